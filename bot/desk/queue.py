"""The specialists' desk on the database: the queue, taking over, the card's data, the alarms.

Channel-free: :mod:`bot.channels.telegram.desk` (the forum group) and ``overdue-bot desk`` (the
command line) both work through here. Every change to a conversation row is conditional — on its
holder (``WHERE holder = 'queued'``) and always bumping ``version`` — so of two specialists tapping
"Take over" at once exactly one wins, and a step the runtime applies meanwhile is retried on the new
state rather than lost.

Who holds a conversation (``Conversation.holder``):

    ASSISTANT ──hand-off──> QUEUED ──take over──> SPECIALIST ──/release, /offer──> ASSISTANT
                              └──────────/close──────┴──> CLOSED (or ASSISTANT if agreed)

A closed conversation keeps its outcome; if the cardholder writes again it goes back to the
assistant (:meth:`Desk.reopen`), which answers from where the conversation stands.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, defer
from sqlmodel import col

from bot.instances import instance_name
from bot.printable import printable
from bot.service.facts import account_terms
from bot.storage.db import Database
from bot.storage.models import (
    Account,
    Cardholder,
    DeskRefusal,
    Direction,
    Holder,
    Offer,
    TranscriptMessage,
    id_of,
)
from bot.storage.models import Conversation as ConversationRow
from bot.texts import html_to_text
from dialogs.domain.plans import AccountTerms
from dialogs.domain.vocabulary import HandoffReason
from dialogs.replies import Label, _
from dialogs.state import NEGOTIATING, Dialogue

log = logging.getLogger(__name__)

#: How long an instance has to make a hand-off's topic and card before another may.
CARD_CLAIM = timedelta(minutes=2)
#: Transcript lines shown on a summary card.
CARD_TRANSCRIPT_LINES = 6
#: Each shown at most this long (the card is one Telegram message).
CARD_LINE_CHARS = 200

REASON_LABELS: dict[HandoffReason, Label] = {
    HandoffReason.ASKED_FOR_PERSON: _("Asked for a person"),
    HandoffReason.DISPUTE: _("Disputes the debt"),
    HandoffReason.IDENTITY_FAILED: _("Identity not confirmed"),
    HandoffReason.REJECTED_ALL_OPTIONS: _("Rejected every option"),
    HandoffReason.COUNTER_OFFER_OUTSIDE_POLICY: _("Proposal outside policy"),
    HandoffReason.NO_AFFORDABLE_OPTION: _("No affordable option"),
    HandoffReason.VULNERABILITY: _("Vulnerability: urgent"),
    HandoffReason.MISSED_PAYMENTS: _("Missed two payments"),
    HandoffReason.RENEGOTIATION_BROKEN: _("New plan broken"),
    HandoffReason.NOT_UNDERSTOOD: _("Not understood three times"),
    HandoffReason.SILENT: _("Silent mid-negotiation"),
    HandoffReason.UNREACHABLE: _("Blocked the bot"),
    HandoffReason.UNDELIVERABLE: _("A reply could not be delivered"),
}


class Resolution(StrEnum):
    """How a specialist resolved a conversation (``/close``), stored as its ``outcome``."""

    AGREEMENT = "agreement"
    PAID = "paid"
    DISPUTE_UPHELD = "dispute_upheld"
    NO_CONTACT = "no_contact"
    OTHER = "other"


OUTCOME_LABELS: dict[Resolution, Label] = {
    Resolution.AGREEMENT: _("Agreement reached"),
    Resolution.PAID: _("Paid"),
    Resolution.DISPUTE_UPHELD: _("Dispute upheld"),
    Resolution.NO_CONTACT: _("No contact"),
    Resolution.OTHER: _("Other outcome"),
}

#: Words a specialist may type after ``/close``, in any of the languages.
OUTCOME_WORDS: dict[str, Resolution] = {
    "agreement": Resolution.AGREEMENT, "agreed": Resolution.AGREEMENT,
    "megállapodás": Resolution.AGREEMENT, "协议": Resolution.AGREEMENT,
    "达成协议": Resolution.AGREEMENT,
    "paid": Resolution.PAID, "fizetve": Resolution.PAID, "kifizetve": Resolution.PAID,
    "已还清": Resolution.PAID, "已还款": Resolution.PAID,
    "dispute_upheld": Resolution.DISPUTE_UPHELD, "dispute": Resolution.DISPUTE_UPHELD,
    "upheld": Resolution.DISPUTE_UPHELD, "kifogás": Resolution.DISPUTE_UPHELD,
    "kifogás_elfogadva": Resolution.DISPUTE_UPHELD, "异议成立": Resolution.DISPUTE_UPHELD,
    "no_contact": Resolution.NO_CONTACT, "nocontact": Resolution.NO_CONTACT,
    "elérhetetlen": Resolution.NO_CONTACT, "无法联系": Resolution.NO_CONTACT,
    "other": Resolution.OTHER, "egyéb": Resolution.OTHER, "其他": Resolution.OTHER,
}  # fmt: skip


def read_outcome(text: str) -> Resolution | None:
    word = " ".join(text.split()).lower().replace(" ", "_").replace("-", "_")
    return OUTCOME_WORDS.get(word)


def masked(last4: str) -> str:
    """A card as the desk shows it: never more than the last four digits."""
    return f"•••• {last4[-4:]}"


@dataclass(frozen=True, slots=True)
class Entry:
    """One conversation as the desk sees it."""

    conversation_id: int
    account_ref: str
    card_last4: str
    currency: str
    timezone: str
    holder: Holder
    reason: HandoffReason | None
    urgent: bool
    handoff_at: datetime | None
    topic_id: int | None
    closed_topic_id: int | None
    card_message_id: int | None
    carded_at: datetime | None
    alerted_at: datetime | None
    specialist_id: int | None
    specialist_name: str | None
    outcome: Resolution | None
    closed_at: datetime | None
    updated_at: datetime
    step: str
    cardholder_id: int
    cardholder_chat_id: int
    unreachable: bool
    #: The conversation's version when it was read (a step applied since moves it on).
    version: int


@dataclass(frozen=True, slots=True)
class Line:
    """A transcript line for the card, as plain printable text (escaped where it is shown)."""

    direction: str
    author: str
    text: str
    at: datetime


@dataclass(frozen=True, slots=True)
class ShownOffer:
    kind: str
    monthly: Any
    payments: int
    total: Any
    chosen: bool


@dataclass(frozen=True, slots=True)
class Card:
    """Everything the summary card shows (no name, no card digits beyond the last four)."""

    entry: Entry
    account: AccountTerms
    state: Dialogue
    offers: tuple[ShownOffer, ...]
    transcript: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class Taken:
    won: bool
    entry: Entry | None


def _entry(row: ConversationRow, account: Account, cardholder: Cardholder) -> Entry:
    return Entry(
        conversation_id=id_of(row),
        account_ref=account.ref,
        card_last4=account.card_last4,
        currency=account.currency,
        timezone=account.timezone,
        holder=Holder(row.holder),
        reason=_known(HandoffReason, row.handoff_reason),
        urgent=row.urgent,
        handoff_at=row.handoff_at,
        topic_id=row.topic_id,
        closed_topic_id=row.closed_topic_id,
        card_message_id=row.card_message_id,
        carded_at=row.carded_at,
        alerted_at=row.alerted_at,
        specialist_id=row.specialist_id,
        specialist_name=printable(row.specialist_name) if row.specialist_name else None,
        outcome=_known(Resolution, row.outcome),
        closed_at=row.closed_at,
        updated_at=row.updated_at,
        step=row.step,
        cardholder_id=id_of(cardholder),
        cardholder_chat_id=cardholder.chat_id,
        unreachable=cardholder.unreachable_at is not None,
        version=row.version,
    )


def _known(kind: Any, value: str | None) -> Any:
    """A stored reason or outcome;
    one this version does not know (a newer instance's) shows as none."""
    try:
        return kind(value) if value else None
    except ValueError:
        return None


class Desk:
    def __init__(self, db: Database, name: str | None = None) -> None:
        self.db = db
        #: Who claims cards here (an instance's name: ``bot.instances``).
        self.name = (name or instance_name())[:80]
        #: Told the id of every conversation the desk changed (the assistant forgets what it knew).
        self.changed: Callable[[int], None] = lambda conversation_id: None

    # --- reading ----------------------------------------------------------------------------

    async def _entries(
        self, *where: Any, order: Sequence[Any] = (), limit: int | None = None
    ) -> list[Entry]:
        query = (
            select(ConversationRow, Account, Cardholder)
            # An entry never needs the state. The ignore: sqlmodel types the attribute as its
            # value (a dict), not as the column it is here.
            .options(defer(ConversationRow.state))  # type: ignore[arg-type]
            .join(Account, col(Account.id) == ConversationRow.account_id)
            .join(Cardholder, col(Cardholder.id) == ConversationRow.cardholder_id)
            .where(*where)
            .order_by(*order, col(ConversationRow.id))
        )
        if limit is not None:
            query = query.limit(limit)
        found = await self.db.read(lambda session: session.execute(query).all())
        return [_entry(*row) for row in found]

    async def queue(self) -> list[Entry]:
        """Waiting or held conversations, urgent first, then oldest hand-off first."""
        return await self._entries(
            col(ConversationRow.holder).in_([Holder.QUEUED, Holder.SPECIALIST]),
            order=(col(ConversationRow.urgent).desc(), col(ConversationRow.handoff_at)),
        )

    async def get(self, conversation_id: int) -> Entry | None:
        found = await self._entries(ConversationRow.id == conversation_id)
        return found[0] if found else None

    async def by_ref(self, account_ref: str) -> Entry | None:
        found = await self._entries(
            Account.ref == account_ref, order=(col(ConversationRow.id).desc(),), limit=1
        )
        return found[0] if found else None

    async def by_topic(self, topic_id: int) -> Entry | None:
        """The conversation a topic belongs to, open or closed."""
        found = await self._entries(
            or_(
                col(ConversationRow.topic_id) == topic_id,
                col(ConversationRow.closed_topic_id) == topic_id,
            ),
            order=(col(ConversationRow.id).desc(),),
            limit=1,
        )
        return found[0] if found else None

    async def holder_of(self, conversation_id: int) -> tuple[Holder, int | None] | None:
        """Who holds a conversation and its open topic: one small query per cardholder message."""
        found = await self.db.read(
            lambda session: session.execute(
                select(col(ConversationRow.holder), col(ConversationRow.topic_id)).where(
                    col(ConversationRow.id) == conversation_id
                )
            ).first()
        )
        return None if found is None else (Holder(found[0]), found[1])

    async def needing_card(self) -> list[Entry]:
        """Queued hand-offs whose card is not posted yet (new, or handed off again): urgent first.

        A specialist's release, offer or close forgets the card,
        so the next hand-off gets a new one.
        """
        return await self._entries(
            ConversationRow.holder == Holder.QUEUED,
            col(ConversationRow.card_message_id).is_(None),
            order=(col(ConversationRow.urgent).desc(), col(ConversationRow.handoff_at)),
        )

    async def handed_off_again(self) -> list[Entry]:
        """Waiting with a card posted before a newer hand-off (a new reason, perhaps urgent now)."""
        return await self._entries(
            ConversationRow.holder == Holder.QUEUED,
            col(ConversationRow.card_message_id).is_not(None),
            col(ConversationRow.carded_at) < ConversationRow.handoff_at,
            order=(col(ConversationRow.urgent).desc(), col(ConversationRow.handoff_at)),
        )

    async def untaken(self, alerted_before: datetime) -> list[Entry]:
        """Queued hand-offs with a card, last alerted before ``alerted_before``."""
        return await self._entries(
            ConversationRow.holder == Holder.QUEUED,
            col(ConversationRow.topic_id).is_not(None),
            col(ConversationRow.alerted_at) <= alerted_before,
            order=(col(ConversationRow.urgent).desc(), col(ConversationRow.handoff_at)),
        )

    async def silent(self, quiet_since: datetime) -> list[tuple[Entry, bool]]:
        """Conversations the assistant holds mid-negotiation, unchanged since ``quiet_since``, whose
        cardholder can be written to and has not asked us to stop; each with whether it was nudged.

        Read without the dialogue's state (only its ``nudged`` flag, in the query): after an outage
        thousands may be silent at once, and loading each state with its offers took about a
        millisecond apiece on the event loop. The index on (holder, updated_at) finds them without
        reading the others' rows.
        """
        nudged = col(ConversationRow.state)["nudged"].as_boolean()
        query = (
            select(ConversationRow, Account, Cardholder, nudged)
            # The ignore: sqlmodel types the attribute as its value (a dict), not as the column.
            .options(defer(ConversationRow.state))  # type: ignore[arg-type]
            .join(Account, col(Account.id) == ConversationRow.account_id)
            .join(Cardholder, col(Cardholder.id) == ConversationRow.cardholder_id)
            .where(
                col(ConversationRow.holder) == Holder.ASSISTANT,
                col(ConversationRow.updated_at) <= quiet_since,
                col(ConversationRow.step).in_([step.value for step in NEGOTIATING]),
                col(Cardholder.unreachable_at).is_(None),
                # they asked for no messages from us
                col(Cardholder.reminders_stopped_at).is_(None),
            )
            .order_by(col(ConversationRow.updated_at))
        )
        found = await self.db.read(lambda session: session.execute(query).all())
        return [
            (_entry(row, account, cardholder), bool(flag))
            for row, account, cardholder, flag in found
        ]

    async def card(self, conversation_id: int) -> Card | None:
        entry = await self.get(conversation_id)
        if entry is None:
            return None
        row, account, offers, lines = await self.db.read(_card_rows, conversation_id)
        state = Dialogue.from_json(row.state)
        if state.cause_note is not None:  # their own words, shown on the card
            state.cause_note = printable(state.cause_note)
        seen: dict[str, ShownOffer] = {}
        for offer in offers:  # an option shown twice is listed once
            seen[offer.key] = ShownOffer(
                offer.kind, offer.monthly, offer.payments, offer.total, offer.key == state.selected
            )
        return Card(
            entry=entry,
            account=account_terms(account),
            state=state,
            offers=tuple(seen.values()),
            transcript=tuple(
                Line(line.direction.value, line.author, _shown(line), line.at)
                for line in reversed(lines)
            ),
        )

    # --- changing ---------------------------------------------------------------------------

    async def _update(self, where: Sequence[Any], **values: Any) -> bool:
        """A conditional update of one conversation that bumps its version; True if it applied."""
        changed = await self.db.write(
            lambda session: session.scalars(
                update(ConversationRow)
                .where(*where)
                .values(version=col(ConversationRow.version) + 1, **values)
                .returning(col(ConversationRow.id))
                .execution_options(synchronize_session=False)
            ).all()
        )
        for conversation_id in changed:
            assert conversation_id is not None  # a key, read back
            self.changed(conversation_id)
        return bool(changed)

    async def claim_card(self, conversation_id: int, now: datetime) -> bool:
        """Make the hand-off's topic and card here, for :data:`CARD_CLAIM`: whether no other
        instance is making them (claimed before Telegram is asked, so one instance makes one
        topic and one card). Only while it waits without a card; a claim that lapsed (its
        instance stopped) is taken over."""
        return await self._update(
            (
                ConversationRow.id == conversation_id,
                ConversationRow.holder == Holder.QUEUED,
                col(ConversationRow.card_message_id).is_(None),
                or_(
                    col(ConversationRow.card_claimed_until).is_(None),
                    col(ConversationRow.card_claimed_until) < now,
                    col(ConversationRow.card_claimed_by) == self.name,
                ),
            ),
            card_claimed_by=self.name,
            card_claimed_until=now + CARD_CLAIM,
        )

    async def topic_opened(self, conversation_id: int, topic_id: int) -> bool:
        """Keep the new topic at once, so a card that fails to post is retried in the same topic."""
        return await self._update(
            (
                ConversationRow.id == conversation_id,
                ConversationRow.holder == Holder.QUEUED,
                col(ConversationRow.topic_id).is_(None),
            ),
            topic_id=topic_id,
        )

    async def carded(
        self, conversation_id: int, topic_id: int, card_message_id: int, now: datetime
    ) -> bool:
        """Keep the posted card;
        False if another instance posted one first (or it is no longer waiting)."""
        return await self._update(
            (
                ConversationRow.id == conversation_id,
                ConversationRow.holder == Holder.QUEUED,
                col(ConversationRow.card_message_id).is_(None),
            ),
            topic_id=topic_id,
            card_message_id=card_message_id,
            carded_at=now,
            alerted_at=now,
            card_claimed_by=None,
            card_claimed_until=None,
        )

    async def recarded(self, conversation_id: int, now: datetime, *, alerted: bool) -> bool:
        """Claim a hand-off made again while its card waits (the card and topic say the new
        reason; ``alerted``: an alarm goes too): False if another instance claimed it first."""
        return await self._update(
            (
                ConversationRow.id == conversation_id,
                ConversationRow.holder == Holder.QUEUED,
                col(ConversationRow.carded_at) < ConversationRow.handoff_at,
            ),
            carded_at=now,
            **({"alerted_at": now} if alerted else {}),
        )

    async def claim_alarm(
        self, conversation_id: int, alerted_before: datetime, now: datetime
    ) -> bool:
        """Claim raising a waiting hand-off again (before the alarm is sent): False if it was
        raised since ``alerted_before`` (by another instance) or no longer waits."""
        return await self._update(
            (
                ConversationRow.id == conversation_id,
                ConversationRow.holder == Holder.QUEUED,
                col(ConversationRow.alerted_at) <= alerted_before,
            ),
            alerted_at=now,
        )

    async def take(
        self, conversation_id: int, specialist_id: int, name: str, now: datetime
    ) -> Taken:
        """Hold the conversation if it is still waiting; of simultaneous takers exactly one wins."""
        won = await self._update(
            (ConversationRow.id == conversation_id, ConversationRow.holder == Holder.QUEUED),
            holder=Holder.SPECIALIST,
            specialist_id=specialist_id,
            specialist_name=name[:64],
            updated_at=now,
        )
        if won:
            await self.record(
                conversation_id, Direction.NOTE, author(specialist_id), "taken over", now=now
            )
            log.info("conversation %s taken over by specialist %s", conversation_id, specialist_id)
        return Taken(won, await self.get(conversation_id))

    async def reopen(self, conversation_id: int, now: datetime) -> bool:
        """The cardholder wrote after a close: the assistant has the conversation again."""
        return await self._update(
            (ConversationRow.id == conversation_id, ConversationRow.holder == Holder.CLOSED),
            holder=Holder.ASSISTANT,
            updated_at=now,
        )

    async def record(
        self,
        conversation_id: int,
        direction: Direction,
        who: str,
        text: str,
        *,
        now: datetime,
        telegram_message_id: int | None = None,
    ) -> None:
        await self.db.write(
            lambda session: session.add(
                TranscriptMessage(
                    conversation_id=conversation_id,
                    direction=direction,
                    author=who,
                    text=text,
                    telegram_message_id=telegram_message_id,
                    at=now,
                )
            )
        )

    async def refused_before(self, user_id: int, now: datetime) -> bool:
        """Whether this non-specialist was already told; records them if not."""

        def refuse(session: Session) -> bool:
            if session.scalar(
                select(col(DeskRefusal.id)).where(col(DeskRefusal.user_id) == user_id)
            ):
                return True
            session.add(DeskRefusal(user_id=user_id, at=now))
            return False

        try:
            if await self.db.write(refuse):
                return True
        except IntegrityError:  # another instance recorded them first
            return True
        log.info("desk: user %s refused (not a specialist)", user_id)
        return False


def _card_rows(
    session: Session, conversation_id: int
) -> tuple[ConversationRow, Account, list[Offer], list[TranscriptMessage]]:
    """What a card shows beyond its entry: the row, the account, the offers, the last lines."""
    row = session.get(ConversationRow, conversation_id)
    account = session.get(Account, row.account_id) if row is not None else None
    assert row is not None and account is not None
    offers = session.scalars(
        select(Offer).where(col(Offer.conversation_id) == conversation_id).order_by(col(Offer.id))
    ).all()
    lines = session.scalars(
        select(TranscriptMessage)
        .where(
            col(TranscriptMessage.conversation_id) == conversation_id,
            col(TranscriptMessage.direction).in_([Direction.IN, Direction.OUT]),
        )
        .order_by(col(TranscriptMessage.id).desc())
        .limit(CARD_TRANSCRIPT_LINES)
    ).all()
    return row, account, list(offers), list(lines)


def author(specialist_id: int) -> str:
    return f"specialist:{specialist_id}"


def realert_cutoff(now: datetime, minutes: int) -> datetime:
    return now - timedelta(minutes=minutes)


def _shown(line: TranscriptMessage) -> str:
    """A transcript line as the card quotes it: plain printable text, shortened (the card
    escapes it once). The assistant's lines are stored as the Telegram HTML it sent."""
    text = html_to_text(line.text) if line.author == "assistant" else line.text
    return _shorten(printable(text))


def _shorten(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= CARD_LINE_CHARS else flat[: CARD_LINE_CHARS - 1] + "…"


__all__ = [
    "CARD_TRANSCRIPT_LINES",
    "OUTCOME_LABELS",
    "REASON_LABELS",
    "Card",
    "Desk",
    "Entry",
    "Resolution",
    "Taken",
    "author",
    "masked",
    "read_outcome",
    "realert_cutoff",
]
