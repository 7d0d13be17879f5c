"""English money families of round 57 (second lane), in words of our own: what is read, and
what is asked again.

Asked again: at the other debts, the whole answer one sum of thousands said to be on a thing
("roughly 9,500 on the van", "3k on my loan"): what is owed on it, no month's payment.
Near misses that stay: a smaller figure on a thing ("120 on the van"), the mortgage at any size,
the balance beside a month's payment.
Asked again: the other items' or debts' figures said to be on a paper not at hand ("klarna 30
and the other ones on the statement", "rent 600, the rest are in the app").
Near misses that stay: the other one's figure said ("klarna 30 and the other one 45").
Read: a figure for a span other than a month worked out by the person to the month's right
after it ("boiler cover 300 a year so 25 a month", "gas 120 a quarter which i make 40 a month",
"the plan is 90 every 4 weeks, they worked it out at 97.50 a month"): the month's is taken and
the other items beside it still added.
Near misses that stay: a year's figure with no month's worked out beside other items.
Read: at the end, the person saying they leave out the thing just named ("the tips vary and i
dont count them", "the tv licence 170 is yearly, i dont count that"): the figure before is the
answer.
Near misses that stay: a thing named as not included in the figure ("1,100 but that doesnt
count the car").
Read: a figure the bot said back or has on file, corrected right after it ("you have me down
as 1,100, its 1,180 now", "you said 60, its 65 actually"): the corrected figure.
Near misses that stay: the bot's figure agreed to ("you said 1,200, thats right").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a payment on a thing, small enough to be the month's; the mortgage at any size
    ("120 on the van", "en", "other_debts", "120"),
    ("1,150 on the mortgage", "en", "other_debts", "1150"),
    # the balance beside a month's payment
    ("roughly 9,500 on the van, 210 a month", "en", "other_debts", "210"),
    # the other one's figure said
    ("klarna 30 and the other one 45", "en", "other_debts", "75"),
    # a figure of another span worked out to the month's, items beside it
    ("boiler cover 300 a year so 25 a month, rent 410, food 190", "en", "expenses", "625"),
    ("rent 480, gas 120 a quarter which i make 40 a month", "en", "expenses", "520"),
    ("the plan is 90 every 4 weeks, they worked it out at 97.50 a month", "en", "other_debts",
     "97.50"),
    ("2 lots of 3,000 a year from the trust so 500 a month, plus wages 900", "en", "income",
     "1400"),
    # the thing just named left out by the person
    ("wages 1,260, the tips vary and i dont count them", "en", "income", "1260"),
    ("980 a month. the tv licence 170 is yearly, i dont count that", "en", "expenses", "980"),
    # the bot's figure corrected
    ("you have me down as 1,100, its 1,180 now", "en", "expenses", "1180"),
    ("you said 60 for the loan, its 65 actually", "en", "other_debts", "65"),
    # the bot's figure agreed to
    ("you said 1,200, thats right", "en", "income", "1200"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # one sum of thousands on a thing, no month said
    ("roughly 9,500 on the van", "en", "other_debts"),
    ("3k on my loan", "en", "other_debts"),
    # the others' figures on a paper not at hand
    ("klarna 30 and the other ones on the statement", "en", "other_debts"),
    ("rent 600, the rest are in the app", "en", "expenses"),
    # a year's figure with no month's worked out, beside other items
    ("boiler cover 144 a year, rent 610, food 190", "en", "expenses"),
    # the figure said not to include a thing
    ("1,100 but that doesnt count the car", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
