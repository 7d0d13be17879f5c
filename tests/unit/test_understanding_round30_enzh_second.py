"""Money families of blind round 30, a second pass over English and Chinese: the spending said
beside the income and what is left of it; an income with one figure for the day shifts and one
for the night shifts (asked again, and no alarm).

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import Question
from dialogs.understanding.meaning import interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("outgoings 1,400, income 1,500, leaves 100", "en", "1400"),
        ("i spend about 950 a month, i earn 1,020, so 70 left", "en", "950"),
        ("spending 830 and my wage is 900, that leaves me 70 spare", "en", "830"),
        ("每月花三千二，挣三千五，剩三百", "zh", "3200"),
        ("开销两千七，工资三千，剩下三百", "zh", "2700"),
    ],
)
def test_the_spending_beside_the_income_and_what_is_left(
    text: str, language: str, expected: str
) -> None:
    assert read_as_asked(text, language, "expenses") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("900 on the early shift, 1,050 on lates", "en"),
        ("about 1,300 on days and 1,500 when i do nights", "en"),
        ("working days its 1,250 a month, doing nights about 1,500", "en"),
        ("白班一个月四千，夜班五千", "zh"),
        ("夜班的月份五千二，白班的月份四千四", "zh"),
        ("nappalos héten 260, éjszakás héten 310 jön", "hu"),
    ],
)
def test_a_figure_for_each_kind_of_shift_is_asked_again(text: str, language: str) -> None:
    assert read_as_asked(text, language, "income") == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("1,020 when im on days, 1,280 when im on nights", "en"),
        ("when im on lates its 1,150, when im on days its 990", "en"),
        ("上白班三千九，上夜班四千七", "zh"),
    ],
)
def test_shift_talk_with_two_figures_is_no_alarm(text: str, language: str) -> None:
    assert interpret(text, Question.INCOME, language).meaning == "ambiguous"


def test_a_steady_figure_beside_night_shifts_is_read() -> None:
    text = "night shifts are killing me but it's a steady 2,100 a month"
    assert read_as_asked(text, "en", "income") == AmountReading(Decimal(2100), None)
