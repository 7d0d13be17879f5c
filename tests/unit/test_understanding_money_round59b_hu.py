"""Money families left in round 59 in Hungarian after its first lane, in words of our own:
what is read, and what is asked again.

Read: a "kiló" (slang for a hundred thousand forints) in digits with the month after it and
nothing else ("2,5 kiló havonta"), or beside thousands in slang ("3 kiló meg 20 rongy"): the
sum in forints. Near-miss: kilos lost in a month ("3 kiló egy hónap alatt") stay a weight.
Read: one figure alone with a space slipped in after its first digit ("2 15 000 ft"): the
figure, 215 thousand. Near-miss: the same shape at a debt (maybe three payments) is asked again.
Read: "misi", slang for a million, as "millió" is ("évi 2,4 misi, havi 200": the month's).
Near-miss: a loan's principal in misi with its term is asked again, as in millió.
Read: at income, the hours worked a day as a clause of their own, the pay after ("10 óra
naponta, nettó 260"): the pay. Near-miss: an hourly rate after the hours is asked again.
Asked again: a figure spent together by two or three ("hárman 310-et költünk"), the own part
unsaid. Near-miss: what was spent together before, the own figure now, or the figure halved
("…, felezzük"), is read.
Asked again: the month's spending said to be still counted, one item's figure given meanwhile
("még számolom, a rezsi 30 az biztos"). Near-miss: "ha jól számolom", then items and their sum.
Asked again: at income, more said to come beside the figure as it comes ("hétvégén 30, meg
néha ami jön"). Near-miss: the net "ami jön" with its figure after.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a kiló with the month after it, or beside thousands in slang
    ("2,5 kiló havonta", "hu", "expenses", "250000"),
    ("1,2 kiló egy hónapra", "hu", "income", "120000"),
    ("3 kiló meg 20 rongy", "hu", "income", "320000"),
    ("1 kiló és 80 rugó", "hu", "income", "180000"),
    # a space slipped into a figure alone
    ("2 15 000 ft", "hu", "expenses", "215000"),
    ("1 92 500", "hu", "income", "192500"),
    # misi for a million
    ("évi 2,4 misi, havi 200", "hu", "income", "200000"),
    ("a misis hitelemre havonta 35 ezret", "hu", "counter", "35000"),
    # hours a day, the pay after
    ("10 óra naponta, nettó 260", "hu", "income", "260000"),
    ("napi 9 ora, 240 kezhez", "hu", "income", "240000"),
    # near-miss kept as it was: kilos lost in a month
    ("3 kiló egy hónap alatt lefogytam, a fizetésem 200", "hu", "income", "200000"),
    # near-miss kept as it was: what was spent together before, the own figure now
    ("ketten kb 300-at koltottunk, most egyedul kb 190", "hu", "expenses", "190000"),
    ("a húgommal ketten 260at költünk, felezzük", "hu", "expenses", "130000"),
    # near-miss kept as it was: counting done, items and their sum
    ("ha jól számolom, a lakás 100, rezsi 30, az 130", "hu", "expenses", "130000"),
    # near-miss kept as it was: the net that comes, its figure after
    ("a nettó ami jön 215", "hu", "income", "215000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # near-misses kept as they were: a debt's figure with a space, a loan's principal and term
    ("3 12 500", "hu", "other_debts"),
    ("autóhitel 2,5 misi 5 évre", "hu", "other_debts"),
    # near-miss kept as it was: an hourly rate after the hours
    ("napi 8 óra, 2000 ft óránként", "hu", "income"),
    # a figure spent together, the own part unsaid
    ("hárman 310-et költünk", "hu", "expenses"),
    ("ketten kb 240et koltunk el", "hu", "expenses"),
    # still counted, one item's figure meanwhile
    ("még számolom, a rezsi 30 az biztos", "hu", "expenses"),
    ("most szamolgatom, albi 95", "hu", "expenses"),
    # more to come as it comes, unsized
    ("hétvégén 30, meg néha ami jön", "hu", "income"),
    ("a nyugdíj 150 meg ami összejön", "hu", "income"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_59b_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_59b_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
