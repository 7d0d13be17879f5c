"""The specialists' desk in a Telegram forum supergroup: one topic per handed-off conversation.

    DeskLoop    opens a topic with a summary card for each queued hand-off (woken at once by
                the runtime; urgent first), raises untaken ones again, nudges silent cardholders
    group       "Take over" on the card; in a topic: messages copied to the cardholder,
                /offer <monthly> <months> [YYYY-MM-DD], /release, /close <outcome>, /note <text>
    relay       the cardholder's messages copied into the topic while a person has the
                conversation (the assistant stays silent) or it waits for one (the assistant's
                waiting reply still answers)

Only ``[specialists] user_ids`` act, and only as themselves: a message sent on behalf of a chat
(an anonymous admin, whose sender is Telegram's GroupAnonymousBot, or a channel) carries no
person's id, so it never acts. Anyone else in the group is told why once and nothing is done.
The topic is found from the database, so a restart changes nothing for a held conversation.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from aiogram import Bot, F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.enums import ParseMode
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest, TelegramForbiddenError
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, Message

from bot.channels.telegram.cardholders import NON_TEXT, from_private, private
from bot.channels.telegram.deskboard import DeskBoard, DeskTexts, TakeData
from bot.channels.telegram.deskloop import DeskLoop, Sleep
from bot.channels.telegram.directory import Directory
from bot.channels.telegram.outbox import Outbox
from bot.channels.telegram.sending import NO_PREVIEW
from bot.clock import Clock
from bot.config import Settings
from bot.desk.queue import Desk, Entry, Resolution, author, read_outcome
from bot.service.facts import local_today
from bot.service.steps import Assistant
from bot.storage.db import Database
from bot.storage.models import Direction, Holder
from bot.texts import Texts
from dialogs import desk as dialogue
from dialogs import events as ev
from dialogs.domain.plans import custom_option
from dialogs.understanding import read_amount

log = logging.getLogger(__name__)

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

__all__ = [
    "DeskGroup",
    "DeskLoop",
    "TakeData",
    "build_desk",
    "group_router",
    "parse_offer",
    "relay_router",
]


def content_text(message: Message) -> str:
    """What a relayed message says, for the transcript: its text or caption, else its kind."""
    kind = message.content_type
    return message.text or message.caption or f"[{getattr(kind, 'value', kind)}]"


# --- the group ----------------------------------------------------------------------------------


class DeskGroup:
    """The handlers of the desk group, with what they need."""

    def __init__(
        self,
        *,
        desk: Desk,
        board: DeskBoard,
        assistant: Assistant,
        outbox: Outbox,
        settings: Settings,
        clock: Clock,
    ) -> None:
        self.desk = desk
        self.board = board
        self.words = board.words
        self.assistant = assistant
        self.outbox = outbox
        self.settings = settings
        self.clock = clock
        self.chat_id = board.chat_id
        self._told_closed: set[tuple[int, int]] = set()

    @property
    def now(self) -> datetime:
        return self.clock.now()

    async def reply(self, message: Message, what: str, **params: Any) -> None:
        """Answer in the topic; where that is refused (a closed topic), in the general one."""
        text = self.words.says(what, **params)
        with contextlib.suppress(TelegramBadRequest, TelegramForbiddenError):
            try:
                await message.reply(
                    text, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
                )
            except TelegramBadRequest:
                if message.bot is not None:
                    await message.bot.send_message(
                        self.chat_id,
                        text,
                        parse_mode=ParseMode.HTML,
                        link_preview_options=NO_PREVIEW,
                    )

    # --- who may act ---

    async def refuse(self, message: Message) -> None:
        """Nothing is done; a person (or a chat speaking as one) is told why, once."""
        if message.sender_chat is not None:
            sender, what = message.sender_chat.id, "refused_anonymous"
        elif message.from_user is not None and not message.from_user.is_bot:
            sender, what = message.from_user.id, "refused"
        else:
            return  # another bot: never answered, so two bots cannot keep each other talking
        if not await self.desk.refused_before(sender, self.now):
            await self.reply(message, what)

    async def refuse_tap(self, query: CallbackQuery) -> None:
        await _answer(query, self.words.note("take_refused"))

    async def unreadable_tap(self, query: CallbackQuery) -> None:
        await _answer(query, self.words.note("take_forged"))

    # --- taking over ---

    async def take_over(self, query: CallbackQuery, callback_data: TakeData, bot: Bot) -> None:
        entry = await self.desk.get(callback_data.conversation)
        pressed_in = query.message.message_thread_id if isinstance(query.message, Message) else None
        if entry is not None and entry.topic_id is None and pressed_in == entry.closed_topic_id:
            await _answer(query, self.words.note("take_stale"))  # the card of a closed conversation
            return
        if entry is None or entry.topic_id is None or pressed_in != entry.topic_id:
            await _answer(query, self.words.note("take_forged"))
            return
        user = query.from_user
        taken = await self.desk.take(
            entry.conversation_id, user.id, user.full_name or str(user.id), self.now
        )
        if not taken.won:
            held = taken.entry
            if held is not None and held.holder is Holder.SPECIALIST:
                await _answer(query, self.words.note("take_lost", name=held.specialist_name or ""))
            else:
                await _answer(query, self.words.note("take_stale"))
            return
        await _answer(query, self.words.note("take_won"))
        if taken.entry is not None:
            await self.board.refresh(bot, taken.entry)

    # --- inside a topic ---

    async def topic_entry(self, message: Message, *, command: bool) -> Entry | None:
        """The conversation of the topic the message is in;
        tells the specialist when there is none."""
        thread = message.message_thread_id if message.is_topic_message else None
        if thread is None:
            if command:
                await self.reply(message, "outside_topic")
            return None
        entry = await self.desk.by_topic(thread)
        if entry is None:
            if command:
                await self.reply(message, "not_a_conversation")
            return None
        if entry.topic_id != thread:  # the topic of a closed conversation
            user = message.from_user.id if message.from_user else 0
            if command or (thread, user) not in self._told_closed:
                self._told_closed.add((thread, user))
                await self.reply(message, "closed")
            return None
        return entry

    async def held_by(self, message: Message, entry: Entry) -> bool:
        """Whether the sender holds the conversation; otherwise says what to do instead."""
        user_id = message.from_user.id if message.from_user else None
        if entry.holder is Holder.SPECIALIST and entry.specialist_id == user_id:
            return True
        if entry.holder is Holder.SPECIALIST:
            await self.reply(message, "held_by_other", name=entry.specialist_name or "")
        elif entry.holder is Holder.QUEUED:
            await self.reply(message, "take_first")
        else:
            await self.reply(message, "with_assistant")
        return False

    async def relay_out(self, message: Message, bot: Bot) -> None:
        """A specialist's message in a topic, copied to the cardholder."""
        entry = await self.topic_entry(message, command=False)
        if entry is None or not await self.held_by(message, entry):
            return
        assert message.from_user is not None
        try:
            copied = await bot.copy_message(
                entry.cardholder_chat_id, self.chat_id, message.message_id
            )
        except TelegramForbiddenError:
            await self.reply(message, "undeliverable")
            return
        except TelegramBadRequest as error:  # e.g. a kind of message that cannot be copied
            log.info(
                "conversation %s: specialist message not copied (%s)",
                entry.conversation_id,
                type(error).__name__,
            )
            await self.reply(message, "not_copied")
            return
        except TelegramAPIError as error:  # 5xx, flood control past its waits, the network
            log.warning(
                "conversation %s: specialist message not sent (%s)",
                entry.conversation_id,
                type(error).__name__,
            )
            await self.reply(message, "not_sent")
            return
        await self.desk.record(
            entry.conversation_id,
            Direction.OUT,
            author(message.from_user.id),
            content_text(message),
            now=self.now,
            telegram_message_id=copied.message_id,
        )

    async def offer(self, message: Message, command: CommandObject, bot: Bot) -> None:
        entry = await self.topic_entry(message, command=True)
        if entry is None or not await self.held_by(message, entry):
            return
        parsed = parse_offer(command.args or "", self.words.language)
        if parsed is None:
            await self.reply(message, "offer_usage")
            return
        monthly, months, first_due = parsed
        card = await self.desk.card(entry.conversation_id)
        assert card is not None
        today = local_today(self.now, entry.timezone)
        made = custom_option(
            card.account, monthly, months, self.settings.policy_value, today, first_due
        )
        if made.option is None:
            await self.reply(message, "offer_refused", reason=made.reason)
            return
        option = made.option
        assert message.from_user is not None
        who = author(message.from_user.id)
        rendered = await self.assistant.act(
            entry.conversation_id,
            lambda state, facts: dialogue.offer_from_specialist(state, option, facts),
            holders={Holder.SPECIALIST},
            values={
                "holder": Holder.ASSISTANT,
                "specialist_id": None,
                "specialist_name": None,
                "card_message_id": None,
            },
            note=(
                who,
                f"offer: {option.payments} x {option.monthly} {option.currency} "
                f"from {option.first_due}, "
                f"total {option.total}, annual rate {option.annual_rate}",
            ),
        )
        if rendered is None:
            await self.reply(message, "take_first")
            return
        await self.reply(message, "offer_sent", option=option)
        await self._deliver(bot, entry)
        await self._refresh(bot, entry)

    async def release(self, message: Message, bot: Bot) -> None:
        entry = await self.topic_entry(message, command=True)
        if entry is None or not await self.held_by(message, entry):
            return
        assert message.from_user is not None
        rendered = await self.assistant.act(
            entry.conversation_id,
            dialogue.release,
            holders={Holder.SPECIALIST},
            values={
                "holder": Holder.ASSISTANT,
                "specialist_id": None,
                "specialist_name": None,
                "card_message_id": None,
            },
            note=(author(message.from_user.id), "released to the assistant"),
        )
        if rendered is None:
            await self.reply(message, "take_first")
            return
        await self.reply(message, "released")
        await self._deliver(bot, entry)
        await self._refresh(bot, entry)

    async def close(self, message: Message, command: CommandObject, bot: Bot) -> None:
        entry = await self.topic_entry(message, command=True)
        if entry is None:
            return
        if entry.holder is Holder.SPECIALIST and not await self.held_by(message, entry):
            return
        outcome = read_outcome(command.args or "")
        if outcome is None:
            await self.reply(message, "close_usage")
            return
        assert message.from_user is not None
        now = self.now
        # An agreement keeps its reminders (the assistant holds it);
        # any other end pauses everything.
        holder = Holder.ASSISTANT if outcome is Resolution.AGREEMENT else Holder.CLOSED
        rendered = await self.assistant.act(
            entry.conversation_id,
            dialogue.close,
            holders={Holder.QUEUED, Holder.SPECIALIST, Holder.ASSISTANT},
            values={
                "holder": holder,
                "outcome": outcome.value,
                "closed_at": now,
                "topic_id": None,
                "closed_topic_id": entry.topic_id,
                "specialist_id": None,
                "card_message_id": None,
            },
            note=(author(message.from_user.id), f"closed: {outcome.value}"),
        )
        if rendered is None:
            await self.reply(message, "closed")
            return
        log.info("conversation %s closed: %s", entry.conversation_id, outcome.value)
        await self.reply(message, "closed_done", outcome=self.words.outcome(outcome))
        await self._refresh(bot, entry)
        assert entry.topic_id is not None  # the topic the command was given in (topic_entry)
        with contextlib.suppress(TelegramBadRequest):
            await bot.close_forum_topic(self.chat_id, entry.topic_id)
        await self._deliver(bot, entry)

    async def note(self, message: Message, command: CommandObject) -> None:
        entry = await self.topic_entry(message, command=True)
        if entry is None:
            return
        text = (command.args or "").strip()
        if not text:
            await self.reply(message, "note_usage")
            return
        assert message.from_user is not None
        await self.desk.record(
            entry.conversation_id,
            Direction.NOTE,
            author(message.from_user.id),
            text[:4000],
            now=self.now,
            telegram_message_id=message.message_id,
        )
        await self.reply(message, "noted")

    async def _deliver(self, bot: Bot, entry: Entry) -> None:
        """What the move wrote to the outbox, to the cardholder."""
        await self.outbox.flush(bot, entry.cardholder_chat_id)

    async def _refresh(self, bot: Bot, before: Entry) -> None:
        fresh = await self.desk.get(before.conversation_id)
        if fresh is not None:
            await self.board.refresh(bot, fresh, before.card_message_id)


def parse_offer(args: str, language: str) -> tuple[Decimal, int, date | None] | None:
    """``<monthly amount> <months> [YYYY-MM-DD]``;
    the amount as cardholders may write it (``1 500``)."""
    words = args.split()
    first_due: date | None = None
    if words and _DATE.match(words[-1]):
        try:
            first_due = date.fromisoformat(words.pop())
        except ValueError:
            return None
    if len(words) < 2 or not words[-1].isascii() or not words[-1].isdigit():
        return None
    months = int(words.pop())
    if not any(ch.isdigit() for word in words for ch in word):
        return None  # a command takes the amount in figures, not in words
    reading = read_amount(" ".join(words), language)
    if reading.amount is None:
        reading = read_amount(" ".join(words), "en")
    if reading.amount is None or months > 1000:
        return None
    return reading.amount, months, first_due


async def _answer(query: CallbackQuery, note: str | None = None) -> None:
    with contextlib.suppress(TelegramBadRequest):
        await query.answer(note)


def acting_person(message: Message) -> int | None:
    """The user id of the person who wrote ``message`` themselves; ``None`` for a message sent on
    behalf of a chat (``sender_chat``: an anonymous admin, a channel) or by a bot."""
    user = message.from_user
    if message.sender_chat is not None or user is None or user.is_bot:
        return None
    return user.id


def group_router(group: DeskGroup, specialists: frozenset[int]) -> Router:
    """The desk group's router: specialists act, everyone else is refused (once).

    Every handler that acts carries the specialist filter itself, so no order of registration
    can let anyone else through.
    """
    router = Router(name="desk")
    router.message.filter(F.chat.id == group.chat_id)
    router.callback_query.filter(F.message.chat.id == group.chat_id)

    async def specialist(message: Message) -> bool:
        return acting_person(message) in specialists

    async def not_specialist(message: Message) -> bool:
        return acting_person(message) not in specialists

    async def specialist_tap(query: CallbackQuery) -> bool:
        return not query.from_user.is_bot and query.from_user.id in specialists

    async def said(message: Message) -> bool:
        return bool(message.text) or message.content_type in NON_TEXT

    async def not_a_command(message: Message) -> bool:
        return not (message.text or "").startswith("/")

    router.callback_query.register(group.take_over, TakeData.filter(), specialist_tap)
    router.callback_query.register(group.refuse_tap, TakeData.filter())
    router.callback_query.register(group.unreadable_tap)
    router.message.register(group.refuse, not_specialist, said)
    router.message.register(group.offer, specialist, Command("offer"))
    router.message.register(group.release, specialist, Command("release"))
    router.message.register(group.close, specialist, Command("close"))
    router.message.register(group.note, specialist, Command("note"))
    # Any other command is for the bot, not for the cardholder: never copied to them.
    router.message.register(group.relay_out, specialist, said, not_a_command)
    return router


# --- the cardholder's side ----------------------------------------------------------------------


def relay_router(desk: Desk, chat_id: int | None, clock: Clock) -> Router:
    """Ahead of the cardholders' router: copy into the topic, and keep the assistant quiet while a
    specialist holds the conversation. Anything else goes on to the dialogue (``SkipHandler``)."""
    router = Router(name="desk-relay")
    router.message.filter(private)
    router.callback_query.filter(from_private)

    async def holder_of(
        cardholder_id: int, conversation_id: int, assistant: Assistant
    ) -> tuple[Holder, int | None] | None:
        """Known to the assistant (one instance on SQLite), else read: one small query."""
        known = assistant.holder(cardholder_id)
        return known if known is not None else await desk.holder_of(conversation_id)

    async def tap_while_held(
        query: CallbackQuery, directory: Directory, assistant: Assistant, outbox: Outbox
    ) -> None:
        """An old button tapped while a specialist has the conversation:
        a note, no dialogue step."""
        link = await directory.find(query.from_user.id)
        held = (
            await holder_of(link.cardholder_id, link.conversation_id, assistant)
            if link and link.conversation_id
            else None
        )
        if held is None or held[0] is not Holder.SPECIALIST:
            raise SkipHandler
        await _answer(query, outbox.note("with_specialist", outbox.language_of(query.from_user)))

    async def relay_in(
        message: Message, bot: Bot, directory: Directory, assistant: Assistant, outbox: Outbox
    ) -> None:
        user = message.from_user
        if user is None or (message.text or "").startswith("/start"):
            raise SkipHandler
        link = await directory.find(user.id)
        if link is None or link.conversation_id is None:
            raise SkipHandler
        held = await holder_of(link.cardholder_id, link.conversation_id, assistant)
        if held is None:
            raise SkipHandler
        holder, topic_id = held
        now = clock.now()
        if holder is Holder.CLOSED:
            await desk.reopen(
                link.conversation_id, now
            )  # the assistant answers from where it stands
            raise SkipHandler
        if holder not in (Holder.SPECIALIST, Holder.QUEUED):
            raise SkipHandler
        copied = False
        if chat_id is not None and topic_id is not None:
            try:
                await bot.copy_message(
                    chat_id, message.chat.id, message.message_id, message_thread_id=topic_id
                )
                copied = True
            except TelegramAPIError as error:  # the message is still recorded below
                log.warning(
                    "conversation %s: not copied to the desk (%s)",
                    link.conversation_id,
                    type(error).__name__,
                )
        if holder is Holder.QUEUED and message.text is not None:
            raise SkipHandler  # the dialogue records the text, and its waiting reply still answers
        # Held (the assistant stays silent), or a photo, a document … while waiting: recorded here.
        await desk.record(
            link.conversation_id,
            Direction.IN,
            "cardholder",
            content_text(message),
            now=now,
            telegram_message_id=message.message_id,
        )
        if holder is Holder.QUEUED:
            if not copied:
                # Nobody will see it: the dialogue's "only text" note is the truth.
                raise SkipHandler
            # Seen by the specialists: the waiting reply, not "I only read text".
            await assistant.handle(link.cardholder_id, ev.Text(message.caption or ""))
            await outbox.flush(bot, message.chat.id)

    router.message.register(relay_in)
    router.callback_query.register(tap_while_held)
    return router


def build_desk(
    *,
    bot: Bot,
    db: Database,
    texts: Texts,
    assistant: Assistant,
    outbox: Outbox,
    settings: Settings,
    clock: Clock,
    sleep: Sleep = asyncio.sleep,
    name: str | None = None,
) -> tuple[Desk, DeskLoop, list[Router]]:
    """The desk's parts for one app: the loop to start and the routers to include (relay first).
    ``name`` is the instance's, in the claims on cards (``bot.instances``)."""
    desk = Desk(db, name)
    config = settings.specialists
    board = DeskBoard(DeskTexts(texts, settings), desk, config.chat_id) if config.chat_id else None
    loop = DeskLoop(
        bot=bot,
        desk=desk,
        board=board,
        assistant=assistant,
        outbox=outbox,
        settings=settings,
        clock=clock,
        sleep=sleep,
    )
    routers = [relay_router(desk, config.chat_id, clock)]
    if board is not None:
        group = DeskGroup(
            desk=desk,
            board=board,
            assistant=assistant,
            outbox=outbox,
            settings=settings,
            clock=clock,
        )
        routers.append(group_router(group, frozenset(config.user_ids)))
    assistant.on_handoff = loop.wake
    desk.changed = assistant.forget
    return desk, loop, routers
