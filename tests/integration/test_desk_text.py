"""What cardholders typed, as the desk shows it: no control characters, escaped exactly once
(HTML for the card in Telegram, plain text for ``overdue-bot desk show``), and the state named
as it is."""

from __future__ import annotations

import re

import pytest

from bot.clock import ManualClock
from bot.desk.cli import desk_command
from bot.storage.db import Database
from tests.integration.test_desk import DESK, card_message, desk_pass, desk_settings, verified
from tests.support.fakebotapi import FakeBotAPI
from tests.support.telegram import running

#: A bell, a terminal colour, a backspace, a right-to-left override, a C1 control, DEL.
HOSTILE = "I was \x07\x1b[31mill\x1b[0m <b>& away</b>\x08\u202e\x85\x7f > a week"
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


async def test_a_cardholders_words_reach_the_card_and_the_terminal_clean_and_escaped_once(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = desk_settings(telegram_api, database_url)
    async with running(settings, clock, database) as bot:
        user = await verified(telegram_api, bot, database, clock)
        await user.tap("cause:other")
        await user.send(HOSTILE)  # the cause in their words: quoted, and a line of the card
        await user.send("/person")
        await desk_pass(bot)
    [topic] = telegram_api.topics(DESK)
    card = card_message(telegram_api, topic["message_thread_id"])["text"]  # Telegram HTML
    assert not CONTROLS.search(card), repr(card)
    assert "“I was ill &lt;b&gt;&amp; away&lt;/b&gt; &gt; a week”" in card
    assert "Cardholder: I was ill &lt;b&gt;&amp; away&lt;/b&gt; &gt; a week" in card

    capsys.readouterr()
    assert await desk_command("show", "GB-002", settings) == 0
    printed = capsys.readouterr().out
    assert not CONTROLS.search(printed), repr(printed)
    assert "“I was ill <b>& away</b> > a week”" in printed
    assert "Cardholder: I was ill <b>& away</b> > a week" in printed
    assert " waiting " in printed.splitlines()[0]


async def test_the_assistants_own_messages_are_quoted_as_text_not_as_markup(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = desk_settings(telegram_api, database_url)
    async with running(settings, clock, database) as bot:
        user = await verified(telegram_api, bot, database, clock)
        await user.tap("cause:job_loss")
        await user.send("2 000")
        await user.send("1200")
        await user.tap("none")
        options = await user.tap("no")
        assert "<b>1. Hardship plan, interest frozen</b>" in options.text  # bold: stored as HTML
        await user.send("/person")
        await desk_pass(bot)
    [topic] = telegram_api.topics(DESK)
    card = card_message(telegram_api, topic["message_thread_id"])["text"]
    assert (
        "these plans fit your budget: 1. Hardship plan, interest frozen 60 monthly payments" in card
    )
    assert "&lt;b&gt;" not in card and "&amp;" not in card

    capsys.readouterr()
    assert await desk_command("show", "GB-002", settings) == 0
    printed = capsys.readouterr().out
    assert (
        "these plans fit your budget: 1. Hardship plan, interest frozen 60 monthly payments"
        in printed
    )
    assert "<b>" not in printed and "&lt;" not in printed and "&gt;" not in printed


async def test_a_conversation_never_handed_off_is_not_called_waiting(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = desk_settings(telegram_api, database_url, chat_id=None)
    async with running(settings, clock, database) as bot:
        await verified(telegram_api, bot, database, clock)
    assert await desk_command("show", "GB-002", settings) == 0
    printed = capsys.readouterr().out
    first = printed.splitlines()[0]
    assert "with the assistant, never handed off" in first and "waiting" not in first
    assert "Waiting for a specialist" not in printed and "Back with the assistant" not in printed
