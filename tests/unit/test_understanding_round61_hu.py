"""Money families of round 61 in Hungarian, in words of our own: what is read, and what is
asked again.

Read: at income, the own pay said beside a partner's, each named right before its figure ("a
feleségem 300, én 210"), and the couple's whole said last as their sum ("a fizum 230, a férjem
340, együtt 570"): the own pay. Near-miss: a whole that is no sum of the two stays as it was
read; a partner's figure beside one named neither way, or a bare own figure beside the
partner's said in thousands ("380 ezret …, én 190-et": 190 what?), is asked again.
Asked again: a figure earned together by two or three, the figure said before the verb
("ketten 610-et keresünk"), and at expenses a figure spent with a partner with a verb of
spending together ("a férjemmel együtt 260 megy el"): the own part is unsaid. Near-miss: the
household's spending named as the figure ("a kiadásunk a párommal együtt 318") is read.
Read: today's figure beside a rise or fall to come said by how much ("most 165, februártól
emelik 12-vel"): today's, not the two added. Near-miss: a figure it rises "to" stays as it was
read; items listed with no change are added.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the own pay beside a partner's, the whole said last or not
    ("a fizum 230, a férjem 340, együtt 570", "hu", "income", "230000"),
    ("a fizetésem 210, a feleségemé 190, összesen 400", "hu", "income", "210000"),
    ("a feleségem 300, én 210", "hu", "income", "210000"),
    ("az élettársam nyugdíja 180, az enyém 205", "hu", "income", "205000"),
    # today's figure beside a change to come said by how much
    ("most 165, februártól emelik a lakbért 12-vel", "hu", "expenses", "165000"),
    ("jelenleg 240, jövő hónaptól 20 ezerrel nő", "hu", "income", "240000"),
    # near-misses kept as they were: a figure it rises to, items with no change
    ("a lakbér 110, januártól 130-ra emelik", "hu", "expenses", "110000"),
    ("lakbér 120, rezsi 30", "hu", "expenses", "150000"),
    # near-miss kept as it was: the household's spending named as the figure
    ("a kiadásunk a férjemmel együtt 305", "hu", "expenses", "305000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # near-miss kept as it was: a partner's figure beside one named neither way
    ("a párom 410, anyám 120", "hu", "income"),
    # near-miss kept as it was: a bare own figure beside the partner's in thousands
    ("a párom 380 ezret keres, én 190-et", "hu", "income"),
    # earned together, the figure before the verb
    ("ketten 610-et keresünk", "hu", "income"),
    ("hárman kb 700-at hozunk haza", "hu", "income"),
    # spent with a partner, a verb of spending together
    ("a férjemmel együtt 260 megy el", "hu", "expenses"),
    ("az élettársammal közösen kb 310-et költünk", "hu", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_61_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_61_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
