"""The kinds of distress, dispute and requests of round 39, and everyday talk near them.

Distress said beside a figure: goodbyes said quietly, unknown to the others; a fall that was no
accident, higher next time; standing before a lorry that should not brake; looking at a beam;
music practised for one's own funeral; the children entrusted before one goes; the last time one
talks to the bank, the family's matters arranged; no strength left to live. Not disputes: money
sent home that is not one's spending here, an owner's hay that is not one's own. Requests:
"is it counted as … or not?" asks what is meant; the language one reads badly is not the one
asked for. Not alarms: goodbyes at a leaving do, a fall on the ice, a bus one waits for, a beam
painted, a funeral played for a parishioner, the last time one talks about a settled matter.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import signals_dispute, signals_distress

DISTRESS = [
    "1,100. i've been secretly saying goodbyes to my mates without them realising",
    "havi 160, titokban elbúcsúztam mindenkitől",
    "工资三千 这几天偷偷跟朋友们告别了",
    "the fall off the ladder wasnt an accident, next time higher. wage 900",
    "180, a lépcsőn leestem, de nem volt véletlen",
    "开销两千 从楼梯上摔下来不是意外 下次找个更高的",
    "sometimes i stand in front of the bus hoping it doesnt brake, spending 1,000",
    "kb 150, a villamos előtt állok és várom, hogy ne álljon meg",
    "四千 有时候站在货车前面 等它别刹车",
    "rent 500. at night i just keep looking at the beam in the garage",
    "kiadás 120, esténként a padlás gerendáját bámulom",
    "两千 晚上一直盯着房梁看",
    "choosing the songs for my own funeral lately, 1,200",
    "a saját temetésemre válogatom a zenét, 140",
    "给自己的葬礼选好了歌 开销两千",
    "女儿就拜托给她奶奶了 我也该走了 工资三千",
    "每月三百 这是最后一次跟你们联系了",
    "this is the last time you'll hear from me, 50 a month",
    "ez az utolsó alkalom, hogy önökkel beszélek, havi 20",
    "两千 后事都交代好了",
    "四千 我活下去的力气都没有了",
]

NO_DISTRESS = [
    "said my goodbyes at the leaving do on friday, pay 1,400",
    "fell on the ice last winter, an accident, spending 900",
    "waiting in front of the bus station every morning, 1,100 a month",
    "a pajta gerendáját múlt héten festettük le, kiadás 130",
    "played the organ at a funeral for a parishioner, 150 a month from the church",
    "这是最后一次还信用卡了 以后不用了 开销三千",
    "孩子交给奶奶带了 我去上夜班 工资四千",
]

NOT_DISPUTES = [
    "i send 200 to my mum every month but thats not my spending here, 900",
    "a traktor a gazdáé, nem az enyém, a kiadásom 150",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round39_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round39_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize("text", NOT_DISPUTES)
def test_money_sent_home_or_an_owners_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize(
    "text", ["these card charges are not my spending", "a tartozás a férjemé, nem az enyém"]
)
def test_charges_or_a_debt_denied_are_still_a_dispute(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    ("text", "language", "question", "meaning"),
    [
        ("is a DRO counted as another debt or not?", "en", "other_debts", "help"),
        ("我匈牙利语说得不好 可以换中文吗", "hu", "counter", "language:zh"),
        ("english please, my chinese writing is not good", "zh", "income", "language:en"),
    ],
)
def test_requests_of_round39(text: str, language: str, question: str, meaning: str) -> None:
    reading = understanding(None).interpret(text, Question.at(question), language)
    assert reading.meaning == meaning
