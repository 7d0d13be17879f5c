"""Money families of round 33, in words of our own: what is read, and what is asked again.

Read: Hungarian clock times ("fél 6kor", "háromnegyed 7-re", "az 5:50es busz"), a school year or
a part paid by its ordinal, the 13th and 14th month's pay named, counts of litres and salaries,
the take-home pay "a kezembe", another's money said to be theirs. Asked again: a bound said as
"from 8 upwards", "起", "less a bit"; pay by the piece named before the figure ("temetésenként");
paid every six months or by the quarter; the bigger half or a third of a household; a figure left
to work out or said against another; pay said to be before tax; spent since Christmas; the usual
month over the aim; the other loan's figure not known; a part of the month one-off; a multiple of
the rent.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading, signals_distress
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # Hungarian clock times
    ("fél 6kor kelek, bérlet 18 ezer, albi 110, kaja 60", "hu", "expenses", "188000"),
    ("háromnegyed 7-re járok be, a havi kiadásom 190 körül", "hu", "expenses", "190000"),
    ("az 5:50es busszal megyek, a kiadás 160", "hu", "expenses", "160000"),
    # a school year, a part paid, the 13th month's pay named
    ("tanuló vagyok, 60 ezer jön, 2. évfolyam", "hu", "income", "60000"),
    ("25 ezret vonnak minden hónapban, a 20. résznél tartok", "hu", "other_debts", "25000"),
    ("nyugdíj 220 ezer, februárban jön a 13. havi", "hu", "income", "220000"),
    # litres, salaries
    ("i get 2 salaries, the day job 1,100 and the bar 300", "en", "income", "1400"),
    # another's money said to be theirs
    ("özvegyi nyugdíjam 150, a gyerekek árvaellátása 40 de az az övék", "hu", "income", "150000"),
    # a figure in dollars, then what it comes to in pounds
    ("2,500 dollars a month which comes to about 1,950 in pounds", "en", "income", "1950"),
    # the pay with a share taken off, the rest after "so"
    ("invoice 2,400 a month and 20% CIS comes off so 1,920 lands", "en", "income", "1920"),
    ("1,500 and 10% goes to tax so 1,350", "en", "income", "1350"),
    # a grand and its quarters
    ("a grand and a quarter give or take", "en", "expenses", "1250"),
    ("three quarters of a grand, thats all i need", "en", "expenses", "750"),
    # a zero that starts a word is no digit
    ("孩子零食一个月三百 房租一千", "zh", "expenses", "1300"),
    # what is left said after "marad", "剩"
    ("az elmúlt 4 hét 400, abból benzin 110, marad 290 havonta", "hu", "income", "290000"),
    ("四千 扣掉五百 剩三千五", "zh", "income", "3500"),
    # a let flat's rent is income, its loan's payment no part of it
    (
        "a kiadott lakásért 140-et kapok, a nyugdíj 200, a lakás hitele 50, az megy ki",
        "hu",
        "income",
        "340000",
    ),
    # a part paid by another, what the cardholder pays after "so i pay"
    ("mortgage 900, the grant covers 200 so i actually pay 700", "en", "other_debts", "700"),
    ("nursery 600, the council covers 250 so i pay 350", "en", "expenses", "350"),
    ("rent 700, housing benefit covers 300 so i pay 400, food 200", "en", "expenses", "600"),
    ("房贷4500 公积金每月自动冲1800 自己实际还2700", "zh", "other_debts", "2700"),
    # what is left for me after the studio's share, "so for me"
    ("500 jött be, abból 140 a stúdióé, szóval nekem 360 marad", "hu", "income", "360000"),
    ("3,000 in, the studio takes 1,200, so for me 1,800", "en", "income", "1800"),
    # a debt that ends next month is still paid now
    ("autó 40, plusz egy klarna 8 ami jövő hónapban lejár", "hu", "other_debts", "48000"),
    ("车贷两千 还有个花呗三百 下个月就还完了", "zh", "other_debts", "2300"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # a bound: from a figure upwards, "起", "less a bit"
    ("8 ezertől felfelé, meglátjuk", "hu", "counter"),
    ("五百起", "zh", "counter"),
    ("a grand less a bit", "en", "expenses"),
    # pay by the piece named before the figure
    ("kántor vagyok, temetésenként 15 ezer, esküvőnként 25", "hu", "income"),
    ("gravedigger 1,500 plus 50 a grave at weekends", "en", "income"),
    ("meal deal 3.50 every work day and rent 480", "en", "expenses"),
    # paid every six months, by the quarter, by the batch
    ("service charge 900 every six months, plus food 200", "en", "expenses"),
    ("房租季付 一次五千四 水电吃饭一千五", "zh", "expenses"),
    ("每次卖完一批猪还一万", "zh", "counter"),
    # the bigger half, a third of a household, split by three
    ("between me and my partner its 1,800, i pay the bigger half", "en", "expenses"),
    ("household is 3,000 and i bring in about a third", "en", "income"),
    ("a közös kassza 600, abból az enyém a kisebbik rész", "hu", "income"),
    ("a rezsit hárman osztjuk, 54 az egész, a szobám 70", "hu", "expenses"),
    # a figure left to work out or said against another
    ("3 kids 2 dogs 1 car, you do the maths", "en", "expenses"),
    ("closer to a thousand than nine hundred i think", "en", "expenses"),
    ("开销就是我收入减去两千", "zh", "expenses"),
    ("房租两千二 其他的跟房租差不多", "zh", "expenses"),
    ("我老公管钱 他说一万 我觉得没有那么多", "zh", "expenses"),
    ("it was about 1,150 last year, havent looked since we moved", "en", "expenses"),
    ("about 300 less than i bring in, which is 1,700", "en", "expenses"),
    ("nem több mint a 175 ezres nyugdíjam, de pontosan nem tudom", "hu", "expenses"),
    # the pay said before tax
    ("my payslip says 2,200 but i think thats before tax", "en", "income"),
    # spent since Christmas
    ("since christmas about 4,000 has gone out and its april now", "en", "expenses"),
    # the usual month over the aim
    ("i try keep it to 900 but i always go over", "en", "expenses"),
    ("200-zal biztos kijövök, de inkább többel", "hu", "expenses"),
    # good days and bad, hours that change
    ("busking, good days 80 bad days a tenner", "en", "income"),
    ("last month 1,400 this month 1,150, hours change every week", "en", "income"),
    # the other loan's figure not known, or not paid yet
    ("2 loans, ones 110 and the other... cant remember", "en", "other_debts"),
    ("két hitel, az egyik 23, a másik valamennyi", "hu", "other_debts"),
    ("két munkahelyem van, az egyik 180, a másikat meg nem fizették ki", "hu", "income"),
    # another item's amount unsaid
    ("minimum a lakbér 95, azon felül ami kell", "hu", "expenses"),
    ("amennyit a SZÉP-kártyára kapok annyi a kaja, plusz albi 100", "hu", "expenses"),
    ("老家盖房子 每个月往回打钱 不一定多少 我自己花一千五", "zh", "expenses"),
    # a part of the month one-off, a multiple of the rent
    ("上个月花了4200 但是有一千是过年买的年货", "zh", "expenses"),
    ("房租一千八 吃饭这些加起来比房租多一倍", "zh", "expenses"),
    # an order of magnitude, a sum not worked out
    ("háromszázas nagyságrend", "hu", "income"),
    ("开销算不清 一半微信一半现金 微信账单显示2100", "zh", "expenses"),
    # still paid for some months, nothing after
    ("felmondtak, még 2 hónapig jár a fizetés, utána semmi", "hu", "income"),
    ("laid off, still get paid for 2 more months then nothing", "en", "income"),
    # paid in Taiwan dollars
    ("每月薪資稅後肆萬伍仟 是台幣喔", "zh", "income"),
    # paid as we can
    ("a lányom fogszabályzója, összesen 600, ahogy tudjuk úgy fizetjük", "hu", "other_debts"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


def test_pay_for_some_months_then_none_is_no_amount() -> None:
    """ "还能发两个月工资 之后就没了": no month's figure, nor none."""
    assert read_as_asked("被裁了 还能发两个月工资 之后就没了", "zh", "income").amount is None


@pytest.mark.parametrize(
    "text",
    [
        "nyugdíj 170. elbúcsúztam a fiamtól telefonon, ő nem tudja hogy végleg",
        "1,300. said goodbye to my mum on the phone, she doesnt know its for good",
        "工资三千 给我妈打电话告别了 她不知道这是永别",
    ],
)
def test_a_goodbye_said_for_good_is_distress(text: str) -> None:
    assert signals_distress(text)
