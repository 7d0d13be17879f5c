"""How fast the product bot handles updates, next to a bare aiogram echo bot on the same machine.

Each bot polls its own FakeBotAPI (tests/support/fakebotapi.py) on 127.0.0.1 with aiogram's real
HTTP client, in one process and one event loop, and they take turns: round after round, each gets
one update for every conversation, and the clock runs only while that bot works.

    (a) bare:    one ``F.text`` handler that answers every text with ``message.answer``
    (b) product: TelegramApp with its real SQLite database; every cardholder linked by an invite
                 and mid-negotiation, going through the whole negotiation (typed answers and
                 taps on buttons; ``--typed``: every answer typed) to the agreement, then asking
                 for their plan or help
    (c) replay:  the same updates, answered by making the very Bot API calls the product made for
                 them in that round, and nothing else, through aiogram's own session and methods
                 as the product makes them: replay/bare is the most product/bare can be on this
                 machine with the product's traffic, product/replay the cost of its own work

The fake server runs in the same event loop, so its work is counted in both bots' time: a tap
costs the product three requests (the answer to the button, removing the keyboard, the reply)
where the echo makes one, and the fake's own handling of each (copying messages, checking HTML)
weighs on the product more than Telegram's would in production. The "I agree" round also makes
and sends each cardholder's agreement as a PDF (bot/operations/document.py, a fraction of a
second of CPU in a worker process) and schedules its reminders: that round is by far the dearest.

Both count an update as answered when its reply reaches the fake Bot API (a message to its
chat after the update was handed out), not when a handler returns: the product's handler only
writes its replies to the outbox, which delivers them afterwards. A round's clock runs from
its first update being offered to the last one's reply; what a bot does after that (the rest
of its handlers, the agreements' PDFs and what follows them in their chats) runs off the clock
but before the next round (printed as *after the last replies*), so nothing of one round is
taken for the next one's reply. A chat that got nothing once the bot owes nothing more (every
handler finished, the product's outbox delivered) is an update *without a reply* (should be 0).

Printed: updates/second of each, their ratio (floor: product >= 0.40 x bare) overall and for each
round (each round is one step of every negotiation), the process's CPU time an update (on a
machine shared with other work every bot's wall time stretches alike; the CPU time does not),
latency from the moment getUpdates hands an update out to the first message reaching its chat
(p50, p99), and from the moment it was offered (queued at the fake, as a cardholder sends it: a
round offers every conversation's update at once, so this one grows with the round), and peak
memory (the process's peak RSS; with ``--tracemalloc`` also each bot's peak of Python
allocations, which slows everything down: the rates are then not comparable with a normal run).

With ``--db postgresql`` the product also runs on PostgreSQL (a throwaway server started for
the run; or ``--db URL``, an empty database), beside SQLite, and both ratios are printed.

    .venv/bin/python bench/throughput.py [--conversations 1000] [--updates 10000] [--typed]
                                         [--db postgresql|URL]
    .venv/bin/python bench/throughput.py [--conversations 1000] [--updates 10000] [--typed]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "support"))

import fakebotapi  # noqa: E402
from aiogram import Bot, Dispatcher, F, Router, methods  # noqa: E402
from aiogram.client.session.aiohttp import AiohttpSession  # noqa: E402
from aiogram.client.telegram import TelegramAPIServer  # noqa: E402
from aiogram.types import BufferedInputFile, CallbackQuery, Message  # noqa: E402
from cpuparts import CpuParts  # noqa: E402
from fakebotapi import FakeBotAPI  # noqa: E402
from sqlalchemy import select  # noqa: E402

from bot.channels.telegram.app import TelegramApp, tune_collector  # noqa: E402
from bot.channels.telegram.callbacks import ChoiceData  # noqa: E402
from bot.clock import ManualClock  # noqa: E402
from bot.config import load_settings  # noqa: E402
from bot.operations.accounts import HEADER, create_invite, import_accounts  # noqa: E402
from bot.service import steps as service_steps  # noqa: E402
from bot.service.rendering import Renderer  # noqa: E402
from bot.storage.db import Database, open_database  # noqa: E402
from bot.storage.models import Account, Agreement  # noqa: E402
from dialogs.state import Dialogue  # noqa: E402

TOKEN = "4242:BENCH"
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
LANGUAGES = ("zh", "en", "hu")
FIRST_USER = 1_000_000

#: What each cardholder does, one update per round: ("text", words) or ("tap", button value).
#: A tap on "option:" takes the first plan offered. After the agreement: /plan and /help.
NEGOTIATION: tuple[tuple[str, str], ...] = (
    ("text", "7319"),
    ("tap", "cause:reduced_income"),
    ("text", "8 000"),
    ("text", "3000"),
    ("tap", "none"),
    ("tap", "no"),
    ("tap", "option:"),
    ("tap", "choose"),
    ("tap", "accept"),
)
#: The same negotiation typed from start to end (typing always works where a button is offered).
TYPED: tuple[tuple[str, str], ...] = (
    ("text", "7319"),
    ("text", "2"),  # the second cause: my income went down
    ("text", "8 000"),
    ("text", "3000"),
    ("text", "0"),
    ("text", "{no}"),
    ("text", "2"),  # the second plan
    ("text", "{yes}"),
    ("text", "{yes}"),
)
WORDS = {
    "en": {"yes": "yes", "no": "no"},
    "hu": {"yes": "igen", "no": "nem"},
    "zh": {"yes": "是", "no": "不是"},
}
AFTERWARDS = (("text", "/plan"), ("text", "/help"))


# --- Watching the fake server: when an update is handed out, when the first reply arrives ---------


@dataclass
class Watch:
    """Per server: when this round's updates were offered, and when each one's reply arrived.

    An update counts as answered when a message (``sendMessage`` or ``sendDocument``) reaches its
    chat after ``getUpdates`` handed the update out: for the echo that is its handler's answer;
    for the product, whose handler only writes its replies to the outbox, the outbox's delivery.
    """

    queued: dict[int, float] = field(default_factory=dict)  # chat -> when the update was offered
    handed: dict[int, float] = field(default_factory=dict)  # chat -> when getUpdates handed it out
    waiting: set[int] = field(default_factory=set)  # chats whose reply is still to come
    answered: asyncio.Event = field(default_factory=asyncio.Event)  # set when none is waiting
    last_reply: float = 0.0  # when the last of them came
    latencies: list[float] = field(default_factory=list)  # from hand-out to the reply
    waits: list[float] = field(default_factory=list)  # from being offered to the reply
    keyboards: dict[int, tuple[int, list[str]]] = field(
        default_factory=dict
    )  # chat -> (message, data)

    def replied(self, chat: int) -> None:
        """A message reached ``chat``: the reply to its update of this round, if it is the first."""
        if chat in self.waiting and chat in self.handed:
            self.waiting.discard(chat)
            now = time.perf_counter()
            self.latencies.append(now - self.handed[chat])
            self.waits.append(now - self.queued[chat])
            self.last_reply = now
            if not self.waiting:
                self.answered.set()

    def expect(self, chats: list[int]) -> None:
        """A new round: a reply is awaited from each of these chats."""
        self.handed.clear()
        self.queued.clear()
        self.waiting = set(chats)
        self.answered = asyncio.Event()


WATCHES: dict[int, Watch] = {}
#: Switched on during the SQLite product's rounds only: ``--profile``, ``--parts``.
PROFILER: Any = None
PARTS: CpuParts | None = None


def _chat_of(update: dict[str, Any]) -> int | None:
    if "message" in update:
        return int(update["message"]["chat"]["id"])
    if "callback_query" in update:
        return int(update["callback_query"]["message"]["chat"]["id"])
    return None


def _watch_the_fake() -> None:
    get_updates = fakebotapi._HANDLERS["getUpdates"]
    send_message = fakebotapi._HANDLERS["sendMessage"]
    send_document = fakebotapi._HANDLERS["sendDocument"]

    async def timed_get_updates(api: FakeBotAPI, params: dict[str, Any]) -> Any:
        result = await get_updates(api, params)
        watch = WATCHES.get(id(api))
        if watch is not None and result:
            now = time.perf_counter()
            for update in result:
                chat = _chat_of(update)
                if chat is not None:
                    watch.handed.setdefault(chat, now)
        return result

    def timed_send_message(api: FakeBotAPI, params: dict[str, Any]) -> Any:
        result = send_message(api, params)
        watch = WATCHES.get(id(api))
        if watch is not None:
            chat = int(params["chat_id"])
            watch.replied(chat)
            markup = params.get("reply_markup")
            if markup:
                data = [b["callback_data"] for row in markup["inline_keyboard"] for b in row]
                watch.keyboards[chat] = (result["message_id"], data)
        return result

    def timed_send_document(api: FakeBotAPI, params: dict[str, Any]) -> Any:
        result = send_document(api, params)
        watch = WATCHES.get(id(api))
        if watch is not None:
            watch.replied(int(params["chat_id"]))
        return result

    fakebotapi._HANDLERS["getUpdates"] = timed_get_updates
    fakebotapi._HANDLERS["sendMessage"] = timed_send_message
    fakebotapi._HANDLERS["sendDocument"] = timed_send_document


# --- The two bots ---------------------------------------------------------------------------------


class Contender:
    name: str
    api: FakeBotAPI
    watch: Watch
    seconds: float = 0.0
    after: float = 0.0  # seconds from the last reply of a round to the bot owing nothing more
    cpu: float = 0.0  # CPU seconds of the process in the timed rounds (the fake's included)
    rounds: list[float]  # seconds of each timed round
    round_requests: list[int]  # Bot API requests (not getUpdates) of each timed round
    updates: int = 0
    requests: int = 0  # calls to the Bot API other than getUpdates, made during timed rounds
    unanswered: int = 0  # updates whose chat got no message after them (should stay 0)
    last_calls: list[fakebotapi.Call]  # the Bot API calls of the last round (not getUpdates)
    peak_traced: int = 0

    async def start(self) -> None: ...
    async def stop(self) -> None: ...
    def push(self, chat: int, round_number: int) -> None: ...
    def done(self) -> int: ...  # updates handled so far
    async def wait_done(self, goal: int) -> None: ...  # until handled, and nothing more is owed

    async def round(self, chats: list[int], round_number: int, timeout: float) -> None:  # noqa: ASYNC109
        """One update from each chat; timed from the first being offered to the last reply.

        What the bot does after its last reply (the rest of a handler, the agreements' PDFs and
        what follows them) runs off the clock, but before the next round, and is added up in
        :attr:`after`: nothing of one round is taken for the next one's reply or slows it down.
        A chat with no message once the bot owes nothing more is an update without a reply.
        """
        watch = self.watch
        watch.expect(chats)
        if tracemalloc.is_tracing():
            tracemalloc.reset_peak()
        goal = self.done() + len(chats)
        calls_before = len(self.api.calls)
        started, cpu = time.perf_counter(), time.process_time()
        for chat in chats:
            watch.queued[chat] = time.perf_counter()
            self.push(chat, round_number)
        async with asyncio.timeout(timeout):
            settling = asyncio.ensure_future(self.wait_done(goal))
            answering = asyncio.ensure_future(watch.answered.wait())
            await asyncio.wait({settling, answering}, return_when=asyncio.FIRST_COMPLETED)
            ended = watch.last_reply if not watch.waiting else time.perf_counter()
            self.cpu += time.process_time() - cpu
            answering.cancel()
            await settling
        self.after += time.perf_counter() - ended
        self.unanswered += len(watch.waiting)
        took = ended - started
        self.seconds += took
        self.rounds.append(took)
        self.updates += len(chats)
        self.last_calls = [
            call for call in self.api.calls[calls_before:] if call.method != "getUpdates"
        ]
        # The fake's log of every call would only grow the heap that every collection scans.
        self.api.calls.clear()
        requests = len(self.last_calls)
        self.requests += requests
        self.round_requests.append(requests)
        if tracemalloc.is_tracing():
            self.peak_traced = max(self.peak_traced, tracemalloc.get_traced_memory()[1])


class PlainBot(Contender):
    """A bot of aiogram alone on its own fake, counting the updates its handlers have finished
    (each handler's messages are sent, and taken by the fake, before it finishes)."""

    def __init__(self, concurrency: int) -> None:
        self.api = FakeBotAPI(TOKEN, max_poll_timeout=1.0)
        self.rounds = []
        self.round_requests = []
        self.watch = Watch()
        self.concurrency = concurrency
        self.handled = 0
        self._changed = asyncio.Event()

    def router(self) -> Router: ...

    async def start(self) -> None:
        await self.api.start()
        WATCHES[id(self.api)] = self.watch
        self.dp = Dispatcher()
        self.dp.include_router(self.router())
        # aiogram's own HTTP session, as a bare bot has it
        self.bot = Bot(
            TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(self.api.base_url))
        )
        self.polling = asyncio.create_task(
            self.dp.start_polling(
                self.bot, handle_signals=False, tasks_concurrency_limit=self.concurrency
            )
        )

    def finished_one(self) -> None:
        self.handled += 1
        self._changed.set()

    def done(self) -> int:
        return self.handled

    async def wait_done(self, goal: int) -> None:
        while self.handled < goal:
            self._changed = asyncio.Event()
            await self._changed.wait()

    async def stop(self) -> None:
        await self.dp.stop_polling()
        await self.polling
        await self.api.stop()


class Bare(PlainBot):
    """(a) aiogram and nothing else: one text handler answering each text."""

    name = "bare aiogram echo"

    def router(self) -> Router:
        router = Router()

        @router.message(F.text)
        async def echo(message: Message) -> None:
            await message.answer(message.text or "")
            self.finished_one()

        return router

    def push(self, chat: int, round_number: int) -> None:
        self.api.message(chat, f"message {round_number}")


class Product(Contender):
    """(b) TelegramApp on a real SQLite file (or the PostgreSQL database at ``url``), cardholders
    linked by invites and negotiating."""

    name = "product on SQLite"

    def __init__(
        self,
        directory: Path,
        conversations: int,
        concurrency: int,
        typed: bool,
        url: str | None = None,
    ) -> None:
        self.url = url or f"sqlite:///{directory / 'bench.db'}"
        if url is not None:
            self.name = "product on PostgreSQL"
        self.api = FakeBotAPI(TOKEN, max_poll_timeout=1.0)
        self.rounds = []
        self.round_requests = []
        self.script = TYPED if typed else NEGOTIATION
        self.watch = Watch()
        self.directory = directory
        self.conversations = conversations
        self.concurrency = concurrency
        self.clock = ManualClock(NOW)
        self.deviations = 0
        self.pushed: dict[
            int, tuple[str, str]
        ] = {}  # chat -> what it sent this round: ("text"|"tap", value)

    async def start(self) -> None:
        await self.api.start()
        WATCHES[id(self.api)] = self.watch
        url = self.url
        self.db: Database = await open_database(url, upgrade=True)
        if await self.db.read(
            lambda session: session.execute(select(Account.id).limit(1)).first() is not None
        ):
            raise SystemExit(f"{url.split('@')[-1]}: not empty (the bench imports its accounts)")
        tokens = await self._accounts_and_invites()
        settings = load_settings(
            None,
            telegram={
                "token": TOKEN,
                "api_base": self.api.base_url,
                "tasks_concurrency_limit": self.concurrency,
            },
            database={"url": url},
        )
        self.app = TelegramApp(settings, self.clock, self.db, handle_signals=False)
        self.running = asyncio.create_task(self.app.run())
        # Every cardholder opens their link (not timed): all are mid-negotiation from here on.
        for index, token in enumerate(tokens):
            chat = FIRST_USER + index
            self.api.message(chat, f"/start {token}", language_code=LANGUAGES[index % 3])
        await self.wait_done(len(tokens))

    async def _accounts_and_invites(self) -> list[str]:
        rows = [",".join(HEADER)]
        for index in range(self.conversations):
            language = LANGUAGES[index % 3]
            # Every account differs (balance, overdue amount, days late), as real ones do: no text
            # or figure made for one cardholder serves the next.
            rows.append(
                f"B-{index:06d},Cardholder {index},7319,CNY,{52340.50 + index * 3.17:.2f},"
                f"{8200 + index % 97:.2f},1500.00,{30 + index % 50},0.18,{language},Asia/Shanghai"
            )
        path = self.directory / "accounts.csv"
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        await import_accounts(self.db, path)
        tokens = []
        for index in range(self.conversations):
            invitation = await create_invite(
                self.db,
                f"B-{index:06d}",
                bot_username="OverdueCardBot",
                valid_days=14,
                now=self.clock.now(),
            )
            tokens.append(invitation.token)
        return tokens

    def push(self, chat: int, round_number: int) -> None:
        steps = self.script + AFTERWARDS * (1 + max(0, round_number - len(self.script)))
        kind, value = steps[round_number]
        language = LANGUAGES[(chat - FIRST_USER) % 3]
        value = value.format(**WORDS[language])
        if kind == "tap":
            message_id, data = self.watch.keyboards.get(chat, (0, []))
            wanted = [d for d in data if ChoiceData.unpack(d).value.startswith(value)]
            if wanted:
                self.api.callback(chat, message_id, wanted[0], language_code=language)
                self.pushed[chat] = ("tap", wanted[0])
                return
            self.deviations += 1  # the dialogue went elsewhere: say something anyway
            value = "/help"
        self.api.message(chat, value, language_code=language)
        self.pushed[chat] = ("text", value)

    def done(self) -> int:
        return self.app.gate.finished

    async def wait_done(self, goal: int) -> None:
        await self.app.gate.wait(finished=goal, timeout=600)
        # The handlers wrote their replies to the outbox: the bot owes nothing more once it has
        # delivered them (the PDFs of "I agree" included).
        assert self.app.outbox is not None
        await self.app.outbox.drained()

    async def agreements(self) -> int:
        from sqlalchemy import func, select

        return await self.db.read(
            lambda session: int(
                session.execute(select(func.count()).select_from(Agreement)).scalar_one()
            )
        )

    async def stop(self) -> None:
        await self.app.stop()
        await self.running
        await self.db.close()
        await self.api.stop()


class Replay(PlainBot):
    """(c) The product's own Bot API calls of each round, made again with nothing behind them.

    The same updates (texts, taps on the same buttons) come in; the handler makes, in order, the
    calls the product made for that chat in that round (the answer to a tap, the keyboard's
    removal, the replies with their keyboards, a document) and nothing else: no dialogue, no
    database, no templates. Its rate is what this machine allows for the product's traffic alone,
    so replay/bare is the ceiling of product/bare here, and product/replay is the product's own
    work.
    """

    name = "calls only (replay)"

    def __init__(self, product: Product, concurrency: int) -> None:
        super().__init__(concurrency)
        self.product = product
        self.script: dict[int, list[fakebotapi.Call]] = {}

    def learn(self, calls: list[fakebotapi.Call]) -> None:
        """The calls the product made this round, by chat (a tap's answer is made for the tap)."""
        self.script = {}
        for call in calls:
            if call.method != "answerCallbackQuery":
                self.script.setdefault(int(call.params["chat_id"]), []).append(call)

    def router(self) -> Router:
        router = Router()

        @router.message()
        async def text(message: Message, bot: Bot) -> None:
            await self._replay(bot, message.chat.id, None)

        @router.callback_query()
        async def tap(query: CallbackQuery, bot: Bot) -> None:
            await query.answer()
            assert isinstance(query.message, Message)
            await self._replay(bot, query.message.chat.id, query.message.message_id)

        return router

    async def _replay(self, bot: Bot, chat: int, tapped: int | None) -> None:
        for call in self.script.get(chat, []):
            params = dict(call.params)
            for key, value in call.params.items():
                if isinstance(value, fakebotapi.UploadedFile):
                    params[key] = BufferedInputFile(value.content, filename=value.filename)
            if "message_id" in params and tapped is not None:
                params["message_id"] = (
                    tapped  # this bot's own message, where the product edited its own
                )
            method = getattr(methods, call.method[0].upper() + call.method[1:])
            await bot(method(**params))
        self.finished_one()

    def push(self, chat: int, round_number: int) -> None:
        kind, value = self.product.pushed[chat]
        language = LANGUAGES[(chat - FIRST_USER) % 3]
        message_id, data = self.watch.keyboards.get(chat, (0, []))
        if kind == "tap" and value in data:
            self.api.callback(chat, message_id, value, language_code=language)
        else:
            self.api.message(chat, value if kind == "text" else "/help", language_code=language)


# --- The run --------------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def measure(
    conversations: int,
    updates: int,
    concurrency: int,
    timeout: float,  # noqa: ASYNC109
    typed: bool,
    postgres_url: str | None = None,
) -> dict[str, Any]:
    _watch_the_fake()
    with tempfile.TemporaryDirectory() as tmp:
        bare = Bare(concurrency)
        product = Product(Path(tmp), conversations, concurrency, typed)
        replay = Replay(product, concurrency)
        on_postgres = None
        if postgres_url is not None:
            (Path(tmp) / "postgresql").mkdir()
            on_postgres = Product(
                Path(tmp) / "postgresql", conversations, concurrency, typed, postgres_url
            )
        await bare.start()
        await replay.start()
        setup = time.perf_counter()
        await product.start()
        setup = time.perf_counter() - setup
        if on_postgres is not None:
            await on_postgres.start()
        chats = [FIRST_USER + i for i in range(conversations)]
        # The process's collector as ``overdue-bot run`` sets it, for all three bots alike; with
        # what the set-up made (the bots, the cardholders' first contact, the fakes' chats) as
        # what it started with.
        tune_collector()
        # Warm-up for the bare bot (the product's warm-up was every cardholder's /start).
        await bare.round(chats[: min(100, conversations)], -1, timeout)
        bare.seconds = bare.updates = bare.after = bare.requests = bare.cpu = 0
        bare.rounds.clear()
        bare.round_requests.clear()
        bare.watch.latencies.clear()
        bare.watch.waits.clear()

        rounds = -(-updates // conversations)
        for number in range(rounds):
            batch = chats[: min(conversations, updates - number * conversations)]
            # The replay follows the product: it makes the calls the product has just made.
            order: list[Contender] = [bare, product, replay]
            if on_postgres is not None:
                order.append(on_postgres)
            if number % 2:
                order.reverse()  # the replay still follows the product
                order[-3:-1] = [product, replay]
            for contender in order:
                if contender is replay:
                    replay.learn(product.last_calls)
                watchers = [w for w in (PROFILER, PARTS) if w is not None]
                if contender is product:
                    for watcher in watchers:
                        watcher.enable()
                await contender.round(batch, number, timeout)
                if contender is product:
                    for watcher in watchers:
                        watcher.disable()
            print(
                f"  round {number + 1}/{rounds}: {len(batch)} updates each; so far "
                + ", ".join(f"{c.name} {c.seconds:.2f} s" for c in order),
                file=sys.stderr,
            )
        agreed = await product.agreements()
        agreed_postgres = None if on_postgres is None else await on_postgres.agreements()
        await product.stop()
        if on_postgres is not None:
            await on_postgres.stop()
        await replay.stop()
        await bare.stop()
    return {
        "bare": bare,
        "product": product,
        "replay": replay,
        "postgres": on_postgres,
        "setup": setup,
        "agreed": agreed,
        "agreed_postgres": agreed_postgres,
        "rounds": rounds,
    }


def report(result: dict[str, Any], conversations: int) -> None:
    bare: Contender = result["bare"]
    product: Product = result["product"]
    print(
        f"conversations: {conversations}, rounds: {result['rounds']} "
        f"(product setup, {conversations} invites redeemed: {result['setup']:.1f} s)"
    )
    replay: Contender = result["replay"]
    on_postgres: Product | None = result["postgres"]
    everyone: list[Contender] = [bare, product, replay]
    if on_postgres is not None:
        everyone.append(on_postgres)
    rates = {}
    for contender in everyone:
        rate = contender.updates / contender.seconds
        rates[contender.name] = rate
        latencies, waits = contender.watch.latencies, contender.watch.waits
        line = (
            f"{contender.name:>22}: {contender.updates} updates in {contender.seconds:.2f} s"
            f" = {rate:,.0f} updates/s;"
            f" latency p50 {percentile(latencies, 0.5) * 1000:.0f} ms,"
            f" p99 {percentile(latencies, 0.99) * 1000:.0f} ms"
            f" (from offered: {percentile(waits, 0.5) * 1000:.0f},"
            f" {percentile(waits, 0.99) * 1000:.0f} ms)"
        )
        line += f"; CPU {contender.cpu / contender.updates * 1000:.2f} ms an update"
        if contender.peak_traced:
            line += f"; peak traced {contender.peak_traced / 2**20:.1f} MiB"
        print(line)
    print(
        f"{'after the last replies':>22}: "
        + ", ".join(f"{c.name} {c.after:.1f} s" for c in everyone)
        + " in all (off the clock: the rest of the handlers, the PDFs and what follows them)"
    )
    ratio = rates[product.name] / rates[bare.name]
    print(
        f"{'ratio product/bare':>22}: {ratio:.2f} (floor >= 0.40);"
        f" by CPU an update {bare.cpu / bare.updates / (product.cpu / product.updates):.2f}"
        " (a busy machine takes the same share of the wall time from each)"
    )
    if on_postgres is not None:
        print(
            f"{'on PostgreSQL/bare':>22}: {rates[on_postgres.name] / rates[bare.name]:.2f}"
            f" (the same product on PostgreSQL; SQLite/PostgreSQL"
            f" {rates[product.name] / rates[on_postgres.name]:.2f})"
        )
    # The replay makes the product's calls and nothing else: what the traffic alone allows.
    print(
        f"{'ratio replay/bare':>22}: {rates[replay.name] / rates[bare.name]:.2f}"
        " (the ceiling here: the product's Bot API calls with no work behind them);"
        f" product/replay {rates[product.name] / rates[replay.name]:.2f}"
    )
    # The echo makes one request per update; a tap costs the product three (the answer to the
    # button, the old keyboard's removal, the reply), and a long text goes in parts.
    per_update = {c.name: c.requests / c.updates for c in (bare, product)}
    per_request = {c.name: c.requests / c.seconds for c in (bare, product)}
    print(
        f"{'Bot API requests':>22}: per update bare {per_update[bare.name]:.2f},"
        f" product {per_update[product.name]:.2f};"
        f" requests/s bare {per_request[bare.name]:,.0f}, product {per_request[product.name]:,.0f}"
        f" (ratio {per_request[product.name] / per_request[bare.name]:.2f})"
    )
    # Which steps cost what: each round is one step of every negotiation (see NEGOTIATION).
    steps = product.script + AFTERWARDS * len(product.rounds)
    per_round = ", ".join(
        f"{steps[number][1] or steps[number][0]} {b / p:.2f}"
        for number, (b, p) in enumerate(zip(bare.rounds, product.rounds, strict=True))
    )
    print(f"{'ratio by round':>22}: {per_round}")
    if on_postgres is not None:
        print(
            f"{'on PostgreSQL, by round':>22}: "
            + ", ".join(
                f"{steps[number][1] or steps[number][0]} {b / p:.2f}"
                for number, (b, p) in enumerate(zip(bare.rounds, on_postgres.rounds, strict=True))
            )
        )
    print(
        f"{'replay/bare by round':>22}: "
        + ", ".join(
            f"{steps[number][1] or steps[number][0]} {b / r:.2f}"
            for number, (b, r) in enumerate(zip(bare.rounds, replay.rounds, strict=True))
        )
    )
    print(
        f"{'requests/update, round':>22}: "
        + ", ".join(
            f"{steps[number][1] or steps[number][0]}"
            f" {requests / (product.updates / len(product.rounds)):.1f}"
            for number, requests in enumerate(product.round_requests)
        )
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(
        f"{'peak memory':>22}: {peak / 1024:.0f} MiB RSS"
        f" (whole process: the {len(everyone)} bots and their fake servers)"
    )
    print(
        f"{'agreements made':>22}: {result['agreed']} of {conversations};"
        f" off-script updates: {product.deviations};"
        f" updates without a reply: " + ", ".join(f"{c.name} {c.unanswered}" for c in everyone)
    )
    if on_postgres is not None:
        print(
            f"{'on PostgreSQL':>22}: agreements made {result['agreed_postgres']} of"
            f" {conversations}; off-script updates: {on_postgres.deviations}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", type=int, default=1000)
    parser.add_argument("--updates", type=int, default=10_000, help="per bot")
    parser.add_argument(
        "--concurrency", type=int, default=64, help="tasks_concurrency_limit of both bots"
    )
    parser.add_argument("--timeout", type=float, default=600, help="seconds a round may take")
    parser.add_argument(
        "--typed",
        action="store_true",
        help="cardholders type every answer (default: they tap buttons where offered)",
    )
    parser.add_argument(
        "--tracemalloc", action="store_true", help="also each bot's peak of Python allocations"
    )
    parser.add_argument(
        "--profile", type=Path, help="write a cProfile of the product's rounds here"
    )
    parser.add_argument(
        "--parts",
        action="store_true",
        help="also the CPU time an update of the product's parts (its database calls, the"
        " dialogue, rendering), added up during its rounds; slows the product a little",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="also run the product on this PostgreSQL database (empty; the bench imports its"
        " accounts), beside SQLite; 'postgresql' alone: on a throwaway server started for"
        " the run (initdb and pg_ctl, as the tests do)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    if args.tracemalloc:
        tracemalloc.start()
    with contextlib.ExitStack() as stack:
        postgres_url = None if args.db is None else stack.enter_context(_postgres(args.db))
        return _run(args, postgres_url)


@contextlib.contextmanager
def _postgres(url: str) -> Iterator[str]:
    """The PostgreSQL database to run on: ``url`` as it is, or for the bare word ``postgresql``
    a throwaway server of its own (``tests/support/postgres.py``), deleted at the end."""
    if url not in ("postgres", "postgresql"):
        yield url
        return
    from tests.support.postgres import Cluster, PostgresUnavailable, find_bindir

    try:
        cluster = Cluster(find_bindir())
    except PostgresUnavailable as why:
        raise SystemExit(f"--db postgresql: {why}") from None
    cluster.start()
    try:
        print(f"PostgreSQL: a throwaway server on port {cluster.port}", file=sys.stderr)
        yield cluster.create_database("bench")
    finally:
        cluster.stop()


def _run(args: argparse.Namespace, postgres_url: str | None) -> int:
    run: Callable[[], Awaitable[dict[str, Any]]] = lambda: measure(  # noqa: E731
        args.conversations, args.updates, args.concurrency, args.timeout, args.typed, postgres_url
    )
    global PROFILER, PARTS
    if args.parts:
        PARTS = _parts()
    if args.profile:
        import cProfile

        PROFILER = cProfile.Profile()
    result = asyncio.run(run())
    if PROFILER is not None:
        PROFILER.dump_stats(args.profile)
    print(
        "workload:",
        "every answer typed" if args.typed else "buttons tapped where offered, amounts typed",
    )
    report(result, args.conversations)
    if PARTS is not None:
        print("CPU by part, product on SQLite (the rest: aiogram, the fake, the event loop):")
        for line in PARTS.lines(result["product"].updates):
            print(line)
    return 0


def _parts() -> CpuParts:
    """The product's parts timed by ``--parts``. Each runs without yielding to the event loop
    on SQLite, so its CPU time is its own and nobody else's."""
    parts = CpuParts()
    parts.time(Database, "write", "database: writes (inbox, step, outbox)")
    parts.time(Database, "read", "database: reads")
    parts.time(service_steps, "step", "understanding and the dialogue")
    parts.time(Renderer, "text", "rendering the replies")
    parts.time(Dialogue, "to_json", "the state as JSON")
    return parts


if __name__ == "__main__":
    raise SystemExit(main())
