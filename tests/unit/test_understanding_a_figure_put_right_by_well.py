"""A figure put right by "well" right after the first is the one meant: "rent 600, well 650 with
the service charge" was read as the two added (1,250, a misread). Not where a list or a part of
the first figure follows ("600, well 300 of that is rent")."""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (question, text, what is read)
READ = [
    ("expenses", "rent 600, well 650 with the service charge", "650"),
    ("expenses", "rent 600, well, 650 with the service charge", "650"),
    ("expenses", "about 600, well 650 with everything", "650"),
    ("income", "1200, well 1250 with overtime", "1250"),
    ("counter", "50, well 60 if i must", "60"),
    # near lines: a part of the first figure, a list said beside it
    ("expenses", "600 well 300 of that is rent", "600"),
    ("expenses", "600, well 300 of it is rent", "600"),
    ("expenses", "rent 600 as well as 50 for bills", "650"),
]


@pytest.mark.parametrize(("question", "text", "expect"), READ)
def test_a_figure_put_right_by_well(question: str, text: str, expect: str) -> None:
    got = understanding().interpret(text, Question.at(question), "en", currency="GBP")
    assert got.meaning == expect, got
