"""Money families of round 58 in Hungarian, second pass, in words of our own: what is read,
and what is asked again.

Read: things of one's work counted (puzzles, pianos, rabbits, dogs) beside the month's money
are counts, not money: the money alone.
Read: the last figure marked after it as the one that holds now or always ("és most is annyi",
"előtte is ennyi"): that figure, not the old, advertised or one-off ones before it. Near-miss:
a mark after a list's last item ("kaja 60, és mindig ennyi") is of the whole list.
Asked again: at the own offer, a wished figure, then a smaller one that only may go ("szeretnék
30-at, de lehet, hogy csak 15"). Near-miss: a wished figure alone stays read.
Asked again: the paper that holds the figure said not to be "before me" ("nincs előttem"):
no nothing, the figure is somewhere.
Asked again: a part of a month told as it went, whether it comes again not known ("azt nem
tudom lesz-e máskor"). Near-miss: a month's figure with no such part stays read.
Asked again: another's word for the figure, the person saying they do not see or know it
("azt mondja 230, én nem látom"). Near-miss: another's word with no doubt stays read.
Asked again: a figure "or somewhat over or under it" ("vagy valamivel felette", "vagy inkább
afelett").
Asked again: at other debts, a payment another asks, not agreed yet ("havi 30-at kér, még nem
egyeztünk meg"). Near-miss: one agreed ("így beszéltük meg") stays read.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # things of one's work counted beside the month's money
    ("havonta 30 rejtvényt rakok össze, 180 jön érte", "hu", "income", "180000"),
    ("tavaly 20 zongorát vittünk fel, most havi 240 a bérem", "hu", "income", "240000"),
    # the last figure marked as the one now
    ("az állásajánlatban 300 volt, aztán 240 lett, és most is annyi", "hu", "income", "240000"),
    ("volt egy 30-as szerviz egyszer. 175 szokott lenni és most is ennyi", "hu", "expenses",
     "175000"),
    ("a piacon 80 jött, 40 ment el, 40 maradt, előtte is ennyi", "hu", "income", "40000"),
    # near-miss kept as it was: the mark is of the whole list
    ("albi 110, kaja 50, és mindig ennyi", "hu", "expenses", "160000"),
    # near-miss kept as it was: a wished offer alone
    ("szeretnék 25-öt fizetni", "hu", "counter", "25000"),
    # near-miss kept as it was: a month's figure with no part of unknown return
    ("5-én 150 jött, 20-án még 40, ennyi a hónap", "hu", "income", "190000"),
    # near-miss kept as it was: another's word with no doubt after it
    ("a párom intézi, azt mondja havi 230", "hu", "expenses", "230000"),
    # near-miss kept as it was: a payment agreed
    ("a bátyámnak havi 25-öt adok vissza, így beszéltük meg", "hu", "other_debts", "25000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # a wished offer, then one that may go
    ("szeretnék 30-at, de lehet, hogy csak 15 megy", "hu", "counter"),
    # the paper not at hand
    ("ami a bérpapíron áll, annyi, de most nincs előttem", "hu", "income"),
    # a part whose return is not known
    ("2-án 150 jött, 20-án még 40 jutalék, azt nem tudom lesz-e máskor", "hu", "income"),
    # another's word, the own not seen
    ("a párom azt mondja havi 230 jön, én nem látom a számláját", "hu", "income"),
    # a figure or somewhat off it
    ("a segély 120, szerintem én is ott vagyok vagy kicsit alatta", "hu", "expenses"),
    ("kétszáz körül vagy inkább afelett", "hu", "expenses"),
    # a payment asked, not agreed
    ("a bátyám havi 30-at kér, még nem egyeztünk meg", "hu", "other_debts"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_58b_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_58b_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
