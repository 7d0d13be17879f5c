"""Money families of blind round 31 (English, short phone-typed answers): street words for a
hundred and a thousand, halves of slang sums, number words in plural or joined by "n", and
chat habits that correct a figure (a star, "edit:", a figure struck through)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import Question, interpret
from dialogs.understanding.rules import AmountReading
from tests.support.amounts import read_as_asked


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # street words for a hundred and a thousand after a figure, or alone
        ("7 hunnid", "en", "expenses", "700"),
        ("about 8hun a month", "en", "expenses", "800"),
        ("hunnid", "en", "counter", "100"),
        ("1.4 thou after tax", "en", "income", "1400"),
        ("roughly a thou", "en", "expenses", "1000"),
        # halves of slang sums
        ("half a ton on gas, 500 rent", "en", "expenses", "550"),
        ("a monkey and a half", "en", "expenses", "750"),
        ("a ton n half", "en", "counter", "150"),
        ("bullseye", "en", "counter", "50"),
        # number words in plural after their count, joined by "n", "thousand" opening
        ("two thousand and three hundreds", "en", "expenses", "2300"),
        ("eight hundreds forty", "en", "expenses", "840"),
        ("seven hundred n twenty", "en", "expenses", "720"),
        ("thousand four hundred", "en", "income", "1400"),
        ("thousand and half", "en", "expenses", "1500"),
        ("2,5 thousand", "en", "expenses", "2500"),
    ],
)
def test_round31_spoken_amounts_read(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        ("half a ton maybe a ton", "en", "counter"),  # two sums, neither settled on
        ("hundreds", "en", "expenses"),
        ("thousand", "en", "expenses"),
        ("thank you, thou art kind", "en", "expenses"),
    ],
)
def test_round31_spoken_amounts_unsettled(text: str, language: str, question: str) -> None:
    assert interpret(text, Question.at(question), language).meaning == "ambiguous"


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # a starred figure corrects the one before it, as in a chat
        ("1,400 *1,040", "en", "expenses", "1040"),
        ("food 300 a month\n*330 oops", "en", "expenses", "330"),
        ("950 *590", "en", "income", "590"),
        ("20 *25", "en", "counter", "25"),
        # "edit:" and a figure struck through
        ("1,700 edit: 1,070", "en", "expenses", "1070"),
        ("~~1,100~~ 1,010 now the gym is gone", "en", "expenses", "1010"),
        ("~~1,600~~ 1,450 since march", "en", "income", "1450"),
        # "b4" for "before", beside today's figure
        ("b4 the move 760, now 940", "en", "expenses", "940"),
        ("980 now, b4 the cut 1200", "en", "income", "980"),
    ],
)
def test_round31_chat_corrections_read(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)
