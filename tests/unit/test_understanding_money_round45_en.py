"""English money families of round 45, in words of our own: what is read, and what is asked again.

Read: the work counted by its doses, bundles, pick-ups, vessels or boxes ("250mg tablets", "12
caps a course", "400 bundles of straw", "9 pick ups", "40 vessels", "30 boxes"); a vehicle or a
badge by its number ("fleet number 2817"); a thermostat's setting ("thermostat on 18"); a room of
a hotel by its floor and number ("room 204"); a subtotal said midway through a list, more items
after it ("gas 50, electric 70 which is 120, then rent 600").
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
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # a figure after "thats" that adds up to nothing before it is no subtotal
    ("rent 500 thats 100 up, then food 200", "en", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
