"""English families of round 64, in words of our own: what is read, and what is asked again.

Money. Read: a list with an item the cardholder sends a parent, "my" left out ("i send to mum
150"); living "w" a parent and giving them a figure; two items named together before one figure
for both ("phone and bus maybe 80"); a journey "up to" a place beside the figures (no rise); the
own half named, the rest said to be a partner's to pay; "nowt else" beside one figure. Near misses
asked again: a whole, a part paid and the rest another's ("rent 900, i pay 550, he pays the rest"),
or the own share of one item said before more items ("rent 1200, my half is 600, food 300, …");
an item left without a figure; a rise "up to" a figure. Asked again: a figure beside a question
whether it is written here at all ("… should i put this here?").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, question, the amount read)
READ = [
    # money sent to a parent, "my" left out, in a list
    ("rent 600, food 300, car 150, i send to mother 200", "expenses", "1250"),
    ("rent 500, food 250, i send to mum 150 every month", "expenses", "900"),
    # living "w" a parent, two items before one figure for both
    ("I live w my mum so i give her 250 and then phone and bus maybe 80 on top", "expenses", "330"),
    ("i live w my dad, i give him 300 and phone and travel about 60", "expenses", "360"),
    ("rent 800, food and petrol 300", "expenses", "1100"),
    # driving up somewhere beside the list
    ("rent 550, bills 160, and petrol's mad with all the driving up to Leeds, about 200",
     "expenses", "910"),
    ("mortgage 700, food 300, diesel 150 with all the commuting up to Glasgow", "expenses", "1150"),
    # the own half named, the rest the partner's to pay
    ("My half of the rent is 600, plus about 300 for food and bills, my partner pays the rest",
     "expenses", "900"),
    ("my share of the rent is 450 and food about 200, my wife covers the rest", "expenses", "650"),
    # "nowt else" beside the one figure
    ("Shop overdraft costs me £45 a month interest, nowt else", "other_debts", "45"),
    ("car loan 200, nowt else", "other_debts", "200"),
]  # fmt: skip

#: (text, question): asked again
ASKED_AGAIN = [
    # a whole and a part of it, the rest another's: never added
    ("rent 900, i pay 550, my husband pays the rest", "expenses"),
    ("rent 600, food 300, my partner pays the rest", "expenses"),
    # an item left without a figure; a rise up to a figure
    ("rent 800 and food and petrol", "expenses"),
    ("rent went up to 900, bills 150", "expenses"),
    # whether it belongs here at all, asked beside the figure
    ("I pay my sister back 100 each month for a loan, should I write this here?", "other_debts"),
    ("does my klarna go here? its 40 a month", "other_debts"),
    ("my klarna is 40 a month, does it go on here?", "other_debts"),
    ("should I put this here, my dad lends me 50 a month?", "other_debts"),
    # the own share of one item, more items after it, the rest another's (found by the lane)
    ("rent 1200, my half is 600, food 300, he pays the rest", "expenses"),
    ("council tax 160 my share is 80, phone 30, she covers the rest", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, question: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


#: (text, meaning) at "is the drop temporary?"
TEMPORARY = [
    # a one-off: temporary; said not to be one: lasting
    ("yeh was a one off", "yes"),
    ("it was just a one-off, back to normal now", "yes"),
    ("it wasnt a one off, the work is gone", "no"),
    # a hedged yes said first, then why
    ("aye should be, the new depot is taking people on", "yes"),
    ("I believe so, once a new supplier is in place.", "yes"),
    ("probably not, the shop is shutting", "no"),
    # a hedge turned round after it: not known
    ("i think so, but who knows", "unsure"),
]


@pytest.mark.parametrize(("text", "meaning"), TEMPORARY)
def test_temporary(text: str, meaning: str) -> None:
    assert interpret(text, "temporary", "en", currency="GBP").meaning == meaning
