"""Money families of round 38 in Chinese, in words of our own: what is read, and what is asked
again.

Read: a figure in another currency worked out in yuan after "换成" ("两千欧 换成人民币一万五");
a figure cut short, then said again, the first owned as said too fast ("刚才说快了"); a figure
said to be of two months, the month's own after it ("是两个月加起来的 一个月就..."); board or
lodging valued but paid in no cash ("值八百 但是不给现金"); pasted bank texts, pay come in beside
money sent out ("转支" beside "工资收入"); a phone bill named "电话" with a short figure; the
principal and the fee of each instalment ("本金每期...手续费每期..."); money from a parent set
aside, the own said to be nothing ("那个不算收入 我自己是零"); a thing without a figure left
out in a clause of its own before the figure ("烟酒不算的话 开销...").

Asked again: every figure named in another currency by a word not listed before ("欧", "泰铢");
a little more, how much unsaid ("有零", "朝上"); a price by the meal, the household or the
customer, how many not said ("一顿二十", "一户一块二", "一位提十五"); a household's figure with
the other's said against the own ("他挣得比我多"); the figure said after it to be before tax
("那是税前的"), what comes in unsaid; a loan's size, its instalments not chosen yet ("还没定分几
期"); one item said, the rest in odds and ends not counted ("其他零零碎碎没数").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a figure in another currency, then worked out in yuan after "换成"
    ("在荷兰摘花 每月两千欧 换成人民币大概一万五", "zh", "income", "15000"),
    # a figure cut short, said again, the first owned as said too fast
    ("嗯 三千 不是 三千六 我刚刚说快了", "zh", "income", "3600"),
    # a figure said to be of two months, the month's own after it
    ("前面那个八千是两个月加起来的 每个月就四千", "zh", "income", "4000"),
    # board valued, paid in no cash
    ("工地干活 管吃管住 工资四千二 住宿那块算八百 不过不给现金", "zh", "income", "4200"),
    # pasted bank texts: pay come in beside money sent out
    (
        "【建设银行】您账户11月2日转支1,500.00元 【建设银行】您账户11月10日工资收入5,320.00元",
        "zh",
        "income",
        "5320",
    ),
    # a phone bill named "电话" with a short figure, among other items
    ("房租八百 买菜六百 电话三十", "zh", "expenses", "1430"),
    # the principal and the fee of each instalment
    ("那笔分了12期 本金每期五百 手续费每期四十", "zh", "other_debts", "540"),
    # a thing without a figure left out, in a clause of its own before the figure
    ("人情来往不算的话 每月花两千一", "zh", "expenses", "2100"),
    ("店里进货的钱不算 家里一个月开销两千八", "zh", "expenses", "2800"),
    # money from a parent set aside, the own said to be nothing
    ("还没找到工作 我妈每月给我一千二 那个别算 我自己是零", "zh", "income", "0"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # every figure named in another currency by a word not listed before
    ("在西班牙餐馆洗碗 一个月一千五百欧", "zh", "income"),
    ("在曼谷做按摩 每月三万泰铢左右", "zh", "income"),
    # a little more, how much unsaid
    ("工资四千有零", "zh", "income"),
    ("每个月花三千朝上", "zh", "expenses"),
    # a price by the meal, the household or the customer, how many not said
    ("早饭一顿十块 午饭一顿二十", "zh", "expenses"),
    ("收物业费 一户一块二 小区一千多户", "zh", "income"),
    ("洗头一位提十五 底薪两千", "zh", "income"),
    # a household's figure, the other's said against the own
    ("我和老婆加起来一万二 她工资比我高", "zh", "income"),
    # the figure said after it to be before tax, what comes in unsaid
    ("合同上写的七千 那是税前的", "zh", "income"),
    # a loan's size, its instalments not chosen yet
    ("花呗欠了八千 还没定分几期", "zh", "other_debts"),
    # one item said, the rest in odds and ends not counted
    ("吃饭一千五 其他杂七杂八的算不清", "zh", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
