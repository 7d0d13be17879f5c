"""When reminders fall (:mod:`dialogs.domain.reminding`): local times, quiet hours, the weekly cap
and staleness, as plain values with no database."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from dialogs.domain.reminding import (
    CAP_WINDOW,
    ReminderTiming,
    in_quiet_hours,
    local_to_utc,
    next_allowed,
    plan_reminders,
    stale_reason,
    weekly_cap_lifts_at,
)

TIMING = ReminderTiming()
Q0, Q1 = time(21), time(8)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def local(tz: str, *args: int) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(tz)).astimezone(UTC)


def test_plan_shanghai() -> None:
    plan = plan_reminders(date(2027, 3, 10), "Asia/Shanghai", TIMING)
    assert plan == (
        ("before", utc(2027, 3, 7, 2, 0)),
        ("due", utc(2027, 3, 10, 2, 0)),
        ("followup", utc(2027, 3, 13, 2, 0)),
    )


def test_plan_budapest_across_spring_forward() -> None:
    # Clocks go 02:00 CET -> 03:00 CEST on 2027-03-28.
    plan = dict(plan_reminders(date(2027, 3, 29), "Europe/Budapest", TIMING))
    assert plan["before"] == utc(2027, 3, 26, 9, 0)  # CET, +01:00
    assert plan["due"] == utc(2027, 3, 29, 8, 0)  # CEST, +02:00
    assert plan["followup"] == utc(2027, 4, 1, 8, 0)


def test_plan_budapest_across_fall_back() -> None:
    # Clocks go 03:00 CEST -> 02:00 CET on 2027-10-31.
    plan = dict(plan_reminders(date(2027, 11, 1), "Europe/Budapest", TIMING))
    assert plan["before"] == utc(2027, 10, 29, 8, 0)
    assert plan["due"] == utc(2027, 11, 1, 9, 0)


def test_plan_new_york_and_options() -> None:
    timing = ReminderTiming(days_before=0, on_due_day=False, grace_days=5, send_at=time(9, 30))
    plan = plan_reminders(date(2027, 3, 10), "America/New_York", timing)
    assert plan == (("followup", utc(2027, 3, 15, 13, 30)),)  # EDT since 2027-03-14


def test_gap_moves_forward_and_ambiguous_takes_first() -> None:
    assert local_to_utc(date(2027, 3, 28), time(2, 30), "Europe/Budapest") == utc(
        2027, 3, 28, 1, 0
    )  # 03:00 CEST
    assert local_to_utc(date(2027, 10, 31), time(2, 30), "Europe/Budapest") == utc(
        2027, 10, 31, 0, 30
    )  # CEST
    assert local_to_utc(date(2027, 3, 14), time(2, 15), "America/New_York") == utc(
        2027, 3, 14, 7, 0
    )


def test_quiet_hours_in_planning() -> None:
    early = plan_reminders(date(2027, 3, 10), "Asia/Shanghai", ReminderTiming(send_at=time(7, 0)))
    assert dict(early)["due"] == local("Asia/Shanghai", 2027, 3, 10, 8, 0)
    late = plan_reminders(date(2027, 3, 10), "Asia/Shanghai", ReminderTiming(send_at=time(21, 30)))
    assert dict(late)["before"] == local("Asia/Shanghai", 2027, 3, 8, 8, 0)


def test_in_quiet_hours_within_a_day_across_midnight_and_none() -> None:
    assert in_quiet_hours(time(22), Q0, Q1) and in_quiet_hours(time(7, 59), Q0, Q1)
    assert not in_quiet_hours(time(8), Q0, Q1) and not in_quiet_hours(time(20, 59), Q0, Q1)
    assert in_quiet_hours(time(12, 30), time(12), time(13))
    assert not in_quiet_hours(time(13), time(12), time(13))
    assert not in_quiet_hours(time(3), time(0), time(0))  # start == end: never quiet


def test_next_allowed() -> None:
    tz = "Europe/Budapest"
    noon = local(tz, 2027, 5, 1, 12, 0)
    assert next_allowed(noon, tz, Q0, Q1) == noon
    assert next_allowed(local(tz, 2027, 5, 1, 7, 0), tz, Q0, Q1) == local(tz, 2027, 5, 1, 8, 0)
    assert next_allowed(local(tz, 2027, 5, 1, 21, 30), tz, Q0, Q1) == local(tz, 2027, 5, 2, 8, 0)
    assert next_allowed(local(tz, 2027, 5, 1, 21, 0), tz, Q0, Q1) == local(tz, 2027, 5, 2, 8, 0)
    assert next_allowed(local(tz, 2027, 5, 1, 8, 0), tz, Q0, Q1) == local(tz, 2027, 5, 1, 8, 0)
    # Across the spring-forward night: 23:00 CET -> 08:00 CEST,
    # seven hours of UTC later... minus one.
    assert next_allowed(local(tz, 2027, 3, 27, 23, 0), tz, Q0, Q1) == utc(2027, 3, 28, 6, 0)
    assert next_allowed(local(tz, 2027, 10, 30, 23, 0), tz, Q0, Q1) == utc(2027, 10, 31, 7, 0)
    # Quiet hours within one day.
    assert next_allowed(local(tz, 2027, 5, 1, 12, 30), tz, time(12), time(13)) == local(
        tz, 2027, 5, 1, 13, 0
    )


@hsettings(max_examples=200, deadline=None)
@given(
    moment=st.datetimes(
        min_value=datetime(2026, 1, 1), max_value=datetime(2029, 1, 1), timezones=st.just(UTC)
    ),
    tz=st.sampled_from(["Asia/Shanghai", "Europe/Budapest", "America/New_York", "Europe/London"]),
)
def test_next_allowed_is_never_quiet_nor_earlier(moment: datetime, tz: str) -> None:
    result = next_allowed(moment, tz, Q0, Q1)
    assert result >= moment
    wall = result.astimezone(ZoneInfo(tz)).time()
    assert not (wall >= Q0 or wall < Q1)
    assert result - moment < timedelta(hours=12)


def test_stale_by_the_cardholders_own_date() -> None:
    due, tz = date(2027, 5, 10), "Asia/Shanghai"
    # 23:30 UTC on the 9th is already the 10th in Shanghai: the due day.
    due_day = utc(2027, 5, 9, 23, 30)
    assert stale_reason("before", due, due_day, tz, TIMING) == "stale: the due-day reminder says it"
    assert stale_reason("before", due, due_day, tz, ReminderTiming(on_due_day=False)) is None
    assert stale_reason("due", due, due_day, tz, TIMING) is None
    after = local(tz, 2027, 5, 11, 0, 0)
    assert stale_reason("before", due, after, tz, TIMING) == "stale: due date passed"
    assert stale_reason("due", due, after, tz, TIMING) == "stale: due date passed"
    assert stale_reason("followup", due, after + timedelta(days=30), tz, TIMING) is None
    assert stale_reason("before", due, local(tz, 2027, 5, 9, 23, 59), tz, TIMING) is None


def test_weekly_cap_lifts_when_the_oldest_leaves_the_window_out_of_quiet_hours() -> None:
    tz = "Europe/Budapest"
    timing = ReminderTiming(weekly_cap=2)
    now = local(tz, 2027, 5, 8, 12, 0)
    first, second = local(tz, 2027, 5, 2, 12, 0), local(tz, 2027, 5, 5, 23, 0)
    assert weekly_cap_lifts_at([first], now, tz, timing) is None
    assert weekly_cap_lifts_at([first, second], now, tz, timing) == first + CAP_WINDOW
    # One sent more than a week ago no longer counts.
    assert weekly_cap_lifts_at([now - CAP_WINDOW, second], now, tz, timing) is None
    # Three in the window with a cap of two: the second oldest decides, at 23:00 (quiet): 08:00.
    third = local(tz, 2027, 5, 7, 12, 0)
    assert weekly_cap_lifts_at([third, second, first], now, tz, timing) == local(
        tz, 2027, 5, 13, 8, 0
    )
