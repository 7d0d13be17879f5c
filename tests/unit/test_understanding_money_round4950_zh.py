"""Money families of rounds 49 and 50 in Chinese, in words of our own: what is read, and what is
asked again.

Read: the month's pay said last after a rate by a measure of work (the box, the acre, the cubic
metre, the ton, the metre, the episode, the minute, the hour, the show, the trip) and how many
were done, the count said with its measure ("吊了两千箱", "插了三百亩"), or the payslip's figure
("工资单上写的是…"); a rate by the acre right before its figure ("一亩八块") is a rate, no
land. The cardholder's own pay said after a spouse's, said to be the one to take ("写我的",
"我的就这么多", "那是她挣的"). At the spending, a figure set aside right after it, said to be
the work's ("那是跑车用的不算", "那个算店里的吧") or not counted ("给我妈的一千不算"): the
other figures.

Asked again: a rate by such a measure said alone, the month's not worked out ("一吨二十 上个月
搬了两百来吨", "一个轮次九千").

A joint pay with the spouse's said against the own ("他比我挣得多"): the own not worked out. A
figure said of another time than now, where one was ("在老家的时候一个月三千", "上学那会儿"),
alone: not now's.

Near misses, read or asked as before: land counted in acres beside the pay, a rate by the piece
with how many said to hang on something; a part of the spouse's pay given to the cardholder; two
pays by "她" and "我" with no spouse named (a boss or a client may pay); the own pay after a
spouse's not said to be the one (the household's may be meant); none of one's own beside a
spouse's pay (the labels differ on it).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the month's pay said last, after a rate by a measure of work and the count done
    ("码头理货 一箱三块 这个月理了1500箱 就是四千五", "zh", "income", "4500"),
    ("帮人收麦子 一亩给十五 这个月收了三百亩 四千五", "zh", "income", "4500"),
    ("给木材厂装车 一立方给五十 这个月装了八十方 四千", "zh", "income", "4000"),
    ("有声书录音 一集给八十 这个月录了五十集 就是四千", "zh", "income", "4000"),
    ("陪练 一小时付一百 我拿六十 这个月带了七十个小时 四千二", "zh", "income", "4200"),
    ("搬砖 一吨给二十 这个月搬了两百吨 四千", "zh", "income", "4000"),
    ("刷墙 一平方八块 这个月刷了五百平 四千", "zh", "income", "4000"),
    ("焊管道 一米焊口六块 这个月焊了七百多米 工资单上写的是四千二百", "zh", "income", "4200"),
    # the own pay said after a spouse's, or none of one's own
    ("老婆在银行上班 一个月两万 我在小区当保安 三千一 我的就这么多", "zh", "income", "3100"),
    ("我老公开大车 每个月八千 我在超市理货 一个月两千五 写我的", "zh", "income", "2500"),
    ("媳妇开网店 一个月五千 那是她挣的 我在物流园 每月四千三", "zh", "income", "4300"),
    # at the spending, a figure set aside right after it
    ("房租八百 吃饭六百 给我妈的一千不算", "zh", "expenses", "1400"),
    ("油钱一个月一千 那是跑车用的不算 家里吃饭九百", "zh", "expenses", "900"),
    ("进货三千 那个算店里的吧 家里开销两千二", "zh", "expenses", "2200"),
    # near-misses, read as before
    ("房租一千 吃饭五百不算多", "zh", "expenses", "1500"),
    ("配眼镜花了一千 那是一次性的 平时每月两千", "zh", "expenses", "2000"),
    ("开销三千四 其中五百是替别人还的 那个不算 就二千九", "zh", "expenses", "2900"),
    ("家里种了十亩地 我在镇上上班 每月三千八", "zh", "income", "3800"),
    ("一车给五十 拉多少车看活儿 上个月到手四千", "zh", "income", "4000"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # a rate by a measure of work alone, the month's not worked out
    ("收麦子一亩十五 这个月还没收完", "zh", "income"),
    ("搬砖一吨二十 上个月大概搬了两百来吨", "zh", "income"),
    ("校对一分钟八块 一个月做多少看公司派多少", "zh", "income"),
    ("跑船 三十天一个轮次 一个轮次九千", "zh", "income"),
    # a joint pay, the spouse's said against the own
    ("我跟媳妇加起来一万 她比我赚得多", "zh", "income"),
    # near-misses, asked as before
    ("一亩地给六块 打多少亩看老板派活", "zh", "income"),
    ("老公挣八千 给我四分之一买菜 我自己没工作", "zh", "income"),
    ("老婆一个月九千 我一个月四千", "zh", "income"),
    ("我爱人在医院上班 五千多 我在家照顾老人 自己没有收入", "zh", "income"),
    ("她一个月五千 我一个月四千", "zh", "income"),
    # a figure of another time than now, alone
    ("住校的时候花得少 在外面租房的时候一个月三千", "zh", "expenses"),
    ("上学那会儿一个月生活费一千五", "zh", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
