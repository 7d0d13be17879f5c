"""Round 22's kinds of dispute and distress, and the everyday talk that is neither.

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
from dialogs.understanding.rules.safety import without_money_strain


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
def test_everyday_talk_is_no_alarm(text: str) -> None:
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
