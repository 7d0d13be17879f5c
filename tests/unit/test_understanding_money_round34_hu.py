"""Money families of round 34 in Hungarian, in words of our own: what is read, and what is asked
again.

Read: forints in thousands with a tenth ("nettó 312.5") or a half ("havonta 22 és fél"), the
thousands and hundreds before a clause's comma ("265 ezer 400, …"), a part said not to be in the
pay ("a cafeteria nincs benne"); the month's spending named right before the last figure ("…, a
kiadásom viszont 154"), the figures before it being a price, a rate, an allowance, a count of
places or the pensions it is paid from. Asked again: a decimal below ten ("kb 3,7": thousands or
millions?), a month's forints too few to be one ("havonta 240 forint").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # forints in thousands with a tenth or a half
    ("fizetés nettó 312.5", "hu", "income", "312500"),
    ("havonta 22 és fél", "hu", "counter", "22500"),
    ("21 és felet tudok havonta", "hu", "counter", "21500"),
    # the thousands and hundreds before a clause's comma, a part not in the pay
    ("a bérem 265 ezer 400, a cafeteria nincs benne", "hu", "income", "265400"),
    # the month's spending named right before the last figure
    (
        "órabérben dolgozom, 3200 egy óra, a kiadásom pedig havonta 198 körül",
        "hu",
        "expenses",
        "198000",
    ),
    ("a rokkantsági 96 ezer, a kiadásom viszont 154", "hu", "expenses", "154000"),
    (
        "pékségben vagyok, a kifli 60, a kenyér 890, a háztartás havi 187",
        "hu",
        "expenses",
        "187000",
    ),
    ("3 iskolában tanítok, a havi kiadás 201 300", "hu", "expenses", "201300"),
    ("a két nyugdíjam (142+58), a kiadásom ebből 176", "hu", "expenses", "176000"),
    ("az étkezési utalvány évi 150 ezer, a saját zsebemből havi 139", "hu", "expenses", "139000"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # a decimal below ten, a month's forints too few
    ("kb 3,7", "hu", "expenses"),
    ("havonta 240 forint a kiadásom", "hu", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
