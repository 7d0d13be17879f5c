"""What people typed, safe to show on an operator's terminal or in the desk's Telegram group.

A cardholder's message, or a Telegram user's name, may hold anything: a bell, escape sequences
that recolour or rewrite an operator's terminal (``\\x1b[31m``, ``\\x1b]0;title\\x07``), a
backspace or carriage return that hides what came before, a right-to-left override that shows a
text backwards. :func:`printable` keeps the words, the line breaks and the emoji and drops the
rest, whole escape sequences included. It does not escape: that is the medium's, done once where
the text is shown (Jinja's autoescape for Telegram HTML, nothing for a terminal). What was said
is stored as it was said; only what is shown is cleaned.
"""

from __future__ import annotations

import re

_ESCAPE_SEQUENCES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves, erasing
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC: window titles, links
    r"|\x1b[ -/]*[0-~]"  # any other escape
)
#: C0 controls but the line feed, DEL, C1 controls, and the bidirectional embeddings,
#: overrides and isolates.
_CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` without control characters and escape sequences (tabs become spaces)."""
    return _CONTROLS.sub("", _ESCAPE_SEQUENCES.sub("", text.replace("\t", " ")))
