"""Turning replies into Telegram messages: parts, keyboards, button data; and log redaction."""

from __future__ import annotations

import logging

import pytest
from aiogram.types import InlineKeyboardMarkup

from bot.channels.telegram.callbacks import ChoiceData
from bot.channels.telegram.logs import MASK, Redact
from bot.channels.telegram.render import TEXT_LIMIT, joined, keyboard, messages, size, split_text
from bot.service.rendering import Button, Rendered
from tests.support.fakebotapi import plain_text


def shown(part: str) -> str:
    """What Telegram would display; raises as Telegram does on broken HTML."""
    return plain_text(part, "HTML")


def test_a_short_text_is_one_message() -> None:
    assert split_text("<b>Hello</b>\nworld") == ["<b>Hello</b>\nworld"]


def test_a_long_text_is_cut_after_whole_lines() -> None:
    lines = [f"{n}. December 2, 2026 — $83.33" for n in range(400)]
    parts = split_text("\n".join(lines), 1000)
    assert len(parts) > 5
    assert all(size(part) <= 1000 for part in parts)
    assert [line for part in parts for line in part.split("\n")] == lines


def test_tags_open_at_a_cut_are_closed_and_opened_again() -> None:
    quote = (
        "<blockquote>"
        + "\n".join(f"clause {n} &amp; more &lt;terms&gt;" for n in range(100))
        + "</blockquote>"
    )
    text = f"<b>Agreement</b>\n{quote}\n<i>Signed</i>"
    parts = split_text(text, 500)
    assert len(parts) > 3
    for part in parts:
        assert size(part) <= 500
        shown(part)  # balanced tags, whole entities
    assert parts[1].startswith("<blockquote>") and parts[0].endswith("</blockquote>")
    assert "\n".join(shown(p) for p in parts) == shown(text)


def test_a_line_longer_than_a_message_is_cut_between_words() -> None:
    words = " ".join(f"word{n}" for n in range(2000))
    parts = split_text(f"<b>{words}</b>")
    assert len(parts) >= 3
    assert all(size(p) <= TEXT_LIMIT for p in parts)
    assert " ".join(shown(p) for p in parts).split() == words.split()
    without_spaces = "x" * 9000
    assert [len(p) for p in split_text(without_spaces)] == [4096, 4096, 808]


def test_length_is_counted_as_telegram_does_in_utf16() -> None:
    emoji = "🙂" * 3000  # two UTF-16 code units each
    parts = split_text(emoji)
    assert len(parts) == 2 and all(size(p) <= TEXT_LIMIT for p in parts)
    assert "".join(parts) == emoji
    chinese = "\n".join("您的还款协议已确认并保存。" * 10 for _ in range(40))
    assert all(size(p) <= TEXT_LIMIT for p in split_text(chinese))


def test_the_keyboard_has_one_button_per_row_carrying_conversation_turn_and_value() -> None:
    reply = Rendered(
        "Choose",
        (
            Button("1. 24 monthly payments", "option:instalment-24"),
            Button("Talk to a person", "person"),
        ),
        conversation_id=12,
        turn=7,
        transcript_id=3,
    )
    markup = keyboard(reply)
    assert isinstance(markup, InlineKeyboardMarkup)
    assert markup.model_dump(exclude_none=True) == {  # nothing but text and data on a button
        "inline_keyboard": [
            [{"text": "1. 24 monthly payments", "callback_data": "c|12|7|option:instalment-24"}],
            [{"text": "Talk to a person", "callback_data": "c|12|7|person"}],
        ]
    }
    assert [[b.text for b in row] for row in markup.inline_keyboard] == [
        ["1. 24 monthly payments"],
        ["Talk to a person"],
    ]
    data = ChoiceData.unpack(markup.inline_keyboard[0][0].callback_data or "")
    assert (data.conversation, data.turn, data.value) == (12, 7, "option:instalment-24")
    assert keyboard(Rendered("No buttons", (), 12, 7)) is None


def test_button_data_fits_telegrams_64_bytes() -> None:
    longest = ChoiceData(conversation=2**31, turn=10**6, value="cause:family_emergency").pack()
    assert len(longest.encode()) <= 64
    assert ChoiceData.unpack(longest).value == "cause:family_emergency"
    with pytest.raises(ValueError):
        ChoiceData(conversation=1, turn=1, value="x" * 64).pack()


@pytest.mark.parametrize("forged", ["c:xyz", "c|1|2", "c|a|b|c", "d|1|2|person", "c|1|2|a|b"])
def test_forged_button_data_does_not_unpack(forged: str) -> None:
    with pytest.raises((TypeError, ValueError)):
        ChoiceData.unpack(forged)


def test_redact_hides_the_token_in_messages_arguments_and_tracebacks() -> None:
    token = "7301924455:AAF-s3cr3t-T0ken-Part-kq9Zx"
    redact = Redact([token, ""])
    record = logging.LogRecord(
        "aiogram",
        logging.ERROR,
        __file__,
        1,
        "GET %s failed",
        (f"https://x/bot{token}/getMe",),
        None,
    )
    try:
        raise RuntimeError(
            f"url=https://x/bot{token}/getUpdates and AAF-s3cr3t-T0ken-Part-kq9Zx alone"
        )
    except RuntimeError:
        import sys

        record.exc_info = sys.exc_info()
    assert redact.filter(record)
    formatted = logging.Formatter().format(record)
    assert token not in formatted and "AAF-s3cr3t-T0ken-Part-kq9Zx" not in formatted
    assert formatted.count(MASK) >= 3


def _reply(
    text: str, *, buttons: int = 0, attach: str | None = None, transcript_id: int = 1
) -> Rendered:
    return Rendered(
        text,
        tuple(Button(f"b{n}", f"v{n}") for n in range(buttons)),
        7,
        3,
        transcript_id,
        "t",
        attach,
    )


def test_replies_of_a_step_share_a_message_until_buttons_a_document_or_the_limit() -> None:
    intro, question = _reply("Welcome back."), _reply("Why is the payment late?", buttons=3)
    assert [[r.text for r in group] for group in messages([intro, question])] == [
        ["Welcome back.", "Why is the payment late?"]
    ]
    assert joined([intro, question]) == "Welcome back.\n\nWhy is the payment late?"
    # Buttons end a message: what follows them is a message of its own.
    assert len(messages([question, intro])) == 2
    # So does a document, which follows the text it belongs to.
    assert len(messages([_reply("Agreed.", attach="agreement"), intro])) == 2
    # Two texts that would not fit in one message stay apart (and each is split as usual).
    long = _reply("x" * 3000)
    assert len(messages([long, _reply("y" * 2000)])) == 2
    assert len(messages([])) == 0
