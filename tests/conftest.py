"""Shared fixtures: a fake Bot API server, a database with accounts (on SQLite and on
PostgreSQL), a controlled clock.

The builders they use (and that tests import) are in :mod:`tests.support.telegram`; the
databases (SQLite, and a PostgreSQL of the run's own) in :mod:`tests.support.databases`.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from bot.clock import ManualClock
from bot.operations.accounts import HEADER, import_accounts
from bot.storage.db import Database, open_database
from tests.support.fakebotapi import FakeBotAPI
from tests.support.telegram import ACCOUNTS, BOT_TOKEN, NOW, serve_fake_api

pytest_plugins = ["tests.support.databases"]

# Tests check behaviour, never wall time: no generated example fails for being slow on a busy
# machine (Hypothesis' deadline of 200 ms failed a reading test while CI shared its cores).
settings.register_profile("behaviour", deadline=None)
settings.load_profile("behaviour")

# Agreement PDFs in a thread unless a test asks for the worker process: a process per test app
# would only add seconds of start-up (tests/integration/test_agreement_life.py runs one itself).
os.environ.setdefault("OVERDUE_BOT_DOCUMENT__WORKERS", "0")


@pytest.fixture(autouse=True, scope="session")
def _cache_in_a_temporary_folder(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[None]:
    """The understanding layer's stored numbers go to a folder of the run, not ``~/.cache``."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture
async def telegram_api() -> AsyncIterator[FakeBotAPI]:
    async for server in serve_fake_api(BOT_TOKEN):
        yield server


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def database_url(migrated_database_url: str) -> str:
    """A database at the migrations' head: every test that takes it (or ``database``) runs on
    a SQLite file and on PostgreSQL (``--db`` chooses; ``tests/support/databases.py``)."""
    return migrated_database_url


@pytest.fixture
async def database(database_url: str, tmp_path: Path) -> AsyncIterator[Database]:
    db = await open_database(database_url)
    path = tmp_path / "accounts.csv"
    path.write_text("\n".join([",".join(HEADER), *ACCOUNTS.values()]) + "\n", encoding="utf-8")
    await import_accounts(db, path)
    try:
        yield db
    finally:
        await db.close()
