"""Money families of round 48 in Chinese, in words of our own: what is read, and what is asked
again.

Read: the net on a pay slip named "实发金额" beside the gross ("税前合计", "应发金额"), the net
read; a lender or bank whose name starts with "招" ("招联", "招商", "招行") named right after
another debt's figure, both payments added (not the moves of an exercise counted: "三十六招");
an item's rough figure then the round one it is taken as ("三百多 算三百五"), the round one
added to the other items.

Asked again: a rate by the piece, how many said to hang on something ("看一天能来几辆车", "拉
多少车看活儿"), the month's not worked out; the gross said, the net not looked at ("实发多少
我没细看"); the one figure of the pay said to be paid once ("一次性的"); an item's price not
remembered before the figures of the others ("一包多少钱我忘了").

Near misses, read or asked as before: the rate with what came in said after it, a month's pay
with the commission said to hang on something, the moves of an exercise counted beside the
pension, "算下来" after a rough figure, a sum paid once with nothing said to come after it,
the figure's own exact sum not remembered, a whole said after an item not remembered.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the net named 实发金额 on a pay slip, beside the gross
    ("工资条 应发金额 8,300.00 实发金额 6,954.20", "zh", "income", "6954.20"),
    ("税前合计 10,200.00 实发金额 8,476.15", "zh", "income", "8476.15"),
    # a lender or bank starting with 招, named after another debt's figure
    ("微粒贷七百 招联一千", "zh", "other_debts", "1700"),
    ("借呗五百 招商信用卡两千", "zh", "other_debts", "2500"),
    ("花呗三百 招行分期八百", "zh", "other_debts", "1100"),
    # an item's rough figure, then the round one it is taken as
    ("房租八百 电费两百多 算两百五", "zh", "expenses", "1050"),
    ("菜钱六百来块 就算七百吧 水费五十", "zh", "expenses", "750"),
    # near-misses, read as before
    ("开销两千多 算下来两千五", "zh", "expenses", "2500"),
    ("补偿金一次性给了三万 以后每月就没收入了", "zh", "income", "0"),
    ("具体多少忘了 大概两千", "zh", "expenses", "2000"),
    ("网费多少忘了 反正一共三千", "zh", "expenses", "3000"),
    ("工资条 应发合计 8,100.00 实发合计 7,254.30", "zh", "income", "7254.30"),
    ("每天练太极三十六招 退休金三千二", "zh", "income", "3200"),
    ("一车给五十 拉多少车看活儿 上个月到手四千", "zh", "income", "4000"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # a rate by the piece, how many said to hang on something
    ("补一个胎二十 看一天能来几辆车", "zh", "income"),
    ("一车给五十 拉多少车看活儿", "zh", "income"),
    ("一亩地给六块 打多少亩看老板派活", "zh", "income"),
    # near-miss, asked as before: the commission said to hang on something, no rate
    ("一个月四千 看提成多少", "zh", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
