"""Money misread in Hungarian in rounds 31-41, by family, in words of our own: what is read, and
what is asked again.

Read: a side job named, then "abból" with its pay: a second income added, not a part of the
first ("nyugdíj 150 ezer, mellette takarítok, abból havi 60"); a carer's allowance named after
the one cared for, the cardholder's own ("ápolási díj 70 ezer a nagymamám után").
Asked again: a cost split, then its whole said, the own part not ("a bátyámmal felezünk, az
egész 90"); an item said never to be counted, or maybe counted twice ("kaja... azt sosem
számolom", "lehet hogy a benzint kétszer számoltam"); a part added to a figure, then said to
vary ("fizu 240 + prémium, ami ingadozik", "ezen felül a tankolás, az ahogy jön").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a side job named, then "abból" with its pay: a second income
    ("rokkantnyugdíj 110 ezer, mellette takarítok egy irodában, abból havi 60", "hu", "income",
     "170000"),
    ("ösztöndíjam 40 ezer meg hétvégén futárkodok, abból 70 jön", "hu", "income", "110000"),
    # a carer's allowance named after the one cared for: the cardholder's own
    ("ápolási díj 70 ezer a nagymamám után, mellette 6 órában dolgozom, abból 120", "hu",
     "income", "190000"),
    # (not the job's part kept: "abból … marad" is a part of the whole before it)
    ("bruttó 420, 8 órában dolgozom, abból 280 marad", "hu", "income", "280000"),
    # (not an item left out on purpose: the figure is said without it)
    ("a parkolást a cég fizeti, azt nem számolom, havi 164", "hu", "expenses", "164000"),
    # the split said after the figure, the whole halved as before
    ("albérlet 170, a párommal felezzük", "hu", "expenses", "85000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN = [
    # a cost split, then its whole said, the own part not
    ("a bátyámmal felezünk mindent, az egész 90", "hu", "expenses"),
    ("a kocsihitelt a párommal felezzük, összesen 64", "hu", "other_debts"),
    ("felét a fiam fizeti, felét én, összesen 240 a rezsi meg a kaja", "hu", "expenses"),
    # an item said never to be counted, or maybe counted twice
    ("lakbér 130, villany 18, tankolás... azt sosem számolom", "hu", "expenses"),
    ("kb 190, de lehet hogy a benzint kétszer számoltam", "hu", "expenses"),
    # a part added to a figure, then said to vary
    ("fizu 240 + prémium, ami tavaly 30 volt, de ingadozik", "hu", "income"),
    ("albi 110, ezen felül a tankolás, az meg ahogy jön", "hu", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_s30_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_s30_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
