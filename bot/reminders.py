"""Instalment reminders: planning them in the cardholder's local time,
and sending each at most once.

Planning
    :func:`plan_reminders` gives, per instalment, kind ``before`` (``send_at`` local time,
    ``days_before`` days before the due date, if ``days_before > 0``), ``due`` (``send_at`` on
    the due day, if ``on_due_day``) and ``followup`` (``send_at``, ``grace_days`` after the due
    day). Local times become aware UTC with :mod:`zoneinfo`: a time in a spring-forward gap moves
    forward to the first minute that exists (02:30 → 03:00); an ambiguous one (autumn) takes the
    first occurrence (the summer-time one). A planned time inside quiet hours is moved by
    :func:`next_allowed` already when planning. :func:`schedule_reminders` inserts the rows,
    idempotently (the unique ``(instalment_id, kind)`` key), never for a paid instalment, and —
    when ``now`` is given — never for a moment already past (an agreement accepted two days
    before its first due date gets no "3 days before" reminder fired at once). At "I agree" only
    the instalments due within ``horizon_days`` get theirs; the dispatcher makes the others, at
    most hourly, as each comes within the horizon (:meth:`ReminderDispatcher.top_up`; a row another
    instance has just made is left alone), so a plan of sixty payments writes three reminders,
    not 180, and a changed schedule applies to the instalments still ahead.

Dispatch (:class:`ReminderDispatcher`), per pending reminder with ``due_at <= now``, oldest first:

* The conversation is held by someone else (``Conversation.holder != ASSISTANT``: queued,
  with a specialist, paused, closed): the reminder is **left pending and untouched** (it is not
  even selected), so it is looked at again once the conversation is handed back — and then the
  checks below decide whether it still makes sense (a "before" reminder may well be stale by then).
* SKIPPED (reason in ``last_error``) when: the instalment is paid; the agreement is not active;
  the cardholder is unreachable (a 403 earlier); the cardholder stopped reminders — a stop
  skips every reminder that falls due while it holds, and resuming affects only reminders
  falling due afterwards (nothing is "caught up" after a resume: the cardholder asked for quiet);
  the reminder is stale: "before" and "due" once the due date has passed in the cardholder's
  local time (e.g. the bot was down), "before" also on the due day itself when a due-day reminder
  is planned (so downtime never yields two messages that day), "followup" never goes stale while
  the instalment is unpaid.
* Kind ``paid`` (thanks and progress, made by the payment import) is sent the same way, once;
  it is not a reminder, so it neither counts against nor waits for the weekly cap.
* Postponed (``due_at`` moved, stays pending) when now is inside the cardholder's quiet hours
  (to :func:`next_allowed`), or when ``weekly_cap`` reminders were already SENT to the
  cardholder in the last rolling 7 days (to when the oldest of them leaves the window, then out
  of quiet hours).
* Otherwise: **claim** it in the same transaction as those checks (``UPDATE … SET
  status='claimed' … WHERE id=:id AND status='pending'``; rowcount 0 means another instance has
  it and we move on), commit, wait for the rate limiter, send, and record the outcome in a
  second transaction. Cardholders are served side by side (``concurrency``), each cardholder's
  reminders one after the other, in order.

Exactly once
    The claim is committed before the send and the outcome after it. The dialogue step that words
    a reminder writes its messages to the transcript tagged with the reminder's id, and each
    gets its Telegram message id once delivered. So after a crash, a claim older than
    :data:`CLAIM_LEASE` (10 minutes; far longer than any send) is settled from the transcript:
    nothing written — nothing went out, it is PENDING again and sent once; everything written was
    delivered — SENT; written but not known to be delivered (a crash in the instant between
    Telegram's answer and our record) — FAILED with ``last_error = "unknown outcome after
    restart"``, never re-sent: Telegram has no idempotency key, and a duplicate is worse than a
    gap a person can see. The conditional update makes a second instance's attempt a no-op. A
    ``CancelledError`` or other ``BaseException`` during the send leaves the claim in place for
    that rule; any other unexpected exception from the sender is recorded as FAILED at once.
    On PostgreSQL the candidate query uses ``FOR UPDATE SKIP LOCKED``; the conditional claim is
    what guarantees exclusivity on every backend. SQLite serves one instance.

Failures
    ``SendRetryLater`` (429): back to pending with ``due_at = now + retry_after``; it does not use
    up an attempt, and the global limiter pauses for ``retry_after``. ``SendForbidden`` (403):
    FAILED, ``Cardholder.unreachable_at = now``, and the conversation is queued for a person
    (``holder = QUEUED``, ``handoff_reason = "unreachable"``, ``handoff_at = now``, version bumped)
    unless a person already has it. ``SendFailed`` (5xx/network): back to pending after
    ``30 s * 2 ** (attempts - 1)`` until ``max_attempts``, then FAILED.

Rate limits
    :class:`RateLimiter`: messages are spaced at least ``1 / send_rate_per_second`` apart
    globally and ``per_chat_interval_seconds`` apart per chat, on an injectable monotonic clock
    and sleep. The limit is per process: with several instances, divide the rate among them.

Logs carry reminder, agreement and cardholder ids only: never names, card digits or texts.
"""

from __future__ import annotations

import asyncio
import logging
import time as _time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, exists, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session
from sqlmodel import col

from bot.clock import Clock
from bot.config import RemindersConfig
from bot.db import Database, rowcount
from bot.models import (
    Account,
    Agreement,
    AgreementStatus,
    Cardholder,
    Conversation,
    Direction,
    Holder,
    Instalment,
    InstalmentStatus,
    Reminder,
    ReminderStatus,
    TranscriptMessage,
    id_of,
    table_of,
)
from dialogs import events as ev

log = logging.getLogger(__name__)

BEFORE, DUE, FOLLOWUP = "before", "due", "followup"
KINDS = (BEFORE, DUE, FOLLOWUP)
#: Not a reminder but sent the same way, once: thanks (and progress) for a paid-off instalment.
PAID = "paid"
CLAIM_LEASE = timedelta(minutes=10)
CAP_WINDOW = timedelta(days=7)
BACKOFF_BASE_SECONDS = 30.0
BATCH = 500
#: Cardholders whose reminders are being sent at once (each cardholder's one after the other).
CONCURRENCY = 16
UNKNOWN_OUTCOME = "unknown outcome after restart"
NOTHING_WRITTEN = "claim expired before its message was written; sending again"

__all__ = [
    "BEFORE",
    "CLAIM_LEASE",
    "DUE",
    "FOLLOWUP",
    "PAID",
    "DispatchReport",
    "RateLimiter",
    "ReminderDispatcher",
    "ReminderSender",
    "SendFailed",
    "SendForbidden",
    "SendRetryLater",
    "add_reminders",
    "coming_reminders",
    "horizon",
    "in_quiet_hours",
    "insert_reminders_once",
    "local_to_utc",
    "next_allowed",
    "plan_reminders",
    "reminder_event",
    "schedule_reminders",
]

#: How often the loop looks for instalments that came within the horizon (see ``top_up``).
TOP_UP_EVERY = timedelta(hours=1)


def reminder_event(reminder: Reminder, instalment: Instalment) -> ev.Event:
    """What the dialogue is told when ``reminder`` goes out:
    it words the message and its buttons."""
    if reminder.kind == PAID:
        return ev.Paid(instalment.number)
    return ev.Reminder(
        reminder.kind,
        instalment.number,
        instalment.due_date,
        instalment.amount - instalment.paid_amount,
    )


# --- the sender protocol -----------------------------------------------------------------------


class SendRetryLater(Exception):
    """The channel asked us to slow down (Telegram 429)."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"retry after {retry_after} s")
        self.retry_after = float(retry_after)


class SendForbidden(Exception):
    """The cardholder blocked the bot or the chat is gone (Telegram 403)."""


class SendFailed(Exception):
    """A server error or a network problem (5xx, timeout); worth trying again later."""


class ReminderSender(Protocol):
    async def send_reminder(
        self,
        cardholder: Cardholder,
        reminder: Reminder,
        instalment: Instalment,
        agreement: Agreement,
        account: Account,
    ) -> None: ...


# --- planning ----------------------------------------------------------------------------------


def local_to_utc(day: date, at: time, timezone: str) -> datetime:
    """``day`` at local ``at`` in ``timezone`` as aware UTC.

    A time that does not exist (spring-forward gap) moves forward to the first minute that does;
    an ambiguous one (fall-back) is its first occurrence.
    """
    zone = ZoneInfo(timezone)
    naive = datetime.combine(day, at.replace(tzinfo=None, fold=0))
    for minutes in range(0, 24 * 60):
        wall = naive + timedelta(minutes=minutes)
        if minutes:
            wall = wall.replace(second=0, microsecond=0)
        candidate = wall.replace(tzinfo=zone)  # fold=0: the first occurrence
        if candidate.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == wall:
            return candidate.astimezone(UTC)
    raise ValueError(f"no valid local time after {naive} in {timezone}")  # pragma: no cover


def in_quiet_hours(local: time, quiet_start: time, quiet_end: time) -> bool:
    """Whether a local wall time falls in quiet hours ``[start, end)``, which may span midnight."""
    if quiet_start == quiet_end:
        return False
    if quiet_start < quiet_end:
        return quiet_start <= local < quiet_end
    return local >= quiet_start or local < quiet_end


def next_allowed(
    moment_utc: datetime,
    timezone: str,
    quiet_start: time = time(21, 0),
    quiet_end: time = time(8, 0),
) -> datetime:
    """``moment_utc`` itself if allowed, else the end of the quiet hours it falls in (aware UTC)."""
    if moment_utc.tzinfo is None:
        raise ValueError("moment_utc must be aware")
    local = moment_utc.astimezone(ZoneInfo(timezone))
    wall = local.time().replace(tzinfo=None)
    if not in_quiet_hours(wall, quiet_start, quiet_end):
        return moment_utc.astimezone(UTC)
    day = local.date()
    if quiet_start > quiet_end and wall >= quiet_start:
        day += timedelta(days=1)  # evening part of quiet hours that run past midnight
    return local_to_utc(day, quiet_end, timezone)


def plan_reminders(
    instalment: Instalment, *, timezone: str, settings: RemindersConfig
) -> list[tuple[str, datetime]]:
    """The reminders one instalment gets: ``(kind, due_at in aware UTC)``, in time order."""
    return list(_plan(instalment.due_date, timezone, settings))


def _plan(due: date, timezone: str, settings: RemindersConfig) -> tuple[tuple[str, datetime], ...]:
    """:func:`plan_reminders` for an instalment due on ``due``."""
    return _planned(
        due,
        timezone,
        settings.days_before,
        settings.on_due_day,
        settings.grace_days,
        settings.send_at,
        settings.quiet_start,
        settings.quiet_end,
    )


@lru_cache(maxsize=16_384)
def _planned(
    due: date,
    timezone: str,
    days_before: int,
    on_due_day: bool,
    grace_days: int,
    send_at: time,
    quiet_start: time,
    quiet_end: time,
) -> tuple[tuple[str, datetime], ...]:
    """The moments for one due date, kept: agreements made on the same day share their due dates,
    and an agreement of 60 payments would otherwise make 180 time-zone conversions."""
    days: list[tuple[str, date]] = []
    if days_before > 0:
        days.append((BEFORE, due - timedelta(days=days_before)))
    if on_due_day:
        days.append((DUE, due))
    days.append((FOLLOWUP, due + timedelta(days=grace_days)))
    return tuple(
        (kind, next_allowed(local_to_utc(day, send_at, timezone), timezone, quiet_start, quiet_end))
        for kind, day in days
    )


#: All of an agreement's reminders in one statement (an agreement of 60 payments has 180), as plain
#: rows into the table: a SQLModel object costs ~150 µs to build, the row dict next to nothing. The
#: table's column types still apply (UTCDateTime refuses naive times and stores UTC).
_REMINDERS = table_of(Reminder)


def horizon(now: datetime, timezone: str, settings: RemindersConfig) -> date:
    """The last due date that has its reminders already: ``horizon_days`` after the local today."""
    return now.astimezone(ZoneInfo(timezone)).date() + timedelta(days=settings.horizon_days)


#: Open instalments of agreements in force, due in a range, that have none of their reminders yet.
_UNREMINDED = (
    select(col(Instalment.id), col(Instalment.due_date), col(Account.timezone))
    .join(Agreement, col(Agreement.id) == Instalment.agreement_id)
    .join(Account, col(Account.id) == Agreement.account_id)
    .where(
        col(Agreement.status) == AgreementStatus.ACTIVE,
        col(Instalment.status) == InstalmentStatus.OPEN,
        col(Instalment.due_date) >= bindparam("since"),
        col(Instalment.due_date) <= bindparam("until"),
        ~exists().where(
            col(Reminder.instalment_id) == Instalment.id,
            col(Reminder.kind).in_((BEFORE, DUE, FOLLOWUP)),
        ),
    )
    .order_by(col(Instalment.due_date), col(Instalment.id))
)


def insert_reminders_once(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert reminders, leaving alone any (instalment, kind) another instance has just made."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        statement: Any = postgresql.insert(_REMINDERS)
    elif dialect == "sqlite":
        statement = sqlite.insert(_REMINDERS)
    else:
        raise NotImplementedError(f"reminders on {dialect}")
    session.execute(
        statement.on_conflict_do_nothing(index_elements=["instalment_id", "kind"]), rows
    )


def coming_reminders(
    session: Session, settings: RemindersConfig, now: datetime
) -> list[dict[str, Any]]:
    """The reminder rows missing for the instalments within the horizon.

    An instalment just past its due date is included (its follow-up may still be ahead); moments
    already past are not made (as at acceptance).
    """
    today = now.date()
    found = session.execute(
        _UNREMINDED,
        {
            "since": today - timedelta(days=settings.grace_days + 2),
            "until": today
            + timedelta(days=settings.horizon_days + 1),  # every time zone's today, then per row
        },
    ).all()
    return [
        {
            "instalment_id": instalment_id,
            "kind": kind,
            "due_at": due_at,
            "status": ReminderStatus.PENDING,
            "attempts": 0,
        }
        for instalment_id, due, timezone in found
        if due <= horizon(now, timezone, settings)
        for kind, due_at in _plan(due, timezone, settings)
        if due_at >= now
    ]


async def schedule_reminders(
    session: AsyncSession,
    agreement: Agreement,
    timezone: str,
    settings: RemindersConfig,
    *,
    now: datetime | None = None,
) -> list[dict[str, Any]]:
    """:func:`add_reminders` in an async session."""
    assert agreement.id is not None
    return await session.run_sync(add_reminders, agreement.id, timezone, settings, now=now)


def add_reminders(
    session: Session,
    agreement_id: int,
    timezone: str,
    settings: RemindersConfig,
    *,
    now: datetime | None = None,
    new_instalments: Sequence[tuple[int, date]] | None = None,
    until: date | None = None,
) -> list[dict[str, Any]]:
    """Insert the reminders of every open instalment of agreement ``agreement_id``; returns the
    rows inserted (``instalment_id``, ``kind``, ``due_at``, ``status``, ``attempts``; no ids).

    Idempotent: a kind an instalment already has is left alone. With ``now``, reminders whose
    moment has already passed are not created. ``new_instalments`` (id and due date) are the
    instalments of an agreement just written, which have no reminders yet: nothing is read.
    With ``until``, only instalments due by then: the rest come with
    :meth:`ReminderDispatcher.top_up`. Only executes; the caller commits the transaction.
    """
    instalments: dict[int, tuple[date, InstalmentStatus]] = {}
    existing: set[tuple[int, str]] = set()
    if new_instalments is not None:
        instalments = {
            instalment_id: (due, InstalmentStatus.OPEN) for instalment_id, due in new_instalments
        }
    else:
        # The instalments and the kinds each already has, in one query:
        # a row per (instalment, kind).
        for instalment_id, due, status, kind in session.execute(
            select(
                col(Instalment.id),
                col(Instalment.due_date),
                col(Instalment.status),
                col(Reminder.kind),
            )
            .outerjoin(Reminder, col(Reminder.instalment_id) == Instalment.id)
            .where(col(Instalment.agreement_id) == agreement_id)
            .order_by(col(Instalment.number))
        ).tuples():
            assert instalment_id is not None  # a key read from the table
            instalments[instalment_id] = (due, status)
            if kind is not None:
                existing.add((instalment_id, kind))
    rows: list[dict[str, Any]] = []
    for instalment_id, (due, status) in instalments.items():
        if status is InstalmentStatus.PAID or (until is not None and due > until):
            continue
        for kind, due_at in _plan(due, timezone, settings):
            if (instalment_id, kind) in existing or (now is not None and due_at < now):
                continue
            rows.append(
                {
                    "instalment_id": instalment_id,
                    "kind": kind,
                    "due_at": due_at,
                    "status": ReminderStatus.PENDING,
                    "attempts": 0,
                }
            )
    if rows:
        session.execute(insert(_REMINDERS), rows)
    log.info("agreement %s: %d reminders scheduled", agreement_id, len(rows))
    return rows


# --- rate limiting -----------------------------------------------------------------------------


class RateLimiter:
    """Spaces sends: ``1 / rate`` apart overall, ``per_chat_interval`` apart per chat."""

    def __init__(
        self,
        rate_per_second: float,
        per_chat_interval: float,
        *,
        monotonic: Callable[[], float] = _time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.spacing = 1.0 / rate_per_second
        self.per_chat_interval = per_chat_interval
        self.monotonic = monotonic
        self.sleep = sleep
        self._next_global = float("-inf")
        self._next_chat: dict[int, float] = {}

    async def acquire(self, chat_id: int) -> None:
        now = self.monotonic()
        start = max(now, self._next_global, self._next_chat.get(chat_id, float("-inf")))
        self._next_global = (
            start + self.spacing
        )  # reserve before sleeping: concurrent callers queue up
        self._next_chat[chat_id] = start + self.per_chat_interval
        if start > now:
            await self.sleep(start - now)
        if len(self._next_chat) > 10_000:
            current = self.monotonic()
            self._next_chat = {k: v for k, v in self._next_chat.items() if v > current}

    def pause(self, seconds: float) -> None:
        """Send nothing for ``seconds`` (the channel said 429)."""
        self._next_global = max(self._next_global, self.monotonic() + seconds)


# --- dispatching -------------------------------------------------------------------------------


@dataclass
class DispatchReport:
    sent: int = 0
    skipped: int = 0
    postponed: int = 0
    retried: int = 0  # back to pending after 429 or a failure
    failed: int = 0
    lost_race: int = 0  # claimed by another instance first
    stale_claims: int = 0  # marked FAILED: unknown outcome after restart
    made: int = 0  # reminders made for instalments that came within the horizon


@asynccontextmanager
async def _no_wait() -> AsyncIterator[None]:
    yield


@dataclass
class _Context:
    reminder: Reminder
    instalment: Instalment
    agreement: Agreement
    conversation: Conversation
    cardholder: Cardholder
    account: Account


class ReminderDispatcher:
    """Sends the reminders that are due, at most once each. Run one loop per instance."""

    def __init__(
        self,
        db: Database,
        settings: RemindersConfig,
        clock: Clock,
        sender: ReminderSender,
        instance_id: str,
        *,
        monotonic: Callable[[], float] = _time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        limiter: RateLimiter | None = None,
        writing: Callable[[], AbstractAsyncContextManager[None]] | None = None,
        concurrency: int = CONCURRENCY,
        changed: Callable[[int], None] | None = None,
    ) -> None:
        self.db = db
        self.settings = settings
        self.clock = clock
        self.sender = sender
        self.instance_id = instance_id[:64]
        self.sleep = sleep
        self.limiter = limiter or RateLimiter(
            settings.send_rate_per_second,
            settings.per_chat_interval_seconds,
            monotonic=monotonic,
            sleep=sleep,
        )
        # The instance's turn to write (the runtime's, on SQLite): writers queue instead of
        # meeting a locked file.
        self.writing = writing or _no_wait
        self.concurrency = concurrency
        #: Told the id of a conversation handed to a person here
        #: (the assistant forgets what it knew).
        self.changed = changed or (lambda conversation_id: None)
        self._next_top_up: datetime | None = None

    async def run_forever(self, stop_event: asyncio.Event) -> None:
        """``run_once`` every ``poll_seconds`` until ``stop_event`` is set;
        errors are logged, not fatal."""
        while not stop_event.is_set():
            try:
                await self.run_once()
            except Exception:
                log.exception(
                    "reminder dispatch failed; trying again in %s s", self.settings.poll_seconds
                )
            if stop_event.is_set():
                break
            sleeper = asyncio.ensure_future(self.sleep(self.settings.poll_seconds))
            stopper = asyncio.ensure_future(stop_event.wait())
            try:
                await asyncio.wait({sleeper, stopper}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for task in (sleeper, stopper):
                    if not task.done():
                        task.cancel()
                await asyncio.gather(sleeper, stopper, return_exceptions=True)

    async def run_once(self) -> DispatchReport:
        report = DispatchReport()
        report.stale_claims = await self.expire_stale_claims()
        report.made = await self.top_up()
        seen: set[int] = set()
        turns = asyncio.Semaphore(self.concurrency)  # shared: a batch is over before the next

        async def one_cardholder(reminder_ids: list[int]) -> None:
            async with turns:
                for reminder_id in reminder_ids:
                    await self._process(reminder_id, report)

        while True:  # batch after batch until nothing due is left (a postponed one moves to later)
            batch = [(rid, who) for rid, who in await self._candidates() if rid not in seen]
            if not batch:
                return report
            seen.update(rid for rid, _ in batch)
            # One cardholder's reminders in order, one after the other; cardholders side by side.
            per_cardholder: dict[int, list[int]] = {}
            for reminder_id, cardholder_id in batch:
                per_cardholder.setdefault(cardholder_id, []).append(reminder_id)
            await asyncio.gather(*(one_cardholder(ids) for ids in per_cardholder.values()))

    async def top_up(self) -> int:
        """Reminders for the instalments that came within the horizon,
        at most every :data:`TOP_UP_EVERY`."""
        now = self.clock.now()
        if self._next_top_up is not None and now < self._next_top_up:
            return 0
        # Looked up outside the writer's turn (on a large book it reads many instalments); what
        # another instance makes meanwhile is left alone by the insert.
        async with self.db.session() as session:
            rows = await session.run_sync(coming_reminders, self.settings, now)
        if rows:
            async with self.writing(), self.db.session() as session, session.begin():
                await session.run_sync(insert_reminders_once, rows)
            log.info(
                "%d reminders made for instalments now within %d days",
                len(rows),
                self.settings.horizon_days,
            )
        self._next_top_up = now + TOP_UP_EVERY
        return len(rows)

    async def expire_stale_claims(self) -> int:
        """Settle claims older than the lease (a crash between claim and outcome)
        from the transcript.

        The reminder's own messages say how far it got: none written, so nothing was sent (pending
        again); all delivered with their Telegram ids (sent); written but not known delivered
        (failed: the outcome is unknown, and a second message is worse than none).
        """
        now = self.clock.now()
        async with self.db.session() as session, session.begin():
            ids = list(
                (
                    await session.execute(
                        select(col(Reminder.id)).where(
                            col(Reminder.status) == ReminderStatus.CLAIMED,
                            col(Reminder.claimed_at) < now - CLAIM_LEASE,
                        )
                    )
                ).scalars()
            )
        expired = 0
        for reminder_id in ids:
            async with self.writing(), self.db.session() as session, session.begin():
                written = (
                    await session.execute(
                        select(
                            col(TranscriptMessage.telegram_message_id), col(TranscriptMessage.at)
                        ).where(
                            col(TranscriptMessage.reminder_id) == reminder_id,
                            col(TranscriptMessage.direction) == Direction.OUT,
                        )
                    )
                ).all()
                if not written:
                    values: dict[str, object] = {
                        "status": ReminderStatus.PENDING,
                        "last_error": NOTHING_WRITTEN,
                    }
                elif all(message_id is not None for message_id, _ in written):
                    values = {
                        "status": ReminderStatus.SENT,
                        "sent_at": max(at for _, at in written),
                        "last_error": None,
                    }
                else:
                    values = {"status": ReminderStatus.FAILED, "last_error": UNKNOWN_OUTCOME}
                result = await session.execute(
                    update(Reminder)
                    .where(
                        col(Reminder.id) == reminder_id,
                        col(Reminder.status) == ReminderStatus.CLAIMED,
                        col(Reminder.claimed_at) < now - CLAIM_LEASE,
                    )
                    .values(**values)
                    .execution_options(synchronize_session=False)
                )
            if rowcount(result) == 1:
                expired += 1
                log.warning(
                    "reminder %s: claim expired; now %s (%s)",
                    reminder_id,
                    values["status"],
                    values["last_error"] or "delivered before the crash",
                )
        return expired

    async def _candidates(self) -> list[tuple[int, int]]:
        """Due reminders (id, cardholder id) held by the assistant, oldest first."""
        now = self.clock.now()
        async with self.db.session() as session, session.begin():
            query = (
                select(col(Reminder.id), col(Conversation.cardholder_id))
                .join(Instalment, col(Instalment.id) == Reminder.instalment_id)
                .join(Agreement, col(Agreement.id) == Instalment.agreement_id)
                .join(Conversation, col(Conversation.id) == Agreement.conversation_id)
                .where(
                    col(Reminder.status) == ReminderStatus.PENDING,
                    col(Reminder.due_at) <= now,
                    col(Conversation.holder) == Holder.ASSISTANT,
                )
                .order_by(col(Reminder.due_at), col(Reminder.id))
                .limit(BATCH)
            )
            if session.get_bind().dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True, of=Reminder)
            return [(row[0], row[1]) for row in await session.execute(query)]

    async def _load(self, session: AsyncSession, reminder_id: int) -> _Context | None:
        row = (
            await session.execute(
                select(Reminder, Instalment, Agreement, Conversation, Cardholder, Account)
                .join(Instalment, col(Instalment.id) == Reminder.instalment_id)
                .join(Agreement, col(Agreement.id) == Instalment.agreement_id)
                .join(Conversation, col(Conversation.id) == Agreement.conversation_id)
                .join(Cardholder, col(Cardholder.id) == Conversation.cardholder_id)
                .join(Account, col(Account.id) == Agreement.account_id)
                .where(col(Reminder.id) == reminder_id)
            )
        ).first()
        return None if row is None else _Context(*row)

    def _skip_reason(self, ctx: _Context, now: datetime) -> str | None:
        if ctx.reminder.kind == PAID:
            if ctx.agreement.status not in (AgreementStatus.ACTIVE, AgreementStatus.COMPLETED):
                return f"agreement {ctx.agreement.status.value}"
        elif ctx.instalment.status is InstalmentStatus.PAID:
            return "instalment paid"
        elif ctx.agreement.status is not AgreementStatus.ACTIVE:
            return f"agreement {ctx.agreement.status.value}"
        if ctx.cardholder.unreachable_at is not None:
            return "cardholder unreachable"
        if ctx.cardholder.reminders_stopped_at is not None:
            return "reminders stopped"
        today = now.astimezone(ZoneInfo(ctx.account.timezone)).date()
        if ctx.reminder.kind in (BEFORE, DUE) and today > ctx.instalment.due_date:
            return "stale: due date passed"
        if (
            ctx.reminder.kind == BEFORE
            and self.settings.on_due_day
            and today >= ctx.instalment.due_date
        ):
            return (
                "stale: the due-day reminder says it"  # e.g. after downtime: one message, not two
            )
        return None

    async def _postpone_to(
        self, session: AsyncSession, ctx: _Context, now: datetime
    ) -> datetime | None:
        """When the reminder may go instead of now (quiet hours, weekly cap), or ``None``."""
        s = self.settings
        zone = ctx.account.timezone
        allowed = next_allowed(now, zone, s.quiet_start, s.quiet_end)
        if allowed > now:
            return allowed
        if ctx.reminder.kind not in KINDS:
            return None  # thanks for a payment is not a reminder: the weekly cap is for reminders
        window_start = now - CAP_WINDOW
        # The cardholder's reminders by their instalments (a few hundred at most), filtered here:
        # asked for by status, the database would walk every reminder ever sent.
        instalments = (
            select(col(Instalment.id))
            .join(Agreement, col(Agreement.id) == Instalment.agreement_id)
            .where(col(Agreement.conversation_id) == ctx.conversation.id)
        )
        rows = (
            await session.execute(
                select(col(Reminder.kind), col(Reminder.status), col(Reminder.sent_at)).where(
                    col(Reminder.instalment_id).in_(instalments)
                )
            )
        ).all()
        sent = sorted(
            r.sent_at
            for r in rows
            if r.status is ReminderStatus.SENT and r.kind in KINDS and r.sent_at > window_start
        )
        if len(sent) >= s.weekly_cap:
            # Once the (count - cap + 1) oldest have left the window, one more fits.
            free_at = sent[len(sent) - s.weekly_cap] + CAP_WINDOW
            return next_allowed(free_at, zone, s.quiet_start, s.quiet_end)
        return None

    async def _process(self, reminder_id: int, report: DispatchReport) -> None:
        now = self.clock.now()
        # Look, decide and claim in one transaction:
        # a reminder that goes is claimed before it is sent.
        async with self.writing(), self.db.session() as session, session.begin():
            ctx = await self._load(session, reminder_id)
            if (
                ctx is None
                or ctx.reminder.status is not ReminderStatus.PENDING
                or ctx.reminder.due_at > now
            ):
                return
            if ctx.conversation.holder is not Holder.ASSISTANT:
                return  # held by a person: stays pending, looked at again after the hand-back
            reason = self._skip_reason(ctx, now)
            if reason is not None:
                if await self._set_if_pending(
                    session, reminder_id, status=ReminderStatus.SKIPPED, last_error=reason
                ):
                    report.skipped += 1
                    log.info(
                        "reminder %s (agreement %s) skipped: %s",
                        reminder_id,
                        ctx.agreement.id,
                        reason,
                    )
                return
            later = await self._postpone_to(session, ctx, now)
            if later is not None:
                if await self._set_if_pending(session, reminder_id, due_at=later):
                    report.postponed += 1
                    log.info("reminder %s postponed to %s", reminder_id, later.isoformat())
                return
            if not await self._claim(session, reminder_id, now):
                report.lost_race += 1
                return
        await self.limiter.acquire(ctx.cardholder.chat_id)
        ctx.reminder.status = ReminderStatus.CLAIMED
        ctx.reminder.attempts += 1
        try:
            await self.sender.send_reminder(
                ctx.cardholder, ctx.reminder, ctx.instalment, ctx.agreement, ctx.account
            )
        except SendRetryLater as exc:
            self.limiter.pause(exc.retry_after)
            await self._record(
                reminder_id,
                status=ReminderStatus.PENDING,
                due_at=self.clock.now() + timedelta(seconds=exc.retry_after),
                attempts=Reminder.attempts - 1,
                last_error="rate limited (429)",
            )
            report.retried += 1
            log.info("reminder %s: rate limited, retry in %s s", reminder_id, exc.retry_after)
        except SendForbidden:
            await self._forbidden(ctx)
            report.failed += 1
        except SendFailed as exc:
            await self._failed(ctx, exc, report)
        except Exception as exc:  # a bug in the sender: outcome unknown, so never re-send
            log.exception("reminder %s: unexpected error from the sender", reminder_id)
            await self._record(
                reminder_id,
                status=ReminderStatus.FAILED,
                last_error=f"unexpected error: {type(exc).__name__}",
            )
            report.failed += 1
        else:
            if await self._record(
                reminder_id, status=ReminderStatus.SENT, sent_at=self.clock.now(), last_error=None
            ):
                report.sent += 1
                log.info("reminder %s (agreement %s) sent", reminder_id, ctx.agreement.id)
            else:
                log.warning("reminder %s sent but its claim had been expired", reminder_id)

    async def _set_if_pending(
        self, session: AsyncSession, reminder_id: int, **values: object
    ) -> bool:
        result = await session.execute(
            update(Reminder)
            .where(col(Reminder.id) == reminder_id, col(Reminder.status) == ReminderStatus.PENDING)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        return rowcount(result) == 1

    async def _claim(self, session: AsyncSession, reminder_id: int, now: datetime) -> bool:
        result = await session.execute(
            update(Reminder)
            .where(col(Reminder.id) == reminder_id, col(Reminder.status) == ReminderStatus.PENDING)
            .values(
                status=ReminderStatus.CLAIMED,
                claimed_at=now,
                claimed_by=self.instance_id,
                attempts=col(Reminder.attempts) + 1,
            )
            .execution_options(synchronize_session=False)
        )
        return rowcount(result) == 1

    async def _record(self, reminder_id: int, **values: object) -> bool:
        """The outcome of our own claim; ``False`` if the claim is no longer ours."""
        async with self.writing(), self.db.session() as session, session.begin():
            result = await session.execute(
                update(Reminder)
                .where(
                    col(Reminder.id) == reminder_id,
                    col(Reminder.status) == ReminderStatus.CLAIMED,
                    col(Reminder.claimed_by) == self.instance_id,
                )
                .values(**values)
                .execution_options(synchronize_session=False)
            )
        return rowcount(result) == 1

    async def _forbidden(self, ctx: _Context) -> None:
        now = self.clock.now()
        reminder_id, conversation_id = id_of(ctx.reminder), id_of(ctx.conversation)
        async with self.writing(), self.db.session() as session, session.begin():
            await session.execute(
                update(Reminder)
                .where(
                    col(Reminder.id) == reminder_id,
                    col(Reminder.status) == ReminderStatus.CLAIMED,
                    col(Reminder.claimed_by) == self.instance_id,
                )
                .values(
                    status=ReminderStatus.FAILED,
                    last_error="forbidden (403): cardholder unreachable",
                )
                .execution_options(synchronize_session=False)
            )
            await session.execute(
                update(Cardholder)
                .where(
                    col(Cardholder.id) == ctx.cardholder.id,
                    col(Cardholder.unreachable_at).is_(None),
                )
                .values(unreachable_at=now)
                .execution_options(synchronize_session=False)
            )
            # Bumping the version makes a dialogue step saved concurrently retry on the new holder.
            await session.execute(
                update(Conversation)
                .where(
                    col(Conversation.id) == conversation_id,
                    col(Conversation.holder) == Holder.ASSISTANT,
                )
                .values(
                    holder=Holder.QUEUED,
                    handoff_reason="unreachable",
                    handoff_at=now,
                    version=col(Conversation.version) + 1,
                    updated_at=now,
                )
                .execution_options(synchronize_session=False)
            )
        self.changed(conversation_id)
        log.warning(
            "reminder %s: forbidden; cardholder %s unreachable, "
            "conversation %s queued for a person",
            reminder_id,
            ctx.cardholder.id,
            conversation_id,
        )

    async def _failed(self, ctx: _Context, exc: SendFailed, report: DispatchReport) -> None:
        reminder_id = id_of(ctx.reminder)
        attempts = ctx.reminder.attempts
        error = f"send failed: {exc}"[:200]
        if attempts >= self.settings.max_attempts:
            await self._record(
                reminder_id,
                status=ReminderStatus.FAILED,
                last_error=f"gave up after {attempts} attempts: {exc}"[:200],
            )
            report.failed += 1
            log.warning("reminder %s: gave up after %d attempts", reminder_id, attempts)
            return
        delay = BACKOFF_BASE_SECONDS * 2 ** (attempts - 1)
        await self._record(
            reminder_id,
            status=ReminderStatus.PENDING,
            due_at=self.clock.now() + timedelta(seconds=delay),
            last_error=error,
        )
        report.retried += 1
        log.warning(
            "reminder %s: send failed (attempt %d), retry in %s s", reminder_id, attempts, delay
        )
