"""English families of round 62, in words of our own: what is read, and what is asked again.

Money. Read: a list's whole said last with "all in" in Scots ("… bills n food, 1,050 aw in"): the
whole, never the items and the whole added. Read: a cost paid for a child or a parent named with
"for my …" inside a list ("nursery for my son 300"): the cardholder's own cost, added. Read: a
whole said with the costs that made it rise named after "now", "since" or "because" ("about 1,200
now the gas and electric have gone up"): why, not items still unpriced; near misses asked again:
an item's own figure beside another risen ("rent 800 and food has gone up"). Read: the own half
of a household's costs with its figure right after ("my half of the bills is about 700"); near
misses asked again: the half with the whole's figure ("my half of the bills, the whole lot is
1,400"), half of a figure not worked out ("i pay half of the bills which are 1,800"), the half of
one thing and another's figure ("my half of the studio plus rent 650").

Safety. A car loan with its monthly payment said to be in one's own name is no dispute; a loan in
one's name with words after it still is. A partner who left and cleared out the joint account took
the cardholder's own money: no dispute. A customer who never paid the cardholder is no dispute.

Answers. Months then a bare number as more of them is a range, its upper end ("3 months maybe
4"); "couldn't say" is not knowing; "grand" is a yes in Irish English; offering what one can
afford at the options is wanting to propose an own amount; causes: staff cut to days a week, only a
side job's shifts left (less income), a customer's bill unpaid, hardly any jobs (the business).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import interpret
from dialogs.understanding.rules import (
    AmountProblem,
    AmountReading,
    read_months,
    says_dont_know,
    signals_dispute,
)
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a whole said last with "all in" in Scots
    ("rent 575 council tax 140 then food n that, prob 1100 aw in", "en", "expenses", "1100"),
    ("rent 600, bills n food, 1,050 aw in", "en", "expenses", "1050"),
    ("rent 500 gas 80 food 300, 880 aw in", "en", "expenses", "880"),
    # a cost paid for a child or a parent, added
    ("Rent 1100, bills around 300, food 400, nursery for my daughter 350", "en", "expenses",
     "2150"),
    ("rent 700, food 300, after school club for the kids 120", "en", "expenses", "1120"),
    # a whole with the costs that made it rise
    ("About 1,300 now the gas and electric have gone up", "en", "expenses", "1300"),
    ("1,050 since the rent and the council tax went up", "en", "expenses", "1050"),
    ("1100 because gas and electric have risen", "en", "expenses", "1100"),
    # the own half with its figure
    ("My half of the household bills is about £900.", "en", "expenses", "900"),
    ("my half of the rent and bills comes to 750", "en", "expenses", "750"),
    ("my half of the rent is 400, food 250", "en", "expenses", "650"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # an item's own figure beside another risen
    ("rent 800 and food has gone up", "en", "expenses"),
    ("rent 800 now food and petrol have gone up", "en", "expenses"),
    # half with the whole's figure, or half of a figure
    ("my half of the bills, the whole lot is 1,800", "en", "expenses"),
    ("i pay half of the bills which are 1,800", "en", "expenses"),
    ("my half of the studio plus rent 650", "en", "expenses"),
    ("2500 as a household, my half of that", "en", "expenses"),
    # a cost paid by someone else for a child
    ("rent 600, she pays 200 for the kids", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


NOT_DISPUTES = [
    "car loan 199 a month in my name",
    "van finance £240 per month in my name.",
    "split from my missus in the summer and she cleared out the joint account",
    "my ex cleaned out our joint account when he left",
]

DISPUTES = [
    "theres a loan in my name i never took out, 150 a month",
    "a loan in my name 200 a month that i didnt know about",
    "someone took out a loan in my name",
]


@pytest.mark.parametrize("text", NOT_DISPUTES)
def test_ones_own_loan_or_money_lost_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize("text", DISPUTES)
def test_a_loan_in_ones_name_unknown_is_a_dispute(text: str) -> None:
    assert signals_dispute(text)


#: (text, question, meaning)
MEANINGS = [
    # a customer's bill unpaid, hardly any jobs: the business
    ("customer never paid me for a full bathroom, 4 grand, been chasing it for months", "cause",
     "business_trouble"),
    ("a client never paid me for the kitchen fit, three grand", "cause", "business_trouble"),
    ("the main contractor still owes me 6k for the last job", "cause", "business_trouble"),
    ("my carpet cleaning machine packed up and its 3 grand for a new one so ive had hardly any "
     "jobs", "cause", "business_trouble"),
    ("barely any bookings since the van broke down", "cause", "business_trouble"),
    # the staff cut to days a week, only a side job's shifts: less income
    ("My firm has cut all the trainees to three days a week because conveyancing has dried up",
     "cause", "reduced_income"),
    ("the agency cut all the drivers to 3 days a week", "cause", "reduced_income"),
    ("surf school shuts oct to easter so im just on bar shifts", "cause", "reduced_income"),
    ("only doing a few shifts at the pub while the site is shut", "cause", "reduced_income"),
    # a partner who left emptied the joint account: something else
    ("split from my missus in the summer and she cleared out the joint account", "cause", "other"),
    # a range of months said with the unit once
    ("3 months maybe 4", "recovery", "4"),
    ("2 months, maybe 3", "recovery", "3"),
    # not knowing, said in the conditional
    ("I honestly couldn't say yet", "recovery", "unsure"),
    ("couldnt tell you, depends on the contract", "recovery", "unsure"),
    # "grand" as a yes
    ("yeah grand, it was just the loan being late", "temporary", "yes"),
    ("grand so, only till the job starts", "temporary", "yes"),
    ("yeah grand", "detail", "choose"),
    # what one can afford, offered
    ("can i no just offer whit i can afford", "options", "counter"),
    ("id rather pay what i can afford each month", "options", "counter"),
    ("let me offer what i can afford", "declined", "counter"),
    # a loan of one's own in one's name, its payment read
    ("car loan 199 a month in my name", "other_debts", "199"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question", "meaning"), MEANINGS)
def test_the_meaning_is_read(text: str, question: str, meaning: str) -> None:
    assert interpret(text, question, "en", currency="GBP").meaning == meaning


def test_months_then_a_bare_number_is_a_range_but_not_with_more_after() -> None:
    assert read_months("3 months maybe 4", "en") == 4
    assert read_months("3 months maybe 4 if lucky", "en") is None
    assert read_months("1 year maybe 2", "en") is None


def test_couldnt_say_no_is_no_dont_know() -> None:
    assert says_dont_know("honestly couldn't say")
    assert not says_dont_know("couldn't say no to the overtime")
