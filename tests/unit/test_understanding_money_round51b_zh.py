"""Money families of round 51 in Chinese left after its first lane, in words of our own: what is
read, and what is asked again.

Asked again: a rate by the piece with how many done said only as a bound ("修一双鞋挣五块 这个月
修了三百多双": so many and more, the month's no product of it); a festival's busy month with its
figure beside the other months' ("中秋那个月能挣八千 其他月份两千五": two months of two kinds);
items named after the last figure with none of their own, said to cost too ("房贷两千三 买菜 电费
也得花"); pay on leave still to be approved beside the usual month's ("病假工资还没核 平常五千").

Read: an app's month with its spending and its income each marked by the yuan sign ("支出
¥2,310.50 收入 ¥3,800.00": the spending at the spending asked); the pay during a stop of the
work, the usual month's said before it ("平常七千 休渔期放假了 每月只给两千": what is paid now).

Near misses, read or asked as before: a festival's days off with less paid (a month of its own,
not a stop); less paid this month with no stop named; a list of items each with the yuan sign;
the month's total said after the rate and the rough count; a festival's month with a bonus in it
beside the usual month (the usual read); November named as the month it is ("十一月"); items
said to be in the figure ("…都包括"); leave pay approved with its figure.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the month's total said after the rate and the rough count
    ("修一双鞋挣五块 这个月修了三百多双 一共一千六", "zh", "income", "1600"),
    # a festival's month with a bonus in it: the usual month
    ("春节那个月发了年终奖一万二 其他月份都是五千", "zh", "income", "5000"),
    # November, no festival
    ("现在是十一月 这个月到手三千八", "zh", "income", "3800"),
    # an app's month, spending and income each with the yuan sign
    ("微信账单 本月支出 ¥2,310.50 收入 ¥3,800.00", "zh", "expenses", "2310.50"),
    ("支出 ¥1500 还有吃饭 ¥800", "zh", "expenses", "2300"),
    # the pay during a stop of the work
    ("平时一个月五千 这阵子厂里停产 只发一千的生活费", "zh", "income", "1000"),
    ("平常七千 休渔期放假了 每月只给两千", "zh", "income", "2000"),
    # items said to be in the figure; leave pay approved with its figure
    ("房租一千二 吃饭 水电 都包括", "zh", "expenses", "1200"),
    ("产假工资批下来了 每月六千", "zh", "income", "6000"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # a rate by the piece, the count a bound
    ("修一双鞋挣五块 这个月修了三百多双", "zh", "income"),
    ("一单挣八块 一个月跑40多单", "zh", "income"),
    # a festival's busy month beside the others
    ("中秋那个月卖月饼能挣八千 其他月份两千五", "zh", "income"),
    ("国庆那个月能挣一万 其他月份四千一", "zh", "income"),
    # a festival's days off, less paid: no stop of the work
    ("平时一个月五千 过年放假 只发了一千五 那是一月份", "zh", "income"),
    # less paid this month, no stop named: as before
    ("平时五千 这个月只发了三千", "zh", "income"),
    # items after the last figure without their own, said to cost too
    ("房贷两千三 买菜 电费 孩子的学费 也得花", "zh", "expenses"),
    # pay on leave still to be approved
    ("病假工资还没核 平常五千", "zh", "income"),
    ("产假工资按生育津贴发 还没批下来 平时六千八", "zh", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
