"""The kinds of distress, dispute and the other answers of round 30, and the talk near them.

Distress said beside a figure: one's own limbs cut or scratched with a blade or a needle, the dose
that would do it looked up, one's own grave bought, goodbyes said to every friend. Disputes: fees
the bank is asked to take back; being taken for someone else. Not alarms: owing no one but the
bank, other debts cleared long ago, a partner's or a parent's own share with its figure, a tab at
a shop. A stop of the reminders taken back; a language asked for beside one typed badly; a drop
that lasts while a cast is on. The card's digits beside the first four of the long number, an
account's or an old card's; typed with a separator, on an Arabic keyboard or spelled as a number.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question
from dialogs.understanding.meaning import interpret
from dialogs.understanding.rules import (
    read_card_digits,
    read_intent,
    read_language_named,
    read_temporary,
    signals_dispute,
    signals_distress,
)
from dialogs.understanding.rules.intents import Intent
from dialogs.understanding.rules.safety import says_not_disputed


@pytest.mark.parametrize(
    "text",
    [
        # one's own limbs cut or scratched with a blade or a needle
        "bills 700, eating not much. i've been slashing my thighs with a blade again",
        "900 a week. started cutting my arms again last month",
        "200 a fizetésem. éjjelente pengével vagdosom a karom",
        "150 ezer. borotvával karcolom magam amíg vérzik",
        "网贷每月两千，我刚拿刀片划了手臂",
        # the dose that would do it looked up
        "a loan of 60 a month. searched how many of dad's sleeping tablets it'd take",
        "30 ezer havonta. utánanéztem hány altató kellene",
        "四千，我查了吃多少片安眠药才够",
        # one's own grave bought
        "1,100. bought myself a burial plot last week",
        "250. már megvettem magamnak a sírhelyet",
        "工资五千……我已经给自己选好了墓地",
        # goodbyes said to every friend
        "about 850. said my goodbyes to all my friends already",
        "kb 190. elbúcsúztam már minden barátomtól",
        "开销三千，我已经跟所有朋友道了别",
    ],
)
def test_round30_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "cut my leg at work so off sick, 700 a month",
        "razor blades and shampoo 20 a month",
        "kivágom magam ebből valahogy, 200 ezer",
        "三千，剪刀割了手，去医院缝了针",
        "bought a plot for the caravan, 90 a month",
    ],
)
def test_round30_injuries_and_everyday_talk_are_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        # fees the bank is asked to take back
        "about 980, and i need those 4 bounced-payment charges refunded, the direct debit failed",
        "1,200 but i want the late fees taken off first",
        "kb 180 ezer, és vissza akarom kapni a 4 késedelmi díjat",
        "220 ezer, de előbb vegyék le a jogtalan díjakat",
        "三千五，另外那四笔退票手续费给我退回来",
        "五千，先把滞纳金去掉再说",
        # taken for someone else
        "sosem volt kártyám maguknál, biztos összetévesztenek valakivel",
        "you've mixed me up with someone, never had an account here",
        "你们认错人了，我没办过这张卡",
    ],
)
def test_round30_fees_taken_back_and_a_mix_up_are_disputes(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        ("owe no one except you", "en", Question.OTHER_DEBTS, "0"),
        ("i only owe you lot", "en", Question.OTHER_DEBTS, "0"),
        ("csak maguknak tartozom", "hu", Question.OTHER_DEBTS, "0"),
        ("senkinek, csak a banknak", "hu", Question.OTHER_DEBTS, "0"),
        ("网贷早就结清了，征信报告干干净净", "zh", Question.OTHER_DEBTS, "0"),
        ("the payday loans were years ago, all settled, credit file spotless", "en",
         Question.OTHER_DEBTS, "0"),
        ("a személyi kölcsönt már rég kifizettem, tiszta a hitelmúltam", "hu",
         Question.OTHER_DEBTS, "0"),
    ],
)  # fmt: skip
def test_round30_calm_answers_are_no_alarm(
    text: str, language: str, question: Question, expected: str
) -> None:
    assert interpret(text, question, language).meaning == expected


def test_round30_a_parents_share_with_its_figure_is_no_dispute() -> None:
    assert not signals_dispute("a kert 20, apámé 50 amit én fizetek, összesen 70")


def test_round30_the_debt_owned_beside_a_grumble_is_not_disputed() -> None:
    assert says_not_disputed("债是我的，只是利息有点高。选分6期的。")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("a zöldségesnél van egy kis tartozásom, fizetek, ha tudok", "hu"),
        ("i owe the corner shop on tick, pay them when i can", "en"),
    ],
)
def test_round30_a_tab_at_a_shop_is_no_dispute(text: str, language: str) -> None:
    assert interpret(text, Question.OTHER_DEBTS, language).meaning != "dispute"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("i told you to stop the reminders before, but please send them again", "en",
         Intent.RESUME_REMINDERS),
        ("asked you to stop texting me last month, but now please turn them back on", "en",
         Intent.RESUME_REMINDERS),
        ("korábban kértem, hogy ne küldjenek emlékeztetőt, de most mégis küldjék", "hu",
         Intent.RESUME_REMINDERS),
        ("上次说了别再发提醒，现在还是恢复吧", "zh", Intent.RESUME_REMINDERS),
        ("i told you to stop, and i mean it, stop the reminders", "en", Intent.STOP_REMINDERS),
        ("mondtam már, hogy ne küldjenek emlékeztetőt, most se küldjenek", "hu",
         Intent.STOP_REMINDERS),
        ("之前让你们别发提醒，现在也别发", "zh", Intent.STOP_REMINDERS),
    ],
)  # fmt: skip
def test_round30_a_stop_taken_back_resumes_the_reminders(
    text: str, language: str, expected: Intent
) -> None:
    assert read_intent(text, language) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Could we do this in English? my Hungarian is not great with bank terms", "en"),
        ("angolul mehetne? a magyarom nem túl jó", "en"),
        ("lehet magyarul? angolul lassan gépelek", "hu"),
        ("Can we continue in English? my Chinese typing is slow", "en"),
        ("能用英文吗？我中文打字太慢了", "en"),
    ],
)
def test_round30_the_language_asked_for_beside_one_typed_badly(text: str, expected: str) -> None:
    assert read_language_named(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "for 6 weeks while the cast is on",
        "about two months until the stitches come out",
        "6 hétig, amíg gipszben van a lábam",
        "打石膏这六周",
    ],
)
def test_round30_a_span_that_ends_with_a_cast_is_temporary(text: str) -> None:
    assert read_temporary(text) is True


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("7302, long number begins with 4921", "7302"),
        ("2287, az eleje 5355", "2287"),
        ("4471, a szám 5168-cal kezdődik", "4471"),
        ("6630，卡号开头是6225", "6630"),
        ("\u0662\u0667\u0661\u0669", "2719"),
        ("\u06f5\u06f0\u06f4\u06f8", "5048"),
        ("the card ends 6613 and my account ends 2049", "6613"),
        ("a kártya vége 8810, a számla vége 3391", "8810"),
        ("卡尾号4408，账户尾号9921", "4408"),
        ("2.406", "2406"),
        ("5561, az előző 5516 volt", "5561"),
        ("7740 (the old one was 7704)", "7740"),
        ("hatezer-kettőszáztizenkettő", "6212"),
        ("two thousand four hundred and six", "2406"),
    ],
)
def test_round30_card_digits(text: str, digits: str) -> None:
    assert read_card_digits(text) == digits


def test_round30_a_number_below_a_thousand_is_no_card_digits() -> None:
    assert read_card_digits("nine hundred") is None
