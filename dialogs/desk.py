"""What the dialogue does when a specialist acts (offer a plan, hand back, close), or the bank
lifts an identity lock.

Pure, like :mod:`dialogs.flow`, whose table stays the one place of negotiation moves: each
function here only puts the conversation at a step of that table (with a fresh turn, so buttons
shown before the hand-off are stale) and lets that step ask its usual question.
"""

from __future__ import annotations

from dialogs import effects as fx
from dialogs.anywhere import HANDED_BACK, SPECIALIST_OFFER, UNLOCKED
from dialogs.domain.plans import Option, OptionKind
from dialogs.domain.vocabulary import HandoffReason
from dialogs.facts import Facts
from dialogs.flow import begin, conclude
from dialogs.move import Move, Outcome
from dialogs.state import Dialogue, Step


def offer_from_specialist(dialogue: Dialogue, option: Option, facts: Facts) -> Outcome:
    """The specialist's plan, shown as the full agreement: "I agree" accepts it the usual way."""
    m = begin(dialogue, facts)
    m.dialogue.offers = [o for o in m.dialogue.offers if o.kind is not OptionKind.CUSTOM] + [option]
    m.dialogue.selected = option.key
    m.anywhere_move(SPECIALIST_OFFER)
    _back_with_assistant(m)
    m.do(fx.RecordOffers((option,)))
    m.say("specialist_offer")
    m.go(Step.AGREEMENT)
    return conclude(m)


def release(dialogue: Dialogue, facts: Facts) -> Outcome:
    """Back to where the conversation was handed off, asking that step's question again."""
    m = begin(dialogue, facts)
    target = _resume_target(m.dialogue)
    if m.dialogue.handoff_reason is HandoffReason.IDENTITY_FAILED:
        m.dialogue.identity_failures = 0  # a person looked at it and gives the cardholder new tries
    m.anywhere_move(HANDED_BACK)
    _back_with_assistant(m)
    m.say("released")
    m.go(target)
    return conclude(m)


def close(dialogue: Dialogue, facts: Facts) -> Outcome:
    """A kind last word. The dialogue waits where it stands: if the cardholder writes again,
    the assistant answers from there (an agreement stays agreed; a negotiation resumes)."""
    m = begin(dialogue, facts)
    target = _resume_target(m.dialogue)
    m.anywhere_move(HANDED_BACK)
    _back_with_assistant(m)
    m.enter(target)
    m.dialogue.choices = []  # buttons shown before are stale from now on
    m.dialogue.turn += 1
    m.say("desk_closed")
    return conclude(m)


def unlock(dialogue: Dialogue, facts: Facts) -> Outcome:
    """The bank lifted the cardholder's identity lock: new tries at the last four digits.

    Nothing is said now (the bank acted, not the cardholder); when they next write, their words
    are read as the digits, and ``/start`` asks for them. A verified conversation has no lock.
    """
    m = begin(dialogue, facts)
    if m.dialogue.verified:
        return conclude(m)
    m.anywhere_move(UNLOCKED)
    m.dialogue.identity_failures = 0
    _back_with_assistant(m)
    m.enter(Step.VERIFY)
    m.dialogue.choices = []  # buttons shown before are stale from now on
    m.dialogue.turn += 1
    return conclude(m)


def _resume_target(dialogue: Dialogue) -> Step:
    if dialogue.step is not Step.HANDOFF:
        return dialogue.step
    if dialogue.resume_step is not None and dialogue.resume_step is not Step.HANDOFF:
        return dialogue.resume_step
    return Step.CAUSE if dialogue.verified else Step.VERIFY


def _back_with_assistant(m: Move) -> None:
    m.dialogue.handoff_reason = None  # a new signal (vulnerability, a request) hands off again
    m.dialogue.resume_step = None
    m.dialogue.unrecognised = 0
    m.dialogue.nudged = False
