"""The schema on an existing file: what a newer version adds is made when the bot opens it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, inspect, text
from sqlmodel import SQLModel

from bot.storage.db import open_database


async def test_an_index_added_since_the_file_was_made_is_made_at_open(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    SQLModel.metadata.create_all(engine)
    with engine.begin() as connection:  # a file from before the index
        connection.execute(text("DROP INDEX ix_conversation_holder_updated_at"))
    assert "ix_conversation_holder_updated_at" not in {
        i["name"] for i in inspect(engine).get_indexes("conversation")
    }
    engine.dispose()

    db = await open_database(f"sqlite:///{path}")
    await db.close()
    db = await open_database(f"sqlite:///{path}")  # and again: nothing is made twice
    await db.close()

    engine = create_engine(f"sqlite:///{path}")
    indexes = {i["name"]: i["column_names"] for i in inspect(engine).get_indexes("conversation")}
    engine.dispose()
    assert indexes["ix_conversation_holder_updated_at"] == ["holder", "updated_at"]
