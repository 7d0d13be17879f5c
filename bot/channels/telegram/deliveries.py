"""Which Telegram message carried which reply: written to the transcript in batches.

Each update waits until the ids of its own replies are written, so the record is complete when
the update is done; updates that finish together share one transaction, so a busy bot does not
commit once for every message it sends.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

from bot.service.steps import Assistant

log = logging.getLogger(__name__)


class DeliveryLog:
    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self._batch: list[tuple[int, int]] = []
        self._written: asyncio.Future[None] | None = None
        self._writer: asyncio.Task[None] | None = None

    async def record(self, deliveries: Sequence[tuple[int, int]]) -> None:
        """Note (transcript id, Telegram message id) pairs; returns once they are written."""
        if not deliveries:
            return
        if self._written is None:
            self._written = asyncio.get_running_loop().create_future()
        written = self._written
        self._batch.extend(deliveries)
        if self._writer is None:
            self._writer = asyncio.create_task(self._write())
        await asyncio.shield(written)

    async def _write(self) -> None:
        try:
            while self._batch:
                batch, written = self._batch, self._written
                self._batch, self._written = [], None
                try:
                    await self.assistant.record_deliveries(batch)
                except (
                    Exception
                ) as error:  # the messages were delivered; only their ids are missing
                    log.error(
                        "could not record %d delivered message id(s): %s",
                        len(batch),
                        type(error).__name__,
                    )
                if written is not None and not written.done():
                    written.set_result(None)
        finally:
            self._writer = None
