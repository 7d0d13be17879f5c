"""English money families of round 53, in words of our own: what is read, and what is asked
again.

Read: money slang counted with a number word ("four ton" is 400, "two monkey" 1,000), a ton with
tens said after it ("a ton thirty" is 130), and two slang sums said as one, the smaller after
("a monkey and a pony" is 525, "a ton n a tenner" 110).
How many payments a list after a colon holds is no money: "two things come out on the 1st: loan
150, phone 30" is 180.
Asked again: a fortnight's figure with "every fortnight" said first ("every fortnight its 480
on the lot"), and a week's or a fortnight's said after a hedge set off by commas ("Two hundred,
or so, a week").
A month's figure typed without its "a" after "is" ("the flat is 520 month, gas 60") is
a month's.
A pay with its period in brackets among other figures ("take home 1,380.00 (week 5 of 13,
paid four-weekly)") is a four-weekly pay as it is with the period alone in them: asked again.
Near misses that stay: a count in digits before "ton" is a weight ("we shift 30 ton a week");
"two ton of" is a lot; a pair with the bigger sum second is two sums, not one; a hedge with the
month after it ("700, or so, a month") is read; a pay with its parts in brackets ("wage 1,900
(basic 1,600, overtime 300)") is read as the whole; a term said in months ("the loan term is 360
month") is no month's figure.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # slang counted with a number word, tens after a ton, a pair of slang sums
    ("mortgage four ton, leccy a ton, shopping three ton", "en", "expenses", "800"),
    ("two monkey off the dole", "en", "income", "1000"),
    ("i can manage a ton thirty a month", "en", "counter", "130"),
    ("board is a monkey and a pony", "en", "expenses", "525"),
    ("a ton n a tenner each month", "en", "counter", "110"),
    # how many payments a list after a colon holds
    ("two things come out on the 1st: loan 150, phone 30", "en", "other_debts", "180"),
    ("5 bills: rent 600, gas 50, water 25, phone 20, tv 10", "en", "expenses", "705"),
    # near misses that stay read as they were
    ("we shift 30 ton a week at the yard, my outgoings are 700 a month", "en", "expenses",
     "700"),
    ("a ton a month", "en", "counter", "100"),
    ("two ton of bills, about 600 a month all in", "en", "expenses", "600"),
    ("rent 700, or so, a month", "en", "expenses", "700"),
    ("2 loans at 150 each: that is it", "en", "other_debts", "300"),
    ("wage 1,900 (basic 1,600, overtime 300)", "en", "income", "1900"),
    # a month's figure without its "a"
    ("the flat is 520 month, gas 60, bus 40", "en", "expenses", "620"),
    ("the loan term is 360 month. i pay 90 a month", "en", "other_debts", "90"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # a pair with the bigger sum second: two sums, which is unsaid
    ("a pony and a ton", "en", "expenses"),
    # a fortnight's or a week's, the period said first or after a hedge
    ("every fortnight its 480 on the lot", "en", "expenses"),
    ("Two hundred, or so, a week on the shopping", "en", "expenses"),
    ("about 90, roughly, per fortnight", "en", "income"),
    # a pay's period in brackets among other figures
    ("take home 1,380.00 (week 5 of 13, paid four-weekly)", "en", "income"),
    ("wages 720 (week 3 of 26, paid every 2 weeks)", "en", "income"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
