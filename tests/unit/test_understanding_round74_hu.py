"""Families of round 74 in Hungarian (whole journeys told at length), with words of our own: what
is read, and what is asked again.

Read: at the income, a past pay with its take-home word ("előtte 380 volt a bérem nettóban")
is no answer beside today's; a partner's figure said last not to be counted ("de azt nem
számolnám ide", "azt most hagyjuk") is left out; the own average worked out after "változó, de
ha átlagolom" is the month's. At the other debts, this card named beside a loan ("meg ez a
kártya") is no item missing its figure, and a yearly bill "nem számoltam ide" is left out. At the
spending, a weekly visit priced by the month in the next clause ("hetente kétszer jön, az havonta
50") has its figure, and the total said before "ami több mint amit keresek" is the total. At the
agreement, "átolvastam" (read through already) and "nem vagyok jó ezekben a telefonos dolgokban"
are no refusal. Asked again as before: the spending said only against the pay, a weekly cost
without a figure, a refusal after reading it through, a reading still to come.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import Question, interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked


@pytest.mark.parametrize(
    ("text", "question", "amount"),
    [
        # a past pay with its take-home word, beside today's
        (
            "most csak a munkanélküli segély jön, 105 ezer havonta, 10-én. előtte 380 volt a "
            "fizetésem nettóban, nagy a zuhanás",
            "income",
            "105000",
        ),
        ("120 ezer havonta. előtte 400 volt a bérem nettóban", "income", "120000"),
        ("most 205 jön, régen nettó 290", "income", "205000"),
        # a partner's figure said last not to be counted
        (
            "a bolt 150 ezret hoz havonta tisztán. a férjem nyugdíja 190 ezer, de azt nem "
            "számolnám ide.",
            "income",
            "150000",
        ),
        ("130 ezer marad havonta. a feleségem 200-at kap, de azt most hagyjuk", "income", "130000"),
        # the own average worked out
        ("változó, de ha átlagolom a négy hónapot, havi 160 ezer jön be", "income", "160000"),
        ("nyáron 300, télen 100, de ha átlagolom, havi 180 jön", "income", "180000"),
        # this card beside a loan
        (
            "a lakáshitel 72 ezer havonta, 2030-ig. volt egy áruhitelem, de azt kifizettem, most "
            "csak a lakáshitel meg ez a kártya",
            "other_debts",
            "72000",
        ),
        ("a kocsi 40, meg ez a kártya, más nincs", "other_debts", "40000"),
        # a yearly bill not counted here
        (
            "a bútorra van részlet, 18 ezer havonta. ja és a lakásbiztosítást évente fizetem, "
            "60 ezer, azt nem számoltam ide",
            "other_debts",
            "18000",
        ),
        (
            "van egy fogorvosi részlet, 25 ezer minden hónapban. a kocsi biztosítása 72 ezer, "
            "azt nem számoltam ide",
            "other_debts",
            "25000",
        ),
        # a weekly visit priced by the month, and the total said before "több mint"
        (
            "rezsi 40, gyógyszer 20, a bébiszitter hetente kétszer jön, az havonta 50, kaja 80, "
            "szóval 190 ezer, ami több mint amit keresek",
            "expenses",
            "190000",
        ),
        ("lakbér 100, kaja 60, ez 160, ami már több mint a fizetésem", "expenses", "160000"),
    ],
)
def test_round_74_hu_money_is_read(text: str, question: str, amount: str) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # the spending said only against the pay
        ("kevesebb mint a nyugdíjam, az 198", "expenses"),
        ("a kiadás több mint amit keresek, a fizetésem 250", "expenses"),
        # a weekly cost without its figure
        ("lakbér 120, a takarítónő hetente jön, kaja 60", "expenses"),
        # another debt named beside this card, without its figure
        ("autóhitel 45 ezer havonta, azon kívül csak ez a kártya meg a telefon", "other_debts"),
    ],
)
def test_round_74_hu_money_is_asked_again(text: str, question: str) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        ("Köszönöm, átolvastam, a havi 15 ezer rendben van, elfogadom a megállapodást.", "accept"),
        ("átolvastam, elfogadom", "accept"),
        (
            "elfogadom kedves, köszönöm a türelmet, nem vagyok nagyon jó ezekben a telefonos "
            "dolgokban, a fiam segített",
            "accept",
        ),
        ("nem nagyon értek hozzá, de elfogadom", "accept"),
        # still a wait or a no
        ("elfogadom, de még átolvasom", "decline"),
        ("még nem, holnap szeretném nyugodtan átolvasni", "decline"),
        ("átolvastam, de nem fogadom el", "decline"),
    ],
)
def test_round_74_hu_agreement(text: str, meaning: str) -> None:
    assert interpret(text, Question.AGREEMENT, "hu").meaning == meaning


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        # another day asked for the debit
        (
            "a munkáltató késve utalt, ezért maradt el. lehetne inkább 12-én a levonás? akkor "
            "már biztos ott a pénz",
            "change_plan",
        ),
        ("teljesen kiment a fejemből. mehetne a terhelés inkább 25-én?", "change_plan"),
        ("lehetne inkább 15-én a levonás?", "change_plan"),
        ("bocs, átállítanátok 25-re a terhelést?", "change_plan"),
        ("atallitanatok 15-re a levonast?", "change_plan"),
        # still a payment said to be made
        ("befizettem 10-én, megvan a pénz", "claim_paid"),
        ("most utaltam el kézzel", "claim_paid"),
    ],
)
def test_round_74_hu_missed_payment(text: str, meaning: str) -> None:
    assert interpret(text, Question.MISSED, "hu").meaning == meaning
