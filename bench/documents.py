"""How fast agreement PDFs are made, one after the other in one process (as in a PDF worker).

The agreements are the real template rendered for a cardholder in each language (a 60-payment
Chinese hardship plan, 24-payment English and Hungarian instalment plans), taken in turn:
zh, en, hu, zh, … The first document of a process is dearer than the others (the
catalogs are loaded then; the fonts are read for every document); the figures show both.

Printed: per language, the first document's time and the mean of the later ones (ms), and
documents/second over the later ones. With ``--worker`` the documents are made as the bot makes
them, by :class:`bot.channels.telegram.documents.PdfMaker` in a worker process (one), so each time
also holds the hand-over to the process and back (the worker is started, and waited for, first).

    .venv/bin/python bench/documents.py [--documents 20] [--worker]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.channels.telegram.documents import PdfMaker  # noqa: E402
from bot.config import BankConfig, DocumentConfig, Localized  # noqa: E402
from bot.operations.document import AgreementDocuments  # noqa: E402
from bot.service.effects import agreement_columns  # noqa: E402
from bot.storage.models import Agreement  # noqa: E402
from bot.texts import Texts  # noqa: E402
from dialogs.domain.plans import AccountTerms, OptionKind, Situation, build_options  # noqa: E402
from dialogs.domain.policy import Policy  # noqa: E402
from dialogs.domain.vocabulary import Cause  # noqa: E402
from dialogs.replies import Reply  # noqa: E402

D = Decimal
TODAY = date(2026, 11, 23)
ACCEPTED = datetime(2026, 11, 23, 10, 5, tzinfo=UTC)
#: language, currency, time zone, the plan taken
CARDHOLDERS = (
    ("zh", "CNY", "Asia/Shanghai", OptionKind.HARDSHIP),
    ("en", "GBP", "Europe/London", OptionKind.INSTALMENT),
    ("hu", "HUF", "Europe/Budapest", OptionKind.INSTALMENT),
)


def agreement(texts: Texts, language: str, currency: str, kind: OptionKind) -> Agreement:
    """What an accepted agreement stores (``agreement_columns``): the template, rendered."""
    scale = 100 if currency == "HUF" else 1
    terms = AccountTerms(
        currency, D("12345.50") * scale, D("2600") * scale, D("450") * scale, 95, D("0.18")
    )
    situation = Situation(Cause.JOB_LOSS, D("20000") * scale, D("1000") * scale, D(0), True, 2)
    policy = Policy(instalment_terms=(12, 24), max_options=6)
    option = next(o for o in build_options(terms, situation, policy, TODAY) if o.kind == kind)
    params = {
        "option": option,
        "account": terms,
        "card_last4": "4321",
        "currency": currency,
        "terms_version": "2026-11",
        "today": TODAY,
        "grace_days": 3,
        "language": language,
        "late_fee": D("15") * scale,
        "annual_fee_waived": True,
    }
    text = texts.render(Reply("agreement", params), language)
    return Agreement(
        id=1,
        **agreement_columns(
            option,
            text,
            conversation_id=1,
            account_id=1,
            terms_version="2026-11",
            language=language,
            accepted_at=ACCEPTED,
        ),
    )


async def in_worker(
    texts: Texts, made: list[tuple[str, str, Agreement]], count: int
) -> tuple[dict[str, list[float]], float]:
    """The documents' times, and all of them, once the worker has started."""
    maker = PdfMaker(texts, DocumentConfig(workers=1))
    maker.start()
    assert maker._pool is not None
    await asyncio.get_running_loop().run_in_executor(maker._pool, int)  # the worker is up
    times: dict[str, list[float]] = {language: [] for language, _, _ in made}
    started = time.perf_counter()
    try:
        for number in range(count):
            language, timezone, accepted = made[number % len(made)]
            start = time.perf_counter()
            await maker.document(accepted.model_dump(), timezone)
            times[language].append(time.perf_counter() - start)
    finally:
        maker.close()
    return times, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=20)
    parser.add_argument(
        "--worker", action="store_true", help="in a worker process, as the bot makes them"
    )
    args = parser.parse_args(argv)
    texts = Texts(
        BankConfig(name=Localized(en="Example Bank", hu="Első Hűség Bank", zh="示例银行"))
    )
    made = [
        (language, timezone, agreement(texts, language, currency, kind))
        for language, currency, timezone, kind in CARDHOLDERS
    ]
    if args.worker:
        times, total = asyncio.run(in_worker(texts, made, args.documents))
    else:
        started = time.perf_counter()
        documents = AgreementDocuments(texts, DocumentConfig())
        times = {language: [] for language, _, _ in made}
        for number in range(args.documents):
            language, timezone, accepted = made[number % len(made)]
            start = time.perf_counter()
            documents.pdf(accepted, timezone)
            times[language].append(time.perf_counter() - start)
        total = time.perf_counter() - started
    where = "a worker process" if args.worker else "this process"
    rate = args.documents / total
    print(f"{args.documents} documents in {where}: {total:.2f} s, {rate:.1f} documents/s")
    later: list[float] = []
    for language, seconds in times.items():
        if not seconds:  # fewer documents than languages
            continue
        rest = seconds[1:]
        later += rest
        mean = f"{statistics.mean(rest) * 1000:6.0f} ms" if rest else "     -"
        print(
            f"  {language}: first {seconds[0] * 1000:6.0f} ms, later {mean} (mean of {len(rest)})"
        )
    if later:
        print(f"  later documents: {len(later) / sum(later):.1f} documents/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
