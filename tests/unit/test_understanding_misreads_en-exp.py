"""Spending misread in English, family by family (each named by the comment before its lines):
the rule a specialist follows, its paraphrases read by it, and near lines that keep their
reading where the same words come with a clear answer. Money is never guessed."""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (text, what is read at the spending)
READ = [
    # an item "the same as last year", its figure unsaid: no old figure, the list is unclear
    ("bills 240 food 300 and the rent is the same as last year", "ambiguous"),
    ("council tax 150 and food 320, water is the same as before", "ambiguous"),
    ("gas 90 food 280 and the mortgage is the same as last month", "ambiguous"),
    ("phone 25 and food 300, rent same as last year", "ambiguous"),
    # near lines: each item with its figure, or the old figure of one said
    ("rent 700 food 200", "900"),
    ("bills 240 food 300, last year it was 500", "ambiguous"),
    ("i spend 1,100, last year it was 900", "1100"),
    # a figure said a year beside a month's is the item's own, never a balance
    ("rent 12000 a year and food 200 a month", "ambiguous"),
    ("council tax 1,800 a year and food 250 a month", "ambiguous"),
    ("insurance 6,000 a year, bills 180 a month", "ambiguous"),
    ("租金一年一萬 and food 200 a month", "ambiguous"),
    # near lines: all monthly, or a balance owed beside what is paid on it
    ("rent 650 a month and food 200 a month", "850"),
    ("i owe 8000 on the car and pay 200 a month", "200"),
    ("sofa on finance 1,400 over 24 months, 58 a month", "58"),
    # an item's figure said to be paid no more: no part of the sum
    ("mortgage 690, food 260, gym 30 X not any more, energy 120", "1070"),
    ("rent 600, food 250, gym 30 not any more, council tax 110", "960"),
    ("rent 550 sky 40 dont have it anymore, food 200", "750"),
    ("food 200, netflix 11 no longer, gas 80", "280"),
    # near lines: every item paid, or "no longer" before another figure of the item
    ("rent 700, food 300 and gym 30", "1030"),
    ("food 300 no longer 250, rent 600", "1150"),
    ("rent 600 food 200 gym 30, i dont go any more than twice a week", "ambiguous"),
    # a whole said to be a bit under or over, how much unsaid
    ("bout a grand n a half all in, just shy of it maybe", "ambiguous"),
    ("roughly 900 altogether or just over it", "ambiguous"),
    ("twelve hundred in total, a little short of that probably", "ambiguous"),
    ("about 1,200 all in, a bit under that", "ambiguous"),
    # near lines: the whole said plainly, or a list's
    ("about 1,500 all in", "1500"),
    ("a grand n a half all in, thats it", "1500"),
    ("rent 700 and food 200, 900 all in", "900"),
    # the rent named before "the rest", typed "rents": an own item, the rest is no whole month
    ("rents paid quarterly now, 1,800 went in march, and the rest of my spending is about 500 "
     "a month", "ambiguous"),
    ("rents about 600 and the rest of my spending is about 500 a month", "1100"),
    ("rents 1,800 a quarter, the rest of my spending is 500 a month", "ambiguous"),
    ("rents paid twice a year, 3,000 each time, and the rest of my spending is 600 a month",
     "ambiguous"),
    ("rents about 650, and the rest of my spending is roughly 400 a month", "1050"),
    # near lines: the rest said alone, or the rent with its month's figure
    ("the rest of my spending is about 500 a month", "500"),
    ("rent 600 and the rest of my spending is about 500 a month", "1100"),
    # last month's figure beside this month's said only under a condition: no usual month
    ("last month 1,150, this month prob 800 if theres no shouts", "ambiguous"),
    ("last month 900, this month about 700 if nothing breaks", "ambiguous"),
    ("last month 1,300 but this month maybe 1,000 if there are no birthdays", "ambiguous"),
    # near lines: this month's figure said plainly
    ("last month 1,150, this month 800", "800"),
    ("about 800 if nothing comes up", "800"),
    # a figure for the months with a thing, the months without it said apart: by cases
    ("bursary months i spend about 1,000, the 2 months with no bursary i barely spend anything",
     "ambiguous"),
    ("term months about 900, months without the loan i spend hardly anything", "ambiguous"),
    ("rent 600 food 200, i spend nothing on months without work", "ambiguous"),
    # near lines: one figure for every month, or one month's said with "without"
    ("about 1,000 a month", "1000"),
    ("rent 600 food 200", "800"),
    ("about 900 a month without it going wrong", "900"),
    # the lines of a sheet counted: no money, the person asked for is heard
    ("id rather go through my budget with an actual person, the advisers sheet has 40 lines on it "
     "and im not typing all that into a bot", "person"),
    ("my budget sheet has 30 lines in it, can i just talk to someone", "person"),
    ("the form has 25 lines of stuff on it, id rather do this with an actual person", "person"),
    # near lines: a figure of money beside the lines named
    ("rent 600, food 200, phone lines 40", "840"),
    ("i want to talk to an actual person", "person"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), READ)
def test_spending_misread_in_english(text: str, expected: str) -> None:
    got = understanding().interpret(text, Question.EXPENSES, "en", currency="GBP")
    assert got.meaning == expected
