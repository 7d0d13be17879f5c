"""Money misreads of rounds 31-55 left after the second Hungarian lane, in words of our own:
what is read, and what is asked again.

Asked again: a debt paid together with a partner however it falls ("a párommal törlesztjük
valahogy"), or its halving asked and not said ("felezzük?"): the own part is no figure said.
Near-miss: a halving said, or the own part named, stays read.
Asked again: an item named after the figures whose figure is said to be known only to another,
or not seen yet ("…meg a hűtő részlete, azt a férjem tudja", "gáz.. azt a számlát még nem
láttam"). Near-miss: a guess said after it, or a raise whose size is not known, stays read.
Asked again: an income said only as the price of one piece of work ("egy tetőért 90 ezret
kapok", "egy fuvar 30 ezer") with the month's pay not said: the price is no month's pay, nor a
figure to add to the count of pieces. Near-miss: the month's pay marked beside it ("havonta 380
marad"), or a month's figure after "egy hónapban", stays read.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # near-miss kept as it was: the halving said, or the own part named
    ("a személyi kölcsön 90, a férjemmel felezzük", "hu", "other_debts", "45000"),
    ("a rezsit a párommal fizetjük, az én részem 40", "hu", "expenses", "40000"),
    # near-miss kept as it was: the month's pay marked beside a piece price, a month's figure
    ("egy tetőért 90 ezret kapok, havonta kb 400 marad", "hu", "income", "400000"),
    ("egy hónapban 310 ezer jön be", "hu", "income", "310000"),
    # near-miss kept as it was: a guess after not knowing, or a raise's size not known
    ("lakbér 110, a víz azt nem tudom, kb 20", "hu", "expenses", "130000"),
    ("most 160 a lakbér, márciustól emelik, hogy mennyivel azt még nem tudom", "hu",
     "expenses", "160000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # a debt paid with a partner however it falls, or its halving asked
    ("az autóhitel 66, a feleségemmel törlesztjük, ahogy jön", "hu", "other_debts"),
    ("a személyi kölcsön 90, a párommal felezzük? ezt még nem beszéltük meg", "hu",
     "other_debts"),
    # an item named after the figures, its figure known only to another or not seen yet
    ("lízing 30 meg a hűtő részlete, azt a férjem tudja", "hu", "other_debts"),
    ("albérlet 85, gáz.. azt a számlát még nem láttam, étel 55", "hu", "expenses"),
    # an income said only as the price of one piece of work
    ("egy tetőért 90 ezret kapok, tavaly 14 tetőt csináltam", "hu", "income"),
    ("egy fuvar 30 ezer, annyi ahány megrendelés jön", "hu", "income"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_55c_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_55c_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
