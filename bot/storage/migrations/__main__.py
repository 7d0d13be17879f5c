"""``python -m bot.storage.migrations "what changed"``: the next revision, for review.

Alembic writes it from the difference between the models and a scratch SQLite database
migrated to the last revision, into ``versions/NNNN_what_changed.py``. Read it before
committing: Alembic cannot tell a renamed column from a dropped and an added one, and a
new column that is not nullable needs a default for the rows already there. Then run the tests:
``tests/integration/test_schema.py`` migrates a database with data in it on SQLite and
PostgreSQL and fails while the models and the migrations differ.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from bot.storage.schema import alembic_config, changing, scripts


def next_revision() -> str:
    numbers = [int(s.revision) for s in scripts().walk_revisions() if s.revision.isdigit()]
    return f"{max(numbers, default=0) + 1:04d}"


def main(argv: list[str]) -> int:
    message = " ".join(argv).strip()
    if not message:
        print('usage: python -m bot.storage.migrations "what changed"', file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        engine = create_engine(f"sqlite:///{Path(folder) / 'head.db'}")
        try:
            with engine.connect() as connection:

                def write(locked: object) -> object:
                    command.upgrade(alembic_config(connection), "head")
                    return command.revision(
                        alembic_config(connection),
                        message=message,
                        autogenerate=True,
                        rev_id=next_revision(),
                    )

                script = changing(connection, write)
        finally:
            engine.dispose()
    path = getattr(script, "path", None)
    if path is None:
        print("no revision written", file=sys.stderr)
        return 1
    ruff = Path(sys.executable).parent / "ruff"
    if ruff.exists():
        subprocess.run([ruff, "format", "--quiet", path], check=False)
        subprocess.run([ruff, "check", "--fix", "--quiet", path], check=False)
    print(f"{path}: review it, then run the tests")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
