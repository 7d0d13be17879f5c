"""English money families of round 56 (third lane), in words of our own: what is read, and what
is asked again.

Read: a count of thousands in digits, "and", then the hundreds or less in digits, is one number
as said aloud ("2 thousand and 15 a month" is 2015).
Near misses that stay: a count after it ("2 thousand and 3 kids") is no part of the figure.
Asked again: after the last figure, the part of it that is another's or the trade's said only
as a share ("about half is my lodgers", "the shop is maybe a third"), and at the offer, a share
of a figure given ("you can have half"): the own part is not worked out.
Near misses that stay: a share of the own whole ("half is from the pension"), "half pay".
Asked again: a grandchild's figure, or a wife's named "the lass" or "the missus", beside the
own ("i spend 900, my grandson spends 150 on his phone"): whose figure is asked is unclear, as
for a son or a wife; the two are not added up.
Near misses that stay: a grandchild's cost the cardholder pays ("my granddaughter's school
shoes 40") is an item of the list; "the grandkids" said beside a list keeps it.
Asked again: a figure for one kind of month and only "more" or "less" for another ("about 980
in a 4 week month and more in a 5 week one"): which month, and how much more, are unsaid.
Near misses that stay: the other kind of month said to cost no more, or the same.
Read: an item's figure with "more when" or "less when" an occasion comes ("food 200 (more when
the kids stay over), gas 80") is its usual month in the list: how it varies, not a figure to
come beside today's (the list was read as its last item alone).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # digits of thousands and digits after "and": one number
    ("2 thousand and 15 a month", "en", "expenses", "2015"),
    ("long shifts on the buses. 1 thousand and 75 a month all in", "en", "expenses", "1075"),
    ("its 1 thousand and 300 after tax", "en", "income", "1300"),
    # near misses: a count after it, the words in full
    ("about 2 thousand and 3 kids to feed on it", "en", "income", "2000"),
    ("one thousand and sixty", "en", "expenses", "1060"),
    # near misses of a share: a part of the own whole, a kind of pay
    ("1,250 a month, about half is from the pension", "en", "income", "1250"),
    ("around 1,100 since i went on half pay", "en", "expenses", "1100"),
    # near misses of another's figure: a grandchild's cost paid, the grandkids beside a list
    ("rent 550, food 180 and my granddaughter's school shoes 40", "en", "expenses", "770"),
    ("food 210 (more when the 3 grandkids come sundays), gas 90, water 30", "en", "expenses",
     "330"),
    # near misses of another kind of month: no more in it, or the same
    ("about 900 in a normal month, no more in a long one", "en", "expenses", "900"),
    ("spending is 940 a month, the same in a 5 week one", "en", "expenses", "940"),
    # an item that varies with an occasion: its usual figure, in the list
    ("food 200 (more when the kids stay over), gas 80", "en", "expenses", "280"),
    ("petrol 120, less when i work from home, phone 25", "en", "expenses", "145"),
    ("about 900 now, more when the baby comes", "en", "expenses", "900"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # another's or the trade's part said only as a share
    ("2,000 for the flat and about half is my lodgers", "en", "expenses"),
    ("home and the stall come out of one card, 1,700, the stall is probably a quarter", "en",
     "expenses"),
    # at the offer, a share of a figure given
    ("overtime is around 90 a month, you can have half", "en", "counter"),
    # a grandchild's or a wife's figure beside the own
    ("i spend about 900, my grandson spends 150 on his phone", "en", "expenses"),
    ("1,400 from the depot and my lass gets 650 at the care home", "en", "income"),
    ("the missus earns 1,200 and i get 1,050", "en", "income"),
    # a figure for one kind of month, only more or less for another
    ("roughly 980 in a 4 week month and more in a 5 week one", "en", "expenses"),
    ("1,150 on a quiet month, a lot less on a bank holiday one", "en", "income"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
