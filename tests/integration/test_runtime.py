"""The conversation runtime on SQLite and on PostgreSQL: saving, effects, the version check."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.clock import ManualClock
from bot.config import load_settings
from bot.operations.document import AgreementDocuments
from bot.service.facts import specialists_working
from bot.service.records import ConcurrentUpdate
from bot.service.records import plan_rows as _plan_rows
from bot.service.rendering import Rendered
from bot.service.steps import Assistant
from bot.storage.db import Database, open_database
from bot.storage.models import Account, Agreement, Cardholder, Holder, Offer, TranscriptMessage
from bot.storage.models import Conversation as ConversationRow
from bot.texts import Texts
from dialogs import events as ev
from dialogs.state import Dialogue, Step

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # a Monday


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Database]:
    database = await open_database(database_url)
    yield database
    await database.close()


def add_cardholder(session: Session, ref: str, user_id: int) -> int:
    """An account and its linked cardholder; the cardholder's id."""
    account = Account(
        ref=ref,
        name="Li Wei",
        card_last4="1234",
        currency="CNY",
        balance=Decimal("30000.00"),
        overdue_amount=Decimal("2600.00"),
        minimum_payment=Decimal("1500.00"),
        days_past_due=40,
        annual_rate=Decimal("0.18"),
        language="zh",
        timezone="Asia/Shanghai",
    )
    session.add(account)
    session.flush()
    cardholder = Cardholder(account_id=account.id, user_id=user_id, chat_id=user_id)  # type: ignore[arg-type]
    session.add(cardholder)
    session.flush()
    return cardholder.id  # type: ignore[return-value]


@pytest.fixture
async def cardholder_id(db: Database) -> int:
    return await db.write(add_cardholder, "ACC-1", user_id=77)


async def new_cardholder(db: Database, ref: str, *, user_id: int) -> int:
    return await db.write(add_cardholder, ref, user_id=user_id)


def assistant(db: Database, clock: ManualClock | None = None) -> Assistant:
    settings = load_settings()
    return Assistant(db, settings, Texts(settings.bank), clock or ManualClock(NOW))


async def conversation(db: Database) -> ConversationRow:
    return await db.read(lambda session: session.execute(select(ConversationRow)).scalar_one())


def another_instance_saves(session: Session, language: str | None = None) -> None:
    """What another instance's step does to the conversation: a new version (a new language)."""
    theirs = session.execute(select(ConversationRow)).scalar_one()
    if language is not None:
        theirs.state = {**theirs.state, "language": language}
    theirs.version += 1


async def test_the_account_language_is_the_conversation_language(
    db: Database, cardholder_id: int
) -> None:
    replies = await assistant(db).handle(cardholder_id, ev.Start())
    assert (await conversation(db)).language == "zh"
    assert replies[-1].buttons and replies[-1].turn == 1


async def test_every_message_both_ways_is_in_the_transcript(
    db: Database, cardholder_id: int
) -> None:
    bot = assistant(db)
    await bot.handle(cardholder_id, ev.Start())
    await bot.handle(cardholder_id, ev.Text("1234"), inbound_text="1234", telegram_message_id=5)
    messages = await bot.transcript((await conversation(db)).id)  # type: ignore[arg-type]
    assert [m.direction for m in messages].count("in") == 1
    inbound = next(m for m in messages if m.direction == "in")
    assert inbound.text == "1234" and inbound.telegram_message_id == 5
    assert all(m.at.tzinfo is not None for m in messages)


async def test_a_step_survives_a_restart(
    db: Database, cardholder_id: int, database_url: str
) -> None:
    await assistant(db).handle(cardholder_id, ev.Start())
    await assistant(db).handle(cardholder_id, ev.Text("1234"))
    await db.close()
    reopened = await open_database(database_url)
    try:
        replies = await assistant(reopened).handle(cardholder_id, ev.Start())
        assert [r.template for r in replies] == ["welcome_back", "ask_cause"]
    finally:
        await reopened.close()


async def test_hand_off_is_stored_with_its_reason(db: Database, cardholder_id: int) -> None:
    bot = assistant(db)
    await bot.handle(cardholder_id, ev.Start())
    await bot.handle(cardholder_id, ev.Text("1234"))
    await bot.handle(cardholder_id, ev.Text("人工"))
    row = await conversation(db)
    assert row.holder is Holder.QUEUED and row.handoff_reason == "asked_for_person"
    assert row.handoff_at == NOW and row.step == Step.HANDOFF.value


async def test_three_wrong_answers_lock_the_cardholder_link(
    db: Database, cardholder_id: int
) -> None:
    bot = assistant(db)
    await bot.handle(cardholder_id, ev.Start())
    for digits in ("0000", "1111", "2222"):
        await bot.handle(cardholder_id, ev.Text(digits))
    cardholder = await db.read(lambda session: session.get(Cardholder, cardholder_id))
    assert cardholder is not None and cardholder.locked_at == NOW
    assert (await conversation(db)).handoff_reason == "identity_failed"


async def test_stop_reminders_is_applied_at_once(db: Database, cardholder_id: int) -> None:
    bot = assistant(db)
    await bot.handle(cardholder_id, ev.Start())
    await bot.handle(cardholder_id, ev.Text("退订"))
    cardholder = await db.read(lambda session: session.get(Cardholder, cardholder_id))
    assert cardholder is not None and cardholder.reminders_stopped_at == NOW


async def test_offers_shown_are_recorded(db: Database, cardholder_id: int) -> None:
    bot = assistant(db)
    for event in (
        ev.Start(),
        ev.Text("1234"),
        ev.Text("失业"),
        ev.Text("8000"),
        ev.Text("3000"),
        ev.Text("0"),
        ev.Text("不"),
    ):
        await bot.handle(cardholder_id, event)
    offers = await db.read(lambda session: session.scalars(select(Offer)).all())
    state = Dialogue.from_json((await conversation(db)).state)
    assert state.step is Step.OPTIONS
    assert [o.key for o in offers] == [o.key for o in state.offers]


async def test_a_stale_save_is_refused_and_the_event_reapplied(
    db: Database, cardholder_id: int
) -> None:
    bot = assistant(db)
    await bot.handle(cardholder_id, ev.Start())  # version 1, remembered by this instance
    await db.write(another_instance_saves)  # another instance saves this conversation first
    await bot.handle(
        cardholder_id, ev.Text("1234")
    )  # refused at version 1, read again, applied at 2
    row = await conversation(db)
    assert row.step == Step.CAUSE.value and row.version == 3


async def test_every_step_checks_the_version_even_when_nothing_changes(
    db: Database, cardholder_id: int
) -> None:
    bot = assistant(db)
    await bot.handle(cardholder_id, ev.Start())
    before = (await conversation(db)).version
    await bot.handle(
        cardholder_id, ev.NonText("sticker"), inbound_text=""
    )  # a note; the state stays
    row = await conversation(db)
    assert row.version == before and row.step == Step.VERIFY.value  # checked, not moved on
    # Another instance saves first: the cardholder switched language there.
    await db.write(another_instance_saves, language="en")
    [reply] = await bot.handle(cardholder_id, ev.NonText("sticker"), inbound_text="")
    assert reply.text.isascii()  # read again and answered in the new language, not from memory


def refusals(db: Database, monkeypatch: pytest.MonkeyPatch, *, overlap: bool) -> list[str]:
    """The names of the writes refused by the version check, as they happen.

    With ``overlap`` every write first lets the loop run the other steps up to their own write,
    as on PostgreSQL (where a write awaits the server), and the first two saves of a step wait
    for each other: two steps started together then both save what they decided on the same
    state, however long the server takes to answer each read (a retry saves at once).
    """
    refused: list[str] = []
    write = db.write
    saves_met = asyncio.Event()
    saves_arrived = 0

    async def counted(work: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        nonlocal saves_arrived
        if overlap:
            await asyncio.sleep(0)  # the others' turn: no time passes
            if work.__name__ == "save_step" and saves_arrived < 2:
                saves_arrived += 1
                if saves_arrived == 2:
                    saves_met.set()
                await saves_met.wait()
        try:
            return await write(work, *args, **kwargs)
        except ConcurrentUpdate:
            refused.append(work.__name__)
            raise

    monkeypatch.setattr(db, "write", counted)
    return refused


async def test_concurrent_updates_of_one_conversation_are_applied_one_after_the_other(
    db: Database, cardholder_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = assistant(db), assistant(db)  # two instances on one database
    await first.handle(cardholder_id, ev.Start())
    await first.handle(cardholder_id, ev.Text("1234"))
    await first.handle(cardholder_id, ev.Text("失业"))
    refused = refusals(db, monkeypatch, overlap=True)
    await asyncio.gather(
        first.handle(cardholder_id, ev.Text("8000")), second.handle(cardholder_id, ev.Text("3000"))
    )
    assert len(refused) == 1  # both decided on the same state: the later save was refused
    state = Dialogue.from_json((await conversation(db)).state)
    # Both answers were applied, in some order, each to the state the other left.
    assert {state.income, state.expenses} == {Decimal("8000.00"), Decimal("3000.00")}
    assert state.step is Step.OTHER_DEBTS


async def test_a_state_remembered_by_one_instance_is_read_again_after_another_saved(
    db: Database, cardholder_id: int
) -> None:
    first, second = assistant(db), assistant(db)
    await first.handle(cardholder_id, ev.Start())
    await second.handle(cardholder_id, ev.Text("1234"))  # the second remembers the state it saved
    await first.handle(
        cardholder_id, ev.Text("失业")
    )  # the first's remembered state is older: read again
    await second.handle(cardholder_id, ev.Text("8000"))  # and the second's now too
    state = Dialogue.from_json((await conversation(db)).state)
    assert state.verified and state.cause is not None and state.income == Decimal("8000.00")
    assert state.step is Step.EXPENSES


async def test_steps_of_different_conversations_at_once_are_all_saved(db: Database) -> None:
    bot = assistant(db)
    cardholders = [await new_cardholder(db, f"ACC-{n}", user_id=n) for n in range(3)]
    await asyncio.gather(*(bot.handle(c, ev.Start()) for c in cardholders))
    replies = await asyncio.gather(
        *(bot.handle(c, ev.Text("1234"), inbound_text="1234") for c in cardholders)
    )
    assert all(reply and reply[0].transcript_id is not None for reply in replies)
    rows = await db.read(lambda session: session.scalars(select(ConversationRow)).all())
    assert [Dialogue.from_json(row.state).step for row in rows] == [Step.CAUSE] * 3


async def test_a_conflict_on_one_conversation_is_retried_and_nothing_is_lost(
    db: Database, cardholder_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot = assistant(db)
    await bot.handle(cardholder_id, ev.Start())
    # The same conversation twice at once (never on one Telegram instance, which orders a chat's
    # updates; possible with several): one save is refused by the version and applied again.
    refused = refusals(db, monkeypatch, overlap=True)
    await asyncio.gather(
        *(bot.handle(cardholder_id, ev.Text(t), inbound_text=t) for t in ("1234", "1111"))
    )
    assert refused == ["save_step"]  # refused once, read again, then saved
    row = await conversation(db)
    assert (
        row.version == 3
    )  # the start, then both answers, each applied to the state the other left
    transcript = await bot.transcript(row.id)  # type: ignore[arg-type]
    assert sorted(m.text for m in transcript if m.direction == "in") == ["1111", "1234"]


# SQLite only: what it shows is how SQLite's work runs (in the event loop, never overlapping).
@pytest.mark.databases("sqlite")
async def test_on_sqlite_steps_of_one_conversation_started_together_run_one_after_the_other(
    db: Database, cardholder_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On SQLite a step's save runs in the event loop: a step of a conversation this instance
    remembers reads nothing and waits for nothing, so two started together never overlap."""
    bot = assistant(db)
    await bot.handle(cardholder_id, ev.Start())
    refused = refusals(db, monkeypatch, overlap=False)
    first, second = await asyncio.gather(
        *(bot.handle(cardholder_id, ev.Text(t), inbound_text=t) for t in ("1234", "1111"))
    )
    assert refused == []  # nothing to retry: the second was decided on the first's state
    assert first[-1].template == "ask_cause"  # verified by the first answer
    # The second is answered at the question the first led to, not taken for wrong digits.
    assert [r.template for r in second] == ["not_understood", "ask_cause"]
    row = await conversation(db)
    assert row.version == 3 and row.step == Step.CAUSE.value
    transcript = await bot.transcript(row.id)  # type: ignore[arg-type]
    assert [m.text for m in transcript if m.direction == "in"] == ["1234", "1111"]  # in order


async def test_replies_recorded_outside_a_step_get_their_transcript_ids(
    db: Database, cardholder_id: int
) -> None:
    from dialogs.replies import Reply

    bot = assistant(db)
    await bot.handle(cardholder_id, ev.Start())
    row = await conversation(db)
    [rendered] = await db.write(
        bot._record_out,
        row,
        [Reply("help", {"verified": False})],
        Dialogue.from_json(row.state),
        NOW,
    )
    transcript = await bot.transcript(row.id)  # type: ignore[arg-type]
    assert transcript[-1].id == rendered.transcript_id and transcript[-1].text == rendered.text


async def test_conflicts_that_never_end_are_reported(db: Database, cardholder_id: int) -> None:
    bot = assistant(db)
    await bot.handle(cardholder_id, ev.Start())
    read = bot._read

    async def read_then_someone_else_saves(cardholder: int):  # type: ignore[no-untyped-def]
        known = await read(cardholder)
        await db.write(another_instance_saves)  # another instance, every time
        return known

    bot._read = read_then_someone_else_saves  # type: ignore[method-assign]
    bot.forget((await conversation(db)).id)  # type: ignore[arg-type]
    before = await db.read(transcript_length)
    with pytest.raises(ConcurrentUpdate):
        await bot.handle(cardholder_id, ev.Text("1234"), inbound_text="1234")
    assert await db.read(transcript_length) == before  # nothing written


def transcript_length(session: Session) -> int:
    return len(session.execute(select(TranscriptMessage)).all())


def test_specialists_working_hours_follow_their_time_zone() -> None:
    settings = load_settings(specialists={"timezone": "Europe/Budapest"})
    assert specialists_working(settings, datetime(2026, 11, 23, 9, 0, tzinfo=UTC))  # 10:00 Monday
    assert not specialists_working(settings, datetime(2026, 11, 23, 17, 30, tzinfo=UTC))  # 18:30
    assert not specialists_working(settings, datetime(2026, 11, 22, 10, 0, tzinfo=UTC))  # Sunday


def test_secrets_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[telegram]\ntoken = "from-file"\n', encoding="utf-8")
    monkeypatch.setenv("OVERDUE_BOT_TELEGRAM__TOKEN", "from-env")
    settings = load_settings(config)
    assert settings.telegram.token.get_secret_value() == "from-env"
    assert "from-env" not in repr(settings)


async def test_an_import_of_accounts_reaches_a_running_assistant(
    db: Database, cardholder_id: int, tmp_path: Path
) -> None:
    from bot.operations.accounts import HEADER, import_accounts

    bot = assistant(db)
    await bot.handle(cardholder_id, ev.Start())  # the account, as it was, now kept in memory
    path = tmp_path / "accounts.csv"
    path.write_text(
        ",".join(HEADER)
        + "\nACC-1,Li Wei,1234,CNY,31234.56,2600.00,1500.00,40,0.18,zh,Asia/Shanghai\n",
        encoding="utf-8",
    )
    await import_accounts(db, path)  # as `overdue-bot accounts import` does, from another process
    replies = await bot.handle(cardholder_id, ev.Text("1234"), inbound_text="1234")
    assert any(
        "31,234.56" in reply.text for reply in replies
    )  # the new balance, not the remembered one


async def agree(bot: Assistant, cardholder_id: int) -> list[Rendered]:
    """Negotiate in Chinese up to the first plan and agree to it; the replies to "I agree"."""
    for event in (
        ev.Start(),
        ev.Text("1234"),
        ev.Text("失业"),
        ev.Text("8000"),
        ev.Text("3000"),
        ev.Text("0"),
        ev.Text("不"),
        ev.Text("1"),
        ev.Text("是"),
    ):
        await bot.handle(cardholder_id, event)
    return await bot.handle(cardholder_id, ev.Text("是"))


async def test_the_plan_kept_after_an_agreement_is_the_plan_on_disk(
    db: Database, cardholder_id: int
) -> None:
    """After "I agree" the step keeps what it knows (no read):
    its plan is exactly what was written."""
    bot = assistant(db)
    await agree(bot, cardholder_id)
    assert Dialogue.from_json((await conversation(db)).state).step is Step.AGREED
    known = bot.known.peek(cardholder_id)
    assert known is not None
    kept = known.plan
    row = await conversation(db)
    read = await db.read(lambda session: _plan_rows(session, row.id))  # type: ignore[arg-type]
    assert kept is not None and read is not None
    assert (kept.currency, kept.total, kept.monthly) == (read.currency, read.total, read.monthly)
    assert [tuple(i) for i in kept.instalments] == [tuple(i) for i in read.instalments]
    assert len(kept.instalments) > 1
    # What the cardholder is told about the plan is the same from memory and from a fresh read.
    remembered = await bot.handle(cardholder_id, ev.Text("/plan"))
    assert "plan" in [r.template for r in remembered]
    assert [r.text for r in remembered] == [
        r.text for r in await assistant(db).handle(cardholder_id, ev.Text("/plan"))
    ]


@pytest.mark.parametrize("remembered", [True, False])
async def test_the_agreement_stored_is_the_text_shown_made_once_when_it_is_remembered(
    db: Database, cardholder_id: int, monkeypatch: pytest.MonkeyPatch, remembered: bool
) -> None:
    """ "I agree" stores the text the cardholder read;
    it is made again only if this process forgot it."""
    bot = assistant(db)
    made: list[str] = []
    render = bot.texts.render

    def counted(reply, language):  # type: ignore[no-untyped-def]
        made.append(reply.template)
        return render(reply, language)

    monkeypatch.setattr(bot.texts, "render", counted)
    for event in (
        ev.Start(),
        ev.Text("1234"),
        ev.Text("失业"),
        ev.Text("8000"),
        ev.Text("3000"),
        ev.Text("0"),
        ev.Text("不"),
        ev.Text("1"),
    ):
        await bot.handle(cardholder_id, event)
    [shown] = [
        r.text for r in await bot.handle(cardholder_id, ev.Text("是")) if r.template == "agreement"
    ]
    bot.renderer.clear()  # as when other conversations have filled it since
    if not remembered:
        bot.known.clear()  # as after a restart: the text is made again, the same
    await bot.handle(cardholder_id, ev.Text("是"))
    [stored] = await db.read(lambda session: session.scalars(select(Agreement.text)).all())
    assert stored == shown
    assert made.count("agreement") == (1 if remembered else 2)


async def test_the_agreement_handed_to_its_document_is_the_agreement_on_file(
    db: Database, cardholder_id: int
) -> None:
    """The "I agree" step hands its document the agreement it wrote (no read):
    the same as on file."""
    bot = assistant(db)
    replies = await agree(bot, cardholder_id)
    [attached] = [r for r in replies if r.attach == "agreement"]
    assert attached.agreement is not None
    columns, timezone = attached.agreement
    handed = Agreement.model_validate(columns)
    [on_file] = await db.read(lambda session: list(session.execute(select(Agreement)).scalars()))
    assert handed.model_dump() == on_file.model_dump()
    account = await db.read(lambda session: session.get(Account, on_file.account_id))
    assert account is not None and timezone == account.timezone
    documents = AgreementDocuments(bot.texts, load_settings(None).document)
    assert documents.filename(handed, timezone) == documents.filename(on_file, timezone)
    assert documents.pdf(handed, timezone) == documents.pdf(on_file, timezone)
    # Asking for the document again later (from /plan) reads it from the file.
    again = assistant(db)
    await again.handle(cardholder_id, ev.Text("/plan"))
    turn = Dialogue.from_json((await conversation(db)).state).turn
    [resent] = [
        r
        for r in await again.handle(cardholder_id, ev.Tap("send_agreement", turn))
        if r.attach == "agreement"
    ]
    assert resent.agreement is None
