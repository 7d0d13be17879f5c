"""Round 76's English lines said on coming back after a pause: a yes to the agreement after
reading it through or talking it over at home, and the words of a pause or a return that must
not set off an alarm. The meaning is read; the near lines keep their reading."""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

CURRENCY = {"en": "GBP", "hu": "HUF", "zh": "CNY"}

#: (question, text, what is read)
READ = [
    # the plan read through already, then a yes in words: no wait to read it first
    ("agreement", "read it properly on the train, yes I agree", "accept"),
    ("agreement", "went over it again last night, I accept", "accept"),
    ("agreement", "read it over again, I agree", "accept"),
    # near lines: the reading still to come
    ("agreement", "let me read it properly, I agree with most of it", "decline"),
    ("agreement", "need to read it through again first, I agree mostly", "decline"),
    ("agreement", "I'll read it properly tonight, I agree in principle", "decline"),
    # a couple's yes after talking it over, or "agreed" closing the message
    ("agreement", "spoke to my husband after tea, we both agree", "accept"),
    ("agreement", "talked it over with the kids, we agree", "accept"),
    ("agreement", "chatted with my partner this morning, we're happy, agreed", "accept"),
    # near lines
    ("agreement", "not yet, still thinking it over", "decline"),
    ("agreement", "we don't agree with the fees", "decline"),
    ("agreement", "we agree nothing until I read it", "decline"),
    ("agreement", "the fees are high, agreed?", "decline"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), READ)
def test_round76_lines_said_after_a_pause(question: str, text: str, expected: str) -> None:
    got = understanding().interpret(text, Question.at(question), "en", currency=CURRENCY["en"])
    assert got.meaning == expected
