"""Families of round 71 in Hungarian (mixed speech), with words of our own: what is read, and
what is still asked again or heard otherwise.

Safety: a hotel night never spent ("ott soha nem aludtam") disputes a charge and is no sleepless
night; never getting to the end of the debt ("sosem érek a végére") is its strain, no crisis;
the charge day asked to be pushed ("tolják a terhelés napját") is a change of plan.
Causes: a spouse named in country speech ("az uramnak", "az asszonyom") is a relative, their
illness a family emergency; a surgery named by what was operated on ("térdműtétem") is an
illness, though the sick pay is less. Money: a debt in pounds said again in forints ("45 quid,
forintban az kb 20 ezer") is the forints; the own share said before the whole halved ("az én
részem 125, felezzük a 250-et") is the share.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import Question, interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from dialogs.understanding.rules.safety import signals_dispute, signals_distress
from tests.support.amounts import read_as_asked


@pytest.mark.parametrize(
    ("text", "question", "meaning"),
    [
        # safety: a hotel night never spent, beside a pick
        (
            "ja, ezt választom. de van egy 260 eurós Hotel Wien terhelés, ott soha nem aludtam, "
            "az nem az enyém",
            "detail",
            "dispute",
        ),
        ("van egy szállodás terhelés a kártyán, de én ott sosem aludtam", "missed", "dispute"),
        ("nem aludtam ott egy éjszakát sem, az a foglalás nem az enyém", "agreement", "dispute"),
        ("egész héten nem aludtam, nem bírom tovább", "recovery", "distress"),
        # missed: the charge day asked to be pushed
        (
            "kérem tolják a terhelés napját 15-re, mert tavasztól egy bécsi építkezésen "
            "dolgozom, és ott csak 10-e után fizetnek",
            "missed",
            "change_plan",
        ),
        ("tolják át a terhelés napját 20-ra, mert csak akkor fizetnek", "missed", "change_plan"),
        ("el lehetne tolni a befizetés napját a hónap végére?", "missed", "change_plan"),
        ("a terhelés napját nem ismerem el, az nem az enyém", "missed", "dispute"),
        # counter: never getting to the end of it at a higher rate is no crisis
        (
            "ha emelik a kamatot, akkor csak 15-öt, ha nem, 20 ezret, mert úgy sosem érek a végére",
            "counter",
            "ambiguous",
        ),
        ("sosem érek a végére, nem akarok már élni", "counter", "distress"),
        # causes: a spouse in country speech; a surgery named by its part
        (
            "az uramnak infarktusa vót a nyáron, azóta ápolom itthon, nem mögyök be a műhelybe "
            "se, pedig 30 évig festöttem a tányérokat",
            "cause",
            "family_emergency",
        ),
        (
            "az uramat tavasszal megműtötték, azóta ápolom, nem tudok dolgozni",
            "cause",
            "family_emergency",
        ),
        ("az asszonyomnak agyvérzése volt, én ápolom", "cause", "family_emergency"),
        ("Uram, szívinfarktusom volt, nem tudok dolgozni", "cause", "illness"),
        (
            "pajzsmirigyműtétem volt, két hónapig nem dolgozhattam a laborban, és a táppénz "
            "jóval kevesebb a fizetésnél",
            "cause",
            "illness",
        ),
        ("térdműtétem volt, és a táppénz sokkal kevesebb", "cause", "illness"),
        ("epeműtét után két hónapig itthon voltam", "cause", "illness"),
        ("a fizetésem jóval kevesebb lett", "cause", "reduced_income"),
    ],
)
def test_round_71_hu(text: str, question: str, meaning: str) -> None:
    assert interpret(text, Question.at(question), "hu").meaning == meaning


@pytest.mark.parametrize(
    "text",
    [
        "van egy szállodás terhelés a kártyán, de én ott sosem aludtam",
        "abban a hotelben soha nem aludtam, az a terhelés nem az enyém",
    ],
)
def test_round_71_hu_a_hotel_night_never_spent_is_no_crisis(text: str) -> None:
    assert signals_dispute(text)
    assert not signals_distress(text)


@pytest.mark.parametrize(
    ("text", "question", "amount"),
    [
        # a debt in pounds said again in forints: the forints
        (
            "a kocsira van még egy részlet kint, 45 quid havonta, itt forintban az kb 20 ezer",
            "other_debts",
            "20000",
        ),
        ("autóhitel 120 euró havonta, forintban az kb 47 ezer", "other_debts", "47000"),
        ("a telefon részlete 30 font, forintban ez úgy 14 ezer", "other_debts", "14000"),
        # the own share said before the whole halved: the share
        ("az én részem 125, a csajommal felezzük a 250-et", "expenses", "125000"),
        ("az én részem 90, a tesómmal felezzük a 180-at", "expenses", "90000"),
        ("a lakbér 250, a párommal felezzük, az én részem 125", "expenses", "125000"),
    ],
)
def test_round_71_hu_amounts(text: str, question: str, amount: str) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # another item's forints after a foreign figure: still asked again
        ("autóhitel 120 euró, a kaja forintban 40 ezer", "other_debts"),
        # the own part is no half of the whole said after it
        ("az én részem 100, a párommal felezzük a 250-et", "expenses"),
    ],
)
def test_round_71_hu_near_lines_still_asked_again(text: str, question: str) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(None, AmountProblem.AMBIGUOUS)
