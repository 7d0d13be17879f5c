"""Families of round 71 in Chinese (mixed speech: Cantonese, borrowed words), in words of our
own: what is read, and what is asked again.

Safety: wishing to sleep and never wake, said in Cantonese, is distress; no other card ever
taken, a salary card closed after leaving a job, clothes not bought for long are no dispute.
Agreement: "不会再忘了" beside "同意" is a promise, thanks for the time to breathe no wait.
Money: the pay and then what is left after deductions is no list to add up; a Cantonese loan
("借咗") is a balance beside its payment; a family loan with no monthly sum agreed, said in
Cantonese, is asked again.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from dialogs.understanding.rules.answers import signals_refusal
from dialogs.understanding.rules.safety import signals_dispute, signals_distress
from tests.support.amounts import read_as_asked

#: (text, whether it is distress)
DISTRESS = [
    ("应该系暂时嘅 但系我瞓唔着 有时真想瞓过去唔好再醒", True),
    ("成日都想睡过去唔想再醒", True),
    ("好攰 想瞓低唔再醒", True),
    ("瞓醒咗先覆你", False),
    ("唔好再醒我啦 我已经还咗", False),
]


@pytest.mark.parametrize(("text", "expected"), DISTRESS)
def test_the_distress(text: str, expected: bool) -> None:
    assert signals_distress(text) is expected


#: (text, whether it is a dispute)
DISPUTES = [
    ("就你们一张卡 别的卡都没办过", False),
    ("只有这张 其他贷款也没申请过", False),
    ("房租两千 吃饭一千五 好几个月没买过衣服了", False),
    ("工资卡离职以后就注销了 换了新卡 怎么还", False),
    ("我以前那张储蓄卡已经销户了 能发个链接吗", False),
    # still a dispute: this card closed, this card never taken
    ("这张卡我早就销户了", True),
    ("这卡我从来没办过", True),
    ("我没买过这些东西", True),
]


@pytest.mark.parametrize(("text", "expected"), DISPUTES)
def test_the_dispute(text: str, expected: bool) -> None:
    assert signals_dispute(text) is expected


#: (text, whether it is a refusal)
REFUSALS = [
    ("同意 以后我设个闹钟 不会再忘了", False),
    ("可以 同意 这次绝不会再忘了", False),
    ("同意 谢谢你们给我时间缓一缓", False),
    ("同意 感谢肯让我喘口气 每个月五号前转过去", False),
    # still no agreement: a wait asked, a doubt
    ("同意 但是能不能缓一缓", True),
    ("同意 不过我可能会忘", True),
    ("谢谢给我时间缓一缓 我再想想", True),
]


@pytest.mark.parametrize(("text", "expected"), REFUSALS)
def test_the_refusal(text: str, expected: bool) -> None:
    assert signals_refusal(text) is expected


def test_an_agreement_with_a_promise_is_accepted() -> None:
    assert interpret("同意 设好自动还款了 不会再忘了 谢谢", "agreement", "zh").meaning == "accept"


#: (text, question, the amount read)
READ = [
    ("问阿哥借咗两万 每个月还两千", "other_debts", "2000"),
    ("借咗财务公司五万 每个月还三千", "other_debts", "3000"),
    ("月薪八千 扣完社保七千", "income", "7000"),  # the net said plainly: read as before
    ("房租两千 吃饭差不多一千", "expenses", "3000"),  # a hedge before an item's name: a list
]

#: Asked again: the pay and then what is left of it (never the two added), a loan with no
#: monthly sum agreed.
ASKED_AGAIN = [
    ("月薪八千 扣完社保差不多七千", "income"),
    ("工资八千 差不多七千", "income"),
    ("月薪两万二港纸 扣完强积金差不多两万", "income"),
    ("人工一万 扣掉保险大概九千", "income"),
    ("跟亲戚借咗三万 冇讲每个月还几多 有钱就还", "other_debts"),
    ("问阿姐借咗两万 冇说每个月还几多", "other_debts"),
]


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, question: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure judged ("不算多": not much), nothing left out of it
        ("家里吃的用的 水电 一个月两千五左右 不算多", "2500"),
        ("两千五 不算太多吧", "2500"),
        # an item not counted is still left out: asked again
        ("每个月三千 不算房租", None),
    ],
)
def test_a_figure_judged_not_much_is_no_part_left_out(text: str, expected: str | None) -> None:
    reading = read_as_asked(text, "zh", "expenses")
    if expected is None:
        assert reading == AmountReading(None, AmountProblem.AMBIGUOUS)
    else:
        assert reading == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        # two instalments paid together next month, or the payment put off to a day: a change
        ("下个月两期一起还可以吗", "change_plan"),
        ("可唔可以下个月两期一齐还", "change_plan"),
        ("这期能不能推迟到下个月", "change_plan"),
        ("可以延到15号吗", "change_plan"),
        # paid already, the day named: a claim that it was paid
        ("上个月两期一起还了", "claim_paid"),
        ("我15号已经转过去了", "claim_paid"),
    ],
)
def test_a_missed_payment_put_off_is_a_change_of_plan(text: str, meaning: str) -> None:
    assert interpret(text, "missed", "zh").meaning == meaning
