"""Spending listed with one twist that a careless reader sums in: what an item will cost later
("rent 700 (going up to 750 next month)"), an item per child with the whole unsaid, the whole
said again in brackets with more counted, a share of a cost or a part another gives towards it
left to work out. Today's month is read; what is left to work out is asked again.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("rent 700 (going up to 750 next month), bills 200", "en", "900"),
        ("rent 700 going up to 750 from next month, bills 200", "en", "900"),
        ("房租2000，下个月要涨到2200，吃饭1000", "zh", "3000"),
        ("albérlet 150, jövő hónaptól 165-re megy fel, rezsi 40", "hu", "190000"),
        ("nursery 300 per child so 600, rent 700 so 1300", "en", "1300"),
    ],
)
def test_todays_month_is_read(text: str, language: str, expected: str) -> None:
    assert read_as_asked(text, language, "expenses") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("nursery 300 per child, 2 kids, rent 700", "en"),
        ("rent 700, school meals 45 a kid", "en"),
        ("房租2000，每个孩子补课800", "zh"),
        ("albérlet 120, ovi 20 ezer gyerekenként, kaja 80", "hu"),
        ("albérlet 120, ovi gyerekenként 20 ezer, kaja 80", "hu"),
        ("1000ish (1050 with the dog)", "en"),
        ("rent 800 (900 with bills)", "en"),
        ("i pay 3/4 of the 800 rent", "en"),
        ("i pay 60% of the 1000 rent, food 200", "en"),
        ("my 24 year old pays 200 towards the 900 rent so i pay the rest plus bills 150", "en"),
    ],
)
def test_what_is_left_to_work_out_is_asked_again(text: str, language: str) -> None:
    assert read_as_asked(text, language, "expenses") == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rent 700 including water, food 300", "1000"),
        ("rent 650 including heating, council tax 120, food 250", "1020"),
        ("1,300 total including rent of 650", "1300"),
        ("about 1100 including rent", "1100"),
    ],
)
def test_an_item_with_what_it_takes_in_is_one_item_of_the_list(text: str, expected: str) -> None:
    """ "Including" with no figure of its own names what an item takes in: the list goes on."""
    assert read_as_asked(text, "en", "expenses") == AmountReading(Decimal(expected), None)
