"""The terminal channel: the very same dialogue, typed at a prompt or piped in line by line.

Buttons are shown as lettered choices (``a)``, ``b)``…) so that a typed number is always an
answer (an amount, an option number) and never mistaken for a button.
"""

from __future__ import annotations

import asyncio
import string
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from sqlalchemy import make_url, select
from sqlalchemy.orm import Session
from sqlmodel import col

from bot.clock import Clock
from bot.config import ConfigError, Settings
from bot.fittedfiles import FittedFiles
from bot.operations.document import AgreementDocuments
from bot.service.rendering import Button, Rendered
from bot.service.steps import Assistant
from bot.storage.db import Database
from bot.storage.models import Account, Agreement, Cardholder, id_of
from bot.texts import Texts, html_to_text
from dialogs import events as ev
from dialogs.understanding import understanding

DEMO_REF = "DEMO-0001"
DEMO_USER = 1
LETTERS = string.ascii_lowercase

#: A believable overdue account per language, in that market's currency.
DEMO_ACCOUNTS = {
    "zh": dict(
        currency="CNY",
        balance="30000.00",
        overdue_amount="2600.00",
        minimum_payment="1500.00",
        timezone="Asia/Shanghai",
    ),
    "hu": dict(
        currency="HUF",
        balance="1200000",
        overdue_amount="96000",
        minimum_payment="60000",
        timezone="Europe/Budapest",
    ),
    "en": dict(
        currency="USD",
        balance="5000.00",
        overdue_amount="420.00",
        minimum_payment="250.00",
        timezone="America/New_York",
    ),
}


async def prepare_demo(db: Database, language: str, *, resume: bool) -> int:
    """The demo cardholder's id: a fresh account and conversation unless resuming."""
    return await db.write(_prepare_demo, language, resume=resume)


def _prepare_demo(session: Session, language: str, *, resume: bool) -> int:
    account = session.execute(
        select(Account).where(col(Account.ref) == DEMO_REF)
    ).scalar_one_or_none()
    cardholder = session.execute(
        select(Cardholder).where(
            col(Cardholder.channel) == "terminal", col(Cardholder.user_id) == DEMO_USER
        )
    ).scalar_one_or_none()
    if resume and account is not None and cardholder is not None:
        return id_of(cardholder)
    if account is not None:
        _forget_demo(session, account)
    spec = DEMO_ACCOUNTS[language]
    account = Account(
        ref=DEMO_REF,
        name="Demo Cardholder",
        card_last4="4321",
        currency=spec["currency"],
        balance=Decimal(spec["balance"]),
        overdue_amount=Decimal(spec["overdue_amount"]),
        minimum_payment=Decimal(spec["minimum_payment"]),
        days_past_due=95,
        annual_rate=Decimal("0.18"),
        language=language,
        timezone=spec["timezone"],
    )
    session.add(account)
    session.flush()
    cardholder = Cardholder(
        account_id=id_of(account), channel="terminal", user_id=DEMO_USER, chat_id=DEMO_USER
    )
    session.add(cardholder)
    session.flush()
    return id_of(cardholder)


def _forget_demo(session: Session, account: Account) -> None:
    """The demo starts over: its own rows go, nothing else is touched."""
    from sqlalchemy import delete

    from bot.storage.models import (
        Agreement,
        Conversation,
        Instalment,
        Invite,
        Offer,
        Reminder,
        TranscriptMessage,
    )

    conversation_ids = select(col(Conversation.id)).where(
        col(Conversation.account_id) == account.id
    )
    agreement_ids = select(col(Agreement.id)).where(col(Agreement.account_id) == account.id)
    instalment_ids = select(col(Instalment.id)).where(
        col(Instalment.agreement_id).in_(agreement_ids)
    )
    session.execute(delete(Reminder).where(col(Reminder.instalment_id).in_(instalment_ids)))
    session.execute(delete(Instalment).where(col(Instalment.agreement_id).in_(agreement_ids)))
    session.execute(delete(Agreement).where(col(Agreement.account_id) == account.id))
    session.execute(delete(Offer).where(col(Offer.conversation_id).in_(conversation_ids)))
    session.execute(
        delete(TranscriptMessage).where(
            col(TranscriptMessage.conversation_id).in_(conversation_ids)
        )
    )
    session.execute(delete(Conversation).where(col(Conversation.account_id) == account.id))
    session.execute(delete(Cardholder).where(col(Cardholder.account_id) == account.id))
    session.execute(delete(Invite).where(col(Invite.account_id) == account.id))
    session.delete(account)
    session.flush()


class TerminalChannel:
    """Prints replies, reads answers, turns a letter into a tapped button."""

    def __init__(
        self,
        assistant: Assistant,
        db: Database,
        cardholder_id: int,
        *,
        out: TextIO,
        echo: bool,
        documents: AgreementDocuments | None = None,
        folder: Path | None = None,
    ) -> None:
        self.assistant = assistant
        self.db = db
        self.cardholder_id = cardholder_id
        self.out = out
        self.echo = echo
        self.documents = documents
        self.folder = folder or Path.cwd()
        self.buttons: tuple[Button, ...] = ()
        self.turn = 0

    async def show(self, replies: list[Rendered]) -> None:
        for reply in replies:
            print(html_to_text(reply.text), file=self.out)
            if reply.attach == "agreement":
                await self.save_agreement(reply.conversation_id)
            if reply.buttons:
                self.buttons, self.turn = reply.buttons, reply.turn
                for letter, button in zip(LETTERS, reply.buttons, strict=False):
                    print(f"  {letter}) {button.label}", file=self.out)
            print(file=self.out)
        self.out.flush()

    async def save_agreement(self, conversation_id: int) -> None:
        """The terminal's way of handing over a document: a PDF file next to the demo's database."""
        if self.documents is None:
            return
        found = await self.db.read(_latest_agreement, conversation_id)
        if found is None:
            return
        agreement, timezone = found
        try:
            pdf = await asyncio.to_thread(self.documents.pdf, agreement, timezone)
        except ConfigError as problem:
            print(f"({problem})", file=self.out)
            return
        path = self.folder / self.documents.filename(agreement, timezone)
        path.write_bytes(pdf)
        print(f"📄 {path}", file=self.out)

    def event_for(self, line: str) -> ev.Event:
        text = line.strip()
        if len(text) == 1 and text.lower() in LETTERS[: len(self.buttons)]:
            return ev.Tap(self.buttons[LETTERS.index(text.lower())].value, self.turn)
        return ev.Text(text)

    async def run(self, read_line: Callable[[], str | None]) -> None:
        loop = asyncio.get_running_loop()
        await self.show(await self.assistant.handle(self.cardholder_id, ev.Start()))
        # input() blocks: read in a thread so the event loop and the database stay responsive.
        while (line := await loop.run_in_executor(None, read_line)) is not None:
            if self.echo:
                print(f"> {line.rstrip()}", file=self.out)
            event = self.event_for(line)
            inbound = line.strip() if isinstance(event, ev.Text) else None
            await self.show(
                await self.assistant.handle(self.cardholder_id, event, inbound_text=inbound)
            )


def _latest_agreement(session: Session, conversation_id: int) -> tuple[Agreement, str] | None:
    """The conversation's newest agreement, with its account's time zone."""
    found = session.execute(
        select(Agreement, col(Account.timezone))
        .join(Account, col(Account.id) == Agreement.account_id)
        .where(col(Agreement.conversation_id) == conversation_id)
        .order_by(col(Agreement.id).desc())
        .limit(1)
    ).first()
    return None if found is None else (found[0], found[1])


def _stdin_reader(prompt: str) -> Callable[[], str | None]:
    interactive = sys.stdin.isatty()

    def read() -> str | None:
        try:
            return input(prompt) if interactive else (sys.stdin.readline() or None)
        except EOFError:
            return None

    return read


def documents_folder(database_url: str) -> Path:
    """Where the demo's documents go: beside its SQLite file (the current directory otherwise)."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return Path(url.database).resolve().parent
    return Path.cwd()


async def run_demo(
    settings: Settings,
    *,
    language: str,
    resume: bool,
    database_url: str,
    out: TextIO | None = None,
    read_line: Callable[[], str | None] | None = None,
    clock: Clock | None = None,
) -> None:
    """Run the negotiation in the terminal; every step is saved, so ``--resume`` continues."""
    from bot.storage.db import open_database

    understanding(FittedFiles())  # ready before the greeting, not after the first answer
    db = await open_database(database_url, upgrade=settings.database.upgrade_on_start)
    try:
        texts = Texts(settings.bank)
        assistant = Assistant(db, settings, texts, clock)
        cardholder_id = await prepare_demo(db, language, resume=resume)
        echo = read_line is not None or not sys.stdin.isatty()
        channel = TerminalChannel(
            assistant,
            db,
            cardholder_id,
            out=out or sys.stdout,
            echo=echo,
            documents=AgreementDocuments(texts, settings.document),
            folder=documents_folder(database_url),
        )
        await channel.run(read_line or _stdin_reader("> "))
    finally:
        await db.close()
