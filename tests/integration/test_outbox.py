"""The outbox: what a step sends is written with the step and delivered until Telegram takes it.

End to end through ``TelegramApp.run()``, aiogram's HTTP client and the fake Bot API, on SQLite
and on PostgreSQL, with Telegram failing on each kind of call; and the outbox's own rules (leases,
order per chat, giving up) on its rows directly.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import socket
import subprocess
import sys
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlmodel import col

from bot.channels.telegram.directory import Directory
from bot.channels.telegram.outbox import GIVE_UP_AFTER, Outbox, Queue
from bot.channels.telegram.sending import close_bot, telegram_bot
from bot.clock import ManualClock, SystemClock
from bot.config import load_settings
from bot.operations.accounts import redeem_invite
from bot.service.rendering import Button, Rendered, Sending
from bot.service.steps import Assistant
from bot.storage.db import Database
from bot.storage.models import (
    Agreement,
    Direction,
    Holder,
    OutboxMessage,
    OutboxStatus,
    TranscriptMessage,
    id_of,
)
from bot.storage.models import Cardholder as CardholderRow
from bot.storage.models import Conversation as ConversationRow
from bot.storage.outbox import LEASE, Delivered, lease_chat, owed_to_chat, settle_delivered
from bot.texts import Texts, html_to_text
from dialogs import events as ev
from dialogs.state import Dialogue
from tests.support.fakebotapi import FakeBotAPI
from tests.support.telegram import (
    BOT_TOKEN,
    Running,
    TelegramUser,
    bot_process,
    bot_settings,
    conversation_of,
    invite,
    many_invited,
    running,
)

WANG = 5001  # the cardholder of CN-001 (zh, CNY, card ending 7319)
SMITH = 5002  # of GB-002 (en)


async def conversation(db: Database, user_id: int = WANG) -> ConversationRow:
    return await conversation_of(db, user_id)


async def outbox_rows(db: Database) -> list[OutboxMessage]:
    return await db.read(
        lambda session: list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))
    )


async def start_verified(
    api: FakeBotAPI, bot: Running, db: Database, clock: ManualClock
) -> TelegramUser:
    user = TelegramUser(api, bot, WANG, language="zh")
    await user.send(f"/start {await invite(db, 'CN-001', clock)}")
    await user.send("7319")
    assert "cause:job_loss" in user.buttons()
    return user


async def transcript(db: Database) -> list[TranscriptMessage]:
    return await db.read(
        lambda session: list(
            session.scalars(select(TranscriptMessage).order_by(col(TranscriptMessage.id)))
        )
    )


@dataclass
class App:
    """The running bot and the fake Bot API it talks to."""

    api: FakeBotAPI
    bot: Running
    clock: ManualClock

    async def later(self, seconds: float) -> list[str]:
        """Let ``seconds`` pass and the outbox deliver what is due: the texts it sent."""
        app = self.bot.app
        assert app.outbox is not None and app.bot is not None
        mark = len(self.api.calls)
        self.clock.advance(seconds=seconds)
        await app.outbox.deliver_due(app.bot)
        return [
            html_to_text(c.params["text"])
            for c in self.api.calls[mark:]
            if c.method == "sendMessage" and c.ok
        ]


@pytest.fixture
async def app(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> AsyncIterator[App]:
    async with running(bot_settings(telegram_api, database_url), clock, database) as bot:
        yield App(telegram_api, bot, clock)


# --- a reply Telegram does not take at once ---------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 429])
async def test_a_reply_that_fails_arrives_later_and_is_never_typed_again(
    telegram_api: FakeBotAPI, app: App, database: Database, clock: ManualClock, status: int
) -> None:
    user = await start_verified(telegram_api, app.bot, database, clock)
    await user.tap("cause:reduced_income")
    # 429 beyond the five waits of the session's middleware; a 5xx at once.
    telegram_api.fail("sendMessage", status=status, chat_id=WANG, times=5 if status == 429 else 1)
    sent = await user.send("8000")
    assert sent.messages == []  # no apology, no "please try again"
    assert (await conversation(database)).step == "expenses"  # the step stands
    [owed] = [r for r in await outbox_rows(database) if r.status == OutboxStatus.PENDING]
    assert owed.attempts == (0 if status == 429 else 1)  # Telegram's wait is no attempt
    assert await app.later(0.5) == []  # not yet due
    [question] = await app.later(1)
    assert "开支" in question  # the expenses question, once
    # The cardholder answers the question they were asked: nothing is out of step.
    await user.send("3000")
    state = Dialogue.from_json((await conversation(database)).state)
    assert (state.income, state.expenses) == (Decimal("8000.00"), Decimal("3000.00"))
    out = [
        m for m in await transcript(database) if m.direction is Direction.OUT and "开支" in m.text
    ]
    assert len(out) == 1 and out[0].telegram_message_id is not None


async def test_a_chat_s_replies_keep_their_order_and_other_chats_are_not_held_up(
    telegram_api: FakeBotAPI, app: App, database: Database, clock: ManualClock
) -> None:
    user = await start_verified(telegram_api, app.bot, database, clock)
    telegram_api.fail("sendMessage", status=500, chat_id=WANG)
    await user.tap("cause:reduced_income")  # the income question: owed
    sent = await user.send("8000")  # answered (the question was seen earlier, say)
    assert sent.messages == []  # owed behind the first, not before it
    smith = TelegramUser(telegram_api, app.bot, SMITH, language="en")
    hello = await smith.send(f"/start {await invite(database, 'GB-002', clock)}")
    assert hello.messages  # another chat is answered at once
    texts = await app.later(1)
    assert len(texts) == 2 and "收入" in texts[0] and "开支" in texts[1]


async def test_a_reply_telegram_refuses_goes_to_a_person(
    telegram_api: FakeBotAPI,
    app: App,
    database: Database,
    clock: ManualClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    user = await start_verified(telegram_api, app.bot, database, clock)
    telegram_api.fail(
        "sendMessage", status=400, chat_id=WANG, description="Bad Request: can't parse 7319"
    )
    with caplog.at_level(logging.INFO):
        await user.tap("cause:reduced_income")
    row = await conversation(database)
    assert (row.holder, row.handoff_reason) == (Holder.QUEUED, "undeliverable")
    [refused] = [r for r in await outbox_rows(database) if r.status == OutboxStatus.REFUSED]
    assert refused.error is not None and "can't parse" in refused.error  # for operators
    assert "refused by Telegram: TelegramBadRequest" in caplog.text
    assert "7319" not in caplog.text  # Telegram's words may quote the message: not logged
    assert await app.later(3600) == []  # never retried


async def test_operators_see_what_was_never_delivered(
    telegram_api: FakeBotAPI,
    app: App,
    database: Database,
    database_url: str,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bot.cli import main

    monkeypatch.setenv("OVERDUE_BOT_DATABASE__URL", database_url)
    monkeypatch.delenv("OVERDUE_BOT_CONFIG", raising=False)
    assert await asyncio.to_thread(main, ["outbox", "undelivered"]) == 0
    assert "every message owed was delivered" in capsys.readouterr().out
    user = await start_verified(telegram_api, app.bot, database, clock)
    telegram_api.fail(
        "sendMessage", status=400, chat_id=WANG, description="Bad Request: bad \x1b[31m"
    )
    await user.tap("cause:reduced_income")
    assert await asyncio.to_thread(main, ["outbox", "undelivered"]) == 0
    out = capsys.readouterr().out
    conversation_id = (await conversation(database)).id
    assert f"conversation {conversation_id}  text  refused  TelegramBadRequest" in out
    assert "\x1b" not in out


async def test_a_blocked_bot_settles_everything_owed_and_a_person_is_told(
    telegram_api: FakeBotAPI, app: App, database: Database, clock: ManualClock
) -> None:
    user = await start_verified(telegram_api, app.bot, database, clock)
    telegram_api.fail("sendMessage", status=500, chat_id=WANG)
    await user.tap("cause:reduced_income")
    await user.send("8000")  # two replies owed now
    telegram_api.fail("sendMessage", status=403, chat_id=WANG)
    assert await app.later(1) == []
    statuses = [r.status for r in await outbox_rows(database) if r.chat_id == WANG]
    assert OutboxStatus.PENDING not in statuses and statuses.count(OutboxStatus.UNREACHABLE) == 2
    row = await conversation(database)
    assert (row.holder, row.handoff_reason) == (Holder.QUEUED, "unreachable")
    holder = await database.read(
        lambda session: session.scalars(
            select(CardholderRow).where(CardholderRow.user_id == WANG)
        ).one()
    )
    assert holder.unreachable_at is not None
    await user.send("hello")  # they unblocked the bot and wrote: reachable again
    holder = await database.read(
        lambda session: session.scalars(
            select(CardholderRow).where(CardholderRow.user_id == WANG)
        ).one()
    )
    assert holder.unreachable_at is None


# --- taps: the answer to the button and the old keyboard ------------------------------------------


async def test_a_failing_button_answer_or_keyboard_removal_neither_repeats_nor_holds_up(
    telegram_api: FakeBotAPI, app: App, database: Database, clock: ManualClock
) -> None:
    user = await start_verified(telegram_api, app.bot, database, clock)
    keyboard_of = user.message_with_button("cause:reduced_income")["message_id"]
    telegram_api.fail("answerCallbackQuery", status=500)
    telegram_api.fail("editMessageReplyMarkup", status=500)
    sent = await user.tap("cause:reduced_income")
    [question] = sent.messages  # the reply arrives once, not held up by the keyboard
    assert "收入" in question["text"]
    assert (await conversation(database)).step == "income"  # one step
    [removal] = [r for r in await outbox_rows(database) if r.kind == "keyboard_removal"]
    assert (removal.status, removal.target_message_id) == (OutboxStatus.PENDING, keyboard_of)
    await app.later(1)  # the removal is tried again
    edits = [c for c in telegram_api.calls_of("editMessageReplyMarkup") if c.ok]
    assert [c.params["message_id"] for c in edits] == [keyboard_of]
    assert "reply_markup" not in (telegram_api.get_message(WANG, keyboard_of) or {})


async def test_a_keyboard_that_cannot_be_removed_is_left_and_nobody_is_bothered(
    telegram_api: FakeBotAPI, app: App, database: Database, clock: ManualClock
) -> None:
    user = await start_verified(telegram_api, app.bot, database, clock)
    telegram_api.fail(
        "editMessageReplyMarkup", status=400, description="Bad Request: message is not modified"
    )
    sent = await user.tap("cause:reduced_income")
    assert len(sent.messages) == 1
    assert (await conversation(database)).holder is Holder.ASSISTANT  # cosmetic: no hand-off


# --- the agreement's document -----------------------------------------------------------------


async def test_a_document_that_fails_is_sent_again_and_recorded_once(
    telegram_api: FakeBotAPI, app: App, database: Database, clock: ManualClock
) -> None:
    user = await start_verified(telegram_api, app.bot, database, clock)
    await user.tap("cause:reduced_income")
    for answer in ("8000", "3000"):
        await user.send(answer)
    await user.tap("none")
    await user.tap("no")
    await user.tap("option:instalment-24")
    await user.tap("choose")
    telegram_api.fail("sendDocument", status=502, chat_id=WANG)
    sent = await user.tap("accept")
    assert sent.messages and not [c for c in sent.of("sendDocument") if c.ok]
    await app.later(1)
    [document] = [c for c in telegram_api.calls_of("sendDocument") if c.ok]
    [agreement] = await database.read(lambda session: list(session.scalars(select(Agreement))))
    assert document.result["message_id"] in agreement.message_ids
    documents = [m for m in await transcript(database) if m.text.startswith("[document]")]
    assert len(documents) == 1
    assert await app.later(3600) == []  # and nothing again


# --- rows, leases and giving up -----------------------------------------------------------------


def reply(text: str, conversation_id: int, *, buttons: int = 0) -> Rendered:
    return Rendered(
        text,
        tuple(Button(f"b{n}", f"v{n}") for n in range(buttons)),
        conversation_id,
        1,
    )


async def owe(
    db: Database, clock: ManualClock, texts: list[str], *, holder: str | None, user_id: int = WANG
) -> None:
    """Rows for the cardholder's chat, as a step writes them (leased to ``holder``)."""
    cardholder = await db.read(
        lambda session: session.scalars(
            select(CardholderRow).where(CardholderRow.user_id == user_id)
        ).one()
    )
    assistant = Assistant(db, load_settings(None), Texts(load_settings(None).bank), clock)
    await assistant.handle(id_of(cardholder), ev.Start())  # the conversation, nothing owed
    conversation_id = (await conversation(db, user_id)).id
    assert conversation_id is not None
    replies = [reply(text, conversation_id, buttons=1) for text in texts]  # a message each
    sending = Sending(cardholder.chat_id, id_of(cardholder), replies)
    await db.write(Queue(clock, holder), sending)


async def linked(db: Database, clock: ManualClock) -> None:
    """WANG linked to CN-001 (rows need no conversation)."""
    token = await invite(db, "CN-001", clock)
    await db.write(
        redeem_invite, token, channel="telegram", user_id=WANG, chat_id=WANG, now=clock.now()
    )


def outbox_of(db: Database, clock: ManualClock, holder: str) -> Outbox:
    settings = load_settings(None)
    return Outbox(db, Directory(db), Texts(settings.bank), "en", clock, holder=holder)


async def test_what_a_stopped_process_owed_is_delivered_by_the_next(
    telegram_api: FakeBotAPI, database: Database, clock: ManualClock
) -> None:
    await linked(database, clock)
    # A process of this host that is no more (a kill -9): its lease need not be waited out.
    await owe(database, clock, ["one", "two"], holder=f"{socket.gethostname()}:{dead_pid()}")
    bot = telegram_bot(BOT_TOKEN, telegram_api.base_url)
    try:
        outbox = outbox_of(database, clock, "here:1")
        stop = asyncio.Event()
        stop.set()
        await outbox.run(bot, stop)  # takes over what the dead process held, then stops
        await outbox.deliver_due(bot)
        assert [html_to_text(m["text"]) for m in telegram_api.chat(WANG)] == ["one", "two"]
        await outbox.deliver_due(bot)
        assert [m["text"] for m in telegram_api.chat(WANG)] == ["one", "two"]  # once each
    finally:
        await close_bot(bot)


def dead_pid() -> int:
    """The id of a process that ran and has ended."""
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(finished.stdout)


async def test_a_live_lease_of_another_instance_is_waited_out(
    telegram_api: FakeBotAPI, database: Database, clock: ManualClock
) -> None:
    await linked(database, clock)
    await owe(database, clock, ["theirs"], holder="elsewhere:1")
    bot = telegram_bot(BOT_TOKEN, telegram_api.base_url)
    try:
        outbox = outbox_of(database, clock, "here:1")
        await outbox.deliver_due(bot)
        flushed = await outbox.flush(bot, WANG)
        assert flushed.waiting and telegram_api.chat(WANG) == []
        clock.advance(seconds=LEASE.total_seconds() + 1)  # their lease lapsed: they are gone
        await outbox.deliver_due(bot)
        assert [m["text"] for m in telegram_api.chat(WANG)] == ["theirs"]
    finally:
        await close_bot(bot)


async def test_what_another_instance_delivered_while_this_one_took_the_chat_is_not_sent_again(
    telegram_api: FakeBotAPI, database: Database, clock: ManualClock
) -> None:
    """This instance reads the chat's rows, then takes the chat (the other's lease lapsed); in
    between, the other delivered them after all: nothing goes twice."""
    await linked(database, clock)
    await owe(database, clock, ["theirs"], holder="elsewhere:1")
    clock.advance(seconds=LEASE.total_seconds() + 1)
    write = database.write

    async def delivered_elsewhere_first(job: Any, *args: Any, **kwargs: Any) -> Any:
        if job is lease_chat:
            rows = await database.read(owed_to_chat, WANG, 10)
            done = [Delivered(row.id, 999, row.transcript_ids) for row in rows]
            await write(settle_delivered, done, clock.now())
        return await write(job, *args, **kwargs)

    database.write = delivered_elsewhere_first  # type: ignore[method-assign]
    bot = telegram_bot(BOT_TOKEN, telegram_api.base_url)
    try:
        await outbox_of(database, clock, "here:1").flush(bot, WANG)
    finally:
        await close_bot(bot)
    assert telegram_api.chat(WANG) == []


async def test_what_another_instance_queues_after_this_one_took_the_chat_is_left_to_it(
    telegram_api: FakeBotAPI, database: Database, clock: ManualClock
) -> None:
    """This instance takes the chat for a row nobody held; right after, a step on another
    instance queues a reply, leased to that instance, which sends it: this one, reading the
    chat again, sends its own row and leaves that reply alone (seen as a question asked twice
    in bench/scaleout.py)."""
    await linked(database, clock)
    await owe(database, clock, ["from a command"], holder=None)
    write = database.write
    taken = False

    async def a_step_elsewhere_right_after(job: Any, *args: Any, **kwargs: Any) -> Any:
        nonlocal taken
        done = await write(job, *args, **kwargs)
        if job is lease_chat and not taken:
            taken = True
            await owe(database, clock, ["theirs"], holder="elsewhere:1")
        return done

    database.write = a_step_elsewhere_right_after  # type: ignore[method-assign]
    bot = telegram_bot(BOT_TOKEN, telegram_api.base_url)
    try:
        flushed = await outbox_of(database, clock, "here:1").flush(bot, WANG)
    finally:
        await close_bot(bot)
    assert taken and flushed.waiting
    assert [m["text"] for m in telegram_api.chat(WANG)] == ["from a command"]
    rows = await outbox_rows(database)
    assert [(r.text, r.status, r.lease_holder) for r in rows] == [
        ("from a command", OutboxStatus.DELIVERED, None),
        ("theirs", OutboxStatus.PENDING, "elsewhere:1"),
    ]


async def test_a_row_failing_for_a_day_is_given_up_and_a_person_told(
    telegram_api: FakeBotAPI, app: App, database: Database, clock: ManualClock
) -> None:
    user = await start_verified(telegram_api, app.bot, database, clock)
    telegram_api.fail("sendMessage", status=500, chat_id=WANG, times=1000)
    await user.tap("cause:reduced_income")
    waited = 0.0
    while waited < GIVE_UP_AFTER.total_seconds():
        await app.later(300)
        waited += 300
    [row] = [r for r in await outbox_rows(database) if r.kind == "text" and r.chat_id == WANG][-1:]
    assert row.status == OutboxStatus.FAILED
    conversation_row = await conversation(database)
    assert (conversation_row.holder, conversation_row.handoff_reason) == (
        Holder.QUEUED,
        "undeliverable",
    )
    tries = [c for c in telegram_api.calls_of("sendMessage") if c.status == 500]
    # Backoff: 1, 2, 4 … 300 s apart — a few hundred tries in a day, not one a poll.
    assert 250 < len(tries) < 300


# --- kill -9 of the real bot, then a restart --------------------------------------------------

#: The negotiation typed: the cause, income, expenses, other debts, not temporary, the second
#: plan, "yes" to it, and "yes" to the agreement.
TYPED = ("收入减少了", "8000", "3000", "没有", "不是", "2", "是", "是")


# SQLite only: a kill -9 is about the process (each run takes half a minute); the same recovery
# on PostgreSQL, whose server rolls back what the dead connection left, is test_inbox.py's kill.
@pytest.mark.databases("sqlite")
@pytest.mark.parametrize("moment", ["mid-burst", "I agree"])
async def test_a_kill_then_a_restart_delivers_every_reply_and_pdf_once(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    tmp_path: Path,
    moment: str,
) -> None:
    """``kill -9`` of the real ``overdue-bot run`` while replies are owed — in the middle of a
    burst of answers, or as everyone agrees (replies and PDFs owed) — then a restart: everything
    owed arrives, once, but for at most one message taken in the instant before its record."""
    count = 6
    users = await many_invited(
        database, tmp_path / "kill.csv", SystemClock(), count=count, first_user=9000
    )

    async def start() -> asyncio.subprocess.Process:
        # The PDF in a thread: no worker process to wait for at each start.
        return await bot_process(telegram_api, database_url, OVERDUE_BOT_DOCUMENT__WORKERS="0")

    async def everyone_says(texts: list[str]) -> None:
        mark = len(telegram_api.calls)
        for user_id, text in zip(users, texts, strict=True):
            telegram_api.message(user_id, text, language_code="zh")
        for user_id in users:
            await telegram_api.wait_for(
                "sendMessage",
                lambda c, u=user_id: c.ok and c.params.get("chat_id") == u,  # type: ignore[misc]
                since=mark,
                timeout=60,
            )

    script = [[f"/start {token}" for token, _ in users.values()]]
    script.append([digits for _, digits in users.values()])
    script += [[text] * count for text in TYPED]
    # Mid-burst: everyone's cause at once; or everyone's "I agree" at once.
    burst = 2 if moment == "mid-burst" else len(script) - 1
    bot = await start()
    try:
        for texts in script[:burst]:
            await everyone_says(texts)
        mark = len(telegram_api.calls)
        for user_id, text in zip(users, script[burst], strict=True):
            telegram_api.message(user_id, text, language_code="zh")
        # The first answer of the burst is out: the others are being stepped and sent.
        await telegram_api.wait_for("sendMessage", lambda c: c.ok, since=mark, timeout=60)
        bot.kill()
        await bot.wait()
        owed_at_kill = [r for r in await outbox_rows(database) if r.status == "pending"]
        if moment == "I agree":  # the PDFs take a while: they were owed when the bot died
            assert any(r.kind == "document" for r in owed_at_kill)
        bot = await start()
        await telegram_api.wait_for(
            "getUpdates", count=2, since=len(telegram_api.calls), timeout=60
        )
        await telegram_api.wait_idle(timeout=60, quiet=3)
        for texts in script[burst + 1 :]:
            await everyone_says(texts)
        await telegram_api.wait_idle(timeout=60, quiet=3)
    finally:
        if bot.returncode is None:
            bot.send_signal(signal.SIGTERM)
            await asyncio.wait_for(bot.wait(), 30)
    rows = await outbox_rows(database)
    assert [r for r in rows if r.status != OutboxStatus.DELIVERED] == []
    out = [m for m in await transcript(database) if m.direction is Direction.OUT]
    assert all(m.telegram_message_id is not None for m in out)  # all delivered, all recorded
    sent = Counter(
        (int(c.params["chat_id"]), c.method)
        for c in telegram_api.calls
        if c.ok and c.method in ("sendMessage", "sendDocument")
    )
    owed = Counter(
        (r.chat_id, "sendDocument" if r.kind == "document" else "sendMessage") for r in rows
    )
    assert set(sent) == set(owed)
    duplicates = sum(sent[key] - owed[key] for key in sent)
    assert 0 <= duplicates <= 1 and all(sent[key] >= owed[key] for key in owed)
    assert sorted(chat for chat, method in owed if method == "sendDocument") == sorted(users)
    for user_id, (_token, digits) in users.items():  # every answer handled once
        inbound = await database.read(
            lambda session, u=user_id: list(
                session.scalars(
                    select(TranscriptMessage.text)
                    .join(ConversationRow)
                    .join(CardholderRow, CardholderRow.id == ConversationRow.cardholder_id)
                    .where(CardholderRow.user_id == u, TranscriptMessage.direction == Direction.IN)
                    .order_by(TranscriptMessage.id)
                )
            )
        )
        assert inbound == [digits, *TYPED]
