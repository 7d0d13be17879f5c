"""The moves made at any step, listed once: the rest of the table in :mod:`dialogs.flow`.

A handler making one of these says so first (``m.anywhere_move(PERSON_ASKED)``); while it runs,
the steps listed here are allowed besides those of the row it stands in. Every other move goes
only where its step's row leads.
"""

from __future__ import annotations

from dataclasses import dataclass

from dialogs.state import Step


@dataclass(frozen=True, slots=True)
class Anywhere:
    """A move made at any step: ``when`` it is made and the steps it may lead to (none: it stays,
    and the step's question is asked again where that is due)."""

    when: str
    leads_to: frozenset[Step] = frozenset()
    #: It leads back to the step the conversation was handed off from (any step but the first).
    back: bool = False


#: /person, the button, in words, or after misses in a row (then "not understood").
PERSON_ASKED = Anywhere("a person asked for", frozenset({Step.HANDOFF}))
#: Words of distress or vulnerability, even inside another answer: a person first, urgently.
DISTRESS = Anywhere("distress", frozenset({Step.HANDOFF}))
DISPUTED = Anywhere("the debt disputed", frozenset({Step.HANDOFF}))
#: Silent mid-negotiation: a nudge first, a person the second time.
SILENT = Anywhere("silence after a nudge", frozenset({Step.HANDOFF}))
#: Two payments missed in a row, or one on a plan already re-negotiated.
MISSED_AGAIN = Anywhere("payments missed again", frozenset({Step.HANDOFF}))
PAID_OFF = Anywhere("the last instalment paid", frozenset({Step.COMPLETED}))
SPECIALIST_OFFER = Anywhere("a specialist's offer", frozenset({Step.AGREEMENT}))
#: A specialist hands the conversation back, or closes it: it goes on where it was.
HANDED_BACK = Anywhere(
    "a specialist hands back or closes",
    frozenset(Step) - {Step.GREETING, Step.HANDOFF},
    back=True,
)
#: The bank lifts an identity lock (``overdue-bot accounts unlock``): new tries at the digits.
UNLOCKED = Anywhere("the bank lifts an identity lock", frozenset({Step.VERIFY}))
WELCOME_BACK = Anywhere("/start again")
HELP = Anywhere("help")
#: /plan shows the plan; its button sends the agreement again.
PLAN = Anywhere("/plan")
LANGUAGE = Anywhere("a language")
REMINDERS = Anywhere("reminders off or on")

ANYWHERE = (
    PERSON_ASKED,
    DISTRESS,
    DISPUTED,
    SILENT,
    MISSED_AGAIN,
    PAID_OFF,
    SPECIALIST_OFFER,
    HANDED_BACK,
    UNLOCKED,
    WELCOME_BACK,
    HELP,
    PLAN,
    LANGUAGE,
    REMINDERS,
)
