"""The kinds of distress and requests of round 47, and everyday talk near them.

Distress said beside a figure: thinking of not running from the tide; cut again after the
stitches; no next year "with me still in it"; falling into the grain of a silo; the children
handed over as if for the last time; one's own funeral paid for; a knife looked at on oneself;
"I said I slipped. I didn't"; a dead father calling one over; charcoal bought with no barbecue;
new cuts on the arm, "better than inside"; sorry said to a mother who does not know why. Not
distress: a zisha teapot (紫砂 alone is typed for 自杀) or charcoal burnt for heat. Not disputes:
the venue's money, a customer's price, another's van or pay "not mine". Requests: English asked
for by one who reads Chinese slowly; reminders stopped beside a height in metres.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import signals_dispute, signals_distress

DISTRESS = [
    "the river is high this week and i keep thinking about not getting out. spending 700",
    "they put stitches in my leg friday after i cut it, income 900",
    "i cut my wrists again on purpose last night, 30 a month",
    "i cant see any version of christmas with me still around. other debts none",
    "a tartály tetején azt gondoltam, ha beleugranék, senki nem venné észre. 150 a kiadás",
    "úgy öleltem meg anyámat, mintha utoljára látnám, és lehet, hogy úgy is lesz. 200 a fizetés",
    "befizettem előre a temetésemet, más tartozás nincs",
    "a borotvát mostanában magamon nézegetem, 8 ezret tudok",
    "told the kids i fell down the stairs. i didnt fall. 40 a month",
    "最近总梦到我妈在那边叫我 工资三千",
    "买了一袋木炭 家里又不烤肉 开销一千五",
    "手臂上又划了两道 比心里好受 三百",
    "给我爸打电话说对不起 他不知道为什么 别的欠款没有",
    "i keep dreaming my dad is calling me over to him, income 1,100",
]

NO_DISTRESS = [
    "i think about not running the van anymore, its too dear. spending 800",
    "cut my hand at work, had 3 stitches, income 1,300",
    "a silóba beleesett egy macska, kimentettük. 150 a kiadás",
    "paid for my own funeral plan, 25 a month",
    "我做紫砂壶的 一个月四千五",
    "冬天烧炭取暖 一个月三百",
    "说对不起 上个月忘了还 这个月五百",
]

NOT_DISPUTES = [
    "we sell 300 tickets a night but thats the venues money not mine",
    "egy ajtó 90 ezer a megrendelőnek, az nem az enyém. a kiadásom 190",
    "a furgon nem az enyém, nekem csak a hitelkártya van",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round47_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round47_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize("text", NOT_DISPUTES)
def test_round47_anothers_money_or_van_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


def test_round47_english_asked_for_by_one_who_reads_chinese_slowly() -> None:
    reading = understanding().interpret("中文看得比较慢 english please", Question.INCOME, "zh")
    assert reading.meaning == "language:en"


def test_round47_reminders_stopped_beside_a_height_in_metres() -> None:
    text = "80 méteren dolgozom a daruban, kérem ne küldjenek több emlékeztetőt"
    assert understanding().interpret(text, Question.INCOME, "hu").meaning == "stop_reminders"
