"""English money families of round 51 (a second lane) and misreads left from rounds 48 to 50, in
words of our own: what is asked again, and what is still read.

Asked again: every figure said in euros or dollars by the word, nothing in pounds ("i get 700
dollars a month"), or the payer said to pay in them ("the agency pays me in euros, 1,800 a
month"): nobody converts for the cardholder.
Other items' figures not remembered or left to add up ("2 catalogue things, cant remember the
amounts", "gym 30 and another one i dont remember", "rent 500, the rest id have to look up"): the
figures said are only part of the answer.
Read: the last figure after "so i get" when it is the first with the others taken off ("wage
1,700, they keep 200 for the bunk so i get 1,500"); what is drawn after takings said with "were"
or "was" ("takings were 5k but i took 1,200 for me").
An item in euros or dollars worked out in pounds in a list ("rent 800 euros which is about 690
quid, food 200"): the item once, in pounds. A debt said to be another's, then the own led by
"mine is just" or "personally only" ("the car loan 200 is my dads, mine is just the card at 30"):
the own alone.
A debt's balance said as what is "left on it" ("car finance with 2,000 left on it"): no
month's payment, asked again.
Near misses that stay read: a currency word taken back for pounds ("1,000 euro sorry pounds"), a
figure in euros worked out in pounds ("800 dollars, so about 630 pounds"); paying in cash; a
memory of something else than the items ("i dont remember what the rent was before, its 600
now").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    ("1,000 euro sorry pounds, force of habit", "en", "expenses", "1000"),
    ("i get 800 dollars, so about 630 pounds", "en", "income", "630"),
    ("they pay me in cash, 1,200 a month", "en", "income", "1200"),
    ("i dont remember what the rent was before, its 600 now", "en", "expenses", "600"),
    ("rent 500 food 200, i need to cut back", "en", "expenses", "700"),
    # "so i get" the first with the others taken off; drawn after takings that were
    ("wage 1,700, they keep 200 for the bunk so i get 1,500", "en", "income", "1500"),
    ("pay 2,000, 150 comes off for the van so we clear 1,850", "en", "income", "1850"),
    ("takings was 5k but i took 1,200 for me", "en", "income", "1200"),
    # an item in euros worked out in pounds; the own debts after another's
    ("rent 800 euros which is about 690 quid, food 200, bus 40", "en", "expenses", "930"),
    ("loan 1,000 dollars so about 790 pounds, phone 20, gym 15", "en", "other_debts", "825"),
    ("the car loan 200 is my dads, mine is just the card at 30", "en", "other_debts", "30"),
    ("the van 300 is the firms not mine, personally only the overdraft 20", "en", "other_debts",
     "20"),
    # near misses: one's own debt said as such, both added
    ("the car loan 200 is mine, and the overdraft 20", "en", "other_debts", "220"),
    # near misses: the month's payment said beside what is left on it
    ("car finance 150 a month with 2k left on it", "en", "other_debts", "150"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # every figure in euros or dollars, or paid in them
    ("i get 700 dollars a month", "en", "income"),
    ("the contract is 2,000 euros a month", "en", "income"),
    ("the agency pays me in euros, 1,800 a month", "en", "income"),
    # the other figures not remembered or left to add up
    ("2 catalogue things, cant remember the amounts", "en", "other_debts"),
    ("gym 30 and another one i dont remember", "en", "other_debts"),
    ("rent 500, the rest id have to look up", "en", "expenses"),
    ("travel 60, everything else id need to add up", "en", "expenses"),
    # a balance left on a debt
    ("a loan with about 4k left on it", "en", "other_debts"),
    ("catalogue with 600 left owing on it", "en", "other_debts"),
    # near misses: takings alone
    ("takings were 5k", "en", "income"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
