"""What can happen to a conversation, whatever the channel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class Start:
    """The cardholder opened the conversation (a deep link, ``/start``, the demo starting)."""


@dataclass(frozen=True, slots=True)
class Text:
    """Typed text, commands included (``/person``)."""

    text: str


@dataclass(frozen=True, slots=True)
class Tap:
    """A tapped button: the ``data`` it carried (:attr:`dialogs.replies.Choice.data`), and the
    ``turn`` it was offered at. Both come from outside and may be stale or forged."""

    data: str
    turn: int


@dataclass(frozen=True, slots=True)
class NonText:
    """A sticker, photo, voice note or anything else that is not text."""

    kind: str


@dataclass(frozen=True, slots=True)
class Silence:
    """The clock noticed the cardholder has been quiet mid-negotiation for ``hours``."""

    hours: int


@dataclass(frozen=True, slots=True)
class Reminder:
    """An instalment is coming up (``before``), due today (``due``) or was missed (``followup``).

    ``amount`` is what is still owed on it; the reminder dispatcher decides when this happens.
    """

    kind: str
    number: int
    due: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Paid:
    """The bank's payments paid instalment ``number`` off (the plan may now be complete)."""

    number: int


Event = Start | Text | Tap | NonText | Silence | Reminder | Paid
