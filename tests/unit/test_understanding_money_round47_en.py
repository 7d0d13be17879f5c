"""English money families of round 47, in words of our own: what is read, and what is asked again.

Read: the own month named after figures of one's trade in more ways: the own outgoings or
essentials with no "is" ("my outgoings 990", "my essentials r 1,012.50"), a list after "anyway"
or a sentence's "outgoings:", the house's side or the household's ("house side its 1,100", "the
house costs me 940", "our own household is 1,280"), the own person or costs ("me personally",
"our costs went up tho"), the own spending after "monthly", "meantime" or a sentence about the
trade ("living on the site i spend about 700"). An item's figure said again nearer the truth
("food is more like 230", "i put 180 for food, its more like 230"): the first one goes. A clause
set aside with a thousands comma in its figure ("the calves were 5,400 once, dont count that");
a last clause that says a figure is not the own ("the 200 is for fostering not for me").
Near misses that stay: the house's costs as a whole before one's own bit ("the house costs 2,400
... my bit is the 1,100"); a total said to be more like another ("its more like 800 all in").
A flat sum with its thousands ("a flat 1,320"), no flat's number; at the other debts, a relative
named with a figure, a loan from them paid back ("car loan 180 and my mum 40"); at the offer, the
figure for now said first, a higher one to come ("40 now and 70 once the busy season starts").
Asked again: only the gross pay, what comes in not known ("gross is 2,400, no idea what lands");
an item named with no figure between two with theirs ("rent 600, food, gas 90"); an offer said
to come every other month after "but"; a price by the job of a trade ("20 a ride").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the own outgoings or essentials with no "is", after figures of the trade
    ("a trim is 30 a hoof lol. my outgoings 990", "en", "expenses", "990"),
    ("a trim is 30 a hoof lol. my essentials r 1,012.50 says the app", "en", "expenses",
     "1012.50"),
    # a list after "anyway", or after a sentence's "outgoings:"
    ("laid 40 metres of kerb today. anyway rent 610 food 240 bills 150", "en", "expenses",
     "1000"),
    ("we do 12 gigs a season at 400 each. outgoings: rent 560, food 210, phone 20", "en",
     "expenses", "790"),
    # the house's side or the household's
    ("the stalls hire out at 60 a day, got 3 of them. house side its 1,100 a month", "en",
     "expenses", "1100"),
    ("a service is 70 a go but house costs are mortgage 700 food 250 and gas 90", "en",
     "expenses", "1040"),
    ("i get 7 an hour per kid. our own household is 1,280", "en", "expenses", "1280"),
    # the own person or the own costs named
    ("we charge 2,000 a job split 3 ways. me personally rent 590, food 220", "en", "expenses",
     "810"),
    ("the 400 hosting payment isnt spending. our costs went up tho, rent 700 food 300", "en",
     "expenses", "1000"),
    # the own spending after "meantime", "monthly" or a sentence about the trade
    ("the claim is for 6k, meantime i spend 820", "en", "expenses", "820"),
    ("the swings are 2 a go and we have 9 of them. living on the site i spend about 700 a month",
     "en", "expenses", "700"),
    ("sold 41 books last month at 6 each. living costs 890", "en", "expenses", "890"),
    # an item's figure said again nearer the truth: the first one goes
    ("rent 500 food 180 gas 90, food is more like 230", "en", "expenses", "820"),
    ("rent 500 food 180 gas 90, oh and i put 180 for food, its more like 230", "en", "expenses",
     "820"),
    ("rent 500 food 180 gas 90, actually the gas is more like 110", "en", "expenses", "790"),
    ("rent 500, 180 on food, gas 90. the food is more like 230", "en", "expenses", "820"),
    # a clause set aside, a thousands comma in its figure
    ("the calves were 5,400 once this spring, dont count that. my wage from the farm is 1,230 a "
     "month", "en", "income", "1230"),
    # a last clause that says a figure is not the own
    ("wage 1,600, the 200 is for fostering not for me", "en", "income", "1600"),
    ("rent 520 food 200, the 80 is the dogs money not mine", "en", "expenses", "720"),
    # near misses that stay read as they were
    ("the house costs 2,400 with my sister paying in too. my bit is the 1,100 i put in", "en",
     "expenses", "1100"),
    ("rent 500 food 180 gas 90, its more like 800 all in", "en", "expenses", "800"),
    ("gross is 2,400, not sure what lands after tax, the payslip said 1,930", "en", "income",
     "1930"),
    ("rent 600, food and gas 300", "en", "expenses", "900"),
    ("i'd say 180 food, then rent 600", "en", "expenses", "780"),
    ("90 a month", "en", "counter", "90"),
    # a flat sum with its thousands is no flat's number; a flat's number stays no money
    ("the stables pay me a flat 1,320 a month", "en", "income", "1320"),
    ("flat 2, wage 1,300", "en", "income", "1300"),
    # at the other debts, a relative named with a figure: a loan from them paid back
    ("car loan 180 and my mum 40", "en", "other_debts", "220"),
    ("klarna 25, my brother 60", "en", "other_debts", "85"),
    # at the offer, the figure for now said first, a higher one to come
    ("40 now and 70 once the busy season starts", "en", "counter", "40"),
    ("i can do 60 for now, 100 when the loan ends", "en", "counter", "60"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # only the gross pay, what comes in not known
    ("gross is 2,400, no idea what lands after tax", "en", "income"),
    ("3k gross, not sure how much i take home", "en", "income"),
    # an item named with no figure between two with theirs
    ("rent 600, food, gas 90", "en", "expenses"),
    # an offer that comes every other month, said after "but"
    ("i can do 90 but every other month", "en", "counter"),
    ("200, but only every second month", "en", "counter"),
    # a price by the job of a trade, no month's figure
    ("20 a ride is what they charge, i just spend what comes in", "en", "expenses"),
    # near miss: the house's costs as a whole with one's share not worked out
    ("i pay half of the house costs, which are 1,600", "en", "expenses"),
    # near misses: a relative's figure at the spending, and a later figure by a month named
    ("rent 500 and my dad 50", "en", "expenses"),
    ("60 now and 100 in june", "en", "counter"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
