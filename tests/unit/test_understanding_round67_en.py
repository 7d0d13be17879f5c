"""English families of round 67, in words of our own: lines typed by someone helping the
cardholder.

Distress: thoughts of ending her (his) life told of the cardholder, beside a figure. Money: the
own pension beside a side source that brings nothing now. Cause: the button's words typed as
the first clause, the story after.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, question, the amount read)
READ = [
    # the own pension beside a side source that brings nothing now
    ("his state pension is 920 a month, the train makes nothing over winter", "income", "920"),
    ("pension 800, the stall makes nothing now", "income", "800"),
    ("her pension is 700, the van brings in nothing at the moment", "income", "700"),
    ("pension 650, nothing from the allotment shop right now", "income", "650"),
]  # fmt: skip

#: (text, question): asked again
ASKED_AGAIN = [
    # a nothing of a person, not a side source
    ("my wage is 1200, my husband makes nothing", "income"),
    ("he earns 2k, I earn nothing", "income"),
    # no own pay named beside the nothing
    ("the shop makes nothing, 800", "income"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, question: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


#: (text, question, meaning)
MEANINGS = [
    # thoughts of ending her (his) life told of the cardholder, beside a figure
    ("Spending is about £900. She told me about thoughts of ending her life.", "expenses",
     "distress"),
    ("950, he talked about taking his own life last week", "expenses", "distress"),
    ("800 and he keeps saying he wants to kill himself", "income", "distress"),
    # a near line: her life savings are money, not distress
    ("700, her life savings went on his care", "expenses", "700"),
    # the button typed as the first clause, the story after
    ("trouble in his business, the bakery oven died so he couldnt open at christmas", "cause",
     "business_trouble"),
    ("Trouble in her business. the cafe roof fell in", "cause", "business_trouble"),
    ("job loss, the factory shut", "cause", "job_loss"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question", "meaning"), MEANINGS)
def test_meaning(text: str, question: str, meaning: str) -> None:
    assert interpret(text, question, "en", currency="GBP").meaning == meaning
