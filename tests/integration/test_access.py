"""Who gets into an account, end to end: limits on invite attempts, identity locks that keep out
only the one who failed, and the bank unlocking. ``TelegramApp.run()`` against the fake Bot API."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.cli import main
from bot.clock import ManualClock
from bot.operations.accounts import HEADER, import_accounts
from bot.operations.unlock import Unlocked, unlock_account
from bot.service.steps import Assistant
from bot.storage.db import Database, open_database
from bot.storage.models import Cardholder as CardholderRow
from bot.storage.models import Conversation as ConversationRow
from bot.storage.models import Holder
from bot.texts import Texts
from dialogs.replies import Reply
from tests.support.fakebotapi import FakeBotAPI
from tests.support.telegram import (
    ACCOUNTS,
    TelegramUser,
    bot_settings,
    conversation_of,
    invite,
    running,
)

SMITH = 5002  # owner of GB-002 (en, GBP, card ending 9012)
STRANGER = 5003
GUESSER = 5010


def said(api: FakeBotAPI, database_url: str, template: str, language: str) -> str:
    return Texts(bot_settings(api, database_url).bank).render(Reply(template), language)


async def cardholder(db: Database, user_id: int) -> CardholderRow | None:
    return await db.read(
        lambda session: session.execute(
            select(CardholderRow).where(CardholderRow.user_id == user_id)
        ).scalar_one_or_none()
    )


async def conversation(db: Database, user_id: int) -> ConversationRow:
    return await conversation_of(db, user_id)


async def test_invite_guesses_from_one_user_are_limited_and_the_reply_reveals_nothing(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    real = await invite(database, "GB-002", clock)
    async with running(bot_settings(telegram_api, database_url), clock, database) as bot:
        guesser = TelegramUser(telegram_api, bot, GUESSER, language="hu")
        for guess in range(5):
            sent = await guesser.send(f"/start guess{guess:040d}")
            assert sent.texts == [said(telegram_api, database_url, "invite_unknown", "hu")]
        limited = [said(telegram_api, database_url, "invite_limited", "hu")]
        assert (await guesser.send("/start guess-6")).texts == limited
        # The right token now gets the very same answer: nothing tells it apart.
        assert (await guesser.send(f"/start {real}")).texts == limited
        assert await cardholder(database, GUESSER) is None
        # The link still works for its owner.
        owner = TelegramUser(telegram_api, bot, SMITH, language="en")
        assert "last four digits" in (await owner.send(f"/start {real}")).text
        # An hour later the guesser may try again (and is told plainly).
        clock.advance(hours=1, minutes=1)
        sent = await guesser.send("/start guess-7")
        assert sent.texts == [said(telegram_api, database_url, "invite_unknown", "hu")]
    assert "Túl sok próbálkozás" in limited[0]


async def test_a_link_passed_around_is_limited_for_its_account(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    forwarded = await invite(database, "GB-002", clock)
    async with running(bot_settings(telegram_api, database_url), clock, database) as bot:
        await TelegramUser(telegram_api, bot, SMITH).send(f"/start {forwarded}")
        used = [said(telegram_api, database_url, "invite_used", "zh")]
        for user_id in range(6000, 6010):  # ten people, each trying once
            sent = await TelegramUser(telegram_api, bot, user_id, language="zh").send(
                f"/start {forwarded}"
            )
            assert sent.texts == used
        sent = await TelegramUser(telegram_api, bot, 6010, language="zh").send(
            f"/start {forwarded}"
        )
    assert sent.texts == [said(telegram_api, database_url, "invite_limited", "zh")]
    assert "尝试次数过多" in sent.text


async def test_a_stranger_failing_on_a_forwarded_link_does_not_lock_the_owner_out(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    forwarded = await invite(database, "GB-002", clock)
    async with running(bot_settings(telegram_api, database_url), clock, database) as bot:
        stranger = TelegramUser(telegram_api, bot, STRANGER, language="en")
        await stranger.send(f"/start {forwarded}")
        for guess in ("1111", "2222", "3333"):
            sent = await stranger.send(guess)
        assert "9012" not in sent.text and "£" not in sent.text
        assert (await conversation(database, STRANGER)).holder is Holder.QUEUED
        owner = TelegramUser(telegram_api, bot, SMITH, language="en")
        sent = await owner.send(f"/start {forwarded}")
        assert sent.texts == [said(telegram_api, database_url, "invite_used", "en")]
        # The owner tells the bank, which sends a new link: the owner gets in.
        sent = await owner.send(f"/start {await invite(database, 'GB-002', clock)}")
        assert "last four digits" in sent.text
        sent = await owner.send("9012")
        assert "£3,450.99" in sent.text and "cause:job_loss" in owner.buttons()
        # The stranger stays locked out of the account, whatever link they open.
        sent = await stranger.send(f"/start {await invite(database, 'GB-002', clock)}")
        assert "9012" not in sent.text and "£" not in sent.text
        assert "£" not in (await stranger.send("9012")).text
    locked = await cardholder(database, STRANGER)
    assert locked is not None and locked.locked_at is not None
    assert (await cardholder(database, SMITH)).locked_at is None  # type: ignore[union-attr]
    assert (await conversation(database, STRANGER)).holder is Holder.QUEUED


async def test_unlocking_gives_a_locked_cardholder_new_tries(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    settings = bot_settings(telegram_api, database_url)
    async with running(settings, clock, database) as bot:
        owner = TelegramUser(telegram_api, bot, SMITH, language="en")
        await owner.send(f"/start {await invite(database, 'GB-002', clock)}")
        for guess in ("1111", "2222", "3333"):  # the owner mistypes, three times
            await owner.send(guess)
        assert "£" not in (await owner.send("9012")).text  # locked: waiting for a person
        assistant = Assistant(database, settings, Texts(settings.bank), clock)
        unlocked = await unlock_account(database, "GB-002", assistant)
        assert unlocked == Unlocked(users=1, conversations=1, failures=0)
        sent = await owner.send("9012")
    assert "£3,450.99" in sent.text and "cause:job_loss" in owner.buttons()
    row = await conversation(database, SMITH)
    assert (row.holder, row.step) == (Holder.ASSISTANT, "cause")
    assert (await cardholder(database, SMITH)).locked_at is None  # type: ignore[union-attr]


async def test_unlocking_lifts_the_accounts_limit_on_invite_attempts(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    settings = bot_settings(telegram_api, database_url)
    forwarded = await invite(database, "GB-002", clock)
    async with running(settings, clock, database) as bot:
        await TelegramUser(telegram_api, bot, STRANGER).send(f"/start {forwarded}")
        for user_id in range(6000, 6010):
            await TelegramUser(telegram_api, bot, user_id).send(f"/start {forwarded}")
        late = TelegramUser(telegram_api, bot, 6010)
        limited = [said(telegram_api, database_url, "invite_limited", "en")]
        assert (await late.send(f"/start {forwarded}")).texts == limited
        assistant = Assistant(database, settings, Texts(settings.bank), clock)
        unlocked = await unlock_account(database, "GB-002", assistant)
        assert unlocked == Unlocked(users=0, conversations=0, failures=10)
        sent = await late.send(f"/start {forwarded}")
    assert sent.texts == [said(telegram_api, database_url, "invite_used", "en")]


def test_the_unlock_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    async def prepare() -> None:
        db = await open_database(database_url)
        path = tmp_path / "accounts.csv"
        path.write_text("\n".join([",".join(HEADER), *ACCOUNTS.values()]) + "\n")
        await import_accounts(db, path)
        await db.close()

    asyncio.run(prepare())
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{database_url}"\n', encoding="utf-8")
    assert main(["--config", str(config), "accounts", "unlock", "GB-002"]) == 0
    assert capsys.readouterr().out.startswith("GB-002: 0 Telegram user(s) unlocked")
    assert main(["--config", str(config), "accounts", "unlock", "NOPE"]) == 1
    assert "no account 'NOPE'" in capsys.readouterr().err
