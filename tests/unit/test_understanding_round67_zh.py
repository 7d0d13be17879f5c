"""Families of round 67 in Chinese (whole journeys typed by a helper), in words of our own: what
is read, and what is asked again.

Money: a loan's size beside what is paid on it each month, the payment named as its interest
("贷了三十万 每月光还利息两千"): the monthly figure; items added with no figure, then "a month" and
the total ("房租八百 加上孩子上学 一个月两千左右吧"): the total; the sum done by the cardholder
("她自己算了算 最多一个月还八百"): the figure, not a sum left to us. Asked again: at the options,
the only figure the base pay ("都还不起 底薪才两千五"): a reason, no offer.

The second pass: the reminders paused with the calls, or switched on again after who switched
them off and why; causes told by a helper (whose illness it is, a boss who let the workers go, a
farm's prices, savings lent and not repaid); the card's digits beside the phone in the helper's
hands; the own reckoning of the months said last. Money: the writer's own money set aside, a
time past opening the next clause, a family loan with no instalment, none with the mortgage
counted before, the income said to be nought beside a loss, an average with who did the sum
after it, the items of the one written about; a question whether a thing counts beside an
ordinal: the help text.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.domain.vocabulary import Cause
from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import (
    AmountProblem,
    AmountReading,
    Intent,
    read_amount,
    read_intent,
)
from dialogs.understanding.rules.intents import read_card_digits, read_cause
from dialogs.understanding.rules.months import read_months
from tests.support.amounts import read_as_asked

#: (text, question, the figure read)
READ = [
    ("农商行贷了20w 每月光还利息就两千 本金以后再说", "other_debts", "2000"),
    ("借了二十万 每个月付利息一千五", "other_debts", "1500"),
    ("贷款还剩十万 每月还利息是八百", "other_debts", "800"),
    ("房租八百 加上孩子上学 一个月两千左右吧", "expenses", "2000"),
    ("租房一千二 孩子上学 加上吃饭 每个月三千吧", "expenses", "3000"),
    ("房租一千 加上吃饭 一个月八百", "expenses", "1800"),  # the food's own figure: summed
    ("他自己算了算 最多一个月还六百", "counter", "600"),
    ("我妈自己算过了 一个月还五百", "counter", "500"),
]

#: Near misses: asked again.
ASKED_AGAIN = [
    ("应发6800 扣社保五百六 到手自己算吧", "income"),
]

#: At the options, the pay said as why none can be paid: no amount offered.
NO_OFFER = [
    "这几个方案他都还不起 他现在底薪才三千 哪个都不行",
    "都还不起 她工资才两千五",
    "我工资才三千 这几个都太多了 都不行",
]

#: At the options, an amount offered alone: still read.
OFFERED = [
    ("一个月八百", "800"),
    ("她最多一个月还七百", "700"),
]


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, question: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize("text", NO_OFFER)
def test_the_pay_is_no_offer_at_the_options(text: str) -> None:
    assert read_amount(text, "zh", offer=True).amount is None


@pytest.mark.parametrize(("text", "expected"), OFFERED)
def test_an_offer_is_read(text: str, expected: str) -> None:
    assert read_amount(text, "zh", offer=True) == AmountReading(Decimal(expected), None)


def test_an_offer_beside_the_pay_is_read_at_the_counter() -> None:
    assert read_as_asked("每个月还八百 我工资才三千", "zh", "counter") == AmountReading(
        Decimal(800), None
    )


#: The second pass: the reminders and their calls paused, or switched on again after the one who
#: switched them off and why are told first.
INTENTS = [
    ("你们的提醒短信和电话能不能先停了 他看到就烦 等方案定下来再说", Intent.STOP_REMINDERS),
    ("短信跟电话先停一停吧 等方案定下来再说", Intent.STOP_REMINDERS),
    ("提醒和电话能不能先停了 我妈看到就心慌", Intent.STOP_REMINDERS),
    ("之前我们说过把提醒关了吧", Intent.STOP_REMINDERS),
    (
        "之前我哥嫌短信多 把还款提醒关了 结果忘了还 麻烦帮他把短信提醒重新打开",
        Intent.RESUME_REMINDERS,
    ),
    ("以前我妈嫌烦把你们的提醒关掉了 现在麻烦把提醒重新打开", Intent.RESUME_REMINDERS),
    ("之前我爸觉得短信太多 就把提醒关了 结果忘了还款 请帮他重新打开提醒", Intent.RESUME_REMINDERS),
]

#: The second pass: causes told by a helper. The boss who let the workers go; a salesperson's
#: commission gone; a farm's produce fetching too little; the cardholder's spouse hurt ("他老伴",
#: "她丈夫 伤了腰"), and the cardholder's own illness told by the sibling who writes for them;
#: savings lent to a relative whose business failed (something else).
CAUSES = [
    ("他在渔排上干活 老板亏了 把他们几个全辞了", Cause.JOB_LOSS),
    ("厂里效益不好 他被老板辞了", Cause.JOB_LOSS),
    ("她在4S店卖车 车卖不出去 提成一分钱都没有 只剩两千的底薪", Cause.REDUCED_INCOME),
    ("他跑业务的 这半年提成都没了", Cause.REDUCED_INCOME),
    ("我叔养猪的 今年猪价跌得厉害 赔了不少", Cause.BUSINESS_TROUBLE),
    ("我爸种了几百亩地 今年豆价太低了 一年白干还亏了", Cause.BUSINESS_TROUBLE),
    ("苹果价钱一直跌 今年白干了", Cause.BUSINESS_TROUBLE),
    ("他老伴上个月摔了一跤 骨折了 住院花了好几万", Cause.FAMILY_EMERGENCY),
    ("她老伴中风了 离不开人", Cause.FAMILY_EMERGENCY),
    ("她丈夫从梯子上摔下来 伤了腰 一直躺着 她得在家照顾", Cause.FAMILY_EMERGENCY),
    ("我是做扇子的 眼睛白内障 上个月做了手术 现在靠老伴的退休金撑着", Cause.ILLNESS),
    ("我哥查出肺上有个结节 要开刀 这些都是我在帮他弄", Cause.ILLNESS),
    ("她把存款借给朋友开店 结果朋友生意亏了还不上", Cause.OTHER),
    ("我借给我表哥五万 他做生意赔了 一直不还", Cause.OTHER),
    # her own shop's loss besides a loan not repaid: the business named apart from it
    ("我开店亏了 之前还借给我弟一万 他也没还", Cause.BUSINESS_TROUBLE),
]


@pytest.mark.parametrize(("text", "expected"), INTENTS)
def test_the_intent(text: str, expected: Intent) -> None:
    assert read_intent(text, "zh") is expected


@pytest.mark.parametrize(("text", "expected"), CAUSES)
def test_the_cause(text: str, expected: Cause) -> None:
    assert read_cause(text, "zh") is expected


#: The second pass, money: the writer's own money set aside ("俺每月给她的钱不算", "我的不算"); a
#: time past opening the next clause ("退休金2600 以前开的店早不开了": no figure of before); a
#: family loan with no hurry and no instalment (none, or the other debt's payment beside it);
#: none, the mortgage counted at an earlier question; the income said to be nought beside the
#: loss; an average worked out with who did the sum after it; items of the one written about
#: ("他吃饭八百 给家里寄一千").
SECOND_READ = [
    ("俺妈就一个退休金 一个月一千九 俺每月给她的钱不算", "income", "1900"),
    ("他一个月工资三千 我给他的钱不算", "income", "3000"),
    ("我爸退休金两千二 我们给他的生活费不算", "income", "2200"),
    ("他一个月花两千 我的不算", "expenses", "2000"),
    ("奶奶的退休金每月2600 以前开的冷面店早就不开了", "income", "2600"),
    ("她退休金一千八 以前开的小卖部早关了", "income", "1800"),
    ("现在两千 以前是三千", "income", "2000"),
    ("俺爸看病借了亲戚两万 人家说不急 有了再还 没有月供", "other_debts", "0"),
    ("借了舅舅三万 他说不着急 没有月供", "other_debts", "0"),
    ("房贷每月三千 借亲戚两万 不急 没有月供", "other_debts", "3000"),
    ("房贷每月三千 借亲戚两万 不急 不用每个月还", "other_debts", "3000"),
    ("冇得 房贷刚才算过了", "other_debts", "0"),
    ("没有了 车贷前面已经说过了", "other_debts", "0"),
    ("冇得", "other_debts", "0"),
    ("今年养貂是赔钱的 收入只能算0 还得往里倒贴饲料钱", "income", "0"),
    ("店里亏了 收入就当是零", "income", "0"),
    ("豆子卖了十二万 扣掉地租化肥 剩下的平均到每个月也就一千五 我跟我爸一起算的", "income", "1500"),
    ("一年挣六万 平均到每个月就五千 我妈算的", "income", "5000"),
    ("他住工棚不要钱 吃饭手机一个月八百左右 还要给家里寄一千", "expenses", "1800"),
    ("他吃饭八百 房租一千", "expenses", "1800"),
]

#: Near misses, asked again: a loss's own figure beside the nought; a balance with no word of
#: its payment; two people's figures ("他挣三千 我挣两千", "她三千 他两千").
SECOND_ASKED_AGAIN = [
    ("这个月倒贴了两千 收入算零", "income"),
    ("收入是0 还亏了五千", "income"),
    ("借了亲戚两万 没有月供", "other_debts"),
    ("欠我舅舅两万 他说有了再还 每月还多少没定", "other_debts"),
    ("他挣三千 我挣两千", "expenses"),
    ("她三千 他两千", "income"),
    ("他吃饭八百 他老婆吃饭一千", "expenses"),
]


@pytest.mark.parametrize(("text", "question", "expected"), SECOND_READ)
def test_the_amount_is_read_second_pass(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), SECOND_ASKED_AGAIN)
def test_no_amount_is_taken_second_pass(text: str, question: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


#: The card's digits after the phone is said to be in the helper's hands ("她手机在我这"); the
#: phone's own digits are still not the card's.
DIGITS = [
    ("我是她闺蜜 她手机在我这 让我帮她弄一下 尾号0418", "0418"),
    ("手机在我手上 卡尾号5521", "5521"),
    ("她手机尾号是0418", None),
    ("手机尾号0418", None),
]


@pytest.mark.parametrize(("text", "expected"), DIGITS)
def test_the_cards_digits(text: str, expected: str | None) -> None:
    assert read_card_digits(text) == expected


#: A question whether a thing counts, with an ordinal beside it ("第一次遇到"): the help text;
#: with a figure beside it, the figure is asked about again.
MEANINGS = [
    (
        "想问一下 她给她弟弟的房贷做了担保 担保人这个要算进其他负债里吗？她自己每个月并没有在还 "
        "麻烦告诉我怎么填 这种情况我第一次遇到",
        "other_debts",
        "help",
    ),
    ("我替我妈做了担保 这个要算进去吗 第一次弄这个", "other_debts", "help"),
    ("担保的要算进去吗 每月还两千", "other_debts", "ambiguous"),
]


@pytest.mark.parametrize(("text", "question", "meaning"), MEANINGS)
def test_the_meaning(text: str, question: str, meaning: str) -> None:
    assert understanding(None).interpret(text, Question.at(question), "zh").meaning == meaning


#: The own reckoning said last, after how long a thing takes ("估计要一年"): that duration; two
#: durations as alternatives are still not one.
MONTHS = [
    ("香蕉种下去要十个月左右才有收 估计要一年 明年这个时候吧", 12),
    ("找工作一般要两三个月 估计要半年", 6),
    ("三个月吧 估计要半年", 6),
    ("估计三个月 也可能半年", None),
]


@pytest.mark.parametrize(("text", "expected"), MONTHS)
def test_the_months(text: str, expected: int | None) -> None:
    assert read_months(text, "zh") == expected
