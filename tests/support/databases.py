"""The databases a test runs on: SQLite files and a throwaway PostgreSQL (a pytest plugin).

A test (or fixture) that takes :func:`migrated_database_url` gets a fresh database at the
migrations' head, once per database of the run, and :func:`empty_database_url` one without
tables; :func:`database_kind` says which (``"sqlite"`` or ``"postgresql"``). To run a test on
both, take one of them instead of a SQLite URL: that is all.

- ``pytest --db sqlite|postgresql|both`` (default ``both``) chooses; a test marked
  ``@pytest.mark.databases("sqlite")`` runs on those only (a PRAGMA, the in-process driver);
  PostgreSQL runs are marked ``postgresql`` (``-m "not postgresql"`` leaves them out).
- PostgreSQL is a cluster of the run's own (:mod:`tests.support.postgres`), started at the first
  test that needs it and deleted at the end. Where it cannot start, those tests are skipped
  with the reason, unless ``OVERDUE_TEST_POSTGRES=required`` (``make test`` sets it): then they
  fail, so CI never passes without them.
- Fast: the migrations run once per run and kind, into a template (a SQLite file, a PostgreSQL
  template database); each test gets a copy.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import shutil
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from bot.storage import schema
from bot.storage.db import on_schema
from tests.support.postgres import Cluster, PostgresUnavailable, find_bindir

KINDS = ("sqlite", "postgresql")
REQUIRED = "OVERDUE_TEST_POSTGRES"
TEMPLATE = "overdue_head"
_numbers = itertools.count(1)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--db",
        choices=(*KINDS, "both"),
        default="both",
        help="the databases the tests that take database_kind run on (default: both)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "databases(*kinds): run only on these kinds of database (sqlite, postgresql)"
    )
    config.addinivalue_line("markers", "postgresql: a run on the test PostgreSQL cluster")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database_kind" not in metafunc.fixturenames:
        return
    chosen = metafunc.config.getoption("--db")
    kinds = KINDS if chosen == "both" else (chosen,)
    marker = metafunc.definition.get_closest_marker("databases")
    if marker is not None:
        kinds = tuple(kind for kind in kinds if kind in marker.args)
    metafunc.parametrize(
        "database_kind",
        [
            pytest.param(kind, marks=[pytest.mark.postgresql] if kind == "postgresql" else [])
            for kind in kinds
        ],
        indirect=True,
    )


@pytest.fixture
def database_kind(request: pytest.FixtureRequest) -> str:
    """``"sqlite"`` or ``"postgresql"``: the database this run of the test is on."""
    return str(request.param)


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[Cluster]:
    """The run's PostgreSQL, started on first use; skips (or fails, if required) without one."""
    required = os.environ.get(REQUIRED) == "required"
    cluster: Cluster | None = None
    try:
        cluster = Cluster(find_bindir())
        cluster.start()
    except (PostgresUnavailable, RuntimeError, OSError) as error:
        if cluster is not None:
            cluster.stop()  # what initdb left
        if required:
            pytest.fail(f"PostgreSQL is required ({REQUIRED}) and cannot start: {error}")
        pytest.skip(f"no PostgreSQL: {error}")
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to head, to copy."""
    path = tmp_path_factory.mktemp("template") / "head.db"
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            schema.upgrade(connection)
    finally:
        engine.dispose()  # the last connection closed: the log is in the file
    return path


@pytest.fixture(scope="session")
def postgres_template(postgres_cluster: Cluster) -> str:
    """The name of a PostgreSQL database migrated to head, to copy (no one stays connected)."""
    url = postgres_cluster.create_database(TEMPLATE)
    upgrade_in_a_thread(url)
    return TEMPLATE


def upgrade_in_a_thread(url: str, revision: str = "head") -> None:
    """The database at ``url`` upgraded, from synchronous code (a thread with its own loop)."""
    with ThreadPoolExecutor(1) as thread:
        thread.submit(asyncio.run, on_schema(url, schema.upgrade, revision)).result()


def copy_sqlite_template(template: Path, folder: Path, name: str = "test.db") -> str:
    """A copy of the template in ``folder``: its URL."""
    path = folder / name
    shutil.copyfile(template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def empty_database_url(
    database_kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[str]:
    """A database without tables, on each kind of the run."""
    if database_kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    cluster: Cluster = request.getfixturevalue("postgres_cluster")
    yield from _postgres_database(cluster, template=None)


@pytest.fixture
def migrated_database_url(
    database_kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[str]:
    """A database at the migrations' head, on each kind of the run: the one to take."""
    if database_kind == "sqlite":
        yield copy_sqlite_template(request.getfixturevalue("sqlite_template"), tmp_path)
        return
    cluster: Cluster = request.getfixturevalue("postgres_cluster")
    yield from _postgres_database(cluster, template=request.getfixturevalue("postgres_template"))


def _postgres_database(cluster: Cluster, *, template: str | None) -> Iterator[str]:
    name = f"test_{os.getpid()}_{next(_numbers)}"
    url = cluster.create_database(name, template=template)
    try:
        yield url
    finally:
        cluster.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
