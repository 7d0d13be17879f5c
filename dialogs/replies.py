"""Channel-neutral replies: a template with its values, and the choices offered with it.

Button labels are :class:`Label` values marked with ``_`` / ``_n`` so ``pybabel extract`` finds
them; the shell translates and formats them in the cardholder's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from dialogs.choices import Answer, ChoiceValue, to_data


@dataclass(frozen=True, slots=True)
class Label:
    """A text to translate later:
    ``msgid`` (and ``plural`` chosen by ``n``) with ``%(name)s`` values."""

    msgid: str
    plural: str | None = None
    n: int | None = None
    params: Mapping[str, Any] = field(default_factory=dict)


def _(msgid: str, **params: Any) -> Label:
    return Label(msgid, params=params)


def _n(singular: str, plural: str, n: int, **params: Any) -> Label:
    return Label(singular, plural, n, {"n": n, **params})


@dataclass(frozen=True, slots=True)
class Choice:
    """A button; typing is always accepted too, so a choice is never the only way to answer."""

    value: ChoiceValue
    label: Label

    @property
    def data(self) -> str:
        """What the button carries back when tapped (:func:`dialogs.choices.to_data`)."""
        return to_data(self.value)


@dataclass(frozen=True, slots=True)
class Reply:
    """Say ``template`` (a file in ``dialogs/templates``) with ``params``; offer ``choices``."""

    template: str
    params: Mapping[str, Any] = field(default_factory=dict)
    choices: tuple[Choice, ...] = ()
    #: A document the channel sends after the text: ``"agreement"``, the accepted agreement.
    attach: str | None = None


# Buttons that appear in many steps.
PERSON = Choice(Answer.PERSON, _("Talk to a person"))
BACK = Choice(Answer.BACK, _("Back to the options"))


@dataclass(frozen=True, slots=True)
class Money:
    """An amount to be shown in the cardholder's locale with its currency."""

    amount: Any
    currency: str
