"""How fast due reminders go out, and that the send rate stays under the cap.

Plans reminders for many cardholders (one agreement each, one instalment due today, in three
languages and time zones, each conversation in the AGREED step), then lets the real
:class:`bot.reminders.ReminderDispatcher` with the real Telegram sender
(:class:`bot.channels.telegram.reminders.TelegramReminders`: a dialogue step per reminder,
aiogram's HTTP client) send them to a FakeBotAPI on 127.0.0.1, from a real SQLite file.

Two runs:

    lifted   the rate limit lifted (10^6/s, no per-chat spacing): how fast the machinery is
    capped   the default limit (25/s) on a smaller set: the achieved rate, which must not exceed it

Printed: reminders planned (and how long planning took), sent, reminders/second, peak memory
(the process's peak RSS), and for the capped run the highest number sent in any one second.

    .venv/bin/python bench/reminders.py [--reminders 100000] [--capped 250]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import resource
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "support"))

from fakebotapi import FakeBotAPI  # noqa: E402
from sqlalchemy import func, insert, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from bot.channels.telegram.directory import Directory  # noqa: E402
from bot.channels.telegram.outbox import Outbox  # noqa: E402
from bot.channels.telegram.reminders import TelegramReminders  # noqa: E402
from bot.channels.telegram.sending import close_bot, telegram_bot  # noqa: E402
from bot.clock import ManualClock  # noqa: E402
from bot.config import RemindersConfig, load_settings  # noqa: E402
from bot.reminders import RateLimiter, ReminderDispatcher  # noqa: E402
from bot.service.steps import Assistant  # noqa: E402
from bot.storage.db import Database, open_database  # noqa: E402
from bot.storage.models import (  # noqa: E402
    Account,
    Agreement,
    Cardholder,
    Conversation,
    Instalment,
    InstalmentStatus,
    Reminder,
)
from bot.texts import Texts  # noqa: E402
from dialogs.domain.reminding import DUE, plan_reminders  # noqa: E402
from dialogs.state import Dialogue, Step  # noqa: E402

TOKEN = "4242:BENCH"
DUE_DAY = date(2027, 3, 10)
MARKETS = (
    ("zh", "CNY", "Asia/Shanghai"),
    ("en", "GBP", "Europe/London"),
    ("hu", "HUF", "Europe/Budapest"),
)
FIRST_USER = 2_000_000
CHUNK = 5_000


async def plan(db: Database, count: int) -> float:
    """Accounts, cardholders, agreed conversations, one instalment each, and its reminders."""
    settings = load_settings(None)
    started = time.perf_counter()
    for offset in range(0, count, CHUNK):
        await db.write(_plan_chunk, range(offset, min(count, offset + CHUNK)), settings.reminders)
    return time.perf_counter() - started


def _plan_chunk(session: Session, ids: range, settings: RemindersConfig) -> None:
    """One chunk of :func:`plan`, in a transaction of its own."""
    session.execute(
        insert(Account),
        [
            dict(
                id=i + 1,
                ref=f"R{i}",
                name="Bench",
                card_last4="1234",
                currency=MARKETS[i % 3][1],
                balance=Decimal(3000),
                overdue_amount=Decimal(300),
                minimum_payment=Decimal(50),
                days_past_due=40,
                annual_rate=Decimal("0.2"),
                language=MARKETS[i % 3][0],
                timezone=MARKETS[i % 3][2],
                updated_at=datetime.now(UTC),
            )
            for i in ids
        ],
    )
    session.execute(
        insert(Cardholder),
        [
            dict(
                id=i + 1,
                account_id=i + 1,
                channel="telegram",
                user_id=FIRST_USER + i,
                chat_id=FIRST_USER + i,
                created_at=datetime.now(UTC),
            )
            for i in ids
        ],
    )
    session.execute(
        insert(Conversation),
        [
            dict(
                id=i + 1,
                account_id=i + 1,
                cardholder_id=i + 1,
                step=Step.AGREED.value,
                state=Dialogue(
                    step=Step.AGREED, verified=True, language=MARKETS[i % 3][0]
                ).to_json(),
                language=MARKETS[i % 3][0],
                created_at=datetime.now(UTC),
                updated_at=datetime.now(UTC),
            )
            for i in ids
        ],
    )
    session.execute(
        insert(Agreement),
        [
            dict(
                id=i + 1,
                conversation_id=i + 1,
                account_id=i + 1,
                option_key="instalment-12",
                kind="instalment",
                currency=MARKETS[i % 3][1],
                principal=Decimal(3000),
                monthly=Decimal(250),
                payments=12,
                total=Decimal(3000),
                annual_rate=Decimal(0),
                text="…",
                sha256="0" * 64,
                terms_version="bench",
                language=MARKETS[i % 3][0],
                message_ids=[],
                accepted_at=datetime.now(UTC),
            )
            for i in ids
        ],
    )
    session.execute(
        insert(Instalment),
        [
            dict(
                id=i + 1,
                agreement_id=i + 1,
                number=1,
                due_date=DUE_DAY,
                amount=Decimal(250),
                paid_amount=Decimal(0),
                status=InstalmentStatus.OPEN,
            )
            for i in ids
        ],
    )
    timing = settings.to_timing()
    rows = [
        dict(
            instalment_id=i + 1,
            kind=DUE,
            due_at=dict(plan_reminders(DUE_DAY, MARKETS[i % 3][2], timing))[DUE],
        )
        for i in ids
    ]
    session.execute(insert(Reminder), rows)


async def dispatch(db: Database, api: FakeBotAPI, limiter: RateLimiter | None) -> tuple[int, float]:
    settings = load_settings(None, reminders={"weekly_cap": 50})
    clock = ManualClock(
        datetime(2027, 3, 10, 12, 0, tzinfo=UTC)
    )  # the due day, awake in all three zones
    bot = telegram_bot(TOKEN, api.base_url)  # as the product builds it
    texts = Texts(settings.bank)
    assistant = Assistant(db, settings, texts, clock)
    directory = Directory(db)
    outbox = Outbox(db, directory, texts, settings.bank.default_language, clock)
    assistant.outgoing = outbox.queue
    dispatcher = ReminderDispatcher(
        db,
        settings.reminders,
        clock,
        TelegramReminders(bot, assistant, outbox),
        "bench",
        limiter=limiter,
    )
    started = time.perf_counter()
    report = await dispatcher.run_once()
    seconds = time.perf_counter() - started
    await close_bot(bot)
    return report.sent, seconds


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def run(count: int, capped: int) -> None:
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory() as directory:
        for name, size, limiter in (
            ("lifted", count, RateLimiter(1_000_000, 0)),
            ("capped", capped, None),
        ):
            if size <= 0:
                continue
            db = await open_database(f"sqlite:///{Path(directory) / f'{name}.db'}")
            api = FakeBotAPI(TOKEN)
            await api.start()
            try:
                planning = await plan(db, size)
                sent_before = time.perf_counter()
                sent, seconds = await dispatch(db, api, limiter)
                stamps = [t for t in _stamps if t >= sent_before]
                pending = await db.read(_still_pending)
            finally:
                await api.stop()
                await db.close()
            busiest = max_per_second(stamps)
            print(
                f"{name:>7}: {size:,} planned in {planning:.1f} s; "
                f"{sent:,} sent in {seconds:.1f} s = {sent / seconds:,.0f} reminders/s; "
                f"busiest second {busiest}; {pending} left pending; "
                f"peak RSS {peak_rss_mib():,.0f} MiB"
            )


def _still_pending(session: Session) -> int:
    query = select(func.count()).select_from(Reminder).where(Reminder.status == "pending")
    return session.execute(query).scalar_one()


_stamps: list[float] = []


def max_per_second(stamps: list[float]) -> int:
    best, start = 0, 0
    for end in range(len(stamps)):
        while stamps[end] - stamps[start] >= 1.0:
            start += 1
        best = max(best, end - start + 1)
    return best


def _watch_sends() -> None:
    """Note the moment of every sendMessage the fake server answers (the achieved rate)."""
    import fakebotapi

    original = fakebotapi._HANDLERS["sendMessage"]

    def timed(api: FakeBotAPI, params: dict) -> object:  # type: ignore[type-arg]
        _stamps.append(time.perf_counter())
        return original(api, params)

    fakebotapi._HANDLERS["sendMessage"] = timed


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--reminders", type=int, default=100_000, help="due reminders with the limit lifted"
    )
    parser.add_argument(
        "--capped", type=int, default=250, help="due reminders at the default 25/s limit"
    )
    args = parser.parse_args()
    _watch_sends()
    asyncio.run(run(args.reminders, args.capped))


if __name__ == "__main__":
    main()
