"""Round 75's English money answers among other figures: a figure hoped for beside today's, the
exact figure put after a rough one, a guess put right with "no, more like" or "no, be realistic".
The one amount meant is read; the near lines keep their reading."""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

CURRENCY = {"en": "GBP", "hu": "HUF", "zh": "CNY"}

#: (question, text, what is read)
READ = [
    # a figure hoped for beside today's: today's is asked
    ("income", "1,300 a month right now, hoping for 1,500 after my probation", "1300"),
    ("income", "I'm on 980 at the moment, hopefully 1,100 once the new contract starts", "980"),
    ("income", "take home is 1,620, hoping to get 1,800 when I'm made permanent", "1620"),
    ("income", "pension 870 now, I hope for 900 after the April uprating", "870"),
    # near lines
    ("income", "was 1,700, now 1,450", "1450"),
    ("income", "1,450 and my partner gets 1,700", "ambiguous"),
    ("counter", "50 now, hoping to do 100 later", "ambiguous"),
    # the exact figure said after a rough one, "to be exact" after it
    ("income", "about 1,500, well 1,480 to be exact after the pension comes off", "1480"),
    ("income", "roughly 1,100, or 1,085 to be precise", "1085"),
    ("expenses", "around 900 a month, well 912 exactly", "912"),
    # near lines
    ("income", "2k, well 1,980", "ambiguous"),
    ("income", "about 1,000, exactly 1,012", "1012"),
    # a guess put right: "…i think, no more like N"
    ("expenses", "800 i reckon, no more like 850 with the gas going up", "850"),
    ("counter", "100 i guess, no more like 80 to be safe", "80"),
    ("expenses", "rent 600, food 200 i think, no more like 250", "850"),
    # near lines: "no more" as a bound or "no" leading into words
    ("expenses", "about 1200, no more than that", "1200"),
    ("expenses", "1200 i think, no more", "1200"),
    ("other_debts", "loan 150 i think, no car loan", "150"),
    # a figure taken back "to be realistic": the later one is offered
    ("counter", "200, no, let's be honest, 120", "120"),
    ("counter", "80 a month no being realistic 60", "60"),
    ("income", "1,300.. no, be realistic, 1,150 most months", "1150"),
    # near lines
    ("counter", "100, be realistic", "100"),
    ("counter", "150 no", "150"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), READ)
def test_the_one_amount_meant_among_other_figures(question: str, text: str, expected: str) -> None:
    got = understanding().interpret(text, Question.at(question), "en", currency=CURRENCY["en"])
    assert got.meaning == expected
