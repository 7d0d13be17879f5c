"""Families of round 69 in Chinese at the money questions (answers out of step), in words of our
own: what is read, and what is asked again.

At the own offer, a figure said as what it is, not as what can be paid: the own month's money
after "才", another loan's payment named before it, a sum with another debt's ("跟花呗加起来").
At the income, a cost said with what it needs after the pay ("吃饭一个月就要一千五"). A late
word on an earlier step after this one's figure ("上面说的三千是税前的"), and an earlier answer
only put right ("上一个我说错了 是四千八"): the first left out, the second asked again.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, question, the amount read)
READ = [
    # a sum with another debt's payment is no offer; the own figure before it is
    ("每个月600 和上面的分期乐加起来1400 刚好是我能挤出来的", "counter", "600"),
    ("每月四百 跟花呗加起来一千一 就这么多了", "counter", "400"),
    ("每月1500 加上刚才说的车贷网贷4300 已经是我的极限了", "counter", "1500"),
    ("我一个月才两千 还五百吧", "counter", "500"),  # the means, then the offer
    ("一个月才五百 行不行", "counter", "500"),  # no "我": an offer said short
    # at the income, a cost said after the pay
    ("甜茶馆帮忙 一个月一千八 房子裂了 吃饭 一个月花一千五", "income", "1800"),
    ("送外卖 一个月四千 房租吃饭一个月就要两千五", "income", "4000"),
    ("退休金两千三 看病每个月要花八百", "income", "2300"),
    ("一个月花三千", "income", "3000"),  # the one figure: read as before
    # a late word on an earlier step after this one's figure
    ("一个月两千六 对了 上面说的三千是税前的", "expenses", "2600"),
    ("房租一千 吃饭一千二 差不多两千二 哦对了 上面说的两千四是到手的", "expenses", "2200"),
    ("花呗每月三百 刚才那个五千是到手的", "other_debts", "300"),
    ("一个月四千左右 头先讲嘅三千係税前", "income", "4000"),
    ("两千 刚才说快了 两千五", "expenses", "2500"),  # this step's own slip: the figure after
    ("上一个我说错了 没有别的贷款", "other_debts", "0"),
]

#: Asked again: only an earlier step's answer put right.
ASKED_AGAIN = [
    ("不好意思 上一个我讲错了 这个月是三千二", "expenses"),
    ("上一个我写错了 工资是四千八", "expenses"),
    ("等一下 上一个我说错了 开销是两千五 不是两千", "other_debts"),
    ("刚才房租的我说错了 是一千五", "other_debts"),
]


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, question: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


#: At the counter, the own means or another loan's payment said alone: no offer.
NO_OFFER = [
    "我一个月才三千 哪还得起",
    "都还不起 我每月才挣两千五",
    "房贷一千五已经压得我够呛",
]


@pytest.mark.parametrize("text", NO_OFFER)
def test_no_offer_at_the_counter(text: str) -> None:
    assert read_as_asked(text, "zh", "counter") == AmountReading(None, AmountProblem.AMBIGUOUS)


#: At the options, every plan refused with the own means or another loan said as the reason:
#: none (an offer said after the refusal stays one).
OPTIONS = [
    ("都不行 最少的也要每个月一千多 我一个月才一千九百八 哪拿得出", "none"),
    ("都不行 我每月拿不出那么多 上面那个贷款一千五已经压得我够呛", "none"),
    ("都不行 我一个月才两千五 还不起", "none"),
    ("都不行 我每月最多五百", "amount:500"),
]


@pytest.mark.parametrize(("text", "expected"), OPTIONS)
def test_the_options(text: str, expected: str) -> None:
    assert interpret(text, "options", "zh").meaning == expected
