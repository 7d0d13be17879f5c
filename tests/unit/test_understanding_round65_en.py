"""English families of round 65, in words of our own: what is read, and what is asked again.

Money. Read: the base pay beside an extra that brings nothing now ("basic 1,400, overtime zero
atm"); an item and its like before one figure ("food and that maybe 400"); an item's figure said
to be today's in a list ("rent 875 now, phone 30"), also with why ("on my own now that he's
gone"); the children's things among what a figure is "for". Near misses asked again: "next to
nothing" of the extra; an item and its like with no figure; an item's figure before and now; the
children's things on top with no figure; a figure beside someone who "left" (gone, not money left
over: it was taken as context and the other figure read). Recovery: "month" typed without its
"a". Help: which card is meant, asked back; whether a thing "count"s, asked with a possessive
("the shop's"). Safety: "nothing left over" beside a figure is money, no crisis (it was heard as
distress); a crisis said beside it is still heard.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, question, the amount read)
READ = [
    # the base pay, an extra on top that brings nothing now
    ("basic 1,500 net, commission more or less nil atm", "income", "1500"),
    ("basic 1400, overtime zero at the moment", "income", "1400"),
    ("salary 1800, bonus is pretty much nothing this year", "income", "1800"),
    # an item and its like before the one figure for them
    ("rent 500 and food and that about 350", "expenses", "850"),
    ("mortgage 700, petrol and stuff maybe 150", "expenses", "850"),
    ("rent 600 and shopping and all that 300", "expenses", "900"),
    # an item's figure said to be today's, in a list
    ("rent 820 now, phone 25, food about 200", "expenses", "1045"),
    ("rent's 900 now and bills 200", "expenses", "1100"),
    ("council tax 140 now, food 300", "expenses", "440"),
    # ... with why: on one's own since a partner left
    ("Rent is 950 on my own now that she's moved out, plus about 400 for food and bills",
     "expenses", "1350"),
    ("mortgage 1,050 now that he's gone, food 300", "expenses", "1350"),
    # the children's things among what one figure is for
    ("Rent 700, plus roughly 500 for food, gas, electric and the kids' stuff", "expenses", "1200"),
    ("mortgage 900, 450 for food and the kids", "expenses", "1350"),
    # what the cardholder has left is money left, beside the spending (not someone who left)
    ("spend about 1100, all i have left is 80", "expenses", "1100"),
]  # fmt: skip

#: (text, question): asked again
ASKED_AGAIN = [
    # some from the extra, how much unsaid
    ("basic 1500, commission next to nothing", "income"),
    # an item and its like with no figure of theirs
    ("rent 600 and food and that", "expenses"),
    # an item's figure before and now; a figure now said on its own after another
    ("rent 800, rent 875 now, food 250", "expenses"),
    ("800 for rent, 875 now, food 250", "expenses"),
    ("rent 800, now 875, food 250", "expenses"),
    # a household's month before a partner left and after, no list
    ("1600 together, now that he's gone 1050", "expenses"),
    # someone who "left" is no money left over: the figure before it is no context
    ("mortgage 1,050 now that he's left, food 300", "expenses"),
    ("rent 700 since my husband left, food 250", "expenses"),
    ("mortgage 1,050 now that my partner has left, food 300", "expenses"),
    # the children's things on top, no figure for them
    ("rent 700, food 400 and the kids' stuff", "expenses"),
    ("900 plus the kids' stuff", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, question: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


#: (text, months) at "when will income recover?": "month" typed without its "a"
RECOVERY = [
    ("month or so", 1),
    ("month, hopefully", 1),
    ("month tops", 1),
    ("month or two", 2),
]


@pytest.mark.parametrize(("text", "months"), RECOVERY)
def test_recovery(text: str, months: int) -> None:
    assert interpret(text, "recovery", "en", currency="GBP").months == months


def test_month_by_month_is_no_count() -> None:
    assert interpret("month by month", "recovery", "en", currency="GBP").months is None


#: (text, question, meaning): which card is meant, whether a thing counts; near lines kept
ASKS = [
    ("which card, the visa or the store one?", "verify", "help"),
    ("which card do you mean?", "verify", "help"),
    ("does the shop's van lease count here or only personal stuff?", "other_debts", "help"),
    ("does my brother's loan count?", "other_debts", "help"),
    # where to pay, asked of a card or an account: how to pay
    ("which card do i pay it from?", "missed", "how_to_pay"),
    ("which account do I pay into?", "missed", "how_to_pay"),
    # which card, said beside a denial: the dispute
    ("which card? i never had a card with you", "verify", "dispute"),
]


@pytest.mark.parametrize(("text", "question", "meaning"), ASKS)
def test_asks(text: str, question: str, meaning: str) -> None:
    assert interpret(text, question, "en", currency="GBP").meaning == meaning


#: (text, question, meaning): nothing "left over" is money, not a crisis; a crisis beside it is
#: still heard
LEFT_OVER = [
    ("900 and thats it, nothing left over", "expenses", "ambiguous"),
    ("1400 and nothing left over", "income", "ambiguous"),
    ("theres nothing left over to live for", "expenses", "distress"),
    ("900, nothing left over and i cant see the point of going on", "expenses", "distress"),
]


@pytest.mark.parametrize(("text", "question", "meaning"), LEFT_OVER)
def test_nothing_left_over(text: str, question: str, meaning: str) -> None:
    assert interpret(text, question, "en", currency="GBP").meaning == meaning
