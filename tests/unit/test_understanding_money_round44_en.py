"""English money families of round 44, in words of our own: what is read, and what is asked again.

Read: a count of times a thing was done ("the encore 4 times"); a coin in a thing's name ("10p
pushers"); a ward or a room by its number ("ward 7"); a price by the kilo or by the job of a
trade beside the month's figure ("9.50 a kilo"); a ceiling said by the smallest coin ("not one
pound over 70").
Asked again: a bound typed short with "sub" ("sub 2k"); a price by the job of a trade beside
items ("60 a sweep, rent 500").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a count of times a thing was done
    ("band drummer, we did the encore 4 times on friday. spending 980 a month", "en", "expenses",
     "980"),
    # a coin in a thing's name
    ("seaside amusements, 10p pushers all summer. spending 1,040", "en", "expenses", "1040"),
    # a ward or a room by its number
    ("porter on ward 7 most nights. outgoings 1,210 a month", "en", "expenses", "1210"),
    ("room 450 a month, food 200", "en", "expenses", "650"),
    # a price by the kilo beside the month's figure
    ("butcher, mince is 9.50 a kilo. spending 1,180 a month", "en", "expenses", "1180"),
    # a ceiling said by the smallest coin
    ("not one pound over 70", "en", "counter", "70"),
    ("not a penny more than 60", "en", "counter", "60"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # a bound typed short with "sub"
    ("sub 2k most months", "en", "income"),
    ("sub 90", "en", "counter"),
    # a price by the job of a trade beside items
    ("sweep, 60 a sweep, rent 500 food 190", "en", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
