"""English money families of round 56 (fourth lane), in words of our own: what is read, and what
is asked again.

Read: a bound ("at least", "at most", "no more than") said on a figure, then the same figure
said as the exact one ("no, 900 exactly", "fixed at 45"): the bound is settled, the figure is
the answer.
Near misses that stay: a bound left standing ("at least 1,300 this month") is asked again; an
exact figure that differs from the bound's is another amount.
Read: asked whether an item that plainly counts counts (the rent or the gas at expenses, a
loan or a DMP at other debts), the question ending there, with the figure said beside it ("if
the gas counts then 990", "depends whether the loan counts, 80 if it does"): it counts, the
figure is the answer.
Near misses that stay: an item that may not count ("does the gym count?"), or one asked with a
case ("does rent count if my dad pays it?"), is asked again.
Read: at the offer, a figure for now, then the time to come and what can be paid in it ("30
now, when the loan ends i can do 55"): the figure for now is offered.
Near misses that stay: the later figure said first with a month ("50 now, 75 from april") or
left open ("55 or 60"), or a date in figures in between, is asked again.
Read: "give or take" after words that lead to a figure ("food is give or take 200", "the rest
give or take 300") is a hedge, as "about" is: its figure is the amount, no margin.
Near misses that stay: a margin after the figure ("900 give or take 50" is 900; "about 900,
give or take 500" is a range).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a bound, then the same figure as the exact one
    ("at least 1,250 i reckon.. no, 1,250 exactly, checked my banking", "en", "income", "1250"),
    ("food and bills 940 at most... no, exactly 940", "en", "expenses", "940"),
    ("no more than 45 to the catalogue and its fixed at 45", "en", "other_debts", "45"),
    # asked whether an item that plainly counts counts, the figure beside
    ("if the gas counts then 990. that counts right? so 990", "en", "expenses", "990"),
    ("depends whether the loan counts, 80 if it does", "en", "other_debts", "80"),
    # at the offer, the figure for now, then what can be paid once something ends
    ("30 now, when the loan ends i can do 55", "en", "counter", "30"),
    ("25 now and once the van is paid off in may i can go up to 45", "en", "counter", "25"),
    # "give or take" as a hedge before its figure
    ("mortgage 700, the rest give or take 300, so about 1,000", "en", "expenses", "1000"),
    ("rent 520, food is give or take 180", "en", "expenses", "700"),
    # near miss: a narrow margin after the figure
    ("about 880 give or take 40", "en", "expenses", "880"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # a bound left standing
    ("at least 1,300 this month", "en", "income"),
    ("no more than 800 i would say", "en", "expenses"),
    # an item that may not count, or asked with a case
    ("depends whether the gym counts, 30 if it does", "en", "other_debts"),
    ("does rent count if my dad pays it? 500", "en", "expenses"),
    # the later figure with a month, left open, or a date in figures in between
    ("35 now, 60 from june when the loan is done", "en", "counter"),
    ("30 now, when the loan ends i can do 55 or 60", "en", "counter"),
    # a wide margin after the figure
    ("about 900, give or take 500", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_it_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
