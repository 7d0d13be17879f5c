"""Money families of round 58 in Chinese, in words of our own: what is read, and what is asked
again.

Read at income and expenses: a figure set for one (a standard, an ideal, an app's or a
neighbour's) said first, then the own real one led by "其实" with a verb ("其实我每个月就花…",
"我其实只用…") or by "现实是…": the own one, never the two added. Near misses: "其实" with no
figure right after it (the figure said before, as before), a plain "其实是…" (as before).

Read at income, expenses and other debts: a first clause of someone outside the home (a
classmate, a workmate, a neighbour's family, a cousin) with their figure, then the own clause
with "我" and a figure: the own one, never the two added. Near misses: the own work through them
("朋友介绍的活…", "在朋友店里打工…") and no own figure after (a count of months only): read as
before.

Asked again at income and expenses: the one figure said is one advised ("…建议我每月花…") or
said by another to be right ("我妈说我…应该挣…"): no own figure. Near misses: an own figure
beside it (read), the own "应该" of a guess ("我应该每个月花两千吧", read).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a figure set for one, then the own real one
    ("社区说低保标准是两千二 其实我每个月就花一千六", "zh", "expenses", "1600"),
    ("记账软件给的参考是三千 我其实只用两千四", "zh", "expenses", "2400"),
    ("按理说一个月一千五够了 现实是两千三 菜太贵", "zh", "expenses", "2300"),
    ("招聘上写八千 其实每个月只拿五千一", "zh", "income", "5100"),
    # near misses: "其实" with no figure right after, a plain "其实是"
    ("一个月花两千六 其实我也想省点", "zh", "expenses", "2600"),
    ("卡里进了七千 工资其实是四千九", "zh", "income", "4900"),
    # someone outside the home's figure said first, then the own
    ("我同学在杭州一个月一万 我这边四千", "zh", "income", "4000"),
    ("楼下张姨家一个月才花两千 我们家花两千八", "zh", "expenses", "2800"),
    ("我表哥网贷每月还三千多 我就一个分期每月五百", "zh", "other_debts", "500"),
    # near misses: the own work through them, no own figure after
    ("朋友介绍的活一个月四千 我干了两个月", "zh", "income", "4000"),
    ("在朋友店里打工一个月三千 我还有个兼职八百", "zh", "income", "3800"),
    ("朋友的店里打工一个月三千 我还有个兼职八百", "zh", "income", "3800"),
    # near misses: an own figure beside an advised one, the own "应该" of a guess
    ("记账软件建议八百 我实际花一千一", "zh", "expenses", "1100"),
    ("我应该每个月花两千吧", "zh", "expenses", "2000"),
]

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # near miss: a range after "其实", never a figure
    ("其实我一个月花两三千", "zh", "expenses"),
    # the one figure advised, or said by another to be right
    ("理财师建议我每月花三千", "zh", "expenses"),
    ("我妈说我这个岁数应该挣八千 我没跟她说实话", "zh", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
