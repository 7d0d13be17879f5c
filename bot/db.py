"""The database: one async engine and session factory per process, schema created on first run."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlmodel import SQLModel

from bot import models  # noqa: F401  (registers the tables)


class Database:
    """Owns the engine; hands out sessions. Close it once, at shutdown."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        sqlite = url.startswith("sqlite")
        # Steps read at the same time, each briefly: enough kept connections that none is
        # opened (a thread and a file handle each with aiosqlite) and closed again under load.
        pool = {"pool_size": 20, "max_overflow": 20} if sqlite and ":memory:" not in url else {}
        self.engine: AsyncEngine = create_async_engine(url, echo=echo, **pool)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)

    async def create_schema(self) -> None:
        async with self.engine.begin() as connection:
            await connection.run_sync(SQLModel.metadata.create_all)

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        async with self.sessions() as session:
            yield session

    async def close(self) -> None:
        await self.engine.dispose()


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # WAL lets the reminder loop read while a handler writes; foreign keys are off by default.
    # synchronous=NORMAL under WAL: a commit is in the log before the reply is sent, so a crash
    # or restart of the bot loses nothing; only a power cut or OS crash can lose the last
    # commits (the log is synced at checkpoints). FULL would add an fsync to every commit.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


async def open_database(url: str, *, echo: bool = False) -> Database:
    database = Database(url, echo=echo)
    await database.create_schema()
    return database
