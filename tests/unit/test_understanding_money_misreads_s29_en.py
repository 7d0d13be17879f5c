"""English money misreads of rounds 31-39, in words of our own: what is read, and what is asked
again.

Read: a figure first thought of and given up, the one after "but" settled on, a cost named
between them ("was going to say 60 but with the boiler going 45 is safer", "first i thought 120
but after the council tax went up 90 is more realistic"); number words misheard by voice typing
beside a "hundred" or "thousand" ("nine hundred and ate", "tree hundred and twenty").
Asked again: just under a figure, by the change a note would leave ("not much change out of
1,100"); half of a figure named by whose it is, not worked out ("half my 90 left over"); half of
shared takings, the whole said after it ("half the van money is mine, we took 1,200").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a figure first thought of and given up, the one after "but" settled on
    ("was going to say 60 but with the boiler going 45 is safer", "en", "counter", "45"),
    (
        "first i thought 120 but after the council tax went up 90 is more realistic",
        "en",
        "counter",
        "90",
    ),
    ("i was gonna offer 75 but since the car failed its mot make it 50", "en", "counter", "50"),
    ("i reckoned 950 but when i added the water bill its 1,020", "en", "expenses", "1020"),
    # number words misheard by voice typing beside a hundred or a thousand
    ("nine hundred and ate a month (dictated sorry)", "en", "expenses", "908"),
    ("tree hundred and twenty", "en", "counter", "320"),
    ("seven hundred and won pound", "en", "expenses", "701"),
]

#: (text, language, question): asked again
ASKED_AGAIN = [
    # just under a figure, by the change a note would leave
    ("not much change out of 1,100", "en", "expenses"),
    ("you wont get much change from £950", "en", "expenses"),
    # half of a figure named by whose it is, not worked out
    ("half my 90 left over", "en", "counter"),
    ("half of our 1,600 a month", "en", "income"),
    # half of shared takings, the whole said after it
    ("half the van money is mine, we took 1,200 last month", "en", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
