"""Money families of round 59 in Chinese (second pass), in words of our own: what is read, and
what is asked again.

Asked again everywhere: a total of the items said with "多" after it ("加在一起三千多", "一共
一千多块"): how far over is unsaid, as of the figure alone. Near miss: the total said whole
(the total, as before).

Asked again at expenses: an essential left out with "不含" and no figure of its own ("不含房租",
"不包含吃的"). Near misses: "含房租…", the rent inside the figure, and a debt left out (read).

Asked again at income: the base with the bonus said only as a share of the whole ("绩效占20%",
"提成占百分之四十"). Near misses: a bonus said as money, a rate beside a debt (as before).

Asked again at income: only what is left once the rent or living costs are paid ("交了房租还剩
三千"). Near misses: the pay said beside it, a business's costs taken off (read, as before).

Read at income: the own exact pay said first, then a spouse's, each said with whose it is ("4千2
我老婆5千"): the own. Near misses: the spouse's said first, the own rough, the own only compared
or a share (asked again, as before).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # near miss: a total said whole
    ("房租一千二 吃饭坐车 一共两千五", "zh", "expenses", "2500"),
    # near misses: the rent inside the figure, a debt left out
    ("3500 含房租1500", "zh", "expenses", "3500"),
    ("一个月两千六 不含房贷", "zh", "expenses", "2600"),
    # near misses: a bonus said as money
    ("底薪3k 提成一千左右", "zh", "income", "4000"),
    # near misses: the pay said beside what is left, a business's costs taken off
    ("4800 交了房租还剩三千", "zh", "income", "4800"),
    ("跑车的 扣完油钱剩五千二", "zh", "income", "5200"),
    # the own exact pay beside a spouse's
    ("4千2 我老婆5千", "zh", "income", "4200"),
    ("到手5k1 老婆比我少 她4k", "zh", "income", "5100"),
]

#: (text, language, question): asked again
ASKED_AGAIN = [
    # a total said with "多" after it
    ("房租八百 吃的用的 加在一起三千多", "zh", "expenses"),
    ("水电网费加起来一千多块", "zh", "expenses"),
    # an essential left out with no figure of its own
    ("3100 不含房租", "zh", "expenses"),
    ("一个月一千九 不包含吃的", "zh", "expenses"),
    # the base with the bonus only as a share of the whole
    ("底薪三千五 提成占百分之四十", "zh", "income"),
    ("基本工资5k 绩效占20%", "zh", "income"),
    # only what is left after the rent or living costs
    ("交了房租还剩三千", "zh", "income"),
    ("除掉生活费剩一千五", "zh", "income"),
    # near misses: the two added up or likened, the own rough, the own only compared
    ("老公七千 我是他的一半", "zh", "income"),
    ("我老婆九千我四千", "zh", "income"),
    ("老婆六千 我四千多", "zh", "income"),
    ("比我老婆少300 她五千", "zh", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
