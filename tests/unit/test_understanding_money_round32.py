"""Money families of round 32, in words of our own: what is read, and what is asked again.

Read: a letter l typed for a leading one, the rest of a list said to "bring it to" a total, "&"
between items, money sent home in another currency, counts of children, words and shifts,
Hungarian hours and numbered ferries, a figure's parts in brackets, money said to be no income,
yuan with jiao and fen, Hungarian banknotes.
Asked again: months of two kinds each with its figure, spending or pay said as a share of the
pay, asked whether a figure counts, a figure in euros by someone working abroad, an item on a
meter with no figure, a change from a figure not said, a month's figure left out beside a larger
one, pay by the piece, the day or the week, paid once or at the year's end, an item bought once a
winter or by the can, bounds, no work of one's own, a cost split by head or paid together,
nothing fixed, paid at once, a usual month less, a loss, the figure of several months, an item
of a few thousand, spending said against the pay.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding.rules import AmountProblem, AmountReading
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ = [
    # a letter l typed for a leading one
    ("i spend l,120 give or take", "en", "expenses", "1120"),
    ("l,250 a month", "en", "income", "1250"),
    ("l95 ezer megy el", "hu", "expenses", "195000"),
    # the rest of a list said to bring it to a total
    ("rent 600 and food and bills bring it up to 950", "en", "expenses", "950"),
    ("mortgage 480.50 and the rest of the bills takes it to 1,010", "en", "expenses", "1010"),
    ("albérlet 110, a kajával meg a rezsivel együtt kijön 190", "hu", "expenses", "190000"),
    # "&" between items
    ("food 200 & rent 650 & bills 120", "en", "expenses", "970"),
    ("rent & bills 900", "en", "expenses", "900"),
    # a left-out figure set aside after a comma
    ("around 900, not counting the 40 i put away for christmas", "en", "expenses", "900"),
    # money sent home in another currency, children and grandchildren counted
    ("itt 170 ezer a kiadás, anyámnak küldök 3000 hrivnyát", "hu", "expenses", "170000"),
    ("about 900 here, i send 5000 rupees home but thats separate", "en", "expenses", "900"),
    ("5 gyermekünk van, a havi kiadás 380", "hu", "expenses", "380000"),
    ("3 unokám van, a kiadásom 150", "hu", "expenses", "150000"),
    # a count of words of work beside the offer
    ("put me down for 55, thats about 700 words of work", "en", "counter", "55"),
    ("2 shifts a week at the pub bring in 380 a month", "en", "income", "380"),
    # a monthly figure in Hungarian "havonként" is no piece rate
    ("havonként 250 ezer", "hu", "income", "250000"),
    # working hours, a year in a street's name, a ferry's or a bus's number
    ("éjszakás vagyok 10től reggel 6ig, albi 110, rezsi 30, kaja 55", "hu", "expenses", "195000"),
    ("5től 13ig vagyok a pékségben, 230 a nettó", "hu", "income", "230000"),
    ("az 1848-as utcában lakunk, lakbér 90 rezsi 30", "hu", "expenses", "120000"),
    ("a 3-as kompon dolgozom, a 12-es úton járok be, havi 255", "hu", "income", "255000"),
    ("a 7-es busszal járok, 240 a fizetésem", "hu", "income", "240000"),
    # a figure's parts in brackets, counted once
    ("rezsi 30 (gáz 15, villany 12, víz 3), albérlet 110, kaja 70", "hu", "expenses", "210000"),
    ("bills 150 (gas 80, electric 50, water 20), rent 600, food 200", "en", "expenses", "950"),
    ("bills 150 (gas 80, electric 50), rent 600", "en", "expenses", "750"),
    ("水电300（水100 电200） 房租1500 吃饭800", "zh", "expenses", "2600"),
    # the one figure said again after "so only"
    ("Cofidis 25 ezer, szóval csak a 25", "hu", "other_debts", "25000"),
    ("花呗500 借呗已经还完了 所以只有500", "zh", "other_debts", "500"),
    # money said to be no income beside the pay
    ("the 200 mileage they pay back isnt income, my wage is 1,400", "en", "income", "1400"),
    ("a 30 ezer útiköltség nem jövedelem, a fizetésem 280", "hu", "income", "280000"),
    # the "v me 50" joke, yuan with jiao and fen, Hungarian banknotes
    ("疯狂星期四都v不起50了 工资才3100", "zh", "income", "3100"),
    ("两千四百块零五毛", "zh", "expenses", "2400.50"),
    ("一百二十块三毛三", "zh", "counter", "120.33"),
    ("két ötezrest meg egy kétezrest minden hónapban", "hu", "counter", "12000"),
    ("három ezrest tudok havonta", "hu", "counter", "3000"),
    # another income added to the take-home pay
    ("GYED 240 ezer nettó és a családi pótlék 2 gyerekre 26 600", "hu", "income", "266600"),
    # every figure paid by the cardholder, whose ever it is
    ("two flats, mine is 600 and my sons is 450, i pay for both", "en", "expenses", "1050"),
    # "另算" (counted apart) is no total
    ("房租1500 吃饭800 算下来两千三", "zh", "expenses", "2300"),
]

#: (text, language, question)
ASKED_AGAIN = [
    # months of two kinds, each with its own figure
    ("about 650 in the months im away and 1,050 the months im home", "en", "expenses"),
    ("1,400 in the months i'm offshore and 600 in the months i'm home", "en", "income"),
    ("出海的月份七百 在家的月份一千一", "zh", "expenses"),
    # spending or pay said as a share of the pay, not worked out
    ("half of what i earn and i earn 1,800", "en", "expenses"),
    ("a fizetésem felét, az 300", "hu", "expenses"),
    ("工资的一半 我工资四千", "zh", "expenses"),
    ("about 2 thirds of what i used to get which was 1,900", "en", "income"),
    # asked whether a figure counts
    ("does the 90 i give my sister count as spending?", "en", "expenses"),
    ("a 20 ezer amit anyámnak adok, az beleszámít?", "hu", "expenses"),
    ("给我妈的五百算不算开销？", "zh", "expenses"),
    # a figure in euros by someone working abroad
    ("out in the alps i pay 380 euros a month for the room", "en", "expenses"),
    # an item on a meter, its figure not said
    ("rent 640 & food 210 & the key meter, i top up when it runs out", "en", "expenses"),
    # a change from a figure not said
    ("since the baby came its gone up about 150 on what it was", "en", "expenses"),
    ("500 more than last month, i forget what last month was", "en", "expenses"),
    ("跟上个月比多了四百 上个月是多少我忘了", "zh", "expenses"),
    # a month's figure left out beside a larger one, no balance
    ("about 1,090 not counting the 30 a month i put in the kids savings", "en", "expenses"),
    # paid by the piece: a hive, a mile, a kilometre, a night, a keystroke
    ("3 hives on finance, 20 a hive", "en", "other_debts"),
    ("i drive for a courier, 1.20 a mile", "en", "income"),
    ("开车一公里挣一块五", "zh", "income"),
    ("面包房夜班一个晚上给200 上几天算几天", "zh", "income"),
    ("kamionos vagyok, 40 Ft kilométerenként", "hu", "income"),
    # a day or a week in Hungarian, every Friday
    ("napszámba járok, 12 ezer egy nap", "hu", "income"),
    ("itthon kb 35 ezer egy hét", "hu", "expenses"),
    ("a pénzes ember minden pénteken jön, 5 ezret visz", "hu", "other_debts"),
    # paid once, or at the year's end
    ("生育津贴一次性给了两万六", "zh", "income"),
    ("年底统一结三万", "zh", "income"),
    # an item bought once a winter or by the can, beside the month's
    ("煤是一冬天买一次 两千多 其他的每个月九百", "zh", "expenses"),
    ("奶粉一罐两百 房租一千五", "zh", "expenses"),
    # a bound: "有余", "or a bit over", "vagy kicsit fölötte"
    ("四千有余", "zh", "expenses"),
    ("about 1,200 or a bit over", "en", "income"),
    ("200 körül vagy kicsit fölötte", "hu", "income"),
    # no work of one's own, at home with the children
    ("a férjem dolgozik, én itthon vagyok a gyerekekkel, ő 330-at keres", "hu", "income"),
    ("my husband works, i'm at home with the kids, he earns about 2,100", "en", "income"),
    ("老公上班 我在家带孩子 他一个月七千", "zh", "income"),
    # a cost split by head, a debt paid together, the own part not said
    ("两家一起住 开销五千 按人头分", "zh", "expenses"),
    ("a lakáshitelt a volt férjemmel közösen fizetjük, 120 az egész", "hu", "other_debts"),
    ("we pay the mortgage together with my ex, 900 in all", "en", "other_debts"),
    # a range of kilometres, no forints
    ("40 forint kilométerenként, havonta 10-12 ezer km", "hu", "income"),
    # paid at once, or the whole due on one day
    ("i can pay you 500 in one go at xmas instead of monthly", "en", "counter"),
    ("karácsonykor egyben ki tudok fizetni 100 ezret", "hu", "counter"),
    ("年底一次性还你们八千", "zh", "counter"),
    ("klarna pay in 30 days, 75 due on the 20th", "en", "other_debts"),
    ("£200 to my brother, all of it next month", "en", "other_debts"),
    # a usual month less than the one said
    ("1,650 last month but normally less", "en", "income"),
    ("上个月八千 里面有补发的 平时没这么多", "zh", "income"),
    # a loss made
    ("开小卖部 这个月不但没赚 反倒贴了两千", "zh", "income"),
    ("the stall made a loss of 300 this month", "en", "income"),
    ("a bolttal 50 ezret ráfizettem ebben a hónapban", "hu", "income"),
    # the figure of several months
    ("开销六千 不对 这是两个月的", "zh", "expenses"),
    ("1,900, oh wait thats 2 months", "en", "expenses"),
    ("360, de az két hónap", "hu", "expenses"),
    # an item of a few thousand
    ("egy hitel 40 ezer, meg egy pár ezres Klarna", "hu", "other_debts"),
    # spending said against the pay
    ("kevesebb mint a nyugdíjam, az 190", "hu", "expenses"),
    ("less than my pension which is 900", "en", "expenses"),
    ("比我退休金少 退休金三千", "zh", "expenses"),
    # money from a former husband: "volt" is no past tense there
    ("a fizetésem 230, a gyerektartás 40 a volt férjemtől jön", "hu", "income"),
    # one loan's figure not known
    ("2 loans, one 80 and one im not sure of", "en", "other_debts"),
    ("两笔网贷 一个八百 另一个不清楚", "zh", "other_debts"),
    # a day's item beside the month's, another counted apart
    ("一天五十的饭钱 房租另算一千", "zh", "expenses"),
    # a year's rent paid at once beside its month
    ("房租每月八百 按年付 一次付了九千六 吃饭一千二", "zh", "expenses"),
    # a rate of a forint and its fillér by the keystroke, a range of kilos
    ("fordító vagyok, 1 forint 60 leütésenként", "hu", "income"),
    # nothing fixed, each month its own
    ("the church gives me gifts when they can, nothing fixed", "en", "income"),
    ("白条每个月不一样 这个月一千 下个月八百", "zh", "other_debts"),
]


@pytest.mark.parametrize(("text", "language", "question", "expected"), READ)
def test_the_amount_is_read(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_no_amount_is_taken(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


def test_a_tithe_is_no_figure() -> None:
    """A tithe ("十一奉献") names no 11 yuan."""
    assert read_as_asked("工资四千 要交十一奉献", "zh", "income") == AmountReading(
        Decimal(4000), None
    )


def test_a_range_of_kilos_is_no_amount() -> None:
    """ "2-3 kiló havonta": kilos, both ends of the range; no 2,000 forints."""
    assert read_as_asked("2-3 kiló havonta", "hu", "income").amount is None
