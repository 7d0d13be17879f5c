"""What the evaluation prints: figures only, never a held-out text."""

from __future__ import annotations

import io
from collections.abc import Callable

from bot.evaluation import (
    REFERENCE_EVERY,
    Case,
    evaluate,
    print_report,
    reference_compile,
    reference_read,
)
from dialogs.understanding.meaning import Interpretation


def _reading(meanings: dict[str, str | None]) -> Callable[[str, str, str], Interpretation]:
    def read(text: str, question: str, language: str) -> Interpretation:
        return Interpretation(meanings[text], 1.0)

    return read


def test_misread_amounts_are_counted_by_question_and_by_what_was_meant() -> None:
    cases = [
        Case("hu", "expenses", "secret one", "ambiguous"),
        Case("hu", "expenses", "secret two", "120000"),
        Case("en", "options", "secret three", "counter"),
        Case("en", "income", "secret four", "2400"),
    ]
    report = evaluate(
        cases,
        _reading(
            {
                "secret one": "160000",
                "secret two": "12000",
                "secret three": "amount:24",
                "secret four": "2400",
            }
        ),
    )
    out = io.StringIO()
    print_report(report, file=out)
    printed = out.getvalue()
    assert (
        "amounts misread: 3 (en options, no amount: 1; hu expenses, another amount: 1;"
        " hu expenses, asked again: 1)" in printed
    )
    assert "secret" not in printed


def test_the_machine_s_reference_is_printed_with_the_times_as_its_multiples() -> None:
    report = evaluate([Case("en", "income", "secret", "2400")], _reading({"secret": "2400"}))
    report.per_message_ms = [0.5]
    report.stored_startup_seconds = 1.5
    report.reference_read_ms = 0.125
    report.reference_compile_seconds = 0.075
    out = io.StringIO()
    print_report(report, file=out)
    assert (
        "a reference read 0.125 ms, a reference compile 0.075 s; p99 4.00 reference reads, "
        "start-up 20.0 reference compiles" in out.getvalue()
    )


def test_the_reference_read_does_the_same_work_every_time() -> None:
    assert len({reference_read() for _ in range(3)}) == 1
    assert reference_compile() > 0


def test_reference_reads_are_timed_among_the_messages() -> None:
    cases = [Case("en", "income", f"secret {n}", "2400") for n in range(REFERENCE_EVERY * 2 + 1)]
    reference: list[float] = []
    evaluate(cases, _reading({case.text: "2400" for case in cases}), reference)
    assert len(reference) == 3
    assert all(ms > 0 for ms in reference)
