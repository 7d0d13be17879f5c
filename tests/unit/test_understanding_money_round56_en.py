"""English money families of round 56, in words of our own: what is read, and what is asked
again.

Asked again: at the pay and the spending, the one figure said as a ceiling with "at most" or
"max" ("at the most 1,150 right now", "1,300 max"): how far under it is unsaid.
Near misses that stay: "at most" said with no figure after it and the figure said later, a
"max" of something else beside the month's figure.
Asked again: after the last figure, that the figure meant is not known, said with "dont know"
or of the figure without a part ("i dont know exactly what my share comes to", "dont know the
net", "no idea without it").
Near misses that stay: the words before the figure said ("dont know what you need, rent 600
food 200").
Read: a figure under a cut or a sale the cardholder might make ("if i dropped the gym it could
be 940") is set aside at the pay and the spending; the figure as it is now is read. Asked
again: no figure of now beside it, and at the offer, another figure said "otherwise".
Near misses that stay: at the offer, the one figure under such a condition is the offer.
Read: at the spending, a figure another gives the cardholder ("the 30 my flatmate gives me",
"she gives me the 45 back") is money coming in, set aside beside the spending. Asked again:
the spending said before it ("1,300 before the 250 my son gives me"), the sum not done.
Near misses that stay: what another gives said before the spending, put down as income.
Read: at the pay, "cash in hand" says how a job pays, no take-home figure ("the shop 700 on
the books and the pub 300 cash in hand" is 1,000); a student loan's plan number is no amount;
the basic pay and its extras, the whole settled on with "call it" at the end, is that whole.
Near misses that stay: a weekly pay cash in hand is asked again.
Read: at the spending, "for the house its" after the trade's figures names the own month; the
part of an item another pays beside "i pay the other" is no own spending.
Near misses that stay: another's part with no own part said is asked again.
Asked again: at the other debts, a figure "left on the car" (a balance, no payment).
Near misses that stay: a payment said beside such a balance.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # near misses of a ceiling: the figure said after "at most" is taken back, or another max
    ("at most... no wait, its 1,040, i worked it out", "en", "expenses", "1040"),
    ("max 40 hours a week on the vans, my spending is about 990 a month", "en", "expenses",
     "990"),
    # near misses of the figure not known: the words before the figures
    ("dont know what you need exactly, so rent 620 and food 210", "en", "expenses", "830"),
    # a figure under a cut set aside, the figure of now read
    ("roughly 1,300 now, if i dropped the gym and netflix it could be 1,240", "en", "expenses",
     "1300"),
    ("1,420, or 1,380 if we cancel the breakdown cover one day", "en", "expenses", "1420"),
    # near misses at the offer: the one figure under a condition is the offer
    ("could do 85 a month if i sell the old telly", "en", "counter", "85"),
    # what another gives set aside
    ("about 940, and thats after the 30 a month my flatmate gives me for the broadband", "en",
     "expenses", "940"),
    ("the phone is in my name but its my sons, he gives me the 45 back. my own is 910", "en",
     "expenses", "910"),
    # near misses: what another gives said first, as income
    ("spending 1,050. the 200 my son gives me for board i count as income", "en", "expenses",
     "1050"),
    # cash in hand, a loan's plan, extras settled on
    ("the shop 700 on the books and the pub 300 cash in hand", "en", "income", "1000"),
    ("gross 2,300, after tax and the plan 1 loan i get 1,780.20", "en", "income", "1780.20"),
    ("1,450 take home plus tips, 50 to 90 a week, call it 1,700", "en", "income", "1700"),
    # the own month named after the trade, another's part beside the own
    ("the food truck took 3,800 last month but stock comes out of that. for the house its 960"
     " a month", "en", "expenses", "960"),
    ("the council pays 350 of my rent direct, i pay the other 260, food 200", "en", "expenses",
     "460"),
    # near misses: a payment beside a balance
    ("about 3,000 left on the van, i pay 140 a month", "en", "other_debts", "140"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # a ceiling only
    ("at the most 1,150 right now", "en", "income"),
    ("1,300 max this month", "en", "expenses"),
    # the figure meant not known, after the last figure
    ("the house costs 1,900 and she pays more than half, i dont know exactly what mine is",
     "en", "expenses"),
    ("before tax its 2,050, dont know the net, hr sort it", "en", "income"),
    ("around 1,000 with what my dad covers, no idea without it", "en", "expenses"),
    # a figure under a cut and none of now
    ("if we got rid of the second car it would be about 700, but we cant", "en", "expenses"),
    # at the offer, a figure under a cut and another otherwise
    ("if i cancel the gym i can manage 90, otherwise 60", "en", "counter"),
    # the spending before what another gives, the sum not done
    ("1,300 before the 250 my son gives me, not worked it out", "en", "expenses"),
    # near misses that stay asked again
    ("paid weekly, 450 cash in hand", "en", "income"),
    ("rent 750, my brother pays 300 of it", "en", "expenses"),
    # a balance left on the thing bought
    ("roughly 2,500 left on the car", "en", "other_debts"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
