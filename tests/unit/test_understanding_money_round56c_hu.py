"""Money misreads of round 56 (third lane) in Hungarian, in words of our own: what is read, and
what is asked again.

Read: pieces a worker turns out or rings up, counted ("30 ezer szórólap", "400 blokkot"): a
count, no forints, beside the month's figures. Near-miss: a receipt's figure said after the
word ("a blokkok szerint 150") stays read.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # pieces turned out or rung up, counted
    ("lakás 90, kaja 60, a gépen 30 ezer szórólap megy át egy műszakban", "hu", "expenses",
     "150000"),
    ("napi 400 blokkot ütök a boltban, a kiadásom 170", "hu", "expenses", "170000"),
    ("éjjel 20 ezer plakátot nyomtatunk, nekem 175 megy el havonta", "hu", "expenses", "175000"),
    # near-miss kept as it was: a receipt's figure after the word
    ("a blokkok szerint 150", "hu", "expenses", "150000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # near-miss kept as it was: two figures beside the count
    ("napi 400 blokkot ütök, a kiadás 150 vagy 170", "hu", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_56c_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_56c_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
