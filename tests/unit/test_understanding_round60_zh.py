"""Families of round 60 in Chinese, in words of our own: what is read, and what is asked again.

Read at income: the wage, then the net pay right after its deductions are named as taken off
("扣完社保…", "扣掉个税以后是…"): the net pay, never the two added. Near misses: "还剩" said
(read, as before), the deduction's own figure after "扣掉" (asked again, as before).

Asked again at income: the household's pay said only added up ("我们家一个月加起来…", "全家
收入合起来…"): several earners, the own part not said. Near misses: "家里一共…" (read, as
before), the same at expenses (the household's spending is asked: read).

Read at income: "各挣各的", "各管各的" (each their own) beside the own figure: no figure for
each. Near miss: "各挣…" with a figure after it (each earns it: asked again, as before).

Read at expenses: the month's figure, then a bill said to be a bit higher in one season with no
figure ("冬天暖气费要多一些"). Near misses: "可能会多一点" (the figure a bound: asked again),
a season's figure of its own (asked again, as before).

Read at expenses: a whole, then one item said to take up a share of it ("房租占了…"): the whole.

Read at the offer: the figure, a space, then more refused ("多了真没有", "多的话给不起"): a
ceiling, the figure offered. Near miss: "五百多了" run together (a bound: asked again).

Also (tests/unit of answers, intents): an agreement in words with a strain borne ("虽然有点紧
但我能做到") is an acceptance; the characters of a language not read ("中文字看不太懂") is a
language not spoken; a trader's stock bought dear or gone bad is business trouble.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.domain.vocabulary import Cause
from dialogs.understanding.rules import AmountProblem, AmountReading
from dialogs.understanding.rules.answers import signals_refusal
from dialogs.understanding.rules.intents import read_cause, read_language_named
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the net pay right after the deductions named
    ("月薪九千 扣完公积金七千八", "zh", "income", "7800"),
    ("工资五千五 扣掉个税以后是五千一", "zh", "income", "5100"),
    # near miss: what is left said with "还剩"
    ("工资六千 扣完社保还剩五千二", "zh", "income", "5200"),
    # near misses: the household's figure said with "一共", or at expenses
    ("家里一共一万一", "zh", "income", "11000"),
    ("我们家一个月加起来六千五", "zh", "expenses", "6500"),
    # each their own, the own figure said
    ("我和媳妇各管各的 我一个月三千六", "zh", "income", "3600"),
    # a season's bill a bit higher, no figure
    ("一个月三千一 冬天暖气费要多一些", "zh", "expenses", "3100"),
    # an item taking up a share of the whole
    ("四千六 吃饭就占了一千五", "zh", "expenses", "4600"),
    # more refused after a space
    ("每月六百 多了真拿不出", "zh", "counter", "600"),
    ("三百 多的话给不起", "zh", "counter", "300"),
]

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # near miss: the deduction's own figure
    ("工资六千 扣掉社保四百", "zh", "income"),
    # the household's pay said only added up
    ("我们家一个月加起来七千", "zh", "income"),
    ("全家收入合起来一万三", "zh", "income"),
    # near miss: each earns the figure
    ("我们俩各挣三千", "zh", "income"),
    # near misses: a bound, or a season's own figure
    ("一个月三千一 可能会多一点", "zh", "expenses"),
    ("三千一 冬天暖气费要多四百", "zh", "expenses"),
    # near miss: run together, a bound
    ("六百多了", "zh", "counter"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize("text", ["我同意 虽然有点紧 但我能做到", "接受 是有点吃力 不过能坚持"])
def test_an_agreement_with_a_strain_borne_is_no_refusal(text: str) -> None:
    assert not signals_refusal(text)


@pytest.mark.parametrize("text", ["同意 虽然有点紧 但我得先问问家里", "有点紧 但是再说吧"])
def test_a_strain_with_a_condition_stays_a_refusal(text: str) -> None:
    assert signals_refusal(text)


def test_the_characters_not_read_are_a_language_not_spoken() -> None:
    assert read_language_named("Can you speak English? 我中文字看不懂") == "en"


@pytest.mark.parametrize("text", ["进价涨得太厉害 压了一堆货", "水果全烂了 货卖不出去"])
def test_stock_bought_dear_or_gone_bad_is_business_trouble(text: str) -> None:
    assert read_cause(text, "zh") is Cause.BUSINESS_TROUBLE
