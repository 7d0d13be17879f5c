"""Money families of round 46 in Hungarian, in words of our own: what is read, and what is asked
again.

Read: the home's month or list in the last sentence, the trade's counts and prices in those
before ("... 500 tojás naponta. havonta albi 110, rezsi 30", "... elmegy havonta 170", "a saját
kiadásom havi 180", "a kiadás nálunk 160", "🙂 a teljes havi kiadás 300"); the question turned
to after "de most" ("de most a kiadásról: 176"); an item said for a week or two months, its
month's share said after ("hetente 15 a kaja, az havonta 60"); one's part said right after the
whole ("a lakás 300 összesen, az én részem 100"); a loan's clause with its payment "havonta"
("a felvett hitel 90 ezer havonta"); things bought on credit counted out of all one has ("a 20
gépből 8-at hitelre"); an average opening the last sentence ("... semmi. átlagban 90"); a
count of months as an ordinal ("a 3. hónapja"); nothing on top for a part of the work ("az
előadásokért nincs külön"); a plan named by its ordinal, its figure too much ("a 4. opció 30
ezer volna, az sok, 20-at"); a figure said last to be another's ("..., az a gyerekeké"); the
months of a term right before its payment ("10 havi 15 ezer").
Asked again: a range said with "közt"; an offer between two plans; the figure known by another
("a férjem tudja"); how much of a whole is one's own not known; an item not set yet ("még
nincs megállapítva"); a lump of a season of some months ("abból jön 1,2 millió"); a share of
another's money in per cent ("annak a 70%-a elmegy").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the home's list or month in the last sentence, the trade's figures before
    ("tyúkászatom van, 500 tojás naponta. havonta albi 110, rezsi 30, kaja 70", "hu",
     "expenses", "210000"),
    ("asztalos vagyok, 25-ös deszkából 12 polc. a háztartás: rezsi 40, kaja 90", "hu",
     "expenses", "130000"),
    ("sálakat horgolok, 8 ezer egy sál, 3 nap egy. a kiadásom albi 100, rezsi 25, net 5", "hu",
     "expenses", "130000"),
    ("fuvarozok, 30 tonna egy kocsin, 4 kör egy héten. elmegy havonta 170", "hu", "expenses",
     "170000"),
    ("hajót bérelek ki, 12 hajó, 9 ezer egy nap. a saját kiadásom havi 180", "hu", "expenses",
     "180000"),
    ("festő vagyok, 2500 a négyzetméter, most 60 nm. az én kiadásom havonta 205", "hu",
     "expenses", "205000"),
    ("palackot gyűjtök, darabja 50, múltkor 300 darab. a kiadás nálunk 160", "hu", "expenses",
     "160000"),
    ("kriptóztam és elvesztettem 3 milliót. na mindegy a kiadás most 175", "hu", "expenses",
     "175000"),
    ("ikreink vannak, 8 cumisüveg naponta 🙂 a teljes havi kiadás 300", "hu", "expenses",
     "300000"),
    # the question turned to after "de most"
    ("húsvétkor nyuszinak öltözöm, 12 ezer egy alkalom, de most a kiadásról: 176", "hu",
     "expenses", "176000"),
    # an item for a week or two months, its month's share said after
    ("hetente 15 a kaja, az havonta 60, plusz albi 100", "hu", "expenses", "160000"),
    ("a szemét kéthavonta 8, az havi 4, albi 120, kaja 60", "hu", "expenses", "184000"),
    # one's part right after the whole
    ("négyen lakunk, a ház 400 összesen, az én részem 100, plusz kaja 50", "hu", "expenses",
     "150000"),
    # a loan's clause with its payment said "havonta"
    ("a kocsira felvett hitel 90 ezer havonta, meg a bátyámnak 10", "hu", "other_debts",
     "100000"),
    # things bought on credit counted out of all one has
    ("a 20 gépből 8-at hitelre vettem, havi 40", "hu", "other_debts", "40000"),
    # an average opening the last sentence, the season's lump before
    ("a strand 2 hónapig tart, abból 900 ezer jön, télen semmi. átlagban 90-et mondanék", "hu",
     "income", "90000"),
    # a count of months as an ordinal
    ("új helyen vagyok a 3. hónapja, 260 a fizetésem", "hu", "income", "260000"),
    # nothing paid on top for a part of the work
    ("a színház 290-et fizet, a vendégjátékokért nincs külön", "hu", "income", "290000"),
    # a plan named by its ordinal, its figure too much, the offer after
    ("a 4. opció 30 ezer volna, az sok, 20-at", "hu", "counter", "20000"),
    # a figure said last to be another's
    ("a bérem 300, az exem küld 50-et, az a gyerekeké", "hu", "income", "300000"),
    # the months of a term said right before its payment
    ("a mosógépet 10 havi 15 ezerre vettük", "hu", "other_debts", "15000"),
    # near-misses kept as they were
    ("albi 120. rezsi 30, kaja 60", "hu", "expenses", "210000"),
    ("a lakás 300, az én részem 100", "hu", "expenses", "100000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # a range said with "közt"; an offer between two plans
    ("a valóságban 180 és 220 közt", "hu", "expenses"),
    ("valami a 4-es és az 5-ös opció közti összeget", "hu", "counter"),
    # the figure known by another
    ("2000 a kenyér, de a kiadást a feleségem tudja", "hu", "expenses"),
    # how much of a whole is one's own not known
    ("a 280 a közös pénz, abból mennyi az enyém, azt nem tudom", "hu", "expenses"),
    # an item not set yet
    ("albi 100, kaja 70, meg a gyerektartás, az még nincs megállapítva", "hu", "expenses"),
    # a lump of a season of some months
    ("a szüreti szezon 2 hónap, abból jön 1,2 millió", "hu", "income"),
    # a share of another's money in per cent
    ("amit a férjem hoz, annak a 70%-a elmegy, ő 300-at hoz", "hu", "expenses"),
    # a weekly figure with no month's after it stays asked again
    ("hetente 15 a kaja, plusz albi 100", "hu", "expenses"),
    ("pék vagyok, 300 kifli egy éjjel. a kiadás hetente 40", "hu", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_46_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_46_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


def test_round_46_hu_nothing_said_is_still_zero() -> None:
    assert read_as_asked("nincs jövedelmem", "hu", "income") == AmountReading(Decimal(0), None)
