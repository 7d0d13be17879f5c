"""English money families of round 57, in words of our own: what is read, and what is asked
again.

Read: the month's money in and money out said as a pair of bare words ("1,500 in, 1,420 out",
"in 1,250 out 1,400"): at the pay the figure in, at the spending the figure out, what the pair
leaves said after it set aside.
Near misses that stay: another figure said before the pair, or after it beside what it leaves.
Read: this card's own figures said beside the answer (what is owed to the bank, overdue, behind
or its minimum: "i owe you lot 2,100", "4 months behind at 260", "the card wants 40 minimum")
are another question's, set aside at the pay and the spending; at the other debts after "none
apart from this card" they leave none.
Near misses that stay: the card's figure alone is not taken for the pay; at the other debts a
balance owed without "none" said before it is no nothing.
Asked again: after the last figure, "dunno" said of the figure meant ("dunno what it is
without the bonus") or no idea of the figure now ("…, no idea now").
Near misses that stay: "dunno" said before the figures, which are then read.
Asked again: at the other debts and the spending, every few months or once or twice a year said
before the one amount ("every 3 months, 150 to the loan"): no month's figure.
Near misses that stay: "every month" said before the amount.
Asked again: at the offer, a share of the figure said before it, the sum not done ("they asked
90, i can do half that").
Near misses that stay: the share of a figure not said, worked out after it.
Asked again: at the pay and the spending, the one figure said to be of before ("it was 1,600
till june, now im on nights", "the form says 1,050 but thats from before the move").
Near misses that stay: the figure of now said after it.
Read: at the other debts, an item's figure called a bill ("phone 30 but thats a bill", "the
water 25 (thats a bill really)") is the spending's, set aside beside the debts.
Near misses that stay: a bill said alone, with no debt beside it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the money in and out as a pair
    ("2,100 in, 1,870 out", "en", "expenses", "1870"),
    ("2,100 in, 1,870 out", "en", "income", "2100"),
    ("in 1,150 out 1,240 so im 90 short most months", "en", "income", "1150"),
    ("money in 1,480 and money out 1,395", "en", "expenses", "1395"),
    # near misses: the same figure in and out
    ("it all goes, 1,120 in so 1,120 out", "en", "expenses", "1120"),
    # this card's figures beside the answer
    ("i owe you lot about 3,100, i know. the wage is 1,640", "en", "income", "1640"),
    ("youve got me 2 months behind at 190. what i get is 1,020 from the pension", "en",
     "income", "1020"),
    ("the card wants 35 minimum and my takings are 1,250", "en", "income", "1250"),
    ("nothing apart from this card, 1,900 owed and 80 overdue", "en", "other_debts", "0"),
    # near misses: another debt's own payment stays
    ("rent 540 and food 230", "en", "expenses", "770"),
    # "dunno" said before the figures
    ("dunno what you want, rent 560 food 210", "en", "expenses", "770"),
    # "every month" before the amount
    ("every month, 140 to the car loan", "en", "other_debts", "140"),
    # the share worked out
    ("half of what the letter asked, so 45", "en", "counter", "45"),
    # the figure of now after the one of before
    ("was 1,420 till the kids left, 1,260 from this month", "en", "expenses", "1260"),
    # a figure called a bill beside the debts
    ("van finance 180, broadband 32 (thats a bill really), loan 70", "en", "other_debts", "250"),
    ("klarna 45, the phone contract 26 but thats a bill", "en", "other_debts", "45"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # a figure before the pair: which is the month's?
    ("rent 600, 1,400 in 1,300 out", "en", "expenses"),
    # a balance owed with no "none" before it
    ("2,300 owed on the card and the car", "en", "other_debts"),
    # "dunno" or no idea now after the last figure
    ("1,340 this month with the boiler repair, dunno what it is without it", "en", "expenses"),
    ("the app said 1,020 but ive lost track since the move, no idea now", "en", "expenses"),
    # every few months before the one amount
    ("every 3 months, 150 to the loan", "en", "other_debts"),
    ("twice a year the boiler cover takes 75", "en", "expenses"),
    # a share of the figure before, not worked out
    ("they asked 90 a month, i can do half that", "en", "counter"),
    # the one figure of before
    ("it was 1,600 till june, now im on nights and not been paid yet", "en", "income"),
    ("the form says 1,050 but thats from before the move", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
