"""Updates in: each stored before Telegram is told it arrived, then handled once, in order.

Polling asks ``getUpdates`` for the batch as JSON and stores it (``bot/storage/inbox.py``) before
the next ``getUpdates`` confirms it through its offset; a webhook answers 200 only once the update
is committed. Either way a crash loses nothing Telegram was told was received: what was stored and
not handled is handled after a restart (:meth:`Inbox.recover`), before anything new.

Each update is read on its own through aiogram's public ``Update`` model and fed to the dispatcher
with ``feed_update``: one the library cannot read is quarantined with the error (``overdue-bot
inbox quarantined``) and the others go on. A step claims its update in its own transaction, so
an update that comes twice (a webhook's retry, a batch polled again) makes one step; the gate
(``gate.py``) keeps one chat's updates in the order they came.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import aiohttp
from aiogram import Bot, Dispatcher
from aiogram.types import Update
from aiohttp import web
from pydantic import ValidationError

from bot.clock import Clock
from bot.config import ConfigError
from bot.storage.db import Database
from bot.storage.inbox import (
    StoredUpdate,
    pending_updates,
    prune_settled,
    settle_update,
    store_updates,
)

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[object]]

#: Long-polling wait asked of Telegram (seconds); the request itself may take this much longer.
POLLING_TIMEOUT = 30
REQUEST_MARGIN = 15
#: Waits between failed ``getUpdates`` requests: doubled from the first to the last, then kept.
FIRST_RETRY, LAST_RETRY = 1.0, 60.0
#: The header Telegram sends the webhook's secret in.
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
#: Old settled updates are deleted at start and then at most this often.
PRUNE_EVERY = timedelta(hours=1)


class TokenRefused(ConfigError):
    """Telegram no longer knows the bot's token (revoked while running): polling cannot go on."""


@dataclass
class InboxEntry:
    """One update on its way through the dispatcher, handed to handlers as ``inbox_entry``.

    A handler whose step claimed the update (``bot.service.steps.Assistant.handle``) sets
    ``settled``; the gate sets ``failure`` when a handler raised.
    """

    update_id: int
    settled: bool = False
    failure: str | None = None


class Inbox:
    """Stores what comes in, then hands each update to the dispatcher in its own task."""

    def __init__(
        self,
        db: Database,
        dispatcher: Dispatcher,
        bot: Bot,
        clock: Clock,
        *,
        concurrency: int,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.db = db
        self.dispatcher = dispatcher
        self.bot = bot
        self.clock = clock
        self.sleep = sleep
        self._slots = asyncio.Semaphore(concurrency)
        self._tasks: set[asyncio.Task[None]] = set()
        self._pruned: datetime | None = None

    # --- in ----------------------------------------------------------------------------------

    async def receive(self, updates: list[dict[str, Any]]) -> None:
        """Store the updates (committed when this returns), then start handling the new ones."""
        await self._prune()
        new = await self.db.write(store_updates, updates, self.clock.now())
        by_id = {int(raw["update_id"]): raw for raw in updates}
        for update_id in new:
            await self._start(StoredUpdate(update_id, by_id[update_id]))

    async def recover(self) -> int:
        """Handle what was stored and never handled (the process stopped first); how many."""
        await self._prune()
        waiting = await self.db.read(pending_updates)
        if waiting:
            log.info("handling %d update(s) received before the restart", len(waiting))
        for stored in waiting:
            await self._start(stored)
        return len(waiting)

    async def _prune(self) -> None:
        now = self.clock.now()
        if self._pruned is None or now - self._pruned >= PRUNE_EVERY:
            self._pruned = now
            deleted = await self.db.write(prune_settled, now)
            if deleted:
                log.info("deleted %d settled update(s) from the inbox", deleted)

    async def drained(self, timeout: float) -> bool:  # noqa: ASYNC109
        """Until every update started is handled and settled (or ``timeout`` passed)."""
        if not self._tasks:
            return True
        _done, left = await asyncio.wait(set(self._tasks), timeout=timeout)
        if left:
            log.warning("stopping with %d update(s) still being handled", len(left))
        return not left

    async def _start(self, stored: StoredUpdate) -> None:
        # Taken before the task exists, in arrival order: the gate's per-chat order holds, and a
        # busy bot stops reading more until a slot is free.
        await self._slots.acquire()
        task = asyncio.create_task(self._handle(stored), name=f"update {stored.update_id}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _handle(self, stored: StoredUpdate) -> None:
        try:
            try:
                update = Update.model_validate(stored.raw, context={"bot": self.bot})
            except ValidationError as error:
                # Where and what, never the values: they may be a name or a message.
                where = "; ".join(
                    f"{'.'.join(map(str, e['loc']))}: {e['type']}" for e in error.errors()
                )
                log.warning("update %s cannot be read, quarantined: %s", stored.update_id, where)
                await self.db.write(
                    settle_update, stored.update_id, self.clock.now(), f"unreadable: {where}"
                )
                return
            try:
                update.event_type  # noqa: B018  (raises for a kind this aiogram does not know)
            except LookupError:  # aiogram's UpdateTypeLookupError
                log.info(
                    "update %s: of a kind this version does not read; skipped", stored.update_id
                )
                await self.db.write(settle_update, stored.update_id, self.clock.now())
                return
            entry = InboxEntry(stored.update_id)
            await self.dispatcher.feed_update(self.bot, update, inbox_entry=entry)
            if not entry.settled or entry.failure is not None:
                failure = None if entry.failure is None else f"handler failed: {entry.failure}"
                await self.db.write(settle_update, stored.update_id, self.clock.now(), failure)
        except Exception as error:  # the database is gone: it stays pending for the next start
            log.error("update %s not settled: %s", stored.update_id, type(error).__name__)
        finally:
            self._slots.release()

    # --- long polling ------------------------------------------------------------------------

    async def poll(self, stop: asyncio.Event) -> None:
        """Ask Telegram for updates until ``stop``; each batch is stored before it is confirmed."""
        allowed = self.dispatcher.resolve_used_update_types()
        offset: int | None = None
        retry = FIRST_RETRY
        while not stop.is_set():
            fetching = asyncio.ensure_future(self._get_updates(offset, allowed))
            stopping = asyncio.ensure_future(stop.wait())
            await asyncio.wait({fetching, stopping}, return_when=asyncio.FIRST_COMPLETED)
            stopping.cancel()
            if not fetching.done():
                fetching.cancel()
                break
            try:
                updates = fetching.result()
            except TokenRefused:
                raise
            except (aiohttp.ClientError, TimeoutError, _Retry) as error:
                wait = error.seconds if isinstance(error, _Retry) and error.seconds else retry
                log.warning("getUpdates failed (%s); trying again in %.0f s", error, wait)
                await self.sleep(wait)
                retry = min(retry * 2, LAST_RETRY)
                continue
            retry = FIRST_RETRY
            if updates:
                await self.receive(updates)  # committed: the next request may confirm them
                offset = max(int(raw["update_id"]) for raw in updates) + 1

    async def _get_updates(self, offset: int | None, allowed: list[str]) -> list[dict[str, Any]]:
        """One ``getUpdates``, its answer as JSON objects (only those with an update id)."""
        session = self.bot.session
        client = await session.create_session()  # type: ignore[attr-defined]
        url = session.api.api_url(token=self.bot.token, method="getUpdates")
        body: dict[str, Any] = {"timeout": POLLING_TIMEOUT, "allowed_updates": allowed}
        if offset is not None:
            body["offset"] = offset
        timeout = aiohttp.ClientTimeout(total=POLLING_TIMEOUT + REQUEST_MARGIN)
        async with client.post(url, json=body, timeout=timeout) as response:
            try:
                answer = json.loads(await response.text())
            except ValueError:
                raise _Retry(f"HTTP {response.status}, not JSON") from None
        if not isinstance(answer, dict):
            raise _Retry(f"HTTP {response.status}, not an answer")
        if answer.get("ok") is True and isinstance(answer.get("result"), list):
            return [
                raw
                for raw in answer["result"]
                if isinstance(raw, dict) and isinstance(raw.get("update_id"), int)
            ]
        code = answer.get("error_code")
        if code in (401, 404):
            description = answer.get("description", "")
            raise TokenRefused(f"telegram.token: refused by Telegram ({code} {description})")
        parameters = answer.get("parameters")
        retry_after = parameters.get("retry_after") if isinstance(parameters, dict) else None
        raise _Retry(
            f"error {code}: {answer.get('description', '')}",
            float(retry_after) if isinstance(retry_after, int | float) else None,
        )

    # --- webhook -----------------------------------------------------------------------------

    def webhook_handler(
        self, secret: str
    ) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        """The aiohttp handler for Telegram's POSTs: 200 once the update is committed."""

        async def handle(request: web.Request) -> web.StreamResponse:
            if not secrets.compare_digest(request.headers.get(SECRET_HEADER, ""), secret):
                return web.Response(status=401, text="Unauthorized")
            try:
                raw = json.loads(await request.read())
            except ValueError:  # not JSON, or not UTF-8
                return _refused("malformed JSON")
            if not isinstance(raw, dict) or type(raw.get("update_id")) is not int:
                return _refused("JSON that is not an update")
            await self.receive([raw])
            return web.json_response({})

        return handle


def _refused(why: str) -> web.Response:
    """A body that is no update: 400, and a line saying what it was, never what it said."""
    log.warning("webhook: refused %s", why)
    return web.json_response({"error": why}, status=400)


class _Retry(Exception):
    """A ``getUpdates`` that failed for now; ``seconds`` is what Telegram asked to wait."""

    def __init__(self, message: str, seconds: float | None = None) -> None:
        super().__init__(message)
        self.seconds = seconds
