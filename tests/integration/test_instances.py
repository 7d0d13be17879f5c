"""Several instances on one PostgreSQL: two ``TelegramApp`` objects in this process, each with a
database engine of its own, in webhook mode behind no proxy (an update is POSTed to one or the
other), talking to one fake Bot API.

What two real instances got wrong, each made to happen on purpose: the same invite opened on
both at once, the same payments file imported twice at once, the desk's topics and cards, the
reminders' send rate, and two answers of one cardholder that reach different instances.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import pytest
from sqlalchemy import func, select

from bot.clock import ManualClock
from bot.config import Settings
from bot.storage.db import Database, open_database
from bot.storage.models import Cardholder, Conversation
from tests.support.fakebotapi import FakeBotAPI
from tests.support.telegram import (
    Running,
    TelegramUser,
    invite,
    running,
    webhook_settings,
)

pytestmark = pytest.mark.databases("postgresql")  # several instances need PostgreSQL

SMITH = 5002  # the cardholder of GB-002 (en)
T = TypeVar("T")


@dataclass
class Instance:
    """One running app, its own database engine, and its webhook's address."""

    bot: Running
    db: Database
    hook: str

    def user(self, api: FakeBotAPI, user_id: int, language: str = "en") -> TelegramUser:
        return TelegramUser(api, self.bot, user_id, language=language, webhook=self.hook)


@contextlib.asynccontextmanager
async def instances(
    api: FakeBotAPI,
    database_url: str,
    clock: ManualClock,
    count: int = 2,
    settings: Callable[[FakeBotAPI, str], Settings] = webhook_settings,
) -> AsyncIterator[list[Instance]]:
    """``count`` apps serving webhooks on one database, each with an engine of its own."""
    async with contextlib.AsyncExitStack() as stack:
        started: list[Instance] = []
        for number in range(count):
            config = settings(api, database_url)
            db = await open_database(database_url)
            stack.push_async_callback(db.close)
            bot = await stack.enter_async_context(
                running(config, clock, db, name=f"instance-{number + 1}")
            )
            telegram = config.telegram
            hook = f"http://127.0.0.1:{telegram.listen_port}{telegram.webhook_path}"
            started.append(Instance(bot, db, hook))
        await api.wait_for("setWebhook", count=count, timeout=30)
        yield started


def holding_at(db: Database, barrier: asyncio.Barrier, work: Callable[..., Any]) -> None:
    """Make ``db`` wait at ``barrier`` before it writes ``work`` (once): where a race is lost."""
    write = db.write
    waited = False

    async def write_after_the_others(job: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        nonlocal waited
        if not waited and getattr(job, "__func__", job) is getattr(work, "__func__", work):
            waited = True
            await asyncio.wait_for(barrier.wait(), 10)
        return await write(job, *args, **kwargs)

    db.write = write_after_the_others  # type: ignore[method-assign]


async def count(db: Database, model: type[Any]) -> int:
    return await db.read(
        lambda session: int(session.execute(select(func.count()).select_from(model)).scalar_one())
    )


async def both(*actions: Awaitable[Any]) -> list[Any]:
    return list(await asyncio.gather(*actions))


# --- the same invite on both at once -------------------------------------------------------------


async def test_the_same_invite_opened_on_two_instances_at_once_links_once_and_welcomes_back(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    token = await invite(database, "GB-002", clock)
    async with instances(telegram_api, database_url, clock) as (one, two):
        # Both read "no conversation yet" before either makes it: the race, every time.
        barrier = asyncio.Barrier(2)
        for instance in (one, two):
            assistant = instance.bot.app.assistant
            assert assistant is not None
            holding_at(instance.db, barrier, assistant.conversation_for)
        first = telegram_api.message(SMITH, f"/start {token}")
        second = telegram_api.message(SMITH, f"/start {token}")
        await both(
            one.user(telegram_api, SMITH).push(first), two.user(telegram_api, SMITH).push(second)
        )
    texts = [message["text"] for message in telegram_api.sent_messages(SMITH)]
    assert len(texts) == 2, texts
    assert not any("Sorry" in text for text in texts), texts  # no "something went wrong"
    assert "last four digits" in texts[0]  # linked, and asked for the card's digits
    assert texts[1].startswith("Welcome back")  # the second: a returning cardholder
    assert await count(database, Cardholder) == 1
    assert await count(database, Conversation) == 1
