"""Families of round 74 in Chinese at the questions that are not money (whole journeys told at
length), in words of our own: what is read, and what is still asked again or heard otherwise.

Safety: no other loan ever taken with the count between ("别的贷款我一个都没办过"), a month
without meat bought, the bank's own texts feared a scam are no dispute. Agreement: the card paid
first in another's advice, more or all paid early when money comes after a comma, "不会让你们为难"
are no refusal. A missed payment: which bank and what to say at its counter asked is how to pay;
paid from another account the bank's side did not match is still paid. A plan's details: a
sentence of a story that picks the plan picks it.
Time: "don't know" named as the answer to put down stands over the months the story names; a
don't-know said first with what way to choose not known after is unsure, not the help; the
duration settled on ("先按两个月") over the others named. The options: an own amount asked for
with the offers found too dear is the own amount. The reminders switched off before, "还是把提醒
给我打开吧" after, resumed. The cause: the births of a town are no family emergency; a crop's
buying price, stock left on one's hands are a business's trouble; paid by the tour or the lesson
and fewer of them, less income.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import interpret
from dialogs.understanding.meaning import Interpretation, Question, ShownOffer
from dialogs.understanding.rules import read_months, signals_dispute
from dialogs.understanding.rules.answers import signals_refusal

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


#: (text, question, what is read): no dispute heard.
NO_DISPUTE = [
    ("没有 就你们这一张卡欠着钱 别的贷款我一个都没办过", "other_debts", "0"),
    ("就欠你们的 其他的卡我一张也没申请过", "other_debts", "0"),
    ("饭钱八百 水电一百 一共九百 一个月没买过一斤肉", "expenses", "900"),
    ("你们发的短信链接我不敢点 怕是骗子 还钱去哪个银行", "missed", "how_to_pay"),
]


@pytest.mark.parametrize(("text", "question", "expected"), NO_DISPUTE)
def test_no_dispute_is_heard(text: str, question: str, expected: str) -> None:
    assert read(text, question).meaning == expected


@pytest.mark.parametrize(
    "text", ["这笔消费我没买过 不认", "这张卡我从来没办过", "我怀疑这是诈骗 这笔不是我刷的"]
)
def test_a_charge_denied_is_still_a_dispute(text: str) -> None:
    assert signals_dispute(text)


#: (text, whether the agreement is held back)
REFUSALS = [
    ("同意。我老婆还劝我先把卡还上 等到了旺季，我每个月再多还点", False),
    ("同意，等店的转让费下来我会提前还清，不会让你们为难", False),
    ("同意 等房子卖了我就一次性还清", False),
    ("同意 不过等我先问问老婆", True),
    ("同意，等发了工资再签", True),
]


@pytest.mark.parametrize(("text", "expected"), REFUSALS)
def test_the_refusal(text: str, expected: bool) -> None:
    assert signals_refusal(text) is expected


#: (text, the answer at a missed payment)
MISSED = [
    ("又忘了 你就告诉我去哪个银行 到柜台上怎么说", "how_to_pay"),
    ("我不会用手机还 去哪家银行能还 柜员那里该怎么办", "how_to_pay"),
    ("我已经还了 用店里的公户转的 户名对不上 你们那边没认出来 查查", "claim_paid"),
    ("上个月用我老婆的卡转过去了 可能你们系统没识别出来 查一下", "claim_paid"),
]


@pytest.mark.parametrize(("text", "expected"), MISSED)
def test_the_missed_payment(text: str, expected: str) -> None:
    assert read(text, "missed").meaning == expected


#: (text, the answer at the recovery)
RECOVERY = [
    ("不知道。医生说前六个月最要紧 现在过去三个多月了 我只能说不知道", "unsure"),
    ("说不好 房东说三个月后再谈 你让我报几个月 报了也是瞎报", "unsure"),
    ("这个真说不准 等通知三个字 你就给我填个不知道吧", "unsure"),
    ("说不好 要看订单 大概三个月吧", "3"),  # a figure given, no "don't know" put down
    ("现在是八月 到十月也就两个月 要是客人不多就难说了 先按两个月 老板开店十年了", "2"),
]


@pytest.mark.parametrize(("text", "expected"), RECOVERY)
def test_the_recovery(text: str, expected: str) -> None:
    assert read(text, "recovery").meaning == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("医生说要半年 我觉得三个月就够了 那就按三个月算吧", 3),
        ("按三个月 按六个月都行", None),  # two settled on: asked again
    ],
)
def test_the_months_settled_on(text: str, expected: int | None) -> None:
    assert read_months(text, "zh") == expected


#: (text, the answer at "is it temporary?")
TEMPORARY = [
    (
        "我也说不好。医生说养得好明年能回去上班，养不好就一直这样，你说这算不算暂时的，"
        "我真不知道怎么选，真的说不好",
        "unsure",
    ),
    ("说不准 老板说看下个月订单 你说这样算不算暂时的", "unsure"),
    ("不知道 什么算暂时的？", "help"),  # the meaning asked: the help text
]


@pytest.mark.parametrize(("text", "expected"), TEMPORARY)
def test_temporary(text: str, expected: str) -> None:
    assert read(text, "temporary").meaning == expected


#: (text, the answer at a plan's details)
DETAIL = [
    (
        "看了这个方案 每个月的钱我能承受 二十四期也不算长。就选这个方案，谢谢你们，"
        "这段时间我一个人扛着",
        "choose",
    ),
    ("看了 每月还得起 就这个吧 谢谢", "choose"),
    ("就选这个吧 不过我得先问问老婆", "back"),
    ("这个太贵了 就这个吧 还是算了", "back"),
]


@pytest.mark.parametrize(("text", "expected"), DETAIL)
def test_the_detail(text: str, expected: str) -> None:
    assert read(text, "detail").meaning == expected


#: (text, the answer at the options)
OPTIONS = [
    ("我自己报个金额吧 这几个都太高了", "counter"),
    ("我想提一个我自己的金额 这几个方案每个月都超出我能力了", "counter"),
    ("都太贵了 我想自己出个数", "counter"),
    ("都不行 我自己也报不出来", "none"),
]


@pytest.mark.parametrize(("text", "expected"), OPTIONS)
def test_the_options(text: str, expected: str) -> None:
    assert read(text, "options").meaning == expected


@pytest.mark.parametrize(
    "text",
    [
        "之前我把你们的还款提醒关了 结果一忙就忘 麻烦还是把提醒给我打开吧",
        "以前嫌烦把短信关了，现在还是把短信帮我重新打开吧",
    ],
)
def test_the_reminders_resumed(text: str) -> None:
    assert read(text, "verify").meaning == "resume_reminders"


#: (text, the cause)
CAUSES = [
    ("开了个儿童乐园 现在生孩子的少了 店里亏了大半年", "business_trouble"),
    ("老婆生孩子 花了不少", "family_emergency"),
    ("柠檬价钱跌惨了 收购价才一块多一斤", "business_trouble"),
    ("橘子收购价才五毛一斤 摘了也卖不上价", "business_trouble"),
    ("倒腾二手手机 一降价 压的货全砸手里了", "business_trouble"),
    ("做领队的，一直按团结钱。今年下大雨线路封了，团少了一大半", "reduced_income"),
    ("我教钢琴 按课时算钱 放暑假学生少了一半", "reduced_income"),
]


@pytest.mark.parametrize(("text", "expected"), CAUSES)
def test_the_cause(text: str, expected: str) -> None:
    assert read(text, "cause").meaning == expected
