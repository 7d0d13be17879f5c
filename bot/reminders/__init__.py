"""Instalment reminders: planned in the cardholder's local time, stored ahead, each sent once.

Three jobs, three modules:

- when reminders fall (kinds, quiet hours, the weekly cap, staleness) is pure and lives in
  :mod:`dialogs.domain.reminding`;
- the rows (which exist, and the conditional updates that claim and record them) are
  :mod:`bot.reminders.storage`;
- the loop that sends the due ones through a :class:`ReminderSender`, at the channel's rate, is
  :mod:`bot.reminders.dispatcher`; that rate is one budget for every instance, kept in the
  database (:mod:`bot.reminders.budget`).

Exactly once: a reminder is claimed in the transaction that decided it may go, committed before
the send; its outcome is recorded in another. The step that words it writes its messages to the
outbox in its own transaction, and the outbox delivers them; after a crash between claim and
outcome, the claim is settled from the transcript once its lease is over: written means sent.
"""

from __future__ import annotations

from bot.reminders.budget import SharedRateLimiter
from bot.reminders.dispatcher import (
    DispatchReport,
    Limiter,
    RateLimiter,
    ReminderDispatcher,
    ReminderSender,
    SendFailed,
    SendForbidden,
    SendRetryLater,
    reminder_event,
)
from bot.reminders.storage import (
    CLAIM_LEASE,
    add_reminders,
    coming_reminders,
    horizon,
    insert_reminders_once,
)
from dialogs.domain.reminding import PAID, in_quiet_hours

__all__ = [
    "CLAIM_LEASE",
    "PAID",
    "DispatchReport",
    "Limiter",
    "RateLimiter",
    "ReminderDispatcher",
    "ReminderSender",
    "SendFailed",
    "SendForbidden",
    "SendRetryLater",
    "SharedRateLimiter",
    "add_reminders",
    "coming_reminders",
    "horizon",
    "in_quiet_hours",
    "insert_reminders_once",
    "reminder_event",
]
