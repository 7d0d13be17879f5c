"""The Telegram channel end to end:
``TelegramApp.run()`` against the fake Bot API, on SQLite and on PostgreSQL.

Every test drives the real path — aiogram's HTTP client, the dispatcher, the routers, the
runtime and the database — and looks at what a cardholder would see and what was recorded.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import signal
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from aiogram.client.session.aiohttp import AiohttpSession
from sqlalchemy import select

from bot.channels.telegram.callbacks import ChoiceData
from bot.channels.telegram.commands import COMMANDS
from bot.clock import ManualClock
from bot.storage.db import Database
from bot.storage.models import Agreement, Direction, Holder, Instalment, TranscriptMessage
from bot.storage.models import Cardholder as CardholderRow
from bot.storage.models import Conversation as ConversationRow
from bot.texts import Texts, html_to_text
from tests.support.fakebotapi import FakeBotAPI
from tests.support.telegram import (
    BOT_TOKEN,
    WEBHOOK_SECRET,
    Running,
    Sent,
    TelegramUser,
    bot_settings,
    invite,
    running,
    webhook_settings,
)

WANG = 5001  # Telegram user id of the cardholder of CN-001 (zh, CNY, card ending 7319)
SMITH = 5002  # of GB-002 (en, GBP, card ending 9012)
STRANGER = 5003
ROOT = Path(__file__).resolve().parents[2]  # where `python -m bot` runs


async def conversation(db: Database, user_id: int) -> ConversationRow:
    return await db.read(
        lambda session: session.execute(
            select(ConversationRow)
            .join(CardholderRow, CardholderRow.id == ConversationRow.cardholder_id)
            .where(CardholderRow.user_id == user_id)
        ).scalar_one()
    )


async def cardholder(db: Database, user_id: int) -> CardholderRow | None:
    return await db.read(
        lambda session: session.execute(
            select(CardholderRow).where(CardholderRow.user_id == user_id)
        ).scalar_one_or_none()
    )


async def transcript(db: Database, conversation_id: int) -> list[TranscriptMessage]:
    return await db.read(
        lambda session: list(
            session.scalars(
                select(TranscriptMessage)
                .where(TranscriptMessage.conversation_id == conversation_id)
                .order_by(TranscriptMessage.id)  # type: ignore[arg-type]
            )
        )
    )


async def agreements(db: Database) -> list[Agreement]:
    return await db.read(lambda session: list(session.scalars(select(Agreement))))


def notes(sent: Sent) -> list[str | None]:
    """The texts of the callback answers (None: answered without a note)."""
    return [c.params.get("text") for c in sent.of("answerCallbackQuery")]


def stale_note(language: str) -> str:
    from bot.config import load_settings
    from dialogs.replies import Reply

    return html_to_text(Texts(load_settings(None).bank).render(Reply("stale_button"), language))


async def start_verified(
    api: FakeBotAPI,
    bot: Running,
    db: Database,
    clock: ManualClock,
    *,
    ref: str = "CN-001",
    user_id: int = WANG,
    last4: str = "7319",
    language: str = "zh",
) -> TelegramUser:
    """A cardholder who opened their link and confirmed their card: now asked for the cause."""
    user = TelegramUser(api, bot, user_id, language=language)
    await user.send(f"/start {await invite(db, ref, clock)}")
    await user.send(last4)
    assert "cause:job_loss" in user.buttons()
    return user


async def negotiate(user: TelegramUser, token: str) -> dict[str, Sent]:
    """The whole negotiation of CN-001, the way a cardholder would go through it."""
    seen: dict[str, Sent] = {}
    seen["start"] = await user.send(f"/start {token}")
    seen["last4"] = await user.send("7319")
    seen["cause"] = await user.tap("cause:reduced_income")
    seen["income"] = await user.send("8 000")
    seen["expenses"] = await user.send("¥3000")
    seen["debts"] = await user.tap("none")
    seen["temporary"] = await user.tap("no")
    seen["options"] = await user.tap("option:instalment-24")
    seen["choose"] = await user.tap("choose")
    seen["accept"] = await user.tap("accept")
    return seen


def assert_negotiated(seen: dict[str, Sent]) -> None:
    assert "7319" not in seen["start"].text  # no account data before verification
    assert "¥8,200.00" in seen["last4"].text  # now the overdue amount is shown
    assert seen["options"].messages[-1]["reply_markup"]["inline_keyboard"][0][0]["text"]
    assert "¥2,463.85" in seen["options"].text  # the 24-month plan's monthly amount
    for name, sent in seen.items():
        assert sent.messages, name
        assert all(m["parse_mode"] == "HTML" for m in sent.messages)
        if name not in ("start", "last4", "income", "expenses"):  # taps
            assert notes(sent) == [None]
            [edit] = sent.of("editMessageReplyMarkup")
            assert "reply_markup" not in edit.params  # the tapped keyboard is removed


async def assert_agreed(db: Database) -> None:
    [agreement] = await agreements(db)
    assert (agreement.option_key, agreement.payments, agreement.monthly) == (
        "instalment-24",
        24,
        Decimal("2463.85"),
    )
    assert agreement.language == "zh"
    instalments = await db.read(lambda session: session.scalars(select(Instalment)).all())
    assert len(instalments) == 24
    row = await conversation(db, WANG)
    assert row.step == "agreed"
    messages = await transcript(db, row.id)  # type: ignore[arg-type]
    inbound = [m for m in messages if m.direction is Direction.IN]
    outbound = [m for m in messages if m.direction is Direction.OUT]
    assert [m.text for m in inbound] == [
        "7319",
        "8 000",
        "¥3000",
    ]  # typed text; never the /start token
    assert all(m.telegram_message_id for m in inbound + outbound)
    assert any("¥2,463.85" in m.text for m in outbound)


# --- The whole negotiation ----------------------------------------------------------------------


async def test_a_whole_negotiation_from_the_deep_link_to_the_agreement(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    token = await invite(database, "CN-001", clock)
    async with running(bot_settings(telegram_api, database_url), clock, database) as bot:
        seen = await negotiate(TelegramUser(telegram_api, bot, WANG, language="zh"), token)
    assert_negotiated(seen)
    await assert_agreed(database)
    assert telegram_api.calls_of("deleteWebhook")  # polling needs no webhook set
    assert telegram_api.webhook_url == ""


async def test_the_same_negotiation_through_the_webhook(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    settings = webhook_settings(telegram_api, database_url)
    token = await invite(database, "CN-001", clock)
    async with running(settings, clock, database) as bot:
        await telegram_api.wait_for("setWebhook")
        [registered] = telegram_api.calls_of("setWebhook")
        assert registered.params["url"] == "https://bot.example.org/telegram/webhook"
        assert registered.params["secret_token"] == WEBHOOK_SECRET
        assert sorted(registered.params["allowed_updates"]) == ["callback_query", "message"]
        hook = f"http://127.0.0.1:{settings.telegram.listen_port}{settings.telegram.webhook_path}"
        user = TelegramUser(telegram_api, bot, WANG, language="zh", webhook=hook)

        # Without the right secret the update is refused and nothing happens.
        forged = telegram_api.message(WANG, f"/start {token}", language_code="zh")
        assert await user.post(forged, secret="guessed") == 401
        assert await user.post(forged, secret="") == 401
        assert bot.app.gate.finished == 0
        assert await cardholder(database, WANG) is None

        seen = await negotiate(user, token)
    assert not telegram_api.calls_of("getUpdates")
    assert_negotiated(seen)
    await assert_agreed(database)


async def test_commands_are_registered_for_each_language(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(bot_settings(telegram_api, database_url), clock, database):
        await telegram_api.wait_for("setMyCommands", count=4)
    scope = {"type": "all_private_chats"}
    names = [name for name, _ in COMMANDS]
    assert names == ["help", "person", "language", "plan", "stop"]
    menus = {
        language: telegram_api.commands(scope, language) for language in ("", "en", "hu", "zh")
    }
    for language, menu in menus.items():
        assert [c["command"] for c in menu] == names, language
    assert menus[""] == menus["en"]  # the default is the bank's default language
    assert menus["zh"][1]["description"] == "转人工"  # "Talk to a person", shared with the button
    assert menus["hu"] != menus["en"]


# --- First contact --------------------------------------------------------------------------------


async def test_first_contact_without_a_valid_invite_shows_no_account_data(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    texts = Texts(bot_settings(telegram_api, database_url).bank)

    def said(template: str, language: str) -> str:
        from dialogs.replies import Reply

        return texts.render(Reply(template), language)

    used = await invite(database, "CN-001", clock)
    expired = await invite(database, "GB-002", clock, valid_days=1)
    async with running(bot_settings(telegram_api, database_url), clock, database) as bot:
        owner = TelegramUser(telegram_api, bot, WANG, language="zh")
        await owner.send(f"/start {used}")
        other = TelegramUser(telegram_api, bot, STRANGER, language="hu")
        assert (await other.send(f"/start {used}")).texts == [said("invite_used", "hu")]
        assert (await other.send("/start not-a-real-token")).texts == [said("invite_unknown", "hu")]
        assert (await other.send("/start")).texts == [said("no_invite", "hu")]
        assert (await other.send("7319")).texts == [said("no_invite", "hu")]
        assert (await other.send(None, sticker=True)).texts == [said("no_invite", "hu")]
        clock.advance(days=2)
        late = TelegramUser(
            telegram_api, bot, SMITH, language="pt-br"
        )  # not ours: the default, English
        assert (await late.send(f"/start {expired}")).texts == [said("invite_expired", "en")]
    assert [
        c.user_id for c in [await cardholder(database, u) for u in (WANG, STRANGER, SMITH)] if c
    ] == [WANG]


async def test_a_returning_cardholder_continues_where_the_conversation_stands(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(bot_settings(telegram_api, database_url), clock, database) as bot:
        user = await start_verified(telegram_api, bot, database, clock)
        token = await invite(database, "CN-001", clock)  # a second link for the same account
        for start in ("/start", f"/start {token}"):
            sent = await user.send(start)
            assert "cause:job_loss" in user.buttons()  # asked for the cause again
            [message] = sent.messages  # welcome back, and the question, in one message
            assert message["text"].startswith("欢迎回来") and "原因" in message["text"]
    assert (await conversation(database, WANG)).step == "cause"


# --- Bad input ------------------------------------------------------------------------------------


async def test_a_button_from_an_earlier_message_changes_nothing(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(bot_settings(telegram_api, database_url), clock, database) as bot:
        user = await start_verified(telegram_api, bot, database, clock)
        first = next(
            m for m in telegram_api.chat(WANG) if "reply_markup" in m
        )  # "type your last four digits"
        before = await conversation(database, WANG)
        sent = await user.tap("person", message_id=first["message_id"])
        assert notes(sent) == [stale_note("zh")]  # said on the button, not as a message
        assert sent.messages == [] and sent.of("editMessageReplyMarkup") == []
        after = await conversation(database, WANG)
        assert (after.step, after.holder, after.version) == (
            before.step,
            Holder.ASSISTANT,
            before.version,
        )


async def test_another_cardholders_button_is_refused(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(bot_settings(telegram_api, database_url), clock, database) as bot:
        wang = await start_verified(telegram_api, bot, database, clock)
        smith = await start_verified(
            telegram_api,
            bot,
            database,
            clock,
            ref="GB-002",
            user_id=SMITH,
            last4="9012",
            language="en",
        )
        data = next(
            b["callback_data"]
            for row in wang.message_with_button("cause:dispute")["reply_markup"]["inline_keyboard"]
            for b in row
            if b["callback_data"].endswith("cause:dispute")
        )
        mine = telegram_api.chat(SMITH)[-1]["message_id"]
        before = [await conversation(database, u) for u in (WANG, SMITH)]
        sent = await smith.press(mine, data)
        assert notes(sent) == [stale_note("en")] and sent.messages == []
        assert [await conversation(database, u) for u in (WANG, SMITH)] == before


@pytest.mark.parametrize(
    "data",
    [
        "c:xyz",
        "c|1|0",
        "c|x|y|z",
        "c|1|999|person",
        "\x00\x7f%ÿ…",
        "x|1|1|person",
        "c|1|1|person|extra",
    ],
)
async def test_forged_callback_data_changes_nothing(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock, data: str
) -> None:
    async with running(bot_settings(telegram_api, database_url), clock, database) as bot:
        user = await start_verified(telegram_api, bot, database, clock)
        before = await conversation(database, WANG)
        sent = await user.press(telegram_api.chat(WANG)[-1]["message_id"], data)
        assert notes(sent) == [stale_note("zh")]
        assert sent.messages == []
        assert await conversation(database, WANG) == before


async def test_a_double_tap_is_processed_once(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(bot_settings(telegram_api, database_url), clock, database) as bot:
        user = await start_verified(telegram_api, bot, database, clock)
        message = user.message_with_button("cause:illness")
        [data] = [
            b["callback_data"]
            for row in message["reply_markup"]["inline_keyboard"]
            for b in row
            if ChoiceData.unpack(b["callback_data"]).value == "cause:illness"
        ]
        # Both taps are queued before the bot fetches either: they arrive together.
        telegram_api.callback(WANG, message["message_id"], data, language_code="zh")
        sent = await user.push(
            telegram_api.callback(WANG, message["message_id"], data, language_code="zh"), handled=2
        )
        assert notes(sent) == [None, stale_note("zh")]
        assert len(sent.messages) == 1  # the income question, once
        assert len(sent.of("editMessageReplyMarkup")) == 1
    row = await conversation(database, WANG)
    assert row.step == "income" and row.state["cause"] == "illness"


async def test_stickers_photos_and_voice_get_a_note_and_change_nothing(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(bot_settings(telegram_api, database_url), clock, database) as bot:
        user = await start_verified(telegram_api, bot, database, clock)
        before = await conversation(database, WANG)
        for kind in ("sticker", "photo", "voice", "document"):
            sent = await user.send("8000" if kind == "photo" else None, **{kind: True})
            assert len(sent.messages) == 1, kind
            assert "reply_markup" not in sent.messages[0]
        assert await conversation(database, WANG) == before


async def test_the_bot_says_nothing_in_a_group(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(bot_settings(telegram_api, database_url), clock, database) as bot:
        user = await start_verified(telegram_api, bot, database, clock)
        token = await invite(database, "GB-002", clock)
        for text in (f"/start {token}", "/start", "person", "7319"):
            sent = await user.send(text, chat_type="supergroup", chat_id=-100555)
            assert sent.calls == [c for c in sent.calls if c.method == "getUpdates"]
        await telegram_api.wait_idle()
    assert telegram_api.sent_messages(-100555) == []
    assert await cardholder(database, SMITH) is None
    assert (await conversation(database, WANG)).step == "cause"


async def test_an_edited_message_does_not_run_a_step_again(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(bot_settings(telegram_api, database_url), clock, database) as bot:
        user = await start_verified(telegram_api, bot, database, clock)
        await user.tap("cause:job_loss")
        typed = await user.send("8 000")
        assert len(typed.messages) == 1
        before = await conversation(database, WANG)
        mark = len(telegram_api.calls)
        telegram_api.edited_message(WANG, telegram_api.chat(WANG)[-2]["message_id"], "9 000")
        await telegram_api.wait_idle()
        assert [c.method for c in telegram_api.calls[mark:] if c.method != "getUpdates"] == []
        assert await conversation(database, WANG) == before
    assert before.state["income"] == "8000.00"


# --- Order, restarts, Telegram's refusals -------------------------------------------------------


async def test_messages_of_one_chat_are_handled_one_at_a_time_in_order(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(bot_settings(telegram_api, database_url), clock, database) as bot:
        wang = await start_verified(telegram_api, bot, database, clock)
        smith = await start_verified(
            telegram_api,
            bot,
            database,
            clock,
            ref="GB-002",
            user_id=SMITH,
            last4="9012",
            language="en",
        )
        await wang.tap("cause:job_loss")
        await smith.tap("cause:job_loss")
        # Both cardholders answer three questions in a burst, all fetched in one getUpdates.
        for text in ("8 000", "3000", "0"):
            telegram_api.message(WANG, text, language_code="zh")
            telegram_api.message(SMITH, text.replace("8 000", "2500"), language_code="en")
        await wang.push(telegram_api.message(WANG, "/help", language_code="zh"), handled=7)
    for user_id, income in ((WANG, "8000.00"), (SMITH, "2500.00")):
        row = await conversation(database, user_id)
        assert row.step == "temporary"
        assert (row.state["income"], row.state["expenses"], row.state["other_debts"]) == (
            income,
            "3000.00",
            "0.00",
        )
        messages = await transcript(database, row.id)  # type: ignore[arg-type]
        inbound = [m.telegram_message_id for m in messages if m.direction is Direction.IN]
        assert inbound == sorted(inbound)
        sent_ids = [m.telegram_message_id for m in messages if m.direction is Direction.OUT]
        assert sent_ids == sorted(sent_ids)  # replies went out in the order they were made


async def test_a_restart_mid_conversation_continues_where_it_was(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    settings = bot_settings(telegram_api, database_url)
    token = await invite(database, "CN-001", clock)
    async with running(settings, clock) as first:  # the app opens (and closes) the database itself
        user = TelegramUser(telegram_api, first, WANG, language="zh")
        await user.send(f"/start {token}")
        await user.send("7319")
        await user.tap("cause:reduced_income")
        await user.send("8 000")
        await user.send("¥3000")
        await user.tap("none")
        assert first.app.bot is not None and isinstance(first.app.bot.session, AiohttpSession)
        # The HTTP client the bot has been using (aiogram hands back the open one).
        client = await first.app.bot.session.create_session()
    assert client.closed  # the app closed it on stopping
    async with running(settings, clock) as second:
        user.bot = second
        sent = await user.tap("no")  # a button sent before the restart still works
        assert "option:instalment-24" in user.buttons() and notes(sent) == [None]
        await user.tap("option:instalment-24")
        await user.tap("choose")
        await user.tap("accept")
    await assert_agreed(database)


async def test_flood_control_is_waited_out_and_the_message_sent_once(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    async with running(
        bot_settings(telegram_api, database_url), clock, database, sleep=sleep
    ) as bot:
        user = await start_verified(telegram_api, bot, database, clock)
        telegram_api.fail("sendMessage", status=429, retry_after=7, chat_id=WANG, times=2)
        telegram_api.fail("answerCallbackQuery", status=429, retry_after=3)
        sent = await user.tap("cause:job_loss")
    assert sorted(waits) == [3, 7, 7]
    assert [c.status for c in sent.of("sendMessage")] == [429, 429, 200]
    assert len(sent.messages) == 1 and notes(sent) == [None, None]
    messages = await transcript(database, (await conversation(database, WANG)).id)  # type: ignore[arg-type]
    [delivered] = [c for c in sent.of("sendMessage") if c.ok]
    assert messages[-1].telegram_message_id == delivered.result["message_id"]


async def test_a_blocked_bot_marks_the_cardholder_unreachable(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(bot_settings(telegram_api, database_url), clock, database) as bot:
        user = await start_verified(telegram_api, bot, database, clock)
        telegram_api.fail("sendMessage", status=403, chat_id=WANG)
        clock.advance(minutes=5)
        sent = await user.tap("cause:job_loss")
        assert [c.status for c in sent.of("sendMessage")] == [403]
        blocked = await cardholder(database, WANG)
        assert blocked is not None and blocked.unreachable_at == clock.now()
        row = await conversation(database, WANG)
        [undelivered] = [
            m for m in await transcript(database, row.id) if m.telegram_message_id is None
        ]  # type: ignore[arg-type]
        assert undelivered.direction is Direction.OUT
        # Writing again means the bot is unblocked.
        await user.send("8 000")
        assert (await cardholder(database, WANG)).unreachable_at is None  # type: ignore[union-attr]


async def test_long_replies_are_split_into_messages_telegram_accepts(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    branches = "\n".join(
        f"Branch {n}: 12 Example Street & Co <card desk>, open 9–17." for n in range(90)
    )
    every_language = {"en": branches, "hu": branches, "zh": branches}
    settings = bot_settings(
        telegram_api, database_url, bank={"how_to_pay": every_language, "contact": every_language}
    )
    async with running(settings, clock, database) as bot:
        user = TelegramUser(telegram_api, bot, WANG, language="zh")
        seen = await negotiate(user, await invite(database, "CN-001", clock))
    agreement, agreed = seen["choose"].messages, seen["accept"].messages
    assert len(agreement) >= 2 and len(agreed) >= 2
    for part in agreement + agreed:
        assert len(html_to_text(part["text"]).encode("utf-16-le")) // 2 <= 4096
    assert [("reply_markup" in p) for p in agreement] == [False] * (len(agreement) - 1) + [True]
    shown = "\n".join(html_to_text(p["text"]) for p in agreed)
    assert all(
        f"Branch {n}: 12 Example Street & Co <card desk>, open 9–17." in shown for n in range(90)
    )
    await assert_agreed(database)


async def test_stop_lets_replies_being_delivered_finish(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    release = asyncio.Event()

    async def sleep(seconds: float) -> None:
        await release.wait()

    async with running(
        bot_settings(telegram_api, database_url), clock, database, sleep=sleep
    ) as bot:
        user = await start_verified(telegram_api, bot, database, clock)
        telegram_api.fail("sendMessage", status=429, retry_after=1, chat_id=WANG)
        message = user.message_with_button("cause:job_loss")
        [data] = [
            b["callback_data"]
            for row in message["reply_markup"]["inline_keyboard"]
            for b in row
            if b["callback_data"].endswith("cause:job_loss")
        ]
        telegram_api.callback(WANG, message["message_id"], data, language_code="zh")
        await telegram_api.wait_for("sendMessage", lambda c: c.status == 429)
        # The step is written; its reply waits out the flood control: the stop waits for it.
        assert (await conversation(database, WANG)).step == "income"
        stopping = asyncio.create_task(bot.stop())
        await asyncio.sleep(0)
        assert not stopping.done()
        release.set()
        await asyncio.wait_for(stopping, 5)
    assert [c.status for c in telegram_api.calls_of("sendMessage")][-2:] == [429, 200]
    assert (await conversation(database, WANG)).step == "income"


# --- Logs -----------------------------------------------------------------------------------------


async def test_no_secret_or_personal_data_reaches_the_logs(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    secret_half = BOT_TOKEN.partition(":")[2]
    token = await invite(database, "CN-001", clock)
    settings = webhook_settings(telegram_api, database_url)
    hook = f"http://127.0.0.1:{settings.telegram.listen_port}{settings.telegram.webhook_path}"
    with caplog.at_level(logging.DEBUG):
        async with running(settings, clock, database, sleep=_no_wait) as bot:
            await telegram_api.wait_for("setWebhook")
            user = TelegramUser(telegram_api, bot, WANG, language="zh", webhook=hook)
            telegram_api.fail("sendMessage", status=429, retry_after=2)
            telegram_api.fail(
                "editMessageReplyMarkup",
                status=400,
                description="Bad Request: message is not modified",
            )
            # A reply Telegram refuses is logged by kind, never with what it said.
            telegram_api.fail(
                "sendMessage",
                status=400,
                description=f"Bad Request: chat {BOT_TOKEN} 7319 not found",
            )
            await user.send(f"/start {token}")
            await negotiate_rest(user)
        log_text = caplog.text + "\n".join(
            str(r.__dict__.get(k, "")) for r in caplog.records for k in ("msg", "args", "exc_text")
        )
    assert "refused by Telegram: TelegramBadRequest" in log_text
    assert "agreement" in log_text  # the runtime's own lines are there
    for secret in (BOT_TOKEN, secret_half, WEBHOOK_SECRET, token):
        assert secret not in log_text
    for personal in ("王芳", "8 000", "¥3000"):
        assert personal not in log_text
    for number in (
        "7319",
        "8000",
        "3000",
    ):  # card digits, income, expenses; not inside other numbers
        assert not re.search(rf"(?<![\d.:]){number}(?!\d)", log_text), number


async def test_the_command_line_runs_the_bot_until_sigterm(
    telegram_api: FakeBotAPI, database: Database, database_url: str
) -> None:
    environment = {
        **os.environ,
        "OVERDUE_BOT_TELEGRAM__TOKEN": BOT_TOKEN,
        "OVERDUE_BOT_TELEGRAM__API_BASE": telegram_api.base_url,
        "OVERDUE_BOT_DATABASE__URL": database_url,
    }
    environment.pop("OVERDUE_BOT_CONFIG", None)
    bot = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        env=environment,
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        # (a first start trains the classifier: over a minute on a busy machine)
        await telegram_api.wait_for("getUpdates", timeout=120)
        telegram_api.message(STRANGER, "hello", language_code="hu")
        [reply] = await telegram_api.wait_for("sendMessage", timeout=10)
        assert reply.params["chat_id"] == STRANGER
    finally:
        bot.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(bot.communicate(), 30)
    logs = (out + err).decode()
    assert bot.returncode == 0, logs
    assert "received SIGTERM: stopping" in logs and "telegram bot stopped" in logs
    assert BOT_TOKEN.partition(":")[2] not in logs and "hello" not in logs


async def _no_wait(seconds: float) -> None:
    return None


async def negotiate_rest(user: TelegramUser) -> None:
    await user.send("7319")
    await user.tap("cause:reduced_income")
    await user.send("8 000")
    await user.send("¥3000")
    await user.tap("none")
    await user.tap("no")
    await user.tap("option:instalment-24")
    await user.tap("choose")
    await user.tap("accept")


def test_the_bot_collects_garbage_seldom_and_never_scans_what_it_started_with() -> None:
    import gc

    from bot.channels.telegram.app import COLLECT_AFTER, tune_collector

    before = gc.get_threshold()
    try:
        tune_collector()
        assert gc.get_threshold()[0] == COLLECT_AFTER > before[0]
        assert (
            gc.get_freeze_count() > 10_000
        )  # the modules loaded by now are out of every collection
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
