"""Round 76's Hungarian lines, many said on coming back after a pause (an earlier guess given
up, the hour written at, the plan thought over, the pause told beside an answer, a trade's story,
a report before the answer): what is meant is read; the near lines keep their reading."""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (question, text, what is read)
READ = [
    # an earlier guess of the months told as past and given up after "de": the later one, or
    # none left
    ("recovery", "tegnap azt írtam, 3 hónap, de most úgy néz ki, inkább 6", "6"),
    ("recovery", "legutóbb azt gondoltam 2 hónap, de szerintem 4 is lehet", "4"),
    ("recovery", "először azt hittem pár hét, de a főnök szerint inkább 2 hónap", "2"),
    ("recovery", "nem tudom, akkor azt reméltem, pár hónap, de most semmi nem biztos", "unsure"),
    # near lines: the earlier figure kept, or said again
    ("recovery", "ahogy múltkor mondtam, 3 hónap", "3"),
    ("recovery", "múltkor azt mondtam 2 hónap, és ez így is marad", "2"),
    # the hour written at, with its time of day: no count of months
    ("recovery", "esti 9 óra van, bocs. kb 2 hónap", "2"),
    ("recovery", "éjjeli 2 van már, szóval fél év, nyárig", "6"),
    ("recovery", "reggeli 6 van, indulok dolgozni. jövő hónapban", "1"),
    # near lines
    ("recovery", "kb 5 hónap", "5"),
    ("recovery", "hajnali 4-kor kelek, de 3 hónap múlva jobb lesz", "3"),
]  # fmt: skip

#: The plan thought over, read again or the writer away, told in the past before a yes in words.
AGREEMENT = [
    ("sokat gondolkodtam ezen a héten, végül elfogadom", "accept"),
    ("bocs, tegnap nem tudtam válaszolni. rendben, elfogadom a tervet", "accept"),
    ("újra elolvastam az egészet, elfogadom", "accept"),
    ("pár napig nem voltam otthon, oké, elfogadom", "accept"),
    # near lines: still thinking, a condition, another plan, a question
    ("még gondolkodom rajta", "decline"),
    ("gondolkodtam rajta, de még nem fogadom el", "decline"),
    ("gondolkodtam rajta, elfogadom, de csak ha a kamat lejjebb megy", "decline"),
    ("nem voltam itthon, még át kell olvasnom", "decline"),
    ("visszaolvastam, inkább a másikat választanám", "decline"),
    ("gondolkodtam, elfogadom?", "decline"),
]  # fmt: skip


def _read(question: str, text: str) -> str | None:
    got = understanding().interpret(text, Question.at(question), "hu", currency="HUF")
    return got.meaning


@pytest.mark.parametrize(("question", "text", "expected"), READ)
def test_months_after_a_pause(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(("text", "expected"), AGREEMENT)
def test_a_yes_after_thinking_it_over(text: str, expected: str) -> None:
    assert _read("agreement", text) == expected
