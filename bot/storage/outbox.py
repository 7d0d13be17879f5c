"""The outbox table: what is owed to a chat, written with the step that decided it, then settled.

Work for :meth:`bot.storage.db.Database.write` / ``read``, like the other storage modules. A row
is *queued* (:func:`queue_messages`) in the step's own transaction, so a reply exists exactly when
its step does; the sender (``bot/channels/telegram/outbox.py``) delivers a chat's rows in order
and settles each: delivered (with Telegram's id, which its transcript rows learn), postponed for a
retry, or given up — unreachable (403), refused (400) or failed (too old) — when the conversation
goes to a person and a reminder it carried counts as failed.

Rows are leased: the instance that writes one holds it for :data:`LEASE`; another instance takes
a chat's rows (:func:`lease_chat`) only when no live lease of someone else is on them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session
from sqlmodel import col

from bot.storage.db import rowcount
from bot.storage.models import (
    Cardholder,
    Conversation,
    Holder,
    OutboxMessage,
    OutboxStatus,
    Reminder,
    ReminderStatus,
    TranscriptMessage,
    table_of,
)

_OUTBOX = table_of(OutboxMessage)
_TRANSCRIPT = table_of(TranscriptMessage)
_NEW = insert(_OUTBOX).returning(_OUTBOX.c.id)
_PENDING = OutboxStatus.PENDING.value
#: How long a row is its sender's: enough for Telegram's slowest answer and a flood-control wait.
LEASE = timedelta(minutes=2)
ERROR_LENGTH = 200
#: How long settled rows are kept (they repeat the transcript's texts): delivered ones a week,
#: the others a month, for operators to look into.
KEEP_DELIVERED = timedelta(days=7)
KEEP_UNDELIVERED = timedelta(days=30)

_DELIVERED = (
    update(_OUTBOX)
    .where(_OUTBOX.c.id == bindparam("row_id"), _OUTBOX.c.status == _PENDING)
    .values(
        status=OutboxStatus.DELIVERED.value,
        message_id=bindparam("message_id"),
        settled_at=bindparam("now"),
        lease_holder=None,
        lease_until=None,
    )
)
_STAMPED = (
    update(_TRANSCRIPT)
    .where(_TRANSCRIPT.c.id == bindparam("transcript_id"))
    .values(telegram_message_id=bindparam("message_id"))
)


@dataclass(frozen=True, slots=True)
class Owed:
    """A pending row, as its sender needs it."""

    id: int
    chat_id: int
    cardholder_id: int | None
    conversation_id: int | None
    reminder_id: int | None
    kind: str
    text: str | None
    keyboard: str | None
    target_message_id: int | None
    agreement_id: int | None
    transcript_ids: list[int]
    attempts: int
    not_before: datetime
    lease_holder: str | None
    lease_until: datetime | None
    created_at: datetime


_OWED_COLUMNS = [_OUTBOX.c[name] for name in Owed.__dataclass_fields__]


@dataclass(frozen=True, slots=True)
class Delivered:
    """A row Telegram took: its message id, for the row and the transcript rows it carries."""

    row_id: int
    message_id: int
    transcript_ids: Sequence[int]


def queue_messages(session: Session, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Add rows (every column but the key and the settlement's); their ids, in order."""
    if not rows:
        return []
    return sorted(session.connection().scalars(_NEW, list(rows)))


_OWED = (
    select(*_OWED_COLUMNS)
    .where(_OUTBOX.c.chat_id == bindparam("chat_id"), _OUTBOX.c.status == _PENDING)
    .order_by(_OUTBOX.c.id)
    .limit(bindparam("limit"))
)


def owed_to_chat(session: Session, chat_id: int, limit: int) -> list[Owed]:
    """The chat's pending rows, oldest first: what it is owed, in the order it was decided."""
    rows = session.connection().execute(_OWED, {"chat_id": chat_id, "limit": limit})
    return [Owed(*row) for row in rows]


def due_chats(session: Session, holder: str, now: datetime, limit: int) -> list[int]:
    """Chats owed something due now that this sender may take: unleased, its own, or lapsed."""
    rows = session.execute(
        select(_OUTBOX.c.chat_id)
        .where(
            _OUTBOX.c.status == _PENDING,
            _OUTBOX.c.not_before <= now,
            _free_for(holder, now),
        )
        .group_by(_OUTBOX.c.chat_id)
        .order_by(func.min(_OUTBOX.c.id))
        .limit(limit)
    )
    return [chat_id for (chat_id,) in rows]


def _free_for(holder: str, now: datetime) -> Any:
    return or_(
        _OUTBOX.c.lease_until.is_(None),
        _OUTBOX.c.lease_until < now,
        _OUTBOX.c.lease_holder == holder,
    )


class ChatLeased(Exception):
    """Another sender's lease runs on rows of the chat: its order is that sender's."""


def lease_chat(session: Session, chat_id: int, holder: str, now: datetime) -> None:
    """Take the chat's pending rows for ``holder`` until ``now + LEASE``; raises
    :class:`ChatLeased` (and the transaction takes nothing) while another sender's lease runs on
    any of them.

    The update comes first and is itself conditional: of two instances taking one chat at the
    same moment on PostgreSQL, the second's update waits for the first's commit, then finds the
    rows leased and takes none."""
    session.execute(
        update(_OUTBOX)
        .where(
            _OUTBOX.c.chat_id == chat_id,
            _OUTBOX.c.status == _PENDING,
            _free_for(holder, now),
        )
        .values(lease_holder=holder, lease_until=now + LEASE)
    )
    taken = session.execute(
        select(_OUTBOX.c.id)
        .where(
            _OUTBOX.c.chat_id == chat_id,
            _OUTBOX.c.status == _PENDING,
            ~_free_for(holder, now),
        )
        .limit(1)
    ).first()
    if taken is not None:
        raise ChatLeased(chat_id)


def release_leases(session: Session, holders: Sequence[str]) -> int:
    """Lift the leases of senders known to be gone (a process of this host that has died)."""
    if not holders:
        return 0
    return rowcount(
        session.execute(
            update(_OUTBOX)
            .where(_OUTBOX.c.status == _PENDING, _OUTBOX.c.lease_holder.in_(holders))
            .values(lease_holder=None, lease_until=None)
        )
    )


def lease_holders(session: Session) -> list[str]:
    """Who holds pending rows now."""
    rows = session.execute(
        select(_OUTBOX.c.lease_holder)
        .where(_OUTBOX.c.status == _PENDING, _OUTBOX.c.lease_holder.is_not(None))
        .distinct()
    )
    return [holder for (holder,) in rows]


def settle_delivered(session: Session, delivered: Sequence[Delivered], now: datetime) -> None:
    """Rows Telegram took, and the transcript rows they carry, many in one transaction."""
    if not delivered:
        return
    connection = session.connection()
    settled = [{"row_id": d.row_id, "message_id": d.message_id, "now": now} for d in delivered]
    stamps = [
        {"transcript_id": transcript_id, "message_id": d.message_id}
        for d in delivered
        for transcript_id in d.transcript_ids
    ]
    # One row (as the sender settles them) as one statement, not a batch of one.
    connection.execute(_DELIVERED, settled[0] if len(settled) == 1 else settled)
    if stamps:
        connection.execute(_STAMPED, stamps[0] if len(stamps) == 1 else stamps)


def postpone(
    session: Session, row_id: int, not_before: datetime, error: str, *, attempt: bool
) -> None:
    """Try the row again at ``not_before`` (counted as an attempt unless Telegram asked to wait)."""
    values: dict[str, Any] = {"not_before": not_before, "error": error[:ERROR_LENGTH]}
    if attempt:
        values["attempts"] = _OUTBOX.c.attempts + 1
    session.execute(
        update(_OUTBOX).where(_OUTBOX.c.id == row_id, _OUTBOX.c.status == _PENDING).values(values)
    )


def give_up(
    session: Session,
    rows: Sequence[Owed],
    status: OutboxStatus,
    error: str,
    now: datetime,
    *,
    handoff: str | None,
) -> list[int]:
    """Settle ``rows`` undelivered; a reminder they carried failed. With ``handoff`` (a reason),
    their conversations go to a person unless a person has them: the conversations queued."""
    if not rows:
        return []
    error = error[:ERROR_LENGTH]
    session.execute(
        update(_OUTBOX)
        .where(_OUTBOX.c.id.in_([row.id for row in rows]), _OUTBOX.c.status == _PENDING)
        .values(status=status.value, error=error, settled_at=now, lease_holder=None)
    )
    reminders = {row.reminder_id for row in rows if row.reminder_id is not None}
    if reminders:
        session.execute(
            update(Reminder)
            .where(
                col(Reminder.id).in_(reminders),
                col(Reminder.status).in_((ReminderStatus.CLAIMED, ReminderStatus.SENT)),
            )
            .values(status=ReminderStatus.FAILED, last_error=f"not delivered: {error}"[:200])
            .execution_options(synchronize_session=False)
        )
    if handoff is None:
        return []
    conversations = sorted({r.conversation_id for r in rows if r.conversation_id is not None})
    return [c for c in conversations if queue_for_person(session, c, handoff, now)]


def queue_for_person(session: Session, conversation_id: int, reason: str, now: datetime) -> bool:
    """Hand the conversation to a person, unless one has it already; whether it was queued.

    Bumping the version makes a dialogue step saved concurrently retry on the new holder."""
    return (
        rowcount(
            session.execute(
                update(Conversation)
                .where(
                    col(Conversation.id) == conversation_id,
                    col(Conversation.holder) == Holder.ASSISTANT,
                )
                .values(
                    holder=Holder.QUEUED,
                    handoff_reason=reason,
                    handoff_at=now,
                    version=col(Conversation.version) + 1,
                    updated_at=now,
                )
                .execution_options(synchronize_session=False)
            )
        )
        == 1
    )


def mark_unreachable(session: Session, cardholder_id: int, now: datetime) -> None:
    """The cardholder blocked the bot (until they write again)."""
    session.execute(
        update(Cardholder)
        .where(col(Cardholder.id) == cardholder_id, col(Cardholder.unreachable_at).is_(None))
        .values(unreachable_at=now)
        .execution_options(synchronize_session=False)
    )


def undelivered(session: Session, limit: int = 100) -> list[OutboxMessage]:
    """Rows given up on, newest first: for operators."""
    return list(
        session.scalars(
            select(OutboxMessage)
            .where(
                col(OutboxMessage.status).not_in(
                    (OutboxStatus.PENDING.value, OutboxStatus.DELIVERED.value)
                )
            )
            .order_by(col(OutboxMessage.id).desc())
            .limit(limit)
        )
    )


def prune_settled(session: Session, now: datetime) -> int:
    """Delete settled rows older than they are kept; how many. Pending ones always stay."""
    delivered = _OUTBOX.c.status == OutboxStatus.DELIVERED.value
    old = or_(
        and_(delivered, _OUTBOX.c.settled_at < now - KEEP_DELIVERED),
        and_(
            ~delivered,
            _OUTBOX.c.status != _PENDING,
            _OUTBOX.c.settled_at < now - KEEP_UNDELIVERED,
        ),
    )
    return rowcount(session.execute(delete(_OUTBOX).where(old)))
