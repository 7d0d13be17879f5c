"""Money families of round 60 (second lane) in Chinese, in words of our own: what is read, and
what is asked again.

Read at income: a height, a depth or a length in metres with its word after ("三十米高",
"二百多米深") beside the pay: the pay, the size never summed in. Near miss: a bare "两千八百米"
(slang for yuan, read as before).

Read at income: the usual month's pay, then the site or the works said to have stopped
("工地停了", "厂子停了") and the boss to have given only a sum ("老板就给了…"): the sum paid
during the stop. Near miss: the usual month with a smaller month said without a stop (asked
again, as before).

Read at the counter: an offer only if the bank grants something ("要是免息…", "如果能减掉利息…"),
then the offer as things are now or otherwise ("现在…", "不然的话…"): the offer now. Near miss:
the offer if granted said alone (read as before).

Asked again at income: the pay before ("原来…", "以前…") and how much less it is now ("少了…")
the only figures: the pay now not said, the drop no pay. Near miss: the pay now said beside
them (read, as before).

Read everywhere: a figure, then after a space the end or the start of the month beginning the
next clause ("房租一千 月底…", "每月还六百 月初…"): the figure is money, not a number of months.
Near miss: a month named in digits with its end ("3月底", read as a date, as before).

Asked again at expenses: a month's whole, then a part of it said last with what it went on
("里面有看病的…", "里面有一笔…是随礼"): whether it is taken out is not said. Near misses: an
item named with its figure inside the whole, the usual month said after (read, as before).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a size in metres with its word after, beside the pay
    ("在三十米高的架子上刷墙 一个月九千", "zh", "income", "9000"),
    ("矿井二百多米深 每月拿七千六", "zh", "income", "7600"),
    ("铺一百米长的电缆 工资六千三", "zh", "income", "6300"),
    # near miss: a bare figure in metres is slang for yuan
    ("两千八百米", "zh", "income", "2800"),
    # the usual month, the site stopped, the boss gave only a sum
    ("平常一个月九千 这个月工地停了 老板就给了一千二", "zh", "income", "1200"),
    ("平时八千 厂子停了 老板就给发了一千五的生活费", "zh", "income", "1500"),
    # an offer if granted, then the one now
    ("如果你们能把利息减了 每月能还一千二 现在这样只能还六百", "zh", "counter", "600"),
    ("要是免息我还九百，不然的话四百", "zh", "counter", "400"),
    ("假如能停息 我还八百 目前就三百吧", "zh", "counter", "300"),
    # near miss: the offer if granted said alone
    ("要是能免息 我每月还七百", "zh", "counter", "700"),
    # near miss: the pay now said beside the old one and the drop
    ("以前四千九 换了岗位少了六百 现在到手四千三", "zh", "income", "4300"),
    # a figure, then the month's end or start beginning the next clause
    ("房租一千三 月底还要交宽带六十", "zh", "expenses", "1360"),
    ("借呗每个月还六百 月初自动扣的", "zh", "other_debts", "600"),
    # near miss: a month named in digits with its end
    ("5月底到手四千二", "zh", "income", "4200"),
    # near misses: an item named with its figure inside the whole; the usual month after
    ("总共三千六 里面有房租一千二", "zh", "expenses", "3600"),
    ("这个月花了四千一 里面有配眼镜的六百 平常就三千五", "zh", "expenses", "3500"),
]

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # near miss: the usual month and a smaller one, no stop said
    ("平时一个月九千 这个月只发了两千", "zh", "income"),
    # the pay before and the drop only
    ("换了个车间 一个月少六百 原来是四千九", "zh", "income"),
    ("以前五千二 现在少了七百块", "zh", "income"),
    # a part of the whole said last with what it went on
    ("上个月一共花了三千九 里面有住院的一千一", "zh", "expenses"),
    ("这个月四千三 里面有一笔八百是给侄子的红包", "zh", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
