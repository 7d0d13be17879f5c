"""The kinds of distress and dispute of rounds 32 and 33, and everyday talk near them.

Distress said beside a figure: the limb named before the cutting, again or with a blade; one day
not braking before a barrier; nothing left owing after one; a rope bought and where to hang it
thought out; the height of a bridge looked up; nearly not come back on purpose; the will and the
passwords told to someone who does not know why yet. Disputes: charges put on the card by
mistake; the card used by an agent who ran off with it, a case opened by the police. Not alarms:
a cut or a crash told as an accident, things tidied after oneself, a widow's pension after a
husband's, a figure like a husband's, a truck that is the company's.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding.rules import signals_dispute, signals_distress


@pytest.mark.parametrize(
    "text",
    [
        # the limb named before the cutting
        "kb 190 ezer, a combomat újra megvágtam tegnap éjjel",
        "a csuklómat megvágtam a borotvával, a lakbér 120",
        "rent is 600. my wrists, i cut them again last night",
        "two grand. my legs, slashed them with a razor after the letter came",
        "四千二 手腕又用刀片划了",
        "大腿上再割了几道 开销三千",
        # one day not braking before a barrier
        "két hitel, 30 és 45, egyszer nem fogok fékezni a hídpillér előtt",
        "loan is 150, some days i think i just won't brake before the bridge and that's the end",
        "车贷两千 哪天不踩刹车就好了",
        # nothing left owing after one
        "mindent rendbe tettem, ne maradjon utánam tartozás a gyerekeknek",
        "sorted the will, so no debt is left behind when i'm gone, 200 is all i have",
        "后事都想好了 不给孩子留债",
        # a rope bought and where to hang it thought out
        "loans 300. bought a strong rope, already know where to hang it",
        "vettem egy erős kötelet, már tudom hova kötöm fel",
        "车贷三千 买了一根绳子 已经想好挂哪了",
        # the height of a bridge or a building looked up
        "rent 650. googled how high the bridge on the bypass is",
        "kb 180, megnéztem milyen magas a panelház teteje",
        "开销三千 查了一下那座桥有多高",
        # nearly not come back on purpose
        "1,200. went swimming off the pier and nearly didnt come back on purpose",
        "szándékosan úsztam be messzire, majdnem nem jöttem vissza",
        "工资四千 昨天出海差点故意不回来了",
        # the will and the passwords told to someone who does not know why yet
        "none. showed my son where my will is and all my passwords, he doesnt know why yet",
        "nincs. a húgomnak megmondtam hol a végrendeletem, még nem tudja miért",
        "没有 把所有密码都告诉我妹了 她还不知道为什么",
    ],
)
def test_round32_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "a lábamat megvágtam egy üvegszilánkkal a strandon, 20 ezer volt az orvos",
        "the lorry behind didn't brake in time, the repair loan is 300 a month",
        "前面的车没踩刹车 撞了我的车 修车花了三千",
        "kitakarítok, hogy ne maradjon utánam rendetlenség, a rezsi 40",
        "there's nothing left after me paying rent, about 20 quid",
        "checked how high the ceilings are for the new flat, rent 700",
        "gave my daughter my passwords so she can do my online shopping, 40 a month",
        "买了根跳绳 每月开销两千",
    ],
)
def test_round32_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "nothing, those gym payments were taken from my card by mistake and i want them back",
        "a biztosító tévedésből terhelte a kártyámra a díjat, nem fizetek",
        "这几笔是商户误刷到我卡上的",
        "the agent i paid ran off with my card, police gave me a crime reference",
        "az ügyintéző elvitte a kártyámat és eltűnt, a rendőrség már nyomoz",
        "代办的人拿着我的卡跑了 派出所已经受理了",
    ],
)
def test_round32_charges_not_made_are_disputes(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "öregségi nyugdíj 180, az özvegyi a feleségem után 45",
        "kb annyi mint a párom, 260",
        "a kocsi nem az enyém hanem a cégé, csak a diákhitel van, 15 ezer",
        "the van isn't mine, it's the firm's, so just the phone at 30",
        "借了点高利贷 每月还一千",
    ],
)
def test_round32_calm_answers_are_no_dispute(text: str) -> None:
    assert not signals_dispute(text)
