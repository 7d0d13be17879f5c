"""What the bank agrees to without a person: the one input of the repayment arithmetic and of
the dialogue's limits that comes from the bank's settings.

A plain, frozen value. The shell validates the ``[policy]`` section of its settings and turns
it into a :class:`Policy` (``bot.config.PolicyConfig.to_policy``); nothing here validates or
reads a file. Rates and amounts are ``Decimal``, as the settings give them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from types import MappingProxyType
from typing import Literal

Pricing = Literal["annuity", "flat_fee"]

#: The late fee charged when nothing is agreed, by currency (major units).
DEFAULT_LATE_FEES: Mapping[str, Decimal] = MappingProxyType(
    {
        "CNY": Decimal("0"),
        "HUF": Decimal("5000"),
        "EUR": Decimal("15"),
        "USD": Decimal("30"),
        "GBP": Decimal("12"),
    }
)


def _default_late_fees() -> Mapping[str, Decimal]:
    return DEFAULT_LATE_FEES


@dataclass(frozen=True, slots=True)
class Policy:
    """What the bank is willing to agree to without a person.

    Field by field what ``[policy]`` in ``config.toml`` says (``config.example.toml`` explains
    each), with the same defaults.
    """

    terms_version: str = "2026-11"
    pricing: Pricing = "annuity"
    instalment_terms: tuple[int, ...] = (3, 6, 12, 24, 36)
    instalment_annual_rate: Decimal = Decimal("0.12")
    monthly_fee_rate: Decimal = Decimal("0.006")
    hardship_term_months: int = 60
    max_term_months: int = 60
    affordability_share: Decimal = Decimal("0.8")
    #: A read-only copy; left out of the hash (a mapping has none), not out of equality.
    late_fee: Mapping[str, Decimal] = field(default_factory=_default_late_fees, hash=False)
    #: Whether the card's annual fee and other charges stop while a plan runs
    #: (stated in the agreement).
    annual_fee_waived: bool = True
    settlement_discount: Decimal = Decimal("0.25")
    settlement_min_days_past_due: int = 90
    settlement_due_days: int = 14
    holiday_max_months: int = 3
    holiday_repayment_months: int = 12
    first_due_days: int = 10
    min_recovery: Decimal = Decimal("0.7")
    discount_annual_rate: Decimal = Decimal("0.12")
    max_options: int = 4
    max_renegotiations: int = 1
    identity_attempts: int = 3
    unrecognised_before_person: int = 3
    silence_nudge_hours: int = 24
    silence_handoff_hours: int = 72

    def __post_init__(self) -> None:
        # A list or a dict handed in becomes a copy nobody can change.
        object.__setattr__(self, "instalment_terms", tuple(self.instalment_terms))
        object.__setattr__(self, "late_fee", MappingProxyType(dict(self.late_fee)))
