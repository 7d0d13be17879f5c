"""Reading what cardholders type: every form in each language, every problem, and never raising."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.evaluation import README_OFFERS
from dialogs.domain.vocabulary import LANGUAGES, Cause
from dialogs.understanding.meaning import Question, interpret
from dialogs.understanding.rules import (
    AmountProblem,
    AmountReading,
    Intent,
    read_amount,
    read_card_digits,
    read_cause,
    read_choice_number,
    read_intent,
    read_language_named,
    read_missed_answer,
    read_months,
    read_offer_kind,
    read_probably,
    read_temporary,
    read_terms,
    read_yes_no,
    says_amount_for_another_period,
    says_back,
    says_dont_know,
    says_last_one,
    says_other_reason,
    says_think_it_over,
    says_this_one,
    says_unpaid,
    signals_dispute,
    signals_distress,
    signals_refusal,
    signals_vulnerability,
)
from dialogs.understanding.rules.answers import (
    MISSED_PHRASES,
    OFFER_KIND_PHRASES,
    says_back_in_a_sentence,
    says_first_one,
    says_grudging_yes,
    says_maybe_never,
    says_not_yet_decided,
    says_share_of_what_was_asked,
    says_yes_with_a_reservation,
)
from dialogs.understanding.rules.cardholder import (
    says_cardholders_amount_unknown,
    says_money_named_is_no_debt,
    without_someone_elses_amount,
)
from dialogs.understanding.rules.safety import asks_what_is_meant, signals_paid_off
from tests.support.amounts import read_as_asked

D = Decimal

# --- Amounts ------------------------------------------------------------------------------------

READ_IN_EVERY_LANGUAGE = [
    ("8000", D(8000)),
    ("8 000", D(8000)),
    ("8\u00a0000", D(8000)),  # no-break space
    ("8\u202f000", D(8000)),  # narrow no-break space
    ("8\u2009000", D(8000)),  # thin space
    ("8000.50", D("8000.50")),
    ("1,234.50", D("1234.50")),
    ("1.234,50", D("1234.50")),
    ("\uff18\uff10\uff10\uff10", D(8000)),  # full-width 8000
    ("\uff11\uff12\uff13\uff14", D(1234)),  # full-width 1234
    ("8000 Ft", D(8000)),
    ("12 345 Ft", D(12345)),
    ("HUF 8000", D(8000)),
    ("¥8000", D(8000)),
    ("￥8000", D(8000)),
    ("8000元", D(8000)),
    ("8000块", D(8000)),
    ("RMB 8000", D(8000)),
    ("£250", D(250)),
    ("€1.234,50", D("1234.50")),
    ("8k", D(8000)),
    ("8K", D(8000)),
    ("1.5k", D(1500)),
    ("8千", D(8000)),
    ("1.2万", D(12000)),
    ("3万5", D(35000)),
    ("1万2", D(12000)),
    ("三千", D(3000)),
    ("一万二千", D(12000)),
    ("一万二", D(12000)),
    ("八千五百", D(8500)),
    ("两千", D(2000)),
    ("一千零五", D(1005)),
    ("一点五万", D(15000)),
    ("十二", D(12)),
    ("五百万", D(5_000_000)),
    ("贰仟", D(2000)),
    ("8 ezer", D(8000)),
    ("8000 forint", D(8000)),
    ("250e Ft", D(250000)),
    ("2 million", D(2_000_000)),
    ("0", D(0)),
    ("0 Ft", D(0)),
    ("1,234,567", D(1234567)),
    ("1.234.567", D(1234567)),
    ("12 345.50", D("12345.50")),
    ("12 345,50", D("12345.50")),
    ("8000.-", D(8000)),
    ("8000 8000", D(8000)),  # the same number twice is one answer
    ("500 for 3 months", D(500)),
    ("I have 2 kids and earn 3000", D(3000)),
    ("我有两张卡\uff0c每月收入三千", D(3000)),
    ("paid on the 15th, 8000", D(8000)),
]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("text", "expected"), READ_IN_EVERY_LANGUAGE)
def test_amounts_read_the_same_in_every_language(
    text: str, language: str, expected: Decimal
) -> None:
    assert read_amount(text, language) == AmountReading(expected, None)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # English (and Chinese): comma groups thousands, dot marks decimals
        ("8,000", "en", D(8000)),
        ("$8,000", "en", D(8000)),
        ("$8,000.50", "en", D("8000.50")),
        ("1,234", "en", D(1234)),
        ("about 8000 a month", "en", D(8000)),
        ("I can pay 8,000 per month", "en", D(8000)),
        ("around 250 000 a month", "en", D(250000)),
        ("nothing", "en", D(0)),
        ("zero", "en", D(0)),
        ("I have none", "en", D(0)),
        ("no income", "en", D(0)),
        ("8000 every month", "en", D(8000)),
        ("0.5", "en", D("0.5")),
        ("1234.567", "en", D("1234.567")),
        ("8,000", "zh", D(8000)),
        ("1\uff0c234", "zh", D(1234)),  # full-width comma
        ("我每月收入8000元", "zh", D(8000)),
        ("每个月大概8千块", "zh", D(8000)),
        ("一个月八千", "zh", D(8000)),
        ("每月能还两千五", "zh", D(2500)),
        ("零", "zh", D(0)),
        ("收入是零", "zh", D(0)),
        ("没有收入", "zh", D(0)),
        ("我一直没有收入", "zh", D(0)),
        ("五", "zh", D(5)),
        ("五块吧", "zh", D(5)),
        ("八零零零", "zh", D(8000)),
        ("大概三千左右", "zh", D(3000)),
        # Hungarian: dot or space groups thousands, comma marks decimals
        ("8.000", "hu", D(8000)),
        ("8.000 Ft", "hu", D(8000)),
        ("1.234", "hu", D(1234)),
        ("12 345,50", "hu", D("12345.50")),
        ("1,5", "hu", D("1.5")),
        ("12,50", "hu", D("12.50")),
        ("havonta 250 000 Ft", "hu", D(250000)),
        ("havonta 250\u00a0000 Ft-ot tudok", "hu", D(250000)),
        ("8000-et tudok fizetni", "hu", D(8000)),
        ("8 ezer forint", "hu", D(8000)),
        ("8ezret", "hu", D(8000)),
        ("1,5 millió", "hu", D(1_500_000)),
        ("nulla", "hu", D(0)),
        ("semmi", "hu", D(0)),
        ("nincs jövedelmem", "hu", D(0)),
    ],
)
def test_amounts_by_language(text: str, language: str, expected: Decimal) -> None:
    assert read_amount(text, language) == AmountReading(expected, None)


@pytest.mark.parametrize(
    ("text", "language", "problem"),
    [
        ("", "en", AmountProblem.EMPTY),
        ("   ", "hu", AmountProblem.EMPTY),
        ("\u00a0\u202f\n", "zh", AmountProblem.EMPTY),
        ("\u200b", "en", AmountProblem.EMPTY),
        ("hello", "en", AmountProblem.NOT_A_NUMBER),
        ("a lot", "en", AmountProblem.NOT_A_NUMBER),
        ("I don't know", "en", AmountProblem.NOT_A_NUMBER),
        ("nem tudom", "hu", AmountProblem.NOT_A_NUMBER),
        ("不知道", "zh", AmountProblem.NOT_A_NUMBER),
        ("我一直没工作", "zh", AmountProblem.NOT_A_NUMBER),  # 一 of 一直 is not a number
        ("万一", "zh", AmountProblem.NOT_A_NUMBER),  # "in case"
        ("千万别", "zh", AmountProblem.NOT_A_NUMBER),  # "by all means don't"
        ("3 months", "en", AmountProblem.NOT_A_NUMBER),
        ("3个月", "zh", AmountProblem.NOT_A_NUMBER),
        ("5%", "en", AmountProblem.NOT_A_NUMBER),
        ("百分之五十", "zh", AmountProblem.NOT_A_NUMBER),
        ("第3期", "zh", AmountProblem.NOT_A_NUMBER),
        ("???", "en", AmountProblem.NOT_A_NUMBER),
        ("-500", "en", AmountProblem.NEGATIVE),
        ("\u2212500", "en", AmountProblem.NEGATIVE),  # U+2212 minus sign
        ("\u2013500", "hu", AmountProblem.NEGATIVE),  # en dash
        ("- 500", "en", AmountProblem.NEGATIVE),
        ("-$500", "en", AmountProblem.NEGATIVE),
        ("$-500", "en", AmountProblem.NEGATIVE),
        ("minus 500", "en", AmountProblem.NEGATIVE),
        ("mínusz 500", "hu", AmountProblem.NEGATIVE),
        ("-8.000 Ft", "hu", AmountProblem.NEGATIVE),
        ("负500", "zh", AmountProblem.NEGATIVE),
        ("2000000000", "en", AmountProblem.TOO_LARGE),
        ("1 000 000 001", "hu", AmountProblem.TOO_LARGE),
        ("十亿零一", "zh", AmountProblem.TOO_LARGE),
        ("9" * 200, "en", AmountProblem.TOO_LARGE),
        # separators that could be read two ways
        ("8.000", "en", AmountProblem.AMBIGUOUS),
        ("8.000", "zh", AmountProblem.AMBIGUOUS),
        ("1,5", "en", AmountProblem.AMBIGUOUS),
        ("1,5", "zh", AmountProblem.AMBIGUOUS),
        ("1,234", "hu", AmountProblem.AMBIGUOUS),
        ("8,000", "hu", AmountProblem.AMBIGUOUS),
        ("1234,567", "en", AmountProblem.AMBIGUOUS),
        ("8 000.000", "en", AmountProblem.AMBIGUOUS),
        ("1,23,456", "en", AmountProblem.AMBIGUOUS),
        ("1.234.56", "hu", AmountProblem.AMBIGUOUS),
        ("1,234.567,8", "en", AmountProblem.AMBIGUOUS),
        ("1,2 ezer", "en", AmountProblem.AMBIGUOUS),
        # two different numbers, ranges, vague Chinese amounts
        ("8000 or 9000", "en", AmountProblem.AMBIGUOUS),
        ("8000 vagy 9000", "hu", AmountProblem.AMBIGUOUS),
        ("8000或9000", "zh", AmountProblem.AMBIGUOUS),
        ("8000\uff0c9000", "zh", AmountProblem.AMBIGUOUS),
        ("8000-9000", "en", AmountProblem.AMBIGUOUS),
        ("8000 - 9000", "hu", AmountProblem.AMBIGUOUS),
        ("8000\u20139000", "en", AmountProblem.AMBIGUOUS),
        ("8000~9000", "zh", AmountProblem.AMBIGUOUS),
        ("8000到9000", "zh", AmountProblem.AMBIGUOUS),
        ("between 8000 and 9000", "en", AmountProblem.AMBIGUOUS),
        ("8-9k", "en", AmountProblem.AMBIGUOUS),
        ("3 x 500", "en", AmountProblem.AMBIGUOUS),
        ("七八千", "zh", AmountProblem.AMBIGUOUS),
        ("两三千", "zh", AmountProblem.AMBIGUOUS),
        ("几千", "zh", AmountProblem.AMBIGUOUS),
        ("十几万", "zh", AmountProblem.AMBIGUOUS),
        ("我收入8000\uff0c可以还2000", "zh", AmountProblem.AMBIGUOUS),
    ],
)
def test_amount_problems(text: str, language: str, problem: AmountProblem) -> None:
    assert read_amount(text, language) == AmountReading(None, problem)


def test_limit_is_the_callers() -> None:
    assert read_amount("500", "en", limit=D(500)) == AmountReading(D(500), None)
    assert read_amount("500.01", "en", limit=D(500)) == AmountReading(None, AmountProblem.TOO_LARGE)
    assert read_amount("1 000 000 000", "hu") == AmountReading(D(10) ** 9, None)


def test_amounts_are_not_quantized() -> None:
    assert str(read_amount("8000.5", "en").amount) == "8000.5"
    assert str(read_amount("8000.505", "en").amount) == "8000.505"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Numbers beside the amount that are no money: ages, years, card digits, jobs, days.
        ("i am 38 and take home 2300", "en", D(2300)),
        ("aged 61, pension of 1150", "en", D(1150)),
        ("been earning 2600 since 2021", "en", D(2600)),
        ("the loan runs until 2028, 210 monthly", "en", D(210)),
        ("card ending in 7310, i pay 65 on it", "en", D(65)),
        ("2 jobs, 2050 between them", "en", D(2050)),
        ("2022 óta 340 ezer a fizum", "hu", D(340000)),
        ("2029-ig havi 52 ezer", "hu", D(52000)),
        ("minden hónap 12-én 95 ezer", "hu", D(95000)),
        ("3 munkahely, összesen 410e", "hu", D(410000)),
        ("尾号8806的卡每月1200", "zh", D(1200)),
        # A count of loans, people or years beside the monthly amount.
        ("2 hitel van, havi 61 ezer rajtuk", "hu", D(61000)),
        ("egy kölcsön, 27e havonta", "hu", D(27000)),
        ("5 fős háztartás, 410 ezer", "hu", D(410000)),
        ("négy éve fizetem, 36 ezer", "hu", D(36000)),
        ("2 évvel ezelőtt vettem fel, 48e", "hu", D(48000)),
        ("változó kamatozású lakáshitel, 112 ezer", "hu", D(112000)),
        ("variable rate mortgage, 740 a month", "en", D(740)),
        ("60 ezer hitel", "hu", D(60000)),
        # Spelled numbers: "x és fél millió", a letter left out or swapped, a lone ten.
        ("három és fél millió", "hu", D(3500000)),
        ("1 és fél millió", "hu", D(1500000)),
        ("fourty five hundred", "en", D(4500)),
        ("sevn hundred", "en", D(700)),
        ("two thousnad", "en", D(2000)),
        ("ninety", "en", D(90)),
        ("i can manage sixty", "en", D(60)),
        # N things at M each, N payments of M in a month: their product, not N + M.
        ("3 loans, 120 each", "en", D(360)),
        ("four store cards, 25 on each", "en", D(100)),
        ("2 x £50 a month", "en", D(100)),
        ("另外三张卡，每张每个月还一千左右", "zh", D(3000)),
        ("一张卡每月还两千，另外两张各一千", "zh", D(4000)),
    ],
)
def test_amounts_beside_numbers_that_are_no_money(
    text: str, language: str, expected: Decimal
) -> None:
    assert read_amount(text, language, items=True) == AmountReading(expected, None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("thousand", "en"),  # how many thousands?
        ("tousand a month", "en"),
        ("kb 400 ezer vagy egy kicsit több", "hu"),
        ("around 1700, a bit more some months", "en"),
        ("csak az albérlet 150e", "hu"),
        ("paid 1100 fortnightly", "en"),  # not a month's
        ("42000 per annum", "en"),
        ("400块一天", "zh"),
        ("三千出头", "zh"),  # "a little over": a bound, like 多一点
        ("工资八千出头吧", "zh"),
        ("havonta kétszer 90 ezer", "hu"),  # twice a month
        ("3 loans, 120 each a week", "en"),  # a week's, not a month's
        ("rent 800 and 3 cards at 50 each", "en"),  # more than one product: asked again
        # The amount itself changes from month to month.
        ("benzinre 40e, a bolt változó", "hu"),
        ("olyan 90 ezer de változik", "hu"),
        ("depends on the month, around 600", "en"),
        ("rezsi 30e, kaja 55e, a többi függ a hónaptól", "hu"),
    ],
)
def test_amounts_a_specialist_would_not_take(text: str, language: str) -> None:
    assert read_amount(text, language, items=True).problem is AmountProblem.AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("gas 120 plus electric 80", "en", D(200)),
        ("rent and food come to 1300", "en", D(1300)),
        ("about 900 for rent and bills together", "en", D(900)),
        ("rezsi 50 ezer meg kaja 70 ezer", "hu", D(120000)),
        ("水电300，房租2500", "zh", D(2800)),
        ("we earn 3900 together, my husband and i", "en", D(3900)),
    ],
)
def test_a_list_with_every_amount_is_its_sum(text: str, language: str, expected: Decimal) -> None:
    assert read_amount(text, language, items=True) == AmountReading(expected, None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("rent 650 and the bills and groceries", "en"),  # an item without an amount
        ("70 on the car loan and also my credit card", "en"),
        ("lakbér 130 ezer, meg a rezsi", "hu"),
        ("autóhitel 40e meg a személyi kölcsön", "hu"),
        ("rent 95, bills 30", "hu"),  # 95 forints? or thousands
        ("my partner gets 1600 and i get 1100", "en"),  # whose income?
        ("a feleségem 300 ezret keres, én 250 ezret", "hu"),
        ("她六千我七千", "zh"),
    ],
)
def test_a_list_that_cannot_be_added_up_is_ambiguous(text: str, language: str) -> None:
    assert read_amount(text, language, items=True).problem is AmountProblem.AMBIGUOUS


def test_a_debt_owed_is_no_monthly_payment() -> None:
    assert read_amount("i still owe 3200 on it", "en", owed=True).problem is AmountProblem.AMBIGUOUS
    assert (
        read_amount("800 ezer tartozásom van", "hu", owed=True).problem is AmountProblem.AMBIGUOUS
    )
    assert read_amount("还欠银行三万", "zh", owed=True).problem is AmountProblem.AMBIGUOUS
    assert read_amount("i owe 150 a month on it", "en", owed=True).amount == D(150)
    assert read_amount("havi 30 ezer a tartozásra", "hu", owed=True).amount == D(30000)
    assert read_amount("i still owe 3200 on it", "en").amount == D(3200)  # only where asked


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A correction: the amount after it.
        ("3500 sorry i mean 2500", "en", "2500"),
        ("havi 300 ezer, bocsánat, 230 ezer", "hu", "230000"),
        ("五千 不对 四千五", "zh", "4500"),
        # The total of a list, said before or after it.
        ("food 400 and bus 90 so 490", "en", "490"),
        ("council tax 150, energy 200, around 950 all together", "en", "950"),
        ("lakbér 110 ezer és a rezsi 35 ezer, összesen 145 ezer", "hu", "145000"),
        ("水电五百 伙食一千五 一共两千", "zh", "2000"),
        # Today's amount beside an earlier one.
        ("it was 2100 last year but now about 1400", "en", "1400"),
        ("korábban 350 ezer volt, most 220 ezer", "hu", "220000"),
        ("原来一个月六千 现在四千", "zh", "4000"),
        # The monthly payment beside a balance.
        ("still owe 9000 on the car, 210 a month", "en", "210"),
        ("a személyi kölcsönből 1,5 millió van még, havonta 42 ezer", "hu", "42000"),
        ("车贷还剩五万 每月还两千", "zh", "2000"),
        # Thousands said once for a list; a list after its label; an explicit plus.
        ("albérlet 95 + rezsi 30 ezer", "hu", "125000"),
        ("2 hitel: 15 és 20 ezer", "hu", "35000"),
        ("fizetés 210 ezer + 20 ezer pótlék", "hu", "230000"),
        # One amount for several things; a ceiling is the amount.
        ("600 for food and petrol", "en", "600"),
        ("i cant pay more than 45 a month", "en", "45"),
        ("legfeljebb 15 ezret tudnék", "hu", "15000"),
        ("最多八百", "zh", "800"),
        # Slang and shorthand for thousands.
        ("kb 230 rugó", "hu", "230000"),
        ("90 rongy", "hu", "90000"),
        ("negyedmillió", "hu", "250000"),
        ("2.5w", "zh", "25000"),
        ("2000一个月", "zh", "2000"),
        ("还有个信用卡 每月八百", "zh", "800"),
        ("n/a", "en", "0"),
        # A whole named before its parts; one amount for two things.
        ("1500 of which 900 is rent", "en", "1500"),
        ("300 ezer, amiből 120 a lakbér", "hu", "300000"),
        ("四千 其中房租两千五", "zh", "4000"),
        ("60 ezer a lakbérre és a rezsire", "hu", "60000"),
        ("基本没什么开销", "zh", "0"),
    ],
)
def test_the_amount_a_message_settles_on(text: str, language: str, expected: str) -> None:
    assert read_amount(text, language, items=True, owed=True).amount == D(expected)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("régen 300 ezer volt, most 200", "hu"),  # 200 what?
        ("hol 150 hol 190 ezer", "hu"),  # it varies
        ("sometimes 900 sometimes 1300", "en"),
        ("more than 3000", "en"),  # a bound, not a ceiling offered
        ("rent 120 ezer plus bills 40", "hu"),  # 40 what?
        ("ezért nem tudok 20 vagy 30 ezernél többet", "hu"),  # "ezért" is no thousand
    ],
)
def test_amounts_still_left_unread(text: str, language: str) -> None:
    assert read_amount(text, language, items=True).problem is AmountProblem.AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A month worked out from a day's figure (working days or every day).
        ("roughly 30 a day driving, about 660 a month", "en", "660"),
        ("napi 10 ezer, havonta úgy 220", "hu", "220000"),
        ("每天八十，一个月两千四", "zh", "2400"),
        # A month said after a year's figure, and before a week's is said.
        ("36k a year so 3000 a month", "en", "3000"),
        ("每周两百，一个月八百", "zh", "800"),
        # Card digits, an age, pets and household size beside the amount.
        ("a kártyám vége 7720, a bérem 280e", "hu", "280000"),
        ("我今年63了，每月养老金两千八", "zh", "2800"),
        ("2 kutya, 1 macska, 150 ezer", "hu", "150000"),
        ("around 1400 for the 3 of us", "en", "1400"),
        ("i'm 61, live alone, about 700", "en", "700"),
        # Hungarian spells numbers above two thousand with a hyphen after the thousands.
        ("százhatvanhétezer-háromszáz", "hu", "167300"),
        ("nothing fancy, 850", "en", "850"),
    ],
)
def test_amounts_beside_other_figures(text: str, language: str, expected: str) -> None:
    assert read_amount(text, language, items=True, in_thousands=language == "hu").amount == D(
        expected
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("havi 3-400 ezer", "hu"),  # a range
        ("£800 to £950", "en"),
        ("三千到四千", "zh"),
        ("háromszáznegyven-háromszázötven", "hu"),
        ("húszezer-harmincezer", "hu"),
        ("three hundred odd", "en"),  # a bound
        ("nem egészen 300 ezer", "hu"),
        ("not quite 1200", "en"),
        ("weekly shop 90 and rent 650", "en"),  # a week's amount in a list
        ("OTP 20 ezer havonta, Cofidis 10 ezer hetente", "hu"),
        ("i'm on a zero-hour contract, no idea", "en"),
    ],
)
def test_amounts_not_guessed(text: str, language: str) -> None:
    reading = read_amount(text, language, items=True, owed=True, in_thousands=language == "hu")
    assert reading.amount is None


def test_an_amount_for_another_period_wants_an_own_amount() -> None:
    assert says_amount_for_another_period("could do 35 per week", "en")
    assert says_amount_for_another_period("heti 8 ezret tudnék", "hu")
    assert says_amount_for_another_period("每周能还三百", "zh")
    assert not says_amount_for_another_period("could do 140 a month", "en")


def test_an_unknown_or_regional_language_code_still_reads() -> None:
    assert read_amount("8,000", "en-GB").amount == D(8000)
    assert read_amount("8.000", "HU").amount == D(8000)
    assert read_amount("8,000", "xx").amount == D(8000)  # read as English


@given(st.integers(min_value=0, max_value=10**9))
@example(555)
@example(5555)
@example(555_000)  # read as 0 until session 24
@example(403_996)  # read as 403 in Chinese until session 24
@example(996_000)  # read as 0 in Chinese until session 25 (the 996 working week)
@example(996)  # the working week itself, asked again in Chinese
def test_grouped_integers_read_back(n: int) -> None:
    english = f"{n:,}"
    # (in Chinese a bare "555" or "5555" is the slang of crying, and a bare "996" the working
    # week of nine to nine six days: asked again, never guessed)
    crying = (set(str(n)) == {"5"} and n >= 555) or n == 996
    languages = [language for language in LANGUAGES if not (crying and language == "zh")]
    assert read_amount(english, "en").amount == n
    assert crying or read_amount(english, "zh").amount == n
    assert read_amount(english.replace(",", "."), "hu").amount == n
    for space in (" ", "\u00a0", "\u202f", "\u2009"):
        spaced = english.replace(",", space)
        assert all(read_amount(spaced, language).amount == n for language in languages)


@given(st.integers(min_value=0, max_value=10**8), st.integers(min_value=0, max_value=99))
def test_amounts_with_cents_read_back(n: int, cents: int) -> None:
    expected = D(f"{n}.{cents:02d}")
    assert read_amount(f"{n:,}.{cents:02d}", "en").amount == expected
    assert read_amount(f"{n:,}".replace(",", ".") + f",{cents:02d}", "hu").amount == expected
    assert read_amount(f"{n:,}".replace(",", " ") + f",{cents:02d} Ft", "hu").amount == expected


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999))
def test_a_dot_before_three_digits_is_never_guessed_in_english(head: int, tail: int) -> None:
    assert read_amount(f"{head}.{tail:03d}", "en").problem is AmountProblem.AMBIGUOUS
    assert read_amount(f"{head},{tail:03d}", "hu").problem is AmountProblem.AMBIGUOUS


# --- Months -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "months"),
    [
        ("3", "en", 3),
        ("\uff13", "zh", 3),  # full-width 3
        ("3 months", "en", 3),
        ("in 3 months", "en", 3),
        ("about 3 months I think", "en", 3),
        ("three months", "en", 3),
        ("a month", "en", 1),
        ("one", "en", 1),
        ("half a year", "en", 6),
        ("a year", "en", 12),
        ("within a year", "en", 12),
        ("2 years", "en", 24),
        ("1.5 years", "en", 18),
        ("a year and a half", "en", 18),
        ("2 and a half years", "en", 30),
        ("I can pay 500 for 6 months", "en", 6),
        ("120", "en", 120),
        ("3个月", "zh", 3),
        ("三个月", "zh", 3),
        ("两个月", "zh", 2),
        ("十二个月", "zh", 12),
        ("半年", "zh", 6),
        ("一年", "zh", 12),
        ("一年半", "zh", 18),
        ("两年半", "zh", 30),
        ("分3期", "zh", 3),
        ("我想一直分3期", "zh", 3),
        ("三", "zh", 3),
        ("3 hónap", "hu", 3),
        ("3 honap", "hu", 3),
        ("3 hónapra", "hu", 3),
        ("három hónap", "hu", 3),
        ("két hónap", "hu", 2),
        ("hat hónap", "hu", 6),
        ("hát, 3 hónap", "hu", 3),  # "hát" is "well", not six
        ("fél év", "hu", 6),
        ("fel ev", "hu", 6),
        ("egy év", "hu", 12),
        ("egy évre", "hu", 12),
        ("másfél év", "hu", 18),
        # Two durations said as alternatives are a range: the upper end. Next week is a month.
        ("négy hónap, fél év", "hu", 6),
        ("2 months or maybe 3 months", "en", 3),
        ("starting again the following week", "en", 1),
        ("jövő héttől", "hu", 1),
        ("下个礼拜开始上班", "zh", 1),
        ("két és fél év", "hu", 30),
        # a range is its upper end
        ("3 or 4 months", "en", 4),
        ("3-4 months", "en", 4),
        ("two or three months", "en", 3),
        ("a month or two", "en", 2),
        ("三四个月", "zh", 4),
        ("一两个月", "zh", 2),
        ("1到2个月", "zh", 2),
        ("1-2 hónap", "hu", 2),
        ("egy-két hónap", "hu", 2),
        # rough answers, weeks and days
        ("next month", "en", 1),
        ("by the end of the month", "en", 1),
        ("a couple of months", "en", 2),
        ("a few months", "en", 3),
        ("in a few weeks", "en", 1),
        ("6 weeks", "en", 2),
        ("10 days", "en", 1),
        ("jövő hónapban", "hu", 1),
        ("pár hónap múlva", "hu", 3),
        ("egy hét", "hu", 1),
        ("下个月", "zh", 1),
        ("几周后", "zh", 1),
        ("3周", "zh", 1),
    ],
)
def test_months(text: str, language: str, months: int) -> None:
    assert read_months(text, language) == months


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("", "en"),
        ("soon", "en"),
        ("no idea", "en"),
        ("不知道", "zh"),
        ("nem tudom", "hu"),
        ("0", "en"),
        ("121", "en"),
        ("-3", "en"),
        ("10 years and a half", "en"),
        ("1.5 months", "en"),
        ("8000", "en"),
        ("500 or 800", "en"),
        ("0 weeks", "en"),
    ],
)
def test_months_not_understood(text: str, language: str) -> None:
    assert read_months(text, language) is None


# --- Yes, no, a choice --------------------------------------------------------------------------

YES = [
    "yes", "Yes!", "y", "yeah", "yep", "ok", "OK", "okay", "sure", "of course", "yes please",
    "no problem", "👍", "igen", "Igen, köszönöm", "persze", "jó", "jo", "rendben", "oké",
    "是", "是的", "对", "好", "好的", "好的谢谢", "可以", "嗯", "嗯嗯", "行", "没问题", "好吧",
    "是的\uff0c谢谢",  # with a full-width comma
]  # fmt: skip
NO = [
    "no", "No.", "n", "nope", "no thanks", "no, thank you", "👎", "nem", "Nem, köszönöm",
    "nem igazán", "不", "不是", "否", "没有", "不要", "不行", "不了", "不是的",
]  # fmt: skip
NEITHER = [
    "", "maybe", "I don't know", "not sure", "yes no", "yes, but not now", "igen de",
    "nem tudom", "对不起", "好吗", "好不好", "可以吗", "不知道", "kérem", "please", "8000",
    "yesterday", "nobody", "nothing",
]  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("text", YES)
def test_yes(text: str, language: str) -> None:
    assert read_yes_no(text, language) is True


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("text", NO)
def test_no(text: str, language: str) -> None:
    assert read_yes_no(text, language) is False


@pytest.mark.parametrize("text", NEITHER)
def test_neither_yes_nor_no(text: str) -> None:
    assert read_yes_no(text, "en") is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("2", 2), ("\uff12", 2), ("#2", 2), ("option 2", 2), ("Option 2 please", 2), ("2.", 2),
        ("2)", 2), ("no. 2", 2), ("I'll take 2", 2), ("the second one", 2), ("first", 1),
        ("three", 3), ("az első", 1), ("a kettes", 2), ("a 2-est", 2), ("2-es", 2),
        ("opció 2", 2), ("a második lehetőség", 2), ("第二个", 2), ("方案2", 2), ("选2", 2),
        ("2号", 2), ("二", 2), ("第三种", 3), (" 3 ", 3),
    ],
)  # fmt: skip
def test_choice_number(text: str, number: int) -> None:
    assert read_choice_number(text, 3) == number


@pytest.mark.parametrize(
    "text",
    [
        "",
        "0",
        "4",
        "2000",
        "2.5",
        "1,5",
        "-2",
        "fourth",
        "第四个",
        "2 or 3",
        "3 months",
        "yes",
        "two thousand",
    ],
)
def test_choice_number_not_a_listed_option(text: str) -> None:
    assert read_choice_number(text, 3) is None


def test_choice_number_with_no_options() -> None:
    assert read_choice_number("1", 0) is None
    assert read_choice_number("10", 10) == 10


# --- Intents ------------------------------------------------------------------------------------

INTENTS = {
    Intent.PERSON: [
        "person", "human", "agent", "an agent please", "talk to someone", "speak to a person",
        "I want to talk to a real person", "Can I speak with someone about my plan?",
        "customer service", "/person",
        "人工", "客服", "真人", "转人工", "我要转人工", "请帮我转人工客服",
        "ügyintéző", "ember", "ügyfélszolgálat", "beszélni szeretnék valakivel",
        "Szeretnék egy ügyintézővel beszélni", "ugyintezo",
    ],
    Intent.STOP_REMINDERS: [
        "stop", "STOP", "Stop!", "please stop", "unsubscribe", "stop reminders",
        "stop sending me messages", "no more reminders", "don't text me", "/stop",
        "退订", "别再发了", "不要提醒", "不要再提醒我了", "停止",
        "leiratkozás", "leiratkozom", "ne küldjön több üzenetet", "ne kuldjon tobb uzenetet",
    ],
    Intent.RESUME_REMINDERS: [
        "resume reminders", "resume", "turn reminders back on", "start the reminders again",
        "remind me again", "/resume",
        "恢复提醒", "请恢复提醒", "重新提醒我",
        "újra kérem az emlékeztetőket", "ujra kerem az emlekeztetoket",
        "kapcsolja vissza az emlékeztetőket",
    ],
    Intent.HELP: [
        "help", "Help!", "help me", "I need help", "please help", "/help",
        "帮助", "我需要帮助", "帮帮我",
        "segítség", "segitseg", "segítséget kérek", "súgó",
    ],
    Intent.LANGUAGE: [
        "language", "change language", "English", "in English please", "can you write in chinese",
        "/language",
        "语言", "中文", "英文", "可以说中文吗", "切换语言",
        "nyelv", "magyar", "magyarul", "nyelvet szeretnék váltani",
    ],
    Intent.PLAN: [
        "my plan", "plan", "show my plan", "show me my repayment plan", "what is my plan?", "/plan",
        "我的计划", "还款计划", "查看我的还款计划",
        "tervem", "a tervem", "fizetési terv", "mutasd a tervemet",
    ],
    Intent.AGREE: [
        "agree", "I agree", "I agree to the plan", "I accept", "agreed",
        "同意", "我同意", "我接受", "同意这个方案",
        "elfogadom", "Elfogadom.", "egyetértek", "rendben, elfogadom",
    ],
}  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("text", "intent"), [(text, intent) for intent, texts in INTENTS.items() for text in texts]
)
def test_intents_in_every_language_whatever_the_conversation_language(
    text: str, intent: Intent, language: str
) -> None:
    assert read_intent(text, language) is intent


@pytest.mark.parametrize(
    "text",
    [
        "", "no", "yes", "ok", "nem", "不", "8000", "3 months",
        "I can't stop worrying", "I couldn't stop it from happening", "a bus stop",
        "I need help paying this", "help me understand the fees please, they seem wrong",
        "I'm a good person", "my plan is to pay next week", "the plan looks expensive",
        "my English is not good", "I don't agree", "I do not accept this",
        "人工智能", "我不同意", "我不接受", "我的计划是下个月还",
        "nem fogadom el", "nem értek egyet", "ne küldjenek végrehajtót",
        "/start", "/unknown", "I lost my job",
    ],
)  # fmt: skip
def test_not_an_intent(text: str) -> None:
    assert read_intent(text, "en") is None


# --- Causes -------------------------------------------------------------------------------------

CAUSES = {
    Cause.JOB_LOSS: [
        "I lost my job", "unemployed", "I was laid off", "got fired", "I'm out of work",
        "失业了", "没工作", "被裁了", "下岗了", "丢了工作",
        "munkanélküli vagyok", "munkanelkuli", "elvesztettem az állásom",
        "elvesztettem az allasomat",
        "elbocsátottak", "kirúgtak",
    ],
    Cause.REDUCED_INCOME: [
        "my salary was cut", "less work", "reduced hours", "I earn less now", "pay cut",
        "收入减少", "降薪了", "工资少了",
        "kevesebb a fizetésem", "kevesebb a fizetesem", "csökkent a jövedelmem",
    ],
    Cause.ILLNESS: [
        "I'm sick", "I was ill", "in hospital", "had surgery",
        "生病了", "住院", "做了手术",
        "beteg vagyok", "kórházban voltam", "korhazban voltam", "műtétem volt",
    ],
    Cause.FAMILY_EMERGENCY: [
        "family emergency", "divorce", "we are getting divorced", "a funeral",
        "家里出事了", "家人", "离婚了",
        "családi probléma", "csaladi problema", "válás", "a válásom miatt", "elváltunk",
    ],
    Cause.BUSINESS_TROUBLE: [
        "my business is failing", "my shop closed", "I'm self-employed and clients didn't pay",
        "生意不好", "公司倒闭了",
        "vállalkozásom van", "vallalkozas", "csődbe ment a cégem",
    ],
    Cause.FORGOT: [
        "forgot", "I forgot", "it slipped my mind",
        "忘了", "我忘记还了",
        "elfelejtettem", "elfelejtettem fizetni", "elfelejtettem",
    ],
    Cause.DISPUTE: [
        "not my debt", "I dispute this", "fraud", "I never made this purchase",
        "my card was stolen",
        "不是我刷的", "有异议", "被盗刷了",
        "nem az enyém", "nem az enyem", "vitatom", "ez csalás",
    ],
}  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("text", "cause"), [(t, cause) for cause, texts in CAUSES.items() for t in texts]
)
def test_causes_in_every_language(text: str, cause: Cause, language: str) -> None:
    assert read_cause(text, language) is cause


@pytest.mark.parametrize(
    "text",
    [
        "", "hello", "I will pay tomorrow", "ill pay tomorrow", "8000", "yes", "不是我的错",
        "今天天气不错", "választás", "nem tudom", "不知道", "it's complicated", "not my fault",
    ],
)  # fmt: skip
def test_no_cause(text: str) -> None:
    assert read_cause(text, "en") is None


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("I lost my job because I was sick", Cause.JOB_LOSS),
        ("I forgot, and it isn't even my debt", Cause.DISPUTE),
        ("my shop closed and I forgot", Cause.BUSINESS_TROUBLE),
    ],
)
def test_the_first_listed_cause_wins(text: str, cause: Cause) -> None:
    assert read_cause(text, "en") is cause


# --- Vulnerability ------------------------------------------------------------------------------

VULNERABLE = [
    "I want to kill myself", "suicide", "I want to end it all", "I don't want to live anymore",
    "I can't go on", "my husband died", "my mother passed away last month",
    "the funeral was last week",
    "I have cancer", "terminal illness", "I'm on chemo", "I had a breakdown", "severe depression",
    "I get panic attacks", "I don't understand anything", "my dad has dementia",
    "I'm dying to pay this off",  # flagged: erring on the side of caring is fine
    "自杀", "我不想活了", "活不下去了", "轻生", "我爸去世了", "妈妈过世了", "癌症", "我有抑郁症",
    "我快崩溃了",
    "öngyilkos leszek", "nem akarok élni", "nem akarok elni", "meghalt a férjem", "elhunyt az apám",
    "rákos vagyok", "rák", "depresszió", "depresszios vagyok", "nem bírom tovább",
    "nem birom tovabb",
]  # fmt: skip
NOT_VULNERABLE = [
    "", "deadline", "the deadline is Friday", "dead line", "my phone died", "I lost my job",
    "I'm sick",
    "I need a breakdown of the charges", "I want to pay", "累死了", "今天天气不错", "rakom a pénzt",
    "halal food", "I'm a bit stressed", "8000", "nem tudom",
]  # fmt: skip


@pytest.mark.parametrize("text", VULNERABLE)
def test_signals_vulnerability(text: str) -> None:
    assert signals_vulnerability(text)


@pytest.mark.parametrize("text", NOT_VULNERABLE)
def test_does_not_signal_vulnerability(text: str) -> None:
    assert not signals_vulnerability(text)


# --- Never raising ------------------------------------------------------------------------------

MESSY = st.one_of(
    st.text(),
    st.text(alphabet="0123456789.,- \u00a0\u202f万千百十一二两零几点k$¥€e/~到或", max_size=40),
)


@settings(max_examples=300)
@given(MESSY, st.sampled_from([*LANGUAGES, "", "xx"]), st.integers(min_value=-3, max_value=20))
def test_readers_never_raise(text: str, language: str, count: int) -> None:
    reading = read_amount(text, language)
    assert (reading.amount is None) != (reading.problem is None)
    if reading.amount is not None:
        assert D(0) <= reading.amount <= D(10) ** 9
    months = read_months(text, language)
    assert months is None or 1 <= months <= 120
    assert read_intent(text, language) in (None, *Intent)
    assert read_cause(text, language) in (None, *Cause)
    assert signals_vulnerability(text) in (True, False)
    assert read_yes_no(text, language) in (None, True, False)
    choice = read_choice_number(text, count)
    assert choice is None or 1 <= choice <= count
    digits = read_card_digits(text)
    assert digits is None or (len(digits) == 4 and digits.isdigit())
    assert all(isinstance(n, int) for n in read_terms(text))
    for reader in (read_temporary, read_probably):
        assert reader(text) in (None, True, False)
    for says in (says_back, says_dont_know, says_this_one, says_other_reason, says_last_one,
                 says_unpaid, signals_distress, signals_dispute, signals_refusal):  # fmt: skip
        assert says(text) in (True, False)
    assert read_offer_kind(text) in (None, *OFFER_KIND_PHRASES)
    assert read_missed_answer(text) in (None, *MISSED_PHRASES)
    assert read_language_named(text) in (None, *LANGUAGES)


def test_long_messages_are_read_quickly() -> None:
    for text in ("1" * 4096, "1 " * 2048, "一" * 4096, "please " * 600, "1." * 2048, "a1" * 2048):
        read_amount(text, "en")
        read_months(text, "hu")
        read_intent(text, "zh")
        read_yes_no(text, "en")
        read_choice_number(text, 3)
        read_cause(text, "en")
        signals_vulnerability(text)
        signals_distress(text)
        signals_dispute(text)
        read_card_digits(text)
        read_terms(text)


# --- Short answers said the way people type them --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [("id go with 3", 3), ("4 i think", 4), ("opt 2", 2), ("inkább a 3-as", 3)],
)
def test_an_option_picked_in_a_short_sentence(text: str, number: int) -> None:
    assert read_choice_number(text, 6) == number
    assert read_choice_number("szerintem a hatos lesz az", 6) == 6


@pytest.mark.parametrize(
    ("text", "language", "months"),
    [
        ("下下个月吧", "zh", 2),
        ("半个月", "zh", 1),
        ("最快两个月 最慢四个月", "zh", 4),
        ("at best 1 month at worst 3", "en", 3),
        ("kb egy negyedév", "hu", 3),
        ("in a quarter", "en", 3),
        ("thre months", "en", 3),
    ],
)
def test_months_said_roughly(text: str, language: str, months: int) -> None:
    assert read_months(text, language) == months


@pytest.mark.parametrize(
    ("text", "terms"),
    [("分一年还吧", {12}), ("半年分期", {6}), ("spread over a year", {12}), ("fél év alatt", {6})],
)
def test_terms_said_in_years(text: str, terms: set[int]) -> None:
    assert read_terms(text) == terms


@pytest.mark.parametrize(
    ("text", "digits"),
    [("hat-nyolc-egy-kettő", "6812"), ("nulla öt három hét", "0537"), ("幺二幺九", "1219")],
)
def test_card_digits_spelled_in_hungarian_and_chinese(text: str, digits: str) -> None:
    assert read_card_digits(text) == digits


def test_a_payment_on_its_way_or_quoted_is_no_unpaid_claim() -> None:
    assert not says_unpaid("paid it monday, it probably hasnt gone through yet")
    assert not says_unpaid("早就还了 系统还显示我没还")
    assert says_unpaid("i havent paid it yet")


def test_a_scam_that_took_my_savings_is_no_dispute_of_the_debt() -> None:
    assert not signals_dispute("i was scammed out of my savings last month")
    assert signals_dispute("this charge is a scam")


def test_a_language_not_spoken_is_not_the_one_asked_for() -> None:
    assert read_language_named("i cant read english very well") is None
    assert read_language_named("nem értek jól magyarul") is None
    assert read_language_named("我看不懂英文") is None
    assert read_language_named("English please") == "en"


def test_short_replies() -> None:
    assert read_yes_no("confirmed", "en") is True
    assert says_back("prev")
    assert says_back("uh back")
    assert says_dont_know("its 50/50")
    assert read_temporary("i doubt it will get better") is False


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("my wage got cut to 1600, it was 2100", "en", "1600"),
        ("工资从九千降到六千", "zh", "6000"),
        ("bruttó 400 ezer, nettó 266 ezer", "hu", "266000"),
        ("税前八千五 到手七千", "zh", "7000"),
        ("每个月工资四千 加上补贴三百", "zh", "4300"),
        ("1.2k rent plus 300 bills", "en", "1500"),
        ("rent 650, bills 150, all told about 800", "en", "800"),
        ("每月各种网贷加起来两千", "zh", "2000"),
        ("目前没有收入", "zh", "0"),
    ],
)
def test_which_amount_counts(text: str, language: str, expected: str) -> None:
    assert read_amount(text, language, items=True).amount == D(expected)


def test_the_amount_offered_among_amounts_said_as_context() -> None:
    offered = "my income is 950 and the plans want 200, i can do 60"
    assert read_amount(offered, "en", offer=True).amount == D(60)
    assert read_amount(offered, "en").problem is AmountProblem.AMBIGUOUS  # not asked for an offer
    assert read_amount("200 ezer a fizetésem, 18 ezret tudnék", "hu", offer=True).amount == D(18000)
    assert read_amount("收入五千 最多能还六百", "zh", offer=True).amount == D(600)
    two_stages = "i can pay 50 now and 80 from march"
    assert read_amount(two_stages, "en", offer=True).problem is AmountProblem.AMBIGUOUS


def test_periods_and_balances_said_before_the_amount() -> None:
    assert read_amount("fortnightly pay of 850", "en").problem is AmountProblem.AMBIGUOUS
    assert read_amount("paid weekly around 300", "en").problem is AmountProblem.AMBIGUOUS
    assert read_amount("a 12k car loan", "en", owed=True).problem is AmountProblem.AMBIGUOUS
    assert read_amount("£80 to klarna and £40 to the catalogue", "en", items=True).amount == D(120)
    assert read_amount("300 between the two cards", "en", items=True).amount == D(300)


def test_a_scam_named_as_a_cause_is_not_a_dispute() -> None:
    assert read_cause("a scammer posing as my bank took all my savings", "en") is not Cause.DISPUTE
    assert read_cause("被电信诈骗骗走了八万", "zh") is not Cause.DISPUTE
    assert read_cause("these charges are a scam", "en") is Cause.DISPUTE


@pytest.mark.parametrize(
    ("text", "language", "months"),
    [("可能一个月 也可能两个月", "zh", 2), ("半年到一年吧", "zh", 12), ("三个越", "zh", 3)],
)
def test_months_said_as_alternatives(text: str, language: str, months: int) -> None:
    assert read_months(text, language) == months


def test_a_request_for_a_human_is_not_found_inside_other_words() -> None:
    assert read_intent("工人工资都发不出来", "zh") is None
    assert read_intent("转人工", "zh") is Intent.PERSON


def test_a_bare_number_in_a_currency_counted_in_thousands() -> None:
    assert read_amount("kézhez 245", "hu", in_thousands=True).amount == D(245000)
    assert read_amount("max 150", "hu", in_thousands=True).amount == D(150000)
    assert read_amount("kézhez 245", "hu").amount == D(245)  # another currency: as said
    assert read_amount("245 ft", "hu", in_thousands=True).amount == D(245)  # said in forints
    assert read_amount("0", "hu", in_thousands=True).amount == D(0)
    # A list's bare numbers are thousands too, as people who count in forints write them.
    listed = read_amount("albérlet 120 ezer plusz rezsi 40", "hu", items=True, in_thousands=True)
    assert listed.amount == D(160000)
    listed = read_amount("lakbér 120 rezsi 45 étel 70", "hu", items=True, in_thousands=True)
    assert listed.amount == D(235000)
    assert read_amount("lakbér 120 rezsi 45", "hu", items=True).amount is None  # in euros?
    # One bare number out of all scale with the others is a slip: asked again.
    odd = read_amount("albérlet 140, rezsi 300", "hu", items=True, in_thousands=True)
    assert odd.problem is AmountProblem.AMBIGUOUS


def test_hungarian_corrections_periods_seasons_and_balances() -> None:
    assert read_amount("nem 60, hanem 55 ezer", "hu").amount == D(55000)
    assert read_amount("25 ezer helyett inkább 20 ezer", "hu").amount == D(20000)
    assert read_amount("egy évben kb 3 millió", "hu").problem is AmountProblem.AMBIGUOUS
    assert read_amount("négy hetente kapok 150 ezret", "hu").problem is AmountProblem.AMBIGUOUS
    seasons = read_amount("fűtés nyáron 10 télen 45 ezer", "hu", items=True)
    assert seasons.problem is AmountProblem.AMBIGUOUS
    assert (
        read_amount("2 millió a személyi hitel", "hu", owed=True).problem is AmountProblem.AMBIGUOUS
    )
    monthly = read_amount("autóhitel 60e/hó, és 300 ezer tartozás a tesónak", "hu", owed=True)
    assert monthly.amount == D(60000)
    assert signals_distress("10 ezer, de legszívesebben meghalnék")
    assert not signals_dispute("elloptak a pénztárcámat a fizetésemmel együtt")
    assert signals_dispute("ellopták a kártyámat")


@pytest.mark.parametrize(
    "text",
    [
        "im scared of what i might do",
        "i wish i could just disappear",
        "már mindegy, úgyis vége",
        "legszívesebben eltűnnék",
        "我不想再这样活下去了",
    ],
)
def test_crisis_said_in_other_words(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize(
    "text",
    ["thats not my signature", "these arent my transactions", "valaki más nevemen nyitotta"],
)
def test_a_dispute_said_in_other_words(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    ("text", "digits"),
    [("8 zero 5 6", "8056"), ("double 3 double 8", "3388"), ("4417 wait no its 4471", "4471")],
)
def test_card_digits_said_the_way_people_say_them(text: str, digits: str) -> None:
    assert read_card_digits(text) == digits


def test_parental_or_sick_pay_is_income_gone_down() -> None:
    assert read_cause("my wife had a baby and im on paternity pay", "en") is Cause.REDUCED_INCOME
    assert read_cause("gyesen vagyok", "hu") is Cause.REDUCED_INCOME
    assert read_cause("my wife had a baby", "en") is Cause.FAMILY_EMERGENCY


def test_the_one_amount_in_a_currency_counted_in_thousands() -> None:
    def forints(text: str) -> AmountReading:
        return read_amount(text, "hu", items=True, owed=True, in_thousands=True)

    assert forints("régen 420 volt, most csak 190").amount == D(190000)
    assert forints("a fizetésem 300, bocs 320").amount == D(320000)
    assert forints("lakáshitel 95, autó 40, összesen 135").amount == D(135000)
    assert forints("kettő: 25e meg 18e, együtt 43").amount == D(43000)
    assert forints("babaváró hitel 10 millió, havi 50").amount == D(50000)
    assert forints("a fizum 180, abból 60 az albérlet").amount == D(180000)
    assert forints("még 800 ezer van hátra az autóhitelből").problem is AmountProblem.AMBIGUOUS
    assert forints("lakás 110 + kaja 60 + bérlet 9500").amount == D(179500)
    assert forints("kb 150 volt").problem is AmountProblem.AMBIGUOUS  # and now?
    assert forints("negyed milla").amount == D(250000)
    assert read_amount("1.1M", "hu").amount == D(1100000)
    assert read_amount(
        "180 a fizum, szóval 10-et tudnék", "hu", offer=True, in_thousands=True
    ).amount == D(10000)


def test_third_blind_sets_rules() -> None:
    assert read_amount("£65 pm", "en", offer=True).amount == D(65)
    assert read_amount("half a grand each month", "en").amount == D(500)
    assert read_amount("kétszáz-kétszázhúsz", "hu").problem is AmountProblem.AMBIGUOUS
    assert (
        read_amount("kb 400 volt de most felére csökkent", "hu").problem is AmountProblem.AMBIGUOUS
    )
    assert read_amount("most 170 se elég", "hu").problem is AmountProblem.AMBIGUOUS
    assert read_amount(
        "140 a nyugdíj, ebből 10-et", "hu", offer=True, in_thousands=True
    ).amount != D(140000)
    said = "lakás + rezsi 140, a többi kb 60, össz 200"
    assert read_amount(said, "hu", items=True, in_thousands=True).amount == D(200000)
    assert signals_distress("5 ezret, ha megérem a következő hónapot")
    assert signals_distress("last week i nearly took all my tablets")
    assert signals_dispute("a követelésetek jogtalan, írtam a bankfelügyeletnek")
    assert read_cause("my husband lost his job so its just my wage", "en") is Cause.REDUCED_INCOME
    assert read_cause("mums cancer came back", "en") is Cause.FAMILY_EMERGENCY
    assert read_cause("got scammed out of my savings", "en") is not Cause.DISPUTE
    assert signals_refusal("erm")


def test_forint_lists_with_corrections_totals_and_shares() -> None:
    def forints(text: str, *, owed: bool = False) -> AmountReading:
        return read_amount(text, "hu", items=True, owed=owed, in_thousands=True)

    # A correction takes back the amount said just before it.
    assert forints("lakbér 150, rezsi 40, étel 80, bocsánat az étel 95").amount == D(285000)
    assert forints("gáz 20, villany 15, jaj nem, 18, víz 5").amount == D(43000)
    # A total after its parts, or before them with "ebből"; a total among parts without a sign.
    assert forints("lakbér 100 és rezsi együtt, étel 50, az 150 kerek").amount == D(150000)
    assert forints("mindennel együtt: 230 ezer, ebből a lakbér 150").amount == D(230000)
    assert forints("lakbér 120, ebben benne van a rezsi, étel 40").amount == D(160000)
    assert forints("200: lakbér 120, rezsi 80").problem is AmountProblem.AMBIGUOUS
    # Shares: half of a whole, or the share itself.
    assert forints("a 130-as albérlet felét én fizetem").amount == D(65000)
    assert forints("autóhitel 90, a testvéremmel felezzük", owed=True).amount == D(45000)
    assert forints("60 ezer, a másik felét a párom állja").amount == D(60000)
    assert forints("60 ezer, a felét a párom állja").problem is AmountProblem.AMBIGUOUS
    # Another person, a contrast, another period or a condition: no list to add up.
    assert forints("fizetés 210, de csak 180 jön meg").problem is AmountProblem.AMBIGUOUS
    assert forints("hetente 20 a benzin, lakbér 100").problem is AmountProblem.AMBIGUOUS
    assert forints("bér 200, meg 50 ha van munka").problem is AmountProblem.AMBIGUOUS
    # A balance beside the monthly payment: the payment.
    assert forints("még 1,5 millió van hátra, a részlet 45", owed=True).amount == D(45000)
    assert forints("4 millió a hitel, ebből 60 ezer a havi törlesztő", owed=True).amount == D(60000)
    assert forints("még 6 havi részlet van, 12 ezer", owed=True).amount == D(12000)
    # Take-home pay beside gross; "11 ezer 500"; two rooms are no money.
    assert read_amount("bruttó 380, abból nettó 250", "hu", in_thousands=True).amount == D(250000)
    assert read_amount("havi 9 ezer 900", "hu", in_thousands=True).amount == D(9900)
    assert forints("3 szoba 160, rezsi 40").amount == D(200000)


def test_hungarian_safety_and_grudging_yes() -> None:
    assert signals_dispute("nálatok nincs is ilyen számlám")
    assert signals_dispute("a bank hibázott, duplán vonták le")
    assert not signals_dispute("nem vitatom, de most nem megy")
    assert signals_distress("úgysem leszek már itt sokáig, nem sokáig leszek itt")
    assert says_grudging_yes("magas a kamat, de vállalom")
    assert not says_grudging_yes("magas a kamat, de ha lejjebb megy, vállalom")
    assert not says_grudging_yes("nem biztos, hogy vállalom")


def test_hungarian_amounts_beside_time_doubt_and_bounds() -> None:
    def forints(text: str, *, owed: bool = False) -> AmountReading:
        return read_amount(text, "hu", items=True, owed=owed, in_thousands=True)

    assert forints("évente egyszer 300 ezer a biztosítás").problem is AmountProblem.AMBIGUOUS
    assert forints("a lakbér 120, a többiről fogalmam sincs").problem is AmountProblem.AMBIGUOUS
    assert forints("minden hónapban más, most 80").problem is AmountProblem.AMBIGUOUS
    assert forints("nyugdíj 150 ezer, más nincs").amount == D(150000)
    assert forints("leszállították 300-ról 210-re").amount == D(210000)
    assert forints("most semmi, tavaly még 250 volt").amount == D(0)
    assert forints("most 90, amíg gyesen vagyok, utána 250").amount == D(90000)
    assert forints("150 ezer alatt, kb 140").amount == D(140000)
    assert forints("lakbér 99e, gáz 15e, net 6e").amount == D(120000)  # net: the internet
    assert forints("170 000 Ft a lakbér és kb 30 000 a rezsi").amount == D(200000)
    assert forints("a hitelből 700 ezer van még, a részlet csak 28", owed=True).amount == D(28000)
    assert forints("250: lakbér 150, rezsi 100").problem is AmountProblem.AMBIGUOUS
    assert forints("van egy 30 ezres meg egy 12 ezres részletem", owed=True).amount == D(42000)


@pytest.mark.parametrize(
    ("text", "language", "asked", "expected"),
    [
        ("a ton a month", "en", "counter", "100"),
        ("a tenner", "en", "counter", "10"),
        ("fourteen fifty, that's 1450 a month", "en", "counter", "1450"),
        ("twohundred", "en", "counter", "200"),
        ("1k5左右", "zh", "counter", "1500"),
        ("you want 250, i can do 100", "en", "counter", "100"),
        ("the offer was 300, not happening. 90", "en", "counter", "90"),
        ("i meant 45 not 54", "en", "counter", "45"),
        ("是800不是8000", "zh", "counter", "800"),
        ("你们要四千我还不起，两千吧", "zh", "counter", "2000"),
        ("25 a week, so about 108 a month", "en", "counter", "108"),
        ("i earn 2300 but 900 goes on rent", "en", "income", "2300"),
        ("2100 gross but 1650 in my hand", "en", "income", "1650"),
        ("三千一，上个月是三千五", "zh", "income", "3100"),
    ],
)
def test_amounts_said_aloud_or_beside_context(
    text: str, language: str, asked: str, expected: str
) -> None:
    offer = asked == "counter"
    reading = read_amount(text, language, items=not offer, offer=offer, asked=asked)
    assert reading.amount == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "language", "asked"),
    [
        ("one fifty", "en", "counter"),  # £1.50 or £150
        ("two fifty", "en", "counter"),  # £2.50 or £250, as the guide reads "one fifty"
        ("nine eighty roughly", "en", "expenses"),
        ("100 or 120, the plan wants 200", "en", "counter"),
        ("40 now and 60 from june, you want 150", "en", "counter"),
        ("75 pw", "en", "counter"),
        ("每两周还五百", "zh", "counter"),
        ("a ton of bills", "en", "expenses"),
    ],
)
def test_amounts_still_asked_again(text: str, language: str, asked: str) -> None:
    offer = asked == "counter"
    reading = read_amount(text, language, items=not offer, offer=offer, asked=asked)
    assert reading.amount is None


@pytest.mark.parametrize(
    ("text", "language", "asked", "expected"),
    [
        # "and a half" of a thousand, after digits or words
        ("2 and a half k", "en", "income", "2500"),
        ("about a thousand and a half", "en", "expenses", "1500"),
        ("one and a half grand", "en", "income", "1500"),
        ("3 and a half hundred", "en", "expenses", "350"),
        ("4 and a half months out of work, now 1100", "en", "income", "1100"),
        # Ten-thousands shorthand; a spaced "M" after decimals
        ("2w3", "zh", "income", "23000"),
        ("kb 1,5 M Ft", "hu", "income", "1500000"),
        ("6m", "en", "income", "6"),  # no decimals: not a million
        # Weeks said in Hungarian are no money
        ("2 hete dolgozom, 210-et kapok", "hu", "income", "210000"),
        # One instalment a month is a count, not a thousand forints
        ("havi 1 részlet van, 38 ezer", "hu", "other_debts", "38000"),
    ],
)
def test_amounts_in_more_forms(text: str, language: str, asked: str, expected: str) -> None:
    assert read_as_asked(text, language, asked) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "asked"),
    [
        # A bound: how much more is not said
        ("2000 at least", "en", "income"),
        ("1800 at the very least", "en", "expenses"),
        ("300 minimum", "en", "other_debts"),
        ("1500 and something", "en", "income"),
        ("kb 120 ezer valamennyi", "hu", "income"),
        ("150 ezer, de talán több", "hu", "expenses"),
        ("around 900, probably more", "en", "expenses"),
        ("不止三千", "zh", "income"),
        ("起码两千", "zh", "expenses"),
        ("少说也有六千", "zh", "income"),
        ("四千打底", "zh", "income"),
        ("north of 1500", "en", "income"),
        ("kb 220 ezer plusz valami", "hu", "income"),
        ("kb 180, lehet hogy több", "hu", "expenses"),
        # Base pay with a variable part on top
        ("底薪四千加提成", "zh", "income"),
        ("工资三千五，奖金每个月不一定", "zh", "income"),
        # Said per half month
        ("半个月发一次工资，一次一千八", "zh", "income"),
        ("每半个月还两百", "zh", "counter"),
        # Two offers, the second a maybe
        ("i can do 40, perhaps 50 at a stretch", "en", "counter"),
        ("15 ezret tudok, esetleg 20-at", "hu", "counter"),
        # Two instalments a month, one amount: each, or both?
        ("havi 2 részlet, 25 ezer", "hu", "other_debts"),
    ],
)
def test_amounts_said_as_a_bound_or_with_more_on_top(text: str, language: str, asked: str) -> None:
    assert read_as_asked(text, language, asked).problem is AmountProblem.AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "language", "asked", "expected"),
    [
        ("25 minimum payment on the store card", "en", "other_debts", "25"),
        ("about 800 something like that", "en", "expenses", "800"),
        ("i can do 50, maybe more later", "en", "counter", "50"),
        ("150 ezer, nem több", "hu", "expenses", "150000"),
        ("工资三千，每月不一定够用", "zh", "income", "3000"),
        ("my wage is 1300 so i can do 45", "en", "counter", "45"),
    ],
)
def test_amounts_beside_words_that_are_no_bound(
    text: str, language: str, asked: str, expected: str
) -> None:
    assert read_as_asked(text, language, asked) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "asked", "expected"),
    [
        # A correction: "wait", a bare "不"
        ("lakbér 140, várjunk, 150 a lakbér", "hu", "expenses", "150000"),
        ("九百, 不, 八百", "zh", "counter", "800"),
        ("700, wait, 750 with the water bill", "en", "expenses", "750"),
        ("八百 不 够", "zh", "expenses", "800"),  # "not enough": no correction
        # A total said with "ez", "összes kiadás" or "共"
        ("albérlet 110 ezer, rezsi 25, ez 135", "hu", "expenses", "135000"),
        ("a kaja 50e körül, összes kiadás 210e", "hu", "expenses", "210000"),
        ("三张卡每张五百，共一千五", "zh", "other_debts", "1500"),
        # The cardholder's share of a cost
        ("autóhitel 90, abból az én részem 45", "hu", "other_debts", "45000"),
        # With an item and without it: the whole is the one with it
        ("lakbér nélkül 80, lakbérrel 200", "hu", "expenses", "200000"),
        ("800 without the bills, 1100 with the bills", "en", "expenses", "1100"),
        # Take-home pay said as "after", beside pay before tax
        ("3k before tax, 2.4k after", "en", "income", "2400"),
        # A start date is no earlier amount
        ("从五月开始每个月三千五", "zh", "income", "3500"),
        # Nothing now, the amount only once something happens
        ("ha felvesznek, akkor 300 lesz, most semmi", "hu", "income", "0"),
        ("zero right now, 1400 once the new job starts", "en", "income", "0"),
        ("现在没有，如果找到工作有四千", "zh", "income", "0"),
        # Nothing of one's own
        ("车贷是我爸在还，我自己没有", "zh", "other_debts", "0"),
        # Of an income said as the whole, the part going on living, asked for spending
        ("a nyugdíjam 180, ebből kb 150 elmegy a megélhetésre", "hu", "expenses", "150000"),
        ("a fizetésem 240, ebből kb 200 elmegy", "hu", "income", "240000"),  # asked for income
    ],
)
def test_the_amount_a_message_settles_on_in_more_ways(
    text: str, language: str, asked: str, expected: str
) -> None:
    assert read_as_asked(text, language, asked) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "asked"),
    [
        # Said without an item larger than with it: something is off
        ("rezsi nélkül 190, rezsivel 150", "hu", "expenses"),
        # An income and one item of it, asked for spending
        ("a fizetésem 260, ebből 120 a lakbér", "hu", "expenses"),
        # An amount and another "after", no tax said: which one?
        ("i earn 2100, 1700 after", "en", "income"),
        # Nothing now and an amount later, offered: asked again
        ("nothing now, 60 once i get paid", "en", "counter"),
        # Amounts that change over time are no list to add up
        ("i pay 40, then from march until june 90", "en", "expenses"),
    ],
)
def test_amounts_that_settle_on_none(text: str, language: str, asked: str) -> None:
    assert read_as_asked(text, language, asked).problem is AmountProblem.AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "language", "asked", "expected"),
    [
        # A cost and the cardholder's own share of it: the share
        ("albérlet 160 ketten, az én részem 80", "hu", "expenses", "80000"),
        ("council tax 140, my half is 70", "en", "expenses", "70"),
        ("车贷四千，我的部分是两千", "zh", "other_debts", "2000"),
        ("房租三千六我出一千八", "zh", "expenses", "1800"),
        ("房租两千，网费我出一百", "zh", "expenses", "2100"),  # another item, not a share
        # Nothing now, said in a clause of its own beside a condition
        ("most semmi, ha elkezdek dolgozni, akkor kb 230", "hu", "income", "0"),
        ("从下个月起每月六千，现在没有", "zh", "income", "0"),
    ],
)
def test_a_share_and_nothing_now(text: str, language: str, asked: str, expected: str) -> None:
    assert read_as_asked(text, language, asked) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "asked"),
    [
        ("rent 1000, my share 500, food 250", "en", "expenses"),  # a share beside other items
        ("együtt 400 ezer, az enyém 180", "hu", "income"),  # whose income is asked?
        ("200 now, and if i get the job nothing", "en", "income"),  # nothing only if
    ],
)
def test_a_share_or_nothing_that_settles_on_none(text: str, language: str, asked: str) -> None:
    assert read_as_asked(text, language, asked).problem is AmountProblem.AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "language", "asked"),
    [
        # A cost said whole, part of it paid by someone else: the own share is not said
        ("900 on rent, half of it covered by my sister", "en", "expenses"),
        ("mortgage 1400, my husband pays half", "en", "other_debts"),
        ("房租两千四，和朋友平摊", "zh", "expenses"),
        # Several payments of one amount: how many a month?
        ("paypal credit, 4 payments of 35", "en", "other_debts"),
        ("2 instalments a month of 60", "en", "other_debts"),
    ],
)
def test_a_part_paid_by_others_or_several_payments_are_asked_again(
    text: str, language: str, asked: str
) -> None:
    assert read_as_asked(text, language, asked).problem is AmountProblem.AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "language", "asked", "expected"),
    [
        ("i share the flat with a friend, i pay 450", "en", "expenses", "450"),
        ("550, my partner pays the other half", "en", "expenses", "550"),
        ("my share is 380 and the phone 25", "en", "expenses", "405"),
        ("car loan 180 a month, 9 payments left", "en", "other_debts", "180"),
        ("一个月六千，房贷占一半", "zh", "expenses", "6000"),
        # A debt paid out of the pay at source, and nothing besides: none of one's own to pay
        ("the student loan is deducted from my salary, no other debts", "en", "other_debts", "0"),
        ("a hitelt levonják a béremből, más nincs", "hu", "other_debts", "0"),
        ("公积金贷款在工资里扣，其他没有", "zh", "other_debts", "0"),
        # "none of it works" is said of the plans, not an amount of nothing
        ("none work for me, 55 max", "en", "counter", "55"),
        ("nothing suits me, i could do 30 a month", "en", "counter", "30"),
    ],
)
def test_an_own_share_or_payments_left_still_read(
    text: str, language: str, asked: str, expected: str
) -> None:
    assert read_as_asked(text, language, asked) == AmountReading(Decimal(expected), None)


def test_a_debt_paid_at_source_alone_is_no_answer_of_nothing() -> None:
    # Nothing else said: whether there are other debts is not known yet
    reading = read_as_asked("my student loan comes out of my wages", "en", "other_debts")
    assert reading.amount is None
    assert read_as_asked("car loan, nothing else", "en", "other_debts").amount is None


@pytest.mark.parametrize(
    "text",
    [
        "you'll get nothing until you prove this account is mine",
        "send the original credit agreement and then we can talk",
        "that debt is statute barred, it's from 2014",
        "the balance was discharged in my bankruptcy years ago",
        "I closed the card back in 2012, you've no business chasing it",
        "somebody opened it posing as me",
        "my wife never applied for a card with you",
        "it isn't her debt at all",
        "ez a követelés már elévült",
        "küldjék el az eredeti szerződést az aláírásommal",
        "bizonyítsák be, hogy ez tényleg az enyém",
        "a csődvédelmi eljárásban ezt is elengedték",
        "a kártyát még 2014-ben megszüntettem",
        "hibás a nyilvántartásuk, nincs ilyen tartozásom",
        "这笔账早就过了诉讼时效",
        "请出示证据证明这是我欠的",
        "先把签字的原始合同拿出来",
        "那张卡我早就注销了",
        "我妈从来没在你们那儿申请过卡",
        "我破产的时候这笔债已经免除了",
        "你们记录有错，我没欠",
        "我准备去法院打官司",
    ],
)
def test_a_dispute_said_indirectly(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "my car was stolen and I had to buy another to get to work",
        "the interest you add is unfair but I'm not disputing the debt",
        "stop ringing me at work, it's getting silly",
        "I might look into bankruptcy if this goes on",
        "I closed my savings account last year to cover the rent",
        "the bank made a mistake with my payment date",
        "ellopták a kocsimat, újat kellett vennem",
        "nekem 200 ezer a fizetésem, a páromé 300",
        "a kamat nagyon magas, de nem vitatom",
        "我离婚的时候去法院了",
        "银行起诉我了，我很害怕",
        "利息太高了",
    ],
)
def test_a_complaint_or_another_theft_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


def test_a_debt_cleared_in_other_words_is_paid_off() -> None:
    assert signals_paid_off("2018-ban végtörlesztéssel lezártam")
    assert signals_paid_off("2020-ban kifizettem az egészet")
    assert signals_paid_off("去年已经全部还清了")
    assert not signals_paid_off("még nem fizettem ki")


@pytest.mark.parametrize(
    "text",
    [
        "what does temporary mean here?",
        "I don't understand the question",
        "does a loan from my brother count?",
        "what's the difference between option 2 and 3?",
        "mit jelent az, hogy átmeneti?",
        "nem értem a kérdést",
        "什么意思？",
        "医药费算不算？",
    ],
)
def test_asking_what_the_question_means(text: str) -> None:
    assert asks_what_is_meant(text)


@pytest.mark.parametrize("text", ["yes it's temporary", "1200 a month", "ok, I get it now", "好的"])
def test_an_answer_is_not_asking_what_is_meant(text: str) -> None:
    assert not asks_what_is_meant(text)


def test_a_partner_writing_without_the_cardholders_income() -> None:
    assert says_cardholders_amount_unknown(
        "it's my husband's card, I earn 1500 and he does odd jobs, no idea how much"
    )
    assert says_cardholders_amount_unknown("卡是我老公的，我挣五千，他挣多少我不知道")
    assert not says_cardholders_amount_unknown("my husband's card, he earns 1800")
    assert not says_cardholders_amount_unknown("I earn 1500, not sure how much overtime adds")


@pytest.mark.parametrize(
    ("text", "language"),
    [("五千都打不住", "zh"), ("三千，吃饭还没算", "zh"), ("两周八百", "zh")],
)
def test_a_bound_a_part_or_a_fortnight_is_asked_again(text: str, language: str) -> None:
    assert read_amount(text, language).amount is None


def test_an_amount_said_to_be_someone_elses_is_left_out() -> None:
    kept = without_someone_elses_amount("I take home 1,300, my wife makes 900 but that's hers")
    assert kept is not None
    assert read_amount(kept, "en").amount == Decimal(1300)
    kept = without_someone_elses_amount("nekem 210 ezer jön, a párom 350-et keres, de az az övé")
    assert kept is not None
    assert read_amount(kept, "hu", in_thousands=True).amount == Decimal(210000)
    kept = without_someone_elses_amount("我每月四千二,我老公挣八千,但那是他的钱")
    assert kept is not None
    assert read_amount(kept, "zh").amount == Decimal(4200)
    assert without_someone_elses_amount("1500 but that's mine") is None
    assert without_someone_elses_amount("I get 1,200 a month") is None


def test_nothing_not_about_money_beside_an_amount() -> None:
    assert read_amount("none of your business really, ok, 1,750", "en").amount == Decimal(1750)
    assert read_amount("每月两千八,没有别的收入", "zh").amount == Decimal(2800)


@pytest.mark.parametrize("text", ["其他贷款:没有", "她没有别的债", "别的欠款 没有了"])
def test_no_other_debt_said_in_chinese_is_nothing(text: str) -> None:
    assert read_amount(text, "zh", owed=True).amount == Decimal(0)


def test_no_other_creditor_is_not_nothing() -> None:
    assert read_amount("没有别的债主了", "zh", owed=True).amount is None


# --- Round 23 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "temporary"),
    [
        ("不是 会一直这样", False),
        ("不 以后都这样了 一直这样", False),
        ("不是 长期的 暂时而已", True),
    ],
)
def test_a_space_between_chinese_clauses_ends_a_negation(text: str, temporary: bool) -> None:
    assert read_temporary(text) is temporary


@pytest.mark.parametrize("text", ["回上一步", "退回上一页", "返回上一个页面", "上一步吧"])
def test_a_step_back_said_in_chinese(text: str) -> None:
    assert says_back(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("english is fine but chinese would be better", "zh"),
        ("angolul is megy, de magyarul jobb lenne", "hu"),
        ("中文也行 不过英文更方便", "en"),
        ("english or hungarian, either", None),
    ],
)
def test_the_language_preferred_after_a_but(text: str, language: str | None) -> None:
    assert read_language_named(text) == language


@pytest.mark.parametrize(
    "text",
    ["could be 2 months could be never", "6 months, or never", "egy év, vagy talán soha",
     "一年 也可能永远这样"],
)  # fmt: skip
def test_a_time_with_never_as_its_other_end_is_not_known(text: str) -> None:
    assert says_maybe_never(text)


@pytest.mark.parametrize("text", ["3 months, never been out of work this long", "soha nem késtem"])
def test_never_of_something_else_is_no_time_unknown(text: str) -> None:
    assert not says_maybe_never(text)


# --- Round 24's answers: overtime gone, either way, a rough time narrowed, the first in the list --


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("worried sick about it but mostly my commission dried up", "en"),
        ("they've scrapped the overtime at the depot", "en"),
        ("only getting 2 shifts a week now", "en"),
        ("nincs több túlóra a gyárban", "hu"),
        ("a túlóra teljesen megszűnt tavasszal", "hu"),
        ("szeptember óta csak heti két napot", "hu"),
        ("厂里加班取消了", "zh"),
        ("现在每周只能干三天", "zh"),
    ],
)
def test_overtime_or_days_of_work_gone_are_income_gone_down(text: str, language: str) -> None:
    assert read_cause(text, language) is Cause.REDUCED_INCOME


@pytest.mark.parametrize(
    "text", ["might go either way to be honest", "mindkettő elképzelhető", "都有可能吧"]
)
def test_either_answer_possible_is_unsure(text: str) -> None:
    assert says_dont_know(text)


@pytest.mark.parametrize(
    ("text", "language", "months"),
    [
        ("a couple of months, let's say three", "en", 3),
        ("néhány hónap, mondjuk négy", "hu", 4),
        ("几个月吧，就说三个月", "zh", 3),
        ("半年，学校明年三月份才开学", "zh", 6),
        ("两个月，今年十一月就复工", "zh", 2),
    ],
)
def test_a_rough_time_narrowed_or_beside_a_date(text: str, language: str, months: int) -> None:
    assert read_months(text, language) == months


@pytest.mark.parametrize(
    "text", ["the top one", "the very first option on your list", "a legfelsőt", "最上面的那个"]
)
def test_the_first_one_by_its_place(text: str) -> None:
    assert says_first_one(text)
    assert not says_first_one("the first one was too dear, the second")


@pytest.mark.parametrize(
    "text",
    [
        "what happens if i'm off sick again? hold off on it for now",
        "hagyjuk ezt most egyelőre",
        "先不定了，以后再说",
    ],
)
def test_a_plan_left_for_now_is_not_chosen_yet(text: str) -> None:
    assert says_not_yet_decided(text)


@pytest.mark.parametrize(
    "text", ["aludnék rá egyet", "alszok rajta egyet", "我想考虑一晚", "睡一觉再决定"]
)
def test_a_night_to_sleep_on_it(text: str) -> None:
    assert says_think_it_over(text)


@pytest.mark.parametrize("text", ["ez az, jelentkezem erre", "sign me up for this one"])
def test_signing_up_picks_the_plan_shown(text: str) -> None:
    assert says_this_one(text)


@pytest.mark.parametrize(
    "text",
    [
        "could you move me onto the 12 month one",
        "átváltanék a 24 havi részletre",
        "能不能改成12期",
    ],
)
def test_another_plan_asked_for_at_a_missed_payment(text: str) -> None:
    assert read_missed_answer(text) == "change_plan"


def test_a_set_phrase_is_no_payment_denied() -> None:
    assert read_missed_answer("早就还了，没问题") == "claim_paid"
    assert not says_unpaid("还了，不好意思晚了两天")
    assert says_unpaid("我没付了，没意见")


@pytest.mark.parametrize(
    "text",
    [
        "the annual fee doesn't bother me, i agree",
        "a díj nem zavar, elfogadom",
        "年费不介意，我同意",
    ],
)
def test_a_fee_shrugged_off_beside_an_agreement_is_no_refusal(text: str) -> None:
    assert not signals_refusal(text)


@pytest.mark.parametrize(
    "text",
    [
        "nem érdekel",
        "i don't mind, but no",
        "无所谓，不同意",
        "the fee doesn't bother me, i won't sign",
    ],
)
def test_a_shrug_without_an_agreement_is_still_refused(text: str) -> None:
    assert signals_refusal(text)


@pytest.mark.parametrize(
    "text",
    [
        "ok if you drop the charges",
        "yes, provided the interest stops",
        "igen, ha befagyasztják",
        "igen, de csak 5-én vonják le",
        "免息的话我就签",
        "好的，前提是不收年费",
    ],
)
def test_a_yes_with_a_reservation(text: str) -> None:
    assert says_yes_with_a_reservation(text)


@pytest.mark.parametrize(
    "text", ["yes i agree", "可以说英文吗", "is it ok to switch to english?", "elfogadom"]
)
def test_no_yes_with_a_reservation(text: str) -> None:
    assert not says_yes_with_a_reservation(text)


@pytest.mark.parametrize(
    "text",
    [
        "még egyszer látni szeretném a terveket",
        "inkább újra megnézni a lehetőségeket",
        "再看看那些方案",
    ],
)
def test_the_options_wanted_in_view_again(text: str) -> None:
    assert says_back_in_a_sentence(text)


@pytest.mark.parametrize(
    "text",
    [
        "no debts, i help my brother with 100 a month but that isnt a loan",
        "i've got no loans. 150 goes to my nan each month, it's not a debt",
        "nincs tartozásom, anyunak adok 30-at havonta, az nem kölcsön",
        "没有外债，每月给爸妈两千，那不算借的",
    ],
)
def test_money_named_beside_no_debt_is_no_debt(text: str) -> None:
    """Money sent home or given to family, said to be no debt, is no payment on one: none."""
    assert says_money_named_is_no_debt(text)


@pytest.mark.parametrize(
    "text",
    ["car loan 200, that's not a debt i worry about", "i have no debt apart from the car, 200"],
)
def test_a_debt_named_beside_no_debt_is_still_read(text: str) -> None:
    assert not says_money_named_is_no_debt(text)


@pytest.mark.parametrize(
    "text",
    [
        "could i do a third of what you're asking?",
        "half of the amount your plan suggests",
        "a harmadát annak, amit javasolnak",
        "a kért részlet felét tudnám",
        "银行要的三分之一行吗",
    ],
)
def test_a_share_of_what_was_asked_is_no_amount(text: str) -> None:
    """A share ("half of what you wanted?") names no figure: asked again, never worked out."""
    assert says_share_of_what_was_asked(text)


@pytest.mark.parametrize(
    "text", ["hogyan érti azt, hogy átmeneti?", "mire gondolnak a kiadásoknál, a lakbérre?"]
)
def test_how_a_word_is_meant_asked_in_hungarian_is_a_question(text: str) -> None:
    assert asks_what_is_meant(text)


@pytest.mark.parametrize(
    ("text", "language", "cause"),
    [
        # a gig app's account closed, sent away: no work at all
        ("bolt blocked my driver account, deactivated me for good", "en", Cause.JOB_LOSS),
        ("the warehouse sent me away, no more work for me there", "en", Cause.JOB_LOSS),
        # a benefit suspended while it is reviewed
        ("my pension credit got suspended while they review it", "en", Cause.REDUCED_INCOME),
        ("a nyugdíjamat felfüggesztették felülvizsgálat miatt", "hu", Cause.REDUCED_INCOME),
        ("残疾金停发了，说要复查", "zh", Cause.REDUCED_INCOME),
        # a pet's vet bill is something else, not the cardholder's illness
        ("vet bills, the cat needed surgery", "en", Cause.OTHER),
        ("a macskám műtéte 200 ezer volt az állatorvosnál", "hu", Cause.OTHER),
        ("宠物医院做手术花了五千", "zh", Cause.OTHER),
        # a relative's home flooded or burnt is a family emergency
        ("my mum's house flooded and i paid for her hotel", "en", Cause.FAMILY_EMERGENCY),
        ("我爸家里着火了，我出钱给他租房", "zh", Cause.FAMILY_EMERGENCY),
        ("我姐出殡那几天全忙这个了", "zh", Cause.FAMILY_EMERGENCY),
        # moved home or country, the first months cost more
        ("刚搬家，这几个月开销太大", "zh", Cause.OTHER),
    ],
)
def test_round25_causes_said_as_reasons(text: str, language: str, cause: Cause) -> None:
    assert read_cause(text, language) is cause


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # a rough time narrowed to a range, the next payday
        ("a few months, maybe 3 or 4", "en", Question.RECOVERY, "4"),
        ("by my next payday", "en", Question.RECOVERY, "1"),
        ("a következő fizetésnapig", "hu", Question.RECOVERY, "1"),
        ("等下个月发工资就行", "zh", Question.RECOVERY, "1"),
        # asked again after an appointment or a hearing, up to something else
        ("ask me again once ive seen the consultant", "en", Question.RECOVERY, "unsure"),
        ("kérdezzenek meg később, a tárgyalás után", "hu", Question.RECOVERY, "unsure"),
        ("等面试结果出来再说", "zh", Question.RECOVERY, "unsure"),
        ("a megrendeléseken múlik", "hu", Question.TEMPORARY, "unsure"),
        # fine once something happens: temporary
        ("等我妈出院以后就好了", "zh", Question.TEMPORARY, "yes"),
        # this plan over the others, or picked after a hesitation let go
        ("that one, the rest take too long", "en", Question.DETAIL, "choose"),
        ("ezt, a többi túl hosszú nekem", "hu", Question.DETAIL, "choose"),
        ("就这个，别的太长了", "zh", Question.DETAIL, "choose"),
        ("hmm várjunk, na mindegy, ez jó", "hu", Question.DETAIL, "choose"),
        ("nem, nem ezt kérem", "hu", Question.DETAIL, "back"),
    ],
)
def test_round25_times_hesitations_and_picks(
    text: str, language: str, question: Question, expected: str
) -> None:
    assert interpret(text, question, language).meaning == expected


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # a yes at the agreement said as getting it done
        ("definitely, lets get it sorted", "en", Question.AGREEMENT, "accept"),
        ("persze, csináljuk", "hu", Question.AGREEMENT, "accept"),
        # told to someone rather than typed, at a money question
        ("inkább telefonon mondanám el, nem írom ide", "hu", Question.INCOME, "person"),
        ("could someone ring me, i cant list it all here", "en", Question.EXPENSES, "person"),
        ("我还是找个人电话说吧，太多了打不完", "zh", Question.OTHER_DEBTS, "person"),
        # an option's number, then why
        ("3: így kisebb a részlet", "hu", Question.OPTIONS, "3"),
        ("2 - cheaper each month that way", "en", Question.OPTIONS, "2"),
    ],
)
def test_round25_a_yes_a_person_asked_for_or_a_pick_with_its_reason(
    text: str, language: str, question: Question, expected: str
) -> None:
    offers = README_OFFERS if question is Question.OPTIONS else ()
    assert interpret(text, question, language, offers=offers).meaning == expected


@pytest.mark.parametrize(
    ("text", "language", "cause"),
    [
        # a live-in placement or a gig account lost: the job is gone
        ("the couple i nannied for emigrated and i lost the placement", "en", Cause.JOB_LOSS),
        ("a család, akinél laktam, elköltözött, elvesztettem a helyemet", "hu", Cause.JOB_LOSS),
        ("雇我的那家人出国了，我的工作就没了", "zh", Cause.JOB_LOSS),
        ("跑腿平台把我的账号封了", "zh", Cause.JOB_LOSS),
        # regulars gone to a cheaper rival, a stall that took nothing
        (
            "a cheaper place opened across the road and my regulars all went over",
            "en",
            Cause.BUSINESS_TROUBLE,
        ),
        (
            "nyílt egy olcsóbb fodrász a sarkon, a törzsvendégeim átpártoltak",
            "hu",
            Cause.BUSINESS_TROUBLE,
        ),
        ("下了一个月雨，摆摊根本出不去", "zh", Cause.BUSINESS_TROUBLE),
        # a relative's seizure or a stay in intensive care is a family emergency
        (
            "my daughter had a seizure and spent a week in intensive care",
            "en",
            Cause.FAMILY_EMERGENCY,
        ),
        ("a lányom intenzíven feküdt egy hétig", "hu", Cause.FAMILY_EMERGENCY),
        ("我女儿癫痫发作，进了ICU", "zh", Cause.FAMILY_EMERGENCY),
        # forgetting beside funerals at work (no relative's): forgetting is the cause
        (
            "sorry, clean forgot, we had back to back funerals at the crematorium",
            "en",
            Cause.FORGOT,
        ),
        ("elfelejtettem, a munkahelyemen egymást érték a temetések", "hu", Cause.FORGOT),
        # a relative's funeral stays a family emergency even when forgetting is said
        ("i forgot, my mum's funeral was that week", "en", Cause.FAMILY_EMERGENCY),
    ],
)
def test_round28_causes_said_as_reasons(text: str, language: str, cause: Cause) -> None:
    assert read_cause(text, language) is cause


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a digit word said twice as "double", a radio "niner", "then" between the digits
        ("double three eight one", "3381"),
        ("nine three then double four", "9344"),
        ("niner niner two one", "9921"),
        ("dupla hatos, aztán három öt", "6635"),
        # 拐 (seven) and 洞 (zero) as a call centre says digits
        ("洞拐三五", "0735"),
        ("三拐拐洞", "3770"),
    ],
)
def test_card_digits_said_as_on_the_phone(text: str, expected: str) -> None:
    assert read_card_digits(text) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # weeks said with "héten belül", as a range: the months they reach into
        ("3-4 héten belül rendeződik", "hu", 1),
        ("azt ígérték, 7-9 héten belül", "hu", 3),
        # a month of the year named beside the months counted
        ("十月份开工，还有两个月", "zh", 2),
        ("五月份能找到活，还有4个月", "zh", 4),
    ],
)
def test_recovery_in_weeks_within_or_beside_a_month_of_the_year(
    text: str, language: str, expected: int
) -> None:
    assert read_months(text, language) == expected
