"""English money told at length (round 79, session 57), by family, in words of our own: what is
read or asked again, and the near lines that keep their reading.

A list's total worked out after it ("so", "that makes", "so say") that its items do not make,
nothing more put in with it ("rent 650 bills 200 food 250, so 1,200 a month", "wage 980 and pip
240, that makes about 1,300") is asked again; near lines: a total the items make, a total said
with more in it ("… with petrol and everything"), an item without a figure before it.
Children counted as boys, girls, sons or daughters ("me and my 3 girls", "my 2 sons (7 and 10)")
are no money, nor are their ages in brackets: a total the items make is read beside them.
A household's whole said with its counts beside it ("between us, 3 kids and a cat"), the cost of
a home "between me, my sister and her fella", or "we all chip in" is asked again; near lines: the
own share said, "i pay the lot".
A figure said only on a condition another settles, still to come ("if the agency keep me on it'll
be 1,300", "45 a month if the court approve the plan") is asked again; near lines: a figure for
now with a raise to come on that condition, one the bank settles.
A figure in digits said again at once in words that disagree ("920, nine hundred and two it says")
is asked again; near lines: words that agree, words that count something else.
More of a thing of the trade counted on another day ("5 dogs on a tuesday and 3 on a friday") is
no money: a week's offer beside it is still asked again for the month.
A month's figure worked out for the year by the cardholder, the year's not twelve of it ("60 a
month, which is 800 a year") is asked again; near lines: a year's that agrees, near enough.
A balance owed beside a monthly payment not remembered ("can't remember the monthly payment") is
asked again, and so is one item's figure said to be all that is known ("i know the rent is 700
and that's about it"); near lines: the month's payment said, an item "fixed".
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (question, text, what is read)
READ = [
    # a list's total worked out that its items do not make
    ("expenses", "rent 650 bills 200 food 250, so 1,200 a month", "ambiguous"),
    ("income", "wage 980 and pip 240, that makes about 1,300", "ambiguous"),
    ("other_debts", "klarna 30 and the catalogue 45, so 90 all in", "ambiguous"),
    # near lines: the items make it, more put in with it, an item without a figure
    ("expenses", "rent 650 bills 200 food 250, so 1,100 a month", "1100"),
    ("income", "wage 980 and pip 240, that makes 1,220", "1220"),
    ("expenses", "rent 650, bills 200, so about 1,150 with petrol and everything", "1150"),
    ("expenses", "rent 650, bills 200 and petrol, so about 1,150", "1150"),
    # children counted as boys, girls, sons, daughters: no money
    ("income", "me and my 3 girls, wage 1,050 and child benefit 210, so 1,260 all in", "1260"),
    ("income", "my 2 sons (7 and 10) live with me, wage 1,400, maintenance 200, so 1,600", "1600"),
    ("income", "1,150 a month, its me and my 2 daughters", "1150"),
    # a household's whole, its counts beside it, or everyone chipping in
    ("income", "me and my fella get about 2,900 between us, 3 kids and a cat", "ambiguous"),
    ("expenses", "the flat costs 1,500 a month between me, my sister and her fella", "ambiguous"),
    ("expenses", "we all chip in for the bills, its about 1,200 a month", "ambiguous"),
    # near lines: the own share said, the lot paid
    ("expenses", "we all chip in for the bills, about 1,200, my share is 400", "400"),
    ("expenses", "rent 900 between me and my partner and I pay the lot", "900"),
    # a figure only on a condition another settles, still to come
    ("income", "if the agency keep me on after the summer it'll be about 1,300", "ambiguous"),
    ("other_debts", "45 a month if the court approve the plan, no word yet", "ambiguous"),
    ("income", "they said 1,500 a month if they make me permanent", "ambiguous"),
    # near lines: a figure for now with a raise on that condition, the bank's own terms
    ("income", "i get 1,400 a month, it'll go up if they make me permanent", "1400"),
    ("counter", "50 a month if you accept my offer", "50"),
    ("income", "1,200 a month, they kept me on after the trial", "1200"),
    # a figure said again in words that disagree
    ("income", "about 920 a month, nine hundred and two it says on the letter", "ambiguous"),
    ("expenses", "its 1,240. twelve hundred and fourteen. sorry", "ambiguous"),
    # near lines: words that agree, words that count something else
    ("income", "920 a month, nine hundred and twenty", "920"),
    ("income", "1,300, two hundred miles a week in the van", "1300"),
    # more of a trade's things counted on another day
    ("counter", "i can do 20 a week, i walk 5 dogs on a tuesday and 3 on a friday", "ambiguous"),
    ("counter", "80 a month, i walk 5 dogs on a tuesday and 3 on a friday", "80"),
    # a month worked out for the year that does not agree
    ("counter", "60 a month, which is 800 a year", "ambiguous"),
    # near lines: it agrees, near enough
    ("counter", "60 a month, which is 720 a year", "60"),
    ("counter", "85 a month so about 1,000 a year", "85"),
    # a balance beside a payment not remembered; one item all that is known
    ("other_debts", "3,000 owed on the car loan, cant remember the monthly payment", "ambiguous"),
    ("expenses", "my husband sorts it, i know the rent is 700 and that's about it", "ambiguous"),
    # near lines: the month's payment said, an item said fixed
    ("other_debts", "i owe about 3,000 on the car loan, 120 a month", "120"),
    ("expenses", "i know the rent is 700 a month, thats fixed", "700"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), READ)
def test_english_money_told_at_length_of_round_79_is_read_right(
    question: str, text: str, expected: str
) -> None:
    got = understanding().interpret(text, Question(question), "en", currency="GBP")
    assert got.meaning == expected
