"""English money families of round 43, in words of our own: what is read, and what is asked again.

Read: a half or a quarter typed as one character ("1½ grand", "42½ a month"); the quarters of a
ton ("a quarter of a ton" is 25); the cardholder's share in a message passed on, after a whole
worked out of its items ("thats 950, your half is 475"); things counted in what holds them by the
morning, the land worked and the pages of a thing made ("30 boxes of apples a morning", "12
acres", "48 page booklets"); a spelled figure hyphened all through
("one-thousand-two-hundred-and-ten").
Asked again: a figure with something or a few coins on top, typed short ("eight hundred n
summat", "a grand n a couple of quid"); two figures, each of some months ("some months 700
other months 1,100"); a price by the sheet or the book beside the month's figure.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a half or a quarter typed as one character
    ("about 1½ grand a month all told", "en", "expenses", "1500"),
    ("food 2¼ hundred, rent 540", "en", "expenses", "765"),
    ("42½ a month", "en", "other_debts", "42.50"),
    ("take home is 1¼ grand", "en", "income", "1250"),
    # the quarters of a ton
    ("a quarter of a ton a month", "en", "other_debts", "25"),
    ("¾ of a ton, so 75", "en", "counter", "75"),
    # the cardholder's share in a message passed on, after a whole worked out of its items
    ("from my flatmate: rent 800 bills 150 thats 950, your half is 475", "en", "expenses", "475"),
    # things counted in what holds them, the land worked, the pages of a thing made
    ("i pack 30 boxes of apples a morning. rent 420 food 150", "en", "expenses", "570"),
    ("12 acres of hedges to cut. spending 880", "en", "expenses", "880"),
    ("printing 48 page booklets, rent 500 bills 120", "en", "expenses", "620"),
    # a spelled figure hyphened all through
    ("one-thousand-two-hundred-and-ten a month", "en", "expenses", "1210"),
    ("two-thousand-and-sixty after tax", "en", "income", "2060"),
]

#: (text, language, question): asked again
ASKED_AGAIN = [
    # something or a few coins on top, typed short
    ("eight hundred n summat", "en", "expenses"),
    ("a grand n a couple of quid", "en", "expenses"),
    # two figures, each of some months
    ("some months 700 other months 1,100", "en", "income"),
    # a price by the sheet beside the month's figure
    ("glazier, glass is 25 a sheet. home spending 1,020", "en", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
