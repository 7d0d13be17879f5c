"""Money families of round 35 in English, in words of our own: what is read, and what is asked
again.

Read: an offer beside what it leaves and the spare it comes out of; payments said not to be the own
and left out, no dispute. Asked again: a figure for each season; a cost split by a share not worked
out; a household's pensions, most of them another's; pay by the room with the rooms counted; a
change to come whose figure is not known. Read: the usual month beside one with a bonus in it; an
hour worked till and seconds counted are no money.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    ("i can do 60, that leaves me 30 out of the 90 spare", "en", "counter", "60"),
    ("marad 40 ezer, abból 30-at tudok", "hu", "counter", "30000"),
    # an hour worked till, seconds counted: no money
    (
        "i do the shop 9 till 5 and the till beeps every 30 seconds, outgoings 990",
        "en",
        "expenses",
        "990",
    ),
    # the usual month beside one with a bonus in it
    ("march was 2,900 with the bonus, every other month its 1,800", "en", "income", "1800"),
    ("十二月有年终奖 拿了一万五 其他月份都是六千", "zh", "income", "6000"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # a figure for each season
    ("1,300 in the summer and 1,000 in the winter", "en", "expenses"),
    ("the heating's on so its the winter one, 1,150. summers more like 980", "en", "expenses"),
    # a split by a share not worked out; most of it another's
    ("we share the bills 70/30, total 1,500", "en", "expenses"),
    ("our wages together are 3,100, most of it is my husband's", "en", "income"),
    # pay by the room, the rooms counted
    ("45 a room, did 30 rooms last month", "en", "income"),
    # a price by the thing in pounds, the things counted beside it
    ("diesel is 6 quid a delivery run and i do about 50 a month, rent 550", "en", "expenses"),
    # another income by the hour beside the month's
    ("salary 1,400 a month and 11 an hour at the bar on fridays", "en", "income"),
    ("the doctors pay 15 an hour and the school 700 a month", "en", "income"),
    # a change to come, its figure not known
    ("1,450 last month, new contract from june, no idea what it'll be", "en", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


def test_a_person_asked_for_beside_the_hour_worked_till_is_heard() -> None:
    text = "can someone ring me instead, im on the tills till 6"
    assert understanding(None).interpret(text, Question.at("income"), "en").meaning == "person"


def test_payments_said_not_to_be_the_own_are_left_out_not_disputed() -> None:
    text = "the care payments pay the nurse, those arent mine so leave them out. the rest is 980"
    meaning = understanding(None).interpret(text, Question.at("expenses"), "en").meaning
    assert meaning == "980"
