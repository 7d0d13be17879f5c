"""What the dialogue may know about the world, handed in by the shell for each step."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from dialogs.domain.plans import AccountTerms
from dialogs.domain.policy import Policy


@dataclass(frozen=True, slots=True)
class PlanProgress:
    """The cardholder's agreement as it stands, for ``/plan`` and follow-ups."""

    currency: str
    payments: int
    paid: int
    remaining: Decimal
    next_due: date | None
    next_amount: Decimal | None
    #: The number of the oldest open instalment, and the agreed monthly amount.
    next_number: int | None = None
    monthly: Decimal | None = None
    #: Unpaid instalments in a row, counting back from the latest, whose grace period is over.
    missed_in_row: int = 0

    @property
    def completed(self) -> bool:
        return self.paid == self.payments


@dataclass(frozen=True, slots=True)
class Facts:
    account: AccountTerms
    card_last4: str
    policy: Policy
    #: Today in the cardholder's time zone: it decides the first due date.
    today: date
    plan: PlanProgress | None = None
    #: Whether a specialist is at work right now, so the hand-off message is truthful.
    specialists_working: bool = True
    #: Whether specialists answer in this chat (a desk group is set up), or contact the cardholder.
    specialists_reply_here: bool = True
    #: Days after a due date before a missed payment is followed up (stated in the agreement).
    grace_days: int = 3
