"""The first steps of the decision: the numbers found and those chosen, the usual month or today's
figure, the figure said to be the one to take, a debt cleared, a figure forgotten or changed.
Apart because they decide from what the message says of one figure, before weighing several."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from dialogs.understanding.beside import costs_beside_income
from dialogs.understanding.rules.amounts.beside_the_paid import (
    _an_item_in_an_unconverted_currency_hu,
    _only_in_another_currency_abroad,
    _two_currencies_in_a_list,
    _two_currencies_joined_hu,
)
from dialogs.understanding.rules.amounts.debts import (
    _one_payment_beside_its_loan,
)
from dialogs.understanding.rules.amounts.in_chinese import (
    _a_payments_whole_worked_out_last_zh,
    _a_whole_said_roughly_last_zh,
    _a_whole_worked_out_last_zh,
    _pay_on_probation_zh,
    _the_figure_of_the_source_followed_zh,
    _the_items_whole_said_last_zh,
    _the_months_pay_after_rates_zh,
    _the_offer_said_as_such_zh,
    _the_offer_settled_last_zh,
    _the_own_part_of_a_couples_whole_zh,
    _the_usual_beside_this_month_zh,
    _without_a_plans_figure_refused_zh,
)
from dialogs.understanding.rules.amounts.in_hungarian import (
    _the_month_got_by_on_hu,
    _the_spending_named_itself_hu,
)
from dialogs.understanding.rules.amounts.no_answer import (
    _no_answer_among_the_figures,
)
from dialogs.understanding.rules.amounts.outcome import (
    AmountProblem,
    AmountReading,
    _AmountBeingRead,
)
from dialogs.understanding.rules.amounts.periods import (
    _the_usual_beside_a_months_extra,
    _the_usual_beside_this_month_en,
)
from dialogs.understanding.rules.amounts.surroundings import (
    _A_RATE_BY_A_WORK_UNIT_BEFORE_ZH,
    _AT_SOURCE,
    _EVERY_FIGURE_IN_ANOTHER_CURRENCY_HU,
    _in_thousands,
    _numbers_to_decide_on,
    _within,
)
from dialogs.understanding.rules.amounts.todays_own import (
    _A_SPOUSE_ZH,
    _own_exact_pay_beside_a_spouses_zh,
    _own_pay_after_a_spouses_zh,
)
from dialogs.understanding.rules.numerals import (
    Number,
    is_just_a_number,
)
from dialogs.understanding.rules.text import (
    regex,
)

#: Right before the figure the cardholder tells the bank to take, said last: "你们按四千四算",
#: "那我就写五千一", "就填两千八", "put me down for 4,400", "just go with 2800", "írjátok 5100-nak".
_TAKE_THIS_FIGURE_BEFORE = regex(
    r"(?:按|按照)$|(?:那我就|我就|就|那就)(?:写|填)$|"
    # what is left once one is set aside: "寄的两千不算开销吧, 那就58", "有1000是还钱的, 不算,
    # 那就2120.8" (said to be the one, it is the answer whatever was said to be no answer)
    r"不算[\u4e00-\u9fff]{0,4}[,.!\s]{0,3}(?:那|那么)就(?:是)?$|"
    # the usual month once the one named is set aside: "暖气费一年交一次的2800, 那个不算的话, 平时
    # 每月开销两千二"
    r"(?:那个|那笔|那些|这个|这笔|这些|它)不算(?:进去)?的话[,.!\s]{0,3}"
    r"(?:平时|每个?月|一个月|开销|花销|支出|就|是|大概){1,4}$|"
    r"\b(?:put (?:me |it |us )?down (?:as|for)|(?:just )?go with) (?:[$€£] ?)?$|"
    r"\b(?:irjatok|irjak|szamoljatok|szamoljanak) (?:be )?$"
)


#: Right after it: "…算", "…算吧", "…就行"; not "…算的话" (a condition, "if counted as").
_TAKE_THIS_FIGURE_AFTER = regex(
    r" ?(?:块钱?|元)?(?:来)?(?:算|说)(?!的话)|"  # "就按六千说": said to be the one to use
    r" ?(?:块钱?|元)?(?:来)?(?:记|填|写)(?:吧|就行|就好)?(?:[,.!。 ]|$)|"  # "你就按八千记"
    r" ?(?:块钱?|元)? ?(?:[,.!。]|就行|吧|$)|"
    r"(?:-?(?:nak|nek|at|et|ot|t|zal|zel|val|vel))? ?(?:[,.!]|$)"
)


def _the_figure_to_take(
    folded: str, chosen: list[Number], *, bounds_after: bool = False
) -> Number | None:
    """The last figure, when the cardholder says it is the one to take: "一线职工六千, 我二线的
    四千四, 你们按四千四算就行", "开销一千八, 加上寄回家的一千就两千八, 按两千八算吧",
    "mine's 5100, hers 3800, put me down for 5100". The others are context. With
    ``bounds_after`` (Chinese), only bounds may follow it, a thing's price told after ("那就按六千
    三吧 … 一块电池八百多"): never the month's figure."""
    if bounds_after:
        while len(chosen) > 2 and chosen[-1].part and not chosen[-2].part:
            chosen = chosen[:-1]
    if len(chosen) < 2 or chosen[-1].value is None or chosen[-1].negative:
        return None
    last = chosen[-1]
    if not _TAKE_THIS_FIGURE_BEFORE.search(folded, max(0, last.start - 24), last.start):
        return None
    if not _TAKE_THIS_FIGURE_AFTER.match(folded, last.end):
        return None
    return last


#: Pay named: "到手", "工资", "收入".
_PAY_NAMED_ZH = re.compile(r"到手|工资|收入|月薪|底薪|挣|赚")


def _the_pay_to_take_before_costs_zh(folded: str, chosen: list[Number]) -> Number | None:
    """The pay said to be the one to take at income with only costs told after it: "那就按六千三
    吧 … 每个月寄回去三千 剩下的租房吃饭" (what is sent home or spent is no income to weigh)."""
    if not _PAY_NAMED_ZH.search(folded):
        return None  # ("菜钱一个礼拜两百 一个月按八百算 房租一千四": no pay at all)
    costs = costs_beside_income(folded, chosen)
    kept = len(chosen)
    while kept > 2 and kept - 1 in costs:
        kept -= 1
    if kept == len(chosen):
        return None
    return _the_figure_to_take(folded, chosen[:kept], bounds_after=True)


#: After the payments said, the debt cleared by someone and nothing left now: "260 a month but
#: the insurance cleared it, so nothing now", "havi 62, de a biztosító kifizette, szóval most
#: semmi", "每月三百, 保险都还清了, 所以现在没有了".
#: After the payment said, that it is suspended and nothing is paid now: "babaváró havi 49
#: ezer, de szünetel, szóval most nem fizetem", "the loan is 150 but on a payment holiday, so
#: nothing now", "每月八百, 现在暂停了, 不用还".
_SUSPENDED_NOTHING_NOW = regex(
    r"(?:\bszunetel\w*|\bfelfuggeszt\w*|\b(?:fizetesi|torlesztesi) (?:szunet|haladek)\w*|"
    r"\bpayment holiday\b|\b(?:paused|frozen|suspended)\b)"
    r"[^0-9]{0,50}(?:\b(?:most|now|jelenleg|currently|right now)\b|现在|目前)\W*"
    r"(?:\b(?:nem fizet\w*|semmi\w*|nincs|nulla|nothing|not paying|(?:i )?pay nothing)\b|"
    r"(?:暂时)?(?:不用还|不还|没还))|"
    r"(?:暂停|冻结)了?\W{0,3}(?:现在|目前)?(?:暂时)?(?:不用还|不还|没还)"
)


#: After the last payment said, "but" it was suspended, and nothing more: "babaváró, havi 50
#: ezret fizetnénk, de a második babánál felfüggesztették", "loan 120 but its been frozen".
_SUSPENDED_AT_THE_END = regex(
    r"\bde\b[^0-9,;.!?]{0,40}\b(?:felfuggesztett\w*|felfuggesztve|szunetel\w*|szuneteltet\w*)"
    r"\W*$|\bbut (?:it'?s|its|it is|it'?s been|its been|they'?ve|theyve) (?:been )?"
    r"(?:paused|frozen|suspended)\W*$"
)


_CLEARED_SO_NOTHING = regex(
    r"(?:\b(?:cleared|paid (?:it |that )?off|kifizett\w*|rendezt\w*|torleszt\w* ki)\b|"
    r"还清|结清|付清)"
    r"[^0-9]{0,50}(?:\b(?:so|szoval|tehat|ugyhogy)\b|所以)\W*(?:(?:now|most)\b|现在)?\W*"
    r"(?:\b(?:nothing|none|semmi|nincs|zero|nulla)\b|没有了?|没了|零)\W*(?:now\b)?\W*$"
)


#: A credit line or an overdraft limit by its size, said not to be used: "100 ezres hitelkeret
#: van a számlámon, de nem nyúltam hozzá", "50-es keretem van, nem használom". Nothing is paid.
_A_LIMIT_NOT_USED_HU = regex(
    r"(?<![0-9.,])[0-9]+ ?(?:ezres|ezer forintos|-?[aeo]?s)? (?:hitelkeret|folyoszamla ?hitel|"
    r"keret)\w*[^.;!?0-9]{0,40}\b(?:nem (?:nyultam|nyultunk|nyulok) hozza|nem hasznal\w*|"
    r"nem hivtam le|nincs (?:le)?hiv\w*)"
)


#: A month's payment said: "每个月", "每月", "月供", "一个月".
_A_MONTHS_PAYMENT_ZH = re.compile(r"每个?月|月供|一个月")


#: Right after the one loan's figure, that it was cleared since, the story going on with no
#: figure: "前年借了我小舅子三万, 去年腊月已经一分不少还清了, 借条都撕了" (not "已经还完一半").
_ONE_LOAN_CLEARED_SINCE_ZH = re.compile(
    r"\W*(?:我|它|这笔|那笔)?(?:(?:上个?月|上周|去年|今年|前几天|前阵子|前段时间|最近|这个月)"
    r"(?:腊月|年底|年初|底)?(?:就|都)?)?(?:刚刚?|已经|早就|早都)(?:都)?(?:一分不少地?|全部|全都)?"
    r"(?:还清|结清|付清|还完)了?(?=\W)(?![^.;!?\u3002]*(?:一半|部分|[0-9]))"
)


#: Right after the payments said, the debt said to be cleared already, last in the message:
#: "以前有车贷每月2800, 上个月刚还清" (not one to be cleared: "还有三个月就还清了"; not
#: another item's: "房贷每月四千 车贷已经还完了").
_CLEARED_SINCE_ZH = re.compile(
    r"\W*(?:我|它|这笔|那笔)?(?:(?:上个?月|上周|去年|今年|前几天|前阵子|前段时间|最近|这个月)"
    r"(?:就|都)?)?(?:刚刚?|已经|早就|早都)(?:都)?(?:还清|结清|付清|还完)了?\W*$"
)


#: Right after the last payment said, that it was paid before and nothing is paid now: "房贷上个月
#: 刚还清了, 以前每月一千三, 现在没有了", "以前每月还八百 现在不用还了", "每个月三百那个, 现在
#: 什么都不欠" (with the time past or the loan cleared before the figure: see
#: :func:`_a_past_payment_none_now_zh`).
_NONE_NOW_AFTER_ZH = re.compile(
    r"(?:块钱?|元)?(?:的|那个|那笔)?\W*现在(?:已经|就|都)?(?:没有了?|没了|不用(?:再)?还了?|"
    r"(?:一分(?:钱)?(?:都|也)?|什么都|都)?不欠了?)(?=\W|$)"
)


#: Right before the payment, the time past it was paid in: "以前每月一千三", "之前一个月还八百".
_A_TIME_PAST_RIGHT_BEFORE_ZH = re.compile(r"(?:以前|之前|原来|过去|那时候?)[^0-9\W]{0,6}$")


#: A loan said cleared: "前年还清了", "早还完了".
_A_LOAN_CLEARED_ZH = re.compile(r"还清|还完|结清|付清")


#: At the start, that no other debt is left: "别的债没了", "其他贷款都没有了", "没了 …".
_NONE_LEFT_FIRST_ZH = re.compile(
    r"\s*(?:别的|其他|其它)?(?:的)?(?:债|贷款|欠款|网贷)?(?:都|也)?(?:没了|没有了|没有|没)"
    r"(?=[ ,.!\uff0c\u3002])"
)


def _a_past_payment_none_now_zh(folded: str, chosen: list[Number]) -> bool:
    """Whether every payment said was paid before and nothing is paid now, said right after the
    last: "以前每月一千三, 现在没有了", "助学贷前年还清了, 每个月三百那个, 现在什么都不欠", or
    said first: "别的债没了 车贷去年就还清了 每个月两千二" (the debt is cleared: nothing now, no
    payment of a time past)."""
    if _NONE_LEFT_FIRST_ZH.match(folded) and all(
        _A_LOAN_CLEARED_ZH.search(folded, 0, n.start) for n in chosen
    ):
        return True
    return _NONE_NOW_AFTER_ZH.match(folded, chosen[-1].end) is not None and all(
        _A_TIME_PAST_RIGHT_BEFORE_ZH.search(folded, max(0, n.start - 10), n.start)
        or _A_LOAN_CLEARED_ZH.search(folded, 0, n.start)
        for n in chosen
    )


#: A month's pay typed bare as a small figure with a decimal: "1.5", "2.3" (1.5万 or 1.5k,
#: which unsaid: no pay in yuan is that small).
_A_BARE_SMALL_DECIMAL_ZH = re.compile(r" ?[0-9]\.[0-9]{1,2} ?")


#: The same small figure with a decimal, said by the month or roughly: "一个月1.3左右吧", "每月大概
#: 2.1" (1.3万 or 1.3k, which unsaid).
_A_SMALL_DECIMAL_SAID_ROUGHLY_ZH = re.compile(
    r" ?(?:一个月|每个?月|月)?(?:大概|大约|差不多)? ?[0-9]\.[0-9]{1,2} ?(?:左右|上下)? ?"
    r"(?:吧|啊|呢)? ?"
)


#: A payment, an offer or a cost said by the month as a small figure with a decimal, alone:
#: "每个月能还2.5", "一个月花3.2吧" (2.5千 or 2.5万, which unsaid: no month's in yuan is that
#: small; the pay's own are above).
_A_SMALL_DECIMAL_BY_THE_MONTH_ZH = re.compile(
    r" ?(?:一个月|每个?月|月)(?:能|可以)?(?:还|给|付|出|花)?(?:大概|大约|差不多)? ?"
    r"[0-9]\.[0-9]{1,2} ?(?:左右|上下)? ?(?:吧|啊|呢)? ?"
)


#: A fee taken from each of some people, and how many they are said only roughly: "每人每月收
#: 三十 二十来个学生", "十几个人 一个人交五十" (what the fees come to is not known, nor the whole).
_ROUGHLY_SO_MANY_PEOPLE_ZH = (
    r"(?:[0-9一二两三四五六七八九十]+(?:来|多)|几十|十几|[二三四五六七八九]十几)个?"
    r"(?:人|学生|学员|孩子|老人)"
)
_A_FEE_BY_THE_HEAD_ROUGHLY_COUNTED_ZH = re.compile(
    r"(?:每人|每个人|一人|一个人)(?:每个?月|一个月)?(?:收|交|给|付)"
    r"[0-9一二两三四五六七八九十百千]+(?:块钱?|元)?[ ,]{0,2}(?:大概|差不多)?"
    + _ROUGHLY_SO_MANY_PEOPLE_ZH
    + "|"
    + _ROUGHLY_SO_MANY_PEOPLE_ZH
    + r"[ ,]{0,2}(?:每人|每个人|一人|一个人)(?:每个?月|一个月)?(?:收|交|给|付)"
    r"[0-9一二两三四五六七八九十]"
)


#: The tax paid said, the pay to be worked out from it: "交了个税45块 税率是3%".
_ONLY_THE_TAX_PAID_ZH = re.compile(r"(?:交|缴|扣)了?(?:个税|个人所得税|所得税)(?:是)?$")


#: At the offer, a figure on a condition still to come and the one for now, in English: "i could
#: do 90 if i get the overtime back, but for now 45", "100 if the shop picks up, till then 60".
#: The one for now is offered (the condition may never come).
_AN_OFFER_FOR_NOW_BESIDE_ONE_ON_A_CONDITION_EN = regex(
    r"\b[0-9][0-9,.]*k? (?:a month |pm )?if [^0-9]{3,60}?\b(?:but |and |so )?(?:for now|right now|"
    r"at the moment|till then|until then|for the time being),? (?:its |it'?s |i can do |i can "
    r"manage |just |only )?[$€£]?(?P<now>[0-9])[0-9,.]*k?(?![^0-9]*[0-9])"
)


#: At the offer, the figure for now said first, a higher one to come once something happens:
#: "40 now and 70 once the busy season starts", "i can do 60 for now, 100 when the loan ends",
#: "30 now, when the loan ends i can do 55". The one for now is offered (the time to come may
#: never come; see :data:`_AN_OFFER_FOR_NOW_BESIDE_ONE_ON_A_CONDITION_EN`, the other order).
_AN_OFFER_FOR_NOW_BEFORE_ONE_TO_COME_EN = regex(
    r"^\W*(?:i can do |i can manage |i can pay |i could do |maybe |just |only )?[$€£]?"
    r"(?P<now>[0-9])[0-9,.]*k? (?:for now|now|right now|at the moment|to start|for the time being)"
    r",?(?: and| then| but)? (?:(?:[$€£]?[0-9][0-9,.]*k?) (?:once|when|after|as soon as) [^0-9]*|"
    # the time to come said first, then what can be paid in it: "50 now, once the car loan is
    # done in june i can go up to 90" (a month named, no date in figures)
    r"(?:once|when|after|as soon as) [^0-9]{3,80}?\b(?:i can|i could|i'?ll|ill|i will) "
    r"(?:do|go(?: up)? to|manage|pay|up it to) [$€£]?[0-9][0-9,.]*k?\W*)$"
)


def _find_the_numbers(reading: _AmountBeingRead) -> AmountReading | None:
    """Finds the numbers and those chosen; a currency abroad is unclear."""
    folded = reading.folded
    in_thousands = reading.in_thousands
    items = reading.items
    language = reading.language
    numbers = [n for n in _numbers_to_decide_on(folded, language) if n.unit is None]
    if in_thousands and len({n.value for n in numbers if n.strong}) == 1:
        # one amount, maybe said twice ("fizetés 250, szóval 250"); a list stays as said
        said = numbers
        numbers = [_in_thousands(n, folded) for n in numbers]
        if reading.offer and _an_offer_in_hundreds(said, numbers):
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "havi ötszázat": 500 or 500k?
    chosen = [n for n in numbers if n.strong]
    if not chosen and numbers and is_just_a_number(folded):
        chosen = numbers
    if _only_in_another_currency_abroad(folded, chosen, language):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "I live in Spain, 700 euros"
    if items and len(chosen) > 1 and _two_currencies_in_a_list(folded, chosen, language):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "lakbér 450 euró, kaja 60 ezer"
    if (
        items
        and len(chosen) > 1
        and language == "hu"
        and _EVERY_FIGURE_IN_ANOTHER_CURRENCY_HU.search(folded)
        and _two_currencies_joined_hu(folded, chosen, language)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "300 euró, meg a magyar 90"
    if (
        items
        and chosen
        and language == "hu"
        and "le" in folded
        and _an_item_in_an_unconverted_currency_hu(folded, chosen)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "600 lej, itt meg az albi 110"
    reading.chosen = chosen
    reading.numbers = numbers
    return None


def _an_offer_in_hundreds(said: list[Number], read: list[Number]) -> bool:
    """Whether the one figure offered is a bare number of hundreds read as thousands ("havi
    ötszázat", "havi 500"): an offer of hundreds of thousands a month is as unlike as one of
    hundreds of forints (the rounds' writers put it right themselves, "ötezer, nem ötszáz"); it
    is asked again, as "one fifty" is."""
    return any(
        before.value is not None
        and 100 <= before.value < 1000
        and after.scaled
        and not before.scaled
        and before.strong
        for before, after in zip(said, read, strict=True)
    )


def _take_the_usual_or_todays(reading: _AmountBeingRead) -> AmountReading | None:
    """Decides on the usual month, or an offer's figure for now."""
    asked = reading.asked
    chosen = reading.chosen
    folded = reading.folded
    language = reading.language
    limit = reading.limit
    offer = reading.offer
    usual = _the_usual_beside_a_months_extra(folded, chosen) if asked == "income" else None
    if usual is not None and usual.value is not None:  # "2,400 in december with the bonus,
        return _within(usual.value, limit)  # every other month its 1,710": the usual month
    usual = (
        _the_usual_beside_this_month_en(folded, chosen)
        if language == "en" and asked != "counter" and "this " in folded
        else None
    )
    if usual is not None and usual.value is not None:  # "normally 1,480 but only got 1,100
        return _within(usual.value, limit)  # this month as I was off": the usual month
    usual = (
        _the_usual_beside_this_month_zh(folded, chosen, spending=asked == "expenses")
        if language == "zh" and asked in ("income", "expenses") and "这" in folded
        else None
    )
    if usual is not None and usual.value is not None:  # "平时两千 这个月多花了一千 那是意外"
        return _within(usual.value, limit)
    if offer and len(chosen) > 1 and "方案" in folded:  # "还1100, 方案三要一千三, 太多了"
        chosen = _without_a_plans_figure_refused_zh(folded, chosen)
    if (
        offer
        and language == "en"
        and " if " in folded
        and (for_now := _AN_OFFER_FOR_NOW_BESIDE_ONE_ON_A_CONDITION_EN.search(folded))
        and any(n.start == for_now.start("now") for n in chosen)
    ):
        now = next(n for n in chosen if n.start == for_now.start("now"))
        if now.value is not None:  # "95 if the work comes back, but for now 42": the 42
            return _within(now.value, limit)
    if (
        offer
        and language == "en"
        and " now" in folded
        and (for_now := _AN_OFFER_FOR_NOW_BEFORE_ONE_TO_COME_EN.search(folded))
        and any(n.start == for_now.start("now") for n in chosen)
    ):
        now = next(n for n in chosen if n.start == for_now.start("now"))
        if now.value is not None:  # "40 now and 70 once the season starts": the 40
            return _within(now.value, limit)
    reading.chosen = chosen
    return None


def _find_the_figure_to_take(reading: _AmountBeingRead) -> AmountReading | None:
    """Finds the figure said to be the one to take, or the own pay."""
    asked = reading.asked
    chosen = reading.chosen
    folded = reading.folded
    language = reading.language
    limit = reading.limit
    taken = (  # (an offer settled too: "七八百都行, 就按八百吧")
        _the_figure_to_take(folded, chosen, bounds_after=language == "zh")
        if asked in ("income", "expenses", "counter")
        else None
    )
    if taken is None and asked == "expenses" and "bol " in folded:
        taken = _the_month_got_by_on_hu(folded, chosen)  # "havi 180-ból jövök ki"
    if (
        taken is None
        and asked == "expenses"
        and chosen
        and ("kiad" in folded or "kolt" in folded)
        and language == "hu"
    ):
        taken = _the_spending_named_itself_hu(folded, chosen)  # "órabérem 1850, kiadás 183"
    if (
        taken is None
        and language == "zh"
        and ("按" in folded or "以" in folded or "就说" in folded)
    ):
        taken = _the_figure_of_the_source_followed_zh(folded, chosen)  # "…账单是九百 按账单来"
    if taken is None and asked == "counter" and language == "zh" and "吧" in folded:
        taken = _the_offer_settled_last_zh(folded, chosen)  # "…我觉得四百更稳 就四百吧"
    if taken is None and asked == "counter" and language == "zh":
        taken = _the_offer_said_as_such_zh(folded, chosen)  # "剩四百 … 每个月还你们400"
    if taken is None and asked == "expenses" and language == "zh":
        taken = _the_items_whole_said_last_zh(folded, chosen)  # "…药两百来块 大概就一千七吧"
        if taken is None and (
            _a_whole_worked_out_last_zh(folded, chosen)  # "…话费一百, 这样一算三千"
            or _a_whole_said_roughly_last_zh(folded, chosen)  # "…水电三百 大概就两千吧"
        ):
            return AmountReading(None, AmountProblem.AMBIGUOUS)
    if (
        taken is None
        and asked == "other_debts"
        and language == "zh"
        and _a_payments_whole_worked_out_last_zh(folded, chosen)  # "借呗九百 … 总共两千"
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)
    if taken is None and asked == "income" and language == "zh" and "按" in folded:
        taken = _the_pay_to_take_before_costs_zh(folded, chosen)  # "…就按六千三吧 每月寄回去三千"
    if taken is None and asked == "income" and language == "zh" and len(chosen) > 1:
        taken = _the_own_part_of_a_couples_whole_zh(folded, chosen)  # "…加一起一万 他六千我四千"
    if taken is None and asked == "income" and language == "zh":
        taken = _pay_on_probation_zh(folded, chosen)  # "试用期4400, 转正5500, 下个月才转正"
    if taken is None and asked == "income" and language == "zh":
        taken = _the_months_pay_after_rates_zh(folded, chosen)  # "一间一百五, 结给我五千一"
    if taken is None and asked == "income" and language == "zh" and len(chosen) == 2:
        own_pay = _own_pay_after_a_spouses_zh(folded, chosen)  # "老婆一个月三万 我两千六"
        if own_pay is not None:
            return _within(own_pay, limit)
        if _A_SPOUSE_ZH.search(folded):
            own_pay = _own_exact_pay_beside_a_spouses_zh(folded, chosen)  # "3千8 我老公6千"
            if own_pay is not None:
                return _within(own_pay, limit)
    reading.taken = taken
    return None


def _decide_on_the_figure_to_take(reading: _AmountBeingRead) -> AmountReading | None:
    """Decides on the figure to take; a rate or a bare decimal is unclear."""
    asked = reading.asked
    chosen = reading.chosen
    folded = reading.folded
    in_thousands = reading.in_thousands
    language = reading.language
    taken = reading.taken
    if (
        taken is None
        and asked == "income"
        and language == "zh"
        and len(chosen) == 1
        and ("一" in folded or "每" in folded)
        and _A_RATE_BY_A_WORK_UNIT_BEFORE_ZH.search(
            folded, max(0, chosen[0].start - 7), chosen[0].start
        )
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "一吨十五": a rate, no month's
    if asked == "income" and language == "zh" and _A_BARE_SMALL_DECIMAL_ZH.fullmatch(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "1.5": 1.5万, or 1.5k?
    if (
        asked == "income"
        and language == "zh"
        and _A_SMALL_DECIMAL_SAID_ROUGHLY_ZH.fullmatch(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "一个月1.3左右吧"
    if (
        language == "zh"
        and asked != "income"
        and "." in folded
        and _A_SMALL_DECIMAL_BY_THE_MONTH_ZH.fullmatch(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "每个月能还2.5": 2.5千 or 2.5万?
    if (
        asked == "income"
        and language == "zh"
        and len(chosen) == 1
        and _ONLY_THE_TAX_PAID_ZH.search(folded, max(0, chosen[0].start - 10), chosen[0].start)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "交了个税45块": the pay unsaid
    if (
        asked == "income"
        and language == "zh"
        and "人" in folded
        and _A_FEE_BY_THE_HEAD_ROUGHLY_COUNTED_ZH.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "每人收三十 二十来个学生"
    if chosen and taken is None and _no_answer_among_the_figures(folded, asked):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "option 2 minus about 20"
    if taken is not None:  # "一线六千, 我二线四千四, 你们按四千四算就行": the one to take
        return AmountReading(
            _in_thousands(taken, folded).value if in_thousands else taken.value, None
        )
    return None


def _read_a_debt_cleared(reading: _AmountBeingRead) -> AmountReading | None:
    """For debts: one cleared or suspended is nothing now; bounds read."""
    chosen = reading.chosen
    folded = reading.folded
    offer = reading.offer
    owed = reading.owed
    if owed and len(chosen) == 1 and "elenged" in folded and _LET_OFF_HU.search(folded):
        return AmountReading(Decimal(0), None)  # "tartoztam neki 100 ezerrel, de elengedte"
    if owed and len(chosen) == 1 and _A_LIMIT_NOT_USED_HU.search(folded):
        return AmountReading(Decimal(0), None)  # "100 ezres hitelkeret, nem nyúltam hozzá"
    if owed and chosen and _CLEARED_SO_NOTHING.search(folded, chosen[-1].end):
        return AmountReading(Decimal(0), None)  # "havi 62, de kifizették, szóval most semmi"
    if owed and chosen and _SUSPENDED_NOTHING_NOW.search(folded, chosen[-1].end):
        return AmountReading(Decimal(0), None)  # "havi 49 ezer, de szünetel, most nem fizetem"
    if (
        owed
        and chosen
        and _SUSPENDED_AT_THE_END.search(folded, chosen[-1].end)
        and _one_payment_beside_its_loan(chosen)
    ):
        return AmountReading(Decimal(0), None)  # "havi 50 ezret, de felfüggesztették"
    if owed and chosen and _CLEARED_SINCE_ZH.match(folded, chosen[-1].end):
        return AmountReading(Decimal(0), None)  # "以前车贷每月2800, 上个月刚还清"
    if (
        owed
        and chosen
        and ("现在" in folded or "没" in folded)
        and _a_past_payment_none_now_zh(folded, chosen)
    ):
        return AmountReading(Decimal(0), None)  # "以前每月一千三, 现在没有了"
    if (
        owed
        and len(chosen) == 1
        and not _A_MONTHS_PAYMENT_ZH.search(folded, chosen[0].end)
        and _ONE_LOAN_CLEARED_SINCE_ZH.match(folded, chosen[0].end)
    ):
        return AmountReading(Decimal(0), None)  # "借了小舅子三万, 去年腊月已经一分不少还清了, …"
    if not offer and any(word in folded for word in _WORDS_OF_AN_UPPER_BOUND):
        # "不超过两千" of the spending is a bound; of an own offer, its amount
        chosen = [_as_a_bound(n, folded) for n in chosen]
    if owed and chosen and all(n.value == 0 for n in chosen) and _AT_SOURCE.search(folded):
        return AmountReading(Decimal(0), None)  # "comes off my payslip, so 0 on top"
    reading.chosen = chosen
    return None


def _find_figures_not_remembered(reading: _AmountBeingRead) -> AmountReading | None:
    """Finds an item's figure forgotten or paid by another: unclear."""
    asked = reading.asked
    chosen = reading.chosen
    folded = reading.folded
    items = reading.items
    if items and len(chosen) > 1 and _AMOUNT_NOT_REMEMBERED.search(folded, chosen[-1].end):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "房租2500 水电300 车险记不住多少"
    if (
        items
        and chosen
        and "多少" in folded  # (each of its two ways has "多少": a cheap test before the match)
        and _ANOTHER_ITEM_NOT_REMEMBERED_ZH.match(folded, chosen[-1].end)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "借呗1200 微粒贷忘了多少"
    if (
        items
        and chosen
        and ("忘" in folded or "想不起" in folded or "记不" in folded)
        and _ANOTHER_ITEM_FORGOTTEN_ZH.match(folded, chosen[-1].end)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "花呗三百 另一笔想不起来了"
    if (
        items
        and chosen
        and "多少" in folded
        and _AN_ITEM_NOT_REMEMBERED_BEFORE_ZH.search(folded, 0, chosen[0].start)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "一包多少钱我忘了 水电两百"
    if (
        asked in ("expenses", "other_debts")
        and chosen
        and _ONLY_ONE_ITEM_KNOWN_ZH.search(folded, max(0, chosen[0].start - 12), chosen[0].start)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "我只知道房租三千": the rest?
    if items and chosen and _PART_PAID_BY_ANOTHER.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…covers some of it, rent 700"
    if (
        items
        and chosen
        and ("%" in folded or "per" in folded)
        and _AN_ITEM_RISEN_UNSAID.search(folded)
    ):  # (each match has a "%", a "percent" or a "per cent")
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "rent went up 10%, food 300"
    return None


def _find_figures_changed(reading: _AmountBeingRead) -> AmountReading | None:
    """Finds a figure changed by an unsaid amount: unclear."""
    chosen = reading.chosen
    folded = reading.folded
    items = reading.items
    if (
        chosen
        and any(word in folded for word in _WORDS_OF_A_CHANGE_BY_AN_UNKNOWN_AMOUNT)
        and (changed := _CHANGED_BY_AN_UNKNOWN_AMOUNT.search(folded))
        and all(n.end <= changed.start() for n in chosen)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "1,050, gone up since, by ?"
    if (
        items
        and len({n.value for n in chosen}) == 1
        and any(word in folded for word in ("month", "honap", "个月"))  # (each match has one)
        and (months := _SAID_OF_SEVERAL_MONTHS.search(folded))
        and all(n.end <= months.start() for n in chosen)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "开销六千 不对 这是两个月的"
    if (
        chosen
        and ("used to be" in folded or "以前" in folded or "原来" in folded or "之前" in folded)
        and all(_WHAT_IT_USED_TO_BE.search(folded, max(0, n.start - 30), n.start) for n in chosen)
    ):  # (each match has one of these words)
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "it used to be 900", no more
    if (
        chosen
        and any(word in folded for word in _WORDS_OF_A_CHANGE_FROM_AN_UNSAID_FIGURE)
        and _A_CHANGE_FROM_AN_UNSAID_FIGURE.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "up 200 on what it was"
    if (
        chosen
        and any(word in folded for word in ("as much", "double what", "szer ", "szor ", "倍"))
        and _A_MULTIPLE_OF_ANOTHER_FIGURE.search(folded)
    ):  # (each match has one of these words)
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "half as much again as 800"
    return None


#: An upper bound that is not an own offer's ceiling: "不超过两千", "no more than 900".
_UPPER_BOUND = regex(
    r"(?:不超过|不会超过|\b(?:no|not|never) more than|\bnem tobb,? mint)\W{0,2}(?:[$€£¥] ?)?$"
)
#: One of which each match of :data:`_UPPER_BOUND` has: where a message has none, no figure of it
#: is made a bound (:func:`_as_a_bound`).
_WORDS_OF_AN_UPPER_BOUND = ("超过", " more than", "nem tobb")


def _as_a_bound(number: Number, folded: str) -> Number:
    """``number``, a part (a bound) if an upper bound is said right before it."""
    if number.part or not _UPPER_BOUND.search(folded, max(0, number.start - 20), number.start):
        return number
    return dataclasses.replace(number, part=True)


#: An item said to have risen by a share, its new figure not said, at the head of its clause:
#: "rent went up 10% and food is 300", "房租涨了10%, 吃饭三百". (Not "so its 190 now" after it.)
_AN_ITEM_RISEN_UNSAID = regex(
    r"(?:^|[,;.] |\band )(?:the |my |our )?(?:rent|bills?|council tax|gas|electric\w*|energy|"
    r"water|mortgage|insurance|childcare|food|shopping)(?: and (?:gas|electric\w*|water))? "
    r"(?:has |have )?(?:went|gone|rose|risen|jumped|increased|been put|was put) (?:up )?(?:by )?"
    r"[0-9]+(?:\.[0-9]+)? ?(?:%|percent|per cent)"
    r"(?![^0-9;.]{0,25}?\b(?:so|to|now|making|which|total)\b)|"
    r"(?:^|[,;\uff0c\uff1b])(?:房租|房贷|水电|电费|燃气费|吃饭)(?:又)?(?:涨了|上涨了?|涨)"
    r"[0-9]+ ?%(?! ?[,\uff0c]? ?(?:所以|现在|变成|到))"
)


#: Right before a figure, that it is what the amount used to be: "it used to be 900", "régen 120
#: volt" is said after it. With no other figure, today's is not said.
_WHAT_IT_USED_TO_BE = regex(
    r"\b(?:it|that|this|they|he|she|mine|my \w+) used to be\W{0,3}(?:about |around |roughly )?"
    r"(?:[$€£] ?)?$|(?:以前|原来|之前)(?:是|有|拿)(?:大概|差不多)?$"
)


#: A figure, then that it has changed by an amount not known, or is only partly paid: "1,050 in
#: 2021, but everything has gone up since and I don't know by how much", "azóta drágult, de nem
#: tudom, mennyivel", "后来涨了, 涨多少不清楚", "月薪八千, 已经三个月只发一半了", "工资四千三 老板说
#: 先发一半".
_CHANGED_BY_AN_UNKNOWN_AMOUNT = regex(
    # a change to come, its figure not known: "1,300 last month but theres a new rota from
    # monday, no idea what it'll be", "új beosztás jön, nem tudom, mennyi lesz",
    # "下个月换班 不知道会是多少"
    r"\b(?:no idea|not sure|don'?t know|dont know|do not know|who knows) what (?:it'?ll|itll|it "
    r"will|it'?s going to|its going to|they'?ll|that'?ll) (?:be|come to|pay)\b|"
    r"\bnem tudom,? (?:hogy )?mennyi lesz\b|(?:不知道|不清楚|说不好)(?:以后|到时候)?(?:会)?是多少|"
    r"\b(?:gone up|went up|risen|rose|increased|gone down|went down|dropped|shot up)\b"
    r"[^0-9]{0,40}\b(?:don'?t|do not|dont|couldn'?t|can'?t|cannot|no idea|not sure)"
    r"(?: really)?(?: know| tell you| say)?,? (?:by )?how much\b|"
    r"\b(?:nott|emelkedett|dragult|nottek|emelkedtek|dragultak)\b[^0-9]{0,40}"
    r"\bnem tudom\b,? (?:pontosan )?mennyivel\b|"
    r"(?:涨|降)了?[^0-9\uff0c\u3002,]{0,6}(?:涨|降)?多少(?:我)?(?:也)?(?:不知道|不清楚|说不清)|"
    # only half paid, or half first and the rest some day ("老板说先发一半 剩下的啥时候给没说")
    r"(?:只|先)(?:发|给)(?:了)?一半|"
    r"\bonly (?:getting|paying|paid|been paid|paying me) (?:me )?half\b|"
    r"\bcsak a felet (?:kapom|fizetik|fizettek|adjak)\b"
)
#: One of which each match of :data:`_CHANGED_BY_AN_UNKNOWN_AMOUNT` has, way by way: " what ",
#: "mennyi" ("mennyi lesz", "mennyivel"), "多少", "how much", "一半", "half", "csak a felet".
_WORDS_OF_A_CHANGE_BY_AN_UNKNOWN_AMOUNT = (" what ", "mennyi", "多少", "how much", "一半", "half",
                                           "csak a felet")  # fmt: skip


#: The figure said, then that it is of several months: "开销六千 不对 这是两个月的", "1,900, oh
#: wait thats 2 months", "360, de az két hónap".
_SAID_OF_SEVERAL_MONTHS = regex(
    r"(?:这|那)(?:个)?(?:是|算的是)(?:两|二|三|四|[2-9])个月(?:的|加起来)|"
    r"\b(?:that'?s|thats|that is|it'?s|its|that was|it was) (?:for |over |across )?"
    r"(?:two|2|three|3|four|4) months\b|"
    # (not how long it is paid: "segély 110, ez három hónapig jár", the month's own figure)
    r"\b(?:az|ez) (?:ket|harom|negy|[2-4]) ?honap"
    r"(?!ig (?:jar|tart|kapom|kapjuk|fizetik|folyositjak)\b)\w*\b"
)


#: A change from a figure not said, the change's own figure beside it: "its gone up about 200 on
#: what it was", "500 more than last month, i forget what last month was", "跟上个月比多了五百
#: 上个月是多少我忘了". No figure said is the month's.
_A_CHANGE_FROM_AN_UNSAID_FIGURE = regex(
    r"\b(?:gone up|went up|risen|up|increased|gone down|went down|down|dropped|more|less)"
    r"(?: by)?(?: about| around| roughly| like)? (?:[$€£] ?)?[0-9][0-9,.]*k? (?:on|from|than) "
    r"what (?:it|they|we|i) (?:was|were|used to|had|spent|paid)\b|"
    r"\b(?:forget|forgot|don'?t know|dont know|can'?t remember|cant remember|no idea) (?:what|how "
    r"much) (?:it|last month|last year|before|that|they) (?:was|were|came to|cost)\b|"
    r"\b(?:nem emlekszem|elfelejtettem|nem tudom)\b,? (?:hogy )?mennyi (?:volt|lehetett)\b|"
    r"(?:上个?月|以前|之前|去年|原来)(?:是|的|花了?)?多少(?:钱)?(?:我)?(?:忘了|不记得|记不清|记不得|不知道)|"
    # the same as a plan's or a month's figure, changed by so much: "same as the 12 month plan
    # but a tenner less", "ugyanannyi, mint a 12 hónapos, csak 5 ezerrel kevesebb"
    r"\bsame as (?:the |my |your |last )?[^,.;]{0,25}?\b(?:plan|option|offer|quote|month|"
    r"payment|one)\b[^,.;]{0,6}\bbut\b[^,.;]{0,25}?\b(?:less|more|lower|higher|cheaper|on top)\b|"
    r"\bugyanannyi\w*,? mint (?:a |az )?[^,.;]{0,25}?,? (?:csak|de|viszont) [^,.;]{0,20}?"
    r"\b(?:kevesebb|tobb)\w*|"
    r"(?:跟|和|同)[^,.;\uff0c\u3002]{0,12}(?:方案|那个|上个月)一样[^,.;\uff0c\u3002]{0,4}(?:但是?|不过|就是)?"
    r"(?:少|多)(?:个|了)?[0-9一二两三四五六七八九十百]+"
)
#: One of which each match of :data:`_A_CHANGE_FROM_AN_UNSAID_FIGURE` has, way by way: " what "
#: (or "how much"), "mennyi", "多少", "same as", "ugyanannyi", "一样".
_WORDS_OF_A_CHANGE_FROM_AN_UNSAID_FIGURE = (" what ", "how much", "mennyi", "多少", "same as",
                                            "ugyanannyi", "一样")  # fmt: skip


#: The amount said as a multiple of another figure, wherever that figure stands: "half as much
#: again as when I had it at 800", "kétszer annyi, mint a lakbér", "工资是房租的两倍, 房租1500".
_A_MULTIPLE_OF_ANOTHER_FIGURE = regex(
    r"\bhalf as much again\b|\b(?:twice|three times) as much as\b|\bdouble what\b|"
    r"\b(?:masfelszer|ketszer|haromszor) (?:annyi|akkora)\b|"
    r"的(?:一倍半|两倍|二倍|三倍|[2-4]倍)|多一倍|翻(?:了)?(?:一)?倍"
)


#: Part of a cost paid by something or someone else, the own part not said after it (see
#: :data:`_OFFSET_BEFORE_THE_OWN_PART`, blanked where it is): "nursery 600 and the
#: council covers some of it", "a támogatás fizet egy részt", "补贴付一部分".
_PART_PAID_BY_ANOTHER = regex(
    r"\b(?:pays?|covers?|takes? off|knocks? off|chips? in)(?: for)? (?:some|part|a bit|a little|"
    r"a chunk|a portion)\b|\bfizet (?:egy )?(?:reszt|reszet|valamennyit)\b|"
    r"(?:补贴|报销|帮我|替我)(?:付|出|还|交)?了?(?:一部分|一点|一些|部分)|"
    # the rest, once the own money has run out, from another: "20-ára elfogy, onnantól a lányom
    # segít", "after that my son helps out", "剩下的我女儿帮我出" (what it comes to is unsaid)
    # (not "a többit a férjem fizeti": the rest another's, the own part said)
    r"\b(?:onnantol|onnan kezdve|utana)(?: pedig| mar)? (?:az? )?"
    r"\w+ (?:segit\w*|potol\w*|allja|alljak|fizeti|fizetik|adja hozza|adjak hozza)\b|"
    r"\b(?:after that|from then on) (?:my |our )?\w+ (?:helps?(?: out)?|chips? in|"
    r"covers? it|tops? (?:it|me|us) up)\b|"
    r"(?:花完|用完|没了)了?(?:以后|之后)?[,\uff0c ]{0,2}(?:剩下的?)?(?:就)?(?:我|都是)?"
    r"(?:爸|妈|爸妈|父母|女儿|儿子|家里|老公|老婆)(?:帮我?|给我?|替我)?(?:补|出|付|贴)"
)


#: After a list, an item whose amount the cardholder does not know: no total to take.
_AMOUNT_NOT_REMEMBERED = regex(
    r"(?:记不住|记不清|不记得|忘了|不知道|不清楚)(?:是)?多少|多少(?:钱)?(?:记不住|记不清|不记得|忘了)|"
    r"\b(?:can'?t|cannot|don'?t|do not) remember (?:how much|what)\b|"
    r"\bnot sure (?:how much|what)\b|"
    r"\bnem (?:emlekszem|tudom),? (?:hogy )?mennyi\b|\bfogalmam sincs,? (?:hogy )?mennyi\b"
)


#: Right after the last figure, another item named whose amount is not known: "借呗1200 微粒贷忘了
#: 多少", "房租两千 还有个网费记不清多少了" (not the figure's own: "两千 具体多少记不清了").
_ANOTHER_ITEM_NOT_REMEMBERED_ZH = re.compile(
    r" ?(?:块钱?|元)? ?[,;\uff0c\uff1b]? ?(?:还有|另外|另一个|再加上?)?(?:一?个)?"
    r"(?!具体|大概|实际|到底|准确|精确|其他|别的)[\u4e00-\u9fff]{2,6}?(?:的|那个|那边)?(?:我)?"
    r"(?:忘了|记不清了?|记不住了?|不记得了?|不知道|不清楚)(?:是)?多少|"
    r" ?(?:块钱?|元)? ?[,;\uff0c\uff1b]? ?(?:还有|另外)?(?:一?个)?"
    r"(?!具体|大概|实际|到底|准确|精确)[\u4e00-\u9fff]{2,6}?多少(?:钱)?(?:忘了|记不清|记不住|不记得)"
)


#: The same with no "多少", the forgetting ending the message: "花呗三百 借呗想不起来了", "网贷两笔
#: 一笔四百 另一笔忘了" (one item's figure unknown, no sum). Not the figure's own ("两千 好像记不清
#: 了"), nor a thing forgotten to do ("水电忘了交"): the verb is the last word.
_ANOTHER_ITEM_FORGOTTEN_ZH = re.compile(
    r" ?(?:块钱?|元)? ?[,;\uff0c\uff1b]? ?(?:还有|另外)?"
    r"(?!具体|大概|实际|到底|准确|精确|好像|可能|应该|反正|其他|别的|我|也|都|有点|真的?|实在)"
    r"[\u4e00-\u9fff]{2,6}?(?:的|那个|那边)?(?:我)?(?:也)?"
    r"(?:忘了|想不起来了?|记不清了?|记不住了?|不记得了?)[了啊呀哈]*[ .!?\u3002]*$"
)


#: Before the first figure, an item whose price is not remembered: "尿不湿三包 一包多少钱我忘了
#: 水电两百" (searched up to that figure; not the figure's own, "具体多少忘了 大概两千", nor a
#: whole said after it: "网费多少忘了 反正一共三千").
_AN_ITEM_NOT_REMEMBERED_BEFORE_ZH = re.compile(
    r"(?:^|[ ,\uff0c])(?!具体|大概|实际|到底|准确|精确)[\u4e00-\u9fff]{1,6}?"
    r"多少(?:钱)?(?:我)?(?:也)?"
    r"(?:忘了|记不清了?|记不住了?|不记得了?)"
    r"(?![^0-9一二两三四五六七八九]*(?:一共|总共|加起来|合计|反正|大概|差不多|估计|大约|具体))"
)


#: Right before the first figure, that only that item's amount is known: "老公管钱, 我只知道房租
#: 三千", "只记得车贷两千" (not the whole: "只知道一共五千").
_ONLY_ONE_ITEM_KNOWN_ZH = re.compile(
    r"只(?:知道|晓得|记得|清楚)(?!大概|差不多|大约|一共|总共|加起来|全部)(?:个)?[\u4e00-\u9fff]{1,5}"
    r"(?:是|有)? ?$"
)


_LET_OFF_HU = re.compile(r"\b(?:elengedte|elengedtek|elengedtek|leirtak|leirta)\b[^0-9]*$")
