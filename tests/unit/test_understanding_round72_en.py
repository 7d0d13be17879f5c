"""English families of round 72, in words of our own: answers dictated by voice.

Money: a figure "or so" in a list is the item's, summed like "about"; two items before "another"
figure share it; a child's age said after the list ("she's 12") is no item; someone named after
the list's last figure with no word of money (an aside to the room, the household) leaves the
list to add up; at the counter "and then more once …" leaves the figure offered now; a figure
corrected aloud after its month or a sound ("220 a month oh no 230"); "probably" or "perhaps"
before one item's figure; the pay after deductions named ("after NI and pension 1210").
Elsewhere: an option judged as it is picked ("option three sounds best"); "hang on X, I'm on the
phone" said to the room before a yes; a cause button's words opening a dictated message with no
stop after them; a helper's English said to be poor is no language asked for; "one month or 2"
with more said after it; a range of months dictated without its dash.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.evaluation import README_OFFERS
from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import AmountProblem, AmountReading, read_months
from tests.support.amounts import read_as_asked

#: (text, question, the amount read)
READ = [
    # a figure "or so" in a list: the item's, roughly
    ("rent 600 and food 300 or so", "expenses", "900"),
    ("mortgage 700, bills 250 or so and petrol 80", "expenses", "1030"),
    ("900 from the salon and tips 150 or so a month", "income", "1050"),
    # two items before "another" figure: one figure for both
    ("rent 650 and then gas and electric another 150", "expenses", "800"),
    ("mortgage 580 council tax 140 then food and bills another 400", "expenses", "1120"),
    # a child's age after the list: no item
    ("rent 580 food 400 my daughter's 12", "expenses", "980"),
    ("rent 500 and food 300 for me and my son, he's 9", "expenses", "800"),
    ("mortgage 600 bills 200 for the three of us, there's my lad he is 14", "expenses", "800"),
    # someone named after the last figure, no word of money: an aside, the household
    ("rent 450 and food about 300, my husband's typing this for me", "expenses", "750"),
    ("rent 700 and 250 for food and bills, the wife is reading it out", "expenses", "950"),
    # near line: a figure for a child's thing after "son's" is no age, an item
    ("rent 500 and my son's 12 for his phone", "expenses", "512"),
    # at the counter, more promised later
    ("i can do 40 a month till the spring and then more once i'm back at work", "counter", "40"),
    ("30 a month for now and then more later", "counter", "30"),
    # a figure corrected aloud after its month or a sound: the one said after
    ("car loan 220 a month oh no 230", "other_debts", "230"),
    ("rent 700 er no 750 and food 200", "expenses", "950"),
    ("i could do 100 um no 80", "counter", "80"),
    ("loan is 150 per month oh no it's 160", "other_debts", "160"),
    # near line: "oh no" leading into words, nothing taken back
    ("rent is 700 oh no i forgot council tax 150", "expenses", "850"),
    # a guess at one item of a list, "probably" like "about"
    ("rent is 650 and food is probably 300", "expenses", "950"),
    ("mortgage 800, council tax 140, petrol perhaps 90", "expenses", "1030"),
    # the pay after what comes off it, named: the pay
    ("1,500 but after deductions it is 1,380", "income", "1380"),
    ("1500 gross, after NI and pension 1210", "income", "1210"),
    ("1,380 after deductions", "income", "1380"),
]  # fmt: skip

#: (text, question): asked again
ASKED_AGAIN = [
    # a choice between figures stays one
    ("rent 600 or 650 and food 300", "expenses"),
    # someone's money named after the list
    ("rent 700 food 300 and my wife pays half", "expenses"),
    ("rent 700 and food 300, my son gives me 100", "expenses"),
    # at the counter, a second figure later, or more items at the spending
    ("50 a month till march and then 100", "counter"),
    ("rent 700 and then more once the heating's on", "expenses"),
    # "probably" or "perhaps" as a second guess after a figure, or before a range
    ("1400 probably 1500", "income"),
    ("rent 650 and food perhaps 300 or 350", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, question: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


#: (text, what is read at the agreement)
AGREEMENT = [
    # said to someone in the room, then a yes
    ("hold on Sam I'm on the phone. yes I accept", "accept"),
    ("hang on mum, yes i agree to it", "accept"),
    # near lines: a wait said to the assistant stays no agreement
    ("hang on, yes I agree", "decline"),
    ("yes i agree hold on", "decline"),
]


@pytest.mark.parametrize(("text", "expected"), AGREEMENT)
def test_words_said_to_the_room_at_the_agreement(text: str, expected: str) -> None:
    assert understanding().interpret(text, Question.AGREEMENT, "en").meaning == expected


#: (text, the cause read)
CAUSE = [
    # a cause button's words opening a dictated message, the story after them
    ("Something else the shop I clean for has shut for a refit", "other"),
    ("something else - a client went bust owing me two months' pay", "other"),
    ("family emergency my dad had a stroke and I'm looking after him", "family_emergency"),
    ("A family emergency my little girl was in hospital for weeks", "family_emergency"),
    # near line: the words joined to another cause
    ("something else and I lost my job", "job_loss"),
]


@pytest.mark.parametrize(("text", "expected"), CAUSE)
def test_a_cause_button_said_first_without_a_stop(text: str, expected: str) -> None:
    assert understanding().interpret(text, Question.CAUSE, "en").meaning == expected


#: (text, what is read): a helper's English said to be poor is no language asked for
LANGUAGE = [
    ("can we change the language, my dad's helping and his english is poor", "language"),
    ("change the language please, her english isn't very good", "language"),
    # near lines: the language named as wanted
    ("can we switch to english please", "language:en"),
    ("can we do it in hungarian, her english is bad", "language:hu"),
]


@pytest.mark.parametrize(("text", "expected"), LANGUAGE)
def test_a_helpers_english_is_no_language_asked_for(text: str, expected: str) -> None:
    assert understanding().interpret(text, Question.TEMPORARY, "en").meaning == expected


#: (text, the option read): a choice judged as it is made
OPTIONS = [
    ("option three sounds best", 3),
    ("the 2nd one looks good to me", 2),
    ("number 4 would be best", 4),
    ("the first one works for me", 1),
    # near lines: none of them, one said to cost too much
    ("none of them work for me", None),
    ("option 2 is too much", None),
]


@pytest.mark.parametrize(("text", "expected"), OPTIONS)
def test_a_choice_judged_as_it_is_made(text: str, expected: int | None) -> None:
    got = understanding().interpret(text, Question.OPTIONS, "en", offers=README_OFFERS)
    assert got.option == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("maybe one month or 2 I've got an interview on the 12th", 2),
        ("3 months or 4 the job starts after that", 4),
        ("6 weeks or 8 the physio said", 2),
        ("one month or 2", 2),
    ],
)
def test_a_range_with_its_unit_said_once_then_more(text: str, expected: int) -> None:
    assert read_months(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # dictated, the dash of a range left out: its upper end, as with the dash
        ("szerintem két három hónap", "hu", 3),
        ("kb három négy hónap múlva", "hu", 4),
        ("two three months hopefully", "en", 3),
        ("2 3 months", "en", 3),
        # near lines: numbers not one after the other are no range
        ("3 5 months", "en", None),
        ("in 2 months 3 at most", "en", None),
    ],
)
def test_a_range_dictated_without_its_dash(text: str, language: str, expected: int | None) -> None:
    assert read_months(text, language) == expected
