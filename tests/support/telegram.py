"""The Telegram side of the tests: a fake Bot API served on 127.0.0.1, settings for a bot that
talks to it, accounts and invites, a running bot, and a cardholder who types and taps.

The tests drive the real code path: ``TelegramApp.run()`` in a task, aiogram's own HTTP client
talking to :class:`tests.support.fakebotapi.FakeBotAPI`. A :class:`TelegramUser` sends updates
the way Telegram would and waits for the app to have handled them (an event, not a sleep).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import sys
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
from sqlalchemy import select

from bot.channels.telegram.app import TelegramApp
from bot.channels.telegram.callbacks import ChoiceData
from bot.clock import Clock, ManualClock
from bot.config import Settings, load_settings
from bot.operations.accounts import HEADER, create_invite, import_accounts
from bot.storage.db import Database
from bot.storage.models import Cardholder, Conversation, Direction, TranscriptMessage
from tests.support.fakebotapi import Call, FakeBotAPI

#: A token shaped like a real one; its secret half must never reach a log line.
BOT_TOKEN = "7301924455:AAF-s3cr3t-T0ken-Part-kq9Zx"
WEBHOOK_SECRET = "wh-Secret-0f-the-Hook-77"
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # a Monday, in working hours

#: Accounts as the bank uploads them (``bot.operations.accounts.HEADER`` order).
ACCOUNTS = {
    "CN-001": "CN-001,王芳,7319,CNY,52340.50,8200.00,1500.00,45,0.18,zh,Asia/Shanghai",
    "GB-002": "GB-002,Jane Smith,9012,GBP,3450.99,600.00,120.00,31,0.229,en,Europe/London",
    "HU-003": "HU-003,Kovács Anna,5678,HUF,1250000,310000,25000,92,0.279,hu,Europe/Budapest",
    "US-004": "US-004,John Doe,4321,USD,5000.00,420.00,250.00,95,0.18,en,America/New_York",
}


async def serve_fake_api(token: str) -> AsyncIterator[FakeBotAPI]:
    """A started fake Bot API server, stopped afterwards; a crash inside it fails the test."""
    server = FakeBotAPI(token, max_poll_timeout=0.5)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
    assert server.server_errors == [], [repr(error) for error in server.server_errors]


def bot_settings(
    api: FakeBotAPI, database_url: str, *, bank: dict[str, Any] | None = None, **telegram: Any
) -> Settings:
    return load_settings(
        None,
        telegram={
            "token": BOT_TOKEN,
            "api_base": api.base_url,
            "bot_username": api.bot_username,
            **telegram,
        },
        database={"url": database_url},
        bank=bank or {},
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def webhook_settings(api: FakeBotAPI, database_url: str, **telegram: Any) -> Settings:
    return bot_settings(
        api,
        database_url,
        mode="webhook",
        webhook_url="https://bot.example.org/telegram/webhook",
        webhook_secret=WEBHOOK_SECRET,
        listen_port=free_port(),
        **telegram,
    )


async def invite(db: Database, ref: str, clock: Clock, *, valid_days: int = 14) -> str:
    invitation = await create_invite(
        db, ref, bot_username="OverdueCardBot", valid_days=valid_days, now=clock.now()
    )
    return invitation.token


class Running:
    """A started :class:`TelegramApp`; stopped (and checked to have stopped cleanly) on exit."""

    def __init__(self, app: TelegramApp, task: asyncio.Task[None]) -> None:
        self.app = app
        self.task = task

    async def stop(self) -> None:
        await asyncio.wait_for(self.app.stop(), 10)
        await asyncio.wait_for(self.task, 10)  # re-raises what run() raised


@contextlib.asynccontextmanager
async def running(
    settings: Settings,
    clock: ManualClock,
    db: Database | None = None,
    *,
    sleep: Callable[[float], Any] | None = None,
    name: str | None = None,
) -> AsyncIterator[Running]:
    options: dict[str, Any] = {"handle_signals": False, "name": name}
    if sleep is not None:
        options["sleep"] = sleep
    app = TelegramApp(settings, clock, db, **options)
    task = asyncio.create_task(app.run())
    handle = Running(app, task)
    try:
        yield handle
    finally:
        if not task.done():
            await handle.stop()
        else:
            await task


@dataclass
class Sent:
    """What the bot sent in answer to one action."""

    calls: list[Call]

    @property
    def messages(self) -> list[dict[str, Any]]:
        return [c.params for c in self.calls if c.method == "sendMessage" and c.ok]

    @property
    def texts(self) -> list[str]:
        return [m["text"] for m in self.messages]

    @property
    def text(self) -> str:
        return "\n".join(self.texts)

    def of(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]


class TelegramUser:
    """A Telegram user writing to the bot: each action waits until the bot has handled it.

    In polling mode updates are queued on the fake server; in webhook mode they are POSTed to the
    bot's own web server with the secret header (or ``secret=...`` to try another).
    """

    def __init__(
        self,
        api: FakeBotAPI,
        bot: Running,
        user_id: int,
        *,
        language: str | None = "en",
        webhook: str | None = None,
        secret: str = WEBHOOK_SECRET,
    ) -> None:
        self.api = api
        self.bot = bot
        self.user_id = user_id
        self.language = language
        self.webhook = webhook
        self.secret = secret

    async def send(self, text: str | None, **options: Any) -> Sent:
        return await self.push(
            self.api.message(self.user_id, text, language_code=self.language, **options)
        )

    async def tap(self, value: str, *, message_id: int | None = None) -> Sent:
        """Tap the button with ``value`` on the latest message that has one
        (or on ``message_id``)."""
        message = self.message_with_button(value, message_id)
        [data] = [
            b["callback_data"]
            for row in message["reply_markup"]["inline_keyboard"]
            for b in row
            if ChoiceData.unpack(b["callback_data"]).value == value
        ]
        return await self.press(message["message_id"], data)

    async def press(self, message_id: int, data: str, *, user_id: int | None = None) -> Sent:
        """Send raw callback data, as if pressed on ``message_id`` of this chat."""
        return await self.push(
            self.api.callback(
                user_id or self.user_id,
                message_id,
                data,
                chat_id=self.user_id,
                language_code=self.language,
            )
        )

    def message_with_button(self, value: str, message_id: int | None = None) -> dict[str, Any]:
        for message in reversed(self.api.chat(self.user_id)):
            if message_id is not None and message["message_id"] != message_id:
                continue
            for row in message.get("reply_markup", {}).get("inline_keyboard", []):
                if any(ChoiceData.unpack(b["callback_data"]).value == value for b in row):
                    return message
        raise AssertionError(f"no button {value!r} in the chat")

    def buttons(self) -> list[str]:
        """The values of the buttons on the latest message that has any."""
        for message in reversed(self.api.chat(self.user_id)):
            rows = message.get("reply_markup", {}).get("inline_keyboard", [])
            if rows:
                return [ChoiceData.unpack(b["callback_data"]).value for row in rows for b in row]
        return []

    async def push(self, update: dict[str, Any], *, handled: int = 1) -> Sent:
        mark = len(self.api.calls)
        gate = self.bot.app.gate
        target = gate.finished + handled
        if self.webhook is not None:
            status = await self.post(update)
            assert status == 200, status
        await gate.wait(finished=target, timeout=30)
        if self.bot.app.outbox is not None:  # and what its steps owe, delivered
            await asyncio.wait_for(self.bot.app.outbox.drained(), 30)
        return Sent(self.api.calls[mark:])

    async def post(self, update: dict[str, Any], secret: str | None = None) -> int:
        assert self.webhook is not None
        headers = {"X-Telegram-Bot-Api-Secret-Token": self.secret if secret is None else secret}
        async with (
            aiohttp.ClientSession() as http,
            http.post(self.webhook, json=update, headers=headers) as response,
        ):
            return response.status


async def inbound_texts(db: Database, user_id: int) -> list[str]:
    """What the cardholder linked to a Telegram user wrote, as the transcript holds it, in order."""
    return await db.read(
        lambda session: list(
            session.scalars(
                select(TranscriptMessage.text)
                .join(Conversation, Conversation.id == TranscriptMessage.conversation_id)  # type: ignore[arg-type]
                .join(Cardholder, Cardholder.id == Conversation.cardholder_id)  # type: ignore[arg-type]
                .where(Cardholder.user_id == user_id, TranscriptMessage.direction == Direction.IN)
                .order_by(TranscriptMessage.id)  # type: ignore[arg-type]
            )
        )
    )


async def conversation_of(db: Database, user_id: int) -> Conversation:
    """The conversation of the cardholder linked to a Telegram user."""
    return await db.read(
        lambda session: session.execute(
            select(Conversation)
            .join(Cardholder, Cardholder.id == Conversation.cardholder_id)  # type: ignore[arg-type]
            .where(Cardholder.user_id == user_id)
        ).scalar_one()
    )


# --- the real bot in a process of its own (for kill -9) ---------------------------------------

ROOT = Path(__file__).resolve().parents[2]  # where `python -m bot` runs


async def many_invited(
    db: Database, path: Path, clock: Clock, *, count: int, first_user: int
) -> dict[int, tuple[str, str]]:
    """``count`` Chinese accounts ``K-000`` … (card ending 1000 + i), each invited: Telegram
    user -> (invite token, the card's last four digits). For the real ``overdue-bot run``
    (:func:`bot_process`), which reads the machine's clock, invite at the machine's time
    (:class:`bot.clock.SystemClock`): an invite made at the tests' fixed time expires 14 days
    after it."""
    rows = [",".join(HEADER)] + [
        f"K-{i:03d},Holder {i},{1000 + i},CNY,52340.50,8200.00,1500.00,45,0.18,zh,Asia/Shanghai"
        for i in range(count)
    ]
    await asyncio.to_thread(path.write_text, "\n".join(rows) + "\n", encoding="utf-8")
    await import_accounts(db, path)
    return {
        first_user + i: (await invite(db, f"K-{i:03d}", clock), str(1000 + i)) for i in range(count)
    }


async def bot_process(
    api: FakeBotAPI, database_url: str, **environment: str
) -> asyncio.subprocess.Process:
    """``python -m bot run`` against the fake Bot API and the database, as an operator runs it."""
    variables = {
        **os.environ,
        "OVERDUE_BOT_TELEGRAM__TOKEN": BOT_TOKEN,
        "OVERDUE_BOT_TELEGRAM__API_BASE": api.base_url,
        "OVERDUE_BOT_DATABASE__URL": database_url,
        **environment,
    }
    variables.pop("OVERDUE_BOT_CONFIG", None)
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", env=variables, cwd=ROOT,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
