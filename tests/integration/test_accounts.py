"""Account import and invite links, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import hashlib
import re
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event, func, make_url, select, update
from sqlalchemy.orm import Session

from bot.operations.accounts import (
    HEADER,
    ImportFailed,
    ImportResult,
    InviteProblem,
    RowError,
    UnknownAccount,
    create_invite,
    find_account,
    import_accounts,
    read_accounts_csv,
    redeem_invite,
)
from bot.operations.attempts import InviteLimits
from bot.storage.db import Database, open_database
from bot.storage.models import Account, Cardholder, Invite, InviteFailure

NOW = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
HEAD = ",".join(HEADER)
GOOD = [
    "CN-001,王芳,1234,CNY,52340.50,8200.00,1500.00,45,0.18,zh,Asia/Shanghai",
    "HU-002,Kovács Anna,5678,HUF,1250000,310000,25000,92,0.279,hu,Europe/Budapest",
    "GB-003,Jane Smith,9012,GBP,3450.99,600.00,120.00,31,0.229,en,Europe/London",
]


def csv_text(*rows: str, header: str = HEAD) -> str:
    return "\n".join([header, *rows]) + "\n"


@pytest.fixture
async def db(database_url: str):
    database = await open_database(database_url)
    yield database
    await database.close()


def account_rows(session: Session) -> list[tuple]:
    return [
        (a.ref, a.name, a.card_last4, a.currency, a.balance, a.overdue_amount,
         a.minimum_payment, a.days_past_due, a.annual_rate, a.language, a.timezone)
        for a in session.scalars(select(Account).order_by(Account.ref))
    ]  # fmt: skip


async def all_accounts(db: Database) -> list[tuple]:
    return await db.read(account_rows)


def invites(session: Session) -> list[Invite]:
    return list(session.scalars(select(Invite)))


async def imported(db: Database, tmp_path: Path, text: str) -> ImportResult:
    path = tmp_path / "accounts.csv"
    path.write_text(text, encoding="utf-8")
    return await import_accounts(db, path)


async def import_good(db: Database, tmp_path: Path) -> None:
    assert await imported(db, tmp_path, csv_text(*GOOD)) == ImportResult(created=3, updated=0)


def errors_of(text: str) -> list[RowError]:
    with pytest.raises(ImportFailed) as failed:
        read_accounts_csv(text)
    return failed.value.errors


def single_error(row: str) -> RowError:
    """The one error a bad row between two good ones produces."""
    errors = errors_of(csv_text(GOOD[0], row, GOOD[2]))
    assert len(errors) == 1, errors
    return errors[0]


# --- import ------------------------------------------------------------------------------------


async def test_import_good_file(db: Database, tmp_path: Path) -> None:
    await import_good(db, tmp_path)
    accounts = await all_accounts(db)
    assert [a[0] for a in accounts] == ["CN-001", "GB-003", "HU-002"]
    cny, gbp, huf = accounts
    assert cny[1:5] == ("王芳", "1234", "CNY", Decimal("52340.50"))
    assert huf[4:9] == (Decimal(1250000), Decimal(310000), Decimal(25000), 92, Decimal("0.279"))
    assert gbp[9:] == ("en", "Europe/London")
    account = await db.read(find_account, "HU-002")
    assert account is not None and account.name == "Kovács Anna"
    assert account.updated_at.tzinfo is not None
    assert await db.read(find_account, "nope") is None


async def test_reimport_updates_without_duplicating(db: Database, tmp_path: Path) -> None:
    await import_good(db, tmp_path)
    changed = GOOD[2].replace("3450.99", "3300.00")
    new = "GB-004,Tom Brown,3456,GBP,100.00,100.00,25.00,60,0.2,en,UTC"
    result = await imported(db, tmp_path, csv_text(GOOD[0], changed, new))
    assert result == ImportResult(created=1, updated=2)
    accounts = {a[0]: a for a in await all_accounts(db)}
    assert len(accounts) == 4  # HU-002, absent from the file, is left alone
    assert accounts["GB-003"][4] == Decimal("3300.00")
    assert accounts["HU-002"][4] == Decimal(1250000)


async def test_bom_is_accepted(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + csv_text(*GOOD).encode("utf-8"))
    assert await import_accounts(db, path) == ImportResult(created=3, updated=0)
    assert len(read_accounts_csv("\ufeff" + csv_text(*GOOD))) == 3


def test_columns_in_any_order_blank_lines_and_crlf() -> None:
    order = [4, 0, 1, 2, 3, 5, 6, 7, 8, 9, 10]
    header = ",".join(HEADER[i] for i in order)
    row = ",".join(GOOD[1].split(",")[i] for i in order)
    text = f"{header}\r\n\r\n{row}\r\n,,,,,,,,,,\r\n"
    (account,) = read_accounts_csv(text)
    assert (account.account_ref, account.balance) == ("HU-002", Decimal(1250000))


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("account_ref", "", "account_ref: must not be empty"),
        ("account_ref", "X" * 65, "account_ref: longer than 64 characters"),
        ("name", " ", "name: must not be empty"),
        ("card_last4", "123", "card_last4: must be exactly 4 digits"),
        ("card_last4", "12a4", "card_last4: must be exactly 4 digits"),
        ("card_last4", "١٢٣٤", "card_last4: must be exactly 4 digits"),  # Arabic-Indic digits
        ("currency", "gbp", "currency: not one of CNY, EUR, GBP, HUF, USD: 'gbp'"),
        ("currency", "XYZ", "currency: not one of CNY, EUR, GBP, HUF, USD: 'XYZ'"),
        ("balance", "abc", "balance: not an amount: 'abc'"),
        ("balance", "3450.999", "balance: '3450.999' has more digits than GBP allows"),
        ("balance", '"1,234.00"', "balance: not an amount: '1,234.00'"),
        ("balance", "NaN", "balance: not an amount: 'NaN'"),
        ("balance", "1e40", "balance: not an amount"),
        ("balance", "1000000000000", "balance: must be less than 1000000000000"),
        ("overdue_amount", "-1.00", "overdue_amount: must not be negative"),
        ("overdue_amount", "3451.00", "overdue_amount: must not be more than the balance"),
        ("minimum_payment", "", "minimum_payment: not an amount: ''"),
        ("minimum_payment", "4000", "minimum_payment: must not be more than the balance"),
        ("days_past_due", "-3", "days_past_due: not a whole number of days: '-3'"),
        ("days_past_due", "1.5", "days_past_due: not a whole number of days: '1.5'"),
        ("annual_rate", "1", "annual_rate: not a rate from 0 to below 1, like 0.18: '1'"),
        ("annual_rate", "18%", "annual_rate: not a rate from 0 to below 1, like 0.18: '18%'"),
        ("annual_rate", "-0.1", "annual_rate: not a rate from 0 to below 1, like 0.18: '-0.1'"),
        ("annual_rate", "0.1234567", "annual_rate: not a rate from 0 to below 1, like 0.18: "
         "'0.1234567'"),
        ("language", "de", "language: not one of en, hu, zh: 'de'"),
        ("timezone", "Europe/Springfield", "timezone: not an IANA time zone: 'Europe/Springfield'"),
        ("timezone", "../../etc/passwd", "timezone: not an IANA time zone: '../../etc/passwd'"),
    ],
)  # fmt: skip
def test_each_rule_names_line_and_column(column: str, value: str, reason: str) -> None:
    fields = GOOD[2].split(",")
    fields[HEADER.index(column)] = value
    assert single_error(",".join(fields)) == RowError(3, reason)


def test_amounts_in_forints_have_no_decimals() -> None:
    row = GOOD[1].replace("1250000", "1250000.50")
    assert single_error(row) == RowError(3, "balance: '1250000.50' has more digits than HUF allows")


def test_errors_never_quote_names_or_card_digits() -> None:
    row = "GB-009,Secret Person,98765,GBP,1,2,3,x,2,fr,Nowhere"
    message = str(ImportFailed(errors_of(csv_text(row))))
    assert "Secret" not in message and "98765" not in message
    assert message.startswith("line 2: card_last4: must be exactly 4 digits\n")
    assert len(message.splitlines()) == 7  # every bad column is reported, not just the first
    # A file without its header row would otherwise have its first cardholder quoted.
    (error,) = errors_of(csv_text(*GOOD[1:], header=GOOD[0]))
    assert error.line == 1 and "王芳" not in error.reason and "1234" not in error.reason


def test_duplicate_ref_and_field_count() -> None:
    errors = errors_of(csv_text(GOOD[0], GOOD[1], GOOD[0], GOOD[2] + ",extra", "A,B"))
    assert errors == [
        RowError(4, "account_ref: repeats line 2"),
        RowError(5, "expected 11 fields, found 12"),
        RowError(6, "expected 11 fields, found 2"),
    ]


def test_header_problems_are_line_1() -> None:
    header = HEAD.replace("days_past_due", "dpd") + ",name"
    errors = errors_of(csv_text(GOOD[0] + ",x", header=header))
    assert errors == [
        RowError(1, "header: missing column days_past_due"),
        RowError(1, "header: unknown column 'dpd'"),
        RowError(1, "header: duplicate column name"),
    ]


def test_empty_header_only_and_broken_csv() -> None:
    assert errors_of("") == [RowError(1, "the file is empty")]
    assert errors_of("\n\n") == [RowError(1, "the file is empty")]
    assert errors_of(csv_text()) == [RowError(1, "the file has a header but no accounts")]
    (error,) = errors_of(csv_text(GOOD[0], 'GB-9,"Jane" Smith,1234'))
    assert error.line == 3 and error.reason.startswith("not valid CSV")


def test_multiline_field_reports_the_row_start() -> None:
    quoted = GOOD[2].replace("Jane Smith", '"Jane\nSmith"').replace(",en,", ",xx,")
    errors = errors_of(csv_text(GOOD[0], quoted, GOOD[1].replace(",hu,", ",yy,")))
    assert errors == [
        RowError(3, "language: not one of en, hu, zh: 'xx'"),  # the row spans lines 3 and 4
        RowError(5, "language: not one of en, hu, zh: 'yy'"),
    ]


@pytest.mark.parametrize("where", ["first", "last"])
async def test_bad_file_writes_nothing(db: Database, tmp_path: Path, where: str) -> None:
    await import_good(db, tmp_path)
    before = await all_accounts(db)
    changed = [row.replace(",45,", ",46,").replace(",92,", ",93,") for row in GOOD]
    bad = "NEW-1,Someone,1234,GBP,10.00,20.00,1.00,5,0.1,en,UTC"  # overdue > balance
    rows = [bad, *changed] if where == "first" else [*changed, bad]
    with pytest.raises(ImportFailed) as failed:
        await imported(db, tmp_path, csv_text(*rows))
    line = 2 if where == "first" else 5
    reason = "overdue_amount: must not be more than the balance"
    assert failed.value.errors == [RowError(line, reason)]
    assert str(failed.value) == f"line {line}: {reason}"
    assert await all_accounts(db) == before


async def test_not_utf8_is_rejected(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes(csv_text(*GOOD).replace("王芳", "Zoé").encode("latin-1", "replace"))
    with pytest.raises(ImportFailed) as failed:
        await import_accounts(db, path)
    assert failed.value.errors == [RowError(2, "not UTF-8 text")]
    assert await all_accounts(db) == []


# --- invites -----------------------------------------------------------------------------------


async def invite(db: Database, ref: str = "GB-003", *, now: datetime = NOW, days: int = 14):
    return await create_invite(db, ref, bot_username="OverdueCardBot", valid_days=days, now=now)


async def redeem(db: Database, token: str, user_id: int, *, now: datetime = NOW):
    return await db.write(
        redeem_invite, token, channel="telegram", user_id=user_id, chat_id=user_id + 1, now=now
    )


# PostgreSQL only: SQLite serves one process, whose transactions never interleave.
@pytest.mark.databases("postgresql")
async def test_the_same_file_imported_twice_at_once_creates_each_account_once(
    db: Database, database_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "accounts.csv"
    path.write_text(csv_text(*GOOD), encoding="utf-8")
    other = await open_database(database_url)
    try:
        results = await asyncio.gather(import_accounts(db, path), import_accounts(other, path))
    finally:
        await other.close()
    assert sorted(results, key=lambda r: r.created) == [
        ImportResult(created=0, updated=3),
        ImportResult(created=3, updated=0),
    ]
    assert await db.read(lambda s: s.scalar(select(func.count()).select_from(Account))) == 3


async def test_invite_token_link_and_expiry(db: Database, tmp_path: Path) -> None:
    await import_good(db, tmp_path)
    issued = await invite(db)
    assert re.fullmatch(r"[A-Za-z0-9_-]{43}", issued.token)
    assert issued.link == f"https://t.me/OverdueCardBot?start={issued.token}"
    assert issued.expires_at == NOW + timedelta(days=14)
    (stored,) = await db.read(invites)
    assert stored.token_hash == hashlib.sha256(issued.token.encode()).hexdigest()
    assert stored.expires_at == issued.expires_at and stored.used_at is None
    assert (await invite(db)).token != issued.token


# SQLite only: it reads the database's own file (and its log) byte by byte.
@pytest.mark.databases("sqlite")
async def test_only_the_hash_reaches_the_database_file(db: Database, tmp_path: Path) -> None:
    await import_good(db, tmp_path)
    issued = await invite(db)

    def database_bytes() -> bytes:
        file = Path(str(make_url(db.url).database))
        return b"".join(p.read_bytes() for p in sorted(file.parent.glob(f"{file.name}*")))

    digest = hashlib.sha256(issued.token.encode()).hexdigest().encode()
    assert digest in database_bytes()  # proves we are looking at the right bytes
    assert issued.token.encode() not in database_bytes()
    await db.close()  # checkpoints the WAL into the main file
    assert digest in database_bytes() and issued.token.encode() not in database_bytes()


async def test_invite_for_unknown_account(db: Database) -> None:
    with pytest.raises(UnknownAccount):
        await invite(db, "NOPE")


async def test_redeem_links_the_user(db: Database, tmp_path: Path) -> None:
    await import_good(db, tmp_path)
    result = await redeem(db, (await invite(db)).token, 111)
    assert result.problem is None
    assert result.account is not None and result.account.ref == "GB-003"
    assert result.cardholder is not None
    assert (result.cardholder.user_id, result.cardholder.chat_id) == (111, 112)
    assert result.cardholder.account_id == result.account.id
    (stored,) = await db.read(invites)
    assert (stored.used_at, stored.used_by) == (NOW, 111)


async def test_redeem_unknown_token(db: Database, tmp_path: Path) -> None:
    await import_good(db, tmp_path)
    await invite(db)
    for token in ["A" * 43, "", "not a token!", "x" * 65]:
        assert (await redeem(db, token, 111)).problem is InviteProblem.UNKNOWN


async def test_redeem_expired(db: Database, tmp_path: Path) -> None:
    await import_good(db, tmp_path)
    issued = await invite(db, days=14)
    later = NOW + timedelta(days=14)
    assert (await redeem(db, issued.token, 111, now=later)).problem is InviteProblem.EXPIRED
    just_before = later - timedelta(seconds=1)
    assert (await redeem(db, issued.token, 111, now=just_before)).problem is None


async def test_new_invite_revokes_older_unused_one(db: Database, tmp_path: Path) -> None:
    await import_good(db, tmp_path)
    first = await invite(db)
    other_account = await invite(db, "CN-001")
    second = await invite(db, now=NOW + timedelta(hours=1))
    later = NOW + timedelta(hours=2)
    assert (await redeem(db, first.token, 111, now=later)).problem is InviteProblem.EXPIRED
    assert (await redeem(db, second.token, 111, now=later)).problem is None
    assert (await redeem(db, other_account.token, 222, now=later)).problem is None


async def test_used_by_another_user(db: Database, tmp_path: Path) -> None:
    await import_good(db, tmp_path)
    issued = await invite(db)
    assert (await redeem(db, issued.token, 111)).problem is None
    refused = await redeem(db, issued.token, 222)
    assert refused == type(refused)(None, None, InviteProblem.USED)
    count = await db.read(lambda s: s.scalar(select(func.count()).select_from(Cardholder)))
    assert count == 1


async def test_same_user_twice_is_idempotent(db: Database, tmp_path: Path) -> None:
    await import_good(db, tmp_path)
    issued = await invite(db)
    first = await redeem(db, issued.token, 111)
    again = await redeem(db, issued.token, 111, now=NOW + timedelta(days=30))  # even expired
    assert again.problem is None
    assert first.cardholder is not None and again.cardholder is not None
    assert again.cardholder.id == first.cardholder.id
    # A second invite for the same account, opened by the same user, reuses the link.
    third = await redeem(db, (await invite(db)).token, 111)
    assert third.cardholder is not None and third.cardholder.id == first.cardholder.id


async def test_user_linked_to_another_account_is_refused(db: Database, tmp_path: Path) -> None:
    await import_good(db, tmp_path)
    assert (await redeem(db, (await invite(db, "CN-001")).token, 111)).problem is None
    issued = await invite(db, "GB-003")
    assert (await redeem(db, issued.token, 111)).problem is InviteProblem.USED
    assert (await redeem(db, issued.token, 222)).problem is None  # still there for its owner


async def test_a_lock_keeps_out_that_user_only(db: Database, tmp_path: Path) -> None:
    """A stranger who failed the identity check on a forwarded link is locked out; the account's
    owner, with a new invite, is not."""
    await import_good(db, tmp_path)
    first = await redeem(db, (await invite(db)).token, 111)
    assert first.cardholder is not None

    def lock(session: Session, cardholder_id: int | None) -> None:
        cardholder = session.get(Cardholder, cardholder_id)
        assert cardholder is not None
        cardholder.locked_at = NOW

    await db.write(lock, first.cardholder.id)
    assert (await redeem(db, (await invite(db)).token, 111)).problem is InviteProblem.LOCKED
    owner = await redeem(db, (await invite(db)).token, 222)
    assert owner.problem is None and owner.cardholder is not None
    assert owner.account is not None and owner.account.ref == "GB-003"


def failures(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(InviteFailure)) or 0


async def test_guesses_are_limited_per_user_and_the_right_token_then_reveals_nothing(
    db: Database, tmp_path: Path
) -> None:
    await import_good(db, tmp_path)
    real = (await invite(db)).token
    for guess in range(5):
        assert (await redeem(db, f"guess-{guess}", 111)).problem is InviteProblem.UNKNOWN
    assert (await redeem(db, "guess-5", 111)).problem is InviteProblem.LIMITED
    # Past the limit even the right token gets the same answer, and is not used up.
    assert (await redeem(db, real, 111)).problem is InviteProblem.LIMITED
    for guess in range(300):  # a flood is answered, and adds nothing to the count's table
        assert (await redeem(db, f"flood-{guess}", 111)).problem is InviteProblem.LIMITED
    assert await db.read(failures) == 5
    (stored,) = await db.read(invites)
    assert stored.used_at is None
    # Another user is not limited by this one; this one may try again an hour later.
    assert (await redeem(db, "guess-x", 222)).problem is InviteProblem.UNKNOWN
    later = NOW + timedelta(hours=1, seconds=1)
    assert (await redeem(db, real, 111, now=later)).problem is None


async def test_an_accounts_links_are_limited_per_day_until_the_bank_acts(
    db: Database, tmp_path: Path
) -> None:
    await import_good(db, tmp_path)
    forwarded = (await invite(db)).token
    assert (await redeem(db, forwarded, 111)).problem is None
    # Ten people (each well inside their own limit) try the passed-around link.
    for user in range(200, 210):
        assert (await redeem(db, forwarded, user)).problem is InviteProblem.USED
    assert (await redeem(db, forwarded, 210)).problem is InviteProblem.LIMITED
    # An hour on, still refused: the account's count looks back a day.
    later = NOW + timedelta(hours=2)
    assert (await redeem(db, forwarded, 211, now=later)).problem is InviteProblem.LIMITED
    # Other accounts are not touched; a new invite from the bank starts the count again.
    assert (await redeem(db, (await invite(db, "CN-001")).token, 212)).problem is None
    fresh = (await invite(db, now=later)).token
    assert (await redeem(db, fresh, 213, now=later)).problem is None
    # A day after the failures they are forgotten.
    assert await db.read(failures) == 12  # ten on the account, and one each for 210 and 211
    await redeem(db, "nothing", 214, now=NOW + timedelta(days=1, hours=3))
    assert await db.read(failures) == 1


async def test_the_limits_are_configurable(db: Database, tmp_path: Path) -> None:
    await import_good(db, tmp_path)
    strict = InviteLimits(per_user_hour=1, per_account_day=1)

    async def attempt(token: str, user_id: int) -> InviteProblem | None:
        return (
            await db.write(
                redeem_invite,
                token,
                channel="telegram",
                user_id=user_id,
                chat_id=user_id,
                now=NOW,
                limits=strict,
            )
        ).problem

    assert await attempt("wrong", 111) is InviteProblem.UNKNOWN
    assert await attempt("wrong", 111) is InviteProblem.LIMITED
    used = (await invite(db)).token
    assert await attempt(used, 222) is None
    assert await attempt(used, 333) is InviteProblem.USED
    assert await attempt(used, 444) is InviteProblem.LIMITED


async def test_concurrent_redemptions_exactly_one_wins(db: Database, tmp_path: Path) -> None:
    await import_good(db, tmp_path)
    token = (await invite(db)).token
    results = await asyncio.gather(*(redeem(db, token, user) for user in (111, 222)))
    assert sorted(str(r.problem) for r in results) == ["None", "used"]
    holders = await db.read(lambda s: list(s.scalars(select(Cardholder))))
    (stored,) = await db.read(invites)
    winner = next(r for r in results if r.problem is None)
    assert winner.cardholder is not None
    assert [h.user_id for h in holders] == [winner.cardholder.user_id] == [stored.used_by]


async def test_concurrent_double_tap_by_one_user(db: Database, tmp_path: Path) -> None:
    await import_good(db, tmp_path)
    token = (await invite(db)).token
    first, second = await asyncio.gather(redeem(db, token, 111), redeem(db, token, 111))
    assert first.problem is None and second.problem is None
    assert first.cardholder is not None and second.cardholder is not None
    assert first.cardholder.id == second.cardholder.id


async def claim_elsewhere(url: str) -> None:
    other = Database(url)
    try:
        await other.write(
            lambda session: session.execute(update(Invite).values(used_at=NOW, used_by=222))
        )
    finally:
        await other.close()


async def test_a_claim_lost_to_another_process_is_refused(db: Database, tmp_path: Path) -> None:
    """Another process (a second bot on PostgreSQL) claims the invite between our read of it and
    our conditional UPDATE: ours changes no row, and the user is told it is used."""
    await import_good(db, tmp_path)
    token = (await invite(db)).token
    claims: list[str] = []

    def claim_first(_connection, _cursor, statement: str, *_rest) -> None:  # type: ignore[no-untyped-def]
        if statement.startswith("UPDATE invite") and not claims:
            claims.append(statement)
            # The other process: a connection of its own, committed before ours goes on.
            with ThreadPoolExecutor(1) as thread:
                thread.submit(asyncio.run, claim_elsewhere(db.url)).result()

    event.listen(db.sync_engine, "before_cursor_execute", claim_first)
    try:
        refused = await redeem(db, token, 111)
    finally:
        event.remove(db.sync_engine, "before_cursor_execute", claim_first)
    assert claims and refused == type(refused)(None, None, InviteProblem.USED)
    (stored,) = await db.read(invites)
    assert stored.used_by == 222
    assert await db.read(lambda s: list(s.scalars(select(Cardholder)))) == []
