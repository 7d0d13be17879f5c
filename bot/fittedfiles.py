"""The understanding layer's fitted numbers, kept on disk so that a start need not train.

Training takes about two seconds (most of it importing scikit-learn); reading the numbers back
takes a few milliseconds. Each language is a folder of ``.npy`` files, one per array, named after
the fingerprint of what it was fitted from (examples, code, library versions), so a changed
example is trained again and an old folder is never read by new code. The arrays are mapped into
memory, not read: a start touches only their headers, and instances on one machine share the
pages. The files hold no personal data: only what was learned from the team's examples. A folder
is written whole under a temporary name and then renamed (several instances may start at once);
arrays are read without pickle; a missing, unreadable or unwritable folder only means training
again.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

__all__ = ["FittedFiles", "default_folder"]


def default_folder() -> Path:
    """``$XDG_CACHE_HOME/overdue-bot/understanding`` (``~/.cache`` when it is not set)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "overdue-bot" / "understanding"


class FittedFiles:
    """A folder of fitted numbers by key (``<language>-<fingerprint>``), a folder each."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else default_folder()

    def path(self, key: str) -> Path:
        return self.folder / key

    def load(self, key: str) -> dict[str, npt.NDArray[Any]] | None:
        arrays = sorted(self.path(key).glob("*.npy"))
        if not arrays:
            return None
        try:
            return {file.stem: np.load(file, mmap_mode="r", allow_pickle=False) for file in arrays}
        except (OSError, ValueError, EOFError):
            log.warning("the stored understanding %s cannot be read; training again", key)
            return None

    def save(self, key: str, arrays: Mapping[str, npt.NDArray[Any]]) -> None:
        written: Path | None = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            written = Path(tempfile.mkdtemp(dir=self.folder, prefix=f".{key}.", suffix=".tmp"))
            for name, array in arrays.items():
                np.save(written / f"{name}.npy", np.asarray(array), allow_pickle=False)
            written.rename(self.path(key))
        except OSError as error:
            if written is not None:
                shutil.rmtree(written, ignore_errors=True)
            if not self.path(key).is_dir():  # else another instance stored the same first
                log.warning("the understanding cannot be stored in %s: %s", self.folder, error)
                return
        self._forget_older(key)

    def _forget_older(self, key: str) -> None:
        """Remove the language's folders of other fingerprints (and the single ``.npz`` files
        of earlier versions): they will never be read again. A process that has one mapped
        keeps reading it."""
        language = key.split("-", 1)[0]
        for old in self.folder.glob(f"{language}-*"):
            if old.name == key:
                continue
            if old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
            else:
                old.unlink(missing_ok=True)
