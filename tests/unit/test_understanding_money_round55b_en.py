"""English money families of round 55 (a second lane), in words of our own: what is read, and
what is asked again.

Asked again: at the other debts, a kind of debt (the catalogue, klarna, a buy now pay later
one) named after a figure with no figure of its own: what it takes a month is unsaid.
Near misses that stay: a figure for each, one said to be paid off, a total named before its
parts, or the debts named as what the figures before are.
Asked again: another source's figure said with "but that includes" a part, nothing worked out
after it ("the app says 1,600 but that includes a refund of 150"): the own figure is unsaid.
Asked again: another person's figure the cardholder says is more or less ("he says 250, i
say more"); this month's and last month's figures said to vary, none taken.
Near misses that stay: the figure said to be taken or averaged after months that vary.
Read: another source's figure, then the real own one ("not my real spending which is 980").
Read: the own part said beside the whole, two figures ("950 is my half, the whole is 1,900"):
the part, never their sum. Near misses that stay: more figures, the total said as the own.
Read: the old job's pay and the new one's: the new one's where it is worked already, the old
one's where the new is still to come; asked again where neither is said.
Asked again: an item whose figure is not known yet, then "the rest is" a figure.
Near misses that stay: the rest said with every figure known.
Asked again: at the spending or the other debts, one figure said as a household's or several
people's together ("about 3k between the 5 of us", "for the household", "a joint loan, 240",
"we go halves"): the own part of it is unsaid.
Near misses that stay: the own part said ("i pay the lot", "i pay my half which is 120"), or
a figure of the own part beside the whole.
Read: at the spending, the spending named with its one figure in the last sentence after
sentences about the work ("window cleaner, 12 a house lol. my spending is 870"): the work's
prices and pay are no spending. Near misses that stay: items named in the sentences before,
and a thing's price by the piece, which may be bought ("slate is 25 a sheet"), asked again.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # near misses of a debt named with no figure
    ("klarna 25 and the catalogue 40", "en", "other_debts", "65"),
    ("car loan 150, the catalogue is paid off now", "en", "other_debts", "150"),
    ("all in 280, loans and clearpay", "en", "other_debts", "280"),
    ("Littlewoods 30, Studio 20, those are the catalogues", "en", "other_debts", "50"),
    # near misses of months that vary: one taken
    ("last month 1,300 this month 1,100, it varies, ill go with 1,200", "en", "expenses",
     "1200"),
    # the real own figure after another source's
    ("the council's form said 1,300, that was a guess, my actual outgoings are 980", "en",
     "expenses", "980"),
    # the own part beside the whole
    ("950 is my half, the whole flat is 1,900", "en", "expenses", "950"),
    ("the whole house costs 1,800, my share is 900", "en", "expenses", "900"),
    # near miss: more figures, the total is the own
    ("rent 500, my half of the bills 90, total 590", "en", "expenses", "590"),
    # the old job's pay and the new one's
    ("started at the warehouse on monday, old job paid 1,350, new one pays 1,520", "en",
     "income", "1520"),
    ("the new job starts in june, old job 1,350, new one 1,520", "en", "income", "1350"),
    # near miss of an item not known yet: every figure said
    ("rent 600, the rest is 400", "en", "expenses", "1000"),
    # near misses of a household's whole: the own part said
    ("1,500 for all of us and i pay the lot", "en", "expenses", "1500"),
    ("joint loan with my brother, i pay my half which is 120", "en", "other_debts", "120"),
    # the spending named last after the work
    ("window cleaner, 12 a house lol. my spending is 870", "en", "expenses", "870"),
    ("drove 300 miles for 150 on sunday. outgoings about 940 a month", "en", "expenses", "940"),
    # near miss: items before, the last the total
    ("rent 550. food 180. spending 730", "en", "expenses", "730"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # a kind of debt named with no figure
    ("car loan 150, the catalogue and klarna", "en", "other_debts"),
    ("credit union 60 plus a buy now pay later thing", "en", "other_debts"),
    # another source's figure including a part, nothing worked out
    ("the bank app says 1,600 but that includes a refund from my sister", "en", "expenses"),
    ("my statement shows 1,400 in but that includes 120 my son paid back", "en", "income"),
    # another's figure doubted
    ("my partner says the car costs me 250, i think its more. rent 600 on top", "en",
     "expenses"),
    # months that vary, none taken
    ("last month 1,300 this month 1,100, it goes up and down", "en", "expenses"),
    # the old job's pay and the new one's, when unsaid
    ("old job 1,350, new one 1,520", "en", "income"),
    # an item not known yet
    ("the nursery fees are tbc for september, the rest is 650", "en", "expenses"),
    # a household's whole, the own part unsaid
    ("about 3k between the 5 of us", "en", "expenses"),
    ("we go halves on the bills, 1,200 altogether", "en", "expenses"),
    ("a joint loan with my wife, 240 a month", "en", "other_debts"),
    # near miss of the spending named last: a thing's price by the piece before it
    ("roofer, slate is 25 a sheet. home spending 990", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
