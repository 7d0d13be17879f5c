"""Families of round 73 in Hungarian (written as a second language), with words of our own:
what is read, and what is asked again.

Money: a figure grouped with a comma the English way ("130,000", "15,500") is read where a bare
figure is thousands (read with a Hungarian decimal comma it is the same forints), not before a
multiplier; food for the cardholder and a relative with the ending left off ("étel nekem és
fiam") is the cardholder's own cost; a side source that pays nothing ("bolt most nem fizet
semmi", its article left off) beside the own pension; a sum in euros worked out in forints with
German words ("das ist etwa 350 ezer forint") is the forints.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked


@pytest.mark.parametrize(
    ("text", "question", "amount"),
    [
        # comma thousands where a bare figure is thousands
        ("150,000 po havonta", "expenses", "150000"),
        ("havonta 12,000 tudok", "counter", "12000"),
        ("autóhitel 42,500 minden hónap", "other_debts", "42500"),
        ("lakbér 140,000, rezsi 35,000, kaja 60 ezer", "expenses", "235000"),
        ("fizetésem nettó 385,000 forint", "income", "385000"),
        # the own food with a relative's, the ending left off or not
        ("albérlet 120 000, rezsi 25 000, étel nekem és lányom kb 50 000", "expenses", "195000"),
        ("lakbér 120, kaja nekem és a fiamnak 50", "expenses", "170000"),
        ("albérlet 100, rezsi 25, étel nekem meg a feleségem kb 70", "expenses", "195000"),
        # a side source paying nothing beside the own figure
        ("nyugdíj 52 ezer, bolt most nem fizet semmi", "income", "52000"),
        ("táppénz 140, a cég most semmit nem fizet", "income", "140000"),
        ("nyugdíj kb 48 000, a bolt most nem fizet semmit", "income", "48000"),
        # euros worked out in forints in German words
        ("Rente 1.150 Euro, das ist etwa 450 ezer forint havonta", "income", "450000"),
        ("nyugdíj 900 euró, das sind ungefähr 350 ezer forint", "income", "350000"),
        ("1150 euró, ami kb 450 ezer forint havonta", "income", "450000"),
    ],
)
def test_round_73_hu_money_is_read(text: str, question: str, amount: str) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # a comma before a multiplier, or a decimal comma of two digits, stays as it was
        ("2,500 millió", "income"),
        # the euros with forints but no word linking them: which one is meant is not said
        ("Rente 1.150 Euro, 450 ezer forint", "income"),
        # a partner's pay beside the own nothing, as before
        ("a férjem 300, én semmit", "income"),
    ],
)
def test_round_73_hu_money_is_asked_again(text: str, question: str) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(None, AmountProblem.AMBIGUOUS)
