"""Money of another kind than the one asked (``rules/amounts/another_kind.py``), and money said
a month where a number of months is asked (``rules/months.py``).

Each figure named only as money the question does not ask for ("rent is 650" typed at the
income, "nyugdíj 180e" at the spending, "工资8000" at the other debts) answers another question:
asked again, never taken. An item of another kind in a list of the money asked is left out of its
sum ("wage is 1800, rent 650 and food 300" at the spending is 950). Lines of our own, found by
typing answers a step out of turn, as a cardholder does after one answer was asked again.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import interpret
from dialogs.understanding.meaning import Question
from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (language, question, text): every figure named as money of another kind
ASKED_AGAIN = [
    ("en", "income", "rent is 650"),
    ("en", "income", "bills come to about 900"),
    ("en", "income", "food shopping 250"),
    ("en", "income", "council tax 120 a month"),
    ("en", "income", "the mortgage is 950"),
    ("en", "income", "spend about 1200 a month on everything"),
    ("en", "expenses", "pension 900"),
    ("en", "expenses", "universal credit 600"),
    ("en", "expenses", "i get 1400 from work"),
    ("en", "other_debts", "rent 650"),
    ("hu", "income", "az albérlet 150 ezer"),
    ("hu", "income", "rezsi 40e"),
    ("hu", "income", "kajára megy kb 80 ezer"),
    ("hu", "income", "a törlesztő 60e havonta"),
    ("hu", "expenses", "keresek kb 400-at"),
    ("hu", "other_debts", "albérlet 150e"),
    ("zh", "income", "吃饭一千五左右"),
    ("zh", "income", "水电费三百"),
    ("zh", "income", "房贷每月4000"),
    ("zh", "expenses", "我一个月挣6000"),
    ("zh", "expenses", "退休金3500"),
    ("zh", "other_debts", "工资8000"),
    ("zh", "other_debts", "房租2500"),
    # a pay corrected, the figure it replaces said after "not": named as the pay too
    ("en", "expenses", "the wages are 1450 not 1600"),
    ("en", "expenses", "my pay is 1450, not 1600"),
    ("hu", "expenses", "a fizetesem 320e nem 350"),
    ("zh", "expenses", "工资是八千不是九千"),
    ("zh", "expenses", "不好意思 工资是8000 不是9000"),
    # the card asked about named beside a cost of living: no debt of its own
    ("en", "other_debts", "no, just this card. oh and rent went up to 750"),
    ("en", "other_debts", "just this card, and my rent is 650"),
    ("zh", "other_debts", "就这张卡 对了房租涨到两千了"),
    # an own offer: a pay or a cost of living, no offer said
    ("en", "counter", "rent is 650"),
    ("zh", "counter", "工资才三千"),
]  # fmt: skip

#: (language, question, text, the amount read): the money asked named too, or a list's item
#: of another kind left out
READ = [
    # the money asked is named beside the other: read as before
    ("en", "expenses", "its 1450 not 1600", "1450"),
    ("en", "expenses", "rent is 700 not 650", "700"),
    ("en", "income", "1450 not 1600", "1450"),
    ("en", "income", "rent 650, i earn 1500", "1500"),
    ("en", "income", "1500 but rent eats 650 of it", "1500"),
    ("en", "expenses", "i earn 1800 and spend about 1200", "1200"),
    ("en", "expenses", "bills 900 out of my 1400 pension", "900"),
    ("en", "expenses", "my wage is 1800 and i spend all of it", "1800"),
    ("hu", "income", "albérlet 150, a fizetésem 320", "320000"),
    ("hu", "income", "szoba kiadásból 90", "90000"),
    ("hu", "expenses", "kiadás 218 / bevétel 280", "218000"),
    ("zh", "income", "房租2500，工资6000", "6000"),
    # Chinese names a figure before it: what follows is said of the figure
    ("zh", "income", "三千五交完房租就没了", "3500"),
    ("zh", "income", "4000吃饭都不够", "4000"),
    # where it comes from, or what is taken off the pay: the money asked
    ("en", "income", "roughly 1150 a month from the salon once the shop costs are paid", "1150"),
    ("en", "income", "i rent the garage out for 70 a month", "70"),
    ("en", "income", "we take in a lodger, rent 400 a month", "400"),
    ("en", "other_debts", "fine from the magistrates, 20 a month out of my UC", "20"),
    ("en", "other_debts", "the UC advance comes off at 41 a month", "41"),
    ("zh", "other_debts", "老板借我五千 每月从工资里扣五百", "500"),
    # a list of the money asked with an item of another kind: left out of the sum
    ("en", "expenses", "wage is 1800, rent 650 and food 300", "950"),
    ("hu", "expenses", "nyugdíj 180e, rezsi 40, kaja 60", "100000"),
    ("zh", "expenses", "工资6000，房租2500吃饭1500", "4000"),
    ("en", "other_debts", "rent 650, loan 200", "200"),
    ("hu", "other_debts", "albérlet 150, hitel 30", "30000"),
    ("zh", "other_debts", "房租2500，花呗800", "800"),
    # an offer beside a pay or a cost of living: the offer
    ("en", "counter", "my rent is 650 so i can only do 100", "100"),
    ("en", "counter", "after bills i have 200 spare", "200"),
    ("hu", "counter", "az albérlet 150, havi 20-at tudok", "20000"),
    ("zh", "counter", "房租2500 每月能还500", "500"),
]  # fmt: skip

#: (language, question, text): a list whose other figures are not named as the money asked
#: keeps its item of another kind, and is read as before
NOT_LEFT_OUT = [
    ("en", "expenses", "i earn 1,500 and usually have about 200 left at the end of the month"),
    ("hu", "expenses", "320 a fizu, 150 az albi meg 40 rezsi"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "question", "text"), ASKED_AGAIN)
def test_money_of_another_kind_is_asked_again(language: str, question: str, text: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(("language", "question", "text", "expected"), READ)
def test_the_money_asked_is_read(language: str, question: str, text: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("language", "question", "text"), NOT_LEFT_OUT)
def test_an_item_beside_figures_not_named_stays(language: str, question: str, text: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


#: (language, question, text, meaning): at the options a pay or a cost is no amount offered; at
#: the recovery money said a month is no number of months
MEANINGS = [
    ("en", "options", "my wage is 1500", None),
    ("zh", "options", "房租2500", None),
    ("hu", "options", "a fizetésem 200 ezer", None),
    ("en", "options", "the rent is 600, can i do 50 a month", "amount:50"),
    ("en", "recovery", "£1200 a month", None),
    ("en", "recovery", "maybe 900 a month from march", None),
    ("en", "recovery", "£50 a month", None),
    ("zh", "recovery", "一个月三千", None),
    ("en", "recovery", "3 months, then 1200 a month again", "3"),
    ("en", "recovery", "in a month", "1"),
    ("zh", "recovery", "一个月吧 到时候工资三千", "1"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "question", "text", "meaning"), MEANINGS)
def test_money_is_no_other_answer(
    language: str, question: str, text: str, meaning: str | None
) -> None:
    currency = {"en": "GBP", "hu": "HUF", "zh": "CNY"}[language]
    assert interpret(text, Question.at(question), language, currency=currency).meaning == meaning


#: (language, question, text, the amount read): a share worked out of the whole said before it
#: (``rules/amounts/shares.py``), never summed with it; without its share named or worked out, a
#: list is read as before
SHARES = [
    ("en", "expenses", "2000 for the house, thats my half of it, so 1000", "1000"),
    ("en", "expenses", "the house costs 2000, my half, so 1000", "1000"),
    ("en", "expenses", "rent 1000, bills 500, so my half is 750", "750"),
    ("en", "income", "2400 between us, half is mine, so 1200", "1200"),
    ("hu", "expenses", "a lakás 200, a fele az enyém, szóval 100", "100000"),
    ("en", "expenses", "rent 1000, bills 500, so 1500", "1500"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "question", "text", "expected"), SHARES)
def test_a_share_worked_out_is_read(language: str, question: str, text: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)
