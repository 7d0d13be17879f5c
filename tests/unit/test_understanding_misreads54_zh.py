"""Chinese amounts misread in the development rounds (session 54), by family, in words of our
own: what is read or asked again, and the near lines that keep their reading.

Read: a total said again as so many of one figure, the figure denied before it ("一共三千, 不是
一千五, 是两个一千五"): the count restates the total. Asked again: so many of a figure that is no
other figure said ("房租一千五 吃饭也一千五 两个一千五" was 1,500). Near lines: a count of
children, lessons or pieces, months before a figure.
Asked again: at the income, a pay of each quarter said with its figure beside the monthly base
("每月底薪三千 上个季度奖发了六千" was 3,000: last quarter's bonus is of every quarter, no pay of a
time past). Near lines: the month's worked out from it, a quarter with no pay named, last
month's bonus beside the monthly pay.
Asked again: at the income, the pay said, then only half of it paid or half first ("工资四千三
老板说先发一半 剩下的啥时候给没说" was 4,300). Near lines: the half worked out or said as today's
figure.
Asked again: at any money question, the month's sum left to the one paid or paying ("从工资里扣
扣多少看他" was none, "欠我哥三千 每个月还多少看他" the balance). Near lines: a deduction with its
figure, no other debt.
Read: a thing named, then set aside at its clause's end ("我的工资四千一 他的不算", "客人给的小费
不算 底薪加提成一共六千"): the figure is whole, nothing of it left out. Near lines: an essential
set aside ("开销三千 房租不算"), "不算" before the thing ("不算房租"), a figure judged ("不算多").
Read: the base with its extra, then the two's figure ("底薪加提成 这个月三千九"): the whole.
Near lines: the extra's own figure after it ("提成大概一千"), no figure after the extra.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (question, text, what is read)
READ = [
    # a total said again as so many of one figure
    ("expenses", "房租两千 吃饭两千 加起来四千 就是两个两千", "4000"),
    ("expenses", "吃饭一千二 房租一千二 总共两千四 不是一千二 是两个一千二", "2400"),
    ("expenses", "房租八百，伙食八百，水电八百，一共两千四，是三个八百", "2400"),
    ("income", "两份工 一份三千 一份也三千 一共六千 不是三千 是两个三千", "6000"),
    # so many of a figure that is no other figure said: asked again
    ("expenses", "房租一千五 吃饭也一千五 两个一千五", "ambiguous"),
    ("expenses", "吃的用的 两个一千", "ambiguous"),
    # near lines: a count of children, lessons or pieces, months before a figure
    ("expenses", "两个孩子 一个月开销四千", "4000"),
    ("expenses", "房租一千四 孩子的兴趣班两个一共六百 吃饭一千一 合计三千一", "3100"),
    ("income", "底薪三千 这个月装了二十四个 两千 一共五千", "5000"),
    # a pay of each quarter with its figure beside the monthly base: asked again
    ("income", "底薪四千 季度绩效一般八千", "ambiguous"),
    ("income", "每个月工资五千 提成按季度发 一个季度一万二", "ambiguous"),
    ("income", "每月三千五 另外季度奖每次给三千", "ambiguous"),
    ("income", "每月基本工资四千二 上季度奖金发了九千", "ambiguous"),
    # near lines: the quarter's pay left out, its month worked out, a quarter with no pay
    ("income", "一个季度两万一 平均到每个月七千", "7000"),
    ("income", "到手五千四 高温补贴按季度发 一个季度九百 我没算进去", "5400"),
    ("income", "分成按季度结 一个季度一万二 除以三 相当于一个月四千", "4000"),
    ("income", "每月工资四千一 这个季度换了新岗位", "4100"),
    ("income", "每个季度交一次社保 工资到手三千九", "3900"),
    ("income", "季度奖取消了 现在每月就四千五", "4500"),
    ("income", "每月工资三千 上个月奖金六千", "3000"),
    # the pay, then only half of it paid or half first: asked again
    ("income", "月薪五千 公司困难 先发一半 另一半年底补", "ambiguous"),
    ("income", "工资六千 这个月老板只给了一半", "ambiguous"),
    ("income", "工资三千八 老板先给一半 剩下的下个月给", "ambiguous"),
    # near lines: the half worked out, or today's figure said
    ("income", "只发一半了，原来8k现在4k", "4000"),
    ("income", "原来八千四 现在只发一半 我算了就是四千二", "4200"),
    # the month's sum left to the one paid or paying: asked again
    ("other_debts", "欠老板两万 每个月从工资里扣 扣多少看老板", "ambiguous"),
    ("other_debts", "跟工头借了钱 还多少由他定", "ambiguous"),
    ("other_debts", "欠我哥三千 每个月还多少看他", "ambiguous"),
    ("income", "底薪两千五 提成给多少看老板心情", "ambiguous"),
    # near lines: a deduction with its figure, no other debt
    ("other_debts", "欠老板的钱 每月从工资里扣五百", "500"),
    ("other_debts", "没有别的欠款", "0"),
    # a thing named, then set aside at its clause's end: no part of the figure, which is whole
    ("income", "我的工资三千九 老婆的不算", "3900"),
    ("income", "在饭店端盘子 一个月三千三 客人给的小费我不算进去", "3300"),
    ("expenses", "每个月两千八 过年的红包不算", "2800"),
    ("income", "退休金两千七 老伴的是她自己的 不算我这", "2700"),
    ("expenses", "存的钱不算开销 每个月花两千二", "2200"),
    ("expenses", "工位费是店里的成本 不算生活开销 生活上一个月两千六", "2600"),
    ("income", "公公的退休金不算我家的 我自己在超市一个月三千二", "3200"),
    # near lines: an essential set aside, "not counting" before the thing, a figure judged
    ("expenses", "开销三千 房租不算", "ambiguous"),
    ("expenses", "每个月三千 不算房租", "ambiguous"),
    ("expenses", "一个月花四千五 这还不算孩子补课的钱", "ambiguous"),
    ("income", "两千五左右 不算多", "2500"),
    ("expenses", "房租一千二 给我妈的钱算不算开销", "ambiguous"),
    ("expenses", "工资四千 单位发了三百的购物卡 那个不是钱 不算", "ambiguous"),
    # the base with its extra, then the two's figure: the whole
    ("income", "商场导购 底薪加提成 这个月到手五千一", "5100"),
    ("income", "工资加奖金一共四千九", "4900"),
    ("income", "底薪加绩效，上个月一共拿了六千三", "6300"),
    # near lines: the extra's own figure, or none, after the base
    ("income", "底薪加提成 提成大概一千", "ambiguous"),
    ("income", "底薪三千加提成", "ambiguous"),
    ("income", "基本工资三千 加绩效 一个月不固定", "ambiguous"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), READ)
def test_chinese_misreads_are_read_right(question: str, text: str, expected: str) -> None:
    got = understanding().interpret(text, Question(question), "zh", currency="CNY")
    assert got.meaning == expected
