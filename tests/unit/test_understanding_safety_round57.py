"""The kinds of distress, disputes and requests of round 57, and everyday talk near them.

Distress said beside a figure: wishing to go somewhere one does not come back from; deciding
whether to row or swim back; sharp things stuck into one's arms till they bleed; one's own hand
put in to hurt, deserved; "by the time you hear this"; how easy it would be to open the door or
step off; ending early better for everyone. Not distress: a trip one comes back from, deciding
whether to come back to work, pins stuck into a map, a nurse's jab, "by the time you read this
it will have gone through", how easy it would be to switch banks, a contract ending early.

Disputes: used while the card lay in a drawer; a payment booked to another customer; a settlement
promised on a call, paid, and more asked; paid off in a month named, the bank's word that it went.
Not disputes: a payment taken twice because the last had failed; a benefit not yet received.
Requests: which of two figures to write; whether a yearly bill counts in a month.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding.rules import signals_dispute, signals_distress
from dialogs.understanding.rules.safety import (
    asks_what_is_meant,
    says_not_disputed,
    signals_paid_off,
    without_money_strain,
)

DISTRESS = [
    "i keep looking at the ferries, wishing one went somewhere i wont come back from. 900",
    "bárcsak felszállnék egy vonatra valahová, ahonnan nem jövök vissza. 210",
    "真想坐上一班车去一个回不来的地方 工资三千二",
    "swam out past the buoys and floated there wondering whether to swim back. 60",
    "kiúsztam a tó közepére, és azon gondolkodtam, visszaússzak-e. 40",
    "划到水库中间 坐了半天 想着要不要划回去 两百",
    "i jab the staples into my hands at work till it bleeds, nobody notices. 300",
    "a varrótűket a karomba szúrom, amíg vérzik, senki nem látja. 150",
    "拿别针扎自己胳膊 扎到出血才停 一千",
    "held my own hand on the hob for a second, let it hurt, i deserve it. 200",
    "a saját ujjamat csuktam be az ajtóba, hadd fájjon, megérdemlem. 90",
    "疼就疼吧 我活该 开销两千",
    "recorded a message for my son, by the time you hear this i wont be here. 500",
    "írtam egy levelet a lányomnak, mire ezt olvasod, én már nem leszek. 120",
    "给女儿写了封信 等你看到这封信的时候 爸爸已经不在了 三千",
    "on the platform i think how easy it would be to just step off. income 1,100",
    "a hídon állva azt gondolom, milyen könnyű lenne leugrani. 260",
    "站在站台上想 多容易啊 往前迈出去就行了 四千",
    "the tests came back and i'm not going, ending it early is better for everyone. 700",
    "nem megyek vissza az orvoshoz, mindenkinek jobb lenne, ha hamarabb vége lenne. 180",
    "检查结果出来了 我不治了 干脆结束了对大家都好 五千",
]

NO_DISTRESS = [
    "the ferry goes somewhere i come back from every friday, pay 900",
    "deciding whether to come back to work after the baby, income 700",
    "wondering whether to walk back or get the bus, 5 a day",
    "pins stuck into the map at work mark each job, 1200",
    "the nurse jabs a needle into my arm for the vaccine, spending 400",
    "by the time you read this it will have gone through, 150",
    "how easy it would be to switch banks, income 1,600",
    "a munkahelyre járok, ahonnan este 8 előtt nem jövök haza, 300",
    "milyen egyszerű lenne kilépni a munkahelyemről, 280",
    "mire ezt olvasod, már át is utaltam, 40",
    "等你看到这条消息的时候 钱应该已经到账了 两千",
    "合同早点结束 收入就没了 四千",
    "the job on the bridge crew pays 1,200",
    "falling behind on the gas bill, 70",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round57_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round57_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "nem tudom, lehet, hogy több, majd szólok",
        "i don't know, could be more, ill check the app",
        "不知道 可能更多 我再看看",
    ],
)
def test_round57_a_figure_not_known_is_set_aside_before_the_classifier(text: str) -> None:
    assert without_money_strain(text) is not None


DISPUTES = [
    "somebody spent 600 at a garage while my card was in my wallet the whole night",
    "valaki 200 ezret költött, miközben a kártyám otthon volt a fiókban",
    "卡一直在我家抽屉里 怎么会在外地刷了三千",
    "my payment was credited to another customer by your branch, i am not in arrears",
    "a befizetésemet egy másik ügyfélhez könyvelték, nem tartozom",
    "我还的钱被记到别人账上了 我没逾期",
    "your agent said paying 2,000 would settle it, i paid, and now you want 800 more",
    "我有通话录音 你们当时说的清清楚楚",
    "客服说好还五千就结清 我还了 现在怎么又要我还两千",
    "i have the recording of the call where you agreed it",
    "megvan a telefonos hangfelvétel, amikor megígérték",
]


@pytest.mark.parametrize("text", DISPUTES)
def test_round57_a_card_in_a_drawer_or_a_payment_booked_elsewhere_is_disputed(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "i paid the balance off in march, it's done",
        "the bank confirmed the transfer went to you last week",
        "májusban kifizettem az egészet",
        "三月份就已经还清了",
    ],
)
def test_round57_paid_off_in_a_month_named_is_paid_off(text: str) -> None:
    assert signals_paid_off(text)


NOT_DISPUTES = [
    "a lakáshitel 60, de most kétszer vonták le, mert a múltkor nem volt rajta fedezet",
    "the loan came out twice this month because the last one bounced, 90",
    "车贷这个月扣了两次 因为上个月余额不足没扣成 一千二",
    "a gyár bezárt, azóta semmi, a végkielégítést még nem kaptam",
]


@pytest.mark.parametrize("text", NOT_DISPUTES)
def test_round57_a_payment_taken_again_or_pay_not_yet_received_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


def test_round57_a_payment_taken_again_is_said_not_disputed() -> None:
    assert says_not_disputed("kétszer vonták le, mert a múltkor nem volt fedezet")


@pytest.mark.parametrize(
    "text",
    [
        "a tartozás összegét írjam, vagy a törlesztőt?",
        "should i put the balance or the monthly payment?",
        "写欠款总额还是写每月还的？",
    ],
)
def test_round57_which_of_two_figures_to_write_asks_what_is_meant(text: str) -> None:
    assert asks_what_is_meant(text)
