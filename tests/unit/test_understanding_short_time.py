"""At "is it temporary?", a short time said alone is a yes: how long it will last says it ends
(``meaning.py``, ``names_a_short_time``). "about 3 months" was answered with "did you mean";
a time with a "not" or a bound beside it says nothing of an end and is still not read."""

from __future__ import annotations

import pytest

from dialogs.understanding import interpret
from dialogs.understanding.meaning import Question

#: (language, text, meaning)
TEMPORARY = [
    ("en", "about 3 months", "yes"),
    ("en", "next month hopefully", "yes"),
    ("hu", "kb 3 hónap", "yes"),
    ("zh", "三个月左右", "yes"),
    ("en", "not for 3 months", None),
    ("en", "at least 6 months", None),
    ("en", "2 years", None),
    ("hu", "legalább fél év", None),
    ("zh", "至少半年", None),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "meaning"), TEMPORARY)
def test_a_short_time_alone_is_temporary(language: str, text: str, meaning: str | None) -> None:
    assert interpret(text, Question.TEMPORARY, language).meaning == meaning
