"""Settings that would quietly do something else are refused."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, load_settings


@pytest.mark.parametrize("at", ["21:00:00", "00:00:00", "08:30:00"])
def test_quiet_hours_that_start_when_they_end_are_refused(at: str) -> None:
    with pytest.raises(ConfigError) as refused:
        load_settings(reminders={"quiet_start": at, "quiet_end": at})
    assert str(refused.value) == (
        "invalid configuration:\n"
        f"  reminders: quiet_start and quiet_end are both {at[:5]}: quiet hours need an end "
        "different from their start (no reminder is sent between them)"
    )


def test_quiet_hours_may_span_midnight_or_not() -> None:
    assert load_settings(reminders={"quiet_start": "22:00", "quiet_end": "07:00"}).reminders
    assert load_settings(reminders={"quiet_start": "01:00", "quiet_end": "06:00"}).reminders
