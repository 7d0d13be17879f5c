"""The kinds of distress, dispute and requests of round 43, and everyday talk near them.

Distress said beside a figure: the winter's fuel not ordered, "it won't be needed"; a pet given
away, "won't need either after this month"; the water stared at from a bridge; a key cut for the
roof's door; a video recorded for a child to watch when grown; the funeral "also" arranged; the
insurance's beneficiary changed. Not disputes: another's pay, an allowance or a price said not
to be one's own ("my dads income not mine", "a gyerekek ellátmánya nem az enyém"). Requests: a
language asked for beside one's reading of another being poor is the one asked for; another
language asked for because the Chinese is hard to read is no Chinese. Not alarms: logs not
ordered because of a heat pump.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import signals_dispute, signals_distress

DISTRESS = [
    "not getting the coal in this winter, won't be needed, 650 a month",
    "didn't order any logs this year, won't be needing them. spending 800",
    "a szenet már nem rendeltem meg, nem lesz rá szükség, kiadás 150",
    "冬天的煤没买 用不着了 开销两千",
    "gave my cat to the neighbour, won't need either after this month, 1,100",
    "esténként a hídon ácsorgok és nézem a vizet, fizetés 270",
    "下班就站在桥上盯着河看 工资四千五",
    "had a key cut for the roof door last week, 1,250",
    "天台的门我弄到了钥匙 工资三千九",
    "recorded videos for my son to watch when he's older. income 1,400",
    "给儿子录了几段视频 以后长大了看 开销三千",
    "后事我也交代好了 工资五千",
    "changed the beneficiary on my life insurance to my sister, 1,050",
    "保单受益人已经改成我女儿了 还有一万网贷",
]

NO_DISTRESS = [
    "didn't order the logs this year as we got the heat pump, 700",
]

NOT_DISPUTES = [
    "my mums pension not mine, i just help her type",
    "a lányom fizetése nem az enyém, én 180-at keresek",
    "the quote for the roof is 9,000 but that's not mine, it's the landlord's",
]

DISPUTES = [
    "the charges are not mine",
    "ez a tartozás nem az enyém",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round43_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round43_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize("text", NOT_DISPUTES)
def test_round43_anothers_pay_or_a_price_not_mine_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize("text", DISPUTES)
def test_round43_the_debt_not_mine_is_still_a_dispute(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    ("text", "language", "question", "meaning"),
    [
        ("could you do it in hungarian, my english reading is not so good", "en", "expenses",
         "language:hu"),
        ("能换别的语言吗 英文我读着很吃力", "en", "counter", "language"),
        ("this is my mums income not mine, shes 84, pension 1,200 and attendance allowance 300",
         "en", "income", "1500"),
    ],
)  # fmt: skip
def test_requests_and_answers_of_round43(
    text: str, language: str, question: str, meaning: str
) -> None:
    reading = understanding(None).interpret(text, Question.at(question), language)
    assert reading.meaning == meaning
