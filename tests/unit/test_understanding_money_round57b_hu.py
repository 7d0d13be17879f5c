"""Money families of round 57 in Hungarian (second lane), in words of our own: what is read, and
what is asked again.

Read: the work counted by its camp sessions, runs, returns filed or forms filled ("6 turnus",
"napi 4 forduló", "60 bevallás", "80 kérdőív"): a count, no forints, left out of the sum.
Near-miss: such a word before its figure ("turnus 20") is still an item with its price.
Read: a figure said not to be counted, or to be paid by another ("azt ő fizeti"), goes with the
words of its item before it ("a tévére a minimumot, 12 ezret ..., azt nem számolom"): the name
is not left to read on its own (as a floor). Near-miss: an item before it, said with its own
figure ("albi 90, a kártyán ...") keeps its words and figure.
Read: at other debts, this card named, then its size after it ("csak ez a kártya, a 350
ezres"): no other debt, 0. Near-miss: another card with its size ("a másik kártyám, a 200
ezres") stays read.
Asked again: at income, the pay said with "lenne", no figure after it ("a fizetésem 250 lenne,
de ... nem kaptam"): what it would be, not what comes in. Near-miss: a figure said after it
("..., de havi fix 230-at kapok") is read.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a count of sessions, runs, returns or forms beside the spending
    ("táborban dolgozom, 4 turnus, a kiadás lakás 95 rezsi 25", "hu", "expenses", "120000"),
    ("a múlt hónapban 70 bevallás, a fizetésem 310", "hu", "income", "310000"),
    ("a múlt héten 120 kérdőív, a bérem 230", "hu", "income", "230000"),
    # near-miss: the word before its figure is an item
    ("turnus 20, lakás 80", "hu", "expenses", "100000"),
    # the pay said to be spent, or an item before it
    ("az egész fizetésem elmegy, 240", "hu", "expenses", "240000"),
    ("a fizetésem 250, mind elmegy", "hu", "expenses", "250000"),
    ("lakás 90, a fizetésem 240", "hu", "expenses", "90000"),
    ("a fizetésem 250, ebből a kiadás 210", "hu", "expenses", "210000"),
    # an item not counted, or paid by another, goes with its words
    ("a tévére a minimumot, 12 ezret fizetem, azt most nem számolom. albi 90 rezsi 30", "hu",
     "expenses", "120000"),
    ("a fiam egyetemi díja félévente 60 ezer, azt ő fizeti a munkájából. albi 90, rezsi 30", "hu",
     "expenses", "120000"),
    # near-miss: the item before it keeps its figure
    ("albi 90, a kártyán a minimum 15 ezer, azt nem számolom, rezsi 30", "hu", "expenses",
     "120000"),
    # this card with its size after it, and another card
    ("más nincs, csak ez a kártya, a 350 ezres", "hu", "other_debts", "0"),
    ("a másik kártyám, a 200 ezres", "hu", "other_debts", "200000"),
    # a pay that would be, then the one that comes in
    ("az órabér 2000 lenne, de havi fix 230-at kapok", "hu", "income", "230000"),
    # and at income the pay is the answer
    ("a nyugdíjam 190, abból kell kijönni", "hu", "income", "190000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # at income, the pay that would be
    ("a fizetésem 250 lenne, de három hónapja nem kaptam", "hu", "income"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_57b_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_57b_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
