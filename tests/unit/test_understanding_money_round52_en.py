"""English money families of round 52, in words of our own: what is read, and what is asked
again.

Read: a total taken back by a bare "no" or "hang on" right after it, the right one said next
("rent 500 food 150 so 640.. no 650", "so 1,200.. hang on thats 1,150"): the later figure is the
whole answer; an item put right the same way ("gas 70, no, 75") counts with its new figure.
Number words voice typing writes as words that sound alike, right before "hundred" or
"thousand" ("for hundred" is 400, "to hundred" and "too thousand" two of them, "ate" after
"thousand and" is eight).
A payslip's lines copied in, the take-home one labelled "net pay" ("Gross £2,000 | Tax £200 | Net
pay £1,650"): that figure is the income, the others no second one.
Asked again: a figure and, with "or", another if an item is counted in ("900, or 1,000 if you count
the van"), or a maybe that the item is in it ("950, or maybe thats with the van"); an item of a
typed table left without its figure ("rent | 600, food |, gas | 80", "Water £—").
Near misses that stay: "no" leading into words ("rent 500 food 200, no car"); a bound said with
"up to" or "close to" a hundred ("up to hundred a month", asked again); "for hundreds of"; a
figure with an item left out said after it and settled on ("1,250 if you include the 200 car
loan, but thats a debt so 1,050"); a table with every figure in it; a net pay paid every four
weeks (thirteen pays a year, no month's: left as it was read before).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a total or an item taken back by a bare "no" or "hang on"
    ("rent 500 food 150 so 640.. no 650", "en", "expenses", "650"),
    ("mortgage 700 food 300 bills 200 so 1,200.. hang on thats 1,150", "en", "expenses",
     "1150"),
    ("rent 480 gas 70, no, 75", "en", "expenses", "555"),
    # number words typed by voice as words that sound alike
    ("rent for hundred and twenty food to hundred voice typing", "en", "expenses", "620"),
    ("i take home too thousand and ate a month", "en", "income", "2008"),
    ("wages to thousand one hundred", "en", "income", "2100"),
    # a payslip's net pay line
    ("Gross £2,000 | Tax £200 | NI £90 | Net pay £1,710", "en", "income", "1710"),
    ("gross pay 2,400 pension 120 net pay 1,890", "en", "income", "1890"),
    # near misses that stay read as they were
    ("rent 500 food 200, no car", "en", "expenses", "500"),
    ("about six hundred, for hundred of it is rent", "en", "expenses", "600"),
    ("1,250 if you include the 200 car loan, but thats a debt so 1,050", "en", "expenses",
     "1050"),
    ("rent | 600\nfood | 200\ngas | 80", "en", "expenses", "880"),
    ("Rent £600 | Food £200 | Gas £80", "en", "expenses", "880"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # near misses: a bound, not a figure
    ("up to hundred a month on the bus", "en", "expenses"),
    ("i pay for hundreds of things", "en", "expenses"),
    # another figure if an item is counted in
    ("900, or 1,000 if you count the van, not sure it counts", "en", "expenses"),
    ("800 for me or 1,100 if you include my daughter", "en", "expenses"),
    ("950, or maybe thats with the van, less without", "en", "expenses"),
    # an item of a typed table left without its figure
    ("rent | 600\nfood | \ngas | 80", "en", "expenses"),
    ("Rent £600 | Water £— | Food £200", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
