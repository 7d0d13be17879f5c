"""Money families of round 57 in Hungarian, in words of our own: what is read, and what is
asked again.

Read: a slip owned before the right figure ("260, nem, elírtam, 206", "elgépeltem: 60"): the
figure after it is the answer, not a sum of both. Near-miss: a slip owned after the right
figure ("201, elírtam") keeps that figure.
Read: a figure said to be left out by the cardholder ("azt kihagyom", "azt most nem
számolom"): the rest is the answer.
Read: a bill named by its other period, a few words on its figure, then the month's share the
cardholder makes of it ("negyedéves, 30 ezer, havi 10-nek veszem", "kéthavonta vonják le, 8
ezer, az havi 4"): the share is an item of the list. Near-miss: a period's figure not shared
out stays asked again.
Read: at expenses, the pay said first, then the part of it that goes on the month ("ebből a
kiadás 210", "abból 260 el is megy"). Near-miss: at income the pay stays the answer.
Read: the 13th month's pay named with an ending ("a 13. havimat", "a 13. havit"): an ordinal,
no money.
Read: a sum in another currency, then the cardholder's own forints of it with "ami" ("1500
euró, ami kb 590 ezer ft"): the forints, not the two added. Near-miss: "ami" with no forints
after it stays as it was.
Asked again: two figures said last, each with a question mark ("210? 230? nem tudom").
Near-miss: a figure settled on after them ("210? nem, 215") stays read.
Asked again: an item's bill or payment said last not to be remembered ("a hűtős részletre
nem emlékszem"), other figures before it. Near-miss: the exact sum of a figure said ("a pontos
összegre nem emlékszem") names no item and stays read.
Asked again: at income, the one figure named as the spending or a debt ("a kiadásom 190
körül", "a tartozásom 480 ezer"). Near-miss: the pay said beside it is read, and at expenses
the spending stays read.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a slip owned before the right figure
    ("a bevételem 260, nem, elírtam, 206", "hu", "income", "206000"),
    ("lakbér 120, kaja 80, elgépeltem: 60 a kaja", "hu", "expenses", "180000"),
    # near-miss kept as it was: the slip owned after the right figure
    ("210, illetve 201, elírtam", "hu", "expenses", "201000"),
    # an item left out or paid by another, the rest said after
    ("az edzőterem 20, azt kihagyom, albi 100 kaja 50", "hu", "expenses", "150000"),
    ("a bérlet évi 90 ezer, azt kihagyom. havi 170", "hu", "expenses", "170000"),
    ("a nagyi 10 ezret ad, azt most nem számolom, a fizu 190", "hu", "income", "190000"),
    # a bill of another period shared out by the cardholder
    ("a biztosítás negyedéves, 30 ezer, havi 10-nek veszem. albi 100, kaja 50", "hu",
     "expenses", "160000"),
    ("a csatornát kéthavonta vonják le, 8 ezer, az havi 4. lakás 90, kaja 60", "hu",
     "expenses", "154000"),
    # at expenses, the part of the pay that goes on the month
    ("a fizetésem 250, ebből a kiadás 210", "hu", "expenses", "210000"),
    ("kapok 300-at, abból 260 el is megy a számlákra", "hu", "expenses", "260000"),
    # near-miss kept as it was: at income, the pay
    ("kapok 300-at, abból 260 el is megy a számlákra", "hu", "income", "300000"),
    # the 13th month's pay with an ending, beside the month's figure
    ("a 13. havimat nem számolom, havi 280", "hu", "income", "280000"),
    ("a 13. havit félreteszem, albi 100, rezsi 30", "hu", "expenses", "130000"),
    # the forints a foreign sum comes to, said with "ami"
    ("havi 1500 euró, ami kb 590 ezer ft", "hu", "income", "590000"),
    ("a lakbér 400 euró, ami 160 ezer forint, kaja 60", "hu", "expenses", "220000"),
    # near-miss kept as it was: the exact sum not remembered, no item named
    ("a személyi 35, a pontos összegre nem emlékszem", "hu", "other_debts", "35000"),
    # near-miss kept as it was: a figure settled on after a guess
    ("210? nem, 215", "hu", "expenses", "215000"),
    # near-miss kept as it was: the pay beside the spending; the spending at expenses
    ("a kiadásom 190, a fizetésem 250", "hu", "income", "250000"),
    ("a kiadásom 190 körül", "hu", "expenses", "190000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # near-miss kept as it was: a period's figure not shared out
    ("a biztosítás évente 60, albi 100, kaja 50", "hu", "expenses"),
    ("a biztosítás negyedévente 30, havi 200 a többi", "hu", "expenses"),
    # near-miss kept as it was: "ami" with no forints after it
    ("2000 euró jön, ami sok", "hu", "income"),
    # figures guessed with question marks
    ("minden elmegy, 210? 230? nem tudom", "hu", "expenses"),
    ("190? vagy 200?", "hu", "income"),
    # an item's bill or payment not remembered, beside other figures
    ("lízing 30 meg a hűtő, a hűtős részletre nem emlékszem", "hu", "other_debts"),
    ("albi 100, kaja 50, a villanyszámlára már nem emlékszem", "hu", "expenses"),
    # at income, the spending's or a debt's figure alone
    ("a kiadásom 190 körül", "hu", "income"),
    ("a tartozásom 480 ezer, ennyit tudok", "hu", "income"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_57_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_57_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
