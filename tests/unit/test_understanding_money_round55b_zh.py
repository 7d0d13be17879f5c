"""Money families left in round 55 in Chinese after its first lane, in words of our own: what is
read, and what is asked again.

Read: a whole said last after the items it is made of, led by "合计" as by "一共" ("房租一千一
伙食九百 合计两千"): the whole, not an item. Near miss: a "合计" figure that is no sum of the
figures before it is read as before (the whole said).

Read: the pay in all after a rate, the commission named before the base ("提成加底薪一共…"), as
with the base named first: the month's pay, not the rate.

Read: raises one after another, the last one said of last month ("上个月又涨到…") or the first
said to be the first ("第一次涨到…"): the figure it rose to last is the pay now, last month's
raise being in force. Near miss: a rise then a fall said of this month stays asked again.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a whole said last with "合计" after its items
    ("房租每月一千一 伙食我自己九百 合计两千", "zh", "expenses", "2000"),
    ("给老人生活费五百 我自己花一千三 合计一千八", "zh", "expenses", "1800"),
    # near miss: a "合计" figure that is no sum of those before it, read as before
    ("房租每月一千一 伙食九百 合计两千五", "zh", "expenses", "2500"),
    # the pay in all, the commission named before the base
    ("卖房子的 成一单收两千 经理说上个月提成加底薪一共五千六", "zh", "income", "5600"),
    # raises one after another: the last is now's
    ("以前两千九 后来涨了两回 第一次涨到三千二 上个月又涨到三千五", "zh", "income", "3500"),
    ("原来三千二 第一回涨到三千五 今年又涨到三千九", "zh", "income", "3900"),
    ("本来四千 上月涨到四千四", "zh", "income", "4400"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # near miss: a rise then a fall, this month's beside last month's
    ("上个月涨到五千 这个月又降到四千", "zh", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
