"""Money families left in round 55 in Chinese after its first lane, in words of our own: what is
read, and what is asked again.

Read: a whole said last after the items it is made of, led by "合计" as by "一共" ("房租一千一
伙食九百 合计两千"): the whole, not an item. Near miss: a "合计" figure that is no sum of the
figures before it is read as before (the whole said).

Read: the pay in all after a rate, the commission named before the base ("提成加底薪一共…"), as
with the base named first: the month's pay, not the rate.

Read: raises one after another, the last one said of last month ("上个月又涨到…") or the first
said to be the first ("第一次涨到…"): the figure it rose to last is the pay now, last month's
raise being in force. Near miss: a rise then a fall said of this month stays asked again.

Read: the source to follow named last with no figure ("按账单来", "以工资条为准", "就说工资吧"):
the one figure said of it, not what another said nor a sum of both; a figure said to be the one
to use with "就按…说". Near miss: a source named that no figure is said of (the figures stay as
they were read).

Asked again: several months' figure in all, which months said ("二月到五月一共挣了…", "前四个月
总共花了…"): the month's is not worked out. Near miss: each month's said in that span is read.

Asked again: a change to the month's figure coming, not settled: its month ("可能这个月可能下个
月"), its size only guessed as a range ("估计得多个三五十"), or whether it comes at all, hanging
on an approval ("批了就…没批就…"), whatever figure is said beside it. Near miss: a month's
figure itself guessed ("估计一个月两千") is read.

Read as nothing: no pay now said of now ("这个月还一分没有", "现在放假 没工资", "这阵子一分钱
没进") with the pay said to come only later or in its season ("下个月才上班", "季节工"): the
figures beside it are of that time. Near misses: nothing saved ("一分没存") is no pay missing;
this month's pay said beside a later one is read.

Read: the offer settled on last, after others weighed ("就…吧", "那就还…吧", "还是…吧" ending the
message): that one, the others being another's or a first thought. Near miss: an offer with
"就" but no "吧" after, the message going on, is no settling (asked again as before).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a whole said last with "合计" after its items
    ("房租每月一千一 伙食我自己九百 合计两千", "zh", "expenses", "2000"),
    ("给老人生活费五百 我自己花一千三 合计一千八", "zh", "expenses", "1800"),
    # the pay in all, the commission named before the base
    ("卖房子的 成一单收两千 经理说上个月提成加底薪一共五千六", "zh", "income", "5600"),
    # raises one after another: the last is now's
    ("以前两千九 后来涨了两回 第一次涨到三千二 上个月又涨到三千五", "zh", "income", "3500"),
    ("原来三千二 第一回涨到三千五 今年又涨到三千九", "zh", "income", "3900"),
    ("本来四千 上月涨到四千四", "zh", "income", "4400"),
    # the source to follow, named last
    ("中介说押金每月摊五百 我看了合同是四百二 按合同来", "zh", "expenses", "420"),
    ("老板说四千五 工资条上是四千二 以工资条为准", "zh", "income", "4200"),
    ("银行短信说月供两千一 我查了账单是一千九百六 按账单算吧", "zh", "other_debts", "1960"),
    ("次卧租出去了 每月八百 我上班工资四千一 就说工资吧", "zh", "income", "4100"),
    ("开网店一个月也就几百 固定的一个月三千二 就按三千二说", "zh", "income", "3200"),
    # near miss: no figure said of the source named, read as before
    ("网贷每月八百 车贷每月一千二 按账单来", "zh", "other_debts", "2000"),
    # near miss: each month's said in a span of months
    ("三月到五月每个月挣五千", "zh", "income", "5000"),
    # near miss: the month's figure itself guessed
    ("估计一个月两千", "zh", "expenses", "2000"),
    # no pay now, the pay only later or in its season
    ("下周才入职 月薪说好五千二 这个月还一分没有", "zh", "income", "0"),
    ("果园是季节工 秋天收果子一个月四千 现在开春 没工资", "zh", "income", "0"),
    ("装修停工两个月了 这段时间一分钱没进 下个月开工了才有活", "zh", "income", "0"),
    # near miss: this month's pay said beside a later one
    ("下个月才发奖金 这个月工资四千二", "zh", "income", "4200"),
    # the offer settled on last
    ("我妈说还六百 我觉得五百稳当 那就还五百吧", "zh", "counter", "500"),
    ("三百 四百 还是三百吧", "zh", "counter", "300"),
    ("姐姐说一个月两百 我想多还点 就三百五吧", "zh", "counter", "350"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # near miss: a rise then a fall, this month's beside last month's
    ("上个月涨到五千 这个月又降到四千", "zh", "income"),
    # several months' in all
    ("二月到五月一共挣了一万八", "zh", "income"),
    ("前四个月总共花了一万二", "zh", "expenses"),
    ("一到三月一共拿了九千", "zh", "income"),
    # a change coming, not settled
    ("单位要调工资 可能这个月也可能下个月 调完三千九", "zh", "income"),
    ("下个月水费涨 估计得多个三五十 现在每月一千八", "zh", "expenses"),
    ("申请了停息 批了就不用还 没批就照旧八百", "zh", "other_debts"),
    # near miss: nothing saved, no pay missing (read as before)
    ("工资四千 这个月一分没存 下个月才发奖金", "zh", "income"),
    # near miss: no settling word at the end
    ("我妈说还六百 我觉得五百 就五百也行 看你们", "zh", "counter"),
    # a "合计" figure that is no sum of those before it (it was read as said; session 55: a total
    # named as such that its items do not make is asked again, as round 78 labels it)
    ("房租每月一千一 伙食九百 合计两千五", "zh", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
