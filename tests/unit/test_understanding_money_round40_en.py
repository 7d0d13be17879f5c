"""English money families of round 40, in words of our own: what is read, and what is asked again.

Read: the work counted by its horses, keys, strings or tickets, a film's or a tool's size in mm
or cm ("7 horses a day", "88 keys and 220 strings", "60 tickets a shift", "16mm and 35mm"); a
seat, a row, a building or a block numbered ("row C seat 9", "building 2 and building 5"); a
share of times ("1 in 4 of my customers", "on call 1 weekend in 3"); a height or a size in feet
("hes 15 and 5 foot 11", "a slab 4 foot by 3"); a code of a letter and digits, not a tyre's rim
("the m62", not "225/45 R17"); a catalogue's bill named like a place, in a list after a figure
("freemans 30, studio 18"); figures the cardholder says to leave out, the one to take said after
("so leave them out. home is 1,010", "not counting that its 940").
Asked again: coming near a figure from below, how near unsaid ("knocking on for 1,300"); one
figure with months off it either way, by how much unsaid ("round about 1,400, sometimes lower",
"60 a clean, busy weeks and dead weeks").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the work counted by its horses, keys, strings or tickets; a film's or a tool's size
    ("farrier, 7 horses a day most weeks. my outgoings are 1,150", "en", "expenses", "1150"),
    ("a piano has 88 keys and i tune them all lol. spend about 940", "en", "expenses", "940"),
    ("88 keys and 220 strings lol. rent 600 food 200", "en", "expenses", "800"),
    ("car park attendant, 60 tickets a shift. outgoings 1,010", "en", "expenses", "1010"),
    ("i shoot on 16mm and 35mm for fun, spending is 1,180", "en", "expenses", "1180"),
    # a seat, a row, a building or a block numbered
    ("steward at the stadium, row C seat 9. rent 600 food 210 phone 15", "en", "expenses", "825"),
    ("security on building 2 and building 5 at night, i spend 990", "en", "expenses", "990"),
    # a share of times
    ("about 1 in 4 of my customers tip, my outgoings are 870", "en", "expenses", "870"),
    ("on call 1 weekend in 3, take home is 1,640", "en", "income", "1640"),
    # a height or a size in feet
    (
        "my lad eats loads hes 15 and 5 foot 11. food 310, rent 560, bills 140",
        "en",
        "expenses",
        "1010",
    ),
    ("laid a slab 4 foot by 3 today lol. spending 1,030", "en", "expenses", "1030"),
    # a code of a letter and digits, not a tyre's rim after its size
    ("i drive the m62 for work, fuel 160 rent 540", "en", "expenses", "700"),
    (
        "front tyres are 225/45 R17 and i had 2 new ones but thats a one off, normally i "
        "spend 1,020",
        "en",
        "expenses",
        "1020",
    ),
    # a catalogue's bill named like a place, in a list after a figure
    ("freemans 30, studio 18, very 25", "en", "other_debts", "73"),
    # figures the cardholder says to leave out, the one to take said after
    (
        "tools 80 and the phone 25 are paid by the firm so leave them out. home is 1,010",
        "en",
        "expenses",
        "1010",
    ),
    ("20 a month goes on lottery, leave that out, the essentials are 860", "en", "expenses", "860"),
    (
        "about 10 a week into a jar, not counting that its 940 for everything",
        "en",
        "expenses",
        "940",
    ),
]

#: (text, language, question): asked again
ASKED_AGAIN = [
    # coming near a figure from below, how near unsaid
    ("knocking on for 1,300 most months", "en", "expenses"),
    ("getting on towards a grand", "en", "expenses"),
    # one figure with months off it either way, by how much unsaid
    ("round about 1,400, sometimes lower", "en", "income"),
    ("paid by the job, 60 a clean, busy weeks and dead weeks", "en", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
