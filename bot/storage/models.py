"""The database tables (sqlmodel).
Money is ``Decimal`` in the currency's minor unit; times are aware UTC.

SQLite keeps neither time zones nor decimals natively, so two column types make the promise hold
on every backend: :class:`UTCDateTime` refuses naive datetimes and returns aware UTC ones, and
amounts are exact ``Numeric`` columns read back as ``Decimal``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.orm import Mapper
from sqlalchemy.types import TypeDecorator
from sqlmodel import JSON, Column, Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that is aware UTC going in and coming out, whatever the backend."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store aware UTC only")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


#: Telegram's user and chat ids need up to 52 bits (a supergroup's chat id is -100…).
TELEGRAM_ID = sa.BigInteger()


class _Keyed(Protocol):
    @property
    def id(self) -> int | None: ...


def id_of(row: _Keyed) -> int:
    """The key of a row read from the database or flushed to it (only a new row has none yet)."""
    assert row.id is not None, f"{type(row).__name__} has no key before it is flushed"
    return row.id


def table_of(model: type[SQLModel]) -> sa.Table:
    """The table a table model is mapped to: its ``__table__``, which sqlmodel's types leave out."""
    mapper: Mapper[Any] = sa.inspect(model, raiseerr=True)
    table = mapper.local_table
    assert isinstance(table, sa.Table), f"{model.__name__} is not mapped to a table"
    return table


def money_column(**kwargs: Any) -> Any:
    return Field(sa_column=Column(sa.Numeric(18, 2, asdecimal=True), **kwargs))


def enum_column(enum: type[StrEnum], *, index: bool = False, **field: Any) -> Any:
    """A member's name as a string (``VARCHAR(16)``, no check), not a PostgreSQL enum type:
    a new member needs no change to the schema, so a database that has not had one yet can
    never refuse it. Python's enum is the check: an unknown value is refused before a write."""
    stored = sa.Enum(enum, native_enum=False, length=16, validate_strings=True)
    column: Column[Any] = Column(stored, nullable=False, index=index, default=field.get("default"))
    return Field(sa_column=column, **field)


class Holder(StrEnum):
    """Who answers the cardholder right now."""

    ASSISTANT = "assistant"
    QUEUED = "queued"  # handed off, waiting for a specialist
    SPECIALIST = "specialist"
    CLOSED = "closed"


class Account(SQLModel, table=True):
    """An overdue card account as the bank imported it."""

    id: int | None = Field(default=None, primary_key=True)
    ref: str = Field(index=True, unique=True, max_length=64)
    name: str = Field(max_length=200)
    card_last4: str = Field(max_length=4)
    currency: str = Field(max_length=3)
    balance: Decimal = money_column(nullable=False)
    overdue_amount: Decimal = money_column(nullable=False)
    minimum_payment: Decimal = money_column(nullable=False)
    days_past_due: int
    annual_rate: Decimal = Field(sa_column=Column(sa.Numeric(8, 6, asdecimal=True), nullable=False))
    language: str = Field(max_length=2)
    timezone: str = Field(max_length=64)
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )


class Invite(SQLModel, table=True):
    """A single-use deep-link token; only its SHA-256 is kept."""

    id: int | None = Field(default=None, primary_key=True)
    account_id: int = Field(foreign_key="account.id", index=True)
    token_hash: str = Field(index=True, unique=True, max_length=64)
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )
    expires_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    used_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    used_by: int | None = Field(default=None, sa_type=TELEGRAM_ID)


class Cardholder(SQLModel, table=True):
    """The link between a channel identity (a Telegram user, the terminal) and an account."""

    __table_args__ = (sa.UniqueConstraint("channel", "user_id"),)

    id: int | None = Field(default=None, primary_key=True)
    account_id: int = Field(foreign_key="account.id", index=True)
    channel: str = Field(default="telegram", max_length=16)
    user_id: int = Field(index=True, sa_type=TELEGRAM_ID)
    chat_id: int = Field(sa_type=TELEGRAM_ID)
    locked_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    unreachable_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    reminders_stopped_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )


class Conversation(SQLModel, table=True):
    """One negotiation: the dialogue's state (as JSON), who holds it, and why it is stuck.

    ``version`` is the optimistic lock: every save is ``UPDATE … WHERE version = :seen``, so two
    instances can never both apply a step to the same conversation.
    """

    # The desk's look for silent conversations (holder, then how long unchanged) reads this index,
    # not the rows: each row carries the dialogue's state, kilobytes once offers are made.
    __table_args__ = (sa.Index("ix_conversation_holder_updated_at", "holder", "updated_at"),)

    id: int | None = Field(default=None, primary_key=True)
    account_id: int = Field(foreign_key="account.id", index=True)
    cardholder_id: int = Field(foreign_key="cardholder.id", index=True, unique=True)
    step: str = Field(max_length=40)
    state: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    language: str = Field(max_length=2)
    holder: Holder = enum_column(Holder, default=Holder.ASSISTANT, index=True)
    handoff_reason: str | None = Field(default=None, max_length=40)
    urgent: bool = False
    handoff_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    specialist_id: int | None = Field(default=None, sa_type=TELEGRAM_ID)
    topic_id: int | None = None
    version: int = 0
    last_inbound_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )
    # The specialists' desk (bot/desk/queue.py): the summary card, its alarms and how it ended.
    card_message_id: int | None = None
    #: The instance making the card (its topic and message) until ``card_claimed_until``: claimed
    #: before Telegram is asked, so of several instances one makes it.
    card_claimed_by: str | None = Field(default=None, max_length=80)
    card_claimed_until: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    carded_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    alerted_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    specialist_name: str | None = Field(default=None, max_length=64)
    closed_topic_id: int | None = None
    outcome: str | None = Field(default=None, max_length=20)
    closed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))


class Direction(StrEnum):
    IN = "in"
    OUT = "out"
    NOTE = "note"


class TranscriptMessage(SQLModel, table=True):
    """Every message both ways, for the record (kept with the agreement)."""

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(foreign_key="conversation.id", index=True)
    direction: Direction = enum_column(Direction)
    author: str = Field(max_length=40)
    text: str
    telegram_message_id: int | None = None
    #: The reminder this message was written for: after a crash it tells whether it went out.
    reminder_id: int | None = Field(default=None, index=True)
    at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class Offer(SQLModel, table=True):
    """An option as it was shown to the cardholder."""

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(foreign_key="conversation.id", index=True)
    key: str = Field(max_length=40)
    kind: str = Field(max_length=16)
    monthly: Decimal = money_column(nullable=False)
    payments: int
    total: Decimal = money_column(nullable=False)
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    shown_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )


class AgreementStatus(StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"
    SUPERSEDED = "superseded"
    BROKEN = "broken"


class Agreement(SQLModel, table=True):
    """What the cardholder accepted: the exact text shown, its hash and when."""

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(foreign_key="conversation.id", index=True)
    account_id: int = Field(foreign_key="account.id", index=True)
    option_key: str = Field(max_length=40)
    kind: str = Field(max_length=16)
    currency: str = Field(max_length=3)
    principal: Decimal = money_column(nullable=False)
    monthly: Decimal = money_column(nullable=False)
    payments: int
    total: Decimal = money_column(nullable=False)
    annual_rate: Decimal = Field(sa_column=Column(sa.Numeric(8, 6, asdecimal=True), nullable=False))
    text: str
    sha256: str = Field(max_length=64)
    terms_version: str = Field(max_length=32)
    language: str = Field(max_length=2)
    status: AgreementStatus = enum_column(
        AgreementStatus, default=AgreementStatus.ACTIVE, index=True
    )
    message_ids: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    accepted_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )


class InstalmentStatus(StrEnum):
    OPEN = "open"
    PAID = "paid"


class Instalment(SQLModel, table=True):
    __table_args__ = (sa.UniqueConstraint("agreement_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = Field(foreign_key="agreement.id")  # indexed first in (agreement_id, number)
    number: int
    due_date: date
    amount: Decimal = money_column(nullable=False)
    paid_amount: Decimal = money_column(nullable=False, default=Decimal(0))
    status: InstalmentStatus = enum_column(
        InstalmentStatus, default=InstalmentStatus.OPEN, index=True
    )
    paid_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    #: The cardholder said "I have paid"; stays open until the bank's payment file shows it.
    claimed_paid_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))


class Payment(SQLModel, table=True):
    """Money the bank received, imported; idempotent by the bank's reference."""

    id: int | None = Field(default=None, primary_key=True)
    account_id: int = Field(foreign_key="account.id", index=True)
    reference: str = Field(unique=True, max_length=64)
    amount: Decimal = money_column(nullable=False)
    paid_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    imported_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )


class ReminderStatus(StrEnum):
    PENDING = "pending"
    CLAIMED = "claimed"
    SENT = "sent"
    SKIPPED = "skipped"
    FAILED = "failed"


class Reminder(SQLModel, table=True):
    """One reminder for one instalment and kind: the unique key is what makes it exactly-once."""

    # (status, due_at): the dispatcher reads the due pending ones in time order
    # and stops at its batch.
    __table_args__ = (
        sa.UniqueConstraint("instalment_id", "kind"),
        sa.Index("ix_reminder_status_due_at", "status", "due_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    instalment_id: int = Field(
        foreign_key="instalment.id"
    )  # indexed first in (instalment_id, kind)
    kind: str = Field(max_length=16)
    due_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    status: ReminderStatus = enum_column(ReminderStatus, default=ReminderStatus.PENDING)
    attempts: int = 0
    claimed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    claimed_by: str | None = Field(default=None, max_length=64)
    sent_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    last_error: str | None = Field(default=None, max_length=200)


class UnderstandingMiss(SQLModel, table=True):
    """A typed message the assistant did not understand, as typed, at the step it answered.

    Beside the transcript (which has every message): ``overdue-bot understanding misses`` reads
    these so the team can add examples where people are not understood.
    """

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(foreign_key="conversation.id", index=True)
    step: str = Field(max_length=20)
    language: str = Field(max_length=2)
    text: str
    at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False, index=True)
    )


class SendBudget(SQLModel, table=True):
    """A send rate shared by every instance (``bot/reminders/budget.py``): the moment the next
    send may go, which each send moves on by its share of a second as it reserves its slot.

    A moment is microseconds since the Unix epoch, on the instances' clocks (kept in step by
    NTP): a plain integer, the same arithmetic on every backend.
    """

    __tablename__ = "send_budget"

    name: str = Field(primary_key=True, max_length=32)
    next_slot: int = Field(sa_type=sa.BigInteger())


class DeskRefusal(SQLModel, table=True):
    """Someone in the desk group who is not a specialist tried to act; told why once."""

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(index=True, unique=True, sa_type=TELEGRAM_ID)
    at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class InboxStatus(StrEnum):
    PENDING = "pending"
    HANDLED = "handled"
    QUARANTINED = "quarantined"


class InboxUpdate(SQLModel, table=True):
    """An update from Telegram, stored before Telegram is told it arrived (``storage/inbox.py``).

    Kept as it came (the JSON text), so one the library cannot read is still kept, and one not
    handled when the process stopped is handled after a restart. The status is a plain string
    column, not a database enum: a new status is then no schema change.
    """

    __tablename__ = "inbox_update"
    # A step looks for its chat's earlier updates still pending (``storage/inbox.py``).
    __table_args__ = (sa.Index("ix_inbox_update_chat", "chat_id", "status"),)

    update_id: int = Field(sa_column=Column(sa.BigInteger(), primary_key=True, autoincrement=False))
    #: The chat the update is from (or the user, for one without a chat); None if neither.
    chat_id: int | None = Field(default=None, sa_column=Column(sa.BigInteger()))
    raw: str
    status: str = Field(default=InboxStatus.PENDING, max_length=16, index=True)
    error: str | None = Field(default=None, max_length=200)
    received_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )
    settled_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))


class InviteFailure(SQLModel, table=True):
    """An invite link opened without success (unknown, used, expired, locked): what the limits on
    guessing count. Only the last day is kept; the account is known when the token was real."""

    __table_args__ = (
        sa.Index("ix_invitefailure_user", "channel", "user_id", "at"),
        sa.Index("ix_invitefailure_account", "account_id", "at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=16)
    user_id: int = Field(sa_type=TELEGRAM_ID)
    account_id: int | None = Field(default=None, foreign_key="account.id")
    problem: str = Field(max_length=16)
    at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False, index=True))


class OutboxStatus(StrEnum):
    PENDING = "pending"
    DELIVERED = "delivered"
    UNREACHABLE = "unreachable"  # 403: the cardholder blocked the bot
    REFUSED = "refused"  # 400, or a document that cannot be made: never retried
    FAILED = "failed"  # retried until too old: given up


class OutboxKind(StrEnum):
    TEXT = "text"  # a message (a part of one, if long), buttons on the last part
    KEYBOARD_REMOVAL = "keyboard_removal"  # the keyboard of a tapped message
    DOCUMENT = "document"  # the agreement's PDF, made when it is sent


class OutboxMessage(SQLModel, table=True):
    """Something owed to a chat, written in the transaction of the step that decided it
    (``storage/outbox.py``) and delivered after it, in order per chat, until Telegram takes it.

    A row is leased to the instance that sends it (``lease_holder`` until ``lease_until``): the
    instance that wrote it holds it from the start; another takes it only once the lease is over.
    Status and kind are plain strings, like the inbox's.
    """

    __tablename__ = "outbox_message"
    __table_args__ = (sa.Index("ix_outbox_message_chat", "chat_id", "status", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_column=Column(sa.BigInteger(), nullable=False))
    cardholder_id: int | None = Field(default=None, foreign_key="cardholder.id")
    conversation_id: int | None = Field(default=None, foreign_key="conversation.id")
    reminder_id: int | None = Field(default=None, foreign_key="reminder.id")
    kind: str = Field(default=OutboxKind.TEXT, max_length=20)
    text: str | None = None
    keyboard: str | None = None  # the reply markup, as Telegram's JSON
    #: The message whose keyboard goes (a removal), or Telegram's id of what was delivered.
    target_message_id: int | None = Field(default=None, sa_column=Column(sa.BigInteger()))
    message_id: int | None = Field(default=None, sa_column=Column(sa.BigInteger()))
    agreement_id: int | None = Field(default=None, foreign_key="agreement.id")
    #: The transcript rows this message carries: they learn its Telegram id once delivered.
    transcript_ids: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    status: str = Field(default=OutboxStatus.PENDING, max_length=16, index=True)
    attempts: int = 0
    not_before: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    lease_holder: str | None = Field(default=None, max_length=80)
    lease_until: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    error: str | None = Field(default=None, max_length=200)
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )
    settled_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
