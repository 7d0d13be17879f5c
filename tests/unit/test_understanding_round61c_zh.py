"""Money families of round 61 in Chinese (third lane), in words of our own: what is read, and
what is asked again.

Read at income: a cut by half, then the pay now said with "到手就" or "也就拿" before its
figure ("现在每个月到手就两千八"): the pay now, as "现在到手…" already was. Near miss: the cut
with no "现在" figure after it (asked again, as before).

Read at the own amount: the figure, then a wish to have it taken in two goes ("能不能分两次
扣", "可以分两次还"): the whole offered. Near misses: a figure said per time ("一次六百 能分
两次还吗") or taken twice a month (asked again, as before).

Read at income: none said first, then a job still to come and what it is said to pay ("0 刚
辞职 下个月去新单位 说是五千"): none. Near miss: a figure said first, then the new job's
(asked again, as before).

Read at the spending: my own figure, then money someone else gives me, said to be theirs ("女儿
每月给我寄五百 不过那是她的钱"): my own figure. Near miss: that money with no such word (asked
again, as before).

Asked again at income (misreads of an earlier round): the pay, then said to be nothing in some
months ("有时候还没有", "有的月份没有"); the pay, then an extra said only as a little, with no
figure ("外带…给个仨瓜俩枣", "挣点小钱"). Near misses: no work some days with the pay still
paid, an extra with its figure (read, as before).

Read at the spending: the usual month's figure beside one of a named month only ("过年那个月
花五千"): the usual one (the two were added up). Asked again: such a month's figure alone
("放假回家那个月要花两千", a misread of an earlier round). Near miss: a figure alone (read).

Asked again at the monthly payments (a misread of an earlier round): who is to pay said not
settled yet ("他还还是我还 还没判", "谁还还没定"). Near miss: the payer said (read).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a cut by half, then the pay now with "到手就" / "也就拿"
    ("以前一个月五千 今年活少了一半 现在每个月到手就两千八", "zh", "income", "2800"),
    ("今年单子少了一半 现在也就拿三千", "zh", "income", "3000"),
    # the figure, then a wish to have it taken in two goes
    ("一千五 能不能分两次扣", "zh", "counter", "1500"),
    ("九百 可以分两次还吗", "zh", "counter", "900"),
    # none first, then a job still to come and its pay
    ("0 刚辞职 下个月去新单位 说是五千", "zh", "income", "0"),
    ("没有 下周去新公司上班 工资六千", "zh", "income", "0"),
    # my own figure, then money someone else gives me said to be theirs
    ("开销一千五 儿子每个月打给我八百 那钱是他的", "zh", "expenses", "1500"),
    ("工资两千六 女儿每月给我寄五百 不过那是她的钱", "zh", "income", "2600"),
    # near misses: no work some days, the pay still paid; an extra with its figure
    ("三千 有时候没活干 但工资照发", "zh", "income", "3000"),
    ("工资三千 另外帮人看店 挣点小钱 大概五百", "zh", "income", "3500"),
    # the usual month's figure beside a named month's; near miss: a figure alone
    ("平时一个月两千 春节那个月花六千", "zh", "expenses", "2000"),
    ("两千五", "zh", "expenses", "2500"),
    # near miss: the payer said
    ("车贷每月一千九 我来还", "zh", "other_debts", "1900"),
]

#: (text, language, question): asked again
ASKED_AGAIN = [
    # near miss: a cut by half, no pay now said
    ("工资少了一半 到手就两千", "zh", "income"),
    # near misses: a figure per time, or taken twice a month
    ("一次六百 能分两次还吗", "zh", "counter"),
    ("六百 一个月扣两次", "zh", "counter"),
    # near miss: a figure said first, then the new job's
    ("三千 下个月入职新公司 说是五千", "zh", "income"),
    # near miss: money given me with no word that it is theirs
    ("每个月花两千 儿子每月给我一千", "zh", "expenses"),
    # the pay, then nothing in some months
    ("一个月两千左右 有时候还没有", "zh", "income"),
    ("三千来块 有的月份没有", "zh", "income"),
    # the pay, then an extra said only as a little
    ("养老金两千九 外带帮人看门 一个月给个仨瓜俩枣", "zh", "income"),
    ("工资三千 另外帮人看店 挣点小钱", "zh", "income"),
    # a named month's figure alone
    ("平时住宿舍不怎么花 放假回家那个月要花两千", "zh", "expenses"),
    # who is to pay not settled
    ("车贷他还还是我还 还没谈好 每月两千二", "zh", "other_debts"),
    ("分居了 房贷每月四千 谁还还没定", "zh", "other_debts"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
