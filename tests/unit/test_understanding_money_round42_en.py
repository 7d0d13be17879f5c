"""English money families of round 42, in words of our own: what is read, and what is asked again.

Read: a round whole less a small gap said after it ("a grand minus fifty i reckon"); an item's
figure said as the one before it again ("water 30 and the phone about the same"); the Scots
"thoosand" and its "an" ("a thoosand an forty"); a psalm, a courtroom, a wheel's size or a
shift's clock start beside the month's figure ("psalm 23", "court 7", "26 inch tyres", "an 8.15
start"); the work counted by its windows, or things counted by the shift ("9 windows", "200
burgers a shift"); the payments to go said after the plan's whole term ("6 years, 3 to go");
children's ages joined by "n" ("aged 4 n 9"); "not a bean" for nothing; a lender whose name is a
word for nothing, said with what it takes ("zilch takes about 20 a month").
Asked again: one thing's price sold ("a dining chair sells for 120"); a weekday's takings
("sunday takings about 450"); whatever a lender takes, each time its own; a rate by the metre or
by the wash ("40 a metre", "5.20 a wash").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a round whole less a small gap said after it
    ("fifteen hundred less forty a month", "en", "expenses", "1460"),
    ("a grand minus fifty i reckon", "en", "income", "950"),
    # an item's figure said as the one before it again
    ("water 30 and the phone about the same, rent 600", "en", "expenses", "660"),
    # the Scots "thoosand" and its "an"
    ("a thoosand an forty a month", "en", "expenses", "1040"),
    # a psalm, a courtroom, a wheel's size, a shift's clock start
    ("organist, psalm 23 on sunday. i spend about 910", "en", "expenses", "910"),
    ("clerk in court 7 most days, outgoings 1,040", "en", "expenses", "1040"),
    ("fitting 26 inch tyres all week. rent 480 food 150", "en", "expenses", "630"),
    ("an 8.15 start every day. outgoings 990", "en", "expenses", "990"),
    # the work counted by its windows, things counted by the shift
    ("did 9 windows for the new shop, rent 500 bills 120", "en", "expenses", "620"),
    ("about 200 burgers a shift. my spending is 870", "en", "expenses", "870"),
    # the payments to go after the plan's whole term
    ("dmp 95 a month, 6 years, 3 to go", "en", "other_debts", "95"),
    ("car loan 180, 48 months, 20 to go", "en", "other_debts", "180"),
    # children's ages joined by "n"
    ("950 all in, kids aged 4 n 9", "en", "expenses", "950"),
    # nothing at all, and a lender named by a word for nothing
    ("not a bean", "en", "other_debts", "0"),
    ("zilch takes about 20 a month", "en", "other_debts", "20"),
]

#: (text, language, question): asked again
ASKED_AGAIN = [
    # one thing's price sold, a weekday's takings
    ("a dining chair sells for 120, i spend about 1,000", "en", "expenses"),
    ("sunday takings about 450", "en", "income"),
    # whatever a lender takes, each time its own
    ("whatever zilch takes that month", "en", "other_debts"),
    # a rate by the metre or by the wash
    ("i charge 40 a metre for fencing", "en", "income"),
    ("5.20 a wash at the launderette", "en", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
