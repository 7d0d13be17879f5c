"""Hungarian amounts misread in round 79 (session 57, money told at length), by family, in words
of our own: what is read or asked again, and the near lines that keep their reading.

One figure said again inside a longer message, in words and in digits with "vagyis", "azaz"
between ("kétszázhúszezer jön havonta, vagyis 220 ezer, a …"): the figure where they agree,
asked again where they do not; near line: two figures in digits, a correction read as before.
A list's total said last that its items do not make ("lakbér 95, villany 20, kaja 70, összesen
200", "…, ez így kb 230") is asked again; near lines: a total that the items make, a total said
on the way and an item added after it ("…, az 120, ja és a net 7, akkor 127": the last total),
an item halved or put right on the way (read as before).
A year's money worked into the month's by the person ("egész évben kb 3 misi …, ez havonta
250") and the count it is divided by ("elosztva 12-vel") are no answer: the month's figure is;
near line: a figure more said with an ending ("15-tel többet nem tudok").
A first figure put right with "nem várj" and said to be another month's is no answer.
At income, the own part said after a household's whole, then "a többi az övé", is the own part;
the partner's part of a whole ("a feleségem keres ebből 300-at") is asked again; a home or a
room let, "abból havi 60 jön", is a second income added; near lines: another's figure said to be
theirs, a part of the pension that goes out.
Two people's figures side by side ("szerintem 190, a párom szerint inkább 240") are asked
again; near line: the other agreeing.
A debt shared and said not to be split ("nem osztjuk el") is asked again; near line: paid alone.
A debt's figure beside items whose figures are not kept track of ("azokat nem tartom számon")
is asked again; near line: an item not counted ("azt nem számolom").
At the counter, another's part left to what they can spare ("meg a bátyám hozzátesz amennyit
tud") and a figure on a condition with "addig nem tudom" after it are asked again; near lines:
both parts with figures, the figure said plainly.
Reminders stopped by pointing at them ("kapcsolják ki ezeket az emlékeztetőket") beside a
figure: the request; near line: the figure alone.

Second pass. This month's one figure with the usual month said not to be known ("hogy egy
rendes hónapban mennyi, nem tudom") is asked again; near line: the month said to be usual. A
figure whose counting here is said not to be known ("azt nem tudom ide kell-e számolni") is
asked again; near lines: an item not counted, a "nem tudom … -e" of something else. A "bocsi
hogy …" is sorry for something, no correction; a first figure said with "kézhez" or "nettó"
and taken back with "... nem várj" is no answer; near line: "bocs" before a figure put right.
The usual month beside an odd one, then "jövő hónaptól megint a rendes": the usual. A span of
months ("még 1-2 hónap") is no money. Days worked a week ("heti 3 nap") are no weekly money: the
items are added; near line: an item's figure a week ("kaja heti 20"). The own pay said with
"kézhez" before a "nothing" of the children's father. A survivor's pension "a férjem után" is
the own; an extra said not to be counted after a sentence ("10-20 ezret, azt kérem ne vegyék
bele") is set aside; near line: the husband's pay beside the own. The months' figures, then
their average said last; an own average worked out over a longer stretch; a range, then
"mondjuk 170, azzal számoljatok": the figure taken; near line: the range alone. A list's total
after "így nekem" is the total, not an own part of the last item; near line: the own half of a
shared loan. A year's bill "havira elosztva 3" is the month's 3 in the list; near line: the
divisor "elosztottam 12-vel". A varying pay reckoned "de ha összeszámolom …": the figure after.
A thing bought said to be paid off ("a bicikli 250 ezer volt, az már ki van fizetve") at income
is no dispute; near lines: this debt said to be paid.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (question, text, what is read)
READ = [
    # one figure in words and in digits inside a longer message
    ("income", "kétszázhúszezer jön havonta, vagyis 220 ezer, a portáért fizetik", "220000"),
    ("expenses", "a lakás meg a kaja együtt százötvenezer, azaz 150 ezer egy hónapra", "150000"),
    ("income", "kétszázhúszezer jön havonta, vagyis 202 ezer, a portáért fizetik", "ambiguous"),
    ("expenses", "a lakás meg a kaja együtt százötvenezer, azaz 180 ezer egy hónapra", "ambiguous"),
    # near line: two figures in digits, a correction
    ("expenses", "a lakbér 200, vagyis 210 a rezsivel", "210000"),
    # a list's total said last that its items do not make: asked again
    ("expenses", "lakbér 95, villany 20, kaja 70, összesen 200", "ambiguous"),
    ("expenses", "albi 130, gáz 25, kaja 60, ez így kb 230 havonta", "ambiguous"),
    ("income", "fizetés 210, családi pótlék 30, az összesen 260 egy hónapban", "ambiguous"),
    # near lines: a total the items make, a total on the way and an item after it
    ("expenses", "lakbér 95, villany 20, kaja 70, összesen 185", "185000"),
    ("income", "fizetés 210, családi pótlék 30, az összesen 240 egy hónapban", "240000"),
    ("expenses", "gáz 30, kaja 90, az 120, ja és a net 7, akkor 127", "127000"),
    ("expenses", "lakbér 140, a tesómmal felezzük, nekem 70, plusz kaja 50, összesen 120",
     "120000"),
    ("expenses", "a lakbér egyedül 160, rezsivel inkább 200, szóval 200", "200000"),
    # a year's money worked into the month's, the count it is divided by
    ("expenses", "egész évben kb 3 misi megy el, összeszámoltam, ez havonta 250", "250000"),
    ("income", "méhész vagyok, évente 1,8 millió marad, elosztva 12-vel havi 150", "150000"),
    ("income", "a juhászatból egy évben 2,4 millió jön, az elosztva 12-vel havonta 200", "200000"),
    ("counter", "15-tel többet nem tudok, 20 a max", "20000"),
    # a first figure put right with "nem várj"
    (
        "income",
        "kézhez 310... nem várj az a decemberi volt a prémiummal, januártól megint a rendes 265",
        "265000",
    ),
    # at income: the own part after the whole, the partner's part, a home let
    ("income", "a férjemmel együtt 520 jön be, ebből az enyém 240, a többi az övé", "240000"),
    ("income", "együtt 520 jön be, a feleségem keres ebből 300-at", "ambiguous"),
    ("income", "nyugdíj 170, meg kiadom a garzont egy diáknak, abból havi 60 jön", "230000"),
    ("income", "a fizetésem 240, és kiadjuk a szobát, abból 50 jön havonta", "290000"),
    # near lines: another's figure said to be theirs, a part of the pension going out
    ("income", "a fizetésem 300, az exem küld 50-et, az az övé", "300000"),
    ("income", "a nyugdíjam 182, abból havi 45 megy el", "182000"),
    # two people's figures side by side; near line: the other agreeing
    ("expenses", "szerintem 190, a párom szerint inkább 240", "ambiguous"),
    ("expenses", "szerintem 190, a párom szerint is annyi", "190000"),
    # a shared debt not split; near line: paid alone
    (
        "other_debts",
        "közös autóhitel a feleségemmel, havi 70, közös számláról megy, nem osztjuk el",
        "ambiguous",
    ),
    ("other_debts", "a lakáshitelt nem felezzük, én fizetem egyedül, 90", "90000"),
    # items not kept track of; near line: an item not counted
    ("other_debts", "a személyi 40, meg pár apró részlet, azokat nem tartom számon", "ambiguous"),
    ("expenses", "albi 110, rezsi 30, meg a kávézás, azt nem számolom", "140000"),
    # at the counter: another's part left to what they can spare, a condition until then
    ("counter", "én 15-öt tudok, meg a bátyám hozzátesz amennyit tud", "ambiguous"),
    ("counter", "20 ezret tudok, és a párom is beszáll amennyit tud", "ambiguous"),
    ("counter", "ha meglesz a téli munka, akkor havi 30 menne, addig nem tudom", "ambiguous"),
    # near lines: both parts with figures, the figure said plainly
    ("counter", "a saját részem 10, a fiam hozzátesz 10et, ez havi 20 összesen", "20000"),
    ("counter", "havi 30 ezret tudok fizetni", "30000"),
    # reminders stopped by pointing at them beside a figure; near line: the figure alone
    (
        "other_debts",
        "havi 25 a telefonrészlet, és kérem kapcsolják ki ezeket az emlékeztetőket",
        "stop_reminders",
    ),
    ("other_debts", "havi 25 a telefonrészlet", "25000"),
    # second pass: this month's figure with the usual month not known; near line: said usual
    (
        "expenses",
        "e hónapban 280 ment el, beteg lett a macska is, hogy egy rendes hónapban mennyi, "
        "nem tudom",
        "ambiguous",
    ),
    ("income", "ebben a hónapban 150 jött, nem tudom, egy normál hónapban mennyi szokott",
     "ambiguous"),
    ("expenses", "ebben a hónapban 280 ment el, ennyi szokott lenni", "280000"),
    # whether an item counts here not known; near lines: not counted, another "-e"
    ("expenses", "albi 95, kaja 70, meg az edzőterem 12, azt nem tudom ide kell-e számolni",
     "ambiguous"),
    ("income", "fizu 230, meg a borravaló kb 20, nem tudom hogy az is számít-e", "ambiguous"),
    ("expenses", "albi 95, kaja 70, meg az edzőterem 12, azt nem számolom", "165000"),
    ("income", "fizu 230, nem tudom hogy kapok-e jövőre emelést", "230000"),
    # sorry for something; a take-home figure taken back with "... nem várj"
    (
        "income",
        "nettó 310... nem várj, az a prémiummal volt, rendesen 270 jön. bocsi hogy csak most írok, "
        "2 perc szünetem van",
        "270000",
    ),
    ("expenses", "lakbér 150 rezsi 40... bocs a rezsi 50, kaja 60", "260000"),
    # the usual month back from next month; a span of months
    (
        "income",
        "rendesen 240 jön kézhez, de ebben a hónapban csak 180, mert beteg voltam. Jövő hónaptól "
        "megint a rendes fizetés jön.",
        "240000",
    ),
    ("income", "most 120 jön a táppénzből, előtte 230 volt a bérem. Az orvos szerint még 1-2 "
     "hónap.", "120000"),
    # days worked a week are no weekly money; near line: an item's figure a week
    ("income", "nyugdíj 140 + heti 3 nap portás vagyok egy iskolában, azt havonta utalják, 50 ezer",
     "190000"),
    ("expenses", "lakbér 120, kaja heti 20, rezsi 30", "ambiguous"),
    # the own pay said with "kézhez", the father's nothing beside it
    ("income", "a fizetésem kézhez 226 ezer, a gyerekek apja nem fizet semmit", "226000"),
    # a survivor's pension, an extra not counted; near line: the husband's pay
    (
        "income",
        "a nyugdíjam 150 ezer, mellé 30 ezer özvegyi a férjem után. A fiam néha küld 10-20 ezret, "
        "azt kérem ne vegyék bele.",
        "180000",
    ),
    ("income", "a nyugdíjam 150 ezer, a férjemé 180", "150000"),
    # averages said last, a range settled; near line: the range alone
    ("income", "kiírom: március 212, április 240, május 228, átlagban 226", "226000"),
    (
        "expenses",
        "változó, de ha kiátlagolom az elmúlt egy év összes számláját, úgy 172 jön ki havonta",
        "172000",
    ),
    ("expenses", "160-175 között, mondjuk 170, azzal számoljatok", "170000"),
    ("expenses", "160-175 között", "ambiguous"),
    # a list's total after "így nekem"; near line: the own half of a shared loan
    ("expenses", "gáz 25, villany 18, kaja 80, így nekem 123 jön ki", "123000"),
    ("other_debts", "lakáshitel 96, de a felét a volt férjem fizeti, így nekem 48", "48000"),
    # a year's bill worked into the month's share; near line: the divisor
    ("expenses", "a kötelező évi 36, azt havira elosztva 3, plusz albi 110, kaja 60, így havi 173",
     "173000"),
    ("expenses", "a kötelező évi 36, elosztottam 12-vel, az havi 3, plusz albi 110", "ambiguous"),
    # a varying pay reckoned over a year; a thing bought said to be paid off is no dispute
    ("income", "van hogy 150 van hogy 260, de ha összeszámolom a tavalyi évet, havi 205 jön ki",
     "205000"),
    ("income", "havi 230 jön a raktárból, a bicikli 250 ezer volt, az már ki van fizetve",
     "230000"),
    # near lines: this debt said to be paid already
    ("income", "már kifizettem ezt a tartozást, nem értem miért írnak, a fizum 230", "dispute"),
    ("other_debts", "ezt a tartozást már kifizettem", "dispute"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), READ)
def test_hungarian_round_79_misreads_are_read_right(
    question: str, text: str, expected: str
) -> None:
    got = understanding().interpret(text, Question(question), "hu", currency="HUF")
    assert got.meaning == expected
