"""An agreement's life on Telegram with a controlled clock: reminders, payments, a miss, the end.

The bot runs for real against the fake Bot API server; the reminder dispatcher is the app's own
(its sender, its database) and is driven with ``run_once`` at chosen moments of a
:class:`ManualClock`, with a fake monotonic clock for the rate limiter, so nothing waits.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.clock import ManualClock
from bot.config import Settings, load_settings
from bot.operations.payments import import_payments
from bot.reminders import (
    DispatchReport,
    RateLimiter,
    ReminderDispatcher,
    coming_reminders,
    insert_reminders_once,
)
from bot.storage.db import Database
from bot.storage.models import (
    Agreement,
    AgreementStatus,
    Cardholder,
    Conversation,
    Direction,
    Holder,
    Instalment,
    Reminder,
    ReminderStatus,
    TranscriptMessage,
)
from bot.texts import format_money, html_to_text
from tests.support.english import english_leaks
from tests.support.fakebotapi import FakeBotAPI
from tests.support.telegram import BOT_TOKEN, Running, TelegramUser, invite, running

WANG = 7001  # CN-001: zh, CNY, Asia/Shanghai, card ending 7319
KOVACS = 7003  # HU-003: hu, HUF, Europe/Budapest, card ending 5678
SHANGHAI = ZoneInfo("Asia/Shanghai")
BUDAPEST = ZoneInfo("Europe/Budapest")


def settings(api: FakeBotAPI, database_url: str, workers: int = 0, **reminders: Any) -> Settings:
    return load_settings(
        None,
        telegram={"token": BOT_TOKEN, "api_base": api.base_url, "bot_username": api.bot_username},
        database={"url": database_url},
        # The app's own loop runs once at start, then waits an hour: the test drives the rest.
        reminders={"poll_seconds": 3600, **reminders},
        document={"workers": workers},
    )


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += max(seconds, 0.0)


@dataclass
class Life:
    api: FakeBotAPI
    db: Database
    clock: ManualClock
    bot: Running
    user: TelegramUser
    tmp: Path

    @property
    def dispatcher(self) -> ReminderDispatcher:
        app = self.bot.app
        assert app.reminders is not None
        ticks = FakeMonotonic()
        dispatcher = app.reminders
        dispatcher.limiter = RateLimiter(
            dispatcher.settings.send_rate_per_second,
            dispatcher.settings.per_chat_interval_seconds,
            monotonic=ticks,
            sleep=ticks.sleep,
        )
        dispatcher.sleep = ticks.sleep
        return dispatcher

    async def at(self, moment: datetime) -> tuple[DispatchReport, list[str]]:
        """Dispatch at ``moment``; what the cardholder received (plain text)."""
        self.clock.set(moment)
        mark = len(self.api.calls)
        report = await self.dispatcher.run_once()
        assert self.bot.app.outbox is not None and self.bot.app.bot is not None
        await self.bot.app.outbox.deliver_due(self.bot.app.bot)  # retries now due
        texts = [
            html_to_text(c.params["text"])
            for c in self.api.calls[mark:]
            if c.method == "sendMessage" and c.ok and int(c.params["chat_id"]) == self.user.user_id
        ]
        return report, texts

    async def pay(self, amount: str, reference: str, ref: str = "CN-001") -> None:
        path = self.tmp / f"{reference}.csv"
        path.write_text(
            f"account_ref,amount,paid_at,reference\n{ref},{amount},{self.clock.now().isoformat()},{reference}\n"
        )
        await import_payments(self.db, path, now=self.clock.now())

    async def instalments(self) -> list[Instalment]:
        return await self.db.read(
            lambda session: list(session.scalars(select(Instalment).order_by(Instalment.number)))
        )

    async def reminders(self) -> list[Reminder]:
        return await self.db.read(
            lambda session: list(session.scalars(select(Reminder).order_by(Reminder.id)))
        )

    async def conversation(self) -> Conversation:
        return await self.db.read(
            lambda session: session.execute(select(Conversation)).scalar_one()
        )


@contextlib.asynccontextmanager
async def life_of(
    api: FakeBotAPI,
    db: Database,
    database_url: str,
    clock: ManualClock,
    tmp: Path,
    *,
    ref: str = "CN-001",
    user_id: int = WANG,
    workers: int = 0,
    **reminders: Any,
) -> AsyncIterator[Life]:
    token = await invite(db, ref, clock)
    async with running(settings(api, database_url, workers, **reminders), clock, db) as bot:
        user = TelegramUser(api, bot, user_id, language="en")
        await user.send(f"/start {token}")
        for answer in ANSWERS[ref]:
            await user.send(answer)
        await user.tap("option:instalment-24")
        await user.tap("choose")
        if workers:  # the worker process may still be starting: wait for the document itself
            mark = len(api.calls)
            accepting = asyncio.ensure_future(user.tap("accept"))
            await api.wait_for("sendDocument", lambda c: c.ok, since=mark, timeout=60)
            with contextlib.suppress(TimeoutError):
                await accepting
            assert bot.app.outbox is not None
            await bot.app.outbox.drained()  # and recorded
        else:
            await user.tap("accept")
        yield Life(api, db, clock, bot, user, tmp)


ANSWERS = {  # typed, in the account's language, up to the options
    "CN-001": ["7319", "收入减少了", "8000", "3000", "没有", "不"],
    "HU-003": ["5678", "kevesebb a fizetésem", "600 000 Ft", "250.000", "nincs", "nem"],
    "US-004": ["4321", "my income went down", "$4,000", "2,000", "none", "no"],
}


def the_agreement(session: Session) -> Agreement:
    return session.execute(select(Agreement)).scalar_one()


def local(zone: ZoneInfo, day: date, at: time = time(10, 0)) -> datetime:
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def money(amount: Decimal, currency: str = "CNY", language: str = "zh") -> str:
    return format_money(amount, currency, language)


async def test_acceptance_creates_the_schedule_and_its_reminders(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    async with life_of(
        telegram_api, database, database_url, clock, tmp_path, horizon_days=3660
    ) as life:
        instalments = await life.instalments()
        agreement = await database.read(the_agreement)
        assert len(instalments) == 24
        assert sum(i.amount for i in instalments) == agreement.total  # to the cent
        reminders = await life.reminders()
        assert len(reminders) == 72
        assert {r.kind for r in reminders} == {"before", "due", "followup"}
        first = instalments[0]
        due = {r.kind: r.due_at for r in reminders if r.instalment_id == first.id}
        # 10:00 in Shanghai is 02:00 UTC: planned in the cardholder's time zone.
        assert due["before"] == local(SHANGHAI, first.due_date - timedelta(days=3))
        assert due["due"] == local(SHANGHAI, first.due_date)
        assert due["followup"] == local(SHANGHAI, first.due_date + timedelta(days=3))
        # Each instalment's reminders are its own (ids and dates paired as they were written).
        on_due_day = {r.instalment_id: r.due_at for r in reminders if r.kind == "due"}
        assert on_due_day == {i.id: local(SHANGHAI, i.due_date) for i in instalments}


async def test_reminders_are_made_for_the_coming_instalments_and_then_as_each_comes_near(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    """Reminders exist 45 days ahead (the default horizon);
    the loop makes the next ones as time goes by."""
    async with life_of(telegram_api, database, database_url, clock, tmp_path) as life:
        instalments = await life.instalments()
        accepted = clock.now()

        def within(moment: datetime) -> set[int]:
            last = moment.astimezone(SHANGHAI).date() + timedelta(days=45)
            return {i.id for i in instalments if i.due_date <= last}  # type: ignore[misc]

        reminded = {r.instalment_id for r in await life.reminders()}
        assert reminded == within(accepted) and 0 < len(reminded) < len(instalments)
        # A month on, the loop has made the reminders of the instalment that came within 45 days.
        report, _ = await life.at(accepted + timedelta(days=31))
        reminders = await life.reminders()
        assert {r.instalment_id for r in reminders} == within(accepted + timedelta(days=31))
        assert report.made == 3 * (len(within(accepted + timedelta(days=31))) - len(reminded))
        coming = max(within(accepted + timedelta(days=31)))
        [instalment] = [i for i in instalments if i.id == coming]
        assert {r.kind: r.due_at for r in reminders if r.instalment_id == coming} == {
            "before": local(SHANGHAI, instalment.due_date - timedelta(days=3)),
            "due": local(SHANGHAI, instalment.due_date),
            "followup": local(SHANGHAI, instalment.due_date + timedelta(days=3)),
        }
        # Looking again makes nothing twice
        # (within the hour nothing is even looked up; after it, nothing new).
        assert (await life.at(accepted + timedelta(days=31, minutes=10)))[0].made == 0
        assert (await life.at(accepted + timedelta(days=31, hours=2)))[0].made == 0
        assert len(await life.reminders()) == len(reminders)
        # A paid instalment gets none; an agreement no longer in force gets none.
        await database.write(
            lambda session: session.execute(
                update(Agreement).values(status=AgreementStatus.SUPERSEDED)
            )
        )
        assert (await life.at(accepted + timedelta(days=70)))[0].made == 0


async def test_the_coming_reminders_are_made_once_when_two_instances_look_at_once(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    """Two instances find the same instalment missing its reminders:
    each (instalment, kind) is made once."""
    async with life_of(telegram_api, database, database_url, clock, tmp_path) as life:
        before = len(await life.reminders())
        later = clock.now() + timedelta(days=31)
        settings = life.dispatcher.settings
        # The second instance looks first...
        seen_by_second = await database.read(coming_reminders, settings, later)
        clock.set(later)  # ...the first one makes them...
        made = await life.dispatcher.top_up()
        # ...and the second one writes late.
        await database.write(insert_reminders_once, seen_by_second)
        assert made == len(seen_by_second) == 3
        reminders = await life.reminders()
        assert len(reminders) == before + made
        assert len({(r.instalment_id, r.kind) for r in reminders}) == len(reminders)


async def test_reminders_arrive_at_local_times_in_the_cardholders_language(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    async with life_of(telegram_api, database, database_url, clock, tmp_path) as life:
        first = (await life.instalments())[0]
        before = local(SHANGHAI, first.due_date - timedelta(days=3))
        report, texts = await life.at(before - timedelta(minutes=1))
        assert texts == [] and report.sent == 0
        report, texts = await life.at(before)
        assert report.sent == 1
        [text] = texts
        assert "温馨提醒" in text and money(first.amount) in text and "24" in text
        assert not english_leaks(text)
        _, again = await life.at(before + timedelta(hours=1))
        assert again == []  # exactly once
        _, texts = await life.at(local(SHANGHAI, first.due_date))
        assert len(texts) == 1 and "今天是第1期" in texts[0]


async def test_payments_get_thanks_and_progress_and_the_last_one_completes_the_plan(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    async with life_of(telegram_api, database, database_url, clock, tmp_path) as life:
        instalments = await life.instalments()
        first = instalments[0]
        await life.at(
            local(SHANGHAI, first.due_date - timedelta(days=3))
        )  # the "3 days before" reminder
        life.clock.set(local(SHANGHAI, first.due_date - timedelta(days=1), time(12, 0)))
        await life.pay("1000.00", "P-1")  # partial: applied, nothing said
        _, texts = await life.at(life.clock.now())
        assert texts == []
        await life.pay(str(first.amount - Decimal("1000.00")), "P-2")
        _, texts = await life.at(life.clock.now())
        [thanks] = texts
        total = sum(i.amount for i in instalments)
        assert "还款已到账" in thanks
        assert money(total - first.amount) in thanks  # what is left
        # The due-day reminder of a paid instalment is not sent.
        _, texts = await life.at(local(SHANGHAI, first.due_date))
        assert texts == []
        # Everything else in one go: the plan is complete.
        await life.pay(str(total - first.amount), "P-3")
        report, texts = await life.at(life.clock.now() + timedelta(hours=1))
        [both] = texts  # one message: the thanks, then the offer of a check-up with its buttons
        assert both.index("全部还清") < both.index("理财检查")
        assert report.sent == 1
        agreement = await database.read(the_agreement)
        assert agreement.status is AgreementStatus.COMPLETED
        # Nothing more is sent for the plan.
        last = instalments[-1]
        _, texts = await life.at(local(SHANGHAI, last.due_date + timedelta(days=5)))
        assert texts == []
        assert not english_leaks(
            "\n".join(html_to_text(m.get("text", "")) for m in telegram_api.chat(WANG))
        )


async def test_a_missed_payment_offers_choices_and_i_have_paid_is_recorded(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    async with life_of(telegram_api, database, database_url, clock, tmp_path) as life:
        first = (await life.instalments())[0]
        _, texts = await life.at(local(SHANGHAI, first.due_date + timedelta(days=3)))
        assert len(texts) == 1 and "尚未收到" in texts[0]
        assert life.user.buttons() == ["claim_paid", "how_to_pay", "change_plan", "person"]
        await life.user.tap("how_to_pay")
        sent = await life.user.tap("claim_paid")
        assert "已记录" in sent.text
        [instalment] = [i for i in await life.instalments() if i.number == 1]
        assert instalment.claimed_paid_at == life.clock.now()
        noted = await database.read(
            lambda session: session.scalars(
                select(TranscriptMessage).where(TranscriptMessage.direction == Direction.NOTE)
            ).all()
        )
        assert any("payment 1" in note.text for note in noted)


async def test_changing_the_plan_after_a_miss_asks_the_situation_again(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    async with life_of(telegram_api, database, database_url, clock, tmp_path) as life:
        first = (await life.instalments())[0]
        await life.at(local(SHANGHAI, first.due_date + timedelta(days=3)))
        await life.user.tap("change_plan")
        assert "cause:job_loss" in life.user.buttons()
        await life.user.tap("cause:reduced_income")
        for answer in ("6000", "3000", "没有", "不"):
            await life.user.send(answer)
        options = [b for b in life.user.buttons() if b.startswith("option:")]
        await life.user.tap(options[-1])
        await life.user.tap("choose")
        await life.user.tap("accept")
        statuses = await database.read(
            lambda session: [
                a.status for a in session.scalars(select(Agreement).order_by(Agreement.id))
            ]
        )
        assert statuses == [AgreementStatus.SUPERSEDED, AgreementStatus.ACTIVE]
        # The old plan's reminders are not sent; the new plan's are.
        report, _ = await life.at(local(SHANGHAI, first.due_date + timedelta(days=40)))
        assert report.sent >= 1
        assert all(
            r.status is not ReminderStatus.SENT
            or r.kind != "followup"
            or r.instalment_id != first.id
            or r.sent_at is not None
            for r in await life.reminders()
        )


async def test_two_missed_payments_in_a_row_go_to_a_person_and_reminders_pause(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    async with life_of(telegram_api, database, database_url, clock, tmp_path) as life:
        first, second, third = (await life.instalments())[:3]
        await life.at(local(SHANGHAI, first.due_date + timedelta(days=3)))
        _, texts = await life.at(local(SHANGHAI, second.due_date + timedelta(days=3)))
        assert any("连续两期" in text for text in texts)
        conversation = await life.conversation()
        assert (conversation.holder, conversation.handoff_reason) == (
            Holder.QUEUED,
            "missed_payments",
        )
        report, texts = await life.at(local(SHANGHAI, third.due_date))
        assert texts == [] and report.sent == 0  # with a person now: reminders wait


async def test_reminders_in_budapest_follow_the_clock_change(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    # Every reminder made at once (a horizon of ten years),
    # to see the summer's next to the winter's.
    async with life_of(
        telegram_api,
        database,
        database_url,
        clock,
        tmp_path,
        ref="HU-003",
        user_id=KOVACS,
        horizon_days=3660,
    ) as life:
        instalments = await life.instalments()
        reminders = {(r.instalment_id, r.kind): r.due_at for r in await life.reminders()}
        winter = next(i for i in instalments if i.due_date.month == 2)
        summer = next(i for i in instalments if i.due_date.month == 5)
        autumn = next(
            i for i in instalments if i.due_date >= date(2027, 11, 1)
        )  # after the October change
        assert reminders[(autumn.id, "due")].hour == 9  # 10:00 CET again
        # Everything before May paid up front (thanks sent at once), so May is an ordinary month.
        await life.pay(
            str(sum(i.amount for i in instalments if i.number < summer.number)),
            "P-HU",
            ref="HU-003",
        )
        _, texts = await life.at(life.clock.now())
        assert len(texts) == 1
        assert reminders[(winter.id, "due")].hour == 9  # 10:00 CET
        assert reminders[(summer.id, "due")].hour == 8  # 10:00 CEST
        _, texts = await life.at(reminders[(summer.id, "due")])
        assert len(texts) == 1 and "Ma jár le" in texts[0]
        assert "Ft" in texts[0] and not english_leaks(texts[0])


async def test_reminders_in_new_york_follow_its_clock_change(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    async with life_of(
        telegram_api,
        database,
        database_url,
        clock,
        tmp_path,
        ref="US-004",
        user_id=7004,
        horizon_days=3660,
    ) as life:
        instalments = await life.instalments()
        reminders = {(r.instalment_id, r.kind): r.due_at for r in await life.reminders()}
        first = instalments[0]
        april = next(i for i in instalments if i.due_date.month == 4)
        assert reminders[(first.id, "due")].hour == 15  # 10:00 EST
        assert reminders[(april.id, "due")].hour == 14  # 10:00 EDT
        _, texts = await life.at(reminders[(first.id, "before")])
        assert (
            len(texts) == 1 and "A friendly reminder: payment 1 of" in texts[0] and "$" in texts[0]
        )


async def test_the_weekly_cap_holds_back_a_reminder_until_the_window_frees(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    async with life_of(telegram_api, database, database_url, clock, tmp_path, weekly_cap=1) as life:
        first = (await life.instalments())[0]
        before = local(SHANGHAI, first.due_date - timedelta(days=3))
        _, texts = await life.at(before)
        assert len(texts) == 1
        report, texts = await life.at(local(SHANGHAI, first.due_date))
        assert texts == [] and report.postponed == 1  # one a week: the due-day reminder waits
        [due] = [
            r for r in await life.reminders() if r.instalment_id == first.id and r.kind == "due"
        ]
        assert due.due_at == before + timedelta(days=7)


async def test_quiet_hours_hold_payment_thanks_until_morning(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    async with life_of(telegram_api, database, database_url, clock, tmp_path) as life:
        first = (await life.instalments())[0]
        night = local(SHANGHAI, first.due_date - timedelta(days=1), time(23, 30))
        life.clock.set(night)
        await life.pay(str(first.amount), "P-N")
        report, texts = await life.at(night)
        assert texts == [] and report.postponed == 1
        _, texts = await life.at(local(SHANGHAI, first.due_date, time(7, 59)))
        assert texts == []
        _, texts = await life.at(local(SHANGHAI, first.due_date, time(8, 0)))
        assert len(texts) == 1 and "还款已到账" in texts[0]


async def test_stop_skips_reminders_and_start_turns_them_back_on(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    async with life_of(telegram_api, database, database_url, clock, tmp_path) as life:
        first, second = (await life.instalments())[:2]
        await life.user.send("/stop")
        report, texts = await life.at(local(SHANGHAI, first.due_date))
        assert texts == [] and report.skipped == 2  # "3 days before" and the due day
        await life.pay(str(first.amount), "P-S")
        report, texts = await life.at(life.clock.now())
        assert (
            texts == [] and report.skipped == 1
        )  # no thanks either: the cardholder asked for quiet
        await life.user.send("/start")
        _, texts = await life.at(local(SHANGHAI, second.due_date - timedelta(days=3)))
        assert len(texts) == 1


@pytest.mark.parametrize(("status", "expected"), [(429, "sent"), (500, "sent"), (403, "failed")])
async def test_telegram_errors_while_sending_a_reminder(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    tmp_path: Path,
    status: int,
    expected: str,
) -> None:
    async with life_of(telegram_api, database, database_url, clock, tmp_path) as life:
        first = (await life.instalments())[0]
        moment = local(SHANGHAI, first.due_date)
        # 429: aiogram's retry middleware waits (a fake sleep) a few times, then the outbox
        # tries again after ``retry_after``; 500: again after a second.
        if status == 429:
            telegram_api.fail("sendMessage", status=429, chat_id=WANG, times=5, retry_after=1)
        else:
            telegram_api.fail("sendMessage", status=status, chat_id=WANG)
        report, texts = await life.at(moment)
        assert getattr(report, expected) == 1 and texts == []
        [due] = [
            r for r in await life.reminders() if r.instalment_id == first.id and r.kind == "due"
        ]
        if status == 403:
            assert due.status is ReminderStatus.FAILED
            holder = await database.read(
                lambda session: session.execute(
                    select(Cardholder).where(Cardholder.user_id == WANG)
                ).scalar_one()
            )
            assert holder.unreachable_at is not None
            row = await life.conversation()
            assert row.holder is Holder.QUEUED
            # The assistant forgot what it knew: the desk's relay sees the hand-off at once.
            assert life.bot.app.assistant.holder(holder.id) in (None, (Holder.QUEUED, row.topic_id))  # type: ignore[arg-type]
            return
        # Written with its step, the reminder is sent: the outbox owes it to the chat.
        assert due.status is ReminderStatus.SENT
        report, texts = await life.at(moment + timedelta(seconds=1))
        assert report.sent == 0 and len(texts) == 1 and "今天是第1期" in texts[0]
        # The retry re-sent the same words; the conversation was stepped once.
        out = await database.read(
            lambda session: session.scalars(
                select(TranscriptMessage).where(
                    TranscriptMessage.direction == Direction.OUT,
                    TranscriptMessage.text.contains("今天是第1期"),
                )
            ).all()
        )
        assert len(out) == 1 and out[0].telegram_message_id is not None


async def test_reminders_due_while_the_bot_was_down_are_sent_once_on_start(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    async with life_of(telegram_api, database, database_url, clock, tmp_path) as life:
        first = (await life.instalments())[0]
    # Down from before the "3 days before" reminder until the due day's afternoon.
    clock.set(local(SHANGHAI, first.due_date, time(15, 0)))
    mark = len(telegram_api.calls)
    async with running(settings(telegram_api, database_url), clock, database) as bot:
        await telegram_api.wait_for("sendMessage", lambda c: c.ok, since=mark, timeout=30)
        await bot.stop()
    sent = [c for c in telegram_api.calls[mark:] if c.method == "sendMessage" and c.ok]
    assert len(sent) == 1 and "今天是第1期" in html_to_text(
        sent[0].params["text"]
    )  # one message, not two
    async with running(settings(telegram_api, database_url), clock, database) as bot:
        await bot.stop()
    assert [c for c in telegram_api.calls[mark:] if c.method == "sendMessage" and c.ok] == sent


async def test_the_accepted_agreement_arrives_as_a_pdf_and_is_recorded(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    async with life_of(
        telegram_api, database, database_url, clock, tmp_path, workers=1
    ) as life:  # made in a process
        [document] = [c for c in telegram_api.calls_of("sendDocument") if c.ok]
        file = document.result["document"]
        assert file["file_name"].endswith(".pdf") and "还款协议" in file["file_name"]
        content = telegram_api.file_content(file["file_id"])
        assert content is not None and content.startswith(b"%PDF")
        text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
        instalments = await life.instalments()
        for instalment in instalments:  # every payment of the schedule, as the cardholder reads it
            assert money(instalment.amount) in text
        assert "还款协议" in text
        agreement = await database.read(the_agreement)
        shown = await database.read(
            lambda session: session.scalars(
                select(TranscriptMessage.telegram_message_id).where(
                    TranscriptMessage.text == agreement.text
                )
            ).all()
        )
        assert agreement.sha256 in text.replace("\n", "")
        assert agreement.message_ids == [shown[-1], document.result["message_id"]]
        # Asked for again from /plan: the same document once per tap.
        await life.user.send("/plan")
        await life.user.tap("send_agreement")
        assert life.bot.app.outbox is not None
        await life.bot.app.outbox.drained()
        again = [c for c in telegram_api.calls_of("sendDocument") if c.ok]
        assert len(again) == 2
        assert (
            telegram_api.file_content(again[1].result["document"]["file_id"]) == content
        )  # the same bytes
