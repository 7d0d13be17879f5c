"""``overdue-bot understanding misses``: what was not understood, by step, for the team."""

from __future__ import annotations

from pathlib import Path

from bot.evaluation import withheld_keys, withhold
from dialogs.understanding.classifier import withheld, withheld_key
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


def test_withhold_names_the_training_texts_that_are_held_out(tmp_path: Path) -> None:
    """A text both learned and held out is withheld (by hash), however it is written; a text
    only learned, or only held out, is not named."""
    examples = tmp_path / "examples"
    (examples / "messages" / "round1").mkdir(parents=True)
    for language in ("hu", "zh"):
        (examples / f"{language}.toml").write_text("", encoding="utf-8")
    (examples / "en.toml").write_text(
        '[temporary.no]\nexamples = ["it will last for years", "No, it will LAST."]\n',
        encoding="utf-8",
    )
    (examples / "messages" / "round1" / "en.jsonl").write_text(
        '{"question": "cause", "text": "my hours got cut", "expect": "reduced_income"}\n'
        '{"question": "cause", "text": "the shop shut down", "expect": "business_trouble"}\n',
        encoding="utf-8",
    )
    held = tmp_path / "held"
    held.mkdir()
    (held / "en.jsonl").write_text(
        '{"question": "temporary", "text": "no it will last", "expect": "no"}\n'
        '{"question": "cause", "text": "My hours got cut!", "expect": "reduced_income"}\n'
        '{"question": "cause", "text": "never seen before", "expect": "other"}\n',
        encoding="utf-8",
    )
    expected = sorted(withheld_key(t) for t in ("no it will last", "my hours got cut"))
    assert withheld_keys([held], examples) == expected
    assert withhold(examples, [held]) == 2
    assert sorted(withheld(examples)) == expected
