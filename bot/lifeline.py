"""A child process ends with the process that started it, however that one ends.

A worker of a process pool waits for work from its parent. When the parent is killed (``kill -9``,
the out-of-memory killer) nothing tells the worker: it waits forever, holding its memory, and so
does multiprocessing's resource tracker, which lives as long as any process holds its pipe.
A worker that calls :func:`follow_parent` first thing exits as soon as its parent is gone; once
the workers are gone, the tracker's pipe is closed and it ends too.

How it notices: on Linux a daemon thread waits on a pidfd of the parent (readable when the parent
exits: no polling, no delay); where there is none, the thread looks every
:data:`CHECK_SECONDS` whether the process has been handed to another parent. (The kernel's
``PR_SET_PDEATHSIG`` is not used: it fires when the *thread* that started the child ends, which
would kill a healthy worker started from a short-lived thread.)
"""

from __future__ import annotations

import os
import select
import threading
import time
from collections.abc import Callable

#: How often the portable fallback looks at the parent, in seconds.
CHECK_SECONDS = 1.0
#: The exit status of a worker whose parent is gone.
ORPHANED = 70


def follow_parent(parent_pid: int) -> None:
    """Exit this process when ``parent_pid``, the process that started it, is gone.

    ``parent_pid`` is the parent's own ``os.getpid()``, passed down at start: a parent that died
    before this call is noticed too (this process already has another parent by then).
    """
    if os.getppid() != parent_pid:
        os._exit(ORPHANED)
    watch = _pidfd_watch(parent_pid) or _poll_watch(parent_pid)
    threading.Thread(target=watch, name="follow-parent", daemon=True).start()


def _pidfd_watch(parent_pid: int) -> Callable[[], None] | None:
    """Wait on a pidfd of the parent (Linux 5.3 and later); ``None`` where there is none."""
    if not hasattr(os, "pidfd_open") or not hasattr(select, "poll"):
        return None
    try:
        pidfd = os.pidfd_open(parent_pid)
    except OSError:
        return None
    if os.getppid() != parent_pid:  # gone before the pidfd was open: it may name another process
        os.close(pidfd)
        os._exit(ORPHANED)

    def watch() -> None:
        waiting = select.poll()
        waiting.register(pidfd, select.POLLIN)
        while not waiting.poll():  # readable once the parent has exited
            pass
        os._exit(ORPHANED)

    return watch


def _poll_watch(parent_pid: int) -> Callable[[], None]:
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(CHECK_SECONDS)
        os._exit(ORPHANED)

    return watch
