"""Money families of round 43 in Chinese, in words of our own: what is read, and what is asked
again.

Read: a paper's weight in grams or a railway's kilometre post ("157克铜版纸", "K305到K320"); a
piece's cost and its price ("一根成本一块五卖五块") and small jobs priced one by one ("换个锁芯
八十") before the month's kept; digits typed with the written zero (U+3007: four, zero, five,
zero); "二百五" paid, not the word for a fool; the month's pay said last after rates, by the
month or as worked out by the cardholder ("老板每个月给三千二", "自己算了是三千六"); a price by
the time, then the month's said with how many ("一次三十 一个月八次两百四").

Asked again: "a little over" said loosely ("拐个弯", "擦个边"); dollars said "刀"; a figure to be
checked again later; paid by the piece, how many not counted yet; the gross said, the net not
remembered; the cardholder asking which figure to take; another's pay said, the own only as a
little less; a few months' pay come in together; paid when a job is done; paid back once a year;
a rate by the hundred pieces, no month's figure.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a paper's weight in grams or a railway's kilometre post
    ("裁纸的 157克铜版纸一天切好几千张 月薪四千九", "zh", "income", "4900"),
    ("养路工 负责K305到K320这段 工资四千七", "zh", "income", "4700"),
    # a piece's cost and its price, or small jobs priced one by one, before the month's kept
    ("卖烤肠 一根成本一块五卖五块 一个月算下来净挣三千六", "zh", "income", "3600"),
    ("配钥匙的 配把钥匙十块 换个锁芯八十 一个月下来能落三千一", "zh", "income", "3100"),
    # digits typed with the written zero
    ("工资四〇五〇", "zh", "income", "4050"),
    ("一个月还三〇〇", "zh", "counter", "300"),
    # "二百五" paid, not the word for a fool
    ("就还二百五吧 多了真没有", "zh", "counter", "250"),
    # the month's pay said last after rates, by the month or as worked out
    ("摘苹果一筐十块 那是零工 现在在果园长期干 老板每个月给三千二", "zh", "income", "3200"),
    ("贴瓷砖一平米三十 这个月贴了一百二十平 自己算了是三千六", "zh", "income", "3600"),
    # a price by the time, then the month's said with how many
    ("游泳一次三十 一个月八次两百四 房租九百", "zh", "expenses", "1140"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # "a little over" said loosely
    ("三千拐个弯", "zh", "income"),
    ("六千擦个边吧", "zh", "expenses"),
    # dollars said "刀"
    ("在洛杉矶餐馆洗碗 每月两千五百刀", "zh", "income"),
    # a figure to be checked again later
    ("三千八 也可能是三千五 等会儿再确认一下", "zh", "income"),
    # paid by the piece, how many not counted yet
    ("代驾一单六十 这个月跑了多少单还没统计", "zh", "income"),
    # the gross said, the net not remembered
    ("合同上税前七千 到手多少我记不清了", "zh", "income"),
    # the cardholder asking which figure to take
    ("这个月两千九 上个月三千三 您说按哪个", "zh", "expenses"),
    # another's pay said, the own only as a little less
    ("我师傅拿六千 我估计少一些", "zh", "income"),
    # a few months' pay come in together
    ("三个月工资一次性结的 一共一万五", "zh", "income"),
    # paid when a job is done
    ("装修活是一单一单接的 做完结一次 一次两万左右", "zh", "income"),
    # paid back once a year
    ("一年还一次 每次五千", "zh", "counter"),
    # a rate by the hundred pieces, no month's figure
    ("钉扣子计件 一百个三块", "zh", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
