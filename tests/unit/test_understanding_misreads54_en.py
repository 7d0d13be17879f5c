"""English amounts misread in the development rounds (session 54), by family, in words of our
own: what is read or asked again now, and the near lines that keep their reading.

Spending said to come "out of what's left" after a figure moved to the bills is no money left
over: the figure before it is no context (asked again rather than the last figure alone). Near
lines: money left over said with its own figure ("i have 300 left over").
The one car or van of a household counted ("3 kids 2 dogs 1 car") is no money. Near lines: a
car's cost ("car 150").
Money that "leaves my account" is spending, not money left; a year a thing "dates back to" is
no money. Near lines: "which leaves me 300", a figure that "went back to" an amount.
At the income, pay said taken back by the payer ("took 200 back", "clawed back 90") leaves the
month unsaid: asked again. Near lines: "they took me back … on 1,400".
At the counter, an offer only for the months in work ("150 when im working") is asked again.
Near lines: an offer in stages ("50 now and 100 when im working"), work said of now.
At the options and the counter, the plans judged by the pay ("a joke on 1050 a month") name
no offer. Near lines: an offer beside the pay ("40, cant do more on 900 a month").
At the other debts, a debt paid back "when i can" beside a payment leaves the month unsaid.
Near lines: a family loan paid monthly.
A price per top up worked out to the month ("25 a top up … 5 times a month so 125") is said
once; alone, a price per top up is no month's figure. Near lines: a top up's monthly figure.
An item's name put right after a figure ("mercado 240, bilhete... sorry oyster 90") keeps the
figure before. Near lines: a figure put right ("bills 100... sorry 150").
At the income, what is put into a joint account or kitty is no income. Near lines: the pay
going into the joint account.
At the income, a lump lived on as it runs down beside a figure leaves the month unsaid. Near
lines: "the only thing coming in is 320", savings said beside a pay.
At the income, "last month" before "plus" and another source ends the first item: no figure
of before set aside for the other (asked again, not one source alone). Near lines: a figure of
last month beside one of now.
The cardholder's own average of the months' figures said last ("so average 1,400", "1,733 on
average") is the month, when it is their mean. Near lines: an average that is not their mean,
months with no average (asked again), a list's total called its average.
At the other debts, arrears paid "on top of the bill" (the rent, the maintenance) are the whole
payment, no part of one. Near lines: arrears on top with no figure, spending on top of the rent.
At the income, a rate beside the month's figure a payer "averages me out at" is that month's.
Near lines: a rate beside a month's figure said plainly (asked again), tips averaged beside pay.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (question, text, what is read)
READ = [
    # spending out of what is left after the bills' transfer: no money left over
    (
        "expenses",
        "i put 800 in the bills pot on payday and the shopping comes out of "
        "whats left, roughly 250",
        "ambiguous",
    ),
    (
        "expenses",
        "rent 600 goes out first and food comes out of what is left, 180 or "
        "so",
        "ambiguous",
    ),
    (
        "expenses",
        "bills take 900 and then the food comes out of what's left which is "
        "about 200",
        "ambiguous",
    ),
    ("expenses", "bills 700 and i have 300 left over", "700"),
    ("counter", "after bills i have 100 left, so 50", "50"),
    # the household's one car counted
    ("expenses", "2 adults 1 car 1 cat, about 1,400 a month all in", "1400"),
    ("expenses", "me, the wife, 1 car and a mortgage, 1,250 a month", "1250"),
    ("expenses", "1 van, 2 kids, rent and bills come to 1,800", "1800"),
    ("expenses", "rent 600, car 150", "750"),
    ("expenses", "about 1,250 leaves my account each month", "1250"),
    # money leaving the account, a year a thing dates back to
    (
        "expenses",
        "the cottage dates back to 1780 so the heating is mad, 1,340 a month "
        "all in",
        "1340",
    ),
    ("income", "the family business dates back to 1885, i draw 1,600 a month from it", "1600"),
    ("expenses", "my flat dates back to 1902, 990 a month is what leaves the account", "990"),
    ("expenses", "our rent went back to 950 after the discount ended", "950"),
    ("counter", "can we go back to 100 a month", "100"),
    ("expenses", "bills 900 which leaves me 300", "900"),
    # pay taken back by the payer
    ("income", "1,450 last month but the agency took 150 back for an overpayment", "ambiguous"),
    ("income", "paid 1,200 then hmrc clawed back 90 of it", "ambiguous"),
    ("income", "got 1,350 off the site then they took 100 back for the hi vis", "ambiguous"),
    ("income", "they took me back at the depot on 1,400 a month", "1400"),
    ("income", "universal credit 390 a month", "390"),
    # an offer only for the months in work
    ("counter", "about 80 whenever im in work", "ambiguous"),
    ("counter", "i could do 60 while im working", "ambiguous"),
    ("counter", "100 a month if im working, nothing if not", "ambiguous"),
    ("counter", "150, im working again now", "150"),
    ("counter", "50 now and 100 when im working", "50"),
    ("counter", "i can do 120, im working full time", "120"),
    # the plans judged by the pay: no offer
    ("options", "id rather put my own figure, they are impossible on 1,100", "counter"),
    ("options", "my own amount please, theyre not realistic on 900 a month", "counter"),
    ("counter", "those are a joke on 1050 a month", "ambiguous"),
    ("options", "own amount, 60 a month", "amount:60"),
    ("counter", "40, cant do more on 900 a month", "40"),
    # a debt paid back when able beside a payment; "lend me" a balance
    (
        "other_debts",
        "catalogue 45 a month and my mum lent me 800 which i pay back when i "
        "can",
        "ambiguous",
    ),
    (
        "other_debts",
        "klarna 30, and i owe my mate 200, paying him back whenever i have "
        "spare",
        "ambiguous",
    ),
    ("other_debts", "my gran lent me 400, i pay her back when i can", "ambiguous"),
    ("other_debts", "my brother lent me 2k, i pay him back 50 a month", "50"),
    ("other_debts", "loan 120 a month, thats it", "120"),
    # a price per top up worked out to the month
    (
        "expenses",
        "rent 650, gas is 20 a top up and i do 4 top-ups a month so thats 80, "
        "food 250",
        "980",
    ),
    ("expenses", "electric key 30 per top up, 3 times a month which is 90, plus rent 500", "590"),
    ("expenses", "gas 25 a top up, 5 top ups a month so 125, rent 590", "715"),
    ("expenses", "electric 25 a top up, rent 590", "ambiguous"),
    ("expenses", "rent 600, electric top up 100 a month", "700"),
    ("expenses", "rent 500, gas top up 60, food 200", "760"),
    # an item's name put right after a figure
    ("expenses", "rent 600, phone 20, comida... sorry food 250", "870"),
    ("expenses", "miete 700, strom 60, essen... i mean food 240", "1000"),
    ("expenses", "renda 550, luz 40, comida, sorry food 200", "790"),
    ("expenses", "rent 500 food 200 bills 100... sorry 150", "850"),
    ("expenses", "rent 500, food 200 sorry 250, bills 100", "850"),
    ("expenses", "so 1100, sorry 1200", "1200"),
    # what is put into a joint account or kitty
    ("income", "i earn 1,600 and put 1,000 into the joint account", "1600"),
    ("income", "we each pay 800 into the house kitty", "ambiguous"),
    ("income", "we both chip in 900 a month to the joint account", "ambiguous"),
    ("income", "wage is 1,450, i transfer 700 to the joint account for bills", "1450"),
    ("income", "my wage of 1,500 goes into the joint account", "1500"),
    ("income", "1,300 into my account every month", "1300"),
    # a lump lived on as it runs down
    ("income", "living off my savings plus 400 pip", "ambiguous"),
    ("income", "the redundancy payout is running down, and 310 from universal credit", "ambiguous"),
    ("income", "getting by on my savings and 250 a month from the odd shift", "ambiguous"),
    ("income", "my savings are running down, the only thing coming in is 320 from UC", "320"),
    ("income", "1,200 a month, ive got some savings too", "1200"),
    # "last month" ending an item before "plus" another source
    ("income", "i made 300 from ironing last month plus 950 from the care home", "ambiguous"),
    ("income", "900 from the cafe last month plus 400 from cleaning", "ambiguous"),
    ("income", "did 520 in tips last month plus 1,050 wages", "ambiguous"),
    ("income", "1,200 last month but 1,100 now", "1100"),
    ("income", "it was 1,500 last month, this month 1,300", "ambiguous"),
    ("income", "0 im on savings at the moment, living off them", "0"),
    ("income", "the yard pays 1,400 but they take 250 back for the caravan so i get 1,150", "1150"),
    # the cardholder's own average said last, the mean of the months before it
    ("income", "my last 3 payslips were 1,400, 1,350 and 1,450 so average 1,400", "1400"),
    ("expenses", "spending was 900, 1,100 and 1,000 the last 3 months, so average 1,000", "1000"),
    ("income", "1,700, 1,900 and 1,600 the last three months, so about 1,733 on average", "1733"),
    ("income", "last 3 months 1,200, 1,500 and 1,800 so average 1,600", "ambiguous"),
    ("income", "1,200, 1,500 and 1,800 the last three months", "ambiguous"),
    ("expenses", "rent 600, food 200 and bills 150, average 950", "950"),
    # arrears paid on top of the ordinary bill: the arrears' whole payment
    ("other_debts", "water arrears 12 a month on top of the usual charge", "12"),
    ("other_debts", "gas arrears, they add 20 a month on top of my bill", "20"),
    ("other_debts", "rent arrears 30 on top of the rent, plus a loan 80", "110"),
    ("other_debts", "loan 100 and arrears on top", "ambiguous"),
    ("expenses", "food 200 on top of the rent", "ambiguous"),
    # a rate beside the month's figure a payer or an accountant averages it out at
    ("income", "day rate 140, the payroll averages it out at 2,500 a month", "2500"),
    ("income", "tiler, 150 a day, the agency averages us out to 2,700 a month", "2700"),
    ("income", "gigs are 300 a night, my accountant averages me at 1,250 a month", "1250"),
    ("income", "day rate 180, about 2,300 a month", "ambiguous"),
    ("income", "wage 1,200, tips i average 150 a month", "1350"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), READ)
def test_english_misreads_are_read_right(question: str, text: str, expected: str) -> None:
    got = understanding().interpret(text, Question(question), "en", currency="GBP")
    assert got.meaning == expected
