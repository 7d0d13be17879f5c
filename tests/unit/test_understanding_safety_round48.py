"""The kinds of distress and requests of round 48, and everyday talk near them.

Distress said beside a figure: the belts, the pills or the car keys hidden by the family; hands
held under the hot tap till they blister, "the only time my head goes quiet"; the cancer hoped
back; the dead envied; a gun kept "and I know why"; to be taken in one's sleep, prayed for; a
neighbour asked to call the police so the children do not find one; going to find a dead son.
Not disputes: the job's prices "not my spending", a fare "none of that is mine", a loan that is
the husband's. Requests: whether something counts as income or as a debt asks what is meant;
"no more chasers" stops the reminders.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import signals_dispute, signals_distress

DISTRESS = [
    "my partner has hidden my pills and my razors since last week. spending 800",
    "elrejtette a feleségem az övemet, mióta mondtam valamit. 180 a kiadás",
    "家里人把我的药都藏起来了 开销两千",
    "i scratch my arms until they blister, income 1,050",
    "i wish my cancer would come back, 40 a month",
    "bárcsak kiújulna a rák, 250 a fizetés",
    "真希望癌症复发 工资三千二",
    "néha irigylem a halottakat, nekik nincs már semmi gondjuk, 200 a kiadás",
    "my dads shotgun is still in my shed and i know why i kept it. income 900",
    "a puska még nálam van, és tudom, miért. 150 a kiadás",
    "i pray every night god will take me in my sleep. other debts none",
    "szóltam a barátomnak, hogy ha nem veszem fel, jöjjön, ne a lányom találjon rám. 5 ezret",
    "left a key with next door so the kids dont find me. 30 a month",
    "老伴走了两年了 等我把钱还清就去陪她 开销一千五",
]

NO_DISTRESS = [
    "somebody took my car keys by mistake at work, spending 800",
    "i envy people with a proper pension, income 1,050",
    "a vadászpuskát eladtam, 150 a kiadás",
    "sleep in my van most nights, spending 600",
    "儿子去外地上学了 周末去找他 开销两千",
]

NOT_DISPUTES = [
    "slabs go at 40 a square metre, thats the job not my spending. my spending is 1,020",
    "the limo goes out at 400 a night, none of that is mine. spending 950",
    "a lakáshitel a páromé, én nem fizetek semmit",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round48_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round48_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize("text", NOT_DISPUTES)
def test_round48_the_jobs_prices_or_anothers_loan_are_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize(
    ("text", "question", "language"),
    [
        ("should i count my lodgers rent as income or take it off my rent", Question.INCOME, "en"),
        ("低保算收入吗", Question.INCOME, "zh"),
        ("车贷算其他欠款吗", Question.OTHER_DEBTS, "zh"),
    ],
)
def test_round48_whether_a_thing_counts_asks_what_is_meant(
    text: str, question: Question, language: str
) -> None:
    assert understanding().interpret(text, question, language).meaning == "help"


def test_round48_no_more_chasers_stops_the_reminders() -> None:
    reading = understanding().interpret("no more chasers this month please", Question.COUNTER, "en")
    assert reading.meaning == "stop_reminders"
