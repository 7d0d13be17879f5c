"""The kinds of distress, disputes and requests of round 56, and everyday talk near them.

Distress said beside a figure: wishing another would do it; not knowing what is happening to
oneself; hoping an illness is the fatal kind; a goodbye said as the last, because it may be; a
child's day ahead one could not answer for; nothing at all managed any more; sorry to have been
caught alive; oneself hurt because one deserved it; a painless way looked up; oneself rubbed out
of the family picture. Not distress: wanting a thing bought, not knowing what is happening with
the pay, hoping a lump is not cancer, the last payment, a party one will be at, sorry the car
broke, shooting oneself in the foot, a painless dentist, a photo cropped, a bridge job.

Disputes: a court said it need not be paid; a small balance left that grew since. Not disputes:
takings through the till, a bill paid from another's account or card, paid back by a partner, a
loan the firm pays, the employer paying in one's name, no money without work. Requests: a real
adviser; the other language's words not read; whether a thing goes into a figure.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding.rules import signals_dispute, signals_distress
from dialogs.understanding.rules.intents import Intent, read_intent, read_language_named
from dialogs.understanding.rules.safety import (
    asks_what_is_meant,
    says_not_disputed,
    without_money_strain,
)

DISTRESS = [
    "a car came at me on the crossing and part of me wanted it to hit me. rent 450",
    "egy részem azt akarta, hogy elüssön a busz, 90 ezer",
    "那辆车冲过来的时候 我有点希望它撞死我 房租一千二",
    "slept in the car at the retail park, i don't know what's going on with me. income 900",
    "nem tudom, mi történik velem, egész nap ültem a kocsiban. 200",
    "我不知道自己怎么了 一整天坐在车里 工资三千",
    "hoping the scan comes back as cancer, at least then it stops. 300",
    "remélem, hogy a lelet rosszindulatú, akkor vége lenne. 150",
    "我巴不得检查结果是恶性的 收入两千",
    "hugged my mum at the station, said it might be the last time as it may well be. 200",
    "utoljára öleltem meg anyut a vonatnál, mert lehet, hogy tényleg az volt. 60",
    "在车站抱了我妈 像最后一次 因为可能真的是 两千",
    "my son asked whether i'll be there for his birthday and i couldn't answer. 80",
    "a lányom megkérdezte, ott leszek-e a ballagásán, és nem tudtam mit mondani. 40",
    "女儿问我会不会去她毕业典礼 我答不上来 一千",
    "cant get a single thing done for weeks, dishes everywhere. 500",
    "hetek óta nem bírok semmit megcsinálni, 120 ezer",
    "好几个星期了 什么事都做不动 开销两千",
    "shame i survived the crash on the bypass. 350",
    "kár, hogy túléltem a balesetet, 0",
    "可惜没撞死 收入零",
    "punched myself in the face because i deserved it, 60",
    "megvágtam magamat a késsel, mert megérdemeltem. 30",
    "拿烟头烫自己 活该 一千五",
    "read up on painless ways to go instead of doing the budget. 700",
    "fájdalommentes halál módjait olvastam egész éjjel, 80",
    "半夜在网上搜什么死法不痛 三千",
    "cropped myself out of the wedding photo, they look happier. 400",
    "kiradíroztam magam a családi képről, 90",
    "把自己从合照里剪掉了 开销一千",
]

NO_DISTRESS = [
    "part of me wanted to buy the car outright, spending 600",
    "i don't know what's happening with my pay this month, 1,100",
    "nem tudom, mi történik a fizetésemmel, 300",
    "hoping the lump is not cancer, the scan is friday. 300",
    "remélem, hogy nem rosszindulatú, jövő héten derül ki. 150",
    "希望不是恶性的 下周出结果 两千",
    "this is the last time i use that shop because it is dear. 80",
    "最后一次还款是上个月 三千",
    "my son asked if i'd be at his match and i said yes. 80",
    "kár, hogy elromlott a kocsi, 200",
    "shame the police stopped me for speeding, fine was 100",
    "i shot myself in the foot taking that loan, 250",
    "a painless dentist visit cost 90",
    "cropped the photo for my passport, 75",
    "got a job on the bridge crew, income 1200",
    "the window cleaner works off a ledge at work, pay 900",
    "i'm falling behind on the water bill, 60",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round56_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round56_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "we went over the bills instead of going to bed. 800",
        "if i gave up smoking id save a bit but i cant manage it. 900",
        "tips are whatever the regulars leave, 1,000 base",
        "150, ha nem jön semmi váratlan",
        "benne van a gyerek cucca is, hogy mennyi, azt nem tudom",
    ],
)
def test_round56_money_talk_is_set_aside_before_the_classifier(text: str) -> None:
    assert without_money_strain(text) is not None


DISPUTES = [
    "the judge said at the hearing i do not need to pay this card",
    "a bíróság kimondta, hogy nem kell visszafizetnem, mégis írnak",
    "法院判了我不用再还 你们还催",
    "只剩两百多没还 怎么突然变成八千了",
]


@pytest.mark.parametrize("text", DISPUTES)
def test_round56_a_court_or_a_grown_balance_is_disputed(text: str) -> None:
    assert signals_dispute(text)


NOT_DISPUTES = [
    "about 3,000 a week goes through the till but thats not mine, i take 400",
    "the phone is paid out of my brothers account so not mine, food 200",
    "a lányom utalt vissza 20-at, amit kölcsönkért, marad 160",
    "a munkáltató utal a nevemben a pénztárba 15-öt, kézhez 300",
    "a furgon lízingjét a bt fizeti, az nem az enyém, nekem 40",
    "没有活哪来的钱 这个月零",
]


@pytest.mark.parametrize("text", NOT_DISPUTES)
def test_round56_anothers_money_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "same as i said before, minus the loan",
        "ugyanaz, mint korábban",
        "跟刚才说的一样",
        "房贷每个月从我妈卡上自动扣",
        "the loan comes out of my dad's card every month",
        "a hitel anyám számlájáról megy le",
        "part of the 900 is my sister paying me back for the flights",
        "ebből 30-at a lakótársam utalta vissza",
        "里面有两百是室友转回给我的",
    ],
)
def test_round56_a_figure_referred_back_or_paid_by_a_relative_is_not_disputed(text: str) -> None:
    assert says_not_disputed(text)


@pytest.mark.parametrize(
    "text, language",
    [
        ("i'd prefer an actual adviser, the bot is no use", "en"),
        ("egy igazi ügyintézővel szeretném megbeszélni", "hu"),
        ("我想找真正的客服谈谈", "zh"),
    ],
)
def test_round56_a_real_adviser_asks_for_a_person(text: str, language: str) -> None:
    assert read_intent(text, language) is Intent.PERSON


def test_round56_the_other_languages_words_not_read_leave_the_one_asked() -> None:
    assert read_language_named("能用中文吗 英文的短信我看不懂") == "zh"
    assert read_language_named("可以说英语吗 匈牙利语的内容我都不明白") == "en"


@pytest.mark.parametrize(
    "text",
    [
        "孩子的学费要不要算进开销里",
        "房东退的押金需要计入收入吗",
        "should the bonus my boss gives go in my income?",
        "a gyerektartást bele kell számolni a bevételbe?",
    ],
)
def test_round56_whether_a_thing_goes_into_a_figure_asks_what_is_meant(text: str) -> None:
    assert asks_what_is_meant(text)
