"""Blind round 75's Chinese money lines among other figures, by family: the month's figure said
not to be sayable, a thing bought on instalments with the whole of its terms beside the month's
payment, a loan's payment of a time past said to be nothing now, a named loan said cleared
with nothing owed now (no denial of this debt), and a yearly figure the person leaves out. Each
family's new paraphrases, then near lines that keep their reading."""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (question, text, what is read)
READ = [
    # The month's figure said not to be sayable or no set figure said: asked again, whatever
    # figure of a season, a few months or a time past is said beside it.
    ("income", "冬天雪季十二月到二月三个月能挣两万四，其他月份在漠河镇上打零工一个月一千多，没个准"
     "数，我也说不清", "ambiguous"),
    ("income", "去年卖牡丹苗挣了八万，今年行情差，从三月到现在才卖了两万，每个月是多少我真算不出来"
     "，全看年景", "ambiguous"),
    ("income", "跑车的钱一阵一阵的，上个月挣了六千，一个月多少也说不清", "ambiguous"),
    ("income", "夏天旺季能挣三万，别的月份一个月两千来块，每个月是多少我真算不出来", "ambiguous"),
    ("income", "开春那两个月挣得多，平常一个月八百多，没个准数", "ambiguous"),
    ("expenses", "这个月花了三千，每个月花多少我也算不清", "ambiguous"),
    # near lines: what is not sayable is another item's, or the figure is worked out
    ("income", "每个月四千五，说不清的是年底那点奖金", "4500"),
    ("income", "一个月五千，我算过的", "5000"),
    # The whole of a thing bought on instalments beside the month's payment: the payment.
    ("other_debts", "分期买了台电脑画图用，每月四百八，还剩三期就完了，十二期的，总共五千七百六，先"
     "这么跟你们说", "480"),
    ("other_debts", "分期买的手机，每月三百，总共三千六", "300"),
    # (a whole after two months' payments is theirs, not an instalment's price)
    ("other_debts", "装修贷每月一千七 另外手机分期每月三百九十九 总共两千零九十九", "2099"),
    ("other_debts", "车贷每月两千 手机分期每月三百 一共两千三", "2300"),
    ("other_debts", "分期买了台冰箱，一个月还两百，十二期，一共两千四百块", "200"),
    ("other_debts", "电动车分期，每期五百，总价六千", "500"),
    # near lines: the months' payments added up are the whole
    ("other_debts", "两个分期，一个每月三百，一个每月两百，一共五百", "500"),
    ("other_debts", "以前每月一千三，现在每月八百", "800"),
    ("other_debts", "买了个手机15，每个月还五百六十八，一共十二期", "ambiguous"),
    # A payment of a time past, or of a loan said cleared, and nothing now: none.
    ("other_debts", "房贷上个月刚还清了，二十年总算还完，以前每月一千三，现在没有了，别的也没借过，"
     "大概就这么个情况", "0"),
    ("other_debts", "以前每月还八百 现在不用还了", "0"),
    ("other_debts", "房贷上个月还清了，每月还两千那个，现在没有了", "0"),
    ("other_debts", "以前有个助学贷，前年还清了，每个月三百那个，现在什么都不欠", "0"),
    # near lines: another loan's payment still paid
    ("other_debts", "房贷每月两千，车贷以前每月一千，现在没有了", "2000"),
    ("other_debts", "网贷还清了，信用社每月还五百，现在就这个", "500"),
    # A named loan said cleared, nothing owed now: no denial of this debt.
    ("other_debts", "没有别的贷款了，三年前那个农机贷早还完了，当时借了三万分两年还的，现在一分都不"
     "欠", "0"),
    ("other_debts", "车贷去年就还完了，现在一分都不欠", "0"),
    ("other_debts", "房贷早就还清了 现在一分钱都不欠了", "0"),
    # near lines: this debt denied
    ("other_debts", "我早就还清了，现在一分都不欠", "dispute"),
    ("other_debts", "车贷还完了，现在一分都不欠你们", "dispute"),
    ("counter", "借的钱早还清了，现在一分都不欠", "dispute"),
    # A yearly figure, or a yearly thing, the person leaves out: the month's figure said beside it.
    ("income", "月薪六千三，年终奖一万二那是一年一次的，不算，我在熊猫基地干了七年，喂的是两只三岁"
     "的", "6300"),
    ("expenses", "每月房租一千三，吃饭八百，颜料纸张一年三千那个不算，月月的就这两样，我一个人住在"
     "莫高窟下面的村里", "2100"),
    ("expenses", "冬天取暖费一年交四千，那个不算的话，平时每个月花两千，家里就我和闺女，闺女今年上"
     "初三", "2000"),
    ("expenses", "每月必要开支大概两千四，一年要交一次的车险五千没算在里面，写生季学生多的时候我还"
     "得自己垫伙食", "2400"),
    ("expenses", "一千九，回老家过年那笔一年一次的不算，我在凤凰古城租的是两层的铺子，楼上住人楼下"
     "熬糖", "1900"),
    ("expenses", "房租一千五 吃饭一千，物业费一年两千四那个不算", "2500"),
    ("income", "工资五千，过节费一千那是一年一回的，不算", "5000"),
    ("expenses", "两千五，年底走亲戚那笔一年一次的不算", "2500"),
    # near lines: an item left out of the figure, a yearly one counted in
    ("expenses", "三千，房租不算", "ambiguous"),
    ("expenses", "房租一千五，一年的保险三千也要算", "ambiguous"),
    ("income", "工资五千，年终奖一年一次，一万", "ambiguous"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), READ)
def test_round75_chinese_money_lines(question: str, text: str, expected: str) -> None:
    got = understanding().interpret(text, Question.at(question), "zh", currency="CNY")
    assert got.meaning == expected
