"""Money families of round 42 in Hungarian, in words of our own: what is read, and what is asked
again.

Read: places and scores named by a number, no money: a flat's floor and door ("III/7 a lakás"),
its number in the block ("a 14-esben lakunk"), the flats on a floor ("6 lakás van"), a road
ridden ("a 6-os úton"), a chess rating ("1870-es Élő-pontszám"), eggs on a list ("12 tojás"); a
figure's first digit said before it ("3-mal kezdődik... 315"); a lump spread over the months,
the month's said after ("2,4 milliót elosztottam 12 felé: 200"); the net said after what goes
out of the gross ("de abból ..., tisztán 280"); the whole said last after a part ("de a teljes
kiadásom ... 210"); measures of one's work ("12 méteres", "5 tonnás", "18 karátos 750-es"); figures
said to be another's ("de az az ügyfelé", "de azt a munkáltató fizeti"); the question turned to
("de a kérdésre: 176"); the month's figure said after "de" and the question's word ("de a havi
kiadásom fixen 183").
Asked again: "nearly" said alone ("közel százötven"); an upper bound in words ("nem haladja meg
a 170-et"); what lasts some days only ("25 napra elég a 140"); a payment made several times,
said once ("háromszor ..., alkalmanként 20"); a debt's payment in the figure, how much not known
("benne van a hitel részlete is, nem tudom"); one's own part only, another's apart ("csak az
enyém, a páromé külön van"); a multiple of a figure ("a nyugdíjam kétszerese"); an old figure
risen since ("de az régi, azóta minden drágult"); as much as another's ("annyi, mint a
sógoromé"); a share of a price ("egy 30 milliós ház után 2%"); a good and a bad day ("egy jó
napon 40, egy rosszon 12"); pieces so far at a rate ("eddig 3100 darabot, 45 Ft-tal"); every
four weeks ("négyhetente").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # places and scores named by a number
    ("Kossuth tér 3. III/7 a lakás. közös 20, rezsi 38, kaja 70", "hu", "expenses", "128000"),
    ("6 lakás van a folyosón, mi a 14-esben lakunk, havi 176", "hu", "expenses", "176000"),
    ("a 6-os úton ingázom, benzin 45, albi 95, kaja 55", "hu", "expenses", "195000"),
    ("1870-es Élő-pontszámmal versenyzek, a kiadásom havi 165", "hu", "expenses", "165000"),
    ("vettem 12 tojást meg kenyeret, de havonta kb 158 megy el", "hu", "expenses", "158000"),
    # a figure's first digit said before it
    ("3-mal kezdődik a nettóm... 315, pontosan", "hu", "income", "315000"),
    # a lump spread over the months, the month's said after
    ("a 2,4 milliós jutalékot elosztottam 12 felé: 200 havonta", "hu", "income", "200000"),
    # the net said after what goes out of the gross
    ("a forgalom havi 800 ezer, de abból anyag, bérlet, minden, tisztán 280", "hu", "income",
     "280000"),
    # the whole said last after a part
    ("a lányom 50-et ad hozzá, de a teljes kiadásom vele együtt 210", "hu", "expenses",
     "210000"),
    # measures of one's work
    ("hegesztő vagyok, 12 méteres tartókat rakok, 5 tonnás darut kezelek, havi 172", "hu",
     "expenses", "172000"),
    ("18 karátos 750-es aranyat csiszolok, albi 100, kaja 65", "hu", "expenses", "165000"),
    # figures said to be another's, the answer after
    ("egy kilométer 450, de az az ügyfelé, az én kiadásom havi 168", "hu", "expenses",
     "168000"),
    ("az ebédet 2100-ért adják, de azt a munkáltató fizeti. albi 100, rezsi 28", "hu",
     "expenses", "128000"),
    # the question turned to after an aside
    ("2:0-ra nyertünk, de a kérdésre: havi 176", "hu", "expenses", "176000"),
    # the month's figure said after "de" and the word of the question
    ("egy doboz 120 Ft, de a havi kiadásom fixen 183", "hu", "expenses", "183000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # "nearly" said alone
    ("közel százötven", "hu", "expenses"),
    # an upper bound in words
    ("a havi költés nem haladja meg a 170-et", "hu", "expenses"),
    # what lasts some days only
    ("25 napra elég a 140, utána kölcsönkérek", "hu", "expenses"),
    # a payment made several times, said once
    ("háromszor megyek piacra, alkalmanként 20, meg albi 90", "hu", "expenses"),
    # a debt's payment in the figure, how much not known
    ("190, de benne van a hitel részlete is, hogy mennyi, nem tudom", "hu", "expenses"),
    # one's own part only, another's apart
    ("a 140 csak az enyém, a páromé külön van", "hu", "expenses"),
    # a multiple of a figure
    ("nagyjából a nyugdíjam kétszerese, a nyugdíj 120", "hu", "expenses"),
    # an old figure risen since
    ("a naptárban 170 áll, de az régi, azóta minden drágult", "hu", "expenses"),
    # as much as another's
    ("annyi, mint a sógoromé, ő 180-at mondott, de mi hárman vagyunk", "hu", "expenses"),
    # a share of a price
    ("egy 30 milliós ház után 2% jár nekem", "hu", "income"),
    # a good and a bad day
    ("egy jó napon 40 ezer, egy rosszon 12", "hu", "income"),
    # pieces so far at a rate
    ("eddig 3100 darabot csináltam, 45 Ft-tal", "hu", "income"),
    # every four weeks
    ("négyhetente 15 ezret vonnak le", "hu", "other_debts"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_42_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_42_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
