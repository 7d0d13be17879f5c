"""The inbox: every update stored before Telegram is told it arrived, then handled once.

Through aiogram's real client against the fake Bot API, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from datetime import timedelta
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy import select

from bot.clock import ManualClock, SystemClock
from bot.storage.db import Database
from bot.storage.inbox import earlier_pending, settle_update, store_updates
from bot.storage.models import (
    InboxStatus,
    InboxUpdate,
)
from tests.support.fakebotapi import FakeBotAPI
from tests.support.telegram import (
    WEBHOOK_SECRET,
    TelegramUser,
    bot_process,
    bot_settings,
    inbound_texts,
    invite,
    many_invited,
    running,
    webhook_settings,
)

WANG = 5001  # the cardholder of CN-001 (zh, card ending 7319)
STRANGERS = range(7001, 7006)
ROOT = Path(__file__).resolve().parents[2]  # where `python -m bot` runs


async def inbox_rows(db: Database) -> dict[int, InboxUpdate]:
    return await db.read(
        lambda session: {row.update_id: row for row in session.scalars(select(InboxUpdate))}
    )


def unreadable(api: FakeBotAPI, user_id: int) -> dict[str, object]:
    """A forwarded message aiogram cannot read: a hidden user's origin without the user's name
    (aiogram issue #1840). Telegram sends such updates."""
    raw = api.message(user_id, "forwarded")
    raw["message"]["forward_origin"] = {"type": "hidden_user", "date": 1700000000}  # type: ignore[index]
    return raw


async def test_an_unreadable_update_is_quarantined_and_the_others_are_answered(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    bad = unreadable(telegram_api, 7000)
    telegram_api.push_update(bad)
    async with running(bot_settings(telegram_api, database_url), clock, database) as bot:
        for user_id in STRANGERS:
            telegram_api.message(user_id, "hello", language_code="en")
        replies = await telegram_api.wait_for("sendMessage", count=len(STRANGERS), timeout=10)
        assert sorted(int(r.params["chat_id"]) for r in replies) == list(STRANGERS)
        assert bot.app.inbox is not None
        await bot.app.inbox.drained(5)
        rows = await inbox_rows(database)
    quarantined = rows[int(bad["update_id"])]  # type: ignore[call-overload]
    assert quarantined.status == InboxStatus.QUARANTINED
    assert quarantined.error is not None and "forward_origin" in quarantined.error
    assert "forwarded" not in quarantined.error  # what it says, never what was written
    assert [r.status for u, r in rows.items() if u != bad["update_id"]] == ["handled"] * 5
    assert not any(int(r.params["chat_id"]) == 7000 for r in telegram_api.calls_of("sendMessage"))


async def test_updates_stored_before_a_stop_are_handled_after_the_restart(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    """The last process stored a batch (so Telegram forgot it) and died before handling it."""
    token = await invite(database, "CN-001", clock)
    batch = [
        telegram_api.message(WANG, f"/start {token}", language_code="zh"),
        telegram_api.message(WANG, "7319", language_code="zh"),
    ]
    telegram_api.confirm_updates()  # Telegram was told: only the inbox has them now
    await database.write(store_updates, batch, clock.now())
    async with running(bot_settings(telegram_api, database_url), clock, database) as bot:
        await telegram_api.wait_for("sendMessage", count=2, timeout=10)
        assert bot.app.inbox is not None
        await bot.app.inbox.drained(5)
        rows = await inbox_rows(database)
    assert {row.status for row in rows.values()} == {InboxStatus.HANDLED}
    # In order: linked by the invite, then the card's digits answered the identity check.
    assert await inbound_texts(database, WANG) == ["7319"]


async def test_an_update_delivered_twice_makes_one_step(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    settings = webhook_settings(telegram_api, database_url)
    token = await invite(database, "CN-001", clock)
    async with running(settings, clock, database) as bot:
        await telegram_api.wait_for("setWebhook")
        hook = f"http://127.0.0.1:{settings.telegram.listen_port}{settings.telegram.webhook_path}"
        user = TelegramUser(telegram_api, bot, WANG, language="zh", webhook=hook)
        await user.send(f"/start {token}")
        digits = telegram_api.message(WANG, "7319", language_code="zh")
        for _ in range(3):  # Telegram retries what it thinks was not received
            assert await user.post(digits) == 200
        assert bot.app.inbox is not None
        await bot.app.inbox.drained(5)
        await bot.app.gate.wait()
    assert await inbound_texts(database, WANG) == ["7319"]
    replies_to_digits = [
        call for call in telegram_api.calls_of("sendMessage") if call.params["chat_id"] == WANG
    ]
    assert len(replies_to_digits) == 2  # the greeting, then one answer to the digits


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"[1, 2, 3]", b'{"message": {"text": "no update id"}}', b'"update"'],
    ids=["malformed", "a list", "no update id", "a string"],
)
async def test_a_webhook_body_that_is_no_update_is_refused(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    caplog: pytest.LogCaptureFixture,
    body: bytes,
) -> None:
    settings = webhook_settings(telegram_api, database_url)
    caplog.set_level(logging.INFO)
    async with running(settings, clock, database) as bot:
        await telegram_api.wait_for("setWebhook")
        hook = f"http://127.0.0.1:{settings.telegram.listen_port}{settings.telegram.webhook_path}"
        headers = {
            "X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET,
            "Content-Type": "application/json",
        }
        async with (
            aiohttp.ClientSession() as http,
            http.post(hook, data=body, headers=headers) as response,
        ):
            assert response.status == 400
        await asyncio.sleep(0)
        assert bot.app.gate.finished == 0
    assert await inbox_rows(database) == {}
    assert "Traceback" not in caplog.text and "exception" not in caplog.text.lower()


async def test_operators_see_the_quarantined_updates(
    database: Database,
    database_url: str,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bot.cli import main
    from bot.storage.inbox import settle_update

    monkeypatch.setenv("OVERDUE_BOT_DATABASE__URL", database_url)
    monkeypatch.delenv("OVERDUE_BOT_CONFIG", raising=False)
    assert await asyncio.to_thread(main, ["inbox", "quarantined"]) == 0
    assert "no quarantined updates" in capsys.readouterr().out
    secret = {"update_id": 41, "message": {"text": "my card is 4111 1111 1111 1111"}}
    await database.write(store_updates, [secret, {"update_id": 42}], clock.now())
    await database.write(settle_update, 41, clock.now(), "unreadable: message.chat: missing")
    assert await asyncio.to_thread(main, ["inbox", "quarantined"]) == 0
    out = capsys.readouterr().out
    assert "update 41  unreadable: message.chat: missing" in out
    assert "4111" not in out and "update 42" not in out


async def test_a_kill_when_a_batch_is_handed_out_loses_and_repeats_nothing(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    tmp_path: Path,
) -> None:
    """``kill -9`` of the real ``overdue-bot run`` the moment Telegram hands out a batch of
    answers, then a restart: every answer is handled exactly once."""
    count = 12
    users = await many_invited(
        database, tmp_path / "more.csv", SystemClock(), count=count, first_user=8000
    )

    async def start() -> asyncio.subprocess.Process:
        return await bot_process(telegram_api, database_url)

    bot = await start()
    try:
        for user_id, (token, _digits) in users.items():
            telegram_api.message(user_id, f"/start {token}", language_code="zh")
        await telegram_api.wait_for("sendMessage", count=count, timeout=60)
        last = 0
        for user_id, (_token, digits) in users.items():
            last = int(telegram_api.message(user_id, digits, language_code="zh")["update_id"])
        # The bot asks for more with the batch's next offset: Telegram forgets the batch now.
        await telegram_api.wait_for(
            "getUpdates", lambda call: int(call.params.get("offset") or 0) > last, timeout=30
        )
        bot.kill()
        await bot.wait()
        bot = await start()
        await telegram_api.wait_for(
            "getUpdates", count=2, since=len(telegram_api.calls), timeout=60
        )
        await telegram_api.wait_idle(timeout=60)
    finally:
        if bot.returncode is None:
            bot.send_signal(signal.SIGTERM)
            await asyncio.wait_for(bot.wait(), 30)
    assert sorted(await inbox_statuses(database)) == ["handled"] * (2 * count)
    for user_id, (_token, digits) in users.items():
        assert await inbound_texts(database, user_id) == [digits], user_id
    answered = {int(c.params["chat_id"]) for c in telegram_api.calls_of("sendMessage")}
    assert answered >= set(users)


async def inbox_statuses(db: Database) -> list[str]:
    return [row.status for row in (await inbox_rows(db)).values()]


async def test_settled_updates_are_kept_a_week_quarantined_ones_a_month(
    database: Database, clock: ManualClock
) -> None:
    from datetime import timedelta

    from bot.storage.inbox import prune_settled, settle_update

    await database.write(store_updates, [{"update_id": n} for n in (1, 2, 3)], clock.now())
    await database.write(settle_update, 1, clock.now())
    await database.write(settle_update, 2, clock.now(), "unreadable: message: missing")
    assert await database.write(prune_settled, clock.now() + timedelta(days=6)) == 0
    assert await database.write(prune_settled, clock.now() + timedelta(days=8)) == 1
    assert sorted(await inbox_rows(database)) == [2, 3]
    assert await database.write(prune_settled, clock.now() + timedelta(days=365)) == 1
    assert sorted(await inbox_rows(database)) == [3]  # never handled: kept until it is


async def test_each_update_keeps_its_chat_and_a_step_sees_its_chat_s_earlier_ones(
    database: Database, clock: ManualClock
) -> None:
    chat = {"id": WANG, "type": "private"}
    updates = [
        {"update_id": 1, "message": {"message_id": 1, "date": 0, "chat": chat, "text": "a"}},
        {
            "update_id": 2,
            "callback_query": {"id": "q", "from": {"id": 7}, "message": {"chat": chat}},
        },
        {"update_id": 3, "callback_query": {"id": "q", "from": {"id": 7}, "data": "x"}},
        {"update_id": 4, "some_future_kind": {"x": 1}},
        {"update_id": 5, "message": {"message_id": 2, "date": 0, "chat": chat, "text": "b"}},
    ]
    await database.write(store_updates, updates, clock.now())
    rows = await inbox_rows(database)
    assert {n: row.chat_id for n, row in rows.items()} == {1: WANG, 2: WANG, 3: 7, 4: None, 5: WANG}
    since = clock.now() - timedelta(seconds=10)
    assert await database.read(earlier_pending, 5, since)  # 1 and 2 are still pending
    assert not await database.read(earlier_pending, 1, since)
    assert not await database.read(earlier_pending, 3, since)  # another chat's are not its turn
    for update_id in (1, 2):
        await database.write(settle_update, update_id, clock.now())
    assert not await database.read(earlier_pending, 5, since)
