"""Money families of round 51 in Hungarian (and rounds 49 and 50's misreads), in words of our
own: what is read, and what is asked again.

Read: the month's paying back of a sum borrowed from someone, the sum itself no debt of the
month ("a bátyámtól kértem 80-at kölcsön, havi 15-öt adok vissza", "a főnök adott 100 ezer
előleget, két hónap alatt vonják le, havi 50"); the offer settled on, said last after
"legyen" ("a párom 10-et mondana, én 20-at, legyen 15"); the offer worked out from two figures
before it and said last as their result ("a részlet 50 volt, vegyünk le 15-öt, 35", "a 200-nak
a 10%-a, az 20 000", "3 vásár egy hónapban, mindegyikből 10-et adok, 30"); the forints a sum
in another currency came to, said after it ("a bank 195 ezerként írta jóvá", "forintban kb 580
ezer").
Asked again: a sum borrowed from someone that need not go back, the rest unclear; a whole's
parts said one in another currency, one in forints, joined by "meg" or set in two places ("a
német nyugdíjam 300 euró, meg a magyar 90 ezer", "kint 3000 korona megy el, itthon 150"); a
whole shared with a partner, the own part said only as more or less than theirs ("a férjemmel
együtt 300, de én kevesebbet adok bele"); two figures each of a case ("ha dolgozom 200, ha nem
150", "egyszer 150 egyszer 220", "hol 100 hol 180").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the month's paying back of a sum borrowed from someone
    ("a bátyámtól kértem 80-at kölcsön, havi 15-öt adok vissza", "hu", "other_debts", "15000"),
    ("a sógorom adott kölcsön 300-at, havonta 25-öt fizetek vissza, meg a tévé részlete 6", "hu",
     "other_debts", "31000"),
    ("a főnök adott 100 ezer előleget, két hónap alatt vonják le, havi 50", "hu", "other_debts",
     "50000"),
    ("anyámtól kértem 400-at a kaucióra, havi 30-at adok neki vissza", "hu", "other_debts",
     "30000"),
    ("a nagyitól kaptam 50-et, de nem kell visszaadni, más tartozásom nincs", "hu", "other_debts",
     "0"),
    # near-misses kept as they were: the loan's own payment, or a sum with no paying back said
    ("a bank adott 2 millió kölcsönt, havi 45 a részlet", "hu", "other_debts", "45000"),
    ("kértem 100-at kölcsön", "hu", "other_debts", "100000"),
    # the offer settled on, said last after "legyen"
    ("a párom 10-et mondana, én 20-at, legyen 15", "hu", "counter", "15000"),
    ("ő 30-at mondott, én 35-öt, legyen a 35", "hu", "counter", "35000"),
    ("a 12 hónapos túl drága, legyen 14", "hu", "counter", "14000"),
    # the offer worked out from two figures before it, said last as their result
    ("a részlet 50 volt, vegyünk le 15-öt, 35", "hu", "counter", "35000"),
    ("a 200-nak a 10%-a, az 20 000", "hu", "counter", "20000"),
    ("3 vásár egy hónapban, mindegyikből 10-et adok, 30", "hu", "counter", "30000"),
    # the forints a sum in another currency came to, said after it
    ("az ösztöndíj 500 euró, a bank 195 ezerként írta jóvá", "hu", "income", "195000"),
    ("a youtube havonta kb 300 dollár, ezt a bank 110 ezerként utalja", "hu", "income", "110000"),
    ("havi 1500 euró, forintban kb 580 ezer", "hu", "income", "580000"),
    # near-miss kept as it was: the foreign figure of a time before
    ("a hajón 2000 dollár volt, de most itthon vagyok, most 0", "hu", "income", "0"),
    # near-misses kept as they were: a case said once, the figure the month's
    ("ha jól számolom 190, ha nem akkor is kb annyi", "hu", "expenses", "190000"),
    ("a férjemmel együtt 300, én ebből 120-at adok", "hu", "expenses", "120000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # a sum borrowed that need not go back yet, and "until I can" left unclear
    ("a szomszéd adott kölcsön 150-et, nem kell visszaadni amíg nem tudom. más nincs", "hu",
     "other_debts"),
    # near-misses kept as they were: two figures weighed, no word of working one out
    ("legyen 20 vagy 25", "hu", "counter"),
    ("30 vagy 20, 10", "hu", "counter"),
    # near-miss kept as it was: what the offer is not to be, no settling on it
    ("19990, csak ne legyen húszezer", "hu", "counter"),
    # a whole's parts said one in another currency, one in forints
    ("a német nyugdíjam 300 euró, meg a magyar 90 ezer", "hu", "income"),
    ("kint 3000 korona megy el havonta, itthon a család 150", "hu", "expenses"),
    # near-miss kept as it was: another item's forints named after the foreign figure
    ("a rezsi euróban megy, 200 euró, a kaja forintban 60 ezer", "hu", "expenses"),
    # a whole shared with a partner, the own part only more or less than theirs
    ("a férjemmel együtt 300, de én kevesebbet adok bele", "hu", "expenses"),
    ("a feleségemmel ketten 250, én fizetem a nagyobb részét", "hu", "expenses"),
    # two figures each of a case
    ("ha túlórázom 200, ha nem 150", "hu", "income"),
    ("egyszer 150 egyszer 220, változó", "hu", "expenses"),
    ("hol 100 hol 180", "hu", "income"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_51_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_51_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
