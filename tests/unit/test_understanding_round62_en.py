"""English families of round 62, in words of our own: what is read, and what is asked again.

Money. Read: a list's whole said last with "all in" in Scots ("… bills n food, 1,050 aw in"): the
whole, never the items and the whole added. Read: a cost paid for a child or a parent named with
"for my …" inside a list ("nursery for my son 300"): the cardholder's own cost, added. Read: a
whole said with the costs that made it rise named after "now", "since" or "because" ("about 1,200
now the gas and electric have gone up"): why, not items still unpriced; near misses asked again:
an item's own figure beside another risen ("rent 800 and food has gone up"). Read: the own half
of a household's costs with its figure right after ("my half of the bills is about 700"); near
misses asked again: the half with the whole's figure ("my half of the bills, the whole lot is
1,400"), half of a figure not worked out ("i pay half of the bills which are 1,800"), the half of
one thing and another's figure ("my half of the studio plus rent 650").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a whole said last with "all in" in Scots
    ("rent 575 council tax 140 then food n that, prob 1100 aw in", "en", "expenses", "1100"),
    ("rent 600, bills n food, 1,050 aw in", "en", "expenses", "1050"),
    ("rent 500 gas 80 food 300, 880 aw in", "en", "expenses", "880"),
    # a cost paid for a child or a parent, added
    ("Rent 1100, bills around 300, food 400, nursery for my daughter 350", "en", "expenses",
     "2150"),
    ("rent 700, food 300, after school club for the kids 120", "en", "expenses", "1120"),
    # a whole with the costs that made it rise
    ("About 1,300 now the gas and electric have gone up", "en", "expenses", "1300"),
    ("1,050 since the rent and the council tax went up", "en", "expenses", "1050"),
    ("1100 because gas and electric have risen", "en", "expenses", "1100"),
    # the own half with its figure
    ("My half of the household bills is about £900.", "en", "expenses", "900"),
    ("my half of the rent and bills comes to 750", "en", "expenses", "750"),
    ("my half of the rent is 400, food 250", "en", "expenses", "650"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # an item's own figure beside another risen
    ("rent 800 and food has gone up", "en", "expenses"),
    ("rent 800 now food and petrol have gone up", "en", "expenses"),
    # half with the whole's figure, or half of a figure
    ("my half of the bills, the whole lot is 1,800", "en", "expenses"),
    ("i pay half of the bills which are 1,800", "en", "expenses"),
    ("my half of the studio plus rent 650", "en", "expenses"),
    ("2500 as a household, my half of that", "en", "expenses"),
    # a cost paid by someone else for a child
    ("rent 600, she pays 200 for the kids", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
