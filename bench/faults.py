"""What is lost, repeated or handled twice when the bot is killed and Telegram fails (issue 19).

The real bot (``python -m bot run`` in a subprocess, on its own SQLite file in a temporary folder)
polls a FakeBotAPI (tests/support/fakebotapi.py) that runs in this process on 127.0.0.1. N
cardholders (accounts imported, one invite each, languages rotating zh/en/hu) open their invite
and then type the negotiation of ``bench/throughput.py --typed`` (``TYPED``), all at the same
time. A cardholder sends their next message once the bot has answered the previous one (a
successful ``sendMessage`` to their chat after it), or after ``--reply-timeout`` seconds when no
answer comes: a reply may be lost. Those waits are counted (*timeouts*). A late answer to an
earlier message may be taken for the answer to the current one: the pacing is only a pacing.

Faults, drawn with ``--seed`` (the draws follow the order of the bot's calls, which moves from
run to run, so two runs with one seed differ in detail):

- *Telegram errors*: each call the bot makes of ``sendMessage``, ``answerCallbackQuery``,
  ``editMessageReplyMarkup`` or ``sendDocument`` fails, with probability ``--error-rate``
  (default 0.05), with one of 500, 502, 429 (``retry_after`` 1), 400 or 403 chosen uniformly:
  the fake's ``fail(method, status=…, times=1)`` is added at that call's arrival, so it is that
  very call that fails, in Telegram's shape, with no effect. ``getUpdates``, ``getMe`` and the
  calls made at start-up never fail. (The typed script makes no taps: ``answerCallbackQuery``
  is listed for completeness and is not called.)
- *Kills*: ``--kills`` K (default 3) ``kill -9`` of the bot at random moments: K distinct counts
  of messages sent by the cardholders are drawn; when the run reaches each, after a further
  random 0 to 1 s, the bot is sent SIGKILL, waited for and started again at once.

At the end, once every cardholder has had (or waited for) their last answer, the bot is left
until it makes no call for ``--quiet`` seconds (default 10: the agreement PDFs are made in a
worker process, and the first of a process takes seconds) and its outbox has nothing pending
(at most 3 minutes), stopped with SIGTERM, and its database is read. A restart takes as long
as the bot's start-up (its imports alone take several seconds on a slow machine): the messages
sent meanwhile wait in the fake.

The cardholders begin once the bot first polls. Printed:

- *sent*: the messages the cardholders sent (pushed to the fake): the invites opened (``/start
  <token>``) and the typed answers; *received*: those the fake handed to the bot through
  ``getUpdates``, and how many of them more than once (a kill before the offset was confirmed).
- *handled*: each typed answer is looked for in the transcript, by its Telegram message id,
  among the cardholder's inbound rows: found once, more than once (**handled twice**) or never
  (**lost** messages). The invites are not written to the transcript (they carry the token):
  an invite counts handled when the user is linked to a cardholder and the conversation has an
  answer. Also shown: the inbox's status of every update sent (``inbox_update``).
- *replies owed*: the assistant's outbound transcript rows (the documents' own rows, written
  only once a document is sent, are counted with the documents). One Telegram message can carry
  several rows (replies of one step are joined): everything here counts rows, but the
  messages sent again.
- *delivered*: rows with a Telegram message id recorded; and, from the fake's record of calls,
  for each chat and each distinct reply text, the successful ``sendMessage`` calls to that chat
  whose text is that reply, or starts, ends or has it in the middle between blank lines (a joined
  message). Per chat and text: delivered = min(owed, sent), **duplicated** = sent beyond owed,
  and the messages that carried them: a message sent again counts once however many replies it
  joins (per chat and message text, successful ``sendMessage`` calls beyond the outbox's text
  rows Telegram took), which the target counts; **lost** = owed beyond sent (owed, never
  delivered). Rows delivered with no id recorded (the instant between Telegram's answer and the
  record) are shown apart.
- *apologies*: ``try_again`` notes sent (the gate's "please try again" after a failed update);
  any other successful ``sendMessage`` that carries no row is shown as *unmatched*.
- *documents*: agreements made, successful ``sendDocument`` calls to their chats, duplicates and
  agreements whose PDF never arrived.
- *calls*: the bot's calls of the four methods, the injected failures by status, other failures.
- the target of issue 19: 0 lost (messages and replies), 0 handled twice, duplicates <= kills
  (messages sent again, and PDFs),
  with ✓ or ✗ each.

What the outbox settles without delivering — everything owed to a chat that answered 403 (the
cardholder blocked the bot), a message Telegram refused with 400 — is no loss: it is recorded
and the conversation goes to a person. It is counted apart (*settled undelivered*), replies and
PDFs, and left out of *lost*.

    .venv/bin/python bench/faults.py [--conversations 30] [--kills 3] [--error-rate 0.05]
                                     [--seed 19] [--reply-timeout 8]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests" / "support"))

from fakebotapi import FakeBotAPI  # noqa: E402
from sqlalchemy import func, select  # noqa: E402
from throughput import LANGUAGES, TYPED, WORDS  # noqa: E402

from bot.config import load_settings  # noqa: E402
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
from bot.texts import Texts  # noqa: E402
from dialogs.replies import Reply  # noqa: E402

TOKEN = "4242:FAULTS"
FIRST_USER = 2_000_000
#: The calls that may fail, and how.
FAILING = ("sendMessage", "answerCallbackQuery", "editMessageReplyMarkup", "sendDocument")
STATUSES = (500, 502, 429, 400, 403)
DOCUMENT_ROW = "[document] "
SETTLED_UNDELIVERED = [OutboxStatus.UNREACHABLE.value, OutboxStatus.REFUSED.value]


class FaultyBotAPI(FakeBotAPI):
    """The fake, with each call of :data:`FAILING` failing with probability ``rate``."""

    def __init__(self, rate: float, draws: random.Random) -> None:
        super().__init__(TOKEN, max_poll_timeout=1.0)
        self.rate = rate
        self.draws = draws
        self.injected: Counter[tuple[str, int]] = Counter()
        self.injected_calls: set[int] = set()  # id() of the calls failed on purpose

    def _check_failure(self, method: str, params: dict[str, Any]) -> None:
        if method in FAILING and self.draws.random() < self.rate:
            status = self.draws.choice(STATUSES)
            self.fail(method, status=status, retry_after=1 if status == 429 else None, times=1)
            self.injected[method, status] += 1
            self.injected_calls.add(id(self.calls[-1]))  # recorded just before this check
        super()._check_failure(method, params)


@dataclass
class Pushed:
    chat: int
    message_id: int
    update_id: int
    text: str
    invite: bool


@dataclass
class Run:
    api: FaultyBotAPI
    directory: Path
    environment: dict[str, str]
    reply_timeout: float
    pushed: list[Pushed] = field(default_factory=list)
    timeouts: int = 0
    kills: int = 0
    restarts_seconds: list[float] = field(default_factory=list)
    bot: asyncio.subprocess.Process | None = None
    sent_changed: asyncio.Event = field(default_factory=asyncio.Event)

    async def start_bot(self) -> None:
        log = (self.directory / "bot.log").open("ab")
        self.bot = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", env=self.environment, cwd=ROOT,
            stdout=asyncio.subprocess.DEVNULL, stderr=log,
        )  # fmt: skip
        log.close()

    async def kill_bot(self) -> None:
        assert self.bot is not None
        started = time.perf_counter()
        self.bot.kill()
        await self.bot.wait()
        self.kills += 1
        mark = len(self.api.calls)
        await self.start_bot()
        await self.api.wait_for("getUpdates", since=mark, timeout=120)
        self.restarts_seconds.append(time.perf_counter() - started)

    async def stop_bot(self) -> int | None:
        assert self.bot is not None
        if self.bot.returncode is None:
            self.bot.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.bot.wait(), 60)
            except TimeoutError:
                self.bot.kill()
                await self.bot.wait()
        return self.bot.returncode

    def push(self, chat: int, text: str, language: str, *, invite: bool = False) -> None:
        update = self.api.message(chat, text, language_code=language)
        message = update["message"]
        self.pushed.append(Pushed(chat, message["message_id"], update["update_id"], text, invite))
        self.sent_changed.set()
        self.sent_changed = asyncio.Event()

    async def cardholder(self, index: int, token: str) -> None:
        chat = FIRST_USER + index
        language = LANGUAGES[index % 3]
        script = [f"/start {token}"] + [value.format(**WORDS[language]) for _kind, value in TYPED]
        for number, text in enumerate(script):
            mark = len(self.api.calls)
            self.push(chat, text, language, invite=number == 0)
            try:
                await self.api.wait_for(
                    "sendMessage",
                    lambda call: call.ok and call.params.get("chat_id") == chat,
                    since=mark,
                    timeout=self.reply_timeout,
                )
            except TimeoutError:
                self.timeouts += 1

    async def killer(self, moments: list[int], draws: random.Random) -> None:
        for moment in moments:
            while len(self.pushed) < moment:
                await self.sent_changed.wait()
            await asyncio.sleep(draws.uniform(0, 1))
            await self.kill_bot()


async def accounts_and_invites(db: Database, directory: Path, count: int) -> list[str]:
    rows = [",".join(HEADER)]
    for index in range(count):
        rows.append(
            f"F-{index:06d},Cardholder {index},7319,CNY,{52340.50 + index * 3.17:.2f},"
            f"{8200 + index % 97:.2f},1500.00,{30 + index % 50},0.18,{LANGUAGES[index % 3]},"
            "Asia/Shanghai"
        )
    path = directory / "accounts.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    await import_accounts(db, path)
    now = datetime.now(UTC)  # the bot runs on the real clock
    tokens = []
    for index in range(count):
        invitation = await create_invite(
            db, f"F-{index:06d}", bot_username="OverdueCardBot", valid_days=14, now=now
        )
        tokens.append(invitation.token)
    return tokens


async def measure(args: argparse.Namespace) -> dict[str, Any]:
    draws = random.Random(args.seed)
    api = FaultyBotAPI(args.error_rate, random.Random(draws.random()))
    await api.start()
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        url = f"sqlite:///{directory / 'faults.db'}"
        db = await open_database(url)
        tokens = await accounts_and_invites(db, directory, args.conversations)
        await db.close()
        environment = {
            **os.environ,
            "OVERDUE_BOT_TELEGRAM__TOKEN": TOKEN,
            "OVERDUE_BOT_TELEGRAM__API_BASE": api.base_url,
            "OVERDUE_BOT_DATABASE__URL": url,
        }
        environment.pop("OVERDUE_BOT_CONFIG", None)
        run = Run(api, directory, environment, args.reply_timeout)
        total = args.conversations * (1 + len(TYPED))
        moments = sorted(draws.sample(range(1, total), min(args.kills, total - 1)))
        started = time.perf_counter()
        await run.start_bot()
        try:
            # The cardholders begin once the bot polls: its start-up is no lost reply.
            await api.wait_for("getUpdates", timeout=120)
            startup = time.perf_counter() - started
            started = time.perf_counter()
            killer = asyncio.create_task(run.killer(moments, random.Random(draws.random())))
            await asyncio.gather(
                *(run.cardholder(index, token) for index, token in enumerate(tokens))
            )
            await killer
            await settled(api, url, args.quiet)
        finally:
            status = await run.stop_bot()
        seconds = time.perf_counter() - started
        db = await open_database(url)
        try:
            record = await read_record(db)
        finally:
            await db.close()
        log = (directory / "bot.log").read_text(errors="replace")
        if args.log is not None:
            args.log.write_text(log)
        errors = sum(1 for line in log.splitlines() if "ERROR" in line)
    await api.stop()
    return {
        "run": run,
        "record": record,
        "seconds": seconds,
        "startup": startup,
        "status": status,
        "errors_logged": errors,
    }


async def settled(api: FaultyBotAPI, url: str, quiet: float) -> None:
    """Until the bot has made no call for ``quiet`` seconds and owes nothing due (a row waiting
    for a retry is tried again within seconds; the first PDF after a start waits for its
    worker): what is owed at the stop is then only what failed in the last seconds."""
    async with asyncio.timeout(180):
        while True:
            await api.wait_idle(timeout=180, quiet=quiet)
            db = await open_database(url)
            try:
                owed = await db.read(
                    lambda session: session.scalar(
                        select(func.count()).where(OutboxMessage.status == OutboxStatus.PENDING)
                    )
                )
            finally:
                await db.close()
            if not owed:
                return
            await asyncio.sleep(1)  # a retry is due within seconds


@dataclass
class Record:
    """What the database holds at the end."""

    inbound: Counter[tuple[int, int]]  # (chat, Telegram message id) -> inbound rows
    replies: list[tuple[int, str, int | None]]  # (chat, text, Telegram message id) of each row
    #: Replies the outbox settled undelivered (403, 400), as (chat, text), and PDFs per chat.
    settled: Counter[tuple[int, str]]
    documents_settled: Counter[int]
    document_rows: int
    agreements: Counter[int]  # chat -> agreements
    linked: dict[int, int]  # chat -> outbound rows of its conversation
    inbox: dict[int, str]  # update id -> status
    outbox: Counter[str]  # "kind status" -> rows
    #: The outbox's text rows Telegram took, as (chat, text): the messages owed, one each.
    messages: Counter[tuple[int, str]]


async def read_record(db: Database) -> Record:
    def read(session: Any) -> Record:
        chats = dict(
            session.execute(
                select(Conversation.id, Cardholder.chat_id).join(
                    Cardholder,
                    Cardholder.id == Conversation.cardholder_id,  # type: ignore[arg-type]
                )
            ).all()
        )
        inbound: Counter[tuple[int, int]] = Counter()
        replies: list[tuple[int, str, int | None]] = []
        documents = 0
        linked: Counter[int] = Counter({chat: 0 for chat in chats.values()})
        rows = session.execute(
            select(
                TranscriptMessage.id,
                TranscriptMessage.conversation_id,
                TranscriptMessage.direction,
                TranscriptMessage.author,
                TranscriptMessage.text,
                TranscriptMessage.telegram_message_id,
            ).order_by(TranscriptMessage.id)  # type: ignore[arg-type]
        ).all()
        undelivered = session.execute(
            select(OutboxMessage.chat_id, OutboxMessage.kind, OutboxMessage.transcript_ids).where(
                OutboxMessage.status.in_(SETTLED_UNDELIVERED)  # type: ignore[attr-defined]
            )
        ).all()
        settled_ids = {i for _chat, _kind, ids in undelivered for i in ids}
        documents_settled: Counter[int] = Counter(
            chat for chat, kind, _ids in undelivered if kind == OutboxKind.DOCUMENT
        )
        settled: Counter[tuple[int, str]] = Counter()
        for row_id, conversation, direction, author, text, message_id in rows:
            chat = chats[conversation]
            if direction == Direction.IN and message_id is not None:
                inbound[chat, message_id] += 1
            elif direction == Direction.OUT and author == "assistant":
                linked[chat] += 1
                if text.startswith(DOCUMENT_ROW):
                    documents += 1
                elif row_id in settled_ids:
                    settled[chat, text] += 1
                else:
                    replies.append((chat, text, message_id))
        agreements: Counter[int] = Counter(
            chats[conversation]
            for conversation in session.scalars(select(Agreement.conversation_id))
        )
        inbox = dict(session.execute(select(InboxUpdate.update_id, InboxUpdate.status)).all())
        outbox = Counter(
            f"{kind} {status}"
            for kind, status in session.execute(select(OutboxMessage.kind, OutboxMessage.status))
        )
        messages = Counter(
            (chat, text)
            for chat, text in session.execute(
                select(OutboxMessage.chat_id, OutboxMessage.text).where(
                    OutboxMessage.kind == OutboxKind.TEXT.value,  # type: ignore[arg-type]
                    OutboxMessage.status == OutboxStatus.DELIVERED.value,  # type: ignore[arg-type]
                )
            )
        )
        return Record(
            inbound,
            replies,
            settled,
            documents_settled,
            documents,
            agreements,
            dict(linked),
            inbox,
            outbox,
            messages,
        )

    return await db.read(read)


def carries(message: str, reply: str) -> bool:
    """Whether a message's text is the reply, or carries it among replies joined by blank lines."""
    return (
        message == reply
        or message.startswith(reply + "\n\n")
        or message.endswith("\n\n" + reply)
        or f"\n\n{reply}\n\n" in message
    )


def report(result: dict[str, Any], args: argparse.Namespace) -> bool:
    run: Run = result["run"]
    record: Record = result["record"]
    api = run.api
    calls = api.calls
    n = args.conversations

    # --- messages sent, received, handled ---
    invites = [p for p in run.pushed if p.invite]
    typed = [p for p in run.pushed if not p.invite]
    handed: Counter[int] = Counter()
    for call in calls:
        if call.method == "getUpdates" and call.ok and call.result:
            handed.update(update["update_id"] for update in call.result)
    pushed_ids = {p.update_id for p in run.pushed}
    received = sum(1 for u in pushed_ids if handed[u])
    received_again = sum(1 for u in pushed_ids if handed[u] > 1)
    once = sum(1 for p in typed if record.inbound[p.chat, p.message_id] == 1)
    twice = sum(1 for p in typed if record.inbound[p.chat, p.message_id] > 1)
    never = sum(1 for p in typed if record.inbound[p.chat, p.message_id] == 0)
    invites_handled = sum(1 for p in invites if record.linked.get(p.chat, 0) > 0)
    inbox = Counter(record.inbox.get(p.update_id, "absent") for p in run.pushed)

    # --- replies owed, delivered, duplicated, lost ---
    sends: dict[int, list[str]] = {}
    for call in calls:
        if call.method == "sendMessage" and call.ok:
            sends.setdefault(int(call.params["chat_id"]), []).append(str(call.params["text"]))
    owed_by: Counter[tuple[int, str]] = Counter((chat, text) for chat, text, _ in record.replies)
    with_id = sum(1 for _chat, _text, message_id in record.replies if message_id is not None)
    delivered = duplicated = lost = 0
    for (chat, text), owed in owed_by.items():
        sent = sum(1 for message in sends.get(chat, []) if carries(message, text))
        delivered += min(owed, sent)
        duplicated += max(0, sent - owed)
        lost += max(0, owed - sent)
    # A kill repeats a message, which may carry several replies of one step: the target counts
    # messages sent again (per chat and text, beyond the outbox's rows Telegram took).
    sent_messages: Counter[tuple[int, str]] = Counter(
        (chat, message) for chat, messages in sends.items() for message in messages
    )
    messages_duplicated = sum(
        max(0, sent_messages[key] - rows) for key, rows in record.messages.items()
    )
    apologies_texts = {language: try_again(language) for language in LANGUAGES}
    apologies = unmatched = 0
    replies_by_chat: dict[int, set[str]] = {}
    for chat, text in owed_by:
        replies_by_chat.setdefault(chat, set()).add(text)
    for chat, messages in sends.items():
        for message in messages:
            if message in apologies_texts.values():
                apologies += 1
            elif not any(carries(message, reply) for reply in replies_by_chat.get(chat, ())):
                unmatched += 1

    # --- documents ---
    documents_sent: Counter[int] = Counter(
        int(call.params["chat_id"]) for call in calls if call.method == "sendDocument" and call.ok
    )
    agreements = sum(record.agreements.values())
    documents_delivered = sum(
        min(count, documents_sent[chat]) for chat, count in record.agreements.items()
    )
    documents_duplicated = sum(
        max(0, documents_sent[chat] - record.agreements[chat]) for chat in documents_sent
    )
    documents_settled = sum(record.documents_settled.values())
    documents_lost = max(0, agreements - documents_delivered - documents_settled)

    # --- calls and faults ---
    bot_calls = [call for call in calls if call.method in FAILING]
    injected = sum(api.injected.values())
    other_failures = sum(
        1 for call in bot_calls if not call.ok and id(call) not in api.injected_calls
    )
    by_status = Counter[int]()
    for (_method, status), count in api.injected.items():
        by_status[status] += count

    owed = len(record.replies)
    print(
        f"conversations: {n}, kills: {run.kills} (polling again after"
        f" {', '.join(f'{s:.1f}' for s in run.restarts_seconds) or '-'} s),"
        f" error rate {args.error_rate:.0%}, seed {args.seed};"
        f" {result['seconds']:.1f} s after a start-up of {result['startup']:.1f} s;"
        f" bot's exit at SIGTERM: {result['status']},"
        f" errors in its log: {result['errors_logged']}"
    )
    print(
        f"{'sent':>18}: {len(run.pushed)} messages ({len(invites)} invites opened,"
        f" {len(typed)} typed answers)"
    )
    print(
        f"{'received':>18}: {received} handed to the bot by getUpdates"
        f" ({received_again} of them more than once)"
    )
    print(
        f"{'handled':>18}: typed answers in the transcript once {once}, more than once {twice},"
        f" never {never}; invites answered {invites_handled} of {len(invites)};"
        f" inbox: {', '.join(f'{k} {v}' for k, v in sorted(inbox.items()))}"
    )
    print(f"{'replies owed':>18}: {owed} (the assistant's transcript rows)")
    print(
        f"{'delivered':>18}: {delivered} (of which {with_id} with a Telegram message id recorded,"
        f" {delivered - min(with_id, delivered)} reached the chat with none recorded)"
    )
    print(f"{'duplicated':>18}: {duplicated} replies, in {messages_duplicated} messages sent again")
    print(f"{'lost':>18}: {lost} (owed, never delivered, never settled)")
    print(
        f"{'settled':>18}: {sum(record.settled.values())} replies and {documents_settled} PDFs"
        " not delivered by Telegram's answer (403 blocked, 400 refused): recorded, each"
        " conversation given to a person"
    )
    print(
        f"{'apologies':>18}: {apologies} 'please try again' notes sent;"
        f" other messages carrying no reply: {unmatched}"
    )
    print(f"{'timeouts':>18}: {run.timeouts} waits of {args.reply_timeout:g} s for an answer")
    print(
        f"{'outbox':>18}: "
        + ", ".join(f"{key} {count}" for key, count in sorted(record.outbox.items()))
    )
    print(
        f"{'documents':>18}: {agreements} agreements, {documents_delivered} PDFs delivered,"
        f" {documents_duplicated} duplicated, {documents_lost} lost"
        f" ({record.document_rows} recorded in the transcript)"
    )
    print(
        f"{'calls':>18}: {len(bot_calls)} of {', '.join(FAILING)};"
        f" injected failures {injected} ({injected / max(1, len(bot_calls)):.1%}:"
        f" {', '.join(f'{status} x{count}' for status, count in sorted(by_status.items()))}),"
        f" other failures {other_failures}"
    )
    messages_lost = never + (len(invites) - invites_handled)
    checks = [
        (f"0 messages lost ({messages_lost})", messages_lost == 0),
        (
            f"0 replies lost ({lost} replies + {documents_lost} PDFs)",
            lost + documents_lost == 0,
        ),
        (f"0 handled twice ({twice})", twice == 0),
        (
            f"duplicates <= kills ({messages_duplicated} messages"
            f" + {documents_duplicated} PDFs <= {run.kills})",
            messages_duplicated + documents_duplicated <= run.kills,
        ),
    ]
    met = all(ok for _text, ok in checks)
    print(
        f"{'target (issue 19)':>18}: "
        + ", ".join(f"{text} {'✓' if ok else '✗'}" for text, ok in checks)
        + f": {'met' if met else 'NOT met'}"
    )
    return met


def try_again(language: str) -> str:
    settings = load_settings(None, telegram={"token": TOKEN})
    return Texts(settings.bank).render(Reply("try_again"), language)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", type=int, default=30)
    parser.add_argument("--kills", type=int, default=3, help="kill -9 of the bot at random")
    parser.add_argument(
        "--error-rate", type=float, default=0.05, help="share of the bot's calls that fail"
    )
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument(
        "--reply-timeout",
        type=float,
        default=8.0,
        help="seconds a cardholder waits for an answer before sending the next message",
    )
    parser.add_argument(
        "--quiet",
        type=float,
        default=10.0,
        help="seconds with no call before the bot is stopped (the first PDF takes seconds)",
    )
    parser.add_argument("--log", type=Path, help="keep the bot's log (all its runs) in this file")
    args = parser.parse_args(argv)
    result = asyncio.run(measure(args))
    report(result, args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
