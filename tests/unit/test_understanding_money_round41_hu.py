"""Money families of round 41 in Hungarian, in words of our own: what is read, and what is asked
again.

Read: a month's figure in millions of forints ("0,21 MFt havonta"); things of one's work counted
("76 billentyű", "4 falu, 900 lakos", "9 riasztás volt"), a floor area ("48 nm-en"), a decade of
one's life ("a negyvenes éveimben"), a bus line with its letter ridden ("a 133E-vel megyek");
an aside beside the point before the answer ("az egy másik kérdés", "de ez nem ide tartozik",
"ja a kiadás:"); a month's income lived on, named before the items spent ("a 230-as fizuból
élek, albi 110"); a figure regardless of what is said before it ("ettől függetlenül"); the
payments left said right after the payment ("4 van még hátra"); a figure worked out again ("de
utánaszámoltam") or lowered since ("most már csak").
Asked again: a lower bound and what it could be above it ("min. 150, lehet több is"); an upper
bound only ("max 250, ha sok a túlóra"); a season's figure and the rest of the year's
("szezonban 300, azon kívül 180"); a month's size said as two ("egy 170-es, 180-as hónap"); the
answer a share of a figure ("a fizum harmada"); another who says it is more ("a párom szerint
biztos több"); months away now ("de most 3 hónapig kint vagyok"); two figures, which one not
remembered ("20 ill. 25, nem emlékszem"); two counts of a note as a range ("két-három ötezrest").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a month's figure in millions of forints
    ("0,21 MFt havonta, így szokta írni a könyvelőm", "hu", "income", "210000"),
    # things of one's work counted, a floor area, a decade of life, a bus line with its letter
    ("orgonista vagyok, 76 billentyű van a kisebbiken, a kiadásom havi 174", "hu", "expenses",
     "174000"),
    ("a körzetem 4 falu, 900 lakos, a saját kiadásom 168", "hu", "expenses", "168000"),
    ("tűzoltó vagyok, múlt héten 9 riasztás volt, albi 105, kaja 60", "hu", "expenses",
     "165000"),
    ("a negyvenes éveimben járok, ketten élünk 48 nm-en, havi 198", "hu", "expenses", "198000"),
    ("a 133E-vel megyek dolgozni, a bérlet 8950, albi 95", "hu", "expenses", "103950"),
    # an aside beside the point before the answer
    ("a hegedűt 800 ezerért vettem, az egy másik kérdés, ide: albi 100 + kaja 60", "hu",
     "expenses", "160000"),
    ("a buszon 50 ülés van, de ez nem ide tartozik, havi 181", "hu", "expenses", "181000"),
    ("óránként 5000-et kérek, de a kiadás a kérdés: albi 90 rezsi 30", "hu", "expenses",
     "120000"),
    # a figure regardless of what is said before it
    ("havonta 10-12 ügyelet, a kiadásom ettől függetlenül 188", "hu", "expenses", "188000"),
    # the payments left said right after the payment
    ("a hűtőre 10x 12 490, 4 van még hátra", "hu", "other_debts", "12490"),
    # a month's income lived on, named before the items spent
    ("a 230-as fizuból élek, albi 110, kaja 70", "hu", "expenses", "180000"),
    # a figure worked out again, or lowered since
    ("először 180-at mondtam, de utánaszámoltam: 193", "hu", "expenses", "193000"),
    ("a Provident 22, de most már csak 18", "hu", "other_debts", "18000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # a lower bound and what it could be above it
    ("min. 150, lehet több is", "hu", "expenses"),
    # an upper bound only
    ("max 250, ha sok a túlóra", "hu", "income"),
    ("legfeljebb 30 a három együtt", "hu", "other_debts"),
    # a season's figure and the rest of the year's
    ("szezonban 300, azon kívül 180", "hu", "income"),
    # a month's size said as two
    ("egy 170-es, 180-as hónapom szokott lenni", "hu", "expenses"),
    # the answer a share of a figure
    ("nagyjából a fizum harmada, a fizu 300", "hu", "expenses"),
    ("a forgalom 60%-a marad nekem, a forgalom 500", "hu", "income"),
    # another who says it is more
    ("én 140-et mondanék, de a párom szerint biztos több", "hu", "expenses"),
    # months away now
    ("itthon 160 körül, de most 3 hónapig kint vagyok Norvégiában", "hu", "expenses"),
    # two figures, which one not remembered
    ("20 ill. 25, nem emlékszem", "hu", "other_debts"),
    # two counts of a note as a range
    ("két-három ötezrest havonta", "hu", "counter"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_41_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_41_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
