"""Families of round 68 in Chinese (an answer with something more in the same message), in words
of our own: what is read, and what is asked again.

The card's digits put right with the slip owned after them ("1234 不对 是1243 看错了"): the
digits after the correction. A charge denied in Cantonese ("唔係我碌嘅"): a dispute; one's name
as a payer beside an offer ("一辈子没欠过别人钱"): none. An agreement with thanks for calls not
made, a word about another lender, a promise to pay on time once well, or "better than I
thought": accepted.
"""

from __future__ import annotations

import pytest

from dialogs.understanding.rules.answers import signals_refusal
from dialogs.understanding.rules.intents import read_card_digits
from dialogs.understanding.rules.safety import signals_dispute

#: (text, the digits read)
DIGITS = [
    ("尾号5120 哦不对 是5102 刚才看错了 不好意思", "5102"),
    ("卡尾号7731 不对 7713 打错了", "7713"),
    ("尾号6604 说错了 是6640 我眼花看错了", "6640"),
    ("尾号4417 刚才看错了", "4417"),  # the slip owned, no other digits: the ones said
]


@pytest.mark.parametrize(("text", "expected"), DIGITS)
def test_the_cards_digits(text: str, expected: str) -> None:
    assert read_card_digits(text) == expected


#: (text, whether the debt is disputed)
DISPUTES = [
    ("好 就呢個 不过账单上面嗰笔2999唔係我碌嘅 我成日都喺屋企", True),
    ("呢笔消费唔系我刷嘅 你哋查下", True),
    ("我從來冇碌過呢張卡 點解有消費", True),
    ("每个月还五百 我这辈子没欠过别人一分钱 这次是被洪水害的", False),
    ("一个月四百 我从来没欠过人家钱 一定按时还", False),
    ("每个月还五百 我没欠过你们钱", True),  # this debt denied
]


@pytest.mark.parametrize(("text", "expected"), DISPUTES)
def test_the_dispute(text: str, expected: bool) -> None:
    assert signals_dispute(text) is expected


#: (text, whether the agreement is held back)
REFUSALS = [
    ("可以 我同意 说实话比我想的好多了", False),
    ("同意 比预想的顺利 谢谢", False),
    ("嗯 我同意 谢谢你们没有一直催 之前别家打电话好凶", False),
    ("同意 感谢你们没有为难我", False),
    ("好嘅 我同意 等我腰好返就可以按时还了", False),
    ("同意 等伤好了我就能按时还", False),
    ("我同意 不过比我想的贵", True),
    ("同意是同意 比我想的要多", True),
    ("同意 等发了工资再签", True),
    ("谢谢 我没想好", True),
]


@pytest.mark.parametrize(("text", "expected"), REFUSALS)
def test_the_refusal(text: str, expected: bool) -> None:
    assert signals_refusal(text) is expected
