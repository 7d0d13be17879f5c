"""English money families of round 61 (second lane) and of the misreads left in rounds 31-60,
in words of our own: what is read, and what is asked again.

Asked again: at the income, pay told by the piece or the job ("i mend clocks, 45 a clock, and a
pension of 600", "basic 900 plus bonus, 4 kitchens at 200 each last month"): how many pieces a
month is unsaid, so no month's pay is known, never the rate added to the rest. Near misses that
stay read: a span of time ("1,300 a month", "1,250 a good month"), and pay by the piece with
the month worked out beside it ("40 a lawn, about 30 lawns so 1,200").
Asked again: at the income, the own pay said as what remains of the takings ("my husband gets
1,600, i take whatever the cafe makes"): the figure is another's pay or a cost, never the own.
Near miss that stays read: a month's figure said after it ("i keep whatever i make, about 1,000
a month").
Asked again: at the spending, what is left over said with the whole it is left of ("out of my
1,100 i have 80 left", "about 150 left out of my 1,300"): neither is the spending. Near miss
that stays read: the spending with what is left said alone ("about 1,100, i have 200 left most
months").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a span of time, no piece
    ("1,300 a month", "en", "income", "1300"),
    ("about 1,250 a good month", "en", "income", "1250"),
    ("1,450 a mth after tax", "en", "income", "1450"),
    # pay by the piece with the month worked out
    ("40 a lawn, about 30 lawns so 1,200", "en", "income", "1200"),
    ("i charge 70 a lesson and clear about 1,100 a month", "en", "income", "1100"),
    # what remains of the takings, the month said after it
    ("i keep whatever i make, about 1,000 a month", "en", "income", "1000"),
    ("whatever comes in, usually 1,200", "en", "income", "1200"),
    # the spending, what is left said alone
    ("about 1,100, i have 200 left most months", "en", "expenses", "1100"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # pay by the piece, the pieces a month unsaid
    ("i mend clocks, 45 a clock, and a pension of 600", "en", "income"),
    ("basic 900 plus bonus, 4 kitchens at 200 each last month", "en", "income"),
    ("mostly 30 per lawn and 500 from my pension", "en", "income"),
    # the own pay only what remains of the takings
    ("my husband gets 1,600, i take whatever the cafe makes", "en", "income"),
    ("he brings in 2k and i get whats left from the stall after costs", "en", "income"),
    # what is left over of a whole
    ("out of my 1,100 i have 80 left", "en", "expenses"),
    ("about 150 left out of my 1,300 once the bills go", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
