"""Money families of round 56 in Chinese (a second pass), in words of our own: what is read, and
what is asked again.

Asked again at the income: a price of one piece in money ("一筐十五块") and a count of the same
pieces ("两百筐"), the month's not worked out (near miss: the month's said after, "一共…"); two
people's pay said as one whole, "钱放一起" after it (the "一" of "一起" no figure); the pay on
being taken on not set yet beside the pay on probation ("转正后工资还没谈"); a deduction said to
change each month ("扣多少每月都不一样").

Asked again at the spending: two cases said without a thing first and then with it, the second
only as what it adds ("不算车位的话… 算的话再加…").

Read at the other debts: a loan's payment beside an allowance the work pays ("单位每月补我…油补"),
no debt: the loan's payment alone.

Read at the income: the month's pay beside what comes apart from it, set aside: a year-end bonus
and its figure or said counted apart ("年终奖另算", "去年年终奖有一万五"), an allowance said to
come only in some months ("只有冬天发"), what busy months add ("活多的时候能多拿…"). Near miss:
the bonus to be spread over the year ("按一年平均算": asked again, as before).

Read: after doubts over the figure, the one said last after "反正" ("反正两千三左右"). Near miss:
a bound after "反正" ("反正不到三千": asked again, as before).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a loan's payment beside an allowance from work
    ("房贷三千 单位每月补我五百油补", "zh", "other_debts", "3000"),
    ("车贷一千八 公司一个月给八百交通补贴", "zh", "other_debts", "1800"),
    # the pay beside what comes apart from it
    ("月薪五千五 年终奖另算 去年年终奖有一万五", "zh", "income", "5500"),
    ("工资四千 还有两百取暖补贴 只有冬天发", "zh", "income", "4000"),
    ("一个月四千二 活多的时候能多拿五六百", "zh", "income", "4200"),
    # the figure said last after "反正"
    ("房贷两千三吧 也许两千三百多 反正两千三左右", "zh", "other_debts", "2300"),
    # near miss: pieces and their count, what the month came to said after
    ("一筐十五块 一个月编两百筐 一共三千", "zh", "income", "3000"),
]

#: (text, language, question): asked again
ASKED_AGAIN = [
    # a price of one piece and a count of them
    ("一筐十五块 一个月大概编两百筐", "zh", "income"),
    ("每盆六元 这个月插了三千盆", "zh", "income"),
    # two people's pay as one whole, kept together
    ("我跟老婆一共一万 钱放一起花", "zh", "income"),
    # the pay on being taken on not set
    ("下月转正 转正后工资还没谈 试用期拿四千", "zh", "income"),
    # a deduction that changes each month
    ("工资六千 要扣医保 扣多少每月都不一样", "zh", "income"),
    # near miss: a bonus to be spread over the year
    ("每月五千 年终奖两万四 按一年平均算吧", "zh", "income"),
    # near miss: a bound after "反正"
    ("房贷两千多 反正不到三千", "zh", "other_debts"),
    # without a thing, then with it as what it adds
    ("不算车位的话三千四 算的话再加五百", "zh", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
