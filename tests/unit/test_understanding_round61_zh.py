"""Money families of round 61 in Chinese, in words of our own: what is read, and what is asked
again.

Asked again at income: the pay of the cardholder and a partner said only added up, with the
month between them and the adding ("我跟媳妇每个月合起来…", "两口子一个月一共…"). Near miss:
the own figure said beside the couple's (read, as before).

Asked again at the spending: one month's figure, then the usual month said not to be sayable
with "how much" in between ("平常多少我也说不准"). Near miss: the usual month not sayable said
the old way (asked again, as before).

Read at the monthly payments: what a card is paid each month, then its minimum said after it
("每个月还…, 最低还款才…"): what is paid, the minimum not added. Near misses: the minimum said
as what is paid each month ("每月最低还款…"), alone or beside another debt's payment (read as
before).

Read at the spending: a bare whole said first, then what it goes on, each item with its figure
and all of them less than it ("九千左右 房贷四千 吃饭两千", "六千五 光房租就三千"): the whole,
its parts not added. Near misses: a later figure said to add ("再加…"), to be the own share
("我自己…") or larger than the first (asked again, as before), a whole taken back ("不对", read
as before).

Asked again at income: what one harvest brings the only money figure ("一茬挣个…", "一季下来…").
Near misses: a month's figure said beside it; a quarter ("一季度", read as before).

Read at the spending: figures, then items added with none of their own, then after a break the
figure that ends the message, more than those before ("…加上房租水电 四千二"): the total. Near
misses: the figure said with its item ("加上房租四千二"), or less than those before (summed as
before).

Asked again at the spending: all said to be gone once an item is paid ("交完房租就不剩啥了"), that
item's figure the only one. Near miss: a bare whole said beside it (read, as before).

Distress (other debts): one's life given up ("这条老命不想要了").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading, signals_distress
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # near miss: the own figure beside the couple's
    ("我跟老婆每个月加起来一万 我自己六千", "zh", "income", "6000"),
    # what is paid each month, then the minimum after it
    ("浦发的卡每个月还一千五 最低还款才六百", "zh", "other_debts", "1500"),
    ("每月都还三千 最低还款额是一千二", "zh", "other_debts", "3000"),
    # near misses: the minimum said as what is paid each month
    ("每月最低还款九百", "zh", "other_debts", "900"),
    ("每月还八百 另一张卡每月最低还款五百", "zh", "other_debts", "1300"),
    # a bare whole first, then its parts
    ("九千左右 房贷四千 吃饭两千", "zh", "expenses", "9000"),
    ("六千五 光房租就三千", "zh", "expenses", "6500"),
    ("四千八 比上个月少了 房租降了三百", "zh", "expenses", "4800"),
    # near miss: the whole taken back
    ("四千 不对 房租一千五 吃饭一千", "zh", "expenses", "2500"),
    # near misses: a month's figure beside a harvest's; a quarter
    ("一年两茬 一茬卖三万 平时打零工一个月两千", "zh", "income", "2000"),
    ("一季度发一次奖金 每月四千", "zh", "income", "4000"),
    # items added with no figure, then the total after a break
    ("菜钱一千 加上房租水电 四千二", "zh", "expenses", "4200"),
    ("孩子学费八百 加上吃穿用的 三千", "zh", "expenses", "3000"),
    # near misses: the figure with its item; less than those before
    ("菜钱一千 加上房租四千二", "zh", "expenses", "5200"),
    ("菜钱一千 加上房租 五百", "zh", "expenses", "1500"),
    # near miss: a bare whole beside all gone on the rent
    ("三千 交完房租基本不剩啥 房租两千", "zh", "expenses", "3000"),
]

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # the couple's pay added up, the month between
    ("我跟媳妇每个月合起来一万二", "zh", "income"),
    ("两口子一个月一共八千五", "zh", "income"),
    # the usual month not sayable, "how much" between
    ("这个月花了六千 有一部分是随礼 平常多少我也说不准", "zh", "expenses"),
    # near miss: the usual month not sayable the old way
    ("上个月四千二 平时的话说不好", "zh", "expenses"),
    # near misses: a later figure added, the own share, or larger than the first
    ("三千 再加房租两千", "zh", "expenses"),
    ("五千 我自己房租两千", "zh", "expenses"),
    ("两千 房租三千", "zh", "expenses"),
    # a harvest's figure only
    ("种香菇一年两茬 一茬挣个一万五", "zh", "income"),
    ("种西瓜 一季下来挣八千", "zh", "income"),
    # all gone once an item is paid, its figure the only one
    ("还完房贷就剩不下了 房贷三千五", "zh", "expenses"),
    ("交完房租就不剩啥了 房租一千八", "zh", "expenses"),
]

#: Texts that say the person is in crisis.
DISTRESS = [
    "欠了三万 这条老命不想要了",
    "等这季麦子收完 我这命也不要了",
    "还不上就不要这条命了",
]

#: Near misses: one's life said with no giving up.
NOT_DISTRESS = [
    "拼命干活 一个月五千",
    "这条路不要了 换了条近的",
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize("text", DISTRESS)
def test_distress_is_heard(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NOT_DISTRESS)
def test_no_distress_is_heard(text: str) -> None:
    assert not signals_distress(text)
