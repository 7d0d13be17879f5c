"""Money families of blind round 31 (English, long explained answers): numbers spelled the way
non-native and Scots writers spell them, numbers that name an age, a plate or a school year,
a margin said by its side, and calm money talk that sounded like an alarm.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import (
    AmountProblem,
    AmountReading,
    signals_dispute,
    signals_distress,
)
from dialogs.understanding.rules.safety import signals_paid_off
from tests.support.amounts import read_as_asked


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # "and half" without its "a": half of the hundred or thousand before it
        ("my wage is two thousand and half after the tax", "en", "income", "2500"),
        ("I pay each month one hundred and half for the loan", "en", "other_debts", "150"),
        # "thousand" with no "one" before it, then its hundreds
        ("I receive thousand four hundred from the bakery", "en", "income", "1400"),
        ("every month thousand one hundred for flat and food", "en", "expenses", "1100"),
        # cheque style, a comma after the thousand
        ("Net pay Two Thousand, One Hundred and Five Pounds only", "en", "income", "2105"),
        # a thousand, then its hundreds read out in pairs
        ("about a thousand three forty a month", "en", "expenses", "1340"),
        ("a thousand one twenty most months", "en", "income", "1120"),
        # Scots "hunner", and "an" for "and"
        ("nine hunner a month aw in", "en", "expenses", "900"),
        ("thirteen hunner an twenty fae the bus depot", "en", "income", "1320"),
        # an age, a car's plate, a school year, years served: no money
        ("the adviser put it at 1,090. I am now 74 and travel free", "en", "expenses", "1090"),
        (
            "rent 450, food 150, my burial plan 15, at my age (83) it counts. 615",
            "en",
            "expenses",
            "615",
        ),
        (
            "rent 500, food 200, the cat's essential, she's 16 and on pills, 30 a month",
            "en",
            "expenses",
            "730",
        ),
        ("a 66 plate Astra, fuel 50, insurance 40, rent 600", "en", "expenses", "690"),
        ("a 20 plate Juke on PCP, 210 a month, 11 left", "en", "other_debts", "210"),
        ("one is in year 8, the other in year 2, rent 640, food 300", "en", "expenses", "940"),
        ("fourteen hunner a month, been there 23 year", "en", "income", "1400"),
        # a margin said by its side or as a small note more
        ("call it thirteen hundred, a tenner either side", "en", "expenses", "1300"),
        ("1,250 a month, 20 either way", "en", "expenses", "1250"),
        ("about 1.3 thousand, maybe the odd fiver more", "en", "expenses", "1300"),
        # creditors counted, no money
        ("I'm on a DMP, 5 creditors, I pay them 95 a month", "en", "other_debts", "95"),
        # nothing paid yet
        ("I'm not paying anything at the moment", "en", "other_debts", "0"),
    ],
)
def test_round31_spelled_numbers_read(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # a bound beside a figure named by what it is
        ("more than the 1,150 I get from my pension", "en", "expenses"),
        ("less than my 900 rent, honestly", "en", "income"),
        # a plan being set up, its figure a guess, nothing paid yet
        ("the plan might be about 60 once agreed, so not paying anything yet", "en", "other_debts"),
    ],
)
def test_round31_amounts_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    "text",
    [
        # an item the cardholder left out of a sum
        "the bus pass comes off my wages, I haven't counted it. rent 500, food 200",
        "a one-off refund of 80 in May, I have not counted it, my wage is 1,300",
        # money the cardholder may not spend
        "I take about 1,400 a month, the rest of the takings are not mine to spend",
    ],
)
def test_round31_money_left_out_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)
    assert not signals_paid_off(text)


@pytest.mark.parametrize(
    "text",
    [
        "sorry for the 2am message, can't sleep for thinking about the bills. about 980",
        "apologies for this 4am text, cant sleep. rent 600 food 250",
    ],
)
def test_round31_a_message_at_night_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "sorry for the 3am message, I can't sleep at all, I don't want to be here anymore",
        "the bank still hasn't counted my payment of 200",
    ],
)
def test_round31_what_is_still_heard(text: str) -> None:
    assert signals_distress(text) or signals_paid_off(text)
