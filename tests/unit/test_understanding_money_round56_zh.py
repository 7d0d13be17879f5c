"""Money families of round 56 in Chinese (and what rounds 47 to 55 left), in words of our own:
what is read, and what is asked again.

Read: a whole, a part inside it named by "其中" (what the part is said after it: "是餐补",
"公司报", "是邻居给的"), then the rest said after them, the sums coming out exactly: the rest,
the cardholder's own (not the whole). Near misses: the parts of a whole listed by "其中" that add
up to it, or a part with no rest said after it (the whole, as before).

Asked again: a floor only, the month named in it ("最少每个月得…", "起码一个月…") or "个" before
the figure ("起码能给个…"), at the counter too (a floor is no offer); or a floor of the month's
spending with one item of it alone said after it ("光伙食就…", "单是吃饭都要…"): neither the item
nor the two added up. Near miss: a ceiling at the counter ("最多能给个…": the offer).

Read: the figure now ("现在还交着…", "这个月还是…", "现在一个月…") said after what the spending
would be once an item is stopped ("停了就是…", "停了是…") or what stopping one saves ("戒了 省下
…"): the figure now. Near misses: the figure after the stop alone, or a stop without a figure.

Read at the counter: offers said one after another, each before the last said too much to bear
("…也悬", "…拿不出来", "…够呛", "…太多了"), the last with "吧" after it: the last. Near miss:
no "吧" after the last (asked again, as before).

Asked again at the counter: an offer only if the bank grants something ("要是能减免利息…",
"如果能分期…"), what comes otherwise said not to be known ("不减免就不知道了", "不能的话我也说不
准"). Near miss: the offer under its condition with nothing said of the other case (read).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a whole, a part inside it by "其中", the rest said after
    ("卡上每月进五千二 其中六百是餐补 一起发的 工资就四千六", "zh", "income", "4600"),
    ("一个月四千 其中话费两百公司报 所以是三千八", "zh", "expenses", "3800"),
    ("水电燃气三百 其中一百是楼下邻居给的 我出两百 加伙食一千二 一千四", "zh", "expenses", "1400"),
    # near misses: the parts of the whole listed, or no rest said after
    ("一个月三千 其中房租一千二 伙食一千 交通八百", "zh", "expenses", "3000"),
    ("每月四千 其中房租一千五 吃饭两千五", "zh", "expenses", "4000"),
    ("工资五千 其中三千发现金", "zh", "income", "5000"),
    # near miss: a ceiling offered
    ("最多能给个四百", "zh", "counter", "400"),
    # the figure now, beside the one once an item is stopped or what stopping saves
    ("要是把健身卡停了就是两千八 现在还交着 三千一", "zh", "expenses", "3100"),
    ("下个月把宽带停了 停了是一千九 这个月还是两千零五十", "zh", "expenses", "2050"),
    ("酒戒了 省下三百 现在一个月一千六", "zh", "expenses", "1600"),
    # near misses: no figure now said after it
    ("健身卡停了是两千八", "zh", "expenses", "2800"),
    ("网费停了 现在一个月两千", "zh", "expenses", "2000"),
    # offers, the ones before the last too much to bear
    ("四千我真拿不出来 三千也悬 两千五吧", "zh", "counter", "2500"),
    ("一千五够呛 一千二吧", "zh", "counter", "1200"),
    ("八百太多了 六百吧", "zh", "counter", "600"),
    # near miss: an offer under a condition, nothing said of the other case
    ("如果能停息 我每月还一千五", "zh", "counter", "1500"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # a floor only, the month named in it or "个" before the figure
    ("最少每个月得三千二", "zh", "expenses"),
    ("起码一个月三千", "zh", "income"),
    ("起码能给个四百吧", "zh", "counter"),
    ("至少能还个三百 我尽力", "zh", "counter"),
    # a floor, then one item of it alone
    ("最少一个月要三千二 光伙食就一千八", "zh", "expenses"),
    ("至少两千 单是吃饭都要一千二", "zh", "expenses"),
    # near miss: no "吧" after the last offer
    ("一千五够呛 一千二", "zh", "counter"),
    # an offer only if granted, the other case not known
    ("要是能减免利息 每月还八百 不减免就不知道了", "zh", "counter"),
    ("如果能分期 一个月六百 不能的话我也说不准", "zh", "counter"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
