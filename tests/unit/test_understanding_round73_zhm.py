"""Families of round 73 in Chinese at the money questions, typed by second-language writers, in
words of our own: what is read, and what is asked again.

The pay before said after the pay now, spaced and grouped with a comma ("以前 是 7,000元"):
set aside; only a drop beside it: asked again. Each word spaced as a learner types it
("有 的 月 3 000 有 的 月 7 000", "看病 的 钱 还 不 知道"): the month's pay that varies,
an unpriced item beside a figure, a charge denied beside the answer. A pay that hangs on
there being work that month ("还得看有没有活") is no month's figure. A debt said first "不算在
里面" is left out of the spending; a relative's loan "每月还不用" (the verb first) has no payment.
Thousands grouped by a dot before the currency, two digits first too ("11.500 RMB").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, question, the amount read)
READ = [
    # the pay now, then the pay before, spaced and grouped with a comma: the pay now
    ("现在 月给 3,800元. 以前 是 6,000元", "income", "3800"),
    ("现在 一个月 三千 以前 能 拿 五千", "income", "3000"),
    ("现在 5,200元 左右, 以前 是 8,000元 的", "income", "5200"),
    # a debt said first not to count, "不算在里面": the spending after it is the answer
    ("房贷不算在里面 日常开销一个月三千 再加上我爸看病吃药每个月一千五", "expenses", "4500"),
    ("车贷不算在里头 吃饭房租两千八", "expenses", "2800"),
    ("房贷不算在里面 日常开销一个月三千", "expenses", "3000"),
    # a relative's loan, "no need to pay monthly" in a learner's order ("每月还不用"): none
    ("欠亲戚两万 每月还不用", "other_debts", "0"),
    ("亲戚 的 钱 借 了 一万, 每月 还 不用.", "other_debts", "0"),
    ("欠亲戚两万 每月还不用 花呗每月三百", "other_debts", "300"),
    # a total in dots grouping thousands, of two figures, with the currency, said "zusammen"
    ("Miete 8.500, 生活 ca. 3 tausend, zusammen 11.500 RMB im Monat", "expenses", "11500"),
    ("房租 6.200, 吃饭 两千, zusammen 8.200 RMB", "expenses", "8200"),
    ("一共 12.500 元", "expenses", "12500"),
    # near lines that must still be read
    ("车贷每月还不用太多 一千二", "other_debts", "1200"),
    ("一个月四千 有没有活都发", "income", "4000"),
    ("吃饭两千 钱还不知道够不够", "expenses", "2000"),
]

#: Asked again: no one month's figure.
ASKED_AGAIN = [
    ("房租 8.500", "expenses"),  # dots with no currency after them: still a guess
    # only a drop and the pay before: the pay now is not said
    ("少了 一千 以前 5,000", "income"),
    ("少了一千 以前是5,000元", "income"),
    ("以前 是 5,200元, 现在 少 了 800", "income"),
    # some months one figure, some another, each word spaced
    ("佣金 不 一样, 有 的 月 3 000 有 的 月 7 000", "income"),
    ("工资 不 固定 有 的 月 五千 有 的 月 两千", "income"),
    ("有 的 月 4000 有 的 月 6000", "income"),
    # the pay hangs on there being work that month
    ("现在一个月也就挣个两千来块钱 还得看那个月有没有活", "income"),
    ("一个月四千左右 看有没有活", "income"),
    ("大概三千 还要看当月有没有活干", "income"),
    # an item beside the figure whose money is not known yet
    ("吃 的 用 的 两千 左右, 医院 的 钱 还 不 知道", "expenses"),
    ("吃饭两千, 医院的钱还不知道", "expenses"),
    ("房租 一千五, 看病 的 钱 不 清楚", "expenses"),
]


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, question: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


#: A charge denied beside the answer, each word spaced: a dispute over the figure.
DISPUTED = [
    ("没有 别 的 贷款. 但是 卡 里 的 2.900 元 不是 我 花 的, 我 没有 买 过", "other_debts"),
    ("没有 贷款. 这个 卡 的 800 元 我 没 刷 过", "other_debts"),
    ("家 里 一个月 3000, 但是 账单 的 500 元 不是 我 买 的", "expenses"),
]


@pytest.mark.parametrize(("text", "question"), DISPUTED)
def test_a_charge_denied_is_a_dispute(text: str, question: str) -> None:
    assert interpret(text, question, "zh").meaning == "dispute"


#: Whether another's debt counts, asked word by word, "有 一个" a count of loans, no figure: help.
ASKS_WHAT_COUNTS = [
    "我 太太 有 一个 车贷, 每个月 她 自己 还. 这个 也 要 算 吗?",
    "我老婆有一个车贷 每个月她自己还 这个也要算吗?",
    "我 妈 有 一个 网贷, 我 帮 她 还, 这个 要 算 吗?",
]


@pytest.mark.parametrize("text", ASKS_WHAT_COUNTS)
def test_asks_what_counts(text: str) -> None:
    assert interpret(text, "other_debts", "zh").meaning == "help"


def test_a_figure_said_with_the_question_is_no_help() -> None:
    assert interpret("有一个网贷 一个月三百 这个算吗?", "other_debts", "zh").meaning != "help"
