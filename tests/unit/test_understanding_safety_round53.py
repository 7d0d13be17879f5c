"""The kinds of distress, disputes and requests of round 53, and everyday talk near them.

Distress said beside a figure: tired of this life, said in patois or dialect too ("tired a dis
life", "sick o this life"); at the top of a height thinking how quick it would be; stood at the
edge of a cliff, falls or dam at night, again and again; one's black or burial clothes laid out
so the family need not look for them; gone to the woods or the barn with the rope and come back;
grave things (joss paper, a wreath, a candle) bought for oneself too.

Disputes: never had a card with the bank, said in Scots; not one's card, never signed for it,
opened in one's name, said in patois; why they say one owes (in Chinese, at a missed payment,
that it was paid). Not disputes: money sent home said not to be one's own spending.
Requests: whether a thing is a debt or income, asked in a word; how a thing is put down, how much
a month; the language said to be easier is the one asked for; the characters tiring to read;
Cantonese "人工" (pay) is no clerk asked for.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import signals_dispute, signals_distress
from dialogs.understanding.rules.safety import asks_what_is_meant

DISTRESS = [
    "im sick o this life, wage 900",
    "honestly tired of this life, rent 650",
    "pure fed up a dis life man. 400",
    "up on the cliffs every evening, right at the edge, thinking how quick it would be. 300",
    "from the top of the quarry you can see how fast it'd be. 700",
    "went up to the top of the viaduct at night again last week, dont know why i keep going. 500",
    "éjjelente kimegyek a szikla szélére, már harmadszor ebben a hónapban. 90 ezer",
    "a gát tetején álltam éjszaka, nem tudom, mit keresek ott. 120 ezer",
    "半夜又一个人站在悬崖边上 这个月第三次了 开销两千",
    "i've laid out my black suit on the wardrobe so my son won't have to look for it. 600",
    "put my funeral dress ready so the girls don't have to choose. spending 400",
    "a temetési ruhámat már előkészítettem, hogy a fiamnak ne kelljen keresnie. 70 ezer",
    "kikészítettem a fekete kosztümömet, hogy a húgomnak ne kelljen válogatni. 50 ezer",
    "寿衣都准备好了 省得孩子到时候到处找 开销一千",
    "went into the woods with the rope on sunday but came back. income 800",
    "took the rope up to the barn last night and walked back home. 500",
    "a pajtába mentem a kötéllel, de visszajöttem. 80 ezer",
    "a kötéllel kimentem az erdőbe, aztán hazajöttem. 150 ezer",
    "上周拿着绳子去了后山 后来又回来了 收入三千",
    "过年给自己也烧了纸钱 开销两千",
    "我同自己都备咗啲衣纸 收入三千",
    "bought a wreath for myself too when i did mums grave. 200",
    "halottak napján magamnak is vettem egy mécsest. 40 ezer",
]

NO_DISTRESS = [
    "tired of this lifestyle of takeaways, spending 800",
    "sick of this life insurance company, they keep calling. 50",
    "the view from the top of the cliffs is lovely, how quick it was to get there. 300",
    "i work nights at the top of the dam, income 1500",
    "stood at the edge of the quarry at night for the fireworks. 200",
    "a gát tetején dolgozom éjszakai műszakban, 300 ezer",
    "晚上在山顶上看星星 开销两百",
    "laid out my black suit for the interview tomorrow. 600",
    "laid out the kids clothes so my mum won't have to look for them when she babysits. 400",
    "kikészítettem a fekete ruhámat a szomszéd temetésére. 60 ezer",
    "kikészítettem a papírokat, hogy a könyvelőnek ne kelljen keresgélni. 90 ezer",
    "给妈准备寿衣了 开销两千",
    "went into the woods with the rope swing, kids loved it. 100",
    "a kötéllel kimentem a kertbe a paradicsomot kikötni. 20 ezer",
    "拿着绳子去山上捆柴 收入三千",
    "清明给爷爷买了纸钱 开销两百",
    "bought a wreath for my mum's grave. 40",
    "i'm falling behind on everything, spending 700",
    "got a job on the bridge crew, income 1200",
    "the ledge at work is slippery, spending 300",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round53_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round53_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


DISPUTES = [
    "never hud a caird wi yous",
    "never haed an account wi this bank",
    "a nuh mi card",
    "mi neva sign fi dat card",
    "somebody open it inna mi name",
    "凭什么说我欠钱 我早还了",
]

#: Why they say one owes, said by one who holds it paid: a dispute of the debt, but at a missed
#: payment the answer that it was paid.
WHY_SAID_TO_OWE = [
    ("why do you say i owe this, i paid it in june", "en"),
    ("why you say i owe, i have the receipt", "en"),
    ("miért mondják, hogy tartozom? mindent kifizettem", "hu"),
    ("miért írják, hogy még tartozom, megvan a csekk", "hu"),
    ("为什么说我还欠 我有转账记录", "zh"),
    ("我上个月就转了 怎么说我没还", "zh"),
]

NOT_DISPUTES = [
    "i send 200 home but this is not my spending, mine is 600",
    "minden hónapban küldök 40-et a fiamnak, de az nem az enyém, a kiadásom 120",
    "haza utalok 30 ezret anyámnak, az nem az enyém, nekem 150 kell",
    "nah my card was declined at the shop, spending 400",
]


@pytest.mark.parametrize("text", DISPUTES)
def test_round53_a_card_never_had_or_a_debt_questioned_is_disputed(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(("text", "language"), WHY_SAID_TO_OWE)
def test_round53_why_one_is_said_to_owe_disputes_the_debt(text: str, language: str) -> None:
    assert understanding().interpret(text, Question.INCOME, language).meaning == "dispute"


@pytest.mark.parametrize(
    "text", ["我上个月就转了 怎么说我没还", "我已经还了，为什么说我没还", "明明还了 为啥还说我欠钱"]
)
def test_round53_why_one_is_said_to_owe_answers_a_missed_payment_as_paid(text: str) -> None:
    # (in English and Hungarian "I owe" is heard by the classifier as a dispute there: a person)
    assert understanding().interpret(text, Question.MISSED, "zh").meaning == "claim_paid"


@pytest.mark.parametrize("text", NOT_DISPUTES)
def test_round53_money_sent_home_not_ones_own_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "is a catalogue a debt?",
        "is my brother's loan to me a debt?",
        "is the carer's allowance income?",
        "a családi pótlékot is be kell írni bevételnek?",
        "a kölcsönt a sógoromtól fel kell tüntetni tartozásként?",
        "这个要怎么填",
        "这笔要怎么算",
        "一个月写多少",
        "how do i put this down, its a family loan",
    ],
)
def test_round53_whether_a_thing_is_a_debt_or_how_to_put_it_asks_what_is_meant(
    text: str,
) -> None:
    assert asks_what_is_meant(text)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("is the debt 200? i think it's more", Question.OTHER_DEBTS),
        ("my income is 900", Question.INCOME),
    ],
)
def test_round53_a_figure_given_is_still_read(text: str, question: Question) -> None:
    assert understanding().interpret(text, question, "en").amount is not None


@pytest.mark.parametrize(
    ("text", "language", "meaning"),
    [
        (
            "magyarul kérem, my english is fine but the numbers are easier in hungarian",
            "en",
            "language:hu",
        ),
        ("english please, a magyarom megy, de angolul könnyebb a számokkal", "hu", "language:en"),
        ("中文可以吗 english ok but chinese is easier for me with money", "zh", "language:zh"),
        ("in english please, 英文的字看着不累 中文字看着累", "en", "language:en"),
    ],
)
def test_round53_the_language_said_easier_is_the_one_asked(
    text: str, language: str, meaning: str
) -> None:
    assert understanding().interpret(text, Question.INCOME, language).meaning == meaning


@pytest.mark.parametrize(
    ("text", "amount"),
    [("我在工厂做 人工一个月四千", 4000), ("人工出人民币 五千", 5000), ("人工高过以前 六千", 6000)],
)
def test_round53_cantonese_pay_is_no_clerk_asked_for(text: str, amount: int) -> None:
    assert understanding().interpret(text, Question.INCOME, "zh").amount == amount


@pytest.mark.parametrize("text", ["转人工", "我想找人工客服", "人工"])
def test_round53_a_clerk_asked_for_is_still_heard(text: str) -> None:
    assert understanding().interpret(text, Question.INCOME, "zh").meaning == "person"
