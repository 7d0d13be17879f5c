"""English money families of round 48, in words of our own: what is read, and what is asked again.

Read: the own month named after figures of one's trade in still more ways: the home's or the
household's spending ("household spend is 1,100", "home costs rent 600 food 200", "house spending
is 990"), the day-to-day spending ("everyday spending is 870"), the house said to be its figures
at a sentence's start ("the house is 1,300 all in"), the own month after a colon ("my monthly:
rent 600", "my own stuff: rent 500", "what i spend tho: rent 600"), a month's spending that opens
a list ("monthly spend rent 700 food 200"), and "i spend" opening a sentence.
At the other debts, what a thing on a loan is worth is no payment ("the van is worth 9k").
Asked again: a figure "but" a part of it not yet counted or taken off, with no figure for the
part ("900 but i havent counted the van yet").
Near misses that stay: the house's total behind one's share ("my part is 35%, the total
for the house is 2,400"); an own item said before ("rent 500. i spend 200 on food").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the home's or the household's spending, after figures of the trade
    ("a kiln firing is 40 and takes 9 hours. household spend is 1,100", "en", "expenses",
     "1100"),
    ("30 a lesson, 12 kids a week, the ponies are the yard's. home costs rent 600 food 200",
     "en", "expenses", "800"),
    ("we hire 3 bouncy castles at 90 a day. house spending is 990 a month", "en", "expenses",
     "990"),
    ("a cake is 250 and takes me 4 days. everyday spending is 870", "en", "expenses", "870"),
    # the house said to be its figures, opening a sentence
    ("6 goats and a hen house that cost 300. the house is 1,300 a month all in", "en",
     "expenses", "1300"),
    ("the bikes are 25 an hour, 14 of them. the house is rent 600, food 200", "en", "expenses",
     "800"),
    # the own month after a colon, or a month's spending opening a list
    ("the kit costs 2k but the club pays. my monthly: rent 600 food 150", "en", "expenses",
     "750"),
    ("40 an hour for the van, 2 men. my own stuff: rent 500, bills 100", "en", "expenses",
     "600"),
    ("the boat trip is 18 a head. what i spend tho: rent 610 food 190", "en", "expenses", "800"),
    ("did 8 funerals and 3 weddings this week. monthly spend rent 700 food 200", "en",
     "expenses", "900"),
    # "i spend" opening a sentence after figures of the trade
    ("ice cream is 3.20 a cone and we sell 400 on a sunny day. i spend 700 a month", "en",
     "expenses", "700"),
    ("12 lanes and the machines are from 1991. i spend about 850", "en", "expenses", "850"),
    # at the other debts, what a thing bought on a loan is worth: no payment
    ("van loan 240, the van is worth 9k if you need it", "en", "other_debts", "240"),
    # near misses that stay read as they were
    ("rent 500. i spend 200 on food", "en", "expenses", "700"),
    ("the house costs 2,400 with my sister paying in too. my bit is the 1,100 i put in", "en",
     "expenses", "1100"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # a figure with a part of it not yet counted in or taken off, no figure for the part
    ("id put 900 but i havent counted the van yet", "en", "expenses"),
    ("the shop paid 3,000 but i haven't taken the fees off", "en", "income"),
    # near misses: the house's total behind a share of it not worked out; the home's spending
    # with no "is" beside a trade's price
    ("a haircut is 18 and i do 30 a day. home spending 950", "en", "expenses"),
    ("my part is 35%, the total for the house is 2,400", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
