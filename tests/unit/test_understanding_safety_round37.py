"""The kinds of distress and dispute of round 37, and everyday talk near them.

Distress said beside a figure: pills saved up instead of taken; a letter left with the deeds for
when it is needed; one's own funeral paid as nothing matters any more; stepping over a railing
unseen; a child entrusted to someone so that one can go; a car driven to the water's edge.
Dispute: the card paid with by others somewhere the cardholder was not. A nationality said of
someone else is not the language asked for. Not alarms: saving on medicine, medicine stocked up
for the winter, a letter to a school, a funeral arranged for a parent, a railing painted, a child
left with a grandmother for a shift, a drive to the lake.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import signals_dispute, signals_distress
from dialogs.understanding.rules.intents import read_language_named

DISTRESS = [
    "900. been stockpiling my sleeping tablets for a few weeks now",
    "havi 150, gyűjtöm az altatókat, nem veszem be őket",
    "三千 安眠药我一直没吃 都攒起来了",
    "1,200. the letter for my daughter is with the will, for when she needs it",
    "kb 200, a levelet a végrendelet mellé tettem",
    "两千 给儿子写了封信放在存折旁边",
    "180 körül, úgyis mindegy már, a temetésemet is kifizettem",
    "170, a hídon mindig arra gondolok, hogy átlépek a korláton",
    "1,000. nobody would even notice if i was gone",
    "四千 没人会发现我不见了",
    "每月两千 女儿托付给我妈了 我可以放心地走了",
    "loan 90. left my son with his dad, now i can go in peace",
    "车贷一千二 昨天开到江边 差点就冲下去了",
    "drove the van down to the quarry last night and nearly kept going, 300 a month",
    "havi 40, tegnap majdnem lehajtottam a hídról",
]

NO_DISTRESS = [
    "saving on my meds by buying the generic ones, 1,100",
    "冬天买了好多感冒药备着 开销三千",
    "eltettem a gyógyszert a hűtőbe, 150",
    "wrote a letter to the school about the trip, 1,300",
    "anyám temetését én fizettem ki, 210",
    "we painted the railing last weekend, rent 700",
    "孩子交给我妈带 我去上夜班 工资四千",
    "drove to the lake for a swim, spending 1,000",
]

DISPUTES = [
    "a kártyámmal Bécsben vásároltak, én otthon voltam, kiadás 200",
    "someone used my card in Spain while i was in hospital, 1,000 a month",
    "我的卡在上海被人刷了 当时我人在成都",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round37_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round37_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize("text", DISPUTES)
def test_round37_card_used_where_one_was_not_is_a_dispute(text: str) -> None:
    assert signals_dispute(text)


def test_a_nationality_of_someone_else_is_not_the_language_asked() -> None:
    assert read_language_named("写中文可以吗 我老公是英国人") == "zh"
    assert read_language_named("in english please, my wife is hungarian") == "en"
    assert read_language_named("magyarul kérem, a férjem kínai") == "hu"


def test_a_fee_waived_on_the_phone_back_on_the_bill_is_a_dispute() -> None:
    assert signals_dispute("客服当时答应把罚息给我免了 结果账单上还有")


@pytest.mark.parametrize(
    "text",
    [
        "rent and food 1,050, the flour and the oven come out of the business money not mine",
        "van hire is the company's not mine, my own spending is 900",
        "借了高利贷 每个月还一千",
        "高利贷 每个礼拜要还三百",
    ],
)
def test_business_money_or_a_loan_sharks_loan_named_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize("text", ["this debt is not mine", "你们这是高利贷 每个月利息就两千"])
def test_a_debt_denied_or_called_usury_is_still_a_dispute(text: str) -> None:
    assert signals_dispute(text)


def test_whether_the_child_stays_with_one_is_no_crisis() -> None:
    """ "在不在我这" asks where the child stays: two cases of spending, asked again."""
    layer = understanding(None)
    reading = layer.interpret(
        "看儿子在不在我这 在的话两千五 不在一千八", Question.at("expenses"), "zh"
    )
    assert reading.meaning == "ambiguous"


@pytest.mark.parametrize(
    "text", ["i have wanted to die, spent 1,500", "been wanting to die lately, 1,200"]
)
def test_wanting_to_die_in_any_tense_is_distress(text: str) -> None:
    assert signals_distress(text)


def test_a_span_of_weeks_spent_over_is_no_crisis() -> None:
    """ "In the last 6 weeks ive spent 1,500" is asked again, not heard as the end of anything."""
    layer = understanding(None)
    reading = layer.interpret(
        "in the last 6 weeks ive spent about 1,400", Question.at("expenses"), "en"
    )
    assert reading.meaning == "ambiguous"


def test_wanting_to_die_in_hungarian_in_any_tense_is_distress() -> None:
    assert signals_distress("már többször meg akartam halni, 180")
