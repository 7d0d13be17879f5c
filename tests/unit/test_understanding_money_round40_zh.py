"""Money families of round 40 in Chinese, in words of our own: what is read, and what is asked
again.

Read: a saying with a bigger figure in it ("拿着两千的工资 操着两万的心"); a dormitory room's
number ("住512寝室"); the last digits of an ID said with "是" ("尾号是7731"); a performance
score ("绩效打了1.15"); loan apps named with a number ("58好借"); a rate by the piece and the
boss's cut, the month's pay kept said after ("一个月落个三千五"); a meal card the employer
fills, no pay and none of the own spending ("饭卡另外充两百", "饭卡单位每月充四百"); a utility's
price by the unit ("电一度五毛多"); paying by the year offered as cheaper, not taken ("年付能便宜
些"); no bonus at the year's end after the pay ("年底怕是没年终奖了"); last year's or a season's
earnings beside a month of nothing ("现在是零 去年一个旺季赚了两万"); a whole paid up front for
housemates, the own share said ("我先垫上 … 我自己出一千四").

Asked again: a figure "往下", "有找" or "欠一点" (under it, how far unsaid); a small figure with a
decimal said by the month and roughly ("每月1.4左右"); a second, higher offer if the first is not
enough ("不够的话五百也行"); the pay said only against another's ("比我老公低 他六千"); the tax
paid, the pay to be worked out ("交了个税30块"); another item's money kept by another or not to
be said ("买菜的钱我妈管着", "烟钱说不准"); a figure taken back to be worked out again ("不对 可能
没那么多 我重新算一下"); a part of a bill paid for another, how much not remembered; a rate by the
piece with a rough count ("剪一个头提十五 一个月剪百来个").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a saying with a bigger figure in it
    ("拿着两千的工资 操着两万的心 超市理货员", "zh", "income", "2000"),
    # a dormitory room's number
    ("住512寝室 厂里管住 每月工资3980", "zh", "income", "3980"),
    # the last digits of an ID said with "是"
    ("银行卡尾号是7731 工资四千四", "zh", "income", "4400"),
    # a performance score
    ("绩效打了1.15 这个月到手四千六", "zh", "income", "4600"),
    # loan apps named with a number
    ("借呗每月三百 还有58好借 一百五", "zh", "other_debts", "450"),
    # a rate by the piece and the boss's cut, the month's pay kept said after
    ("擦鞋的 擦一双十块 老板抽三块 我一个月落个三千五", "zh", "income", "3500"),
    # a meal card the employer fills: no pay, none of the own spending
    ("厂里每月发三千六 饭卡另外充两百 只能在食堂用", "zh", "income", "3600"),
    ("饭卡单位每月充四百 不够我再充一百 房租九百", "zh", "expenses", "1000"),
    # a whole paid up front for housemates, their shares sent back, the own share said
    ("房租三千六我先垫上 两个舍友各转我一千一 我自己出一千四 话费五十", "zh", "expenses", "1450"),
    # a utility's price by the unit
    ("电一度五毛多 每月交七十左右 房租一千二", "zh", "expenses", "1270"),
    # paying by the year offered as cheaper, not taken
    ("房租月付一千一 年付能便宜些但是拿不出 吃饭八百", "zh", "expenses", "1900"),
    # no bonus at the year's end after the pay
    ("这个月到手四千三 年底怕是没年终奖了", "zh", "income", "4300"),
    # last year's or a season's earnings beside a month of nothing
    ("景区还没开门 现在是零 去年一个旺季赚了两万", "zh", "income", "0"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # a figure "往下", "有找" or "欠一点": under it, how far unsaid
    ("六千往下 说不准", "zh", "income"),
    ("两千有找", "zh", "income"),
    ("三千欠一点", "zh", "expenses"),
    # a small figure with a decimal said by the month and roughly
    ("每月1.4左右", "zh", "income"),
    # a second, higher offer if the first is not enough
    ("四百 不够的话五百也行", "zh", "counter"),
    # the pay said only against another's
    ("我的工资比我老公低 他六千", "zh", "income"),
    # the tax paid, the pay to be worked out
    ("每月交了个税30块 你们算吧", "zh", "income"),
    # another item's money kept by another or not to be said
    ("房租一千八 买菜的钱我妈管着 不清楚多少", "zh", "expenses"),
    ("水电两百 房租一千 烟钱说不准", "zh", "expenses"),
    # a figure taken back to be worked out again
    ("花销四千吧 不对 可能没那么多 我重新算一下", "zh", "expenses"),
    # a part of a bill paid for another, how much not remembered
    ("信用卡账单两千九 里面有些是帮朋友代付的 具体多少不记得了", "zh", "expenses"),
    # a rate by the piece with a rough count
    ("理发店 剪一个头提十五 一个月剪百来个", "zh", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
