"""Families of round 64 in Chinese (whole journeys), in words of our own: what is read, and what
is asked again.

The yes: a promise to pay on time said beside "同意" ("等我复工了一定按时还", "这次说什么也不会
再拖了"): its "等" and "不" are no wait and no refusal; near misses: a wait before signing.

Money, at the spending: one more item said with "还要" after two whose figures happen to add up
to it ("房租六百 吃饭九百 每月还要寄一千五"): the sum, no total; a relative's treatment paid
("女儿复查六百", "我妈透析一千八"): an item of the list, no one else's money; a home shared, then
the own share ("跟女朋友合租 我那份房租…"); "一共就这些" after a list: no total said; items
joined by "加上", then the month's one figure ("水电加上吃饭 一个月三千五"). Near misses asked
again: a figure, then "加上" an item without one; a shared home with no own share said.

At the income: a benefit in place of the wage gone ("没工资了 就靠低保一个月六百"), with
"nothing else" or the partner's nothing beside it; the busy months' figure beside this month's
("活多的时候…这个月三千"). Near misses: the own nothing beside another's figure.

At the monthly payments: a balance "not paid off yet" beside the month's minimum ("还有四千没还
完 每月还四百"): the payment; a lender spoken of after the payment ("每月还两千 人家也不容
易"): the payment, not a count of people; a family loan "not monthly, when there is some"
("不用按月还 有了再给"): 0.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import (
    AmountProblem,
    AmountReading,
    signals_refusal,
)
from tests.support.amounts import read_as_asked

#: (text, whether a refusal is read at the agreement)
REFUSALS = [
    ("同意 谢谢 等我回单位上班了一定按时还", False),
    ("同意 我一定按时还款 说到做到", False),
    ("同意 这次说什么也不会再拖了", False),
    ("同意 但等我发了工资再签", True),
    ("等我问问老婆再同意", True),
]

#: (text, question, the figure read)
READ = [
    ("房租600 吃饭九百 每个月还要给老家寄一千五", "expenses", "3000"),
    ("房租500 吃饭一千 每月还得寄给孩子一千五", "expenses", "3000"),
    ("房贷3000 吃饭1500 女儿复查加药一个月500", "expenses", "5000"),
    ("房租1500 吃饭800 我妈透析每月一千二左右", "expenses", "3500"),
    ("跟女朋友合租 我的那份房租一千二 吃饭八百", "expenses", "2000"),
    ("吃饭水电两千 孩子看病每个月八百 一共就这些", "expenses", "2800"),
    ("房租水电加上吃饭 一个月两千八", "expenses", "2800"),
    ("吃饭电费加上看病，每月开销三千左右。", "expenses", "3000"),
    ("饲料电费 加上家里吃饭 一个月要五千", "expenses", "5000"),
    ("没工资了 就靠低保一个月七百 老公也没收入", "income", "700"),
    ("公司关了 现在没工资 在领失业金 每个月1500", "income", "1500"),
    ("按病假工资发 一个月就1600 别的啥也没有了", "income", "1600"),
    ("老公没收入 我一个月3000", "income", "3000"),
    ("活多的时候一个月七八千 这个月就3k", "income", "3000"),
    ("生意好的时候一个月一万 这个月才四千", "income", "4000"),
    ("花呗还有四千多没还完 每个月最低还四百", "other_debts", "400"),
    ("网贷还有一万二没还清 每月还一千", "other_debts", "1000"),
    ("为了孩子看病借了亲戚两万 说好每月还一千 人家也不容易", "other_debts", "1000"),
    ("借了朋友两万 每个月还一千 人家催得紧", "other_debts", "1000"),
    ("借了我姐三万 不用按月还 有了再给 别的没有", "other_debts", "0"),
]

#: Near misses: asked again.
ASKED_AGAIN = [
    ("房租两千 加上吃饭", "expenses"),
    ("吃饭一千五 加上房租 一个月", "expenses"),
    ("和男朋友合租 房租3000 吃饭1000", "expenses"),
    ("我没收入 老公3000", "income"),
    ("没工资了 老公给我两千", "income"),
]


@pytest.mark.parametrize(("text", "expected"), REFUSALS)
def test_the_refusal(text: str, expected: bool) -> None:
    assert signals_refusal(text) is expected


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, question: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(None, AmountProblem.AMBIGUOUS)
