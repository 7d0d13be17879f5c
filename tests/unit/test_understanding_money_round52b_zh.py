"""Money families of round 52 in Chinese left after its first lane (and misreads of rounds 46
to 51), in words of our own: what is read, and what is asked again.

Read: the own pay, then the spouse's said by "他" or "她" alone, then the two added up, the
spouse named before ("我和老婆都在厂里 我三千九她四千二 一共八千一": the own figure, as with
"老婆四千二"); a loan's payment, a fund paying part of it ("公积金冲抵", "抵扣"), then the own
part left, the sums coming out ("月供三千二 公积金抵一千二 我自己还两千": the own part).

Asked again: a debt's exact payment, then in the same run-on clause another debt said with
"还有" whose payment is said as a bound ("借呗每月还八百还有个白条每月两百多": the second's
payment unsaid, no bound of the first); an offer, a payment or a cost by the month as a small
figure with a decimal alone ("每个月能还2.5": 2.5千 or 2.5万, which unsaid).

Read too: a figure said right after not to count, by "那个" or what was done with it ("给我妈转
一千 转的不算"), another figure left (blanked).

Asked again too: an item left blank with a dash in a pasted list ("水电 —"); another income by
"也" said as a bound ("也能挣一千多"), no bound of the pay; a fee from each of some people whose
number is said only roughly ("每人每月收三十 二十来个学生").

Near misses, read or asked as before: "他" or "她" with no spouse named (no own figure known
then: the total); a person's said not to count ("他的不算": left as it was), an item left out
of the figure ("这个不算房租"); a part offset whose rest does not come out (another item); a
bound of the same figure said again exactly ("一千多吧 大概一千二"); a decimal with its unit
("每月还1.5千").
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the own pay, the spouse's by "他" or "她", then both added up
    ("我和老婆都在厂里 我三千九她四千二 一共八千一", "zh", "income", "3900"),
    ("我跟老公在同一家厂 我五千他六千 加起来一万一", "zh", "income", "5000"),
    # near miss: no spouse named, as before
    ("我三千九她四千二 一共八千一", "zh", "income", "8100"),
    # a loan's payment, a fund offsetting part of it, the own part left
    ("房贷每月三千二 公积金抵一千二 自己还两千", "zh", "other_debts", "2000"),
    ("车贷月供2800 公司补贴抵扣八百 我实际还两千", "zh", "other_debts", "2000"),
    # a bound of the same figure said again exactly, a decimal with its unit
    ("一千多吧 大概一千二", "zh", "expenses", "1200"),
    ("每月还1.5千", "zh", "counter", "1500"),
    ("每月还50", "zh", "counter", "50"),
    # a figure said right after not to count, another left
    ("房租八百 给我妈转一千 转的不算", "zh", "expenses", "800"),
    ("电话费八十 借给表弟五百 借的不算", "zh", "expenses", "80"),
    # a figure beside a dash that is no blank item
    ("房租 1500\n水电 200\n吃饭 900", "zh", "expenses", "2600"),
    ("工资三千二 也就三千多", "zh", "income", "3200"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # another debt after "还有" in a run-on clause, its payment a bound
    ("借呗每月还八百还有个白条每月两百多", "zh", "other_debts"),
    ("花呗每个月还五百块另外还有网贷每个月一千多", "zh", "other_debts"),
    # a small figure with a decimal by the month, alone
    ("每个月能还2.5", "zh", "counter"),
    ("一个月花3.2吧", "zh", "expenses"),
    ("月还1.8", "zh", "other_debts"),
    # an item left blank with a dash
    ("房租 1500\n水电 -\n吃饭 900", "zh", "expenses"),
    ("房贷 2000\n网贷 —", "zh", "other_debts"),
    # another income by "也", a bound
    ("工资三千 周末带娃 也能挣一千多", "zh", "income"),
    # a fee per head, the heads counted roughly
    ("每人每月收三十 二十来个学生", "zh", "income"),
    ("退休金三千 教书法 十几个学生 一个人每月交五十", "zh", "income"),
    # near misses, as before: the rent left out of it, another's said not to count
    ("我的工资三千六 她的不算", "zh", "income"),
    ("一千五 这个不算房租", "zh", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)
