"""Reading what a cardholder types: amounts, months, yes or no, choices, intents, causes, distress.

A person under stress types numbers and words the way they do where they live. Every reader here
either understands the text or says it did not (``None`` or an :class:`AmountProblem`) so the
dialogue can ask again clearly; none of them guesses on an ambiguous number and none of them raises.

The module is pure (stdlib and :mod:`dialogs.domain.vocabulary` only). Each message is
normalised once (the last thousand normal forms are kept, as several readers look at the same
message):

* NFKC, so full-width digits, the full-width yen sign and the full-width comma become their
  ordinary forms and no-break, narrow no-break and thin spaces become plain spaces;
* invisible format characters (zero-width spaces, direction marks) dropped, every dash and the
  minus sign read as ``-``, curly apostrophes as ``'``;
* lower case, runs of white space collapsed to one space;
* accents folded (``munkanélküli`` and ``munkanelkuli`` read the same), because many
  Hungarians type without them. The vocabulary below is written with accents for
  the reader and folded the same way when it is compiled.

The vocabulary comes first, as data, one table per purpose and language; the readers follow.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import MAX_EMAX, MIN_EMIN, ROUND_CEILING, Context, Decimal, localcontext
from enum import StrEnum

from dialogs.domain.vocabulary import LANGUAGES, Cause
from dialogs.understanding.beside import settled_beside
from dialogs.understanding.spoken import spoken_chinese, spoken_english

__all__ = [
    "AmountProblem",
    "AmountReading",
    "Intent",
    "forget_normal_forms",
    "normal_form",
    "read_amount",
    "read_card_digits",
    "read_cause",
    "read_choice_number",
    "read_intent",
    "read_language_named",
    "read_missed_answer",
    "read_months",
    "read_offer_kind",
    "read_probably",
    "read_temporary",
    "read_terms",
    "read_yes_no",
    "says_amount_for_another_period",
    "says_back",
    "says_back_in_a_sentence",
    "says_dont_know",
    "says_last_one",
    "says_other_reason",
    "says_pay_not_received_yet",
    "says_this_one",
    "says_too_much",
    "says_unpaid",
    "signals_dispute",
    "signals_distress",
    "signals_refusal",
    "signals_vulnerability",
]


class AmountProblem(StrEnum):
    """Why a typed amount was not accepted; the dialogue words its question after it."""

    EMPTY = "empty"
    NOT_A_NUMBER = "not_a_number"
    NEGATIVE = "negative"
    TOO_LARGE = "too_large"
    AMBIGUOUS = "ambiguous"


@dataclass(frozen=True, slots=True)
class AmountReading:
    """Exactly one of the two is set. ``amount`` is not quantized; the caller knows the currency."""

    amount: Decimal | None
    problem: AmountProblem | None


class Intent(StrEnum):
    """What a cardholder may ask for at any step, whatever the question was."""

    PERSON = "person"
    STOP_REMINDERS = "stop_reminders"
    RESUME_REMINDERS = "resume_reminders"
    HELP = "help"
    LANGUAGE = "language"
    PLAN = "plan"
    AGREE = "agree"


# ================================================================================================
# Vocabulary
# ================================================================================================


# --- Numbers ------------------------------------------------------------------------------------

#: The mark each language puts between groups of three digits, and before the decimals.
#: A space (any kind) separates thousands in every language.
THOUSANDS_MARK = {"en": ",", "zh": ",", "hu": "."}
DECIMAL_MARK = {"en": ".", "zh": ".", "hu": ","}

#: Chinese digits, everyday and the "capital" forms printed on bank slips.
CHINESE_DIGITS = {
    "零": 0, "\u3007": 0,  # ideographic zero
    "一": 1, "壹": 1,
    "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2,
    "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip
#: Units inside a group of ten thousand ...
CHINESE_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
#: ... and the units that close a group.
CHINESE_BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
#: "几千" is "a few thousand": a number we must not guess.
CHINESE_VAGUE = "几幾"
CHINESE_POINT = "点點"

#: Words after a number that multiply it: "8k", "8 ezer", "250e", "2 million".
MULTIPLIERS: tuple[tuple[str, int], ...] = (
    (r"k(?![a-z])", 1000),  # 8k (attached only: "8 kids" is not 8000)
    (r"e(?![a-z0-9])", 1000),  # 250e Ft, Hungarian shorthand for ezer (attached only)
    (r" ?hundred\b", 100),
    (r" ?(?:ezer\w*|ezr\w*|thousand|grand)\b", 1000),
    (r" ?(?:rugó\w*|rongy\w*)\b", 1000),  # Hungarian slang for a thousand forints
    (r"w(?![a-z])", 10_000),  # 1.5w: Chinese shorthand for 万 (attached only)
    (r" ?(?:millió\w*|million|mio|milla\w*)\b", 1_000_000),
    # 1.1m, "1,2 M" (after decimals only: "6m" is six months)
    (r"(?:(?<=[.,][0-9])|(?<=[.,][0-9][0-9])) ?m(?![a-z0-9])", 1_000_000),
)

#: What a number is counting when a word follows it. A number of months, years, weeks or days,
#: children, cards, per cent or an hour is not an amount of money.
UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "month": (
        r"months?\b", r"mos?\b", r"mths?\b",
        r"hónap\w*", r"hó\b", r"havi(?:t|s\w*)\b",
        r"个月", r"個月", r"月(?![薪收工供])", r"期",
    ),
    "year": (r"years?\b", r"yrs?\b", r"év(?:re|ig|et|e|vel|nyi\w*|es\w*|ben)?\b", r"年"),
    "week": (
        r"weeks?\b", r"wks?\b", r"hét\b", r"hetet\b", r"hétre\b", r"hétig\b", r"hete\b",
        r"hetek\w*", r"hetes\b",
        r"周", r"週", r"星期", r"礼拜", r"禮拜", r"[个個](?:周|週|星期|礼拜|禮拜)",
    ),
    "day": (r"days?\b", r"nap(?!i\b|onta)\w*", r"天", r"日", r"号", r"號"),
    "count": (
        r"%", r"percent\b", r"per cent\b", r"százalék\w*",
        r"st\b", r"nd\b", r"rd\b", r"th\b",
        r"kids?\b", r"children\b", r"child\b(?! ?(?:benefit|care|support|maintenance|tax))",
        r"cards?\b", r"people\b", r"persons?\b", r"payments\b", r"instal+ments\b",
        r"loans\b", r"debts\b", r"credits\b", r"hitelem\w*", r"kölcsönöm\w*",
        r"hours?\b", r"hrs?\b", r"minutes?\b", r"mins?\b", r"am\b", r"pm\b", r"o'?clock\b",
        r"gyerek\w*", r"kártyá?\w*", r"fő\b", r"személy(?:t|re|ek|nek|ből|es)?\b",
        r"alkalom\w*", r"óra\w*", r"órá\w*",
        r"perc\w*", r"fős\w*", r"szob\w*", r"db\b", r"darab\w*",
        r"[个個位次人口张張笔筆套家倍岁歲点點分份]",
        r"jobs?\b", r"munkahely\w*", r"állás\w*", r"éves\b",
        # "5-én", "10-ig", "5120-ra végződik", "4421-es végű": a day of the month or card digits
        r"-(?:j?[éá]n|[éá]?i|ig|t[óő]l)\b", r"-[aeé] (?:után|előtt|körül)\b",
        r"-?(?:r[ae] )?végz\w*", r"-?(?:[aeo]s )?végű\w*",
    ),
}  # fmt: skip
#: Just before a number: "第3" is "the third", "百分之五" is five per cent.
COUNT_PREFIXES = ("第", "百分之")
#: Words right before a number that make it no amount: an age ("i'm 45"), card or phone digits
#: ("card ending 4421", "尾号5521").
COUNT_BEFORE = (
    r"\bi'?m",
    r"\bi am",
    r"\baged?",
    r"\bage of",
    r"\bending(?: in| with)?",
    r"\blast (?:four|4)(?: digits| numbers)?(?: are| is)?",
    r"\b(?:kártya|kártyám|kártyaszám|kártyaszámom) (?:vége|végén|utolsó (?:négy|4) \w+)",
    r"\bvége",
    r"\butolsó (?:négy|4) (?:szám|számjegy)\w*",
    r"后四位",
    r"末四位",
    r"今年",
    r"\bends? (?:in|with)",
    r"\bcard (?:number|no\.?)",
    r"\b(?:phone|mobile) number",
    r"\btel\.?",
    r"\btelefonszám\w*",
    r"尾号",
    r"尾數",
    r"尾数",
    r"卡号",
    r"电话",
    r"手机号?",
)
#: A month named right before a day of it: "március 3.", "june 5", "szept. 10".
MONTH_NAMES = (
    r"\b(?:január|február|március|április|május|június|július|augusztus|szeptember|október|"
    r"november|december|jan|febr?|márc|ápr|máj|jún|júl|aug|szept?|okt|nov|dec)\.?",
    r"\b(?:january|february|march|april|june|july|august|september|october)",
)
#: A year ("since 2019", "2027-ig", "2019 óta", "until 2026") is a date, not an amount.
YEAR_BEFORE = (
    r"\b(?:since|in|from|until|till|by|of|year|ends?(?: in)?|ending(?: in)?|ended in|"
    r"finishes(?: in)?)",
)
YEAR_AFTER = (r" ?(?:óta|-(?:ig|ben|ban|t[oó]l|t[eé]l|es|as|ra|re)\b)",)

#: Currency marks and words; they neither help nor hurt reading the number.
CURRENCY_WORDS = (
    r"[$€£¥]", r"元", r"块钱", r"块", r"塊", r"圆", r"圓", r"人民币", r"rmb", r"cny", r"yuan",
    r"huf", r"ft", r"forint\w*", r"usd", r"eur", r"euros?", r"gbp", r"dollars?", r"pounds?",
)  # fmt: skip
#: "-500", "minus 500", "负500": said to be negative.
NEGATIVE_SIGNS = (r"(?:^|[^\w])-", r"\bminus", r"\bmínusz", r"负")
#: Words that mean an amount of nothing (an income of 0 means no job, "no other debts" is 0).
ZERO_WORDS = (
    r"\bzero\b(?! ?-?hours?\b)",
    r"(?<!if )(?<!unless )\bnothing\b(?! (?:breaks|goes wrong|changes|else))",
    r"\bnone\b", r"\bnil\b", r"\bnada\b", r"\bzilch\b", r"^zip$", r"\bnowt\b",
    r"\bno (?:other )?(?:income|money|salary|earnings|wages?|debts?|loans?|credits?|payments?)\b",
    r"\b(?:don't|do not|dont|doesn't|haven't|have not|havent) "
    r"(?:have |got |earn |make |get |pay |owe )?"
    r"(?:any(?:thing)?|a (?:penny|cent|dime))\b(?! (?:idea|clue))",
    r"\bnot (?:a (?:penny|cent)(?! more| over| extra)|earning|making) (?:any(?:thing)?|a thing)?",
    r"\bnulla\b", r"\bsemmi(?:t|m|nk|se)?\b", r"\bsemennyi\b", r"\bnincs(?:en|enek|nek)?\b",
    r"\begy (?:fill[eé]r|forint|cent)\w* (?:sem|se|sincs)\b", r"\bnem (?:keresek|kapok) semmit\b",
    r"\bsenkinek (?:sem |se )?(?:nem )?tartozom\b", r"\bi owe (?:nobody|no one|no-one)\b",
    r"\b(?:don'?t|do not) owe (?:anybody|anyone|any one)\b", r"不欠别人", r"没欠别人",
    r"零", r"没有收入", r"没收入", r"无收入", r"没有工资", r"没有钱", r"没钱",
    r"^(?:没有|没|沒有|沒|无|無|木有|都没有|一个都没有|一分都没有)$",
    r"(?:没有|没|沒有|无|無)(?:任何)?(?:其他|其它|别的|另外)?的?(?:债务|債務|贷款|貸款|欠款|负债|負債|借款|收入|工资|欠别人|欠别的)",
    r"(?:没有|没|無|无)(?:其他|其它|别的)(?:的)?$",
    r"(?:其他|其它|别的)(?:的)?(?:欠款|债务|贷款|负债|债)? ?:? ?(?:没有|没|无)(?:了)? ?[.!]?$",
    r"(?:没有|没|无)(?:其他|其它|别的)(?:的)?债(?!主)",
    r"一分钱?(?:都|也)没", r"身无分文", r"分文没有",
    r"^没了", r"^(?:就|只有)这(?:一)?(?:个|张|笔)(?:了)?$", r"啥也没有", r"什么都没有",
    r"^n ?/ ?a\.?$", r"^nincs ilyen\w*", r"^(?:暂时|目前|现在)(?:还)?没(?:有)?(?:收入|工作|工资)?",
    r"(?:没有|没什么|没啥|基本没)(?:什么)?(?:开销|开支|花销|支出|花费)",
    r"不(?:用|需要)(?:每个?月|按月)还", r"没有月供", r"一分(?:钱)?(?:都|也)还不(?:了|起)",
    r"(?:现在|目前)(?:已经)?(?:都)?没(?:有)?了$",
    r"(?:我|本人)自己(?:名下)?(?:都|也|是)?(?:没有|没)(?:的|了)?(?:$|(?=[,.!?;]))",
)  # fmt: skip
#: Words that say an amount varies or is not known: with them, "nothing" is not an answer of 0.
VAGUE_AMOUNT_WORDS = (
    r"\bvar(?:y|ies|ied|ying|iable)\b", r"\bdepends?\b", r"\bnot sure\b", r"\bno idea\b",
    r"\b(?:don't|do not|dont) know\b", r"\bsometimes\b",
    r"\bváltoz\w*", r"\bfügg\w*", r"\bnem tudom\b", r"\bnéha\b", r"\bhol\b",
    r"\bnincs fix\w*", r"\bahogy jön\b",
    r"不固定", r"不一定", r"说不清", r"说不好", r"看情况", r"不知道", r"有时",
)  # fmt: skip
#: Words that say the amount itself changes from month to month ("változó", "it varies"): with
#: them even one clear number is not the month's amount ("kaja 60 ezer, a többi változó").
VARYING_AMOUNT_WORDS = (
    r"\bvar(?:y|ies|ied|ying|iable)\b(?! ?(?:rate|interest))", r"\bdepends?\b",
    r"\bváltoz(?:ó|ik|nak|ók)\b(?! ?kamat)", r"\bfügg\w*", r"不固定", r"看情况",
    r"\bmindig más\b", r"\b(?:minden hónapban|havonta) más\b",
    r"\bhol\b.*\bhol\b", r"\bvan (?:\w+ )?(?:hogy|amikor)\b.*\bvan (?:\w+ )?(?:hogy|amikor)\b",
    r"\bsometimes\b.*\bsometimes\b", r"\bnéha\b.*\bnéha\b", r"有时.*有时",
    r"\b(?:nyáron|télen)\b.*\b(?:télen|nyáron)\b", r"\b(?:summer|winter)\b.*\b(?:winter|summer)\b",
    r"夏天.*冬天|冬天.*夏天", r"看(?:业绩|销量|单量|提成|月份|客户)",
    r"(?:好|多|旺季|忙)的时候.*(?:差|不好|少|淡季|闲)的时候",
    r"(?:差|不好|少|淡季|闲)的时候.*(?:好|多|旺季|忙)的时候",
    r"\b(?:good|busy) (?:months?|weeks?)\b.*\b(?:bad|quiet|slow) (?:months?|weeks?)\b",
    r"\b(?:bad|quiet|slow) (?:months?|weeks?)\b.*\b(?:good|busy) (?:months?|weeks?)\b",
    r"\bjó (?:hónap|időszak|héten)\w*.*\brossz (?:hónap|időszak|héten)\w*",
    r"(?:每个?月|提成|奖金|收入|工资|绩效)(?:都|也|是)?不一定(?!够|能|会|有|还|付|交|按时|准时)",
    # Two figures said as the one or the other: "要么五千要么六千五", "egyik hónap 250, másik 380".
    r"要么.*要么", r"要不(?:就)?是.*要不(?:就)?是",
    r"\begyik (?:hónap|hét|héten|évben|alkalom|alkalommal)\w*.*\bmásik\b",
    r"\bone (?:month|week)\b.*\b(?:the )?(?:next|other) (?:one|month|week)?\b",
    r"\bfelére\b", r"\bharmadára\b", r"\bhalved\b", r"\bcut in half\b", r"减半", r"少了一半",
    r"[0-9] ?(?:ezer\w*|e)? ?(?:se|sem) (?:elég|eleg)\b", r"\bnot even [0-9]", r"\bisn'?t enough\b",
)  # fmt: skip
#: Words right after a small bare number that count loans, not money: "1 hitel van", "két
#: kölcsön". After an amount ("45 ezer hitel") they name what the money is for.
LOANS_COUNTED = (
    r"(?:személyi |(?:autó|lakás|áru|jelzálog))?(?:hitel(?:t|e|ek|em)?|kölcsön(?:öm)?)\b",
    r"személyi(?:m|t)?\b",
    r"részlet\w*",  # "havi 1 részlet": one instalment a month
    r"loan\b",
    r"tartozás(?:om)?\b",
)
#: Numbers spelled out in words, read as digits before the amount is looked for: "three
#: thousand", "two grand", "fifteen hundred", "kétszázezer", "ötvenezret", "egymillió". Hungarian
#: writes a number as one word, so it is read piece by piece (after accents are folded).
SPELLED_NUMBERS: dict[str, dict[str, Decimal]] = {
    "en": {
        "zero": Decimal(0), "one": Decimal(1), "two": Decimal(2), "three": Decimal(3),
        "four": Decimal(4), "five": Decimal(5), "six": Decimal(6), "seven": Decimal(7),
        "eight": Decimal(8), "nine": Decimal(9), "ten": Decimal(10), "eleven": Decimal(11),
        "twelve": Decimal(12), "thirteen": Decimal(13), "fourteen": Decimal(14),
        "fifteen": Decimal(15), "sixteen": Decimal(16), "seventeen": Decimal(17),
        "eighteen": Decimal(18), "nineteen": Decimal(19), "twenty": Decimal(20),
        "thirty": Decimal(30), "forty": Decimal(40), "fourty": Decimal(40), "fifty": Decimal(50),
        "sixty": Decimal(60), "seventy": Decimal(70), "eighty": Decimal(80),
        "ninety": Decimal(90), "hundred": Decimal(100), "thousand": Decimal(1000),
        "grand": Decimal(1000), "million": Decimal(10**6),
    },
    "hu": {
        "egy": Decimal(1), "ketto": Decimal(2), "ket": Decimal(2), "harom": Decimal(3),
        "negy": Decimal(4), "ot": Decimal(5), "hat": Decimal(6), "het": Decimal(7),
        "nyolc": Decimal(8), "kilenc": Decimal(9), "tiz": Decimal(10), "tizen": Decimal(10),
        "husz": Decimal(20), "huszon": Decimal(20), "harminc": Decimal(30),
        "negyven": Decimal(40), "otven": Decimal(50), "hatvan": Decimal(60),
        "hetven": Decimal(70), "nyolcvan": Decimal(80), "kilencven": Decimal(90),
        "szaz": Decimal(100), "ezer": Decimal(1000), "ezr": Decimal(1000),
        "millio": Decimal(10**6), "masfel": Decimal("1.5"), "fel": Decimal("0.5"),
        "negyed": Decimal("0.25"), "haromnegyed": Decimal("0.75"), "milla": Decimal(10**6),
    },
}  # fmt: skip
#: Endings a spelled Hungarian number may carry: "ötvenezret", "százezerre", "egymilliót".
SPELLED_NUMBER_ENDINGS_HU = (
    "t", "et", "at", "ot", "re", "ra", "rol", "rel", "ert", "ig", "nyi", "bol", "nal", "es", "as",
    "os", "ban", "ben", "en", "an",
)  # fmt: skip
#: Spelled amounts that do not say how much ("a few hundred", "pár ezer", "thousands").
VAGUE_SPELLED_AMOUNTS = (
    r"\b(?:a )?(?:few|couple(?: of)?|several|some|many) (?:hundred|thousand|grand)s?\b",
    r"\b(?:hundreds|thousands)\b",
    r"\b(?:par|nehany|tobb|sok) (?:szaz|ezer|tizezer|szazezer)\w*",
    r"\b(?:par|nehany)(?:szaz|ezer|tizezer|szazezer)\w*",
)  # fmt: skip
#: An amount said for a period other than the month asked about: "400 a week", "30k a year",
#: "hetente 40 ezer", "一周挣400", "年薪十万". Such an amount is not read (a month's is asked).
PERIOD_AFTER = (
    r" ?(?:k|e|ezer\w*|grand|thousand)?"
    r"(?: (?:ft|huf|eur\w*|forint\w*|pounds?|dollars?|quid|元|块))?"
    r" ?(?:(?:a|an|per|each|every|/) ?(?:week|wk|year|yr|day|hour|hr|fortnight|term|semester|"
    r"quarter)|weekly|yearly|termly|quarterly|félévente|negyedévente|"
    r"annually|a year|daily|hourly|every (?:two|2) weeks|biweekly|hetente|heti|évente|naponta|"
    r"óránként|egy héten|egy évben|kéthetente|fortnightly|bi-weekly|every other week|"
    r"per annum|p\.? ?a\b\.?|pa\b|per day|pw|p/w|per wk)\b",
    r"(?: ?(?:块钱|块|塊|元))? ?(?:一|每|一个|每个)"
    r"(?:周|週|星期|礼拜|禮拜|年|天|日|小时|小時|学期|季度)",
)
PERIOD_BEFORE = (
    r"(?<![a-z])(?:weekly|yearly|annual(?:ly)?|daily|hourly|a week|per week|a year|per year|"
    r"quarterly|termly|per term|each term|a term|"
    r"hetente|heti|évente|évi|naponta|napi|(?:1 |egy )?napra|(?:1 |egy )?hétre|óránként|"
    r"kéthetente|félévente|negyedévente|"
    r"每学期|一学期|一个学期|每季度|一个季度|一季度|"
    r"每周|每星期|每礼拜|每个(?:星期|礼拜|禮拜)|一周|一星期|一个星期|每年|一年|年薪|周薪|日薪|时薪|"
    r"每天|一天|每小时|每?(?:两|2)(?:周|个?星期|个?礼拜)(?![后内以里])|(?:两|2)个?(?:星期|周|礼拜)(?:发|结|付|还)?一次|"
    r"(?:每)?半个?月(?:发|结|付|还|交)?(?:一次)?|"
    r"fortnightly|bi-?weekly|every (?:two|2) weeks|a fortnight|egy évben|egy év alatt|"
    r"(?:két|három|négy|öt|hat|[2-9]) ?hetente)"
    # not the days worked in it: "现在一周上四天, 9600"
    r"(?![上干做工班]{0,2}[0-9一二两三四五六七]+ ?(?:天|日|个?小时|班))"
    r"\W{0,2}(?:\w{0,3}|pay|of|about|around|roughly|like|maybe|kb|kapok|keresek|get|earn|make)?"
    r"\W{0,2}(?:\w{0,3}|of|about|around|roughly|like|maybe|kb)?\W{0,2}$",
)
#: This card (whose payment is what is being agreed) left out of an amount of spending or of
#: other debts: the amount is then all that is asked, not a part of it.
THIS_CARD_LEFT_OUT = (
    r"\b(?:not counting|not including|excluding|without|apart from|except(?: for)?|besides) "
    r"(?:the |this |my |your )?(?:credit )?card(?: payments?| repayments?| bill)?\b",
    r"\b(?:not counting|not including|excluding|apart from|except(?: for)?) "
    r"(?:what i owe (?:you|on this)|you|this debt|the debt)\b",
    r"不(?:算|包括|含|计)(?:上)?(?:这张|这个|你们的?)?(?:信用卡|卡|这笔欠款|欠款|还款|卡债)(?:的话|在内)?",
    r"\b(?:a |ezt a |ezen a )?(?:hitel)?kártyá?t? (?:nem számolva|leszámítva|nélkül)\b",
)  # fmt: skip
#: Words that make an amount only part of the answer, or a bound of it: "rent alone is 900, then
#: food on top", "more than 3000", "csak a lakbér 90 ezer plusz a kaja", "300多", "光房租就900".
PART_OF_IT = (
    r"(?<!live )(?<!living )(?<!lives )(?<!lived )\balone\b", r"\bon top\b",
    r"\bplus\b", r"\bnot (?:including|counting)\b",
    r"\bexcluding\b", r"\bwithout (?:the |food|bills|rent)", r"\band then\b",
    r"\bjust (?:the )?rent\b",
    # Said more than once a month or for each of several: "twice a month", "150 each".
    r"\btwice\b", r"\b(?:two|2|three|3) times\b", r"\bháromszor\b",
    r"\bkétszer\b(?! (?:szamoltam|irtam))",
    r"(?<!算了)(?<!算)(?<!记了)(?<!写了)两次",
    r"\bhavi (?:[2-9]|két|kettő|három|négy) (?:részlet|törlesztő)\w*",
    r"\b(?:[2-9]|two|three|four|five|six) (?:payments|instal+ments) (?:of|a month|per month)\b",
    r"\beach\b(?! (?:month|mo)\b)", r"\bapiece\b", r"\begyenként\b", r"\bdarabonként\b",
    r"\bmindegyik\w*", r"各(?!种|種|样|樣|类|類|个|個|项|項)", r"每笔", r"每張", r"每张",
    r"\bplusz\b", r"\bmeg (?:a|az) \w+ is\b",
    r"(?<!hitel )(?<!hitelek )(?<!tartozás )(?<!törlesztés )(?<!kártya )\bnélkül\b",
    r"\bcsak az? (?:lakbér|rezsi|albérlet)(?!tartoz)\w*",
    r"\b(?:a )?(?:bit|little|tad) (?:more|over|less|under)\b(?! (?:in|if|when)\b)",
    r"\bslightly (?:more|over|less)\b",
    r"\b(?:egy )?kicsit (?:több|kevesebb)\b", r"\bvalamivel (?:több|kevesebb)\b",
    r"多一点", r"多一些", r"少一点", r"(?:还)?没算(?:上|进去|在内)?", r"(?:都)?打不住",
    r"(?<=[0-9千万百块元])都不够",
    r"(?<=.)还有(?!个|一个|[一两二三四五几]?(?:笔|张|个))", r"另外还(?!欠|有个|有一)", r"加上",
    r"不算", r"不包括",
    r"再还", r"\banother [$€£]?[0-9]",
    r"光(?:房租|租金|吃饭)",
    # More is said to come on top, not how much: "but probably more", "de inkább több", "加提成".
    r"\b(?:probably|maybe|possibly|prob|likely|if not|or even|could be) (?:a (?:bit|little|lot) )?"
    r"(?:more|higher|over)\b(?! (?:later|next|when|once|if|in|after|than)\b)",
    r"\b(?:inkább|talán|lehet|esetleg|sőt|de) (?:hogy )?(?:még |annál |egy kicsit )?több\b"
    r"(?! ?mint)",
    r"只多不少", r"可能(?:还|更)?(?:要)?更?多",
    r"\b(?:and|plus|plusz|és|meg) (?:még )?(?:valami|something|summat)\b",
    r"加(?:提成|奖金|绩效|补贴|加班费)",
)  # fmt: skip
PART_BEFORE = (
    r"(?:(?<!no )(?<!not )more than|over|above|at least|less than|under|below|upwards of|"
    r"not quite|just (?:under|shy of)|nem egészen|nem egész|"
    r"több mint|legalább|kevesebb mint|alatt|felett|至少|超过|不到|不少于|不止|起码|"
    r"多于|高于|大于|少于|低于|小于|不低于|少说(?:也)?(?:有|得|要)?|最少(?:也)?(?:得|要|有)?|最低(?:也)?(?:得|要)|"
    r"nem éri el(?: a| az)?|north of)\W{0,2}(?:[$€£¥] ?)?$",
)
PART_AFTER = (
    r" ?(?:多|以上|以下|不到|开外|出头|打底|起步|往上|plus\b(?! ?[0-9])|\+(?! ?[0-9])|"
    r"or (?:more|less|so more)\b|felett\b|fölött\b|alatt\b|or more\b)",
    # "1300 at the very least", "2k and something", "46 ezer valamennyi": how much more is unsaid
    r" ?(?:at (?:the )?(?:very )?least|at a minimum|(?:and|or) (?:something|summat|change)|"
    r"something(?! (?:like|else|for|on|to)\b)|(?:és |meg )?valamennyi|(?:és |meg )?egynéhány)\b",
    r"-(?:valamennyi|valami|egynéhány|something|odd|ish)\b",
    # "200 ezer se jön ki" (not even that comes in), "10 ezernél több", "150-nél kevesebb"
    r" (?:se|sem) (?:jön ki|jön össze|van meg|lesz meg|jön be)\b",
    # (not a ceiling: "7 ezernél többet nem tudok")
    r"(?<=n[eé]l|n[aá]l) (?:\w+ )?(?:több|kevesebb)\w*\b(?! nem\b)",
    r"-?n[eé]l (?:\w+ )?(?:több|kevesebb)\w*\b(?! nem\b)",
    r" odd\b",
)
#: In English, "minimum" after an amount is a bound ("250 minimum"), unless it names the minimum
#: payment ("25 minimum payment").
_MINIMUM_AFTER_EN = re.compile(r" ?(?:min|minimum)\b(?! ?(?:payment|repayment|due|amount|pay)\b)")
#: A ceiling is the amount itself: "no more than 60", "i can't do more than 80", "legfeljebb 20
#: ezer", "最多1500".
CEILING = (
    r"(?:\bno|\bnot|n'?t(?: \w+){1,2}|\bnem (?:tudok|bírok|megy)\w*) (?:more|over) (?:than )?"
    r"\W{0,2}(?:[$€£¥] ?)?$",
    r"(?:\bat most|\bat the most|\bmax(?:imum)?|\bup to|\blegfeljebb|\bmaximum|最多|不超过)"
    r"\W{0,2}(?:[$€£¥] ?)?$",
)  # fmt: skip
#: Around a number that stands alone: "五块吧", "大概三千".
AROUND_A_NUMBER = (
    r"about", r"around", r"körülbelül", r"kb", r"körül", r"táján", r"tájékán", r"olyan", r"左右",
    r"大概", r"大约", r"约", r"差不多",
    r"吧", r"啊", r"呀", r"了",
)  # fmt: skip

# --- Months -------------------------------------------------------------------------------------

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
    (r"\ba year or (?:two|2)\b", "2 years"),
    (r"(?<![0-9])([0-9]+) ?(?:-|~|to|or|vagy|到|至|或) ?(?=[0-9]+(?![0-9]))", ""),
    (
        r"(?<![一二两兩三四五六七八九十])[一二两兩三四五六七八]([二两兩三四五六七八九])"
        r"(?=个月|個月|月|个?(?:周|週|星期|礼拜|禮拜)|年)",
        r"\1",
    ),
    # Rough answers a person gives: "next month", "a couple of months", "a few weeks".
    (r"\b(?:by |until |till )?(?:the )?(?:next|coming|following) month\b", "1 month"),
    (r"\bthis month\b|\b(?:the )?end of (?:the |this |next )?month\b", "1 month"),
    (r"\b(?:a )?couple (?:of )?months?\b", "2 months"),
    (r"\b(?:a )?(?:few|several) months?\b", "3 months"),
    (r"\b(?:a )?(?:few|couple(?: of)?|several) weeks?\b|\ba fortnight\b", "2 weeks"),
    (r"\b(?:a|one) week\b", "1 week"),
    (r"\b(?:from |by |until |till )?(?:the )?(?:next|coming|following) week\b", "1 week"),
    (r"\b(?:jövő|következő) ?(?:hét|het)\w*", "1 hét"),
    (r"下(?:个)?(?:周|星期|礼拜|禮拜)", "1周"),
    (r"\b(?:a )?(?:few|couple(?: of)?) days\b", "3 days"),
    (r"\b(?:jövő|következő|a jövő) hó\w*|\b(?:hó|hónap) ?végé\w*|\bebben a hónapban\b", "1 hónap"),
    (r"\b(?:pár|néhány) hónap\w*", "3 hónap"),
    (r"\b(?:pár|néhány) hét\w*|\b(?:pár|néhány) het\w*", "2 hét"),
    (r"\begy hét\w*", "1 hét"),
    (r"\b(?:pár|néhány) nap\w*", "3 nap"),
    (r"下下个?月|下下個月", "2个月"),
    (r"可能[^也]*?也可能", ""),
    (r"(?<=[0-9一二两三四五六七八九十几])个?越", "个月"),
    (r"下个?月|下個月|本月|这个月|這個月|月底|月末|半个月|半個月", "1个月"),
    # A range said in two clauses is its upper end: "最快一个月 最慢三个月".
    (r"最快[^最]*?最慢|最少[^最]*?最多|至少[^至]*?最多", "最多"),
    (r"\bat (?:the )?(?:earliest|soonest|best)\b.*?\bat (?:the )?(?:latest|worst|most)\b", ""),
    (r"\bleghamarabb\b.*?\blegkésőbb\b", ""),
    (r"\bhalf a month\b|\ba half month\b|\bfél hónap\w*", "1 month"),
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
    (r"半年", "6个月"),
    (r"6个月 ?(?:到|至|或|-|~) ?(?=(?:一|1)年)", ""),
)

# --- Yes and no ---------------------------------------------------------------------------------

YES_WORDS = (
    "yes", "y", "yeah", "yea", "yep", "yup", "ya", "yah", "ok", "okay", "okey", "k", "sure",
    "sure thing", "why not", "of course", "certainly", "definitely", "absolutely", "alright",
    "all right",
    "fine", "good", "great", "correct", "right", "that's right", "true", "agreed", "i agree",
    "i do", "i can", "i will", "sounds good", "go ahead", "please do", "no problem", "no worries",
    "igen", "persze", "jó", "jól van", "rendben", "oké", "okés", "naná", "hogyne", "természetesen",
    "mehet", "egyetértek", "stimmel", "így van", "úgy van", "nem probléma", "nincs gond",
    "semmi gond", "nem gond",
    "是", "是的", "对", "對", "对的", "好", "好的", "可以", "嗯", "行", "没问题", "沒問題", "当然",
    "當然", "同意", "没错", "沒錯", "不错", "不錯", "就这样", "就這樣", "就这么办", "签了", "行吧",
    "确认", "確認", "确定", "確定", "成交", "就这样办", "就按这个办", "就按这个来",
    "let's do it", "lets do it", "let's do this", "lets do this", "do it", "go for it",
    "let's go", "lets go", "legyen", "legyen így", "rendben van", "confirm", "confirmed", "aye",
    "i confirm", "megerősítem", "jóváhagyom",
    "ye", "that's ok", "thats ok", "that's fine", "thats fine", "签", "签字", "签了吧",
    "ja", "jaja", "ja igen",
)  # fmt: skip
NO_WORDS = (
    "no", "n", "nope", "nah", "not really", "negative", "never", "i don't", "i do not", "i can't",
    "i cannot", "i won't",
    "nem", "nem igazán", "dehogy", "semmiképp", "semmiképpen", "egyáltalán nem",
    "不", "不是", "否", "没有", "沒有", "不要", "不行", "不可以", "不用", "不对", "不對", "不好",
    "没", "沒", "别", "別", "不会", "不會", "不会的", "不會的", "并不是", "当然不是",
)  # fmt: skip
#: Said along with a yes or a no without changing it.
POLITE_WORDS = (
    "please", "pls", "plz", "thanks", "thank you", "thx", "ty", "sir", "madam",
    "köszönöm", "köszi", "kérem", "kérlek", "szépen",
    "for being understanding", "for being so understanding", "for your understanding",
    "for your patience", "for your help", "a megértést", "a megértésüket", "a türelmet",
    "a segítséget",
    "谢谢", "謝謝", "谢了", "请", "麻烦了", "那就", "那",
    "啊", "吧", "呀", "啦", "了", "呢", "哦", "噢", "喔", "嘛", "的",  # particles
)  # fmt: skip
#: Emoji answers.
EMOJI_ANSWERS = {
    "👍": " yes ",
    "👌": " yes ",
    "✅": " yes ",
    "✔": " yes ",
    "👎": " no ",
    "❌": " no ",
}

# --- Choosing by number -------------------------------------------------------------------------

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10,
    "első": 1, "második": 2, "harmadik": 3, "negyedik": 4, "ötödik": 5, "hatodik": 6,
    "hetedik": 7, "nyolcadik": 8, "kilencedik": 9, "tizedik": 10,
    "egyes": 1, "kettes": 2, "hármas": 3, "négyes": 4, "ötös": 5, "hatos": 6, "hetes": 7,
    "nyolcas": 8, "kilences": 9, "tízes": 10, "egy": 1, "kettő": 2, "három": 3, "négy": 4,
}  # fmt: skip
CHOICE_BEFORE = (
    r"#", r"no", r"nr", r"num", r"number", r"option", r"choice", r"plan", r"the", r"i choose",
    r"i'll take", r"ill take", r"i take", r"i'd like", r"i want", r"i pick", r"i'll go with",
    r"go with", r"(?:i'?m |im )?going (?:with|for)", r"gonna go (?:with|for)", r"choose", r"take",
    r"pick", r"i'll have", r"let's go with", r"lets go with",
    r"az?", r"opció\w*", r"lehetőség\w*", r"választom", r"kérem", r"szeretném", r"a számú",
    r"ezt", r"legyen", r"akkor",
    r"ill", r"i'?ll go for", r"go for", r"opt", r"i think", r"i guess", r"probably", r"maybe",
    r"szerintem", r"inkább", r"talán", r"nekem", r"i'?d go with", r"id go with", r"let me take",
    r"我选", r"选择", r"选项", r"选", r"我要", r"要", r"方案", r"第", r"就", r"还是",
)  # fmt: skip
CHOICE_AFTER = (
    r"es", r"as", r"os", r"ös", r"est", r"ast", r"ost", r"öst", r"t", r"et", r"at", r"ot", r"öt",
    r"option", r"one", r"please", r"pls", r"thanks", r"thank you",
    r"számú", r"opció\w*", r"lehetőség\w*", r"választom", r"kérem", r"legyen",
    r"个", r"個", r"种", r"種", r"项", r"項", r"号", r"號", r"吧", r"方案", r"选项", r"的", r"谢谢",
    r"i think", r"i guess", r"szerintem", r"lesz", r"az", r"jó lesz", r"then", r"akkor", r"lenne",
)  # fmt: skip

# --- Intents ------------------------------------------------------------------------------------

#: Telegram commands; ``/plan@overdue_bot`` works too.
COMMANDS = {
    "person": Intent.PERSON,
    "stop": Intent.STOP_REMINDERS,
    "resume": Intent.RESUME_REMINDERS,
    "help": Intent.HELP,
    "language": Intent.LANGUAGE,
    "plan": Intent.PLAN,
}

#: Said before or after a request without changing it: "please", "I want to", "请", "kérem".
REQUEST_BEFORE = (
    r"please", r"pls", r"plz", r"i want(?: to)?", r"i wanna", r"i'd like(?: to)?",
    r"i would like(?: to)?", r"i need(?: to)?", r"can i", r"could i", r"may i", r"let me",
    r"can you", r"could you", r"just", r"show me", r"show", r"give me", r"get me", r"go to",
    r"kérem", r"kérek", r"kérlek", r"szeretnék", r"szeretném", r"legyen szíves",
    r"请", r"我要", r"我想", r"想", r"要", r"帮我", r"麻烦", r"给我", r"我需要", r"需要",
)  # fmt: skip
REQUEST_AFTER = (
    r"please", r"pls", r"plz", r"thanks", r"thank you", r"thx", r"now", r"asap",
    r"kérem", r"kérek", r"köszönöm", r"köszi", r"most",
    r"谢谢", r"吧", r"了", r"啊", r"呀", r"一下",
)  # fmt: skip

#: The whole message, give or take the words above, is the request. Short words such as "help",
#: "stop" or "plan" mean the request only when they are all there is: "I can't stop worrying"
#: is not a request to stop reminders, "I need help paying" is not a request for the help text.
INTENT_WHOLE_MESSAGE: dict[Intent, tuple[str, ...]] = {
    Intent.PERSON: (
        r"(?:(?:a|an|the|real|live|actual|talk to|speak to|talk with|speak with|to) )*"
        r"(?:person|human|agent|operator|representative|someone|somebody|people|manager)",
        r"customer (?:service|support)",
        r"转?(?<!工)人工(?!智能|资|資)(?:客服|服务)?", r"客服", r"真人(?:客服)?",
        r"ügyintéző\w*", r"(?:élő )?ember\w*", r"ügyfélszolgálat\w*", r"munkatárs\w*",
    ),
    Intent.STOP_REMINDERS: (
        r"stop(?: it| that| this| everything| all| now)?", r"unsubscribe", r"opt ?out",
        r"停", r"停止", r"别发了", r"退订", r"不要再发了",
        r"leiratkoz\w*", r"állj(?:on)? le", r"ne írj(?:on)?(?: többet)?",
    ),
    Intent.RESUME_REMINDERS: (
        r"resume(?: (?:the )?(?:reminders?|messages?|notifications?))?",
        r"start(?: (?:the )?reminders?)? again", r"reminders? (?:back )?on",
        r"恢复", r"恢复提醒", r"继续提醒", r"重新提醒",
        r"emlékeztetők? (?:újra|vissza)",
    ),
    Intent.HELP: (
        r"help(?: me)?", r"help", r"menu", r"commands?", r"what can you do",
        r"how does (?:this|it) work",
        r"帮助", r"帮帮我", r"帮忙", r"怎么用(?:这个)?", r"这个怎么用", r"使用说明", r"菜单",
        r"求助",
        r"segítség\w*", r"segíts(?:en)?", r"súgó", r"menü", r"parancsok", r"hogyan működik",
        r"mit tudsz",
    ),
    Intent.LANGUAGE: (
        r"languages?", r"(?:change|switch) (?:the )?language", r"english", r"hungarian", r"chinese",
        r"magyar", r"magyarul", r"angol", r"angolul", r"kínai", r"kínaiul", r"nyelv\w*",
        r"中文", r"英文", r"英语", r"英語", r"汉语", r"漢語", r"普通话", r"匈牙利语", r"语言",
        r"語言", r"切换语言", r"简体中文", r"说中文",
    ),
    Intent.PLAN: (
        r"(?:(?:my|the|current|repayment|payment) )*(?:plan|schedule)",
        r"计划", r"我的计划", r"还款计划", r"我的还款计划", r"还款安排", r"查看计划",
        r"(?:a )?(?:fizetési |törlesztési )?terv(?:em|emet|et)?", r"ütemterv\w*",
    ),
    Intent.AGREE: (
        r"(?:i )?(?:agree|accept)"
        r"(?: (?:to )?(?:it|this|that|the plan|the offer|the terms|the agreement))?",
        r"agreed", r"deal", r"it'?s a deal", r"(?:i )?confirm(?:ed)?", r"i'?m in",
        r"let'?s do (?:it|this)", r"go for it", r"sign me up", r"approved?",
        r"同意", r"我同意", r"接受", r"我接受", r"同意方案", r"同意这个方案", r"确认", r"確認",
        r"我确认", r"确认协议", r"成交", r"签了", r"没意见", r"就这么定了?", r"就这样吧?",
        r"elfogadom", r"egyetértek", r"beleegyezem", r"rendben,? elfogadom", r"jóváhagyom",
        r"megerősítem", r"áll az alku", r"benne vagyok", r"vállalom", r"aláírom",
        r"megegyeztünk", r"rendben van",
        r"(?:ok|oké|oke|okés|rendben|igen|jó),? (?:elfogadom|vállalom|aláírom|beleegyezem)",
    ),
}  # fmt: skip

#: Phrases that carry the request anywhere in a longer message.
INTENT_IN_A_SENTENCE: dict[Intent, tuple[str, ...]] = {
    Intent.PERSON: (
        r"\b(?:talk|speak|chat)\w* (?:to|with) (?:(?:a|an|some|your|real|live|actual) )*"
        r"(?:person|human|agent|someone|somebody|operator|representative|manager|people)\b",
        r"\b(?:want|need|get|connect me to|transfer me to)\w* "
        r"(?:(?:a|an|to|with|real|live|actual) )*"
        r"(?:human|agent|operator|representative)\b",
        r"\bcustomer (?:service|support)\b", r"\breal person\b", r"\blive agent\b",
        r"(?<!工)人工(?!智能|资|資)", r"客服", r"真人",
        r"(?:跟|和|找|同)(?:个|一个)?(?:工作)?人(?:员)?(?:聊|谈|说|沟通|商量)",
        r"\bügyintéz\w*", r"\bügyfélszolgálat\w*", r"\bemberrel\b", r"\bélő ember",
        r"\bbeszél\w*.{0,40}\bvalakivel\b", r"\bvalakivel\b.{0,40}\bbeszél",
        r"\bmunkatárs(?:sal|at)\b",
    ),
    Intent.STOP_REMINDERS: (
        r"\bunsubscribe\b", r"\bopt[- ]?out\b",
        r"\bstop (?:(?:all|the|these|those|your|this|sending|texting|messaging|contacting|calling|"
        r"bothering|me|with) )*(?:reminders?|messages?|texts?|texting|messaging|notifications?|sms|"
        r"spam|contacting me|calling me|bothering me|e-?mails?)\b",
        r"\b(?:don't|do not|dont) (?:send|text) (?:me )?(?:any ?more |more )?"
        r"(?:reminders?|messages?|texts?)\b",
        r"\b(?:don't|do not|dont) (?:text|message|remind|contact) me\b",
        r"\bno more (?:reminders?|messages?|texts?|notifications?)\b",
        r"退订", r"别再发", r"别发了", r"不要再发", r"不要发了", r"不要提醒", r"别提醒",
        r"不要再提醒", r"别再提醒", r"停止提醒", r"取消提醒", r"关闭提醒", r"停止发送",
        r"不要再联系", r"别再联系",
        r"(?:别|不要|不用)(?:再)?(?:给我)?(?:发|推送)(?:送)?(?:提醒|消息|短信|通知)",
        r"\bleiratkoz\w*", r"\bne küldj\w* (?:\w+ ){0,2}(?:üzenet|emlékeztet|sms|értesít)\w*",
        r"\bne (?:írjon|írjanak|írj|zaklass\w*)\b", r"\bemlékeztet\w* (?:leállít|kikapcsol)\w*",
        r"\b(?:leállít|kikapcsol)\w* (?:az )?emlékeztet\w*", r"\bne emlékeztess\w*",
    ),
    Intent.RESUME_REMINDERS: (
        r"\bresume (?:the |my |all )?(?:reminders?|messages?|notifications?)\b",
        r"\b(?:turn|switch) (?:the )?reminders? (?:back )?on\b",
        r"\b(?:turn|switch) (?:back )?on (?:the )?reminders?\b",
        r"\b(?:start|restart|enable|re-?enable)\w* (?:sending )?(?:me )?(?:the )?reminders?\b",
        r"\bremind me again\b", r"\breminders? (?:again|back)\b",
        r"恢复提醒", r"重新提醒", r"继续提醒", r"开启提醒", r"打开提醒", r"恢复通知",
        r"重新开启提醒", r"恢复发送", r"再提醒我",
        r"\bújra\b.{0,40}\bemlékeztet", r"\bemlékeztet\w*.{0,40}\bújra\b",
        r"\b(?:bekapcsol|visszakapcsol|folytat|újraindít)\w* (?:az )?emlékeztet\w*",
        r"\bemlékeztet\w* (?:bekapcsol|visszakapcsol|folytat|újraindít)\w*",
        r"\b(?:kapcsol|indít)\w* (?:vissza|be|újra) (?:az )?emlékeztet\w*",
    ),
    Intent.HELP: (),
    Intent.LANGUAGE: (
        r"\b(?:change|switch|select|set|another|different)\w* (?:the |my |a )?language\b",
        r"\b(?:in|speak|write|use|talk in|reply in|answer in) "
        r"(?:english|hungarian|chinese|magyar|mandarin)\b",
        r"\bdo you speak\b",
        r"语言", r"語言", r"说中文", r"讲中文", r"用中文", r"说英文", r"用英文",
        r"说英语", r"用英语", r"(?:中文|英文|英语)(?:可以|行|好)(?:吗|嗎|么|麼|不)",
        r"(?:可以|能)(?:说|讲|用)(?:中文|英文|英语)",
        r"(?:切换|换|改|转)(?:成|到|为|回)?(?:英文|英语|中文|汉语|匈牙利语|匈牙利文)",
        r"\b(?:switch|change|go|move|turn)\w* (?:it |this |back )?(?:to|into) "
        r"(?:english|hungarian|chinese|mandarin|magyar)\b",
        r"\b(?:angol|magyar|kínai)(?:ra|ul)\b",
        r"\bnyelv\w*", r"\b(?:magyarul|angolul|kínaiul)\b",
    ),
    Intent.PLAN: (
        r"\b(?:show|see|view|send|check|get|open|display)\w* (?:me )?(?:my |the )?(?:current )?"
        r"(?:repayment |payment )?(?:plan|schedule)\b",
        r"\bwhat(?:'s| is) my (?:current )?(?:repayment |payment )?(?:plan|schedule)\b",
        r"\bwhere(?:'s| is) my (?:repayment |payment )?(?:plan|schedule)\b",
        r"\bmy (?:repayment|payment) (?:plan|schedule)\b",
        r"\bwhat (?:i|we) (?:signed up (?:for|to)|agreed to|signed)\b",
        r"(?:查看|看看|看一下|看下|显示|发|给我看|查询)(?:一下)?(?:我的)?(?:还款)?计划",
        r"还款计划", r"计划是什么", r"我的计划在哪",
        r"\b(?:mutas|lát|megnéz|küld|hol)\w* (?:\w+ ){0,2}terv\w*", r"\btervem\w*",
        r"\b(?:fizetési|törlesztési) terv\w*", r"\bütemterv\w*",
    ),
    Intent.AGREE: (
        r"\bi (?:fully |do |hereby )?(?:agree|accept)\b(?! not| nothing)",
        r"(?<![不没沒未别別])(?<!不太)(?<!不能)(?<!不会)同意",
        r"(?<![不没沒未别別])(?<!不太)(?<!不能)(?<!不会)接受",
        r"就这么(?:定|办)了?", r"(?<![有])没(?:有)?(?:意见|意見)",
        r"(?<!nem )\belfogadom\b", r"\begyetértek\b", r"\bbeleegyezem\b",
    ),
}  # fmt: skip

# --- Causes -------------------------------------------------------------------------------------

#: Why the payment is late, in order of precedence: when a message names two causes, the first
#: listed wins. A dispute comes first because it changes what we may do at all; the hardship
#: causes come before the others.
CAUSE_PHRASES: dict[Cause, tuple[str, ...]] = {
    Cause.DISPUTE: (
        r"\b(?:not|isn't|isnt|is not) (?:even )?"
        r"(?:mine\b|my (?:debt|purchase|transaction|charge|card|account|spending)\b)",
        r"\bi dispute\b", r"\bdisput\w*", r"\bfraud\w*",
        r"\bnever (?:made|bought|authori[sz]ed|used|ordered)\b",
        r"\b(?:didn't|did not|didnt) (?:make|buy|order|authori[sz]e) "
        r"(?:this|that|these|those|the|any)\b",
        r"\bunauthori[sz]ed\b",
        r"\bstolen\b", r"\bidentity theft\b", r"\bscam\w*", r"\b(?:don't|do not|dont) owe\b",
        r"\balready paid\b", r"\bwrong amount\b",
        r"不是我刷", r"不是我消费", r"不是我买", r"不是我的(?!错|問題|问题|责任)", r"有异议",
        r"异议", r"盗刷", r"被盗", r"诈骗", r"欺诈", r"没消费过", r"没有消费", r"不认可",
        r"不承认", r"冒用",
        r"已经还了", r"已经还清", r"已还款",
        r"\bnem az enyém\b", r"\bnem az én tartozásom\b",
        r"\bnem én (?:vásároltam|költöttem|vettem|fizettem)\b", r"\bvitat\w*", r"\bcsalás\w*",
        r"\bcsaló(?!d)\w*", r"\bellopt\w*", r"\bjogosulatlan\w*", r"\bmár (?:ki)?fizettem\b",
        r"\bnem tartozom\b", r"\bvisszaélés\w*",
    ),
    Cause.JOB_LOSS: (
        r"\blost (?:my|the|his|her|our|a) (?:job|work|employment)\b", r"\bjob ?loss\b",
        r"\bunemploy\w*", r"\blaid off\b", r"\blay-?offs?\b", r"\b(?:got|been|was|were) fired\b",
        r"\bfired\b", r"\bno job\b", r"\bjobless\b", r"\bwithout (?:a )?job\b", r"\bout of work\b",
        r"\bredundan\w*", r"\blet (?:me|us) go\b", r"\blost my position\b",
        r"\b(?:was|got|been|were|then|and|being|now) let go\b(?! of)",
        r"失业", r"失業", r"没工作", r"没有工作", r"沒工作", r"被裁", r"裁员", r"下岗", r"丢了工作",
        r"工作丢了", r"被辞退", r"辞退", r"被开除", r"开除", r"找不到工作",
        r"\bmunkanélkül\w*", r"\belveszt\w* (?:az )?(?:állás|munk)\w*",
        r"\b(?:állás|munk)\w* elveszt\w*", r"\belbocsát\w*", r"\bkirúg\w*",
        r"\bveszt\w* el (?:az )?(?:állás|munk)\w*",
        r"\bcontract (?:wasn'?t|was not|wasnt|not|never|didn'?t get|hasn'?t been|won'?t be) "
        r"(?:renewed|extended)\b",
        r"\bcontract (?:ended|ran out|finished|expired|came to an end|was terminated)\b",
        r"\bnem (?:hosszabbították|újították) meg\b", r"\blejárt a (?:munka)?szerződés\w*",
        r"\bszerződés\w* (?:lejárt|megszűnt|nem hosszabbít)\w*",
        r"合同(?:到期|没续|不续|没有续|没再续|结束)", r"没(?:有)?续(?:约|签)",
        r"\bnincs (?:munkám|állásom)\b", r"\bleépít\w*",
        r"\bfelmondtak\b",
    ),
    Cause.ILLNESS: (
        r"\bsick\w*",
        r"\b(?:am|i'm|im|been|was|is|got|fell|very|seriously|became|become|being) ill\b",
        r"\billness\w*", r"\bhospital\w*", r"\bsurger\w*", r"\boperation on\b", r"\bdisease\b",
        r"\binjur\w*", r"\baccident\b", r"\bmedical\b", r"\bdiagnos\w*", r"\btreatment\b",
        r"\bcancer\b", r"\bcovid\b", r"\bhealth (?:problems?|issues?)\b", r"\bdoctor\w*",
        r"\bchemo\w*", r"\bstroke\b", r"\bheart attack\b",
        r"\b(?:broke|broken|fractured|snapped|dislocated) (?:my |his |her )?(?:wrist|arm|leg|ankle|"
        r"hip|foot|hand|back|collarbone|shoulder|knee|ribs?)\b", r"\bfractur\w*",
        r"\bslipped disc\b",
        r"\bagyvérzés\w*", r"\bstroke-?(?:ot|ja|om)?\b", r"\binfarktus\w*", r"\bszívroham\w*",
        r"\b(?:eltört|eltörtem|törött|eltörött)\w*",
        r"生病", r"病了", r"住院", r"手术", r"手術",
        r"医院(?!排班|上班|工作|值班|的班|的工作)",
        r"醫院", r"看病", r"治病", r"疾病", r"中风", r"中風", r"脑梗", r"脑出血", r"脑溢血",
        r"心梗", r"心脏病", r"骨折", r"摔断", r"癌症", r"肿瘤",
        r"受伤", r"病倒", r"身体不好", r"病情", r"重病", r"大病", r"治疗",
        r"beteg", r"\bkórház\w*", r"\bműtét\w*", r"\bmegműtöttek\b", r"\boperált\w*",
        r"\bbaleset\w*", r"\bkezelés\w*", r"\begészség\w*", r"\bdiagnosztiz\w*",
        r"\bállapítottak meg\b", r"\bsclerosis\b", r"\bdiagnosed\b",
    ),
    Cause.REDUCED_INCOME: (
        r"\b(?:paternity|maternity|parental|statutory sick) (?:pay|leave)\b", r"\bon ssp\b",
        r"\b(?:gyes|gyed|csed)\w*", r"产假工资", r"休产假", r"陪产假",
        r"\b(?:salary|pay|wage|income|hours|earnings)\w* "
        r"(?:was |were |got |has been |have been |is |are )?"
        r"(?:cut|reduced|lowered|decreased|dropped|fell|went down|smaller|lower)\b",
        r"\b(?:pay|salary|wage) cuts?\b",
        r"\b(?:shifts?|hours|overtime|pay|wages?) (?:got |were |was |have been |has been )?"
        r"(?:slashed|halved|cut|reduced|dropped)\b",
        r"\bműszak\w* (?:\w+ )?(?:megvág|csökkent|elvett|kevesebb)\w*",
        r"\b(?:megvág|csökkent|elvett)\w* (?:a )?műszak\w*",
        r"班次(?:被)?(?:砍|减|少)", r"排班(?:少|减)",
        r"\bcut (?:in |to )?(?:my )?(?:pay|salary|hours|wages?)\b",
        r"\bless (?:work|hours|money|income|pay|shifts)\b", r"\bfewer (?:hours|shifts)\b",
        r"\breduced (?:hours|income|salary|pay|wages?)\b", r"\b(?:earn|earning|make|making) less\b",
        r"\blower (?:salary|income|pay|wages?)\b", r"\bpart[- ]time\b", r"\bshort[- ]time\b",
        r"\bfurlough\w*",
        r"\b(?:cut|halved|reduced|slashed) (?:my|our) (?:\w+ )?(?:visits|rounds|calls|routes|"
        r"deliveries|drops|jobs|clients)\b",
        r"收入减少", r"收入下降", r"收入降低", r"收入少了", r"降薪", r"减薪", r"工资少了",
        r"工资降了", r"工资减少", r"工资低", r"工资不够", r"拖欠工资", r"发不出工资",
        r"工作减少", r"停薪",
        r"\bkevesebb\w* (?:a |lett a )?(?:fizetés|jövedelm|bér|pénz|munk|kereset)\w*",
        r"\b(?:fizetés|jövedelm|bér|kereset)\w* (?:\w+ )?(?:csökkent|kevesebb)\w*",
        r"\bcsökkent\w* (?:a )?(?:fizetés|jövedelm|bér|munkaid|kereset)\w*",
        r"\bfizetéscsökkent\w*", r"\bbércsökkent\w*", r"\brészmunkaid\w*",
        r"\brövidített munkaid\w*", r"\bmunkaid\w* (?:\w+ )?csökk\w*",
    ),
    Cause.FAMILY_EMERGENCY: (
        r"\bfamily\b", r"\bdivorc\w*", r"\bseparat(?:ed|ion)\b", r"\bfuneral\w*", r"\bbereave\w*",
        r"\bpassed away\b", r"\bdied\b", r"\bdeath\b", r"\bnewborn\b", r"\bpregnan\w*",
        r"\bbaby\b", r"\bgave birth\b", r"\bbabá\w*", r"\bbabánk\w*", r"宝宝", r"寶寶", r"生孩子",
        r"家里出事", r"家里有事", r"家人", r"家庭", r"家中", r"离婚", r"離婚", r"葬礼", r"丧事",
        r"去世", r"过世", r"過世",
        r"\bcsalád\w*", r"\bválás(?:om|unk|a|t|ra|ban|unkat)?\b", r"\belvál\w*", r"\btemetés\w*",
        r"\bgyász\w*", r"\bmeghalt\b", r"\belhunyt\b",
    ),
    Cause.BUSINESS_TROUBLE: (
        r"\bbusiness\w*",
        r"\bmy (?:own )?(?:company|shop|store|restaurant|firm|startup|salon|cafe)\b",
        r"\bshop\b", r"\bbankrupt\w*", r"\binsolven\w*", r"\bself[- ]employed\b", r"\bfreelanc\w*",
        r"\bmy (?:nail |hair |beauty )?(?:salon|bar|bakery|garage|stall|studio|business)\b",
        r"\bszalon\w*", r"美甲店", r"理发店", r"店(?:里|铺)?.{0,4}(?:赚|亏|没生意)",
        r"\b(?:clients?|customers?) "
        r"(?:didn't|did not|don't|do not|haven't|have not|won't|stopped) pay",
        r"\bsales (?:dropped|fell|went down)\b",
        r"\bcompany (?:went |has gone |is going )?(?:bankrupt|under|bust)\b",
        r"\bcompany (?:closed|shut)\b",
        r"生意", r"公司倒闭", r"倒闭", r"破产", r"做买卖", r"亏损", r"亏本", r"店铺", r"开店",
        r"个体", r"没活(?:干)?", r"活都没有", r"接不到活", r"没有活干", r"没有订单",
        r"我的店", r"小店", r"客户不付",
        r"小(?:饭馆|餐馆|饭店|吃店|超市|卖部|面馆)",
        r"(?:我|自己)(?:开的|的)(?:饭馆|餐馆|饭店|餐厅|面馆|小吃店|奶茶店|超市|店)",
        r"\bvállalkoz\w*", r"\bcégem\w*", r"\bcég\w* (?:csőd|tönkre|bezár|megszűn)\w*",
        r"\bcsőd\w*", r"\büzlet\w*", r"\bboltom\w*", r"\bügyfel\w* nem fizet\w*",
        r"\b(?:büfém|éttermem|kávézóm|műhelyem|pékségem|standom)\w*",
        r"\bforgalm(?:a|unk|am)\b.{0,20}\b(?:visszaesett|csökkent|felére|esett|zuhant)\w*",
        r"\b(?:étterem|étterm|kávézó|büfé|pékség|cukrászd|fodrászat|műhely|bolt)\w* (?:\w+ )?"
        r"(?:amit|amelyet) "
        r"(?:vezettem|vittem|üzemeltettem|nyitottam)\b",
    ),
    Cause.FORGOT: (
        r"\bforg[oe]t\w*", r"\bslipped my mind\b",
        r"\bwent (?:clean |right )?out of my (?:head|mind)\b",
        r"\b(?:didn't|did not|didnt) (?:notice|realize|realise)\b",
        r"\bmissed (?:it|the (?:payment|due date|date))\b", r"\boverlooked\b",
        r"忘了", r"忘记", r"忘記", r"忘掉", r"没记住", r"没注意",
        r"\belfelejt\w*", r"\belfeled\w*", r"\bmegfeledkez\w*", r"\bkiment a fejemből\b",
        r"\bnem figyeltem\b",
    ),
}  # fmt: skip

# --- Vulnerability ------------------------------------------------------------------------------

#: People whose death or grave illness the cardholder may tell us about.
_CLOSE_PEOPLE = (
    r"(?:husband|wife|partner|spouse|mother|father|mom|mum|dad|son|daughter|child|baby|brother|"
    r"sister|parents?|grandmother|grandfather|grandma|grandpa|fianc[eé]e?|boyfriend|girlfriend|"
    r"he|she|they|family member|relative)"
)
#: Words that mean this person needs care before a negotiation: suicide or self-harm, a death,
#: grave illness, a mental-health crisis, confusion. Erring on the side of caring is fine ("I'm
#: dying to pay this off" is flagged); plain false friends are not ("deadline", "my phone died").
VULNERABILITY_PHRASES = (
    # en
    r"\bsuicid\w*", r"\bkill(?:ing)? myself\b", r"\bend (?:it all|my life)\b", r"\bending it all\b",
    r"\btake my (?:own )?life\b", r"\bself[- ]?harm\w*", r"\b(?:hurt|harm|cut)(?:ting)? myself\b",
    r"\b(?:don't|do not|dont) want to (?:live|be alive|go on|be here)\b", r"\bno reason to live\b",
    r"\bnothing to live for\b", r"\bbetter off dead\b", r"\bwish i (?:was|were) dead\b",
    r"\bwant to die\b", r"\bwanna die\b", r"\bdying\b",
    r"\b(?:can't|cannot|cant|can not) (?:go on|take (?:it|this) any ?more|cope)\b", r"\bhopeless\b",
    rf"\b{_CLOSE_PEOPLE} (?:has |had |just |recently |suddenly )?(?:died|passed)\b",
    r"\bpassed away\b", r"\bfuneral\w*", r"\bbereave\w*", r"\bdeath\b", r"\bwidow\w*",
    rf"\blost my {_CLOSE_PEOPLE}\b",
    r"\bcancer\b", r"\btumou?r\b",
    r"\bterminal(?:ly)? (?:ill|illness|cancer|disease|diagnosis|condition|stage)\b",
    r"\bi(?: am|'m|m) terminal\b", r"\bchemo\w*", r"\bdialysis\b", r"\bpalliative\b",
    r"\bhospice\b",
    r"\b(?:nervous|mental|emotional) breakdown\b", r"\bbreakdown\b(?! of)", r"\bbreaking down\b",
    r"\bdepress(?:ed|ion|ive)\b", r"\bpanic attacks?\b", r"\bmental health\b", r"\bpsychiatr\w*",
    r"\bbipolar\b", r"\bschizo\w*",
    r"\b(?:i )?(?:don't|do not|dont|can't|cannot|cant) understand "
    r"(?:anything|any of this|what is happening|what's happening)\b",
    r"\bi(?: am|'m|m) (?:so |very |really |completely )?confused\b", r"\bdementia\b",
    r"\balzheimer\w*",
    # zh
    r"自杀", r"自殺", r"不想活", r"活不下去", r"活着没意思", r"轻生", r"輕生", r"寻死", r"想死",
    r"结束生命", r"结束自己", r"跳楼", r"割腕",
    r"去世", r"过世", r"過世", r"离世", r"逝世", r"病逝", r"葬礼", r"丧事", r"丧偶",
    r"(?:丈夫|老公|妻子|老婆|爸爸|妈妈|父亲|母亲|孩子|儿子|女儿|家人|爷爷|奶奶|外公|外婆|亲人).{0,2}(?:死了|没了|走了)",
    r"癌", r"化疗", r"晚期", r"绝症", r"肿瘤", r"白血病", r"透析",
    r"抑郁", r"抑鬱", r"焦虑症", r"惊恐", r"崩溃", r"崩潰", r"精神病", r"心理问题", r"想不开",
    r"什么都不懂", r"什么都不明白", r"完全不懂", r"(?:什么都|完全|都)(?:看|听)不懂", r"痴呆",
    r"失智",
    # hu
    r"\böngyilkos\w*", r"\bmegölöm magam\b", r"\bvégzek magammal\b", r"\bvéget vetek\b",
    r"\bnem akarok (?:tovább )?élni\b", r"\bnincs értelme (?:élni|az életnek)\b", r"\bmeghalni\b",
    r"\bmeghalt\b", r"\bmeghalok\b", r"\belhunyt\b", r"\bhalál(?:a|ában|át|os|eset\w*|t)\b",
    r"\btemetés\w*", r"\bgyász\w*", r"\bözvegy\w*",
    r"\brákbeteg\w*", r"\bdaganat\w*", r"\bkemoterápi\w*", r"\bkemó\w*", r"\bterminális\b",
    r"\bgyógyíthatatlan\w*",
    r"\bdepresszi\w*", r"\bpánikroham\w*", r"\bidegösszeroppan\w*", r"\bösszeomlottam\b",
    r"\bösszeomlás\w*", r"\bpszichiát\w*", r"\bnem bírom (?:tovább|már|ezt)\b",
    r"\bsemmit (?:sem |se )?(?:nem )?értek\b", r"\bnem értek semmit\b", r"\bdemenci\w*",
    r"\balzheimer\w*",
)  # fmt: skip
#: Matched with accents only: unaccented "rak" is "puts" (and "rá-" starts many words), "halal"
#: is an English word.
VULNERABILITY_PHRASES_WITH_ACCENTS = (r"\brák(?:os|om|ot|ja|ban|kal)?\b", r"\bhalál\b")


# ================================================================================================
# Normalising
# ================================================================================================

#: How many normal forms are kept: enough for every example of a language, read once when
#: training and again when preparing it for the classifier.
_KEPT_FORMS = 16384
_TRANSLATION = {
    **dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"), "-"),
    **dict.fromkeys(map(ord, "\u2018\u2019\u02bc\u2032"), "'"),
}


class _ByCharacter(dict[int, str | None]):
    """A table for ``str.translate`` that works out what becomes of each character the first
    time it is read (``rule``: the character, its replacement, or ``None`` to drop it), and keeps
    that for the next messages: a message is then read in one pass in C, where testing its
    characters one by one in Python took up to four times as long. At most
    :data:`_KEPT_CHARACTERS` are kept (a message of unusual characters is read the slow way, the
    same)."""

    def __init__(self, rule: Callable[[str], str | None], given: dict[int, str] | None = None):
        super().__init__(given or {})
        self._rule = rule

    def __missing__(self, code: int) -> str | None:
        found = self._rule(chr(code))
        if len(self) < _KEPT_CHARACTERS:
            self[code] = found
        return found


#: How many characters a :class:`_ByCharacter` table keeps: every script the messages are in,
#: never all of Unicode.
_KEPT_CHARACTERS = 20_000
#: Invisible format characters dropped, every dash one, every apostrophe one.
_NORMAL_CHARACTERS = _ByCharacter(
    lambda ch: None if unicodedata.category(ch) == "Cf" else ch, _TRANSLATION
)
#: Accents (combining marks, after NFD) dropped.
_UNACCENTED = _ByCharacter(lambda ch: None if unicodedata.combining(ch) else ch)
#: Punctuation and symbols as spaces, apostrophes kept.
_WORD_CHARACTERS = _ByCharacter(
    lambda ch: ch if ch == "'" or unicodedata.category(ch)[0] not in "PS" else " "
)


@functools.lru_cache(maxsize=_KEPT_FORMS)
def _normalize(text: str) -> str:
    """NFKC, no invisible characters, one kind of dash and apostrophe, lower case, single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_NORMAL_CHARACTERS)
    return " ".join(text.lower().split())


@functools.lru_cache(maxsize=_KEPT_FORMS)
def _fold(text: str) -> str:
    """Without accents: people type "munkanelkuli" as often as "munkanélküli"."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", decomposed.translate(_UNACCENTED))


@functools.lru_cache(maxsize=1024)
def _words_only(text: str) -> str:
    """Punctuation and symbols become spaces (apostrophes stay: "don't")."""
    return " ".join(text.translate(_WORD_CHARACTERS).split())


def _language(language: str) -> str:
    """``"zh-hans"`` or ``"EN"`` work too; anything unknown reads as English."""
    code = str(language or "").strip().lower()[:2]
    return code if code in LANGUAGES else "en"


def _alternatives(patterns: Iterable[str]) -> str:
    """Phrases as one alternation, longest first, folded like the text they will read."""
    return "|".join(_fold(p) for p in sorted(patterns, key=len, reverse=True))


def _compile(patterns: Iterable[str]) -> re.Pattern[str]:
    """One regular expression for a list of phrases, folded like the text it will read.

    The engine tries the alternatives of a pattern one after the other at each place in a
    message, and passes over one that starts with a letter at once where that letter is not;
    any other it must enter. So the phrases that start at a word boundary are put behind one
    ``\\b`` (tried only where a word starts), spelled out (see :func:`_spelled_out`) and grouped
    by their first letter (see :func:`_by_first_letter`), and the others are led by a letter
    where they can be (see :func:`_letter_led`). Against the distress or the dispute phrases a
    long message is read in a sixth of the time, and every match is the same.
    """
    folded = [_fold(p) for p in patterns]
    at_a_word = [p[2:] for p in folded if p.startswith(r"\b") and not _has_top_level_or(p)]
    anywhere = [p for p in folded if not (p.startswith(r"\b") and not _has_top_level_or(p))]
    # The phrases that start with a letter first, as they always were (the same one wins).
    lettered = [p for p in at_a_word if _starts_with_a_letter(p)]
    others = [spelled for p in at_a_word if p not in lettered for spelled in _spelled_out(p)]
    parts = [rf"\b(?:{_by_first_letter(lettered + others)})"] if at_a_word else []
    parts += map(_letter_led, anywhere)
    return re.compile("|".join(parts) or "(?!)")


def _regex(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled with its alternatives led by a letter (see :func:`_letter_led`)."""
    return re.compile(_letter_led(pattern))


def _by_first_letter(patterns: Sequence[str]) -> str:
    """An alternation with the phrases that start with the same letter behind that letter.

    The engine then reads a word's first letter once for all of them, where it would try every
    phrase in turn. A phrase that does not start with a letter stays where it is, and the ones
    after it are grouped after it: of the phrases that could match at one place, the first
    listed is still tried first, so the same one wins.
    """
    parts: list[str] = []
    by_letter: dict[str, list[str]] = {}
    for pattern in (*patterns, None):
        if pattern is not None and _starts_with_a_letter(pattern):
            by_letter.setdefault(pattern[0], []).append(pattern[1:])
            continue
        parts += (
            f"{letter}(?:{'|'.join(f'(?:{rest})' for rest in rests)})"
            for letter, rests in by_letter.items()
        )
        by_letter = {}
        if pattern is not None:
            parts.append(f"(?:{pattern})")
    return "|".join(parts)


def _letter_led(pattern: str) -> str:
    """``pattern`` with each of its alternatives led by its first letter where a ``\\b`` or a
    look-behind comes before it (``\\bfood`` is written ``f(?<!\\wf)ood``, ``(?<!not )\\bfair``
    is ``f(?<!(?:not )f)(?<!\\wf)air``), spelled out (see :func:`_spelled_out`) where each of
    its phrases then starts with a letter. It matches exactly what it did, and the engine passes
    over each alternative at once where its letter is not: forty phrases searched for in the
    last forty characters before an amount take a seventh of the time.
    """
    led: list[str] = []
    for alternative in _alternatives_of(pattern):
        phrases = [_led_by_its_letter(phrase) for phrase in _spelled_out(alternative)]
        if not all(map(_starts_with_a_character, phrases)):
            phrases = [_led_by_its_letter(alternative)]
        led += phrases
    return "|".join(led)


#: How many phrases one phrase may be spelled out into (see :func:`_spelled_out`).
_MOST_SPELLED_OUT = 64
_QUANTIFIERS = ("?", "*", "+", "{")
_SYNTAX = frozenset(".^$*+?{}[]\\|()")


def _spelled_out(pattern: str) -> list[str]:
    """A phrase (no ``|`` outside a group) that starts with a choice, after any ``\\b`` and
    look-behinds, as one phrase per choice, in the order they are tried: ``(?:not|isn't) mine``
    is ``not mine``, ``isn't mine``; ``\\b(?:az )?exe`` is ``\\baz exe``, ``\\bexe``. Together
    they match exactly what it did, the same one first, and each can then be led by its letter.
    """
    assertions, rest = _leading_assertions(pattern)
    end = _group_end(rest) if rest.startswith("(?:") else None
    if end is None:
        return [pattern]
    choices, after = _alternatives_of(rest[3 : end - 1]), rest[end:]
    if after[:1] == "?" and after[1:2] not in ("?", "+"):  # (?:a|b)?c is (?:a|b|)c
        choices, after = [*choices, ""], after[1:]
    elif after[:1] in _QUANTIFIERS:
        return [pattern]
    prefix = "".join(assertions)
    spelled = [phrase for choice in choices for phrase in _spelled_out(prefix + choice + after)]
    return spelled if len(spelled) <= _MOST_SPELLED_OUT else [pattern]


def _led_by_its_letter(phrase: str) -> str:
    """``phrase`` with the ``\\b`` and look-behinds before its first character written after it,
    as look-behinds that take the character in (see :func:`_letter_led`); as it is otherwise."""
    assertions, rest = _leading_assertions(phrase)
    first = rest[:1]
    if not assertions or not first or not _starts_with_a_character(rest):
        return phrase
    behind = []
    for assertion in assertions:
        if assertion != r"\b":  # (?<!x) before "f" is (?<!(?:x)f) after it
            behind.append(f"{assertion[:4]}(?:{assertion[4:-1]}){first})")
        elif first.isalnum() or first == "_":  # \b before a letter: no letter before it
            behind.append(rf"(?<!\w{first})")
        else:
            return phrase
    return first + "".join(behind) + rest[1:]


def _leading_assertions(pattern: str) -> tuple[list[str], str]:
    """The ``\\b`` and look-behinds ``pattern`` starts with, and the rest of it."""
    assertions: list[str] = []
    while True:
        if pattern.startswith(r"\b"):
            end: int | None = 2
        elif pattern.startswith(("(?<!", "(?<=")):
            end = _group_end(pattern)
        else:
            end = None
        if end is None:
            return assertions, pattern
        assertions.append(pattern[:end])
        pattern = pattern[end:]


def _starts_with_a_character(pattern: str) -> bool:
    """Whether ``pattern`` starts with a character it must match (not a group, class or one made
    optional)."""
    return pattern[:1] not in _SYNTAX and pattern[1:2] not in _QUANTIFIERS


def _starts_with_a_letter(pattern: str) -> bool:
    """Whether ``pattern`` starts with a letter it must match (not one made optional)."""
    return pattern[:1].isalpha() and pattern[1:2] not in _QUANTIFIERS


class Phrases:
    """A long list of phrases in all three languages, read by the script of the message.

    A phrase with a Chinese character in it can only match a message that has one, so a message
    without any is read against the other phrases alone: about 40% less time on a long Hungarian or
    English message (a test checks that no such phrase matches a message without Chinese).
    """

    def __init__(self, patterns: Iterable[str]) -> None:
        patterns = tuple(patterns)
        self.chinese = tuple(p for p in patterns if _CHINESE_CHARACTER.search(p))
        self._all = _compile(patterns)
        self._without_chinese = _compile(p for p in patterns if p not in self.chinese)

    def search(self, text: str) -> re.Match[str] | None:
        pattern = self._all if _CHINESE_CHARACTER.search(text) else self._without_chinese
        return pattern.search(text)


def _has_top_level_or(pattern: str) -> bool:
    """Whether ``pattern`` has a ``|`` outside any group or class ("a|b", not "(?:a|b)")."""
    return len(_alternatives_of(pattern)) > 1


def _alternatives_of(pattern: str) -> list[str]:
    """``pattern`` cut at each ``|`` outside any group or class."""
    cuts = [i for i, ch, depth in _syntax(pattern) if ch == "|" and depth == 0]
    edges = [-1, *cuts, len(pattern)]
    return [pattern[a + 1 : b] for a, b in itertools.pairwise(edges)]


def _group_end(pattern: str) -> int | None:
    """Where the group ``pattern`` starts with ends (after its ``)``), if it is closed."""
    return next((i + 1 for i, ch, depth in _syntax(pattern) if ch == ")" and depth == 0), None)


def _syntax(pattern: str) -> Iterator[tuple[int, str, int]]:
    """The characters of ``pattern`` that are neither escaped nor in a class, each with where it
    is and how deep in groups it stands (a bracket counts as outside its group)."""
    depth, i = 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # to the end of the class ("]" first in it, or after "^", is a character)
            i += 2 if pattern[i + 1 : i + 2] == "^" else 1
            i += 1 if pattern[i : i + 1] == "]" else 0
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
            continue
        if ch == ")":
            depth -= 1
        yield i, ch, depth
        if ch == "(":
            depth += 1
        i += 1


_CHINESE_CHARACTER = re.compile("[\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


def _is_cjk(ch: str) -> bool:
    return _CHINESE_CHARACTER.match(ch) is not None


# ================================================================================================
# Numbers
# ================================================================================================

#: Arithmetic that never traps: an absurdly long number is simply "too large".
_ARITHMETIC = Context(prec=40, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])

_CN_NUMERALS = "".join(CHINESE_DIGITS) + "".join(CHINESE_SMALL_UNITS) + "".join(CHINESE_BIG_UNITS)
_CN_DIGIT_CLASS = "".join(CHINESE_DIGITS)
#: Digits grouped by single spaces ("12 345", "250 000,50"), or digits with dots and commas.
_ARABIC = r"(?:[0-9]{1,3}(?: [0-9]{3})+(?:[.,][0-9]+)?(?![0-9])|[0-9]+(?:[.,][0-9]+)*)"
_CN_POINT_RE = rf"[{CHINESE_POINT}](?=[{_CN_DIGIT_CLASS}0-9])"
_CN_PIECE = rf"(?:[{_CN_NUMERALS}{CHINESE_VAGUE}]|{_CN_POINT_RE})"
#: Digits run into a Chinese unit ("8千", "3万5"), never into a Chinese digit: "一笔1200一笔800"
#: is 1200 and 800.
_ARABIC_BEFORE_A_UNIT = (
    rf"{_ARABIC}(?=[{''.join(CHINESE_SMALL_UNITS)}{''.join(CHINESE_BIG_UNITS)}{CHINESE_POINT}"
    rf"{CHINESE_VAGUE}])"
)
_NUMBER_RE = re.compile(
    rf"(?:{_ARABIC_BEFORE_A_UNIT})?{_CN_PIECE}(?:{_CN_PIECE}|[0-9]+(?:\.[0-9]+)?)*"  # Chinese
    rf"|{_ARABIC}"
)
_CN_PIECES_RE = re.compile(rf"{_ARABIC}|.", re.DOTALL)
_ARABIC_RE = re.compile(_ARABIC)
_MULTIPLIERS = tuple((re.compile(_fold(p)), Decimal(f)) for p, f in MULTIPLIERS)
_UNITS = {
    unit: re.compile(rf" ?(?:{'|'.join(_fold(p) for p in words)})")
    for unit, words in UNIT_WORDS.items()
}
_CURRENCY_AFTER = re.compile(rf" ?(?:{'|'.join(CURRENCY_WORDS)})")
_NEGATIVE_BEFORE = _regex(
    rf"(?:{'|'.join(_fold(p) for p in NEGATIVE_SIGNS)}) ?(?:(?:{'|'.join(CURRENCY_WORDS)}) ?)?$"
)
_ZERO_WORDS = Phrases(ZERO_WORDS)
_PERIOD_AFTER = _compile(PERIOD_AFTER)
_PART_OF_IT = _compile(PART_OF_IT)
_THIS_CARD_LEFT_OUT = _compile(THIS_CARD_LEFT_OUT)
_PART_BEFORE = _compile(PART_BEFORE)
_CEILING = _compile(CEILING)
_PART_AFTER = _compile(PART_AFTER)
_PERIOD_BEFORE = _compile(PERIOD_BEFORE)
_COUNT_BEFORE = _regex(rf"(?:{_alternatives(COUNT_BEFORE)}) ?:? ?$")
_YEAR_BEFORE = _regex(rf"(?:{_alternatives(YEAR_BEFORE)}) (?:the )?(?:year )?$")
_MONTH_NAMED_BEFORE = _regex(rf"(?:{_alternatives(MONTH_NAMES)}) ?$")
_YEAR_AFTER = re.compile(_alternatives(YEAR_AFTER))
_A_YEAR = re.compile(r"(?:19[5-9][0-9]|20[0-4][0-9])")
_NOISE_AROUND_A_NUMBER = re.compile(
    rf"(?:{'|'.join(CURRENCY_WORDS)}|{'|'.join(map(_fold, AROUND_A_NUMBER))}|[^\w]|_)"
)


@dataclass(frozen=True, slots=True)
class _Number:
    """A number found in a message.

    ``value`` is ``None`` when the number cannot be read without a guess. ``strong`` is false for a
    lone Chinese digit such as 一 in 一直 ("all along"), which is a number only when it is the
    whole answer. ``unit`` says what the number counts when a word right after it says so.
    """

    value: Decimal | None
    strong: bool
    negative: bool
    unit: str | None
    #: Said per week, year, day or hour: not the monthly amount asked for.
    not_monthly: bool = False
    #: Said as a part or a bound of the amount: "300多" (three hundred and some), "over 3000".
    part: bool = False
    #: Where the number (with its multiplier) is in the text it was found in.
    start: int = 0
    end: int = 0
    #: Said with a multiplier ("18 ezer", "8k", "1.2万").
    scaled: bool = False


def _parse_arabic(raw: str, language: str) -> Decimal | None:
    """Digits with separators, read by the rules of ``language``; ``None`` when it is a guess.

    * Spaces (after NFKC, also no-break and thin spaces) always group thousands, and the regular
      expression only lets them through before groups of exactly three digits. A dot or comma
      after space groups is the decimal mark, unless exactly three digits follow ("1 000.000").
    * Both a dot and a comma ("1,234.50", "1.234,50"): the last one is the decimal mark, the other
      groups thousands, and the groups must be of three.
    * The same mark more than once ("1,234,567", "1.234.567") groups thousands; groups of three.
    * One mark followed by exactly three digits after one to three digits ("8,000", "8.000",
      "1,234") groups thousands only where the language writes thousands with it: comma in English
      and Chinese, dot in Hungarian. Otherwise it could be either, so it is ambiguous: "8.000" in
      English, "1,234" in Hungarian. (A lone 0 never starts a group: "0.500" is a half.)
    * One mark followed by any other number of digits cannot group thousands, so it is a decimal
      mark: a dot in every language ("8000.50" is common on Hungarian keyboards too), a comma
      only where the language writes decimals with it (Hungarian "1,5"). An English or Chinese
      "1,5" may mean 1.5, 15 or "1 and 5": ambiguous.
    """
    if " " in raw:
        digits = raw.replace(" ", "")
        mark = re.search(r"[.,]", digits)
        if mark is None:
            return Decimal(digits)
        integer, fraction = digits[: mark.start()], digits[mark.end() :]
        return None if len(fraction) == 3 else Decimal(f"{integer}.{fraction}")
    parts = re.split(r"[.,]", raw)
    marks = re.findall(r"[.,]", raw)
    if not marks:
        return Decimal(raw)
    head, *groups = parts
    if len(set(marks)) == 2:
        decimal_mark = marks[-1]
        if (
            decimal_mark in marks[:-1]
            or not (1 <= len(head) <= 3)
            or any(len(g) != 3 for g in groups[:-1])
        ):
            return None
        return Decimal("".join(parts[:-1]) + "." + parts[-1])
    if len(marks) > 1:
        if 1 <= len(head) <= 3 and all(len(g) == 3 for g in groups):
            return Decimal("".join(parts))
        return None
    (mark,), (tail,) = marks, groups
    if len(tail) == 3 and 1 <= len(head) <= 3 and head != "0":
        return Decimal(head + tail) if mark == THOUSANDS_MARK[language] else None
    if mark == "." or mark == DECIMAL_MARK[language]:
        return Decimal(f"{head}.{tail}")
    return None


@dataclass(frozen=True, slots=True)
class _Chinese:
    value: Decimal | None
    strong: bool


def _parse_chinese(raw: str, language: str) -> _Chinese | None:
    """A Chinese numeral, maybe mixed with digits: 三千, 一万二千, 八千五百, 两千, 8千, 1.2万, 3万5.

    ``None`` when it is not a number at all: a word that starts with 百, 千, 万 or 亿 is 百分之
    ("per cent"), 千万 ("by all means") or 万一 ("in case"). The value is ``None`` (ambiguous) for
    "几千" ("a few thousand") and for two digits in a row before a unit, "七八千" ("seven or eight
    thousand"). A digit after the last unit is the next unit down: 3万5 is 35 000, 一千五 is 1 500;
    after 零 it is a plain digit (一千零五 is 1 005). Without any unit, digits with a zero among
    them are read one by one (八零零零 is 8 000); other runs are approximations (三四, "three or
    four") and so ambiguous. Without a unit, the number is weak: 一 of 一直 ("all along") is not a
    number unless it is the whole answer.
    """
    pieces = _CN_PIECES_RE.findall(raw)
    first = pieces[0]
    if first in CHINESE_BIG_UNITS or (
        first in CHINESE_SMALL_UNITS and CHINESE_SMALL_UNITS[first] > 10
    ):
        return None
    if first in CHINESE_VAGUE and len(pieces) == 1:
        return None  # "几" alone asks "how many?"
    has_digits = any(p[0].isdigit() for p in pieces)
    has_units = any(p in CHINESE_SMALL_UNITS or p in CHINESE_BIG_UNITS for p in pieces)
    if any(p in CHINESE_VAGUE for p in pieces):
        return _Chinese(None, strong=True)
    if not has_units and not has_digits and not any(p in CHINESE_POINT for p in pieces):
        digits = "".join(str(CHINESE_DIGITS[p]) for p in pieces)
        if len(digits) > 1 and "0" not in digits:
            return _Chinese(None, strong=False)  # 三四: three or four
        return _Chinese(Decimal(digits), strong=False)
    strong = has_digits or len(pieces) > 1

    total = wan = section = Decimal(0)
    number: Decimal | None = None
    fraction: Decimal | None = None
    last_unit: int | None = None
    after_zero = False
    for piece in pieces:
        if piece[0].isdigit():
            value = _parse_arabic(piece, language)
            if value is None or number is not None:
                return _Chinese(None, strong=True)
            number = value
        elif piece in CHINESE_DIGITS:
            digit = CHINESE_DIGITS[piece]
            if fraction is not None:
                number = (number or Decimal(0)) + digit * fraction
                fraction /= 10
            elif digit == 0:
                after_zero = True
            elif number is not None:
                return _Chinese(None, strong=True)  # 七八千: seven or eight thousand
            else:
                number = Decimal(digit)
        elif piece in CHINESE_POINT:
            if number is None or fraction is not None:
                return _Chinese(None, strong=True)
            fraction = Decimal("0.1")
        elif piece in CHINESE_SMALL_UNITS:
            unit = CHINESE_SMALL_UNITS[piece]
            if number is None and unit != 10:
                return _Chinese(None, strong=True)
            section += (number if number is not None else 1) * unit
            number, fraction, last_unit, after_zero = None, None, unit, False
        elif piece in CHINESE_BIG_UNITS:
            unit = CHINESE_BIG_UNITS[piece]
            group = section + (number or 0)
            if group == 0:
                return _Chinese(None, strong=True)
            if unit == 10**8:
                total, wan = (total + wan + group) * unit, Decimal(0)
            else:
                wan = (wan + group) * unit
            section, number, fraction, last_unit, after_zero = Decimal(0), None, None, unit, False
        else:
            return _Chinese(None, strong=True)
    tail = Decimal(0)
    if number is not None:
        single_digit = number == number.to_integral_value() and 1 <= number <= 9
        tail = number * last_unit / 10 if last_unit and single_digit and not after_zero else number
    return _Chinese(total + wan + section + tail, strong)


#: Before a number said with 了 after it, the person: "我67了" ("I'm 67 now").
_AGE_ZH = re.compile(r"我(?:都|已经|今年|也|都已经)?$")


def _unit_around(text: str, start: int, end: int) -> str | None:
    """What the number at ``text[start:end]`` counts, if a word right before or after says so."""
    if text[:start].endswith(COUNT_PREFIXES) or _COUNT_BEFORE.search(text, 0, start):
        return "count"
    if text.startswith("了", end) and _AGE_ZH.search(text, 0, start):
        return "count"  # "我67了": an age
    if (
        text[start:end].isdigit()
        and 1 <= int(text[start:end]) <= 31
        and _MONTH_NAMED_BEFORE.search(text, max(0, start - 14), start)
    ):
        return "day"  # "március 3. óta": a day of the month
    if _A_YEAR.fullmatch(text, start, end) and (
        _YEAR_BEFORE.search(text, 0, start) or _YEAR_AFTER.match(text, end)
    ):
        return "year"
    for unit, pattern in _UNITS.items():
        if pattern.match(text, end):
            return unit
    return None


def _numbers(text: str, language: str) -> list[_Number]:
    """Every number in a normalised, folded message, with what is around it."""
    found = []
    for match in _NUMBER_RE.finditer(text):
        raw, end = match.group(), match.end()
        if _ARABIC_RE.fullmatch(raw) is None:
            chinese = _parse_chinese(raw, language)
            if chinese is None:
                continue
            value, strong = chinese.value, chinese.strong
            if not strong and _CURRENCY_AFTER.match(text, end):
                strong = True  # 五块: five yuan
        else:
            value, strong = _parse_arabic(raw, language), True
            for pattern, factor in _MULTIPLIERS:
                multiplier = pattern.match(text, end)
                if multiplier:
                    if value is None and not multiplier[0].startswith(" "):
                        value = _decimal_comma(raw)  # "2,5k" (but "1,2 ezer" may be 1 or 2)
                    value, end = (value * factor if value is not None else None), multiplier.end()
                    break
        before = text[max(0, match.start() - 12) : match.start()]
        negative = bool(_NEGATIVE_BEFORE.search(before))
        unit = _unit_around(text, match.start(), end)
        said_before = text[max(0, match.start() - 30) : match.start()]
        not_monthly = bool(
            _PERIOD_AFTER.match(text, end)
            or (
                _PERIOD_BEFORE.search(said_before)
                and not _A_MONTH_BEFORE.search(text[max(0, match.start() - 20) : match.start()])
                and not _A_MONTH_AFTER.match(text[end : end + 20])
            )
        )
        part = bool(
            _PART_AFTER.match(text, end)
            or (_PART_BEFORE.search(said_before) and not _CEILING.search(said_before))
            or (language == "en" and _MINIMUM_AFTER_EN.match(text, end))
        )
        scaled = end != match.end() or any(ch in raw for ch in "万萬千仟亿億")
        if unit == "count" and _CLOCK.match(text, end) and (value is None or value > 12):
            unit = None  # "65 pm": per month, no time of day
        if unit is None and not scaled and value is not None and value < 10:
            unit = "count" if _LOANS_COUNTED.match(text, end) else None  # "1 hitel van"
        if unit is None and not scaled and value is not None and value < 20:
            unit = "count" if _SMALL_COUNTED.match(text, end) else None  # "1 kutya", "4 of us"
        if unit is None and not scaled and value is not None and value < 100:
            unit = "count" if _PAYMENTS_LEFT.match(text, end) else None  # "még 8 részlet van"
        found.append(
            _Number(value, strong, negative, unit, not_monthly, part, match.start(), end, scaled)
        )
    return found


_DECIMAL_COMMA = re.compile(r"([0-9]{1,3}),([0-9]{1,2})")


def _decimal_comma(raw: str) -> Decimal | None:
    """A number written together with its multiplier, with a comma and one or two digits: "2,5k",
    "1,25m". The comma cannot group thousands there, so it is the decimal mark in any language."""
    found = _DECIMAL_COMMA.fullmatch(raw)
    return Decimal(f"{found[1]}.{found[2]}") if found else None


def _is_just_a_number(text: str) -> bool:
    """Nothing but one number, give or take currency and "about": "五", "五块吧", "大概三千"."""
    return _NUMBER_RE.fullmatch(_NOISE_AROUND_A_NUMBER.sub("", text)) is not None


_EN_NUMBER_WORDS = SPELLED_NUMBERS["en"]
_EN_WORD = _alternatives(_EN_NUMBER_WORDS)
_EN_RUN = re.compile(
    rf"\b(?:an? (?=(?:hundred|thousand|grand|million)\b))?(?:{_EN_WORD})\b"
    rf"(?:(?: and a half\b)|(?:(?: |-| and )(?:{_EN_WORD})\b))*"
)
_HU_NUMBER_WORDS = SPELLED_NUMBERS["hu"]
_HU_PIECE = _alternatives(_HU_NUMBER_WORDS)
_HU_STEM = re.compile(rf"(?:{_HU_PIECE})+")
_HU_PIECES = re.compile(_HU_PIECE)
_HU_ENDINGS = sorted(SPELLED_NUMBER_ENDINGS_HU, key=len, reverse=True)
_HU_RUN = re.compile(
    rf"\b(?:{_HU_PIECE})+(?:{'|'.join(_HU_ENDINGS)})?\b"
    rf"(?:[ -](?:{_HU_PIECE})+(?:{'|'.join(_HU_ENDINGS)})?\b)*"
)
_MULTIPLIER_WORDS = frozenset(
    {"hundred", "thousand", "grand", "million", "szaz", "ezer", "ezr", "millio"}
)
_VAGUE_SPELLED = _compile(VAGUE_SPELLED_AMOUNTS)
_VAGUE_AMOUNT = _compile(VAGUE_AMOUNT_WORDS)
_VARYING_AMOUNT = _compile(VARYING_AMOUNT_WORDS)
_LOANS_COUNTED = re.compile(rf" ?(?:{_alternatives(LOANS_COUNTED)})")
_DIGIT_BEFORE = re.compile(r"[0-9] ?$")
#: Right after a small bare number, what it counts is no money: pets, people in the household.
_SMALL_COUNTED = re.compile(
    r" ?(?:dogs?|cats?|pets?|of us|of them|kutya\w*|macsk\w*|cic\w*|háziállat\w*|hazi ?allat\w*"
    r"|只|条狗|口人"
    # people and incomes in the household, debits going out: "1 adult 2 kids", "1 income",
    # "2 csoportos beszedés", "2 direct debits"
    r"|adults?|incomes?|earners?|felnott\w*|kereso\w*|fizetesbol"
    r"|direct debits?|standing orders?|debits|csoportos\w*|beszedes\w*|个大人|大人)(?![a-z])"
)
#: A number of payments left, not money: "még 8 havi részlet van", "12 részlet maradt".
_PAYMENTS_LEFT = re.compile(
    r" ?(?:havi )?(?:reszlet|torleszto|torlesztes)\w* (?:van|maradt|hatra|meg)\b"
)


def _hu_pieces(word: str) -> list[str] | None:
    """A spelled Hungarian number cut into its pieces, its ending dropped ("ötvenezret")."""
    if word in _HU_LOOKALIKES:
        return None
    for ending in (*_HU_ENDINGS, ""):
        stem = word[: len(word) - len(ending)] if ending else word
        if word.endswith(ending) and stem and _HU_STEM.fullmatch(stem):
            pieces = _HU_PIECES.findall(stem)
            if "".join(pieces) == stem:
                return pieces
    return None


def _spelled_value(values: list[Decimal]) -> Decimal | None:
    """Pieces of a spelled number in order: hundreds multiply what came before them, thousands
    and millions close a group ("two thousand five hundred", "kétszázötvenezer"). ``None`` when
    the pieces do not make one number: "one fifty" may be 150 or 1.50, "five six" two numbers."""
    total = section = Decimal(0)
    last: Decimal | None = None  # the last piece added since a hundred or a thousand
    for value in values:
        if value < 0:
            return None
        if value == 100:
            section, last = (section or 1) * value, None
        elif value >= 1000:
            total, section, last = total + (section or 1) * value, Decimal(0), None
        elif value < 1 or last is None or (last in _TENS and value < 10):
            section, last = section + value, value
        else:
            return None  # a unit, a teen or a ten after a unit or a teen
    return total + section


#: Words that look like a spelled number with an ending: "ezért" is "therefore".
_HU_LOOKALIKES = frozenset({"ezert"})
_TENS = frozenset(Decimal(n) for n in (10, 20, 30, 40, 50, 60, 70, 80, 90))


def _typos(word: str) -> set[str]:
    """A word typed with one letter left out, doubled or two swapped ("thre", "thousnad")."""
    left_out = {word[:i] + word[i + 1 :] for i in range(len(word))}
    doubled = {word[:i] + word[i] + word[i:] for i in range(len(word))}
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    return (left_out | doubled | swapped) - {word}


#: Common words one typo away from a number word: never read as numbers ("seen" is no "seven").
_NOT_TYPOS = frozenset({"seen", "tree", "thee", "there", "even", "fort", "sven", "leven", "eleve"})
_EN_TYPOS = {
    typo: word
    for word in _EN_NUMBER_WORDS
    if len(word) >= 5 and word != "grand"  # "gran", "rand", "grad" are words of their own
    for typo in _typos(word)
    if typo not in _EN_NUMBER_WORDS and typo not in _NOT_TYPOS
}
_EN_TYPO = _compile(rf"\b{re.escape(typo)}\b" for typo in sorted(_EN_TYPOS, key=len, reverse=True))
_HU_SMALL = {"egy": "1", "ket": "2", "ketto": "2", "harom": "3", "negy": "4", "ot": "5", "hat": "6"}
_HU_AND_A_HALF = re.compile(rf"\b({'|'.join(_HU_SMALL)}|[0-9]+) es fel (?=(?:millio|ezer|szaz)\w*)")
#: Hundreds after digits, as a spelled "kétszázötven" is read: "2.5 száz" (from "2 és fél száz").
_HU_DIGITS_HUNDRED = re.compile(r"(?<![0-9.,])([0-9]{1,2}(?:\.[0-9])?) ?szaz(?:at|ra|ig|as)?\b")


_HALF_A = _regex(r"\bhalf an? (grand|thousand|million|k)\b")
#: Banknotes by their everyday names: "egy húszas" is a 20,000 forint note, "két tízes" 20,000.
_HU_NOTES = re.compile(r"\b(egy|ket|harom) (huszas|tizes)(?:t|sal|at)?\b")
_HU_NOTE_VALUES = {"huszas": 20_000, "tizes": 10_000}
#: "1 and a half k", "2 and a half grand", "3 and a half": digits and a half (a multiplier after).
_DIGITS_AND_A_HALF = re.compile(
    r"(?<![0-9.,])([0-9]+) and a half\b(?: ?(?:(k)|(grand|thousand|million))\b)?"
)
#: "kétszáz-kétszázhúsz", "kétszázhatvan-kétszázhetven", "húszezer-harmincezer": a range of two
#: spelled numbers, not one number. After "ezer" or "millió" the hyphen Hungarian writes inside
#: one number ("huszonhétezer-ötszáz") joins it, unless the second part is as large.
_SPELLED_RANGE_HU = _regex(
    r"(?:(?<=szaz)|(?<=ven)|(?<=van)|(?<=tiz)|(?<=usz)|(?<=ncz)|(?<=egy)|(?<=ketto)|(?<=harom)"
    r"|(?<=negy)|(?<=ot)|(?<=hat)|(?<=het)|(?<=nyolc)|(?<=kilenc))"
    r"-(?=(?:egy|ket|har|negy|ot|hat|het|nyolc|kilenc|tiz|husz|szaz)\w*\b)"
    r"|(?<=ezer)-(?=(?:egy|ket|har|negy|ot|hat|het|nyolc|kilenc|tiz|husz|szaz)\w*ezer\w*\b)"
    r"|(?<=millio)-(?=(?:egy|ket|har|negy|ot|hat|het|nyolc|kilenc|tiz|husz|szaz)\w*millio\w*\b)"
)
_CLOCK = re.compile(r" ?(?:am|pm)\b")
_A_MONTH_AFTER_DIGITS = re.compile(
    r"(?:(?<=[0-9千百万仟佰萬块塊元])|(?<=[千百万仟佰萬][一二两三四五六七八九])) ?一个?月"
)


def _spell_out(folded: str, language: str) -> str:
    """Numbers spelled in words rewritten as digits; vague ones ("a few hundred") as 几千, which
    the reader takes for an amount it must not guess.

    A lone small word ("one", "two", Hungarian "hat", "egy") is a number only when it is the
    whole message: "one of them", "hat" ("affects") are not amounts. Words right after digits
    ("8 ezer", "2 thousand") are left to the multipliers.
    """
    folded = _VAGUE_SPELLED.sub(" 几千 ", folded)
    folded = _HALF_A.sub(r"0.5 \1", folded)  # "half a grand" is 500, not a grand
    folded = _DIGITS_AND_A_HALF.sub(
        lambda m: f"{m[1]}.5{m[2] or (' ' + m[3] if m[3] else '')}", folded
    )
    folded = _SPELLED_RANGE_HU.sub(" - ", folded) if _language(language) == "hu" else folded
    folded = _A_MONTH_AFTER_DIGITS.sub("/月", folded)  # 1500一个月: a month, not one month
    if _language(language) == "en":
        folded = _EN_TYPO.sub(lambda m: _EN_TYPOS[m[0]], folded)
    else:
        folded = _HU_NOTES.sub(
            lambda m: f"{int(_HU_SMALL[m[1]]) * _HU_NOTE_VALUES[m[2]]} ft",
            folded,
        )
        folded = _HU_AND_A_HALF.sub(lambda m: f"{_HU_SMALL.get(m[1], m[1])}.5 ", folded)
        folded = _HU_DIGITS_HUNDRED.sub(lambda m: f"{Decimal(m[1]) * 100:f}".split(".")[0], folded)
    spoken = {"en": spoken_english, "zh": spoken_chinese}.get(_language(language))
    folded = spoken(folded) if spoken else folded  # "a ton", "one fifty", "1k5"
    runs: list[tuple[int, int, list[Decimal], bool]] = []
    for match in _EN_RUN.finditer(folded):
        words = match[0].replace("-", " ").replace(" and a half", " half").split()
        values = [
            Decimal("0.5") if w == "half" else Decimal(1) if w in ("a", "an") else
            _EN_NUMBER_WORDS[w] for w in words if w != "and"
        ]  # fmt: skip
        # "a grand and a half" is half of the grand more (1500), not 1000.50
        values = [
            value * values[i - 1]
            if i and value == Decimal("0.5") and values[i - 1] >= 100
            else value
            for i, value in enumerate(values)
        ]
        big = any(w in _MULTIPLIER_WORDS for w in words)
        if words[0] in _MULTIPLIER_WORDS and not _DIGIT_BEFORE.search(folded[: match.start()]):
            values = [Decimal(-1), *values]  # "thousand" alone: how many thousands? (a guess)
        runs.append((match.start(), match.end(), values, big or len(values) > 1 or values[0] >= 10))
    if _language(language) == "hu":
        for match in _HU_RUN.finditer(folded):
            pieces: list[str] = []
            for word in match[0].replace("-", " ").split():
                found = _hu_pieces(word)
                if found is None:
                    break
                pieces += found
            else:
                big = any(p in _MULTIPLIER_WORDS for p in pieces)
                values = [_HU_NUMBER_WORDS[p] for p in pieces]
                runs.append((match.start(), match.end(), values, big or len(values) > 1))
    written = len(folded)
    for start, end, values, strong in sorted(runs, reverse=True):
        if end > written or (values[0] >= 100 and _DIGIT_BEFORE.search(folded[:start])):
            continue  # "8 ezer", "2 thousand": the multiplier after the digits reads it
        if strong or not _NOISE_AROUND_A_NUMBER.sub("", folded[:start] + folded[end:]):
            value = _spelled_value(values)
            number = " 几千 " if value is None else f"{value.normalize():f}"
            folded = f"{folded[:start]}{number}{folded[end:]}"
            written = start
    return folded


#: Words that join the items of a list of amounts ("rent 800 plus bills 300"), or that go with
#: an amount without naming what it is for (currency, "a month", "about").
ITEM_JOINERS = (
    r"plus", r"and", r"also", r"then", r"for", r"on", r"the", r"my", r"a", r"an", r"is", r"are",
    r"about", r"around", r"roughly", r"approx\w*", r"per month", r"a month", r"monthly", r"each",
    r"meg", r"es", r"plusz", r"illetve", r"meg", r"az?", r"re", r"ra", r"kb", r"kozel",
    r"korulbelul", r"havi", r"havonta", r"egy honapban", r"ezer", r"e",
    r"加上", r"加", r"还有", r"和", r"以及", r"另外", r"再", r"大概", r"每月", r"一个月",
    r"是", r"要", r"花", r"的", r"交", r"付", r"还",
)  # fmt: skip
#: Words that make several amounts anything but a list of items to add up: a range or a choice
#: ("800 or 900", "between 2 and 3 thousand"), a change ("used to be 3000, now 2000"), a total.
NOT_A_LIST = (
    r"\bor\b", r"[0-9k] ?to ?[$€£¥]?[0-9]", r"\bbetween [$€£¥]?[0-9]", r"\beither\b",
    r"\bused to\b", r"\bbefore\b", r"\buntil\b", r"\btill\b",
    r"(?<=[0-9k] )after\b(?=\W*(?:$|[,.;!?]))",
    r"\bwas\b", r"\bnow\b", r"\bprevious\w*", r"\blast\b", r"\bnext\b", r"\blater\b",
    r"\bfrom (?:[$€£¥] ?)?[0-9]", r"\bfrom (?:next|now|then|this|last|today|the (?:start|end|"
    r"beginning)|january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b", r"\bdown\b", r"(?<!top-)(?<!top )\bup\b", r"\binstead\b", r"\btotal\w*",
    r"\ball together\b",
    r"[0-9k] ?,? ?(?:or |and )?maybe\b", r"\bmaybe\b(?= ?[$€£¥]?[0-9]+ ?(?:or|to|-))",
    r"\bsometimes\b",
    r"\bbut\b", r"\bearlier\b", r"\bdepend\w*", r"\bvar\w*", r"\bout of\b", r"\bleft\b",
    r"\bvagy\b", r"\bkozott\b", r"\bregen\b", r"\bkorabban\b", r"\belotte\b", r"\bmost\b",
    r"\bosszesen\b", r"\bkesobb\b", r"\baztan\b", r"\bneha\b", r"\bvolt\b", r"\bhelyett\b",
    r"\bcsokkent\w*", r"\bmarad\w*", r"\battol\b", r"\btalan\b", r"\bperhaps\b",
    r"\bprobably\b", r"\bmight\b", r"\bor so\b", r"\bvalahol\b",
    r"可能", r"也许", r"或许",
    r"或", r"要么", r"到", r"至", r"[0-9] ?(?:k|e|w|万|千)? ?~", r"以前", r"原来", r"之前", r"现在",
    r"一共", r"总共", r"总计",
    r"合计",
    r"然后", r"以后", r"有时", r"降", r"从", r"剩", r"变成", r"或者", r"还是", r"不一定",
    r"(?<![0-9])-(?=\s*[0-9])", "\u2013", r"[0-9] ?- ?[0-9]",
)  # fmt: skip
#: Someone else in the household: "my wife earns 1500 and I earn 2000" is no list to add up (whose
#: income is asked is unclear) unless the total is said.
OTHER_PEOPLE = (
    r"\b(?:husband|wife|hubby|partner|spouse|boyfriend|girlfriend|fiance\w*|mum|mom|dad|"
    r"mother|father|son|daughter|brother|sister|he|she)\b",
    r"\b(?:férje?m|feleségem|párom|élettársam|barátom|barátnőm|anyukám|apukám|anyám|apám|"
    r"fiam|lányom|testvérem|tesóm)(?:é|e|mal|mel|é?t)?\b",
    r"\b(?:ő|o) (?:keres|kap)\w*",
    r"老公",
    r"老婆",
    r"丈夫",
    r"妻子",
    r"爱人",
    r"对象",
    r"男朋友",
    r"女朋友",
    r"媳妇",
    r"先生",
    r"太太",
    r"爸",
    r"妈",
    r"儿子",
    r"女儿",
    r"他",
    r"她",
)
#: At the spending, a cost named as a relative's that the cardholder pays: "mum's care home
#: 600", "爸妈的药费八百". No one else's money, so no reason not to add the list up.
THEIR_COST = (
    r"\b(?:mum|mom|mam|dad|mother|father|son|daughter|kids?|children|child|brother|sister|nan|"
    r"gran|grandma|grandad|baby)'s\b",
    r"(?:爸妈|父母|老人|爸爸|妈妈|我爸|我妈|孩子|儿子|女儿|老人家)的",
)
_THEIR_COST = _compile(THEIR_COST)
#: Words that say an amount is the whole ("together", "in total", "összesen", "一共").
ALL_TOGETHER = (
    r"\btogether\b",
    r"\bin total\b",
    r"\btotal\w*",
    r"\ball in\b",
    r"\beverything\b",
    r"\bcombined\b",
    r"\ball together\b",
    r"\bboth\b",
    r"\bmindkett\w*",
    r"加在一起",
    r"两个一起",
    r"\böss?zesen\b",
    r"\begyütt\b",
    r"\bmindösszesen\b",
    r"\bmindent? (?:egybe|összevéve)\w*",
    r"一共",
    r"总共",
    r"加起来",
    r"合计",
    r"总计",
    r"全部",
)
#: The things money goes to or comes from. With one amount, a list that names another of them
#: without an amount ("rent 800 and food and petrol") has no sum that can be taken.
ITEMS = (
    r"\b(?:rent|bills?|utilit\w*|food|groceries|petrol|gas|fuel|transport\w*|insurance|phone|"
    r"internet|loans?|mortgage|cards?|school|childcare|nursery|car|electric\w*|water|heating|"
    r"council tax|tips?|bonus\w*|overtime|benefits?|allowance|pension|commission|medicine\w*)\b",
    r"\b(?:albérlet|lakbér|rezsi|kaja|étel|bevásárl|benzin|üzemanyag|biztosítás|telefon|"
    r"internet|iskol|ovi|óvod|borraval|prémium|pótlék|segély|nyugdíj|túlóra|gyógyszer|villany|"
    r"gáz|víz|fűtés)\w*",
    r"\blakás(?!hitel)\w*",
    r"\w*(?:hitel|kölcsön|kártyá?)\w*",
    r"房租",
    r"租金",
    r"水电",
    r"吃饭",
    r"伙食",
    r"生活费",
    r"交通",
    r"油费",
    r"保险",
    r"话费",
    r"网费",
    r"房贷",
    r"车贷",
    r"网贷",
    r"花呗",
    r"白条",
    r"信用卡",
    r"贷款",
    r"学费",
    r"奖金",
    r"提成",
    r"补贴",
    r"加班费",
    r"药费",
)
#: What joins two items of a list.
AND_WORDS = (
    r"\band\b",
    r"\bplus\b",
    r"\+",
    r"\balso\b",
    r"\bmeg\b",
    r"(?<!-)\bés\b",
    r"\bplusz\b",
    r"\bvalamint\b",
    r"\billetve\b",
    r"还有",
    r"加上",
    r"以及",
    r"另外",
    r"和",
)
#: A debt owed (its balance), not a monthly payment: "i owe 5000 on another card", "欠别人五万".
OWED = (
    r"\bvan (?:még )?hátra\b",
    r"\bhátra van\b",
    r"[0-9] ?(?:millió\w*|million) (?:forint |ft )?(?:a |az )?(?:\w+ )?"
    r"\w*(?:hitel|kölcsön|tartozás)\w*",
    r"\w*(?:hitel|kölcsön)\w* (?:még )?[0-9][0-9.,]* ?(?:millió\w*)",
    r"\ban? [$€£]?[0-9][0-9.,]* ?(?:k|grand|thousand)? (?:personal |car |student |bank )?"
    r"(?:loan|debt|overdraft)\b",
    r"\bowe\w*",
    r"\bowing\b",
    r"\bbalance\b",
    r"\bin debt\b",
    r"\bdebt of\b",
    r"\bleft to pay\b",
    r"\btartoz\w*",
    r"\bhátral[eé]k\w*",
    r"\bmaradt\w*",
    r"欠",
    r"余额",
    r"剩下(?![0-9一二两三四五六七八九十几半]+个?(?:年|月|期))",
    r"还剩(?![0-9一二两三四五六七八九十几半]+个?(?:年|月|期))",
)
#: Words that make an amount a monthly one.
MONTHLY = (
    r"\b(?:a|per|each|every|/) ?(?:month|mo)\b",
    r"\bmonthly\b",
    r"\bhavi\b",
    r"\bhavonta\b",
    r"\b(?:egy|minden) hónap\w*",
    r"每月",
    r"每个月",
    r"每個月",
    r"一个月",
    r"月供",
    r"月还",
)
#: Of several amounts, the one a message settles on (see :func:`_the_one_meant`).
#: A correction between amounts: "2 millió? nem, bocs, 200 ezer", "3000 sorry i mean 2000".
CORRECTION = (
    r"\bsorry\b", r"\bi mean\b", r"\bi meant\b", r"\bactually\b", r"\bcorrection\b",
    r"\bscratch that\b", r"\bno wait\b", r"\bwait,? no\b", r"\boops\b", r"\bbocs\w*",
    r"\belnézést\b",
    r"\bakarom mondani\b", r"\bhelyesen\b", r"\bjavítok\b", r"\bjavítom\b", r"\bja nem\b",
    r"[0-9](?: ?(?:ezer\w*|e|k|ft|forint\w*))?\W+(?:(?:ja|jaj|jah|ah|hopp) )?nem(?: is)?"
    r"(?=\W*(?:[,.!-]|inkább\b|$))",
    r"\bnem is\b", r"\bvagyis\b",
    r"不对", r"说错了", r"我是说", r"应该是", r"哦不", r"错了", r"算了",
    r"\bhanem\b", r"\bhelyett\b",
    r"\bnot \S+ but\b", r"\brather\b", r"\binstead\b", r"\binkább\b", r"不是\S+是",
    # "wait" or a bare "no" between two amounts: "200, várj, ... 215", "六百,不,五百吧"
    r"\b(?:wait|hold on|várj(?:unk|ál)?|álljunk meg)\b(?=\W*[,.!:-])(?!\W*(?:until|till|amíg)\b)",
    r"(?<=[,.!?;] )不(?= ?[,.!?;])", r"(?<=[,.!?;])不(?= ?[,.!?;])", r"等等", r"等一下",
    r"(?<=[0-9百千万块元] )不(?= [0-9一二两三四五六七八九])",
)  # fmt: skip
#: Right after a whole, before its parts: "1200, of which 800 is rent", "250 ezer, amiből 150
#: a lakbér", "三千 其中房租两千".
OF_WHICH = (
    r"\bof which\b", r"\bout of (?:that|which)\b", r"\bincluding\b", r"\bamiből\b",
    r"\bebből\b", r"\babból\b", r"\bennek\b", r"其中", r"里面",
)  # fmt: skip
#: Right before the total of a list: "so 1200", "összesen 76 ezer", "加起来两千五", "= 1200".
TOTAL_BEFORE = (
    r"(?:\bso\b|\bin total\b|\btotal\w*(?: is| of| comes to)?|\ball (?:together|in)\b|"
    r"\baltogether\b|\boverall\b|\ball up\b|\ball told\b|\bin all\b|\bcomes? to\b|"
    r"\badds? up to\b|\bwhich (?:is|makes)\b|"
    r"\bthat'?s\b|\bthats\b|\bthat is\b|\bi'?d say\b|=|\böss?zesen\b|\bmindösszesen\b|\begyütt\b|"
    r"\bösszeadva\b|\bvagyis\b|\bami\b|\baz\b|\böss?z\b|\bszóval\b|\btehát\b|加起来|加在一起|加一起|总共|一共|合计|总计|共计|算下来|总的来说|"
    # The figure settled on after its parts: "call it 850", "mondjuk 180", "所以2800", "算三千吧".
    r"\bcall it\b|\bmondjuk\b|所以|(?<![打计])算(?![上进了术])|"
    r"\bez\b(?: (?:így|tehát|összesen|együtt))?|\böss?zes(?: (?:kiadás\w*|költség\w*))?|"
    r"(?<![一总])共|(?:一个月|每个月|每月)(?=差不多|大概|大约|总共|一共|算下来|加起来))"
    r"\W{0,3}(?:(?:about|around|roughly|approx\w*|maybe|probably|like|is|it'?s|its|kb|"
    r"kb\.|közel|körülbelül|nagyjából|úgy|havi|havonta|monthly|a month|大概|大约|是|差不多|要|有|"
    r"每月|每个月)\W{0,3}){0,3}$",
)  # fmt: skip
#: Right after the total of a list: "1700 total", "1400 all together", "76 ezer összesen".
TOTAL_AFTER = (
    r"^ ?(?:[$€£¥]|ft|huf|forint\w*|eur\w*|pounds?|dollars?|元|块)? ?"
    r"(?:a month |per month |havonta )?(?:total\b|in total\b|all together\b|altogether\b|"
    r"all in\b|overall\b|combined\b|öss?zesen\b|együtt\b)",
)  # fmt: skip
#: Said of today's amount, beside one from before: "was 2800 before, 1700 now", "eddig 400
#: volt, most 250 ezer", "以前8000 现在3000".
NOW_WORDS = (
    r"\bnow\b", r"\bcurrently\b", r"\bthese days\b", r"\bat the moment\b", r"\bnowadays\b",
    r"\bright now\b", r"\brn\b", r"\btoday\b", r"\bjelenleg\w*", r"\bmost\b", r"\bmostanában\b",
    r"\bmostanság\b", r"\bmár csak\b", r"现在", r"目前", r"如今", r"最近", r"这几个月",
    r"\b(?:dropped|cut|reduced|fell|went down|gone down|down) to\b", r"\bafter tax\b",
    r"\bnet\b", r"\btake[- ]home\b", r"\bnettó\w*", r"\bkézhez\b", r"降到", r"降为", r"减到",
    r"变成", r"只剩", r"税后", r"到手", r"实发", r"这个月",
    r"(?<=[0-9k] )after\b(?=\W*(?:$|[,.;!?]))",  # "2.3k before tax, 1.9k after"
    r"\bde (?:most )?csak\b",
    # From a month on: "januártól 205", "jövő hónaptól 190".
    r"\b(?:január|február|március|április|május|június|július|augusztus|szeptember|október|"
    r"november|december|jövő hónap|mostan)\w*t[óő]l\b",
)  # fmt: skip
BEFORE_WORDS = (
    r"(?<!said )(?<!mentioned )\bbefore\b", r"\bused to\b",
    r"\bwas\b(?! (?:thinking|hoping|planning|going|wondering))", r"\bwere\b", r"\bprevious\w*",
    r"\bformerly\b",
    r"\blast year\b", r"\bback then\b", r"\boriginally\b", r"\beddig\b", r"\bkorábban\b",
    r"\brégen\b", r"\bvolt\b", r"\belőtte\b", r"\bazelőtt\b",
    r"\baddig\b(?! (?:havi|havonta|minden hónapban)\b)", r"以前", r"之前",
    r"原来", r"过去", r"本来", r"那时", r"\bbefore tax\b", r"\bgross\b", r"\bbruttó\w*",
    r"税前", r"应发", r"从(?![^,.;!?]{0,6}(?:开始|起))",
)  # fmt: skip
#: Right before the amount a cardholder offers, beside amounts said as context: "my income is
#: 600, i can do 20", "havi 15 ezret tudnék", "最多能还八百".
OFFERED = (
    r"(?:\bi (?:can|could|would|'?d|will|'?ll)|\bwe (?:can|could)|\bcan|\bcould|\bable to|"
    r"\bhappy to|\bwilling to|\bafford to) (?:probably |maybe |only |just |realistically )?"
    r"(?:do|pay|manage|afford|offer|put|give|stretch to|spare)\b(?: (?:about|around|like|maybe|"
    r"roughly|up to|only|just|you|a month|monthly|per month))*\W{0,3}(?:[$€£] ?)?$",
    r"\b(?:tudok|tudnék|tudnek|tudnek|tudnék fizetni|tudok fizetni|fizetnék|bírok|bírnék|"
    r"vállalok|vállalnék)\W{0,2}(?:(?:havi|havonta|kb|körülbelül|maximum|max)\W{0,2})*$",
    r"(?:能|可以|最多能|最多可以|只能|愿意)(?:还|付|给|出)(?:大概|差不多|个)?$",
)  # fmt: skip
#: An amount said for later ("60 from june", "februártól 40", "以后三千"): an offer in two
#: stages, which one monthly amount does not answer.
LATER_WORDS = (
    r"\bfrom (?:next|the|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|\w+ on)\b", r"\blater\b", r"\bafterwards\b", r"\bthen\b",
    r"\bonce\b", r"\bwhen i\b", r"\w+t[oó]l\b", r"\w+t[eé]l\b", r"\blesz\b",
    r"\bkésőbb\b", r"\baztán\b", r"\butána\b", r"以后", r"之后", r"然后", r"到时候", r"下个月起",
)  # fmt: skip
OFFERED_AFTER = (
    r"^(?:-?[aeoö]?t)? ?(?:ft|forint\w*|eur\w*)? ?(?:havonta |havi |per month |a month )?"
    r"(?:talán |kb )?"
    r"(?:tudnék|tudok|tudnek|bírnék|bírok|vállalnék|vállalok|menne|megy|is doable|i can do)\b",
)  # fmt: skip
#: Beside a debt's balance, the monthly payment on it: "2 millió van még, havi 85 ezer".
BALANCE_WORDS = (
    r"\bleft\b", r"\bremaining\b", r"\bowe\w*", r"\bowing\b", r"\bbalance\b", r"\boutstanding\b",
    r"\bvan még\b", r"\bvan meg\b", r"\bmaradt\w*", r"\bhátra\w*", r"\btartoz\w*",
    r"\bhátral[eé]k\w*",
    r"还剩", r"剩下", r"欠", r"余额", r"本金", r"总额", r"借了", r"借的", r"\bborrowed\b",
)  # fmt: skip
MONTHLY_BEFORE = (
    r"(?:\bhavi\b|\bhavonta\b|\brészlet\w*|\btörlesztő\w*|\btörlesztés\w*|\bmonthly\b|"
    r"\ba month\b|\bper month\b|\bevery month\b|每月|每个月|"
    r"每個月|月供|月还)\W{0,2}(?:(?:about|around|kb|közel|csak|大概|是|还|要)\W{0,2})?$",
)  # fmt: skip
MONTHLY_AFTER = (
    r"^ ?(?:[$€£¥]|ft|huf|forint\w*|eur\w*|pounds?|dollars?|元|块)? ?"
    r"(?:a month\b|per month\b|monthly\b|/ ?mo\w*|each month\b|every month\b|havonta\b|"
    r"havi\b|-val\b|-vel\b|/ ?hó\b|/ ?月|pm\b|p/m\b|"
    r"(?:az? )?(?:havi )?(?:részlet|törlesztő|törlesztés)\w*|"
    r"-?[aeo]?t (?:fizetek|fizetünk|törlesztek|törlesztünk) (?:havonta|havi|egy hónapban)\b)",
)  # fmt: skip
_OTHER_PEOPLE = _compile(OTHER_PEOPLE)
_CORRECTION = _compile(CORRECTION)
_OF_WHICH = _compile(OF_WHICH)
_TOTAL_BEFORE = _compile(TOTAL_BEFORE)
_TOTAL_AFTER = _compile(TOTAL_AFTER)
_NOW = _compile(NOW_WORDS)
_BEFORE = _compile(BEFORE_WORDS)
_BALANCE = _compile(BALANCE_WORDS)
_MONTHLY_BEFORE = _compile(MONTHLY_BEFORE)
_OFFERED = _compile(OFFERED)
_LATER = _compile(LATER_WORDS)
_OFFERED_AFTER = _compile(OFFERED_AFTER)
_MONTHLY_AFTER = _compile(MONTHLY_AFTER)
#: How many words a marker may stand from the amount it is said of.
_NEAR = 4
_ALL_TOGETHER = _compile(ALL_TOGETHER)
_ITEMS = _compile(ITEMS)
_AND_WORDS = _compile(AND_WORDS)
_OWED = _compile(OWED)
_MONTHLY = _compile(MONTHLY)
_A_NUMBER_IN = re.compile(rf"[0-9]|{_CN_PIECE}")
#: Said of a second amount offered beside the first, as a maybe: "maybe 70 at a push", "talán
#: 30", "实在不行三百".
_HEDGED_BEFORE = _regex(
    r"(?:\bmaybe|\bperhaps|\bpossibly|\bprobably|\bor even|\beven|\btalan|\besetleg|\bakar|"
    r"\bmax(?:imum)?|\bvegso esetben|\bha (?:muszaj|nagyon kell)|也许|可能|或许|实在不行|最多)"
    r"\W{0,2}(?:[$€£¥] ?)?$"
)
_HEDGED_AFTER = re.compile(
    r" ?(?:[$€£¥]|ft|forint\w*|quid|pounds?|元|块)? ?(?:a month |per month |havonta )?"
    r"(?:at a (?:push|stretch)|if (?:pushed|i must|i have to|need be|necessary|really needed)|"
    r"max\b|tops\b|vegso esetben|ha (?:muszaj|nagyon kell)|也行|也可以)"
)


def _item_without_amount(folded: str) -> bool:
    """Whether the items of a list ("rent 800 and food and petrol") include one without an
    amount: an item named after "and", "meg", "还有" that follows an amount and has no number of
    its own. Items named before the one amount ("rent and food come to 900") are its whole."""
    if _ALL_TOGETHER.search(folded):
        return False
    pieces = _AND_WORDS.split(folded)
    numbered = [bool(_A_NUMBER_IN.search(piece)) for piece in pieces]
    if True not in numbered:
        return False
    if _COVERS.search(folded):
        return False  # "450 for food and transport": the amount is for all of them
    after = pieces[numbered.index(True) + 1 :]
    return any(_ITEMS.search(piece) and not _A_NUMBER_IN.search(piece) for piece in after)


_COVERS = re.compile(
    r"[0-9](?: ?(?:k|e|ezer\w*|[$€£¥]|ft|forint\w*|pounds?|dollars?|quid))? "
    r"(?:\(|(?:for|to cover|covers?|altogether for|between|across|on both|for both|with|"
    r"including)\b|"
    r"(?:kb |körülbelül |nagyjából )?(?:az? )"
    r"(?:\w+(?:ra|re) (?:es|meg) (?:az? )?\w+(?:ra|re)\b))"
    r"(?!.*\b(?:also|too|as well|plus)\b)"
)
_NONE_OF_THE_OFFERS = re.compile(
    r"\bnone of (?:them|these|those|the (?:options|plans|offers))\b|\begyik sem\b|\begyiket sem\b|"
    r"\b(?:none|nothing|neither)(?: of (?:it|them|these|those))? "
    r"(?:works?|suits?|fits?|helps?|is (?:affordable|doable|any good)|(?:are|is) for me)\b"
)
_ITEM_JOINERS = _regex(
    rf"\b(?:{_alternatives(ITEM_JOINERS)})\b|[{''.join('加还和以另再大每一个是要花的交付')}]"
)
_NOT_A_LIST = _compile(NOT_A_LIST)
_PLUS_AN_ITEM = re.compile(r"(?:\bplusz?\b|\+)(?= ?[^\W\d])")


def _labelled(segment: str) -> bool:
    """Whether a stretch of text between amounts names something (a word that is not a joiner)."""
    rest = _CURRENCY_AFTER.sub(" ", f" {segment} ")
    rest = _ITEM_JOINERS.sub(" ", _words_only(rest))
    return any(len(word) >= 2 or any(_is_cjk(ch) for ch in word) for word in rest.split())


_EXPLICIT_PLUS = re.compile(r" ?(?:\+|plusz?|加上?) ?")
_BARE_JOINER = re.compile(r" ?(?:,|\+|plusz?|and|es|meg|、|加上?|和) ?")


def _thousands_said_once(numbers: list[_Number]) -> list[_Number]:
    """A list whose last amount carries "thousand" and whose earlier ones are bare and small:
    the word is said once for all ("albérlet 120 + rezsi 40 ezer", "30, 25 és 20 ezer")."""
    last = numbers[-1]
    earlier = numbers[:-1]
    if not (last.scaled and last.value is not None and last.value % 1000 == 0):
        return numbers
    if all(
        not n.scaled and n.value is not None and 0 < n.value < 1000 and n.value == int(n.value)
        for n in earlier
    ):
        return [
            dataclasses.replace(n, value=n.value * 1000, scaled=True) if n.value else n
            for n in earlier
        ] + [last]
    return numbers


_EACH_OF_SEVERAL = _regex(
    r"各(?!种|種|样|樣|类|類|个|個|项|項)|每张|每張|每笔|\beach\b(?! month)|\bapiece\b"
)


def _sum_of_items(
    folded: str, numbers: list[_Number], language: str, *, costs: bool = False
) -> Decimal | None:
    """The sum of a list of items that each have an amount ("rent 800 plus bills 300",
    "房租2000 吃饭1500", "800 for rent and 300 for food"); ``None`` when it is not such a list:
    also when another person's money is among them ("my wife earns 1500 and I earn 2000") and
    when small bare numbers may be thousands ("albérlet 140, rezsi 30": 140 what?)."""
    if len(numbers) < 2 or _NOT_A_LIST.search(folded) or _VARYING_AMOUNT.search(folded):
        return None
    whole = _OF_WHICH.search(folded)
    if (whole and sum(n.end <= whole.start() for n in numbers) == 1) or _said_with_and_without(
        folded, numbers
    ):
        return None  # "1500, of which 900 is rent", "900 without bills, 1200 with": never added
    if _share_of_a_cost(folded, numbers) is not None:
        return None  # "rent 900, my share 450, food 300": a cost and the share of it
    if _EACH_OF_SEVERAL.search(folded):
        return None  # "一张两千, 另外两张各一千": each counts more than once (_products_said_zh)
    people = _OTHER_PEOPLE.search(_THEIR_COST.sub(" ", folded) if costs else folded)
    if people and not _ALL_TOGETHER.search(folded):
        return None
    if _language(language) == "hu" and (
        _OTHER_PEOPLE.search(folded)  # "a feleségemmel együtt 450e, de az enyém 190"
        or not _shares_said(folded, numbers)  # "lakbér 200, a felét a párom fizeti, rezsi 40"
        or _ANOTHER_PERIOD.search(folded)  # "hetente tankolok 15ért, meg a lakbér 120"
        or _CONTRAST.search(folded, numbers[0].end, numbers[-1].start)  # "230, de csak 200"
        or _NOT_EVERY_MONTH.search(folded)  # "fizetés 200, meg 80 ha van túlóra"
    ):
        return None
    if (
        _language(language) == "hu"
        and not any(n.scaled for n in numbers)
        and all(n.value is not None and n.value < 1000 for n in numbers)
        and not _CURRENCY_AFTER.search(folded)
    ):
        return None
    if any(n.value is None or n.negative or n.not_monthly or n.part for n in numbers):
        return None
    numbers = _thousands_said_once(numbers)
    bare = [n.value for n in numbers if not n.scaled and n.value is not None]
    if _language(language) == "hu" and min(bare, default=1000) < 1000 <= max(bare, default=0):
        return None  # "lakás 110 + kaja 60 + bérlet 9500": thousands and forints mixed
    if (
        _language(language) == "hu"
        and any(n.scaled for n in numbers)
        and any(not n.scaled and n.value is not None and n.value < 1000 for n in numbers)
    ):
        return None  # "albérlet 120 ezer plusz rezsi 40": 40 what? ("1k rent plus 400 bills" adds)
    edges = [0, *(edge for n in numbers for edge in (n.start, n.end)), len(folded)]
    segments = [folded[edges[i] : edges[i + 1]] for i in range(0, len(edges), 2)]
    before = all(_labelled(segment) for segment in segments[:-1])
    after = all(_labelled(segment) for segment in segments[1:])
    added = all(_EXPLICIT_PLUS.fullmatch(segment) for segment in segments[1:-1]) or (
        all(_BARE_JOINER.fullmatch(segment) for segment in segments[1:-1])
        and _labelled(segments[0])  # "3 kölcsön: 30, 25 és 20 ezer"
    )
    each = _language(language) == "hu" and all(  # "160 000 ft + a kaja 50 000"
        _labelled(segments[i]) or _labelled(segments[i + 1]) for i in range(len(numbers))
    )
    if not (before or after or added or each):
        return None
    if _language(language) == "hu" and _total_among_parts(numbers, segments):
        return None  # "250: lakbér 150, rezsi 100": a total among its parts, said without a sign
    return sum((n.value for n in numbers if n.value is not None), Decimal(0))


#: In a currency counted in thousands, the bare numbers of a list of items are thousands too:
#: "albérlet 120, rezsi 45, kaja 70" is 235 000 Ft, as people who count in forints write it.
LISTS_IN_THOUSANDS = True


#: A period other than the month anywhere in a list: its amounts are not all a month's.
_ANOTHER_PERIOD = _compile(
    (r"\bhetente\b", r"\bheti\b", r"\bévente\b", r"\bévi\b", r"\bnaponta\b", r"\bnapi\b",
     r"\begy évre\b", r"\begész évre\b", r"\bkéthetente\b", r"\bnegyedévente\b")
)  # fmt: skip
#: A period other than the month anywhere in a list, in any language: a sum is no month's.
_A_PERIOD_IN_A_LIST = _compile(
    (r"\b(?:weekly|fortnightly|bi-?weekly|every (?:other |two |2 )?weeks?|each week|a week|"
     r"per week|a fortnight|daily|a day|per day|every day|each day|yearly|annual(?:ly)?|a year|"
     r"per year)\b(?! ago)",
     r"\bhetente\b", r"\bheti\b", r"\bévente\b", r"\bévi\b", r"\bnaponta\b", r"\bnapi\b",
     r"\bkéthetente\b", r"每周", r"每星期", r"每礼拜", r"一周", r"一星期", r"每天", r"一天",
     r"每年", r"年薪", r"两周")
)  # fmt: skip
#: Said of an amount that does not come every month: no sum of the month's to take.
_NOT_EVERY_MONTH = re.compile(
    r"\bha (?!jol\b)|\bnem (?:mindig|biztos|minden honap\w*)\b|\bbizonytalan\w*|\balkalmi\w*|"
    r"\britkan\b|\bamikor\b"
)
#: Right after the last amount, taking it back: "40 ezer, ja nem, azt már kifizettem".
_RETRACTED = re.compile(
    r"\W+(?:(?:ja|jaj|jah|ah|hopp) )?nem(?: is)?\b(?=\W*(?:[,.!-]|$))(?!.*[0-9])"
)
#: Nothing besides the amount said: "más nincs", "ha nem jön közbe semmi".
_NOTHING_ELSE = _regex(
    r"\b(?:mas|egyeb|tobb) (?:nincs|nincsen)\b|\bnincs (?:mas|egyeb|tobb)\b|"
    r"\bnem jon kozbe semmi\b|\bsemmi (?:gond|baj)\b|"
    # Nothing else besides the amount, or a "nothing" not about money ("none of your business").
    r"\bnone of your (?:business|concern)\b|\bnothing else\b|"
    r"\bnothing (?:fancy|special|extra|much)\b|\bsemmi (?:extra|kulonos|flancos|luxus)\b|"
    r"\bno other (?:income|money)\b|"
    r"\bnem (?:vitatok|tagadok|kerek|mondok) semmit\b|\bsemmi (?:mas|egyeb)\b|"
    r"(?:没有|没|无)(?:其他|其它|别的)(?:的)?收入|(?:别的|其他|其它)(?:的)?(?:都|也)?没(?:有)?了?|"
    # No trouble with it ("azzal nincs gond"), next to no spending besides it
    # ("没什么花销, 给家里八百").
    r"\b(?:(?:azzal|ezzel|vele) )?nincs(?: semmi)? (?:gond|baj|problema)\b|"
    r"\bno (?:problem|issue|trouble)s?(?: with (?:it|that|this|them))?\b|"
    r"(?:没什么|没啥|基本没)(?:什么)?(?:其他|别的)?(?:开销|开支|花销|支出|花费)"
)
#: The rest is not known: one item's amount is no answer ("a rezsi 40, a kaját nem számoltam").
_REST_UNKNOWN = re.compile(
    r"\bfogalmam sincs\b|\b(?:soha |meg )?nem (?:is )?szamoltam\b|"
    r"\b(?:a )?(?:tobbi\w*|\w+(?:rol|rol|rel|ről)) (?:\w+ )?nem tudom\b|\bnem tudom a tobbi\w*"
)
#: A contrast between two amounts ("alapbér 230, de csak 200-at kapok"): no list to add up.
_CONTRAST = re.compile(r"\b(?:de|viszont|azonban|bar)\b")


def _shares_said(folded: str, numbers: list[_Number]) -> bool:
    """Whether every half-and-half word of a list comes just before the share it names ("albérlet
    felezve 75", "a lakbér fele az enyém, az 65"): then the amounts are the cardholder's own."""
    if _HALF_SHARE.search(folded) and any(
        _COST_NAMED.match(folded, n.end) or folded[n.start : n.end].endswith("ezres")
        for n in numbers
    ):
        return False  # "a 140-es albérlet felét fizetem, kaja 40": which is halved?
    for share in _HALF_SHARE.finditer(folded):
        following = [n for n in numbers if n.start >= share.end()]
        if not following or _words_between(folded[share.end() : following[0].start]) > 3:
            return False
        if _COST_NAMED.match(folded, following[0].end) or _WHOLE_COST.search(
            folded, 0, following[0].start
        ):
            return False  # "felezzük a 180-as lakbért": the whole cost, halved
    return True


def _one_out_of_scale(numbers: list[_Number]) -> bool:
    """A list of bare numbers read in thousands where one is out of all scale with the rest
    ("albérlet 140, rezsi 300"): a slip or another unit, no sum to take."""
    bare = sorted(n.value for n in numbers if n.value is not None and not n.scaled)
    if any(n.scaled for n in numbers) or len(bare) < 2 or bare[-1] >= 1000:
        return False
    return bare[-1] >= 300 and bare[-1] >= 2 * bare[-2]


_BREAKDOWN_AFTER = re.compile(r"^ ?(?:ft|forint\w*|huf)? ?[:,(-]")
_BREAKDOWN_BEFORE = re.compile(r"[:,=] ?$")


def _total_among_parts(numbers: list[_Number], segments: list[str]) -> bool:
    """Whether the first amount, unnamed and followed by a colon or comma, or the last, unnamed
    after a comma, is the sum of the others: a total beside its parts ("250: lakbér 150, rezsi
    100"), which adding would count twice."""
    values = [n.value or Decimal(0) for n in numbers]
    if len(values) < 3:
        return False
    first = not _labelled(segments[0]) and _BREAKDOWN_AFTER.match(segments[1])
    last = not _labelled(segments[-1]) and _BREAKDOWN_BEFORE.search(segments[-2])
    return bool(
        (first and 2 * values[0] == sum(values)) or (last and 2 * values[-1] == sum(values))
    )


def _in_thousands(number: _Number, folded: str) -> _Number:
    """A bare whole number below a thousand, without a currency after it, as thousands."""
    value = number.value
    if (
        value is None
        or number.scaled
        or not 0 < value < 1000
        or value != value.to_integral_value()
        or _CURRENCY_AFTER.match(folded, number.end)
    ):
        return number
    return dataclasses.replace(number, value=value * 1000, scaled=True)


def _the_one_meant(
    folded: str,
    numbers: list[_Number],
    language: str,
    *,
    offer: bool = False,
    owed: bool = False,
    corrected: bool = False,
    asked: str = "",
) -> tuple[_Number, bool] | None:
    """See :func:`_settled_on`; in Hungarian a small bare number beside thousands ("régen 300
    ezer volt, most 180") says no amount: 180 what?"""
    found = _settled_on(
        folded,
        numbers,
        offer=offer,
        owed=owed,
        corrected=corrected,
        language=_language(language),
        asked=asked,
    )
    if found is None:
        return None
    number = found[0]
    if (
        _language(language) == "hu"
        and not number.scaled
        and number.value is not None
        and 0 < number.value < 1000
        and not _CURRENCY_AFTER.match(folded, number.end)
    ):
        return None
    return found


def _settled_on(
    folded: str,
    numbers: list[_Number],
    *,
    offer: bool = False,
    owed: bool = False,
    corrected: bool = False,
    language: str = "en",
    asked: str = "",
) -> tuple[_Number, bool] | None:
    """Of several different amounts, the one the message settles on, and whether it is a stated
    total (the whole answer, whatever the items before it): a correction ("2 millió? nem, bocs,
    200 ezer"), the total of a list ("rent 900 plus bills 300 so 1200", "加起来两千五"), today's
    amount beside an earlier one ("was 2800, now 1700"), the monthly payment beside a debt's
    balance ("2 millió van még, havi 85 ezer"). ``None``: no such sign, the amounts stay several.
    ``corrected``: the corrections were made already (see :func:`_corrected`).
    """
    distinct = {n.value for n in numbers}
    if owed:  # "kétmillió a kocsi, ebből 42 ezer a havi törlesztés": the payment is asked
        payment = _payment_beside_balances(folded, numbers)
        if payment is not None:
            return payment, False
    worked_out = _a_month_worked_out(folded, numbers)
    if worked_out is not None:  # "400 a week, so call it 1600 a month", "heti 70, havonta 280"
        return worked_out, True
    beside = settled_beside(folded, numbers, asked) if asked and language in CONTEXT_READ else None
    if beside is not None:  # "you want 250, i can do 100", "45 not 54", "was 3200, now 2500"
        return numbers[beside], False
    corrections = [m.end() for m in _CORRECTION.finditer(folded)]
    if corrections and not corrected:
        after = [n for n in numbers if n.start >= corrections[-1]]
        if after and len(after) < len(numbers) and len({n.value for n in after}) == 1:
            return after[0], False
    net = [n for n in numbers if _NET.search(folded[max(0, n.start - 30) : n.start])]
    internet = language == "hu" and _NET_HU_INTERNET.search(folded)  # "net 6e": a bill
    if len({n.value for n in net}) == 1 and not internet:
        return net[-1], False  # "bruttó 400, abból nettó 266", "265, de kézhez 245"
    # "140 a nyugdíj, ebből 10-et": a part
    wholes = [] if offer else list(_OF_WHICH.finditer(folded))
    for whole in wholes:  # "minden benne van: 245 ezer, ebből 45": the "of which" after an amount
        before = [n for n in numbers if n.end <= whole.start()]
        after = [n for n in numbers if n not in before]
        if len(before) == 1 and all(n.start >= whole.end() for n in after):
            if after and _MY_SHARE.match(folded, whole.end()):
                return after[0], False  # "közösen 300 a lakás, ebből rám 150 jut"
            if (
                asked == "income"
                and len({n.value for n in after}) == 1
                and (
                    _KEPT_AFTER.match(folded, after[-1].end)
                    or _MINE_BEFORE_IT.search(folded, max(0, whole.start() - 10), whole.start())
                )
            ):
                return after[0], False  # "havi 2,5 milliót forgalmaz, nekem ebből 300 marad"
            if (
                asked == "expenses"
                and len({n.value for n in after}) == 1
                and _INCOME_WHOLE.search(folded, 0, whole.start())
                and _SPENT.search(folded, whole.end())
            ):
                return after[0], False  # "a fizetésem 240, ebből kb 200 elmegy a szükségesre"
            if asked == "expenses" and _INCOME_WHOLE.search(folded, 0, whole.start()):
                return None  # "i earn 1500, of which 900 is rent": the whole is no spending
            return before[-1], True  # "250 ezer, amiből 150 a lakbér": 250 is the whole
    share = _share_of_a_cost(folded, numbers)
    if share is not None and len(distinct) == 2 and not offer and asked != "income":
        # "lakbér 150 felezve, az én részem 75": the cardholder's own share. Not of an income:
        # "together 450, mine 190" (whose income is asked is unclear).
        return share, False
    with_it = _with_and_without(folded, numbers)
    if with_it is not None:
        return with_it, True  # "rezsi nélkül 130, rezsivel 175": everything included is the whole
    totals = [
        n
        for n in numbers
        if _TOTAL_BEFORE.search(folded[max(0, n.start - 40) : n.start])
        or _TOTAL_AFTER.match(folded[n.end : n.end + 30])
    ]
    for total in reversed(totals):  # "120 a lakbér és a rezsi együtt, 60 a kaja, az 180"
        said = total.value
        if said is None:
            continue
        others = [n.value for n in numbers if n.value != said and n.value is not None]
        last = numbers[-1].value == said
        if (last and all(value <= said for value in others)) or sum(others) == said:
            return total, True
    *parts, summed = numbers
    if (
        len(parts) >= 2
        and summed.value is not None
        and all(n.value is not None and not n.negative for n in parts)
        and sum(n.value or 0 for n in parts) == summed.value
        and not _ITEMS.search(folded, parts[-1].end, summed.start)
    ):  # "房租1200, 水电200, 吃饭1000, 一个月2400": the sum of the parts said after them
        return summed, True
    now = [n for n in numbers if _marked(folded, n) == "now"]
    if len({n.value for n in now}) == 1 and all(
        n.value == now[0].value
        or _marked(folded, n) == "before"
        or (not offer and _near(folded, n, _LATER))  # an offer in two stages is no one amount
        for n in numbers
    ):
        return now[0], False
    offered = [  # asked for an own amount: the one offered among others said as context
        n
        for n in numbers
        if _OFFERED.search(folded[max(0, n.start - 40) : n.start])
        or _OFFERED_AFTER.match(folded[n.end : n.end + 30])
    ]
    later = any(n not in offered and _near(folded, n, _LATER) for n in numbers)
    hedged = any(  # "could do 60, maybe 70 at a push": a second offer, no one amount
        n not in offered
        and (
            _HEDGED_BEFORE.search(folded, max(0, n.start - 20), n.start)
            or _HEDGED_AFTER.match(folded, n.end)
        )
        for n in numbers
    )
    if offer and len({n.value for n in offered}) == 1 and not later and not hedged:
        return offered[0], False  # "1k is too much for me, i can do 300"
    if len(distinct) > 1:
        payment = _payment_beside_balances(folded, numbers)
        if payment is not None:
            return payment, False
    exact = [n for n in numbers if not n.part]
    if (
        len(exact) < len(numbers)
        and len({n.value for n in exact}) == 1
        and exact[0].value is not None
        and all(n.value is not None for n in numbers)
    ):
        return exact[0], False  # "100 ezer alatt van, kb 95": a bound beside the amount
    return None


#: Right before or after an amount said for the month, beside one said for another period.
_A_MONTH_BEFORE = _compile(
    (
        r"(?:\bhavonta|\bhavi(?: szinten)?|\begy hónapban|\ba month|\bper month|\bmonthly|"
        r"每月|每个月|一个月|一月)"
        r"\W{0,2}(?:(?:úgy|kb|körülbelül|nagyjából|olyan|about|around|roughly|like|算|算是|差不多|大概|就是|"
        r"也就|有|是)\W{0,2}){0,2}$",
    )
)
_A_MONTH_AFTER = _compile(
    (
        r"^ ?(?:[$€£¥]|ft|huf|forint\w*|pounds?|quid|元|块)? ?(?:a month|per month|monthly|havonta|"
        r"egy hónapban|一个月|每月)\b",
    )
)


_A_MONTH_SAID = _regex(
    r"\b(?:havonta|havi|egy honapban|a month|per month|monthly|month)\b|每个?月|一个月"
)


def _a_month_worked_out(folded: str, numbers: list[_Number]) -> _Number | None:
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
            or _A_MONTH_AFTER.match(folded[n.end : n.end + 20])
            # "一天两百, 一个月干二十五天, 差不多五千": the month named on the way to it
            or (
                len(periodic) == 1
                and periodic[0].end <= n.start
                and _A_MONTH_SAID.search(folded, periodic[0].end, n.start) is not None
            )
        )
    ]
    rest = [n for n in numbers if n not in monthly]
    if len(monthly) != 1 or len(rest) != 1 or monthly[0].part or not rest[0].not_monthly:
        return None
    month, other = monthly[0], rest[0]
    if not month.value or not other.value:
        return None
    first, second = sorted((month, other), key=lambda n: n.start)
    if _ITEMS.search(folded, first.end, second.start):
        return None
    ratio = month.value / other.value
    period = _period_of(folded, other)
    worked_out = any(
        low <= ratio <= high
        for name, (low, high) in _MONTHS_WORKED_OUT.items()
        if period is None or name == period
    )
    return month if worked_out else None


#: How a month's amount stands to a week's, a fortnight's, a day's (working days or every day)
#: or a year's it is worked out from.
_MONTHS_WORKED_OUT = {
    "week": (Decimal("3.9"), Decimal("4.4")),
    "fortnight": (Decimal("1.95"), Decimal("2.2")),
    "day": (Decimal(20), Decimal(31)),
    "year": (Decimal(1) / Decimal("12.5"), Decimal(1) / Decimal("11.5")),
}
#: Which period an amount is said for, by the words that say it (the fortnight before the week).
_PERIOD_NAMES = (
    ("fortnight", re.compile(
        r"fortnight|(?:two|2) weeks|bi-?weekly|other week|kethetente|(?:两|2)(?:周|个?星期|个?礼拜)"
        r"|半个?月"
    )),
    ("week", re.compile(r"week|\bwk|\bpw\b|p/w|\bhet(?:ente|i)?\b|\bheten\b|周|週|星期|礼拜|禮拜")),
    ("day", re.compile(r"\bday|daily|\bnap(?:onta|i)\b|天|日")),
    ("year", re.compile(r"year|\byr|annu|\bp\.? ?a\b|\bev(?:ente|i)?\b|\bevben\b|年")),
)  # fmt: skip


def _period_of(folded: str, number: _Number) -> str | None:
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


_WITHOUT = re.compile(
    r"\b(\w{3,}) nelkul\b|\b(?:without|excluding|not including|not counting) (?:the |my )?(\w{3,})|"
    r"(?:不算|不包括|不含|除去)"
)


def _with_and_without(folded: str, numbers: list[_Number]) -> _Number | None:
    """Of two amounts, one said without an item and one with it ("rezsi nélkül 130, rezsivel
    175", "900 without bills, 1200 with bills", "不算水电两千, 算上两千五"): the one with it, if
    larger."""
    pair = _said_with_and_without(folded, numbers)
    if pair is None:
        return None
    more, less = pair[0].value, pair[1].value
    return pair[0] if more is not None and less is not None and more > less else None


def _said_with_and_without(folded: str, numbers: list[_Number]) -> tuple[_Number, _Number] | None:
    """The amount said with an item and the one said without it, if a message says both."""
    if len(numbers) != 2 or len({n.value for n in numbers}) != 2:
        return None
    without = _WITHOUT.search(folded)
    if without is None:
        return None
    item = without[1] or without[2]
    if item is None:
        with_it = re.compile(r"算上|加上|包括|含")
    elif without[1]:
        stem = re.escape(item[: max(3, len(item) - 1)])
        with_it = re.compile(rf"\b{stem}\w*(?:v?[ae]l)\b|\b{re.escape(item)} (?:is|egyutt)\b")
    else:
        with_it = re.compile(rf"\b(?:with|including|incl\.?) (?:the |my )?{re.escape(item)}\b")
    found = with_it.search(folded, without.end())
    if found is None:
        found = with_it.search(folded, 0, without.start())
    if found is None:
        return None
    clauses = {n.start: _clause(folded, n) for n in numbers}
    said_with = [n for n in numbers if clauses[n.start][0] <= found.start() < clauses[n.start][1]]
    said_without = [
        n for n in numbers if clauses[n.start][0] <= without.start() < clauses[n.start][1]
    ]
    if len(said_with) != 1 or len(said_without) != 1 or said_with == said_without:
        return None
    return said_with[0], said_without[0]


#: Languages whose amounts said as context beside the answer are set aside (see
#: :mod:`dialogs.understanding.beside`).
CONTEXT_READ = frozenset({"en", "zh"})
#: Said of a whole that is income ("a fizetésem 240, ebből..."), and of a part of it that goes
#: on living ("...kb 200 elmegy"): asked for spending, the part is the answer.
_INCOME_WHOLE = _regex(
    r"\b(?:fizetes\w*|jovedelm\w*|keres(?:ek|unk)|nyugdij\w*|berem\w*|earn\w*|income|wages?|"
    r"salary|take[- ]home)\b|工资|收入|月薪|到手"
)
_SPENT = re.compile(
    r"\b(?:el ?megy|megy el|el ?koltok|koltok|koltunk|kiad\w*|szukseges\w*|alapvet\w*|"
    r"goes(?: out)?|go(?: out)?|spend|spent|essentials|outgoings|living costs)\b|"
    r"花|开销|开支|生活费|用掉"
)
#: Take-home pay, beside pay before tax ("bruttó 400, nettó 266", "kézhez 245").
_NET = _regex(
    r"(?:\bnetto\w*|\bkezhez\b|\bafter tax\b|\btake[- ]home\b|\bnet\b|税后|到手|实发)"
    r"\W*(?:(?:kb|kb\.|about|around|is|kapok|megkapok|i get|got)\W+){0,2}$|"
    r"(?:落|拿|剩|留)(?:到|在)(?:自己|我)?(?:的)?手(?:里|上|中|头)"
    r"(?:也就|就|只有|大概|差不多|能有|有|也就是|才|的|是)*$"
)
#: "net" is the internet in Hungarian: "net 6e" is a bill, not take-home pay.
_NET_HU_INTERNET = re.compile(r"\bnet\b")
#: Right before the cardholder's own share of a cost said beside it: "az én részem 75", "my
#: half is 400", "我那一半是八百".
_MINE_BEFORE = _regex(
    r"(?:\baz (?:en )?(?:reszem|felem)|\baz enyem|\bmy (?:share|half|part|portion|bit))"
    r"(?: (?:is|of (?:it|that|this)|csak|kb|about|around))*\W{0,2}(?:[$€£] ?)?$|"
    r"我(?:的|这|那)?(?:部分|一半|份)(?:是|大概|大约)?$|我(?:自己)?(?:出|承担|分摊)(?:大概|大约)?$"
)
#: Said after a cost, that someone else pays part of it: "700 rent, half of it paid by my
#: brother", "房租两千 跟室友平摊". The cardholder's own share is not said: asked again.
_SPLIT = _regex(
    r"\bhalf (?:of )?(?:it|that|this|the \w+) (?:is )?(?:paid|covered) by\b|"
    r"\b(?:pays?|paying|covers?|covering) half\b|"
    r"\bsplit (?:it |that |this |the \w+ )?(?:with|between|50/50|fifty[- ]fifty|in half)\b|"
    r"\b(?:50/50|fifty[- ]fifty)\b|"
    r"平摊|分摊|\baa制?|一人一半|各(?:付|出|承担)一半|对半"
)


def _share_of_a_cost(folded: str, numbers: list[_Number]) -> _Number | None:
    """The cardholder's own share ("my half is", "az én részem", "我出") said right after the
    larger cost it is a share of, with no other item named between them ("房贷四千我出两千";
    not "房租三千, 水电我出两百", where 200 is another item)."""
    for cost, share in itertools.pairwise(numbers):
        if (
            _MINE_BEFORE.search(folded, max(0, share.start - 30), share.start)
            and cost.value is not None
            and share.value is not None
            and cost.value > share.value
            and not _ITEMS.search(folded, cost.end, share.start)
        ):
            return share
    return None


#: Of an income's whole (a turnover), what is left to the cardholder: "nekem ebből 300 marad".
_KEPT_AFTER = re.compile(r" ?(?:ft|forint\w*)? ?(?:marad|jut)\b")
_MINE_BEFORE_IT = re.compile(r"\b(?:nekem|nalam|hozzam)\W*$")
#: Right after "of which", the cardholder's own share: "ebből rám 150 jut", "abból nekem 90".
_MY_SHARE = re.compile(
    r"\W*(?:(?:en|csak|kb|is) )*(?:ram|nekem|az enyem|en fizetek|az (?:en )?(?:felem|reszem))\b"
)


def _payment_beside_balances(folded: str, numbers: list[_Number]) -> _Number | None:
    """The one monthly payment said beside debts' balances: "2 millió van még, havi 85 ezer",
    "6 millió a lakáshitel, 74e a törlesztő"."""
    monthly = [
        n
        for n in numbers
        if _MONTHLY_BEFORE.search(folded[max(0, n.start - 30) : n.start])
        or _MONTHLY_AFTER.match(folded[n.end : n.end + 30])
    ]
    if len({n.value for n in monthly}) != 1 or len({n.value for n in numbers}) < 2:
        return None
    balances = [n for n in numbers if n.value != monthly[0].value]
    payment = monthly[0].value or Decimal(0)
    if all(
        _near(folded, n, _BALANCE) or (n.value is not None and n.value >= 20 * payment > 0)
        for n in balances
    ):
        return monthly[0]
    return None


def _corrected(folded: str, numbers: list[_Number]) -> tuple[list[_Number], _Number | None]:
    """A list of amounts with each one taken back by a correction right after it dropped:
    "lakbér 150 rezsi 40... bocs a rezsi 50, kaja 60" is 150, 50 and 60, "lakbér 120, kaja 80,
    nem, inkább 100" is 120 and 100. Also the amount that corrects a stated total ("so 1100,
    sorry 1200"): it is the whole answer."""
    marks = [m.end() for m in _CORRECTION.finditer(folded)]
    if not marks:
        return numbers, None
    said_before = [n for n in numbers if n.end < marks[-1]]
    said_after = {n.value for n in numbers if n.start >= marks[-1]}
    if (len(said_before) < 2 and len(said_after) < 2) or _NOT_A_LIST.search(folded, 0, marks[-1]):
        return numbers, None  # "300, bocs 320": the whole answer corrected (see _settled_on)
    kept: list[_Number] = []
    whole = None
    for i, number in enumerate(numbers):
        following = numbers[i + 1] if i + 1 < len(numbers) else None
        if following is None or not any(number.end < m <= following.start for m in marks):
            kept.append(number)
        elif _TOTAL_BEFORE.search(folded[max(0, number.start - 40) : number.start]):
            whole = following
    return kept, whole


def _words_between(text: str) -> int:
    return len(_words_only(text).split()) + sum(1 for ch in text if _is_cjk(ch)) // 2


def _near(folded: str, number: _Number, words: re.Pattern[str]) -> bool:
    """Whether one of ``words`` stands within a few words of ``number``."""
    for match in words.finditer(folded):
        if match.end() <= number.start:
            between = folded[match.end() : number.start]
        elif match.start() >= number.end:
            between = folded[number.end : match.start()]
        else:
            continue
        if _words_between(between) <= _NEAR:
            return True
    return False


_CLAUSE_BREAK = _regex(
    r"[,.;!?\uff0c\u3002\uff1b\uff01\uff1f]"
    r"|\b(?:but|though|although|de|viszont|azonban|de most)\b|但是?|可是|不过"
    r"|(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])"
)


def _clause(folded: str, number: _Number) -> tuple[int, int]:
    """Where the clause of ``number`` starts and ends (punctuation, "but", a space in Chinese)."""
    start, end = 0, len(folded)
    for brk in _CLAUSE_BREAK.finditer(folded):
        if brk.end() <= number.start:
            start = brk.end()
        elif brk.start() >= number.end:
            end = brk.start()
            break
    return start, end


_TO_AN_AMOUNT = re.compile(r"-?r[ae]\b")
_FROM_AN_AMOUNT = re.compile(r"-?r[oó]l\b")


def _marked(folded: str, number: _Number) -> str | None:
    """``"now"`` or ``"before"``: the nearer of the two kinds of word around ``number`` in its
    clause."""
    if _TO_AN_AMOUNT.match(folded, number.end):
        return "now"  # "320-ról 250-re": from one amount to another
    if _FROM_AN_AMOUNT.match(folded, number.end):
        return "before"
    nearest: tuple[int, int, str] | None = None
    start, end = _clause(folded, number)
    for kind, words in (("now", _NOW), ("before", _BEFORE)):
        for match in words.finditer(folded, start, end):
            if match.end() <= number.start:
                distance, side = _words_between(folded[match.end() : number.start]), 0
            elif match.start() >= number.end:
                distance, side = _words_between(folded[number.end : match.start()]), 1
            else:
                continue
            if distance <= _NEAR and (nearest is None or (distance, side) < nearest[:2]):
                nearest = (distance, side, kind)
    return nearest[2] if nearest else None


def read_amount(
    text: str,
    language: str,
    *,
    limit: Decimal = Decimal(10) ** 9,
    items: bool = False,
    owed: bool = False,
    offer: bool = False,
    in_thousands: bool = False,
    asked: str = "",
) -> AmountReading:
    """An amount of money typed by a cardholder, or why it could not be read.

    Understood: digits with the separators of ``language`` (see :func:`_parse_arabic` for the
    exact rules), full-width digits, any kind of space between groups of three, a currency sign
    or word before or after (``$``, ``€``, ``£``, ``¥``, ``Ft``, ``HUF``, ``forint``, ``元``,
    ``块``, ``RMB``), multipliers (``8k``, ``8 ezer``, ``250e``, ``2 million``), Chinese numerals
    (``三千``, ``一万二千``, ``1.2万``, ``3万5``), and words for nothing (``zero``, ``nulla``,
    ``零``, ``没有收入``): zero is an amount (an income of 0 means no job). The number may sit in a
    short sentence ("about 8000 a month", "我每月收入8000元", "havonta 250 000 Ft").

    Not amounts, and so left aside: numbers of months, years, weeks or days ("for 3 months",
    "3个月"), per cents, ordinals ("15th", "第3"), children or cards ("2 kids", "两张卡").

    Problems, in this order: ``EMPTY`` (nothing typed); ``NOT_A_NUMBER`` (no number at all);
    ``AMBIGUOUS`` (separators that could be read two ways, two different numbers such as
    "8000 or 9000" or a range "8000-9000", "七八千", "几千"); ``NEGATIVE`` ("-500", also with the
    minus sign U+2212, "minus 500"); ``TOO_LARGE`` (above ``limit``). The same number said twice
    is fine. With ``items``, a list of items that each have an amount is their sum ("rent 800
    plus bills 300" is 1100, "房租2000 吃饭1500" 3500), but one amount beside an item without
    one ("rent 800 and food") is ambiguous. With ``owed`` (monthly payments on debts are asked), a
    debt owed without a monthly word ("i owe 5000", "欠别人五万") is ambiguous: it is a balance.
    With ``offer`` (an own monthly amount is asked), the amount offered ("i can do 300") is the
    answer among amounts said as context ("my income is 900, 1k is too much"). With
    ``in_thousands`` (a currency people count in thousands), a bare whole number below a
    thousand, said without a currency, is thousands: "kézhez 245", "lakbér 110, rezsi 30".
    """
    plain = _normalize(text)
    if not plain:
        return AmountReading(None, AmountProblem.EMPTY)
    folded = _spell_out(_fold(plain), language)
    folded = _THIS_CARD_LEFT_OUT.sub(" ", folded)  # "1100 not counting the card": all asked
    if _language(language) == "hu":  # "11 ezer 500": eleven thousand five hundred
        folded = _THOUSAND_AND_HUNDREDS.sub(r"\1\2", folded)
    if items:  # "rent 800 plus bills 300": this "plus" joins items, it is no "800 plus"
        folded = _PLUS_AN_ITEM.sub("and", folded)
    with localcontext(_ARITHMETIC):
        numbers = [n for n in _numbers(folded, _language(language)) if n.unit is None]
        if in_thousands and len([n for n in numbers if n.strong]) == 1:
            numbers = [_in_thousands(n, folded) for n in numbers]  # a list stays as said
        chosen = [n for n in numbers if n.strong]
        if not chosen and numbers and _is_just_a_number(folded):
            chosen = numbers
        if not offer:  # "不超过两千" of the spending is a bound; of an own offer, its amount
            chosen = [_as_a_bound(n, folded) for n in chosen]
        if not chosen and owed and _AT_SOURCE.search(folded) and _NOTHING_BESIDES.search(folded):
            return AmountReading(
                Decimal(0), None
            )  # "student loan comes out my wages, nothing else"
        if not chosen:
            zero = _ZERO_WORDS.search(folded) or _ZERO_WORDS.search(_words_only(folded))
            if zero and not _VAGUE_AMOUNT.search(folded):
                return AmountReading(Decimal(0), None)
            if zero:  # "nincs fix jövedelmem, ahogy jön": no fixed amount, not none at all
                return AmountReading(None, AmountProblem.AMBIGUOUS)
            return AmountReading(None, AmountProblem.NOT_A_NUMBER)
        if _a_range(folded, chosen):
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "2-300 ezer", "900 to 1000"
        split = _split_in_a_month(folded, chosen) if offer and _language(language) == "en" else None
        if split is not None:
            return _within(split, limit)  # "50 on the 1st and another 25 mid month"
        if _language(language) == "zh" and _EACH_ZH.search(folded):
            product = _products_said_zh(folded, _numbers(folded, "zh"))
        elif _language(language) == "zh" and offer:
            product = _split_in_a_month_zh(folded, _numbers(folded, "zh"))
        else:
            product = _product_said(folded, chosen) if _language(language) == "en" else None
        if product is not None and not (owed and _OWED.search(folded)):
            return _within(product, limit)  # "3 other cards, roughly 50 each"
        corrected = False
        if items and len(chosen) > 1:
            kept, retotalled = _corrected(folded, chosen)
            if retotalled is not None and retotalled.value is not None:
                retotalled = _in_thousands(retotalled, folded) if in_thousands else retotalled
                assert retotalled.value is not None
                return _within(retotalled.value, limit)
            corrected = len(kept) < len(chosen)
            chosen = kept
            if in_thousands and len(chosen) == 1:
                chosen = [_in_thousands(chosen[0], folded)]
        several = len({(n.negative, n.value) for n in chosen}) > 1
        # In a currency counted in thousands, the one amount a message settles on is read as
        # thousands too ("régen 420 volt, most 190"); a list keeps its numbers as said.
        scaled = [_in_thousands(n, folded) for n in chosen] if in_thousands else chosen
        varying = bool(_VARYING_AMOUNT.search(folded))  # "most 170 se elég", "hol 200 hol 250"
        meant = (
            _the_one_meant(
                folded, scaled, language, offer=offer, owed=owed, corrected=corrected, asked=asked
            )
            if several and not varying
            else None
        )
        if meant is not None:
            number, whole = meant
            if number.value is not None and (
                whole or not (number.part or number.not_monthly or number.negative)
            ):
                return (
                    AmountReading(number.value, None)
                    if number.value <= limit
                    else AmountReading(None, AmountProblem.TOO_LARGE)
                )
        listed = scaled if LISTS_IN_THOUSANDS else chosen
        total = (
            _sum_of_items(folded, listed, language, costs=asked == "expenses")
            if items
            and several
            and not (in_thousands and _one_out_of_scale(chosen))
            and not _A_PERIOD_IN_A_LIST.search(folded)  # "fortnightly shop 160, rent 600"
            and not _item_without_amount(folded)  # "房贷2500, 网贷700, 还有信用卡"
            else None
        )
        if total is not None:
            return (
                AmountReading(total, None)
                if total <= limit
                else AmountReading(None, AmountProblem.TOO_LARGE)
            )
        if any(n.value is None for n in chosen) or several:
            return AmountReading(None, AmountProblem.AMBIGUOUS)
        if any(n.not_monthly for n in chosen):
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "400 a week": not a month's
        if any(n.part for n in chosen) or _PART_OF_IT.search(folded):
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "rent alone is 900", "300多"
        if _VARYING_AMOUNT.search(folded):
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "60 ezer, a többi változó"
        if _language(language) == "hu" and (
            (_ANOTHER_PERIOD.search(folded) and not _MONTHLY.search(folded))  # "évente 240"
            or _REST_UNKNOWN.search(folded)  # "a lakbér 140, a többiről fogalmam sincs"
        ):
            return AmountReading(None, AmountProblem.AMBIGUOUS)
        if items and _item_without_amount(folded):
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "rent 800 and food and petrol"
        if owed and _OWED.search(folded) and not _MONTHLY.search(folded):
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "i owe 5000": not a month's
        shared = _SPLIT.search(folded, chosen[0].end)
        if items and shared and not _MINE_BEFORE.search(folded, 0, chosen[0].start):
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "700 rent, my brother pays half"
        if items and _HALF_SHARE.search(folded):
            return _my_half(folded, chosen[0], limit)  # "lakáshitel 160, a párommal felezzük"
        words = _words_only(_NUMBER_RE.sub(" ", folded))  # 零 of 一千零五 is not "nothing"
        words = _NONE_OF_THE_OFFERS.sub(" ", words)  # "none of them work, but 120 would"
        words = _NOTHING_ELSE.sub(" ", words)  # "rokkantnyugdíj 98 ezer, más nincs"
        if _RETRACTED.match(folded, chosen[-1].end):  # "a személyi 40 ezer, ja nem, azt már..."
            return (
                AmountReading(Decimal(0), None)
                if _ZERO_WORDS.search(_words_only(folded[chosen[-1].end :]))
                else AmountReading(None, AmountProblem.AMBIGUOUS)
            )
        if (
            _marked(folded, chosen[0]) == "before"
            and _ZERO_WORDS.search(words)
            and _NOW.search(folded)
        ):
            return AmountReading(Decimal(0), None)  # "most semmi, múlt hónapig 320 volt"
        if not offer and _nothing_now_amount_later(folded, chosen[0]):
            return AmountReading(Decimal(0), None)  # "most semmi, ha meglesz a munka akkor 260"
        if chosen[0].value and _ZERO_WORDS.search(words):
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "he earns 2k, I earn nothing"
        number = chosen[0]
        assert number.value is not None
        if _marked(folded, number) == "before" and (
            not _NOW.search(folded) or _language(language) == "hu"
        ):
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "it was 150": and now?
        if number.negative and number.value > 0:
            return AmountReading(None, AmountProblem.NEGATIVE)
        if number.value > limit:
            return AmountReading(None, AmountProblem.TOO_LARGE)
        return AmountReading(number.value, None)


#: An upper bound that is not an own offer's ceiling: "不超过两千", "no more than 900".
_UPPER_BOUND = _regex(
    r"(?:不超过|不会超过|\b(?:no|not|never) more than|\bnem tobb,? mint)\W{0,2}(?:[$€£¥] ?)?$"
)


def _as_a_bound(number: _Number, folded: str) -> _Number:
    """``number``, a part (a bound) if an upper bound is said right before it."""
    if number.part or not _UPPER_BOUND.search(folded, max(0, number.start - 20), number.start):
        return number
    return dataclasses.replace(number, part=True)


#: Between two amounts, a range: "2-300 ezer", "£900 to £1,000", "3000~4000", "两千到三千".
_RANGE_BETWEEN = re.compile(
    r"^ ?(?:[$€£¥]|ft|huf|forint\w*|pounds?|quid|元|块)? ?"
    r"(?:-|\u2013|\u2014|~|to|till|until|tol|到|至) ?(?:[$€£¥] ?)?$"
)


def _a_range(folded: str, numbers: list[_Number]) -> bool:
    """Whether two amounts one after the other make a range: no single amount is said."""
    return any(
        first.value != second.value and _RANGE_BETWEEN.match(folded[first.end : second.start])
        for first, second in itertools.pairwise(numbers)
    )


#: Said of an amount to come, or one that depends on something: "ha meglesz a munka, akkor 260",
#: "1200 once i start", "如果找到工作有三千".
_TO_COME = re.compile(
    r"\b(?:ha|majd|akkor|if|once|when|will|gonna|from next)\b|\b\w*lesz\b|'ll\b|"
    r"如果|要是|以后|之后|到时候|下个?月(?:起|开始)"
)


def _nothing_now_amount_later(folded: str, number: _Number) -> bool:
    """Whether a message says nothing comes in now, and the one amount only later or if something
    happens: "ha meglesz az új munka akkor 260, most semmi" (the month's amount is 0)."""
    start, end = _clause(folded, number)
    if not _TO_COME.search(folded, start, end) or _NOW.search(folded, start, end):
        return False
    others = _CLAUSE_BREAK.split(folded[:start]) + _CLAUSE_BREAK.split(folded[end:])
    return any(
        _ZERO_WORDS.search(clause) and _NOW.search(clause) and not _TO_COME.search(clause)
        for clause in map(str.strip, others)
    )


#: A debt paid before the pay reaches the cardholder: "comes out of my wages", "levonják a
#: fizetésemből", "从工资里扣". It leaves no monthly payment of their own to count.
_AT_SOURCE = _regex(
    r"\b(?:comes?|taken|deducted|paid) (?:straight )?(?:out (?:of )?|off |from )(?:my |the )?"
    r"(?:wages?|pay(?:slip|check|packet)?|salary|payroll)\b|\bat source\b|"
    r"\blevon\w* (?:a |az )?(?:fizetes|ber)\w*|\b(?:fizetes|ber)\w*bol (?:vonj|levon)\w*|"
    r"(?:从|在)工资(?:里|中)?(?:直接)?扣"
)
#: Nothing besides what was named: "nothing else", "más nincs", "别的没有".
_NOTHING_BESIDES = _regex(
    r"\bnothing else\b|\bno other\b|\bthat'?s (?:it|all)\b|\b(?:mas|egyeb) nincs\w*|"
    r"\bnincs (?:mas|egyeb)\w*|(?:别的|其他|其它)(?:都)?没(?:有)?"
)


_SMALL_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_COUNT = rf"([0-9]|{'|'.join(_SMALL_COUNTS)})"
_EACH_AMOUNT = r"(?:[$€£] ?)?([0-9]+(?:\.[0-9]{1,2})?)(?: ?(?:quid|pounds?|pound))?"
#: N things at M each ("3 other cards, roughly 50 each", "four store cards, 25 on each"), or N
#: payments of M in a month ("2 x £50 a month", "2 payments of 40 each month"): N times M.
_PRODUCT_SAID = (
    re.compile(
        rf"\b{_COUNT} (?:[a-z]+ ){{0,2}}(?:cards?|loans?|debts?|catalogues?|accounts?|lenders?|"
        rf"bills?|ones)\b[^0-9]{{0,25}}?{_EACH_AMOUNT} ?(?:each|apiece|a piece|on each|for each|"
        r"per (?:card|loan|debt|one|account))\b(?! (?:week|fortnight|year|day|month))"
    ),
    re.compile(rf"\b{_COUNT} ?(?:x|times) ?{_EACH_AMOUNT}"),
    re.compile(rf"\b{_COUNT} (?:payments?|instal\w*) of {_EACH_AMOUNT}"),
)
#: N payments of M are a month's only when a month is said ("12 x 50" is a term and its payment).
_IN_A_MONTH = re.compile(
    r"\b(?:a|per|each|every|in a|in the) month\b|\bmonthly\b|\bpm\b|\btwice a month\b"
)

_OTHER_PERIOD = re.compile(
    r"\b(?:weeks?|weekly|fortnights?|fortnightly|years?|yearly|annual\w*|days?|daily)\b"
)

#: A day of the month a payment is made on: "on the 1st", "mid month", "at the end of the month"
#: (matched right after an amount).
_DAY_OF_THE_MONTH = re.compile(
    r"\W*(?:(?:a month|quid|pounds?) )?(?:on |at |by |around )?(?:the )?"
    r"(?:[0-9]{1,2}(?:st|nd|rd|th)\b|mid[- ]?month|middle of (?:the )?month|"
    r"(?:end|start|beginning) of (?:the )?month|(?:each |on |every )?payday)"
)
_AND_ANOTHER = re.compile(r"\W*(?:and|plus|then)(?: (?:another|a further|then))?\W*(?:[$€£] ?)?$")


def _split_in_a_month(folded: str, chosen: list[_Number]) -> Decimal | None:
    """The month's total of an offer paid in two parts on days of the month ("50 on the 1st and
    another 25 mid month"): both amounts said with their day, joined by "and"."""
    amounts = [n for n in chosen if n.unit is None]
    if len(amounts) != 2 or any(n.value is None or n.not_monthly or n.part for n in amounts):
        return None
    first, second = amounts
    gap = folded[first.end : second.start]
    day = _DAY_OF_THE_MONTH.match(gap)
    if day is None or not _AND_ANOTHER.match(gap[day.end() :]):
        return None
    if not _DAY_OF_THE_MONTH.match(folded, second.end) or _LATER.search(folded):
        return None
    if re.search(r"\b(?:next|following|after that)\b", folded):
        return None  # "50 on the 1st and 25 on the 1st of next month": two months
    assert first.value is not None and second.value is not None
    return first.value + second.value


_EACH_ZH = re.compile(r"各(?!种|種|样|樣|类|類|个|個|项|項)|每张|每張")


def _products_said_zh(folded: str, numbers: list[_Number]) -> Decimal | None:
    """The sum over cards of what each is said to take, in Chinese: "另外三张卡, 每张每个月还一千"
    is 3000, "一张卡每月还两千, 另外两张各一千" 4000. Each amount goes with the count of cards
    said last before it: times that count when "each" (各, 每张) stands between them, as said
    after one card; every count must go with one amount."""
    counts = [n for n in numbers if n.unit == "count" and folded[n.end : n.end + 1] in "张張"]
    amounts = [n for n in numbers if n.unit is None and n.strong]
    if not counts or not amounts:
        return None
    total, used = Decimal(0), set()
    for amount in amounts:
        before = [c for c in counts if c.end <= amount.start]
        if not before or amount.value is None or amount.not_monthly or amount.negative:
            return None
        count = before[-1]
        if count.start in used or count.value is None:
            return None
        used.add(count.start)
        if _EACH_ZH.search(folded, count.end, amount.start):
            total += count.value * amount.value
        elif count.value == 1:
            total += amount.value
        else:
            return None  # "三张卡每月还三千": three cards, together or each?
    return total if len(used) == len(counts) else None


#: Said between the two parts of a month's payment: "每月一号还五百, 十五号再还五百".
_AGAIN_ZH = re.compile(r"再|又|另外")


def _split_in_a_month_zh(folded: str, numbers: list[_Number]) -> Decimal | None:
    """The month's total of an offer paid in two parts on days of the month, in Chinese: "每月一
    号还五百, 十五号再还五百" is 1000. Each amount right after its day, the second said "again"."""
    amounts = [n for n in numbers if n.unit is None and n.strong]
    days = [n for n in numbers if n.unit == "day" and folded[n.end : n.end + 1] in "号號"]
    if len(amounts) != 2 or len(days) != 2 or "下个月" in folded or "下個月" in folded:
        return None
    first, second = amounts
    if not (days[0].end <= first.start < days[1].start < second.start):
        return None
    if first.start - days[0].end > 3 or second.start - days[1].end > 4:
        return None
    if not _AGAIN_ZH.search(folded, days[1].end, second.start) or first.value is None:
        return None
    return first.value + second.value if second.value is not None else None


def _product_said(folded: str, chosen: list[_Number]) -> Decimal | None:
    """N times M, when the message is N things at M each (see :data:`_PRODUCT_SAID`) and says no
    other amount."""
    for i, pattern in enumerate(_PRODUCT_SAID):
        match = pattern.search(folded)
        if match is None or (i and not _IN_A_MONTH.search(folded)):
            continue
        if _OTHER_PERIOD.search(folded):
            return None  # "2 loans, 100 each a week": not a month's
        each = [n for n in chosen if n.start == match.start(2)]
        if len(each) != 1 or each[0].value is None or each[0].not_monthly or each[0].part:
            return None
        if any(n.start not in (match.start(1), match.start(2)) for n in chosen):
            return None  # "rent 800 and 3 cards at 50 each": more than the product
        count = _SMALL_COUNTS.get(match[1]) or int(match[1])
        return count * each[0].value if count > 1 else None
    return None


_THOUSAND_AND_HUNDREDS = re.compile(
    r"(?<![0-9.,])([0-9]{1,3}) ?ezer (?:es )?([0-9]{3})(?![0-9.,]| ?(?:ezer|e\b|k\b|rugo|millio))"
)


def _within(amount: Decimal, limit: Decimal) -> AmountReading:
    return (
        AmountReading(amount, None)
        if amount <= limit
        else AmountReading(None, AmountProblem.TOO_LARGE)
    )


#: A cost shared half and half: "a felét fizetem", "felezzük", "fele-fele", "ketten fizetjük".
HALF_SHARE = (
    r"\bfelét\b", r"\bfelez\w*", r"\bmegfelez\w*", r"\bfele-fele\b", r"\bketten fizetj\w*",
    r"\bfele az enyém\b", r"\bfele rám\b",
)  # fmt: skip
_HALF_SHARE = _compile(HALF_SHARE)
#: Said right before an amount, it is the whole cost ("a teljes részlet 150", "közösen 300").
_WHOLE_COST = re.compile(r"\b(?:teljes|egesz|kozos(?:en)?|osszesen)\b(?:\W+\w+){0,2}\W*$")
#: Said right after an amount, it is the whole cost: "a 150-es lakbér", "a 96 ezres hitel".
_COST_NAMED = re.compile(r"-?(?:[aeo]s|ezres|es)\b")


def _my_half(folded: str, number: _Number, limit: Decimal) -> AmountReading:
    """The cardholder's share of the one amount, when a cost is shared half and half.

    Half of it when it is named as the whole ("a 150-es lakbér felét", "a teljes részlet 150")
    or when, after it, the cardholder says they split it or pay half ("lakáshitel 160, a
    párommal felezzük", "140, felét én fizetem"). The amount as said when it is the share ("a
    másik felét a férjem fizeti", "a felét fizetem, kb 70"). Otherwise ("40 ezer, a felét a
    férjem fizeti": whose 40?) it is asked again."""
    assert number.value is not None
    share = _HALF_SHARE.search(folded)
    assert share is not None
    if _OTHER_HALF.search(folded):
        return _within(number.value, limit)
    named_whole = (
        _COST_NAMED.match(folded, number.end)
        or folded[number.start : number.end].endswith("ezres")
        or _WHOLE_COST.search(folded, 0, number.start)
    )
    if named_whole or (share.start() >= number.end and _WE_SPLIT.search(folded, number.end)):
        return _within(number.value / 2, limit)
    if share.start() < number.end:
        return _within(number.value, limit)
    return AmountReading(None, AmountProblem.AMBIGUOUS)


#: The cardholder pays half, or splits the cost: "felezzük", "fele-fele", "felét én fizetem".
_WE_SPLIT = re.compile(
    r"\b(?:meg)?felezz?uk\b|\bfele-fele\b|\bketten fizetj\w*|"
    r"\bfelet (?:en |csak )?(?:fizetem|allom|adom)\b|\ben (?:csak )?a felet\b"
)
#: The other half is someone else's: the amount said is the cardholder's own.
_OTHER_HALF = _regex(r"\bmasik fel\w*")


def says_amount_for_another_period(text: str, language: str) -> bool:
    """Whether an amount is said only per week, day, year or hour ("i could pay 40 a week",
    "每周还200"): someone who wants to propose an amount, but not yet a monthly one."""
    folded = _spell_out(_fold(_normalize(text)), language)
    with localcontext(_ARITHMETIC):
        numbers = [n for n in _numbers(folded, _language(language)) if n.unit is None and n.strong]
    return bool(numbers) and all(n.not_monthly for n in numbers)


# ================================================================================================
# Months
# ================================================================================================

_MONTH_UNIT_AHEAD = r"(?= ?(?:months?\b|honap|ho\b|years?\b|ev|个月|個月|月|年))"
_MONTH_REWRITES = (
    tuple(
        (re.compile(rf"\b{re.escape(_fold(word))}\b"), str(value))
        for word, value in sorted(MONTH_NUMBER_WORDS.items(), key=lambda item: -len(item[0]))
    )
    + tuple(  # before the phrases, which read ranges: "három-hat hónap" is "3-6 hónap"
        (re.compile(rf"\b{re.escape(_fold(word))}\b{_MONTH_UNIT_AHEAD}"), str(value))
        for word, value in MONTH_NUMBER_WORDS_BEFORE_UNIT.items()
        if value > 1
    )
    + tuple(
        (re.compile(_fold(pattern)), _fold(replacement)) for pattern, replacement in MONTH_PHRASES
    )
    + tuple(  # after them: "a month or two" is a phrase
        (re.compile(rf"\b{re.escape(_fold(word))}\b{_MONTH_UNIT_AHEAD}"), str(value))
        for word, value in MONTH_NUMBER_WORDS_BEFORE_UNIT.items()
        if value == 1
    )
)
_ONE_ALONE = re.compile(r"(?:one|egy)")


_DAYS_IN_A_MONTH = Decimal("30.44")


def _months_of(number: _Number) -> int | None:
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


def _two_durations_as_a_range(folded: str, numbers: list[_Number]) -> bool:
    """Whether two durations, each with its unit, are said one after the other as alternatives."""
    if len(numbers) != 2 or any(n.unit not in ("month", "year") for n in numbers):
        return False
    first, second = sorted(numbers, key=lambda n: n.start)
    return bool(_BETWEEN_DURATIONS.match(folded[first.end : second.start]))


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
    plain = _normalize(text)
    if not plain:
        return None
    folded = _fold(plain)
    if _ONE_ALONE.fullmatch(folded):
        return 1
    if _language(language) == "en":
        folded = _EN_TYPO.sub(lambda m: _EN_TYPOS[m[0]], folded)  # "thre months"
    for pattern, replacement in _MONTH_REWRITES:
        folded = pattern.sub(replacement, folded)
    with localcontext(_ARITHMETIC):
        numbers = _numbers(folded, _language(language))
        dated = [n for n in numbers if n.unit in ("month", "year")]
        if not dated:
            shorter = {_months_of(n) for n in numbers if n.unit in ("week", "day")}
            if shorter:
                return shorter.pop() if len(shorter) == 1 else None
        bare = [n for n in numbers if n.unit is None and (n.strong or _is_just_a_number(folded))]
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
        if len(months) != 1:
            return None
        (value,) = months
        if value != value.to_integral_value() or not 1 <= value <= 120:
            return None
        return int(value)


# ================================================================================================
# Yes, no, and choosing by number
# ================================================================================================

_YES_NO_VOCABULARY: dict[str, bool | None] = {
    **{_fold(w): None for w in POLITE_WORDS},
    **{_fold(w): False for w in NO_WORDS},
    **{_fold(w): True for w in YES_WORDS},
}
_YES_NO_PHRASES = sorted(_YES_NO_VOCABULARY, key=len, reverse=True)
#: A yes or a no is short; a long message is an answer of another kind.
_SHORT_ANSWER = 60
_RESERVATION = _regex(r"\b(?:but|however|though|de|viszont|azonban|csak)\b|但是|但|不过|可是|吗|嗎")


def _phrases(text: str, phrases: list[str]) -> list[str] | None:
    """``text`` cut into known phrases, longest first; ``None`` if anything else is left.

    A Latin phrase must end at a word boundary ("no" is not the start of "nope"); Chinese has no
    spaces, so 好的谢谢 is 好的 + 谢谢 and 对不起 ("sorry") does not cut into known phrases.
    """
    found, i = [], 0
    while i < len(text):
        if text[i] == " ":
            i += 1
            continue
        for phrase in phrases:
            if text.startswith(phrase, i):
                after = i + len(phrase)
                if (
                    after < len(text)
                    and not _is_cjk(phrase[-1])
                    and text[after].isalnum()
                    and not _is_cjk(text[after])
                ):
                    continue
                found.append(phrase)
                i = after
                break
        else:
            return None
    return found


def read_yes_no(text: str, language: str) -> bool | None:
    """``True`` for a yes, ``False`` for a no, in any of the three languages; ``None`` otherwise.

    The whole message must be made of yes words (yes, y, yeah, ok, sure, igen, persze, jó, 是,
    是的, 对, 好, 可以, 嗯, 👍 …) or of no words (no, n, nope, nem, 不, 不是, 否, 没有, 👎 …),
    with polite words allowed ("yes please", "nem, köszönöm", "好的谢谢"). A mix ("yes no"), a
    reservation ("yes but …", "好吗"), or anything else ("I don't know", "对不起") is ``None``:
    the question is asked again rather than guessed.
    """
    plain = _normalize(text)
    for emoji, word in EMOJI_ANSWERS.items():
        plain = plain.replace(emoji, word)
    folded = _fold(plain)
    if _RESERVATION.search(folded):
        return None
    words = _words_only(folded)
    phrases = _phrases(words, _YES_NO_PHRASES) if len(words) <= _SHORT_ANSWER else None
    if not phrases:
        return None
    answers = {_YES_NO_VOCABULARY[p] for p in phrases} - {None}
    return answers.pop() if len(answers) == 1 else None


_CHOICE_RE = re.compile(
    rf"(?:(?:{_alternatives(CHOICE_BEFORE)}) ?)*"
    rf"(?:(?P<digits>[0-9]{{1,3}})|(?P<word>{_alternatives(ORDINAL_WORDS)})|(?P<chinese>[{_CN_NUMERALS}]{{1,3}}))"
    rf"(?: ?(?:{_alternatives(CHOICE_AFTER)}))*"
)
_ORDINALS = {_fold(word): value for word, value in ORDINAL_WORDS.items()}


def read_choice_number(text: str, count: int) -> int | None:
    """The number of a listed option, 1-based; ``None`` unless it is between 1 and ``count``.

    "2" (full-width too), "#2", "option 2", "2.", "the second one", "a kettes", "第二个", "方案2".

    The message must be the choice and nothing else, so an amount ("2000") or a decimal ("2.5")
    is not taken for an option.
    """
    folded = _fold(_normalize(text))
    if len(folded) > 60 or re.search(r"[0-9][.,][0-9]|^-", folded):
        return None
    match = _CHOICE_RE.fullmatch(_words_only(folded))
    if match is None:
        return None
    if match["digits"]:
        number = int(match["digits"])
    elif match["word"]:
        number = _ORDINALS[match["word"]]
    else:
        with localcontext(_ARITHMETIC):
            chinese = _parse_chinese(match["chinese"], "zh")
        if (
            chinese is None
            or chinese.value is None
            or chinese.value != chinese.value.to_integral_value()
        ):
            return None
        number = int(chinese.value)
    return number if 1 <= number <= count else None


_OPTION_NAMED = re.compile(
    r"\b(?:option|opt|number|no\.?|nr|num|choice|plan|opcio\w*|lehetoseg\w*|valasztas)"
    r" ?(?:#|no\.? ?|number )?([0-9]{1,2})\b(?![.,][0-9]| ?(?:k|e|ezer\w*|[$€£¥]|ft|months?|"
    r"honap\w*|payments?|reszlet\w*)\b)"
    r"|\b([0-9]{1,2})(?:\.|-?(?:as|es|os|ik|s))? ?(?:option|opcio\w*|lehetoseg\w*|szamu)\b"
    r"|(?:第|方案|选项|选)([0-9])(?![0-9])"
)


def read_option_named(text: str, count: int) -> int | None:
    """An option named by its number inside a longer message: "lets do number 6", "option 4 the
    hardship", "a 3-as opciót kérném", "我要方案2那个"; ``None`` unless between 1 and ``count``."""
    found = {
        int(next(group for group in match.groups() if group))
        for match in _OPTION_NAMED.finditer(_fold(_normalize(text)))
    }
    return found.pop() if len(found) == 1 and 1 <= min(found) <= count else None


# ================================================================================================
# Intents, causes, vulnerability
# ================================================================================================

_REQUEST_BEFORE = _alternatives(REQUEST_BEFORE)
_REQUEST_AFTER = _alternatives(REQUEST_AFTER)
_WHOLE_MESSAGE = {
    intent: re.compile(
        rf"(?:(?:{_REQUEST_BEFORE}) ?)*(?:{_alternatives(patterns)})(?: ?(?:{_REQUEST_AFTER}))*"
    )
    for intent, patterns in INTENT_WHOLE_MESSAGE.items()
}
_IN_A_SENTENCE = {
    intent: _compile(patterns) for intent, patterns in INTENT_IN_A_SENTENCE.items() if patterns
}
_COMMAND_RE = re.compile(r"/([a-z]+)(?:@\w+)?(?: .*)?")
#: A request said in the whole message is short; longer texts are only searched for phrases.
_SHORT_MESSAGE = 60


def read_intent(text: str, language: str, *, in_sentences: bool = True) -> Intent | None:
    """What the cardholder asks for, whatever the current question, in any of the three languages.

    Read in this order: a command (``/person``, ``/stop``, ``/resume``, ``/help``, ``/language``,
    ``/plan``); then the whole (short) message as a request, give or take "please", "I want to",
    "请", "kérem" (:data:`INTENT_WHOLE_MESSAGE`); then, unless ``in_sentences`` is false, phrases
    that carry a request inside a longer message (:data:`INTENT_IN_A_SENTENCE`). Intents are
    tried in the order of :class:`Intent`, so "talk to a person about my plan" asks for a person.
    ``None`` otherwise: "no", "yes", "I can't stop worrying", "I need help paying" are answers,
    not requests.
    """
    folded = _fold(_normalize(text))
    command = _COMMAND_RE.fullmatch(folded)
    if command:
        return COMMANDS.get(command[1])
    words = _words_only(folded)
    if len(words) <= _SHORT_MESSAGE:
        for intent, pattern in _WHOLE_MESSAGE.items():
            if pattern.fullmatch(words):
                return intent
    if not in_sentences:
        return None
    for intent, pattern in _IN_A_SENTENCE.items():
        if pattern.search(folded) or pattern.search(words):
            return intent
    return None


_CAUSES = {cause: _compile(patterns) for cause, patterns in CAUSE_PHRASES.items()}

#: A relative or someone close: their illness is a family emergency, not the cardholder's own.
RELATIVES = (
    r"\b(?:my |our |his |her )(?:mother|mom|mum|mommy|mummy|father|dad|daddy|parents?|wife|"
    r"husband|partner|spouse|son|daughter|child|children|kids?|baby|brother|sister|grandma|"
    r"grandpa|grandmother|grandfather|grandparents?|uncle|aunt|cousin|nephew|niece|in-laws?|"
    r"fianc\w*|boyfriend|girlfriend|family|relatives?|mother-in-law|father-in-law)\b",
    r"\b(?:mom|mum|dad)'?s?\b", r"\brelatives?\b", r"\bfamily member\b",
    r"\b(?:anyám|anyu\w*|anyukám|anyósom|apám|apu\w*|apukám|apósom|szüleim|feleségem|férjem|"
    r"párom|fiam|lányom|gyerekem|gyermekem|gyerekeim|babánk|babám|testvérem|bátyám|öcsém|"
    r"nővérem|húgom|nagymamám|nagyim|nagyapám|nagypapám|nagyszüleim|unokám|családtag|kisfiam|"
    r"kislányom|kisbabám|gyerekünk|fiunk|lányunk)\w*",
    r"\brokon\w*",
    r"妈|媽|爸|父亲|父親|母亲|母親|老婆|老公|妻子|丈夫|孩子|儿子|兒子|女儿|女兒|宝宝|寶寶|哥哥|姐姐|"
    r"弟弟|妹妹|爷爷|爺爺|奶奶|外公|外婆|姥姥|姥爷|亲戚|親戚|家人|家里人|老人|公公|婆婆|岳父|岳母",
)  # fmt: skip
_RELATIVES = _compile(RELATIVES)
#: Another earner of the household lost their job: the cardholder's income went down.
PARTNER_LOST_JOB = (
    r"\b(?:my |our )?(?:husband|wife|partner|hubby|spouse|boyfriend|girlfriend|dad|mum|mom|"
    r"father|mother)\b(?: \w+){0,2} (?:lost (?:his|her|their) job|got (?:laid off|fired|sacked)|"
    r"was (?:laid off|made redundant|fired|sacked)|is (?:unemployed|out of work))",
    r"\b(?:a )?(?:férjem|feleségem|párom|élettársam)\w* (?:\w+ )?(?:elvesztette|kirúgták|"
    r"elbocsátották|munkanélküli)",
    r"(?:老公|老婆|丈夫|妻子|爱人|对象)(?:他|她)?(?:失业|被裁|被辞退|下岗|丢了工作)",
)  # fmt: skip
_PARTNER_LOST_JOB = _compile(PARTNER_LOST_JOB)


def read_cause(text: str, language: str) -> Cause | None:
    """Why the payment is late, from free text in any of the three languages; ``None`` if unsaid.

    Causes are tried in the order of :data:`CAUSE_PHRASES` (dispute first, then job loss,
    illness, reduced income, family emergency, business trouble, forgetting), so "I lost my job
    because I was ill" is a job loss. A relative's illness is a family emergency ("my dad had a
    stroke", "anyám beteg", "我妈住院了"). Negations are not parsed ("not sick" still names
    illness); the dialogue confirms the cause before it matters.
    """
    folded = _fold(_normalize(text))
    for cause, pattern in _CAUSES.items():
        if pattern.search(folded):
            if cause is Cause.DISPUTE and (
                _own_money_lost(text) or not pattern.search(_NOT_DISPUTE.sub(" ", folded))
            ):
                continue  # a scam that took their savings, or "not disputing it": not a dispute
            written_for = _WRITTEN_FOR_THE_CARDHOLDER.search(folded)
            if cause in (Cause.JOB_LOSS, Cause.ILLNESS) and written_for:
                return cause  # "writing for my dad, the cardholder: he had a stroke"
            if cause is Cause.JOB_LOSS and _PARTNER_LOST_JOB.search(folded):
                return Cause.REDUCED_INCOME  # "my husband lost his job": less coming in
            if cause is Cause.ILLNESS and _RELATIVES.search(folded):
                return Cause.FAMILY_EMERGENCY  # "my dad had a stroke"
            if cause is not Cause.JOB_LOSS and _GAMBLING.search(folded):
                return Cause.OTHER  # "szerencsejáték, de már kezelésre járok": not an illness
            return cause
    if _own_money_lost(text) or _RENT_RISE.search(folded) or _GAMBLING.search(folded):
        return Cause.OTHER  # a scam took their own money; the rent went up
    return None


#: Gambling: one of the causes the buttons call "something else", treated or not.
_GAMBLING = _compile(
    (r"\bgambl\w*", r"\bbetting\b", r"\bbookies\b", r"\bcasino\w*", r"\bszerencsejáték\w*",
     r"\bkaszinó\w*", r"\bsportfogad\w*", r"\bjátékfügg\w*", r"\bnyerőgép\w*", r"赌", r"博彩",
     r"彩票")
)  # fmt: skip


#: The rent put up: one of the causes the buttons call "something else".
_RENT_RISE = _compile(
    (
        r"\brent (?:\w+ )?(?:went|has gone|had gone|shot|jumped|rose|has risen|increased|doubled|"
        r"was put|got put|is going) up\b",
        r"\brent (?:\w+ )?(?:jumped|rose|increased|doubled|went through the roof)\b",
        r"\b(?:put|putting|raised|hiked|increased|upped|bumped) (?:up )?(?:the |my |our )?rent\b",
        r"\brent (?:rise|increase|hike)s?\b",
        r"\b(?:lakbér|albérlet|bérleti díj)\w* (?:\w+ )?(?:emel|nőtt|drágul|felment|megemel|"
        r"megnőtt|duplájára)\w*",
        r"\b(?:meg)?emel\w* (?:\w+ )?(?:a |az )?(?:lakbér|albérlet|bérleti díj)\w*",
        r"涨(?:了)?[0-9一二两三四五六七八九十百千块元]*房租",
        r"房租(?:又|也|突然)?涨",
    )
)


_VULNERABILITY = Phrases(VULNERABILITY_PHRASES)
_VULNERABILITY_WITH_ACCENTS = re.compile("|".join(VULNERABILITY_PHRASES_WITH_ACCENTS))


def signals_vulnerability(text: str) -> bool:
    """Whether the message says something that needs a person's care before any negotiation.

    All languages at once (:data:`VULNERABILITY_PHRASES`): suicide or self-harm, a death, grave
    illness, a mental-health crisis, confusion. A false alarm costs a specialist a minute; a
    missed one can cost far more, so the phrases lean towards flagging.
    """
    plain = _normalize(text)
    return bool(_VULNERABILITY.search(_fold(plain)) or _VULNERABILITY_WITH_ACCENTS.search(plain))


# ================================================================================================
# "I don't know"
# ================================================================================================

DONT_KNOW = (
    r"\b(?:i )?(?:don'?t|do not|dunno) know\b", r"\bdunno\b", r"\bidk\b", r"\bnot sure\b",
    r"\bno idea\b", r"\bno clue\b", r"\bunknown\b", r"\bunsure\b", r"\buncertain\b",
    r"\bnot certain\b", r"\bhard to (?:say|tell)\b", r"\bwho knows\b", r"\bcan'?t (?:say|tell)\b",
    r"\bnot known\b", r"\bno way (?:to|of) knowing\b",
    r"\bhave ?n'?t (?:got )?(?:a|the) (?:clue|foggiest|faintest)\b", r"\bnot a clue\b",
    r"\bcould be (?:\w+ ){1,2}(?:or )?could be\b", r"\bhow (?:would|should|do) i know\b",
    r"哪知道", r"怎么知道", r"天知道",
    r"不知道", r"不确定", r"說不準", r"说不准", r"不清楚", r"不好说", r"说不好", r"很难说", r"难说",
    r"难讲", r"難說", r"没准", r"不一定", r"还不知道", r"谁知道", r"没(?:有)?头绪", r"说不上来",
    r"\bnem tudom\b(?! (?:ki|be|vissza|meg)?fizetni\b)", r"\bnem tudni\b", r"\bfogalmam sincs\b",
    r"\bgőzöm (?:sincs|sem)\b",
    r"\bnem biztos\b",
    r"\bbizonytalan\w*", r"\bnehéz megmondani\b", r"\bki tudja\b", r"\bnem lehet tudni\b",
    r"\bmég nem tudni\b", r"\bpassz\b", r"\btalán\b", r"\blehet,? hogy\b", r"^lehet$",
    r"^(?:maybe|perhaps|possibly|could be|we'?ll see)$", r"\bmaybe,? maybe not\b",
    r"^(?:也许|或许|可能吧|可能|看情况|走着瞧)$", r"\bmajd (?:kiderül|meglátjuk)\b",
    r"\b(?:it )?depends (?:on|if|whether|when)\b", r"^(?:it )?depends$", r"\battól függ\w*",
    r"^要看", r"取决于", r"看(?:能不能|是否|情况)",
    r"\b50 ?[/-]? ?50\b", r"\bfifty[- ]?fifty\b", r"\bfifti[- ]?fifti\b", r"一半一半", r"五五开",
)  # fmt: skip
_DONT_KNOW = _compile(DONT_KNOW)


#: Not knowing what the question means or how to answer it: a call for help, not an answer.
QUESTION_NOT_UNDERSTOOD = (
    r"\b(?:don'?t|do not|dunno) (?:know|understand|get) (?:what (?:this|that|it|you) means?|"
    r"what you mean|how to answer|what to (?:answer|say|put|type))\b",
    r"\bnem (?:tudom|értem),? (?:hogy )?(?:mit jelent|mit kell|mire gondol|hogy(?:an)? "
    r"válaszolj)\w*",
    r"不(?:知道|明白|懂)(?:该|要|应该)?(?:怎么|如何)(?:回答|答|选|填)",
    r"不(?:知道|明白|懂)(?:这|你)?(?:是)?什么意思",
)  # fmt: skip
_QUESTION_NOT_UNDERSTOOD = _compile(QUESTION_NOT_UNDERSTOOD)


def says_dont_know(text: str) -> bool:
    """An honest "I don't know" (when will income recover?) is an answer, not a failure; not
    knowing what the question means is not one."""
    folded = _fold(_normalize(text))
    return bool(_DONT_KNOW.search(folded)) and not _QUESTION_NOT_UNDERSTOOD.search(folded)


# ================================================================================================
# Distress and dispute: heard at every question
# ================================================================================================

#: A person in crisis: self-harm, hopelessness, not coping. Read before anything else at every
#: question, in every language, tuned for recall: a false alarm costs a hand-off, a miss a person.
DISTRESS_PHRASES = (
    # en
    r"\bsuicid\w*", r"\bkill(?:ing)? my ?self\b", r"\bend (?:it all|my life|everything)\b",
    r"\bending it all\b", r"\btake my (?:own )?life\b", r"\bself[- ]?harm\w*",
    r"\b(?:hurt|harm|cut)(?:ting)? my ?self\b",
    r"\b(?:don't|do not|dont) (?:want|wanna) (?:to )?"
    r"(?:live|be alive|go on|be here|exist|wake up)\b",
    r"\bno (?:reason|point) (?:to live|in living|living|going on)\b", r"\bnothing to live for\b",
    r"\bbetter off dead\b", r"\bwish i (?:was|were) dead\b", r"\b(?:want|wanna) to die\b",
    r"\bbetter off (?:if i (?:was|were|wasn'?t|weren'?t) )?(?:dead|gone|here|around|without me)\b",
    r"\bif i (?:was|were) (?:dead|gone)\b", r"\b(?:everyone|everybody|they|my family|my kids) "
    r"(?:would be|will be|is|are|'d be) better off\b",
    r"\bwanna die\b", r"\bwant(?:ed)? (?:it|everything) (?:all )?to (?:end|stop|be over)\b",
    r"\b(?:can't|cannot|cant|can not|couldn't) (?:go on|take (?:it|this|any ?more)|cope|handle "
    r"(?:it|this|anything)|do this any ?more|carry on|keep going|bear (?:it|this))\b",
    r"\bhopeless\w*", r"\bno (?:way out|hope|future)\b", r"\blost all hope\b",
    r"\bgive up on (?:everything|life|myself)\b", r"\bgiving up on (?:everything|life)\b",
    r"\bend of my (?:rope|tether)\b",
    r"\b(?:nervous |mental )?breakdown\b(?! of)", r"\bpanic attacks?\b",
    r"\b(?:i'm|im|i am|so|feel|feeling|getting) desperate\b",
    r"\b(?:i'm|im|i am) (?:so )?done with (?:life|everything|it all)\b", r"\bdespair\w*",
    r"\bcrying (?:all|every)\b", r"\bcan'?t stop crying\b", r"\bsee no way\b",
    r"\bnever wake up\b", r"\b(?:don't|do not|dont) want to wake up\b",
    r"\b(?:nothing|no one|nobody) (?:left|cares)\b", r"\bwhat'?s the point\b",
    r"\boverwhelm\w*",
    r"\b(?:sucide|suicde|suiside|suisid\w*|sucidal|suicid|suecide|suic1de)\b",
    r"\bkil+ (?:my ?self|mysel|myslef|mysef)\b", r"\b(?:end|off|unalive) my ?self\b",
    r"\bunalive\w*", r"\bkms\b", r"\boverdos\w*", r"\btake all (?:the|my) pills\b",
    r"\b(?:jump|jumping) (?:off|in front of)\b", r"\bhang my ?self\b",
    r"\b(?:want|going|gonna|planning|thinking (?:about|of)) (?:to )?end(?:ing)? (?:it|things)\b",
    r"\bnot (?:be|being) (?:around|here) (?:anymore|any more|much longer|for long)\b",
    r"\b(?:want|wanna) to (?:disappear|vanish|not exist)\b", r"\bnot worth living\b",
    r"\blife (?:isn't|isnt|is not|aint) worth\b", r"\bno point (?:in )?(?:anything|trying|life)\b",
    r"\b(?:don't|dont|do not|can't|cant|cannot) see (?:a|any) (?:way|future|point|light|exit)\b",
    r"\bno light at the end\b", r"\bway out of this (?:life|mess|hole)\b",
    r"\b(?:i give up|i've given up|ive given up|i have given up|giving up on me)\b",
    r"\b(?:not|barely|struggling to|unable to|can't|cant) cop(?:e|ing)\b",
    r"\b(?:i'm|im|i am) (?:breaking down|falling apart|at breaking point|not ok(?:ay)?|drowning)\b",
    r"\bmy life is (?:falling apart|over|a mess|ruined)\b", r"\bbreaking point\b",
    r"\b(?:hit )?rock bottom\b", r"\blosing my mind\b", r"\bgoing (?:crazy|insane)\b",
    r"\bdrowning in (?:debt|bills)\b", r"\b(?:everything|life) (?:is|feels) pointless\b",
    r"\bhelpless\w*", r"\bworthless\b", r"\bin (?:a )?crisis\b",
    r"\b(?:can't|cant|cannot) (?:take|handle|do) (?:it|this|anything) any ?more\b",
    r"\b(?:can't|cant|cannot) (?:sleep|eat|breathe) (?:at all|anymore|because)\b",
    r"\bno one would (?:miss|care)\b", r"\bnobody would (?:miss|care)\b",
    r"\b(?:dark|bad) (?:thoughts|place)\b", r"\bsee no (?:future|point|hope)\b",
    r"\bnothing (?:matters|makes sense) (?:any ?more|now|to me|at all)\b",
    r"\bthink\w* (?:about|of) (?:end(?:ing)? (?:it|things|my life|everything)|kill\w* my ?self|"
    r"suicide|taking my (?:own )?life|not being (?:here|around))\b",
    r"\bbetter (?:off )?without me\b", r"\b(?:rather|better) (?:be )?dead\b",
    r"\bnothing (?:will|is going to|'?ll) ever (?:get|be|go) (?:better|ok(?:ay)?|good|right)\b",
    r"\b(?:my life|life|things) (?:will|is going to|'?ll) never (?:get|be) "
    r"(?:better|ok(?:ay)?|good|normal) (?:again|for me)\b",
    r"\b(?:won'?t|will not|not going to|not gonna) (?:even |still )?be (?:here|around|alive)\b",
    r"\b(?:be|still be) (?:around|alive|here) (?:that|so|much) long\b",
    r"\bwill to (?:live|go on|carry on|keep going)\b",
    r"\b(?:tired|sick|exhausted) of (?:living|life|being alive)\b",
    r"\b(?:feel|feeling|i'm|im|i am) (?:so |completely |totally |really )?trapped\b",
    r"\bcry(?:ing)? (?:myself to sleep|every (?:night|day)|all (?:day|night|the time))\b",
    r"\b(?:hopless|hopeles|hopelss|hopelessnes)\w*", r"\bkil+ing my ?self\b",
    r"\b(?:can'?t|cannot) (?:see|find) (?:a |any )?(?:reason|way) to (?:go on|live|carry on)\b",
    r"\bfalling to pieces\b", r"\b(?:i'm|im|i am) (?:sinking|going under|a burden)\b",
    r"\b(?:a|such a) burden (?:to|on|for) (?:everyone|everybody|my family|them|my kids)\b",
    r"\bpsych(?:iatric)? (?:ward|hospital|unit)\b", r"\bsuicide (?:note|letter)s?\b",
    r"\b(?:goodbye|farewell) (?:letter|note|message)s?\b",
    r"\bletters? to my (?:kids|children|family)\b",
    r"\b(?:won'?t|will not|wont) matter (?:soon|for long|much longer|anymore)\b",
    r"\b(?:can'?t|cannot) face (?:anything|anyone|life|it all|another day|tomorrow)\b",
    r"\b(?:can'?t|cannot|couldn'?t) (?:even )?face (?:my )?(?:family|kids|children|wife|husband|"
    r"parents|people|them|anybody)\b",
    r"\b(?:not|isn'?t|isnt) in a (?:good|great|right|healthy) (?:place|way|state)\b"
    r"(?! (?:financially|money|with money|money-?wise)\b)",
    r"\bhow much (?:more|longer) (?:of this |of it )?i can (?:take|handle|cope|stand|bear|go on)\b",
    r"\bnot (?:to )?wake up\b", r"\bhaven'?t eaten (?:in|for) (?:days|\d+ days|a week)\b",
    r"\b(?:nearly|almost) (?:took|swallowed|overdosed|ended)\b",
    r"\btook (?:all|a lot of|loads of) (?:my |the )?(?:tablets|pills)\b",
    r"\b(?:scared|afraid|frightened) (?:of )?what i (?:might|could|would|will) do\b",
    r"\b(?:won'?t|will never|never gonna|not going to) get better\W+nothing (?:will|does|ever)\b",
    r"\bnothing (?:will|ever will)\W+(?:i'?m|i am) done\b",
    r"\b(?:having|had|on the verge of|close to) an? (?:\w+ )?"
    r"(?:break ?down|brake ?down|melt ?down)\b",
    r"\bmelt(?:ing)? ?down\b(?! of)", r"\b(?:falling|fallen) apart\b",
    r"\b(?:having|had|going through|in the middle of) an? (?:\w+ ){0,3}"
    r"(?:crisis|collapse|episode)\b",
    r"\bmental health (?:crisis|emergency|has (?:collapsed|gone))\b",
    r"\b(?:won'?t|will not|wont) (?:be )?need(?:ing)? (?:it|money|anything|any of it) "
    r"(?:soon|much longer|for long|any ?more|where i'?m going)\b",
    r"\bwish i could (?:just )?(?:disappear|vanish|sleep forever)\b",
    # Not coping, said as a state: "i can barely function", "i'm in pieces", "a complete wreck".
    r"\b(?:i|i'?m|im|i am) (?:\w+ ){0,2}(?:can'?t|cannot|can not|barely|hardly|unable to|"
    r"not able to|struggling to) (?:even |properly )?function\b(?! without)",
    r"\b(?:i(?:'ve| have)? )?stopped functioning\b",
    r"\b(?:i|i'?ve|i have|i'?m|im|i am)(?: \w+)? (?:went|gone|going|fallen|falling|fell) to "
    r"(?:pieces|bits)\b",
    r"\bi (?:\w+ )?fell apart\b",
    r"\bmy (?:whole )?life (?:has |had |is |just )?(?:fallen|falling|fell) "
    r"(?:apart|to (?:bits|pieces))\b",
    r"\b(?:barely|only just|hardly) (?:holding on|hanging on|surviving|"
    r"(?:holding|keeping) (?:it|myself|things) together)\b",
    r"\b(?:i'?m|im|i am|i feel|feeling|left me) (?:(?:completely|totally|absolutely|just|still|"
    r"all|so) )?in (?:pieces|bits|tatters)\b",
    r"\bmental health (?:is |has been |was )?"
    r"(?:in (?:tatters|pieces|bits)|shot|wrecked|destroyed)\b",
    r"\bnerves are (?:shot|gone|in (?:tatters|pieces|bits))\b",
    r"\b(?:i'?m|im|i am) (?:\w+ )?(?:an? )?(?:emotional |nervous |mental |complete |total |"
    r"absolute )*wreck\b",
    r"\b(?:emotionally|mentally) (?:destroyed|broken|shattered|wrecked)\b",
    r"\b(?:no way|don'?t (?:know|see) how) i (?:can|could|will|'?ll) (?:get|make it|pull) "
    r"through (?:this|it|another (?:day|week))\b(?! (?:month|week|year|winter|christmas))",
    r"\bnothing (?:seems|feels|is) worth (?:it|anything|living|doing|trying)\b",
    r"\b(?:i'?m|im|i am|been|feel(?:ing)?|living) on the edge\b(?! of)",
    r"\b(?:in|into|down) (?:a |such a |this )?(?:really |very )?(?:dark|deep) (?:hole|pit)\b",
    r"\b(?:has|have|it'?s|is|this|it) (?:completely |totally )?(?:crushed|broken|destroyed) me\b",
    r"\b(?:suicide|overdose) attempt\b", r"\battempted (?:suicide|to (?:kill|end|take))\b",
    r"\btried to (?:kill|end|hurt|harm) my ?(?:self|life)\b",
    # Said indirectly: no reason left to go on, not sleeping, worthless or a burden, the family
    # better off without them, a partner's violence feared ("he'll hurt me if he finds out").
    r"\bno (?:reason|point|will|motivation) (?:left )?(?:to|in|for) (?:live|living|go(?:ing)? on|"
    r"keep(?:ing)? going|carry(?:ing)? on|continu\w*|get(?:ting)? up|wak(?:e|ing) up|stay(?:ing)?|"
    r"be(?:ing)? (?:here|alive))\b",
    r"\bnothing (?:left )?to (?:live|keep going|carry on|go on|get up|wake up|stay) for\b",
    r"\bnothing (?:left )?to look forward to\b",
    r"\b(?:can'?t|cannot|can not|couldn'?t|unable to) (?:get to |fall a)?sleep\b",
    r"\b(?:haven'?t|have not|hasn'?t|not|hardly|barely|never) (?:been )?(?:properly )?"
    r"(?:slept|sleeping)\b", r"\b(?:lie|lying|laying|lay) awake\b", r"\bsleepless\b",
    r"\binsomnia\b",
    r"\b(?:i'?m|im|i am|i feel|feel(?:ing)?|i'?ve become|i have become)(?: \w+){0,2} "
    r"(?:a |an |such a |just a |complete |total |utter )*"
    r"(?:failure|waste of (?:space|a life|oxygen|air)|useless(?! (?:with|at|when)\b)|"
    r"no use to anyone|no good to anyone|good for nothing|nobody(?!')|burden)\b",
    r"\b(?:don'?t|do not|dont) want to be a burden\b",
    r"\b(?:they|everyone|everybody|my (?:family|kids|children|wife|husband|partner)) "
    r"(?:would|will|'d) (?:all )?(?:be )?(?:fine|better|happier|ok(?:ay)?|easier) without me\b",
    r"\b(?:tired|sick|exhausted|had enough) of (?:everything|it all|all of it|life|living|"
    r"fighting|being alive)\b",
    r"\b(?:he|she|husband|wife|partner|boyfriend|girlfriend|ex)(?:'ll|'d| will| would| is going "
    r"to| gonna| might| could)? (?:\w+ )?(?:hurt|hit|beat|kill|attack|batter|strangle|slap|punch|"
    r"threaten)(?:s|ed)? me\b",
    r"\b(?:hits|beats|batters|slaps|punches|chokes|strangles|abuses) me\b",
    r"\b(?:domestic (?:abuse|violence)|abusive (?:husband|wife|partner|boyfriend|relationship|"
    r"marriage))\b",
    r"\b(?:scared|afraid|frightened|terrified) (?:of|for) (?:my (?:husband|partner|boyfriend|wife|"
    r"ex)|my (?:life|safety)|him)\b",
    r"\b(?:scared|afraid|frightened|terrified) (?:of )?what (?:he|she)(?:'ll| will| would|'d|"
    r" might) do\b",
    # hu
    r"\bnem sokáig leszek (?:már )?itt\b", r"\bmire (?:már )?nem leszek\b",
    r"\bnem leszek (?:már )?(?:itt|életben)\b", r"\bcsak a fájdalom\b",
    r"\böngyilkos\w*", r"\bmegölöm magam\b", r"\bmegolom magam\b", r"\bvégzek magammal\b",
    r"\bvéget (?:akarok |szeretnék )?vet\w*", r"\bvégét vet\w*", r"\bvége mindennek\b",
    r"\bnem akarok (?:tovább |már |többé )?élni\b", r"\bnem tudok (?:tovább |így )?élni\b",
    r"\bnincs értelme (?:élni|az életnek|semminek|az egésznek)\b", r"\bmeg akarok halni\b",
    r"\bmeghalni\b", r"\bminek éljek\b", r"\bjobb lenne,? ha (?:nem lennék|meghalnék)\b",
    r"\bkiút(?:ja|at|talan\w*)?\b", r"\bkiutat\b", r"\bkilátástalan\w*", r"\breménytelen\w*",
    r"\bnincs (?:több )?remény\w*",
    # "feladtam a csekket" is "I posted the cheque"; "nem bírom ezt a részletet", "I cannot pay".
    r"(?<!postán )(?<!postan )\bfeladtam\b"
    r"(?! (?:a |az )?(?:csekk|levél|level|utalás|csomag|postá))",
    r"\bfeladom\b(?! (?:a |az )?(?:csekk|levél|level|csomag))",
    r"\bnem bírom (?:tovább|már|többet|elviselni)\b",
    r"\bnem bírom ezt\b(?! (?:a |az )?(?:részlet|törleszt|összeg|havi|tervet|kamat|díj))",
    r"\bnem bírok (?:tovább|már|többet)\b(?! (?:fizetni|befizetni|adni|törleszteni))",
    r"\bvégeznék magammal\b", r"\bmeghalnék\b", r"\bmeg szeretnék halni\b",
    r"\bha (?:még )?megérem\b", r"\bha még itt leszek\b",
    r"\búgyis vége\b", r"\beltűnnék\b", r"\bel akarok tűnni\b", r"\bbárcsak eltűnnék\b",
    r"\bvégezni (?:akarok |fogok |szeretnék )?magammal\b",
    r"\bjobban jár\w* nélkülem\b", r"\bnélkülem jobban\b", r"\bössze fogok omlani\b",
    r"\bösszeomlok\b", r"\bnincs (?:több |már )?erőm (?:semmihez|semmire|élni|az élethez)\b",
    r"\bnapja nem (?:ettem|eszem)\b",
    r"\bösszeomlottam\b", r"\bösszeomlás\w*", r"\bidegösszeroppan\w*", r"\bpánikroham\w*",
    r"\belegem van (?:az )?(?:életből|mindenből|az egészből)\b", r"\bnincs erőm\b",
    r"\bkétségbe\s?es\w*", r"\bnem látom értelmét\b", r"\bnem megy tovább\b",
    r"\bnem akarok (?:többé |reggel )?felébredni\b",
    r"\b(?:el )?(?:akarok|szeretnék) (?:el)?aludni,? (?:és|hogy) (?:soha )?(?:többé )?(?:ne|nem) "
    r"(?:felébredni|ébredjek fel|ébredni fel)\b",
    r"\bongyil\w*", r"\böngyikos\w*", r"\bmeg(?:ö|o)l(?:öm|om|ném|nem|ni) magam\w*",
    r"\bvégzek (?:magammal|az életemmel)\b", r"\bvegzek magammal\b",
    r"\bfelakasztom magam\b", r"\bleugr(?:ok|om|anék)\b", r"\bbeveszem az összes\b",
    r"\b(?:inkább|bárcsak) (?:meghalnék|ne élnék|nem élnék|halott lennék)\b",
    r"\bnem akarok (?:már )?(?:itt lenni|létezni)\b", r"\bel akarok tűnni\b",
    r"\bjobb lenne (?:mindenkinek )?nélkülem\b", r"\bnélkülem jobb\b",
    r"\bsemmi értelme (?:élni|az életnek|semminek|az egésznek|az életemnek)\b",
    r"\bértelmetlen (?:az )?(?:élet|egész|minden)\w*", r"\bnincs miért élni\b",
    r"\bnem látok (?:semmi )?(?:kiutat|kiút|reményt|jövőt|megoldást)\b", r"\bnincs kiút\b",
    r"\bnincs (?:semmi )?(?:jövőm|reményem|kiút|kiutam)\b", r"\breménytelen\w*",
    r"\bnem bírom (?:tovább|már|ezt tovább|ezt már|a nyomást|lelkileg)\b",
    r"\bnem tudom (?:ezt )?(?:tovább |már )?(?:elviselni|csinálni tovább|tovább csinálni)\b",
    r"\bfeladtam (?:mindent|az egészet)\b", r"\bmindent feladok\b",
    r"\bkiborult\w*", r"\bki vagyok borulva\b", r"\bkivagyok\b", r"\bösszetörtem\b",
    r"\bmegőrülök\b", r"\bmegorulok\b", r"\bpánikban vagyok\b", r"\bkétségbe vagyok esve\b",
    r"\bpadlón vagyok\b", r"\bmélyponton\b", r"\bnem vagyok jól lelkileg\b",
    r"\bsenkinek nem hiányoznék\b", r"\bvégem van\b", r"\bvége az életemnek\b",
    r"\bnem bírom elviselni\b", r"\bkrízis\w*", r"\bteljesen összeomlott\w*",
    r"\bsoha(?: többé)? nem lesz (?:jobb|jó|rendben)\b", r"\bsosem lesz (?:jobb|jó)\b",
    r"\béletem (?:romokban|tönkrement|véget ért|értelmetlen|rémálom)\b", r"\bromokban az életem\b",
    r"\b(?:úgysem|úgyse|már nem) leszek (?:már )?itt\b", r"\baddig (?:már )?(?:itt leszek|élek)\b",
    r"\bnem élem meg\b", r"\bmélyen vagyok\b", r"\bmélypont\w*", r"\béletkedv\w*",
    r"\b(?:élni sincs|nincs kedvem élni)\b",
    r"\bkárt (?:tettem|teszek|tennék|tenni|akarok tenni) (?:magamban|magamba|magamnak)\b",
    r"\bbánt(?:om|anám|ottam|ani) magam\w*", r"\bmegvág(?:tam|om|ni) magam\b",
    r"\bbelefáradtam az életbe\b", r"\bbelefáradtam (?:mindenbe|az egészbe|élni)\b",
    r"\bcsapdában\b",
    r"\b(?:egész nap|folyton|mindig|állandóan|minden nap|minden éjjel|naponta|csak) (?:csak )?"
    r"sír(?:ok|tam|dogálok)\b",
    r"\bnem kapok levegőt\b", r"\bpánikol\w*", r"\bkikészültem\b", r"\bki vagyok készülve\b",
    r"\b(?:nem (?:bírok|tudok)|képtelen vagyok) (?:\w+ )?megbirkózni\b",
    r"\bszétes(?:tem|ek|em)\b", r"\bszét vagyok esve\b", r"\bsüllyedek\b", r"\bteher vagyok\b",
    r"\bbúcsúlev\w*", r"\bpszichiátri\w*", r"\bgödör (?:legalján|alján|mélyén)\b",
    r"\bnem tudok (?:semmivel|senkivel|az élettel) szembenézni\b",
    r"\b(?:semmivel|senkivel) (?:sem )?(?:nem )?tudok szembenézni\b",
    r"\b(?:hamarosan|nemsokára|úgysem) (?:úgysem |már )?számít\b",
    # Said indirectly: nothing to go on for, not sleeping, worthless or a burden, a partner's
    # violence feared ("megver, ha megtudja").
    r"\bnincs (?:miért|kiért|mi(?:ért)?|semmi(?:ért)?|értelme) (?:tovább |már |így )?"
    r"(?:folytatni|folytatnom|élni|élnem|küzdeni|küzdenem|felkelni|felkelnem|próbálkozni|harcolni)\b"
    r"(?! (?:ezt a |a )?(?:beszélgetés|csevegés))",
    r"\bminek (?:folytassam|éljek|keljek fel|küzdjek|harcoljak)\b",
    r"\bnem (?:tudok |bírok |tudtam )?(?:aludni|alszom|alszok|aludtam)\b", r"\bálmatlan\w*",
    r"\b(?:egész|minden) éjjel (?:forgolódom|ébren vagyok|fent vagyok|virrasztok)\b",
    r"\balig (?:tudok )?(?:alszom|alszok|aludtam|aludni)\b",
    r"\b(?:jobban|könnyebben|jobb) (?:\w+ ){0,2}nélkülem\b",
    r"\bnem (?:tudok|merek) (?:\w+ ){0,2}(?:szemébe|szemükbe|a szemébe) nézni\b",
    r"\b(?:férjem|párom|élettársam|barátom|exem|feleségem)\w* (?:\w+ )?(?:meg)?fenyeget\w*",
    r"\b(?:egy )?senki vagyok\b", r"\bsemmire (?:sem |se |nem )?(?:vagyok jó|jó vagyok)\b",
    r"\bértéktelen(?:nek)? (?:érzem|vagyok)\b", r"\bértéktelennek\b",
    r"\b(?:kudarc|csődtömeg|lúzer|vesztes|teher|nyűg) (?:vagyok|lettem)\b",
    r"\bterh(?:ére|ükre|ükre) vagyok\b", r"\bnem akarok (?:senkinek )?teher lenni\b",
    r"\b(?:megver|megvert|megverne|megüt|megütött|megütne|elver|elvert|elverne|agyonver\w*|"
    r"bántalmaz\w*)\b",
    r"\b(?:férjem|párom|élettársam|barátom|exem|feleségem|ő)\b.{0,40}\bmegöl(?:ne|)\b(?! magam)",
    r"\bmegöl(?:ne|) (?:a |az )?(?:férjem|párom|élettársam|barátom|exem|feleségem)\b",
    r"\bfélek (?:a |az )?(?:férjem|párom|élettársam|barátom|exem|feleségem)t(?:ól|ől)\b",
    r"\bcsaládon belüli erőszak\w*",
    # zh
    r"自杀", r"自殺", r"不想活", r"活不下去", r"活着没意思", r"活著沒意思", r"轻生", r"輕生",
    r"寻死", r"想死", r"去死", r"结束生命", r"结束自己", r"了结自己", r"跳楼", r"割腕", r"撑不下去",
    r"(?:楼上|楼顶|桥上)?跳下去", r"想早点走", r"早点走了算了", r"不想(?:再)?拖累",
    r"不想(?:再)?(?:这样)?活下去",
    r"拖累(?:家人|孩子|家里)",
    r"撑不住",
    r"扛不住", r"绝望", r"絕望", r"不想醒来", r"不想再醒", r"没有希望", r"没希望", r"看不到希望",
    r"崩溃", r"崩潰",
    r"走投无路", r"没有活路", r"没活路", r"生不如死", r"受不了了", r"一了百了", r"不如死",
    r"没有出路", r"没出路", r"想不开", r"活够了", r"死了算了", r"不想再撑", r"熬不下去",
    r"结束这一切", r"不想再活", r"死掉", r"跳河", r"安眠药", r"上吊", r"烧炭", r"喝农药", r"吃药自",
    r"活着有什么意思", r"活着还有什么意", r"活着没意义", r"人生没有意义", r"生无可恋", r"心累到",
    r"扛不下去", r"顶不住了", r"快疯了", r"要疯了", r"快崩", r"看不到出路", r"看不到未来",
    r"没有未来", r"没有盼头", r"没盼头", r"绝路", r"无路可走", r"死路一条", r"自残", r"伤害自己",
    r"一死了之", r"以死", r"遗书", r"离开这个世界", r"告别这个世界", r"不想面对这个世界",
    r"活不起", r"活不了多久", r"不想活下去", r"活下去的意义", r"没法活", r"没办法活", r"想一了百了",
    r"撑不了了", r"坚持不下去", r"熬不住", r"压垮", r"喘不过气", r"心如死灰", r"万念俱灰",
    r"不如去死", r"死了也好", r"我完了", r"全完了", r"没活头",
    r"(?:每天|天天|一直|总是|老是|整天|成天|每晚|每天晚上|经常)(?:都)?(?:在)?(?:哭|想哭)",
    r"以泪洗面",
    r"喘不上气", r"想消失", r"消失算了", r"(?:人生|日子|生活|这辈子|一切|永远|再也)不会好了",
    r"(?:人生|日子|生活|这辈子|一切|永远|再也)好不了了",
    r"(?:人生|这辈子|我这一生)(?:就|也|算是|彻底|真的|都)?(?:这样)?(?:算)?完了",
    r"绝忘", r"崩馈", r"紫砂", r"撑不下趣", r"活不下趣", r"不会在了", r"活不到", r"活下去的勇气",
    r"没有勇气活", r"绝境", r"活着(?:好|真|太)?(?:累|没意思)", r"活得(?:好|真|太)累",
    r"(?:活着|人生|一切|这一切|还)有什么意(?:义|思)", r"有什么意义$",
    r"(?:什么|一切)都没(?:有)?意义",
    r"(?:人|我|整个人)(?:都|也|彻底|已经)?垮了", r"越陷越深", r"爬不出来", r"累赘", r"遗言",
    r"遗嘱",
    r"精神科", r"精神病院", r"谷底", r"哭个不停", r"很快就无所谓", r"什么都面对不了",
    # Said indirectly: relief by dying, a life given for the debt, a rooftop, the pills ready.
    r"(?:就|想|只想|好想|能|可以|彻底)解脱", r"(?:拿|用)(?:这条|我的)?命(?:来)?(?:还|赔|抵|偿)",
    r"命(?:都|也)?(?:快)?没了", r"天台", r"药[^\uff0c\u3002,.]{0,4}准备好了",
    r"准备好(?:了)?(?:药|安眠药)", r"(?:要是|如果|假如|万一)我(?:死了|没了|不在了)",
    r"抑郁.{0,12}(?:床都起不来|起不来床|什么都做不了)",
    # No reason to live, not sleeping, worthless or a burden, the family better off without them,
    # a partner's violence feared ("他知道了会打死我").
    r"(?:活下去|活着)的(?:理由|意义|动力|必要|盼头)",
    r"(?:没有|没|找不到|不知道)(?:什么)?(?:继续|坚持|撑)下去的(?:理由|意义|动力|必要)",
    r"为什么还要(?:撑|坚持|活|熬)",
    r"睡不着", r"失眠", r"(?:好几天|几天|好久|几个星期|几周|整晚|整夜)(?:都)?没(?:有)?(?:睡|合眼)",
    r"一无是处", r"废物", r"废人", r"没用的人", r"失败者",
    r"(?:真|太|真的|好|就是个?|这么)没用(?![过了这那信])",
    r"我(?:就是|只是|成了|是|就像|像)(?:个|一个)?(?:家里的|家人的|大家的|全家的)?(?:负担|累赘|拖累)",
    r"没(?:有)?我(?:他们|她们|大家|家里|家人|孩子)?(?:会|都会|反而|就|才|可能|也许|说不定)*"
    r"(?:更好|过得更好|更轻松)",
    r"没睡(?:过)?(?:一个)?好觉", r"(?:好几天|几天|好久)(?:都)?没(?:有)?吃(?:东西|饭)",
    r"床都起不来", r"没脸见", r"无颜面对",
    r"(?:消失|不在|死)了?(?:也)?没(?:有)?人(?:会)?(?:发现|在乎|在意|注意|难过)",
    r"没人(?:会)?在乎我",
    r"(?:老公|丈夫|前夫|男友|男朋友|他)(?:一直|经常|总是|又)?(?:威胁|恐吓)我",
    r"打死我", r"(?:会|要|就|又|还|经常|天天|老是|动手)(?:打|揍)我(?!电话|手机|的电话)", r"揍我",
    r"家暴", r"(?:会|要)杀了我", r"被(?:他|她|老公|丈夫|男友|男朋友|前夫)(?:打|揍)",
    # Hopelessness, no one to turn to, panic in the body: "nothing will ever get better for me",
    # "senki nem tud segíteni", "脑子一片空白".
    r"\bnothing (?:is |will )?(?:ever )?(?:going to |gonna )?(?:ever )?(?:get|be|go) (?:\w+ )?"
    r"(?:better|right)\b",
    r"\b(?:no ?one|nobody) (?:can|could|is able to|will) (?:ever )?help me\b",
    r"\bsenki (?:sem|nem) (?:tud|tudna|fog|képes) (?:nekem |rajtam )?segíteni\b",
    r"\bsemmi (?:sem |nem )?(?:fog |lesz )(?:már )?(?:jobb|jobbra)\b",
    r"\bmy (?:hands|whole body) (?:are |is |keep |won'?t stop )?(?:shaking|trembling)\b",
    r"\bmy (?:mind|head) (?:is|went|has gone) (?:completely |totally )?blank\b",
    r"\bremeg (?:a kezem|az egész testem)\b",
    r"没(?:有)?人(?:能|会|可以)帮(?:我|得了我)", r"脑子一片空白",
    r"手(?:在|一直|都)?(?:发抖|抖个不停)",
    r"(?:一切|什么|啥)都不会(?:再)?好(?:起来|转)",
    r"不知道(?:自己|我)?还能(?:坚持|撑|扛|熬)(?:多久|几天|下去)",
    r"\b(?:don'?t|do not) know how (?:much )?(?:long|longer) i can (?:keep going|go on|hold on|"
    r"cope|take (?:this|it))\b",
    # Doubt of being alive by then, dying rather than facing it: "not sure I'll still be around",
    # "élek-e még addig", "不知道下个月还在不在", "等不到好起来那天".
    r"\b(?:(?:don'?t|do not|dont) (?:think|know (?:if|whether))|not sure(?: if| whether| that)?|"
    r"no idea (?:if|whether)|doubt(?: if| whether| that)?|wonder (?:if|whether)) i'?(?:ll| will|d| "
    r"would) (?:even |still )?(?:be (?:here|around|alive)|live (?:to see|that long|till|until))\b"
    r"(?! (?:at|when|for|on|in the|tomorrow|today|tonight|this (?:week|afternoon|evening)|to "
    r"(?:take|answer|pick|get)\b))",
    r"\b(?:i'?d|i would|i'?d much|i would much) (?:sooner|rather) (?:just )?(?:die|be dead|not "
    r"(?:be here|exist|wake up))\b",
    r"\b(?:élek|leszek itt|itt leszek|leszek életben|életben leszek)[ -]?e (?:még|addig|akkor)\b",
    r"\bmegérem[ -]?e\b",
    r"\b(?:nem tudom|azt se tudom|azt sem tudom|nem biztos|kétlem),? hogy (?:még |egyáltalán )?"
    r"(?:élni fogok|itt leszek|életben leszek|élek (?:még|addig|akkor))\b",
    r"(?:不知道|不确定|说不准|不好说)(?:自己|我)?(?:下个月|下周|下个星期|明年|到时候|那时候|那时|以后)?"
    r"(?:还在不在|还活着|还活不活)",
    r"能不能活(?:到|过|下去|着)", r"还能活(?:到|多久|几天)",
    r"(?:等|熬|撑)不到[^\u3002]{0,6}(?:好起来|好转|变好)",
    # A bridge, a ledge or the tracks; pills counted or all taken; a farewell to the children;
    # no future at all; fear of what one might do; sleeping and never waking.
    r"\b(?:standing|stood|been standing|sat|sitting|was) on (?:a|the) (?:bridge|ledge|edge of the "
    r"roof|roof edge|railway|tracks)\b",
    r"\b(?:train|railway|rail) (?:tracks|line)\b(?=.{0,40}\b(?:think|thought|stand|stood|walk|"
    r"jump|lie|lay|end)\w*)|\b(?:think|thought|thinking)\w* (?:about|of) the (?:train |railway )?"
    r"(?:tracks|line)\b",
    r"\b(?:álltam|állok|álldogáltam|ültem|ülök|voltam) (?:\w+ ){0,3}(?:a |egy )?(?:hídon|híd "
    r"(?:szélén|korlátjánál)|párkányon|sínek(?:en|nél)|tető szélén)\b",
    r"\b(?:a )?(?:sínekre|sínek elé|vonat elé)\b",
    r"(?:站|坐|待)(?:在)?(?:了)?(?:桥上|桥边|天台边|楼顶边|窗台上|铁轨)", r"卧轨",
    r"\bhow many (?:pills|tablets|paracetamol|sleeping pills)\b",
    r"\bhány (?:szem )?(?:gyógyszer|tablett|szem|altató)\w*\b.{0,30}\b(?:elég|kell|kellene)\b",
    r"\b(?:bevenni|beszedni|bevegyem) az összes (?:gyógyszer|tablett|altató)\w*",
    r"(?:把)?(?:药|安眠药)(?:全|都|全部)(?:吃|吞)(?:了|掉|下)",
    r"吃多少(?:片|颗|粒)?(?:药)?(?:才|就)?(?:够|能|会)",
    r"\btell (?:my )?(?:kids|children|family|wife|husband|son|daughter|mum|mom|partner) "
    r"(?:that )?i love (?:them|her|him)\b",
    r"\bmond(?:d|ja|ják|játok|jon)? meg (?:a )?(?:gyerekeimnek|családomnak|fiamnak|lányomnak)\b"
    r".{0,20}\bszeretem\b",
    r"(?:告诉|转告)(?:我的)?(?:孩子|家人|老婆|老公|女儿|儿子|爸妈)[^\u3002]{0,4}我爱(?:他|她)",
    r"看不到(?:任何|一点|半点|一丝)(?:未来|希望|出路|盼头)",
    r"怕(?:自己|我)(?:会)?(?:做出|干出|做)(?:什么|傻)事", r"做傻事",
    r"(?:睡过去|睡着|睡下去)(?:了)?(?:就)?(?:再也)?(?:不(?:要)?|别)醒",
    r"再也不(?:要)?醒(?:来|过来)?",
    # Farewells: goodbyes said to everyone, a child to be looked after in one's place, love to
    # be passed on ("I've said goodbye to everyone", "vigyázzanak a lányomra helyettem",
    # "跟大家告别了").
    r"\bsaid (?:my )?goodbyes? to (?:everyone|everybody|all|them all|my family|my kids|"
    r"the kids)\b",
    r"\b(?:make sure|let|tell) (?:that )?my (?:kids|children|family|wife|husband|son|daughter|"
    r"mum|mom|partner|boy|girl)s? knows? (?:that )?i (?:loved|love|always loved) "
    r"(?:them|her|him)\b",
    r"\belbúcsúztam (?:már )?(?:mindenkitől|a családomtól|a gyerekeimtől|mindenkitől már)\b",
    r"\bvigyázz\w* (?:a |az )?(?:lányomra|fiamra|gyerekeimre|gyerekemre|családomra|"
    r"feleségemre|férjemre)\b.{0,12}\bhelyettem\b",
    r"\bhelyettem\b.{0,12}\bvigyázz\w* (?:a |az )?(?:lányomra|fiamra|gyerekeimre|gyerekemre|"
    r"családomra)\b",
    r"(?:跟|和|向)(?:大家|家人|所有人|每个人|家里人|孩子)(?:都)?(?:告别|道别|说了?再见)",
    r"(?:替我照顾|帮我照顾好)(?:我的|我)?(?:女儿|儿子|孩子|家人|老婆|老公|爸妈|妈妈|爸爸)",
)  # fmt: skip
#: The debt itself is denied or disputed: "not my card", fraud, never had the account. A dispute
#: stops collection wherever it is said, so it is heard at every question too. Not here: "already
#: paid" (at a missed payment it means "I have paid"), "not my fault".
DISPUTE_PHRASES = (
    # en
    r"\b(?:not|isn't|isnt|is not|aren't|wasn't|was not) (?:even )?(?:mine\b|my (?:debt|purchases?|"
    r"transactions?|charges?|card|account|spending|loan|bill)\b)",
    r"\bi dispute\b", r"\bdisput\w*", r"\bfraud\w*", r"\bscam\w*", r"\bunauthori[sz]ed\b",
    r"\bnot my signature\b",
    r"\b(?:arent|are not) (?:even )?my (?:transactions|charges|purchases)\b",
    r"\bvalaki más (?:a )?nevemen\b", r"\ba nevemen (?:valaki|más)\b",
    r"\bkövetelés\w* (?:is )?(?:jogtalan|alaptalan)\w*", r"\bbankfelügyelet\w*",
    r"\bbizonyíts\w*(?: be)?,? hogy (?:tényleg |valóban )?én\b",
    r"\bnever (?:made|bought|authori[sz]ed|used|ordered|had|opened|applied|signed|owned|got|"
    r"spent)\b",
    r"\b(?:didn't|did not|didnt) (?:make|buy|order|authori[sz]e|spend|open|apply|sign|use) "
    r"(?:this|that|these|those|the|any|for|it|them|up)\b",
    r"\b(?:card|details|identity|account) (?:was |were |got |has been )?"
    r"(?:stolen|cloned|hacked|skimmed|compromised)\b",
    r"\bstolen\b", r"\bidentity theft\b", r"\bcloned\b", r"\bhacked\b",
    r"\b(?:don't|do not|dont) owe (?:you|this|that|the bank|anything to you|this money|it)\b",
    r"\b(?:don't|do not|dont) (?:think|believe) i owe\b", r"\bi owe (?:you )?nothing\b(?! to)",
    r"\bsomeone (?:else )?(?:used|took|stole) my\b",
    r"\bwithout my (?:permission|consent|knowledge)\b",
    r"\bwrong (?:person|amount|account)\b", r"\bnot (?:me|i) who\b", r"\bnothing to do with me\b",
    r"\b(?:wasn't|weren't|wasnt|werent|was not|were not|not) (?:made|done|bought|spent|"
    r"authori[sz]ed|used|ordered) by me\b",
    r"\b(?:don't|dont|do not|didn't|didnt) recogni[sz]e\b", r"\bin my name\b",
    r"\bnot mine\b", r"\bnever (?:heard of|seen) (?:this|that|these|it)\b",
    r"\bnot my (?:debt|card|account|loan|purchase)s?\b",
    r"\bidentity (?:fraud|stolen|was stolen)\b",
    r"\bsomebody (?:else )?(?:used|took|stole|opened)\b", r"\bsomeone (?:else )?opened\b",
    r"\b(?:this|that|it) (?:is|was|must be) (?:a )?(?:mistake|error)\b", r"\bcharged in error\b",
    r"\bowe you nothing\b", r"\bcontest\w*",
    r"\bchargeback\b", r"\bscammer\w*", r"\bphish\w*", r"\bimpersonat\w*",
    r"\b(?:someone|somebody) else'?s\b", r"\bunder my name\b",
    r"\bwrong (?:guy|man|woman|people|customer|cardholder)\b",
    r"\bi owe nothing to (?:you|the bank)\b",
    r"\b(?:balance|amount|total|figure|sum|charges?|bill) (?:is|are|was|were|looks?|seems?) "
    r"(?:all |totally |completely )?(?:wrong|incorrect|inflated|not right|made up)\b",
    r"\b(?:incorrect|inflated|bogus|fake) (?:balance|amount|charges?|debt|bill)\b",
    r"\bnever (?:borrowed|took out|received|withdrew) "
    r"(?:this|that|it|the money|this money|a penny)\b",
    r"\b(?:don't|do not|dont) owe (?:u|ya|you lot|yous|them|this lot|a penny|a thing)\b",
    # A complaint, an ombudsman, a court or a solicitor over the debt: a dispute in progress.
    r"\bombudsman\b", r"\b(?:formal|official|open|ongoing|pending|active) complaint\b",
    r"\bcomplaint (?:(?:is|still) )?(?:open|in|lodged|raised|pending|ongoing|in progress)\b",
    r"\b(?:put|raised|lodged|made|filed|opened|logged|submitted|sent) (?:in )?(?:a |an |my )?"
    r"(?:formal |official |written )?complaint\b",
    r"\b(?:taking|take|took|report\w*|escalat\w*) (?:this|it|you|the bank) (?:up )?to "
    r"(?:the )?(?:court|fca|regulator|small claims|trading standards)\b",
    r"\bunenforceable\b", r"\bprove (?:that )?(?:i owe|it'?s mine|this is mine|the debt)\b",
    r"\b(?:illegal(?:ly)?|unlawful(?:ly)?|unfair(?:ly)?) (?:\w+ ){0,2}"
    r"(?:fees?|charges?|interest|added|charged|applied|taken)\b",
    r"\b(?:fees?|charges?|interest|debt|penalt(?:y|ies)) (?:\w+ ){0,2}(?:is|are|was|were) "
    r"(?:\w+ )?(?:illegal|unlawful)\b",
    # Someone else's debt by name: an ex's debt, "take it up with him".
    r"\bex(?:-| )?(?:husband|wife|partner|boyfriend|girlfriend)?'?s (?:debt|spending|loan|"
    r"card|bill|problem)\b", r"\btake it up with (?:him|her|them|my ex)\b",
    r"\bcard (?:was |got |been |has been )?(?:nicked|pinched|swiped|taken) (?:from|out)\b",
    # The whole thing a con, spam or a hoax.
    r"\b(?:is|it'?s|its|what|whole thing|total|complete) (?:a |an |this )?(?:\w+ )?"
    r"(?:con|hoax|rip-?off)\b(?! (?:artist|job)s?\b)", r"\bcon (?:artist|job)s?\b",
    r"\bconned\b", r"\bis this (?:a |some )?(?:spam|hoax|wind-?up)\b",
    r"\bwho (?:even )?(?:is this|are you)\b.{0,30}\b(?:spam|scam\w*|fake|real)\b",
    # hu
    r"\bnem (?:az )?enyém\b",
    r"\bnem (?:az )?én (?:tartozásom|adósságom|kártyám|számlám|hitelem)\b",
    r"\bnem az én (?:tartozás|adósság|kártyá|számlá|hitel|vásárlás)\w*",
    r"\bnem én (?:vásároltam|költöttem|vettem|fizettem|csináltam|nyitottam|igényeltem|költötte)\w*",
    r"\bvitat\w*", r"\bcsalás\w*", r"\bcsaló(?!d)\w*", r"\bellopt\w*", r"\blopták\b",
    r"\bjogosulatlan\w*",
    r"(?<!senkinek )(?<!másnak )\bnem tartozom\b(?! (?:másnak|senkinek|mással|máshova))",
    r"\bvisszaélés\w*", r"\bklónoz\w*",
    r"\bfeltört\w*", r"\bsoha (?:nem|sem) (?:volt|igényeltem|nyitottam|vettem|használtam)\b",
    r"\bnem is (?:volt|az enyém)\b", r"\bnem ismerem (?:ezt|a) (?:tartozás|hitel|számlá)\w*",
    r"\bnem igényeltem\b", r"\bnem is (?:az én|én)\b", r"\bnem én voltam\b",
    r"\bvalaki (?:más )?(?:használta|költött|vásárolt)\w*",
    r"\bszemélyazonosság\w*", r"\bidentitás\w*", r"\bvisszaéltek\b", r"\bnem vettem fel\b",
    r"\bsosem (?:volt|igényeltem|nyitottam|használtam|vettem fel)\b", r"\bsemmi közöm\b",
    r"\bez (?:egy |csak )?tévedés\b", r"\btéves (?:összeg|tartozás|számla|terhelés)\w*",
    r"\bnem ismerem (?:fel )?ezt\b",
    r"\bnem ismerem ezeket\b", r"\bnem tartozom (?:én )?(?:nektek|önöknek|maguknak)\b",
    r"\bnem én (?:nyitottam|igényeltem|vettem fel|költöttem)\b", r"\ba nevemben\b",
    r"\bnem (?:is )?(?:az )?(?:én )?kártyám\b",
    r"\bnem is volt (?:ilyen )?(?:kártyám|hitelem|számlám)\b",
    r"\bcsal(?:tak|ás|ók)\w*", r"\bfeltörték\b", r"\bnem ismerős\b",
    r"\bmásé\b", r"\bnem tőlem\b", r"\bén nem költöttem\b", r"\bhamis\w*",
    r"\b(?:ennyit|ekkora összeget|ilyet|ezt|ezeket) (?:én )?(?:sosem|soha|soha nem|nem) "
    r"(?:költöttem|vásároltam|vettem fel|igényeltem)\b",
    r"\b(?:sosem|soha nem|nem) költöttem (?:ennyit|ekkora|ilyen|ezt|[0-9])",
    r"\bnem stimmel\w*",
    r"\b(?:rossz|téves|hibás|helytelen) (?:az )?(?:összeg|egyenleg|terhelés)\w*",
    r"\b(?:az )?(?:összeg|egyenleg|tartozás) (?:rossz|téves|hibás|nem jó|nem helyes)\b",
    r"\bmegtámad\w*", r"\bmeg (?:akarom|fogom|szeretném) támadni\b",
    r"\brossz (?:embert|személyt|ügyfelet)\b",
    r"\b(?:volt )?(?:férjem|feleségem|párom|barátom|barátnőm|bátyám|öcsém|nővérem|húgom|apám|"
    r"anyám)é\b",
    r"\b(?:soha|sosem|sem) (?:nem |sem )?jelentkeztem\b", r"\bsoha nem kértem\b",
    r"\bnincs is (?:ilyen )?(?:számlám|tartozásom|kártyám|hitelem)\b",
    r"\bnincs (?:is )?ilyen (?:számlám|tartozásom|kártyám|hitelem)\b",
    r"\b(?:sem|se) az én (?:kártyám|tartozásom|számlám)\b", r"\bez (?:egy |csak )?átverés\b",
    r"\b(?:a )?bank (?:hibázott|tévedett|elszámolta)\b",
    r"\bduplán (?:ment le|vonták|terhelték|számolták|vettek le)\b",
    r"\b(?:összeg|egyenleg|tartozás)\w* (?:rossz|téves|hibás|nem jó|nem helyes)\b",
    r"\bnem (?:is|egyáltalán) tartozom\b",
    r"\b(?:tartozás|adósság|követelés|összeg)\w* nem ismerem el\b",
    r"\bnem ismerem el (?:a |az |ezt a |ezt az )?(?:tartozás|adósság|követelés|összeg)\w*",
    r"\bjogszerűtlen\w*", r"\btörvénytelen\w*", r"\bjogtalan\w*",
    r"\bjogellenes\w*", r"\btúl ?(?:van |vannak |lett )?(?:számol|számláz)\w*",
    r"\b(?:díj|kamat|költség|tartozás|összeg)\w* nem fogadom el\b",
    r"\bnem fogadom el (?:a |az )?(?:díj|kamat|költség|tartozás|összeg)\w*",
    r"\bnem ennyi (?:a |az )?(?:tartozás|adósság|összeg|hitel)\w*",
    r"\b(?:nem )?(?:tartozom|tartozok) (?:nem )?ennyivel\b",
    r"\b(?:tartozás|adósság|hitel)\w* nem (?:is )?létezik\b",
    r"\bez (?:már )?nem (?:is )?létezik\b",
    r"\bnem (?:is )?létez\w* (?:ez a |ilyen |a )?(?:tartozás|adósság)\w*",
    # A complaint, a conciliation board, a court, the police over the debt.
    r"\b(?:kicsalt|ellopt|megszerezt|lehalászt)\w* (?:a |az )?kártya\w*", r"\bkártyaadat\w*",
    r"\bpanaszt (?:tettem|tettünk|tesz\w*|nyújt\w*|ad\w*|írtam|emeltem|beadtam|fogok)",
    r"\b(?:beadtam|benyújtottam|megírtam|elküldtem) (?:a |egy )?panasz\w*",
    r"\bpanasz\w* (?:(?:van|még) )?(?:folyamatban|elbírálás alatt|kivizsgálás alatt)\b",
    r"\bpanaszeljárás\w*", r"\breklamáci\w*", r"\bbékéltető\w*", r"\bmnb\w*",
    r"\bfogyasztóvédelem\w*",
    r"\bpert (?:indít\w*|kezdeményez\w*)", r"\bperel\w*", r"\bperben állok\b",
    r"\bbíróság(?:hoz|ra) (?:fordulok|fordulunk|fordultam|megyek|viszem|adom)\b",
    r"\b(?:rendőrségre|rendőrséghez) (?:megyek|mentem|fordulok|fordultam)\b",
    r"\bfeljelent\w*", r"\bkamu\b",
    r"\bátverés (?:ez|az egész)\b", r"\b(?:ez|az) (?:az )?(?:egész )?(?:\w+ )?átverés\b",
    # The debt is an ex-partner's: "az exemé", "ex-férjem adóssága", taken on in the divorce.
    r"\bexemé\b", r"\b(?:az )?exé\b",
    r"\b(?:ex-? ?|volt )(?:férjem|feleségem|párom|élettársam|barátom|barátnőm)\w* "
    r"(?:adóssága|tartozása|hitele|kártyája|költötte|vette fel)\b",
    r"\b(?:férjem|feleségem|párom|exem|élettársam) (?:költötte|vette fel|vásárolta)\b",
    r"\b(?:válóper|válás|bíróság)\w*\b.{0,40}\bvállalta\b",
    r"\bvállalta\b.{0,30}\b(?:válóper\w*|bíróságon|válás\w*)",
    # zh
    r"不是我刷", r"不是我消费", r"不是我買", r"不是我买", r"不是我花", r"不是我借", r"不是我欠",
    r"不是我办", r"不是我用", r"不是我的(?:卡|账|帐|债|欠款|账单|賬)", r"这不是我的", r"并非本人",
    r"有异议", r"異議", r"异议", r"盗刷", r"盜刷", r"被盗", r"被盜", r"诈骗", r"骗子", r"欺诈",
    r"没消费过", r"没有消费过", r"没刷过", r"没有刷过", r"不认可", r"不承认", r"冒用", r"冒名",
    r"冒充(?:我|本人)",
    r"从来没(?:有)?(?:办|申请|用|开|借)过", r"从没(?:办|申请|用|开|借)过", r"没有办过", r"没办过",
    r"盗用", r"不是本人", r"身份被盗", r"被人(?:用|借|盗|冒)", r"不是我欠的", r"凭什么让我还",
    r"搞错了", r"弄错了", r"不欠你们", r"没欠过",
    r"从来没有(?:这张|办|申请|开)", r"不是我本人", r"不认识这", r"没见过这",
    r"我没有这张卡", r"没有这张卡",
    r"不是我申请", r"不是我开", r"我没申请", r"我没开过", r"冒领", r"身份信息被", r"被冒名",
    r"不认这", r"不认账", r"假的账单", r"虚假", r"欺骗", r"被骗",
    r"骗局", r"盗涮", r"申诉", r"什么都不欠", r"一分(?:钱)?都不欠", r"不欠(?:你们|银行|贵行)",
    r"(?:金额|数额|数目|余额|账单|欠款|账目|数字|总数|总额|总金额|合计)(?:都|也|根本|完全)?(?:不对|错了|有误|有问题|不符|对不上)",
    r"算错", r"多收", r"多算", r"乱收", r"乱扣", r"多扣", r"是别人的", r"别人(?:欠|借|办|刷)的",
    r"没(?:有)?(?:花|消费|刷|买)(?:过)?(?:那么多|这么多|这些|这笔|那些)", r"没(?:有)?(?:买|花)过",
    r"(?:用|以|拿|借)我的(?:名义|名字|身份)", r"我不认(?: |$)", r"被复制", r"被克隆", r"被冒充",
    r"(?<![报])账(?:都|也|根本|完全)?(?:不对|错了|有误|对不上)", r"(?:早|早就|已经|早已)销户",
    r"(?:有|存在)争议", r"爭議", r"卡(?:我)?(?:都|根本|从来|压根)?没(?:有)?(?:收到|拿到|见过|激活)",
    r"(?:这|这笔)(?:钱|债|账|帐)?我(?:根本|压根|又|就|也)?(?:没|不)欠",
    r"没(?:有)?(?:这张|这个)(?:信用)?卡",
    r"(?:欠款|债|账|帐|这笔|这钱)(?:也|都|根本|压根)?不是我的",
    r"我(?:也|都|根本|压根|就|才)不认", r"(?:^|我|根本|压根)没欠(?:钱|你们)",
    r"(?:金额|数额|余额|账单|欠款|账目)(?:一直|始终|明显|好像)(?:不对|错了|有误|对不上)",
    r"(?:重新|要求|我要)对账",
    # A complaint to the bank or the regulator, fees called unlawful.
    r"投诉", r"银保监", r"保监会", r"银监会", r"金融监管", r"监管(?:部门|机构|局)", r"到监管",
    r"(?:手续费|利息|罚息|违约金|费用|滞纳金|收费)[^\uff0c\u3002,.]{0,6}"
    r"(?:不合理|不合法|违法|非法|乱收|不公平)",
    r"(?:违法|不合法|非法)(?:的)?(?:利息|罚息|收费|费用|手续费|违约金)",
    # The debt is an ex-partner's.
    r"前(?:夫|妻|男友|女友|任)(?:的)?(?:债|账|帐|欠款|卡)",
    r"(?:是|那是|这是|这笔是|都是)(?:我)?前(?:夫|妻|男友|女友|任)(?:的|刷|欠|借|办|花)",
    r"前(?:夫|妻|男友|女友|任)(?:刷|借|欠|办|花)的", r"归(?:他|她)还",
    r"(?:这|这笔)(?:钱|债|账|帐)?我(?:根本|压根|又|就|也)?没(?:有)?借",
    r"\b(?:don't|do not|dont|never|won't|wont) (?:accept|agree|admit) (?:that )?i owe\b",
    # Said indirectly: proof the debt is theirs asked for, the original agreement, a debt too old
    # to collect or wiped in a bankruptcy, an account closed years ago, the bank's own mistake.
    r"\b(?:proof|prove|proving|evidence|show me)\b.{0,40}?\b(?:(?:it|this|that|(?:this|the|that) "
    r"(?:account|debt|card|loan|balance))(?:'s| is| was| belongs to) (?:mine|me|my debt|my card)|"
    r"i owe|i borrowed|(?:it'?s|is) my (?:debt|card|account))\b",
    r"\boriginal (?:signed )?(?:credit )?(?:agreement|contract)\b",
    r"\bsigned (?:credit )?(?:agreement|contract) (?:proving|showing|that proves)\b",
    r"\bcca (?:request|response|letter|reply)\w*", r"\bs ?77 request\b",
    r"\bstatute[- ]?barred\b", r"\bstatute of limitations?\b", r"\btime[- ]barred\b",
    r"\b(?:wiped|discharged|written off|cleared|included|written-off) (?:\w+ ){0,3}"
    r"(?:bankruptcy|iva|debt relief order)\b",
    r"\b(?:bankruptcy|iva|debt relief order)\b.{0,50}?\b(?:wiped|discharged|written off|"
    r"cleared)\b",
    r"\b(?:closed|cancelled|canceled|shut) (?:that|this|the|my) (?:account|card)\b(?: \w+){0,3} "
    r"(?:years ago|ages ago|long ago|back in|in (?:19|20)[0-9]{2})\b",
    r"\b(?:account|card) (?:was |got |had been |has been )?(?:closed|cancelled|canceled)\b"
    r"(?: \w+){0,3} (?:years ago|ages ago|long ago|back in|in (?:19|20)[0-9]{2})\b",
    r"\b(?:pretending|posing|claiming|pretended|posed) (?:to be|as) me\b",
    r"\bnever (?:received|got|had|signed for) (?:the|a|any|this|that) (?:card|account)\b",
    r"\b(?:the bank|your bank|you lot|you) (?:have |has )?(?:made|make) (?:an? )?"
    r"(?:mistake|error)\b(?! (?:with|on|in|about|over)\b)",
    r"\b(?:bank'?s|your) (?:own )?(?:mistake|error|records? (?:are|is) wrong)\b",
    r"\b(?:not|isn't|isnt|wasn't|wasnt|is not|was not) (?:even )?(?:his|her) "
    r"(?:debt|card|account|loan)\b",
    r"\b(?:he|she) (?:never|didn't|did not|didnt) (?:had|have|open|opened|apply|applied|sign|"
    r"signed|take out|took out) (?:for )?(?:a|this|that|the|any) (?:card|account|loan)\b",
    r"\belévül\w*", r"\beredeti (?:aláírt )?(?:hitel)?szerződés\w*",
    r"\bszerződés\w* másolat\w*",
    r"\bbizonyít\w*\b.{0,40}?\b(?:az enyém|én vettem fel|tartozom|az én tartozásom)\b",
    r"\b(?:csődvédelm|adósságrendez|csődeljárás|csőd)\w*\b.{0,50}?"
    r"\b(?:elenged|töröl|leír|megszűnt)\w*",
    r"\b(?:elengedt|törölt)\w*\b.{0,50}?\b(?:csődvédelm|adósságrendez|csődeljárás)\w*",
    r"\b(?:kártyá|számlá)\w*\b.{0,30}?\b(?:megszüntet|lemondtam|felmondtam|bezárat)\w*",
    r"\b(?:megszüntettem|lemondtam|felmondtam|bezárattam) (?:a |az |azt a |ezt a )?"
    r"(?:kártyá|számlá)\w*",
    r"\b(?:rossz|hibás|téves)\w* (?:a |az )?nyilvántartás\w*",
    r"\bnyilvántartás\w* (?:rossz|hibás|téves)\w*", r"\btévednek\b",
    r"诉讼时效", r"(?:过了|超过|超出|过)(?:了)?(?:法定)?时效",
    r"(?:证据|证明)[^。!?]{0,12}(?:是我欠|我欠的|是我的|是我借|我借的|是我刷)",
    r"(?:原始|签字|签名|原件)(?:的)?(?:借款|信用卡)?(?:合同|协议)", r"合同(?:的)?(?:复印件|原件)",
    r"(?:早就|已经|早已|年就|就已经)(?:把卡)?(?:注销|销卡)",
    r"(?:从来|从|根本|压根)(?:都)?没(?:有)?在[^。,.]{0,8}(?:办|申请|开)过", r"没(?:有)?申请过",
    r"破产[^。]{0,12}(?:免除|免了|豁免|核销|清了)", r"(?:免除|豁免)了?(?:这笔)?债",
    r"记录(?:有)?(?:错|误)", r"(?:你们|银行)(?:搞|弄|记|算)错",
    r"(?:要|准备|打算|会)(?:去)?(?:法院)?打官司", r"法院见", r"(?:去|上|到)法院(?:告|起诉)",
    r"起诉(?:你们|贵行|银行)",
    r"凭什么(?:要我|让我|叫我|找我)?(?:还|付|催)",
    r"(?:根本|压根|完全)不知道(?:这笔|这张|这个|有这)",
    r"未经(?:我|本人)(?:的)?(?:同意|允许|授权)", r"没(?:有)?(?:经过)?我(?:的)?(?:同意|允许|授权)",
    r"没(?:有)?(?:借|欠|花|刷)(?:过)?(?:那么多|这么多)",
    r"哪(?:来|里来|儿来)的(?:这么多|这笔|欠款|债|钱)",
    r"不(?:该|应该)(?:由)?我(?:来)?还", r"(?:找|请|委托)(?:了)?律师", r"报(?:了)?警",
    r"不是(?:他|她)(?:的)?(?:债|欠|卡|账)",
    r"(?:他|她)(?:从来|根本|压根)?没(?:有)?(?:办|申请|开|借|刷)过",
    # The bank's own error or charges not owed: a payment not registered, charged twice, a balance
    # grown with no reason given, fees made up or never agreed to, a card closed years ago, a debt
    # not recognised, someone else's use of the card.
    r"\b(?:charged|billed|debited|took|taken|deducted)(?: me| it| the (?:same|payment))? "
    r"(?:twice|two times|double)\b",
    r"\bdouble[- ]?(?:charged|billed|debited|charging|charge|payment)\b",
    r"\b(?:don'?t|do not|dont) (?:believe|accept|think) (?:this|it|that|the debt|the card)"
    r"(?:'s| is| was)? (?:even )?mine\b",
    r"\b(?:send|show|give|provide|see|copy of|until i (?:get|see)|till i (?:get|see)) (?:me )?"
    r"(?:a |the |my )?(?:copy of (?:the |my )?)?(?:original |signed )+(?:credit )?"
    r"(?:agreement|contract)\b",
    r"\bused my (?:card|account|details|name)\b(?: \w+){0,3} without\b",
    r"\b(?:made[- ]up|invented|fabricated|phantom|bogus|fake) (?:fees?|charges?|costs?|interest|"
    r"amounts?|numbers?|figures?|items?|transactions?)\b",
    r"\bnever (?:agreed|signed up|consented) to (?:this |that |these |those |the |any |such )?"
    r"(?:\w+ )?(?:fees?|charges?|interest|debt|card|account|loan|costs?)\b",
    r"\bkétszer (?!\w*t[ae]m\b)(?:terhelt|vont|számolt|vett|húzt|von)\w*",
    r"\b(?:terhelt|vont|számolt|levont|vett)\w* (?:le |meg |el |fel )?kétszer\b",
    r"\bduplán (?:terhel|von|számol|vett|ment|húzt)\w*",
    r"\bmiért (?:lett|van|nőtt|magasabb|több|lett több)\b.{0,40}"
    r"\b(?:tartozás|egyenleg|végösszeg|összeg)\w* mint\b",
    r"\b(?:több|magasabb) (?:a |az )?(?:tartozás|egyenleg|végösszeg)\w* mint (?:a |az )?"
    r"(?:legutóbbi|előző|múlt havi|utolsó)\b",
    r"\b(?:maguknak|önöknek|nektek|a banknak|maguknak se|maguknak sem) (?:se |sem |nem |semmivel "
    r"(?:sem |se )?)tartoz(?:om|ok)\b",
    r"\bvisszaterhel\w*",
    r"\b(?:tartozás|adósság|összeg|terhelés|tétel)\w*,? (?:\w+ )?(?:amit|amiről|amelyet|amit én) "
    r"nem ismer(?:ek|em)\b",
    r"\b(?:a felét|felét|ezeket|a tételeket|a terheléseket|a vásárlásokat|a tételek \w+) "
    r"(?:sem |se )?nem ismerem fel\b",
    r"\bnem ismerem fel (?:a |az )?(?:felét|ezeket|tétel|terhelés|vásárlás|tranzakció|költés|"
    r"tartozás)\w*",
    r"\b(?:soha|sosem|sose) (?:is )?(?:nem )?egyeztem (?:bele|hozzá)\b",
    r"\bbele (?:se|sem) egyeztem\b", r"\bnem járultam hozzá\b",
    r"\bkitalált(?:nak|ak|at)?\b", r"\bkitalálták\b",
    r"\bmegszüntetett (?:kártyá|számlá)\w*",
    r"\b(?:kártyá|számlá)\w* (?:már )?(?:évek|régóta|rég|hónapok)(?: óta)? (?:megszűnt|lezárt|"
    r"meg van szüntetve|le van zárva|megszüntették|lezárták)\b",
    r"(?<![完清])(?:早|就|已|已经)(?:销户|销卡)",
    r"注销(?:了)?(?:好|很|十)?(?:几|多|[0-9一二两三四五六七八九十]+)年",
    r"(?:好几年|几年|多年)前(?:就)?(?:注销|销户|销卡)",
    r"(?:你们|银行)[^\u3002]{0,12}(?:扣款|自动扣)[^\u3002]{0,8}(?:没|失败|不成功)",
    r"(?:账户|账号|卡)[^\u3002\uff0c,]{0,12}(?:就|早|已经|早就|已)(?:销户|销卡|销了|注销|关了|停用了)",
    r"(?:扣|收|刷|扣款)(?:了我|了|我)两次", r"重复(?:扣款|扣费|收费|扣|收)",
    r"为什么(?:比[^\u3002\uff1f?]{0,8}|(?:账单|欠款|余额|总额|金额|数字)[^\u3002\uff1f?]{0,6})"
    r"(?:多了|多出|多收|凭空多)",
    r"不认识的(?:债|账|帐|欠款|消费|交易|费用)",
    r"乱七八糟的(?:费|收费|钱|账|帐)",
    r"(?:费用|手续费|利息|罚息|滞纳金|违约金)(?:我)?(?:一概)?(?:不还|不认|不付|不交)",
    r"只还(?:我)?(?:自己)?(?:真实|真正|实际)", r"瞎编", r"乱编", r"编(?:出来|造)的",
    r"(?:正在|在|跟|和|与)[^\u3002,\uff0c]{0,8}争议", r"争议(?:这|那|中)",
    r"从(?:来)?没(?:有)?同意(?:过)?[^\u3002]{0,6}(?:费|利息|收费)",
    # Charged for what was returned or cancelled, a refund not taken off, charges outside the
    # contract, figures that do not match the statements, insurance that should have paid.
    r"\b(?:returned|sent back|cancell?ed)\b.{0,50}\b(?:still|kept|keep|continued(?: to)?) "
    r"(?:charg|bill|tak|debit|deduct)\w*",
    r"\bcharged (?:me )?for (?:something|things|items?|an? \w+) (?:i|that i|we) (?:returned|sent "
    r"back|cancell?ed|never (?:got|received|ordered))\b",
    r"\brefund\w*\b.{0,50}\b(?:never|not|didn'?t|wasn'?t|hasn'?t|haven'?t)\b.{0,20}"
    r"\b(?:credit\w*|taken off|took it off|applied|removed|deducted)\b",
    r"\b(?:figures?|numbers?|amounts?|balance|totals?)\b.{0,20}\b(?:don'?t|doesn'?t|do not|"
    r"does not|never) (?:match|add up|tally|agree)\b",
    r"\b(?:asked|requested) (?:\w+ ){0,3}(?:for )?(?:a |the )?(?:breakdown|itemi[sz]ed statement)\b"
    r".{0,40}\b(?:nothing|no (?:reply|answer|response)|never|ignored)\b",
    r"\b(?:payment protection|ppi)\b",
    r"\b(?:should|meant to|supposed to) (?:have )?be(?:en)? (?:covered|paid) by (?:the |my )?"
    r"(?:\w+ )?insurance\b",
    r"\b(?:interest|fees?|charges?)\b.{0,30}\b(?:never|not|wasn'?t|weren'?t) (?:in|part of|on) "
    r"(?:my|the) (?:contract|agreement|terms)\b",
    r"\b(?:visszavittem|visszaküldtem|lemondtam|felmondtam)\b.{0,50}"
    r"\b(?:mégis|továbbra is|tovább) (?:\w+ )?(?:von|terhel|számláz|kiszámláz|fizettet|levon)\w*",
    r"\b(?:kamat|díj|költség)\w* nem (?:szerepel|volt)\w* (?:benne )?(?:a |az )?"
    r"(?:szerződés|megállapodás)\w*",
    r"\b(?:kértem|kérek|kérem) (?:\w+ )?(?:részletezés|kimutatás|tételes)\w*.{0,40}"
    r"\b(?:semmi|nem kaptam|nem válaszol)\w*",
    r"\bbiztosítás\w* kellett volna (?:fizetnie|állnia|fedeznie|kifizetnie)\b",
    r"\bhiteltörlesztési biztosítás\w*",
    r"\bnem egyez(?:nek|ik)\b.{0,30}\b(?:kivonat|számlá|nyilvántartás)\w*",
    r"\b(?:számai|számok|összeg|egyenleg)\w* nem egyez\w*",
    r"(?:退了|退货|退掉|取消了|退订)[^\u3002]{0,12}(?:还|照样|继续|一直)(?:在)?(?:收|扣)",
    r"退款了?[^\u3002]{0,12}(?:没|没有|不)[^\u3002]{0,6}(?:扣|减|冲|抵)",
    r"退款[^\u3002]{0,10}没(?:有)?(?:到账|入账|冲账)",
    r"合同(?:里|上)?(?:根本|压根|都|也)?没(?:有)?(?:写|约定|说|提)?(?:过)?(?:这些|这个|这种|这笔)?"
    r"(?:利息|费|收费)",
    r"(?:要|申请|问)了?(?:几|三|两|好几)次(?:明细|账单|对账单)",
    r"明细[^\u3002]{0,8}(?:没人给|不给|一直没)",
    r"(?:应该|本该|该)(?:是|由)?保险(?:赔|付|来付|来赔|承担)",
    r"(?:数字|数目|金额|账)[^\u3002]{0,6}(?:跟|和|与)[^\u3002]{0,8}(?:对不上|不一样|不符)",
    # A charge or the balance questioned by what it should be: fees, interest or insurance never
    # agreed to, a balance "if it were right", more than was spent, a charge where they never were,
    # something returned or cancelled still charged, an agreement with the bank ignored.
    r"\b(?:fees?|charges?|interest|insurance)\b.{0,40}\b(?:i |we )?(?:was |were )?(?:never|not|"
    r"didn'?t|did not) (?:agreed?|signed up|consented|told|informed|warned)\b",
    r"\b(?:until|unless|till|before) (?:you|someone|somebody|the bank) (?:\w+ )?explains?\b",
    r"\bif (?:the|my|your) (?:balance|amount|total|bill|figures?|statement) (?:was|were|is) "
    r"(?:right|correct|accurate)\b",
    r"\b(?:your|the bank'?s|these|those|the) (?:figures|numbers|sums|calculations) (?:are|were) "
    r"(?:all |totally |completely )?(?:wrong|incorrect|off)\b",
    r"\b(?:transactions?|withdrawals?|purchases?|charges?|payments?)\b.{0,60}\b(?:(?:i'?ve|i have) "
    r"never (?:even )?been|i live in|i wasn'?t (?:even )?there)\b",
    r"\b(?:bounced|rejected|returned|refused|reversed) by (?:your|the) (?:bank|side|system)\b",
    r"\b(?:payment holiday|payment break|arrangement|settlement|agreement)\b.{0,50}"
    r"\b(?:ignored|not honou?red|(?:didn'?t|never) honou?r)\b",
    r"\b(?:settlement|arrangement) (?:agreed|made) with (?:the )?(?:previous|old|last|original)\b",
    r"\bvalaki (?:más )?(?:használja|vásárol|költ)\w*",
    r"\b(?:díj|kamat|költség|biztosítás)\w*\b.{0,40}\b(?:soha(?: nem)?|sosem|nem) "
    r"(?:fogadtam el|járultam hozzá|egyeztem bele|írtam alá)\b",
    r"\b(?:sosem|soha(?: nem)?) járultam hozzá\b",
    r"\bha (?:helyes|jó|pontos|rendben) lenne (?:az? )?(?:egyenleg|összeg|tartozás)\w*",
    r"\b(?:javít|helyesbít)\w*(?: ki)? (?:az? )?(?:egyenleg|összeg|tartozás)\w*",
    r"\b(?:duplája|kétszerese|háromszorosa) (?:annak|az?)\b.{0,30}\b(?:el)?költöttem\b",
    r"\bhonnan (?:jön|jött|van|származik) (?:ez az |ekkora |ennyi |az )(?:összeg|tartozás|"
    r"egyenleg)\w*",
    r"\bmiért [0-9]\w*(?: \w+){0,2} (?:a |az )?(?:végösszeg|egyenleg|tartozás)\w*",
    r"\b(?:visszaküldött|visszavitt|lemondott|felmondott)\w*\b.{0,30}\b(?:felszámol|terhel|"
    r"számláz|von)\w*",
    r"\b(?:terhel|von|számláz|felszámol)\w*\b.{0,40}\b(?:lemondtam|visszaküldtem|visszavittem|"
    r"felmondtam)\b",
    r"\b(?:a |az )?bank (?:utasította el|utasította vissza|dobta vissza|utasított el)\b",
    r"\b(?:haladék|megállapodás|egyezség|részletfizetés)\w*\b.{0,50}\bfigyelmen kívül\b",
    r"\b(?:you|you'?ve|you have|you lot|the bank|your bank|i'?ve been|i was) (?:been )?"
    r"overcharg\w*",
    r"不是我(?:取|转|签)", r"比我(?:实际)?(?:消费|花|刷|用)(?:的)?(?:还)?多",
    r"(?:刷|花|消费|借)了?[^\u3002]{0,10}怎么(?:就|会)?(?:变成|成了)",
    r"(?:账单|金额|余额|欠款|账|总额)(?:要是|如果)?对的话",
    r"(?:金额|数额|余额|账单|欠款|总额|数字)(?:就是|本来就|根本就)错的",
    r"(?:上个月|之前|原来|本来|明明)(?:的)?(?:账单|总额|余额|欠款)(?:才|只有)",
    r"(?:取消|退订|退掉|注销)(?:了)?的[^\u3002]{0,8}(?:还|仍|照样|继续)(?:在)?(?:扣|收)",
    r"退货[^\u3002]{0,12}没(?:有)?退", r"(?:本来|根本)(?:就)?不(?:该|应该)(?:我)?还",
    r"(?:银行|你们)(?:的)?(?:系统)?(?:出错|出了错|弄错|搞错)",
    r"(?:已经|早就|早)还(?:了|过)?的[^\u3002]{0,8}(?:也|都|又)算(?:进去|进|上)",
    r"(?:已经|早就|早)还(?:了|过)?的(?:钱|[^\u3002]{0,6})(?:扣掉|减掉|去掉)",
    r"(?:写|显示|说)(?:着)?我欠[^\u3002]{0,10}我(?:已经|都)还了",
    # Paying only for what one bought, amounts not owed, fees to be taken off first, late fees
    # when never late, interest after the account was closed, insurance never asked for, a
    # figure that is not the statement's: "not paying for stuff i didn't buy", "más költését",
    # "销户以后还算利息", "我没要的保险", "一万四不对, 账单上写的是六千".
    r"\b(?:what|stuff|things|something|anything|purchases|items|charges|transactions) (?:that )?"
    r"(?:i|we) (?:didn'?t|did not|never) (?:buy|make|order|spend|authori[sz]e|purchase|"
    r"agree to|sign up for|take out)\b",
    r"\b(?:amounts?|money|charges?|fees?|sums?|stuff|things|what) (?:that )?i (?:don'?t|do not|"
    r"dont|never) owed?\b",
    r"\b(?:until|unless|till) you (?:remove|take off|drop|refund|reverse|waive|wipe|take back)\b"
    r"(?: \w+){0,5} (?:fees?|charges?|interest|insurance|amount|balance|debt|costs?)\b",
    r"\blate (?:payment )?(?:fees?|charges?)\b.{0,60}\b(?:never|wasn'?t|was not|haven'?t (?:ever )?"
    r"been|have never been|not once) (?:once |ever )?(?:been )?late\b",
    r"\bnever (?:once )?(?:been |paid |was )?late\b.{0,60}\b(?:late )?(?:fees?|charges?)\b",
    r"\b(?:interest|fees?|charges?)\b.{0,40}\bafter (?:i |we )?(?:closed|closing|cancell?ed|"
    r"cancell?ing|the (?:account|card) (?:was )?(?:closed|cancell?ed)|closure)\b",
    r"\b(?:wrong|incorrect|not right)\b.{0,25}\b(?:my|the) statements? (?:says?|shows?)\b",
    r"\b(?:insurance|cover|protection) (?:that )?(?:i|we) (?:never|didn'?t|did not) (?:ask|asked|"
    r"want|wanted|agree|agreed|sign|signed|take|took|buy|bought)\b",
    r"\bmás(?:ok|nak a|ik ember)? (?:költését|költéseit|költése|vásárlását|vásárlásait|vásárlásai|"
    r"tartozását|adósságát|számláját)\b",
    r"\bkétszer (?:le|meg|el|be)?(?!\w*t[ae]m\b)(?:von|terhel|számol|húz|vett|szed)\w*",
    r"\b(?:a )?(?:tudtom|beleegyezésem|engedélyem|hozzájárulásom) (?:és \w+ )?nélkül\b",
    r"\bbiztosítás\w*,? (?:\w+ ){0,2}(?:amit|amelyet|amiről|amihez) (?:én )?(?:nem|sosem|soha"
    r"(?: nem)?) (?:kötöttem|kértem|igényeltem|választottam|tudtam|írtam alá|egyeztem)\b",
    r"\b(?:nem kért|nem kötött|nem igényelt|sosem kért|soha nem kért)\w* biztosítás\w*",
    r"\b(?:késedelmi|késési) (?:díj|kamat|költség)\w*\b.{0,60}\b(?:sosem|soha(?: nem)?|egyszer "
    r"sem|nem is) késtem\b",
    r"\b(?:sosem|soha(?: nem)?|egyszer sem|nem is) késtem\b.{0,60}\b(?:díj|kamat)\w*",
    r"\b(?:díj|kamat|költség)\w* (?:\w+ )?(?:nem|sosem|soha(?: nem)?) (?:szerepel|volt)\w* "
    r"(?:benne )?(?:a |az )?(?:szerződés|megállapodás)\w*",
    r"\b(?:kártyá\w*|aki) (?:\w+ )?lemásol\w*", r"\blemásol\w* (?:a |az )?kártyá\w*",
    r"\b(?:rossz|rosszak|téves|tévesek|hibás|hibásak|helytelen)(?: (?:a|az))? (?:végösszeg|"
    r"szám(?:ai|aik|ok|ítás)|összeg|egyenleg|kimutatás)\w*",
    r"\b(?:lezárás|megszüntetés|megszűnés|felmondás)\w* után (?:is )?(?:\w+ )?"
    r"(?:kamat|díj|terhel|számol)\w*",
    r"\bfelfúj\w*", r"\bhibáj(?:uk|ukból|ukra|ukat)\b", r"\b(?:a )?bank hibáj\w*",
    r"\brossz\b.{0,25}\b(?:a )?(?:számla)?kivonat\w* szerint\b",
    r"别人(?:花|买|消费|用)的", r"我(?:又|根本|压根|本来就|可)不欠(?:钱|你们|银行)",
    r"我不欠(?:你们|银行)", r"不欠的(?:钱|债|费|账|帐)", r"不认的(?:债|账|帐|就是|只有|钱)",
    r"(?:信用)?卡(?:都|也|早就|已经|早)?被(?:人)?偷(?:了|走)", r"偷(?:了)?我(?:的)?(?:信用)?卡",
    r"(?:从没|从来没|从未|没有|没)(?:有)?逾期(?:过)?.{0,12}(?:滞纳金|罚息|违约金|逾期费)",
    r"(?:滞纳金|罚息|违约金|逾期费).{0,12}(?:从没|从来没|从未)(?:有)?逾期",
    r"(?:金额|数额|余额|账单|欠款|总额|数字|数目)(?:是|都是|全是|全都是)错的",
    r"销户(?:以后|之后|后|了以后)[^\u3002]{0,8}(?:利息|费|扣)",
    r"(?:卡上|账上|账单上|账单里|欠款里)[^\u3002]{0,8}不是我的(?!错)",
    r"(?<!不是)(?:银行|你们)的(?:错|失误|过错)", r"要求(?:更正|纠正)",
    r"(?:没要|没买|没申请|没同意|不知道|没签|没让买|没要求)(?:过)?的(?:那个|这个)?保险",
    r"保险[^\u3002]{0,6}(?:从来|根本|压根)?没(?:有)?(?:跟我说|告诉我|经过我|问过我|通知我)",
    r"没(?:有)?同意(?:过)?的(?:费|收费|利息|保险|钱)", r"拒付",
    r"(?:不对|错了|有误|不是这个数) ?我?的?(?:账单|对账单|流水)上",
    # A charge from a shop or a town never been to: "never set foot in", "ahol sosem jártam",
    # "一家我没去过的商场的消费".
    r"\bnever (?:even |once )?(?:set|stepped|put) (?:a )?foot\b",
    r"\bnever (?:even |once )?(?:been|gone|went) to\b.{0,40}\bin my (?:\w+ )?life\b",
    r"\bnever (?:even |once )?(?:been|gone|went) to\b.{0,60}\b(?:charges?|transactions?|"
    r"purchases?|bought|spent|payments?)\b",
    r"\bnever (?:even |once )?(?:been|visited) (?:in|inside) (?:that|the|this|a|any) (?:shop|store|"
    r"hotel|town|city|country|place)\b",
    r"\b(?:charges?|shop|store|hotel|transactions?|purchases?|bought|spent)\b.{0,80}"
    r"\bnever (?:even |once )?(?:been|set foot|stepped foot|visited|gone)\b"
    r"(?! (?:late|behind|in debt|in arrears|overdrawn|to (?:your|the|a|any|my) (?:branch|bank))\b)",
    r"\bahol (?:én )?(?:sosem|soha(?: nem)?|sose|nem is|egyszer sem) (?:jártam|voltam)\b",
    r"\bott (?:se|sem|soha nem|sosem) (?:voltam|jártam)\b",
    r"\b(?:sosem|soha(?: nem)?|sose|nem is|egyszer sem) (?:jártam|voltam) (?:ott|\w*országban|"
    r"\w*városban|abban a|abban az|azon a|azon az|\w+ (?:boltban|üzletben|szállodában))\b",
    r"\b(?:egyike|egyik) (?:sem|se) én (?:voltam|vettem|fizettem)\b", r"\b(?:sem|se) én voltam\b",
    r"没(?:有)?去过[^\u3002]{0,14}(?:消费|扣款|刷|交易|费|账|买)",
    r"(?:消费|扣款|刷卡|交易|账单)[^\u3002]{0,24}没(?:有)?去过",
    # The statement, the app and the letter say different balances: "your letter says 3100 when
    # my statement says 1700", "a kivonat szerint 230, az app szerint 110", "账单说我欠23000, App
    # 上显示11000".
    r"\b(?:statement|app|letter|website|online banking|bill)s? (?:\w+ )?(?:says?|said|shows?|"
    r"showed|states?|stated)\b.{0,60}\b(?:(?:statement|app|letter|website|online banking|bill)s? "
    r"(?:\w+ )?(?:says?|said|shows?|showed|states?)|you'?re (?:chasing|asking|demanding|claiming|"
    r"saying)|you (?:are )?(?:chasing|demand|claim|say|want))\b",
    r"\b(?:kivonat|app|levél|level|honlap|netbank|számla)\w* szerint\b.{0,60}"
    r"\b(?:kivonat|app|levél|level|honlap|netbank)\w* szerint\b",
    r"\b(?:levél|level|app|kivonat|honlap|netbank)\w*(?:ben|ban|on|en|ön)\b.{0,40}"
    r"\b(?:kivonat|levél|level|app|honlap|netbank)\w*(?:ben|ban|on|en|ön)\b",
    r"\b(?:más|nagyobb|több|magasabb|kisebb|kevesebb)\b.{0,20}\b(?:az )?(?:egyenleg|összeg|"
    r"tartozás|végösszeg)\w*(?: van| áll| szerepel)?,? mint (?:a |az )?(?:\w+ )?(?:levél|level|app|"
    r"kivonat|honlap)\w*",
    r"\bnem ez (?:van|áll|szerepel) (?:a |az )?(?:számla)?kivonat\w*",
    r"\bvégösszeg\w* (?:rossz|téves|hibás|nem jó|nem helyes)\b",
    r"\bkivonat\w*\b.{0,40}\b(?:maguk|önök|ti|a bank)\b.{0,20}\b(?:követel|kér|mond|ír|akar)\w*",
    r"(?:欠款|余额|金额|数字|账单|app|信|短信)[^\u3002]{0,8}(?:跟|和|与)[^\u3002]{0,14}"
    r"(?:对不上|不一样|不符|不同|不一致)",
    r"(?:账单|app|信(?!用)|短信|网银|对账单)[^\u3002,]{0,4}(?:说|显示|写|是)[^\u3002]{0,16}"
    r"(?:账单|app|信(?!用)|短信|网银|对账单)[^\u3002,]{0,4}(?:说|显示|写|是)",
    r"账单(?:上|里)[^\u3002]{0,10}(?:你们|银行)(?:要|说|催|让我还)",
    # A card never activated, an account opened with one's papers.
    r"\bnever (?:even )?activated\b", r"\b(?:soha|sosem|nem is|nem) aktiváltam\b",
    r"\baktiválatlan\w*", r"\bnem aktivált kártyá\w*",
    r"(?:没|未|从没|从未|没有)(?:有)?激活(?:过)?的(?:信用)?卡",
    r"(?:用|拿)(?:了)?我的(?:资料|信息|身份证|证件)(?:开|办|申请)",
    # Someone else's spending without consent; only one's own spending paid for.
    r"\bwithout (?:my )?(?:permission|consent|asking(?: me)?|telling me)\b",
    r"\bengedély(?:em)? nélkül\b", r"未经(?:我|本人)?(?:的)?(?:同意|允许|授权)",
    r"\b(?:on|for) (?:only )?what i (?:actually|really|myself) (?:spent|bought|used|owe)\b",
    r"\bamit (?:ténylegesen|valóban|tényleg|csak) én (?:költöttem|vásároltam|vettem)\b",
    r"只还(?:我)?(?:自己)?(?:刷|花|消费|用)的",
    r"前(?:夫|妻|男友|女友|任)[^\u3002]{0,10}(?:的)?不还",
    # Charges after cancelling: "charged 4 times since I cancelled", "注销以后还扣了我四次".
    r"\b(?:charged|billed|debited|taken|charging|billing)\b.{0,40}\b(?:since|after) (?:i |we )?"
    r"(?:cancell?ed|closed|stopped|cancell?ing|closing)\b",
    r"注销[^\u3002]{0,8}(?:以后|之后|后)[^\u3002]{0,10}(?:费|扣|收|利息|刷)",
    # Proof of the debt or a copy of the signed agreement asked for before anything.
    r"\bproof (?:of|that|for) (?:the |this |my )?(?:debt|balance|what i owe)\b",
    r"\bcopy of (?:the |my |our )?(?:signed |original )?(?:credit |loan |card )"
    r"(?:agreement|contract)\b",
    r"\basked (?:\w+ ){0,4}for (?:a |the )?copy of (?:the |my |our )?(?:agreement|contract)\b",
    r"\bcopy of (?:the |my |our )?(?:agreement|contract)\b.{0,40}\b(?:before|until|first|never "
    r"(?:sent|received|came|arrived))\b",
    r"\b(?:igazol|bizonyít)\w*\b.{0,20}\b(?:a |az )?(?:tartozás|adósság|követelés)\w*",
    r"\b(?:tartozás|adósság|követelés)\w*\b.{0,20}\b(?:igazol|bizonyít)\w*",
    r"\b\w*szerződés\w* másolat\w*",
    r"(?:证据|证明)[^。!?]{0,12}我欠", r"(?:欠款|债务|欠债)的?(?:书面)?(?:证明|证据|凭证)",
    r"书面证明",
    # Charges to be taken off before anything: "until the charges from the shop are removed".
    r"\buntil (?:the|those|these) (?:\w+ )?(?:charges|transactions|payments|purchases)\b.{0,40}"
    r"\b(?:removed|taken off|refunded|reversed|cancell?ed)\b",
    r"\bamíg\b.{0,40}\bterhelés\w*\b.{0,20}\b(?:nem )?(?:törlik|törölik|veszik le|írják jóvá)\b",
    # Charges that look strange: "some of these charges look odd".
    r"\b(?:charges?|transactions?|purchases?|items?|payments?)\b.{0,20}\b(?:look|looks|seem|"
    r"seems)\b (?:\w+ )?(?:strange|odd|wrong|weird|suspicious|dodgy|fishy|unfamiliar)\b",
    # Charges made after the card was reported lost: "这些消费发生之前我就挂失了".
    r"挂失(?:了)?(?:以后|之后|后)[^\u3002]{0,12}(?:消费|扣|刷|交易)",
    r"(?:消费|刷|扣款|交易)[^\u3002]{0,10}(?:之前|以前)(?:我)?(?:就|已经|早就)?挂失",
    r"\b(?:reported|had reported) (?:it|the card) (?:lost|missing)\b.{0,40}\bbefore\b",
    r"\b(?:letiltattam|letiltottam|tiltattam le)\b.{0,40}\b(?:után|utána)\b",
    # Where the debt, the balance or a fee came from, asked as a doubt beside an answer: "where did
    # this debt come from??", "honnan jön ez a 380 ezer?", "这两万六是哪来的?".
    r"\bwhere (?:did|does|do|has|is|are|'s)? ?(?:this|that|these|the|all this) (?:[\w£$€]+ ){0,3}"
    r"(?:(?:come|came|coming) )?from\b",
    r"\bhonnan (?:jön|jött|van|származik|lett|került|jönne|szedték|vették) (?:ez|az|ezt|ennyi)\b",
    r"(?:这|那)[^。 ]{0,10}(?:是)?(?:从)?哪(?:儿|里)?(?:来|冒出来)的",
    # A fee, interest or insurance never agreed, to be taken off: "the interest you shouldn't have
    # added", "a biztosítást vegyék le, azt sose kértem", "把保险去掉, 我从来没要过".
    r"\b(?:interest|fees?|charges?|insurance)\b (?:\w+ ){0,2}(?:you )?(?:shouldn'?t|should not|"
    r"should never) (?:have|'ve) (?:added|charged|put on|applied)\b",
    r"\b(?:biztosítás|díj|kamat|költség)\w*\b.{0,30}\b(?:sose|sosem|soha(?: nem)?|nem is) "
    r"(?:kértem|igényeltem|fogadtam el|egyeztem bele|írtam alá|kötöttem)\b",
    r"(?:手续费|保险|利息|年费|滞纳金|服务费|费用)[^。]{0,20}(?:从来|从)?(?:没|没有|未)(?:有)?"
    r"(?:同意|要|申请|买|开通|签)过",
    r"不该收的", r"不该(?:加|扣|算)的(?:利息|费)",
    # Someone else's debt run up, spending never done: "I didn't run up this one either",
    # "fizessek azért amit nem vettem meg", "让我还我没买的东西", "我没花的钱我不签".
    r"\b(?:didn'?t|did not|never) run (?:up )?(?:this|that|it|the debt|these)\b",
    r"\bnone of (?:this|it|that|these|them) (?:is|are|was|were) mine\b",
    r"\b(?:sem|se) én (?:csináltam|költöttem|vettem fel|halmoztam fel)\b",
    r"\bamit (?:nem|sosem|soha nem|nem is) (?:én )?(?:vettem|vásároltam|költöttem|használtam)\b",
    r"没(?:有)?(?:花|刷|消费|买)(?:过)?的(?:钱|东西|账|帐)",
    r"我(?:根本|压根|本来)?(?:就)?不欠(?!别人|别的|其他|其它|外面|亲戚|朋友)",
    r"凭(?:啥|什么)(?:让我|要我|我要?|我)?(?:欠|还|付)", r"卡(?:都|也|根本|压根)(?:就)?不是我的",
    # The contract demanded, a fee the agreement never had: "mutassák meg a szerződést",
    # "ilyenről nem volt szó a megállapodásban", "为啥有滞纳金? 协议里没写".
    r"\bmutass(?:ák|a|ad|anak|átok|on) meg (?:a |az )?(?:szerződés|megállapodás|aláírás)\w*",
    r"\b(?:show|send) me the (?:signed )?(?:contract|agreement)\b",
    r"\bnem volt szó\b.{0,30}\b(?:megállapodás|szerződés)\w*",
    r"\b(?:fee|charge|interest)s?\b.{0,40}\b(?:wasn'?t|was not|isn'?t|is not|never) "
    r"(?:in|part of|mentioned in) (?:the|our|my) (?:agreement|contract|deal)\b",
    r"(?:滞纳金|手续费|利息|罚息|费)[^。]{0,12}(?:协议|合同)(?:里|上)(?:根本|都|也)?没(?:写|有|提)",
    # The balance changed from the statement's: "账单上写一万二, 这里怎么变成一万八了?".
    r"(?:账单|app|短信|对账单)[^。]{0,16}怎么(?:就|又)?(?:变成|成了|多出)",
)  # fmt: skip

#: Said in distress words but meaning money or things: "desperate to sort this out", "nem bírom
#: (ezt) kifizetni" (cannot afford it), "csak ennyit bírok", "the app keeps crashing" (崩溃).
#: Removed before :data:`DISTRESS_PHRASES` are read, so that the rest of the message still counts.
NOT_DISTRESS = (
    r"\bdesperate (?:to|for) "
    r"(?:sort|pay|fix|settle|resolve|get|find|clear|make|work|agree|finish)\w*",
    r"\bnem bír(?:om|ok|nám|nék) (?:\w+ ){0,3}(?:ki|be|meg|vissza)?fizet\w*",
    r"\b(?:többet|ennyit|annyit) (?:nem )?bír(?:ok|om|nék|nám)\b",
    r"\bnem bír(?:om|ok|nám|nék) (?:már |tovább |többé )?(?:ezt |ezeket |ennyit |ekkora )?"
    r"(?:a |az )?"
    r"(?:összeg|részlet|törleszt|havi|kamat|díj|terv|csekk)\w*",
    r"(?:店|饭店|公司|生意|厂|餐厅|铺子|买卖)(?:快|也|都|要)?(?:撑不住|撑不下去|扛不住)",
    r"\b(?:cafe|shop|business|company|firm|restaurant|salon|pub|bar|store|garage|takeaway|trade)"
    r" (?:is |was |has been |'?s )?(?:barely|only just|hardly) (?:surviving|holding on|"
    r"hanging on|staying afloat|keeping afloat)\b",
    r"(?:计划|方案|月供|还款|分期)(?:我)?(?:实在|真的)?(?:坚持|撑|扛)不(?:下去|住)",
    r"(?:app|应用|系统|软件|程序|网站|网页|页面|手机|电脑|服务器)(?: )?"
    r"(?:一直|总是|老是|又|经常|都)?(?:在)?(?:崩溃|崩了)",
)  # fmt: skip

_DISTRESS = Phrases(DISTRESS_PHRASES)
_NOT_DISTRESS = _compile(NOT_DISTRESS)
_DISPUTE = Phrases(DISPUTE_PHRASES)
#: Saying what is not disputed: "i'm not disputing anything", "nem vitatom", "我没说不认账",
#: fraud on another card, a complaint about something else or long sorted.
DISPUTE_DENIED = (
    r"\bnem (?:vitat(?:om|ok|juk)|tagadom)(?: (?:semmit|a tartozást|az adósságot|ezt))?\b",
    r"\bnem (?:akarok |akarunk )?vitatkoz\w*",
    r"\bnem (?:csalás|átverés)\b(?! (?:ez|volt|lenne)\b)",
    r"\bvitat\w* \w+ (?:a |az )?\w*szolgáltató\w*",
    r"\b(?:ellopták|lopták el|klónozták|feltörték) (?:a |az )?(?:régi|előző|másik)\w*",
    r"\b(?:régi|előző|másik) kártyá\w* (?:ellopták|lopták el|klónozták|feltörték)\b",
    # Saying what one does not dispute: "i'm not disputing anything", "我没说不认账".
    r"\b(?:not|never|i'?m not|i am not|not gonna|not going to|won'?t|wont) "
    r"(?:disputing|contesting|denying|dispute|contest|deny)"
    r"(?: (?:anything|it|this|that|the (?:debt|balance)))?\b",
    r"\bnot (?:saying|claiming) (?:it isn'?t mine|it'?s not mine|i don'?t owe|i dont owe)"
    r"(?: (?:it|this|that|the debt))?\b",
    # A fraud, a theft or a dispute of another card, or one long sorted: "had fraud on a
    # different card", "old card got stolen last year but this is the new one".
    r"\b(?:fraud|scam\w*|stolen|cloned|hacked|disput\w*|complain\w*|contest\w*)\b"
    r"[^.;!?]{0,40}\b(?:a |an |my |the )?(?:different|other|old|previous|another) "
    r"(?:card|account|loan|bank)\b",
    r"\b(?:different|other|old|previous|another) (?:card|account)\b[^.;!?]{0,30}"
    r"\b(?:fraud|stolen|cloned|hacked|skimmed)\b",
    r"\b(?:fraud|scam\w*|stolen|cloned|hacked|disput\w*|complain\w*|contest\w*)\b"
    r"[^.;!?]{0,50}\bbut (?:it'?s|that'?s|thats|its|it was|that was|that'?s been|it'?s been) "
    r"(?:all |long |been )?(?:sorted|done|resolved|fine|over|settled|not why)\b",
    r"\bthought (?:this|it|you) (?:was|were) (?:a |an )?(?:scam|spam|fake|fraud)\w*",
    r"\b(?:thought|considered|was going) (?:about |of )?(?:to )?(?:disputing|contesting|dispute|"
    r"contest)(?: (?:it|this|that))?,? but(?:,? (?:nah|no|nope))?\b",
    r"\b(?:don'?t|do not) (?:dispute|deny|contest)"
    r"(?: (?:it|this|that|the (?:debt|balance)|anything))?\b",
    r"(?:没说|没有说|不是说|不是|并不是|并没有|没有)(?:要)?不认(?:账|帐|这笔|这个)?",
    r"(?:没有|没|无|不存在)(?:任何|什么)?(?:的)?争议",
    r"\bnem (?:mondom|mondtam|állítom),? hogy nem (?:az )?enyém\b",
    r"(?<!是)不是(?:被)?(?:盗刷|盗用|诈骗|冒用|被骗)(?:的)?[\uff0c, ]?(?:是|就是|而是)",
    # A complaint about something else than this debt, or one made long ago.
    r"投诉(?:的是|的)?(?:催收|电话|骚扰|服务|态度|客服|短信|app)",
    r"(?:网贷|花呗|借呗|白条|车贷|房贷|贷款|其他|别的|另一)[^\uff0c\u3002,.]{0,6}投诉",
    r"(?:以前|之前|曾经|上次)投诉过[^\uff0c\u3002,.]{0,8}[\uff0c, ]?"
    r"(?:但|不过|可是|已经解决|解决了)",
)  # fmt: skip
#: Removed before :data:`DISPUTE_PHRASES` are read: what is not disputed, and owing no one else
#: or losing one's own money is not denying this debt ("别的人我一分都不欠" at the other debts).
NOT_DISPUTE = (
    r"\bnem vettem fel (?:soha |sosem )?(?:más |egyéb )?hitelt?\b(?=.{0,30}\bcsak (?:ezt|ez)\b)",
    r"(?:别人|别的人|其他人|其他的人|其他)(?:我)?(?:一分(?:钱)?都|什么都|都|也)不欠",
    r"\b(?:megloptak|átvertek|atvertek|kicsaltak)\b(?! (?:a |az )?kártyá)",
    r"(?:被骗|上当受骗)(?:了)?(?:我的)?(?:积蓄|存款|钱)",
    # Something else of one's own stolen: "my car was stolen", "ellopták az autómat".
    r"\b(?:car|van|bike|motorbike|scooter|phone|tools?|wallet|purse|bag|vehicle|truck|lorry)"
    r" (?:\w+ ){0,2}(?:was |got |had been |been )?stolen\b",
    r"\b(?:ellopt\w*|lopták el) (?:a |az )?(?:\w+ )?(?:autó|kocsi|bicikli|kerékpár|robogó|"
    r"telefon|motor|szerszám|táská|pénztárc)\w*",
    r"\b(?:autó|kocsi|bicikli|kerékpár|robogó|telefon|motor|szerszám|táská)\w* "
    r"(?:ellopták|lopták el)\b",
    # A partner's own money: "a páromé 400", not a partner's debt.
    r"\b(?:férjem|feleségem|párom|barátom|barátnőm)é (?:pedig |meg )?(?=[0-9])",
    *DISPUTE_DENIED,
)  # fmt: skip
#: The cardholder says the debt is theirs ("a tartozás az enyém", "我认这个债", "not saying it
#: isn't mine"): the classifier's hunch of a dispute is not taken then (the rules still are).
OWNS_DEBT = (
    r"\b(?:igen|persze|tudom|hát),? (?:hogy )?(?:ez )?az enyém\b",
    r"\baz én (?:kártyám|tartozásom|adósságom|hitelem|hibám)\b",
    r"\b(?:a |ez a )?(?:tartozás|adósság|kártya|hitel) (?:az )?enyém\b",
    r"\baz enyém a (?:tartozás|adósság|kártya|hitel)\b",
    r"\b(?:it'?s|it is|the debt is|this is|the card is|that'?s) (?:all )?(?:mine|my debt)\b",
    r"(?<!accept )(?<!admit )(?<!agree )(?<!think )(?<!believe )(?<!that )(?<!say )"
    r"(?<!would )(?<!do )(?<!can )(?<!why )(?<!how )"
    r"\bi (?:do )?owe (?:it|this|that|the money)\b(?! (?:nothing|anything|you nothing))",
    r"我认(?:这个|这笔)?(?:债|账|帐|欠款)", r"没(?:有)?赖账", r"不是(?:我)?不(?:想|愿意)?还",
    r"(?:债|欠款|钱)是我(?:自己)?(?:欠|借|刷|花)的", r"我自己刷",
)  # fmt: skip
_NOT_DISPUTE = _compile(NOT_DISPUTE)
_OWNS_DEBT = _compile(OWNS_DEBT)
_DISPUTE_DENIED = _compile(DISPUTE_DENIED)


def says_not_disputed(text: str) -> bool:
    """Whether the message says what is not disputed ("not disputing it", "nem csalás", fraud on
    another card) or that the debt is the cardholder's: no dispute is guessed from its words."""
    words = _words_only(_fold(_normalize(text)))
    return bool(_DISPUTE_DENIED.search(words) or _OWNS_DEBT.search(words))


def without_money_strain(text: str) -> str | None:
    """The message without the words that sound like a crisis but are about money
    (:data:`NOT_DISTRESS`: "nem bírom ezt az összeget", "desperate to sort this"), so that the
    classifier can hear whether the rest still is one; ``None`` when it has no such words."""
    plain = _words_only(_fold(_normalize(text)))
    calmer = _NOT_DISTRESS.sub(" ", plain)
    return None if calmer == plain else " ".join(calmer.split())


def signals_distress(text: str) -> bool:
    """Whether the message says the person is in crisis (self-harm, hopelessness, not coping)."""
    plain = _words_only(_fold(_normalize(text)))
    return bool(_DISTRESS.search(_NOT_DISTRESS.sub(" ", plain)))


#: The debt is said to be paid already ("I paid this off years ago", "már kifizettem ezt",
#: "我早就还清了"): a dispute of the debt, except where a missed payment is asked about (there it
#: is "I have paid").
PAID_OFF_PHRASES = (
    # en
    r"\b(?:already|allready|alredy|all ready) (?:paid|payed|settled|cleared|repaid)\b",
    r"\b(?:paid|payed|settled|cleared|repaid) (?:it|this|that|the (?:debt|balance|card|bill|loan))?"
    r" ?(?:off|in full|back)? ?(?:already|ages ago|years ago|months ago|long ago|last year)\b",
    r"\b(?:paid|payed|settled|cleared) (?:it|this|that|(?:this|that|the) (?:debt|balance|card|"
    r"bill|account)) off\b",
    r"\b(?:paid|payed|settled|cleared|repaid) (?:it|this|that|(?:this|that|the) (?:debt|balance|"
    r"card|bill|account)) (?:\w+ ){0,3}"
    r"(?:already|years ago|long ago|ages ago|last year|in (?:19|20)[0-9]{2})\b",
    r"\b(?:this|it|the debt|the balance) (?:was|has been|is) (?:already )?(?:paid|settled|cleared)"
    r"(?: off| in full)?\b",
    r"\b(?:paid|payed|settled|cleared) (?:it|this|that|the (?:debt|balance|bill|card))\b"
    r"(?: \w+){0,6} (?:receipt|proof of payment|confirmation)\b",
    # hu
    r"\bmár (?:ki|vissza|be)?fizettem\b", r"\bmár (?:rendeztem|kiegyenlítettem|törlesztettem)\b",
    r"\b(?:már )?ki van (?:fizetve|egyenlítve)\b", r"\brendezve (?:van|lett)\b",
    r"\bvisszafizettem (?:már|az egészet|mindent|rég)\b", r"\brégen (?:ki|vissza)fizettem\b",
    r"\bmár (?:régen |rég )?(?:ki|vissza)fizettem\b",
    r"\bmár (?:\w+ ){0,2}(?:ki|vissza)fizettem\b", r"\b(?:ki|vissza)fizettem már\b",
    r"\b(?:19|20)[0-9]{2}(?:-?ben|ban)? (?:ki|vissza)fizettem\b",
    r"\b(?:rendeztem|kifizettem|befizettem|visszafizettem)\b.{0,60}"
    r"\b(?:igazolás|bizonylat|nyugt|csekkszelvény)\w*",
    r"\b(?:igazolás|bizonylat|nyugt)\w*.{0,60}\b(?:rendeztem|kifizettem|befizettem)\b",
    r"\b(?:az )?egész (?:tartozást|adósságot|hitelt) (?:\w+ )?(?:ki|vissza)fizettem\b",
    # zh
    r"早就还", r"早还了", r"早还清", r"已经还清", r"已还清", r"还清了", r"已经还过", r"早就结清",
    r"已经结清", r"已结清", r"早就付", r"已经付清", r"已付清", r"还完了", r"早就还完",
    r"(?:早|年|前)就(?:还清|结清|还完|付清)",
    r"(?:已经|早已|早就)(?:一次性|全部|全额|都)(?:结清|还清|付清|还完)", r"结清证明",
    r"\bvégtörleszt\w*",
    # Paid, and the bank's side did not register it: "your system just didn't register it".
    r"\b(?:your|the bank'?s|the) (?:system|records?|computer)\b.{0,30}\b(?:didn'?t|did not|"
    r"never|failed to|doesn'?t|does not|hasn'?t|has not) (?:register|record|show|process|apply|"
    r"credit|pick up|update)\b",
    r"\bpaid (?:it|this|that|the payment)\b.{0,40}\b(?:didn'?t|did not|never|wasn'?t|not) "
    r"(?:register\w*|record\w*|show\w*|credit\w*|appl\w*|process\w*|go through)\b",
    r"\b(?:lement|levonták|leemelték|elment)\b.{0,40}\b(?:nem (?:jelent meg|látszik|írták jóvá|"
    r"könyvelték)|nem (?:jött|ment) át)\b",
    r"(?:扣走|扣了|转了|还了|付了)[^\u3002]{0,16}(?:系统|你们|银行)[^\u3002]{0,4}"
    r"没(?:有)?(?:入账|到账|显示|记录)",
    r"\b(?:payment|it|the direct debit) (?:came|went|left) (?:out of|from) my "
    r"(?:account|bank)\b",
    r"\bnem (?:írták|írta|írtak|könyvelték) jóvá\b",
    r"\bnem (?:le|el|be)?könyvel(?:te|ték|ődött|ődik)\w*(?: (?:le|el|be))?\b",
    # A payment made and not counted: "it's not showing", "you never credited the 400 I paid",
    # "lost my payment", "nincs jóváírva", "一直没入账": a dispute except at a missed payment.
    r"\b(?:paid|payment|transfer(?:red)?|sent)\b.{0,60}\b(?:not|isn'?t|never|hasn'?t|wasn'?t) "
    r"(?:been )?(?:showing|shown|credited|counted|applied|registered|recorded)\b",
    r"\b(?:never|not|didn'?t|haven'?t|hasn'?t) (?:been )?(?:credited|recorded|counted) "
    r"(?:the|my|it|that)\b",
    r"\bwhere (?:my|the) (?:\w+ ){0,2}payments? (?:went|has gone|disappeared)\b",
    r"\b(?:lost|misplaced) (?:my|the) (?:payment|transfer)\b",
    r"\b(?:showing|marked|recorded|counting|treating) (?:the |my )?payments? (?:i made |i'?ve "
    r"made )?as (?:missed|late|unpaid)\b",
    r"\b[ns]incs(?: még| mindig| még mindig)? (?:jóváírva|lekönyvelve|elkönyvelve|könyvelve)\b",
    r"\b(?:írják|írja|írták|írnak) jóvá (?:a |az )?(?:befizetés|utalás|törleszt)\w*",
    r"\b(?:befizettem|utaltam|fizettem)\b.{0,40}\bnem (?:látja|látják|látszik|jelenik meg)\b",
    r"\b(?:elvesztett|vesztette el|vesztették el|elveszett)\w*\b.{0,20}\b(?:utalás|befizetés)\w*",
    r"(?:还了|还的|还过|付了|转了)[^\u3002]{0,16}没(?:有)?(?:给我)?(?:入账|到账|记上|记账|记录)",
    r"\b(?:19|20)[0-9]{2}(?:[- ]?ben|[- ]?ban) (?:\w+ ){0,2}(?:rendeztem|kifizettem|visszafizettem|"
    r"kiegyenlítettem)\b",
    # A payment left out of the balance: "nincs benne a befizetésem", "hiányzik egy utalásom",
    # "a befizetéseim nem látszanak", "余额没扣我还的", "还的钱都没显示".
    r"\b(?:befizetés|utalás|törlesztés)\w* (?:sem |se )?nem (?:látsz\w*|jelen\w* meg|szerepel\w*|"
    r"számol\w*)\b",
    r"\bhiányz(?:ik|nak) (?:egy |a |az |\w+ )?(?:\w+ )?(?:befizetés|utalás)\w*",
    r"\b(?:befizetés|utalás)\w* hiányz\w*",
    r"\bnincs (?:benne|rajta|levonva|beszámítva|jóváírva)\b.{0,25}\b(?:befizetés|utalás|"
    r"törlesztés)\w*",
    r"没(?:有)?(?:扣|减|算|抵)(?:掉|去|除)?(?:我)?(?:已经)?(?:还|付|交)(?:了|过)?的",
    r"(?:还|付|交|转)(?:了|的|过)(?:的)?(?:钱|款)?[^\u3002]{0,8}没(?:有)?显示",
    # Cash paid at a branch and missing from the balance: "my cash payments at your branch
    # aren't on here", "a fiókban befizettem készpénzben, vonják le", "柜台现金还了2500, 先扣掉".
    r"\b(?:cash\b.{0,60}\b(?:branch|counter)|(?:branch|counter)\b.{0,60}\bcash)\b.{0,80}"
    r"\b(?:not (?:on|showing|there|included|counted|credited|in)|(?:isn'?t|aren'?t|wasn'?t|"
    r"weren'?t|hasn'?t|haven'?t|doesn'?t|don'?t|didn'?t)(?: \w+){0,2} (?:on|showing|show|include|"
    r"included|credited|counted|there|appear\w*|reflected)|none of (?:it|them|those|these) (?:is |"
    r"are )?(?:showing|there|on|credited|counted)|missing|take (?:that|it|this|those) off)\b",
    r"\b(?:(?:befizettem|fizettem be|befizetés\w*)\b.{0,60}\b(?:készpénz|fiók)|"
    r"(?:készpénz|fiók)\w*\b.{0,60}\b(?:befizettem|fizettem be|befizetés))\w*\b.{0,80}"
    r"\b(?:vonj\w* le|levon\w*|nincs (?:még )?(?:benne|rajta|jóváírva)|sincs\w*|hiányz\w*|"
    r"nem (?:látsz\w*|szerepel\w*|jelent meg|számolt\w*|számít\w*))",
    r"(?:支行|网点|柜台|营业厅)[^\u3002]{0,20}(?:现金)?(?:还|交|存|缴)(?:了|的)?[^\u3002]{0,20}"
    r"(?:不见了|没(?:有)?(?:入账|到账|显示|算进去|算上|记上|扣)|没算|扣掉|减掉|去掉)",
)  # fmt: skip
_PAID_OFF = _compile(PAID_OFF_PHRASES)


def signals_paid_off(text: str) -> bool:
    """Whether the message says the debt is paid already (a dispute, but at a missed payment)."""
    return bool(_PAID_OFF.search(_words_only(_fold(_normalize(text)))))


#: The cardholder asks what the question or a button means ("I don't understand the question",
#: "mit jelent", "什么算必要开支?"): the help text answers that, not a guess at an answer.
ASKS_WHAT_IS_MEANT = (
    r"\b(?:i )?(?:don'?t|do not|dont) (?:understand|get) (?:the |this |your )?(?:question|what you "
    r"mean|what you'?re asking|what that means)\b",
    r"\bwhat do you mean\b(?! (?:i|i'?m|my|you|we)\b)", r"\bwhat does (?:\w+ ){1,5}mean\b",
    r"\bwhat(?:'s| is) the difference between\b",
    r"\bwhich (?:four |4 )?(?:numbers|digits)\b[^.!]{0,30}\?",
    r"\bhow long (?:is|counts as) (?:temporary|a while)\b",
    r"\bdoes (?:\w+ ){1,6}count\b[^.!]{0,20}\?",
    r"\bnem értem (?:a |ezt a )?kérdés\w*", r"\bnem értem,? (?:mit kér|mire gondol|melyik)\w*",
    r"\bmit jelent\w*", r"\bmelyik (?:négy )?(?:szám|számjegy)\w*\b[^.!]{0,30}\?",
    r"\bmi a különbség\b", r"\bmennyi (?:az az|az) átmeneti\b",
    r"\bszámít(?:-e| ez| az)?\b[^.!]{0,20}\?",
    r"没看懂", r"看不懂", r"什么意思", r"是指什么", r"指的是什么", r"指(?:啥|什么)\?",
    r"(?:有|是)(?:啥|什么)区别", r"哪(?:四|4)位", r"算吗\?", r"算不算", r"什么算",
    r"是指多久", r"指多久", r"不算[^。,.?]{0,6}吧\?",
)  # fmt: skip
_ASKS_WHAT_IS_MEANT = _compile(ASKS_WHAT_IS_MEANT)


def asks_what_is_meant(text: str) -> bool:
    """Whether the message asks what the question, a word of it or a button means."""
    return bool(_ASKS_WHAT_IS_MEANT.search(_fold(_normalize(text))))


def signals_dispute(text: str) -> bool:
    """Whether the message denies or disputes the debt: "not my card", fraud, "不是我刷的"; not a
    scam that took the cardholder's own savings ("someone posing as my bank emptied my account"),
    which is why they fell behind, unless it names this card's charges too."""
    if _own_money_lost(text):
        return False
    return bool(_DISPUTE.search(_NOT_DISPUTE.sub(" ", _words_only(_fold(_normalize(text))))))


ANOTHER_DEBT = (
    r"\b(?:other|else|the rest|rest of|car|loan|mortgage|student|personal|store card|overdraft|"
    r"catalogue|phone contract)\b",
    r"\bmás\w*", r"\btöbbi\w*", r"\b(?:autó|lakás|diák|személyi|áruhitel)\w*", r"hitel\w*",
    r"\b(?:kocsi|ház|telefon|tévé|hűtő|bútor|mosógép|laptop)\w*", r"\bcsak ez (?:maradt|van)\b",
    r"kölcsön\w*", r"其他", r"别的", r"其它", r"车贷", r"房贷", r"网贷", r"花呗", r"借呗", r"白条",
    r"贷款",
)  # fmt: skip
_ANOTHER_DEBT = _compile(ANOTHER_DEBT)


def names_another_debt(text: str) -> bool:
    """Whether the message names a debt other than this card ("the car loan", "a többi", "其他")."""
    return bool(_ANOTHER_DEBT.search(_fold(_normalize(text))))


def _own_money_lost(text: str) -> bool:
    """A scam or theft that took the cardholder's own money, without a word about this card."""
    words = _words_only(_fold(_normalize(text)))
    return bool(_OWN_MONEY_LOST.search(words)) and not _THIS_DEBT.search(words)


OWN_MONEY_LOST = (
    r"\b(?:took|stole|emptied|drained|wiped out|cleaned out|lost|sent|transferred|gave)"
    r" (?:all |most )?(?:of )?(?:my|our) (?:life )?"
    r"(?:savings|money|pension|bank account|account)\b",
    r"\b(?:my|our) (?:savings|bank account|account|pension) (?:was|were|got) "
    r"(?:emptied|drained|stolen|taken|wiped)\b",
    r"\bromance scam\b", r"\bscam\w* (?:me )?out of (?:all )?(?:my|our)\b",
    r"\b(?:hacked|emptied) my (?:online )?bank\w*",
    r"\bsent (?:money|it|\w+ (?:pounds|dollars|euros)) to (?:someone|a scammer|him|her|them)\b",
    r"\b(?:elvitték|ellopták|leszívták) (?:a |az )?(?:megtakarításom|pénzem|számlám)\w*",
    r"\bátvertek\b.*\b(?:megtakarítás|pénz)\w*",
    r"\b(?:leürítették|kiürítették|lenullázták|kifosztották|leszívták) (?:a |az )?"
    r"(?:bank)?(?:számlám|számlánkat|megtakarítás)\w*",
    r"\bcsaló(?!d)\w*\b.{0,40}\b(?:pénzem|pénzünk|megtakarítás|bankszámlá|számlám)\w*",
    r"\bellopt\w* (?:a |az )?(?:pénztárcám|tárcám|fizetésem|pénzem|megtakarításom)\w*",
    r"\b(?:wallet|purse|cash|wages) (?:was|got) stolen\b",
    r"\bstole my (?:wallet|purse|cash|wages)\b",
    r"(?:骗走|骗了)(?:我)?(?:了)?(?:的)?(?:十几万|[0-9一二两三四五六七八九十几]+万|积蓄|存款|钱)",
    r"被(?:电信|网络)?诈骗", r"存款被盗", r"积蓄(?:全)?没了",
)  # fmt: skip
_OWN_MONEY_LOST = _compile(OWN_MONEY_LOST)
#: Words about this card's debt: a scam story that names them is a dispute after all.
THIS_DEBT = (
    r"\b(?:this|the|these|that) (?:card|charges?|transactions?|debt|purchases?|spending)\b",
    r"\bon (?:my|the) card\b", r"\bnot (?:mine|me)\b", r"\bi didn'?t (?:make|buy|spend)\b",
    r"\bkártyá\w*", r"\bterhelés\w*", r"这张卡", r"信用卡被", r"盗刷", r"不是我刷", r"不是我消费",
)  # fmt: skip
_THIS_DEBT = _compile(THIS_DEBT)


# ================================================================================================
# The card's last four digits, the language named
# ================================================================================================

_CARD_NUMBER = re.compile(r"(?<![0-9])[0-9]{4}(?:[ -]?[0-9]{4}){2,3}(?![0-9])")
_FOUR_DIGITS = re.compile(r"(?<![0-9])[0-9]{4}(?![0-9])")
_SPACED_DIGITS = re.compile(r"(?<![0-9])[0-9](?:[ .-][0-9]){3}(?![0-9]|[ .-][0-9])")
_CHINESE_FOUR = re.compile(
    rf"(?<![{_CN_DIGIT_CLASS}])[{_CN_DIGIT_CLASS}]{{4}}(?![{_CN_DIGIT_CLASS}])"
)
_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "nulla": "0", "egy": "1", "kettő": "2", "ketto": "2", "két": "2", "ket": "2", "három": "3",
    "harom": "3", "négy": "4", "negy": "4", "öt": "5", "ot": "5", "hat": "6", "hét": "7",
    "het": "7", "nyolc": "8", "kilenc": "9",
}  # fmt: skip
_SPELLED_FOUR = re.compile(
    rf"\b(?:{'|'.join(_DIGIT_WORDS)})(?:[ ,-]+(?:{'|'.join(_DIGIT_WORDS)})){{3}}\b"
)


_DOUBLE_DIGIT = re.compile(r"\b(?:double|dupla) ([0-9])\b")
_DIGIT_WORD_AMONG_DIGITS = re.compile(
    rf"(?<=[0-9] )(?:{'|'.join(_DIGIT_WORDS)})\b(?= [0-9])|(?<=[0-9] )(?:{'|'.join(_DIGIT_WORDS)})"
    rf"\b(?= (?:{'|'.join(_DIGIT_WORDS)}) [0-9])"
)


def read_card_digits(text: str) -> str | None:
    """The card's last four digits, said alone or in a sentence; ``None`` unless exactly one.

    "9017", "my card ends in 9017", "尾号是3902", "5120-ra végződik", "7 7 0 3", "****1981",
    "xxxx xxxx xxxx 4471", a whole card number (its last four), "九零一七", "nine oh one seven".
    Two different groups of four ("1234 or 4321") are not read.
    """
    plain = _normalize(text).replace("幺", "一")  # 幺: how "one" is said in digits
    plain = _DOUBLE_DIGIT.sub(lambda m: f"{m[1]} {m[1]}", plain)  # "double 3": 3 3
    plain = _DIGIT_WORD_AMONG_DIGITS.sub(lambda m: _DIGIT_WORDS[m[0]], plain)  # "8 zero 5 6"
    corrected = list(_CORRECTION.finditer(_fold(plain)))
    if corrected:  # "4417, wait no, its 4471": the digits after the correction
        aligned = len(plain) == len(_fold(plain))
        after = read_card_digits(plain[corrected[-1].end() :]) if aligned else None
        if after is not None:
            return after
    plain = _CHINESE_FOUR.sub(
        lambda m: "".join(str(CHINESE_DIGITS[ch]) for ch in m[0]) if "两" not in m[0] else m[0],
        plain,
    )
    plain = _SPELLED_FOUR.sub(
        lambda m: "".join(_DIGIT_WORDS[w] for w in re.split(r"[ ,-]+", m[0])), plain
    )
    found = {re.sub(r"[^0-9]", "", m)[-4:] for m in _CARD_NUMBER.findall(plain)}
    if not found:
        found = set(_FOUR_DIGITS.findall(plain))
        found |= {re.sub(r"[^0-9]", "", m) for m in _SPACED_DIGITS.findall(plain)}
    if len(found) > 1:  # "ends 6648, the old one expired in 2023": the year is no card's digits
        found -= _years_said(plain)
    return found.pop() if len(found) == 1 else None


#: A four-digit year said as one: "in 2023", "2021-ben", "2020年", "expired 2019".
_YEAR_SAID = re.compile(
    r"(?:\b(?:in|since|from|until|till|by|year|expired|expires|expiry|exp|lejárt|óta|born|"
    r"born in|született|szül\.?)\W{0,2})"
    r"((?:19|20)[0-9]{2})(?![0-9])"
    r"|(?<![0-9])((?:19|20)[0-9]{2})(?:年|\W?(?:-?ben|-?ban|-?ig|-?től|-?tól|-?es|-?as|óta)\b)"
)


def _years_said(plain: str) -> set[str]:
    """The four-digit groups of ``plain`` said as a year (see :data:`_YEAR_SAID`)."""
    return {m[1] or m[2] for m in _YEAR_SAID.finditer(plain)}


#: Names of the three languages, in each of them.
LANGUAGE_NAMES = {
    "en": (r"\benglish\b", r"\bangol\w*", r"英文", r"英语", r"英語", r"\beng\b"),
    "hu": (r"\bhungarian\b", r"\bmagyar\w*", r"匈牙利", r"\bhun\b"),
    "zh": (
        r"\bchinese\b", r"\bmandarin\b", r"\bkínai\w*", r"中文", r"汉语", r"漢語", r"普通话",
        r"华语", r"國語", r"\bzh\b",
    ),
}  # fmt: skip
_LANGUAGE_NAMES = {code: _compile(names) for code, names in LANGUAGE_NAMES.items()}


def read_language_named(text: str) -> str | None:
    """The one language the message names ("in English please", "magyarul", "说中文"), if one;
    not the one it says the cardholder does not speak ("nem beszélek jól magyarul")."""
    folded = _NOT_SPOKEN.sub(" ", _fold(_normalize(text)))
    named = [code for code, pattern in _LANGUAGE_NAMES.items() if pattern.search(folded)]
    return named[0] if len(named) == 1 else None


#: A language the cardholder does not (well) speak or read is not the one asked for.
NOT_SPOKEN = (
    r"\b(?:i )?(?:don'?t|do not|can'?t|cannot|can not) (?:speak|read|understand|write) "
    r"(?:\w+ )?(?:english|hungarian|chinese|mandarin)\b(?: (?:well|very well|much))?",
    r"\bmy (?:english|hungarian|chinese) (?:is |isn'?t |isnt |not |aint |is not )?"
    r"(?:so |very |that |too |really )?(?:bad|poor|weak|limited|basic|rusty|"
    r"not (?:so |very |that |too )?good|good)\b",
    r"\bnem (?:\w+ )?(?:beszélek|értek|olvasok|tudok) (?:\w+ )?"
    r"(?:magyarul|angolul|kínaiul)\b",
    r"\b(?:magyarul|angolul|kínaiul) (?:nem|alig|rosszul) (?:\w+ )?(?:megy|értek|beszélek|tudok|"
    r"olvasok)\w*(?: (?:jól|túl jól|annyira))?",
    r"(?:不会|不懂|看不懂|听不懂|不太会)(?:说|讲|看)?(?:中文|汉语|英文|英语|匈牙利语)",
)  # fmt: skip
_NOT_SPOKEN = _compile(NOT_SPOKEN)


# ================================================================================================
# Going back, refusing
# ================================================================================================

#: The whole message asks to go back (give or take "please", "ok", "kérem", "吧").
BACK_PHRASES = (
    r"(?:go |take me |bring me |let'?s go |lets go |please go )?back(?: to (?:the )?"
    r"(?:options?|list|plans?|menu|start|previous))?",
    r"prev(?:ious)?(?: step| page| screen| menu)?", r"undo", r"(?:go |take me )?back a step",
    r"back,? (?:i )?(?:chose|picked|pressed|clicked|hit) (?:the )?wrong(?: one| button| thing)?",
    r"return(?: to (?:the )?(?:options?|list|plans?))?",
    r"(?:show me |see |let me see |i want to see |what are )?(?:the )?(?:other|others|rest|"
    r"other (?:options?|plans?|ones?))(?: again)?",
    r"(?:mutasd |nézzük |lássuk )?(?:a )?(?:többit|többi(?: terv\w*| lehetőség\w*| opció\w*)?|"
    r"más lehetőség\w*|másik(?:at)?)",
    r"(?:看看|看|换)(?:别的|其他的?|其它的?)(?:方案)?", r"换一个", r"换个(?:方案)?",
    r"előző(?: oldal| lépés| oldalra)?", r"上一页", r"上一个页面", r"previous page",
    r"mégse(?:m)?", r"inkább nem", r"never ?mind", r"forget it", r"算了(?:吧)?",
    r"hagyjuk(?: ezt)?", r"felejtsük el",
    r"nem ez(?:t)?(?: kell| kérem| lesz)?(?: nekem)?", r"not this(?: one| plan)?(?: please)?",
    r"不要这个(?:方案)?", r"不是这个",
    r"vissza(?: (?:a|az) (?:lehetőségekhez|listához|listára|tervekhez|menübe|elejére|opciókhoz|"
    r"ajánlatokhoz))?",
    r"vissza(?:megyek|mennék|térnék|térek)",
    r"menjünk vissza", r"lépjünk vissza", r"visszalép\w*", r"vissza ?lép\w*",
    r"返回(?:上一步|上一页|方案列表|列表)?", r"回去(?:看(?:看)?方案)?", r"上一步", r"后退", r"退回",
    r"回到(?:方案)?列表", r"(?:回|返回)(?:到)?方案(?:列表)?",
)  # fmt: skip
#: Going back asked inside a sentence ("hmm i dont know an amount, go back", "i wanna see the
#: other plans first", "inkább megnézem még egyszer a terveket", "我想回去再看看那几个方案"):
#: where no amount is said, the answer at the own-amount question.
BACK_IN_A_SENTENCE = (
    r"\bgo(?:ing)? back\b(?! to (?:work|my|the job|school|normal|paying|full|college|uni))",
    r"\btake me back\b", r"\bback to (?:the )?(?:options?|list|plans?|menu)\b",
    r"\b(?:see|show me|look at|check|view|pick|choose|have a look at|go with) (?:one of )?"
    r"(?:the |those |your |all )?(?:other|others|previous|different)"
    r"(?: (?:ones?|plans?|options?))?\b",
    r"\b(?:see|show me|look at|check|view) (?:the |those |your )?(?:plans|options|list)"
    r"(?: again| first)?\b",
    r"\b(?:the )?(?:list|plans|options) again\b",
    r"\bvisszalép\w*", r"\bvissza ?lép\w*", r"\bvissza(?:megyek|mennék|térnék|térek)\b",
    r"\bmenjünk vissza\b",
    r"\bvissza (?:akarok|szeretnék|kell|kéne|kellene) (?:menni|lépni|térni)\b",
    r"\bmegnéz\w* (?:még egyszer |újra |inkább )?(?:a )?"
    r"(?:terveket|lehetőségeket|opciókat|listát)\b",
    r"\b(?:a )?(?:terveket|lehetőségeket) (?:még egyszer|újra)\b",
    r"\b(?:mutasd|mutassa|mutasson|mutassátok|mutassák) (?:meg )?(?:újra |még egyszer |ismét )?"
    r"(?:a |az )?(?:csomag|terv|lehetőség|opció|ajánlat)\w*",
    r"回去", r"退回", r"返回", r"(?:再)?看看?(?:那几个|其他的?|别的|之前的?)方案", r"方案列表",
    # Not this one: "not that one", "嗯, 不是这个".
    r"\bnot (?:this|that) one\b", r"不是这个(?:方案|计划)?(?:吧|啦)?$",
)  # fmt: skip
_BACK_IN_A_SENTENCE = _compile(BACK_IN_A_SENTENCE)


def says_back_in_a_sentence(text: str) -> bool:
    """Whether going back to the plans is asked somewhere in the message."""
    return bool(_BACK_IN_A_SENTENCE.search(_fold(_normalize(text))))


#: Words that keep a "yes" from being an agreement: a no, a wait, a question, a condition, a
#: change of mind. An agreement must be unambiguous, so any of them reads as "not yet".
REFUSAL_WORDS = (
    # en
    r"\bno\b(?! (?:problem|problems|worries|doubt|issue)\b)", r"\bnope\b", r"\bnah\b",
    r"(?<!why )\bnot\b", r"n't\b",
    r"\b(?:dont|cant|wont|isnt|didnt|doesnt|havent|arent|wouldnt|couldnt)\b",
    r"\bnever\b", r"\bwait\b", r"\bhold on\b",
    r"\bhang on\b", r"\bback\b", r"\bcancel\w*", r"\bdecline\w*", r"\breject\w*",
    r"\brefuse\w*", r"\bdisagree\w*", r"\blater\b", r"\bthink\b", r"\bmaybe\b",
    r"\bperhaps\b", r"\bchange\w*", r"\bother\b", r"\banother\b", r"\bdifferent\b",
    r"\bbut\b", r"\bif\b", r"\bunless\b", r"\bonce (?:my|i|i'?ve|the|we|it|he|she)\b",
    r"\bstop\b", r"\bunsure\b", r"\bhmm+\b",
    r"\berm+\b", r"\bum+\b", r"\buh+\b",
    r"\bexpensive\b", r"\bfirst\b", r"\byet\b", r"\?", r"\bi guess\b", r"\bi suppose\b",
    r"\btoo (?:high|much|expensive|steep|big|dear)\b", r"\btúl (?:sok|magas|drága|nagy)\b",
    r"\bprobably\b", r"\bsleep on it\b", r"\bidk\b", r"\bdunno\b", r"\brather\b", r"\bprefer\w*",
    # time asked for, or more than expected: "need a day to check my budget"
    r"\bneed (?:a|some|more|another|a few|a couple of) (?:days?|weeks?|time|moment|while|"
    r"minutes?|hours?)\b", r"\bgive me (?:a|some|until|till|another|a few|a couple)\b",
    r"\bmore than i (?:thought|expected|hoped|budgeted|planned)\b",
    # hu
    r"\bnem\b(?! (?:probléma|gond)\b)", r"\bne\b", r"\bnincs\b(?! (?:gond|probléma)\b)",
    r"\bmégse\w*", r"\bvárj\w*", r"\bvárjunk\b", r"\bvissza\w*", r"\bgondolkod\w*",
    r"\bmeggondol\w*", r"\bmás\w*", r"\begyik\b", r"\bde\b", r"\bha\b", r"\bkésőbb\b",
    r"\bmódosít\w*", r"\bváltoztat\w*", r"\bhelyett\b", r"\btalán\b",
    r"\bdrága\b", r"\belőbb\b", r"\bsoha\b", r"\bgondolom\b", r"\bazt hiszem\b",
    r"\bkell (?:egy|még|pár|néhány|kis) (?:nap|idő|hét|perc|óra)\w*", r"\bhogy átnézzem\b",
    r"\b(?:adj|adjon|adjanak|adjatok) (?:egy|pár|még|néhány|időt)\w*",
    r"\btöbb,? mint (?:amire|amit|ahogy) (?:számítottam|gondoltam|vártam)\b",
    r"\bvalószínűleg\b", r"\binkább\b(?! (?:elfogadom|igen|ezt|ez|jó|ez a jó))",
    r"\bmeg kell (?:\w+ )?beszél\w*", r"\bmegbeszél(?:em|nem|ném|jük)\b",
    r"\b(?:meg)?nézném\b",
    # zh
    r"不(?!错|錯)", r"没(?!问题|問題|意见|意見)", r"沒(?!問題|意見)", r"别", r"別", r"等",
    r"返回", r"回去",
    r"换", r"換", r"再想", r"想想", r"考虑", r"考慮", r"但", r"如果", r"吗", r"嗎", r"算了", r"先",
    r"其他", r"别的", r"改", r"取消", r"拒绝", r"拒絕", r"贵", r"貴", r"犹豫", r"猶豫", r"呢",
    r"给我(?:一|两|几)?(?:天|点时间|些时间|时间|几天)", r"算算", r"(?:过|等)(?:一|两|几)天",
    r"比(?:我)?(?:想的|想象的|预想的|预期的|预计的)", r"看看", r"还是想",
)  # fmt: skip

#: Said before "back" without changing it: "ok go back", "mégis vissza", "还是返回吧".
BACK_FILLERS = (
    r"ok", r"okay", r"actually", r"no", r"nah", r"never ?mind", r"hmm+", r"sorry", r"then",
    r"eh+", r"uh+", r"um+", r"erm", r"well", r"just", r"wrong button", r"oops", r"mis ?click\w*",
    r"rossz gomb", r"elnyomtam", r"按错了",
    r"oké", r"mégis", r"mégse", r"inkább", r"akkor", r"na", r"nem", r"jó", r"bocs\w*",
    r"好", r"那", r"还是", r"先", r"算了", r"不了", r"不要了", r"我要", r"我想",
)  # fmt: skip
_REQUEST_NOISE = rf"(?:(?:{_alternatives((*REQUEST_BEFORE, *BACK_FILLERS))}) ?)*"
_BACK = re.compile(
    rf"{_REQUEST_NOISE}(?:{_alternatives(BACK_PHRASES)})(?: ?(?:{_alternatives(REQUEST_AFTER)}))*"
)
_REFUSAL = _compile(REFUSAL_WORDS)


def says_back(text: str) -> bool:
    """The whole message asks to go back: "back", "go back to the options", "vissza", "返回"."""
    return _BACK.fullmatch(_words_only(_fold(_normalize(text)))) is not None


#: A yes said last, after a reservation ("drága a kamat, de elfogadom", "nem értek egyet, de
#: nincs választásom, igen elfogadom"): the reservation is given up, the agreement accepted.
_GRUDGING_YES = re.compile(
    r"\bde\b[^?]*[,.;!]? ?"
    r"(?:(?:igen|rendben|jo|ok|oke|hat|akkor|megis|vegul is|nincs (?:mas )?valasztasom|"
    r"tartozom|tudom)\W+)*"
    r"(?:elfogadom|vallalom|alairom|benne vagyok)\W*$"
)
_CONDITION_OR_DOUBT = _regex(
    r"\?|\bha\b|\bfeltev\w*|\bnem (?:fogadom|vallalom|irom)\b|\bnem tudom\b|\bnem biztos\b|"
    r"\bhogy (?:elfogadom|vallalom|alairom)\b|\bmeg ?gondol\w*|\bkesobb\b|\bvarj\w*"
)


def says_grudging_yes(text: str) -> bool:
    """Whether the message ends on a plain yes after "de" with a reservation before it ("drága a
    kamat, de elfogadom"), with no condition, question or doubt anywhere in it."""
    folded = _fold(_normalize(text))
    clause = re.split(r"[,.;!]|\bde\b", folded)[-1]
    return bool(
        _GRUDGING_YES.search(folded)
        and not _CONDITION_OR_DOUBT.search(folded)
        and re.fullmatch(
            r"\W*(?:(?:igen|rendben|jo|ok|oke|hat|akkor|megis|vegul is)\W+)*"
            r"(?:elfogadom|vallalom|alairom|benne vagyok)\W*",
            clause,
        )
    )


#: A complaint, then a plain yes after "but": "not thrilled about the fees but yes i agree",
#: "违约金太狠了, 不过行吧, 我同意". The yes must be the whole last clause and name the
#: agreement; the complaint before it may hold a "not" but no agreement word, question, wait or
#: other plan.
_BUT = _regex(r"\b(?:but|though|however)\b|不过|但是|可是|但|算了")
_PLAIN_YES_AFTER = re.compile(
    r"\W*(?:(?:yes|yeah|yep|ok|okay|fine|alright|sure|fair enough|go on then)\W+)*"
    r"(?:i (?:do |will |'?ll )?)?(?:agree|accept|sign)"
    r"(?: (?:to )?(?:it|this|that|the (?:plan|terms|agreement|offer)))?"
    r"(?:\W+(?:thanks|thank you))?\W*"
    r"|\W*(?:(?:行吧|好吧|好的|好|行|可以|那|现在|这次)\W*)*(?:这个|这份)?(?:方案|协议|计划)?"
    r"(?:我)?(?:同意|接受|签)(?:了|吧|啦)*\W*"
)
_NOT_A_COMPLAINT = re.compile(
    r"\b(?:agree\w*|accept\w*|sign\w*|wait|hold on|later|yet|first|back|other|another|"
    r"different|change\w*|cancel\w*|if|unless|maybe|think\w*)\b|\?"
    r"|同意|接受|签|等|再想|考虑|换|其他|别的|先|如果|吗|呢|返回|回去"
)


def _agrees_after_a_complaint(folded: str) -> bool:
    found = list(_BUT.finditer(folded))
    if not found:
        return False
    head, tail = folded[: found[-1].start()], folded[found[-1].end() :]
    return (
        _PLAIN_YES_AFTER.fullmatch(tail) is not None
        and not _REFUSAL.search(tail)
        and not _NOT_A_COMPLAINT.search(head)
    )


def signals_refusal(text: str) -> bool:
    """Whether the message says no, wait, not yet, asks, or sets a condition: not an agreement.
    A complaint before a plain yes ("the fees are steep, but yes i agree") is no refusal."""
    folded = _DISPUTE_DENIED.sub(" ", _fold(_normalize(text)))  # "not disputing it" is no "no"
    return bool(_REFUSAL.search(folded)) and not _agrees_after_a_complaint(folded)


# ================================================================================================
# Temporary or lasting
# ================================================================================================

#: Words that say a drop in income is temporary, and words that say it will last.
TEMPORARY_WORDS = (
    r"\btemp\w*", r"\bshort[- ]?term\b", r"\bfor (?:a (?:little )?while|now)\b",
    r"\bátmeneti\w*", r"\bideiglenes\w*", r"\brövid távú\b", r"\brövidtávú\b",
    r"\begyelőre\b", r"暂时", r"暫時", r"临时", r"臨時", r"短期(?!内|內)", r"一时", r"一阵子",
    r"\b(?:will|gonna|going to|should|it'll|itll) (?:change|improve|get better|recover|pick up)\b",
    r"\bjavul\w*", r"\bváltozni fog\b", r"\b(?:helyre|rendbe) ?jön\b",
    r"好起来", r"好轉", r"好转", r"会恢复", r"會恢復", r"会变好", r"會變好",
    # A leave that ends: "maternity leave ends in May", "lejár a gyed", "产假就结束了".
    r"\b(?:maternity|paternity|parental|sick) leave\b.{0,30}\b(?:ends?|ending|over|finish\w*)\b",
    r"\b(?:gyes|gyed|csed|szülési szabadság|táppénz)\w*\b.{0,30}\b(?:vége|lejár|letelik|"
    r"befejeződik)\w*",
    r"\b(?:vége|lejár|letelik)\w* (?:a |az )?(?:gyes|gyed|csed|szülési szabadság|táppénz)\w*",
    r"(?:产假|病假|育儿假)[^\u3002]{0,6}(?:结束|到期|休完)",
    r"等[^\u3002]{0,10}(?:找到|有了|上班|开工)[^\u3002]{0,6}就(?:行|好|没事)了",
)  # fmt: skip
LASTING_WORDS = (
    r"\bpermanent\w*", r"\blong[- ]?term\b", r"\bfor good\b", r"\bforever\b",
    r"\b(?:will|gonna|going to|it'll|itll) last\b", r"\blasting\b",
    r"\btartós\w*", r"\bvégleges\w*", r"\bvégleg\b", r"\bhosszú ?távú\b", r"\bmarad\w*",
    r"长期", r"長期", r"永久", r"一直这样", r"一直這樣", r"持续", r"持續",
    r"\b(?:won'?t|wont|will not|not gonna|not going to|never going to|isn'?t going to|"
    r"isnt going to) (?:change|improve|get better|recover|pick up)\b",
    r"\bnem fog (?:változni|javulni)\b", r"不会变", r"不會變", r"不会改变", r"没法改变",
    r"回不去了?", r"(?:再也)?找不到(?:以前|原来|之前)(?:那种|那样|的)", r"倒闭",
    r"\bnot (?:coming|going) back\b", r"\bclosed (?:down )?for good\b",
    r"\b(?:shut|closed|shutting|closing) (?:(?:the|it|its|our|my|\w+) ){0,3}down (?:completely|"
    r"for good|entirely|permanently|altogether)\b",
    r"\b(?:shut|closed) (?:down )?(?:completely|entirely|permanently|altogether)\b",
)  # fmt: skip
#: A negation right before such a word (at most three words between, no comma).
TEMPORARY_NEGATIONS = (
    r"\bnot\b", r"n't\b", r"\bdont\b", r"\bisnt\b", r"\bwont\b", r"\bnever\b", r"\bdoubt\b",
    r"\bkétlem\b",
    r"\bnem\b", r"\bsem\b", r"不是", r"不会是", r"不會是", r"不会", r"不會", r"并非", r"不",
)  # fmt: skip

#: A yes or a no said with a hedge: enough to answer "is it temporary?", never an agreement.
PROBABLY_YES = (
    r"i (?:think|guess|hope|believe|expect) so", r"(?:i )?hope(?:fully)?(?: yes| so)?",
    r"probably(?: yes)?", r"likely", r"yes i think", r"i think yes", r"should be",
    r"szerintem igen", r"azt hiszem(?:,? igen)?", r"remélem(?:,? igen)?", r"valószínűleg(?: igen)?",
    r"talán igen", r"igen,? remélem", r"úgy tűnik",
    r"我觉得是", r"我觉得是的", r"应该是", r"应该是的", r"应该吧", r"希望是", r"希望如此",
    r"大概是", r"估计是", r"我想是的", r"可能是吧", r"会好的", r"会好起来的",
)  # fmt: skip
PROBABLY_NO = (
    r"i (?:don'?t|do not) think so", r"(?:i )?don'?t think so", r"(?:i )?doubt it",
    r"probably not", r"(?:sadly|unfortunately|i'?m afraid) not", r"i'?m afraid it won'?t",
    r"unlikely", r"not likely", r"i don'?t think it will",
    r"szerintem nem", r"nem hiszem", r"nem hinném", r"kétlem", r"valószínűleg nem", r"sajnos nem",
    r"aligha", r"attól tartok,? nem", r"nem valószínű", r"nem úgy néz ki",
    r"我觉得不是", r"应该不是", r"恐怕不是", r"估计不会", r"恐怕不会", r"应该不会", r"我看不会",
    r"可惜不是", r"不太可能", r"大概不会",
)  # fmt: skip
_PROBABLY = {
    True: re.compile(rf"(?:{_alternatives(PROBABLY_YES)})(?: (?:{_alternatives(POLITE_WORDS)}))*"),
    False: re.compile(rf"(?:{_alternatives(PROBABLY_NO)})(?: (?:{_alternatives(POLITE_WORDS)}))*"),
}


def read_probably(text: str) -> bool | None:
    """A hedged yes ("I think so", "szerintem igen", "应该是") or no ("I doubt it", "nem hinném",
    "恐怕不是") as the whole message; enough for "is it temporary?", not for an agreement."""
    words = _words_only(_fold(_normalize(text)))
    for answer, pattern in _PROBABLY.items():
        if pattern.fullmatch(words):
            return answer
    return None


_NEGATION_BEFORE = (
    rf"(?:{_alternatives(TEMPORARY_NEGATIONS)})(?:[ ]+[\w']+){{0,3}}[ ]*[\u4e00-\u9fff]{{0,2}}?"
)
_TEMPORARY = _regex(rf"(?:{_alternatives(TEMPORARY_WORDS)})")
_LASTING = _regex(rf"(?:{_alternatives(LASTING_WORDS)})")
_NEGATED_TEMPORARY = _regex(rf"{_NEGATION_BEFORE}(?:{_alternatives(TEMPORARY_WORDS)})")
_NEGATED_LASTING = _regex(rf"{_NEGATION_BEFORE}(?:{_alternatives(LASTING_WORDS)})")


def read_temporary(text: str) -> bool | None:
    """``True`` if the message says the drop is temporary ("only temporary", "not permanent",
    "nem tartós", "不是长期的"), ``False`` if it will last ("not temporary", "for good", "nem
    átmeneti", "不是暂时的"); ``None`` when it says neither, or both."""
    folded = _fold(_normalize(text))
    temporary = bool(_TEMPORARY.search(folded))
    lasting = bool(_LASTING.search(folded))
    not_temporary = bool(_NEGATED_TEMPORARY.search(folded))
    not_lasting = bool(_NEGATED_LASTING.search(folded))
    says_temporary = (temporary and not not_temporary) or not_lasting
    says_lasting = not_temporary or (lasting and not not_lasting)
    if says_temporary == says_lasting:
        return None
    return says_temporary


# ================================================================================================
# Short answers at the options, the plan's details and a missed payment
# ================================================================================================

#: "This one": the whole message picks the plan shown.
THIS_ONE_PHRASES = (
    r"(?:i'?ll |i |let'?s )?(?:take|choose|pick|want|go with|have)?(?: it| this| that)"
    r"(?: one| plan| option)?",
    r"(?:this|that)(?: one| plan| option)?(?: (?:is|works|is good|is fine|is perfect))?"
    r"(?: for me)?",
    r"this one it is", r"that'?s (?:the one|it|the plan)(?: for me)?", r"(?:it'?s |it is )?perfect",
    r"ezt(?: kérem| választom| szeretném| vállalom| vállalnám| kérném)?", r"ez(?: lesz| jó| az)?",
    r"legyen ez", r"ez lesz az", r"ezzel megyek", r"(?:ez )?tetszik", r"ez (?:nagyon )?jó",
    r"select(?: it| this)?", r"choose(?: it| this)?", r"pick(?: it| this)?",
    r"i like (?:this|that)(?: one)?", r"(?:this|that) one looks good",
    r"确定", r"就选这个", r"这个(?:不错|好|可以|挺好)",
    r"就?(?:选|要)?这个(?:方案)?(?:了|吧)?", r"就它了?", r"就选它了?", r"就这个了?", r"这个吧",
    r"(?:就|那就)?(?:要|选|定)(?:了|吧|它了?)(?:吧)?",
)  # fmt: skip
#: "The last one": the last of the options shown.
LAST_ONE_PHRASES = (
    r"(?:i'?ll take |i want |give me )?(?:the )?(?:very )?last(?: one| option| plan)?(?: please)?",
    r"(?:az )?utolsó(?:t| opció\w*| lehetőség\w*| terv\w*)?(?: kérem)?",
    r"(?:选)?最后一个(?:方案)?(?:吧)?",
)  # fmt: skip
_LAST_ONE = _regex(rf"(?:{_alternatives(LAST_ONE_PHRASES)})")


def says_last_one(text: str) -> bool:
    """The whole message picks the last option shown: "the last one", "az utolsót", "最后一个"."""
    return _LAST_ONE.fullmatch(_words_only(_fold(_normalize(text)))) is not None


#: What an offer is, in a few words: the kinds of the offers shown, and the other buttons.
OFFER_KIND_PHRASES: dict[str, tuple[str, ...]] = {
    "pay_now": (
        r"\bpay (?:it )?(?:all|in full|everything|the (?:whole|full) (?:thing|amount|balance)|"
        r"(?:it )?off) ?(?:now|today)?\b", r"\bfull payment\b", r"\bpay(?:ing)? (?:it )?now\b",
        r"\bin full\b",
        r"\bmost (?:ki)?fizet\w*", r"\begyben (?:ki)?fizet\w*", r"\bkifizetem (?:az )?egész\w*",
        r"\bteljes összeg\w*", r"\bazonnal\w*", r"\bki tudok fizetni mindent\b",
        r"\bmindent (?:ki|be)fizet\w*", r"\b(?:az )?egészet (?:ki|be)fizet\w*",
        r"全部还清", r"一次(?:性)?还清", r"现在还", r"全额", r"全款", r"马上还", r"立即还",
    ),
    "instalment": (
        r"\binstal+ments?\b", r"\bmonthly payments?\b", r"\bpay monthly\b",
        r"\brészlet(?:fizetés|ek|ekben|ekre)\w*", r"\bhavi részlet\w*",
        r"分期(?!付款免息)", r"按月还",
    ),
    "hardship": (
        r"\binterest[- ]?free\b", r"\bno interest\b", r"\bwithout interest\b",
        r"\bzero interest\b", r"\b0 ?% interest\b", r"\b0 interest\b", r"\bhardship\b",
        r"\bkamatmentes\w*", r"\bkamat nélkül\w*", r"\bnulla kamat\w*", r"\b0 ?% kamat\w*",
        r"免息", r"无息", r"無息", r"零利息", r"0利息", r"不要利息", r"没有利息", r"困难",
    ),
    "settlement": (
        r"\bsettle\w*", r"\bdiscount\w*", r"\blump sum\b",
        r"\brendezés\w*", r"\bkedvezmény\w*", r"\begyösszegű\b", r"\bengedmény\w*",
        r"结清", r"折扣", r"打折", r"优惠", r"减免",
    ),
    "holiday": (
        r"\bpause\w*", r"\bpayment (?:holiday|break)\b", r"\bbreak\b", r"\bholiday\b",
        r"\bdefer\w*", r"\bpostpone\w*", r"\bdelay\w*",
        r"\bszünet\w*", r"\bhalaszt\w*", r"\bhaladék\w*", r"\bszüneteltet\w*",
        r"暂停", r"停还", r"延期", r"缓", r"推迟", r"宽限",
    ),
    "counter": (
        r"\bown (?:amount|offer|proposal)\b", r"\bpropos\w*", r"\bcounter ?-?offer\b",
        r"\bown (?:monthly )?(?:figure|number|payment|sum)\b", r"\bput forward\b",
        r"\bsuggest (?:an|my|a|what)\b", r"\bmake (?:an|a|my) offer\b", r"\bname (?:an|my)\b",
        r"\b(?:suggest|propose|name|offer|come up with|put forward) (?:one|something|a number|"
        r"a figure|an amount)\b",
        r"\bmond(?:ok|anék|jak|hatok) (?:én )?(?:egyet|egy összeget|egy számot|egy ajánlatot)\b",
        r"(?:说|报|给|提)(?:个|一个|我的)(?:数|数字|金额|还款额)", r"提议",
        r"\bsaját (?:összeg|ajánlat|javaslat)\w*", r"\bjavasol\w*", r"\bjavasl\w*",
        r"\bajánlat\w*", r"\bajánl(?:ok|anék|hatok|ani)\b", r"\bellenajánlat\w*",
        r"自己(?:提|定|说|出|报)", r"提(?:出)?(?:个|一个)?金额", r"出价", r"还价", r"报个数",
    ),
    "none": (
        r"^none(?: of (?:these|them|those))?(?: (?:work|works|fit|fits))?(?: for me)?$",
        r"^neither$", r"\bnone of (?:these|them|those)\b", r"\b(?:can'?t|cannot) afford any\b",
        r"\begyik ?(?:sem|se)\b", r"\begyiket ?(?:sem|se)\b", r"\bmindegyik túl\b",
        r"都不(?:行|合适|适合|要|满意|可以)", r"一个都不", r"哪个都不", r"都还不起", r"都太",
    ),
}  # fmt: skip
#: A missed payment's three answers in so many words.
MISSED_PHRASES: dict[str, tuple[str, ...]] = {
    "claim_paid": (
        r"(?<!get )(?<!gets )(?<!getting )(?<!be )\bpaid\b",
        r"\b(?:sent|transferred|wired) (?:it|the money|the payment|you)\b",
        r"\btransferred\b", r"\bpayment (?:is |was |has been )?(?:done|made|sent)\b",
        r"\b(?:be|ki|el|át)?fizettem\b", r"\b(?:el|át)?utaltam\b", r"\bki van fizetve\b",
        r"\bbefizetve\b", r"\bkifizetve\b", r"\belküldtem a pénzt\b", r"\blement\b",
        r"\b(?:i|we) did (?:actually |already |in fact )?pay\b",
        r"\b(?:posted|sent|mailed) (?:a|the|my|you a) (?:cheque|check)\b",
        r"\bfeladtam a csekk\w*", r"\bcsekk(?:en|kel) (?:be)?fizettem\b",
        r"已还", r"还了", r"还过", r"还上了", r"付了", r"付过", r"转账了", r"转了", r"打过去",
        r"(?:天|周[一二三四五六日天]?|星期[一二三四五六日天]?|礼拜[一二三四五六日天]?|号|早上|上午|"
        r"下午|晚上)(?:就|已经)?还的",
        r"转过去", r"已经还款", r"已付",
    ),
    "how_to_pay": (
        r"\bhow (?:can|do|should|could|would) (?:i|we) (?:pay|make|transfer|send)\b",
        r"\bhow to (?:pay|make a payment)\b", r"\bwhere (?:do|can|should|to) (?:i )?(?:pay|send)\b",
        r"\bbank details\b", r"\baccount (?:number|details)\b", r"\biban\b",
        r"\bpayment (?:link|details|methods?|options)\b", r"\bpay (?:online|by card|with card)\b",
        r"\bhogy(?:an)? (?:tudok |lehet |kell |tudnék )?(?:be)?fize(?:t|ss)\w*",
        r"\bhová? (?:kell |tudok |lehet |tudom )?(?:(?:át|el)?utal|(?:be)?fizet|küld)\w*",
        r"\bhol (?:tudok |lehet )?(?:be)?fizet\w*", r"számlaszám\w*", r"\bfizetési mód\w*",
        r"\bhogy(?:an)? utal\w*",
        r"怎么还", r"如何还", r"怎么付", r"怎样还", r"怎么转账", r"还款账", r"账号",
        r"在哪(?:里)?还", r"还款方式", r"还款渠道", r"去哪(?:里)?还", r"怎么交",
        r"(?:往|到|向|在)哪(?:里|儿)?(?:还|付|转|交)",
    ),
    "change_plan": (
        r"\bchange (?:my |the |our )?(?:plan|payments?|amount)\b", r"\bnew plan\b",
        r"\b(?:lower|smaller|reduce|cheaper|less)\w* (?:my |the )?(?:monthly )?"
        r"(?:payments?|instal+ments?|repayments?)\b",
        r"\brenegotiat\w*", r"\brestructur\w*", r"\b(?:adjust|modify) (?:my |the )?plan\b",
        r"\bdifferent plan\b",
        r"\b(?:change|move|switch|shift|push back|put back) (?:the |my )?(?:payment |due |debit |"
        r"collection )?(?:date|day)\b",
        r"改(?:个|一下|下)?(?:日期|还款日|扣款日|日子|时间)",
        r"(?:日期|还款日|扣款日|还款时间)(?:能|可以|能不能)?(?:改|换|推迟|挪|往后)",
        r"\b(?:át ?(?:lehet(?:ne)? |tudn\w+ |tudj\w+ )?(?:ten\w*|rak\w*|helyez\w*|tol\w*)|"
        r"el ?(?:lehet(?:ne)? )?tol\w*) (?:a |az )?(?:\w+ )?(?:dátum|fizetési nap|esedékesség|"
        r"határidő|terhelési nap|levonás napj)\w*",
        r"换(?:个|一下)?(?:日期|还款日|扣款日)",
        r"\bmódosít\w*", r"\bváltoztat\w*", r"\búj (?:terv|megállapodás)\w*",
        r"\bkisebb részlet\w*", r"\bújratárgyal\w*", r"\bmásik terv\w*",
        r"\bkevesebbet (?:tudnék|tudok|tudnánk|bírnék|bírok)\b",
        r"调整", r"改(?:一下)?(?:计划|方案|金额)", r"换(?:个|一个)?方案",
        r"重新(?:协商|谈|制定|安排)",
        r"降低月供", r"少还", r"新方案", r"修改计划", r"新的(?:还款)?(?:计划|方案|安排)",
        r"\btoo (?:high|much|expensive|big)\b", r"\btúl (?:sok|magas|drága|nagy)\b",
        r"太(?:高|多|贵|大)",
        r"\bnew (?:arrangement|payment plan|schedule)\b",
        r"\b(?:payments?|instal+ments?|amount) (?:need|needs|has|have|must) to (?:come|go) down\b",
        r"\b(?:bring|get) (?:the |my )?(?:monthly )?(?:payments?|amount|instal+ments?) down\b",
        r"\bnem bír(?:om|ok) (?:már |tovább )?(?:ezt |ezeket |ennyit )?(?:a |az )?"
        r"(?:összeg|részlet|törleszt|havi)\w*",
        r"\bcsökkent\w* (?:kellene |kéne |kell )?(?:a |az )?(?:részlet|törleszt|havi|összeg)\w*",
        r"月供(?:得|要|能|可以|需要)?(?:降|减|少)", r"(?:降|减)一(?:降|减)",
        r"\búj (?:fizetési )?(?:terv|ütemezés)\w*",
    ),
}  # fmt: skip

#: "Something else" as the whole answer to "why is the payment late?".
OTHER_REASON_PHRASES = (
    r"(?:it'?s |its |for )?(?:some|an|a)?(?:thing|other|another|different) ?(?:else|reason|cause)?",
    r"(?:(?:really|actually|honestly|well|hmm|igazából|hát|őszintén|其实|嗯)\W? ?)?"
    r"(?:other(?: reason)?|none of (?:these|those|the above)(?: really)?|"
    r"not (?:in )?(?:the|this) list|"
    r"(?:valami |egyéb |más )?(?:más|egyéb)(?: ok| okból| ok miatt| dolog)?|egyik sem|"
    r"(?:是)?(?:其他|其它|别的)(?:原因|的)?|(?:上面的?|以上)?都不是)",
)  # fmt: skip
_OTHER_REASON = _regex(rf"(?:{_alternatives(OTHER_REASON_PHRASES)})")


def says_other_reason(text: str) -> bool:
    """The whole answer is "something else", "más ok", "其他原因"."""
    return _OTHER_REASON.fullmatch(_words_only(_fold(_normalize(text)))) is not None


_THIS_ONE = re.compile(
    rf"(?:(?:{_alternatives((*REQUEST_BEFORE, *BACK_FILLERS, 'yes', 'igen', '是', '对'))}) ?)*"
    rf"(?:{_alternatives(THIS_ONE_PHRASES)})(?: ?(?:{_alternatives(REQUEST_AFTER)}))*"
)
_OFFER_KINDS = {kind: _compile(patterns) for kind, patterns in OFFER_KIND_PHRASES.items()}
_MISSED = {answer: _compile(patterns) for answer, patterns in MISSED_PHRASES.items()}
_NEGATED = _regex(r"\bnot\b|n't\b|\b(?:dont|didnt|havent|hasnt|cant|wont|never|nem|sem)\b|没|未|沒")


def says_this_one(text: str) -> bool:
    """The whole message picks the plan shown: "this one", "ezt kérem", "就这个吧"."""
    return _THIS_ONE.fullmatch(_words_only(_fold(_normalize(text)))) is not None


#: The plan shown costs too much: "too expensive", "túl sok havonta", "太贵了", "还不起".
_TOO_MUCH = _regex(
    r"(?<!not )(?<!isn't )(?<!isnt )\btoo (?:high|much|expensive|big|steep|dear)\b|"
    r"\b(?:can'?t|cannot|couldn'?t) afford (?:it|this|that)\b|"
    r"(?<!nem )\btul (?:sok|magas|draga|nagy)\b|\bnem (?:tudom|birom) (?:ki)?fizetni\b|"
    r"(?<!不)太(?:高|多|贵|大)了?|还不起|付不起|负担不起|承担不起"
)


def says_too_much(text: str) -> bool:
    """The message says the plan costs too much, with no "but" that could turn it round ("too
    much but fine"): at the plan's details, going back."""
    folded = _fold(_normalize(text))
    return _TOO_MUCH.search(folded) is not None and _RESERVATION.search(folded) is None


def _one_of(patterns: dict[str, re.Pattern[str]], text: str) -> str | None:
    folded = _fold(_normalize(text))
    words = _words_only(folded)
    found = [name for name, pattern in patterns.items() if pattern.search(words)]
    return found[0] if len(found) == 1 else None


def read_offer_kind(text: str) -> str | None:
    """The one kind of offer named ("interest-free", "szünet", "一次性结清"), or the "own amount"
    and "none of these" buttons in other words: a key of :data:`OFFER_KIND_PHRASES`."""
    return _one_of(_OFFER_KINDS, text)


def says_unpaid(text: str) -> bool:
    """The message says a payment was not made ("I haven't paid yet", "még nem fizettem"); a
    payment that has not arrived yet ("maybe it hasn't cleared") or an unpaid status quoted
    ("怎么还说我没还") is no such thing."""
    folded = _OWNS_DEBT.sub(" ", _NOT_ARRIVED.sub(" ", _fold(_normalize(text))))
    return bool(_MISSED["claim_paid"].search(_words_only(folded))) and _payment_denied(folded)


#: Where one clause ends and another starts: a negation in another clause ("i did pay, stop
#: adding fees for nothing", "már befizettem, nem értem miért") says nothing of the payment.
_CLAUSE_END = re.compile(
    r"[,.;!?\uff0c\u3002\uff1b\uff01\uff1f]|\b(?:but|though|so|and then|de|viszont|csak hat)\b"
)
#: A clause that is only a no: "paid? not yet", "befizettem? nem".
_ONLY_A_NO = re.compile(
    r"\W*(?:no|nope|nah|not yet|(?:apparently|actually|maybe|i guess|guess) not|"
    r"meg nem|nem meg|nem|meg sem)\W*"
)


def _payment_denied(folded: str) -> bool:
    """Whether the payment a message names was not made: a negation before it in its clause ("i
    haven't paid", "még nem fizettem be"), or a clause that is only a no ("paid? not yet").
    Chinese, written without the clause marks a negation would need, is denied by any."""
    if any(_is_cjk(ch) for ch in folded):
        return bool(_NEGATED.search(folded))
    clauses = _CLAUSE_END.split(folded)
    for clause in clauses:
        words = _words_only(clause)
        claim = _MISSED["claim_paid"].search(words)
        if claim is not None and _NEGATED.search(words, 0, claim.start()):
            return True
    return any(_ONLY_A_NO.fullmatch(clause) for clause in clauses if clause.strip())


#: Pay not received yet ("még nem kaptam fizetést az új helyen", "haven't had my first wage
#: yet", "新工作还没发工资"): what it will be is no income now, however sure the figure.
PAY_NOT_RECEIVED_YET = (
    r"\b(?:has ?n'?t|have ?n'?t|has not|have not|not) (?:yet )?(?:been paid|had (?:my |a |any )?"
    r"(?:first )?(?:pay|wages?|salary|pay ?(?:check|cheque|slip))) yet\b",
    r"\b(?:waiting|still waiting) (?:for|on) (?:my )?first "
    r"(?:pay|wages?|salary|pay ?(?:check|cheque))\b",
    r"\bmég nem (?:kaptam|kapok|kaptunk|fizettek|utaltak)(?: meg)? (?:\w+ )?"
    r"(?:fizetés\w*|bér\w*|pénz\w*|munkabér\w*)",
    r"\bmég nem (?:\w+ )?(?:jött|érkezett) (?:meg )?(?:az )?(?:első )?(?:fizetés\w*|bér\w*)",
    r"(?:还|都还)?没(?:有)?(?:发|拿到|收到|领到)(?:过)?(?:第一(?:个月|次|笔)的?)?(?:工资|薪水)",
    r"(?:工资|薪水)(?:还|都还)没(?:有)?(?:发|到|下来)",
)  # fmt: skip
_PAY_NOT_RECEIVED_YET = _compile(PAY_NOT_RECEIVED_YET)


def says_pay_not_received_yet(text: str) -> bool:
    """Whether the message says the pay it speaks of has not been received yet."""
    plain = _normalize(text)
    return bool(_PAY_NOT_RECEIVED_YET.search(_fold(plain)))


NOT_ARRIVED = (
    r"\b(?:has ?n'?t|has not|have ?n'?t|have not|not yet|did ?n'?t|did not|is ?n'?t|not|doesn'?t)"
    r" (?:\w+ ){0,2}(?:clear|arriv|go(?:ne)? through|show|reflect|land|process|update|register)\w*",
    r"\bnem (?:\w+ )?(?:jelen\w*|látszik|érkez\w*|ment át|írták jóvá|könyvel\w*|frissült)",
    r"(?:说|显示|讲|写着?)我?(?:还)?(?:没还|未还|没有还)", r"没(?:有)?(?:到账|显示|入账|更新)",
)  # fmt: skip
_NOT_ARRIVED = _compile(NOT_ARRIVED)


#: A number of months or payments: "6 months", "12 monthly payments", "12 havi részlet", "分12期".
_TERM = re.compile(
    r"(?<![0-9])(?<![0-9][.,])([0-9]{1,2})(?![0-9])(?![.,][0-9]) ?"
    r"(?:-?(?:months?|monthly|mo|mos|payments?|instal\w*|"
    r"install\w*|honap\w*|havi|hav\w*|reszlet\w*|kamatmentes\w*|期|个月|個月|月|次))"
)
_CHINESE_TERM = re.compile(rf"([{_CN_NUMERALS}]{{1,3}})(?=期|个月|個月|次)")
_TERM_WORDS = {
    _fold(word): value
    for word, value in (*MONTH_NUMBER_WORDS.items(), *MONTH_NUMBER_WORDS_BEFORE_UNIT.items())
    if value > 1
}
_TERM_IN_WORDS = re.compile(
    rf"\b({_alternatives(_TERM_WORDS)})\b(?=[ -]?(?:months?|monthly|payments?|instal|install|"
    r"honap|havi|hav|reszlet))"
)


#: Terms said as years: "分一年还", "半年分期", "over a year", "két év alatt".
YEARS_AS_TERMS = (
    (r"(?:分|用|还)(?:一|1)年|(?:一|1)年(?:分期|还完|内还)|一整年", "12月"),
    (r"(?:分|用)?半年(?:分期|还完|内还)?", "6月"),
    (r"(?:分|用)(?:两|2)年|(?:两|2)年(?:分期|还完|内还)", "24月"),
    (r"\b(?:over|in|within) (?:a|one|1) year\b", "12 months"),
    (r"\b(?:over|in|within) (?:two|2) years\b", "24 months"),
    (r"\b(?:a |one |1 )?year[- ]long\b|\bfull year\b|\byearly one\b", "12 months"),
    (r"\b(?:two|2)[- ]years?[- ]long\b|\btwo year one\b", "24 months"),
    (r"\bhalf a year\b", "6 months"),
    (r"\b(?:egy|1) év alatt\b|\begy évre\b", "12 honap"),
    (r"\bfél év(?: alatt)?\b|\bfél évre\b", "6 honap"),
    (r"\b(?:két|2) év alatt\b|\b(?:két|2) évre\b", "24 honap"),
)
_YEARS_AS_TERMS = tuple((re.compile(_fold(years)), months) for years, months in YEARS_AS_TERMS)


def read_terms(text: str) -> set[int]:
    """The numbers of months or payments a message names, in digits or words ("the twelve month
    plan", "hat havi részlet", "分十二期", "分一年还")."""
    folded = _TERM_IN_WORDS.sub(lambda m: str(_TERM_WORDS[m[1]]), _fold(_normalize(text)))
    for years, months in _YEARS_AS_TERMS:
        folded = years.sub(f" {months} ", folded)
    with localcontext(_ARITHMETIC):
        for match in reversed(list(_CHINESE_TERM.finditer(folded))):
            number = _parse_chinese(match[1], "zh")
            if number is not None and number.value is not None:
                folded = f"{folded[: match.start()]}{number.value:f}{folded[match.end() :]}"
    return {int(m[1]) for m in _TERM.finditer(folded)}


def read_missed_answer(text: str) -> str | None:
    """The answers "I have paid", "how can I pay?", "I need to change my plan" in other words; a
    payment denied ("I haven't paid", "még nem fizettem") is not a claim that it was made."""
    answer = _one_of(_MISSED, text)
    if answer == "claim_paid" and _payment_denied(_NOT_ARRIVED.sub(" ", _fold(_normalize(text)))):
        return None
    return answer


def forget_normal_forms() -> None:
    """Drop the normal forms kept of recent messages (benchmarks time a message read cold)."""
    for kept in (_normalize, _fold, _words_only):
        kept.cache_clear()


def normal_form(text: str) -> str:
    """The text as the readers see it: NFKC, lower case, single spaces, accents folded."""
    return _fold(_normalize(text))


#: Written for the cardholder by someone close ("it's my wife's card", "a férjem kártyája",
#: "卡是我老婆的"): the income asked is the cardholder's, not the writer's, and the relative's own
#: illness or job loss is the cause itself, no family emergency.
WRITTEN_FOR_THE_CARDHOLDER = (
    r"\b(?:my )?(?:wife|husband|partner|mum|mom|mother|dad|father|son|daughter)'?s "
    r"(?:card|account)\b",
    r"\b(?:he|she|my (?:wife|husband|partner)) (?:is|'s) the (?:cardholder|card holder)\b",
    r"\b(?:feleségem|férjem|párom|anyám|apám|fiam|lányom|élettársam) (?:a )?"
    r"(?:kártyája|kártyatulajdonos)\b",
    r"卡是我(?:老婆|老公|妻子|丈夫|爱人|对象|媳妇|妈|爸|儿子|女儿)的",
    r"我替我?(?:老婆|老公|妻子|丈夫|爱人|对象|媳妇|妈|爸|儿子|女儿)",
    # Said as writing for them: "I'm writing for my dad", "a férjem nevében írok", "帮我妈回复".
    r"\b(?:writing|messaging|replying|answering|texting|typing|speaking|doing this|here) "
    r"(?:for|on behalf of) (?:my |our )\w+",
    r"\b(?:he|she|they)(?:'s| is| are) the (?:card ?holder|account ?holder|one (?:on|with) the "
    r"(?:card|account))\b",
    r"\b(?:it'?s|it is|the card is|this is|this card is) (?:my |our )\w+'s (?:card|account)\b",
    r"^(?:my |our )?\w+'s card\b",
    r"\bnevében (?:írok|írom|irok|intézem|válaszolok|jelentkezem)\b",
    r"\b(?:ő|o) a (?:kártya)?tulajdonos\b", r"\b(?:az ő|az o) kártyája\b",
    r"\bhelyett(?:e|ük) (?:írok|válaszolok|intézem)\b",
    r"(?:替|帮|代)(?:我)?(?:爸|妈|老公|老婆|爱人|父亲|母亲|儿子|女儿|家人|他|她)\S{0,2}"
    r"(?:回|回复|写|说|问|处理|办|操作)",
    r"卡是(?:我)?(?:爸|妈|老公|老婆|爱人|父亲|母亲|儿子|女儿|他|她)\S{0,2}的",
    r"(?:他|她)(?:才)?是(?:持卡人|卡主|主卡人)",
)  # fmt: skip
#: The cardholder's own amount said to be unknown: "no idea how much", "多少我也不清楚".
AMOUNT_NOT_KNOWN = (
    r"\b(?:no idea|not sure|(?:don'?t|dont|do not) know) how much\b",
    r"\bnem tudom (?:pontosan |biztosan )?(?:mennyit|mennyi)\b",
    r"多少(?:我)?(?:也|都)?(?:不清楚|不知道)", r"(?:不清楚|不知道)(?:她|他)?(?:能)?(?:挣|赚)?多少",
)  # fmt: skip
_WRITTEN_FOR_THE_CARDHOLDER = _compile(WRITTEN_FOR_THE_CARDHOLDER)
_AMOUNT_NOT_KNOWN = _compile(AMOUNT_NOT_KNOWN)


def says_cardholders_amount_unknown(text: str) -> bool:
    """Whether someone writing for the cardholder says the cardholder's amount is not known ("my
    wife's card. I earn 2000, she does some cleaning, no idea how much"): the writer's own figure
    is no answer then."""
    folded = _fold(_normalize(text))
    return bool(_WRITTEN_FOR_THE_CARDHOLDER.search(folded) and _AMOUNT_NOT_KNOWN.search(folded))


#: An amount said to be someone else's or the writer's own, not the cardholder's: "my partner
#: earns 1600 but that's his money", "én 150-et keresek, de az az enyém", "但那是他的钱".
NOT_THE_CARDHOLDERS = (
    r"\bbut (?:that'?s|that is|it'?s|it is) (?:all )?(?:his|hers|her|theirs|mine|my own)"
    r"(?: own)?(?: money| pay| wages?)?\b",
    r"\bde (?:az )?az (?:ő pénze|övé|enyém|a sajátom|az ő fizetése)\b",
    r"(?:但|不过|可)(?:那|这)(?:是|都是)(?:他|她|我)(?:自己)?的(?:钱)?",
)  # fmt: skip
_CLAUSE_BOUND = r"(?:[;。]|[,.](?=\s|$|[\u4e00-\u9fff]))"
_IN_A_CLAUSE = r"(?:[^;。,.]|[,.](?!\s|$|[\u4e00-\u9fff]))"
_NOT_THE_CARDHOLDERS = re.compile(
    rf"(?:^|{_CLAUSE_BOUND}){_IN_A_CLAUSE}*?(?:, ?)?(?:{_alternatives(NOT_THE_CARDHOLDERS)})"
    rf"{_IN_A_CLAUSE}*"
)


def without_someone_elses_amount(text: str) -> str | None:
    """The message without the clause of an amount said not to be the cardholder's ("I get 1100,
    my partner earns 1600 but that's his money" is "I get 1100"), or ``None`` if there is none."""
    folded = _fold(_normalize(text))
    found = [*_NOT_THE_CARDHOLDERS.finditer(folded)]
    if not found or found[-1].start() == 0:
        return None
    return folded[: found[-1].start()] + folded[found[-1].end() :]
