"""The kinds of distress, dispute and requests of round 38, and everyday talk near them.

Distress said beside a figure: around only a short while longer; locked in a cold store; the
dose after which one does not wake; gone by the time a recorded message is seen; insulin
stopped to see how long one lasts; a farewell to the colleagues with everything arranged.
Dispute: a seller paid by card who took the money and blocked the buyer. Requests: a time to be
called is no amount; "before or after it comes off?" asks what is meant; the language one cannot
read is not the one asked for. Not alarms: a budget app's breakdown, a partner's pay that is
theirs, one's own figure counted twice, a baby not to be woken, a retirement not long off,
cold medicine stocked for the winter.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import signals_dispute, signals_distress

DISTRESS = [
    "40 a month as long as im still here, which i dont think will be much longer",
    "300, i dont think ill be around for much longer anyway",
    "havi 20 ameddig még élek, de az már nem sokáig lesz",
    "还两百 只要我还活着 不过也不会太久了",
    "about 900, one of these nights ill lock myself in the freezer at work",
    "kb 210, egyszer bezárom magam a fagyasztóba",
    "三千五 哪天把自己锁进冷库算了",
    "i know how many of these tablets it takes so a person doesnt wake up, wage 1,300",
    "150, tudom hány szem kell, hogy az ember soha ne ébredjen fel",
    "四千 我知道吃多少片就再也醒不过来",
    "wrote my brother a letter, by the time he reads it ill already be gone, 1,100",
    "180, írtam neki, mire elolvassa, én már nem leszek",
    "工资五千 给女儿写了封信 等她看到的时候我可能已经走了",
    "stopped taking my meds to see how long i can last, spending 800",
    "abbahagytam az inzulint, megnézem meddig bírom, havi 160",
    "两千 药我都停了 看看自己能活多久",
    "三千 跟同事说以后就拜托大家了 一切都安排好了",
    "一千五 偷偷攒了好多安眠药",
    "left the work group chat, everything is sorted now, 1,000",
]

NO_DISTRESS = [
    "budget breakdown: rent 600 food 250 bills 150",
    "the car breakdown cover is 9 a month, all in 1,050",
    "as long as im here ill pay 40, its not long till i retire",
    "try not to wake up the baby when you call, 1,200 a month",
    "halkan írok, hogy a gyerek ne ébredjen fel, havi 200",
    "看看这点钱能撑几天 工资四千",
    "老板说以后店里就拜托大家了 工资四千",
    "入冬前囤了好多感冒药 开销三千",
]

DISPUTES = [
    "the seller took my 200 deposit and then blocked me, pay 30 till its sorted",
    "卖家收了我的钱就把我拉黑了 先还零",
    "átutaltam neki a pénzt kártyával, aztán letiltott, 0 amíg ez nincs rendezve",
]

NO_DISPUTES = [
    "fizetésem 280, a férjem 250, de az övé nem az enyém",
    "my pay is 1,400, his is his not mine",
    "开销四千 哦不对 三千六 房租我多算了一次",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round38_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round38_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize("text", DISPUTES)
def test_a_seller_who_took_the_money_and_blocked_the_buyer_is_a_dispute(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize("text", NO_DISPUTES)
def test_a_partners_pay_or_ones_own_figure_counted_twice_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize("text", ["你们多算了一遍利息", "you charged me twice, thats not mine"])
def test_a_charge_counted_twice_by_the_bank_is_still_a_dispute(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    ("text", "language", "question", "meaning"),
    [
        ("rather sort it with a person on the phone, any time after 3", "en", "income", "person"),
        ("1,400, call me any time after 5", "en", "income", "1400"),
        ("is that before or after tax you want?", "en", "income", "help"),
        ("before or after tax? after tax its 1,400", "en", "income", "1400"),
        ("要税前还是税后的", "zh", "income", "help"),
        ("税前还是税后 税后是五千三", "zh", "income", "5300"),
        ("bruttó vagy nettó kell?", "hu", "income", "help"),
        ("我妈看不懂英文 能用中文吗", "en", "counter", "language:zh"),
        ("lehetne más nyelven? a magyart rosszul értem", "hu", "counter", "language"),
    ],
)
def test_requests_of_round38(text: str, language: str, question: str, meaning: str) -> None:
    reading = understanding(None).interpret(text, Question.at(question), language)
    assert reading.meaning == meaning
