"""Money families of round 55 in Chinese (and what rounds 46 to 54 left), in words of our own:
what is read, and what is asked again.

Read: a statement's whole (a payment app's month, a card's bill), a part in it that is not the
own pay or spending ("里面…是朋友还我的", "其中还网贷…"), then the own figure named last as the
real one: "工资其实就…", "平时就…", "日常开销就是剩下的…", "我…自己挣的就…" (not the whole).

Read: a figure a paper, an app or another person states ("证明上写着…", "登记表上写的是…", "我妈说
我…"), said at once not to be right ("那是为了办签证写高了", "那是前年的", "那是她瞎说的"), then
the cardholder's own figure: the own one, not the stated one. Near miss: no figure after (kept).

Asked again: how much the own figure is now or will be, said not to be known yet ("扣多少还没
下来", "每月多少还没出来", "补习费还不知道多少", "具体数发了才知道"), whatever figure was said
beside it (the old one, a gross, the one before the change).

Read: the pay on probation and the pay once taken on, the cardholder taken on already ("上个月
刚转正", "已经转正了"): the pay once taken on (while not yet taken on, the pay on probation).

Asked again: a figure another or an app works out ("经理算的…", "表姐说我们这种岗位…", "系统算的
是…"), then doubted ("我觉得多了", "没那么多", "太多了"), no own figure after (a bound at most:
"都不到四千").

Near misses, read as before: another's figure or the household's not known ("我爱人挣多少我不
知道", "家里花多少我不清楚"), the own one said beside it; a figure said to hold still now ("现在
还是五千一") before a change whose size is unknown.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the own figure named last after a whole and a part in it
    ("微信收款上个月进了七千二 里面两千是朋友还我的 工资其实就五千二", "zh", "income", "5200"),
    ("信用卡账单四千六 里面有九百是给我弟交的学费 不算 平时就三千七", "zh", "expenses", "3700"),
    ("收款码一个月进九千 里面三千是帮邻居代收的 我修车自己挣的就六千", "zh", "income", "6000"),
    (
        "月账单 支出六千一 其中还网贷一千 这个是欠款 日常开销就是剩下的五千一",
        "zh",
        "expenses",
        "5100",
    ),
    # near miss: no whole and part before it
    ("花了三千九 平时就这样", "zh", "expenses", "3900"),
    # a stated figure said not to be right, then the own one
    ("单位开的收入证明写着一万 那是为了办签证写高了 实际就五千八", "zh", "income", "5800"),
    ("社区登记表上写的是两千 那是前年的 现在一个月三千一", "zh", "income", "3100"),
    ("我妈说我一个月挣六千 那是她瞎说的 我就四千四", "zh", "income", "4400"),
    # near miss: no other figure after it
    ("app显示花了五千 那是双十一买多了", "zh", "expenses", "5000"),
    # taken on already: the pay after; not yet: the pay on probation
    ("这个月已经转正了 试用期三千八 转正后四千六", "zh", "income", "4600"),
    ("试用期三千八 转正后四千六 下个月才转正", "zh", "income", "3800"),
    # near miss: a doubted figure, then the own offer
    ("你们算的一千五 太多了 我还八百", "zh", "counter", "800"),
    # near misses: another's or the household's figure unknown, the own one said
    ("我爱人挣多少我不知道 我自己一个月三千二", "zh", "income", "3200"),
    ("家里一个月花多少我不清楚 我自己吃饭交通六百", "zh", "expenses", "600"),
    # near misses: the figure now said to hold still
    ("听说要调薪 现在还是五千一 调多少还不知道", "zh", "income", "5100"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # how much said not to be known yet
    ("原来一个月四千四 这个月起扣了绩效 扣多少工资条还没下来", "zh", "income"),
    ("返聘的钱每月给多少领导还没说 退休金两千七", "zh", "income"),
    ("下学期补习班要报 补习费还不知道多少 现在每月花两千", "zh", "expenses"),
    ("车贷改了还款方式 以后每月多少还没出来", "zh", "other_debts"),
    ("新岗位的工资具体数发了才知道", "zh", "income"),
    # a stated figure doubted, no own figure after
    ("理财经理算的两千九 我觉得多了", "zh", "expenses"),
    ("表姐说我们这种岗位一个月七千 我拿的没那么多", "zh", "income"),
    ("系统算的是一千五 太多了", "zh", "counter"),
    ("老板说五千 我觉得多了 都不到四千", "zh", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
