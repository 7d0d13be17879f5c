"""Money families left in Hungarian after round 60 and among the misreads of rounds 31-59, in
words of our own: what is read, and what is asked again.

Read: what a good (or bad) month brings, then the figure of now ("ha jó hónap van 400 is, most
260 jött"): the figure of now. Near-miss: two cases and no figure of now stay asked again.
Read: a leading 0 followed only by its reason ("0 mert a cég fizeti a szállást"): nothing.
Near-miss: a reason with a figure in it is asked again.
Cause: half the pay coming in ("csak fele pénzt kapok") is reduced income. Near-miss: half of
some money spent is no cause of its own.
Read: nothing said for the time after the figure of now ("még két hónapig 150, aztán semmi"):
the figure of now. Asked again: at the own offer, a lump sum later and nothing until then
("tavasszal egyben 300, addig semmit").
Asked again: a figure said for every second month, for the week's pay, or every two weeks
typed with a slip ("minden második hónapban 450"). Near-miss: the month's pay named after it.
Read: the month's spending named in a sentence of its own after one of a trade's or a payslip's
figures ("…12-ért adom el. a kiadásom kb 205"): that figure. Near-miss: more said on top of it
("…. a kiadásom 200, meg a kaja is") is asked again.
Asked again: at expenses, the only figure what a colleague or a neighbour spends ("neki 200
megy el"). Near-miss: the own figure ("nekem 150") is read.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.domain.vocabulary import Cause
from dialogs.understanding.rules import AmountProblem, AmountReading, read_cause
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a good month's figure, then the figure of now
    ("ha jó a szezon 300, de most csak 180", "hu", "income", "180000"),
    ("ha jobb hónap van akár 350 is, most 210 lett", "hu", "income", "210000"),
    ("ha rossz hónap van 250, most 190 ment el", "hu", "expenses", "190000"),
    # a leading nothing and its reason
    ("0, mivel a szüleimnél lakom és ők adják a kaját is", "hu", "expenses", "0"),
    ("0 mert a kollégiumot meg az étkezést is az ösztöndíj fedezi", "hu", "expenses", "0"),
    # nothing later, the figure of now before it
    ("még két hónapig jön a 150, aztán semmi", "hu", "income", "150000"),
    # the month's spending in a sentence of its own after other figures
    ("a zsákot 8 ezerért veszem, 12-ért adom el. a kiadásom kb 205", "hu", "expenses", "205000"),
    ("bruttó 410, nettó 272. a lakás meg minden havonta 195", "hu", "expenses", "195000"),
    # near-miss kept as it was: items and the spending said as their sum
    ("lakbér 100, rezsi 30. a kiadásom 130", "hu", "expenses", "130000"),
    # near-miss kept as it was: the own figure beside a neighbour's word
    ("a szomszédom szerint sok, nekem 150 elmegy", "hu", "expenses", "150000"),
    # near-miss kept as it was: the month's pay named after the other period
    ("minden második hónapban jön egy prémium, a havi fizetésem 280", "hu", "income", "280000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # near-miss kept as it was: two cases, no figure of now
    ("ha jó hónap van 400, ha rossz 200", "hu", "income"),
    # near-miss kept as it was: the reason names a figure of its own
    ("0 mert a lakbért is a párom fizeti, de a kaja 40", "hu", "expenses"),
    # near-miss kept as it was: more said on top of the spending
    ("lakbér 100. a kiadásom 200, meg a kaja is", "hu", "expenses"),
    # another's spending the only figure
    ("a kolléganőm mondta, neki 200 megy el havonta", "hu", "expenses"),
    ("a haverom szerint neki kb 170 elmegy", "hu", "expenses"),
    # a lump sum later, nothing until then
    ("tavasszal egyben 300-at, addig semmit", "hu", "counter"),
    ("ha eladom a kocsit, az egészet, addig semmit", "hu", "counter"),
    # a figure of another period than the month
    ("minden második hónapban jön a megbízás, akkor 450", "hu", "income"),
    ("szombaton kapom a hetit, abból 45 elmegy", "hu", "expenses"),
    ("kethente 12 ezer", "hu", "other_debts"),
]  # fmt: skip

#: (text, the cause read)
CAUSES = [
    ("nyáron bezár az étterem, csak fele pénzt kapok", Cause.REDUCED_INCOME),
    ("télen csak a fizetésem felét kapom", Cause.REDUCED_INCOME),
    ("fele annyi pénzt kapok, mint tavaly", Cause.REDUCED_INCOME),
]


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_s41_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_s41_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(("text", "cause"), CAUSES)
def test_s41_hu_cause_is_read(text: str, cause: Cause) -> None:
    assert read_cause(text, "hu") is cause


def test_s41_hu_half_of_money_spent_is_no_reduced_income() -> None:
    assert read_cause("a fele pénzt elköltöttem a kocsira", "hu") is not Cause.REDUCED_INCOME
