"""Money families misread in the development rounds 31-39 in Hungarian, in words of our own:
what is read, and what is asked again.

Read: the exact figure said after a rounded one, by its name ("a pontos szám 248 730") or read
off a slip or a statement ("kereken 250, a bérpapíron 249 410"); now's money after a job one had
with its take-home ("raktárvezető voltam 380 nettóval, most táppénz, havi 190").
Asked again: a tight figure, a little under it ("szűk négyszáz"); every figure in another
currency by its word, nothing in forints ("a kamion lízingje 900 euró havonta"); an item in lei
listed beside items in forints ("otthon a rezsi 500 lej, itt az albi 120"); a month's spending
of four digits said in thousands, a slip of the scale ("nagyjából 1700 ezer").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the exact figure said after a rounded one, by its name
    ("olyan 250 körül, a pontos szám 248 730", "hu", "income", "248730"),
    ("kb 190, a pontos szám 189 455, azt vedd", "hu", "income", "189455"),
    # the exact figure read off a slip or a statement after a rounded one
    ("kereken 250 a fizum, a bérpapíron 249 410 szerepel", "hu", "income", "249410"),
    ("nagyjából 320, a kivonaton 318 260 áll", "hu", "income", "318260"),
    # now's money after a job one had with its take-home
    ("raktárvezető voltam 380 nettóval, most táppénz, havi 190", "hu", "income", "190000"),
    # ordinary messages beside them read as before
    ("a lakbér 140, a kaja 70", "hu", "expenses", "210000"),
    ("régen nettó 320 volt, most 270", "hu", "income", "270000"),
    ("900 euró, az kb 350 ezer forint", "hu", "income", "350000"),
    ("a fizu 240 ezer, szűk a keret", "hu", "income", "240000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # a tight figure, a little under it
    ("szűk négyszáz", "hu", "income"),
    ("szűk százötven megy el havonta", "hu", "expenses"),
    # every figure in another currency by its word, nothing in forints
    ("a kamion lízingje 900 euró havonta", "hu", "other_debts"),
    ("a tankhajón havi 2400 dollár", "hu", "income"),
    # an item in lei listed beside items in forints
    ("otthon a rezsi 500 lej, itt az albi 120", "hu", "expenses"),
    ("Kolozsváron a kaja 700 lei, Szegeden a lakbér 130", "hu", "expenses"),
    # a month's spending of four digits said in thousands, a slip of the scale
    ("nagyjából 1700 ezer", "hu", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_s29_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_s29_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
