"""Money misreads of rounds 31-58 in Hungarian, sweep 40, in words of our own: what is asked
again, and the near-misses that stay read.

Asked again: at expenses, the one figure named as the pay or the pension, nothing said of what
goes out of it ("a nyugdíjam 190, ennyiből élek"): the income's figure, the spending unsaid.
Near-misses: the pay said to go out whole ("az mind elmegy"), the spending likened to the pay
with its figure ("ugyanannyi mint a fizum: 260"), a spending figure beside the pay, and the
pay at income stay read.
Asked again: an item's figure to come said not to be known ("nem tudom mennyi lesz"), then the
figure of the rest beside it ("a többi 140"): the rest is no whole. Near-miss: not knowing
next year's figure, with this month's said and no rest, stays read.
Asked again: an item said as a share of what one earns ("a fele annak, amit keresek") beside
other items: the share is not worked out. Near-miss: "a fele annak" of something not earned
stays read.
Asked again: the pay alone at the offer ("a fizetésem 250"): what comes in, not what can be
paid. Near-miss: an offer beside it stays read.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # near-misses kept as they were: the pay said to go out, or the spending likened to it
    ("a fizum 240, az mind elmegy", "hu", "expenses", "240000"),
    ("pont annyi mint a nyugdíjam: 185", "hu", "expenses", "185000"),
    # near-miss kept as it was: a spending figure beside the pay
    ("a kiadás 210, a fizetésem 290", "hu", "expenses", "210000"),
    # near-miss kept as it was: the pay at income
    ("a nyugdíjam 176, ennyiből élek", "hu", "income", "176000"),
    # near-miss kept as it was: a figure not known for later, none of the rest
    ("nem tudom mennyi lesz jövőre, most 150", "hu", "expenses", "150000"),
    # near-miss kept as it was: a share of something not earned
    ("a lakbér 100, a fele annak, ami a számlán volt", "hu", "expenses", "100000"),
    # near-miss: an offer beside the pay
    ("a fizum 240, 15-öt tudok", "hu", "counter", "15000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # the pay named at expenses, the spending unsaid
    ("a nyugdíjam 190, ennyiből élek", "hu", "expenses"),
    ("kb 250 a bérem, többet nem tudok mondani", "hu", "expenses"),
    ("a fizum 230 ezer, ebből kell kijönni", "hu", "expenses"),
    # an item's figure to come not known, then the rest
    ("a vízszámla most jön, nem tudom mennyi lesz, eddig 9 volt, a többi 140", "hu", "expenses"),
    ("a kert locsolása nem tudjuk mennyi lesz nyáron, minden egyéb 120", "hu", "expenses"),
    # an item as a share of what one earns
    ("a lakbér a harmada annak, amit a gyárban kapok, kaja 50", "hu", "expenses"),
    ("albi a fele annak amit keresek, plusz rezsi 25", "hu", "expenses"),
    # the pay alone at the offer
    ("a fizetésem 260", "hu", "counter"),
    ("kb 210 a nyugdíjam", "hu", "counter"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_sweep_40_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_sweep_40_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
