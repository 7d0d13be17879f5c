"""Money families of round 44 in Chinese, in words of our own: what is read, and what is asked
again.

Read: a figure in Macau's pataca said again in yuan right after ("换成人民币"); this month's
figure raised by back pay, the usual month said after ("平时一个月"); a festival's gift card said
to be no money; a sale said to be the boss's ("那是老板的"); the month's pay "开" by the employer
after a rate by the boat; a whole, a part inside it set aside, the rest after "不算的话"; an item
said to be no necessity ("可有可无"); the most ever made beside the usual month; a lender whose
name starts with "分" right after a figure ("分期乐", "分付"), no count of anything; an extra
with no fixed figure set aside ("奖金不固定 别算").

Asked again: a figure in pataca or yen, not converted; a commission at "两个点" of the sales, the
month's not worked out; a split by a ratio with only the shop's takings; the most ever made,
alone; a running total or a year's read off a statement; paid by the deal, none closed this
month; a figure taken back as too much, none after; the month's payment on a loan not known; a
figure for a good year and one for a bad one; a little over said with "零点儿"; rent paid every
few months, its lump said beside another item's month.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a figure in Macau's pataca said again in yuan right after
    ("在澳门做荷官 一万二澳门元 换成人民币一万零八百", "zh", "income", "10800"),
    # this month's figure raised by back pay, the usual month said after
    ("这月到账七千 是补发了上个月的 平时一个月三千九", "zh", "income", "3900"),
    # a festival's gift card said to be no money
    ("月薪四千六 中秋还发了两百的购物卡 那个不算", "zh", "income", "4600"),
    # a sale said to be the boss's
    ("做木雕的 一件卖三万 那是老板的 我每月工资四千二", "zh", "income", "4200"),
    # the month's pay "开" by the employer after a rate by the boat
    ("公园划船的 一船八十 老板每个月给我开两千九", "zh", "income", "2900"),
    # a whole, a part inside it set aside, the rest after "不算的话"
    ("一共五千 里面八百是给我妈的 不算的话四千二", "zh", "expenses", "4200"),
    # an item said to be no necessity
    ("房租一千二 奶茶一个月两百 这个可有可无 吃饭八百", "zh", "expenses", "2000"),
    # the most ever made beside the usual month
    ("月薪五千 最好的时候一个月挣过八千", "zh", "income", "5000"),
    # a lender whose name starts with "分" right after a figure
    ("京东白条八十 分期乐两百六", "zh", "other_debts", "340"),
    ("白条两百 分付一百五", "zh", "other_debts", "350"),
    # an extra with no fixed figure set aside
    ("洗车店的 每月三千九 提成不固定 那个不用算", "zh", "income", "3900"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # a figure in pataca or yen, not converted
    ("在大阪打工 每月到手十九万円", "zh", "income"),
    ("澳门酒店上班 一万二澳门元", "zh", "income"),
    # a commission at "两个点" of the sales, the month's not worked out
    ("底薪两千八 提两个点 这个月卖了九万", "zh", "income"),
    # a split by a ratio with only the shop's takings
    ("跟老板四六分 这个月店里营业额两万", "zh", "income"),
    # the most ever made, alone
    ("最好的时候一个月挣过八千", "zh", "income"),
    # a running total or a year's read off a statement
    ("工资条上只看到累计收入六万一", "zh", "income"),
    ("全年开销五万", "zh", "expenses"),
    # paid by the deal, none closed this month
    ("卖房子的 成一单提五千 这个月一单都没成", "zh", "income"),
    # a figure taken back as too much, none after
    ("四千二 不对 好像没那么多", "zh", "income"),
    # the month's payment on a loan not known
    ("借了三万 每月还多少我也记不清了", "zh", "other_debts"),
    # a figure for a good year and one for a bad one
    ("生意好的时候一个月五千 差的时候就两千", "zh", "income"),
    # a little over said with "零点儿"
    ("工资四千零点儿", "zh", "income"),
    # rent paid every few months, its lump said beside another item's month
    ("房租季付 一次六千 伙食一个月一千", "zh", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
