"""Money families of round 41 in Chinese, in words of our own: what is read, and what is asked
again.

Read: a half said after a Chinese unit ("四千半" is 4500); two items whose second is a round
thousand, no thousand said once for both ("水费五十 房租一千"); a part said first as already
counted in the whole said after it ("餐补两百也算在里面 到手四千一"); the forms of an exercise
("太极四十二式"); a price by the piece, bought and sold, or a rate, and the month's pay kept said
last ("净挣", "能剩", "到我手上的是", "一共收了", "提现了", "底薪加提成"); a cost said to be the
business's, beside the home's ("那是生意上的"); a price by the time beside the month's pay.

Asked again: a bound said with "不足", "够不着" or "不满" (under it, how far unsaid); a price by
the time or the job ("修车一次两百左右", "每次充电八十").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a half said after a Chinese unit: the next unit down
    ("四千半 每个月差不多", "zh", "income", "4500"),
    ("开销两千半左右吧", "zh", "expenses", "2500"),
    # two items whose second is a round thousand: no thousand said once for both
    ("每个月水费五十左右 房租一千", "zh", "expenses", "1050"),
    ("网费80 房租两千", "zh", "expenses", "2080"),
    # a part said first as already counted in the whole said after it
    ("餐补两百也算在里面 到手四千一", "zh", "income", "4100"),
    ("物业费一百五已经包含在内 一个月总共花两千六", "zh", "expenses", "2600"),
    # the forms of an exercise
    ("在公园教太极四十二式 一个月挣两千二", "zh", "income", "2200"),
    # a price bought and sold at, the month's net said last
    ("卖水果的 一箱橙子进价四十卖六十五 刨去房租 一个月净挣四千二", "zh", "income", "4200"),
    # a price by the piece, the month's kept said last
    ("卖煎饼的 一个六块 一天卖一百多个 一个月算下来能剩三千九", "zh", "income", "3900"),
    # a rate by the job and the studio's cut, the month's said last
    ("跟拍摄像 一场收两千 公司抽两成 这个月到手上的是八千六", "zh", "income", "8600"),
    ("修家电 上门一次五十到一百五 上个月一共收了五千二", "zh", "income", "5200"),
    ("代练 一小时25 平台抽15% 这个月提现了3,180", "zh", "income", "3180"),
    ("超市导购 卖一箱牛奶提两块 这个月底薪加提成三千四百五", "zh", "income", "3450"),
    # a cost said to be the business's, beside the home's
    ("进货一个月五千那是生意上的 家里开销一千九", "zh", "expenses", "1900"),
    # a price by the time beside the month's pay
    ("剪头一次二十五 一个月挣三千三", "zh", "income", "3300"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # a bound said with "不足", "够不着" or "不满": under it, how far unsaid
    ("不足三千五 还要交房租", "zh", "income"),
    ("一个月够不着四千", "zh", "income"),
    ("花销不满两千", "zh", "expenses"),
    # a price by the time or the job
    ("修车一次两百左右", "zh", "income"),
    ("每次充电八十 一个月充几次不一定", "zh", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
