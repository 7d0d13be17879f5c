"""Money families of round 54 in Hungarian, in words of our own: what is read, and what is
asked again.

Read: a list of spending where each item's whole is said, then the own part of it right after
with "nekem" ("lakbér 200 nekem 100, villany 30 nekem 15"), or a clause later with ", az nekem"
("a ház bérlete 240, hárman osztjuk, az nekem 80"): the own parts and the items said whole
are summed, the wholes are left aside. Near-miss: a split with no own part said stays asked
again; "nekem" with what is left after a cost is no own part of it.
Asked again: a household's whole, brought in or spent by several together, the own part not
said ("hárman hozunk haza 700-at", "kettőnk költése 300", "a két fizetés együtt 520", "az egyik
az enyém", "mindenki annyit ad bele amennyit tud", "négyen egyformán osztjuk"). Near-miss: the
own figure said beside it ("abból én 150-et fizetek", "az enyém 240") is read.
Asked again: a list split by slashes, an item's figure a question mark ("lakbér 100 / gáz ? /
kaja 40"). Near-miss: every item with its figure is summed.
Read: a whole with a one-off in it, then the figure without it said last ("210 ment el, de
benne van a fogorvos, nélküle 180"): that figure. Near-miss: the case with it given its figure
too ("pótlék nélkül 300, pótlékkal 340") stays as it was.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # each item's whole, then its own part with "nekem"
    ("lakbér 200 nekem 100, villany 30 nekem 15", "hu", "expenses", "115000"),
    ("közös lakás: bérlet 160 nekem 80, gáz 24 nekem 12, benzin 30", "hu", "expenses",
     "122000"),
    # the whole, a split said, then ", az nekem" and the own part
    ("a ház bérlete 240, hárman osztjuk, az nekem 80, kaja 50", "hu", "expenses", "130000"),
    ("a bérlet 210 ezt négyfelé szedjük, az nekem 52, étel 40", "hu", "expenses", "92000"),
    # near-miss kept as it was: "nekem" with what is left, no own part of an item
    ("kaja 60, nekem 20 marad", "hu", "expenses", "60000"),
    # near-miss kept as it was: the own figure said beside a household's whole
    ("kettőnk költése 300, abból én 150-et fizetek", "hu", "expenses", "150000"),
    ("hárman keresünk: a bátyámé 200, anyué 170, az enyém 240", "hu", "income", "240000"),
    # near-miss kept as it was: a list split by slashes, each item with its figure
    ("lakbér 100 / gáz 20 / kaja 40", "hu", "expenses", "160000"),
    # a whole with a one-off in it, then the figure without it
    ("210 ment el, de benne van a fogorvos, nélküle 180", "hu", "expenses", "180000"),
    ("az app 250-et mutat, a nyaralás nélkül 200", "hu", "expenses", "200000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # near-miss kept as it was: a split, the own part not said
    ("a ház bérlete 240, hárman osztjuk, kaja 50", "hu", "expenses"),
    # a household's whole, the own part not said
    ("hárman hozunk haza 700-at a szüleimmel", "hu", "income"),
    ("a két fizetés együtt 520, abból megy minden", "hu", "income"),
    ("a számlára 250 és 230 érkezett, az egyik az enyém", "hu", "income"),
    ("kb 300 a kettőnk költése egy hónapban", "hu", "expenses"),
    ("a ház minden költsége 280, mindenki annyit ad bele amennyit tud", "hu", "expenses"),
    ("a közös rezsi 90, négyen vagyunk és egyformán osztjuk", "hu", "expenses"),
    # a list split by slashes, one item's figure a question mark
    ("lakbér 100 / gáz ? / kaja 40", "hu", "expenses"),
    # near-miss kept as it was: both cases, with and without, given their figures
    ("dohány nélkül 170, dohánnyal 215", "hu", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_54_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_54_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
