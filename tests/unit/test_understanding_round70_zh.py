"""Families of round 70 in Chinese (a bad day: anger and complaints that deny nothing), in words
of our own: what is read, and what is asked again.

Anger that denies nothing is no dispute or distress: a complaint only threatened if the
interest goes on, money scammed or run off with by a landlord (the own money, not this card), a
wife sleepless over the letters, the fear of getting a translation wrong.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import interpret
from dialogs.understanding.meaning import Interpretation
from dialogs.understanding.rules.safety import signals_dispute, signals_distress


def read(text: str, question: str) -> Interpretation:
    return interpret(text, question, "zh")


@pytest.mark.parametrize(
    ("text", "question", "meaning"),
    [
        (
            "谁知道呢 你们这利息再这么滚下去 我真要去投诉了 本金才两万 利息罚息都快五千了",
            "temporary",
            "unsure",
        ),
        ("不知道 利息再这样涨 我就去银保监投诉你们", "temporary", "unsure"),
        ("暂时的 钱是被骗了 又不是工资少了 慢慢攒就是了", "temporary", "yes"),
        ("是暂时的 钱都被人骗光了 慢慢挣回来", "temporary", "yes"),
        (
            "其他 房东卷了押金跑了 半年房租全打水漂 报警了也没消息 辛辛苦苦攒的钱就这么没了",
            "cause",
            "other",
        ),
        (
            "这个月拿不出八百 能不能改成一个月五百 催款信一个礼拜寄三封 吓得我老婆觉都睡不着",
            "missed",
            "change_plan",
        ),
    ],
)
def test_anger_that_denies_nothing_is_no_dispute_or_distress(
    text: str, question: str, meaning: str
) -> None:
    assert not signals_dispute(text)
    assert not signals_distress(text)
    assert read(text, question).meaning == meaning


@pytest.mark.parametrize(
    "text",
    [
        "这笔不是我刷的 你们再这样我就去投诉",
        "我的钱被骗了 卡也被盗刷了",
        "你们弄错了 这笔我没消费过",
    ],
)
def test_a_denial_beside_a_threat_or_a_scam_is_still_a_dispute(text: str) -> None:
    assert signals_dispute(text)


def test_afraid_of_getting_it_wrong_is_no_dispute() -> None:
    assert not signals_dispute("他看不懂中文 我翻译得不准 怕弄错了害了他")
    assert not signals_dispute("我自己填的 担心填错了")


def test_one_sleepless_himself_is_still_heard() -> None:
    assert signals_distress("天天睡不着 活着没意思")
