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
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import func, select

from bot.clock import ManualClock
from bot.config import Settings, load_settings
from bot.service.records import NotYourTurn
from bot.storage.db import Database, open_database
from bot.storage.models import Cardholder, Conversation
from bot.texts import html_to_text
from tests.support.fakebotapi import FakeBotAPI
from tests.support.telegram import (
    BOT_TOKEN,
    WEBHOOK_SECRET,
    Running,
    TelegramUser,
    conversation_of,
    free_port,
    inbound_texts,
    invite,
    many_invited,
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


# --- the desk ------------------------------------------------------------------------------------

DESK = -1001987654321
ANNA = 9001  # a specialist
HANDOFFS = 12


def desk_webhook_settings(api: FakeBotAPI, database_url: str) -> Settings:
    return load_settings(
        None,
        telegram={
            "token": BOT_TOKEN,
            "api_base": api.base_url,
            "bot_username": api.bot_username,
            "mode": "webhook",
            "webhook_url": "https://bot.example.org/telegram/webhook",
            "webhook_secret": WEBHOOK_SECRET,
            "listen_port": free_port(),
        },
        database={"url": database_url},
        specialists={"chat_id": DESK, "user_ids": [ANNA], "realert_minutes": 30},
    )


def to_desk(api: FakeBotAPI, method: str, *, in_topic: bool) -> list[Any]:
    return [
        call
        for call in api.calls_of(method)
        if call.ok
        and int(call.params["chat_id"]) == DESK
        and ("message_thread_id" in call.params) == in_topic
    ]


async def desk_passes(group: list[Instance]) -> None:
    """Every instance's desk looks at the same moment (their loops also look on their own)."""
    loops = [instance.bot.app.desk_loop for instance in group]
    await both(*(loop.run_once() for loop in loops if loop is not None))


async def test_each_hand_off_gets_one_topic_one_card_and_one_alarm_whatever_the_instances(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    people = await many_invited(
        database, tmp_path / "desk.csv", clock, count=HANDOFFS + 1, first_user=7000
    )
    async with instances(
        telegram_api, database_url, clock, settings=desk_webhook_settings
    ) as group:
        users = []
        for number, (user_id, (token, digits)) in enumerate(people.items()):
            user = group[number % 2].user(telegram_api, user_id, "zh")
            await user.send(f"/start {token}")
            await user.send(digits)
            users.append(user)
        quiet, *asking = users
        # Each asks for a person on one instance, and both desks look at once, twice over.
        await both(*(user.send("/person") for user in asking))
        await desk_passes(group)
        await desk_passes(group)
        assert len(to_desk(telegram_api, "createForumTopic", in_topic=False)) == HANDOFFS
        assert to_desk(telegram_api, "deleteForumTopic", in_topic=False) == []
        cards = to_desk(telegram_api, "sendMessage", in_topic=True)
        assert len(cards) == HANDOFFS
        assert len({card.params["message_thread_id"] for card in cards}) == HANDOFFS
        assert to_desk(telegram_api, "deleteMessage", in_topic=False) == []

        # Untaken after the minutes: raised again once each, not once per instance.
        clock.advance(minutes=31)
        await desk_passes(group)
        assert len(to_desk(telegram_api, "sendMessage", in_topic=False)) == HANDOFFS

        # A cardholder silent mid-negotiation is nudged once, not once per instance.
        before = len(telegram_api.sent_messages(quiet.user_id))
        clock.advance(hours=25)
        await desk_passes(group)
        await desk_passes(group)
        assert len(telegram_api.sent_messages(quiet.user_id)) == before + 1, [
            m["text"][:30] for m in telegram_api.sent_messages(quiet.user_id)
        ]


# --- one cardholder's answers, each to another instance ------------------------------------------


def watch_steps(
    db: Database,
    *,
    hold: asyncio.Event | None = None,
    holding: asyncio.Event | None = None,
    refused: asyncio.Event | None = None,
) -> None:
    """Watch the writes of steps on ``db``: hold the first until ``hold`` (saying so with
    ``holding``), and say when one was refused its turn (``refused``)."""
    write = db.write

    async def watched(job: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        if getattr(job, "__name__", "") != "save_step":
            return await write(job, *args, **kwargs)
        if hold is not None and holding is not None and not holding.is_set():
            holding.set()
            await asyncio.wait_for(hold.wait(), 10)
        try:
            return await write(job, *args, **kwargs)
        except NotYourTurn:
            if refused is not None:
                refused.set()
            raise

    db.write = watched  # type: ignore[method-assign]


async def test_an_answer_on_another_instance_waits_for_the_one_typed_before_it(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    """The first answer is slow on its instance (held just before its write); the second,
    typed after it, reaches the other instance and is ready first: it waits, then is answered
    at the question the first led to."""
    token = await invite(database, "GB-002", clock)
    async with instances(telegram_api, database_url, clock) as (one, two):
        here, there = one.user(telegram_api, SMITH), two.user(telegram_api, SMITH)
        await here.send(f"/start {token}")
        await here.send("9012")
        release, held, refused = asyncio.Event(), asyncio.Event(), asyncio.Event()
        watch_steps(one.db, hold=release, holding=held)
        watch_steps(two.db, refused=refused)
        first = asyncio.create_task(here.push(telegram_api.message(SMITH, "2")))  # the cause
        await asyncio.wait_for(held.wait(), 10)
        second = asyncio.create_task(there.push(telegram_api.message(SMITH, "8000")))  # income
        await asyncio.wait_for(refused.wait(), 10)  # its step waits for the first
        assert not second.done()
        release.set()
        await both(first, second)
    assert await inbound_texts(database, SMITH) == ["9012", "2", "8000"]
    row = await conversation_of(database, SMITH)
    assert row.step == "expenses"  # the cause, then the income: the question after them
    texts = [html_to_text(m["text"]) for m in telegram_api.sent_messages(SMITH)]
    assert not any("Sorry" in text or "did not understand" in text for text in texts), texts


async def test_answers_typed_one_after_the_other_to_two_instances_keep_their_order(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    """Twelve cardholders each answer twice in a row, the first answer to one instance and the
    second to the other as soon as the first is stored (a load balancer sending each request
    where it likes): every conversation takes them in the order typed. The second goes to the
    instance that knows the conversation already (it has nothing to read first): the quicker."""
    people = await many_invited(database, tmp_path / "order.csv", clock, count=12, first_user=8000)
    async with instances(telegram_api, database_url, clock) as (one, two):
        users = []
        for user_id, (token, digits) in people.items():
            user = one.user(telegram_api, user_id, "zh")
            await user.send(f"/start {token}")
            await user.send(digits)
            users.append((two.user(telegram_api, user_id, "zh"), user))
        gates = [one.bot.app.gate, two.bot.app.gate]
        targets = [gate.finished + len(users) for gate in gates]
        for here, there in users:
            assert await here.post(telegram_api.message(here.user_id, "2")) == 200
            assert await there.post(telegram_api.message(there.user_id, "8000")) == 200
        await both(*(g.wait(finished=t, timeout=30) for g, t in zip(gates, targets, strict=True)))
    for user_id, (_token, digits) in people.items():
        assert await inbound_texts(database, user_id) == [digits, "2", "8000"]
        assert (await conversation_of(database, user_id)).step == "expenses"
