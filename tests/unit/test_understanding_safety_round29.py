"""The kinds of distress, dispute and the other answers of round 29, and the talk near them.

Distress said beside a figure: a ligature readied on a chair, the car aimed at a tree or a wall,
hurting oneself till one bleeds, a stomach pumped. Disputes: only the principal owned, a payment
made through a third party that never reached the bank. Not alarms: a loan shark named as another
creditor, nobody hiring at one's age. Asking what counts, with the item's figure in the question,
asks for help. The card's digits typed as keycaps, a year taken back digit by digit, an old card's
or another card's digits beside the one owed on; months worked out with "so".

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question
from dialogs.understanding.meaning import interpret
from dialogs.understanding.rules import (
    read_card_digits,
    read_months,
    signals_dispute,
    signals_distress,
)
from dialogs.understanding.rules.safety import asks_what_is_meant, signals_paid_off


@pytest.mark.parametrize(
    "text",
    [
        # a ligature readied on a chair or a beam
        "about 900 all in. got up on the stool with a cable round my neck on sunday",
        "kb 210 ezer. tegnap este felálltam a székre egy kötéllel, aztán lemásztam",
        "四千五。昨晚踩着凳子把皮带挂上去了，最后又下来了",
        # the car aimed at a tree or a wall
        "car loan 150. ive already picked the tree i'll drive into on the bypass",
        "50. been thinking about driving the van into a wall on the way home",
        "havi 20 ezer. gondolkodom, nekimegyek egy fának az autóval",
        "车贷每月一千二，我已经看好了要开车撞哪棵树",
        "每月三百。有时候真想开车冲向桥墩",
        # hurting oneself till one bleeds
        "1,100. i keep banging my head on the door until it bleeds",
        "150 ezer. a fejemet vertem a falba amíg vérzett",
        "三千二，最近老是忍不住用指甲抓到流血",
        "工资五千，这几天总是拿头去磕桌子",
        # a stomach pumped
        "40 a month. had my stomach pumped on tuesday",
        "15 ezer. tegnap mosták ki a gyomromat a kórházban",
        "三千，上周刚洗完胃出院",
    ],
)
def test_round29_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "crashed into a tree on the ice last winter and the car was written off",
        "tavaly nekimentem egy fának a jégen, totálkáros lett az autó",
        "去年下雪开车撞到树上了，车报废了",
        "my little boy fell off his bike and his knee was bleeding",
        "the kids pumped up the paddling pool, 40 for the pump",
    ],
)
def test_round29_accidents_and_everyday_talk_are_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        # only the principal owned
        "30 a month but ill only pay back what i actually borrowed, not your charges",
        "i only accept the principal, the late fees are a joke",
        "180 ezer. és a késedelmi díjakat nem fizetem, csak a tőkét ismerem el",
        "csak az eredeti összeget vagyok hajlandó fizetni",
        "五千。利息罚息太离谱，我只还本金",
        "本金我认，利息和违约金我不认",
    ],
)
def test_round29_only_the_principal_owned_is_a_dispute(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "i paid a debt company 600 to clear this and it never reached you",
        "gave a broker 250 a month for a year, so that should count as paid",
        "egy adósságrendező cégnek utaltam 200 ezret, de nem jutott el önökhöz",
        "a közvetítőnek fizettem, befizetettnek kell venni",
        "我通过中介还了五千，钱没到你们那边",
        "这两千交给了代办的人，应该算我已经还了",
    ],
)
def test_round29_paid_through_a_third_party_is_paid_off(text: str) -> None:
    assert signals_paid_off(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("i paid a debt company 600 to clear this and it never reached you", "en"),
        ("egy adósságrendező cégnek utaltam 200 ezret, de nem jutott el önökhöz", "hu"),
        ("我通过中介还了五千，钱没到你们那边，剩下的每月两百", "zh"),
    ],
)
def test_round29_paid_through_a_third_party_disputes_the_counter(text: str, language: str) -> None:
    assert interpret(text, Question.COUNTER, language).meaning == "dispute"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("i owe a loan shark 300, he wants 50 a month", "en", "50"),
        ("loan shark, he collects 60 every friday", "en", "ambiguous"),
        ("egy uzsorásnak tartozom, havi 30 ezret fizetek neki", "hu", "30000"),
        ("欠放高利贷的两万，每月还两千", "zh", "2000"),
    ],
)
def test_round29_a_loan_shark_named_as_a_creditor_is_no_dispute(
    text: str, language: str, expected: str
) -> None:
    assert not signals_dispute(text)
    assert interpret(text, Question.OTHER_DEBTS, language).meaning == expected


@pytest.mark.parametrize(
    "text",
    [
        "your interest is loan shark rates",
        "1500. you lot are worse than a loan shark",
        "a kamatuk uzsora",
        "你们这就是高利贷",
    ],
)
def test_round29_the_banks_interest_called_usury_is_still_a_dispute(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("no, im 61 and no one is hiring over 60", "en"),
        ("nope, 59 and nobody hires at my age", "en"),
        ("nem, 63 éves vagyok és senki nem alkalmaz ennyi idősen", "hu"),
        ("不是暂时的，我六十二了，没人招", "zh"),
    ],
)
def test_round29_nobody_hiring_at_ones_age_is_a_no_not_distress(text: str, language: str) -> None:
    assert not signals_distress(text)
    assert interpret(text, Question.TEMPORARY, language).meaning == "no"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("what counts as essential? does the 9.99 for spotify count?", "en"),
        ("what counts as essential? is the 30 for the gym in or out?", "en"),
        ("mi számít alapvető kiadásnak? a 3000-es edzőterem benne van vagy nem?", "hu"),
        ("什么算必要开支？每月30块的视频会员算吗？", "zh"),
    ],
)
def test_round29_a_figure_inside_the_question_asked_asks_for_help(text: str, language: str) -> None:
    assert interpret(text, Question.EXPENSES, language).meaning == "help"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("rent 600, food 200. does the 10 for netflix count?", "en"),
        ("200? what counts as essential?", "en"),
        ("lakbér 90 ezer. mi számít bele? a bérlet is?", "hu"),
    ],
)
def test_round29_a_figure_given_beside_a_question_is_no_help(text: str, language: str) -> None:
    assert interpret(text, Question.EXPENSES, language).meaning != "help"


def test_what_counts_is_asked() -> None:
    assert asks_what_is_meant("what counts as essential?")
    assert asks_what_is_meant("is the window cleaner in or out?")


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("5️⃣1️⃣2️⃣0️⃣", "5120"),
        ("5️⃣1️⃣2️⃣0️⃣ i think", "5120"),
        ("2️⃣7️⃣0️⃣4️⃣", "2704"),
        # a year taken back, digit by digit
        ("2 0 2 5? no thats the year. 5 8 1 2", "5812"),
        ("2 0 2 5? nem, az az évszám. 5 8 1 2", "5812"),
        # an old card's digits beside the one asked about
        ("my old card was 3391, the new one is 7720", "7720"),
        ("7 7 2 0, a régi kártyám 3391 volt", "7720"),
        ("7720，旧卡是3391", "7720"),
        # the card owed on beside another
        ("i have two cards with you, the one i owe on is 6610, the other 2234", "6610"),
        ("két kártyám van, amelyiken a tartozás van, az 4407, a másik 9913", "4407"),
        ("两张卡，逾期的那张尾号3306，另外一张是1185", "3306"),
        ("两张卡，欠钱的那张是3306，另外一张是1185", "3306"),
    ],
)
def test_round29_card_digits(text: str, digits: str) -> None:
    assert read_card_digits(text) == digits


def test_round29_card_digits_not_taken_from_the_wrong_card() -> None:
    assert read_card_digits("3821 wait no thats my old card, the new one ends 3812") == "3812"
    assert read_card_digits("my old card was 3391") is None


@pytest.mark.parametrize(
    ("text", "language", "months"),
    [
        ("the course ends in 10 months and ive done 4 already, so 6 months", "en", 6),
        ("a táppénz 12 hónapig tart, 5 már eltelt, tehát 7 hónap", "hu", 7),
        ("合同一共12个月，已经过了4个月，所以还有8个月", "zh", 8),
    ],
)
def test_round29_months_worked_out_are_the_last_said(text: str, language: str, months: int) -> None:
    assert read_months(text, language) == months


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("3 months or 6 months", "en"),
        ("3 hónap, 6 hónap", "hu"),
    ],
)
def test_round29_two_durations_without_so_read_as_before(text: str, language: str) -> None:
    assert read_months(text, language) == 6
