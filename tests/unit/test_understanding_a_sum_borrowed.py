"""A sum borrowed or spent on credit, said at "any other debts?" with no word of what is paid on
it a month, is its balance: asked again, never taken for a month's payment; a payment said beside
it is read."""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

CURRENCY = {"en": "GBP", "hu": "HUF", "zh": "CNY"}

#: (language, text, what is read)
READ = [
    ("zh", "借了我哥三万，还没还完", "ambiguous"),
    ("zh", "跟我姐借了两万 还没还", "ambiguous"),
    ("zh", "找我爸借了一万", "ambiguous"),
    ("en", "i borrowed 2k from my mate, havent paid it back yet", "ambiguous"),
    ("en", "borrowed about 800 off my nan last year", "ambiguous"),
    ("hu", "kölcsönkértem 200 ezret anyámtól", "ambiguous"),
    ("hu", "a bátyámtól kölcsönkértem 300 ezret, még nem adtam vissza", "ambiguous"),
    ("hu", "300 ezret adott kölcsön a tesóm", "ambiguous"),
    ("hu", "van egy 800 ezres személyi kölcsönöm", "ambiguous"),
    ("en", "credit card with 2500 on it", "ambiguous"),
    ("en", "another card, 1800 on it, i pay the minimum", "ambiguous"),
    ("zh", "贷了五万装修", "ambiguous"),
    ("zh", "贷款五万 还没还完", "ambiguous"),
    ("zh", "另一张卡刷了八千", "ambiguous"),
    ("zh", "花呗用了三千", "ambiguous"),
    # near lines: what is paid on it a month is the answer
    ("zh", "网贷借了三万，每个月还两千", "2000"),
    ("zh", "借了我哥三万，每月还他一千", "1000"),
    ("zh", "借了网贷 每期还八百", "800"),
    ("en", "borrowed 500 from mum, i pay her 50 a month", "50"),
    ("hu", "kölcsönkértem 200 ezret anyámtól, havi 20-at adok vissza", "20000"),
    ("hu", "800 ezres személyi kölcsön, havi 25", "25000"),
    ("en", "another card, 1800 on it, i pay 60 a month", "60"),
    ("en", "i put 100 on it every month", "100"),
    ("zh", "花呗用了三千 每个月还三百", "300"),
    ("zh", "车贷每月两千 还没还完", "2000"),
    ("zh", "另一张卡刷了八千 分期每个月还七百", "700"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), READ)
def test_a_sum_borrowed_is_no_months_payment(language: str, text: str, expected: str) -> None:
    got = understanding().interpret(
        text, Question.OTHER_DEBTS, language, currency=CURRENCY[language]
    )
    assert got.meaning == expected
