"""Reminders on Telegram: each is a step of the cardholder's conversation, then sent like any reply.

Going through the dialogue (``Assistant.handle`` with the reminder's event) means the words are
in the cardholder's language, the transcript has them, and the buttons of a missed-payment
message carry the conversation's turn, so an old one is refused like any other old button.

A failed send is retried by the dispatcher. The texts already made for a reminder are kept in
memory until it is sent or given up, so a retry re-sends them rather than stepping the
conversation twice; only a retry after a restart steps it again.
"""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.exceptions import (
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)

from bot.channels.telegram.render import Outbox, keyboard
from bot.reminders import SendFailed, SendForbidden, SendRetryLater, reminder_event
from bot.service.rendering import Rendered
from bot.service.steps import Assistant
from bot.storage.models import Account, Agreement, Cardholder, Instalment, Reminder, id_of

log = logging.getLogger(__name__)

#: Reminders whose texts are kept for a retry; beyond this the oldest are stepped again instead.
MAX_KEPT = 10_000


class TelegramReminders:
    """The dispatcher's sender for Telegram (see :class:`bot.reminders.ReminderSender`)."""

    def __init__(self, bot: Bot, assistant: Assistant, outbox: Outbox) -> None:
        self.bot = bot
        self.assistant = assistant
        self.outbox = outbox
        self._unsent: dict[int, list[Rendered]] = {}

    async def send_reminder(
        self,
        cardholder: Cardholder,
        reminder: Reminder,
        instalment: Instalment,
        agreement: Agreement,
        account: Account,
    ) -> None:
        reminder_id = id_of(reminder)
        replies = self._unsent.get(reminder_id)
        if replies is None:
            replies = await self.assistant.handle(
                id_of(cardholder), reminder_event(reminder, instalment), reminder_id=reminder_id
            )
        delivered: list[tuple[int, int]] = []
        try:
            while replies:
                reply = replies[0]
                message_id = await self.outbox.send(
                    self.bot, cardholder.chat_id, reply.text, keyboard(reply)
                )
                if reply.transcript_id is not None:
                    delivered.append((reply.transcript_id, message_id))
                replies = replies[1:]
        except TelegramRetryAfter as flood:
            self._keep(reminder_id, replies)
            raise SendRetryLater(flood.retry_after) from flood
        except TelegramForbiddenError as blocked:
            self._unsent.pop(reminder_id, None)
            raise SendForbidden() from blocked
        except (TelegramServerError, TelegramNetworkError) as error:
            self._keep(reminder_id, replies)
            raise SendFailed(type(error).__name__) from error
        else:
            self._unsent.pop(reminder_id, None)
        finally:
            await self.outbox.deliveries.record(delivered)

    def _keep(self, reminder_id: int, replies: list[Rendered]) -> None:
        if len(self._unsent) >= MAX_KEPT:  # reminders given up on are never asked for again
            self._unsent.clear()
        self._unsent[reminder_id] = replies
