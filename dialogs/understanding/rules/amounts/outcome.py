"""What reading an amount ends in, :class:`AmountReading` with its :class:`AmountProblem`, and the
state one reading passes from step to step (:class:`_AmountBeingRead`). Apart and lowest because
every step of the reading returns one and takes the other."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from dialogs.understanding.rules.numerals import (
    Number,
)


class AmountProblem(StrEnum):
    """Why a typed amount was not accepted; the dialogue words its question after it."""

    EMPTY = "empty"
    NOT_A_NUMBER = "not_a_number"
    NEGATIVE = "negative"
    TOO_LARGE = "too_large"
    AMBIGUOUS = "ambiguous"


@dataclass(frozen=True, slots=True)
class AmountReading:
    """Exactly one of the two is set. ``amount`` is not quantized; the caller knows the currency."""

    amount: Decimal | None
    problem: AmountProblem | None


@dataclass(slots=True)
class _AmountBeingRead:
    """One message's amount as it is being read: the text, rewritten step by step, the question's
    flags, and in the decision the numbers found; one object, so that the steps can be apart."""

    plain: str
    folded: str
    language: str
    limit: Decimal
    items: bool
    owed: bool
    offer: bool
    in_thousands: bool
    asked: str
    numbers: list[Number] = dataclasses.field(init=False)
    chosen: list[Number] = dataclasses.field(init=False)
    taken: Number | None = dataclasses.field(init=False)
    corrected: bool = dataclasses.field(init=False)
    several: bool = dataclasses.field(init=False)
    varying: bool = dataclasses.field(init=False)
