"""Money written the Hungarian way (and its kin in English and Chinese): a half before
"ezer", a pasted bank SMS, dates with a year, things named by a number, a first digit
described instead of the amount."""

from __future__ import annotations

import pytest

from dialogs.understanding.rules import AmountProblem
from tests.support.amounts import read_as_asked


def _reads(text: str, language: str, question: str) -> str:
    """The amount read as the dialogue asks it, or "ambiguous" when it is to be asked again."""
    reading = read_as_asked(text, language, question)
    if reading.problem is AmountProblem.AMBIGUOUS:
        return "ambiguous"
    return f"{reading.amount:f}".removesuffix(".0") if reading.amount is not None else "none"


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # "N és fél ezret": the accusative of ezer keeps the half
        ("havonta 8 és fél ezret tudnék fizetni", "counter", "8500"),
        ("két és fél ezret adnék havonta", "counter", "2500"),
        # a half alone before ezer is half a thousand, not 500 thousands
        ("fél ezret", "counter", "500"),
        ("a nyugdíjam 164 és fél ezer", "income", "164500"),
    ],
)
def test_a_half_before_ezer_hu(text: str, question: str, expected: str) -> None:
    assert _reads(text, "hu", question) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the credit of a pasted SMS, not the balance after it, nor its dates
        ("MBH: Jóváírás 243 100 Ft, közl.: bér 09/2024, Egyenleg: 250 990 Ft", "243100"),
        ("Erste 2024.10.05 jovairas +187 420 HUF, egyenleg 190 003 HUF", "187420"),
    ],
)
def test_the_credit_of_a_pasted_bank_sms_hu(text: str, expected: str) -> None:
    assert _reads(text, "hu", "income") == expected


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # a loan's end or a date with its year beside the payment
        ("lakáshitel 66 000 Ft/hó, lejárat: 2033.11", "hu", "other_debts", "66000"),
        ("2024.09.12 óta 58 ezer a törlesztő", "hu", "other_debts", "58000"),
        ("car loan 210 a month, ends 2027-03-31", "en", "other_debts", "210"),
    ],
)
def test_a_date_with_its_year_is_no_money(
    text: str, language: str, question: str, expected: str
) -> None:
    assert _reads(text, language, question) == expected


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # a Budapest district by its number
        ("a 8. kerületi lakás 160, rezsi 35", "expenses", "195000"),
        # a contract by its number, and the other one said back
        ("a 3-as számú szerződés 27 ezer, a 2-es már lejárt", "other_debts", "27000"),
        # a plan by its number, a part of it: no amount said
        ("a 2-es opció összegének a harmadát", "counter", "none"),
    ],
)
def test_things_named_by_a_number_hu(text: str, question: str, expected: str) -> None:
    assert _reads(text, "hu", question) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("4-essel kezdődik, többet nem mondok", "hu"),
        ("it starts with a 3, four figures", "en"),
        ("四位数，2开头", "zh"),
    ],
)
def test_a_first_digit_described_is_asked_again(text: str, language: str) -> None:
    assert _reads(text, language, "income") == "ambiguous"


def test_a_fortnights_pay_is_asked_again_hu() -> None:
    assert _reads("kétheti 84 a műszakokért", "hu", "income") == "ambiguous"


def test_more_cards_said_is_no_balance_hu() -> None:
    # "van még két kártyám": two more cards, each with its payment, not a balance left
    text = "van még két hitelem, az egyiken 12, a másikon 7 a részlet"
    assert _reads(text, "hu", "other_debts") == "19000"


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # an amount per head beside how many share it: the household's is not said
        ("személyenként 55, öten vagyunk", "hu", "expenses"),
        ("roughly 350 per person, three of us", "en", "expenses"),
        # two amounts with "between" after them: a range
        ("valahol 150 és 170 között", "hu", "expenses"),
        ("在两千和两千五之间", "zh", "expenses"),
        # a price paid in parts, the part not said
        ("egy 48 ezres porszívó négy részletben", "hu", "other_debts"),
        ("a 120 pound coat on klarna in 3 payments", "en", "other_debts"),
        ("网上买了个900的包，分3期", "zh", "other_debts"),
        # one of two known, the other known only by someone else
        ("két kölcsön, az egyik 18, a másikat a párom tudja", "hu", "other_debts"),
        # two banknotes offered as alternatives
        ("egy ötöst vagy egy húszast, még meglátom", "hu", "counter"),
    ],
)
def test_no_single_monthly_amount_is_asked_again(text: str, language: str, question: str) -> None:
    assert _reads(text, language, question) == "ambiguous"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people and meter readings counted beside the forints
        ("bevásárlás 4 embernek 110, albérlet 140", "250000"),
        ("kaja 2 főre 70, rezsi 30", "100000"),
        ("villany 180 kWh, az kb 12 ezer, lakbér 130", "142000"),
    ],
)
def test_people_and_meter_readings_are_no_money_hu(text: str, expected: str) -> None:
    assert _reads(text, "hu", "expenses") == expected


def test_this_cards_share_of_a_budget_for_all_cards_hu() -> None:
    text = "a három kártyára havi 9 ezret tudok, ebből erre 4 ezer jut"
    assert _reads(text, "hu", "counter") == "4000"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a balance with the years left to pay it: no payment said
        ("a lakáshitelből maradt 6,4 millió, 9 év van hátra", "ambiguous"),
        # the payment with the years left: the payment
        ("személyi kölcsön 47, még 2 év van hátra", "47000"),
        # a thing with its price said to be no loan, nothing else: none
        ("a 14 990-es mobilelőfizetés nem hitel, más nincs", "0"),
        # a loan's payment beside a thing said to be no loan: the payment
        ("autóhitel 52, a spotify nem hitel", "52000"),
    ],
)
def test_balances_and_things_that_are_no_loan_hu(text: str, expected: str) -> None:
    assert _reads(text, "hu", "other_debts") == expected


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # a year beside a month's name
        ("most 2025 január van, havonta 215 megy el", "hu", "expenses", "215000"),
        ("since october 2023 my rent and bills come to 980", "en", "expenses", "980"),
        # an age bound said of oneself
        ("25 év alatti vagyok, a fizum 287", "hu", "income", "287000"),
        # floors of the home are counted, not money
        ("2 szoba, 4 emelet, a kiadás 175", "hu", "expenses", "175000"),
        # the offers named and turned down, then an own amount
        ("a 6-os? a 12-es? egyik sem, havi 6 ezret tudok", "hu", "counter", "6000"),
    ],
)
def test_years_ages_floors_and_offers_turned_down(
    text: str, language: str, question: str, expected: str
) -> None:
    assert _reads(text, language, question) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure, then the whole with a benefit or wage put in: the whole
        ("GYES 52 ezer, a családi pótlékkal 78", "78000"),
        ("rokkantsági ellátás 120, az ápolási díjjal 205", "205000"),
    ],
)
def test_the_whole_with_a_benefit_put_in_hu(text: str, expected: str) -> None:
    assert _reads(text, "hu", "income") == expected
