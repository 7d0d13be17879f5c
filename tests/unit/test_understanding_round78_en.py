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
An item's or a job's figure whose whole is not said ("council tax on its own is 140", "klarna 40
and a couple of other things as well", "i do a paper round too", "… and the childminder") is
asked again; near lines: a part named inside its whole, every item priced, "i live on my own".
Pounds and pence said aloud ("12 pound 50 a week") are one price, a week's asked again; near
lines: a month's, a list's two figures.
A figure said again otherwise and not agreeing, nothing settling it ("£60 (fifty a month)",
"about 980, so a grand and a bit", "30 a month, well 35 maybe, not sure", a list's "so" total
that its items do not make) is asked again; near lines: agreeing, a total with more in it, a
week's or a year's worked out.
The own share said as what the cardholder pays of a household's whole ("the house costs 1,800,
i pay 600 of it") is that share; near lines: a share unsaid, a part of the whole named.
A list whose items are named on either side of their figures, mixed ("rent 550 + 120 council tax
+ 30 internet", "gas 80 water 30 and 200 food") is their sum, and child maintenance named with the
parent who pays it is the cardholder's own income; near lines: a total before its parts, another's
pay beside the own.
A pay said never to be the same two months running is no dispute (a denial beside it still is).
Words typed short ("tho", "yr", "incl") are read as written out ("1,200 tho it was 1,050 last
yr" is today's figure, "about 800 incl. the 40 for the dog" the whole).
A share of one whole worked out, the share named before the whole ("a third of the 900 rent, so
300") is the share; near lines: one that does not work out, one not worked out.
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
    # a part whose whole is not said
    ("expenses", "council tax on its own is 140", "ambiguous"),
    ("other_debts", "klarna 40 and a couple of other things as well", "ambiguous"),
    ("income", "900 from the care home, i do a paper round too", "ambiguous"),
    ("expenses", "rent 600 food 200 and the childminder", "ambiguous"),
    # near lines: a part inside its whole, every item priced, living on one's own
    ("expenses", "1,240 total, rents 650 of that", "1240"),
    ("other_debts", "the car finance is 200, a few other bits 80", "280"),
    ("expenses", "rent 600, childminder 300, food 200", "1100"),
    ("expenses", "i live on my own, about 900 a month", "900"),
    ("income", "1,200, i've got a bad back as well", "1200"),
    # pounds and pence said aloud
    ("counter", "8 quid 50 a week", "ambiguous"),
    ("counter", "20 pound 50 every friday", "ambiguous"),
    ("other_debts", "phone 12 pounds 99 a month", "12.99"),
    # near lines: a month's figure, a count after it
    ("counter", "60 pounds a month", "60"),
    ("counter", "25 pounds 10 times", "25"),
    # a figure said again otherwise, nothing settling it
    ("counter", "£60 (fifty a month)", "ambiguous"),
    ("income", "1,400 a month (fourteen fifty)", "ambiguous"),
    ("expenses", "about 980, so a grand and a bit", "ambiguous"),
    ("other_debts", "klarna 30 a month, well 35 maybe, not sure", "ambiguous"),
    ("expenses", "rent 600 food 250 bills 100, so about 1,100 a month", "ambiguous"),
    # near lines: agreeing, a total with more in it, worked out from a week or a year
    ("counter", "£75 (seventy five a month)", "75"),
    ("expenses", "rent 600 food 200 bills 150 = 1,050", "1050"),
    ("expenses", "rent 700, bills 200, so about 1,200 with food and everything", "1200"),
    ("income", "£310 a week from the warehouse so call it 1,340 a month", "1340"),
    ("expenses", "council tax 1,440 a year so 120 a month, rent 600, food 250, so 970", "970"),
    # the own share of a household's whole, said as what the cardholder pays of it
    ("expenses", "the house costs 1,800, i pay 600 of it", "600"),
    ("expenses", "about 2,000 for the household, I only cover 800 of that", "800"),
    # near lines: the share unsaid, a part of the whole named
    ("expenses", "the household spends about 1,600, my son chips in some of it", "ambiguous"),
    ("expenses", "1,240 total, rents 650 of that", "1240"),
    # a list whose items are named before some figures and after others: their sum
    ("expenses", "rent 550 + 120 council tax + 30 internet", "700"),
    ("expenses", "gas 80 water 30 and 200 food", "310"),
    ("income", "pension 700, pip 400 and 120 from the lodger", "1220"),
    # child maintenance named with the parent who pays it: the cardholder's
    ("income", "wage 1,050 and 200 maintenance from the kids dad", "1250"),
    # near lines: a total before its parts, another's money beside the own
    ("expenses", "900, rent 500, food 400", "ambiguous"),
    ("income", "my wage 1,100 and my husband gets 900 from his job", "ambiguous"),
    # near lines: told as what one gets, a figure after a change, a count, no bare list
    ("income", "i get 1,900 a month and 300 a month tips", "ambiguous"),
    ("expenses", "rent 600 and then 650 from april", "ambiguous"),
    ("income", "wage 1,300 and 4 kids", "1300"),
    # a pay said never the same two months running: no dispute; a denial beside it still heard
    ("expenses", "never the same 2 months in a row, last one was 1,100", "ambiguous"),
    ("income", "supply work, never the same two weeks running, got 800 this month", "ambiguous"),
    ("income", "never the same two months running and theres fees i never agreed to", "dispute"),
    ("income", "never opened this card, its not mine", "dispute"),
    # words typed short: "tho", "yr", "incl"
    ("expenses", "1,200 tho it was 1,050 last yr before the rise", "1200"),
    ("expenses", "about 800 incl. the 40 for the dog", "800"),
    ("expenses", "rent 600 incl bills, food 200", "800"),
    # near lines: a year's figure, a lone "tho", a debt said to be inside the spending
    ("income", "14k a yr", "ambiguous"),
    ("expenses", "about 1,100 incl the 150 car finance", "ambiguous"),
    ("income", "1,100 tho", "1100"),
    # a share of one whole worked out, the share named before the whole
    ("expenses", "a third of the 900 rent, so 300", "300"),
    ("other_debts", "half of the 240 loan so 120 for me", "120"),
    ("income", "half of 2,000 so 1,000 for me", "1000"),
    # near lines: a share that does not work out, a share not worked out
    ("expenses", "half of 1,400 so 600 for me", "ambiguous"),
    ("expenses", "half of 1,400", "ambiguous"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), READ)
def test_english_money_on_the_edge_of_round_78_is_read_right(
    question: str, text: str, expected: str
) -> None:
    got = understanding().interpret(text, Question(question), "en", currency="GBP")
    assert got.meaning == expected
