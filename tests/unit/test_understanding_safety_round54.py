"""The kinds of distress, disputes and requests of round 54, and everyday talk near them.

Distress said beside a figure: working out how long before anyone would notice one gone;
staring at something, picturing how quick it would be; not planning to live through next month;
not the one paying by then, the mind made up; two going together, the children left to a
grandparent; not recognising oneself any more. Not distress: a payment or a mistake noticed late,
a quicker way to pay or to work, a meeting of next month, someone else taking over the payments,
moving away together for work, a fund named after a crisis.

Not disputes: a contract in one's name that a relative pays, a home that is a partner's (a card
that is a partner's still is one). Requests: under which of two headings a thing goes, which of
two figures to write; a budget gone through with an actual person.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import signals_dispute, signals_distress
from dialogs.understanding.rules.intents import Intent, read_intent
from dialogs.understanding.rules.safety import asks_what_is_meant

DISTRESS = [
    "couldnt sleep, kept wondering how long until anybody would notice i was gone. 400",
    "nem alszom, csak számolom, mennyi idő múlva venné észre valaki, hogy nem vagyok többé. 90",
    "睡不着 一直在想多久才会有人发现我不在了 开销两千",
    "i keep staring at the plug socket thinking how quick it would be. income 900",
    "a konnektort bámulom, hogy milyen gyors lenne. 200 ezer",
    "盯着电闸看 想着那样有多快 收入三千",
    "not planning on seeing next month honestly, put 20",
    "nem tervezem megérni a következő hónapot, 30 ezer",
    "这个月过完 不打算活过下个月了",
    "wont be around by then, my mind is made up. 40",
    "karácsonyra már nem én fogom fizetni, eldöntöttem",
    "还钱的人不会是我了 我已经想好了",
    "we'll go together after payday, the kids will go to my mum",
    "együtt megyünk el a férjemmel, a gyerekeket anyámra hagyjuk",
    "我俩一起走 孩子托付给我姐",
    "i dont even recognise myself anymore, 300",
    "már magamra se ismerek, 50 ezer",
    "我都不认识自己了 三百",
]

NO_DISTRESS = [
    "how long before anyone noticed the payment had bounced, probably weeks. 300",
    "took ages, how long before anyone noticed the mistake on the invoice. 120",
    "mennyi idő múlva venné észre valaki a hibát a számlán? 40 ezer",
    "多久才会有人发现这笔钱没到账 开销两千",
    "staring at the app thinking how quick it would be to pay online, 300",
    "bámulom az új gépet, milyen gyors lenne vele a munka, 300",
    "盯着网速看有多快 开销两百",
    "not planning to make it to next month's meeting, 200 is fine",
    "我不打算下个月再还了 三百",
    "it wont be me paying it by christmas, my husband is taking it over, 60",
    "már nem én fogom fizetni, eldöntöttem, hogy a fiam veszi át, 50",
    "we'll go together to leeds for work, 100 a month",
    "együtt megyünk el dolgozni, a gyerekeket anyámra hagyjuk, 200",
    "工资发了我俩一起走 去深圳打工 孩子交给我妈带",
    "i didnt recognise myself in the old photo, spending 100",
    "a krízissegélyből fizettük a rezsit, 120",
    "the council crisis fund paid the gas, 80",
    "i'm falling behind on everything, spending 700",
    "got a job on the bridge crew, income 1200",
    "the ledge at work is slippery, spending 300",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round54_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round54_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


def test_round54_a_crisis_of_ones_own_is_still_distress() -> None:
    assert signals_distress("krízisben vagyok, 40 ezer")
    assert signals_distress("i'm in crisis, 200")


DISPUTES = [
    "the card in my name that my ex used, those charges arent mine",
    "a kártya a férjemé, nem az enyém",
    "nem tartozom semmivel, a segélyből kifizették az egészet",
]

NOT_DISPUTES = [
    "theres a loan in my name that my daughter pays, my own is 0",
    "a mobile in my name which my lad covers, nothing else",
    "a ház a férjemé, én csak a rezsit fizetem, 60",
    "az albérlet a nővéremé, neki adok 50-et",
    "手机合约在我名下 我儿子在还 我自己没有",
]


@pytest.mark.parametrize("text", DISPUTES)
def test_round54_a_card_not_ones_own_is_still_disputed(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize("text", NOT_DISPUTES)
def test_round54_a_thing_in_ones_name_or_a_partners_home_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "do i put the gym under health or under leisure?",
        "should i put the dog insurance in bills or food?",
        "which one do i put, mine or the household?",
        "melyiket írjam, a sajátomat vagy a családét?",
        "az enyémet vagy a közöset adjam meg?",
        "要写我一个人的还是全家的",
        "开销写家里的还是我自己的",
        "该填哪个数",
    ],
)
def test_round54_which_heading_or_which_figure_asks_what_is_meant(text: str) -> None:
    assert asks_what_is_meant(text)


@pytest.mark.parametrize(
    "text",
    [
        "i want to go through this with an actual person",
        "would rather sort it with a proper human being",
    ],
)
def test_round54_a_budget_gone_through_with_a_person_asks_for_one(text: str) -> None:
    assert read_intent(text, "en") is Intent.PERSON


@pytest.mark.parametrize("text", ["i live with an actual dog, 300", "my partner is a person, 200"])
def test_round54_no_person_asked_for_in_passing(text: str) -> None:
    assert read_intent(text, "en") is not Intent.PERSON


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("az albérlet a nővéremé, neki adok 50-et havonta", "hu"),
    ],
)
def test_round54_no_alarm_beside_anothers_thing(text: str, language: str) -> None:
    reading = understanding().interpret(text, Question.EXPENSES, language)
    assert reading.meaning not in ("dispute", "distress")
