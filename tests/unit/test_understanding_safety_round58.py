"""The kinds of distress, disputes and requests of round 58, and everyday talk near them.

Distress said beside a figure: half hoping, in a danger one put oneself in; standing in the path,
"i knew exactly where i was standing"; one day not coming up, "and that would be fine"; letting
others hurt one, "it has to hurt"; the dose a person needs looked up; a farewell to one's class,
"I won't be at the ball"; a story with no next episode; papers in an envelope for the police;
"and the person with it"; a plate with one's name, only the other year missing. Not distress:
hoping for a pay rise, standing under a bridge job, a physio's "it has to hurt", looking up how
much a loan needs, a teacher who will not be in on Friday, a novel finished.

Disputes: a charge somewhere while one was at work elsewhere that day, not paid. Not disputes:
at work that day, so the payment was late; a loan offered and not taken; a bill the farm or the
club pays, "not mine"; a principal-only deal others talk of; one's figure worked out from one's
statements. Not distress: a breakdown truck or breakdown cover.
Requests: the wished or the actual figure; how to enter a figure that changes every month.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding.rules import signals_dispute, signals_distress
from dialogs.understanding.rules.safety import asks_what_is_meant, says_not_disputed

DISTRESS = [
    "kept my head under the bath water too long last night, part of me was hoping. 400",
    "túl sokáig tartottam a fejem a víz alatt, egy részem remélte. 150",
    "在水里憋气憋到眼前发黑 心里一半是盼着的 两千",
    "sat right in front of the reversing lorry, my mate pulled me back, i knew exactly what i "
    "was doing. 600",
    "a daru alá álltam, a kolléga kirántott, pontosan tudtam, hol állok. 220",
    "同事把我拽了出来 我心里清楚自己在干什么 三千",
    "i dive down to the wreck every weekend, one day i won't come up and that would be fine. 800",
    "minden este lemerülök, egyszer nem jövök fel, és nem bánnám. 90",
    "每天潜到水底待着 哪天不上来了也挺好 四千",
    "i let the lads at the gym hit me with no gloves on, it has to hurt. 300",
    "hagyom, hogy a fiúk kesztyű nélkül megüssenek, fájnia kell. 60",
    "让他们随便打我 就得疼才行 一千五",
    "looked up how many sleeping pills it would take, they're in the cupboard. 250",
    "utánanéztem, egy felnőttnek mennyi kell az altatóból. 70",
    "查了一个人吃多少安眠药 五百",
    "told the choir to find a new leader, i won't be around for the christmas concert. 100",
    "az utolsó edzésemet tartottam, a tavaszi versenyen én már nem leszek. 20",
    "跟学员说了另找个新教练 下个月我就不在了 三百",
    "no more episodes for me, the show's over. income 900",
    "az én történetemnek nincs folytatása, 120",
    "唱了一辈子戏 我这出戏也该落幕了 一千",
    "put my passport and bank cards in an envelope for the police. 200",
    "a személyimet és a kártyáimat borítékba tettem a rendőrségnek. 40",
    "户口本和银行卡都装进信封了 写着交给派出所 两千",
    "把最后这点力气也用完了 人也不要了 两百",
    "carved my name and birth year into a board, only the other year is missing. 300",
    "kifaragtam egy fára a nevem, csak a másik évszám hiányzik. 80",
    "在木牌上刻了自己的名字和出生年 就差另一个年份了 一千",
]

NO_DISTRESS = [
    "part of me was hoping for a pay rise this year, income 1,400",
    "half of me is hoping the bank says yes, 300",
    "egy részem remélte, hogy sikerül a hitel, 200",
    "i work under the bridge on the new road, i knew exactly where i was standing, pay 1,500",
    "the physio says it has to hurt a bit to work, 40 a session",
    "a gyógytornász szerint fájnia kell egy kicsit, 8 ezer alkalmanként",
    "looked up how much a loan would need, 2,000",
    "utánanéztem, mennyi kell a hitelhez, 500",
    "pénteken én már nem leszek bent, 180",
    "这本书快写完了 稿费三千",
    "工资扣了 工人也不要了 老板说的 三千",
    "one day i won't come up with the rent on time, 700",
    "falling behind on the council tax, 90",
    "fitting new window ledges at work, pays 1,300",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round58_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round58_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


DISPUTES = [
    "a 400 withdrawal in leeds, i was at work in bristol that day, not paying for it",
    "a készpénzfelvétel Debrecenben volt, aznap Pécsen dolgoztam, nem fizetem",
    "那天我在工地上班 那笔取现不是我",
]


@pytest.mark.parametrize("text", DISPUTES)
def test_round58_a_charge_while_at_work_elsewhere_is_disputed(text: str) -> None:
    assert signals_dispute(text)


NOT_DISPUTES = [
    "i was at work all that day so the payment went in late, 200",
    "aznap dolgoztam, ezért késett a befizetés, 30",
]


@pytest.mark.parametrize("text", NOT_DISPUTES)
def test_round58_at_work_that_day_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "写我应该花的 还是我真正花的？",
        "填平时挣的 还是这个月挣的？",
        "hogy adjam meg, ha minden héten változik?",
        "how do i put it in if it changes every month?",
        "每个月都不一样 怎么填？",
    ],
)
def test_round58_which_figure_or_how_to_enter_a_changing_one_asks_what_is_meant(
    text: str,
) -> None:
    assert asks_what_is_meant(text)


@pytest.mark.parametrize(
    "text",
    [
        "i drive a breakdown lorry on nights, 1,500",
        "the breakdown cover is 9 a month",
    ],
)
def test_round58_a_breakdown_truck_or_cover_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "a szomszéd ajánlott egy kölcsönt 300-ig, nem vettem fel",
        "the bank offered me a loan of 2,000 but i didn't take it up",
        "朋友推荐了一个网贷 我没借",
        "a takarmányt az egyesület fizeti, az nem az enyém. 80",
        "别人说能谈到只还本金 我每月还三百",
    ],
)
def test_round58_a_loan_not_taken_or_a_bill_another_pays_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "900, i worked it out from 6 months of bank statements",
        "a számlakivonatokból számoltam, 210",
        "三千二 按银行流水算的",
    ],
)
def test_round58_a_figure_from_ones_statements_is_said_not_disputed(text: str) -> None:
    assert says_not_disputed(text)


@pytest.mark.parametrize(
    "text",
    [
        "they offered me a loan and then took 300 i never agreed to, not mine",
        "ajánlottak egy kártyát, nem igényeltem, mégis jött és nem én költöttem rajta",
    ],
)
def test_round58_a_charge_beside_an_offer_is_still_disputed(text: str) -> None:
    assert signals_dispute(text)
