"""A conversation's steps: load it, apply one event, save it with its effects, hand back replies.

Every channel (Telegram, the terminal) goes through :meth:`Assistant.handle`. A step reads the
conversation (or knows it already), computes the dialogue's answer, then writes everything it
changed in one transaction of its own (:meth:`Database.write`), saved with a version check: two
updates of one conversation — on one instance or on several sharing PostgreSQL — are applied one
after the other, never both on the same old state; the loser reloads and applies its event to
the new state. The replies are handed back only once their step is committed.

In order, too. On one instance the dispatcher's gate hands a chat's updates to steps one at a
time, as they came. Instances sharing PostgreSQL each see only some of them, so a step of an
update from the inbox also waits its turn in its write: while an earlier update of its chat,
received before it, is still pending (being handled elsewhere), the write is refused
(:class:`NotYourTurn`), the step waits for that update to be handled, and is decided again on
what it left (at most :data:`TURN_WAIT`: an update pending longer is taken as lost with its
instance, and handled when an instance starts again).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import Awaitable, Callable, Collection, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlmodel import col

from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.service.effects import EffectWriter
from bot.service.facts import accepted_plan, facts_of
from bot.service.known import KnownConversation, KnownConversations
from bot.service.records import (
    LOAD,
    AlreadyHandled,
    Claim,
    ConcurrentUpdate,
    NotYourTurn,
    insert_transcript,
    plan_rows,
    write_step,
)
from bot.service.rendering import Rendered, Renderer, Sending
from bot.storage.db import Database, insert_skipping_existing, rowcount
from bot.storage.inbox import earlier_pending
from bot.storage.models import (
    Account,
    Cardholder,
    Direction,
    Holder,
    TranscriptMessage,
    id_of,
    table_of,
)
from bot.storage.models import Conversation as ConversationRow
from bot.texts import Texts
from dialogs import effects as fx
from dialogs import events as ev
from dialogs.facts import Facts
from dialogs.flow import step
from dialogs.move import Outcome
from dialogs.replies import Reply
from dialogs.state import Dialogue

log = logging.getLogger(__name__)

MAX_CONFLICT_RETRIES = 5
#: How long a step waits for an earlier update of its chat that another instance is handling
#: (a few milliseconds, as a rule); one pending longer is taken as lost with its instance.
TURN_WAIT = timedelta(seconds=10)
#: The waits between looks at whether that update is handled: doubled from the first to the last.
FIRST_TURN_PAUSE, LAST_TURN_PAUSE = 0.005, 0.1
_CONVERSATIONS = table_of(ConversationRow)

#: Effects that change nothing a step is decided on but what the step itself knows: the offers
#: shown, a claim of payment, and an agreement accepted (its plan is then the option's schedule).
_KEEP_KNOWN = (fx.RecordOffers, fx.ClaimPayment, fx.AcceptAgreement, fx.RecordMiss)
#: Effects that change the conversation, cardholder or account rows themselves: only for these are
#: the rows merged into the step's session (a merge costs more than the others' whole write).
_CHANGES_ENTITIES = (fx.Handoff, fx.LockIdentity, fx.StopReminders, fx.ResumeReminders)


class Outgoing(Protocol):
    """A channel's outbox: writes what a step sends, in the step's own transaction, so a reply
    exists exactly when its step does (``bot/channels/telegram/outbox.py``)."""

    def __call__(self, session: Session, sending: Sending) -> None: ...


class Assistant:
    """Runs the dialogue for one cardholder at a time and keeps the record."""

    def __init__(
        self, db: Database, settings: Settings, texts: Texts, clock: Clock | None = None
    ) -> None:
        self.db = db
        self.settings = settings
        self.texts = texts
        self.clock = clock or SystemClock()
        self.renderer = Renderer(texts)
        self.effects = EffectWriter(settings, self.renderer)
        #: What steps know of recent conversations (read again when a save is refused).
        self.known = KnownConversations()
        self._holders_here = db.dialect == "sqlite"
        #: Whether a step waits its turn behind its chat's earlier updates: with instances that
        #: share PostgreSQL. On SQLite one process serves every chat, and its gate keeps their
        #: order (``bot/channels/telegram/gate.py``).
        self._in_turn = db.dialect != "sqlite"
        self.sleep: Callable[[float], Awaitable[object]] = asyncio.sleep
        #: Called after a step that said the hand-off text was saved: the desk wakes up at once.
        self.on_handoff: Callable[[], None] | None = None
        #: Where replies go to be sent (a channel's outbox); ``None``: the caller sends them.
        self.outgoing: Outgoing | None = None

    # --- Conversations ------------------------------------------------------------------

    def conversation_for(self, session: Session, cardholder: Cardholder) -> ConversationRow:
        """The cardholder's conversation, made if it has none yet.

        Made with an insert that skips a row already there: the same invite opened twice at once
        (on two instances) makes one conversation, and the second first contact reads it."""
        mine = select(ConversationRow).where(col(ConversationRow.cardholder_id) == cardholder.id)
        row = session.execute(mine).scalar_one_or_none()
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
        new = ConversationRow(
            account_id=cardholder.account_id,
            cardholder_id=id_of(cardholder),
            step=state.step.value,
            state=state.to_json(),
            language=language,
        )
        values = {
            column.name: getattr(new, column.name)
            for column in _CONVERSATIONS.columns
            if column.name != "id"
        }
        session.execute(insert_skipping_existing(session, _CONVERSATIONS, "cardholder_id"), values)
        return session.execute(mine).scalar_one()

    async def handle(
        self,
        cardholder_id: int,
        event: ev.Event,
        *,
        inbound_text: str | None = None,
        telegram_message_id: int | None = None,
        reminder_id: int | None = None,
        update_id: int | None = None,
        removal: int | None = None,
        if_version: int | None = None,
    ) -> list[Rendered]:
        """Apply ``event`` for the cardholder and return what to send, already rendered.

        ``update_id`` names the inbox's update the event came in (``bot/storage/inbox.py``): the
        step claims it in its own transaction, and an update handled before makes no step. With
        an :attr:`outgoing` outbox the replies (and the ``removal`` of a tapped keyboard) are
        written to it in that transaction too. With ``if_version`` the event applies only to
        the conversation as it was at that version (the desk's silence, decided on what it read:
        anything since, another instance's nudge included, makes it moot): otherwise no step.
        """
        conflicts = 0
        in_turn = self._in_turn and update_id is not None
        deadline = time.monotonic() + TURN_WAIT.total_seconds()
        while True:
            try:
                replies = await self._handle_once(
                    cardholder_id,
                    event,
                    inbound_text,
                    telegram_message_id,
                    reminder_id,
                    update_id,
                    removal,
                    if_version,
                    in_turn,
                )
            except ConcurrentUpdate:
                conflicts += 1
                if conflicts >= MAX_CONFLICT_RETRIES:
                    raise ConcurrentUpdate(
                        f"conversation of cardholder {cardholder_id} kept changing"
                    ) from None
                continue
            except NotYourTurn:
                assert update_id is not None  # only an update from the inbox waits its turn
                if not await self._wait_turn(update_id, deadline):
                    log.warning(
                        "update %s: an earlier update of its chat is still not handled after"
                        " %.0f s; going on without it",
                        update_id,
                        TURN_WAIT.total_seconds(),
                    )
                    in_turn = False
                continue
            except AlreadyHandled:
                log.info("update %s was handled before: no step", update_id)
                return []
            if self.on_handoff is not None and any(
                reply.template == "handoff" for reply in replies
            ):
                self.on_handoff()
            return replies

    async def _wait_turn(self, update_id: int, deadline: float) -> bool:
        """Until no earlier update of the chat is pending (True), or ``deadline`` (False)."""
        pause = FIRST_TURN_PAUSE
        while time.monotonic() < deadline:
            await self.sleep(pause)
            since = self.clock.now() - TURN_WAIT
            if not await self.db.read(earlier_pending, update_id, since):
                return True
            pause = min(pause * 2, LAST_TURN_PAUSE)
        return False

    async def _handle_once(
        self,
        cardholder_id: int,
        event: ev.Event,
        inbound_text: str | None,
        telegram_message_id: int | None,
        reminder_id: int | None = None,
        update_id: int | None = None,
        removal: int | None = None,
        if_version: int | None = None,
        in_turn: bool = False,
    ) -> list[Rendered]:
        now = self.clock.now()
        known = self.known.get(cardholder_id)
        if known is None or (if_version is not None and known.version < if_version):
            known = await self._read(cardholder_id)  # (what was known here is older)
        if if_version is not None and known.version != if_version:
            return []  # the conversation moved on since the event was decided
        row, state = known.row, known.state
        assert row.id is not None  # read from the database: it has its key
        facts = facts_of(self.settings, known.account, known.plan, now)
        outcome = step(state, event, facts)
        new = outcome.dialogue
        changed = new is not state
        texts = [self.renderer.text(reply, new.language) for reply in outcome.replies]
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
        claim = (
            None
            if update_id is None
            else Claim(update_id, now, now - TURN_WAIT if in_turn else None)
        )

        tap = isinstance(event, ev.Tap)

        def save_step(session: Session) -> list[Rendered]:
            accepted = None
            if outcome.effects:
                ids, accepted = self._write_with_effects(
                    session, known, outcome, facts, values, records, now, claim
                )
            else:
                ids = write_step(session, values, records, claim)
            rendered = self.renderer.rendered(
                id_of(row), new, outcome.replies, texts, ids[len(ids) - len(texts) :]
            )
            if accepted is not None:
                document = (accepted, known.account.timezone)
                rendered = [
                    dataclasses.replace(r, agreement=document) if r.attach == "agreement" else r
                    for r in rendered
                ]
            self._send(
                session,
                known.cardholder,
                rendered,
                removal=removal,
                reminder_id=reminder_id,
                tap=tap,
            )
            return rendered

        try:
            rendered = await self.db.write(save_step)
        except (ConcurrentUpdate, AlreadyHandled):
            self.known.drop(cardholder_id)
            raise
        if any(not isinstance(effect, _KEEP_KNOWN) for effect in outcome.effects):
            self.known.drop(cardholder_id)  # the effects changed more than the state: read afresh
        else:
            known.version = values["version"]
            known.state = new
            for effect in outcome.effects:
                if isinstance(effect, fx.AcceptAgreement):
                    known.plan = accepted_plan(effect.option)  # what was just written
        return rendered

    def _send(
        self,
        session: Session,
        cardholder: Cardholder,
        rendered: Sequence[Rendered],
        *,
        removal: int | None = None,
        reminder_id: int | None = None,
        tap: bool = False,
    ) -> None:
        """Hand the replies to the outbox, if there is one, in the write that made them."""
        if self.outgoing is None or not (rendered or removal is not None):
            return
        self.outgoing(
            session,
            Sending(
                cardholder.chat_id,
                id_of(cardholder),
                rendered,
                removal=removal,
                reminder_id=reminder_id,
                tap=tap,
            ),
        )

    def _write_with_effects(
        self,
        session: Session,
        known: KnownConversation,
        outcome: Outcome,
        facts: Facts,
        values: dict[str, Any],
        records: list[dict[str, Any]],
        now: datetime,
        claim: Claim | None,
    ) -> tuple[list[int], dict[str, Any] | None]:
        """The transcript ids, and the columns of an agreement accepted (if one was).

        It changes none of the objects it is given: a refused save leaves what is known intact.
        """
        inbound = [r for r in records if r["direction"] == Direction.IN]
        # First: a refused save has written nothing. The message in before any note the effects add.
        ids = write_step(session, values, inbound, claim)
        mine = (known.row, known.cardholder, known.account)
        if any(isinstance(effect, _CHANGES_ENTITIES) for effect in outcome.effects):
            mine = (
                session.merge(known.row, load=False),
                session.merge(known.cardholder, load=False),
                session.merge(known.account, load=False),
            )
        accepted = None
        for effect in outcome.effects:
            written = self.effects.perform(
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

    def handed_over(self, conversation_id: int) -> None:
        """Something outside a step gave the conversation to a person (a reply that could not be
        delivered, a blocked bot): read it afresh, and wake the desk."""
        self.forget(conversation_id)
        if self.on_handoff is not None:
            self.on_handoff()

    def forget(self, conversation_id: int) -> None:
        """Something outside a step changed the conversation (the desk):
        read it afresh next time."""
        self.known.forget(conversation_id)

    def holder(self, cardholder_id: int) -> tuple[Holder, int | None] | None:
        """Who holds the cardholder's conversation and its topic, if known here for sure; else None.

        Only on SQLite, where this process is the only one to change holders (the desk runs in
        it, and tells :meth:`forget`); with several instances the database is asked every time.
        """
        if not self._holders_here:
            return None
        known = self.known.peek(cardholder_id)
        return None if known is None else (Holder(known.row.holder), known.row.topic_id)

    async def _read(self, cardholder_id: int) -> KnownConversation:
        """Everything a step needs from the database, kept in memory until a save is refused.

        The first contact makes the conversation, in a write of its own.
        """

        def load(session: Session) -> tuple[Cardholder, KnownConversation | None]:
            found = session.execute(LOAD, {"cardholder_id": cardholder_id}).first()
            if found is None:
                raise LookupError(f"no cardholder {cardholder_id}")
            cardholder, account, row = found
            if row is None:
                return cardholder, None
            state = Dialogue.from_json(row.state)
            return cardholder, KnownConversation(
                cardholder, account, row, row.version, state, plan_rows(session, row.id)
            )

        while True:
            # Reading takes no turn: the save checks the version.
            cardholder, known = await self.db.read(load)
            if known is not None:
                break
            await self.db.write(self.conversation_for, cardholder)
        self.known.keep(cardholder_id, known)
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
        texts = [self.renderer.text(reply, state.language) for reply in replies]
        records = self._records(id_of(row), None, texts, now, reminder_id)
        return self.renderer.rendered(
            id_of(row), state, replies, texts, insert_transcript(session, records)
        )

    # --- A specialist's move (bot/desk/queue.py) -----------------------------------------------

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
            facts = facts_of(self.settings, account, plan_rows(session, conversation_id), now)
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
                self.effects.perform(session, effect, row, cardholder, account, new, facts, now)
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
            rendered = self._record_out(session, row, outcome.replies, new, now)
            self._send(session, cardholder, rendered)
            return rendered

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
