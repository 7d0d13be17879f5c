"""English money families of round 52, a second look, in words of our own: what is read, and
what is asked again.

Read: an item said with its figure, then said not to count ("takeaway 45 (dont count the
takeaway)", "days out 60, not counting the days out"), its name of one word or two: the others
are the month's. A day of the month before its name, as a statement's line or a due date is
typed ("14 Feb DD WATER £32.10", "rent due 1st march"): the day is no amount. A sum worked
out after "so say" or "so call it" ("1,650 after tax and about 100 extra so say 1,750"): the
whole is the answer, not the take-home part before it.
Asked again: at the spending, only the own pay said at a clause's start ("i earn 1,600 after
tax", "my wage is 1,450"), no word of spending: it answers another question. At the other
debts, a figure said "outstanding" with no month's word ("Outstanding: £1,920.50 | 14 months
left"): a balance, not a payment. A quarter's figure ("spent 3,100 over the last quarter",
"2k for the quarter"): the month's is not worked out.
Near misses that stay: an item not counted that had no figure ("rent 600, not counting bills",
asked again); "6 marquees" or "20 may be 25", no dates; the pay beside a spending figure or
said as its measure ("everything i earn which is 1,500"), or at the income; an outstanding
balance beside a month's payment ("loan 150 a month, 2k outstanding", the 150).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # an item said not to count after its figure
    ("rent 650 food 220 takeaway 45 (dont count the takeaway)", "en", "expenses", "870"),
    ("Bills £300.00 · Days out £60.00 · Food £150.00, not counting the days out", "en",
     "expenses", "450"),
    ("gas 80 water 30 netflix 11, don't count netflix", "en", "expenses", "110"),
    # a day before its month's name
    ("14 Feb  DD WATER  £32.10", "en", "expenses", "32.10"),
    ("02 Apr  WAGES ACME LTD  £1,420.00", "en", "income", "1420"),
    ("rent 600 due 1st march, food 200", "en", "expenses", "800"),
    # a sum worked out after "so say" or "so call it"
    ("wage is sixteen hundred after tax and tips about a hundred so say seventeen hundred", "en",
     "income", "1700"),
    ("1,650 net plus about 100 overtime, so call it 1,750", "en", "income", "1750"),
    # near misses that stay read as they were
    ("1,650 after tax plus about 100 overtime so call it 1,800", "en", "income", "1650"),
    ("i earn 1,600 and spend about 1,100", "en", "expenses", "1100"),
    ("pretty much everything i earn which is 1,500", "en", "expenses", "1500"),
    ("i earn 1,600 after tax", "en", "income", "1600"),
    ("loan 150 a month, 2k outstanding", "en", "other_debts", "150"),
    ("we put up 6 marquees a week, rent 600", "en", "expenses", "600"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # an item not counted that had no figure
    ("rent 600, not counting bills", "en", "expenses"),
    # only the own pay said at the spending
    ("i earn 1,600 after tax", "en", "expenses"),
    ("my wage is 1,450 a month", "en", "expenses"),
    ("we take home about 2,300 between us", "en", "expenses"),
    # a balance said outstanding
    ("Outstanding: £1,920.50 | 14 months left", "en", "other_debts"),
    ("car loan, 2,000 outstanding", "en", "other_debts"),
    # a quarter's figure
    ("spent about 3,100 over the last quarter", "en", "expenses"),
    ("2k for the quarter on everything", "en", "expenses"),
    # "may" is no month's name here
    ("20 may be 25 a month", "en", "counter"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
