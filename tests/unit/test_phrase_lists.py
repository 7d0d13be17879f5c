"""The long phrase lists are compiled for speed; these check that nothing they match changed."""

from __future__ import annotations

import re

import pytest

from dialogs.understanding import rules
from dialogs.understanding.rules import DISPUTE_PHRASES, DISTRESS_PHRASES, Phrases

#: Messages with no Chinese in them: letters, digits, accents, punctuation, emoji.
WITHOUT_CHINESE = (
    "",
    " ",
    "12 000",
    "4 5 6",
    "i can't go on like this 😞",
    "nem bírom tovább, 250 ezer a fizetésem",
    "a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1 2 3 4 5 6 7 8 9",
    "áéíóöőúüű ÁÉÍÓÖŐÚÜŰ !?.,;:-()[]{}'\"/\\",
)


@pytest.mark.parametrize(
    "phrases", [DISTRESS_PHRASES, DISPUTE_PHRASES], ids=["distress", "dispute"]
)
def test_a_chinese_phrase_needs_a_chinese_character(phrases: tuple[str, ...]) -> None:
    """What lets :class:`Phrases` skip them for a message without one."""
    chinese = Phrases(phrases).chinese
    assert chinese
    for phrase in chinese:
        pattern = re.compile(rules._fold(phrase))
        assert not any(pattern.search(text) for text in WITHOUT_CHINESE), phrase


@pytest.mark.parametrize(
    "text",
    [
        "i want to end it all",
        "nem látok kiutat",
        "我不想活了",
        "my card ends 7319 and i can't go on",
        "活不下去了 can't cope",
    ],
)
def test_phrases_find_what_one_alternation_finds(text: str) -> None:
    plain = rules._words_only(rules._fold(rules._normalize(text)))
    one = re.compile("|".join(f"(?:{rules._fold(p)})" for p in DISTRESS_PHRASES))
    assert bool(Phrases(DISTRESS_PHRASES).search(plain)) == bool(one.search(plain)) is True


def test_grouped_by_first_letter_keeps_the_first_listed_match() -> None:
    pattern = re.compile(rules._by_first_letter(["can't go on", "can't", "cope", "x?y"]))
    matched = [pattern.match(text) for text in ("can't go on", "can't stop", "cope", "y", "xy")]
    assert [m.group() if m else None for m in matched] == [
        "can't go on",
        "can't",
        "cope",
        "y",
        "xy",
    ]
