"""The database: one async engine and session factory per process, schema created on first run.

Every write goes through an :class:`AsyncSession` in a transaction of its own, on SQLite and
PostgreSQL alike. SQLite has one writer at a time: :meth:`Database.writing` lets this process's
writers take turns (a writer that finds the file locked would sleep in SQLite's busy handler);
on PostgreSQL it does not wait.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager, nullcontext
from typing import Any, TypeVar, cast

from sqlalchemy import Connection, CursorResult, Result, event, make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry
from sqlmodel import SQLModel

from bot import models  # noqa: F401  (registers the tables)

T = TypeVar("T")

MMAP_BYTES = 256 * 2**20


class Database:
    """Owns the engine; hands out sessions. Close it once, at shutdown."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        parsed = make_url(url)
        sqlite_file = parsed.get_backend_name() == "sqlite" and parsed.database not in (
            None,
            "",
            ":memory:",
        )
        # Steps read at the same time, each briefly: enough kept connections that none is
        # opened (a thread and a file handle each with aiosqlite) and closed again under load.
        pool = {"pool_size": 20, "max_overflow": 20} if sqlite_file else {}
        self.engine: AsyncEngine = create_async_engine(url, echo=echo, **pool)
        self._one_writer: asyncio.Lock | None = None
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
            self._one_writer = asyncio.Lock()
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)

    async def create_schema(self) -> None:
        """Tables and indexes that are missing; an index added since a file was made is made too."""
        async with self.engine.begin() as connection:
            await connection.run_sync(_create_missing)

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        async with self.sessions() as session:
            yield session

    def writing(self) -> AbstractAsyncContextManager[Any]:
        """Hold while a transaction writes: one at a time on SQLite, no wait on other databases."""
        return nullcontext() if self._one_writer is None else self._one_writer

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """A session in a transaction of its own, in this process's turn to write; committed on
        leaving (rolled back if an exception leaves it)."""
        # The turn is held from the first statement to the commit, not while the connection is
        # handed back.
        async with self.sessions() as session, self.writing(), session.begin():
            yield session

    async def read(self, work: Callable[[Session], T]) -> T:
        """``work(session)`` with a plain session (``AsyncSession.run_sync``), outside a write."""
        async with self.session() as session:
            return await session.run_sync(work)

    async def close(self) -> None:
        await self.engine.dispose()


def rowcount(result: Result[Any]) -> int:
    """The rows an UPDATE, DELETE or INSERT matched: its result is a :class:`CursorResult`, which
    ``Session.execute`` (typed for any statement) does not say."""
    return cast("CursorResult[Any]", result).rowcount


def _create_missing(connection: Connection) -> None:
    # create_all makes a table's indexes only with the table itself.
    SQLModel.metadata.create_all(connection)
    for table in SQLModel.metadata.sorted_tables:
        for index in table.indexes:
            index.create(connection, checkfirst=True)


def _sqlite_pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    # WAL lets the reminder loop read while a handler writes; foreign keys are off by default.
    # synchronous=NORMAL under WAL: a commit is in the log before the reply is sent, so a crash
    # or restart of the bot loses nothing; only a power cut or OS crash can lose the last
    # commits (the log is synced at checkpoints). FULL would add an fsync to every commit.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    # Reads of the file through shared memory, not a read() call per page: the process's
    # connections share these pages with each other and the OS.
    cursor.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
    cursor.close()


async def open_database(url: str, *, echo: bool = False) -> Database:
    database = Database(url, echo=echo)
    await database.create_schema()
    return database
