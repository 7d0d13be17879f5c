"""A pay said to come in beside a debt's payment at the other debts is left out of it; a payment
said to come off the pay is the debt's."""

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
