"""The kinds of distress and dispute of round 34, and everyday talk near them.

Distress said beside a figure: one's arrangements made; no one left to deal with one, an accident
all but welcomed; how quick letting go would be; a note so that someone knows it was not their
fault; the pet given away and the room cleared; the engine running in a shut garage; no one to wait
for one any more; a railway without a fence looked up; an illness left untreated, going early for
the better; one's own funeral or grave paid for, needed soon anyway. A dispute: the card's details
tricked out with a link. Not alarms: arrangements made with the council, dinner not waited for
tonight, a mother who would "kill me" if a gift were called income, money that is the children's,
an app's cut that is not one's spending, never having borrowed a penny.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding.rules import signals_dispute, signals_distress


@pytest.mark.parametrize(
    "text",
    [
        "rent 700 and that's it, i've made my final arrangements",
        "nobody will have to look after me soon, food is 200",
        "240 ezer, senkinek nem kell majd törődnie velem",
        "三千 以后就没人需要照顾我了",
        "1,300. one more crash on the bike and i'd almost welcome it",
        "2,100. on the roof i keep thinking how easy it would be",
        "kb 300, mindig arra gondolok, milyen könnyű lenne elengedni a korlátot",
        "四千 站在楼顶想着松手多容易",
        "80 a month. wrote to my brother so he knows it wasn't his fault",
        "havi 20, írtam a fiamnak, hogy nem az ő hibája",
        "每月五百 给儿子留了张纸条 不是他的错",
        "gave my dog to my neighbour and cleared out my room, bills are 300",
        "kb 150, elajándékoztam a kutyát, ha már nem leszek, ne legyen gond vele",
        "狗送人了 屋子也收拾干净了 开销一千",
        "some nights i sit in the garage with the engine on, rent is 500",
        "a garázsban ülök esténként, jár a motor, a rezsi 40",
        "车库里车一直打着火 我就坐在里面 开销两千",
        "told mum not to set a place for me at christmas any more, income 0",
        "nincs jövedelmem, mondtam anyának, ne várjon rám soha többé",
        "从此别等我回家吃饭了 收入没有",
        "700, i looked up where the train line has no fencing",
        "150 ezer, utánanéztem, a vasúton hol nincs korlát",
        "开销三千 在查哪段铁路没有围栏",
        "60 a month, it's best if i go sooner anyway",
        "havi 10, könnyebb, ha hamarabb megyek",
        "每月三百 癌症我不准备治了",
        "paid for my own funeral, won't be long now, 900 a month",
        "a saját temetésemet kifizettem, hamarosan úgyis szükség lesz rá, 120 ezer",
        "自己的墓地都买好了 早晚用得上 每月两千",
    ],
)
def test_round34_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "rent 600. i've made arrangements with the council to pay the arrears",
        "rent 700, dont wait for me for dinner tonight, working late",
        "今晚加班 饭别等我了 开销三千",
        "1,500, my nan would kill me if i counted her birthday money",
        "a buyer fell at the market and i'd almost forgotten it, 300 a month",
        "picked a coffin out for a client today, 30 for the dry cleaning",
        "gave the dog to my ex in the split, rent 650",
        "the engine on my van is running rough, the garage wants 300",
    ],
)
def test_round34_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "a kártyám adatait egy hamis vevő csalta ki, 90 ezret költöttek róla",
        "a bank adataimat egy sms-ben csalták ki, azt nem fizetem",
    ],
)
def test_round34_dispute_beside_a_figure_is_a_dispute(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "the child benefit is the kids money not mine, my wage is 1,200",
        "her pension, not mine, i get 700",
        "the agency takes its fee first so thats not my spending, rent 600",
        "none, never borrowed a penny in my life",
        "never borrowed a pound from anyone, so 0",
    ],
)
def test_round34_everyday_talk_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)
