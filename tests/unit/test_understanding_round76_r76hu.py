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

#: The pause told beside an answer: no distress, no dispute; a crisis beside it still heard.
PAUSE = [
    ("verify", "elnézést, este nem válaszoltam, elaludtam. a kártya vége 4417", "4417"),
    ("verify", "bocs, múltkor nem folytattam. 3382 a vége", "3382"),
    ("expenses", "éjjeli 1 van elnézést, nem tudtam aludni. havi 150 körül", "150000"),
    ("recovery", "még most sem tudom, ahogy múltkor sem", "unsure"),
    ("recovery", "nem tudom még, ahogy az előbb sem", "unsure"),
    ("income", "ahogy múltkor is, havi 240", "240000"),
    # near lines: sleepless for days, or giving up, still heard
    ("expenses", "hajnali 3 van, napok óta nem tudok aludni, nem bírom tovább", "distress"),
    ("verify", "tegnap nem folytattam, mert nem akarok már élni. 4417", "distress"),
    ("recovery", "nem tudom, nincs értelme semminek", "distress"),
]  # fmt: skip

#: The automatic debit of the plan named, no cash machine charge disputed.
DEBIT = [
    ("missed", "nem ment le az automata levonás, hogyan fizethetek?", "how_to_pay"),
    ("missed", "az automatikus levonás nem működött, hogy tudom befizetni?", "how_to_pay"),
    ("missed", "hol tudom befizetni, ha az automata levonás nem megy?", "how_to_pay"),
    # near lines: a cash machine's charge denied
    ("missed", "a lisszaboni automata terhelését nem én csináltam", "dispute"),
    ("income", "az ATM felvételt nem én csináltam, 200 a fizetésem", "dispute"),
]  # fmt: skip

#: The cause told as a trade's story: the work called out or ordered less, work only in a season,
#: hardly anyone coming, the machine the business runs on broken at its busiest, an inflammation.
CAUSE = [
    ("múlt hónapban alig hívtak ki, pedig villanyszerelő vagyok", "reduced_income"),
    ("a nyomda fele annyi munkát rendel tőlem, mint tavaly", "reduced_income"),
    ("síoktató vagyok, csak télen van munka", "reduced_income"),
    ("a büfébe alig jön valaki, mióta elterelték a forgalmat", "business_trouble"),
    ("elromlott a fagyigép augusztusban, pont a főszezonban", "business_trouble"),
    ("ízületi gyulladás a térdemben, nem tudok állni", "illness"),
    ("a fiam tüdőgyulladással kórházban van", "family_emergency"),
    # near lines
    ("a lakbér megint nőtt, és a kaja is drágább", "other"),
    ("elromlott a mosógép, azt kellett kifizetni", "other"),
    ("csökkentették a fizetésemet", "reduced_income"),
]  # fmt: skip

#: A report of where the writer has just been, then the answer after a colon.
TEMPORARY = [
    ("most jöttem a munkaügyitől: igen, átmeneti, ősszel újra lesz munka", "yes"),
    ("beszéltem a főnökkel: nem, a gyár végleg bezár", "no"),
    ("voltam az orvosnál: igen, pár hét és meggyógyulok", "yes"),
    # near lines
    ("voltam az orvosnál: nem tudom, még várni kell az eredményre", "unsure"),
    ("igen, átmeneti", "yes"),
]  # fmt: skip

#: The writer's story told in the past in a sentence before the list: the list's sum.
EXPENSES = [
    ("bocs, 3 napig beteg voltam. lakbér 90 + rezsi 30 + kaja 60", "180000"),
    ("bocs, hosszú hét volt. albérlet 100, kaja 50, bérlet 10", "160000"),
    ("bocsi, 2 napig nem volt netem. lakás 80 + kaja 40", "120000"),
    ("bocsi, nem voltam itthon. lakás 80 + kaja 40", "120000"),
    # near lines: a figure of before
    ("régen 200 volt, most lakbér 100 + kaja 50", "ambiguous"),
    ("a lakbér 90 volt, most 110 + rezsi 30", "ambiguous"),
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


@pytest.mark.parametrize(("question", "text", "expected"), PAUSE)
def test_the_pause_told_is_no_alarm(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(("question", "text", "expected"), DEBIT)
def test_the_automatic_debit_is_no_dispute(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(("text", "expected"), CAUSE)
def test_a_cause_told_as_a_trades_story(text: str, expected: str) -> None:
    assert _read("cause", text) == expected


@pytest.mark.parametrize(("text", "expected"), TEMPORARY)
def test_the_answer_after_a_report(text: str, expected: str) -> None:
    assert _read("temporary", text) == expected


@pytest.mark.parametrize(("text", "expected"), EXPENSES)
def test_a_list_after_the_story_of_a_pause(text: str, expected: str) -> None:
    assert _read("expenses", text) == expected
