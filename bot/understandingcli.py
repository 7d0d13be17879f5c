"""``overdue-bot understanding misses`` / ``understanding check``: where people are not understood.

``misses`` prints the typed messages the assistant did not understand, grouped by the step they
answered, so the team can add examples to ``dialogs/understanding/examples/`` (see the
README). They are what cardholders typed: read them as personal data, on the bank's own machines.
``check`` scores the understanding layer on the held-out evaluation set of a checkout;
``withhold`` keeps the texts of the held-out sets out of what it learns; ``prepare`` (the build
runs it) works out the rules' patterns once for every later start.
"""

from __future__ import annotations

import json
import os
import sys
from collections import defaultdict
from datetime import UTC, date, datetime
from pathlib import Path

from sqlmodel import col, select

from bot.config import Settings
from bot.printable import printable
from bot.storage.db import configured_database
from bot.storage.models import UnderstandingMiss


async def misses(settings: Settings, since: date | None, language: str | None) -> int:
    async with configured_database(settings.database) as db:
        query = select(UnderstandingMiss).order_by(
            col(UnderstandingMiss.step), col(UnderstandingMiss.at)
        )
        if since is not None:
            start = datetime(since.year, since.month, since.day, tzinfo=UTC)
            query = query.where(col(UnderstandingMiss.at) >= start)
        if language is not None:
            query = query.where(col(UnderstandingMiss.language) == language)
        rows = await db.read(lambda session: list(session.scalars(query)))
    if not rows:
        print("no message went misunderstood")
        return 0
    by_step: dict[str, list[UnderstandingMiss]] = defaultdict(list)
    for row in rows:
        by_step[row.step].append(row)
    for step, found in sorted(by_step.items(), key=lambda item: -len(item[1])):
        print(f"{step} ({len(found)})")
        for row in found:
            text = " ".join(printable(row.text).split())  # typed by anyone: not to the terminal
            print(f"  {row.at:%Y-%m-%d %H:%M} {row.language}  {text}")
    return 0


def check() -> int:
    """The evaluation's figures, and whether the targets are met (exit status 1 if not)."""
    from bot.evaluation import DEFAULT_SET, TARGETS, load_cases, print_report, run, shortfalls

    if not DEFAULT_SET.is_dir():
        print(f"no evaluation set at {DEFAULT_SET}: run this in a checkout", file=sys.stderr)
        return 2
    report = run(load_cases([DEFAULT_SET]), passes=1)
    print_report(report)
    missing = shortfalls(report, TARGETS)
    for shortfall in missing:
        print(f"below the target: {shortfall}", file=sys.stderr)
    return 1 if missing else 0


def withhold() -> int:
    """Write the examples' list of withheld texts (run in a checkout, after adding examples or
    moving a round into ``examples/messages/``)."""
    from bot.evaluation import DEFAULT_SET, withhold

    if not DEFAULT_SET.is_dir():
        print(f"no evaluation set at {DEFAULT_SET}: run this in a checkout", file=sys.stderr)
        return 2
    print(f"{withhold()} texts withheld from learning")
    return 0


def prepare(target: Path | None = None) -> int:
    """Work out the rules' patterns and keep them where every later start reads them (see
    :mod:`dialogs.understanding.rules.prepared`; ``make`` runs this after an install)."""
    import dialogs.understanding  # noqa: F401  (importing the rules works every pattern out)
    from dialogs.understanding.rules import prepared

    target = target or Path(prepared.__file__).with_name(prepared.FILE_NAME)
    written = prepared.worked_out()
    # Whole or not at all: a start reading it meanwhile sees the old file or the new one.
    partial = target.with_name(f".{target.name}.{os.getpid()}")
    partial.write_text(json.dumps(written, ensure_ascii=False), encoding="utf-8")
    partial.replace(target)
    print(f"{len(written['patterns'])} patterns prepared for the next starts")
    return 0
