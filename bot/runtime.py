"""The conversation runtime: load a conversation, apply one event, save it, perform the effects.

Every channel (Telegram, the terminal) goes through :meth:`Assistant.handle`. A step reads the
conversation, computes the dialogue's answer, then writes everything it changed in one transaction
of its own (:meth:`Database.write`), saved with a version check: two updates of one
conversation — on one instance or on several sharing PostgreSQL — are applied one after the
other, never both on the same old state; the loser reloads and applies its event to the new
state. The replies are handed back only once their step is committed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from collections import OrderedDict
from collections.abc import Callable, Collection, Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import Update, bindparam, insert, select, update
from sqlalchemy.orm import Session
from sqlmodel import col

from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.db import Database, rowcount
from bot.models import (
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
from bot.models import Conversation as ConversationRow
from bot.reminders import add_reminders, horizon
from bot.texts import Texts
from dialogs import effects as fx
from dialogs import events as ev
from dialogs.domain.plans import AccountTerms, Option
from dialogs.facts import Facts, PlanProgress
from dialogs.flow import agreement_params, step
from dialogs.move import Outcome
from dialogs.replies import Label, Money, Reply
from dialogs.state import Dialogue

log = logging.getLogger(__name__)

MAX_CONFLICT_RETRIES = 5
TEXTS_CACHE_SIZE = 4096
KNOWN_SIZE = 10_000
_PLAIN = (str, int, float, Decimal, date, Enum, Money, type(None))


def _cache_key(name: Hashable, params: Mapping[str, Any], language: str) -> Hashable | None:
    """A key for a text made only of plain values (numbers, words, days, amounts);
    ``None`` otherwise: same key, same text."""
    if not all(isinstance(value, _PLAIN) for value in params.values()):
        return None
    key = (name, language, tuple(sorted((k, type(v), v) for k, v in params.items())))
    try:
        hash(key)
    except TypeError:  # e.g. Money holding something unhashable
        return None
    return key


@dataclass(frozen=True, slots=True)
class Button:
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Rendered:
    """A reply ready for a channel: HTML text, buttons, and the turn its buttons belong to."""

    text: str
    buttons: tuple[Button, ...]
    conversation_id: int
    turn: int
    transcript_id: int | None = None
    template: str = ""
    #: A document to send after the text (``"agreement"``: the accepted agreement as a PDF).
    attach: str | None = None
    #: The agreement this very step wrote (its columns), and the cardholder's time zone: its
    #: document is made from these, with no read.
    #: ``None``: the document is of the agreement on file.
    agreement: tuple[Mapping[str, Any], str] | None = None


class ConcurrentUpdate(Exception):
    """Another update saved this conversation first; the event is applied again to the new state."""


# The reads of every step.
_LOAD = (
    select(Cardholder, Account, ConversationRow)
    .join(Account, col(Account.id) == Cardholder.account_id)
    .outerjoin(ConversationRow, col(ConversationRow.cardholder_id) == Cardholder.id)
    .where(col(Cardholder.id) == bindparam("cardholder_id"))
)
_CONVERSATIONS = table_of(ConversationRow)
_OFFERS = table_of(Offer)
_TRANSCRIPT = table_of(TranscriptMessage)
_NEW_TRANSCRIPT = insert(_TRANSCRIPT).returning(_TRANSCRIPT.c.id)
_AGREEMENT = (
    select(col(Agreement.id), col(Agreement.currency), col(Agreement.total), col(Agreement.monthly))
    .where(
        col(Agreement.conversation_id) == bindparam("conversation_id"),
        col(Agreement.status).in_((AgreementStatus.ACTIVE, AgreementStatus.COMPLETED)),
    )
    .order_by(col(Agreement.id).desc())
    .limit(1)
)
_INSTALMENTS = (
    select(
        col(Instalment.number),
        col(Instalment.status),
        col(Instalment.amount),
        col(Instalment.paid_amount),
        col(Instalment.due_date),
    )
    .where(col(Instalment.agreement_id) == bindparam("agreement_id"))
    .order_by(col(Instalment.number))
)
# The tables a step writes to, as Core tables: rows go in as plain dicts, with no ORM object built.
_AGREEMENTS = table_of(Agreement)
_INSTALMENTS_TABLE = table_of(Instalment)
#: Delivered replies: their Telegram message ids, many rows in one statement.
_DELIVERED = (
    update(_TRANSCRIPT)
    .where(_TRANSCRIPT.c.id == bindparam("transcript_id"))
    .values(telegram_message_id=bindparam("message_id"))
)


def _save(session: Session, values: Mapping[str, Any]) -> bool:
    """``UPDATE conversation SET … WHERE id = :conversation_id AND version = :conversation_seen``:
    whether it was saved (the version had not moved on)."""
    columns = tuple(k for k in values if k not in ("conversation_id", "conversation_seen"))
    saved = session.connection().execute(_save_statement(columns), values)
    return rowcount(saved) == 1


@cache
def _save_statement(columns: tuple[str, ...]) -> Update:
    """The save for these columns, built once: a step saves one of three sets of columns."""
    return (
        update(_CONVERSATIONS)
        .where(
            _CONVERSATIONS.c.id == bindparam("conversation_id"),
            _CONVERSATIONS.c.version == bindparam("conversation_seen"),
        )
        .values({column: bindparam(column) for column in columns})
    )


def _write(
    session: Session, values: Mapping[str, Any], records: Sequence[Mapping[str, Any]]
) -> list[int]:
    """A step's write: the save (refused, writing nothing, if the version moved on),
    then the transcript."""
    if not _save(session, values):
        raise ConcurrentUpdate()
    return insert_transcript(session, records)


def insert_transcript(session: Session, records: Sequence[Mapping[str, Any]]) -> list[int]:
    """Transcript rows, in order; their ids. A record has every column: ``conversation_id``, ``at``,
    ``direction``, ``author``, ``text``, ``telegram_message_id``, ``reminder_id``."""
    if not records:
        return []
    # One statement for all (insertmanyvalues); the new rows' keys ascend in the rows' order.
    return sorted(session.connection().scalars(_NEW_TRANSCRIPT, list(records)))


def _plan_rows(session: Session, conversation_id: int) -> PlanRows | None:
    """The newest running (or just completed) agreement and its instalments."""
    # Columns, not whole rows: the agreement's text is long.
    agreement = session.execute(_AGREEMENT, {"conversation_id": conversation_id}).first()
    if agreement is None:
        return None
    instalments = session.execute(_INSTALMENTS, {"agreement_id": agreement.id}).all()
    return PlanRows(agreement.currency, agreement.total, agreement.monthly, tuple(instalments))


#: Effects that change nothing a step is decided on but what the step itself knows: the offers
#: shown, a claim of payment, and an agreement accepted (its plan is then the option's schedule).
_KEEP_KNOWN = (fx.RecordOffers, fx.ClaimPayment, fx.AcceptAgreement, fx.RecordMiss)
#: Effects that change the conversation, cardholder or account rows themselves: only for these are
#: the rows merged into the step's session (a merge costs more than the others' whole write).
_CHANGES_ENTITIES = (fx.Handoff, fx.LockIdentity, fx.StopReminders, fx.ResumeReminders)


class _InstalmentRow(NamedTuple):
    """An instalment as :data:`_INSTALMENTS` reads it."""

    number: int
    status: InstalmentStatus
    amount: Decimal
    paid_amount: Decimal
    due_date: date


def _accepted_plan(option: Option) -> PlanRows:
    """The plan rows of an agreement just accepted for ``option``,
    as :func:`_plan_rows` would read them."""
    return PlanRows(
        option.currency,
        option.total,
        option.monthly,
        tuple(
            _InstalmentRow(
                payment.number, InstalmentStatus.OPEN, payment.amount, Decimal(0), payment.due
            )
            for payment in option.schedule
        ),
    )


#: A text as shown: its language, the values it was made of, and the text.
ShownText = tuple[str, Mapping[str, Any], str]


@dataclass(slots=True)
class _Known:
    """What a step needs of a conversation besides the event, as of ``version``."""

    cardholder: Cardholder
    account: Account
    row: ConversationRow
    version: int
    state: Dialogue
    plan: PlanRows | None
    #: The agreement text last shown, with what it was made of (language, values): "I agree"
    #: stores that very text without making it again (sixty payments' rows), when it is still
    #: made of the same.
    shown_agreement: ShownText | None = None


@dataclass(frozen=True, slots=True)
class PlanRows:
    """The newest running (or just completed) agreement and its instalments, as read."""

    currency: str
    total: Decimal
    monthly: Decimal
    instalments: tuple[Any, ...]  # rows: number, status, amount, paid_amount, due_date


def account_terms(account: Account) -> AccountTerms:
    return AccountTerms(
        currency=account.currency,
        balance=account.balance,
        overdue_amount=account.overdue_amount,
        minimum_payment=account.minimum_payment,
        days_past_due=account.days_past_due,
        annual_rate=account.annual_rate,
    )


def local_today(moment: datetime, timezone: str) -> date:
    """What "today" means for the cardholder."""
    return moment.astimezone(ZoneInfo(timezone)).date()


def missed_in_row(instalments: Sequence[Any], today: date, grace_days: int) -> int:
    """Unpaid instalments in a row whose grace period is over,
    counting back from the latest such."""
    overdue = [i for i in instalments if i.due_date + timedelta(days=grace_days) <= today]
    count = 0
    for instalment in reversed(overdue):
        if instalment.status == InstalmentStatus.PAID:
            break
        count += 1
    return count


def specialists_working(settings: Settings, moment: datetime) -> bool:
    desk = settings.specialists
    local = moment.astimezone(ZoneInfo(desk.timezone))
    return local.isoweekday() in desk.working_days and _between(
        local.time(), desk.working_start, desk.working_end
    )


def _between(now: time, start: time, end: time) -> bool:
    return start <= now < end if start <= end else (now >= start or now < end)


class Assistant:
    """Runs the dialogue for one cardholder at a time and keeps the record."""

    def __init__(
        self, db: Database, settings: Settings, texts: Texts, clock: Clock | None = None
    ) -> None:
        self.db = db
        self.settings = settings
        self.texts = texts
        self.clock = clock or SystemClock()
        # Rendering is deterministic: the same template, values and language give the same text.
        self._texts_cache: dict[Hashable, str] = {}
        # What steps need of recent conversations, by cardholder: a step reads nothing, and its
        # save's version check tells whether what it was decided on was current (else: read again).
        self._known: OrderedDict[int, _Known] = OrderedDict()
        self._holders_here = db.dialect == "sqlite"
        #: Called after a step that said the hand-off text was saved: the desk wakes up at once.
        self.on_handoff: Callable[[], None] | None = None

    # --- Conversations ------------------------------------------------------------------

    def conversation_for(self, session: Session, cardholder: Cardholder) -> ConversationRow:
        row = session.execute(
            select(ConversationRow).where(col(ConversationRow.cardholder_id) == cardholder.id)
        ).scalar_one_or_none()
        if row is not None:
            return row
        account = session.get(Account, cardholder.account_id)
        assert account is not None
        language = (
            account.language
            if account.language in self.texts.languages
            else self.settings.bank.default_language
        )
        state = Dialogue(language=language)
        row = ConversationRow(
            account_id=cardholder.account_id,
            cardholder_id=id_of(cardholder),
            step=state.step.value,
            state=state.to_json(),
            language=language,
        )
        session.add(row)
        session.flush()
        return row

    async def handle(
        self,
        cardholder_id: int,
        event: ev.Event,
        *,
        inbound_text: str | None = None,
        telegram_message_id: int | None = None,
        reminder_id: int | None = None,
    ) -> list[Rendered]:
        """Apply ``event`` for the cardholder and return what to send, already rendered."""
        for _attempt in range(MAX_CONFLICT_RETRIES):
            try:
                replies = await self._handle_once(
                    cardholder_id, event, inbound_text, telegram_message_id, reminder_id
                )
            except ConcurrentUpdate:
                continue
            if self.on_handoff is not None and any(
                reply.template == "handoff" for reply in replies
            ):
                self.on_handoff()
            return replies
        raise ConcurrentUpdate(f"conversation of cardholder {cardholder_id} kept changing")

    async def _handle_once(
        self,
        cardholder_id: int,
        event: ev.Event,
        inbound_text: str | None,
        telegram_message_id: int | None,
        reminder_id: int | None = None,
    ) -> list[Rendered]:
        now = self.clock.now()
        known = self._known.get(cardholder_id)
        if known is None:
            known = await self._read(cardholder_id)
        else:
            self._known.move_to_end(cardholder_id)
        row, state = known.row, known.state
        assert row.id is not None  # read from the database: it has its key
        facts = self._facts(known, now)
        outcome = step(state, event, facts)
        new = outcome.dialogue
        changed = new is not state
        texts = [self._render(reply, new.language) for reply in outcome.replies]
        for reply, text in zip(outcome.replies, texts, strict=True):
            if reply.template == "agreement":
                known.shown_agreement = (new.language, reply.params, text)
        inbound = None
        if inbound_text is not None:
            inbound = {
                "direction": Direction.IN,
                "author": "cardholder",
                "text": inbound_text,
                "telegram_message_id": telegram_message_id,
                "reminder_id": None,
            }
        if not outcome.effects and not texts and inbound is None and not changed:
            return []  # nothing to say or keep
        seen = known.version
        # Every step saves with the version check, changed or not: what it was decided on (the
        # state, and the account and plan kept in memory) is then known to have been current.
        values = self._saved_values(
            row.id, new if changed else None, seen, now, inbound=inbound is not None
        )
        records = self._records(row.id, inbound, texts, now, reminder_id)

        accepted = None
        try:
            if outcome.effects:
                transcript_ids, accepted = await self.db.write(
                    self._write_with_effects, known, outcome, facts, values, records, now
                )
            else:
                transcript_ids = await self.db.write(_write, values, records)
        except ConcurrentUpdate:
            self._known.pop(cardholder_id, None)
            raise
        if any(not isinstance(effect, _KEEP_KNOWN) for effect in outcome.effects):
            self._known.pop(
                cardholder_id, None
            )  # the effects changed more than the state: read afresh
        else:
            known.version = values["version"]
            known.state = new
            for effect in outcome.effects:
                if isinstance(effect, fx.AcceptAgreement):
                    known.plan = _accepted_plan(effect.option)  # what was just written
        rendered = self._rendered(
            row, new, outcome.replies, texts, transcript_ids[len(transcript_ids) - len(texts) :]
        )
        if accepted is not None:
            document = (accepted, known.account.timezone)
            rendered = [
                dataclasses.replace(r, agreement=document) if r.attach == "agreement" else r
                for r in rendered
            ]
        return rendered

    def _write_with_effects(
        self,
        session: Session,
        known: _Known,
        outcome: Outcome,
        facts: Facts,
        values: dict[str, Any],
        records: list[dict[str, Any]],
        now: datetime,
    ) -> tuple[list[int], dict[str, Any] | None]:
        """The transcript ids, and the columns of an agreement accepted (if one was).

        It changes none of the objects it is given: a refused save leaves what is known intact.
        """
        inbound = [r for r in records if r["direction"] == Direction.IN]
        # First: a refused save has written nothing. The message in before any note the effects add.
        ids = _write(session, values, inbound)
        mine = (known.row, known.cardholder, known.account)
        if any(isinstance(effect, _CHANGES_ENTITIES) for effect in outcome.effects):
            mine = (
                session.merge(known.row, load=False),
                session.merge(known.cardholder, load=False),
                session.merge(known.account, load=False),
            )
        accepted = None
        for effect in outcome.effects:
            written = self._perform(
                session,
                effect,
                mine[0],
                mine[1],
                mine[2],
                outcome.dialogue,
                facts,
                now,
                shown_agreement=known.shown_agreement,
            )
            accepted = written or accepted
        session.flush()
        return ids + insert_transcript(
            session, [r for r in records if r["direction"] != Direction.IN]
        ), accepted

    @staticmethod
    def _saved_values(
        conversation_id: int, state: Dialogue | None, seen: int, now: datetime, *, inbound: bool
    ) -> dict[str, Any]:
        """The save's parameters: the new state and the next version if it changed, the times.

        Unchanged, the version stays: the save only checks it (and notes when the cardholder wrote).
        """
        values: dict[str, Any] = {
            "conversation_id": conversation_id,
            "conversation_seen": seen,
            "version": seen + (state is not None),
        }
        if state is not None:
            values.update(
                step=state.step.value,
                state=state.to_json(),
                language=state.language,
                updated_at=now,
            )
        if inbound:
            values["last_inbound_at"] = now
        return values

    @staticmethod
    def _records(
        conversation_id: int,
        inbound: dict[str, Any] | None,
        texts: Sequence[str],
        now: datetime,
        reminder_id: int | None,
    ) -> list[dict[str, Any]]:
        """The transcript rows of a step: the message in (if any), then the replies out."""
        messages = [inbound] if inbound is not None else []
        messages += [
            {
                "direction": Direction.OUT,
                "author": "assistant",
                "text": text,
                "telegram_message_id": None,
                "reminder_id": reminder_id,
            }
            for text in texts
        ]
        return [{"conversation_id": conversation_id, "at": now, **message} for message in messages]

    def forget(self, conversation_id: int) -> None:
        """Something outside a step changed the conversation (the desk):
        read it afresh next time."""
        for cardholder_id, known in list(self._known.items()):
            if known.row.id == conversation_id:
                del self._known[cardholder_id]

    def holder(self, cardholder_id: int) -> tuple[Holder, int | None] | None:
        """Who holds the cardholder's conversation and its topic, if known here for sure; else None.

        Only on SQLite, where this process is the only one to change holders (the desk runs in
        it, and tells :meth:`forget`); with several instances the database is asked every time.
        """
        if not self._holders_here:
            return None
        known = self._known.get(cardholder_id)
        return None if known is None else (Holder(known.row.holder), known.row.topic_id)

    def _rendered(
        self,
        row: ConversationRow,
        state: Dialogue,
        replies: Sequence[Reply],
        texts: Sequence[str],
        transcript_ids: Sequence[int],
    ) -> list[Rendered]:
        conversation_id = id_of(row)
        return [
            Rendered(
                text,
                tuple(Button(self._label(c.label, state.language), c.data) for c in reply.choices),
                conversation_id,
                state.turn,
                transcript_id,
                reply.template,
                reply.attach,
            )
            for reply, text, transcript_id in zip(replies, texts, transcript_ids, strict=True)
        ]

    async def _read(self, cardholder_id: int) -> _Known:
        """Everything a step needs from the database, kept in memory until a save is refused.

        The first contact makes the conversation, in a write of its own.
        """

        def load(session: Session) -> tuple[Cardholder, _Known | None]:
            found = session.execute(_LOAD, {"cardholder_id": cardholder_id}).first()
            if found is None:
                raise LookupError(f"no cardholder {cardholder_id}")
            cardholder, account, row = found
            if row is None:
                return cardholder, None
            state = Dialogue.from_json(row.state)
            return cardholder, _Known(
                cardholder, account, row, row.version, state, _plan_rows(session, row.id)
            )

        while True:
            # Reading takes no turn: the save checks the version.
            cardholder, known = await self.db.read(load)
            if known is not None:
                break
            await self.db.write(self.conversation_for, cardholder)
        if len(self._known) >= KNOWN_SIZE:
            self._known.popitem(last=False)
        self._known[cardholder_id] = known
        return known

    def _record_out(
        self,
        session: Session,
        row: ConversationRow,
        replies: Sequence[Reply],
        state: Dialogue,
        now: datetime,
        reminder_id: int | None = None,
    ) -> list[Rendered]:
        """Render the replies and add them to the transcript,
        for a write made outside :meth:`handle`."""
        texts = [self._render(reply, state.language) for reply in replies]
        records = self._records(id_of(row), None, texts, now, reminder_id)
        return self._rendered(row, state, replies, texts, insert_transcript(session, records))

    def _render(self, reply: Reply, language: str) -> str:
        """``texts.render``, remembered for replies whose values are plain (most questions)."""
        key = _cache_key(reply.template, reply.params, language)
        if key is None:
            return self.texts.render(reply, language)
        text = self._texts_cache.get(key)
        if text is None:
            text = self._remember(key, self.texts.render(reply, language))
        return text

    def _label(self, label: Label, language: str) -> str:
        key = _cache_key((label.msgid, label.plural, label.n), label.params, language)
        if key is None:
            return self.texts.label(label, language)
        text = self._texts_cache.get(key)
        if text is None:
            text = self._remember(key, self.texts.label(label, language))
        return text

    def _remember(self, key: Hashable, text: str) -> str:
        if len(self._texts_cache) >= TEXTS_CACHE_SIZE:
            self._texts_cache.clear()
        self._texts_cache[key] = text
        return text

    async def record_delivery(self, transcript_id: int, telegram_message_id: int) -> None:
        await self.record_deliveries([(transcript_id, telegram_message_id)])

    async def record_deliveries(self, deliveries: Sequence[tuple[int, int]]) -> None:
        """Note the Telegram message ids of delivered replies: (transcript id, message id) pairs."""
        if not deliveries:
            return
        rows = [
            {"transcript_id": transcript_id, "message_id": message_id}
            for transcript_id, message_id in deliveries
        ]
        await self.db.write(lambda session: session.connection().execute(_DELIVERED, rows))

    # --- Facts ------------------------------------------------------------------------------

    def _facts(self, known: _Known, now: datetime) -> Facts:
        return self._facts_of(known.account, known.plan, now)

    def _facts_of(self, account: Account, plan: PlanRows | None, now: datetime) -> Facts:
        today = local_today(now, account.timezone)
        return Facts(
            account=account_terms(account),
            card_last4=account.card_last4,
            policy=self.settings.policy_value,
            today=today,
            plan=None if plan is None else self.progress(plan, today),
            specialists_working=specialists_working(self.settings, now),
            specialists_reply_here=self.settings.specialists.chat_id is not None,
            grace_days=self.settings.reminders.grace_days,
        )

    def progress(self, plan: PlanRows, today: date) -> PlanProgress:
        """How far the plan has come; ``today`` is the cardholder's."""
        instalments = plan.instalments
        paid = sum(1 for i in instalments if i.status == InstalmentStatus.PAID)
        remaining = sum((i.amount - i.paid_amount for i in instalments), start=plan.total * 0)
        upcoming = next((i for i in instalments if i.status == InstalmentStatus.OPEN), None)
        return PlanProgress(
            currency=plan.currency,
            payments=len(instalments),
            paid=paid,
            remaining=remaining,
            next_due=upcoming.due_date if upcoming else None,
            next_amount=(upcoming.amount - upcoming.paid_amount) if upcoming else None,
            next_number=upcoming.number if upcoming else None,
            monthly=plan.monthly,
            missed_in_row=missed_in_row(instalments, today, self.settings.reminders.grace_days),
        )

    # --- Effects ----------------------------------------------------------------------------

    def _perform(
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
            text = self._render(agreement, state.language)
        # A new agreement replaces the one in force (a renegotiation).
        session.execute(
            update(_AGREEMENTS)
            .where(
                _AGREEMENTS.c.conversation_id == row.id,
                _AGREEMENTS.c.status == AgreementStatus.ACTIVE,
            )
            .values(status=AgreementStatus.SUPERSEDED)
        )
        columns: dict[str, Any] = dict(
            conversation_id=row.id,
            account_id=account.id,
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
            terms_version=self.settings.policy_value.terms_version,
            language=state.language,
            status=AgreementStatus.ACTIVE,
            message_ids=[],
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

    # --- A specialist's move (bot/desk.py) ------------------------------------------------------

    async def act(
        self,
        conversation_id: int,
        decide: Callable[[Dialogue, Facts], Outcome],
        *,
        holders: Collection[Holder],
        values: Mapping[str, object],
        note: tuple[str, str] | None = None,
    ) -> list[Rendered] | None:
        """Apply ``decide`` to the conversation if it is held as one of ``holders``; None if not.

        Saved like a step (version check; the effects performed), with ``values`` for the row
        (the holder, …) in the same update, and ``note`` (author, text) in the transcript.
        """
        for _attempt in range(MAX_CONFLICT_RETRIES):
            try:
                return await self._act_once(conversation_id, decide, holders, values, note)
            except ConcurrentUpdate:
                continue
            finally:
                self.forget(conversation_id)
        raise ConcurrentUpdate(f"conversation {conversation_id} kept changing")

    async def _act_once(
        self,
        conversation_id: int,
        decide: Callable[[Dialogue, Facts], Outcome],
        holders: Collection[Holder],
        values: Mapping[str, object],
        note: tuple[str, str] | None,
    ) -> list[Rendered] | None:
        now = self.clock.now()

        def act(session: Session) -> list[Rendered] | None:
            row = session.get(ConversationRow, conversation_id)
            if row is None or row.holder not in holders:
                return None
            cardholder = session.get(Cardholder, row.cardholder_id)
            account = session.get(Account, row.account_id)
            assert cardholder is not None and account is not None
            facts = self._facts_of(account, _plan_rows(session, conversation_id), now)
            outcome = decide(Dialogue.from_json(row.state), facts)
            if note is not None:
                session.add(
                    TranscriptMessage(
                        conversation_id=conversation_id,
                        direction=Direction.NOTE,
                        author=note[0],
                        text=note[1],
                        at=now,
                    )
                )
            new = outcome.dialogue
            for effect in outcome.effects:
                self._perform(session, effect, row, cardholder, account, new, facts, now)
            written = {
                "step": new.step.value,
                "state": new.to_json(),
                "language": new.language,
                "version": row.version + 1,
                "updated_at": now,
                **values,
            }
            result = session.execute(
                update(ConversationRow)
                .where(
                    col(ConversationRow.id) == conversation_id,
                    col(ConversationRow.version) == row.version,
                )
                .values(**written)
                .execution_options(synchronize_session=False)
            )
            if rowcount(result) != 1:
                raise ConcurrentUpdate()
            return self._record_out(session, row, outcome.replies, new, now)

        return await self.db.write(act)

    async def transcript(self, conversation_id: int) -> list[TranscriptMessage]:
        return await self.db.read(
            lambda session: list(
                session.scalars(
                    select(TranscriptMessage)
                    .where(col(TranscriptMessage.conversation_id) == conversation_id)
                    .order_by(col(TranscriptMessage.id))
                )
            )
        )
