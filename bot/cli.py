"""``overdue-bot``: the bank operations' command line.

    overdue-bot demo [--lang zh|hu|en] [--resume]     the negotiation in the terminal
    overdue-bot accounts import FILE.csv              add or update overdue accounts
    overdue-bot accounts invite REF                   a single-use deep link for one account
    overdue-bot accounts unlock REF                   lift identity locks and invite limits
    overdue-bot payments import FILE.csv              payments received (idempotent by reference)
    overdue-bot run                                   the Telegram bot
    overdue-bot desk list                             hand-offs waiting or held by a specialist
    overdue-bot desk show REF                         one conversation's summary card
    overdue-bot inbox quarantined                     updates that could not be read or handled
    overdue-bot outbox undelivered                    messages Telegram never took, and why
    overdue-bot db upgrade [REV]                      the schema to this version's (or REV)
    overdue-bot db current                            the schema's revision
    overdue-bot db downgrade REV                      the schema back to REV

Configuration comes from ``--config FILE`` or ``$OVERDUE_BOT_CONFIG`` (see config.example.toml);
a configuration problem stops with a message naming the key and exit status 2, and so does a
database that cannot be used or a bot token Telegram refuses.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.config import ConfigError, Settings, load_settings
from dialogs.domain.vocabulary import LANGUAGES

if TYPE_CHECKING:
    from bot.storage.db import Database

DEMO_DATABASE = "overdue-bot-demo.db"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="overdue-bot", description="Overdue credit card repayment assistant."
    )
    parser.add_argument(
        "--config", help="configuration file (default: $OVERDUE_BOT_CONFIG, else built-in defaults)"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    demo = commands.add_parser("demo", help="run the negotiation in the terminal")
    demo.add_argument("--lang", choices=LANGUAGES, default="en")
    demo.add_argument("--resume", action="store_true", help="continue the last demo conversation")
    demo.add_argument(
        "--db",
        help="SQLite file for the demo (default: the configured database.url if a configuration "
        f"sets one, else {DEMO_DATABASE})",
    )

    accounts = commands.add_parser(
        "accounts", help="import accounts, create invite links, unlock"
    ).add_subparsers(dest="action", required=True)
    imports = accounts.add_parser("import", help="import or update accounts from a CSV file")
    imports.add_argument("file", type=Path)
    invite = accounts.add_parser("invite", help="print a single-use invite link for an account")
    invite.add_argument("ref")
    unlock = accounts.add_parser(
        "unlock",
        help="lift the account's identity locks (new tries) and its limit on invite attempts",
    )
    unlock.add_argument("ref")

    payments = commands.add_parser(
        "payments", help="import payments the bank received"
    ).add_subparsers(dest="action", required=True)
    payments.add_parser(
        "import", help="import payments from a CSV file (account_ref,amount,paid_at,reference)"
    ).add_argument("file", type=Path)

    commands.add_parser("run", help="run the Telegram bot")

    desk = commands.add_parser("desk", help="the specialists' queue").add_subparsers(
        dest="action", required=True
    )
    desk.add_parser("list", help="conversations waiting for or held by a specialist")
    show = desk.add_parser("show", help="one conversation's summary card")
    show.add_argument("ref", help="the account reference")

    db = commands.add_parser("db", help="the database's schema (its migrations)").add_subparsers(
        dest="action", required=True
    )
    db.add_parser(
        "upgrade",
        help="upgrade the schema to this version's, or to REV (adopts a database made "
        "before migrations)",
    ).add_argument("revision", nargs="?", default="head", metavar="REV")
    db.add_parser("current", help="the schema's revision, and whether it is this version's")
    db.add_parser(
        "downgrade", help="downgrade the schema to REV (base: no tables at all)"
    ).add_argument("revision", metavar="REV")

    inbox = commands.add_parser("inbox", help="updates received from Telegram").add_subparsers(
        dest="action", required=True
    )
    inbox.add_parser("quarantined", help="updates that could not be read or handled")

    outbox = commands.add_parser("outbox", help="messages owed to chats").add_subparsers(
        dest="action", required=True
    )
    outbox.add_parser("undelivered", help="messages Telegram never took, and why")

    understanding = commands.add_parser(
        "understanding", help="what cardholders typed that was not understood"
    ).add_subparsers(dest="action", required=True)
    misses = understanding.add_parser("misses", help="messages not understood, by step")
    misses.add_argument("--since", type=date.fromisoformat, help="from this day on (YYYY-MM-DD)")
    misses.add_argument("--lang", choices=LANGUAGES)
    understanding.add_parser("check", help="score the layer on the held-out evaluation set")
    understanding.add_parser(
        "withhold", help="keep the held-out texts out of what the layer learns (in a checkout)"
    )
    understanding.add_parser(
        "prepare", help="work out the rules' patterns once for every later start (the build)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings(args.config)
    except ConfigError as error:
        print(f"overdue-bot: {error}", file=sys.stderr)
        return 2
    start_logging(settings, args.command)
    try:
        return asyncio.run(dispatch(args, settings))
    except ConfigError as error:  # a database that cannot be used, a token Telegram refuses, …
        print(f"overdue-bot: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        if args.command == "demo":
            print(
                "\nStopped. Your conversation is saved: overdue-bot demo --resume", file=sys.stderr
            )
        return 130


def start_logging(settings: Settings, command: str) -> None:
    """Log lines to standard error: ``run`` at ``[logging] level``; the other commands print
    what they did and log only warnings and errors (less with ERROR or CRITICAL).

    ``[database] echo`` turns on SQLAlchemy's statement log (``sqlalchemy.engine`` at INFO) through
    these same lines, rather than its ``echo`` flag, which adds a handler of its own on standard
    output: every statement twice, once outside the bot's log hygiene, and among a command's
    output. The engine never logs the statements' values (:mod:`bot.storage.db`).
    """
    level = logging.getLevelNamesMapping()[settings.logging.level]
    logging.basicConfig(
        level=level if command == "run" else max(level, logging.WARNING),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if settings.database.echo:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)
    # Alembic's own lines (its plugins, its context) say nothing to an operator: an upgrade at
    # start is logged in one line of ours (bot.storage.schema).
    logging.getLogger("alembic").setLevel(max(level, logging.WARNING))


async def dispatch(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "demo":
        from bot.channels.terminal import run_demo

        await run_demo(
            settings,
            language=args.lang,
            resume=args.resume,
            database_url=demo_database(args.db, settings),
        )
        return 0
    if args.command == "accounts":
        return await accounts_command(args, settings)
    if args.command == "payments":
        return await payments_command(args, settings)
    if args.command == "desk":
        from bot.desk.cli import desk_command

        return await desk_command(args.action, getattr(args, "ref", None), settings)
    if args.command == "inbox":
        return await inbox_command(settings)
    if args.command == "outbox":
        return await outbox_command(settings)
    if args.command == "db":
        return await db_command(args.action, getattr(args, "revision", None), settings)
    if args.command == "understanding":
        from bot import understandingcli

        if args.action == "check":
            return understandingcli.check()
        if args.action == "withhold":
            return understandingcli.withhold()
        if args.action == "prepare":
            return understandingcli.prepare()
        return await understandingcli.misses(settings, args.since, args.lang)
    if args.command == "run":
        from bot.channels.telegram.app import run_bot

        await run_bot(settings)  # no token, a refused one: a ConfigError, exit status 2
        return 0
    return 2


async def db_command(action: str, revision: str | None, settings: Settings) -> int:
    """``db upgrade|current|downgrade``: what the schema is, or was and is now."""
    from sqlalchemy import make_url

    from bot.storage import schema
    from bot.storage.db import on_schema

    url = settings.database.url
    if action == "current":
        said = await on_schema(url, schema.describe_current)
    else:
        change = await on_schema(
            url, schema.upgrade if action == "upgrade" else schema.downgrade, revision or "head"
        )
        moved = change.before != change.after and not change.adopted
        said = f"{action}d {change}" if moved else str(change)
    print(f"{make_url(url).render_as_string(hide_password=True)}: {said}")
    return 0


def demo_database(file: str | None, settings: Settings) -> str:
    """The demo's database: ``--db FILE``, else ``[database] url`` if the configuration (file or
    environment) sets it, else a file of its own beside an operator's ``overdue-bot.db``."""
    if file:
        return f"sqlite:///{file}"
    if "url" in settings.database.model_fields_set:
        return settings.database.url
    return f"sqlite:///{DEMO_DATABASE}"


async def inbox_command(settings: Settings) -> int:
    """``inbox quarantined``: when, which update and why; never what it says (may be personal)."""
    from bot.storage.db import configured_database
    from bot.storage.inbox import quarantined_updates

    async with configured_database(settings.database) as db:
        rows = await db.read(quarantined_updates)
    if not rows:
        print("no quarantined updates")
    for row in rows:
        print(f"{row.received_at:%Y-%m-%d %H:%M} UTC  update {row.update_id}  {row.error}")
    return 0


async def outbox_command(settings: Settings) -> int:
    """``outbox undelivered``: when, to which conversation, what kind, and Telegram's answer."""
    from bot.printable import printable
    from bot.storage.db import configured_database
    from bot.storage.outbox import undelivered

    async with configured_database(settings.database) as db:
        rows = await db.read(undelivered)
    if not rows:
        print("every message owed was delivered (or is still being tried)")
    for row in rows:
        settled = row.settled_at or row.created_at
        print(
            f"{settled:%Y-%m-%d %H:%M} UTC  conversation {row.conversation_id}  {row.kind}"
            f"  {row.status}  {printable(row.error or '')}"
        )
    return 0


async def import_file(
    path: Path, run: Callable[[], Awaitable[Any]], summary: Callable[[Any], str]
) -> int:
    """One CSV import: its summary, or why nothing was imported (line by line),
    as an exit status."""
    from bot.operations.csvfile import ImportFailed

    try:
        result = await run()
    except ImportFailed as failure:
        print(f"{path}: nothing imported:\n{failure}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"{path}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"{path}: {summary(result)}")
    return 0


async def payments_command(args: argparse.Namespace, settings: Settings) -> int:
    from bot.operations.payments import import_payments
    from bot.storage.db import configured_database

    async with configured_database(settings.database) as db:
        return await import_file(
            args.file,
            lambda: import_payments(db, args.file),
            lambda r: (
                f"{r.imported} imported, {r.skipped} already known, "
                f"{r.instalments_paid} instalments paid, {r.agreements_completed} plans completed"
            ),
        )


async def accounts_command(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import UTC, datetime

    from bot.operations.accounts import UnknownAccount, create_invite, import_accounts
    from bot.storage.db import configured_database

    async with configured_database(settings.database) as db:
        if args.action == "import":
            return await import_file(
                args.file,
                lambda: import_accounts(db, args.file),
                lambda r: f"{r.created} created, {r.updated} updated",
            )
        if args.action == "unlock":
            return await unlock_command(db, args.ref, settings)
        try:
            invitation = await create_invite(
                db,
                args.ref,
                bot_username=settings.telegram.bot_username,
                valid_days=settings.bank.invite_valid_days,
                now=datetime.now(UTC),
            )
        except UnknownAccount:
            print(f"no account {args.ref!r}", file=sys.stderr)
            return 1
        print(f"token:   {invitation.token}")
        print(f"link:    {invitation.link}")
        print(f"expires: {invitation.expires_at:%Y-%m-%d %H:%M} UTC")
        return 0


async def unlock_command(db: Database, ref: str, settings: Settings) -> int:
    from bot.channels.telegram.outbox import Queue
    from bot.clock import SystemClock
    from bot.operations.accounts import UnknownAccount
    from bot.operations.unlock import unlock_account
    from bot.service.steps import Assistant
    from bot.texts import Texts

    assistant = Assistant(db, settings, Texts(settings.bank))
    # What the cardholder is told is owed to their chat; the running bot delivers it.
    assistant.outgoing = Queue(SystemClock())
    try:
        unlocked = await unlock_account(db, ref, assistant)
    except UnknownAccount:
        print(f"no account {ref!r}", file=sys.stderr)
        return 1
    print(
        f"{ref}: {unlocked.users} Telegram user(s) unlocked, "
        f"{unlocked.conversations} conversation(s) back at the identity question, "
        f"{unlocked.failures} failed invite attempt(s) forgotten"
    )
    return 0
