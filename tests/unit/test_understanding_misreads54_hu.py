"""Hungarian amounts misread in the development rounds (session 54), by family, in words of our
own: what is read or asked again, and the near lines that keep their reading.

At the counter: a bare number of hundreds offered ("havi ötszázat", "havonta 300") is asked
again, hundreds of thousands as unlike as hundreds of forints; near lines: thousands said
("havi 150 ezer"), a figure of tens, a figure put right ("ötezret, nem ötszázat"). One figure
added to itself ("15-én 8 ezer + 25-én 8 ezer") is the two; near lines: two figures added
(asked again as before), "2 x 7500". A figure the offer is said beside ("az 50 mellett", "a
lakáshitel 96 mellett") and the debt's whole ("a tartozás 520 körül") are no offer; near
lines: a count beside ("a 3 gyerek mellett"), the debt alone with a term. The figure agreed to
last ("…, de a férjem azt mondja 15-öt, legyen az övé") is the offer; near lines: the other's
figure without it, "legyen inkább 20".
A range spelled with its half ("két-két és fél száz") is asked again; near lines: "két és fél
száz", "kétszázötven".
At income, the household counted, then the whole of its incomes ("hárman élünk, … a három
együtt 520") is asked again; near lines: two own incomes together ("a kettő együtt 163").
The month said to be now ("most január van") chooses among figures said for parts of the year:
an extra for a stretch holding it is added, a figure of a part not holding it is left out; an
extra for a stretch with no month said is asked again. Near lines: a stretch said in another
clause ("decembertől áprilisig, most május van, …, havi 160"), nothing for the stretch.
At expenses: an item struck out after the list ("a benzint húzd ki") is left out, or asked
again where it is not found with its figure; a yearly item said not counted ("az éves adó 48
ezer, de azt nem számoltam") is left out; a rise explained ("142 mert januártól emelték") is
no change of the whole; a figure put right for an item left out ("180... nem, 195, kihagytam a
gyógyszert, az 15") is the new figure when they add up, asked again when not; an item not
written down yet ("azt még nem írtam be") leaves the list untold; a figure in lei beside
nothing here is no nothing. Near lines: the list without the strike, a monthly item "nem
számoltam bele", figures that stay.
A tram or bus line named by its number ("bérlet a 4-6-osra 8950", "a 7-es busszal") and a
car's engine by its size ("1.6-os dízel") are no money; near lines: a range, a loan named by its
figure (asked again as before).
At the other debts, a payment said only as a share of the pay ("a jövedelmem 6%-a") is asked
again; near lines: a payment with its figure, none.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (question, text, what is read)
READ = [
    # at the counter, a bare number of hundreds offered: hundreds of thousands, or forints?
    ("counter", "havi hatszázat", "ambiguous"),
    ("counter", "havonta 300", "ambiguous"),
    ("counter", "négyszázat tudnék", "ambiguous"),
    ("counter", "havi kétszázat", "ambiguous"),
    # near lines: thousands said, a figure of tens, a figure put right
    ("counter", "havi 150 ezer", "150000"),
    ("counter", "havi 25", "25000"),
    ("counter", "ötezret, nem ötszázat", "5000"),
    # one figure added to itself: twice that figure
    ("counter", "10-én 5 ezer + 20-án 5 ezer", "10000"),
    ("counter", "12 ezer + 12 ezer, két részletben", "24000"),
    ("counter", "havi 6 ezer + 6 ezer a fiamtól", "12000"),
    # near lines: two figures added, a count of payments
    ("counter", "8 ezer + 10 ezer", "ambiguous"),
    ("counter", "2 x 7500, 5-én és 20-án", "15000"),
    # a figure the offer is said beside, the debt's whole: no offer
    ("counter", "a lakáshitel 96 mellett max 15", "15000"),
    ("counter", "a 180-as fizetésem mellett 12-t tudok", "12000"),
    ("counter", "a kocsirészlet 38 mellett max 12 megy", "12000"),
    ("counter", "havi 25, a tartozás 600 körül", "25000"),
    ("counter", "havonta 30, az egész tartozásom kb 450", "30000"),
    # near lines: a count beside the offer, the debt alone with a term
    ("counter", "a 3 gyerek mellett havi 10", "10000"),
    ("counter", "annyit, hogy 2 év alatt meglegyen, a tartozás 240", "ambiguous"),
    ("counter", "havonta 40, az 12 hónap alatt 480", "40000"),
    # the figure agreed to last
    ("counter", "30-at tudnék, de a feleségem szerint 25 is elég, legyen az övé", "25000"),
    ("counter", "25-öt mondanék, de anyu azt mondja 20-at, legyen annyi", "20000"),
    ("counter", "35-öt gondoltam, de a lányom szerint 30 is elég, legyen az", "30000"),
    # near lines: the other's figure without it, a figure after "legyen"
    ("counter", "20-at tudnék, de a férjem azt mondja 15-öt", "20000"),
    ("counter", "15-öt mondtam, de legyen inkább 20", "20000"),
    # a range spelled with its half
    ("expenses", "két-két és fél száz", "ambiguous"),
    ("expenses", "három-három és fél száz", "ambiguous"),
    ("expenses", "ket-harom es fel szaz", "ambiguous"),
    # near lines: one figure spelled
    ("expenses", "két és fél száz", "250000"),
    ("expenses", "kétszázötven", "250000"),
    # at income, the household counted, then the whole of its incomes
    ("income", "ketten élünk a férjemmel nyugdíjból, a kettő együtt 390", "ambiguous"),
    (
        "income",
        "hárman élünk, a lányomé, a vejemé meg az enyém, a három együtt 700"
        " ezer",
        "ambiguous",
    ),
    ("income", "négyen élünk egy lakásban, a négy nyugdíj, a négy együtt 610", "ambiguous"),
    # near lines: two own incomes together
    ("income", "rokkantsági ellátás 103 + egy kis munka 60, a kettő együtt 163", "163000"),
    ("income", "az özvegyi nyugdíjrész 62 ezer, a sajátom 231, együtt 293", "293000"),
    # the month said to be now, among figures for parts of the year
    (
        "income",
        "nyugdíj 176, a málnaszezon júniustól augusztusig hoz még 90-et, most"
        " július van",
        "266000",
    ),
    (
        "income",
        "alap 250, a szüret szeptembertől októberig még havi 60, most"
        " szeptember van",
        "310000",
    ),
    ("income", "télen a síboltban 300, nyáron a strandon 240, most július van", "240000"),
    ("income", "nyugdíj 176, júniustól augusztusig még 90, most november van", "176000"),
    ("expenses", "januártól márciusig 180, áprilistól 210 lesz, most február van", "180000"),
    (
        "expenses",
        "lakbér 120, rezsi 30, októbertől márciusig még 25 a fűtés, most"
        " december van",
        "175000",
    ),
    (
        "income",
        "nyugdíj 176, most július van, a málnaszezon júniustól augusztusig hoz"
        " még 90-et",
        "266000",
    ),
    ("expenses", "télen 220, nyáron 160. most január van, úgyhogy most 220", "220000"),
    ("income", "a fizu 250, a jutalék nyáron 0, most augusztus van", "250000"),
    # an extra for a stretch of the year, no month said: asked again
    ("income", "nyugdíj 198, júniustól augusztusig még havi 120", "ambiguous"),
    ("income", "nyugdíj 190, szeptembertől decemberig még havi 40 a szüretből", "ambiguous"),
    ("expenses", "lakbér 120, rezsi 30, októbertől márciusig még 25 a fűtés", "ambiguous"),
    # near lines: a stretch in a clause of its own, nothing for the stretch, one figure
    (
        "income",
        "2300 méteren tanítok decembertől áprilisig, most május van, itthon"
        " élek, havi 160",
        "160000",
    ),
    ("income", "a vakondirtás télen áll, decembertől februárig nulla jön be, most január van", "0"),
    (
        "income",
        "aszfaltozó vagyok, áprilistól novemberig megy, most szeptember van,"
        " 315 nettó",
        "315000",
    ),
    # an item struck out after the list
    (
        "expenses",
        "lakbér 110, rezsi 35, kaja 70, telefon 10... a telefont hagyd ki, azt"
        " a cég fizeti",
        "215000",
    ),
    (
        "expenses",
        "lakbér 95, rezsi 30, bérlet 9, kaja 50, a bérletet vedd ki, azt a"
        " munkahely adja",
        "175000",
    ),
    ("expenses", "lakbér 90, rezsi 28, kaja 60, cigi 20, a cigit húzd ki", "178000"),
    ("expenses", "albérlet 120, kaja 60, edzőterem 12, az edzőtermet húzd ki", "ambiguous"),
    # near line: the list without the strike
    ("expenses", "lakbér 100, rezsi 30, kaja 80, benzin 40", "250000"),
    # a yearly item said not counted
    ("expenses", "havi 190, márciusban jön az éves kötelező 36 ezer, azt nem számoltam", "190000"),
    ("expenses", "kb 210 havonta, az évi lakásbiztosítás 24, de azt nem számoltam", "210000"),
    ("expenses", "havi 210, novemberben jön az évi szemétdíj 30 ezer, azt nem számoltam", "210000"),
    # near lines: a monthly item missing from a total said
    ("expenses", "havi 180, a szintetizátor részletét nem számoltam bele", "ambiguous"),
    # a rise explained after an item's figure
    ("expenses", "lakbér 125 mert januártól emelték, rezsi 32", "157000"),
    ("expenses", "a rezsi 38, vagyis most már 44 mert drágult a gáz, plusz kaja 70", "114000"),
    ("expenses", "albérlet 140 mert idén felemelték, kaja 65, bérlet 9", "214000"),
    ("expenses", "rezsi 45 mert novembertől drágult, lakbér 110, kaja 70", "225000"),
    # near line: the list without the reason
    ("expenses", "lakbér 142, rezsi 30", "172000"),
    # a figure put right for an item left out
    ("expenses", "200... nem, 220, kihagytam a bérletet, az 20", "220000"),
    ("expenses", "150, bocs, 162, kimaradt a telefon, az 12 havonta", "162000"),
    ("expenses", "170, nem, 185, kimaradt a gyógyszer, az 15", "185000"),
    ("expenses", "200... nem, 220, kihagytam a bérletet, az 9", "ambiguous"),
    # near line: a figure put right alone
    ("expenses", "kb 210. nem, 230", "230000"),
    # an item not written down yet
    ("expenses", "lakbér 100 rezsi 30, a gyógyszer még nincs beírva", "ambiguous"),
    (
        "expenses",
        "öt tétel van a listámon, a bérletet még nem írtam be: lakás 90 rezsi"
        " 25 kaja 55",
        "ambiguous",
    ),
    ("expenses", "lakbér 110, kaja 60, bérlet 9, meg a telefon, azt még nem írtam be", "ambiguous"),
    # near lines: the item written in, a loan's instalment rightly left out
    ("expenses", "lakás 105 rezsi 29 kaja 60, a gyógyszert is beírtam, az 12", "206000"),
    (
        "expenses",
        "a havi kiadásom 178, a szintetizátor részletét nem írtam bele az"
        " hitel",
        "178000",
    ),
    # a figure in lei beside nothing here
    ("expenses", "otthon a lakásra 1200 lej megy, itt semmi", "ambiguous"),
    ("expenses", "a szüleimnél Nagyváradon 600 lej a rezsi, itt Pesten szinte semmi", "ambiguous"),
    # near lines: nothing alone, lei worked out in forints
    ("expenses", "szinte semmi, kollegiumban lakom ingyen", "0"),
    ("income", "a román nyugdíjam 2300 lej, az nagyjából 170 ezer forint", "170000"),
    # a tram or bus line by its number, a car's engine by its size: no money
    ("expenses", "bérlet a 4-6-osra 9450, albi 120, rezsi 35", "164450"),
    ("expenses", "a 7-es busszal járok, bérlet 8950, albi 100, kaja 60", "168950"),
    ("expenses", "albi 120, kaja 70, a 3-as villamos bérlete 8950", "198950"),
    ("expenses", "a kocsi 1.6-os benzines, benzin havi 30, albi 120, kaja 70", "220000"),
    ("expenses", "1,4-es dízel, tankolás havi 40, lakás 100", "140000"),
    ("other_debts", "a 4-6-os bérletet részletre vettem, havi 9 ezer", "9000"),
    # near lines: a range, a loan named by its figure, people counted beside, forints added
    ("counter", "3 műkörmös 2 fodrász mellett, én havi 12-t tudok", "12000"),
    ("counter", "havi 5000 + 5000, két részletben", "10000"),
    ("expenses", "200-250", "ambiguous"),
    ("other_debts", "két kisebb: 12 és 8, a 8-as novemberben jár le", "ambiguous"),
    # at the other debts, a payment said only as a share of the pay
    ("other_debts", "a diákhitelre a fizetésem 5%-a megy", "ambiguous"),
    ("other_debts", "a nyugdíjam 10 százalékát vonják a hitelre", "ambiguous"),
    ("other_debts", "a diákhitelt a NAV vonja, a bérem 4%-a", "ambiguous"),
    # near lines: a payment with its figure, none
    ("other_debts", "diákhitel 2-ből havi 23 ezer", "23000"),
    ("other_debts", "nincs más", "0"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), READ)
def test_hungarian_misreads_of_session_54_are_read_right(
    question: str, text: str, expected: str
) -> None:
    got = understanding().interpret(text, Question(question), "hu", currency="HUF")
    assert got.meaning == expected
