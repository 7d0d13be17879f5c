"""Money families of round 52 in Hungarian, in words of our own: what is read, and what is
asked again.

Read: one's own spending said last, named as one's own ("a magánkiadásom 150", "havi saját
kiadásom 190", "magamra 120 megy") beside the trade's figures said before it.
Read: this month's figure, the month before or last year's set beside it in brackets ("(előző
hó: 170 000 Ft)", "(tavaly: 160)"), no item to add.
Read: a payslip's net pay said last, after the gross and what is taken off it.
Read: the exact figure said "more exactly" after a rounded one, and a figure taken back with
"illetve" or a "sorry" and a reason, the right one said after "akkor".
Read: a total redone by hand with an item forgotten, in thousands like its parts ("230, …, az
még 40, tehát 270").
Asked again: two figures, one "or rather" the other, then not known which; a husband's or
wife's earnings, the only figure said.
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
    # the exact figure said after a rounded one
    ("havi 0,4 millió körül, pontosabban 412", "hu", "income", "412000"),
    ("kb 300, helyesebben 296", "hu", "expenses", "296000"),
    # a figure taken back with a reason, the right one after "akkor"
    ("230 ezer.. illetve a kaját anyám veszi, akkor 180", "hu", "expenses", "180000"),
    ("200, bocs, a netet lemondtam, akkor 196", "hu", "expenses", "196000"),
    # near-miss kept as it was: "illetve" as "and", the whole after "akkor"
    ("lakbér 100, illetve a rezsi 30, akkor 130", "hu", "expenses", "130000"),
    # a total redone with an item forgotten, in thousands like its parts
    ("a bolti fizum 230, a takarítást elfelejtettem, az még 40, tehát 270", "hu", "income",
     "270000"),
    # near-miss kept as it was: a total in pounds stays as said
    ("about 860, oh forgot the insurance 65, so 925", "en", "expenses", "925"),
    # near-miss kept as it was: one's own earnings said beside the partner's
    ("a férjem 450-et keres, én 200-at", "hu", "income", "200000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # one figure or rather another, not known which
    ("190... vagy inkább 220, fogalmam sincs", "hu", "expenses"),
    ("150 vagy talán 170, nem tudom", "hu", "expenses"),
    # a partner's earnings, the only figure
    ("a párom 380-at keres", "hu", "income"),
    ("a feleségem kb 300-at keres, én mellette otthon vagyok", "hu", "income"),
    # near-miss kept as it was: a case, "ha …, akkor", is no correction
    ("200, illetve ha a kocsit eladom, akkor 150", "hu", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_52_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_52_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
