"""Money read beside requests, found in session 39 beside round 57's lanes, in words of our own.

No money: a parent's or grandparent's age said as "my grandad is 84 and ...", "my mums 79 now"
(forty or more, the clause going on with no money word), so that the person they want is heard
("my nan is 88 and wants someone on the phone" asked a figure of 88).
Near misses that stay: a share said of a parent ("my mum is 50 a month for her phone") and the
pay or the spending said beside the age.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question)
NO_FIGURE = [
    ("my nan is 88 and she wants a proper person to ring her", "en", "income"),
    ("my granddad's 91 now", "en", "expenses"),
    ("my mother is 79. she wont use the app", "en", "counter"),
]  # fmt: skip

#: (text, language, question, the amount read)
READ = [
    ("my mums 82 now and i look after her, i get 1,150", "en", "income", "1150"),
    ("my dad is 67 and still drives, pension 1,240", "en", "income", "1240"),
    ("my nan is 90. rent 450 food 180", "en", "expenses", "630"),
]  # fmt: skip

#: (text, language, question): a parent's share kept as a figure (blanked as an age, the rent
#: alone would be read), whose spending it is left to ask
ASKED_AGAIN = [
    ("my mum is 50 a month for her phone and rent 600", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question"), NO_FIGURE)
def test_a_parents_age_is_no_figure(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(
        None, AmountProblem.NOT_A_NUMBER
    )


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_beside_a_parents_age_is_read(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_a_share_said_of_a_parent_is_no_age(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    "text",
    [
        "my grandad is 86 and wants to talk to a person about this",
        "my mum's 77 and she needs a real person on the phone",
    ],
)
def test_a_person_asked_for_beside_a_parents_age_is_the_request(text: str) -> None:
    for question in (Question.INCOME, Question.EXPENSES, Question.COUNTER):
        assert understanding().interpret(text, question, "en").meaning == "person"
