"""The outbox on Telegram: what a step sends is written with the step, then delivered until taken.

A step's replies, the removal of a tapped keyboard and the agreement's PDF become rows of the
outbox table (:class:`Queue`, called by the assistant inside the step's transaction): a reply
exists exactly when its step does, so no failure of Telegram, no crash and no restart loses one,
and a cardholder never types an answer again because a reply did not arrive.

:class:`Outbox` delivers a chat's rows in order, one at a time, right after the step that wrote
them (:meth:`Outbox.flush`) and, for what is left over (a retry, a restart, another instance's
lapsed lease), from a loop (:meth:`Outbox.run`). Each row is settled by what Telegram answers:

* taken: delivered, with the message id (the transcript rows it carries learn it);
* 429 (after the waits :mod:`sending` already makes): tried again after ``retry_after``;
* 5xx, a network failure, anything unexpected: tried again with backoff (1 s, 2 s … 5 min), given
  up after :data:`GIVE_UP_AFTER` — the conversation then goes to a person;
* 403: the cardholder blocked the bot: everything owed to the chat is settled unreachable, the
  cardholder marked so, the conversation queued for a person;
* 400 (or a PDF that cannot be made): refused and recorded; the conversation goes to a person,
  except for a keyboard's removal, which is cosmetic.

Rows are sent one at a time in a process, each recorded before the next goes: a crash between
Telegram's answer and the record sends that one row again after the restart — at most one
duplicate per crash, the price of having no idempotency key in the Bot API. (Telegram takes about
30 messages a second from a bot; one at a time is far faster than that.)
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from aiogram import Bot
from aiogram.enums import ParseMode
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramEntityTooLarge,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
)
from aiogram.types import InlineKeyboardMarkup, User
from sqlalchemy.orm import Session

from bot.channels.telegram.directory import Directory
from bot.channels.telegram.documents import AgreementMessages, Document, record_document
from bot.channels.telegram.render import joined, keyboard, messages, split_text
from bot.channels.telegram.sending import NO_PREVIEW
from bot.clock import Clock
from bot.config import ConfigError
from bot.instances import gone, instance_name
from bot.service.rendering import Sending
from bot.storage.db import Database
from bot.storage.models import OutboxKind, OutboxStatus
from bot.storage.outbox import (
    LEASE,
    ChatLeased,
    Delivered,
    Owed,
    due_chats,
    give_up,
    lease_chat,
    lease_holders,
    mark_unreachable,
    owed_to_chat,
    postpone,
    prune_settled,
    queue_messages,
    release_leases,
    settle_delivered,
)
from bot.texts import Texts, html_to_text
from dialogs.domain.vocabulary import HandoffReason
from dialogs.replies import Reply

log = logging.getLogger(__name__)

#: Rows read for a chat at a time (a step owes a few).
BATCH = 20
#: Chats the loop delivers to at once.
CONCURRENCY = 16
#: How often the loop looks for what is due when nothing woke it.
POLL_SECONDS = 2.0
#: Retries of a failing row: ``2 ** attempts`` seconds apart, at most this long.
MAX_BACKOFF = timedelta(minutes=5)
#: A row still failing this long after it was written is given up (and a person told).
GIVE_UP_AFTER = timedelta(days=1)
#: A lease is renewed before sending when less than this is left of it.
LEASE_MARGIN = timedelta(seconds=30)
PRUNE_EVERY = timedelta(hours=1)


@dataclass(slots=True)
class Flushed:
    """What one delivery to a chat came to."""

    delivered: int = 0
    #: The chat blocked the bot (403): nothing more goes to it.
    unreachable: bool = False
    #: Something was refused (400) and is recorded; a person has the conversation.
    refused: bool = False
    #: Something is left for later (a retry, or another instance's lease).
    waiting: bool = False


class Queue:
    """The assistant's ``Outgoing`` for Telegram: a step's sending as outbox rows, in order.

    ``holder`` leases the rows to the instance that wrote them (it sends them at once); without
    one (a command run by operations), any running bot delivers them.
    """

    def __init__(self, clock: Clock, holder: str | None = None) -> None:
        self.clock = clock
        self.holder = holder

    def __call__(self, session: Session, sending: Sending) -> None:
        queue_messages(session, self.rows(sending, self.clock.now()))

    def rows(self, sending: Sending, now: datetime) -> list[dict[str, Any]]:
        replies = sending.replies
        if sending.tap and [reply.template for reply in replies] == ["stale_button"]:
            return []  # an old button is answered on the button itself (``cardholders.tap``)
        common = {
            "chat_id": sending.chat_id,
            "cardholder_id": sending.cardholder_id,
            "conversation_id": replies[0].conversation_id if replies else None,
            "reminder_id": sending.reminder_id,
            "status": OutboxStatus.PENDING.value,
            "attempts": 0,
            "not_before": now,
            "lease_holder": self.holder,
            "lease_until": None if self.holder is None else now + LEASE,
            "created_at": now,
        }
        rows = []
        if sending.removal is not None:
            rows.append(_row(common, OutboxKind.KEYBOARD_REMOVAL, target=sending.removal))
        for group in messages(replies):
            last = group[-1]
            markup = keyboard(last)
            parts = split_text(joined(group))
            for number, part in enumerate(parts, start=1):
                rows.append(
                    _row(
                        common,
                        OutboxKind.TEXT,
                        text=part,
                        keyboard=markup if number == len(parts) else None,
                        # The transcript knows a reply by its first message.
                        transcript_ids=[r.transcript_id for r in group if r.transcript_id]
                        if number == 1
                        else [],
                    )
                )
            if last.attach == "agreement":
                agreement_id = None if last.agreement is None else last.agreement[0].get("id")
                rows.append(_row(common, OutboxKind.DOCUMENT, agreement=agreement_id))
        return rows


def _row(
    common: dict[str, Any],
    kind: OutboxKind,
    *,
    text: str | None = None,
    keyboard: InlineKeyboardMarkup | None = None,
    target: int | None = None,
    agreement: int | None = None,
    transcript_ids: Sequence[int] = (),
) -> dict[str, Any]:
    return {
        **common,
        "kind": kind.value,
        "text": text,
        "keyboard": None if keyboard is None else keyboard.model_dump_json(exclude_none=True),
        "target_message_id": target,
        "agreement_id": agreement,
        "transcript_ids": list(transcript_ids),
    }


class Outbox:
    """Delivers what is owed to each chat, in order; and says the few things no step decides."""

    def __init__(
        self,
        db: Database,
        directory: Directory,
        texts: Texts,
        default_language: str,
        clock: Clock,
        agreements: AgreementMessages | None = None,
        *,
        holder: str | None = None,
        changed: Callable[[int], None] | None = None,
    ) -> None:
        self.db = db
        self.directory = directory
        self.texts = texts
        self.default_language = default_language
        self.clock = clock
        self.agreements = agreements
        self.holder = holder or instance_name()
        #: Told the id of a conversation this outbox handed to a person.
        self.changed = changed or (lambda conversation_id: None)
        #: The assistant's ``outgoing``: rows leased to this outbox.
        self.queue = Queue(clock, self.holder)
        self._sending = asyncio.Lock()
        self._chats: dict[int, list[Any]] = {}  # chat id -> [lock, holders and waiters]
        self._tasks: set[asyncio.Task[Flushed]] = set()
        self._idle = asyncio.Condition()  # notified when no chat is being delivered to
        self._wake = asyncio.Event()
        self._next_prune: datetime | None = None

    # --- delivering ------------------------------------------------------------------------

    async def flush(self, bot: Bot, chat_id: int) -> Flushed:
        """Deliver what the chat is owed, in order, until it is all delivered or must wait."""
        entry = self._chats.setdefault(chat_id, [asyncio.Lock(), 0])
        entry[1] += 1
        try:
            async with entry[0]:
                return await self._flush(bot, chat_id)
        finally:
            entry[1] -= 1
            if entry[1] == 0:
                del self._chats[chat_id]
                if not self._chats:
                    async with self._idle:
                        self._idle.notify_all()

    def deliver_soon(self, bot: Bot, chat_id: int) -> None:
        """:meth:`flush` in a task of its own: the update that owes it is done once its step is
        written, and the next update can be handled while Telegram takes the replies (or a PDF
        is made); the chat's order is kept all the same."""
        task = asyncio.create_task(self.flush(bot, chat_id))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _flush(self, bot: Bot, chat_id: int) -> Flushed:
        flushed = Flushed()
        while True:
            owed = await self.db.read(owed_to_chat, chat_id, BATCH)
            settled = 0
            look_again = False
            for row in owed:
                now = self.clock.now()
                if row.not_before > now:
                    flushed.waiting = True
                    if row.kind == OutboxKind.KEYBOARD_REMOVAL:
                        continue  # cosmetic: what follows it need not wait for it
                    return flushed
                # Each row is sent only under this instance's lease, as read with the row: a
                # row queued by a step on another instance after this one took the chat is that
                # instance's to send (it sends it at once), not this one's.
                if not self._holds(row, now):
                    try:
                        await self.db.write(lease_chat, chat_id, self.holder, now)
                    except ChatLeased:
                        flushed.waiting = True  # another instance is delivering to this chat
                        return flushed
                    # Read again, now the chat is ours: what was read before may have been
                    # delivered meanwhile by the instance whose lease this one followed.
                    look_again = True
                    break
                if not await self._deliver(bot, row, flushed):
                    return flushed
                settled += 1
            if look_again:
                continue
            if len(owed) < BATCH or not settled:
                # A step that queues more after this read flushes after this one: it reads them.
                return flushed

    def _holds(self, row: Owed, now: datetime) -> bool:
        return (
            row.lease_holder == self.holder
            and row.lease_until is not None
            and row.lease_until > now + LEASE_MARGIN
        )

    async def _deliver(self, bot: Bot, row: Owed, flushed: Flushed) -> bool:
        """Send one row and settle it; whether the chat's next row may go now."""
        try:
            document = await self._document(row) if row.kind == OutboxKind.DOCUMENT else None
            # One row at a time between Telegram's answer and its record, in this process: a
            # crash then repeats at most that one (the Bot API has no idempotency key).
            async with self._sending:
                message_id = await self._send(bot, row, document)
                await self.db.write(self._record, row, message_id, document)
        except TelegramRetryAfter as flood:
            await self._postpone(row, timedelta(seconds=flood.retry_after), "429", attempt=False)
            flushed.waiting = True
            return row.kind == OutboxKind.KEYBOARD_REMOVAL
        except TelegramForbiddenError:
            await self._unreachable(row)
            flushed.unreachable = True
            return False
        except (TelegramBadRequest, TelegramNotFound, TelegramEntityTooLarge) as error:
            await self._refused(row, type(error).__name__, error.message)
            flushed.refused = row.kind != OutboxKind.KEYBOARD_REMOVAL
            return True
        except ConfigError as problem:  # no document can be made: the agreement stands without
            log.error("agreement %s: no document made: %s", row.agreement_id, problem)
            await self._give_up([row], OutboxStatus.REFUSED, "no document: configuration", None)
            return True
        except Exception as error:  # 5xx, the network, or a bug: tried again, never lost
            if not _expected(error):
                log.exception("outbox row %s: unexpected error", row.id)
            if self.clock.now() - row.created_at >= GIVE_UP_AFTER:
                await self._give_up(
                    [row], OutboxStatus.FAILED, type(error).__name__, HandoffReason.UNDELIVERABLE
                )
                return True
            backoff = min(timedelta(seconds=2 ** min(row.attempts, 20)), MAX_BACKOFF)
            await self._postpone(row, backoff, type(error).__name__, attempt=True)
            flushed.waiting = True
            return row.kind == OutboxKind.KEYBOARD_REMOVAL  # cosmetic: the rest goes on
        flushed.delivered += 1
        return True

    async def _document(self, row: Owed) -> Document:
        """The PDF a document row sends, made before its turn to be sent comes."""
        if self.agreements is None or row.conversation_id is None:
            raise ConfigError("agreement documents are not set up here")
        document = await self.agreements.document(row.conversation_id, row.agreement_id)
        if document is None:
            raise ConfigError("no agreement to send")
        return document

    async def _send(self, bot: Bot, row: Owed, document: Document | None) -> int:
        """Send a row to Telegram; the id of the message it made (or touched)."""
        if row.kind == OutboxKind.KEYBOARD_REMOVAL:
            assert row.target_message_id is not None
            await bot.edit_message_reply_markup(
                chat_id=row.chat_id, message_id=row.target_message_id, reply_markup=None
            )
            return row.target_message_id
        if document is not None:
            sent = await bot.send_document(row.chat_id, document.file())
            return sent.message_id
        assert row.text is not None
        markup = (
            None if row.keyboard is None else InlineKeyboardMarkup.model_validate_json(row.keyboard)
        )
        message = await bot.send_message(
            row.chat_id,
            row.text,
            parse_mode=ParseMode.HTML,
            link_preview_options=NO_PREVIEW,
            reply_markup=markup,
        )
        return message.message_id

    def _record(
        self, session: Session, row: Owed, message_id: int, document: Document | None
    ) -> None:
        now = self.clock.now()
        settle_delivered(session, [Delivered(row.id, message_id, row.transcript_ids)], now)
        if document is not None:
            record_document(session, document, message_id, now)
            log.info("agreement %s: document sent", document.agreement["id"])

    async def _postpone(self, row: Owed, wait: timedelta, error: str, *, attempt: bool) -> None:
        until = self.clock.now() + wait
        await self.db.write(postpone, row.id, until, error, attempt=attempt)
        log.info("outbox row %s: %s, tried again in %s s", row.id, error, wait.total_seconds())
        self._wake.set()  # the loop looks again (and waits at most its poll)

    async def _unreachable(self, row: Owed) -> None:
        """403: everything owed to the chat is settled; the cardholder is marked unreachable."""
        owed = await self.db.read(owed_to_chat, row.chat_id, 10_000)
        await self._give_up(
            owed or [row], OutboxStatus.UNREACHABLE, "forbidden (403)", HandoffReason.UNREACHABLE
        )
        if row.cardholder_id is not None:
            await self.db.write(mark_unreachable, row.cardholder_id, self.clock.now())
        self.directory.forget(row.chat_id)  # a private chat's id is its user's
        log.info("conversation %s: cardholder unreachable (blocked the bot)", row.conversation_id)

    async def _refused(self, row: Owed, kind: str, description: str) -> None:
        """Telegram's description goes to the row, for operators; the log has the kind only
        (a description may quote what was sent)."""
        error = f"{kind}: {description}"
        if row.kind == OutboxKind.KEYBOARD_REMOVAL:  # not modified, or too old: cosmetic
            await self._give_up([row], OutboxStatus.REFUSED, error, None)
            return
        log.warning("outbox row %s refused by Telegram: %s", row.id, kind)
        await self._give_up([row], OutboxStatus.REFUSED, error, HandoffReason.UNDELIVERABLE)

    async def _give_up(
        self, rows: Sequence[Owed], status: OutboxStatus, error: str, handoff: str | None
    ) -> None:
        queued = await self.db.write(
            give_up, rows, status, error, self.clock.now(), handoff=handoff
        )
        for conversation_id in queued:
            log.warning("conversation %s queued for a person: %s", conversation_id, handoff)
            self.changed(conversation_id)

    # --- the loop --------------------------------------------------------------------------

    async def run(self, bot: Bot, stop: asyncio.Event) -> None:
        """Deliver what is due and not being delivered (left over from a retry, a restart or
        another instance), until ``stop``; what is under way then is :meth:`finish`'s."""
        try:
            gone_holders = [h for h in await self.db.read(lease_holders) if gone(h)]
            if gone_holders:
                released = await self.db.write(release_leases, gone_holders)
                log.info("outbox: %d row(s) of a stopped process taken over", released)
        except Exception:
            log.exception("outbox: could not look for rows of a stopped process")
        turns = asyncio.Semaphore(CONCURRENCY)
        while not stop.is_set():
            try:
                await self._sweep(bot, turns)
            except Exception:
                log.exception("outbox: looking for due messages failed")
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(POLL_SECONDS):
                    waiting = asyncio.ensure_future(self._wake.wait())
                    stopping = asyncio.ensure_future(stop.wait())
                    try:
                        await asyncio.wait({waiting, stopping}, return_when="FIRST_COMPLETED")
                    finally:
                        waiting.cancel()
                        stopping.cancel()

    async def _sweep(
        self, bot: Bot, turns: asyncio.Semaphore, *, busy_too: bool = False
    ) -> list[asyncio.Task[Flushed]]:
        """Start delivering to each chat with something due; the deliveries started. A chat
        being delivered to is left to that delivery, unless ``busy_too``: then a delivery after
        it is started as well (which waits for it)."""
        now = self.clock.now()
        if self._next_prune is None or now >= self._next_prune:
            pruned = await self.db.write(prune_settled, now)
            if pruned:
                log.info("outbox: %d settled row(s) pruned", pruned)
            self._next_prune = now + PRUNE_EVERY
        started = []
        for chat_id in await self.db.read(due_chats, self.holder, now, 500):
            if chat_id in self._chats and not busy_too:
                continue  # being delivered to: that delivery goes on to what is due

            async def one(chat_id: int = chat_id) -> Flushed:
                async with turns:
                    return await self.flush(bot, chat_id)

            task = asyncio.create_task(one())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            started.append(task)
        return started

    async def deliver_due(self, bot: Bot) -> None:
        """What the loop does each time it looks, waiting for it: deliver what is due now
        (after any delivery already under way to the same chats, the loop's included)."""
        started = await self._sweep(bot, asyncio.Semaphore(CONCURRENCY), busy_too=True)
        await asyncio.gather(*started)

    async def finish(self, bot: Bot, timeout: float) -> None:  # noqa: ASYNC109
        """At a stop, once no update is being handled: deliver what is due now and what is
        under way, for at most ``timeout`` seconds. What is left (a retry to come, PDFs still to
        make) stays owed, for the next start."""
        try:
            async with asyncio.timeout(timeout):
                await self.deliver_due(bot)
                await self.drained()
        except TimeoutError:
            # Cancelled where they wait (for Telegram, for a PDF): still owed, never half-sent.
            log.warning(
                "stopping with %d chat(s) still owed messages: delivered at the next start",
                len(self._chats),
            )
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def drained(self) -> None:
        """Wait until no delivery is under way (the loop's, and those after steps)."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        async with self._idle:
            await self._idle.wait_for(lambda: not self._chats)

    # --- what no step decides ----------------------------------------------------------------

    def language_of(self, user: User | None) -> str:
        """The language Telegram says the user's app is in, if we speak it;
        else the bank's default."""
        code = (user.language_code or "")[:2].lower() if user is not None else ""
        return code if code in self.texts.languages else self.default_language

    def note(self, template: str, language: str) -> str:
        """A template as plain text, for a callback answer (no HTML there)."""
        return html_to_text(self.texts.render(Reply(template), language))

    async def say(self, bot: Bot, chat_id: int, template: str, language: str) -> None:
        """A fixed text to someone who is not (yet) a cardholder; nothing is recorded or owed."""
        with contextlib.suppress(TelegramForbiddenError):
            await self.send(bot, chat_id, self.texts.render(Reply(template), language))

    async def send(
        self, bot: Bot, chat_id: int, text: str, markup: InlineKeyboardMarkup | None = None
    ) -> int:
        """Send ``text`` (HTML, no link preview) at once, in as many messages as it takes, the
        buttons on the last; the id of the first one. Nothing is recorded: what a step says
        goes through :meth:`flush`."""
        parts = split_text(text)
        first: int | None = None
        for number, part in enumerate(parts, start=1):
            message = await bot.send_message(
                chat_id,
                part,
                parse_mode=ParseMode.HTML,
                link_preview_options=NO_PREVIEW,
                reply_markup=markup if number == len(parts) else None,
            )
            first = first if first is not None else message.message_id
        assert first is not None
        return first


def _expected(error: Exception) -> bool:
    """Failures of Telegram or of the way to it: logged in a line, not with a traceback."""
    return isinstance(error, TelegramAPIError | TelegramNetworkError)
