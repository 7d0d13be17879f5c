"""Money families of round 34 in Chinese, in words of our own: what is read, and what is asked
again.

Read: the exact figure after a rough one ("具体是", "精确点是", "准确的说是"); a figure
said the wrong way round and put right ("说反了"); a part of the whole said to be counted
in it already ("已经包含在里面了", "已经算进去了"); a figure short of a round one ("差一百就
六千", "离四千还差两百"); a month named in digits before its pay ("10月工资"); a payment at
the income said to be spending ("那个算开销吧"); the own small household's part after the
parents' ("我们小家出五千"); a thing said to be the work's or an extra, set aside with "不算",
and the figure then settled ("那就五十八", "那个不算的话"); a total, an item forgotten in it,
the total with it ("漏了兴趣班四百, 是四千二"); a cut by half with the figure now said
("工资减半, 现在四千"); the pay on probation beside the pay once taken on, not yet ("下个月才
转正"); what lands on the card ("打到卡上", "工资卡进了"), not what is left in hand ("手上就剩
两百"); the own half of a cost worked out, then another item ("我出一半就是七百, 另外吃饭八百");
pay from two places this month ("两个平台", "另一家"); this month's bill of each debt; an
offer settled after a range ("七八百都行, 就按八百吧"), or beside a plan's figure said to be too
much ("方案三要一千三, 太多了"). Also asked again: this month's spending made larger by a
one-off beside last month's ("这个月孩子开学买东西花了四千六"); a partner's pay handed over
only to manage ("交给我管").

Asked again: short of a round figure by a gap not said ("差一点就五千了"); a quarter's pay
beside the month's base ("上个季度发了一万二"); the usual month not known ("平时多少我得
问问"); paid by the session ("一场三百"); one a day for each of a household ("一人一天三十,
家里三口"); only one item known ("我只知道房租三千"); another item's amount forgotten
("微粒贷忘了多少").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the exact figure after a rough one
    ("每月花销差不多三千 精确点说是2870", "zh", "expenses", "2870"),
    ("工资大概五千吧 准确的说是5160", "zh", "income", "5160"),
    ("一个月两千出头 具体是2080块", "zh", "expenses", "2080"),
    # a figure said the wrong way round, put right
    ("打字打错了 房贷一千二 说反了 是两千一", "zh", "other_debts", "2100"),
    # a part said to be counted in the whole already
    ("每月四千六 水电煤三百也已经算进去了", "zh", "expenses", "4600"),
    ("总共三千九 车位费四百已经包含在内", "zh", "expenses", "3900"),
    # short of a round figure by a gap
    ("到手差两百就七千了", "zh", "income", "6800"),
    ("退休金离四千还差三十", "zh", "income", "3970"),
    ("差个八十块到三千", "zh", "expenses", "2920"),
    # a month named in digits before its pay
    ("转账备注 9月份工资 4700", "zh", "income", "4700"),
    ("11月的工资到账了 5230", "zh", "income", "5230"),
    # a thing said to be the work's or an extra, set aside with "不算"
    ("电脑是公司配的 不算 每月房租水电吃饭两千九", "zh", "expenses", "2900"),
    ("低保每月一千三 过年社区给的红包不算", "zh", "income", "1300"),
    # the figure left once one is set aside, "那就"
    ("这个月花了五千 给弟弟的一千五不算 那就三千五", "zh", "expenses", "3500"),
    ("物业费是一年一交的 那个不算的话 平时每个月一千七", "zh", "expenses", "1700"),
    # a total, an item forgotten, the total with it
    ("一个月两千六 哦忘了话费一百 两千七", "zh", "expenses", "2700"),
    # a cut by half, the figure now said
    ("厂里效益不好 奖金减半 以前六千五 现在每个月拿五千", "zh", "income", "5000"),
    # the pay on probation, the pay once taken on not yet
    ("实习期工资三千二 转正后四千 还没转正", "zh", "income", "3200"),
    # what lands on the card after deductions
    ("合同写五千 扣了社保公积金 打到卡上四千一", "zh", "income", "4100"),
    # what is left in hand before payday is no pay
    ("退休金两千九 十五号才发 兜里只剩一百了", "zh", "income", "2900"),
    # the own half of a cost worked out, then another item
    ("车位费六百我出一半就是三百 另外话费一百", "zh", "expenses", "400"),
    # pay from two places, this month's of each added
    ("跑两个平台 滴滴这个月三千六 高德两千一", "zh", "income", "5700"),
    # this month's bill of each debt
    ("京东白条这月账单420 花呗六百", "zh", "other_debts", "1020"),
    # an offer settled after a range, "就按X吧"
    ("五六百都可以 就按六百吧", "zh", "counter", "600"),
    # the own offer beside a plan's figure said to be too much
    ("每月九百 方案一要一千五 太高了", "zh", "counter", "900"),
    # a payment at the income said to be spending
    ("开网约车 一个月落七千 车险一年摊下来五百 这个算支出吧", "zh", "income", "7000"),
    # the own small household's part after the parents'
    ("一家六口每月花一万 其中四千是公婆出的 我们两口子出六千", "zh", "expenses", "6000"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # short of a round figure by a gap not said
    ("差一点就八千了", "zh", "income"),
    ("开销差几百到一万", "zh", "expenses"),
    # a quarter's pay beside the month's base
    ("底薪四千五 奖金按季度结 这个季度结了九千", "zh", "income"),
    # the usual month not known beside an unusual one
    ("年底这个月发了两个月的 一万一 平时每个月多少我得查查", "zh", "income"),
    # paid by the session, the count not said
    ("在培训机构代课 一场四百 这个月排了几场还没定", "zh", "income"),
    # one a day for each of a household counted
    ("菜钱一人一天二十五 家里四口 水电三百", "zh", "expenses"),
    # only one item known
    ("家里钱都是我老婆管 我只知道房贷四千二", "zh", "expenses"),
    # this month's made larger by a one-off, beside last month's
    ("上个月两千九 这个月过节随礼花了五千", "zh", "expenses"),
    # a partner's pay handed over to manage, no work of one's own
    ("我没工作在家带娃 老婆工资九千都交给我保管", "zh", "income"),
    # another item's amount forgotten
    ("信用卡分期八百 还有个拍拍贷记不清多少了", "zh", "other_debts"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
