"""Chinese money families of round 30: rates with no month, magnitudes and shares of another's
figure, payments not by the month or not known, remainders and corrections at an offer, own pay
beside a spouse's and the household's, a base wage with the whole paid, and a plan refused for an
own amount at the options."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.evaluation import README_OFFERS
from dialogs.understanding.meaning import Question, interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

AMBIGUOUS = AmountReading(None, AmountProblem.AMBIGUOUS)
OFFERS = README_OFFERS  # the options of tests/evaluation/README.md, in order


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # paid by the shift, the order, the piece, the class, the thousand characters
        ("一个班一百八，排几个班不一定", "zh"),
        ("每个班三百", "zh"),
        ("送水的，一桶赚五块", "zh"),
        ("一单十二块", "zh"),
        ("一节课一百五", "zh"),
        ("千字一百二", "zh"),
        ("90 a shift, shifts vary", "en"),
        # a magnitude or a round figure with change on top
        ("三千挂零", "zh"),
        ("收入是五位数，头一个是1", "zh"),
        # a share of someone else's pay, not worked out
        ("收入是我哥的一半，他一个月八千", "zh"),
        ("我挣的是老婆的三分之二，她一万", "zh"),
        # last month's and this month's, no usual one
        ("上个月5200，这个月4700", "zh"),
        ("这个月三千九，上个月四千五", "zh"),
        # sold once a year
        ("一年收一回果子，今年卖了三万六", "zh"),
    ],
)
def test_no_months_income_said_asks_again(text: str, language: str) -> None:
    assert read_as_asked(text, language, "income") == AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上个月5000，这个月开始降到4000", "4000"),  # a change from this month on
        ("工资四千八，这个月一样", "4800"),
        ("底薪两千五，上个月加提成一共拿了6300", "6300"),  # the whole paid, base before it
        ("我工资7千，老婆也是5千，加起来1万2", "7000"),  # the own, not the two together
        ("我一个月四千，我老公六千，家里一共一万", "4000"),
        ("一个月五千四，他的一半都不到", "5400"),  # the share is no figure asked
    ],
)
def test_the_own_months_pay_beside_other_figures(text: str, expected: str) -> None:
    assert read_as_asked(text, "zh", "income") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the balance and its term, the month's payment to be looked up
        ("车贷十五万，分三年还，每月多少不记得了", "zh"),
        ("信用贷八万，月供是多少我得查一下", "zh"),
        # paid back at once
        ("借表哥三万，说好明年一次还清", "zh"),
        # shared with a spouse, the share not settled
        ("房贷和我老婆一起还，一个月五千，怎么分还没定", "zh"),
        # every other month
        ("隔月还一次，每次900", "zh"),
        ("双月还一次，一次两千", "zh"),
        ("150 every two months", "en"),
        ("kéthavonta 30 ezer", "hu"),
        # weekly, beside the cash the loan brought in
        ("套路贷，借五千到手四千，每周还六百", "zh"),
    ],
)
def test_no_months_payment_on_a_debt_asks_again(text: str, language: str) -> None:
    assert read_as_asked(text, language, "other_debts") == AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("网贷借了三千，到手两千七，每个月还三百", "300"),
        ("欠我姐一万，没定每月还多少，现在每个月不还", "0"),
    ],
)
def test_a_debts_months_payment_beside_what_is_not_one(text: str, expected: str) -> None:
    assert read_as_asked(text, "zh", "other_debts") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    "text",
    [
        "我工资5200，留两千生活，剩下的都给你们",  # the rest, not worked out
        "每个月还奖金的零头",  # the odd change of a figure
        "三个月还两千",  # over several months
        "两个月还一千五",
    ],
)
def test_an_offer_not_by_the_month_asks_again(text: str) -> None:
    assert read_as_asked(text, "zh", "counter") == AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an offer taken back for another, the first said again as the reason
        ("八百，不对，还是五百吧，八百压力太大", "500"),
        ("一千五，算了，还是一千吧，一千五还不起", "1000"),
        ("我月收入五千，开销三千五，剩下的每个月还你们六百", "600"),
    ],
)
def test_the_offer_settled_on(text: str, expected: str) -> None:
    assert read_as_asked(text, "zh", "counter") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a plan named as too dear, an own monthly amount after it
        ("第3个我也还不上，每月200可以吗", "zh", "amount:200"),
        ("选2的话首付多少？付不起。我每月还800", "zh", "amount:800"),
        ("option 4 is too much for me, 90 a month?", "en", "amount:90"),
        # a plan picked, nothing refused
        ("方案1吧", "zh", "1"),
    ],
)
def test_a_plan_refused_then_an_own_amount(text: str, language: str, expected: str) -> None:
    got = interpret(text, Question.OPTIONS, language, offers=OFFERS)
    assert got.meaning == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pay day written with a dot is no amount
        ("4.10发的工资，5200", "5200"),
        # what comes in from the children, unsummed: their sum
        ("女儿每月转我一千五，儿子给六百", "2100"),
        ("女儿每月转我一千五，儿子给六百，我自己没别的收入", "2100"),
        # takings, then what is left after the costs
        ("开网约车，这个月流水一万一，扣完车租油费还剩六千二", "6200"),
        ("开小吃店，营业额两万多，除掉房租人工落到手里四千五", "4500"),
        # severance paid once, nothing by the month after it
        ("被裁了，补偿金一次性给了三万，以后每月就没收入了", "0"),
        ("厂子关了，补偿N+3一次性给了四万，以后每月没进账了", "0"),  # the formula is no amount
        # two incomes, then the two added up
        ("前夫每月给抚养费1500，我自己做保洁一个月两千左右，加一块3500", "3500"),
    ],
)
def test_what_comes_in_by_the_month_zh(text: str, expected: str) -> None:
    assert read_as_asked(text, "zh", "income") == AmountReading(Decimal(expected), None)


def test_the_price_of_one_thing_sold_asks_again() -> None:
    assert read_as_asked("卖烤红薯的，一天卖五十多个，一个六块", "zh", "income") == AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a credit limit never used is no debt
        ("花呗额度两万，一分都没用过", "0"),
        ("白条额度八千，从来没用", "0"),
        # a limit beside a balance and its payment: the payment
        ("借呗额度五万，欠了一万，每月还九百", "900"),
    ],
)
def test_an_unused_credit_limit_is_no_debt_zh(text: str, expected: str) -> None:
    assert read_as_asked(text, "zh", "other_debts") == AmountReading(Decimal(expected), None)
