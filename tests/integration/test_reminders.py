"""Reminders stored and dispatched on SQLite and on PostgreSQL, a ManualClock and a fake sender.

When reminders fall, as plain values, is tested in ``test_reminding.py``.
"""

from __future__ import annotations

import asyncio
from contextvars import ContextVar
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.clock import ManualClock
from bot.config import RemindersConfig
from bot.reminders import (
    CLAIM_LEASE,
    RateLimiter,
    ReminderDispatcher,
    SendFailed,
    SendForbidden,
    SendRetryLater,
    SharedRateLimiter,
    add_reminders,
)
from bot.storage.db import Database, open_database
from bot.storage.models import (
    Account,
    Agreement,
    AgreementStatus,
    Cardholder,
    Conversation,
    Direction,
    Holder,
    Instalment,
    InstalmentStatus,
    Reminder,
    ReminderStatus,
    TranscriptMessage,
)
from dialogs.domain.reminding import ReminderTiming, plan_reminders

CFG = RemindersConfig()
T = TypeVar("T")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def local(tz: str, *args: int) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(tz)).astimezone(UTC)


def test_the_settings_give_the_timing_with_the_same_defaults() -> None:
    timing = RemindersConfig(send_at=time(9, 30), weekly_cap=3).to_timing()
    assert timing == ReminderTiming(send_at=time(9, 30), weekly_cap=3)
    assert CFG.to_timing() == ReminderTiming()
    assert set(ReminderTiming.__dataclass_fields__) <= set(RemindersConfig.model_fields)


# --- dispatch fixtures -------------------------------------------------------------------------


class FakeTime:
    """Time that passes only by sleeping, for the task that sleeps: each task (a cardholder's
    reminders) keeps its own moment, from the one it started at. Tasks that await the database
    in between (PostgreSQL) then still sleep side by side, as they would, not one after another.
    """

    def __init__(self) -> None:
        self._now: ContextVar[float] = ContextVar(f"fake-time-{id(self)}", default=0.0)
        self.sleeps: list[float] = []

    @property
    def now(self) -> float:
        return self._now.get()

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self._now.set(self.now + seconds)


class FakeSender:
    def __init__(self) -> None:
        self.calls: list[tuple[int, str, int]] = []  # (reminder id, kind, chat id)
        self.script: list[BaseException | None] = []  # outcome per call; None = delivered
        self.at: list[float] = []
        self.time: FakeTime | None = None
        self.sent_one = asyncio.Event()

    async def send_reminder(
        self,
        cardholder: Cardholder,
        reminder: Reminder,
        instalment: Instalment,
        agreement: Agreement,
        account: Account,
    ) -> None:
        assert reminder.status is ReminderStatus.CLAIMED
        outcome = self.script.pop(0) if self.script else None
        if isinstance(outcome, Crash):
            raise outcome  # before anything went out
        self.calls.append((reminder.id, reminder.kind, cardholder.chat_id))  # type: ignore[arg-type]
        if self.time is not None:
            self.at.append(self.time.now)
        self.sent_one.set()
        if outcome is not None:
            raise outcome


class Crash(BaseException):
    """The process dies."""


@pytest.fixture
async def db(database_url: str):
    database = await open_database(database_url)
    yield database
    await database.close()


@pytest.fixture
def sender() -> FakeSender:
    return FakeSender()


@pytest.fixture
def ftime() -> FakeTime:
    return FakeTime()


def dispatcher(
    db: Database,
    clock: ManualClock,
    sender: FakeSender,
    ftime: FakeTime,
    name: str = "a",
    **cfg: object,
) -> ReminderDispatcher:
    return ReminderDispatcher(
        db,
        RemindersConfig(**cfg),
        clock,
        sender,
        name,  # type: ignore[arg-type]
        wall=ftime.monotonic,
        sleep=ftime.sleep,
    )


async def make_agreement(
    db: Database,
    *,
    tz: str = "Europe/Budapest",
    dues: tuple[date, ...] = (date(2027, 5, 10),),
    chat: int = 100,
    cfg: RemindersConfig = CFG,
    now: datetime | None = None,
) -> int:
    def make(session: Session) -> int:
        account = Account(
            ref=f"A{chat}",
            name="Kovács Anna",
            card_last4="5678",
            currency="EUR",
            balance=Decimal("1000"),
            overdue_amount=Decimal("300"),
            minimum_payment=Decimal("50"),
            days_past_due=40,
            annual_rate=Decimal("0.2"),
            language="hu",
            timezone=tz,
        )
        session.add(account)
        session.flush()
        holder = Cardholder(account_id=account.id, user_id=chat, chat_id=chat)
        session.add(holder)
        session.flush()
        conversation = Conversation(
            account_id=account.id, cardholder_id=holder.id, step="plan", language="hu"
        )
        session.add(conversation)
        session.flush()
        agreement = Agreement(
            conversation_id=conversation.id,
            account_id=account.id,
            option_key="k",
            kind="instalments",
            currency="EUR",
            principal=Decimal("300"),
            monthly=Decimal("100"),
            payments=len(dues),
            total=Decimal("300"),
            annual_rate=Decimal("0"),
            text="t",
            sha256="0" * 64,
            terms_version="v",
            language="hu",
        )
        session.add(agreement)
        session.flush()
        assert agreement.id is not None
        for number, due in enumerate(dues, start=1):
            session.add(
                Instalment(
                    agreement_id=agreement.id, number=number, due_date=due, amount=Decimal("100")
                )
            )
        session.flush()
        add_reminders(session, agreement.id, tz, cfg, now=now)
        return agreement.id

    return await db.write(make)


async def reminders(db: Database) -> dict[tuple[int, str], Reminder]:
    def read(session: Session) -> dict[tuple[int, str], Reminder]:
        rows = session.scalars(select(Reminder).order_by(Reminder.id))
        return {(r.instalment_id, r.kind): r for r in rows}

    return await db.read(read)


async def by_kind(
    db: Database, kind: str, instalment_number: int = 1, agreement_id: int | None = None
) -> Reminder:
    query = (
        select(Reminder)
        .join(Instalment, Instalment.id == Reminder.instalment_id)
        .where(Reminder.kind == kind, Instalment.number == instalment_number)
    )
    if agreement_id is not None:
        query = query.where(Instalment.agreement_id == agreement_id)
    return await db.read(lambda session: session.scalars(query).one())


async def edit(db: Database, model: type, **values: object) -> None:
    def change(session: Session) -> None:
        for row in session.scalars(select(model)):
            for key, value in values.items():
                setattr(row, key, value)

    await db.write(change)


async def one(db: Database, model: type[T]) -> T:
    return await db.read(lambda session: session.scalars(select(model)).one())


TZ = "Europe/Budapest"
BEFORE_AT = local(TZ, 2027, 5, 7, 10, 0)
DUE_AT = local(TZ, 2027, 5, 10, 10, 0)
FOLLOW_AT = local(TZ, 2027, 5, 13, 10, 0)


# --- dispatch ----------------------------------------------------------------------------------


async def test_schedule_is_idempotent_and_skips_past(db: Database) -> None:
    agreement_id = await make_agreement(db)
    assert len(await reminders(db)) == 3
    assert await db.write(add_reminders, agreement_id, TZ, CFG) == []
    await make_agreement(db, chat=101, now=local(TZ, 2027, 5, 8, 0, 0))
    assert len(await reminders(db)) == 3 + 2  # no "before" for the second one


async def test_schedule_stores_exactly_the_plan_of_each_open_instalment(db: Database) -> None:
    """Every column of every row as planned (aware UTC, either side of both DST changes);
    paid instalments, kinds already there and past moments left out;
    what is returned is what was stored."""
    dues = (
        date(2027, 3, 1),
        date(2027, 3, 29),
        date(2027, 4, 26),
        date(2027, 10, 31),
        date(2027, 11, 1),
    )
    first = RemindersConfig(days_before=0)  # "due" and "followup" first; "before" comes second
    agreement_id = await make_agreement(db, dues=dues, cfg=first)
    now = local(TZ, 2027, 3, 2, 0, 0)  # past: no. 1's "before" (Feb 26)

    def pay_the_second_then_add(session: Session) -> tuple[list[Instalment], list[dict[str, Any]]]:
        instalments = list(
            session.scalars(
                select(Instalment)
                .where(Instalment.agreement_id == agreement_id)
                .order_by(Instalment.number)
            )
        )
        instalments[1].status = InstalmentStatus.PAID
        session.flush()
        return instalments, add_reminders(session, agreement_id, TZ, CFG, now=now)

    instalments, rows = await db.write(pay_the_second_then_add)
    open_ = [i for i in instalments if i.status is not InstalmentStatus.PAID]
    new = [
        {
            "instalment_id": i.id,
            "kind": kind,
            "due_at": due_at,
            "status": ReminderStatus.PENDING,
            "attempts": 0,
        }
        for i in open_
        for kind, due_at in plan_reminders(i.due_date, TZ, CFG.to_timing())
        if kind == "before" and due_at >= now
    ]
    assert rows == new
    assert [(r["instalment_id"], r["due_at"]) for r in rows] == [
        (instalments[2].id, local(TZ, 2027, 4, 23, 10, 0)),
        (instalments[3].id, local(TZ, 2027, 10, 28, 10, 0)),
        (instalments[4].id, local(TZ, 2027, 10, 29, 10, 0)),
    ]
    planned = {
        (i.id, kind): due_at
        for i in instalments
        for kind, due_at in plan_reminders(i.due_date, TZ, first.to_timing())
    }
    planned |= {(r["instalment_id"], r["kind"]): r["due_at"] for r in rows}
    stored = await reminders(db)
    assert {key: r.due_at for key, r in stored.items()} == planned
    assert stored[(instalments[3].id, "due")].due_at == utc(
        2027, 10, 31, 9, 0
    )  # CET after the change
    assert stored[(instalments[1].id, "due")].due_at == utc(2027, 3, 29, 8, 0)  # CEST
    for r in stored.values():
        assert r.due_at.tzinfo is UTC and r.status is ReminderStatus.PENDING and r.attempts == 0
        assert (r.claimed_at, r.claimed_by, r.sent_at, r.last_error) == (None, None, None, None)


async def test_sends_in_order_once(db: Database, sender: FakeSender, ftime: FakeTime) -> None:
    await make_agreement(db)
    clock = ManualClock(BEFORE_AT - timedelta(minutes=1))
    d = dispatcher(db, clock, sender, ftime)
    assert (await d.run_once()).sent == 0
    clock.set(BEFORE_AT)
    report = await d.run_once()
    assert report.sent == 1 and [c[1] for c in sender.calls] == ["before"]
    assert (await d.run_once()).sent == 0
    clock.set(DUE_AT + timedelta(hours=1))
    await d.run_once()
    clock.set(FOLLOW_AT)
    await d.run_once()
    assert [c[1] for c in sender.calls] == ["before", "due", "followup"]
    sent = await by_kind(db, "due")
    assert sent.status is ReminderStatus.SENT and sent.attempts == 1 and sent.claimed_by == "a"
    assert sent.sent_at == DUE_AT + timedelta(hours=1)


async def test_paid_instalment_skipped(db: Database, sender: FakeSender, ftime: FakeTime) -> None:
    await make_agreement(db)
    await edit(db, Instalment, status=InstalmentStatus.PAID, paid_amount=Decimal("100"))
    report = await dispatcher(db, ManualClock(DUE_AT), sender, ftime).run_once()
    assert report.skipped == 2 and sender.calls == []
    assert (await by_kind(db, "due")).last_error == "instalment paid"
    assert (await by_kind(db, "followup")).status is ReminderStatus.PENDING


async def test_inactive_agreement_skipped(
    db: Database, sender: FakeSender, ftime: FakeTime
) -> None:
    await make_agreement(db)
    await edit(db, Agreement, status=AgreementStatus.SUPERSEDED)
    await dispatcher(db, ManualClock(BEFORE_AT), sender, ftime).run_once()
    assert (await by_kind(db, "before")).last_error == "agreement superseded"


async def test_stopped_reminders_skipped_resume_affects_future(
    db: Database, sender: FakeSender, ftime: FakeTime
) -> None:
    await make_agreement(db)
    clock = ManualClock(BEFORE_AT)
    d = dispatcher(db, clock, sender, ftime)
    await edit(db, Cardholder, reminders_stopped_at=BEFORE_AT - timedelta(days=1))
    assert (await d.run_once()).skipped == 1
    before = await by_kind(db, "before")
    assert (before.status, before.last_error) == (ReminderStatus.SKIPPED, "reminders stopped")
    await edit(db, Cardholder, reminders_stopped_at=None)
    clock.set(DUE_AT)
    await d.run_once()
    assert [c[1] for c in sender.calls] == ["due"]  # the skipped one is not caught up


async def test_specialist_holding_keeps_pending_until_handed_back(
    db: Database, sender: FakeSender, ftime: FakeTime
) -> None:
    await make_agreement(db)
    clock = ManualClock(DUE_AT)
    d = dispatcher(db, clock, sender, ftime)
    await edit(db, Conversation, holder=Holder.SPECIALIST)
    report = await d.run_once()
    assert report.sent == report.skipped == 0 and sender.calls == []
    assert (await by_kind(db, "due")).status is ReminderStatus.PENDING
    clock.advance(hours=2)
    await edit(db, Conversation, holder=Holder.ASSISTANT)
    report = await d.run_once()
    # Both were held; it is the due day now,
    # so only the due-day reminder goes: one message, not two.
    assert [c[1] for c in sender.calls] == ["due"]
    assert report.sent == 1 and report.skipped == 1
    assert (await by_kind(db, "before")).last_error == "stale: the due-day reminder says it"


async def test_quiet_hours_postpone_at_dispatch(
    db: Database, sender: FakeSender, ftime: FakeTime
) -> None:
    await make_agreement(db)
    clock = ManualClock(
        local(TZ, 2027, 5, 7, 22, 15)
    )  # came due at 10:00, we were busy until 22:15
    d = dispatcher(db, clock, sender, ftime)
    assert (await d.run_once()).postponed == 1
    assert (await by_kind(db, "before")).due_at == local(TZ, 2027, 5, 8, 8, 0)
    clock.set(local(TZ, 2027, 5, 8, 7, 59))
    assert (await d.run_once()).sent == 0
    clock.set(local(TZ, 2027, 5, 8, 8, 0))
    assert (await d.run_once()).sent == 1


async def test_weekly_cap(db: Database, sender: FakeSender, ftime: FakeTime) -> None:
    # Three instalments a day apart: 9 reminders in about a week, cap 2 a week.
    dues = (date(2027, 5, 10), date(2027, 5, 11), date(2027, 5, 12))
    await make_agreement(db, dues=dues)
    clock = ManualClock(local(TZ, 2027, 5, 7, 10, 0))
    d = dispatcher(db, clock, sender, ftime, weekly_cap=2)
    sent_times: list[datetime] = []
    while clock.now() < local(TZ, 2027, 5, 30, 0, 0):
        before = len(sender.calls)
        await d.run_once()
        sent_times += [clock.now()] * (len(sender.calls) - before)
        clock.advance(hours=1)
    for moment in sent_times:
        assert sum(1 for t in sent_times if moment - timedelta(days=7) < t <= moment) <= 2
    assert len(sent_times) >= 2
    rows = await reminders(db)
    postponed = [
        r
        for r in rows.values()
        if r.status is ReminderStatus.SENT and r.due_at > BEFORE_AT + timedelta(days=6)
    ]
    assert postponed, "something was postponed by the cap"
    # Reminders pushed past their due date went stale, never sent late as "before"/"due".
    for r in rows.values():
        assert r.status in (ReminderStatus.SENT, ReminderStatus.SKIPPED)


@pytest.mark.parametrize(
    ("written", "status", "sends_after"),
    [
        ((), ReminderStatus.SENT, 1),  # nothing written: nothing went out; sent once now
        (
            (555,),
            ReminderStatus.SENT,
            0,
        ),  # written and delivered before the crash: recorded, not repeated
        # Written, delivery not yet known: the outbox owes it (and delivers it once), so the
        # reminder is sent and not stepped again.
        ((None,), ReminderStatus.SENT, 0),
    ],
    ids=["nothing-written", "delivered", "owed"],
)
async def test_a_crash_between_claim_and_outcome_is_settled_from_the_transcript(
    db: Database,
    sender: FakeSender,
    ftime: FakeTime,
    written: tuple[int | None, ...],
    status: ReminderStatus,
    sends_after: int,
) -> None:
    await make_agreement(db)
    clock = ManualClock(BEFORE_AT)
    sender.script = [Crash()]
    first = dispatcher(db, clock, sender, ftime, name="first")
    with pytest.raises(Crash):
        await first.run_once()
    claimed = await by_kind(db, "before")
    assert (claimed.status, claimed.claimed_by, claimed.attempts) == (
        ReminderStatus.CLAIMED,
        "first",
        1,
    )

    def write_transcript(session: Session) -> None:
        conversation = session.scalars(select(Conversation)).one()
        for message_id in written:
            session.add(
                TranscriptMessage(
                    conversation_id=conversation.id,
                    direction=Direction.OUT,
                    author="assistant",
                    text="…",
                    telegram_message_id=message_id,
                    reminder_id=claimed.id,
                    at=BEFORE_AT,
                )
            )

    await db.write(write_transcript)
    sender.calls.clear()

    second = dispatcher(db, clock, sender, ftime, name="second")
    clock.advance(minutes=1)  # within the lease: left alone, not sent
    report = await second.run_once()
    assert report.stale_claims == 0 and sender.calls == []
    clock.advance(seconds=CLAIM_LEASE.total_seconds())
    report = await second.run_once()
    assert report.stale_claims == 1
    assert len(sender.calls) == sends_after
    settled = await by_kind(db, "before")
    assert settled.status is status
    if status is ReminderStatus.FAILED:
        assert settled.last_error == "unknown outcome after restart"
    assert (await second.run_once()).stale_claims == 0  # settled once
    assert (await first.run_once()).stale_claims == 0
    assert len(sender.calls) == sends_after


async def test_two_dispatchers_at_once_send_each_once(
    db: Database, sender: FakeSender, ftime: FakeTime
) -> None:
    for chat in range(100, 120):
        await make_agreement(db, chat=chat)
    clock = ManualClock(DUE_AT)
    a = dispatcher(db, clock, sender, ftime, name="a")
    b = dispatcher(db, clock, sender, ftime, name="b")
    ra, rb = await asyncio.gather(a.run_once(), b.run_once())
    assert (
        ra.sent + rb.sent == 20
    )  # the due-day reminders; the "before" ones are stale on the due day
    assert ra.skipped + rb.skipped == 20
    assert len(sender.calls) == len({c[0] for c in sender.calls}) == 20


async def test_restart_catch_up(db: Database, sender: FakeSender, ftime: FakeTime) -> None:
    await make_agreement(db, dues=(date(2027, 5, 10), date(2027, 5, 20)))
    # Down from before the first "before" until the 1st instalment's followup;
    # the 2nd's "before" is due too.
    clock = ManualClock(local(TZ, 2027, 5, 17, 12, 0))
    report = await dispatcher(db, clock, sender, ftime).run_once()
    kinds = [(c[1]) for c in sender.calls]
    assert kinds == ["followup", "before"]  # 1st's followup (unpaid), 2nd's before (still ahead)
    assert report.skipped == 2  # 1st's before and due: stale
    assert (await by_kind(db, "due")).last_error == "stale: due date passed"
    assert (await dispatcher(db, clock, sender, ftime).run_once()).sent == 0


async def test_429_rescheduled(db: Database, sender: FakeSender, ftime: FakeTime) -> None:
    await make_agreement(db)
    clock = ManualClock(BEFORE_AT)
    sender.script = [SendRetryLater(17)]
    d = dispatcher(db, clock, sender, ftime)
    assert (await d.run_once()).retried == 1
    r = await by_kind(db, "before")
    assert (r.status, r.due_at, r.attempts) == (
        ReminderStatus.PENDING,
        BEFORE_AT + timedelta(seconds=17),
        0,
    )
    clock.advance(seconds=17)
    assert (await d.run_once()).sent == 1
    assert 17 in [round(s) for s in ftime.sleeps]  # the limiter paused for retry_after


async def test_403_unreachable_and_queued(
    db: Database, sender: FakeSender, ftime: FakeTime
) -> None:
    await make_agreement(db)
    clock = ManualClock(BEFORE_AT)
    sender.script = [SendForbidden()]
    d = dispatcher(db, clock, sender, ftime)
    assert (await d.run_once()).failed == 1
    assert (await by_kind(db, "before")).status is ReminderStatus.FAILED
    holder = await one(db, Cardholder)
    conversation = await one(db, Conversation)
    assert holder.unreachable_at == BEFORE_AT
    assert (
        conversation.holder,
        conversation.handoff_reason,
        conversation.handoff_at,
        conversation.version,
    ) == (Holder.QUEUED, "unreachable", BEFORE_AT, 1)
    # Handed back by a person without fixing reachability: later reminders are skipped.
    await edit(db, Conversation, holder=Holder.ASSISTANT)
    clock.set(DUE_AT)
    await d.run_once()
    assert (await by_kind(db, "due")).last_error == "cardholder unreachable"
    assert len(sender.calls) == 1


async def test_403_leaves_specialist_alone(
    db: Database, sender: FakeSender, ftime: FakeTime
) -> None:
    await make_agreement(db)
    sender.script = [SendForbidden()]
    d = dispatcher(db, ManualClock(BEFORE_AT), sender, ftime)

    real = sender.send_reminder

    async def grab_then_forbid(*args: object) -> None:
        await edit(db, Conversation, holder=Holder.SPECIALIST, handoff_reason="asked")
        await real(*args)  # type: ignore[arg-type]

    sender.send_reminder = grab_then_forbid  # type: ignore[method-assign]
    await d.run_once()
    conversation = await one(db, Conversation)
    assert (conversation.holder, conversation.handoff_reason) == (Holder.SPECIALIST, "asked")


async def test_500_backoff_then_failed(db: Database, sender: FakeSender, ftime: FakeTime) -> None:
    await make_agreement(db)
    clock = ManualClock(BEFORE_AT)
    sender.script = [SendFailed("HTTP 502")] * 3
    d = dispatcher(db, clock, sender, ftime, max_attempts=3)
    delays = []
    for attempt in range(1, 4):
        report = await d.run_once()
        r = await by_kind(db, "before")
        assert r.attempts == attempt
        if attempt < 3:
            assert report.retried == 1 and r.status is ReminderStatus.PENDING
            delays.append((r.due_at - clock.now()).total_seconds())
            clock.set(r.due_at)
        else:
            assert report.failed == 1 and r.status is ReminderStatus.FAILED
            assert r.last_error is not None and r.last_error.startswith("gave up after 3 attempts")
    assert delays == [30, 60]
    assert len(sender.calls) == 3


async def test_global_rate_limit_in_a_burst(
    db: Database, sender: FakeSender, ftime: FakeTime
) -> None:
    for chat in range(200, 280):
        await make_agreement(db, chat=chat)
    sender.time = ftime
    d = dispatcher(db, ManualClock(DUE_AT), sender, ftime, send_rate_per_second=10)
    report = await d.run_once()
    assert report.sent == 80
    at = sender.at
    for start in at:
        assert sum(1 for t in at if start <= t < start + 1 - 1e-9) <= 10  # float drift
    assert max(at) - min(at) == pytest.approx(7.9)  # not slower than needed either
    # per chat: the two reminders of one chat are at least per_chat_interval apart
    per_chat: dict[int, list[float]] = {}
    for (_, _, chat), t in zip(sender.calls, at, strict=True):
        per_chat.setdefault(chat, []).append(t)
    assert all(b - a >= 1 for a, b in (v for v in per_chat.values() if len(v) == 2))


# PostgreSQL only: several instances share PostgreSQL (SQLite serves one).
@pytest.mark.databases("postgresql")
async def test_two_instances_send_within_one_shared_rate(
    db: Database, database_url: str, sender: FakeSender, ftime: FakeTime
) -> None:
    """Two dispatchers (two instances, each with its engine) at 25 a second: 25 a second in
    all, not 50; each reminder once."""
    for chat in range(200, 300):
        await make_agreement(db, chat=chat)
    sender.time = ftime
    other = await open_database(database_url)
    try:
        one = asyncio.create_task(
            dispatcher(db, ManualClock(DUE_AT), sender, ftime, "one").run_once()
        )
        # The second looks once the first is sending (before, the first's look holds the rows).
        await sender.sent_one.wait()
        two = dispatcher(other, ManualClock(DUE_AT), sender, ftime, "two").run_once()
        reports = await asyncio.gather(one, two)
    finally:
        await other.close()
    assert sum(r.sent for r in reports) == 100 and all(r.sent for r in reports)
    assert len({reminder for reminder, _, _ in sender.calls}) == 100  # each once
    at = sorted(sender.at)
    for start in at:
        assert sum(1 for t in at if start <= t < start + 1 - 1e-9) <= 25
    assert at[-1] - at[0] == pytest.approx(99 / 25)  # and no slower than that


@pytest.mark.databases("postgresql")
async def test_a_429_holds_every_instance(db: Database, database_url: str) -> None:
    ftime = FakeTime()
    other = await open_database(database_url)
    try:
        here = SharedRateLimiter(db, 25, 1.0, wall=ftime.monotonic, sleep=ftime.sleep)
        there = SharedRateLimiter(other, 25, 1.0, wall=ftime.monotonic, sleep=ftime.sleep)
        await here.acquire(1)
        await here.pause(17)  # Telegram said 429 to this instance: the other waits too
        await there.acquire(2)
    finally:
        await other.close()
    assert ftime.now == pytest.approx(17)


async def test_rate_limiter_per_chat() -> None:
    ftime = FakeTime()
    limiter = RateLimiter(30, 2.0, monotonic=ftime.monotonic, sleep=ftime.sleep)
    moments = []
    for chat in (1, 1, 2, 1):
        await limiter.acquire(chat)
        moments.append(ftime.now)
    assert moments[1] - moments[0] == pytest.approx(2.0)
    assert moments[3] - moments[1] == pytest.approx(2.0)
    assert moments[2] - moments[1] == pytest.approx(1 / 30)


async def test_run_forever_polls_with_injected_sleep(db: Database, sender: FakeSender) -> None:
    await make_agreement(db)
    clock = ManualClock(BEFORE_AT - timedelta(seconds=30))
    stop = asyncio.Event()
    naps: list[float] = []

    async def nap(seconds: float) -> None:
        naps.append(seconds)
        clock.advance(seconds=seconds)
        if len(naps) == 3:
            stop.set()

    d = ReminderDispatcher(db, RemindersConfig(poll_seconds=30), clock, sender, "loop", sleep=nap)
    await asyncio.wait_for(d.run_forever(stop), timeout=10)
    assert naps == [30, 30, 30]
    assert [c[1] for c in sender.calls] == ["before"]
