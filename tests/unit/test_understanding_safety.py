"""The kinds of dispute and distress of rounds 21 to 23, and the everyday talk that is neither.

A dispute said beside an amount or a choice is heard as the dispute; a complaint to a landlord
or about another matter, a bill already paid, a payment returned for want of funds are not.
Means and preparations said plainly (a rope, pills saved up, the engine in the garage, the pet
given away) are distress beside any answer; a charge said to be wrong (a cash machine that paid
nothing, a refund or deposit never credited, a rate above the contract's) is a dispute. A car
engine that broke, a will written long ago, a refund that came through are neither.
"""

from __future__ import annotations

import pytest

from dialogs.domain.vocabulary import Cause
from dialogs.understanding.rules import (
    read_cause,
    read_temporary,
    says_dont_know,
    says_think_it_over,
    signals_dispute,
    signals_distress,
    signals_refusal,
)
from dialogs.understanding.rules.intents import (
    Intent,
    consults_ones_own,
    read_intent,
    read_language_named,
)
from dialogs.understanding.rules.safety import (
    asks_what_is_meant,
    names_another_debt,
    says_not_disputed,
    signals_paid_off,
    without_money_strain,
)


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


# --- Round 22 ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "450. i keep going out to sit in my car in the garage with the engine running",
        "there's a rope up in the loft and i keep thinking about it",
        "i've been saving up my sleeping pills for weeks",
        "stopped taking my antidepressants a month ago, no point",
        "yes fine, after this i'm driving out to the cliffs",
        "some nights i just want to walk into the sea",
        "left a letter for my kids on the table",
        "gave my dog to my neighbour yesterday, he'll be better there",
        "haven't slept in four days and i keep hearing voices",
        "started cutting again last week",
        "the kids are at my mum's, tonight i end it",
        "booked a hotel room for tonight so the kids won't find me",
        "300, i was shaking and crying at my desk all morning",
        "a garázsban ülök a kocsiban, és arra gondolok, hogy járatom a motort",
        "vettem egy kötelet, a padláson van",
        "hetek óta gyűjtöm az altatókat",
        "abbahagytam a gyógyszereimet, minek",
        "legszívesebben besétálnék a Dunába",
        "elajándékoztam a macskámat, már nem kell",
        "megírtam a búcsúlevelet a gyerekeknek",
        "megint vagdosom magam",
        "我攒了一抽屉的安眠药",
        "药我都停了，吃不吃都一样",
        "我把狗送人了，反正以后也养不了了",
        "晚上老听到有人说话，好几天没睡了",
        "今晚把孩子送到奶奶家，我就了结",
        "sat in the garage last night with the car running",
        "my tablets are all saved up in a drawer",
        "holnap kimegyek a sziklákhoz",
        "whatever, my wife will collect the life insurance anyway",
        "i've decided tonight's the night",
        "反正老婆能拿到保险金",
        "药我已经囤够了",
    ],
)
def test_means_and_preparations_are_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "3, as long as you reverse the cash machine charge from Madrid",
        "the atm in Rome never gave me any money but it's on my statement",
        "I'll pay 40 once you apply the refund from the holiday company",
        "the refund from the airline still hasn't been credited",
        "the car hire deposit should have been released weeks ago",
        "my agreement says 22% interest but you are charging 39%",
        "my son's game purchases are not something i will pay for",
        "we set up a plan in march and i paid every month so i'm not in arrears",
        "i am not paying my late father's card",
        "a bécsi automata nem adott ki pénzt, de levonták",
        "a szerződésben 24% a kamat, de önök 36%-ot számolnak",
        "a letiltás utáni vásárlásokat nem fizetem",
        "a foglaló zárolását fel kellett volna oldani",
        "nem vállalom a nagymamám tartozását",
        "取款机没吐钱，却扣了我两千",
        "航空公司的退款一直没到账",
        "你们收的利率比合同上的高",
        "儿子玩游戏充的钱不算我的",
        "还车以后一个月才扣的修理费我不认",
        "我不替去世的丈夫还债",
        "that penalty only exists because you changed my payment date without asking",
        "a késedelmi díjat azért kaptam, mert önök átállították a határidőt",
        "你们私自改了还款日，才产生的滞纳金",
        "the shop sold it to me as interest free and now it's 29 percent, that's mis-selling",
        "the 0% balance transfer offer was never applied",
        "you're charging interest well above what my agreement says",
        "these payments went through after i reported the card stolen",
        "that debt belonged to my late wife",
        "there is no signed agreement, so it's unenforceable",
        "az autókölcsönző utólag terhelte rám a kárdíjat",
        "ezt a kártyát elveszettnek jelentettem be",
        "挂失以后还被刷了三笔",
        "业务员说免息，结果现在每个月都收利息，这是误导销售",
    ],
)
def test_wrong_charges_are_a_dispute(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "my husband will get the life insurance from work if anything happens",
        "i pay more than my contract says because i overpay",
        "my limit went up without anyone asking me but i'm not complaining",
        "a keretemet a megkérdezésem nélkül emelték, de rendben van",
        "孩子们能拿到保险金的话我也放心了",
    ],
)
def test_asides_near_those_words_are_no_alarm(text: str) -> None:
    assert not signals_dispute(text)
    assert not signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "my car engine blew up and the garage wants 900",
        "i made a will when my daughter was born",
        "the refund from the airline came through last week",
        "i'm on antidepressants, they help",
        "we went on holiday to the cliffs in cornwall last year",
        "stressed about the bills but managing",
        "the interest on this card is high, but 60 is what i can do",
        "a kocsi motorja elromlott, a garázs 300 ezret kér",
        "a kamat magas, de ennyit tudok, 20 ezer",
        "stresszes vagyok, de megoldom",
        "汽车发动机坏了，修车花了三千",
        "压力很大，不过工资还稳定",
        "利息是高，不过我每月能还800",
        "我在修车厂的车库里修发动机",
        "i forgot because you moved my payment date",
        "bought a rope for the washing line",
        "the kids got soaked when we walked into the sea on holiday",
        "left a note for my husband to remind him about the bins",
        "not in arrears with anything else, just this card",
        "megegyeztem a szolgáltatóval, nincs elmaradásom a villanyszámlával",
        "vettem egy kötelet a ruhaszárításhoz",
    ],
)
def test_everyday_things_beside_means_or_refunds_are_no_alarm(text: str) -> None:
    assert not signals_dispute(text)
    assert not signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "i'm 64, nobody will hire me at my age",
        "58 vagyok, engem már senki nem alkalmaz",
        "我五十八了，没有公司会要我",
    ],
)
def test_nobody_hiring_at_ones_age_is_no_crisis(text: str) -> None:
    assert not signals_distress(text)
    assert without_money_strain(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "let me sleep on it and check with my wife",
        "i need to ask my son first",
        "ezt még átgondolom",
        "előbb megbeszélem a feleségemmel",
        "我考虑下",
        "我再考虑考虑",
        "回去问问家里人",
    ],
)
def test_time_to_think_it_over_is_not_a_choice(text: str) -> None:
    assert says_think_it_over(text)


@pytest.mark.parametrize(
    "text",
    ["átgondoltam, ezt választom", "yes i've thought about it, this one", "想好了，就这个"],
)
def test_a_plan_thought_over_already_is_chosen(text: str) -> None:
    assert not says_think_it_over(text)


@pytest.mark.parametrize(
    "text",
    [
        "yes, as long as i can start in march",
        "i agree provided the first payment moves",
        "igen, feltéve hogy márciusban kezdhetem",
        "同意，只要下个月再开始",
        "同意，前提是不收手续费",
    ],
)
def test_a_yes_with_a_condition_is_no_agreement(text: str) -> None:
    assert signals_refusal(text)


def test_everything_dearer_is_something_else() -> None:
    assert read_cause("the cost of living just got away from me", "en") is Cause.OTHER
    assert read_cause("a drágaság miatt, minden a duplája", "hu") is Cause.OTHER
    assert read_cause("物价涨太多了", "zh") is Cause.OTHER


def test_but_is_no_negation_of_temporary() -> None:
    assert read_temporary("累是累，不过是暂时的") is True
    assert read_temporary("不是暂时的") is False


def test_no_idea_and_it_depends_are_unsure() -> None:
    assert says_dont_know("ötletem sincs")
    assert says_dont_know("看老板给不给加班")


# --- Round 23 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my mum passed in may and i cant do this",
        "honestly i can't do this on my own.",
        "2 months if i'm still around",
        "maybe half a year, if i'm still alive by then",
        "fél év, ha még élek addig",
        "半年吧 要是到时候我人还在",
        "两个月 如果我还活着的话",
    ],
)
def test_not_coping_or_a_time_given_if_still_alive_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "i cant do this month, can we start in june",
        "sorry i cant do this, it's too much a month",
        "if i'm still here at the same job by then",
        "如果到时候我还在上班的话，三个月",
    ],
)
def test_a_plan_refused_or_a_job_kept_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "lost the lot in an investment scam last year",
        "put everything into an investment app online that turned out to be one big scam",
        "egy befektetési csalás miatt elúszott a megtakarításom",
        "理财被骗了，钱全没了",
        "入股被骗 血本无归",
    ],
)
def test_own_money_lost_to_an_investment_scam_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


def test_an_investment_scam_that_names_this_card_is_a_dispute() -> None:
    assert signals_dispute("投资被骗了，骗子还盗刷了这张卡")


@pytest.mark.parametrize(
    "text",
    [
        # Ways to die looked up.
        "120. last night i was searching how long it takes to bleed out",
        "i keep reading about painless ways to die",
        "a neten nézem, mennyi idő alatt hal meg az ember",
        "csak fájdalommentesen meghalni szeretnék",
        "我一直在想怎么无痛地死",
        "我查了一晚上淹死会不会很痛苦",
        "i'm working out how to end my life, sorry",
        "nem tudom, csak azon jár az eszem, hogyan vessek véget ennek",
        # Run over, into the traffic.
        "i keep wishing a lorry would run me over",
        "every morning i think about stepping out into the traffic",
        "bárcsak elütne egy villamos munkába menet",
        "legszívesebben egy kamion elé lépnék",
        "真想被车撞一下就不用还了",
        "我好几次想冲进车流里",
        # Sleeping tablets with drink.
        "sorry if i'm slow, i've necked a few sleeping pills with the wine",
        "megittam egy üveg bort és bevettem néhány nyugtatót",
        "今晚喝了好多酒，又吃了一把药片",
        # After I'm gone, asleep for good.
        "i've left the pin for my son so he can deal with it once i'm gone",
        "a fiamnak leírtam mindent, hogy intézze, ha én már nem leszek",
        "我把卡和密码都留给我儿子了，等我死了他会处理",
        "agreed. then i can go to sleep for good",
        "elfogadom, aztán örökre elalszom",
        "我只想永远睡过去",
        # Until it ends, away from home by the water, up on a car park.
        "it won't get better and it won't matter once i end it",
        "csak rosszabb lesz, amíg egyszer véget nem vetek az egésznek",
        "i'm at the river and i'm not going home",
        "a Duna-parton ülök, és nem megyek haza ma",
        "我在江边，今天不想回家了",
        "sorry, i'm up on the roof of the car park",
        "a parkolóház legfelső szintjén vagyok most",
        "我现在在商场停车场顶楼",
        "azt szeretném, hogy végre vége legyen",
        "我真想让这一切都消失",
    ],
)
def test_round24_kinds_of_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        # Awake at an hour of the night, said in passing.
        "it's nearly 3am and i can't sleep, but the rent is 650",
        "midnight here and i cant sleep so doing this now, 1200",
        "éjfél van és nem tudok aludni, úgyhogy most írom: 180",
        "半夜三点睡不着，顺便填一下，五千",
        # Time, drink or sleep said calmly.
        "i work on the top floor of an office block in town",
        "we live on the top floor, rent is 800",
        "i take my tablets every morning, food is 300",
        "a sleep study showed nothing, i'm fine, just tired",
        "once i'm gone on holiday next week i won't be able to reply",
        "a nagymamám a halála után hagyott rám adósságot",
        "我住在顶楼，房租两千",
        "i could sleep forever, night shifts are killing me",
        "stopped drinking last year, on tablets for my blood pressure",
        "vizet iszom a gyógyszerhez, nem baj",
        "我想这一切结束以后好好找份工作",
        "hogyan vessek véget a zaklató hívásoknak?",
        "晚上喝了点酒，明天再说",
    ],
)
def test_night_hours_drink_and_heights_said_calmly_are_no_crisis(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize(
    "text",
    ["i haven't been able to sleep for weeks", "napok óta nem alszom", "我每天凌晨三点都睡不着"],
)
def test_sleepless_for_days_is_still_heard(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        # Cancelled in the cooling-off period, not owed.
        "i backed out of the gym contract within the cooling-off window",
        "i really should not owe a penny of this",
        # Fees to be given back after a break was agreed.
        "300, and i'd like those 2 interest charges refunded",
        "you promised me a payment holiday, then added late fees anyway",
        "vissza kérem a két késedelmi kamatot",
        "megígérték a fizetési haladékot, mégis díjat számoltak",
        "罚息我要你们退回来",
        "你们答应过我暂缓还款，结果还收了滞纳金",
        # Sold on and counted twice.
        "you're billing me twice for the same debt",
        "两家公司都在催我，其实就是同一笔",
        "你们把利息重复计算了",
        # The app down, a freeze asked for, sold as fee-free.
        "why were there charges for the week your website was down",
        "a netbank leállt és emiatt kaptam a kamatot",
        "你们手机银行故障那几天我根本还不上",
        "the interest started after i asked for the account to be put on hold",
        "把我申请停卡以后收的手续费去掉",
        "it was advertised to me as an interest-free card",
        "ingyenesnek hirdették a kártyát",
        "办卡的时候说过免年费的",
        # Paid for and never fitted; a fee never signed up for.
        "the windows i put on the card were never installed",
        "a fürdőszobát máig nem szerelték be, pedig kifizettem",
        "钱付了，家具一直没送来",
        "claiming it back under section 75",
        "erre a díjra soha nem szerződtem",
        "hibás az egyenleg, kérem javítsák",
        "rossz az összeg amit írtak",
    ],
)
def test_round24_kinds_of_dispute(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "1600, sorry, 1500, i added the water bill twice",
        "四千八，不对，我算了两次房租，四千",
        "我在纸上算了两遍，每月能还五百",
        "i'd like the payments to come out on the 5th",
        "a díjat vissza tudom fizetni jövő hónapban",
        "the app was down yesterday so i'm replying now",
        "you gave me a payment holiday last year and it really helped",
        "银行同意了我延期还款，谢谢",
        "能不能把利息免掉，我实在困难",
        "is there a cooling-off period if i sign today?",
        "after next month's payment i shouldn't owe much",
        "még mindig nem csinálták meg a kocsimat, ezért nem dolgozom",
        "my kitchen is tiny, food shop is about 200",
    ],
)
def test_counting_twice_oneself_or_an_app_down_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "its 1am and i cant sleep so doing this now, wages 1,420",
        "hajnali 3 van és nem tudok aludni, a fizetésem 240",
        "半夜一点了还睡不着，顺便把收入填了，4800",
    ],
)
def test_awake_late_said_as_the_hour_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "its 3am and i cant sleep, i just want it all to end",
        "hajnali 2 van és nem tudok aludni, nem bírom tovább",
        "凌晨两点睡不着，真的不想活了",
    ],
)
def test_awake_late_beside_despair_is_still_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        # On a rail or a ledge, working up to it.
        "0419, i'm on the roof ledge at the moment",
        "fine, 3. been stood at the bridge railing since lunch, working up to it",
        "1200. a tetőszélén ülök most",
        "两千。我现在坐在天台边上",
        # Kept here only by a pet or one person.
        "the dog is the one thing keeping me alive right now",
        "120 ezer. őszintén csak a kutyám tart életben",
        "三千。现在就剩我女儿让我还活着",
        # One's own funeral planned, a permanent way out in mind.
        "yes. i spend my evenings planning my funeral instead",
        "the last option i can see is a permanent one",
        "esténként a saját temetésemet tervezgetem",
        "nem tudom, a fejemben már csak a végleges megoldás van",
        "我最近老在考虑自己的后事",
        # A countdown kept, not explained.
        "there's a countdown running on my laptop, i won't tell you what for",
        "van egy visszaszámlálás a naptáramban, nem árulom el, mire",
        "我电脑上有个倒计时，不说是倒计时什么",
        # Means put out of reach, one's head not safe.
        "my brother took the pills home with him, i told him to hide the pills",
        "2. i don't trust what i would do tonight",
        "megkértem anyut, hogy zárja el előlem a gyógyszereket",
        "我让我哥把药都锁起来了，我信不过自己",
        # A birthday, a season, a future one will not see.
        "dont think ill see christmas tbh",
        "nem hiszem, hogy megérem a tavaszt",
        "三个月？我怕是等不到过年",
        "no point stocking the freezer for a future im not expecting",
        # "I mean me, not the money"; the quickest way pictured.
        "i'll be lucky to last till friday, i mean me, not the payments",
        "a vonat előtt, az ablakból, mindegy, azon jár az eszem, milyen gyors lenne",
        "我说的是我这个人，不是那笔账",
        "the platform edge, the train, how quick it would be",
        # Looking up whether debts die with you, for oneself; a joke that is not one.
        "looked up whether debts die with you last night",
        "utánanéztem, hogy a hitel meghal-e az emberrel",
        "昨晚搜了一下人死了债还用不用还",
        "send the letters to my grave lol, not really joking",
        "a hagyatékomnak küldjék a csekket 😂 komolyan",
        "寄到我的骨灰盒那去吧😂 说真的",
    ],
)
def test_distress_said_in_passing_or_as_no_joke_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "i'm hopeless with numbers, can i talk to someone",
        "sitting on the balcony with a coffee, 1850",
        "i don't trust myself with a credit card any more",
        "i don't think i'll see that money back",
        "i pay 18 a month into a funeral plan",
        "by we i mean me and my partner, 2400",
        "how quick would it be to clear it with option 1?",
        "nem bízom magamban, hogy emlékszem a dátumra",
        "erőt gyűjtök, hogy felhívjam a munkaügyit",
        "我说的是我自己的收入，四千",
        "给自己打气，下个月一定还上",
    ],
)
def test_those_words_said_calmly_are_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        # Payments put on the cheapest balance, top-ups coded as cash advances.
        "you applied my money to the lowest rate balance instead of the arrears",
        "a törlesztésemet a legolcsóbb részre számolták el",
        "你们把还款先冲了利息最低的那笔",
        "my wallet top ups were treated by you as cash advances",
        # A worse rate than the bank's own; the debt a court put on an ex.
        "you charged a worse rate than your own app showed",
        "rosszabb árfolyamon váltották át, mint a hivatalos",
        "换汇汇率比你们官网公布的差了一截",
        "the card was put on my ex in the settlement",
        "a bíróság a volt feleségemre terhelte a kártyát",
        "这张卡法院判给了我前妻",
        # A carer's spending, refunds booked as spending.
        "half of it is what dad's carer spent without asking",
        "anyu gondozója költötte el a pénzt a kártyáról",
        "是我爸的保姆偷刷的",
        "the returns i sent back went on as new purchases",
        "a visszaküldött ruhák visszatérítését vásárlásként könyvelték",
        # A contract one could not read, a letter that settled it, a parent with dementia.
        "i signed a form i couldn't read, it was all in english",
        "签的合同是英文的，我看不懂",
        "your 2020 letter called it a full and final settlement",
        "你们来信说已经一次性结清了",
        "dad has dementia and a salesman signed him up for the card",
        "apu demens, a boltban aláíratták vele a kártyaigénylést",
        "我爸老年痴呆，被人带去办的卡",
    ],
)
def test_disputes_of_new_kinds_are_disputes(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "kicsit félek, amikor neten beírom a kártyaadatokat, de 4471",
        "平台说有乘客投诉，把我停了",
        "i'm a carer for my mum and spent my savings on her",
        "my ex and i went to court over the kids, money's tight",
        "i took it out as a cash withdrawal for the rent",
    ],
)
def test_those_words_said_calmly_are_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "only here because my mate dragged me to it, or i'd have gone through with it",
        "nem tudom, meddig leszek még itt, őszintén",
        "我也不知道我还能在这世上待多久",
        "i sit by the bath with the hair dryer on the edge most nights",
        "a kád szélén ül a hajszárító, bedugva",
        "吹风机插着电就放在浴缸旁边",
        "my sister is going to check on me in the morning, in case",
        "megkértem a lányomat, hogy reggel nézzen rám",
        "让我妈明天早上过来看看我",
        "sent goodbye texts to everyone last night",
        "mindenkinek bocsánatkérő üzenetet írtam tegnap",
        "我给所有人都发了道歉的短信",
        "part of me wants to just stop existing",
        "könnyebb lenne egyszerűen megszűnni",
        "要是我干脆不存在了就好了",
        "日子我都挑好了，你们别管了",
    ],
)
def test_more_distress_said_in_passing_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "that card is the company's account, i don't owe it personally, it's not mine personally",
        "2200, de a kártya a kft-é, nem magánszemélyként tartozom",
        "这张是公司的卡，不是我个人欠的",
        "i self-excluded from betting and you still let the bookies through",
        "önkizárásban voltam, mégis átengedték a fogadóirodát",
        "我屏蔽博彩以后你们还放行了",
        "that's a different man with the same name, not me",
        "ez egy másik férfi, akinek ugyanez a neve",
        "那是同名同姓的另一个人",
        "the watch i bought on the card was counterfeit",
        "egy hamis órát vettem a kártyával, bejelentettem",
        "刷卡买到了假货，已经投诉了",
        "you stopped sending me statements and then charged late fees",
        "leállították a papírkivonatot, ezért nem tudtam",
        "interest kept going on while i was in breathing space",
        "the shop refunded me and you put it back on as a purchase",
        "a visszatérítést vásárlásként terhelték újra",
        "退款又被你们当成新消费了",
        "you raised my limit to 8k without any affordability check",
        "10 milliós keretet adtak jövedelemigazolás nélkül",
        "额度给到十万，没有审核过我的收入",
        "a hitelkeretemet átrakták a kártyára kérdezés nélkül",
        "把我的备用金转成了分期",
        "a bank levélben teljes és végleges rendezést írt",
        "they charged a no show fee though i cancelled two days early",
        "the agent who helped me apply kept my card",
        "a közvetítő megtartotta a kártyámat",
        "帮我办卡的中介把卡扣下了",
    ],
)
def test_more_disputes_of_new_kinds_are_disputes(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "i self-excluded from gambling two years ago and i'm doing fine now",
        "the shop loan is in the company's name, none personally",
        "i had a bath and went to bed early",
        "kérem, reggel hívjon vissza",
    ],
)
def test_more_calm_words_near_those_are_no_alarm(text: str) -> None:
    assert not signals_distress(text)
    assert not signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "i work in a pharmacy, i know what dose would be enough",
        "gyógyszerész vagyok, tudom milyen adag volna elég",
        "我在药房上班，知道多少剂量就足够",
        "sorting the papers so the family isn't left a mess once i'm gone",
        "200. i'm tying everything up before i go and i dont mean moving out",
        "rendezem a dolgaimat mielőtt megyek, és nem költözésre gondolok",
        "走之前把事情都安排好，我说的不是搬家",
        "我走了以后孩子们不用操心",
        "this week i'm saying goodbye to people one by one",
        "elbúcsúztam mindenkitől, megittam az utolsó kávémat",
        "我这几天在跟一些人告别",
        "nobody notices when i stop answering, and soon i'll stop turning up for good",
        "végleg nem jövök többet, ne tűnjön fel senkinek, hogy végleg",
        "以后我彻底不来了也没人注意",
        "my neighbour has a spare key so she can get in once it's over",
        "a szomszédnál a pótkulcs, hogy bejöjjön ha megtörtént",
        "朋友拿着备用钥匙，等那天到了能进来",
        "this loan will outlive me, and sooner than you'd guess",
        "ez a hitel túlél engem, hamarabb mint hinnéd",
        "这笔贷款会比我活得长，比你想的更早",
        "i'll pay you from beyond the grave haha",
        "a túlvilágról fizetem majd",
        "I look at the beam in the garage and wonder if it would hold",
        "a garázsban a gerendát nézem, elbírna-e",
        "盯着车库的横梁，想它吃得住吃不住",
        "it would be kinder to everyone if i wasn't here",
        "mindenkinek jobb lenne, ha nem lennék",
        "olcsóbbnak tűnik leugrani a hídról",
        "我一直在想怎样才能彻底结束",
        "showed my son where the will is and didn't tell him why",
        "给儿子看了遗嘱放哪，没告诉他为什么",
    ],
)
def test_round26_distress_said_in_passing_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "i only signed as a guarantor for my cousin, the spending is hers",
        "csak kezes vagyok az unokaöcsém kártyáján",
        "我只是给侄子做了担保人",
        "a parking firm charged my card for a fine i never agreed to",
        "egy parkoló cég levont a kártyámról engedély nélkül",
        "停车场公司未经同意扣了我的卡",
        "you lowered my limit and then charged over-limit fees on it",
        "csökkentették a keretemet, aztán kerettúllépési díjat vontak le",
        "额度被下调了还收我超限费",
        "most of it was spent during a hypomanic phase",
        "mániás epizódban vásároltam, nem voltam beszámítható",
        "那些都是我躁狂发作时刷的",
        "my housemate ordered stuff with my card saved on the account",
        "a lakótársam rendelt a mentett kártyámmal",
        "室友用我绑定的卡下单",
        "i bought gift cards for a man pretending to be from the tax office",
        "冒充公安的人让我买了礼品卡",
        "i returned it within 14 days and you still charged it",
        "14 napon belül elálltam, mégis megterheltek",
        "十四天内退了货，还是扣了我的卡",
    ],
)
def test_round26_disputes_of_new_kinds_are_disputes(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "once i'm gone to work my wife handles the post",
        "ha már nem leszek otthon, a férjem fizet",
        "走了以后记得锁门",
        "i'm a guarantor on my son's flat, that's separate",
        "is there a cooling-off period for the plan?",
        "this month's bills broke me a bit, 900 in total",
    ],
)
def test_round26_calm_words_near_those_are_no_alarm(text: str) -> None:
    assert not signals_distress(text)
    assert not signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    ["酒店多刷了全款，就是那笔扣款把我压垮的", "我躁狂发作时刷的，精神科医生给你们开过证明"],
)
def test_a_charge_that_broke_the_budget_or_a_psychiatrists_letter_is_a_dispute(text: str) -> None:
    """Said of a charge disputed, these words are its grounds, not a crisis."""
    assert not signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "no, never had any loans, this card is all",
        "semmi, soha életemben nem volt hitelem",
        "没有，从来没借过钱",
    ],
)
def test_never_having_borrowed_disputes_nothing(text: str) -> None:
    assert not signals_dispute(text)
    assert says_not_disputed(text)


@pytest.mark.parametrize(
    "text",
    [
        "900 but i never actually added it up",
        "200 ezer, de még sosem számoltam ki",
        "三千吧，我从来没仔细算过",
    ],
)
def test_own_sums_never_added_up_dispute_nothing(text: str) -> None:
    """ "but i never …" of one's own arithmetic is no "but i never took that loan"."""
    assert not signals_dispute(text)
    assert says_not_disputed(text)


@pytest.mark.parametrize(
    "text",
    [
        # Means weighed: which chemical or poison would do it quickest.
        "300 or so. been wondering which of the pesticides in the garage would do it fastest",
        "kb 150. azon jár az eszem, melyik méreg végezne velem gyorsabban",
        "三千左右。我老在琢磨哪种老鼠药死得快",
        "我在想怎么把自己解决掉",
        # Pills bought a few packs at a time, round several chemists.
        "the pharmacy only lets me have two boxes so i've been to four different chemists",
        "a gyógyszertárban csak egy dobozt adnak, ezért több különböző patikába is elmentem",
        "药店只卖我一盒，我已经跑了四家了",
        # By the water, how easy it would be to step in; driving into it.
        "been stood on the canal bank an hour thinking how easy it would be to just slip in",
        "a folyóparton ülök, milyen könnyű lenne csak besétálni",
        "我站在河边，想着跳进去该多容易",
        "sometimes i think about driving the van off the cliff on the way home",
        "néha arra gondolok, hogy belehajtok a tóba a kocsival",
        "有时候想把车直接开进江里",
        # At the edge, working up the nerve.
        "i drive up to the cliff top at night and sit there working up the nerve",
        "esténként a szakadék szélén ülök és a bátorságot gyűjtöm",
        "晚上我常去桥边坐着，下决心",
        # Everything ended tonight, and not only the debt meant.
        "2. it won't matter after tonight, and i don't just mean the card",
        "ma éjjel vége, és nem csak a hitelre gondolok",
        "今天晚上我就把一切都结束了",
        "我要结束了，不只是这笔欠款",
        # A day picked; the when and the how worked out.
        "fine. there's a day i've already chosen to end it all, so it won't matter",
        "a nap, amit kiválasztottam, hogy végezzek magammal, már közel van",
        "日子我定好了，给自己定的了结的日子",
        "i know the when and the how now, so the amount doesn't matter",
        "kitaláltam már a hogyant és a mikort, úgyhogy mindegy",
        "什么时候和怎么做，我都想好了",
        # A list left of who to ring once one is gone.
        "i wrote my sister a list of numbers, who to call after",
        "írtam egy listát a fiamnak, ha már nem leszek, kit hívjon fel",
        "我写了个名单，我不在了以后要通知谁",
        # Not caring whether one wakes up; not seeing oneself reach a season.
        "honestly i've stopped caring if i wake up tomorrow",
        "már nem érdekel, hogy felébredek-e",
        "我已经不在乎明天醒不醒了",
        "i don't see myself making it to christmas",
        "nem látom magam megérni a nyarat",
        "我不觉得自己能熬过这个冬天",
        # Which train to step in front of; if I were no longer here; released for ever.
        "i watch the trains and think about stepping in front of one",
        "az állomáson azon gondolkodom, melyik elé lépjek",
        "我看着地铁进站，想着往哪列前面跳",
        "mindenkinek könnyebb lenne, ha már nem lennék",
        "只想永远解脱",
    ],
)
def test_round27_distress_said_in_passing_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "working up the nerve to ring you about this, sorry",
        "gyűjtöm a bátorságot, hogy felhívjam önöket",
        "the chemist only sells two packs of paracetamol, so the kids' medicine adds up",
        "i stepped in front of the camera for the id check, that's done",
        "ha már nem lennék itthon, a párom fizetne",
        "晚上有点睡不着，不过收入是稳的，四千五",
        "什么时候还、怎么还，我都想好了",
        "the car loan is 180 and i don't mean the card",
        "a fele a páromé, szóval 150 az enyém",
        "sehol máshol nem tartozom, csak ezzel a kártyával",
    ],
)
def test_round27_calm_words_near_those_are_no_alarm(text: str) -> None:
    assert not signals_distress(text)
    assert not signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "does my phone contract count if my employer pays half of it?",
        "a gyerek ebédje is számít, ha az iskola fizeti a nagyobbik részét?",
        "melyik hitelre gondolnak, kettő is van",
        "你指的是哪笔贷款？我有两笔",
        "必要开支是指每个月固定的，还是也包括偶尔的？",
    ],
)
def test_asking_which_one_or_what_counts_asks_what_is_meant(text: str) -> None:
    assert asks_what_is_meant(text)
    assert not signals_dispute(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("could we do this in chinese? my husband doesn't read english well", "zh"),
        ("mehetne angolul? a fiam segít, és ő nem beszél jól magyarul", "en"),
    ],
)
def test_a_language_someone_else_does_not_read_is_not_the_one_asked_for(
    text: str, language: str
) -> None:
    assert read_language_named(text) == language


@pytest.mark.parametrize(
    "text",
    ["帮我看看我的方案写了什么内容", "上次我们商量好的是什么方案？"],
)
def test_the_plans_wording_asked_for_is_the_plan(text: str) -> None:
    assert read_intent(text, "zh") is Intent.PLAN


@pytest.mark.parametrize(
    "text",
    [
        "the man on the phone promised the interest would be waived and it never was",
        "az ügyintéző megígérte, hogy elengedik a kamatot, de nem tették",
        "客服答应过我减免罚息，到现在也没减",
        "i asked in writing to cancel my daughter's extra card and you sent a new one",
        "írásban kértem, hogy szüntessék meg a társkártyát",
        "我书面要求注销那张副卡，你们还是寄了",
        "a balance transfer i never asked for was put on this card",
        "ezt az áthelyezést sosem kértem, nem ismerem el",
        "余额转移我从来没申请过",
        "a skimmer at the cash machine took 200",
        "a bankautomatán kártyamásoló volt, onnan jött a terhelés",
        "got pickpocketed on the tram and then there were two withdrawals",
        "a villamoson kizsebeltek, utána vettek fel pénzt",
        "我的卡在地铁上被偷了，后面那几笔不是我",
        "you charged me for a hotel i never stayed in",
        "那家酒店我根本没住过",
        "a flight booking that wasn't me",
        "这张机票不是我订的",
        "it was charged on a day i was in hospital with pneumonia",
        "akkor terhelték, amikor kórházban feküdtem",
        "那笔是刷的那天晚上我正躺在医院",
        "the same order was charged three times",
        "ugyanazt a rendelést háromszor terhelték",
        "同一笔订单扣了三次，你们还拒绝了我的退单",
        "那笔贷款不是我借的",
    ],
)
def test_round27_disputes_of_new_kinds_are_disputes(text: str) -> None:
    assert signals_dispute(text) or signals_distress(text)
    assert not signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "卡被偷过一次但后来补办了，现在工资五千",
        "the car loan was skimmed off my wages at source, 0",
        "i stayed with my mum last month, rent 300",
    ],
)
def test_round27_calm_words_near_new_disputes_are_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "800, not counting the 60 for the phone loan since that's a debt",
        "240, a személyi hitel 30 ezrét kihagytam, mert az hitel",
        "两千八，花呗那三百没算进去，那是债",
        "the store card is 45, was 35 before they raised the interest",
        "az áruhitel most 11, 8 volt, mielőtt felment a kamat",
        "白条现在每月四百，上调利率之前是三百",
    ],
)
def test_a_payment_explained_is_not_disputed(text: str) -> None:
    assert says_not_disputed(text)
    assert not signals_dispute(text)


@pytest.mark.parametrize(
    ("text", "calm"),
    [
        ("the rent really hits me hard every month", True),  # a cost, not a person
        ("my husband hits me when the bills come", False),
    ],
)
def test_a_cost_that_hits_hard_is_no_abuse(text: str, calm: bool) -> None:
    assert signals_distress(text) is not calm


def test_another_debt_said_to_be_a_partners_disputes_nothing() -> None:
    """ "The car loan is my husband's" names another debt, not this card's denied."""
    assert not signals_dispute("van egy autóhitel 40 ezer, de az a férjemé")
    assert signals_dispute("ez a tartozás nem az enyém, a volt férjemé")


@pytest.mark.parametrize(
    "text",
    [
        # self-harm named beside an answer
        "4417, sorry for the typos, cut my wrists again this morning",
        "around 900. i keep hurting myself when the post comes",
        "rezsi 30. megint megvágtam a csuklómat tegnap",
        "a gáz 25, és néha égetem magam, ha jön egy levél",
        "水电三百，我又用刀划了手腕",
        "电费两百，一看到账单我就拿烟头烫自己",
        # not meaning to live to a season; dead before a payment
        "food 150 but i dont intend to be alive by the summer",
        "the third one, it won't matter, i'll be dead before it starts",
        "kb 50, de nem is tervezem, hogy megérem a tavaszt",
        "a hosszabbat, úgyis halott leszek addigra",
        "生活费一千，反正我没打算活到明年",
        "选第二个吧，第一期之前我就死了",
        # starving oneself to follow the one who died
        "pension 900, since she passed i stopped eating on purpose",
        "a nyugdíj 180, szándékosan nem eszem, amióta elment",
        "养老金两千，我现在故意不吃东西，想跟他走",
        # driving off the bridge, under the wheels
        "some days i think about driving the car off the flyover on my way home",
        "a hídon mindig arra gondolok, hogy lehajtok a kocsival",
        "每天过那座桥都想把车直接冲下去",
        "lately i wonder about lying under the wheels of a lorry",
    ],
)
def test_round28_distress_said_in_passing_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        # a late spouse's card in their name only
        "that card was only in my late wife's name, why is it my bill now",
        "a kártya csak a néhai férjem nevére szólt, nem az én tartozásom",
        "那张卡只在我老伴名下，凭什么让我还",
        # a payment holiday agreed and booked as arrears
        "we agreed a three month break and you've recorded it as arrears",
        "megbeszéltük a halasztást, mégis elmaradásként szerepel",
        "说好了延期，你们却把我算成逾期",
        # a rate raised without a letter
        "the interest went up to 34 percent without any notice at all",
        "a kamat 30 százalékra ugrott értesítés nélkül",
        "没通知我就把利率提高了",
        # the debt sold and still chased by the bank
        "you sold my debt to a collection firm last spring and still send me letters",
        "eladták a tartozásomat egy behajtónak, mégis maguk hívogatnak",
        "你们已经把这笔账转让给第三方了，还来催我",
        # a debt relief order or personal bankruptcy that included the card
        "my bankruptcy was discharged in 2022 and this card was included",
        "az adósságrendezésem lezárult, a kártya is benne volt",
        "我申请了个人破产，这张卡已经免责",
        # a 0% deal cut short; many charges from one tap; a fee sold away
        "the interest free offer was supposed to last two years but they charged after 8 months",
        "a kamatmentes időszaknak egy évig kellett volna tartania",
        "说好免息一年，结果三个月就收利息了",
        "the parking machine charged me 12 times for one stay",
        "egyetlen parkolásért 12-szer terhelték a kártyámat",
        "停车场扣了我12次",
        # a debit at more than the agreed amount
        "you took double, that's an amount i never agreed to",
        "duplát vontak le, amibe nem egyeztem bele",
        "扣了两倍，这是我没同意过的金额",
    ],
)
def test_round28_disputes_of_new_kinds_are_disputes(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "burglars broke in and took the money i'd set aside for the payment",
        "betörtek hozzánk és elvitték a törlesztésre félretett pénzt",
        "家里被盗了，准备还款的现金被偷了",
    ],
)
def test_own_cash_stolen_in_a_burglary_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)
    assert says_not_disputed(text)


@pytest.mark.parametrize(
    "text",
    [
        "fed up with it all but 70 a month is fine",
        "elegem van ebből, de a 15 ezer rendben van",
        "受够了，不过每月两百还行",
        "not tonight, too tired to read it properly",
        "most nem, túl fáradt vagyok, hogy elolvassam",
        "今天先不看了，太累了看不进去",
        "说实话心里没底",
        "i burnt myself out doing double shifts last year",
        "1,450, no that's before tax, 1,310",
        "180, nem, az a levonás előtt volt, 165",
        "三千二，不对，那是税前，两千九",
    ],
)
def test_round28_calm_words_near_those_are_no_alarm(text: str) -> None:
    assert not signals_distress(text)
    assert not signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "is there another language? english isn't my first language",
        "más nyelven is lehet? a magyar nem az anyanyelvem",
        "能换别的语言吗，中文不是我的母语",
    ],
)
def test_a_language_that_is_not_ones_mother_tongue_is_not_the_one_asked_for(text: str) -> None:
    assert read_language_named(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "do i count the dog's food too or only the groceries for me",
        "a kutya etetését is számoljam bele, vagy csak a sajátomat?",
        "孩子的学费要算进去吗",
        "do you mean when the shop reopens or when i'm paid again",
        "úgy érti, mikor nyit újra a bolt, vagy mikor kapok újra fizetést?",
        "where can i find the numbers, the card is in a drawer at my mum's",
        "hol találom a számokat? nincs nálam a kártya",
        "我妈给的生活费算我的收入吗",
        "what happens if none of the plans suit me",
        "mi lesz, ha egyik terv sem megy?",
        "要是都不合适会怎样",
    ],
)
def test_round28_asking_what_to_include_or_what_is_meant_asks_for_help(text: str) -> None:
    assert asks_what_is_meant(text)
    assert not signals_dispute(text)
    assert not signals_distress(text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("le tudná állítani egy időre az sms emlékeztetőt?", Intent.STOP_REMINDERS),
        ("ki lehetne kapcsolni a napi emlékeztetőket?", Intent.STOP_REMINDERS),
        ("vissza tudnák kapcsolni az emlékeztetőket?", Intent.RESUME_REMINDERS),
    ],
)
def test_reminders_stopped_or_resumed_with_the_verb_split_are_heard(
    text: str, intent: Intent
) -> None:
    assert read_intent(text, "hu") is intent


@pytest.mark.parametrize(
    ("text", "consults"),
    [
        ("let me go over it with my daughter first", True),
        ("ezt előbb meg kell beszélnem a feleségemmel", True),
        ("我要先跟我老公商量一下再定", True),
        ("can i talk to someone at the bank please", False),
        ("beszélhetnék egy ügyintézővel?", False),
        ("我想跟人工客服说", False),
    ],
)
def test_someone_of_ones_own_consulted_first_asks_for_no_clerk(text: str, consults: bool) -> None:
    assert consults_ones_own(text) is consults
