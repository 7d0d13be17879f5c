"""English families of round 74, in words of our own: whole journeys told at length.

Money: the month's pay of a time past or of the months in work beside today's said only per day
or week (asked again); a word of costs right before the figure earned net of them ("after the van
costs i'm drawing 1,300") no cost beside the pay; another's pay set aside by "but i'm only
answering for me". Safety: the work done since a change ("ive been labouring for a mate") no
crisis beside an amount asked again.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import Question, interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, question, the amount read)
READ = [
    # the figure earned net of the costs named right before it, beside a past one
    ("last year i was taking 2,800 a month out. after the van costs im drawing 1,100 now",
     "income", "1100"),
    ("used to pay myself 2,000 a month, this year after the shop costs i'm taking 900",
     "income", "900"),
    # near lines: today's month worked out after a day rate; a cost said after the pay
    ("i get 1,350 a month from the garage, 20 hours a week", "income", "1350"),
    ("wage is 1,400, after rent i have 600 left", "income", "1400"),
]  # fmt: skip

#: (text, question): asked again
ASKED_AGAIN = [
    # the month's pay of a time past or of the months in work, today's only per day or week
    ("when im working i clear about 2,200 a month, but since the van was nicked i do cash "
     "jobs for my uncle, 85 a day, 2 or 3 days a week", "income"),
    ("I used to take home 1,900 a month, but since the injury I've been doing agency shifts "
     "at 11.50 an hour", "income"),
    ("normally about 1,800 a month, at the moment its 60 a day when the farm needs me", "income"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, question: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


#: (text, the income read): another's pay set aside, the answer said to be only the own
ONLY_THE_OWN = [
    ("I get 1,200, my husband gets 1,500 but I'm only counting mine", "1200"),
    ("drawing 1,300 a month now. my wife gets 184 a week maternity, but im only answering for me",
     "1300"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ONLY_THE_OWN)
def test_anothers_pay_is_set_aside(text: str, expected: str) -> None:
    assert interpret(text, Question.INCOME, "en").meaning == expected


#: The work done since a change, told beside a figure asked again: no crisis.
WORK_TOLD = [
    "When I'm in work I clear 2,300 a month, but since the tools went I've been labouring for "
    "my mate on cash, 90 a day, usually 3 days a week, sometimes 4",
    "used to clear 1,900 a month, since the factory shut ive been working nights at a "
    "warehouse, 11 an hour",
]


@pytest.mark.parametrize("text", WORK_TOLD)
def test_work_told_is_no_distress(text: str) -> None:
    assert interpret(text, Question.INCOME, "en").meaning == "ambiguous"


#: Near lines: a crisis beside the work is still heard.
CRISIS_BESIDE_WORK = [
    "ive been working myself into the ground and i cant cope anymore",
    "i've been working for nothing and i want to end it all",
]


@pytest.mark.parametrize("text", CRISIS_BESIDE_WORK)
def test_a_crisis_beside_work_is_heard(text: str) -> None:
    assert interpret(text, Question.INCOME, "en").meaning == "distress"


#: (text, the spending read): a journey to and fro named with the fuel, no figure gone up or down
TO_AND_FRO = [
    ("mortgage 600, bills 250, food 300, petrol up and down to swansea 180", "1330"),
    ("rent 650, food 300, fuel up and down the m6 for work 160", "1110"),
]


@pytest.mark.parametrize(("text", "expected"), TO_AND_FRO)
def test_a_journey_to_and_fro_is_an_item(text: str, expected: str) -> None:
    assert read_as_asked(text, "en", "expenses") == AmountReading(Decimal(expected), None)


#: Near lines: an item going up and down, with no journey, is still no one figure.
UP_AND_DOWN = ["rent 700, gas up and down 80", "rent 700, bills go up and down, about 150"]


@pytest.mark.parametrize("text", UP_AND_DOWN)
def test_an_item_going_up_and_down_is_asked_again(text: str) -> None:
    assert read_as_asked(text, "en", "expenses") == AmountReading(None, AmountProblem.AMBIGUOUS)


#: (text, the answer at the missed payment): a payment promised for a day, with how to make it
#: asked, is a question of how to pay; promised alone, or with the date to change, a change.
MISSED = [
    ("sorry wages were late, I can pay it Monday, how do I pay it now?", "how_to_pay"),
    ("got paid late, ill pay it tomorrow, how do i do that", "how_to_pay"),
    ("will pay it friday, is there a link or something, how can i pay", "how_to_pay"),
    ("got paid late, ill pay on friday", "change_plan"),
    ("i want to change the plan, how do i do that", "change_plan"),
]


@pytest.mark.parametrize(("text", "expected"), MISSED)
def test_how_to_pay_beside_a_day(text: str, expected: str) -> None:
    assert interpret(text, Question.MISSED, "en").meaning == expected


#: (text, the spending read): a yearly item, its month and that it is left out said after it
LEFT_OUT_YEARLY = [
    ("rent 600, food 250, car insurance 420 but its once a year so i havent counted it", "850"),
    ("rent 600, food 250. the boiler service was 90, a one off, so ive left it out", "850"),
    ("mortgage 700, food 400, phone 50. The home insurance is 360 but that's once a year in "
     "March so I've left it out", "1150"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LEFT_OUT_YEARLY)
def test_a_yearly_item_left_out_is_set_aside(text: str, expected: str) -> None:
    assert read_as_asked(text, "en", "expenses") == AmountReading(Decimal(expected), None)


#: An item's month worked out from its visits a week, last in a list: never the list's total
#: (the week named, the list is asked again).
VISITS_WORKED_OUT = [
    "council tax 130, water 40, and the cleaner comes twice a week which is 160 a month",
    "rent 500, food 200, the carer comes in three times a week which is about 300",
]


@pytest.mark.parametrize("text", VISITS_WORKED_OUT)
def test_an_items_visits_worked_out_is_no_total(text: str) -> None:
    assert read_as_asked(text, "en", "expenses") == AmountReading(None, AmountProblem.AMBIGUOUS)
