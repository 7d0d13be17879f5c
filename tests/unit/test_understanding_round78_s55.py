"""Round 78's money lines (all three languages). Not being safe left alone is distress beside
any answer ("nothing coming in and I'm not safe on my own tonight" was read as an income of 0);
not being safe on the way home, a reason for a taxi, is none."""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

CURRENCY = {"en": "GBP", "hu": "HUF", "zh": "CNY"}

#: (language, question, text, what is read)
READ = [
    ("en", "income", "nothing coming in and I'm not safe on my own tonight", "distress"),
    ("en", "expenses", "about 900, and honestly im not safe alone right now", "distress"),
    ("en", "income", "1200. i dont feel safe by myself tonight", "distress"),
    ("en", "counter", "50 a month. i'm not safe being on my own at the moment", "distress"),
    ("hu", "income", "semmi nem jön be, és nem vagyok biztonságban egyedül", "distress"),
    ("hu", "expenses", "kb 180, de egyedül nem vagyok biztonságban ma éjjel", "distress"),
    ("zh", "income", "没收入 我一个人待着不安全", "distress"),
    ("zh", "expenses", "两千左右 今晚自己一个人在家不安全", "distress"),
    # near lines: the way home not safe, a reason for a cost
    ("en", "expenses", "rent 600, I'm not safe on my own walking home so taxis 80", "680"),
    ("en", "expenses", "rent 600, taxis 80 as walking home isnt safe", "680"),
]


@pytest.mark.parametrize(("language", "question", "text", "expected"), READ)
def test_round78_money_lines(language: str, question: str, text: str, expected: str) -> None:
    got = understanding().interpret(
        text, Question.at(question), language, currency=CURRENCY[language]
    )
    assert got.meaning == expected
