"""Families of round 69 in Chinese at the questions that are not money (answers out of step), in
words of our own: what is read, and what is asked again.

Safety: not wanting to live said in Cantonese is distress; the card owned beside its digits, this
card named as the only debt, another loan paid off (or to be in a month named) are no dispute.
Agreement: a promise not to be late, an apology for the wait, a Cantonese closing word beside
"同意" are no refusal. The cause: an injury said first with the "我" left out is the own illness.
A missed payment: paid in the south or in Cantonese ("我有还啊", "过咗数", "转咗") beside "not
credited yet?", how to pay at the bank's counter or late, a few days more or next month together
asked, the reminders taken back after a stop, the calls and texts stopped together. The options:
"none" said first beside the pay or a loan named; a pick said first and what it is after it.
Time: a month and a half is two; a month of the year with what happens in it is a date; the own
safe figure after a long aside; work back at a time to come is temporary; a figure "都有可能" is
no "don't know".
"""

from __future__ import annotations

import pytest

from dialogs.understanding import interpret
from dialogs.understanding.meaning import Interpretation, Question, ShownOffer
from dialogs.understanding.rules import Intent, read_intent
from dialogs.understanding.rules.answers import read_temporary, signals_refusal
from dialogs.understanding.rules.safety import signals_distress

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


#: (text, whether it is distress)
DISTRESS = [
    ("唔知呀 间铺冇得开 我真係唔想再活落去", True),
    ("我成日都谂 活唔落去喇", True),
    ("老婆病咗 我都唔想继续活", True),
    ("唔知呀 睇下点啦", False),
]


@pytest.mark.parametrize(("text", "expected"), DISTRESS)
def test_the_distress(text: str, expected: bool) -> None:
    assert signals_distress(text) is expected


#: (text, question, what is read): no dispute heard.
NO_DISPUTE = [
    ("3391 是我的卡", "verify", "3391"),
    ("尾号7705 卡是我自己的", "verify", "7705"),
    ("只有你们这张信用卡", "other_debts", "0"),
    ("饭钱一千二 房租八百 两千 车贷去年就还清了", "expenses", "2000"),
]


@pytest.mark.parametrize(("text", "question", "expected"), NO_DISPUTE)
def test_no_dispute_is_heard(text: str, question: str, expected: str) -> None:
    assert read(text, question).meaning == expected


def test_a_card_denied_is_still_a_dispute() -> None:
    assert read("这不是我的卡 我从来没办过", "verify").meaning == "dispute"


#: (text, whether the agreement is held back)
REFUSALS = [
    ("同意 谢谢你们肯通融 等收了租一定按时还 不会拖", False),
    ("好 同意 歹势让你们等这么久", False),
    ("同意 不好意思让你们久等了", False),
    ("得 同意 就咁先", False),
    ("好 就咁先", True),  # no agreement in words: "leave it for now"
    ("让你们等这么久 我再想想", True),
]


@pytest.mark.parametrize(("text", "expected"), REFUSALS)
def test_the_refusal(text: str, expected: bool) -> None:
    assert signals_refusal(text) is expected


#: (text, the cause)
CAUSES = [
    ("受伤了 在工地被钢管砸了腿 老婆吓坏了 现在只能躺着", "illness"),
    ("骨折了 从梯子上摔的 老公一个人上班", "illness"),
    ("我老婆受伤了 住院", "family_emergency"),
]


@pytest.mark.parametrize(("text", "expected"), CAUSES)
def test_the_cause(text: str, expected: str) -> None:
    assert read(text, "cause").meaning == expected


#: (text, the answer at a missed payment)
MISSED = [
    ("这个月我有还啊 10号转的 是不是你们没收到", "claim_paid"),
    ("我已经过咗数喇 用支付宝转嘅", "claim_paid"),
    ("已经还咗 你哋睇下系咪未入账", "claim_paid"),
    ("我月初去银行柜台还掉的 回执还在", "claim_paid"),
    ("这个月的钱上哪儿交 银行柜台能交吗", "how_to_pay"),
    ("上个月钱不够没扣成 现在存进去了 怎么补交", "how_to_pay"),
    ("呢个月啲钱点俾呀 可唔可以去银行柜位交", "how_to_pay"),
    ("这个月能不能缓几天 25号之前一定还上", "change_plan"),
    ("货款还没结 这个月晚五天还行不", "change_plan"),
    ("这个月不够 下个月一起还行吗", "change_plan"),
    ("之前嫌烦让你们别发提醒了 结果又忘了 还是给我发吧", "resume_reminders"),
]


@pytest.mark.parametrize(("text", "expected"), MISSED)
def test_the_missed_payment(text: str, expected: str) -> None:
    assert read(text, "missed").meaning == expected


def test_the_calls_and_texts_stopped() -> None:
    said = "这几天在外面演出 先别给我打电话发短信了 回来再说"
    assert read_intent(said, "zh") is Intent.STOP_REMINDERS


#: (text, the answer at the options)
OPTIONS = [
    ("都不行 最少的也要每个月一千多 我一个月才两千一", "none"),
    ("都不行 上面那个车贷八百已经压得我够呛", "none"),
    ("冇一个啱 都唔得", "none"),
    ("都不行 我每个月只能还五百", "amount:500"),
    ("都不行 三百块一个月可以吗", "amount:300"),
    ("就第一个吧 你们刚发的", "1"),
    ("第二个 刚才那个", "2"),
]


@pytest.mark.parametrize(("text", "expected"), OPTIONS)
def test_the_options(text: str, expected: str) -> None:
    assert read(text, "options").meaning == expected


#: (text, the months read at the recovery)
MONTHS = [
    ("大概一个半月", "2"),
    ("两个半月左右吧", "3"),
    ("刚说了 两个月 拆了线还要养一阵 保险点就算三个月吧", "3"),
    ("说不准 在考驾照 十一月考试 考出来再找活", "unsure"),
    ("大概三月吧", "3"),  # "三月" alone still counted
]


@pytest.mark.parametrize(("text", "expected"), MONTHS)
def test_the_months(text: str, expected: str) -> None:
    assert read(text, "recovery").meaning == expected


#: (text, the answer at "is it temporary?")
TEMPORARY = [
    ("老家的事办完了 下个月就能正常开工 到时候一个月六七千都有可能", "yes"),
    ("说不好 两种都有可能", "unsure"),
]


@pytest.mark.parametrize(("text", "expected"), TEMPORARY)
def test_temporary(text: str, expected: str) -> None:
    assert read(text, "temporary").meaning == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("明年三月又开始收茶了 到时候天天有活", True),
        ("过完年就能复工", True),
        ("厂子倒闭了 下个月也不能开工", False),
    ],
)
def test_work_back_at_a_time_to_come(text: str, expected: bool | None) -> None:
    assert read_temporary(text) is expected
