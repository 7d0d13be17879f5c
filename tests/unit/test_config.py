"""Settings that would quietly do something else are refused; the new ones have their defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings

EXAMPLE = Path(__file__).resolve().parents[2] / "config.example.toml"


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


def test_the_log_level_is_info_unless_set_in_any_case() -> None:
    assert load_settings().logging.level == "INFO"
    assert load_settings(logging={"level": "debug"}).logging.level == "DEBUG"
    with pytest.raises(ConfigError, match=r"logging\.level: Input should be 'DEBUG'"):
        load_settings(logging={"level": "loud"})


def test_the_example_configuration_has_every_new_key_at_its_default() -> None:
    example = load_settings(EXAMPLE)
    assert example.logging == load_settings().logging
    assert example.database.echo is False
    assert "[logging]" in EXAMPLE.read_text(encoding="utf-8")
