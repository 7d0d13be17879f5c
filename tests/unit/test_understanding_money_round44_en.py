"""English money families of round 44, in words of our own: what is read, and what is asked again.

Read: a count of times a thing was done ("the encore 4 times"); a coin in a thing's name ("10p
pushers"); a ward or a room by its number ("ward 7"); a price by the kilo or by the job of a
trade beside the month's figure ("9.50 a kilo"); a ceiling said by the smallest coin ("not one
pound over 70"); a part of one item said in brackets with "of that" ("rent 640 (the bills are
120 of that)"); a credit score, an hour of the day and the houses of a round ("score was 480",
"start at 4 every morning", "5 til close", "300 houses"); at the offer, the figure offered
after what could be paid, a sum kept back beside it ("could manage 60 but let me say 45"); a
perk in kind beside the pay ("a free flat on top", "the company van doesnt count").
Asked again: a bound typed short with "sub" ("sub 2k"); a price by the job of a trade beside
items ("60 a sweep, rent 500"); all spent but a figure ("everything but 150 of my 1,200"); a
sum lent out taken in ("but that included the 400 we lent"); only the debts in a figure ("thats
only the debts"); a figure of several months gone ("in the last 3 months"); an unsaid sum on
top ("plus whatever tips"); what is left after a cost goes out; a sum paid back once on a day.
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
    # a part of one item said in brackets with "of that"
    ("rent 640 bills in (the bills are about 120 of that), food 200", "en", "expenses", "840"),
    # a credit score, an hour of the day, the houses of a round
    ("my credit score was 480 last year, spending 870", "en", "expenses", "870"),
    ("baker, start at 4 every morning. spending 990", "en", "expenses", "990"),
    ("pub shifts 5 til close. outgoings 1,080 a month", "en", "expenses", "1080"),
    ("delivered to 300 houses, rent 500 food 200", "en", "expenses", "700"),
    # the figure offered after what could be paid, a sum kept back beside it
    ("i could manage 60 but let me say 45 and keep 15 aside", "en", "counter", "45"),
    ("could stretch to 90 but i'll offer 70", "en", "counter", "70"),
    # a perk in kind beside the pay
    ("groundsman 1,650 a month and a free flat on top", "en", "income", "1650"),
    ("1,300 a month, the company van doesnt count right", "en", "income", "1300"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # a bound typed short with "sub"
    ("sub 2k most months", "en", "income"),
    ("sub 90", "en", "counter"),
    # a price by the job of a trade beside items
    ("sweep, 60 a sweep, rent 500 food 190", "en", "expenses"),
    # all spent but a figure
    ("we spend everything but 150 of my 1,200", "en", "expenses"),
    # a sum lent out taken in
    ("roughly 1,300 but that included the 400 we lent my dad", "en", "expenses"),
    # only the debts in a figure
    ("my credit file says 380 a month but thats only the debts, not rent", "en", "expenses"),
    # a figure of several months gone
    ("we spent 1,900 in the past two months", "en", "expenses"),
    # an unsaid sum on top
    ("my wages plus whatever tips i get, wages are 1,200", "en", "income"),
    # what is left after a cost goes out
    ("after the mortgage comes out i have 500 left", "en", "income"),
    # a sum paid back once on a day
    ("a loan of 300, 390 to pay back on the 15th", "en", "other_debts"),
    # something else on top, not in kind
    ("1,300 a month and overtime on top", "en", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
