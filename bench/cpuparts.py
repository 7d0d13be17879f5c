"""CPU time spent in chosen functions while switched on: where a bench's time goes.

``CpuParts`` wraps each function named to it (an attribute of a module or class, replaced for
the life of the process: a bench's own process only) and adds up the process's CPU time inside
it, only between :meth:`enable` and :meth:`disable`. A call made inside another call of the
same part is counted once; coroutine functions are timed from their first line to their
return, awaits included (on SQLite a step's database work never waits for anything else).
"""

from __future__ import annotations

import functools
import inspect
import time
from collections import Counter
from collections.abc import Callable
from typing import Any


class CpuParts:
    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()
        self._on = False
        self._inside: Counter[str] = Counter()

    def enable(self) -> None:
        self._on = True

    def disable(self) -> None:
        self._on = False

    def time(self, owner: Any, name: str, label: str) -> None:
        """Count CPU time inside ``owner.name`` under ``label`` from now on."""
        original = inspect.getattr_static(owner, name)
        wrapped_static = isinstance(original, staticmethod)
        function: Callable[..., Any] = original.__func__ if wrapped_static else original
        if inspect.iscoroutinefunction(function):

            @functools.wraps(function)
            async def timed_async(*args: Any, **kwargs: Any) -> Any:
                if not self._on or self._inside[label]:
                    return await function(*args, **kwargs)
                self._inside[label] += 1
                start = time.process_time()
                try:
                    return await function(*args, **kwargs)
                finally:
                    self._inside[label] -= 1
                    self.seconds[label] += time.process_time() - start

            timed: Callable[..., Any] = timed_async
        else:

            @functools.wraps(function)
            def timed_sync(*args: Any, **kwargs: Any) -> Any:
                if not self._on or self._inside[label]:
                    return function(*args, **kwargs)
                self._inside[label] += 1
                start = time.process_time()
                try:
                    return function(*args, **kwargs)
                finally:
                    self._inside[label] -= 1
                    self.seconds[label] += time.process_time() - start

            timed = timed_sync
        setattr(owner, name, staticmethod(timed) if wrapped_static else timed)

    def lines(self, updates: int) -> list[str]:
        """Each part's CPU milliseconds an update, dearest first."""
        return [
            f"{label:>40}: {seconds / updates * 1000:.2f} ms an update"
            for label, seconds in self.seconds.most_common()
        ]
