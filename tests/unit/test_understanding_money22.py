"""Amounts typed every way beside numbers that are no money (round 22)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading, read_amount, read_card_digits


def _asked(text: str, language: str, question: str) -> AmountReading:
    """``text`` read as the dialogue reads it at ``question`` (forints counted in thousands)."""
    return read_amount(
        text,
        language,
        items=question != "counter",
        owed=question == "other_debts",
        offer=question == "counter",
        in_thousands=language == "hu",
        asked=question,
    )


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # a letter o typed for a zero
        ("take home £1,48o", "en", "income", "1480"),
        ("about 6oo all in", "en", "expenses", "600"),
        ("nagyjából 17o ezer", "hu", "income", "170000"),
        ("每月35oo", "zh", "income", "3500"),
        # children's ages, the size or place of the home, counts of things
        ("rent 640 for a 3 bed semi, my kids are 4 and 11, food 220", "en", "expenses", "860"),
        ("25 quid a month, I've got two jobs and 2 kids (3 and 5)", "en", "counter", "25"),
        ("lakbér 130, két gyerek (4 és 10 évesek), kaja 90", "hu", "expenses", "220000"),
        ("bérlet 120 (2. emelet, 38 nm), rezsi 35", "hu", "expenses", "155000"),
        ("rent 910 for flat 7c, council tax 150", "en", "expenses", "1060"),
        ("房租1800（1204室），物业120", "zh", "expenses", "1920"),
        ("around 260 a month over 3 different things", "en", "other_debts", "260"),
        ("havonta kb 90 összesen, 3 féle", "hu", "other_debts", "90000"),
        ("the van is 175 til 2029", "en", "other_debts", "175"),
        ("lakáshitel 88 200 Ft havonta, még 36 részlet", "hu", "other_debts", "88200"),
    ],
)
def test_numbers_beside_the_amount_are_set_aside(
    text: str, language: str, question: str, expected: str
) -> None:
    assert _asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        ("could be 250 or 300 altogether", "en", "other_debts"),
        ("60 vagy 75 összesen", "hu", "other_debts"),
        ("1,500 a month at the very least", "en", "expenses"),
    ],
)
def test_two_figures_or_a_bound_are_asked_again(text: str, language: str, question: str) -> None:
    assert _asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("personal loan 145, still owe roughly 4,200 on it", "en", "145"),
        ("van 310 a month (11,000 left to clear) and a sofa on finance 42.50", "en", "352.50"),
        ("autóhitel 61, még vagy 1,8 millió van hátra", "hu", "61000"),
        ("房贷3100（还欠40万），手机分期188", "zh", "3288"),
    ],
)
def test_a_balance_in_a_clause_of_its_own_is_no_payment(
    text: str, language: str, expected: str
) -> None:
    assert _asked(text, language, "other_debts") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        ("1,900 gross, so roughly 1,540 in my pocket", "en", "income", "1540"),
        ("bruttó 410, ebből marad 280", "hu", "income", "280000"),
        ("tavaly 350-et vittem haza, idén 290", "hu", "income", "290000"),
        ("store card minimum 30, I do 60 most months", "en", "other_debts", "60"),
        (
            "loan 220, and a gym contract 25 which is no debt really, so just 220",
            "en",
            "other_debts",
            "220",
        ),
        ("房贷3000，宽带49不算贷款，就3000", "zh", "other_debts", "3000"),
        ("我们家一个月花九千，其中我出三千五", "zh", "expenses", "3500"),
        ("a háztartás 380-at költ, én ebből 150-et adok", "hu", "expenses", "150000"),
    ],
)
def test_the_figure_settled_on_beside_a_whole(
    text: str, language: str, question: str, expected: str
) -> None:
    assert _asked(text, language, question) == AmountReading(Decimal(expected), None)


def test_an_amount_it_fell_below_is_a_bound() -> None:
    assert _asked("180 alá csökkent", "hu", "income") == AmountReading(
        None, AmountProblem.AMBIGUOUS
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("órabéres vagyok, 2100 ft", "hu"),
        ("órabér 1900, heti 30 órát dolgozom", "hu"),
        ("我是按小时拿钱的，一小时25", "zh"),
        ("每两个星期发一次，每次1100", "zh"),
        ("I get paid in dollars, about 2,100 dollars", "en"),
        ("dollárban fizetnek, 1400 dollár", "hu"),
        ("我拿的是美元，两千", "zh"),
    ],
)
def test_pay_by_the_hour_or_in_another_currency_is_asked_again(text: str, language: str) -> None:
    assert _asked(text, language, "income") == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        ("household brings in 3100 but my part is 940", "en", "income", "940"),
        ("the whole family spends 1,900 a month but I chip in 600", "en", "expenses", "600"),
        ("a párom 390-et keres, én 160-at", "hu", "income", "160000"),
        ("老婆月入九千，我自己跑外卖4200", "zh", "income", "4200"),
    ],
)
def test_own_figure_after_a_partners_or_the_households(
    text: str, language: str, question: str, expected: str
) -> None:
    assert _asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("7702 not 7720, typo", "7702"),
        ("4418 nem 4481, elírtam", "4418"),
        ("是6605，不是6650", "6605"),
        ("card ends 2290 and the mobile ends 8841", "2290"),
        ("a telefonom vége 3312, a kártyáé 7719", "7719"),
        ("手机后四位1234，银行卡后四位5678", "5678"),
        ("negyvenkettő tizenhét", "4217"),
        ("sixty five thirty", "6530"),
    ],
)
def test_card_digits_corrected_beside_a_phone_or_said_two_at_a_time(text: str, digits: str) -> None:
    assert read_card_digits(text) == digits


@pytest.mark.parametrize(
    "text", ["6605 or 6650, not sure", "my phone ends 3312", "forty two and some other numbers"]
)
def test_card_digits_not_guessed(text: str) -> None:
    """Either of two, a phone's digits alone or one pair spelled: nothing taken for the card's."""
    assert read_card_digits(text) is None
