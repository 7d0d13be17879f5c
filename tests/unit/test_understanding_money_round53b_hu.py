"""Money families of round 53 in Hungarian, a second lane, in words of our own: what is read,
and what is asked again.

Read: a "kiló" in digits as slang for a hundred thousand forints, after a word for the month,
the rent, the pay or the pension and with nothing weighed after it ("lakbér 1,1 kiló", "havonta
2 kiló marad"). Near-miss: a kilo of something ("havi 2 kiló kávé") or one with no such word
before ("lefogytam 4 kilót") stays a weight.
Asked again: a week's figure said first in English, "weeks" typed without its s ("every 2 week
90 ezer", "every week 35 ezer"). Near-miss: a month's figure after a week said of the payday
stays read.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a "kiló" as a hundred thousand forints after the rent, the month or the pay
    ("lakbér 1,1 kiló, rezsi 35", "hu", "expenses", "145000"),
    ("havonta 2 kiló marad nekem", "hu", "income", "200000"),
    ("a fizum 2,4 kiló", "hu", "income", "240000"),
    # near-miss kept as it was: a weight lost, no money word before it
    ("lefogytam 4 kilót, kaja 50", "hu", "expenses", "50000"),
    # near-miss kept as it was: the month's figure after a week said of the payday
    ("every week they pay, 1600 a month", "en", "income", "1600"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # a week's figure said first in English, "weeks" without its s
    ("every 2 week 90 ezer", "hu", "income"),
    ("every week 35 ezer", "hu", "income"),
    ("kaja every week 20 ezer, lakás 100", "hu", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_53b_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_53b_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
