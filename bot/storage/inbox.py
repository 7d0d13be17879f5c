"""The inbox table: every update stored once, by its ``update_id``, then settled once.

Work for :meth:`bot.storage.db.Database.write` / ``read``, like the other storage modules. An
update is *stored* (:func:`store_updates`) before Telegram is told it arrived; it is *claimed*
(:func:`claim_update`) in the very transaction of the step it causes, so a step is made once per
update however often the update comes (a webhook's retry, a batch polled again after a crash,
another instance); what causes no step is settled after it was handled (:func:`settle_update`).
Every change is conditional on ``pending``: a second attempt matches no row.

Each update keeps its chat (:func:`chat_of`), so that a step can ask whether an earlier update of
its chat is still pending (:func:`earlier_pending`): instances sharing PostgreSQL apply a chat's
updates in the order Telegram numbered them (``bot/service/steps.py``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.orm import Session
from sqlmodel import col

from bot.storage.db import insert_skipping_existing, rowcount
from bot.storage.models import InboxStatus, InboxUpdate, table_of

_INBOX = table_of(InboxUpdate)
#: Errors are kept this long at most (the column's size).
ERROR_LENGTH = 200
#: How long settled updates are kept (they hold what people wrote; nothing reads them once
#: handled): a handled one for a week, a quarantined one for a month, for operators to look into.
KEEP_HANDLED = timedelta(days=7)
KEEP_QUARANTINED = timedelta(days=30)


@dataclass(frozen=True, slots=True)
class StoredUpdate:
    """An update as it was received: its id and its JSON object."""

    update_id: int
    raw: dict[str, Any]


def store_updates(session: Session, updates: Sequence[dict[str, Any]], now: datetime) -> list[int]:
    """Store what is not stored yet; the ids of the updates new to the inbox, in order.

    An update seen before (whatever its status) is left as it is: it is not new work.
    """
    if not updates:
        return []
    ids = [int(raw["update_id"]) for raw in updates]
    rows = [
        {
            "update_id": update_id,
            "chat_id": chat_of(raw),
            "raw": json.dumps(raw, ensure_ascii=False, separators=(",", ":")),
            "status": InboxStatus.PENDING.value,
            "received_at": now,
        }
        for update_id, raw in zip(ids, updates, strict=True)
    ]
    # Seen before, or stored by another instance at the same moment: the first one keeps it.
    statement = insert_skipping_existing(session, _INBOX).returning(_INBOX.c.update_id)
    stored = set(session.scalars(statement, rows))
    return [update_id for update_id in ids if update_id in stored]


def chat_of(raw: dict[str, Any]) -> int | None:
    """The chat an update is from, as the dispatcher's gate sees it: the chat of its message (or
    of the message a button was on), else the user who sent it; None for neither."""
    for key, event in raw.items():
        if key == "update_id" or not isinstance(event, dict):
            continue
        for carrier in (event, event.get("message")):
            chat = carrier.get("chat") if isinstance(carrier, dict) else None
            if isinstance(chat, dict) and _an_id(chat.get("id")):
                return int(chat["id"])
        user = event.get("from", event.get("user"))
        if isinstance(user, dict) and _an_id(user.get("id")):
            return int(user["id"])
        return None
    return None


def _an_id(value: object) -> bool:
    return type(value) is int and -(2**63) <= value < 2**63


_ME = _INBOX.alias("me")
#: An update of the same chat with a smaller id, stored no later than this one (one stored after
#: it is no longer its turn's to wait for: it comes after), and recently: older, it is taken as
#: lost to a stopped instance (it is handled when that instance, or another, starts again).
_EARLIER = (
    select(_INBOX.c.update_id)
    .join(_ME, _ME.c.chat_id == _INBOX.c.chat_id)
    .where(
        _ME.c.update_id == bindparam("update_id"),
        _INBOX.c.status == InboxStatus.PENDING.value,
        _INBOX.c.update_id < _ME.c.update_id,
        _INBOX.c.received_at <= _ME.c.received_at,
        _INBOX.c.received_at >= bindparam("since"),
    )
    .limit(1)
)


def earlier_pending(session: Session, update_id: int, since: datetime) -> bool:
    """Whether an earlier update of this update's chat, received since ``since`` and before
    this one, is still pending: this one's step must wait for it."""
    found = session.execute(_EARLIER, {"update_id": update_id, "since": since}).first()
    return found is not None


_CLAIM = (
    update(_INBOX)
    .where(_INBOX.c.update_id == bindparam("claimed"), _INBOX.c.status == InboxStatus.PENDING.value)
    .values(status=InboxStatus.HANDLED.value, settled_at=bindparam("now"))
)


def claim_update(session: Session, update_id: int, now: datetime) -> bool:
    """Mark a pending update handled, in the transaction of what handling it writes: whether it
    was still pending (if not, that work was done before and must not be done again)."""
    # Built once and run on the session's connection: it is part of every step's write.
    claimed = session.connection().execute(_CLAIM, {"claimed": update_id, "now": now})
    return rowcount(claimed) == 1


def settle_update(
    session: Session, update_id: int, now: datetime, error: str | None = None
) -> None:
    """Handled (or, with ``error``, quarantined) if still pending: what no step claimed."""
    session.execute(
        update(_INBOX)
        .where(_INBOX.c.update_id == update_id, _INBOX.c.status == InboxStatus.PENDING.value)
        .values(
            status=(InboxStatus.HANDLED if error is None else InboxStatus.QUARANTINED).value,
            error=None if error is None else error[:ERROR_LENGTH],
            settled_at=now,
        )
    )


def pending_updates(session: Session) -> list[StoredUpdate]:
    """Updates stored and never settled (the process stopped first), oldest first."""
    rows = session.execute(
        select(col(InboxUpdate.update_id), col(InboxUpdate.raw))
        .where(col(InboxUpdate.status) == InboxStatus.PENDING.value)
        .order_by(col(InboxUpdate.update_id))
    )
    return [StoredUpdate(update_id, json.loads(raw)) for update_id, raw in rows]


def quarantined_updates(session: Session, limit: int = 100) -> list[InboxUpdate]:
    """Updates that could not be read or handled, newest first."""
    return list(
        session.scalars(
            select(InboxUpdate)
            .where(col(InboxUpdate.status) == InboxStatus.QUARANTINED.value)
            .order_by(col(InboxUpdate.update_id).desc())
            .limit(limit)
        )
    )


def prune_settled(session: Session, now: datetime) -> int:
    """Delete settled updates older than they are kept; how many. Pending ones always stay."""
    deleted = 0
    for status, kept in (
        (InboxStatus.HANDLED, KEEP_HANDLED),
        (InboxStatus.QUARANTINED, KEEP_QUARANTINED),
    ):
        deleted += rowcount(
            session.execute(
                delete(_INBOX).where(
                    _INBOX.c.status == status.value, _INBOX.c.settled_at < now - kept
                )
            )
        )
    return deleted
