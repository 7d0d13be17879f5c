"""The webhook's edges: what is not an update is refused with 400, quietly; updates still flow.

The real app serves its webhook on 127.0.0.1; requests are POSTed to it with aiohttp's client.
"""

from __future__ import annotations

import logging

import aiohttp
import pytest

from bot.clock import ManualClock
from bot.storage.db import Database
from tests.support.fakebotapi import FakeBotAPI
from tests.support.telegram import WEBHOOK_SECRET, TelegramUser, running, webhook_settings

STRANGER = 5003

NOT_UPDATES = [
    b"{not json",
    b"",
    b"\xff\xfe\x00garbage",
    b"[1, 2]",
    b'"update"',
    b"null",
    b'{"message": {"text": "no update_id"}}',
    b'{"update_id": "seven", "message": {}}',
]
#: An update aiogram cannot read: kept in the inbox as quarantined (``test_inbox.py``), 200.
UNREADABLE = b'{"update_id": 7, "message": {"text": "a message without its chat or date"}}'


async def _post(url: str, body: bytes, secret: str = WEBHOOK_SECRET) -> tuple[int, str]:
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret, "Content-Type": "application/json"}
    async with aiohttp.ClientSession() as http, http.post(url, data=body, headers=headers) as r:
        return r.status, await r.text()


async def test_a_body_that_is_not_an_update_is_refused_with_400_and_no_traceback(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = webhook_settings(telegram_api, database_url)
    hook = f"http://127.0.0.1:{settings.telegram.listen_port}{settings.telegram.webhook_path}"
    with caplog.at_level(logging.INFO):
        async with running(settings, clock, database) as bot:
            await telegram_api.wait_for("setWebhook")
            answers = {body: await _post(hook, body) for body in NOT_UPDATES}
            assert await _post(hook, b"{not json", secret="wrong") == (401, "Unauthorized")
            # An update the library cannot read: kept, quarantined, acknowledged.
            assert (await _post(hook, UNREADABLE))[0] == 200
            # An update of a kind this version does not know: acknowledged, skipped.
            status, _ = await _post(hook, b'{"update_id": 8, "some_future_kind": {"x": 1}}')
            assert status == 200
            # And the bot still answers the next cardholder.
            user = TelegramUser(telegram_api, bot, STRANGER, webhook=hook)
            sent = await user.send("hello")
            assert sent.texts
    assert {body: status for body, (status, _) in answers.items()} == dict.fromkeys(
        NOT_UPDATES, 400
    )
    troubles = [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert troubles == []
    refusals = [r.getMessage() for r in caplog.records if "webhook: refused" in r.getMessage()]
    assert len(refusals) == len(NOT_UPDATES)
    assert "update 8: of a kind this version does not read; skipped" in caplog.text
    assert "no update_id" not in caplog.text and "without its chat" not in caplog.text
