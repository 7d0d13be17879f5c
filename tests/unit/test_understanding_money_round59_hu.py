"""Money families of round 59 in Hungarian, in words of our own: what is read, and what is
asked again.

Read: a figure now, then a change from a month on with no verb saying it came ("lízing 48,
áprilistól 53"): the figure now. Near-miss: a change that came ("…, januártól 118 lett") is
read as before.
Read: a trade's rates (a count or price by the day, the kilo, the metre, a thing priced in
millions), then the month's figure alone in the last clause (". a havi 131", ", 240 a fizu"):
the month's figure, not the rates added to it. Near-miss: an item's figure in the last clause
("havi 90 a lakbér") is not taken alone.
Read: a part said to be in the whole, the whole after it ("3 szerviz is benne, 187"): the
whole.
Read: a figure typed by mistake, the one meant after it ("150-et írtam? 180-at akartam"): the
one meant.
Read: a hundreds word glued to the tens in digits ("háromszáz40"): the figure, 340 thousand.
Asked again: a figure, then "maybe" another, none taken ("170 talán 185"). Near-miss: one of
them said to be sure ("…, a 170 biztos") is read.
Asked again: a figure for a few months together, alone ("3 hónapra 450"). Near-miss: a term
beside a month's figure ("4 hónapra, havi 275") is the month's.
Read: a bound or a round figure said after its figure, the exact one after ("a 200-at nem éri
el, 187", "250 ha kerekítem, pontosan 246"): the exact one. Near-miss: the bound alone is
asked again ("a 300-at nem éri el"); an item after ("…, kaja 60") is no exact figure.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a bound with a figure after it, a ceiling offered, a card's minimum named: figures
    ("max 250, inkabb 230", "hu", "expenses", "230000"),
    ("max 20", "hu", "counter", "20000"),
    ("a masik kartyan a minimum 15", "hu", "other_debts", "15000"),
    # the figure now, a change from a month on after it
    ("lízing 48, áprilistól 53", "hu", "other_debts", "48000"),
    ("albérlet meg rezsi 165, szeptembertől 180", "hu", "expenses", "165000"),
    # near-miss kept as it was: a change that came
    ("autóhitel 40 ezer.. ja nem, januártól 44 lett", "hu", "other_debts", "44000"),
    # a trade's rates, then the month's figure alone in the last clause
    ("kürtőskalácsot sütök, 60 darab egy nap. a havi 171", "hu", "expenses", "171000"),
    ("almaszedés 90 Ft egy kiló... nekem a hónap 133 nálam", "hu", "expenses", "133000"),
    ("parkettát rakok, 6 ezer méterenként. havonta 162 megy el", "hu", "expenses", "162000"),
    ("pogácsát árulok, 300 darab egy nap, 245 a fizu", "hu", "income", "245000"),
    # a part in the whole, the whole after it
    ("3 szerviz is benne, 187", "hu", "expenses", "187000"),
    # a figure typed by mistake, the one meant after it
    ("150-et írtam? 180-at akartam", "hu", "expenses", "180000"),
    # a hundreds word glued to digits
    ("háromszáz40", "hu", "income", "340000"),
    # near-misses kept as they were: one figure sure, a term beside the month's figure
    ("kb 170, talán 175, a 170 biztos", "hu", "expenses", "170000"),
    ("5 hónapra szól a szerződés, havi 260", "hu", "income", "260000"),
    # a bound or a round figure, then the exact one
    ("a 300-at nem éri el, 278", "hu", "expenses", "278000"),
    ("150 ha kerekítem, pontosan 147", "hu", "income", "147000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # a figure, then maybe another
    ("170 talán 185, nem tudom", "hu", "expenses"),
    # a figure for a few months together
    ("3 hónapra 450", "hu", "expenses"),
    # near-miss kept as it was: the bound alone
    ("a 300-at nem éri el", "hu", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_59_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_59_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
