"""Money families of round 37 in Hungarian, in words of our own: what is read, and what is asked
again.

Read: the month one gets by on ("én havi 172-ből jövök ki"), figures of other things before it;
the spending itself named before the last figure ("az órabérem 2100 Ft, a kiadás 168");
one of two figures preferred ("inkább 190 mint 200"); a lump sum lived on beside the month's
spending ("az örökség 2 millió volt, abból élek, havonta 170 megy el"); a postcode before a town
("9700 Szombathely"); a measure ("18 mm-es lap"); a rounded figure beside the exact one
("187 450 Ft, majdnem 190"); a debt's part of a bill and an offer out of what is left, said with
"abból"/"ebből"; a refused offer said again ("12, a 15 túl sok"); nothing said of what would be
("ez semmi volna, de nekem 150"); a year's figure worked into the month's ("vagyis 200
havonta"); a loan named "Diákhitel Plusz" (no "plus"); a debt let off (0).
Asked again: a share of the pay with the pay's figure; all the money running out by a day; one
time one figure, another time another; a figure leaning off ("inkább fölötte"); a debt's total
with its monthly payment not known; a figure with an item left out unpriced; only one item
known; a trip's price beside how many trips; an offer for now and another for after.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the month one gets by on, figures of other things before it
    ("fodrász vagyok, napi 8 vendég, én havi 172-ből jövök ki", "hu", "expenses", "172000"),
    ("a raktárban 300 és 500 ezres gépek vannak, de én havi 165-ből élek meg", "hu", "expenses",
     "165000"),
    # the spending itself named before the last figure, a rate, a count or a discount before
    ("napi 2 óra edzés, heti 4 alkalom, a havi kiadásom 176", "hu", "expenses", "176000"),
    ("az órabérem 2100 Ft, a kiadás 168", "hu", "expenses", "168000"),
    ("30% kedvezményt kapok a menzán, a kiadás 150 körül", "hu", "expenses", "150000"),
    # one of two figures preferred
    ("olyan 190. inkább 190 mint 200", "hu", "expenses", "190000"),
    ("kb 12 ezer, inkább 12 mint 13", "hu", "counter", "12000"),
    # a lump sum lived on, the month's spending beside it
    ("az örökség 2 millió volt, abból élek, havonta 170 megy el", "hu", "expenses", "170000"),
    # a postcode, a measure: no money
    ("9700 Szombathely, lakbér 130 rezsi 40 kaja 60", "hu", "expenses", "230000"),
    ("asztalos vagyok, ma 18 mm-es lapot vágtam, lakbér 100, kaja 50", "hu", "expenses",
     "150000"),
    # a rounded figure beside the exact one
    ("kiadás havonta 187 450 Ft, majdnem 190", "hu", "expenses", "187450"),
    # a part said with "abból"/"ebből"
    ("Yettel: a havidíj 12 990, ebből 5 000 a készülék részlete", "hu", "other_debts", "5000"),
    ("a számlák után 40 marad, ebből 25-öt tudok adni", "hu", "counter", "25000"),
    # a refused offer said again
    ("15 ezer... bocsánat, 12, a 15 túl sok", "hu", "counter", "12000"),
    # nothing said of what would be; a year's figure worked into the month's
    ("egy nagy családnak ez semmi volna, de nekem 150", "hu", "expenses", "150000"),
    ("évente 2 millió 400 ezer, vagyis 200 havonta", "hu", "income", "200000"),
    # a loan's name with "Plusz" in it
    ("a Diákhitel Plusz havi 11 200 Ft", "hu", "other_debts", "11200"),
    # a debt let off
    ("a bátyámnak tartoztam 100 ezerrel, de elengedte", "hu", "other_debts", "0"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # a share of the pay, the pay's figure said
    ("a nyugdíjam 80%-a, a nyugdíj meg 190", "hu", "expenses"),
    # all the money running out by a day
    ("20-ára mindig elfogy az egész 250", "hu", "expenses"),
    # one time one figure, another time another
    ("hát, egyszer 140, máskor 210", "hu", "expenses"),
    ("hol 150, hol 200", "hu", "income"),
    # a figure leaning off
    ("250 körül, inkább fölötte", "hu", "income"),
    # a debt's total, its monthly payment not known
    ("1,2 millió a hitel az OTP-nél, a havi törlesztőt nem tudom", "hu", "other_debts"),
    # an item left out, its figure unsaid
    ("kétszázhúsz, ha az autót nem számolom", "hu", "expenses"),
    # only one item known
    ("a feleségem intézi, én csak azt tudom, hogy a lakbér 130", "hu", "expenses"),
    # a trip's price beside how many trips
    ("havonta 6 napot járok be Győrbe, egy út oda-vissza 2400, lakbér 90", "hu", "expenses"),
    # an offer for now and another for after
    ("a gyes alatt 5 ezret tudok, utána 12-t", "hu", "counter"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
