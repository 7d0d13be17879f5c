"""English families of round 73, in words of our own: English written as a second language.

Money: "more or less" after one item's figure, summed like "about"; dot-grouped thousands with
"each month" or the month in the writer's first language ("al mese", "por mes") after them;
whole pounds written with a decimal comma beside the pound sign ("45,00 £"); a cost shared with
someone named, the own half worked out after it ("rent 1.100 with Ana, is the half mine so
550"), or split with them; a cost said to be "half of that" whole. Elsewhere: a crash on the
road as an accident (a relative's is a family emergency); a language the bot has not, asked for
by name, with one's English said to be "not enough".
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, question, the amount read)
READ = [
    # "more or less" after one item's figure: that item's, roughly
    ("room 700, bills 90, food 250 more or less", "expenses", "1040"),
    ("rent 500, food 300 more or less, phone 20", "expenses", "820"),
    # dot-grouped thousands with the month after them, in English or the writer's own language
    ("my salary is 1.850 each month after tax", "income", "1850"),
    ("i get 2.300 every month", "income", "2300"),
    ("from the shop i take 1.400 al mese more or less", "income", "1400"),
    ("my pay is 1.600 por mes", "income", "1600"),
    # whole pounds with a decimal comma, the pound sign beside
    ("45,00 £ is the most i can pay", "counter", "45"),
    ("i can give £60,00 every month", "counter", "60"),
    ("maybe 30,00 pounds", "counter", "30"),
    # a cost shared with someone named, the own half worked out after it
    ("rent 1.100 with Ana, is the half mine so 550, food 300", "expenses", "850"),
    ("rent 1,000 with my flatmate, half is mine so 500, bills 80", "expenses", "580"),
    ("rent 900 with tom, my half 450, food and bus 200", "expenses", "650"),
    ("rent 1,200 split with my flatmate so 600 for me, food 350", "expenses", "950"),
    # a cost said to be a part of the whole said first: the whole
    ("roughly 1,200 a month, the rent is half of that", "expenses", "1200"),
    ("about 900 a month, mortgage is half of it", "expenses", "900"),
]  # fmt: skip

#: (text, question): asked again
ASKED_AGAIN = [
    # near lines: a choice between figures, "more or less" after it
    ("rent 600 or 700 more or less", "expenses"),
    # dots with no month or currency after them stay a guess
    ("my salary is 1.850", "income"),
    # a decimal comma with no pound sign, or with pence
    ("40,00", "counter"),
    ("£40,50", "counter"),
    # a cost shared with someone, no own part worked out
    ("rent 1,200 with my brother, food 300", "expenses"),
    # near lines: the own share said as a part of the whole
    ("1,000 between us, my share is half of that", "expenses"),
    ("2,400 as a household, i put in half of that", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, question: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


#: (text, the cause read)
CAUSE = [
    # a crash on the road: a relative's is a family emergency, one's own an illness
    ("my daughter was in a car crash in april so i went part time", "family_emergency"),
    ("my husband had a bad motorbike crash, hes still in rehab", "family_emergency"),
    ("i was in a crash on the m6 and cant drive for work", "illness"),
    # near line: a crash of the market is no accident
    ("the market had a crash and my savings went", "other"),
]


@pytest.mark.parametrize(("text", "expected"), CAUSE)
def test_the_cause(text: str, expected: str) -> None:
    assert understanding().interpret(text, Question.CAUSE, "en").meaning == expected


#: (text, what is read): a language the bot has not, asked for by name
LANGUAGE = [
    ("can we do this in polish please, i dont understand everything", "language"),
    ("is possible to talk in romanian? my english is not enough", "language"),
    ("could you write in portuguese", "language"),
    # near lines: a language spoken at home is asked for by no one; one the bot has is named
    ("my english is not enough, can we do it in hungarian", "language:hu"),
]


@pytest.mark.parametrize(("text", "expected"), LANGUAGE)
def test_a_language_the_bot_has_not(text: str, expected: str) -> None:
    assert understanding().interpret(text, Question.TEMPORARY, "en").meaning == expected


def test_a_language_spoken_at_home_is_asked_for_by_no_one() -> None:
    got = understanding().interpret("my wife and me speak in polish at home", Question.CAUSE, "en")
    assert got.meaning != "language"
