"""The kinds of distress and dispute of round 36, the requests beside them, and everyday talk
near them.

Distress said beside a figure: knowing which dose would do it; one's last day on this earth;
videos left for a child's every birthday until eighteen; the gas turned on once; jumping from
somewhere high. Disputes: a fee charged on what grounds, never told of at opening; a fee refused
to the last penny. Requests: the reminder texts paused or switched off, also beside a figure the
rules would ask again; a person asked for beside not understanding the bot; English asked for
where reading Chinese is slow. A question whether one's own or the household's figure is meant
is the help text. Not alarms: a dose of medicine for a pet, the last day at work, birthday
videos of a child, the gas bill, a jump into the lake, the hours of a shift.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import signals_dispute, signals_distress
from dialogs.understanding.rules.intents import Intent, read_intent, read_language_named

DISTRESS = [
    "1,200. i've worked out how many of the tablets in the drawer would be enough",
    "havi 180, tudom már, mennyi gyógyszer lenne elég",
    "三千二 我查过吃多少药就够了",
    "75 a month, sunday is my last day on this earth",
    "havi 20, szombat az utolsó napom ezen a világon",
    "每月三百 这周是我在这个世界上的最后一周",
    "900. recorded a video for every birthday until he turns 18",
    "kb 150, videókat vettem fel a lányomnak, minden évre egyet, 18 éves koráig",
    "两千 给儿子写了信 每年一封 一直写到他十八岁",
    "loan 80. turned the gas on last night and off again, next time i won't",
    "a hitel 40. megnyitottam a gázt, aztán elzártam",
    "车贷一千五 昨晚把煤气阀门拧开了 躺着躺着又关了",
    "400, i keep thinking about jumping off the roof of our tower block",
    "havi 30, le akarok ugrani a hídról",
    "每月两百 想去楼顶跳下去",
]

NO_DISTRESS = [
    "the vet told me which dose the dog needs, 1,100 a month",
    "friday is my last day at the warehouse, then 1,400 at the new place",
    "i film a video of my son every birthday, 1,300",
    "gas bill is 90, rent 650",
    "the kids jump into the lake all summer, spending 1,000",
    "每月三千 下周是我在工厂的最后一周",
]

DISPUTES = [
    "两千五 这个年费凭什么收",
    "办卡的时候没人跟我说过有会员费 开销三千",
    "超限费我一分都不交 生活费两千",
    "what gives you the right to charge a fee i never agreed, 1,200 a month",
    "milyen alapon számolják fel ezt a díjat? 230",
]

STOPS = [
    ("能不能先把提醒短信停了", "zh"),
    ("can you pause the texts for a while", "en"),
    ("állítsák le az sms-eket kérem", "hu"),
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round36_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round36_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize("text", DISPUTES)
def test_round36_fee_charged_on_no_grounds_is_a_dispute(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(("text", "language"), STOPS)
def test_round36_texts_paused_is_a_stop(text: str, language: str) -> None:
    assert read_intent(text, language) is Intent.STOP_REMINDERS


def test_a_stop_beside_figures_asked_again_is_the_stop() -> None:
    """A stop beside "maybe 50 or 60": the range would be asked again; the request is
    what is asked. An hour of the day is no amount ("at 6 in the morning")."""
    layer = understanding(None)
    for text, language in (
        ("stop the texts please, maybe 50 or 60", "en"),
        ("stop texting me at 5 in the morning, i only get home at 6 after the shift", "en"),
        ("ne küldjenek több sms-t, talán 20-30", "hu"),
        ("别再发短信了 大概两三百吧", "zh"),
    ):
        meaning = layer.interpret(text, Question.at("counter"), language).meaning
        assert meaning == "stop_reminders", text


def test_an_hour_of_the_day_is_no_amount() -> None:
    layer = understanding(None)
    for text, amount in (
        ("up at 5 in the morning every day, spend about 900", "900"),
        ("bed at 7 after nights, spend 800", "800"),
    ):
        assert layer.interpret(text, Question.at("expenses"), "en").meaning == amount, text


def test_a_person_beside_not_understanding_the_bot_is_the_person() -> None:
    layer = understanding(None)
    for text, language in (
        ("机器人听不懂我说的 我要跟真人说", "zh"),
        ("i dont understand the question, can i talk to a real person", "en"),
    ):
        assert layer.interpret(text, Question.at("income"), language).meaning == "person", text


def test_the_language_slow_to_read_is_not_the_one_asked_for() -> None:
    assert read_language_named("switch to english please, reading chinese is slow for me") == "en"
    assert read_language_named("angolul kérem, lassan olvasok magyarul") == "en"
    assert read_language_named("能用中文吗 看英文太慢了") == "zh"


def test_ones_own_or_the_households_figure_asked_is_help() -> None:
    layer = understanding(None)
    for text, language in (
        ("支出是算我一个人的还是我们全家的", "zh"),
        ("is it just mine or the household's? my partner works too", "en"),
        ("csak az enyémet írjam vagy az egész családét?", "hu"),
    ):
        assert layer.interpret(text, Question.at("income"), language).meaning == "help", text


def test_the_money_gone_by_the_months_end_is_no_crisis() -> None:
    """The classifier hears distress in "hó végére mindig elfogy a pénz"; it is money running
    out, and the rest of the message says nothing more."""
    layer = understanding(None)
    for text, language in (
        ("a hónap végére mindig elfogy a pénz, nem tudom pontosan mennyi", "hu"),
        ("hó végére elfogy a fizu", "hu"),
    ):
        meaning = layer.interpret(text, Question.at("expenses"), language).meaning
        assert meaning != "distress", text
    meaning = layer.interpret(
        "hó végére elfogy a pénz és élni sincs kedvem", Question.at("expenses"), "hu"
    ).meaning
    assert meaning == "distress"


def test_what_is_left_offered_is_no_crisis() -> None:
    """ "Azt odaadom" of what is left after the bills offers it; giving all away is heard."""
    layer = understanding(None)
    offered = layer.interpret(
        "ami még marad a számlák után, azt befizetem", Question.at("counter"), "hu"
    )
    assert offered.meaning != "distress"
    given = layer.interpret(
        "ami marad azt odaadom a gyerekeimnek, nekem már nem kell semmi",
        Question.at("counter"),
        "hu",
    )
    assert given.meaning == "distress"


def test_where_one_sleeps_for_now_is_no_crisis() -> None:
    """Kipping at a cousin's until a houseshare starts: a figure to come, no crisis."""
    layer = understanding(None)
    for text, language in (
        ("new flat from the 1st, about 900 then. till then im crashing at my brothers", "en"),
        ("átmenetileg a nővéremnél alszom, nem tudom mennyi lesz", "hu"),
    ):
        meaning = layer.interpret(text, Question.at("expenses"), language).meaning
        assert meaning != "distress", text
