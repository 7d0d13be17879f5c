"""Every request to Telegram goes through here: flood control is waited out, not failed.

aiogram raises :class:`TelegramRetryAfter` on a 429 and leaves the waiting to the caller; this
request middleware, installed on the bot's session, waits ``retry_after`` seconds and tries again,
for every method (a reply, a keyboard edit, a callback answer, the command menu alike).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from aiogram import methods
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.exceptions import TelegramRetryAfter
from aiogram.methods import Response
from aiogram.methods.base import TelegramType

if TYPE_CHECKING:
    from aiogram import Bot
    from aiogram.methods import TelegramMethod

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[object]]

#: aiogram reads every answer as ``Response[<what the method returns>]``, a pydantic generic
#: model, and pydantic keeps such models only while something else refers to them: without
#: these references each is built again (milliseconds of schema work) after a garbage collection.
RESPONSE_MODELS = tuple(
    # A type made at run time from each method's: mypy sees only an expression it cannot check.
    Response[method.__returning__]  # type: ignore[name-defined]
    for method in (
        methods.GetMe,
        methods.GetUpdates,
        methods.DeleteWebhook,
        methods.SetWebhook,
        methods.SetMyCommands,
        methods.SendMessage,
        methods.EditMessageReplyMarkup,
        methods.AnswerCallbackQuery,
    )
)


class RetryAfter(BaseRequestMiddleware):
    """On 429, sleep what Telegram asks and repeat the request, up to ``attempts`` times in all."""

    def __init__(self, *, sleep: Sleep = asyncio.sleep, attempts: int = 5) -> None:
        self.sleep = sleep
        self.attempts = attempts

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        for attempt in range(1, self.attempts + 1):
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as flood:
                if attempt == self.attempts:
                    raise
                # The method's name only: its parameters carry chat ids and texts.
                log.warning(
                    "%s: flood control, retrying in %s s", method.__api_method__, flood.retry_after
                )
                await self.sleep(flood.retry_after)
        raise AssertionError("unreachable")  # pragma: no cover
