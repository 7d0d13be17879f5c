"""The reminders table: which rows exist, and the conditional updates that send each once.

Every function here is work for :meth:`bot.storage.db.Database.read` or
:meth:`~bot.storage.db.Database.write`: it executes on the session it is given; the caller's
transaction commits.

Rows exist ahead of time only for the instalments due within ``horizon_days`` (:func:`horizon`):
at "I agree" :func:`add_reminders` makes those, and :func:`coming_reminders` finds the rest as each
comes within the horizon, so a plan of sixty payments writes three reminders, not 180, and a
changed schedule applies to the instalments still ahead. Each ``(instalment_id, kind)`` exists
once (a unique key); :func:`insert_reminders_once` leaves alone a row another instance has just
made. No row is made for a paid instalment, nor, given ``now``, for a moment already past.

A reminder goes out once: it is claimed (``pending`` → ``claimed``, :func:`claim_reminder`) in the
transaction that decided it may go, committed before the send; the outcome is recorded in another
(:func:`record_outcome`), only if the claim is still this instance's. Every update is conditional
on the status it expects, so a second instance's attempt matches no row (several instances share
PostgreSQL; SQLite serves one). A claim older than :data:`CLAIM_LEASE` (a crash between claim and
outcome) is settled from the transcript (:func:`settle_expired_claim`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, exists, insert, select, update
from sqlalchemy.orm import Session
from sqlmodel import col

from bot.config import RemindersConfig
from bot.storage.db import insert_skipping_existing, rowcount
from bot.storage.models import (
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
    table_of,
)
from bot.storage.outbox import mark_unreachable, queue_for_person
from dialogs.domain.reminding import KINDS, plan_reminders
from dialogs.domain.vocabulary import HandoffReason

log = logging.getLogger(__name__)

#: How long a claim may stand before it is settled from the transcript: far longer than any send.
CLAIM_LEASE = timedelta(minutes=10)
#: Due reminders looked at per query.
BATCH = 500
NOTHING_WRITTEN = "claim expired before its message was written; sending again"

#: Reminders are written as plain rows into the table: a SQLModel object costs ~150 µs to build,
#: the row dict next to nothing. The table's column types still apply (UTCDateTime refuses naive
#: times and stores UTC).
_REMINDERS = table_of(Reminder)


def horizon(now: datetime, timezone: str, settings: RemindersConfig) -> date:
    """The last due date that has its reminders already: ``horizon_days`` after the local today."""
    return now.astimezone(ZoneInfo(timezone)).date() + timedelta(days=settings.horizon_days)


def _pending_row(instalment_id: int, kind: str, due_at: datetime) -> dict[str, Any]:
    return {
        "instalment_id": instalment_id,
        "kind": kind,
        "due_at": due_at,
        "status": ReminderStatus.PENDING,
        "attempts": 0,
    }


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
    With ``until``, only instalments due by then: the rest come with :func:`coming_reminders`.
    """
    timing = settings.to_timing()
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
    rows = [
        _pending_row(instalment_id, kind, due_at)
        for instalment_id, (due, status) in instalments.items()
        if status is not InstalmentStatus.PAID and (until is None or due <= until)
        for kind, due_at in plan_reminders(due, timezone, timing)
        if (instalment_id, kind) not in existing and (now is None or due_at >= now)
    ]
    if rows:
        session.execute(insert(_REMINDERS), rows)
    log.info("agreement %s: %d reminders scheduled", agreement_id, len(rows))
    return rows


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
            col(Reminder.kind).in_(KINDS),
        ),
    )
    .order_by(col(Instalment.due_date), col(Instalment.id))
)


def coming_reminders(
    session: Session, settings: RemindersConfig, now: datetime
) -> list[dict[str, Any]]:
    """The reminder rows missing for the instalments within the horizon.

    An instalment just past its due date is included (its follow-up may still be ahead); moments
    already past are not made (as at acceptance).
    """
    timing = settings.to_timing()
    today = now.date()
    found = session.execute(
        _UNREMINDED,
        {
            "since": today - timedelta(days=settings.grace_days + 2),
            # Every time zone's today, then per row.
            "until": today + timedelta(days=settings.horizon_days + 1),
        },
    ).all()
    return [
        _pending_row(instalment_id, kind, due_at)
        for instalment_id, due, timezone in found
        if due <= horizon(now, timezone, settings)
        for kind, due_at in plan_reminders(due, timezone, timing)
        if due_at >= now
    ]


def insert_reminders_once(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert reminders, leaving alone any (instalment, kind) another instance has just made."""
    session.execute(insert_skipping_existing(session, _REMINDERS, "instalment_id", "kind"), rows)


# --- sending once ------------------------------------------------------------------------------


@dataclass
class ReminderContext:
    """A reminder with the rows that decide whether it goes and that its message is made of."""

    reminder: Reminder
    instalment: Instalment
    agreement: Agreement
    conversation: Conversation
    cardholder: Cardholder
    account: Account


def due_reminders(session: Session, now: datetime) -> list[tuple[int, int]]:
    """Pending reminders due by ``now`` whose conversation the assistant holds, oldest first, at
    most :data:`BATCH`: (reminder id, cardholder id).

    One held by a person is not even selected: it stays pending until the conversation is handed
    back. On PostgreSQL rows another instance is claiming are skipped (``SKIP LOCKED``); the
    conditional claim is what guarantees exclusivity, on every backend.
    """
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
    return [(row[0], row[1]) for row in session.execute(query)]


def load_reminder(session: Session, reminder_id: int) -> ReminderContext | None:
    row = session.execute(
        select(Reminder, Instalment, Agreement, Conversation, Cardholder, Account)
        .join(Instalment, col(Instalment.id) == Reminder.instalment_id)
        .join(Agreement, col(Agreement.id) == Instalment.agreement_id)
        .join(Conversation, col(Conversation.id) == Agreement.conversation_id)
        .join(Cardholder, col(Cardholder.id) == Conversation.cardholder_id)
        .join(Account, col(Account.id) == Agreement.account_id)
        .where(col(Reminder.id) == reminder_id)
    ).first()
    return None if row is None else ReminderContext(*row)


def sent_reminder_times(session: Session, conversation_id: int) -> list[datetime]:
    """When the reminders of a conversation were sent (thanks for a payment not among them)."""
    # By the conversation's instalments (a few hundred at most), filtered here: asked for by
    # status, the database would walk every reminder ever sent.
    instalments = (
        select(col(Instalment.id))
        .join(Agreement, col(Agreement.id) == Instalment.agreement_id)
        .where(col(Agreement.conversation_id) == conversation_id)
    )
    rows = session.execute(
        select(col(Reminder.kind), col(Reminder.status), col(Reminder.sent_at)).where(
            col(Reminder.instalment_id).in_(instalments)
        )
    ).all()
    return [
        r.sent_at
        for r in rows
        if r.status is ReminderStatus.SENT and r.kind in KINDS and r.sent_at is not None
    ]


def set_if_pending(session: Session, /, reminder_id: int, **values: object) -> bool:
    """Skip or postpone a reminder that is still pending; ``False`` if it no longer is."""
    result = session.execute(
        update(Reminder)
        .where(col(Reminder.id) == reminder_id, col(Reminder.status) == ReminderStatus.PENDING)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return rowcount(result) == 1


def claim_reminder(session: Session, reminder_id: int, now: datetime, instance_id: str) -> bool:
    """Make a pending reminder this instance's to send; ``False`` if another has it."""
    result = session.execute(
        update(Reminder)
        .where(col(Reminder.id) == reminder_id, col(Reminder.status) == ReminderStatus.PENDING)
        .values(
            status=ReminderStatus.CLAIMED,
            claimed_at=now,
            claimed_by=instance_id,
            attempts=col(Reminder.attempts) + 1,
        )
        .execution_options(synchronize_session=False)
    )
    return rowcount(result) == 1


def record_outcome(
    session: Session, /, reminder_id: int, instance_id: str, **values: object
) -> bool:
    """The outcome of this instance's claim; ``False`` if the claim is no longer ours."""
    result = session.execute(
        update(Reminder)
        .where(
            col(Reminder.id) == reminder_id,
            col(Reminder.status) == ReminderStatus.CLAIMED,
            col(Reminder.claimed_by) == instance_id,
        )
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return rowcount(result) == 1


def record_unreachable(
    session: Session,
    reminder_id: int,
    instance_id: str,
    cardholder_id: int,
    conversation_id: int,
    now: datetime,
) -> None:
    """The cardholder blocked the bot: the reminder failed, the cardholder is unreachable, and
    the conversation is queued for a person unless a person already has it."""
    record_outcome(
        session,
        reminder_id,
        instance_id,
        status=ReminderStatus.FAILED,
        last_error="forbidden (403): cardholder unreachable",
    )
    mark_unreachable(session, cardholder_id, now)
    queue_for_person(session, conversation_id, HandoffReason.UNREACHABLE, now)


def expired_claims(session: Session, now: datetime) -> list[int]:
    """Reminders claimed longer than :data:`CLAIM_LEASE` ago: a crash between claim and outcome."""
    return list(
        session.scalars(
            select(col(Reminder.id)).where(
                col(Reminder.status) == ReminderStatus.CLAIMED,
                col(Reminder.claimed_at) < now - CLAIM_LEASE,
            )
        )
    )


def settle_expired_claim(
    session: Session, reminder_id: int, now: datetime
) -> dict[str, object] | None:
    """Settle an expired claim from the transcript; the values set, or ``None`` if it was no
    longer an expired claim.

    The dialogue step that words a reminder writes its messages tagged with the reminder's id, in
    the transcript and in the outbox, in one transaction. None written: nothing went out, so it is
    pending again and sent once. Written: the outbox delivers them (and fails the reminder if it
    cannot), so the reminder is sent, whether or not Telegram has taken them yet.
    """
    written = session.execute(
        select(col(TranscriptMessage.telegram_message_id), col(TranscriptMessage.at)).where(
            col(TranscriptMessage.reminder_id) == reminder_id,
            col(TranscriptMessage.direction) == Direction.OUT,
        )
    ).all()
    values: dict[str, object]
    if not written:
        values = {"status": ReminderStatus.PENDING, "last_error": NOTHING_WRITTEN}
    else:
        values = {
            "status": ReminderStatus.SENT,
            "sent_at": max(at for _, at in written),
            "last_error": None,
        }
    result = session.execute(
        update(Reminder)
        .where(
            col(Reminder.id) == reminder_id,
            col(Reminder.status) == ReminderStatus.CLAIMED,
            col(Reminder.claimed_at) < now - CLAIM_LEASE,
        )
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return values if rowcount(result) == 1 else None
