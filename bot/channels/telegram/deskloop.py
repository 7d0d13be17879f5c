"""The desk's background work: cards for new hand-offs, alarms for untaken ones, silences.

Driven from the database, not from the handler that made the hand-off, so nothing is lost to a
crash or a restart; the runtime wakes the loop after a hand-off so the card comes at once, and it
otherwise looks every ``[specialists] poll_seconds``. Time comes from the injected clock.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from zoneinfo import ZoneInfo

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError

from bot.channels.telegram.deskboard import DeskBoard
from bot.channels.telegram.outbox import Outbox
from bot.clock import Clock
from bot.config import Settings
from bot.desk.queue import Desk, realert_cutoff
from bot.reminders import in_quiet_hours
from bot.service.facts import specialists_working
from bot.service.steps import Assistant
from dialogs import events as ev

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[object]]


class DeskLoop:
    """Background work of the desk; :meth:`wake` makes it look at once (after a hand-off)."""

    def __init__(
        self,
        *,
        bot: Bot,
        desk: Desk,
        board: DeskBoard | None,
        assistant: Assistant,
        outbox: Outbox,
        settings: Settings,
        clock: Clock,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.bot = bot
        self.desk = desk
        self.board = board
        self.assistant = assistant
        self.outbox = outbox
        self.settings = settings
        self.clock = clock
        self.sleep = sleep
        self._wake = asyncio.Event()
        self._pass = asyncio.Lock()

    def wake(self) -> None:
        self._wake.set()

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            self._wake.clear()
            await self.run_once()
            waits = {
                asyncio.ensure_future(self._wake.wait()),
                asyncio.ensure_future(stop.wait()),
                asyncio.ensure_future(self.sleep(self.settings.specialists.poll_seconds)),
            }
            try:
                await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for waiting in waits:
                    waiting.cancel()

    async def run_once(self) -> None:
        """One pass: cards, alarms, silences. A failure is logged and tried again next pass."""
        async with self._pass:
            for work in (self.post_cards, self.raise_alarms, self.notice_silence):
                try:
                    await work()
                except (TelegramAPIError, TelegramNetworkError) as error:
                    log.warning("desk: %s failed: %s", work.__name__, type(error).__name__)
                except Exception as error:  # the loop must go on; no values logged
                    log.error("desk: %s failed: %s", work.__name__, type(error).__name__)

    async def post_cards(self) -> None:
        if self.board is None:
            return  # no group: the queue is read with `overdue-bot desk list`
        for entry in await self.desk.needing_card():
            await self.board.post_card(self.bot, entry, self.clock.now())
        for entry in await self.desk.handed_off_again():
            await self.board.handed_off_again(self.bot, entry, self.clock.now())

    async def raise_alarms(self) -> None:
        if self.board is None:
            return
        now = self.clock.now()
        minutes = self.settings.specialists.realert_minutes
        working = specialists_working(self.settings, now)
        cutoff = realert_cutoff(now, minutes)
        for entry in await self.desk.untaken(cutoff):
            if (entry.urgent or working) and entry.topic_id is not None:
                if not await self.desk.claim_alarm(entry.conversation_id, cutoff, now):
                    continue  # raised meanwhile (by another instance)
                waited = int((now - (entry.handoff_at or now)).total_seconds() // 60)
                await self.board.alert(self.bot, entry, entry.topic_id, minutes=waited)

    async def notice_silence(self) -> None:
        """A nudge after ``silence_nudge_hours``; a person after ``silence_handoff_hours`` in all.

        Silence counts from the conversation's last change (typed text and taps alike); the
        nudge itself is a change, so the hand-off follows the rest of the hours after it.
        Nothing is sent in the cardholder's quiet hours: it waits for the next pass after them.
        """
        now = self.clock.now()
        policy, quiet = self.settings.policy_value, self.settings.reminders
        nudge_after = timedelta(hours=policy.silence_nudge_hours)
        handoff_after = timedelta(
            hours=max(1, policy.silence_handoff_hours - policy.silence_nudge_hours)
        )
        for entry, nudged in await self.desk.silent(now - min(nudge_after, handoff_after)):
            wait = handoff_after if nudged else nudge_after
            if entry.updated_at > now - wait:
                continue
            local = now.astimezone(ZoneInfo(entry.timezone)).time()
            if in_quiet_hours(local, quiet.quiet_start, quiet.quiet_end):
                continue
            hours = int((now - entry.updated_at).total_seconds() // 3600)
            # Only if nothing happened since it was read (another instance's nudge included).
            await self.assistant.handle(
                entry.cardholder_id, ev.Silence(hours), if_version=entry.version
            )
            await self.outbox.flush(self.bot, entry.cardholder_chat_id)
