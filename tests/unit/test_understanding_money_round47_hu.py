"""Money families of round 47 in Hungarian, in words of our own: what is read, and what is asked
again.

Read: the home's month said last with "pontosan" ("... 4 műszak. a kiadásom pontosan 171 200");
the home's list after "otthoni kiadás:" ("... 990 a kilója. otthoni kiadás: lakbér 90, ..."); one's
part of a whole paid by oneself ("a rezsi 300, ebből én 120-at fizetek"); an item cancelled in
brackets ("hbo 5 (lemondtam)"); a month named by its ordinal and "hó" on a statement ("BÉR
10.HÓ 287.400,00"); at an offer, what can be given now after another time's figure ("nyáron 30-at
tudnék, most viszont csak 8-at").
Asked again: a bound said with a spelled figure and "-nál" ("háromszáznál kevesebb"); an item
added with "+" not bought yet; a time's figure and the one after it ("a szüret alatt 120, utána
190"); the months of one place and another ("a német hónapokban 0, az itthoniakban 170");
another's figure, one's own not known ("apám kiadása 150, az enyém külön nem tudom"); pay as
many pieces as come ("ahány fuvar, annyi pénz"); a per cent of a whole said to be one's own,
its "-a" left off ("abból a 40% az enyém").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the home's month said last with "pontosan", the trade's counts before
    ("400 birka van a tanyán, 4 műszak. a kiadásom pontosan 171 200", "hu", "expenses",
     "171200"),
    # the home's list after "otthoni kiadás:"
    ("a piacon a szilva 990 a kilója. otthoni kiadás: lakbér 90, rezsi 30, kaja 70", "hu",
     "expenses", "190000"),
    # one's own part of a whole, paid by oneself
    ("a rezsi meg a lakás 300, ebből én 120-at fizetek", "hu", "expenses", "120000"),
    # an item cancelled in brackets
    ("albi 90, kaja 70, hbo 5 (lemondtam, fölösleges), rezsi 30", "hu", "expenses", "190000"),
    # a month named by its ordinal and "hó" on a bank's statement
    ("Jóváírás BÉR 10.HÓ 287.400,00 HUF", "hu", "income", "287400"),
    # at an offer, what can be given now after another time's figure
    ("nyáron 30 ezret tudnék, most viszont csak 8-at", "hu", "counter", "8000"),
    # near-misses kept as they were
    ("100 ezer alatt van, kb 95", "hu", "expenses", "95000"),
    ("a rezsi 300, ebből rám 100 jut", "hu", "expenses", "100000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # a bound said with a spelled figure and "-nál"
    ("háromszáznál kevesebb, az biztos", "hu", "expenses"),
    # at the offer, a bare number of hundreds: hundreds of thousands or of forints (session 54;
    # the rounds label "havi ötszázat" so)
    ("háromszáznál többet nem tudok", "hu", "counter"),
    # an item added with "+", not bought yet
    ("150 körül + a szén, azt még nem vettük meg", "hu", "expenses"),
    # a time's figure and the one after it
    ("a szüret alatt 120, utána 190", "hu", "expenses"),
    # the months of one place and another
    ("a német hónapokban 0, az itthoniakban 170", "hu", "expenses"),
    # another's figure, one's own not known
    ("apám kiadása 150, az enyém külön nem tudom", "hu", "expenses"),
    # pay as many pieces as come
    ("egy fuvar 15 ezer, ahány fuvar annyi pénz", "hu", "income"),
    # a per cent of a whole, its "-a" left off
    ("a bolt forgalma 800, abból a 40% az enyém", "hu", "income"),
    # near-miss kept as it was: "50-nal" in figures, by 50 more, no bound read from it
    ("amikor itt az unokám 50-nal több, alapból 150", "hu", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_47_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_47_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
