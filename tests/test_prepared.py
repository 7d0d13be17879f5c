"""Prepared statements: on SQLite's own driver they write exactly what SQLAlchemy would write."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from bot.db import Database, JSONText, Prepared
from bot.models import UTCDateTime

METADATA = sa.MetaData()
ROWS = sa.Table(
    "prepared_rows",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", UTCDateTime(), nullable=False),
    sa.Column("state", sa.JSON, nullable=False),
    sa.Column("direction", sa.String(4), nullable=False),
    sa.Column("amount", sa.Numeric(18, 2, asdecimal=True)),
    sa.Column("note", sa.String, nullable=True),
    sa.Column("version", sa.Integer, nullable=False, server_default="0"),
)
COLUMNS = ("at", "state", "direction", "amount", "note")
NEW_ROW = Prepared.insert_into(ROWS, COLUMNS, returning=ROWS.c.id)
# A literal in the statement (direction = 'in') as well as named parameters.
BUMP = Prepared(
    update(ROWS)
    .where(
        ROWS.c.id == bindparam("row"), ROWS.c.version == bindparam("seen"), ROWS.c.direction == "in"
    )
    .values(version=bindparam("version"), note=bindparam("note"))
)

#: A select with a literal, a bound limit, and a column that needs its result processor (UTC times).
NEWEST_TIMES = Prepared(
    select(ROWS.c.at)
    .where(ROWS.c.direction == bindparam("direction"), ROWS.c.note.is_(None))
    .order_by(ROWS.c.id.desc())
    .limit(2)
)
IDS = Prepared(select(ROWS.c.id).where(ROWS.c.direction == "in").order_by(ROWS.c.id))

AT = datetime(2026, 11, 23, 10, 30, 15, 123456, tzinfo=timezone(timedelta(hours=8)))


def params(**overrides: Any) -> dict[str, Any]:
    return {
        "at": AT,
        "state": {"step": "options", "offers": [1, 2]},
        "direction": "in",
        "amount": Decimal("1234.50"),
        "note": None,
        **overrides,
    }


@pytest.fixture(params=["file", "memory"])
async def db(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    """An SQLite file (steps run on the driver's cursor) or in memory (through SQLAlchemy)."""
    url = (
        f"sqlite+aiosqlite:///{tmp_path / 'p.db'}"
        if request.param == "file"
        else "sqlite+aiosqlite://"
    )
    database = Database(url)
    async with database.engine.begin() as connection:
        await connection.run_sync(METADATA.create_all)
    yield database
    await database.close()


async def in_transaction(db: Database, work: Any) -> Any:
    """``work(session)`` as the steps run it:
    a plain session in the database's thread, or run_sync."""
    if db.direct is not None:
        engine = db.direct

        def run() -> Any:
            with Session(engine) as session, session.begin():
                assert session.connection().dialect.driver == "pysqlite"
                return work(session)

        return await db.in_thread(run)
    async with db.session() as session, session.begin():
        assert isinstance(session, AsyncSession)
        return await session.run_sync(work)


async def stored(db: Database, row_id: int) -> tuple[Any, ...]:
    """The row as the database holds it (text, numbers), not as SQLAlchemy reads it back."""
    async with db.engine.connect() as connection:
        result = await connection.exec_driver_sql(
            "SELECT at, state, direction, amount, note, version FROM prepared_rows WHERE id = ?",
            (row_id,),
        )
        return tuple(result.one())


async def test_a_prepared_insert_stores_what_sqlalchemy_stores(db: Database) -> None:
    def by_sqlalchemy(session: Session) -> int:
        return session.execute(insert(ROWS).returning(ROWS.c.id), params()).scalar_one()

    theirs = await in_transaction(db, by_sqlalchemy)
    ours = await in_transaction(db, lambda session: NEW_ROW.insert(session, params()))
    assert ours == theirs + 1
    assert await stored(db, ours) == await stored(db, theirs)
    async with db.session() as session:
        row = (await session.execute(select(ROWS).where(ROWS.c.id == ours))).one()
    assert row.at == AT and row.at.tzinfo is UTC  # aware UTC out, from a time in another zone in
    assert row.state == params()["state"] and row.amount == Decimal("1234.50") and row.note is None


async def test_json_text_is_stored_as_it_is_and_read_back_as_json(db: Database) -> None:
    text = JSONText(json.dumps({"step": "agreed", "offers": []}))
    row_id = await in_transaction(db, lambda session: NEW_ROW.insert(session, params(state=text)))
    assert (await stored(db, row_id))[1] == text  # not encoded a second time
    async with db.session() as session:
        assert (
            await session.execute(select(ROWS.c.state).where(ROWS.c.id == row_id))
        ).scalar_one() == json.loads(text)


async def test_an_update_counts_the_rows_it_matched_with_its_literal_applied(db: Database) -> None:
    inbound = await in_transaction(db, lambda session: NEW_ROW.insert(session, params()))
    outbound = await in_transaction(
        db, lambda session: NEW_ROW.insert(session, params(direction="out"))
    )
    bump = {"seen": 0, "version": 1, "note": "seen"}
    assert (
        await in_transaction(db, lambda session: BUMP.execute(session, {"row": inbound, **bump}))
        == 1
    )
    assert (
        await in_transaction(db, lambda session: BUMP.execute(session, {"row": inbound, **bump}))
        == 0
    )  # moved on
    assert (
        await in_transaction(db, lambda session: BUMP.execute(session, {"row": outbound, **bump}))
        == 0
    )  # not "in"
    assert (await stored(db, inbound))[4:] == ("seen", 1)
    assert (await stored(db, outbound))[4:] == (None, 0)


async def test_many_rows_at_once(db: Database) -> None:
    ids = [
        await in_transaction(db, lambda session: NEW_ROW.insert(session, params()))
        for _ in range(3)
    ]
    await in_transaction(
        db,
        lambda session: BUMP.execute_many(
            session,
            [{"row": row_id, "seen": 0, "version": 1, "note": f"n{row_id}"} for row_id in ids],
        ),
    )
    assert [(await stored(db, row_id))[4] for row_id in ids] == [f"n{row_id}" for row_id in ids]


async def test_a_naive_time_is_refused_on_either_path(db: Database) -> None:
    with pytest.raises((ValueError, sa.exc.StatementError)):
        await in_transaction(
            db, lambda session: NEW_ROW.insert(session, params(at=datetime(2026, 11, 23, 10, 0)))
        )


async def test_a_missing_parameter_is_an_error_not_a_null(db: Database) -> None:
    incomplete = params()
    del incomplete["direction"]
    with pytest.raises((KeyError, sa.exc.StatementError)):
        await in_transaction(db, lambda session: NEW_ROW.insert(session, incomplete))


async def test_a_statement_relying_on_column_defaults_is_refused(db: Database) -> None:
    """SQLAlchemy makes a column default's value at each execution;
    a prepared statement would not."""
    table = sa.Table(
        "defaults",
        sa.MetaData(),
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("status", sa.String, nullable=False, default="open"),
    )
    async with db.engine.begin() as connection:
        await connection.run_sync(table.metadata.create_all)
    prepared = Prepared(insert(table).values(id=bindparam("id")), returning=table.c.id)
    if db.direct is None:  # through SQLAlchemy the default is made as usual
        assert await in_transaction(db, lambda session: prepared.insert(session, {"id": 7})) == 7
        return
    with pytest.raises(ValueError, match="names every column"):
        await in_transaction(db, lambda session: prepared.insert(session, {"id": 7}))


async def test_a_prepared_select_reads_what_sqlalchemy_reads(db: Database) -> None:
    later = AT + timedelta(minutes=1)
    ids = [
        await in_transaction(
            db,
            lambda session, at=at, direction=direction: NEW_ROW.insert(
                session, params(at=at, direction=direction)
            ),
        )
        for at, direction in (
            (AT, "in"),
            (AT, "out"),
            (later, "in"),
            (later + timedelta(minutes=1), "in"),
        )
    ]
    await in_transaction(
        db, lambda session: NEW_ROW.insert(session, params(direction="in", note="noted"))
    )
    times = await in_transaction(
        db, lambda session: NEWEST_TIMES.scalars(session, {"direction": "in"})
    )
    assert times == [later + timedelta(minutes=1), later]  # the newest two, without the noted row
    assert all(at.tzinfo is UTC for at in times)  # read through the column's result processor
    async with db.session() as session:
        assert times == list(
            (await session.execute(NEWEST_TIMES.statement, {"direction": "in"})).scalars()
        )
    assert await in_transaction(db, lambda session: IDS.scalars(session, {})) == [
        ids[0],
        ids[2],
        ids[3],
        ids[3] + 1,
    ]
    assert (
        await in_transaction(db, lambda session: NEWEST_TIMES.scalars(session, {"direction": "up"}))
        == []
    )
