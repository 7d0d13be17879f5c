"""The understanding layer's fitted numbers, stored between runs so that a start need not train."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.fittedfiles import FittedFiles
from dialogs.understanding import Understanding, understanding
from dialogs.understanding.classifier import Classifier, fingerprint, load_examples

ROOT = Path(__file__).resolve().parents[2]
TEXTS = ("i lost my job in may", "még nem tudom biztosan", "我想暂停还款", "qwerty", "", "?")


@pytest.mark.parametrize("language", ["en", "hu", "zh"])
def test_a_classifier_read_back_from_its_numbers_reads_the_same(language: str) -> None:
    trained = understanding().classifiers[language]
    again = Classifier.from_arrays(trained.arrays())
    assert again.labels == trained.labels
    assert again.noise_floor == trained.noise_floor
    for text in TEXTS:
        scores, nearest = trained.read(text)
        scores_again, nearest_again = again.read(text)
        assert np.array_equal(scores, scores_again)
        assert np.array_equal(nearest, nearest_again)


def test_numbers_survive_the_files(tmp_path: Path) -> None:
    files = FittedFiles(tmp_path)
    trained = understanding().classifiers["en"]
    files.save("en-abc", trained.arrays())
    stored = files.load("en-abc")
    assert stored is not None
    again = Classifier.from_arrays(stored)
    assert np.array_equal(again.read("lost my job")[0], trained.read("lost my job")[0])
    assert files.load("en-other") is None


def test_an_older_fingerprint_is_removed_and_other_languages_kept(tmp_path: Path) -> None:
    files = FittedFiles(tmp_path)
    arrays = {"x": np.arange(3)}
    (tmp_path / "en-older.npz").write_bytes(b"an earlier version's single file")
    files.save("en-old", arrays)
    files.save("hu-old", arrays)
    files.save("en-new", arrays)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["en-new", "hu-old"]


def test_the_numbers_are_mapped_not_read(tmp_path: Path) -> None:
    files = FittedFiles(tmp_path)
    files.save("en-abc", {"weights": np.arange(12.0).reshape(3, 4), "floor": np.array(0.5)})
    stored = files.load("en-abc")
    assert stored is not None
    assert all(isinstance(array, np.memmap) for array in stored.values())
    assert np.array_equal(stored["weights"], np.arange(12.0).reshape(3, 4))
    assert float(stored["floor"]) == 0.5


def test_a_second_instance_storing_the_same_numbers_changes_nothing(tmp_path: Path) -> None:
    files = FittedFiles(tmp_path)
    files.save("en-abc", {"x": np.arange(3)})
    files.save("en-abc", {"x": np.arange(3)})  # the folder is there: this copy is dropped
    assert sorted(p.name for p in tmp_path.iterdir()) == ["en-abc"]
    stored = files.load("en-abc")
    assert stored is not None and np.array_equal(stored["x"], np.arange(3))


def test_a_damaged_file_means_training_again(tmp_path: Path) -> None:
    files = FittedFiles(tmp_path)
    files.path("en-abc").mkdir()
    (files.path("en-abc") / "weights.npy").write_bytes(b"not an array")
    assert files.load("en-abc") is None


def test_an_unwritable_folder_only_means_training_next_time(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("in the way")
    files = FittedFiles(blocked / "understanding")
    files.save("en-abc", {"x": np.arange(3)})  # no exception
    assert files.load("en-abc") is None


def test_pickles_are_never_read(tmp_path: Path) -> None:
    files = FittedFiles(tmp_path)
    files.path("en-abc").mkdir()
    np.save(files.path("en-abc") / "x.npy", np.array([object()], dtype=object))
    assert files.load("en-abc") is None


class CountingStore:
    def __init__(self) -> None:
        self.kept: dict[str, dict[str, np.ndarray]] = {}
        self.saved: list[str] = []

    def load(self, key: str) -> dict[str, np.ndarray] | None:
        return self.kept.get(key)

    def save(self, key: str, arrays: dict[str, np.ndarray]) -> None:
        self.saved.append(key)
        self.kept[key] = dict(arrays)


def test_the_layer_trains_once_then_reads_its_stored_numbers() -> None:
    store = CountingStore()
    first = Understanding.train(["hu"], store=store)
    assert store.saved == [f"hu-{fingerprint('hu')}"]
    second = Understanding.train(["hu"], store=store)
    assert store.saved == [f"hu-{fingerprint('hu')}"]  # read, not trained again
    text = "elvesztettem a munkámat"
    assert first.interpret(text, "cause", "hu") == second.interpret(text, "cause", "hu")
    # the buttons and labels come back with the numbers, as the files give them
    read, stored = first.examples["hu"], second.examples["hu"]
    assert stored.buttons == read.buttons
    assert list(stored.texts) == list(read.texts)
    assert stored.buttons == load_examples("hu").buttons


def test_a_changed_example_changes_the_fingerprint(tmp_path: Path) -> None:
    (tmp_path / "en.toml").write_text('[cause.forgot]\nexamples = ["i forgot"]\n')
    before = fingerprint("en", tmp_path)
    assert fingerprint("en", tmp_path) == before
    (tmp_path / "en.extra.toml").write_text('[cause.forgot]\nexamples = ["slipped my mind"]\n')
    assert fingerprint("en", tmp_path) != before
    (tmp_path / "hu.toml").write_text('[cause.forgot]\nexamples = ["i forgot"]\n')
    assert fingerprint("hu", tmp_path) != fingerprint("en", tmp_path)


def test_a_start_with_stored_numbers_does_not_load_scikit_learn(tmp_path: Path) -> None:
    start = (
        "import sys\n"
        "from pathlib import Path\n"
        "from bot.fittedfiles import FittedFiles\n"
        "from dialogs.understanding import interpret, understanding\n"
        "understanding(FittedFiles(Path(sys.argv[1])))\n"
        "print(interpret('elvesztettem a munkámat', 'cause', 'hu').meaning)\n"
        "print('sklearn' in sys.modules)\n"
    )

    def run() -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", start, str(tmp_path)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        return done.stdout.split()

    assert run() == ["job_loss", "True"]  # the first start trains and stores
    assert len([p for p in tmp_path.iterdir() if p.is_dir()]) == 3
    assert run() == ["job_loss", "False"]  # the next one only reads
