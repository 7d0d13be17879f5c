"""English money families of round 46, in words of our own: what is read, and what is asked again.

Read: a grade or a point on a pay scale, a trench or a plot dug, a size ("band 4, scale point
12", "plot 7", "a size 10 boot"); an emergency line by its number ("the 999 calls", "the 2222
crash line"); a clause with a figure scrapped, or said to be no spending of the own ("gym 30,
scrap that", "300 to sell on, thats stock not spending"); words struck through ("~~sky 40~~"); a
bank statement's summary labelled "OUT:" and "IN:" (what went out).
Also read: a day's figure worked into the month's ("per day its about 25 so about 750 a month");
one figure said for a way of living ("when im home i spend 900"); pay said to be in pounds.
A figure of a year said to be left out, its pence kept ("420.60 a year ... so leave it out");
a count in brackets before its total, as a banking app lists it ("Card payments (31) £612.40").
A rota of days on and off ("2 on 2 off", "7 nights on, 7 off"); bricks laid and a scaffold's lifts
("3 thousand bricks a day up 4 lifts"); a production line by its number ("line 6 packs").
At the offer, the figure for now beside one on a condition to come ("90 if the overtime comes
back, but for now 45"); a month's worth said of an item ("food 260 which is a months worth").
Asked again: two figures each of some months, the second months unsaid ("some months 900 some
1,100"); an item's figure said to last a week or two ("thats a fortnights worth"); an
unsaid sum on top left to what someone else does not cover ("then whatever my landlord doesnt
cover"); another month's figure, this month's not known; a day's figure said first ("per day its
roughly 25"); the one figure said to be in another currency ("but its in dollars"); figures for
parts of the year or ways of living ("the rest of the year 700", "900 when im at home and 200
when im offshore"); two figures gone out beside what came in; a grade's pay said for two grades;
a 999 spent, no emergency line.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a grade or a point on a pay scale, a trench or a plot dug, a size
    ("nhs pay band 4, scale point 12, take home 1,710", "en", "income", "1710"),
    ("plot 7 today for the groundworks lot. rent 520 food 200", "en", "expenses", "720"),
    ("wearing a size 10 boot all day, spending about 990", "en", "expenses", "990"),
    # an emergency line by its number
    ("on the 999 calls nights, outgoings 1,020 a month", "en", "expenses", "1020"),
    ("porter, i run to the 2222 crash bleeps. rent 600 food 180", "en", "expenses", "780"),
    # a clause with a figure scrapped, or said to be no spending of the own
    ("rent 500, spotify 11 (stopped it so scrap that), food 210", "en", "expenses", "710"),
    ("3 bikes at 90 to do up and sell, thats stock not spending. i spend 870", "en", "expenses",
     "870"),
    # words struck through
    ("rent 480 ~~sky 40~~ food 190, phone 15", "en", "expenses", "685"),
    # a bank statement's summary labelled "OUT:" and "IN:"
    ("IN: 1,420.00 | OUT: 1,096.35", "en", "expenses", "1096.35"),
    # near misses that stay read: a day's figure worked into the month's, one figure for a way
    # of living, pay said to be in pounds
    ("per day its about 25 so about 750 a month", "en", "expenses", "750"),
    ("when im home i spend about 900 a month", "en", "expenses", "900"),
    ("wage 1,400, all in pounds", "en", "income", "1400"),
    # a figure of a year said to be left out, its pence kept
    ("water rates 420.60 a year and i pay it once in april so leave it out, the rest is 880", "en",
     "expenses", "880"),
    ("gym 30.50, leave that out, rent 500 and food 200", "en", "expenses", "700"),
    # a count in brackets before its total, as a banking app lists it
    ("Card payments (31) £612.40", "en", "expenses", "612.40"),
    # near miss: a figure in brackets with no total after it stays an item's
    ("rent 500, bills (40) food 200", "en", "expenses", "740"),
    # a rota of days on and off
    ("2 on 2 off at the depot, rent 540 food 210", "en", "expenses", "750"),
    ("7 nights on, 7 off, wage 1,720", "en", "income", "1720"),
    # bricks laid and a scaffold's lifts, a production line by its number
    ("labourer, 3 thousand bricks a day up 4 lifts. spending 1,060", "en", "expenses", "1060"),
    ("line 6 packs 9 tonne a shift. outgoings 980", "en", "expenses", "980"),
    # near misses: a phone line's bill and bricks' cost, led by their word, stay items
    ("phone line 20, rent 500", "en", "expenses", "520"),
    ("bricks 300, rent 500", "en", "expenses", "800"),
    # at the offer, the figure for now beside one on a condition to come
    ("i could do 90 if i get the overtime back, but for now 45", "en", "counter", "45"),
    ("120 if the shop picks up, till then its 70", "en", "counter", "70"),
    # a month's worth said of an item is the month's
    ("rent 520, food 260 which is a months worth", "en", "expenses", "780"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # two figures each of some months, the second months unsaid
    ("some months 900 some 1,100", "en", "expenses"),
    # an item's figure said to last a week or two
    ("rent 520, the big shop 130 (thats a fortnights worth)", "en", "expenses"),
    ("rent 610 food 95 thats 1 weeks worth", "en", "expenses"),
    # an unsaid sum on top, left to what someone else does not cover
    ("rent 650 food 200 and then whatever my landlord doesnt cover on the boiler", "en",
     "expenses"),
    # another month's figure, this month's not known
    ("june was 1,150, this month dont know yet", "en", "expenses"),
    # a day's figure said first
    ("per day its roughly 25", "en", "expenses"),
    # the one figure said to be in another currency
    ("around 2,200 a month from the cruise line but its in dollars", "en", "income"),
    # figures for parts of the year or ways of living
    ("1,300 in the summer season, the rest of the year 700", "en", "income"),
    ("about 900 when im at home and 200 when im offshore", "en", "expenses"),
    # two figures gone out, one of them is no statement's summary
    ("in 1,200, out: 900 or 950", "en", "expenses"),
    # a grade said with its pay, two grades: no one figure
    ("grade 3 pays 1,400 or grade 4 pays 1,600", "en", "income"),
    # a figure of 999 that is no emergency line
    ("i went through 999 and 1,100 the last two months", "en", "expenses"),
    # a size with a figure of money right after it is not blanked: two figures remain
    ("size 12 for 40 or size 14 for 55", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
