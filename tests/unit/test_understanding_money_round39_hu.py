"""Money families of round 39 in Hungarian, in words of our own: what is read, and what is asked
again.

Read: measures of a body or of a thing's make beside the month's money (a height, "192 centi";
a sound card's rate and a mixer's channels, "48 kHz", "32 csatornás"; a battery, "48 V 17 Ah";
a tyre's size, "205/55 R16"; a wine's grade, "6 puttonyos"; a shift rota, "3 be 3 ki"); an item
at nothing in a list of thousands ("szállás 0, kaja 50, bérlet 9450"); one's prices named so
before the month's own money ("ezek az áraim"); an item said not to be counted right after its
figure ("azt nem számolnám", "azt hagyjuk"); the months of pay a year counts ("a nyugdíj 13
havi"); a term's payments counted times each ("6x 11 200, a 3.-nál tartok"); the figure before a
mishap named, now's said ("a csuklóm előtt 380, most 224").
Asked again: a figure only brushed or neared ("a kétszázat súrolja"); the other times' figure
beside a stretch spent otherwise ("olyankor alig, máskor 160"); every few days or by the ten
days ("minden 10. napon", "dekádonként"); the figure before a change, now's not known; the
spending as a fraction of the pay typed with a slash ("3/4-e"); an item priced with a question
mark; a figure doubted as another month's; a figure in another currency, the forints not known;
a day's spending out of a day's pay; an item roughly a multiple of another; a starting figure,
the own "so more"; now's pay only against a past pay whose figure is said; an item on top of
the pay whose figure is not known; a day of the month something runs from ("1-jétől").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # measures of a body or of a thing's make
    ("178 centi vagyok és sokat edzek, kaja 80, albi 110", "hu", "expenses", "190000"),
    ("hangtechnikus vagyok, 96 kHz, 24 csatornás pult, a havi kiadásom 205", "hu", "expenses",
     "205000"),
    ("rolleres futár vagyok, az aksi 36 V 10 Ah, a kiadásom 150", "hu", "expenses", "150000"),
    ("225/45 R17-es gumit vett a sógorom, nálam havonta 176 megy el", "hu", "expenses",
     "176000"),
    ("5 puttonyos bort árulunk a pincénél, a havi kiadásom 140", "hu", "expenses", "140000"),
    ("4 be 4 ki rendszerben dolgozom, a kiadás 210 havonta", "hu", "expenses", "210000"),
    # an item at nothing in a list of thousands
    ("albi 0, mert a szüleimnél lakom, kaja 55, telefon 8", "hu", "expenses", "63000"),
    ("kaja 70, rezsi 25, lakbér 0, bérlet 8950", "hu", "expenses", "103950"),
    # one's prices named so before the month's own money
    ("körmös vagyok, zselé 8000, töltés 6500 - ezek az áraim. a havi kiadásom 180", "hu",
     "expenses", "180000"),
    # an item said not to be counted right after its figure
    ("a keresztanyám ad 15 ezret, azt ne számold, a fizu 210", "hu", "income", "210000"),
    ("jött egyszer 90 prémium, azt hagyjuk, rendesen havi 240", "hu", "income", "240000"),
    # the figure before a mishap named, now's said
    ("a műtétem előtt 310 is megvolt, most a táppénz 205", "hu", "income", "205000"),
    # the months of pay a year counts
    ("a nyugdíjam 13 havi, havonta 198 ezer jön", "hu", "income", "198000"),
    # a term's payments counted times each, how far along it
    ("hűtő részletre: 10x 14 990, most az 5.-nél tartok", "hu", "other_debts", "14990"),
    ("a kanapét részletre vettem, 18 x 12 ezer", "hu", "other_debts", "12000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # a figure only brushed or neared
    ("a háromszázat súrolja a kiadás", "hu", "expenses"),
    ("már közelíti a 250-et", "hu", "expenses"),
    # the other times' figure beside a stretch spent otherwise
    ("kaszáláskor a tanyán alszom, olyankor semmi, máskor 150", "hu", "expenses"),
    # every few days or by the ten days
    ("minden 5. napon veszek kaját 12 ezerért, albi 90", "hu", "expenses"),
    ("dekádonként 60-at utalnak", "hu", "income"),
    # the figure before a change, now's not known
    ("a költözés előtt 300 volt, most egyedül még nem tudom", "hu", "expenses"),
    # the spending as a fraction of the pay typed with a slash
    ("a kiadás a fizetésem 2/3-a, a fizu 300", "hu", "expenses"),
    # an item priced with a question mark
    ("lakbér 120 + rezsi ? + kaja 60", "hu", "expenses"),
    # a figure doubted as another month's
    ("190... vagy az a júliusi volt?", "hu", "expenses"),
    # a figure in another currency, the forints not known
    ("300 euró, forintban nem tudom", "hu", "expenses"),
    # a day's spending out of a day's pay
    ("napi 6 ezret kapok, abból napi 3-at elköltök", "hu", "expenses"),
    # an item roughly a multiple of another
    ("albi 100, a kaja meg a többi olyan a háromszorosa", "hu", "expenses"),
    # a starting figure, the own "so more"
    ("a pénztárosoknál 230 a kezdő, én már rég ott vagyok, tehát több", "hu", "income"),
    # now's pay only against a past pay whose figure is said
    ("a táppénzem kevesebb, mint a fizetésem volt, az 290", "hu", "income"),
    # an item on top of the pay whose figure is not known
    ("a fizu 260, plusz a rezsitámogatás, azt nem tudom pontosan", "hu", "income"),
    # a day of the month something runs from
    ("novemberben 1-jétől 195 volt a kiadás", "hu", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_39_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_39_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
