"""One send rate for every instance: the reminders' budget, kept in the database.

Telegram allows a bot about 30 messages a second, whichever of its processes sends them. A
limiter per process let two instances at 25/s send 50/s; here each send reserves its slot in
table ``send_budget`` (one row per budget: the moment the next send may go) with one conditional
``UPDATE … RETURNING``, which moves that moment on by ``1 / rate``. The database serializes the
updates of the row (on PostgreSQL a row lock held for the statement's transaction, a millisecond),
so every instance's sends, taken together, are ``1 / rate`` apart. A 429 holds the whole budget
for ``retry_after``. Per chat (Telegram's second between messages to one chat) the spacing stays
in the process: one cardholder's reminders go out one after the other, from one instance.

Moments are wall-clock time (``time.time``), which instances on several machines share through
NTP; stored as integer microseconds. A slot reserved absurdly far ahead (a clock set wrong
somewhere) is not waited for: the budget starts again from this instance's clock, with a warning.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

from sqlalchemy import BigInteger, case, literal, update
from sqlalchemy.orm import Session

from bot.storage.db import Database, insert_skipping_existing, rowcount
from bot.storage.models import SendBudget, table_of

log = logging.getLogger(__name__)

#: The budget the reminders (and payment thanks) send under.
REMINDERS = "reminders"
MICRO = 1_000_000
#: A slot further ahead than this is a clock set wrong, not a queue (a queue is a few seconds).
FAR_AHEAD = 600.0

_BUDGET = table_of(SendBudget)


def _micro(seconds: float) -> int:
    return round(seconds * MICRO)


def _at_least(moment: int) -> object:
    """``next_slot``, or ``moment`` if that is later (portable: no GREATEST on SQLite)."""
    later = literal(moment, BigInteger())
    return case((_BUDGET.c.next_slot < later, later), else_=_BUDGET.c.next_slot)


def reserve_slot(session: Session, name: str, earliest: int, spacing: int) -> int:
    """The moment (µs) a send may go: the budget's next slot, or ``earliest`` if that is later;
    the budget moves on to the slot after it."""
    moved = (
        update(_BUDGET)
        .where(_BUDGET.c.name == name)
        .values(next_slot=_at_least(earliest) + literal(spacing, BigInteger()))
        .returning(_BUDGET.c.next_slot)
    )
    after = session.execute(moved).scalar_one_or_none()
    if after is None:  # the budget's first send: its row, made once whoever comes first
        first = insert_skipping_existing(session, _BUDGET, "name")
        session.execute(first, {"name": name, "next_slot": earliest})
        after = session.execute(moved).scalar_one()
    return int(after) - spacing


def hold_sends(session: Session, name: str, until: int) -> None:
    """No slot of the budget before ``until`` (µs): Telegram asked everyone to wait."""
    held = update(_BUDGET).where(_BUDGET.c.name == name).values(next_slot=_at_least(until))
    if rowcount(session.execute(held)) == 0:
        first = insert_skipping_existing(session, _BUDGET, "name")
        session.execute(first, {"name": name, "next_slot": until})
        session.execute(held)


def restart_budget(session: Session, name: str, moment: int) -> None:
    """The budget from ``moment`` on, whatever it said (it was set by a clock far ahead)."""
    session.execute(update(_BUDGET).where(_BUDGET.c.name == name).values(next_slot=moment))


class SharedRateLimiter:
    """Spaces sends ``1 / rate`` apart across every instance on the database, and
    ``per_chat_interval`` apart per chat in this process. ``acquire`` before each send;
    ``pause`` when the channel says 429.

    ``wall`` (seconds, the same on every instance's machine) and ``sleep`` are injectable.
    """

    def __init__(
        self,
        db: Database,
        rate_per_second: float,
        per_chat_interval: float,
        *,
        name: str = REMINDERS,
        wall: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.db = db
        self.name = name
        self.spacing = 1.0 / rate_per_second
        self.per_chat_interval = per_chat_interval
        self.wall = wall
        self.sleep = sleep
        self._next_chat: dict[int, float] = {}

    async def acquire(self, chat_id: int) -> None:
        now = self.wall()
        earliest = max(now, self._next_chat.get(chat_id, float("-inf")))
        # Kept at once, so another send to the chat started meanwhile here queues behind it.
        self._next_chat[chat_id] = earliest + self.per_chat_interval
        reserved = await self.db.write(
            reserve_slot, self.name, _micro(earliest), _micro(self.spacing)
        )
        slot = reserved / MICRO
        if slot - now > FAR_AHEAD:
            log.warning(
                "send budget %s: the next slot was %.0f s ahead of this clock; starting again",
                self.name,
                slot - now,
            )
            await self.db.write(restart_budget, self.name, _micro(earliest + self.spacing))
            slot = earliest
        self._next_chat[chat_id] = slot + self.per_chat_interval
        wait = slot - self.wall()
        if wait > 0:
            await self.sleep(wait)
        if len(self._next_chat) > 10_000:
            current = self.wall()
            self._next_chat = {k: v for k, v in self._next_chat.items() if v > current}

    async def pause(self, seconds: float) -> None:
        """Send nothing, on any instance, for ``seconds`` (the channel said 429)."""
        await self.db.write(hold_sends, self.name, _micro(self.wall() + seconds))
