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
hands.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.domain.vocabulary import Cause
from dialogs.understanding.rules import (
    AmountProblem,
    AmountReading,
    Intent,
    read_amount,
    read_intent,
)
from dialogs.understanding.rules.intents import read_card_digits, read_cause
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
