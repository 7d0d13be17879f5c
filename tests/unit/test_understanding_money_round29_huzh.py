"""Hungarian and Chinese money families of round 29, second pass: figures not said (an item
left without one, today's amount said only to differ), and what is taken back or offered."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

AMBIGUOUS = AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # an item named after the figures with a placeholder, or with whatever is left over
        ("lakbér 150, a kaja amennyi jut", "hu"),
        ("rezsi 40, bérlet 12, kaja ??", "hu"),
        ("rent 700, phone 20, groceries ??", "en"),
        ("rent 650 and food is whatever's left", "en"),
        ("房贷3000，话费100，买菜？？", "zh"),
        ("房租1800，吃饭看剩多少", "zh"),
    ],
)
def test_an_item_left_without_a_figure_asks_again(text: str, language: str) -> None:
    assert read_as_asked(text, language, "expenses") == AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # the item with its figure after the words for what is left: no item left without one
        ("房租2000，剩下的吃饭八百", "zh", "expenses", "2800"),
    ],
)
def test_what_is_left_named_with_its_figure_is_an_item(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # an earlier figure, today's said only to be more or less
        ("原来一个月三千五，现在物价涨了", "zh", "expenses"),
        ("之前八千，现在降了", "zh", "income"),
        ("以前两千五，生了孩子以后更多了", "zh", "expenses"),
        ("used to be 1,400, a bit less now", "en", "income"),
        ("rent was 750, it's gone up", "en", "expenses"),
        ("régen 280 volt, most kevesebb", "hu", "income"),
    ],
)
def test_today_said_only_to_differ_asks_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # today's figure said after it changed: today's is the answer
        ("以前两千，现在多了，五千", "zh", "income", "5000"),
        ("used to be 900, gone up to 1,100 now", "en", "expenses", "1100"),
    ],
)
def test_today_said_after_the_change_is_read(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # the figure after "nem" is taken back, the one before it meant
        ("havi 12 ezer, nem 21", "counter", "12000"),
        ("30 000 Ft, nem 3000, elírtam", "counter", "30000"),
        ("215 ezer, nem 251", "income", "215000"),
        ("személyi 35 ezer, nem 53", "other_debts", "35000"),
        ("lakbér 140, nem 104, rezsi 30", "expenses", "170000"),
        # "no" on its own, or "ja nem", takes back the one before
        ("20e.. ja nem 26e", "counter", "26000"),
        ("lakbér 120, rezsi 30.. ja nem 35", "expenses", "155000"),
    ],
)
def test_a_figure_after_nem_is_taken_back_hu(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the thousands a bare figure counts named in brackets after it
        ("havonta 25-öt tudok (ezret persze)", "25000"),
        ("havi 30-at (ezer forintot)", "30000"),
        ("18-at tudnék fizetni (ezret)", "18000"),
    ],
)
def test_thousands_named_in_brackets_after_the_figure_hu(text: str, expected: str) -> None:
    assert read_as_asked(text, "hu", "counter") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the month's offer said first, then the instalments it is paid in, adding up to it
        ("havi 20 ezret, 5-én 12-t és 20-án 8-at", "hu", "20000"),
        ("100 a month, 60 on the 1st and 40 on the 15th", "en", "100"),
        ("每月一千，5号还六百，20号还四百", "zh", "1000"),
    ],
)
def test_an_offer_then_the_instalments_adding_up_to_it(
    text: str, language: str, expected: str
) -> None:
    assert read_as_asked(text, language, "counter") == AmountReading(Decimal(expected), None)


def test_instalments_not_adding_up_to_the_offer_ask_again_hu() -> None:
    assert read_as_asked("havi 20 ezret, 5-én 12-t és 20-án 9-et", "hu", "counter") == AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a monthly sum said to be savings, not a debt, and no debt besides
        ("nyugdíjpénztárba havi 15-öt fizetek, de ez megtakarítás, nem hitel, szóval semmi", "hu"),
        ("lakástakarékba 25 ezer megy havonta, az betét, nem tartozás. más nincs", "hu"),
        ("i put 50 a month into an isa but that's savings, not a debt, so none", "en"),
    ],
)
def test_savings_said_to_be_no_debt_are_no_payment(text: str, language: str) -> None:
    assert read_as_asked(text, language, "other_debts") == AmountReading(Decimal(0), None)
