"""Amounts of round 29, English second pass: each family in the languages it is said in."""

from __future__ import annotations

import pytest

from bot.evaluation import EVALUATED_CURRENCY
from dialogs.understanding import Question, interpret


def _reads(text: str, language: str, question: str) -> str:
    currency = EVALUATED_CURRENCY.get(language)
    return interpret(text, Question.at(question), language, currency=currency).meaning


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # a benefit named beside another income with only how often it comes: its amount unsaid
        ("universal credit 730 and dla paid every 4 weeks", "en", "income", "ambiguous"),
        ("wage 1,250 plus child benefit, comes 4 weekly", "en", "income", "ambiguous"),
        ("nyugdíj 140 ezer, meg a rokkantsági, az 4 hetente jön", "hu", "income", "ambiguous"),
        ("工资三千五，还有低保每四周发一次", "zh", "income", "ambiguous"),
        ("UC 600 a month and pip 350", "en", "income", "950"),  # both said: their sum
    ],
)
def test_a_benefit_said_only_by_how_often_it_comes(
    text: str, language: str, question: str, expected: str
) -> None:
    assert _reads(text, language, question) == expected


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # the own share said first, the whole household's after it: the own
        ("my share is around 450, the whole house spends 1,350", "en", "expenses", "450"),
        ("my part is 900, the whole household brings in 2,600", "en", "income", "900"),
        ("az én részem kb 150, az egész lakás 300-at költ", "hu", "expenses", "150000"),
        ("我那份大概三千，全家一个月花六千", "zh", "expenses", "3000"),
        # the couple's figure "between us", the own after it
        ("me and my sister spend about 1,600 between us, i cover 700 of it", "en", "expenses", "700"),
        ("we spend 1,800 between us and i cover 1,000", "en", "expenses", "1000"),
        ("我和老公一共花八千，我出三千", "zh", "expenses", "3000"),
        # a share of one item is still an item of the list
        ("rent 700 and my share of the bills is 150", "en", "expenses", "850"),
    ],
)
def test_the_own_share_beside_the_whole(
    text: str, language: str, question: str, expected: str
) -> None:
    assert _reads(text, language, question) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # an item given what is left, or its figure typed as question marks: no sum
        ("rent 650, and whatever's left over goes on food", "en", "ambiguous"),
        ("lakbér 120, kaja amennyi marad", "hu", "ambiguous"),
        ("房租两千，吃饭看剩多少", "zh", "ambiguous"),
        ("rent 610, bills 240, food ?", "en", "ambiguous"),
        ("lakbér 110 + rezsi 35 + kaja ??", "hu", "ambiguous"),
        ("房租2000 水电300 吃饭??", "zh", "ambiguous"),
        # an item said to be left out of the figure
        ("1,100 but it doesn't cover the car", "en", "ambiguous"),
        ("880 and that dont include the phone", "en", "ambiguous"),
        # a real question after the figure is no missing figure
        ("rent 800 is that enough?", "en", "800"),
    ],
)
def test_an_item_without_its_figure(text: str, language: str, expected: str) -> None:
    assert _reads(text, language, "expenses") == expected


def test_a_question_after_the_pay_is_no_missing_figure_zh() -> None:
    assert _reads("工资4800够吗？", "zh", "income") == "4800"


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # the figure before, today's said only to be more or less: by how much unsaid
        ("used to be 800, now its a lot higher", "en", "expenses", "ambiguous"),
        ("was on 1,600 but its gone down since the new rota", "en", "income", "ambiguous"),
        ("régen 250 volt, most több", "hu", "expenses", "ambiguous"),
        ("以前九百，现在多了", "zh", "expenses", "ambiguous"),
        # today's figure said: today's
        ("it was 1900 but now its 1500", "en", "income", "1500"),
        # nothing now, the figure before
        ("used to get 1,150 a month, now not a penny", "en", "income", "0"),
        ("not a penny", "en", "income", "0"),
    ],
)
def test_the_figure_before_and_today_said_without_one(
    text: str, language: str, question: str, expected: str
) -> None:
    assert _reads(text, language, question) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a ton, 1100 at least", "ambiguous"),  # "a ton" is a lot, the figure a floor
        ("a ton", "100"),  # alone it is the slang for a hundred
    ],
)
def test_a_ton_beside_a_figure_is_a_lot(text: str, expected: str) -> None:
    assert _reads(text, "en", "expenses") == expected
