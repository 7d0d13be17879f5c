"""One step in the making (:class:`Move`) and what it comes to (:class:`Outcome`).

Kept apart from the table in :mod:`dialogs.flow` so the steps after the agreement
(:mod:`dialogs.followup`) and a specialist's actions (:mod:`dialogs.desk`) can be written with
the same verbs. Every change of step goes through :meth:`Move.go` or :meth:`Move.enter`, which
check it against the table: a move its step's row does not list raises :class:`UnlistedMove`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from dialogs import effects as fx
from dialogs.anywhere import Anywhere
from dialogs.domain.vocabulary import HandoffReason
from dialogs.facts import Facts
from dialogs.replies import PERSON, Choice, Money, Reply
from dialogs.state import Dialogue, Step


class UnlistedMove(RuntimeError):
    """A handler moved to a step the table does not lead to from where it was: a bug here."""

    def __init__(self, source: Step, target: Step) -> None:
        super().__init__(
            f"{source.name} -> {target.name} is not in the table: add {target.name} to "
            f"{source.name}'s leads_to in dialogs/flow.py (or to the anywhere-move being made), "
            "or move somewhere it lists"
        )


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
    #: Where each step may lead: the table's ``leads_to`` (see :func:`dialogs.flow.begin`).
    routes: Mapping[Step, Collection[Step]]
    replies: list[Reply] = field(default_factory=list)
    effects: list[fx.Effect] = field(default_factory=list)
    ask: bool = False
    #: Where the anywhere-move being made (a person, distress, ...) may lead, besides the row.
    also: Collection[Step] = ()

    def say(self, template: str, *choices: Choice, **params: object) -> None:
        self.replies.append(Reply(template, params, tuple(choices)))

    def attach(self, document: str) -> None:
        """Send ``document`` with the last thing said (the channel knows how)."""
        self.replies[-1] = dataclasses.replace(self.replies[-1], attach=document)

    def go(self, target: Step) -> None:
        """Move on to ``target`` and ask its question."""
        self.enter(target)
        self.dialogue.unrecognised = 0
        self.ask = True

    def enter(self, target: Step) -> None:
        """Stand at ``target`` from now on, saying what is due by hand (no question asked)."""
        source = self.dialogue.step
        listed = target in self.routes[source] or target in self.also
        if target is not source and not listed:
            raise UnlistedMove(source, target)
        self.dialogue.step = target

    def anywhere_move(self, move: Anywhere) -> None:
        """What follows is ``move``, made at any step: the steps it leads to are allowed too."""
        self.also = move.leads_to

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
