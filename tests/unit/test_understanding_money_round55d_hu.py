"""Money misreads of rounds 31-55 left after the third Hungarian lane, in words of our own:
what is read, and what is asked again.

Read: a total said last after a word that sums up ("…, akkor 255", "tehát 145"), when it is
just the sum of the figures before it (a question asked on the way or not): the parts are no
second answer. Near-miss: a last figure that is no such sum stays as it was read.
Asked again: last month's figure, then the one of the month before ("múlt hónap 240, azelőtt
205"): each is one month's, none the usual. Near-miss: now's figure, then the one before a
change ("most 200, előtte 250 volt"), stays read.
Asked again: a list of items with their figures that goes on with two or more items named
without one ("…, rezsi 30, bérlet, net, gyógyszer"): their figures are unsaid. Near-miss: what
the rest of a whole covers ("…, ebből 130 a lakás, a többi kaja, rezsi") stays read.
Asked again: an offer said as a floor only, "minimum" as "legalább" ("minimum 15 ezret, az
biztos"): how much above it is unsaid. Near-miss: a floor that is the ceiling too ("minimum 15,
többet nem tudok"), or a card's minimum payment as a debt, stays read.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a total said last that is the sum of the figures before it
    ("a bérem 230, anyám ad 25-öt, azt is írjam? akkor 255", "hu", "income", "255000"),
    ("albi 110, rezsi 35, tehát 145 összesen", "hu", "expenses", "145000"),
    ("nyugdíj 180 meg özvegyi 40, szóval 220", "hu", "income", "220000"),
    # near-miss kept as it was: now's figure, then the one before a change
    ("most 200, előtte 250 volt", "hu", "expenses", "200000"),
    # near-miss kept as it was: a floor that is the ceiling too, a card's minimum payment
    ("minimum 12, többet nem tudok", "hu", "counter", "12000"),
    ("a másik kártyán a minimum 14 ezer", "hu", "other_debts", "14000"),
    # near-miss kept as it was: the items the rest of a whole covers
    ("havi 240 megy el, ebből 120 a lakás, a többi étel, villany, busz", "hu", "expenses",
     "240000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # near-miss kept as it was: a last figure after "akkor" that is no sum of the ones before
    ("szezonban 400, akkor 520", "hu", "income"),
    # last month's figure, then the month's before it
    ("a múlt hónapban 190 ment el, előtte 215", "hu", "expenses"),
    ("múlt hónap 240, azelőtt meg 205", "hu", "expenses"),
    ("múlt hónap 300, előtte 250, ezt nem tudom még", "hu", "income"),
    # an offer said as a floor only
    ("minimum 12 ezret, az biztos", "hu", "counter"),
    ("havi min. 9-et", "hu", "counter"),
    # items named without a figure after a list of priced ones
    ("albi 110, kaja 60, rezsi 30, bérlet, net, gyógyszer", "hu", "expenses"),
    ("albi 110 ezer, kaja 60 ezer, villany 20 ezer, busz meg internet", "hu", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_55d_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_55d_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
