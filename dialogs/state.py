"""Where a conversation stands: its step and everything the cardholder has told us so far.

It round-trips through JSON (:meth:`Dialogue.to_json` / :meth:`Dialogue.from_json`) so a
restart, another instance or the terminal's ``--resume`` continue exactly where it was.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from dialogs.choices import (
    CauseChoice,
    ChoiceValue,
    LanguageChoice,
    OptionChoice,
    RecoveryChoice,
    from_data,
    to_data,
)
from dialogs.domain.plans import Option, OptionKind, ScheduledPayment
from dialogs.domain.vocabulary import Cause, HandoffReason


class Step(StrEnum):
    """The steps of the negotiation, in the order a cardholder usually meets them."""

    GREETING = "greeting"
    VERIFY = "verify"
    CAUSE = "cause"
    CAUSE_OTHER = "cause_other"
    INCOME = "income"
    EXPENSES = "expenses"
    OTHER_DEBTS = "other_debts"
    TEMPORARY = "temporary"
    RECOVERY = "recovery"
    OPTIONS = "options"
    DETAIL = "detail"
    COUNTER = "counter"
    DECLINED = "declined"
    AGREEMENT = "agreement"
    AGREED = "agreed"
    MISSED = "missed"
    COMPLETED = "completed"
    HANDOFF = "handoff"


#: Steps in which the cardholder is negotiating: silence here earns a nudge, then a person.
NEGOTIATING = frozenset(
    {
        Step.VERIFY,
        Step.CAUSE,
        Step.CAUSE_OTHER,
        Step.INCOME,
        Step.EXPENSES,
        Step.OTHER_DEBTS,
        Step.TEMPORARY,
        Step.RECOVERY,
        Step.OPTIONS,
        Step.DETAIL,
        Step.COUNTER,
        Step.DECLINED,
        Step.AGREEMENT,
    }
)


@dataclass(slots=True)
class Dialogue:
    """The dialogue's state: where the conversation stands and what it was told.

    (The stored row it is saved in is the shell's ``bot.models.Conversation``.)
    """

    step: Step = Step.GREETING
    #: Bumped whenever new choices are offered; a button carries the turn it was offered at,
    #: so a tap on an older message (or a second tap) is recognised and changes nothing.
    turn: int = 0
    #: The buttons offered at ``turn``; any other is forged or stale.
    choices: list[ChoiceValue] = field(default_factory=list)
    language: str = "en"
    verified: bool = False
    identity_failures: int = 0
    unrecognised: int = 0
    cause: Cause | None = None
    cause_note: str | None = None
    income: Decimal | None = None
    expenses: Decimal | None = None
    other_debts: Decimal | None = None
    temporary: bool | None = None
    recovery_months: int | None = None
    offers: list[Option] = field(default_factory=list)
    selected: str | None = None
    counter_amount: Decimal | None = None
    handoff_reason: HandoffReason | None = None
    #: Where to go back to when a person hands the conversation back.
    resume_step: Step | None = None
    renegotiations: int = 0
    nudged: bool = False
    #: The moments ("agreed", "completed") a money check was offered at: each offer is made once.
    money_check_offered: list[str] = field(default_factory=list)

    def selected_option(self) -> Option | None:
        return next((o for o in self.offers if o.key == self.selected), None)

    def to_json(self) -> dict[str, Any]:
        return {f.name: _dump(getattr(self, f.name)) for f in dataclasses.fields(self)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Dialogue:
        dialogue = cls()
        for f in dataclasses.fields(cls):
            if f.name in data:
                setattr(dialogue, f.name, _LOADERS.get(f.name, _same)(data[f.name]))
        return dialogue


#: What JSON writes as it is (str covers the string enums: Step, Cause, Answer ...).
_AS_IS = frozenset({type(None), bool, int, float, str})
#: Buttons, saved as the data they carry: the same text as callback data.
_CHOICES = (CauseChoice, OptionChoice, RecoveryChoice, LanguageChoice)


def _dump(value: Any) -> Any:
    if type(value) in _AS_IS or isinstance(value, str):
        return value
    if isinstance(value, Option):
        return _option_json(value)
    if isinstance(value, Decimal | date):
        return str(value) if isinstance(value, Decimal) else value.isoformat()
    if isinstance(value, list):
        return [_dump(item) for item in value]
    if isinstance(value, tuple):
        return [_dump(item) for item in value]
    if isinstance(value, _CHOICES):
        return to_data(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _dump(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def _option_json(option: Option) -> dict[str, Any]:
    """An offer as JSON: a new dict each time (its schedule is shared and never changed)."""
    return dict(_option_fields(option))


@functools.lru_cache(maxsize=4096)
def _option_fields(option: Option) -> dict[str, Any]:
    """An offer's fields as JSON, the schedule's payments as number, ISO day and amount; kept, as
    an offer is frozen and saved again at every later step of its conversation."""
    return {f.name: _dump(getattr(option, f.name)) for f in dataclasses.fields(option)}


def _same(value: Any) -> Any:
    return value


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(value)


# A schedule names the same few amounts and due dates again and again, and so do the schedules of
# other conversations: each is parsed once and shared (both are immutable). A conversation with
# its offers read back takes about 12 KiB of memory instead of 31, as it does when just priced.
@functools.lru_cache(maxsize=8192)
def _day(text: str) -> date:
    return date.fromisoformat(text)


@functools.lru_cache(maxsize=8192)
def _amount(text: str) -> Decimal:
    return Decimal(text)


def option_from_json(data: dict[str, Any]) -> Option:
    money = {"principal", "monthly", "total", "cost", "saving", "annual_rate", "monthly_fee_rate"}
    values: dict[str, Any] = {}
    for f in dataclasses.fields(Option):
        if f.name not in data:
            continue
        raw = data[f.name]
        if f.name in money:
            values[f.name] = _decimal(raw)
        elif f.name == "kind":
            values[f.name] = OptionKind(raw)
        elif f.name == "first_due":
            values[f.name] = date.fromisoformat(raw)
        elif f.name == "schedule":
            values[f.name] = tuple(
                ScheduledPayment(p["number"], _day(p["due"]), _amount(p["amount"])) for p in raw
            )
        else:
            values[f.name] = raw
    return Option(**values)


def _choices(data: list[str]) -> list[ChoiceValue]:
    """Buttons read back; one no longer understood is dropped, and a tap on it is stale."""
    return [value for value in map(from_data, data) if value is not None]


_LOADERS: dict[str, Callable[[Any], Any]] = {
    "step": Step,
    "choices": _choices,
    "cause": lambda v: None if v is None else Cause(v),
    "income": _decimal,
    "expenses": _decimal,
    "other_debts": _decimal,
    "counter_amount": _decimal,
    "handoff_reason": lambda v: None if v is None else HandoffReason(v),
    "resume_step": lambda v: None if v is None else Step(v),
    "offers": lambda v: [option_from_json(item) for item in v],
}
