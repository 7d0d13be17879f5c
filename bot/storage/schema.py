"""The schema: made and changed only by the migrations in ``bot/storage/migrations/``.

Every function here takes a connection of its own (:meth:`Database.connected
<bot.storage.db.Database.connected>`) and runs Alembic on it, without an ``alembic.ini``:

- :func:`prepare` at every open: nothing if the schema is this version's; else it upgrades (when
  ``[database] upgrade_on_start`` says so) or stops with what to do, as :class:`SchemaError`;
- :func:`upgrade`, :func:`downgrade`, :func:`describe_current`: ``overdue-bot db …``.

A change runs in one transaction, all or none, under a lock, so two instances starting at once
migrate once: ``pg_advisory_xact_lock`` on PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite (which
also gets its foreign keys checked before the commit: a batch migration copies tables with
them off).

A database made before migrations existed (tables, no ``alembic_version``) is *adopted*: it is
compared with the first revision's tables (:mod:`bot.storage.migrations.baseline`) and stamped
with that revision if it matches, then upgraded as any other; one that differs is refused with
the differences named, since the migrations would fail on it or, worse, half-succeed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Index, MetaData, inspect, text
from sqlalchemy.sql.schema import Constraint

from bot.storage.migrations.baseline import FIRST_REVISION, first_revision_metadata

T = TypeVar("T")
log = logging.getLogger(__name__)

#: The key of PostgreSQL's advisory lock that one schema change at a time holds.
LOCK_KEY = 0x6F_76_65_72_64_75_65  # "overdue"
VERSION_TABLE = "alembic_version"


class SchemaError(Exception):
    """The schema is not one this version can use, or cannot be changed as asked: the
    operator's words for it (the command line adds which database)."""


@dataclass(frozen=True)
class Change:
    """What :func:`upgrade` or :func:`downgrade` did."""

    before: str | None
    after: str | None
    #: The database was made before migrations and matched the first revision: it was stamped.
    adopted: bool = False

    def __str__(self) -> str:
        if self.adopted:
            done = f"made before migrations: adopted as {_name(FIRST_REVISION)}"
            return (
                done if self.after == FIRST_REVISION else f"{done}, upgraded to {_name(self.after)}"
            )
        if self.before == self.after:
            return f"already at {_name(self.after)}"
        return f"from {_name(self.before)} to {_name(self.after)}"


def _name(revision: str | None) -> str:
    if revision is None:
        return "nothing (no tables)"
    return f"{revision} (head)" if revision == head() else revision


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration, made here (no ``alembic.ini``): the migrations are found as the
    package's resources, so an installed wheel finds them too."""
    config = Config()
    config.set_main_option("script_location", "bot.storage:migrations")
    if connection is not None:
        config.attributes["connection"] = connection  # read by migrations/env.py
    return config


@cache
def scripts() -> ScriptDirectory:
    """The revisions, read once."""
    return ScriptDirectory.from_config(alembic_config())


def head() -> str:
    """The revision this version of the code needs."""
    revision = scripts().get_current_head()  # raises if the revisions have two heads
    assert revision is not None, "no migrations"
    return revision


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at; ``None`` without one (new, or made before migrations)."""
    return MigrationContext.configure(connection).get_current_revision()


def made_before_migrations(connection: Connection) -> bool:
    """Tables of ours, but no revision: made by a version from before migrations existed."""
    tables = set(inspect(connection).get_table_names())
    return current_revision(connection) is None and bool(
        tables & set(first_revision_metadata().tables)
    )


def prepare(connection: Connection, *, may_upgrade: bool) -> Change | None:
    """Nothing if the schema is this version's; else upgrade it (adopting a database from
    before migrations) if it ``may_upgrade``, or :class:`SchemaError` saying what to do."""
    revision = current_revision(connection)
    old = revision is None and made_before_migrations(connection)
    connection.rollback()  # only read: the change below takes its lock first
    if revision == head():
        return None
    if may_upgrade:
        change = upgrade(connection)
        log.info("database schema: %s", change)
        return change
    if old:
        raise SchemaError(
            "made before migrations: `overdue-bot db upgrade` adopts it "
            "(or set database.upgrade_on_start)"
        )
    if revision is None:
        raise SchemaError(
            "has no tables yet: `overdue-bot db upgrade` makes them "
            "(or set database.upgrade_on_start)"
        )
    _known(revision)
    raise SchemaError(
        f"its schema is at revision {revision}, this version needs {head()}: "
        "run `overdue-bot db upgrade` (or set database.upgrade_on_start)"
    )


def upgrade(connection: Connection, revision: str = "head") -> Change:
    """The schema upgraded to ``revision`` (a database from before migrations adopted first)."""

    def work(locked: Connection) -> Change:
        before = current_revision(locked)
        adopted = before is None and made_before_migrations(locked)
        if adopted:
            adopt(locked)
        elif before is not None:
            _known(before)
        command.upgrade(alembic_config(locked), revision)
        return Change(before, current_revision(locked), adopted)

    return changing(connection, work)


def downgrade(connection: Connection, revision: str) -> Change:
    """The schema downgraded to ``revision`` (``base``: no tables at all)."""

    def work(locked: Connection) -> Change:
        before = current_revision(locked)
        if before is None:
            raise SchemaError("has no revision to downgrade from")
        _known(before)
        command.downgrade(alembic_config(locked), revision)
        return Change(before, current_revision(locked))

    return changing(connection, work)


def describe_current(connection: Connection) -> str:
    """The revision the database is at, and whether it is this version's (``db current``)."""
    revision = current_revision(connection)
    if revision is None:
        if made_before_migrations(connection):
            return "none: made before migrations (`overdue-bot db upgrade` adopts it)"
        return "none: no tables yet (`overdue-bot db upgrade` makes them)"
    if revision == head():
        return f"{revision} (head)"
    _known(revision)
    return f"{revision} (this version needs {head()}: `overdue-bot db upgrade`)"


def adopt(connection: Connection) -> None:
    """Stamp a database from before migrations with the first revision, if it has exactly that
    revision's tables; :class:`SchemaError` naming the differences otherwise."""
    differences = schema_differences(connection, first_revision_metadata())
    if differences:
        raise SchemaError(
            f"made before migrations, and its tables differ from revision {FIRST_REVISION}'s, "
            f"which it would be adopted as: {'; '.join(differences)}"
        )
    command.stamp(alembic_config(connection), FIRST_REVISION)


def schema_differences(
    connection: Connection, metadata: MetaData, *, ignore: str | None = VERSION_TABLE
) -> list[str]:
    """How the database's tables differ from ``metadata``'s, one line each (none: the same).

    Alembic's own comparison (what ``revision --autogenerate`` writes), types included; the
    table ``ignore`` (Alembic's own) is left out.
    """
    context = MigrationContext.configure(
        connection,
        opts={
            "compare_type": True,
            "include_name": lambda name, kind, _parent: not (kind == "table" and name == ignore),
        },
    )
    return [_difference(item) for item in _flat(compare_metadata(context, metadata))]


def _flat(items: list[Any]) -> list[tuple[Any, ...]]:
    # Changes to a column come as a list of tuples; the others as one tuple each.
    flat: list[tuple[Any, ...]] = []
    for item in items:
        flat.extend(item if isinstance(item, list) else [item])
    return flat


def _difference(item: tuple[Any, ...]) -> str:
    """One of Alembic's differences in words: what the database lacks (``add``: the expected
    schema has it) or has that is not expected (``remove``), or how a column differs."""
    kind = item[0]
    if kind in ("add_table", "remove_table"):
        table = item[1]
        return f"table {table.name} {_lacks_or_extra(kind)}"
    if kind in ("add_column", "remove_column"):
        _, _schema, table, column = item
        return f"column {table}.{column.name} {_lacks_or_extra(kind)}"
    if kind in ("add_index", "remove_index", "add_constraint", "remove_constraint"):
        thing: Index | Constraint = item[1]
        columns = ", ".join(c.name for c in getattr(thing, "columns", []))
        table = thing.table.name if thing.table is not None else "?"
        what = "index" if isinstance(thing, Index) else "constraint"
        return f"{what} {thing.name or ''} on {table}({columns}) {_lacks_or_extra(kind)}".replace(
            "  ", " "
        )
    if kind in ("add_fk", "remove_fk"):
        constraint = item[1]
        return f"foreign key {constraint.table.name}{list(constraint.column_keys)} " + (
            _lacks_or_extra(kind)
        )
    if kind.startswith("modify_"):
        _, _schema, table, column, _info, found, expected = item
        what = kind.removeprefix("modify_").replace("_", " ")
        return f"column {table}.{column} {what} is {found}, expected {expected}"
    return repr(item)


def _lacks_or_extra(kind: str) -> str:
    return "missing" if kind.startswith("add_") else "not expected"


def _known(revision: str) -> None:
    """:class:`SchemaError` if ``revision`` is not one of this version's (a newer version's)."""
    if revision not in {script.revision for script in scripts().walk_revisions()}:
        raise SchemaError(
            f"its schema is at revision {revision}, which this version does not know "
            "(made by a newer version?): run that version, or downgrade with it"
        )


def changing(connection: Connection, work: Callable[[Connection], T]) -> T:
    """``work(connection)`` in one transaction under the schema's lock, committed if it
    returns; Alembic's refusals (an unknown revision asked for) as :class:`SchemaError`."""
    try:
        if connection.dialect.name == "sqlite":
            return _changing_sqlite(connection, work)
        with connection.begin():
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
            return work(connection)
    except CommandError as refused:
        raise SchemaError(str(refused)) from None


def _changing_sqlite(connection: Connection, work: Callable[[Connection], T]) -> T:
    # The sqlite3 driver would start a transaction only at the first INSERT or UPDATE and run
    # the CREATE and ALTER statements before it outside any: BEGIN here makes them one. The
    # foreign keys go off before it (a batch migration drops and renames tables they point to)
    # and are checked before the commit.
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    connection.exec_driver_sql("BEGIN IMMEDIATE")
    try:
        result = work(connection)
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise SchemaError(f"the migration broke foreign keys: {broken[:3]}")
        connection.commit()
    except BaseException:
        connection.rollback()
        raise
    finally:
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()
    return result
