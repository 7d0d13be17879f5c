"""Payments the bank received: importing them from CSV and applying them to agreements.

A payment file has the columns ``account_ref,amount,paid_at,reference`` (any order):

* ``amount`` in major units with a dot, in the account's currency
  (``dialogs.domain.money.parse_amount``), more than zero;
* ``paid_at`` ISO 8601 with a UTC offset (``2027-01-05T10:30:00+01:00``, ``…Z``) or a bare date,
  read as midnight UTC; a naive time is an error, and so is a time more than a day in the future;
* ``reference`` the bank's own id of the payment, which makes an import idempotent.

Rules (decisions):

* The whole file is validated before anything is written and everything is written in one
  transaction: one bad line and nothing is stored. Imports take turns (on PostgreSQL, an
  advisory lock for the transaction): the same file imported twice at once is applied once,
  and the second import reports its payments as already known. Errors name the line (header =
  line 1) and the column, never an amount or a name from another account.
* A reference already in the database is skipped (counted as ``skipped``) when it says the same
  thing (account, amount, paid_at); if it says something different it is an error, since the
  bank's data then contradicts itself and silently keeping either version would be wrong.
* The same reference twice in one file is an error.
* New payments are applied in order of ``paid_at`` (then line), each to the account's newest
  ACTIVE agreement: the oldest open instalment first, partial payments accumulate in
  ``paid_amount``, an instalment becomes PAID (``paid_at`` = the payment's time) once fully
  paid, and the rest flows to the next. Money beyond the whole plan is ignored and logged by
  amount and ids only. When every instalment is paid the agreement becomes COMPLETED.
* The cardholder is thanked once per file and agreement, for the latest instalment the file paid
  off (with the plan's progress, or its completion): a ``paid`` row in the reminders table that
  the running bot sends like a reminder (quiet hours respected, exactly once). A partial
  payment is applied silently; the next reminder states what is still owed.
  A payment for an account without an active agreement is stored but applied to nothing.
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from bot.operations.csvfile import ImportFailed, RowError, csv_records, decode_csv
from bot.reminders import PAID
from bot.storage.changes import accounts_changed
from bot.storage.db import Database, Turn, take_turn
from bot.storage.models import (
    Account,
    Agreement,
    AgreementStatus,
    Instalment,
    InstalmentStatus,
    Payment,
    Reminder,
    id_of,
    utcnow,
)
from dialogs.domain.money import parse_amount, quantize

log = logging.getLogger(__name__)

HEADER = ("account_ref", "amount", "paid_at", "reference")
MAX_AMOUNT = Decimal(10) ** 12
MAX_REFERENCE = 64
#: How far in the future a ``paid_at`` may lie (clock skew, time zones) before it is an error.
FUTURE_TOLERANCE = timedelta(days=1)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

__all__ = [
    "HEADER",
    "ImportFailed",
    "ImportResult",
    "PaymentRow",
    "RowError",
    "apply_payment",
    "import_payments",
    "parse_paid_at",
]


@dataclass(frozen=True)
class ImportResult:
    imported: int  # new payments stored
    skipped: int  # references already imported
    instalments_paid: int  # instalments that became fully paid by this file
    agreements_completed: int


@dataclass(frozen=True)
class PaymentRow:
    line: int
    account_ref: str
    amount: Decimal
    paid_at: datetime
    reference: str


def parse_paid_at(text: str) -> datetime:
    """An aware UTC datetime from ISO 8601 with an offset, or a bare date (midnight UTC)."""
    text = text.strip()
    if _DATE.fullmatch(text):
        day = date.fromisoformat(text)
        return datetime(day.year, day.month, day.day, tzinfo=UTC)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not an ISO 8601 time: {text!r}") from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"needs a UTC offset, like 2027-01-05T10:30:00+01:00: {text!r}")
    return moment.astimezone(UTC)


async def import_payments(
    db: Database, path: Path | str, *, now: datetime | None = None
) -> ImportResult:
    """Store and apply the payments in ``path``, all or nothing; raise :class:`ImportFailed`."""
    now = now or utcnow()
    text = decode_csv(await asyncio.to_thread(Path(path).read_bytes))
    result = await db.write(_store_payments, text, now)
    log.info(
        "imported payments from %s: %d new, %d already known",
        path,
        result.imported,
        result.skipped,
    )
    return result


def _store_payments(session: Session, text: str, now: datetime) -> ImportResult:
    # One import at a time (bot instances and operators sharing PostgreSQL): a file imported
    # twice at once is read by the second only once the first is committed, so its references
    # are known by then and skipped, and no money is applied twice.
    take_turn(session, Turn.IMPORTS)
    rows = _read(session, text, now)
    known = _existing(session, [row.reference for row in rows])
    accounts = _accounts(session, [row.account_ref for row in rows])
    errors: list[RowError] = []
    new: list[PaymentRow] = []
    skipped = 0
    for row in rows:
        old = known.get(row.reference)
        if old is None:
            new.append(row)
        elif (old.account_id, old.amount, old.paid_at) == (
            accounts[row.account_ref].id,
            row.amount,
            row.paid_at,
        ):
            skipped += 1
        else:
            errors.append(RowError(row.line, "reference: already imported with different details"))
    if errors:
        raise ImportFailed(errors)
    account_ids = {id_of(accounts[row.account_ref]) for row in new}
    active = list(
        session.scalars(
            select(Agreement).where(
                col(Agreement.account_id).in_(account_ids),
                col(Agreement.status) == AgreementStatus.ACTIVE,
            )
        )
    )
    paid = 0
    # per agreement, the latest instalment this file paid off
    thanked: dict[int, Instalment] = {}
    for row in sorted(new, key=lambda r: (r.paid_at, r.line)):
        payment = Payment(
            account_id=id_of(accounts[row.account_ref]),
            reference=row.reference,
            amount=row.amount,
            paid_at=row.paid_at,
            imported_at=now,
        )
        session.add(payment)
        session.flush()
        became_paid = apply_payment(session, payment)
        paid += len(became_paid)
        for instalment in became_paid:
            best = thanked.get(instalment.agreement_id)
            if best is None or instalment.number > best.number:
                thanked[instalment.agreement_id] = instalment
    for instalment in thanked.values():  # one message per file and agreement, sent by the bot
        session.add(Reminder(instalment_id=id_of(instalment), kind=PAID, due_at=now))
    completed = sum(1 for agreement in active if agreement.status is AgreementStatus.COMPLETED)
    accounts_changed(session, account_ids)  # a running bot reads their plans again
    return ImportResult(
        imported=len(new), skipped=skipped, instalments_paid=paid, agreements_completed=completed
    )


def apply_payment(session: Session, payment: Payment) -> list[Instalment]:
    """Apply ``payment`` to its account's active agreement; return the instalments it paid off.

    Only flushes: it runs inside the caller's ``db.write``, which commits.
    """
    agreement = session.scalars(
        select(Agreement)
        .where(
            col(Agreement.account_id) == payment.account_id,
            col(Agreement.status) == AgreementStatus.ACTIVE,
        )
        .order_by(col(Agreement.id).desc())
    ).first()
    if agreement is None:
        log.info(
            "payment %s: account %s has no active agreement; not applied",
            payment.id,
            payment.account_id,
        )
        return []
    query = (
        select(Instalment)
        .where(
            col(Instalment.agreement_id) == agreement.id,
            col(Instalment.status) == InstalmentStatus.OPEN,
        )
        .order_by(col(Instalment.due_date), col(Instalment.number))
    )
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    open_instalments = list(session.scalars(query))
    currency = agreement.currency
    left = quantize(payment.amount, currency)
    became_paid: list[Instalment] = []
    for instalment in open_instalments:
        if left <= 0:
            break
        owed = quantize(instalment.amount - instalment.paid_amount, currency)
        take = min(owed, left)
        instalment.paid_amount = quantize(instalment.paid_amount + take, currency)
        left = quantize(left - take, currency)
        if instalment.paid_amount >= instalment.amount:
            instalment.status = InstalmentStatus.PAID
            instalment.paid_at = payment.paid_at
            became_paid.append(instalment)
    if left > 0:
        log.info(
            "payment %s: %s beyond the plan of agreement %s ignored", payment.id, left, agreement.id
        )
    if open_instalments and all(i.status is InstalmentStatus.PAID for i in open_instalments):
        agreement.status = AgreementStatus.COMPLETED
        log.info("agreement %s completed", agreement.id)
    session.flush()
    return became_paid


# --- reading the file ----------------------------------------------------------------------------


def _read(session: Session, text: str, now: datetime) -> list[PaymentRow]:
    errors: list[RowError] = []
    records = csv_records(text.removeprefix("\ufeff"), errors)
    if not records:
        raise ImportFailed(errors or [RowError(1, "the file is empty")])
    (_, header), body = records[0], records[1:]
    columns = [name.strip() for name in header]
    problems = [f"missing column {name}" for name in HEADER if name not in columns]
    problems += [f"unknown column {name!r}" for name in columns if name not in HEADER]
    problems += [f"duplicate column {name}" for name in HEADER if columns.count(name) > 1]
    if problems:
        raise ImportFailed([RowError(1, f"header: {p}") for p in problems] + errors)
    raw_rows = []
    for line, values in body:
        if len(values) != len(columns):
            errors.append(RowError(line, f"expected {len(columns)} fields, found {len(values)}"))
            continue
        raw_rows.append((line, {k: v.strip() for k, v in zip(columns, values, strict=True)}))
    accounts = _accounts(session, [raw["account_ref"] for _, raw in raw_rows if raw["account_ref"]])
    rows: list[PaymentRow] = []
    first_line: dict[str, int] = {}
    for line, raw in raw_rows:
        before = len(errors)

        def fail(column: str, reason: str, line: int = line) -> None:
            errors.append(RowError(line, f"{column}: {reason}"))

        ref = raw["account_ref"]
        account = accounts.get(ref)
        if not ref:
            fail("account_ref", "must not be empty")
        elif account is None:
            fail("account_ref", "no such account")
        amount: Decimal | None = None
        if account is not None:
            try:
                amount = parse_amount(raw["amount"], account.currency)
            except (ValueError, ArithmeticError) as exc:
                fail("amount", str(exc) if isinstance(exc, ValueError) else "not an amount")
            else:
                if amount <= 0:
                    fail("amount", "must be more than zero")
                elif amount >= MAX_AMOUNT:
                    fail("amount", f"must be less than {MAX_AMOUNT:f}")
        paid_at: datetime | None = None
        try:
            paid_at = parse_paid_at(raw["paid_at"])
        except ValueError as exc:
            fail("paid_at", str(exc))
        else:
            if paid_at > now + FUTURE_TOLERANCE:
                fail("paid_at", "is in the future")
        reference = raw["reference"]
        if not reference:
            fail("reference", "must not be empty")
        elif len(reference) > MAX_REFERENCE:
            fail("reference", f"longer than {MAX_REFERENCE} characters")
        elif reference in first_line:
            fail("reference", f"repeats line {first_line[reference]}")
        else:
            first_line[reference] = line
        if len(errors) == before and amount is not None and paid_at is not None:
            rows.append(PaymentRow(line, ref, amount, paid_at, reference))
    if not body and not errors:
        errors.append(RowError(1, "the file has a header but no payments"))
    if errors:
        raise ImportFailed(sorted(errors, key=lambda e: e.line))
    return rows


def _accounts(session: Session, refs: list[str]) -> dict[str, Account]:
    found: dict[str, Account] = {}
    unique = sorted(set(refs))
    for start in range(0, len(unique), 500):
        result = session.execute(
            select(Account).where(col(Account.ref).in_(unique[start : start + 500]))
        )
        found.update((a.ref, a) for a in result.scalars())
    return found


def _existing(session: Session, references: list[str]) -> dict[str, Payment]:
    found: dict[str, Payment] = {}
    for start in range(0, len(references), 500):
        result = session.execute(
            select(Payment).where(col(Payment.reference).in_(references[start : start + 500]))
        )
        found.update((p.reference, p) for p in result.scalars())
    return found
