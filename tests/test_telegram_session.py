"""The bot's HTTP session:
JSON requests, forms only for files, Telegram's echo trimmed, errors as aiogram's."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest
from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramRetryAfter,
)
from aiogram.methods import EditMessageReplyMarkup, SendDocument, SendMessage
from aiogram.types import BufferedInputFile, InlineKeyboardMarkup, LinkPreviewOptions, Message

from bot.runtime import Button, Rendered
from bot.telegram.render import keyboard
from bot.telegram.sending import RetryAfter
from bot.telegram.session import ClearKeyboard, SendReply, TelegramSession
from tests.conftest import serve_fake_api
from tests.fakebotapi import FakeBotAPI, UploadedFile

TOKEN = "42:SESSION"
CHAT = 5001


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async for server in serve_fake_api(TOKEN):
        yield server


@pytest.fixture
async def bot(api: FakeBotAPI) -> AsyncIterator[Bot]:
    bot = Bot(
        TOKEN,
        session=TelegramSession(api.base_url),
        default=DefaultBotProperties(parse_mode="HTML"),
    )
    try:
        yield bot
    finally:
        await bot.session.close()


def markup() -> InlineKeyboardMarkup:
    reply = Rendered(
        "Your options",
        (Button("Pay 500 a month", "option:1"), Button("Talk to a person", "person")),
        7,
        3,
    )
    sent = keyboard(reply)
    assert sent is not None
    return InlineKeyboardMarkup.model_validate(sent)


def test_a_request_without_a_file_is_one_json_text_without_empty_fields() -> None:
    bot = Bot(TOKEN, default=DefaultBotProperties(parse_mode="HTML"))
    session = TelegramSession("http://127.0.0.1:1")
    method = SendMessage(
        chat_id=CHAT,
        text="<b>Hello</b>",
        reply_markup=markup(),
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )
    body = session.json_body(bot, method)
    assert body is not None
    sent = json.loads(body)
    assert sent["chat_id"] == CHAT
    assert sent["text"] == "<b>Hello</b>"
    assert sent["parse_mode"] == "HTML"  # the bot's default, resolved
    assert sent["link_preview_options"] == {"is_disabled": True}
    buttons = [button for row in sent["reply_markup"]["inline_keyboard"] for button in row]
    assert [set(button) for button in buttons] == [
        {"text", "callback_data"}
    ] * 2  # no None attribute sent
    assert "message_thread_id" not in sent and "reply_parameters" not in sent


def test_a_request_with_a_file_is_left_to_the_form() -> None:
    bot = Bot(TOKEN)
    session = TelegramSession("http://127.0.0.1:1")
    method = SendDocument(
        chat_id=CHAT, document=BufferedInputFile(b"%PDF-1.4", filename="plan.pdf")
    )
    assert session.json_body(bot, method) is None


async def test_a_message_goes_as_json_and_comes_back_without_the_echo_of_what_was_sent(
    api: FakeBotAPI, bot: Bot
) -> None:
    message = await bot.send_message(
        CHAT,
        "<b>Your options</b>",
        reply_markup=markup(),
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )
    call = api.calls_of("sendMessage")[-1]
    assert call.content_type == "application/json"
    assert call.params["parse_mode"] == "HTML"
    assert [
        b["callback_data"] for row in call.params["reply_markup"]["inline_keyboard"] for b in row
    ] == [button.callback_data for row in markup().inline_keyboard for button in row]
    assert (
        call.response is not None and call.response["result"]["reply_markup"]
    )  # Telegram echoes the keyboard
    assert isinstance(message, Message)
    assert message.message_id == call.result["message_id"]
    assert message.chat.id == CHAT
    assert message.reply_markup is None  # the echo is not read back
    assert message.bot is bot  # bound like any aiogram message

    edited = await bot(EditMessageReplyMarkup(chat_id=CHAT, message_id=message.message_id))
    assert isinstance(edited, Message) and edited.message_id == message.message_id
    assert api.calls_of("editMessageReplyMarkup")[-1].content_type == "application/json"


async def test_a_document_still_goes_as_a_form_with_its_file(api: FakeBotAPI, bot: Bot) -> None:
    sent = await bot.send_document(
        CHAT, BufferedInputFile(b"%PDF-1.4 agreement", filename="agreement.pdf")
    )
    call = api.calls_of("sendDocument")[-1]
    assert call.content_type == "multipart/form-data"
    assert isinstance(call.params["document"], UploadedFile)
    assert call.params["document"].content == b"%PDF-1.4 agreement"
    assert sent.document is not None and sent.document.file_name == "agreement.pdf"


async def test_errors_are_aiograms_own(api: FakeBotAPI, bot: Bot) -> None:
    api.fail("sendMessage", status=403)
    with pytest.raises(TelegramForbiddenError):
        await bot.send_message(CHAT, "hello")
    api.fail("sendMessage", status=429, retry_after=3)
    with pytest.raises(TelegramRetryAfter) as flood:
        await bot.send_message(CHAT, "hello")
    assert flood.value.retry_after == 3
    assert (await bot.send_message(CHAT, "hello")).message_id > 0


@pytest.mark.parametrize(
    "content", ['{"ok": true, "result": {"message_id": "not a number"}}', "<html>"]
)
def test_an_answer_that_is_not_a_message_is_a_decode_error(content: str) -> None:
    bot = Bot(TOKEN)
    session = TelegramSession("http://127.0.0.1:1")
    with pytest.raises(ClientDecodeError):
        session.check_response(bot, SendMessage(chat_id=CHAT, text="x"), 200, content)


# --- the bot's replies: SendReply ----------------------------------------------------------------


def test_a_reply_is_the_bot_apis_own_json() -> None:
    bot = Bot(TOKEN)
    session = TelegramSession("http://127.0.0.1:1")
    reply = Rendered(
        "Your options",
        (Button("Pay 500 a month", "option:1"), Button("Talk to a person", "person")),
        7,
        3,
    )
    body = session.json_body(
        bot, SendReply(chat_id=CHAT, text="<b>Hello</b>", reply_markup=keyboard(reply))
    )
    assert body is not None
    assert json.loads(body) == {
        "chat_id": CHAT,
        "text": "<b>Hello</b>",
        "parse_mode": "HTML",
        "link_preview_options": {"is_disabled": True},
        "reply_markup": {
            "inline_keyboard": [
                [{"text": "Pay 500 a month", "callback_data": "c|7|3|option:1"}],
                [{"text": "Talk to a person", "callback_data": "c|7|3|person"}],
            ]
        },
    }
    assert "reply_markup" not in json.loads(
        session.json_body(bot, SendReply(chat_id=CHAT, text="x")) or ""
    )


async def test_a_reply_is_answered_by_its_message_id(api: FakeBotAPI, bot: Bot) -> None:
    message_id = await bot(
        SendReply(
            chat_id=CHAT,
            text="<b>Your options</b>",
            reply_markup=markup().model_dump(exclude_none=True),
        )
    )
    call = api.calls_of("sendMessage")[-1]
    assert call.content_type == "application/json"
    assert type(message_id) is int and message_id == call.result["message_id"]
    assert (api.get_message(CHAT, message_id) or {})["reply_markup"]["inline_keyboard"][1][0][
        "text"
    ] == "Talk to a person"
    assert await bot(SendReply(chat_id=CHAT, text="next")) == message_id + 1


async def test_a_reply_meets_aiograms_errors_and_flood_control(api: FakeBotAPI, bot: Bot) -> None:
    api.fail("sendMessage", status=403)
    with pytest.raises(TelegramForbiddenError):
        await bot(SendReply(chat_id=CHAT, text="hello"))
    api.fail("sendMessage", status=400, description="Bad Request: can't parse entities")
    with pytest.raises(TelegramBadRequest):
        await bot(SendReply(chat_id=CHAT, text="<b>hello"))
    waited: list[float] = []

    async def sleep(seconds: float) -> None:
        waited.append(seconds)

    bot.session.middleware(RetryAfter(sleep=sleep))
    api.fail("sendMessage", status=429, retry_after=3)
    assert await bot(SendReply(chat_id=CHAT, text="hello")) > 0  # waited out, then sent
    assert waited == [3]


@pytest.mark.parametrize(
    "content",
    ['{"ok": true, "result": {"message_id": "not a number"}}', '{"ok": true, "result": true}'],
)
def test_an_answer_to_a_reply_without_a_message_id_is_a_decode_error(content: str) -> None:
    with pytest.raises(ClientDecodeError):
        TelegramSession("http://127.0.0.1:1").lean_answer(
            SendReply(chat_id=CHAT, text="x"), content
        )


@pytest.mark.parametrize(
    ("content", "error"),
    [
        ("<html>", ClientDecodeError),
        ('{"ok": false, "error_code": 200, "description": "odd"}', TelegramAPIError),
    ],
)
def test_an_answer_to_a_reply_that_is_not_a_success_is_judged_by_aiogram(
    content: str, error: type
) -> None:
    session = TelegramSession("http://127.0.0.1:1")
    method = SendReply(chat_id=CHAT, text="x")
    assert session.lean_answer(method, content) is None
    with pytest.raises(error):
        session.check_response(Bot(TOKEN), method, 200, content)


async def test_a_keyboard_is_cleared_without_reading_the_message_back(
    api: FakeBotAPI, bot: Bot
) -> None:
    message_id = await bot(
        SendReply(chat_id=CHAT, text="Choose", reply_markup=markup().model_dump(exclude_none=True))
    )
    assert await bot(ClearKeyboard(chat_id=CHAT, message_id=message_id)) is True
    call = api.calls_of("editMessageReplyMarkup")[-1]
    assert call.content_type == "application/json" and call.params == {
        "chat_id": CHAT,
        "message_id": message_id,
    }
    assert not (api.get_message(CHAT, message_id) or {}).get("reply_markup")
    api.fail(
        "editMessageReplyMarkup", status=400, description="Bad Request: message is not modified"
    )
    with pytest.raises(TelegramBadRequest):
        await bot(ClearKeyboard(chat_id=CHAT, message_id=message_id))
    with pytest.raises(ClientDecodeError):
        TelegramSession("http://127.0.0.1:1").lean_answer(
            ClearKeyboard(chat_id=CHAT, message_id=1), '{"ok": true, "result": 5}'
        )
