"""Chinese amounts misread in round 78 (session 55, money on the edge), by family, in words of our
own: what is read or asked again, and the near lines that keep their reading.

A figure said only under a condition ("要是…的话", "如果", "假如"), whether it comes about then
said not to be known ("也没个准话", "不…的话我也不知道", "还没定下来", "说不好") is asked again;
near lines: a condition said plainly as the offer's ground ("如果能免掉利息的话每个月一千 这是我
的极限了"), a wish after the figure ("每月还五百 要是能把利息停了就更好了").
At income, the one figure said to be two people's, their money not kept apart ("这是我跟我老公两个
人的", "我俩的钱不分", "账也没分开") is asked again; at the other debts a loan paid by two together
("我俩一起还的") with no own part; near lines: the own part said, the loan in the own name.
The one figure said not to be the usual month's ("平时不是这个数") is asked again, and at the
counter an offer for this month only with the rest left for later ("这个月先还两千 以后再说");
near lines: the usual figure said, the later months settled.
A figure said again after "就是" in the other way of writing that disagrees ("三千五 就是3050块")
is asked again; near lines: the two agreeing, a week's figure worked out ("就是四千").
How much a month's payment is, said to be forgotten ("每个月扣多少忘了"), beside a balance is
asked again; near lines: the balance with its payment.
An item's figure struck out with "那个不算" with no space before it is left out; a payment beside
"别的网贷没有" is no payment beside a loan's balance (both are summed); near lines: a loan's size
said before its payment ("1万2的车贷 每月还一千"), a figure sent and "转的不算".
A spending total named as such ("合计", "一共", "总共") that its items do not make is asked again,
the 一 of "一共" no last digit of the figure before it ("五百一共三千四" is 500, then 3400); near
lines: items that make the total.
At the counter, a figure pointed back at ("孩子上学的钱也在那三千里") is no new figure beside the
wage, what is kept and the rest offered; a helper's part said with no figure ("我妈说帮我出点",
"不知道她出多少") is asked again; near lines: the helper's part with its figure.
A week's or a year's figure beside the month's that agrees with it, worked out or said twice
("每周还一百 一个月四百", "一年下来花五万四 除以十二 一个月四千五", "每月八百 一年九千六"), is the
month's; near lines: the week's alone, figures that disagree, another item's month.
"白" typed for "百" after a digit ("一个月还五白") is the hundreds; a spouse's death told last
("…就这两份钱 老伴走了以后") puts no time before the figures nor anyone else's money among them; a
sale day's month ("双十一那个月能到八千") beside the usual figure is set aside like a festival's.
At the counter, an offer said again last after "就", the message ending on it ("… 八百稳妥点 就
八百"), is the one settled on where it was weighed before ("还是八百吧", "八百稳妥点"); near
lines: a new figure after "就", words after it, a pay said again ("… 那就四千二").
At recovery, "一天到晚" (all day long) counts no day, and a time with "也许更久" and no end
after it is not known; near lines: a duration beside it, an end after "更久".
No distress is heard in life that must go on ("日子得过下去") nor in strain over a price gone up
("房租涨了 真的压力大"), and no dispute in a spouse's figure against the own reckoning ("她说的跟
我算的不一样"); near lines: "日子过不下去了", strain said as a wish to die, the bank's figure
disputed.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (question, text, what is read)
READ = [
    # a figure on a condition whose coming about is not known: asked again
    ("income", "要是下个月工地开工的话 能挣四千 包工头也没给个准话", "ambiguous"),
    ("income", "如果店里生意回来了 一个月能有五千 现在还不知道", "ambiguous"),
    ("counter", "假如能停息 每月还六百 停不了的话我也说不好", "ambiguous"),
    ("expenses", "要是老人搬过来住 一个月得三千 还没定下来", "ambiguous"),
    ("other_debts", "要是表哥不还 我每月得帮他还五百 不一定的事", "ambiguous"),
    # near lines: the condition the offer's plain ground, a wish after the figure
    ("counter", "如果能免掉利息的话每个月一千 这是我的极限了", "1000"),
    ("counter", "每月还五百 要是能把利息停了就更好了", "500"),
    # the one figure two people's, their money not kept apart: asked again
    ("income", "一万 这是我跟我老公两个人的 钱没分开", "ambiguous"),
    ("income", "我俩的钱不分 一个月九千 都在一个卡里", "ambiguous"),
    ("income", "跟我对象一起摆摊 七千 账也没分开过", "ambiguous"),
    ("other_debts", "车贷每月两千五 我们俩一起还的", "ambiguous"),
    ("other_debts", "房贷三千二 两口子一起还", "ambiguous"),
    # near lines: the own part said, the loan in the own name
    ("other_debts", "房贷每月六千 我俩一起还 我出三千", "3000"),
    ("other_debts", "房贷每个月两千一 是跟我老婆一起还的 写在我名下", "2100"),
    ("income", "我和老公加起来一万二 我自己那份是五千", "5000"),
    ("income", "我自己一个月四千 我老公的钱跟我的分开的", "4000"),
    # the one figure said not to be the usual month's, an offer for this month only
    ("income", "这个月就拿了一千八 平时不是这个数", "ambiguous"),
    ("expenses", "这个月花了五千 平常不是这个数 孩子住院了", "ambiguous"),
    ("income", "这个月发了三千二 平常也不是这个数 下个月才知道", "ambiguous"),
    ("counter", "这个月先还一千 后面再说", "ambiguous"),
    ("counter", "这月先给八百 以后看情况", "ambiguous"),
    ("counter", "这个月先还三百 下个月再看", "ambiguous"),
    # near lines: the later months settled, a monthly offer after this month's
    ("counter", "这个月先还五百 以后每月都是这个数", "500"),
    ("counter", "这个月先不还 下个月开始每月一千", "1000"),
    ("counter", "先还四百五 明年开春了再说", "450"),
    # a figure said again otherwise after "就是", disagreeing: asked again
    ("income", "四千二 就是4020块", "ambiguous"),
    ("expenses", "每月两千八 也就是2080", "ambiguous"),
    ("other_debts", "每月1300 就是一千一百块", "ambiguous"),
    # near lines: the two agreeing, a week's figure worked out
    ("other_debts", "每月1500 就是一千五百块", "1500"),
    ("income", "四千五 就是4500块", "4500"),
    ("income", "一周一千 一个月算下来就是四千", "4000"),
    # the month's payment forgotten beside a balance: asked again
    ("other_debts", "网贷欠两万 每个月还多少忘了", "ambiguous"),
    ("other_debts", "房贷还剩三十万 每月还多少我记不清了", "ambiguous"),
    ("other_debts", "欠了信用社五万 每个月多少不记得了", "ambiguous"),
    # near lines: the balance with its payment
    ("other_debts", "房贷还剩三十万 每月还三千", "3000"),
    ("other_debts", "车贷还欠四万 每月还两千三", "2300"),
    # an item struck out with "那个不算" right after its figure: left out
    ("expenses", "房租八百 吃饭六百 烟三百那个不算", "1400"),
    ("expenses", "房租一千五 话费一百 游戏充值两百这个不算", "1600"),
    ("expenses", "房租九百 吃饭七百 打牌的五百那个不算 去掉", "1600"),
    # near lines: the list without it, a figure sent "转的不算"
    ("expenses", "房租一千二 吃饭九百 水电两百", "2300"),
    ("expenses", "房租八百 给我妈转一千 转的不算", "800"),
    # payments beside "no other loan": summed
    ("other_debts", "车贷每月一千 信用卡三百 别的网贷没有", "1300"),
    ("other_debts", "白条每月二百 花呗四百 其他的贷款没有", "600"),
    ("other_debts", "花呗每月还四百 借呗三百 别的网贷都没碰过", "700"),
    # near lines: a loan's size said before its payment
    ("other_debts", "1万2的车贷 每月还一千", "1000"),
    ("other_debts", "2万的网贷 每月还一千五", "1500"),
    # a total named as such that the items do not make: asked again
    ("expenses", "房租一千 吃饭九百 话费一百 一共两千五", "ambiguous"),
    ("expenses", "房租1500 吃饭1000 水电300 总共3000", "ambiguous"),
    ("expenses", "房租八百吃饭六百电费一百 合计一千八", "ambiguous"),
    # near lines: items that make the total, "一共" after a figure
    ("expenses", "房租1500 吃饭1000 水电300 总共2800", "2800"),
    ("expenses", "房租一千 吃饭九百 话费一百 一共两千", "2000"),
    ("expenses", "房租一千五水电两百吃饭一千二孩子学费一个月算下来五百一共三千四", "3400"),
    # a figure pointed back at, beside the wage, what is kept and the rest offered
    ("counter", "工资五千 留四千过日子 剩下一千给你们 孩子的学费也在那四千里面", "1000"),
    ("counter", "工资三千五 留两千五过日子 剩下一千给你们 房租也在那两千五里", "1000"),
    ("counter", "到手六千 留五千过日子 剩下一千都给你们 房租水电都算在这五千里头", "1000"),
    # near lines: without it, the wage kept and the rest
    ("counter", "工资到手四千 留三千过日子 剩下一千都给你们", "1000"),
    ("counter", "工资三千 两千五留着 五百给你们", "500"),
    # a helper's part with no figure: asked again
    ("counter", "我能出四百 我爸说帮我出点", "ambiguous"),
    ("counter", "自己出两百 我姐能帮一点 不知道她出多少", "ambiguous"),
    ("counter", "我出五百 我哥说他帮我凑一些", "ambiguous"),
    # near lines: the helper's part with its figure
    ("counter", "每月五百 我妈再帮我出三百 一共八百", "800"),
    ("counter", "还八百五 我老婆帮我出三百 我自己五百五", "850"),
    # a week's or a year's figure beside the month's that agrees with it: the month's
    ("other_debts", "网贷每周还两百 一个月就是八百", "800"),
    ("counter", "每周还一百五 一个月六百五", "650"),
    ("income", "在工地做周结 一周一千二 一个月算下来五千", "5000"),
    ("expenses", "一年下来花四万八 除以十二 一个月四千", "4000"),
    ("other_debts", "每月五百 一年六千 还有一年还完", "500"),
    ("other_debts", "助学贷款一年还六千 一个月合五百", "500"),
    # near lines: the week's or year's alone, figures that disagree, another item's month
    ("income", "每周给一千二 包吃住", "ambiguous"),
    ("other_debts", "每月八百 一年下来一万多", "ambiguous"),
    ("expenses", "房租一年一万二 吃饭每月一千", "ambiguous"),
    ("counter", "每周还一百 一个月六百", "ambiguous"),
    # "白" typed for "百": the hundreds
    ("counter", "每个月还三白", "300"),
    ("counter", "一个月能还八白块", "800"),
    ("other_debts", "网贷每月还两白五", "250"),
    # near lines: a word going on after it, "百" as typed
    ("expenses", "买了五白菜 房租一千", "1000"),
    ("counter", "五百", "500"),
    # a spouse's death told last: no time before the figures, no one else's money
    ("income", "退休金一千八 闺女每月给五百 就这些 老伴去世以后", "2300"),
    ("income", "低保九百 老伴走了以后就这一份", "900"),
    ("income", "退休金两千二 出租车库每月三百 老伴去世后就这些", "2500"),
    # near lines: a figure after the death, a spouse's money beside the own
    ("income", "以前三千 老伴走了以后一千五", "ambiguous"),
    ("income", "工资三千 老伴每月两千", "ambiguous"),
    # a sale day's month beside the usual: the usual
    ("income", "平时五千 双十二那个月能到一万", "5000"),
    ("expenses", "平常每月三千 双十一那个月花六千", "3000"),
    ("income", "双11那个月挣了九千 平时五千", "5000"),
    # near lines: the sale's month alone, a festival's month
    ("income", "双十一那个月能到八千", "ambiguous"),
    ("income", "平时三千 过年那个月能拿五千", "3000"),
    # an offer said again last after "就", the message ending on it: that offer
    ("counter", "六百 还是五百吧 五百稳当 就五百", "500"),
    ("counter", "七百 不行 五百稳一点 那就五百", "500"),
    ("counter", "九百 算了 还是七百吧 九百怕还不上 七百稳妥 就七百", "700"),
    # near lines: a new figure after "就", words after it
    ("counter", "先还五百 以后就一千", "ambiguous"),
    ("counter", "我妈说还六百 我觉得五百 就五百也行 看你们", "ambiguous"),
    ("counter", "我跟我姐都在厂里 她五千我四千二 问的是我的吧 那就四千二", "ambiguous"),
    # at recovery: "一天到晚" no day counted, "maybe longer" with no end not known
    ("recovery", "别一天到晚发短信了 我在工地看不了", "stop_reminders"),
    ("recovery", "一天到晚催 别发短信了", "stop_reminders"),
    ("recovery", "三个月 也可能更久", "unsure"),
    ("recovery", "或许一年 或许更久 看厂里", "unsure"),
    # near lines: a duration beside it, an end after "更久"
    ("recovery", "一天到晚忙 估计三个月", "3"),
    ("recovery", "也许更久一点 七八个月吧", "8"),
    # life that must go on beside thrift, strain over a price gone up: no distress
    ("expenses", "三千一 能省的都省了 日子总得过下去 没办法的事", "3100"),
    ("expenses", "两千九 能省都省了 烟也不抽了 日子总得过下去 没办法的事", "2900"),
    ("expenses", "三千三 这已经是省着花的 肉都很少买 日子还得过下去 没办法", "3300"),
    ("expenses", "光房租就两千二了 别的还没细算 反正挺多 成都房租涨了 真的压力大", "ambiguous"),
    # near lines: life that cannot go on, strain said as a wish to die
    ("expenses", "两千五 日子过不下去了 不想活了", "distress"),
    ("expenses", "房租涨了 压力大得想死", "distress"),
    # the spouse's figure against the own reckoning: no dispute
    ("expenses", "两千六吧 也可能三千 家里我老婆管账 她记的跟我算的对不上", "ambiguous"),
    ("expenses", "三千或者三千五 老公管账的 他说的和我算的不一样", "ambiguous"),
    ("expenses", "账是我媳妇管 她算的跟我算的不一样 大概两三千", "ambiguous"),
    # near lines: the bank's figure disputed
    ("expenses", "两千 你们算的跟我算的不一样 账单不对", "dispute"),
    ("expenses", "两千五 账单上的金额跟我刷的对不上", "dispute"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), READ)
def test_chinese_misreads_of_round_78_are_read_right(
    question: str, text: str, expected: str
) -> None:
    got = understanding().interpret(text, Question(question), "zh", currency="CNY")
    assert got.meaning == expected
