"""Money families of round 38 in Hungarian, in words of our own: what is read, and what is asked
again.

Read: months of pay counted ("2 havi végkielégítés"); the spending called the usual one ("a
szokásos havi kiadás 176"); the prices of one thing made or sold, or of a kilo, before the
month's own money ("egy kosár 4500 … a háztartás havi 165"); how far along a term's payments
one is ("5-nél tartok"); things of one's work counted ("200 adagot", "40 kecske"); hundreds and
tens joined by a hyphen ("kétszáz-hatvan"); the own part after a whole shared ("így nekem 40");
an offer out of what is left said last ("ebből 20-at"); a plan's figure refused ("az túl sok");
a typo put right ("azaz 158, elgépeltem").
Asked again: a ceiling of the month's spending ("legfeljebb"); a figure reached at least ("megvan
az 250 is"); a dear season's figure, the usual month less; (nearly) all of the pay spent; the
spending as a fraction of the pay, an item as a fraction of the whole; a share of another's
pension or as much as another, the other's figure said; a count of bills; a week of a rota; an
item named last unpriced; how much not known; a day's figure left to multiply; the usual
time's figure when now is the other time; a debt's payment as a share of it; an offer as what
clears the debt in a time.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # months of pay counted
    ("raktárvezető voltam, 2 havi végkielégítést adtak, a havi kiadásom 190", "hu", "expenses",
     "190000"),
    # the spending called the usual one
    ("a bónkártyán 200 ezer van még, de az csak boltra megy, a szokásos havi kiadás 176", "hu",
     "expenses", "176000"),
    # the prices of one thing made or sold before the month's own money
    ("kosarakat fonok, egy kosár 4500, egy nagy láda 12 ezer. a háztartás havi 165", "hu",
     "expenses", "165000"),
    ("mézet árulok, a méz kilója 3200, de itthon havonta 150 megy el", "hu", "expenses",
     "150000"),
    ("villanyszerelő, egy kiszállás 15 ezer, de havonta átlag 340 marad", "hu", "income",
     "340000"),
    # how far along a term's payments one is
    ("telefon részletre, 24 részlet, 5-nél tartok, havi 9 900", "hu", "other_debts", "9900"),
    # things of one's work counted, kinds of a thing
    ("a menzán 200 adagot osztok ki, de nekem havi 172 megy el", "hu", "expenses", "172000"),
    ("40 kecske van a tanyán, kaja 55 villany 14", "hu", "expenses", "69000"),
    # hundreds and tens joined by a hyphen
    ("kézhez kétszáz-hatvan", "hu", "income", "260000"),
    # the own part after a whole shared
    ("autóhitel 80, a párom fizeti a felét, tehát nekem 40", "hu", "other_debts", "40000"),
    ("albi 150 ketten, így nekem 75, kaja 60", "hu", "expenses", "135000"),
    # an offer out of what is left, at the end; a plan's figure refused as too much
    ("a számlák után 35 marad, ebből 20-at", "hu", "counter", "20000"),
    ("a 36 hónapos 22 ezer? az túl sok. 14", "hu", "counter", "14000"),
    # a typo put right, said so after
    ("185, azaz 158, elgépeltem", "hu", "expenses", "158000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # a ceiling of the month's spending
    ("havonta legfeljebb 180 megy el", "hu", "expenses"),
    # a figure reached at least
    ("a 250 is megvan simán", "hu", "expenses"),
    # a dear season's figure, the usual month less
    ("nyáron 350 is elmegy, amúgy kevesebb", "hu", "expenses"),
    # (nearly) all of the pay spent
    ("majdnem az egész 260-as fizetésem elmegy", "hu", "expenses"),
    ("a 200-ból alig marad valami", "hu", "expenses"),
    # the spending as a fraction of the pay; an item as a fraction of the whole
    ("a kiadás a fizum fele, a fizu 300", "hu", "expenses"),
    ("a kaja 50, az a negyede az egésznek", "hu", "expenses"),
    # a share of another's pension, or as much as another, the other's figure said
    ("a férjem nyugdíjának 60%-át kapom, ő 210-et kapott", "hu", "income"),
    ("majdnem ugyanannyi, mint a bátyám, ő 320-at keres", "hu", "income"),
    # a count of bills with no figure
    ("a számlák 5 darab, a lakbér 120, kaja 70", "hu", "expenses"),
    # a week of a rota
    ("az éjszakás héten 60 megy el, a nappalos héten 45", "hu", "expenses"),
    # an item named last unpriced
    ("kaja 60, rezsi 30, plusz a lakbér", "hu", "expenses"),
    # how much not known
    ("Németországban 1200 eurót költöttem, itthon nem tudom mennyi lesz", "hu", "expenses"),
    ("a kártyáról 120-at költök, a rezsi csekken megy, azokat nem tudom", "hu", "expenses"),
    # a day's figure left to multiply
    ("napi 6 ezer, szorozza fel a hónapra", "hu", "expenses"),
    # the usual time's figure, now the other time
    ("nyáron a táborban etetik a gyereket, akkor kevesebb, amúgy 160. most pont nyár van", "hu",
     "expenses"),
    # a debt's payment as a share of the debt
    ("havonta 4%-ot kell törlesztenem az 500 ezres hitelre", "hu", "other_debts"),
    ("havi 2%-ot a 600 ezres hitelre", "hu", "other_debts"),
    # an offer as what clears the debt in a time
    ("annyit, amivel 18 hónap alatt kifizetem, a tartozás 180", "hu", "counter"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
