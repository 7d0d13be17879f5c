"""The database: every read and write is a plain function of a :class:`Session`.

``await db.read(work)`` and ``await db.write(work)`` run ``work(session)`` in a transaction of
its own (committed by ``write`` when ``work`` returns, rolled back if it raises). The work is
ordinary synchronous SQLAlchemy, the same on both databases; only how it is run differs:

- **SQLite** (one machine, the default) runs it right here, in the event loop, on the standard
  ``sqlite3`` driver. A statement on a local file takes microseconds; sending each one to a
  driver thread (aiosqlite) cost more than the statement, and on a busy loop a thread waits for
  the GIL up to a switch interval (5 ms) at every statement. Run in the loop, transactions never
  interleave, so SQLite's single writer needs no lock of ours either.
- **PostgreSQL** (several instances) runs it with :meth:`AsyncSession.run_sync` on asyncpg,
  so the loop goes on serving other updates while the server works.

Statements are logged by SQLAlchemy's ``sqlalchemy.engine`` logger (at INFO with
``[database] echo``), always without their values: those are names, card digits and messages.
A database that cannot be used at start is :class:`DatabaseUnavailable`, one line naming why;
so is one whose schema is not this version's and may not be upgraded (:mod:`bot.storage.schema`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from enum import IntEnum
from typing import Any, Concatenate, ParamSpec, TypeVar, cast

from sqlalchemy import (
    Connection,
    CursorResult,
    Engine,
    Result,
    Table,
    create_engine,
    event,
    make_url,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from bot.config import ConfigError, DatabaseConfig
from bot.storage import (
    models,  # noqa: F401  (registers the tables)
    schema,
)
from bot.storage.schema import SchemaError

T = TypeVar("T")
P = ParamSpec("P")

MMAP_BYTES = 256 * 2**20

#: The synchronous driver used for a SQLite URL, whichever driver the URL names.
SQLITE_DRIVER = "sqlite+pysqlite"


class Database:
    """Owns the engine; runs reads and writes. Close it once, at shutdown."""

    def __init__(self, url: str) -> None:
        self.url = url
        parsed = make_url(url)
        self.dialect = parsed.get_backend_name()
        self._here: sessionmaker[Session] | None = None
        self._remote: async_sessionmaker[Any] | None = None
        self._engine: Engine | None = None
        self._async_engine: AsyncEngine | None = None
        if self.dialect == "sqlite":
            self._engine = create_engine(parsed.set(drivername=SQLITE_DRIVER), hide_parameters=True)
            event.listen(self._engine, "connect", _sqlite_pragmas)
            self._here = sessionmaker(self._engine, expire_on_commit=False)
        else:
            self._async_engine = create_async_engine(url, hide_parameters=True)
            self._remote = async_sessionmaker(self._async_engine, expire_on_commit=False)

    @property
    def sync_engine(self) -> Engine:
        """The engine the work runs on (for listening to its events)."""
        if self._engine is not None:
            return self._engine
        assert self._async_engine is not None
        return self._async_engine.sync_engine

    async def read(
        self, work: Callable[Concatenate[Session, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """``work(session, …)``: what it returns; nothing it does is committed."""
        if self._here is not None:
            with self._here() as session:
                return work(session, *args, **kwargs)
        assert self._remote is not None
        async with self._remote() as session:
            return cast(T, await session.run_sync(work, *args, **kwargs))

    async def write(
        self, work: Callable[Concatenate[Session, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """``work(session, …)`` in a transaction, committed when it returns."""
        if self._here is not None:
            with self._here.begin() as session:
                return work(session, *args, **kwargs)
        assert self._remote is not None
        async with self._remote.begin() as session:
            return cast(T, await session.run_sync(work, *args, **kwargs))

    async def connected(
        self, work: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """``work(connection, …)`` on a connection of its own, which it commits itself: the
        schema's migrations (:mod:`bot.storage.schema`). Not committed is rolled back."""
        if self._engine is not None:
            with self._engine.connect() as connection:
                return work(connection, *args, **kwargs)
        assert self._async_engine is not None
        async with self._async_engine.connect() as connection:
            return await connection.run_sync(work, *args, **kwargs)

    async def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        if self._async_engine is not None:
            await self._async_engine.dispose()


def rowcount(result: Result[Any]) -> int:
    """The rows an UPDATE, DELETE or INSERT matched: its result is a :class:`CursorResult`, which
    ``Session.execute`` (typed for any statement) does not say."""
    return cast("CursorResult[Any]", result).rowcount


def insert_skipping_existing(session: Session, table: Table, *keys: str) -> Any:
    """``INSERT … ON CONFLICT (keys) DO NOTHING`` for the session's database: a row another
    instance (or an earlier delivery) made first is left as it is. Without ``keys``, any
    conflict skips the row."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing(index_elements=keys or None)
    if dialect == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing(index_elements=keys or None)
    raise NotImplementedError(f"insert-or-skip on {dialect}")


class Turn(IntEnum):
    """What :func:`take_turn` serializes: the first of the two keys of a PostgreSQL advisory lock
    (the second says which one of them, where there are many)."""

    IMPORTS = 1  # an import of accounts or payments


def take_turn(session: Session, turn: Turn, key: int = 0) -> None:
    """Wait until no other transaction holds ``(turn, key)``, then hold it until this one ends.

    On PostgreSQL a transaction-level advisory lock (``pg_advisory_xact_lock``): instances that
    share the database take turns. On SQLite nothing: one process's transactions never
    interleave (they run in its event loop), and another process's write waits for the file's
    write lock.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_ADVISORY_LOCK, {"turn": int(turn), "key": key})


_ADVISORY_LOCK = text("SELECT pg_advisory_xact_lock(:turn, :key)")


def _sqlite_pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    # WAL lets readers in other processes (the operations commands) read while the bot writes;
    # foreign keys are off by default.
    # synchronous=NORMAL under WAL: a commit is in the log before the reply is sent, so a crash
    # or restart of the bot loses nothing; only a power cut or OS crash can lose the last
    # commits (the log is synced at checkpoints). FULL would add an fsync to every commit.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # Another process (an import) holding the write lock: wait this long, then fail the write.
    cursor.execute("PRAGMA busy_timeout=5000")
    # Reads of the file through shared memory, not a read() call per page.
    cursor.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
    cursor.close()


class DatabaseUnavailable(ConfigError):
    """The database of ``[database] url`` cannot be used: not there, not writable, no driver.

    A configuration problem for the operator (the URL, or the place it names, must change), so
    the command line stops with its one line and exit status 2, not a traceback.
    """


async def open_database(url: str, *, upgrade: bool | None = None) -> Database:
    """The database at ``url`` with this version's schema, or :class:`DatabaseUnavailable`.

    A schema that is behind is upgraded if ``upgrade`` (``[database] upgrade_on_start``; unset:
    on SQLite only), else refused with what to run (:func:`bot.storage.schema.prepare`).
    """
    database: Database | None = None
    try:
        database = Database(url)
        may_upgrade = database.dialect == "sqlite" if upgrade is None else upgrade
        await database.connected(schema.prepare, may_upgrade=may_upgrade)
    except (SQLAlchemyError, ImportError, OSError, SchemaError) as error:
        if database is not None:
            await database.close()
        raise DatabaseUnavailable(_unavailable(url, error)) from None
    return database


@asynccontextmanager
async def configured_database(config: DatabaseConfig) -> AsyncIterator[Database]:
    """The configured database for one command: opened (upgraded first where the config says
    so), closed when the command is done, however it ends."""
    db = await open_database(config.url, upgrade=config.upgrade_on_start)
    try:
        yield db
    finally:
        await db.close()


async def on_schema(
    url: str, work: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs
) -> T:
    """``work(connection, …)`` on the database at ``url`` as it is (``overdue-bot db …``);
    what keeps it from working as :class:`DatabaseUnavailable`."""
    database: Database | None = None
    try:
        database = Database(url)
        return await database.connected(work, *args, **kwargs)
    except (SQLAlchemyError, ImportError, OSError, SchemaError) as error:
        raise DatabaseUnavailable(_unavailable(url, error)) from None
    finally:
        if database is not None:
            await database.close()


def _unavailable(url: str, error: Exception) -> str:
    """Why the database at ``url`` cannot be used, in one line (never its password)."""
    try:
        where = f"database.url {make_url(url).render_as_string(hide_password=True)}"
    except ArgumentError:
        return "database.url: not a database URL (like sqlite:///overdue-bot.db)"
    if isinstance(error, SchemaError):
        return f"{where}: {error}"
    if isinstance(error, ImportError):
        hint = " (pip install 'overdue-bot[postgres]')" if error.name == "asyncpg" else ""
        return f"{where}: its driver {error.name or error} is not installed{hint}"
    if isinstance(error, NoSuchModuleError):
        return f"{where}: unknown database or driver {make_url(url).drivername!r}"
    if isinstance(error, DBAPIError):
        return f"{where}: cannot be opened: {_first_line(error.orig or error)}"
    if isinstance(error, OSError):
        return f"{where}: cannot be reached: {error.strerror or error}"
    return f"{where}: cannot be used: {_first_line(error)}"


def _first_line(error: BaseException) -> str:
    return next(iter(str(error).strip().splitlines()), type(error).__name__)
