"""Chinese amounts misread in the development rounds, by family: a figure said only as a bound
("三千以内", "一千都没有") is asked again."""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (question, text, what is read)
BOUNDS = [
    ("expenses", "一个月三千以内", "ambiguous"),
    ("expenses", "开销两千之内吧", "ambiguous"),
    ("income", "一千都不到", "ambiguous"),
    ("income", "这个月八百都没有", "ambiguous"),
    ("expenses", "一天五十不到 一个月也就两千以内", "ambiguous"),
    # near lines: the figure itself, or no figure before the words
    ("expenses", "一个月三千", "3000"),
    ("expenses", "一个月三千 多一分都没有", "3000"),
    ("income", "现在一分钱收入都没有", "0"),
    ("counter", "一千以内都行", "1000"),  # an offer's ceiling is its amount
]  # fmt: skip


def _read(question: str, text: str) -> str:
    return understanding().interpret(text, Question(question), "zh", currency="CNY").meaning


@pytest.mark.parametrize(("question", "text", "expected"), BOUNDS)
def test_a_bound_alone_is_asked_again(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected
