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

The second pass: a person asked to ring in traditional characters or Cantonese ("搵個人打電話畀
我"); the questions in one language not understood beside a switch to another: the other;
this month's payment pushed back ("这个月能不能往后推一下"): a change of plan; a burn or a fall
named by how it hurt ("烫伤", "摔伤"): an illness; a family loan paid "when there is money" and
not monthly: none.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.domain.vocabulary import Cause
from dialogs.understanding.rules import (
    AmountProblem,
    AmountReading,
    Intent,
    read_intent,
    signals_refusal,
)
from dialogs.understanding.rules.answers import read_missed_answer
from dialogs.understanding.rules.intents import read_cause, read_language_named
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
    # a person asked to ring, in traditional characters or Cantonese, at any step
    ("看唔明你問乜 叫個人打電話給我講 我手機號就係呢個", Intent.PERSON),
    ("搵個人打畀我啦 我講唔清楚", Intent.PERSON),
    ("可唔可以叫個同事回個電話俾我", Intent.PERSON),
    ("讓工作人員打電話給我吧", Intent.PERSON),
]

#: (text, the language named): not the one whose questions are not understood
LANGUAGES = [
    ("can we switch to English pls? 中文的问题我老看不懂", "en"),
    ("换成英文吧 中文的问题我总是看不明白", "en"),
    ("can you do english? 中文的问题我经常看不太懂", "en"),
    ("说中文吧 英文的问题我老是看不懂", "zh"),
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


@pytest.mark.parametrize(("text", "expected"), LANGUAGES)
def test_the_language_named(text: str, expected: str) -> None:
    assert read_language_named(text) == expected


#: (text, the answer at a missed payment): this month's payment pushed back is a change of plan;
#: a payment said made beside it is still a claim
MISSED = [
    (
        "不是不还 新厂的工资下个月十号才发 这个月能不能往后推一下 发了工资马上还",
        "change_plan",
    ),
    ("这个月的能不能往后挪几天 工资还没发", "change_plan"),
    ("这期先往后推一推 月底一定还", "change_plan"),
    ("月供能不能往后延半个月", "change_plan"),
    ("这个月已经还了 下个月往后推吧", "claim_paid"),
]

#: (text, the cause): a burn or a fall named by how it hurt is an illness, a relative's still a
#: family emergency
CAUSES = [
    (
        "烫伤了 端汤锅的时候滑了一跤 二度烫伤 三个礼拜没开店 米线店就我跟我媳妇两个人",
        Cause.ILLNESS,
    ),
    ("炸油条的时候油锅翻了 手烫伤了 店开不了一个月", Cause.ILLNESS),
    ("在工地摔伤了腿 干不了活", Cause.ILLNESS),
    ("切菜割伤了手 缝了八针 饭馆关了半个月", Cause.ILLNESS),
    ("我老婆做饭烫伤了手 住了几天院", Cause.FAMILY_EMERGENCY),
]

#: (text, question, the figure read): a family loan paid back when there is money, then said
#: not to be paid monthly: none; another debt's payment beside it is the answer
SECOND_READ = [
    (
        "就是欠亲戚的钱 给娃娃结婚借的五万 人家没说啥时候还 说有了就给 不用每个月还 就这张卡",
        "other_debts",
        "0",
    ),
    ("借表哥三万 他说有钱了再还 不用每个月还", "other_debts", "0"),
    ("房贷每月两千 欠我姐两万 有了就还她 不用按月还", "other_debts", "2000"),
    ("欠我姐两万 有了就还她 不用按月还 信用卡每月还八百", "other_debts", "800"),
    ("欠我姐两万 有了就还 每月还五百", "other_debts", "500"),
]


@pytest.mark.parametrize(("text", "expected"), MISSED)
def test_the_missed_answer(text: str, expected: str) -> None:
    assert read_missed_answer(text) == expected


@pytest.mark.parametrize(("text", "expected"), CAUSES)
def test_the_cause(text: str, expected: Cause) -> None:
    assert read_cause(text, "zh") is expected


@pytest.mark.parametrize(("text", "question", "expected"), SECOND_READ)
def test_the_second_pass_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)
