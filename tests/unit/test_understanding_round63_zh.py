"""Families of round 63 in Chinese (whole journeys), in words of our own: what is read, and what
is asked again.

The dispute: unpaid wages complained of to the labour office ("去劳动局投诉了") dispute nothing
of this debt; a complaint to the bank still does.

The yes: "没毛病" (no fault in it), alone or with "同意", is a yes, not a "没".

The reminders: switched off before, "rather switch them back on" after ("之前把提醒关了 … 还是
给我开回来吧"); near miss: the switching off alone.

The language: English named beside a Chinese contract said to be hard to read ("中文合同里的术语
我看着吃力"): the language asked for is English.

The missed payment: paid, then asked whether it arrived ("你们看看到了没有", "你们没收到吗"), a
claim; near miss: not paid.

Money: at the spending, two items added with the pair's figure after ("药费加上请护工 差不多
四千"), the rest of the household's costs paid by the spouse ("其他的老公在付"), the own figure
read; at the monthly payments, a friend's loan not paid monthly, paid back "when there is money"
("有钱再还"), beside another debt's payment. Near misses asked again: the cost itself paid by the
spouse, "more when there is money" ("有钱再还多点"). An item's figure, items added with none,
then "about" the month's total ("房租三千 加上吃饭 差不多五千"): the total, as without "about".
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import (
    AmountProblem,
    AmountReading,
    Intent,
    read_intent,
    read_language_named,
    read_missed_answer,
    read_yes_no,
    signals_refusal,
)
from dialogs.understanding.rules.safety import signals_dispute
from tests.support.amounts import read_as_asked

#: (text, whether a dispute is read)
DISPUTES = [
    ("公司倒闭了 老板跑路 欠我两个月工资 去劳动局投诉也没用 现在没工作", False),
    ("厂里拖欠工资 我们去劳动监察投诉了 还没结果", False),
    ("工资一直不发 已经投诉到劳动局了", False),
    ("你们乱收利息 我要投诉你们", True),
    ("我要去银保监投诉", True),
]

#: (text, the yes or no read)
YES_NO = [
    ("没毛病 同意", True),
    ("没毛病", True),
    ("没毛病 可以", True),
    ("没有", False),
]

#: (text, whether a refusal is read at the agreement)
REFUSALS = [
    ("没毛病 同意", False),
    ("没毛病 签吧", False),
    ("没毛病 但是利息太高了", True),
]

#: (text, the intent read)
INTENTS = [
    ("之前嫌烦把提醒关了 结果老是忘 还是给我开回来吧", Intent.RESUME_REMINDERS),
    ("以前把短信提醒关掉了 现在帮我打开吧", Intent.RESUME_REMINDERS),
    ("上次把还款提醒停了 总是忘记 还是帮我重新开开", Intent.RESUME_REMINDERS),
]

#: Near misses: no intent, or not the one above.
INTENTS_NOT_RESUMED = [
    ("之前把提醒关了", Intent.RESUME_REMINDERS),
]

#: (text, the language named)
LANGUAGES_NAMED = [
    ("有英文版的吗 中文合同里的术语我看着有点吃力", "en"),
    ("can i get it in english? 中文的条款我读起来很费劲", "en"),
    ("中文协议看着太吃力了 有没有英文的", "en"),
]

#: (text, the missed payment's answer)
MISSED = [
    ("钱让我儿子帮忙转过去了 昨天转的 你们看看到了没有", "claim_paid"),
    ("我前天已经还了 支付宝转的 你们没收到吗", "claim_paid"),
    ("上周就转过去了 你们收到没有", "claim_paid"),
    ("还没还 钱也没收到", None),
]

#: (text, question, the figure read)
READ = [
    ("我这边每个月爸爸的药费加上请护工 差不多三千 家里其他的老婆在付", "expenses", "3000"),
    ("每个月药费加上护工 大概四千", "expenses", "4000"),
    ("我每个月吃饭交通一千五 其他的老公在付", "expenses", "1500"),
    ("借呗每个月还800 同事那一万不用按月还 有钱再还他", "other_debts", "800"),
    ("花呗每月还八百 欠我哥三万 不用每个月还 等有钱了再还", "other_debts", "800"),
    ("欠我哥三万 不用每个月还 等有钱了再还", "other_debts", "0"),
    # an item with a figure, items added without one, then about the month's total: the total
    ("房租三千 加上吃饭 差不多五千", "expenses", "5000"),
    ("房租两千五 加上水电吃饭大概四千", "expenses", "4000"),
    ("菜钱一千二，加上房租，一共三千五左右", "expenses", "3500"),
    # the last figure less than the one before: an item's own figure, summed as before
    ("房租三千 加上吃饭差不多一千", "expenses", "4000"),
]

#: Near misses: asked again.
ASKED_AGAIN = [
    ("房租两千 老公在付", "expenses"),
    ("每月还五百 有钱再还多点", "other_debts"),
    ("房租三千 加上水电", "expenses"),
]


@pytest.mark.parametrize(("text", "expected"), DISPUTES)
def test_the_dispute(text: str, expected: bool) -> None:
    assert signals_dispute(text) is expected


@pytest.mark.parametrize(("text", "expected"), YES_NO)
def test_the_yes_or_no(text: str, expected: bool) -> None:
    assert read_yes_no(text, "zh") is expected


@pytest.mark.parametrize(("text", "expected"), REFUSALS)
def test_the_refusal(text: str, expected: bool) -> None:
    assert signals_refusal(text) is expected


@pytest.mark.parametrize(("text", "expected"), INTENTS)
def test_the_intent(text: str, expected: Intent) -> None:
    assert read_intent(text, "zh") is expected


@pytest.mark.parametrize(("text", "not_expected"), INTENTS_NOT_RESUMED)
def test_the_intent_is_not_guessed(text: str, not_expected: Intent) -> None:
    assert read_intent(text, "zh") is not not_expected


@pytest.mark.parametrize(("text", "expected"), LANGUAGES_NAMED)
def test_the_language_named(text: str, expected: str) -> None:
    assert read_language_named(text) == expected


@pytest.mark.parametrize(("text", "expected"), MISSED)
def test_the_missed_payments_answer(text: str, expected: str | None) -> None:
    assert read_missed_answer(text) == expected


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, question: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(None, AmountProblem.AMBIGUOUS)
