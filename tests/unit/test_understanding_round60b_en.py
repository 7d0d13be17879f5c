"""English money families of round 60 (second lane), in words of our own: what is read, and
what is asked again.

Read: two figures joined by "plus", the first named after it and the second before it ("820
from the bakery plus my carers allowance 310"): their sum. Near misses that stay: a stretch
after "plus" that says how it varies ("plus tips that can be anything up to 300"), asked
again.
Read: a figure, "but" what changed, "so" the figure now ("1,900 but the night shifts stopped
so about 1,600 now"): the figure now. Near miss: without "now" the second may be a guess or a
part ("1,900 but the night shifts stopped so about 1,600"), asked again as before.
Read: an offer with more said to come at a time named before it ("90 a month, the markets get
busy at christmas so maybe more then"): the offer. Near misses that stay: "maybe more" alone
("90, maybe more"), asked again.
Read: a figure said to be replaced, after "instead of" or "rather than" ("its 1,240 now
instead of 1,180"): the other one. Near miss: the figure alone after "instead of" stays read.
Read: a figure another is compared with, after "vs" with a month or none ("Nov £1,030 vs Oct
£1,190"): the first. Near miss: two items set side by side ("rent 650 vs food 220") are added.
Asked again (misread before): a round figure in thousands with "ish", then "maybe" and a smaller
spoken figure ("three grand ish, maybe three and a half"): a second guess, never added.
Asked again (misread before): the spending said only as more or less than an item, then that
item's figure ("a bit more than the mortgage, the mortgage is 720"). Near misses that stay: a
bound with its own figure; a figure said beside the comparison ("more than my rent, about 900").
Read: at the own offer, a plan's figure named with "your" and what is knocked off it ("your 12
month one was 140? knock 30 off, 110"): the offer. Near miss: "knock 30 off" alone stays read.
Asked again (misread before): at the spending, one item's figure, then essentials named after
"then" with no figure ("mortgage 640 on the 2nd, then gas, food, the bus"). Near misses that
stay: their figure said ("mortgage 640 then food 210"), a whole said ("900 all in, rent first
then food").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # "plus" between a figure named after and one named before
    ("820 from the bakery plus my carers allowance 310", "en", "income", "1130"),
    ("1,250 wages plus the child benefit 96", "en", "income", "1346"),
    ("700 rent plus the council tax 110", "en", "expenses", "810"),
    # the figure now after a change
    ("1,900 but the night shifts stopped so about 1,600 now", "en", "income", "1600"),
    ("it was 1,040 but the nursery finished so now its 860", "en", "expenses", "860"),
    # more at a time named before
    ("90 a month, the markets get busy at christmas so maybe more then", "en", "counter", "90"),
    ("90 a month, maybe more in december", "en", "counter", "90"),
    # a figure replaced
    ("its 1,240 now instead of 1,180", "en", "expenses", "1240"),
    ("i can do 45 a month instead of 60", "en", "counter", "45"),
    ("instead of 60", "en", "counter", "60"),
    # a figure compared with
    ("Nov £1,030 vs Oct £1,190", "en", "expenses", "1030"),
    ("1,030 this month vs 1,190 last", "en", "expenses", "1030"),
    ("rent 650 vs food 220", "en", "expenses", "870"),
    # a comparison with a figure of its own
    ("more than my rent, about 900", "en", "expenses", "900"),
    # a plan's figure with "your", what is knocked off
    ("your 12 month one was 140? knock 30 off, 110", "en", "counter", "110"),
    ("the 6 month plan is 90, take 15 off that so 75", "en", "counter", "75"),
    # items after "then", said with a figure or in a whole
    ("mortgage 640 then food 210", "en", "expenses", "850"),
    ("900 all in, rent first then food", "en", "expenses", "900"),
]  # fmt: skip

#: (text, language, question): asked again
ASKED_AGAIN = [
    # a stretch that says how it varies
    ("1,100 basic plus tips that can be anything up to 300", "en", "income"),
    # a second figure without "now"
    ("1,900 but the night shifts stopped so about 1,600", "en", "income"),
    # more, no time named
    ("90, maybe more", "en", "counter"),
    ("90 maybe more then 120", "en", "counter"),
    # a second guess after a round figure with "ish"
    ("three grand ish, maybe three and a half", "en", "expenses"),
    ("3 grand ish maybe 3 and a half", "en", "expenses"),
    # only more or less than an item, then the item's figure
    ("a bit more than the mortgage, the mortgage is 720", "en", "expenses"),
    ("less than my wage which is 1,300", "en", "expenses"),
    # items after "then" with no figure
    ("mortgage 640 on the 2nd, then gas, food, the bus", "en", "expenses"),
    ("rent 575 then food and whatever, paid on the 15th", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
