"""Every benchmark still runs: a small size of each, to the end, printing its figures.

Only that they finish and report is checked, never how fast: the figures themselves are read
by people, on a quiet machine, as `bench/README.md` says.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: Each script with a small size, and a word its report must contain.
SMOKE_RUNS = {
    "throughput.py": (["--conversations", "12", "--updates", "60", "--typed"], "updates/s"),
    "steps.py": (["--cardholders", "12", "--concurrency", "4"], "ms"),
    "reminders.py": (["--reminders", "40", "--capped", "10"], "reminders/s"),
    "documents.py": (["--documents", "2"], "/s"),
    "faults.py": (["--conversations", "4", "--kills", "1", "--quiet", "2"], "duplicated"),
    "understanding.py": (["--set", "tests/understanding_dev/en.jsonl"], "understood overall"),
}


def test_every_benchmark_has_a_smoke_run() -> None:
    scripts = {path.name for path in (ROOT / "bench").glob("*.py")}
    assert scripts == set(SMOKE_RUNS)


@pytest.mark.parametrize("script", sorted(SMOKE_RUNS))
def test_benchmark_runs_and_prints_its_figures(script: str, tmp_path: Path) -> None:
    arguments, word = SMOKE_RUNS[script]
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
