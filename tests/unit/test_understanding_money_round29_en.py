"""English money families of blind round 29: lists named on either side of their amounts,
numbers that count or name something, words for nothing that are no answer of nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.evaluation import README_OFFERS
from dialogs.understanding.meaning import Question, interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first item named after its amount, the others before theirs
        ("640 rent, food 280, bills 150", "1070"),
        ("900 mortgage, council tax 120; petrol 90", "1110"),
        ("520 rent, 3 kids so food is roughly 400, gas 95", "1015"),
    ],
)
def test_a_list_named_on_either_side_of_its_amounts(text: str, expected: str) -> None:
    assert read_as_asked(text, "en", "expenses") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("1,300, rent 800, food 500", "expenses"),  # a bare figure before its parts
        ("£3k loan, paying it back at 75", "other_debts"),  # a loan's size, then its payment
    ],
)
def test_no_list_of_clauses_when_a_figure_is_bare_or_a_debts_size(text: str, question: str) -> None:
    reading = read_as_asked(text, "en", question)
    assert reading == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the people fed, gigabytes, degrees: counts beside the amounts
        ("food for 3 around 320, rent 700", "en", "1020"),
        ("sim only 12 for 100GB, rent 560", "en", "572"),
        ("heating never above 19 degrees yet gas is 150, rent 640", "en", "790"),
        ("19 fokon tartom a lakást, a gáz mégis 28 ezer", "hu", "28000"),
        ("暖气只开到19度，燃气费还是四百", "zh", "400"),
    ],
)
def test_people_fed_data_and_degrees_are_no_money(text: str, language: str, expected: str) -> None:
    assert read_as_asked(text, language, "expenses") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # "none" making way for the one debt or cost named after it
        ("nothing besides my sofa on finance, 42 a month", "other_debts", "42"),
        ("no other loans apart from my sister, i pay her 60 a month", "other_debts", "60"),
        ("owe nowt to anyone bar the catalogue, 35 a month", "other_debts", "35"),
        # a brand named with a word for nothing
        ("the zilch card, roughly 30 a month", "other_debts", "30"),
        ("a nothing phone on a 24 month deal, 27 a month", "other_debts", "27"),
        # no rent at all, the other costs said
        ("zero rent since the council covers it, but food and bills about 360", "expenses", "360"),
    ],
)
def test_a_word_for_nothing_beside_the_one_amount(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(Decimal(expected), None)


def test_nothing_of_ones_own_beside_anothers_amount_is_still_asked_again() -> None:
    reading = read_as_asked("she earns 1,900, i earn nothing", "en", "income")
    assert reading == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # a model's or a form's number is no money beside the amount
        ("xbox series x and a ps4 on finance, 33 a month", "en", "other_debts", "33"),
        ("galaxy s23 on a contract, 44 a month", "en", "other_debts", "44"),
        ("iphone 14 pro on contract, 58 a month", "en", "other_debts", "58"),
        ("got a section 8 notice but the wage is still 1,380", "en", "income", "1380"),
        ("iPhone 13 részletre, havi 12 ezer", "hu", "other_debts", "12000"),
        ("iPhone 13 分期，每月三百", "zh", "other_debts", "300"),
        # a car's year before its finance
        ("corsa 2020 on pcp, 199 a month over 36 months", "en", "other_debts", "199"),
        # debts and plans counted or numbered
        ("loan 1 is 95, loan 2 (the newer one) is 130", "en", "other_debts", "225"),
        ("2 loans and 1 credit card (this one), loans 70 and 110", "en", "other_debts", "180"),
        ("plan 2 student loan comes out of my wages so nothing on top", "en", "other_debts", "0"),
        # payments a purchase is spread over, how many left said after the month
        ("laptop on clearpay, 4 payments of 55 a month, 3 remaining", "en", "other_debts", "55"),
    ],
)
def test_numbers_that_name_or_count_beside_the_amount(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


def test_a_year_from_a_tax_form_is_asked_again() -> None:
    reading = read_as_asked("my p60 showed 19,800 for the tax year", "en", "income")
    assert reading == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # an option named as too dear, the amount that would do said beside it
        ("option 3 is too dear for me, could i do 45", "en", Question.OPTIONS, "amount:45"),
        (
            "plan 1 is way too high, 35 a month is more my level",
            "en",
            Question.OPTIONS,
            "amount:35",
        ),
        ("a 3-as túl drága, havi 20 ezret tudnék", "hu", Question.OPTIONS, "amount:20000"),
        ("方案3太贵了，每月五百行吗", "zh", Question.OPTIONS, "amount:500"),
        ("option 2 please", "en", Question.OPTIONS, "2"),
        # terms refused, then an own amount asked for
        (
            "3 months is too short and 6 is too pricey, 65 a month?",
            "en",
            Question.DECLINED,
            "amount:65",
        ),
    ],
)
def test_an_option_refused_as_too_dear_beside_an_own_amount(
    text: str, language: str, question: Question, expected: str
) -> None:
    offers = README_OFFERS if question is Question.OPTIONS else ()
    assert interpret(text, question, language, offers=offers).meaning == expected


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # digits and words mixed, slang, digits typed apart, thousands with hundreds
        ("a score a month to start with", "counter", "20"),
        ("sixty 5 a month", "counter", "65"),
        ("forty-5 a month", "counter", "45"),
        ("2 thousand 1 hundred after tax", "income", "2100"),
        ("1 grand and 4 hundred take home", "income", "1400"),
        ("1k4 all in", "expenses", "1400"),
        ("£ 9 5 0", "expenses", "950"),
        ("60 pounds. 6 0. not 600", "counter", "60"),
        ("my credit score is shot, 40 a month", "counter", "40"),
    ],
)
def test_an_amount_typed_in_an_odd_form(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # a figure per shift, per wedding, every friday, every fortnight: no month's amount
        ("70 a shift at the depot, depends how many i get", "income"),
        ("250 per wedding in the summer", "income"),
        ("the doorstep lender takes 25 every friday", "other_debts"),
        ("i put 40 on the gas and 20 on the electric every fortnight", "expenses"),
        ("20 quid an hour and 25 hours, so 500 a week", "income"),
        # another amount (or the month's) not known
        ("car finance 180ish and clearpay for a few bits, not sure how much", "other_debts"),
        ("about 3k on a loan, no idea what the monthly is", "other_debts"),
        ("the water rates, whatever that comes to, plus rent 650", "expenses"),
        # a lump sum due by a date
        ("pawned my watch, need 120 by july to get it back", "other_debts"),
        # this card counted in with the others, their share not said
        ("400 including your card", "other_debts"),
    ],
)
def test_no_months_amount_to_read(text: str, question: str) -> None:
    reading = read_as_asked(text, "en", question)
    assert reading == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("400 but that includes this card which is 100, so 300 for the others", "300"),
        ("provident 25 a week, so 110ish a month", "110"),
        ("this card and a loan, the loan is 90", "90"),
    ],
)
def test_the_others_share_said_after_this_card_or_a_month_worked_out(
    text: str, expected: str
) -> None:
    assert read_as_asked(text, "en", "other_debts") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # the bot's example echoed beside the own figure
        ("like your example 2000? dream on. mine is 1,420", "income", "1420"),
        # a cost split, the share and the rest added up after "so"
        ("rent 1,200 split 3 ways so 400 for me, food 160, so 560", "expenses", "560"),
    ],
)
def test_the_own_figure_beside_an_example_or_a_whole_split(
    text: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    "text",
    [
        # a span of hundreds, a fraction not worked out
        "somewhere in the 900s",
        "in the low 1,200s",
        "my share of the council tax is a third of 180",
        "half of 800 rent",
    ],
)
def test_a_span_or_a_fraction_is_asked_again(text: str) -> None:
    reading = read_as_asked(text, "en", "expenses")
    assert reading == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taken every weekday, two guesses: no month's amount
        ("loan shark, takes 30 off me every saturday", None),
        ("bnpl everywhere, could be 80 could be 150", None),
        # a card's balance said "on it", the payment beside it
        ("a store card with 1,800 on it at 29.9%, i pay 55", "55"),
        ("i pay 60 on it", "60"),
    ],
)
def test_a_weekday_a_guess_or_a_balance_on_it(text: str, expected: str | None) -> None:
    reading = read_as_asked(text, "en", "other_debts")
    if expected is None:
        assert reading == AmountReading(None, AmountProblem.AMBIGUOUS)
    else:
        assert reading == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # a spaced dash between a name and its amount labels it, no minus
        ("rent - 700 food - 250 gas - 90", "en", "expenses", "1040"),
        ("1 db autóhitel - 64 000 Ft", "hu", "other_debts", "64000"),
        # a total said before its parts in brackets
        ("about 1,200 (rent 750, food 300, bills 150)", "en", "expenses", "1200"),
        # slang for nothing
        ("sweet FA", "en", "other_debts", "0"),
        ("sod all mate", "en", "other_debts", "0"),
        # "4" typed for "for", working hours
        ("1,180 a month 4 working at the cafe", "en", "income", "1180"),
        ("8-4 mon to fri at the school, 1,340 a month", "en", "income", "1340"),
        ("9 till 5 weekdays, 1,290", "en", "income", "1290"),
    ],
)
def test_dashes_brackets_slang_and_hours(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


def test_items_that_happen_to_add_up_to_the_first_are_still_a_list() -> None:
    reading = read_as_asked("catalogue 60, klarna 40 and my phone about 20", "en", "other_debts")
    assert reading == AmountReading(Decimal(120), None)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # an engine's size before the car
        ("insurance on my 1.6 focus 72, fuel about 100, rent 550", "expenses", "722"),
        ("a 2.0 diesel, tax 30 and insurance 60", "expenses", "90"),
        # zloty converted by the cardholder, the pounds added up
        (
            "pension 540 a month, and my polish one is 900 zloty which is about 150 pounds, "
            "so 690 together",
            "income",
            "690",
        ),
    ],
)
def test_an_engine_size_or_a_converted_currency_beside_the_amounts(
    text: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(Decimal(expected), None)


def test_zloty_alone_are_not_converted() -> None:
    reading = read_as_asked("1,200 zloty a month", "en", "income")
    assert reading == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an item said to be no essential, in its own sentence, is left out of the sum
        ("£10.99 spotify, not essential i know. rent 610 food 220 gas 80", "910"),
        ("gym 25 but i can cancel that. everything else, rent bills food, 980", "980"),
    ],
)
def test_an_item_said_to_be_no_essential_is_left_out(text: str, expected: str) -> None:
    assert read_as_asked(text, "en", "expenses") == AmountReading(Decimal(expected), None)
