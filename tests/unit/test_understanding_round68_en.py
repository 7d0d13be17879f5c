"""English families of round 68, in words of our own: an answer with something more in the same
message.

Dispute: an order or a charge said not to be one's own beside an answer. Agreement: a question
on what follows, or thanks for what was not done, after an agreement said in words. Safety: "never
had anything on credit" no dispute; none owed "and I'd like to keep it that way" and the night
shifts one works no distress. Money: a whole said after a list with an item left without its
figure; the own share of the bills after its figure; nothing from work beside the own pension.
Cause: the button's words as the first clause of a longer first sentence.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, question, the amount read)
READ = [
    # a whole said after a list with an item left without its figure (it is in the whole)
    ("rent to my dad 250, phone 30, bus pass 60, food, so like 500 a month", "expenses", "500"),
    ("rent 600, gas 80, food, so about 900", "expenses", "900"),
    ("rent 650, council tax 120, bills, total 1000", "expenses", "1000"),
    # the own share of the bills said after its figure
    ("about 800, thats my half of the bills, my wife pays the rest", "expenses", "800"),
    ("roughly 650, thats my half of the bills", "expenses", "650"),
    ("my half of the bills is about 700", "expenses", "700"),
    # nothing from work beside the own pension
    ("Nothing from work now, only my pension of 580 a month. Had to close the salon.", "income",
     "580"),
    ("nothing from work at the minute, just my pension, 720", "income", "720"),
]  # fmt: skip

#: (text, question): asked again
ASKED_AGAIN = [
    # an item left without its figure between two with theirs
    ("rent 600, food, gas 90", "expenses"),
    # a whole's share not worked out, or the whole said after the share
    ("2000, thats my half of it", "expenses"),
    ("my half of the bills, the whole lot is 1,400", "expenses"),
    ("1,400 for the house, my half of the bills", "expenses"),
    # a nothing of one's own beside another's figure
    ("nothing from work, he earns 2000", "income"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, question: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


#: (text, question, meaning)
MEANINGS = [
    # an order or a charge said not to be one's own, beside an answer
    ("about 4 months. and that £300 argos order in may wasnt me, i told you", "recovery",
     "dispute"),
    ("2 months, the £80 amazon purchase wasnt mine btw", "recovery", "dispute"),
    ("yes. the payment to that betting site was not me", "temporary", "dispute"),
    # a near line: one's own lapse owned, no dispute
    ("about 6 months. the payment that was missed wasnt me forgetting", "recovery", "6"),
    # a question on what follows, after an agreement said in words
    ("i agree. will it show on my credit report?", "agreement", "accept"),
    ("Yes, I agree. Will I get the plan in writing?", "agreement", "accept"),
    ("i agree, do i need to send anything?", "agreement", "accept"),
    # near lines: a request, a wait or a doubt beside it is still no agreement
    ("I agree. can I change the date?", "agreement", "decline"),
    ("i agree. will it be ok if i pay later?", "agreement", "decline"),
    ("I agree. will you lower it?", "agreement", "decline"),
    ("i agree? will it hurt my credit?", "agreement", "decline"),
    # thanks for what was not done
    ("ok i agree. thanks for not making me feel stupid", "agreement", "accept"),
    ("yes i agree, thank you for not rushing me", "agreement", "accept"),
    ("thanks for not rushing me but i'm not sure", "agreement", "decline"),
    # never had anything on credit: no other debt, no dispute
    ("none just this one, never had anything else on credit tbh", "other_debts", "0"),
    ("nothing, never had anything on credit before", "other_debts", "0"),
    ("never had this card, it's not mine", "other_debts", "dispute"),
    # none owed and glad of it; the night shifts one works
    ("None, and I'd like to keep it that way", "other_debts", "0"),
    ("none at all, and i want to keep it that way", "other_debts", "0"),
    ("no, none, id like to keep it that way", "other_debts", "0"),
    ("Yes, I just forgot to pay with the night shifts. Sorry.", "temporary", "yes"),
    ("none. i dont want to be here anymore and i want to keep it that way", "other_debts",
     "distress"),
    ("yes, i work night shifts and i cant see the point in anything anymore", "temporary",
     "distress"),
    # the cause button's words as the first clause of a sentence that goes on, more after it
    ("family emergency, my dad had a stroke and i look after him. sorry its been a long year",
     "cause", "family_emergency"),
    ("Family emergency, my sister was diagnosed with leukaemia. I'm sorry about this.", "cause",
     "family_emergency"),
    ("job loss, the factory shut in may. sorry for the wait", "cause", "job_loss"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question", "meaning"), MEANINGS)
def test_meaning(text: str, question: str, meaning: str) -> None:
    assert interpret(text, question, "en", currency="GBP").meaning == meaning
