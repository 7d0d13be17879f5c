"""Money misread in rounds 31-55 in Chinese, a third lane, in words of our own: what is read,
and what is asked again.

Asked again: two people's pay said as one whole at the income ("我们俩…一共…", "两口子工资合起
来…", "我跟对象的钱…"), the own part not said, or one of the two said to bring in more ("他挣得
多"); another's pension and the own pay said as one whole ("我妈的养老金和我的工资加起来…").
Near misses that stay: the own figure said in the clause ("我一个月四千三 他挣得多"), a count
of things ("一张卡") taken for no sum, the own figures said apart.

Asked again: at the spending, the other debts and the offer, a whole said, then only that
someone bears a part or a half of it ("我姐也出一部分", "你们这边分一半"), no figure of it;
or the figure said to hang on whether someone does a thing, "A or not A" ("看我姐帮不帮",
"看物业收不收"). Near miss: the part's figure said after ("我出一半就是八百") is read.

Asked again: at the spending or the other debts, an item said with "来块" (that much or a little
over) beside others ("房租一千一 菜钱一个月五百来块"): the whole is as rough. Near misses: a
figure settled on after it ("算四百吧") or a whole said after ("一共…") is read.

Asked again: at the other debts, a loan held jointly ("共同的车贷"), the own part of it unsaid.
Near miss: the own part said ("我自己还一千") is read.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # near miss: the own figure said beside the other bringing in more
    ("我跟老公在一个厂 我一个月四千三 他挣得多", "zh", "income", "4300"),
    # near miss: the own pay said beside a figure of one's own
    ("工资四千 加起来奖金一共四千六", "zh", "income", "4600"),
    # near miss: the part's figure said after it
    ("房租一千六我出一半就是八百", "zh", "expenses", "800"),
    # near misses: a rough item, then a figure settled on or a whole said
    ("工棚一个月交一百 吃饭三百来块 算四百吧", "zh", "expenses", "500"),
    ("烟钱两百来块 房租一千 一共一千二", "zh", "expenses", "1200"),
    # near miss: the own part of a joint loan said
    ("共同的车贷 我自己还一千", "zh", "other_debts", "1000"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # two people's pay as one whole, the own part unsaid
    ("两口子工资合起来一万一 她赚得多", "zh", "income"),
    ("我跟对象的钱放一个卡里 一个月进八千 他出的多", "zh", "income"),
    ("夫妻俩的收入每个月一共九千", "zh", "income"),
    # another's pension and the own pay as one whole
    ("我妈的养老金和我的工资加起来六千来块", "zh", "income"),
    # a whole, only a part of it said to be borne by someone
    ("全家一个月三千五 我姐也出一部分", "zh", "expenses"),
    ("每月能凑一千二 你们这边分一半", "zh", "counter"),
    ("车贷一个月两千四 我爸帮着付一部分", "zh", "other_debts"),
    # the figure hanging on a yes or no
    ("每月还八百 得看我姐那边帮不帮", "zh", "counter"),
    ("房租两千 物业费看物业今年收不收", "zh", "expenses"),
    # a rough item beside others
    ("房租一千一 菜钱一个月五百来块", "zh", "expenses"),
    ("车贷一千五 网贷一个月三百来块", "zh", "other_debts"),
    # a joint loan, the own part unsaid
    ("跟老公有个共同的车贷 每月两千一", "zh", "other_debts"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
