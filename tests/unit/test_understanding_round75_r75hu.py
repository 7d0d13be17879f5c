"""Counts said beside a Hungarian money answer are no forints: the animals one keeps ("2 lóval")
and how far along a loan's years or months one is ("a 2. évnél tartok a 7-ből"). Summed in, they
would turn the one figure meant into a wrong one; the figure said is read."""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (question, text, what is read)
READ = [
    # horses kept, counted
    ("expenses", "kb 160, egyedül élek a tanyán 3 lóval", "160000"),
    ("expenses", "havi 120 körül, van 2 lovam is a faluban", "120000"),
    ("income", "250 nettó, a lovardában 6 lóval foglalkozom", "250000"),
    # near lines: the horse as an item with its cost
    ("expenses", "kaja 60, a ló 20, rezsi 40", "120000"),
    ("expenses", "kaja 60 ló 20 rezsi 40", "120000"),
    # the year or month of a loan reached, of how many
    ("other_debts", "1 hitel, 30 ezer, a 3. évnél tartok az 5-ből", "30000"),
    ("other_debts", "autóhitel 42 ezer havonta, a 4. hónapnál járok a 48-ból", "42000"),
    ("other_debts", "25 ezer, a 2. évnél tartunk a 10-ből", "25000"),
    # near lines: payments reached or tallied as before, and two loans summed
    ("other_debts", "10 részlet, 7-nél tartok, havi 15", "15000"),
    ("other_debts", "havi 30, 24-ből 20 megvan", "30000"),
    ("other_debts", "két hitel, 12 és 8", "20000"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), READ)
def test_counts_beside_the_figure_are_no_forints(question: str, text: str, expected: str) -> None:
    got = understanding().interpret(text, Question.at(question), "hu", currency="HUF")
    assert got.meaning == expected
