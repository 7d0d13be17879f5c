"""The kinds of distress, dispute and the other answers of round 29, and the talk near them.

Distress said beside a figure: a ligature readied on a chair, the car aimed at a tree or a wall,
hurting oneself till one bleeds, a stomach pumped. Disputes: only the principal owned, a payment
made through a third party that never reached the bank. Not alarms: a loan shark named as another
creditor, nobody hiring at one's age. Asking what counts, with the item's figure in the question,
asks for help. The card's digits typed as keycaps, a year taken back digit by digit, an old card's
or another card's digits beside the one owed on; months worked out with "so".

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding.rules import (
    signals_distress,
)


@pytest.mark.parametrize(
    "text",
    [
        # a ligature readied on a chair or a beam
        "about 900 all in. got up on the stool with a cable round my neck on sunday",
        "kb 210 ezer. tegnap este felálltam a székre egy kötéllel, aztán lemásztam",
        "四千五。昨晚踩着凳子把皮带挂上去了，最后又下来了",
        # the car aimed at a tree or a wall
        "car loan 150. ive already picked the tree i'll drive into on the bypass",
        "50. been thinking about driving the van into a wall on the way home",
        "havi 20 ezer. gondolkodom, nekimegyek egy fának az autóval",
        "车贷每月一千二，我已经看好了要开车撞哪棵树",
        "每月三百。有时候真想开车冲向桥墩",
        # hurting oneself till one bleeds
        "1,100. i keep banging my head on the door until it bleeds",
        "150 ezer. a fejemet vertem a falba amíg vérzett",
        "三千二，最近老是忍不住用指甲抓到流血",
        "工资五千，这几天总是拿头去磕桌子",
        # a stomach pumped
        "40 a month. had my stomach pumped on tuesday",
        "15 ezer. tegnap mosták ki a gyomromat a kórházban",
        "三千，上周刚洗完胃出院",
    ],
)
def test_round29_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "crashed into a tree on the ice last winter and the car was written off",
        "tavaly nekimentem egy fának a jégen, totálkáros lett az autó",
        "去年下雪开车撞到树上了，车报废了",
        "my little boy fell off his bike and his knee was bleeding",
        "the kids pumped up the paddling pool, 40 for the pump",
    ],
)
def test_round29_accidents_and_everyday_talk_are_no_distress(text: str) -> None:
    assert not signals_distress(text)
