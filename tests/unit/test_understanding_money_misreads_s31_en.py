"""English misread families of rounds 31-43, in words of our own: what is asked again.

Asked again: an item named with its figure left blank, a mark or "not known yet" in its place
("council tax ?? gas 60", "rent 480, bills idk yet"); one figure said for one season while the
month it is now is of the other ("about 1,200 usually, christmas is worse and its december
now", "950 when the heatings on, less in spring").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a question mark after the figures is no blank item
    ("rent 650 food 180, is that ok?", "en", "expenses", "830"),
    # a season named without the month it is now
    ("about 900 a month, a bit more in winter", "en", "expenses", "900"),
]

#: (text, language, question): asked again
ASKED_AGAIN = [
    # an item named with its figure left blank
    ("rent 480 water ?? phone 20", "en", "expenses"),
    ("mortgage 700, bills dunno yet", "en", "expenses"),
    ("rent 480\nshopping not sure yet, ill look", "en", "expenses"),
    # one figure for one season, the month now of the other
    ("about 1,200 usually, christmas is worse and its december now", "en", "expenses"),
    ("950 when the heatings on, less in spring", "en", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
