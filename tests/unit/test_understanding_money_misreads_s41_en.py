"""English money misreads of rounds 31-59 (session 41), in words of our own: what is read, and
what is asked again.

Asked again: another source's figure (a letter, an app, a platform) the cardholder cannot
follow ("no idea how they worked that out") or that has not come in yet ("still pending"), no
figure of their own after it. Near misses that stay: their own figure said after it ("…, its
more like 1,150"), a source's figure said plainly ("the app says 1,080 a month"), the doubt
said before the figure ("no idea how they got it but the payslip says 1,420").
Asked again: an app's figure that "still has" a part in it, nothing worked out after.
Asked again: a figure then "but" a part of it with its own figure that is something else ("1.8k
but 300 of that is petrol money paid back"). Near misses that stay: the sum done after it ("…,
so 1,800"), a part said with no "but" ("1,500, 200 of that is tips").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # their own figure after a source's they cannot follow
    ("the letter says 1,210, no idea how they got that, its more like 1,150", "en", "expenses",
     "1150"),
    # a source's figure said plainly
    ("the app says 1,080 a month", "en", "expenses", "1080"),
    ("the app shows 950 earned this month", "en", "income", "950"),
    ("no idea how they got it but the payslip says 1,420", "en", "income", "1420"),
    # a part of the figure with the sum done, or said with no "but"
    ("2,100 but 300 of it is expenses, so 1,800", "en", "income", "1800"),
    ("1,500, 200 of that is tips", "en", "income", "1500"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # a source's figure not followed or not come in yet
    ("the council letter puts my outgoings at 1,210, no idea how they worked that out", "en",
     "expenses"),
    ("the app shows 950 earned but its still pending", "en", "income"),
    ("etsy shows 700 sold but its pending for 7 days and they keep 6%", "en", "income"),
    # an app's figure that still has a part in it
    ("my spending app says 1,250 but it still has the takeaways in, which arent essential", "en",
     "expenses"),
    # a part of the figure that is something else, after "but"
    ("1.8k but 300 of that is petrol money paid back", "en", "income"),
    ("1,100 a month but 90 of it is the gym", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
