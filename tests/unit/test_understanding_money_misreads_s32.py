"""Money families misread in rounds 36 to 43, in words of our own: two incomes where one was
taken for the whole, bingo calls added in, one or two of a unit read as one.

A salary said after its figure is money ("1,047 salary and 1,500 dividends": both, not a count of
salaries as in "2 salaries"); a thing let with its name between "rent" and "out" ("i rent my
garage out for 85"), rent collected ("收房租八百") and a room let to someone ("次卧租给护士")
are income beside the pay; "次卧" (the second bedroom) and "次月" (the next month) count nothing.
A landlord's rent at the income question is a cost, not a second income ("房东租给我的房子").
A bingo caller's calls said from habit ("legs eleven", "two little ducks 22") are no money; one
or two of a unit ("a score or two", "a tenner or two") is asked again, and so is a year's figure
on its form (a P60, a tax return, "年收入") and only more or less than another's figure ("more
than my husband and hes on 1,300"). The own month's spending named after figures of one's trade
or of others ("… 21ft tubes all day. spend wise rent 700", "mine is gas elec 95, rent 560") is
read from there on. An item struck out after its figure ("gym 35 no scrap the gym") or stopped
with its figure in brackets ("i cancelled netflix (11)") is no spending of the month. Pay by the
job averaged to a month by the cardholder ("i average 2,100 a month") is that month's. A margin
wider than a tenth of the figure ("5000 give or take 1000", "五千上下浮动一千") makes a range,
asked again; a narrow one ("give or take 20") leaves the figure.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a salary said after its figure
    ("1,180 salary and 240 child benefit", "en", "income", "1420"),
    ("i draw 900 salary from the company plus 1,200 dividends a month", "en", "income", "2100"),
    ("1,350 salary", "en", "income", "1350"),
    ("i get 2 salaries, the shop 800 and the bar 350", "en", "income", "1150"),
    # a thing let, named between "rent" and "out"
    ("pension 980 and i rent the spare room out for 300 a month", "en", "income", "1280"),
    ("wages 1,400, we rent our driveway out at 60 a month", "en", "income", "1460"),
    # rent collected, a room let to someone
    ("工资三千八 收房租六百", "zh", "income", "4400"),
    ("退休金两千四 小房间租给一个学生 每月五百", "zh", "income", "2900"),
    ("养老金三千一 次卧出租 每月七百", "zh", "income", "3800"),
    ("工资四千二 次月十号发", "zh", "income", "4200"),
    # a landlord's rent is no income
    ("工资四千五 房东租给我的单间每月一千五", "zh", "income", "4500"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # the rent said without whose it is, beside a figure with no income word
    ("1,100 and i rent the garage out for 70 a month", "en", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


#: (text, language, question, the amount read): bingo calls said from habit are no money.
READ_BESIDE_A_BINGO_CALL = [
    ("clickety click lol, twenty years calling bingo. spending 1,040", "en", "expenses", "1040"),
    ("kellys eye, two little ducks 22, sorry habit. rent and food 900", "en", "expenses", "900"),
    ("legs eleven! i bring home 1,250", "en", "income", "1250"),
]

#: (text, language, question): one or two of a unit says no figure.
ASKED_AGAIN_ONE_OR_TWO = [
    ("a score or two a month", "en", "counter"),
    ("a tenner or two", "en", "counter"),
    ("food is a hundred or two depending", "en", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ_BESIDE_A_BINGO_CALL)
def test_a_bingo_call_is_no_money(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN_ONE_OR_TWO)
def test_one_or_two_of_a_unit_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


#: (text, language, question): a year's figure on its form, or only more or less than another's
#: figure, is asked again.
ASKED_AGAIN_A_YEARS_OR_ANOTHERS = [
    ("my p60 had 19,400 on it", "en", "income"),
    ("the tax return said 31k profit", "en", "income"),
    ("self-assessment showed 17,200 last year", "en", "income"),
    ("az szja-bevallás szerint 4,1 millió volt", "hu", "income"),
    ("年收入十二万左右", "zh", "income"),
    ("全年到手大概九万", "zh", "income"),
    ("a bit more than my wife, she's on 1,450", "en", "income"),
    ("valamivel kevesebbet, mint a feleségem, ő 320-at keres", "hu", "income"),
]

#: (text, language, question, the amount read): a month's figure beside them is read.
READ_BESIDE_A_YEARS_OR_ANOTHERS = [
    ("i spend less than my mum, about 700", "en", "expenses", "700"),
]


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN_A_YEARS_OR_ANOTHERS)
def test_a_years_or_anothers_figure_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"), READ_BESIDE_A_YEARS_OR_ANOTHERS
)
def test_the_months_figure_beside_them_is_read(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


#: (text, language, question, the amount read): the own month's spending named after figures of
#: one's trade or of others.
READ_THE_OWN_MONTH_AFTER_OTHERS = [
    ("locksmith, did 14 call outs at 65 each last week. my outgoings are 960", "en", "expenses",
     "960"),
    ("the church roof appeal is at 12,500 lol. mine is rent 540, food 180, bus 60", "en",
     "expenses", "780"),
    ("a season ticket at the club is 650 a year, people ask. actual spending is 1,020", "en",
     "expenses", "1020"),
    ("dog groomer, 40 a wash and 9 dogs on saturday. spending wise about 870", "en", "expenses",
     "870"),
    ("on the door at the club, 300 people a night. spending 910 a month", "en", "expenses",
     "910"),
    ("rent 600 food 200 so my spending is 800", "en", "expenses", "800"),
    ("i charge 900 a wedding but thats the business. at home its rent 650 food 240", "en",
     "expenses", "890"),
    ("postie, 600 letters a round. what i spend on me and the kids is 1,150", "en", "expenses",
     "1150"),
    ("lifeguard, 6 shifts of 8 hours a week. rent 520 food 190 phone 15", "en", "expenses",
     "725"),
]  # fmt: skip

#: (text, language, question): a new sentence of items after a month's figure said in words
#: keeps that figure as an item: the whole is never read without it.
ASKED_AGAIN_AN_ITEM_BEFORE = [
    ("i top the car up once a month, 60ish. rent 500 food 200", "en", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN_AN_ITEM_BEFORE)
def test_an_item_before_a_new_sentence_is_not_dropped(
    text: str, language: str, question: str
) -> None:
    assert read_as_asked(text, language, question) in (
        AmountReading(None, AmountProblem.AMBIGUOUS),  # (asked again, or read with the item)
        AmountReading(Decimal(760), None),
    )


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"), READ_THE_OWN_MONTH_AFTER_OTHERS
)
def test_the_own_month_after_others_figures_is_read(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


#: (text, language, question, the amount read): an item struck out after its figure, or stopped
#: with its figure in brackets, is no spending of the month.
READ_WITHOUT_ITEMS_STRUCK_OUT = [
    ("rent 600 food 200 netflix 11 actually forget netflix", "en", "expenses", "800"),
    ("rent 480 phone 20 gym 30 no scrap the gym, food 150", "en", "expenses", "650"),
    ("rent 600, food 200, i cancelled netflix (11)", "en", "expenses", "800"),
    ("since i dropped the gym (30) and disney (8) its 960", "en", "expenses", "960"),
    ("i forget the exact figure, about 900", "en", "expenses", "900"),
]


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"), READ_WITHOUT_ITEMS_STRUCK_OUT
)
def test_an_item_struck_out_is_no_spending(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


#: (text, language, question, the amount read): pay by the job averaged by the cardholder over
#: the year to a month's figure; an item averaged beside another income is added to it.
READ_AN_AVERAGE_WORKED_OUT = [
    ("mural painter, 2,500 a wall but i average 1,700 a month over the year", "en", "income",
     "1700"),
    ("3 kitchens this year at 8k each, i spread it as 2,000 a month", "en", "income", "2000"),
    ("wage 1,200 and tips i average 150 a month", "en", "income", "1350"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ_AN_AVERAGE_WORKED_OUT)
def test_an_average_worked_out_is_read(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


#: (text, language, question): a margin wider than a tenth of the figure makes a range.
ASKED_AGAIN_A_WIDE_MARGIN = [
    ("4,000 give or take 800", "en", "income"),
    ("月薪六千 上下浮动一千五", "zh", "income"),
    ("300 ezer, plusz-mínusz 50 ezer", "hu", "expenses"),
]

#: (text, language, question, the amount read): a narrow margin leaves the figure.
READ_BESIDE_A_NARROW_MARGIN = [
    ("1,500 give or take 20", "en", "income", "1500"),
    ("1,200 give or take a tenner", "en", "expenses", "1200"),
    ("200 plusz-mínusz 10 ezer", "hu", "expenses", "200000"),
    ("一个月五千左右 上下差不了两百", "zh", "income", "5000"),
]


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN_A_WIDE_MARGIN)
def test_a_wide_margin_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ_BESIDE_A_NARROW_MARGIN)
def test_a_narrow_margin_leaves_the_figure(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)
