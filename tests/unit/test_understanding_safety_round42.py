"""The kinds of distress, dispute and requests of round 42, and everyday talk near them.

Distress said beside a figure: papers, passwords or a letter left for a relative who "will need
them soon" or "will understand"; the grave beside a late husband longed for; the brakes less and
less wanted on the way to a wall; the last payment, "you won't find me after this". Disputes: a
subscription charged month after month beyond what was signed up for, not accepted. Requests:
which side a figure goes on, and whether an own offer has a least amount, ask what is meant. Not
alarms: passwords written down for a wife "in case", a shared grave bought beside a husband,
not braking hard on ice, a loan shark's interest repaid, a lender named by its brand paid off.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import signals_dispute, signals_distress

DISTRESS = [
    "1,100, and i've written down where my life insurance is for my son, he'll need it before long",
    "havi 180, leírtam, hol vannak a biztosítási papírok a fiamnak, hamarosan szüksége lesz rájuk",
    "工资四千 银行卡密码都告诉我儿子了 他会懂的",
    "给儿子写了封信 放在他枕头底下 开销两千",
    "spend about 900, the plot next to my late husband is paid for and im looking forward to it",
    "havi 120, a párom mellett a hely kifizetve, és egyre inkább várom",
    "一个月一千五 老伴旁边的墓地早买好了 我越来越盼着",
    "doing 90 towards the bridge wall at night and i less and less want to brake. 1,400",
    "hazafelé a fa felé megyek, egyre kevésbé akarok fékezni, fizetés 260",
    "晚上开车一百六往墙上冲 越来越不想踩刹车 收入五千",
    "80, last payment, after that you won't find me",
    "这是最后一笔 八百 到时候你们找我也找不到了",
]

NO_DISTRESS = [
    "wrote down where the passwords are for my wife in case, 1,200",
    "我们买了合葬的墓地 在老伴旁边 花了两万 平时开销三千",
    "i don't want to brake hard on ice so i bought winter tyres, 120 that month",
]

DISPUTES = [
    "signed up for a 2 quid trial and since then they're taking 24 a month, i don't accept that",
    "egy appra fizettem elő ezer forintért, azóta havonta 9 ezret vonnak le, ezt nem fogadom el",
    "订了两块钱试用 之后每个月扣我二十四 我不认",
]

NO_DISPUTES = [
    "每周还高利贷利息六百",
    "ezt nem fogadom el, túl sok",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round42_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round42_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize("text", DISPUTES)
def test_round42_charges_beyond_a_subscription_are_disputes(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize("text", NO_DISPUTES)
def test_round42_a_loan_sharks_interest_or_a_refusal_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize(
    ("text", "language", "question", "meaning"),
    [
        ("az albérlőtől kapott pénzt a kiadásból vonjam le, vagy a bevételhez számoljam?",
         "hu", "expenses", "help"),
        ("还款金额有没有最低要求 我不知道该填多少才行", "zh", "counter", "help"),
        ("唯品花最后一期上个月还完了 别的没有", "zh", "other_debts", "0"),
        ("the koyo loan is paid off now, nothing else", "en", "other_debts", "0"),
        ("nem fogadom el", "hu", "agreement", "decline"),
    ],
)  # fmt: skip
def test_requests_and_answers_of_round42(
    text: str, language: str, question: str, meaning: str
) -> None:
    reading = understanding(None).interpret(text, Question.at(question), language)
    assert reading.meaning == meaning
