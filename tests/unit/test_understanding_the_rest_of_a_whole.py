"""Spending told in parts: a whole said first, one part of it named after it and the rest named
without a figure is the whole (not the whole and its part added up); rent paid to the parent one
lives with is summed with the other costs, and so is "flat 700" before the next cost."""

from __future__ import annotations

import pytest

from tests.support.amounts import read_as_asked

#: (text, the amount read at the spending)
READ = [
    ("about 1100 all in, thats rent 650 and the rest is food and bills", "1100"),
    ("about 1100 all in, rent 650 the rest food and bills", "1100"),
    ("1100 altogether, thats rent 650 and the rest is food and bills", "1100"),
    # near lines: the rest's own figure; no whole said
    ("rents 300 a fortnight so 650 a month, and about 400 for the rest", "1050"),
    ("rent 650 and food 300, the rest i dont really count", "950"),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_a_whole_with_one_part_and_the_rest_named(text: str, expected: str) -> None:
    assert str(read_as_asked(text, "en", "expenses").amount) == expected


#: (text, the amount read at the spending): rent paid to the parent one lives with is the
#: cardholder's own cost, summed with the rest
RENT_TO_A_PARENT = [
    ("i pay 450 rent to my mum and about 100 on my phone and travel", "550"),
    ("450 rent to my mum, 100 phone and travel", "550"),
    ("rent to my dad 300 and food 150", "450"),
]


@pytest.mark.parametrize(("text", "expected"), RENT_TO_A_PARENT)
def test_rent_paid_to_a_parent_is_summed(text: str, expected: str) -> None:
    assert str(read_as_asked(text, "en", "expenses").amount) == expected


#: (text, the amount read at the spending): "flat" and a figure of hundreds before the next cost
#: is the flat's rent, not its number; a flat's number stays no money
A_FLATS_RENT = [
    ("flat 700, bills 90, food 250", "1040"),
    ("flat 700 bills 90 food 250", "1040"),
    ("flat 12, rent 600 and food 200", "800"),
    ("flat 102, rent 600 and food 200", "800"),
    ("flat 12, bills 90 and rent 500", "590"),
]


@pytest.mark.parametrize(("text", "expected"), A_FLATS_RENT)
def test_a_flats_rent_before_the_next_cost(text: str, expected: str) -> None:
    assert str(read_as_asked(text, "en", "expenses").amount) == expected


#: (text, the amount read at the spending) in Chinese: a whole "about" so much with the rent said
#: to take up a share of it; rent paid to a parent summed with the rest
IN_CHINESE = [
    ("一个月花五千左右 房租占了两千", "5000"),
    ("四千六, 房租占了一千八", "4600"),
    ("房租跟我妈交1500 其他500", "2000"),
    ("房租跟我妈交1500 吃饭800", "2300"),
]


@pytest.mark.parametrize(("text", "expected"), IN_CHINESE)
def test_a_whole_and_rent_to_a_parent_in_chinese(text: str, expected: str) -> None:
    assert str(read_as_asked(text, "zh", "expenses").amount) == expected
