"""Money families of round 57 in Chinese, a second pass, in words of our own: what is read, and
what is asked again.

Read at income: the month's figure the person works out themselves from a longer span's, said
last ("一个季度…平均到每个月…", "按十二个月摊 一个月…", "我自己折了下一个月…", "我算一个月按四周
半 …"); a debt's monthly payment beside the pay set aside ("网贷每月还要还…", "车贷每月…");
a ticket's price a head set aside ("门票一人…"); the pay the boss settles on, said last ("老板说
统一按…发"). Near misses: at expenses a share ("跟室友平摊 一个月…") or an item apart ("另外算")
is no month worked out; a debt's cost worked through ("车贷六千 剩下…是我的") stays as before.

Asked again: a whole said to hold the card's own payment ("里面包括还你们的最低…", "包括你们那张
的最低还款"; not "不包括"); at expenses a bill paid every two or three months beside others, not
turned monthly ("水费两个月…"); another debt's figure to be looked up ("多少我得去看一下"); at
counter an offer for one season only ("冬天一分都还不了"), or a figure said to be hard even so
beside the bank's minimum ("你们说的最低… 我…都难"; another figure left is read as before).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

READ = [
    # the month worked out by the person from a longer span's
    ("按半年结一次 半年三万 平均到每个月五千", "zh", "income", "5000"),
    ("去年跑滴滴挣了六万 按十二个月摊 一个月五千", "zh", "income", "5000"),
    ("养了三十头猪 一年净赚九万六 我自己折了下一个月八千", "zh", "income", "8000"),
    ("一周九百 我自己算一个月按四周半 四千零五十", "zh", "income", "4050"),
    # a debt's payment beside the pay
    ("月收入四千二 另外网贷每月还要还六百", "zh", "income", "4200"),
    ("工资五千五 花呗每个月还八百", "zh", "income", "5500"),
    # a ticket's price a head beside the pay
    ("景区开观光车 门票一人六十 上个月到手四千一", "zh", "income", "4100"),
    # the pay the boss settles on, said last
    ("上个月到手五千零八十 这个月活少 老板说统一按四千二发", "zh", "income", "4200"),
    # near miss: the bill turned monthly by the person
    ("水费两个月一百二 平均一个月六十 房租一千", "zh", "expenses", "1060"),
]

ASKED_AGAIN = [
    # the card's own payment inside a whole
    ("每月两千六 里面包括还你们的最低九百", "zh", "expenses"),
    ("一共三千 包括你们这张的最低还款", "zh", "other_debts"),
    # a bill every few months beside others, not turned monthly
    ("燃气费两个月九十 电费一个月一百五 房租八百", "zh", "expenses"),
    # another debt's figure to be looked up
    ("车贷每月两千 还有个花呗 花呗多少我得去查一下", "zh", "other_debts"),
    # an offer for one season only
    ("农忙每月还一千 农闲一分都还不了", "zh", "counter"),
    # hard even so, beside the bank's minimum
    ("你们说的最低一千二 我八百都难", "zh", "counter"),
    # near misses that stay as before: a share at expenses ("平摊" is no month worked out), and
    # the card's part said left out ("不包括", asked again as before: what is missing unsaid)
    ("房租两千 水电我俩平摊 一个月三百", "zh", "expenses"),
    ("开销每月两千九 不包括你们的最低还款", "zh", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
