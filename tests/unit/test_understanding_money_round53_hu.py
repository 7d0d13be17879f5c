"""Money families of round 53 in Hungarian, in words of our own: what is read, and what is
asked again.

Read: a whole said first, then a part of it with the formal "melyből"/"amelyből" of a letter
("összesen 180 000 Ft, amelyből 90 000 a lakbér"), or with "ebből" after a clause that ends
with "nekem" ("300 jön be nekem, ebből 20 a pótlék"): the whole is the answer, the part named
is no own share; another who pays a part of it ("melyből a párom 200-at fizet") still leaves
the own part unsaid.
Read: a sum in another currency, then the forints the bank credits it as, named ("a bank 150
ezer forintként írja jóvá", "230 ezer forintot ír jóvá"): the forints. Asked again: a figure in
won, yen or yuan only, nothing said in forints.
Read: of an income, an extra with no figure after the pay, said not to be counted ("a jattot
nem számolom mert …", "meg a prémium decemberben, az most nem számít"): the pay. Near-miss: an
extra "nem számoltam bele" (left out of a sum) stays asked again.
Read: the price of one measure of work paid by the measure ("köbméterre fizetnek 4 ezret", "1
mázsa 3 ezer", "ládánként 900"), then the month's figure: the month's. Near-miss: a thing bought
by the measure ("bálánként 2500 a széna …") still leaves the spending unsaid.
Asked again: a base pay beside a part of it not known yet ("a jutalék a hónap végén derül ki",
"a prémiumról még nem tudok semmit"). Near-miss: a part whose figure is said stays added.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a whole, then "melyből"/"amelyből" a part of it
    ("havi kiadásom összesen 180 000 Ft, amelyből 90 000 Ft a lakbér", "hu", "expenses",
     "180000"),
    ("a költségeim 210 ezer forint, melyből a rezsi 40 ezer", "hu", "expenses", "210000"),
    # a whole that comes in "nekem", then a part named after "ebből"
    ("a pótlékkal együtt 300 jön be nekem, ebből 20 a pótlék", "hu", "income", "300000"),
    # near-miss kept as it was: "nekem ebből" with what is left, the own share
    ("a bolt havi 2 milliót forgalmaz, nekem ebből 250 marad", "hu", "income", "250000"),
    # a sum in another currency, then the forints credited, named
    ("az osztrák nyugdíjam 600 euró, a bankom 232 ezer forintként írja jóvá", "hu", "income",
     "232000"),
    ("havi 900 eurót kapok, a számlámra 350 ezer forintot írnak jóvá", "hu", "income",
     "350000"),
    # an extra with no figure, said not to be counted
    ("fix 210, a borravalót nem számolom mert hol sok hol semmi", "hu", "income", "210000"),
    ("nyugdíj 168 ezer, meg a prémium decemberben, az most nem számít", "hu", "income",
     "168000"),
    ("nettó 290, a jutalom nélkül, azt ne számold", "hu", "income", "290000"),
    # a price per measure of work paid by the measure, then the month's figure
    ("mázsára fizetnek 3 ezret, ebben a hónapban 175 ezret kaptam", "hu", "income", "175000"),
    ("tonnára dolgozom, 1 tonna 8 ezer, a lakás 90, kaja 60", "hu", "expenses", "150000"),
    ("ládánként 700, a múlt hónapban 198 jött", "hu", "income", "198000"),
    # near-miss kept as it was: a thing bought by the measure, no pay said by it
    ("a tűzifa 1 köbméter 30 ezer, kaja 60", "hu", "expenses", "90000"),
    # near-miss kept as it was: a part of the pay whose figure is said
    ("fizetés 250, a prémium 30, az már kiderült", "hu", "income", "280000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # another pays a part of the whole, said with "melyből": the own part not said
    ("a közös kiadásunk 400, melyből a férjem 220-at fizet", "hu", "expenses"),
    # a figure in won, yen or yuan only
    ("a koreai számlámra havi 2 800 000 won jön", "hu", "income"),
    ("otthon 9000 jüant kaptam", "hu", "income"),
    # near-miss kept as it was: an extra left out of a sum
    ("fizetés 200, a prémiumot nem számoltam bele", "hu", "income"),
    # near-miss kept as it was: hay bought by the bale, a cost whose month is not said
    ("bálánként 2300 a széna a lovaknak, meg a lakás 80", "hu", "expenses"),
    # a base pay beside a part not known yet
    ("alapbér 210, a jutalék csak a hónap végén derül ki", "hu", "income"),
    ("fix 250, a prémiumról még nem tudok semmit", "hu", "income"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_53_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_53_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
