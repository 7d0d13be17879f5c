"""What the evaluation prints: figures only, never a held-out text."""

from __future__ import annotations

import io
from collections.abc import Callable

from bot.evaluation import Case, evaluate, print_report
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
