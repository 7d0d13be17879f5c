"""Money families of round 58 in Hungarian, in words of our own: what is read, and what is
asked again.

Read: a figure in a clause of a case that is not so, a need or a wish ("ha ... lenne",
"kéne", "a célom", "szeretném"), the month as it is said beside it: the month as it is.
Near-miss: a figure that "would be" with no case or wish ("kb 190 lenne") is an estimate and
stays read; what the month is paid out of ("abból kéne") is no wish.
Asked again: a wish or a case that is not so, alone ("jó lenne ha 240 lenne").
Read: a figure of someone outside the home (a sibling, a friend, a colleague, a parent, an
advert), then the own marked after it ("én", "nekem", "nálam", "pedig", "önöknek"): the
own. Near-miss: a whole of both worked out after ("így 30") stays the whole; a count after the
mark ("nekem 2") is no own figure.
Read: the whole named after its figure ("190 az összes", "205 a teljes"), items before it:
the whole, not the items added to it.
Read: the month's whole said last after a mark, the month told as it went ("…. összesen
175", "a végén összeszámoltam: 180", "a rendes havi 190", "az átlagos hónapom 240"), and at
income the pay named alone in the last sentence or after a "de" ("…. a fizetésem 220", "…,
de a rendes nyugdíjam 190"): that figure, not the
parts, one-offs or sums that came in before.
Asked again: two sources' figures side by side, none taken after ("a bank szerint 210, a
táblázatom szerint 185"): not summed. Near-miss: one source's figure stays read.
Asked again: a whole with a part in it whose size is not known ("benne volt a szerviz is, az
mennyi volt, nem tudom"): the month without it is to be worked out.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a figure of a case not so, a need or a wish, beside the month as it is
    ("ha a kertet is bérelném akkor 230 lenne, de így 190", "hu", "expenses", "190000"),
    ("a rendes élethez kellene 300, de most 170-ből megyünk", "hu", "expenses", "170000"),
    ("a célom, hogy 150 alatt legyen, de még 175", "hu", "expenses", "175000"),
    ("az oldal szerint 280 kéne nekem, én 230-at kapok", "hu", "income", "230000"),
    ("0 most. ha visszavesznek akkor 220 lenne", "hu", "income", "0"),
    # near-miss kept as it was: an estimate with "lenne"
    ("kb 190 lenne", "hu", "expenses", "190000"),
    # the own marked after another's figure
    ("a bátyám 60-at kért, de nekem is csak 190 jön", "hu", "income", "190000"),
    ("a kollégám 280-at visz haza, én 240-et", "hu", "income", "240000"),
    ("a szomszéd 250-et költ havonta, nálam 165 megy el", "hu", "expenses", "165000"),
    ("az öcsém kért 100-at, nem tudok adni. önöknek havi 12-t", "hu", "counter", "12000"),
    # near-miss kept as it was: a whole of both worked out after
    ("apu beszáll 10-zel, én 20-szal, így havi 30", "hu", "counter", "30000"),
    # the whole named after its figure
    ("a lakbér 130, a rezsi 30, 205 az összes", "hu", "expenses", "205000"),
    # the month's whole said last after the month told as it went
    ("3-án lakbér 100, 10-én villany 15, közben kaja 60. összesen 175", "hu", "expenses",
     "175000"),
    ("1-jén albi 95, aztán rezsi 20, kaja 55. a végén összeszámoltam: 180", "hu", "expenses",
     "180000"),
    ("5-én jött a bér 200, 20-án egy 30-as megbízás. az átlagos hónapom 215", "hu", "income",
     "215000"),
    ("a hónapban 300 jött, de abból 60 a tesóm tartozása volt. a fizetésem 240", "hu", "income",
     "240000"),
    ("két hónapét egyben kaptam meg, 500 jött, de a havi bérem 250", "hu", "income", "250000"),
    # near-miss kept as it was: one source's figure
    ("a netbank szerint 205", "hu", "expenses", "205000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # a wish or a case not so, alone
    ("jó lenne ha 240 lenne, de nem annyi", "hu", "income"),
    ("szeretném ha 160 menne el, ennyit tudok", "hu", "expenses"),
    # near-miss kept as it was: a count after the own mark
    ("a barátnőm 200-at mondott, neki 1 gyereke van, nekem 2", "hu", "expenses"),
    # two sources' figures side by side
    ("a bank szerint 210, a táblázatom szerint 185, nem értem", "hu", "expenses"),
    # a part in the whole whose size is not known
    ("195 ment el, de benne volt a fogorvos is, hogy az mennyi volt, nem tudom", "hu",
     "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_58_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_58_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
