"""An illness or an injury said never to heal is lasting at "is it temporary?"; one said to heal
is temporary."""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (text, language, what is read)
READ = [
    ("it will never heal", "en", "no"),
    ("it wont heal", "en", "no"),
    ("its never going to get better", "en", "no"),
    ("nem fog meggyógyulni", "hu", "no"),
    ("sajnos nem fog meggyógyulni, ez már így marad", "hu", "no"),
    # near lines: said to heal
    ("a kezem meggyógyul, 6 hét", "hu", "yes"),
    ("i never thought it would last this long but it will improve", "en", "yes"),
]


@pytest.mark.parametrize(("text", "language", "expected"), READ)
def test_never_to_heal_is_lasting(text: str, language: str, expected: str) -> None:
    assert understanding().interpret(text, Question.TEMPORARY, language).meaning == expected
