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


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # money put aside is no income beside the pay
        ("一个月大概能存八百，工资4600", "zh", "4600"),
        ("i take home 1,380 and save about 120", "en", "1380"),
        # the whole, then a part of it in brackets
        ("收入7200（含加班费1500）", "zh", "7200"),
        ("一个月三千二（房租一千五）", "zh", "3200"),
    ],
)
def test_income_beside_savings_or_a_part_of_it(text: str, language: str, expected: str) -> None:
    question = "expenses" if "房租" in text else "income"
    assert read_as_asked(text, language, question).amount == Decimal(expected)
