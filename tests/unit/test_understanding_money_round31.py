"""Money families of round 31 at the other debts: a balance owed to family with nothing paid on
it each month, said in a short phone message or with "not a penny"; a debt cleared, its old
monthly figure said after it, and nothing "apart from this card" now."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

AMBIGUOUS = AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the monthly word belongs to "nothing monthly", not to the balance
        ("欠我姐2w 每月不用还", "0"),
        ("跟表妹借了8k 每个月都不用还", "0"),
        ("欠朋友一万，现在每个月一分钱也不用还", "0"),
        # a payment said beside the family loan is still the payment
        ("房贷每月3000 欠我哥2w 每月不用还", "3000"),
        ("房贷每月三千，欠我哥两万每月不用还", "3000"),
    ],
)
def test_a_balance_with_nothing_paid_monthly_is_no_payment(text: str, expected: str) -> None:
    assert read_as_asked(text, "zh", "other_debts") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("车贷已经还完了，以前每个月1800，现在除了这张卡没别的", "0"),
        ("车贷已经还完了，以前每个月1800，现在除了你们这张卡没有别的了", "0"),
        ("除了你们的卡以外没有别的", "0"),
        ("没有别的了", "0"),
        ("花呗每月500，除了这张卡就这个", "500"),
    ],
)
def test_nothing_apart_from_this_card_now(text: str, expected: str) -> None:
    assert read_as_asked(text, "zh", "other_debts") == AmountReading(Decimal(expected), None)


def test_apart_from_this_card_leaves_the_spending_as_said() -> None:
    assert read_as_asked("除了这张卡，每月开销三千", "zh", "expenses") == AmountReading(
        Decimal(3000), None
    )
