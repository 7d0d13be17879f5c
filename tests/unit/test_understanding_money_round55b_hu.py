"""Money families of round 55 left after its first Hungarian lane, in words of our own: what is
read, and what is asked again.

Read: another person's debt said not to be one's own ("a párom lízingje 50, de az nem az
enyém"): its figure is no debt of the writer's, so beside "nekem nincs" the answer is nothing.
Near-miss: the own debt named beside it stays read, and "nem az enyém?" asked is no setting
aside.
Read: the figure said last, marked by the writer as the one to take after figures weighed or
corrected ("…, a rendes 210, ezt vegyük", "35 a reális", "112 a helyes"). Near-miss: the mark
asked, or said of a figure not the last, stays asked again.
Read: the figure worked out and said last: an average ("kiátlagoltam, 172 jön ki", "átlagolva
260"), a whole divided ("elosztottam 12-vel, havi 240"). Near-miss: an average word with two
figures after it stays as it was.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # another's debt said not to be one's own
    ("a párom lízingje 50, de az nem az enyém, nekem nincs semmi", "hu", "other_debts", "0"),
    ("nekem nincs hitelem, a férjem fizet 70-et a kocsira, az nem az enyém", "hu",
     "other_debts", "0"),
    # near-miss kept as it was: the own debt named beside another's
    ("az autóhitelem 40, a páromé a lakáshitel 90, de az nem az enyém", "hu", "other_debts",
     "40000"),
    # near-miss kept as it was: asked whether it counts, no setting aside
    ("a lakáshitel 90 nem az enyém?", "hu", "other_debts", "90000"),
    # the last figure marked as the one to take
    ("a bank 250-et mutat, de abban a kaució is benne van, a rendes 210, ezt vegyük", "hu",
     "expenses", "210000"),
    ("a párom 40-et mondana, de én úgy látom, hogy 35 a reális", "hu", "counter", "35000"),
    ("a fizetésem papíron 330, de abból levonnak, a rendes 290, azt írja", "hu", "income",
     "290000"),
    # a figure worked out and said last
    ("hol 150 hol 190 megy el, kiátlagoltam, 172 ezer jön ki", "hu", "expenses", "172000"),
    ("nyáron 600, télen semmi, az évet átlagolva 260", "hu", "income", "260000"),
    ("az évi bevételt elosztottam 12-vel, havi 240", "hu", "income", "240000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # near-miss kept as it was: the mark asked, or said of a figure not last
    ("a bank 250-et mutat, a rendes 210, ezt vegyük? vagy a 250-et?", "hu", "expenses"),
    ("a bank 250-et mutat, ezt vegyük, vagy a 210-et", "hu", "expenses"),
    # near-miss kept as it was: two figures after the average word
    ("kiátlagoltam, 170 vagy 180 jön ki", "hu", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_55b_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_55b_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
