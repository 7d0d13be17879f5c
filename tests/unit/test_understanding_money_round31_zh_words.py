"""Chinese money families of round 31 (long messages): numerals inside idioms, slang, brands,
places, ranks, schedules, kin and holidays that count no money; the seasons named to say the pay
is the same; a base wage then the whole paid in the next clause."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

AMBIGUOUS = AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # idioms and polite formulas
        ("说实话家里一干二净，我每月工资四千八", "4800"),
        ("万分抱歉回复晚了，我一个月工资五千二", "5200"),
        ("心里七上八下的，到手就两千七百块", "2700"),
        ("我一五一十地说：一个月拿三千九", "3900"),
        # internet slang beside the wage
        ("一个月才两千六，5555，太难了", "2600"),
        ("23333333我这点工资说出来丢人，一个月三千一", "3100"),
        ("月薪四千四，就这样吧，88", "4400"),
        # shops, brands and places with numbers in the name
        ("在一家两元店看店，老板每个月给两千九", "2900"),
        ("我在7-11打工，一个月三千六", "3600"),
        ("在十堰的厂里，每个月五千三", "5300"),
        ("三亚这边做保洁，一个月四千", "4000"),
        # ranks, tiers and schedules
        ("我们这三线城市，我一个月拿三千四", "3400"),
        ("工伤鉴定是八级，现在看大门一个月两千五", "2500"),
        ("上二休二的班，一个月四千二", "4200"),
        ("公司是996，一个月一万二", "12000"),
        ("两班倒，到手五千七", "5700"),
        # kin and holidays
        ("我三叔带我干装修，一个月给我六千三", "6300"),
        ("我是家里的老二，现在在厂里一个月三千八", "3800"),
        ("过完正月初八就回厂了，一个月七千二", "7200"),
        ("五一跟十一都没放假，每个月还是四千六", "4600"),
        ("家里有二十亩地，我在外面打工每个月三千五", "3500"),
        # the seasons said to be alike
        ("在景区卖票，不管淡季旺季工资都一样，每个月三千三", "3300"),
        # a base wage, then the whole paid in the next clause
        ("底薪两千五加提成，上个月总共拿了五千一", "5100"),
    ],
)
def test_numerals_that_count_no_money_zh(text: str, expected: str) -> None:
    assert read_as_asked(text, "zh", "income") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("每月￥555.50", "555.50"),
        ("房租555，水电100", "655"),
        ("话费88", "88"),
    ],
)
def test_slang_lookalikes_stay_amounts_zh(text: str, expected: str) -> None:
    assert read_as_asked(text, "zh", "expenses") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "asked", "expected"),
    [
        ("正式工一个月七千，我是临时工，只有五千二，你们按五千二算就行", "zh", "income", "5200"),
        (
            "房租一千二，吃饭一千，再加上给我妈的五百就是两千七，按两千七算吧",
            "zh",
            "expenses",
            "2700",
        ),
        ("我每月四千六，他的是五千，他说不用写他的，那我就写四千六", "zh", "income", "4600"),
        ("过节那两个月会少一些，平常是三千九，就按三千九算", "zh", "income", "3900"),
        (
            "full-timers get 2,600, i'm part time on 1,450, put me down for 1,450",
            "en",
            "income",
            "1450",
        ),
        ("a párom 380 ezret keres, én 290-et, írjátok 290-nek", "hu", "income", "290000"),
    ],
)
def test_the_figure_the_cardholder_says_to_take(
    text: str, language: str, asked: str, expected: str
) -> None:
    got = read_as_asked(text, language, asked)
    assert got == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what counts as good pay in the town, then the own pay
        ("我们这小县城，一个月四千就算高工资了，我只拿三千一", "3100"),
        ("在老家两千五都算不错的收入了，我一个月两千二", "2200"),
        # an extra once a year at a festival, on top of the month's pay
        ("饭店一个月给我四千三，春节那个月多发两千过节费", "4300"),
        ("每月到手六千，年底会多给一万奖金", "6000"),
    ],
)
def test_the_months_pay_beside_a_mark_or_a_yearly_extra_zh(text: str, expected: str) -> None:
    assert read_as_asked(text, "zh", "income") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("白天上班每月三千五，晚上接陪诊的活，按次收费，一次两百", "income"),
        ("在超市上班每月四千，周末去做保洁，按次算，一次一百二", "income"),
        ("有个装修贷，半年还一次，一次六千", "other_debts"),
    ],
)
def test_paid_by_the_time_asks_again_zh(text: str, asked: str) -> None:
    assert read_as_asked(text, "zh", asked) == AMBIGUOUS


def test_repaid_once_a_month_is_the_months_zh() -> None:
    got = read_as_asked("车贷每个月还一次，一次一千八", "zh", "other_debts")
    assert got == AmountReading(Decimal(1800), None)
