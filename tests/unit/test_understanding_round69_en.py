"""English families of round 69, in words of our own: answers out of step.

Money: a late word on an earlier step's figure (the figure said before named as such, owned up
to as said too late, or corrected) set aside to its sentence's end; the next question's none said
early at the spending; a pay named after its figure or as before or after tax among the spending;
a referring back at the start; the card's last digits given late.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, question, the amount read)
READ = [
    # a late word on an earlier step's figure beside this step's answer
    ("rent 650 and food 300. the 1,500 i said is after tax btw", "expenses", "950"),
    ("about 1,100 all in. the wage i gave you was before tax", "expenses", "1100"),
    ("car loan 180. the 1,250 i mentioned is what i take home", "other_debts", "180"),
    ("80 a month. and the rent i said was 600, its 640 now", "counter", "80"),
    # near lines: the clause naming the money asked stays; a figure put in is spent
    ("the 1,300 i said was my wage, what goes out is 1,050", "expenses", "1050"),
    ("my half is the 600 i put in the joint account", "expenses", "600"),
    ("as i said, 1,200 a month", "expenses", "1200"),
    # the next question's none said early at the spending
    ("rent 700 food 250, and no other loans", "expenses", "950"),
    ("about 900 all in. no other debts thank god", "expenses", "900"),
    ("roughly 1,050 a month. i dont have any other debts luckily", "expenses", "1050"),
    ("mortgage 800 bills 300, no loans", "expenses", "1100"),
    # a pay named after its figure, or as before or after tax, among the spending
    ("700 rent 250 food. income is still 1450", "expenses", "950"),
    ("600 rent 200 food, wage 1,400", "expenses", "800"),
    ("after tax its 1,200 by the way. spending is about 900", "expenses", "900"),
    # near lines: a card's end said with no digits, and no figure beside the digits
    ("rent 1200, the card ends in may", "expenses", "1200"),
    ("last four digits 3321. i get 1,450", "income", "1450"),
]  # fmt: skip

#: (text, question): asked again
ASKED_AGAIN = [
    # only an earlier step's figure corrected
    ("wait the 500 i said is after tax, before tax its more like 650", "other_debts"),
    ("sorry the 900 should be 850, forgot about the pension deduction", "other_debts"),
    ("actually scratch the 1,200, its nearer 1,000 since the hours went", "expenses"),
    ("oh and the income i gave you was before tax, its 1450 after", "expenses"),
    ("the wage i told you is gross, after tax its 1,600", "expenses"),
    # a referring back to a total beside its breakdown that sums to twice it
    ("As I said, about 1,600: rent 900, bills 300, food 400.", "expenses"),
    # the card's last digits given late beside the answer: never taken for money
    ("1,200 a month, and the card ending i forgot before, its 4417", "expenses"),
    ("around 900, oh and the card ending you asked for, thats 5120", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, question: str) -> None:
    assert read_as_asked(text, "en", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


#: (text, the amount read): an item's figure put right by the figure after it, in the same
#: list: the new one takes its place ("the 500 should be 550"), where a wrong one was summed
PUT_RIGHT_IN_THE_LIST = [
    ("food 200 rent 500, oh the 500 should be 550", "750"),
    ("rent 650 bills 150 food 200, actually the 200 should be 250", "1050"),
]


@pytest.mark.parametrize(("text", "expected"), PUT_RIGHT_IN_THE_LIST)
def test_an_items_figure_put_right_takes_its_place(text: str, expected: str) -> None:
    assert read_as_asked(text, "en", "expenses") == AmountReading(Decimal(expected), None)


def test_a_figure_put_right_away_from_its_item_is_asked_again() -> None:
    """The figure put right stands away from its item: which item it is, is not guessed."""
    reading = read_as_asked("food 200 rent 500, sorry the 200 should be 250", "en", "expenses")
    assert reading == AmountReading(None, AmountProblem.AMBIGUOUS)
