"""The ``[policy]`` settings section becomes the frozen :class:`Policy` the arithmetic takes."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest

from bot.config import ConfigError, PolicyConfig, load_settings
from dialogs.domain.policy import Policy

D = Decimal


def test_the_section_and_the_value_have_the_same_fields() -> None:
    assert [field.name for field in dataclasses.fields(Policy)] == list(PolicyConfig.model_fields)


def test_defaults_become_the_default_policy() -> None:
    policy = load_settings().policy_value
    assert policy == Policy() == PolicyConfig().to_policy()
    assert policy.late_fee == {"CNY": 0, "HUF": 5000, "EUR": 15, "USD": 30, "GBP": 12}


def test_a_configured_section_becomes_an_equal_policy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        "[policy]\n"
        'pricing = "flat_fee"\n'
        "instalment_terms = [6, 12]\n"
        'monthly_fee_rate = "0.0055"\n'
        'min_recovery = "0.65"\n'
        'late_fee = { EUR = "20.50", HUF = "4000" }\n'
        "max_options = 2\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("OVERDUE_BOT_POLICY__SILENCE_NUDGE_HOURS", "12")
    policy = load_settings(config).policy_value
    assert policy == Policy(
        pricing="flat_fee",
        instalment_terms=(6, 12),
        monthly_fee_rate=D("0.0055"),
        min_recovery=D("0.65"),
        late_fee={"EUR": D("20.50"), "HUF": D("4000")},
        max_options=2,
        silence_nudge_hours=12,
    )
    # Decimal stays Decimal, to the digit: no float on the way.
    assert type(policy.monthly_fee_rate) is Decimal and str(policy.monthly_fee_rate) == "0.0055"
    assert type(policy.late_fee["EUR"]) is Decimal and str(policy.late_fee["EUR"]) == "20.50"


def test_settings_make_the_policy_once() -> None:
    settings = load_settings(policy={"max_options": 3})
    assert settings.policy_value is settings.policy_value
    assert settings.policy_value.max_options == 3


def test_the_section_still_validates() -> None:
    with pytest.raises(ConfigError, match=r"policy\.late_fee"):
        load_settings(policy={"late_fee": {"XYZ": "1"}})
    with pytest.raises(ConfigError, match=r"policy\.max_options"):
        load_settings(policy={"max_options": 7})


def test_policy_is_immutable() -> None:
    fees = {"EUR": D("15")}
    terms = [3, 6]
    policy = Policy(instalment_terms=terms, late_fee=fees)  # type: ignore[arg-type]
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.max_options = 6  # type: ignore[misc]
    with pytest.raises(TypeError):
        policy.late_fee["EUR"] = D("0")  # type: ignore[index]
    fees["EUR"], terms[0] = D("0"), 2  # what was handed in was copied
    assert policy.late_fee == {"EUR": D("15")} and policy.instalment_terms == (3, 6)
    assert hash(policy) == hash(Policy(instalment_terms=(3, 6), late_fee={"EUR": D("15")}))


def test_the_language_type_names_the_languages() -> None:
    """``Language`` (a type for the settings) and ``LANGUAGES`` (the domain's) agree."""
    from typing import get_args

    from bot.config import Language
    from dialogs.domain.vocabulary import LANGUAGES

    assert get_args(Language) == LANGUAGES
