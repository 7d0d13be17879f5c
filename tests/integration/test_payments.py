"""Payment import and application, on SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.operations.accounts import ImportFailed, RowError
from bot.operations.payments import ImportResult, apply_payment, import_payments, parse_paid_at
from bot.storage.db import Database, open_database
from bot.storage.models import (
    Account,
    Agreement,
    AgreementStatus,
    Cardholder,
    Conversation,
    Instalment,
    InstalmentStatus,
    Payment,
)

NOW = datetime(2027, 3, 1, 12, 0, tzinfo=UTC)
HEAD = "account_ref,amount,paid_at,reference"


@pytest.fixture
async def db(database_url: str):
    database = await open_database(database_url)
    yield database
    await database.close()


async def make_plan(
    db: Database,
    *,
    ref: str = "US-1",
    currency: str = "USD",
    amounts: tuple[str, ...] = ("100.00", "100.00", "100.00"),
) -> int:
    return await db.write(add_plan, ref=ref, currency=currency, amounts=amounts)


def add_plan(session: Session, *, ref: str, currency: str, amounts: tuple[str, ...]) -> int:
    account = Account(
        ref=ref,
        name="Jane",
        card_last4="1234",
        currency=currency,
        balance=Decimal("1000"),
        overdue_amount=Decimal("300"),
        minimum_payment=Decimal("50"),
        days_past_due=40,
        annual_rate=Decimal("0.2"),
        language="en",
        timezone="America/New_York",
    )
    session.add(account)
    session.flush()
    holder = Cardholder(account_id=account.id, user_id=hash(ref) % 10**6, chat_id=hash(ref) % 10**6)
    session.add(holder)
    session.flush()
    conversation = Conversation(
        account_id=account.id, cardholder_id=holder.id, step="plan", language="en"
    )
    session.add(conversation)
    session.flush()
    total = sum(Decimal(a) for a in amounts)
    agreement = Agreement(
        conversation_id=conversation.id,
        account_id=account.id,
        option_key="k",
        kind="instalments",
        currency=currency,
        principal=total,
        monthly=Decimal(amounts[0]),
        payments=len(amounts),
        total=total,
        annual_rate=Decimal("0"),
        text="t",
        sha256="0" * 64,
        terms_version="v",
        language="en",
    )
    session.add(agreement)
    session.flush()
    for number, amount in enumerate(amounts, start=1):
        session.add(
            Instalment(
                agreement_id=agreement.id,
                number=number,
                due_date=date(2027, number, 15),
                amount=Decimal(amount),
            )
        )
    return agreement.id  # type: ignore[return-value]


def instalment_rows(
    session: Session, agreement_id: int
) -> list[tuple[int, Decimal, InstalmentStatus, datetime | None]]:
    rows = session.scalars(
        select(Instalment)
        .where(Instalment.agreement_id == agreement_id)
        .order_by(Instalment.number)
    )
    return [(i.number, i.paid_amount, i.status, i.paid_at) for i in rows]


async def instalments(
    db: Database, agreement_id: int
) -> list[tuple[int, Decimal, InstalmentStatus, datetime | None]]:
    return await db.read(instalment_rows, agreement_id)


def status_of(session: Session, agreement_id: int) -> AgreementStatus:
    agreement = session.get(Agreement, agreement_id)
    assert agreement is not None
    return agreement.status


async def agreement_status(db: Database, agreement_id: int) -> AgreementStatus:
    return await db.read(status_of, agreement_id)


async def payment_count(db: Database) -> int:
    return await db.read(
        lambda s: int(s.execute(select(func.count()).select_from(Payment)).scalar_one())
    )


def write(tmp_path: Path, *rows: str, header: str = HEAD, name: str = "pay.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_paid_at_forms() -> None:
    assert parse_paid_at("2027-01-05") == datetime(2027, 1, 5, tzinfo=UTC)
    assert parse_paid_at("2027-01-05T10:30:00+01:00") == datetime(2027, 1, 5, 9, 30, tzinfo=UTC)
    assert parse_paid_at("2027-01-05T10:30:00Z") == datetime(2027, 1, 5, 10, 30, tzinfo=UTC)
    with pytest.raises(ValueError, match="offset"):
        parse_paid_at("2027-01-05T10:30:00")
    with pytest.raises(ValueError):
        parse_paid_at("05/01/2027")


async def test_good_file_partial_then_full(db: Database, tmp_path: Path) -> None:
    agreement_id = await make_plan(db)
    result = await import_payments(db, write(tmp_path, "US-1,40.00,2027-01-10,R1"), now=NOW)
    assert result == ImportResult(imported=1, skipped=0, instalments_paid=0, agreements_completed=0)
    assert (await instalments(db, agreement_id))[0][:3] == (
        1,
        Decimal("40.00"),
        InstalmentStatus.OPEN,
    )

    result = await import_payments(
        db, write(tmp_path, "US-1,60.00,2027-01-14T09:00:00-05:00,R2"), now=NOW
    )
    assert result.instalments_paid == 1
    first = (await instalments(db, agreement_id))[0]
    assert first == (
        1,
        Decimal("100.00"),
        InstalmentStatus.PAID,
        datetime(2027, 1, 14, 14, 0, tzinfo=UTC),
    )
    assert await agreement_status(db, agreement_id) is AgreementStatus.ACTIVE


async def test_overpayment_spills_over_and_completes(db: Database, tmp_path: Path) -> None:
    agreement_id = await make_plan(db)
    result = await import_payments(db, write(tmp_path, "US-1,150.00,2027-01-10,R1"), now=NOW)
    assert result.instalments_paid == 1
    rows = await instalments(db, agreement_id)
    assert [r[1] for r in rows] == [Decimal("100.00"), Decimal("50.00"), Decimal("0.00")]
    assert [r[2] for r in rows] == [
        InstalmentStatus.PAID,
        InstalmentStatus.OPEN,
        InstalmentStatus.OPEN,
    ]

    # 150 + 200 = 350 > 300: the last 50 is beyond the plan and ignored.
    result = await import_payments(db, write(tmp_path, "US-1,200.00,2027-02-10,R2"), now=NOW)
    assert result == ImportResult(imported=1, skipped=0, instalments_paid=2, agreements_completed=1)
    rows = await instalments(db, agreement_id)
    assert all(r[2] is InstalmentStatus.PAID for r in rows)
    assert [r[1] for r in rows] == [Decimal("100.00")] * 3
    assert await agreement_status(db, agreement_id) is AgreementStatus.COMPLETED


async def test_idempotent_by_reference(db: Database, tmp_path: Path) -> None:
    agreement_id = await make_plan(db)
    path = write(tmp_path, "US-1,100.00,2027-01-10,R1", "US-1,30.00,2027-01-11,R2")
    first = await import_payments(db, path, now=NOW)
    assert (first.imported, first.skipped) == (2, 0)
    again = await import_payments(db, path, now=NOW)
    assert again == ImportResult(imported=0, skipped=2, instalments_paid=0, agreements_completed=0)
    assert await payment_count(db) == 2
    assert [r[1] for r in await instalments(db, agreement_id)] == [
        Decimal("100.00"),
        Decimal("30.00"),
        Decimal("0.00"),
    ]


# PostgreSQL only: SQLite serves one process, whose transactions never interleave.
@pytest.mark.databases("postgresql")
async def test_the_same_file_imported_twice_at_once_applies_the_money_once(
    db: Database, database_url: str, tmp_path: Path
) -> None:
    """Two imports of one file at the same moment (two operators, or a retry), each on a
    connection of its own: both report, no error, and each payment counts once."""
    agreement_id = await make_plan(db)
    path = write(tmp_path, "US-1,100.00,2027-01-10,R1", "US-1,30.00,2027-01-11,R2")
    other = await open_database(database_url)
    try:
        results = await asyncio.gather(
            import_payments(db, path, now=NOW), import_payments(other, path, now=NOW)
        )
    finally:
        await other.close()
    assert sorted((r.imported, r.skipped) for r in results) == [(0, 2), (2, 0)]
    assert await payment_count(db) == 2
    assert [r[1] for r in await instalments(db, agreement_id)] == [
        Decimal("100.00"),
        Decimal("30.00"),
        Decimal("0.00"),
    ]


async def test_bad_file_lists_lines_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    agreement_id = await make_plan(db)
    await make_plan(db, ref="HU-1", currency="HUF", amounts=("1000", "1000"))
    path = write(
        tmp_path,
        "US-1,50.00,2027-01-10,R1",  # fine, but must not be written
        "NOPE,10.00,2027-01-10,R2",
        "US-1,10.001,2027-01-10,R3",
        "HU-1,10.50,2027-01-10,R4",  # forints have no minor unit
        "US-1,-5.00,2027-01-10,R5",
        "US-1,5.00,2027-01-10T10:00:00,R6",
        "US-1,5.00,2027-01-10,R1",
        "US-1,5.00,2027-01-10,",
        "US-1,5.00",
        "US-1,5.00,2099-01-01,R9",
    )
    with pytest.raises(ImportFailed) as caught:
        await import_payments(db, path, now=NOW)
    errors = caught.value.errors
    assert [e.line for e in errors] == [3, 4, 5, 6, 7, 8, 9, 10, 11]
    assert errors[0] == RowError(3, "account_ref: no such account")
    assert errors[1].reason.startswith("amount:")
    assert errors[2].reason.startswith("amount:") and "HUF" in errors[2].reason
    assert errors[3] == RowError(6, "amount: must be more than zero")
    assert errors[4].reason.startswith("paid_at: needs a UTC offset")
    assert errors[5] == RowError(8, "reference: repeats line 2")
    assert errors[6] == RowError(9, "reference: must not be empty")
    assert errors[7] == RowError(10, "expected 4 fields, found 2")
    assert errors[8] == RowError(11, "paid_at: is in the future")
    assert await payment_count(db) == 0
    assert [r[1] for r in await instalments(db, agreement_id)] == [Decimal("0.00")] * 3


async def test_bad_header_and_empty(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ImportFailed) as caught:
        await import_payments(
            db, write(tmp_path, "US-1,1,2027-01-01,R", header="account_ref,amount,when,reference")
        )
    assert RowError(1, "header: missing column paid_at") in caught.value.errors
    assert RowError(1, "header: unknown column 'when'") in caught.value.errors
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ImportFailed, match="empty"):
        await import_payments(db, empty)
    with pytest.raises(ImportFailed, match="no payments"):
        await import_payments(db, write(tmp_path))


async def test_conflicting_reimport_is_an_error(db: Database, tmp_path: Path) -> None:
    await make_plan(db)
    await import_payments(db, write(tmp_path, "US-1,10.00,2027-01-10,R1"), now=NOW)
    with pytest.raises(ImportFailed) as caught:
        await import_payments(
            db, write(tmp_path, "US-1,20.00,2027-01-10,R1", "US-1,5.00,2027-01-10,R2"), now=NOW
        )
    assert caught.value.errors == [
        RowError(2, "reference: already imported with different details")
    ]
    assert await payment_count(db) == 1


async def test_payments_apply_in_time_order_and_without_agreement(
    db: Database, tmp_path: Path
) -> None:
    agreement_id = await make_plan(db)
    path = write(tmp_path, "US-1,100.00,2027-02-10,LATE", "US-1,100.00,2027-01-10,EARLY")
    await import_payments(db, path, now=NOW)
    rows = await instalments(db, agreement_id)
    assert rows[0][3] == datetime(2027, 1, 10, tzinfo=UTC)
    assert rows[1][3] == datetime(2027, 2, 10, tzinfo=UTC)

    def supersede_and_pay(session: Session) -> list[Instalment]:
        agreement = session.get(Agreement, agreement_id)
        assert agreement is not None
        agreement.status = AgreementStatus.SUPERSEDED
        payment = Payment(
            account_id=agreement.account_id, reference="X", amount=Decimal("5"), paid_at=NOW
        )
        session.add(payment)
        session.flush()
        return apply_payment(session, payment)

    assert await db.write(supersede_and_pay) == []
