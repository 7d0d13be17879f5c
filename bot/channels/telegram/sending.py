"""Every request to Telegram goes through here: flood control is waited out, not failed.

The bot is aiogram's own, built by :func:`telegram_bot`: aiogram's ``AiohttpSession`` to the
configured Bot API server, messages in HTML without link previews by default
(``DefaultBotProperties``), and one request middleware (aiogram's documented
``BaseRequestMiddleware`` hook). aiogram raises :class:`TelegramRetryAfter` on a 429 and leaves
the waiting to the caller; :class:`RetryAfter` waits ``retry_after`` seconds and tries again, for
every method (a reply, a keyboard edit, a callback answer, the command menu alike).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from aiogram import Bot, methods
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.exceptions import TelegramRetryAfter
from aiogram.methods import Response
from aiogram.methods.base import TelegramType
from aiogram.types import LinkPreviewOptions

if TYPE_CHECKING:
    from aiogram.methods import TelegramMethod

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[object]]

#: No link preview under the bot's messages (the bot's default, and the desk's).
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)

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


def telegram_bot(token: str, api_base: str, *, sleep: Sleep = asyncio.sleep) -> Bot:
    """The bot as it talks to Telegram: aiogram's session to ``api_base``, 429s waited out,
    HTML without link previews unless a request says otherwise. Close it with :func:`close_bot`."""
    session = AiohttpSession(api=TelegramAPIServer.from_base(api_base))
    session.middleware(RetryAfter(sleep=sleep))
    return Bot(
        token,
        session=session,
        default=DefaultBotProperties(parse_mode=ParseMode.HTML, link_preview=NO_PREVIEW),
    )


async def close_bot(bot: Bot) -> None:
    """Close the bot's HTTP session: aiogram's ``bot.session.close()``.

    aiogram's close waits 250 ms for TLS connections to wind down (aiohttp's graceful shutdown);
    to a Bot API server without TLS (a local one, the tests' fake) there is nothing to wait for,
    so the aiohttp client is closed first (through the session's public ``create_session``) and
    aiogram's close then finds nothing open. Without this, the tests' 115 or so stops of the app
    took 29 s longer in all.
    """
    session = bot.session
    if isinstance(session, AiohttpSession) and not session.api.base.startswith("https:"):
        client = await session.create_session()
        await client.close()
    await session.close()
