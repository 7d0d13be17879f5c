"""English money answers on the edge (round 78, session 55), by family, in words of our own: what
is read or asked again, and the near lines that keep their reading.

A figure said only on a condition not yet met, nothing said of the month as it is ("80 a month
if I land the warehouse job", "1,400 if they keep putting me on lates", "…, if not much less"),
or two figures each on its own condition ("850 if the lodger stays, 1,050 if she goes") is asked
again; near lines: a condition the cardholder or the bank settles ("90 if the interest is
frozen", "if i cut the sky"), "if thats ok". The nights an employer gives one to work are no
sleepless night (no alarm), while a sleepless night that wants to be gone is still heard.
Only this month's figure, said not to be the usual one and the usual one unsaid ("it isnt
usually that low", "no idea what a normal month is", "no idea what itll be from now") is asked
again; the usual month's figure beside this month's odd one ("usually about 1,600, only 1,250
this month", its reason said) is the usual one; near lines: a change for good ("since the cut …
now"), two months named with no usual, this month's with no reason (maybe the cut itself).
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (question, text, what is read)
READ = [
    # a figure only on a condition not yet met
    ("counter", "100 a month if I land the warehouse job", "ambiguous"),
    ("income", "about 1,400 if they keep putting me on lates", "ambiguous"),
    ("counter", "60 if i get more hours at the care home", "ambiguous"),
    ("income", "1,600 if the overtime carries on, if not much less", "ambiguous"),
    ("expenses", "850 if the lodger stays, 1,050 if she goes", "ambiguous"),
    # near lines: a condition settled by the cardholder or the bank, "if thats ok"
    ("counter", "i can do 90 if the interest is frozen", "90"),
    ("counter", "could do a ton fifty a month if i cut the sky", "150"),
    ("counter", "100 a month if thats ok", "100"),
    ("income", "bout 900 a month if am lucky", "900"),
    # the nights one is given to work: no alarm; a sleepless night still heard
    ("income", "1,200 if they keep giving me the nights", "ambiguous"),
    (
        "income",
        "they keep giving me the nights and i cant sleep, i dont want to be here anymore",
        "distress",
    ),
    # only this month's figure, said not to be the usual one
    ("income", "got 640 this month with the strike days, it isnt usually that low", "ambiguous"),
    ("expenses", "1,450 this month with the boiler, no idea what a normal month is", "ambiguous"),
    ("other_debts", "paid 90 this month, plan changed, no idea what itll be from now", "ambiguous"),
    # the usual month beside this month's odd one
    ("income", "usually about 1,600, only 1,250 this month cos of the sick days", "1600"),
    ("expenses", "normally 850, this month 1,100 with the dentist", "850"),
    ("other_debts", "most months its 60, this month 120 as I missed the last one", "60"),
    # near lines: a change for good, two months named with no usual one
    ("income", "normally 1,500 but since the cut its 1,100 now", "ambiguous"),
    ("income", "1,200 last month and 1,400 this month", "ambiguous"),
    ("income", "1,350 a month, its always that", "1350"),
    ("income", "around 1,100 this month, normally 1,900", "ambiguous"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), READ)
def test_english_money_on_the_edge_of_round_78_is_read_right(
    question: str, text: str, expected: str
) -> None:
    got = understanding().interpret(text, Question(question), "en", currency="GBP")
    assert got.meaning == expected
