"""Families of round 72 in Hungarian (dictated by voice), with words of our own: what is read,
and what is asked again.

Safety: "soha nem vettem fel semmit" as the whole answer at the other debts is none, no dispute;
a withdrawal denied from the card ("… semmit erről a kártyáról") still is one. Money: two
figures of thousands with a bare "nem" between them, as a recogniser writes them ("150 ezer jön
be nem 145 ezer"), are a slip put right or a figure insisted on: asked again (with a comma, or
the slip owned after with "bocs", the first is still read); the own work named, then its pay
pointed at ("a kertészetben dolgozom, az 145 ezer"), is the own pay beside a side source that
brings nothing. Agreement: a promise not to miss again ("többet nem felejtem el") beside an
agreement in words is no refusal. Cause: "az asszony" is the wife; a family's business
("a családi pékségünk") is a business, and what it makes not selling ("nem kelt el") business
trouble; the own part operated on ("műtötték a jobb kezemet") or a syndrome is illness. Income:
"a bruttó vagy a nettó kell" dictated without its "?" asks what counts.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import Question, interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked


@pytest.mark.parametrize(
    ("text", "question", "meaning"),
    [
        # never borrowed anything: none, no dispute
        ("nincs, soha nem vettem fel semmit", "other_debts", "0"),
        ("sosem vettem fel semmit", "other_debts", "0"),
        ("nincs. soha életemben nem vettem fel semmit", "other_debts", "0"),
        # a withdrawal denied is still a dispute
        ("soha nem vettem fel semmit erről a kártyáról", "other_debts", "dispute"),
        # a promise not to miss again beside an agreement in words
        ("elfogadom, koszi, tobbet nem felejtem el", "agreement", "accept"),
        ("elfogadom, nem fog többet előfordulni", "agreement", "accept"),
        ("Elfogadom, köszönöm, ezentúl nem késem", "agreement", "accept"),
        ("elfogadom, de nem most", "agreement", "decline"),
        ("nem fogadom el", "agreement", "decline"),
        # the wife in country speech
        (
            "Az asszonyt agyvérzés érte, kórházban van, nekem kell hozzá járnom",
            "cause",
            "family_emergency",
        ),
        ("az asszonyt megműtötték, kórházban fekszik", "cause", "family_emergency"),
        # a family's business, or its goods not selling
        (
            "A családi olajütőnk présgépe tönkrement, nem tudtunk olajat ütni",
            "cause",
            "business_trouble",
        ),
        ("a családi pékségünk kemencéje elromlott", "cause", "business_trouble"),
        ("családi okok miatt", "cause", "family_emergency"),
        (
            "kutyákat tenyésztek és az utolsó alomból 5 kölyök nem kelt el",
            "cause",
            "business_trouble",
        ),
        # the own part operated on, or a syndrome named: illness; a relative's still family
        ("Alagút szindrómával műtötték a bal kezemet, nem tudok dolgozni", "cause", "illness"),
        ("műtötték a jobb vállamat, azóta táppénzen vagyok", "cause", "illness"),
        ("az anyámat műtötték, ápolnom kell", "cause", "family_emergency"),
        # gross or net asked, dictated without its question mark
        ("Ez most a bruttó vagy a nettó kell mert egyéni vállalkozó vagyok", "income", "help"),
        ("bruttót vagy nettót írjam", "income", "help"),
    ],
)
def test_round_72_hu_dictated(text: str, question: str, meaning: str) -> None:
    assert str(interpret(text, Question.at(question), "hu").meaning) == meaning


@pytest.mark.parametrize(
    ("text", "question", "amount"),
    [
        # two figures of thousands with a bare "nem" between: asked again
        ("Most 150 ezer jön be nem 145 ezer mert levonták a szakszervezetet", "income", None),
        ("havi 230 ezer nem 225 ezer", "income", None),
        ("a törlesztő havi 48 ezer nem 84 ezer", "other_debts", None),
        # with a comma or the slip owned after it, the first is read, as before
        ("150 ezer, nem 145 ezer", "income", "150000"),
        ("98 ezer nem 96 ezer bocs", "income", "98000"),
        # the own work named, then its pay pointed at, a side source bringing nothing
        (
            "a kerteszetben napi 4 orat dolgozom, az 145 ezer, a kutyakbol most semmi",
            "income",
            "145000",
        ),
        ("a pékségben dolgozom, az 160 ezer, a webshopból semmi", "income", "160000"),
        ("az iskolában dolgozom, az 210 ezer, a méhészetből most semmi", "income", "210000"),
    ],
)
def test_round_72_hu_dictated_money(text: str, question: str, amount: str | None) -> None:
    expected = (
        AmountReading(None, AmountProblem.AMBIGUOUS)
        if amount is None
        else AmountReading(Decimal(amount), None)
    )
    assert read_as_asked(text, "hu", question) == expected
