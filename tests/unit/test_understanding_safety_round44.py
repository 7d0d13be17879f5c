"""The kinds of distress and requests of round 44, and everyday talk near them.

Distress said beside a figure: "soon it will be me in the back" (of the hearse); pills gathered,
said after them; poison drunk, the stomach pumped, saved; what the insurance pays "if I died";
the phone wiped, its number stopped, "won't be needed"; the scars on the wrist, the urge to cut
again. Not alarms: a van or a house falling apart; another's van said not to be one's own.
Requests: Chinese asked for beside Hungarian not well read is Chinese; the language the message
names, not the one it cannot follow, though the classifier heard another; a call back "after 4"
asks for a person and names no amount.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import signals_dispute, signals_distress

DISTRESS = [
    "nemsokára én is a koporsóban fekszem, addig 150 a kiadás",
    "i drive for the undertakers, before long it'll be me in the back. spending 900",
    "开灵车的 迟早我也躺后面 开销三千",
    "az altatóimat összegyűjtöttem, a rezsi 40",
    "安眠药都攒够了 每月花两千",
    "megittam a gyomirtót múlt héten, kimosták a gyomromat, jövedelem 0",
    "swallowed weedkiller last month and had my stomach pumped, no income now",
    "上个月喝了百草枯 洗了胃 现在没收入",
    "我如果死了 你们找谁要 工资四千",
    "if i died would the life insurance pay the card off? income 1,300",
    "ha meghalnék, a biztosítás kifizetné a tartozást? 210 a fizetésem",
    "deleted everything off my phone, 1,050 a month",
    "mindent kitöröltem a telefonomról, 180 a kiadás",
    "电脑里的照片都删光了 另外有个网贷每月八百",
    "手机号下个月就停了 以后用不上了 工资三千",
    "the scars on my wrist have barely healed, income 1,100",
    "i want to cut myself again, spending 800",
    "a csuklómon a heg még látszik, megint megvágnám magam, 160",
    "手腕上的伤口还没好 工资三千五",
]

NO_DISTRESS = [
    "the van is on 200,000 miles and falling apart, spending 950",
    "the house is falling apart but the landlord wont fix it, rent 700",
    "drank too much coffee this week lol, spending 880",
    "割草的活一天两百 又想划算一点 一个月四千",
]

NOT_DISPUTES = [
    "thats my brothers van not mine, i spend 900",
    "its the firms lease not mine, no other debts",
]

DISPUTES = [
    "this card is not mine",
    "the debt isn't mine",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round44_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round44_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize("text", NOT_DISPUTES)
def test_round44_anothers_van_not_mine_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize("text", DISPUTES)
def test_round44_the_debt_not_mine_is_still_a_dispute(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    ("text", "language", "question", "meaning"),
    [
        ("可以说中文吗 匈牙利语我看不太懂", "hu", "counter", "language:zh"),
        ("can we do english, i dont really get the hungarian", "en", "income", "language:en"),
        ("inkább beszélnék valakivel telefonon, hívjanak vissza 5 után", "hu", "income",
         "person"),
    ],
)  # fmt: skip
def test_requests_and_answers_of_round44(
    text: str, language: str, question: str, meaning: str
) -> None:
    reading = understanding(None).interpret(text, Question.at(question), language)
    assert reading.meaning == meaning
