"""The rules' patterns worked out at the build (``dialogs/understanding/rules/prepared.py``).

A start that reads the build's file must compile exactly the patterns a start without it works
out; the file must be read (not only written); a file from other code, or not a file of patterns
at all, is not read.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bot import understandingcli
from dialogs.understanding.rules import prepared

ROOT = Path(__file__).resolve().parents[2]

#: Run in a copy of ``dialogs``: every pattern (and set of gate words) the layer's modules hold,
#: by where it is held, what the process worked out and how much of it the file did not have;
#: with ``write``, the build's file too.
_START = r"""
import json, re, sys, types
from pathlib import Path
import dialogs.understanding
from dialogs.understanding.rules import prepared

held, seen = [], set()

def walk(value, where):
    if isinstance(value, re.Pattern):
        held.append([where, value.flags, value.pattern])
    elif isinstance(value, frozenset) and all(isinstance(v, str) for v in value):
        held.append([where, 0, sorted(value)])
    elif isinstance(value, (tuple, list)):
        for at, each in enumerate(value):
            walk(each, f"{where}[{at}]")
    elif isinstance(value, dict):  # (by key where the keys are words: built from sets)
        items = list(value.items())
        if all(isinstance(key, str) for key in value):
            items.sort()
        for at, (key, each) in enumerate(items):
            walk(each, f"{where}[{key if isinstance(key, str) else at}]")
    elif (
        type(value).__module__.startswith("dialogs.")
        and not isinstance(value, (type, types.FunctionType, types.ModuleType))
        and hasattr(value, "__dict__")
        and id(value) not in seen
    ):
        seen.add(id(value))
        for name, each in vars(value).items():
            walk(each, f"{where}.{name}")

for name, module in sorted(sys.modules.items()):
    if name.startswith("dialogs.understanding"):
        for attribute, value in list(vars(module).items()):
            walk(value, f"{name}.{attribute}")
worked_out = prepared.worked_out()
if sys.argv[1:] == ["write"]:
    Path(prepared.__file__).with_name(prepared.FILE_NAME).write_text(json.dumps(worked_out))
print(json.dumps({"held": held, "worked_out": worked_out, "not_prepared": prepared.not_prepared()}))
"""


def _start(copy: Path, *given: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", _START, *given],
        capture_output=True,
        text=True,
        check=True,
        cwd=copy,
        env={**os.environ, "PYTHONPATH": str(copy), "PYTHONDONTWRITEBYTECODE": "1"},
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_a_start_with_the_build_s_file_compiles_the_same_patterns(tmp_path: Path) -> None:
    shutil.copytree(
        ROOT / "dialogs",
        tmp_path / "dialogs",
        ignore=shutil.ignore_patterns("__pycache__", prepared.FILE_NAME),
    )
    worked = _start(tmp_path, "write")  # no file yet: every pattern worked out
    assert len(worked["held"]) > 1500
    assert worked["not_prepared"] == len(worked["worked_out"]["patterns"])
    file = tmp_path / "dialogs" / "understanding" / "rules" / prepared.FILE_NAME
    kept = json.loads(file.read_text())
    assert kept == worked["worked_out"] and len(kept["patterns"]) > 500

    taken = _start(tmp_path)
    assert taken["held"] == worked["held"]
    assert taken["worked_out"] == kept  # every pattern it needed was in the file, no other
    assert taken["not_prepared"] == 0

    # And the file is what it reads: a pattern changed in it (to one that matches the same) is
    # the pattern compiled.
    key, written = next(
        (key, value)
        for key, value in kept["patterns"].items()
        if isinstance(value, str) and any(pattern == value for _, _, pattern in worked["held"])
    )
    kept["patterns"][key] = f"{written}|(?!changed)"
    file.write_text(json.dumps(kept))
    changed = _start(tmp_path)["held"]
    assert changed != worked["held"]
    assert [
        [where, flags, p.replace("|(?!changed)", "") if isinstance(p, str) else p]
        for where, flags, p in changed
    ] == worked["held"]


def test_a_pattern_is_worked_out_once_and_then_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prepared, "_USED", {})
    monkeypatch.setattr(prepared, "_kept", lambda: {})
    calls: list[str] = []

    @prepared.remembered
    def spelled(word: str, twice: bool) -> tuple[str, tuple[str, ...]]:
        calls.append(word)
        return word, (word * 2 if twice else word,)

    assert spelled("ab", True) == ("ab", ("abab",))
    assert calls == ["ab"]
    (key,) = prepared.worked_out()["patterns"]
    # As the build's file has it (JSON, lists for tuples): taken, not worked out again.
    monkeypatch.setattr(prepared, "_kept", lambda: {key: ["ab", ["from the file"]]})
    assert spelled("ab", True) == ("ab", ("from the file",))
    assert spelled("ab", False) == ("ab", ("ab",))  # other arguments: worked out
    assert calls == ["ab", "ab"]


@pytest.mark.parametrize(
    "written",
    [
        "",
        "{not json",
        "[]",
        json.dumps({"fingerprint": "other code", "patterns": {"k": "x"}}),
        json.dumps({"fingerprint": prepared.fingerprint(), "patterns": ["x"]}),
    ],
)
def test_a_file_not_written_for_this_code_is_not_read(written: str) -> None:
    assert prepared.read_kept(written) == {}


def test_a_file_written_for_this_code_is_read() -> None:
    written = json.dumps({"fingerprint": prepared.fingerprint(), "patterns": {"k": "x"}})
    assert prepared.read_kept(written) == {"k": "x"}


def test_prepare_writes_what_this_process_worked_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / prepared.FILE_NAME
    assert understandingcli.prepare(target) == 0
    written = json.loads(target.read_text(encoding="utf-8"))
    assert written["fingerprint"] == prepared.fingerprint()
    assert len(written["patterns"]) > 500
    assert prepared.read_kept(target.read_text(encoding="utf-8")) == written["patterns"]
    assert "patterns prepared" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == [target]  # nothing half-written left
