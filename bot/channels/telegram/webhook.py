"""Updates POSTed by Telegram: the secret checked, the body read as one update, then handled.

aiogram's ``SimpleRequestHandler`` reads the body only once it has answered (in the background):
malformed JSON became a 500 with a traceback, and JSON that is not an update a 200 followed by
"Task exception was never retrieved". Here the body is read and validated through aiogram's
public ``Update`` type first: what is not JSON or not an update is answered 400 and logged in
one line (without the body: it may hold personal data); an update is answered 200 and fed to
the dispatcher (``feed_update``) in the background, as aiogram does, so a slow step never makes
Telegram wait. An update of a kind this aiogram does not know is acknowledged and skipped (with
a line in the log), so Telegram does not send it again and again.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.types import Update
from aiogram.types.update import UpdateTypeLookupError
from aiohttp import web
from pydantic import ValidationError

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class UpdateReceiver:
    """The webhook's request handler (``register`` it on an aiohttp application)."""

    def __init__(self, dispatcher: Dispatcher, bot: Bot, *, secret: str) -> None:
        self.dispatcher = dispatcher
        self.bot = bot
        self.secret = secret
        self._handling: set[asyncio.Task[Any]] = set()

    def register(self, app: web.Application, path: str) -> None:
        app.router.add_post(path, self.handle)

    async def handle(self, request: web.Request) -> web.Response:
        if not secrets.compare_digest(request.headers.get(SECRET_HEADER, ""), self.secret):
            return web.Response(status=401, text="Unauthorized")
        body = await request.read()
        try:
            update = Update.model_validate(json.loads(body), context={"bot": self.bot})
        except ValidationError:
            log.warning("webhook: refused a request whose body is not an update")
            return web.Response(status=400, text="not an update")
        except ValueError:  # json's decode errors (and non-UTF-8 bytes)
            log.warning("webhook: refused a request whose body is not JSON")
            return web.Response(status=400, text="not JSON")
        try:
            update.event_type  # noqa: B018  (raises for a kind this aiogram cannot read)
        except UpdateTypeLookupError:
            log.warning(
                "update %s: of a kind this version does not read; skipped", update.update_id
            )
            return web.json_response({})
        task = asyncio.create_task(self._feed(update), name=f"update-{update.update_id}")
        self._handling.add(task)
        task.add_done_callback(self._handling.discard)
        return web.json_response({})

    async def _feed(self, update: Update) -> None:
        try:
            await self.dispatcher.feed_update(self.bot, update)
        except Exception as error:  # logged here: nobody awaits a background task
            log.error(
                "update %s: not handled (%s)",
                update.update_id,
                type(error).__name__,
                exc_info=error,
            )
