"""What each step of a negotiation costs the product itself, with no Telegram in the way.

``bench/throughput.py`` measures the bot whole, against a fake Bot API in the same process, and
its rates move by a fifth from run to run on a shared machine. This one runs
:meth:`bot.service.steps.Assistant.handle` alone, the dialogue, its templates and its database, for
many cardholders on a real SQLite file, ``--concurrency`` steps at a time as the bot runs them,
and counts CPU time, which moves much less: the process's, all its threads (SQLite's work runs
in the event loop itself, see ``bot/storage/db.py``).

Every cardholder (accounts differ, languages rotate zh/en/hu) types the negotiation of
``bench/throughput.py --typed`` to the agreement, then asks for the plan and for help. Printed,
for each step: CPU milliseconds per step, wall milliseconds per step, and the template of the
first reply; then the mean over the steps. Agreement PDFs are not made here (that is
``bench/documents.py``).

    .venv/bin/python bench/steps.py [--cardholders 600] [--concurrency 64]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from throughput import AFTERWARDS, LANGUAGES, NOW, TYPED, WORDS  # noqa: E402

from bot.channels.telegram.app import tune_collector  # noqa: E402
from bot.clock import ManualClock  # noqa: E402
from bot.config import load_settings  # noqa: E402
from bot.operations.accounts import HEADER, create_invite, import_accounts, redeem_invite  # noqa: E402
from bot.service.steps import Assistant  # noqa: E402
from bot.storage.db import Database, open_database  # noqa: E402
from bot.texts import Texts  # noqa: E402
from dialogs import events as ev  # noqa: E402
from dialogs.understanding import understanding  # noqa: E402

SCRIPT = (*TYPED, *AFTERWARDS)


async def cardholders(db: Database, directory: Path, count: int, clock: ManualClock) -> list[int]:
    """``count`` accounts, each redeemed by its own Telegram user: their cardholder ids."""
    rows = [",".join(HEADER)]
    for index in range(count):
        rows.append(
            f"B-{index:06d},Cardholder {index},7319,CNY,{52340.50 + index * 3.17:.2f},"
            f"{8200 + index % 97:.2f},1500.00,{30 + index % 50},0.18,{LANGUAGES[index % 3]},"
            "Asia/Shanghai"
        )
    path = directory / "accounts.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    await import_accounts(db, path)
    ids = []
    for index in range(count):
        invitation = await create_invite(
            db, f"B-{index:06d}", bot_username="OverdueCardBot", valid_days=14, now=clock.now()
        )
        redeemed = await db.write(
            redeem_invite,
            invitation.token,
            channel="telegram",
            user_id=1_000_000 + index,
            chat_id=1_000_000 + index,
            now=clock.now(),
        )
        assert redeemed.cardholder is not None and redeemed.cardholder.id is not None
        ids.append(redeemed.cardholder.id)
    return ids


async def measure(count: int, concurrency: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'steps.db'}"
        db = await open_database(url)
        clock = ManualClock(NOW)
        settings = load_settings(None, database={"url": url})
        assistant = Assistant(db, settings, Texts(settings.bank), clock)
        understanding()  # trained before the first step, as the bot does at start
        ids = await cardholders(db, Path(tmp), count, clock)
        gate = asyncio.Semaphore(concurrency)

        async def one(cardholder_id: int, event: ev.Event, text: str | None) -> str:
            async with gate:
                replies = await assistant.handle(
                    cardholder_id, event, inbound_text=text, telegram_message_id=1
                )
            return replies[0].template if replies else "-"

        await asyncio.gather(*(one(cardholder_id, ev.Start(), None) for cardholder_id in ids))
        tune_collector()  # as ``overdue-bot run`` does, after start-up
        print(f"{count} cardholders, {concurrency} steps at a time; per step:")
        total = 0.0
        for kind, value in SCRIPT:
            assert kind == "text"
            typed = [value.format(**WORDS[LANGUAGES[index % 3]]) for index in range(count)]
            cpu, wall = time.process_time(), time.perf_counter()
            templates = await asyncio.gather(
                *(one(c, ev.Text(t), t) for c, t in zip(ids, typed, strict=True))
            )
            cpu = (time.process_time() - cpu) / count * 1000
            wall = (time.perf_counter() - wall) / count * 1000
            total += cpu
            print(f"  {value:>8}: cpu {cpu:.2f} ms, wall {wall:.2f} ms  -> {templates[0]}")
        print(f"  mean cpu {total / len(SCRIPT):.2f} ms a step")
        await db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cardholders", type=int, default=600)
    parser.add_argument("--concurrency", type=int, default=64, help="steps under way at once")
    args = parser.parse_args(argv)
    asyncio.run(measure(args.cardholders, args.concurrency))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
