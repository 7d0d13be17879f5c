"""Money families of round 36 in Hungarian, in words of our own: what is read, and what is asked
again.

Read: a dictation put right ("háromszáz tíz ezer, mármint 310, nem 300 meg 10", "kétszáznegyven.
nem kétszáz, nem negyven, kétszáznegyven"); a number that names a thing, no money: a tram line
ridden ("a 6-oson dolgozom"), a shoe size ("39-es cipő"), a year with a season ("2027 tavaszáig")
or said to be the year ("a 2024 az év"); a saving left out, the rest after ("nyugdíjpénztárba …,
az megtakarítás, nem számolom, a többi 185"); an unused credit line (0).
Asked again: two months each with a figure, words between ("márciusban 170, áprilisban meg már
230"); the last months listed ("az elmúlt két hónap: 180, 220"); a range of hundreds said short
("három és négyszáz között"); a part unsaid on top ("meg egy kis apró", "vagy több"); now much
more, how much unsaid; a share not worked out ("az a 70%-a", "több mint a fele"); spending as
much as comes in, or not known beside the pay; another's as much as the own part; a bill every
other month with no figure; a half year's item beside the month's; tens unsaid ("húszon-
valahány"); an offer only when money comes in.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a dictation heard in parts, put right
    ("háromszáz tíz ezer, mármint 310, nem 300 meg 10", "hu", "expenses", "310000"),
    ("kb kétszáznegyven. nem kétszáz, nem negyven, kétszáznegyven", "hu", "income", "240000"),
    # a number that names a thing, not money
    ("buszsofor vagyok, a 6-oson dolgozom, albi 110 rezsi 35 kaja 65", "hu", "expenses", "210000"),
    ("a lányomnak 39-es lába van, albi 120, kaja 70", "hu", "expenses", "190000"),
    ("a mosógépre 2027 tavaszáig havi 9 ezer", "hu", "other_debts", "9000"),
    ("Bevétel 2024 október: 312 500 Ft (a 2024 az év)", "hu", "income", "312500"),
    # a saving left out, the rest after
    ("nyugdíjpénztárba havi 8 ezret rakok, az megtakarítás, nem számolom, a többi 185", "hu",
     "expenses", "185000"),
    # an unused credit line
    ("50 ezres hitelkeret van a kártyán, de nem használom", "hu", "other_debts", "0"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # two months each with its figure, words between
    ("márciusban 170, áprilisban meg már 230 a gáz miatt", "hu", "expenses"),
    # the last months listed, one figure each
    ("az elmúlt két hónap: 180, 220, számolja ki", "hu", "expenses"),
    # a range of hundreds said short
    ("valahol három és négyszáz között keresek", "hu", "income"),
    # a part unsaid on top
    ("százkilencven meg egy kis apró", "hu", "expenses"),
    ("ha a testvérem fizetne, 90 lenne, de nem fizet, szóval 160 vagy több", "hu", "expenses"),
    # now much more, how much unsaid
    ("régen 150 volt, de beköltözött az anyósom, azóta jóval több", "hu", "expenses"),
    # a share not worked out
    ("a bérem 280 volt, most gyeden vagyok, az a 70%-a", "hu", "income"),
    ("szerintem több mint a fele a nyugdíjamnak, ami 190", "hu", "expenses"),
    # spending as much as comes in, or not known beside the pay
    ("a kiadásunk annyi, amennyi bejön, a bérem 240", "hu", "expenses"),
    ("mindig elmegy, hogy mennyi azt nem tudom, a nyugdíjam 170", "hu", "expenses"),
    # another's as much as the own part
    ("anyámra meg rám ugyanannyi megy el, az én részem 80", "hu", "expenses"),
    # a bill every other month, no figure
    ("minden második hónapban jön a gázszámla, egyébként havonta 175", "hu", "expenses"),
    # a half year's item beside the month's
    ("negyedévente autóbiztosítás, az 45, plusz havi 160 a többi", "hu", "expenses"),
    # tens unsaid
    ("huszon-valahány ezret", "hu", "counter"),
    # an offer only when money comes in
    ("amikor munka van, abból adok 5 ezret", "hu", "counter"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
