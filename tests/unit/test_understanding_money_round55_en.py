"""English money families of round 55, in words of our own: what is read, and what is asked
again.

Asked again: after the last figure, that the figure of now is not known ("not sure what my
part is now", "hard to say at the moment", "not sure exactly yet", "not sure whats left"): the
figure said is an old one, a coming one or a whole of which the own part is unsaid.
Near misses that stay: the words said before the figures, a figure after them ("not sure what
counts, so rent 600 food 200"), and a plain figure with no such words.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # near misses of the figure of now not known: figures said after the words
    ("not sure what you class as essential, so rent 650 and food 220", "en", "expenses",
     "870"),
    ("no idea what the old one was, the new loan is 85", "en", "other_debts", "85"),
    ("my wage is 1,450 after tax", "en", "income", "1450"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # the figure of now not known, after the last figure
    ("2,100 for the whole flat, my sister pays some, not sure what my share is now", "en",
     "expenses"),
    ("when the lodger leaves it'll be 780, at the moment hard to say", "en", "expenses"),
    ("the new contract pays more than my old 1,250 but im not sure exactly", "en", "income"),
    ("my credit report says 175 but the phone one ended, no idea whats left", "en",
     "other_debts"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
