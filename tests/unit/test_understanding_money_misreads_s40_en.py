"""English money families of the misreads sweep s40, in words of our own: what is read, and
what is asked again.

Asked again: figures of months, one a month with nothing or a month not over yet ("oct
nothing, nov 520", "april 300, june so far 900"): no one month's figure, nor a sum.
Near misses that stay: one month's figure alone ("june so far 900"), a month's name with no
figure of its own.
Asked again: a list whose last items are named with no figure after the comma's "and", debts
among them ("klarna 20, the loan, and the bank overdraft").
Near misses that stay: each item with its figure ("loan 150, and overdraft 40").
Read: a sentence of its own naming another thing paid once a year, with no figure ("wage
1,250 and tax credits 210. the bonus is once a year"): the figures before its full stop.
Near misses that stay: "that" or "it" pointing back to the figure ("… the mot was 55. thats
once a year"), the thing named again ("insurance 90. the insurance is once a year", asked
again).
Asked again: the own pay said alone at the offer ("i earn 1,150 a month", "im on 980"): what
comes in, not what can be paid.
Near misses that stay: an offer beside the pay ("i get 1,200, can do 40"), the pay said at the
income question.
Asked again: a debt said cleared with its run of payments the only figure ("paid off the van,
2 years of 180"): no payment now is said, nor whether another debt is left.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # one month's figure alone
    ("june so far 900", "en", "income", "900"),
    ("nov 520", "en", "income", "520"),
    # each item with its figure
    ("loan 150, and overdraft 40", "en", "other_debts", "190"),
    ("rent 650, bills 180, and food 250", "en", "expenses", "1080"),
    # another thing paid once a year named in a sentence of its own
    ("wage 1,250 and tax credits 210. the bonus is once a year", "en", "income", "1460"),
    ("rent 540 and water 35. the tv licence is a one off, so ignore it", "en", "expenses",
     "575"),
    # "that" pointing back to the figure
    ("rent 540, food 190, the mot was 55. thats once a year so leave it", "en", "expenses",
     "730"),
    # an offer beside the pay, the pay at the income
    ("i get 1,200, can do 40", "en", "counter", "40"),
    ("35 a month. i take home 1,050", "en", "counter", "35"),
    ("i get 1,200", "en", "income", "1200"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # figures of months, one with nothing or not over yet
    ("oct nothing, nov 520", "en", "income"),
    ("april 300, june so far 900", "en", "income"),
    ("dec zero, jan 250 and feb to date 400", "en", "expenses"),
    # the last items named with no figure
    ("klarna 20, the loan, and the bank overdraft", "en", "other_debts"),
    ("very 45, the car, and the student loan", "en", "other_debts"),
    ("rent 650, bills 180, and food", "en", "expenses"),
    # the thing paid once a year named again
    ("rent 540 and insurance 90. the insurance is once a year", "en", "expenses"),
    # the own pay alone at the offer
    ("i earn 1,150 a month", "en", "counter"),
    ("im on 980", "en", "counter"),
    ("i only get 1.3k", "en", "counter"),
    # a debt cleared, its run of payments the only figure
    ("paid the car off, 3 years of 240", "en", "other_debts"),
    ("cleared the sofa loan in may, 18 months of 45 a month done", "en", "other_debts"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
