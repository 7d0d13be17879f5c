"""Items of a month's spending that cost the same, each named before its own figure, are two
items: "rent 500, food 500" is 1000, never the one figure 500 (nothing before the last step
sums figures of one value). A figure said twice of one thing, or taken back, stays the one."""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

CURRENCY = {"en": "GBP", "hu": "HUF", "zh": "CNY"}

#: (language, text, what is read at the essential spending question)
READ = [
    ("en", "rent 500, food 500", "1000"),
    ("en", "rent is 500 and food is 500", "1000"),
    ("en", "rent £500 and bills £500 a month", "1000"),
    ("en", "mortgage 650, the food shop 650", "1300"),
    ("hu", "lakbér 50, kaja 50", "100000"),
    ("hu", "albérlet 80 ezer, rezsi 80 ezer", "160000"),
    ("zh", "房租1500 吃饭1500", "3000"),
    ("zh", "伙食费每个月1500，房租1500", "3000"),
    # near lines: one figure said twice, the same item twice, or a figure taken back
    ("en", "about 500, yeah 500 a month", "500"),
    ("en", "rent 500, rent 500", "500"),
    ("hu", "lakbér 50, nem, kaja 50", "50000"),
    ("zh", "两千 就两千", "2000"),
    ("en", "rent 500 food 500 bills 200", "1200"),
]


@pytest.mark.parametrize(("language", "text", "expect"), READ)
def test_items_of_one_figure_are_summed(language: str, text: str, expect: str) -> None:
    got = understanding().interpret(text, Question.EXPENSES, language, currency=CURRENCY[language])
    assert got.meaning == expect, got
