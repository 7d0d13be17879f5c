"""Chinese and Hungarian cardholders negotiate on Telegram, typing, without meeting English."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.clock import ManualClock
from bot.storage.db import Database
from bot.storage.models import Agreement
from bot.texts import html_to_text
from tests.support.english import english_leaks
from tests.support.fakebotapi import FakeBotAPI
from tests.support.telegram import TelegramUser, bot_settings, invite, running


def shown(api: FakeBotAPI, chat_id: int) -> str:
    """Everything the cardholder saw: message texts and button labels."""
    parts = []
    for message in api.chat(chat_id):
        if message.get("from", {}).get("is_bot"):
            parts.append(html_to_text(message.get("text", "")))
            for row in message.get("reply_markup", {}).get("inline_keyboard", []):
                parts.extend(button["text"] for button in row)
    return "\n".join(parts)


@pytest.mark.parametrize(
    ("ref", "user_id", "telegram_language", "answers", "agreed"),
    [
        (
            "CN-001",
            6001,
            "en",
            ["7319", "收入减少了", "1.2万", "4千", "没有", "不", "1", "是", "我同意"],
            "协议",
        ),
        (
            "HU-003",
            6002,
            "en",
            [
                "5678",
                "kevesebb a fizetésem",
                "600 000 Ft",
                "250.000",
                "nincs",
                "nem",
                "1",
                "igen",
                "elfogadom",
            ],
            "megállapodás",
        ),
    ],
)
async def test_whole_negotiation_in_the_accounts_language_by_typing_only(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    ref: str,
    user_id: int,
    telegram_language: str,
    answers: list[str],
    agreed: str,
) -> None:
    token = await invite(database, ref, clock)
    async with running(bot_settings(telegram_api, database_url), clock, database) as bot:
        # Telegram says English, but the bank knows the cardholder's language: the account wins.
        user = TelegramUser(telegram_api, bot, user_id, language=telegram_language)
        await user.send(f"/start {token}")
        for answer in answers:
            await user.send(answer)
    agreement = await database.read(lambda session: session.execute(select(Agreement)).scalar_one())
    text = shown(telegram_api, user_id)
    assert agreed in text
    assert agreement.language == ("zh" if ref.startswith("CN") else "hu")
    leaked = english_leaks(text)
    assert not leaked, leaked
