"""The specialists' desk in a Telegram forum supergroup: one topic per handed-off conversation.

    DeskLoop    opens a topic with a summary card for each queued hand-off (woken at once by
                the runtime; urgent first), raises untaken ones again, nudges silent cardholders
    group       "Take over" on the card; in a topic: messages copied to the cardholder,
                /offer <monthly> <months> [YYYY-MM-DD], /release, /close <outcome>, /note <text>
    relay       the cardholder's messages copied into the topic while a person has the
                conversation (the assistant stays silent) or it waits for one (the assistant's
                waiting reply still answers)

Only ``[specialists] user_ids`` act; anyone else in the group is told why once and nothing is
done. The topic is found from the database, so a restart changes nothing for a held conversation.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Awaitable, Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from aiogram import Bot, F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.enums import ChatType, ParseMode
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest, TelegramForbiddenError, TelegramNetworkError
from aiogram.filters import Command, CommandObject
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.clock import Clock
from bot.config import Settings
from bot.desk import OUTCOME_LABELS, REASON_LABELS, Desk, Entry, Outcome, author, masked, read_outcome, realert_cutoff
from bot.models import Direction, Holder
from bot.plans import custom_option
from bot.reminders import in_quiet_hours
from bot.runtime import Assistant, local_today, specialists_working
from bot.telegram.cardholders import NON_TEXT
from bot.telegram.directory import Directory, Link
from bot.telegram.render import NO_PREVIEW, Outbox
from bot.texts import Texts, html_to_text
from dialogs import desk as dialogue
from dialogs import events as ev
from dialogs.replies import Reply, _
from dialogs.understanding import read_amount

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[object]]
TAKE_OVER = _("Take over")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class TakeData(CallbackData, prefix="take"):
    """The "Take over" button of a summary card."""

    conversation: int


def desk_language(settings: Settings) -> str:
    return settings.specialists.language or settings.bank.default_language


def content_text(message: Message) -> str:
    """What a relayed message says, for the transcript: its text or caption, else its kind."""
    kind = message.content_type
    return message.text or message.caption or f"[{getattr(kind, 'value', kind)}]"


def topic_link(chat_id: int, topic_id: int) -> str:
    """A link to a topic of a supergroup (its id without the -100 prefix)."""
    internal = str(chat_id).removeprefix("-100").lstrip("-")
    return f"https://t.me/c/{internal}/{topic_id}"


class DeskTexts:
    """The desk's words, in the desk's language."""

    def __init__(self, texts: Texts, settings: Settings) -> None:
        self.texts = texts
        self.language = desk_language(settings)
        self.max_months = settings.policy.max_term_months

    def says(self, what: str, **params: Any) -> str:
        return self.texts.render(Reply("desk_says", {"what": what, "max_months": self.max_months, **params}),
                                 self.language)

    def note(self, what: str, **params: Any) -> str:
        """For a callback answer: plain text, at most 200 characters."""
        return html_to_text(self.says(what, **params))[:200]

    def reason(self, entry: Entry) -> str:
        label = REASON_LABELS.get(entry.reason) if entry.reason is not None else None
        return self.texts.label(label, self.language) if label is not None else "—"

    def outcome(self, outcome: Outcome | None) -> str:
        return self.texts.label(OUTCOME_LABELS[outcome or Outcome.OTHER], self.language)

    def topic_name(self, entry: Entry) -> str:
        return f"{'‼️ ' if entry.urgent else ''}{masked(entry.card_last4)} · {self.reason(entry)}"[:128]

    def take_button(self, conversation_id: int) -> InlineKeyboardMarkup:
        builder = InlineKeyboardBuilder()
        builder.button(text=self.texts.label(TAKE_OVER, self.language),
                       callback_data=TakeData(conversation=conversation_id))
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
        status = {Holder.SPECIALIST: "held", Holder.CLOSED: "closed", Holder.ASSISTANT: "assistant"}.get(
            entry.holder, "waiting")
        if entry.outcome is not None and entry.closed_topic_id is not None and entry.topic_id is None:
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
        """Open the topic (if the conversation has none open) and post the card in it."""
        topic_id = entry.topic_id
        if topic_id is None:
            topic = await bot.create_forum_topic(self.chat_id, self.words.topic_name(entry))
            topic_id = topic.message_thread_id
            if not await self.desk.topic_opened(entry.conversation_id, topic_id):
                return False  # taken, closed or given a topic meanwhile: the next pass sees it as it is
        text = await self.card_text(entry.conversation_id)
        if text is None:
            return False
        message = await bot.send_message(self.chat_id, text, message_thread_id=topic_id, parse_mode=ParseMode.HTML,
                                         reply_markup=self.words.take_button(entry.conversation_id),
                                         link_preview_options=NO_PREVIEW)
        if not await self.desk.carded(entry.conversation_id, topic_id, message.message_id, now):
            return False
        log.info("conversation %s: card posted in topic %s", entry.conversation_id, topic_id)
        if entry.urgent:
            await self.alert(bot, entry, topic_id, now, minutes=0)
        return True

    async def alert(self, bot: Bot, entry: Entry, topic_id: int, now: datetime, *, minutes: int) -> None:
        """A message in the group's general topic that links to the waiting topic."""
        text = self.words.texts.render(
            Reply("desk_alert", {"urgent": entry.urgent, "minutes": minutes, "name": self.words.topic_name(entry),
                                 "link": topic_link(self.chat_id, topic_id)}),
            self.words.language,
        )
        await bot.send_message(self.chat_id, text, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW)
        await self.desk.alerted(entry.conversation_id, now)

    async def refresh(self, bot: Bot, entry: Entry, card_message_id: int | None = None) -> None:
        """Show on the card who has the conversation now, or how it ended (no button any more)."""
        card_message_id = card_message_id or entry.card_message_id
        if card_message_id is None:
            return
        text = await self.card_text(entry.conversation_id)
        if text is None:
            return
        try:
            await bot.edit_message_text(text=text, chat_id=self.chat_id, message_id=card_message_id,
                                        parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW)
        except TelegramBadRequest as error:  # not modified, or too old to edit: the card is a view
            log.info("conversation %s: card not updated (%s)", entry.conversation_id, type(error).__name__)


class DeskLoop:
    """Background work of the desk; :meth:`wake` makes it look at once (after a hand-off)."""

    def __init__(self, *, bot: Bot, desk: Desk, board: DeskBoard | None, assistant: Assistant, outbox: Outbox,
                 settings: Settings, clock: Clock, sleep: Sleep = asyncio.sleep) -> None:
        self.bot = bot
        self.desk = desk
        self.board = board
        self.assistant = assistant
        self.outbox = outbox
        self.settings = settings
        self.clock = clock
        self.sleep = sleep
        self._wake = asyncio.Event()
        self._pass = asyncio.Lock()

    def wake(self) -> None:
        self._wake.set()

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            self._wake.clear()
            await self.run_once()
            waits = {asyncio.ensure_future(self._wake.wait()), asyncio.ensure_future(stop.wait()),
                     asyncio.ensure_future(self.sleep(self.settings.specialists.poll_seconds))}
            try:
                await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for waiting in waits:
                    waiting.cancel()

    async def run_once(self) -> None:
        """One pass: cards, alarms, silences. A failure is logged and tried again next pass."""
        async with self._pass:
            for work in (self.post_cards, self.raise_alarms, self.notice_silence):
                try:
                    await work()
                except (TelegramAPIError, TelegramNetworkError) as error:
                    log.warning("desk: %s failed: %s", work.__name__, type(error).__name__)
                except Exception as error:  # noqa: BLE001 - the loop must go on; no values logged
                    log.error("desk: %s failed: %s", work.__name__, type(error).__name__)

    async def post_cards(self) -> None:
        if self.board is None:
            return  # no group: the queue is read with `overdue-bot desk list`
        for entry in await self.desk.needing_card():
            await self.board.post_card(self.bot, entry, self.clock.now())

    async def raise_alarms(self) -> None:
        if self.board is None:
            return
        now = self.clock.now()
        minutes = self.settings.specialists.realert_minutes
        working = specialists_working(self.settings, now)
        for entry in await self.desk.untaken(realert_cutoff(now, minutes)):
            if (entry.urgent or working) and entry.topic_id is not None:
                waited = int((now - (entry.handoff_at or now)).total_seconds() // 60)
                await self.board.alert(self.bot, entry, entry.topic_id, now, minutes=waited)

    async def notice_silence(self) -> None:
        """A nudge after ``silence_nudge_hours``; a person after ``silence_handoff_hours`` in all.

        Silence counts from the conversation's last change (typed text and taps alike); the
        nudge itself is a change, so the hand-off follows the rest of the hours after it.
        Nothing is sent in the cardholder's quiet hours: it waits for the next pass after them.
        """
        now = self.clock.now()
        policy, quiet = self.settings.policy, self.settings.reminders
        nudge_after = timedelta(hours=policy.silence_nudge_hours)
        handoff_after = timedelta(hours=max(1, policy.silence_handoff_hours - policy.silence_nudge_hours))
        for entry, state in await self.desk.silent(now - min(nudge_after, handoff_after)):
            wait = handoff_after if state.nudged else nudge_after
            if entry.updated_at > now - wait:
                continue
            local = now.astimezone(ZoneInfo(entry.timezone)).time()
            if in_quiet_hours(local, quiet.quiet_start, quiet.quiet_end):
                continue
            hours = int((now - entry.updated_at).total_seconds() // 3600)
            replies = await self.assistant.handle(entry.cardholder_id, ev.Silence(hours))
            link = Link(entry.cardholder_id, entry.conversation_id, entry.unreachable)
            await self.outbox.deliver(self.bot, entry.cardholder_chat_id, link, replies)


# --- the group ----------------------------------------------------------------------------------


class DeskGroup:
    """The handlers of the desk group, with what they need."""

    def __init__(self, *, desk: Desk, board: DeskBoard, assistant: Assistant, outbox: Outbox,
                 settings: Settings) -> None:
        self.desk = desk
        self.board = board
        self.words = board.words
        self.assistant = assistant
        self.outbox = outbox
        self.settings = settings
        self.chat_id = board.chat_id
        self._told_closed: set[tuple[int, int]] = set()

    @property
    def now(self) -> datetime:
        return self.assistant.clock.now()

    async def reply(self, message: Message, what: str, **params: Any) -> None:
        """Answer in the topic; where that is refused (a closed topic), in the general one."""
        text = self.words.says(what, **params)
        with contextlib.suppress(TelegramBadRequest, TelegramForbiddenError):
            try:
                await message.reply(text, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW)
            except TelegramBadRequest:
                if message.bot is not None:
                    await message.bot.send_message(self.chat_id, text, parse_mode=ParseMode.HTML,
                                                   link_preview_options=NO_PREVIEW)

    # --- who may act ---

    async def refuse(self, message: Message) -> None:
        user = message.from_user
        if user is None or user.is_bot:
            return
        if not await self.desk.refused_before(user.id, self.now):
            await self.reply(message, "refused")

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
        taken = await self.desk.take(entry.conversation_id, user.id, user.full_name or str(user.id), self.now)
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
        """The conversation of the topic the message is in; tells the specialist when there is none."""
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
            copied = await bot.copy_message(entry.cardholder_chat_id, self.chat_id, message.message_id)
        except TelegramForbiddenError:
            await self.reply(message, "undeliverable")
            return
        await self.desk.record(entry.conversation_id, Direction.OUT, author(message.from_user.id),
                               content_text(message), now=self.now, telegram_message_id=copied.message_id)

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
        made = custom_option(card.account, monthly, months, self.settings.policy, today, first_due)
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
            values={"holder": Holder.ASSISTANT, "specialist_id": None, "specialist_name": None, "card_message_id": None},
            note=(who, f"offer: {option.payments} x {option.monthly} {option.currency} from {option.first_due}, "
                       f"total {option.total}, annual rate {option.annual_rate}"),
        )
        if rendered is None:
            await self.reply(message, "take_first")
            return
        await self.reply(message, "offer_sent", option=option)
        await self._deliver(bot, entry, rendered)
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
            values={"holder": Holder.ASSISTANT, "specialist_id": None, "specialist_name": None, "card_message_id": None},
            note=(author(message.from_user.id), "released to the assistant"),
        )
        if rendered is None:
            await self.reply(message, "take_first")
            return
        await self.reply(message, "released")
        await self._deliver(bot, entry, rendered)
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
        # An agreement keeps its reminders (the assistant holds it); any other end pauses everything.
        holder = Holder.ASSISTANT if outcome is Outcome.AGREEMENT else Holder.CLOSED
        rendered = await self.assistant.act(
            entry.conversation_id,
            dialogue.close,
            holders={Holder.QUEUED, Holder.SPECIALIST, Holder.ASSISTANT},
            values={"holder": holder, "outcome": outcome.value, "closed_at": now, "topic_id": None,
                    "closed_topic_id": entry.topic_id, "specialist_id": None, "card_message_id": None},
            note=(author(message.from_user.id), f"closed: {outcome.value}"),
        )
        if rendered is None:
            await self.reply(message, "closed")
            return
        log.info("conversation %s closed: %s", entry.conversation_id, outcome.value)
        await self.reply(message, "closed_done", outcome=self.words.outcome(outcome))
        await self._refresh(bot, entry)
        with contextlib.suppress(TelegramBadRequest):
            await bot.close_forum_topic(self.chat_id, entry.topic_id)  # type: ignore[arg-type]
        await self._deliver(bot, entry, rendered)

    async def note(self, message: Message, command: CommandObject) -> None:
        entry = await self.topic_entry(message, command=True)
        if entry is None:
            return
        text = (command.args or "").strip()
        if not text:
            await self.reply(message, "note_usage")
            return
        assert message.from_user is not None
        await self.desk.record(entry.conversation_id, Direction.NOTE, author(message.from_user.id), text[:4000],
                               now=self.now, telegram_message_id=message.message_id)
        await self.reply(message, "noted")

    async def _deliver(self, bot: Bot, entry: Entry, rendered: list[Any]) -> None:
        link = Link(entry.cardholder_id, entry.conversation_id, entry.unreachable)
        await self.outbox.deliver(bot, entry.cardholder_chat_id, link, rendered)

    async def _refresh(self, bot: Bot, before: Entry) -> None:
        fresh = await self.desk.get(before.conversation_id)
        if fresh is not None:
            await self.board.refresh(bot, fresh, before.card_message_id)


def parse_offer(args: str, language: str) -> tuple[Decimal, int, date | None] | None:
    """``<monthly amount> <months> [YYYY-MM-DD]``; the amount as cardholders may write it (``1 500``)."""
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
    reading = read_amount(" ".join(words), language)
    if reading.amount is None:
        reading = read_amount(" ".join(words), "en")
    if reading.amount is None or months > 1000:
        return None
    return reading.amount, months, first_due


async def _answer(query: CallbackQuery, note: str | None = None) -> None:
    with contextlib.suppress(TelegramBadRequest):
        await query.answer(note)


def group_router(group: DeskGroup, specialists: frozenset[int]) -> Router:
    """The desk group's router: specialists act, everyone else is refused (once)."""
    router = Router(name="desk")
    router.message.filter(F.chat.id == group.chat_id)
    router.callback_query.filter(F.message.chat.id == group.chat_id)
    specialist = F.from_user.id.in_(specialists)
    router.callback_query.register(group.take_over, TakeData.filter(), specialist)
    router.callback_query.register(group.refuse_tap, TakeData.filter())
    router.callback_query.register(group.unreadable_tap)
    said = F.text | F.content_type.in_(NON_TEXT)
    router.message.register(group.refuse, ~specialist, F.from_user.is_bot.is_(False), said)
    router.message.register(group.offer, Command("offer"))
    router.message.register(group.release, Command("release"))
    router.message.register(group.close, Command("close"))
    router.message.register(group.note, Command("note"))
    router.message.register(group.relay_out, specialist, said)
    return router


# --- the cardholder's side ----------------------------------------------------------------------


def relay_router(desk: Desk, chat_id: int | None) -> Router:
    """Ahead of the cardholders' router: copy into the topic, and keep the assistant quiet while a
    specialist holds the conversation. Anything else goes on to the dialogue (``SkipHandler``)."""
    router = Router(name="desk-relay")
    router.message.filter(F.chat.type == ChatType.PRIVATE)

    async def relay_in(message: Message, bot: Bot, directory: Directory, assistant: Assistant, outbox: Outbox) -> None:
        user = message.from_user
        if user is None or (message.text or "").startswith("/start"):
            raise SkipHandler
        link = await directory.find(user.id)
        if link is None or link.conversation_id is None:
            raise SkipHandler
        held = await desk.holder_of(link.conversation_id)
        if held is None:
            raise SkipHandler
        holder, topic_id = held
        now = assistant.clock.now()
        if holder is Holder.CLOSED:
            await desk.reopen(link.conversation_id, now)  # the assistant answers from where it stands
            raise SkipHandler
        if holder not in (Holder.SPECIALIST, Holder.QUEUED):
            raise SkipHandler
        copied = False
        if chat_id is not None and topic_id is not None:
            try:
                await bot.copy_message(chat_id, message.chat.id, message.message_id, message_thread_id=topic_id)
                copied = True
            except TelegramBadRequest as error:
                log.warning("conversation %s: not copied to the desk (%s)", link.conversation_id, type(error).__name__)
        if holder is Holder.QUEUED and message.text is not None:
            raise SkipHandler  # the dialogue records the text, and its waiting reply still answers
        # Held (the assistant stays silent), or a photo, a document … while waiting: recorded here.
        await desk.record(link.conversation_id, Direction.IN, "cardholder", content_text(message), now=now,
                          telegram_message_id=message.message_id)
        if holder is Holder.QUEUED:
            if not copied:
                raise SkipHandler  # nobody will see it: the dialogue's "only text" note is the truth
            # Seen by the specialists: the waiting reply, not "I only read text".
            replies = await assistant.handle(link.cardholder_id, ev.Text(message.caption or ""))
            await outbox.deliver(bot, message.chat.id, link, replies)

    router.message.register(relay_in)
    return router


def build_desk(*, bot: Bot, assistant: Assistant, outbox: Outbox, settings: Settings, clock: Clock,
               sleep: Sleep = asyncio.sleep) -> tuple[Desk, DeskLoop, list[Router]]:
    """The desk's parts for one app: the loop to start and the routers to include (relay first)."""
    desk = Desk(assistant.db, writing=assistant.writing)
    config = settings.specialists
    board = DeskBoard(DeskTexts(assistant.texts, settings), desk, config.chat_id) if config.chat_id else None
    loop = DeskLoop(bot=bot, desk=desk, board=board, assistant=assistant, outbox=outbox, settings=settings,
                    clock=clock, sleep=sleep)
    routers = [relay_router(desk, config.chat_id)]
    if board is not None:
        group = DeskGroup(desk=desk, board=board, assistant=assistant, outbox=outbox, settings=settings)
        routers.append(group_router(group, frozenset(config.user_ids)))
    assistant.on_handoff = loop.wake
    return desk, loop, routers
