"""Hungarian money families of round 29: odd number forms, equal items said as a count, counts
that are no money, and figures that are no month's amount."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

AMBIGUOUS = AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # hundreds of thousands after a spelled fraction or digits
        ("úgy három és fél százezer", "hu", "income", "350000"),
        ("kb 1,5 százezret keresek", "hu", "income", "150000"),
        # "eFt": thousand forints, as statements write it
        ("a kölcsön havi 18,5 eFt", "hu", "other_debts", "18500"),
        ("lakbér 95 eFt, rezsi 30 eFt", "hu", "expenses", "125000"),
    ],
)
def test_odd_hungarian_number_forms(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a figure with its last digits masked is no figure
        ("valahol 3xx ezer, nem tudom fejből", "hu"),
        ("its 1,6xx something, cant remember", "en"),
        ("大概4xxx吧", "zh"),
        # a figure and "a bit" more: how much more is not said
        ("két százezer meg egy kevés", "hu"),
        ("about 1,100 and a bit", "en"),
    ],
)
def test_a_masked_figure_or_a_bit_more_is_asked_again(text: str, language: str) -> None:
    assert read_as_asked(text, language, "income") == AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # equal items said as a count and one amount: the count times the amount
        ("két személyi kölcsön, mindkettő 18 ezer", "other_debts", "36000"),
        ("3 áruhitelem van, mindhárom havi 5 500", "other_debts", "16500"),
        ("2x 9 500, két telefon részletre", "other_debts", "19000"),
        ("úszás a két gyereknek 2x 8 ezer, kaja 90 ezer, rezsi 45 ezer", "expenses", "151000"),
        # the number of instalments or of shifts is no money
        ("a vízműnél részletfizetés, 8 részlet, havi 11 200", "other_debts", "11200"),
        ("3 műszakban dolgozom a gyárban, kb 310 jön be", "income", "310000"),
    ],
)
def test_equal_items_are_multiplied_and_counts_left_out(
    text: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a card's limit beside the payment on it is no payment
        ("a másik kártyám kerete 250 ezer, a minimum rá havi 14", "hu", "14000"),
        ("the other card's limit is 2,500, minimum on it is 65", "en", "65"),
        ("另一张卡额度三万，每月还最低一千二", "zh", "1200"),
    ],
)
def test_a_cards_limit_is_no_payment(text: str, language: str, expected: str) -> None:
    reading = read_as_asked(text, language, "other_debts")
    assert reading == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a whole spread over a term, no month's amount said: asked again
        ("560 ezer, 28 hónap alatt", "hu", None),
        ("1,800 over 18 months", "en", None),
        ("18个月内还完三千六", "zh", None),
        # the month's amount said beside the term: that amount
        ("havi 12 ezer, 30 hónap alatt kijön", "hu", "12000"),
        ("75 a month over 20 months", "en", "75"),
    ],
)
def test_a_whole_over_a_term_is_no_offer(text: str, language: str, expected: str | None) -> None:
    reading = read_as_asked(text, language, "counter")
    assert reading == (AmountReading(Decimal(expected), None) if expected else AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # only the difference from the income: the spending is not said
        ("minden hónapban 15 ezerrel több megy el, mint amennyit keresek", "hu", "expenses"),
        ("kb 20-szal kevesebb jön be, mint ami kimegy", "hu", "expenses"),
        # a loan repaid in one sum when it falls due: no monthly payment
        ("egy 15 napos kölcsön, 50 ezret kell egyben visszaadni", "hu", "other_debts"),
        ("payday loan, 280 to pay back in one go at the end of the month", "en", "other_debts"),
        ("有个网贷五千，到期一次性还", "zh", "other_debts"),
        # every few months, the count in digits: no month's amount
        ("zálogban a karórám, 2 havonta 8 ezerért hosszabbítok", "hu", "other_debts"),
    ],
)
def test_a_difference_a_lump_sum_or_every_few_months_is_asked_again(
    text: str, language: str, question: str
) -> None:
    assert read_as_asked(text, language, question) == AMBIGUOUS


@pytest.mark.parametrize(
    "text",
    [
        "10 ezerrel több megy ki, mint ami bejön, úgy 230",
        "bejön 210, és kb 20-szal több megy ki, szóval a kiadás úgy 230",
    ],
)
def test_the_month_worked_out_beside_a_difference_is_taken(text: str) -> None:
    assert read_as_asked(text, "hu", "expenses") == AmountReading(Decimal(230000), None)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the cardholder's own reckoning after "so": the first figure with the others added or
        # taken off
        ("a fizum 280, de felvettem 40 előleget, így most 240 jön", "hu", "240000"),
        ("nettó 190k + a családi pótlék, az 17, szóval kb 207k", "hu", "207000"),
        ("1,650 on the slip, 85 goes to the union, so 1,565", "en", "1565"),
        ("工资五千，扣掉三百社保，所以四千七", "zh", "4700"),
    ],
)
def test_the_figure_reckoned_after_so(text: str, language: str, expected: str) -> None:
    assert read_as_asked(text, language, "income") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a payment said, then suspended with nothing paid now
        ("lakáshitel havi 85, de fizetési szünetet kaptam, most nem fizetek semmit", "hu"),
        ("car loan 210 a month but its on a payment holiday so right now nothing", "en"),
        ("车贷每月一千二，现在暂停了，暂时不用还", "zh"),
    ],
)
def test_a_payment_suspended_now_is_none(text: str, language: str) -> None:
    assert read_as_asked(text, language, "other_debts") == AmountReading(Decimal(0), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # another item's amount not known by heart: the amounts said are not all of it
        ("két áruhitel: 16 és a másikat nem tudom fejből", "hu", "other_debts"),
        (
            "rokkantnyugdíj 110 ezer, a lakhatási támogatás külön jön, annak az összegét nem tudom",
            "hu",
            "income",
        ),
        (
            "loans are 70 and 45, and the catalogue i dont know off the top of my head",
            "en",
            "other_debts",
        ),
    ],
)
def test_another_items_amount_not_known_by_heart(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a fixed part beside a part that changes every month: no one month's figure
        ("alapbér 260, meg a pótlékok, ami hónapról hónapra változik", "hu"),
        ("özvegyi nyugdíj 120 ezer meg a takarítás, az nem mindig ugyanannyi", "hu"),
        ("pension 640 and my cleaning job, which is never the same", "en"),
        ("1,150 basic plus overtime, different every month", "en"),
    ],
)
def test_a_part_that_changes_every_month(text: str, language: str) -> None:
    assert read_as_asked(text, language, "income") == AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a deposit paid once beside the rent is no month's amount
        ("albérlet 145, 2 havi kaucióval költöztem be, az 290 volt egyszer", "hu", "145000"),
        ("rent 720, the deposit was 950 just once", "en", "720"),
        ("房租两千二，押金四千是一次性的", "zh", "2200"),
        # a flat's floor and door are an address
        ("a lakás 4. emelet 11, havi 130 a bérleti díj, rezsi 35", "hu", "165000"),
    ],
)
def test_a_one_off_or_an_address_beside_the_rent(text: str, language: str, expected: str) -> None:
    assert read_as_asked(text, language, "expenses") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a household's cost shared by several, the own part not worked out
        ("a közös kiadás 360, négyen dobjuk össze", "hu"),
        ("全家开销六千，三个人一起分", "zh"),
        # with and without an item no one needs to live on, left open
        ("pia nélkül 160, piával 185", "hu"),
        ("without the fags 900, with them 1,050", "en"),
    ],
)
def test_a_shared_cost_or_a_non_essential_left_open(text: str, language: str) -> None:
    assert read_as_asked(text, language, "expenses") == AMBIGUOUS


def test_with_and_without_an_essential_item_is_the_whole() -> None:
    reading = read_as_asked("fűtés nélkül 150, fűtéssel 190", "hu", "expenses")
    assert reading == AmountReading(Decimal(190000), None)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # an item that costs nothing beside the others' amounts adds nothing
        ("a testvéremnél lakom, lakbér 0, de kaja meg bérlet kb 70", "expenses", "70000"),
        ("lakás 0, saját, rezsi 42 ezer, kaja 90 ezer", "expenses", "132000"),
        # nothing besides the amount said
        ("semmi, csak az a 28 ezer ami az autóhitelre megy", "other_debts", "28000"),
        ("tartásdíj 45 ezer, más kiadás nincs, a nagyinál lakunk", "expenses", "45000"),
        # a postcode is no money
        ("2040-es irányítószám, Budaörs. Fizetés kb 265", "income", "265000"),
    ],
)
def test_nothing_for_an_item_or_besides_the_amount(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # banknotes by their full names
        ("havonta három tízezrest tudnék", "30000"),
        ("egy húszezres meg egy ötezres havonta", "25000"),
    ],
)
def test_banknotes_by_their_full_names(text: str, expected: str) -> None:
    assert read_as_asked(text, "hu", "counter") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a cost raised by a share, only the old figure said: the new one is not worked out
        ("az albérletet 8%-kal emelték, előtte 140 volt, plusz rezsi 35", "hu"),
        ("rent went up 5% in april, it was 700 before, plus bills 180", "en"),
        ("房租涨了10%，以前是两千，水电三百", "zh"),
    ],
)
def test_a_cost_raised_by_a_share_is_asked_again(text: str, language: str) -> None:
    assert read_as_asked(text, language, "expenses") == AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a payment that ends soon is still today's payment
        ("havi 25 ezer még három hónapig, utána már nincs", "hu", "25000"),
        ("95 a month for 4 more months, then nothing", "en", "95"),
    ],
)
def test_a_payment_ending_soon_is_todays(text: str, language: str, expected: str) -> None:
    reading = read_as_asked(text, language, "other_debts")
    assert reading == AmountReading(Decimal(expected), None)


def test_the_time_left_on_a_loan_is_no_balance() -> None:
    reading = read_as_asked(
        "személyi 34 ezer, a kocsi 2018-as, még 2 év van hátra", "hu", "other_debts"
    )
    assert reading == AmountReading(Decimal(34000), None)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a part of one item said with "of which", then the total said last: the total
        (
            "a közös költség 28, ebből 6 a felújítási alap, kaja 85, rezsi 40, összesen 153",
            "hu",
            "153000",
        ),
        ("rent 700 of which 50 is service charge, food 250, so 950 in total", "en", "950"),
    ],
)
def test_the_total_said_last_beside_a_part_of_an_item(
    text: str, language: str, expected: str
) -> None:
    assert read_as_asked(text, language, "expenses") == AmountReading(Decimal(expected), None)
