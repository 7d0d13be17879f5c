"""Money misreads left in rounds 31 to 39 in Chinese, in words of our own: what is read, and
what is asked again.

Asked again: a round figure only neared ("将近", "接近", "快...了"); a ceiling only, of what
comes in or goes out ("顶多", "撑死"); an item paid by the year, the term or the quarter said
beside the month's spending ("车险一年交三千二 平时每个月两千"); a figure put on top of
another said only roughly ("再加上捡废品挣个三百多").

Read: a ceiling offered at the counter question is the offer ("最多四百"); a rough figure on top
with the whole said after it ("加起来一千二"); a price by the jin beside the month's pay ("一斤
赚五毛 ... 挣三千二"); a figure "about" something is that figure ("一千左右").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a ceiling offered at the counter question is the offer
    ("最多四百", "zh", "counter", "400"),
    ("撑死了每月六百", "zh", "counter", "600"),
    # a rough figure on top with the whole said after it
    ("低保每月九百 再加上捡废品挣个三百多 加起来一千二", "zh", "income", "1200"),
    # a price by the jin beside the month's pay
    ("卖菜一斤赚五毛 一个月下来挣三千二", "zh", "income", "3200"),
    # a figure "about" something is that figure
    ("一千左右", "zh", "expenses", "1000"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # a round figure only neared
    ("工资接近七千", "zh", "income"),
    ("花销快五千了", "zh", "expenses"),
    # a ceiling only, of what comes in or goes out
    ("一个月顶多花两千五", "zh", "expenses"),
    ("工资顶多四千 再多没有了", "zh", "income"),
    # an item paid by the year, the term or the quarter beside the month's spending
    ("车险一年交三千二 平时每个月两千", "zh", "expenses"),
    ("房租一个季度一交 一次四千五 别的一个月一千二", "zh", "expenses"),
    # a figure put on top of another said only roughly
    ("低保每月九百 再加上捡废品挣个三百多", "zh", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
