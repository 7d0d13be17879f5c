"""A throwaway PostgreSQL cluster for the tests: ``initdb`` in a temporary folder, ``pg_ctl``
on 127.0.0.1 and a free port, deleted when the run ends.

The binaries are found with ``pg_config --bindir``, else in ``/usr/lib/postgresql/*/bin``
(``make test`` installs Debian's ``postgresql`` when they are missing). ``initdb`` refuses to
run as root, so as root the cluster belongs to the ``postgres`` user (which Debian's package
makes), else ``nobody``; its folder is made outside pytest's temporary folders, which only
root may enter. Authentication is ``trust``, on 127.0.0.1 and the folder's socket only.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from tests.support.telegram import free_port

SUPERUSER = "overdue"


class PostgresUnavailable(Exception):
    """No PostgreSQL here to start (the reason is the message)."""


def find_bindir() -> Path:
    """The folder of ``initdb``, ``pg_ctl`` and ``psql``, or :class:`PostgresUnavailable`."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        found = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True)
        if found.returncode == 0:
            candidates.append(Path(found.stdout.strip()))
    newest_first = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version, reverse=True)
    candidates += [Path(folder) for folder in newest_first]
    for folder in candidates:
        if all((folder / tool).exists() for tool in ("initdb", "pg_ctl", "psql")):
            return folder
    raise PostgresUnavailable(
        "PostgreSQL is not installed (no initdb: `make test` installs Debian's postgresql)"
    )


def _version(folder: str) -> tuple[int, ...]:
    number = Path(folder).parent.name
    return tuple(int(part) for part in number.split(".") if part.isdigit())


#: Ports tried before a server that will not start is given up.
PORT_ATTEMPTS = 3


class Cluster:
    """A PostgreSQL server of its own for one test run. :meth:`start`, then :meth:`stop`."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.folder = Path(tempfile.mkdtemp(prefix="overdue-postgres-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.owner = _owner()
        self._started = False

    @property
    def host(self) -> str:
        return "127.0.0.1"

    def url(self, database: str) -> str:
        return f"postgresql+asyncpg://{SUPERUSER}@{self.host}:{self.port}/{database}"

    def start(self) -> None:
        if self.owner is not None:
            os.chown(self.folder, self.owner.pw_uid, self.owner.pw_gid)
        self._run(
            "initdb",
            "--pgdata",
            str(self.data),
            "--username",
            SUPERUSER,
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--locale",
            "C",
            "--no-sync",
        )
        # A free port can be taken by someone else before the server binds it (the suite's
        # workers start their servers side by side): then another port is tried.
        for attempt in range(PORT_ATTEMPTS):
            try:
                self._start_server()
            except RuntimeError:
                if attempt == PORT_ATTEMPTS - 1:
                    raise
                self.port = free_port()
            else:
                break
        self._started = True

    def _start_server(self) -> None:
        # fsync off: a test cluster is thrown away, and it makes commits cheap.
        options = (
            f"-c listen_addresses={self.host} -c port={self.port} "
            f"-c unix_socket_directories={self.folder} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            "pg_ctl",
            "start",
            "--pgdata",
            str(self.data),
            "--wait",
            "--silent",
            "--log",
            str(self.folder / "server.log"),
            "--options",
            options,
        )

    def stop(self) -> None:
        try:
            if self._started:
                self._run("pg_ctl", "stop", "--pgdata", str(self.data), "--mode", "immediate")
        finally:
            self._started = False
            shutil.rmtree(self.folder, ignore_errors=True)

    def sql(self, statement: str, database: str = "postgres") -> str:
        """Run one statement with ``psql`` (what it prints, unaligned)."""
        done = subprocess.run(
            [
                str(self.bindir / "psql"),
                "--no-psqlrc",
                "--quiet",
                "--tuples-only",
                "--no-align",
                "--set",
                "ON_ERROR_STOP=1",
                "--host",
                self.host,
                "--port",
                str(self.port),
                "--username",
                SUPERUSER,
                "--dbname",
                database,
                "--command",
                statement,
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "PGCONNECT_TIMEOUT": "10"},
        )
        if done.returncode != 0:
            raise RuntimeError(f"psql {statement!r}: {done.stderr.strip()}")
        return done.stdout.strip()

    def create_database(self, name: str, *, template: str | None = None) -> str:
        """A new database (a copy of ``template``, which nobody may be connected to); its URL."""
        copy = f" TEMPLATE {template}" if template else ""
        self.sql(f"CREATE DATABASE {name}{copy}")
        return self.url(name)

    def _run(self, tool: str, *args: str) -> None:
        command: Sequence[str] = [str(self.bindir / tool), *args]
        if self.owner is not None:
            command = ["runuser", "-u", self.owner.pw_name, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, cwd=self.folder)
        if done.returncode != 0:
            log = self.folder / "server.log"
            detail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{tool} failed: {done.stderr.strip() or done.stdout}\n{detail}")


def _owner() -> pwd.struct_passwd | None:
    """Who runs the server: nobody but us, unless we are root (which initdb refuses)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise PostgresUnavailable("running as root, and no postgres or nobody user to run it as")
