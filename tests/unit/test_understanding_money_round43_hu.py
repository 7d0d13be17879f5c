"""Money families of round 43 in Hungarian, in words of our own: what is read, and what is asked
again.

Read: a blood pressure and a shelf named by a number, no money ("a vérnyomásom 150/95", "a
600-as polcoknál"); the whole said last "with it", after a part ("a lakbér 85, azzal együtt az
egész 205"); a figure typed with its digits apart, then typed again whole ("2 1 4 ... 214"); "of
that" said of a job named with when it is worked ("pultozás esténként, abból havonta 60": a
second income).
Asked again: two figures with a slash, which is right not known ("170/195, nem tudom melyik");
the shop's money and the home's in one till ("a műhely és az otthon egy kasszából megy"); a
figure said only for when a thing is not so ("amikor nem, akkor 150"); paid by the day or only
when there is work ("napszám 14 ezer", "ha van fuvar"); what is left after costs said vaguely
("marad amennyi"); a whole to be paid off over months, the month's not said ("10 hónap alatt
kifizetném a 200-at"); a weekend's spending with the weekdays' said vaguely ("hétköznap alig").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a blood pressure and a shelf named by a number
    ("a vérnyomásom 150/95 mostanában, a havi kiadás 171", "hu", "expenses", "171000"),
    ("a 600-as polcoknál pakolok egész nap, havi 158 megy el", "hu", "expenses", "158000"),
    # the whole said last "with it", after a part
    ("a lakbér 85, azzal együtt az egész 205", "hu", "expenses", "205000"),
    ("a társasház díja 21 300 Ft/hó, ezzel együtt a havi kiadás 187", "hu", "expenses",
     "187000"),
    # a figure typed with its digits apart, then typed again whole
    ("a havi költés 2 1 4 (elcsúszott a billentyű, 214)", "hu", "expenses", "214000"),
    # "of that" said of a job named with when it is worked
    ("a gyárban 260, pultozás esténként, abból havonta 60", "hu", "income", "320000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # two figures with a slash, which is right not known
    ("170/195, nem tudom melyik a mostani", "hu", "expenses"),
    # the shop's money and the home's in one till
    ("a műhely és az otthon egy kasszából megy, kb 450 havonta", "hu", "expenses"),
    # a figure said only for when a thing is not so
    ("amikor van túlóra többet keresek, amikor nem, akkor 210", "hu", "income"),
    # paid by the day, or only when there is work
    ("napszám 14 ezer, nem minden nap", "hu", "income"),
    ("20-at kapok egy költöztetésért, ha van fuvar", "hu", "income"),
    # what is left after costs said vaguely
    ("havi 1,8 millió a bevétel, a számlák után amennyi megmarad", "hu", "income"),
    # a whole to be paid off over months, the month's not said
    ("10 hónap alatt kifizetném a 200-at", "hu", "counter"),
    # a weekend's spending said, the weekdays' said vaguely
    ("hétvégén elmegy egy tízes, hétköznapokon alig", "hu", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_43_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_43_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
