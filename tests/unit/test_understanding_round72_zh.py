"""Families of round 72 in Chinese (lines dictated by voice), in words of our own: what is read,
and what is asked again.

Money: a take-home figure taken back aloud ("到手四千, 不对, 四千五") is the one after it; two
items that cost the same, each named before its figure ("房租两千 吃饭两千"), are added; the
good times named bare ("好的时候…") are a time past beside the figure of now. Safety: a payment
said made and the missed one said to be the bank's mistake ("就还了 … 是不是搞错了") is "I have
paid" at a missed payment and no dispute by itself; a child crying to go home is no crisis of
the parent's. Agreement: no bad debt promised, no trouble for the bank, the plan settled on "for
now" and more paid later are no refusal.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import interpret
from dialogs.understanding.rules import AmountProblem, AmountReading, read_months
from dialogs.understanding.rules.answers import signals_refusal
from dialogs.understanding.rules.safety import signals_dispute, signals_distress, signals_paid_off
from tests.support.amounts import read_as_asked

#: (text, question, the amount read)
READ = [
    # a take-home figure taken back aloud: the one after it
    ("这个月到手四千，不对，四千五，扣完油钱的，油钱是我自己垫的。", "income", "4500"),
    ("到手三千，不对，三千二", "income", "3200"),
    ("到手三千 不对 是三千二", "income", "3200"),
    ("这个月到手四千", "income", "4000"),  # nothing taken back: as before
    # two items at the same figure, each named before it
    ("房租两千 吃饭两千", "expenses", "4000"),
    ("房租一千五，吃饭一千五", "expenses", "3000"),
    ("房租两千 吃饭也是两千", "expenses", "4000"),
    ("房租两千 吃饭两千 水电五百", "expenses", "4500"),
    ("两千 就两千", "expenses", "2000"),  # one figure said twice
    ("房租两千 房租两千", "expenses", "2000"),  # one item said twice
    # the good times named bare, then now
    ("好的时候一个月五千 现在也就两千", "income", "2000"),
    ("好的时候一个月三四千 现在也就一千二 唉 真愁人", "income", "1200"),
    # near lines of a figure's next place after a space: a count or a day after it
    ("四千 五口人", "income", "4000"),
    ("工资四千 五号发", "income", "4000"),
]

#: Asked again: a list of one figure is not guessed around a correction.
ASKED_AGAIN = [
    ("好的时候一个月五千", "income"),  # the good times only: and now?
    # a figure's next place typed after a space: 4,500, or 4,000 and a five of something
    ("四千 五", "income"),
    ("一千 五 左右", "expenses"),
    ("每个月还五百 五", "counter"),
]


@pytest.mark.parametrize(("text", "question", "expected"), READ)
def test_the_amount_is_read(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, question: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


def test_no_list_is_guessed_around_a_correction() -> None:
    assert read_as_asked("房租两千 不对 吃饭两千", "zh", "expenses") != AmountReading(
        Decimal(4000), None
    )


#: Paid, and the missed payment said to be the bank's mistake.
PAID_SAID_MISTAKEN = [
    "那个钱我十八号就还了呀 怎么说我没还 你们是不是搞错了 短信都收到了",
    "我上礼拜就转过去了，你们是不是弄错了",
    "我已经还了 你们搞错了吧",
]


@pytest.mark.parametrize("text", PAID_SAID_MISTAKEN)
def test_a_payment_said_made_is_claimed_paid(text: str) -> None:
    assert not signals_dispute(text)
    assert signals_paid_off(text)  # elsewhere than at a missed payment: as a debt paid off
    assert interpret(text, "missed", "zh").meaning == "claim_paid"


@pytest.mark.parametrize(
    "text",
    [
        "这钱我早就还了 不是我刷的 你们搞错了",
        "这不是我借的钱 你们搞错了",
        "我根本没借过 还了什么 你们搞错了",
    ],
)
def test_a_debt_denied_is_still_a_dispute(text: str) -> None:
    assert signals_dispute(text)


#: (text, whether distress is heard)
DISTRESS = [
    ("闺女住院了 在市医院 她才九岁 天天哭着要回家 我看着也难受", False),
    ("儿子住院一个礼拜了 一直哭着找妈妈", False),
    ("我天天哭", True),
    ("孩子天天哭着要回家 我自己也每天都在哭", True),
]


@pytest.mark.parametrize(("text", "expected"), DISTRESS)
def test_the_distress(text: str, expected: bool) -> None:
    assert signals_distress(text) is expected


#: (text, whether the agreement is held back)
REFUSALS = [
    ("同意 先这么定 等明年果子卖了钱我再多还点 不会赖账的", False),
    ("嗯嗯 我同意 谢谢你们 我一定按时还 不给你们添麻烦", False),
    ("同意 不会赖账的", False),
    ("我同意 不给你们添麻烦", False),
    ("同意 等下个月再说", True),
    ("先这么定 我再想想", True),
    ("不同意 别给我添麻烦", True),
]


@pytest.mark.parametrize(("text", "expected"), REFUSALS)
def test_the_refusal(text: str, expected: bool) -> None:
    assert signals_refusal(text) is expected


def test_the_rest_unsaid_is_asked_again() -> None:
    assert read_as_asked("房租一千 吃饭一千 还有别的杂七杂八", "zh", "expenses") == AmountReading(
        None, AmountProblem.AMBIGUOUS
    )


#: (text, the cause): a spouse in country speech is family; a fall said first is one's own.
CAUSES = [
    ("俺家那口子中风了 在县医院住着 我天天陪床", "family_emergency"),
    ("我们家那口子住院了 我得在医院陪着", "family_emergency"),
    ("摘苹果的时候从梯子上摔下来了 腿摔断了 都是我老婆在忙", "illness"),
    ("从脚手架上掉下来了 腰伤了 儿子送我去的医院", "illness"),
    ("我妈从楼梯上摔下来了 住院了", "family_emergency"),
]


@pytest.mark.parametrize(("text", "expected"), CAUSES)
def test_the_cause(text: str, expected: str) -> None:
    assert interpret(text, "cause", "zh").meaning == expected


#: (text, what is read at "is it temporary?"): the phone's dictation named by its language is no
#: language asked for; the one asked for after it is.
LANGUAGES = [
    (
        "sorry my Chinese voice input keeps getting it wrong can we do this in English please",
        "language:en",
    ),
    ("my chinese keyboard is broken, english please", "language:en"),
    ("中文语音输入老是听错 能不能用英语", "language:en"),
    ("can we do this in chinese please", "language:zh"),
]


@pytest.mark.parametrize(("text", "expected"), LANGUAGES)
def test_the_language_asked_for(text: str, expected: str) -> None:
    assert interpret(text, "temporary", "zh").meaning == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count, a filler, then the most it takes: the most
        ("一个月，嗯，最多两个月吧", 2),
        ("两个月，那个，顶多三个月", 3),
        # a day of the lunar calendar is no count of months
        ("开春吧，嗯，三个月左右，往年正月十五一过就有活了。", 3),
        ("腊月二十八就回来了 两个月吧", 2),
        ("正月十五以后", None),
    ],
)
def test_the_months_dictated(text: str, expected: int | None) -> None:
    assert read_months(text, "zh") == expected
