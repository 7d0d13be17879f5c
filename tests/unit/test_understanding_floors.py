"""The understanding layer on the held-out evaluation set: never worse than it has been.

The set (``tests/evaluation/``) is never trained on (a text both here and among the examples or
the labelled messages is withheld from learning, and ``tests/unit/test_meaning.py`` fails on any
overlap) and nobody who writes examples reads it. ``HELD`` is the level reached so far, a ratchet:
raise it when the layer improves. The product's targets are :data:`bot.evaluation.TARGETS`;
``overdue-bot understanding check`` says which are not met yet.
"""

from __future__ import annotations

import pytest

from bot.evaluation import DEFAULT_SET, Floors, Report, load_cases, run, shortfalls

#: Reached on this set so far (97.5% overall, worst cell 90%, distress 100%, dispute at its worst
#: question 100%, 5 amounts misread), less a hair for the linear model's training; never lower.
#: The hair on amounts is one message: retraining on new examples moves the classifier's
#: dispute in a message beside an amount across its bars either way.
HELD = Floors(
    overall=0.97,
    each_cell=0.89,
    distress_recall=1.0,
    dispute_recall_each_question=0.95,
    refusals_accepted=0,
    amounts_misread=6,
)


@pytest.fixture(scope="module")
def report() -> Report:
    return run(load_cases([DEFAULT_SET]), passes=1)


def test_the_set_covers_every_question_in_every_language(report: Report) -> None:
    for (language, question), (_, total) in report.cells.items():
        assert total >= 30, (language, question, total)
    assert {language for language, _ in report.cells} == {"en", "hu", "zh"}


def test_the_layer_holds_its_level_on_the_held_out_set(report: Report) -> None:
    assert shortfalls(report, HELD) == []


def test_a_refusal_is_never_read_as_acceptance(report: Report) -> None:
    assert report.refusals_accepted == []
