"""Hungarian money families of round 31's short, phone-typed messages: periods after a slash,
this week's or a year's figure, and the like."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

AMBIGUOUS = AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # a week's, a fortnight's, a year's or a day's figure after a slash: no month's
        ("60e/hét, futárkodom", "hu", "income"),
        ("kb 4,2M/év", "hu", "income"),
        ("a Cofidisnek 9e/hét", "hu", "other_debts"),
        ("25e/2 hét", "hu", "other_debts"),
        ("12e/nap", "hu", "income"),
        ("rent 120/mo, food 25/week", "en", "expenses"),
        ("450/wk delivering", "en", "income"),
        ("一周800", "zh", "income"),
        # this week's or last week's spending, or a year's
        ("ezen a héten 36 500 Ft ment el", "hu", "expenses"),
        ("múlt héten 52e", "hu", "expenses"),
        ("éves költés: 3 100 000 Ft", "hu", "expenses"),
        ("about 85 a week on food", "en", "expenses"),
    ],
)
def test_a_period_other_than_the_month_is_asked_again(
    text: str, language: str, question: str
) -> None:
    assert read_as_asked(text, language, question) == AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        ("Cofidis 14e/hó", "other_debts", "14000"),
        ("heti 80e, havonta kb 340", "income", "340000"),
    ],
)
def test_a_month_after_a_slash_is_a_months(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(Decimal(expected), None)
