"""Money families of round 53 in Chinese (and what rounds 46 to 52 left), in words of our own:
what is read, and what is asked again.

Read: shorthand for a round unit after a Chinese numeral or with the measure word 个 ("两个k" is
2000, "一个w" 10 000, "三k五" 3500), Cantonese 嚿水 for a hundred ("六嚿水" is 600, "二十八嚿水"
2800); 俩 and 仨 of the north before a unit ("俩千八" is 2800, "仨百" 300). Pay by the piece: a
rate, the count of pieces, then the month's pay that is exactly their product, or a base pay plus
it ("缝一件四十 这个月缝了九十件 三千六"): the pay is read, no sum of the three.

Asked again: the same shorthand said by the day or the week ("每日俾我四嚿水", "每个礼拜两个k");
a figure in another currency named before it ("越币四百万一个月"); one unit said roughly with 把
("千把块", a thousand or so) beside another item; pay said to come every two weeks with the verb
of paying between ("两周发一次", "两个星期结一次").

Near misses, read as before: "3k" and "1w2" in digits (the multipliers read them); the yuan
figure beside one in another currency; "五千把房租交了" (把 takes the rent); pay said to come once
a month; a rate and a count with a last figure that is not their product (asked again).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # shorthand after a Chinese numeral or with 个
    ("开网约车 一个月净赚两个k", "zh", "income", "2000"),
    ("车贷每个月一个w", "zh", "other_debts", "10000"),
    ("每月三k五 税后的", "zh", "income", "3500"),
    ("房贷一个月3个k", "zh", "other_debts", "3000"),
    # Cantonese 嚿水 for a hundred
    ("每个月交六嚿水 得唔得", "zh", "counter", "600"),
    ("收银 每月出粮二十八嚿水", "zh", "income", "2800"),
    # 俩 and 仨 before a unit
    ("这个月就挣了俩千八", "zh", "income", "2800"),
    ("一个月能还仨百", "zh", "counter", "300"),
    # near misses in digits, read as before
    ("一个月3k", "zh", "income", "3000"),
    ("月入1w2", "zh", "income", "12000"),
    # near misses of another currency, 把 and the pay's period
    ("一个月越币四百万 合人民币一千二", "zh", "income", "1200"),
    ("拿四千把房租交了", "zh", "expenses", "4000"),
    ("工资两千六 一个月发一次", "zh", "income", "2600"),
    # a rate, a count, the month's pay as their product (or a base pay plus it)
    ("缝一件四十 这个月缝了九十件 三千六", "zh", "income", "3600"),
    ("送一趟货给二十五 这个月送了一百二十趟 三千块", "zh", "income", "3000"),
    ("保底两千五 一单提十五 这月跑了一百单 四千", "zh", "income", "4000"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # the shorthand said by the day
    ("老板每日俾我四嚿水", "zh", "income"),
    # the shorthand said by the week
    ("每个礼拜两个k", "zh", "income"),
    # another currency named before the figure
    ("越币四百万一个月", "zh", "income"),
    ("月薪泰币两万 不知道合多少", "zh", "income"),
    # one unit said roughly with 把
    ("水电两百 买菜一个月百把块", "zh", "expenses"),
    ("一个月万把块吧", "zh", "income"),
    # every two weeks, the verb between
    ("工资两千二 两周发一次", "zh", "income"),
    ("车间工资4100，两个星期结一次", "zh", "income"),
    # a rate and a count, the last figure no product of them
    ("缝一件四十 这个月缝了九十件 三千二", "zh", "income"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
