"""At the other debts: a pay said to come in beside a debt's payment is left out of it (a payment
said to come off the pay is the debt's); a debt's size said right before its payment is its
balance, not a payment to add."""

from __future__ import annotations

import pytest

from tests.support.amounts import read_as_asked

#: (text, the amount read at the other debts)
READ = [
    ("loan 200, after tax i get 1400", "200"),
    ("car loan 200 a month, my wage is 1400", "200"),
    ("catalogue 25, my pension is 900", "25"),
    # near lines: where the payment comes from
    ("credit union loan 1,500 over 2 years, 68.70 a month comes out my wages", "68.70"),
    ("58.20 off my UC every month for the advance, plus klarna 30", "88.20"),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_a_pay_stated_beside_a_debt_is_left_out(text: str, expected: str) -> None:
    assert str(read_as_asked(text, "en", "other_debts").amount) == expected


#: (text, language, the amount read at the other debts): a debt's size said right before the
#: payment on it is its balance, not a payment to add
BALANCE_THEN_ITS_PAYMENT = [
    ("花呗两千 每月还五百", "zh", "500"),
    ("花呗2000 每月还500", "zh", "500"),
    ("klarna 2000, paying 500 a month", "en", "500"),
    # near lines: two debts' payments, each named
    ("车贷两千 花呗每月还五百", "zh", "2500"),
    ("car finance 240 and klarna 60", "en", "300"),
    ("loan 300, paying 50 a month on the catalogue", "en", "350"),
]


@pytest.mark.parametrize(("text", "language", "expected"), BALANCE_THEN_ITS_PAYMENT)
def test_a_balance_said_right_before_its_payment(text: str, language: str, expected: str) -> None:
    assert str(read_as_asked(text, language, "other_debts").amount) == expected
