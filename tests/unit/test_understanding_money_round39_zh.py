"""Money families of round 39 in Chinese, in words of our own: what is read, and what is asked
again.

Read: animals counted by their measure word beside the pay ("养了30头牛"); a bare "no" after a
sound of surprise between two figures ("两千八 呃不 三千一"); "儿" typed for "二" inside a figure
("三千儿百"); a part of the whole said with "其中", left out, the rest after ("那个不算 就三千
五"); a figure by the time, the year or the piece, what it comes to in a month said right after
("一次交两百 ... 就是一个月五十", "一年两千四 我算每月两百"); whom it was borrowed from named,
taken from the pay each month ("借了公司八千 从工资每月扣四百"); a month with a holiday's pay
in it, the usual month after ("三倍工资 ... 平时就六千"); the figure to go by said with "记"
("你就按六千五记").

Asked again: a round figure just topped ("冒尖"); a rough figure and a ceiling above it
("大约两千五 顶多两千八"); a debt paid once a year ("每年三月还一次"); interest by the month
said as a rate ("每月付利息 两分"); another debt's bill not out yet ("还没出账单"); the spending
said without a cost of the year ("不含车险 车险每年四千二"); paid by the job, the next not
found ("下一单也没着落"); a raise once well, none said for now ("脚好了再给我涨到五千"); a
share of the pay offered, its yuan not worked out ("收入的四分之一"); a month's pay typed bare
as a small figure with a decimal ("2.2": 2.2万 or 2.2k).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # animals counted by their measure word beside the pay
    ("在牧场干活 养了30头牛 一个月工资四千二", "zh", "income", "4200"),
    ("养鸡场的 管两百只鸡 每月工资三千三", "zh", "income", "3300"),
    # a bare "no" after a sound of surprise between two figures
    ("两千八 呃不 三千一 上个月刚调的", "zh", "income", "3100"),
    # "儿" typed for "二" inside a figure
    ("一个月三千儿百", "zh", "income", "3200"),
    # a part of the whole said with "其中", left out, the rest after
    ("花销四千一 其中六百是给我弟的 那个不算 就三千五", "zh", "expenses", "3500"),
    # (round 34 asked it again; rounds 35 and 39 label the rest said after "就" as the answer)
    ("每月花六千 其中两千是还你们这张卡的 那个不算 就四千", "zh", "expenses", "4000"),
    # a figure by the time or the year, what it comes to in a month said right after
    ("水费一次交两百能用四个月 就是一个月五十 房租一千二", "zh", "expenses", "1250"),
    ("保险一年两千四 我算每月两百 房租一千五", "zh", "expenses", "1700"),
    # whom it was borrowed from named, taken from the pay each month
    ("借了公司八千 从工资每月扣四百", "zh", "other_debts", "400"),
    # a month with a holiday's pay in it, the usual month after
    ("春节值班拿了三倍工资 这个月发了八千三 平时就六千 按平时的算", "zh", "income", "6000"),
    # the figure to go by said with "记"
    ("底薪五千 年终奖一万八 我平摊了一下每月一千五 你就按六千五记", "zh", "income", "6500"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # a round figure just topped
    ("退休金两千冒尖", "zh", "income"),
    # a rough figure and a ceiling above it
    ("吃喝大约两千五 顶多两千八", "zh", "expenses"),
    # a debt paid once a year
    ("车险分期每年三月还一次 一次三千", "zh", "other_debts"),
    # interest by the month said as a rate
    ("找朋友借了五万 每月付利息 两分", "zh", "other_debts"),
    # another debt's bill not out yet
    ("京东白条三百五 信用卡还没出账单", "zh", "other_debts"),
    # the spending said without a cost of the year
    ("每月开支三千 不含车险 车险每年四千二", "zh", "expenses"),
    # paid by the job, the next not found
    ("做家政 一单十五天六千 下一单也没着落", "zh", "income"),
    # a raise once well, none said for now
    ("师傅说脚好了再给我涨到五千 现在歇着", "zh", "income"),
    # a share of the pay offered, its yuan not worked out
    ("收入的四分之一 我一个月挣四千", "zh", "counter"),
    # a month's pay typed bare as a small figure with a decimal
    ("2.2", "zh", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
