"""Families of round 64 in Hungarian, in words of our own: what is read, and what is asked
again or heard otherwise.

Money. Read: the own pension or pay named before its figure, a side source said to bring nothing
now ("a nyugdíjam 160 ezer, a piacról most semmi nem jön"). Near-miss: a partner's pay beside
the own nothing is still asked again. Read: a fixed pay and a part of it that brings about
nothing now ("fix 300 plusz prémium, a prémium most kb 0"). Near-miss: that part with a figure
is asked again. Read: one figure, then after a colon what it covers ("kb 210: kaja, rezsi,
bérlet"). Read: a debt paid by two, the own part said after the split ("ketten fizetjük, az én
részem 45"). Near-miss: the split with no own part is asked again.
Help: what a figure applies to, asked ("a havi összeg az egész tartozásra vonatkozik, vagy
csak…?"), is no offer of nothing. Near-miss: a figure said with it is read.
Time: an hour of the clock ("reggel 7kor") is no count of months.
Temporary: a shift or work said to be over after a "nem" is a no, not a crisis. Near-miss:
"vége mindennek" is still distress.
Verify: the card's end said, then its four in two pairs ("kártya vége 53 08").
Missed: the bank's fault for a payment not taken is no dispute; a pause asked for is a change.
Near-miss: the debt said to be the bank's fault is still a dispute.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import Question, interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the own pay named, a side source said to bring nothing
    ("A nyugdíjam 156 ezer forint, a perecből most semmi nem jön.", "hu", "income", "156000"),
    ("a fizetésem 210 ezer, a fuvarokból most semmi", "hu", "income", "210000"),
    ("a nyugdijam 140, nem jon semmi a piacrol", "hu", "income", "140000"),
    # a fixed pay and a part that brings about nothing now
    ("fix 250 plusz jutalék, de a jutalék most kb 0", "hu", "income", "250000"),
    ("fix 300 plusz prémium, a prémium most kb 0", "hu", "income", "300000"),
    ("alapbér 280, a túlóra most 0", "hu", "income", "280000"),
    # one figure, then after a colon what it covers
    ("torleszto nelkul kb 190: kaja, rezsi, ovi, benzin", "hu", "expenses", "190000"),
    ("kb 210 ezer: kaja, rezsi, bérlet", "hu", "expenses", "210000"),
    # a debt paid by two, the own part said after the split
    ("Lakáshitel 124 ezer havonta, azt ketten fizetjük, az én részem 62.", "hu", "other_debts",
     "62000"),
    ("autóhitel 90 ezer, ketten fizetjük, az én részem 45", "hu", "other_debts", "45000"),
    ("a lakáshitel 150, hárman osztjuk, az én részem 50", "hu", "other_debts", "50000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # near-misses: a partner's pay beside the nothing; the part with a figure; no own part
    ("a perecből semmi nem jön, a férjem keres 300-at", "hu", "income"),
    ("fix 250 plusz jutalék, a jutalék most kb 40", "hu", "income"),
    ("lakáshitel 124 ezer, ketten fizetjük", "hu", "other_debts"),
    ("a lakáshitel 150, hárman osztjuk, a rám eső rész 50", "hu", "other_debts"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_64_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_64_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


#: What a figure or the plan applies to, asked: the help text.
ASKS_WHAT_IT_APPLIES_TO = [
    "a havi osszeg az egesz tartozasra vonatkozik vagy csak amig nincs melom? nem ertem",
    "ez a havi összeg a teljes tartozásra vonatkozik, vagy csak pár hónapra?",
    "mire vonatkozik ez az összeg?",
    "az összeg az egész futamidőre érvényes vagy csak fél évre?",
]


@pytest.mark.parametrize("text", ASKS_WHAT_IT_APPLIES_TO)
def test_round_64_hu_what_it_applies_to_is_help(text: str) -> None:
    assert interpret(text, Question.COUNTER, "hu").meaning == "help"


def test_round_64_hu_a_figure_with_the_condition_is_read() -> None:
    text = "havi 20 ezer, ha az egész tartozásra vonatkozik"
    assert interpret(text, Question.COUNTER, "hu").meaning == "20000"


STOP_AT_AN_HOUR = [
    "ezeket az smseket le lehetne allitani? reggel 7kor mar csipog a telefon, aludnek meg",
    "hajnali 6-kor már jön az sms, kapcsolják ki legyszi",
    "reggel 8 órakor csörög a telefon az sms miatt, ne küldjenek többet",
]


@pytest.mark.parametrize("text", STOP_AT_AN_HOUR)
def test_round_64_hu_an_hour_is_no_months(text: str) -> None:
    assert interpret(text, Question.RECOVERY, "hu").meaning == "stop_reminders"


def test_round_64_hu_months_beside_an_hour_are_read() -> None:
    text = "reggel 7kor kezdek az új helyen, 2 hónap múlva rendben leszek"
    assert interpret(text, Question.RECOVERY, "hu").meaning == "2"


WORK_OVER = [
    "nem, az éjszakás vége",
    "nem, a délutános műszaknak vége",
    "vége a túlórának, nem jön vissza",
    "nem, a projektnek vége",
]


@pytest.mark.parametrize("text", WORK_OVER)
def test_round_64_hu_work_over_is_lasting(text: str) -> None:
    assert interpret(text, Question.TEMPORARY, "hu").meaning == "no"


def test_round_64_hu_everything_over_is_still_distress() -> None:
    assert interpret("nem, vége mindennek", Question.TEMPORARY, "hu").meaning == "distress"


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("kartya vege 66 01", "6601"),
        ("a kártyám vége 53 08", "5308"),
        ("az utolsó négy 71 20", "7120"),
        ("utolsó 4 szám: 12 34", "1234"),
    ],
)
def test_round_64_hu_the_end_in_two_pairs(text: str, digits: str) -> None:
    assert interpret(text, Question.VERIFY, "hu").meaning == digits


def test_round_64_hu_two_readings_of_the_end_are_not_read() -> None:
    assert interpret("vége 66 01 vagy 66 10", Question.VERIFY, "hu").meaning != "6601"


CHANGE_AT_MISSED = [
    "Elnézést, a bank hibájából nem ment le a beszedés. Módosítanám a tervet, hó végére tenném.",
    "a bank hibájából nem ment le a beszedés, szeretném módosítani a tervet",
    "nem volt rá pénz, lehetne 2 hónap szünetet kérni?",
    "kérhetnék egy hónap szünetet?",
    "haladékot kérnék a fizetésre",
]


@pytest.mark.parametrize("text", CHANGE_AT_MISSED)
def test_round_64_hu_a_change_asked_at_a_missed_payment(text: str) -> None:
    assert interpret(text, Question.MISSED, "hu").meaning == "change_plan"


def test_round_64_hu_the_debt_blamed_on_the_bank_is_still_disputed() -> None:
    text = "a bank hibájából van ez a tartozás, nem fizetek"
    assert interpret(text, Question.MISSED, "hu").meaning == "dispute"


def test_round_64_hu_paid_after_the_banks_error_is_claimed() -> None:
    text = "az utalás a bank hibája miatt maradt el, már elutaltam"
    assert interpret(text, Question.MISSED, "hu").meaning == "claim_paid"
