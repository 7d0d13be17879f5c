"""Group commit: the writes of steps made at the same time share one transaction.

A busy bot steps many conversations at once. On SQLite, where one transaction writes at a time,
each step taking its own transaction means a commit, a turn of the write lock and several
round trips to the database thread per step. Here concurrent writes queue up; one task runs
every waiting job in a single transaction and commits once. Each waiter is released only after
that commit (its reply is sent after its state is on disk), with what its job returned.

A job must be safe to run again: if one job of a batch fails, the batch is rolled back and every
job in it runs again in a transaction of its own, so only the failing one fails. A job that
raises :class:`Declined` has written nothing (a version check refused it before any write): it
fails alone and the rest of the batch goes on.

A job is either a coroutine function given an :class:`AsyncSession` (:meth:`GroupCommit.run`), or
a plain function given a synchronous :class:`Session` (:meth:`GroupCommit.run_direct`). On an
SQLite file, consecutive plain jobs run together in the database's own thread in one hop
(:attr:`bot.db.Database.direct`), with no hop per statement: the steps of a busy bot are such
jobs. Elsewhere a plain job runs through the async session (``run_sync``).

On other databases (PostgreSQL) transactions do not wait for each other, and a batch would hold
row locks of unrelated conversations together: each job simply gets its own transaction.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from bot.db import Database

log = logging.getLogger(__name__)

T = TypeVar("T")
Job = Callable[[AsyncSession], Awaitable[T]]
DirectJob = Callable[[Session], T]

#: Jobs in one transaction at most: a batch holds the write lock while it runs.
MAX_BATCH = 128


class Declined(Exception):
    """Raised by a job that wrote nothing: it fails alone, the other jobs of its batch go on."""


@dataclass(slots=True)
class _Waiting(Generic[T]):
    job: Job[T]
    #: The plain job behind ``job``, run in the database's thread.
    direct: DirectJob[T] | None = None
    done: asyncio.Future[T] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


class GroupCommit:
    """Runs write jobs, batched into shared transactions where the database has one writer."""

    def __init__(self, db: Database, *, batched: bool | None = None) -> None:
        self.db = db
        self.batched = db.engine.dialect.name == "sqlite" if batched is None else batched
        # Taken by a batch while it writes, and by anyone else writing on SQLite (``turn``).
        self._lock = asyncio.Lock() if self.batched else None
        self._queue: list[_Waiting[Any]] = []
        self._writer: asyncio.Task[None] | None = None
        self.commits = 0  # transactions committed by batches (for tests and the benchmark)

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        """Hold while writing outside a job: one writer at a time on SQLite, no wait elsewhere."""
        if self._lock is None:
            yield
            return
        async with self._lock:
            yield

    async def run(self, job: Job[T]) -> T:
        """Run ``job(session)`` in a transaction; return its result once that is committed."""
        if not self.batched:
            async with self.db.session() as session, session.begin():
                return await job(session)
        return await self._enqueue(_Waiting(job))

    async def run_direct(self, job: DirectJob[T]) -> T:
        """Run the plain function ``job(session)`` in a transaction;
        return its result once committed."""

        async def through_session(session: AsyncSession) -> T:
            return await session.run_sync(job)

        if not self.batched:
            return await self.run(through_session)
        return await self._enqueue(
            _Waiting(through_session, job if self.db.direct is not None else None)
        )

    async def _enqueue(self, waiting: _Waiting[T]) -> T:
        self._queue.append(waiting)
        if self._writer is None:
            self._writer = asyncio.create_task(self._write())
        return await asyncio.shield(waiting.done)  # a cancelled waiter does not undo its write

    async def _write(self) -> None:
        try:
            while self._queue:
                # The longest run of jobs of one kind (plain or async) at the head, up to MAX_BATCH.
                direct = self._queue[0].direct is not None
                size = 1
                while (
                    size < min(MAX_BATCH, len(self._queue))
                    and (self._queue[size].direct is not None) == direct
                ):
                    size += 1
                batch, self._queue = self._queue[:size], self._queue[size:]
                async with self.turn():
                    if direct:
                        await self._direct_batch(batch)
                    else:
                        await self._batch(batch)
        finally:
            self._writer = None

    async def _batch(self, batch: list[_Waiting[Any]]) -> None:
        async def run_all() -> list[tuple[bool, Any]]:
            outcomes: list[tuple[bool, Any]] = []
            async with self.db.session() as session, session.begin():
                for waiting in batch:
                    try:
                        outcomes.append((True, await waiting.job(session)))
                    except Declined as declined:
                        outcomes.append((False, declined))
            return outcomes

        await self._commit(batch, run_all())

    async def _direct_batch(self, batch: list[_Waiting[Any]]) -> None:
        engine = self.db.direct
        assert engine is not None
        jobs: list[DirectJob[Any]] = []
        for waiting in batch:
            assert waiting.direct is not None  # a batch is all plain jobs or all async ones
            jobs.append(waiting.direct)

        def run_all() -> list[tuple[bool, Any]]:
            outcomes: list[tuple[bool, Any]] = []
            with Session(engine, expire_on_commit=False) as session, session.begin():
                for job in jobs:
                    try:
                        outcomes.append((True, job(session)))
                    except Declined as declined:
                        outcomes.append((False, declined))
            return outcomes

        await self._commit(batch, self.db.in_thread(run_all))

    async def _commit(
        self, batch: list[_Waiting[Any]], running: Awaitable[list[tuple[bool, Any]]]
    ) -> None:
        """Wait for a batch's transaction;
        settle each waiter, or write each job alone if it failed."""
        try:
            outcomes = await running
            self.commits += 1
        except Exception as error:  # every job is run again, and fails on its own
            if len(batch) == 1:
                _settle(batch[0], False, error)
                return
            log.warning(
                "a batch of %d writes failed (%s): writing them one by one",
                len(batch),
                type(error).__name__,
            )
            for waiting in batch:
                await self._alone(waiting)
            return
        for waiting, (ok, value) in zip(batch, outcomes, strict=True):
            _settle(waiting, ok, value)

    async def _alone(self, waiting: _Waiting[Any]) -> None:
        try:
            async with self.db.session() as session, session.begin():
                value = await waiting.job(session)
            self.commits += 1
        except Exception as error:  # handed to the waiter
            _settle(waiting, False, error)
        else:
            _settle(waiting, True, value)


def _settle(waiting: _Waiting[Any], ok: bool, value: Any) -> None:
    if waiting.done.done():
        return
    if ok:
        waiting.done.set_result(value)
    else:
        waiting.done.set_exception(value)
