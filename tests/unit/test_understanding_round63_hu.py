"""Families of round 63 in Hungarian, in words of our own: what is read, and what is asked
again or heard otherwise.

Money. Read: a list whose last item is food said as "élelem" or "élelmiszer", its figure the sum
of the others by chance ("rezsi 30, gyógyszer 20, élelem 50"): an item, no total, so all three
are added. Read: the own part said right before its figure, a split said after it ("az én
részem kb 90, a rezsit felezzük"): the part as said, not halved. Near-miss: a cost said and then
split ("lakáshitel 160, a párommal felezzük") is still halved. Asked again: at the debts
question, a loan's balance said as what "van vissza" on it, with no payment. Near-miss: a
payment said beside it is read.
Declined: "még 1x megnézem" (once more) is going back, not an offer of one thousand. Near-miss:
"2x 14 ezer" is still a count of payments times the figure.
Reminders: switched off by oneself before (told in the past tense), asked to be switched on again
now, is a resume, not a stop. Near-miss: asking to switch them off, or only telling they were
switched off, is still a stop.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import Question, interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # food said as "élelem" is an item of the list, not its total
    ("Rezsi 38, gyógyszer 22, élelem 60 ezer körül.", "hu", "expenses", "120000"),
    ("lakbér 40, rezsi 20, élelmiszer 60", "hu", "expenses", "120000"),
    ("villany 15, gáz 25, élelmiszerre 40 ezer", "hu", "expenses", "80000"),
    # the own part said before its figure, a split after it
    ("az én részem kb 110 ezer, a rezsit felezzük", "hu", "expenses", "110000"),
    ("az en reszem 80, a lakbert felezzuk", "hu", "expenses", "80000"),
    ("az enyém olyan 95, a kaját felezzük a párommal", "hu", "expenses", "95000"),
    # near-misses: a cost split after it is halved; a payment beside a balance is read
    ("lakáshitel 160, a párommal felezzük", "hu", "expenses", "80000"),
    ("autóhitel havi 45, még 900 ezer van vissza rajta", "hu", "other_debts", "45000"),
    ("2x 14 ezer", "hu", "counter", "28000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # a loan's balance said as what is left on it, no payment
    ("a gép hitele, még 800 ezer van vissza rajta", "hu", "other_debts"),
    ("a hitelből még 900 ezer van vissza", "hu", "other_debts"),
    ("még 1,2 millió vissza van a kölcsönből", "hu", "other_debts"),
]  # fmt: skip

#: Going back from the declined question with a count of times, no offer.
BACK = ["vissza pls, meg1x megnezem", "még 1x megnézem, vissza", "vissza, meg 2x atnezem"]


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_63_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_63_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize("text", BACK)
def test_round_63_hu_once_more_is_no_offer(text: str) -> None:
    assert interpret(text, Question.DECLINED, "hu").meaning == "back"


RESUMED = [
    "korábban kikapcsoltam az értesítéseket, kérem kapcsolják vissza az emlékeztetőket",
    "tavaly kikapcsoltam az smseket de most kapcsoljatok vissza legyszi",
    "leállítottam az emlékeztetőket, de most visszakapcsolnám őket",
]
STILL_STOPPED = [
    "kapcsolják ki az emlékeztetőket",
    "kérem kapcsolják le az értesítéseket, a telefonon már kikapcsoltam",
]


@pytest.mark.parametrize("text", RESUMED)
def test_round_63_hu_switched_off_then_on_again_resumes(text: str) -> None:
    assert interpret(text, Question.MISSED, "hu").meaning == "resume_reminders"


@pytest.mark.parametrize("text", STILL_STOPPED)
def test_round_63_hu_switching_off_still_stops(text: str) -> None:
    assert interpret(text, Question.MISSED, "hu").meaning == "stop_reminders"
