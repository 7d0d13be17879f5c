"""Families of round 66 in Chinese (whole journeys, the second try), in words of our own: what is
read, and what is asked again.

Money: the nought the first try lacked, named as a character ("刚才少打了个0 不是230"): no
figure of its own; "没别的了" after the figure: nothing else, no zero; the work's own money named
as not counted in ("厂里的流水不算", "化肥种子钱不算在里头"): the figure beside it stands; the
time left on a debt ("还有半年就还完了"): no more owed besides it. Near misses asked again: "咋也
得三千", "怎么都要两千五" (a floor, as "起码"); an essential itself left out ("不算房租").

Elsewhere: a count of months, then the most it takes ("一个月 最多俩月"): the upper end; the
reminders named by what they are for ("别再给我发还款提醒了"); an agreement in words beside
impatience or a button that did not work ("同意 别再问了", "点按钮没反应"): no refusal.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import (
    AmountProblem,
    AmountReading,
    Intent,
    read_intent,
    signals_refusal,
)
from dialogs.understanding.rules.months import read_months
from tests.support.amounts import read_as_asked

#: (text, question, the figure read)
READ = [
    ("一个月开销2300啦 刚才少打了个0 不是230 呜呜", "expenses", "2300"),
    ("开销三千二 刚刚漏打了一个零 之前写的320", "expenses", "3200"),
    ("每个月还1500 前面少写了个0", "other_debts", "1500"),
    ("我讲清楚点 每个月收入是8000 八千块 没别的了", "income", "8000"),
    ("一个月到手四千五 没有别的了", "income", "4500"),
    ("车贷以前每月两千 现在除了这张卡没有别的了", "other_debts", "0"),
    ("我自己每个月能拿到手的也就6k 厂里的流水不算的 那个不是我的", "income", "6000"),
    ("店里的营业额不算 我自己一个月拿四千", "income", "4000"),
    ("每个月三千五 进货的本钱不算", "income", "3500"),
    ("一个月一千五左右 吃的用的 电费 化肥种子钱不算在里头", "expenses", "1500"),
    ("每月两千 饲料钱不算", "expenses", "2000"),
    ("就一个摩托车的分期 每个月还四百五 还有半年就还完了", "other_debts", "450"),
    ("车贷每个月还一千二 还有半年", "other_debts", "1200"),
]

#: Near misses: asked again.
ASKED_AGAIN = [
    ("一个月咋也得三千 吃喝 孩子上学 买药 少了整不下来", "expenses"),
    ("怎么都要两千五 房租水电吃饭", "expenses"),
    ("咋也得两千 少了不够", "expenses"),
    ("每个月三千 不算房租", "expenses"),
]

#: (text, the number of months read)
MONTHS = [
    ("一个月 最多俩月", 2),
    ("一个月 最多两个月", 2),
    ("两个月吧 顶多三个月", 3),
    ("大概一个月吧，最晚两个月", 2),
    ("三个月 最多半年", 6),
    ("十一个月", 11),
]

#: (text, whether it is no agreement)
REFUSALS = [
    ("同意 快点 别再问了", False),
    ("同意 我同意的 刚才点那个按钮没反应 所以才打的字", False),
    ("我同意 别问了 赶紧的", False),
    ("同意 按钮点了不灵 我打字吧", False),
    ("不同意 别再问了", True),
    ("同意是同意 但我得问问我老婆", True),
]

#: (text, the intent read)
INTENTS = [
    ("先别再给我发还款提醒了 一天好几条 上班的时候一直响 烦死了", Intent.STOP_REMINDERS),
    ("不要再推送催款短信了", Intent.STOP_REMINDERS),
    ("别给我发还款的通知了 我自己记得", Intent.STOP_REMINDERS),
]


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, question: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(("text", "expected"), MONTHS)
def test_the_months(text: str, expected: int) -> None:
    assert read_months(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), REFUSALS)
def test_the_refusal(text: str, expected: bool) -> None:
    assert signals_refusal(text) is expected


@pytest.mark.parametrize(("text", "expected"), INTENTS)
def test_the_intent(text: str, expected: Intent) -> None:
    assert read_intent(text, "zh") is expected
