"""Money families of round 35 in Chinese, in words of our own: what is read, and what is asked
again.

Read: a debt lent by someone ("老板借我六千") beside what is paid back each month; a figure at
the income said right after to be no money to count: a card that cannot be cashed ("那个不是
钱"), a windfall or a gamble set aside ("横财不算", "股票不稳定别算"), "那个不算"; a figure at
the spending said right after to be another debt ("这个算其他贷款"); the whole month said in
Cantonese ("成个月三千"); a part paid to the landlord by another before the own part
("公司替我付五百给房东, 我自己出一千五"); two jobs, this month's from one and the other's
monthly ("家教每月六百": no count of places); not a penny more ("多一分都拿不出来"); a thing
without a figure said not to count with "吧" ("保险不算贷款吧"); the month's pay in all said
last, after a rate by the piece and a count ("一单五块, 跑了六百多单, 平台结了三千二"); a
figure by the day worked into the month's right after it ("一天三十, 一个月就是九百").

Asked again: heading for a round figure ("快奔六千了"); a round figure and a part unsaid ("一千
大几"); a rough figure beside a bound ("三千左右, 四千以内"); last month's and this month's,
the next not known; a figure still to be looked up ("回头查一下工资条"); a deduction not known
yet ("扣多少还不清楚"); paid by the piece, how many not known; two pays added up, the own not
said ("和我的加起来九千"); the pay on probation said as a share ("实习期按八成发"); the
spending as a share of the pay ("收入的六成"); a price by area ("一平米两块五"); less than
when prices were better, by how much unsaid; so many trips a week at a price each.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a debt lent by someone, beside the monthly payment back
    ("老板借我六千 每月还三百", "zh", "other_debts", "300"),
    # a figure said right after to be no money to count
    ("单位发的购物卡每月三百 那个不是钱 工资三千六", "zh", "income", "3600"),
    ("买彩票中了两百 横财不算 工资四千二", "zh", "income", "4200"),
    ("兼职带货挣了九百 那个不算 工资四千", "zh", "income", "4000"),
    ("奖金五百不算 工资三千三", "zh", "income", "3300"),
    # a figure at the spending said right after to be another debt
    ("车贷每月两千 这个算其他贷款 房租一千三 吃饭九百", "zh", "expenses", "2200"),
    # the whole month said in Cantonese
    ("租金一千六 食饭一千二 成个月三千", "zh", "expenses", "3000"),
    # a part paid to the landlord by another, then the own part
    ("房租两千 公司替我付五百给房东 我自己出一千五 吃饭八百", "zh", "expenses", "2300"),
    # two jobs, this month's from one, the other's monthly ("家教" no count of places)
    ("两份兼职 餐厅这个月拿了1320 家教每月固定600", "zh", "income", "1920"),
    # not a penny more than the figure
    ("每月两百五 多一分都拿不出来", "zh", "counter", "250"),
    # a thing without a figure said not to count, with "吧", then the figure
    ("车位费不算开销吧 吃住一共两千六", "zh", "expenses", "2600"),
    ("车贷每月一千九 保险不算贷款吧 就一千九", "zh", "other_debts", "1900"),
    # the month's pay in all, said last after a rate by the piece and a count
    ("送外卖 一单五块 这个月跑了六百多单 平台结了三千二", "zh", "income", "3200"),
    ("当家教 一节课一百二 这个月上了二十节 家长给了两千四", "zh", "income", "2400"),
    # a figure by the day worked into the month's right after it, then another item
    ("吃饭一天大概三十 一个月就是九百 房租一千一", "zh", "expenses", "2000"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # heading for a round figure
    ("工资快奔六千了", "zh", "income"),
    # a round figure and a part unsaid
    ("一千大几吧", "zh", "expenses"),
    # a rough figure beside a bound
    ("每月三千左右 四千以内", "zh", "expenses"),
    # last month's and this month's, the next not known
    ("上个月三千二 这个月两千九 下个月还不知道", "zh", "expenses"),
    # a figure still to be looked up
    ("大概四千三 我回头查一下工资条", "zh", "income"),
    # a deduction not known yet
    ("底薪三千八 这个月迟到要扣钱 扣多少还不清楚", "zh", "income"),
    # paid by the piece, how many not known
    ("修手机一台五十 这个月不清楚修了多少台", "zh", "income"),
    # two pays added up, the own not said
    ("他的工资和我的加起来九千", "zh", "income"),
    # the pay on probation said as a share of the full pay
    ("实习期按八成发 转正四千五", "zh", "income"),
    # the spending as a share of the pay
    ("花销是收入的六成 收入五千", "zh", "expenses"),
    # a price by area, the sum not worked out
    ("物业费一平米两块五 房子九十平", "zh", "expenses"),
    # less than when prices were better, by how much unsaid
    ("捡瓶子好的时候一个月能挣两千 现在没那么多了", "zh", "income"),
    # so many trips a week, a price for each
    ("一周跑四次医院 一次打车六十", "zh", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
