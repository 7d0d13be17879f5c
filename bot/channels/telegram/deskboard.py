"""The desk group's board: summary cards in topics, and alarms in the general topic.

A card is one message (the transcript lines are shortened), edited when the conversation is
taken over, handed back or closed; its "Take over" button carries the conversation's id
(:class:`TakeData`), checked against the topic it was pressed in.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime
from typing import Any

from aiogram import Bot
from aiogram.enums import ParseMode
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest
from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.channels.telegram.sending import NO_PREVIEW
from bot.config import Settings
from bot.desk.queue import OUTCOME_LABELS, REASON_LABELS, Desk, Entry, Resolution, masked
from bot.storage.models import Holder
from bot.texts import Texts, html_to_text
from dialogs.replies import Reply, _

log = logging.getLogger(__name__)

TAKE_OVER = _("Take over")


class TakeData(CallbackData, prefix="take"):
    """The "Take over" button of a summary card."""

    conversation: int


def desk_language(settings: Settings) -> str:
    return settings.specialists.language or settings.bank.default_language


def topic_link(chat_id: int, topic_id: int) -> str:
    """A link to a topic of a supergroup (its id without the -100 prefix)."""
    internal = str(chat_id).removeprefix("-100").lstrip("-")
    return f"https://t.me/c/{internal}/{topic_id}"


class DeskTexts:
    """The desk's words, in the desk's language."""

    def __init__(self, texts: Texts, settings: Settings) -> None:
        self.texts = texts
        self.language = desk_language(settings)
        self.max_months = settings.policy_value.max_term_months

    def says(self, what: str, **params: Any) -> str:
        return self.texts.render(
            Reply("desk_says", {"what": what, "max_months": self.max_months, **params}),
            self.language,
        )

    def note(self, what: str, **params: Any) -> str:
        """For a callback answer: plain text, at most 200 characters."""
        return html_to_text(self.says(what, **params))[:200]

    def reason(self, entry: Entry) -> str:
        label = REASON_LABELS.get(entry.reason) if entry.reason is not None else None
        return self.texts.label(label, self.language) if label is not None else "—"

    def outcome(self, outcome: Resolution | None) -> str:
        return self.texts.label(OUTCOME_LABELS[outcome or Resolution.OTHER], self.language)

    def topic_name(self, entry: Entry) -> str:
        return f"{'‼️ ' if entry.urgent else ''}{masked(entry.card_last4)} · {self.reason(entry)}"[
            :128
        ]

    def take_button(self, conversation_id: int) -> InlineKeyboardMarkup:
        builder = InlineKeyboardBuilder()
        builder.button(
            text=self.texts.label(TAKE_OVER, self.language),
            callback_data=TakeData(conversation=conversation_id),
        )
        return builder.as_markup()


class DeskBoard:
    """Posts and updates summary cards and alarms in the group."""

    def __init__(self, bot_texts: DeskTexts, desk: Desk, chat_id: int) -> None:
        self.words = bot_texts
        self.desk = desk
        self.chat_id = chat_id

    async def card_text(self, conversation_id: int, detail: str | None = None) -> str | None:
        card = await self.desk.card(conversation_id)
        if card is None:
            return None
        entry = card.entry
        status = {
            Holder.SPECIALIST: "held",
            Holder.CLOSED: "closed",
            Holder.ASSISTANT: "assistant" if entry.handoff_at is not None else "never handed off",
        }.get(entry.holder, "waiting")
        if (
            entry.outcome is not None
            and entry.closed_topic_id is not None
            and entry.topic_id is None
        ):
            status = "closed"
        params = {
            "card": card,
            "card_name": masked(entry.card_last4),
            "reason": self.words.reason(entry),
            "detail": detail,
            "declined": entry.reason is not None and entry.reason.value == "rejected_all_options",
            "status": status,
            "name": entry.specialist_name or "",
            "outcome": self.words.outcome(entry.outcome),
        }
        return self.words.texts.render(Reply("desk_card", params), self.words.language)

    async def post_card(self, bot: Bot, entry: Entry, now: datetime) -> bool:
        """Open the topic (if the conversation has none open) and post the card in it.

        Claimed first (:meth:`Desk.claim_card`), before Telegram is asked for anything: of
        several instances looking at once, one makes the topic and the card, the others leave
        them to it."""
        if not await self.desk.claim_card(entry.conversation_id, now):
            return False  # another instance is making them (or it no longer waits for a card)
        claimed = await self.desk.get(entry.conversation_id)  # as it is now: a topic made since?
        if claimed is None:
            return False
        entry = claimed
        topic_id = entry.topic_id
        if topic_id is None:
            topic = await bot.create_forum_topic(self.chat_id, self.words.topic_name(entry))
            topic_id = topic.message_thread_id
            if not await self.desk.topic_opened(entry.conversation_id, topic_id):
                # No longer waiting (taken, closed or handed back meanwhile): no empty topic left.
                with contextlib.suppress(TelegramAPIError):
                    await bot.delete_forum_topic(self.chat_id, topic_id)
                return False
        text = await self.card_text(entry.conversation_id)
        if text is None:
            return False
        message = await bot.send_message(
            self.chat_id,
            text,
            message_thread_id=topic_id,
            parse_mode=ParseMode.HTML,
            reply_markup=self.words.take_button(entry.conversation_id),
            link_preview_options=NO_PREVIEW,
        )
        if not await self.desk.carded(entry.conversation_id, topic_id, message.message_id, now):
            with contextlib.suppress(TelegramAPIError):  # no longer waiting: no card for it
                await bot.delete_message(self.chat_id, message.message_id)
            return False
        log.info("conversation %s: card posted in topic %s", entry.conversation_id, topic_id)
        if entry.urgent:
            await self.alert(bot, entry, topic_id, minutes=0)
        return True

    async def handed_off_again(self, bot: Bot, entry: Entry, now: datetime) -> None:
        """Handed off again while waiting (e.g. a vulnerability signal): the topic's name and the
        card say the new reason, and an urgent one is raised at once. Claimed first: one
        instance renames, refreshes and raises it."""
        urgent = entry.urgent and entry.topic_id is not None
        if not await self.desk.recarded(entry.conversation_id, now, alerted=urgent):
            return
        log.info("conversation %s: handed off again while waiting", entry.conversation_id)
        if entry.topic_id is not None:
            with contextlib.suppress(TelegramBadRequest):  # "not modified": the same name
                await bot.edit_forum_topic(
                    self.chat_id, entry.topic_id, name=self.words.topic_name(entry)
                )
        await self.refresh(bot, entry)
        if urgent and entry.topic_id is not None:
            await self.alert(bot, entry, entry.topic_id, minutes=0)

    async def alert(self, bot: Bot, entry: Entry, topic_id: int, *, minutes: int) -> None:
        """A message in the group's general topic that links to the waiting topic (claimed by
        the caller: the card posted, the hand-off made again, :meth:`Desk.claim_alarm`)."""
        text = self.words.texts.render(
            Reply(
                "desk_alert",
                {
                    "urgent": entry.urgent,
                    "minutes": minutes,
                    "name": self.words.topic_name(entry),
                    "link": topic_link(self.chat_id, topic_id),
                },
            ),
            self.words.language,
        )
        await bot.send_message(
            self.chat_id, text, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
        )

    async def refresh(self, bot: Bot, entry: Entry, card_message_id: int | None = None) -> None:
        """Show on the card who has the conversation now, or how it ended
        (the button while it waits)."""
        card_message_id = card_message_id or entry.card_message_id
        if card_message_id is None:
            return
        text = await self.card_text(entry.conversation_id)
        if text is None:
            return
        waiting = entry.holder is Holder.QUEUED and card_message_id == entry.card_message_id
        try:
            await bot.edit_message_text(
                text=text,
                chat_id=self.chat_id,
                message_id=card_message_id,
                parse_mode=ParseMode.HTML,
                link_preview_options=NO_PREVIEW,
                reply_markup=self.words.take_button(entry.conversation_id) if waiting else None,
            )
        except TelegramBadRequest as error:  # not modified, or too old to edit: the card is a view
            log.info(
                "conversation %s: card not updated (%s)",
                entry.conversation_id,
                type(error).__name__,
            )
