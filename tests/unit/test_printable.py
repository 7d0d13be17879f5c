"""What people typed is shown without control characters or escape sequences, words intact."""

from __future__ import annotations

import pytest

from bot.printable import printable


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("\x07\x1b[31mred\x1b[0m", "red"),
        ("a\x1b]0;a new window title\x07b", "ab"),
        ("a\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\b", "alinkb"),
        ("keep\x1b7this\x1bc", "keepthis"),
        ("over\rwritten", "overwritten"),
        ("gone\x08\x08\x08\x08", "gone"),
        ("\u202eevil\u202c \u2066x\u2069", "evil x"),
        ("c1\x85\x9b31mx\x7f", "c1x"),
        ("tab\tand\nline", "tab and\nline"),
        (
            "8 000 Ft, 中文, ő, 👩\u200d👩\u200d👧 <b>&amp;</b>",
            "8 000 Ft, 中文, ő, 👩\u200d👩\u200d👧 <b>&amp;</b>",
        ),
    ],
)
def test_printable_keeps_the_words_and_drops_the_controls(typed: str, shown: str) -> None:
    assert printable(typed) == shown
