"""Families of round 65 in Chinese (whole journeys, people in a hurry), in words of our own: what
is read, and what is asked again.

Money, at the spending: items, one more added with a bare "加" and no figure, then "差不多" and
the month's total, a closing "就这样吧" after it ("房贷三千 吃饭一千五 加交通 差不多五千"): the
total, not a sum with it; "加油 五百" is fuel and its figure. At the payments: a loan named with
no figure, said to be paid by a spouse ("房贷是我老婆在还 不从我这出"), beside the own one: the
own; Cantonese "冇其他欠款": none. At the income: the average said last, then "有时更少"; the
own sum now, then the pay before ("以前有提成能拿五千多"). Near misses asked again: the own
payment itself said to be a spouse's, a range averaged, a drop beside the pay before.

Elsewhere: the texts "天天" sent, the reminders "都关掉" (stop_reminders); a language the bot has
not, asked for by name beside "汉语只会说一点" (language, none of the three); Cantonese "唔知",
"讲唔准", "睇下点" (unsure); not knowing what is asked is no "unsure"; the own stroke said first,
a wife named after it as who runs the shop (illness); a cancer by its kind (a wife's: family
emergency); a crop beaten down by hail (business trouble).
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
    read_language_named,
    says_dont_know,
)
from dialogs.understanding.rules.intents import read_cause
from tests.support.amounts import read_as_asked

#: (text, question, the figure read)
READ = [
    ("房贷3300 吃饭1500 加交通 差不多五千 就这样吧", "expenses", "5000"),
    ("房租2000 吃饭1000 加水电 大概四千", "expenses", "4000"),
    ("房租两千 吃饭一千五 加话费交通 一共四千 就这么多", "expenses", "4000"),
    ("房租2000 吃饭1000 加油 五百", "expenses", "3500"),
    ("借呗每月还四百 房贷是我老婆在还 不从我这出 一分都不出", "other_debts", "400"),
    ("花呗每月五百 车贷是我老公在还 不用我出", "other_debts", "500"),
    ("网贷每月八百 房贷都是我爸在还", "other_debts", "800"),
    ("冇其他欠款 档口系自己嘅 唔使供", "other_debts", "0"),
    ("冇其他贷款", "other_debts", "0"),
    ("出粮五千二 冇其他收入", "income", "5200"),
    ("接点零散的稿子 稿费不固定 平均一个月1500吧 有时更少", "income", "1500"),
    ("活不固定 平均一个月两千吧 有时候少点", "income", "2000"),
    ("平均每月三千 有时候多一些", "income", "3000"),
    ("底薪两千 退休金一千八 加起来三千八 以前有提成能拿五千多", "income", "3800"),
    ("现在三千 以前五千多", "income", "3000"),
    ("现在三千二 原来是四千五", "income", "3200"),
]

#: Near misses: asked again.
ASKED_AGAIN = [
    ("借呗每月还四百 是我老婆在还", "other_debts"),
    ("平均一个月六七千吧 有时更少", "income"),
    ("平均一个月1500吧 有时多有时少", "income"),
    ("少了一千 以前五千", "income"),
    ("以前五千多", "income"),
]

#: (text, the intent read)
INTENTS = [
    ("别天天发短信提醒我了 一天震好几回 把提醒都关掉吧 该还的我自己记着", Intent.STOP_REMINDERS),
    ("别天天给我发消息 烦", Intent.STOP_REMINDERS),
    ("把通知全关了吧 我自己记得", Intent.STOP_REMINDERS),
    ("能不能用维吾尔语 汉语的字我看不太懂 我汉语只会说一点", Intent.LANGUAGE),
    ("有藏文的吗", Intent.LANGUAGE),
    ("能说粤语吗 中文只会说一点", Intent.LANGUAGE),
]

#: (text, the cause read)
CAUSES = [
    ("我年初中风了 住了一个多月院 店里全靠我老婆一个人弄", Cause.ILLNESS),
    ("我去年脑梗住了院 店里都是我儿子在管", Cause.ILLNESS),
    ("我妈中风了 我得照顾她", Cause.FAMILY_EMERGENCY),
    ("老婆查出乳腺癌 在做化疗 我两头跑", Cause.FAMILY_EMERGENCY),
    ("我在做化疗 没法上班", Cause.ILLNESS),
    ("今年五月下冰雹 四十亩瓜全打烂了", Cause.BUSINESS_TROUBLE),
    ("冰雹把苹果全砸了", Cause.BUSINESS_TROUBLE),
]


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, question: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(("text", "expected"), INTENTS)
def test_the_intent(text: str, expected: Intent) -> None:
    assert read_intent(text, "zh") is expected


def test_no_language_of_the_three_is_named() -> None:
    assert read_language_named("能不能用维吾尔语 汉语的字我看不太懂 我汉语只会说一点") is None
    assert read_language_named("英语就会讲几句 还是用中文吧") == "zh"


@pytest.mark.parametrize("text", ["唔知 睇下点", "讲唔准", "唔知啊"])
def test_cantonese_not_knowing(text: str) -> None:
    assert says_dont_know(text)


def test_not_knowing_what_is_asked_is_no_answer() -> None:
    assert not says_dont_know("孩子不在家我就不知道你们问的是什么")


@pytest.mark.parametrize(("text", "expected"), CAUSES)
def test_the_cause(text: str, expected: Cause) -> None:
    assert read_cause(text, "zh") is expected
