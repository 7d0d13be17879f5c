"""Money families of round 53 in Chinese left after a first lane, in words of our own: what is
read, and what is asked again.

Read: a loan someone lent, its monthly deduction and another debt's payment, the clauses split by
spaces only ("公司借我八千 工资每月扣四百 网贷一个月三百" is 700: the loan's size is no payment);
the pay a payment is deducted from is no income said beside it ("每个月从工资里扣五百"); a sum
said to be paid back already beside the month's payment ("车贷每月两千五 已经还了五百" is 2500:
what is paid off so far is no payment of a month).

Asked again: the pay said before tax, then a sum taken off it, with no name or said roughly, the
net unsaid ("税前六千五 扣了七百多"); the insurance's own part named before the deduction
("月薪五千 社保个人部分每月扣四百": no sum to add); pay said to come every week, its weekday
named or not ("每个星期六发工资 上个礼拜六拿了八百四": a week's pay); a lower bound offered with
the verb of what can be borne ("至少给得出三百": the most is not said); another item's figure
forgotten, no "多少" said, the forgetting the last words ("白条两百 另一笔记不住了").

Near misses, read as before: the loan and its deduction alone; a debt owed to a friend with no
monthly word beside two monthly payments; a payment said last month beside this month's, and a
sum paid already said alone; the net said after the gross and its deduction; the month's whole
said after the weekly pay ("这个月一共"); pay on a day of the month; an offer with no bound; a
thing forgotten to do ("水电忘了交"), the figure's own forgetting ("好像记不清了").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a loan lent, its deduction from the pay, another debt: the clauses split by spaces
    ("公司借我八千 工资每月扣四百 网贷一个月三百", "zh", "other_debts", "700"),
    ("厂里借我六千 每月工资里扣三百 还有白条一百五", "zh", "other_debts", "450"),
    ("厂里借我六千，每月工资里扣三百，还有白条一百五", "zh", "other_debts", "450"),
    # near misses, read as before
    ("厂里借我六千 每月工资里扣三百", "zh", "other_debts", "300"),
    ("借了同事三千 每月还三百 白条一百", "zh", "other_debts", "400"),
    # a sum paid back already beside the month's payment
    ("房贷每个月3200，已经还了一万二", "zh", "other_debts", "3200"),
    ("信用贷一个月七百 已还两千 白条一百", "zh", "other_debts", "800"),
    # near misses: the sum paid already alone
    ("已经还了三百", "zh", "other_debts", "300"),
    # near misses: the net said after the gross and the deduction
    ("税前六千五 扣了七百多 到手五千八", "zh", "income", "5800"),
    # near misses: the month's whole after the weekly pay, a day of the month, an offer
    ("每个星期六发 这个月一共拿了三千六", "zh", "income", "3600"),
    ("每个月十号发工资 上个月拿了四千一", "zh", "income", "4100"),
    ("每个月还得起三百", "zh", "counter", "300"),
    # near misses: a thing forgotten to do, the figure's own forgetting
    ("房租一千二 网费忘了交", "zh", "expenses", "1200"),
    ("吃饭一千五 好像记不清了", "zh", "expenses", "1500"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # the pay before tax, a sum taken off it, the net unsaid
    ("税前六千五 扣了七百多", "zh", "income"),
    ("应发7300 公积金个人部分扣了五百来块", "zh", "income"),
    # the own part of the insurance named before the deduction
    ("月薪五千 社保个人部分每月扣四百", "zh", "income"),
    # pay every week, its weekday named or not
    ("每个星期六发工资 上个礼拜六拿了八百四", "zh", "income"),
    ("每周发一次钱 上周拿了一千零五十", "zh", "income"),
    # a lower bound offered with what can be borne
    ("至少给得出三百", "zh", "counter"),
    ("每个月最少还得了四百吧", "zh", "counter"),
    # another item's figure forgotten, the forgetting the last words
    ("白条两百 另一笔记不住了", "zh", "other_debts"),
    ("房租一千二 燃气费想不起来了", "zh", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
