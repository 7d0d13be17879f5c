"""Money families of round 37 in Chinese, in words of our own: what is read, and what is asked
again.

Read: a chat app's account name with digits in it beside the pay ("微信号是li2003"); an
allowance said to be inside the pay with "含" and a space before it ("含四百的餐补"); the pay
said again to point back at it, whether an allowance is inside ("三千六里面不含这个") or
counted in ("那六百也算"), before the sum.

Asked again: a figure said as nearly reached, "small" before it ("小四千"); a round figure just
passed ("六千露头"); every figure named in another currency by its word ("两千三美金"); paid by
the quarter said with "每个季度"; the pay with a sum the payroll takes off it for social
insurance, the housing fund or tax, what is left not said ("扣社保四百"); two cases, a
figure for each ("忙的话...不忙的话...").
The same deduction family in English: "wage is 1,600, they take 120 for pension".
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # what is left split, the figure given to the bank the offer (never what is left)
    ("剩下九百 我自己留四百 还你们五百", "zh", "counter", "500"),
    # a meal card topped up, its money said not to come out: no pay
    ("工资五千二 单位每月往饭卡里打两百 卡里的钱取不出来", "zh", "income", "5200"),
    # what is left split into what is kept and what is offered: the offer, never what is left
    ("剩下八百 我留三百 每月还五百", "zh", "counter", "500"),
    # a chat app's account name with digits in it beside the pay
    ("要联系就加我微信号是li2003 月工资四千一", "zh", "income", "4100"),
    ("工资两千九 我的qq是chen77 晚上在线", "zh", "income", "2900"),
    # an allowance said to be inside the pay with "含", a space before it
    ("四千二 含四百的餐补", "zh", "income", "4200"),
    # the pay said again to point back at it, an allowance not inside it
    ("每月三千六 另外每月还有两百话费补贴 三千六里面不含这个", "zh", "income", "3800"),
    # a figure pointed back at with "那" and counted in, then the sum
    ("退休金两千九 儿子每月给六百 那六百也算上 三千五", "zh", "income", "3500"),
    # the pay, the deduction and what is left said: the net
    ("工资五千二 每月扣社保四百 到手四千八", "zh", "income", "4800"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # a figure said as nearly reached, "small" before it
    ("一个月小四千", "zh", "income"),
    # a round figure just passed
    ("六千露头吧", "zh", "income"),
    # every figure named in another currency by its word
    ("在货轮上干活 一个月两千三美金", "zh", "income"),
    # paid by the quarter
    ("每个季度交一次 一次两千四", "zh", "counter"),
    # the pay with a sum the payroll takes off it, what is left not said
    ("工资五千二 每月扣社保四百", "zh", "income"),
    ("月薪六千五 公积金扣五百", "zh", "income"),
    ("wage is 1,600, they take 120 for pension", "en", "income"),
    # two cases, a figure for each
    ("旺季的话七千 不是旺季四千", "zh", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
