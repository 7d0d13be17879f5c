"""What a button stands for, as a typed value, and the one place it becomes callback data.

A button travels through Telegram as a short string (its callback data, at most 64 bytes with
the conversation and the turn around it) and comes back as one. :func:`to_data` writes that
string and :func:`from_data` reads it back; anything :func:`to_data` cannot have written (a
forged, garbled or outdated string) reads as ``None``, which the dialogue answers like a stale
button: politely, changing nothing.

    Answer.PERSON                 "person"
    CauseChoice(Cause.JOB_LOSS)   "cause:job_loss"
    OptionChoice("holiday-3-24")  "option:holiday-3-24"
    RecoveryChoice(6)             "months:6"   (0: "I don't know yet")
    LanguageChoice("hu")          "lang:hu"
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from dialogs.domain.vocabulary import Cause

#: An offer's key or a language code as it may appear in callback data.
_TOKEN = re.compile(r"[a-z0-9_-]{1,24}")
#: The longest data :func:`to_data` writes ("option:" and a key of 24 characters): Telegram
#: takes 64 bytes, and the shell puts the conversation and the turn around it.
MAX_DATA_BYTES = 31


class Answer(StrEnum):
    """A button that means the same wherever it is offered; its data is its value."""

    PERSON = "person"
    BACK = "back"
    YES = "yes"
    NO = "no"
    #: "I have none" (other debts) and "none of these work for me" (the options).
    NONE = "none"
    COUNTER = "counter"
    CHOOSE = "choose"
    ACCEPT = "accept"
    SEND_AGREEMENT = "send_agreement"
    CLAIM_PAID = "claim_paid"
    HOW_TO_PAY = "how_to_pay"
    CHANGE_PLAN = "change_plan"
    MONEY_CHECK = "money_check"
    MONEY_CHECK_NO = "money_check_no"


@dataclass(frozen=True, slots=True)
class CauseChoice:
    """Why the payment is late, picked from the list."""

    cause: Cause


@dataclass(frozen=True, slots=True)
class OptionChoice:
    """One of the offers shown, by its key."""

    key: str

    def __post_init__(self) -> None:
        _carried(self.key, "an offer key")


@dataclass(frozen=True, slots=True)
class RecoveryChoice:
    """In how many months income recovers; ``0``: not known yet."""

    months: int

    def __post_init__(self) -> None:
        if not 0 <= self.months <= 999:
            raise ValueError(f"months a button cannot carry: {self.months!r}")


@dataclass(frozen=True, slots=True)
class LanguageChoice:
    """Speak this language from now on."""

    code: str

    def __post_init__(self) -> None:
        _carried(self.code, "a language code")


def _carried(token: str, what: str) -> None:
    if not _TOKEN.fullmatch(token):
        raise ValueError(f"{what} a button cannot carry: {token!r}")


ChoiceValue = Answer | CauseChoice | OptionChoice | RecoveryChoice | LanguageChoice

#: What a step's row says it takes: an answer, or every value of one kind.
Kind = Answer | type[CauseChoice] | type[OptionChoice] | type[RecoveryChoice] | type[LanguageChoice]


def is_kind(value: ChoiceValue, kinds: tuple[Kind, ...]) -> bool:
    """Whether ``value`` is one of ``kinds`` (an answer itself, or a value of a kind)."""
    if isinstance(value, Answer):
        return value in kinds
    return type(value) in kinds


def to_data(value: ChoiceValue) -> str:
    """The callback data of a button that stands for ``value``."""
    match value:
        case Answer():
            return value.value
        case CauseChoice(cause=cause):
            return f"cause:{cause.value}"
        case OptionChoice(key=key):
            return f"option:{key}"
        case RecoveryChoice(months=months):
            return f"months:{months}"
        case LanguageChoice(code=code):
            return f"lang:{code}"


def from_data(data: str) -> ChoiceValue | None:
    """The value ``data`` stands for, or ``None`` when :func:`to_data` cannot have written it."""
    kind, colon, rest = data.partition(":")
    value: ChoiceValue
    try:
        if not colon:
            value = Answer(data)
        elif kind == "cause":
            value = CauseChoice(Cause(rest))
        elif kind == "option":
            value = OptionChoice(rest)
        elif kind == "months" and rest.isascii() and rest.isdigit():
            value = RecoveryChoice(int(rest))
        elif kind == "lang":
            value = LanguageChoice(rest)
        else:
            return None
    except ValueError:
        return None
    return value if to_data(value) == data else None  # one spelling per value: "months:06" is not
