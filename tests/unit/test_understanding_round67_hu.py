"""Families of round 67 in Hungarian (a helper typing for the cardholder), with words of our
own: what is read, and what is asked again or heard otherwise.

Dispute: a helper saying a charge is one the cardholder surely did not make ("van rajta egy
rendelés, amit ő biztos nem csinált") is a dispute, at any question.
Money. Read: a helper's "nyugdíja 165, a …ból most semmi" (the pension the message opens with,
a side source bringing nothing); a pay named first and said last to be all that comes in now
("…, szóval most csak a nyugdíj"); a half named right before its figure after a two-way split
("ketten fizetjük a lakást, az ő fele 85, meg kaja 50"). Near-misses: another's pension, a
second figure of the side source, a split with the whole said are still asked again.
Verify: the four digits in two pairs right after the card named ("apu kártyája 62 17").
Not known: a helper's "nem tudjuk", "ő se tudja" is unsure (not "nem tudja kifizetni").
Options: "egyik ajánlat sem …" is none (with an own amount asked beside it, not settled).
Agreement: "még átnézi …" (still being read over) is no yes. Recovery: the next pension is
within a month. Help: "azt is ide kell írni, vagy csak a …?" asks what to put down.
Cause: a machine broken is no broken bone; the main customer gone elsewhere is business
trouble; a helper's "az apja …", "a felesége …" ill is a family emergency.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.domain.vocabulary import Cause
from dialogs.understanding import Question, interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from dialogs.understanding.rules.intents import read_card_digits, read_cause
from dialogs.understanding.rules.safety import signals_dispute
from tests.support.amounts import read_as_asked


@pytest.mark.parametrize(
    "text",
    [
        "anyu kártyája 3318-ra végződik, de van rajta egy 24 990-es rendelés egy webshopból, "
        "amit ő biztos nem csinált",
        "apu kártyáján van egy terhelés, amit ő tuti nem vásárolt",
        "van egy 12 ezres tétel a kártyán, amit nem mi rendeltünk",
        "a mamám soha nem rendel netről, ezt a csomagot is amit sosem rendelt, most fizetné",
    ],
)
def test_round_67_hu_a_charge_the_cardholder_did_not_make_is_a_dispute(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "a pénzt, amit nem költött el, félretette",
        "a rendelést, amit csinált, kifizette",
    ],
)
def test_round_67_hu_money_not_spent_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


#: (text, question, the amount read)
READ = [
    ("nyugdíja 158, a kertből most semmi", "income", "158000"),
    ("a nyugdíja 140, a piacról most semmi", "income", "140000"),
    ("a fizetése 240 ezer, a fuvarokból jelenleg semmi", "income", "240000"),
    (
        "nyugdíj 198e + a kosarakból néha jön valami a piacon, de télen az nulla, szóval most "
        "csak a nyugdíj",
        "income",
        "198000",
    ),
    (
        "fizetés 240 ezer, a hétvégi fuvarokból néha jön valami, de most az semmi, tehát most "
        "csak a fizetés",
        "income",
        "240000",
    ),
    ("ketten fizetjük az albérletet, az ő fele 75, meg kaja kb 60", "expenses", "135000"),
    ("ketten fizetjük a lakást, az én felem 90, kaja 50", "expenses", "140000"),
    ("ketten fizetjük a lakást meg a rezsit, az ő fele 85, meg kaja kb 50", "expenses", "135000"),
]

#: (text, question)
ASKED_AGAIN = [
    ("az anyja nyugdíja 140, a piacról most semmi", "income"),
    ("nyugdíj 150, a kertből nyáron 30 is, szóval most csak a nyugdíj", "income"),
    ("ketten fizetjük a lakást, 170 az egész, meg kaja kb 50", "expenses"),
]


@pytest.mark.parametrize(("text", "question", "amount"), READ)
def test_round_67_hu_money_is_read(text: str, question: str, amount: str) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_round_67_hu_money_is_asked_again(text: str, question: str) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("a feleségem kártyája 71 26", "7126"),
        ("apu kártyája: 62 17", "6217"),
        ("a kártyám 08 31", "0831"),
        ("a kártyám 5 20", None),
    ],
)
def test_round_67_hu_two_pairs_after_the_card_named(text: str, digits: str | None) -> None:
    assert read_card_digits(text) == digits


@pytest.mark.parametrize(
    "text",
    [
        "nem tudjuk, az orvos se mond semmit",
        "szerintem hosszú lesz még, nem tudjuk",
        "ő se tudja, majd kiderül",
    ],
)
def test_round_67_hu_a_helpers_not_known_is_unsure(text: str) -> None:
    assert interpret(text, Question.RECOVERY, "hu").meaning == "unsure"


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        ("Sajnos egyik ajánlat sem elfogadható a nagymamám számára.", "none"),
        ("egyik opciót se tudja vállalni", "none"),
        ("egyik lehetőség sem jó neki", "none"),
        # near-miss: an own amount asked for beside it is the own amount
        ("egyik ajánlat sem jó, inkább mondanék egy összeget", "counter"),
    ],
)
def test_round_67_hu_none_of_the_offers_named(text: str, meaning: str) -> None:
    assert interpret(text, Question.OPTIONS, "hu").meaning == meaning


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        ("még átnézi a lánya", "decline"),
        ("még átolvassuk este, aztán szólunk", "decline"),
        # near-miss: read over, then agreed
        ("átnéztük, elfogadjuk", "accept"),
    ],
)
def test_round_67_hu_still_being_read_over_is_no_yes(text: str, meaning: str) -> None:
    assert interpret(text, Question.AGREEMENT, "hu").meaning == meaning


@pytest.mark.parametrize(
    "text",
    ["a következő nyugdíjnál már rendben lesz", "a jövő nyugdíjjal rendbe jön"],
)
def test_round_67_hu_the_next_pension_is_within_a_month(text: str) -> None:
    assert interpret(text, Question.RECOVERY, "hu").meaning == "1"


@pytest.mark.parametrize(
    "text",
    [
        "a cég nevén van egy hitel, azt is ide kell írni, vagy csak a saját hiteleit?",
        "azt is be kell írni vagy csak a magánkölcsönöket?",
    ],
)
def test_round_67_hu_whether_to_put_it_down_too_is_help(text: str) -> None:
    assert interpret(text, Question.OTHER_DEBTS, "hu").meaning == "help"


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        (
            "eltört a présgép, és a legnagyobb megrendelőnk, egy nyomda, elment máshoz",
            Cause.BUSINESS_TROUBLE,
        ),
        ("a fő vevője, egy étterem, felmondta a szerződést", Cause.BUSINESS_TROUBLE),
        ("a vevőim elmentek máshoz", Cause.BUSINESS_TROUBLE),
        ("az apja agyvérzést kapott, ő fizeti az ápolót", Cause.FAMILY_EMERGENCY),
        ("a felesége kórházban van hetek óta", Cause.FAMILY_EMERGENCY),
        # near-misses: a bone broken is an illness, a machine broken alone no cause named
        ("eltörött a karja, nem tud dolgozni", Cause.ILLNESS),
        ("eltört a kocsi tengelye", None),
    ],
)
def test_round_67_hu_causes(text: str, cause: Cause | None) -> None:
    assert read_cause(text, "hu") is cause
