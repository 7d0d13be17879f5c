"""Long Hungarian money answers with numbers that are no money, figures restated and the own
figure among context (round 31, long messages), with their kin in English and Chinese."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading, signals_dispute
from tests.support.amounts import read_as_asked

_AMBIGUOUS = AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # an e-mail or web address with digits, a heart typed as "<3"
        ("a címem toth.ilona1962@citromail.hu, havi kiadás kb 171 ezer", "hu", "expenses",
         "171000"),
        ("write to me at j.moss1979@yahoo.co.uk please, outgoings about 1,140", "en", "expenses",
         "1140"),
        ("邮箱wang1985@163.com, 每个月花三千六", "zh", "expenses", "3600"),
        ("havonta 164 ezer megy el, köszönöm szépen <3", "hu", "expenses", "164000"),
        ("around 870 all in, you've been lovely <3", "en", "expenses", "870"),
        ("每个月四千一 谢谢你们<3", "zh", "expenses", "4100"),
        # a scheme named by its number, a district or a route by its number
        ("a nők 40 miatt mentem el korábban, a nyugdíjam 226 ezer", "hu", "income", "226000"),
        ("Buszsofőr vagyok, a 7-es buszt vezetem, havonta 289 ezret kapok", "hu", "income",
         "289000"),
        ("a 12-es körzetben hordom a leveleket, 254 ezer a fizetésem", "hu", "income", "254000"),
        # a day of the month the money lasts to, and the help after it
        ("havi 150 ezer, a hónap 25-éig ki is tart", "hu", "expenses", "150000"),
        # payments of a term counted: "12-ből 9 megvan", "még 3 van hátra"
        ("A laptop részletéből 12-ből 9 megvan, havi 11 200, még 3 van hátra", "hu",
         "other_debts", "11200"),
        # what is left to a self-employed after costs, named before its figure
        ("Fodrász vagyok, havi 450 a bevétel, de a bérlet és az anyag 250, ami marad, az 200",
         "hu", "income", "200000"),
        # the own offer said beside the costs it is squeezed by ("a rezsi mellett")
        ("24 részletben az 18 ezer lenne, de a lakbér és a rezsi mellett csak 12 ezret tudnék",
         "hu", "counter", "12000"),
        # items named as included in the one amount
        ("havi 150 ezer, ebben a lakbér és a kaja is benne van", "hu", "expenses", "150000"),
        ("about 900 a month, that includes the rent and the food", "en", "expenses", "900"),
        # a figure restated in words that agrees
        ("Havi kiadásom 152.000,- Ft, azaz egyszázötvenkétezer forint.", "hu", "expenses",
         "152000"),
        ("My outgoings are £1,240, that is one thousand two hundred and forty pounds.", "en",
         "expenses", "1240"),
        # a figure converted from another currency is no list in two currencies
        ("1700 euró, az kb 660 ezer forint", "hu", "income", "660000"),
        # no other income, no overtime, nothing yet from another: no zero beside the amount
        ("a nyugdíjam most 231 ezer forint, más jövedelmem nincs", "hu", "income", "231000"),
        ("Kőműves vagyok, minden hónap 5-én 312 ezret kapok, túlóra nincs", "hu", "income",
         "312000"),
        ("kézhez 226 ezer, a lányommal élek, tőle még nem jön semmi", "hu", "income", "226000"),
        # a village's people, a room's heat; the whole after its items named in brackets
        ("egy 800 lelkes faluban lakunk, a havi kiadás 131 ezer", "hu", "expenses", "131000"),
        ("21 fokra fűtünk, a gáz 25 ezer, a többivel együtt (lakbér, kaja) pontosan 212 400",
         "hu", "expenses", "212400"),
    ],
)  # fmt: skip
def test_numbers_that_are_no_money_and_the_own_figure_round31(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # a figure restated in words that disagrees: a slip in one of them
        ("Havi kiadásom 152.000,- Ft, azaz egyszázhuszonötezer forint.", "hu", "expenses"),
        ("My outgoings are £1,240, that is one thousand four hundred and twenty pounds.", "en",
         "expenses"),
        # the money gone by a day of the month, another helps after it (how much unsaid)
        ("a fizetésem 240, a hónap 25-éig kitart, utána a szüleim segítenek", "hu", "expenses"),
        ("my wage is 1,300 and it's gone by the 20th, after that my mum helps out", "en",
         "expenses"),
        ("工资三千五, 每个月不到二十号就花完了, 我妈帮我出", "zh", "expenses"),
        # an item's or a loan's figure not known or not added up
        ("a lakbér 135, de a villanyt előre nem tudom, az óra szerint jön", "hu", "expenses"),
        ("Két kölcsönöm van, az egyik havi 42 ezer, a másikat nem tudom fejből", "hu",
         "other_debts"),
        ("two loans, one is 120 a month, the other one I don't know off hand", "en",
         "other_debts"),
        ("房贷每月两千四, 另一个我不清楚", "zh", "other_debts"),
        # more on top of a base, no figure
        ("A 170 az alap, erre jön rá minden más, ami épp jön", "hu", "expenses"),
        # a count of times said as a range
        ("két-háromszor tankolok havonta 20 ezerért", "hu", "expenses"),
        ("I go to the cash machine two or three times a month and take out 100", "en",
         "expenses"),
        ("取钱一个月三四次, 一次两千", "zh", "expenses"),
        # a figure with something, another without, which one unsaid
        ("ha a kocsi részletét is ide kell írni, akkor 240, ha nem, akkor 175", "hu", "expenses"),
        ("if the mortgage counts it's 1,400, if not 700", "en", "expenses"),
        # months spent together, not divided
        ("az elmúlt két hónapban összesen 410 ezer ment el", "hu", "expenses"),
        ("over the last three months it came to 2,900", "en", "expenses"),
        ("这三个月一共花了一万二", "zh", "expenses"),
        # a shop every other week beside monthly items, a meal each working day
        ("minden második héten bevásárolok 40-ért, a lakbér 110, a villany 15", "hu",
         "expenses"),
        ("a reggeli a büfében minden munkanapon 1 500 forint, a lakás 120 ezer", "hu",
         "expenses"),
        # items in two currencies
        ("a lakbér 380 euró, a többi, kaja, rezsi, 95 ezer forint", "hu", "expenses"),
        ("rent is 600 euros to the landlord in Dublin and food about 250", "en", "expenses"),
        # the month said to be no usual one
        ("A múlt hónapban 260 ment el, de az nem volt átlagos, egy rendes hónap ennél kevesebb",
         "hu", "expenses"),
        ("spent 1,350 last month but that wasn't a normal month, the boiler went", "en",
         "expenses"),
        ("上个月花了六千, 不是正常的月份, 换了冰箱", "zh", "expenses"),
        # what is left of the pay, the spending not worked out
        ("a 260-as nyugdíjamból a hónap végére kb 20 ezer marad", "hu", "expenses"),
    ],
)  # fmt: skip
def test_figures_that_leave_the_amount_to_ask_round31(
    text: str, language: str, question: str
) -> None:
    assert read_as_asked(text, language, question) == _AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an income or a pension said beside the own one: whose money, no debt denied
        ("két fizetésből élünk, az enyém és a feleségemé, pontosan nem tudom", False),
        ("A páromé 240, az enyém 180, a kártya az enyém", False),
        ("ez nem az én tartozásom, a férjemé", True),
    ],
)
def test_a_partners_income_beside_the_own_is_no_dispute(text: str, expected: bool) -> None:
    assert signals_dispute(text) is expected
