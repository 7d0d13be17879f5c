"""The database: one async engine and session factory per process, schema created on first run.

On an SQLite file there is also a plain (synchronous) engine used from one thread of its own,
``direct``: the busiest writes (a step's save and transcript, a batch of them at once) run there
as plain functions in one hop to that thread, where through the async driver every statement
costs several hops between the event loop and the driver's thread.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from typing import Any, TypeVar, cast

from sqlalchemy import (
    Connection,
    CursorResult,
    Dialect,
    Engine,
    Result,
    Select,
    Table,
    UpdateBase,
    bindparam,
    create_engine,
    event,
    insert,
    make_url,
)
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.sql.compiler import SQLCompiler
from sqlmodel import SQLModel

from bot import models  # noqa: F401  (registers the tables)

T = TypeVar("T")

MMAP_BYTES = 256 * 2**20
BUSY_CACHE_KIB = 64 * 1024


class JSONText(str):
    """JSON already written out (``Dialogue.to_json_text``): saved to a JSON column as it is."""


def _json_serializer(value: object) -> str:
    return value if type(value) is JSONText else json.dumps(value)


class Database:
    """Owns the engines; hands out sessions. Close it once, at shutdown."""

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
        self.engine: AsyncEngine = create_async_engine(
            url, echo=echo, json_serializer=_json_serializer, **pool
        )
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)
        #: The same file through the standard sqlite3 driver, used only from ``_thread``.
        self.direct: Engine | None = None
        self._thread: ThreadPoolExecutor | None = None
        if sqlite_file:
            self.direct = create_engine(
                parsed.set(drivername="sqlite"),
                echo=echo,
                pool_size=1,
                max_overflow=0,
                json_serializer=_json_serializer,
            )
            event.listen(self.direct, "connect", _sqlite_pragmas)
            event.listen(self.direct, "connect", _busy_connection_pragmas)
            self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db-direct")

    async def create_schema(self) -> None:
        """Tables and indexes that are missing; an index added since a file was made is made too."""
        async with self.engine.begin() as connection:
            await connection.run_sync(_create_missing)

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        async with self.sessions() as session:
            yield session

    async def read(self, work: Callable[[Session], T]) -> T:
        """``work(session)`` with a plain session: in the database's thread in one hop where there
        is one, else through the async session."""
        if self.direct is None:
            async with self.session() as session:
                return await session.run_sync(work)
        engine = self.direct

        def in_a_session() -> T:
            with Session(engine, expire_on_commit=False) as session:
                return work(session)

        return await self.in_thread(in_a_session)

    async def in_thread(self, work: Callable[[], T]) -> T:
        """Run ``work`` (which uses :attr:`direct`) in the database's own thread."""
        assert self._thread is not None, "no direct engine on this database"
        return await asyncio.get_running_loop().run_in_executor(self._thread, work)

    async def close(self) -> None:
        await self.engine.dispose()
        if self._thread is not None:  # closing twice is harmless
            assert self.direct is not None
            await self.in_thread(self.direct.dispose)
            self._thread.shutdown(wait=True)
            self._thread = None


def rowcount(result: Result[Any]) -> int:
    """The rows an UPDATE, DELETE or INSERT matched: its result is a :class:`CursorResult`, which
    ``Session.execute`` (typed for any statement) does not say."""
    return cast("CursorResult[Any]", result).rowcount


class Prepared:
    """A Core statement that a step runs again and again, compiled once for SQLite's own driver.

    At every execution SQLAlchemy derives the statement's cache key by walking it, processes the
    parameters and, for an insert returning ids, writes out the SQL for the batch: for the small
    statements of every step (the save, the transcript) that cost ten times what SQLite took to
    run them, in the database's thread, holding the interpreter lock (bench/steps.py). Here the
    SQL and each parameter's bind processor (UTC times, JSON) come from SQLAlchemy's compiler
    once, and the statement runs on the driver's cursor. Through any other driver (PostgreSQL,
    the async SQLite adapter) it runs through SQLAlchemy as usual.
    """

    def __init__(self, statement: Select[Any] | UpdateBase, *, returning: Any = None) -> None:
        self.statement = statement
        self.returning = returning  # the key column an insert returns (``insert``)
        self._sqlite: _Compiled | None = None
        self._first_column: Callable[[Any], Any] | None = None  # a select's: its result processor

    @classmethod
    def insert_into(
        cls, table: Table, columns: Sequence[str], *, returning: Any = None
    ) -> Prepared:
        """``INSERT INTO table (columns…) VALUES (:column, …)``, every column written named."""
        return cls(
            insert(table).values({name: bindparam(name) for name in columns}), returning=returning
        )

    def execute(self, session: Session, params: Mapping[str, Any]) -> int:
        """Run with ``params``; the number of rows it matched."""
        found = self._cursor(session)
        if found is None:
            return rowcount(session.execute(self.statement, params))
        cursor, (sql, parameters) = found
        cursor.execute(sql, _values(parameters, params))
        return cursor.rowcount

    def insert(self, session: Session, params: Mapping[str, Any]) -> int:
        """Insert one row; its key."""
        found = self._cursor(session)
        if found is None:
            assert isinstance(self.statement, UpdateBase), "only an insert has a key to return"
            statement = self.statement.returning(self.returning)
            key: int = session.execute(statement, params).scalar_one()
            return key
        cursor, (sql, parameters) = found
        cursor.execute(sql, _values(parameters, params))
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def execute_many(self, session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
        found = self._cursor(session)
        if found is None:
            session.execute(self.statement, list(rows))
            return
        cursor, (sql, parameters) = found
        cursor.executemany(sql, [_values(parameters, row) for row in rows])

    def scalars(self, session: Session, params: Mapping[str, Any]) -> list[Any]:
        """A select's first column, row by row, as SQLAlchemy reads it
        (its result processor applied)."""
        found = self._cursor(session)
        if found is None:
            return list(session.execute(self.statement, params).scalars())
        cursor, (sql, parameters) = found
        process = self._first_column
        rows = cursor.execute(sql, _values(parameters, params)).fetchall()
        return [row[0] for row in rows] if process is None else [process(row[0]) for row in rows]

    def _cursor(self, session: Session) -> tuple[sqlite3.Cursor, _Compiled] | None:
        """A cursor of SQLite's own driver and the statement compiled for it;
        None for another driver."""
        connection = session.connection()
        if connection.dialect.driver != "pysqlite":
            return None
        driver = connection.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        return driver.cursor(), self._compiled(connection.dialect)

    def _compiled(self, dialect: Dialect) -> _Compiled:
        if self._sqlite is None:
            compiled = self.statement.compile(dialect=dialect)
            assert isinstance(compiled, SQLCompiler)  # a statement's compiler (not DDL's)
            assert compiled.positiontup is not None, "a positional paramstyle (qmark) is expected"
            if compiled.insert_prefetch or compiled.update_prefetch:
                # Their values are made by SQLAlchemy at each execution, which is skipped here.
                raise ValueError(
                    "a prepared statement names every column it writes (no column defaults)"
                )
            parameters = []
            for name in compiled.positiontup:
                bind = compiled.binds[name]
                default = _REQUIRED if bind.required else bind.effective_value
                parameters.append(
                    (name, default, bind.type.dialect_impl(dialect).bind_processor(dialect))
                )
            if isinstance(self.statement, Select):
                column = self.statement.selected_columns[0]
                self._first_column = column.type.dialect_impl(dialect).result_processor(
                    dialect, None
                )
            self._sqlite = (compiled.string, tuple(parameters))
        return self._sqlite


_REQUIRED = object()
#: The SQL, and each parameter's name, default (or ``_REQUIRED``) and bind processor, in order.
_Compiled = tuple[str, tuple[tuple[str, Any, Callable[[Any], Any] | None], ...]]


def _values(
    parameters: Sequence[tuple[str, Any, Callable[[Any], Any] | None]], params: Mapping[str, Any]
) -> tuple[Any, ...]:
    values = [
        params[name] if default is _REQUIRED else params.get(name, default)
        for name, default, _ in parameters
    ]
    return tuple(
        [
            value if process is None else process(value)
            for value, (_, _, process) in zip(values, parameters, strict=True)
        ]
    )


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


def _busy_connection_pragmas(
    dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry
) -> None:
    # The one connection that does the steps' writes keeps more of the indexes it writes to in
    # its own page cache (SQLite's default is 2 MiB; negative sizes are in KiB).
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA cache_size=-{BUSY_CACHE_KIB}")
    cursor.close()


async def open_database(url: str, *, echo: bool = False) -> Database:
    database = Database(url, echo=echo)
    await database.create_schema()
    return database
