"""``overdue-bot desk list`` / ``desk show REF``: the specialists' queue on the command line.

Works with or without a desk group: with none configured, this is how hand-offs are read. It
shows what a summary card shows (the account reference, the last four digits, amounts, what
the cardholder said) and nothing more: no name, no full card number. What people typed is
printed without control characters or escape sequences (:mod:`bot.printable`).
"""

from __future__ import annotations

import sys

from bot.config import Settings
from bot.desk.queue import REASON_LABELS, Desk, Entry, masked
from bot.printable import printable
from bot.storage.db import configured_database
from bot.storage.models import Holder
from bot.texts import Texts, html_to_text


def _held(entry: Entry) -> str:
    """Who has the conversation now, as the first line of ``desk show`` says it."""
    if entry.holder is Holder.SPECIALIST:
        return f"held by {entry.specialist_name or entry.specialist_id}"
    if entry.holder is Holder.QUEUED:
        return "waiting"
    if entry.holder is Holder.CLOSED:
        return f"closed ({entry.outcome})" if entry.outcome else "closed"
    if entry.handoff_at is None:
        return "with the assistant, never handed off"
    return "back with the assistant"


def _line(entry: Entry, words: Texts, language: str) -> str:
    reason = words.label(REASON_LABELS[entry.reason], language) if entry.reason else "-"
    held = _held(entry)
    since = f"{entry.handoff_at:%Y-%m-%d %H:%M} UTC" if entry.handoff_at else "-"
    urgent = "URGENT " if entry.urgent else ""
    topic = f"topic {entry.topic_id}" if entry.topic_id else "no topic"
    return (
        f"{entry.account_ref:<12} {masked(entry.card_last4)}  {urgent}{reason}  "
        f"since {since}  {held}  {topic}"
    )


async def desk_command(action: str, ref: str | None, settings: Settings) -> int:
    async with configured_database(settings.database) as db:
        desk = Desk(db)
        texts = Texts(settings.bank)
        language = settings.specialists.language or settings.bank.default_language
        if action == "list":
            queue = await desk.queue()
            if not queue:
                print("no conversation is waiting for a specialist")
            for waiting in queue:
                print(_line(waiting, texts, language))
            return 0
        assert ref is not None
        entry = await desk.by_ref(ref)
        if entry is None:
            print(f"no conversation for account {ref!r}", file=sys.stderr)
            return 1
        from bot.channels.telegram.deskboard import DeskBoard, DeskTexts

        board = DeskBoard(DeskTexts(texts, settings), desk, settings.specialists.chat_id or 0)
        text = await board.card_text(entry.conversation_id)
        print(_line(entry, texts, language))
        print()
        print(printable(html_to_text(text or "")))  # the card's HTML, read once, for a terminal
        return 0


__all__ = ["desk_command"]
