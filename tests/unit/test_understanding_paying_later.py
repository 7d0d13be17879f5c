"""A missed payment promised for a time to come is a change of the plan, never a claim that it
was paid (``rules/answers.py``, ``says_paying_later``): "i'll pay it on friday" was read as "I
have paid", which would have let a payment still owed pass as made. Lines of our own."""

from __future__ import annotations

import pytest

from dialogs.understanding import interpret
from dialogs.understanding.meaning import Question

#: (language, text, meaning)
MISSED = [
    # promised for a day or a time to come: the payment moved
    ("en", "i will pay it on friday", "change_plan"),
    ("en", "ill pay it friday when i get paid", "change_plan"),
    ("en", "i can pay 50 next week", "change_plan"),
    ("en", "i'll pay next week", "change_plan"),
    ("en", "going to pay it tomorrow", "change_plan"),
    ("en", "i'll have it paid by the 20th", "change_plan"),
    ("hu", "jövő héten ki tudom fizetni", "change_plan"),
    ("hu", "pénteken befizetem", "change_plan"),
    ("hu", "fizetéskor befizetem", "change_plan"),
    ("hu", "holnap utalom", "change_plan"),
    ("zh", "下周能还", "change_plan"),
    ("zh", "发工资就还", "change_plan"),
    ("zh", "明天还", "change_plan"),
    ("zh", "这个月只能还一半", "change_plan"),
    # paid already, whatever follows: a claim
    ("en", "i paid it yesterday", "claim_paid"),
    ("en", "i have paid, will send the receipt tomorrow", "claim_paid"),
    ("en", "paid it on friday", "claim_paid"),
    ("hu", "tegnap utaltam", "claim_paid"),
    ("zh", "昨天还了", "claim_paid"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "meaning"), MISSED)
def test_a_payment_promised_later_is_no_claim(language: str, text: str, meaning: str) -> None:
    assert interpret(text, Question.MISSED, language).meaning == meaning


def test_still_said_with_a_time_to_come_is_no_promise() -> None:
    """ "还会忘" is "will forget again": its 还 is "still", no payment."""
    got = interpret("提醒重新打开吧 不然我下个月肯定还会忘的", Question.MISSED, "zh")
    assert got.meaning != "change_plan"
