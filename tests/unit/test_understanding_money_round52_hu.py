"""Money families of round 52 in Hungarian, in words of our own: what is read, and what is
asked again.

Read: one's own spending said last, named as one's own ("a magánkiadásom 150", "havi saját
kiadásom 190", "magamra 120 megy") beside the trade's figures said before it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # one's own spending said last, beside the trade's figures
    ("a műhely bérleti díja 60, a magánkiadásom 150", "hu", "expenses", "150000"),
    ("egy pár csizma 40 ezer, de havi saját kiadásom 190", "hu", "expenses", "190000"),
    ("liszt 30 ezer egy héten, magamra 120 megy", "hu", "expenses", "120000"),
    # near-miss kept as it was: the own figure does not end the message
    ("magamra 100 megy, a gyerekekre 50", "hu", "expenses", "150000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = []


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_52_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_52_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
