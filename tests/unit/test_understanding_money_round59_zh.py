"""Money families of round 59 in Chinese, in words of our own: what is read, and what is asked
again.

Read at income: a difference from an earlier time said as a share ("比去年少了百分之十五",
"比上个月多了8%") beside the figure: the figure, the share never a tail added to it. Near miss:
the difference as money (as before).

Read at income: the pay named with its figure, then a cost named with its own ("房租就要…",
"房贷就要…", "开销…"): the pay, the cost is the reason. Near misses: a rent coming in (income,
added as before), a cost said alone (asked again, as before).

Read everywhere: "干" typed for its look-alike "千" between two digits ending the figure
("四干八", "两干八百块"). Near miss: "一干二净", a word going on after the digit (as before).

Asked again at the offer: an offer, then a fallback said short ("不行就…", "不够就…"): two
offers, none settled on. Near miss: "不行就算了", no second figure (the offer stands).

Asked again at income: the pay of the cardholder and a partner said only added up ("我和老公
加起来…", "两口子一共…"). Near miss: the own figure said beside it (read).

Asked again at income and expenses: a figure said back as a question and denied ("六千? 差远
了", "三千? 没那么多"). Near miss: the figure said back and agreed to (read, as before).

Asked again at income and expenses: one figure said for a few months together ("两个月一共
发了…", "三个月花了…"), no month's worked out. Near miss: the month's said beside it (read).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a difference said as a share beside the figure
    ("工资五千二 比上个月多了百分之十五", "zh", "income", "5200"),
    ("到手三千九 比去年少了百分之三十", "zh", "income", "3900"),
    ("月薪4800 比以前多了8%", "zh", "income", "4800"),
    # near miss: the difference as money
    ("一个月四千六 比去年少了五百", "zh", "income", "4600"),
    # the pay, then a cost named with its figure
    ("月薪四千二 房贷就要一千六", "zh", "income", "4200"),
    ("工资五千 开销三千多", "zh", "income", "5000"),
    ("收入2900 房租就要900", "zh", "income", "2900"),
    # near miss: a rent coming in is income
    ("工资五千 房租收入一千", "zh", "income", "6000"),
    ("月薪四千 收房租七百", "zh", "income", "4700"),
    # near miss: no second figure after the fallback
    ("三百五 行吗 不行就算了", "zh", "counter", "350"),
    # near miss: the month's figure beside the months together
    ("三个月一共花了八千四 平均一个月两千八", "zh", "expenses", "2800"),
    # 干 typed for 千 inside a figure
    ("四干八", "zh", "income", "4800"),
    ("一个月两干八百块", "zh", "expenses", "2800"),
    # near miss: a word going on after the digit
    ("工资到手就花得一干二净 一个月四千一", "zh", "income", "4100"),
    # near miss: a figure said back and agreed to
    ("四千? 对", "zh", "income", "4000"),
    # near miss: the own figure beside the couple's
    ("跟我老婆加起来九千 我自己三千五", "zh", "income", "3500"),
]

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # near miss: a cost said alone at income
    ("工资不高 房贷就要两千一", "zh", "income"),
    # an offer with a fallback said short
    ("2k 不行就1500", "zh", "counter"),
    ("六百 不够就五百吧", "zh", "counter"),
    ("三百 不行的话就两百", "zh", "counter"),
    # one figure for a few months together
    ("两个月一共发了八千六", "zh", "income"),
    ("三个月花了一万二", "zh", "expenses"),
    ("这俩月总共挣了七千", "zh", "income"),
    # a couple's pay said only added up
    ("我跟老公加起来一万三", "zh", "income"),
    ("老婆和我工资一共八千五", "zh", "income"),
    ("两口子一共六千", "zh", "income"),
    # a figure said back as a question and denied
    ("6k？差远了 连一半都不到", "zh", "income"),
    ("两千? 没那么多", "zh", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
