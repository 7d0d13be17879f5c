"""At the income: money given to family is no income, rent received is, a base wage then what was
paid with commission is the whole, and pay not paid for months is no income to count."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import Question, interpret
from tests.support.amounts import read_as_asked


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("我每个月6000，还要给父母1000", "zh", "6000"),
        ("我每月退休金四千，每个月还给孩子五百", "zh", "4000"),
        ("工资5000，房租收入2000", "zh", "7000"),
        ("底薪两千五，加提成上个月拿了六千", "zh", "6000"),
        ("基本工资2800，连提成这个月拿到4600", "zh", "4600"),
    ],
)
def test_income_beside_what_is_given_away_or_comes_on_top(
    text: str, language: str, expected: str
) -> None:
    assert read_as_asked(text, language, "income").amount == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("月薪一万二，不过已经三个月没发了", "zh"),
        ("月薪五千，已经两个月没拿到工资了", "zh"),
        ("1,600 a month but i havent been paid for 2 months", "en"),
        ("havi 250 lenne, de két hónapja nem kaptam fizetést", "hu"),
    ],
)
def test_pay_not_paid_for_months_is_asked_again(text: str, language: str) -> None:
    assert interpret(text, Question.INCOME, language).meaning == "ambiguous"
