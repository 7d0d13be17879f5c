"""English money families of round 58, in words of our own: what is read, and what is asked
again.

Read: a figure of someone outside the household or of people in general said only to set the
own beside it ("my neighbour pays 900 for the same house, im on 750", "the average household
is 2,400, were 2 and its 1,300", "what my sister earns, 2,600. i get 1,900"): the own figure,
the other's and a head count left out.
Asked again: only the other's or the average figure said ("the average single person spends
1,300 i read, no idea what mine is").
Near misses that stay: a debt to a mate ("car loan 180 and my mate 40"), one lent by a friend
("my friend lent me 500, i pay her 50 a month"), a friend in the own story ("my friend is
staying so food is 250").
Read: a wished or hypothetical figure, then the one as it is ("if i got the promotion id be on
2k, as it is 1,700", "i want it down to 800 but right now its 950", "if i moved in with my gran
id pay 200 but im not, its 650"): the one as it is.
Near misses that stay: a figure said "right now" with no wish before it ("id say 1,200 right
now, normally 850" stays as it was read).
Asked again: only a figure needed or wished for ("id need 1,600 a month to get by", "i want to
save 150 so id have to keep it to 800").
Near misses that stay: an offer liked at the counter ("id like to pay 40").
Read: a figure put to the person by a site, a leaflet, an advert, a course or a lender, or asked
of them by someone, beside their own ("the leaflet said earn 2k a month. i earn 1,200", "my son
asked for 40 for a trip, rent 500 food 200", "a loan firm keeps offering me 800, i just pay the
catalogue 30", "my dad wants 80 a month back, ive been doing 40"): their own.
Near misses that stay: an app's or a letter's figure as the own month ("the letter says 412.80
a month"), a figure asked of them with nothing else said.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # another's or the average figure beside the own
    ("my neighbour pays 900 for the same house, im on 750", "en", "expenses", "750"),
    ("the average household is 2,400 apparently. were 2 and its 1,300", "en", "expenses",
     "1300"),
    ("what my sister earns, 2,600. i get 1,900", "en", "income", "1900"),
    ("my pal pays 300 on his cards, mine is just the catalogue 40", "en", "other_debts", "40"),
    ("my colleague pays 25 a month on hers, ill do 20", "en", "counter", "20"),
    ("my workmate spends 250 on food, im at 150 food and 500 rent", "en", "expenses", "650"),
    # a mate's debt, a friend's loan, a friend in the own story
    ("car loan 180 and my mate 40", "en", "other_debts", "220"),
    ("my friend lent me 500, i pay her 50 a month", "en", "other_debts", "50"),
    ("rent 600, my friend is staying so food is 250", "en", "expenses", "850"),
    # a wish or a hypothetical, then the figure as it is
    ("if i got the promotion id be on 2k, as it is 1,700", "en", "income", "1700"),
    ("i want it down to 800 but right now its 950", "en", "expenses", "950"),
    ("if i moved in with my gran id pay 200 but im not, its 650", "en", "expenses", "650"),
    ("if i had a job id pay 60, as it is 25", "en", "counter", "25"),
    # an offer liked at the counter
    ("id like to pay 40", "en", "counter", "40"),
    # a figure put to the person or asked of them, beside their own
    ("the leaflet said earn 2k a month. i earn 1,200", "en", "income", "1200"),
    ("my son asked for 40 for a trip. rent 500 food 200", "en", "expenses", "700"),
    ("a loan firm keeps texting, the lender is offering 800. i just pay the catalogue 30", "en",
     "other_debts", "30"),
    ("my cousin wants to borrow 300, no chance. loan 90", "en", "other_debts", "90"),
    ("my dad wants 80 a month back, ive been doing 40", "en", "other_debts", "40"),
    # what someone wants, nothing paid instead: the payment
    ("i owe my uncle 900, he wants 60 a month", "en", "other_debts", "60"),
    # an app's or a letter's figure as the own month
    ("the letter says 412.80 a month", "en", "income", "412.80"),
    ("budget app says 1,118.20 out this month", "en", "expenses", "1118.20"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # only the other's or the average figure
    ("the average single person spends 1,300 i read, no idea what mine is", "en", "expenses"),
    ("my mate gets 2,000 at the warehouse, wish i did", "en", "income"),
    # only a figure needed or wished for
    ("id need 1,600 a month to get by", "en", "income"),
    ("i want to save 150 so id need to keep it to 800", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
