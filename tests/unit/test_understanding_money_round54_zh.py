"""Money families of round 54 in Chinese (and what rounds 46 to 53 left), in words of our own:
what is read, and what is asked again.

Read: a whole that holds others' money (a bank app's month, a shared account), a part of it
named with 里面 or 其中, then the cardholder's own figure named as the real one ("我工资就…",
"真正的工资是…", "我的工资是其中的…", "去掉这个 日常就…"): the own figure, not the whole.
"一块" said for together, not one yuan: "住一块", "一块儿住", "一块儿上班", "加一块六千" (all of it
added together): no yuan summed in with the figure.

A bookkeeping app's month pasted whole ("收入 … 支出 … 结余 …"): at income the figure after 收入,
at the spending the one after 支出. One figure held to be the right one at the end ("我觉得两千五
对"): that one, the others set aside.

Asked again: the whole and a part of others' money in it with no own figure said. An item's
figure left "待定" (to be decided): the whole is not known. Two sources' figures and "不知道哪个
对" (which is right not known): not summed. An item said per week after a slash as a form
lays it out ("吃饭 300/周"): the month's not worked out. A pay slip's net said to be unread
("实发那栏…看不清", "实发我没细看") or its deductions not written ("扣多少没写"): only the
gross or its parts are there. A figure with 多 and a mark beyond it after, no figure after
the mark ("一千多点 没到两千", "四千多 能到五千"): how much more is not said.

Near misses, read as before: "一块五" (a price); a pay slip with its net said; a figure with
多 and a mark, then this month's figure (read).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the own figure after a whole and a part of others' money in it
    ("银行流水上每月进九千 里面三千是我弟还我的 我工资就六千", "zh", "income", "6000"),
    ("家里那张卡每个月进一万一 我的工资是其中的五千二 剩下是我爱人的", "zh", "income", "5200"),
    (
        "花呗账单 本月支出四千六 里面有八百是帮同事买的 去掉这个 日常就三千八",
        "zh",
        "expenses",
        "3800",
    ),
    # 一块 for together
    ("五口人住一块 我每月放家里两千", "zh", "expenses", "2000"),
    ("我跟我妹一块儿上班 一个月三千九", "zh", "income", "3900"),
    ("爸妈退休金加一块六千 我自己四千二", "zh", "income", "4200"),
    # near misses: a price of one yuan and a half, read as before
    ("菜一块五一斤 一个月买菜六百", "zh", "expenses", "600"),
    # a bookkeeping app's month
    ("记账本 9月 收入 5,400 支出 3,980 结余 1,420", "zh", "income", "5400"),
    ("记账本 9月 收入五千四 支出三千九百八 结余一千四百二", "zh", "expenses", "3980"),
    # the figure held right at the end
    ("记账软件说两千七 我算的两千五 我觉得两千五对", "zh", "expenses", "2500"),
    ("单位说四千二 我看还是四千准", "zh", "income", "4000"),
    # near misses: items per month after a slash
    ("房租 1500/月 吃饭 1200/月", "zh", "expenses", "2700"),
    # near misses: the net said on the slip; a bound and a mark, then this month's figure
    ("工资条 应发6,300 实发5,480", "zh", "income", "5480"),
    ("旺季一个月一万多 淡季不到两千 现在淡季 这个月挣了两千四", "zh", "income", "2400"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # the whole and others' money in it, no own figure
    ("微信收入一万出头 里面有朋友还钱的", "zh", "income"),
    # an item's figure to be decided
    ("房租 1200 水电 150 网费 待定", "zh", "expenses"),
    ("花呗 400 借同事的 待定", "zh", "other_debts"),
    # which source is right not known
    ("银行App上是四千一 我自己记的三千九 搞不清哪个准", "zh", "income"),
    # the net on the slip unread, the deductions not written
    ("工资条 应发6,300 扣社保 实发那格被水泡糊了", "zh", "income"),
    ("工资条 底薪3200 餐补300 扣多少没写", "zh", "income"),
    # an item per week after a slash
    ("房租 1300/月 吃饭 250/周", "zh", "expenses"),
    # a figure with 多 and a mark beyond it
    ("一千多点 反正没到两千", "zh", "expenses"),
    ("四千多吧 好的时候能到五千", "zh", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
