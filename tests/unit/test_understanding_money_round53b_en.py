"""English money families of round 53's second lane, in words of our own: what is read, and what
is asked again.

Read: an item said, then said in a few words after it to be no spending of the month, by "it"
or "that" and no name ("gym 25 but its not essential", "the club 40 a month, thats savings",
"gift to my nan 50 but no need to count it"): the item and its figure are left out, the rest
added. An item struck out with "take out the" ("bins 20 - no, take out the bins") goes as one
struck out with "leave out the" does.
Near misses that stay: the words too far after the figure, or after a full stop, leave it in
("rent 600. i put a bit by when i can, its savings"); a sum said with "if you count" is not an
item ("1,100, or 1,120 if you count the 20 for the app but thats not essential"); items struck
out between the figure and the words, or another item named after "and", are what the words
are about ("rent 600 and the gym but thats not essential": the gym's figure is unsaid); "take
out" with no "the" ("take out food 40") is an item, takeaway.
Asked again: one figure for some weeks or months and another for some others ("some weeks its
150 some weeks 60", "the bus not fixed, some months 20 some 45"): which is the month's is
unsaid, and the two are no items to add. Near misses that stay: one "some" with its figure
("rent 600, some weeks i spend 50 on the bus") is an item.
At the spending, the own work told by how many things are made and the price of each ("we bake
300 scones on a market day at 1.20 a scone") is the trade, no spending: the figures said after
it, past a full stop or a "but", are read. Near misses that stay: no work said ("rent 500, 2
phones at 20 each") is a cost; the work alone, no figure after it, is not read.
Asked again: a week's or a fortnight's said right after "give or take" with no commas ("its 80
give or take per fortnight"), as it is with them. Near misses that stay: "give or take a month"
is a month's; a narrow margin ("1,500 give or take 20") leaves the figure.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # an item said not to count by "it" or "that"
    ("rent 700 food 200 golf 40 but golf isnt essential so dont count it", "en", "expenses",
     "900"),
    ("rent 500, gas 70, the club 40 a month, thats a savings", "en", "expenses", "570"),
    ("rent 520, bus 60, gift to my nan 50 but no need to count it", "en", "expenses", "580"),
    ("mortgage 800, food 260, the magazine 6 but thats not essential is it", "en", "expenses",
     "1060"),
    ("no loans, just the christmas club 20 a month, thats savings", "en", "other_debts", "0"),
    # an item struck out with "take out the"
    ("rent 640, food 200, bins 20 - no, take out the bins", "en", "expenses", "840"),
    # near misses that stay read as they were
    ("rent 600 food 200 sky 30 bills 100 ok take sky off they arent essential", "en", "expenses",
     "900"),
    ("rent 600, take out food 40", "en", "expenses", "640"),
    ("rent 600 and the gym but thats not essential", "en", "expenses", "600"),
    ("rent 650, food 210, some months 25 on the bus", "en", "expenses", "885"),
    # the own work told at a price, the spending after it
    ("we bake 300 scones on a market day at 1.20 a scone. rent 600, food 250", "en", "expenses",
     "850"),
    ("i do 80 cuts on a friday at 15 a head but my spending is 1,100", "en", "expenses", "1100"),
    # a month's said after give or take, a narrow margin
    ("650 give or take a month", "en", "expenses", "650"),
    ("1,300 give or take 20", "en", "income", "1300"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # one figure for some weeks or months, another for some others
    ("some weeks its 150 some weeks 60 from the stall", "en", "income"),
    ("rent 550, the bus not fixed, some months 20 some 45", "en", "expenses"),
    ("some month about 300, some 500", "en", "expenses"),
    # the work alone, or things bought at a price, no work said
    ("i made 12 quilts this year at 250 each", "en", "expenses"),
    ("rent 500, 2 phones at 20 each", "en", "expenses"),
    # a week's or a fortnight's right after give or take
    ("its 80 give or take per fortnight", "en", "income"),
    ("about 45 give or take a week on the shopping", "en", "expenses"),
    # near misses that stay asked again: the words too far, after a full stop, or a sum said if
    ("rent 600, food 150. i put a bit by every week when i can, its savings", "en", "expenses"),
    ("1,100, or 1,120 if you count the 20 for the app but thats not essential", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
