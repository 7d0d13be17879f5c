"""The Telegram bot as one object: ``TelegramApp(settings).run()`` until ``stop()``.

    Bot (sending.py: aiogram's session to [telegram] api_base; HTML, no previews; 429s waited out)
     └─ Dispatcher: Gate (per-chat order, in-flight count) -> routers (cardholders; the desk later)
          handlers receive assistant, directory, outbox, texts, settings by name (no globals)
     └─ ReminderDispatcher loop: due reminders and payment thanks, each a dialogue step, sent once

At start the token is checked and the Bot API reached (startup.py: a refused token stops the
app with a ConfigError, an unreachable Bot API is waited for with backoff). Updates come by long
polling (the default) or, with ``mode = "webhook"``, as POSTs to an aiohttp server that refuses
any request without the secret header, or whose body is not an update, after ``setWebhook``
told Telegram the address and the secret; either way through the inbox (inbox.py), which
stores each update before Telegram is told it arrived. A stop lets the updates already inside
finish, then closes the bot's session and the database (if the app opened it).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import secrets
import signal
from collections.abc import Sequence
from typing import Any

from aiogram import Bot, Dispatcher, Router
from aiohttp import web

from bot.channels.telegram import cardholders
from bot.channels.telegram.commands import register_commands
from bot.channels.telegram.desk import DeskLoop, build_desk
from bot.channels.telegram.directory import Directory
from bot.channels.telegram.documents import AgreementMessages, PdfMaker
from bot.channels.telegram.gate import Gate
from bot.channels.telegram.inbox import Inbox
from bot.channels.telegram.logs import guarded_logs
from bot.channels.telegram.outbox import Outbox
from bot.channels.telegram.reminders import TelegramReminders
from bot.channels.telegram.sending import Sleep, close_bot, telegram_bot
from bot.channels.telegram.startup import check_token, reach_telegram
from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.fittedfiles import FittedFiles
from bot.instances import instance_name
from bot.operations.attempts import InviteLimits
from bot.reminders import ReminderDispatcher
from bot.service.steps import Assistant
from bot.storage.db import Database, open_database
from bot.texts import Texts
from dialogs.understanding import understanding

log = logging.getLogger(__name__)

#: How long a stop waits for updates already being handled.
DRAIN_SECONDS = 30.0


def build_dispatcher(
    assistant: Assistant,
    directory: Directory,
    outbox: Outbox,
    gate: Gate,
    *,
    texts: Texts,
    settings: Settings,
    clock: Clock,
    desk_routers: Sequence[Router] = (),
) -> Dispatcher:
    # No aiogram FSM: where a conversation stands is the dialogue's state, saved in the database
    # (so it survives restarts and is shared by instances); its middleware would only cost time.
    dp = Dispatcher(disable_fsm=True)
    dp.update.outer_middleware(gate)
    dp["assistant"] = assistant
    dp["directory"] = directory
    dp["outbox"] = outbox
    dp["texts"] = texts
    dp["settings"] = settings
    dp["clock"] = clock
    dp.include_routers(*desk_routers)  # the desk's relay comes before the cardholders' dialogue
    dp.include_router(cardholders.router())
    return dp


class TelegramApp:
    def __init__(
        self,
        settings: Settings,
        clock: Clock | None = None,
        db: Database | None = None,
        *,
        handle_signals: bool = True,
        sleep: Sleep = asyncio.sleep,
        name: str | None = None,
    ) -> None:
        config = settings.telegram
        check_token(config.token.get_secret_value())
        understanding(FittedFiles())  # ready before the first update, not while someone waits
        self.settings = settings
        self.clock = clock or SystemClock()
        self.handle_signals = handle_signals
        self.sleep = sleep
        #: Who this instance is in the rows it claims or leases (default ``host:pid``).
        self.name = name or instance_name()
        self.webhook_secret = config.webhook_secret.get_secret_value()
        if config.mode == "webhook" and not self.webhook_secret:
            # Telegram sends back whatever we register; one instance can make up its own.
            self.webhook_secret = secrets.token_urlsafe(32)
            log.warning(
                "telegram.webhook_secret is not set: using a random one "
                "(several instances need a shared one)"
            )
        self._db = db
        self._owns_db = db is None
        self.gate = Gate()
        self.bot: Bot | None = None
        self.dispatcher: Dispatcher | None = None
        self.assistant: Assistant | None = None
        self.reminders: ReminderDispatcher | None = None
        self.outbox: Outbox | None = None
        self.desk_loop: DeskLoop | None = None
        self.inbox: Inbox | None = None
        self._stop = asyncio.Event()
        self._finished = asyncio.Event()
        self._running = False

    # --- lifecycle -----------------------------------------------------------------------

    async def run(self) -> None:
        """Serve until :meth:`stop` (or SIGTERM/SIGINT with ``handle_signals``)."""
        if self._running or self._finished.is_set():
            raise RuntimeError("a TelegramApp runs once; make a new one to start again")
        if self._stop.is_set():  # stopped before it started
            return
        self._running = True
        config = self.settings.telegram
        # From the very start: a stop while starting (waiting for Telegram, starting the PDF
        # workers) ends the start cleanly instead of killing the process mid-way.
        loop = asyncio.get_running_loop()
        signals = (signal.SIGTERM, signal.SIGINT) if self.handle_signals else ()
        for sig in signals:
            loop.add_signal_handler(sig, self._stop_on, sig)
        try:
            with guarded_logs(config.token.get_secret_value(), self.webhook_secret):
                await self._run()
        finally:
            for sig in signals:
                loop.remove_signal_handler(sig)
            self._running = False
            self._finished.set()

    async def stop(self) -> None:
        """Ask the app to stop and wait until it has (if it is running)."""
        self._stop.set()
        if self._running:
            await self._finished.wait()

    async def _run(self) -> None:
        config = self.settings.telegram
        if self._db is None:
            database = self.settings.database
            self._db = await open_database(database.url, upgrade=database.upgrade_on_start)
        db = self._db
        bot = telegram_bot(config.token.get_secret_value(), config.api_base, sleep=self.sleep)
        pdfs: PdfMaker | None = None
        reached: bool | None = None  # None: the token was refused, a configuration problem
        try:
            reached = await reach_telegram(bot, config.api_base, self._pause)
            if not reached:
                return  # stopped before Telegram answered
            texts = Texts(self.settings.bank)
            assistant = Assistant(db, self.settings, texts, self.clock)
            bank = self.settings.bank
            directory = Directory(
                db,
                limits=InviteLimits(
                    per_user_hour=bank.invite_failures_per_user_hour,
                    per_account_day=bank.invite_failures_per_account_day,
                ),
            )
            pdfs = PdfMaker(texts, self.settings.document)
            pdfs.start()
            agreements = AgreementMessages(db, pdfs)
            outbox = Outbox(
                db,
                directory,
                texts,
                self.settings.bank.default_language,
                self.clock,
                agreements,
                holder=self.name,
                changed=assistant.handed_over,
            )
            assistant.outgoing = outbox.queue  # replies are written with their steps
            _desk, self.desk_loop, desk_routers = build_desk(
                bot=bot,
                db=db,
                texts=texts,
                assistant=assistant,
                outbox=outbox,
                settings=self.settings,
                clock=self.clock,
                name=self.name,
            )
            dp = build_dispatcher(
                assistant,
                directory,
                outbox,
                self.gate,
                texts=texts,
                settings=self.settings,
                clock=self.clock,
                desk_routers=desk_routers,
            )
            self.bot, self.dispatcher, self.assistant, self.outbox = bot, dp, assistant, outbox
            self.reminders = ReminderDispatcher(
                db,
                self.settings.reminders,
                self.clock,
                TelegramReminders(bot, assistant, outbox),
                self.name,
                changed=assistant.handed_over,
            )
            await register_commands(bot, texts, self.settings.bank.default_language)
            background = asyncio.create_task(
                self.reminders.run_forever(self._stop), name="reminders"
            )
            desk_task = asyncio.create_task(self.desk_loop.run(self._stop), name="desk")
            outbox_task = asyncio.create_task(outbox.run(bot, self._stop), name="outbox")
            inbox = Inbox(
                db,
                dp,
                bot,
                self.clock,
                concurrency=config.tasks_concurrency_limit,
                sleep=self.sleep,
            )
            self.inbox = inbox
            try:
                if config.mode == "webhook":
                    await inbox.recover()
                    await self._serve_webhook(inbox, bot, dp)
                else:
                    await self._poll(inbox, bot)
            finally:
                self._stop.set()  # the loops end with the bot, however it ended
                await background
                await desk_task
                await outbox_task
        finally:
            if self.inbox is not None:  # each update settled, its delivery records written
                await self.inbox.drained(DRAIN_SECONDS)
            await self.gate.drained(DRAIN_SECONDS)
            if self.outbox is not None:  # what the last steps owe, if Telegram takes it now
                await self.outbox.finish(bot, DRAIN_SECONDS)
            await close_bot(bot)
            if pdfs is not None:
                await asyncio.to_thread(pdfs.close)
            if self._owns_db:
                await db.close()
                self._db = None
            if reached is not None:  # a refusal is said once, by the caller
                log.info("telegram bot stopped")

    async def _pause(self, seconds: float) -> bool:
        """Wait ``seconds`` unless asked to stop first; whether to go on."""
        sleeping = asyncio.ensure_future(self.sleep(seconds))
        stopping = asyncio.ensure_future(self._stop.wait())
        try:
            await asyncio.wait({sleeping, stopping}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiting in (sleeping, stopping):
                waiting.cancel()
        return not self._stop.is_set()

    # --- long polling --------------------------------------------------------------------

    async def _poll(self, inbox: Inbox, bot: Bot) -> None:
        await bot.delete_webhook(
            drop_pending_updates=False
        )  # getUpdates is refused while one is set
        await inbox.recover()
        await inbox.poll(self._stop)

    # --- webhook -------------------------------------------------------------------------

    def _stop_on(self, sig: signal.Signals) -> None:
        log.info("received %s: stopping", sig.name)
        self._stop.set()

    async def _serve_webhook(self, inbox: Inbox, bot: Bot, dp: Dispatcher) -> None:
        config = self.settings.telegram
        app = web.Application()
        app.router.add_post(config.webhook_path, inbox.webhook_handler(self.webhook_secret))
        runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=5.0)
        await runner.setup()
        site = web.TCPSite(runner, config.listen_host, config.listen_port)
        try:
            await site.start()
            log.info(
                "webhook server listening on %s:%s%s",
                config.listen_host,
                config.listen_port,
                config.webhook_path,
            )
            await bot.set_webhook(
                config.webhook_url,
                secret_token=self.webhook_secret,
                allowed_updates=dp.resolve_used_update_types(),
                drop_pending_updates=False,
            )
            await self._stop.wait()
        finally:
            await site.stop()  # no new updates; those inside finish before the session closes
            await inbox.drained(DRAIN_SECONDS)
            await runner.cleanup()


async def run_bot(settings: Settings, **options: Any) -> None:
    """``overdue-bot run``: the bot until SIGTERM or Ctrl-C."""
    tune_collector()
    await TelegramApp(settings, **options).run()


#: Net new objects between two collections of the youngest generation (Python's default: 700).
COLLECT_AFTER = 50_000


def tune_collector() -> None:
    """Tune Python's cyclic garbage collector for a long-running bot; once, at start.

    With the defaults a busy bot collects every few hundred new objects, and the older generations
    often enough that scanning the whole heap took a quarter of its time (bench/throughput.py).
    What is loaded by now (modules, schemas) is frozen out of collections for good, and the
    youngest generation is collected every :data:`COLLECT_AFTER` new objects: reference counting
    frees almost everything a step makes anyway; collections only find cycles.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(COLLECT_AFTER, 20, 20)
