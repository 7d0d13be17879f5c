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

Second pass. The pay said to be taken ("那就按四千八吧") with only money sent home or spent
after it is that pay; near lines: no pay named, only a cost list's figure "按" taken.
This month's only pay beside a usual month said to be more, by no figure ("平时比这多"), and
money given beside a pension with its figure said to vary ("给我转点钱 多少不固定") are asked
again; near lines: the gift's figure said.
Spending items named with "之类的" or "等等" and no figure, an item's figure said to be
forgotten ("扣多少我不记得了") and a small bill alone ("电费一个月一百") are asked again; near
lines: the items' figure said after them, living costs as a whole ("生活费").
At the monthly payments, someone else's borrowing told as a story ("我同学借了两万网贷") is no
debt; near lines: the cardholder's own loan from a friend.
A helper's part not asked or agreed yet ("她出多少还没商量") is asked again at the counter.
Hungarian asked for by name ("能不能用匈牙利语…") and the plan asked to be sent again ("把之前
的方案再发我看看") are heard beside a figure.
No job now after a time past's pay ("现在没工作了") is 0; near line: a new job's pay.
The own part of a couple's pay said added up ("…加起来九千 她五千 我四千") is the own part; near
line: the own part not said, asked again.
An age said with 了 ("我爸八十一了", "没办法 五十六了不好找活") is no figure; near line: "每月还
六十了", money.
A spending list with the household told after it, no word of money ("这是一个月的 孩子今年上三年
级"), is summed; near line: a year's spending divided, no list.
A figure told to be taken though the month varies ("你就按两千二算吧"), the offer said as what
can be paid ("我能出的就是六百"), an offer settled then said again as sure ("还是七百吧 七百我
肯定能按时还"), the own half of a shared loan ("我和老婆一人一半 我这边一千五"), the whole with a
part said inside it ("房租两千就在这里面 剩下两千是…"), a gift said to be once ("那是一次的")
and "一分都没多花" (no nothing) are read as said.
Kept awake by the heat ("夏天热得睡不着") is no distress, and a payment taken by the bank that
the cardholder did not look at ("银行自动扣的 我没太注意") no dispute; near lines: sleepless for
days with hopelessness, a payment the bank failed to take.
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
    # second pass: the pay said to be taken, only money sent home after it
    ("income", "以前到手五千五 这个月只有四千八了 那就按四千八吧 每个月寄回家两千", "4800"),
    # near line: no pay named, a cost list's figure taken
    ("income", "菜钱一个礼拜两百 一个月按八百算 房租一千四 水电一百八", "ambiguous"),
    # the usual month more than this one's by no figure; money given, its figure varying
    ("income", "这个月只发了一千九 因为放了半个月假 平时比这多 多少我得查查", "ambiguous"),
    ("income", "退休金两千一 儿子有时候给我转点钱 多少不固定", "ambiguous"),
    # items with "之类的" and no figure; an item's figure forgotten; a small bill alone
    ("expenses", "房租一千六 吃饭一千二 网费燃气之类的", "ambiguous"),
    ("expenses", "吃饭一千二 水电两百 房贷另外算 房贷一个月扣多少我不记得了", "ambiguous"),
    ("expenses", "电费一个月一百", "ambiguous"),
    # near lines: the items' figure said; living costs as a whole
    ("expenses", "房租一千六 吃饭一千二 网费燃气之类的一百五", "2950"),
    ("expenses", "生活费一个月一千二", "1200"),
    # someone else's borrowing told as a story: no debt
    ("other_debts", "别的没有 我同学前年借了两万网贷 滚到五万多了", "0"),
    # near line: the own loan from a friend
    ("other_debts", "跟同学借了两万 每月还一千", "1000"),
    # a helper's part not agreed yet
    ("counter", "我自己每月出四百 剩下的我姐帮我出 她出多少还没商量", "ambiguous"),
    # Hungarian asked for, the plan asked to be sent again, beside a figure
    ("other_debts", "房贷两千二 能不能用匈牙利语跟我老公说", "language:hu"),
    ("counter", "每月五百 把之前的方案再发我看看", "plan"),
    # no job now after a time past's pay; near line: a new job's pay
    ("income", "以前一个月六千 现在没工作了", "0"),
    ("income", "以前一个月六千 现在在超市上班一个月三千", "3000"),
    # the own part of a couple's pay said added up; near line: the own part unsaid
    ("income", "我跟老婆俩人工资加起来九千 她五千 我四千", "4000"),
    ("income", "我跟老婆俩人工资加起来九千 我自己那份说不清", "ambiguous"),
    # an age said with 了; near line: money said with 了
    ("expenses", "平时一个月两千五 这个月多花了八百 因为我爸住院 那是意外 我爸八十一了", "2500"),
    ("income", "一个月三千八 没办法 五十六了不好找活", "3800"),
    ("counter", "每月还 六十了", "60"),
    # a list with the household told after it; near line: a year's spending divided
    ("expenses", "房租一千二 吃饭九百 学费每月五百 这是一个月的 孩子今年上三年级 得好好学", "2600"),
    ("expenses", "一年下来花了三万 除以十二 一个月两千五 孩子在老家", "2500"),
    # figures said as the one to take, offered, settled, shared, inside the whole, once
    ("expenses", "工资不固定 开销也有时候多有时候少 你就按两千二算吧", "2200"),
    ("counter", "工资三千五 房租一千 吃饭八百 我能出的就是六百", "600"),
    ("counter", "一千有点悬 还是七百吧 七百我肯定能按时还", "700"),
    ("other_debts", "车贷每月三千 我和老婆一人一半 我这边一千五", "1500"),
    ("expenses", "一个月总共四千 房租两千就在这里面 剩下两千是吃饭和交通", "4000"),
    ("expenses", "每月开销两千八 下个月同事结婚要随五百礼金 那是一次的", "2800"),
    ("expenses", "一个月一千五 一分都没多花", "1500"),
    # kept awake by the heat; a payment not looked at; near lines: distress, a dispute
    ("expenses", "房租七百 吃饭九百 一共一千六 出租屋没空调 夏天热得睡不着", "1600"),
    ("other_debts", "房贷每个月三千一还是三千三 银行自动扣的 我没太注意", "ambiguous"),
    ("income", "好几天睡不着 不想活了", "distress"),
    ("other_debts", "银行自动扣款没成功 我的钱去哪了", "dispute"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), READ)
def test_chinese_misreads_of_round_79_are_read_right(
    question: str, text: str, expected: str
) -> None:
    got = understanding().interpret(text, Question(question), "zh", currency="CNY")
    assert got.meaning == expected
