"""No use in living on is distress at every question, beside a cause or a figure too: "我这把老骨头
活着还有啥用" after a grandchild's stay in hospital was read at the cause question as the family
emergency alone (the classifier heard it, under the bar for a message that answers)."""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (question, text, what is read)
READ = [
    ("cause", "孙子又进医院了 钱都花光了 这几天都没顾上回 我这把老骨头活着还有啥用", "distress"),
    ("income", "退休金两千 活着还有啥用", "distress"),
    ("cause", "活着又有什么用 厂子倒了", "distress"),
    ("expenses", "房租一千 吃饭八百 我活着有什么用", "distress"),
    # near lines: no use in something else
    ("missed", "钱还了有什么用", "claim_paid"),
    ("cause", "孙子又进医院了 钱都花光了", "family_emergency"),
]


@pytest.mark.parametrize(("question", "text", "expect"), READ)
def test_no_use_in_living_is_distress(question: str, text: str, expect: str) -> None:
    got = understanding().interpret(text, Question.at(question), "zh", currency="CNY")
    assert got.meaning == expect, got
