"""At the counter, the figure given to the bank is the offer, beside the wage and what is kept:
"工资三千 两千五留着 五百给你们" was read as the wage (3,000, a misread: the kept figure and the
offer add up to it, which read as an offer split into instalments)."""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

CURRENCY = {"en": "GBP", "hu": "HUF", "zh": "CNY"}

#: (language, text, what is read at the counter)
READ = [
    ("zh", "工资三千 两千五留着 五百给你们", "500"),
    ("zh", "工资三千 两千五留着生活 五百给你们", "500"),
    ("zh", "两千五留着 五百给你们", "500"),
    ("zh", "收入四千 留三千五 五百还给银行", "500"),
    ("zh", "剩下一千二 我留两百 还你们一千", "1000"),
    ("zh", "工资三千 留两千五 给你们五百", "500"),
    ("en", "wage is 3000, keeping 2500, 500 to you", "500"),
    # near lines: an offer split into its instalments, a second offer as a maybe
    ("hu", "havonta 15 ezret, 10-én 8-at és 25-én 7-et", "15000"),
    ("zh", "每月剩九百 留三百备用 还六百", "600"),
    ("zh", "给你们五百 不行就四百", "ambiguous"),
    ("zh", "每月还你们两千 不对 两千太多了 在少点 一千二吧", "1200"),
]


@pytest.mark.parametrize(("language", "text", "expect"), READ)
def test_the_offer_beside_what_is_kept(language: str, text: str, expect: str) -> None:
    got = understanding().interpret(text, Question.COUNTER, language, currency=CURRENCY[language])
    assert got.meaning == expect, got


def test_a_figure_given_then_taken_back_is_no_offer() -> None:
    """Said when none of the plans fit: the figure after the correction is the own amount."""
    got = understanding().interpret(
        "每月还你们两千 不对 两千太多了 在少点 一千二吧", Question.DECLINED, "zh", currency="CNY"
    )
    assert got.meaning == "amount:1200", got
