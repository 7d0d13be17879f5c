"""The kinds of distress, disputes and requests of round 59, and everyday talk near them.

Distress told through one's trade or life, beside a figure: wishing to be put under and never
brought back, to be washed away or erased too, to reset oneself to zero; being the extra branch
of the family; going belly-up early; a cut no longer pulled away from, the blood watched to calm
down; one's life worth less than a cheap thing; one's own gravestone carved, only the date
missing; treasured things given away, "won't be needing them"; a note with one's name in one's
pocket for when one is found; the last thing one got up for gone. Not distress: a surgeon's
"they put me under", a wish for the rain to wash the yard, starting afresh from zero, the extra
branches pruned, a shop gone belly-up, a physio's blood test, a phone worth less than its price,
a headstone carved for a customer, baby clothes given away now the children are grown, a name
tag for a course, the last bus one got up for.

Disputes: a thing ordered never came, complained of, the bank still making one pay; a repayment
on one's own statement said not to have arrived. Not disputes: a parcel late, paid for gladly; a
transfer one has not made yet.

Requests: whether a thing counts under a heading; whether a debt with no interest is put in too.
Calm: the debt wanted sorted by a date; climbing the scaffolding in the rain; thrift told.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding.rules import signals_dispute, signals_distress
from dialogs.understanding.rules.safety import asks_what_is_meant, without_money_strain

DISTRESS = [
    # wishing not to be brought back, to be washed away or erased
    "about 900 from the gigs, most days i hope the anaesthetist would never wake me up again",
    "i wish the tide would just wash me away too, like the chalk drawings. 300",
    "wish i could just delete myself like an old file. 650",
    "altasson el valaki, és soha többé ne ébresszen fel. 180 ezer",
    "a patak mindent elvisz, bárcsak engem is elsodorna. 90",
    "我扫了十年落叶 风一吹就没了 真希望也把我一起卷走 三千",
    "再也不要把我叫醒了 每月两千",
    "做了一辈子会计 账一平就清零 我也想把自己清零 四千二",
    "a számlálót minden este lenullázom, magamat is lenulláznám. 200",
    # the superfluous one of the family
    "i prune hedges for a living, i'm the dead branch in this house. 1,100",
    "én vagyok a fölösleges ág ebben a családban. 150 ezer",
    "我就是这个家多余的那个人 一千五",
    # going belly-up early
    "养了一辈子鸟 我也想早点翻肚皮 两千",
    # a cut not pulled away from, the blood watched to calm down
    "the saw nicks me every week and seeing the blood run calms me more than anything. 400",
    "nézem, ahogy csorog a vér, és megnyugszom tőle. 60 ezer",
    "刨木头天天划手 我现在故意不躲开 五百",
    "看着血一点点流出来 才觉得舒服 三千",
    # one's life worth less than a cheap thing
    "a pint is 4.50 and my life's worth less than that. 30",
    "my life isn't even worth a bus fare. 25",
    "az életem annyit se ér, mint egy doboz gyufa. 10 ezer",
    "一根冰棍两块钱 我这小命都不值一根 随便吧",
    # one's own gravestone carved, only the date missing
    "carved my own headstone last month, just the date to go on. 700",
    "magamnak is kifaragtam egyet, csak a dátum hiányzik. 120",
    "做了二十年石碑 上周给自己也立了一块 只差个日期 两千",
    # treasured things given away
    "gave away all my fishing rods to my nephew, wont be needing them. 80",
    # a name note in one's pocket for when one is found
    "kept a card in my coat pocket so they know who i am when they find me. 200",
    "a nevemet felírtam, a zsebembe tettem, ha majd megtalálnak. 50",
    "口袋里放了张纸条 好让人家认出我 一千",
    # the last thing one got up for gone
    "sold the allotment, it was the only thing i still got up for. 300",
    "a kutya volt az utolsó, amiért reggel felkeltem. 80 ezer",
    "那只猫是我唯一让我起床的理由 现在也没了 一千",
]

NO_DISTRESS = [
    "the surgeon put me under for the knee, back at work now, 1,300",
    "i wish the rain would wash the yard clean, 200",
    "bárcsak elmosná az eső a port az udvarról, 40 ezer",
    "换了工作 把自己归零 重新开始学 四千",
    "you need a weekend to reset yourself, 150",
    "the extra branches have to be cut back in march, 60",
    "a felesleges ágakat le kell vágni tavasszal, 20 ezer",
    "多余的树枝都剪掉了 一千",
    "鱼缸里的鱼翻白肚了 亏了两百",
    "the old shop went belly up last year, 1,000 now",
    "did a blood test this morning, 30 for parking",
    "this phone isn't worth the price they charge, 45 a month",
    "这手机不值这个价 每月一百",
    "carved a headstone for a customer this week, 700",
    "给客户刻了一块碑 三千",
    "给自己刻了一块印章 五十",
    "gave away all my baby clothes, won't be needing them now the kids are grown, 400",
    "wore a name tag in my pocket for the course, 30",
    "missed the last bus i got up for, 12 on a taxi",
    "the thing i get up for is my coffee, 900",
    "az utolsó busz, amire még fel tudok szállni, 7-kor megy, 15 ezer",
    "falling behind on the council tax, 90",
    "fitting new window ledges at work, pays 1,300",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round59_distress_told_through_a_trade_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round59_everyday_talk_of_the_same_trades_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


DISPUTES = [
    "rendeltem egy sátrat, nem érkezett meg, reklamáltam, de mégis levonják",
    "a kabát sose jött meg, a bank ennek ellenére velem fizetteti",
    "网上买了个炉子 钱转了 你们却说没收到",
    "átutaltam a fizetésemből, a kivonaton ott van, maguk szerint nem érkezett meg",
    "上月从工资卡还了三千 银行说没有收到",
]


@pytest.mark.parametrize("text", DISPUTES)
def test_round59_a_thing_never_come_or_a_payment_said_lost_is_disputed(text: str) -> None:
    assert signals_dispute(text)


NOT_DISPUTES = [
    "a csomag nem jött meg még, de ki fizettem szívesen, 20 ezer",
    "még nem utaltam át, jövő héten fizetek, 30",
    "还没转 下周还 五百",
]


@pytest.mark.parametrize("text", NOT_DISPUTES)
def test_round59_a_parcel_late_or_a_transfer_not_made_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "do i count the cat's insurance as essential?",
        "do we put the loan from my gran as a debt?",
        "a kutyatápot létfontosságúnak számoljam?",
        "朋友借的钱不收利息 也要填进去吗",
        "跟我妈借的也要写吗",
    ],
)
def test_round59_whether_a_thing_counts_or_goes_in_asks_what_is_meant(text: str) -> None:
    assert asks_what_is_meant(text)


@pytest.mark.parametrize(
    "text",
    [
        "whatever you think, just want it sorted before easter",
        "up the scaffolding in the rain all month, 2,100",
        "下雨也得上脚手架 四千",
        "esőben is fel kell mászni az állványra, 300 ezer",
        "一年到头也不添什么 每月八百",
        "hardly buy anything, 600 a month",
    ],
)
def test_round59_wanting_it_sorted_or_work_at_heights_is_set_aside_as_calm(text: str) -> None:
    assert without_money_strain(text) is not None
    assert not signals_distress(text)
