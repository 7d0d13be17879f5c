"""Money families misread in rounds 35 to 43, in words of our own.

A figure restated in brackets ("1,250 (twelve hundred and fifteen)", "950 (590)") is asked again
when the two differ, as "azaz" on a form is: one of them is a slip. An essential left out with no
figure ("bar the rent its about 410", "apart from rent") leaves the month's spending open. A
payment every week or few said in a short clause of its own ("50 when he comes round, every other
week", "klarna 25, fortnightly", "4 payments 2 weeks apart") is no month's. A balance word in the
next clause ("bamboo loan 96, and i still owe the dentist 30 a month") says nothing of the figure
before the comma. The old figure said before the one now ("rent was 130 now 142", "a lakbér 130,
vagyis most már 142") is no item of the month. Livestock and machines counted ("1,200 lambs
through the ring", "a 4 fúrógép") are no money; a purchase "split in 3" is asked again unless its
month's payment is worked out ("60 split into 3, so 20 a month"); a round figure with a gap after
it ("五千还差一截") is a bound. A budget's categories beside its essentials ("Essentials £980, Fun
£150, Savings £100") are no essential spending; at the own offer a plan's figure said by its term
("the 24 month one was 81") is the plan's; a whole whose split is still to be agreed ("we'll
sort out who pays what") and a last debt named bare ("vanquis 45 and the other one") are asked
again. A share of an item said to be one's own with its figure ("a rezsi 80, ennek a fele az
enyém, az 40") stands for the item in the list, and an own part followed by more items is no
answer on its own ("szóval az enyém 80, plusz kaja 50"). A sum due by a month with no month's
payment ("court fine 300 to be paid by august"), spending since a date ("since the 1st of
october ive spent 1,630") and a figure thought of per four weeks are asked again; at the income
question an allowance "not really mine" beside the pay is left out.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the same figure restated in brackets
    ("1,250 (twelve hundred and fifty) a month", "en", "expenses", "1250"),
    ("nine hundred (900) all in", "en", "expenses", "900"),
    # a balance word after a comma belongs to the next debt
    ("very 45, and i still owe the vet 20 a month for the op", "en", "other_debts", "65"),
    ("2 millió van még, havi 85 ezer", "hu", "other_debts", "85000"),
    # the old figure, then the one now, in a list
    ("rent was 650 now 700, bills 120", "en", "expenses", "820"),
    ("council tax was 90 but its now 98, food 200", "en", "expenses", "298"),
    ("a lakbér 120, vagyis most már 135, plusz rezsi 25", "hu", "expenses", "160000"),
    # livestock and machines counted
    ("400 ewes through the mart on friday, not mine. my spending 980", "en", "expenses", "980"),
    ("a kisbusz lízing havi 70 ezer, a 3 fűnyírógép ki van fizetve", "hu", "other_debts", "70000"),
    # the count a purchase is split into, typed with hyphens too
    ("klarna pay-in-4, 25 a month", "en", "other_debts", "25"),
    # a purchase split into payments, the month's worked out
    ("laybuy, 90 split into 3, so 30 a month", "en", "other_debts", "30"),
    ("rent 1,200 split into 3 so 400 for me, food 180", "en", "expenses", "580"),
    # a budget's essentials beside its other categories
    (
        "budgeting app: Essentials £1,140.20, Lifestyle £96.80, Savings £40.00",
        "en",
        "expenses",
        "1140.20",
    ),
    ("my sheet has essentials 870 / treats 60 / savings 25", "en", "expenses", "870"),
    # a plan's figure said by its term, beside the own offer
    ("i could do 45, the 12 month one was 98 which is too much", "en", "counter", "45"),
    # a share of an item said to be one's own, with its figure, in a list
    ("a rezsi 90, ennek a fele az enyém, az 45, plusz kaja 70", "hu", "expenses", "115000"),
    # an allowance not really one's own, beside the pay
    (
        "1,400 from the depot, the 90 tool allowance goes on kit so its not really mine",
        "en",
        "income",
        "1400",
    ),
    # a percentage after "most" is no new figure
    ("kb 260, most 100%-os táppénzen vagyok, ugyanannyit kapok", "hu", "income", "260000"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # two figures for one in brackets
    ("1,100 (eleven hundred and ten) a month", "en", "expenses"),
    ("seven hundred and twenty (270) a month", "en", "expenses"),
    ("1400 (1040) all in", "en", "expenses"),
    # an essential left out with no figure of its own
    ("bar the rent its about 380", "en", "expenses"),
    ("apart from the mortgage, about 500", "en", "expenses"),
    ("other than rent its 350 or so", "en", "expenses"),
    # an own part of one item, then more items: not the own part alone
    ("albi 180, a párom fizeti az 50%-át, szóval az enyém 90, plusz kaja 60", "hu", "expenses"),
    # the split of a whole still to be agreed; a last debt named bare
    ("bills for the flat are 940, we still need to decide who pays what", "en", "expenses"),
    ("aqua card 30 and the other one", "en", "other_debts"),
    # due once by a month, spent since a date, per four weeks
    ("parking fine 120 to be paid by march", "en", "other_debts"),
    ("since the 3rd of may ive spent 1,240", "en", "expenses"),
    ("i budget per 4 weeks, roughly 1,050", "en", "expenses"),
    # a purchase split into payments, each not worked out
    ("klarna on the sofa, 150 split in 3", "en", "other_debts"),
    # a round figure, short of it by a gap not said
    ("六千还差一截", "zh", "income"),
    ("一万还差得远", "zh", "income"),
    # every week or few, said in a clause of its own
    ("provident, 40 when the agent calls, every other week", "en", "other_debts"),
    ("payday lender 60, weekly", "en", "other_debts"),
    ("laybuy 30, fortnightly", "en", "other_debts"),
    ("paypal, 3 payments 2 weeks apart, 45 each", "en", "other_debts"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
