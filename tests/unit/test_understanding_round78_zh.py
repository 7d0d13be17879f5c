"""Chinese amounts misread in round 78 (session 55, money on the edge), by family, in words of our
own: what is read or asked again, and the near lines that keep their reading.

No distress is heard in life that must go on ("日子得过下去") nor in strain over a price gone up
("房租涨了 真的压力大"), and no dispute in a spouse's figure against the own reckoning ("她说的跟
我算的不一样"); near lines: "日子过不下去了", strain said as a wish to die, the bank's figure
disputed.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (question, text, what is read)
READ = [
    # life that must go on beside thrift, strain over a price gone up: no distress
    ("expenses", "三千一 能省的都省了 日子总得过下去 没办法的事", "3100"),
    ("expenses", "两千九 能省都省了 烟也不抽了 日子总得过下去 没办法的事", "2900"),
    ("expenses", "三千三 这已经是省着花的 肉都很少买 日子还得过下去 没办法", "3300"),
    ("expenses", "光房租就两千二了 别的还没细算 反正挺多 成都房租涨了 真的压力大", "ambiguous"),
    # near lines: life that cannot go on, strain said as a wish to die
    ("expenses", "两千五 日子过不下去了 不想活了", "distress"),
    ("expenses", "房租涨了 压力大得想死", "distress"),
    # the spouse's figure against the own reckoning: no dispute
    ("expenses", "两千六吧 也可能三千 家里我老婆管账 她记的跟我算的对不上", "ambiguous"),
    ("expenses", "三千或者三千五 老公管账的 他说的和我算的不一样", "ambiguous"),
    ("expenses", "账是我媳妇管 她算的跟我算的不一样 大概两三千", "ambiguous"),
    # near lines: the bank's figure disputed
    ("expenses", "两千 你们算的跟我算的不一样 账单不对", "dispute"),
    ("expenses", "两千五 账单上的金额跟我刷的对不上", "dispute"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), READ)
def test_chinese_misreads_of_round_78_are_read_right(
    question: str, text: str, expected: str
) -> None:
    got = understanding().interpret(text, Question(question), "zh", currency="CNY")
    assert got.meaning == expected
