"""The understanding layer's fitted numbers, kept on disk so that a start need not train.

Training takes about two seconds (most of it importing scikit-learn); reading the numbers back
takes a few milliseconds. Each language is one ``.npz`` file named after the fingerprint of what
it was fitted from (examples, code, library versions), so a changed example is trained again and
an old file is never read by new code. The files hold no personal data: only what was learned
from the team's examples. They are written atomically (several instances may start at once) and
read without pickle; a missing, unreadable or unwritable file only means training again.
"""

from __future__ import annotations

import logging
import os
import tempfile
import zipfile
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
    """A folder of fitted numbers by key (``<language>-<fingerprint>``)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else default_folder()

    def path(self, key: str) -> Path:
        return self.folder / f"{key}.npz"

    def load(self, key: str) -> dict[str, npt.NDArray[Any]] | None:
        try:
            with np.load(self.path(key), allow_pickle=False) as stored:
                return {name: stored[name] for name in stored.files}
        except FileNotFoundError:
            return None
        except (OSError, ValueError, EOFError, zipfile.BadZipFile):
            log.warning("the stored understanding %s cannot be read; training again", key)
            return None

    def save(self, key: str, arrays: Mapping[str, npt.NDArray[Any]]) -> None:
        written: Path | None = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(
                dir=self.folder, prefix=f".{key}.", suffix=".tmp", delete=False
            ) as file:
                written = Path(file.name)
                named: dict[str, Any] = dict(arrays)
                np.savez(file, allow_pickle=False, **named)
            os.replace(written, self.path(key))
        except OSError as error:
            if written is not None:
                written.unlink(missing_ok=True)
            log.warning("the understanding cannot be stored in %s: %s", self.folder, error)
            return
        self._forget_older(key)

    def _forget_older(self, key: str) -> None:
        """Remove the language's files of other fingerprints: they will never be read again."""
        language = key.split("-", 1)[0]
        for old in self.folder.glob(f"{language}-*.npz"):
            if old.name != self.path(key).name:
                old.unlink(missing_ok=True)
