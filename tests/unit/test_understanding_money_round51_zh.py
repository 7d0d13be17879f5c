"""Money families of round 51 in Chinese (and what rounds 49 and 50 left), in words of our own:
what is read, and what is asked again.

Read: what is left of a whole after a part taken off it, said right after the two, the sums
coming out exactly ("月薪七千二 扣住宿费四百 我拿六千八", "整租四千 转租收回来一千五 我自己出
两千五"): the whole and the part are no items to add.

Asked again: an allowance beside the pay whose size hangs on the work done and is not said
("补贴按趟数算", "津贴补多少看天数"); a couple's takings said together and said never to be
split; a season's figure, that season not begun yet, no figure for now; an item's figure still
to be looked up ("那个多少我得查查"); items to be added up later ("加一块儿 我晚点算算": no
yuan in "一块儿"); a debt paid back "whenever there is some" ("什么时候有什么时候还"); an offer
said as "so much or a little over" ("两千来块吧"); a list's item named between two with their
figures, its own not said ("伙食一千五 话费 车费两百"); only the pay before deductions said, the
net said to be unread ("应发八千二 实发的那张找不到了").

Near misses, read or asked as before: three items whose sums come out so with no part taken
off ("房租两千 水电三百 吃饭一千七": all added); a wage an own outgoing is paid from ("车贷从卡
上扣"); the allowance's figure said, or said to be in the pay already; the own pay said after a
couple's money never split; the item's figure said after it is looked up; an offer said plainly;
an item's figure said after a space ("房租 两千五"); the net said beside the gross.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # what is left of a whole after a part taken off it
    ("月薪七千二 公司扣住宿费四百 我拿六千八", "zh", "income", "6800"),
    ("整租四千 转租一间收回来一千五 我自己出两千五 吃饭一千", "zh", "expenses", "3500"),
    ("房租两千 水电三百 吃饭一千七", "zh", "expenses", "4000"),
    # an item's figure after a space, the net beside the gross
    ("吃饭一千 房租 两千五", "zh", "expenses", "3500"),
    ("应发八千二 实发七千五", "zh", "income", "7500"),
    # an allowance said with its figure, or inside the pay
    ("底薪三千 补贴按天算 一个月六百", "zh", "income", "3600"),
    ("到手四千五 高温补贴按天算 已经包含在里面了", "zh", "income", "4500"),
    # a couple's money never split, the own pay said after it
    ("两口子开店 钱没分过 我另外上班每月三千", "zh", "income", "3000"),
    # an item looked up, its figure said
    ("借呗每月七百 分期乐多少我得看看 看了是三百", "zh", "other_debts", "1000"),
    # an offer said plainly
    ("每个月两千吧", "zh", "counter", "2000"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # a wage an own outgoing is paid from, as before
    ("工资六千 车贷从卡上直接扣两千 卡里剩四千", "zh", "income"),
    # an allowance whose size hangs on the work done
    ("开叉车 基本工资三千八 补贴按搬的吨数算 这个月的表还没出来", "zh", "income"),
    ("保安工资三千六 另有夜班津贴 补多少要看排了几个夜班", "zh", "income"),
    # a couple's takings never split
    ("我们俩开面馆 一个月挣一万 从来没分过", "zh", "income"),
    # a season's figure, the season not begun
    ("景区旺季一个月八千 今年旺季还没开始", "zh", "income"),
    # an item's figure still to be looked up
    ("信用卡每月一千二 还有一笔网贷 那个多少我得查查", "zh", "other_debts"),
    # items to be added up later
    ("话费车费伙食 加一块儿 我晚点算算", "zh", "expenses"),
    # a debt paid back whenever there is some
    ("借我表哥三万 什么时候有什么时候还", "zh", "other_debts"),
    # a list's item named without its figure; only the gross said
    ("伙食一千五 话费 车费两百", "zh", "expenses"),
    ("应发八千二 实发的那张找不到了", "zh", "income"),
    # an offer of so much or a little over
    ("两千来块吧", "zh", "counter"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
