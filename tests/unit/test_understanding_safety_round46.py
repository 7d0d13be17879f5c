"""The kinds of distress of round 46, and everyday talk near them.

Distress said beside a figure: a fall hoped for, the harness or the seat belt left off; walls
punched till the knuckles bleed; everything deleted "so there is less to sort out after"; two
letters written, one of them "not for work"; waiting for the train at a level crossing; rowing
out to the middle of the river and stepping off; a hose ready for the exhaust; going down to the
water "and that's it"; a cave-in or an accident wished for; the next life promised to a mother; a
child told what to do "when dad is gone". Not disputes: things counted that are another's ("1,500
sheep through the auction, not mine"), a lease or a credit union's loan named beside things paid
off at the other debts. A request: English asked for by one who "gets lost with the Hungarian".

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import signals_dispute, signals_distress

DISTRESS = [
    "spending 900. part of me hopes i fall off the scaffold tomorrow",
    "ive stopped wearing my seatbelt on the motorway, income 1,200",
    "i keep punching the wall till my knuckles bleed, 60 a month is all i can do",
    "cleared out my room and my phone, less for my family to deal with after. income 0",
    "wrote a couple of notes tonight, the other one isnt about work. other debts none",
    "minden este kimegyek a sínekhez és várom a vonatot, 180 a kiadás",
    "gyakran gondolok arra, hogy besétálok a tó közepére és nem jövök vissza, havi 20",
    "a garázsban ott a slag a kipufogóhoz, 15 ezret tudok",
    "ez az utolsó tízezrem, aztán elmegyek a folyóhoz és vége",
    "the hose is in the boot, ready to go on the exhaust. 50 a month",
    "开车的时候老想 出个车祸把我撞死算了 工资三千八",
    "给我爸留了话 下辈子再报答他 开销两千",
    "跟儿子说了 以后妈妈不在了要好好照顾自己 三百",
    "told my boy when daddys not here anymore he has to look after his mum. 40 a month",
]

NO_DISTRESS = [
    "i clip my harness on every single time, spending 900",
    "punched the clock at 6 every day this month, income 1,400",
    "i wrote two letters to the council, the other one is about the bins",
    "reggel a peronon várom a vonatot, munkába járok, 190 a kiadás",
    "kievezünk a tó közepére horgászni hétvégén, havi 20",
    "the exhaust needed a new hose, 85 at the garage",
    "我爸不在了 去年走的 开销两千",
    "下辈子都还不完这些钱 每月最多三百",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round46_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round46_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


NOT_DISPUTES = [
    "1,500 sheep went through the auction, not mine obviously. spending 900",
    "we moved 300 pallets today, not mine lol",
]

DISPUTES = [
    "3 transactions on there, not mine",
    "there are 2 charges from a shop i never went to, not mine",
]


@pytest.mark.parametrize("text", NOT_DISPUTES)
def test_round46_things_counted_that_are_anothers_are_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize("text", DISPUTES)
def test_round46_charges_said_not_mine_stay_disputes(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("a furgon lízing havi 60 ezer, a két láncfűrész ki van fizetve", "hu"),
        ("the van lease is 120, the tools are all paid off", "en"),
        ("信用社的贷款去年就还完了 现在没有", "zh"),
    ],
)
def test_round46_a_lease_or_a_credit_unions_loan_paid_off_is_no_dispute(
    text: str, language: str
) -> None:
    reading = understanding().interpret(text, Question.OTHER_DEBTS, language)
    assert reading.meaning != "dispute"


@pytest.mark.parametrize(
    "text",
    [
        "could we switch to english pls, i get lost with the hungarian numbers",
        "english please, i struggle with the hungarian",
    ],
)
def test_round46_english_asked_for_beside_hungarian_not_followed(text: str) -> None:
    assert understanding().interpret(text, Question.EXPENSES, "hu").meaning == "language:en"
