"""Families of round 74 in Chinese at the money questions, told at length, in words of our own:
what is read, and what is asked again.

A total taken back for an item forgotten, then redone with it ("算下来一千七。不对, 忘了社保 …
五百多, 那就是两千二"): the total redone, not the item. The spending's whole said last after its
items, when they add up to it ("… 药两百来块 … 大概就一千七吧"), with a range, an age, a figure of
before or a yearly bill beside them; items worked out into a whole they do not add up to: asked
again. Another's loan "不算" before the own spending. The own offer said as such among its working
("剩四百 … 每个月还你们400"). "别的贷款没有了", "别的就没有了" beside a payment; a family loan
"不用按月还" beside a loan paid monthly; "再加上你们这张卡". A payment "每个月还" after the loan's
term in years. A take-home figure taken back with a reason between ("到手五千二, 不对, 今年调了
… 是四千八"). A year-end bonus of unknown size beside the pay, money put out for a sick one's care.
No dispute in no other loan ever taken ("别的贷款我一个都没办过") nor in thrift ("一个月没买过一斤
肉"); a charge said not bought still is one.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import interpret
from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, question, the amount read)
READ = [
    # a total taken back for an item forgotten, then redone with it: the total redone
    (
        "房租一个月八百，吃饭七百，猫粮一百，话费一百，我算下来一千七。不对，忘了还有社保，"
        "我自己交的，一个月五百多，那就是两千二左右，别的基本不花。",
        "expenses",
        "2200",
    ),
    (
        "房租一千，吃饭八百，我算下来一千八。不对，忘了还有电话费，一个月两百，那就是两千",
        "expenses",
        "2000",
    ),
    (
        "吃饭一千五 水电三百 算下来一千八 不对 漏了孩子的兴趣班 四百 那就是两千二",
        "expenses",
        "2200",
    ),
    # the spending's whole said last, its items adding up to it
    (
        "家里就我们老两口。吃饭一个月一千二，水电燃气三百，药一个月两百来块，人情往来那些不算，"
        "没个准。大概就一千七吧，我们过日子省。",
        "expenses",
        "1700",
    ),
    (
        "房租一个月一千八，吃喝两千。女儿14了，每个月零花钱加补课六百。还有一年一交的车险三千多，"
        "那个不算，平时一个月就是四千四。",
        "expenses",
        "4400",
    ),
    (
        "以前在外面租房一个月一千一，现在搬回家了。给我妈一千伙食费，话费一百五，教具一个月两三百，"
        "公交差不多一百。这么一算，一个月一千五左右吧。",
        "expenses",
        "1500",
    ),
    ("房租一千五，吃饭一千，孩子补课四五百，这么一算，一个月三千左右", "expenses", "3000"),
    ("吃饭一千二，水电三百，药两百，以前房租一千，大概就一千七吧", "expenses", "1700"),
    ("房租一千二，吃饭八百，话费一百，这样一算，一个月两千一左右吧", "expenses", "2100"),
    # a small item's figure in the sum, a rise beside the rent no item
    ("房租一千五 吃饭一千 话费五十 加起来两千五百五", "expenses", "2550"),
    ("新房租一千八 比以前贵三百 吃饭一千 加起来两千八", "expenses", "2800"),
    # another's loan said not to count, before the own spending
    ("房贷是我老公在还不算 我这边吃饭带孩子一个月两千五", "expenses", "2500"),
    ("车贷是我爸在还 不算 我自己吃饭房租一个月三千", "expenses", "3000"),
    ("房贷是我老婆在还，这个不算，我这边一个月花两千", "expenses", "2000"),
    # the own offer said as such, among the pay, the spending and what is left
    (
        "我算了一下，每个月15号发3900，扣掉家里的三千五，剩四百。借呗那六百我从存款里扣。"
        "那我就每个月还你们400，下个月开始，你们看行不行",
        "counter",
        "400",
    ),
    ("工资三千八 房租一千五 吃饭一千二 剩一千一 我每个月还你们五百", "counter", "500"),
    ("收入三千 开销两千五 能挤出来四百 先按一个月四百来", "counter", "400"),
    (
        "我想每个月还四百。收入两千八，房租一千二，吃饭一千，剩下差不多六百，现在先四百吧",
        "counter",
        "400",
    ),
    (
        "店转出去之前我每个月能拿出来的就八百。转让费大概能有个五六万，到时候一次性多还一些。"
        "现在先按一个月八百来，每个月20号之前转给你们。",
        "counter",
        "800",
    ),
    # another loan's payment named beside the offer: no offer
    ("车贷每个月还一千五 剩下能给你们三百", "counter", "300"),
    ("花呗每个月还三百 我每个月还你们五百", "counter", "500"),
    # nothing else besides the payment said
    ("有房贷 每个月2800 是我一个人在还 别的贷款没有了", "other_debts", "2800"),
    ("有车贷 每个月一千五 别的贷款没有了", "other_debts", "1500"),
    ("花呗每个月还五百，别的就没有了", "other_debts", "500"),
    # a family loan with no instalment beside a loan paid monthly: the monthly payment
    ("车贷每个月还两千 跟我姐借了一万 她说不用按月还", "other_debts", "2000"),
    (
        "车贷还剩一年，每个月还一千三。另外跟我弟借了五千，他说不用按月还，别的就没有了。",
        "other_debts",
        "1300",
    ),
    (
        "还有一张信用卡，我每个月还它最低还款八百。跟我妹借了两万，不用按月还。别的就没有了",
        "other_debts",
        "800",
    ),
    # the one loan cleared since, the story going on: none
    (
        "没有别的贷款。前年盖房子借了我小舅子三万，去年腊月已经一分不少还清了，借条都撕了。"
        "现在就你们这一张卡。",
        "other_debts",
        "0",
    ),
    (
        "没有别的贷款。前年借了我表哥两万，去年年底已经全部还清了，现在就你们这一张卡",
        "other_debts",
        "0",
    ),
    # the bank's own card added, no item without a figure
    ("网贷每个月还六百 就这一个 再加上你们这张卡", "other_debts", "600"),
    (
        "网上借了一笔，每个月还九百八。就这两个，再加上你们这张卡，我一想到就头疼。",
        "other_debts",
        "980",
    ),
    # a payment after the loan's term in years: the month's
    ("车贷还剩一年，每个月还一千三", "other_debts", "1300"),
    # a take-home figure taken back with a reason between
    ("每个月到手五千二，不对，今年调了，从三月开始是四千八", "income", "4800"),
    # a year-end bonus of unknown size beside the pay
    ("工资4.6k 年终奖另算 年终奖多少还不知道", "income", "4600"),
]

#: Asked again: no one month's figure.
ASKED_AGAIN = [
    # items worked out into a whole they do not add up to (it was summed with them)
    ("房租一千二，吃饭八百，话费一百，这样一算，一个月三千左右吧", "expenses"),
    ("吃饭一千，水电两百，话费一百，我算下来两千", "expenses"),
    # two offers that differ, or a fallback
    ("以后每个月还八百 现在先还三百", "counter"),
    ("我每个月还你们五百，不行的话六百也可以", "counter"),
    # a loan half paid back, the rest owed
    ("借了我哥三万，已经还完一半了，剩下的慢慢还", "other_debts"),
    # a family loan alone with no instalment
    ("欠亲戚两万 不用按月还", "other_debts"),
    # the take-home figure taken back, the husband's range of before beside the new one
    ("每个月到手五千二，不对，今年调了，从三月开始是四千八，我老公以前一个月七八千", "income"),
    # the own pay unknown, a loss made
    ("工资多少还不知道", "income"),
    ("开店这个月倒贴了两千", "income"),
]


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, question: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


#: (text, question, the meaning): no other loan ever taken, thrift beside the spending.
NO_DISPUTE = [
    ("没有 就你们这一张卡欠着钱 别的贷款我一个都没办过", "other_debts", "0"),
    ("就你们这一张卡 其他信用卡我一张都没办过", "other_debts", "0"),
    ("没有了 别的贷款我一笔也没办过", "other_debts", "0"),
    ("吃饭一千 水电两百 一共一千二 能省的都省了 一个月没买过一斤肉", "expenses", "1200"),
    ("房租八百 吃饭一千 一共一千八 衣服都是旧的 一年没买过新衣服", "expenses", "1800"),
]


@pytest.mark.parametrize(("text", "question", "meaning"), NO_DISPUTE)
def test_no_dispute_is_heard(text: str, question: str, meaning: str) -> None:
    assert interpret(text, question, "zh").meaning == meaning


@pytest.mark.parametrize("text", ["那笔五千块钱的消费我没买过", "吃饭两千 账单上那件衣服我没买过"])
def test_a_charge_not_bought_is_still_a_dispute(text: str) -> None:
    assert interpret(text, "expenses", "zh").meaning == "dispute"
