"""Figures of another period than the month asked: a season's, every few weeks, a day's or two
days' amounts, last month's beside this month's, today's nothing beside an amount later. Apart
because telling the month's figure from another period's is one question asked by several steps."""

from __future__ import annotations

import re
from decimal import Decimal

from dialogs.understanding.rules.amounts.surroundings import (
    _A_DAY_EN,
    _A_DAY_HU,
    _A_MONTHS_EXTRA,
    _A_SEASON,
    _COUNTS_HU,
    _MONTHLY_AFTER,
    _MONTHLY_BEFORE,
    _MONTHS_WORKED_OUT,
    _NOW,
    _THIS_MONTH_SAID,
    _ZERO_WORDS,
    _in_thousands,
)
from dialogs.understanding.rules.numerals import (
    _A_MONTH_AFTER,
    _A_MONTH_BEFORE,
    _PERIOD_AFTER,
    _PERIOD_BEFORE,
    Number,
)
from dialogs.understanding.rules.sums import (
    _CLAUSE_BREAK,
    _ITEMS,
    _clause,
)
from dialogs.understanding.rules.text import (
    regex,
)


def _a_figure_for_each_season(folded: str, chosen: list[Number]) -> bool:
    """Two figures, each said beside a season of its own ("1,100 in the season and 950 when the
    museum shuts for the winter"): one month's of two kinds, no sum of items."""
    if len(chosen) != 2 or len({n.value for n in chosen}) != 2:
        return False
    seasons = [_A_SEASON.search(folded, max(0, n.start - 40), n.end + 40) for n in chosen]
    return all(seasons) and len(_A_SEASON.findall(folded)) >= 2


#: Right before a figure, that it is every other month's: "every other month its 1,710", "a többi
#: hónapban 290", "其他月份都是五千".
_EVERY_OTHER_MONTH_BEFORE = regex(
    r"\b(?:every other month|all the other months|the other months|other months|the rest of the "
    r"(?:year|time)|a tobbi honap\w*|mas honapokban)\b\W{0,3}(?:(?:it'?s|its|is|i get|about|"
    r"around|van|kapok|kb|pedig)\W{1,3}){0,2}$|(?:其他|其它|别的|平时)(?:月份?|几个月)?(?:都)?(?:是|就)?$"
)


def _the_usual_beside_a_months_extra(folded: str, chosen: list[Number]) -> Number | None:
    """Of two figures, the one said to be every other month's, the other one month's with
    something extra in it: "i got 2,400 in december because of the bonus, every other month its
    1,710" is 1,710 (no sum of two incomes)."""
    if len(chosen) != 2 or len({n.value for n in chosen}) != 2:
        return None
    for usual, extra in (chosen, chosen[::-1]):
        if _EVERY_OTHER_MONTH_BEFORE.search(folded, max(0, usual.start - 40), usual.start) and (
            _A_MONTHS_EXTRA.search(folded, max(0, extra.start - 40), extra.end + 50)
        ):
            return usual
    return None


#: Right before a figure, in English, that it is the usual month's: "normally 1,480", "usually
#: about 980", "most months its 75".
_THE_USUAL_BEFORE_EN = regex(
    r"\b(?:usually|normally|most months|as a rule|typically)\b\W{0,3}"
    r"(?:(?:it'?s|its|is|i get|i pay|i spend|about|around|roughly|like)\W{1,3}){0,2}[$£]?$"
)


#: In the clause of a figure, in English, that it is this month's only; a change for good said
#: with it ("since", "now", "from now on") makes it today's, no odd month.
_THIS_MONTH_ONLY_EN = regex(r"\bthis (?:month|time)\b")
_A_CHANGE_FOR_GOOD_EN = regex(
    r"\b(?:now|since|from now|anymore|any more|these days|going forward|for good|from next)\b"
)
#: Said of this month's figure, why it is odd: "… this month as I was off with my back", "cos the
#: car needed tyres", "because I missed one", "with the dentist", "it includes holiday pay".
#: Without a reason this month's figure may be the pay cut itself ("about 1200 this month,
#: normally 2000").
_WHY_THIS_MONTH_IS_ODD_EN = regex(
    r"\b(?:cos|coz|cuz|because|as|due to|with|what with|thanks to|includes?|including|"
    r"emergency tax|off sick|missed)\b"
)


def _the_usual_beside_this_month_en(folded: str, chosen: list[Number]) -> Number | None:
    """Of two figures in English, the one said to be the usual month's beside this month's
    odd one: "normally 1,480 but only got 1,100 this month as I was off", "usually 75, this
    month 150 because I missed one" (the month asked is the usual one, as "normally 1,650 but
    emergency tax this month … 1,290" is labelled), the odd month's reason said; not a change
    for good ("normally 1,500 but since the cut 1,100 now"), nor this month's with no reason
    ("about 1200 this month, normally 2000": maybe the cut itself)."""
    if len(chosen) != 2 or len({n.value for n in chosen}) != 2:
        return None
    for usual, odd in (chosen, chosen[::-1]):
        clause = _clause(folded, odd)
        if (
            _THE_USUAL_BEFORE_EN.search(folded, max(0, usual.start - 30), usual.start)
            and _THIS_MONTH_ONLY_EN.search(folded, *clause)
            and _WHY_THIS_MONTH_IS_ODD_EN.search(
                folded, clause[0], min(len(folded), clause[1] + 40)
            )
            and not _THE_USUAL_BEFORE_EN.search(folded, clause[0], odd.start)
            and not _A_CHANGE_FOR_GOOD_EN.search(folded)
        ):
            return usual
    return None


#: Said in the clause of an amount that is refused: "a 120 ezer egyben lehetetlen", "1.2k upfront
#: is impossible", "一次性一万二不可能". (An amount at once beside a monthly one, "100 ezret egyben,
#: utána havi 10", is an offer in two stages.)
_REFUSED = regex(
    r"\b(?:lehetetlen|kizart|tul sok|impossible|too much|no way|not possible)\b|"
    r"\bnem (?:megy|fog menni)\b|不可能|不行|太多|做不到|还不起"
)


def _monthly_beside_refused(folded: str, numbers: list[Number]) -> Number | None:
    """The one amount offered monthly beside amounts refused, each in a clause of its own: "a 120
    ezer egyben lehetetlen, havi 10 ezer?"."""
    refused = [n for n in numbers if _REFUSED.search(folded, *_clause(folded, n))]
    kept = [n for n in numbers if n not in refused]
    if not refused or len({n.value for n in kept}) != 1:
        return None
    said_monthly = _MONTHLY_BEFORE.search(
        folded[max(0, kept[0].start - 30) : kept[0].start]
    ) or _MONTHLY_AFTER.match(folded[kept[0].end : kept[0].end + 30])
    return kept[0] if said_monthly else None


_A_MONTH_SAID = regex(
    r"\b(?:havonta|havi|egy honapban|a month|per month|monthly|month)\b|每个?月|一个月"
)


#: The month a day's rate was paid for, named on the way to its pay: "一天三百, 按月结, 上个月结了
#: 七千八", "95 a day, did 20 days last month, got 1,900" (the ratio checks it is a month's).
_A_MONTHS_PAY_NAMED = regex(r"\blast month\b|上个?月|按月|月底")


#: In Chinese, the month named before what is spent in it: "每月必要开销四千一".
_A_MONTH_BEFORE_ZH = re.compile(r"(?:每个?月|一个月)[\u4e00-\u9fff]{0,6}$")


def _a_month_worked_out(folded: str, numbers: list[Number]) -> Number | None:
    """The one amount said for the month beside one said for a week, a fortnight or a year that
    it is worked out from ("400 a week, so call it 1600 a month", "heti 70, havonta úgy 280"):
    about four weeks, two fortnights or a twelfth of a year, with no other item named between
    them ("rent 250 a month, food 60 a week" are two items, not one worked out)."""
    periodic = [n for n in numbers if n.not_monthly]
    monthly = [
        n
        for n in numbers
        if not n.not_monthly
        and (
            _A_MONTH_BEFORE.search(folded[max(0, n.start - 20) : n.start])
            or _A_MONTH_BEFORE_ZH.search(folded, max(0, n.start - 12), n.start)
            or _A_MONTH_AFTER.match(folded[n.end : n.end + 20])
            # "一天两百, 一个月干二十五天, 差不多五千": the month named on the way to it
            or (
                len(periodic) == 1
                and periodic[0].end <= n.start
                and (
                    _A_MONTH_SAID.search(folded, periodic[0].end, n.start) is not None
                    or _A_MONTHS_PAY_NAMED.search(folded, periodic[0].end, n.start) is not None
                )
            )
        )
    ]
    if monthly:  # the month's figure said again ("1,500 a month … but 1,500 on average") is one
        monthly = [n for n in numbers if not n.not_monthly and n.value == monthly[0].value]
    rest = [n for n in numbers if n not in monthly]
    if (
        len({n.value for n in monthly}) != 1
        or len(rest) != 1
        or any(n.part for n in monthly)
        or not rest[0].not_monthly
    ):
        return None
    month, other = monthly[0], rest[0]
    if not month.value or not other.value:
        return None
    first, second = sorted((month, other), key=lambda n: n.start)
    if _another_item_named(folded, first, second):
        return None
    if _ANOTHER_ONE_ADDED.match(folded, first.end, second.start):
        return None  # "wage 1,200 a month and 12 an hour at the pub": another income added
    ratio = month.value / other.value
    period = _period_of(folded, other)
    worked_out = any(
        low <= ratio <= high
        for name, (low, high) in _MONTHS_WORKED_OUT.items()
        if period is None or name == period
    )
    if not worked_out and period == "day" and "days a week" in folded:
        days = _DAYS_A_WEEK_EN.search(folded)  # "95 a day, 4 days a week, so roughly 1,650"
        if days is not None:
            week_low, week_high = _MONTHS_WORKED_OUT["week"]
            count = Decimal(_DAYS_COUNTED_EN.get(days[1], days[1]))
            worked_out = count * week_low <= ratio <= count * week_high
    return month if worked_out else None


#: How many days a week a day's pay is earned, in English: "4 days a week", "three days a week".
_DAYS_A_WEEK_EN = re.compile(r"\b([1-7]|one|two|three|four|five|six|seven) days a week\b")
_DAYS_COUNTED_EN = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
}  # fmt: skip


#: Between a month's figure and one by another period, that the second is added, not the one
#: worked out from the other: "wage 1,200 a month and 12 an hour at the pub", "14 an hour cash
#: and the joneses 680 a month" (not "12 an hour, so about 1,200 a month").
_ANOTHER_ONE_ADDED = regex(
    r"[^0-9]{0,25}\b(?:and|plus|also|as well as|on top|then|es|meg|plusz|valamint)\b"
    r"(?![^0-9]{0,16}\b(?:that'?s|thats|that is|this is|it'?s|its|which is|so|i\.?e\.?|about|"
    r"roughly|around|approx\w*|making|comes? to|works? out|ami|azaz|vagyis|kb)\b)"
    r"|[^0-9]{0,6}\+"
)


def _another_item_named(folded: str, first: Number, second: Number) -> bool:
    """Whether an item is named between two amounts in one clause ("rent 250 a month and food 60
    a week"), or in the second's own clause ("food 60 a week, rent 250 a month"): two items, not
    one amount worked out. Items after the first in its clause are what it is for ("napi 4 ezer
    kaja meg bérlet, havonta az olyan 120")."""
    start, end = _clause(folded, second)
    if start <= first.end:
        return bool(_ITEMS.search(folded, first.end, second.start))
    return bool(_ITEMS.search(folded, start, end))


#: Which period an amount is said for, by the words that say it (the fortnight before the week).
_PERIOD_NAMES = (
    # (paid once in several months, or once when a loan falls due: never a month's worked out)
    ("months", re.compile(r"(?:两|二|三|四|五|六|[2-6])个月|半年|季度|押[一二三1-3]付|今年")),
    ("once", re.compile(r"到期")),
    ("hour", re.compile(r"hour|\bhr|\bora(?:nkent|ber|dij)\w*|小时|时薪|钟点")),
    ("fortnight", re.compile(
        r"fortnight|(?:two|2) weeks|bi-?weekly|other week|kethetente|(?:两|2)(?:周|个?星期|个?礼拜)"
        r"|半个?月|\bketheti\b|/ ?2 ?het\b"  # "kétheti 90": a fortnight's pay
    )),
    ("week", re.compile(r"week|\bwk|\bpw\b|p/w|\bhet(?:ente|i)?\b|\bheten\b|周|週|星期|礼拜|禮拜")),
    ("day", re.compile(r"\bday|daily|\bnap(?:onta|i)\b|天|日")),
    ("year", re.compile(r"year|\byr|annu|\bp\.? ?a\b|\bev(?:ente|i)?\b|\bevben\b|年")),
    ("term", re.compile(r"term|semester|\bfelev\w*|学期")),
)  # fmt: skip


def _period_of(folded: str, number: Number) -> str | None:
    """The period other than the month an amount is said for ("400 a week", "napi 12 ezer")."""
    after = _PERIOD_AFTER.match(folded, number.end)
    said = after[0] if after else ""
    if not said:
        before = _PERIOD_BEFORE.search(folded[max(0, number.start - 30) : number.start])
        said = before[0] if before else ""
    for name, words in _PERIOD_NAMES:
        if words.search(said):
            return name
    return None


#: Paid by the hour, or so much each time every two weeks, or paid by the week, said anywhere
#: in the message: no figure in it is a month's unless a month is named ("órabér 2400, heti 35
#: óra", "按小时算的, 一小时28", "每两周领一次, 每次900", "they pay weekly, last week was 410",
#: "hetente fizetnek, múlt héten 92 ezer", "按周结, 上周一千一").
_BY_ANOTHER_PERIOD = regex(
    r"\borab[eé]r\w*|按小时|按钟点|计时工资|"
    r"(?:每(?:两|2|三|3|四|4)(?:周|个?星期|个?礼拜)|"
    r"(?:两|2|三|3|四|4)(?:周|个?星期|个?礼拜)(?:发|结|给|打|付|算)?一次)"
    r".{0,12}(?:每次|一次)|"
    r"\b(?:pay|pays|paid|paying|wages?|payslips?) (?:\w+ )?(?:weekly|fortnightly|by the week|"
    r"every (?:week|fortnight|two weeks|friday))\b|\bweekly (?:pay|wages?)\b|"
    r"\b(?:hetente|kethetente|heti|ketheti) (?:\w+ )?(?:fizet|utal|ber)\w*|"
    r"按周(?:结|发|算|付|给)|周结|日结|"
    # paid every week, its day named or not: "每个礼拜五发钱, 上礼拜五拿了九百六", "每周发一次"
    # (not with the month's whole said after: "每周五发 这个月一共拿了四千二")
    r"每个?(?:周|星期|礼拜)[一二三四五六日天]?(?:发|结)(?!.*(?:这个?月|本月|上个?月))"
)


def _paid_by_another_period(folded: str) -> bool:
    return bool(_BY_ANOTHER_PERIOD.search(folded)) and not _A_MONTH_SAID.search(folded)


#: Taken or paid every few weeks, said after the one amount with words between: "payday loan,
#: 140 taken back every two weeks", "网贷每次扣400, 两周一次". No month's amount unless a month
#: is named too.
_EVERY_FEW_WEEKS_AFTER = regex(
    r"^[^,;.!?\uff0c\u3002\uff1b]*?(?:\b(?:every (?:other |two |2 |three |3 )?(?:weeks?|fortnight)|"
    r"every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"each week|fortnightly|bi-?weekly|weekly)\b|每(?:两|2|三|3)?(?:周|个?星期|个?礼拜)(?!都))|"
    # a weekday, every week: "takes 40 off me every friday", "minden pénteken", "péntekenként"
    r"\b(?:every|each) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"\bon (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b|"
    r"\bminden (?:hetfon|kedden|szerdan|csutortokon|penteken|szombaton|vasarnap)\b|"
    r"\b(?:hetfo|kedd|szerda|csutortok|pentek|szombat|vasarnap)\w*nkent\b|"
    # with the verb of paying between: "工资两千八 两周发一次", "两个星期结一次"
    r"(?:两|2|三|3)(?:周|个?星期|个?礼拜)(?:发|结|给|打|付|算)?一次"
)


#: The same said in a short clause of its own: "loan shark, 50 when he comes
#: round, every other week", "klarna 25, fortnightly", "4 payments 2 weeks apart, 25 each".
_EVERY_FEW_WEEKS_LATER = regex(
    r"[,;.]\s*(?:\w+ ){0,4}?(?:every (?:other |two |2 )?(?:week|fortnight)|fortnightly|"
    r"bi-?weekly|weekly|each week)\s*(?:$|[,;.!?])|"
    r"\b(?:two|2|three|3) weeks apart\b"
)


#: Every other week or weekday, said before the amount: "minden második pénteken jön a Provis
#: néni, 15-öt viszek le neki", "every other friday the provi man comes, i give him 15".
_EVERY_OTHER_WEEK_BEFORE = regex(
    r"\bminden (?:masodik|ket|harmadik) (?:het\w*|hetfon|kedden|szerdan|csutortokon|penteken|"
    r"szombaton|vasarnap)\b|"
    r"\bevery (?:other|second) (?:week|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)\b"
)


#: Every few months or once or twice a year, said before the one amount in English:
#: "service charge every 3 months, 180", "twice a year the boiler plan takes 75". No month's
#: amount: how it spreads over the months is not said.
_EVERY_FEW_MONTHS_BEFORE_EN = regex(
    r"\bevery (?:[2-9]|1[0-2]|two|three|four|six|twelve|other|second) months?\b|"
    r"\b(?:every quarter|(?:once|twice) a year)\b"
)


def _one_amount_every_few_weeks(folded: str, numbers: list[Number]) -> bool:
    """One amount, and in its own clause after it, or in a short clause of its own (or anywhere,
    "两周一次", "2 weeks apart") that it is taken every week or every few weeks, no month named;
    or every other week, every few months or once or twice a year said before it."""
    values = {n.value for n in numbers}
    return (
        len(values) == 1
        and bool(
            _EVERY_FEW_WEEKS_AFTER.search(folded[numbers[-1].end :])
            or _EVERY_FEW_WEEKS_LATER.search(folded)
            or _EVERY_OTHER_WEEK_BEFORE.search(folded, 0, numbers[0].start)
            or (
                ("every" in folded or " a year" in folded)
                and _EVERY_FEW_MONTHS_BEFORE_EN.search(folded, 0, numbers[0].start)
            )
        )
        and not _A_MONTH_SAID.search(folded)
    )


#: A day of the month right before its amount: "10-én 150", "15号再交1500", "on the 1st, 650".
_A_DAY_BEFORE = regex(
    rf"\b(?:{_A_DAY_HU}|elsejen|\w+(?:edik|adik|odik)(?:en|an))\W{{0,3}}(?:\w+ ){{0,2}}$|"
    rf"\bon the {_A_DAY_EN}\W{{0,3}}(?:\w+ ){{0,2}}(?:[$€£] ?)?$|"
    r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:号|日)(?:再|又|还)?(?:交|发|付|还|打|到账|到)?(?:了)?$"
)


#: A day of the month right after its amount: "650 on the 15th", "90e tizenötödikén".
_A_DAY_AFTER = regex(
    r"^ ?(?:e|ezer|ezret|-?[aeo]?t)?(?: \w+)? (?:az? )?(?:elsejen|\w+(?:edik|adik|odik)(?:en|an)|"
    rf"{_A_DAY_HU})\b|"
    rf"^(?: \w+)? on the {_A_DAY_EN}\b"
)


#: Between the two: the second comes on top ("and", "még", "再").
_THEN_ANOTHER = regex(
    r"\b(?:and|again|another|then|plus|es|meg|meg egyszer|aztan|pedig|ujra)\b|再|又|还"
)


def _one_amount_on_two_days(
    folded: str, chosen: list[Number], in_thousands: bool
) -> Decimal | None:
    """The month's sum of one amount paid on two days of it ("i pay 650 rent on the 1st and 650
    on the 15th", "albérlet 90e az elsején és 90e tizenötödikén", "每月10号发3000, 25号再发3000"):
    the same figure twice is then no figure said again. ``None``: not so."""
    first, second = chosen
    if first.value is None or first.value != second.value:
        return None
    days = {
        day[0].strip()
        for n in chosen
        if (
            day := _A_DAY_BEFORE.search(folded, max(0, n.start - 16), n.start)
            or _A_DAY_AFTER.match(folded[n.end : n.end + 24])
        )
    }
    if len(days) != 2:  # each its own day
        return None
    if not _THEN_ANOTHER.search(folded, first.end, second.start):
        return None
    part = _in_thousands(first, folded) if in_thousands else first
    return None if part.value is None else part.value * 2


#: Said of an amount to come, or one that depends on something: "ha meglesz a munka, akkor 260",
#: "1200 once i start", "如果找到工作有三千".
_TO_COME = re.compile(
    r"\b(?:ha|majd|akkor|if|once|when|will|gonna|from next)\b|\b\w*lesz\b|'ll\b|"
    r"如果|要是|以后|之后|到时候|下个?月(?:起|开始)"
)


def _nothing_now_amount_later(folded: str, number: Number) -> bool:
    """Whether a message says nothing comes in now, and the one amount only later or if something
    happens: "ha meglesz az új munka akkor 260, most semmi" (the month's amount is 0)."""
    start, end = _clause(folded, number)
    if not _TO_COME.search(folded, start, end) or _NOW.search(folded, start, end):
        return False
    others = _CLAUSE_BREAK.split(folded[:start]) + _CLAUSE_BREAK.split(folded[end:])
    return any(
        _ZERO_WORDS.found_in(clause) and _NOW.search(clause) and not _TO_COME.search(clause)
        for clause in map(str.strip, others)
    )


#: Last month, and this month, each said of its own pay: "last month 1,320, this month 1,180",
#: "múlt hónapban 280, ebben a hónapban 250".
_LAST_MONTH_SAID = regex(r"\blast month\b|\bmult honap\w*")


#: A change from one month to the next, not two months side by side: "this month it drops to".
_PAY_CHANGED_FROM = regex(
    r"\b(?:from|drops?|dropped|went|goes|going|rose|up to|down to|starting|since|now|"
    r"\w+tol|\w+tol kezdve|mostantol)\b"
)


#: Where the clause of the first of the two months' figures ends.
_A_MONTHS_CLAUSE_ENDS = re.compile(r"[,;]|\b(?:and|but|es|de|meg)\b")


def _last_and_this_months_pay(folded: str, numbers: list[Number]) -> bool:
    """Two months' pay, last month's and this month's, said side by side, no usual one ("last
    month 1,320, this month only 1,180", "múlt hónapban 280, ebben 250"): asked again, as round 17
    reads "last month 1420 this month 1080" and :func:`_last_and_this_months_pay_zh` the Chinese.
    Not a change said from one to the other ("last month 1,400, from this month 1,200")."""
    first, second = numbers
    if first.value == second.value or _PAY_CHANGED_FROM.search(folded):
        return False
    cut = _A_MONTHS_CLAUSE_ENDS.search(folded, first.end, second.start)
    if cut is None:
        return False
    of_first = (0, cut.start())
    of_second = (cut.end(), len(folded))
    return bool(
        (
            _LAST_MONTH_SAID.search(folded, *of_first)
            and _THIS_MONTH_SAID.search(folded, *of_second)
            and not _THIS_MONTH_SAID.search(folded, *of_first)
        )
        or (
            _THIS_MONTH_SAID.search(folded, *of_first)
            and _LAST_MONTH_SAID.search(folded, *of_second)
            and not _LAST_MONTH_SAID.search(folded, *of_first)
        )
    )


def _times_said(match: re.Match[str]) -> str:
    """A :data:`_TIMES_HU` or :data:`_ALL_OF_THEM_HU` match as the product."""
    count = _COUNTS_HU.get(match[1]) or int(match[1])
    product = count * Decimal(match[2].replace(" ", "").replace(",", "."))
    return f"{product.normalize():f}".replace(".", ",")
