"""English that must not show through a Chinese or Hungarian conversation:
one list for every test."""

from __future__ import annotations

import re

WORDS = (
    "the",
    "and",
    "your",
    "you",
    "payment",
    "plan",
    "please",
    "with",
    "to",
    "agreement",
    "person",
    "month",
)
_WORD = re.compile(r"\b(?:" + "|".join(WORDS) + r")s?\b", re.IGNORECASE)
_COMMAND = re.compile(r"/[a-z]+")  # commands such as /plan stay as they are in every language


def english_leaks(text: str) -> list[str]:
    """The English words in ``text`` (commands left out), lower case, each once, sorted."""
    return sorted({match.group(0).lower() for match in _WORD.finditer(_COMMAND.sub(" ", text))})
