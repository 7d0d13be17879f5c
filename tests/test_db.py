"""Transactions on a real SQLite file: each write its own, in turns; the settings that matter."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import event, select, text

from bot.db import Database, open_database
from bot.models import Account, Cardholder, Direction, TranscriptMessage
from bot.models import Conversation as ConversationRow

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await open_database(f"sqlite+aiosqlite:///{tmp_path / 'writes.db'}")
    yield database
    await database.close()


@pytest.fixture
async def conversation(db: Database) -> None:
    """A conversation row (id 1) for the notes to belong to (foreign keys are on)."""
    async with db.transaction() as session:
        account = Account(
            ref="A",
            name="n",
            card_last4="1234",
            currency="EUR",
            balance=1,
            overdue_amount=1,
            minimum_payment=1,
            days_past_due=1,
            annual_rate=0,
            language="en",
            timezone="UTC",
        )
        session.add(account)
        await session.flush()
        cardholder = Cardholder(account_id=account.id, user_id=1, chat_id=1)  # type: ignore[arg-type]
        session.add(cardholder)
        await session.flush()
        session.add(
            ConversationRow(
                id=1,
                account_id=account.id,
                cardholder_id=cardholder.id,
                step="greeting",  # type: ignore[arg-type]
                state={},
                language="en",
            )
        )


async def write_note(db: Database, text: str, conversation_id: int = 1) -> str:
    async with db.transaction() as session:
        session.add(
            TranscriptMessage(
                conversation_id=conversation_id,
                direction=Direction.NOTE,
                author="test",
                text=text,
                at=NOW,
            )
        )
        await session.flush()
    return text


async def notes(db: Database) -> list[str]:
    async with db.session() as session:
        return list(
            (
                await session.execute(select(TranscriptMessage.text).order_by(TranscriptMessage.id))
            ).scalars()
        )


@pytest.mark.usefixtures("conversation")
async def test_writes_at_the_same_time_are_each_committed_in_their_order(db: Database) -> None:
    committed: list[str] = []
    event.listen(db.engine.sync_engine, "commit", lambda _connection: committed.append("commit"))
    assert await asyncio.gather(*(write_note(db, f"n{i}") for i in range(5))) == [
        f"n{i}" for i in range(5)
    ]
    assert len(committed) == 5  # a transaction each
    assert await notes(db) == [f"n{i}" for i in range(5)]


@pytest.mark.usefixtures("conversation")
async def test_a_failing_write_fails_alone_and_the_others_are_written(db: Database) -> None:
    results = await asyncio.gather(
        write_note(db, "first"),
        write_note(db, "a"),
        write_note(db, "x", conversation_id=999),  # no conversation 999: the foreign key refuses
        write_note(db, "b"),
        return_exceptions=True,
    )
    assert results[0] == "first" and results[1] == "a" and results[3] == "b"
    assert isinstance(results[2], Exception)
    assert await notes(db) == ["first", "a", "b"]


@pytest.mark.usefixtures("conversation")
async def test_a_failed_commit_loses_no_other_write(db: Database) -> None:
    failures = iter([True])  # the first commit fails, once

    def refuse_commit(_connection) -> None:  # type: ignore[no-untyped-def]
        if next(failures, False):
            raise RuntimeError("disk I/O error")

    event.listen(db.engine.sync_engine, "commit", refuse_commit)
    results = await asyncio.gather(
        *(write_note(db, t) for t in ("first", "a", "b")), return_exceptions=True
    )
    assert isinstance(results[0], RuntimeError) and results[1:] == ["a", "b"]
    assert await notes(db) == ["a", "b"]


async def test_writers_take_turns_on_sqlite(db: Database) -> None:
    order: list[str] = []

    async def first() -> None:
        async with db.transaction():
            order.append("first starts")
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            order.append("first ends")

    async def other() -> None:
        async with db.writing():
            order.append("other writer")

    running = asyncio.ensure_future(first())
    await asyncio.sleep(0)  # the first has taken its turn
    await asyncio.gather(running, other())
    assert order == ["first starts", "first ends", "other writer"]


async def test_every_connection_has_the_settings_that_matter(db: Database) -> None:
    async with db.engine.connect() as connection:
        settings = {
            name: (await connection.execute(text(f"PRAGMA {name}"))).scalar_one()
            for name in ("journal_mode", "foreign_keys", "busy_timeout")
        }
    assert settings == {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 5000}


async def test_in_memory_reads_and_writes_through_the_same_sessions() -> None:
    memory = await open_database("sqlite+aiosqlite://")
    try:
        async with memory.transaction() as session:
            assert (await session.execute(select(1))).scalar_one() == 1
        assert await memory.read(lambda s: int(s.execute(select(3)).scalar_one())) == 3
    finally:
        await memory.close()
