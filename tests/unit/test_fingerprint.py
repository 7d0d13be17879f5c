"""The classifier's fingerprint follows every file of the understanding code, subpackages too,
and every file it learns from."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

from dialogs.understanding.classifier import fingerprint


def _copy_of_the_code(tmp_path: Path) -> Path:
    package = Path(str(resources.files("dialogs.understanding")))
    copy = tmp_path / "understanding"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_the_installed_code_is_what_is_fingerprinted(tmp_path: Path) -> None:
    code = _copy_of_the_code(tmp_path)
    assert fingerprint("en", code=code) == fingerprint("en")


def test_a_changed_rule_in_a_subpackage_changes_the_fingerprint(tmp_path: Path) -> None:
    code = _copy_of_the_code(tmp_path)
    before = fingerprint("en", code=code)
    assert fingerprint("en", code=code) == before
    rules = code / "rules" / "text.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert fingerprint("en", code=code) != before


def test_a_new_file_deep_in_the_package_changes_the_fingerprint(tmp_path: Path) -> None:
    code = _copy_of_the_code(tmp_path)
    before = fingerprint("en", code=code)
    (code / "rules" / "extra.py").write_text('"""More rules."""\n', encoding="utf-8")
    assert fingerprint("en", code=code) != before


def test_only_python_files_count(tmp_path: Path) -> None:
    code = _copy_of_the_code(tmp_path)
    before = fingerprint("en", code=code)
    (code / "rules" / "notes.txt").write_text("not code\n", encoding="utf-8")
    assert fingerprint("en", code=code) == before


def test_a_changed_round_of_labelled_messages_changes_the_fingerprint(tmp_path: Path) -> None:
    code = _copy_of_the_code(tmp_path)
    examples = code / "examples"
    before = fingerprint("en", examples, code=code)
    round_file = examples / "messages" / "round20" / "en.jsonl"
    line = '{"question": "temporary", "text": "it will pass i think", "expect": "yes"}\n'
    round_file.write_text(round_file.read_text(encoding="utf-8") + line, encoding="utf-8")
    assert fingerprint("en", examples, code=code) != before
    assert fingerprint("hu", examples, code=code) == fingerprint("hu", code=code)
