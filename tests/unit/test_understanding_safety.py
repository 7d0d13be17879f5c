"""Round 21's kinds of dispute and distress, and the everyday talk that is neither.

A dispute said beside an amount or a choice is heard as the dispute; a complaint to a landlord
or about another matter, a bill already paid, a payment returned for want of funds are not.
"""

from __future__ import annotations

import pytest

from dialogs.understanding.rules import signals_dispute, signals_distress
from dialogs.understanding.rules.safety import names_another_debt, signals_paid_off


@pytest.mark.parametrize(
    "text",
    [
        # A merchant gone bust before delivering.
        "the shop closed down before the sofa ever arrived, so why is it on my bill",
        "1800. the furniture company went bust and i never got the table",
        "a bútorbolt csődbe ment és a szekrényt sosem szállították ki",
        "a webáruház tönkrement és sosem kaptam meg a tévét",
        "家具店倒闭了，我刷卡买的床一直没送来",
        "选2吧，不过卖家跑路了",
        # Insurance that should have paid, or was mis-sold.
        "i had cover on this card, the insurance should have paid out when i lost my job",
        "nothing, you sold me a policy i never needed, that was mis-selling",
        "a biztosítónak kellett volna fizetnie amikor beteg lettem",
        "rám sózták a biztosítást, azt adják vissza",
        "我办卡时买了还款保险，生病了本该保险公司来赔",
        "500，但是你们误导我办的分期保险费要退给我",
        # A payment reversed by the bank.
        "you reversed my payment of 300 last month and now say i'm behind",
        "a bank visszautalta a júniusi befizetésemet",
        "我上个月还的3000被银行退回了",
        "钱我还了，但是银行把转账撤回了",
        # Settled with a collector, wiped in a bankruptcy.
        "none. and this card was settled with Lowell back in 2019",
        "ezt a kártyát rendeztem a követeléskezelővel 2020-ban",
        "这张卡我2019年就跟催收公司和解结清了",
        "nem, a magáncsődömben ez is benne volt",
        "这笔在我个人破产时已经处理了",
        # Usury, interest called unlawful, a threat to the regulator.
        "about 900, and 34.9% apr is usury plain and simple",
        "are these fees even legal? feels like a loan shark",
        "40, and i'm writing to the ombudsman about your charges",
        "180 ezer, és ez a kamat uzsora",
        "三千左右，你们这利息跟高利贷一样",
        # A doubt of the amount beside an answer.
        "1300, but i really don't think the balance you quote is right",
        "320 ezer, de nem hiszem hogy ennyivel tartozom maguknak",
        "15 ezer, de a számlámon van egy előfizetés, amit soha nem kötöttem",
        # The same kinds in other words.
        "1100, and you charged my hotel booking twice",
        "30, not a penny more until you send me every statement",
        "1400. honestly i think this debt was wiped when i went bankrupt",
        "800 and that apr of yours isn't even legal",
        "20 and that's generous given lowell already got paid for this",
        "i had insurance on the card that should cover it",
        "2000 i guess but this debt doesn't look right to me",
        "fine but i doubt i owe half of that",
        "700, but i am far from convinced the balance you quote is accurate",
        "10 ezer, amíg nem küldik el az összes kivonatot",
        "3 hónap, de ennek a fele egy edzőterem, ahova sosem iratkoztam be",
        "170 ezer, és a maguk kamata nem is legális",
        "300 ezer, de szerintem ez az egyenleg nem valós",
        "一百，你们把所有账单寄给我之前就这么多",
        "选1，可你们给我办卡的时候我才17岁",
        "逾期？我请病假期间本来是保险负责还的",
        "三千，你们这年化36%是违法的",
        "六千，不过说实话我觉得这个欠款数不对",
        "temporary? you lot took my payment then sent it back, sort that first",
        "ask the insurers, they were meant to be paying this",
        "oh sure, 100 a month for a debt my IVA already dealt with",
        "ja persze, 10 ezer egy olyan tartozásra, amit a magáncsőd már rendezett",
        "暂时？你们先把退回来的那笔还款说清楚",
        "呵呵，每月一百还一笔个人破产已经清掉的债？",
    ],
)
def test_round21_kinds_of_dispute(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "whatever, 3, i won't be your problem for much longer",
        "950, i've been skipping meals so the kids can eat",
        "随便吧，选3，反正也轮不到我操心多久了",
        "同意吧，我一直是家里的拖累",
        "三千，我不打算再活下去了",
        "nem eszem rendesen, hogy a gyerekeknek jusson",
        "about 600 but i've not eaten in two days so the little one could",
        "一百。我给孩子们写好信了",
        "一千左右，我两天没吃饭了，留给孩子吃",
        "5 a month. i've stopped eating so my boy gets dinner",
        "900. my kids deserve better than a dad like me, they'd manage fine without me",
        "4410. please hurry i've got the pills out on the table",
        "the 6 month one, though i doubt i'll see the end of it",
        "90. a gyerekeimnek jobb apa kellene, megvannak nélkülem is",
        "10 ezer. elegem van ebből az életből",
        "a hat hónapos, bár kétlem hogy megérem a végét",
        "nem. semmi nem javul, és nem tudom, akarok-e még itt lenni",
        "一千三，说实话我希望明天别醒过来",
        "九百。孩子们没有我这样的爸爸会过得更好",
        "二十。我受够了这样活着",
        "同意。昨晚给孩子写了一封信，以防万一",
    ],
)
def test_distress_said_indirectly(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "my shop closed down before christmas",
        "the company i worked for went bust and i lost my job",
        "my car insurance is supposed to pay for the repairs",
        "I cancelled my payment to the gym",
        "it should be illegal how much rent costs",
        "the rent is 700 and i complained to my landlord about the mould",
        "yes. i did complain to the bank once about a branch closing but that's separate",
        "a cég csődbe ment és megszűnt a munkahelyem",
        "a lakbér 150, panaszt tettem a főbérlőnél a fűtés miatt",
        "elfogadom. a szolgáltatónál tettem panaszt egy számla miatt, de az már rendeződött",
        "nem a bank hibája, elfelejtettem befizetni",
        "a haztartas 700, de az nagyreszt a ferjeme, en 200-at keresek",
        "公司破产后我一直在处理债务",
        "我开的网店倒闭了",
        "我的付款因为余额不足被退回了",
        "房租2000，跟物业投诉过电梯的事",
        "同意。之前跟客服投诉过态度问题，已经处理好了",
        "我的卡过期了所以银行卡扣款失败",
        "房贷一直是家里的负担",
        "两个孩子都未成年，开销比较大",
        "the late fees are fair enough, that was my own fault",
        "1200, i complained to HR about my hours but nothing changed",
        "my shop went bust and the company never paid my last wages",
        "my pills are ready to collect at the pharmacy",
        "work will manage fine without me while i'm off sick",
        "50 until i get my contract renewed at work",
        "i will pay 40 until i get my statement next week",
        "not sure i owe anything to anyone else",
    ],
)
def test_everyday_talk_is_no_alarm(text: str) -> None:
    assert not signals_dispute(text)
    assert not signals_distress(text)


def test_a_bill_paid_already_is_not_the_debt_paid_off() -> None:
    assert not signals_paid_off("30 ezer, a rezsit és a banki díjakat már kifizettem")
    assert signals_paid_off("ezt már kifizettem tavaly")


def test_another_debt_paid_off_is_no_dispute_at_the_other_debts() -> None:
    assert names_another_debt("没有，手机分期去年还完了")
