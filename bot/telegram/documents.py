"""The accepted agreement as a PDF in the chat, and the proof of what was shown, on the agreement.

After "I agree" (and whenever the cardholder asks for it from ``/plan``) the agreement's stored
text is made into a PDF (:mod:`bot.document`, in a worker thread: it takes a fraction of a
second) and sent as a document. The agreement then records the Telegram ids of the message that
showed its text before the "I agree" and of the document, and the transcript has the document.

A document that cannot be made (no font for Chinese configured) or sent is logged and left out:
the agreement stands without it, and ``/plan`` offers it again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.types import BufferedInputFile
from sqlalchemy import select, update
from sqlmodel import col

from bot.clock import Clock
from bot.config import ConfigError
from bot.db import Database
from bot.document import AgreementDocuments
from bot.models import Account, Agreement, AgreementStatus, Direction, TranscriptMessage

log = logging.getLogger(__name__)


class AgreementMessages:
    def __init__(self, db: Database, documents: AgreementDocuments, clock: Clock,
                 writing: Callable[[], AbstractAsyncContextManager[None]]) -> None:
        self.db = db
        self.documents = documents
        self.clock = clock
        self.writing = writing

    async def send(self, bot: Bot, chat_id: int, conversation_id: int) -> int | None:
        """Send the conversation's current agreement as a PDF; its message id, or ``None``."""
        async with self.db.session() as session:
            found = (await session.execute(
                select(Agreement, Account.timezone)
                .join(Account, col(Account.id) == Agreement.account_id)
                .where(Agreement.conversation_id == conversation_id,
                       col(Agreement.status).in_((AgreementStatus.ACTIVE, AgreementStatus.COMPLETED)))
                .order_by(col(Agreement.id).desc())
                .limit(1)
            )).first()
        if found is None:
            return None
        agreement, timezone = found
        try:
            pdf = await asyncio.to_thread(self.documents.pdf, agreement, timezone)
        except ConfigError as problem:
            log.error("agreement %s: no document made: %s", agreement.id, problem)
            return None
        name = self.documents.filename(agreement, timezone)
        try:
            message = await bot.send_document(chat_id, BufferedInputFile(pdf, filename=name))
        except (TelegramAPIError, TelegramNetworkError) as error:
            log.warning("agreement %s: document not sent (%s)", agreement.id, type(error).__name__)
            return None
        await self._record(agreement, name, message.message_id)
        log.info("agreement %s: document sent (%d bytes)", agreement.id, len(pdf))
        return message.message_id

    async def _record(self, agreement: Agreement, name: str, message_id: int) -> None:
        async with self.writing(), self.db.session() as session, session.begin():
            shown = (await session.execute(
                select(TranscriptMessage.telegram_message_id)
                .where(TranscriptMessage.conversation_id == agreement.conversation_id,
                       TranscriptMessage.direction == Direction.OUT,
                       TranscriptMessage.text == agreement.text,
                       col(TranscriptMessage.telegram_message_id).is_not(None))
                .order_by(col(TranscriptMessage.id).desc())
                .limit(1)
            )).scalar_one_or_none()
            ids = [i for i in [*agreement.message_ids, shown, message_id] if i is not None]
            await session.execute(
                update(Agreement).where(col(Agreement.id) == agreement.id)
                .values(message_ids=list(dict.fromkeys(ids)))
            )
            session.add(TranscriptMessage(conversation_id=agreement.conversation_id, direction=Direction.OUT,
                                          author="assistant", text=f"[document] {name} sha256={agreement.sha256}",
                                          telegram_message_id=message_id, at=self.clock.now()))
