"""Child processes end with the bot, however it ends: ``kill -9`` of a real process, then a
bounded wait (polling ``/proc``) for its children to be gone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: How long the children may take to notice: generous for a loaded machine; they take milliseconds.
GONE_WITHIN = 30.0
STARTED_WITHIN = 60.0

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")

#: A bot's PDF worker, started as ``TelegramApp`` starts it; then it waits to be killed.
PDF_MAKER = """
import sys
from concurrent.futures import wait
from bot.channels.telegram.documents import PdfMaker
from bot.config import load_settings
from bot.texts import Texts

settings = load_settings(document={"workers": 1})
maker = PdfMaker(Texts(settings.bank), settings.document)
wait(maker.start())
print("started", flush=True)
sys.stdin.read()
"""

#: A process whose child follows it; ``fallback`` takes away the pidfd, as on other systems.
FOLLOWED = """
import os, subprocess, sys
child = subprocess.Popen([sys.executable, "-c", '''
import os, sys
import bot.lifeline as lifeline
if sys.argv[2] == "fallback":
    del os.pidfd_open
    lifeline.CHECK_SECONDS = 0.05
lifeline.follow_parent(int(sys.argv[1]))
print("following", flush=True)
sys.stdin.read()
''', str(os.getpid()), sys.argv[1]], stdout=subprocess.PIPE, stdin=subprocess.PIPE, text=True)
assert child.stdout.readline() == "following\\n"
print(child.pid, flush=True)
sys.stdin.read()
"""


def _stat(pid: int) -> tuple[str, int] | None:
    """A process's state letter and parent, or ``None`` once it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    fields = stat.rpartition(")")[2].split()
    return fields[0], int(fields[1])


def _alive(pid: int) -> bool:
    found = _stat(pid)
    return found is not None and found[0] not in ("Z", "X")  # a zombie has ended


def _children(pid: int) -> dict[int, str]:
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (stat := _stat(int(entry.name))) and stat[1] == pid:
            try:
                found[int(entry.name)] = (entry / "cmdline").read_bytes().decode()
            except OSError:
                continue
    return found


def _within(seconds: float, done: Callable[[], bool]) -> bool:
    """Poll ``done`` until it holds or ``seconds`` have passed (an exit takes its time)."""
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def _start(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        # Not the tests' OVERDUE_BOT_DOCUMENT__WORKERS=0: the bot's own settings.
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith("OVERDUE_BOT_")},
            "PYTHONPATH": str(ROOT),
        },
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def _kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    for pipe in (process.stdin, process.stdout):  # its children may hold them open a while yet
        if pipe is not None:
            pipe.close()


def test_the_pdf_worker_and_the_resource_tracker_end_when_the_bot_is_killed() -> None:
    bot = _start(PDF_MAKER)
    children: dict[int, str] = {}
    try:
        assert bot.stdout is not None and bot.stdout.readline() == "started\n"

        def all_started() -> bool:
            children.update(_children(bot.pid))
            workers = [c for c in children.values() if "spawn_main" in c]
            return len(workers) == 1 and any("resource_tracker" in c for c in children.values())

        assert _within(STARTED_WITHIN, all_started), children
    finally:
        _kill(bot)
    assert _within(GONE_WITHIN, lambda: not any(_alive(pid) for pid in children)), {
        pid: command for pid, command in children.items() if _alive(pid)
    }


@pytest.mark.parametrize("how", ["pidfd", "fallback"])
def test_a_child_that_follows_its_parent_ends_when_the_parent_is_killed(how: str) -> None:
    if how == "pidfd" and not hasattr(os, "pidfd_open"):
        pytest.skip("no pidfd here")
    parent = _start(FOLLOWED, how)
    try:
        assert parent.stdout is not None
        child = int(parent.stdout.readline())
        assert _alive(child)
    finally:
        _kill(parent)
    assert _within(GONE_WITHIN, lambda: not _alive(child))


def test_a_child_whose_parent_is_already_gone_ends_at_once() -> None:
    from bot.lifeline import ORPHANED

    child = subprocess.run(
        [sys.executable, "-c", "import bot.lifeline as l; l.follow_parent(1 << 30)"],
        cwd=ROOT,
        timeout=30,
        check=False,
    )
    assert child.returncode == ORPHANED
