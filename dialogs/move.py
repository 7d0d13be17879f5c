"""One step in the making (:class:`Move`) and what it comes to (:class:`Outcome`).

Kept apart from the table in :mod:`dialogs.flow` so the steps after the agreement
(:mod:`dialogs.followup`) can be written with the same verbs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from dialogs import effects as fx
from dialogs.domain.vocabulary import HandoffReason
from dialogs.facts import Facts
from dialogs.replies import PERSON, Choice, Money, Reply
from dialogs.state import Dialogue, Step


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a step comes to: the dialogue as it now stands, what to say, what the shell must do."""

    dialogue: Dialogue
    replies: tuple[Reply, ...]
    effects: tuple[fx.Effect, ...]


@dataclass(slots=True)
class Move:
    """One step in the making: what is said, what must be done, and whether to ask again."""

    dialogue: Dialogue
    facts: Facts
    replies: list[Reply] = field(default_factory=list)
    effects: list[fx.Effect] = field(default_factory=list)
    ask: bool = False

    def say(self, template: str, *choices: Choice, **params: object) -> None:
        self.replies.append(Reply(template, params, tuple(choices)))

    def attach(self, document: str) -> None:
        """Send ``document`` with the last thing said (the channel knows how)."""
        self.replies[-1] = dataclasses.replace(self.replies[-1], attach=document)

    def go(self, target: Step) -> None:
        self.dialogue.step = target
        self.dialogue.unrecognised = 0
        self.ask = True

    def again(self) -> None:
        self.ask = True

    def do(self, effect: fx.Effect) -> None:
        self.effects.append(effect)

    def handoff(
        self, reason: HandoffReason, *, urgent: bool = False, detail: str | None = None
    ) -> None:
        if self.dialogue.step is not Step.HANDOFF:
            self.dialogue.resume_step = self.dialogue.step
        self.dialogue.handoff_reason = reason
        self.do(fx.Handoff(reason, urgent, detail))
        self.go(Step.HANDOFF)

    def not_understood(self, template: str = "not_understood", **params: object) -> None:
        """Re-ask; after a few misses in a row, offer a person (the prompt carries the button)."""
        self.dialogue.unrecognised += 1
        if self.dialogue.unrecognised >= self.facts.policy.unrecognised_before_person:
            self.say("offer_person", PERSON)
        else:
            self.say(template, **params)
        self.ask = True

    @property
    def money(self) -> Callable[[Decimal], Money]:
        currency = self.facts.account.currency
        return lambda amount: Money(amount, currency)
