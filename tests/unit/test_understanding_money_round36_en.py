"""English money families of round 36, in words of our own: what is read, and what is asked again.

Read: a count of the work or of family typed beside the spending ("18 holes", "8 shows a week",
"60 bloods a morning", "2 grandkids"), a length typed against its figure ("a 25m pool"); money
said to be the business's or its customers', not the cardholder's ("none of thats mine", "thats
customers money"); what a stall or a pub takes or makes beside what is left for the cardholder
("im left with", "i take 1,200 of it"); payments counted with "monthly" between ("6 monthly
payments of 96.40"); shifts or weekends counted ("the 3 on call weekends"); a hundred said
without "a" ("hundred and ten"). Asked again: the period said first, who spends it between
("fortnightly i budget 480"); a share of a whole whose figure is said ("80% of my 1,600 take
home", "three fifths of the house costs, which are 1,750"); the business's and the home's
spending said not to be split; one figure of a time to come, now otherwise; several months paid
at once; a price over a term; another debt's payment as a share of its balance.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a count of the work or of family beside the spending
    (
        "greenkeeper, we cut 9 holes a day in summer. i spend about 740 a month",
        "en",
        "expenses",
        "740",
    ),
    (
        "stagehand, 6 shows a week in panto season. outgoings around 1,030 a month",
        "en",
        "expenses",
        "1030",
    ),
    (
        "nurse, 40 bloods before lunch some days. spending: rent 560, food 210, bus 60, 830",
        "en",
        "expenses",
        "830",
    ),
    (
        "been at the mill 22 years, 3 grandkids round on sundays. its 960 a month",
        "en",
        "expenses",
        "960",
    ),
    ("we had 400 sheep to dip last week. house costs are 700 a month", "en", "expenses", "700"),
    # a length typed against its figure
    ("swim teacher, the big pool is 50m. i spend 910 a month", "en", "expenses", "910"),
    ("phone 31 x 24m, thats it", "en", "other_debts", "31"),
    # the business's or its customers' money, not mine
    (
        "the van takes 2,200 on a busy week, none of thats mine. me and the kids spend 1,150",
        "en",
        "expenses",
        "1150",
    ),
    (
        "the catalogue money goes through my account but thats customers money, 900 this month. "
        "mine is about 1,020",
        "en",
        "expenses",
        "1020",
    ),
    # what a stall or a pub takes beside what is left for the cardholder
    (
        "the cafe takes about 7k a month but after stock and wages im left with about 1,300",
        "en",
        "income",
        "1300",
    ),
    ("the salon makes roughly 4k and i pay myself 1,450", "en", "income", "1450"),
    # shifts or weekends counted, a word about them first
    ("1,900 after tax, and the 2 night shifts a month add 150 so 2,050", "en", "income", "2050"),
    # a hundred said without "a" or "one" before it
    ("hundred and forty", "en", "counter", "140"),
    ("food hundred and twenty, rent 500", "en", "expenses", "620"),
    # the payments counted with "monthly" between
    ("very catalogue, 9 monthly payments of 31.50", "en", "other_debts", "31.50"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # a count kept as a count, the spending still two figures
    ("2 grandkids, 600 or 700 a month", "en", "expenses"),
    # what the rent takes of a wage is no takings: the rest of the month still unsaid
    ("rent takes 650 of my 1,400 wage and the rest goes on bills and food", "en", "expenses"),
    # the period said first, who spends it between
    ("every fortnight i spend 520 on the lot", "en", "expenses"),
    ("weekly i get 410 from the agency", "en", "income"),
    # a share of a whole whose figure is said, not worked out
    ("we use about 70% of our 2,100 wages on the house", "en", "expenses"),
    ("i cover two thirds of the bills, which are 450", "en", "expenses"),
    ("i get 30% of what i sell, sold 1,200 in may", "en", "income"),
    # the business's spending and the home's in one figure, said not to be split
    (
        "the farm and the house all go through one account, 3,100, i cant separate them",
        "en",
        "expenses",
    ),
    # the one figure said of a time to come, now said to be otherwise
    ("new job from june, it will be 1,900 from then, at the moment im on benefits", "en", "income"),
    # several months paid at once, their figure right after
    ("the flat is paid 3 months in advance, 2,100, plus food 240 a month", "en", "expenses"),
    # a price over a term, the month's payment not said
    ("new boiler on finance, 2,400 over 24 months", "en", "other_debts"),
    # another debt's payment said only as a share of its balance
    ("cards: 30 on the halifax and 4% of the balance for the other one", "en", "other_debts"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
