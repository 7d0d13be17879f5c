"""``overdue-bot db upgrade|current|downgrade`` through the real command line, on SQLite and
PostgreSQL: what the schema is, or was and is now, in one line; a refusal with exit status 2.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import make_url

from bot.cli import demo_database
from bot.config import load_settings
from bot.storage.migrations.baseline import FIRST_REVISION
from bot.storage.schema import head

ROOT = Path(__file__).resolve().parents[2]


def overdue_bot(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("OVERDUE_BOT_")}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        env={**environment, "OVERDUE_BOT_DATABASE__URL": url},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def said(url: str, *args: str) -> str:
    done = overdue_bot(url, *args)
    assert done.returncode == 0 and not done.stderr, done.stderr
    where = make_url(url).render_as_string(hide_password=True)
    line = done.stdout.strip()
    assert line.startswith(f"{where}: "), line
    return line.removeprefix(f"{where}: ")


def test_the_db_commands_upgrade_tell_and_downgrade_the_schema(empty_database_url: str) -> None:
    url = empty_database_url
    assert said(url, "db", "current") == "none: no tables yet (`overdue-bot db upgrade` makes them)"
    assert said(url, "db", "upgrade", FIRST_REVISION) == (
        f"upgraded from nothing (no tables) to {FIRST_REVISION}"
    )
    assert said(url, "db", "upgrade") == f"upgraded from {FIRST_REVISION} to {head()} (head)"
    assert (
        said(url, "db", "downgrade", "base")
        == f"downgraded from {head()} (head) to nothing (no tables)"
    )


def test_an_unknown_revision_is_refused_in_one_line(migrated_database_url: str) -> None:
    done = overdue_bot(migrated_database_url, "db", "downgrade", "nope")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("overdue-bot: database.url ")
    assert "Can't locate revision identified by 'nope'" in done.stderr


def test_the_demo_uses_the_configured_database_only_when_one_is_configured(
    tmp_path: Path,
) -> None:
    assert demo_database(None, load_settings()) == "sqlite:///overdue-bot-demo.db"
    assert demo_database("here.db", load_settings()) == "sqlite:///here.db"
    configured = load_settings(database={"url": f"sqlite:///{tmp_path / 'bank.db'}"})
    assert demo_database(None, configured) == f"sqlite:///{tmp_path / 'bank.db'}"
