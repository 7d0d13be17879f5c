"""Hungarian money families of round 31's short, phone-typed messages: periods after a slash,
this week's or a year's figure, and the like."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import Question, interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

AMBIGUOUS = AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # a week's, a fortnight's, a year's or a day's figure after a slash: no month's
        ("60e/hét, futárkodom", "hu", "income"),
        ("kb 4,2M/év", "hu", "income"),
        ("a Cofidisnek 9e/hét", "hu", "other_debts"),
        ("25e/2 hét", "hu", "other_debts"),
        ("12e/nap", "hu", "income"),
        ("rent 120/mo, food 25/week", "en", "expenses"),
        ("450/wk delivering", "en", "income"),
        ("一周800", "zh", "income"),
        # this week's or last week's spending, or a year's
        ("ezen a héten 36 500 Ft ment el", "hu", "expenses"),
        ("múlt héten 52e", "hu", "expenses"),
        ("éves költés: 3 100 000 Ft", "hu", "expenses"),
        ("about 85 a week on food", "en", "expenses"),
    ],
)
def test_a_period_other_than_the_month_is_asked_again(
    text: str, language: str, question: str
) -> None:
    assert read_as_asked(text, language, question) == AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        ("Cofidis 14e/hó", "other_debts", "14000"),
        ("heti 80e, havonta kb 340", "income", "340000"),
    ],
)
def test_a_month_after_a_slash_is_a_months(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # a figure and "more than it" said in a word: how much more is unsaid
        ("bő 180", "hu", "expenses"),
        ("jo 230 siman", "hu", "expenses"),
        ("nettó bő kétszáz", "hu", "income"),
        ("230-on túl", "hu", "expenses"),
        ("160-on felül", "hu", "expenses"),
        ("190 ha nem több", "hu", "expenses"),
        ("kétszáz-akárhány", "hu", "income"),
        ("well over 1,200", "en", "expenses"),
        ("1,400 odd", "en", "income"),
        ("三千多", "zh", "income"),
        # the usual or planned figure, and that the month runs over it
        ("általában 190, de most több", "hu", "expenses"),
        ("180-at terveztem, de mindig túllövöm", "hu", "expenses"),
    ],
)
def test_more_than_a_figure_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AMBIGUOUS


def test_yes_before_a_figure_is_no_bound() -> None:
    assert read_as_asked("jó, 210", "hu", "expenses") == AmountReading(Decimal(210000), None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a figure, and an item said to be on top of it or left out of it, without its figure
        ("kb 210 (+ autó)", "hu"),
        ("165, benzin külön", "hu"),
        ("170, lakás külön", "hu"),
        ("210, a gyógyszerek nincsenek benne", "hu"),
        ("190 lenne, ha nem volna a hitel", "hu"),
        ("3 csekk, meg a lakbér", "hu"),
        ("1,100 plus the car", "en"),
        ("吃饭两千，房租另算", "zh"),
    ],
)
def test_an_item_left_out_is_asked_again(text: str, language: str) -> None:
    assert interpret(text, Question.EXPENSES, language).meaning == "ambiguous"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # without what no one needs to live on, the figure is the essential spending
        ("195 pia nélkül", "195000"),
        ("160 cigi nélkül", "160000"),
        ("csekkek 45, albi 120", "165000"),
    ],
)
def test_without_a_non_essential_is_the_spending(text: str, expected: str) -> None:
    assert read_as_asked(text, "hu", "expenses") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the income or the budget said beside the spending is none of it
        ("bevétel 300, kiadás 260", "260000"),
        ("keret 200e, elment 185e", "185000"),
        ("fizetés 290, ebből 250 elmegy", "250000"),
        ("egy fő, 1 fizetés, 172 a kiadás", "172000"),
    ],
)
def test_the_income_or_budget_beside_the_spending_is_left_out(text: str, expected: str) -> None:
    assert read_as_asked(text, "hu", "expenses") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # no money in a number: no idea, a moment, two pays' worth, spent until a day so far
        ("0 fogalmam sincs", "expenses"),
        ("1 pill, megkeresem", "income"),
        ("kb 3 fizunyi", "expenses"),
        ("20-áig 90 ment el", "expenses"),
    ],
)
def test_a_number_that_is_no_months_money_is_asked_again(text: str, question: str) -> None:
    assert read_as_asked(text, "hu", question).amount is None
