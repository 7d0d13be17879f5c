"""Money families of round 52 in Hungarian, second lane, in words of our own: what is read, and
what is asked again.

Asked again: a hundred said twice in words before a thousand, two figures side by side
("száz nyolcvan száz kilencven ezer"), never one of tens of millions.
Asked again: an item of a pasted list given a question mark for its figure after its label's
mark or on its own line ("villany | ?", "villany: ?" and a new line).
Read: the pay beside a bonus or overtime said to be none, in either language ("bónusz nincs",
"overtime egyelőre nincs"): no "nothing" said of the pay.
Read: what is left to oneself said last ("nekem tisztán kb 230 marad"), after a rate for each
piece or a share taken that says how the month's comes about, ranges of counts and all.
Asked again: a figure in the hundreds with the rest unsaid ("háromszázas valami", "3 százas
valami"), where "valami" ends the clause.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # near-misses kept as they were: one hundred in each group of the thousands
    ("háromszáz húsz ezer", "hu", "expenses", "320000"),
    ("százezer kétszáz", "hu", "income", "100200"),
    ("twelve hundred", "en", "expenses", "1200"),
    # near-misses kept as they were: a list whose items all have figures
    ("albi | 95 000\nvillany | 20 000\nétel | 55 000", "hu", "expenses", "170000"),
    ("a havi kiadásom? 200", "hu", "expenses", "200000"),
    # the pay beside a bonus or overtime there is none of
    ("net 410 ezer, bónusz most nincs", "hu", "income", "410000"),
    ("kézhez 330, overtime egyelőre nincs", "hu", "income", "330000"),
    # near-miss kept as it was: the pay itself said to be none
    ("jutalom nincs, fizetés sincs", "hu", "income", "0"),
    # what is left to oneself said last, after a rate or a share taken
    ("egy óra masszázs 9 ezer, 30-40 óra, a szalon elviszi a harmadát, nekem kb 230 marad", "hu",
     "income", "230000"),
    ("darabonként 700, havonta 500-600 darab, nekem tisztán 280 marad", "hu", "income", "280000"),
    # near-miss kept as it was: "valami" going on to name what is bought
    ("300 valami kajára megy el", "hu", "expenses", "300000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # a hundred twice before a thousand: two figures
    ("száz nyolcvan száz kilencven ezer körül", "hu", "expenses"),
    ("kétszáz tíz kétszáz húsz ezer", "hu", "income"),
    # an item's figure a question mark on its line
    ("albi | 95 000\nvillany | ?\nétel | 55 000", "hu", "expenses"),
    ("albi: 95 000\nvillany: ??\nétel: 55 000", "hu", "expenses"),
    ("fizetés | 250 000\nborravaló | ?", "hu", "income"),
    # near-miss kept as it was: one's own pay none beside another's
    ("a férjem 400-at keres, nekem nincs semmi", "hu", "income"),
    # near-miss kept as it was: what is left beside what comes in, no rate said (after spending?)
    ("350 jön be, nekem 90 marad", "hu", "income"),
    # a figure in the hundreds, the rest unsaid
    ("kb háromszázas valami, nem számoltam", "hu", "expenses"),
    ("a kiadás olyan 1 százas valami", "hu", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_52b_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_52b_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
