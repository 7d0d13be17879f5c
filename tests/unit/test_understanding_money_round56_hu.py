"""Money families of round 56 in Hungarian, in words of our own: what is read, and what is
asked again.

Read: the two figures' total or average said last, after them ("a nyugdíj 120, a bejárás 90,
a kettő 210", "márc 170, ápr 176, a kettő átlaga 173"): the figures before are its parts.
Near-miss: "a kettő között" (somewhere between) and "a kettő közül" (one of them) stay asked
again.
Read: the part paid of a term written as a fraction ("5/36. részlet"): a count, no money, beside
the payment. Near-miss: the payment alone stays read.
Read: a loan's whole and its balance left, said after the monthly payment ("a 300 ezerből még
180 van hátra"): balances, not summed into the payment.
Asked again: a figure said for the year "éves szinten" at expenses or income. Near-miss: a
month's figure stays read.
Asked again: at income, a figure brought in together with a partner ("a férjemmel együtt 610"),
the own part unsaid. Near-miss: the own figure said beside it is read, and at expenses a
household's spending with a partner stays read.
Read: a bound said first, then the figure within it ("biztosan nem több 250-nél, olyan
235"), and a margin of a few thousand in words after the figure ("205 plusz-mínusz pár ezer").
Near-miss: a bound left alone ("legalább 260") stays asked again.
Read: at income, what is left after the costs ("a költségek után 240 maradt", "hónap végén
átlagban marad 200"), said after the takings or a piece's price. Near-miss: takings alone stay
asked again.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the two's total or average said last
    ("a nyugdíj 120, a bejárás 90, a kettő 210", "hu", "income", "210000"),
    ("márc 170 500, ápr 176 100, a kettő átlaga 173 300", "hu", "expenses", "173300"),
    ("fizetés 240, műszakpótlék 28, ez a kettő mindig megjön, 268", "hu", "income", "268000"),
    # the part paid of a term as a fraction, beside the payment
    ("Provident kölcsön 9 490 Ft/hó, 5/36. részlet", "hu", "other_debts", "9490"),
    ("a tévé részlete 11 ezer, a 7/12 résznél tartok", "hu", "other_debts", "11000"),
    # a loan's balance left of its whole, after the payment
    ("a céges kölcsönből 25 ezret vonnak le, a 300-ból még 180 van hátra", "hu", "other_debts",
     "25000"),
    # a bound, then the figure within it; a margin in words after the figure
    ("biztosan nem több 250-nél, olyan 235", "hu", "expenses", "235000"),
    ("legalább 260 jön, de inkább 275", "hu", "income", "275000"),
    ("a havi költés 205 plusz-mínusz pár ezer", "hu", "expenses", "205000"),
    # at income, what is left after the costs
    ("darabra fizetnek, 9 ezer egy ajtó, a költségek után 240 maradt", "hu", "income",
     "240000"),
    ("napi 50-70 a bevétel a vásárokon, de hónap végén átlagban marad 200", "hu", "income",
     "200000"),
    # near-miss kept as it was: a month's figure
    ("havonta 175 megy el", "hu", "expenses", "175000"),
    # near-miss kept as it was: the own figure beside the partner's together
    ("a párommal együtt 540, az enyém 270", "hu", "income", "270000"),
    # near-miss kept as it was: a household's spending with a partner at expenses
    ("a kiadásunk a férjemmel együtt 290", "hu", "expenses", "290000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # near-miss kept as it was: between or one of the two
    ("jan 180, feb 195, valahol a kettő között", "hu", "expenses"),
    ("jan 180, feb 195, a kettő közül a nagyobb", "hu", "expenses"),
    # near-miss kept as it was: a self-employed's takings alone
    ("vállalkozó vagyok, a bevétel havi 900", "hu", "income"),
    # near-miss kept as it was: a bound left alone
    ("legalább 260 jön be", "hu", "income"),
    # a year's figure "éves szinten"
    ("éves szinten 2,4 millió megy el", "hu", "expenses"),
    ("éves szinten olyan 3,3 millió jön be", "hu", "income"),
    # brought in with a partner, the own part unsaid
    ("a férjemmel együtt 610 jön be", "hu", "income"),
    ("az élettársammal közösen kb 480", "hu", "income"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_56_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_56_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
