"""English money families of round 45, in words of our own: what is read, and what is asked again.

Read: the work counted by its doses, bundles, pick-ups, vessels or boxes ("250mg tablets", "12
caps a course", "400 bundles of straw", "9 pick ups", "40 vessels", "30 boxes"); a vehicle or a
badge by its number ("fleet number 2817"); a thermostat's setting ("thermostat on 18"); a room of
a hotel by its floor and number ("room 204"); a subtotal said midway through a list, more items
after it ("gas 50, electric 70 which is 120, then rent 600"); a bank statement's summary pasted
("Money in ... Money out ... Balance": what went out); a week of the month by its number before
its figure ("week 1 300"); a clause with a figure set aside, another figure after it ("50 some
months, ignore that, my wage is 1,410"); the own figure said again after a check of whose is
asked ("you mean just me yeah? 1,450"); at the offer, what is spare said before the part offered
and the rest kept for a need ("95 spare so 75 to you and 20 for a rainy day"); the jobs done on
a day of the week, one job's price said before ("a skin fade is 18 and we did 20 on saturday");
a height in feet typed "ft" ("80 ft up") and a bet's odds ("a 200 to 1 came in").
Asked again: a figure after "thats" that adds up to nothing before it; an unsaid sum on top said
with "then" ("620 then whatever i spend"); a cost by the job or the event, what it goes on
between ("60 on diesel per job"); a floor said "as a minimum" ("55 as a minimum").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the work counted by its doses, bundles, pick-ups, vessels or boxes
    ("dispenser, 250mg tablets and 12 caps a course all day. rent 520 food 190", "en",
     "expenses", "710"),
    ("roofer, shifted 400 bundles of straw last week. spending 1,140", "en", "expenses", "1140"),
    ("ambulance driver, 9 pick ups on a late. outgoings 1,010", "en", "expenses", "1010"),
    ("harbour master, 40 vessels in on sunday. rent 560 food 210", "en", "expenses", "770"),
    ("warehouse, packed 30 boxes an hour today. my spending is 990", "en", "expenses", "990"),
    # a vehicle or a badge by its number
    ("driver, fleet number 2817 this week. spending 1,060", "en", "expenses", "1060"),
    ("security, badge no 4410. rent 600 food 220", "en", "expenses", "820"),
    # a thermostat's setting
    ("thermostat at 18 all winter, rent 540, food 200", "en", "expenses", "740"),
    # a room of a hotel by its floor and number
    ("chambermaid, room 204 was a state today. spending 940", "en", "expenses", "940"),
    # a subtotal said midway through a list, more items after it
    ("gas 50, electric 70 which is 120, then rent 600 and food 200", "en", "expenses", "920"),
    ("water 30 phone 20 so thats 50, plus rent 480", "en", "expenses", "530"),
    # a bank statement's summary pasted: what went out
    ("Money in £1,730.00 Money out £1,288.15 Balance £441.85", "en", "expenses", "1288.15"),
    # a week of the month by its number before its figure
    ("week 1 300, week 2 280, week 3 310, week 4 290, 1,180 in all", "en", "expenses", "1180"),
    # a clause with a figure set aside, another figure after it
    ("ebay bits, 50 one month nothing the next, ignore that, my wage is 1,410", "en", "income",
     "1410"),
    ("babysitting, maybe 40 a month, i dont count that, wages 1,260", "en", "income", "1260"),
    ("rent 520, food 210, netflix 11 but ignore that, bills 90", "en", "expenses", "820"),
    # the own figure said again after a check of whose is asked
    ("i take home 1,450 and he gets 1,700, you mean just me yeah? 1,450", "en", "income", "1450"),
    # at the offer, what is spare said before the part offered, the rest kept for a need
    ("after bills i have 95 spare so 75 to you and 20 for a rainy day", "en", "counter", "75"),
    # the jobs done on a day of the week, one job's price said before
    ("barber, a skin fade is 18 and we did 20 on saturday. spending 1,100", "en", "expenses",
     "1100"),
    ("dog groomer, i do 6 on a friday. outgoings 970", "en", "expenses", "970"),
    # a height in feet typed "ft", a bet's odds
    ("window cleaner, 80 ft up on the cradle most days. spending 1,040", "en", "expenses",
     "1040"),
    ("betting shop, a 200 to 1 came in at the races. outgoings 910", "en", "expenses", "910"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # a figure after "thats" that adds up to nothing before it is no subtotal
    ("rent 500 thats 100 up, then food 200", "en", "expenses"),
    # an unsaid sum on top said with "then"
    ("bills are 620 then whatever i spend on the kids", "en", "expenses"),
    # a cost by the job or the event, what it goes on between
    ("about 60 on diesel per job and the rest is 800", "en", "expenses"),
    # a floor said "as a minimum", how much more unsaid
    ("55 as a minimum, maybe more some months", "en", "counter"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
