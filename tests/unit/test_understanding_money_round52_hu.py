"""Money families of round 52 in Hungarian, in words of our own: what is read, and what is
asked again.

Read: one's own spending said last, named as one's own ("a magánkiadásom 150", "havi saját
kiadásom 190", "magamra 120 megy") beside the trade's figures said before it.
Read: this month's figure, the month before or last year's set beside it in brackets ("(előző
hó: 170 000 Ft)", "(tavaly: 160)"), no item to add.
Read: a payslip's net pay said last, after the gross and what is taken off it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # one's own spending said last, beside the trade's figures
    ("a műhely bérleti díja 60, a magánkiadásom 150", "hu", "expenses", "150000"),
    ("egy pár csizma 40 ezer, de havi saját kiadásom 190", "hu", "expenses", "190000"),
    ("liszt 30 ezer egy héten, magamra 120 megy", "hu", "expenses", "120000"),
    # near-miss kept as it was: the own figure does not end the message
    ("magamra 100 megy, a gyerekekre 50", "hu", "expenses", "150000"),
    # the month before or last year in brackets, beside this month's figure
    ("Havi költés: 150 000 Ft (múlt hónap: 170 000 Ft)", "hu", "expenses", "150000"),
    ("a kiadás 180 (tavaly 160)", "hu", "expenses", "180000"),
    ("lakbér 100 (előző hónapban 90), kaja 60", "hu", "expenses", "160000"),
    # near-miss kept as it was: the month before named in brackets with no figure of its own
    ("lakbér 100, rezsi (múlt hónap óta drágább) 30", "hu", "expenses", "130000"),
    # a payslip's net pay said last
    ("Bruttó: 480 000 | SZJA: 72 000 | járulék: 88 800 | Nettó kifizetés: 319 200", "hu",
     "income", "319200"),
    # near-miss kept as it was: the net with an extra said after it
    ("bruttó 400, nettó 266", "hu", "income", "266000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = []


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_52_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_52_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
