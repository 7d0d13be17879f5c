"""The fake Bot API server, driven by aiogram's real aiohttp client."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiogram import Bot, Dispatcher, F, Router
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramConflictError,
    TelegramForbiddenError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.methods import TelegramMethod
from aiogram.types import (
    BotCommand,
    BotCommandScopeChat,
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardMarkup,
    Message,
)
from aiogram.utils.keyboard import InlineKeyboardBuilder

from tests.support.fakebotapi import Call, FakeBotAPI, UploadedFile
from tests.support.telegram import serve_fake_api

USER = 1001
TOKEN = "42:TEST"


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async for server in serve_fake_api(TOKEN):
        yield server


def make_bot(api: FakeBotAPI, token: str = TOKEN) -> Bot:
    session = AiohttpSession(api=TelegramAPIServer.from_base(api.base_url))
    return Bot(token, session=session)


async def close_bot(bot: Bot) -> None:
    """Close the bot's HTTP session.

    ``AiohttpSession.close()`` waits 250 ms for TLS connections to wind down; there is no TLS
    on 127.0.0.1, so the aiohttp session it uses (``create_session`` hands it out) is closed
    directly.
    """
    if isinstance(bot.session, AiohttpSession):
        client = await bot.session.create_session()
        await client.close()
    else:
        await bot.session.close()


@pytest.fixture
async def bot(api: FakeBotAPI) -> AsyncIterator[Bot]:
    bot = make_bot(api)
    try:
        yield bot
    finally:
        await close_bot(bot)


def keyboard(*pairs: tuple[str, str]) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for text, data in pairs:
        builder.button(text=text, callback_data=data)
    builder.adjust(1)
    return builder.as_markup()


# --------------------------------------------------------------------------- basics


async def test_get_me_describes_the_bot(api: FakeBotAPI, bot: Bot) -> None:
    me = await bot.get_me()
    assert me.is_bot
    assert me.id == 42
    assert me.username == "OverdueCardBot"
    assert me.can_join_groups is True
    assert me.has_topics_enabled is True
    assert [c.method for c in api.calls] == ["getMe"]
    assert api.calls[0].ok
    assert api.base_url.startswith("http://127.0.0.1:")


async def test_send_message_round_trips_inline_keyboard(api: FakeBotAPI, bot: Bot) -> None:
    markup = keyboard(("Pay 50", "pay:50"), ("Later", "later"))
    first = await bot.send_message(USER, "Hello <b>there</b>", parse_mode="HTML")
    second = await bot.send_message(USER, "Choose", reply_markup=markup)

    assert (first.message_id, second.message_id) == (1, 2)
    assert second.text == "Choose"
    assert second.reply_markup is not None
    assert second.reply_markup.model_dump() == markup.model_dump()
    assert second.chat.id == USER
    assert second.chat.type == "private"
    assert second.from_user is not None and second.from_user.username == "OverdueCardBot"

    params = api.sent_messages(USER)
    assert [p["text"] for p in params] == ["Hello <b>there</b>", "Choose"]
    assert params[0]["parse_mode"] == "HTML"
    assert params[0]["chat_id"] == USER  # decoded to int
    assert params[1]["reply_markup"] == {
        "inline_keyboard": [
            [{"text": "Pay 50", "callback_data": "pay:50"}],
            [{"text": "Later", "callback_data": "later"}],
        ]
    }
    stored = api.chat(USER)
    assert [m["text"] for m in stored] == ["Hello <b>there</b>", "Choose"]
    assert stored[1]["reply_markup"] == params[1]["reply_markup"]
    assert api.sent_messages(999) == []


async def test_message_ids_are_per_chat_and_threads_are_echoed(api: FakeBotAPI, bot: Bot) -> None:
    api.message(USER, "hi")  # the user's message takes id 1 in this chat
    a = await bot.send_message(USER, "one")
    b = await bot.send_message(2002, "other chat")
    c = await bot.send_message(-100500, "in a topic", message_thread_id=7)
    assert (a.message_id, b.message_id, c.message_id) == (2, 1, 1)
    assert c.message_thread_id == 7
    assert c.is_topic_message is True
    assert c.chat.type == "supergroup"
    assert [m["message_id"] for m in api.chat(USER)] == [1, 2]


async def test_text_validation(api: FakeBotAPI, bot: Bot) -> None:
    await bot.send_message(USER, "x" * 4096)
    # tags and entities do not count towards the limit
    await bot.send_message(USER, "<b>" + "y" * 4095 + "&amp;</b>", parse_mode="HTML")

    with pytest.raises(TelegramBadRequest, match="message is too long"):
        await bot.send_message(USER, "x" * 4097)
    with pytest.raises(TelegramBadRequest, match="message is too long"):
        await bot.send_message(USER, "<i>" + "z" * 4097 + "</i>", parse_mode="HTML")
    with pytest.raises(TelegramBadRequest, match="message text is empty"):
        await bot.send_message(USER, "")
    with pytest.raises(TelegramBadRequest, match="message text is empty"):
        await bot.send_message(USER, "<b> </b>", parse_mode="HTML")
    with pytest.raises(TelegramBadRequest, match="can't parse entities"):
        await bot.send_message(USER, "line<br>break", parse_mode="HTML")
    with pytest.raises(TelegramBadRequest, match="can't parse entities"):
        await bot.send_message(USER, "<b>unclosed", parse_mode="HTML")
    with pytest.raises(TelegramBadRequest, match="can't parse entities"):
        await bot.send_message(USER, "1 < 2", parse_mode="HTML")
    # without parse_mode the same text is fine
    await bot.send_message(USER, "1 < 2")
    with pytest.raises(TelegramBadRequest, match="BUTTON_DATA_INVALID"):
        await bot.send_message(USER, "kb", reply_markup=keyboard(("x", "d" * 65)))

    assert len(api.sent_messages(USER)) == 3
    assert len(api.chat(USER)) == 3
    assert [c.status for c in api.calls_of("sendMessage")].count(400) == 8


async def test_edit_text_and_markup(api: FakeBotAPI, bot: Bot) -> None:
    markup = keyboard(("Yes", "yes"), ("No", "no"))
    sent = await bot.send_message(USER, "Agree?", reply_markup=markup)

    edited = await bot.edit_message_text(
        text="Agreed?", chat_id=USER, message_id=sent.message_id, reply_markup=markup
    )
    assert isinstance(edited, Message)
    assert edited.text == "Agreed?"
    assert edited.reply_markup is not None
    assert edited.reply_markup.model_dump() == markup.model_dump()
    assert edited.edit_date is not None

    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_text(
            text="Agreed?", chat_id=USER, message_id=sent.message_id, reply_markup=markup
        )

    smaller = keyboard(("Yes", "yes"))
    edited = await bot.edit_message_reply_markup(
        chat_id=USER, message_id=sent.message_id, reply_markup=smaller
    )
    assert isinstance(edited, Message)
    assert edited.reply_markup is not None
    assert edited.reply_markup.model_dump() == smaller.model_dump()
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_reply_markup(
            chat_id=USER, message_id=sent.message_id, reply_markup=smaller
        )

    # editing the text without reply_markup removes the keyboard, as on Telegram
    await bot.edit_message_text(text="Done", chat_id=USER, message_id=sent.message_id)
    [stored] = api.chat(USER)
    assert stored["text"] == "Done"
    assert "reply_markup" not in stored

    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_text(text="?", chat_id=USER, message_id=999)
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_reply_markup(chat_id=USER, message_id=999, reply_markup=smaller)

    user_msg = api.message(USER, "mine")["message"]
    with pytest.raises(TelegramBadRequest, match="message can't be edited"):
        await bot.edit_message_text(text="x", chat_id=USER, message_id=user_msg["message_id"])


async def test_delete_forward_chat_action_and_get_chat(api: FakeBotAPI, bot: Bot) -> None:
    incoming = api.message(USER, "forward me", first_name="Ann")["message"]
    assert await bot.send_chat_action(USER, "typing") is True
    with pytest.raises(TelegramBadRequest, match="wrong parameter action"):
        await bot.send_chat_action(USER, "dancing")

    forwarded = await bot.forward_message(-100777, USER, incoming["message_id"])
    assert forwarded.text == "forward me"
    assert forwarded.forward_origin is not None
    assert forwarded.forward_origin.type == "user"
    with pytest.raises(TelegramBadRequest, match="message to forward not found"):
        await bot.forward_message(-100777, USER, 999)

    assert await bot.delete_message(USER, incoming["message_id"]) is True
    assert api.chat(USER) == []
    with pytest.raises(TelegramBadRequest, match="message to delete not found"):
        await bot.delete_message(USER, incoming["message_id"])

    chat = await bot.get_chat(USER)
    assert chat.type == "private"
    assert chat.first_name == "Ann"
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.get_chat(5555)
    assert await bot.close() is True
    assert await bot.log_out() is True


# --------------------------------------------------------------------------- failures


async def test_injected_failures_map_to_aiogram_exceptions(api: FakeBotAPI, bot: Bot) -> None:
    api.fail("sendMessage", status=429, retry_after=3)
    with pytest.raises(TelegramRetryAfter) as retry:
        await bot.send_message(USER, "a")
    assert retry.value.retry_after == 3
    assert "Too Many Requests: retry after 3" in retry.value.message
    assert api.calls[-1].response == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 3",
        "parameters": {"retry_after": 3},
    }

    api.fail("sendMessage", status=403)
    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await bot.send_message(USER, "b")

    api.fail("sendMessage", status=500, times=2)
    for _ in range(2):
        with pytest.raises(TelegramServerError, match="Internal Server Error"):
            await bot.send_message(USER, "c")

    api.fail("sendMessage", status=400, description="Bad Request: chat not found", chat_id=777)
    await bot.send_message(USER, "other chat is unaffected")
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.send_message(777, "d")
    await bot.send_message(777, "rule consumed")

    assert [p["text"] for p in api.sent_messages()] == ["other chat is unaffected", "rule consumed"]
    assert [c.status for c in api.calls_of("sendMessage")] == [429, 403, 500, 500, 200, 400, 200]


async def test_unknown_method_and_wrong_token(api: FakeBotAPI, bot: Bot) -> None:
    class SendUnicorn(TelegramMethod[bool]):
        __returning__ = bool
        __api_method__ = "sendUnicorn"

    with pytest.raises(TelegramNotFound, match="Not Found"):
        await bot(SendUnicorn())

    intruder = make_bot(api, token="13:WRONG")
    try:
        with pytest.raises(TelegramUnauthorizedError, match="Unauthorized"):
            await intruder.get_me()
    finally:
        await close_bot(intruder)

    async with aiohttp.ClientSession() as http:
        async with http.post(f"{api.base_url}/bot{TOKEN}/sendUnicorn") as resp:
            assert resp.status == 404
            assert await resp.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
        async with http.get(f"{api.base_url}/bot13:WRONG/getMe") as resp:
            assert resp.status == 401
            assert await resp.json() == {
                "ok": False,
                "error_code": 401,
                "description": "Unauthorized",
            }
    assert [c.method for c in api.calls] == ["sendUnicorn", "getMe", "sendUnicorn", "getMe"]


async def test_json_urlencoded_and_query_requests(api: FakeBotAPI) -> None:
    markup = {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}
    url = f"{api.base_url}/bot{TOKEN}/sendMessage"
    async with aiohttp.ClientSession() as http:
        async with http.post(url, json={"chat_id": 5, "text": "json", "reply_markup": markup}) as r:
            body = await r.json()
            assert body["ok"] is True
            assert body["result"]["reply_markup"] == markup
        form = {"chat_id": "5", "text": "123", "reply_markup": json.dumps(markup)}
        async with http.post(url, data=form) as r:
            assert (await r.json())["result"]["text"] == "123"
        async with http.get(url, params={"chat_id": "5", "text": "true"}) as r:
            assert (await r.json())["result"]["message_id"] == 3
        async with http.post(f"{api.base_url}/bot{TOKEN}/SENDMESSAGE", data={"chat_id": "5"}) as r:
            assert r.status == 400
            assert (await r.json())["description"] == "Bad Request: message text is empty"
    calls = api.calls_of("sendMessage")
    assert [c.http_method for c in calls] == ["POST", "POST", "GET", "POST"]
    # text stays a string even when it looks like JSON; ids and markup are decoded
    assert [c.params["text"] for c in calls[:3]] == ["json", "123", "true"]
    assert all(c.params["chat_id"] == 5 for c in calls)
    assert calls[1].params["reply_markup"] == markup


# --------------------------------------------------------------- files, topics, commands


async def test_send_document_keeps_bytes(api: FakeBotAPI, bot: Bot) -> None:
    payload = b"%PDF-1.4\n" + bytes(range(256)) * 40
    sent = await bot.send_document(
        USER,
        BufferedInputFile(payload, filename="plan.pdf"),
        caption="Your <b>plan</b>",
        parse_mode="HTML",
    )
    assert sent.document is not None
    assert sent.document.file_name == "plan.pdf"
    assert sent.document.file_size == len(payload)
    assert sent.document.mime_type == "application/pdf"
    assert sent.caption == "Your <b>plan</b>"

    [call] = api.calls_of("sendDocument")
    upload = call.params["document"]
    assert isinstance(upload, UploadedFile)
    assert upload.filename == "plan.pdf"
    assert upload.content == payload
    assert call.params["caption"] == "Your <b>plan</b>"
    assert api.sent_messages(USER) == [call.params]
    assert api.chat(USER)[0]["document"]["file_name"] == "plan.pdf"
    assert api.file_content(sent.document.file_id) == payload

    # the file can be fetched back through getFile + the file URL
    downloaded = await bot.download(sent.document.file_id)
    assert downloaded is not None
    assert downloaded.read() == payload

    # re-sending by file_id works, an unknown id does not
    again = await bot.send_document(USER, sent.document.file_id)
    assert again.document is not None and again.document.file_size == len(payload)
    with pytest.raises(TelegramBadRequest, match="wrong file identifier"):
        await bot.send_document(USER, "nonsense")
    with pytest.raises(TelegramBadRequest, match="caption is too long"):
        await bot.send_document(USER, BufferedInputFile(b"x", "a.txt"), caption="c" * 1025)


async def test_forum_topics_and_copy_message(api: FakeBotAPI, bot: Bot) -> None:
    group = -1001234
    first = await bot.create_forum_topic(group, "Case #1")
    second = await bot.create_forum_topic(group, "Case #2", icon_color=16766590)
    assert second.message_thread_id > first.message_thread_id
    assert (first.name, first.icon_color) == ("Case #1", 7322096)
    assert second.icon_color == 16766590

    incoming = api.message(USER, "I lost my job")["message"]
    copied = await bot.copy_message(
        group, USER, incoming["message_id"], message_thread_id=first.message_thread_id
    )
    in_topic = api.get_message(group, copied.message_id)
    assert in_topic is not None
    assert in_topic["text"] == "I lost my job"
    assert in_topic["message_thread_id"] == first.message_thread_id
    assert api.sent_messages(group)[0]["from_chat_id"] == USER
    with pytest.raises(TelegramBadRequest, match="message to copy not found"):
        await bot.copy_message(group, USER, 999)

    photo_msg = api.message(USER, "receipt", photo=True)["message"]
    copied = await bot.copy_message(group, USER, photo_msg["message_id"], caption="new caption")
    copy_of_photo = api.get_message(group, copied.message_id)
    assert copy_of_photo is not None
    assert copy_of_photo["caption"] == "new caption"
    assert copy_of_photo["photo"] == photo_msg["photo"]

    assert await bot.close_forum_topic(group, first.message_thread_id) is True
    with pytest.raises(TelegramBadRequest, match="TOPIC_CLOSED"):
        await bot.send_message(group, "late", message_thread_id=first.message_thread_id)
    with pytest.raises(TelegramBadRequest, match="TOPIC_NOT_MODIFIED"):
        await bot.close_forum_topic(group, first.message_thread_id)
    assert await bot.reopen_forum_topic(group, first.message_thread_id) is True
    await bot.send_message(group, "back", message_thread_id=first.message_thread_id)
    assert await bot.edit_forum_topic(group, first.message_thread_id, name="Case #1 (done)")
    with pytest.raises(TelegramBadRequest, match="TOPIC_ID_INVALID"):
        await bot.close_forum_topic(group, 4242)

    topics = api.topics(group)
    assert [(t["name"], t["closed"]) for t in topics] == [
        ("Case #1 (done)", False),
        ("Case #2", False),
    ]


async def test_bot_commands_per_scope_and_language(api: FakeBotAPI, bot: Bot) -> None:
    default = [
        BotCommand(command="start", description="Start"),
        BotCommand(command="help", description="Help"),
    ]
    spanish = [BotCommand(command="start", description="Empezar")]
    chat_scope = BotCommandScopeChat(chat_id=USER)
    assert await bot.set_my_commands(default)
    assert await bot.set_my_commands(spanish, language_code="es")
    assert await bot.set_my_commands(spanish, scope=chat_scope)

    assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]
    assert [c.description for c in await bot.get_my_commands(language_code="es")] == ["Empezar"]
    assert api.commands({"type": "chat", "chat_id": USER}) == [
        {"command": "start", "description": "Empezar"}
    ]
    assert await bot.delete_my_commands(language_code="es")
    assert await bot.get_my_commands(language_code="es") == []
    with pytest.raises(TelegramBadRequest, match="BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand(command="Bad-Name", description="x")])


# --------------------------------------------------------------------------- updates


async def test_get_updates_long_poll_and_offsets(api: FakeBotAPI, bot: Bot) -> None:
    first = api.message(USER, "one")
    api.message(USER, "two", chat_id=-1005, chat_type="supergroup", message_thread_id=3)

    updates = await bot.get_updates(timeout=10)
    assert [u.update_id for u in updates] == [first["update_id"], first["update_id"] + 1]
    assert updates[0].message is not None
    assert updates[0].message.from_user is not None
    assert updates[0].message.from_user.language_code == "en"
    topic_msg = updates[1].message
    assert topic_msg is not None
    assert topic_msg.chat.is_forum is True
    assert topic_msg.message_thread_id == 3

    # not confirmed yet: handed out again; limit honoured
    again = await bot.get_updates(limit=1)
    assert [u.update_id for u in again] == [first["update_id"]]

    # a parked long poll wakes when an update is injected
    poll = asyncio.create_task(bot.get_updates(offset=updates[-1].update_id + 1, timeout=10))
    await api.wait_for("getUpdates", count=3)
    cb = api.callback(USER, 999, "pay:50")
    woke = await asyncio.wait_for(poll, 2)
    assert [u.update_id for u in woke] == [cb["update_id"]]
    assert woke[0].callback_query is not None
    assert woke[0].callback_query.data == "pay:50"
    assert api.pending_updates == [cb]

    # an empty long poll returns after the capped timeout (0.5 s here, not 10 s)
    empty = await bot.get_updates(offset=cb["update_id"] + 1, timeout=10)
    assert empty == []
    assert api.pending_updates == []

    # allowed_updates filters (and persists like on Telegram)
    api.edited_message(USER, 1, "one (edited)")
    api.message(USER, "three")
    got = await bot.get_updates(allowed_updates=["message"])
    assert [u.message.text for u in got if u.message] == ["three"]
    assert len(got) == 1
    assert api.chat(USER)[0]["text"] == "one (edited)"


async def test_webhook_blocks_polling(api: FakeBotAPI, bot: Bot) -> None:
    assert await bot.set_webhook("https://example.invalid/hook")
    info = await bot.get_webhook_info()
    assert info.url == "https://example.invalid/hook"
    with pytest.raises(TelegramConflictError, match="webhook is active"):
        await bot.get_updates()
    api.message(USER, "queued")
    assert await bot.delete_webhook(drop_pending_updates=True)
    assert (await bot.get_webhook_info()).pending_update_count == 0
    assert await bot.get_updates() == []


async def test_wait_for_times_out_quickly(api: FakeBotAPI) -> None:
    loop = asyncio.get_running_loop()
    started = loop.time()
    with pytest.raises(TimeoutError, match="0/1 matching sendMessage"):
        await api.wait_for("sendMessage", timeout=0.05)
    assert loop.time() - started < 1
    api.message(USER, "never polled")
    with pytest.raises(TimeoutError, match="1 update"):
        await api.wait_idle(timeout=0.05)


async def test_dispatcher_polling_echo_and_callbacks(api: FakeBotAPI) -> None:
    router = Router()

    @router.message(F.text)
    async def echo(message: Message) -> None:
        await message.answer(
            f"echo: {message.text}", reply_markup=keyboard(("Again", "again"), ("Stop", "stop"))
        )

    @router.callback_query(F.data == "stop")
    async def stop(query: CallbackQuery) -> None:
        await query.answer("Stopped")
        assert isinstance(query.message, Message)
        await query.message.edit_text(f"{query.message.text} (stopped)")

    dp = Dispatcher()
    dp.include_router(router)
    bot = make_bot(api)
    polling = asyncio.create_task(dp.start_polling(bot, handle_signals=False))
    try:
        api.message(USER, "hello")
        api.message(USER, None, sticker=True)  # no text: not echoed
        [reply] = await api.wait_for("sendMessage")
        assert reply.params["text"] == "echo: hello"
        assert reply.params["chat_id"] == USER
        bot_msg_id = reply.result["message_id"]
        assert isinstance(bot.session, AiohttpSession)
        client = await bot.session.create_session()  # the one in use

        api.callback(USER, bot_msg_id, "stop")
        await api.wait_for("editMessageText")
        await api.wait_idle()

        [answer] = api.calls_of("answerCallbackQuery")
        assert answer.ok and answer.params["text"] == "Stopped"
        edited = api.get_message(USER, bot_msg_id)
        assert edited is not None
        assert edited["text"] == "echo: hello (stopped)"
        assert "reply_markup" not in edited
        assert [p["text"] for p in api.sent_messages(USER)] == ["echo: hello"]
        assert api.pending_updates == []

        # aiogram asked only for the update types it has handlers for
        allowed = api.calls_of("getUpdates")[0].params["allowed_updates"]
        assert sorted(allowed) == ["callback_query", "message"]

        mark = len(api.calls)
        api.message(USER, "again", chat_id=-100321, chat_type="supergroup", message_thread_id=9)
        [topic_reply] = await api.wait_for("sendMessage", since=mark)
        assert topic_reply.params["chat_id"] == -100321
        assert topic_reply.params["message_thread_id"] == 9
    finally:
        await dp.stop_polling()
        await asyncio.wait_for(polling, 5)
    assert client.closed  # closed by aiogram
    assert isinstance(api.calls[0], Call) and api.calls[0].method == "getMe"
