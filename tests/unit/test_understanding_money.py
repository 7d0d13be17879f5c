"""Amounts beside numbers that are no money, and the one amount a message settles on (rounds 21
and 22)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.evaluation import README_OFFERS
from dialogs.understanding import Question, interpret
from dialogs.understanding.rules import AmountProblem, AmountReading, read_card_digits
from tests.support.amounts import read_as_asked


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # reference, case and account numbers
        ("case number 4418270 on the letter, I take home 1620", "en", "income", "1620"),
        (
            "account no. 55-10-22 40917733, and I pay 85 a month on the loan",
            "en",
            "other_debts",
            "85",
        ),
        ("az ügyfélszámom 30998812, havi 240 ezer a fizetésem", "hu", "income", "240000"),
        ("合同号是31887402，我每月收入五千二", "zh", "income", "5200"),
        ("ref: KX482913, wages are 1,390", "en", "income", "1390"),
        ("az ügyfélazonosítóm 7712093, 205 ezret keresek", "hu", "income", "205000"),
        ("text me on +44 7911 123456, outgoings roughly 1,250", "en", "expenses", "1250"),
        # phone numbers, with or without a word before them
        ("ring me on 07911 123456, spending is about 980", "en", "expenses", "980"),
        ("a mobilszámom 06 30 987 6543, kb 210 ezer megy el", "hu", "expenses", "210000"),
        ("每个月花两千八，有事打186 1111 2222", "zh", "expenses", "2800"),
        # the card's digits, a birth year, children's ages, a family's size
        ("card ending 7781, I get 1,310 a month", "en", "income", "1310"),
        ("pension 905, I was born in 1952", "en", "income", "905"),
        ("1958-as vagyok, a nyugdíjam 198 ezer", "hu", "income", "198000"),
        ("two kids aged 9 and 13, we spend roughly 2100", "en", "expenses", "2100"),
        ("around 1900 a month, household of four", "en", "expenses", "1900"),
        ("老大9岁老二6岁，我每月挣三千九", "zh", "income", "3900"),
        # a full-width comma ends a clause: "1850, 9号" is no 1850.9
        ("低保每月780，5号到账", "zh", "income", "780"),
    ],
)
def test_numbers_that_are_no_money_are_set_aside(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("utolsó négy 4410, telefon 06 70 222 3344", "4410"),
        ("后四位是5521，手机159 8888 7777", "5521"),
        ("尾号 七 六 零 二", "7602"),
    ],
)
def test_card_digits_beside_a_phone_number(text: str, expected: str) -> None:
    assert read_card_digits(text) == expected


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # a minimum, a turnover, a credit line or the balance owed, beside what is paid
        ("the minimum on it is 40 but I pay 75 every month", "en", "other_debts", "75"),
        ("a minimum 12 ezer, de 20-at fizetek mindig", "hu", "other_debts", "20000"),
        ("最低还款三百，我每个月还六百", "zh", "other_debts", "600"),
        ("turnover around 12000 but I only take 1600 for myself", "en", "income", "1600"),
        ("forgalom 4 millió, de magamnak 300 ezret veszek fel", "hu", "income", "300000"),
        ("店里流水十万，但我自己每月就拿五千", "zh", "income", "5000"),
        ("信用卡额度两万，只还最低的，一个月六百", "zh", "other_debts", "600"),
        ("我欠了一万八，但每月最多七百", "zh", "counter", "700"),
        # a figure in another currency, worked out in the account's by the cardholder
        ("2000 dollars, which is roughly 1580 in pounds", "en", "income", "1580"),
        ("800 euró, az kb 310 ezer forint", "hu", "income", "310000"),
        ("每月800欧元，换成人民币大概六千二", "zh", "income", "6200"),
        # said in another currency with nothing else: the amount, as earlier rounds label it
        ("$90 a month", "en", "counter", "90"),
        # a list of payments is added up, a minimum among them included
        ("car loan 200, credit card min 25, overdraft 15", "en", "other_debts", "240"),
        # what it was set aside for what it is now
        ("it was 250 a month back then, now just 90 left on the car", "en", "other_debts", "90"),
    ],
)
def test_the_figure_paid_beside_others(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        ("I live in Portugal now, rent and food about 1100 euros", "en", "expenses"),
        ("I'm paid in dollars, 3000 a month, working in Toronto", "en", "income"),
        ("Németországban dolgozom, 2500 euro a fizetésem", "hu", "income"),
        ("我在新加坡上班，一个月四千新币", "zh", "income"),
    ],
)
def test_a_figure_in_another_currency_from_abroad_is_asked_again(
    text: str, language: str, question: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # thousands grouped another country's way, where the decimal reading is no month's amount
        ("1.250 a month", "en", "expenses", "1250"),
        ("2'400 pounds (swiss keyboard)", "en", "income", "2400"),
        ("5.200元", "zh", "income", "5200"),
        ("248,000 Ft", "hu", "income", "248000"),
        # a figure taken back for a realistic one
        ("I thought 90 but realistically 60", "en", "counter", "60"),
        ("40-et akartam, de reálisan 30 ezer", "hu", "counter", "30000"),
        ("本想说八百，实际上五百", "zh", "counter", "500"),
        # what it was, beside what it is since a change
        ("tavaly 280 volt, a leépítés óta 230 ezer", "hu", "income", "230000"),
        ("去年每月八千，降薪以后只有五千五了", "zh", "income", "5500"),
        # an hourly rate worked out to the month by the cardholder
        ("时薪30，一个月干160个小时左右，差不多4800", "zh", "income", "4800"),
        # the days worked a week are no amount
        ("30 ezer, heti 4 napot dolgozom", "hu", "counter", "30000"),
    ],
)
def test_the_one_amount_settled_on(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        ("有的月两千有的月五千，看派单", "zh", "income"),
        ("看排班，上个月4000，这个月2800", "zh", "income"),
        # whose income is asked is unclear beside the partner's (as earlier rounds label it)
        ("我老公每月六千，我自己一分没有", "zh", "income"),
    ],
)
def test_no_one_amount_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # today's figure beside one for later, each in a clause of its own
        ("on sick pay so 980 now, it'll be 1,700 again when I'm back", "en", "income", "980"),
        (
            "most táppénzen vagyok, 160 ezer, jövő tavasszal megyek vissza 310-re",
            "hu",
            "income",
            "160000",
        ),
        ("现在在休病假，每月3200，明年回去上班能到七千", "zh", "income", "3200"),
        ("épp nincs munkám, tehát 0, jövő hónaptól 290 ezer lesz", "hu", "income", "0"),
        # the cardholder's own payment beside one someone else pays
        (
            "my partner pays the car loan 240, I pay the catalogue 45 myself",
            "en",
            "other_debts",
            "45",
        ),
        (
            "a párom fizeti az autóhitelt 90-et, én a telefont 8 ezerrel",
            "hu",
            "other_debts",
            "8000",
        ),
        ("车贷我老婆还，每月三千，我自己还个花呗500", "zh", "other_debts", "500"),
        # the own figure said again beside someone else's and a total
        ("me 1200, my husband 2100, 3300 together, but mine is the 1200", "en", "income", "1200"),
        ("我自己四千，我老公七千，一共一万一，我本人就是四千", "zh", "income", "4000"),
        # a total said after its parts with "in all"
        ("rent 700, plus 160 bills, 860 in all", "en", "expenses", "860"),
    ],
)
def test_today_and_own_figure(text: str, language: str, question: str, expected: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nine oh ate two", "9082"),
        ("um its for ate six won", "4861"),
        ("I want to go for it", None),
    ],
)
def test_card_digits_dictated_as_words_that_sound_like_them(
    text: str, expected: str | None
) -> None:
    assert read_card_digits(text) == expected


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        ("rent 650, bills 120, and the gym I can't remember how much", "en", "expenses", None),
        ("房贷3000 网贷600 还有一个分期不记得多少", "zh", "other_debts", None),
        ("it comes out of my wages so 0 on top", "en", "other_debts", "0"),
    ],
)
def test_a_list_with_an_unknown_item_and_nothing_on_top(
    text: str, language: str, question: str, expected: str | None
) -> None:
    reading = read_as_asked(text, language, question)
    if expected is None:
        assert reading == AmountReading(None, AmountProblem.AMBIGUOUS)
    else:
        assert reading == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("之前每月开销五千，搬去宿舍以后每个月就花1500", "zh", "1500"),
        ("以前八千，找到工作以后能有三千", "zh", None),  # still to come: no amount today
        # a household of two before, one alone since: today's, never the two added up
        ("the two of us spent 1600, since i am on my own its 1050", "en", "1050"),
        ("we spent 1600 as a couple, since hes gone 1050", "en", "1050"),
        ("ketten 280-at költöttünk, mióta egyedül vagyok, 190", "hu", "190000"),
        # since said before every figure opens no change between them: a list
        ("since i lost my job rent 700 and food 250", "en", "950"),
        ("mióta elvesztettem a munkám, lakbér 120 ezer, kaja 60 ezer", "hu", "180000"),
    ],
)
def test_the_amount_since_a_change(text: str, language: str, expected: str | None) -> None:
    reading = read_as_asked(text, language, "expenses")
    assert reading.amount == (Decimal(expected) if expected else None)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("between us about 2900 but it's mostly my husband, I make 640", "en", "640"),
        ("家里一个月一万二，大部分是我老公的，我自己挣三千", "zh", "3000"),
        ("my husband makes 2300 and I make 950", "en", None),  # whose is asked: unclear
    ],
)
def test_own_income_beside_a_household_mostly_someone_elses(
    text: str, language: str, expected: str | None
) -> None:
    expected_amount = Decimal(expected) if expected else None
    assert read_as_asked(text, language, "income").amount == expected_amount


# --- Round 22 ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # a letter o typed for a zero
        ("take home £1,48o", "en", "income", "1480"),
        ("about 6oo all in", "en", "expenses", "600"),
        ("nagyjából 17o ezer", "hu", "income", "170000"),
        ("每月35oo", "zh", "income", "3500"),
        # children's ages, the size or place of the home, counts of things
        ("rent 640 for a 3 bed semi, my kids are 4 and 11, food 220", "en", "expenses", "860"),
        ("25 quid a month, I've got two jobs and 2 kids (3 and 5)", "en", "counter", "25"),
        ("lakbér 130, két gyerek (4 és 10 évesek), kaja 90", "hu", "expenses", "220000"),
        ("bérlet 120 (2. emelet, 38 nm), rezsi 35", "hu", "expenses", "155000"),
        ("rent 910 for flat 7c, council tax 150", "en", "expenses", "1060"),
        ("房租1800（1204室），物业120", "zh", "expenses", "1920"),
        ("around 260 a month over 3 different things", "en", "other_debts", "260"),
        ("havonta kb 90 összesen, 3 féle", "hu", "other_debts", "90000"),
        ("the van is 175 til 2029", "en", "other_debts", "175"),
        ("lakáshitel 88 200 Ft havonta, még 36 részlet", "hu", "other_debts", "88200"),
    ],
)
def test_numbers_beside_the_amount_are_set_aside(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        ("could be 250 or 300 altogether", "en", "other_debts"),
        ("60 vagy 75 összesen", "hu", "other_debts"),
        ("1,500 a month at the very least", "en", "expenses"),
    ],
)
def test_two_figures_or_a_bound_are_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("personal loan 145, still owe roughly 4,200 on it", "en", "145"),
        ("van 310 a month (11,000 left to clear) and a sofa on finance 42.50", "en", "352.50"),
        ("autóhitel 61, még vagy 1,8 millió van hátra", "hu", "61000"),
        ("房贷3100（还欠40万），手机分期188", "zh", "3288"),
    ],
)
def test_a_balance_in_a_clause_of_its_own_is_no_payment(
    text: str, language: str, expected: str
) -> None:
    assert read_as_asked(text, language, "other_debts") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        ("1,900 gross, so roughly 1,540 in my pocket", "en", "income", "1540"),
        ("bruttó 410, ebből marad 280", "hu", "income", "280000"),
        ("tavaly 350-et vittem haza, idén 290", "hu", "income", "290000"),
        ("store card minimum 30, I do 60 most months", "en", "other_debts", "60"),
        (
            "loan 220, and a gym contract 25 which is no debt really, so just 220",
            "en",
            "other_debts",
            "220",
        ),
        ("房贷3000，宽带49不算贷款，就3000", "zh", "other_debts", "3000"),
        ("我们家一个月花九千，其中我出三千五", "zh", "expenses", "3500"),
        ("a háztartás 380-at költ, én ebből 150-et adok", "hu", "expenses", "150000"),
    ],
)
def test_the_figure_settled_on_beside_a_whole(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


def test_an_amount_it_fell_below_is_a_bound() -> None:
    assert read_as_asked("180 alá csökkent", "hu", "income") == AmountReading(
        None, AmountProblem.AMBIGUOUS
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("órabéres vagyok, 2100 ft", "hu"),
        ("órabér 1900, heti 30 órát dolgozom", "hu"),
        ("我是按小时拿钱的，一小时25", "zh"),
        ("每两个星期发一次，每次1100", "zh"),
        ("I get paid in dollars, about 2,100 dollars", "en"),
        ("dollárban fizetnek, 1400 dollár", "hu"),
        ("我拿的是美元，两千", "zh"),
    ],
)
def test_pay_by_the_hour_or_in_another_currency_is_asked_again(text: str, language: str) -> None:
    assert read_as_asked(text, language, "income") == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        ("household brings in 3100 but my part is 940", "en", "income", "940"),
        ("the whole family spends 1,900 a month but I chip in 600", "en", "expenses", "600"),
        ("a párom 390-et keres, én 160-at", "hu", "income", "160000"),
        ("老婆月入九千，我自己跑外卖4200", "zh", "income", "4200"),
    ],
)
def test_own_figure_after_a_partners_or_the_households(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("7702 not 7720, typo", "7702"),
        ("4418 nem 4481, elírtam", "4418"),
        ("是6605，不是6650", "6605"),
        ("card ends 2290 and the mobile ends 8841", "2290"),
        ("a telefonom vége 3312, a kártyáé 7719", "7719"),
        ("手机后四位1234，银行卡后四位5678", "5678"),
        ("negyvenkettő tizenhét", "4217"),
        ("sixty five thirty", "6530"),
    ],
)
def test_card_digits_corrected_beside_a_phone_or_said_two_at_a_time(text: str, digits: str) -> None:
    assert read_card_digits(text) == digits


@pytest.mark.parametrize(
    "text", ["6605 or 6650, not sure", "my phone ends 3312", "forty two and some other numbers"]
)
def test_card_digits_not_guessed(text: str) -> None:
    """Either of two, a phone's digits alone or one pair spelled: nothing taken for the card's."""
    assert read_card_digits(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("százhetvenöt ezer", "175000"),
        ("kétszázötvenöt ezret költök", "255000"),
        ("huszonöt ezer a rezsi", "25000"),
        ("tizenötezer", "15000"),
        ("ötvenötöt fizetek", "55000"),
        ("negyvenet", "40000"),
    ],
)
def test_a_spelled_five_at_the_end_is_no_ending(text: str, expected: str) -> None:
    """Folded, the five of "ötvenöt" looks like the ending of "ötvenet": 55 is never 50."""
    assert read_as_asked(text, "hu", "expenses") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("7,3,0,1", "7301"),
        ("2, 8, 4, 6", "2846"),
        ("6620 not the 6602 from before", "6620"),
        ("5513 nem az 5531", "5513"),
        ("my husband's ends 7710 and mine ends 3342", "3342"),
        ("a férjemé 7710, az enyém 3342-re végződik", "3342"),
        ("我老公的卡尾号7710，我的是3342", "3342"),
        ("身份证后四位0417，信用卡尾号5590", "5590"),
        ("my ID card number ends 2231, the card 6678", "6678"),
        ("it's my wife's card, she says it ends 4410", "4410"),
    ],
)
def test_card_digits_beside_another_persons_or_a_document(text: str, digits: str) -> None:
    """Digits said with commas, a correction with an article, one's own beside a partner's; an
    identity document's are never the card's. A partner's card said alone is the one asked."""
    assert read_card_digits(text) == digits


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # the figure beside the answer is an income, a cost or what it was before
        ("900 工资才四千五 就这么多了", "zh", "counter", "900"),
        ("70, most i can manage with 1250 coming in", "en", "counter", "70"),
        ("25 ezer, ennél többet nem bírok a 190-ből", "hu", "counter", "25000"),
        ("a lakbér 95, a nyugdíjam 240", "hu", "income", "240000"),
        ("kaja 80 a fizetés 260", "hu", "expenses", "80000"),
        ("régen 150 volt, most 175", "hu", "expenses", "175000"),
        # a cost said beside incomes listed is no part of their sum
        ("pension 860 and attendance allowance 290, rent is 540", "en", "income", "1150"),
        ("退休金三千 加上补贴四百，房租一千二", "zh", "income", "3400"),
        ("nyugdíj 180 meg 35 özvegyi, a rezsi 50", "hu", "income", "215000"),
        # rent that comes in is income
        ("pension 700 and 350 from the lodger", "en", "income", "1050"),
    ],
)
def test_amounts_said_as_context_beside_the_answer(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language"),
    [("i earn 1500, of which 900 is rent", "en"), ("a nyugdíjam 230, ebből 110 a lakbér", "hu")],
)
def test_an_income_and_an_item_of_it_are_no_spending(text: str, language: str) -> None:
    assert read_as_asked(text, language, "expenses").problem is AmountProblem.AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # a total revised once an item is remembered, larger
        ("1100 oh and the phone contract, 1140", "en", "expenses", "1140"),
        ("四千 哦还有车险 四千三", "zh", "expenses", "4300"),
        ("220 ja, kihagytam a biztosítást, 235", "hu", "expenses", "235000"),
        # two items remembered one after the other are a list
        ("房租1600 哦还有水电200", "zh", "expenses", "1800"),
    ],
)
def test_a_total_revised_once_an_item_is_remembered(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # an item and the rest on top, unsaid
        ("rent 650 plus everything else", "en", "expenses"),
        ("albérlet 130 meg a többi", "hu", "expenses"),
        ("房租两千 其他另算", "zh", "expenses"),
        # a good month's figure and a bad one's
        ("1800 in a good month, less in a bad one", "en", "income"),
        ("jó hónapban 260, gyengébben kevesebb", "hu", "income"),
        ("旺月八千 淡月少一半", "zh", "income"),
        ("2100 on a busy month, less when it's quiet", "en", "income"),
        ("jó hónapban 300, amúgy kevesebb", "hu", "income"),
        # a second total smaller than the first: which one?
        ("3200 哦还有车险 400", "zh", "expenses"),
    ],
)
def test_the_rest_unsaid_or_a_good_month_is_asked_again(
    text: str, language: str, question: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize("text", ["a fizum 2/3-a megy el", "nagyjából a nyugdíjam 1/3-a"])
def test_a_fraction_of_the_wage_is_no_amount(text: str) -> None:
    """A share of something unsaid ("2/3-a") is never 2 and 3 thousand."""
    assert read_as_asked(text, "hu", "expenses").amount is None


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        # the digits said to be the card's, beside a date, an account, another card or a code
        ("born 02/11/1979 and the card ends with 6604", "6604"),
        ("customer no 40118822, last four digits are 1937", "1937"),
        ("ref XY5521 on your letter, last 4: 8 0 3 6", "8036"),
        ("születtem 1979.11.02, a kártyám vége 6604", "6604"),
        ("a bankszámlám 10918001-00000123, 1937 a vége", "1937"),
        ("借记卡6217 0000 1111 2222，信用卡尾号6604", "6604"),
        ("出生日期1979年11月2日，后四位1937", "1937"),
        # a date alone beside the digits
        ("dob 02.11.1979 - 6604", "6604"),
    ],
)
def test_card_digits_said_so_beside_other_numbers(text: str, digits: str) -> None:
    assert read_card_digits(text) == digits


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # a house on a street, a door, a building and its flat
        ("moved to 14 station road last month, I take home 1,480", "en", "income", "1480"),
        ("az új címem Kossuth utca 12/a, a fizetésem 231 ezer", "hu", "income", "231000"),
        ("lakbér 95 a 4/c-ért, rezsi 30", "hu", "expenses", "125000"),
        ("我住5号楼301，每个月工资4800", "zh", "income", "4800"),
        ("房租1800（8栋602），水电150", "zh", "expenses", "1950"),
        # a time of day, a day of the month
        ("on my break till quarter past 2, wages are 1,260", "en", "income", "1260"),
        ("payday is 15/12 and it'll be 1,340", "en", "income", "1340"),
        ("negyed 8-kor kezdek, havi 242 a fizetés", "hu", "income", "242000"),
        ("délután 3-ra állítsák be, 16 ezer", "hu", "counter", "16000"),
        ("minden hónap 5-e a fizetésnap, 198 ezer", "hu", "income", "198000"),
        ("每月15号发工资，一般是4600", "zh", "income", "4600"),
        # an own age, a distance, a number of figures, a case number further on
        ("22 vagyok, albérletben élek, 186 ezret keresek", "hu", "income", "186000"),
        ("我23，一个人住，一个月挣3900", "zh", "income", "3900"),
        ("i drive 30 miles each way to work, the job pays 1,610", "en", "income", "1610"),
        ("anything in four figures is too much, 55 is doable", "en", "counter", "55"),
        ("öt számjegyű nem megy, 9 ezer igen", "hu", "counter", "9000"),
        ("28 ezer, az iktatószám a levélen 77120", "hu", "counter", "28000"),
    ],
)
def test_a_home_a_time_a_day_an_age_or_a_distance_is_no_money(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # pay before tax beside what comes in
        ("£1,880 gross but about £1,530 hits my account", "en", "income", "1530"),
        ("bruttó 410, ebből 273 jön meg nekem", "hu", "income", "273000"),
        # a figure from before a change, in brackets; an ex-partner is no "was"
        ("目前4700（去年降薪前是六千）", "zh", "income", "4700"),
        ("a volt feleségemmel közös autóhitelre 25-öt fizetek", "hu", "other_debts", "25000"),
        # the last pay from a job left, nothing since: 0 now
        ("finished at the warehouse, got 1,250 in october, nothing since", "en", "income", "0"),
        ("elbocsátottak, szeptemberben még jött 240, azóta semmi", "hu", "income", "0"),
        ("公司倒闭了，九月还发了6500，之后就没收入了", "zh", "income", "0"),
        # own pay after a partner's, said with its source; a household's spending, own share
        ("my wife gets 2,300 and i make 450 from deliveries", "en", "income", "450"),
        ("我老婆一个月八千，我送外卖四千五左右", "zh", "income", "4500"),
        ("我家一个月开销一万二，我出一半六千", "zh", "expenses", "6000"),
        # "the rest" is nobody's money
        ("房租2300，其他的大概1200", "zh", "expenses", "3500"),
        # a Hungarian correction after an amount with its ending
        ("25-öt fizetnék. jaj nem, 18 ezret", "hu", "counter", "18000"),
        # payments left on a loan beside the payment
        ("sofa on finance, 89.50 for another 9 months", "en", "other_debts", "89.50"),
        ("phone contract, 4 more payments of 32", "en", "other_debts", "32"),
        ("a mosógépre még 8 részlet van, 7 ezer egyenként", "hu", "other_debts", "7000"),
        ("手机分期每月399，还有6期", "zh", "other_debts", "399"),
        # nothing spent, nothing besides the amount
        ("什么都不花，住宿舍吃食堂", "zh", "expenses", "0"),
        ("住在姐姐家，她一分钱也不收", "zh", "expenses", "0"),
        ("rokkantnyugdíj 112 ezer, más semmi", "hu", "income", "112000"),
    ],
)
def test_the_figure_meant_beside_one_from_before_or_someone_elses(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # two figures each said as a maybe, a week said in Chinese
        ("perhaps 900? maybe 950", "en", "expenses"),
        ("一个礼拜大概六百", "zh", "expenses"),
        ("一个礼拜能还一百五", "zh", "counter"),
        # paid only when there is money for it
        ("my mum helped me out, i pay her 50 whenever i can", "en", "other_debts"),
        ("a nővéremnek adok 15-öt amikor tudok", "hu", "other_debts"),
        ("欠朋友的，手头宽裕了就还他500", "zh", "other_debts"),
        # a loan's balance beside its monthly payment in a list of spending
        ("车贷总共十五万，每月还四千一，吃饭两千", "zh", "expenses"),
        # a bare partner's pay beside one's own, as the earlier rounds read it
        ("my wife makes 2100 and i make 1300", "en", "income"),
    ],
)
def test_a_maybe_a_week_or_a_payment_when_possible_is_asked_again(
    text: str, language: str, question: str
) -> None:
    assert read_as_asked(text, language, question).amount is None


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # a margin around the amount
        ("fourteen hundred give or take a tenner", "en", "expenses", "1400"),
        ("nagyjából 180, plusz-mínusz 5 ezer", "hu", "expenses", "180000"),
        ("háromszáz, pár ezer ide vagy oda", "hu", "income", "300000"),
        ("四千二左右，上下浮动一两百", "zh", "expenses", "4200"),
        ("三千八，上下差不了几百", "zh", "expenses", "3800"),
        # worked out twice, the figure at the end of a long explanation
        ("went through every bill, checked it twice, 85 a month is honest", "en", "counter", "85"),
        ("kétszer is átszámoltam az egészet, havi 14 ezer megy", "hu", "counter", "14000"),
        # the old figure of a change in a list of items
        (
            "council tax went up from 120 to 148 in april, so 148 plus rent 600",
            "en",
            "expenses",
            "748",
        ),
        (
            "a bérlet 9500-ról 11 ezerre ment fel tavasszal, szóval 11 ezer plusz lakbér 110 ezer",
            "hu",
            "expenses",
            "121000",
        ),
        ("物业费从200涨到260，再加房租1900", "zh", "expenses", "2160"),
        # a day's figure worked out into a month, what it is for said after it
        ("napi 3 ezer ebéd meg busz, havonta az kb 66 ezer", "hu", "expenses", "66000"),
        # pounds and pence, yuan and jiao, banknotes said in words
        ("forty two pounds and fifty pence", "en", "counter", "42.50"),
        ("eight hundred and twelve pounds thirty", "en", "income", "812.30"),
        ("三千零五十块六毛", "zh", "income", "3050.60"),
        ("八十块五毛", "zh", "counter", "80.50"),
        ("egy húszas meg egy ötös havonta", "hu", "counter", "25000"),
        # a sum refused beside the monthly offer
        ("egyben 90 ezer lehetetlen, havi 8 ezer?", "hu", "counter", "8000"),
    ],
)
def test_a_margin_an_old_figure_or_pence_beside_the_amount(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # the figure said to be one given before, or left to the bank
        ("same amount as last month", "en", "income"),
        ("whatever you reckon is fair", "en", "counter"),
        ("ugyanannyi mint amit korábban írtam", "hu", "expenses"),
        ("amennyit önök gondolnak", "hu", "counter"),
        ("跟上次说的一样", "zh", "other_debts"),
        ("你们定多少都行", "zh", "counter"),
        # a range said with "from", a lone "ötös" with no period: no change, no banknote
        ("anything from 700 to 1,100 depending on shifts", "en", "income"),
        ("从三千到五千都有可能", "zh", "income"),
        ("egy ötös", "hu", "counter"),
        # an amount at once then a monthly one: an offer in two stages
        ("80 ezret egyben, utána havi 12", "hu", "counter"),
    ],
)
def test_a_figure_not_said_or_a_range_is_asked_again(
    text: str, language: str, question: str
) -> None:
    assert read_as_asked(text, language, question).amount is None


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # near a time, an age, an address or pence, the amount is still the amount
        ("a lakbér ment fel 90-re", "hu", "expenses", "90000"),
        ("我80，不能再多了", "zh", "counter", "80"),
        ("1200 pretty close", "en", "income", "1200"),
        ("500/m", "en", "counter", "500"),
    ],
)
def test_an_amount_beside_words_of_a_time_an_age_or_an_address_stays(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # a gross figure is never added to another; an item after pounds is no pence
        ("£1,900 gross, plus 150 child benefit", "en", "income"),
        ("rent 600 pounds and 50, food 200", "en", "expenses"),
        # worked twice, paid twice: the second is no working out
        ("i've been paid twice this month, 1100", "en", "income"),
    ],
)
def test_a_gross_beside_another_income_or_pounds_beside_an_item_is_asked_again(
    text: str, language: str, question: str
) -> None:
    assert read_as_asked(text, language, question).amount is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("900 plus whatever the kids need", "en"),
        ("800 and whatever crops up", "en"),
        ("800 plus the kids", "en"),
        ("150 ezer plusz a gyerekek", "hu"),
        ("150 meg ami még kell", "hu"),
        ("三千 再加上孩子的", "zh"),
        ("between rent and bills most of my 1400", "en"),
        ("a 300-nak a nagy része elmegy rezsire", "hu"),
        ("工资一千四的大部分都花在房租上", "zh"),
    ],
)
def test_more_on_top_or_most_of_a_figure_is_asked_again(text: str, language: str) -> None:
    """What comes on top with no figure, or the most of a figure, is no amount of spending."""
    assert read_as_asked(text, language, "expenses").problem is AmountProblem.AMBIGUOUS


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("900 for me and the kids", "en", "900"),
        ("150 nekem és a gyerekeknek", "hu", "150000"),
        ("三千，包括孩子的", "zh", "3000"),
        ("half my wages, so about 700", "en", "700"),
    ],
)
def test_one_figure_for_the_children_too_is_taken(text: str, language: str, expected: str) -> None:
    assert read_as_asked(text, language, "expenses").amount == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # a term's or a semester's figure worked out to the month by the cardholder
        ("bursary is 1,800 a term, so about 600 a month", "en", "income", "600"),
        ("félévente 240 ezer a kollégiumi támogatás, havonta úgy 40", "hu", "income", "40000"),
        ("奖学金一个学期六千，平均一个月一千二", "zh", "income", "1200"),
        # a total said first, with what it takes in after it
        ("roughly 950, this includes 40 for the gym", "en", "expenses", "950"),
        ("210 ezer, ebben már benne van a 15 ezres bérlet is", "hu", "expenses", "210000"),
        ("每月两千八，包括手机费80", "zh", "expenses", "2800"),
        # what someone lent beside what is paid back each month
        ("my aunt loaned me 1,500 and i pay her back 75 a month", "en", "other_debts", "75"),
        ("anyutól kölcsönkértem 300 ezret, havi 20-at adok vissza", "hu", "other_debts", "20000"),
        ("朋友借给我三万，每月还他一千五", "zh", "other_debts", "1500"),
    ],
)
def test_a_figure_worked_out_a_total_with_its_parts_or_a_repayment_is_read(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # paid by the week: the last week's figure is no month's
        ("i get paid every week, this week 380", "en", "income"),
        ("heti fizetés van, most 70 ezer jött", "hu", "income"),
        ("工资周结的，上礼拜拿了九百", "zh", "income"),
        # two figures, the first said roughly
        ("two cards, 80ish or maybe 120 between them", "en", "other_debts"),
        # what someone lent, without a payment
        ("my brother lent me 2k", "en", "other_debts"),
        ("朋友借给我三万", "zh", "other_debts"),
    ],
)
def test_a_week_paid_two_rough_figures_or_a_sum_lent_is_asked_again(
    text: str, language: str, question: str
) -> None:
    assert read_as_asked(text, language, question).amount is None


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # money paid out that the cardholder says is no debt: none
        ("nothing. i give my mum 150 for rent but thats not a debt", "en", "other_debts", "0"),
        ("semmi, anyunak adok havi 30-at, de az nem tartozás", "hu", "other_debts", "0"),
        ("没欠债，每月给爸妈两千，那不算借款", "zh", "other_debts", "0"),
        ("我个人没有，公司的贷款公司自己还", "zh", "other_debts", "0"),
        ("现在一分钱没到账，补助下个月才发", "zh", "income", "0"),
        # an extra pointed back at and set aside: the monthly figure is whole
        ("工资四千八，有时候有奖金，那个不算", "zh", "income", "4800"),
        # what the till takes beside what is drawn or left
        ("the till takes about 9k a month but i only draw 1,400", "en", "income", "1400"),
        ("a forgalom kb 1,5 millió havonta, nekem 280 jut", "hu", "income", "280000"),
        # an amount until a time to come is an offer now
        ("年底前每月500可以吗", "zh", "counter", "500"),
    ],
)
def test_no_debt_an_extra_set_aside_or_a_till_beside_drawings_is_read(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # a turnover is never added to what is drawn
        ("turnover about 8k, 1,300 for me", "en", "income"),
        ("流水三万，五千给我自己", "zh", "income"),
        # a share of the bank's figure, not worked out
        ("how about a third of the amount you asked for", "en", "counter"),
        ("a harmadát annak, amennyit mondtak", "hu", "counter"),
        ("银行定的数的三分之一行吗", "zh", "counter"),
        # where the money goes not known
        ("no idea where my money goes tbh", "en", "expenses"),
        ("fogalmam sincs, nem tudom hova folyik el", "hu", "expenses"),
        ("钱都不知道花哪去了", "zh", "expenses"),
    ],
)
def test_a_turnover_a_share_of_the_banks_figure_or_money_gone_is_asked_again(
    text: str, language: str, question: str
) -> None:
    reading = read_as_asked(text, language, question)
    assert reading == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a birth year typed first and taken back, the card's digits after it
        ("1979 oops no thats my birth year, 6620", "6620"),
        ("1987, jaj nem, az a születési évem. 4410", "4410"),
        ("1990，不对那是我出生年份，3307", "3307"),
    ],
)
def test_a_birth_year_taken_back_is_no_cards_digits(text: str, expected: str) -> None:
    assert read_card_digits(text) == expected


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        ("talán 50? vagy még több, meg kell néznem", "hu", "other_debts"),
        ("kb 80 vagy akár több", "hu", "expenses"),
        ("around 70? or maybe more, not sure", "en", "other_debts"),
    ],
)
def test_a_figure_with_or_more_after_it_is_asked_again(
    text: str, language: str, question: str
) -> None:
    """A figure then "vagy több" (or more) is a floor, not the amount: never guessed."""
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # one taken off another, the result not said
        ("1300 minus the 200 housing benefit covers", "en", "expenses"),
        ("180 ezer mínusz a 20 ezer lakhatási támogatás", "hu", "expenses"),
        # an item with its amount left out of a figure
        ("1100 not counting the 150 car payment", "en", "expenses"),
        ("250 ezer a törlesztő nélkül, az 40", "hu", "expenses"),
        ("230 ezer, nem számolva a 25 ezres telefont", "hu", "expenses"),
        # a share of a figure, not worked out
        ("half of the 1200 rent and 250 for food", "en", "expenses"),
        ("we spend about 2500 as a household and i put in 60% of that", "en", "expenses"),
        ("房租四千我出一半，吃饭一千五", "zh", "expenses"),
        # one season's figure beside another's
        ("about 1000 a month, more like 1300 in winter", "en", "expenses"),
        ("kb 250 ezer, télen 300 a fűtés miatt", "hu", "expenses"),
        ("平时三千，冬天要四千", "zh", "expenses"),
        # a yearly bonus beside the month's pay, each said as a figure
        ("havi 300 ezer, évvégi prémium 200 ezer", "hu", "income"),
        # paid by someone else
        ("car loan 200 but my dad pays it", "en", "other_debts"),
        ("autóhitel 60 ezer, de azt apu fizeti", "hu", "other_debts"),
        ("车贷两千，不过是我爸在还", "zh", "other_debts"),
    ],
)
def test_amounts_worked_out_against_each_other_are_asked_again(
    text: str, language: str, question: str
) -> None:
    """Figures taken off, left out, shared, by season or paid by another: never added, never
    guessed."""
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # an allowance towards the rent is income, not a cost
        ("wages 1400 and 300 housing benefit", "en", "income", "1700"),
        ("fizetés 280, plusz 30 lakhatási támogatás", "hu", "income", "310000"),
        ("工资4500，房租补贴500", "zh", "income", "5000"),
        # money sent home is no income
        ("i get 1900 but i send 400 home to my mum every month", "en", "income", "1900"),
        ("320 ezret keresek, de 50-et hazaküldök anyuéknak", "hu", "income", "320000"),
        ("我工资五千，但是每个月要寄两千回老家", "zh", "income", "5000"),
        # a loan named by its size is no payment on it
        ("20 ezret fizetek a 600 ezres hitelre", "hu", "other_debts", "20000"),
        ("havi 30-at fizetek egy 900 ezres kölcsönre", "hu", "other_debts", "30000"),
    ],
)
def test_an_allowance_money_sent_home_or_a_loans_size_beside_the_amount(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # a usual month's figure beside this one's, no reason said for this one (with one, "…
        # this month 1400 cos of the car", the usual month is taken, as rounds 33 and 78 label it)
        ("usually 1100, this month 1400", "en", "expenses"),
        ("általában 200, ebben a hónapban 260 a javítás miatt", "hu", "expenses"),
        ("一般三千，这个月四千因为修车", "zh", "expenses"),
        # a good month's figure only, or last year's with more now
        ("about 1000 on a good month", "en", "expenses"),
        ("200 ezer egy jó hónapban", "hu", "expenses"),
        ("好的时候三千", "zh", "expenses"),
        ("1200 last year, bound to be more now", "en", "expenses"),
        ("去年三千，现在肯定更多", "zh", "expenses"),
        # a share said as a fraction
        ("1,250 rent i pay a third", "en", "expenses"),
        ("房租三千我付三分之一", "zh", "expenses"),
        # every four weeks is no month
        ("800 every 4 weeks", "en", "expenses"),
        ("每四周发一次，一次六千", "zh", "income"),
        # a figure and a plus sign with nothing after it
        ("1000+ easily", "en", "expenses"),
    ],
)
def test_a_usual_or_good_months_figure_a_fraction_or_four_weeks_is_asked_again(
    text: str, language: str, question: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # a count of instalments is no money
        ("a 24 részletes tévé 12 ezer/hó", "hu", "other_debts", "12000"),
        # a couple's figure together, then one's own
        ("我和老公加起来一万二，我自己五千", "zh", "income", "5000"),
    ],
)
def test_a_count_of_instalments_or_a_couples_total_beside_the_own_amount(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        ("工资卡每月进来4800，社保扣了700", "zh", "income"),  # deducted: not to add
        ("我领退休金2800，老伴2600", "zh", "income"),  # a spouse's pension: not to add
    ],
)
def test_a_deduction_or_a_spouses_pension_is_never_added(
    text: str, language: str, question: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        ("1400 incl the 300 car loan", "en", "expenses"),  # one said to include the other
        ("1400 with the car loan, 1100 without", "en", "expenses"),  # with it and without
        ("a kocsival 250 ezer, nélküle 200", "hu", "expenses"),
        ("带车贷四千八，不带四千", "zh", "expenses"),
        ("目前月薪5000，试用期过了6000", "zh", "income"),  # today's and after probation
    ],
)
def test_a_figure_said_to_include_another_or_with_and_without_is_never_added(
    text: str, language: str, question: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # not enough to live on
        ("200-ból nem jövök ki", "hu"),
        ("i cant manage on 900", "en"),
        # only the fixed costs
        ("kb 200, de ez csak a fix", "hu"),
        ("850 but thats just the fixed bills", "en"),
        ("三千，只是固定开销", "zh"),
        # an item left out, or a share of the figure essential
        ("200 ezer, a kaját nem számolva", "hu"),
        ("kb 200-at szoktunk elkölteni, de ennek a fele szükséges", "hu"),
        # more on top with no figure, or a bill every two months among monthly ones
        ("200 ezer, plusz ami a gyerekekre megy", "hu"),
        ("kéthavonta 40 a gáz, meg a lakbér 150", "hu"),
    ],
)
def test_a_figure_not_enough_only_fixed_or_with_a_part_left_out_is_asked_again(
    text: str, language: str
) -> None:
    assert read_as_asked(text, language, "expenses") == AmountReading(None, AmountProblem.AMBIGUOUS)


def test_a_debt_left_out_of_the_spending_leaves_the_figure() -> None:
    """Debts are asked for apart: the spending without one is the figure."""
    assert read_as_asked("200 ezer, a hitelt nem számolva", "hu", "expenses") == AmountReading(
        Decimal(200000), None
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # said two at a time, a teen or a pair that starts with a zero among them
        ("fifteen oh eight", "1508"),
        ("oh three seventy two", "0372"),
        ("tizenhárom nulla hét", "1307"),
        ("nulla kettő kilencvenegy", "0291"),
        # beside another card's digits, the credit card's are the ones asked
        ("debit card is 4410, the credit card ends 7125", "7125"),
        ("a folyószámlás kártyám 4410, a hitelkártyám vége 7125", "7125"),
        ("借记卡是4410，信用卡尾号7125", "7125"),
        # beside a fee said in money
        ("they took 1200 ft for the new card, anyway 3381", "3381"),
        ("paid £1500 for nothing, the digits are 3381", "3381"),
        ("补卡扣了2000元，卡号后四位3381", "3381"),
    ],
)
def test_card_digits_said_in_pairs_beside_another_card_or_a_fee(text: str, expected: str) -> None:
    assert read_card_digits(text) == expected


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # "-ish" is an approximation: the number
        ("wages 1.4k-ish", "en", "income", "1400"),
        ("roughly 2kish", "en", "expenses", "2000"),
        ("850-ish", "en", "counter", "850"),
    ],
)
def test_a_figure_said_roughly_with_ish_is_read(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # a figure and "some" more, the hyphen spaced or the words run together
        ("háromszáz-egynéhány", "hu", "expenses"),
        ("kétszázegynéhány ezer jön be", "hu", "income"),
        ("egynéhány ezer megy el", "hu", "expenses"),
        ("900 and something", "en", "expenses"),
        ("两千几百", "zh", "expenses"),
        # each of the last months' figures, not a list to add up
        ("前两个月分别是六千和八千五", "zh", "income"),
        ("最近三个月7000、8200、6900", "zh", "income"),
        ("the last two months were 1500 and 1900", "en", "income"),
    ],
)
def test_some_more_than_a_figure_or_each_months_figure_is_asked_again(
    text: str, language: str, question: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("about 1,900 after tax, my husbands pay isnt included", "en", "1900"),
        ("havonta 265, a férjem keresete nincs benne", "hu", "265000"),
        ("a párom fizetése nincs beleszámolva, nekem 198 jön", "hu", "198000"),
        ("我每月六千一，老公的工资不算在内", "zh", "6100"),
    ],
)
def test_own_income_with_a_partners_pay_left_out_is_read(
    text: str, language: str, expected: str
) -> None:
    currency = {"en": "GBP", "hu": "HUF", "zh": "CNY"}[language]
    reading = interpret(text, Question.INCOME, language, currency=currency)
    assert reading.amount == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # an offer after "a bit more": the figure said is the offer
        ("i know i'm behind so i'll pay a bit more, 75", "en", "counter", "75"),
        # "cover" is no "over"
        ("my son can cover 120 a month", "en", "counter", "120"),
        # an item there is none of, beside the item paid
        ("albérlet nincs, anyámnál lakom, 40 ezret adok neki", "hu", "expenses", "40000"),
        ("no rent, i stay at my sister's and give her 250 for food", "en", "expenses", "250"),
        ("不用交房租，住我姐家，给她一千二生活费", "zh", "expenses", "1200"),
        # a total said after what was added
        ("加上网费一共两千八", "zh", "expenses", "2800"),
        # paid out of a pension or a wage: a source, no earlier figure
        ("我从工资里拿出六百", "zh", "counter", "600"),
    ],
)
def test_an_offer_after_more_an_item_there_is_none_of_or_a_total_is_read(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # paid back when asked, no set sum
        ("my cousin gets paid back, no fixed amount, whenever", "en", "other_debts"),
        ("a nagynénémnek fizetek vissza, nincs fix összege", "hu", "other_debts"),
        ("还我表哥的钱，没有固定的数", "zh", "other_debts"),
        # a sum in one go, the monthly left open
        ("500 in one go now and we can talk about the monthly later", "en", "counter"),
        ("egyben ki tudok fizetni 80 ezret, a havi részletet majd később", "hu", "counter"),
        ("一次性先给三千，每月的以后再商量", "zh", "counter"),
    ],
)
def test_no_set_sum_or_a_sum_now_with_the_monthly_left_open_is_asked_again(
    text: str, language: str, question: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("van egy autóhitel 40 ezer, de az a férjemé", "hu"),
        ("there's a car loan of 200 but that's my husband's", "en"),
        ("有个车贷三千，不过那是我老公的", "zh"),
    ],
)
def test_another_debt_said_to_be_someone_elses_is_asked_again(text: str, language: str) -> None:
    assert read_as_asked(text, language, "other_debts") == AmountReading(
        None, AmountProblem.AMBIGUOUS
    )


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # another item named beside the amount, its own amount not known
        ("car loan 150 and the one from the credit union i'd need to check", "en", "other_debts"),
        ("laybuy sofa, cant remember the amount, plus a catalogue at 25", "en", "other_debts"),
        ("a bankkártya 30 ezer, a másik hitelt meg kéne néznem", "hu", "other_debts"),
        ("a tévé részletben, nem emlékszem mennyi, meg a mobil 9 ezer", "hu", "other_debts"),
        ("房租两千五，水电我得查一下", "zh", "expenses"),
        ("白条记不清多少了，还有个借呗六百", "zh", "other_debts"),
        # takings shared, the own half not worked out
        ("the van brings in about 2,400 and my partner and i go halves", "en", "income"),
        ("a bolt kb 500-at hoz havonta, a sógorommal felezzük", "hu", "income"),
        ("小店一个月赚一万左右，跟我哥平分", "zh", "income"),
    ],
)
def test_an_item_unknown_or_takings_shared_are_asked_again(
    text: str, language: str, question: str
) -> None:
    """Another item's amount not known, or takings halved with someone: never guessed."""
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # the own share worked out after someone else's
        ("the stall makes 2,000, my sister takes half so 1,000 is mine", "en", "income", "1000"),
        ("a bolt tisztán 500, a fele a bátyámé, szóval 250 az enyém", "hu", "income", "250000"),
        ("店里一个月挣一万，一半是我姐的，所以我的是五千", "zh", "income", "5000"),
        # a count of payments, or a period, after "pay in"
        ("clearpay, pay in 4, 30 a month", "en", "other_debts", "30"),
        # an amount said to be checked, said with the figure itself
        ("the loan is 140, i'd have to check the exact figure", "en", "other_debts", "140"),
    ],
)
def test_an_own_share_worked_out_or_a_figure_to_check(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # a figure with a debt counted in on a condition, then the one settled on
        (
            "1,400 if i count the 150 phone contract, but thats a debt so 1,250",
            "en",
            "expenses",
            "1250",
        ),
        (
            "300 ha beleszámolom a 45 ezres hitelt, de az tartozás, szóval 255",
            "hu",
            "expenses",
            "255000",
        ),
        ("算上网贷500的话是5500，不过网贷是债，所以5000", "zh", "expenses", "5000"),
        # an item with its amount left out by the cardholder
        ("1,100, i'm not counting the 90 for the loan", "en", "expenses", "1100"),
        ("220, a 30 ezres részletet nem számoltam bele", "hu", "expenses", "220000"),
        ("四千五，花呗每月800我没算进去", "zh", "expenses", "4500"),
    ],
)
def test_the_figure_left_when_a_debt_is_counted_in_or_left_out(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("1,300 with the loan, 1,150 without, which one do you need?", "en"),
        ("a hitellel 260, nélküle 230, nem tudom melyik kell", "hu"),
        ("带花呗五千，不带四千二，不知道你们要哪个", "zh"),
    ],
)
def test_two_figures_and_a_question_which_is_wanted_are_asked_again(
    text: str, language: str
) -> None:
    assert read_as_asked(text, language, "expenses") == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a balance, then that nothing is paid on it monthly
        ("my gran lent me 800, no set payment, so nothing monthly", "en", "0"),
        ("a nagymamámnak tartozom 150 ezerrel, nincs fix részlet, havonta semmi", "hu", "0"),
        ("欠我姐一万，没说什么时候还，所以每个月不还", "zh", "0"),
    ],
)
def test_a_balance_with_nothing_paid_monthly_is_nothing(
    text: str, language: str, expected: str
) -> None:
    assert read_as_asked(text, language, "other_debts") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # a balance with no monthly payment on it: the balance is no payment
        ("an arranged overdraft of 900, theres no monthly payment on it", "en", "other_debts"),
        ("folyószámlahitel 200 ezer, nincs rajta havi törlesztő", "hu", "other_debts"),
        ("借呗欠了八千，但没有每月要还的", "zh", "other_debts"),
        ("我妈借我一万，有钱就给她点", "zh", "other_debts"),
        # a figure flagged as the whole household's
        ("he says about 1,800 but thats for the whole family", "en", "expenses"),
        ("anyósom szerint 350, de az az egész családra van", "hu", "expenses"),
        ("我妈说一个月七千，但那是全家的", "zh", "expenses"),
        # fell below a figure; an item counted apart without its figure
        ("150 alá ment, amióta albérlőt vettem", "hu", "expenses"),
        ("吃饭一个月两千，房租另算", "zh", "expenses"),
    ],
)
def test_a_balance_without_a_payment_or_the_households_figure_is_asked_again(
    text: str, language: str, question: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # what was taken out, beside what is paid back each month
        ("payday loan, took out 500, paying 125 a month till may", "en", "other_debts", "125"),
        ("személyi kölcsön, havi 22 ezer, 400-at vettem fel", "hu", "other_debts", "22000"),
        ("小额贷贷了一万五，每月还一千二", "zh", "other_debts", "1200"),
    ],
)
def test_the_sum_taken_out_beside_the_monthly_payment(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # one figure for one season, another season beside it
        ("about 80 in the busy season, nothing in winter", "en", "counter"),
        ("nyáron 30 ezer, télen semmi", "hu", "counter"),
        ("旺季每月五百，淡季一分没有", "zh", "counter"),
        # half of a payment named as the whole, the other half paid by someone now and then
        (
            "a 60 ezres részletnek a fele, a másik felét a bátyám fizeti, ha tudja",
            "hu",
            "other_debts",
        ),
    ],
)
def test_a_seasons_figure_or_half_of_a_named_payment_is_asked_again(
    text: str, language: str, question: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # the own pay said beside a partner's kept apart
        ("my own pay is 1,310, my husband earns about 2,000 but keeps it", "en", "income", "1310"),
        ("az én fizetésem 240, a férjem 380-at keres, de az az övé", "hu", "income", "240000"),
        ("我自己工资三千九，我老公挣八千左右，他的钱他自己管", "zh", "income", "3900"),
        # gross beside what reaches the account
        ("it's 2,400 gross, 1,910 lands in my account", "en", "income", "1910"),
        ("税前九千，打到卡上七千二", "zh", "income", "7200"),
        # a month's figure restated for the year, millions and thousands in Hungarian
        ("havi 230, az évente 2 millió 760", "hu", "expenses", "230000"),
        ("évente kb 3 millió 120 ezer, az havi 260", "hu", "expenses", "260000"),
        ("每月房租水电吃饭三千五，一年就是四万二", "zh", "expenses", "3500"),
        # the total revised after an item remembered
        ("180... várj, kimaradt a biztosítás, 195", "hu", "expenses", "195000"),
        # a rate before the figure now
        ("store card 60, was 45 until they put the rate up", "en", "other_debts", "60"),
        # an offer beside the balance owed
        ("25. i know the balance is 2,400 but thats all i have", "en", "counter", "25"),
        ("6 ezer. tudom, hogy 450 ezer a tartozás", "hu", "counter", "6000"),
        ("三百。我知道欠款两万", "zh", "counter", "300"),
    ],
)
def test_the_own_net_monthly_or_offered_figure_beside_another(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # something more on top, said by the cardholder not to be monthly
        ("1,280 a month, plus a bonus at christmas but thats not monthly", "en", "1280"),
        ("havi 310, plusz nyáron egyszer egy jutalom, de az nem havi", "hu", "310000"),
        ("每月四千二，另外端午有一次过节费，不过那不是每月的", "zh", "4200"),
    ],
)
def test_an_extra_said_not_to_be_monthly_is_set_aside(
    text: str, language: str, expected: str
) -> None:
    assert read_as_asked(text, language, "income") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # payments left on a plan, counted, and the one payment
        ("very, 4 payments of 38 left on the laptop", "en", "38"),
        ("a hűtőre 5 részlet van hátra, egyenként 11 ezer", "hu", "11000"),
    ],
)
def test_the_payment_beside_the_payments_left(text: str, language: str, expected: str) -> None:
    assert read_as_asked(text, language, "other_debts") == AmountReading(Decimal(expected), None)


def test_the_figure_said_beside_one_with_more_counted_on_a_condition() -> None:
    """The larger figure is said only if something more is counted: the one said is the answer."""
    reading = read_as_asked("1200 for me, 1800 if you count the dog and the car", "en", "expenses")
    assert reading == AmountReading(Decimal(1200), None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # a floor said with the verb first, or "no less than" in Hungarian's own order
        ("télen sosem megy 250 alá", "hu", "expenses"),
        ("a rezsivel együtt soha nem megy 300 alá", "hu", "expenses"),
        ("havi 150 ezer alá nem megy a kiadás", "hu", "expenses"),  # the verb after it
        ("nem kevesebb 15 ezernél", "hu", "counter"),
        # one amount taken every few weeks, the weeks said after it
        ("catalogue 35 comes out every week", "en", "other_debts"),
        ("the loan app takes 90 off me every two weeks", "en", "other_debts"),
        ("网贷每次扣四百，两周一次", "zh", "other_debts"),
        # another item named after the one amount, its own amount not known
        ("rent 700, then the taxi to the hospital, no idea what that comes to", "en", "expenses"),
        ("lakbér 120, aztán a buszjegy a kórházba, nem tudom mennyi", "hu", "expenses"),
        ("房租两千，然后是孩子的校车费，记不清多少", "zh", "expenses"),
    ],
)
def test_a_floor_a_few_weeks_or_an_item_unknown_is_asked_again(
    text: str, language: str, question: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # the jiao said after the yuan without its word ("毛"), no count after it
        ("借呗每月一百二十块五", "other_debts", "120.5"),
        ("每个月能还二百四十块五", "counter", "240.5"),
        ("三百块五个月", "counter", "300"),
    ],
)
def test_yuan_and_jiao_without_the_jiaos_word(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # what a household of two spent before, what one spends now
        ("the two of us got through 1,400, these days its 900 just me", "en", "expenses", "900"),
        ("ketten 280-at költöttünk, most egyedül 190", "hu", "expenses", "190000"),
        ("俩人的时候一个月五千，现在一个人三千二", "zh", "expenses", "3200"),
        # a shop's turnover beside what the owner draws
        ("the cafe turns over about 6k, i only take 1,100 out", "en", "income", "1100"),
        ("a bolt forgalma talán 2 millió, de én csak 300-at veszek ki", "hu", "income", "300000"),
        # the payments left counted right after the monthly amount
        ("sofa on finance, 45 a month, 7 more to go", "en", "other_debts", "45"),
        ("catalogue 30 a month, 12 payments left", "en", "other_debts", "30"),
    ],
)
def test_now_beside_before_drawings_beside_turnover_payment_beside_left(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a debt cleared by someone else, nothing left to pay now
        ("the sofa was 40 a month, my brother paid it off for me, so nothing now", "en"),
        ("a hűtő havi 15 volt, a lányom kifizette, szóval most nincs", "hu"),
        ("他有个车贷每月三百，保险公司都还清了，所以现在没有了", "zh"),
    ],
)
def test_a_debt_cleared_leaves_nothing_now(text: str, language: str) -> None:
    assert read_as_asked(text, language, "other_debts") == AmountReading(Decimal(0), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("三百吧，还是二百八保险些", "280"), ("六百……还是五百五稳妥点", "550")],
)
def test_the_safer_figure_said_after_is_the_offer(text: str, expected: str) -> None:
    assert read_as_asked(text, "zh", "counter") == AmountReading(Decimal(expected), None)


def test_a_late_spouses_pension_beside_a_survivors_is_summed_but_a_wage_is_not() -> None:
    """A survivor's pension and the late spouse's pension now paid to the cardholder are both
    hers; a living partner's wage beside them is still someone else's."""
    reading = read_as_asked("遗属抚恤金一千八，加上他厂里的养老金四百", "zh", "income")
    assert reading == AmountReading(Decimal(2200), None)
    reading = read_as_asked("抚恤金两千，他的工资五千", "zh", "income")
    assert reading == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a child's age and "0-24" (round the clock) are no money beside the offer
        ("my daughter is 9, 40 a month is all i can do", "en", "40"),
        ("our boy turned 17 last week, 55 a month is my limit", "en", "55"),
        ("0-24-ben dolgozom, havi 12 ezer megy", "hu", "12000"),
    ],
)
def test_an_age_or_round_the_clock_beside_the_offer(
    text: str, language: str, expected: str
) -> None:
    assert read_as_asked(text, language, "counter") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the whole said only as a bound, one item of it said alone: no month's amount
        ("over a thousand i think, rent alone is 700", "en"),
        ("rent alone is 700 so well over a thousand", "en"),
        ("több mint 300, csak a lakbér 180", "hu"),
        ("一个月肯定过五千，光房租就三千", "zh"),
    ],
)
def test_one_item_alone_beside_a_bound_of_the_whole(text: str, language: str) -> None:
    reading = read_as_asked(text, language, "expenses")
    assert reading == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # a shopping festival, a bus route, a floor area or a lender's name: no money
        ("双11抢的电视分了12期，每期三百二", "other_debts", "320"),
        ("618那会儿买的电脑，每月还450", "other_debts", "450"),
        ("双十二买了一堆年货，平常一个月两千三", "expenses", "2300"),
        ("坐15路车上班，车费每月一百五，房租一千八", "expenses", "1950"),
        ("租了个45平米的一室，房租1700，水电两百", "expenses", "1900"),
        ("360借条每月还七百，花呗每月三百", "other_debts", "1000"),
        # every day said of a habit, with no figure in its clause: the list is a month's
        ("每天开车上班，油费一个月六百，房租两千", "expenses", "2600"),
        # a Chinese hundred before a thousand is no thousand said once for both
        ("油费六百，房租两千", "expenses", "2600"),
    ],
)
def test_numbers_that_name_something_beside_the_amount_zh(
    text: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("618", "counter"),  # the figure alone is still an amount
        ("每天吃饭三十，房租两千", "expenses"),  # a day's amount stays no month's
    ],
)
def test_a_number_alone_or_a_days_amount_is_kept_zh(text: str, question: str) -> None:
    reading = read_as_asked(text, "zh", question)
    assert reading.amount == (Decimal(618) if question == "counter" else None)


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        # a floor said after or before the figure: how much more is unsaid
        ("一个月花销两千五出个头吧", "zh", "expenses"),
        ("吃的用的怎么都得两千", "zh", "expenses"),
        ("房租加吃饭，三千还不止", "zh", "expenses"),
        ("工资五千都不止，但都被扣了", "zh", "income"),
        ("一个月怎么着也有四千", "zh", "income"),
        ("spending is 1,800 at the very least", "en", "expenses"),
        ("legalább 260 ezer elmegy egy hónapban", "hu", "expenses"),
    ],
)
def test_an_amount_said_as_a_floor_is_asked_again(text: str, language: str, question: str) -> None:
    reading = read_as_asked(text, language, question)
    assert reading == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # paid once in several months, the once's amount said: no month's amount
        ("工资两个月才发一次，一次八千", "income"),
        ("物业费一年交一次，一次两千四，房租每月一千五", "expenses"),
        ("押一付三，每次交六千", "expenses"),
        ("电费两个月交一次，一次三百，别的每月两千", "expenses"),
        # a short loan paid back once when it falls due
        ("借了14天的网贷，到期要还两千二", "other_debts"),
    ],
)
def test_an_amount_paid_once_in_several_months_is_asked_again_zh(text: str, question: str) -> None:
    reading = read_as_asked(text, "zh", question)
    assert reading == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        ("网贷每月还八百，明年三月到期", "other_debts", "800"),  # the month's, due date beside it
        ("房租一个月一交，一次两千", "expenses", "2000"),  # once a month is the month's
    ],
)
def test_a_monthly_amount_beside_a_due_date_or_paid_monthly_zh(
    text: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # a figure worked out as a month's, or into yuan, right after the one it stands for
        ("一年到手九万六，平均每月八千", "income", "8000"),
        ("物业费一年两千四，折合每月两百，房租一千三，一共一千五", "expenses", "1500"),
        ("在香港做工一个月两万港币，换成人民币大概一万八", "income", "18000"),
        ("房租季付，一次六千，相当于每月两千", "expenses", "2000"),
        ("今年前三个月赚了一万五，平均每月五千", "income", "5000"),
        # the exact figure rounded after it
        ("4863，抹个零就算四千八", "income", "4800"),
        ("3270.5，四舍五入三千三", "income", "3300"),
    ],
)
def test_the_figure_worked_out_or_rounded_after_another_zh(
    text: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    "text",
    ["今年以来一共挣了两万四", "今年到现在赚了四万，做了八个月"],
)
def test_earned_so_far_this_year_is_no_month_zh(text: str) -> None:
    reading = read_as_asked(text, "zh", "income")
    assert reading == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a loan's size said first, the month's payment after with who takes or gets it between
        ("跟单位借了八千，每个月从工资里扣五百", "500"),
        ("三万的网贷，每月还一千五", "1500"),
        ("我姐借我两万，讲好每个月还她八百", "800"),
        ("每月从工资里扣六百", "600"),
    ],
)
def test_the_months_payment_beside_a_loans_size_zh(text: str, expected: str) -> None:
    assert read_as_asked(text, "zh", "other_debts") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # digits typed as keycap emoji
        ("每月3️⃣0️⃣0️⃣可以吗", "zh", "300"),
        ("i can do 4️⃣0️⃣ a month", "en", "40"),
        ("havi 1️⃣5️⃣ ezer", "hu", "15000"),
    ],
)
def test_an_offer_typed_in_keycap_digits(text: str, language: str, expected: str) -> None:
    assert read_as_asked(text, language, "counter") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("都不行，每月4️⃣0️⃣0️⃣可以吗", "zh", "amount:400"),
        ("none of those, 7️⃣5️⃣ a month?", "en", "amount:75"),
    ],
)
def test_an_own_amount_at_the_options_in_keycap_digits(
    text: str, language: str, expected: str
) -> None:
    reading = interpret(text, Question.OPTIONS, language, offers=README_OFFERS)
    assert reading.meaning == expected


@pytest.mark.parametrize(
    "text",
    [
        # paid in Hong Kong or Macau money where the cardholder works, typed in Cantonese too
        "喺澳门返工，一个月两万港幣",
        "在澳门做保安，每月一万四澳门币",
        "i work in dublin, 2,100 euros a month",
    ],
)
def test_a_wage_only_in_the_money_of_where_one_works_is_asked_again(text: str) -> None:
    language = "en" if text.isascii() else "zh"
    reading = read_as_asked(text, language, "income")
    assert reading == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # what came in before, and not a penny now
        ("之前每个月三千八，现在一分钱也没有", "zh"),
        ("以前每月四千，现在手上一分没有", "zh"),
        ("korábban 180 ezer volt, most egy fillér sincs", "hu"),
    ],
)
def test_nothing_now_said_as_not_a_penny_after_a_figure_before(text: str, language: str) -> None:
    assert read_as_asked(text, language, "income") == AmountReading(Decimal(0), None)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # a bill not paid yet, once: a balance, no month's payment
        ("物业费欠了八百还没缴", "other_debts"),
        ("还有个停车罚款五百没交", "other_debts"),
        # someone else pays some of it now and then: the own part unsaid
        ("房贷三千二，我妈偶尔帮我还一部分", "other_debts"),
        # the rest of the pay comes at the year's end
        ("平时每月给两千，剩下的到年底才结", "income"),
    ],
)
def test_a_part_unsaid_or_paid_once_is_asked_again_zh(text: str, question: str) -> None:
    reading = read_as_asked(text, "zh", question)
    assert reading == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another item's amount that cannot be told: the rest said is not all of it
        ("看病的钱说不好，别的每月两千", None),
        ("礼金说不准，其它每月固定三千一", None),
        # a deposit paid once already is no item of the month
        ("定金两千早就付了，房租一千八，水电两百", "2000"),
        ("押金五千已经交过了，房租每月两千二，吃饭一千", "3200"),
    ],
)
def test_an_item_untold_or_a_deposit_paid_beside_the_months_items_zh(
    text: str, expected: str | None
) -> None:
    reading = read_as_asked(text, "zh", "expenses")
    assert reading.amount == (Decimal(expected) if expected else None)


@pytest.mark.parametrize(
    "text",
    ["儿子每月给我一千五，我自己没有收入", "老公每个月打给家里五千，我自己目前没工作"],
)
def test_someone_elses_money_beside_no_own_work_is_asked_again_zh(text: str) -> None:
    reading = read_as_asked(text, "zh", "income")
    assert reading == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # a digit with a measure word after a hundred or a thousand counts something
        ("两张卡，一张两千一张一千五", "other_debts", "3500"),
        ("两千一个月", "income", "2000"),
        ("每月三百一", "other_debts", "310"),  # said alone, the last digit of the figure
    ],
)
def test_a_digit_with_a_measure_word_is_no_last_digit_zh(
    text: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


def test_one_said_for_each_of_two_is_never_read_as_one_figure_zh() -> None:
    reading = read_as_asked("两笔网贷，一个五百一个八百", "zh", "other_debts")
    assert reading.amount != Decimal(800) and reading.amount != Decimal(510)


@pytest.mark.parametrize(
    "text",
    [
        # a part of the spending said to pay back a debt: asked apart, no month's spending
        "一个月四千五，但有八百是还信用卡的",
        # one person's amount beside a household of several
        "每人每月伙食八百，我们家三口人",
    ],
)
def test_spending_with_a_debts_part_or_one_persons_share_is_asked_again_zh(text: str) -> None:
    reading = read_as_asked(text, "zh", "expenses")
    assert reading == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三千左右，有一千二是房租", "3000"),  # a part of the whole named after it
        ("我一个人住，房租一千二，吃饭八百", "2000"),  # living alone is no share
    ],
)
def test_spending_with_a_part_named_or_said_alone_zh(text: str, expected: str) -> None:
    assert read_as_asked(text, "zh", "expenses") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    "text",
    [
        # paid monthly before, cleared already
        "之前网贷每月还六百，已经还完了",
        # a debt with nothing paid in an ordinary month, a loan stood surety for, a loss
        "欠我姐三万，她说等我有钱再给，平时不用还",
        "帮表哥担保了一笔贷款，他自己在还，我不用还",
        "没欠谁的钱，就是做生意赔了五万",
    ],
)
def test_nothing_paid_on_a_debt_now_zh(text: str) -> None:
    assert read_as_asked(text, "zh", "other_debts") == AmountReading(Decimal(0), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("车贷每月2800，还有三个月就还清了", "2800"),  # to be cleared later
        ("网贷每月九百 借呗已经还完了", "900"),  # another debt cleared
    ],
)
def test_a_payment_kept_beside_a_debt_cleared_later_or_another_zh(text: str, expected: str) -> None:
    assert read_as_asked(text, "zh", "other_debts") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hundred-yuan notes counted by their slang
        ("一个月五张红票子吧", "500"),
        ("十二张毛爷爷", "1200"),
        # this card's share of what all the cards get
        ("三张卡每月一共一千五，你们这张给五百", "500"),
    ],
)
def test_an_offer_in_notes_or_as_this_cards_share_zh(text: str, expected: str) -> None:
    assert read_as_asked(text, "zh", "counter") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # a cost, what something or someone else pays off it, then the own part
        ("房租三千，公司补贴一千，自己出两千，吃饭一千五", "expenses", "3500"),
        ("房贷五千，公积金抵掉三千，自己只出两千", "expenses", "2000"),
        ("房贷三千二，我妈每月帮我出一千，我自己还两千二", "other_debts", "2200"),
    ],
)
def test_the_own_part_left_of_a_cost_paid_off_in_part_zh(
    text: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # nothing but the one named, its figure said beside
        ("除了车贷就没了，车贷每月两千一", "other_debts", "2100"),
        ("不算补贴的话没有，补贴每月八百", "income", "800"),
    ],
)
def test_nothing_but_the_one_named_beside_its_figure_zh(
    text: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # the items named, then each one's amount, "the one ... the other"
        ("京东白条和花呗，一个每月四百，另一个每月两百五", "other_debts", "650"),
        ("房租和水电，一个两千一个三百", "expenses", "2300"),
    ],
)
def test_each_ones_amount_after_the_items_named_zh(text: str, question: str, expected: str) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each card's own amount, said one after the other
        ("两张信用卡每张每月分别还六百和九百", "1500"),
        ("三张卡每张每月还五百", "1500"),  # one amount for each
        # this month's payment of one that falls a little each month
        ("车贷等额本金，这个月还2150，每月会少几块钱", "2150"),
    ],
)
def test_each_cards_amount_or_a_payment_falling_a_little_zh(text: str, expected: str) -> None:
    assert read_as_asked(text, "zh", "other_debts") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # the household's or the two's figure by the month, then the own
        ("我们家一个月收入一万四，我自己六千", "income", "6000"),
        ("俩人每月四千，我出两千", "expenses", "2000"),
    ],
)
def test_the_own_figure_after_the_households_by_the_month_zh(
    text: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, "zh", question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the cardholder pays for a child or sends to parents is the own spending
        ("每月寄给老家父母八百，房租一千五", "2300"),
        ("女儿学费一个月一千，房租两千", "3000"),
        # "the rest" naming the last item, no figure left over
        ("房租2000，剩下的吃饭八百", "2800"),
    ],
)
def test_costs_paid_for_family_and_the_rest_named_are_items_zh(text: str, expected: str) -> None:
    assert read_as_asked(text, "zh", "expenses") == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # digits grouped by four, counted in ten thousands
        ("到手1,5000", "15000"),
        ("12,000一个月", "12000"),  # grouped by three, as before
    ],
)
def test_digits_grouped_by_ten_thousands_zh(text: str, expected: str) -> None:
    assert read_as_asked(text, "zh", "income") == AmountReading(Decimal(expected), None)


def test_two_figures_of_four_digits_are_no_ten_thousands_zh() -> None:
    assert read_as_asked("1500,2000", "zh", "expenses").amount is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # this month's pay late, last month's said: last month's is the income
        ("本月薪水还没到，上月拿了五千一", "5100"),
        # the first pay of a new job not received yet: no income yet to count
        ("新工作工资还没发，应该有五千", "ambiguous"),
    ],
)
def test_this_months_pay_late_beside_last_months_zh(text: str, expected: str) -> None:
    assert interpret(text, Question.INCOME, "zh").meaning == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a generation, a university's tier, a working week, a city's tier: who one is, no money
        ("80后 老师 月薪7300", "zh", "7300"),
        ("我是90后，一个月挣五千二", "zh", "5200"),
        ("985本科 到手8200", "zh", "8200"),
        ("做五休二 到手5600", "zh", "5600"),
        ("住在三线小城 工资3900", "zh", "3900"),
        ("住在12线小城 工资3900", "zh", "3900"),
        # a staff number, a credit score
        ("工号 3318 工资5100", "zh", "5100"),
        ("信用分720，收入6300", "zh", "6300"),
        ("employee number 3318 pay 1900", "en", "1900"),
        ("credit score 640, take home 1750", "en", "1750"),
        ("törzsszám 4471, fizetés 280 ezer", "hu", "280000"),
    ],
)
def test_numbers_that_say_who_one_is_are_no_income(text: str, language: str, expected: str) -> None:
    assert read_as_asked(text, language, "income") == AmountReading(Decimal(expected), None)


def test_a_figure_spent_before_hou_is_still_money_zh() -> None:
    assert read_as_asked("花了3000后还剩50", "zh", "expenses").amount == Decimal("3000")


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # a floor or a start, how much more unsaid
        ("六千冒头", "income"),
        ("保底3k", "income"),
        ("吃饭2k起跳", "expenses"),
        ("4k➕", "income"),
        # a size, no figure
        ("百儿八十的", "expenses"),
        ("万儿八千吧", "income"),
        # two neighbouring digits sharing one multiplier: a range
        ("一个月7、8千吧", "income"),
        ("吃饭3、4k", "expenses"),
    ],
)
def test_a_floor_a_size_or_a_short_range_is_asked_again_zh(text: str, question: str) -> None:
    assert read_as_asked(text, "zh", question).amount is None


def test_items_listed_with_a_pause_mark_are_summed_zh() -> None:
    assert read_as_asked("房租1500、水电200", "zh", "expenses").amount == Decimal("1700")


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # a nought too many, said after the figure
        ("38000 多打了一个零", "zh", "income", "3800"),
        ("房租1300 吃饭8000 多打了个0", "zh", "expenses", "2100"),
        ("18000 sorry typed an extra 0", "en", "income", "1800"),
        ("2800000, eggyel több nulla, bocs", "hu", "income", "280000"),
        # the other figure named a typo
        ("6100，上面6010是打错了", "zh", "income", "6100"),
        ("1650, the 1560 was a typo", "en", "income", "1650"),
        ("280 ezer, a 208 elírás", "hu", "income", "280000"),
    ],
)
def test_a_slip_said_after_the_figure_is_put_right(
    text: str, language: str, question: str, expected: str
) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(expected), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cost paid for the year at once: no month's figure said
        ("物业费一年一交 2400", "ambiguous"),
        ("房租年付1.8w 吃饭1500", "ambiguous"),
        # the month's share said beside it
        ("房租年付，平均每月1500", "1500"),
    ],
)
def test_a_cost_paid_for_the_year_at_once_zh(text: str, expected: str) -> None:
    assert interpret(text, Question.EXPENSES, "zh").meaning == expected
