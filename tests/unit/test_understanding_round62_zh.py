"""Families of round 62 in Chinese (whole journeys), in words of our own: what is read, and what
is asked again.

The card's digits: four typed with one letter slipped in for a digit (o for a zero, l or i for a
one), no other four said ("后四位 5O71"). Near misses: two such groups, a word, a real four.

The language: English asked for, beside typing Chinese said to be slow ("打中文太慢了"): the
language named is English, Chinese is only what is slow.

The reminders: switched off before, asked to be switched on again ("之前把提醒关了 … 帮我把提醒重新
打开"); near miss: the switching off alone.

The cause: a farm's stock or crop lost (a flood through the fish cages, the eels gone, the pigs
dead) and a business opened that keeps losing ("开了个…馆 … 一直在亏"), beside a rent rise, as
business trouble; "income down" in English beside Chinese as reduced income.

The missed payment: paid, the bank's screen said not refreshed ("是不是你们没刷新") as a claim;
"how do I pay" in Cantonese ("點樣還").

Money: read at income, the own take of a turnover ("流水两万 … 自己落四千"); the pay now after a
season's ("挖笋季一个月五六千 现在淡季 打零工一千五"). Read as none at the monthly payments: a
family debt of no hurry, not paid monthly ("他说不急 不用每月还"). Near misses asked again: the
own take as a bound, a season's and an off season's figure with no now, a family debt not paid
monthly with no hurry said.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.domain.vocabulary import Cause
from dialogs.understanding.rules import (
    AmountProblem,
    AmountReading,
    Intent,
    read_card_digits,
    read_cause,
    read_intent,
    read_language_named,
    read_missed_answer,
)
from tests.support.amounts import read_as_asked

#: (text, the digits read)
DIGITS = [
    ("后四位 8O24", "8024"),
    ("后四位66l3", "6613"),
    ("尾号是 5O71", "5071"),
    ("卡号最后是39l2", "3912"),
    ("ends in 3I07", "3107"),
]

#: Near misses: no four read, or the real four.
DIGITS_NOT_GUESSED = [
    ("我的卡 1o24 还是 1O25", None),
    ("l8r 2nd", None),
    ("lol1", None),
    ("尾号 12o4 不对 是1204", "1204"),
]

#: (text, the language named)
LANGUAGES_NAMED = [
    ("can we switch to english? 打中文太慢了", "en"),
    ("打中文字太累了 换成英文吧", "en"),
    ("用英文吧 打这么多中文很费劲", "en"),
]

#: (text, the intent)
INTENTS = [
    ("之前把提醒关了 结果这期就忘了 帮我把提醒重新打开", Intent.RESUME_REMINDERS),
    ("上次让你们把通知关了 现在请重新打开通知", Intent.RESUME_REMINDERS),
    ("帮我把提醒重新打开", Intent.RESUME_REMINDERS),
    # near misses: the switching off alone
    ("把提醒关了", Intent.STOP_REMINDERS),
    ("之前把提醒关了 以后也别发", Intent.STOP_REMINDERS),
]

#: (text, the cause)
CAUSES = [
    ("发大水 网箱全冲了 黄鳝跑了一大半", Cause.BUSINESS_TROUBLE),
    ("鱼塘被洪水冲了 鱼全跑了", Cause.BUSINESS_TROUBLE),
    ("猪场闹瘟 猪死了一大半", Cause.BUSINESS_TROUBLE),
    ("开了个绘本馆 今年续卡的家长少了一半 房租又涨 一直在亏", Cause.BUSINESS_TROUBLE),
    ("前年开了家小茶馆 一直不赚钱", Cause.BUSINESS_TROUBLE),
    ("淡季没什么客人 income down a lot", Cause.REDUCED_INCOME),
    # near misses: the rent alone, a pet, a relative's illness beside the farm
    ("房租又涨了", Cause.OTHER),
    ("我家的狗死了", Cause.OTHER),
    (
        "老婆查出来癌症 去省城化疗 钱全拿去看病了 塘里的鱼也没人管",
        Cause.FAMILY_EMERGENCY,
    ),
]

#: (text, the answer read at the missed payment)
MISSED = [
    ("我已经还了 是不是你们没刷新", "claim_paid"),
    ("昨天就转过去了 你们系统没同步吧", "claim_paid"),
    ("唔記得咗 我而家還 點樣還", "how_to_pay"),
    ("点样还钱呀", "how_to_pay"),
]

#: (text, question, the amount read)
READ = [
    ("淘宝店一个月流水两万 扣掉成本快递 自己落四千", "income", "4000"),
    ("流水三万 刨去进货 我能剩五千", "income", "5000"),
    ("营业额八万 我自己挣一万二", "income", "12000"),
    ("挖笋季一个月五六千 现在淡季 打零工一千五", "income", "1500"),
    ("采茶季一个月七八千 现在淡季 在饭店帮工两千", "income", "2000"),
    ("旺季五千 目前一千八", "income", "1800"),
    # near miss: a quarter is no season
    ("一季度发一次奖金 每月四千 现在还是四千", "income", "4000"),
    ("就借了我弟两万 他说不急 不用每月还 其他没了", "other_debts", "0"),
    ("借表姐一万 她说不着急 不用每个月还", "other_debts", "0"),
    # near misses: a debt paid monthly said beside it
    ("欠我哥两万 他说不急 不用按月还 花呗每月三百", "other_debts", "300"),
]

#: (text, question)
ASKED_AGAIN = [
    # the own take as a bound
    ("流水两万 自己落四千多", "income"),
    # a season's and an off season's figure, none said to be now's
    ("旺季八千 淡季三千", "income"),
    ("旺季八千 现在淡季 两千多", "income"),
    # not paid monthly, no hurry said: maybe now and then
    ("借了我弟两万 不用每月还", "other_debts"),
]


@pytest.mark.parametrize(("text", "expected"), DIGITS + DIGITS_NOT_GUESSED)
def test_the_cards_digits(text: str, expected: str | None) -> None:
    assert read_card_digits(text) == expected


@pytest.mark.parametrize(("text", "expected"), LANGUAGES_NAMED)
def test_the_language_named(text: str, expected: str) -> None:
    assert read_language_named(text) == expected


@pytest.mark.parametrize(("text", "expected"), INTENTS)
def test_the_intent(text: str, expected: Intent) -> None:
    assert read_intent(text, "zh") is expected


@pytest.mark.parametrize(("text", "expected"), CAUSES)
def test_the_cause(text: str, expected: Cause) -> None:
    assert read_cause(text, "zh") is expected


@pytest.mark.parametrize(("text", "expected"), MISSED)
def test_the_missed_payments_answer(text: str, expected: str) -> None:
    assert read_missed_answer(text) == expected


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, question: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(None, AmountProblem.AMBIGUOUS)
