"""English money families of round 38, in words of our own: what is read, and what is asked again.

Read: a figure a job or a workplace is told by, no money: a place numbered at work ("bay 12 and
14", "ward 7", "lock 3 to lock 8"), a count before the thing it sizes ("a 40 bed care home", "an
18 hole course"), a length or a height ("60 feet up"), a decade of years ("a 1930s semi") and
working hours before the weekdays ("8 to 4 mon to thurs"); the rest of the money said to go on
wants beside the essentials' figure ("the other 250 is nights out"); a card's minimum said against
what is paid ("i pay 55 even though the minimum is 30"); the pay with its usual extras said after
the basic take-home ("with the usual tips its 1,640"); the figure rounded up or down to ("ill
round it up to 80"); a room let on airbnb, its money some of the income.
Asked again: a bound by a side of it or by how near ("south of 950", "not far off 1,400", "a
shade under 1,600"); a range said "between ... and" or spelled with one multiplier ("between
1,700 and 2k", "seven or eight hundred"); a lower bound, then what it could be ("900 at least,
could be 1,050"); a figure held back to look it up ("hang on, let me check the app"); which
period a figure is for, not known ("a month or a quarter"); one figure for one season only
("1,300 in the winter"); one figure covering several months ("covers 3 months"); pay only to
come ("ill be on 1,900 once i start"); a year's figure spread over it ("over the year"); a
payment every so many days ("every 28 days").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a place numbered at work, no money
    (
        "forklift driver, loading bay 12 and 14 mostly. spend about 940 a month",
        "en",
        "expenses",
        "940",
    ),
    ("nurse on ward 7, rent 560 food 190 phone 18", "en", "expenses", "768"),
    ("lock 3 to lock 8 is my patch. bills 120, food 230", "en", "expenses", "350"),
    # a count before the thing it sizes, a length or a height, a decade of years
    ("carer in a 40 bed care home, outgoings 1,080", "en", "expenses", "1080"),
    ("caddie on an 18 hole course, take home 1,260", "en", "income", "1260"),
    ("window cleaner, 60 feet up some days. spend 990 a month", "en", "expenses", "990"),
    ("we rent a 1930s semi, rent 720 bills 190", "en", "expenses", "910"),
    # working hours before the weekdays
    ("cleaner, 8 to 4 mon to thurs. spend about 780 a month", "en", "expenses", "780"),
    # the rest said to go on wants, beside the essentials' figure
    ("essentials come to 940. the other 250 is nights out and takeaways", "en", "expenses", "940"),
    ("the must pay stuff is 1,020, the rest 180 goes on treats", "en", "expenses", "1020"),
    # a card's minimum said against what is paid
    ("just the one card, i pay 55 even though the minimum is 30", "en", "other_debts", "55"),
    ("catalogue 35 but the min is only 20", "en", "other_debts", "35"),
    # the pay with its usual extras said after the basic take-home
    ("1,480 after tax basic, with the usual tips its 1,640", "en", "income", "1640"),
    ("basic 1,300 and with my commission call it 1,550", "en", "income", "1550"),
    # a room let to guests, its money some of the income
    ("wage 1,250 and i rent the spare room on airbnb, about 200 a month", "en", "income", "1450"),
    # the figure rounded up or down to
    ("i can do 75, ill round it up to 80", "en", "counter", "80"),
    ("maybe 50, round that down to 45 to be safe", "en", "counter", "45"),
]

#: (text, language, question): asked again
ASKED_AGAIN = [
    # a bound by a side of it or by how near, how far unsaid
    ("south of 950 most months", "en", "expenses"),
    ("not far off 1,400 honestly", "en", "expenses"),
    ("a shade under 1,600 after tax", "en", "income"),
    # a range said "between ... and", or spelled with one multiplier
    ("somewhere between 1,700 and 2k a month", "en", "income"),
    ("seven or eight hundred depending on the month", "en", "expenses"),
    ("two to three grand", "en", "income"),
    # a lower bound, then what it could be
    ("900 at least, could be 1,050 with the van", "en", "expenses"),
    # a figure held back to look it up, none after
    ("1,320 - hang on, thats last year, let me check the app", "en", "expenses"),
    # which period a figure is for, not known
    ("960 a month or a quarter, i forget which", "en", "expenses"),
    # one figure, for one season only
    ("its 1,300 in the winter with the log burner", "en", "expenses"),
    # one figure covering several months
    ("that 2,600 covers 3 months cos the bank changed", "en", "expenses"),
    # pay only to come, none for now
    ("ill be on 1,900 once i start at the warehouse", "en", "income"),
    # a year's figure spread over it, a payment every so many days
    ("cycle to work scheme 1,100 over the year from my pay", "en", "other_debts"),
    ("the pawnbroker, every 28 days i pay about 35", "en", "other_debts"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
