"""Money families of round 61 in Hungarian (third pass), in words of our own: what is read, and
what is asked again.

Read: at expenses, a "nothing" said of what brings money in ("a műhely nem hoz semmit", "nem
keresek semmit") beside the figure one gets by on: the figure, for the nothing is the earnings,
not the spending. Near-misses: the same at income, or a nothing said of the spending itself
("semmit se költök") beside another's figure, stay asked again.
Asked again (a misread before): two figures, one with a part and one without it ("ha a kaját
is, akkor 200, anélkül 140", "nélküle 60, vele 95"): which holds is not said. Near-misses: one
figure said without a part, or the figure worked out without it ("szóval nélküle 150"), stay
read.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a nothing said of the earnings, beside what is spent
    ("a műhely most nem hoz semmit, de 150-ből kijövünk", "hu", "expenses", "150000"),
    ("nem keresek semmit, de 90-ből megélek", "hu", "expenses", "90000"),
    # near-miss kept as it was: the figure one gets by on, said alone
    ("kb 95-ből kijövök", "hu", "expenses", "95000"),
    # near-misses kept as they were: one figure without a part, or worked out without it
    ("a lakbér nélkül 95", "hu", "expenses", "95000"),
    ("a bank szerint 190, de benne van egy 40-es javítás, szóval nélküle 150", "hu", "expenses",
     "150000"),
    ("230 jött ki, de benne van a szemüveg, nélküle 195", "hu", "expenses", "195000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # near-misses kept as they were: at income, or a nothing said of the spending
    ("a bolt nem hoz semmit, de a nyugdíj 120", "hu", "income"),
    ("semmit se költök, a párom fizet 200-at", "hu", "expenses"),
    # a figure with a part and one without it
    ("ha a kaját is, akkor 200, anélkül 140", "hu", "expenses"),
    ("nélküle 60, vele 95", "hu", "income"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_61c_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_61c_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
