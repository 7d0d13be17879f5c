"""Hungarian money families of round 29: odd number forms, equal items said as a count, counts
that are no money, and figures that are no month's amount."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

AMBIGUOUS = AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # hundreds of thousands after a spelled fraction or digits
        ("úgy három és fél százezer", "hu", "income", "350000"),
        ("kb 1,5 százezret keresek", "hu", "income", "150000"),
        # "eFt": thousand forints, as statements write it
        ("a kölcsön havi 18,5 eFt", "hu", "other_debts", "18500"),
        ("lakbér 95 eFt, rezsi 30 eFt", "hu", "expenses", "125000"),
    ],
)
def test_odd_hungarian_number_forms(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a figure with its last digits masked is no figure
        ("valahol 3xx ezer, nem tudom fejből", "hu"),
        ("its 1,6xx something, cant remember", "en"),
        ("大概4xxx吧", "zh"),
        # a figure and "a bit" more: how much more is not said
        ("két százezer meg egy kevés", "hu"),
        ("about 1,100 and a bit", "en"),
    ],
)
def test_a_masked_figure_or_a_bit_more_is_asked_again(text: str, language: str) -> None:
    assert read_as_asked(text, language, "income") == AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # equal items said as a count and one amount: the count times the amount
        ("két személyi kölcsön, mindkettő 18 ezer", "other_debts", "36000"),
        ("3 áruhitelem van, mindhárom havi 5 500", "other_debts", "16500"),
        ("2x 9 500, két telefon részletre", "other_debts", "19000"),
        ("úszás a két gyereknek 2x 8 ezer, kaja 90 ezer, rezsi 45 ezer", "expenses", "151000"),
        # the number of instalments or of shifts is no money
        ("a vízműnél részletfizetés, 8 részlet, havi 11 200", "other_debts", "11200"),
        ("3 műszakban dolgozom a gyárban, kb 310 jön be", "income", "310000"),
    ],
)
def test_equal_items_are_multiplied_and_counts_left_out(
    text: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(Decimal(expected), None)
