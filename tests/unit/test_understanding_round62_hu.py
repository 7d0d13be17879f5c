"""Families of round 62 in Hungarian, in words of our own: what is read, and what is asked
again or heard otherwise.

Money. Asked again: at expenses, a whole two or more get by on together ("ketten kb 300-ból
jövünk ki"): the own part is unsaid. Near-miss: the own part said beside it is read. Read: at
income, a side income named after the pay and said to bring nothing now ("fix 150, a prémium
most nulla", "… meg ami a kertből jön, de az most semmi"): the pay. Near-miss: a partner's
figure beside one's own nothing stays asked again. Read: a cut by half or to a third, with the
figure of now said right after ("felére csökkent, most 140"). Near-miss: a halving with no
figure of now stays asked again.
Digits: four digits typed with a letter o for a zero ("62o9"), or as two pairs and nothing else
("53 08"). Near-miss: two pairs inside a sentence, a word with an o, are not read.
Causes: the takings of what one runs fallen, customers hardly coming, an own webshop or
dropshipping, a crop lost to the weather are business trouble; child support stopped by the other
parent, and work on commission said to dwindle, are reduced income; a tax office's bill for back
tax or a fine is something else. Near-misses: hail on a car is no cause read; a tax debt denied
is a dispute; lost work with its takings named stays a job lost.
Recovery: "not even that" known ("azt se tudom, senki nem szól") is not knowing. Near-miss: "azt
se tudom, miből fizessem …" (not knowing how to pay) is no answer of not knowing.
Temporary: no other such work anywhere near ("itt nincs másik gyár a környéken") is a lasting
drop. Not a dispute: the bankruptcy trustee's word waited for before agreeing. Not a language
asked for: a language school or teacher named as one's work. Help: papers asked to be needed
for a plan ("kell hozzá igazolás?").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.domain.vocabulary import Cause
from dialogs.understanding.rules import (
    AmountProblem,
    AmountReading,
    Intent,
    read_card_digits,
    read_cause,
    read_intent,
    read_temporary,
    says_dont_know,
    signals_dispute,
)
from dialogs.understanding.rules.safety import asks_what_is_meant
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # near-miss: the own part said beside a whole got by on together
    ("ketten 300-ból élünk, az én részem 150", "hu", "expenses", "150000"),
    # a side income said to bring nothing now, after the pay
    ("most csak az alap jon, netto 120, jutalek semmi", "hu", "income", "120000"),
    ("fix 150, a prémium most nulla", "hu", "income", "150000"),
    ("a nyugdíj 130, meg ami a kertből jön, de az most semmi", "hu", "income", "130000"),
    ("nyugdij 140 meg ami a foldbol jon de az most semmi", "hu", "income", "140000"),
    # a cut by half or to a third, the figure of now said right after
    ("felere csokkent, most 140", "hu", "income", "140000"),
    ("a fizetesem a felere esett, most mar csak 150", "hu", "income", "150000"),
    ("harmadara esett vissza, most kb 90", "hu", "income", "90000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # a whole got by on together, the own part unsaid
    ("a feleseggel ketten kb 250bol jovunk ki", "hu", "expenses"),
    ("a párommal ketten 280-ból kijövünk", "hu", "expenses"),
    ("harman olyan 400 ezerbol elunk", "hu", "expenses"),
    ("ketten elunk kb 300-bol", "hu", "expenses"),
    # near-misses kept as they were: a partner's figure beside the own nothing, a halving alone
    ("a férjem 250, én semmi", "hu", "income"),
    ("a párom keres 300at, nekem most semmi", "hu", "income"),
    ("kb 400 volt de most felére csökkent", "hu", "income"),
    ("felére csökkent a bérem, 400 volt", "hu", "income"),
]  # fmt: skip

#: (text, the digits read, or None)
DIGITS = [
    ("44o6", "4406"), ("62O9", "6209"), ("o442", "0442"), ("a kártya vége 3o15", "3015"),
    ("11 87", "1187"), ("53 08.", "5308"),
    # near-misses: two pairs in a sentence (a time), a word with an o, no four digits
    ("10 30-kor", None), ("kb 12 30", None), ("foo1", None), ("oooo", None),
]  # fmt: skip

#: (text, the cause read, or None)
CAUSES = [
    ("a panziónk bevétele a felére esett, mióta megnyílt a szálloda", Cause.BUSINESS_TROUBLE),
    ("kifőzdét viszek, de alig jön vendég a nyáron", Cause.BUSINESS_TROUBLE),
    ("van egy kis horgásztavam, a halpusztulás óta alig jönnek horgászok", Cause.BUSINESS_TROUBLE),
    ("dropshippinggel foglalkozom, és letiltották a fizetési fiókomat", Cause.BUSINESS_TROUBLE),
    ("a webshopom forgalma leállt, mert feltörték az oldalt", Cause.BUSINESS_TROUBLE),
    ("a jég elverte a búzát, a termés fele oda", Cause.BUSINESS_TROUBLE),
    ("az aszály tönkretette a kukoricát", Cause.BUSINESS_TROUBLE),
    ("a volt férjem nem fizeti a tartásdíjat", Cause.REDUCED_INCOME),
    ("elmaradt a gyerektartás három hónapja", Cause.REDUCED_INCOME),
    ("jutalékra dolgozom, és alig van ügyfél", Cause.REDUCED_INCOME),
    ("jutalékos vagyok, a megrendelések elfogytak", Cause.REDUCED_INCOME),
    ("ugynok vagyok jutalekra, lezarult a szezon", Cause.REDUCED_INCOME),
    ("a NAV kiszabott rám egy adóbírságot, arra ment a pénz", Cause.OTHER),
    ("adóhátralékot kellett fizetnem, ezért csúsztam", Cause.OTHER),
    ("a nav kirott ram egy potadot", Cause.OTHER),
    # near-misses: a tax debt denied is a dispute; commission work lost with the job is a job
    # lost
    ("nem az én adótartozásom, vitatom", Cause.DISPUTE),
    ("jutalékra dolgoztam, de kirúgtak", Cause.JOB_LOSS),
    # near-misses: hail on a car names no cause; lost work with its takings is a job lost
    ("a jég elverte a kocsimat", None),
    ("a Wolt kirúgott az appból, ez volt az egész bevételem", Cause.JOB_LOSS),
]

#: (text, whether it says not knowing)
NOT_EVEN_THAT_KNOWN = [
    ("azt se tudom, senki nem mondja meg", True),
    ("azt sem tudom, a főnök se tudja", True),
    ("ezt se tudom.", True),
    ("azt se tudom, miből fizessem a rezsit", False),
]

#: Lasting: no other such work near.
LASTING = [
    "nem, itt nincs mas banya a kozelben",
    "itt nincs másik gyár a környéken",
    "nincs más munka a faluban, úgyhogy marad ez",
]

#: Calm: the trustee's word waited for (not a dispute).
TRUSTEE_WAITED_FOR = [
    "még nem, előbb megvárom mit mond a csődgondnok",
    "előbb megkérdezem a csődgondnokot",
    "egyeztetek a csődgondnokkal és visszajövök",
]
#: Still disputes: the debt said to be in the bankruptcy.
TRUSTEE_SAYS_IN_THE_BANKRUPTCY = [
    "megvárom mit mond a csődgondnok, szerintem ez is benne van a csődben",
    "a csődgondnok szerint ez is a csődeljárás része",
]

#: Work in a language named, no language asked for.
A_LANGUAGES_WORK = [
    "Nyelviskolám van Győrben, a diákok elfogytak, a bevétel a felére esett.",
    "nyelvtanár vagyok, kevesebb lett az óra",
    "a nyelvórák elmaradtak a nyáron",
]
#: Near-misses: another language asked for.
A_LANGUAGE_ASKED = ["más nyelven kérem", "nyelvet váltanék", "milyen nyelven lehet?"]

#: Papers asked about for a plan: help.
PAPERS_ASKED = [
    "a 4es az a nehez helyzetuek reszletfizetese? kell hozza valami igazolas?",
    "kell ehhez valami papír a munkáltatótól?",
    "milyen igazolás kell a négyeshez?",
]
#: Near-miss: a plan picked with papers offered.
PAPERS_OFFERED = ["a 4-est kérem, igazolást tudok hozni"]


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_62_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_62_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(("text", "digits"), DIGITS)
def test_round_62_hu_digits_with_an_o_or_in_pairs(text: str, digits: str | None) -> None:
    assert read_card_digits(text) == digits


@pytest.mark.parametrize(("text", "cause"), CAUSES)
def test_round_62_hu_causes_of_a_trade_or_support_stopped(text: str, cause: Cause | None) -> None:
    assert read_cause(text, "hu") is cause


@pytest.mark.parametrize(("text", "not_known"), NOT_EVEN_THAT_KNOWN)
def test_round_62_hu_not_even_that_known_is_not_knowing(text: str, not_known: bool) -> None:
    assert says_dont_know(text) is not_known


@pytest.mark.parametrize("text", LASTING)
def test_round_62_hu_no_other_work_near_is_lasting(text: str) -> None:
    assert read_temporary(text) is False


@pytest.mark.parametrize("text", TRUSTEE_WAITED_FOR)
def test_round_62_hu_a_trustee_waited_for_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize("text", TRUSTEE_SAYS_IN_THE_BANKRUPTCY)
def test_round_62_hu_a_debt_in_the_bankruptcy_is_still_a_dispute(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize("text", A_LANGUAGES_WORK)
def test_round_62_hu_a_language_school_asks_no_language(text: str) -> None:
    assert read_intent(text, "hu") is None


@pytest.mark.parametrize("text", A_LANGUAGE_ASKED)
def test_round_62_hu_another_language_is_still_asked(text: str) -> None:
    assert read_intent(text, "hu") is Intent.LANGUAGE


@pytest.mark.parametrize("text", PAPERS_ASKED)
def test_round_62_hu_papers_asked_for_a_plan_is_help(text: str) -> None:
    assert asks_what_is_meant(text)


@pytest.mark.parametrize("text", PAPERS_OFFERED)
def test_round_62_hu_papers_offered_is_no_question(text: str) -> None:
    assert not asks_what_is_meant(text)
