"""Money families of round 36 in Chinese, in words of our own: what is read, and what is asked
again.

Read: a measure of the body beside the pay ("高压一百五", "体重一百四十斤"); a month named in
words before its pay ("备注:十二月工资"); a gift once at a festival beside the month's pay ("过年
还给了个五百的红包"); an item pointed back at by its word and set aside ("存的那个不算开销"); an
item said to be left out of the figure, then to be counted in ("不包括…那个也得算上"); a whole
shared, then each one's share ("房租四千我们一人两千"); a sum the employer takes for its
loan, pointed back at with "那" ("单位每月扣八百还借的钱 那八百我填在其他贷款"); a figure
said right after not to come every month ("那是人情不是每个月都有"), the usual one after it.

Asked again: a bound with the figure withheld ("五千以内, 具体不方便说"); a lower bound only
("起码得", "至少"); a figure to be looked up first ("翻翻工资条再说"); paid once every few months
("三个月发一回"); two pays in together, whose is whose not known ("分不清谁多谁少"); a commission
as a rate of the sales, the month's not worked out; the least and the most ("少则…多则"); paid
back each time something is sold; one of two payments not fixed ("另一笔看情况"); a price each
time and a rough count of times ("一个月去三四趟"); an advance settled at the year's end ("多退少
补"); a part inside a bill's whole set aside ("里面有一笔…那个不算"); this month's pay beside a
usual one said as a rough range ("平时也就三千五六").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a measure of the body beside the pay
    ("保安 每月工资4100 上回体检高压一百五 医生说要少熬夜", "zh", "income", "4100"),
    ("工资三千九 体重一百四十斤 最近老是腰疼", "zh", "income", "3900"),
    # a month named in words before its pay
    ("收款 +4,200.00 来自公司 备注:十二月工资", "zh", "income", "4200"),
    # a gift once at a festival beside the month's pay
    ("保洁 一个月两千八 过年老板还给了个五百的红包", "zh", "income", "2800"),
    ("厨房帮工 每月三千一 中秋单位发了三百过节费", "zh", "income", "3100"),
    # an item pointed back at by its word and set aside
    ("房租一千四 吃饭九百 每月还存三百 存的那个不算开销", "zh", "expenses", "2300"),
    ("房租一千五 吃饭一千 每月给我妈八百 给的那笔不算", "zh", "expenses", "2500"),
    # an item said to be left out of the figure, then to be counted in all the same
    ("开销两千五 不包括给老人的八百 那个也得算上", "zh", "expenses", "3300"),
    # a whole shared, then each one's share
    ("和朋友合租 房租四千我们一人两千 吃饭八百", "zh", "expenses", "2800"),
    ("房租三千六 三个人每人一千二 伙食九百", "zh", "expenses", "2100"),
    # a figure said right after not to come every month, the usual one after it
    ("这个月同学结婚随礼花了一千 那是人情不是每个月都有 平常开销两千三", "zh", "expenses", "2300"),
    # a monthly sum the employer takes for its loan, pointed back at with "那"
    ("工资四千八 单位每月扣八百还借单位的钱 那八百我填在其他贷款", "zh", "income", "4800"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # a bound, the figure itself withheld
    ("五千以内 具体不方便说", "zh", "income"),
    # a lower bound only
    ("一个月花销至少两千八", "zh", "expenses"),
    ("最少也得还六百", "zh", "counter"),
    # a figure to be looked up before it is given
    ("四千六吧 好像不对 我翻翻工资条再说", "zh", "income"),
    # paid once every few months
    ("果园的工钱三个月发一回 一回一万二", "zh", "income"),
    # two pays coming in together, whose is whose not known
    ("我和老伴的钱都进一张卡 每月一共八千六 也分不清谁多谁少", "zh", "income"),
    # a commission as a rate of the sales, the month's not worked out
    ("底薪三千 卖房子提百分之一 这个月卖了一套", "zh", "income"),
    # the least and the most
    ("最少四百 最多六百", "zh", "counter"),
    # paid back each time something is sold
    ("每卖一茬菜就还一回 一回三千", "zh", "counter"),
    # one of two payments fixed, the other not
    ("10号还一次 20号还一次 一次四百 另一次说不准", "zh", "other_debts"),
    # a price each time, a rough count of times
    ("一次理疗两百 一个月去三四趟 吃饭一千", "zh", "expenses"),
    # an advance each month, settled at the year's end
    ("队里每月先预支三千生活费 年底多退少补", "zh", "income"),
    # a part inside a bill's whole set aside, what is left not worked out
    ("微信账单本月支出3,200 里面有一笔1500是借给朋友的 那个不算", "zh", "expenses"),
    # this month's pay beside a usual one said as a rough range
    ("这个月加班多 拿了四千八 平时也就三千五六", "zh", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
