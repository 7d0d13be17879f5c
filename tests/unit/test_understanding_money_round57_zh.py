"""Money families of round 57 in Chinese, in words of our own: what is read, and what is asked
again.

Read: a figure of the card itself said beside the answer (what is owed to the bank, "欠你们…",
"你们这张欠的…"; the overdue amount of a letter, "逾期金额…"; the card's minimum payment named
before or after its figure, "那个…的最低还款", "…是你们的最低还款", "你们的是…"; what the bank
asks a month, "你们每个月要…"): the answer beside it, never the card's figure nor the two added.
Near misses: a debt's balance beside its payment with no "你们" (the payment, as before), or a
minimum payment alone (read, as before).

Read at expenses: the own pay said first ("工资…", "我挣…"), then the spending's items or figure:
the spending, the pay no item of it. Near miss: the pay alone with all of it said spent (the
pay).

Asked again at income and expenses: the figure asked, or the usual month, said not to be sayable
("收入的话不好说", "平时说不准", "工资说不好"), whatever figure (a debt, one month's) is said
beside it. Near miss: "说不好听的" (a manner of speaking, the figure read).

Asked again: money that comes or goes once a span longer than a month, the figure said for that
once ("每两周发一次 一次…", "一年还一回 一回…", "按学期结"), no month named anywhere. Near misses:
the month's figure said beside it (read), or an extra paid by the quarter beside the pay.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a figure of the card itself beside the answer
    ("欠你们两万三 我工资四千一", "zh", "income", "4100"),
    ("短信说逾期金额6120.50 我月薪三千八", "zh", "income", "3800"),
    ("欠你们的九千先放一边 每月生活费一千九", "zh", "expenses", "1900"),
    ("那个八百的最低还款我给不起 房租一千 吃饭七百", "zh", "expenses", "1700"),
    ("你们说的一千是你们的最低还款 我车贷每月两千二", "zh", "other_debts", "2200"),
    ("你们每个月要一千八 我吃饭就一千 房租九百", "zh", "expenses", "1900"),
    # near misses: a balance beside its payment without "你们", a minimum alone
    ("欠了两万三 每月还一千", "zh", "other_debts", "1000"),
    ("最低还款八百", "zh", "expenses", "800"),
    # the own pay said first at expenses, then the spending
    ("工资三千五 房租一千 吃饭八百", "zh", "expenses", "1800"),
    ("我挣五千 花四千二", "zh", "expenses", "4200"),
    ("月薪六千 房租两千 吃饭一千五 其他五百", "zh", "expenses", "4000"),
    # near miss: the pay alone, all of it spent
    ("工资三千六 全花光了", "zh", "expenses", "3600"),
    # near misses: a longer span's once, the month's figure said too
    ("按季度发 一个季度九千 平均每个月三千", "zh", "income", "3000"),
    ("到手五千八 高温补贴按季度发 一个季度九百 没算进去", "zh", "income", "5800"),
    # near miss: a manner of speaking, not the figure unsayable
    ("平时四千 说不好听的 也就够吃饭", "zh", "income", "4000"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # the figure asked, or the usual month, said not to be sayable
    ("收入的话不好说 有时候三千有时候五千", "zh", "income"),
    ("春节那个月花了九千 平时说不准", "zh", "expenses"),
    ("工资说不好 这个月三千二", "zh", "income"),
    ("欠你们一万五 每月最低八百 收入真不好说", "zh", "income"),
    # once a span longer than a month, no month named
    ("每两周发一次 一次两千二", "zh", "income"),
    ("一年还一回 一回五万", "zh", "other_debts"),
    ("辅导班按学期结 上学期结了一万四", "zh", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
