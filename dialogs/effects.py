"""What the shell must do after a step: things outside the conversation's own state."""

from __future__ import annotations

from dataclasses import dataclass

from dialogs.domain.plans import Option
from dialogs.domain.vocabulary import HandoffReason


@dataclass(frozen=True, slots=True)
class Handoff:
    """Give the conversation to a person, with the reason (and a detail for the specialist)."""

    reason: HandoffReason
    urgent: bool = False
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class LockIdentity:
    """Too many wrong identity answers: lock the cardholder link until a person checks."""


@dataclass(frozen=True, slots=True)
class RecordOffers:
    """Options were shown; keep them as shown."""

    options: tuple[Option, ...]


@dataclass(frozen=True, slots=True)
class AcceptAgreement:
    """The cardholder said "I agree" to ``option`` after reading the full terms."""

    option: Option


@dataclass(frozen=True, slots=True)
class StopReminders:
    pass


@dataclass(frozen=True, slots=True)
class ResumeReminders:
    pass


@dataclass(frozen=True, slots=True)
class ClaimPayment:
    """The cardholder says the missed instalment is paid; the bank's payment file will tell."""


@dataclass(frozen=True, slots=True)
class RecordMiss:
    """A typed message was not understood at ``step``: kept so the team can add examples."""

    step: str
    text: str


Effect = (
    Handoff
    | LockIdentity
    | RecordOffers
    | AcceptAgreement
    | StopReminders
    | ResumeReminders
    | ClaimPayment
    | RecordMiss
)
