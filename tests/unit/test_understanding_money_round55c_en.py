"""English money families of rounds 31-55 left misread, in words of our own: what is read, and
what is asked again.

Asked again: at the pay or the spending, the one figure said as a ceiling ("950 tops") or as
nearly reached ("nearly 1,100 with the car"): how far under it the month is stays unsaid.
Near misses that stay: an offer's ceiling ("eighty a month tops") is the offer; a top-up ("UC
tops me up to 900") is no ceiling; "nearly" said of something else, the figure plain ("im
nearly skint. spending 1,050").
Asked again: at the spending, a home's whole said with the people on its contract ("theres 3
of us on the lease") or for two homes ("for both households"): the own part is unsaid.
Near misses that stay: the people who live in the home ("4 of us in the house") are no split of
the figure; the own share said ("… my share is 500") is read.
Asked again: at the pay or the spending, after the last figure, that it is still to be checked
or not known yet ("ill check later", "this one i dont know yet").
Near misses that stay: a reply to be looked for ("ill check for a reply"), or the checking said
before the figure ("ill check my bank but i think its 1,050").
Asked again: at the spending, a bill's period other than a month said before its name and
figure ("quarterly gas bill 300", "the yearly tv licence is 169"): the month's is not worked
out. Near misses that stay: items with no period said are summed.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # near misses of a ceiling or a figure nearly reached
    ("eighty a month tops", "en", "counter", "80"),
    ("45 and thats the absolute tops", "en", "counter", "45"),
    ("uc tops me up to 900", "en", "income", "900"),
    ("im nearly skint every month. spending 1,050", "en", "expenses", "1050"),
    ("the loan is nearly paid off, 120 a month", "en", "other_debts", "120"),
    # near misses of a home's whole with the people on its contract
    ("theres 4 of us in the house, i spend 700", "en", "expenses", "700"),
    ("rent 1,500, theres 3 of us on the lease and my share is 500", "en", "expenses", "500"),
    # near misses of a figure still to be checked
    ("rent 650, bills 180, food 200, so 1,030. ill check for a reply in the morning", "en",
     "expenses", "1030"),
    ("ill check my bank but i think its 1,050", "en", "expenses", "1050"),
    # near miss of a bill's period said before its name
    ("rent 600, food 200, water bill 40", "en", "expenses", "840"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # the one figure as a ceiling or nearly reached
    ("950 tops", "en", "expenses"),
    ("1,300 tops a month", "en", "income"),
    ("nearly 1,100 with the car", "en", "expenses"),
    ("almost 1,600 after tax", "en", "income"),
    # a home's whole with the people on its contract, or for two homes
    ("the flat is 1,500 a month and there are three of us on the lease", "en", "expenses"),
    ("we run the farm and the house as one, 3,000 for both households", "en", "expenses"),
    # a figure still to be checked or not known yet
    ("1,100. or more, ill check later", "en", "expenses"),
    ("900 last month, this one i dont know yet", "en", "income"),
    # a bill's period other than a month said before its name
    ("quarterly gas bill 300, rent 600 a month, food 200", "en", "expenses"),
    ("the yearly tv licence is 169", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
