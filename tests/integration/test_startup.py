"""Starting the bot: what cannot work stops it with one line and exit status 2; a Bot API that
cannot be reached yet is waited for; ``[logging] level`` and ``[database] echo`` are obeyed.

Start-up failures go through the command line (``main()`` with captured output, or the real
``python -m bot run`` in a subprocess against the fake Bot API); the waiting app is driven with
an injected sleep, never by waiting.
"""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.channels.telegram.app import TelegramApp
from bot.channels.telegram.startup import FIRST_WAIT, LONGEST_WAIT
from bot.cli import main
from bot.clock import ManualClock
from bot.config import load_settings
from bot.storage.db import Database
from tests.support.fakebotapi import FakeBotAPI
from tests.support.telegram import BOT_TOKEN, bot_settings, free_port

ROOT = Path(__file__).resolve().parents[2]
STRANGER = 5003


@pytest.fixture(autouse=True)
def _collector_as_it_was() -> Iterator[None]:
    """``main(["run"])`` tunes the garbage collector for a long-running bot: not for the tests."""
    before = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*before)


def _config(tmp_path: Path, text: str) -> str:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


UNUSABLE_DATABASES = {
    "a folder that is not there": ("sqlite:///{tmp}/missing/folder/bot.db", "cannot be opened"),
    "an unknown database": ("nosuchdb://somewhere/bot", "unknown database or driver 'nosuchdb'"),
    "a driver not installed": (
        "postgresql+asyncpg://bank:pa55word@127.0.0.1:{port}/overdue",
        "its driver asyncpg is not installed (pip install 'overdue-bot[postgres]')",
    ),
    "a PostgreSQL that cannot be reached": (
        "postgresql+asyncpg://bank:pa55word@127.0.0.1:{port}/overdue",
        "cannot be reached: Connect call failed",
    ),
}


@pytest.mark.parametrize(
    "command", [["run"], ["desk", "list"], ["demo"], ["db", "upgrade"], ["db", "current"]]
)
@pytest.mark.parametrize("case", list(UNUSABLE_DATABASES))
def test_a_database_that_cannot_be_used_stops_with_one_line_and_status_2(
    case: str,
    command: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, cause = UNUSABLE_DATABASES[case]
    if case == "a driver not installed":
        monkeypatch.setitem(sys.modules, "asyncpg", None)  # import asyncpg: ModuleNotFoundError
    config = _config(
        tmp_path,
        f'[telegram]\ntoken = "{BOT_TOKEN}"\napi_base = "http://127.0.0.1:{free_port()}"\n'
        f'[database]\nurl = "{url.format(tmp=tmp_path, port=free_port())}"\n',
    )
    assert main(["--config", config, *command]) == 2
    line = _one_line(capsys.readouterr().err)
    assert line.startswith("overdue-bot: database.url ") and cause in line, line
    assert "pa55word" not in line


@pytest.mark.parametrize("token", ["", "not-a-token", "12345"])
def test_a_missing_or_malformed_token_stops_with_one_line_and_status_2(
    token: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "bot.db"
    config = _config(
        tmp_path, f'[telegram]\ntoken = "{token}"\n[database]\nurl = "sqlite:///{db}"\n'
    )
    assert main(["--config", config, "run"]) == 2
    assert _one_line(capsys.readouterr().err).startswith("overdue-bot: telegram.token: ")


def _environment(api: FakeBotAPI, database_url: str, **settings: str) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("OVERDUE_BOT_")}
    return {
        **environment,
        "OVERDUE_BOT_TELEGRAM__TOKEN": BOT_TOKEN,
        "OVERDUE_BOT_TELEGRAM__API_BASE": api.base_url,
        "OVERDUE_BOT_DATABASE__URL": database_url,
        "OVERDUE_BOT_DOCUMENT__WORKERS": "0",
        **{f"OVERDUE_BOT_{key.upper()}": value for key, value in settings.items()},
    }


async def _start_bot(environment: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        env=environment,
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


# SQLite only: a process of its own (seconds), and what it shows happens apart from the database.
@pytest.mark.databases("sqlite")
async def test_a_token_telegram_refuses_stops_the_bot_with_one_line_and_status_2(
    database: Database, database_url: str
) -> None:
    other = FakeBotAPI("7301924455:AAF-another-bots-token-xx")  # knows another token only
    await other.start()
    try:
        bot = await _start_bot(_environment(other, database_url))
        out, err = await asyncio.wait_for(bot.communicate(), 120)
    finally:
        await other.stop()
    assert bot.returncode == 2, (out + err).decode()
    line = _one_line(err.decode())
    assert line.startswith(
        "overdue-bot: telegram.token: refused by the Bot API at http://127.0.0.1"
    )
    assert BOT_TOKEN.partition(":")[2] not in line
    assert [call.method for call in other.calls] == ["getMe"]  # nothing else was tried


async def test_an_unreachable_bot_api_is_waited_for_with_backoff_and_logged(
    database: Database, database_url: str, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    nobody = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    settings = load_settings(
        None, telegram={"token": BOT_TOKEN, "api_base": nobody}, database={"url": database_url}
    )
    waits: list[float] = []
    app: TelegramApp

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 9:
            asyncio.get_running_loop().create_task(app.stop())

    app = TelegramApp(settings, clock, database, handle_signals=False, sleep=sleep)
    await asyncio.wait_for(app.run(), 60)  # stopped while waiting: no exception
    assert waits == [FIRST_WAIT * 2**n for n in range(6)] + [LONGEST_WAIT] * 3
    tries = [r.getMessage() for r in caplog.records if "not reachable" in r.getMessage()]
    assert len(tries) == 9
    assert tries[0] == (
        f"Bot API at {nobody} not reachable (TelegramNetworkError): trying again in 1 s"
    )


async def test_a_bot_api_answering_5xx_at_start_is_tried_again_then_served(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    telegram_api.fail("getMe", status=502, description="Bad Gateway", times=2)
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    app = TelegramApp(
        bot_settings(telegram_api, database_url), clock, database, handle_signals=False, sleep=sleep
    )
    task = asyncio.create_task(app.run())
    try:
        await telegram_api.wait_for("getUpdates", timeout=30)
    finally:
        await asyncio.wait_for(app.stop(), 10)
        await task
    assert waits == [1.0, 2.0]
    assert [c.status for c in telegram_api.calls_of("getMe")] == [502, 502, 200]


@pytest.mark.parametrize("level", ["warning", "DEBUG"])
async def test_the_log_level_and_the_sql_echo_are_obeyed(
    level: str, telegram_api: FakeBotAPI, database: Database, database_url: str
) -> None:
    echo = level == "DEBUG"
    bot = await _start_bot(
        _environment(
            telegram_api, database_url, logging__level=level, database__echo=str(echo).lower()
        )
    )
    try:
        await telegram_api.wait_for("getUpdates", timeout=120)
        telegram_api.message(STRANGER, "hello 4321", language_code="en")
        await telegram_api.wait_for("sendMessage", timeout=30)
    finally:
        bot.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(bot.communicate(), 60)
    logs = (out + err).decode()
    assert bot.returncode == 0, logs
    if echo:
        assert " DEBUG " in logs and " INFO sqlalchemy.engine" in logs and "SELECT" in logs
        assert "SQL parameters hidden" in logs
        assert " DEBUG sqlalchemy" not in logs  # the rows read are never logged
    else:
        assert " INFO " not in logs and " DEBUG " not in logs and "SELECT" not in logs
    assert "hello" not in logs and "4321" not in logs


# SQLite only: a process of its own (seconds), and what it shows happens apart from the database.
@pytest.mark.databases("sqlite")
async def test_sigterm_while_waiting_for_the_bot_api_ends_the_start_cleanly(
    database: Database, database_url: str
) -> None:
    """The signal handlers are set before the start's waits, not only once serving."""
    nobody = FakeBotAPI(BOT_TOKEN)
    nobody.fail("getMe", status=502, times=1000)  # Telegram down: the start waits and retries
    await nobody.start()
    try:
        bot = await _start_bot(_environment(nobody, database_url))
        await nobody.wait_for("getMe", timeout=120)
        bot.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(bot.communicate(), 60)
    finally:
        await nobody.stop()
    logs = (out + err).decode()
    assert bot.returncode == 0, logs
    assert "received SIGTERM: stopping" in logs and "Traceback" not in logs
