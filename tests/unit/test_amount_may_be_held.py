"""The quick test before an own amount is read at the options holds back no amount."""

from __future__ import annotations

import pytest

from bot.evaluation import load_cases
from dialogs.understanding.rules import may_hold_an_amount, read_amount
from tests.unit.test_meaning import MESSAGES_FOLDER

#: Where the options are shown or declined an own amount is looked for in every message.
_ASKED_WITH_OFFERS = {"options", "declined", "detail", "counter"}


def test_no_amount_is_read_where_none_may_be_held() -> None:
    """Every labelled message at those questions: where the quick test finds no figure, the
    whole reading finds none more than nothing, as the options read it and as the counter does."""
    cases = [c for c in load_cases([MESSAGES_FOLDER]) if c.question in _ASKED_WITH_OFFERS]
    assert len(cases) > 1000
    held_none = [c for c in cases if not may_hold_an_amount(c.text, c.language)]
    assert held_none
    for case in held_none:
        for asked in ("", "counter"):
            amount = read_amount(case.text, case.language, offer=True, asked=asked).amount
            assert not amount, (case.text, asked)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the 12 one", "en"),
        ("could i do forty a month", "en"),
        ("a tenner a week", "en"),
        ("havi húszezret tudnék", "hu"),
        ("每月还八百", "zh"),
        ("3k", "en"),
    ],
)
def test_a_figure_in_digits_words_or_numerals_may_be_held(text: str, language: str) -> None:
    assert may_hold_an_amount(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the hardship one please", "en"),
        ("a kamatmentes részletfizetést kérném", "hu"),
        ("我选免息的那个", "zh"),
    ],
)
def test_a_pick_by_its_kind_holds_no_figure(text: str, language: str) -> None:
    assert not may_hold_an_amount(text, language)
