"""Chinese amounts misread in round 79 (money told at length), by family, in words of our own:
what is read or asked again, and the near lines that keep their reading.

"零" in a word of odd jobs or small money ("干点零活", "打零工", "零钱") is no figure of nothing:
the pay of a time past beside it, now's not known, is asked again; near lines: "零" said as the
figure ("收入是零"), odd jobs with their figure.
At income, a couple's pay or pensions said only added up ("我跟老伴两个人的退休金加起来五千二")
is asked again though counts of months or years are told beside it; near lines: the own part
said beside it.
A figure on a condition that is put off ("可厂里一直拖着") or with nothing till it comes ("等我找
到工作了 … 现在没有") is asked again; near lines: an offer paid after payday, a condition said
plainly as the offer's ground.
At the monthly payments, a loan paid by the cardholder only if its borrower does not ("他要是还
不上就得我来还") is asked again; near lines: an own loan's payment with a worry of not paying it.
At the monthly payments, a total named as such that the loans do not make is asked again; near
lines: loans that make it.
A figure put right, then the new one doubted ("哦不 好像是两千四 记不清了"), is asked again; near
lines: a correction said plainly.
A total redone for an item forgotten, then said again after checking ("… 就是两千九"), is that
total; near lines: a list of items of their own.
The usual month beside this month's odd figure with its reason ("因为请了病假", "是因为多发了奖
金", the gap itself told beside them) is the usual figure, the spending's where this month's is
said to be a one-off ("那是意外"); near lines: this month's with no reason, a change for good,
spending with a reason only, asked again.
"块" counting things ("一块电池八百多") is no yuan, and a thing's price said as a bound after the
figure said to be taken ("那就按五千八吧") leaves it the one taken.
At the monthly payments, no other debt said first and a loan cleared before its old payment
("别的没了 房贷前年就还清了 那时候每月三千一") is none now; near lines: a loan still paid.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (question, text, what is read)
READ = [
    # "零" in odd jobs or small money: no figure of nothing
    ("income", "以前在饭馆一个月四千二 饭馆倒闭了 现在干点零活 挣多少没个数", "ambiguous"),
    ("income", "现在打零工 一个月两千", "2000"),
    # near lines: "零" said as the figure
    ("income", "收入是零", "0"),
    ("income", "零 没工作", "0"),
    # a couple's pay or pensions said only added up: asked again
    ("income", "我跟老伴两个人的退休金加起来五千二 孙子上学一年回来一次", "ambiguous"),
    ("income", "我和老伴俩人的养老金加一起四千六 够吃够用", "ambiguous"),
    # near lines: the own part said beside it
    ("income", "我跟老伴两个人的养老金加起来五千二 我自己的是两千四", "2400"),
    # a figure on a condition put off, or with nothing till it comes: asked again
    ("income", "如果工地结了账 我一个月能拿六千 可包工头一直拖着", "ambiguous"),
    ("counter", "等我找到活 每个月还一千五 现在真没有", "ambiguous"),
    ("counter", "等我找到工作了 每月还八百 现在一分没有", "ambiguous"),
    # near lines: an offer paid after payday, a condition as the offer's plain ground
    ("counter", "等我发了工资 每月还五百", "500"),
    ("counter", "如果能免掉利息的话每个月一千 这是我的极限了", "1000"),
    # a loan paid only if its borrower does not: asked again
    ("other_debts", "帮我表姐担保了一笔贷款 每月三千 她要是还不上 得我替她还", "ambiguous"),
    ("other_debts", "给朋友做了担保 每个月一千二 万一他不还 就得我来还", "ambiguous"),
    # near lines: an own loan's payment with a worry
    ("other_debts", "车贷每月一千八 要是还不上车就被收走了", "1800"),
    ("other_debts", "房贷每月两千 万一还不上就麻烦了", "2000"),
    # a total named as such that the loans do not make: asked again
    ("other_debts", "车贷一千二 花呗三百 网贷五百 一共两千五", "ambiguous"),
    # near lines: loans that make it
    ("other_debts", "车贷一千二 花呗三百 网贷五百 一共两千", "2000"),
    ("other_debts", "车贷一千二 花呗三百 一共一千五", "1500"),
    # a figure put right, the new one doubted: asked again
    ("income", "四千 不对 可能是四千五 说不准", "ambiguous"),
    ("expenses", "一千九 哦不 好像是两千三 我也记不太清", "ambiguous"),
    # near lines: a correction said plainly
    ("income", "三千六 哦说错了 是三千九", "3900"),
    # a total redone for an item forgotten, said again after checking: that total
    ("expenses", "开销两千七 不对 漏了网费两百 是两千九 我又算了一遍 就是两千九", "2900"),
    ("expenses", "开销三千八 不对 漏了兴趣班四百 是四千二 就是四千二", "4200"),
    # near lines: a list of items of their own
    ("expenses", "房租一千 吃饭九百 水电两百 网费两百", "2300"),
    # the usual month beside this month's odd figure with its reason: the usual
    ("income", "平时一个月四千五 这个月只发了两千 因为请了半个月病假", "4500"),
    ("income", "正常每月工资六千二 这个月到账八千二 是因为多发了两千奖金 平时就六千二", "6200"),
    ("expenses", "平时一个月三千 这个月花了五千 因为孩子住院 那是意外", "3000"),
    # near lines: this month's with no reason, a change for good, spending with a reason only
    ("income", "平时每个月五千一 这个月七千一", "ambiguous"),
    ("expenses", "一般两千五 这个月三千五因为换轮胎", "ambiguous"),
    ("income", "平时一个月四千五 这个月只发了两千 以后都这样了", "ambiguous"),
    # "块" counting things; a thing's price as a bound after the figure taken
    ("income", "上个月到手六千四 这个月只有五千八 那就按五千八吧 一块电池六百多", "5800"),
    ("expenses", "一块五一斤的菜 一个月吃饭六百", "600"),
    # no other debt said first, a loan cleared before its old payment: none now
    ("other_debts", "其他贷款都没有了 房贷前年提前还清了 那时候每月三千一", "0"),
    ("other_debts", "没有了 花呗上个月还完了 之前每月五百", "0"),
    # near lines: a loan still paid
    ("other_debts", "别的没有 就车贷每月两千二", "2200"),
    ("other_debts", "别的没了 车贷每月两千二 明年才还清", "2200"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), READ)
def test_chinese_misreads_of_round_79_are_read_right(
    question: str, text: str, expected: str
) -> None:
    got = understanding().interpret(text, Question(question), "zh", currency="CNY")
    assert got.meaning == expected
