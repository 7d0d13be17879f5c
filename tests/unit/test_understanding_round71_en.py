"""English families of round 71, in words of our own: mixed speech, dialect and slang.

Money: the household counted after "we are" and a London travel zone by its number are no
items of the spending; the Irish "the guts of" a figure is nearly it, asked again; a part of the
pay one does not know how to count ("idk how to count that") leaves the month asked again.
Safety: an insurance payout still awaited is no dispute. Options: the offers judged as a whole
("nothing is good for me") are none, not distress.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import AmountProblem, AmountReading, signals_dispute
from tests.support.amounts import read_as_asked

#: (text, question, the amount read)
READ = [
    # the household counted after "we are": no item
    ("rent 700 bills 150 food 300, we are 4 in a 2 bed flat", "expenses", "1150"),
    ("we're 5 at home so food is 350, rent 600", "expenses", "950"),
    ("we are 3 in the house, mortgage 520 and bills 180", "expenses", "700"),
    # a travel zone by its number: no item
    ("rent 650, food 180, travel 90. i'm in zone 4 so the train is dear", "expenses", "920"),
    ("zones 1-3 travelcard 170, rent 600", "expenses", "770"),
    # near lines: money said with the zone stays; "we are" before months is no household
    ("zone 2 is 40 quid, rent 500", "expenses", "540"),
    ("we are 3 months behind on rent 600", "expenses", "600"),
    # near line: "how" not about counting a part
    ("1,300 a month, idk how i ended up here", "income", "1300"),
]  # fmt: skip

#: (text, question): asked again
ASKED_AGAIN = [
    # "the guts of" a figure: nearly it, how far under stays unsaid
    ("rent 800 and the rest, the guts of 1,200 all told", "expenses"),
    ("the guts of 1,500 a month from the yard", "income"),
    ("about the guts of 900 i'd say", "expenses"),
    # a part of the pay whose month is not worked out
    ("1,200 from the job, the bursary is yearly, not sure how to count it", "income"),
    ("900 a month from work, dunno how to count the tips", "income"),
    ("600 a month plus the grant each term, idk how to work out that", "income"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, question: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


def test_a_figure_said_plainly_beside_guts_is_read() -> None:
    """ "guts" with no figure after it is no bound: the figure said is taken."""
    assert read_as_asked("it's doing my guts in, 900 a month", "en", "expenses") == AmountReading(
        Decimal("900"), None
    )


#: An insurance payout still awaited: no dispute.
NOT_DISPUTED = [
    "yes, temporary. the shop insurance should pay out eventually and i'll restock",
    "the insurance should cover it soon, then i'm back trading",
    "the insurance should pay up in the end, it's just slow",
]

#: Insurance that should have paid: still a dispute.
DISPUTED = [
    "the insurance should have paid this off when i was signed off",
    "the payment protection insurance was supposed to cover it",
]


@pytest.mark.parametrize("text", NOT_DISPUTED)
def test_an_awaited_payout_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize("text", DISPUTED)
def test_insurance_that_should_have_paid_is_a_dispute(text: str) -> None:
    assert signals_dispute(text)


#: The offers judged as a whole at the options: none.
NONE_OF_THE_OFFERS = [
    "Sorry, nothing here is good for me",
    "nothing's right for me, sorry",
    "none of them is ok for me",
]


@pytest.mark.parametrize("text", NONE_OF_THE_OFFERS)
def test_nothing_good_for_me_is_none_at_the_options(text: str) -> None:
    reading = understanding().interpret(text, Question.OPTIONS, "en")
    assert reading.meaning == "none"


@pytest.mark.parametrize(
    "text",
    [
        "paying back 200 a month till december, no other loans",
        "car loan 200 a month, no other debts",
        "200 a month to the credit union and no other borrowing",
    ],
)
def test_no_other_loan_beside_a_payment_leaves_the_payment(text: str) -> None:
    """A "no other loans" says nothing besides the figure: no "none" against it."""
    assert read_as_asked(text, "en", "other_debts") == AmountReading(Decimal(200), None)
