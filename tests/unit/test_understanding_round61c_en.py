"""English money families of round 61 (third lane), in words of our own: what is read, and
what is asked again.

Read: at the income, the net pay with what came off it named after "after" and no figure
("2,050 after pension and student loan", "980 after tax and ni"): the deductions say which pay
the figure is, they are no items still to add. Near misses that stay asked again: costs named
after "after" ("900 after rent and food") and a benefit put on top with no figure ("1,800
after tax and uc on top").
Read: at the spending, a cost paid once a year named as left out of the month's figure or put on
top of it ("900 a month, not counting the tv licence which we pay annually", "760, then the
house insurance on top once a year, its 300"): a year's bill is no month's spending. Near
misses that stay asked again: an item left out with no word of a year ("900 not counting the
food"), a monthly item inside ("not counting the 40 a month gym").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the net pay, the deductions named with no figure
    ("2,050 after pension and student loan", "en", "income", "2050"),
    ("980 after tax and ni", "en", "income", "980"),
    ("about 1,340 a month after tax, ni and pension", "en", "income", "1340"),
    # a yearly cost left out of the month's spending
    ("900 a month, not counting the tv licence which we pay annually", "en", "expenses", "900"),
    ("760, then the house insurance on top once a year, its 300", "en", "expenses", "760"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # costs or a benefit named with no figure
    ("900 after rent and food", "en", "income"),
    ("1,800 after tax and uc on top", "en", "income"),
    # an item left out with no year, or a monthly one
    ("900 not counting the food", "en", "expenses"),
    ("900 not counting the 40 a month gym", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
