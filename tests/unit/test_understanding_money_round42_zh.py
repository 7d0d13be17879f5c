"""Money families of round 42 in Chinese, in words of our own: what is read, and what is asked
again.

Read: a weight in jin or a height in metres said without the word for it ("一米七五, 一百四十
斤"); a train or a flight named by letters and a number ("K512次列车", "MU5101航班"); a price by
the piece said with its measure word after ("十块一条": no jiao of it), and the month's kept said
last with "能落"; the figures of a few months named, then their average said after ("平均两千
五"); jobs listed one by one, "周末" naming the next job (the weekend, no week).

Asked again: a ceiling said after the figure ("封顶", "到顶"); a round mark not reached ("差口气
五千", "大关都没过", "都没破"); a total shared with someone, the own part not known; the own share
of a cost said as a part after a refund ("自己出两成"); the rest said to be as much as a figure
not given; a profit said as the margin only ("赚个差价"); an offer and a lower one if it is
refused; a deduction from the pay, how much not said.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a weight in jin or a height in metres said without the word for it
    ("一米七五 一百四十斤 在工地搬砖 一个月六千五", "zh", "income", "6500"),
    ("我一百二十斤 干不了重活 每月两千八", "zh", "income", "2800"),
    # a train or a flight named by letters and a number
    ("在K512次列车上当乘务员 月薪四千六", "zh", "income", "4600"),
    ("MU5101航班的地勤 一个月五千二", "zh", "income", "5200"),
    # a price by the piece, its measure word after, the month's kept said last with "能落"
    ("修鞋 换鞋跟十五块一双 一个月下来能落两千四", "zh", "income", "2400"),
    # the figures of a few months named, then their average said after
    ("七月三千一 八月两千七 平均两千九", "zh", "expenses", "2900"),
    ("上个月4300 这个月3700 平均下来4000", "zh", "income", "4000"),
    # jobs listed one by one, "周末" naming the next job
    ("白天送快递三千 周末摆摊一千二", "zh", "income", "4200"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # a ceiling said after the figure
    ("提成加起来五千封顶 一般拿不到", "zh", "income"),
    ("一个月花销两千到顶了", "zh", "expenses"),
    # a round mark not reached
    ("差一口气四千", "zh", "income"),
    ("两千大关也没过", "zh", "expenses"),
    ("一个月六千都没破", "zh", "income"),
    # a total shared with someone, the own part not known
    ("我俩工资加起来九千 他拿多少我不知道", "zh", "income"),
    # the own share of a cost said as a part after a refund
    ("住院费每月两千 报完自己承担两成", "zh", "expenses"),
    # the rest said to be as much as a figure not given
    ("水电三百 别的跟房租差不多", "zh", "expenses"),
    # a profit said as the margin only
    ("批发进货卖给小店 一个月走货三万 赚点差价", "zh", "income"),
    # an offer and a lower one if it is refused
    ("五百 要是不行就四百", "zh", "counter"),
    # a deduction from the pay, how much not said
    ("公司借我两万 说从工资里扣 扣多少没讲", "zh", "other_debts"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
