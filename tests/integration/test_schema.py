"""The schema is made and changed by the migrations only, on SQLite and PostgreSQL alike.

Each test runs on both (``migrated_database_url``, ``empty_database_url``: a SQLite file and a
database of the run's own PostgreSQL cluster, :mod:`tests.support.databases`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Connection, MetaData, func, insert, inspect, select, text
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from bot.storage import schema
from bot.storage.db import DatabaseUnavailable, on_schema, open_database
from bot.storage.migrations.baseline import FIRST_REVISION, first_revision_metadata
from bot.storage.models import (
    Account,
    Agreement,
    AgreementStatus,
    Cardholder,
    DeskRefusal,
    Direction,
    Holder,
    Instalment,
    InstalmentStatus,
    Reminder,
    ReminderStatus,
    TranscriptMessage,
)
from bot.storage.models import Conversation as ConversationRow

AT = datetime(2026, 11, 23, 10, 30, tzinfo=UTC)


async def differences_from(url: str, metadata: MetaData) -> list[str]:
    return await on_schema(url, schema.schema_differences, metadata)


async def upgrade(url: str, revision: str = "head") -> schema.Change:
    return await on_schema(url, schema.upgrade, revision)


async def current(url: str) -> str | None:
    return await on_schema(url, schema.current_revision)


async def write(url: str, work: Callable[[Connection], Any]) -> None:
    def committed(connection: Connection) -> None:
        work(connection)
        connection.commit()

    await on_schema(url, committed)


def first_revision_rows(connection: Connection) -> None:
    """A conversation with an agreement, an instalment, a reminder and its transcript, written
    with the first revision's tables (not today's models, which may have changed since)."""
    tables = first_revision_metadata().tables
    rows: list[tuple[str, dict[str, Any]]] = [
        (
            "account",
            {
                "id": 1,
                "ref": "ACC-1",
                "name": "Kovács Éva",
                "card_last4": "4321",
                "currency": "HUF",
                "balance": Decimal("250000.00"),
                "overdue_amount": Decimal("42000.50"),
                "minimum_payment": Decimal("12000.00"),
                "days_past_due": 40,
                "annual_rate": Decimal("0.189000"),
                "language": "hu",
                "timezone": "Europe/Budapest",
                "updated_at": AT,
            },
        ),
        (
            "cardholder",
            {
                "id": 1,
                "account_id": 1,
                "channel": "telegram",
                "user_id": 5001,
                "chat_id": 5001,
                "created_at": AT,
            },
        ),
        (
            "conversation",
            {
                "id": 1,
                "account_id": 1,
                "cardholder_id": 1,
                "step": "agreed",
                "state": {"step": "agreed", "offers": ["a", "b"]},
                "language": "hu",
                "holder": "QUEUED",
                "urgent": True,
                "version": 7,
                "created_at": AT,
                "updated_at": AT,
                "card_message_id": 99,
            },
        ),
        (
            "transcriptmessage",
            {
                "id": 1,
                "conversation_id": 1,
                "direction": "NOTE",
                "author": "specialist",
                "text": "visszahív holnap",
                "at": AT,
            },
        ),
        (
            "agreement",
            {
                "id": 1,
                "conversation_id": 1,
                "account_id": 1,
                "option_key": "instalments-6",
                "kind": "instalments",
                "currency": "HUF",
                "principal": Decimal("42000.50"),
                "monthly": Decimal("7000.09"),
                "payments": 6,
                "total": Decimal("42000.54"),
                "annual_rate": Decimal("0.000000"),
                "text": "Megállapodás",
                "sha256": "0" * 64,
                "terms_version": "2026-11",
                "language": "hu",
                "status": "SUPERSEDED",
                "message_ids": [10, 11],
                "accepted_at": AT,
            },
        ),
        (
            "instalment",
            {
                "id": 1,
                "agreement_id": 1,
                "number": 1,
                "due_date": date(2026, 12, 15),
                "amount": Decimal("7000.09"),
                "paid_amount": Decimal("7000.09"),
                "status": "PAID",
                "paid_at": AT,
            },
        ),
        (
            "reminder",
            {
                "id": 1,
                "instalment_id": 1,
                "kind": "before",
                "due_at": AT,
                "status": "SKIPPED",
                "attempts": 2,
            },
        ),
    ]
    for table, values in rows:
        connection.execute(insert(tables[table]).values(**values))


def what_was_written(session: Session) -> dict[str, Any]:
    conversation = session.get(ConversationRow, 1)
    agreement = session.get(Agreement, 1)
    instalment = session.get(Instalment, 1)
    reminder = session.get(Reminder, 1)
    message = session.get(TranscriptMessage, 1)
    account = session.get(Account, 1)
    assert conversation and agreement and instalment and reminder and message and account
    return {
        "holder": conversation.holder,
        "state": conversation.state,
        "card_message_id": conversation.card_message_id,
        "updated_at": conversation.updated_at,
        "direction": message.direction,
        "text": message.text,
        "agreement": (agreement.status, agreement.monthly, agreement.message_ids),
        "instalment": (instalment.status, instalment.amount, instalment.due_date),
        "reminder": reminder.status,
        "account": (account.name, account.overdue_amount, account.annual_rate),
        "queued": session.scalar(
            select(func.count()).where(ConversationRow.holder == Holder.QUEUED)  # type: ignore[arg-type]
        ),
    }


WRITTEN = {
    "holder": Holder.QUEUED,
    "state": {"step": "agreed", "offers": ["a", "b"]},
    "card_message_id": 99,
    "updated_at": AT,
    "direction": Direction.NOTE,
    "text": "visszahív holnap",
    "agreement": (AgreementStatus.SUPERSEDED, Decimal("7000.09"), [10, 11]),
    "instalment": (InstalmentStatus.PAID, Decimal("7000.09"), date(2026, 12, 15)),
    "reminder": ReminderStatus.SKIPPED,
    "account": ("Kovács Éva", Decimal("42000.50"), Decimal("0.189000")),
    "queued": 1,
}


async def read_with_todays_models(url: str) -> dict[str, Any]:
    db = await open_database(url, upgrade=False)  # refuses a schema that is not head
    try:
        return await db.read(what_was_written)
    finally:
        await db.close()


async def test_the_models_and_the_migrations_agree(migrated_database_url: str) -> None:
    """Fails when a model changed without a migration: write one with
    ``python -m bot.storage.migrations "what changed"`` and review it."""
    assert await differences_from(migrated_database_url, SQLModel.metadata) == []
    assert await current(migrated_database_url) == schema.head()


async def test_the_first_revision_makes_the_tables_adoption_compares_with(
    empty_database_url: str,
) -> None:
    await upgrade(empty_database_url, FIRST_REVISION)
    assert await differences_from(empty_database_url, first_revision_metadata()) == []


async def test_a_database_of_the_first_revision_with_data_upgrades_to_head(
    empty_database_url: str,
) -> None:
    url = empty_database_url
    await upgrade(url, FIRST_REVISION)
    await write(url, first_revision_rows)

    change = await upgrade(url)

    assert (change.before, change.after, change.adopted) == (FIRST_REVISION, schema.head(), False)
    assert await read_with_todays_models(url) == WRITTEN
    assert await differences_from(url, SQLModel.metadata) == []


async def test_down_to_nothing_and_up_again(migrated_database_url: str) -> None:
    url = migrated_database_url
    down = await on_schema(url, schema.downgrade, "base")
    assert (down.before, down.after) == (schema.head(), None)
    tables = await on_schema(url, lambda c: set(inspect(c).get_table_names()))
    assert tables <= {schema.VERSION_TABLE}

    await upgrade(url)
    assert await differences_from(url, SQLModel.metadata) == []


async def test_a_new_member_of_an_enumeration_needs_no_migration(
    empty_database_url: str, database_kind: str
) -> None:
    """Stored as names in strings, not as PostgreSQL enum types that refuse what they lack."""
    url = empty_database_url
    await upgrade(url, FIRST_REVISION)
    await write(url, first_revision_rows)
    await upgrade(url)
    if database_kind == "postgresql":
        types = "SELECT count(*) FROM pg_type WHERE typtype = 'e'"
        assert await on_schema(url, lambda c: c.execute(text(types)).scalar()) == 0
    await write(url, lambda c: c.execute(text("UPDATE reminder SET status = 'POSTPONED'")))
    status = await on_schema(url, lambda c: c.execute(text("SELECT status FROM reminder")).scalar())
    assert status == "POSTPONED"


async def test_a_database_from_before_migrations_is_adopted_with_its_data(
    empty_database_url: str,
) -> None:
    url = empty_database_url

    def made_by_create_all(connection: Connection) -> None:
        first_revision_metadata().create_all(connection)
        first_revision_rows(connection)

    await write(url, made_by_create_all)
    assert await on_schema(url, schema.describe_current) == (
        "none: made before migrations (`overdue-bot db upgrade` adopts it)"
    )

    change = await upgrade(url)

    assert change.adopted and change.after == schema.head()
    assert await read_with_todays_models(url) == WRITTEN


async def test_a_database_from_before_migrations_that_differs_is_refused_unchanged(
    empty_database_url: str,
) -> None:
    url = empty_database_url

    def made_weeks_ago(connection: Connection) -> None:
        first_revision_metadata().create_all(connection)
        connection.execute(text("ALTER TABLE conversation DROP COLUMN card_message_id"))
        connection.execute(text("DROP INDEX ix_conversation_holder_updated_at"))

    await write(url, made_weeks_ago)

    with pytest.raises(DatabaseUnavailable) as refused:
        await open_database(url, upgrade=True)

    assert str(refused.value).endswith(
        f"made before migrations, and its tables differ from revision {FIRST_REVISION}'s, "
        "which it would be adopted as: column conversation.card_message_id missing; "
        "index ix_conversation_holder_updated_at on conversation(holder, updated_at) missing"
    )
    assert await current(url) is None
    tables = await on_schema(url, lambda c: set(inspect(c).get_table_names()))
    assert schema.VERSION_TABLE not in tables


async def test_two_upgrades_at_once_upgrade_once(empty_database_url: str) -> None:
    """Two instances started together: one upgrades, the other waits for its lock and finds
    nothing left to do."""
    changes = await asyncio.gather(upgrade(empty_database_url), upgrade(empty_database_url))
    assert {(c.before, c.after) for c in changes} == {
        (None, schema.head()),
        (schema.head(), schema.head()),
    }
    assert await differences_from(empty_database_url, SQLModel.metadata) == []


async def test_a_schema_behind_is_upgraded_at_open_only_when_allowed(
    empty_database_url: str,
) -> None:
    url = empty_database_url
    await upgrade(url, FIRST_REVISION)

    with pytest.raises(DatabaseUnavailable, match="run `overdue-bot db upgrade`") as refused:
        await open_database(url, upgrade=False)
    assert f"at revision {FIRST_REVISION}, this version needs {schema.head()}" in str(refused.value)
    assert await current(url) == FIRST_REVISION

    db = await open_database(url, upgrade=True)
    await db.close()
    assert await current(url) == schema.head()


async def test_a_new_database_gets_its_tables_only_when_allowed(empty_database_url: str) -> None:
    with pytest.raises(DatabaseUnavailable, match="has no tables yet: `overdue-bot db upgrade`"):
        await open_database(empty_database_url, upgrade=False)
    db = await open_database(empty_database_url, upgrade=True)
    await db.close()
    assert await current(empty_database_url) == schema.head()


async def test_a_schema_from_a_newer_version_is_refused(migrated_database_url: str) -> None:
    await write(
        migrated_database_url,
        lambda c: c.execute(text("UPDATE alembic_version SET version_num = '9999'")),
    )
    for upgrade_allowed in (False, True):
        with pytest.raises(DatabaseUnavailable, match="revision 9999, which this version does"):
            await open_database(migrated_database_url, upgrade=upgrade_allowed)


async def test_telegram_ids_beyond_32_bits_are_kept(migrated_database_url: str) -> None:
    """Telegram's user ids pass 2**31, and a supergroup's chat id is -100…: 64-bit columns."""
    user, supergroup = 7_123_456_789, -1_001_234_567_890
    db = await open_database(migrated_database_url)
    try:

        def add(session: Session) -> None:
            account = Account(
                ref="BIG-1",
                name="Big Id",
                card_last4="1234",
                currency="GBP",
                balance=Decimal("100.00"),
                overdue_amount=Decimal("50.00"),
                minimum_payment=Decimal("10.00"),
                days_past_due=30,
                annual_rate=Decimal("0.2"),
                language="en",
                timezone="Europe/London",
            )
            session.add(account)
            session.flush()
            session.add(Cardholder(account_id=account.id, user_id=user, chat_id=user))
            session.add(DeskRefusal(user_id=supergroup))

        await db.write(add)
        cardholder = await db.read(lambda session: session.scalars(select(Cardholder)).one())
        refused = await db.read(lambda session: session.scalars(select(DeskRefusal)).one())
    finally:
        await db.close()
    assert (cardholder.user_id, cardholder.chat_id, refused.user_id) == (user, user, supergroup)
