"""The numbers a message holds: digits, Chinese numerals and numbers spelled out in words.

Digits with any thousands or decimal mark, "1,5k", "2 millió", "三千五", "twenty five",
"huszonötezer": each is read to a :class:`Number`, with what it counts when a word right after it
says so (months, years, a count), whether it is said per week or year, as a part or a bound, so
that :mod:`dialogs.understanding.rules.amounts` can choose the amount meant. "几千" is "a few
thousand": a number read as no value rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal

from dialogs.understanding.rules.text import (
    ByScript,
    WordsIn,
    alternatives,
    compile_phrases,
    fold,
    language_code,
    regex,
    words_one_of_which_every_match_has,
)
from dialogs.understanding.spoken import counted_in_plural, spoken_chinese, spoken_english

#: Arithmetic that never traps: an absurdly long number is simply "too large".
ARITHMETIC = Context(prec=40, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])

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

_CN_NUMERALS = "".join(CHINESE_DIGITS) + "".join(CHINESE_SMALL_UNITS) + "".join(CHINESE_BIG_UNITS)
_CN_DIGIT_CLASS = "".join(CHINESE_DIGITS)
#: Digits grouped by single spaces ("12 345", "250 000,50"), or digits with dots and commas.
_ARABIC = r"(?:[0-9]{1,3}(?: [0-9]{3})+(?:[.,][0-9]+)?(?![0-9])|[0-9]+(?:[.,][0-9]+)*)"
CHINESE_POINT = "点點"
#: A decimal point only after a digit: "实际点七百" is "realistically, 700", no ".7百".
_CN_POINT_RE = rf"(?<=[{_CN_DIGIT_CLASS}0-9])[{CHINESE_POINT}](?=[{_CN_DIGIT_CLASS}0-9])"
#: "几千" is "a few thousand": a number we must not guess.
CHINESE_VAGUE = "几幾"
#: A zero that starts a word is no digit: "零花钱" (pocket money), "零食" (snacks).
_CN_ZERO_OF_A_WORD = r"零(?=花钱|食)"
_CN_PIECE = rf"(?:(?!{_CN_ZERO_OF_A_WORD})[{_CN_NUMERALS}{CHINESE_VAGUE}]|{_CN_POINT_RE})"
#: Digits run into a Chinese unit ("8千", "3万5"), never into a Chinese digit: "一笔1200一笔800"
#: is 1200 and 800.
_ARABIC_BEFORE_A_UNIT = (
    rf"{_ARABIC}(?=[{''.join(CHINESE_SMALL_UNITS)}{''.join(CHINESE_BIG_UNITS)}{CHINESE_POINT}"
    rf"{CHINESE_VAGUE}])"
)
#: After a hundred, a thousand or ten thousand, a digit with a measure word after it counts
#: something, it is no last digit of the figure: "一个三百一个两百" is 300 and 200, not 310; nor
#: is the 一 of "一共" (in all): "学费五百一共三千四" is 500, then 3400.
_NOT_A_LAST_DIGIT = (
    rf"(?:(?<![百佰千仟万萬])|(?![{_CN_DIGIT_CLASS}][个個张張笔筆次期位件台辆輛条條共]))"
)
_NUMBER_RE = re.compile(
    rf"(?:{_ARABIC_BEFORE_A_UNIT})?{_CN_PIECE}"
    rf"(?:{_NOT_A_LAST_DIGIT}{_CN_PIECE}|[0-9]+(?:\.[0-9]+)?)*"  # Chinese
    rf"|{_ARABIC}"
)
#: :data:`_NUMBER_RE` where a text is of ASCII alone (its Chinese numbers need a Chinese
#: character): digits, written to start with one, so that the engine passes over the rest in one
#: fast scan where it tried the Chinese numbers at every place (a seventh of the time).
_ARABIC_NUMBER_RE = re.compile(
    r"[0-9](?:[0-9]{0,2}(?: [0-9]{3})+(?:[.,][0-9]+)?(?![0-9])|[0-9]*(?:[.,][0-9]+)*)"
)
_CN_PIECES_RE = re.compile(rf"{_ARABIC}|.", re.DOTALL)
_ARABIC_RE = re.compile(_ARABIC)

#: Words after a number that multiply it: "8k", "8 ezer", "250e", "2 million".
MULTIPLIERS: tuple[tuple[str, int], ...] = (
    (r"k(?![a-z])|k(?=ish\b)", 1000),  # 8k, 8kish (attached only: "8 kids" is not 8000)
    # "1.1 k", "2,5 k": a k typed apart after a decimal, thousands still (never a whole "8 k",
    # which may be an "ok")
    (r"(?:(?<=[.,][0-9])|(?<=[.,][0-9][0-9])) k(?![a-z0-9])", 1000),
    (r"e(?![a-z0-9])", 1000),  # 250e Ft, Hungarian shorthand for ezer (attached only)
    (r" ?eft\b", 1000),  # "27,5 eFt/hó": ezer forint, as bank statements abbreviate it
    # "0,19 MFt / hó": millió forint, as accountants write it; a month's share of a million only
    # ("4,2 MFt bevétel" is a year's, left unread as it was)
    (r"(?:(?<=0[.,][0-9])|(?<=0[.,][0-9][0-9])) ?mft\b", 1_000_000),
    (r" ?hundred\b", 100),
    (r" ?(?:ezer\w*|ezr\w*|thousand|grand)\b", 1000),
    (r" ?(?:rugó\w*|rongy\w*)\b", 1000),  # Hungarian slang for a thousand forints
    (r"w(?![a-z])", 10_000),  # 1.5w: Chinese shorthand for 万 (attached only)
    (r" ?(?:millió\w*|million|mio|milla\w*)\b", 1_000_000),
    # 1.1m, "1,2 M" (after decimals only: "6m" is six months)
    (r"(?:(?<=[.,][0-9])|(?<=[.,][0-9][0-9])) ?m(?![a-z0-9])", 1_000_000),
)
_MULTIPLIERS = tuple((re.compile(fold(p)), Decimal(f)) for p, f in MULTIPLIERS)
#: The characters each match of :data:`_MULTIPLIERS` starts with ("k", "e", "m", "hundred",
#: "thousand", "grand", "rugó", "w"), and those after a space it starts with.
_MULTIPLIER_STARTS = frozenset("eghkmrtw")
_MULTIPLIER_STARTS_AFTER_A_SPACE = frozenset("eghkmrt")

#: What a number is counting when a word follows it. A number of months, years, weeks or days,
#: children, cards, per cent or an hour is not an amount of money.
UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "month": (
        r"months?\b", r"mos?\b", r"mths?\b",
        r"hónap\w*", r"hó\b", r"havi(?:t|s\w*)\b",
        r"个月", r"個月", r"月(?![薪收工供])", r"期",
        r"more (?:months?|payments|instal+ments)\b",  # "3 more payments of 96": payments left
    ),
    # (also "into a year", what a thing takes: "két évbe telik")
    # (not the year's end after a figure: "工资四千五 年底还有年终奖")
    "year": (
        r"years?\b", r"yrs?\b", r"év(?:re|ig|et|e|vel|nyi\w*|es\w*|ben|be)?\b", r"年(?!底|末|终奖)",
    ),
    "week": (
        r"weeks?\b", r"wks?\b", r"hét\b", r"hetet\b", r"hétre\b", r"hétig\b", r"hete\b", r"héten\b",
        r"hetek\w*", r"hetes\b", r"hetes(?:ben|ekben)\b",  # "az 5 hetesben": a month of 5 weeks
        # (not "周末", the weekend: "代驾一千五 周末兼职八百" names the next job)
        r"周(?!末)", r"週(?!末)", r"星期", r"礼拜", r"禮拜", r"[个個](?:周|週|星期|礼拜|禮拜)",
    ),
    "day": (r"days?\b", r"nap(?!i\b|onta)\w*", r"天", r"日", r"号", r"號"),
    # a currency nobody here converts, beside the figure in pounds the cardholder worked out:
    # "1,400 zloty which is about 270 pounds"
    "currency": (
        r"zlot[yie]\w*", r"zł", r"pln\b",
        # money sent home in its own currency: "2000 hrivnyát küldök anyámnak"
        r"hrivny\w*", r"hryvn\w*", r"grivn\w*", r"uah\b", r"rub(?:el|le)\w*", r"lej\b", r"lei\b",
        r"rupees?\b", r"naira\b", r"pesos?\b", r"dinar\w*", r"korun\w*", r"leva\b", r"lira\b",
        r"格里夫纳", r"卢布", r"卢比", r"比索",
    ),
    "count": (
        r"%", r"percent\b", r"per cent\b", r"százalék\w*",
        r"st\b", r"nd\b", r"rd\b", r"th\b",
        r"children\b", r"child\b(?! ?(?:benefit|care|support|maintenance|tax))",
        # (a figure of two digits or more not before what is spent on them, an item of a list
        # run on: "car 150 kids clubs 60"; "2 kids school fees" counts the children)
        r"(?<![0-9]{2} )(?<![0-9]{2})kids?\b",
        r"kids?\b(?!'? (?:clubs?|stuff|things|activities|lunches|dinners|uniforms?|clothes|shoes|"
        r"nursery|school|swimming|football|pocket money)\b)",
        r"cards?\b", r"people\b", r"persons?\b", r"payments\b", r"instal+ments\b",
        # "6 monthly payments of 96.40": the payments counted, each the month's (not weekly ones:
        # "6 weekly payments of 15" is no month's figure)
        r"monthly (?:re)?(?:payments|instal+ments)\b",
        r"loans\b", r"debts\b", r"credits\b", r"hitelem\w*", r"kölcsönöm\w*",
        r"részlet(?:es|ben|re)\b",  # "a 24 részletes tévé", "12 részletben": the payments' count
        r"hours?\b", r"hrs?\b", r"minutes?\b", r"mins?\b", r"seconds?\b", r"secs?\b", r"am\b",
        r"pm\b", r"o'?clock\b",
        r"(?:free|funded) (?:hours?|hrs?)\b",  # "the 30 free hours" of a nursery: no money
        # (in Hungarian a noun after a count stays singular: "3 gyerek", "2 gyerekem"; its plural
        # after a figure is the next item of a list run on: "kaja 70 gyerekek 35")
        r"gyerek(?!e[ki])\w*", r"gyermek(?!e[ki])\w*", r"unoká?\w*", r"kártyá?\w*", r"fő\b",
        # a count of words, hives, shifts: "about 800 words of work", "4 hives", "2 shifts"
        r"words?\b", r"hives?\b", r"shifts?\b", r"leütés\w*", r"kaptár\w*",
        # what a worker turns out or rings up, counted: "éjjel 30 ezer szórólap megy át a
        # gépen", "napi 400 blokkot ütök" (the pieces, no forints)
        r"plakát\w*", r"szórólap\w*", r"blokko[tk]\b",
        # the work counted by its camp sessions, runs, returns filed or forms filled: "6 turnus
        # egy nyáron", "napi 4 forduló", "40 bevallás a szezonban", "80 kérdőív" (no forints)
        r"turnus\w*", r"forduló\w*", r"bevallás\w*", r"kérdőív\w*",
        r"lit(?:re|er)s?\b", r"liter\w*", r"升", r"salaries\b", r"incomes\b", r"pensions\b",
        r"klarnas\b",
        r"személy(?:t|re|ek|nek|ből|es)?\b",
        r"fő(?:re|nek|t)\b", r"ember(?:nek|re|t)?\b",  # "kaja 3 embernek 120": people
        r"emelet\w*",  # "4 emelet lift nélkül": floors
        # a meter's reading, not forints: "áram 210 kWh", "gáz 80 köbméter"
        r"kwh\b", r"köbméter\w*", r"m3\b",
        r"alkalom\w*", r"óra\w*", r"órá\w*",
        r"perc\w*", r"fős\w*", r"szob\w*", r"db\b", r"darab\w*",
        r"[个個位口张張笔筆倍岁歲点點份]", r"套(?!餐)",  # "99套餐": a plan by its price
        # people, but not "一千五 人情往来": the gifts owed to others, an item named next; nor
        # "每月还两千 人家也难": the lender spoken of next
        r"人(?![情家])",
        # households, as counted by a meter reader or a postman: "一个月抄两千八百户"
        r"户(?![口头])",
        # (not a lender named after the figure: "花呗一百二 分期乐三百", "白条两百 分付一百")
        r"分(?!期乐|付)",
        # (not "两千九 次卧出租": the second bedroom; nor "次月发": paid the next month)
        r"次(?![卧臥月日年周])",
        # animals counted by their measure word: "喂12匹马", "养了30头牛", "两百只鸡"
        r"[匹只隻头頭](?=[马馬牛羊猪豬驴驢骡騾鸡雞鸭鴨鹅鵝狗猫貓兔])",
        # machines and pieces of work counted by their measure word: "娃娃机摆了八台", "这个月织了
        # 三十顶帽子" (not "台费", "台班", the fee for them; nor "三千顶多", "顶天": at most)
        r"台(?![班费风湾币])", r"顶(?![多天破])",
        # the forms or moves of an exercise: "太极二十四式", "十八式", "三十六招" (no money); not
        # a lender or bank named next: "微粒贷七百 招联一千", "借呗五百 招商信用卡两千"
        r"式", r"招(?:式)?(?![聘工人呼联聯商行])",
        r"家(?![教里人用电具政])",  # "两家店", but not "1460 家教每月800": tutoring's pay next
        r"jobs?\b", r"munkahely\w*", r"állás\w*", r"éves\b",
        # interviews counted beside when the pay comes back: "talán 2 hónap, voltam már 3 interjún"
        r"interjú\w*", r"interviews?\b",
        # the home and what is owed in it: "a 2 bed", "4 different things", "4 féle", "42 nm"
        r"bed(?:room)?s?\b", r"(?:different|separate) \w+", r"féle\b", r"nm\b", r"m2\b",
        r"ways\b",  # "split 3 ways"
        r"things\b",  # "spread over 4 things": what is paid on, counted (no money said so)
        # the others one shares a home with, counted: "me and my 2 flatmates" (no money)
        r"(?:flat|house|room)mates\b",
        r"rooms\b",  # "last month i did 22 rooms"
        # the work counted, and family: "18 holes", "8 shows a week", "1,900 picks a shift",
        # "60 bloods a morning", "300 sheep a day", "2 grandkids", "up 4 flights"
        r"holes\b", r"shows\b", r"picks\b", r"bloods\b", r"sheep\b", r"flights\b",
        r"top[- ]?ups\b",  # "i do 5 top ups a month": how often a meter is topped up
        r"statements\b", r"payslips\b",  # "last 3 statements 1,210, 1,190, 1,230": counted
        # the work counted by its nights, services, schools or bins, a horse's height in hands
        # and the weeks still to go: "5 nights", "3 services on a sunday", "4 schools a week",
        # "1,200 bins a day", "a 16.2hh mare", "8 more to go" (not "nights out", an item, nor
        # "4 nights on 3 off", a rota read as one)
        r"nights\b(?! (?:out|on)\b)", r"services\b(?= (?:on|a|an|every|each|per|at)\b)",
        r"schools\b", r"bins\b(?= (?:a|an|every|each|per)\b)", r"hh\b", r"more to go\b",
        # the work counted by its horses, keys, strings or tickets, a film's or a tool's size: "8
        # horses a day", "88 keys and 230 strings", "50 tickets a shift", "16mm and 35mm", "a 30cm
        # blade" (not "tickets 40", the price of them)
        # livestock counted, and machines: "1,200 lambs through the ring", "a 4 fúrógép"
        r"(?:lambs|ewes|rams|cows|calves|cattle|pigs|piglets|hens|chickens|heifers|bullocks)\b",
        r"\w*gép(?:et|ek|ekre|em|eim)?\b",
        r"méter\w*",  # "a szélerőmű tetején 100 méteren": a height
        r"horses\b", r"keys\b", r"strings\b", r"tickets\b(?= (?:a|an|every|each|per)\b)",
        r"mm\b", r"cm\b",
        # the people, places or things the work is counted by, a keg's size: "for 38 residents",
        # "18 gallon kegs", "24 drops", "3 surgeries", "6 villages", "150 prescriptions a day",
        # "100 calls a day", "12 tonne an hour" (not "drops 40", the pay for them)
        r"residents\b", r"gallons?\b", r"kegs\b", r"drops\b", r"surgeries\b", r"villages\b",
        r"prescriptions\b", r"calls\b", r"tonnes?\b", r"burritos\b",
        # the work counted by what is made, dressed or washed, and things counted by the shift or
        # the night: "did 14 windows for xmas", "8 washes a month", "90 pizzas a night", "about
        # 300 coffees a shift" (not money said so: "450 quid a night", "60 tips a shift")
        r"windows\b", r"washes\b", r"pizzas\b", r"coffees\b",
        r"(?!(?:pounds|quids?|bucks|dollars|euros|notes|bills|payments|wages|tips|takings|"
        r"earnings|extras)\b)[a-z]{3,}s\b(?= (?:a|an|per|each|every) (?:shift|night|day)\b)",
        # things counted in what holds them, by the morning or the week, the land worked and the
        # pages of a thing made: "40 crates of lettuce a morning", "20 trays of eggs a day", "26
        # acres to mow", "3 hectares", "32 page sections" (not "bags of money a week")
        r"(?:crates|boxes|trays|sacks|pallets|punnets|buckets|barrows|bales) of (?!money|cash)"
        r"[a-z]+\b(?= (?:a|an|per|each|every) (?:morning|afternoon|shift|night|day|hour|week)\b)",
        r"acres?\b", r"hectares?\b", r"pages?\b",
        # the lines of a sheet or a form: "the advisers sheet has 40 lines on it" (no money)
        r"lines (?:on|in|of)\b",
        # a count of times a thing was done, and a coin in a thing's name: "played it 3 times",
        # "2p machines", "10p pushers" (not "3 times 400", a sum worked out)
        r"times\b(?! ?[$€£]?[0-9])", r"p (?:machines?|pushers?|slots?)\b",
        # the rounds counted by their houses or cars: "412 houses on the round", "60 cars on a
        # good saturday" (not "cars loan 200")
        r"houses\b", r"cars\b(?! (?:loans?|finance|insurance|payments?)\b)",
        # the work counted by its doses, bundles, pick-ups, vessels or boxes: "500mg tablets", "21
        # caps a course", "3,000 bundles of reed", "14 pick ups", "63 vessels", "42 boxes and a
        # piano" (no money said so: "250ml", "the boxes 40" is not led by its figure)
        r"mg\b", r"ml\b", r"caps\b", r"bundles\b", r"pick[- ]?ups\b", r"vessels\b", r"boxes\b",
        # the bricks laid or carried and the lifts of a scaffold climbed: "2 thousand bricks a
        # day", "14 bricks a hod", "up 4 lifts" (no money said so: "bricks 300", led by the word)
        r"bricks\b", r"lifts\b",
        r"grand ?(?:kids?|children|child|sons?|daughters?)\b",
        # children counted as sons or daughters, boys or girls: "me and my 2 boys", "the 3 girls"
        # (not after a figure of two digits or more: "shoes 40 girls uniforms 60" runs a list on)
        r"(?<![0-9]{2} )(?<![0-9]{2})(?:boys|girls|sons|daughters)\b",
        # the young ones of a household counted by their age: "3 teenagers", "2 teens at home"
        r"teen(?:ager)?s\b",
        # shifts or weekends worked, a word about them first: "the 3 on call weekends a month",
        # "2 night shifts", "4 weekends"
        r"(?:on[- ]call |night |late |early |double |long |extra )(?:weekends?|shifts?|nights?)\b",
        r"weekends\b",
        # a length typed against the figure, no money: "pools 25m", "a 50m length", "28 x 24m"
        # (six months). Said alone, "6m" is still read as 6.
        r"(?<=[0-9])m\b(?! *$)",
        # things counted with a word about them first: "2 new tyres", "2 black suits dry cleaned"
        r"(?:new|old|black|white|little|big|small|spare|extra|cheap|used|second ?hand|part ?worn) "
        r"(?:[a-z]+ )?(?!(?:pounds|quid|dollars|euros|bills|payments)\b)[a-z]+s\b",
        r"négyzetméter\w*", r"[室栋幢]", r"平米", r"平方",
        # a distance, a number of figures: "40 miles away", "60 km", "in 3 figures", "四位数"
        r"km\b", r"kilomet\w*", r"kil[oó](?:t|ra|val|nként)?\b", r"kg\b", r"miles?\b",
        r"mérföld\w*", r"公里", r"千米",
        r"figures?\b", r"számjegy\w*", r"jegyű\w*", r"位数",
        # data, a temperature, a speed: "25 for 30GB", "heating on 18 degrees", "20 fokon", "18度"
        r"gb(?![a-z])", r"mb(?![a-z])", r"gigs?\b", r"degrees?\b", r"°", r"fok\w*", r"mph\b",
        r"度",
        # a quantity used, measured: "一个月用三十方", "两吨水", "用了四百千瓦时"
        r"方(?![便案面式法向])", r"立方", r"吨", r"千瓦时",
        # the work told by its count, right after the numeral, no money: "一个月放二十八场",
        # "爬了十七座桥", "我们是十四薪" (a year's pay counted in months; not "场地费", "座机",
        # "薪水": an item named next)
        r"(?<=[0-9一二两三四五六七八九十来多余])场(?![地租费子所])",
        r"(?<=[0-9一二两三四五六七八九十来多余])座(?![机位])",
        r"(?<=[0-9一二两三四五六七八九十])薪(?![水资酬])",
        # "5-én", "10-ig", "5120-ra végződik", "4421-es végű": a day of the month or card digits
        r"-(?:j?[éá]n|[éá]?i|[éá]?ig|t[óő]l)\b", r"-[aeé] (?:után|előtt|körül)\b",
        r"-?(?:r[ae] )?végz\w*", r"-?(?:[aeo]s )?végű\w*",
    ),
}  # fmt: skip
#: Units are matched after an "about" of Chinese too: "20来天", "10多个人" (days, people).
_UNITS = {  # (its words by their first letters: two hundred tried at once where a number ends)
    unit: re.compile(rf" ?(?:[来多余几](?=[^\x00-\x7f]))?(?:{compile_phrases(words).pattern})")
    for unit, words in UNIT_WORDS.items()
}

#: Currency marks and words; they neither help nor hurt reading the number.
CURRENCY_WORDS = (
    r"[$€£¥]", r"元", r"块钱", r"块", r"塊", r"圆", r"圓", r"人民币", r"rmb", r"cny", r"yuan",
    r"huf", r"ft", r"forint\w*", r"usd", r"eur", r"euros?", r"gbp", r"dollars?", r"pounds?",
)  # fmt: skip
CURRENCY_AFTER = re.compile(rf" ?(?:{'|'.join(CURRENCY_WORDS)})")
#: "-500", "minus 500", "负500": said to be negative.
NEGATIVE_SIGNS = (r"(?:^|[^\w])-", r"\bminus", r"\bmínusz", r"负")
_NEGATIVE_BEFORE = regex(
    rf"(?:{'|'.join(fold(p) for p in NEGATIVE_SIGNS)}) ?(?:(?:{'|'.join(CURRENCY_WORDS)}) ?)?$"
)
#: What each match of :data:`_NEGATIVE_BEFORE` has, one of its signs ("mínusz" folded has
#: "minus"): a number without one before it is not read against the pattern.
_NEGATIVE_MARKS = ("-", "minus", "负")
#: By the piece in Hungarian: "leütésenként", "kilométerenként", "temetésenként" (not
#: "havonként", monthly).
_BY_THE_PIECE_HU = r"\w+(?<!havo)(?<!hav)(?:[oeöa]?nk[ée]nt)"
#: An amount said for a period other than the month asked about: "400 a week", "30k a year",
#: "hetente 40 ezer", "一周挣400", "年薪十万". Such an amount is not read (a month's is asked).
PERIOD_AFTER = (
    r" ?(?:k|e|ezer\w*|grand|thousand)?"
    r"(?: (?:ft|huf|eur\w*|forint\w*|pounds?|dollars?|quid|元|块))?"
    r"(?: [0-9]{1,2}(?= \w+nk[eé]nt\b))?"  # "1 forint 60 leütésenként": 1.60 a keystroke
    r" ?(?:(?:a|an|per|each|every|/) ?(?:week|wk|year|yr|day|hour|hr|fortnight|term|semester|"
    r"quarter|shift|wedding|gig|delivery|drop)|"
    # a Hungarian period after a slash: "70e/hét", "3,9M/év", "30e/2 hét" (not "120/hó")
    r"/ ?(?:[2-9] ?)?(?:hét|év|nap|óra)|"
    # paid by the piece, how many pieces unsaid: "30 a lesson", "85 a night", "45 for every dog i
    # walk", "60 per job"
    r"(?:a|an|per|each|every|/|for each|for every) ?(?:lesson|tutoring session|session|night|"
    r"job|dog|walk|client|booking|call-?out|visit|hive|head|word|mile|km|trip|run|pupil|"
    r"room|house|load|parcel|drop|grave|burial|funeral|match|game|massage|minute|go|time|"
    r"class|treatment|appointment|sitting|top[- ]?up)|"
    # by the wash or by the length laid: "4.50 a wash", "i charge 90 a metre", "12 per yard"
    r"(?:a|an|per|each|/) ?(?:wash|load of washing|metre|meter|yard|square metre|sq ?m)|"
    r"every (?:work|working|week) ?day|every (?:three|3|four|4|six|6) months|twice a year|"
    r"every (?:other |second |2nd )?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)|every (?:other|second) (?:day|weekend)|"
    r"weekly|yearly|termly|quarterly|félévente|negyedévente|"
    r"annually|a year|daily|hourly|every (?:two|2|three|3|four|4) weeks|four-?weekly|4-?weekly|"
    r"biweekly|hetente|heti|évente|naponta|kéthavonta|every (?:two|2) months|bi-?monthly|"
    r"óránként|egy héten|egy évben|egy hét|egy nap|egy napra|kéthetente|fortnightly|"
    # by the piece in Hungarian: "8 Ft leütésenként", "44 Ft kilométerenként"
    rf"{_BY_THE_PIECE_HU}|bi-weekly|every other week|"
    r"per annum|p\.? ?a\b\.?|pa\b|per day|pw|p/w|per wk|"
    # short phone-typed: "310/w", "80/2wks", "11.44ph" (an hour)
    r"/ ?(?:w|2 ?wks?|2 ?weeks|h)|ph|p/h|phr|"
    # a year's figure from a tax form: "21,300 for last year", "19,800 for the tax year"
    r"for (?:the|last|that|this|a|the whole|the last) (?:tax )?year)\b",
    # a price by the thing sold or typed, the month's not worked out: "7.50 a jar", "3.40 a
    # page", "2 quid per pot", "45p a bag"
    r" ?(?:p|pounds?|quid)? ?(?:a|an|per|each|/) ?(?:jar|page|pot|bottle|bag|box|cake|"
    r"candle|bunch|tray|print|loaf|dozen)\b",
    # the same by what a material is sold in: "gold leaf is 60 a book", "12 a sheet of glass",
    # "9 a roll", "30 a crate"
    r" ?(?:p|pounds?|quid)? ?(?:a|an|per|each|/) ?(?:book|sheet|roll|pane|tin|packet|crate|"
    r"sack|pallet|tub)\b",
    # the same by the job of a trade or the weight sold: "70 a sweep", "8.70 a car at the toll",
    # "18.99 a kilo", "60 a tonne" (not "a car payment", "a ton of")
    r" ?(?:p|pounds?|quid)? ?(?:a|an|per|each|/) ?(?:sweep|groom|kilo|kg|lb|tonne|ton(?! of)|"
    r"car(?! (?:loan|payment|finance|insurance)))\b",
    # (also after a slash, as a form is typed: "吃饭 300/周", "2000/年")
    r"(?: ?(?:块钱|块|塊|元))? ?(?:一|每|一个|每个|/ ?)"
    r"(?:周|週|星期|礼拜|禮拜|年|天|日|小时|小時|学期|季度|冬天?|季|趟|单|晚上?|夜|公里|千字|罐|袋|箱)",
    # a cost by the job or the event, what it goes on between: "150 on travel per wedding", "40
    # on diesel each job" (the month's not worked out)
    r" ?(?:quid|pounds?)? on [a-z]+(?: [a-z]+)? (?:a|an|per|each|every) (?:wedding|gig|job|event|"
    r"show|trip|match|delivery|booking|contract)\b",
    # a price by the thing said in pounds, whatever the thing: "9 quid a tuning", "5 quid a pop"
    r" ?(?:pounds?|quid) (?:a|an|per|each) (?!(?:month|mth|mo|calendar|lot|bit|few|couple)\b)"
    r"[a-z]{3,}\b",
    # a bonus paid once a year or a quarter: "一万的年终奖", "500 christmas bonus", "200 ezer évvégi
    # prémium", "1500 quarterly bonus"
    r"(?: ?(?:块钱|块|元))? ?的?(?:年终奖|年终|年底奖金|年奖|季度奖金?)",
    # an hourly rate by the hours, not worked out: "12.21 x 16 hrs a week"
    r" ?(?:x|times|\*) ?[0-9]+ ?(?:hrs?|hours|ora)\b",
    r" ?(?:k|e|ezer\w*)?(?: (?:ft|forint\w*|pounds?|quid))? (?:annual|yearly|quarterly|christmas|"
    r"xmas|year-end|end of year) bonus\b",
    # a year's figure spread over it, the month's not worked out: "season ticket loan 4,200 over
    # the year off my wages", "2k across the whole year"
    r" ?(?:k|grand|quid|pounds?)? (?:over|across|spread over) (?:the|a) (?:whole |full )?year\b",
    r" ?(?:k|e|ezer\w*)?(?: (?:ft|forint\w*))? (?:évvégi|év végi|éves) (?:prémium|bónusz|jutalom)",
    # every so many weeks or years, or spread over years, the month's not worked out: "2 grand
    # every 8 weeks", "150 every 2 years", "2,400 spread over 2 years", "250 a show"
    r" ?(?:k|grand|quid|pounds?)? (?:every|each) (?:[5-9]|1[0-2]|five|six|seven|eight|nine|ten|"
    r"twelve) (?:weeks|wks)\b",
    r" ?(?:k|grand|quid|pounds?)? (?:every|each) (?:[2-9]|two|three|four|five) (?:years|yrs)\b",
    r" ?(?:k|grand|quid|pounds?)? (?:spread |paid |split )?over (?:[2-9]|two|three|four|five) "
    r"(?:years|yrs)\b",
    # a price spread over a term of months, the whole not the month's: "2,400 over 36 months"
    r" ?(?:k|grand|quid|pounds?)? (?:spread |paid |split )?over (?:[2-9]|[1-9][0-9]) "
    r"(?:months|mths)\b",
    r" ?(?:k|quid|pounds?)? ?(?:a|an|per|each) (?:show|performance|set)\b",
    # every other month, by the market or sale day, or a tax year's profit, the month's not
    # worked out: "90 every other month", "about 130 a market day", "31k profit last tax year"
    r" ?(?:k|grand|quid|pounds?)? (?:every|each) (?:other|second|2nd) month\b",
    # the same said after "but": "i can do 90 but every other month", "200, but only every
    # second month" (the month's not worked out)
    r" ?(?:k|grand|quid|pounds?)?,? but (?:only )?(?:every|each) (?:other|second|2nd) month\b",
    # a price by the job of a trade, the month's not worked out: "3 a ride", "25 a mole", "40 a
    # visit", "38 a toe", "85 a go", "1,800 a wedding" (not "a head", said of a household)
    r" ?(?:quid|pounds?)? (?:a|per|each) (?:ride|mole|visit|toe|go|wedding|party|session|lesson|"
    r"tour|treatment|haircut|trim|callout|call-out|job)\b",
    r" ?(?:k|quid|pounds?)? ?(?:a|an|per|each|every) (?:market|sale|show|fair|auction) day\b",
    r" ?(?:k|grand|quid|pounds?)?(?: (?:profit|turnover|takings|income|drawings))? "
    r"(?:last|this|for the|for last) (?:tax|financial) year\b",
    # a figure of several months gone, or one paid back once on a day: "spent 2,340 in the last
    # 2 months", "520 to pay back on the 28th"
    r" ?(?:k|grand|quid|pounds?)? in the (?:last|past) (?:[2-9]|two|three|four|five|six) "
    r"(?:months|mths)\b",
    r" ?(?:k|grand|quid|pounds?)? to (?:pay|be paid) back (?:on|by) the\b",
    # a quarter's figure, the month's not worked out: "spent 3,100 over the last quarter", "2k
    # for the quarter", "900 last quarter"
    r" ?(?:k|grand|quid|pounds?)?(?: (?:over|in|for|across))? (?:the |a |this )?(?:last |past |"
    r"whole )?quarter\b",
    # the period said afterwards of the one figure: "i get 1,020 maintenance loan but thats per
    # term", "900 from the trust, thats a year", "340 but its weekly"
    r" ?(?:k|grand|quid|pounds?)?(?: [a-z]+){0,3},? (?:but |and )?(?:thats|that'?s|that is|its|"
    r"it'?s) (?:(?:per|a|each|every) (?:term|week|year|fortnight|quarter)|weekly|yearly|termly|"
    r"annual|quarterly|fortnightly)\b",
    # the period after a hedge set off by commas: "two hundred, or so, a week", "90, give or
    # take, per fortnight" (a week's or a fortnight's, however near)
    r" ?(?:quid|pounds?)?,? (?:or thereabouts|or so|give or take|more or less|roughly|approx\w*),? "
    r"(?:a|per|each|every) (?:week|wk|fortnight|year|day)\b",
)
_PERIOD_AFTER = compile_phrases(PERIOD_AFTER)
PART_BEFORE = (
    # beside a figure named by what it is: "more than the 1,280 i get", "less than my 900 rent"
    r"(?:(?<!no )(?<!not )more than|less than) (?:the|my|what) (?:[$€£¥] ?)?$",
    r"(?:(?<!no )(?<!not )more than|(?<![a-z])(?:over|above)|at least|less than|"
    # (">1,000 easily": a bound typed as a sign)
    r"(?<![a-z])(?:under|below)|upwards of|(?<![=<>-])[<>]|"  # not "could cover 150"
    r"not quite|just (?:under|shy of)|nem egészen|nem egész|"
    r"több mint|legalább|kevesebb mint|nem kevesebb|alatt|felett|至少|超过|不到|不少于|不止|起码|"
    r"多于|高于|大于|少于|低于|小于|不低于|保底|少说(?:也)?(?:有|得|要)?|最少(?:一个月|每个?月)?(?:也)?(?:得|要|有)?|最低(?:也)?(?:得|要)|"
    r"怎么(?:着)?(?:也|都)(?:得|要|有)|"  # "怎么也得三千五": at least that
    # under it, how far unsaid: "不足四千", "开销够不着三千", "不满五千" (a bound, no figure)
    r"不足|够不着|够不到|不满|"
    # a floor or just short of it, how far unsaid: "不下四千" (not "省不下", "放不下"),
    # "差一口气到五千", "差一点就到五千", "差点够三千"
    r"(?<![放省攒存装写记拿剩落留吃住睡])不下|差(?:一)?(?:口气|点儿?|些)(?:就|才)?(?:到|够|满)|"
    # a figure said as nearly reached, "small" before it: "小五千吧", "一个月小三千" (not "大小")
    r"(?<![大老])小|"
    # nearly there, how near unsaid: "将近五千", "接近四千", "快六千了" (not "赶快", "凉快")
    r"将近|接近|(?<![很太好飞赶尽加凉愉痛爽勤轻畅欢])快(?:要|到)?|"
    r"nem éri el(?: a| az)?|north of|(?:the )?wrong side of|"
    # a good figure, more than it: "bő 200", "nettó bő háromszáz", "jó 250 simán"
    r"(?<![a-z])bő|(?<![a-z])jó(?= $)|"
    # a tight figure, a little under it: "szűk kétszáz", "szűk 300 a nettóm" (how far unsaid)
    r"(?<![a-z])szűk|"
    # "一个月肯定过五千" (over 5000; not "花过", "还过": spent, paid once)
    r"(?<![花用还付交给存赚挣拿借欠收超经度通])过)\W{0,2}(?:[$€£¥] ?)?$",
    # near it from below, how near unsaid: "pushing 1,200 most months", "getting on for 1,000",
    # "knocking on 1,300 now" (a bound, not the figure itself)
    r"(?:\bpushing|\bgetting on for|\bknocking on|\bcreeping up to|\bedging towards)"
    r"\W{0,2}(?:[$€£] ?)?$",
    # a bound said by a side of it or by how near, how far unsaid: "south of 1,200 most months",
    # "not far off 1,300", "not far short of 900", "a shade under 1,000"
    r"(?:\bsouth of|\bnot far (?:off|short of|from|under|over)|\bnot a million miles (?:off|from)"
    r"|\bjust south of|\ba (?:shade|smidge|tad|hair) (?:under|over|below|above))"
    r"\W{0,2}(?:[$€£] ?)?$",
    # near it, how near or which side unsaid: "the thick end of 1,200", "nigh on a grand", "a
    # bit shy of 1,000", "a little short of 900"
    r"(?:\bthick end of|\bnigh on|\ba (?:bit|little|touch|wee bit) (?:shy|short) of)"
    r"\W{0,2}(?:[$€£] ?)?$",
    # coming near it from below, how near unsaid: "knocking on for a grand", "getting on towards
    # 1,200", "knocking on the door of 900"
    r"(?:\bknock(?:ing|in'?) on (?:for|the door of)|\bgetting on towards)\W{0,2}(?:[$€£] ?)?$",
    # just under it, by the change a note would leave, how much unsaid: "not much change out of
    # 1,300", "little change from a grand", "wouldnt get much change out of 900"
    r"(?:\b(?:not much|no|little|very little|much) change (?:out of|from))\W{0,2}(?:[$€£] ?)?$",
    # under it typed short, how far unsaid: "sub 1k", "sub 1,500 this month"
    r"(?<![a-z])sub[- ]?(?:[$€£] ?)?$",
)
_PART_BEFORE = ByScript.phrases(PART_BEFORE)
#: A ceiling is the amount itself: "no more than 60", "i can't do more than 80", "legfeljebb 20
#: ezer", "最多1500".
CEILING = (
    r"(?:\bno|\bnot|n'?t(?: \w+){1,2}|\bnem (?:tudok|bírok|megy)\w*) (?:more|over) (?:than )?"
    r"\W{0,2}(?:[$€£¥] ?)?$",
    # the same by the smallest coin: "not a penny more than 55", "not one pound over 80"
    r"\bnot (?:a|one) (?:penny|pound|quid|cent|bob) (?:more|over) (?:than )?\W{0,2}(?:[$€£¥] ?)?$",
    r"(?:\bat most|\bat the most|\bmax(?:imum)?|\bup to|\blegfeljebb|\bmaximum|最多|不超过)"
    r"\W{0,2}(?:[$€£¥] ?)?$",
)  # fmt: skip
_CEILING = compile_phrases(CEILING)
PART_AFTER = (
    # (not a figure, a space, then more refused: "五百 多了真没有", "三百 多的话给不起": a ceiling)
    r"(?! 多(?:了|的话)(?:真|也|实在|就|可|我|是)*(?:没|拿不|给不|还不|付不|不行|不可能))"
    r" ?(?:多|有余|以上|以下|不到|开外|出(?:点|个)?头|(?:都|也|还)?不止|打底|起步|往上|冒头|起跳|"
    # not even it, how far under unsaid: "一千都不到", "有时候一千都没有" (not "多一分都没有": no
    # figure before it)
    r"(?:都|也)(?:不到|没到|没有|不够)|"
    r"露头|"  # a round figure just passed: "五千露头"
    r"冒尖|"  # a round figure just topped: "工资三千冒尖"
    r"靠上(?![去来])|"  # a little over, how much unsaid: "四千靠上"
    # at most or a little under it, how much unsaid: "五千往下", "三千朝下", "三千有找",
    # "四千欠一点点"
    r"往下(?![降掉跌走调减滑])|朝下(?![降掉跌走调减滑])|有找|"
    r"欠(?:一)?(?:点点?|些)(?=$|[ ,.!?;吧啊])|"
    # a little more, how much unsaid: "五千有零", "一个月四千朝上"
    r"有零(?![钱花碎用]|有整)|朝上|"  # (not "有零有整": to the yuan)
    r"起(?=$|[ ,.!?;])|(?:-?t[oóöő]l )?(?:felfel[eé]|f[oö]lfel[eé]|feljebb)\b|"
    r"(?:less|minus) a (?:bit|little|touch)\b|and (?:up|upwards)\b|or upwards\b|upwards\b|"
    # (not a plus before a rough second figure: "690 plus about 500 for the rest")
    r"plus\b(?! ?[0-9])(?! (?:about|around|roughly|approx\w*) (?:[$€£] ?)?[0-9])|"
    r"\+(?! ?[0-9])|\u2795(?! ?[0-9])|"
    r"or (?:more|less|so more)\b|felett\b|fölött\b|alatt\b|or more\b|"
    # a little more, or a bit over: "200 körül vagy kicsit fölötte", "1,200 or a bit over"
    r"(?:k[oö]r[uü]l )?(?:vagy|or) (?:egy )?(?:kicsit|picit|valamivel|a bit|slightly|a little|"
    r"a touch) (?:f[oö]l[oö]tte|felette|t[oö]bb|alatta|kevesebb|more|over|less|under|above|"
    r"below)\b|"
    # fell below it: "200 alá esett"
    r"al[aá] (?:esett|csökkent|ment(?: le)?|zuhant|süllyedt)\b|"
    # never goes below it, a floor: "150 alá nem megy", "sosem megy 200 alá"
    r"al[aá] (?:nem|sosem|soha nem|sose) (?:megy|mennek|esik|csökken|jön ki)\b|"
    r"al[aá]\W*$)",
    # "1300 at the very least", "2k and something", "46 ezer valamennyi": how much more is unsaid
    r" ?(?:(?:a|per) month )?(?:at (?:the )?(?:very )?least|at a minimum|"
    r"(?:and|or) (?:something|summat|change)|"
    r"something(?! (?:like|else|for|on|to)\b)|(?:és |meg )?valamennyi|(?:és |meg )?egynéhány)\b",
    # ("-ish" is an approximation: "1700-ish" is the number)
    r"-(?:valamennyi|valami|egynéhány|something|odd)\b",
    r" - (?:valamennyi|egynéhány)\b",  # "kétszáz-egynéhány", its hyphen spaced once spelled out
    # "kétszázas valami", "3 százas valami": a figure in the hundreds, the rest unsaid (spelled
    # out as "200 valami"), where it ends its clause (not "200 valami kajára")
    r" valami(?=\s*(?:[,.;!?]|$))",
    # a figure over or under another the cardholder's, that one unsaid: "a hundred over my wages
    # every month", "150 more than my pay", "about 80 under my budget"
    r" ?(?:k|grand|quid|pounds?)? (?:over|more than|above|under|less than|below) (?:my|our|his|"
    r"her|the) (?:wages?|pay|income|salary|earnings|budget|pension|benefits?|take ?home)\b",
    # an item's figure said as a share of the whole, the whole unsaid: "rent 520 which is about
    # 40% of what i spend", "550, thats half my outgoings"
    r" ?(?:pounds?|quid)?,? (?:which is|which'?s|thats|that'?s|that is)(?: about| around| roughly|"
    r" nearly| over| under)? (?:[0-9]{1,2} ?%|half|a third|a quarter|two thirds) (?:of )?(?:what i|"
    r"what we|my|our|all)\b",
    # "200 ezer se jön ki" (not even that comes in), "10 ezernél több", "150-nél kevesebb"
    r" (?:se|sem) (?:jön ki|jön össze|van meg|lesz meg|jön be)\b",
    # (not a ceiling: "7 ezernél többet nem tudok")
    r"(?<=n[eé]l|n[aá]l) (?:\w+ )?(?:több|kevesebb)\w*\b(?! nem\b)",
    r"-?n[eé]l (?:\w+ )?(?:több|kevesebb)\w*\b(?! nem\b)",
    r" odd\b",
    # beyond it, or it if not more: "200-on túl", "150-en felül", "200 ha nem több"
    r"-?[aoeö]?n (?:túl|felül)\b",
    r",? ha nem (?:több|kevesebb)\b",
    # "háromszáz-akárhány": how much more is unsaid
    r" ?- ?(?:akárhány|valahány)\b",
    # near the whole or past it, said back of it, how far unsaid: "a grand n a half all in, just
    # shy of it maybe", "1,200 in total, a bit under that" (not after an item: "rent 700 and food
    # 200, a bit under that" may be of the sum)
    r" (?:all in|in total|altogether|all told),? (?:or |but |maybe |probably |prob )?"
    r"(?:(?:just|a bit|a little|a touch|slightly|a tad|a smidge) (?:shy of|short of|under|below|"
    r"less than|over|above|more than)|(?:shy|short) of) (?:it|that)\b",
    # a decade of figures, where in it unsaid: "something in the 60s", "in the low 80s"
    r"(?:(?<=in the [1-9]0)|(?<=in the [1-9]00)|(?<=the low [1-9]0)|(?<=the mid [1-9]0)|"
    r"(?<=the high [1-9]0))'?s\b",
)
_PART_AFTER = compile_phrases(PART_AFTER)
PERIOD_BEFORE = (
    r"(?<![a-z])(?:weekly|wkly|yearly|annual(?:ly)?|daily|hourly|a week|per week|a year|per year|"
    r"quarterly|termly|per term|each term|a term|"
    r"per day|each day|"  # "per day its about 30": a day's, the month's not worked out
    r"hetente|heti|évente|évi|naponta|napi|(?:1 |egy )?napra|(?:1 |egy )?hétre|óránként|"
    r"kéthetente|kétheti|félévente|negyedévente|"
    # this week's, last week's, a year's: "ezen a héten 48 ezer", "éves kiadás: 2,7 millió"
    r"(?:ezen a|a|múlt|előző) héten|"
    # a weekday's call or payment: "the provident man comes every friday for 30"
    r"every (?:other |second )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
    r"(?: (?:for|of|to pay|paying|at|with))?|"
    # (and a year's as a whole: "éves szinten 2 millió megy el")
    r"éves (?:szinten|kiadás|költés|költség|bevétel|jövedelem|fizetés|nettó|bruttó)\w*|"
    # a year's figure on its form: "last tax return said", "az szja-bevallásom
    # szerint", "年收入八万", "全年到手"
    r"tax return(?: says| said| shows| showed)?|"
    r"self[- ]?assessment(?: says| said| shows| showed)?|"
    r"(?:szja[- ]?)?bevallás\w*(?: szerint)?|"
    r"年(?:总)?收入|年入|全年(?:收入|工资|到手|总收入)?|年到手|"
    r"alkalmanként|éjszakánként|óránként|kutyánként|"  # by the piece: "alkalmanként 8 ezer"
    # an hourly rate: "órabér 1650, havonta 14-16 műszak" (the month's not worked out)
    r"órabér(?:em|e|ben|em is)?|"
    # every other week or every working day: "minden második héten vásárolok be 35-ért", "a menza
    # minden munkanapon 1 800"
    r"minden (?:második|harmadik|negyedik) (?:héten|hét)(?: \w+){0,2}|"
    r"minden (?:munka)?napon|munkanaponta|"
    r"每节课|一节课|每晚|一晚|每单|一单|每次课|"
    # by the time or the job, the month's not worked out: "开锁一次一百五左右", "每次加油三百"
    # (not "这一次", "上一次", "一个月一次", "每月还一次 一次三百": a month's once)
    r"(?<![这上下那第月])(?<![次交付还缴结发] )(?<![次交付还缴结发],)(?<![次交付还缴结发], )"
    r"(?:每|一)次(?!性|课|[ ,]{1,2}[每一]次)|"  # (nor "一个月一交, 一次两千")
    # paid or repaid by the time, no month's: "按次结的, 一次一百五", "每年还一次, 一次两千"
    r"(?<!每月)(?<!每个月)(?<!一个月)(?:按次|还一次|结一次|给一次|发一次)"
    r"[^,;.!?]{0,4}[,;] ?(?:一|每)次|"
    r"每学期|一学期|一个学期|每季度|一个季度|一季度|"
    r"每个季度|每一季度|每个季|"  # "每个季度还三千": a quarter's, no month's
    # a quarter's pay named by which: "提成按季度发, 上个季度发了一万二"
    r"(?:上|这|本|前)个?季度|"
    r"每周|每星期|每礼拜|每个(?:星期|礼拜|禮拜)|一周|一星期|一个星期|一个?(?:礼拜|禮拜)|一個(?:星期|礼拜|禮拜)|每年|一年|年薪|周薪|日薪|时薪|"
    r"每天|每日|一天|日结|日均|平均一天|平均每天|每小时|每?(?:两|2)(?:周|个?星期|个?礼拜)(?![后内以里])|(?:两|2)个?(?:星期|周|礼拜)(?:发|结|付|还)?一次|"
    r"(?:每)?半个?月(?:发|结|付|还|交)?(?:一次)?|"
    # paid once in several months, the once's amount: "三个月一发, 一次一万五", "押一付三, 一次交
    # 7500", "两个月收一次, 一次120"; or once when a short loan falls due: "到期还1500"
    r"(?:(?:两|二|三|四|五|六|[2-6])个月|双月|隔月|半年|一年|季度)才?(?:一|1)(?:发|结|付|还|交|收)|"
    r"(?:(?:两|二|三|四|五|六|[2-6])个月|双月|隔月|半年|一年|季度)才?(?:发|结|付|还|交|收)?(?:一|1)次|"
    # repaid by the instalment every few months: "两个月还一期, 一期一千二"
    r"(?:(?:两|二|三|四|五|六|[2-6])个月|双月|隔月|半年|季度)才?(?:还|付|交)?(?:一|1)期|"
    # a quarter's, said short: "一季还你们三千" (not "第一季")
    r"(?<!第)(?:每|一)季(?!度)|"
    # a payment over several months, no month's: "两个月还一千" (not "前两个月还有3000")
    r"(?<![前上这近头])(?:两|二|三|四|五|六|[2-6])个月(?:还|付|交)(?= ?$)|"
    # paid by the piece, not by the month: "一个班两百", "一单十二块", "千字八十"
    r"(?:每|一)个?(?:班|单|件|桶|趟|节课|堂课)|千字|"
    # by the load, what a driver or a loader gets a truck: "拉货一车提五十", "装卸每车给三十"
    # (not "一车间", a workshop, nor "一车位", a parking space)
    r"(?:每|一)车(?![间位库])(?:能|就)?(?:提|给|赚|挣|拿|分)|"
    # by the pot, the knife ground or the hour: "爆米花一锅五块", "磨一把十块", "一个钟头三百",
    # "一个钟二十五" (not "一把手", "一把年纪"; nor a clock's time, "一个钟点")
    r"(?:每|一)(?:锅|把(?!手|年纪))|(?:每|一)个?钟头|(?:每|一)个钟(?!点)|"
    r"(?:每|一)(?:公)?斤|"  # a price by the jin: "毛猪一斤七块二" (how many sold is another figure)
    # by the meal, the household, the customer, the box: "一顿二十五", "抄表一户一块五", "采耳
    # 一位提二十", "药一盒三十五" (how many a month is another figure, or unsaid)
    r"(?:每|一)(?:顿饭?|餐|户|位客人|盒|节)(?:能|就)?(?:提|给|赚|挣|拿|收|分)?|"
    r"(?:每|一)位(?:能|就)?(?:提|给|赚|挣|拿|收|分)|"
    # by the session, the show: "法院那边按场算, 一场三百" (not "一场病", an illness)
    r"(?:每|一)场(?:演出|活动|翻译)?(?!大?病|手术|官司|雨|火|车祸|意外)|"
    r"押[一二三1-3]付[三六3-6]|到期|"
    # paid for the year at once: "房租年付2w", "物业费一年一交, 2400"
    r"年付|年交|一年一(?:付|交|缴)|"
    # earned so far this year, months of it: "今年到现在挣了三万", "今年上半年挣了三万"
    r"今年(?:到现在|以来|上半年|下半年|前[两三四五六七八九]个月)?(?:一共|总共)?"
    r"(?:挣|赚|收入|拿|卖|花|用|消费|开销|支出)了?|"
    # several months' in all, which months said: "二月到五月一共挣了一万八", "前四个月总共花了
    # 一万二" (the month's not worked out)
    r"(?:(?:[一二三四五六七八九十]{1,2}|1?[0-9])月?(?:到|至)(?:[一二三四五六七八九十]{1,2}|1?[0-9])月份?|"
    r"前[两三四五六七八九十]个月)(?:一共|总共|加起来|合计)(?:挣|赚|收入|拿|卖|花|用|消费|开销|支出)?了?|"
    r"fortnightly|bi-?weekly|every (?:two|2|three|3|four|4) weeks|(?:a|every|each) fortnight|"
    # a week's said first, "weeks" typed without its s: "every 2 week 160", "every week 40"
    r"every (?:two |2 )?week|each week|"
    r"egy évben|"
    r"egy év alatt|每(?:三|3|四|4)(?:周|个?星期|个?礼拜)|"
    r"(?:két|három|négy|öt|hat|[2-9]) ?hetente|"
    r"年终奖|年终|年底奖金|年奖|季度奖金?|"
    r"(?:annual|yearly|quarterly|christmas|xmas|year-end) bonus(?: of)?|"
    r"年底(?:还|会|再|另外)?(?:有|发|拿|给|能拿)|"  # "每月6000, 年底还有两万奖金": once a year
    r"(?:évvégi|év végi|éves) (?:prémium|bónusz|jutalom)|13\. havi|"
    # by the kilometre, the night, the can or the winter: "跑一公里挣一块二", "一个晚上给220",
    # "奶粉一罐三百"; settled at the year's end or once: "年底统一结三万六", "一次性给了两万八"
    r"(?:一|每)个?(?:公里|晚上?|夜|罐|箱|袋|冬天?)(?:能)?(?:挣|给|赚|拿|收|结|发)?|"
    r"年底(?:统一|一次性)?(?:结|算|发)|一次性(?:给|发|付|交|拿|结|补)?了?|一次(?:交|付|缴)了?|"
    # by the piece in Hungarian, before the figure: "temetésenként 15 ezer", "percenként 400 Ft"
    rf"{_BY_THE_PIECE_HU}|"
    # paid by the quarter or by the batch: "房租季付 一次五千四", "每次卖完一批猪还一万"
    r"季付|季交|按季(?:度)?(?:付|交)?|每次[^,;.!?]{0,10}(?:还|付|给|交)|"
    # every Friday: "minden pénteken jön, 6 ezret visz"
    r"minden (?:hétfőn|kedden|szerdán|csütörtökön|pénteken|szombaton|vasárnap)(?: \w+){0,2}|"
    # every Saturday, a place or a thing between: "szombatonként a piacon kb 15 ezer"
    r"(?:hétfő|kedd|szerdá|csütörtök|péntek|szombat|vasárnap)[oeö]?nként(?: \w+){0,2})"
    # not the days worked in it: "现在一周上四天, 9600"
    r"(?![上干做工班]{0,2}[0-9一二两三四五六七]+ ?(?:天|日|个?小时|班))"
    r"\W{0,2}(?:\w{0,3}|pay|of|about|around|roughly|like|maybe|kb|kapok|keresek|get|earn|make|"
    r"fizet|fizetnek|osszesen)?"  # "a Wolt hetente fizet, kb 70", "egy évben, összesen 2,4 M"
    r"\W{0,2}(?:\w{0,3}|of|about|around|roughly|like|maybe|kb)?\W{0,2}$",
    # the period said first, who spends or gets it between: "fortnightly i budget 480 for
    # everything", "weekly we spend about 200", "every two weeks i get 640"
    r"\b(?:fortnightly|weekly|every (?:two|2) weeks|every fortnight|each week|every week) "
    r"(?:i|we) (?:budget|spend|get|earn|make|pay|put aside|allow|take home)"
    r"(?: for| about| around| roughly| like)?\W{0,2}$",
    # every so many days, no month's: "i pay the interest every 28 days, about 40"
    r"\bevery (?:[1-9][0-9]?|two|three|four|five|six|seven|ten|fourteen) days\W{0,2}"
    r"(?:(?:about|around|roughly|like|maybe|of|for|at|i pay|its|it'?s)\W{0,2}){0,2}(?:[$€£] ?)?$",
    # a day's rate, or a trip's spending, said first, no month's: "day rate 160", "my day rate
    # is 140", "per trip ashore i spend about 350", "each trip away we spend 300"
    r"\b(?:day|daily) rate(?: is| of)?\W{0,2}(?:about|around|roughly)?\W{0,2}(?:[$€£] ?)?$",
    # the rate after the days or shifts it was paid for: "did 9 days at 110", "14 shifts at 95"
    r"\b[0-9]{1,2} (?:days|shifts|nights|jobs) at (?:about |around )?(?:[$€£] ?)?$",
    r"\b(?:per|each|every) trip(?: ashore| away| out| home)? (?:i|we) (?:spend|get|earn|make|pay)"
    r"(?: about| around| roughly| like)?\W{0,2}(?:[$€£] ?)?$",
    # one thing's price or a day's takings, no month's: "a fox mount goes for 650", "a chair
    # sells for about 90", "saturday takings about 600"
    r"\b(?:goes|sells?|sold) for (?:about |around |roughly |like )?(?:[$€£] ?)?$",
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|market day)'?s? "
    r"(?:takings|sales|till) (?:(?:is|are|was|were|of|about|around|roughly|like) ?){0,2}"
    r"(?:[$€£] ?)?$",
    # a bill's period said before its name, no month's: "quarterly water bill 210", "the yearly
    # tv licence is 169", "annual house insurance bill of 320"
    r"\b(?:quarterly|yearly|annual) (?:[a-z]+ ){0,2}(?:bill|licence|license|premium|fee)s? "
    r"(?:(?:is|was|of|about|around|roughly) )?(?:[$€£] ?)?$",
)
_PERIOD_BEFORE = ByScript.phrases(PERIOD_BEFORE)
#: Words right before a number that make it no amount: an age ("i'm 45"), card or phone digits
#: ("card ending 4421", "尾号5521").
COUNT_BEFORE = (
    r"\bi'?m",
    r"\bi am",
    # a relative's age: "my son is 24", "our girl turned 9"
    r"\b(?:son|daughter|boy|girl|kid|child|grandson|granddaughter) (?:is|turned|turns|just turned)",
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
    # the bot's own example echoed: "like your example 2400? i wish. mine is 1,630"
    r"\b(?:your|ur|the) example(?: of| says| said| was| is)?",
    r"\b(?:phone|mobile) number",
    # (not an item after a figure: "albi 130, tel 6", "☐ kaja 75 ☐ tel 6" is the phone's bill)
    r"\btel\.?(?<![0-9] tel)(?<![0-9], tel)(?<![0-9] . tel)(?<![0-9], . tel)"
    r"(?<![0-9] tel\.)(?<![0-9], tel\.)",
    r"\btelefonszám\w*",
    # a listed option's number: "选5的话要一次拿多少", "方案2"
    r"选(?:择)?(?:第|方案|选项)?",
    r"方案",
    r"选项",
    r"尾号",
    r"尾數",
    r"尾数",
    r"卡号",
    # the last digits said with "是": "身份证号尾数是4120", "尾号为8831"
    r"(?:尾号|尾數|尾数)(?:是|为)",
    # a performance score, not its pay: "绩效打了3.25", "绩效系数1.2"
    r"绩效(?:分|评分|考核)?(?:打了|打的|评了|评的)",
    r"绩效(?:系数|评分|分)(?:是|为)?",
    # a phone to call, not the bare bill "电话五十" (a phone number is long, see _IDENTIFIER)
    r"电话号码?",
    r"(?:打|拨|回|联系|我的?|家里|座机|办公室)电话",
    r"手机号",  # (a bare "手机129" is the phone bill: a number is long, see _IDENTIFIER)
    # a staff number, a credit score: "工号9527", "芝麻分680", "staff no 4471", "credit score 640"
    r"\b(?:staff|employee|payroll|works) (?:no\.?|number|num|id)(?: is)?",
    # a vehicle or a badge by its number, a thermostat's setting: "fleet number 3321", "badge no
    # 2210", "thermostat on 17" (no money: read, it would be summed in with the month's figure)
    r"\b(?:fleet|badge|locker|vehicle|cab|taxi|licence|license) (?:no\.?|number|num)(?: is)?",
    r"\bthermostat(?: is)?(?: (?:on|at|set to|set at|to))?",
    r"\bcredit score(?: is| of)?",
    # a place's or a list's number: "baggage handler at terminal 5", "platform 3", "my top 3"
    r"\b(?:terminal|platform)",
    # a grade of a qualification or a bin round's number: "bsl level 6", "nvq level 3", "i do
    # round 7" (not "round 700", around it: the round worked is after a verb of working; nor "a
    # laser level 45 a month", a tool's price)
    r"\b(?:bsl|nvq|svq|btec|rqf|qcf|cert(?:ificate)?|diploma|award|course|qualified(?: to)?) "
    r"level",
    r"\b(?:i do|i'?m on|im on|i drive|i work) round",
    r"(?:^|\b(?:my|the|your|our) )top",
    r"\btörzsszám\w*",
    r"工号(?:是)?",
    r"(?:芝麻|信用|征信)(?:信用)?分(?:是|有)?",
)
#: (each word with its own end, so that each can be led by its letters: as one choice before
#: one end, more than :func:`regex` spells out, the choice was entered at every place)
_COUNT_BEFORE = ByScript.regex(
    "|".join(rf"(?:{fold(p)}) ?:? ?$" for p in sorted(COUNT_BEFORE, key=len, reverse=True))
)
#: A year ("since 2019", "2027-ig", "2019 óta", "until 2026") is a date, not an amount.
YEAR_BEFORE = (
    r"\b(?:since|in|from|until|till|til|by|of|year|ends?(?: in)?|ending(?: in)?|ended in|"
    r"finishes(?: in)?)",
)
_YEAR_BEFORE = regex(rf"(?:{alternatives(YEAR_BEFORE)}) (?:the )?(?:year )?$")
#: A month named right before a day of it: "március 3.", "june 5", "szept. 10".
MONTH_NAMES = (
    r"\b(?:január|február|március|április|május|június|július|augusztus|szeptember|október|"
    r"november|december|jan|febr?|márc|ápr|máj|jún|júl|aug|szept?|okt|nov|dec)\.?",
    r"\b(?:january|february|march|april|june|july|august|september|october)",
)
_MONTH_NAMED_BEFORE = regex(rf"(?:{alternatives(MONTH_NAMES)}) ?$")
YEAR_AFTER = (r" ?(?:óta|-(?:ig|ben|ban|t[oó]l|t[eé]l|es|as|ra|re)\b)",)
_YEAR_AFTER = re.compile(alternatives(YEAR_AFTER))
#: Right before a year of any age, that a thing's age is told: "the house dates back to 1890"
#: (no money dates back; a figure said to "go back to" may be: "rent goes back to 1100").
_DATING_BACK_TO_BEFORE = re.compile(r"\b(?:date|dates|dating|dated) back to (?:the year )?$")
_A_YEAR = re.compile(r"(?:19[5-9][0-9]|20[0-4][0-9])")
#: Around a number that stands alone: "五块吧", "大概三千".
AROUND_A_NUMBER = (
    r"about", r"around", r"körülbelül", r"kb", r"körül", r"táján", r"tájékán", r"olyan", r"左右",
    r"大概", r"大约", r"约", r"差不多",
    r"吧", r"啊", r"呀", r"了",
)  # fmt: skip
_NOISE_AROUND_A_NUMBER = re.compile(
    rf"(?:{'|'.join(CURRENCY_WORDS)}|{'|'.join(map(fold, AROUND_A_NUMBER))}|[^\w]|_)"
)


@dataclass(frozen=True, slots=True)
class Number:
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


#: The mark each language puts between groups of three digits, and before the decimals.
#: A space (any kind) separates thousands in every language.
THOUSANDS_MARK = {"en": ",", "zh": ",", "hu": "."}
DECIMAL_MARK = {"en": ".", "zh": ".", "hu": ","}


#: A mark between digits: one that groups thousands, or the decimal mark.
_A_MARK = re.compile(r"[.,]")


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
        mark = _A_MARK.search(digits)
        if mark is None:
            return Decimal(digits)
        integer, fraction = digits[: mark.start()], digits[mark.end() :]
        return None if len(fraction) == 3 else Decimal(f"{integer}.{fraction}")
    if "." not in raw and "," not in raw:
        return Decimal(raw)
    parts = _A_MARK.split(raw)
    marks = _A_MARK.findall(raw)
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
        if len(digits) >= 3 and "\u3007" in pieces and digits[0] != "0":
            # the written zero (U+3007) is only typed in digits said one by one: four, zero, zero,
            # zero is a figure meant as much as "4000" (three, zero, five, zero: "3050")
            return _Chinese(Decimal(digits), strong=True)
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
#: Before a number under a hundred said with 了 after it, a relative: "我妈七十八了", "儿子十四了"
#: (their age).
_A_RELATIVES_AGE_BEFORE_ZH = re.compile(
    r"(?:妈|爸|婆婆|公公|奶奶|爷爷|姥姥|姥爷|外婆|外公|老伴|儿子|女儿|闺女|孩子|老大|老二|她|他)"
    r"(?:都|已经|今年|也|都已经)?$"
)
#: A number of tens and units said in Chinese: "五十四", "七十".
_TENS_AND_UNITS_ZH = re.compile(r"[二三四五六七八九]十[一二三四五六七八九]?")
#: After an age said with 了, what it keeps one from: "不好找活", "还在干", "身体不好", "干不动".
_WHAT_AN_AGE_KEEPS_FROM_ZH = re.compile(r"不好|不行|还在|还得|身体|腰|腿|眼|干不|找不|没人")
#: A child or someone named by "he" or "she", then a number under 20: their age ("my daughter's
#: 12", "there's my son, he's 9"), unless money is named right after it ("she's 15 a week for the
#: childminder", "my son's 12 for his phone").
_AN_AGE_SAID_OF_ONE_BEFORE_EN = regex(
    r"\b(?:he|she|son|daughter|boy|girl|lad|lass|kid|child|grandson|granddaughter)(?:'s| is) $",
    read_often=False,
)
_MONEY_RIGHT_AFTER_AN_AGE_EN = re.compile(
    r" ?(?:[$€£]|pounds?\b|quid\b|p\b|k\b|a (?:month|week)\b|per\b|each\b|every\b|/|"
    r"for\b|on\b|to\b|towards\b)"
)
#: Just before a number: "第3" is "the third", "百分之五" is five per cent.
COUNT_PREFIXES = ("第", "百分之")


#: How far back the words said right before a number are looked for: further than any of them
#: reaches, and each number is read in time that does not grow with the message before it.
_REACH_BEFORE = 60


def _unit_around(text: str, start: int, end: int) -> str | None:
    """What the number at ``text[start:end]`` counts, if a word right before or after says so."""
    before = max(0, start - _REACH_BEFORE)
    if text.endswith(COUNT_PREFIXES, 0, start) or _COUNT_BEFORE.search(text, before, start):
        return "count"
    if text.startswith("了", end) and _AGE_ZH.search(text, before, start):
        return "count"  # "我67了": an age
    if (
        text.startswith("了", end)
        and end - start <= 3
        and not any(unit in text[start:end] for unit in "百千万")
        and (
            _A_RELATIVES_AGE_BEFORE_ZH.search(text, max(0, start - 8), start)
            # at a clause's start, tens and units, what the age keeps from after it: "没办法
            # 五十四了不好找活" (the own age; not "每月还 五十了")
            or (
                (start == 0 or text[start - 1] in " ,.;!?\uff0c\u3002")
                and _TENS_AND_UNITS_ZH.fullmatch(text, start, end) is not None
                and _WHAT_AN_AGE_KEEPS_FROM_ZH.match(text, end + 1) is not None
            )
        )
    ):
        return "count"  # "我妈七十八了", "儿子十四了": an age, no money
    if (
        text.endswith(("'s ", " is "), 0, start)
        and end - start <= 2
        and text[start:end].isdigit()
        and int(text[start:end]) < 20
        and _AN_AGE_SAID_OF_ONE_BEFORE_EN.search(text, before, start)
        and not _MONEY_RIGHT_AFTER_AN_AGE_EN.match(text, end)
    ):
        return "count"  # "food 400 for the three of us, my lad's 9": an age, no money
    if (
        text[start:end].isdigit()
        and 1 <= int(text[start:end]) <= 31
        and _MONTH_NAMED_BEFORE.search(text, max(0, start - 14), start)
    ):
        return "day"  # "március 3. óta": a day of the month
    if (
        text[start:end].isdigit()
        and 1 <= int(text[start:end]) <= 12
        and _ITS_PAY_AFTER_A_MONTH_ZH.match(text, end)
    ):
        return "month"  # "备注写着10月工资 3500": the month paid for, no money
    if text[start:end] in _MONTHS_IN_WORDS_ZH and _ITS_PAY_AFTER_A_MONTH_ZH.match(text, end):
        return "month"  # "备注:十一月工资": the month paid for, in words
    if _A_YEAR.fullmatch(text, start, end) and (
        _YEAR_BEFORE.search(text, before, start) or _YEAR_AFTER.match(text, end)
    ):
        return "year"
    if (
        end - start == 4
        and "back to" in text
        and text[start:end].isdigit()
        and _DATING_BACK_TO_BEFORE.search(text, before, start)
    ):
        return "year"  # "the house dates back to 1890": a year of long ago
    if text.startswith(_THE_MONTHS_END_NEXT_ZH, end):
        return None  # "房租一千 月底网费五十": the next item's time, no count of months
    for unit, pattern in _UNITS.items():
        if pattern.match(text, end):
            return unit
    if text.find("in", before, start) != -1 and _PAY_IN_BEFORE.search(text, before, start):
        return "count"  # "klarna, pay in 3", "60 split in 3": the payments a purchase is split into
    return None


#: The end or the start of the month said after a space, beginning the next clause: "房租一千
#: 月底还要交网费五十" (the figure before is money, not a number of months; "3月底", a month
#: named without a space, is as before).
_THE_MONTHS_END_NEXT_ZH = (" 月底", " 月初", " 月中", " 月末")


#: After a month named in digits, the pay for it: "10月工资", "3月份的工资" (not "3000月薪").
_ITS_PAY_AFTER_A_MONTH_ZH = re.compile(r"月份?的?(?:工资|薪水|薪资|工钱)")
#: The months named in words ("十一月工资": November's pay; not "两月", two months).
_MONTHS_IN_WORDS_ZH = frozenset(
    ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
)


#: Right before the number of payments a purchase is split into: "pay in 3", "pay-in-4", "split
#: into 3" (not "back on full pay in 2 months": a period after the number is read first).
_PAY_IN_BEFORE = re.compile(r"\b(?:pay|split|spread|paid)[- ]in(?:to)?[- ]?$")


#: In English, "minimum" after an amount is a bound ("250 minimum"), unless it names the minimum
#: payment ("25 minimum payment").
#: (also "as a minimum": "40 as a minimum, more if i can" is a floor, how much more unsaid)
_MINIMUM_AFTER_EN = re.compile(
    r" ?(?:as (?:a|the) )?(?:min|minimum)\b(?! ?(?:payment|repayment|due|amount|pay)\b)"
)


def values_in(
    text: str, language: str
) -> Iterator[tuple[re.Match[str], Decimal | None, bool, int]]:
    """Each number of a normalised, folded message as it is said: its match, its value
    (``None`` where its marks can be read two ways), whether it is surely a figure, and where it
    ends with its multiplier ("8k", "250 ezer"). What is around it is :func:`numbers_in`'s."""
    for match in (_ARABIC_NUMBER_RE if text.isascii() else _NUMBER_RE).finditer(text):
        raw, end = match.group(), match.end()
        if _ARABIC_RE.fullmatch(raw) is None:
            chinese = _parse_chinese(raw, language)
            if chinese is None:
                continue
            value, strong = chinese.value, chinese.strong
            if not strong and CURRENCY_AFTER.match(text, end):
                strong = True  # 五块: five yuan
        else:
            value, strong = _parse_arabic(raw, language), True
            after = text[end : end + 2]
            for pattern, factor in (
                _MULTIPLIERS
                if after[:1] in _MULTIPLIER_STARTS
                or (after[:1] == " " and after[1:] in _MULTIPLIER_STARTS_AFTER_A_SPACE)
                else ()  # (no match starts otherwise)
            ):
                multiplier = pattern.match(text, end)
                if multiplier:
                    if value is None and not multiplier[0].startswith(" "):
                        value = _decimal_comma(raw)  # "2,5k" (but "1,2 ezer" may be 1 or 2)
                    value, end = (value * factor if value is not None else None), multiplier.end()
                    break
        yield match, value, strong, end


def numbers_in(text: str, language: str) -> list[Number]:
    """Every number in a normalised, folded message, with what is around it."""
    found = []
    for match, value, strong, end in values_in(text, language):
        raw = match.group()
        before = text[max(0, match.start() - 12) : match.start()]
        negative = any(sign in before for sign in _NEGATIVE_MARKS) and bool(
            _NEGATIVE_BEFORE.search(before)
        )
        unit = _unit_around(text, match.start(), end)
        if unit == "month" and end != match.end() and value is not None and value >= 1000:
            unit = None  # "250 ezer month": thousands are never a count of months, a month's sum
        said_before = text[max(0, match.start() - 30) : match.start()]
        reach = max(0, match.start() - _REACH_BEFORE)
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
        if (
            unit is None
            and raw == "1"
            and _ONE_CAR_COUNTED.match(text, end)
            and _A_FIGURE_OF_MONEY.search(text, end)
        ):
            unit = "count"  # "3 kids 2 dogs 1 car and a leaky roof. 1,690": the household
        if unit is None and _ENGINE_SIZE.fullmatch(raw) and _A_CAR_AFTER.match(text, end):
            unit = "count"  # "insurance on my 1.2 corsa 68": the engine's size
        if unit is None and not scaled and value in (2, 4) and _TEXTSPEAK.match(text, end):
            unit = "count"  # "1,210 a month 4 working at the chippy": "for", not money
        if unit is None and not scaled and value is not None and value < 10:
            fed = _PEOPLE_FED_BEFORE.search(text, reach, match.start())
            unit = "count" if fed else None  # "food for 2 about 300": two people fed
        if unit is None and not scaled and value is not None and value < 20:
            aged = _A_CHILDS_AGE_BEFORE.search(
                text, reach, match.start()
            ) and not _MONEY_RIGHT_AFTER.match(text, end)
            unit = "count" if aged else None  # "the youngest is 2 so nappies": an age
        if unit is None and not scaled and value is not None and value < 100:
            named = (
                _A_NAME_BEFORE.search(text, reach, match.start())
                or (value < 10 and _NUMBERED_BEFORE.search(text, reach, match.start()))
                or (value < 20 and _A_MODEL_BEFORE.search(text, reach, match.start()))
            )
            unit = "count" if named else None  # "ps5", "p60", "iphone 15", "loan 2 is 60"
        if unit is None and not scaled and value is not None and value < 10 and len(raw) == 1:
            named = _A_DEBTS_NAME_RUN_IN.search(text, reach, match.start())
            unit = "count" if named else None  # "Diákhitel2 havi 8 ezer": the second loan
        if unit is None and not scaled and _DIVIDED_BY_BEFORE.search(text, reach, match.start()):
            unit = "count"  # "elosztottam 12-re": the months it is divided by
        if unit is None and _A_YEAR.fullmatch(raw) and _A_CARS_YEAR_AFTER.match(text, end):
            unit = "year"  # "fiesta 2019 on pcp, 219": the car's year
        if unit is None and not scaled and value is not None and value < 100:
            counted = _counts_payments_or_shifts(text, match.start(), end)
            unit = "count" if counted else None  # "még 8 részlet van", "180 a month, 9 left"
        found.append(
            Number(value, strong, negative, unit, not_monthly, part, match.start(), end, scaled)
        )
    return _ranges_share_their_unit(text, found, times=language_code(language) == "hu")


#: Between the two ends of a range: "10-12 ezer km", "3 to 4 hours", "两到三公里".
_RANGE_BETWEEN = re.compile(r" ?(?:-|to|till|到|至) ?")
#: Between the two ends of a small count said with "or": "3 or 4 schools a week", "2 or 3
#: shifts" (a first end of a hundred or more is no count: "50 or 2 payments of 25").
_COUNT_RANGE_OR = re.compile(r" ?(?:or|vagy) ?")


def _ranges_share_their_unit(
    text: str, found: list[Number], *, times: bool = False
) -> list[Number]:
    """``found`` with the first end of a range given the count or currency said after its
    second: "havonta 10-12 ezer km" counts kilometres, no 10,000 forints. With ``times`` (in
    Hungarian), a span of time too: "még 2-3 hónap", "1-2 hétig" are months and weeks, no
    figure of money beside them."""
    shared = (
        ("count", "currency", "month", "week", "year", "day") if times else ("count", "currency")
    )
    for i in range(len(found) - 1):
        first, second = found[i], found[i + 1]
        if (
            first.unit is None
            and second.unit in shared  # (elsewhere a range of months is read as one)
            and (second.unit in ("count", "currency") or not first.scaled)
            and (
                _RANGE_BETWEEN.fullmatch(text, first.end, second.start)
                or (
                    second.unit == "count"
                    and first.value is not None
                    and first.value < 20
                    and _COUNT_RANGE_OR.fullmatch(text, first.end, second.start) is not None
                )
            )
        ):
            found[i] = replace(first, unit=second.unit)
    return found


def _counts_payments_or_shifts(text: str, start: int, end: int) -> bool:
    """Whether the small bare number between ``start`` and ``end`` counts payments or shifts, no
    money: "még 8 részlet van", "12 részlet", "3 műszakban", "180 a month, 9 left", "még 14
    részlet"."""
    before = max(0, start - _REACH_BEFORE)
    return bool(
        _PAYMENTS_LEFT.match(text, end)
        or _PARTS_OR_SHIFTS.match(text, end)
        or (
            _LEFT_AFTER_A_MONTHS_AMOUNT.match(text, end)
            and (
                _A_MONTHS_AMOUNT_BEFORE.search(text, before, start)
                or _A_PLANS_TERM_BEFORE.search(text, before, start)
            )
        )
        or (_STILL_BEFORE.search(text, before, start) and _INSTALMENTS.match(text, end))
    )


_DECIMAL_COMMA = re.compile(r"([0-9]{1,3}),([0-9]{1,2})")


def _decimal_comma(raw: str) -> Decimal | None:
    """A number written together with its multiplier, with a comma and one or two digits: "2,5k",
    "1,25m". The comma cannot group thousands there, so it is the decimal mark in any language."""
    found = _DECIMAL_COMMA.fullmatch(raw)
    return Decimal(f"{found[1]}.{found[2]}") if found else None


def is_just_a_number(text: str) -> bool:
    """Nothing but one number, give or take currency and "about": "五", "五块吧", "大概三千"."""
    return _NUMBER_RE.fullmatch(_NOISE_AROUND_A_NUMBER.sub("", text)) is not None


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


_EN_NUMBER_WORDS = SPELLED_NUMBERS["en"]
_EN_WORD = alternatives(_EN_NUMBER_WORDS)
#: Joined as one number also: "and half" said without its "a" ("one thousand and half", 1500,
#: "one hundred and half", 150), a comma after a thousand as cheques write it ("One Thousand,
#: Six Hundred and Twenty Pounds only") and the Scots "an" after a hundred ("twelve hunner an
#: fifty").
_EN_RUN = re.compile(
    rf"\b(?:an? (?=(?:hundred|thousand|grand|million)\b))?(?:{_EN_WORD})\b"
    rf"(?:(?: and (?:a )?half\b)|(?:(?: |-| and | & |(?<=thousand), |(?<=million), "
    rf"|(?<=hundred) an |(?<=thousand) an )(?:{_EN_WORD})\b))*"
)
#: The Scots "hunner" (hundred): "eleven hunner a month".
_SCOTS_HUNDRED = re.compile(r"\bhunn?er[dt]?\b")  # "hunner", "hunnerd", "hunnert"
#: Number words misheard by voice typing, where "hundred" or "thousand" beside them says they
#: are numbers: "eleven hundred and ate pounds (voice to text sorry)" is 1108, "tree hundred
#: fifty" 350, "won thousand two hundred" 1200. Not "won" after a person ("i won hundred quid"),
#: nor "to", "too" or "for" ("up to hundred", "paid for two hundred"), which are words as often.
_SOUNDALIKES_EN = {"ate": "eight", "won": "one", "tree": "three", "fore": "four"}
_SOUNDALIKE_BY_A_HUNDRED_EN = re.compile(
    r"(?:(?<=\bhundred and )|(?<=\bthousand and ))(ate|won|tree|fore)\b"
    r"(?! (?:of|the|my|it|them|an)\b)(?! a (?!month\b|week\b))"
    r"|(?<![\w.,])(?<!\bi )(?<!\bwe )(?<!\bhe )(?<!\bshe )(?<!\bthey )(won|tree)"
    r"(?= (?:hundred|thousand)\b)"
)
_HU_NUMBER_WORDS = SPELLED_NUMBERS["hu"]
_HU_PIECE = alternatives(_HU_NUMBER_WORDS)
_HU_STEM = re.compile(rf"(?:{_HU_PIECE})+")
_HU_PIECES = re.compile(_HU_PIECE)
#: Endings a spelled Hungarian number may carry: "ötvenezret", "százezerre", "egymilliót".
SPELLED_NUMBER_ENDINGS_HU = (
    "t", "et", "at", "ot", "re", "ra", "rol", "rel", "ert", "ig", "nyi", "bol", "nal", "es", "as",
    "os", "ban", "ben", "en", "an",
)  # fmt: skip
_HU_ENDINGS = sorted(SPELLED_NUMBER_ENDINGS_HU, key=len, reverse=True)
_HU_RUN = re.compile(
    rf"\b(?:{_HU_PIECE})+(?:{'|'.join(_HU_ENDINGS)})?\b"
    rf"(?:[ -](?:{_HU_PIECE})+(?:{'|'.join(_HU_ENDINGS)})?\b)*"
)
_MULTIPLIER_WORDS = frozenset(
    {"hundred", "thousand", "grand", "million", "szaz", "ezer", "ezr", "millio"}
)
#: Spelled amounts that do not say how much ("a few hundred", "pár ezer", "thousands").
VAGUE_SPELLED_AMOUNTS = (
    r"\b(?:a )?(?:few|couple(?: of)?|several|some|many) (?:hundred|thousand|grand)s?\b",
    # a span of hundreds: "somewhere in the 1,100s", "in the low 900s" (not "the 1990s")
    r"\bin the (?:low |high |mid |upper |lower )?(?!19[0-9]0s|20[0-9]0s)[0-9][0-9,]*00s\b",
    r"\b(?:low|high|mid|upper|lower)[ -](?!19[0-9]0s|20[0-9]0s)[0-9][0-9,]*00s\b",  # "high 900s"
    # a sum split between people, its share not worked out: "rent 900/2", "bills 1,500 ÷ 3"
    r"(?<![0-9.,/:])(?:[0-9]{3,5}|[0-9]{1,2},[0-9]{3})(?:\.[0-9]{1,2})? ?(?:/|÷|:) ?[2-6]"
    r"(?![0-9.,/:])"
    r"(?! ?(?:k|w|wks?|weeks?|months?)\b)",
    r"\b(?:hundreds|thousands)\b",
    # only more or less than another's figure: "more than my husband and hes on 1,300",
    # "kevesebbet keresek, mint a párom, ő 300-at visz haza" (how much more is unsaid)
    r"\b(?:a (?:bit|little|lot) |slightly |much |way )?(?:more|less) than (?:my|me|our) "
    r"(?:husband|hubby|wife|missus|partner|other half|fella|boyfriend|girlfriend|bf|gf|sister|"
    r"brother|mum|mom|dad|son|daughter|mate|flatmate),?(?: and| but)? (?:he|she|they)(?:'?s| is| "
    r"are| gets| earns| makes| brings home| takes home)\b",
    r"\b(?:valamivel |jóval |kicsit )?(?:többet|kevesebbet)(?: \w+)?,? mint (?:a |az )?(?:férjem|"
    r"feleségem|párom|élettársam|nővérem|húgom|bátyám|öcsém|anyám|apám|anyukám|apukám|fiam|"
    r"lányom),? (?:ő|ők|neki)\b",
    # one or two of a unit: "a score or two", "a tenner or two", "a hundred or two"
    r"\b(?:a|one) (?:score|tenner|fiver|hundred|grand|thousand|pony|ton) or two\b",
    # (the article with it: "meg egy pár ezres Klarna" is no one thousand)
    r"\b(?:egy )?(?:par|nehany|tobb|sok) (?:szaz|ezer|ezr|tizezer|tizezr|szazezer|szazezr)\w*",
    r"\b(?:egy )?(?:par|nehany)(?:szaz|ezer|ezr|tizezer|tizezr|szazezer|szazezr)\w*",
    # a span of tens or hundreds in words: "ötven-hatvan a kaja", "két-háromszáz"
    # (not "tizenkétezer-ötszáz": a thousand and its hundreds, one figure)
    r"\b(?:tiz|husz|harminc|negyven|otven|hatvan|hetven|nyolcvan|kilencven) ?- ?(?:husz|"
    r"harminc|negyven|otven|hatvan|hetven|nyolcvan|kilencven|szaz)\b",
    r"\b(?:egy|ket|harom|negy|ot|hat|het|nyolc|kilenc) ?- ?(?:ket|harom|negy|ot|hat|het|nyolc|"
    r"kilenc)(?:szaz|ezer)\w*",
    # "kétszázegynéhány", "harmincegynéhány ezer", "egynéhány ezer": how many more is unsaid
    r"\b\w+egynehany\w*", r"\begynehany ?(?:szaz|ezer)\w*",
    # "a thousand or eight hundred", "a hundred or eighty": no figure said, only its size
    r"(?:千|百|万)儿八(?:百|十|千)",
)  # fmt: skip
_VAGUE_SPELLED = compile_phrases(VAGUE_SPELLED_AMOUNTS)
#: Words right after a small bare number that count loans, not money: "1 hitel van", "két
#: kölcsön". After an amount ("45 ezer hitel") they name what the money is for.
LOANS_COUNTED = (
    r"(?:személyi |(?:autó|lakás|áru|jelzálog))?(?:hitel(?:t|e|ek|em)?|kölcsön(?:öm)?)\b",
    r"személyi(?:m|t)?\b",
    r"részlet\w*",  # "havi 1 részlet": one instalment a month
    r"loan\b",
    r"(?:credit|store|bank) cards?\b",  # "1 loan and 1 credit card"
    r"(?:creditors?|lenders?)\b",  # "a DMP with 4 creditors, 85 a month"
    r"tartozás(?:om)?\b",
)
_LOANS_COUNTED = re.compile(rf" ?(?:{alternatives(LOANS_COUNTED)})")
_DIGIT_BEFORE = re.compile(r"[0-9] ?$")
#: Right after a small bare number, what it counts is no money: pets, people in the household.
_SMALL_COUNTED = re.compile(
    r" ?(?:dogs?|cats?|pets?|of us|of them|tortoises?|rabbits?|hamsters?|budgies?|parrots?"
    r"|guinea pigs?|ferrets?|hens|chickens|goats"  # (pets counted: "got 4 tortoises lol")
    r"|kutya\w*|macsk\w*|cic\w*|háziállat\w*|hazi ?allat\w*"
    r"|只|条狗|口人"
    # people and incomes in the household, debits going out: "1 adult 2 kids", "1 income",
    # "2 csoportos beszedés", "2 direct debits"
    r"|adults?|incomes?|earners?|felnott\w*|kereso\w*|fizetesbol"
    r"|direct debits?|standing orders?|debits|csoportos\w*|beszedes\w*|个大人|大人"
    r"|csekk\w*"  # "4 csekk meg az albi": four bills, their figure unsaid
    # no money: "0 fogalmam" (no idea), "1 pill" (a moment), "2 fizunyi" (two pays' worth)
    r"|fogalm\w*|pill\b|pillanat\w*|(?:fizu|fizetes|ber)\w*nyi)(?![a-z])"
)
#: Right after a bare 1, the one car or van of a household counted, no money ("3 kids 2 dogs 1
#: car"; not its cost named next: "1 car insurance 40"), where a figure of money is said after
#: it (:data:`_A_FIGURE_OF_MONEY`; with none, "3 kids 2 dogs 1 car, you do the maths" is asked
#: again as before, not read as no number).
_A_FIGURE_OF_MONEY = re.compile(r"[0-9][0-9,.]{2,}")
_ONE_CAR_COUNTED = re.compile(
    r" (?:car|van|motor)\b(?! ?(?:loan|finance|insurance|tax|payment|repairs?|service|mot|fuel|"
    r"petrol|diesel|park\w*|wash)\b)"
)
#: An engine's size before the car or the fuel: "my 1.2 corsa", "a 1.6 tdi", "2.0 diesel".
_ENGINE_SIZE = re.compile(r"[0-9]\.[0-9]")
_A_CAR_AFTER = re.compile(
    r" ?(?:l|litre|liter|tdi|tsi|diesel|petrol|turbo|engine|corsa|fiesta|focus|golf|polo|astra|"
    r"clio|yaris|micra|punto|fabia|ibiza|jazz|civic)\b"
)
#: Right after a bare 2 or 4, what makes it "to" or "for" typed short: "4 working at the chippy",
#: "2 my mum".
_TEXTSPEAK = re.compile(r" (?:working|work|the|my|me|u|you|him|her|them|much|many)\b")
#: Right before a small bare number, the people a shop or the meals are for: "food for 2 about
#: 300", "shopping for 3 is 250" (the amount follows; "food for 300" is no small number).
_PEOPLE_FED_BEFORE = re.compile(
    r"\b(?:food|shop(?:ping)?|groceries|grocery shop|meals?|dinners?|kaja|etel|bevasarlas)"
    r" (?:for|nekunk|for the) $"
)
#: Right before a small bare number, a child it is the age of: "the youngest is 2", "my eldest's
#: 14" (no money: "the youngest is 2 so nappies and that").
_A_CHILDS_AGE_BEFORE = re.compile(
    r"\b(?:youngest|eldest|oldest|middle one|little one|baby)(?:'s| is| was| just turned| turned)"
    r"(?: only| just)? $"
)
#: Right after a number, that it is money: "quid", "pounds", "a day", "per week".
_MONEY_RIGHT_AFTER = re.compile(r" ?(?:quid|pounds?|p\b)| (?:a|per|each|every) ")
#: Right before a number, what makes it part of a name: letters run into it ("ps5", "p60",
#: "a4"), a phone or console's model ("iphone 15 pro"), a section or form ("section 21"). Said
#: beside an amount, the name's number is no money.
_A_NAME_BEFORE = re.compile(
    r"(?<![\w$€£¥])(?!kb|ca|ft)[a-z]{1,2}$|"
    r"\b(?:section|form|clause|route|tier|band) ?$"
)
#: Right before a number, a phone or console whose model it names ("iphone 15 pro"); none has a
#: model past twenty, so "iphone 38" is what the phone costs a month.
_A_MODEL_BEFORE = re.compile(r"\b(?:iphone|galaxy|pixel|playstation|xbox) ?$")
#: Right before a small number, a debt or a plan counted or numbered: "loan 2 (the newer one) is
#: 60", "plan 2 student loan", "option 4 is too much". Nobody pays 2 a month on a loan.
_NUMBERED_BEFORE = re.compile(r"\b(?:loan|plan|option|card|account|job|no\.?|number) #?$")
#: Right before one digit, a debt's name run into it: "Diákhitel2 havi 8 ezer, a Diákhitel1-et
#: már visszafizettem", "loan1 60". The digit numbers the debt, no money.
_A_DEBTS_NAME_RUN_IN = re.compile(r"(?:hitel|kolcson|kartya|loan|card|plan)$")
#: Right before a number, that a sum is divided or multiplied by it: "elosztottam 12-re, az havi
#: 200", "divided by 12 thats 200", "i times it by 26 and divide by 12". The count is no money;
#: not what a month's share comes to, "évi 48, azt havira elosztva 4".
_DIVIDED_BY_BEFORE = regex(
    r"(?:\b(?<!havira )(?<!honapra )(?<!havonta )(?:el)?oszt(?:va|om|ottam|ottuk|juk)|"
    r"\b(?:divided?|times(?:ed)?|multipl(?:y|ied)) (?:(?:it|that|them) )?by) $"
)
#: A car's year said with its finance or its model after it: "fiesta 2019 on pcp", "2018 reg",
#: "it's a 2017 corsa".
_A_CARS_YEAR_AFTER = re.compile(
    r" ?(?:on (?:pcp|hp|finance|lease|contract)|reg|plate|corsa|fiesta|focus|golf|polo|astra|"
    r"clio|yaris|micra|punto|fabia|ibiza|jazz|civic|qashqai|juke|octavia|aygo|zafira|kuga|"
    r"transit|vivaro|sprinter|berlingo|caddy|trafic)\b"
)
#: A number of payments left, not money: "még 8 havi részlet van", "12 részlet maradt".
_PAYMENTS_LEFT = re.compile(
    r" ?(?:havi )?(?:reszlet|torleszto|torlesztes)\w* (?:van|maradt|hatra|meg)\b"
)

#: The payments left on a plan, said right after a monthly amount: "180 a month, 9 left",
#: "35 monthly, 12 more to go": a count, no money.
_LEFT_AFTER_A_MONTHS_AMOUNT = re.compile(
    r" (?:more )?(?:(?:payments?|instal+ments?|months?) )?(?:left|remaining|to go)\b"
    r"(?! (?:over|for|after))"
)
_A_MONTHS_AMOUNT_BEFORE = re.compile(r"[0-9] ?(?:a month|per month|monthly|pm)\W{1,3}$")
#: The plan's whole term said right before the payments left: "IVA 120 a month, 5 years, 2 to
#: go", "hp 219, 36 months, 11 to go" (the 2 and the 11 count, no money).
_A_PLANS_TERM_BEFORE = re.compile(r"[0-9] ?(?:years?|yrs?|months?|mths?)\W{1,3}$")
#: After a small bare number, the instalments of a plan or the shifts worked: "12 részlet, havi
#: 14 500", "3 műszakban dolgozom". After an amount ("a 30 ezres részlet") they name the money.
_PARTS_OR_SHIFTS = re.compile(r" ?(?:reszlet(?:et)?|muszak(?:ban|os|ot|ra)?)\b")
_STILL_BEFORE = re.compile(r"\b(?:meg|still) $")
_INSTALMENTS = re.compile(r" ?(?:havi )?(?:reszlet|torleszto|torlesztes|instal+ments|payments)\w*")


def _hu_pieces(word: str) -> list[str] | None:
    """A spelled Hungarian number cut into its pieces, its ending dropped ("ötvenezret").

    The whole word is read first when it makes one number: folded, the five of "ötvenöt" or
    "százhetvenöt" looks like the ending of "ötvenet" ("ot"), and 55 is no 50. "ötöt" (five,
    as an object) makes no number whole, so its ending is dropped."""
    if word in _HU_LOOKALIKES:
        return None
    for ending in ("", *_HU_ENDINGS):
        stem = word[: len(word) - len(ending)] if ending else word
        if word.endswith(ending) and stem and _HU_STEM.fullmatch(stem):
            pieces = _HU_PIECES.findall(stem)
            whole = ending or _spelled_value([_HU_NUMBER_WORDS[p] for p in pieces]) is not None
            if "".join(pieces) == stem and whole:
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
        if value == 100 and section >= 100:
            return None  # a hundred twice before a thousand: two figures side by side, "száz
            # hatvan száz hetven ezer" (160 or 170 thousand), never 16 070 000
        if value == 100:
            section, last = (section or 1) * value, None
        elif value >= 1000:
            total, section, last = total + (section or 1) * value, Decimal(0), None
        elif value < 1 or last is None or (last in _TENS and value < 10):
            section, last = section + value, value
        elif total and section == last and last < 10 and value in _TENS:
            section, last = last * 100 + value, value  # "a thousand two fifty": the thousand says
            # the "two fifty" is hundreds (1250), where "two fifty" alone may be £2.50
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
#: Slips of short number words no rule above makes, a neighbouring key or two letters swapped
#: ("forty fife"): a lone small word is still no number unless it is the whole message.
_EN_TYPOS |= {"fife": "five", "fiev": "five", "nien": "nine", "sevn": "seven"}
#: The Scots "thoosand" (thousand): "a thoosand an twenty a month".
_EN_TYPOS |= {"thoosand": "thousand", "thoosan": "thousand", "thoosands": "thousands"}
_EN_TYPO = compile_phrases(
    # (longest first; of one length in order, so that the pattern is the same at every start)
    rf"\b{re.escape(typo)}\b"
    for typo in sorted(_EN_TYPOS, key=lambda typo: (-len(typo), typo))
)
_HU_SMALL = {"egy": "1", "ket": "2", "ketto": "2", "harom": "3", "negy": "4", "ot": "5", "hat": "6"}
_HU_AND_A_HALF = re.compile(
    rf"\b({'|'.join(_HU_SMALL)}|[0-9]+) es fel (?=(?:millio|ezer|ezr|szaz)\w*)"
)  # "12 és fél ezret" (the accusative "ezret") as "12 és fél ezer": 12,500
#: Digits and a half with no word after, where forints are counted in thousands: "havi 16 és
#: fél" is 16.5 (thousand), as "16 és fél ezer"; not "8 és fél órát" (hours).
_HU_DIGITS_AND_A_HALF_ALONE = re.compile(
    r"(?<![0-9.,])([0-9]{1,3}) es fel(?:et)?"
    r"(?=\W*$|[,;.!?)]| (?:havonta|havi|tudok|tudnek|lenne|menne|fizetek|jon|megy)\b)"
)
#: "fél ezer", "fél milliót": half of the word after, not a bare 500 read as thousands.
_HU_LONE_HALF = re.compile(r"(?<![\w.,])fel (?=(?:millio|ezer|ezr)\w*)")
#: Hundreds after digits, as a spelled "kétszázötven" is read: "2.5 száz" (from "2 és fél száz").
_HU_DIGITS_HUNDRED = re.compile(r"(?<![0-9.,])([0-9]{1,2}(?:\.[0-9])?) ?szaz(?:at|ra|ig|as)?\b")
#: Hundreds of thousands after digits: "2.5 százezer" (from "két és fél százezer"), "3 százezret".
_HU_DIGITS_HUNDRED_THOUSAND = re.compile(
    r"(?<![0-9.,])([0-9]{1,2}(?:[.,][0-9])?) ?szazez(?:er|r)\w*"
)


#: A share of a thousand typed without its nought: ".95k", ".8 grand" (0.95k is 950).
_THOUSANDS_WITHOUT_THE_NOUGHT = re.compile(r"(?<![0-9.,])\.([0-9]{1,3}(?= ?(?:k|grand)\b))")
_HALF_A = regex(r"\bhalf an? (grand|thousand|million|k)\b")
#: A grand and its quarters: "a grand and a quarter" (1250), "three quarters of a grand" (750),
#: "a quarter of a grand" (250).
_GRAND_AND_A_QUARTER = regex(r"\b(?:a|one) (?:grand|thousand) and (a|three) quarters?\b")
_QUARTERS_OF_A_GRAND = regex(r"\b(a|one|three) quarters? of a (?:grand|thousand)\b")
#: The same quarters of a ton, a hundred: "three quarters of a ton" (75), "a quarter of a ton"
#: (25). The ton alone after them would be read as a hundred.
_QUARTERS_OF_A_TON = regex(r"\b(a|one|three) quarters? of a (?:ton|hundred)\b")
#: A spelled figure typed with hyphens all through: "one-thousand-one-hundred-and-five" is
#: 1105 (read hyphened, only its "one-hundred-and-five" was left after the thousand).
_HYPHENED_HUNDREDS_AND_THOUSANDS_EN = regex(
    r"(?<=[a-z])-(?=(?:hundred|thousand)\b)|(?<=\bhundred)-(?=[a-z])|(?<=\bthousand)-(?=[a-z])|"
    r"(?<=hundred-and)-(?=[a-z])|(?<=thousand-and)-(?=[a-z])"
)
#: Banknotes by their everyday names: "egy húszas" is a 20,000 forint note, "két tízes" 20,000,
#: "egy ötös" 5,000; several said together are their sum ("egy tízes meg egy ötös").
_HU_NOTE = (
    r"(?:egy|ket|harom|negy|ot) (?:huszezres|tizezres|otezres|ketezres|ezres|otszazas|huszas|"
    r"tizes|otos)"
    r"(?:t|sal|at|ot|sel|et|ert)?"  # (-ért: "tankolok egy tízesért", for a note)
)
_HU_NOTES = re.compile(rf"\b{_HU_NOTE}(?:,? (?:meg|es|plusz) {_HU_NOTE})*\b")
#: A note or a few of them, how many unsaid: "egy húszas, vagy kettő", "egy tízes vagy három"
#: (one or two twenties): no figure to take, as "几千".
_A_NOTE_OR_MORE_HU = re.compile(
    rf"\b{_HU_NOTE},? (?:vagy|esetleg|max|maximum) (?:ket|ketto|harom|negy|ot)\b"
    r"(?! ?\w*(?:es|as|os)\w*\b)"
)
#: Two counts of a note said together as a range: "két-három tízest", "egy-két húszas" (two or
#: three tens): no figure to take, as "几千".
_NOTES_TWO_OR_THREE_HU = re.compile(
    r"\b(?:egy|ket|harom|negy)[- ](?:ket|harom|negy|ot|hat) (?:huszezres|tizezres|otezres|"
    r"ketezres|ezres|otszazas|huszas|tizes|otos)\w*"
)
_HU_ONE_NOTE = re.compile(
    r"\b(egy|ket|harom|negy|ot) (huszezres|tizezres|otezres|ketezres|ezres|otszazas|huszas|tizes|"
    r"otos)"
)
#: "két ötezrest": the notes also by their full names ("ötezres", "tízezres", "húszezres").
_HU_NOTE_VALUES = {
    "huszas": 20_000, "tizes": 10_000, "otos": 5_000,
    "huszezres": 20_000, "tizezres": 10_000, "otezres": 5_000, "ketezres": 2_000,
    "ezres": 1_000, "otszazas": 500,
}  # fmt: skip
#: Notes counted in digits by their full names, other notes said with them: "19 tízezres meg
#: egy ötezres" (195,000), "25 darab tízezrest" (not "ezres", the price of a thing: "a 2 ezres
#: jegy"). Read as one sum, as two figures said with "meg" are asked again.
_HU_NOTES_COUNTED_IN_DIGITS = re.compile(
    r"(?<![0-9.,])([0-9]{1,2}) (?:darab |db )?(huszezres|tizezres|otezres|ketezres)"
    rf"(?:t|et|sel|ert)?\b((?:,? (?:meg|es|plusz) {_HU_NOTE})*)\b"
)
#: A "kiló" (slang for a hundred thousand) said with a note beside it: "egy kiló meg egy húszas"
#: (120,000). Alone, "egy kiló" is a kilogram of something, no money.
_A_KILO_BESIDE_A_NOTE_HU = re.compile(rf"\begy kilo((?:,? (?:meg|es|plusz) {_HU_NOTE})+)\b")
#: A "kiló" in digits as money slang for a hundred thousand forints, where no weight can be
#: meant: after a word for the month, the rent, the pay or the pension, with nothing weighed
#: after it ("albérlet 1,2 kiló, rezsi 40" is 120,000; "havonta 2 kiló marad" 200,000). A
#: kilo of something ("havi 3 kiló kávé"), or one without such a word before ("lefogytam 5
#: kilót"), stays a weight.
_KILOS_AS_MONEY_HU = re.compile(
    r"\b((?:havi|havonta|albi|alberlet|lakber|fizetes|fizum|nyugdij\w*|berem|tisztan) "
    r"(?:kb\.? |kozel |kerek )?)([0-9]{1,2}(?:,[0-9]{1,2})?) kilo"
    r"(?= (?:jon|megy|marad|van)\b| ?[,.;!]| ?$)"
)
#: A "kiló" in digits said as the month's money, with the month after it and nothing else:
#: "2,5 kiló havonta", "1,2 kiló egy hónapra" (250,000 and 120,000). Kilos lost or eaten in a
#: month ("3 kiló egy hónap alatt") run on after the month, and stay weights.
_KILOS_A_MONTH_HU = re.compile(
    r"(?<![0-9.,])([0-9]{1,2}(?:,[0-9]{1,2})?) kilo"
    r"(?= (?:egy honap(?:ban|ra)?|havonta|havonkent)(?: ?[,.;!]| ?$))"
)
#: Slang for a hundred thousand and for a thousand said together: "3 kiló meg 20 rongy",
#: "1 kiló és 80 rugó" (320,000 and 180,000). The thousands said in slang beside it tell the
#: kilos are money too.
_KILOS_AND_THOUSANDS_HU = re.compile(
    r"(?<![0-9.,])([0-9]{1,2}(?:,[0-9])?) kilot? (?:meg|es|plusz) ([0-9]{1,3}) (?:rongy|rugo)\w*"
)
#: "misi", slang for a million, after a figure: "évi 3,6 misi", "2 misit ért", "az 1,2 misis
#: hitel" (read as "millió" is).
_A_MILLION_IN_SLANG_HU = re.compile(r"(?<=[0-9]) ?misi(?=[a-z]{0,3}\b)")
#: An "ötös" is also a grade or a number five: a banknote only with a period or another note.
_A_PERIOD_SAID_HU = re.compile(r"\b(?:havonta|havi|hetente|heti|egy honapban|naponta)\b")


def _notes_sum(said: str) -> int:
    """The forints of the banknotes named in ``said`` ("meg egy húszas" is 20,000)."""
    notes = _HU_ONE_NOTE.findall(said)
    return sum(int(_HU_SMALL[count]) * _HU_NOTE_VALUES[name] for count, name in notes)


def _notes_as_forints(match: re.Match[str], folded: str) -> str:
    """The banknotes of a :data:`_HU_NOTES` match as their sum in forints ("15000 ft")."""
    notes = _HU_ONE_NOTE.findall(match[0])
    if (
        all(name == "otos" for _, name in notes)
        and not _A_PERIOD_SAID_HU.search(folded)
        and sum(1 for _ in _HU_NOTES.finditer(folded)) < 2  # "egy ötöst, vagy egy tízest"
    ):
        return match[0]
    total = sum(int(_HU_SMALL[count]) * _HU_NOTE_VALUES[name] for count, name in notes)
    return f"{total} ft"


#: Pounds and pence said apart: "sixty pounds fifty", "1340 pounds and 20 pence" (read after
#: the words are digits); the pence as the decimals. "200 pounds 50 for gas" is no such.
_POUNDS_AND_PENCE = re.compile(
    r"(?<![0-9.,])([0-9]+) ?(?:pounds?|quid) (?:and ([0-9]{1,2}) ?(?:pence|p)\b|"
    r"([0-9]{1,2})(?: ?(?:pence|p)\b|(?= *(?:$|[,.;!?]))))"
)
#: Yuan and jiao (and fen) said apart: "六百五十块五毛", "一万零三百四十块两毛", "两千四百块零五
#: 毛", also with the jiao's or the fen's word left off ("二百七十五块五", "三百三十三块三毛三"),
#: where no count or date follows ("三百块五个月").
_NO_COUNT_AFTER = rf"(?![0-9.{_CN_NUMERALS}个月年天周期次号日岁张笔份件点])"
#: A measure word after "块一", the price of one piece, not its jiao: "十块一条", "五块一双".
_ONE_PIECE_AFTER_ZH = r"(?![条双只本套台间瓶盒袋箱把趟单节堂场件斤])"
_YUAN_AND_JIAO = re.compile(
    rf"([0-9.{_CN_NUMERALS}]+)(?:块|塊|元)零?([0-9{_CN_DIGIT_CLASS}])(?:(?:毛|角)"
    rf"(?:([0-9{_CN_DIGIT_CLASS}])(?:分|{_NO_COUNT_AFTER}))?|{_NO_COUNT_AFTER}{_ONE_PIECE_AFTER_ZH})"
)


#: Hundred-yuan notes counted, by their slang: "八张毛爷爷" (Mao's portrait), "五张红票子".
_HUNDRED_YUAN_NOTES = re.compile(
    rf"([0-9]{{1,2}}|[{_CN_DIGIT_CLASS}十]{{1,3}}) ?张(?:毛爷爷|红票子|红票|老人头|百元大钞|一百的)"
)


def _notes_as_yuan(match: re.Match[str]) -> str:
    """The notes of a :data:`_HUNDRED_YUAN_NOTES` match as their sum in yuan ("800元")."""
    if match[1].isdigit():
        return f"{int(match[1]) * 100}元"
    count = _parse_chinese(match[1], "zh")
    if count is None or count.value is None:
        return match[0]
    return f"{count.value * 100:f}元"


def _yuan_and_jiao(match: re.Match[str]) -> str:
    """A :data:`_YUAN_AND_JIAO` match as one amount in digits: "650.5元"."""
    raw = match[1]
    yuan = Decimal(raw) if _ARABIC_RE.fullmatch(raw) else _parse_chinese(raw, "zh")
    value = yuan.value if isinstance(yuan, _Chinese) else yuan
    if value is None:
        return match[0]
    jiao, fen = (CHINESE_DIGITS.get(d, d) for d in (match[2], match[3] or "0"))
    return f"{value.normalize():f}.{jiao}{fen}元"


#: A half said after a Chinese unit, the next unit down: "三千半" is 3500, "两万半" 25 000, "一百半"
#: 150 (as "三千五"). Not a half of a period or a measure after it: "一千半年" (a thousand for half
#: a year), "两百半个月", "三百半斤".
_A_HALF_AFTER_THE_UNIT_ZH = re.compile(
    r"(?<=[0-9一二两三四五六七八九十])([百千万])半"
    r"(?![年个個月天日小斤两钟点夜拉吊])"
)


#: "1 and a half k", "2 and a half grand", "3 and a half": digits and a half (a multiplier after).
_DIGITS_AND_A_HALF = re.compile(
    r"(?<![0-9.,])([0-9]+) and a half\b(?: ?(?:(k)|(grand|thousand|million))\b)?"
)
#: Pounds and pence said aloud in digits, as a price is: "12 pound 50 a week" is 12.50, "8
#: pounds 99" 8.99 (a figure below a hundred, two digits of pence and nothing counted after;
#: not two figures of a list, "600 pounds 50 for food", nor "5 pounds 20 times").
_POUNDS_AND_PENCE_SAID_EN = re.compile(
    r"(?<![0-9.,£$€])([0-9]{1,2}) (?:pound|pounds|quid) ([0-9]{2})\b(?![.,][0-9])"
    r"(?= ?(?:p\b|pence\b|a |an |per |each\b|every\b|/|$|[,.;!?]))(?! ?(?:times|x)\b)"
)
#: A count of thousands in digits and then, after "and", the hundreds or less in digits, as one
#: number is said aloud: "3 thousand and 25 a month" is 3025, "its 2 thousand and 600 all in" 2600
#: (the words in full, "three thousand and twenty five", are one number already). Not a count
#: after it ("2 thousand and 3 kids") nor a second sum of its own scale ("1 thousand and 200k").
_DIGITS_THOUSAND_AND_DIGITS_EN = re.compile(
    r"(?<![0-9.,])([1-9][0-9]?) thousand and ([1-9][0-9]{0,2})(?![0-9,.]| ?(?:k|grand|thousand|"
    r"hundred|million|%|per ?cent|kids?|children|years?|months?|weeks?|days?|hours?|people)\b)"
)
#: "kétszáz-kétszázhúsz", "kétszázhatvan-kétszázhetven", "húszezer-harmincezer": a range of two
#: spelled numbers, not one number. After "ezer" or "millió" the hyphen Hungarian writes inside
#: one number ("huszonhétezer-ötszáz") joins it, unless the second part is as large.
_SPELLED_RANGE_HU = regex(
    r"(?:(?<=szaz)|(?<=ven)|(?<=van)|(?<=tiz)|(?<=usz)|(?<=ncz)|(?<=egy)|(?<=ketto)|(?<=harom)"
    r"|(?<=negy)|(?<=ot)|(?<=hat)|(?<=het)|(?<=nyolc)|(?<=kilenc))"
    r"-(?=(?:egy|ket|har|negy|ot|hat|het|nyolc|kilenc|tiz|husz|szaz)\w*\b)"
    r"|(?<=ezer)-(?=(?:egy|ket|har|negy|ot|hat|het|nyolc|kilenc|tiz|husz|szaz)\w*ezer\w*\b)"
    # "két-két és fél száz": from two to two and a half hundred (not "két-" of one number)
    r"|(?<=\bket)-(?=(?:ket|harom|negy) es fel\b)"
    r"|(?<=millio)-(?=(?:egy|ket|har|negy|ot|hat|het|nyolc|kilenc|tiz|husz|szaz)\w*millio\w*\b)"
)
#: Hundreds and the tens or units after them joined by a hyphen: "háromszáz-tíz" (310),
#: "kétszáz-ötven" (250). No range falls from hundreds to tens; "kétszáz-háromszáz" is one, and
#: "háromszáz-egynéhány" is some more than a figure.
_HUNDREDS_AND_TENS_HYPHENED_HU = regex(
    r"(?<=szaz)-(?=(?:egy|ketto|ket|harom|negy|ot|hat|het|nyolc|kilenc|tiz|husz)\b|"
    r"(?:tizen|huszon|harminc|negyven|otven|hatvan|hetven|nyolcvan|kilencven)\w*\b)"
    r"(?!\w*(?:szaz|ezer|millio|nehany|valahany|valami))"
)
#: "öt híján kétszáz" (five short of two hundred, 195), "kétezer híján tizenötezer" (13 000): a
#: number said as what it falls short of, read once the spelled numbers are digits. A small
#: shortfall short of a round thousands counts thousands too: "öt híján húszezer" is 15 000.
#: Two small numbers sharing the multiplier said after the second: "eight or nine hundred", "two
#: to three grand" (800 or 900, no 8 and 900): each is given the multiplier, and read as a range.
_SPELLED_RANGE_EN = regex(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten) ?(or|to|-) ?(two|three|four|five|six|"
    r"seven|eight|nine|ten) (hundred|grand|thousand)\b"
)
_SHORT_OF_HU = re.compile(
    r"(?<![0-9.,])(egy|ket|ketto|harom|negy|ot|hat|het|nyolc|kilenc|tiz|[0-9]+) hijan "
    r"([0-9]+)(?![0-9.,])"
)
_SHORT_OF_SMALL_HU = {**_HU_SMALL, "het": "7", "nyolc": "8", "kilenc": "9", "tiz": "10"}


def _short_of(match: re.Match[str]) -> str:
    """The number a :data:`_SHORT_OF_HU` match says: the whole less the shortfall."""
    short, whole = Decimal(_SHORT_OF_SMALL_HU.get(match[1], match[1])), Decimal(match[2])
    if short * 1000 * 2 <= whole:  # "öt híján húszezer": five thousand short
        short *= 1000
    if short >= whole:
        return match[0]
    return f"{whole - short:f}"


#: A figure said as what it falls short of by a gap said in money, read once the spelled numbers
#: and the slang are digits: "fifty shy of a grand" (950), "a ton short of 1,300" (1200), "forty
#: quid short of two grand" (1960), "a tenner under 1,100" (1090). Only a gap of at most half a
#: round whole is taken: "a bit shy of 1,000" (how much unsaid) is asked again elsewhere, and "3
#: under 5" (children) is no money.
_SHORT_OF_EN = regex(
    r"(?<![0-9.,£$€] )(?<![0-9.,£$€])([0-9]{1,3}) (?:quid |pounds? )?(?:shy|short) of "
    r"(?:a |an )?(?:[$€£] ?)?([0-9]{1,3}(?:,[0-9]{3})?|[0-9]{3,5})(?![0-9]|[.,][0-9])|"
    r"(?<![0-9.,£$€] )(?<![0-9.,£$€])([0-9]{1,3}) (?:quid |pounds? )?under "
    r"(?:[$€£] ?)?([0-9],[0-9]00|[0-9]{1,2}00)(?![0-9]|[.,][0-9])"
)

#: A round whole less a small gap said after it, the figure meant, read once the spelled
#: numbers are digits: "a grand less eighty i reckon" (920), "1,500 minus 60 a month" (1440).
#: Only where nothing is said after but the month or a hedge: "1,400 less 90 union, so 1,310"
#: and "wages 1,500 less 200 for rent" say what the gap is, read elsewhere.
_LESS_A_GAP_EN = regex(
    r"(?<![0-9.,£$€] )(?<![0-9.,£$€])(?:[$€£] ?)?([0-9],[0-9]00|[0-9]{1,2}[05]0) "
    r"(?:less|minus) (?:[$€£] ?)?([0-9]{1,3})(?![0-9]|[.,][0-9])"
    r"(?= ?(?:quid|pounds?)?(?: ?$| ?[,.;!?]| (?:i reckon|i think|i guess|roughly|or so|ish|"
    r"a month|per month|every month|each month|monthly|pm|most months)\b))"
)


def _a_round_whole_less(whole: Decimal, gap: Decimal, said: str) -> str:
    """The whole less the gap, when the gap is small beside a round whole ("fifty shy of a
    grand", "a grand less eighty"); else the words as they were said."""
    if whole < 100 or whole % 50 or gap * 2 > whole:
        return said
    return f"{whole - gap:f}"


def _short_of_en(match: re.Match[str]) -> str:
    """The number a :data:`_SHORT_OF_EN` match says (see :func:`_a_round_whole_less`)."""
    whole = Decimal((match[2] or match[4]).replace(",", ""))
    return _a_round_whole_less(whole, Decimal(match[1] or match[3]), match[0])


#: An item's figure said as the one before it again: "gas 60 and the electric about the same
#: again" (60 and 60), "water 25, the phone the same". Only a bill named after, no one: "i get
#: 1,200 and my partner the same" is two people's pay, read elsewhere.
_THE_SAME_AGAIN_EN = regex(
    r"(?<![0-9.,£$€])([0-9]{1,4}(?:\.[0-9]{1,2})?)(?![0-9]|[.,][0-9])"
    r"( ?(?:quid|pounds?)?,? (?:and |plus |then )?(?:the |my |our )?"
    r"(?!(?:partner|wife|husband|hubby|fella|missus|mrs|son|daughter|mum|mam|dad|brother|sister|"
    r"he|she|they|other|lodger|flatmate)\b)[a-z]+ (?:bill )?(?:is |about |roughly |around |"
    r"near enough |much )*)the same(?: again)?(?= ?(?:$|[,.;!?]| (?:and|plus)\b))"
)


def _less_a_gap_en(match: re.Match[str]) -> str:
    """The number a :data:`_LESS_A_GAP_EN` match says (see :func:`_a_round_whole_less`)."""
    return _a_round_whole_less(Decimal(match[1].replace(",", "")), Decimal(match[2]), match[0])


_CLOCK = re.compile(r" ?(?:am|pm)\b")
_A_MONTH_AFTER_DIGITS = re.compile(
    r"(?:(?<=[0-9千百万仟佰萬块塊元])|(?<=[千百万仟佰萬][一二两三四五六七八九])) ?一个?月"
    # not the month of the figure said next, after its verb: "欠工友五千 一个月还五百"
    r"(?!(?:都|就|能|要)?(?:还|交|付|给|挣|赚|拿|花|存|打|转)(?:他|她|你们?|了)?"
    r"[0-9一二两三四五六七八九十])"
)


#: Shorthand for a round unit after a number in Chinese chat, which the multipliers read only
#: right after digits: "一个k" (a thousand, with the measure word 个), "两个w" (twenty thousand),
#: "三k", and Cantonese 嚿水 or 旧水 for a hundred ("廿嚿水" is two thousand, "8嚿" eight hundred).
#: "四k五" is 4500 (the digit after, the next unit down). "1w5" and "2k" (digits, no 个) are
#: left to :data:`MULTIPLIERS` and :func:`spoken_chinese`.
_SHORTHAND_AFTER_A_NUMERAL_ZH = re.compile(
    r"([0-9]+(?:\.[0-9]+)?|[一二两俩三四五六七八九十廿]{1,3})( ?[个個] ?| ?)"
    r"(k|w|嚿水?|[旧舊]水)([一二两三四五六七八九]?)(?![a-z0-9])"
)
_SHORTHAND_FACTORS_ZH = {"k": 1000, "w": 10_000}


def _shorthand_as_digits_zh(match: re.Match[str]) -> str:
    """The figure a :data:`_SHORTHAND_AFTER_A_NUMERAL_ZH` match says, in digits."""
    raw, measure, unit = match[1], match[2].strip(), match[3]
    if raw[0].isdigit() and not measure and unit in _SHORTHAND_FACTORS_ZH:
        return match[0]  # "2k", "1w5": the multipliers read it
    if raw[0].isdigit():
        value: Decimal | None = Decimal(raw)
    else:
        chinese = _parse_chinese(raw.replace("俩", "两").replace("廿", "二十"), "zh")
        value = chinese.value if chinese is not None else None
    if value is None:
        return match[0]
    factor = _SHORTHAND_FACTORS_ZH.get(unit, 100)
    if match[4] and (measure or factor == 100):
        return match[0]  # "一个k五": no such shorthand
    if match[4]:  # "四k五" is 4500, "两w五" 25 000: the next unit down
        value += Decimal(CHINESE_DIGITS[match[4]]) / 10
    return f"{(value * factor).normalize():f}"


#: One unit of money said roughly with 把: "千把块" (a thousand or so), "百把块钱", "万把块" (not
#: "五千把房租交了", where 把 takes the rent, nor "把" after other words).
_ROUGHLY_ONE_UNIT_ZH = re.compile(
    r"(?<![0-9一二两三四五六七八九十百千万])[百千万]把(?=[块塊元钱錢来]| |$|[,\uff0c\u3002!\uff01])"
)


#: 俩 and 仨 (two, three, of the north) before a unit of money: "俩千五" is 2500, "仨百" 300
#: (not "仨瓜俩枣", a trifle, nor "我俩百分之百", the pair of us).
_TWO_OR_THREE_BEFORE_A_UNIT_ZH = re.compile(r"[俩仨](?=[百千万](?!分))")


def _spell_out(folded: str, language: str) -> str:
    """Numbers spelled in words rewritten as digits; vague ones ("a few hundred") as 几千, which
    the reader takes for an amount it must not guess.

    A lone small word ("one", "two", Hungarian "hat", "egy") is a number only when it is the
    whole message: "one of them", "hat" ("affects") are not amounts. Words right after digits
    ("8 ezer", "2 thousand") are left to the multipliers.
    """
    code = language_code(language)
    if "hundreds" in folded or "thousands" in folded:  # "nine hundreds fifty": not vague
        folded = counted_in_plural(folded)
    folded = _VAGUE_SPELLED.sub(" 几千 ", folded)
    if "half" in folded:  # "half a grand" is 500, not a grand
        folded = _HALF_A.sub(r"0.5 \1", folded)
    if "quarter" in folded:  # "a grand and a quarter" is 1250, "three quarters of a grand" 750
        folded = _GRAND_AND_A_QUARTER.sub(lambda m: "1750" if m[1] == "three" else "1250", folded)
        folded = _QUARTERS_OF_A_GRAND.sub(lambda m: "750" if m[1] == "three" else "250", folded)
        folded = _QUARTERS_OF_A_TON.sub(lambda m: "75" if m[1] == "three" else "25", folded)
    if "." in folded:  # ".95k": the nought before the point left out, 950
        folded = _THOUSANDS_WITHOUT_THE_NOUGHT.sub(r"0.\1", folded)
    if " and a half" in folded:
        folded = _DIGITS_AND_A_HALF.sub(
            lambda m: f"{m[1]}.5{m[2] or (' ' + m[3] if m[3] else '')}", folded
        )
    if code == "hu" and "szaz-" in folded:  # "háromszáz-tíz": 310
        folded = _HUNDREDS_AND_TENS_HYPHENED_HU.sub("", folded)
    if code == "hu" and "-" in folded:  # each match is a hyphen
        folded = _SPELLED_RANGE_HU.sub(" - ", folded)
    if "月" in folded:  # 1500一个月: a month, not one month
        folded = _A_MONTH_AFTER_DIGITS.sub("/月", folded)
    if code == "en":
        folded = _EN_TYPO.sub(lambda m: _EN_TYPOS[m[0]], folded)
        if "pound" in folded or "quid" in folded:  # "12 pound 50 a week": 12.50
            folded = _POUNDS_AND_PENCE_SAID_EN.sub(r"\1.\2", folded)
        if "hundred-" in folded or "thousand-" in folded:  # "one-thousand-one-hundred-and-five"
            folded = _HYPHENED_HUNDREDS_AND_THOUSANDS_EN.sub(" ", folded)
        if "hunn" in folded or "huner" in folded:  # "nine or ten hunnerd": a range, as hundred
            folded = _SCOTS_HUNDRED.sub("hundred", folded)
        if "hundred" in folded or "grand" in folded or "thousand" in folded:  # each match has one
            folded = _SPELLED_RANGE_EN.sub(r"\1 \4 \2 \3 \4", folded)  # "eight or nine hundred"
        if "hunn" in folded or "huner" in folded:
            folded = _SCOTS_HUNDRED.sub("hundred", folded)
        if " thousand and " in folded:  # "1 thousand and 40": 1040
            folded = _DIGITS_THOUSAND_AND_DIGITS_EN.sub(
                lambda m: str(int(m[1]) * 1000 + int(m[2])), folded
            )
        if "hundred" in folded or "thousand" in folded:  # "eleven hundred and ate"
            folded = _SOUNDALIKE_BY_A_HUNDRED_EN.sub(
                lambda m: _SOUNDALIKES_EN[m[1] or m[2]], folded
            )
    else:
        if "vagy" in folded or "max" in folded or "esetleg" in folded:
            folded = _A_NOTE_OR_MORE_HU.sub(" 几千 ", folded)  # "egy húszas, vagy kettő"
        if "-" in folded:
            folded = _NOTES_TWO_OR_THREE_HU.sub(" 几千 ", folded)  # "két-három tízest"
        if "ezres" in folded:  # "19 tízezres meg egy ötezres"
            folded = _HU_NOTES_COUNTED_IN_DIGITS.sub(
                lambda m: f"{int(m[1]) * _HU_NOTE_VALUES[m[2]] + _notes_sum(m[3])} ft", folded
            )
        if "kilo" in folded:  # "egy kiló meg egy húszas"
            folded = _A_KILO_BESIDE_A_NOTE_HU.sub(
                lambda m: f"{100_000 + _notes_sum(m[1])} ft", folded
            )
        folded = _HU_NOTES.sub(lambda m: _notes_as_forints(m, folded), folded)
        if "fel" in folded:  # each of the three needs "fél"; none of them writes one
            folded = _HU_AND_A_HALF.sub(lambda m: f"{_HU_SMALL.get(m[1], m[1])}.5 ", folded)
            folded = _HU_DIGITS_AND_A_HALF_ALONE.sub(r"\1.5", folded)
            folded = _HU_LONE_HALF.sub("0.5 ", folded)
        if "szaz" in folded:  # both need "száz"
            folded = _HU_DIGITS_HUNDRED_THOUSAND.sub(
                lambda m: f"{Decimal(m[1].replace(',', '.')) * 100_000:f}".split(".")[0], folded
            )
            folded = _HU_DIGITS_HUNDRED.sub(
                lambda m: f"{Decimal(m[1]) * 100:f}".split(".")[0], folded
            )
    if code == "zh":
        folded = _YUAN_AND_JIAO.sub(_yuan_and_jiao, folded)
        if "k" in folded or "w" in folded or "水" in folded or "嚿" in folded:  # "一个k"
            folded = _SHORTHAND_AFTER_A_NUMERAL_ZH.sub(_shorthand_as_digits_zh, folded)
        if "把" in folded:  # "千把块": a thousand or so, how much unsaid
            folded = _ROUGHLY_ONE_UNIT_ZH.sub(" 几千 ", folded)
        if "俩" in folded or "仨" in folded:  # "俩千五": 2500
            folded = _TWO_OR_THREE_BEFORE_A_UNIT_ZH.sub(
                lambda m: "两" if m[0] == "俩" else "三", folded
            )
        if "半" in folded:  # "三千半吧": 3500
            folded = _A_HALF_AFTER_THE_UNIT_ZH.sub(r"\1五", folded)
        folded = _HUNDRED_YUAN_NOTES.sub(_notes_as_yuan, folded)  # "八张毛爷爷": 800元
    spoken = {"en": spoken_english, "zh": spoken_chinese}.get(code)
    folded = spoken(folded) if spoken else folded  # "a ton", "one fifty", "1k5"
    runs: list[tuple[int, int, list[Decimal], bool]] = []
    for match in _EN_RUN.finditer(folded):
        said = match[0].replace("-", " ").replace(" and a half", " half").replace("&", "and")
        said = said.replace(" and half", " half").replace(",", "").replace(" an ", " ")
        words = said.split()  # "nine hundred & seventy": the "and" typed as "&"
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
        if words == ["grand"] and not _DIGIT_BEFORE.search(folded[: match.start()]):
            continue  # "grand so", "sure its grand": Irish for fine, no thousand (not "a grand")
        if words[0] == "thousand" and "hundred" in words[1:]:
            values = [Decimal(1), *values]  # "thousand two hundred": one thousand, as "a" left off
        elif words[0] == "hundred" and len(words) > 2 and words[1] == "and":
            values = [Decimal(1), *values]  # "hundred and ten": one hundred, as "a" left off
        elif words[0] in _MULTIPLIER_WORDS and not _DIGIT_BEFORE.search(folded[: match.start()]):
            values = [Decimal(-1), *values]  # "thousand" alone: how many thousands? (a guess)
        runs.append((match.start(), match.end(), values, big or len(values) > 1 or values[0] >= 10))
    if code == "hu":
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
                # (one word of ten or more is a number, as in English: "rezsi negyven")
                strong = big or len(values) > 1 or values[0] >= 10
                runs.append((match.start(), match.end(), values, strong))
    written = len(folded)
    for start, end, values, strong in sorted(runs, reverse=True):
        if end > written or (values[0] >= 100 and _DIGIT_BEFORE.search(folded[:start])):
            continue  # "8 ezer", "2 thousand": the multiplier after the digits reads it
        if strong or not _NOISE_AROUND_A_NUMBER.sub("", folded[:start] + folded[end:]):
            value = _spelled_value(values)
            number = " 几千 " if value is None else f"{value.normalize():f}"
            if folded.endswith("nal", start, end):
                # "kétszáznál kevesebb": a bound, its ending kept in the form read as one,
                # "-nél" ("60-nal több", typed in figures, may be "by 60 more": not read so)
                number += "-nel"
            folded = f"{folded[:start]}{number}{folded[end:]}"
            written = start
    if code == "hu" and "hijan" in folded:
        folded = _SHORT_OF_HU.sub(_short_of, folded)
    if code == "en" and (" of " in folded or " under " in folded):
        folded = _SHORT_OF_EN.sub(_short_of_en, folded)  # "fifty shy of a grand": 950
    if code == "en" and (" less " in folded or " minus " in folded):
        folded = _LESS_A_GAP_EN.sub(_less_a_gap_en, folded)  # "a grand less eighty": 920
    if code == "en" and "the same" in folded:
        folded = _THE_SAME_AGAIN_EN.sub(r"\1\2\1", folded)  # "gas 60 and the electric the same"
    if code == "en":
        folded = _POUNDS_AND_PENCE.sub(lambda m: f"{m[1]}.{int(m[2] or m[3]):02d} pounds", folded)
    return folded


#: Right before or after an amount said for the month, beside one said for another period.
_A_MONTH_BEFORE = compile_phrases(
    (
        r"(?:\bhavonta|\bhavi(?: szinten)?|\begy hónapban|\ba month|\bper month|\bmonthly|"
        r"每月|每个月|一个月|一月)"
        r"\W{0,2}(?:(?:úgy|kb|körülbelül|nagyjából|olyan|az|ez|about|around|roughly|like|that'?s|"
        # (a payment's verb too: "还剩一年, 每个月还一千三" is the month's, not the year's)
        r"so|算|算是|差不多|大概|就是|也就|有|是|还|要还|得还|交|要交)\W{0,2}){0,2}$",
    )
)
_A_MONTH_AFTER = compile_phrases(
    (
        r"^ ?(?:[$€£¥]|ft|huf|forint\w*|pounds?|quid|元|块)? ?(?:a month|per month|monthly|havonta|"
        r"egy hónapban|一个月|每月)\b",
    )
)


#: Words that lead a number which names something rather than counting money: a reference,
#: case, account or phone number ("my ref is 7730194", "ügyszámom 20231187", "编号是20240517",
#: "számlaszám 11773016-12345678"). Only a long run of digits after them is taken (see
#: :data:`_IDENTIFIER`): "phone 25" is a bill.
IDENTIFIER_WORDS = (
    r"\b(?:my |our |your |the )?(?:ref(?:erence)?|case|claim|account|acct|a/c|customer|policy|"
    r"order|contract|agreement|membership|member|sort code)(?: (?:no\.?|number|num|id|ref))?",
    r"\b(?:my |our )?(?:tele)?(?:phone|mobile|cell|tel\.?|contact)(?: (?:no\.?|number|num))?",
    r"\bmy number",
    # (not "a pontos szám 279 640": the exact figure of the money)
    r"\b(?<!pontos )\w*(?:szam|azonosito)(?:m|om|unk|nk|a|ja)?\b",
    r"(?:短信里的|信里的|你们的)?(?:编号|账号|帐号|卡号|单号|订单号|合同号|案件号|参考号|工号|"
    r"客户号|身份证号?|手机号码?|手机|电话号码|电话)",
)
#: A run of at least five digits, maybe cut by spaces, hyphens or slashes ("07700 900214",
#: "40-12-76 31926485", "138 0013 8000"), after :data:`IDENTIFIER_WORDS` and a linking word.
_IDENTIFIER = regex(
    rf"(?:{alternatives(IDENTIFIER_WORDS)})(?: (?:is|was|=|van))?(?: ?[:#=] ?| )?(?:是|为|:)? ?"
    r"(?:[a-z]{1,3}-?)?(?=(?:[0-9][ /-]?){5})[0-9](?:[ /-]?[0-9])+(?![0-9])"
    # (not a figure's first digit after a space: "ref 0047781 1,690.44" is the ref, then money)
    r"(?!(?<= [0-9])[.,][0-9])"
)
#: Phone numbers by their shape alone: international (+44 ...), a British mobile, a Hungarian
#: number, a Chinese mobile.
_PHONE_NUMBER = re.compile(
    r"(?<![0-9])(?:\+[1-9][0-9]{0,2}(?:[ -]?[0-9]){7,12}|07[0-9]{3} ?[0-9]{3} ?[0-9]{3}"
    r"|(?:\+36|06)[ /-]?[0-9]{1,2}[ /-]?[0-9]{3}[ /-]?[0-9]{3,4}"
    r"|\+?86 ?1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}|1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4})"
    r"(?![0-9])"
)
#: The card's last digits or a birth year beside an amount: "card ends 3318", "born 1961",
#: "1965-ös vagyok".
_CARD_END_OR_BIRTH_YEAR = regex(
    r"\b(?:card (?:ends?|ending)|ends|ending)(?: (?:in|with|on))? ?:? ?[0-9]{4}(?![0-9])|"
    r"\b(?:born|szulettem|szul\.?)(?: in)? ?(?:19|20)[0-9]{2}(?![0-9])|"
    r"(?<![0-9])(?:19|20)[0-9]{2}-(?:os|es|as) (?:vagyok|szuletesu)\b|"
    r"(?<![0-9])(?:19|20)[0-9]{2}年(?:生|出生)"
)
#: Children's ages or a family's size beside an amount: "aged 4, 7 and 11", "family of 5",
#: "老大12老二8岁".
_AGES_OR_FAMILY = regex(
    r"\b(?:aged?|ages)\b:? ?[0-9]{1,2}(?:(?: ?, ?| and | & |, and | n )[0-9]{1,2})*(?![0-9])|"
    r"\b(?:family|household|house) of (?:[0-9]{1,2}|two|three|four|five|six|seven|eight)\b|"
    r"老[大二三四五幺](?:今年)?[0-9一二两三四五六七八九十]{1,3}岁?"
)

#: Children's ages said beside them, a list or in brackets: "kids are 6 and 9", "3 kids (7, 9
#: and 12)", "két gyerek (5 és 8 évesek)".
_CHILDRENS_AGES = re.compile(
    r"\b(?:kids?|children|boys|girls|sons|daughters|gyerek\w*)(?: (?:are|van|vannak))?"
    r"(?: (?=\()| (?=[0-9]{1,2} (?:and|es|&) ))"
    r"(?P<ages>\(?[0-9]{1,2}(?:(?: ?, ?| and | es | & |, and )[0-9]{1,2})+\)?)(?![0-9])|"
    r"\b(?P<years>[0-9]{1,2}(?:(?: ?, ?| and | es | & )[0-9]{1,2})*) ?eves\w*"
)
#: Children named by their order with an age, where ages are said in years in the message: "a
#: kicsi 5, a nagy 8 éves", "a legnagyobb 14 éves, a legkisebb 3" (the bare one an age too).
_CHILDREN_BY_THEIR_ORDER_HU = re.compile(
    r"\b(?:a|az) (?:kicsi|kisebb(?:ik)?|nagy|nagyobb(?:ik)?|legnagyobb|legkisebb|legidosebb|"
    r"legfiatalabb|idosebb(?:ik)?|fiatalabb(?:ik)?|kozepso) (?P<years>[0-9]{1,2})"
    r"(?![0-9]| ?(?:e|k|ezer\w*|ft|forint\w*)\b|[.,][0-9])"
)
_WORDS_OF_CHILDREN_BY_ORDER_HU = ("kicsi", "kisebb", "nagy", "idosebb", "fiatalabb", "kozepso")
#: The words one of which each match of :data:`_CHILDRENS_AGES` has in it.
_WORDS_OF_CHILDRENS_AGES = (
    "kid",
    "children",
    "boys",
    "girls",
    "sons",
    "daughters",
    "gyerek",
    "eves",
)


def _blank_ages(match: re.Match[str]) -> str:
    """The ages of a :data:`_CHILDRENS_AGES` match blanked, the word for the children kept."""
    group = "ages" if "ages" in match.re.groupindex and match["ages"] is not None else "years"
    start, end = match.start(group) - match.start(), match.end(group) - match.start()
    return match[0][:start] + " " * (end - start) + match[0][end:]


#: Where the home is, not money: "flat 14b", "apt 3", "3. emelet (12)", "302室", "27号楼", a house
#: on a street ("31 oak close", "Petőfi u. 31.", "Kossuth utca 12/a"), a door ("a 3/b lakás"),
#: a building and its flat ("3号楼502", "3栋1202"), a floor ("住7楼", "在12层"), a postcode.
_HOME_ADDRESS = regex(
    # (not a flat and its rent: "2 bed flat 640 + bills 150", "flat 700, bills 90, food 250" (a
    # figure of hundreds before the next cost); nor a flat sum with its thousands or pence, "the
    # firm pays me a flat 1,350", "a flat 12.50 an hour")
    r"(?<!bed )(?<!bedroom )\b(?:flat|apt\.?|apartment|house (?:no\.?|number)) ?#?[0-9]{1,4}[a-z]?"
    r"\b(?! ?\+| plus\b| a month\b| per month\b| pm\b|,[0-9]{3}\b|\.[0-9])"
    r"(?!(?<=[0-9]{3}),? (?:and |plus )?(?:bills?|food|gas|electric\w*|energy|council tax|water|"
    r"phone|internet|broadband|travel|petrol|fuel|shopping|groceries|insurance|utilities)\b)|"
    r"(?<![0-9])[0-9]{1,2}\. ?(?:emelet\w*|em\.)"
    r"(?: [0-9]{1,2}\b(?! ?(?:ezer|e\b|ft|k\b)|[.,][0-9]))?|"
    r"(?<![0-9])[0-9]{1,4}(?:号楼|號樓|栋|棟|幢|单元|單元|室)(?:[0-9]{1,2}(?:单元|單元))?"
    r"(?:[0-9]{2,4}(?:室|号|號)?(?![0-9]))?|"
    r"(?<![0-9])[0-9]{1,2}(?:楼|層|层)(?![0-9一二两三四五六七八九十])|"
    # a room in a dormitory: "住606宿舍", "312寝室"
    r"(?<![0-9])[0-9]{3,4}(?:宿舍|寝室|寢室|号房|房间)|"
    r"(?<![0-9.,£$€])[0-9]{1,4}[a-z]? (?!(?:on|the|a|an|for|in|at|to|and|per|of|my|each|every|"
    r"or|is|was|left|more|other|pretty|quite|fairly|too|very|so|really|about|near|roughly|"
    r"nowhere)\b)[a-z]+(?: [a-z]+)? (?:close|road|rd|street|avenue|ave|lane|drive|crescent|"
    r"gardens|terrace|grove|mews)\b(?! ?[0-9])|"
    r"\b[a-z]+ (?:u\.|utca|ut|ter|krt\.?|korut|fasor|setany|lakotelep|ltp\.?) "
    r"[0-9]{1,4}(?:/[a-f]\b|\.|\b)|"
    r"(?<![0-9.,/])[0-9]{1,3}/[a-f]\b|"
    # a postcode: "1181-es irányítószám", "irányítószám: 6720", "邮编200120"
    r"(?<![0-9])[0-9]{4}(?:-[ae]s)? iranyitoszam\w*|\biranyitoszam\w*:? [0-9]{4}\b|邮编:?[0-9]{6}"
)
#: A time of day or a day of the month, not money: "half 5", "quarter to 6", "17:30", "fél
#: 6-kor", "reggel 9-re", "este 11 van", "22/11", "minden hónap 10-e".
_TIME_OR_DAY = regex(
    r"\b(?:half(?: past)?|(?:quarter|ten|twenty|five) (?:past|to)) (?:[0-9]|1[0-2])\b"
    r"(?![.,][0-9]| ?(?:k|grand|thousand|quid|pounds?|a month|per month|monthly)\b)|"
    r"(?<![0-9.,])[0-9]{1,2}:[0-9]{2}\b(?: ?(?:am|pm)\b)?|"
    # a time in Hungarian: "fél 6kor", "háromnegyed 7-re", "negyed 8", "az 5:50es busz"
    r"\b(?:fel|negyed|haromnegyed) (?:[1-9]|1[0-2])(?:-?(?:re|ra|kor|ig|tol|es|as|os))?\b|"
    r"(?<![0-9.,])[0-9]{1,2}:[0-9]{2}-?[aeoö]s\b|"
    # working hours in Hungarian: "10tol reggel 6ig", "5-től 13-ig", "este 10-től hajnal 6-ig"
    r"(?<![0-9.,])(?:[0-9]|1[0-9]|2[0-4])(?:-?t[oöő]l) (?:(?:reggel|este|delutan|ejjel|hajnal|"
    r"hajnali|delelott|deli) )?(?:[0-9]|1[0-9]|2[0-4])-?ig\b|"
    # working hours: "9-5 mon to fri", "8 till 4 weekdays", "7-3 shifts"
    r"(?<![0-9.,£$€])(?:[1-9]|1[0-2]) ?(?:-|to|till|til) ?(?:[1-9]|1[0-2])(?![0-9.,])"
    r"(?= (?:mon|monday|weekdays|every day|daily|shifts?|at the|job)\b)|"
    r"(?<![0-9.,])(?:[01]?[0-9]|2[0-4])(?:[:.][0-9]{2})?-?kor\b|"
    r"\b(?:reggel|este|delutan|delelott|ejjel|hajnal(?:i|ban)?|ejfel) (?:[01]?[0-9]|2[0-4])"
    # (and the hour it lasts to: "reggel 6tol 10ig", "délután 2-től 6-ig")
    r"(?:[:.][0-9]{2})?(?:-?t[oöő]l (?:[01]?[0-9]|2[0-4])(?:[:.][0-9]{2})?-?ig|"
    r"-?(?:re|ra|ig|tol|kor))?\b(?! ?(?:ezer|millio|e\b|k\b))|"
    # (not thousands typed as "1k1/1k2")
    r"(?<![0-9.,/])(?<![0-9]k)(?:0?[1-9]|[12][0-9]|3[01])/(?:[1-9]|1[0-2]|0[1-9])(?![0-9/]|k)|"
    # an hour worked till: "im driving the school bus till 4", "on till 10 tonight"
    r"(?:(?<![0-9.,£$€])(?:[1-9]|1[0-2]) ?(?:till|til|until) ?|\b(?:till|til|until|untill) )"
    r"(?:[1-9]|1[0-2])(?: ?(?:am|pm|o'?clock|ish))?\b"
    r"(?![.,][0-9]| ?(?:k|grand|thousand|quid|pounds?|a month|per month|monthly|a week|pw|"
    r"months?|weeks?|years?|days?)\b)|"
    # a shift's hours said after it: "my shift is 7-3", "shifts are 6 till 2"
    r"\bshifts? (?:is |are |was |runs )?(?:[1-9]|1[0-2]) ?(?:-|to|till|til) ?(?:[1-9]|1[0-2])"
    r"(?![0-9.,])|"
    r"(?<![0-9.,])(?:[1-9]|[12][0-9]|3[01])-e\b|"
    # an hour of the day in English: "texting me at 6 in the morning", "bed at 7 after nights",
    # "up at 5", "home by 10 tonight"
    r"\bat (?:[1-9]|1[0-2]) ?(?:am|pm|o'?clock|in the (?:morning|evening|afternoon)|at night|"
    r"tonight|this (?:morning|evening))\b|"
    r"\b(?:up|bed|home|start\w*|finish\w*|wak\w*|leav\w*|clock\w* (?:on|off|in|out)|back) "
    r"(?:at|by) (?:[1-9]|1[0-2])(?: ?(?:am|pm|o'?clock|ish))?\b"
    r"(?![.,][0-9]| ?(?:k|grand|thousand|quid|pounds?|p|a month|per|monthly|a week|pw|an hour|"
    r"ph|each|every)\b)|"
    # a time to be called: "any time after 2", "free from 4", "ring me before 9"
    r"\b(?:any ?time|free|call me|ring me|phone me|available) (?:after|before|from) "
    r"(?:[1-9]|1[0-2])(?: ?(?:am|pm|o'?clock|ish))?\b(?![.,][0-9]| ?(?:k|grand|thousand|quid|"
    r"pounds?|p)\b)|"
    # in Hungarian: "hívjanak vissza 4 után", "5 előtt keressenek"
    r"\b(?:hivj\w*|keress(?:en|enek)|telefonal(?:jon|janak)|csorgess\w*)(?: fel| vissza| meg)? "
    r"(?:(?:barmikor|inkabb|csak|majd|ma|holnap) )?(?:[1-9]|1[0-2]) (?:utan|elott|korul)\b|"
    r"(?<![0-9.,])(?:[1-9]|1[0-2]) (?:utan|elott|korul) (?:\w+ )?(?:hivj\w*|keress(?:en|enek)|"
    r"telefonal(?:jon|janak)|csorgess\w*)"
)
#: A date with its year, not money: "2024.11.08", "2024-11-08", a month of a year ("10/2024",
#: a payslip's or a pasted SMS's period) and a loan's end ("lejárat 2029.03", "lejár 2030. 06.").
_CALENDAR_DATE = regex(
    r"(?<![0-9.,/])(?:19|20)[0-9]{2}([.-]) ?(?:0[1-9]|1[0-2])\1 ?(?:0[1-9]|[12][0-9]|3[01])\.?"
    r"(?![0-9])|"
    r"(?<![0-9.,/])(?:0?[1-9]|1[0-2])/(?:19|20)[0-9]{2}(?![0-9])|"
    r"\blejar\w*:? ?(?:19|20)[0-9]{2}\. ?(?:0[1-9]|1[0-2])\b\.?|"
    # a year beside a month's name: "most 2024 december van", "since march 2023"
    r"(?<![0-9.,])(?:19|20)[0-9]{2}\.? (?=(?:januar|februar|marcius|aprilis|majus|junius|julius|"
    r"augusztus|szeptember|oktober|november|december)\w*)|"
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december) (?:19|20)[0-9]{2}(?![0-9])"
)
#: The cardholder's own age said beside an amount: "19 vagyok", "我19, 跟我妈住".
_OWN_AGE = regex(
    r"(?<![0-9.,])[1-9][0-9] (?:eves )?vagyok\b|"
    # an age bound said of oneself: "25 év alatti vagyok", "65 év feletti"
    r"(?<![0-9.,])[1-9][0-9] (?:ev|eves) (?:alatti|feletti|folotti)\b|"
    r"我(?:今年|都)?[1-9][0-9](?=岁|, ?(?:跟|和|住|在|还|刚|已经|单身|一个人|自己))|"
    # "except I am now 67 and the bus is free", "at my age (81)", of a mother or a pet "she's 91
    # and": an age, where the clause goes on with no money word after the number
    r"\b(?:i am|i'?m|im|she'?s|she is|he'?s|he is)(?: now| nearly| almost| just| turning)? "
    r"[1-9][0-9](?= and (?!a half)| now\b| this year\b| next\b| years?\b|[.;!)]|$)|"
    # a parent's or grandparent's age said the same way: "my grandad is 84 and wants a person",
    # "my mums 79 now" (forty or more: no share of a bill, "my mum is 50 a month", goes on so)
    r"\bmy (?:grand?dad|grandpa|grandma|grandmother|grandfather|nan|nana|gran|granny|dad|mum|mom|"
    r"mam|father|mother)(?:'?s| is)(?: now| nearly| almost| just| turning)? (?:[4-9][0-9]|10[0-9])"
    r"(?= and (?!a half)| now\b| this year\b| next\b| years?\b|[.;!)]|$)|"
    # an old relative's age before a comma and words: "my dads income, hes 81, pension 1,310"
    r"\b(?:she'?s|she is|he'?s|he is)(?: now| nearly| almost| just| turning)? (?:[6-9][0-9]|"
    r"10[0-9]),(?= [a-z])|"
    r"\bat my age,? \(?[1-9][0-9]\)?|"
    # two ages said side by side: "me 72 him 75", "me 68, the wife 70"
    r"\bme [1-9][0-9],? (?:and |& )?(?:him|her|the wife|the husband|hubby|wifey|my wife|"
    r"my husband|partner|my partner) [1-9][0-9](?![0-9]|[.,][0-9])|"
    # the age one retired or left school at: "retired at 64 after 30 years", "left school at 16"
    r"\b(?:retired|retiring|retire|left school|started work|finished work) at [1-9][0-9]"
    r"(?![0-9]|[.,][0-9])(?! ?(?:k|grand|quid|pounds?|a month|a week|pw|pm)\b)"
)
#: Digits inside an e-mail or web address ("kiss.anna1978@freemail.hu", "www.site24.hu") and a
#: heart typed as "<3" at the end of a thanks: neither is money, but read as numbers they are
#: summed in with the amount ("158 ezer" and an address with 1956 in it make 159 956).
_AN_ADDRESS_OR_A_HEART_TYPED = re.compile(
    r"[\w.+-]*[0-9][\w.+-]*@[\w-]+(?:\.[\w-]+)+|"
    r"\b(?:https?://|www\.)[\w./?=&%-]*[0-9][\w./?=&%-]*|"
    r"(?<![0-9.,])<3+(?![0-9])"
)
#: A scheme, a law or an illness named with a number, not money: Hungary's early pension for women
#: after 40 years of work ("Nők40-nel mentem nyugdíjba", "a nők 40 miatt"), "covid19".
_A_SCHEME_NAMED_BY_A_NUMBER = regex(r"\bnok ?40(?:-?\w+)?|\bcovid ?-?19\b")
#: A place or a route named by its number in Hungarian, not money: "a 3-as körzetet viszem", "a
#: 2-es busszal", "a 4-es villamos", "a 12-es szobában" (one or two digits: "a 280-as fizetésem"
#: names a pay by its size).
_PLACES_NUMBERED_HU = regex(
    r"(?<![0-9.,])[0-9]{1,2}-?[aeoö]?s(?:sal|sel|hoz|hez|ban|ben|on|en|at|et|t)? "
    # (also each of a run: "a 38-as és a 73-as buszra")
    r"(?=(?:(?:es|meg|vagy) (?:a |az )?[0-9]{1,2}-?[aeoö]?s\w* )*(?:korzet|"
    r"busz|villamos|troli|metro|vonal|jarat|szoba|emelet|ajto|kapu|peron|utca)\w*)"
)
#: Payments of a term counted in Hungarian, not money: "24-ből 20 megvan" (twenty of twenty-four
#: paid) and, once a term is so counted, the ones to go: "még 4 van hátra". Beside "havi 6 500"
#: they would be summed in as thousands.
_PAYMENTS_TALLIED_HU = regex(
    r"(?<![0-9.,])[0-9]{1,3}(?:-?b[oe]l| (?:reszlet|torleszto)\w*b[oe]l) [0-9]{1,3}"
    r"(?= (?:mar )?(?:megvan|van meg|kifizet\w*|letudva|lement|le van|ment le|eltelt|letelt)\b)"
)
#: Payments or months of a term said to have passed, a count with no money: "5 már eltelt",
#: "3 részlet már letelt" (not "5 ezer már lement": money gone).
_PAYMENTS_PASSED_HU = regex(
    r"(?<![0-9.,])[0-9]{1,2}(?= (?:reszlet\w* |honap\w* )?mar (?:eltelt|letelt)\b)"
)
_PAYMENTS_TO_GO_HU = regex(r"\bmeg [0-9]{1,2}(?= (?:van|maradt|darab|db) hatra\b)")
#: How far along the payments of a term one is: "10 részlet, 7-nél tartok", "a 12-nél járunk",
#: the year or month reached by its ordinal and of how many: "a 2. évnél tartok a 7-ből" (counts,
#: no money).
_PAYMENTS_REACHED_HU = regex(
    r"(?<![0-9.,])[0-9]{1,2}(?:-?n[ae]l|\. ?(?:evnel|honapnal|reszletnel))"
    r" (?=(?:mar |most )?(?:tartok|tartunk|jarok|jarunk)\b)|"
    r"(?:(?<=tartok )|(?<=tartunk )|(?<=jarok )|(?<=jarunk ))(?:az? )?[0-9]{1,2}-?b[oe]l\b"
)
#: Things of one's work counted, or kinds of a thing: "120 adagot főzök naponta", "300 birka",
#: "7 féle gyógyszert szedek", a farm's animals ("60 tyúk", "25 madár", "12 disznó"), and what
#: one makes, moves or minds ("havonta 30 rejtvény", "tavaly 20 zongora", "80 nyúl", "12 kutya
#: a panzióban", "2 lóval") (counts, no money).
_THINGS_OF_WORK_COUNTED_HU = regex(
    r"(?<![0-9.,])[0-9]{1,4} (?=(?:adag|birka|juh|tehen|kecske|kaptar|mehcsalad|madar|allat|"
    r"tyuk|csirke|kacsa|liba|diszno|sertes|galamb|strucc|rejtveny|zongor|anyanyul|nyul|"
    r"kutya)\w*\b|lo(?:v\w*)?\b(?! [0-9]))|"  # (not an item run on: "kaja 60 ló 20")
    r"(?<![0-9.,])[0-9]{1,2} (?=(?:fele|fajta) \w+)"
)
_THINGS_OF_WORK_WORDS_HU = ("adag", "birka", "juh", "tehen", "kecske", "kaptar", "mehcsalad",
                            " fele ", " fajta ", "madar", "allat", "tyuk", "csirke", "kacsa",
                            "liba", "diszno", "sertes", "galamb", "strucc", "rejtveny",
                            "zongor", "nyul", "kutya", " lo")  # fmt: skip
#: A measure of a body or of a thing's make, not money: a height ("192 centi vagyok"), a sound
#: card's rate and a mixer's channels ("48 kHz-en", "32 csatornás"), a battery ("48 V 17 Ah"),
#: a tyre's size ("205/55 R16-os"), a length ("6 méteres léc"), an organ's stops ("2 manuál
#: 30 regiszter"), a wine's grade ("6 puttonyos") and a shift rota ("3 be 3 ki").
_MEASURES_OF_THINGS_HU = regex(
    r"(?<![0-9.,])[0-9]{2,3} ?centi(?:s|t|m(?:eter\w*)?)?\b|"
    r"(?<![0-9.,])[0-9]+(?:[.,][0-9]+)? ?(?:khz|mhz|ghz|hz|mah|ah|kwh|wh)\b(?:-?\w+)?|"
    r"(?<![0-9.,])[0-9]{1,3} ?v(?:-os)?\b(?= [0-9]+(?:[.,][0-9]+)? ?ah\b)|"
    r"(?<![0-9.,])[0-9]{1,3} (?=(?:csatornas|regiszter|manual|puttonyos)\w*)|"
    r"(?<![0-9.,])[0-9]{3}/[0-9]{2} ?r ?[0-9]{2}(?:-?[aeo]s)?\b|"
    r"(?<![0-9.,])[0-9]{1,2}(?:[.,][0-9])? ?(?:meteres|meter hosszu|col(?:os)?)\b|"
    r"(?<![0-9.,])[1-7] (?:nap )?be,? [1-7] (?:nap )?ki\b"
)
_MEASURES_OF_THINGS_WORDS_HU = ("centi", "hz", "ah", "csatornas", "regiszter", "manual",
                                "puttonyos", "/", "meter", "col", " be")  # fmt: skip
#: Things or people counted at one occasion of one's work, in Hungarian, not money: "egy
#: koncerten 800 nézőt látok", "egy műszakban 25 asztalt szolgálok ki", "egy folyosón 30 beteg"
#: (what passes through one's hands at a show, a shift, a floor or an evening). A figure of
#: money said there keeps its word ("egy estén 20 ezret keresek") or its verb ("egy lagzin 60
#: jön össze") and is left alone.
_COUNTED_AT_ONE_OCCASION_HU = regex(
    r"\begy (?:eloadason|koncerten|szinten|folyoson|este|esten|muszakban|lagzin|lakodalmon|"
    r"meccsen|turnusban|ejszaka) (?:kb |atlag |akar )?[0-9]{1,4} "
    r"(?!(?:e|k|ft|huf|eur|euro|lej|dollar|jon|megy|marad|van|kell|volt|is|meg)\b|"
    r"(?:ezer|ezr|forint|euro|lej|dollar|rugo|lepedo|kap|keres|fizet|kolt|jon|megy|marad|"
    r"osszesen|korul|felett|folott|alatt)\w*\b)(?=[a-z]{3,})"
)
_ONE_OCCASION_WORDS_HU = ("eloadason", "koncerten", "szinten", "folyoson", "este", "muszakban",
                          "lagzin", "lakodalmon", "meccsen", "turnusban", "ejszaka")  # fmt: skip
#: A year and a month a bank's note names for a payment, beside its label, not money:
#: "NYUGDÍJ 2025.03 +201 400 Ft", "Jóváírás 2023.09. BÉR 310 000" (the month paid for; read
#: as a figure, "2025.03" would be summed in with the amount, or taken for one with fillér);
#: not one said with its currency ("a bérem 2024.10 Ft").
_A_YEAR_AND_MONTH_OF_A_NOTE_HU = regex(
    r"\b(?:munkaber|ber|nyugdij|joviras|utalas|kozlemeny|fizetes|osztondij|potlek)\w*:? "
    r"(?:19|20)[0-9]{2}\.(?:0[1-9]|1[0-2])\.?(?![0-9,]| ?(?:ft|huf|forint|eur|e\b|ezer))|"
    r"(?<![0-9.,])(?:19|20)[0-9]{2}\.(?:0[1-9]|1[0-2])\.? "
    r"(?=(?:munkaber|ber|nyugdij|joviras|utalas|kozlemeny|fizetes|osztondij|potlek)\w*\b)"
)
_A_NOTES_LABEL_WORDS_HU = ("ber", "nyugdij", "joviras", "utalas", "kozlemeny", "fizetes",
                           "osztondij", "potlek")  # fmt: skip
#: Buildings, sites or places of one's work counted in Hungarian, not money: "2 épület",
#: "3 helyre viszem a kaptárakat", "4 telephelyen dolgozunk", "a 12 társasházból, amit
#: takarítok" (counts beside the month's money); and the papers one has to show for it: "van 3
#: bérpapírom", "2 igazolást tudok küldeni".
_PLACES_OF_WORK_COUNTED_HU = regex(
    r"(?<![0-9.,])[0-9]{1,2} (?=(?:epulet|helyre|helyen|helyszin|telephely|tarsashaz|"
    r"lepcsohaz|berpapir|berjegyzek|bizonylat|igazolas|kivonat)\w*\b)"
)
_PLACES_OF_WORK_WORDS_HU = ("epulet", "hely", "haz", "berpapir", "berjegyzek", "bizonylat",
                            "igazolas", "kivonat")  # fmt: skip
#: More things counted in Hungarian, not money: a piano's keys ("88 billentyű"), a district's
#: villages, people and babies ("3 falu, 1200 lakos, 46 kisbaba"), a carriage's seats ("64 hely
#: van"), call-outs and shifts ("14 riasztás", "havonta 13-14 szolgálat", "12 órás"); a floor
#: area ("54 nm-en", "60 m2-es"); a bus line with its letter ridden ("a 173E-vel járok be", not
#: "173E", 173 ezer); the emergency number ("a 112 nem áll le").
_THINGS_COUNTED_MORE_HU = regex(
    r"(?<![0-9.,])[0-9]{1,4}(?:-[0-9]{1,4})? (?=(?:billentyu|falu|falva|lakos|kisbaba|"
    r"szolgalat|ugyelet|hely van|ules van)\w*\b)|"
    # (the call-outs' "volt" blanked with them: a count of a day past, no figure of the past)
    r"(?<![0-9.,])[0-9]{1,3} riasztas\w*(?: volt)?\b|"
    r"(?<![0-9.,])[0-9]{1,2} (?=oras (?:szolgalat|muszak|ugyelet)\w*)|"
    r"(?<![0-9.,])[0-9]{2,3} ?(?:nm|m2)(?:-?[a-z]+)?\b|"
    r"(?<![0-9.,])[0-9]{1,3}e-(?:vel|n|re|ig)\b(?= (?:jar|megy|utaz|jov|jon)\w*)|"
    r"\ba 112(?=-?(?:t|re|n|nel|es)? (?:nem all|hiv|cseng|ugyelet)\w*)|"
    # a decade of one's life: "a harmincas éveim közepén", "a 40-es éveiben jár"
    r"\b(?:husz|harminc|negyven|otven|hatvan|hetven|nyolcvan)[ae]s "
    r"(?=eve(?:i|im|ink|iben|imben)\b)|"
    r"(?<![0-9.,])[2-8]0-?[ae]s (?=eve(?:i|im|ink|iben|imben)\b)"
)
_THINGS_COUNTED_MORE_WORDS_HU = ("billentyu", "falu", "falva", "lakos", "kisbaba", "riasztas",
                                 "szolgalat", "ugyelet", "hely van", "ules van", "oras", "nm",
                                 "m2", "e-", "112", "s eve")  # fmt: skip
#: Numbers of places and scores named in Hungarian, not money: a flat's floor and door ("II/5 a
#: lakás"), its number in the block ("a 32-esben lakunk") and the flats on a floor ("4 lakás van
#: egy szinten"), a road ridden ("a 8-as főúton", "a 7-es úton járok"), a chess rating ("2150-es
#: Élő-pontszám", "Élő-pontszám 2150"), eggs on a shopping list ("10 tojás").
_PLACES_AND_SCORES_NAMED_HU = regex(
    r"\b[iv]{1,3}/[0-9]{1,3}\b|"
    r"\ba [0-9]{1,3}-?[aeo]s(?=(?:ben|be|bol) (?:lak|vagy|el)\w*)|"
    r"(?<![0-9.,])[0-9]{1,2} (?=lakas van\b)|"
    r"\ba [0-9]{1,3}-?[aeo]s (?=(?:fo)?ut(?:on|ra|at|rol|ig|nal)?\b|autopalya\w*|autout\w*)|"
    r"(?<![0-9.,])[0-9]{3,4}-?[aeo]s (?=elo-?pont\w*)|"
    r"\belo-?pontszam\w* (?:[0-9]{3,4})\b|"
    r"(?<![0-9.,])[0-9]{1,2} (?=tojas\w*)"
)
_PLACES_AND_SCORES_NAMED_WORDS_HU = ("/", "lak", "ut", "elo", "tojas")
#: Measures of one's work, not money: a crane's jib and load ("60 méteres a gém, 8 tonnát emel",
#: "8 tonnás daru"), a ring's weight ("3,2 grammos gyűrű"), gold's carats and fineness ("14
#: karátos 585-ös aranyból"), a blood test's value ("a HbA1c 7,2 lett").
_MEASURES_OF_ONES_WORK_HU = regex(
    r"(?<![0-9.,])[0-9]+(?:,[0-9]+)? ?(?:meteres|tonnat|tonnas|tonnas|grammos|karatos)\b|"
    r"(?<![0-9.,])[0-9]{3}-?[aeo]s (?=arany\w*)|"
    r"\bhba1c\w*(?: (?:erteke|szint\w*))?(?: (?:most|mar))? [0-9]+(?:,[0-9]+)?|\bhba1c\w*"
)
#: A blood pressure read, and shelves or halls named by a number, not money: "140/90 a
#: vérnyomásom", "a vérnyomásom 150/95", "a 800-as polcoknál", "a 12-es teremben".
_A_BLOOD_PRESSURE_OR_A_SHELF_HU = regex(
    r"(?<![0-9.,/])[0-9]{2,3}/[0-9]{2,3}(?![0-9/])(?= (?:a |az )?(?:\w+ )?vernyomas\w*)|"
    r"\bvernyomas\w*(?: (?:most|mar|meg|is))? [0-9]{2,3}/[0-9]{2,3}(?![0-9/])|"
    r"\ba [0-9]{1,4}-?[aeo]s (?=polc\w*|terem\w*)"
)
#: A tram or bus line driven or taken, named only by its number, and a floor and a door of an
#: address, not money: "villamosvezető vagyok a 47-esen", "a bérlet a 4-6-oson is jó", "Kossuth
#: u. 14, 2. em 6.", "3. emelet 12".
_A_LINE_OR_A_FLOOR_AND_DOOR_HU = regex(
    r"\ba [0-9]{1,3}(?:-[0-9]{1,3})?-?(?:esen|ason|oson|osen)\b|"
    r"(?<![0-9.,])[0-9]{1,2}\. ?em(?:elet)?\b\.?,?(?: ?[0-9]{1,3}\b\.?(?: ?ajto)?)?"
)
#: A floor said as an ordinal, flats or storeys of a block counted, seconds of a time, a month
#: named in a transfer's note, a student loan named by its number and the months of instalments
#: counted, in Hungarian, not money: "a 4.-en lakunk", "egy 60 lakásos házban", "38 perc 12
#: másodperc", "Közlemény: BÉR 2024/11", "diákhitel 2, havi 14 200", "24 havi részletben"; a
#: birth year by its last two digits ("57-es születésű").
_FLOORS_SECONDS_NOTES_AND_LOANS_NAMED_HU = regex(
    r"\ba [0-9]{1,2}\.-?(?:en|on|ben|ban|rol|re|ra|ig)\b|"
    r"(?<![0-9.,])[0-9]{1,4} (?=(?:lakasos|szintes)\b)|"
    r"(?<![0-9.,])[0-9]{1,3} ?masodperc\w*|"
    r"(?<![0-9.,/])20[0-3][0-9] ?/ ?(?:0?[1-9]|1[0-2])(?![0-9/.,])|"
    r"\bdiakhitel ?[12]\b|"
    r"(?<![0-9.,])[0-9]{1,3} (?=havi (?:reszlet|torleszto)\w*)|"
    r"(?<![0-9.,])[0-9]{2}-?[aeo]s (?=szuletes\w*)"
)
_FLOORS_SECONDS_NOTES_AND_LOANS_NAMED_WORDS_HU = (".-", "lakasos", "szintes", "masodperc", "/",
                                                  "diakhitel", "havi", "szuletes")  # fmt: skip
#: A land measured and a map's scale, not money: "ma 2 hektárt mértünk fel", "1:1000-es
#: térképre", "1 : 500-as rajz".
_LAND_AND_A_MAPS_SCALE_HU = regex(
    r"(?<![0-9.,])[0-9]+(?:,[0-9]+)? ?hektar\w*|"
    # (its "1:" may be blanked already as a time of day)
    r"(?<![0-9.,:])(?:1 ?)?: ?[0-9]{2,6}(?:-?[aeo]s)?(?![0-9])"
    r"(?= (?:\w+ )?(?:terkep|rajz|makett|meretar)\w*)"
)
#: The hours a day of a job, not money, its "napi" with it (else the pay beside it is read as a
#: day's): "napi 4 órában a múzeumban 118", "napi 6 órás állás, 160".
_HOURS_A_DAY_WORKED_HU = regex(r"\bnapi [0-9]{1,2}(?= or(?:aban|as|asban|at)\b)")
#: The figure's first digit said before the figure, not money: "a fizetésem 2-vel kezdődik...
#: 287", "3-mal kezdődik, 312 pontosan" (said alone, "4-essel kezdődik", it is asked again).
_A_FIRST_DIGIT_SAID_HU = regex(
    r"(?<![0-9.,])[0-9]-?(?:vel|val|mal|mel|tel|tal|gyel|essel|assal|ossal) "
    r"(?=kezd(?:od|ot)\w*[^0-9]{0,25}[0-9])"
)
#: A phone number's network prefix named in Hungarian, not money: "a 06 70-es számra", "a
#: 06-30-as számom", "a 20-as számra írjanak" (not "a 30-as számla", a bill of 30).
_A_PHONE_PREFIX_HU = regex(
    r"(?<![0-9.,])06[ /-]?(?:20|30|31|50|70)(?:-?[ae]s\w*)?(?![0-9]| ?[0-9])|"
    r"(?<![0-9.,])(?:20|30|31|50|70)-?[ae]s (?=(?:telefon|mobil)?szam(?!la)\w*)"
)
#: A shift rota of days, nights and days off in Hungarian, not money: "2 nappal 2 éjszaka 4
#: szabad", "2 nappal, 2 éjjel, 4 pihenő".
_A_ROTA_OF_DAYS_AND_NIGHTS_HU = regex(
    r"(?<![0-9.,])[1-7] nappal,? (?:es )?[1-7] (?:ejszaka|ejjel)\w*,? (?:(?:es|meg|aztan) )?"
    r"[1-7] (?:szabad|pihen)\w*"
)
#: A day of the month something runs from: "októberben, 1-jétől", "15-étől", "a 20-ától" (a
#: date, no amount; not "200-tól", a figure's bound).
_A_DAY_FROM_HU = regex(r"(?<![0-9.,])(?:[1-9]|[12][0-9]|3[01])-(?:jetol|etol|atol)\b")
#: A day of the month the money lasts to, in Hungarian: "minden hónapban 20-ára elfogy", "a hónap
#: 25-éig kitart", "15-ére már nincs semmi". A date, no amount.
_A_DAY_IT_LASTS_TO_HU = regex(
    r"\bhonap(?:ban|nak)? (?:\w+ ){0,2}?(?:[1-9]|[12][0-9]|3[01])-?(?:aig|eig|ara|ere)\b|"
    r"(?<![0-9.,])(?:[1-9]|[12][0-9]|3[01])-(?:aig|eig|ara|ere)"
    r"(?= (?:mar |meg |pedig |mindig )?(?:el|ki)?(?:fogy|megy el|tart|nincs|ures|elfogy)\w*)"
)
#: A town named by a number in Hungarian, not money: "Hatvanban lakunk" (we live in Hatvan, a
#: town whose name is "sixty"), "a hatvani albérlet", "Hatvanba járok be". Only before a word of
#: living, working or going there, or as the town's adjective: "hatvanba kerül" (it costs 60)
#: and "hatvanból élek" (I live on 60) are money.
_A_TOWN_NAMED_BY_A_NUMBER_HU = regex(
    r"\bhatvan(?:ban|ba|bol|rol|hoz|tol)\b(?=,? (?:\w+ )?(?:lak(?:om|unk|tam|tunk|ik|nak|ok)|"
    r"el(?:ek|unk|nek|tem|tunk)|dolgoz\w*|jar(?:ok|unk|nak|tam|ok be|unk be)|ingaz\w*|"
    r"vagyok|vagyunk|koltoz\w*|bere\w*|alberlet\w*|albi\w*)\b)|"
    r"\bhatvani\b(?! ?[0-9])"
)
#: A number that names a thing in Hungarian, with no noun after it for the place patterns: a
#: tram or bus line ridden ("a 2-esen járok", "a 47-esen dolgozom"), a shoe size ("42-es lába
#: van", "a 38-as cipő"), a year with a season or its part ("2026 őszéig", "2025 végéig") and
#: a year said to be one ("a 2025 az év"). None is money.
_NAMED_BY_A_NUMBER_MORE_HU = regex(
    r"(?<![0-9.,])[0-9]{1,2}(?:-[0-9]{1,2})?-?[aeoö]?s(?:on|en|ön)"
    r"(?= (?:jar\w*|dolgoz\w*|utaz\w*|megyek|vezetek|szolgalok)\b)|"
    r"(?<![0-9.,])[34][0-9](?:[.,]5)?-?[aeo]?s (?=(?:a )?(?:lab|cipo|meret|labmeret)\w*)|"
    r"(?<![0-9.,])(?:19[5-9][0-9]|20[0-4][0-9])\.? (?=(?:tavasz\w*|nyar\w*|osz(?:en|ig|eig|ere|e)|"
    r"tel(?:en|ig|eig|ere|e)|elej\w*|veg(?:eig|en|ere|e|ig)|kozep\w*)\b)|"
    r"(?<![0-9.,])(?:19[5-9][0-9]|20[0-4][0-9])(?= (?:az|volt az|lesz az) ev\b)"
)
#: A count or a measure said in Hungarian, not money: a village's people ("egy 300 lelkes
#: faluban"), a room's heat ("22 fokra fűtünk").
_PEOPLE_OR_DEGREES_HU = regex(
    r"(?<![0-9.,])[0-9]{1,5} (?=(?:lelkes|fos|lakosu) (?:falu|telepules|kozseg|varos)\w*)|"
    r"(?<![0-9.,])[0-9]{1,2} ?(?:fok(?:ra|on|os|ot)?|°c?)(?![\w])"
)
#: A thing named by its number in Hungarian, not money: a Budapest district ("a 2. kerületi
#: albérlet", "a 13. kerben"), a contract or plan by its number ("a 2-es számú szerződés", "a
#: 3-as opció") and "az 1-es" said back of it ("az 1-es már lejárt").
_THINGS_NUMBERED_HU = regex(
    r"(?<![0-9.,])[0-9]{1,2}\. ?ker(?:ulet\w*|ben|\.)|"
    # a ferry, a road, a bus by its number: "a 2-es kompon", "a 11-es úton", "a 7-es busszal";
    # a year named in a street or an event: "az 1956-os forradalom utcában", "2010-ben"
    r"(?<![0-9.,])[0-9]{1,3}-?[aeo]?s(?:(?: es| meg| vagy|,) (?:az? )?[0-9]{1,3}-?[aeo]?s)* "
    r"(?:komp|bus|villamos|troli|hajo|ut\b|uton|utra|utca|"
    r"vonal|metro|kapu|peron|vagany|jarat|muszak|szoba|ajto|lepcsohaz|csatorna|hazban|"
    r"szamu)\w*|"
    r"(?<![0-9.,])(?:1[89][0-9]{2}|20[0-4][0-9])-?(?:[aeo]s|ban|ben|ig|tol|ota|re|ra)\b|"
    # a school year, a part paid, a 13th or 14th month's pay, the 6 o'clock messages
    r"(?<![0-9.,])[0-9]{1,3}\. ?(?:evfolyam|osztaly|resz|reszlet|helyezes)\w*|"
    # the part paid of a term, as "paid of all": "8/24. részlet", "a 3/12 résznél tartok"
    r"(?<![0-9.,])[0-9]{1,3}/[0-9]{1,3}\.? ?(?:resz|reszlet)\w*|"
    # (not "benne van a 13. havi": this month's pay has it in, read by the amounts)
    # (and its endings: "a 13. havimat is odaadtam", "ha a 13. havit is elosztom")
    r"(?<![0-9.,])(?<!benne van a )1[34]\. ?(?=havi(?:\b|[a-z]{1,4}\b))|"
    r"(?<![0-9.,])[0-9]{1,2}-?[aeoö]?s (?:sms|uzenet|emlekezteto|ertesites)\w*|"
    r"(?<![0-9.,])[0-9]{1,2}-?[aeo]?s(?: szamu| (?:opcio|terv|csomag|lehetoseg|valtozat)\w*)|"
    r"\baz? [1-9]-?[aeo]s\b(?= (?:mar|pedig|meg nem)\b)"
)
#: A reference or case number said a few words after its name: "az ügyszám a levelükön 55321".
_REFERENCE_FURTHER_ON = regex(
    r"\b(?:ref(?:erence)?|case|claim|customer|policy|order|contract|\w*(?:ugy|iktato|ugyfel)"
    r"szam\w{0,3})(?: (?:no\.?|number|num|id))?"
    r"(?: (?:on|in|from|the|your|my|a|az|is|was|van|letter|email|statement|level\w*|"
    r"email\w*)){1,3} ?:? ?"
    r"(?:[a-z]{1,3}-?)?(?=(?:[0-9][ /-]?){5})[0-9](?:[ /-]?[0-9])+(?![0-9])"
)

#: A number that names something, not money: a shopping festival ("双十一囤的", "双11", "618买的"),
#: a bus route ("58路"), a flat's floor area ("60平的房子", "80平米") or a lender named with
#: digits ("360借条"), a tithe ("十一奉献").
_NAMED_BY_A_NUMBER = re.compile(
    r"双(?:十一|十二|11|12)|(?<![0-9.,])618(?=买|的|活动|大促|期间|那|囤|抢|时候|分期)|"
    r"(?<![0-9.,])[0-9]{1,3}(?:路(?:公交|车|汽车)?|平(?:米|方米?)?(?=的|房|两室|一室|三室|,|\uff0c))|"
    r"(?<![0-9.])360(?=借条|借款|金融)|"
    # a tithe: "给教会的十一奉献", "什一奉献"
    r"[十什]一(?=奉献|捐)|"
    # the "v me 50" joke of crazy Thursdays: "疯狂星期四v我50", "都v不起50了"
    r"(?<![a-z0-9])v ?(?:我|不起|你|他|她)(?:个)?[0-9]{1,3}(?![0-9])"
)
#: A number that says who the cardholder is or how they work, not money: a generation ("95后宝妈",
#: "我是00后"), a university's tier ("985硕士", "211毕业"), a working week ("996的班", "上6休1",
#: "做五休二"), a city's tier ("18线小城", "三线城市"). Summed in, "95后" would be the income.
_WHO_ONE_IS_BY_A_NUMBER_ZH = re.compile(
    r"(?:^|(?<=[ ,;:\uff0c是我个的]))[0-9]{2}后(?=[\u4e00-\u9fff ,;:\uff0c])(?![面来])|"
    r"(?<![0-9.,])(?:985|211)(?=[ ,\uff0c]?(?:毕业|硕士|博士|本科|研究生|大学|院校|高校|学校|"
    r"学历|出身|没考上))|"
    r"(?<![0-9.,])(?:996|955|007)(?=的?(?:上班|工作|工作制|班|福报|公司|作息))|"
    r"[上做干](?:[1-7]|[一二三四五六七])休(?:[1-7]|[一二三四五六七])|"
    r"(?<![0-9.,])(?:1[0-9]|[2-9])线(?=小?城|县城|城市|小县城)"
)


#: An account's name or number on a chat app, not money: "我微信号是wang1986", "qq:12345678",
#: "抖音号 li_88" (a name begins with a letter). Summed in, the 1986 of "wang1986" would be
#: added to the pay.
_AN_ACCOUNT_HANDLE_ZH = re.compile(
    r"(?:微信号?|(?<![a-z])(?:vx|wx|id|qq)号?|抖音号?|快手号?|账号|用户名)(?:是|为|:|\uff1a| ){0,3}"
    r"[a-z][a-z_.-]*[0-9][a-z0-9_.-]*(?![0-9])|"
    # a QQ number is digits only: "qq:12345678" (not "微信 12000", money come in by WeChat)
    r"(?<![a-z])qq号?(?:是|为|:|\uff1a| ){0,3}[0-9]{5,12}(?![0-9])"
)


#: A measure of the body, not money: a blood pressure ("高压一百六", "血压150/95"), a blood sugar,
#: a weight or a height ("体重一百四十斤"), a temperature ("发烧三十九度"). Summed in, "高压一百
#: 六" would add 160 to the pay.
_A_BODY_MEASURE_ZH = re.compile(
    r"(?:高压|低压|血压|血糖|心率|心跳|体重|身高|体温|发烧(?:到)?)(?:是|有|到|都|才|了|:| ){0,3}"
    r"(?:[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十百点]+)"
    r"(?: ?/ ?[0-9]+)?(?:斤|公斤|厘米|cm|度|mmol)?"
)


#: A weight in jin or a height in metres said without the word for it, not money: "一米八的
#: 个子一百八十斤", "我一百三十斤", "1米75" (a price by the jin has its figure after: "一斤七块").
#: Summed in, "一百八十斤" would add 180 to the pay.
_A_WEIGHT_OR_HEIGHT_ZH = re.compile(
    r"(?<![0-9.,])(?:[0-9]{2,3}|[一二两三四五六七八九十百]{2,5})(?:公)?斤"
    r"(?!(?:[0-9一二两三四五六七八九十]|块|元|钱|多少))|"
    r"(?<![0-9.,一二两三四五六七八九十])(?:1|一)米(?:[0-9]{1,2}|[五六七八九]{1,2})(?![0-9])"
)


#: A paper's weight in grams or a railway's kilometre post, not money: "80克铜版纸", "管K128到
#: K148那段". Summed in, "80克" would add 80 to the pay. (A size in metres, "四十米高", is
#: :data:`_A_SIZE_IN_METRES_SAID_FIRST_ZH`.)
_A_SIZE_OR_A_KILOMETRE_POST_ZH = re.compile(
    r"(?<![0-9.,])(?:[0-9]{1,4}|[一二两三四五六七八九十百]{1,5})克(?=[\u4e00-\u9fff]{0,3}纸|的纸|重)|"
    r"(?<![a-z0-9])k[0-9]{2,4}(?![0-9.,])(?= ?(?:到|至|-|~|那|段|附近|处|公里))|"
    r"(?<=[到至-])k[0-9]{2,4}(?![0-9.,])"
)


#: A height, a depth or a length in metres named before the figure, no money: "塔高二十四米",
#: "水位一百二十七米", "海拔三千二百米", "最长的一千二百米". Summed in, 24 would be added to the
#: pay. (A bare "两千八百米" is slang for yuan: read; "四十米高", the word after, is
#: :data:`_A_SIZE_IN_METRES_SAID_FIRST_ZH`.)
_A_HEIGHT_OR_A_LENGTH_NAMED_ZH = re.compile(
    r"(?:[高深长宽]|水位|海拔|高度|深度|长度|最长的|最高的|最深的)(?:是|有|达|约|大概)?"
    r"(?:[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十百千零]+)(?:多|来)?米(?![0-9一二两三四五六七八九])"
)


#: A height, a depth or a length in metres with its word after, no money: "二十八米高的塔吊",
#: "井下三百多米深", "一百米长的管道". Summed in, 28 would be added to the pay (see
#: :func:`without_identifiers`, where it is looked for only with "米高", "米深", "米长", "米宽").
_A_SIZE_IN_METRES_SAID_FIRST_ZH = re.compile(
    r"(?<![0-9.])(?:[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十百千零]+)(?:多|来)?米(?=[高深长宽])"
)


#: A train, a flight or a bus line named by letters and a number, not money: "在G1234那趟高铁上
#: 做保洁", "跑K128次列车", "CA1501航班的地勤". Summed in, 1234 would be added to the pay.
_A_TRAIN_OR_FLIGHT_NUMBER_ZH = re.compile(
    r"(?<![a-z0-9])[a-z]{1,2}[0-9]{2,5}(?![0-9.,])"
    r"(?= ?(?:那?趟|次|号?(?:航班|班次|列车|高铁|动车|火车|车|线|路|公交)|上))"
)


#: A price for one measure, not money spent in a month: "鸡蛋7块一斤", "油价涨到8块1一升",
#: "电费一块五一度", "猪肉十五块钱一公斤", blanked with the words of its clause before it (the
#: goods and "涨到", "现在"). Summed in it would add a few yuan to the answer.
_PRICE_OF_ONE_MEASURE_ZH = re.compile(
    r"[\u4e00-\u9fff]{0,8}?"
    r"(?:[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十]{1,3})(?:块|塊|元|毛)钱?"
    r"(?:[0-9一二两三四五六七八九](?:毛|角)?)?钱?(?:一|每|1)"
    r"(?:斤|升|度|公斤|千克|公升|吨|方|立方)"
)


#: A share of something, not money: "a fizum 2/3-a", "1/3 of my wage".
_A_FRACTION = re.compile(
    r"(?<![0-9./])[1-9] ?/ ?(?:[2-9]|1[0-2])(?:-?(?:a|e|ad|ed|at|et|aval|evel|anyi|enyi)\b| of\b)"
)


#: Figures beside a wage or a bill that measure or tally something else: a tax year ("the 24/25
#: tax year", "tax year 2024/25"), the tax-free allowance ("under the 12,570 allowance"), a
#: payslip's period ("period 06"), a score ("2-1 down"), payments made of a term ("24 of 48
#: paid"), sizes and weights ("size 13 and size 2", "lost 2 stone", "6 kg"), a price a litre or
#: a unit of energy ("1.45 a litre", "280 kwh").
_MEASURES_AND_TALLIES = regex(
    r"(?<![0-9.,/])(?:20)?[0-9]{2}[/-](?:20)?[0-9]{2} (?=(?:tax )?year\b)|"
    r"\btax year (?:20)?[0-9]{2}[/-](?:20)?[0-9]{2}(?![0-9])|"
    r"\b(?:under|below|over|above|within|on) (?:the |my )?£?[0-9]{1,3},?[0-9]{3}"
    r"(?: (?:personal|tax[- ]free|tax))? (?:allowance|threshold)\b|"
    r"\b(?:pay ?)?period (?:no\.? )?[0-9]{1,2}\b(?![.,][0-9])|"
    r"(?<![0-9.,£$€])[0-9]{1,2} ?- ?[0-9]{1,2}(?= (?:down|up|win|loss|draw|at half time)\b)|"
    r"(?<![0-9.,£$€])[0-9]{1,3} (?:of|out of) [0-9]{1,3}(?= (?:paid|done|made|gone|left)\b)|"
    r"\bsizes? [0-9]{1,2}(?:\.5)?(?:(?: ?, ?| and | & | or )(?:size )?[0-9]{1,2}(?:\.5)?)*\b|"
    # (with the period the measure was taken over: "used 280 kwh last month", no month's money)
    r"(?<![0-9.,£$€])(?:[0-9]+ ?- ?)?[0-9]+(?:\.[0-9]+)? ?(?:stone|lbs?|kgs?|kilos?|kwh)\b"
    r"(?: (?:last|this|a|per|each) (?:month|week|quarter|year)\b)?|"
    r"(?<![0-9,])(?:£ ?)?[0-9]{1,2}(?:\.[0-9]{1,2})? (?:a|per|/) ?(?:litre|liter|gallon)\b|"
    # a car's age by its number plate ("a 59 plate fiesta", "19 reg"), a school year ("the
    # youngest is in year 7"), a time served ("been there 19 year")
    r"(?<![0-9.,£$€])[0-9]{2} (?:plate|reg)\b|"
    r"\b(?:in|into|starts?|starting|started) year (?:[1-9]|1[0-3])\b(?![.,][0-9])|"
    r"\bbeen (?:there|here|with (?:them|him|her)) (?:for )?[0-9]{1,2} (?:years?|yrs?)\b"
)

#: Figures in short phone-typed English that count or name something, not money: a digit typed
#: into a word ("rent 2 my m8 400", "loan1 = 90"), a child's age ("3yo nursery 480"), a mobile
#: network ("4g dongle 15"), a number of bedrooms or children ("2 x kids"), the hours of a lunch
#: break ("on my lunch 12-1"), a day and month ("since 01.03"), how many digits ("4 digits") and
#: the budget a sum was spent out of ("spent 1,090 of 1,200").
_COUNTED_OR_NAMED_IN_TEXTSPEAK = regex(
    # (each begins with its digit, the characters before it looked at behind: a message is then
    # scanned for digits only)
    r"[0-9](?<=[a-z][0-9])(?<![0-9][a-z][0-9])(?<!\bkb[0-9])(?<!\bca[0-9])(?<!\bft[0-9])"
    r"(?<!\bx[0-9])(?= ?=| [0-9])|"
    r"[0-9](?<![0-9.,£$€][0-9])[0-9]? ?(?:yo|y/o|yr old|yrs old)\b|"
    r"[2-5](?<![0-9.,£$€][2-5])g(?= (?:dongle|router|sim|data|wifi|internet|broadband|hotspot|"
    r"mifi|contract|plan)\b)|"
    r"[1-9](?<![0-9.,£$€][1-9]) ?x (?=(?:kids?|children|dogs?|cats?|adults?|teens?|bed\w*)\b)|"
    r"[1-9](?<![0-9.,£$€][1-9]) ?(?:bed|bedroom|br)\b(?= (?:flat|house|place|apartment|home)\b)|"
    r"\b(?:lunch|break|lunchtime)(?: break)? (?:is )?(?:[1-9]|1[0-2]) ?- ?(?:[1-9]|1[0-2])"
    r"(?![0-9.,])|"
    r"\b(?:since|from|on|until|till|by|after|before) (?:0?[1-9]|[12][0-9]|3[01])[./]"
    r"(?:0[1-9]|1[0-2])(?![0-9.,])|"
    r"[1-9](?<![0-9.,£$€][1-9]) (?:digits?|figures?)\b|"
    r"'(?<![0-9a-z.,]')[0-9]{2}\b(?![.,][0-9])|"  # a year: "car 219pm til '27"
    r" (?<=[0-9] )(?:of|out of) (?:my |the |a |our )?(?:[$€£] ?)?[0-9][0-9,]*(?:\.[0-9]{1,2})?"
    r"(?: ?(?:k|quid|pounds?))?(?= (?:budget|limit|allowance)\b| ?$| ?[,.;!?)])"
)


#: Figures a job or a workplace is told by in English, no money: a place numbered at work ("on
#: the route 42 and 86 fleet", "gallery 14", "lock 9 to lock 14", "gate 22", "ward 7"), a count
#: before the thing it sizes ("a 27 hole course", "a 40 bed care home", "a 12 storey block"), a
#: length or a height ("40 metres up", "6 miles each way"), a decade of years ("a 1790s
#: longcase", "a 1930s semi") and working hours before the weekdays ("9 to 5 tues to sat").
_PLACES_SIZES_AND_HOURS_EN = regex(
    # (not an item of a list after a figure: "jd williams 38, studio 22" is a catalogue's bill)
    r"\b(?<![0-9], )(?:route|gallery|lock|gate|ward|aisle|bay|pier|berth|hangar|junction|"
    r"checkout|dock|stand|hall|studio|screen|theatre) [0-9]{1,3}(?:(?:,? ?(?:and|to|&|-|or) ?|, ?)"
    r"(?:(?:route|gallery|lock|gate|ward|aisle|bay|pier|berth|hangar|junction|checkout|dock|"
    r"stand|hall|studio|screen|theatre) )?[0-9]{1,3})*(?![0-9]|[.,][0-9])"
    r"(?! ?(?:k|grand|quid|pounds?|p|a month|per month|pm|monthly|a week|pw)\b)|"
    r"\b(?:a|an|the|my|our|on a|in a) [0-9]{1,3}[- ](?:hole|storey|story|floor|bed|seat(?:er)?|"
    r"hour|acre|room|man|berth|mile|ton|tonne|metre|meter|foot|ft|pitch|lane|bay|screen)"
    r"(?= [a-z])|"
    r"(?<![0-9.,£$€])[0-9]{1,4} ?(?:metres|meters|metre|meter|feet|foot|miles?|km|kilometres?|"
    r"yards?)\b|"
    r"(?<![0-9.,£$€])(?:1[0-9][0-9]|20[0-4])0'?s\b(?= [a-z])(?<!in the [0-9]{3}0s)"
    r"(?<!in the [0-9]{3}0's)|"
    r"(?<![0-9.,£$€])(?:[1-9]|1[0-2]) ?(?:-|to|till|til) ?(?:[1-9]|1[0-2])(?![0-9]|[.,][0-9])"
    r"(?= (?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\w*\b)"
)


#: Figures a job is told by in English, no money, more: a hymn, a psalm or a courtroom by its
#: number ("hymn 148 this sunday", "court 3 today"), a wheel's size ("700c wheels", "26 inch
#: tyres") and the clock time a shift starts ("a 9.30 start", "7:45 finish").
_HYMNS_COURTS_WHEELS_AND_STARTS_EN = regex(
    r"\b(?:hymn|psalm|court|courtroom|platform) [0-9]{1,3}(?![0-9]|[.,][0-9])(?= [a-z])"
    r"(?! (?:k|grand|quid|pounds?|p|a|per|pm|monthly|pw)\b)|"
    r"(?<![0-9.,£$€])[0-9]{2,3}(?:c| ?inch| ?in| ?\")(?= (?:wheels?|rims?|tyres?|tires?)\b)|"
    r"(?<![0-9.,£$€])(?:[0-9]|1[0-9]|2[0-3])[.:][0-5][0-9] (?=(?:start|finish)\b)"
)


#: A reference of letters and digits cut by slashes, in English, no money: "your ref CC/1450/B",
#: "quote AB/2231 when you call". Read as an amount it would be summed in with the month's.
_SLASHED_REFERENCE_EN = regex(
    # (not "w/50", with 50, nor a period before a slash: "pm/", "pw/")
    r"\b(?<![£$€])(?!(?:pm|pw|pa|ph|per|hr|wk|yr|mo)/)[a-z]{2,4}/[0-9]{2,8}(?:/[a-z0-9]{1,4})?\b"
    r"(?![.,][0-9])(?!/)"
)


#: Figures of a seat, a building, a share of times, a height or a size, or a code of a letter and
#: digits, in English, no money: "row F seat 22", "building 3 and building 9", "1 in 4 of my
#: customers", "on call 1 weekend in 3", "hes 5 foot 11", "a slab 4 foot by 3", "tuned to
#: A440", "the m62". Read as amounts they would be summed in with the month's figures.
_SEATS_SHARES_HEIGHTS_AND_CODES_EN = regex(
    r"\b(?:seat|row|building|block) [0-9]{1,3}(?:(?:,? ?(?:and|&|-|or) ?|, ?)"
    r"(?:(?:seat|row|building|block) )?[0-9]{1,3})*(?![0-9]|[.,][0-9])"
    r"(?! ?(?:k|grand|quid|pounds?|p|a month|per month|pm|monthly|a week|pw)\b)|"
    # an hour of the day, no money: "up at 3 every morning", "saturday was 6 til midnight"
    r"\b(?:up|out|start|starts|started) at [0-9]{1,2}(?:[.:][0-9]{2})?(?= (?:every|each|most|in)"
    r" (?:morning|day|night)\b)|"
    r"(?<![0-9.,£$€])\b[0-9]{1,2}(?:[.:][0-9]{2})? (?:til|till|until|to) (?:midnight|midday|noon|"
    r"close|closing)\b|"
    # a credit score, no money: "experian score is 561", "my score of 420"
    r"\bscore (?:is |of |at |was |now )?(?:only |now |about |around )?[0-9]{3,4}\b"
    r"(?![.,][0-9])(?! ?(?:k|grand|quid|pounds?|a month|per month|pm|monthly)\b)|"
    # a room, a ward or a gate by its number, no money: "room 12 the egyptian bit", "ward 7"
    # (and a room of a hotel or an office by its floor and number: "room 101 is haunted", "room
    # 204", a figure no rent is)
    r"\b(?:room|ward|gate|platform|aisle) (?:[0-9]{1,2}|(?<=room )[1-9]0[1-9])(?![0-9]|[.,][0-9])"
    r"(?! ?(?:k|grand|quid|pounds?|p|a month|per month|pm|monthly|a week|pw|a night)\b)|"
    r"(?<![0-9.,£$€])\b(?:[1-3]|one|two|three|a) (?:(?:weekend|week|night|shift|day|sunday|"
    r"saturday|month|client|customer)s? )?in (?:[2-9]|1[0-2]|two|three|four|five|six|ten)\b"
    r"(?![.,][0-9])(?! ?(?:k|grand|quid|pounds?|a month|per month|pm|a week|pw)\b)|"
    r"(?<![0-9.,£$€])[0-9]{1,2} ?(?:foot|feet|ft|') ?(?:by |x )?(?:[0-9]|1[01])\b"
    r"(?:\"| ?(?:inch(?:es)?|in|foot|feet|ft)\b)?(?![.,][0-9])|"
    # (not a tyre's rim after its size: "205/55 R16")
    r"\b(?<![£$€])(?<![0-9] )(?![cekx])[a-z][0-9]{2,4}\b(?![.,][0-9])"
)


_NAMED_BY_A_NUMBER_MORE_WORDS_HU = ("sen ", "son ", "lab", "cipo", "meret", " ev", "tavasz",
                                    "nyar", "osz", "tel", "elej", "veg", "kozep")  # fmt: skip
#: A lender or a brand named by a number: "Loans 2 Go, 112 a month", "118 118 Money", "247
#: Moneybox", "Mr Lender", "Fund Ourselves" have none.
_A_LENDER_NAMED_BY_A_NUMBER = regex(
    r"\bloans? ?2 ?go\b|\b118 ?118(?: money)?\b|\b247 ?moneybox\b|\b1 ?plus ?1 loans?\b|"
    r"\bquid ?2 ?go\b|\bcash ?4 ?u\b"
)


_PLACE_WORDS_HU = ("korzet", "busz", "villamos", "troli", "metro", "vonal", "jarat", "szoba",
                   "emelet", "ajto", "kapu", "peron", "utca")  # fmt: skip
#: Patterns of :func:`without_identifiers` with the words one of which each needs: a cheap test
#: first keeps the whole message from being scanned for each.
#: A bingo caller's call, with the number it names said after it or not: "legs eleven", "two
#: little ducks 22", "two fat ladies" (no money, said from habit beside the month's figure).
_BINGO_CALLS_EN = regex(
    r"\b(?:legs eleven|(?:one|two) little ducks?|(?:one|two) fat lad(?:y|ies)|kelly'?s eye|"
    r"clickety[- ]click|unlucky for some|key of the door|top of the shop|dirty gertie|droopy "
    r"drawers|was she worth it|tickety[- ]boo|heinz varieties|danny la rue|man alive|staying alive)"
    r"\b(?:,? (?:[0-9]{1,2}|eleven|twenty[- ]?two|eighty[- ]?eight|thirteen|twenty[- ]?one|"
    r"ninety|forty[- ]?four|sixty[- ]?six|seventy[- ]?six|thirty|one|two|eight)\b(?![.,]?[0-9]))?"
)
#: A week of the month by its number before the week's figure, in English: "week 1 250, week 2
#: 260" (not "1 250", twelve hundred and fifty, grouped by its space; no money in the "1").
_A_WEEK_NUMBERED_EN = regex(
    r"\b(?<!a )(?<!per )(?<!each )(?<!every )(?<!last )(?<!next )(?<!this )(?:week|wk) [1-5]"
    r"(?=(?: ?[:=-] ?| )(?:[$€£] ?)?[0-9])(?! ?(?:k|grand)\b)"
)
#: The jobs done on a day of the week, in English, with the price of one said before or not, no
#: month's money: "i do 8 on a saturday", "a gel set is 35 and i do 8 on a saturday" (a day's
#: count and one job's price, the month's not worked out from them).
_JOBS_DONE_ON_A_DAY_EN = regex(
    r"(?:\ba [a-z]+(?: [a-z]+)? (?:is|costs) (?:[$€£] ?)?[0-9]{1,3}(?:\.[0-9]{2})?,? and )?"
    r"\b(?:i|we) (?:do|did) [0-9]{1,2} on (?:a |each |every |the )?(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day\b"
)
#: A height or a length in feet typed "ft" (no forint in English: "120 ft up in the cab", "a 40ft
#: drop") and a bet's odds ("saw a 500 to 1 come in", "at 33 to 1"), no money.
_FEET_TYPED_FT_AND_ODDS_EN = regex(
    r"(?<![0-9.,£$€])\b[0-9]{1,4} ?ft\b(?= (?:up|high|tall|long|deep|down|wide|drop|ladder|jib|"
    r"mast|boat|in the air)\b)|"
    r"\b(?:a|at) [0-9]{1,4} to 1\b(?![0-9.,])"
)
#: A grade or a point on a pay scale, a trench or a plot dug, a shoe's or a clothes' size, in
#: English, no money: "pay band 4, scale point 12", "grade 6 at the council", "plot 7 today",
#: "a size 10 boot" (read, each would be summed in with the month's figure; a figure after it
#: stays, "grade 3 pays 1,400"; not money said so, "size 12 quid").
_GRADES_PLOTS_AND_SIZES_EN = regex(
    r"\b(?:grade|band|(?:spine|scale|pay) point|trench|plot|size) [0-9]{1,2}(?![0-9]|[.,][0-9])"
    r"(?! ?(?:k|grand|quid|pounds?|p|a month|per month|pm|monthly|a week|pw|an hour|ph)\b)"
)
#: An emergency line by its number, the calls it takes counted or not, in English, no money:
#: "on the 999 calls all night", "taking 111 calls", "the 2222 crash line" (a hospital's).
_AN_EMERGENCY_LINE_EN = regex(
    r"(?<![0-9.,£$€])\b(?:999|111|112|911|2222)(?= (?:crash |emergency |arrest )?(?:calls?|line|"
    r"bleeps?|operator|dispatch\w*)\b)"
)
#: A rota of days, nights or weeks on and off, in English, no money: "4 on 4 off", "2 days on 2
#: off", "3 weeks on, 3 off" (offshore).
_A_ROTA_ON_AND_OFF_EN = regex(
    r"(?<![0-9.,£$€])\b[0-9]{1,2} (?:(?:days|nights|weeks|lates|earlies) )?on,? (?:and |then )?"
    r"[0-9]{1,2} (?:(?:days|nights|weeks) )?off\b"
)
#: A production line or a belt by its number, said first or after "on" or "at", in English, no
#: money: "line 3 packs 9 tonne a shift", "im on line 12 nights", "at belt 4" (not "phone line
#: 20", the bill of it).
_A_LINE_BY_ITS_NUMBER_EN = regex(
    r"(?:^|(?<=\bon )|(?<=\bat ))(?:line|belt) [0-9]{1,2}(?![0-9]|[.,][0-9])"
    r"(?! ?(?:k|grand|quid|pounds?|p|a month|per month|pm|monthly|a week|pw)\b)"
)
#: A count in brackets after what it counts, its total right after, as a banking app lists it,
#: in English: "Direct Debits (14)  £1,006.42", "Standing orders (3) 412.00" (the 14 is no money).
_A_COUNT_IN_BRACKETS_BEFORE_ITS_TOTAL_EN = regex(
    r"(?:(?<=[a-z]s)|(?<=[a-z]s ))\([0-9]{1,2}\)(?= *[$€£]? ?[0-9])"
)
#: Things of one's trade counted by the day, the night, the week or the run, in English, no
#: money: "we pick 3000 apples a day", "i sweep 12 chimneys a week", "6 drops a run" (one word
#: may stand before them, "400 xmas wreaths a week"; not money said so, "60 quid a week", "4
#: tenners a week" or "40 on takeaways a week", nor a time counted, "3 days a week", nor a count
#: with its price after it, "9 yoga classes a week at 20 each", whose figures may be multiplied,
#: nor the end of a range, "2 or 3 farms a week").
_THINGS_OF_THE_TRADE_A_DAY_EN = regex(
    r"(?<![0-9.,£$€])(?<!\bor )(?<!\bto )(?<!-)\b[0-9][0-9,]*"
    r"(?: (?!(?:on|for|in|at|of|to|per|each|a|the)\b)[a-z]+)? "
    r"(?!(?:quid|pounds|grand|euros|dollars|bucks|pence|tenners|fivers|ayrtons|notes|ponies|"
    r"monkeys|bills|days|nights|weeks|months|hours|hrs|mins|minutes|shifts|times|sessions|"
    r"lessons|jobs)\b)[a-z]+s a (?:day|night|week|shift|run|trip|round)\b(?!,? (?:at|for|@) )"
)
#: The words one of which :data:`_THINGS_OF_THE_TRADE_A_DAY_EN` needs.
_THINGS_OF_THE_TRADE_A_DAY_WORDS_EN = ("s a day", "s a night", "s a week", "s a shift", "s a run",
                                       "s a trip", "s a round")  # fmt: skip
#: People or homes one looks after at work, counted, in English, no money: "a caseload of 90
#: tenants", "my round is 400 council flats", "i teach 150 pupils" (neither rent nor pay is
#: the count of the people served; not the household's own, "4 of us", read elsewhere, nor a
#: count with the price of each right after it, "i tutor 3 pupils, 40 each"), and the
#: others one shares a home with ("a house with 4 others, my room 400").
_PEOPLE_OR_HOMES_SERVED_EN = regex(
    r"(?<![0-9.,£$€])\b[0-9][0-9,]*(?: (?:council|social|care|housing|rented|private|new|"
    r"regular|elderly|vulnerable))? (?:claimants|clients|patients|residents|tenants|pupils|"
    r"students|customers|guests|passengers|households|homes|properties|flats)\b"
    r"(?!,? (?:at |for |@ ?)?(?:[$€£] ?)?[0-9])|"
    # the others one shares a home with, counted: "i share with 3 others", "with 4 flatmates"
    r"\bwith [0-9]{1,2} (?:others|housemates|flatmates)\b"
)
#: The words one of which :data:`_PEOPLE_OR_HOMES_SERVED_EN` needs.
_PEOPLE_OR_HOMES_SERVED_WORDS_EN = (
    "claimants", "clients", "patients", "residents", "tenants", "pupils", "students",
    "customers", "guests", "passengers", "households", "homes", "properties", "flats", "others",
    "housemates", "flatmates",
)  # fmt: skip
#: Things of one's trade counted every morning or night, or on a day of the week, in English, no
#: money: "we drop 250 leaflets every morning", "i plate 150 dinners on a friday" (as with
#: :data:`_THINGS_OF_THE_TRADE_A_DAY_EN`: not money said so, "40 quid every week", nor a
#: count with its price after it, "3 lessons every week at 25"; a place after it stays, "on a
#: saturday at my uncles"), and more of them on another day: "3 houses on a monday and 2 on a
#: thursday" (two more houses).
_THINGS_OF_THE_TRADE_EVERY_DAY_EN = regex(
    r"(?<![0-9.,£$€])(?<!\bor )(?<!\bto )(?<!-)\b[0-9][0-9,]*"
    r"(?: (?!(?:on|for|in|at|of|to|per|each|a|the)\b)[a-z]+)? "
    r"(?!(?:quid|pounds|grand|euros|dollars|bucks|pence|tenners|fivers|notes|bills|days|nights|"
    r"weeks|months|hours|hrs|mins|minutes|shifts|times|sessions|lessons|jobs)\b)[a-z]+s "
    r"(?:(?:every|each) (?:morning|evening|night|day|week|shift)|on a (?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day)\b"
    r"(?: (?:and|then|plus) [0-9]{1,2} (?:on a|every|each) (?:mon|tues|wednes|thurs|fri|satur|sun)"
    r"day\b)*(?!,? (?:at|for|@) ?(?:[$€£] ?)?[0-9])"
)
#: The household counted after "we are", and a travel zone by its number, in English, no money:
#: "we are 6 in a 3 bed house", "we're 4 at home", "i'm in zone 4 so the train is dear", "zones
#: 1-3 travelcard 170" (read, each would be summed in with the month's figures; not "we are 3
#: months behind", nor money said so, "zone 2 is 40 quid").
_A_HOUSEHOLD_OR_A_ZONE_EN = regex(
    # (the words after it may be blanked already: "we are 4 in a 2 bed flat")
    r"\bwe(?: are|'re| r) [1-9](?= (?:in|at)\b| of us\b| people\b| {3})|"
    r"\bzones? [1-9](?: ?(?:-|to) ?[1-9])?(?![0-9]|[.,][0-9])"
    r"(?! ?(?:k|grand|quid|pounds?|p|a month|per month|pm|monthly|a week|pw)\b)"
)
#: People counted in one's unit at work, in English, no money: "30 in the platoon", "12 of us
#: in the crew", "28 in my class" (not the household, "4 of us in the house").
_PEOPLE_IN_ONES_UNIT_EN = regex(
    r"(?<![0-9.,£$€])\b[0-9]{1,3} (?:of us )?in (?:the|my|our) (?:platoon|squad|section|troop|"
    r"company|regiment|battalion|crew|team|class|unit|band|choir|congregation|gang)\b"
)
#: How many payments or bills a list after a colon holds, in English, no money: "on payday 3
#: things go out: rent, loan, phone", "4 bills come off the card: gas 60, ...", "two debts:
#: catalogue 30, loan 90" (summed with the items, the count would be one of them).
_A_COUNT_OF_THE_ITEMS_LISTED_EN = regex(
    r"(?<![0-9.,£$€])\b(?:[2-9]|1[0-9]|two|three|four|five|six|seven|eight|nine|ten) "
    r"(?:things|bills|payments|debits|direct debits|debts|loans|items|outgoings|cards)"
    r"(?: (?!(?:of|at|for|each|a|is|are|at)\b)[a-z]+){0,4}(?=:)"
)
_NAMED_OR_COUNTED_WITH_ITS_WORDS = (
    (_THINGS_OF_THE_TRADE_A_DAY_EN, _THINGS_OF_THE_TRADE_A_DAY_WORDS_EN),
    (_THINGS_OF_THE_TRADE_EVERY_DAY_EN, ("s every ", "s each ", "s on a ")),
    (_PEOPLE_IN_ONES_UNIT_EN, (" in the ", " in my ", " in our ")),
    (_A_HOUSEHOLD_OR_A_ZONE_EN, ("we are ", "we're ", "we r ", "zone ", "zones ")),
    (_PEOPLE_OR_HOMES_SERVED_EN, _PEOPLE_OR_HOMES_SERVED_WORDS_EN),
    (_A_ROTA_ON_AND_OFF_EN, (" off",)),
    (_A_COUNT_IN_BRACKETS_BEFORE_ITS_TOTAL_EN, ("s (", "s(")),
    (_A_COUNT_OF_THE_ITEMS_LISTED_EN, (":",)),
    (_A_LINE_BY_ITS_NUMBER_EN, ("line ", "belt ")),
    (_GRADES_PLOTS_AND_SIZES_EN, ("grade ", "band ", "point ", "trench ", "plot ", "size ")),
    (_AN_EMERGENCY_LINE_EN, (" call", " line", " bleep", " operator", " dispatch")),
    (
        _BINGO_CALLS_EN,
        (
            "legs",
            "duck",
            "lad",
            "kelly",
            "click",
            "unlucky",
            "key of",
            "top of",
            "gertie",
            "drawers",
            "worth it",
            "boo",
            "heinz",
            "danny",
            "alive",
        ),
    ),
    (_A_WEEK_NUMBERED_EN, ("week ", "wk ")),
    (_FEET_TYPED_FT_AND_ODDS_EN, ("ft ", " to 1")),
    (_JOBS_DONE_ON_A_DAY_EN, ("i do ", "we do ", " did ")),
    (_AN_ADDRESS_OR_A_HEART_TYPED, ("@", "www", "http", "<3")),
    (_A_SCHEME_NAMED_BY_A_NUMBER, ("nok", "covid")),
    (_PLACES_NUMBERED_HU, _PLACE_WORDS_HU),
    (_A_DAY_IT_LASTS_TO_HU, ("honap", "-aig", "-eig", "-ara", "-ere")),
    (_PEOPLE_OR_DEGREES_HU, ("lelkes", "fos ", "lakosu", "fok", "°")),
    (_A_TOWN_NAMED_BY_A_NUMBER_HU, ("hatvan",)),
    (_A_LENDER_NAMED_BY_A_NUMBER, ("2 go", "2go", "118", "247", "plus 1", "plus1", "4 u", "4u")),
    (_NAMED_BY_A_NUMBER_MORE_HU, _NAMED_BY_A_NUMBER_MORE_WORDS_HU),
    (_PAYMENTS_REACHED_HU, ("nal ", "nel ")),
    (_THINGS_OF_WORK_COUNTED_HU, _THINGS_OF_WORK_WORDS_HU),
    (_MEASURES_OF_THINGS_HU, _MEASURES_OF_THINGS_WORDS_HU),
    (_A_DAY_FROM_HU, ("jetol", "etol", "atol")),
    (_PLACES_OF_WORK_COUNTED_HU, _PLACES_OF_WORK_WORDS_HU),
    (_COUNTED_AT_ONE_OCCASION_HU, _ONE_OCCASION_WORDS_HU),
    (_A_YEAR_AND_MONTH_OF_A_NOTE_HU, _A_NOTES_LABEL_WORDS_HU),
    (_A_PHONE_PREFIX_HU, ("06", "szam")),
    (_A_ROTA_OF_DAYS_AND_NIGHTS_HU, ("nappal",)),
    (_THINGS_COUNTED_MORE_HU, _THINGS_COUNTED_MORE_WORDS_HU),
    (_PLACES_AND_SCORES_NAMED_HU, _PLACES_AND_SCORES_NAMED_WORDS_HU),
    (_A_FIRST_DIGIT_SAID_HU, ("kezd",)),
    (_MEASURES_OF_ONES_WORK_HU, ("meter", "tonn", "gramm", "karat", "arany", "hba1c")),
    (_A_BLOOD_PRESSURE_OR_A_SHELF_HU, ("vernyomas", "polc", "terem")),
    (_A_LINE_OR_A_FLOOR_AND_DOOR_HU, ("esen", "ason", "oson", "osen", ". em", ".em")),
    (_HOURS_A_DAY_WORKED_HU, ("napi",)),
    (_LAND_AND_A_MAPS_SCALE_HU, ("hektar", "terkep", "rajz", "makett", "meretar")),
    (_FLOORS_SECONDS_NOTES_AND_LOANS_NAMED_HU, _FLOORS_SECONDS_NOTES_AND_LOANS_NAMED_WORDS_HU),
)


#: A figure said again to point back at it, whether something is inside: "一个月三千八, 还有三百
#: 交通补贴, 三千八里面不含这个". The second "三千八" is no new item to add (7900 is no pay).
_A_FIGURE_POINTED_BACK_AT_ZH = re.compile(
    r"(?<![0-9.一二两三四五六七八九十百千万])([0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万]*)"
    r"(?![0-9.一二两三四五六七八九十百千万])[^\u3002]*?(?<![0-9.一二两三四五六七八九十百千万])(\1)"
    r"(?=(?:块|元)?(?:里面|里头|里)(?:不|没|没有|是|已经|都)?(?:含|包括|包含|算))|"
    # pointed back at with "那", counted in: "闺女每月给我转五百, 那五百也算吧, 四千一"
    r"(?<![0-9.一二两三四五六七八九十百千万])([0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万]*)"
    r"(?![0-9.一二两三四五六七八九十百千万])[^\u3002]*?(?<=那)(\3)"
    r"(?=(?:块|元)?(?:也|都|就)?(?:算|要算|得算|算上|算进去))"
)


def _blank_the_figure_said_again(match: re.Match[str]) -> str:
    start, end = match.span(2) if match[2] is not None else match.span(4)
    text = match[0]
    offset = match.start()
    return text[: start - offset] + " " * (end - start) + text[end - offset :]


#: The words of :data:`_NAMED_OR_COUNTED_WITH_ITS_WORDS`, all looked for in one scan.
_WORDS_OF_THE_NAMED_OR_COUNTED = WordsIn(
    word for _, words in _NAMED_OR_COUNTED_WITH_ITS_WORDS for word in words
)

#: Patterns of :func:`without_identifiers` that only match where a Chinese character is.
_CHINESE_ONLY = (
    _NAMED_BY_A_NUMBER,
    _PRICE_OF_ONE_MEASURE_ZH,
    _A_BODY_MEASURE_ZH,
    _A_WEIGHT_OR_HEIGHT_ZH,
    _A_SIZE_OR_A_KILOMETRE_POST_ZH,
    _A_HEIGHT_OR_A_LENGTH_NAMED_ZH,
    _A_TRAIN_OR_FLIGHT_NUMBER_ZH,
    _AN_ACCOUNT_HANDLE_ZH,
)

#: A word of ASCII in each of :data:`IDENTIFIER_WORDS` but its Chinese ones: a message of ASCII
#: without any is not read against :data:`_IDENTIFIER` (about 20 us on a long message).
_IDENTIFIER_WORDS_ASCII = (
    "ref", "case", "claim", "acc", "a/c", "customer", "policy", "order", "contract",
    "agreement", "member", "sort code", "phone", "mobile", "cell", "tel", "contact",
    "my number", "szam", "azonosito",
)  # fmt: skip

#: The patterns of :func:`without_identifiers` each match of which has a slash: a message
#: without one is not read against them.
_WITH_A_SLASH = (_A_FRACTION, _SLASHED_REFERENCE_EN)

#: A digit, counted in a message.
_A_DIGIT = re.compile(r"[0-9]")
#: Patterns of :func:`without_identifiers` by ``id`` with how many digits each of their matches
#: needs at the least: a message with fewer is not read against them (a phone number's eight, a
#: reference's five, a year's four; a message is mostly of a few figures).
_DIGITS_NEEDED = {
    id(_PHONE_NUMBER): 8,
    id(_IDENTIFIER): 5,
    id(_REFERENCE_FURTHER_ON): 5,
    id(_CALENDAR_DATE): 4,
    id(_CARD_END_OR_BIRTH_YEAR): 4,
}

#: Patterns of :func:`without_identifiers` by ``id`` with words one of which each of their
#: matches has, where the pattern does not show them itself (see :data:`_BLANKED_IN_TURN`): a
#: reference said further on needs its name (about 30 us on a long message).
_ONE_OF_THESE_NEEDED = {
    # (each match starts with one of these names, or has "szam" in it)
    id(_REFERENCE_FURTHER_ON): frozenset(
        ("ref", "case", "claim", "customer", "policy", "order", "contract", "szam")
    ),
}


def _few(words: frozenset[str]) -> frozenset[str]:
    """``words`` if they are few enough to look for one by one faster than a pattern's scan."""
    return words if len(words) <= 16 else frozenset()


def _blanked(match: re.Match[str]) -> str:
    return " " * len(match[0])


#: The patterns :func:`without_identifiers` blanks in turn, in their order, each with what its
#: every match needs, so that a message without it is not read against it: a Chinese character
#: (:data:`_CHINESE_ONLY`), a slash (:data:`_WITH_A_SLASH`), so many digits
#: (:data:`_DIGITS_NEEDED`), one of some words (:data:`_ONE_OF_THESE_NEEDED`, else those the
#: pattern itself shows where they are few: a year or a month's name for a date, "斤" or "米"
#: for a weight or a height) and, for :data:`_IDENTIFIER` in a message of ASCII, one of
#: :data:`_IDENTIFIER_WORDS_ASCII`. Worked out once: a long message's read went through these
#: checks for each pattern.
_BLANKED_IN_ORDER = (
    _CALENDAR_DATE,  # before "ends 2027" is taken for a card's last digits
    _A_FRACTION,
    _IDENTIFIER,
    _PHONE_NUMBER,
    _CARD_END_OR_BIRTH_YEAR,
    _AGES_OR_FAMILY,
    _HOME_ADDRESS,
    _SLASHED_REFERENCE_EN,
    _SEATS_SHARES_HEIGHTS_AND_CODES_EN,  # before "3 foot" is blanked, "by 2" left alone
    _PLACES_SIZES_AND_HOURS_EN,  # before "half 9" is blanked, "to 5 tues" left alone
    _HYMNS_COURTS_WHEELS_AND_STARTS_EN,
    _TIME_OR_DAY,
    _OWN_AGE,
    _REFERENCE_FURTHER_ON,
    _NAMED_BY_A_NUMBER,
    _MEASURES_AND_TALLIES,
    _PRICE_OF_ONE_MEASURE_ZH,
    _A_BODY_MEASURE_ZH,
    _A_WEIGHT_OR_HEIGHT_ZH,
    _A_SIZE_OR_A_KILOMETRE_POST_ZH,
    _A_HEIGHT_OR_A_LENGTH_NAMED_ZH,
    _A_TRAIN_OR_FLIGHT_NUMBER_ZH,
    _AN_ACCOUNT_HANDLE_ZH,
    _THINGS_NUMBERED_HU,
    _COUNTED_OR_NAMED_IN_TEXTSPEAK,
)
_BLANKED_IN_TURN = tuple(
    (
        pattern,
        pattern in _CHINESE_ONLY,
        pattern in _WITH_A_SLASH,
        _DIGITS_NEEDED.get(id(pattern), 0),
        _ONE_OF_THESE_NEEDED.get(id(pattern)) or _few(words_one_of_which_every_match_has(pattern)),
        _IDENTIFIER_WORDS_ASCII if pattern is _IDENTIFIER else (),
    )
    for pattern in _BLANKED_IN_ORDER
)


def without_identifiers(folded: str) -> str:
    """A folded message with the numbers that name or count something other than money blanked
    out: reference, account and phone numbers, the card's last digits, a birth year, children's
    ages, a family's size, a fraction, an own age, the home's address, a time of day or a day
    of the month. Read as amounts they would be summed in with the one asked for."""
    if "米" in folded and (
        "米高" in folded or "米深" in folded or "米长" in folded or "米宽" in folded
    ):
        folded = _A_SIZE_IN_METRES_SAID_FIRST_ZH.sub(_blanked, folded)
    if "misi" in folded:  # "3,6 misi": a million
        folded = _A_MILLION_IN_SLANG_HU.sub(" millio", folded)
    if "kilo" in folded:  # "albi 1,3 kiló": money slang, before a weight is blanked
        folded = _KILOS_AS_MONEY_HU.sub(
            lambda m: f"{m[1]}{int(Decimal(m[2].replace(',', '.')) * 100_000)} ft", folded
        )
        folded = _KILOS_A_MONTH_HU.sub(
            lambda m: f"{int(Decimal(m[1].replace(',', '.')) * 100_000)} ft", folded
        )
        if "rongy" in folded or "rugo" in folded:  # "2 kiló meg 60 rongy"
            folded = _KILOS_AND_THOUSANDS_HU.sub(
                lambda m: f"{int(Decimal(m[1].replace(',', '.')) * 100_000) + int(m[2]) * 1000} ft",
                folded,
            )
    # (the patterns below only blank: the digits counted here are as many as they may find)
    digits = len(_A_DIGIT.findall(folded))
    chinese = not folded.isascii()
    for pattern, only_chinese, slash, digits_needed, needed, ascii_words in _BLANKED_IN_TURN:
        if (
            (only_chinese and not chinese)
            or (slash and "/" not in folded)
            or digits < digits_needed
        ):
            continue  # (see _BLANKED_IN_TURN)
        if needed and not any(word in folded for word in needed):
            continue
        if ascii_words and not chinese and not any(word in folded for word in ascii_words):
            continue
        folded = pattern.sub(_blanked, folded)
    found = _WORDS_OF_THE_NAMED_OR_COUNTED.found_in(folded)
    for pattern, words in _NAMED_OR_COUNTED_WITH_ITS_WORDS:  # each read only where it may be
        if not found.isdisjoint(words):
            folded, blanked = pattern.subn(_blanked, folded)
            if blanked:  # (its words looked for again in what is left)
                found = _WORDS_OF_THE_NAMED_OR_COUNTED.found_in(folded)
    if not folded.isascii():  # "95后", "996上班": Chinese only
        folded = _WHO_ONE_IS_BY_A_NUMBER_ZH.sub(_blanked, folded)
    if "里" in folded or "那" in folded:  # "三千八里面不含这个", "那五百也算": said again
        folded = _A_FIGURE_POINTED_BACK_AT_ZH.sub(_blank_the_figure_said_again, folded)
    if ("bol " in folded or "bel " in folded) and _PAYMENTS_TALLIED_HU.search(folded):
        folded = _PAYMENTS_TALLIED_HU.sub(_blanked, folded)
        folded = _PAYMENTS_TO_GO_HU.sub(_blanked, folded)  # "még 4 van hátra"
    if "mar " in folded and "telt" in folded:  # "5 már eltelt": each match has both
        folded = _PAYMENTS_PASSED_HU.sub(_blanked, folded)
    if any(word in folded for word in _WORDS_OF_CHILDRENS_AGES):  # one of them each needs
        folded = _CHILDRENS_AGES.sub(_blank_ages, folded)
    if "eves" in folded and any(word in folded for word in _WORDS_OF_CHILDREN_BY_ORDER_HU):
        folded = _CHILDREN_BY_THEIR_ORDER_HU.sub(_blank_ages, folded)  # "a kicsi 5, a nagy 8 éves"
    return folded


#: A letter o typed for a zero inside or at the end of a number: "1,36o", "2oo ezer", "42oo".
_O_FOR_ZERO = re.compile(r"(?<![A-Za-z0-9.,])[0-9][0-9.,]*[oO][0-9oO.,]*(?![A-Za-z0-9'])")


#: A letter l typed for a leading one: "l,085", "l85 ezer" (a screen or a keyboard that shows
#: the one as an l); never a word ("l8r" is later, "l33t" no figure).
_L_FOR_ONE = regex(r"(?<![A-Za-z0-9.,'])[lL](?=(?:[,.][0-9]{3}|[0-9]{2,4})(?![0-9A-Za-z]))")


def with_zeros_for_os(text: str) -> str:
    """``text`` with a letter o read as the zero it stands for among digits ("£1,95o" is
    £1,950): a slip of the keyboard next to the 0, never a word; and a letter l as the one it
    stands for before digits ("l,085" is 1,085)."""
    text = _L_FOR_ONE.sub("1", text)
    return _O_FOR_ZERO.sub(lambda m: m[0].replace("o", "0").replace("O", "0"), text)


def without_phone_numbers(text: str) -> str:
    """``text`` with phone numbers (by their shape, see :data:`_PHONE_NUMBER`) blanked out: "a
    kártya végén 9172, a telefonszámom 06 30 123 4567" holds one card's digits."""
    return _PHONE_NUMBER.sub(lambda m: " " * len(m[0]), text)
