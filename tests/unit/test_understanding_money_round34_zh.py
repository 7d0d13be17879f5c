"""Money families of round 34 in Chinese, in words of our own: what is read, and what is asked
again.

Read: the exact figure after a rough one, said with "具体是", "精确点是",
"准确的说是"; a figure said the wrong way round and put right ("说反了"); a part of the whole
said to be counted in it already ("已经包含在里面了", "已经算进去了"); a figure said as short
of a round one ("差一百就六千", "离四千还差两百"); a month named in digits before its pay
("10月工资"). Asked again: short of a round figure by a gap not said ("差一点就五千了").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the exact figure after a rough one
    ("每月花销差不多三千 精确点说是2870", "zh", "expenses", "2870"),
    ("工资大概五千吧 准确的说是5160", "zh", "income", "5160"),
    ("一个月两千出头 具体是2080块", "zh", "expenses", "2080"),
    # a figure said the wrong way round, put right
    ("打字打错了 房贷一千二 说反了 是两千一", "zh", "other_debts", "2100"),
    # a part said to be counted in the whole already
    ("每月四千六 水电煤三百也已经算进去了", "zh", "expenses", "4600"),
    ("总共三千九 车位费四百已经包含在内", "zh", "expenses", "3900"),
    # short of a round figure by a gap
    ("到手差两百就七千了", "zh", "income", "6800"),
    ("退休金离四千还差三十", "zh", "income", "3970"),
    ("差个八十块到三千", "zh", "expenses", "2920"),
    # a month named in digits before its pay
    ("转账备注 9月份工资 4700", "zh", "income", "4700"),
    ("11月的工资到账了 5230", "zh", "income", "5230"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # short of a round figure by a gap not said
    ("差一点就八千了", "zh", "income"),
    ("开销差几百到一万", "zh", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
