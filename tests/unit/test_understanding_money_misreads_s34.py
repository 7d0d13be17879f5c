"""Money families misread in round 48, in words of our own.

A price by the weight ("95 a tonne", "40 a ton delivered") and a price spread over a term of
months ("3,600 over 60 months") are no month's figure, nor is a rate after the days or shifts it
was paid for ("did 14 days at 120"); "a ton" right after a figure is by the weight, not slang for
a hundred. Two items struck out together ("forget disney and prime", "scrap the gym & spotify")
both leave the list. A figure of two digits or more before what is spent on children ("car 150
kids clubs 60") is an item of a list run on, not a count of children ("2 kids school fees" still
counts them). In Hungarian the own part said after a whole and whom it is for ("a ház 300
összesen hármunkra, az én részem ebből 100") stands for the whole; a total shared "nem
fele-fele" is not halved; an item paid by the quarter or the year beside "a többi" (and "the
rest", "everything else") leaves the month's total to be worked out: asked again.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a price spread over months beside the month's payment
    ("new boiler on finance, 3,600 over 60 months, its 60 a month", "en", "other_debts", "60"),
    # items struck out together
    ("rent 600 / food 250 / disney 8 / prime 9 / gas 120. forget disney and prime", "en",
     "expenses", "970"),
    ("rent 600 food 250 gym 25 spotify 12, scrap the gym & spotify", "en", "expenses", "850"),
    # what is spent on the children, in a list run on
    ("mortgage 700 food 320 car 200 kids stuff 80", "en", "expenses", "1300"),
    ("rent 640 food 280 bus 60 kids school 40", "en", "expenses", "1020"),
    ("i pay 2 kids school fees, 300 a month", "en", "expenses", "300"),
    # the slang kept where it is money
    ("rent 500 and a ton on food", "en", "expenses", "600"),
    ("i can do a ton", "en", "counter", "100"),
    # the own part after the whole and whom it is for
    ("a ház 300 összesen hármunkra, az én részem ebből 100, kaja 60", "hu", "expenses", "160000"),
    ("a lakás 240 összesen, az én részem 120, rezsi 20", "hu", "expenses", "140000"),
    # halves, said so
    ("a barátommal ketten 300at költünk, fele-fele", "hu", "expenses", "150000"),
    # "the rest" with no item paid by the quarter
    ("rent 600, food 250, the rest is about 100", "en", "expenses", "950"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # a price by the weight, then the household's own list
    ("the skip hire is 95 a tonne, thats work. at home rent 450, food 220, phone 15", "en",
     "expenses"),
    ("gravel 40 a ton delivered, for the job. me, rent 500 food 250", "en", "expenses"),
    # a price spread over a term, no month's said
    ("a sofa 1,200 over 24 months", "en", "other_debts"),
    # a rate after the days or nights worked
    ("14 days at 120", "en", "income"),
    ("12 nights at 100 this month", "en", "income"),
    # shared, not by halves
    ("a barátommal ketten 300at költünk, nem fele-fele", "hu", "expenses"),
    # an item by the quarter or the year beside the rest
    ("a vizet negyedévente fizetem, 24-et, a többi havi 150", "hu", "expenses"),
    ("a biztosítás évente 36, a többi havi 140", "hu", "expenses"),
    ("water is 180 a quarter, the rest about 750", "en", "expenses"),
    ("car tax 190 a year, everything else 820", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
