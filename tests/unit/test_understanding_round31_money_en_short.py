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


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # a digit typed into a word, a child's age, a mobile network, bedrooms, children
        ("rent to my m8 400, food 150", "en", "expenses", "550"),
        ("5yo childcare 300 + rent 650", "en", "expenses", "950"),
        ("5G router 20, rent 600, food 200", "en", "expenses", "820"),
        ("2 bed flat 640 + bills 150", "en", "expenses", "790"),
        ("2 x children, costs 1,210", "en", "expenses", "1210"),
        ("2 much. 1,200", "en", "expenses", "1200"),
        # the hours of a break, a day and month, the budget spent out of
        ("on my break 1-2 so quick, 1,150", "en", "expenses", "1150"),
        ("since 02.04 its 1,070", "en", "expenses", "1070"),
        ("spent 700 of my 900 budget", "en", "expenses", "700"),
        ("Budget: spent £980.20 of £1,100", "en", "expenses", "980.20"),
        # a total named in the writer's first language
        ("kira 650, toplam 1,000", "en", "expenses", "1000"),
        ("miete 600 insgesamt 1000", "en", "expenses", "1000"),
        # a year typed short after a loan's end
        ("van 180pm til '28", "en", "other_debts", "180"),
        ("phone 30 a month til may '26", "en", "other_debts", "30"),
    ],
)
def test_round31_figures_that_name_or_count_left_out(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # a bound, a span of hundreds, two guesses in shorthand
        (">900 easily", "en", "expenses"),
        (">1.2k with bonus", "en", "income"),
        ("> 300 ezer simán", "hu", "expenses"),
        (">5000肯定有", "zh", "expenses"),
        ("low 800s", "en", "expenses"),
        ("mid 1100s i reckon", "en", "expenses"),
        ("1k3/1k4", "en", "expenses"),
        # a sum split between people, the share not worked out
        ("rent 800/2 + bills", "en", "expenses"),
        ("gas 1,200 ÷ 4 of us", "en", "expenses"),
        ("albérlet 240 ezer ÷ 3", "hu", "expenses"),
        ("房租4000/2 加吃饭", "zh", "expenses"),
        # by the week, the fortnight or the hour
        ("wkly 280", "en", "income"),
        ("280/w", "en", "income"),
        ("loan 60/2wks", "en", "other_debts"),
        ("10.90ph x 25hrs", "en", "income"),
    ],
)
def test_round31_short_amounts_asked_again(text: str, language: str, question: str) -> None:
    assert interpret(text, Question.at(question), language).meaning == "ambiguous"
