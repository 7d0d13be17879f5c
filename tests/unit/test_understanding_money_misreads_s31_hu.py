"""Money misreads left in rounds 31-43 in Hungarian, in words of our own: what is asked again.

Asked again: an item of a list said to come as it comes, with no figure of its own ("albi 125,
rezsi ahogy jön, kaja 60"); a bill that comes every few months, its last figure said beside the
month's items ("3 havonta számlázzák, legutóbb 87 volt"); a payment said as a share of the
balance, then the balance's figure, the share not worked out ("az egyenleg 5%-a, az egyenleg
340"); a figure corrected to another, then the other said not known either ("kétszáz... nem,
száz... nem tudom").
Read as before: a list whose items all have figures, a share of the balance beside the payment's
own figure, a correction that stands.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a list whose items all have figures
    ("lakbér 140, villany 25, kaja 70", "hu", "expenses", "235000"),
    # a share of the balance beside the payment's own figure
    ("a minimum az egyenleg 3%-a, most havi 14 ezret fizetek", "hu", "other_debts", "14000"),
    # a correction that stands
    ("170, nem, 190, az a pontos", "hu", "expenses", "190000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # an item of a list said to come as it comes
    ("lakbér 140, a kaja ahogy adódik, villany 25", "hu", "expenses"),
    ("bérlet 9500, tankolás ahogy jön", "hu", "expenses"),
    # a bill every few months, its last figure beside the month's items
    ("a gázt 2 havonta számlázzák, múltkor 46 volt, a lakbér 115", "hu", "expenses"),
    ("a vízdíj negyedévente jön, utoljára 24 volt, albi 130", "hu", "expenses"),
    # a share of the balance, then the balance's figure
    ("a kártyán a minimum az egyenleg 4%-a, az egyenleg most 260", "hu", "other_debts"),
    # a correction, then the other figure not known either
    ("háromszáz... nem, kétszázötven... nem tudom", "hu", "expenses"),
    ("180, nem, 160... fogalmam sincs", "hu", "income"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_s31_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_s31_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
