"""Money families of blind round 30, a second pass over English and Chinese: the spending said
beside the income and what is left of it; an income with one figure for the day shifts and one
for the night shifts (asked again, and no alarm).

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import Question
from dialogs.understanding.meaning import interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("outgoings 1,400, income 1,500, leaves 100", "en", "1400"),
        ("i spend about 950 a month, i earn 1,020, so 70 left", "en", "950"),
        ("spending 830 and my wage is 900, that leaves me 70 spare", "en", "830"),
        ("每月花三千二，挣三千五，剩三百", "zh", "3200"),
        ("开销两千七，工资三千，剩下三百", "zh", "2700"),
    ],
)
def test_the_spending_beside_the_income_and_what_is_left(
    text: str, language: str, expected: str
) -> None:
    assert read_as_asked(text, language, "expenses") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("900 on the early shift, 1,050 on lates", "en"),
        ("about 1,300 on days and 1,500 when i do nights", "en"),
        ("working days its 1,250 a month, doing nights about 1,500", "en"),
        ("白班一个月四千，夜班五千", "zh"),
        ("夜班的月份五千二，白班的月份四千四", "zh"),
        ("nappalos héten 260, éjszakás héten 310 jön", "hu"),
    ],
)
def test_a_figure_for_each_kind_of_shift_is_asked_again(text: str, language: str) -> None:
    assert read_as_asked(text, language, "income") == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("1,020 when im on days, 1,280 when im on nights", "en"),
        ("when im on lates its 1,150, when im on days its 990", "en"),
        ("上白班三千九，上夜班四千七", "zh"),
    ],
)
def test_shift_talk_with_two_figures_is_no_alarm(text: str, language: str) -> None:
    assert interpret(text, Question.INCOME, language).meaning == "ambiguous"


def test_a_steady_figure_beside_night_shifts_is_read() -> None:
    text = "night shifts are killing me but it's a steady 2,100 a month"
    assert read_as_asked(text, "en", "income") == AmountReading(Decimal(2100), None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("my wage is 1,300, i keep 1,000 for living and you can have the rest", "en"),
        ("i get 1,200, i need 950 to live on, the rest is yours", "en"),
        ("keep 800 for me, the rest is yours", "en"),
        ("a fizetésem 300, 220 kell a megélhetésre, a maradék a tiétek", "hu"),
        ("350 ezer a fizetés, 280 kell nekem, ami marad az a tiétek", "hu"),
        ("工资4000，生活要3200，剩下的给你们", "zh"),
        ("留两千五吃饭，剩下的都还你们", "zh"),
    ],
)
def test_the_rest_of_an_income_after_what_is_kept_is_asked_again(text: str, language: str) -> None:
    """The labelled rounds ask again rather than work out the difference for the person."""
    assert read_as_asked(text, language, "counter") == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("i'd say 120, the rest goes on the kids", "en", "120"),
        ("wage 1,300, keep 1,000, so 300 a month", "en", "300"),
        ("a fizetésem 300, 220 kell, a maradék 80-at odaadom", "hu", "80000"),
        ("工资4000，留3200，剩下的每个月还800", "zh", "800"),
    ],
)
def test_an_own_figure_beside_the_rest_is_the_offer(
    text: str, language: str, expected: str
) -> None:
    assert read_as_asked(text, language, "counter") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # the rest going elsewhere: nothing offered here
        ("wage 1400, keep 900, the rest for my other cards", "en", "counter"),
        # last month's pay beside this month's, no usual one
        ("last month i got 1,320, this month only 1,180", "en", "income"),
        ("this month its 1,050, last month was a bit more at 1,190", "en", "income"),
        ("ebben a hónapban 240 jött, múlt hónapban 265", "hu", "income"),
        ("上个月四千八，这个月四千二", "zh", "income"),
        # the first digit described, no amount
        ("four figures, first digit is a 1", "en", "income"),
        ("hat számjegyű, 3-mal kezdődik", "hu", "income"),
        ("五位数，1开头", "zh", "income"),
    ],
)
def test_a_rest_sent_elsewhere_two_months_or_a_first_digit_are_asked_again(
    text: str, language: str, question: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


def test_a_change_from_this_month_on_is_read() -> None:
    text = "last month 1,400, from this month its 1,200"
    assert read_as_asked(text, "en", "income") == AmountReading(Decimal(1200), None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the klarna one was paid off last year", "en"),
        ("the payday loan got settled ages ago", "en"),
        ("花呗去年就还清了", "zh"),
        ("信用贷早就还完了", "zh"),
        ("美团月付前年就结清了", "zh"),
        ("a személyi kölcsönt tavaly kifizettem", "hu"),
    ],
)
def test_another_debt_cleared_long_ago_is_none_and_no_dispute(text: str, language: str) -> None:
    assert interpret(text, Question.OTHER_DEBTS, language).meaning == "0"


@pytest.mark.parametrize(
    ("text", "language"),
    [("i already paid this card off last year", "en"), ("这张卡去年就还清了", "zh")],
)
def test_this_card_said_paid_off_is_still_a_dispute(text: str, language: str) -> None:
    assert interpret(text, Question.OTHER_DEBTS, language).meaning == "dispute"


@pytest.mark.parametrize(
    "text",
    [
        "天然气两块八一方，一个月用四十方上下，房租一千六",
        "水费每吨三块五，一个月用八吨，房租一千三",
    ],
)
def test_a_quantity_used_beside_a_price_a_measure_is_asked_again_zh(text: str) -> None:
    assert read_as_asked(text, "zh", "expenses") == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("一个月用二十方气，气费七十，房租一千二", "1270"), ("燃气费一个月九十，房租一千五", "1590")],
)
def test_a_quantity_used_beside_the_items_cost_is_no_money_zh(text: str, expected: str) -> None:
    assert read_as_asked(text, "zh", "expenses") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "we got through 410 kwh last quarter, gas and electric was 130, rent 550 = 680",
            "en",
            "680",
        ),
        ("used 300 kwh this month, the electric was 95, rent 640, food 210 = 945", "en", "945"),
        ("用了两百度电，电费一百一，房租一千二，吃饭一千=2310", "zh", "2310"),
    ],
)
def test_a_total_after_equals_beside_a_measure_and_a_past_tense(
    text: str, language: str, expected: str
) -> None:
    assert read_as_asked(text, language, "expenses") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "energy on one direct debit of 140, plus rent 650 and roughly 250 food. 1,040",
            "1040",
        ),
        ("council tax 120, rent 700 and about 180 shopping. 1,000", "1000"),
        ("rent 600, bills 300, food 900", "1800"),
    ],
)
def test_a_total_said_after_the_last_items_own_name(text: str, expected: str) -> None:
    assert read_as_asked(text, "en", "expenses") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        ("1,250 — 90 of it is carers allowance", "income", "1250"),
        ("1,320 - £80 of that's pip", "income", "1320"),
        ("1,320, £80 of that's pip", "income", "1320"),
        ("900 — 600 of that is rent", "expenses", "900"),
    ],
)
def test_a_whole_with_a_part_of_it_after_a_dash(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize("text", ["1,100 – 1,200", "1500 - 200"])
def test_a_dash_between_figures_without_a_part_named_is_asked_again(text: str) -> None:
    assert read_as_asked(text, "en", "income") == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # nothing now, the first pay of a new job to come
        ("0 right now, should be about 1,300 once the new job pays", "en", "0"),
        ("0 at the moment, my first pay at the depot is on the 12th, should be 1,350", "en", "0"),
        ("most 0, az első fizetés 10-én jön az új helyről, kb 280 lesz", "hu", "0"),
        # today's beside what it should be later
        ("1,300 right now, should be 1,500 after my review", "en", "1300"),
        # a day's rate, then the month's pay said after it
        ("做保洁，一天一百八，上个月干了26天，拿了4680", "zh", "4680"),
        ("开叉车的，一天两百六，月底结账，上个月结了七千八", "zh", "7800"),
        ("i get 95 a day, did 20 days last month, got paid 1,900", "en", "1900"),
    ],
)
def test_nothing_before_a_first_pay_and_a_days_rate_before_the_months_pay(
    text: str, language: str, expected: str
) -> None:
    assert read_as_asked(text, language, "income") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # a numbered list after a colon
        ("两份收入：1.超市理货3100 2.晚上送外卖一个月800", "income", "3900"),
        ("每月开销：1.房租1300 2.吃饭900 3.车费200", "expenses", "2400"),
        # what it was before the change that cut it, then today's
        ("厂子关门前是6300，现在去了新公司试用期，一个月4800", "income", "4800"),
        ("离职前一个月八千，现在送快递，一个月五千五", "income", "5500"),
        # the month's pay with its pay day not yet come
        ("每个月10号发，6200，今天9号还没到账", "income", "6200"),
        # a day's figure worked out for the month, then the items and their total
        ("算了一下，每天伙食40，一个月就1200，再加房租900，2100", "expenses", "2100"),
        ("每天吃饭三十，一个月九百，房租一千一，水电两百，一共两千二", "expenses", "2200"),
    ],
)
def test_chinese_lists_changes_and_pay_days(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


def test_a_weeks_figure_worked_out_for_the_month_then_a_total() -> None:
    text = "food is about 60 a week, so 260 a month, plus rent 700 and bills 150, 1,110"
    assert read_as_asked(text, "en", "expenses") == AmountReading(Decimal(1110), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing named before "那个" said to be no loan: its figure-less clause, the debt kept
        ("电视分期每月150，网费那个不算贷款，就这些", "150"),
        # what was paid in those months, nothing now
        ("跑长途的，出车那几个月一个月一万二，现在车停了在家，一分没有", "0"),
        ("当时在矿上一个月九千，现在回老家了，一分钱收入都没有", "0"),
    ],
)
def test_a_thing_said_no_loan_and_nothing_now_after_those_months_zh(
    text: str, expected: str
) -> None:
    question = "other_debts" if "贷款" in text else "income"
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)
