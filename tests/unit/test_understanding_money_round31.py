"""Money families of round 31, in words of our own: what is read, and what is asked again.

Read: a family loan with nothing paid monthly, nothing "apart from this card" now, a rise or fall
from an earlier time beside the figure, a mobile network's "5G", red packets, an own "I'll offer"
beside the balance, a phone plan by its price, items each named with "=", each of several homes
or jobs, a month's figure and one part of it. Asked again: money given by others, changed by an
amount not known, a multiple of another figure, no usual month, part of the pay withheld, the
own pay not known or said only against another's, this month's back pay, a "+" part without its
amount, an own proposal said against a plan or the debt, income and what is left, an item by
the fill.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from dialogs.understanding.rules.safety import says_not_disputed
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # the monthly word belongs to "nothing monthly", not to the balance
    ("欠我姐2w 每月不用还", "zh", "other_debts", "0"),
    ("跟表妹借了8k 每个月都不用还", "zh", "other_debts", "0"),
    ("欠朋友一万，现在每个月一分钱也不用还", "zh", "other_debts", "0"),
    # a payment said beside the family loan is still the payment
    ("房贷每月3000 欠我哥2w 每月不用还", "zh", "other_debts", "3000"),
    ("房贷每月三千，欠我哥两万每月不用还", "zh", "other_debts", "3000"),
    # nothing apart from this card now
    ("车贷已经还完了，以前每个月1800，现在除了这张卡没别的", "zh", "other_debts", "0"),
    ("车贷已经还完了，以前每个月1800，现在除了你们这张卡没有别的了", "zh", "other_debts", "0"),
    ("除了你们的卡以外没有别的", "zh", "other_debts", "0"),
    ("没有别的了", "zh", "other_debts", "0"),
    ("花呗每月500，除了这张卡就这个", "zh", "other_debts", "500"),
    ("除了这张卡，每月开销三千", "zh", "expenses", "3000"),
    # a rise or fall from an earlier time is no amount
    ("现在一个月拿五千二，比去年多了六百", "zh", "income", "5200"),
    ("比上个月少了500，这个月3900", "zh", "income", "3900"),
    ("一个月四千五，比刚来的时候多了八百", "zh", "income", "4500"),
    ("一个月开销三千，比以前少了五百", "zh", "expenses", "3000"),
    # nothing is still none
    ("nothing at all", "en", "income", "0"),
    ("used to earn 1,600, nothing now", "en", "income", "0"),
    # half paid, and what that comes to said after it; another's pay not known, the own said
    ("只发一半了，原来6k现在3k", "zh", "income", "3000"),
    ("我在超市上班，一个月三千二，我老公的工资多少我也不知道", "zh", "income", "3200"),
    # found by Hypothesis: "555,000" was read as 0 and "403 996" as 403, their "555" and "996"
    # taken for the slang of crying and of the long working week
    ("555,000", "zh", "income", "555000"),
    ("555，工资三千", "zh", "income", "3000"),
    ("555,工资3000", "zh", "income", "3000"),
    ("403 996", "zh", "income", "403996"),
    ("1 233 333", "zh", "income", "1233333"),
    ("007工作制，一个月八千", "zh", "income", "8000"),
    # a mobile network's generation names the plan, it is no figure
    ("4G net 6e + lakbér 120 + rezsi 35", "hu", "expenses", "161000"),
    ("5G套餐129，房租1500", "zh", "expenses", "1629"),
    ("5G broadband 30, rent 600, food 200", "en", "expenses", "830"),
    # red packets grabbed in a chat group are no pay
    ("群里抢红包抢了6块6 工资4200", "zh", "income", "4200"),
    ("工资4200，今天抢了个红包3块5", "zh", "income", "4200"),
    # a sum typed with "+" whose parts all have amounts
    ("3000+300", "zh", "income", "3300"),
    # the pay holds a part paid once: the pay (as in test_understanding_income_beside_…)
    ("工资3800，含补发的1000", "zh", "income", "3800"),
    # the cardholder's own "i'll offer" is no offer of the bank's: the balance is context
    ("there's 2,400 owing, I'll offer 70 a month", "en", "counter", "70"),
    ("there's 2,400 left, I'll offer 70 a month", "en", "counter", "70"),
    # the bank's offer still is; an own proposal said plainly
    ("your offer of 250 is too much, I can do 100", "en", "counter", "100"),
    ("the 250 offer is too much, 100 is what I can do", "en", "counter", "100"),
    ("30 every payday", "en", "counter", "30"),
    ("option 2 is too much, I can do 40", "en", "counter", "40"),
    # a phone plan named by its price is the phone's cost; "套" alone still counts homes
    ("话费99套餐，房租1600，吃饭1000", "zh", "expenses", "2699"),
    ("手机129套餐，房租1600", "zh", "expenses", "1729"),
    ("手机129，房租1600", "zh", "expenses", "1729"),
    ("房贷每月3200，名下两套房", "zh", "other_debts", "3200"),
    ("我手机13912345678，工资4000", "zh", "income", "4000"),
    # each item named with "=": a list, not terms summed to the last
    ("loan1 = 90 / loan2 = 45", "en", "other_debts", "135"),
    ("car loan = 90, phone contract = 45", "en", "other_debts", "135"),
    ("rent=500 food=200 bills=100", "en", "expenses", "800"),
    ("lakbér=120 rezsi=45 kaja=80", "hu", "expenses", "245000"),
    ("its 29.99 plus the loan 110 = 139.99", "en", "other_debts", "139.99"),
    ("the electric was 92, rent 600 = 692", "en", "expenses", "692"),
    ("50 - 10 for the bus = 40", "en", "expenses", "40"),
    # each of several homes cleaned, pupils or jobs, as of several cards: times the count
    ("做3家保洁，每家一月800", "zh", "income", "2400"),
    ("带两个学生，每个每月1500", "zh", "income", "3000"),
    ("我有两份兼职，每份每月1000", "zh", "income", "2000"),
    ("两个孩子，每个每月学费800", "zh", "expenses", "1600"),
    ("三笔网贷，每笔每月300", "zh", "other_debts", "900"),
    # "每个月" is a month, no "each"
    ("两个孩子，我每个月工资4500", "zh", "income", "4500"),
    ("i clean 3 houses, 800 each a month", "en", "income", "2400"),
    ("two jobs, 900 each", "en", "income", "1800"),
    ("i tutor 4 students, 150 each a month", "en", "income", "600"),
    ("2 kids, nursery 400 each", "en", "expenses", "800"),
    # a month's figure, then one part of it named so: the month's, no second item
    ("about 1200 a month, the rent is 700 of that", "en", "expenses", "1200"),
    ("1200 a month, 700 of it is rent", "en", "expenses", "1200"),
    (
        "around 1500 a month, because rent is expensive, 950 just for the room",
        "en",
        "expenses",
        "1500",
    ),
    ("around 1500 a month, rent alone is 950", "en", "expenses", "1500"),
    ("about 1800 a month, 200 of that is tips", "en", "income", "1800"),
    # an item before is no whole
    ("food 300, rent alone is 950", "en", "expenses", "1250"),
    # the income said to go on an item is no figure of the income: the item's figure is
    ("my income goes on the rent which is 540 and food 200", "en", "expenses", "740"),
    # the own share said in the split's clause
    ("my share is 450 after we split it two ways, food 250", "en", "expenses", "700"),
    ("lakbér 150 felezve, az én részem 75", "hu", "expenses", "75000"),
    # the own part of a whole split some ways stands for the cost in a list
    ("rent 1,350 split 3 ways so 450 for me, food 150", "en", "expenses", "600"),
    ("rent 1,350 split 3 ways so 450 for me, food 150, so 600", "en", "expenses", "600"),
    ("rent 1,350 split 3 ways so 450 for me", "en", "expenses", "450"),
    # nothing at the own proposal, said plainly, is nothing
    ("semmit nem tudok fizetni", "hu", "counter", "0"),
    ("nothing right now", "en", "counter", "0"),
    ("一分钱都没有", "zh", "counter", "0"),
    # one figure typed a digit at a time, as English reads "1 2 5 0"
    ("2 4 5 ezret keresek", "hu", "income", "245000"),
    ("1 8 0 ezer", "hu", "expenses", "180000"),
    ("1 2 5 0", "en", "expenses", "1250"),
    # a payday loan paid monthly, or something due on payday, is a month's
    ("payday loan 120 a month due on the 5th", "en", "other_debts", "120"),
    ("klarna 50 due on payday", "en", "other_debts", "50"),
    # the own figure beside another's whole, not an item's own part
    ("household 2400, we split everything with my partner, mine is 1200", "en", "expenses", "1200"),
    ("my partner pays the rent, we split the food and mine is 150", "en", "expenses", "150"),
    # the base, then what was paid with the commission in the next clause
    ("底薪3000加提成，上个月拿了5200", "zh", "income", "5200"),
    # a count said "about" in Chinese is still a count: "10多年" is years
    ("每月5000，做了10多年了", "zh", "income", "5000"),
    # an own offer from a later time alone is the offer
    ("过完年每月还1000", "zh", "counter", "1000"),
    ("年后每月还800", "zh", "counter", "800"),
    # a figure of before said again of now is now's
    (
        "my virgin media was 55 but i cancelled it last week so i can put 55 towards this",
        "en",
        "counter",
        "55",
    ),
    ("it was 1500, still 1500", "en", "income", "1500"),
    # other cards' minimums are their payments
    ("two other cards, 60 and 45 minimum", "en", "other_debts", "105"),
    ("barclaycard 40 min, vanquis 30 min", "en", "other_debts", "70"),
    # a bound beside the amount it bounds is still that amount
    ("under 1000, about 950", "en", "expenses", "950"),
    # one month named is no list of months: a day of the month, a month since
    ("3月15号发工资4800", "zh", "income", "4800"),
    ("since march its 1400", "en", "income", "1400"),
    # no work, but money given to the cardholder or a benefit of their own: theirs
    ("i don't work, my husband gives me 400 a month", "en", "income", "400"),
    ("i'm not working at the moment, just 400 esa", "en", "income", "400"),
    ("我没工作，老公每月给我3000", "zh", "income", "3000"),
    # a Hungarian number word of ten or more is a number in a list, as in English
    ("lakbér százötven, rezsi negyven", "hu", "expenses", "190000"),
    ("lakbér 150, rezsi negyven", "hu", "expenses", "190000"),
    # this card left out, said after the figure
    ("240, nem számolva a kártyát", "hu", "expenses", "240000"),
    # a whole with what it takes in is the whole
    ("1200 including rent which is 600", "en", "expenses", "1200"),
    # "which is" said of an item's figure is no total of the list
    ("500 on top of the rent, which is 700", "en", "expenses", "1200"),
    ("rent 600, food 200, which is 800 in total", "en", "expenses", "800"),
    # what is left of the pay said after "of which" is still the pay kept
    ("bruttó 520, abból marad 346", "hu", "income", "346000"),
    # "oops" before an item forgotten, "too": one more, nothing taken back
    ("rent 650 food 200 oops bills 150 too", "en", "expenses", "1000"),
    ("rent 650, food 200, sorry food 250", "en", "expenses", "900"),
    # a balance and what is paid on it, the payment said by "paying"
    ("just the one loan of 3k, paying 95", "en", "other_debts", "95"),
    ("car loan 8000 left, i pay 240", "en", "other_debts", "240"),
    # "once" of a time to come, not of how often
    ("nothing now, 1400 once the new job starts", "en", "income", "0"),
    # a payment said beside a family loan with none monthly
    (
        "car loan 200 a month, and i owe my dad 1000 but he doesn't want it monthly",
        "en",
        "other_debts",
        "200",
    ),
    (
        "autóhitel havi 60, és tartozom apámnak 300 ezerrel, de nem kéri havonta",
        "hu",
        "other_debts",
        "60000",
    ),
]

#: (text, language, question): no amount to take, so it is asked again
ASKED_AGAIN = [
    # the own pay said against another's
    ("我一个月四千，我老公比我多两千", "zh", "income"),
    ("我和我老公一个月加起来八千，我的比他少两千", "zh", "income"),
    ("俩人一个月加起来九千，我的比她多一千", "zh", "income"),
    # nothing but money someone gives, how much unsaid
    ("nothing coming in at the moment apart from what my dad gives me", "en", "income"),
    ("no wages right now, just what my sister sends me", "en", "income"),
    ("semmi, csak amit a párom ad néha", "hu", "income"),
    ("used to earn 1,600, nothing now except what my brother sends me", "en", "income"),
    (
        "if the warehouse job comes through I'd get 1,400, for now nothing apart from what "
        "my gran gives me",
        "en",
        "income",
    ),
    ("régen 250 volt, most semmi, csak amit anyám ad", "hu", "income"),
    # a balance owed with no monthly amount agreed
    ("欠我表哥八千，没约定每月还多少", "zh", "other_debts"),
    # a figure, then changed since by an amount not known
    (
        "I worked it out as 1,200 two years ago but everything has gone up since and I "
        "don't know by how much",
        "en",
        "expenses",
    ),
    ("my pay was 1,500 but it went down and I'm not sure how much", "en", "income"),
    ("tavaly 180 ezer volt, azóta drágult minden, de nem tudom, mennyivel", "hu", "expenses"),
    ("去年一个月三千，后来涨了，涨多少不清楚", "zh", "expenses"),
    # a multiple of another figure
    ("it's half as much again as when I had it at 700", "en", "expenses"),
    ("kétszer annyi, mint tavaly, akkor 90 ezer volt", "hu", "expenses"),
    ("我的工资是我老婆的两倍，她三千", "zh", "income"),
    # no month like another
    (
        "I'm a painter, last month 1,900, this month maybe 800, there's no such thing as a "
        "normal month",
        "en",
        "income",
    ),
    ("alkalmi munkák, múlt hónapban 180, most 90, nincs átlagos hónap", "hu", "income"),
    ("下个月要是活多能拿六千，活少就四千，真说不准", "zh", "income"),
    # only part of the pay paid
    ("合同工资六千，但是这两个月只发了一半", "zh", "income"),
    ("my contract says 1,600 but they're only paying half at the moment", "en", "income"),
    ("a szerződés szerint 300, de most csak a felét fizetik", "hu", "income"),
    # the own pay not known, whatever is given besides
    ("我自己工资多少也不清楚，工资卡在我老婆那，她每月给我三百", "zh", "income"),
    (
        "i don't know what my wage is, my partner handles it, she gives me 200 a month",
        "en",
        "income",
    ),
    ("nem tudom, mennyi a fizetésem, a férjem intézi, nekem 30 ezret ad", "hu", "income"),
    # this month's pay with a payment that comes once inside it
    ("这个月到手7200 含补发1500", "zh", "income"),
    ("8,000 this month including back pay", "en", "income"),
    ("ebben a hónapban 380, benne van a 13. havi is", "hu", "income"),
    # the last part of a "+" sum named without its amount
    ("3000+300+加班费", "zh", "income"),
    ("alap 250 + pótlékok", "hu", "income"),
    # this month's not known yet
    ("a múlt hónapban semmi nem jött, az előtte lévőben 300, most még nem tudom", "hu", "income"),
    # what comes in and what is left: the spending not said
    ("280 jön be, 60 marad a hónap végén", "hu", "expenses"),
    ("一个月进五千，剩八百", "zh", "expenses"),
    # an item by the fill
    ("oil is about 450 a fill, twice a winter, plus rent 600 and food 200", "en", "expenses"),
    # an own proposal said against a plan or the debt
    ("whatever plan 1 works out at, minus 15 or so", "en", "counter"),
    ("I could do a tenth of the balance, it's 2,400", "en", "counter"),
    ("a tartozás ötödét tudnám, az 300 ezer", "hu", "counter"),
    # per payday, paid weekly
    ("30 every payday, I get paid every Thursday", "en", "counter"),
    # (not the other figure alone: the rent's figure was taken for the income's)
    (
        "around 25% of my wage goes on the rent which is 600, and the rest is another 380 or "
        "so on top of that",
        "en",
        "expenses",
    ),
    # another's cost shared with a sibling, the own half not worked out (the own figure said
    # before it is another's)
    ("mine is 900, and my mum's we split with my brother, that's 300 in total", "en", "expenses"),
    ("my own house is 900, plus half of my mum's 300", "en", "expenses"),
    ("az enyém 160, anyámét felezzük a testvéremmel, az 120 összesen", "hu", "expenses"),
    ("az enyém 160, anyám rezsijét a húgommal felezzük, az 120", "hu", "expenses"),
    # a share of the debt once money comes, nothing until then: no "nothing" now either
    ("a tartozás felét ki tudom fizetni, ha megjön a prémium, addig semmit", "hu", "counter"),
    ("half of what i owe when my bonus comes, nothing till then", "en", "counter"),
    ("等年终奖下来能还欠款的一半，之前一分钱都没有", "zh", "counter"),
    # two digits apart are no figure typed apart: "2 3 ezer" is two or three thousand
    ("2 3 ezer", "hu", "expenses"),
    # a payday loan due on a day: repaid at once, no month's payment
    ("payday loan, 250 due on the 1st", "en", "other_debts"),
    # the own part of an item split, among other items: not the one figure of the spending
    ("700 rent, food 200, we split the bills with my partner, mine is 60", "en", "expenses"),
    ("rent 700, food 200, we share the bills with my partner and my half is 60", "en", "expenses"),
    # paid by the day ("日结"), the days "about" twenty: no month's figure, no day counted in
    ("日结200，一个月干20来天", "zh", "income"),
    ("日结200", "zh", "income"),
    # an own offer in two stages, as "50 now and 100 from january" is
    ("先还五百，过年后能还一千", "zh", "counter"),
    ("先还五百，下个月开始能还一千", "zh", "counter"),
    # a figure of before alone: and now?
    ("it was 1500 before", "en", "income"),
    # one item of a list said as a bound: how much more is not said (it was left out of the sum)
    ("rent 600, food at least 200", "en", "expenses"),
    ("rent 600, food 200 minimum", "en", "expenses"),
    ("lakbér 120, kaja legalább 60", "hu", "expenses"),
    ("房租1500，吃饭至少1000", "zh", "expenses"),
    # a bare minimum of other debts is a bound
    ("300 minimum", "en", "other_debts"),
    # a family loan said by its balance, no monthly payment on it
    ("i owe my brother 2000 but he doesn't want it monthly", "en", "other_debts"),
    ("i owe my mum 500, i don't pay it back every month, just when i can", "en", "other_debts"),
    ("tartozom az öcsémnek 200 ezerrel, de nem kéri havonta", "hu", "other_debts"),
    ("anyámnak tartozom 100 ezerrel, nem havonta fizetem vissza", "hu", "other_debts"),
    ("欠我哥两万，他不要我每个月还", "zh", "other_debts"),
    ("欠朋友五千，不是每个月还", "zh", "other_debts"),
    # each month named with its own figure: no one month's, nor their sum
    ("jan 1500, feb 1800, march 1600", "en", "income"),
    ("januárban 250, februárban 280, márciusban 260", "hu", "income"),
    ("1月3000，2月4000，3月3500", "zh", "income"),
    ("一月三千，二月四千，三月三千五", "zh", "income"),
    ("january 900, february 1100", "en", "expenses"),
    # another's pay beside no work of the cardholder's own: theirs is not said
    ("my husband earns 2000, i don't work", "en", "income"),
    ("a férjem 300-at keres, én nem dolgozom", "hu", "income"),
    ("老公一个月七千，我没工作", "zh", "income"),
    # a spouse pays part of a cost, the own part not worked out (as "split two ways")
    ("房贷每月4500，老公还一半", "zh", "other_debts"),
    ("房租3000，老公出一半，吃饭1000", "zh", "expenses"),
    # an item left out of the figure, its own figure said: the whole is not that figure
    ("i spend about 1,200 not including rent which is 600", "en", "expenses"),
    # part of the pay taken before it is paid (a court order, a garnishment): less comes in
    ("a fizetésem 280, de ebből 40 a letiltás", "hu", "income"),
    ("1500, of which 200 is deducted for an attachment of earnings", "en", "income"),
    ("工资5000，其中1000被法院扣了", "zh", "income"),
    # an item bought once a week beside the month's: no month's figure of it
    ("food shop once a week about 70, rent 500", "en", "expenses"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("240, nem számolva a kártyát", "hu"),
        ("240, a kártyát nem számolva", "hu"),
        ("1100 not counting the card", "en"),
        ("不算这张卡，每月三千", "zh"),
    ],
)
def test_this_card_left_out_of_a_figure_is_no_dispute(text: str, language: str) -> None:
    """The card named as what a figure leaves out handed the cardholder to a person as a
    dispute (the classifier heard "card" and "not"); the rules' own dispute phrases still count."""
    assert says_not_disputed(text)
