"""Effects a step decided on, written in the step's own transaction: the hand-off, the offers
shown, the agreement with its instalments and first reminders, a claim of payment, a miss."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session
from sqlmodel import col

from bot.config import Settings
from bot.reminders import add_reminders, horizon
from bot.service.rendering import Renderer
from bot.storage.models import (
    Account,
    Agreement,
    AgreementStatus,
    Cardholder,
    Direction,
    Holder,
    Instalment,
    InstalmentStatus,
    Offer,
    TranscriptMessage,
    UnderstandingMiss,
    id_of,
    table_of,
)
from bot.storage.models import Conversation as ConversationRow
from dialogs import effects as fx
from dialogs.domain.plans import Option
from dialogs.facts import Facts
from dialogs.flow import agreement_params
from dialogs.replies import Reply
from dialogs.state import Dialogue

log = logging.getLogger(__name__)

# The tables effects write to, as Core tables: rows go in as plain dicts, with no ORM object built.
_OFFERS = table_of(Offer)
_AGREEMENTS = table_of(Agreement)
_INSTALMENTS_TABLE = table_of(Instalment)

#: A text as shown: its language, the values it was made of, and the text.
ShownText = tuple[str, Mapping[str, Any], str]


def agreement_columns(
    option: Option,
    text: str,
    *,
    conversation_id: int,
    account_id: int,
    terms_version: str,
    language: str,
    accepted_at: datetime,
) -> dict[str, Any]:
    """The columns of an agreement accepted for ``option``, in force, with the very ``text``
    shown and its SHA-256."""
    return dict(
        conversation_id=conversation_id,
        account_id=account_id,
        option_key=option.key,
        kind=option.kind.value,
        currency=option.currency,
        principal=option.principal,
        monthly=option.monthly,
        payments=option.payments,
        total=option.total,
        annual_rate=option.annual_rate,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        terms_version=terms_version,
        language=language,
        status=AgreementStatus.ACTIVE,
        message_ids=[],
        accepted_at=accepted_at,
    )


class EffectWriter:
    """Writes what a step's effects change; the agreement's text is the one shown."""

    def __init__(self, settings: Settings, renderer: Renderer) -> None:
        self.settings = settings
        self.renderer = renderer

    def perform(
        self,
        session: Session,
        effect: fx.Effect,
        row: ConversationRow,
        cardholder: Cardholder,
        account: Account,
        state: Dialogue,
        facts: Facts,
        now: datetime,
        *,
        shown_agreement: ShownText | None = None,
    ) -> dict[str, Any] | None:
        """Carry out one effect; an accepted agreement's columns are returned (for its document)."""
        match effect:
            case fx.Handoff(reason=reason, urgent=urgent, detail=detail):
                row.holder = Holder.QUEUED
                row.handoff_reason = reason.value
                row.urgent = urgent or row.urgent
                row.handoff_at = now
                log.info("conversation %s handed off: %s", row.id, reason.value)
                if detail:
                    session.add(
                        TranscriptMessage(
                            conversation_id=id_of(row),
                            direction=Direction.NOTE,
                            author="assistant",
                            text=detail,
                            at=now,
                        )
                    )
            case fx.LockIdentity():
                cardholder.locked_at = now
            case fx.RecordOffers(options=options):
                # One statement for all.
                session.execute(
                    insert(_OFFERS),
                    [
                        dict(
                            conversation_id=row.id,
                            key=option.key,
                            kind=option.kind.value,
                            monthly=option.monthly,
                            payments=option.payments,
                            total=option.total,
                            detail={
                                "first_due": option.first_due.isoformat(),
                                "saving": str(option.saving),
                                "annual_rate": str(option.annual_rate),
                            },
                            shown_at=now,
                        )
                        for option in options
                    ],
                )
            case fx.AcceptAgreement(option=option):
                return self._accept(
                    session, row, account, state, facts, option, now, shown_agreement
                )
            case fx.StopReminders():
                cardholder.reminders_stopped_at = cardholder.reminders_stopped_at or now
            case fx.ResumeReminders():
                cardholder.reminders_stopped_at = None
            case fx.ClaimPayment():
                self._claim_payment(session, row, now)
            case fx.RecordMiss(step=step, text=text):
                session.add(
                    UnderstandingMiss(
                        conversation_id=id_of(row),
                        step=step,
                        language=state.language,
                        text=text[:2000],
                        at=now,
                    )
                )
        return None

    def _accept(
        self,
        session: Session,
        row: ConversationRow,
        account: Account,
        state: Dialogue,
        facts: Facts,
        option: Option,
        now: datetime,
        shown_agreement: ShownText | None = None,
    ) -> dict[str, Any]:
        # The exact text shown: the same template and values, rendered again deterministically
        # (or the text itself, when it was shown from the very same values).
        agreement = Reply("agreement", agreement_params(state, facts, option))
        made_of = (state.language, agreement.params)
        if shown_agreement is not None and shown_agreement[:2] == made_of:
            text = shown_agreement[2]
        else:
            text = self.renderer.text(agreement, state.language)
        # A new agreement replaces the one in force (a renegotiation).
        session.execute(
            update(_AGREEMENTS)
            .where(
                _AGREEMENTS.c.conversation_id == row.id,
                _AGREEMENTS.c.status == AgreementStatus.ACTIVE,
            )
            .values(status=AgreementStatus.SUPERSEDED)
        )
        columns = agreement_columns(
            option,
            text,
            conversation_id=id_of(row),
            account_id=id_of(account),
            terms_version=self.settings.policy_value.terms_version,
            language=state.language,
            accepted_at=now,
        )
        agreement_id = session.execute(
            insert(_AGREEMENTS).returning(_AGREEMENTS.c.id), columns
        ).scalar_one()
        # The schedule in one statement; the ids read back by number.
        session.execute(
            insert(_INSTALMENTS_TABLE),
            [
                dict(
                    agreement_id=agreement_id,
                    number=payment.number,
                    due_date=payment.due,
                    amount=payment.amount,
                    paid_amount=Decimal(0),
                    status=InstalmentStatus.OPEN,
                )
                for payment in option.schedule
            ],
        )
        instalment_ids: Sequence[int] = session.scalars(
            select(_INSTALMENTS_TABLE.c.id)
            .where(_INSTALMENTS_TABLE.c.agreement_id == agreement_id)
            .order_by(_INSTALMENTS_TABLE.c.number)
        ).all()
        # The first instalments' reminders now; the later ones as their day comes near (top_up).
        add_reminders(
            session,
            agreement_id,
            account.timezone,
            self.settings.reminders,
            now=now,
            new_instalments=list(
                zip(instalment_ids, (payment.due for payment in option.schedule), strict=True)
            ),
            until=horizon(now, account.timezone, self.settings.reminders),
        )
        log.info("conversation %s: agreement %s accepted", row.id, agreement_id)
        return {"id": agreement_id, **columns}

    def _claim_payment(self, session: Session, row: ConversationRow, now: datetime) -> None:
        """Note the cardholder's word on the oldest open instalment;
        only the bank's file marks it paid."""
        oldest = (
            session.execute(
                select(Instalment)
                .join(Agreement, col(Agreement.id) == Instalment.agreement_id)
                .where(
                    col(Agreement.conversation_id) == row.id,
                    col(Agreement.status) == AgreementStatus.ACTIVE,
                    col(Instalment.status) == InstalmentStatus.OPEN,
                )
                .order_by(col(Instalment.number))
                .limit(1)
            )
        ).scalar_one_or_none()
        if oldest is None:
            return
        oldest.claimed_paid_at = now
        session.add(
            TranscriptMessage(
                conversation_id=id_of(row),
                direction=Direction.NOTE,
                author="assistant",
                text=f"cardholder says payment {oldest.number} was made; awaiting the bank",
                at=now,
            )
        )
        log.info("conversation %s: payment %s claimed as paid", row.id, oldest.number)
