"""English money families of round 37, in words of our own: what is read, and what is asked again.

Read: a price by the thing sold or typed beside the month's figure ("6.50 a jar", "6.80 a box"),
which is no month's money; a place's or a list's number typed beside the spending ("works at
terminal 3", "platform 2", "my top 4 are"), which is no money; the whole said first, a part said to
be "with" it "already in" ("980, thats with the 30 gym already in"); the whole said "with everything
else" after a part ("rent 520 and with everything else its 1,050"); the exact figure after a rough
one ("around 1,100, precisely 1,094"); a lender named by a number ("loans 2 go is 95 a month").
Asked again: a weekday's call or payment, no month's figure ("every thursday for 25"); weeks other
than a month's four spent together ("in the last 6 weeks ive spent 1,500"); a figure only neared
from below ("pushing 1,100", "getting on for 900", "knocking on 1,400"); a decade of figures, where
in it unsaid ("somewhere in the 70s", "the low 50s"); two figures each under its own condition
("1,350 if the bonus comes, 1,100 if not").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a lender named by a number
    ("loans 2 go is 95 a month, 4 of 12 paid", "en", "other_debts", "95"),
    ("118 118 money, 70 a month", "en", "other_debts", "70"),
    # a price by the thing sold or typed, beside the month's figure
    ("i make candles on the side, 6.50 a jar. i spend about 840 a month", "en", "expenses", "840"),
    ("i sell brownies, 6.80 a box. i spend around 910 a month", "en", "expenses", "910"),
    # a place's or a list's number, no money
    (
        "cleaner at terminal 3. rent 640, food 220, phone 15",
        "en",
        "expenses",
        "875",
    ),
    ("my top 4 are rent 550 food 230 travel 80 and phone 20", "en", "expenses", "880"),
    ("work on platform 2 at the station, take home 1,380", "en", "income", "1380"),
    # the whole said first, a part "with" it "already in"
    ("980, thats with the 30 for the gym already in", "en", "expenses", "980"),
    ("1,240, its with my 70 phone included already", "en", "expenses", "1240"),
    # the whole said "with everything else" after a part
    ("rent 520 and with everything else its 1,050", "en", "expenses", "1050"),
    # the exact figure after a rough one
    ("around 1,100, precisely 1,094", "en", "expenses", "1094"),
    ("roughly a grand. to be exact 968", "en", "expenses", "968"),
]

#: (text, language, question): asked again
ASKED_AGAIN = [
    # weeks other than a month's four spent together, in every language
    ("in the last 6 weeks ive spent about 1,500", "en", "expenses"),
    ("since payday 5 weeks ago i've got through 1,300", "en", "expenses"),
    ("az elmúlt 6 hétben 250 ment el", "hu", "expenses"),
    ("这六个星期花了五千", "zh", "expenses"),
    # a weekday's call or payment, no month's figure
    ("the loan man knocks every thursday for 25", "en", "other_debts"),
    ("every saturday for 40 to the catalogue", "en", "other_debts"),
    # a figure only neared from below
    ("pushing 1,100 a month these days", "en", "expenses"),
    ("getting on for 900 most months", "en", "expenses"),
    ("knocking on 1,400 since the bills went up", "en", "expenses"),
    # a decade of figures, where in it unsaid
    ("somewhere in the 70s", "en", "counter"),
    ("maybe the low 50s", "en", "counter"),
    # two figures, each under its own condition
    ("1,350 if the bonus comes through, 1,100 if not", "en", "income"),
    ("about 800 if the boiler holds, 950 if it doesnt", "en", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
