"""Hungarian amounts misread in round 78 (session 55, money on the edge), by family, in words of
our own: what is asked again or read, and the near lines that keep their reading.

A figure said only on a condition still to come or not known to hold ("ha megkapom a munkát,
havi 20 menne", "diákhitel 14 ezer, ha szeptembertől újra indul") is asked again, and so are
two figures with the condition after them ("170 vagy inkább 190, ha …"); near lines: the same
figure said plainly, a hedge ("ha jól számolom"), a case beside the figure of now, a case with
its own outcome ("ha jobb lesz majd többet"), a way of counting ("ha mindent összeszámolok",
"ha a benzint is beleszámolom"), a figure proposed ("mi lenne ha havi 15 ezer?").
The one figure said of this month, then why the month is no usual one (a repair "is", a late
fee "benne volt", sick pay, "amúgy több szokott") is asked again; near lines: this month's
figure alone, a rise that stays, a usual month's figure beside it.
One figure said twice, once in words and once in digits: the figure where they agree, asked
again where they do not ("kétszázhúsz, tehát 202 ezer"); near lines: two figures in digits
(a correction, read as before), the same figure twice.
A figure echoed with a question mark and waved away ("egymillió?? viccelsz, kb 170") is no
answer; near lines: a figure asked back and agreed to, the joke alone.
At income, what comes beside the pay with its figure, the pay's own figure unsaid ("a bérem
mellé jön még a családi pótlék, az 24 ezer") is asked again; near lines: the pay said first,
nothing beside it. At the counter, a figure and a part left to what can be spared ("…, meg én
is amennyit tudok") is asked again; near lines: both parts with figures, "amennyit tudok" said
of the figure itself.
A pay said to vary, the one figure settled on by the month gone by ("a múlt hónap alapján")
or said to hold every month ("de 15 ezret minden hónapban tudok") is that figure, and "nincs
fix fizum" is no nothing; near lines: "now", two cases.
At the other debts, a loan's figure, then a relative paid back "amikor tudok" with nothing
fixed ("nincs fix összeg"), is the loan's figure; near lines: "ahogy tudok" alone (some sum
unsaid, asked again, as round 59 labels it), the relative's own monthly figure added.
The one figure a sum owed to someone, then "nincs havi fix" or "nincs részlete", is none
(no monthly payment, as round 75 labels a family debt); near lines: a payment said with it,
the sum owed alone (a balance, asked again).
At income, nothing said first, then only what is not there ("0, január óta nincs munkám és
segélyt se kapok") is nothing; near lines: something said to come beside it.
No dispute heard in a partner's figure set apart ("a férjemé külön") nor in another loan
never had ("más hitelem nincs és nem is volt"), while the card or the debt said to be
another's is still heard.
No alarm over an item counted in or paid for ("ha a gyógyszert is ide veszem", "a nagyi
gyógyszerét is én fizetem"), while pills taken with an end said are still heard; texts
stopped with a count among the words ("ne küldjenek már naponta 3 sms-t") at the months
question, while a figure of months said beside other words stays.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (question, text, what is read)
READ = [
    # a figure on a condition still to come or not known to hold: asked again
    ("income", "ha felvesznek a gyárba, akkor 280 ezer", "ambiguous"),
    ("income", "ha kifizetik a túlórát, akkor kb 230", "ambiguous"),
    ("expenses", "ha a rezsit is nekem kell állni, akkor 150 körül", "ambiguous"),
    ("other_debts", "autóhitel 40 ezer, ha januártól újra fizetni kell", "ambiguous"),
    ("counter", "ha meglesz az új állás, havi 25 menne", "ambiguous"),
    ("expenses", "150 vagy inkább 170, ha a fogorvost is ide veszem", "ambiguous"),
    # near lines: the figure said plainly, a hedge, the figure of now beside a case, the bank asked
    ("income", "meghosszabbították a szerződést, 280 ezer jön", "280000"),
    ("counter", "havi 25 ezret tudok fizetni", "25000"),
    ("expenses", "ha jól számolom, 180", "180000"),
    ("income", "ha jó hónap van 400 is, most 260 jött", "260000"),
    ("counter", "havi 20 ezret, ha jól számolom", "20000"),
    # near lines: a case with an outcome of its own, a way of counting
    ("counter", "havi 12, ha jobb lesz majd többet", "12000"),
    ("counter", "kb 15 ezer, ha marad a túlóra akkor is csak ennyi", "15000"),
    ("expenses", "kb 200, ha mindent összeszámolok", "200000"),
    ("expenses", "ha nem számolom a kocsi részletét, akkor 165", "165000"),
    ("counter", "mi lenne ha havi 15 ezer?", "15000"),
    ("expenses", "kb 230 ha a benzint is beleszámolom", "230000"),
    # this month's one figure, and why the month is no usual one: asked again
    ("expenses", "ebben a hónapban 310 ment el, mert a mosógép is tönkrement", "ambiguous"),
    ("income", "ebben a hónapban csak 120 jött, mert kevesebb műszakot kaptam", "ambiguous"),
    ("other_debts", "ebben a hónapban 80 ment le, mert benne volt két részlet is", "ambiguous"),
    ("income", "e hónapban 150 jött, amúgy több szokott lenni", "ambiguous"),
    # near lines: this month's figure alone, a rise that stays, the usual month beside it
    ("income", "ebben a hónapban is 245 jött, mint mindig", "245000"),
    ("income", "ebben a hónapban 150 jött, mert emelték a bérem", "150000"),
    ("expenses", "ebben a hónapban 280 ment el a kocsi miatt, de egy rendes hónap 190", "190000"),
    # one figure in words and in digits: the figure where they agree, asked again where not
    ("expenses", "százkilencven, 190 ezer", "190000"),
    ("counter", "húszezret, vagyis 20 ezret havonta", "20000"),
    ("income", "kétszáztíz, azaz 210 ezer", "210000"),
    ("income", "240e, szóval kb kétszáznegyvenezer", "240000"),
    ("expenses", "százkilencven, tehát 109 ezer", "ambiguous"),
    ("counter", "húszezret, vagyis 25 ezret", "ambiguous"),
    ("other_debts", "harmincötezer, 53 000 Ft", "ambiguous"),
    ("income", "230e jön, szóval kb kétszázezer havonta", "ambiguous"),
    # digits first, then "vagyis" and words (no "az" or " i" in the text: it was not looked for)
    ("expenses", "kb 95 000 vagyis nyolcvanötezer", "ambiguous"),
    ("expenses", "kb 95 000 vagyis kilencvenötezer", "95000"),
    # near lines: two figures in digits, a correction read as before
    ("expenses", "200, vagyis 210", "210000"),
    ("counter", "15... nem, legyen 18", "18000"),
    # a figure echoed with a question mark and waved away: no answer
    ("expenses", "félmillió?? viccelsz, kb 160", "160000"),
    ("income", "500? dehogy, 210 körül", "210000"),
    ("counter", "50 ezer? na persze, 15-öt tudok", "15000"),
    # near lines: the joke alone, a figure asked back and agreed to
    ("expenses", "egymillió?? viccelsz", "ambiguous"),
    ("expenses", "170? igen, kb annyi", "170000"),
    # at income, a part beside the pay whose figure is unsaid: asked again
    ("income", "a nyugdíjam mellett takarítok, abból 60", "ambiguous"),
    ("income", "a fizetésem mellé kapok még ápolási díjat, 45 ezret", "ambiguous"),
    ("income", "a bérem mellett jön a rokkantsági is, az 38 ezer", "ambiguous"),
    # near lines: the pay said first, nothing beside it
    ("income", "a bérem 190, mellé jön a családi pótlék 24", "214000"),
    ("income", "a bérem mellé nincs más, 250", "250000"),
    # at the counter, a part left to what can be spared: asked again
    ("counter", "15 ezer plusz amit anyám tud adni", "ambiguous"),
    ("counter", "havi 10, meg amennyi még marad a hónap végén", "ambiguous"),
    ("counter", "a lányom 12-t adna, és én is amennyit tudok", "ambiguous"),
    # near lines: both parts with figures, "amennyit tudok" said of the figure itself
    ("counter", "a saját részem 10, a fiam hozzátesz 10et, ez havi 20 összesen", "20000"),
    ("counter", "20 ezret, amennyit tudok", "20000"),
    # no alarm over an item counted in; still heard where pills end a life
    ("expenses", "160 vagy inkább 175, ha a gyógyszert is beleszámolom", "ambiguous"),
    ("expenses", "már nem bírom, a gyógyszert is ide veszem és vége", "distress"),
    ("expenses", "ha anyám gyógyszerét is én fizetem, akkor 140 körül", "ambiguous"),
    ("income", "a gyógyszerem is én fizetem és már nincs miért élni", "distress"),
    # a partner's figure set apart, no other loan ever had: no dispute
    ("income", "nekem 210 jön, a feleségemé külön van", "210000"),
    ("other_debts", "személyi 30 havonta, a férjemé teljesen külön", "30000"),
    ("other_debts", "más tartozásom nincs, soha nem is volt", "0"),
    ("other_debts", "0, más kölcsönöm nincs és nem is volt", "0"),
    # still heard: the card or the debt said to be another's, the card never one's own
    ("income", "a kártya a férjemé, én nem is használtam", "dispute"),
    ("other_debts", "ez a tartozás a férjemé, nem az enyém", "dispute"),
    ("other_debts", "a kártya nem is volt az enyém", "dispute"),
    # a pay that varies, the figure settled on by last month or said to hold every month
    ("income", "nincs fix fizetésem, a múlt hónap alapján 190", "190000"),
    ("income", "nincs állandó bevételem, a múlt hónap alapján kb 175", "175000"),
    ("counter", "a fizum ingadozik, de 12 ezret biztosan tudok", "12000"),
    ("counter", "változik a bevételem, de havi 10 ezer minden hónapban megvan", "10000"),
    # near lines: "now" settles nothing, two cases, no fixed pay and no figure
    ("income", "nincs fix fizum, most éppen 90 van", "ambiguous"),
    ("counter", "a bevételem változik, jó hónapban 25, rosszban 8", "ambiguous"),
    ("income", "nincs fix fizum", "ambiguous"),
    # at the other debts, a loan's figure, then someone paid back when one can: the loan's
    ("other_debts", "személyi 40, a bátyámnak visszafizetek amikor tudok, nincs fix", "40000"),
    ("other_debts", "autóhitel 55, meg a sógoromnak adok vissza ha tudok, nincs fix", "55000"),
    ("other_debts", "lízing 30, a nagyimnak is tartozom, amikor tudom, nincs havi", "30000"),
    # near lines: some unknown sum paid back, the relative's own monthly figure, no part
    ("other_debts", "lízing 30, a nagynénémnek is tartozom, fizetem amikor tudom", "ambiguous"),
    ("other_debts", "személyi 40 meg a tesómnak tartozom, neki ahogy tudok", "ambiguous"),
    ("other_debts", "hitel 25, anyámnak meg havi 10-et adok vissza", "35000"),
    ("other_debts", "a kocsi 67, meg a bátyámnak tartozom de annak nincs részlete", "67000"),
    # the one figure a sum owed to someone, nothing paid on it monthly: none
    ("other_debts", "a bátyámnak tartozom 200-zal, nincs részlete", "0"),
    ("other_debts", "a sógoromnak tartozom 150 ezerrel, de nincs havi törlesztő", "0"),
    ("other_debts", "anyámnak tartozom 80 ezerrel, de nincs fix összeg", "0"),
    # near lines: a payment said with it, the sum owed alone
    ("other_debts", "anyósomnak tartozom 300 ezerrel, havi 20-at adok neki", "20000"),
    ("other_debts", "anyósomnak tartozom 300 ezerrel", "ambiguous"),
    # nothing, then only what is not there: nothing
    ("income", "nulla, nincs állásom, nem kapok semmit", "0"),
    ("income", "0, tavaly óta nem dolgozom és támogatást sem kapok", "0"),
    ("income", "semmi, márciustól nincs munkám, se segélyem", "0"),
    # near lines: something that comes beside the nothing, another's pay
    ("income", "semmi, nincs munkám, de anyám ad néha", "ambiguous"),
    ("income", "0, nincs munkám, de a férjem keres 300-at", "ambiguous"),
    # the texts stopped with a count among the words, at the months question
    ("recovery", "ne küldjenek már naponta 3 sms-t", "stop_reminders"),
    ("recovery", "kérem ne küldjenek naponta 5 értesítést", "stop_reminders"),
    ("recovery", "ne küldjenek nekem napi két üzenetet, idegesít", "stop_reminders"),
    # near lines: months said, another thing not to be sent
    ("recovery", "3 hónap, ne küldjenek pénzt", "3"),
    ("recovery", "kb 2 hónap", "2"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), READ)
def test_hungarian_round_78_misreads_are_read_right(
    question: str, text: str, expected: str
) -> None:
    got = understanding().interpret(text, Question(question), "hu", currency="HUF")
    assert got.meaning == expected
