"""English money families of round 54, in words of our own: what is read, and what is asked
again.

Read: a budget form's summary copied with its lines labelled ("spent 950 | budget 1,000 | under
by 50", "Income 1,250, Expenditure 1,190, Surplus 60", "income 1,480 and disposable income 95")
is the line asked, the spending's or the income's: the other lines are what is left or measured
against, no items to add.
Another person's figure said in its clause to be kept apart from the own ("my wifes 1,700 is
separate", "his pension 800 goes to him", "the 300 from her job she keeps", "her own loan 90 but
thats hers") is no part of the own income or debts, where a figure of the own is said; alone,
whose own is unsaid, it is asked again.
At the income, one figure said as two people's together ("we both work", "joint claim",
"between us", "household income", "together we earn") is asked again: the own part is unsaid.
The others one shares a home with, counted before their word ("me and my 2 flatmates", "my 3
housemates") are no money.
At the offer, a figure said against a plan named before it by "than that" ("the 6 month plan is
a lot, how about 30 less than that") is asked again: what it comes to is not said.
A figure said only for four weeks ("spent 900 over the last four weeks", "1,200 for the 4 weeks
up to payday") is asked again: four weeks are no calendar month.
Near misses that stay: lines with no line of what is left or measured against ("income 1,480,
outgoings 1,300") are read as before, and so is a spending said over its budget with one figure;
"is separate" with no person named ("the child benefit 100 is separate") keeps its figure, money
kept by "they" is an employer's keep ("wage 1,600, they keep 150 for the room"), and a debt
paid back that "goes to him" is a payment; one person's incomes together ("state pension and my
works pension together") and the own pay paid into a joint account are read, and so is the own
part said beside the couple's ("… between us, mine is 1,150").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a budget form's summary: the line asked
    ("budget sheet: spent 950.40 | budget 1,000.00 | under by 49.60", "en", "expenses",
     "950.40"),
    ("from the money advice form:\nIncome £1,250.00\nExpenditure £1,190.00\nSurplus £60.00",
     "en", "expenses", "1190"),
    ("from the money advice form:\nIncome £1,250.00\nExpenditure £1,190.00\nSurplus £60.00",
     "en", "income", "1250"),
    ("the form says income 1,480 and disposable income 95", "en", "income", "1480"),
    # near misses that stay read as they were
    ("income 1,480, outgoings 1,300", "en", "expenses", "1300"),
    ("spent 1,300 last month, over budget", "en", "expenses", "1300"),
    # another person's figure kept apart
    ("1,500 a month from the bakery, my wifes 1,700 is separate", "en", "income", "1500"),
    ("mine is 1,200, his pension 800 goes to him", "en", "income", "1200"),
    ("1,100 from the care home, the 300 from her job she keeps", "en", "income", "1100"),
    ("dmp 45 for me, and she has her own loan 90 but thats hers", "en", "other_debts", "45"),
    # near misses that stay read as they were
    ("1,400 wage and the child benefit 100 is separate", "en", "income", "1500"),
    ("wage 1,600, they keep 150 for the room so i get 1,450", "en", "income", "1450"),
    ("car loan 150 and my brother 50 a month, goes to him on the 1st", "en", "other_debts",
     "200"),
    ("state pension and my works pension together are 1,200", "en", "income", "1200"),
    ("my wage 1,400 goes into the joint account", "en", "income", "1400"),
    ("we get 2,900 between us, mine is 1,150", "en", "income", "1150"),
    # the others one shares a home with, counted
    ("me and my 2 flatmates, my share of the rent is 450 and bills 40", "en", "expenses", "490"),
    ("i live with my 3 housemates, rent 400 food 120", "en", "expenses", "520"),
    # near misses that stay read as they were
    ("i can do 100 a month, the plan is too much", "en", "counter", "100"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # another person's figure alone
    ("his 1,900 is separate", "en", "income"),
    # a couple's income with the own part unsaid
    ("household income is 3,100, we both work", "en", "income"),
    ("we get 2,100 a month between us", "en", "income"),
    ("me and my wife, joint claim, 1,650 UC", "en", "income"),
    ("together we earn about 3k", "en", "income"),
    # a figure said against a plan named before it
    ("the 6 month plan is a lot, how about 30 less than that", "en", "counter"),
    ("your offer is too high for me, 20 under than that", "en", "counter"),
    # a figure said only for four weeks
    ("spent 900 over the last four weeks", "en", "expenses"),
    ("my banking app says 1,200 for the 4 weeks up to payday", "en", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
