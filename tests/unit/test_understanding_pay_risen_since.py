"""Take-home pay of a time past beside what it rose to: the figure it rose to is the income now
("tavaly nettó 280 ezer volt, idén felment 310-re"). Take-home pay beside pay before tax, or
beside what it used to be, is still the take-home figure.

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
        ("tavaly nettó 280 ezer volt, idén felment 310-re", "hu", "310000"),
        ("kézhez régen 240 jött, most 275", "hu", "275000"),
        ("以前到手4500，上个月开始涨到5200", "zh", "5200"),
        ("以前实发三千九，现在涨到四千三", "zh", "4300"),
        ("去年税后4800，今年调到5300", "zh", "5300"),
        ("take home was 1,450 last year, went up to 1,560 in january", "en", "1560"),
        ("net used to be 1,300, now its 1,420", "en", "1420"),
    ],
)
def test_what_take_home_pay_rose_to_is_the_income(text: str, language: str, expected: str) -> None:
    assert read_as_asked(text, language, "income") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("bruttó 400, nettó 266", "hu", "266000"),
        ("nettó 310, tavaly még csak 285 volt", "hu", "310000"),
        ("到手5200，税前6500", "zh", "5200"),
        ("到手4800，以前是4500", "zh", "4800"),
        ("take home 1,480, used to be 1,390 before the raise", "en", "1480"),
    ],
)
def test_take_home_pay_now_beside_another_figure_is_the_income(
    text: str, language: str, expected: str
) -> None:
    assert read_as_asked(text, language, "income") == AmountReading(Decimal(expected), None)


def test_take_home_pay_of_a_year_named_beside_a_rise_is_asked_again() -> None:
    """A year is no word of a time past: which figure is now is not said outright, and the
    take-home one is no longer taken for it."""
    text = "2022年到手5100，后来涨到5600"
    assert read_as_asked(text, "zh", "income") == AmountReading(None, AmountProblem.AMBIGUOUS)
