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

Second pass. The cardholder's own average of the months' figures ("it averages 1,050") is read
where it is their mean, and a figure "on average" beside a pay that changes; near lines: an
average that is not the mean, asked again. The counts a sum is worked out with ("times it by 26
and divide by 12") are no money, nor is the same month's figure said again after a year's ("…
thats 2,000 a month … but 2,000 on average"), and a day's pay is worked out by the days worked a
week ("80 a day, three days a week, so about 1,040"); near lines: not worked out to a month. Pay
"before tax" with the take-home said after it is the take-home; near lines: before tax alone,
two take-homes. A one-off said "but that was a one off" a few words after its figure is set
aside. A car's year before its model ("a 2018 transit") is no money; near line: a year alone. A
list said to be paid "out of my pension" is still a list; near line: a figure of the pension in
it. A yearly bill said before its figure ("the tv licence is yearly, 180, so 15 a month") is in
the list by its month; near line: not worked out. Help "i don't count on" and a thing "for my
husband so dont count that" leave the figure whole; near line: "doesnt count petrol". The last
item of one sentence said not to be essential is set aside with its "another 10 a week"; near
line: not said so. "free hours", a child's age and "nothing to pay for that" are no money nor
nothing; near line: hours at a price. "some months a bit less some a bit more" around a figure
is no bound; near line: "a bit more" alone. A life led "since march" is no spending since then;
near line: money gone out since march. "never had a budget", "never even had an overdraft" deny
no debt; near line: this card never had.
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
    # second pass: the own average, a figure "on average" beside a pay that changes
    ("income", "last four months 1,200, 900, 1,100 and 1,000, it averages 1,050 a month", "1050"),
    ("income", "it changes every month but 1,400 on average", "1400"),
    ("income", "last four months 1,200, 900, 1,100 and 1,000, it averages 1,200 a month",
     "ambiguous"),
    # the counts a sum is worked out with, the month's figure said again
    ("income", "paid fortnightly, 600 each time, so i times it by 26 and divide by 12 and get "
     "1,300 a month", "1300"),
    ("income", "roughly 24,000 a year, divided by 12 thats 2,000 a month, some months more some "
     "less but 2,000 on average", "2000"),
    ("income", "paid fortnightly, 600 each time, so i times it by 26 and divide by 12",
     "ambiguous"),
    # a day's pay worked out to the month by the days worked a week
    ("income", "80 a day, three days a week, so about 1,040 a month", "1040"),
    ("income", "80 a day, three days a week", "ambiguous"),
    # before tax, the take-home said after it
    ("income", "1,950. no wait thats before tax, after tax its 1,610", "1610"),
    ("income", "1,950 but thats before tax", "ambiguous"),
    ("income", "1,950 but thats before tax, after tax its 1,600 or 1,650", "ambiguous"),
    # a one-off a few words after its figure
    ("income", "got a 250 bonus in march which was handy but that was a one off, 1,380 a month "
     "from the council", "1380"),
    # a car's year before its model
    ("other_debts", "van finance 210 a month, about 5,000 left on it, it's a 2018 transit", "210"),
    ("other_debts", "2019 on the fiesta", "ambiguous"),
    # a list paid out of the pension
    ("expenses", "i cover it all out of my pension: rent 540, council tax 120, food 200", "860"),
    ("expenses", "rent 540, council tax 120, food 200 out of my 1,100 pension", "860"),
    # a yearly bill said before its figure, worked out to the month in a list
    ("expenses", "the tv licence is yearly, 180, so 15 a month, rent 540, food 200, 755", "755"),
    ("expenses", "the tv licence is yearly, 180, rent 540, food 200", "ambiguous"),
    # help not counted on, a thing not the cardholder's left out
    ("expenses", "about 1,150 a month, my mum drops food round sometimes but i don't count on it",
     "1150"),
    ("income", "state pension 820 a month, the carers money is for my husband so dont count that",
     "820"),
    ("other_debts", "klarna 25 a month, the student loan comes off my pay at source so i dont "
     "count that one", "25"),
    ("expenses", "about 1,150 a month but that doesnt count petrol", "ambiguous"),
    # the last item said not to be essential
    ("expenses", "1,200 on the basics, i do the lottery too which is another 10 a week but that's "
     "not essential", "1200"),
    ("expenses", "1,200 on the basics, i do the lottery too which is another 10 a week",
     "ambiguous"),
    # free hours, a child's age, nothing to pay for an item
    ("expenses", "about 1,300, my little one gets the 15 free hours at nursery", "1300"),
    ("expenses", "1,250 a month, i'm on my own with the kids since march, my youngest is 3",
     "1250"),
    ("expenses", "about 1,300, the bus pass is free so nothing to pay for that", "1300"),
    ("expenses", "about 1,300, nursery is 15 hours a week at 6 an hour", "ambiguous"),
    # a bit either side of the figure
    ("expenses", "around 1,050 usually, some months a bit less some a bit more", "1050"),
    ("expenses", "around 1,050, some months a bit more", "ambiguous"),
    ("expenses", "since march about 3,000 has gone out", "ambiguous"),
    # never had a budget or another kind of credit: no dispute
    ("expenses", "i never had a budget, i just pay what comes in, about 1,000 a month", "1000"),
    ("other_debts", "none, never even had an overdraft", "0"),
    ("other_debts", "never had this card, its not mine", "dispute"),
    # at income, what the cardholder pays out for something beside the pay is not summed in
    ("income", "I earn 1,200 a month, I pay 50 for childcare", "1200"),
    ("income", "I earn 1,200 and I pay my neighbour 50 to mind the kids", "1200"),
    ("income", "wage 1,400, i spend 300 on food", "1400"),
    # near lines: a wage paid to oneself, the cost alone
    ("income", "I pay myself 2,000 a month out of the business", "2000"),
    ("income", "I pay 50 for childcare", "ambiguous"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), READ)
def test_english_money_told_at_length_of_round_79_is_read_right(
    question: str, text: str, expected: str
) -> None:
    got = understanding().interpret(text, Question(question), "en", currency="GBP")
    assert got.meaning == expected
