"""Money families of round 58 in Chinese left by the first lane, in words of our own: what is
read, and what is asked again.

Asked again at income: the spouse's pay said first ("老婆…", "老公…", "媳妇…"), then the own
clause with "我" and a rough figure ("三千多"): never the spouse's figure read. Near misses: an
exact own figure after it (asked again as in round 49), a total of the home said after (read as
before).

Read at counter: a figure the bank put to them (a letter's, a text's, "你们要的") refused right
after ("做不到", "还不起", "太多了"), then the own offer: the own one. Asked again when no other
figure is left. Near miss: an own offer with no such word (read as before).

Read at expenses: a saving that would come only if something were done ("要是…能省…", "如果…
能少花…") beside the own figure now: the own one. Asked again when the saving is the only figure.
Near miss: a saving already made ("省了…", as before).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # near miss: the home's total said after the spouse's and the own
    ("老婆一个月三千 我四千 家里一共七千", "zh", "income", "7000"),
    # a figure put to them refused, then the own offer
    ("你们说的每月两千 我真的还不起 一个月八百行不行", "zh", "counter", "800"),
    ("短信上要的一千二太多了 我还六百", "zh", "counter", "600"),
    # near miss: an own offer, no figure of theirs
    ("每个月还五百 我尽量", "zh", "counter", "500"),
    # a saving only if, beside the own figure now
    ("假如换个便宜点的房子 一个月可以少花八百 现在每月两千九", "zh", "expenses", "2900"),
]

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # the spouse's pay said first, the own one only rough
    ("老公每月八千 我的三千多", "zh", "income"),
    ("我爱人一个月六千 我一个月两千多", "zh", "income"),
    # near miss: an exact own figure after it, asked again as before
    ("老公一个月七千 我一个月两千八", "zh", "income"),
    # a figure put to them refused, no other figure
    ("短信里要的一千五我拿不出来", "zh", "counter"),
    ("通知上写的每月两千 对我来说实在太多了", "zh", "counter"),
    # a saving only if, no figure of now
    ("要是把车卖了 每月能省六百", "zh", "expenses"),
    ("假如不点外卖 一个月就能少花四百", "zh", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
