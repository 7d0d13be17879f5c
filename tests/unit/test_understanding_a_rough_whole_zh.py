"""A month's whole said roughly right after Chinese items, with nothing named between, is the
whole where the items add up to it and asked again where they do not (it was summed with them);
a figure with an item named before it is still an item."""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (text, what is read at the spending)
READ = [
    ("房租一千五 吃饭一千 一个月大概三千吧", "ambiguous"),
    ("吃饭一千二 水电三百 大概就两千吧", "ambiguous"),
    ("房租一千五 吃饭一千 每月差不多三千", "ambiguous"),
    # near lines: the items add up to it, or the last figure is an item's
    ("房租2500 吃饭1500 交通300 大概四千三", "4300"),
    ("房租一千五 吃饭一千 大概就两千五吧", "2500"),
    ("吃饭一千二 水电三百 其他的 大概两千吧", "3500"),
    ("吃饭一千二 水电三百 房租大概五百吧", "2000"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), READ)
def test_a_rough_whole_after_items(text: str, expected: str) -> None:
    got = understanding().interpret(text, Question.EXPENSES, "zh", currency="CNY")
    assert got.meaning == expected
