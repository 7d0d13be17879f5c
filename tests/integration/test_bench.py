"""Every benchmark still runs: a small size of each, to the end, printing its figures.

Only that they finish and report is checked, never how fast: the figures themselves are read
by people, on a quiet machine, as `bench/README.md` says. ``scaleout.py`` runs on the suite's
PostgreSQL, and its exit status is its own checks (nothing lost, duplicated or out of order).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: Each script with a small size, and a word its report must contain.
SMOKE_RUNS = {
    "throughput.py": (
        ["--conversations", "12", "--updates", "60", "--typed", "--parts"],
        "CPU by part",
    ),
    "steps.py": (["--cardholders", "12", "--concurrency", "4"], "ms"),
    "reminders.py": (["--reminders", "40", "--capped", "10"], "reminders/s"),
    "documents.py": (["--documents", "2"], "/s"),
    "faults.py": (
        ["--conversations", "4", "--kills", "1", "--quiet", "2", "--reply-timeout", "3"],
        "duplicated",
    ),
    "understanding.py": (
        ["--set", "dialogs/understanding/examples/messages/en.jsonl"],
        "understood overall",
    ),
    "reading_cost.py": (["--reads", "3"], "instructions"),
}
#: Run on the suite's PostgreSQL (``--db``), below: without one it is skipped with the others.
ON_POSTGRESQL = {"scaleout.py": (["--conversations", "2", "--turns", "3"], "updates/s")}


def test_every_benchmark_has_a_smoke_run() -> None:
    scripts = {
        path.name
        for path in (ROOT / "bench").glob("*.py")
        if 'if __name__ == "__main__":' in path.read_text(encoding="utf-8")
    }  # not the modules they share
    assert scripts == set(SMOKE_RUNS) | set(ON_POSTGRESQL)


@pytest.mark.parametrize("script", sorted(SMOKE_RUNS))
def test_benchmark_runs_and_prints_its_figures(script: str, tmp_path: Path) -> None:
    arguments, word = SMOKE_RUNS[script]
    run_and_read(script, arguments, word, tmp_path)


@pytest.mark.databases("postgresql")
@pytest.mark.parametrize("script", sorted(ON_POSTGRESQL))
def test_benchmark_on_postgresql_runs_and_its_checks_hold(
    script: str, empty_database_url: str, tmp_path: Path
) -> None:
    arguments, word = ON_POSTGRESQL[script]
    run_and_read(script, [*arguments, "--db", empty_database_url], word, tmp_path)


def run_and_read(script: str, arguments: list[str], word: str, tmp_path: Path) -> None:
    """The script to its end: exit status 0 (its own checks held), its figures printed."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), *arguments],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert word in result.stdout, result.stdout[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]


def _throughput(arguments: list[str], folder: Path) -> str:
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "throughput.py"), *arguments],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return result.stdout


def _without_a_reply(report: str) -> str:
    return next(line for line in report.splitlines() if "updates without a reply" in line)


def test_throughput_counts_an_update_answered_once_its_reply_arrives(tmp_path: Path) -> None:
    """The product's handlers only write their replies to the outbox: an update is counted when
    its reply reaches the fake Bot API, and every one of them gets there before the round ends."""
    report = _throughput(["--conversations", "6", "--updates", "30", "--typed"], tmp_path)
    line = _without_a_reply(report)
    assert "product on SQLite 0" in line, line
    assert "bare aiogram echo 0" in line and "calls only (replay) 0" in line, line
    # The replay makes the calls the product made in each round: one reply an update.
    assert "per update bare 1.00, product 1.00" in report, report


@pytest.mark.databases("postgresql")
def test_throughput_runs_the_product_on_postgresql_beside_sqlite(
    empty_database_url: str, tmp_path: Path
) -> None:
    report = _throughput(
        ["--conversations", "4", "--updates", "12", "--typed", "--db", empty_database_url],
        tmp_path,
    )
    assert "on PostgreSQL/bare" in report, report
    assert "product on PostgreSQL 0" in _without_a_reply(report), report
