"""Families of round 67 in Chinese (whole journeys typed by a helper), in words of our own: what
is read, and what is asked again.

Money: a loan's size beside what is paid on it each month, the payment named as its interest
("贷了三十万 每月光还利息两千"): the monthly figure; items added with no figure, then "a month" and
the total ("房租八百 加上孩子上学 一个月两千左右吧"): the total; the sum done by the cardholder
("她自己算了算 最多一个月还八百"): the figure, not a sum left to us. Asked again: at the options,
the only figure the base pay ("都还不起 底薪才两千五"): a reason, no offer.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading, read_amount
from tests.support.amounts import read_as_asked

#: (text, question, the figure read)
READ = [
    ("农商行贷了20w 每月光还利息就两千 本金以后再说", "other_debts", "2000"),
    ("借了二十万 每个月付利息一千五", "other_debts", "1500"),
    ("贷款还剩十万 每月还利息是八百", "other_debts", "800"),
    ("房租八百 加上孩子上学 一个月两千左右吧", "expenses", "2000"),
    ("租房一千二 孩子上学 加上吃饭 每个月三千吧", "expenses", "3000"),
    ("房租一千 加上吃饭 一个月八百", "expenses", "1800"),  # the food's own figure: summed
    ("他自己算了算 最多一个月还六百", "counter", "600"),
    ("我妈自己算过了 一个月还五百", "counter", "500"),
]

#: Near misses: asked again.
ASKED_AGAIN = [
    ("应发6800 扣社保五百六 到手自己算吧", "income"),
]

#: At the options, the pay said as why none can be paid: no amount offered.
NO_OFFER = [
    "这几个方案他都还不起 他现在底薪才三千 哪个都不行",
    "都还不起 她工资才两千五",
    "我工资才三千 这几个都太多了 都不行",
]

#: At the options, an amount offered alone: still read.
OFFERED = [
    ("一个月八百", "800"),
    ("她最多一个月还七百", "700"),
]


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, question: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize("text", NO_OFFER)
def test_the_pay_is_no_offer_at_the_options(text: str) -> None:
    assert read_amount(text, "zh", offer=True).amount is None


@pytest.mark.parametrize(("text", "expected"), OFFERED)
def test_an_offer_is_read(text: str, expected: str) -> None:
    assert read_amount(text, "zh", offer=True) == AmountReading(Decimal(expected), None)


def test_an_offer_beside_the_pay_is_read_at_the_counter() -> None:
    assert read_as_asked("每个月还八百 我工资才三千", "zh", "counter") == AmountReading(
        Decimal(800), None
    )
