"""An own monthly amount asked for instead of the plan named at the options: the plan is
context, the amount is the counter-offer."""

from __future__ import annotations

import pytest

from bot.evaluation import README_OFFERS
from dialogs.understanding.meaning import Question, interpret

OFFERS = README_OFFERS  # the options of tests/evaluation/README.md, in order


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("a 3-as tetszik, de 12 hónap helyett havi 15 ezer?", "hu", "amount:15000"),
        ("a 2-es lenne jó, de a 6 részlet helyett inkább havi 20 ezret", "hu", "amount:20000"),
        ("plan 3 is ok but instead of 12 payments could i do 40 a month", "en", "amount:40"),
        # the plan alone is still the plan
        ("a 4-es", "hu", "4"),
    ],
)
def test_an_amount_instead_of_the_plan(text: str, language: str, expected: str) -> None:
    assert interpret(text, Question.OPTIONS, language, offers=OFFERS).meaning == expected
