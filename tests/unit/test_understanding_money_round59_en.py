"""English money families of round 59, in words of our own: what is read, and what is asked
again.

Read: a pay's gross figure said after its take-home ("1,480 net, 1,900 gross", "take home 1,320
and 1,700 gross"): the take-home.
Near misses that stay: a gross figure alone ("1,900 gross"), asked again; a gross said before
the take-home ("1,900 gross, net is 1,480"), read as before.
Read: another person's figure said just before the own named "mine" ("his 1,900 mine 1,100",
"hers is 1400, mine 950"): the own.
Read: an age in brackets after a person ("the eldest (17) pays his own phone", "me (34) and 2
kids"): no money, left out. Near miss: a price in brackets after a thing ("phone (25)").
Read: a small number of pets counted before the figure ("got 2 rabbits and 3 hens, 870 a
month"): no money, left out.
Read: a k typed apart after a decimal ("1.2 k a month"): thousands. Near miss: a whole "2 k"
stays as it was read (it may be an "ok").
Read: an item struck out by its figure ("forget the 30 for the gym", "scrap the 20 netflix"):
the list without it, wherever the figure was said.
Read: the own spending said as a figure of the pay said before ("the stall pays 1,300 and i
spend 1,000 of it"): the spending. Near miss: "i spend most of it", no figure, asked again.
Asked again: at the other debts, a debt's name and one bare figure in the thousands, or an
overdraft's figure ("car finance 7,000", "my loan is 4 grand", "overdraft 900"): a balance.
Near misses that stay: a payment-sized figure ("loan 180"), a figure said a month ("car
finance 210 a month").
Asked again: the spending now beside a rise to come that is not sized ("750 now but the rent
is going up in may, dont know how much yet"). Near miss: a rise said to be small ("750 a
month, rents going up next year but not by much").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the gross after the take-home
    ("1,480 net, 1,900 gross", "en", "income", "1480"),
    ("take home 1,320 and 1,700 gross", "en", "income", "1320"),
    ("1,900 gross, net is 1,480", "en", "income", "1480"),
    # another's figure before the own "mine"
    ("his 1,900 mine 1,100", "en", "income", "1100"),
    ("hers is 1400, mine 950", "en", "income", "950"),
    ("the wifes 800 n mine 1,250", "en", "expenses", "1250"),
    # an age in brackets, a price in brackets
    ("950 for us, the eldest (17) pays his own phone", "en", "expenses", "950"),
    ("me (34) and 2 kids, 1,150 a month", "en", "expenses", "1150"),
    ("rent 500 phone (25)", "en", "expenses", "525"),
    # pets counted
    ("got 2 rabbits and 3 hens, 870 a month", "en", "expenses", "870"),
    ("3 guinea pigs lol. 640 all in", "en", "expenses", "640"),
    # a k apart after a decimal
    ("1.2 k a month", "en", "expenses", "1200"),
    ("1.5 k, give or take", "en", "income", "1500"),
    # an item struck out by its figure
    ("rent 600 food 200 gym 30 forget the 30 for the gym", "en", "expenses", "800"),
    ("rent 600 food 200 scrap the 20 netflix, cancelled it", "en", "expenses", "800"),
    # the spending said as a figure of the pay
    ("the stall pays 1,300 and i spend 1,000 of it", "en", "expenses", "1000"),
    ("get 1,300, spend about 1,000 of that", "en", "expenses", "1000"),
    # a payment-sized figure beside a debt's name
    ("loan 180", "en", "other_debts", "180"),
    ("car finance 210 a month", "en", "other_debts", "210"),
    # a rise said to be small
    ("750 a month, rents going up next year but not by much", "en", "expenses", "750"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # a gross figure alone
    ("1,900 gross", "en", "income"),
    # the spending a part of the pay, no figure for it
    ("take home 1,300, i spend most of it", "en", "expenses"),
    # a balance beside a debt's name
    ("car finance 7,000", "en", "other_debts"),
    ("my loan is 4 grand", "en", "other_debts"),
    ("overdraft 900", "en", "other_debts"),
    # a rise to come, not sized
    ("750 now but the rent is going up in may, dont know how much yet", "en", "expenses"),
    ("950, landlord putting it up soon, he hasnt said how much", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
