"""Money families of round 61 in Chinese (second lane), in words of our own: what is read, and
what is asked again.

Read at income: the month's pay, then a year-end bonus with its figure said before its name
("年底还能拿八千的奖金", "一万五的年终奖"): the month's pay, the bonus set aside as the one said
after its name is. Near misses: the bonus alone, or said to be spread over the year ("按一年
平均"), or a year-end figure with no bonus named (asked again, as before).

Read at the monthly payments: a debt's monthly figure, then a debt of no figure said to be on
no monthly payment or cleared within the month ("老乡那借的不着急还", "白条当月就还清", "不算
欠"): the payment said. Near misses: a balance with "每月不用还" or "现在不用还" after it (none,
as before), such a debt alone (none, as before).

Read at the monthly payments: none said first with never borrowing ("没 我从没借过钱"): none.
Near miss: a debt's figure first, never borrowing otherwise after it (the figure, as before).

Asked again at the monthly payments (a misread of an earlier round): this month's payment, then
next month's said not to be known ("下个月还不知道"), as "说不准" already was. Near miss: a
monthly figure said, only this month's paid named with no figure (read, as before).

Asked again at the own amount (a misread of an earlier round): whatever can be paid ("能还多少还
多少"), the figures only the pay and costs. Near misses: a figure said as paid or given ("先还
五百", "每月给八百"), or a bare figure with it (read, as before).

Read at income: the pay now, then a raise to come with the figure it comes to ("转正以后涨到…",
"明年能涨到…"): the pay now. Near miss: the raise alone (its figure, as before).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the month's pay, then a year-end bonus with its figure before its name
    ("到手五千二 年底还能拿八千的奖金", "zh", "income", "5200"),
    ("底薪六千 另外有一万五的年终奖", "zh", "income", "6000"),
    # a debt's monthly figure, then one on no monthly payment or cleared in the month
    ("网贷一个月一千五 老乡那借的不着急还", "zh", "other_debts", "1500"),
    ("房贷每月四千 京东白条用完当月就还清", "zh", "other_debts", "4000"),
    ("车贷每月一千八 信用卡都是当月还清 不算欠", "zh", "other_debts", "1800"),
    # near misses: a balance said not paid monthly (none); such a debt alone (none)
    ("欠我表哥两万 每月不用还", "zh", "other_debts", "0"),
    ("朋友那借的钱不用按月还", "zh", "other_debts", "0"),
    # none said first with never borrowing
    ("没 我从没借过钱", "zh", "other_debts", "0"),
    ("无 向来不欠债", "zh", "other_debts", "0"),
    # near miss: a debt's figure first, never borrowing otherwise (the figure)
    ("车贷两千 别的从来不借钱", "zh", "other_debts", "2000"),
    # near miss: a monthly figure, this month named with no figure
    ("每月还一千 这个月还了 下个月不知道", "zh", "other_debts", "1000"),
    # near misses: an offer said as paid or given, a bare figure
    ("有多少还多少 一个月先还五百", "zh", "counter", "500"),
    ("能还多少还多少 工资三千 每月给八百吧", "zh", "counter", "800"),
    ("八百 能还多少还多少", "zh", "counter", "800"),
    # the pay now, then a raise to come
    ("现在拿两千八 转正以后涨到三千六", "zh", "income", "2800"),
    ("到手四千 明年能涨到四千五", "zh", "income", "4000"),
    # near miss: the raise alone
    ("转正以后涨到五千", "zh", "income", "5000"),
]

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # near misses: the bonus alone, spread over the year, or no bonus named
    ("一万五的年终奖", "zh", "income"),
    ("每月五千 年底一万的年终奖按一年平均算吧", "zh", "income"),
    ("一个月三千 年底发两万", "zh", "income"),
    # this month's payment, next month's not known
    ("这个月还了九百 下个月还不知道", "zh", "other_debts"),
    ("本月还了两千 下月多少不清楚", "zh", "other_debts"),
    # whatever can be paid, only the pay and costs said
    ("有多少还多少 工资三千八 房租一千二", "zh", "counter"),
    ("剩多少就能还多少还多少 到手四千 房租一千五 吃饭八百", "zh", "counter"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
