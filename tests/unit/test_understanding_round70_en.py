"""English families of round 70, in words of our own: answers said on a bad day.

Agreement: a plain yes, then a complaint on what the plan costs after "but", or "can't wait".
Money: a "nothing" that is no amount (nothing wasted, an ultimatum, a nothing hedged before its
figure). Safety: anger at the bank, its letters or its help said
beside an answer is no distress and no dispute.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import interpret
from dialogs.understanding.rules import AmountReading
from tests.support.amounts import read_as_asked

#: (text, question, the amount read)
READ = [
    # nothing wasted, an ultimatum, a nothing hedged before its figure
    ("about 650 a month, i dont waste nothing", "expenses", "650"),
    ("i waste nothing, 800 all in", "expenses", "800"),
    ("£45 a month. its that or nothing", "counter", "45"),
    ("70, this or nothing", "counter", "70"),
    ("nothing coming in really, maybe 250 from odd jobs", "income", "250"),
    ("nothing really, about 150 from selling bits on ebay", "income", "150"),
    # near lines: a nothing said alone still is none
    ("nothing really", "income", "0"),
    ("nothing coming in", "income", "0"),
    ("None, just you lot", "other_debts", "0"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(Decimal(expected), None)


#: (text, question, meaning)
MEANINGS = [
    # a plain yes, then a complaint on the cost after "but"
    ("yes i agree, but the interest is a rip off", "agreement", "accept"),
    ("i accept but your fees are daylight robbery", "agreement", "accept"),
    ("ok i agree, but them charges are a scandal", "agreement", "accept"),
    # near lines: a "not", a demand or a condition after the "but" still is no agreement
    ("yes i agree but not at that interest", "agreement", "decline"),
    ("i agree but the fees have to go", "agreement", "decline"),
    ("i agree but can you lower the interest", "agreement", "decline"),
    # eager, or sarcastic, and agreeing all the same
    ("I accept, can't wait", "agreement", "accept"),
    ("yes i agree, cant wait to be rid of it", "agreement", "accept"),
    ("i agree but i cant wait that long", "agreement", "decline"),
    # anger at the bank beside an answer: no distress, no dispute
    ("about 650 a month, i dont waste nothing, unlike you lot sending me letters every day",
     "expenses", "650"),
    ("nothing coming in really, maybe 250, and no i cant just work more, im at the hospital daily",
     "income", "250"),
    # near line: a crisis said beside the figure is still heard
    ("about 650 a month and i cant go on like this anymore", "expenses", "distress"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question", "meaning"), MEANINGS)
def test_meaning(text: str, question: str, meaning: str) -> None:
    assert interpret(text, question, "en", currency="GBP").meaning == meaning
