"""Money families of round 46 in Chinese, in words of our own: what is read, and what is asked
again.

Read: a figure said right after to be another's, whoever that is ("那是客户付给厂里的", "那是
合伙人的", "那是收购价 不是我的"), set aside beside the own figure; the gifts owed to others
("人情") named right after a figure, no people counted; households counted by a meter reader
("户"), no money; before or after tax said of the pay named right after it ("实发工资"), the
net read, not the two added; a thing bought or paid for a spouse or a child ("给老伴买药"),
the cardholder's own cost; a balance owed, then the month's payment led by "一个月" and its
verb ("一个月还她三百"), the payment, not the two added; a balance said to be paid back on no
monthly plan ("不用按月还", "不急着还"), set aside beside another debt's payment; an extra's
figure said right before its name and set aside ("那五百过节费不算").

Asked again: a figure in the money of the Gulf or of Arab lands ("里亚尔", "第纳尔"); a figure
paid each time every few months, said with "每" ("每三个月凑", the month's not worked out). Near
misses, read as before: a figure said to be of a time ("那是一年的", asked again) or the
cardholder's own ("那是我自己的", added), and one said to be net ("这个是扣完社保的"); a
spouse's own spending beside the cardholder's; the gross pay alone.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a figure said right after to be another's, the own figure beside it
    ("做实木桌子 一张三千那是客户付给厂里的 我每月拿五千四", "zh", "income", "5400"),
    ("仓库租金五千那是合伙人的 家里花两千一", "zh", "expenses", "2100"),
    ("收茶叶 一斤六十那是收购价 不是我的 我一个月三千九", "zh", "income", "3900"),
    ("化肥一季两万多那是种地的 家里吃饭一千二 水电一百", "zh", "expenses", "1300"),
    # the gifts owed to others named right after a figure
    ("房租一千三 人情往来两百", "zh", "expenses", "1500"),
    # households counted by a meter reader
    ("抄燃气表 一个月跑一千六百户 到手三千二", "zh", "income", "3200"),
    # before or after tax said of the pay named right after it: the net, not the two added
    ("工资单上 税前薪资 8,200.00 税后薪资 7,035.60", "zh", "income", "7035.60"),
    ("应发工资七千一 实发工资六千三", "zh", "income", "6300"),
    # a thing bought or paid for a spouse or a child, the cardholder's own cost
    ("房租九百 吃饭一千 给老伴买药两百", "zh", "expenses", "2100"),
    ("水电一百 帮孙子交学费四百", "zh", "expenses", "500"),
    # a balance owed, then the month's payment led by "一个月" and its verb, not added up
    ("欠同事五千 一个月还五百", "zh", "other_debts", "500"),
    ("欠老乡三千 说好一个月还她三百", "zh", "other_debts", "300"),
    # a balance said to be paid back on no monthly plan, beside another debt's payment
    ("白条一个月三百 欠我姑的三万不用按月还", "zh", "other_debts", "300"),
    ("花呗每月六百 借同学八千 不急着还", "zh", "other_debts", "600"),
    # an extra's figure said right before its name, then set aside
    ("保洁 每月两千六 中秋那五百过节费不算", "zh", "income", "2600"),
    # near-misses, read as before: the figure's own kind, or its item named after "的"
    ("到手六千一 这个是扣完社保的", "zh", "income", "6100"),
    ("房租两千 两个人住", "zh", "expenses", "2000"),
    ("房租三千那是我自己的 吃饭一千", "zh", "expenses", "4000"),
    ("每个月还一千二", "zh", "counter", "1200"),
    ("房租一千五一个月 吃饭一千", "zh", "expenses", "2500"),
    ("工资四千八 一个月", "zh", "income", "4800"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # a figure in the money of the Gulf or of Arab lands
    ("在阿联酋开吊车 每月四千里亚尔", "zh", "income"),
    ("在约旦打工 一个月六百第纳尔", "zh", "income"),
    ("在卡塔尔 工资三千里亚尔 补贴五百里亚尔", "zh", "income"),
    # a figure paid each time every few months, said with "每"
    ("每三个月凑两千还你们", "zh", "counter"),
    ("欠亲戚的 每隔两个月打一千五", "zh", "other_debts"),
    # near-miss: a figure said to be of the year, not another's, is not set aside
    ("物业两千四那是一年的 吃饭一千", "zh", "expenses"),
    # a spouse's own spending beside the cardholder's: whose is asked is not said
    ("我花一千 老伴花八百", "zh", "expenses"),
    # near-miss: the balance alone, said to be paid back on no monthly plan
    ("欠我姐两万 不用按月还", "zh", "other_debts"),
    # the gross alone, the net unsaid
    ("税前收入九千", "zh", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
