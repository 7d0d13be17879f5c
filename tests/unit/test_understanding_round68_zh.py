"""Families of round 68 in Chinese (an answer with something more in the same message), in words
of our own: what is read, and what is asked again.

The card's digits put right with the slip owned after them ("1234 不对 是1243 看错了"): the
digits after the correction. A charge denied in Cantonese ("唔係我碌嘅"): a dispute; one's name
as a payer beside an offer ("一辈子没欠过别人钱"): none. An agreement with thanks for calls not
made, a word about another lender, a promise to pay on time once well, or "better than I
thought": accepted. Money: nought now beside a month of before; a thing still paid off beside
its instalment; the item named as another's; no other debt in Cantonese. Temporary: a no in
Cantonese, or said first beside what is not known. Months: a month's money is no count; the own
safe figure after the doctor's; a shopping day; "今个月". A person asked to ring beside not being
able to say. Causes: the other party of an accident hurt, "其他原因" typed first; "宝妈" is
no relative, "老头子" is.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import interpret
from dialogs.understanding.rules import AmountProblem, AmountReading, Intent, read_intent
from dialogs.understanding.rules.answers import signals_refusal
from dialogs.understanding.rules.intents import read_card_digits
from dialogs.understanding.rules.safety import signals_dispute
from tests.support.amounts import read_as_asked

#: (text, the digits read)
DIGITS = [
    ("尾号5120 哦不对 是5102 刚才看错了 不好意思", "5102"),
    ("卡尾号7731 不对 7713 打错了", "7713"),
    ("尾号6604 说错了 是6640 我眼花看错了", "6640"),
    ("尾号4417 刚才看错了", "4417"),  # the slip owned, no other digits: the ones said
]


@pytest.mark.parametrize(("text", "expected"), DIGITS)
def test_the_cards_digits(text: str, expected: str) -> None:
    assert read_card_digits(text) == expected


#: (text, whether the debt is disputed)
DISPUTES = [
    ("好 就呢個 不过账单上面嗰笔2999唔係我碌嘅 我成日都喺屋企", True),
    ("呢笔消费唔系我刷嘅 你哋查下", True),
    ("我從來冇碌過呢張卡 點解有消費", True),
    ("每个月还五百 我这辈子没欠过别人一分钱 这次是被洪水害的", False),
    ("一个月四百 我从来没欠过人家钱 一定按时还", False),
    ("每个月还五百 我没欠过你们钱", True),  # this debt denied
]


@pytest.mark.parametrize(("text", "expected"), DISPUTES)
def test_the_dispute(text: str, expected: bool) -> None:
    assert signals_dispute(text) is expected


#: (text, whether the agreement is held back)
REFUSALS = [
    ("可以 我同意 说实话比我想的好多了", False),
    ("同意 比预想的顺利 谢谢", False),
    ("嗯 我同意 谢谢你们没有一直催 之前别家打电话好凶", False),
    ("同意 感谢你们没有为难我", False),
    ("好嘅 我同意 等我腰好返就可以按时还了", False),
    ("同意 等伤好了我就能按时还", False),
    ("我同意 不过比我想的贵", True),
    ("同意是同意 比我想的要多", True),
    ("同意 等发了工资再签", True),
    ("谢谢 我没想好", True),
]


@pytest.mark.parametrize(("text", "expected"), REFUSALS)
def test_the_refusal(text: str, expected: bool) -> None:
    assert signals_refusal(text) is expected


#: Money: nought now beside a month of before, the time past leading its own clause ("现在是0
#: 之前一个月七千"); a thing still paid off, its instalment beside it ("电动车还有分期 每月两百");
#: the item named as another's ("房贷是他在还 不算我的"); no other debt in Cantonese ("冇其他債").
READ = [
    ("这两个月基本上是0 之前好的时候一个月七八千", "income", "0"),
    ("现在是0 之前一个月六千", "income", "0"),
    ("现在收入是0 以前一个月五千", "income", "0"),
    ("现在三千 之前一个月七千", "income", "3000"),
    ("那辆电动车还有分期 每月两百 还有半年就还完了", "other_debts", "200"),
    ("手机还有分期 每个月一百五", "other_debts", "150"),
    ("房贷是他在还 不算我的 吃饭加上孩子上学 一个月两千五左右", "expenses", "2500"),
    ("车贷我老公还 不算我的 一个月两千吧", "expenses", "2000"),
    ("冇其他債 多謝", "other_debts", "0"),
    ("沒有其他債了 謝謝", "other_debts", "0"),
]

#: Near misses, asked again: an item with no figure added after another's; the mortgage left
#: out of the figure ("三千 不算房贷": the whole is unsaid).
ASKED_AGAIN = [
    ("车贷每月三百八 还有分期", "other_debts"),
    ("一个月三千 不算房贷", "expenses"),
]


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, question: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


#: Not temporary, in Cantonese ("唔係暫時嘅"), or said first with what is not known after it
#: ("不是暂时的 就是不知道以后干什么"): no. Near: the not knowing first, or the no hedged.
TEMPORARY = [
    ("唔係暫時嘅 呢行冇人做啦", "no"),
    ("唔会系暂时嘅 间厂执咗", "no"),
    ("係暫時嘅 唔使擔心", "yes"),
    ("不是暂时的 乐队散了 就是不知道以后干什么", "no"),
    ("不知道是不是暂时的", "unsure"),
    ("不是暂时的吧 我也不知道", "unsure"),
]

#: Months: a month's money is no count ("我一个月就两千六"); the own figure to be safe after
#: the doctor's; at least one figure, maybe up to another; a shopping day; "今个月" (this month).
MONTHS = [
    ("说不准 我一个月就两千六 利息再涨真的还不起", "unsure"),
    ("医生说一个月 保险起见算两个月吧", "2"),
    ("医生讲两个月 保守点算三个月", "3"),
    ("起码两个月 可能要到三个月 看恢复", "3"),
    ("三个月吧 到双十二就好了", "3"),
    ("即刻得 今个月就还", "1"),
    ("三个月 每个月两千", "3"),
]

#: A person asked to ring, beside not being able to say: the person.
PERSON = [
    ("这个我说不清楚 你们有没有人可以打个电话给我", "recovery"),
    ("讲不清楚 能不能找个人打电话给我", "temporary"),
]


@pytest.mark.parametrize(("text", "expected"), TEMPORARY)
def test_temporary(text: str, expected: str) -> None:
    assert interpret(text, "temporary", "zh").meaning == expected


@pytest.mark.parametrize(("text", "expected"), MONTHS)
def test_the_months(text: str, expected: str) -> None:
    assert interpret(text, "recovery", "zh").meaning == expected


@pytest.mark.parametrize(("text", "question"), PERSON)
def test_a_person_asked(text: str, question: str) -> None:
    assert interpret(text, question, "zh").meaning == "person"


def test_whether_anyone_rang_is_no_request() -> None:
    assert read_intent("有没有人打电话给我 我没接到", "zh") is not Intent.PERSON


#: Causes: the other party of an accident in hospital, "其他原因" typed first (something else);
#: "宝妈" (the young mothers one works for) is no relative; "老头子" (a husband in old age) is.
CAUSES = [
    ("其他原因 开车撞了人 对方住院 赔了五万多 存款都赔光了", "other"),
    ("其他 今年搬家换学校 押金赞助费一下子把钱花光了", "other"),
    ("生病了 我是做月嫂的 腰椎间盘突出 宝妈们找我都只能推掉", "illness"),
    ("老头子上个月脑梗了 住院开刀 钱全垫进去了", "family_emergency"),
    ("我出车祸住院了 对方也受伤了", "illness"),
    ("其他原因 我妈住院了", "family_emergency"),
]


@pytest.mark.parametrize(("text", "expected"), CAUSES)
def test_the_cause(text: str, expected: str) -> None:
    assert interpret(text, "cause", "zh").meaning == expected
