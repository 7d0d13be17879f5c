"""Figures that are no month's: income said to come once or every four weeks, payments passed.

"the trial paid 2,100, just the once", "kaptam 300 ezret, de csak egyszer": read as the month's
income it would price every plan on money that will not come again. Beside another figure (a
wage) the wage is read, and pay that comes "only once a month" is the month's. "net pay 1,480,
paid every four weeks": thirteen pays a year are no month's, unless a month's figure is said. Of a
term's payments, those said to have passed ("12 részletből 5 már eltelt") are a count, no money.
The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

ASKED_AGAIN = [
    ("en", "got 1,800 from the focus group but only once"),
    ("en", "the insurance paid out 2,400, just the once"),
    ("en", "only once, 900 from the council"),
    ("hu", "a kárpótlásból kaptam 250 ezret, de csak egyszer"),
    ("hu", "egyszeri kifizetés volt, 400 ezer"),
    ("en", "take home 1,390, we get paid every four weeks"),
    ("en", "net 1,520 four-weekly"),
]

READ = [
    ("en", "wage 1,300 and 2,100 from a trial but only once", "1300"),
    ("en", "paid 1,400 and only once a month", "1400"),
    ("en", "1,500, i only get paid once a month", "1500"),
    ("hu", "280 ezer, havonta csak egyszer", "280000"),
    ("en", "1,700 a month, the tips come every 4 weeks", "1700"),
    ("en", "my wage is 1,600 monthly, it used to be four weekly", "1600"),
]


@pytest.mark.parametrize(("language", "text"), ASKED_AGAIN)
def test_an_income_said_to_come_only_once_or_every_four_weeks_is_asked_again(
    language: str, text: str
) -> None:
    assert read_as_asked(text, language, "income") == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(("language", "text", "amount"), READ)
def test_a_wage_beside_it_or_a_months_pay_is_read(language: str, text: str, amount: str) -> None:
    assert read_as_asked(text, language, "income") == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("12 részletből 5 már eltelt, havi 20 ezer", "20000"),
        ("3 részlet már letelt, havi 15 ezer", "15000"),
        ("a 18-ból 7 már letelt, 9 ezer havonta", "9000"),
    ],
)
def test_payments_of_a_term_said_to_have_passed_are_a_count(text: str, amount: str) -> None:
    """Of a term's payments, those said to have passed ("5 már eltelt") are counted, no money."""
    assert read_as_asked(text, "hu", "other_debts") == AmountReading(Decimal(amount), None)
