"""Round 78's money lines (all three languages). Not being safe left alone is distress beside
any answer ("nothing coming in and I'm not safe on my own tonight" was read as an income of 0);
not being safe on the way home, a reason for a taxi, is none. At the income, in English, the
own part of a household's income said after its whole, or beside the partner's, is the own
income ("we bring in 2,700, I earn 1,500 of that" was read as 4,200, "2,700 between us, 1,500
of it is mine" as 2,700, "mine is 1300 and his 1100" and "1300 mine, 1100 his" as 2,400); the
partner's part of the whole is no own income, and nor is it where no own figure is said beside
it (session 56: "together 2,400, his is 1,300" was read as 3,700, "1300 his, 1100 hers" as
2,400): asked again; the household's whole said after the own and the partner's parts ("mine
is 1300 and his 1100, so 2400 coming in", read as 2,400) leaves the own income, and so does
the own said by what the cardholder gets ("his 1300 and i get 1100", read as 2,400)."""

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
    # the own part of a household's income, or beside the partner's
    ("en", "income", "we bring in 2,700, I earn 1,500 of that", "1500"),
    ("en", "income", "2,700 between us, 1,500 of it is mine", "1500"),
    ("en", "income", "household gets 3,100 and 1,900 of that is my wage", "1900"),
    ("en", "income", "together we get 2,400, mine is 1,300", "1300"),
    ("en", "income", "we get 2,700 together, I bring in about 1,400 of it", "1400"),
    ("en", "income", "household is 3,200 but only 1,150 of that is mine", "1150"),
    ("en", "income", "mine is 1300 and his 1100", "1300"),
    ("en", "income", "his is 1,100, mine 1,300", "1300"),
    ("en", "income", "my wage is 1300, my husbands 1100", "1300"),
    ("en", "income", "1300 mine, 1100 his", "1300"),
    ("en", "income", "1300 is mine and 1100 is my husbands", "1300"),
    ("en", "income", "1300 mine 1100 hers", "1300"),
    # near lines: the partner's part of the whole, a whole alone
    ("en", "income", "2,700 between us, 1,500 of it is his", "ambiguous"),
    ("en", "income", "we get 2,700, he earns 1,500 of that", "ambiguous"),
    ("en", "income", "we bring in 2,700 together", "2700"),
    ("en", "income", "1300 and 1100", "ambiguous"),
    ("en", "income", "1300 mine and 100 from the lodger", "1400"),
    # the partner's part beside the whole, or two others' figures, none the own: asked again
    ("en", "income", "together 2,400, his is 1,300", "ambiguous"),
    ("en", "income", "2400 together, 1300 of it his", "ambiguous"),
    ("en", "income", "2,700 together, my wife's is 1,200", "ambiguous"),
    ("en", "income", "1300 his, 1100 hers", "ambiguous"),
    # near lines: the own said beside another's, another's figure alone
    ("en", "income", "1100 mine, 1300 his", "1100"),
    ("en", "income", "his is 1,300", "1300"),
    # the own and the partner's, then their whole: the own
    ("en", "income", "mine is 1300 and his 1100, so 2400 coming in", "1300"),
    ("en", "income", "1300 mine, 1100 his, 2400 together", "1300"),
    # the own said by what the cardholder gets, beside the partner's
    ("en", "income", "his 1300 and i get 1100", "1100"),
    ("en", "income", "i get 1100 and his is 1300", "1100"),
]


@pytest.mark.parametrize(("language", "question", "text", "expected"), READ)
def test_round78_money_lines(language: str, question: str, text: str, expected: str) -> None:
    got = understanding().interpret(
        text, Question.at(question), language, currency=CURRENCY[language]
    )
    assert got.meaning == expected
