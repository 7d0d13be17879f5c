"""English money families of round 61, in words of our own: what is read, and what is asked
again.

Read: a figure owned up to as wrong, the right one after it ("about 900 but i was wrong before,
its more like 960"): the figure after the mistake, whatever time word dates the mistake. Near
miss that stays: an item said wrong with no figure after it ("rent 500, i was wrong about the
gas": the rent stays read as it is).
Read: at the income, the own part of a household's whole ("between us about 3k, mine is 1,200 of
that"): the own part, never the sum of the two.
Read: at the other debts, a count of the things paid on ("250 in total across 4 things"): no
money, left out.
Asked again: at the other debts, thousands said as "grand" on a thing ("about 6 grand on a
loan"): a balance, as "6k on a loan" already is. Near miss that stays read: a payment's size
("150 on the car").
Read: today's figure beside the figure it goes up to later ("1,200 and it goes up to 1,260 from
june"): today's. Near miss that stays: the figure to come said alone ("rent is going up to 700"
is read as it is today).
Read: at the income, the own figure said as "me" before a partner's ("me 950, my wife 1,300"):
the own. Near miss that stays asked again: a couple's one figure ("me and my partner make 2k").
Read: at the other debts, the minimum beside what is paid ("min is 25 but i pay 60"): what is
paid.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a figure owned up to as wrong
    ("about 900 but i was wrong before, its more like 960", "en", "expenses", "960"),
    ("700, my mistake, 750", "en", "expenses", "750"),
    ("rent 500, i was wrong about the gas", "en", "expenses", "500"),
    # the own part of a household's whole
    ("between us about 3k, mine is 1,200 of that", "en", "income", "1200"),
    ("we get 3,100 as a house, my share is 1,400 of it", "en", "income", "1400"),
    # a count of the things paid on
    ("250 in total across 4 things", "en", "other_debts", "250"),
    # a payment's size on a thing
    ("150 on the car", "en", "other_debts", "150"),
    # today's figure beside one to come
    ("1,200 and it goes up to 1,260 from june", "en", "income", "1200"),
    ("950, itll go up to 990 in april with the new contract", "en", "expenses", "950"),
    ("rent is going up to 700", "en", "expenses", "700"),
    # the own figure before a partner's
    ("me 950, my wife 1,300", "en", "income", "950"),
    # the minimum beside what is paid
    ("min is 25 but i pay 60", "en", "other_debts", "60"),
    ("the minimum on the store card is 40 but i usually pay 70", "en", "other_debts", "70"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # thousands said as grand on a thing
    ("about 6 grand on a loan", "en", "other_debts"),
    ("2 grand on the car", "en", "other_debts"),
    # a couple's one figure
    ("me and my partner make 2k", "en", "income"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
