"""Money families of round 47 in Chinese, in words of our own: what is read, and what is asked
again.

Read: a figure said to come once a year ("一年才发一回的", "一年就一次") beside the month's pay,
set aside; what an earlier year paid ("去年", "前年") said before this year's ("今年"), the
year now read; the gross and the net on a pay slip named with "合计" ("应发合计", "实发合计"),
the net read; a bare total ending the message after rates and a count of what was done ("一天
三百 这个月干了二十天 六千"), even with the count said only roughly ("两百来斤"); a figure said
to go among the debts ("那个算欠款"), or a debt named without one and set aside, beside the
spending's own figure; a cost said right after to be the farm's ("是种菜用的"); machines and
pieces of work counted ("八台", "三十顶"), no money; the price a piece is sold at, larger than
the pay said last ("一件卖一万 老板按月给我开三千"); the price of one thing bought on
instalments ("一台四千"), beside the month's payment; a purchase said to be paid once ("那是
一次性的"), set aside with its clause; an item's old figure said before its figure now ("原来
一千 现在八百"); a figure by the day worked into thirty days ("三十天就是七百五"); a side job's
money said to have no fixed figure and set aside ("帮人搬家的钱不固定 那个不算").

Asked again: a part of the pay (by the piece, the sales, attendance) said not to be known yet
("提成下个月才算出来", "全勤拿不拿得到还不知道"); two figures for the two halves of a year;
a figure with "朝下" (at most, how far under unsaid); a debt paid back every other month ("隔一
个月还一次"); a debt paid back when there is money, no figure said ("有钱再还"). Near misses,
read or asked as before: a rate said last ("一单两千六"), a base pay named after the count
("底薪四千", the rest unsaid), the count with no total ("一个月干二十天"), the part not known
yet with a figure after it, a balance paid back when there is money beside a monthly payment.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a figure said to come once a year, set aside beside the month's pay
    ("一个月六千三 安全奖一万是一年才发一回的", "zh", "income", "6300"),
    ("过节费两千 一年就一次 平时每月五千二", "zh", "income", "5200"),
    # what an earlier year paid, said before this year's
    ("去年活多一个月一万 今年就七千了", "zh", "income", "7000"),
    ("前年一个月九千 去年换了厂 今年每个月六千二", "zh", "income", "6200"),
    # the gross and the net on a pay slip named with 合计
    ("工资单 应发合计：8,100.00 实发合计：7,254.30", "zh", "income", "7254.30"),
    # a bare total ending the message after rates and a count
    ("搬砖 一天三百 这个月干了二十天 六千", "zh", "income", "6000"),
    ("摘棉花 一斤一块五 一天摘两百来斤 这个月结了四千二", "zh", "income", "4200"),
    # a figure said to go among the debts, or a debt set aside without one
    ("车贷每月还两千 那个算欠款 其他开销一千五", "zh", "expenses", "1500"),
    ("车贷不算 那个是欠款 吃饭房租三千", "zh", "expenses", "3000"),
    # a cost said right after to be the farm's
    ("化肥一个月两千是种菜用的 家里吃饭一千", "zh", "expenses", "1000"),
    # machines and pieces counted, no money
    ("夹娃娃机放了八台在超市 我自己落三千二", "zh", "income", "3200"),
    ("一个月三千顶多了", "zh", "income", "3000"),
    # the price a piece is sold at, larger than the pay said last
    ("做旗袍 一件卖一万 老板按月给我开三千", "zh", "income", "3000"),
    # the price of one thing bought on instalments, beside the month's payment
    ("分期买了两台 一台四千 每月还一千", "zh", "other_debts", "1000"),
    ("手机分期 一部五千 每月还四百", "zh", "other_debts", "400"),
    # a purchase said to be paid once, set aside with its clause
    ("房租一千 吃饭八百 前几天修车花了一千五那是一次性的", "zh", "expenses", "1800"),
    # an item's old figure said before its figure now
    ("房租九百 伙食以前一千二 现在省着点八百", "zh", "expenses", "1700"),
    # a figure by the day worked into thirty days
    ("一天吃饭二十五 三十天就是七百五 水电两百", "zh", "expenses", "950"),
    # a side job's money with no fixed figure, set aside
    ("一个月三千四 帮人搬家的钱不固定 那个不算", "zh", "income", "3400"),
    # near-misses, read as before
    ("车贷两千 吃饭一千", "zh", "expenses", "3000"),
    ("底薪三千 提成还没算 大概一千", "zh", "income", "4000"),
    ("欠我哥两万 有钱再还 每月还五百", "zh", "other_debts", "500"),
    ("今年一个月六千 去年一万", "zh", "income", "6000"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # a part of the pay said not to be known yet
    ("底薪三千 提成下个月才算出来", "zh", "income"),
    ("三千二加全勤 全勤拿不拿得到还不知道", "zh", "income"),
    # two figures for the two halves of a year
    ("上半年一个月四千 下半年两千", "zh", "income"),
    # at most, how far under unsaid
    ("五千朝下", "zh", "expenses"),
    # a debt paid back every other month
    ("隔一个月还一次 一次两千", "zh", "counter"),
    # a debt paid back when there is money, no figure
    ("欠我哥的 有钱再还", "zh", "other_debts"),
    ("欠表姐的 有了就还 没有就拖着", "zh", "other_debts"),
    # near-misses: a rate said last, a base named after the count, no total after the count
    ("一单一千八 一单两千六", "zh", "income"),
    ("一趟补贴三百 一个月跑四五趟 底薪四千", "zh", "income"),
    ("一天两百 一个月干二十天", "zh", "income"),
    ("洗一只狗提二十 一个月洗百来只", "zh", "income"),
    # near-miss: the side job's money not fixed, not said to be set aside
    ("一个月三千四 帮人搬家的钱不固定", "zh", "income"),
    # the once-a-year figure alone
    ("年终奖一万 一年一次", "zh", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
