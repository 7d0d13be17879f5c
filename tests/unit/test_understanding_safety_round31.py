"""The kinds of distress, dispute and the other anywhere-answers of round 31, and talk near them.

Distress said beside a figure: gone somewhere and not coming back; at the water and unable to
swim; one's tablets taken in excess on purpose; a painless way to die asked about; the last things
done (a black profile picture, goodbyes said, "only the last step left"). Disputes: charges "arent
mine to pay"; an amount taken with a zero too many; payments without a PIN that were not me; a fee
for a thing never hired; paid with a device one does not own; a sum a bailiff already took from
one's wages. A clerk asked for beside an age that is no amount. Not alarms: the same words of a
child, of a spouse who pays, of a bailiff's regular cut counted in an answer.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question
from dialogs.understanding.meaning import interpret
from dialogs.understanding.rules import read_language_named, signals_dispute, signals_distress
from dialogs.understanding.rules.safety import signals_paid_off


@pytest.mark.parametrize(
    "text",
    [
        # gone somewhere and not coming back
        "about 1,400 a month. driving out to the old quarry tonight and i'm not coming back",
        "kb 240 ezer. ma este kimegyek a hídra, és nem jövök vissza többé",
        "三千五 今晚去江边 再也不回来了",
        # at the water and unable to swim
        "980. sat by the canal, i can't swim",
        "180 ezer. a Duna partján állok, nem tudok úszni",
        "一千八 我坐在湖边 我不会游泳",
        # tablets taken in excess on purpose
        "taking double my blood pressure tablets on purpose so it all ends",
        "az altatóból szándékosan dupla adagot veszek be, hogy vége legyen",
        "我故意多吃了安眠药",
        # a painless way to die asked about
        "1,050 give or take. been googling the least painful way to die",
        "melyik halálnem fáj a legkevésbé? 200 ezer jön",
        "四千 查了好几天怎么死不疼",
        # the last things done
        "700. said goodbye to everyone who matters, only the final step left",
        "mindenkitől elbúcsúztam, már csak az utolsó lépés van hátra",
        "头像改成黑的了 该道别的都道别了 就差最后一步了",
    ],
)
def test_round31_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "rent 600, the rest is food. my son's not coming back home this summer so 950",
        "my daughter can't swim so lessons are 40 a month, total 1,020",
        "lakbér 150 ezer, a gyerek úszni tanul, az még 12 ezer",
        "most mennem kell, holnap visszajövök. 280 ezer",
        "今晚加班不回家了 房租两千",
        "水电三百 孩子不会游泳 报了班五百",
    ],
)
def test_round31_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        # charges not mine to pay, typed without the apostrophe
        "640 a month but those gym membership fees arent mine to pay",
        # a zero too many
        "1200 but they charged an extra zero on a taxi, 450 instead of 45",
        "190 ezer, de egy 3 200-as kávénál egy nullával többet terheltek",
        "两千 那笔加油钱多扣了一个零",
        # payments without a PIN that were not me
        "260, a pin nélküli vásárlások a boltban nem én voltam",
        "五千 免密支付那几笔不是我",
        # a fee for a thing never hired
        "900. they took 30 quid for a scooter, i never even rented one",
        "kb 150. a roller cég 20 ezret levont, soha nem béreltem rollert",
        "一千六 共享单车扣了80 我从来没骑过",
        # paid with a device one does not own
        "820, and 12 payments went out with a smartwatch, i don't even own a smartwatch",
        "300 ezer, de okosórás fizetések jöttek, nincs is okosórám",
        "四千五 有几笔是智能手表付的 我根本没有智能手表",
    ],
)
def test_round31_charges_not_made_are_disputes(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "1,100. the bailiffs already took this out of my wages last year",
        "kb 320. ezt a tartozást a végrehajtó már behajtotta tavaly",
        "三千 法院已经从我工资里扣过了",
    ],
)
def test_round31_a_sum_a_bailiff_already_took_is_paid_off(text: str) -> None:
    assert signals_paid_off(text)


@pytest.mark.parametrize(
    "text",
    [
        "after the bailiff takes his 120 from my wages it's 1,150",
        "1,300 but 200 was already taken from my wages by the bailiff for the council tax",
        "a végrehajtó levon 40 ezret a béremből, így 260 marad",
    ],
)
def test_round31_a_bailiffs_regular_cut_is_not_paid_off(text: str) -> None:
    assert not signals_paid_off(text)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("my husband pays the rent, not me, so my share is 350", "en", "350"),
        ("i've never rented, the house is my mum's. so about 500", "en", "500"),
        ("a férjem fizeti a lakbért, nem én. nekem 120 ezer", "hu", "120000"),
    ],
)
def test_round31_calm_answers_are_no_alarm(text: str, language: str, expected: str) -> None:
    assert interpret(text, Question.EXPENSES, language).meaning == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("could someone ring me instead, i'm 81 and these questions confuse me", "en"),
        ("kérem, egy ügyintéző hívjon vissza, 1950-ben születtem, ezt nem értem", "hu"),
        ("我78岁了 看不懂 转人工客服吧", "zh"),
    ],
)
def test_round31_a_clerk_asked_beside_an_age_is_a_person(text: str, language: str) -> None:
    assert interpret(text, Question.EXPENSES, language).meaning == "person"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one another is read better than is not asked for
        (
            "my dad understands hungarian far better than english, could the questions be in "
            "hungarian",
            "hu",
        ),
        ("apám kínaiul jobban ért, mint angolul, lehetne kínaiul?", "zh"),
        ("她看中文比英文强多了 能换成中文吗", "zh"),
        # "magyarázni" (to explain) names no language
        ("ezt angolul könnyebb megmagyarázni, mehet angolul?", "en"),
    ],
)
def test_round31_the_language_asked_for_beside_another(text: str, expected: str) -> None:
    assert read_language_named(text) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "my son reads chinese better than english, switch these questions to chinese please",
            "en",
            "language:zh",
        ),
        (
            "a lányom nem olvas magyarul, tudnánk angolul folytatni a kérdéseket?",
            "hu",
            "language:en",
        ),
        ("我爸英文看不懂，收入的问题能换成中文问吗", "zh", "language:zh"),
    ],
)
def test_round31_a_language_not_read_is_no_question_asked_about(
    text: str, language: str, expected: str
) -> None:
    assert interpret(text, Question.INCOME, language).meaning == expected
