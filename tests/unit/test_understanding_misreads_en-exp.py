"""Spending misread in English, family by family (each named by the comment before its lines):
the rule a specialist follows, its paraphrases read by it, and near lines that keep their
reading where the same words come with a clear answer. Money is never guessed."""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (text, what is read at the spending)
READ = [
    # an item "the same as last year", its figure unsaid: no old figure, the list is unclear
    ("bills 240 food 300 and the rent is the same as last year", "ambiguous"),
    ("council tax 150 and food 320, water is the same as before", "ambiguous"),
    ("gas 90 food 280 and the mortgage is the same as last month", "ambiguous"),
    ("phone 25 and food 300, rent same as last year", "ambiguous"),
    # near lines: each item with its figure, or the old figure of one said
    ("rent 700 food 200", "900"),
    ("bills 240 food 300, last year it was 500", "ambiguous"),
    ("i spend 1,100, last year it was 900", "1100"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), READ)
def test_spending_misread_in_english(text: str, expected: str) -> None:
    got = understanding().interpret(text, Question.EXPENSES, "en", currency="GBP")
    assert got.meaning == expected
