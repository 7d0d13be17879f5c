"""Money misreads of rounds 31 to 56 in Chinese (a third, short lane), in words of our own:
what is read, and what is asked again.

Read: a wage whose only figure is said with "来块" is that figure, as "about" it would be (a
cost or a payment so said is asked again: no firm figure to agree to), and a figure settled on
after it ("…就按三千算") is that figure.

Read at the counter: what is left in the month, what of it the cardholder keeps back ("留…"),
then what is paid ("还…"), the last the first less the second: the last, the offer. Near miss:
sums that do not come out (asked again, as before).

Asked again at the income: the pay's only figure said of one part of it ("那部分", "那一半":
"一半现金一半转卡 转卡那部分…"), the other part unsaid. Near misses: the whole pay said beside
the halves, or the cardholder's own part of a household's ("我自己那部分…", read as before).

Asked again at the income: pay by the truckload ("一车提…", "每车给…"), no month's said. Near
misses: a month's said beside it, or "一车间" (a workshop), read as before.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # near miss: a round figure settled on after the rough one
    ("一个月三千来块 就按三千算", "zh", "income", "3000"),
    ("每月四千来块", "zh", "income", "4000"),
    # what is left, some kept back, the rest paid
    ("每月结余一千 想留四百应急 还六百", "zh", "counter", "600"),
    ("表上结余九百 留下三百备用 就还六百吧", "zh", "counter", "600"),
    # near misses: the whole pay beside the halves, the own part of a household's
    ("工资四千八 一半现金一半转卡", "zh", "income", "4800"),
    ("家里的账是俩人的 我自己那部分两千九", "zh", "income", "2900"),
    # near misses: a month's beside the load's, a workshop
    ("拉沙子一车赚五十 一个月下来拿五千五", "zh", "income", "5500"),
    ("在一车间做质检 一个月四千六", "zh", "income", "4600"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # near miss: the sums do not come out
    ("结余一千 留四百 还五百", "zh", "counter"),
    # the pay's only figure of one part of it
    ("一半现金一半转卡 转卡那部分两千六", "zh", "income"),
    ("工资分两块发 现金那一半是三千", "zh", "income"),
    # pay by the truckload
    ("给物流园装车 每车给三十五", "zh", "income"),
    ("开渣土车 一车提六十", "zh", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
