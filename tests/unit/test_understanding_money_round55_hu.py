"""Money families of round 55 in Hungarian, in words of our own: what is read, and what is
asked again.

Asked again: two sources' figures that do not agree, the writer not knowing which holds ("a
levélben 55 áll, a netbankban 51, nem tudom melyik az igaz"): neither is taken, and they are
never summed. Near-miss: one figure and "nem tudom melyik" of something else stays read.
Asked again: a new figure still to come, its size or date not known yet ("a szerviz díját még
nem tudom", "az edzőtábor árát még nem küldték", "a kerítésre még nincs ár", "nyártól több
lesz, de nem tudom mikor vált", "lehet, hogy marad, lehet, hogy emelik", "a 160-as rezsim
10%-kal nőtt"). Near-miss: the new figure said after the share ("12%-kal emelkedett, most
280") is read, and a plain "még nem" with nothing to come stays as it was.
Asked again: a household living off one whole ("négyen élünk 400-ból") or a debt paid jointly
however it falls ("a hitelt az öcsémmel fizetjük valahogy közösen"), the own part not said.
Near-miss: the own figure said beside it ("abból én 120-at fizetek") is read.
Read: a farm's animals counted beside the month's money ("60 tyúkom van, a háztartás havi
150"): a count, no money. Near-miss: an animal's price said with its word ("a malac 30 ezer")
stays a figure.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # near-miss kept as it was: the new figure said after the share it grew by
    ("a nyugdíjam 12%-kal emelkedett, most 280", "hu", "income", "280000"),
    # near-miss kept as it was: "melyik" of no figure
    ("havi 45 ezret tudok, nem tudom melyik napon jó", "hu", "counter", "45000"),
    # near-miss kept as it was: the own figure beside the household's whole
    ("négyen élünk 400 ezerből, abból én 120-at fizetek", "hu", "expenses", "120000"),
    # a farm's animals counted, no money
    ("60 tyúkom van, a háztartás havi 150", "hu", "expenses", "150000"),
    ("kacsákat nevelek, 300 kacsa a tanyán, a saját kiadásom 140 egy hónapban", "hu",
     "expenses", "140000"),
    # near-miss kept as it was: an animal's price with its word
    ("vettem egy malacot 30 ezerért, de havonta 170 a kiadás", "hu", "expenses", "170000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # two sources' figures, not knowing which holds
    ("a levélben 55 áll, a netbankban 51, nem tudom melyik az igaz", "hu", "other_debts"),
    ("a cetlin 270 van, a bankba 255 érkezett, nem értem a különbséget", "hu", "income"),
    # a new figure still to come, its size or date not known
    ("a garázs bérleti díját még nem tudom, az eddigi 30 volt", "hu", "expenses"),
    ("albi 120, kaja 60, az edzőtábor árát még nem küldték", "hu", "expenses"),
    ("rezsi 40, kaja 55, a kerítés is jön, arra még nincs ár", "hu", "expenses"),
    ("most 18 a részlet, ősztől 40 lesz, nem tudom pontosan mikor lép életbe", "hu",
     "other_debts"),
    ("a járadék most 160, lehet, hogy marad, lehet, hogy csökkentik", "hu", "income"),
    ("a 160-as rezsim 10%-kal nőtt az új díjak miatt", "hu", "expenses"),
    # a household's whole lived off, or a debt paid jointly, the own part not said
    ("négyen élünk 400-ból a nagyiékkal", "hu", "expenses"),
    ("az autóhitel 60, az öcsémmel fizetjük valahogy közösen", "hu", "other_debts"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_55_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_55_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
