"""The accepted agreement as a PDF in the chat, and the proof of what was shown, on the agreement.

After "I agree" (and whenever the cardholder asks for it from ``/plan``) the agreement's stored text
is made into a PDF (:mod:`bot.operations.document`, in a worker process: it takes a fraction of a
second of CPU) and sent as a document. The agreement then records the Telegram ids of the message
that showed its text before the "I agree" and of the document, and the transcript has the document.

The document is owed like any reply (``outbox.py``): made and sent in its turn, retried when
Telegram fails. One that cannot be made (no font for Chinese configured) is logged and left out:
the agreement stands without it, and ``/plan`` offers it again.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import multiprocessing
import os
from collections.abc import Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from aiogram.types import BufferedInputFile
from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlmodel import col

from bot.config import BankConfig, DocumentConfig
from bot.lifeline import follow_parent
from bot.operations.document import AgreementDocuments
from bot.service.records import insert_transcript
from bot.storage.db import Database
from bot.storage.models import (
    Account,
    Agreement,
    AgreementStatus,
    Direction,
    TranscriptMessage,
    table_of,
)
from bot.texts import Texts

log = logging.getLogger(__name__)

_AGREEMENTS = table_of(Agreement)


class PdfMaker:
    """Makes agreement PDFs in worker processes (``workers`` > 0) or a thread, off the event loop.

    fpdf2 is pure Python: in a thread it holds the interpreter lock for the whole document, and
    every chat waits. A process of its own (started on first use, with its own fonts and
    catalogs) keeps the bot answering while a document is made. Each worker ends with the bot,
    however the bot ends (:mod:`bot.lifeline`).
    """

    def __init__(self, texts: Texts, config: DocumentConfig) -> None:
        self.bank = texts.bank
        self.config = config
        self.documents = AgreementDocuments(texts, config)  # fonts checked (and logged) at start
        self._pool: ProcessPoolExecutor | None = None

    def start(self) -> list[Future[None]]:
        """Start the workers now (a fresh interpreter takes a second or two), not at the first
        "I agree"; done when they have started (none with ``workers = 0`` or when started)."""
        if not self.config.workers or self._pool is not None:
            return []
        self._pool = ProcessPoolExecutor(
            self.config.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(os.getpid(), self.bank, self.config),
        )
        return [self._pool.submit(_ready) for _ in range(self.config.workers)]

    async def document(self, agreement: Mapping[str, Any], timezone: str) -> tuple[str, bytes]:
        """The file's name and the PDF of an agreement, given by its columns (it is not built here:
        a step hands over what it wrote, and building the model costs more than handing it on)."""
        if self.config.workers == 0:
            return await asyncio.to_thread(_document, self.documents, dict(agreement), timezone)
        self.start()
        assert self._pool is not None
        return await asyncio.get_running_loop().run_in_executor(
            self._pool, _worker_document, dict(agreement), timezone
        )

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


_worker_documents: AgreementDocuments | None = None


def _start_worker(parent_pid: int, bank: BankConfig, config: DocumentConfig) -> None:
    follow_parent(parent_pid)  # first: a bot killed while this one starts is noticed too
    _load_documents(bank, config)


def _load_documents(bank: BankConfig, config: DocumentConfig) -> None:
    global _worker_documents
    _worker_documents = AgreementDocuments(Texts(bank), config)


def _ready() -> None:
    """Nothing: submitted once per worker so each starts at once."""


def _document(
    documents: AgreementDocuments, row: dict[str, Any], timezone: str
) -> tuple[str, bytes]:
    agreement = Agreement.model_validate(row)
    return documents.filename(agreement, timezone), documents.pdf(agreement, timezone)


def _worker_document(row: dict[str, Any], timezone: str) -> tuple[str, bytes]:
    """One document, with the cyclic garbage collector paused while it is made.

    fontTools reads the whole font to cut each document's subset: a Chinese agreement makes a
    few hundred thousand objects that live until the document is done, and the collector went
    over them (and everything else in the process) again and again: a third of the time. The
    worker makes one document at a time and nothing else; what is left in cycles is collected
    as usual once the collector runs again (reference counting frees the rest as it goes).
    """
    assert _worker_documents is not None
    gc.disable()
    try:
        return _document(_worker_documents, row, timezone)
    finally:
        gc.enable()


def _agreement(
    session: Session, conversation_id: int, agreement_id: int | None
) -> tuple[dict[str, Any], str] | None:
    """The agreement's columns and the cardholder's time zone."""
    query = (
        select(Agreement, col(Account.timezone))
        .join(Account, col(Account.id) == Agreement.account_id)
        .where(col(Agreement.conversation_id) == conversation_id)
    )
    if agreement_id is not None:
        query = query.where(col(Agreement.id) == agreement_id)
    else:
        query = query.where(
            col(Agreement.status).in_((AgreementStatus.ACTIVE, AgreementStatus.COMPLETED))
        )
    found = session.execute(query.order_by(col(Agreement.id).desc()).limit(1)).first()
    return None if found is None else (found[0].model_dump(), found[1])


class AgreementMessages:
    def __init__(self, db: Database, maker: PdfMaker) -> None:
        self.db = db
        self.maker = maker

    async def document(
        self, conversation_id: int, agreement_id: int | None = None
    ) -> Document | None:
        """The agreement (``agreement_id``, else the conversation's current one) as a PDF, or
        ``None`` when there is no such agreement. Raises :class:`ConfigError` when the document
        cannot be made."""
        found = await self.db.read(_agreement, conversation_id, agreement_id)
        if found is None:
            return None
        agreement, timezone = found
        name, pdf = await self.maker.document(agreement, timezone)
        return Document(agreement, name, pdf)


@dataclass(frozen=True, slots=True)
class Document:
    """An agreement's PDF, ready to send."""

    agreement: Mapping[str, Any]
    name: str
    pdf: bytes

    def file(self) -> BufferedInputFile:
        return BufferedInputFile(self.pdf, filename=self.name)


def record_document(session: Session, document: Document, message_id: int, now: datetime) -> None:
    """The document is in the chat: the agreement notes its message (and the one that showed its
    text), and the transcript has it."""
    agreement = document.agreement
    # The message that showed the agreement's text: its last delivered copy.
    shown = session.scalars(
        select(col(TranscriptMessage.telegram_message_id))
        .where(
            col(TranscriptMessage.conversation_id) == agreement["conversation_id"],
            col(TranscriptMessage.direction) == Direction.OUT,
            col(TranscriptMessage.text) == agreement["text"],
            col(TranscriptMessage.telegram_message_id).is_not(None),
        )
        .order_by(col(TranscriptMessage.id).desc())
        .limit(1)
    ).first()
    ids = [i for i in [*agreement["message_ids"], shown, message_id] if i is not None]
    session.execute(
        update(_AGREEMENTS)
        .where(_AGREEMENTS.c.id == agreement["id"])
        .values(message_ids=list(dict.fromkeys(ids)))
    )
    insert_transcript(
        session,
        [
            {
                "conversation_id": agreement["conversation_id"],
                "at": now,
                "direction": Direction.OUT,
                "author": "assistant",
                "text": f"[document] {document.name} sha256={agreement['sha256']}",
                "telegram_message_id": message_id,
                "reminder_id": None,
            }
        ],
    )
