"""Families of round 66 in Hungarian (second tries), with words of our own: what is read, and
what is asked again or heard otherwise.

Money. Read: a list said after what it leaves out ("a bolt nélkül, csak a háztartás: …"); a
whole with its items named after it and no figure of theirs ("kb 160 összesen, rezsi meg
kaja"); an amount pointed back to as the own part after a split ("…, felezünk, ez az én
részem"); a benefit named bare beside a side source bringing nothing ("a gyed 168, a shop most
semmit nem hoz"); a figure "/hó" said not to be a week's ("15e/hó, nem heti"). Near-misses: a
figure said without an item and another with it, an item added unpriced after the whole, a
split with no own part named, a partner's pension, a week's figure are still asked again.
Recovery: "nemtudom" typed as one word is unsure.
Cause: a crop taken by drought is business trouble; standing surety for a loan now paid is
another cause. Near-miss: surety beside a business gone under is business trouble.
Help: which of two figures to write, "…t írjak vagy …", is the help text.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.domain.vocabulary import Cause
from dialogs.understanding import Question, interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from dialogs.understanding.rules.intents import read_cause
from tests.support.amounts import read_as_asked

#: (text, question, the amount read)
READ = [
    (
        "A bolt nélkül, csak a háztartás: rezsi 52 ezer, élelmiszer 90 ezer, gyógyszer 12 ezer.",
        "expenses",
        "154000",
    ),
    ("a kocsi nélkül: lakbér 120, rezsi 40, kaja 60", "expenses", "220000"),
    ("a vállalkozás nélkül, csak az otthoni: rezsi 35 ezer, kaja 70 ezer", "expenses", "105000"),
    ("kb 160 osszesen, rezsi meg kaja", "expenses", "160000"),
    ("kb 140 összesen, albi meg rezsi.", "expenses", "140000"),
    ("összesen kb 200: lakbér, rezsi meg kaja", "expenses", "200000"),
    ("kb. 110, a barátommal felezünk, ez az én részem", "expenses", "110000"),
    ("95 körül, a húgommal felezünk, ez a saját részem", "expenses", "95000"),
    ("a gyed 168, a shop most semmit nem hoz", "income", "168000"),
    ("nyugdij 148 ezer, a kaposztabol most semmi", "income", "148000"),
    ("nyugdíj 152, a méhészet most nem hoz semmit", "income", "152000"),
    ("táppénz 140, a bolt most semmit nem hoz", "income", "140000"),
    ("15e/ho, nem heti", "counter", "15000"),
    ("20 ezer/hó, nem hetente", "counter", "20000"),
    ("12e/hó", "counter", "12000"),
]

#: (text, question)
ASKED_AGAIN = [
    ("180 a rezsi nélkül, azzal 220", "expenses"),
    ("rezsi nélkül 150, azzal 190", "expenses"),
    ("150 összesen, meg a rezsi", "expenses"),
    ("200 a kaja, meg a rezsi", "expenses"),
    ("140, felezünk", "expenses"),
    ("a férjem nyugdíja 180, a piacról semmi", "income"),
    ("a férjem 300, én semmit", "income"),
    ("5e/hét", "counter"),
]


@pytest.mark.parametrize(("text", "question", "amount"), READ)
def test_round_66_hu_money_is_read(text: str, question: str, amount: str) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_round_66_hu_money_is_asked_again(text: str, question: str) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


def test_round_66_hu_halved_when_the_split_is_of_the_amount() -> None:
    text = "kb 120, a párommal felezzük, ennyi jut rám"
    assert read_as_asked(text, "hu", "expenses") == AmountReading(Decimal(60000), None)


@pytest.mark.parametrize(
    "text", ["nemtudom, nincs allas", "nemtudom, majd meglátjuk", "nemtudom még"]
)
def test_round_66_hu_dont_know_typed_as_one_word_is_unsure(text: str) -> None:
    assert interpret(text, Question.RECOVERY, "hu").meaning == "unsure"


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        (
            "A szarazsag elvitte az egesz kaposztat Vecses mellett, nem lett termes, a nyugdij "
            "mellett en ebbol elek",
            Cause.BUSINESS_TROUBLE,
        ),
        ("az aszály kiszárította a paprikát, nem volt termés", Cause.BUSINESS_TROUBLE),
        ("a hőség tönkretette a dinnyét", Cause.BUSINESS_TROUBLE),
        ("nem lett termés idén a fagy miatt", Cause.BUSINESS_TROUBLE),
        (
            "mas oka van: kezes voltam a sogorom hitelenel, o nem fizet, igy most tolem vonjak le "
            "a reszleteit",
            Cause.OTHER,
        ),
        ("kezességet vállaltam a barátom kölcsönére, ő nem fizet", Cause.OTHER),
        ("a bátyám hitelénél kezes lettem, és most nekem kell fizetnem", Cause.OTHER),
        # near-miss: a business gone under beside it
        ("kezes voltam, de a cégem csődbe ment", Cause.BUSINESS_TROUBLE),
    ],
)
def test_round_66_hu_causes(text: str, cause: Cause) -> None:
    assert read_cause(text, "hu") is cause


@pytest.mark.parametrize(
    "text",
    [
        "tappenzt irjak vagy amit egy rendes honapban keresek?",
        "a nettót írjak vagy a bruttót?",
        "a gyedet írjak, vagy a férjem fizetését is?",
    ],
)
def test_round_66_hu_which_figure_to_write_is_help(text: str) -> None:
    assert interpret(text, Question.INCOME, "hu").meaning == "help"


def test_round_66_hu_two_figures_offered_are_asked_again() -> None:
    assert interpret("150-et írjak vagy 160-at?", Question.INCOME, "hu").meaning == "ambiguous"
