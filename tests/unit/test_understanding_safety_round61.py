"""The kinds of distress and disputes of round 61, and everyday talk near them.

Distress: one's life no longer wanted ("这条命我也不要了"). Not distress: working oneself to the
bone to pay ("拼了老命"), a life saved, an order or money no longer wanted.

Disputes: a settlement agreed and paid, and the whole balance asked for again. Not disputes: a
payment made and the plan's amount still to pay, a plan agreed and paid into with the rest left,
a balance paid off and now shown as nothing.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding.rules import signals_dispute, signals_distress

DISTRESS = [
    "催收天天打电话 等这批货卖完 这条命我也不要了",
    "我这条烂命也不想要了 两千",
    "这条命不要了 随便你们",
]

NOT_DISTRESS = [
    "这条老命拼了也要把钱还上 每月两千",
    "这条命是医生捡回来的 现在每月三千",
    "这个订单不要了 退款吧",
    "这个月的加班费不要了 换休息",
]

DISPUTES = [
    "the collector said 600 would settle it, i sent it in march and now you want the full amount",
    "we agreed 350 would close the account, i paid that, now the whole balance is back",
    "full and final settlement they called it, i paid, and still the original debt is on my app",
    "megegyeztünk, hogy 80 ezerrel lezárják. befizettem, most megint a teljes tartozást kérik",
    "kifizettem amit kértek, mégis az egész összeg itt van újra",
    "说好还三千就结清 我还了 现在又要我还全额",
    "跟催收谈好一次性还五千 钱转了 怎么又来要全部",
]

NOT_DISPUTES = [
    "i paid it last week, now the full amount is 300 a month",
    "we agreed a payment plan, i paid 50 and now the full amount is 1,200 left",
    "i paid it off and now the full balance shows zero",
    "paid the gas bill, still the whole amount of rent to go",
    "befizettem a részletet, megint egész hónapra elég a pénz",
    "上个月还了 现在全部还清了",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_a_life_no_longer_wanted_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NOT_DISTRESS)
def test_everyday_talk_of_life_and_not_wanting_is_calm(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize("text", DISPUTES)
def test_a_settlement_paid_then_the_whole_balance_asked_is_a_dispute(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize("text", NOT_DISPUTES)
def test_a_payment_with_the_rest_still_to_pay_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)
