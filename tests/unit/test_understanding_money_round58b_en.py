"""English money families of round 58 (second pass), in words of our own: what is read, and
what is asked again.

Asked again: only a target set for the person by an app or an adviser ("the budget planner
wants me at 850, im way over"), or only what they used to live on, spend or get ("we used to
get by on 1,200 but since the move i havent added it up"): today's figure is unsaid.
Near misses that stay: a past figure beside today's ("i used to spend 2k, now its 1,100"), a
figure that was the thing's and not the person's ("the bus used to be 2, now 3") and what a
lender wants with nothing else said at other debts.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a past figure of mine beside today's
    ("i used to spend 2k when we had the shop, now its 1,100", "en", "expenses", "1100"),
    ("we used to bring in 2,400 but its 1,750 since he went part time", "en", "income", "1750"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # only a target set for them
    ("the budget planner wants me at 850, im way over", "en", "expenses"),
    ("my support worker wants me to spend 600 max, not managing it", "en", "expenses"),
    # only what they used to live on or get
    ("we used to get by on 1,200 but since the move i havent added it up", "en", "expenses"),
    ("i used to take home 1,500 before the hours were cut, no slip yet", "en", "income"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
