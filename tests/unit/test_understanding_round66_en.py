"""English families of round 66, in words of our own: what is read, and what is asked again.

Money. Read: a month "nothing like normal" (no nothing said of the pay); board paid to the parent
one lives with, in a list; "the total" named first with no figure, its items after; "plus about"
a second figure; today's offer "till I'm back" (being back, no "back then"). Asked again: a list
with someone else's payment in it, a figure "back then". Dispute: the balance asked about against
what was spent. Help: "wdym"; where a thing goes, asked. Missed: the cardholder's own pay late
("paid us late") is no claim, the day to move a payment to is a change. Cause: the button's words
typed as the first sentence, the story after.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, question, the amount read)
READ = [
    # a month compared with the usual, no "nothing" said of the pay
    ("ugh. bout 900 this month, nowt like normal", "income", "900"),
    ("about 1100, nothing like normal", "income", "1100"),
    ("850 this month, nowt like what i used to get", "income", "850"),
    # board or keep paid to a parent, in a list
    ("300 board to my dad, 120 phone gym and that", "expenses", "420"),
    ("250 board to my mam, 90 phone", "expenses", "340"),
    ("keep to my mum 200 and phone 40", "expenses", "240"),
    # "the total" named first, no figure of its own, its items after
    ("i meant the total, rent 725 bills 150 food 180", "expenses", "1055"),
    ("the total: rent 650, bills 140, food 200", "expenses", "990"),
    ("total - mortgage 800, food 300", "expenses", "1100"),
    # a plus before a rough second figure
    ("mortgage 690 plus about 500 for everything else", "expenses", "1190"),
    ("rent 640 plus roughly 450 for food and bills", "expenses", "1090"),
    ("1400 plus about 200 tips", "income", "1600"),
    # today's offer until the cardholder is back at work
    ("25 a month till im back then more", "counter", "25"),
    ("40 a month until i'm back then i can do more", "counter", "40"),
    ("30 till she's back then more", "counter", "30"),
]  # fmt: skip

#: (text, question): asked again
ASKED_AGAIN = [
    # someone else's payment among the figures
    ("300 board to my dad, my dad pays 120 for the phone", "expenses"),
    # a figure of before, said "back then"
    ("it was 1500 back then", "income"),
    ("1500 back then", "income"),
    # "plus" with no figure after it: a bound
    ("800 plus", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, question: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


#: (text, question, meaning)
MEANINGS = [
    # the balance asked about against what was spent: a dispute, over a figure too
    ("1600ish but how's the balance 3k when I only spent 2? that's no right", "income", "dispute"),
    ("how come the balance is 4k when i only ever spent 2", "income", "dispute"),
    ("1200. why is my bill 900 when ive only used 500", "income", "dispute"),
    # a near line: the balance asked about, nothing spent said
    ("how's the balance going to be paid when i only earn 900", "income", "900"),
    # "wdym": what is meant, asked
    ("wdym last 4, the long number on the front? its worn off", "verify", "help"),
    ("wdym", "verify", "help"),
    ("wdym i owe you, never had a card with you", "verify", "dispute"),
    # where a thing goes, asked
    ("Sorry, should the car finance go here? It is in my husband's name but comes out of my "
     "account.", "other_debts", "help"),
    ("should the van loan go here?", "other_debts", "help"),
    ("does my mum's catalogue go in this one?", "other_debts", "help"),
    # a near line: a figure said, the question after it: asked again
    ("the car finance 200, should that go here?", "other_debts", "ambiguous"),
    # the cardholder's own pay late, the payment's day to be moved
    ("school paid us late this month, can i move my payment to the 20th when i actually get paid",
     "missed", "change_plan"),
    ("can i move my payment to the 20th", "missed", "change_plan"),
    ("push the debit back to the 28th please", "missed", "change_plan"),
    # near lines: a payment said made is still claimed
    ("i paid you on monday", "missed", "claim_paid"),
    ("i paid", "missed", "claim_paid"),
    # the button's words as the first sentence, the story after
    ("My income went down. The gym I rented a room in closed so I lost half my clients", "cause",
     "reduced_income"),
    ("Income went down. The salon closed so I lost half my clients", "cause", "reduced_income"),
    ("Trouble in my business. the salon closed", "cause", "business_trouble"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question", "meaning"), MEANINGS)
def test_meaning(text: str, question: str, meaning: str) -> None:
    assert interpret(text, question, "en", currency="GBP").meaning == meaning
