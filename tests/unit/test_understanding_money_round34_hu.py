"""Money families of round 34 in Hungarian, in words of our own: what is read, and what is asked
again.

Read: forints in thousands with a tenth ("nettó 312.5") or a half ("havonta 22 és fél"), the
thousands and hundreds before a clause's comma ("265 ezer 400, …"), a part said not to be in the
pay ("a cafeteria nincs benne"); the month's spending named right before the last figure ("…, a
kiadásom viszont 154"), the figures before it being a price, a rate, an allowance, a count of
places or the pensions it is paid from; an allowance added to the take-home pay ("nettó 250e +
családi pótlék 12,5e"), or their sum said last; a gift not to be paid back, or a payment
suspended after "de", as no debt; a debt numbered by a digit run into its name ("Diákhitel2");
a count times an amount of four digits ("3 x 6500"); a house or a flat named by its number ("a
7-es lakásban", "a 9-ből"); "egy az egyben" (as it is), no payment in one go; the pay after tax
and contributions ("adó és járulékok után 319"); paid weekly said before, the month worked out;
a year's sum divided by twelve, the divisor no money; last month's figure said to be the usual
one or unchanged since ("azóta se változott semmi": no "nothing"), and not read as none.
Asked again: a decimal below ten ("kb 3,7": thousands or millions?), a month's forints too few
to be one ("havonta 240 forint"); paid every other Wednesday; two sources, which is right not
known; a list left open with "stb."; a figure of a season only; on paper, really more; a whole
for three, another putting in more; a whole of two things not split; another's figure, the own
not known; a month with a new fridge in it; which figure is wanted; a part of the pay that will
not come again; something now and then on top.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # forints in thousands with a tenth or a half
    ("fizetés nettó 312.5", "hu", "income", "312500"),
    ("havonta 22 és fél", "hu", "counter", "22500"),
    ("21 és felet tudok havonta", "hu", "counter", "21500"),
    # the thousands and hundreds before a clause's comma, a part not in the pay
    ("a bérem 265 ezer 400, a cafeteria nincs benne", "hu", "income", "265400"),
    # the month's spending named right before the last figure
    (
        "órabérben dolgozom, 3200 egy óra, a kiadásom pedig havonta 198 körül",
        "hu",
        "expenses",
        "198000",
    ),
    ("a rokkantsági 96 ezer, a kiadásom viszont 154", "hu", "expenses", "154000"),
    (
        "pékségben vagyok, a kifli 60, a kenyér 890, a háztartás havi 187",
        "hu",
        "expenses",
        "187000",
    ),
    ("3 iskolában tanítok, a havi kiadás 201 300", "hu", "expenses", "201300"),
    ("a két nyugdíjam (142+58), a kiadásom ebből 176", "hu", "expenses", "176000"),
    ("az étkezési utalvány évi 150 ezer, a saját zsebemből havi 139", "hu", "expenses", "139000"),
    # an allowance added to the take-home pay, or their sum said last
    ("nettó 250e + családi pótlék 12,5e", "hu", "income", "262500"),
    (
        "a fizetésem nettó 221, mellette a családi pótlék 13 300, együtt 234 300",
        "hu",
        "income",
        "234300",
    ),
    # a gift, a payment suspended: no debt
    (
        "a nagynénémtől kaptunk 800 ezret a kocsira, de azt nem kell visszafizetni",
        "hu",
        "other_debts",
        "0",
    ),
    ("a szüleimtől kaptunk 1,5 milliót, de az ajándék", "hu", "other_debts", "0"),
    (
        "got 4k from my grandad for the deposit but we dont have to pay it back",
        "en",
        "other_debts",
        "0",
    ),
    (
        "lakáshitel 3 millió, havi 38 ezret fizetnénk, de a gyerek születésével felfüggesztették",
        "hu",
        "other_debts",
        "0",
    ),
    # a count times four digits; a house or a flat by its number; "egy az egyben"
    ("3 x 6500, 10-én és 25-én", "hu", "counter", "19500"),
    ("Tóthék 40, a 7-es lakásban a tanár 70, a 2-es házból a bácsi 35", "hu", "income", "145000"),
    ("a bácsi a 9-ből 25-öt ad havonta, azt egy az egyben odaadom", "hu", "counter", "25000"),
    # the pay after tax and contributions; paid weekly, the month worked out
    ("bruttó 480, adó és járulékok után 319", "hu", "income", "319000"),
    ("a Bolt hetente fizet, kb 60, ez havonta olyan 240", "hu", "income", "240000"),
    # a year's sum divided by twelve
    (
        "11 hónapot fizetnek egy évben, összesen 3 millió, elosztottam 12-re, az havi 250",
        "hu",
        "income",
        "250000",
    ),
    # last month's figure, the usual one or unchanged since
    ("épp 187 300 Ft volt a múlt hónap, ami szokásos", "hu", "expenses", "187300"),
    (
        "maradjunk a 172-nél, amit tavaly írtam, azóta se változott semmi",
        "hu",
        "expenses",
        "172000",
    ),
    ("a múlt hónapban 265 volt, azóta semmi nem változott", "hu", "income", "265000"),
    # a debt numbered by a digit run into its name
    (
        "Személyihitel2 havi 14 ezer, a Személyihitel1-et tavaly lezártam",
        "hu",
        "other_debts",
        "14000",
    ),
]

#: (text, language, question)
ASKED_AGAIN = [
    # a decimal below ten, a month's forints too few
    ("kb 3,7", "hu", "expenses"),
    ("havonta 240 forint a kiadásom", "hu", "expenses"),
    # paid every other weekday
    ("minden második szerdán jön a pénzbeszedő, 12-t adok neki", "hu", "other_debts"),
    ("every other week the loan man comes round, i give him 25", "en", "other_debts"),
    # two sources, which is right not known; which figure is wanted
    ("a füzetem szerint 176, a telefonom szerint 201, nem tudom melyik a helyes", "hu", "expenses"),
    ("kiadás 240, ebből 20-at a munkáltató fizet, nem tudom melyiket kéri", "hu", "expenses"),
    # a list left open
    ("lakbér 160, rezsi 28, kaja 65 stb.", "hu", "expenses"),
    # a figure of a season only; on paper, really more
    ("a téli hónapokban 260, most tavasz van", "hu", "expenses"),
    ("hivatalosan 150, de valójában jóval több", "hu", "expenses"),
    # a whole shared unevenly, a whole of two things not split, the own part not known
    ("hármunknak 390, de a bátyám többet tesz bele", "hu", "expenses"),
    ("a bolt és az otthoni kiadás együtt 510, nem tudom szétválasztani", "hu", "expenses"),
    ("a nagyiék kiadásai 170, hogy nekem mennyi azt nem tudom", "hu", "expenses"),
    # a month with a purchase in it
    ("a múlt hónapban 290 ment el, de ebben benne volt az új hűtő is", "hu", "expenses"),
    # a part of the pay that will not come again, something now and then on top
    ("300, de ebből 40 a prémium volt, ami ezután nem jön", "hu", "income"),
    ("fix 210 a kórháztól, meg néha egy-egy ügyelet", "hu", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
