"""The SQL of a step: read a conversation, save it with its version check, add to the transcript.

Statements are built once and run on the session's connection (Core): a step writes plain
rows, with no ORM object made for them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Update, bindparam, insert, select, update
from sqlalchemy.orm import Session
from sqlmodel import col

from bot.service.facts import PlanRows
from bot.storage.db import rowcount
from bot.storage.inbox import claim_update, earlier_pending
from bot.storage.models import (
    Account,
    Agreement,
    AgreementStatus,
    Cardholder,
    Instalment,
    TranscriptMessage,
    table_of,
)
from bot.storage.models import Conversation as ConversationRow


class ConcurrentUpdate(Exception):
    """Another update saved this conversation first; the event is applied again to the new state."""


class AlreadyHandled(Exception):
    """The update this step answers was handled before (it came twice): nothing is written."""


class NotYourTurn(Exception):
    """An earlier update of the chat is still being handled (on another instance): this step
    waits for it, then is decided again on what it left. Nothing is written."""


@dataclass(frozen=True, slots=True)
class Claim:
    """The inbox's update a step answers, claimed in the step's write (``bot/storage/inbox.py``).

    ``since``: a step waits its turn behind an earlier update of its chat received since then
    (None: it waits for none; one process serves the chat, in order)."""

    update_id: int
    now: datetime
    since: datetime | None = None


# The reads of every step.
LOAD = (
    select(Cardholder, Account, ConversationRow)
    .join(Account, col(Account.id) == Cardholder.account_id)
    .outerjoin(ConversationRow, col(ConversationRow.cardholder_id) == Cardholder.id)
    .where(col(Cardholder.id) == bindparam("cardholder_id"))
)
_CONVERSATIONS = table_of(ConversationRow)
_TRANSCRIPT = table_of(TranscriptMessage)
_NEW_TRANSCRIPT = insert(_TRANSCRIPT).returning(_TRANSCRIPT.c.id)
_AGREEMENT = (
    select(col(Agreement.id), col(Agreement.currency), col(Agreement.total), col(Agreement.monthly))
    .where(
        col(Agreement.conversation_id) == bindparam("conversation_id"),
        col(Agreement.status).in_((AgreementStatus.ACTIVE, AgreementStatus.COMPLETED)),
    )
    .order_by(col(Agreement.id).desc())
    .limit(1)
)
_INSTALMENTS = (
    select(
        col(Instalment.number),
        col(Instalment.status),
        col(Instalment.amount),
        col(Instalment.paid_amount),
        col(Instalment.due_date),
    )
    .where(col(Instalment.agreement_id) == bindparam("agreement_id"))
    .order_by(col(Instalment.number))
)


def save(session: Session, values: Mapping[str, Any]) -> bool:
    """``UPDATE conversation SET … WHERE id = :conversation_id AND version = :conversation_seen``:
    whether it was saved (the version had not moved on)."""
    columns = tuple(k for k in values if k not in ("conversation_id", "conversation_seen"))
    saved = session.connection().execute(save_statement(columns), values)
    return rowcount(saved) == 1


@cache
def save_statement(columns: tuple[str, ...]) -> Update:
    """The save for these columns, built once: a step saves one of three sets of columns."""
    return (
        update(_CONVERSATIONS)
        .where(
            _CONVERSATIONS.c.id == bindparam("conversation_id"),
            _CONVERSATIONS.c.version == bindparam("conversation_seen"),
        )
        .values({column: bindparam(column) for column in columns})
    )


def write_step(
    session: Session,
    values: Mapping[str, Any],
    records: Sequence[Mapping[str, Any]],
    claim: Claim | None = None,
) -> list[int]:
    """A step's write: its turn (refused while an earlier update of the chat is pending), the
    claim of the update it answers (refused if it was handled before), the save (refused if the
    version moved on), then the transcript. A refusal writes nothing."""
    if claim is not None:
        if claim.since is not None and earlier_pending(session, claim.update_id, claim.since):
            raise NotYourTurn()
        if not claim_update(session, claim.update_id, claim.now):
            raise AlreadyHandled()
    if not save(session, values):
        raise ConcurrentUpdate()
    return insert_transcript(session, records)


def insert_transcript(session: Session, records: Sequence[Mapping[str, Any]]) -> list[int]:
    """Transcript rows, in order; their ids. A record has every column: ``conversation_id``, ``at``,
    ``direction``, ``author``, ``text``, ``telegram_message_id``, ``reminder_id``."""
    if not records:
        return []
    # One statement for all (insertmanyvalues); the new rows' keys ascend in the rows' order.
    return sorted(session.connection().scalars(_NEW_TRANSCRIPT, list(records)))


def plan_rows(session: Session, conversation_id: int) -> PlanRows | None:
    """The newest running (or just completed) agreement and its instalments."""
    # Columns, not whole rows: the agreement's text is long.
    agreement = session.execute(_AGREEMENT, {"conversation_id": conversation_id}).first()
    if agreement is None:
        return None
    instalments = session.execute(_INSTALMENTS, {"agreement_id": agreement.id}).all()
    return PlanRows(agreement.currency, agreement.total, agreement.monthly, tuple(instalments))
