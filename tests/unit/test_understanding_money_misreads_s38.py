"""Money misreads found in session 38 beside round 56's lanes, in words of our own.

Asked again: the paper that holds the figure said not to be at hand, no figure given ("its on
the payslip, i havent got it on me", "a bérjegyzék most nincs nálam", "工资条我手边没有"): the
figure exists and is not none ("nincs" and "没有" were read as zero).
Near misses that stay: none said outright beside it ("nincs jövedelmem", "没有收入 手边什么都没
有"), and money not at hand ("手边没有钱 一分收入都没有") is still none.
Asked again: a lone gross pay beside "the net" said without a figure of its own ("2,100 gross,
not sure of the net"): the take-home word made the figure of before read as today's.
Near misses that stay: the net's own figure said ("2,100 gross, 1,700 net" is 1,700).
Never added: a small count of the trade's things said first in its clause ("6 boats in for
repair, wage is 1,650") to the figure beside it (it read 1,656); asked again.
Near misses that stay: money, costs and periods counted the same way ("200 bills", "20 subs")
are items of the list.
Asked again: a lone figure under ten with a fraction, no currency named, at the pay or the
spending ("about 1.3", "1.7 a month i think"): a month's figure in thousands with the thousand
left unsaid, never £1.30.
Near misses that stay: "1.7k a month" (the thousand said), "£1.30", "2.5元" (a currency named).
Read: the whole said after its parts "with those" (and another item) put in ("school trips 30
and dinners 55, all in with those and the rent its 1,180"): the whole, not the parts added to it.
Read at the offer: the spare, then what is paid and what is kept back of it ("about 140 spare,
so put 110 and ill keep 30 for the car"): the part paid, where the two make the spare.
Near misses that stay: parts that do not make the spare, or no spare said before, asked again.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question)
ASKED_AGAIN = [
    ("its whatever the payslip says, i havent got it on me", "en", "income"),
    ("the statement has it but i dont have it to hand", "en", "expenses"),
    ("amennyi a bérjegyzéken van, most nincs nálam", "hu", "income"),
    ("a kivonat nincs itt nálam, azon rajta van", "hu", "other_debts"),
    ("就是工资条上的数 工资条我现在手边没有", "zh", "income"),
    ("账单不在手边 回头再看", "zh", "expenses"),
    ("bruttó 480, a nettót nem tudom fejből, a papír nincs nálam", "hu", "income"),
    ("1,950 gross a month, no idea what the net comes to", "en", "income"),
    ("its 2,300 before tax, the net changes", "en", "income"),
    ("6 boats in for repair, wage is 1,650", "en", "income"),
    ("joiner. 14 staircases booked this spring, my pay is 2,050", "en", "income"),
    ("about 1.3", "en", "expenses"),
    ("1.7 a month i think", "en", "income"),
    ("一个月大概2.6", "zh", "income"),
    ("about 140 spare, so put 110 and ill keep 50 for the car", "en", "counter"),
    ("put 60 and ill keep 15 for the kids", "en", "counter"),
]  # fmt: skip

#: (text, language, question, the amount read)
READ = [
    ("nincs jövedelmem, semmi", "hu", "income", "0"),
    ("没有收入 手边什么都没有", "zh", "income", "0"),
    ("手边没有钱 一分收入都没有", "zh", "income", "0"),
    ("nothing coming in at all", "en", "income", "0"),
    ("1,950 gross, 1,610 net", "en", "income", "1610"),
    ("rent 500, 200 bills, food 150", "en", "expenses", "850"),
    ("20 subs, rent 700", "en", "expenses", "720"),
    ("1.7k a month", "en", "income", "1700"),
    ("£1.30", "en", "expenses", "1.30"),
    ("2.5元", "zh", "expenses", "2.5"),
    ("school trips 30 and dinners 55, all in with those and the rent its 1,180", "en", "expenses",
     "1180"),
    ("the vet plan 12 and the dentist 18, with those its 940", "en", "expenses", "940"),
    ("mobile 25 and bus 40, with them and everything else im at 1,020", "en", "expenses", "1020"),
    ("about 140 spare, so put 110 and ill keep 30 for the car", "en", "counter", "110"),
    ("i have 75 left most months, pay 60 and keep 15 back", "en", "counter", "60"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)
