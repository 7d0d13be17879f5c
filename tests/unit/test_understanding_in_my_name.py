"""No other debt "in my name", the answer to "any other debts?", is no dispute; the card or a
debt said not to be in one's name still is."""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (text, question, what is read)
READ = [
    ("no other loans in my name", "other_debts", "0"),
    ("none in my name, just this card", "other_debts", "0"),
    ("nothing else under my name", "other_debts", "0"),
    ("no debts in my name apart from this card", "other_debts", "0"),
    # near lines: a dispute beside it, or the card said not to be one's own
    ("this card is not in my name", "verify", "dispute"),
    ("no idea why its in my name", "other_debts", "dispute"),
    ("nothing in my name, i never opened this card", "other_debts", "dispute"),
    ("no other loans in my name but my ex opened this card without my knowledge", "other_debts",
     "dispute"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_no_other_debt_in_my_name_is_no_dispute(text: str, question: str, expected: str) -> None:
    assert understanding().interpret(text, Question.at(question), "en").meaning == expected
