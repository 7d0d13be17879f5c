"""A bonus paid each quarter is no month's pay, as a yearly one is not: "basic 2000 a month plus
a quarterly bonus of 1500" was read as 3,500 (a misread); the month's income is asked again,
as beside a yearly bonus."""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

CURRENCY = {"en": "GBP", "zh": "CNY"}

#: (language, text, what is read at the income question)
READ = [
    ("en", "basic 2000 a month plus a quarterly bonus of 1500", "ambiguous"),
    ("en", "2000 a month plus 1500 quarterly bonus", "ambiguous"),
    ("zh", "底薪四千五 季度奖三千", "ambiguous"),
    ("zh", "工资四千五 三千的季度奖", "ambiguous"),
    # near lines: the yearly bonus as before, and a month's pay said alone
    ("en", "basic 2000 a month plus a yearly bonus of 1500", "ambiguous"),
    ("en", "basic 2000 a month, no bonus", "2000"),
    ("zh", "底薪四千五", "4500"),
]


@pytest.mark.parametrize(("language", "text", "expect"), READ)
def test_a_quarterly_bonus_is_no_months_pay(language: str, text: str, expect: str) -> None:
    got = understanding().interpret(text, Question.INCOME, language, currency=CURRENCY[language])
    assert got.meaning == expect, got
