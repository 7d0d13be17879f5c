"""``overdue-bot understanding misses``: what was not understood, by step, for the team."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_demo import run_cli


def test_misses_are_recorded_and_listed_by_step(tmp_path: Path) -> None:
    database = tmp_path / "demo.db"
    typed = ["4321", "zzqx vvbn", "b", "2500", "kkkk jjjj", "1200"]
    demo = run_cli("demo", "--db", str(database), stdin="\n".join(typed) + "\n")
    assert demo.returncode == 0, demo.stderr
    env = {"OVERDUE_BOT_DATABASE__URL": f"sqlite:///{database}"}

    listed = run_cli("understanding", "misses", env=env)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert "cause (1)" in lines and "expenses (1)" in lines
    assert any(line.endswith("en  zzqx vvbn") for line in lines)
    assert any(line.endswith("en  kkkk jjjj") for line in lines)
    assert "4321" not in listed.stdout  # what was understood is not listed

    other_language = run_cli("understanding", "misses", "--lang", "zh", env=env)
    assert other_language.stdout.strip() == "no message went misunderstood"
    later = run_cli("understanding", "misses", "--since", "2999-01-01", env=env)
    assert later.stdout.strip() == "no message went misunderstood"
