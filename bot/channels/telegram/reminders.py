"""Reminders on Telegram: each is a step of the cardholder's conversation, delivered like any reply.

Going through the dialogue (``Assistant.handle`` with the reminder's event) means the words are
in the cardholder's language, the transcript has them, and the buttons of a missed-payment
message carry the conversation's turn, so an old one is refused like any other old button.

The step writes its messages to the outbox in its own transaction, and the outbox delivers them:
retries after a failure or a restart re-send what was written, never step the conversation again.
A reminder whose messages are written is sent; the outbox fails it if Telegram never takes them.
"""

from __future__ import annotations

import logging

from aiogram import Bot

from bot.channels.telegram.outbox import Outbox
from bot.reminders import SendForbidden, reminder_event
from bot.service.steps import Assistant
from bot.storage.models import Account, Agreement, Cardholder, Instalment, Reminder, id_of

log = logging.getLogger(__name__)


class TelegramReminders:
    """The dispatcher's sender for Telegram (see :class:`bot.reminders.ReminderSender`)."""

    def __init__(self, bot: Bot, assistant: Assistant, outbox: Outbox) -> None:
        self.bot = bot
        self.assistant = assistant
        self.outbox = outbox

    async def send_reminder(
        self,
        cardholder: Cardholder,
        reminder: Reminder,
        instalment: Instalment,
        agreement: Agreement,
        account: Account,
    ) -> None:
        await self.assistant.handle(
            id_of(cardholder), reminder_event(reminder, instalment), reminder_id=id_of(reminder)
        )
        delivery = await self.outbox.flush(self.bot, cardholder.chat_id)
        if delivery.unreachable:
            raise SendForbidden()
