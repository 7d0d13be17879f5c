"""Reading a number of months, 1 to 120: "3 months", "half a year", "másfél év", "半年"."""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, Decimal, localcontext

from dialogs.understanding.rules.numerals import (
    _EN_TYPO,
    _EN_TYPOS,
    ARITHMETIC,
    Number,
    is_just_a_number,
    numbers_in,
)
from dialogs.understanding.rules.text import fold, language_code, normalize

_MONTH_UNIT_AHEAD = r"(?= ?(?:months?\b|honap|ho\b|years?\b|ev|个月|個月|月|年))"

#: Number words a cardholder may use for a number of months. Words that also mean something else
#: ("a", "one", Hungarian "egy" = "a", "hat"/"hát" = "six"/"well", "hét" = "seven"/"week") only
#: count right before a month or year word.
MONTH_NUMBER_WORDS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty-four": 24, "twenty four": 24,
    "thirty-six": 36, "thirty six": 36,
    "kettő": 2, "két": 2, "három": 3, "négy": 4, "öt": 5, "nyolc": 8, "kilenc": 9, "tíz": 10,
    "tizenegy": 11, "tizenkettő": 12, "tizenkét": 12, "tizennyolc": 18, "huszonnégy": 24,
}  # fmt: skip
MONTH_NUMBER_WORDS_BEFORE_UNIT = {"a": 1, "an": 1, "one": 1, "egy": 1, "hat": 6, "hét": 7}
#: Whole phrases rewritten after the number words, in this order, before numbers are read.
MONTH_PHRASES: tuple[tuple[str, str], ...] = (
    # A range is its upper end: "3-4 months", "2 or 3", "1到2个月", "一两个月", "egy-két hónap".
    (r"\begy[- ](?=2\b)", "1-"),
    (r"俩(?=个月|個月|月)", "2"),
    (r"\ba month or (?:two|2)\b", "2 months"),
    # typed in a hurry, the "a" left off at the start: "month or two", "month or so", "month tops"
    (r"^month or (?:two|2)\b", "2 months"),
    (r"^month(?=,? ?(?:or so|ish|tops|max|at most|maybe|hopefully)?\W*$)", "1 month"),
    (r"\ba year or (?:two|2)\b", "2 years"),
    (r"(?<![0-9])([0-9]+) ?(?:-|~|to|or|vagy|到|至|或) ?(?=[0-9]+(?![0-9]))", ""),
    # dictated, the dash left out: "két három hónap", "two three months" (two numbers in a row,
    # the second one more, right before the unit)
    (
        r"(?<![0-9.,])(?:"
        + "|".join(f"{n} (?={n + 1} )" for n in range(1, 12))
        + r")(?=[0-9]+ ?(?:months?|weeks?|years?|hónap\w*|honap\w*|hét\w*|het\w*|év\w*)\b)",
        "",
    ),
    # the unit said after the first end only: "one month or 2, I've an interview", "3 weeks or 4"
    (
        r"(?:(?<![0-9])[0-9]+|\bone) (months?|weeks?) or ([0-9]+)(?![0-9])"
        r"(?! ?(?:(?:months?|weeks?|years?|days?|pounds?|quid)\b|[$€£%]))",
        r"\2 \1",
    ),
    (
        r"(?<![一二两兩三四五六七八九十])[一二两兩三四五六七八]([二两兩三四五六七八九])"
        r"(?=个月|個月|月|个?(?:周|週|星期|礼拜|禮拜)|年)",
        r"\1",
    ),
    # An earlier guess told as past and given up after a "de": "múltkor azt mondtam 2 hónap, de
    # az orvos szerint inkább 3" is 3; "azt gondoltam, pár hónap, de azóta nem hívtak" no count.
    (
        r"\b(?:a )?(?:múltkor|tegnap|legutóbb|korábban|előbb|az előbb|akkor|eleinte|először)\b"
        r"[^.!?]{0,16}?\bazt (?:mondtam|gondoltam|írtam|hittem|reméltem|saccoltam|számoltam)\b"
        r"[^.!?]{0,40}?(?=\bde\b)",
        " ",
    ),
    # A rough answer narrowed down is the figure said last: "a few months, say two", "pár hónap,
    # mondjuk kettő", "几个月吧, 就说两个月". A month of the calendar is a date, not a count: "一年,
    # 培训明年九月才结束" is a year.
    (
        r"\b(?:a )?(?:few|couple(?: of)?|several) (?:months?|weeks?)\W+(?=(?:let'?s |i'?d |i'?ll )?"
        r"say\b)",
        "",
    ),
    (r"\b(?:pár|néhány) (?:hónap|hét|het)\w*\W+(?=mondjuk\b)", ""),
    # or narrowed to a range, read already as its upper end: "couple of months, 2 or 3"
    (
        r"\b(?:a )?(?:few|couple(?: of)?|several|pár|néhány) (?:months?|hónap\w*)\W+"
        r"(?=(?:maybe |probably |like |say |talán |kb )?[0-9]{1,2}\b(?! ?[0-9]))",
        "",
    ),
    (r"几个?(?:月|星期|礼拜|周)(?:吧)?\W*(?=就说|比如说?)", ""),
    (
        r"(?:明年|今年|后年|去年)[一二三四五六七八九十0-9]{1,3}月(?:份|底|初|中旬|末)?"
        r"|(?<![0-9一二三四五六七八九十个個])[一二三四五六七八九十0-9]{1,3}月份",
        " ",
    ),
    # The next payday is within a month: "next payday really", "következő fizetésnap", "下次发工资";
    # a pension's too, paid monthly: "a következő nyugdíjnál már rendben lesz".
    (
        r"\b(?:by |until |till |on )?(?:the |my )?(?:next|coming) pay ?(?:day|check|cheque)\b",
        "1 month",
    ),
    # (its month named: "a jövő havi nyugdíjjal már rendben leszünk")
    (
        r"\b(?:a )?(?:következő|jövő)(?: havi)? (?:fizetés ?nap|fizetés|bérnap|nyugdíj)\w*",
        "1 hónap",
    ),
    (r"(?:等到?)?下(?:次|个月|回)(?:发工资|发薪|开工资|领工资)", "1个月"),
    # Rough answers a person gives: "next month", "a couple of months", "a few weeks".
    (r"\b(?:by |until |till )?(?:the )?(?:next|coming|following) month\b", "1 month"),
    (r"\bthis month\b|\b(?:the )?end of (?:the |this |next )?month\b", "1 month"),
    (r"\b(?:a )?couple (?:of )?months?\b", "2 months"),
    (r"\b(?:a )?(?:few|several) months?\b", "3 months"),
    (r"\b(?:a )?(?:few|couple(?: of)?|several) weeks?\b|\ba fortnight\b", "2 weeks"),
    (r"\b(?:a|one) week\b", "1 week"),
    (r"\b(?:from |by |until |till )?(?:the )?(?:next|coming|following) week\b", "1 week"),
    # a weekday to come: "i start at the warehouse next monday"
    (
        r"\b(?:on |from |by )?(?:next|this|coming) (?:monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday|mon|tue|wed|thu|fri)\b",
        "1 week",
    ),
    (r"\b(?:jövő|következő) ?(?:hét|het)\w*", "1 hét"),
    (r"\b(?:jövő|következő) (?:kedd|szerd|csütörtök|péntek|szombat|vasárnap)\w*", "1 hét"),
    (r"下(?:个)?(?:周|星期|礼拜|禮拜)", "1周"),
    (r"\b(?:a )?(?:few|couple(?: of)?) days\b", "3 days"),
    (r"\b(?:jövő|következő|a jövő) hó\w*|\b(?:hó|hónap) ?végé\w*|\bebben a hónapban\b", "1 hónap"),
    (r"\b(?:pár|néhány) hónap\w*", "3 hónap"),
    (r"\b(?:pár|néhány) hét\w*|\b(?:pár|néhány) het\w*", "2 hét"),
    (r"\begy hét\w*", "1 hét"),
    (r"\b(?:pár|néhány) nap\w*", "3 nap"),
    (r"下下个?月|下下個月", "2个月"),
    # a month named before what happens in it: "七月毕业以后, 就是8个月" (July, not 7 months)
    (
        r"(?<![0-9一二三四五六七八九十个個])(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})月"
        r"(?=毕业|开学|放假|上班|开工|入职|复工|出院|底|初|中旬)",
        " ",
    ),
    # an hour of the clock, no count of months: "hajnali 6-kor már jön az sms"
    (r"(?<![0-9])[0-9]{1,2}(?:[:.][0-9]{2})? ?-?(?:kor|órakor)\b", " "),
    # or the hour said with its time of day, as one writes late: "hajnali 1 van, most értem haza"
    (
        r"\b(?:hajnali|éjjeli|éjszakai|esti|reggeli|délutáni|éjfél után) [0-9]{1,2}"
        r"(?:[:.][0-9]{2})?(?! ?(?:hónap|hó\b|év|hét|het\b|nap))(?: óra)?",
        " ",
    ),
    # a shopping day, no count: "到双十一旺季就好了"; a day of the lunar calendar: "正月十五一过"
    (r"双(?:十一|十二|11|12)", " "),
    (r"(?:正月|腊月|臘月)(?:初)?[一二三四五六七八九十廿]{0,3}", " "),
    (r"可能[^也]*?也可能", ""),
    (r"(?<=[0-9一二两三四五六七八九十几])个?越", "个月"),
    # (Cantonese "今个月": this month)
    (r"下个?月|下個月|本月|这个月|這個月|今个月|今個月|月底|月末|半个月|半個月", "1个月"),
    # a month and a half is its upper end in whole months: "大概一个半月" is two
    (r"(?<![0-9一二两兩三四五六七八九十])(?:一|1) ?[个個]半月", "2个月"),
    (r"(?<![0-9一二两兩三四五六七八九十])(?:两|兩|二|2) ?[个個]半月", "3个月"),
    (r"(?<![0-9一二两兩三四五六七八九十])(?:三|3) ?[个個]半月", "4个月"),
    # a month of the year with what happens in it, a date and no count: "十二月考试", "三月开工"
    (
        r"(?<![个個0-9一二两兩三四五六七八九十几半])(?:[一二三四五六七八九十]{1,2}|[0-9]{1,2})月"
        r"(?=考|开学|开工|开始|开张|上岗|复工|[0-9一二三四五六七八九十]{1,3}(?:号|日))",
        " ",
    ),
    # A range said in two clauses is its upper end: "最快一个月 最慢三个月".
    (r"最快[^最]*?最慢|最少[^最]*?最多|至少[^至]*?最多", "最多"),
    # at least one figure, maybe up to another: "起码两个月 可能要到三个月" is the upper end
    (r"(?:起码|至少|最少)[^起至最]*?(?:可能|也许|说不定)(?:要|会)?(?=到)", "最多"),
    # the doctor's figure, then the own one to be safe: "医生说两个月 保守点算三个月"
    (
        r"(?<![0-9一二两兩三四五六七八九十])[0-9一二两兩三四五六七八九十]{1,3} ?[个個]?月"
        r"(?:(?![0-9一二两兩三四五六七八九十]{1,3} ?[个個]?月).){0,16}?"
        r"(?=(?:保守|保险|稳妥)(?:点|一点|些|起见)?"
        r"(?:的话)?(?:就)?(?:算|说|估计|讲)?[0-9一二两兩三四五六七八九十半])",
        "",
    ),
    # or a count, then the most it takes: "两个月吧 顶多三个月" is three (dictated with a
    # filler between: "一个月, 嗯, 最多两个月吧")
    (
        r"(?<![0-9一二两兩三四五六七八九十])[0-9一二两兩三四五六七八九十]{1,3} ?[个個]?月"
        r"(?:吧|左右)?[ ,\uff0c]{0,2}(?:(?:嗯+|呃|那个)[ ,\uff0c]{0,2})?"
        r"(?=(?:最多|顶多|最晚|最迟|最长|撑死)(?:了|也)?就?"
        r"[0-9一二两兩三四五六七八九十半])",
        "",
    ),
    (r"\bat (?:the )?(?:earliest|soonest|best)\b.*?\bat (?:the )?(?:latest|worst|most)\b", ""),
    (r"\bleghamarabb\b.*?\blegkésőbb\b", ""),
    (r"\bhalf a month\b|\ba half month\b|\bfél hónap\w*", "1 month"),
    # the month under way: "within the month", "by the end of this month"
    (r"(?<!\bnot )\b(?:within|by the end of|before the end of) (?:the|this) month\b", "1 month"),
    (r"\bnegyed ?év\w*", "3 hónap"),
    (r"\b(?:a )?quarter(?: of a year)?\b", "3 months"),
    (r"几个?(?:星期|礼拜|禮拜|周|週)|幾個?(?:星期|禮拜|週)", "2周"),
    (r"几天|幾天", "3天"),
    (r"几个月|幾個月", "3个月"),
    # Years and halves.
    (r"\b(?:a|one|1) years? and a half\b|\b(?:one|1) and a half years?\b", "18 months"),
    (r"\b(\d+) and a half years?", r"\1.5 years"),
    (r"\b(\d+) years? and a half", r"\1.5 years"),
    (r"\bhalf (?:a |an )?year\b|\bhalf-year\b", "6 months"),
    (r"\bmásfél év\w*", "18 hónap"),
    (r"\b(\d+) és fél év\w*", r"\1.5 év"),
    (r"\bfél ?év\w*", "6 hónap"),
    (r"(?<=[\d零\u3007一二两兩三四五六七八九十])年半", "点五年"),
    # "一天到晚" (all day long) is no day counted: "别一天到晚发短信了" asks the texts to stop
    (r"一天到晚", " "),
    (r"半年", "6个月"),
    (r"6个月 ?(?:到|至|或|-|~) ?(?=(?:一|1)年)", ""),
)
_MONTH_REWRITES = (
    tuple(
        (re.compile(rf"\b{re.escape(fold(word))}\b"), str(value))
        for word, value in sorted(MONTH_NUMBER_WORDS.items(), key=lambda item: -len(item[0]))
    )
    + tuple(  # before the phrases, which read ranges: "három-hat hónap" is "3-6 hónap"
        (re.compile(rf"\b{re.escape(fold(word))}\b{_MONTH_UNIT_AHEAD}"), str(value))
        for word, value in MONTH_NUMBER_WORDS_BEFORE_UNIT.items()
        if value > 1
    )
    + tuple(
        (re.compile(fold(pattern)), fold(replacement)) for pattern, replacement in MONTH_PHRASES
    )
    + tuple(  # after them: "a month or two" is a phrase
        (re.compile(rf"\b{re.escape(fold(word))}\b{_MONTH_UNIT_AHEAD}"), str(value))
        for word, value in MONTH_NUMBER_WORDS_BEFORE_UNIT.items()
        if value == 1
    )
)
_ONE_ALONE = re.compile(r"(?:one|egy)")


_DAYS_IN_A_MONTH = Decimal("30.44")


#: Months counted in Chinese ("3个月", "三个月"), beside a month of the year named ("九月",
#: "10月份"): the month of the year is a date, no duration.
_MONTHS_COUNTED_ZH = re.compile(r"(?:[0-9]+|[一二两三四五六七八九十半]+) ?[个個]月")
_A_MONTH_OF_THE_YEAR_ZH = re.compile(
    r"(?<![个個0-9一二两三四五六七八九十几半])(?:[一二三四五六七八九十]{1,2}|[0-9]{1,2})月份?"
)


#: An age said without "岁", as a bound or as the years reached: "人家招司机都要四十五以下的",
#: "我这岁数找活难 五十七了" (not "二十个月了", "三个月以上"). Beside it no count of months is
#: sure: the message is read as naming none.
_AN_AGE_ZH = re.compile(
    r"(?<![0-9一二两三四五六七八九十个個])(?:[二三四五六七八九]十[一二三四五六七八九]?|[2-9][0-9])"
    r"(?:(?:以下|以上)(?=的|人)|了(?![个個月天周年]))"
)


#: Said just before the last duration, which is worked out from the others: "so 6 months",
#: "tehát 6 hónap", "所以6个月", "which makes 4 months"; the own reckoning said last, after how
#: long a thing takes ("种下去要十个月才有收 估计要一年").
_WORKED_OUT = re.compile(
    r"(?:\bso|\bthat'?s|\bthats|\bwhich (?:is|makes)|\bmakes|=|\btehat|\bvagyis|\bszoval|"
    r"\bazaz|\bigy|所以|也就是|那就是|算下来|估计)\W*"
    r"(?:about |around |roughly |kb\.? |大概|大约|还有|还要|还得|要|得)?$"
)


#: Said just before the duration the person settles on, whatever others the story names: "先按
#: 两个月", "那就按三个月算吧" (after the shop's ten years and a month of the year).
_SETTLED_ON_ZH = re.compile(r"(?:先|就|还是|那就|那)按(?:照)?\W*$")


def _months_of(number: Number) -> int | None:
    """Weeks or days as the months they reach into: "a few weeks" is 1, "6 weeks" 2."""
    if number.value is None or number.negative or number.value <= 0:
        return None
    days = number.value * 7 if number.unit == "week" else number.value
    months = int((days / _DAYS_IN_A_MONTH).to_integral_value(rounding=ROUND_CEILING))
    return months if 1 <= months <= 120 else None


#: Between two durations said as alternatives: only a unit, a comma, "or", "maybe".
_BETWEEN_DURATIONS = re.compile(
    r"^ ?(?:months?|years?|honap\w*|ho|ev\w*|个月|個月|月|年)?\W*"
    r"(?:(?:or|or maybe|maybe|vagy|talan|esetleg|或者?|或是|也许|可能)\W*)?$"
)


def _two_durations_as_a_range(folded: str, numbers: list[Number]) -> bool:
    """Whether two durations, each with its unit, are said one after the other as alternatives;
    or months, then a bare number as more of them ("3 months maybe 4", "2 months or 3")."""
    if len(numbers) != 2:
        return False
    first, second = sorted(numbers, key=lambda n: n.start)
    if first.unit not in ("month", "year") or second.unit not in ("month", "year", None):
        return False
    if second.unit is None and (first.unit != "month" or folded[second.end :].strip(" .!")):
        return False
    return bool(_BETWEEN_DURATIONS.match(folded[first.end : second.start]))


#: Between a sum of money and the month it is said for, either way round: "1200 a month" (as
#: rewritten, "1200 1 month"), "一个月三千", "我一个月就两千六".
_A_SUM_BEFORE_ITS_MONTH = re.compile(r"\W{0,2}")
_A_SUM_AFTER_ITS_MONTH = re.compile(r"(?:[个個]月)?(?:就|才|只|只有|也就|能|挣|赚|拿|有)?\W{0,2}")


def _money_a_month(numbers: list[Number], folded: str) -> list[Number]:
    """The sums of money said for a month among ``numbers``, each with the month it is said for
    ("£1200 a month", "一个月三千"): money, no time until the income recovers."""
    said: list[Number] = []
    for month in numbers:
        if month.unit != "month" or month.value != 1:
            continue
        for sum_ in numbers:
            sign = folded[max(0, sum_.start - 1) : sum_.start + 1]
            money = (
                sum_.unit is None
                and sum_.value is not None
                and (
                    sum_.value > 120
                    or _CURRENCY.search(sign)
                    or _A_HUNDRED_OR_MORE_ZH.search(folded, sum_.start, sum_.end)
                )
            )
            if money and (
                (
                    sum_.end <= month.start
                    and _A_SUM_BEFORE_ITS_MONTH.fullmatch(folded, sum_.end, month.start)
                )
                or (
                    month.end <= sum_.start
                    and _A_SUM_AFTER_ITS_MONTH.fullmatch(folded, month.end, sum_.start)
                )
            ):
                said += (month, sum_)
    return said


#: A currency's sign.
#: "havi" or "havonta" right before a number: a sum paid a month ("havi 33"), never months,
#: which are said after theirs ("3 havi", "3 hónap").
_A_SUM_A_MONTH_HU = re.compile(r"\b(?:havi|havonta) $")
_CURRENCY = re.compile(r"[$€£¥]")
#: A Chinese numeral of a hundred or more ("一百", "两千六"): money, never months.
_A_HUNDRED_OR_MORE_ZH = re.compile(r"[百千万]")


def read_months(text: str, language: str) -> int | None:
    """A number of months, 1 to 120: "3", "3 months", "in 3 months", "3个月", "三个月", "3 hónap".

    Years count twelve months ("a year", "2 years", "一年", "1 év", "1.5 years"), half a year six
    ("half a year", "半年", "fél év"), and "a year and a half", "一年半", "másfél év" eighteen. A
    number with a month or year word wins over a bare one that cannot be months ("I can pay 500
    for 6 months" is 6). A range is its upper end ("3-4 months", "2 or 3", "一两个月", "1-2
    hónap" are 4, 3, 2, 2); rough answers count as a person would: "next month", "jövő hónapban",
    "下个月" 1, "a couple of months" 2, "a few months", "pár hónap", "几个月" 3; weeks and days
    as the months they reach into ("a few weeks" 1, "6 weeks" 2). ``None`` when not understood:
    two unrelated numbers, a fraction of a month, or anything outside 1..120.
    """
    plain = normalize(text)
    if not plain:
        return None
    folded = fold(plain)
    if _ONE_ALONE.fullmatch(folded):
        return 1
    if ("了" in folded or "以" in folded) and _AN_AGE_ZH.search(folded):
        return None  # "…人家招司机都要四十五以下的": an age, no months
    if language_code(language) == "en":
        folded = _EN_TYPO.sub(lambda m: _EN_TYPOS[m[0]], folded)  # "thre months"
    for pattern, replacement in _MONTH_REWRITES:
        folded = pattern.sub(replacement, folded)
    if _MONTHS_COUNTED_ZH.search(folded):  # "九月去新家庭上岗, 还有3个月": September, then 3
        folded = _A_MONTH_OF_THE_YEAR_ZH.sub(" ", folded)
    with localcontext(ARITHMETIC):
        numbers = numbers_in(folded, language_code(language))
        if money := _money_a_month(numbers, folded):  # "£1200 a month": no duration
            numbers = [n for n in numbers if n not in money]
        if "hav" in folded:  # "havi 33": a sum a month, as a loan's ("van még egy hitel, havi 33")
            numbers = [n for n in numbers if not _A_SUM_A_MONTH_HU.search(folded, 0, n.start)]
        dated = [n for n in numbers if n.unit in ("month", "year")]
        if not dated:
            shorter = {_months_of(n) for n in numbers if n.unit in ("week", "day")}
            if shorter:
                return shorter.pop() if len(shorter) == 1 else None
        bare = [n for n in numbers if n.unit is None and (n.strong or is_just_a_number(folded))]
        if dated:  # "500 for 6 months" is 6, but "3 or 4 months" is two answers
            bare = [n for n in bare if n.value is None or 1 <= n.value <= 120]
        candidates = dated + bare
        months = set()
        for number in candidates:
            if number.value is None or number.negative:
                return None
            months.add(number.value * 12 if number.unit == "year" else number.value)
        if len(months) == 2 and _two_durations_as_a_range(folded, candidates):
            months = {max(months)}  # "fél év, egy év", "6 months, maybe a year": the upper end
        if len(months) > 1 and dated:  # "ends at 9 months, she's 3 now, so 6 months": the sum
            last = max(dated, key=lambda n: n.start)
            if _WORKED_OUT.search(folded[: last.start]) and last.value is not None:
                months = {last.value * 12 if last.unit == "year" else last.value}
        if len(months) > 1 and "按" in folded:  # "…开店十年了… 先按两个月": the one settled on
            settled = {
                n.value * 12 if n.unit == "year" else n.value
                for n in dated
                if n.value is not None and _SETTLED_ON_ZH.search(folded[: n.start])
            }
            months = settled if len(settled) == 1 else months
        if len(months) != 1:
            return None
        (value,) = months
        if value != value.to_integral_value() or not 1 <= value <= 120:
            return None
        return int(value)
