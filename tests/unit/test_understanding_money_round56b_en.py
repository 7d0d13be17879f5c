"""English money families of round 56 (second pass), in words of our own: what is read, and
what is asked again.

Read: at the pay, the gross said first and what lands after the deductions in the same clause
joined by "and", "which" or "but" ("the gross is 2,300 and after tax i get 1,810", "26k a year
which after tax lands as 1,720"): what lands is the pay.
Near misses that stay: a gross and another figure with no "after" between them.
Read: an hour of the day to be rung at after "after", "before", "from", "till" or "by" ("after
6 please", "before 9 tomorrow", "till 5pm") is no amount.
Near misses that stay: "after 600 on rent" (a figure), "after 6 months" (a while).
Asked again: a figure said, then unsure whether it takes in a part ("not sure that includes
the 90", "dont know if it covers the car").
Near misses that stay: the doubt of what counts said before any figure.
Asked again: at the pay, a benefit or a top-up whose figure this month is not known beside the
wage ("UC tops me up but dont know what itll be").
Near misses that stay: the top-up's figure said.
Read: at the pay and the spending, the figure settled on at the very end with "say", "call it"
or "go with" after a mark or "so" ("somewhere from 950 to 1,000. say 1,000").
Near misses that stay: items said after the figure settled on, "i say" with no mark before.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

READ = [
    # the gross first, what lands after the deductions
    ("the gross is 2,300 and after tax and NI i get 1,810", "en", "income", "1810"),
    ("nurse, 26k a year which after tax and pension lands as 1,720", "en", "income", "1720"),
    ("its 2,050 gross but after everything it comes to 1,640", "en", "income", "1640"),
    # an hour to be rung at
    ("ring me back after 6 please, wage is 1,400", "en", "income", "1400"),
    ("spending is 900, call before 9 tomorrow", "en", "expenses", "900"),
    ("im at work till 5pm, 1,250 a month", "en", "income", "1250"),
    # the figure settled on at the end
    ("somewhere from 950 to 1,000. say 1,000", "en", "expenses", "1000"),
    ("1,400 most months but 1,650 at christmas, so call it 1,400", "en", "income", "1400"),
    ("the app says 1,300 but the gym is 45 of that, go with 1,255", "en", "expenses", "1255"),
    # near misses that stay
    ("after 600 on rent i have 200 for food", "en", "expenses", "800"),
    ("1,400 after 6 months in the job", "en", "income", "1400"),
    ("not sure what counts, rent 500 food 200", "en", "expenses", "700"),
    ("wage 1,000 plus universal credit 300", "en", "income", "1300"),
]  # fmt: skip


ASKED_AGAIN = [
    # unsure whether the figure takes in a part
    ("1,200 i reckon but not sure that includes the 90 for the gym", "en", "expenses"),
    ("about 900, dont know if it covers the car", "en", "expenses"),
    # a top-up not known this month
    ("universal credit on top, no idea how much itll be, wage 1,000", "en", "income"),
    # near misses that stay: items after the figure settled on, no mark before "say"
    ("gas is 30 a week so call it 130 a month, rent 600, food 200", "en", "expenses"),
    ("he says 1,300 i say 1,100", "en", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
