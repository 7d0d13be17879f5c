"""Families of round 68 in Hungarian (an answer with something more in the same message), with
words of our own: what is read, and what is asked again or heard otherwise.

Agreement: an agreement said in words, then a copy on paper asked for in a sentence of its own
("Elfogadom. Küldenek róla pdf-et is?"), the credit register asked about ("ugye nem kerülök fel
a BAR listára?") or surprise at the kindness ("nem gondoltam volna, hogy ilyen emberi lesz") is
a yes. Near-misses: the paper as a condition or a wait, a refusal, are no yes.
Money. Read: children named by their order with an age where ages are said in years ("a kicsi
5, a nagy 8 éves") are no money; a statement's line asked about by its figure ("mi az a
1490-es tétel?") is no answer; a figure put right for an answer given before ("az előbb a
kaját rosszul írtam, inkább 70") is that answer's; a loan named by what it was taken out for
("a kocsira felvett hitel 40e") is a payment, no sum taken out. Asked again: a partner's pay and
an allowance beside "az enyém 0".
Money, a second pass. Read: a count of papers or buildings beside the month's figure ("van 2
bérpapírom", "a 9 társasházból"); a figure of another season said with "is megvolt" (the past);
a pay received in euros said to be converted already ("euróban kapom, de átszámolva ennyi"); a
benefit said to be paid for some months ("ez három hónapig jár"); another's figure said again as
all there is after the own nothing ("én semmit nem keresek, szóval 210 van"); at the spending, a
child's thing among the items ("a lányom iskolája 30"), a last sentence with no figure about the
household ("a párom terhes"), "ha kell, …" offering to say more, the figure before a split said
to be the own half ("albi 110 (a tesómmal felezzük, ez az én felem)"). Asked again: a figure said
only in euros, "az két hónap" of the figure, another's pay beside the own nothing with no figure
settled on, a last sentence of who pays or lives there, "meg 20 ha kell".
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import Question, interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        ("Elfogadom. Kapok erről írásos megerősítést e-mailben is?", "accept"),
        ("elfogadom, köszönöm. küldenek majd egy pdf-et is, ha lehet?", "accept"),
        ("Elfogadom. Postán is elküldik papíron?", "accept"),
        ("elfogadom, rendben. ugye emiatt nem kerülök fel a BAR listára?", "accept"),
        ("elfogadom, köszi, nem gondoltam volna, hogy ilyen egyszerű lesz", "accept"),
        # near-misses: the paper as a condition or a wait, a refusal
        ("Elfogadom. De előbb papíron szeretném látni.", "decline"),
        ("Elfogadom, ha papíron is megkapom.", "decline"),
        ("elfogadom. küldenek pdf-et? de még átnézem", "decline"),
        ("nem fogadom el. küldjenek pdf-et", "decline"),
        ("elfogadom, ha nem kerülök fel a BAR listára", "decline"),
    ],
)
def test_round_68_hu_an_aside_after_an_agreement_in_words(text: str, meaning: str) -> None:
    assert interpret(text, Question.AGREEMENT, "hu").meaning == meaning


#: (text, question, the amount read)
READ = [
    ("rezsi 60, kaja 150, a gyerekek suli 20. a kicsi 7, a nagy 10 éves", "expenses", "230000"),
    ("kb 250, öten vagyunk, a kicsi 3 éves, a nagy 12", "expenses", "250000"),
    ("családi pótlék 52 ezer, a legnagyobb 9 éves, a legkisebb 1", "income", "52000"),
    ("rezsi 60, a nagy 40 ezer, a kicsi 3 éves", "expenses", "100000"),
    ("a kisbusz lízingje 48e/hó. amúgy mi az a 1490-es tétel a kivonaton?", "other_debts", "48000"),
    ("autóhitel 40 ezer, és mi az a 3200-as terhelés?", "other_debts", "40000"),
    ("diákhitel 15e. ja és az előbb a kaját rosszul írtam, inkább 80", "other_debts", "15000"),
    ("személyi 30e havonta. bocs, korábban elírtam a rezsit, 65 a jó", "other_debts", "30000"),
    ("lakáshitel 89e/hó, és a felújításra felvett kölcsön 40e", "other_debts", "129000"),
    ("a kocsira felvett hitel 2 millió, havi 45e", "other_debts", "45000"),
    ("felvettem 500 ezret, havi 25", "other_debts", "25000"),
    ("most kb 160 jön be, decemberben 290 volt. van 3 bérpapírom", "income", "160000"),
    ("havonta 210 körül, van 2 bérpapírom is, ha kell", "income", "210000"),
    ("a 9 társasházból, amit takarítok, most kb 180 jön havonta", "income", "180000"),
    ("most olyan 120 körül, nyáron 350 is megvolt", "income", "120000"),
    ("most 140, tavasszal 260 is megvolt", "income", "140000"),
    ("nettó kb 480, euróban kapom de átszámolva ennyi", "income", "480000"),
    ("kb 390, euróban fizetnek, forintban ennyi", "income", "390000"),
    ("álláskeresési járadék 121 ezer, ez három hónapig jár", "income", "121000"),
    ("segély 95, ez két hónapig jár még", "income", "95000"),
    (
        "a férjem fizetése 210, én most semmit nem keresek, szóval 210 ennyi van",
        "income",
        "210000",
    ),
    ("a feleségem nyugdíja 150, nekem nincs semmim, tehát 150", "income", "150000"),
    (
        "Rezsi 65, kaja 100, a lányom iskolája és edzése 30, a kocsi 35. A tanyán minden drágább.",
        "expenses",
        "230000",
    ),
    ("rezsi 50, kaja 90, a fiam ovija 25", "expenses", "165000"),
    (
        "albi 130 rezsivel, kaja 70, benzin 30. a párom terhes, májusban születik a baba",
        "expenses",
        "230000",
    ),
    ("albi 130 rezsivel, kaja 70. a párom beteg, sajnos", "expenses", "200000"),
    (
        "itthon a lakás 150 rezsivel, kaja kb 80. ha kell, hétvégén pontosabban is összeszedem",
        "expenses",
        "230000",
    ),
    ("lakbér 100, kaja 60, ha kell, küldök számlát", "expenses", "160000"),
    ("albi rezsivel 120 (a barátommal felezzük, ez az én felem), kaja kb 55", "expenses", "175000"),
    ("albi 110 (a tesómmal felezzük, ez az én felem), kaja 60", "expenses", "170000"),
    ("albi 110 (felezzük, ez az én részem), kaja 60, bérlet 10", "expenses", "180000"),
]

#: (text, question)
ASKED_AGAIN = [
    ("most csak a párom fizetése 230 és a családi pótlék 30, az enyém 0", "income"),
    ("euróban kapom, 1100", "income"),
    ("360, de az két hónap", "expenses"),
    ("a férjem fizetése 210, én most semmit nem keresek", "income"),
    ("albi 130 rezsivel, kaja 70, benzin 30. a párom fizeti a felét", "expenses"),
    ("albi 130 rezsivel, kaja 70. a párom is itt lakik", "expenses"),
    ("albi 130 rezsivel, kaja 70. a párom keres 250-et", "expenses"),
    ("lakbér 100, kaja 60, meg 20 ha kell", "expenses"),
    ("lakbér 140 (a párommal felezzük), kaja 60", "expenses"),
]


@pytest.mark.parametrize(("text", "question", "amount"), READ)
def test_round_68_hu_money_is_read(text: str, question: str, amount: str) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_round_68_hu_money_is_asked_again(text: str, question: str) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(None, AmountProblem.AMBIGUOUS)
