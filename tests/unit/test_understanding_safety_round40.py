"""The kinds of distress and requests of round 40, and everyday talk near them.

Distress said beside a figure: standing at the platform's edge watching the fast trains; a
one-way ticket to the sea, no coming back; a mother who will soon be a star in the sky; one's
own urn picked out; one's organs soon to be of use; a beam picked out in the garage. Requests:
a call asked for from someone; not so many texts a day; "only my pay, or that too?" asks what
is counted; the language one reads slowly, or that is not one's first, is not the one asked
for. Not alarms: waiting for the commuter train at the platform's edge, a one-way ticket for a
move, a grandmother who is a star now, a father's urn, an organ donor card carried, a beam
picked out for the roof.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import signals_distress

DISTRESS = [
    "rent 600, i keep standing right by the platform edge watching the express trains",
    "havi 180, esténként a peron szélén állok és nézem az átrobogó gyorsvonatokat",
    "两千五 最近老站在月台边上看着动车呼啸开过",
    "bought a one way ticket to the coast, not planning on coming back. 900",
    "200 ezer, vettem egy csak oda jegyet a Balatonra, nem tervezek visszajönni",
    "买了去江边的单程车票 不准备回来了 开销一千五",
    "told my little boy mummy will soon be a star in the sky, 1,100",
    "kiadás 150, mondtam a fiamnak, hogy anya nemsokára csillag lesz az égen",
    "工资三千 跟儿子说爸爸很快就要变成天上的星星了",
    "already picked out my urn, the cheapest one. spending 700",
    "havi 120, már kinéztem magamnak egy urnát, a legolcsóbbat",
    "我的骨灰盒已经选好了 开销一千二",
    "signed up as an organ donor, reckon they'll be needed soon. 1,300",
    "szervdonornak jelentkeztem, azt hiszem, hamarosan szükség lesz rá. 210",
    "遗体捐献登记好了 派上用场的时候快到了 收入两千",
    "havi 190, a garázsban már kinéztem a gerendát",
    "spending 850, i've already picked out the beam in the garage",
    "开销一千九 车库里那根梁我已经看好了",
]

NO_DISTRESS = [
    "standing at the platform edge every morning waiting for the 7:40 to work, 1,400",
    "a peron szélén várom reggelente a vonatot, fizetés 250",
    "每天早上站在站台边上等地铁上班 工资五千",
    "one way ticket to spain, moving in with my daughter for good. 800",
    "my nan is a star in the sky now, the kids say, spending 900",
    "picked out an urn for my dad last month, 1,200 spending",
    "我爸的骨灰盒是上个月买的 开销三千",
    "i carry an organ donor card, always have, income 1,500",
    "a tetőhöz kinéztem egy gerendát a tüzépen, kiadás 140",
    "picked out a beam for the porch at the timber yard, spending 1,100",
    "装修的房梁选好了 开销四千",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round40_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round40_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize(
    ("text", "language", "question", "meaning"),
    [
        ("我耳朵不好 可以叫个工作人员给我打电话吗", "zh", "income", "person"),
        ("can you get somebody to phone me, my eyes are going", "en", "expenses", "person"),
        ("hívjanak fel kérem, nem boldogulok ezzel a kérdéssel", "hu", "expenses", "person"),
        ("别一天发十几条提醒了 开会的时候一直响", "zh", "expenses", "stop_reminders"),
        ("三四千吧 你们别每天给我发好几条短信", "zh", "income", "stop_reminders"),
        ("stop messaging me, i'm at work", "en", "counter", "stop_reminders"),
        ("只算我自己挣的 还是我儿子每个月给的那部分也算", "zh", "income", "help"),
        ("hungarian please, my english reading is a bit slow", "en", "income", "language:hu"),
        ("can i have another language? english isn't my native", "en", "expenses", "language"),
    ],
)
def test_requests_of_round40(text: str, language: str, question: str, meaning: str) -> None:
    reading = understanding(None).interpret(text, Question.at(question), language)
    assert reading.meaning == meaning
