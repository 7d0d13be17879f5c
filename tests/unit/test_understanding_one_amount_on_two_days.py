"""One amount paid on two days of the month is the month's twice over ("650 rent on the 1st and
650 on the 15th"): the same figure twice is then no figure said again. Said twice a month with
no day, it is asked again like a week's amount: the labeller does not convert.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        ("i pay 650 rent on the 1st and 650 on the 15th", "en", "expenses", "1300"),
        ("paid twice a month, 800 on the 15th and 800 on the 30th", "en", "income", "1600"),
        ("albérlet 90e az elsején és 90e tizenötödikén", "hu", "expenses", "180000"),
        ("10-én 150 jön, 25-én még 150", "hu", "income", "300000"),
        ("房租每月1号交1500，15号再交1500", "zh", "expenses", "3000"),
        ("每月10号发3000，25号再发3000", "zh", "income", "6000"),
    ],
)
def test_one_amount_on_two_days_is_added(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        ("650 on the 1st, yes 650, that's the rent", "en", "expenses", "650"),
        ("rent goes out twice, 420 on the 1st and 420 on the 16th, plus food 200", "en",
         "expenses", "1040"),
    ],
)  # fmt: skip
def test_the_same_figure_said_again_or_in_a_list(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language"),
    [("i get 700 twice a month", "en"), ("工资分两次发，每次2500", "zh")],
)
def test_twice_a_month_with_no_days_is_asked_again(text: str, language: str) -> None:
    assert read_as_asked(text, language, "income") == AmountReading(None, AmountProblem.AMBIGUOUS)
