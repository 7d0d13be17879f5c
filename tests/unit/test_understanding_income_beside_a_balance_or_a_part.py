"""An income said with another figure that is no more pay: a balance held on a card or in an
account ("医保卡里还有800"), a part said to be inside it ("工资3800, 含补发的1000"), or a day's
average beside the month's ("日均150"). The month's pay is read, or asked again; never summed.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("月薪5200，医保卡里还有800", "zh", "5200"),
        ("工资4000，支付宝余额300", "zh", "4000"),
        ("wage 1400, balance is 200 right now", "en", "1400"),
        ("fizetés 280, a számlámon van még 20", "hu", "280000"),
        ("工资3800，含补发的1000", "zh", "3800"),
        ("工资3800，包括加班费600", "zh", "3800"),
    ],
)
def test_the_months_pay_is_read(text: str, language: str, expected: str) -> None:
    assert read_as_asked(text, language, "income") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize("text", ["工资4500，日均150左右", "每月4800，平均一天160"])
def test_a_days_average_beside_it_is_never_added(text: str) -> None:
    assert read_as_asked(text, "zh", "income") == AmountReading(None, AmountProblem.AMBIGUOUS)
