"""Items of a month's spending, or debts, that cost the same, each named before its own figure
or each after it, are two items: "rent 500, food 500" and "500 rent, 500 food" are 1000, "loan
200, klarna 200" 400, never the one figure (nothing before the last step sums figures of one
value). A figure said twice of one thing, or taken back, stays the one."""

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
    # each item named after its figure
    ("en", "500 rent, 500 food", "1000"),
    ("en", "£300 a month on petrol and £300 on food", "600"),
    ("hu", "50 albi, 50 kaja", "100000"),
    ("zh", "两千房租 两千吃饭", "4000"),
    ("en", "500 rent, 500 rent", "500"),
    ("en", "500 rent no 500 food", "500"),
    ("en", "i earn 500, rent 500", "500"),
]

#: (language, text, what is read at the other debts question)
DEBTS = [
    ("en", "loan 200, car finance 200", "400"),
    ("en", "car finance 150 and klarna 150", "300"),
    ("en", "200 loan 200 credit card", "400"),
    ("en", "paying 100 to the loan and 100 to very", "200"),
    ("hu", "hitel 30, hitelkártya 30", "60000"),
    ("hu", "szemelyi 25 ezer, autohitel 25 ezer", "50000"),
    ("zh", "房贷两千 车贷两千", "4000"),
    ("zh", "花呗五百 借呗五百", "1000"),
    # near lines: the one debt twice, or a figure taken back
    ("en", "loan 200, the loan 200", "200"),
    ("zh", "花呗五百 不对 借呗五百", "500"),
]


@pytest.mark.parametrize(("language", "text", "expect"), READ)
def test_items_of_one_figure_are_summed(language: str, text: str, expect: str) -> None:
    got = understanding().interpret(text, Question.EXPENSES, language, currency=CURRENCY[language])
    assert got.meaning == expect, got


@pytest.mark.parametrize(("language", "text", "expect"), DEBTS)
def test_debts_of_one_figure_are_summed(language: str, text: str, expect: str) -> None:
    got = understanding().interpret(
        text, Question.OTHER_DEBTS, language, currency=CURRENCY[language]
    )
    assert got.meaning == expect, got
