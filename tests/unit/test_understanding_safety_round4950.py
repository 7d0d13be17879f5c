"""The kinds of distress, disputes and requests of rounds 49 and 50, and everyday talk near them.

Distress said beside a figure: a gun or its key taken out at night and held; "they won't have to
deal with me any more"; the safety line unclipped on purpose; walking out onto the motorway; a
death made to look like an accident; jumping into the furnace; the window opened to look down;
the door shut from inside a cold store; money split into envelopes with names on; no return date
and none planned; one's funeral songs picked; the head banged on a wall till pulled away;
climbing into a compactor; knowing which pills would do it; waiting past the yellow line to be
pushed; burning oneself with cigarettes; one's own hair pulled out; messages to everyone set to
send later; money given away and the chats deleted.

Disputes: the card in a relative's name, "nothing to do with me"; a guarantor, not the
cardholder; "how can you say I'm late" after paying before the due date; a carer who took the
card; cleared from savings with the bank's confirmation. Not disputes: the farm's or the boss's
things "not mine" beside one's own figure; a loan "in my name"; never had any loan.
Requests: whether a thing goes under income, spending or a debt asks what is meant; a language
good enough "for talking" or whose money words confuse is not the one asked for; "turn off
these chasers" stops the reminders.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import signals_dispute, signals_distress
from dialogs.understanding.rules.safety import signals_paid_off

DISTRESS = [
    "my dads rifle is in the loft and i keep getting it out at night and looking at it. 700",
    "sorted the house into my husbands name, he wont have to deal with me any more. income 900",
    "a feleségemnek nem kell majd velem foglalkoznia többé. 120 a kiadás",
    "房子过户给老婆了 她以后就不用管我了 开销三千",
    "a tetőn direkt kikapcsolom a hevedert, egyre gyakrabban. 90 ezer",
    "up on the scaffold i unclipped my harness on purpose twice this week. spending 650",
    "在脚手架上我故意把安全绳解开 开销两千",
    "sometimes i think about walking out onto the motorway at night. spending 700",
    "néha arra gondolok, hogy kisétálok az autópályára. 150 a fizetés",
    "有时候想走到高速上 开销一千八",
    "ha a gépbe esnék, balesetnek tűnne és a család megkapná a biztosítást. 200",
    "i could make it look like an accident on the farm and the insurance would pay. 40 a month",
    "弄得看起来像意外 保险就能赔给家里 收入四千",
    "看着熔炉有时候想往里一跳 工资五千",
    "from the cab i keep wanting to open the window and look down. income 1,300",
    "我总想把窗户打开往下看 开销两千",
    "有时候在冷库里想 把门从里面锁上 收入三千",
    "put all my savings in envelopes with everyones names on them. spending 500",
    "a pénzt borítékokba tettem, ráírtam, kinek jár. 80 ezer",
    "工资取出来了 装进五个信封 写好了名字 其他欠款没有",
    "handed my notice in with no return date, not planning to be back for anything. 0",
    "picked out my own funeral music this week, 300 a month",
    "kiválasztottam a temetésemre a zenét, 200 a kiadás",
    "选好了我自己的葬礼上放的歌 开销一千",
    "headbutting a wall at work again, spending 600",
    "i kept banging my head until my mate dragged me away. 15?",
    "fejjel vertem a falat, amíg le nem fogtak. 50 ezer",
    "拿头撞墙撞到流血 开销两千",
    "i thought about crawling into the baler at work. 20 a week",
    "i know exactly how many of my tablets would do it. spending 700",
    "pontosan tudom, hány szem végezne velem. 120 ezer",
    "várom, hogy elüssön egy busz, 250 a fizetés",
    "i stand on the kerb waiting for a lorry to hit me. income 800",
    "站在黄线外等着被车撞 收入两千",
    "öngyújtóval égetem a karomat, 130 a kiadás",
    "been burning my arms with cigarettes again, 40",
    "用烟头烫自己 开销三千",
    "pulling my hair out in clumps at night, income 1,000",
    "我一直在拔自己的头发 收入四千",
    "wrote letters to my family and set them to send on friday. 30",
    "mindenkinek megírtam a levelet, időzítve mennek ki. 100",
    "给家里人的消息都写好了 定时发送 开销一千",
    "存款全转给我弟了 聊天记录也删了 收入三千",
]

NO_DISTRESS = [
    "the gun club fees are 40 a month, spending 700",
    "you wont need to deal with me after this payment, ill clear it all",
    "a banknak nem kell velem foglalkoznia, fizetek. 50 ezer",
    "以后不用管我要钱了 我自己还 开销三千",
    "munka után kicsatolom a biztosítókötelet és hazamegyek, 140 a kiadás",
    "broke down and walked onto the hard shoulder to call the rescue, 200 for the tow",
    "i walk into the motorway services for a coffee every shift, 40 a week",
    "天气太热了 想往水里一跳 开销两千",
    "我晚上把门从里面锁上 睡得安心 开销一千",
    "i split my wages into envelopes for the bills, 900",
    "picked the funeral songs for my nan, 300 spent on flowers",
    "banging my head against a wall with this form, 600",
    "a fejemet a falba verném ettől az ügyintézéstől, 50 ezer",
    "emptying the bins into the compactor all day, income 1,100",
    "i know exactly which plumber would do it cheaper, spending 700",
    "pontosan tudom, mennyi pénz elég lenne, 120 ezer",
    "waiting for the bus to take me to work, income 800",
    "我知道吃几片就行了 头疼药 开销两千",
    "孩子扯我的头发 收入三千",
    "pulling my hair out over this app, income 1,000",
    "wrote emails to everyone on the team and scheduled them for monday. 30",
    "给客户的消息写好了 定时发送 开销一千",
    "工资转给我妈了 她帮我存着 收入三千",
]

CALM_OVER_MONEY = [
    ("a fizetésem annyi, semmi sem marad a hónap végén", Question.EXPENSES, "hu"),
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round4950_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round4950_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


DISPUTES = [
    "the card is in my dads name, nothing to do with me. i just picked up",
    "a kártya apám nevén van, semmi közöm hozzá",
    "卡是我爸的名下 跟我没关系",
    "im only the guarantor, not the cardholder, why write to me",
    "csak kezes vagyok, nem én vagyok az adós",
    "我只是担保人 不是借款人",
    "paid on the 20th, due the 22nd. how can you say im late",
    "hogy mondhatják, hogy késésben vagyok, mikor előre utaltam",
    "十号就还了 凭什么说我拖欠",
    "my cleaner took my card while i was in hospital",
    "a gondozónő elvitte a kártyámat, amíg kórházban voltam",
    "保姆拿走了我的信用卡 刷了好几笔",
    "none of these were me, i was abroad",
    "a webshop bezárt, a fizetés után sem kaptam meg a rendelést",
]

PAID_OFF = [
    "i settled the balance out of my savings in may, i have the confirmation",
    "a megtakarításomból kifizettem, megvan az igazolás",
    "从存款里还清了 有银行回单",
]

NOT_DISPUTES = [
    "the yard's not mine, i just work there. spending 700",
    "none of that is mine, my own bills come to 650",
    "the van loan is the firms not mine. other debts none",
    "car finance 240 and its in my name",
    "a sofőrnek megy a borravaló, de az nem az enyém. 90 ezer a kiadás",
    "什么贷款都没借过 零",
    "a gyár bezárt, a munkabéremet sem kaptam meg. 0",
    "the depot shut in june and i never got my redundancy. 0",
    "厂子关了 工资也没拿到 收入零",
]


@pytest.mark.parametrize("text", DISPUTES)
def test_round4950_disputes_are_heard(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize("text", NOT_DISPUTES)
def test_round4950_anothers_things_or_ones_own_loan_are_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize("text", PAID_OFF)
def test_round4950_cleared_with_the_banks_confirmation_is_paid_off(text: str) -> None:
    assert signals_paid_off(text)


@pytest.mark.parametrize(
    ("text", "question", "language"),
    [
        ("do i put the money from my lodger as income?", Question.INCOME, "en"),
        ("is the loan from my mum a debt for this question?", Question.OTHER_DEBTS, "en"),
        ("a borravaló az jövedelem?", Question.INCOME, "hu"),
        ("a kutya eledele az kiadás vagy nem?", Question.EXPENSES, "hu"),
        ("老人给的生活费是算收入还是不算", Question.INCOME, "zh"),
    ],
)
def test_round4950_whether_a_thing_goes_under_a_question_asks_what_is_meant(
    text: str, question: Question, language: str
) -> None:
    assert understanding().interpret(text, question, language).meaning == "help"


@pytest.mark.parametrize(
    ("text", "language", "meaning"),
    [
        (
            "my english is fine for chatting, could we do the numbers in chinese",
            "en",
            "language:zh",
        ),
        ("can we switch to hungarian, the bank words in english confuse me", "en", "language:hu"),
        ("az angol hivatalos leveleket nem értem, magyarul kérem", "hu", "language:hu"),
    ],
)
def test_round4950_the_language_asked_for_is_the_one_not_said_to_confuse(
    text: str, language: str, meaning: str
) -> None:
    assert understanding().interpret(text, Question.INCOME, language).meaning == meaning


def test_round4950_turn_off_the_chasers_stops_the_reminders() -> None:
    reading = understanding().interpret("turn off the chasers please", Question.COUNTER, "en")
    assert reading.meaning == "stop_reminders"


@pytest.mark.parametrize(("text", "question", "language"), CALM_OVER_MONEY)
def test_round4950_nothing_left_at_the_months_end_is_no_distress(
    text: str, question: Question, language: str
) -> None:
    assert understanding().interpret(text, question, language).meaning != "distress"
