"""Money families of round 44 in Hungarian, in words of our own: what is read, and what is asked
again.

Read: a tram or bus line named by its number, a floor and a door of an address, land measured
and a map's scale, a job's hours a day, no money ("a 73-ason", "3. em 11.", "5 hektárt",
"1:2000-es térképre", "napi 6 órás"); the home's month named after the figures of one's trade
("nálunk a havi kiadás 187", "itthon havi 199"); an aside, then the month's money ("de nekem
ingyen van. kiadás: ...", "de normál hónapban 190", "de az nem pénz", "de fixen kapok 300-at");
a debt said to be the firm's before one's own ("az a cégé, nekem ... 22"); a figure corrected
right after it ("30, vagyis most már 34"; "vagyis" alone still gives the whole of the items);
an option's figure refused as too much, the offer after ("a csomag 30-a túl sok, 22-t"); an
offer, then the whole it clears over months as its reason ("12-t, mert 10 hónap alatt ... a
120-at"); what is left after costs said with "után"; the same spending all the year beside
seasons of work; a year's item with its month's share said after ("évente 60, ami havonta 5");
a loan paid back without interest ("kamat nélkül").
Asked again: only a bound said ("250 ezerbe belefér", "120-nál biztos nem kevesebb", "nem éri
el", "majdnem annyi, mint ..."); an item of a list not worked out yet; a share of a figure not
worked out ("a 360 negyede"); a figure that holds if something is not so, not known whether; a
raise said, how much not yet told; a second income said vaguely ("kapok egy keveset"); an offer
as much as a thing brings ("annyit, amennyit a bolt hoz").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a line named by its number, a floor and a door, land and a scale, hours a day
    ("buszsofőr vagyok a 73-ason, albi 110 rezsi 28 kaja 65", "hu", "expenses", "203000"),
    ("a bérletem, ami a 2-4-esen is jó, 9500-at havonta", "hu", "counter", "9500"),
    ("Petőfi u. 8, 3. em 11. — itt bérelünk 105-ért, plusz rezsi 30", "hu", "expenses",
     "135000"),
    ("ma 5 hektárt mértem fel 1:2000-es térképre, havi kiadás kb 190", "hu", "expenses",
     "190000"),
    ("özvegyi nyugdíj 95 meg napi 6 órás állásban 160", "hu", "income", "255000"),
    # the home's month named after the figures of one's trade
    ("pék vagyok, egy kenyér 900, egy kifli 80. nálunk a havi kiadás 187", "hu", "expenses",
     "187000"),
    ("a pult bérleti díja 60 ezer, de az az üzlet. itthon havi 199 megy el", "hu", "expenses",
     "199000"),
    # an aside, then the month's money
    ("a fürdőbelépő 4200, de nekem ingyen van. kiadás: albi 90 rezsi 24 kaja 50", "hu",
     "expenses", "164000"),
    ("a múlt hónapban a fogorvos miatt 240 lett, de normál hónapban 190", "hu", "expenses",
     "190000"),
    ("cafeteria évi 300 ezer, de az nem pénz, a fizetésem havi 265", "hu", "income", "265000"),
    ("fuvaronként 8 ezret kapok, de fixen kapok 300-at", "hu", "income", "300000"),
    # a debt said to be the firm's before one's own
    ("a kocsi lízingje 80, az a cégé, nekem a hitelkártyám 22", "hu", "other_debts", "22000"),
    # a figure corrected right after it
    ("a rezsi 30, vagyis most már 34, plusz kaja 60", "hu", "expenses", "94000"),
    ("210, illetve most már 225", "hu", "expenses", "225000"),
    ("albi 110, rezsi 30, kaja 60, vagyis 200", "hu", "expenses", "200000"),
    # an option's figure refused as too much, the offer said after
    ("a 2-es csomag 30-a túl sok, 22-t tudnék", "hu", "counter", "22000"),
    # an offer, then the whole it clears over some months as its reason
    ("12-t, mert 10 hónap alatt le akarom zárni a 120-at", "hu", "counter", "12000"),
    # what is left after costs said with "után"
    ("a bolt forgalma 2 millió, áru, bérleti díj után nekem kb 310 marad", "hu", "income",
     "310000"),
    # the same all the year beside seasons of work
    ("a hajót nyáron járatom, télen áll, a kiadás viszont egész évben ugyanaz, havi 165", "hu",
     "expenses", "165000"),
    ("szezonban is meg télen is 12 ezret tudok adni", "hu", "counter", "12000"),
    # a year's item with its month's share said after
    ("biztosítás évente 60, ami havonta 5, albi 120, kaja 50", "hu", "expenses", "175000"),
    # a loan paid back without interest
    ("a bátyámnak adok vissza havi 15-öt, kamat nélkül", "hu", "other_debts", "15000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # only a bound said
    ("250 ezerbe belefér, ha nincs baj", "hu", "expenses"),
    ("120-nál biztos nem kevesebb", "hu", "expenses"),
    ("a 300-at nem éri el, de majdnem", "hu", "expenses"),
    ("majdnem annyi, mint a bátyám 280-a", "hu", "income"),
    # an item of a list not worked out yet
    ("albi 110, rezsi 28, a benzint még nem számoltam ki", "hu", "expenses"),
    # a share of a figure not worked out
    ("négyen lakunk, a 360 negyede az enyém", "hu", "expenses"),
    # a figure that holds if something is not so, not known whether
    ("kb 200, ha nem lesz nagy javítás, de azt nem tudom", "hu", "expenses"),
    # a raise said, how much not yet told
    ("a bérletet most emelik, még nem mondták mennyivel, eddig 9 ezer volt", "hu", "expenses"),
    # a second income said vaguely
    ("a nyugdíj 180 meg a takarításért kapok egy keveset", "hu", "income"),
    # an offer as much as a thing brings
    ("annyit, amennyit a bolt hoz, nyáron többet", "hu", "counter"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_44_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_44_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
