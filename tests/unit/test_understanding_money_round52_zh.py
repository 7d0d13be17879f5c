"""Money families of round 52 in Chinese (and what rounds 46 to 51 left), in words of our own:
what is read, and what is asked again.

Read: a figure taken back for another ("不对", "算了", a bare "不" or "等下" after a trailing
"……"), the figure meant said last. Since a past month the pay rose to it ("上个月开始涨到四千五")
is what it is now, no old figure. The gap between the two said after them as its cause ("迟到扣了
两百") only tells why: no third amount. An offer taken back with "算了" and the first said again
as too dear ("五百 算了还是四百吧 五百有点紧"). What can be paid back said beside the income asked
for ("我最多能还四百 工资三千二"): the offer is no income.

Asked again: the one figure said of another kind than the one asked, nothing of the kind asked
said: the pay asked for an offer ("到手才两千六 你们看着办") or for the spending, a rent or a
loan's payment asked for the income ("收入不多 房贷每月就要两千"); an offer said as a lower bound
only ("起码能给四百吧"); an item said to be left out of a total, its cost said only by the time
("这还不算钢琴课 一节一百五"); another item's money said not to be known ("然后水电的钱我不清楚");
a couple's whole, the own share only said as a part ("两口子开销五千 我那份算一半").

Near misses, read or asked as before: a figure said plainly beside last month's ("四千五 上个月是
四千二"); a third figure after the correction that is not the gap (asked again); the pay said
all spent, asked for the spending ("全花光了"); a rent let, asked for the income; an allowance
paid ("只发生活费"); the pay beside an offer; an offer said plainly ("能给四百").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a figure taken back, the pay risen to since a past month
    ("四千二 不对 上个月起加到四千五了", "zh", "income", "4500"),
    ("三千五 哦不对 上个月开始涨到三千九了", "zh", "income", "3900"),
    # a bare "no" or "wait" after a trailing "……"
    ("七百……不 六百", "zh", "counter", "600"),
    ("两千六...等下 我看看工资条 是两千六百八", "zh", "income", "2680"),
    # the gap said as the cause of the correction
    ("五千二 不对 是五千 这个月请假扣了两百", "zh", "income", "5000"),
    ("三千 不对 是三千五 房租涨了五百", "zh", "expenses", "3500"),
    # an offer taken back with "算了", the first too dear
    ("五百 算了还是四百吧 五百有点紧", "zh", "counter", "400"),
    # near misses read as before
    ("四千五 上个月是四千二", "zh", "income", "4500"),
    # an offer beside the income asked for
    ("我最多能还四百 工资三千二", "zh", "income", "3200"),
    # near misses of the figure of another kind, read as before
    ("工资三千五 全花光了", "zh", "expenses", "3500"),
    ("楼下铺面出租 房租一个月两千", "zh", "income", "2000"),
    ("放假了 只发生活费一千二", "zh", "income", "1200"),
    ("工资三千 每个月还四百", "zh", "counter", "400"),
    ("能给四百", "zh", "counter", "400"),
    # an item's money said after it is said not to be known; an own share said as a figure
    ("房租一千 水电的钱不清楚 大概两百", "zh", "expenses", "1200"),
    ("两个人一个月四千 我出两千", "zh", "expenses", "2000"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # a third figure after the correction that is not the gap
    ("五千二 不对 是五千 这个月请假扣了三百", "zh", "income"),
    # the one figure said of another kind
    ("到手才两千六 你们看着办", "zh", "counter"),
    ("我月薪也就三千二 真的没多少", "zh", "counter"),
    ("工资就三千五 你看着填吧", "zh", "expenses"),
    ("收入不多 房贷每月就要两千", "zh", "income"),
    # an offer said as a lower bound only
    ("起码能给四百吧", "zh", "counter"),
    # a part left out of a total, priced by the time; an item's money not known
    ("一个月花三千 这还不算钢琴课 一节一百五", "zh", "expenses"),
    ("房租一千然后水电的钱我不清楚", "zh", "expenses"),
    # a couple's whole, the own share said only as a part
    ("两口子开销五千 我那份算一半", "zh", "expenses"),
    ("夫妻俩一共六千 这算谁的", "zh", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
