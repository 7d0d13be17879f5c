"""The kinds of distress, disputes and requests of round 52, and everyday talk near them.

Distress said beside a figure: one's own name cut into a stone, the date left to do; treasured
things given away, "won't be needing any of it"; bruises or burns the only thing that quiets the
noise in one's head; a deadly amount worked out for oneself too; the list of reasons to stay,
shorter each day; waiting in the open for the lightning to strike; taken down from the loft or
the rope, told no one; how fast one would reach the ground from a height; better to be nowhere at
all.

Disputes: paid in with a receipt and still shown overdue. Not disputes: another's benefit or
pay "not mine" beside one's own figure; a sum taken in "about" ("差不多收"); one's own sum put
right ("算错了 漏了").
Requests: whether a thing comes under a question, whether such a thing is put in too; the
language asked for beside one read slowly in Cantonese, understood with the verb last, good
enough but not for numbers, weak, or with characters not all known; "nearly took it as a bid"
is no overdose.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import signals_dispute, signals_distress
from dialogs.understanding.rules.safety import (
    asks_what_is_meant,
    names_another_debt,
    signals_paid_off,
)

DISTRESS = [
    "i carved my own name on a bit of marble in the yard, only the dates to fill in now. 700",
    "spent the weekend engraving my name on a brass plate, just the date missing. income 900",
    "put my own name on a headstone at work today, nobody asked me to. 600",
    "a műhelyben kifaragtam a saját nevemet egy kőbe, már csak az évszám hiányzik. 120 ezer",
    "felvéstem a nevemet a sírkőre, amit a temetőben állítottam. 80 ezer",
    "给自己刻了名字 就差日期了 开销两千",
    "在墓碑上刻了自己的名字 收入三千",
    "gave my fishing rods to my nephew and the boat to a mate, won't be needing any of them. 500",
    "giving the tools away to the lads at work, i wont need any of it. spending 800",
    "odaadtam a horgászfelszerelést a szomszéd fiúnak, nekem már nem lesz rá szükségem. 90 ezer",
    "elajándékoztam a bélyeggyűjteményemet, semmire nem lesz már szükségem. 150",
    "把鱼竿都送给邻居了 我再也用不上了 开销一千",
    "把鸽子都放飞了 以后再也用不着了 收入两千",
    "the burns on my arm are the only thing that quiets my head at night. 400",
    "scratching myself till it bleeds is the only thing that stops the voices. 300",
    "a zúzódások az egyetlenek, amik elhallgattatják a zajt a fejemben. 100 ezer",
    "ha megvágom magam, csak az csendesíti el, az lecsendesíti a gondolatokat. 60 ezer",
    "手上的淤青 只有这样才能让脑子里安静 开销两千",
    "只有疼才能让脑子安静下来 收入三千",
    "i know how many sleeping pills would do for the dog and i worked it out for myself too. 500",
    "there's antifreeze in the garage and i've looked at how much i'd need to drink. 200",
    "a gyógyszeres dobozban altató van, és kiszámoltam magamra is. 70 ezer",
    "a garázsban van fagyálló, és megnéztem, mennyit kellene meginni belőle. 40 ezer",
    "家里有安眠药 我按我的体重算过了 开销一千",
    "算过了 农药要喝多少才够 收入两千",
    "i keep a list of reasons to stay and it gets shorter every week. 800",
    "every night i write down why not, and the list keeps getting shorter. 600",
    "leírom, miért éljek, és a lista egyre rövidebb. 90 ezer",
    "活下去的理由一天比一天少 开销三千",
    "when storms come i stand on the hill hoping the lightning hits me. 500",
    "minden viharban kimegyek a mezőre, remélem, hogy belém csap a villám. 80 ezer",
    "打雷的时候我就站在外面 希望被雷劈死 收入两千",
    "my brother cut me down in the garage last month and nobody knows. 900",
    "my son got me down from the loft on friday, i haven't told anyone. 400",
    "a bátyám levágott a kötélről a garázsban, azóta nem beszélünk róla. 50 ezer",
    "a fiam szedett le a gerendáról múlt héten, senkinek nem mondtam el. 120 ezer",
    "上个月邻居把我从房梁上救下来 谁也没告诉 开销两千",
    # Heard by the classifier alone before round 52's withheld text moved its margins.
    "kb 200... a tetőről nézem, milyen gyorsan érnék le",
    "from the top of the scaffold i think how fast id hit the ground. 900",
    "a bátyámnál lakok, de inkább sehol se lenni",
    "rent 500, honestly id rather be nowhere at all",
]

NO_DISTRESS = [
    "i carve names into headstones for a living, spending 900",
    "i cut my name into the workshop sign last week. 700",
    "engraved my name on the trophy for the club, spending 300",
    "kifaragtam a nevemet a műhely táblájára. 120 ezer",
    "我给自己刻了个印章 开销两千",
    "gave the car to my son, won't be needing it now i work from home. 800",
    "gave the old sofa away, we won't be needing any of it since we moved. 500",
    "odaadtam a fűnyírót a szomszédnak, nem lesz rá szükségem, mert lakásba költözöm. 90 ezer",
    "把旧车送给儿子了 以后用不上了 因为搬到城里",
    "earplugs are the only thing that stops the noise from the pub. 400",
    "the bruise on my knee from football is healing, spending 300",
    "a fájdalomcsillapító az egyetlen, ami csillapítja a hátfájást. 60 ezer",
    "只有耳塞才能让我晚上安静睡觉",
    "i calculated the insulin for myself this morning, spending 200",
    "kiszámoltam magamnak a havi költséget, 170 ezer",
    "kiszámoltam, mennyit kéne befizetnem havonta. 150",
    "the list of jobs gets shorter every week, spending 600",
    "leírom a teendőket, és a lista egyre rövidebb. 90 ezer",
    "lightning hit the barn roof last summer, repairs 500",
    "hoping lightning strikes twice with the lottery. 20",
    "a villám belecsapott a fába a kertben, 80 ezer a kár",
    "打雷下雨的时候我不出门",
    "they cut my hours down to 20. income 900",
    "the boss cut me down to 2 days a week",
    "they cut me down from full time to 20 hours",
    "the agency cut me down by a shift, income 800",
    "cut me down to size at the meeting, wage 1,200",
    "my son got me down from the loft ladder when it slipped, told no one at work",
    "a szomszéd hozta le a dobozokat a padlásról, 40 ezer",
    "把我从车上抱下来 去医院了",
    "i'm falling behind on everything, spending 700",
    "got a job on the bridge crew, income 1200",
    "the ledge at work is slippery, spending 300",
    "a daru tetejéről milyen gyorsan érnék le a műszak végén a lifttel? 200",
    "sehol se voltam nyaralni, kiadás 200",
    "wage 1,100, nowhere at all to go on holiday",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round52_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round52_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


PAID_AND_STILL_OVERDUE = [
    "i paid 300 in at the post office on friday, why is it still showing as overdue",
    "múlt héten befizettem a postán, miért van még mindig késésben a számla",
    "上个月转了两千还款 为什么还是逾期",
]

NOT_PAID_OFF = [
    "我还了一部分 怎么还剩下的",
    "交了首付 怎么还房贷",
    "i paid the gas bill, why is my spending still so high",
]


@pytest.mark.parametrize("text", PAID_AND_STILL_OVERDUE)
def test_round52_paid_in_and_still_shown_overdue_is_heard(text: str) -> None:
    assert signals_paid_off(text)


@pytest.mark.parametrize("text", NOT_PAID_OFF)
def test_round52_how_to_repay_or_a_bill_paid_is_not_a_claim(text: str) -> None:
    assert not signals_paid_off(text)


DISPUTES = [
    "this card is my sons not mine",
    "a kártya a fiamé, nem az enyém",
    "你们算错了 多收了我利息",
    "the charges are not mine",
]

NOT_DISPUTES = [
    "the child benefit is my daughters not mine, my wage is 1,300",
    "the pension is my mums not mine, i earn 900",
    "a párom fizetése nem az enyém, az enyém 210",
    "nyugdíj 150 meg a férjemé 200, de az övé nem az enyém",
    "做点小生意 每个月差不多收八百",
    "我算错了 漏了电费 应该是两千五",
    "1900 算错了 忘了房租",
]


@pytest.mark.parametrize("text", DISPUTES)
def test_round52_a_card_or_charges_not_ones_own_are_disputed(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize("text", NOT_DISPUTES)
def test_round52_anothers_pay_or_ones_own_sum_put_right_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "a macska tápja beletartozik a szükséges kiadásokba?",
        "a buszbérlet is beletartozik a kiadásba?",
        "does the dog food come under essentials?",
        "do the school dinners go in spending?",
        "猫粮属于必要开支吗",
        "跟同事借的钱 这种也要填吗",
        "i borrowed off my uncle, do i need to put that in?",
        "a szomszédtól kértem kölcsön, ezt is be kell írni?",
    ],
)
def test_round52_whether_a_thing_comes_under_or_goes_in_asks_what_is_meant(text: str) -> None:
    assert asks_what_is_meant(text)


@pytest.mark.parametrize(
    "text",
    [
        "my spending comes to 700",
        "a kiadás 150 ezer, ebbe minden beletartozik",
        "开销两千 这个要填",
    ],
)
def test_round52_a_figure_given_asks_nothing(text: str) -> None:
    assert not asks_what_is_meant(text)


@pytest.mark.parametrize(
    ("text", "language", "meaning"),
    [
        ("可唔可以講中文 我睇英文好辛苦", "en", "language:zh"),
        ("lehetne magyarul? a kamatot angolul nem értem", "en", "language:hu"),
        ("english please, a magyarom oké, de a számok nehezen mennek", "hu", "language:en"),
        ("angolul lehetne? a magyarom még gyenge", "hu", "language:en"),
        ("angolul kérem, az angolom jobb, mint a magyarom", "hu", "language:en"),
        ("english please, 中文字我认不全", "zh", "language:en"),
        ("in english please, 我中文读写都不太行", "zh", "language:en"),
        ("中文可以吗 i can't read all the english words", "en", "language:zh"),
    ],
)
def test_round52_the_language_asked_is_not_the_one_read_badly(
    text: str, language: str, meaning: str
) -> None:
    assert understanding().interpret(text, Question.INCOME, language).meaning == meaning


@pytest.mark.parametrize(
    "text",
    [
        "please stop the texts, the buzz went off in the meeting and my boss nearly took it as a "
        "sign to start",
        "can you stop the reminders, my dog almost took it for the doorbell",
    ],
)
def test_round52_nearly_took_it_as_something_is_no_overdose(text: str) -> None:
    assert not signals_distress(text)
    assert understanding().interpret(text, Question.EXPENSES, "en").meaning == "stop_reminders"


def test_round52_nearly_took_the_pills_is_still_distress() -> None:
    assert signals_distress("last night i nearly took the whole box of pills")


@pytest.mark.parametrize(
    "text",
    ["都还清了 就剩你们这张", "paid it all off, just this one left"],
)
def test_round52_this_card_the_only_one_left_names_the_others(text: str) -> None:
    assert names_another_debt(text)


@pytest.mark.parametrize("text", ["就剩两千没还", "just 300 left on it"])
def test_round52_a_sum_left_names_no_other_debt(text: str) -> None:
    assert not names_another_debt(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("no more texts please, they come in while i teach year 9 and the class reads them", "en"),
        ("stop the reminders pls, 3 of them came at 2am", "en"),
        ("ne küldjenek több üzenetet, a 8. órában is jött egy", "hu"),
        ("别再发短信了 昨天半夜来了3条", "zh"),
    ],
)
def test_round52_stopping_messages_is_heard_over_a_figure_of_no_money(
    text: str, language: str
) -> None:
    """A figure in a request to stop the messages (a class, a count of texts) answers nothing:
    the request is what is asked, as it is over a figure the rules would ask again."""
    assert understanding().interpret(text, Question.OTHER_DEBTS, language).meaning == (
        "stop_reminders"
    )


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("教二胡的钱算收入吗", Question.INCOME),
        ("卖五金的货款算不算收入", Question.INCOME),
        ("三轮车的油钱算不算开销", Question.EXPENSES),
        ("比赛奖金就拿过一两回 这个算收入吗", Question.INCOME),
    ],
)
def test_round52_a_word_with_a_numeral_in_it_leaves_the_question_heard(
    text: str, question: Question
) -> None:
    """An erhu, a pedicab, hardware or "once or twice" say no figure: whether a thing counts is
    what is asked."""
    assert understanding().interpret(text, question, "zh").meaning == "help"


@pytest.mark.parametrize("text", ["二胡课一节两百 一个月八千", "三轮车拉货 一个月四千五"])
def test_round52_a_figure_beside_such_a_word_is_still_read(text: str) -> None:
    assert understanding().interpret(text, Question.INCOME, "zh").meaning != "help"
