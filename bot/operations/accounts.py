"""Bank operations: importing overdue accounts from CSV, issuing and redeeming invite links.

The bank is the only source of accounts: it uploads a CSV and hands each cardholder a one-off
Telegram deep link. Whoever redeems the link first becomes that account's cardholder, so the
token is treated like a password: random, stored only as a hash, single-use, short-lived, and
failed attempts are limited (:mod:`bot.operations.attempts`).

Account files carry names and card digits; neither is ever logged nor quoted in an error.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import secrets
from dataclasses import astuple, dataclass, fields
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlmodel import col

from bot.operations.attempts import InviteLimits, account_limited, record_failure, user_limited
from bot.operations.csvfile import ImportFailed, RowError, csv_records, decode_csv
from bot.storage.changes import accounts_changed
from bot.storage.db import Database, Turn, rowcount, take_turn
from bot.storage.models import Account, Cardholder, Invite, id_of, utcnow
from dialogs.domain.money import SUPPORTED_CURRENCIES, parse_amount
from dialogs.domain.vocabulary import LANGUAGES

log = logging.getLogger(__name__)

HEADER = (
    "account_ref",
    "name",
    "card_last4",
    "currency",
    "balance",
    "overdue_amount",
    "minimum_payment",
    "days_past_due",
    "annual_rate",
    "language",
    "timezone",
)

#: Larger than any card balance, and small enough that SQLite (which keeps NUMERIC as a float)
#: gives back every minor unit exactly.
MAX_AMOUNT = Decimal(10) ** 12
#: ``Account.annual_rate`` is NUMERIC(8, 6): a seventh decimal would be rounded away silently.
RATE_DECIMALS = 6
#: ``secrets.token_urlsafe(32)`` is 43 characters; Telegram's ``start`` payload allows 64 of these.
TOKEN_BYTES = 32
_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,64}")
_DIGITS = re.compile(r"[0-9]+")  # ASCII only: int() and \d would accept other scripts' digits
_LAST4 = re.compile(r"[0-9]{4}")
DEFAULT_LIMITS = InviteLimits()


# --- importing ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int


@dataclass(frozen=True)
class AccountRow:
    """One valid line of the file, in the order of :data:`HEADER`."""

    account_ref: str
    name: str
    card_last4: str
    currency: str
    balance: Decimal
    overdue_amount: Decimal
    minimum_payment: Decimal
    days_past_due: int
    annual_rate: Decimal
    language: str
    timezone: str


def read_accounts_csv(text: str) -> list[AccountRow]:
    """Parse and validate a whole account file; raise :class:`ImportFailed` listing every error.

    Columns may come in any order but must be exactly :data:`HEADER`. Blank lines (and lines of
    nothing but commas, as spreadsheets leave behind) are skipped.
    """
    errors: list[RowError] = []
    rows: list[AccountRow] = []
    first_line: dict[str, int] = {}  # account_ref -> line, to catch duplicates
    records = iter(csv_records(text.removeprefix("\ufeff"), errors))
    header = next(records, None)
    if header is None:
        if not errors:
            errors.append(RowError(1, "the file is empty"))
        raise ImportFailed(errors)
    columns = _check_header(header[1], errors)
    for line, values in records:
        if columns is None:
            continue  # without a usable header the rows cannot be read; keep reading for CSV errors
        if len(values) != len(columns):
            errors.append(RowError(line, f"expected {len(columns)} fields, found {len(values)}"))
            continue
        row = _check_row(line, dict(zip(columns, values, strict=True)), errors)
        if row is None:
            continue
        if row.account_ref in first_line:
            errors.append(
                RowError(line, f"account_ref: repeats line {first_line[row.account_ref]}")
            )
            continue
        first_line[row.account_ref] = line
        rows.append(row)
    if not rows and not errors:
        errors.append(RowError(1, "the file has a header but no accounts"))
    if errors:
        raise ImportFailed(errors)
    return rows


async def import_accounts(db: Database, path: Path) -> ImportResult:
    """Load ``path`` into the database, all or nothing, matching existing accounts by ref.

    The whole file is validated before anything is written, and the writes share one
    transaction, so a bad file leaves the database exactly as it was. Accounts missing from the
    file are left alone: a file is a batch of updates, not the bank's whole book.
    """
    rows = read_accounts_csv(decode_csv(await asyncio.to_thread(Path(path).read_bytes)))
    result = await db.write(_store_accounts, rows, utcnow())
    log.info(
        "imported accounts from %s: %d created, %d updated", path, result.created, result.updated
    )
    return result


def _store_accounts(session: Session, rows: list[AccountRow], now: datetime) -> ImportResult:
    # One import at a time: a file imported twice at once (PostgreSQL) is read by the second
    # only once the first is committed, and updates what the first created.
    take_turn(session, Turn.IMPORTS)
    created = updated = 0
    existing = _accounts_by_ref(session, [row.account_ref for row in rows])
    accounts_changed(session, [id_of(account) for account in existing.values()])
    for row in rows:
        values = _account_values(row)
        account = existing.get(row.account_ref)
        if account is None:
            session.add(Account(**values, updated_at=now))
            created += 1
        else:
            for key, value in values.items():
                setattr(account, key, value)
            account.updated_at = now
            updated += 1
    return ImportResult(created=created, updated=updated)


def _check_header(names: list[str], errors: list[RowError]) -> list[str] | None:
    columns = [name.strip() for name in names]
    missing = [name for name in HEADER if name not in columns]
    if len(missing) == len(HEADER):
        # Most likely the header row is missing and this is a cardholder's data: do not quote it.
        errors.append(RowError(1, f"header: expected the columns {', '.join(HEADER)}"))
        return None
    problems = [f"missing column {name}" for name in missing]
    problems += [f"unknown column {name!r}" for name in columns if name not in HEADER]
    problems += [f"duplicate column {name}" for name in HEADER if columns.count(name) > 1]
    errors.extend(RowError(1, f"header: {problem}") for problem in problems)
    return None if problems else columns


def _check_row(line: int, raw: dict[str, str], errors: list[RowError]) -> AccountRow | None:
    """The row as typed values, or ``None`` after adding one error per bad column."""
    values = {key: value.strip() for key, value in raw.items()}
    before = len(errors)

    def fail(column: str, reason: str) -> None:
        errors.append(RowError(line, f"{column}: {reason}"))

    ref = values["account_ref"]
    if not ref:
        fail("account_ref", "must not be empty")
    elif len(ref) > 64:
        fail("account_ref", "longer than 64 characters")

    name = values["name"]
    if not name:
        fail("name", "must not be empty")
    elif len(name) > 200:
        fail("name", "longer than 200 characters")

    if not _LAST4.fullmatch(values["card_last4"]):
        fail("card_last4", "must be exactly 4 digits")  # never quote card digits

    currency = values["currency"]
    amounts: dict[str, Decimal] = {}
    if currency not in SUPPORTED_CURRENCIES:
        fail("currency", f"not one of {', '.join(sorted(SUPPORTED_CURRENCIES))}: {currency!r}")
    else:
        for column in ("balance", "overdue_amount", "minimum_payment"):
            try:
                amount = parse_amount(values[column], currency)
            except (ValueError, ArithmeticError) as exc:
                reason = str(exc) if isinstance(exc, ValueError) else "not an amount"
                fail(column, reason)
                continue
            if amount < 0:
                fail(column, "must not be negative")
            elif amount >= MAX_AMOUNT:
                fail(column, f"must be less than {MAX_AMOUNT:f}")
            else:
                amounts[column] = amount.copy_abs()  # no "-0.00"
        balance = amounts.get("balance")
        for column in ("overdue_amount", "minimum_payment"):
            if balance is not None and column in amounts and amounts[column] > balance:
                fail(column, "must not be more than the balance")

    days = values["days_past_due"]
    if not _DIGITS.fullmatch(days):
        fail("days_past_due", f"not a whole number of days: {days!r}")

    rate = _rate(values["annual_rate"])
    if rate is None:
        fail("annual_rate", f"not a rate from 0 to below 1, like 0.18: {values['annual_rate']!r}")

    language = values["language"]
    if language not in LANGUAGES:
        fail("language", f"not one of {', '.join(LANGUAGES)}: {language!r}")

    timezone = values["timezone"]
    if not _is_timezone(timezone):
        fail("timezone", f"not an IANA time zone: {timezone!r}")

    if len(errors) > before or rate is None:
        return None
    return AccountRow(
        account_ref=ref,
        name=name,
        card_last4=values["card_last4"],
        currency=currency,
        balance=amounts["balance"],
        overdue_amount=amounts["overdue_amount"],
        minimum_payment=amounts["minimum_payment"],
        days_past_due=int(days),
        annual_rate=rate,
        language=language,
        timezone=timezone,
    )


def _rate(text: str) -> Decimal | None:
    try:
        rate = Decimal(text)
    except InvalidOperation:
        return None
    if not rate.is_finite() or not 0 <= rate < 1:
        return None
    if rate != round(rate, RATE_DECIMALS):
        return None
    return rate.copy_abs()


def _is_timezone(name: str) -> bool:
    if not name or len(name) > 64:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _account_values(row: AccountRow) -> dict[str, Any]:
    values = dict(zip((f.name for f in fields(row)), astuple(row), strict=True))
    values["ref"] = values.pop("account_ref")
    return values


def _accounts_by_ref(session: Session, refs: list[str]) -> dict[str, Account]:
    found: dict[str, Account] = {}
    for start in range(0, len(refs), 500):  # stay well under SQLite's bound-parameter limit
        chunk = refs[start : start + 500]
        result = session.execute(select(Account).where(col(Account.ref).in_(chunk)))
        found.update((account.ref, account) for account in result.scalars())
    return found


def find_account(session: Session, ref: str) -> Account | None:
    """The account the bank calls ``ref``, or ``None``."""
    result = session.execute(select(Account).where(col(Account.ref) == ref))
    return result.scalar_one_or_none()


# --- invites -----------------------------------------------------------------------------------


class UnknownAccount(LookupError):
    """No account has this ref."""


@dataclass(frozen=True)
class Invitation:
    token: str  # shown once, to be sent to the cardholder; the database keeps only its hash
    link: str
    expires_at: datetime


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def create_invite(
    db: Database, account_ref: str, *, bot_username: str, valid_days: int, now: datetime
) -> Invitation:
    """A fresh single-use link for ``account_ref``; raises :class:`UnknownAccount`.

    Any older invite for the account that is still unused is revoked (made to expire now): the
    bank reissues a link because the first was lost or went to the wrong person, and that one
    must not keep working. A revoked link is reported as expired.
    """
    _require_aware(now)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    expires_at = now + timedelta(days=valid_days)
    await db.write(_store_invite, account_ref, hash_token(token), now=now, expires_at=expires_at)
    return Invitation(
        token=token, link=f"https://t.me/{bot_username}?start={token}", expires_at=expires_at
    )


def _store_invite(
    session: Session, account_ref: str, token_hash: str, *, now: datetime, expires_at: datetime
) -> None:
    account = find_account(session, account_ref)
    if account is None:
        raise UnknownAccount(account_ref)
    session.execute(
        update(Invite)
        .where(
            col(Invite.account_id) == account.id,
            col(Invite.used_at).is_(None),
            col(Invite.expires_at) > now,
        )
        .values(expires_at=now)
        .execution_options(synchronize_session=False)
    )
    session.add(
        Invite(
            account_id=id_of(account),
            token_hash=token_hash,
            created_at=now,
            expires_at=expires_at,
        )
    )


class InviteProblem(StrEnum):
    UNKNOWN = "unknown"
    EXPIRED = "expired"  # also a link revoked by a newer one
    USED = "used"  # by someone else; or this user already belongs to another account
    LOCKED = "locked"  # this user failed the identity check for this account
    LIMITED = "limited"  # too many failed attempts (bot/operations/attempts.py)


@dataclass(frozen=True)
class Redemption:
    cardholder: Cardholder | None
    account: Account | None
    problem: InviteProblem | None


def redeem_invite(
    session: Session,
    token: str,
    *,
    channel: str,
    user_id: int,
    chat_id: int,
    now: datetime,
    limits: InviteLimits = DEFAULT_LIMITS,
) -> Redemption:
    """Link the user who opened a deep link to the invite's account, at most once.

    The checks, in order: this user's failed attempts in the last hour (``LIMITED``, before the
    token is even looked at); unknown token; the account's failed attempts (``LIMITED``); used by
    someone else (``USED``) or by this very user (their existing link is returned, so tapping
    twice is harmless, even after expiry); expired; this user belongs to another account
    (``USED``: the invite stays unused for its rightful owner); this user failed the identity
    check for this account (``LOCKED``). A lock is the user's alone: another Telegram user with a
    new invite for the account (its owner, after a stranger failed on a forwarded link) gets in.
    Every failure is counted for the limits.

    Claiming is a conditional ``UPDATE … WHERE used_at IS NULL``: of two simultaneous
    redemptions (bot instances sharing one PostgreSQL) exactly one changes the row. This only
    flushes: run it as ``await db.write(redeem_invite, token, …)``, which commits.
    """
    _require_aware(now)
    if user_limited(session, channel, user_id, now, limits):
        return _refused(InviteProblem.LIMITED)  # not counted: a flood adds no rows
    redemption, account_id = _redeem(session, token, channel, user_id, chat_id, now, limits)
    if redemption.problem is InviteProblem.LIMITED:
        account_id = None  # the user's attempt; the account's count is full already
    if redemption.problem is not None:
        record_failure(session, channel, user_id, account_id, redemption.problem.value, now)
    return redemption


def _redeem(
    session: Session,
    token: str,
    channel: str,
    user_id: int,
    chat_id: int,
    now: datetime,
    limits: InviteLimits,
) -> tuple[Redemption, int | None]:
    """The redemption, and the account the token named (if it named one)."""
    if not _TOKEN.fullmatch(token):
        return _refused(InviteProblem.UNKNOWN), None
    invite = session.execute(
        select(Invite).where(col(Invite.token_hash) == hash_token(token))
    ).scalar_one_or_none()
    if invite is None:
        return _refused(InviteProblem.UNKNOWN), None
    account_id = invite.account_id
    if account_limited(session, account_id, now, limits):
        return _refused(InviteProblem.LIMITED), account_id
    if invite.used_at is not None:
        return _already_used(session, invite, channel, user_id), account_id
    if invite.expires_at <= now:
        return _refused(InviteProblem.EXPIRED), account_id
    mine = _cardholder(session, channel, user_id)
    if mine is not None and mine.account_id != account_id:
        return _refused(InviteProblem.USED), account_id
    if mine is not None and mine.locked_at is not None:
        return _refused(InviteProblem.LOCKED), account_id

    claimed = session.execute(
        update(Invite)
        .where(col(Invite.id) == invite.id, col(Invite.used_at).is_(None))
        .values(used_at=now, used_by=user_id)
        .execution_options(synchronize_session=False)
    )
    session.refresh(invite)
    if rowcount(claimed) != 1:
        return _already_used(session, invite, channel, user_id), account_id  # lost the race

    if mine is None:  # else: already linked to this account by an earlier invite
        mine = Cardholder(account_id=account_id, channel=channel, user_id=user_id, chat_id=chat_id)
        session.add(mine)
        session.flush()
    return Redemption(mine, session.get(Account, account_id), None), account_id


def _already_used(session: Session, invite: Invite, channel: str, user_id: int) -> Redemption:
    mine = _cardholder(session, channel, user_id)
    if invite.used_by != user_id or mine is None or mine.account_id != invite.account_id:
        return _refused(InviteProblem.USED)
    if mine.locked_at is not None:
        return _refused(InviteProblem.LOCKED)
    return Redemption(mine, session.get(Account, invite.account_id), None)


def _cardholder(session: Session, channel: str, user_id: int) -> Cardholder | None:
    result = session.execute(
        select(Cardholder).where(
            col(Cardholder.channel) == channel, col(Cardholder.user_id) == user_id
        )
    )
    return result.scalar_one_or_none()


def _refused(problem: InviteProblem) -> Redemption:
    return Redemption(None, None, problem)


def _require_aware(now: datetime) -> None:
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
