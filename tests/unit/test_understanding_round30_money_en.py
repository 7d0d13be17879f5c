"""Money families of blind round 30 (English): digits from another keyboard, Irish "grand", sums
written with "=", figures that measure or tally something else, and amounts only pointed at."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # Arabic-Indic digits from a phone set to Arabic (and the extended ones)
        ("١٢٨٠ a month after tax", "en", "income", "1280"),
        ("۷۵ a month", "en", "counter", "75"),
        ("havonta ٢٤٠ ezer", "hu", "income", "240000"),
        ("每个月花٤٥٠٠", "zh", "expenses", "4500"),
        # "grand" alone is Irish for fine, no thousand
        ("grand so, take home is 1,410", "en", "income", "1410"),
        ("its grand, about 960 all in", "en", "expenses", "960"),
        ("about a grand a month", "en", "income", "1000"),
        # a sum written out with its result after "="
        ("1500-240 maintenance = 1260 in my hand", "en", "income", "1260"),
        ("weekly pay, 280 x 4 = 1120 a month", "en", "income", "1120"),
        ("shop 3 x 60 = 180, rent 520, bills 140", "en", "expenses", "840"),
        ("rent 520, gas 70, food 210 = 800", "en", "expenses", "800"),
        ("havi 330 ezer - 50 ezer levonás = 280 ezer", "hu", "income", "280000"),
        ("工资7000-800=6200", "zh", "income", "6200"),
        # a leading point and "&" in spelled numbers; a margin in slang
        ("about .85k after tax", "en", "income", "850"),
        ("eight hundred & forty", "en", "expenses", "840"),
        ("roughly 1,050 give or take a ton", "en", "expenses", "1050"),
        # figures that measure or tally something else
        ("1,270 for the 2025/26 tax year", "en", "income", "1270"),
        ("since 03/09 take home is 1,180", "en", "income", "1180"),
        ("below the 12,570 allowance, 990 a month", "en", "income", "990"),
        ("pay period 11, net 1,233.40", "en", "income", "1233.40"),
        ("3-0 up at half time, wage 1,390", "en", "income", "1390"),
        ("wage 1,280, my shift is 6-2", "en", "income", "1280"),
        ("sofa 45 a month (12 of 36 paid)", "en", "other_debts", "45"),
        ("shoes in size 11 and size 3, a month is about 1,150", "en", "expenses", "1150"),
        ("put on 3 kg, wage is 1,150", "en", "income", "1150"),
        ("diesel is 1.52 a litre, i take home 1,420", "en", "income", "1420"),
    ],
)
def test_round30_amounts_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # paid by the piece, how many pieces unsaid
        ("music lessons, 25 a lesson", "en", "income"),
        ("i rent my spare room out, 60 a night", "en", "income"),
        ("£12 for every dog i take out", "en", "income"),
        ("alkalmanként 8 ezer, attól függ hány van", "hu", "income"),
        ("每节课两百，看有几节", "zh", "income"),
        # an hourly rate by the hours, a year's salary, a figure only pointed at
        ("11.44 x 20 hours", "en", "income"),
        ("im on 31 grand", "en", "income"),
        ("about twice my rent, rent is 700", "en", "income"),
        ("begins with a 2, its four figures", "en", "income"),
        ("the wrong side of 1,200", "en", "expenses"),
        # a figure for each kind of shift; an amount that changes; repaid in one go
        ("1,200 on earlies, 1,400 on lates", "en", "income"),
        ("gym 30, the klarna changes every month", "en", "other_debts"),
        ("short term loan, 250 due on the 1st, all in one go", "en", "other_debts"),
        # items without a figure, or one whatever it costs
        ("rent 700, water, gas, phone, etc", "en", "expenses"),
        ("food is 3 x whatever the weekly shop costs, rent 550", "en", "expenses"),
    ],
)
def test_round30_amounts_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
