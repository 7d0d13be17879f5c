"""Money families of round 51 in Hungarian, a second pass (and rounds 48 to 50's misreads), in
words of our own: what is read, and what is asked again.

Read: the month's items beside things or people counted at one occasion of one's work, the
count no money ("egy koncerten 800 nézőt látok", "egy folyosón 30 beteg").
Read: the amount of a bank's note beside the year and month it names, the date no money
("NYUGDÍJ 2025.03 +201 400 Ft").
Asked again: spending for each event of a kind, how many a month not said ("minden versenyre
20 ezer nevezési díj", "piacnapokon elmegy 8 ezer").
No figure read: the spending left as a word only once such a count is set aside.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # things or people counted at one occasion of one's work, beside the month's items
    ("jegyszedő vagyok, egy koncerten 800 nézőt engedek be. albérlet 80, kaja 50", "hu",
     "expenses", "130000"),
    ("ápoló vagyok, egy folyosón 30 beteg. lakás 70, rezsi 25", "hu", "expenses", "95000"),
    ("pincér vagyok, egy műszakban 25 asztalt viszek. lakbér 100, kaja 40", "hu", "expenses",
     "140000"),
    # near-misses kept as they were: money said at one occasion keeps its word or its verb
    ("egy estén 20 ezret keresek", "hu", "income", "20000"),
    ("egy lagzin 60 jön össze, havi egy lagzi van", "hu", "income", "60000"),
    # a year and a month a bank's note names for a payment, beside its label
    ("NYUGDÍJ 2025.03 jóváírás +201 400 Ft", "hu", "income", "201400"),
    ("Jóváírás 2023.09. BÉR 310 000", "hu", "income", "310000"),
    # near-miss kept as it was: a figure said with its currency
    ("a bérem 2024.10 ft", "hu", "income", "2024.10"),
    # near-misses kept as they were: every month or week said, not every event
    ("minden hónapban 150 megy el", "hu", "expenses", "150000"),
    ("minden kiadásra együtt 200 megy el", "hu", "expenses", "200000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # spending for each event of a kind, how many a month not said
    ("minden versenyre 20 ezer nevezési díj megy, a lakás 90", "hu", "expenses"),
    ("piacnapokon elmegy 8 ezer, egyébként a rezsi 30", "hu", "expenses"),
]  # fmt: skip

#: (text, language, question): no figure read, the spending left as a word only once the count
#: at one occasion is set aside
NOT_READ = [
    ("100 órát dolgoztam a hónapban, egy este 150 vendéget szolgálok ki, költeni sokat költök",
     "hu", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_51b_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_51b_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(("text", "language", "question"), NOT_READ)
def test_round_51b_hu_no_money_is_read(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question).amount is None
