"""Chinese amounts misread in the development rounds, by family: a figure said only as a bound
("三千以内", "一千都没有") is asked again; a figure worked out at a rate said before it ("按八成发
3600") is what comes in; the rest of an income kept to live on ("剩下一千吃饭交房租") is no
offer."""

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

AT_A_RATE = [
    ("income", "底薪五千 病假按八成发 4000", "4000"),
    ("income", "工资3000 停工期间按七成发 2100", "2100"),
    ("income", "本来四千 现在按百分之六十发 两千四", "2400"),
    ("income", "原来工资6000 现在发80% 4800", "4800"),
    ("expenses", "房租两千 房东打九折 1800", "1800"),
    # near lines: no rate between, the figures a list
    ("income", "工资4500 奖金3600", "8100"),
    ("expenses", "房租两千 水电三百", "2300"),
]  # fmt: skip

REST_KEPT = [
    # the figure given to the bank is the offer (asked again until it was read as one)
    ("counter", "一个月两千 给你们三百 剩下一千七吃饭交房租", "300"),
    ("counter", "每月拿到四千 还你们八百 剩下三千二养家", "800"),
    ("counter", "工资三千 两千五留着 五百给你们 剩下两千五自己生活", "500"),
    ("counter", "剩下一千吃饭交房租 给你们五百", "500"),
    ("counter", "一个月能还五百 剩下一千五生活", "500"),
    # near lines: the rest is what is offered
    ("counter", "工资4000, 留3200, 剩下的每个月还800", "800"),
    ("counter", "工资三千 自己留两千 剩下一千都给你们", "1000"),
    ("counter", "工资两千 剩下的一千五都还你们", "1500"),
]  # fmt: skip


def _read(question: str, text: str) -> str:
    return understanding().interpret(text, Question(question), "zh", currency="CNY").meaning


@pytest.mark.parametrize(("question", "text", "expected"), BOUNDS)
def test_a_bound_alone_is_asked_again(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(("question", "text", "expected"), AT_A_RATE)
def test_a_figure_worked_out_at_a_rate_is_taken(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(("question", "text", "expected"), REST_KEPT)
def test_the_rest_kept_to_live_on_is_no_offer(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected
