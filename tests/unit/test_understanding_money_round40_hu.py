"""Money families of round 40 in Hungarian, in words of our own: what is read, and what is asked
again.

Read: a postcode said with its town as one's address, any town ("a 7100 Szekszárd a címem");
a phone number's network prefix ("a 06 30-as számomra"); buildings, sites or places of one's
work counted ("3 épület", "4 helyre járok"); a rota of days, nights and days off ("3 nappal 3
éjszaka 6 szabad"); an amount said so many times in words ("háromszor 9 ezer"); a season's
figure spread over the months, the month's share said after ("azt elosztottam, havi 6").
Asked again: a pay not settled yet ("a bér még nincs meg"); a figure with an item after it that
has no figure of its own ("160 meg a macska"); an item as a count of another's month ("három
havi rezsinyi"); the own a share of another's ("fele annyi, mint a férjemé"); the rest of the
month as it comes ("a többi meg ahogy jön"); some more now, how much unsaid ("rájuk is megy
valamennyi"); a figure said only if an item is counted, the other case not known ("ha nem,
akkor nem tudom"); seasons' items beside the rest of the month's ("a többi havi 140").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a postcode said with its town as one's address
    ("a 7100 Szekszárd a címem, albi 80, kaja 55", "hu", "expenses", "135000"),
    ("2600 Vác, ott lakunk, rezsi 30, lakbér 120", "hu", "expenses", "150000"),
    # a phone number's network prefix
    ("a 06 30-as számomra megy a mobil, 5990, albi 95, kaja 50", "hu", "expenses", "150990"),
    ("a 20-as számomon hívjanak, a fizu 240", "hu", "income", "240000"),
    # buildings, sites or places of one's work counted
    ("portás vagyok, 3 épület az enyém, albi 100, kaja 60", "hu", "expenses", "160000"),
    ("4 helyre járok takarítani, itthon 155 a kiadás", "hu", "expenses", "155000"),
    # a rota of days, nights and days off
    ("3 nappal 3 éjszaka 6 szabad a rendem, a kiadás 190", "hu", "expenses", "190000"),
    # an amount said so many times in words
    ("háromszor 9 ezer a zeneóra, albi 110", "hu", "expenses", "137000"),
    # a season's figure spread over the months, the month's share said after
    ("a tűzifa ősszel 72 ezer, azt szétosztottam, havi 6, albi 100, kaja 60", "hu", "expenses",
     "166000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # a pay not settled yet
    ("most kezdtem az új helyen, a bérem még nincs meg", "hu", "income"),
    # a figure with an item after it that has no figure of its own
    ("160 meg a macska tápja", "hu", "expenses"),
    # an item as a count of another's month
    ("olyan három havi rezsinyi, a rezsi 35", "hu", "expenses"),
    # the own a share of another's
    ("nagyjából fele annyi, mint a férjemé, ő 260-at keres", "hu", "income"),
    # the rest of the month as it comes
    ("a lakbér 115, a többi meg ahogy jön", "hu", "expenses"),
    # some more now, how much unsaid
    ("havi 170, de mióta anyám itt van, rá is kell valamennyi", "hu", "expenses"),
    # a figure said only if an item is counted, the other case not known
    ("ha a kocsit is számolom 250, ha nem, akkor nem tudom", "hu", "expenses"),
    # seasons' items beside the rest of the month's
    ("tavasszal 40 ezer a vetőmag, nyáron 15, a többi havi 140", "hu", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_40_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_40_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
