"""Money families left misread in rounds 31-43 in Chinese, in words of our own: what is asked
again, and the ordinary messages beside them that are still read.

Asked again: odd months and even months each with a figure; a month's pay with a bonus or back
pay inside it, its size not known or the usual month's not said; a whole shared between
partners, the own part said only as the larger or the smaller one; a cost as much as is used;
paid back when there is money; paid back each payday, paid every half month or week; only how
much more or less than another figure; one item costed, the rest not worked out; a cost of one
month, the usual month's said only vaguely.

Read: the same words with the month's figure said ("油费看跑多少 一个月五百左右"), the own part
said, a difference beside a figure of its own, the rest said to be nothing.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a cost as much as is used, the month's said after it
    ("电费看用多少 一个月两百上下 房租一千二", "zh", "expenses", "1400"),
    # a difference beside a figure of its own
    ("现在到手四千六 比去年多了两百", "zh", "income", "4600"),
    ("比上个月少了一百 这个月三千八", "zh", "income", "3800"),
    # the rest said to be nothing
    ("房租一千八 其他的没了", "zh", "expenses", "1800"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # odd months and even months each with a figure
    ("单月拿三千六 双月拿四千八", "zh", "income"),
    ("双月要交两份保险 双月一千九 单月一千三", "zh", "expenses"),
    # a month's pay with a bonus or back pay inside it
    ("上个月到手一万 这里面有年终奖 年终奖具体多少不知道", "zh", "income"),
    ("这个月发了八千五 把上半年的补贴补发了 平时一般看出勤", "zh", "income"),
    # a whole shared between partners, the own part said only as the larger or smaller one
    ("跟同学合伙摆摊 一个月俩人分九千 我拿小头", "zh", "income"),
    # a cost as much as is used
    ("水电看用多少 物业两百", "zh", "expenses"),
    ("信用卡看这个月刷多少 上次还了一千二", "zh", "other_debts"),
    # paid back when there is money
    ("欠我表哥八千 他说什么时候有钱什么时候还", "zh", "other_debts"),
    # paid back each payday, paid every week
    ("结一回工资还一回 一回一百五 我们一周一结", "zh", "counter"),
    # only how much more or less than another figure
    ("比去年少了五百", "zh", "income"),
    ("比当地最低工资高四百 标准是一千九", "zh", "income"),
    # one item costed, the rest not worked out
    ("房贷三千二 别的零碎开销没算过", "zh", "expenses"),
    # a cost of one month, the usual month's said only vaguely
    ("这个月搬家花了四千 平常不好说", "zh", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
