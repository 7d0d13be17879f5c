"""Doubting getting up or living at all, said beside an answer ("1200. some days i wonder why i
bother getting up", "估计我撑不到那一天" at when income recovers): distress, heard at every
question. Bothering with something else ("why do i bother with overtime") and not waiting that
long ("可能等不到那时候 先找个临时工") are not. Lines of our own."""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, interpret
from dialogs.understanding.rules import signals_distress


@pytest.mark.parametrize(
    ("language", "question", "text"),
    [
        ("en", Question.INCOME, "1200. honestly some days i wonder why i bother getting up"),
        ("en", Question.INCOME, "1500, some mornings i ask myself why i even bother waking up"),
        ("en", Question.EXPENSES, "why do i even bother getting up lol, about 800"),
        ("hu", Question.INCOME, "200e, neha azt se tudom minek kelek fel egyaltalan"),
        ("zh", Question.RECOVERY, "估计我都撑不到那一天"),
        ("zh", Question.RECOVERY, "不知道 恐怕我活不到那个时候"),
    ],
)
def test_doubting_getting_up_or_living_is_distress(
    language: str, question: Question, text: str
) -> None:
    assert signals_distress(text)
    assert interpret(text, question, language).meaning == "distress"


@pytest.mark.parametrize(
    "text",
    [
        "why do i bother with overtime, 1500 either way",
        "可能等不到那时候 先找个临时工",
        "i wonder why i bother with the gym membership",
    ],
)
def test_bothering_with_something_else_or_not_waiting_is_no_distress(text: str) -> None:
    assert not signals_distress(text)
