"""Money families of round 34, mostly English, in words of our own: what is read, and what is asked
again.

Read: things counted with a word about them first ("2 new tyres", "2 black suits"); a month's figure
said first, then a part of it "of that"; the cardholder's own reckoning after "so really"; a later
figure said to be the likelier one ("70 is more realistic"); a payment beside a sum paid back by a
day; an overdraft's balance said with "is"; the own figure beside "his" or "hers"; a widow's pension
beside the own one; a phone's cost after its name; two ages side by side, the own half of what is
spent "between us"; the business's costs said in a sentence of their own; "fife" for five. Asked
again: paid by the go, the time or the class; every other Friday; months of two kinds, the second
said with "when"; term time beside the holidays; only what the amount used to be; a sum borrowed to
be paid back by a day; a plan's figure changed by so much.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # things counted with a word about them first
    ("i look after 2 old ladies on my round, rent 500 food 150", "en", "expenses", "650"),
    ("had 2 old fillings redone, spending is 880", "en", "expenses", "880"),
    # a month's figure first, then a part of it "of that"
    ("roughly 1,300, the mortgage alone is 650 of that", "en", "expenses", "1300"),
    ("fourteen hundred, rent is 800 of it", "en", "expenses", "1400"),
    # the cardholder's own reckoning after "so really"
    ("1,600 but the council gives back 200 of it so really its 1,400", "en", "expenses", "1400"),
    ("2,100 and the pension takes 90 so really 2,010", "en", "income", "2010"),
    # the later figure said to be the likelier one
    ("i thought 120 but 90 is more realistic", "en", "counter", "90"),
    ("maybe 60, no, 45 would be safer", "en", "counter", "45"),
    # a payment beside a sum to be paid back by a day
    ("my sister lent me 800, i give her 80 a month, pay it all back by may", "en", "other_debts",
     "80"),
    # an overdraft's balance said with "is" beside what is paid on it
    ("overdraft is 1,500, i pay 20 interest and 40 off it a month", "en", "other_debts", "60"),
    # another's figure said with "his" or "hers" beside the own
    ("his wage is 2,300, mine is 1,050", "en", "income", "1050"),
    ("hers is 900 and mine is 1,250", "en", "income", "1250"),
    # a phone's monthly cost after its name, past any model's number
    ("iphone 41, loan 120", "en", "other_debts", "161"),
    # two ages side by side; the own half of what is spent "between us"
    ("me 66 her 69, we spend 1,400 between us and i put my half in, 700", "en", "expenses", "700"),
    # the business's costs in a sentence of their own, the home's after
    ("the cafe's costs go through the business, about 3k. at home its 1,250", "en", "expenses",
     "1250"),
    ("a műhely költségei a cégen mennek, 400 körül. otthon 230", "hu", "expenses", "230000"),
    # a short number word mistyped
    ("eight hundred and sixty fife", "en", "expenses", "865"),
    # a widow's pension beside the own one, the late husband's named: both are the cardholder's
    ("bereavement support 350 and my own pension 800, his stopped in june", "en", "income",
     "1150"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # paid by the go, the time, the class
    ("swimming 6 a go, rent 600", "en", "expenses"),
    ("the cleaner is 20 a time and food 250", "en", "expenses"),
    ("yoga 9 a class plus rent 700", "en", "expenses"),
    # every other friday
    ("i could do 30 every other friday", "en", "counter"),
    ("25 every second monday", "en", "counter"),
    # the same as a plan's figure, changed by so much
    ("same as the 24 month option but 15 less", "en", "counter"),
    ("ugyanannyi, mint a 6 hónapos, csak 3 ezerrel több", "hu", "counter"),
    ("跟24期那个方案一样 但是少两百", "zh", "counter"),
    # a cost shared "between us", the own part not said
    ("rent 900 between us, food 250", "en", "expenses"),
    # months of two kinds, the second said with "when"
    ("around 900 in the months im on site, 1,300 when im home", "en", "expenses"),
    # term time beside the holidays
    ("about 1,000 in term time but more in the school holidays", "en", "expenses"),
    # only what it used to be
    ("my pay used to be 1,450 before the contract changed", "en", "income"),
    # a sum borrowed, to be paid back by a day
    ("borrowed 400 off my mate, he wants it back by christmas", "en", "other_debts"),
    ("the pawn shop gave me 250, i have to pay it back by april", "en", "other_debts"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
