"""Money families of round 45 in Chinese, in words of our own: what is read, and what is asked
again.

Read: a height, a depth or a length in metres named before its figure ("塔高", "水位",
"最长的"), no money; the work counted by its screenings or bridges ("场", "座") and a year's pay
counted in months ("十三薪"), no money; the month's pay kept in the end after a rate by the pot,
the knife ground or the hour ("一锅", "磨一把", "一个钟头").

Asked again: a rate by the hour alone, what is done unsaid; a floor or a little over a round
figure, how far unsaid ("不下", "靠上"); just short of it ("差一口气到", "差点就到"); repaid by
the instalment every few months ("三个月还一期"); a quarter's said short ("一季"); the month's
pay not known yet (a commission still to be worked out, the pay in hand unread, a pension being
assessed, this month's less than last month's by how much unsaid); a rate by the piece and how
many, the month not worked out; spending said as a share of the pay only ("占六成").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a height, a depth or a length in metres named before its figure
    ("灯塔看守 塔高三十六米 每月工资四千一", "zh", "income", "4100"),
    ("守水闸的 水位九十八米 一个月发两千七", "zh", "income", "2700"),
    ("修隧道的 最长的一千五百米 月薪七千二", "zh", "income", "7200"),
    # the work counted by its screenings or bridges, a year's pay counted in months
    ("剧场灯光师 一个月演二十二场 工资四千四", "zh", "income", "4400"),
    ("公司是十三薪 每月到手六千二", "zh", "income", "6200"),
    # the month's pay kept in the end after a rate by the pot, the knife or the hour
    ("炒栗子 一锅八块 一个月净挣两千六", "zh", "income", "2600"),
    ("修伞配钥匙 磨一把八块 一个月下来净落一千九", "zh", "income", "1900"),
    ("开吊车的 一个钟头四百是公司收的 我拿月薪 九千八", "zh", "income", "9800"),
    # the real figure said last with "其实是"
    ("卡里这个月到了七千二 有两千是帮人代收的 工资其实是五千二", "zh", "income", "5200"),
    # the month's instalment beside a down payment made once
    ("货车是贷款买的 首付八万 月供六千五", "zh", "other_debts", "6500"),
    # the own part of a cost after a share paid off it
    ("理疗费每月一千 单位报销六成 我自己掏四百 吃饭一千二", "zh", "expenses", "1600"),
    # a rate and a count beside a figure that came onto the card
    ("送水的 一桶提三块 这个月送了四百桶 卡上进了四千二", "zh", "income", "4200"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # a rate by the hour alone, what is done unsaid
    ("一个钟三十 做多少算多少", "zh", "income"),
    # a floor or a little over a round figure, or just short of it, how far unsaid
    ("每个月不下六千", "zh", "income"),
    ("开销两千靠上", "zh", "expenses"),
    ("差一点就到四千", "zh", "income"),
    ("差口气够三千", "zh", "expenses"),
    # repaid by the instalment every few months; a quarter's said short
    ("三个月还一期 一期两千四", "zh", "other_debts"),
    ("一季给你们付四千五吧", "zh", "counter"),
    # the month's pay not known yet
    ("基本工资三千二 绩效月底才出", "zh", "income"),
    ("应发六千 到手多少我不清楚", "zh", "income"),
    ("养老金还在审批 听说两千五左右", "zh", "income"),
    ("上月拿了五千一 这个月单子少 肯定没那么多", "zh", "income"),
    # a rate by the piece and how many, the month not worked out
    ("录入一单两毛 这个月录了九千单", "zh", "income"),
    ("修一台空调拿一百 这个月修了几台还没算", "zh", "income"),
    # spending said as a share of the pay only
    ("收入五千 花销大概占六成", "zh", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
