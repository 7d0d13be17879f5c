"""English money misreads of rounds 31 to 41, in words of our own: what is read.

Read: the minimum of a catalogue or pay-later lender named by its brand, not the word "card" or
"loan" ("very 40 and littlewoods 25 min", "jd williams 18, clearpay 12 min"): the debt's
minimum is its payment, summed with the rest, no lower bound of the month's. An old figure
said "for last month" beside the new one said after it ("1200 for last month but 1100 now").
Asked again: a bare minimum with no debt named beside it still is a lower bound ("60 minimum").
Never read as one item alone: a list of items whose figures are all said "for last month" at the
end ("rent 640 and food 215 for last month"): the month they were spent in, no old figure.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a catalogue or pay-later lender named by its brand, its minimum said after the figure
    ("very 40 and littlewoods 25 min", "en", "other_debts", "65"),
    ("jd williams 18, clearpay 12 min", "en", "other_debts", "30"),
    ("the very account 35 min and laybuy 20", "en", "other_debts", "55"),
    ("paypal credit 60 minimum and klarna 15", "en", "other_debts", "75"),
    # an old figure said for last month, the new one after it
    ("1200 for last month but 1100 now", "en", "expenses", "1100"),
    ("was 1,350 for last month, now 1,280", "en", "expenses", "1280"),
]

#: (text, language, question): asked again
ASKED_AGAIN = [
    # a bare minimum, no debt named: a lower bound of the month's
    ("60 minimum", "en", "other_debts"),
]

#: (text, language, question, the one item's figure): a list said for last month at the end
NOT_ONE_ITEM_ALONE = [
    ("monzo shows rent 640 and food 215 for last month", "en", "expenses", "640"),
    ("the app has bills 530, food 240 and petrol 90 for last month", "en", "expenses", "530"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(("text", "language", "question", "item"), NOT_ONE_ITEM_ALONE)
def test_no_item_is_read_alone(text: str, language: str, question: str, item: str) -> None:
    assert read_as_asked(text, language, question).amount != Decimal(item)
