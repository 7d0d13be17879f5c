"""English money families of round 39, in words of our own: what is read, and what is asked again.

Read: the work counted by its nights, services, schools or bins, a horse's height in hands and the
weeks still to go ("4 nights", "2 services on a sunday", "5 schools a week", "900 bins a day", "a
15.3hh cob", "6 more to go"), a small count said as a range with "or" ("2 or 3 schools"); a grade
of a qualification or a bin round's number ("nvq level 3", "i do round 12"); a reference number
right before the pay ("ref 0031298 1,480.20"); what is kept of the takings after the costs of the
work ("after fuel n tyres i keep 1,350"); the figures of the work set aside, the home's own said
after them ("but thats all the business side. home is 980", "the client pays that not me"); the
later figure settled on with "make it" ("had 50 in mind but make it 35").
Asked again: near a figure from below, how near unsaid ("nigh on 900", "a little short of 1,100",
"thick end of 1,500"); a figure every so many weeks or years, or spread over years ("1,500 every
6 weeks", "200 every 3 years", "1,800 spread over 3 years"); paid by the show ("300 a show"); an
item's figure not known yet ("bills tbc", "the rent is going up, dont know to what"); a meter
topped up whenever it asks ("15 whenever it runs low"); a figure with things taken away, not
worked out ("1,100 minus the gym"); a share in per cent of a whole ("my share is 30%"); one
figure, other seasons differing with none ("80ish but more in the summer"); at the own proposal,
a figure against a plan ("20 more than the 12 month plan").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the work counted by its nights, services, schools or bins; a height in hands; weeks to go
    ("security guard, 4 nights then a break. rent 540 bills 150 food 170", "en", "expenses", "860"),
    ("1,480 a month after tax for 4 nights a week", "en", "income", "1480"),
    ("organist, 2 services on a sunday. rent 450 food 160 phone 12", "en", "expenses", "622"),
    ("supply teacher at 5 schools a week, spend about 1,020", "en", "expenses", "1020"),
    ("i cover 2 or 3 schools most weeks, outgoings 990", "en", "expenses", "990"),
    ("bin man, 900 bins a day easy. spend 1,150 a month", "en", "expenses", "1150"),
    ("groom, i hack out a 15.3hh cob. phone 12 food 150 car 90", "en", "expenses", "252"),
    ("off with my back, 6 more to go. spending is 1,060", "en", "expenses", "1060"),
    # a grade of a qualification, a bin round's number
    ("carer, nvq level 3. rent 500 food 200", "en", "expenses", "700"),
    ("i do round 12 on the bins. outgoings 1,240", "en", "expenses", "1240"),
    # a reference number right before the pay
    ("BGC ACME LTD REF 0031298 1,480.20 thats my wages", "en", "income", "1480.20"),
    # what is kept of the takings after the costs of the work
    (
        "the jobs bring in about 2,600 a month, after fuel n tyres i keep 1,350",
        "en",
        "income",
        "1350",
    ),
    # the figures of the work set aside, the home's own said after them
    (
        "i charge 30 for a trim and 60 for highlights but thats what i earn, my own outgoings "
        "are 1,090",
        "en",
        "expenses",
        "1090",
    ),
    (
        "tiles can be 400 a job but thats all the business side. home is 980",
        "en",
        "expenses",
        "980",
    ),
    (
        "the skip is 250 a week but the client pays that not me. house is 1,210",
        "en",
        "expenses",
        "1210",
    ),
    # the later figure settled on with "make it"
    ("i had 50 in mind but with the boiler make it 35", "en", "counter", "35"),
]

#: (text, language, question): asked again
ASKED_AGAIN = [
    # near a figure, how near unsaid
    ("nigh on 900 a month", "en", "expenses"),
    ("a little short of 1,100", "en", "expenses"),
    ("thick end of 1,500 most months", "en", "expenses"),
    # every so many weeks or years, spread over years, by the show
    ("1,500 every 6 weeks or so", "en", "income"),
    ("the licence is 200 every 3 years, rent 500 food 200", "en", "expenses"),
    ("the dentist bill is 1,800 spread over 3 years", "en", "other_debts"),
    ("300 a show, 2 to 6 shows a month", "en", "income"),
    # an item's figure not known yet
    ("rent 550 food 220 gas tbc", "en", "expenses"),
    (
        "everything but the rent is 380, the rent is going up soon, dont know to what",
        "en",
        "expenses",
    ),
    # a meter topped up whenever it asks
    ("15 on the gas whenever it runs low, rent 480 food 210", "en", "expenses"),
    # a figure with things taken away, a share in per cent
    ("1,100 minus the gym and the takeaways", "en", "expenses"),
    ("my share is 30% and the house costs 2,400 in all", "en", "expenses"),
    # one figure, other seasons differing with none
    ("80ish but more in the summer months", "en", "counter"),
    # at the own proposal, a figure against a plan
    ("20 more than the 12 month plan", "en", "counter"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
