"""Money families of round 35 in Hungarian, in words of our own: what is read, and what is asked
again.

Read: a number said as what it falls short of ("három híján kétszázötven", 247; "öt híján
harmincezer", 25 000); a town named by a number ("Hatvanban élünk") no money; the numbers of a
numbered list ("1. albi 120, 2. rezsi 35", "1️⃣ albi, 2️⃣ kaja") no items; working hours from
and to ("reggel 6tól 10ig") no money; a phone bill as "tel 6" among the items.
Asked again: months of two kinds with a figure each ("páros hónapokban … páratlanban …", "a 4
hetes hónapban … az 5 hetesben …"); an item paid each week on a day ("szombatonként a piacon kb
15 ezer", "minden hétfőn … egy tízesért") beside the month's; a note or a few ("egy húszas, vagy
kettő"); an hourly rate with the month's shifts counted, the pay not worked out; an item
said as a multiple of another ("a kaja a rezsi duplája"); the best case only, said to be rare
("ha minden jól megy 180, de ritkán"); money said to run out in weeks ("2 hét alatt elfogy").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a number said as what it falls short of
    ("három híján kétszázötven jön ki egy hónapban", "hu", "expenses", "247000"),
    ("tíz híján négyszáz a fizetésem", "hu", "income", "390000"),
    ("öt híján harmincezer a Providentnek", "hu", "other_debts", "25000"),
    ("ezer híján tízezret tudnék adni", "hu", "counter", "9000"),
    # a town named by a number
    ("Hatvanban élünk, albi 105, rezsi 30, kaja 70", "hu", "expenses", "205000"),
    ("a hatvani albi 90, rezsi 25", "hu", "expenses", "115000"),
    # the numbers of a numbered list
    ("1. albérlet 125, 2. rezsi 33, 3. étel 65", "hu", "expenses", "223000"),
    ("1. 5-én a lakbér 100, 2. 20-án a rezsi 30", "hu", "expenses", "130000"),
    ("1️⃣ albi 115, 2️⃣ kaja 60", "hu", "expenses", "175000"),
    # the hours of two jobs, from and to, beside their pay
    (
        "két helyen dolgozom: reggel 7től 11ig takarítás 95, este 5-től 9-ig pult 120",
        "hu",
        "income",
        "215000",
    ),
    # a phone bill shortened to "tel" among the items
    ("lakbér 140, tel 8, rezsi 30", "hu", "expenses", "178000"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # months of two kinds, each with its figure
    ("páratlan hónapokban 185, a párosokban 225, a víz miatt", "hu", "expenses"),
    ("az 5 hetes hónapokban 320, a 4 hetesekben 260", "hu", "income"),
    # an item paid every week day of a kind, beside the month's items
    ("csütörtökönként a boltban úgy 18 ezer, albi 110, rezsi 30", "hu", "expenses"),
    ("minden szombaton veszek egy ötezresért ezt-azt, lakbér 95", "hu", "expenses"),
    # an hourly rate beside a month's count of shifts, the month's pay not worked out
    ("órabérem 1900, egy hónapban 12-14 műszak", "hu", "income"),
    # an item said as a multiple of another, not worked out
    ("a benzin a lakbér háromszorosa, a lakbér 40, rezsi 25", "hu", "expenses"),
    # a figure of the best case only, said to be rare
    ("ha minden rendben megy 210, de az ritka", "hu", "income"),
    # the money said runs out within weeks
    ("a 170 három hét alatt elfogy, utána a szomszédtól kérek", "hu", "expenses"),
    # a note or a few of them, how many unsaid
    ("egy tízes, esetleg három", "hu", "counter"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
