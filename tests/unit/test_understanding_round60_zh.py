"""Families of round 60 in Chinese, in words of our own: what is read, and what is asked again.

Read at income: the wage, then the net pay right after its deductions are named as taken off
("扣完社保…", "扣掉个税以后是…"): the net pay, never the two added. Near misses: "还剩" said
(read, as before), the deduction's own figure after "扣掉" (asked again, as before).

Asked again at income: the household's pay said only added up ("我们家一个月加起来…", "全家
收入合起来…"): several earners, the own part not said. Near misses: "家里一共…" (read, as
before), the same at expenses (the household's spending is asked: read).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the net pay right after the deductions named
    ("月薪九千 扣完公积金七千八", "zh", "income", "7800"),
    ("工资五千五 扣掉个税以后是五千一", "zh", "income", "5100"),
    # near miss: what is left said with "还剩"
    ("工资六千 扣完社保还剩五千二", "zh", "income", "5200"),
    # near misses: the household's figure said with "一共", or at expenses
    ("家里一共一万一", "zh", "income", "11000"),
    ("我们家一个月加起来六千五", "zh", "expenses", "6500"),
]

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # near miss: the deduction's own figure
    ("工资六千 扣掉社保四百", "zh", "income"),
    # the household's pay said only added up
    ("我们家一个月加起来七千", "zh", "income"),
    ("全家收入合起来一万三", "zh", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
