"""The rules' patterns as they are compiled, worked out at the build instead of at every start.

Before a phrase list or a pattern of the rules is compiled it is rewritten so that a message is
read fast (:mod:`.text`: phrases spelled out, led by their letters, grouped into trees; the
words that gate a pattern found): about half a second of Python at every start, to write the
same strings as the time before. The build keeps them (``overdue-bot understanding prepare``,
which ``make`` runs beside compiling the code to bytecode) in :data:`FILE_NAME`, next to this
module, each under a digest of what it was worked out from; a start takes a string from there
where its digest is, and works out any other as before. The file names the code that wrote it
(:func:`fingerprint`): one written by other code, missing or unreadable is not read. So the
patterns are the same either way, and a rule edited since the build only costs its own time.

Only the strings are kept: each is compiled at start as it always was (a compiled pattern can
be kept by no public means).
"""

from __future__ import annotations

import functools
import hashlib
import json
import sys
from collections.abc import Callable
from importlib import resources
from typing import Any, ParamSpec, TypeVar, cast

__all__ = ["FILE_NAME", "fingerprint", "not_prepared", "read_kept", "remembered", "worked_out"]

#: The file the build writes next to this module.
FILE_NAME = "prepared.json"
#: The modules whose code works the patterns out (a change to them makes the file stale).
_WORKING_OUT = ("text.py", "prepared.py")

_Given = ParamSpec("_Given")
_Written = TypeVar("_Written")


@functools.cache
def fingerprint() -> str:
    """A digest of the code that works the patterns out, and of the Python that runs it (its
    Unicode tables fold the phrases)."""
    rules = resources.files(__package__)
    digest = hashlib.blake2b(sys.version.encode(), digest_size=16)
    for name in _WORKING_OUT:
        digest.update(rules.joinpath(name).read_bytes())
    return digest.hexdigest()


@functools.cache
def _kept() -> dict[str, Any]:
    """The strings the build kept, by digest (see :func:`read_kept`)."""
    try:
        return read_kept(resources.files(__package__).joinpath(FILE_NAME).read_text("utf-8"))
    except OSError:
        return {}


def read_kept(written: str) -> dict[str, Any]:
    """The strings in ``written`` (the file), by digest; none where it is not what
    :func:`worked_out` writes for this code."""
    try:
        kept = json.loads(written)
    except ValueError:
        return {}
    if not isinstance(kept, dict) or kept.get("fingerprint") != fingerprint():
        return {}
    patterns = kept.get("patterns")
    return patterns if isinstance(patterns, dict) else {}


#: What each pattern worked out in this process was, by digest: what the build writes.
_USED: dict[str, Any] = {}


def remembered(work_out: Callable[_Given, _Written]) -> Callable[_Given, _Written]:
    """``work_out`` (of strings, booleans and tuples of them, to a string or a tuple of strings
    and tuples) taken from the build's file where it is there, worked out where it is not.

    Each result is kept for the build to write: only for the rules' own patterns, worked out
    once each as the modules are imported, never for anything made of a message."""
    name = work_out.__qualname__

    @functools.wraps(work_out)
    def prepared(*given: _Given.args, **named: _Given.kwargs) -> _Written:
        key = hashlib.blake2b(repr((name, given, named)).encode(), digest_size=16).hexdigest()
        kept = _kept().get(key)
        written = work_out(*given, **named) if kept is None else cast(_Written, _as_tuples(kept))
        _USED[key] = written
        return written

    return prepared


def _as_tuples(kept: Any) -> Any:
    """A value as it was worked out: JSON has lists where it had tuples."""
    return tuple(map(_as_tuples, kept)) if isinstance(kept, list) else kept


def worked_out() -> dict[str, Any]:
    """What the build writes to :data:`FILE_NAME`: every pattern worked out or taken so far in
    this process (import the rules first), under the code's fingerprint."""
    return {"fingerprint": fingerprint(), "patterns": dict(sorted(_USED.items()))}


def not_prepared() -> int:
    """How many patterns this process worked out itself, not finding them in the build's file
    (all of them where it has none; those of a rule edited since it was written)."""
    return len(_USED.keys() - _kept().keys())
