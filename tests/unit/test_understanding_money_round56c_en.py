"""English money families of round 56 (third lane), in words of our own: what is read, and what
is asked again.

Read: a count of thousands in digits, "and", then the hundreds or less in digits, is one number
as said aloud ("2 thousand and 15 a month" is 2015).
Near misses that stay: a count after it ("2 thousand and 3 kids") is no part of the figure.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # digits of thousands and digits after "and": one number
    ("2 thousand and 15 a month", "en", "expenses", "2015"),
    ("long shifts on the buses. 1 thousand and 75 a month all in", "en", "expenses", "1075"),
    ("its 1 thousand and 300 after tax", "en", "income", "1300"),
    # near misses: a count after it, the words in full
    ("about 2 thousand and 3 kids to feed on it", "en", "income", "2000"),
    ("one thousand and sixty", "en", "expenses", "1060"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = []


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
