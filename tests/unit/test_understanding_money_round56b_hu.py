"""Money families of round 56 in Hungarian (a second pass), in words of our own: what is read,
and what is asked again.

Read: a figure alone as the last sentence, worked out as a whole less a part of it said before
("a kivonat 230-at mutatott, ebből 40 a fiamé volt. 190"). Near-miss: a last figure that is no
such difference is left as it was read.
Asked again: "the rest" said beside an item whose figure is not known ("a menzát levonják,
hogy mennyit nem tudom, a többi 70"). Near-miss: the item with its figure said stays as it
was.
Asked again: at income, a figure with a part in it ("együtt"), then that part said to be
perhaps not coming ("de a pótlék lehet hogy nem jön"). Near-miss: the part said to be sure
stays read.
Read: a note after the figure that nothing of a kind is in it ("havi 180, ebben nincs semmi
extra"): no item without a figure, no nothing as a second figure. Near-miss: "ebben a hónapban
semmi" (nothing this month) and "ebben nincs semmi" alone at other debts stay as they were.
Read: the figure said last marked by its words as the one to take: a verb of writing or
counting before it ("úgyhogy írja a 180-at", "számoljunk 205-tel"), "az a kiadás" after a
month's figure, "a 300 biztos" after figures weighed. Near-miss: "ez a kiadás" after a list's
last item sums the list, and "de nem biztos" stays asked again.
Read: figures weighed aloud with question marks or "vagy", then one of them settled on with
"inkább" ("180? 185? inkább 185"). Near-miss: "inkább több" (no figure) stays asked again.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the last sentence's figure, a whole less a part said before
    ("a kivonat 230-at mutatott, ebből 40 a fiamé volt, visszaadta. 190", "hu", "expenses",
     "190000"),
    ("a számlára 300 jött, abból 50 a lakótársamé. 250", "hu", "income", "250000"),
    # a note that nothing of a kind is in the figure
    ("3 gyerek, 2 kutya, a kiadás havi 180, ebben nincs semmi extra", "hu", "expenses", "180000"),
    ("a fizetés 250, ebben semmi pótlék", "hu", "income", "250000"),
    ("havonta 150 megy el, abban nincs semmi", "hu", "expenses", "150000"),
    # near-miss kept as it was: nothing this month, nothing as the whole answer
    ("a kiadás 180, ebben a hónapban semmi más", "hu", "expenses", "180000"),
    ("ebben nincs semmi", "hu", "other_debts", "0"),
    # the figure said last marked by its words
    ("kb 200, de ha a sört elhagyom 185, úgyhogy írja a 185-öt", "hu", "expenses", "185000"),
    ("olyan 210, de a gyógyszerrel 218, számoljunk 218-cal", "hu", "expenses", "218000"),
    ("nettó 260, abból havonta 190 megy el, az a kiadás", "hu", "expenses", "190000"),
    ("kb 300, lehet 305 is, a 300 biztos", "hu", "income", "300000"),
    # figures weighed, one of them settled on
    ("180? 185? inkább 185", "hu", "expenses", "185000"),
    ("200 vagy 210, inkább 210 szerintem", "hu", "income", "210000"),
    # near-miss kept as it was: a list's last item before "ez a kiadás"
    ("albi 110, kaja 60, rezsi 30, ez a kiadás", "hu", "expenses", "200000"),
    # near-miss kept as it was: the whole with a part said to be sure
    ("a pótlékkal együtt 310, ez biztos", "hu", "income", "310000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # the rest beside an item whose figure is not known
    ("a menzát levonják, hogy mennyit nem tudom, a többi 70", "hu", "expenses"),
    ("a kaját a cég adja, hogy mennyiért azt nem tudjuk, a maradék 85", "hu", "expenses"),
    # near-miss kept as it was: the item's figure said, the rest beside it (which is asked)
    ("a menzát levonják, 20 ezer, a többi 70", "hu", "expenses"),
    # near-miss kept as it was: figures weighed, none sure
    ("kb 300, lehet 305 is, de nem biztos", "hu", "income"),
    # near-miss kept as it was: weighed, then more settled on with no figure
    ("200 vagy 210, inkább több", "hu", "expenses"),
    # at income, a whole with a part perhaps not coming
    ("a pótlékkal együtt 310, de a pótlék most lehet hogy nem jön", "hu", "income"),
    ("a jattal együtt 250, de az nem biztos", "hu", "income"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_56b_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_56b_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
