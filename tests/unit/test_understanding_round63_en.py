"""English families of round 63, in words of our own: what is read, and what is asked again.

Money. Read: a whole said first, then a breakdown ending on "the rest" with no figure ("about
900 a month, rent is 550 and the rest is food"): the whole, never the whole and its parts added;
near misses asked again: the rest paid by another ("… i pay 550 and the rest my husband pays"),
parts coming to more than the whole, a figure after the rest. Read: the own figure, then another's
income with no figure said to be theirs ("my pay is 1,400 now, his universal credit is his"): the
words of keeping apart are the other thing's; near miss asked again: the figure itself another's
("his 1,050, his PIP is his").

Digits. The whole message four digits with a stray space before the last ("471 6") is the four;
in a sentence ("it is 295 8") it is not read.

Answers. Causes: sales dropping for one paid on commission is less income (not the cost of
living named beside it); "laid us all off" is a job lost. At a missed payment, "need to change
it" asks to change the plan, and an insurer's money "not paid out" is no payment claimed ("aint"
negates like "isn't").

Safety. A late or missed-payment fee refused in so many words ("… a £12 late fee i'm not
paying") is a dispute; a fee asked about ("what fees if i'm not paying on time") is none.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import interpret
from dialogs.understanding.rules import (
    AmountProblem,
    AmountReading,
    read_card_digits,
    signals_dispute,
)
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a whole first, its breakdown ending on "the rest"
    ("Around £1,150 a month. Rent is £725 and the rest is bills and food.", "en", "expenses",
     "1150"),
    ("about 900 a month, rent is 550 and the rest is food", "en", "expenses", "900"),
    ("£900: rent 550, the rest food", "en", "expenses", "900"),
    ("roughly 1,400 a month, mortgage 650, council tax 130 and everything else is food and petrol",
     "en", "expenses", "1400"),
    # the own figure, another's unpriced income said to be theirs after it
    ("my pay is 1,400 now, his universal credit is his", "en", "income", "1400"),
    ("about 1,300 from the shop, her carers allowance is hers", "en", "income", "1300"),
    ("my wage is 980 now, his PIP is his", "en", "income", "980"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # the rest paid by another: the own part is unsaid
    ("900 a month, i pay 550 and the rest my husband pays", "en", "expenses"),
    # the parts more than the whole, a figure after the rest
    ("around 800. mortgage 900 and the rest is bills", "en", "expenses"),
    ("900, rent 550 and the rest is food 300", "en", "expenses"),
    # the only figure another's: whose own is unsaid
    ("his 1,050, his PIP is his", "en", "income"),
    ("my husbands 1,900 is his", "en", "income"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


DISPUTES = [
    "It went out on the 2nd, I've got the statement, and now there's a £25 late fee I won't be "
    "paying.",
    "the payment left my account on the 5th and there's a £12 late fee i'm not paying",
    "they put a missed payment charge on, we refuse to pay it, the money went out on time",
]

NOT_DISPUTES = [
    "there are fees if I'm not paying on time",
    "what fees do I get charged if im not paying this month",
]


@pytest.mark.parametrize("text", DISPUTES)
def test_a_fee_refused_is_a_dispute(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize("text", NOT_DISPUTES)
def test_a_fee_asked_about_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


#: (text, the digits read or None)
DIGITS = [
    ("471 6", "4716"),
    ("803 2.", "8032"),
    ("53 08", "5308"),
    ("it is 295 8", None),
    ("29 58 01", None),
]


@pytest.mark.parametrize(("text", "expected"), DIGITS)
def test_four_digits_with_a_stray_space(text: str, expected: str | None) -> None:
    assert read_card_digits(text) == expected


#: (text, question, meaning)
MEANINGS = [
    # commission-only pay with sales down: less income
    ("conservatory sales have fallen off a cliff, nobody's buying with the cost of living and i'm "
     "commission only", "cause", "reduced_income"),
    ("im on commission and sales have dried up since the summer", "cause", "reduced_income"),
    # laid off, the crew or the cardholder named between
    ("the builder shut the site over winter and laid us all off till march", "cause", "job_loss"),
    ("the agency laid me off in january", "cause", "job_loss"),
    # a change asked, an insurer's money not paid out
    ("need to change it, the insurance still aint paid out", "missed", "change_plan"),
    ("i need to change it, the claim hasnt been paid out yet", "missed", "change_plan"),
    ("paid it on friday from my savings", "missed", "claim_paid"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question", "meaning"), MEANINGS)
def test_meaning(text: str, question: str, meaning: str) -> None:
    assert interpret(text, question, "en", currency="GBP").meaning == meaning
