"""The dispatcher's door: one update per chat at a time, in order, and a count of what is inside.

aiogram handles each update in its own task. Two messages of one chat must not be stepped at
the same time, and their replies must come out in order: each update waits for its chat's
:class:`asyncio.Lock`, which hands out turns first come, first served (a task reaches the lock
without suspending on the way, so in the order the updates arrived). Several instances are kept
apart by the conversation's version check in :class:`bot.service.steps.Assistant`.

A clean stop waits until :meth:`Gate.drained`: every update already inside is finished.

An update that fails is logged by type and traceback only — database errors quote their
parameters, which may be a name or a message — and the cardholder is asked to try again. Only a
failed step is apologised for (it changed nothing, so trying again is right); a reply that
fails to send is no failure here: the step wrote it to the outbox, which delivers it later.
"""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware, Bot
from aiogram.enums import ChatType
from aiogram.types import Chat, TelegramObject, Update, User

from bot.channels.telegram.inbox import InboxEntry
from bot.channels.telegram.outbox import Outbox

log = logging.getLogger(__name__)

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class Gate(BaseMiddleware):
    def __init__(self) -> None:
        self._locks: dict[int, list[Any]] = {}  # chat id -> [lock, holders and waiters]
        self.inside = 0
        self.finished = 0
        self._changed = asyncio.Event()

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        chat: Chat | None = data.get("event_chat")
        user: User | None = data.get("event_from_user")
        key = chat.id if chat is not None else (user.id if user is not None else None)
        self.inside += 1
        try:
            if key is None:
                return await self._guarded(handler, event, data)
            entry = self._locks.setdefault(key, [asyncio.Lock(), 0])
            entry[1] += 1
            try:
                async with entry[0]:
                    return await self._guarded(handler, event, data)
            finally:
                entry[1] -= 1
                if entry[1] == 0:
                    del self._locks[key]
        finally:
            self.inside -= 1
            self.finished += 1
            self._changed.set()
            self._changed = asyncio.Event()

    async def _guarded(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        try:
            return await handler(event, data)
        except Exception as error:
            update_id = event.update_id if isinstance(event, Update) else None
            frames = "".join(traceback.format_tb(error.__traceback__))
            log.error("update %s failed: %s\n%s", update_id, type(error).__name__, frames)
            entry: InboxEntry | None = data.get("inbox_entry")
            if entry is not None:
                entry.failure = type(error).__name__  # the inbox quarantines the update
            await self._apologise(data)
            return None

    @staticmethod
    async def _apologise(data: dict[str, Any]) -> None:
        chat: Chat | None = data.get("event_chat")
        bot: Bot | None = data.get("bot")
        outbox: Outbox | None = data.get("outbox")
        if chat is None or chat.type != ChatType.PRIVATE or bot is None or outbox is None:
            return
        user: User | None = data.get("event_from_user")
        language = outbox.language_of(user)
        try:
            await outbox.say(bot, chat.id, "try_again", language)
        except Exception as error:  # already failing; say nothing more
            log.error("could not apologise: %s", type(error).__name__)

    async def wait(self, *, finished: int | None = None, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Until nothing is inside (``finished=None``),
        or ``finished`` updates have been handled."""
        async with asyncio.timeout(timeout):
            while (self.inside if finished is None else finished - self.finished) > 0:
                await self._changed.wait()

    async def drained(self, timeout: float) -> bool:  # noqa: ASYNC109
        await asyncio.sleep(0)  # let updates already handed to tasks reach the gate
        try:
            await self.wait(timeout=timeout)
        except TimeoutError:
            log.warning("stopping with %d update(s) still being handled", self.inside)
            return False
        return True
