"""When an instalment's reminders fall, in the cardholder's own time zone: pure, no I/O.

An instalment gets up to three reminders, by kind: ``before`` (``days_before`` days before the
due date, when ``days_before > 0``), ``due`` (on the due day, when ``on_due_day``) and
``followup`` (``grace_days`` after it), each at ``send_at`` local time. A local time becomes aware
UTC through :mod:`zoneinfo`: one in a spring-forward gap moves forward to the first minute that
exists (02:30 → 03:00); an ambiguous one (autumn) is its first occurrence (summer time). Nothing
goes out in quiet hours: a moment inside them moves to their end (:func:`next_allowed`), already
when planning and again when sending. At most ``weekly_cap`` reminders go in any rolling
:data:`CAP_WINDOW`.

Thanks for a paid instalment (:data:`PAID`) is sent the same way, once, but it is not a reminder:
the weekly cap neither counts it nor holds it back.

The shell turns its ``[reminders]`` settings into a :class:`ReminderTiming`
(``bot.config.RemindersConfig.to_timing``); the database and the sending stay in ``bot.reminders``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

BEFORE, DUE, FOLLOWUP = "before", "due", "followup"
#: The kinds of reminder, in the order they fall for one instalment.
KINDS = (BEFORE, DUE, FOLLOWUP)
#: Not a reminder but sent the same way, once: thanks (and progress) for a paid-off instalment.
PAID = "paid"
#: The rolling window of the weekly cap.
CAP_WINDOW = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class ReminderTiming:
    """When reminders fall: the timing half of the ``[reminders]`` settings, with their defaults.

    Hashable, so the moments of one due date are worked out once (:func:`plan_reminders`).
    """

    days_before: int = 3
    on_due_day: bool = True
    grace_days: int = 3
    send_at: time = time(10, 0)
    quiet_start: time = time(21, 0)
    quiet_end: time = time(8, 0)
    weekly_cap: int = 7


def local_to_utc(day: date, at: time, timezone: str) -> datetime:
    """``day`` at local ``at`` in ``timezone`` as aware UTC.

    A time that does not exist (spring-forward gap) moves forward to the first minute that does;
    an ambiguous one (fall-back) is its first occurrence.
    """
    zone = ZoneInfo(timezone)
    naive = datetime.combine(day, at.replace(tzinfo=None, fold=0))
    for minutes in range(0, 24 * 60):
        wall = naive + timedelta(minutes=minutes)
        if minutes:
            wall = wall.replace(second=0, microsecond=0)
        candidate = wall.replace(tzinfo=zone)  # fold=0: the first occurrence
        if candidate.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == wall:
            return candidate.astimezone(UTC)
    raise ValueError(f"no valid local time after {naive} in {timezone}")  # pragma: no cover


def in_quiet_hours(local: time, quiet_start: time, quiet_end: time) -> bool:
    """Whether a local wall time falls in quiet hours ``[start, end)``, which may span midnight."""
    if quiet_start == quiet_end:
        return False
    if quiet_start < quiet_end:
        return quiet_start <= local < quiet_end
    return local >= quiet_start or local < quiet_end


def next_allowed(
    moment_utc: datetime, timezone: str, quiet_start: time, quiet_end: time
) -> datetime:
    """``moment_utc`` itself if allowed, else the end of the quiet hours it falls in (aware UTC).

    Quiet hours that started in the evening end on the cardholder's next local day.
    """
    if moment_utc.tzinfo is None:
        raise ValueError("moment_utc must be aware")
    local = moment_utc.astimezone(ZoneInfo(timezone))
    wall = local.time().replace(tzinfo=None)
    if not in_quiet_hours(wall, quiet_start, quiet_end):
        return moment_utc.astimezone(UTC)
    day = local.date()
    if quiet_start > quiet_end and wall >= quiet_start:
        day += timedelta(days=1)  # evening part of quiet hours that run past midnight
    return local_to_utc(day, quiet_end, timezone)


@lru_cache(maxsize=16_384)
def plan_reminders(
    due: date, timezone: str, timing: ReminderTiming
) -> tuple[tuple[str, datetime], ...]:
    """The reminders of an instalment due on ``due``: ``(kind, moment in aware UTC)``, in time
    order, already out of quiet hours.

    Kept: agreements made on the same day share their due dates, and an agreement of 60 payments
    would otherwise make 180 time-zone conversions.
    """
    days: list[tuple[str, date]] = []
    if timing.days_before > 0:
        days.append((BEFORE, due - timedelta(days=timing.days_before)))
    if timing.on_due_day:
        days.append((DUE, due))
    days.append((FOLLOWUP, due + timedelta(days=timing.grace_days)))
    return tuple(
        (
            kind,
            next_allowed(
                local_to_utc(day, timing.send_at, timezone),
                timezone,
                timing.quiet_start,
                timing.quiet_end,
            ),
        )
        for kind, day in days
    )


def stale_reason(
    kind: str, due: date, now: datetime, timezone: str, timing: ReminderTiming
) -> str | None:
    """Why a reminder of an instalment due on ``due`` no longer makes sense at ``now`` (it was
    held back: downtime, a person holding the conversation), or ``None``.

    ``before`` and ``due`` go stale once the due date has passed in the cardholder's time zone;
    ``before`` also on the due day itself when a due-day reminder is planned, so a late start
    never sends two messages that day. A ``followup`` stays while the instalment is unpaid.
    """
    today = now.astimezone(ZoneInfo(timezone)).date()
    if kind in (BEFORE, DUE) and today > due:
        return "stale: due date passed"
    if kind == BEFORE and timing.on_due_day and today >= due:
        return "stale: the due-day reminder says it"
    return None


def weekly_cap_lifts_at(
    sent: Iterable[datetime], now: datetime, timezone: str, timing: ReminderTiming
) -> datetime | None:
    """When one more reminder fits under the weekly cap, given when the cardholder's reminders
    were sent; ``None`` if one fits now.

    Once the (count - cap + 1) oldest of the window have left it, one more fits; that moment is
    then moved out of quiet hours.
    """
    window_start = now - CAP_WINDOW
    recent = sorted(moment for moment in sent if moment > window_start)
    if len(recent) < timing.weekly_cap:
        return None
    free_at = recent[len(recent) - timing.weekly_cap] + CAP_WINDOW
    return next_allowed(free_at, timezone, timing.quiet_start, timing.quiet_end)
