"""Figures that leave the month's amount unsaid: a choice typed short ("50 v 60"), a span of
tens in words ("ötven-hatvan"), a share typed with a colon ("150:2"), the rest of a pay said to
come on a later day with no figure ("a maradék 25-én"). Asked again, never summed.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        ("kaja 50 v 60, nem tudom pontosan", "hu", "expenses"),
        ("rezsi 35 v 40 körül", "hu", "expenses"),
        ("ötven-hatvan a kaja, lakbér 110", "hu", "expenses"),
        ("kaja két-háromszáz, albi 100", "hu", "expenses"),
        ("lakás 150:2 + kaja 50", "hu", "expenses"),
        ("10-én jön 180, a maradék 25-én", "hu", "income"),
        ("a fizu fele 5-én jön, 120, a másik fele 20-án", "hu", "income"),
        ("i get 700 on the 10th and the rest on the 25th", "en", "income"),
        ("10号发3000，剩下的25号发", "zh", "income"),
    ],
)
def test_the_months_amount_left_unsaid_is_asked_again(
    text: str, language: str, question: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        ("tizenkétezer-ötszáz", "hu", "counter", "12500"),
        ("10-én jön 150, 25-én a maradék 118", "hu", "income", "268000"),
        ("a 15:30-as busszal járok, a bérlet 9 ezer", "hu", "expenses", "9000"),
    ],
)
def test_a_figure_in_words_or_parts_said_is_read(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)
