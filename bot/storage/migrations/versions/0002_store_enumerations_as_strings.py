"""Store the enumerations as strings: a new member is no change to the schema.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 10:47:12.183423

On PostgreSQL they were enum types, which refuse a member the type does not have yet (``invalid
input value for enum reminderstatus`` after an upgrade that added one): now each is a
``VARCHAR(16)`` holding the member's name, as the models say (``enum_column``), without a
check; the types are dropped. On SQLite they were strings already, only shorter: the tables are
copied with the new length. The names stored do not change.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

#: (table, column, the PostgreSQL type it had, its members' names)
ENUMERATIONS = (
    ("agreement", "status", "agreementstatus", ("ACTIVE", "COMPLETED", "SUPERSEDED", "BROKEN")),
    ("conversation", "holder", "holder", ("ASSISTANT", "QUEUED", "SPECIALIST", "CLOSED")),
    ("instalment", "status", "instalmentstatus", ("OPEN", "PAID")),
    (
        "reminder",
        "status",
        "reminderstatus",
        ("PENDING", "CLAIMED", "SENT", "SKIPPED", "FAILED"),
    ),
    ("transcriptmessage", "direction", "direction", ("IN", "OUT", "NOTE")),
)
STRING = sa.String(length=16)


def on_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    for table, column, type_name, names in ENUMERATIONS:
        with op.batch_alter_table(table) as batch_op:
            batch_op.alter_column(
                column,
                existing_type=sa.Enum(*names, name=type_name),
                type_=STRING,
                existing_nullable=False,
                postgresql_using=f"{column}::text",
            )
        if on_postgresql():
            sa.Enum(name=type_name).drop(op.get_bind())


def downgrade() -> None:
    # A member added since (a name the type never had) makes this fail, and nothing changes.
    for table, column, type_name, names in reversed(ENUMERATIONS):
        enum = sa.Enum(*names, name=type_name)
        if on_postgresql():
            enum.create(op.get_bind())
        with op.batch_alter_table(table) as batch_op:
            batch_op.alter_column(
                column,
                existing_type=STRING,
                type_=enum,
                existing_nullable=False,
                postgresql_using=f"{column}::{type_name}",
            )
