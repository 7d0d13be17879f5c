"""The kinds of distress, disputes and requests of round 55, and everyday talk near them.

Distress said beside a figure: worth more dead than alive; one's own obituary written; reasons to
stay alive listed and none found; not caring whether one falls or dies, or stepping under a
hanging load; the reserve chute left behind; eyes shut at the wheel to see what happens; one's
own skin or mouth hurt till it bleeds, to feel something; what becomes of one's body if nobody
pays, looked up for oneself. Not distress: a painting worth more after its painter died, a
parent's obituary, reasons to stay with a bank, falling behind or asleep, a rope skipped, eyes
shut for a rest, a pet's scratch, a relative's funeral looked up.

Disputes: taken from the pay each month and still said to be overdue. Not disputes: a figure put
as the app says it; a sum with a thing counted twice by oneself or a relative; a price that is not
one's own; the other loans a partner's. Requests: the figure now or after a change; whether a
thing counts, argued; no more notifications to come.

The messages are written for these tests, in words of their own.
"""

from __future__ import annotations

import pytest

from dialogs.understanding.rules import signals_dispute, signals_distress
from dialogs.understanding.rules.intents import Intent, read_intent
from dialogs.understanding.rules.safety import asks_what_is_meant, signals_paid_off

DISTRESS = [
    "did the sums, i'm worth more to them gone than here. 300",
    "megnéztem, holtan többet érnék a gyerekeimnek, 80 ezer",
    "算了一下 我死了比活着值钱 收入两千",
    "started writing my own eulogy on the train, spending 600",
    "az éjjel megírtam a saját nekrológomat, 40 ezer",
    "昨晚给自己写了悼词 开销一千五",
    "tried to write reasons to keep going and came up empty. 90",
    "okokat kerestem, miért éljek tovább, de egyet se találtam. 60",
    "想了一晚上活下去的理由 一个都想不出 三千",
    "wouldnt care if i crashed on the way home tbh, 250",
    "nem bánnám, ha leesnék a tetőről, 120",
    "从楼顶掉下去也无所谓 工资四千",
    "a raklap alá odaállnék, és az se érdekelne, 150",
    "next jump i won't bother with the reserve chute. income 1100",
    "a következő ugrásnál tartalékernyő nélkül megyek, 300",
    "下回跳伞保险绳也不系了 三千",
    "closed my eyes on the dual carriageway to see what would happen. 700",
    "vezetés közben lehunytam a szemem pár másodpercre, 200",
    "开车的时候故意闭上眼 两千",
    "scratched my arms until they bled just to feel something, rent 500",
    "a karomat vakartam, amíg vérezni nem kezdett, hogy érezzek valamit. 90",
    "用小刀往自己胳膊上划 划出血了才好受 收入两千",
    "googled if the council pays for a cremation when nobody does, asking for myself. 400",
]

NO_DISTRESS = [
    "the painter's work is worth more now he's dead, i sold one for 200",
    "wrote my dad's obituary last week, the funeral cost 2,000",
    "a kutya elütötte a lábát, amíg vérzett, vittük orvoshoz, 20 ezer",
    "couldn't find any reasons to stay with my old bank, so i moved. 50",
    "nincs okom maradni a cégnél, egyet se tudok, fizetés 300",
    "i dont care if i fall behind on the telly licence, 40",
    "dont really care if i fall asleep on the sofa, telly 20",
    "skipping rope at the gym without the coach, 30 a month",
    "pulled over, closed my eyes for a nap at the services, fuel 150",
    "开车累了 停下来闭眼休息一会 油费五百",
    "the cat scratched me but it didnt bleed much, vet 80",
    "looked up how much a funeral costs for my nan, 3,000",
    "a nagymamám temetését néztem utána, 400 ezer",
    "我查了一下奶奶火化要多少钱 三千",
    "i'm falling behind on everything, spending 700",
    "got a job on the bridge crew, income 1200",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_round55_distress_beside_a_figure_is_distress(text: str) -> None:
    assert signals_distress(text)


@pytest.mark.parametrize("text", NO_DISTRESS)
def test_round55_everyday_talk_is_no_distress(text: str) -> None:
    assert not signals_distress(text)


@pytest.mark.parametrize(
    "text",
    [
        "公司每月从我工资里代扣的 怎么又说我逾期",
        "it comes out of my wages every month, so how am i overdue",
        "a fizetésemből vonják le minden hónapban, akkor hogy lehetek késésben?",
    ],
)
def test_round55_taken_from_the_pay_and_still_overdue_is_disputed(text: str) -> None:
    assert signals_dispute(text) or signals_paid_off(text)


NOT_DISPUTES = [
    "you said put what the statement says, the statement says 800",
    "a párom kiszámolta, de a rezsit kétszer vette bele, 150",
    "我自己算的时候多算了房租 改成一千八",
    "a kép ára 2 millió, de az nem az enyém, a fizetésem 280",
    "my partner has the loans not me, nothing in my name",
    "a férjem személyi kölcsöne az övé, 40-et fizet rá, de az nem az enyém",
]


@pytest.mark.parametrize("text", NOT_DISPUTES)
def test_round55_a_figure_of_ones_own_making_is_no_dispute(text: str) -> None:
    assert not signals_dispute(text)


def test_round55_two_sources_that_differ_are_still_disputed() -> None:
    assert signals_dispute("the app says 300 but the letter says 900")
    assert signals_dispute("a hitel nem az enyém, sosem vettem fel")
    assert signals_dispute("a kártya a férjemé, nem az enyém")


@pytest.mark.parametrize(
    "text",
    [
        "should i give my wage before the pay rise or after",
        "a mostanit vagy a csökkentett részletet írjam?",
        "房租是填现在的还是涨了以后的",
        "生活费填这个月的还是平常的",
        "does the loan from my brother count, he says not",
    ],
)
def test_round55_now_or_after_a_change_asks_what_is_meant(text: str) -> None:
    assert asks_what_is_meant(text)


@pytest.mark.parametrize("text", ["ne érkezzen több sms, kérem", "ne jöjjön több emlékeztető"])
def test_round55_no_more_notifications_stops_reminders(text: str) -> None:
    assert read_intent(text, "hu") is Intent.STOP_REMINDERS
