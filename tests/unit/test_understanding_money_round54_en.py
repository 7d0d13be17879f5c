"""English money families of round 54, in words of our own: what is read, and what is asked
again.

Read: a budget form's summary copied with its lines labelled ("spent 950 | budget 1,000 | under
by 50", "Income 1,250, Expenditure 1,190, Surplus 60", "income 1,480 and disposable income 95")
is the line asked, the spending's or the income's: the other lines are what is left or measured
against, no items to add.
Near misses that stay: lines with no line of what is left or measured against ("income 1,480,
outgoings 1,300") are read as before, and so is a spending said over its budget with one figure.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a budget form's summary: the line asked
    ("budget sheet: spent 950.40 | budget 1,000.00 | under by 49.60", "en", "expenses",
     "950.40"),
    ("from the money advice form:\nIncome £1,250.00\nExpenditure £1,190.00\nSurplus £60.00",
     "en", "expenses", "1190"),
    ("from the money advice form:\nIncome £1,250.00\nExpenditure £1,190.00\nSurplus £60.00",
     "en", "income", "1250"),
    ("the form says income 1,480 and disposable income 95", "en", "income", "1480"),
    # near misses that stay read as they were
    ("income 1,480, outgoings 1,300", "en", "expenses", "1300"),
    ("spent 1,300 last month, over budget", "en", "expenses", "1300"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN: list[tuple[str, str, str]] = []


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
