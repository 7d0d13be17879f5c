"""Money misreads of round 56 (third lane) in Hungarian, in words of our own: what is read, and
what is asked again.

Read: pieces a worker turns out or rings up, counted ("30 ezer szórólap", "400 blokkot"): a
count, no forints, beside the month's figures. Near-miss: a receipt's figure said after the
word ("a blokkok szerint 150") stays read.
Asked again: a figure for a quarter, said with the adjective before it ("a negyedéves kivonat
szerint", "negyedévi bevétel"), with no word of a month. Near-miss: a quarter's item beside the
month's figure, and a part said to be quarterly after the month's pay, stay read.
Read: at income, the base pay, then the pay with its extras said after it and more ("alap 210,
a pótlékokkal 250 szokott lenni"): the pay with them. Near-miss: extras said to have stopped
("..., de leállították") keep the base read, and "vagy" between two figures stays asked again.
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
    # near-miss kept as it was: a quarter's item beside the month's, a quarterly part after
    ("a negyedéves biztosítás 30, a havi kiadás 190", "hu", "expenses", "190000"),
    ("a fizum 250, a prémium negyedéves, azt nem tudom", "hu", "income", "250000"),
    # the base, then the pay with its extras
    ("alapom 210, a pótlékokkal 250 szokott lenni", "hu", "income", "250000"),
    ("alap 190, éjszakai túlórával 245", "hu", "income", "245000"),
    ("az alapbérem 260, de a prémiummal 300 körül jön", "hu", "income", "300000"),
    # near-miss kept as it was: the extras stopped
    ("alap 320, túlórával volt már 400 is, de leállították a túlórát", "hu", "income",
     "320000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # near-miss kept as it was: two figures beside the count
    ("napi 400 blokkot ütök, a kiadás 150 vagy 170", "hu", "expenses"),
    # a quarter's figure said with the adjective
    ("a bank negyedéves kivonata szerint 610 ezer ment el", "hu", "expenses"),
    ("negyedévi bevétel kb 900", "hu", "income"),
    # near-miss kept as it was: two figures with the extras
    ("az alapom 230, a pótlékkal 270 vagy 290", "hu", "income"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_56c_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_56c_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
