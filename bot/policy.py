"""What the bank agrees to without a person: the repayment arithmetic's one input from settings.

Kept apart from :mod:`bot.config` so that the pure dialogue and the arithmetic can read the
policy without loading the settings machinery (files, environment, secrets).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from dialogs.domain.money import SUPPORTED_CURRENCIES

Rate = Annotated[Decimal, Field(ge=0, le=1)]


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PolicyConfig(Section):
    """What the bank is willing to agree to without a person."""

    terms_version: str = "2026-11"
    pricing: Literal["annuity", "flat_fee"] = "annuity"
    instalment_terms: list[Annotated[int, Field(ge=2, le=60)]] = [3, 6, 12, 24, 36]
    instalment_annual_rate: Rate = Decimal("0.12")
    monthly_fee_rate: Rate = Decimal("0.006")
    hardship_term_months: int = Field(60, ge=2, le=60)
    max_term_months: int = Field(60, ge=2, le=60)
    affordability_share: Rate = Decimal("0.8")
    late_fee: dict[str, Annotated[Decimal, Field(ge=0)]] = {
        "CNY": Decimal("0"),
        "HUF": Decimal("5000"),
        "EUR": Decimal("15"),
        "USD": Decimal("30"),
        "GBP": Decimal("12"),
    }
    #: Whether the card's annual fee and other charges stop while a plan runs
    #: (stated in the agreement).
    annual_fee_waived: bool = True
    settlement_discount: Rate = Decimal("0.25")
    settlement_min_days_past_due: int = Field(90, ge=0)
    settlement_due_days: int = Field(14, ge=1, le=60)
    holiday_max_months: int = Field(3, ge=1, le=3)
    holiday_repayment_months: int = Field(12, ge=2, le=60)
    first_due_days: int = Field(10, ge=1, le=45)
    min_recovery: Rate = Decimal("0.7")
    discount_annual_rate: Rate = Decimal("0.12")
    max_options: int = Field(4, ge=1, le=6)
    max_renegotiations: int = Field(1, ge=0, le=5)
    identity_attempts: int = Field(3, ge=1, le=5)
    unrecognised_before_person: int = Field(3, ge=1, le=10)
    silence_nudge_hours: int = Field(24, ge=1)
    silence_handoff_hours: int = Field(72, ge=1)

    @field_validator("late_fee")
    @classmethod
    def _known_currencies(cls, value: dict[str, Decimal]) -> dict[str, Decimal]:
        unknown = set(value) - SUPPORTED_CURRENCIES
        if unknown:
            raise ValueError(f"unknown currency {sorted(unknown)[0]}")
        return value
