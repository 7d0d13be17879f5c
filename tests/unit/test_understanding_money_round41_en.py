"""English money families of round 41, in words of our own: what is read, and what is asked again.

Read: a figure said as what it falls short of by a gap said in money ("forty shy of a grand",
"a tenner under 1,200", "a ton short of 1,400", "thirty quid short of two grand"); the work
counted by its residents, kegs, drops, surgeries, villages, prescriptions, calls or tonnes ("for
36 residents", "9 gallon kegs, 22 drops", "5 surgeries"); a reference of letters and digits cut
by slashes ("ref AB/2231/C"); the age one retired or left school at ("retired at 62"); a figure
read out a digit at a time, a nought said as "oh" ("one oh four five").
Asked again: two small spelled numbers sharing the Scots hundred ("seven or eight hunnerd"); a
figure every other month, by the market or sale day, a day's rate or a trip's spending said
first, a tax year's profit ("80 every second month", "about 120 a market day", "day rate 140",
"each trip away we spend 350", "31k profit last tax year"); one figure whose period is said
afterwards ("1,150 bursary but thats per term"); a figure for a season beside the rest of the
year; a figure over another of one's own, that one unsaid ("a hundred and fifty over my wages");
an item's figure said as a share of the whole ("rent 520 which is roughly 45% of what i spend").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a figure said as what it falls short of, the gap said in money
    ("forty shy of a grand most months", "en", "expenses", "960"),
    ("a tenner under 1,200 a month", "en", "expenses", "1190"),
    ("a ton short of 1,400 after tax", "en", "income", "1300"),
    ("thirty quid short of two grand after tax", "en", "income", "1970"),
    ("twenty shy of a ton", "en", "counter", "80"),
    # the work counted by its residents, kegs, drops, surgeries, villages, prescriptions, calls
    ("carer for 36 residents on nights. my outgoings are 1,090", "en", "expenses", "1090"),
    ("humping 9 gallon kegs, 22 drops a day. spending 1,020", "en", "expenses", "1020"),
    ("cleaning 5 surgeries across 3 villages, i spend 880", "en", "expenses", "880"),
    ("about 200 prescriptions a day lol. outgoings are 990", "en", "expenses", "990"),
    ("95 calls a shift at the centre, outgoings 970", "en", "expenses", "970"),
    # a reference of letters and digits cut by slashes
    ("it says ref AB/2231/C on the letter. i spend 1,060", "en", "expenses", "1060"),
    # the age one retired or left school at
    ("retired at 62 from the post office, pension 1,380 a month", "en", "income", "1380"),
    ("left school at 16 and been at the mill since, take home 1,560", "en", "income", "1560"),
    # a figure read out a digit at a time, a nought said as "oh"
    ("one oh four five a month", "en", "expenses", "1045"),
    ("nine oh five", "en", "expenses", "905"),
]

#: (text, language, question): asked again
ASKED_AGAIN = [
    # two small spelled numbers sharing the Scots hundred: a range
    ("seven or eight hunnerd", "en", "expenses"),
    # every other month, by the market or sale day, a day's rate or a trip's spending said first
    ("80 every second month", "en", "counter"),
    ("about 120 a market day", "en", "income"),
    ("day rate 140 when theres work", "en", "income"),
    ("each trip away we spend 350", "en", "expenses"),
    # a tax year's profit
    ("31k profit last tax year", "en", "income"),
    # one figure whose period is said afterwards
    ("i get 1,150 bursary but thats per term", "en", "income"),
    ("340 from the cleaning but its weekly", "en", "income"),
    # a figure for a season beside the rest of the year
    ("1,300 in show season, 850 the rest of the year", "en", "expenses"),
    # a figure over or under another of the cardholder's, that one unsaid
    ("a hundred and fifty over my wages most months", "en", "expenses"),
    # an item's figure said as a share of the whole, the whole unsaid
    ("rent 520 which is roughly 45% of what i spend", "en", "expenses"),
    ("the mortgage is 700, thats half my outgoings", "en", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
