"""English money families of round 60, in words of our own: what is read, and what is asked
again.

Read: young people of the household counted as teenagers ("900 a month with 2 teens", "1,000,
4 teenagers"): no money, left out.
Asked again: a lower bound beside teenagers counted ("way over 1,000, 2 teenagers"): the count is
no figure to fall back on.
Asked again: at the income, a couple named as the ones who earn it ("me and my partner make about
2k", "the husband and i take home 2,700"): the own part is unsaid. Near misses that stay: "me
and the kids get by on 900" (no second earner), the own said beside it ("me and my partner make
about 2k, mine is 1,200").
Read: at the expenses, the own share of a cost said at the end to be counted in the figure ("820
a month, thats with my half of the rent", "about 700 including my share of the bills"): the
figure. Near misses that stay asked again: the share given a figure of its own ("820 a month,
my half of the rent is 300"), or added on top ("600 plus my half of the rent").
Read: at the expenses, a bare whole said first, then a dash or a colon and the items it is made
of, their figures adding up to it ("910 - rent 500, food 300, gas 110"): the whole. Near miss
that stays asked again: items adding up to another figure ("910: rent 500, food 300, gas 50").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # teenagers counted
    ("900 a month with 2 teens", "en", "expenses", "900"),
    ("1,000, 4 teenagers", "en", "expenses", "1000"),
    # no second earner, or the own said
    ("me and the kids get by on 900", "en", "income", "900"),
    ("me and my partner make about 2k, mine is 1,200", "en", "income", "1200"),
    # the own share counted in the figure
    ("820 a month, thats with my half of the rent", "en", "expenses", "820"),
    ("about 700 including my share of the bills", "en", "expenses", "700"),
    # a whole said first, its parts adding up to it
    ("910 - rent 500, food 300, gas 110", "en", "expenses", "910"),
    ("910: rent 500, food 300, gas & electric 110", "en", "expenses", "910"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # a bound beside teenagers counted
    ("way over 1,000, 2 teenagers", "en", "expenses"),
    # a couple's income
    ("me and my partner make about 2k", "en", "income"),
    ("the husband and i take home 2,700", "en", "income"),
    ("me and the missus bring in 3k together", "en", "income"),
    # the share with a figure of its own, or on top
    ("820 a month, my half of the rent is 300", "en", "expenses"),
    ("600 plus my half of the rent", "en", "expenses"),
    # parts adding up to another figure
    ("910: rent 500, food 300, gas 50", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
