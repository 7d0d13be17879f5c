"""Blind round 76's Chinese lines said on coming back after a pause, by family. Each family's new
paraphrases, then near lines that keep their reading."""

from __future__ import annotations

import pytest

from bot.evaluation import README_OFFERS
from dialogs.understanding import Question, understanding

#: At the money questions, the month's figure said on coming back: (question, text, what is read)
MONEY = [
    # The items "加一块" (together), the clause ending there, then the month's figure: the figure.
    ("expenses", "房租水电伙食加一块 每月两千三", "2300"),
    ("expenses", "吃的用的加在一块儿 一个月一千六", "1600"),
    ("expenses", "看病吃饭交电费加一块，一个月两千", "2000"),
    # near lines: "加一块六千" is still the whole; a yuan added a day is still asked again
    ("expenses", "加一块六千", "6000"),
    ("expenses", "每月两千 菜钱一天加一块", "ambiguous"),
    # A figure said earlier, checked since and put right with "其实每月是": the later one.
    ("expenses", "早上说的两千 回家查了一下 其实每月是两千四", "2400"),
    ("expenses", "刚才说一千 看了账单 其实每个月是一千二 电费涨了", "1200"),
    ("income", "之前讲的是三千 其实一个月是三千五 加了夜班补贴", "3500"),
    # near lines: the own figure after a standard's, and a plain list
    ("expenses", "说标准是三千 其实我每个月就花两千一", "2100"),
    ("expenses", "房租一千二 吃饭一千", "2200"),
    # Another loan's time past ("车贷去年就还完了") after the month's figure dates that loan, not
    # the figure: the figure.
    ("other_debts", "车贷每月一千八 网贷前年就结清了", "1800"),
    ("other_debts", "房贷每月两千 车贷之前就还完了", "2000"),
    ("other_debts", "房贷一个月三千二 花呗以前有 早还掉了", "3200"),
    # near lines: the figure itself of a time past is still asked again
    ("other_debts", "以前车贷每月1500", "ambiguous"),
    ("other_debts", "车贷去年每月1500 今年还完了", "ambiguous"),
    # The own pay beside a spouse's none, now or for the time being: the own pay.
    ("income", "我一个月两千八 老婆目前也没工作", "2800"),
    ("income", "每月四千一 爱人暂时没收入", "4100"),
    ("income", "我在砖厂一个月三千 老公现在没收入", "3000"),
    # near lines: the spouse's own figure
    ("income", "我两千八 老婆三千", "2800"),
    # At the spending, a spouse's medicine among the items, and who worked the list out told
    # after it: the list is added up.
    ("expenses", "房租八百 吃饭一千 老婆药费六百", "2400"),
    ("expenses", "房租一千 吃饭八百 水电两百 闺女帮我算的", "2000"),
    ("expenses", "房贷两千 伙食一千 媳妇用手机算出来的", "3000"),
    # near lines: the spouse's pay, or a cost the spouse pays, is still no list of the own
    ("expenses", "房租一千 吃饭八百 老公挣三千", "ambiguous"),
    ("expenses", "房租一千 老公自己出吃饭八百", "ambiguous"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), MONEY)
def test_the_months_figure_said_on_coming_back(question: str, text: str, expected: str) -> None:
    got = understanding().interpret(text, Question.at(question), "zh", currency="CNY")
    assert got.meaning == expected


#: At the agreement: (text, what is read)
AGREEMENT = [
    # A yes after thinking it over ("考虑了一晚上", "算了 就这样吧"), with a promise to pay beside
    # it: accepted.
    ("想了一宿 行 我同意 这回绝不拖了", "accept"),
    ("跟我媳妇商量过了 同意 每个月的钱一分都不会少", "accept"),
    ("考虑好了 我同意 等工地结了账我尽量提前还清", "accept"),
    ("琢磨了好几天 同意吧 以后不会再逾期了", "accept"),
    ("考虑过了 这个方案没啥问题 我同意", "accept"),
    ("算了 就这么着吧 我同意", "accept"),
    # near lines: still thinking, a no after thinking, a question, a yes with a condition
    ("考虑了一晚上 还是不同意", "decline"),
    ("想了两天 算了 不签了", "decline"),
    ("还在考虑 过两天再说", "decline"),
    ("考虑考虑 我同意的话再点", "decline"),
    ("没什么问题吗 我同意之前想问问", "decline"),
    ("同意 但是不会少于三百吧?", "decline"),
    ("我考虑了一下 还是想换个方案", "decline"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AGREEMENT)
def test_a_yes_after_thinking_it_over(text: str, expected: str) -> None:
    got = understanding().interpret(text, Question.AGREEMENT, "zh", currency="CNY")
    assert got.meaning == expected


#: False alarms set aside, the alarms kept: (question, text, what is read)
ALARMS = [
    # Another loan's month payment, cleared after a time to go: the payment, no debt denied.
    ("other_debts", "装修借的每月还六百 再有一年就还清了", "600"),
    ("other_debts", "网贷每个月五百 还有三期就还完了", "500"),
    ("other_debts", "车贷每月一千一 还有两年就还完", "1100"),
    # near lines: this debt said paid already is still a dispute
    ("income", "这卡去年就还清了 怎么还找我", "dispute"),
    ("verify", "我三年前就还完了", "dispute"),
    # A plan picked to spare sleepless nights: the pick, no distress.
    ("options", "选5 一次性了结 免得天天惦记睡不好觉", "5"),
    ("options", "就第三个吧 省得老惦记着晚上睡不着", "3"),
    ("options", "选4吧 免得整夜整夜睡不着", "4"),
    # near lines: sleepless, or worse, said of oneself is still heard
    ("options", "选2 最近老是睡不着", "distress"),
    ("options", "选3 我天天睡不着 不想活了", "distress"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), ALARMS)
def test_no_alarm_in_the_words_of_a_return(question: str, text: str, expected: str) -> None:
    offers = README_OFFERS if question == "options" else ()
    got = understanding().interpret(
        text, Question.at(question), "zh", offers=offers, currency="CNY"
    )
    assert got.meaning == expected


#: The other questions' answers said on coming back: (question, text, what is read)
ANSWERS = [
    # At the recovery question any count named a guess, or an age beside a don't know: not
    # known.
    ("recovery", "不好说 跟你说多久都是瞎蒙 看厂里订单", "unsure"),
    ("recovery", "说不准 报几个月都是瞎猜", "unsure"),
    ("recovery", "谁知道呢 你让我讲多久也是瞎说", "unsure"),
    ("recovery", "没数 人家只要三十五岁以上的 我够不上", "unsure"),
    ("recovery", "不知道 招工的都要四十以下的", "unsure"),
    ("recovery", "不清楚 厂里只招三十岁以下的人", "unsure"),
    ("recovery", "都60了 谁还要我 说不准", "unsure"),
    # near lines: a count said after the doubt, an age with "岁", a bound on the months, a range
    ("recovery", "说不准 大概三个月吧", "3"),
    ("recovery", "三个月以上吧", "3"),
    ("recovery", "两三个月吧", "3"),
    ("recovery", "五十岁了 估计要半年", "6"),
    ("recovery", "等了二十个月了", "20"),
    # Two terms feared together beside "none of these", or none said softened: none.
    ("options", "哪个都不合适 半年一年的我都怕还不上", "none"),
    ("options", "这几个都不合适 一年两年的我都还不起", "none"),
    ("options", "都不行 分一年两年的都太久了", "none"),
    ("options", "上个月就看过这些了 还是觉得都不怎么适合我", "none"),
    ("options", "看了好几遍 都不大行", "none"),
    ("options", "这几个方案都不太满意", "none"),
    # near lines: one term picked, or picked after a doubt, or an own amount wanted
    ("options", "分一年还吧", "instalment:12"),
    ("options", "都不太合适 要不12期的吧", "instalment:12"),
    ("options", "都不太合适 我想自己报个数", "counter"),
    ("options", "别的都不太合适 就选第二个吧", "2"),
    # At the missed payment, the delay owned ("没顾上", "没来得及") before the payment told: paid.
    ("missed", "前两天在医院陪床没顾上 今天一早已经还上了", "claim_paid"),
    ("missed", "忙着收麦子没来得及 刚才已经转账了", "claim_paid"),
    ("missed", "出差没顾上 刚刚还了", "claim_paid"),
    # near lines: the payment itself not got round to
    ("missed", "这几天没顾上还 明天转", "change_plan"),
    ("missed", "没来得及还 怎么办", "how_to_pay"),
    # The cause: a grandchild's, a daughter's or a wife's injury is a family emergency, the money
    # it cost told or not; a condition named or flaring up, or rest a doctor ordered, is the own
    # illness; a craft with no takers left is the business's trouble.
    ("cause", "外孙女得了肺炎住院 我天天在医院陪着", "family_emergency"),
    ("cause", "闺女生孩子大出血 住了半个月ICU", "family_emergency"),
    ("cause", "媳妇做了个大手术 钱都花光了", "family_emergency"),
    ("cause", "我爸中风 存款全花光了", "family_emergency"),
    ("cause", "老毛病又犯了 腰疼得下不了床", "illness"),
    ("cause", "查出了糖尿病 天天打针", "illness"),
    ("cause", "医生叫我卧床休息三个月", "illness"),
    ("cause", "修鞋的手艺快没人要了 现在都穿一次性的", "business_trouble"),
    # near lines: the own illness or injury told first, a relative named after it; hours cut
    ("cause", "我自己摔断了腿 住院两个月 孙子还得我带", "illness"),
    ("cause", "我腰椎间盘突出 干不了活 靠闺女接济", "illness"),
    ("cause", "病了 住了半个月院 媳妇一个人看店", "illness"),
    ("cause", "厂里订单少了 老板让我先回家休息", "reduced_income"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), ANSWERS)
def test_the_answers_said_on_coming_back(question: str, text: str, expected: str) -> None:
    offers = README_OFFERS if question == "options" else ()
    got = understanding().interpret(
        text, Question.at(question), "zh", offers=offers, currency="CNY"
    )
    assert got.meaning == expected
