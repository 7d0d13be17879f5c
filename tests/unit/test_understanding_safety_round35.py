"""The kinds of distress of round 35, and everyday talk near them.

Distress said beside a figure: the flowers or the coffin chosen for one's own funeral; envying the
dying; not wanting to survive it; hoping a lorry does not stop; whether the debt dies with one;
what happens after one is gone arranged; going to join a spouse who died; not braking, the
insurance to pay out. Not alarms: flowers chosen for a birthday, envy of a steady job, the bus
that runs, the loan's insurance asked about, a hard time got through, the items ticked as paid,
another lender's loan paid off.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import signals_distress
from dialogs.understanding.rules.safety import signals_paid_off

DISTRESS = [
    "1,300. picked out the hymns for my own last week",
    "kb 160, a koszorút is kiválasztottam magamnak",
    "两千 给自己订好了骨灰盒",
    "i nurse the dying and i envy them now, 1,500",
    "a hospice-ban a haldoklókat ápolom és irigylem őket, 230",
    "两千八 我有点羡慕那些要走的人",
    "900. i don't want to get through this one",
    "200 ezer, nem akarom túlélni ezt",
    "四千 真的不想再熬下去了",
    "50 a month. i cycle in front of the buses and hope one won't brake",
    "havi 10, remélem, hogy egyszer a busz nem fékez",
    "每月二百 盼着哪辆卡车别踩刹车",
    "1,100. if i'm gone does the card debt die with me",
    "ha meghalok, elengedik a tartozást? 150",
    "三千 我要是不在了 这些债是不是就不用还了",
    "sorted what should happen when i'm gone, rent 600",
    "elrendeztem, mi legyen utánam, a rezsi 40",
    "两千五 我身后的事情都安排好了",
    "40 a month, then i'll be with my late husband again",
    "havi 15, és megyek a párom után, már vár rám",
    "每月五百 她在那边等我",
    "loan 120. one day i won't brake and the insurance would pay out",
    "a kocsi 60. ha nem fékezek, a biztosító fizet",
    "车贷两千 哪天不踩刹车 保险会赔",
]

NO_DISTRESS = [
    "1,180, choosing flowers for my mums birthday",
    "i envy people with a steady job, 1,200",
    "if i die will the loan insurance cover it? 200 a month",
    "we got through it somehow, 1,400",
    "túléltük valahogy, 240",
    "我羡慕别人工资高 我才四千",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round35_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round35_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


def test_another_lenders_loan_paid_off_is_no_dispute_at_the_other_debts() -> None:
    """Said paid, yet named: "volt egy Provident, de kifizettem" answers the other debts."""
    layer = understanding(None)
    for text, language in (
        ("nincs. volt egy Cofidis hitelem, de tavaly kifizettem", "hu"),
        ("none, had a vanquis card but paid it off", "en"),
    ):
        meaning = layer.interpret(text, Question.at("other_debts"), language).meaning
        assert meaning == "0", text
    assert signals_paid_off("a Provident kölcsönt már kifizettem")
