"""English money families of rounds 31-55 left misread (a fourth lane), in words of our own:
what is read, and what is asked again.

Asked again: at the pay, the spending or the offer, a figure said to hold only while something
lasts ("when the play is on 1,300 but it ends in may"): how long, and the month after, are
unsaid. Near misses that stay: the figure with nothing said against it ("when the play is on
1,300"), a figure now and another later ("50 now and 80 once the season starts": the first).
Asked again: an offer for the season and another out of it ("in season i can do 120 a month,
out of it 30"). Near miss that stays: the season named beside one offer.
Asked again: at the spending, an item named last with no figure, then said forgotten or not
known ("water... forgot", "petrol - idk"); at the other debts, a debt's payment to be confirmed
("the gas arrears tbc"). Near misses that stay: the item's figure said ("bus pass 65 i
forgot"), no item left bare ("food 200, idk"), every debt with its figure.
Asked again (no longer the last debt alone): at the other debts, a payment said "a month" in a
clause with a balance's word ("catalogue 40 a month left on the sofa, plus klarna 15"): it is
no balance to leave out. Near misses that stay: a balance in a clause of its own beside a
payment ("i still owe 900 on the sofa, catalogue 40 a month"), a balance alone.
Asked again: at the pay, a salary named with a figure in the tens of thousands, however written
("my salary is 26k", "salary of about 25,000", "my salary's twenty four thousand"): a year's.
Near misses that stay: a month's salary ("my salary is 1,900"), the month said beside it.
Asked again: at the pay or the spending, a sum in thousands said over a course, a term or
several months ("the grant is 12k over 9 months", "about 6k over the course"). Near misses that
stay: the month's figure said after it, a figure over one month.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # near misses of a figure held only for a while
    ("when the play is on 1,300", "en", "expenses", "1300"),
    ("40 now and 70 once the harvest starts", "en", "counter", "40"),
    ("1,200 now, was 1,000 when i started", "en", "income", "1200"),
    # near miss of an offer by the season
    ("in the season i can do 120", "en", "counter", "120"),
    # near misses of an item left without its figure
    ("rent 600, bus pass 65 i forgot", "en", "expenses", "665"),
    ("rent 600 food 200, idk", "en", "expenses", "800"),
    ("catalogue 30, the loan 50", "en", "other_debts", "80"),
    # near miss of a payment in a balance's clause
    ("i still owe 900 on the sofa, catalogue 40 a month", "en", "other_debts", "40"),
    # near misses of a year's salary
    ("my salary is 1,900", "en", "income", "1900"),
    ("my salary is 24,000 but i take home 1,650 a month", "en", "income", "1650"),
    # near misses of a sum over a course
    ("my grant is 20,000 over 10 months, so 2,000 a month", "en", "income", "2000"),
    ("about 1,100 over the month", "en", "expenses", "1100"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # a figure held only while something lasts
    ("when the play is on 1,300 but it ends in may", "en", "expenses"),
    ("when my lodger is here 950 but hes off in june", "en", "expenses"),
    ("when im on the boats 2,100 but the contract is up soon", "en", "income"),
    # an offer for the season and another out of it
    ("in season i can do 120 a month, out of it 30", "en", "counter"),
    # an item left without its figure, forgotten or to be confirmed
    ("rent 550 gas 40 water... forgot", "en", "expenses"),
    ("bills 90, food 200, petrol - idk", "en", "expenses"),
    ("court fine 15, the gas arrears tbc", "en", "other_debts"),
    ("loan 60 and the overdraft plan tba", "en", "other_debts"),
    # a payment said a month in a balance's clause, beside another debt
    ("catalogue 40 a month left on the sofa, plus klarna 15", "en", "other_debts"),
    ("the car has 3,000 left on it", "en", "other_debts"),
    # a salary in the tens of thousands: a year's
    ("my salary is 26k", "en", "income"),
    ("salary of about 25,000", "en", "income"),
    ("my salary's twenty four thousand", "en", "income"),
    # a sum in thousands over a course, a term or several months
    ("the grant is 12k over 9 months", "en", "income"),
    ("ill spend about 6k over the course", "en", "expenses"),
    ("4,500 over the term", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
