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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a numbered list: the numbers of the list are no items
        ("1、房租900 2、伙食1100 3、话费50", "2050"),
        ("1.月租1300 2.买菜700", "2000"),
        # an emoji for each item
        ("🏡1100 🍜900 🚇120", "2120"),
        # a debt or a no-need item left out, with no figure: the rest is the spending
        ("网贷不算，房租一千二，伙食八百", "2000"),
        ("信用卡不算的话，吃住一个月2600", "2600"),
        ("一个月开销1800，买游戏皮肤的不算，那些不是必须的", "1800"),
        # the item left out of the first figure, then given apart
        ("不算水电一个月花一千八，水电另外200", "2000"),
        # how often a treatment comes, no money
        ("康复训练一周两次，自己每月要出900，加上生活费1500", "2400"),
        # this month's rent named as paid, then the rest of the items
        ("昨天交了这个月房租1400，其余吃饭坐车什么的七百", "2100"),
        # the total said before its parts, opened by "具体是"
        ("每月大概2350，具体是房租1500、伙食700、杂七杂八150", "2350"),
    ],
)
def test_lists_named_numbered_or_left_out_zh(text: str, expected: str) -> None:
    assert interpret(text, Question.EXPENSES, "zh").meaning == expected


@pytest.mark.parametrize(
    "text",
    [
        # this month's rent beside the usual one
        "房租一般1500，这月房租1800，其余八百",
        # an essential item left out, no figure of it: the whole is not said
        "两千，房租不算",
        # a visit twice a week, each paid: no month's figure
        "理疗一周两次，一次一百，房租一千",
    ],
)
def test_an_item_left_out_or_paid_each_time_stays_open_zh(text: str) -> None:
    assert interpret(text, Question.EXPENSES, "zh").meaning == "ambiguous"
