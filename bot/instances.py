"""Who this process is, in the records it leaves on shared rows (claims, leases), and whether
another process named there is gone.

A name is ``host:pid``. A lease held by a process of this very host that no longer runs (a crash,
a ``kill -9``, then a restart) need not be waited out: nobody else can be sending under it.
"""

from __future__ import annotations

import os
import socket


def instance_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def gone(name: str) -> bool:
    """Whether ``name`` is a process of this host that has ended (never true for another host's,
    nor for one whose end cannot be told)."""
    host, _, pid = name.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:  # alive, but not ours to signal
        return False
    return False
