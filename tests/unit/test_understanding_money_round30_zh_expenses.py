"""Spending in Chinese beside figures that are no month's spending (round 30): a unit price, a
floor, the income of an app's month, a slip named, a one-off pointed back at; and the figures
that leave the month's spending open (a floor of it, a difference, a year's bill)."""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, interpret


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a price for one measure, with the words of its clause, is no item
        ("大米现在4块5一斤，一个月伙食八百，房租九百", "1700"),
        ("汽油都涨到9块2一升了，加油一个月五百，房租两千", "2500"),
        ("电费八毛一度，一个月电费一百二，房租一千三", "1420"),
        ("苹果都十块钱一斤了，吃饭加房租加起来得三千一", "3100"),
        # the floor lived on
        ("住在12层，房租两千一，吃饭一千", "3100"),
        ("我家6楼，月租900，水电八十", "980"),
        # an app's month with spending and income labelled: the spending
        ("记账软件上个月支出：4,105.30，收入：6,000", "4105.3"),
        # paid to a parent by the cardholder: an own item
        ("给我爸付护工的钱一个月三千，我自己吃住一千二", "4200"),
        # the figure said before named as the slip
        ("生活费两千四，前面打成四千二了，手滑", "2400"),
        # a one-off pointed back at from its own clause
        ("装修一次性付了两万，那是一次性的，平时一个月开销两千八", "2800"),
        ("买电脑花了五千，那笔是一次性的，每个月生活费一千九", "1900"),
    ],
)
def test_figures_that_are_no_months_spending_zh(text: str, expected: str) -> None:
    assert interpret(text, Question.EXPENSES, "zh").meaning == expected


@pytest.mark.parametrize(
    "text",
    [
        # a top-up every few months beside the month's items
        "水卡三个月充一次，一次两百，房租九百",
        # a week's item with a bound beside the month's rent
        "每礼拜买两次肉，一次一百多，房租八百",
        # an item asked about, with and without it
        "猫粮也算吗？算上是1900，不算1800",
        # a year's spending
        "今年一共花了六万",
        # by how much spending passes income
        "每个月比工资多花一千",
        # a floor, or thousands and then some
        "开销起步两千五",
        "一万好几",
        # the household's figure, the own part not settled
        "家里一个月一万二，我摊多少还不知道",
    ],
)
def test_spending_left_open_zh(text: str) -> None:
    assert interpret(text, Question.EXPENSES, "zh").meaning == "ambiguous"
