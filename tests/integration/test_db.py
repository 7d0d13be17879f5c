"""Transactions on a real database: each write its own, whole or not at all; the settings.

On a SQLite file and on PostgreSQL (``migrated_database_url``), except where the SQLite way of
running work is the point (in the event loop, one transaction at a time; its PRAGMAs).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session

from bot.storage.db import Database, open_database
from bot.storage.models import Account, Cardholder, Direction, TranscriptMessage
from bot.storage.models import Conversation as ConversationRow

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


@pytest.fixture
async def db(migrated_database_url: str) -> AsyncIterator[Database]:
    database = await open_database(migrated_database_url)
    yield database
    await database.close()


def add_account(session: Session, ref: str = "A") -> Account:
    account = Account(
        ref=ref,
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
    session.flush()
    return account


def add_conversation(session: Session) -> None:
    account = add_account(session)
    cardholder = Cardholder(account_id=account.id, user_id=1, chat_id=1)  # type: ignore[arg-type]
    session.add(cardholder)
    session.flush()
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


@pytest.fixture
async def conversation(db: Database) -> None:
    """A conversation row (id 1) for the notes to belong to (foreign keys are on)."""
    await db.write(add_conversation)


def add_note(session: Session, text: str, *, conversation_id: int = 1) -> str:
    session.add(
        TranscriptMessage(
            conversation_id=conversation_id,
            direction=Direction.NOTE,
            author="test",
            text=text,
            at=NOW,
        )
    )
    session.flush()
    return text


async def write_note(db: Database, text: str, conversation_id: int = 1) -> str:
    return await db.write(add_note, text, conversation_id=conversation_id)


def note_texts(session: Session) -> list[str]:
    return list(session.scalars(select(TranscriptMessage.text).order_by(TranscriptMessage.id)))


async def notes(db: Database) -> list[str]:
    return await db.read(note_texts)


def commits(db: Database) -> list[str]:
    """Filled with one entry per commit on the database from now on."""
    committed: list[str] = []
    event.listen(db.sync_engine, "commit", lambda _connection: committed.append("commit"))
    return committed


@pytest.mark.usefixtures("conversation")
async def test_writes_at_the_same_time_are_each_committed(db: Database) -> None:
    committed = commits(db)
    assert await asyncio.gather(*(write_note(db, f"n{i}") for i in range(5))) == [
        f"n{i}" for i in range(5)
    ]
    assert len(committed) == 5  # a transaction each
    # In their order on SQLite (one at a time, below); at once on PostgreSQL.
    assert sorted(await notes(db)) == [f"n{i}" for i in range(5)]


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
    assert sorted(await notes(db)) == ["a", "b", "first"]


@pytest.mark.usefixtures("conversation")
async def test_a_refused_commit_leaves_nothing_and_loses_no_other_write(db: Database) -> None:
    failures = iter([True])  # the first commit fails, once

    def refuse_commit(_connection) -> None:  # type: ignore[no-untyped-def]
        if next(failures, False):
            raise RuntimeError("disk I/O error")

    event.listen(db.sync_engine, "commit", refuse_commit)
    results = await asyncio.gather(
        *(write_note(db, t) for t in ("first", "a", "b")), return_exceptions=True
    )
    # The first to commit: "first" on SQLite (one at a time), any of them on PostgreSQL.
    refused = [i for i, result in enumerate(results) if isinstance(result, RuntimeError)]
    assert len(refused) == 1
    written = [note for i, note in enumerate(("first", "a", "b")) if i not in refused]
    assert [results[i] for i in range(3) if i not in refused] == written
    assert sorted(await notes(db)) == sorted(written)


@pytest.mark.usefixtures("conversation")
async def test_a_write_whose_work_raises_leaves_nothing_written(db: Database) -> None:
    committed = commits(db)

    def half_done(session: Session) -> None:
        add_note(session, "half")  # flushed: in the transaction, not yet committed
        add_account(session, "B")
        raise LookupError("changed my mind")

    with pytest.raises(LookupError, match="changed my mind"):
        await db.write(half_done)
    assert committed == []
    assert await notes(db) == []
    assert await db.read(lambda s: s.scalar(select(func.count()).select_from(Account))) == 1
    assert await write_note(db, "after") == "after"  # the database goes on as before
    assert await notes(db) == ["after"]


@pytest.mark.usefixtures("conversation")
async def test_a_read_commits_nothing(db: Database) -> None:
    committed = commits(db)
    assert await db.read(add_note, "read, not written") == "read, not written"
    assert committed == []
    assert await notes(db) == []


@pytest.mark.databases("sqlite")
@pytest.mark.usefixtures("conversation")
async def test_writes_at_the_same_time_never_interleave(db: Database) -> None:
    """Each write sees every write before it: a count read and written back loses nothing.

    SQLite only: on PostgreSQL writes run at once, each on a connection of its own, and what
    keeps two steps of a conversation apart is the version their saves check (steps.py)."""

    def next_number(session: Session) -> str:
        count = session.scalar(select(func.count()).select_from(TranscriptMessage))
        return add_note(session, str(count))

    assert await asyncio.gather(*(db.write(next_number) for _ in range(5))) == [
        "0",
        "1",
        "2",
        "3",
        "4",
    ]
    assert await notes(db) == ["0", "1", "2", "3", "4"]


@pytest.mark.databases("sqlite")
async def test_every_connection_has_the_settings_that_matter(db: Database) -> None:
    with db.sync_engine.connect() as connection:
        settings = {
            name: connection.execute(text(f"PRAGMA {name}")).scalar_one()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    normal = 1  # PRAGMA synchronous=NORMAL
    assert settings == {
        "journal_mode": "wal",
        "synchronous": normal,
        "foreign_keys": 1,
        "busy_timeout": 5000,
    }
    assert db.dialect == "sqlite"


async def test_in_memory_reads_what_was_written() -> None:
    memory = await open_database("sqlite://")
    try:
        assert await memory.write(lambda s: add_account(s, "M").ref) == "M"
        assert await memory.read(lambda s: list(s.scalars(select(Account.ref)))) == ["M"]
        assert await memory.read(lambda s: int(s.execute(select(3)).scalar_one())) == 3
    finally:
        await memory.close()
