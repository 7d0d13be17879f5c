"""Money families of round 45 in Hungarian, in words of our own: what is read, and what is asked
again.

Read: a floor said as an ordinal, flats of a block counted, seconds of a time, a month named in a
transfer's note, a student loan named by its number and the months of its instalments counted,
no money ("a 3.-on lakunk", "egy 40 lakásos tömbben", "2 perc 45 másodperc", "Közlemény: BÉR
2025/03", "diákhitel 1", "36 havi részletben"); a figure said to be the trade's or the shop's,
the home's after ("az a munka.", "de az a bolté."); the whole list said after a colon ("a
teljes: ..."); banknotes counted in digits, and a "kiló" with a note beside it ("12 tízezres meg
egy ötezres", "egy kiló meg egy tízes"); the home's month said alone in the last sentence, the
trade's figures before ("... egy fordulóban. havi kiadás ~176"); what is left of a figure said
with "-ból ... marad", the month's average or the figure settled on said last ("de havi
átlagban", "egész évre elosztva", "maradjunk a 300-nál"); the pay since a raise of last year ("a
tavalyi emelés után"); an offer said to fit ("az még belefér"); a figure taken back after dots
("18... nem, 16"); the month's figure said last by the one who keeps the money ("azt mondja havi
264"), the take-home pay said last ("kezembe kapok 298") or the whole with the extras ("a
pótlékokkal együtt 327"); a birth year by its last two digits ("57-es születésű").
Asked again: only a bound exceeded ("meghaladja"); two people's figures, not known whose is right;
a figure less another, not worked out ("amennyi a ... mínusz a ..."); a figure shared by several,
one's share not worked out ("közösen ..., négyen vagyunk"); a figure by the shift with the shifts
counted loosely ("egy műszakra ..., 20-22 műszak"); the answer a multiple of another's ("a
bátyáménak a kétszerese"); two figures each taken back after dots ("200... nem, 100... nem
tudom").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a floor as an ordinal, flats counted, seconds, a transfer's note, a loan by its number
    ("a 3.-on lakunk, nincs lift, a havi kiadás 184 ezer", "hu", "expenses", "184000"),
    ("egy 40 lakásos tömbben gondnokoskodom. albi 95 rezsi 26", "hu", "expenses", "121000"),
    ("a futásom 2 perc 45 másodperc volt, egyébként a kiadás 176", "hu", "expenses", "176000"),
    ("Utalás: 312 450 HUF, Közlemény: BÉR 2025/03", "hu", "income", "312450"),
    ("diákhitel 1, havonta 9 800, levonják", "hu", "other_debts", "9800"),
    ("a tévét 36 havi részletben veszem, havi 8 ezer", "hu", "other_debts", "8000"),
    # a figure said to be the trade's or the shop's, the home's after
    ("egy festés 40 ezer + festék, az a munka. itthon a kiadás 205", "hu", "expenses",
     "205000"),
    ("a sütemény 6 ezer a cukrászdában, de az a bolté. albi 100 rezsi 30", "hu", "expenses",
     "130000"),
    # the whole list said after a colon
    ("3 gyerek bölcsi 7 ezer/fő, a teljes: albi 120 rezsi 35 bölcsi 21", "hu", "expenses",
     "176000"),
    # banknotes counted in digits, a "kiló" with a note beside it
    ("havonta 12 tízezres meg egy ötezres megy el", "hu", "expenses", "125000"),
    ("a fizetésem 30 darab tízezres", "hu", "income", "300000"),
    ("egy kiló meg egy tízes megy el egy hónapban", "hu", "expenses", "110000"),
    # the home's month said alone in the last sentence, the trade's figures before
    ("napi 25 hektár, 8 tonna kukorica egy fuvarban. havi kiadás ~181", "hu", "expenses",
     "181000"),
    ("egy hajvágás 6 ezer, 10-12 vendég naponta. a kiadásaim 167 ezer/hó", "hu", "expenses",
     "167000"),
    ("200 birka, egy birka 3 kiló gyapjút ad. nekünk 152 ezer megy el havonta", "hu",
     "expenses", "152000"),
    ("lakbér 105 rezsi 30. kaja havonta 55 megy el", "hu", "expenses", "190000"),
    # what is left of a figure with "-ból ... marad", the average or the figure settled on last
    ("egyéni vállalkozó vagyok, a bevétel 700-ból nekem marad kb 290", "hu", "income",
     "290000"),
    ("télen 150, nyáron 350, de havi átlagban 240-et mondanék", "hu", "income", "240000"),
    ("nyáron 600 is, de egész évre elosztva havi 320-szal számolok", "hu", "income", "320000"),
    ("fizu 280 + pótlék, de azt elköltöm, maradjunk a 280-nál", "hu", "income", "280000"),
    # the pay since a raise of last year
    ("nettó 344 ezer a tavalyi béremelés után", "hu", "income", "344000"),
    # an offer the figure of which fits; a figure taken back after dots
    ("havi 12 000-et, az még belefér", "hu", "counter", "12000"),
    ("25... nem, 20 ezret inkább", "hu", "counter", "20000"),
    # the month's said last by the one who keeps the money, the take-home or the whole with extras
    ("naponta 600 km, 24 tonnás pótkocsi. a férjem intézi a pénzt, azt mondja havi 238", "hu",
     "expenses", "238000"),
    ("levonják a lakhatást 40 ezer, kézhez kapok 276", "hu", "income", "276000"),
    ("az alap 265 nettó, a pótlékokkal együtt 301", "hu", "income", "301000"),
    # a birth year by its last two digits
    ("62-es születésű vagyok, egyedül élek, havi 143 a kiadás", "hu", "expenses", "143000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # only a bound exceeded
    ("a 180-at biztos meghaladja", "hu", "expenses"),
    # two people's figures, not known whose is right
    ("anyám szerint 150, szerintem 190, nem tudom", "hu", "expenses"),
    # a figure less another, not worked out
    ("amennyi a nyugdíjam mínusz a rezsi, a nyugdíjam 210", "hu", "expenses"),
    # a figure shared by several, one's share not worked out
    ("közösen a barátaimmal 400, négyen vagyunk", "hu", "expenses"),
    # a figure by the shift with the shifts counted loosely
    ("egy műszakra 4 ezer kell, 20-22 műszak egy hónapban", "hu", "expenses"),
    # the answer a multiple of another's
    ("a fizetésem a bátyáménak a kétszerese, ő 200-at keres", "hu", "income"),
    # both figures taken back after dots
    ("háromszáz... nem, kétszáz... nem tudom pontosan", "hu", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_45_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_45_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
