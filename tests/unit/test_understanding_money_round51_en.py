"""English money families of round 51, in words of our own: what is read, and what is asked
again.

Read: items struck out after the list with "take" before them and "off" after ("take the gym and
sky off", "take netflix off"): each goes with the figure it was said with.
A year's pay said first and the month's paid in said after it, a tenth to a sixteenth of it
("salary 31k, about 2,100 in the bank each month", "a 24k bursary spread over 10 months, 2,400 a
month"): the month's is the answer.
Things of one's trade counted every morning or on a day of the week are no money ("we drop 250
leaflets every morning", "i plate 150 dinners on a friday at the hotel"), nor the people in one's
unit at work ("28 in my class", "12 of us in the crew").
The own month named by a label after figures of one's trade or of others ("i clean 40 cars a
weekend at 8 quid. at home: rent 600", "we pour 900 pints lol. my month is rent 600", "a crate is
40 quid wholesale. my rent 400 food 180"): the figures before are no answer.
Asked again: a month's figure for the busy season and one for the quiet ("in the season 2,100,
off season 1,200").
Near misses that stay: a thing taken off that no figure was said with ("i take the day off on
fridays"); an item struck out the old way ("scrap the gym"); a second income added to a year's
("12k a year plus 1,000 a month", asked again), a month's worked out as a twelfth ("24k a year,
2,000 a month"); a sentence of the list opened by "and" ("gym 30 sky 40. and rent 600"), a label
after an own item ("rent 500 food 200. my bills: gas 60"); money counted every week ("40 quid every
week"), a count with its price after it ("3 lessons every week at 25"); the household counted ("4
of us in the house").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # items struck out with "take ... off"
    ("rent 610 food 240 gym 30 netflix 11 phone 18. take the gym and netflix off", "en",
     "expenses", "868"),
    ("mortgage 800 / food 300 / sky 45 — take sky off, we cancelled", "en", "expenses", "1100"),
    ("rent 500 food 200 takeaway 60, knock the takeaway off", "en", "expenses", "700"),
    # the month's pay after the year's
    ("salary 31k, about 2,100 in the bank each month", "en", "income", "2100"),
    ("a 24k bursary spread over 10 months, 2,400 a month to me", "en", "income", "2400"),
    ("21k a year, works out 1,480 a month take home", "en", "income", "1480"),
    # things of the trade every morning or on a day, people in one's unit
    ("we drop 250 leaflets every morning. rent 600 food 250", "en", "expenses", "850"),
    ("i plate 150 dinners on a friday at the hotel, my rent 500 food 100", "en", "expenses",
     "600"),
    ("28 in my class and im skint. rent 450, food 150", "en", "expenses", "600"),
    ("12 of us in the crew, i pay 300 for my bunk and 120 food", "en", "expenses", "420"),
    # the own month named by a label after others' figures
    ("i clean 40 cars a weekend at 8 quid. at home: rent 600, food 250", "en", "expenses",
     "850"),
    ("we pour 900 pints lol. my month is rent 600, food 200", "en", "expenses", "800"),
    ("a crate is 40 quid wholesale. my rent 400 food 180", "en", "expenses", "580"),
    ("he gives me 300 for the kids. my costs: rent 700, food 250", "en", "expenses", "950"),
    ("the van is 900 but thats the firms. personal: rent 650, food 150", "en",
     "expenses", "800"),
    # near misses that stay read as they were
    ("gym 30 sky 40. and rent 600 food 200", "en", "expenses", "870"),
    ("rent 500 food 200. my bills: gas 60 phone 20", "en", "expenses", "780"),
    ("800 a month all year, winter or not", "en", "expenses", "800"),
    ("4 of us in the house, rent 800", "en", "expenses", "800"),
    ("rent 600 food 200 and i take the day off on fridays", "en", "expenses", "800"),
    ("gym 35 no scrap the gym, rent 500", "en", "expenses", "500"),
    ("24k a year, 2,000 a month", "en", "income", "2000"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # near misses: another income added to the year's
    ("12k a year plus 1,000 a month", "en", "income"),
    ("i get 1,900 a month and 300 a month tips", "en", "income"),
    # near misses: money every week, a count with its price after it
    ("rent 500 and 40 quid every week on food", "en", "expenses"),
    ("rent 500, 3 lessons every week at 25", "en", "expenses"),
    # a month for the busy season and another for the quiet one
    ("in the season about 2,100, off season nearer 1,200", "en", "income"),
    ("harvest months its 1,500, over winter more like 1,000", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
