"""English money families of rounds 49 and 50, in words of our own: what is read, and what is
asked again.

Read: things of one's trade counted by the day, the night or the week are no money ("i box
1200 eggs a day"), nor people or homes one looks after at work ("a caseload of 90 tenants",
"my round is 400 council flats"), nor the others one shares a home with ("a house with 4
others").
An item of a list said to be paid once a year or once only is set aside, the month is the
other items ("the boiler service was 90 but thats once a year", "a bike for 400 quid, thats a
one off").
Asked again: the one figure said as a bound of a month that varies ("anything up to 1,800 with
the overtime", "the bare minimum 900 just to get by").
Near misses that stay: money counted by the week ("4 tenners a week", "40 on takeaways a
week"), a count with its price after it ("9 yoga classes a week at 20 each"), a range of counts
("2 or 3 farms a week"); a part of the month's figure said to be a one off, the usual month
unsaid ("1,300 but 250 of it was a one off"); a rise ("the rent went up to 750"); a wage
named "minimum" with its figure ("minimum wage, 1,400 a month"); an offer's ceiling ("up to
60").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # things of the trade counted by the day or the week
    ("i box 1200 eggs a day and spend nothing on lunch. honestly tho rent 400 food 150 phone 20",
     "en", "expenses", "570"),
    ("i wrap 400 xmas wreaths a week lol. spending 900", "en", "expenses", "900"),
    ("i do 30 drops a round, rent 500 food 200", "en", "expenses", "700"),
    # people or homes looked after at work, and the others one shares a home with
    ("a caseload of 90 tenants and my own rent is late. spending is 1,050", "en", "expenses",
     "1050"),
    ("my round is 400 council flats, my own: rent 600 food 250", "en", "expenses", "850"),
    ("a house with 4 others, my room 400, food 150", "en", "expenses", "550"),
    # an item paid once a year or once only, set aside
    ("rent 500 food 200 and the boiler service was 90 but thats once a year so leave it", "en",
     "expenses", "700"),
    ("bought a bike for 400 quid, thats a one off. monthly its rent 600, food 200", "en",
     "expenses", "800"),
    ("rent 650 food 210 and the 75 for work boots is once a year", "en", "expenses", "860"),
    # near misses that stay read as they were
    ("the dentist was 260 one off. rent 600 food 200 phone 15", "en", "expenses", "815"),
    ("the rent went up to 750", "en", "expenses", "750"),
    ("minimum wage, 1,400 a month", "en", "income", "1400"),
    ("up to 60", "en", "counter", "60"),
    ("i visit 2 or 3 farms a week but my spending is 1,100", "en", "expenses", "1100"),
    ("i cover 8 cleaning shifts a week, my spending is 700", "en", "expenses", "700"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # the one figure a bound of a month that varies
    ("anything up to 1,800 with the overtime", "en", "income"),
    ("the bare minimum 900 just to get by", "en", "expenses"),
    ("up to 1,200 in a bad month", "en", "expenses"),
    # near misses: money counted by the week, a count with its price after it
    ("rent 500 and about 4 tenners a week on the bus", "en", "expenses"),
    ("rent 550 and 40 on takeaways a week", "en", "expenses"),
    ("food 60 quid a week and rent 500", "en", "expenses"),
    ("i take 9 yoga classes a week at 20 each", "en", "income"),
    # near miss: a part of the month's figure a one off, the usual month unsaid
    ("i spent 1,300 last month but 250 of it was a one off", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
