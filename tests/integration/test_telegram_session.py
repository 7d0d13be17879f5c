"""The bot's requests to Telegram, through aiogram's own session and methods:
replies as the Bot API expects them, a tapped keyboard removed, 403 and 429 as before."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError, TelegramRetryAfter
from aiogram.types import BufferedInputFile

from bot.channels.telegram.directory import Directory
from bot.channels.telegram.outbox import Outbox
from bot.channels.telegram.render import keyboard
from bot.channels.telegram.sending import close_bot, telegram_bot
from bot.clock import ManualClock
from bot.config import load_settings
from bot.service.rendering import Button, Rendered
from bot.storage.db import Database
from bot.texts import Texts
from tests.support.fakebotapi import FakeBotAPI, UploadedFile
from tests.support.telegram import serve_fake_api

TOKEN = "42:SESSION"
CHAT = 5001
OPTIONS = Rendered(
    "Your options",
    (Button("Pay 500 a month", "option:1"), Button("Talk to a person", "person")),
    7,
    3,
)
#: The keyboard of OPTIONS as the Bot API reads it: one button a row, text and packed data only.
OPTIONS_KEYBOARD = {
    "inline_keyboard": [
        [{"text": "Pay 500 a month", "callback_data": "c|7|3|option:1"}],
        [{"text": "Talk to a person", "callback_data": "c|7|3|person"}],
    ]
}


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async for server in serve_fake_api(TOKEN):
        yield server


@pytest.fixture
def waited() -> list[float]:
    """The flood-control waits the bot asked for (none of them slept)."""
    return []


@pytest.fixture
async def bot(api: FakeBotAPI, waited: list[float]) -> AsyncIterator[Bot]:
    async def sleep(seconds: float) -> None:
        waited.append(seconds)

    bot = telegram_bot(TOKEN, api.base_url, sleep=sleep)  # as TelegramApp builds it
    try:
        yield bot
    finally:
        await close_bot(bot)


@pytest.fixture
def outbox(database: Database) -> Outbox:
    settings = load_settings(None)
    clock = ManualClock(datetime(2026, 11, 23, 10, 0, tzinfo=UTC))
    return Outbox(
        database, Directory(database), Texts(settings.bank), settings.bank.default_language, clock
    )


def sent_messages(api: FakeBotAPI) -> list[dict[str, object]]:
    return [call.params for call in api.calls_of("sendMessage") if call.ok]


# --- replies -------------------------------------------------------------------------------------


async def test_a_reply_goes_as_html_without_preview_with_one_button_a_row(
    api: FakeBotAPI, bot: Bot, outbox: Outbox
) -> None:
    message_id = await outbox.send(bot, CHAT, "<b>Your options</b>", keyboard(OPTIONS))
    call = api.calls_of("sendMessage")[-1]
    assert call.params == {
        "chat_id": CHAT,
        "text": "<b>Your options</b>",
        "parse_mode": "HTML",
        "link_preview_options": {"is_disabled": True},
        "reply_markup": OPTIONS_KEYBOARD,  # nothing but text and data on a button
    }
    assert type(message_id) is int and message_id == call.result["message_id"]
    assert (api.get_message(CHAT, message_id) or {})["reply_markup"] == OPTIONS_KEYBOARD

    assert await outbox.send(bot, CHAT, "next") == message_id + 1
    assert "reply_markup" not in api.calls_of("sendMessage")[-1].params


async def test_a_long_reply_goes_in_parts_with_the_buttons_on_the_last(
    api: FakeBotAPI, bot: Bot, outbox: Outbox
) -> None:
    text = "\n".join(f"<b>Instalment {n}</b>: " + "due on the 10th " * 5 for n in range(1, 121))
    first = await outbox.send(bot, CHAT, text, keyboard(OPTIONS))
    parts = sent_messages(api)
    assert len(parts) > 1
    assert first == api.calls_of("sendMessage")[0].result["message_id"]  # the first part's id
    assert [part.get("reply_markup") for part in parts] == [None] * (len(parts) - 1) + [
        OPTIONS_KEYBOARD
    ]
    assert all(part["parse_mode"] == "HTML" for part in parts)


async def test_the_bot_sends_html_without_link_previews_by_default(
    api: FakeBotAPI, bot: Bot
) -> None:
    await bot.send_message(CHAT, "<i>See https://bank.example</i>")
    assert api.calls_of("sendMessage")[-1].params == {
        "chat_id": CHAT,
        "text": "<i>See https://bank.example</i>",
        "parse_mode": "HTML",
        "link_preview_options": {"is_disabled": True},
    }


async def test_a_document_goes_as_a_form_with_its_file(api: FakeBotAPI, bot: Bot) -> None:
    sent = await bot.send_document(
        CHAT, BufferedInputFile(b"%PDF-1.4 agreement", filename="agreement.pdf")
    )
    call = api.calls_of("sendDocument")[-1]
    assert call.content_type == "multipart/form-data"
    assert isinstance(call.params["document"], UploadedFile)
    assert call.params["document"].content == b"%PDF-1.4 agreement"
    assert sent.document is not None and sent.document.file_name == "agreement.pdf"


# --- a tapped keyboard ---------------------------------------------------------------------------


# --- errors: aiogram's own, flood control waited out ---------------------------------------------


async def test_a_blocked_bot_is_aiogram_s_403(api: FakeBotAPI, bot: Bot, outbox: Outbox) -> None:
    api.fail("sendMessage", status=403)
    with pytest.raises(TelegramForbiddenError):
        await outbox.send(bot, CHAT, "hello")
    api.fail("sendMessage", status=403)
    await outbox.say(bot, CHAT, "no_invite", "en")  # a note to a stranger: nothing to do
    api.fail("sendMessage", status=400, description="Bad Request: can't parse entities")
    with pytest.raises(TelegramBadRequest):
        await outbox.send(bot, CHAT, "<b>hello")
    assert sent_messages(api) == []


async def test_flood_control_is_waited_out_and_the_reply_sent_once(
    api: FakeBotAPI, bot: Bot, outbox: Outbox, waited: list[float]
) -> None:
    api.fail("sendMessage", status=429, retry_after=3)
    message_id = await outbox.send(bot, CHAT, "hello", keyboard(OPTIONS))
    assert waited == [3]
    [sent] = sent_messages(api)
    assert sent["reply_markup"] == OPTIONS_KEYBOARD
    assert message_id == api.calls_of("sendMessage")[-1].result["message_id"]

    api.fail("editMessageReplyMarkup", status=429, retry_after=2)
    await bot.edit_message_reply_markup(chat_id=CHAT, message_id=message_id, reply_markup=None)
    assert waited == [3, 2]
    assert "reply_markup" not in (api.get_message(CHAT, message_id) or {})


async def test_flood_control_gives_up_after_five_attempts(
    api: FakeBotAPI, bot: Bot, outbox: Outbox, waited: list[float]
) -> None:
    api.fail("sendMessage", status=429, retry_after=1, times=5)
    with pytest.raises(TelegramRetryAfter):
        await outbox.send(bot, CHAT, "hello")
    assert waited == [1, 1, 1, 1]
    assert sent_messages(api) == []
