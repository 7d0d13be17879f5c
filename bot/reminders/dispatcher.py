"""The reminder loop: sends the reminders that are due, each at most once, at a rate the channel
accepts. One loop per instance; the rate is one budget for all of them (``budget.py``).

Per due reminder, oldest first, in one transaction (``Database.write``), nothing awaited in it:

* SKIPPED (reason in ``last_error``) when the instalment is paid, the agreement is not in force,
  the cardholder is unreachable (a 403 earlier) or stopped reminders (resuming affects only
  reminders falling due afterwards: nothing is caught up after the cardholder asked for quiet),
  or the reminder is stale (:func:`~dialogs.domain.reminding.stale_reason`).
* Postponed (``due_at`` moved, still pending) in the cardholder's quiet hours, or while the weekly
  cap is full (thanks for a payment is no reminder: the cap neither counts nor holds it).
* Otherwise claimed, and committed. Then, outside any transaction: the rate limiter, the send,
  and the outcome recorded in a transaction of its own.

Cardholders are served side by side (``concurrency``), each cardholder's reminders one after the
other, in order.

Failures: ``SendRetryLater`` (429): pending again at ``now + retry_after``, not counted as an
attempt, and the limiter pauses everything for ``retry_after``. ``SendForbidden`` (403): FAILED,
the cardholder unreachable, the conversation queued for a person. ``SendFailed`` (5xx, network):
pending again after ``30 s * 2 ** (attempts - 1)`` until ``max_attempts``, then FAILED. Any other
exception from the sender: FAILED at once (the outcome is unknown, so never re-sent). A
``CancelledError`` or other ``BaseException`` leaves the claim to expire
(:func:`~bot.reminders.storage.settle_expired_claim`).

Logs carry reminder, agreement and cardholder ids only: never names, card digits or texts.
"""

from __future__ import annotations

import asyncio
import logging
import time as _time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy.orm import Session

from bot.clock import Clock
from bot.config import RemindersConfig
from bot.reminders.budget import SharedRateLimiter
from bot.reminders.storage import (
    ReminderContext,
    claim_reminder,
    coming_reminders,
    due_reminders,
    expired_claims,
    insert_reminders_once,
    load_reminder,
    record_outcome,
    record_unreachable,
    sent_reminder_times,
    set_if_pending,
    settle_expired_claim,
)
from bot.storage.db import Database
from bot.storage.models import (
    Account,
    Agreement,
    AgreementStatus,
    Cardholder,
    Holder,
    Instalment,
    InstalmentStatus,
    Reminder,
    ReminderStatus,
    id_of,
)
from dialogs import events as ev
from dialogs.domain.reminding import (
    KINDS,
    PAID,
    next_allowed,
    stale_reason,
    weekly_cap_lifts_at,
)

log = logging.getLogger(__name__)

BACKOFF_BASE_SECONDS = 30.0
#: Cardholders whose reminders are being sent at once (each cardholder's one after the other).
CONCURRENCY = 16
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
    """Sends one claimed reminder; raises ``Send*`` to say how it failed."""

    async def send_reminder(
        self,
        cardholder: Cardholder,
        reminder: Reminder,
        instalment: Instalment,
        agreement: Agreement,
        account: Account,
    ) -> None: ...


# --- rate limiting -----------------------------------------------------------------------------


class Limiter(Protocol):
    """What the dispatcher waits on before each send."""

    async def acquire(self, chat_id: int) -> None: ...

    async def pause(self, seconds: float) -> None: ...


class RateLimiter:
    """Spaces sends: ``1 / rate`` apart overall, ``per_chat_interval`` apart per chat, in this
    process alone (on an injectable monotonic clock and sleep): for measuring, and for tests.
    The dispatcher's own is :class:`~bot.reminders.budget.SharedRateLimiter`, whose rate is one
    budget for every instance.
    """

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
        # Reserved before sleeping: concurrent callers queue up.
        self._next_global = start + self.spacing
        self._next_chat[chat_id] = start + self.per_chat_interval
        if start > now:
            await self.sleep(start - now)
        if len(self._next_chat) > 10_000:
            current = self.monotonic()
            self._next_chat = {k: v for k, v in self._next_chat.items() if v > current}

    async def pause(self, seconds: float) -> None:
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
    stale_claims: int = 0  # expired claims settled from the transcript
    made: int = 0  # reminders made for instalments that came within the horizon


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
        wall: Callable[[], float] = _time.time,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        limiter: Limiter | None = None,
        concurrency: int = CONCURRENCY,
        changed: Callable[[int], None] | None = None,
    ) -> None:
        self.db = db
        self.settings = settings
        self.timing = settings.to_timing()
        self.clock = clock
        self.sender = sender
        self.instance_id = instance_id[:64]
        self.sleep = sleep
        self.limiter: Limiter = limiter or SharedRateLimiter(
            db,
            settings.send_rate_per_second,
            settings.per_chat_interval_seconds,
            wall=wall,
            sleep=sleep,
        )
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
            due = await self.db.read(due_reminders, self.clock.now())
            batch = [(rid, who) for rid, who in due if rid not in seen]
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
        # Looked up in a read (on a large book it reads many instalments); what another instance
        # makes meanwhile is left alone by the insert.
        rows = await self.db.read(coming_reminders, self.settings, now)
        if rows:
            await self.db.write(insert_reminders_once, rows)
            log.info(
                "%d reminders made for instalments now within %d days",
                len(rows),
                self.settings.horizon_days,
            )
        self._next_top_up = now + TOP_UP_EVERY
        return len(rows)

    async def expire_stale_claims(self) -> int:
        """Settle the claims older than the lease from the transcript, each in a transaction of
        its own; how many were settled."""
        now = self.clock.now()
        expired = 0
        for reminder_id in await self.db.read(expired_claims, now):
            values = await self.db.write(settle_expired_claim, reminder_id, now)
            if values is not None:
                expired += 1
                log.warning(
                    "reminder %s: claim expired; now %s (%s)",
                    reminder_id,
                    values["status"],
                    values["last_error"] or "delivered before the crash",
                )
        return expired

    def _skip_reason(self, ctx: ReminderContext, now: datetime) -> str | None:
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
        return stale_reason(
            ctx.reminder.kind, ctx.instalment.due_date, now, ctx.account.timezone, self.timing
        )

    def _postpone_to(
        self, session: Session, ctx: ReminderContext, now: datetime
    ) -> datetime | None:
        """When the reminder may go instead of now (quiet hours, weekly cap), or ``None``."""
        t, zone = self.timing, ctx.account.timezone
        allowed = next_allowed(now, zone, t.quiet_start, t.quiet_end)
        if allowed > now:
            return allowed
        if ctx.reminder.kind not in KINDS:
            return None  # thanks for a payment is not a reminder: the weekly cap is for reminders
        sent = sent_reminder_times(session, id_of(ctx.conversation))
        return weekly_cap_lifts_at(sent, now, zone, t)

    def _decide(
        self, session: Session, reminder_id: int, now: datetime, report: DispatchReport
    ) -> ReminderContext | None:
        """Look, decide and claim in one transaction: the reminder if it is ours to send now."""
        ctx = load_reminder(session, reminder_id)
        if (
            ctx is None
            or ctx.reminder.status is not ReminderStatus.PENDING
            or ctx.reminder.due_at > now
        ):
            return None
        if ctx.conversation.holder is not Holder.ASSISTANT:
            return None  # held by a person: stays pending, looked at again after the hand-back
        reason = self._skip_reason(ctx, now)
        if reason is not None:
            if set_if_pending(
                session, reminder_id, status=ReminderStatus.SKIPPED, last_error=reason
            ):
                report.skipped += 1
                log.info(
                    "reminder %s (agreement %s) skipped: %s", reminder_id, ctx.agreement.id, reason
                )
            return None
        later = self._postpone_to(session, ctx, now)
        if later is not None:
            if set_if_pending(session, reminder_id, due_at=later):
                report.postponed += 1
                log.info("reminder %s postponed to %s", reminder_id, later.isoformat())
            return None
        if not claim_reminder(session, reminder_id, now, self.instance_id):
            report.lost_race += 1
            return None
        return ctx

    async def _process(self, reminder_id: int, report: DispatchReport) -> None:
        ctx = await self.db.write(self._decide, reminder_id, self.clock.now(), report)
        if ctx is None:
            return
        await self.limiter.acquire(ctx.cardholder.chat_id)
        ctx.reminder.status = ReminderStatus.CLAIMED  # as the claim wrote it
        ctx.reminder.attempts += 1
        try:
            await self.sender.send_reminder(
                ctx.cardholder, ctx.reminder, ctx.instalment, ctx.agreement, ctx.account
            )
        except SendRetryLater as exc:
            await self.limiter.pause(exc.retry_after)
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

    async def _record(self, reminder_id: int, **values: object) -> bool:
        return await self.db.write(record_outcome, reminder_id, self.instance_id, **values)

    async def _forbidden(self, ctx: ReminderContext) -> None:
        reminder_id, conversation_id = id_of(ctx.reminder), id_of(ctx.conversation)
        cardholder_id = id_of(ctx.cardholder)
        await self.db.write(
            record_unreachable,
            reminder_id,
            self.instance_id,
            cardholder_id,
            conversation_id,
            self.clock.now(),
        )
        self.changed(conversation_id)
        log.warning(
            "reminder %s: forbidden; cardholder %s unreachable, "
            "conversation %s queued for a person",
            reminder_id,
            cardholder_id,
            conversation_id,
        )

    async def _failed(self, ctx: ReminderContext, exc: SendFailed, report: DispatchReport) -> None:
        reminder_id = id_of(ctx.reminder)
        attempts = ctx.reminder.attempts
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
            last_error=f"send failed: {exc}"[:200],
        )
        report.retried += 1
        log.warning(
            "reminder %s: send failed (attempt %d), retry in %s s", reminder_id, attempts, delay
        )
