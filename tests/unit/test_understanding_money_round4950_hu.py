"""Money families of rounds 49 and 50 in Hungarian, in words of our own: what is read, and what
is asked again.

Read: the take-home pay, something added to it, and the whole said at the end ("bolti nettó
190, mellette hétvégén pincérkedés 70, együtt 260"); a figure taken back after dots with a
"sorry" or "nem", the right one after it ("a bérlet 12 ... bocs 21, elnéztem", "240 000.. nem,
245 000"), its dots no sentence's end; the home's list said last after a short label and a
colon, the trade's figures before it ("napi 60 raklap, 2 tonnás a targonca. itthon: albi 90,
kaja 55", "…, de a saját költésem: rezsi 30 kaja 50"); an item of a list named again at the
end as cancelled ("albi 100, hbo 4, kaja 60, de az hbo-t lemondtam").
Asked again: an income or a spending said in crowns, a currency nobody converts here ("dán
koronában fizetnek, 19 ezer korona").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the take-home pay, something added to it, and the whole said at the end
    ("bolti nettó 190, mellette hétvégén pincérkedés 70, együtt 260", "hu", "income", "260000"),
    ("alapbér 230 nettó + 15 ezer étkezési, összesen 245", "hu", "income", "245000"),
    # near-misses kept as they were: one's own take-home beside a whole with another's
    ("nettó 240, a férjemmel együtt 510", "hu", "income", "240000"),
    ("bruttó 380, nettó 252", "hu", "income", "252000"),
    # a figure taken back after dots with a "sorry" or "nem", the right one after it
    ("nettó 318 ... bocs 381, elnéztem a sort", "hu", "income", "381000"),
    ("240 000.. nem, 245 000 a pontos összeg", "hu", "expenses", "245000"),
    ("futár vagyok, napi 30 csomag. a kiadás 195 ezer.. bocsánat 159 ezer", "hu", "expenses",
     "159000"),
    # the home's list said last after a short label and a colon, the trade's figures before it
    ("napi 60 raklapot pakolok, 2 tonnás a targonca. itthon: albi 90, kaja 55", "hu",
     "expenses", "145000"),
    ("300 birkát nyírunk egy nap, de a saját költésem: rezsi 30 kaja 50", "hu", "expenses",
     "80000"),
    ("40 fős a brigád. most ősz van, nálam: albi 95, rezsi 25, kaja 60", "hu", "expenses",
     "180000"),
    # near-miss kept as it was: a list said after a colon to add to the one before
    ("albi 100, kaja 60. plusz: rezsi 20, net 5", "hu", "expenses", "185000"),
    # an item of a list named again at the end as cancelled
    ("albi 100, hbo 4, kaja 60, de az hbo-t múlt héten lemondtam", "hu", "expenses", "160000"),
    ("albi 100, edzőterem 12, kaja 60, de az edzőtermet már lemondtam", "hu", "expenses",
     "160000"),
    # near-misses kept as they were: one would have cancelled it, or no item of that name
    ("albi 100, edzőterem 12, kaja 60, de az edzőtermet lemondtam volna", "hu", "expenses",
     "172000"),
    ("albi 100, kaja 60, de a spotifyt lemondtam", "hu", "expenses", "160000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # an income or a spending said in crowns, a currency nobody converts here
    ("dán koronában fizetnek, 19 ezer korona", "hu", "income"),
    ("csehországban élek, havi 30 ezer koronát keresek", "hu", "income"),
    # near-miss kept as it was: both figures taken back
    ("300... nem, 250... nem tudom pontosan", "hu", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_4950_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_4950_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
