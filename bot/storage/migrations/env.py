"""What Alembic runs around the migrations: on the connection :mod:`bot.storage.schema` hands it.

That module opens the database (the async engine on PostgreSQL, run through ``run_sync``; the
``sqlite3`` driver on SQLite), takes the lock and the transaction, and puts the connection in
``config.attributes["connection"]``: the migrations run inside that transaction, all or none.
There is no ``alembic.ini``: ``overdue-bot db upgrade`` and ``python -m bot.storage.migrations``
build the configuration in code.
"""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection
from sqlalchemy.types import TypeDecorator
from sqlmodel import SQLModel

from bot.storage import models  # noqa: F401  (registers the tables)


def render_item(kind: str, item: Any, autogen: AutogenContext) -> str | Literal[False]:
    """A column type of ours (``UTCDateTime``, sqlmodel's ``AutoString``) written as the plain
    SQLAlchemy type it stores as: a migration must not import code that changes after it."""
    if kind == "type" and isinstance(item, TypeDecorator):
        return f"sa.{item.impl_instance!r}"
    return False


connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError(
        "migrations run through bot.storage.schema (overdue-bot db upgrade), not alembic's CLI"
    )
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    # SQLite alters a column by copying its table: Alembic's "batch" operations do that.
    render_as_batch=True,
    compare_type=True,
    render_item=render_item,
)
with context.begin_transaction():
    context.run_migrations()
