"""Families of round 70 in Hungarian (a bad day), with words of our own: what is read, and what
is still asked again or heard otherwise.

Agreement: a yes given for want of another way ("elfogadom, mi mást tehetnék", "nincs más
választásom") or with a "fed up" after it is a yes; another plan wished for is still no yes.
Money: "semmi közük hozzá" is no nothing spent: asked again, and a figure beside it is read;
a near figure whose exact sum another knows ("kb 210, a pontosat a könyvelő tudja") is read.
Safety: "megőrülök tőle" said of the texts is no crisis; "nincs más hitelem, soha nem is volt"
denies no debt; a plan praised as "nem nyúznak meg a kamattal" is no broken interest-free deal.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import Question, interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from dialogs.understanding.rules.safety import signals_dispute
from tests.support.amounts import read_as_asked


@pytest.mark.parametrize(
    ("text", "question", "meaning"),
    [
        # agreement: a resigned yes
        ("jó. elfogadom. mi mást tehetnék", "agreement", "accept"),
        ("elfogadom, hisz mi mást tehetnék", "agreement", "accept"),
        ("oké, elfogadom, nincs más választásom úgyis", "agreement", "accept"),
        ("rendben, elfogadjuk, mert mást úgyse tehetünk", "agreement", "accept"),
        ("elfogadjuk, nincs más lehetőségünk", "agreement", "accept"),
        ("na jó, elfogadom, de már rohadtul elegem van", "agreement", "accept"),
        ("jó, elfogadom, de nagyon elegem van", "agreement", "accept"),
        ("elfogadom, de inkább mást választanék", "agreement", "decline"),
        ("elfogadom, de van más lehetőségem?", "agreement", "decline"),
        ("elfogadjuk, de előbb átnézzük", "agreement", "decline"),
        ("mi mást tehetnék", "agreement", "decline"),
        # safety: anger and plain answers, no crisis and no dispute
        ("ne küldjenek már annyi sms-t meg e-mailt, megőrülök tőle", "recovery", "stop_reminders"),
        ("megőrülök, nem bírom tovább", "recovery", "distress"),
        ("Nincs más hitelem, soha nem is volt.", "other_debts", "0"),
        ("nincs más tartozásom, nem is volt soha", "other_debts", "0"),
        ("nincs más hitelem és sosem volt", "other_debts", "0"),
        ("ez a hitel soha nem is volt az enyém", "other_debts", "dispute"),
        ("a 24 részletest, ott nem sarcolnak kamattal", "options", "hardship"),
        ("kamatmentes volt, most meg kamatot számolnak", "options", "dispute"),
    ],
)
def test_round_70_hu(text: str, question: str, meaning: str) -> None:
    assert interpret(text, Question.at(question), "hu").meaning == meaning


@pytest.mark.parametrize(
    "text",
    [
        "A 4-est, a kamatmenteset. Legalább ott nem nyúznak meg a kamattal.",
        "a 4-es, ott legalább nem nyúznak le kamattal",
        "a 24 havit, ott nem sarcolnak semmi kamattal",
    ],
)
def test_round_70_hu_a_plan_praised_for_no_interest_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("semmi közük hozzá", "expenses"),
        ("ahhoz semmi közük", "income"),
        ("semmi közöd hozzá", "other_debts"),
        ("kb 210, a férjem 150", "expenses"),
    ],
)
def test_round_70_hu_none_of_your_business_is_asked_again(text: str, question: str) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "question", "amount"),
    [
        ("semmi", "expenses", "0"),
        ("120 ezer, a többihez semmi közük", "expenses", "120000"),
        ("autóhitel havi 38 ezer, hogy milyen autó, ahhoz semmi közük", "other_debts", "38000"),
        # a near figure, the exact one known by another
        ("kb 210, a pontosat a könyvelő tudja, nem én", "expenses", "210000"),
        ("kb 230, a pontosat a férjem tudja", "expenses", "230000"),
        ("kb 180 körül, a pontos összeget a párom tudja, nem én", "income", "180000"),
    ],
)
def test_round_70_hu_a_figure_beside_none_of_your_business_is_read(
    text: str, question: str, amount: str
) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(Decimal(amount), None)
