"""English money families of round 59 left after its first lane, in words of our own: what is
read, and what is asked again.

Read: at the other debts, nothing said beside a debt said cleared and the run of payments made
on it ("0, paid the van off, 2 years of 180 a month done"): nothing, the old payments are no
debt now. Near miss: a run still to go on a debt not cleared ("loan 180, 2 years of it to
go"), read as before.
Read: a figure asked about with two or more question marks ("720. is it enough??"): the
figure. Near miss: an item named with "??" in place of its figure ("rent 500 food ??"), asked
again.
Read: at the counter, the own pay said after the offer ("30, im on 1,100 a month"): the offer.
Near miss: the pay said first, the offer worked out from it, read as before.
Read: a figure first thought of and dropped ("25. was gonna say 40 but no"): the figure kept.
Near miss: the dropped figure alone ("was gonna say 40"), asked again.
Read: at the counter, the minimum named by its figure with "the" ("the 42 minimum, thats my
lot"): it. Near miss: "42 minimum" without "the", a floor, asked again.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the run of payments on a debt cleared
    ("0, paid the van off, 2 years of 180 a month done", "en", "other_debts", "0"),
    ("0 now, paid off the sofa, 18 months of 45", "en", "other_debts", "0"),
    ("0 cleared the loan last month, 3 yrs of 130 paid", "en", "other_debts", "0"),
    # a figure asked about
    ("720. is it enough??", "en", "expenses", "720"),
    ("640 does that sound right???", "en", "expenses", "640"),
    ("25. is that ok??", "en", "counter", "25"),
    # the pay after the offer; the pay first
    ("30, im on 1,100 a month", "en", "counter", "30"),
    ("45. i take home 1,350", "en", "counter", "45"),
    ("i earn 1,300 spend 1,200 so 100 spare, ill offer 70", "en", "counter", "70"),
    # a figure first thought of and dropped
    ("25. was gonna say 40 but no", "en", "counter", "25"),
    ("was going to offer 70 but 55 is safer", "en", "counter", "55"),
    # the minimum named by its figure
    ("the 42 minimum, thats my lot", "en", "counter", "42"),
    # a debt not cleared
    ("loan 180 a month, 2 years of it to go", "en", "other_debts", "180"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # an item waiting for its figure
    ("rent 500 food ??", "en", "expenses"),
    # the dropped figure alone; a floor
    ("was gonna say 40", "en", "counter"),
    ("42 minimum, thats my lot", "en", "counter"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
