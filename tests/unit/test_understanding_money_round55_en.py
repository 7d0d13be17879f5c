"""English money families of round 55, in words of our own: what is read, and what is asked
again.

Asked again: after the last figure, that the figure of now is not known ("not sure what my
part is now", "hard to say at the moment", "not sure exactly yet", "not sure whats left"): the
figure said is an old one, a coming one or a whole of which the own part is unsaid.
Near misses that stay: the words said before the figures, a figure after them ("not sure what
counts, so rent 600 food 200"), and a plain figure with no such words.
Read: at the other debts, the pay a payment is taken from, named beside its figure ("35 off my
wages", "45 on my payslip for the student loan") is where the payment comes from, no income
said beside it: the figure is a payment, added to the others.
Near misses that stay: a pay's own figure said after the words ("out of my salary of 1,500") or
with "are" ("my wages are 1,400") is still the pay's, no payment.
Asked again: a share of the own pay said with its figure and not worked out ("on half pay, 50%
of my usual 1,900", "70 percent of my normal wage of 1,500"): what it comes to is unsaid.
Near misses that stay: the share said with no figure of the whole, the own figure beside it
("1,320 now, thats 80 percent of my usual").
Read: after a payslip's net pay, another figure said to be taken ("… but 1,480.40 reaches the
bank after the pension, call it 1,480.40"): what lands, not the payslip's line.
Near misses that stay: the net pay with no figure said to be taken after it is the payslip's.
Asked again: at the spending, a figure that comes in, then the spending said as a part of it
("1,500 comes in and we spend most of it"): how much is unsaid.
Near misses that stay: what the part goes on ("… i spend most of it on rent"), or a figure for
the spending after it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # near misses of the figure of now not known: figures said after the words
    ("not sure what you class as essential, so rent 650 and food 220", "en", "expenses",
     "870"),
    ("no idea what the old one was, the new loan is 85", "en", "other_debts", "85"),
    ("my wage is 1,450 after tax", "en", "income", "1450"),
    # the pay a payment is taken from
    ("the union loan 35 off my wages and the catalogue 20", "en", "other_debts", "55"),
    ("student loan 45 on my payslip, and klarna 25", "en", "other_debts", "70"),
    # near misses that stay read as they were
    ("work loan 80 out of my salary of 1,500", "en", "other_debts", "80"),
    ("my wages are 1,400 and the loan is 90", "en", "other_debts", "90"),
    # near misses of a share not worked out: the whole's figure not said
    ("1,320 now, thats 80 percent of my usual", "en", "income", "1320"),
    ("on sick pay, 80% of my normal, comes to 1,320", "en", "income", "1320"),
    # a figure taken after the payslip's net pay
    ("net pay 1,512.40 but 1,480.40 reaches the bank after the pension, call it 1,480.40",
     "en", "income", "1480.40"),
    # near misses that stay read as they were
    ("Gross £2,100 | Tax £210 | NI £95 | Net pay £1,795", "en", "income", "1795"),
    # near misses of the spending said as a part of a figure
    ("spent 1,150 last month, we spend most of it on the mortgage", "en", "expenses", "1150"),
    ("my take home is 1,250 and i go through nearly all of that, about 1,200", "en",
     "expenses", "1200"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # the figure of now not known, after the last figure
    ("2,100 for the whole flat, my sister pays some, not sure what my share is now", "en",
     "expenses"),
    ("when the lodger leaves it'll be 780, at the moment hard to say", "en", "expenses"),
    ("the new contract pays more than my old 1,250 but im not sure exactly", "en", "income"),
    ("my credit report says 175 but the phone one ended, no idea whats left", "en",
     "other_debts"),
    # a share of the own pay not worked out
    ("on half pay at the moment, 50% of my usual 1,900", "en", "income"),
    ("statutory sick pay now, 70 per cent of my normal wage of 1,500", "en", "income"),
    # the spending said as a part of what comes in
    ("about 1,500 comes in and we spend most of it", "en", "expenses"),
    ("the wage is 1,320 after tax and i get through nearly all of that", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
