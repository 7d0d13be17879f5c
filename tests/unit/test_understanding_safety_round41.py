"""The kinds of distress, dispute and requests of round 41, and everyday talk near them.

Distress said beside a figure: a gun thought of, not for the game; everything ending for oneself
when the benefit ends; belongings given away "while there is still someone to give them to", a
pet given away with nothing needed any more; charcoal bought and the gaps taped; a night stood
on a bridge or a roof; a blade kept under the pillow. Disputes: card payments made while one was
far away at sea or in hospital; goods never delivered by a shop gone bust ("sose"). Requests:
whether the own offer can be changed later asks what is meant; texts switched off, said object
first; another language asked for beside not understanding the figures is that language. Not
alarms: a gun kept for the pigeons, charcoal for the barbecue and windows taped against the wind,
a night on a bridge watching the fireworks.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import signals_dispute, signals_distress

DISTRESS = [
    "1,450 take home, been eyeing the shotgun lately and not for the rabbits",
    "havi 290, a vadászfegyveremre mostanában nem a vadászatra gondolva nézek",
    "到手三千八 最近老想着那把猎枪 不是为了打猎",
    "jobseekers is 90 a week and when it runs out so do i",
    "a segély 150, ha egyszer lejár, velem együtt lejár minden",
    "补助一个月一千二 这钱一停 我也就到头了",
    "gave my dog to my sister yesterday, won't be needing anything any more. 40 a month",
    "a kutyámat odaadtam a szomszédnak, már nem lesz rá szükségem. havi 12",
    "狗送给邻居了 衣服也都分出去了 以后用不上了 每月三百",
    "got charcoal in and taped the door gaps, spending 700",
    "vettem grillszenet, az ajtó alját leragasztottam, kiadás 90",
    "买了木炭 把窗缝用胶带封死了 开销一千",
    "spent the night on the bridge all night thinking, income 1,200",
    "egész éjjel a hídon álltam, fizetés 240",
    "昨天在天台上坐了一整夜 工资四千",
    "blade under my pillow again, spending 800",
    "pengét tartok a párnám alatt, kiadás 130",
    "枕头底下藏着刀片 开销两千",
]

NO_DISTRESS = [
    "the shotgun is for the pigeons on the farm, spending 1,100",
    "猎枪是打猎用的 有证 工资五千",
    "买了两袋炭烧烤 窗户贴了胶带防风 开销两千",
    "桥上站了一晚上看烟花 开销三千",
    "bought charcoal for the bbq and taped the windows for the painting, 900",
]

DISPUTES = [
    "someone used my card contactless in a club in london while i was offshore on the rig",
    "a vásárlások akkor mentek le, amikor én kórházban feküdtem",
    "我当时在船上 卡在岸上被人刷了两千",
    "a bútorbolt csődbe ment, a szekrényt sose szállították le",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round41_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round41_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize("text", DISPUTES)
def test_round41_payments_made_while_far_away_are_disputes(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    ("text", "language", "question", "meaning"),
    [
        ("will my payment be locked in for the whole plan or can i lower it later",
         "en", "counter", "help"),
        ("az sms-eket kérném leállítani, éjszakás vagyok", "hu", "expenses", "stop_reminders"),
        ("能用英文吗 我中文不好 这些数字看不懂", "zh", "counter", "language:en"),
    ],
)  # fmt: skip
def test_requests_of_round41(text: str, language: str, question: str, meaning: str) -> None:
    reading = understanding(None).interpret(text, Question.at(question), language)
    assert reading.meaning == meaning
