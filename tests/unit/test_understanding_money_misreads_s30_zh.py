"""Money misreads left in rounds 31-41 in Chinese, in words of our own: what is read, and what
is asked again.

Read: the wage said first, then an own outgoing paid from it and what is left ("工资六千 给父母
一千 剩五千": the wage, not what is left; a deduction from pay leaves the net wage); a base wage
with commission, then the whole from the pay slip ("工资条合计"); a total with an item left out,
then that item's figure said to be counted in too ("不含房租 房租一千也算上": both added).

Asked again: the only figure of a cost or a payment said with "来块" (that much or a little
over, how much unsaid: "三千来块").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the wage, an own outgoing paid from it, what is left: the wage is the income
    ("月薪六千二 每月还车贷一千二 剩下五千", "zh", "income", "6200"),
    ("工资四千八 房租从卡里扣一千三 剩三千五", "zh", "income", "4800"),
    # (a deduction from pay itself: what is left is the net wage)
    ("工资五千 扣社保六百 剩四千四", "zh", "income", "4400"),
    # a base wage with commission, the whole read from the pay slip
    ("底薪2500+提成 上月工资单合计3,960", "zh", "income", "3960"),
    # a total, an item left out of it, then that item counted in too
    ("每月花销三千一 没算孩子学费 学费八百也要加上", "zh", "expenses", "3900"),
    ("吃饭交通一共一千八 不包含房租 房租一千二也得算进去", "zh", "expenses", "3000"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # the only figure of a cost or a payment said with "来块": how much over unsaid
    ("生活费三千来块", "zh", "expenses"),
    ("水电燃气一个月四百来块钱吧", "zh", "expenses"),
    ("信用卡分期 每个月还一千来块", "zh", "other_debts"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
