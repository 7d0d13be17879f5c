"""The kinds of distress and requests of round 45, and everyday talk near them.

Distress said beside a figure: "not like I'll be here to finish paying it"; the lift shaft
looked down into, "it tempts me"; the month's pills not taken but kept; the family easier
without one. Not disputes: a ticket's price or the shared tips said not to be one's own, one of
two pays the partner's. Requests: no language named when Hungarian is said not to be one's
mother tongue; whether to write the pay before or after tax asks what is meant, though the
payslip "has two figures".

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import signals_dispute, signals_distress

DISTRESS = [
    "40 a month, not like im gonna be around to see the end of it",
    "a 8. emeleten lenézek a liftaknába, egyre jobban hív, 160 a kiadás",
    "i stand on the landing and look down the stairwell, it pulls at me. spending 800",
    "站在天台往下看 很想跳 开销两千五",
    "这个月的药一颗都没吃 都攒着 工资三千",
    "they'd have it easier without me, income 1,100",
    "孩子少了我反而轻松 开销一千八",
    "没有我的话家里反而更省心 其他欠款每月五百",
]

NO_DISTRESS = [
    "not like i can afford more than 30",
    "a lift shaft is what i inspect all day, 210 a kiadás",
    "这个月的药吃完了 开销两千",
]

NOT_DISPUTES = [
    "a belépőjegy 3500, de az nem az enyém, kiadás 190",
    "a borravaló a közösbe megy, az nem az enyém, kézhez 260",
    "két fizetés jön, de az egyik a feleségemé",
]

DISPUTES = [
    "ez a tartozás nem az enyém",
    "a kártya a volt férjemé",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round45_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round45_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize("text", NOT_DISPUTES)
def test_round45_anothers_price_or_pay_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize("text", DISPUTES)
def test_round45_the_debt_not_mine_is_still_a_dispute(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    ("text", "language", "question", "meaning"),
    [
        ("más nyelven is lehet? nem a magyar az anyanyelvem", "hu", "counter", "language"),
        ("工资写税前的还是税后的 单子上有两个数", "zh", "income", "help"),
        ("税前还是税后 税后五千二", "zh", "income", "5200"),
    ],
)  # fmt: skip
def test_requests_and_answers_of_round45(
    text: str, language: str, question: str, meaning: str
) -> None:
    reading = understanding(None).interpret(text, Question.at(question), language)
    assert reading.meaning == meaning
