"""One and then two instances of the bot on one PostgreSQL: updates/s, and nothing lost (issue 20).

For each configuration (1 instance, then 2) the real bot (``python -m bot run``, as an operator
runs it) serves webhooks on ports of its own, on one PostgreSQL database, against a FakeBotAPI
(tests/support/fakebotapi.py) in this process. The bench is Telegram and the load balancer: N
cardholders (accounts imported, one invite each, languages rotating zh/en/hu) open their invite
and type the negotiation of ``bench/throughput.py --typed`` to the agreement, all at the same
time, each update POSTed to an instance in turn (a cardholder's next update goes to the next
instance: no route by chat). A cardholder sends their next message once the bot has answered
(a ``sendMessage`` or ``sendDocument`` to their chat), or after ``--reply-timeout`` seconds. The
income and the expenses are typed one right after the other, without waiting for the answer
between, to two different instances: their order is the database's to keep. A POST not answered
200 is sent again, as Telegram does.

The database is PostgreSQL's: ``--db URL`` names an empty one (the bench upgrades its schema),
else the bench starts a throwaway server of its own (``initdb`` in a temporary folder, as
``tests/support/postgres.py`` does for the tests), deleted at the end. Both configurations run in
that one database, each with accounts and chats of its own.

The clock runs from the first update POSTed until every cardholder has had their last answer and
nothing is owed (the outbox has no pending row: the agreements' PDFs delivered). Printed per
configuration: updates/s, latency from a POST to the first answer after it (p50, p99), and the
checks, read from the database and from the fake's record of calls:

- *handled once*: each typed message is in its conversation's transcript exactly once (by its
  Telegram message id), each invite linked its user; every update's inbox row is handled;
- *in order*: each conversation's inbound transcript is in the order typed;
- *delivered once, in order*: per chat, the successful ``sendMessage``/``sendDocument`` calls
  are exactly the outbox's rows for it, in the rows' order (one call per row: none missing, none
  twice), and every row is delivered;
- every conversation ends with one agreement; no ERROR in the instances' logs; each exits 0.

Then the ratio of the two configurations' updates/s. The exit status is 1 if a check fails.

    .venv/bin/python bench/scaleout.py [--conversations 60] [--db postgresql+asyncpg://…]
                                       [--reply-timeout 30]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import aiohttp  # noqa: E402
from sqlalchemy import func, select  # noqa: E402
from throughput import LANGUAGES, TYPED, WORDS, percentile  # noqa: E402

from bot.operations.accounts import HEADER, create_invite, import_accounts  # noqa: E402
from bot.storage.db import Database, open_database  # noqa: E402
from bot.storage.models import (  # noqa: E402
    Agreement,
    Cardholder,
    Conversation,
    Direction,
    InboxUpdate,
    OutboxKind,
    OutboxMessage,
    OutboxStatus,
    TranscriptMessage,
)
from tests.support.fakebotapi import FakeBotAPI  # noqa: E402
from tests.support.postgres import Cluster, PostgresUnavailable, find_bindir  # noqa: E402
from tests.support.telegram import free_port  # noqa: E402

TOKEN = "4242:SCALEOUT"
SECRET = "scaleout-webhook-secret"
FIRST_USER = 3_000_000
#: The turns of a negotiation: the texts of a turn are sent one right after the other (each to
#: the next instance), then the cardholder waits for an answer. The third turn is the income and
#: the expenses typed together.
TURNS: tuple[tuple[str, ...], ...] = (
    ("/start {token}",),
    (TYPED[0][1],),
    (TYPED[1][1],),
    (TYPED[2][1], TYPED[3][1]),
    *((value,) for _kind, value in TYPED[4:]),
)
ANSWERS = ("sendMessage", "sendDocument")
POST_TRIES = 5


class WatchedBotAPI(FakeBotAPI):
    """The fake, telling each chat's cardholder when an answer to it arrives."""

    def __init__(self) -> None:
        super().__init__(TOKEN, max_poll_timeout=1.0)
        self.answered: dict[int, asyncio.Event] = {}

    def _check_failure(self, method: str, params: dict[str, Any]) -> None:
        if method in ANSWERS:
            event = self.answered.get(int(params["chat_id"]))
            if event is not None:
                event.set()
        super()._check_failure(method, params)


@dataclass
class Posted:
    """An update the bench sent (as Telegram would) to an instance."""

    chat: int
    message_id: int
    update_id: int
    invite: bool
    instance: int
    tries: int


@dataclass
class Configuration:
    instances: int
    hooks: list[str]
    turns: int
    reply_timeout: float
    posted: list[Posted] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    timeouts: int = 0
    failed_posts: int = 0
    seconds: float = 0.0
    exits: list[int | None] = field(default_factory=list)
    errors_logged: int = 0
    record: Record | None = None


async def post(http: aiohttp.ClientSession, hook: str, update: dict[str, Any]) -> tuple[bool, int]:
    """POST ``update`` to a webhook until it answers 200 (as Telegram retries): whether it did,
    and the tries it took."""
    for attempt in range(1, POST_TRIES + 1):
        try:
            async with http.post(
                hook, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
            ) as response:
                if response.status == 200:
                    return True, attempt
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.5 * attempt)
    return False, POST_TRIES


async def cardholder(
    run: Configuration,
    api: WatchedBotAPI,
    http: aiohttp.ClientSession,
    chat: int,
    language: str,
    token: str,
    first_instance: int,
) -> None:
    answered = api.answered.setdefault(chat, asyncio.Event())
    instance = first_instance
    for number, turn in enumerate(TURNS[: run.turns]):
        answered.clear()
        started = time.perf_counter()
        for text in turn:
            update = api.message(
                chat, text.format(token=token, **WORDS[language]), language_code=language
            )
            ok, tries = await post(http, run.hooks[instance], update)
            run.posted.append(
                Posted(
                    chat,
                    update["message"]["message_id"],
                    update["update_id"],
                    number == 0,
                    instance,
                    tries,
                )
            )
            run.failed_posts += not ok
            instance = (instance + 1) % run.instances
        try:
            await asyncio.wait_for(answered.wait(), run.reply_timeout)
            run.latencies.append(time.perf_counter() - started)
        except TimeoutError:
            run.timeouts += 1


async def accounts_and_invites(db: Database, directory: Path, prefix: str, count: int) -> list[str]:
    rows = [",".join(HEADER)]
    for index in range(count):
        rows.append(
            f"{prefix}{index:06d},Cardholder {index},7319,CNY,{52340.50 + index * 3.17:.2f},"
            f"{8200 + index % 97:.2f},1500.00,{30 + index % 50},0.18,{LANGUAGES[index % 3]},"
            "Asia/Shanghai"
        )
    path = directory / f"{prefix}accounts.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    await import_accounts(db, path)
    now = datetime.now(UTC)  # the bot runs on the real clock
    return [
        (
            await create_invite(
                db, f"{prefix}{index:06d}", bot_username="OverdueCardBot", valid_days=14, now=now
            )
        ).token
        for index in range(count)
    ]


async def owed(db: Database, chats: list[int]) -> int:
    """Rows still pending in the outbox for these chats."""
    return int(
        await db.read(
            lambda session: session.scalar(
                select(func.count()).where(
                    OutboxMessage.status == OutboxStatus.PENDING,
                    OutboxMessage.chat_id.in_(chats),  # type: ignore[attr-defined]
                )
            )
        )
        or 0
    )


async def settled(db: Database, chats: list[int]) -> None:
    """Until the outbox owes these chats nothing (the last PDFs are made after the last answer)."""
    async with asyncio.timeout(180):
        while True:
            if not await owed(db, chats):
                return
            await asyncio.sleep(0.1)


async def measure(
    count: int,
    api: WatchedBotAPI,
    db: Database,
    url: str,
    directory: Path,
    conversations: int,
    turns: int,
    reply_timeout: float,
    keep: Path | None = None,
) -> Configuration:
    """``count`` instances, ``conversations`` cardholders of their own, to the end."""
    prefix = f"S{count}-"
    first_chat = FIRST_USER + count * 100_000
    chats = [first_chat + index for index in range(conversations)]
    tokens = await accounts_and_invites(db, directory, prefix, conversations)
    ports = [free_port() for _ in range(count)]
    hooks = [f"http://127.0.0.1:{port}/telegram/webhook" for port in ports]
    run = Configuration(count, hooks, turns, reply_timeout)
    logs = [directory / f"instances-{count}-{number + 1}.log" for number in range(count)]
    mark = len(api.calls)
    processes = []
    for port, log_path in zip(ports, logs, strict=True):
        environment = {
            **os.environ,
            "OVERDUE_BOT_TELEGRAM__TOKEN": TOKEN,
            "OVERDUE_BOT_TELEGRAM__API_BASE": api.base_url,
            "OVERDUE_BOT_TELEGRAM__MODE": "webhook",
            "OVERDUE_BOT_TELEGRAM__WEBHOOK_URL": "https://bot.example.org/telegram/webhook",
            "OVERDUE_BOT_TELEGRAM__WEBHOOK_SECRET": SECRET,
            "OVERDUE_BOT_TELEGRAM__LISTEN_PORT": str(port),
            "OVERDUE_BOT_DATABASE__URL": url,
        }
        environment.pop("OVERDUE_BOT_CONFIG", None)
        with log_path.open("ab") as log:
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", env=environment, cwd=ROOT,
                stdout=asyncio.subprocess.DEVNULL, stderr=log,
            )  # fmt: skip
            processes.append(process)
    try:
        # Each instance listens before it registers its webhook: then it can be sent updates.
        await api.wait_for("setWebhook", count=count, since=mark, timeout=180)
        async with aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=conversations * 2)
        ) as http:
            started = time.perf_counter()
            await asyncio.gather(
                *(
                    cardholder(
                        run, api, http, chat, LANGUAGES[index % 3], token, index % run.instances
                    )
                    for index, (chat, token) in enumerate(zip(chats, tokens, strict=True))
                )
            )
            await settled(db, chats)
            run.seconds = time.perf_counter() - started
    finally:
        for process in processes:
            if process.returncode is None:
                process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                await asyncio.wait_for(process.wait(), 60)
            except TimeoutError:
                process.kill()
                await process.wait()
            run.exits.append(process.returncode)
    if keep is not None:
        keep_logs(logs, keep)
    lines = [line for log in logs for line in log.read_text(errors="replace").splitlines()]
    run.errors_logged = sum(1 for line in lines if " ERROR " in line)
    run.record = await read_record(db, chats)
    return run


def keep_logs(logs: list[Path], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for log in logs:
        shutil.copy(log, folder / log.name)


@dataclass
class Record:
    """What the database holds at the end, for one configuration's chats."""

    inbound: dict[int, list[int]]  # chat -> Telegram message ids of its inbound rows, in order
    linked: set[int]  # chats whose user has a conversation
    inbox: dict[int, str]  # update id -> status
    rows: dict[int, list[tuple[str, str, str]]]  # chat -> (kind, status, text) of its outbox rows
    agreements: Counter[int]  # chat -> agreements


async def read_record(db: Database, chats: list[int]) -> Record:
    def read(session: Any) -> Record:
        conversations = dict(
            session.execute(
                select(Conversation.id, Cardholder.chat_id)
                .join(Cardholder, Cardholder.id == Conversation.cardholder_id)  # type: ignore[arg-type]
                .where(Cardholder.chat_id.in_(chats))  # type: ignore[attr-defined]
            ).all()
        )
        inbound: dict[int, list[int]] = {}
        for conversation, message_id in session.execute(
            select(TranscriptMessage.conversation_id, TranscriptMessage.telegram_message_id)
            .where(
                TranscriptMessage.conversation_id.in_(list(conversations)),  # type: ignore[union-attr]
                TranscriptMessage.direction == Direction.IN,
            )
            .order_by(TranscriptMessage.id)  # type: ignore[arg-type]
        ):
            inbound.setdefault(conversations[conversation], []).append(message_id)
        rows: dict[int, list[tuple[str, str, str]]] = {}
        for chat, kind, status, text in session.execute(
            select(
                OutboxMessage.chat_id, OutboxMessage.kind, OutboxMessage.status, OutboxMessage.text
            )
            .where(OutboxMessage.chat_id.in_(chats))  # type: ignore[attr-defined]
            .order_by(OutboxMessage.id)  # type: ignore[arg-type]
        ):
            rows.setdefault(chat, []).append((kind, status, text or ""))
        agreements: Counter[int] = Counter(
            conversations[conversation]
            for conversation in session.scalars(
                select(Agreement.conversation_id).where(
                    Agreement.conversation_id.in_(list(conversations))  # type: ignore[attr-defined]
                )
            )
        )
        return Record(inbound, set(conversations.values()), {}, rows, agreements)

    record: Record = await db.read(read)
    return record


async def inbox_statuses(db: Database, update_ids: list[int]) -> dict[int, str]:
    return dict(
        await db.read(
            lambda session: session.execute(
                select(InboxUpdate.update_id, InboxUpdate.status).where(
                    InboxUpdate.update_id.in_(update_ids)  # type: ignore[attr-defined]
                )
            ).all()
        )
    )


@dataclass
class Checked:
    """The checks of one configuration: each a label, a figure and whether it holds."""

    lines: list[tuple[str, str, bool]] = field(default_factory=list)
    #: What went wrong, for the first few chats it went wrong for (the fake's texts).
    details: list[str] = field(default_factory=list)

    def add(self, label: str, figure: str, holds: bool) -> None:
        self.lines.append((label, figure, holds))

    @property
    def holds(self) -> bool:
        return all(holds for _label, _figure, holds in self.lines)


def check(run: Configuration, api: FakeBotAPI, chats: list[int], inbox: dict[int, str]) -> Checked:
    record = run.record
    assert record is not None
    checked = Checked()
    typed = [p for p in run.posted if not p.invite]
    invites = [p for p in run.posted if p.invite]
    seen: Counter[tuple[int, int]] = Counter(
        (chat, message_id) for chat, ids in record.inbound.items() for message_id in ids
    )
    once = sum(1 for p in typed if seen[p.chat, p.message_id] == 1)
    twice = sum(1 for p in typed if seen[p.chat, p.message_id] > 1)
    never = sum(1 for p in typed if seen[p.chat, p.message_id] == 0)
    linked = sum(1 for p in invites if p.chat in record.linked)
    statuses = Counter(inbox.get(p.update_id, "absent") for p in run.posted)
    by_instance = Counter(p.instance + 1 for p in run.posted)
    checked.add(
        "updates POSTed",
        f"{len(run.posted)}, answered 200 by the instances"
        f" ({', '.join(f'{n}: {c}' for n, c in sorted(by_instance.items()))});"
        f" sent again {sum(p.tries - 1 for p in run.posted)}, never taken {run.failed_posts}",
        run.failed_posts == 0,
    )
    checked.add(
        "handled once",
        f"typed {once} of {len(typed)} (twice {twice}, never {never}); invites linked {linked}"
        f" of {len(invites)}; inbox: {', '.join(f'{k} {v}' for k, v in sorted(statuses.items()))}",
        once == len(typed) and linked == len(invites) and set(statuses) == {"handled"},
    )
    order_of: dict[int, list[int]] = {}
    for p in typed:
        order_of.setdefault(p.chat, []).append(p.message_id)
    disordered = sum(1 for chat in chats if record.inbound.get(chat, []) != order_of.get(chat, []))
    checked.add(
        "applied in order",
        f"{len(chats) - disordered} of {len(chats)} conversations in the order typed",
        disordered == 0,
    )
    calls: dict[int, list[tuple[str, str]]] = {}
    wanted = set(chats)
    for call in api.calls:
        if call.method in ANSWERS and call.ok:
            chat = int(call.params["chat_id"])
            if chat in wanted:
                text = str(call.params.get("text", "")) if call.method == "sendMessage" else ""
                calls.setdefault(chat, []).append((call.method, text))
    owed = delivered = lost = duplicated = out_of_order = undelivered = 0
    for chat in chats:
        rows = [r for r in record.rows.get(chat, []) if r[0] != OutboxKind.KEYBOARD_REMOVAL]
        expected = [
            ("sendDocument", "") if kind == OutboxKind.DOCUMENT else ("sendMessage", text)
            for kind, _status, text in rows
        ]
        got = calls.get(chat, [])
        owed += len(expected)
        undelivered += sum(1 for _kind, status, _text in rows if status != OutboxStatus.DELIVERED)
        missing = Counter(expected) - Counter(got)
        extra = Counter(got) - Counter(expected)
        lost += sum(missing.values())
        duplicated += sum(extra.values())
        if (missing or extra or got != expected) and len(checked.details) < 5:
            checked.details.append(
                f"chat {chat}: owed {[(m[4:], t[:24]) for m, t in expected]},"
                f" sent {[(m[4:], t[:24]) for m, t in got]}"
            )
        delivered += len(expected) - sum(missing.values())
        out_of_order += not missing and not extra and got != expected
    checked.add(
        "delivered once",
        f"{delivered} of {owed} messages owed (outbox rows); duplicated {duplicated},"
        f" lost {lost}, rows not delivered {undelivered}",
        delivered == owed and duplicated == 0 and lost == 0 and undelivered == 0,
    )
    checked.add(
        "delivered in order",
        f"{len(chats) - out_of_order} of {len(chats)} chats got their messages in the rows' order",
        out_of_order == 0,
    )
    agreeing = run.turns == len(TURNS)  # the last turn is "I agree"
    agreements = sum(1 for chat in chats if record.agreements[chat] == int(agreeing))
    checked.add(
        "agreements",
        f"{agreements} of {len(chats)} conversations ended with {'one' if agreeing else 'no'}"
        " agreement;"
        f" cardholders' waits of {run.reply_timeout:g} s for an answer: {run.timeouts}",
        agreements == len(chats),
    )
    checked.add(
        "instances",
        f"exit statuses {run.exits} at SIGTERM; ERROR lines in their logs: {run.errors_logged}",
        all(status == 0 for status in run.exits) and run.errors_logged == 0,
    )
    return checked


async def main_async(args: argparse.Namespace) -> int:
    async with AsyncExitStack() as stack:
        url = args.db
        if url is None:
            try:
                cluster = Cluster(find_bindir())
            except PostgresUnavailable as missing:
                print(f"scaleout: {missing}; or name a database with --db URL", file=sys.stderr)
                return 2
            cluster.start()
            stack.callback(cluster.stop)
            url = cluster.create_database("scaleout")
        db = await open_database(url, upgrade=True)
        stack.push_async_callback(db.close)
        accounts = await db.read(lambda s: s.scalar(select(func.count()).select_from(Cardholder)))
        if accounts:
            print(
                "scaleout: --db must name an empty database (it has cardholders)", file=sys.stderr
            )
            return 2
        api = WatchedBotAPI()
        await api.start()
        stack.push_async_callback(api.stop)
        directory = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        updates = sum(len(turn) for turn in TURNS[: args.turns])
        print(
            f"{args.conversations} conversations, {updates} updates each, on PostgreSQL"
            f" ({'a server of its own' if args.db is None else 'the database given'})"
        )
        rates: dict[int, float] = {}
        every_check = True
        for count in (1, 2):
            run = await measure(
                count,
                api,
                db,
                url,
                directory,
                args.conversations,
                args.turns,
                args.reply_timeout,
                args.logs,
            )
            chats = sorted({p.chat for p in run.posted})
            inbox = await inbox_statuses(db, [p.update_id for p in run.posted])
            checked = check(run, api, chats, inbox)
            rates[count] = len(run.posted) / run.seconds
            print(
                f"\n{count} instance{'s' if count > 1 else ''}: {len(run.posted)} updates in"
                f" {run.seconds:.1f} s = {rates[count]:.1f} updates/s; first answer after a POST"
                f" p50 {percentile(run.latencies, 0.5) * 1000:.0f} ms,"
                f" p99 {percentile(run.latencies, 0.99) * 1000:.0f} ms"
            )
            for label, figure, holds in checked.lines:
                print(f"{label:>20}: {figure} {'✓' if holds else '✗'}")
            for detail in checked.details:
                print(f"{'':>20}  {detail}")
            every_check = every_check and checked.holds
        print(
            f"\n2 instances / 1 instance: {rates[2] / rates[1]:.2f}x updates/s;"
            f" nothing lost or duplicated, every chat in order:"
            f" {'yes' if every_check else 'NO'}"
        )
        return 0 if every_check else 1
    return 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", type=int, default=60)
    parser.add_argument(
        "--db", help="an empty PostgreSQL database (default: a throwaway server of the bench's own)"
    )
    parser.add_argument(
        "--turns",
        type=int,
        choices=range(1, len(TURNS) + 1),
        default=len(TURNS),
        metavar=f"1..{len(TURNS)}",
        help=f"turns of the negotiation each cardholder takes (default {len(TURNS)}: to the"
        f" agreement and its PDF; {len(TURNS) - 1} stops before 'I agree')",
    )
    parser.add_argument(
        "--reply-timeout",
        type=float,
        default=30.0,
        help="seconds a cardholder waits for an answer before sending the next message",
    )
    parser.add_argument("--logs", type=Path, help="keep the instances' logs in this folder")
    return asyncio.run(main_async(parser.parse_args(argv)))


if __name__ == "__main__":
    raise SystemExit(main())
