"""Families of round 60 in Hungarian, in words of our own: what is read, and what is asked
again.

Read: a list run on without commas where children are named in the plural after a figure
("kaja 70 gyerekek 35"): the plural is the next item, never a count (after a count Hungarian
keeps the noun singular). Near-miss: "3 gyerek 120" still counts the children.
Read: a list in thousands with one item below ten said with a decimal comma ("bérlet 8,5"):
that item in thousands too. Near-miss: such a figure alone, beside a single other, or an
engine's size ("1,6-os") is left as said.
No dispute: the partner's figure said with the possessive ("a feleségemé 250, de az nem az
enyém"): another's pay, no charge denied. Near-miss: a charge said not to be one's own, or the
partner's card with a purchase denied further on, is still a dispute.
Read (a duration): years said with "into" ("két évbe telik"): twelve months each. Near-miss:
"fél évbe" stays six.
Read (an option): the ordinal with "I would choose" ("a másodikat választanám"). Near-miss: with
more said after it, no choice is read.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from dialogs.understanding.rules.answers import read_choice_number
from dialogs.understanding.rules.months import read_months
from dialogs.understanding.rules.safety import signals_dispute
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the children named in the plural after a figure: the next item
    ("lakbér 90 kaja 70 gyerekek 35 autó 25", "hu", "expenses", "220000"),
    ("kaja 70 gyerekeknek 35", "hu", "expenses", "105000"),
    # near-misses kept as they were: a count of children
    ("3 gyerek 120", "hu", "expenses", "120000"),
    ("2 gyerekem van, 150 ezer", "hu", "expenses", "150000"),
    # an item with a decimal comma among thousands
    ("lakás 95, rezsi 31, bérlet 8,5, kaja 55", "hu", "expenses", "189500"),
    ("albi 120 + villany 18 + net 6,5", "hu", "expenses", "144500"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # near-misses kept as they were: a decimal beside one figure, alone, an engine
    ("lakás 95, rezsi 2,4", "hu", "expenses"),
    ("2,4", "hu", "income"),
    ("a kocsi 1,6-os, benzin 35, albi 110, kaja 60", "hu", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_60_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_60_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


#: (text, whether it disputes the debt)
DISPUTE = [
    ("nekem 240, a feleségemé 250, de az nem az enyém", False),
    ("a 35 ezres terhelés nem az enyém", True),
    ("a férjemé volt a kártya, a 60 ezres vásárlás nem az enyém", True),
]


@pytest.mark.parametrize(("text", "disputed"), DISPUTE)
def test_round_60_hu_dispute_is_heard(text: str, disputed: bool) -> None:
    assert signals_dispute(text) is disputed


#: (text, the months read)
MONTHS = [
    ("szerintem két évbe telik", 24),
    ("úgy egy évbe telik majd", 12),
    ("fél évbe telik", 6),
]


@pytest.mark.parametrize(("text", "months"), MONTHS)
def test_round_60_hu_years_into_months(text: str, months: int) -> None:
    assert read_months(text, "hu") == months


#: (text, the option chosen of four)
CHOICES = [
    ("a másodikat választanám", 2),
    ("választanám a harmadikat", 3),
    ("a másodikat választanám, de nem tudom fizetni", None),
]


@pytest.mark.parametrize(("text", "chosen"), CHOICES)
def test_round_60_hu_choice_in_the_conditional(text: str, chosen: int | None) -> None:
    assert read_choice_number(text, 4) == chosen
