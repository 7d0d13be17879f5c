"""Group commit against a real SQLite file: shared transactions, release after commit, failures."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.commits import Declined, GroupCommit
from bot.db import Database, open_database
from bot.models import Direction, TranscriptMessage

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await open_database(f"sqlite+aiosqlite:///{tmp_path / 'commits.db'}")
    yield database
    await database.close()


def note(text: str):  # type: ignore[no-untyped-def]
    """A job writing one transcript note to conversation 1; it returns the text."""

    async def job(session: AsyncSession) -> str:
        session.add(
            TranscriptMessage(
                conversation_id=1, direction=Direction.NOTE, author="test", text=text, at=NOW
            )
        )
        await session.flush()
        return text

    return job


async def notes(db: Database) -> list[str]:
    async with db.session() as session:
        return list(
            (
                await session.execute(select(TranscriptMessage.text).order_by(TranscriptMessage.id))
            ).scalars()
        )


@pytest.fixture
async def conversation(db: Database) -> None:
    """A conversation row for the notes to belong to (foreign keys are on)."""
    from bot.models import Account, Cardholder
    from bot.models import Conversation as ConversationRow

    async with db.session() as session, session.begin():
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


@pytest.mark.usefixtures("conversation")
async def test_concurrent_writes_share_one_commit_and_each_waiter_resumes_after_it(
    db: Database,
) -> None:
    commits = GroupCommit(db)
    events: list[str] = []
    event.listen(db.engine.sync_engine, "commit", lambda _connection: events.append("commit"))

    async def write(text: str) -> None:
        await commits.run(note(text))
        events.append(f"released {text}")

    await asyncio.gather(*(write(f"n{i}") for i in range(5)))
    assert commits.commits == 1
    assert events[0] == "commit" and sorted(events[1:]) == [f"released n{i}" for i in range(5)]
    assert await notes(db) == [f"n{i}" for i in range(5)]

    await asyncio.gather(
        write("alone"), commits.run(note("queued meanwhile")), commits.run(note("too"))
    )
    assert commits.commits == 2


@pytest.mark.usefixtures("conversation")
async def test_a_failing_job_fails_alone_and_the_rest_of_its_batch_is_written(db: Database) -> None:
    commits = GroupCommit(db)

    async def broken(session: AsyncSession) -> None:
        session.add(
            TranscriptMessage(
                conversation_id=999, direction=Direction.NOTE, author="test", text="x", at=NOW
            )
        )
        await session.flush()  # no conversation 999: the foreign key refuses it

    results = await asyncio.gather(
        commits.run(note("first")),
        commits.run(note("a")),
        commits.run(broken),
        commits.run(note("b")),
        return_exceptions=True,
    )
    assert results[0] == "first" and results[1] == "a" and results[3] == "b"
    assert isinstance(results[2], Exception)
    assert await notes(db) == [
        "first",
        "a",
        "b",
    ]  # the failed batch was rolled back, then written job by job


@pytest.mark.usefixtures("conversation")
async def test_a_declined_job_leaves_its_batch_going(db: Database) -> None:
    commits = GroupCommit(db)

    async def declined(session: AsyncSession) -> None:
        raise Declined()

    results = await asyncio.gather(
        commits.run(note("first")),
        commits.run(note("a")),
        commits.run(declined),
        commits.run(note("b")),
        return_exceptions=True,
    )
    assert isinstance(results[2], Declined)
    assert commits.commits == 1  # all in one transaction despite the declined job between them
    assert await notes(db) == ["first", "a", "b"]


@pytest.mark.usefixtures("conversation")
async def test_a_failed_commit_fails_no_waiter_that_can_be_written_alone(db: Database) -> None:
    commits = GroupCommit(db)
    failures = iter([True])  # the first batch of several fails at its commit, once

    def refuse_commit(connection) -> None:  # type: ignore[no-untyped-def]
        if commits_in_flight[0] > 1 and next(failures, False):
            raise RuntimeError("disk I/O error")

    commits_in_flight = [0]

    def counting(text: str):  # type: ignore[no-untyped-def]
        job = note(text)

        async def counted(session: AsyncSession) -> str:
            commits_in_flight[0] += 1
            return await job(session)

        return counted

    event.listen(db.engine.sync_engine, "commit", refuse_commit)
    results = await asyncio.gather(
        *(commits.run(counting(t)) for t in ("first", "a", "b")), return_exceptions=True
    )
    assert results == ["first", "a", "b"]
    assert commits.commits == 3  # the failed batch, then each job in a transaction of its own
    assert await notes(db) == ["first", "a", "b"]


async def test_turns_keep_other_writers_out_of_a_batch(db: Database) -> None:
    commits = GroupCommit(db)
    order: list[str] = []

    async def job(session: AsyncSession) -> None:
        order.append("job starts")
        await asyncio.sleep(0)
        order.append("job ends")

    async def other() -> None:
        async with commits.turn():
            order.append("other writer")

    running = asyncio.ensure_future(commits.run(job))
    await asyncio.sleep(0)  # the batch has taken its turn
    await asyncio.gather(running, other())
    assert order == ["job starts", "job ends", "other writer"]


async def test_other_databases_give_each_job_its_own_transaction(db: Database) -> None:
    commits = GroupCommit(db, batched=False)
    async with commits.turn():  # no turns to take
        pass
    assert await commits.run(lambda session: _one(session)) == 1
    assert commits.commits == 0


async def _one(session: AsyncSession) -> int:
    return int((await session.execute(select(1))).scalar_one())


# --- plain jobs (run_direct): in the database's own thread on an SQLite file ----------------------


def plain_note(text: str):  # type: ignore[no-untyped-def]
    """A plain job writing one transcript note to conversation 1, given a synchronous session."""

    def job(session) -> str:  # type: ignore[no-untyped-def]
        session.add(
            TranscriptMessage(
                conversation_id=1, direction=Direction.NOTE, author="test", text=text, at=NOW
            )
        )
        session.flush()
        return text

    return job


async def test_plain_jobs_at_the_same_time_share_one_transaction_in_one_hop(
    db: Database, conversation: None
) -> None:
    commits = GroupCommit(db)
    assert db.direct is not None  # a file: there is a plain engine and its thread
    results = await asyncio.gather(*(commits.run_direct(plain_note(f"n{i}")) for i in range(10)))
    assert results == [f"n{i}" for i in range(10)]
    assert commits.commits == 1 and await notes(db) == [f"n{i}" for i in range(10)]


async def test_plain_and_async_jobs_keep_their_order(db: Database, conversation: None) -> None:
    commits = GroupCommit(db)
    jobs = [
        commits.run_direct(plain_note("a")),
        commits.run(note("b")),
        commits.run_direct(plain_note("c")),
    ]
    assert await asyncio.gather(*jobs) == ["a", "b", "c"]
    assert (
        await notes(db) == ["a", "b", "c"] and commits.commits == 3
    )  # a plain batch, an async one, a plain one


async def test_a_declined_or_failing_plain_job_fails_alone(
    db: Database, conversation: None
) -> None:
    commits = GroupCommit(db)

    def declined(session) -> None:  # type: ignore[no-untyped-def]
        raise Declined()

    def broken(session) -> None:  # type: ignore[no-untyped-def]
        session.add(
            TranscriptMessage(
                conversation_id=999, direction=Direction.NOTE, author="t", text="x", at=NOW
            )
        )
        session.flush()  # no conversation 999: the foreign key refuses it

    outcomes = await asyncio.gather(
        commits.run_direct(plain_note("kept 1")),
        commits.run_direct(declined),
        commits.run_direct(broken),
        commits.run_direct(plain_note("kept 2")),
        return_exceptions=True,
    )
    assert outcomes[0] == "kept 1" and outcomes[3] == "kept 2"
    assert isinstance(outcomes[1], Declined) and isinstance(outcomes[2], Exception)
    assert await notes(db) == ["kept 1", "kept 2"]


async def test_plain_jobs_without_a_plain_engine_run_through_the_async_session(
    tmp_path: Path,
) -> None:
    memory = await open_database(
        "sqlite+aiosqlite://"
    )  # in memory: one connection, no thread of its own
    try:
        assert memory.direct is None
        commits = GroupCommit(memory)
        assert await asyncio.gather(
            *(
                commits.run_direct(lambda s: int(s.execute(select(1)).scalar_one()))
                for _ in range(3)
            )
        ) == [1, 1, 1]
        assert (
            await GroupCommit(memory, batched=False).run_direct(
                lambda s: int(s.execute(select(2)).scalar_one())
            )
            == 2
        )
        assert await memory.read(lambda s: int(s.execute(select(3)).scalar_one())) == 3
    finally:
        await memory.close()
