"""An item of a list of spending given with its figure and said not to count: the rest is the
spending ("停车费300不算", "a parkolást 15 ezret nem számolom"); a thing said to be no loan right
after its figure is no other debt ("宽带49不算贷款"). Asked whether it counts, it is asked again.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import Question
from dialogs.understanding.meaning import interpret
from dialogs.understanding.rules import AmountReading
from tests.support.amounts import read_as_asked


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        ("房租2500，网费100，停车费300不算", "zh", "expenses", "2600"),
        ("房租1800，吃饭1200，游戏充值150不用算", "zh", "expenses", "3000"),
        ("房租2500，网费100，另外健身卡200那个不算必要开支", "zh", "expenses", "2600"),
        ("lakbér 120 ezer, rezsi 40 ezer, a parkolást 15 ezret nem számolom", "hu", "expenses",
         "160000"),
        ("albérlet 130, kaja 70, a konditerem 12, azt ne számold bele", "hu", "expenses",
         "200000"),
        ("lakber 95, rezsi 38, netflix 4 e nem szamolom bele", "hu", "expenses", "133000"),
        ("房贷3000，宽带49不算贷款", "zh", "other_debts", "3000"),
        ("车贷1500，话费99块不是借的", "zh", "other_debts", "1500"),
        ("车贷2000，手机话费99不算吧", "zh", "other_debts", "2000"),
    ],
)  # fmt: skip
def test_the_rest_of_the_list_is_read(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        ("车贷2000，手机话费99不算吧？", "zh", "other_debts"),
        ("rent 700, bills 150, gym 30 but dont count that", "en", "expenses"),
    ],
)
def test_an_item_asked_about_or_left_to_take_off_is_never_added(
    text: str, language: str, question: str
) -> None:
    """Whether it counts is asked, or the taking off is left to us: never the sum with it."""
    assert interpret(text, Question.at(question), language).meaning == "ambiguous"
