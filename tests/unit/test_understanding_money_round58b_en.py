"""English money families of round 58 (second pass), in words of our own: what is read, and
what is asked again.

Asked again: only a target set for the person by an app or an adviser ("the budget planner
wants me at 850, im way over"), or only what they used to live on, spend or get ("we used to
get by on 1,200 but since the move i havent added it up"): today's figure is unsaid.
Near misses that stay: a past figure beside today's ("i used to spend 2k, now its 1,100"), a
figure that was the thing's and not the person's ("the bus used to be 2, now 3") and what a
lender wants with nothing else said at other debts.
Read: the own total said last, after a story or a list with work things or one-offs in it
("van 300, rent 550, food 200, the van is the business. for the house its 750", "wage 1,200
on the 28th, then pip 350 on the 3rd, thats what i live on, 1,550", "… the mot was a one-off,
forget it. 900 for me"): that total.
Near misses that stay: one more item said last ("gym 30 plus about 900 for the house"), a
total of others ("the total for the house is 2,000 and my share is 40%"), a last figure smaller
than one before it.
Asked again: at other debts, only what a creditor wants, nothing agreed yet ("the water board
want 60 a month off me, havent agreed anything").
Near misses that stay: what they want once it is agreed ("they want 60 a month, agreed it last
week" is 60).
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
    # what a creditor wants, agreed
    ("the water board want 60 a month, agreed it last week", "en", "other_debts", "60"),
    # the own total said last
    ("van 300, rent 550, food 200, the van is the business. for the house its 750", "en",
     "expenses", "750"),
    ("wage 1,200 on the 28th, then pip 350 on the 3rd, thats what i live on, 1,550", "en",
     "income", "1550"),
    ("rent 500, food 250, mot 180 but its a one-off, forget it. 750 for me", "en", "expenses",
     "750"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # only a target set for them
    ("the budget planner wants me at 850, im way over", "en", "expenses"),
    ("my support worker wants me to spend 600 max, not managing it", "en", "expenses"),
    # only what they used to live on or get
    ("we used to get by on 1,200 but since the move i havent added it up", "en", "expenses"),
    ("i used to take home 1,500 before the hours were cut, no slip yet", "en", "income"),
    # what a creditor wants, nothing agreed
    ("the water board want 60 a month off me, havent agreed anything", "en", "other_debts"),
    # a total of others', not the own
    ("the total for the house is 2,000 and my share is 40%", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
