"""Families of round 65 in Hungarian, in words of our own: what is read, and what is asked
again or heard otherwise.

Money. Read: a list of the month's items with a reason given for one of them, "now" in the
reason and no figure after it ("kaja 120 mert most hatan vagyunk, rezsi 60"). Near-miss: "most"
before a figure, or beside a "volt", is still asked again.
Cause: hardly anyone came to what one runs, in a season past ("alig jött valaki a standhoz") is
business trouble; the working week cut to fewer days ("levettek 4 napra") is reduced income.
Near-miss: a relative named with it is still a family emergency.
Options: an own amount asked to be written in ("hadd írjak egy összeget") is a counter-offer.
Help: whether the monthly instalment covers the whole debt, asked yes or no, is the help text.
Near-miss: the sum said not to be the cardholder's is still a dispute.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.domain.vocabulary import Cause
from dialogs.understanding import Question, interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from dialogs.understanding.rules.intents import read_cause
from tests.support.amounts import read_as_asked

#: (text, question, the amount read)
READ = [
    ("rezsi 70, kaja 130 mert most öten vagyunk, unokák suli 25", "expenses", "225000"),
    ("kaja 120 mert most hatan vagyunk otthon, rezsi 60", "expenses", "180000"),
    ("albérlet 150, kaja 90 mivel most ketten eszünk, bérlet 10", "expenses", "250000"),
    ("lakás 100, gyógyszer 40 mert most beteg vagyok, kaja 60", "expenses", "200000"),
]

#: (text, question)
ASKED_AGAIN = [
    ("rezsi 70, kaja 130 mert most 150, suli 25", "expenses"),
    ("rezsi 70 volt, kaja 130 mert most öten vagyunk, suli 25", "expenses"),
    ("rezsi 70, kaja most 130, suli 25", "expenses"),
]


@pytest.mark.parametrize(("text", "question", "amount"), READ)
def test_round_65_hu_money_is_read(text: str, question: str, amount: str) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_round_65_hu_money_is_asked_again(text: str, question: str) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("esős nyár volt, a lángossütőhöz alig jött valaki", Cause.BUSINESS_TROUBLE),
        ("esos nyar volt, a bufeba alig jott valaki", Cause.BUSINESS_TROUBLE),
        ("ősszel alig jöttek vendégek a panzióba", Cause.BUSINESS_TROUBLE),
        ("a gyárban levettek 4 napra", Cause.REDUCED_INCOME),
        ("3 napra tettek le a boltban", Cause.REDUCED_INCOME),
        ("visszavettek minket négy napra", Cause.REDUCED_INCOME),
        # near-miss: a relative named with it
        ("alig jött valaki segíteni, anyám beteg lett", Cause.FAMILY_EMERGENCY),
    ],
)
def test_round_65_hu_causes(text: str, cause: Cause) -> None:
    assert read_cause(text, "hu") is cause


@pytest.mark.parametrize(
    "text",
    ["hadd írjak egy összeget", "beírnék egy saját összeget", "inkább írok egy összeget"],
)
def test_round_65_hu_an_own_amount_written_in(text: str) -> None:
    assert interpret(text, Question.OPTIONS, "hu").meaning == "counter"


@pytest.mark.parametrize(
    "text",
    [
        "a havi törlesztő az egész hitelre vonatkozik?",
        "a havi részlet a teljes hitelre vonatkozik?",
        "értendő ez az összeg a teljes tartozásra?",
    ],
)
def test_round_65_hu_whether_the_sum_covers_all_is_help(text: str) -> None:
    assert interpret(text, Question.COUNTER, "hu").meaning == "help"


def test_round_65_hu_a_sum_denied_is_still_a_dispute() -> None:
    text = "ez az összeg nem rám vonatkozik, nem az én tartozásom!"
    assert interpret(text, Question.COUNTER, "hu").meaning == "dispute"
