"""The terminal demo and the command line, driven as an operator would drive them."""

from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.channels.terminal import run_demo
from bot.cli import DEMO_DATABASE
from bot.clock import ManualClock
from bot.config import load_settings
from bot.storage.db import open_database
from bot.storage.models import Agreement, Direction, Instalment, TranscriptMessage
from bot.storage.models import Conversation as ConversationRow
from tests.support.english import english_leaks

ROOT = Path(__file__).resolve().parents[2]
CLOCK = ManualClock(datetime(2026, 11, 22, 9, 0, tzinfo=UTC))

# verify, cause "my income went down", income, expenses, no other debts, lasting, option 1,
# choose it, agree.
WHOLE_NEGOTIATION = ["4321", "b", "2500", "1200", "0", "b", "1", "a", "a"]


def lines(answers: list[str]) -> Iterator[str | None]:
    yield from answers
    while True:
        yield None


async def demo(
    tmp_path: Path, answers: list[str], *, language: str = "en", resume: bool = False
) -> str:
    out = io.StringIO()
    feed = lines(answers)
    await run_demo(
        load_settings(),
        language=language,
        resume=resume,
        database_url=f"sqlite:///{tmp_path / 'demo.db'}",
        out=out,
        read_line=lambda: next(feed),
        clock=CLOCK,
    )
    return out.getvalue()


def what_was_agreed(
    session: Session,
) -> tuple[Agreement, list[Instalment], list[TranscriptMessage]]:
    return (
        session.execute(select(Agreement)).scalar_one(),
        list(session.scalars(select(Instalment))),
        list(session.scalars(select(TranscriptMessage))),
    )


async def test_demo_runs_a_whole_negotiation_to_an_agreement(tmp_path: Path) -> None:
    output = await demo(tmp_path, WHOLE_NEGOTIATION)
    assert "automated assistant" in output
    assert "$420.00" in output  # the overdue amount, after verification
    assert "Repayment agreement" in output
    assert "Your agreement is confirmed" in output
    db = await open_database(f"sqlite:///{tmp_path / 'demo.db'}")
    try:
        agreement, instalments, transcript = await db.read(what_was_agreed)
        assert sum(i.amount for i in instalments) == agreement.total
        assert len(agreement.sha256) == 64 and "Repayment agreement" in agreement.text
        assert {m.direction for m in transcript} == {Direction.IN, Direction.OUT}
    finally:
        await db.close()


async def test_account_details_appear_only_after_verification(tmp_path: Path) -> None:
    output = await demo(tmp_path, ["1111"])
    assert "$420.00" not in output and "$5,000.00" not in output


async def test_demo_resumes_where_it_stopped(tmp_path: Path) -> None:
    first = await demo(tmp_path, WHOLE_NEGOTIATION[:4])
    assert "How much do you pay each month on other loans" in first
    resumed = await demo(tmp_path, WHOLE_NEGOTIATION[4:], resume=True)
    assert "Welcome back" in resumed
    assert "Your agreement is confirmed" in resumed
    db = await open_database(f"sqlite:///{tmp_path / 'demo.db'}")
    try:
        assert len(await db.read(lambda s: list(s.scalars(select(ConversationRow))))) == 1
    finally:
        await db.close()


async def test_a_new_demo_starts_over(tmp_path: Path) -> None:
    await demo(tmp_path, WHOLE_NEGOTIATION)
    output = await demo(tmp_path, [])
    assert "Welcome back" not in output
    assert "last four digits" in output


@pytest.mark.parametrize(
    ("language", "expected"),
    [("zh", ["自动", "¥2,600.00"]), ("hu", ["automatikus", "96 000 Ft"])],
)
async def test_demo_in_chinese_and_hungarian(
    tmp_path: Path, language: str, expected: list[str]
) -> None:
    output = await demo(tmp_path, ["4321"], language=language)
    for text in expected:
        assert text.replace(" ", "\u00a0") in output.replace(" ", "\u00a0")


@pytest.mark.parametrize(
    ("language", "answers", "agreed"),
    [
        (
            "zh",
            ["4321", "失业", "8000元", "3千", "没有", "不", "1", "是", "我同意"],
            "您的还款协议已确认",
        ),
        (
            "hu",
            [
                "4321",
                "elvesztettem az állásom",
                "450 000 Ft",
                "200.000",
                "nincs",
                "nem",
                "1",
                "igen",
                "elfogadom",
            ],
            "megállapodását megerősítettük",
        ),
    ],
)
async def test_whole_negotiation_typed_in_chinese_and_hungarian_without_a_word_of_english(
    tmp_path: Path, language: str, answers: list[str], agreed: str
) -> None:
    output = await demo(tmp_path, answers, language=language)
    assert agreed in output
    shown = "\n".join(line for line in output.splitlines() if not line.startswith("> ")).lower()
    leaked = english_leaks(shown)
    assert not leaked, leaked


def run_cli(
    *args: str, stdin: str = "", env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **(env or {})}
    environment.pop("OVERDUE_BOT_CONFIG", None)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        env=environment,
        timeout=120,
        check=False,
    )


def test_piped_demo_through_the_real_command(tmp_path: Path) -> None:
    result = run_cli(
        "demo", "--db", str(tmp_path / "cli.db"), stdin="\n".join(WHOLE_NEGOTIATION) + "\n"
    )
    assert result.returncode == 0, result.stderr
    assert "> 4321" in result.stdout
    assert "Your agreement is confirmed" in result.stdout
    [pdf] = tmp_path.glob("*.pdf")  # the agreement to keep, beside the demo's database
    assert f"📄 {pdf}" in result.stdout and pdf.read_bytes().startswith(b"%PDF")


def test_the_demo_talks_in_the_configured_database(database_url: str, tmp_path: Path) -> None:
    """``[database] url`` set (here from the environment, as an operator sets it), the demo's
    conversation and agreement are in that database, SQLite or PostgreSQL, and no demo file is
    made beside it."""
    result = run_cli(
        "demo",
        stdin="\n".join(WHOLE_NEGOTIATION) + "\n",
        env={"OVERDUE_BOT_DATABASE__URL": database_url},
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "Your agreement is confirmed" in result.stdout
    assert not (tmp_path / DEMO_DATABASE).exists()

    async def agreements() -> int:
        db = await open_database(database_url)
        try:
            return len(await db.read(lambda s: list(s.scalars(select(Agreement)))))
        finally:
            await db.close()

    assert asyncio.run(agreements()) == 1


def test_a_bad_configuration_names_the_key_and_exits_2(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[policy]\nmin_recovery = "2"\nbogus = 1\n', encoding="utf-8")
    result = run_cli("--config", str(config), "demo")
    assert result.returncode == 2
    assert "policy.min_recovery" in result.stderr and "policy.bogus: unknown key" in result.stderr
    missing = run_cli("--config", str(tmp_path / "nope.toml"), "demo")
    assert missing.returncode == 2 and "not found" in missing.stderr


def test_accounts_import_and_invite_through_the_command_line(tmp_path: Path) -> None:
    csv = tmp_path / "accounts.csv"
    csv.write_text(
        "account_ref,name,card_last4,currency,balance,overdue_amount,minimum_payment,days_past_due,annual_rate,language,timezone\n"
        "ACC-1,Li Wei,1234,CNY,30000.00,2600.00,1500.00,95,0.18,zh,Asia/Shanghai\n",
        encoding="utf-8",
    )
    env = {"OVERDUE_BOT_DATABASE__URL": f"sqlite:///{tmp_path / 'ops.db'}"}
    imported = run_cli("accounts", "import", str(csv), env=env)
    assert imported.returncode == 0, imported.stderr
    assert "1 created" in imported.stdout
    invited = run_cli("accounts", "invite", "ACC-1", env=env)
    assert invited.returncode == 0, invited.stderr
    assert "https://t.me/OverdueCardBot?start=" in invited.stdout
    assert "Li Wei" not in invited.stdout + invited.stderr + imported.stdout + imported.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text(
        csv.read_text(encoding="utf-8") + "ACC-2,X,12,CNY,1,1,1,1,0.1,zh,Asia/Shanghai\n",
        encoding="utf-8",
    )
    refused = run_cli("accounts", "import", str(bad), env=env)
    assert refused.returncode == 1 and "line 3" in refused.stderr and "card_last4" in refused.stderr
    unknown = run_cli("accounts", "invite", "NOPE", env=env)
    assert unknown.returncode == 1


def test_payments_import_through_the_command_line(tmp_path: Path) -> None:
    env = {"OVERDUE_BOT_DATABASE__URL": f"sqlite:///{tmp_path / 'ops.db'}"}
    accounts = tmp_path / "accounts.csv"
    accounts.write_text(
        "account_ref,name,card_last4,currency,balance,overdue_amount,minimum_payment,days_past_due,annual_rate,language,timezone\n"
        "ACC-1,Li Wei,1234,CNY,30000.00,2600.00,1500.00,95,0.18,zh,Asia/Shanghai\n",
        encoding="utf-8",
    )
    assert run_cli("accounts", "import", str(accounts), env=env).returncode == 0
    payments = tmp_path / "payments.csv"
    payments.write_text(
        "account_ref,amount,paid_at,reference\nACC-1,500.00,2026-11-20T10:00:00+08:00,TX-1\n",
        encoding="utf-8",
    )
    first = run_cli("payments", "import", str(payments), env=env)
    assert first.returncode == 0, first.stderr
    assert "1 imported, 0 already known" in first.stdout
    again = run_cli("payments", "import", str(payments), env=env)
    assert again.returncode == 0 and "0 imported, 1 already known" in again.stdout
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "account_ref,amount,paid_at,reference\nACC-1,lots,2026-11-20,TX-2\n", encoding="utf-8"
    )
    refused = run_cli("payments", "import", str(bad), env=env)
    assert refused.returncode == 1 and "line 2" in refused.stderr and "amount" in refused.stderr
    missing = run_cli("payments", "import", str(tmp_path / "nope.csv"), env=env)
    assert missing.returncode == 1 and "Traceback" not in missing.stderr


def test_run_without_a_token_names_the_key_and_exits_2(tmp_path: Path) -> None:
    result = run_cli(
        "run",
        env={
            "OVERDUE_BOT_TELEGRAM__TOKEN": "",
            "OVERDUE_BOT_DATABASE__URL": f"sqlite:///{tmp_path / 'run.db'}",
        },
    )
    assert result.returncode == 2, result.stderr
    assert "token" in result.stderr and "Traceback" not in result.stderr
