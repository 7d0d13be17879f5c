"""The kinds of distress, disputes and requests of round 51, and everyday talk near them.

Distress said beside a figure: the gas turned on and left unlit; one's body "of some use soon"
as a donor; fights picked hoping to be finished off; disappointed to wake up still alive;
wondering whether a blade is sharp enough; everything arranged, "then I can go"; "I don't know
what would have happened if someone hadn't pulled me back"; parked at the water's edge with the
handbrake off; the hand put into a machine for the pain.

Disputes: the card used on the night one's drink was spiked; paid at the counter, "what else do
you want me to pay". Not disputes: a loan in a club's name, fees work pays "not mine".
Requests: whether a thing goes under a question with more said after it, the whole or one's own
share; a nationality or slowly read characters are not the language asked for; a person wanted
on the phone.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import signals_dispute, signals_distress
from dialogs.understanding.rules.safety import asks_what_is_meant, says_not_disputed

DISTRESS = [
    "most nights i put the gas on and leave it unlit while i sit in the kitchen. spending 600",
    "este kinyitom a gázt a tűzhelyen, de nem gyújtom meg, csak ülök mellette. 90 ezer",
    "晚上把煤气打开 不点火 就坐在旁边 开销两千",
    "signed the donor card, at least my organs will help someone soon. income 800",
    "aláírtam a donorkártyát, legalább a szerveim hasznára lesznek valakinek. 120 ezer",
    "签了器官捐献 至少我的身体还能有点用 收入三千",
    "i go out picking fights hoping someone kills me. spending 500",
    "verekedést keresek a kocsmában, hátha valaki végez velem. 60 ezer",
    "天天出去找人打架 巴不得被打死 开销一千",
    "every morning i'm disappointed to wake up still alive. income 900",
    "minden reggel dühösen ébredek, hogy még mindig élek. 150 a fizetés",
    "每天醒来发现自己还活着 很失望 收入两千",
    "in the bath i keep wondering if my razor is sharp enough. 300",
    "a fürdőben azon gondolkodom, elég éles-e a borotvám pengéje. 80 ezer",
    "我一直在想那把刀够不够快 开销一千",
    "sorted out everything for the kids, just this card left and then i can go. 0",
    "mindent elintéztem a gyerekeknek, csak ez a hitel maradt, aztán mehetek. 0",
    "孩子的事都安排好了 这笔还完就可以走了",
    "i dont know what would have happened if a man hadnt pulled me back from the edge. 700",
    "a hídon álltam, nem tudom, mi lett volna, ha nem húz vissza valaki. 50 ezer",
    "要不是有人拉住我 不知道会怎么样 收入两千",
    "i sit at the edge of the harbour in the car with the handbrake off. 200",
    "a szakadék szélén álltam meg a kocsival, kézifék nélkül. 40 ezer",
    "车停在江边 不拉手刹 开销三千",
    "at work i keep wanting to put my hand in the mincer to feel something. 400",
    "a műhelyben legszívesebben bedugni a kezem a présbe, hogy érezzek valamit",
    "干活的时候总想把手伸进机器里 疼一下也许就好受了",
]

NO_DISTRESS = [
    "i turn the gas on the hob to cook every night, the oven is unlit since it broke. 600",
    "kinyitom a gázt és meggyújtom a tűzhelyet, 90 ezer a rezsi",
    "打开煤气灶做饭 开销两千",
    "signed up as an organ donor at the blood bank. income 800",
    "legalább a kocsim hasznos lesz valakinek, eladom. 120 ezer",
    "i'm hoping someone finishes the job on my roof this week. 60",
    "disappointed to wake up to a bill for 300 again",
    "azon gondolkodtam, elég éles-e a kés a hús szeletelésére. 80 ezer",
    "azon gondolkodom, elég éles-e a fotó a pályázatra",
    "wondering if the knife is sharp enough to cut the bread. 30",
    "mindent elintéztem, aztán mehetek nyaralni. 200 ezer",
    "sorted out everything at work and then i can go on holiday. 900",
    "都安排好了 下周就可以走了去旅游 开销两千",
    "i dont know what would have happened if my mate hadnt lent me the money. 500",
    "nem tudom, mi lett volna, ha nem kapok segélyt. 80 ezer",
    "要不是有人借我钱 不知道怎么办",
    "parked on the quay to unload with the handbrake on. 200",
    "a rakparton parkolok, be van húzva a kézifék. 40 ezer",
    "i put my hand in the machine to clear the jam. spending 400",
    "疼一下就好了 打针而已",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round51_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round51_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


DISPUTES = [
    "the 600 in charges are from when my drink was spiked in town, i remember none of it",
    "my drink got spiked at a wedding and someone maxed my card that night",
    "a bárban valamit kevertek az italomba, és reggelre lehúzták a kártyámat 300 ezerrel",
    "a kártyámról 90 ezer ment le azon az éjszakán, amikor bedrogoztak",
    "酒里被人下了药 第二天卡被刷了两万",
    "钱都在银行交过了 还要我还什么",
]

NOT_DISPUTES = [
    "my drink was spiked last year and i've been off work since, spending 700",
    "a buliban bedrogoztak tavaly, azóta nem dolgozom. 80 ezer a kiadás",
    "还要我还什么材料吗 我都交了",
    "去年被人下了药 现在还在看病 开销三千",
    "the minibus lease is in the charity's name, not mine. other debts 0",
    "my employer covers the course fees so thats not mine, spending 500",
    "a futóklub kölcsöne az egyesület nevén van, nem az enyém. 0",
    "车贷是公司名下的 不是我的 其他没有",
]


@pytest.mark.parametrize("text", DISPUTES)
def test_round51_disputes_are_heard(text: str) -> None:
    assert signals_dispute(text)


@pytest.mark.parametrize("text", NOT_DISPUTES)
def test_round51_a_clubs_loan_or_fees_work_pays_are_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


@pytest.mark.parametrize(
    "text",
    [
        "is the student grant a debt for this if i never pay it back?",
        "is the canteen card spending or does it count as part of my pay",
        "a lakhatási támogatás jövedelem? a lakbérre megy el",
        "is my bursary income? it all goes on rent",
        "我妈给的养老钱 这个算其他欠款吗",
        "车贷是两个人的 填全部还是只填我那份",
        "the car loan is shared, do i put the whole thing or just my half",
        "a közös hitelnél a teljes részletet írjam, vagy csak a felét?",
    ],
)
def test_round51_whether_a_thing_goes_under_a_question_asks_what_is_meant(text: str) -> None:
    assert asks_what_is_meant(text)


@pytest.mark.parametrize(
    "text",
    [
        "my spending for this month is 700",
        "the grant is 300 and my income is 900",
        "a támogatás 40 ezer, a jövedelem 200",
    ],
)
def test_round51_a_figure_given_asks_nothing(text: str) -> None:
    assert not asks_what_is_meant(text)


@pytest.mark.parametrize(
    ("text", "language", "meaning"),
    [
        ("my hungarian is ok but bank letters no, can we do it in english", "en", "language:en"),
        ("erdélyi magyar vagyok, de angolul jobban megy, válthatunk angolra?", "hu", "language:en"),
        ("i'm a british-chinese, can we do this in english", "en", "language:en"),
        ("请用英文 中文字我看得太慢", "zh", "language:en"),
        ("magyar vagyok", "hu", "language:hu"),
    ],
)
def test_round51_the_language_asked_is_not_who_one_is_or_reads_slowly(
    text: str, language: str, meaning: str
) -> None:
    assert understanding().interpret(text, Question.INCOME, language).meaning == meaning


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("my dad wants a real person on the phone before he says yes", "en"),
        ("apám élő embert akar a telefonban, mielőtt bármit elfogad", "hu"),
    ],
)
def test_round51_a_person_wanted_on_the_phone_asks_for_a_person(text: str, language: str) -> None:
    assert understanding().interpret(text, Question.OPTIONS, language).meaning == "person"


@pytest.mark.parametrize(
    "text",
    [
        "a diákhitel 30 ezer, meg ez a kártya, de ez persze nem más",
        "car loan 200 and this card, but thats not another debt",
        "我别的都没欠 就欠你们这张卡",
        "a lakáshitelt a többi adósságnál írom, a rezsi 40",
        "i'll put the car loan under other debts, spending is 700",
    ],
)
def test_round51_this_card_the_only_one_or_a_loan_put_elsewhere_is_not_disputed(
    text: str,
) -> None:
    assert says_not_disputed(text)


def test_round51_this_card_denied_is_still_disputed() -> None:
    assert not says_not_disputed("ez a kártya nem az enyém, sosem igényeltem")
