"""Families of round 73 in Chinese at the questions that are not money (written in a language
not one's own), in words of our own: what is read, and what is asked again.

Chinese typed with a space after every word, as a Korean, Japanese, Vietnamese or western writer
does ("我 没有 买 过"), is read as if written together: months, a pick, a "none", a delay asked
for, a charge denied; a native writer's space between clauses is kept.

Safety: a charge on the statement with its place and sum said not to be one's own, and a charge
from a place one was never at ("i was never there"), are disputes beside an answer. A missed
payment: "paid" beside the unpaid status quoted ("为什么说没有付") and "我没有骗你们" is a claim
of payment. Agreement: how little one reads, and more paid "when the hand is well", beside
"同意" are no refusal, and a yes typed in pinyin ("wo tongyi") is a yes. The cause: the own knee,
waist or ligament hurt is an illness (children taught named after it are no family's); the boss
fled with the wages is a job lost, a customer's boss fled still business trouble. A language the
bot has not, named as a Korean or a Japanese writer names it ("韩国语", "日本语"), is asked for.
The classifier reads spaced words joined at the money questions too: no alarm on a spaced list.
Two languages named, the one switched to is asked for ("can we switch to english? i speak
chinese ok but …"). At a missed payment, a few days more asked for ("能不能晚几天再扣") is a change
of the plan.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import interpret
from dialogs.understanding.meaning import Interpretation, Question, ShownOffer
from dialogs.understanding.rules.answers import signals_refusal
from dialogs.understanding.rules.safety import signals_dispute
from dialogs.understanding.rules.text import chinese_words_joined

OFFERS = (
    ShownOffer("pay_now", 1),
    ShownOffer("instalment", 6),
    ShownOffer("instalment", 12),
    ShownOffer("hardship", 24),
    ShownOffer("settlement", 1),
    ShownOffer("holiday", 12),
)


def read(text: str, question: str) -> Interpretation:
    offers = OFFERS if question == Question.OPTIONS else ()
    return interpret(text, question, "zh", offers=offers)


#: (text, as read): words spaced apart joined; a native writer's clauses kept apart.
JOINED = [
    ("我 没有 买 过 这个 东西", "我没有买过这个东西"),
    ("大概 四 五 个 月 吧", "大概四五个月吧"),
    ("等 了 5 天", "等了5天"),
    ("就第一个吧 你们刚发的", "就第一个吧 你们刚发的"),
    ("上个月住院了 没看手机 这个月能晚几天吗", "上个月住院了 没看手机 这个月能晚几天吗"),
    ("好 就咁先", "好 就咁先"),
]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_words_spaced_apart_are_joined(text: str, expected: str) -> None:
    assert chinese_words_joined(text) == expected


#: (text, question, what is read)
SPACED = [
    ("大概 四 五 个 月", "recovery", "5"),
    ("医生 说 三 个 月 以后 可以 上班", "recovery", "3"),
    ("一 个 月 两 个 月 吧, 爸爸 好 了 就 回 去", "recovery", "2"),
    ("六 期 的 那个 好", "options", "instalment:6"),
    ("都 不 行, 钱 太 多 了, 我 还 不 起", "options", "none"),
    ("我 生 病 住 院 了, 这 个 月 能 不 能 晚 一点", "missed", "change_plan"),
    ("卡 里 的 2.400 元 不是 我 花 的, 我 没 去 过 那个 商店", "other_debts", "dispute"),
]


@pytest.mark.parametrize(("text", "question", "expected"), SPACED)
def test_words_spaced_apart_are_read(text: str, question: str, expected: str) -> None:
    assert read(text, question).meaning == expected


def test_a_charge_denied_word_by_word_is_a_dispute() -> None:
    assert signals_dispute("这 个 消费 不是 我 刷 的")
    assert not signals_dispute("这 个 月 我 会 还 的, 不是 不 想 还")


#: (text, question, what is read): a charge denied beside the answer.
CHARGE_DENIED = [
    ("6603。但是 账单 上 5月 广州 的 4,300元 的 消费 不是 我 的", "verify", "dispute"),
    ("6603 账单里上个月那笔消费不是我刷的", "verify", "dispute"),
    (
        "yes its temporary. there's a charge of 90 from a bar in leeds, i was never there",
        "temporary",
        "dispute",
    ),
    ("3 months. also a payment for a hotel in rome, i've never been there", "recovery", "dispute"),
]


@pytest.mark.parametrize(("text", "question", "expected"), CHARGE_DENIED)
def test_a_charge_denied_beside_an_answer(text: str, question: str, expected: str) -> None:
    assert read(text, question).meaning == expected


def test_no_dispute_in_the_own_charges() -> None:
    assert not signals_dispute("账单上的消费都是我的 就是还不上")
    assert not signals_dispute("the charge from the hotel is mine, i was there for work")


#: (text, the answer at a missed payment)
MISSED = [
    (
        "我 付 了! 10 号 在 银行 柜台 付 的, 有 收据. 为什么 说 没有 付? 我 没有 骗 你们",
        "claim_paid",
    ),
    ("我 已经 付 了, 上 周 在 银行 柜台 付 的, 为什么 说 我 没有 付? 收据 还 在", "claim_paid"),
]


@pytest.mark.parametrize(("text", "expected"), MISSED)
def test_the_missed_payment(text: str, expected: str) -> None:
    assert read(text, "missed").meaning == expected


#: (text, whether the agreement is held back)
REFUSALS = [
    ("同意 签吧 我识字不多 你们说的我都懂了", False),
    ("同意 我不识字 你们说的都听明白了", False),
    ("同意 等腿好了我多还点", False),
    ("同意 等我想想", True),
    ("识字不多 不同意", True),
]


@pytest.mark.parametrize(("text", "expected"), REFUSALS)
def test_the_refusal(text: str, expected: bool) -> None:
    assert signals_refusal(text) is expected


#: (text, question, what is read)
MORE = [
    ("我 膝盖 坏了, 跳 舞 的 时候 韧带 断 了, 不能 教 孩子们 了", "cause", "illness"),
    ("我 的 腰 伤 了, 不能 干 活", "cause", "illness"),
    ("打球的时候拉伤了韧带 现在走不了路", "cause", "illness"),
    ("我妈膝盖坏了 我要照顾她", "cause", "family_emergency"),
    ("工厂 倒闭 了, 老板 跑 了, 工资 没 给", "cause", "job_loss"),
    ("工地上干了两年 包工头跑了 工钱也没拿到", "cause", "job_loss"),
    ("我开的小店 客户的老板跑了 货款没结", "cause", "business_trouble"),
    ("对不起 我 看 不 懂. 可以 用 韩国语 跟 我 说 吗?", "recovery", "language"),
    ("可以 用 日本语 说 吗?", "temporary", "language"),
    ("ok, wo tongyi", "agreement", "accept"),
    ("sounds good, tongyi 👍", "agreement", "accept"),
]


@pytest.mark.parametrize(("text", "question", "expected"), MORE)
def test_more_is_read(text: str, question: str, expected: str) -> None:
    assert read(text, question).meaning == expected


def test_no_alarm_on_a_spaced_list_of_costs() -> None:
    said = "家 里 一 个 月 2 000 元 老婆 孩子 吃 饭. 我 自己 路上 吃 住 800"
    assert read(said, "expenses").meaning not in ("distress", "dispute")


#: (text, question, what is read)
LAST = [
    (
        "can we switch to english please? my chinese is ok but reading is slow",
        "cause",
        "language:en",
    ),
    ("能不能换成英文 我中文看不太懂", "cause", "language:en"),
    ("can you switch to chinese, my english is bad", "cause", "language:zh"),
    ("住了几天院 这个月能不能晚几天再扣 发了工资马上还", "missed", "change_plan"),
    ("可不可以宽限两天 发了工资就还", "missed", "change_plan"),
]


@pytest.mark.parametrize(("text", "question", "expected"), LAST)
def test_the_last_families(text: str, question: str, expected: str) -> None:
    assert read(text, question).meaning == expected
