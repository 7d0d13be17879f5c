"""English money answers at income, other debts and the counter that the reader read as a
figure where no single monthly amount is said (session 52's development rounds), each
family with near lines that keep their reading."""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (question, text, what is read)
READ = [
    # a refusal to say, whose "none" or "nothing" is no amount of nothing
    (Question.OTHER_DEBTS, "none of your business tbh", "ambiguous"),
    (Question.INCOME, "thats none of ur concern", "ambiguous"),
    (Question.INCOME, "nowt to do with you pal", "ambiguous"),
    (Question.OTHER_DEBTS, "mind yer own beeswax", "ambiguous"),
    (Question.COUNTER, "nothing to do with the bank what i can pay", "ambiguous"),
    # near lines: none said is none
    (Question.OTHER_DEBTS, "none, thankfully", "0"),
    (Question.OTHER_DEBTS, "none of them, all paid off", "0"),
    (Question.INCOME, "nothing at the moment", "0"),
    (Question.OTHER_DEBTS, "nowt", "0"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), READ)
def test_no_single_monthly_amount_is_asked_again(
    question: Question, text: str, expected: str
) -> None:
    got = understanding().interpret(text, question, "en", currency="GBP")
    assert got.meaning == expected
