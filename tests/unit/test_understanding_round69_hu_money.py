"""Families of round 69 in Hungarian at the money questions (answers out of step), with words of
our own: what is read, and what is asked again.

Read: at the spending, a pay put right after the list ("a járadék amúgy 98 nem 96") is left
out of it, the figure said instead named as the one it corrects, and a school's cost ("suli")
is spending; at the other debts, the "rezsi" said beside a debt's payment ("a rezsi inkább
100") is the spending's, left out, and a later sentence putting right another step's money ("a
bevétel, amit írtam, inkább 150", "a havi átlag inkább 180, nem 200") is no payment. At the
income, the base said now beside the pay with its extras said as the past ("pótlékokkal 400 is
megvolt") is the base. Asked again: the "rezsi" alone put right at the other debts. Still read:
a debt's own payment put right in a later sentence, a rezsi owed ("rezsitartozás", "rezsi
hátralék").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked


@pytest.mark.parametrize(
    ("text", "question", "amount"),
    [
        # a pay put right after the spending's list
        (
            "rezsi 70 kaja 110 gyerekek suli 25. a jaradek amugy 98 nem 96 bocs",
            "expenses",
            "205000",
        ),
        ("albi 90, kaja 60, ovi 20. a fizum amúgy 310 nem 300", "expenses", "170000"),
        ("lakbér 100, rezsi 35, iskola 15. a nyugdíjam 190, nem 180, bocs", "expenses", "150000"),
        # the spending's rezsi said beside a debt's payment
        (
            "a nyomdagépre van egy lízing 38 ezer/hó. és a rezsi inkább 100, tél van",
            "other_debts",
            "38000",
        ),
        ("autóhitel 42 havonta. a rezsi amúgy inkább 90", "other_debts", "42000"),
        # another step's money put right in a later sentence
        (
            "traktorra lizing 55/ho. amugy a havi atlag inkabb 180, nem 200, az aszaly miatt",
            "other_debts",
            "55000",
        ),
        (
            "a center gépeire lízing 60 havonta. és a bevétel, amit írtam, inkább 150",
            "other_debts",
            "60000",
        ),
        ("a kocsira lízing 40 havonta. a fizum amúgy inkább 310, nem 330", "other_debts", "40000"),
        (
            "személyi hitel 25 havonta. és a nyugdíj, amit mondtam, inkább 190",
            "other_debts",
            "25000",
        ),
        # the pay with its extras said as the past: the base is what comes in now
        ("most csak az alapber, 260 netto, potlekokkal 400 is megvolt.", "income", "260000"),
        ("most csak alapbér van, 245 nettó, túlórával 330 is megvolt.", "income", "245000"),
        ("csak az alapfizetés megy, 250, pótlékokkal 380 is volt", "income", "250000"),
        ("az alapom 240, pótlékokkal 280 szokott lenni", "income", "280000"),
        # near: a debt's own payment put right, a rezsi owed
        ("személyi hitel 30. inkább 35, bocs", "other_debts", "35000"),
        ("lakáshitel 80. a hitel inkább 85, nem 80", "other_debts", "85000"),
        ("rezsitartozás 15 egy hónapra", "other_debts", "15000"),
        ("rezsi hátralék 20 havonta", "other_debts", "20000"),
    ],
)
def test_round_69_hu_money_is_read(text: str, question: str, amount: str) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("bocs, a rezsi 95, nem 80, elnéztem a számlát", "other_debts"),
        ("a rezsi inkább 70, rosszul írtam", "other_debts"),
        ("a kaja 90 nem 80, bocsi", "other_debts"),
    ],
)
def test_round_69_hu_money_is_asked_again(text: str, question: str) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(None, AmountProblem.AMBIGUOUS)
