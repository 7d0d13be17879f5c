"""Chinese money families of the sweep over rounds 31-58 (lane s40), in words of our own: what is
read, and what is asked again.

Read at counter: a monthly figure offered, then how it is paid between a helper and the
cardholder ("我哥帮我出两百 我自己出五百"), the two adding up to it: the whole is the offer, not
the own part. Near misses: parts that do not add up to it (the own part, as before), and the
parts with no whole before them (asked again, as before); the own part stays the answer of the
debts' payments.

Asked again at expenses: the pay is the only figure, said to be all spent with a debt paid out
of it ("还了花呗", "还完信用卡"): how much of it was the debt's is not said. Near miss: the pay all
spent with no debt named is the spending (as in rounds 52 and 57).

Asked again at income: paid when a job is done with the once said first ("工程做完一次结"), or by
the batch sold ("卖一批算一批"): what one job or batch brought is no month's. Near miss: the
month's worked out after it (read).

Asked again at expenses: one item's figure, then the other items said to be unknown ("其他的不确
定", "别的说不好"). Near miss: a figure of the others after it (added).

Read at expenses: a saving aimed at by the month ("目标是每月存一千", "打算每个月攒五百"), with
what came of it ("结果一分没存下"), beside the spending: the spending, no sum. Near miss: a saving
made by the month is an item as before.

Asked again at income or expenses: another's figure said first (a friend's, a neighbour's), the
own said only to be about the same ("我也差不多"). Near miss: an own figure after it (read).

Read at income: "零" said alone as the figure ("现在是零", "降到零了") beside another time's, as
"现在是0" is: nought now. Near misses: the "零" inside a figure, and "零工".

Asked again at the offer: the pay said alone as what one earns ("我一个月挣四千"): what comes in,
not what can be paid. Near misses: an offer beside it, and the same at income (read).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a monthly offer split between a helper and the cardholder: the whole
    ("每个月还七百 我哥帮我出两百 我自己出五百", "zh", "counter", "700"),
    ("还九百吧 家里替我还四百 自己五百", "zh", "counter", "900"),
    # near miss: parts that do not add up to the offer, the own one as before
    ("还一千 我姐帮我出三百 我自己五百", "zh", "counter", "500"),
    # near miss: at the debts' payments the own part stays the answer
    ("车贷2600, 我爸每个月帮我还一千, 我自己出1600", "zh", "other_debts", "1600"),
    # near miss: the pay all spent, no debt named: the spending
    ("工资三千六 全花光了", "zh", "expenses", "3600"),
    # near miss: paid by the job or the batch, the month's worked out after
    ("工程做完一次结 一个月平均六千", "zh", "income", "6000"),
    ("卖一批算一批 一个月算下来四千左右", "zh", "income", "4000"),
    # near miss: the others' figure said after them
    ("房租一千五 其他的不确定 大概五百", "zh", "expenses", "2000"),
    # a saving aimed at, beside the spending
    ("打算每个月攒五百 可是一分钱都没攒下 房租一千二 吃饭八百", "zh", "expenses", "2000"),
    ("本来想一个月存八百 每月花两千六", "zh", "expenses", "2600"),
    # near miss: a saving made by the month, an item as before
    ("每月存五百 房租一千", "zh", "expenses", "1500"),
    # near miss: another's figure, then the own one
    ("我同学一个月五千 我差不多四千", "zh", "income", "4000"),
    # nought said alone as the figure now, beside another time's
    ("原来一个月五千 现在是零", "zh", "income", "0"),
    ("饭店关门前每月三千六 现在收入降到零了", "zh", "income", "0"),
    # near misses: "零" inside a figure, and odd jobs
    ("一个月一万零五百", "zh", "income", "10500"),
    ("打零工 一个月两千", "zh", "income", "2000"),
    # near misses: an offer beside what one earns, and what one earns at income
    ("一个月挣三千五 能还四百", "zh", "counter", "400"),
    ("我一个月挣三千五", "zh", "income", "3500"),
]

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # near miss: the parts with no whole before them, as before
    ("我爸帮我出三百 我自己出五百", "zh", "counter"),
    # the pay all spent with a debt paid out of it
    ("工资三千八 交完房租还完信用卡 全花光了", "zh", "expenses"),
    ("发了工资先还网贷 再交水电 到月底就花光了 工资三千九", "zh", "expenses"),
    # paid when a job is done, the once said first; paid by the batch sold
    ("装修活是工程做完一次结 上一个做了四个月拿了两万六", "zh", "income"),
    ("鸭子出一批结一批 上回结了一万五", "zh", "income"),
    # one item's figure, the others unknown
    ("房租一千五 其他的不确定", "zh", "expenses"),
    ("菜钱八百 别的说不好", "zh", "expenses"),
    # another's figure, the own only about the same
    ("邻居家一个月花三千 我们家应该也差不多", "zh", "expenses"),
    ("同事拿五千 我跟他一样吧", "zh", "income"),
    # the pay said alone as what one earns, at the offer
    ("我一个月挣三千五", "zh", "counter"),
    ("每个月能赚六千", "zh", "counter"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
