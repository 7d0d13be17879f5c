"""Amounts of round 29, English second pass: each family in the languages it is said in."""

from __future__ import annotations

import pytest

from bot.evaluation import EVALUATED_CURRENCY
from dialogs.understanding import Question, interpret


def _reads(text: str, language: str, question: str) -> str:
    currency = EVALUATED_CURRENCY.get(language)
    return interpret(text, Question.at(question), language, currency=currency).meaning


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # a benefit named beside another income with only how often it comes: its amount unsaid
        ("universal credit 730 and dla paid every 4 weeks", "en", "income", "ambiguous"),
        ("wage 1,250 plus child benefit, comes 4 weekly", "en", "income", "ambiguous"),
        ("nyugdíj 140 ezer, meg a rokkantsági, az 4 hetente jön", "hu", "income", "ambiguous"),
        ("工资三千五，还有低保每四周发一次", "zh", "income", "ambiguous"),
        ("UC 600 a month and pip 350", "en", "income", "950"),  # both said: their sum
    ],
)
def test_a_benefit_said_only_by_how_often_it_comes(
    text: str, language: str, question: str, expected: str
) -> None:
    assert _reads(text, language, question) == expected


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # the own share said first, the whole household's after it: the own
        ("my share is around 450, the whole house spends 1,350", "en", "expenses", "450"),
        ("my part is 900, the whole household brings in 2,600", "en", "income", "900"),
        ("az én részem kb 150, az egész lakás 300-at költ", "hu", "expenses", "150000"),
        ("我那份大概三千，全家一个月花六千", "zh", "expenses", "3000"),
        # the couple's figure "between us", the own after it
        (
            "me and my sister spend about 1,600 between us, i cover 700 of it",
            "en",
            "expenses",
            "700",
        ),
        ("we spend 1,800 between us and i cover 1,000", "en", "expenses", "1000"),
        ("我和老公一共花八千，我出三千", "zh", "expenses", "3000"),
        # a share of one item is still an item of the list
        ("rent 700 and my share of the bills is 150", "en", "expenses", "850"),
    ],
)
def test_the_own_share_beside_the_whole(
    text: str, language: str, question: str, expected: str
) -> None:
    assert _reads(text, language, question) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # an item given what is left, or its figure typed as question marks: no sum
        ("rent 650, and whatever's left over goes on food", "en", "ambiguous"),
        ("lakbér 120, kaja amennyi marad", "hu", "ambiguous"),
        ("房租两千，吃饭看剩多少", "zh", "ambiguous"),
        ("rent 610, bills 240, food ?", "en", "ambiguous"),
        ("lakbér 110 + rezsi 35 + kaja ??", "hu", "ambiguous"),
        ("房租2000 水电300 吃饭??", "zh", "ambiguous"),
        # an item said to be left out of the figure
        ("1,100 but it doesn't cover the car", "en", "ambiguous"),
        ("880 and that dont include the phone", "en", "ambiguous"),
        # a real question after the figure is no missing figure
        ("rent 800 is that enough?", "en", "800"),
    ],
)
def test_an_item_without_its_figure(text: str, language: str, expected: str) -> None:
    assert _reads(text, language, "expenses") == expected


def test_a_question_after_the_pay_is_no_missing_figure_zh() -> None:
    assert _reads("工资4800够吗？", "zh", "income") == "4800"


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # the figure before, today's said only to be more or less: by how much unsaid
        ("used to be 800, now its a lot higher", "en", "expenses", "ambiguous"),
        ("was on 1,600 but its gone down since the new rota", "en", "income", "ambiguous"),
        ("régen 250 volt, most több", "hu", "expenses", "ambiguous"),
        ("以前九百，现在多了", "zh", "expenses", "ambiguous"),
        # today's figure said: today's
        ("it was 1900 but now its 1500", "en", "income", "1500"),
        # nothing now, the figure before
        ("used to get 1,150 a month, now not a penny", "en", "income", "0"),
        ("not a penny", "en", "income", "0"),
    ],
)
def test_the_figure_before_and_today_said_without_one(
    text: str, language: str, question: str, expected: str
) -> None:
    assert _reads(text, language, question) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a ton, 1100 at least", "ambiguous"),  # "a ton" is a lot, the figure a floor
        ("a ton", "100"),  # alone it is the slang for a hundred
    ],
)
def test_a_ton_beside_a_figure_is_a_lot(text: str, expected: str) -> None:
    assert _reads(text, "en", "expenses") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the whole said first, a part of it after with "of that": the whole
        ("roughly 1,250 all in, 700 of that is the mortgage", "en", "1250"),
        ("összesen 300, 120 ebből a lakbér", "hu", "300000"),
        ("一共四千，其中房租两千五", "zh", "4000"),
    ],
)
def test_the_whole_before_a_part_of_that(text: str, language: str, expected: str) -> None:
    assert _reads(text, language, "expenses") == expected


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # what the cardholder gives the relative they live with is their own cost: a list
        ("i stay with my dad, i give him 250 a month and the car insurance is 60", "en",
         "expenses", "310"),
        ("i give my mum 180 for board and spotify 11", "en", "expenses", "191"),
        ("跟我妈住，每月给她一千，手机费五十", "zh", "expenses", "1050"),
        # someone else's own figure beside the cardholder's is still no list
        ("i live with my mum, she gets 900 and i get 600", "en", "income", "ambiguous"),
    ],
)  # fmt: skip
def test_what_is_given_to_a_relative_lived_with(
    text: str, language: str, question: str, expected: str
) -> None:
    assert _reads(text, language, question) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a win beside the pay is no month's income
        ("i won 40 on the bingo last week, wages are 1,220", "en", "1220"),
        ("pay is 1,400, won 60 on the horses sat", "en", "1400"),
        ("nyertem 5 ezret a lottón, a fizetésem 230", "hu", "230000"),
        ("刮刮乐中了两百，工资四千五", "zh", "4500"),
        # an item said to have been none of late is no item without its figure
        ("1,280 basic, and there hasnt been any bonus this year", "en", "1280"),
        ("alapbér 240, és túlóra nem volt már fél éve", "hu", "240000"),
        ("底薪四千二，而且没有加班", "zh", "4200"),
        ("1,280 basic and the bonus", "en", "ambiguous"),
    ],
)
def test_a_win_or_an_item_there_was_none_of_beside_the_pay(
    text: str, language: str, expected: str
) -> None:
    assert _reads(text, language, "income") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the account's balance said beside the pay is no income
        ("pay is 1,450 but my account is at -300 by the 20th", "en", "1450"),
        ("工资四千二，到10号余额已经是-240", "zh", "4200"),
    ],
)
def test_the_accounts_balance_beside_the_pay(text: str, language: str, expected: str) -> None:
    assert _reads(text, language, "income") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # what is left after the costs, said again after "so": the offer
        ("bills are 400 and rent 600, leaves me with 70, so 70 a month", "en", "70"),
        ("a lakbér 120 és a kaja 60 után marad 25, szóval 25", "hu", "25000"),
        ("房租两千，吃饭一千，剩下三百，所以三百", "zh", "300"),
    ],
)
def test_what_is_left_said_again_is_the_offer(text: str, language: str, expected: str) -> None:
    assert _reads(text, language, "counter") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a deposit paid once beside the month's items is no item
        ("the deposit was 900 but rent is 600 and council tax 120", "en", "720"),
        ("rent 600, deposit 900", "en", "600"),
        ("a kaució 300, a lakbér 130, rezsi 30", "hu", "160000"),
        ("押金交了四千，房租两千，水电三百", "zh", "2300"),
    ],
)
def test_a_deposit_beside_the_months_items(text: str, language: str, expected: str) -> None:
    assert _reads(text, language, "expenses") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a rise by a share beside the figures said: they are today's, a list
        ("council tax went up 5% so its 140 now, rent 700", "en", "840"),
        ("rent 800, it went up 5% last month", "en", "800"),
        ("water went up 6% so its 45 now", "en", "45"),
        ("房租两千二，涨了10%，吃饭八百", "zh", "3000"),
        # an item said to have risen, its new figure not said: asked again
        ("my rent has gone up 12% and the bills are 240", "en", "ambiguous"),
        ("房租涨了10%，吃饭三百", "zh", "ambiguous"),
        ("rent went up 9% in may, now 820, and bills 150, total 970", "en", "970"),
    ],
)
def test_a_rise_by_a_share_beside_the_figures(text: str, language: str, expected: str) -> None:
    assert _reads(text, language, "expenses") == expected


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        # a pasted statement or list, one item a line: each line a clause
        ("Standard allowance £380.10\nHousing element £410.00\nTotal payment £790.10", "en",
         "income", "790.1"),
        ("rent 650\nbills 120\nfood 200", "en", "expenses", "970"),
        ("albérlet 120\nrezsi 35\nkaja 60", "hu", "expenses", "215000"),
        ("房租2000\n水电300\n吃饭1500", "zh", "expenses", "3800"),
        # the last item of a list named with no figure: asked again
        ("rent 700\nfood", "en", "expenses", "ambiguous"),
        ("rent 610, bills 200, food", "en", "expenses", "ambiguous"),
        ("albérlet 120, rezsi 35, kaja", "hu", "expenses", "ambiguous"),
        ("房租两千，水电三百，吃饭", "zh", "expenses", "ambiguous"),
    ],
)  # fmt: skip
def test_a_list_one_item_a_line_and_a_last_item_without_a_figure(
    text: str, language: str, question: str, expected: str
) -> None:
    assert _reads(text, language, question) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a minimum said as a share of the balance, the payment's figure after it
        ("store card, they take 3% of the balance, comes to around 40 a month", "en", "40"),
        ("áruházi kártya, a minimum a tartozás 5%-a, általában 12 ezer", "hu", "12000"),
        ("商场卡，最低还余额的5%，一般三百左右", "zh", "300"),
        # a balance's figure said: still no payment
        ("i owe 2,000 on a store card", "en", "ambiguous"),
    ],
)
def test_a_minimum_as_a_share_of_the_balance(text: str, language: str, expected: str) -> None:
    assert _reads(text, language, "other_debts") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the numbers of bus routes beside a pass are no money
        ("travel card 70, i get the 12 and the 47 to work, rent 600", "en", "670"),
        ("i get the 12 bus to work, rent 600 and food 200", "en", "800"),
        ("bérlet 9 ezer, a 38-as és a 73-as buszra jó, albérlet 120", "hu", "129000"),
        ("公交月票一百，坐38路和73路，房租两千", "zh", "2100"),
    ],
)
def test_bus_route_numbers_are_no_money(text: str, language: str, expected: str) -> None:
    assert _reads(text, language, "expenses") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the whole said with the other items put in: the whole
        ("rent is 650, with bills im at 900", "en", "900"),
        ("rent 800, with everything its about 1,300", "en", "1300"),
        ("lakbér 120, a rezsivel együtt 165", "hu", "165000"),
        ("房租两千，加上水电一共两千四", "zh", "2400"),
        # an item's figure after "with": a list
        ("rent 650 with bills 150", "en", "800"),
    ],
)
def test_the_whole_with_the_other_items_put_in(text: str, language: str, expected: str) -> None:
    assert _reads(text, language, "expenses") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a cost, what else pays off it, the own part after "so": the own part counts
        ("nursery 600 and the council covers some of it so i pay 350 from me, rent 700", "en",
         "1050"),
        ("ovi 48, de a támogatás fizet egy részt, szóval tőlem 39, plusz albérlet 80", "hu",
         "119000"),
        # the own part not said: asked again
        ("nursery 600 and the council covers some of it, rent 700", "en", "ambiguous"),
        ("ovi 48, de a támogatás fizet egy részt, albérlet 80", "hu", "ambiguous"),
        # (the own part said after a part paid with no figure: asked again, never all added)
        ("托儿所两千，补贴付一部分，我自己出一千二，房租三千", "zh", "ambiguous"),
    ],
)  # fmt: skip
def test_the_own_part_of_a_cost_another_pays_part_of(
    text: str, language: str, expected: str
) -> None:
    assert _reads(text, language, "expenses") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a figure named as the slip the cardholder keeps making is no amount
        ("40 a month (forty, i keep typing 04)", "en", "40"),
        ("35 ezer, folyton 53-at írok", "hu", "35000"),
        ("三十五（35，老是打成53）", "zh", "35"),
    ],
)
def test_a_slip_named_is_no_amount(text: str, language: str, expected: str) -> None:
    assert _reads(text, language, "counter") == expected
