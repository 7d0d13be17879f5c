"""Realistic values for the desk's templates (the summary card, alarms, replies in a topic)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from bot.desk.queue import Card, Entry, Line, ShownOffer
from bot.storage.models import Holder
from dialogs.domain.plans import AccountTerms, Option, OptionKind
from dialogs.domain.vocabulary import Cause, HandoffReason
from dialogs.state import Dialogue, Step

AT = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
NAMES = {"en": "Anna", "hu": "Kovács Péter", "zh": "李明"}
SAID = {
    "en": ("I lost my job in October.", "Thank you, I will look at the options."),
    "hu": ("Októberben elvesztettem az állásomat.", "Köszönöm, megnézem a lehetőségeket."),
    "zh": ("我十月份失业了。", "谢谢，我看一下方案。"),
}


def _card(
    language: str,
    terms: AccountTerms,
    options: list[Option],
    *,
    holder: Holder,
    urgent: bool,
    told: bool,
) -> Card:
    entry = Entry(
        conversation_id=7,
        account_ref="CN-001",
        card_last4="7319",
        currency=terms.currency,
        timezone="UTC",
        holder=holder,
        reason=HandoffReason.VULNERABILITY if urgent else HandoffReason.REJECTED_ALL_OPTIONS,
        urgent=urgent,
        handoff_at=AT,
        topic_id=3,
        closed_topic_id=None,
        card_message_id=4,
        carded_at=AT,
        alerted_at=AT,
        specialist_id=None,
        specialist_name=None,
        outcome=None,
        closed_at=None,
        updated_at=AT,
        step="handoff",
        cardholder_id=1,
        cardholder_chat_id=5001,
        unreachable=False,
        version=3,
    )
    state = Dialogue(step=Step.HANDOFF, language=language, verified=True)
    if told:
        state.cause, state.cause_note = Cause.JOB_LOSS, SAID[language][0]
        state.income, state.expenses, state.other_debts = (
            terms.balance / 3,
            terms.balance / 6,
            Decimal(0),
        )
        state.counter_amount = terms.minimum_payment / 3
        state.selected = options[0].key
    shown = tuple(
        ShownOffer(o.kind.value, o.monthly, o.payments, o.total, o.key == state.selected)
        for o in (options if told else [])
    )
    lines = (
        (
            Line("in", "cardholder", SAID[language][0], AT),
            Line("out", "assistant", SAID[language][1], AT),
            Line("out", "specialist:9001", SAID[language][1], AT),
        )
        if told
        else ()
    )
    return Card(entry, terms, state, shown, lines)


def desk_cases(
    language: str, currency: str, terms: AccountTerms, options: list[Option]
) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    name = NAMES[language]
    custom = next(o for o in options if o.kind is OptionKind.INSTALMENT)
    says: list[tuple[str, dict[str, Any]]] = [
        (what, {"what": what, "max_months": 60})
        for what in (
            "refused",
            "take_first",
            "with_assistant",
            "closed",
            "not_a_conversation",
            "outside_topic",
            "undeliverable",
            "not_copied",
            "not_sent",
            "offer_usage",
            "released",
            "close_usage",
            "noted",
            "note_usage",
            "take_won",
            "take_stale",
            "take_forged",
            "take_refused",
        )
    ]
    says += [(what, {"what": what, "name": name}) for what in ("held_by_other", "take_lost")]
    says += [
        (f"offer_refused {reason}", {"what": "offer_refused", "reason": reason, "max_months": 60})
        for reason in ("not_positive", "term", "too_large", "first_due", "dearer_than_card")
    ]
    says += [
        ("offer_sent", {"what": "offer_sent", "option": custom}),
        ("closed_done", {"what": "closed_done", "outcome": name}),
    ]
    card = {"card_name": "•••• 7319", "reason": name, "detail": None, "name": name, "outcome": name}
    return {
        "desk_says": says,
        "desk_card": [
            (
                f"{status} urgent={urgent} told={told}",
                {
                    **card,
                    "card": _card(
                        language, terms, options, holder=Holder.QUEUED, urgent=urgent, told=told
                    ),
                    "status": status,
                    "declined": told,
                },
            )
            for status, urgent, told in (
                ("waiting", True, False),
                ("held", False, True),
                ("closed", False, True),
                ("assistant", False, False),
            )
        ],
        "desk_alert": [
            (
                f"urgent={urgent}",
                {
                    "urgent": urgent,
                    "minutes": minutes,
                    "name": "•••• 7319 · " + name,
                    "link": "https://t.me/c/123/4",
                },
            )
            for urgent, minutes in ((True, 0), (False, 1), (False, 45))
        ],
    }
