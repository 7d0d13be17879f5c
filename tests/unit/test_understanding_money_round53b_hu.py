"""Money families of round 53 in Hungarian, a second lane, in words of our own: what is read,
and what is asked again.

Read: a "kiló" in digits as slang for a hundred thousand forints, after a word for the month,
the rent, the pay or the pension and with nothing weighed after it ("lakbér 1,1 kiló", "havonta
2 kiló marad"). Near-miss: a kilo of something ("havi 2 kiló kávé") or one with no such word
before ("lefogytam 4 kilót") stays a weight.
Asked again: a week's figure said first in English, "weeks" typed without its s ("every 2 week
90 ezer", "every week 35 ezer"). Near-miss: a month's figure after a week said of the payday
stays read.
Read: of a debt, a sum said to be paid in already ("már befizettem") beside the month's payment:
the payment, not the two added. Near-miss: such a sum said alone stays as it was.
Read: of debts, a figure right after "havi" in a clause that names the debt ("tartozás"): a
payment, added to the others, not a balance left out. Near-miss: a balance said with no "havi"
beside a payment stays left out.
Read: of spending, a cost said right after its figure to be a business's ("az külön business",
"az a vállalkozásé", "az céges") set aside when other figures follow: the own costs. Near-miss: a
shop's cost said with no such clause stays added.
Read: thousands said before "month" typed in English ("90 ezer month"): a month's sum, never
ninety thousand months; "mais nada" after it is nothing else, not a nothing.
Asked again: the rest of the spending said to be added up or sent later ("a többit majd holnap
összeadom"); a whole shared, the parts said to be unequal ("nem egyformán fizetünk"); two
figures each of "some month", "month" typed without its s. Near-miss: the rest named with its
figure after stays added.
Read: a figure beside "semmi extrát" or "semmi különöset" (nothing extra bought or eaten): the
figure, no nothing said.
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
    # a sum paid in already, beside the month's payment
    ("a kölcsön havi 30 ezer, 8 ezret már visszafizettem", "hu", "other_debts", "30000"),
    ("havi 18 a részlet, már 54-et befizettem", "hu", "other_debts", "18000"),
    # near-miss kept as it was: such a sum alone
    ("már 40-et befizettem", "hu", "other_debts", "40000"),
    # a figure after "havi" in a clause that names the debt: a payment
    ("a közműtartozás havi 12, meg a bátyámnak 8", "hu", "other_debts", "20000"),
    # near-miss kept as it was: a balance with no "havi", beside a payment
    ("tartozás 600 ezer, havi 25", "hu", "other_debts", "25000"),
    # a business's cost set aside, the own costs after it
    ("a műhely bérlése 45 ezer, az külön business, albi 120, kaja 55", "hu", "expenses",
     "175000"),
    ("a bolt rezsije 35, az a vállalkozásé, lakás 110, kaja 50", "hu", "expenses", "160000"),
    # near-miss kept as it was: a shop's cost with no such clause
    ("üzlet 40, lakás 90", "hu", "expenses", "130000"),
    # thousands before "month" in English, "mais nada" after
    ("90 ezer month", "hu", "income", "90000"),
    ("gitárórákat adok, 140 ezer month, mais nada", "hu", "income", "140000"),
    # near-miss kept as it was: the rest named with its figure after
    ("albi 110, a többit megírom: kaja 45", "hu", "expenses", "155000"),
    # "semmi extrát" beside a figure: nothing extra, not a nothing
    ("havi 210 mindennel, nem veszek semmi extrát", "hu", "expenses", "210000"),
    ("160 a havi, nem csinálunk semmi különöset", "hu", "expenses", "160000"),
]  # fmt: skip

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # a week's figure said first in English, "weeks" without its s
    ("every 2 week 90 ezer", "hu", "income"),
    ("every week 35 ezer", "hu", "income"),
    ("kaja every week 20 ezer, lakás 100", "hu", "expenses"),
    # the rest to be added up later
    ("albi 110, rezsi, bérlet... a többit majd holnap összeadom", "hu", "expenses"),
    ("lakás 90, a többit még ki kell számolnom", "hu", "expenses"),
    # a whole shared, the parts unequal
    ("négyen lakunk, 320 az egész, de nem egyformán fizetünk", "hu", "expenses"),
    ("a rezsi 60 az egész, a tesómmal nem ugyanannyit adunk bele", "hu", "expenses"),
    # two figures each of "some month"
    ("lakás 70, food some month 40 some month 60", "hu", "expenses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_53b_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_53b_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
