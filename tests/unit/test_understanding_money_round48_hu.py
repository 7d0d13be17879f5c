"""Money families of round 48 in Hungarian, in words of our own: what is read, and what is asked
again.

Read: a year's sum said, then "but" and the figure taken or counted each month ("a támogatás
évente egyszer jön, 2,8 millió, de havonta 250-et veszek ki"); another season's figure, then
"most" and the figure of now ("a szezonban havi 400 volt, most télen a boltban vagyok 250-ért");
an item of a list said right after to be cancelled or given up ("hbo 3990 - ezt lemondtam
tavaly, szóval az nem, kaja 60"); what is left to oneself said last, after the pay and what goes
from it ("havi 600 jön, abból a járulékot fizetem, ami marad az 480").
Asked again: some more on top, or asked for by others, how much not said ("150 ezer plusz
valamennyi", "a szomszéd kér valamennyit a fűtésre"); one's own part of a shared whole given as
much as one can ("300 az egész, én teszek bele amennyit tudok").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a year's sum, then "but" and the month's figure taken out or counted
    ("a támogatás évente egyszer jön, 2,8 millió, de havonta 250-et veszek ki", "hu", "income",
     "250000"),
    ("évi 5 millió a bevétel, de havi 210-zel számolok", "hu", "income", "210000"),
    # another season's figure, then "most" and the figure of now
    ("a szezonban havi 400 volt, most télen a boltban vagyok 250-ért", "hu", "income", "250000"),
    ("nyáron napi 20 ezer, most a boltban vagyok havi 210-ért", "hu", "income", "210000"),
    # an item of a list said right after to be cancelled or given up
    ("albi 100, hbo 3990 - ezt lemondtam tavaly, szóval az nem, kaja 60", "hu", "expenses",
     "160000"),
    ("rezsi 40, sör 15 de azt már abbahagytam, kaja 50", "hu", "expenses", "90000"),
    ("albi 100, kaja 60, netflix 4 - ezt lemondtam", "hu", "expenses", "160000"),
    # what is left to oneself said last, after the pay and what goes from it
    ("havi 600 jön, abból a járulékot fizetem, ami marad az 480", "hu", "income", "480000"),
    ("a cég visz 30%-ot a 300-ból, nekem marad 210", "hu", "income", "210000"),
    # near-misses kept as they were: "valamennyi" of all the bills
    ("valamennyi számlát én fizetem, 150", "hu", "expenses", "150000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # some more on top, how much not said
    ("kb 140 ezer plusz valamennyi", "hu", "expenses"),
    # others ask for some, how much not said
    ("a szomszéd kér valamennyit a fűtésre, a kaja 70", "hu", "expenses"),
    # near-misses kept as they were: the month's not one figure, or the year's said after it
    ("évi 3 millió, de havonta változó, 200 és 300 között", "hu", "income"),
    ("havi 250, de évi 3 millió a prémium", "hu", "income"),
    # near-misses kept as they were: yet another season's said after the figure of now
    ("nyáron 200, most 150, de télen több lesz", "hu", "expenses"),
    ("nyáron 300, most kb 200-250", "hu", "income"),
    # near-miss kept as it was: an item one would have cancelled, not let to
    ("rezsi 40, edzőterem 12, azt lemondtam volna de nem engedik, kaja 50", "hu", "expenses"),
    # one's own part of a shared whole, as much as one can
    ("közös kassza a tesómmal, 300 az egész, én teszek bele amennyit tudok", "hu", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_48_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_48_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
