"""Several amounts in one message added up or multiplied: a list of items, N things at M each.

A list of items that each have an amount ("rent 800 plus bills 300", "房租2000 吃饭1500") is their
sum, unless another person's money is among them or small bare numbers may be thousands; N things
at M each is N times M. :func:`dialogs.understanding.rules.amounts.read_amount` asks these readers
before it chooses one number among several.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from decimal import Decimal

from dialogs.understanding.beside import TAKEN_OFF
from dialogs.understanding.rules.numerals import CURRENCY_AFTER, Number
from dialogs.understanding.rules.text import (
    ByScript,
    alternatives,
    chinese_characters_in,
    compile_phrases,
    is_cjk,
    kept_for_the_message,
    language_code,
    regex,
    spans_of,
    words_only,
)

#: Working a shift of the day or of the night, each said with its own month's figure.
_ON_A_DAY_SHIFT = (
    r"\b(?:on|do|doing|work|working)(?: the)? (?:days|earl(?:y|ies)(?: shifts?)?|day ?shifts?)\b"
)
_ON_A_NIGHT_SHIFT = (
    r"\b(?:on|do|doing|work|working)(?: the)? (?:nights|lates|late shifts?|night ?shifts?)\b"
)
#: After a cut by half, no figure of now said in the sentence: the halved pay left to work out.
_NOW_FIGURE_NOT_SAID_ZH = (
    r"(?![^.;!?\u3002]{0,20}(?:现在|目前)(?:每个?月|一个月)?(?:也|到手|只有|就|拿|发){0,3}"
    r"[0-9一二两三四五六七八九])"
)
#: After a cut by half or to a third, no figure of now said right after it in the sentence:
#: "felére csökkent, most 140" says the figure; "most felére csökkent" leaves it to work out.
_NOW_FIGURE_NOT_SAID_HU = (
    r"(?![^.;!?0-9]{0,30}\bmost(?: már| csak| pedig| meg| még){0,2},? "
    r"(?:kb\.? |olyan |nagyjából |csak )?[0-9])"
)
#: Words that say the amount itself changes from month to month ("változó", "it varies"): with
#: them even one clear number is not the month's amount ("kaja 60 ezer, a többi változó").
VARYING_AMOUNT_WORDS = (
    r"\bvar(?:y|ies|ied|ying|iable)\b(?! ?(?:rate|interest))", r"\bdepends?\b",
    r"\bváltoz(?:ó|ik|nak|ók)\b(?! ?kamat)", r"\bfügg(?!etlen)\w*", r"不固定", r"看情况",
    r"\bmindig más\b", r"\b(?:minden hónapban|havonta) más\b",
    # "a műszakpótlék hónapról hónapra más", "nem mindig ugyanannyi", "never the same twice"
    r"\bhónapról hónapra (?:más|változ\w*)", r"\bnem mindig ugyanannyi\b",
    r"\b(?:never|not always) the same\b", r"\bdifferent (?:each|every) (?:month|time)\b",
    r"\bhol\b.*\bhol\b", r"\bvan (?:\w+ )?(?:hogy|amikor)\b.*\bvan (?:\w+ )?(?:hogy|amikor)\b",
    r"\bsometimes\b.*\bsometimes\b", r"\bnéha\b.*\bnéha\b", r"有时.*有时",
    r"\b(?:nyáron|télen)\b.*\b(?:télen|nyáron)\b", r"\b(?:summer|winter)\b.*\b(?:winter|summer)\b",
    r"夏天.*冬天|冬天.*夏天", r"看(?:业绩|销量|单量|提成|月份|客户|排班|班次|派单|平台|单子)",
    r"有的月.*有的月", r"有几个月.*有几个月",
    # each word spaced, as a learner types it: "有 的 月 3 000 有 的 月 7 000"
    r"有 的 月.*有 的 月",
    r"(?:好|多|旺季|忙)的时候.*(?:差|不好|少|淡季|闲)的时候",
    r"(?:差|不好|少|淡季|闲)的时候.*(?:好|多|旺季|忙)的时候",
    # A good month's figure beside a bad one's: "two grand on a good month, less on a bad one",
    # "jó hónapban 300, rosszban kevesebb", "好的月份七千 差的月份少一些".
    # ("busy months and dead months")
    r"\b(?:good|busy) (?:months?|weeks?|days?)\b.*\b(?:bad|quiet|slow|lean|dead) (?:months?|"
    r"weeks?|days?|ones?)\b",
    # one figure with months off it either way, by how much unsaid: "about a grand, sometimes
    # less", "1,300 sometimes more" (the month's is not known)
    r"\bsometimes (?:less|more|lower|higher|under|over)\b",
    r"\b(?:hours|shifts|pay|rota) (?:change|changes|vary|varies)\b", r"\bahogy tud(?:juk|unk|ok)\b",
    r"\b(?:bad|quiet|slow|lean) (?:months?|weeks?)\b.*\b(?:good|busy) (?:months?|weeks?|ones?)\b",
    r"\b(?:good|busy|best) (?:months?|weeks?)\b.*\b(?:less|lower|under)\b",
    r"\bjó (?:hónap|időszak|hét)\w*.*\b(?:rossz|gyenge|gyengébb|rosszabb|kevesebb)\w*",
    r"\b(?:rossz|gyenge) (?:hónap|időszak|hét)\w*.*\bjó\w*\b",
    r"(?:好|旺|忙)的?月(?:份)?.*(?:差|坏|不好|淡|闲|少)",
    r"(?:差|坏|不好|淡|闲|少)的?月(?:份)?.*(?:好|旺|忙)的?月(?:份)?",
    r"(?:每个?月|提成|奖金|收入|工资|绩效)(?:都|也|是)?不一定(?!够|能|会|有|还|付|交|按时|准时)",
    # Two figures said as the one or the other: "要么五千要么六千五", "egyik hónap 250, másik 380".
    r"要么.*要么", r"要不(?:就)?是.*要不(?:就)?是",
    r"\begyik (?:hónap|hét|héten|évben|alkalom|alkalommal)\w*.*\bmásik\b",
    r"\bone (?:month|week)\b.*\b(?:the )?(?:next|other) (?:one|month|week)?\b",
    # a figure for each kind of shift or month: "1,100 when im on days, 1,350 when im on nights"
    # (worked on such a shift: "900 on the early shift, 1,050 on lates", "白班四千, 夜班五千")
    rf"{_ON_A_DAY_SHIFT}[^.;!?]{{0,40}}{_ON_A_NIGHT_SHIFT}",
    rf"{_ON_A_NIGHT_SHIFT}[^.;!?]{{0,40}}{_ON_A_DAY_SHIFT}",
    r"白班.{0,20}夜班|夜班.{0,20}白班", r"\bnappalos\b.{0,40}\bejszakas\b",
    r"\bchanges (?:every|each) month\b", r"\bgoes up and down\b",
    # last month's figure beside this month's said only with a condition: "last month 1,150,
    # this month prob 800 if theres no shouts" (no month's figure the usual one)
    r"\blast month\b.*\bthis month\b.*\bif (?:nothing|no|there'?s no|theres no|there is no|"
    r"there are no|all goes)\b",
    # a figure for the months with a thing, the months without it said apart: "bursary months i
    # spend about 1,000, the 2 months with no bursary i barely spend anything" (not "75 a month
    # without it going wrong", one month's figure)
    r"\bmonths (?:with no|without|with nothing|when (?:i|there'?s|theres) (?:have no|get no|"
    r"dont|don'?t|no))\b",
    # each time its own, or whatever a lender takes: "it changes every time i buy something",
    # "whatever zilch takes"
    r"\bchanges (?:every|each) time\b", r"\bwhatever (?:\w+ ){1,2}(?:takes|charges|asks for)\b",
    # only a month said not to be the usual one, the usual one unsaid or unknown: "720 went in
    # cos of the unpaid leave, its not usually that", "took 150 this month … no clue what it'll
    # be now", "no idea what a normal one is"
    r"\b(?:it|that)(?:'?s| is| was)? ?(?:not|isn'?t|isnt|wasn'?t|wasnt) (?:usually|normally) "
    r"(?:that|this|like (?:that|this)|so (?:low|high|much|little))\b",
    r"\bno (?:idea|clue) what (?:a |the )?(?:normal|usual|typical) (?:one|month) (?:is|would be)\b",
    r"\bno (?:idea|clue) what (?:it'?ll|itll|it will|it'?s going to|its going to) be\b",
    # no month like another: "there's no such thing as a normal month", "nincs átlagos hónap"
    r"\bno (?:such thing as (?:a )?)?(?:normal|typical|usual|average|regular) months?\b",
    r"\bnincs (?:olyan(?:,)? hogy )?(?:átlagos|normális|tipikus) hónap\w*", r"说不准",
    # (not with the figure of now said right after: "felére csökkent, most 150")
    rf"\bfelére\b{_NOW_FIGURE_NOT_SAID_HU}", rf"\bharmadára\b{_NOW_FIGURE_NOT_SAID_HU}",
    r"\bhalved\b", r"\bcut in half\b",
    # (not with the figure now said: "工资减半发, 原来八千, 现在每个月到手四千")
    rf"(?:减半|少了一半){_NOW_FIGURE_NOT_SAID_ZH}",
    r"[0-9] ?(?:ezer\w*|e)? ?(?:se|sem) (?:elég|eleg)\b", r"\bnot even [0-9]", r"\bisn'?t enough\b",
    # Paid only when there is money for it, no month's amount: "i give him 100 when i can".
    r"\bwhen(?:ever)? (?:i|we|they|he|she) (?:can|have (?:it|some|spare|the money))\b",
    # nothing fixed, each month its own: "nothing fixed", "nincs fix összeg", "每个月不一样"
    r"\bnothing (?:fixed|set|regular)\b", r"\bno (?:fixed|set|regular) (?:amount|sum|figure)\b",
    r"\bnincs (?:fix|állandó|meghatározott)\b", r"没(?:有)?固定", r"(?:每个?月|每次)(?:都)?不一样",
    r"\bamikor (?:éppen )?(?:tudok|tudunk|van (?:pénzem|rá)|jut rá)\b",
    r"有钱(?:的时候)?(?:就|才)", r"手头(?:宽裕|松|有钱)(?:的时候|了)?(?:就|才)",
    # the rest paid once at the year's or the job's end: "平时只给一千五, 剩下的年底一次结"
    r"剩下的?(?:要|得)?(?:到)?(?:年底|年终|过年|完工|干完)(?:才)?(?:一次)?(?:性)?(?:结|发|给|算)",
)  # fmt: skip
_VARYING_AMOUNT = ByScript.phrases(VARYING_AMOUNT_WORDS)


@kept_for_the_message
def varying_amount_said(folded: str) -> bool:
    """Whether ``folded`` says its amount varies (:data:`_VARYING_AMOUNT`), read once for the
    steps of a read that ask it of one text (forgotten with the normal forms, as ``spans_of``)."""
    return _VARYING_AMOUNT.search(folded) is not None


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
#: A figure after, in the same sentence.
_A_FIGURE_FOLLOWS = r"(?=[^.;!?\u3002]{0,30}?[0-9一二两三四五六七八九十百千万])"
#: Words that work amounts out against each other instead of listing them: one taken off
#: another ("1300 minus the 200 the benefit covers", "180 mínusz 20", "减去五险一金"), one left
#: out ("900 excluding the 120 phone", "nem számolva a telefont", "不包括补课费"), a share of one
#: ("half of the 1200 rent", "60% of that", "房租四千我出一半") or one season's beside another's
#: ("1000, more like 1300 in winter", "télen 300", "平时三千, 冬天四千"), a usual month's beside
#: this one's, or the same with more counted ("1800 if you count the car"). Never added up.
RECKONED = (
    *TAKEN_OFF, r"\blevon(?:ják|ni|om)\b", r"扣(?:掉|除|了)",
    # left out, with its amount said after ("not counting the 150 car payment"; not "a
    # lakáshitelt nem számolva", an item left out of the list with no amount)
    rf"(?:\bnot (?:counting|including)|\bexcluding|\bapart from|\bexcept|\bwithout|"
    rf"\bnem (?:számolva|számítva|számolom|számítom)|\bleszámítva|\bkivéve|"
    # (not a list said after what it leaves out: "a kocsi nélkül, csak a lakás: rezsi 40, …")
    rf"\bnélkül(?! ?:|, csak\b)|"
    rf"(?<!那个)(?<!那笔)不算(?!那个|那笔|它)|不包括|不含){_A_FIGURE_FOLLOWS}",
    # or one said to include another ("1400 incl the 300 car loan", "ebben benne van a 30")
    r"\bincl(?:uding|udes|uded|\.)? (?:the |my |a |an )?(?:[$€£] ?)?[0-9]",
    r"\bbenne van (?:a |az )?[0-9]", r"\bbeleértve (?:a |az )?[0-9]",
    # a share of a figure ("half of the 1200 rent", "60% of that"; not "my half of the rent 500")
    r"\bhalf of (?:the |my |our )?(?:[$€£] ?)?[0-9]", r"\b(?:a )?(?:third|quarter) of\b",
    r"[0-9] ?% of\b", r"\bper ?cent of\b", r"(?<!十)一半", r"三分之", r"四分之",
    r"\bin (?:the )?(?:winter|summer)\b", r"\b(?:télen|nyáron)\b", r"冬天", r"夏天", r"旺季",
    r"淡季", r"平时",
    # a usual month's figure beside this one's ("usually 1100, this month 1400 cos of the car")
    r"\busual(?:ly)?\b", r"\bnormal(?:ly)?\b", r"\btypical(?:ly)?\b", r"\bthis month\b",
    r"\báltalában\b", r"\brendesen\b", r"\bebben a hónapban\b", r"一般", r"通常", r"平常",
    # (not "刚交了这月房租1600, 其余…四百": this month's rent named, the rest of the items after)
    r"这个?月(?!的?(?:房租|租金)[^,;.!?]{0,6}[,;] ?其余)", r"本月",
    # another figure with more counted ("1200 for me, 1800 if you count the dog and the car")
    r"\bif (?:you|i|we) (?:count|include|add)\b", r"\bha (?:\w+ )?(?:is )?(?:bele)?számol\w*",
    # "1000ish (1050 with the dog)": the whole again in brackets, with more counted
    r"\((?:about |around |maybe |or |more like )?(?:[$€£] ?)?[0-9][0-9,.]*k? (?:with|counting|"
    r"including|if)\b",
    r"(?:算上|加上)[^,\uff0c\u3002]{0,8}的话",
    # the figure with an item and the one without ("1400 with the car loan, 1100 without")
    r"\bwith (?:the |my )?\w+(?: \w+)?\b.*\bwithout\b", r"\bwithout (?:the |my )?\w+\b.*\bwith\b",
    r"\bnélküle\b", r"不带",
)  # fmt: skip
#: Words that make several amounts anything but a list of items to add up: a range or a choice
#: ("800 or 900", "between 2 and 3 thousand"), a change ("used to be 3000, now 2000"), a total.
NOT_A_LIST = (
    # (not a figure said roughly: "food 300 or so", "bills 90 more or less", each item's own,
    # summed like "about 300")
    r"(?<!\bmore )\bor\b(?! so\b)",
    r"[0-9k] ?to ?[$€£¥]?[0-9]", r"\bbetween [$€£¥]?[0-9]", r"\beither\b",
    r"\bused to\b", r"\bbefore\b", r"\buntil\b", r"\btill\b",
    r"(?<=[0-9k] )after\b(?=\W*(?:$|[,.;!?]))",
    r"\bwas\b", r"\bnow\b", r"\bprevious\w*", r"\blast\b", r"\bnext\b", r"\blater\b",
    r"\bfrom (?:[$€£¥] ?)?[0-9]", r"\bfrom (?:next|now|then|this|last|today|the (?:start|end|"
    r"beginning)|january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b", r"(?<!\bup and )\bdown\b", r"\binstead\b", r"\btotal\w*",
    # (not a journey up somewhere: "petrol's mad with the driving up to leeds, about 200", nor
    # to and fro: "diesel up and down to the coast 180")
    r"(?<!top-)(?<!top )(?<!driving )(?<!drive )(?<!drives )(?<!drove )"
    r"(?<!travelling )(?<!traveling )(?<!commuting )\bup\b(?! and down (?:to|from|the)\b)",
    r"\ball together\b",
    # ("two grand ish, maybe two and a half": a second guess, no item beside it; not a guess
    # at one item, "rent 650 and food is probably 300", an item like any other)
    r"(?:[0-9k]|\bgrand|\bthousand)(?: ?ish)? ?[,?.!]? ?(?:or |and )?"
    r"(?:maybe|probably|prob|perhaps)\b",
    r"\b(?:maybe|probably|prob|perhaps)\b(?= ?[$€£¥]?[0-9]+ ?(?:or|to|-))",
    r"\bsometimes\b",
    r"\bbut\b", r"\bearlier\b", r"\bdepend\w*", r"\bvar\w*", r"\bleft\b",
    # (not where the money comes from: "i pay the lot out of my wage: mortgage 780, …")
    r"\bout of\b(?! (?:my|our|his|her|the) (?:own )?(?:wages?|pay|salary|account|pocket|"
    r"pension|benefits?|uc)\b)",
    r"\bgross\b", r"\bbefore tax\b", r"\bbrutt[oó]\w*", r"税前",
    # the pay, then what is left of it: "月薪八千 扣完社保差不多七千", "工资八千 差不多七千"
    r"扣完", r"扣掉", r"(?<=[0-9千万k] )(?:差不多|大概|大约)(?= ?[0-9一二两三四五六七八九十])",
    r"\bvagy\b", r"\bkozott\b", r"\bregen\b", r"\bkorabban\b", r"\belotte\b",
    # (not "now" in a reason given for an item, no figure after it: "kaja 120 mert most hatan
    # vagyunk otthon, rezsi 60")
    r"(?<!\bmert )(?<!\bmivel )\bmost\b", r"\b(?:mert|mivel) most\b(?= (?:\w+ )?[0-9])",
    r"\bosszesen\b", r"\bkesobb\b", r"\baztan\b", r"\bneha\b", r"\bvolt\b", r"\bhelyett\b",
    r"\bcsokkent\w*", r"\bmarad\w*", r"\battol\b", r"\btalan\b",
    r"\bmight\b", r"\bvalahol\b", r"\bcould be\b",
    r"可能", r"也许", r"或许",
    r"或", r"要么", r"到", r"至", r"[0-9] ?(?:k|e|w|万|千)? ?~", r"以前", r"原来", r"之前", r"现在",
    r"目前", r"试用期", r"转正", r"\bprobation\b", r"\bpróbaidő\w*",
    # (not "一共就这些": "that's all there is", said after the list, no total)
    r"一共(?!就?这些)", r"总共(?!就?这些)", r"总计",
    r"合计",
    # each of several months': "前三个月分别是九千、一万一、七千五", "上个月八千, 这个月六千"
    r"(?:前|过去|最近|近)(?:[两三四五六几]|[2-6]) ?个月", r"上个?月",
    r"然后", r"以后", r"有时", r"降", r"从",
    r"剩(?!下的?(?:吃饭|伙食|水电|交通|话费|买菜|生活费|日用))",  # not "剩下的吃饭八百": an item
    r"变成", r"或者", r"还是", r"不一定",
    r"(?<![0-9])-(?=\s*[0-9])", "\u2013", r"[0-9] ?- ?[0-9]",
    # a figure from before a change and one since it: "the two of us spent 1600, since i'm on my
    # own its 1050", "ketten 280-at költöttünk, mióta egyedül vagyok, 190" (not "mióta
    # elvesztettem a munkám, lakbér 120, kaja 60": since said before every figure)
    # (not "rent's 700 since the 1st of may, and 300 for the rest": since a date, one clause)
    r"[0-9][^0-9]{0,60}[,;.] ?(?:and |but |és |de )?(?:since|ever since|mióta|amióta|azóta)\b"
    r"[^0-9]{0,60}[0-9]",
    *RECKONED,
)  # fmt: skip
#: Someone else in the household: "my wife earns 1500 and I earn 2000" is no list to add up (whose
#: income is asked is unclear) unless the total is said.
OTHER_PEOPLE = (
    r"\b(?:husband|wife|hubby|partner|spouse|boyfriend|girlfriend|fiance\w*|mum|mom|dad|"
    r"mother|father|son|daughter|brother|sister|he|she)\b",
    # grandchildren, and a wife or girlfriend in northern and Scots English ("my granddaughter
    # spends 300", "plus wor lass gets 900", "the missus earns 1,400")
    r"\b(?:grandson|granddaughter|(?:my|wor|the|our) lass|"
    r"(?:my|the) missus)\b",
    # "his wage is 2,000, mine is 900", "hers is 1,100"
    r"\b(?:his|her) (?:wages?|pay|salary|income|pension|benefits?|earnings|take[- ]?home|money|"
    r"uc|job)\b",
    r"\b(?:his|hers) (?:is|was|'s)\b",
    r"\bbetween (?:us|the two of us|us both)\b",  # "we spend 1,020 between us"
    r"\b(?:férje?m|feleségem|párom|élettársam|barátom|barátnőm|anyukám|apukám|anyám|apám|"
    r"fiam|lányom|testvérem|tesóm|öcsém|bátyám|nővérem|húgom)(?:é|e|mal|mel|é?t)?\b",
    r"\b(?:ő|o) (?:keres|kap)\w*",
    r"老公",
    r"老婆",
    r"老伴",
    r"配偶",
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
    r"(?:我|跟|和)(?:弟|哥|姐|妹)",
    r"(?<![其吉])他",  # not "其他" (the rest)
    r"(?<!其)她",
)
#: At the spending, a cost named as a relative's that the cardholder pays: "mum's care home
#: 600", "爸妈的药费八百". No one else's money, so no reason not to add the list up.
THEIR_COST = (
    r"\b(?:mum|mom|mam|dad|mother|father|son|daughter|kids?|children|child|brother|sister|nan|"
    r"gran|grandma|grandad|baby|grandson|granddaughter)'s\b",
    # the thing paid for them named first: "nursery for my son 300", "school meals for the kids"
    r"\bfor (?:my|our|the) (?:little |youngest |eldest |oldest )?(?:mum|mom|mam|dad|mother|father|"
    r"son|daughter|kids?|children|child|brother|sister|nan|gran|grandma|grandad|baby|grandson|"
    r"granddaughter|boy|girl|lad|twins)\b",
    r"(?:爸妈|父母|老人|爸爸|妈妈|我爸|我妈|孩子|儿子|女儿|老人家)的",
    # a child's thing the cardholder pays, named by its owner first: "a fiam ovija 25", "a
    # lányom edzése és kolija 40" (no one else's money)
    r"\b(?:lanyom|fiam|gyerekem|gyerekeim|lanyaim|fiaim|kislanyom|kisfiam|lany|fiu)"
    r"(?= (?:iskola|ovi|ovoda|bolcsi|bolcsode|edzes|kolesz|koli|tandij|ebed|menza|zsebpenz|"
    r"szakkor|kulonora|berlet|uszas|tabor)\w*)",
    # a cost the cardholder pays for themself and a relative, the ending left off or not:
    # "kaja nekem és a lányom 50", "étel nekem és fiamnak kb 60 000"
    r"\bnekem (?:es|meg) (?:a )?(?:fiam|lanyom|gyerekem|gyerekeim|kisfiam|kislanyom|unokam|"
    r"unokaim|ferjem|felesegem|parom|anyam|apam)(?:nak|nek)?\b",
    # what the cardholder pays for them: "孩子奶粉尿不湿一个月1200", "老家爸妈每月寄1000"
    r"(?:孩子|儿子|女儿|小孩)(?=奶粉|尿不湿|学费|补课|托管|幼儿园|生活费)",
    r"(?:给|寄给)(?:老家)?(?:的)?(?:爸妈|父母|老人|爸爸|妈妈|我爸|我妈)",
    # a relative's treatment the cardholder pays for: "女儿复查加药六百", "我妈透析自费一千八",
    # "老公药费一千", "老伴的药费每月三百"
    r"(?:爸妈|父母|老人|爸爸|妈妈|我爸|我妈|孩子|儿子|女儿|小孩|老伴|老公|老婆|爱人|媳妇|丈夫|妻子)"
    r"(?:的)?(?=复查|复诊|看病|吃药|买药|药费|医药费|透析|住院|治疗|康复)",
    r"老家(?:的)?(?:爸妈|父母|老人)(?=(?:每个?月)?寄)",
    # what the cardholder gives the one they live with, and where they live: "i live with my
    # mum, i give her 200", "anyámnál lakom, neki adok 60-at"
    # (sent to a parent abroad, "my" left out: "i send to mother 200")
    r"\bi (?:give|pay|hand|send|tip up to) (?:to )?(?:her|him|them|(?:my )?(?:mum|mom|dad|mother|"
    r"father|nan|gran|parents))\b",
    r"\b(?:live|living|stay|staying|lodge|lodging) (?:with|w/?|wi) (?:my )?(?:mum|mom|dad|mother|"
    r"father|nan|gran|parents|brother|sister)\b",
    # board, keep or rent paid to the parent one lives with: "250 board to my mam, 90 phone",
    # "i pay 450 rent to my mum and about 100 on my phone"
    r"\b(?:board|keep|digs|housekeeping|rent)(?: money)? (?:to|for) (?:my |me )?(?:mum|mom|mam|dad|"
    r"mother|father|nan|gran|parents|folks)\b",
    r"(?:跟|和)(?:我)?(?:妈|爸|爸妈|父母)(?:一起)?住",
    # rent or keep paid to a parent: "房租跟我妈交1500 其他500" (as "rent to my mum")
    r"跟(?:我)?(?:妈|爸|爸妈|父母)(?=交|付)",
    # a home shared, then the own share named: "跟女朋友合租 我那份房租一千二" (hers unsaid)
    r"(?:跟|和)(?:男朋友|女朋友|对象|室友|朋友|同事|老乡)(?:一起)?合租(?=[^0-9]{0,4}我的?[那这]?份)",
    r"给(?:她|他)(?=[0-9一二两三四五六七八九十])",
    # a thing the cardholder buys or pays for the one named: "给老伴买药三百", "帮媳妇交话费五十"
    r"(?:给|帮|替)(?:老伴|老公|老婆|爱人|媳妇|丈夫|妻子|对象|孩子|儿子|女儿|孙子|孙女|外孙)"
    r"(?=买|交|充|付|看病|治病)",
)
_THEIR_COST = compile_phrases(THEIR_COST)
#: At the spending, who worked the figures out, told after the list: "房租一千二 伙食一千五 娃学费
#: 四百 老婆拿计算器算的", "闺女帮我算的" (no one else's money: the list is still added up).
_WHO_DID_THE_SUM_ZH = re.compile(
    r"(?:我)?(?:老公|老婆|老伴|媳妇|爱人|儿子|女儿|闺女|孩子|我妈|我爸)"
    r"(?:拿|用|帮我|给我|替我|帮忙)[^0-9 ,.;!?\uff0c\u3002]{0,6}?算(?:的|了|出来的?)"
)
#: At the spending, the rest of a shared cost said to be another's to pay: "my partner pays the
#: rest", "he covers the other half". With the own share named ("my half of the rent is 600"),
#: the figures said beside it are the cardholder's own ("rent 900, i pay 550, he pays the rest"
#: names the whole and a part: never added).
_MY_SHARE_NAMED = regex(r"\bmy (?:half|share|part|portion|bit)\b")
_THEY_PAY_THE_REST = regex(
    r"\b(?:(?:my|the|her|his) )?(?:partner|husband|wife|hubby|boyfriend|girlfriend|fiance\w*|"
    r"mum|mom|dad|mother|father|he|she|they) (?:pays?|covers?|does|takes? care of) "
    r"(?:the rest|the other half|everything else|the remainder)\b"
)
#: At the spending, after the list's last figure, someone named with no word of money: an aside
#: about the household or said to the room ("… food 300 for the four of us, my son's 14", "…
#: and bills 200, the wife's reading it out for me"), not another's money ("… my wife pays half").
_SAYS_WHOSE_MONEY_EN = regex(
    r"\b(?:pays?|paid|paying|earns?|gets?|got|gives?|covers?|chips? in|puts? in|helps?|"
    r"sends?|owes?|lends?|buys?|does|handles?|sorts?|takes? care|half|halves|share|split|rest|"
    r"own|his|hers|her (?!own)\w+|wages?|pension|benefits?|job|works?|income|money)\b",
    read_often=False,
)


def _an_aside_after_the_list_en(tail: str) -> str:
    """``tail`` (what follows a list's last figure) blanked where it names no one's money."""
    return tail if _SAYS_WHOSE_MONEY_EN.search(tail) else " " * len(tail)


#: The same in Chinese: after the list's last figure, the household told of with no word of
#: money ("… 水电一百五 这是一个月的 老大今年初三 … 我咬着牙也得让她学"), not another's money
#: ("… 老婆出一半", "… 话费是单位给交的").
_SAYS_WHOSE_MONEY_ZH = re.compile(
    r"出|付|交|给|挣|赚|工资|收入|退休金|养老金|一半|分摊|平摊|帮|替|管|负责|承担|报销|钱|还"
)


#: A period other than the month named: a list with it may be no month's items.
_ANOTHER_PERIOD_NAMED_ZH = re.compile(r"一年|每年|年下来|全年|每周|一周|礼拜|星期|每天|一天")


def _an_aside_after_the_list_zh(tail: str) -> str:
    """``tail`` (what follows a list's last figure) blanked where it names no one's money."""
    return tail if _SAYS_WHOSE_MONEY_ZH.search(tail) else " " * len(tail)


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
    r"\bzusammen\b",  # a German's word among his Chinese: "zusammen 9.800 RMB im Monat"
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
    r"internet|loans?|mortgage|cards?|school|childcare|nursery|childminders?|car|electric\w*|"
    r"water|heating|"
    r"council tax|tips?|bonus\w*|overtime|benefits?|allowance|pension|commission|medicine\w*|"
    r"(?:key |gas |electric )?meters?|top ?ups?|dividends?)\b",
    r"\b(?:albérlet|lakbér|bérlet|rezsi|kaja|étel|bevásárl|benzin|üzemanyag|biztosítás|telefon|"
    r"internet|iskol|ovi|óvod|borraval|prémium|pótlék|segély|nyugdíj|túlóra|gyógyszer|villany|"
    r"gáz|víz|fűtés|élel)\w*",
    r"\blakás(?!hitel)\w*",
    r"\b\w*(?:hitel|kölcsön|kártyá?)\w*",
    r"房租",
    r"租金",
    r"水电",
    r"吃饭",
    r"伙食",
    r"生活费",
    r"交通",
    r"油费",
    r"保险",
    r"车险",
    r"电费",
    r"水费",
    r"燃气费",
    r"物业费",
    r"油钱",
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
#: Right after a whole, before its parts: "1200, of which 800 is rent", "250 ezer, amiből 150
#: a lakbér", "三千 其中房租两千".
#: A figure before the clause ends ("ebben benne van a rezsi, étel 40" names no part's figure).
_A_FIGURE_IN_THE_CLAUSE = r"[^,;.!?\uff0c\u3002\uff1b]*?[0-9一二两三四五六七八九十百千万]"
OF_WHICH = (
    r"\bof which\b", r"\bout of (?:that|which)\b", r"\bamiből\b",
    # (not "rent 700 including water, food 300": an item with what it takes in, no figure of it;
    # nor "1,200 not including rent which is 600": an item left out)
    rf"(?<!not )\bincluding\b(?={_A_FIGURE_IN_THE_CLAUSE})",
    r"\bebből\b", r"\babból\b", r"\bennek\b", r"其中",
    # the formal "of which" of a letter: "kiadásaim összege 142 500 Ft, melyből a lakás 61 000"
    r"\bmelyből\b", r"\bamelyből\b",
    # (not "在里面": pointing back, "吃住都在里面了", "已经算在里面了": counted in, no parts after)
    r"(?<!在)里面",
    # the whole said first, what it takes in after: "1,180 and that includes the bank's 12",
    # "kb 265, és ebben benne van a havi 2 ezer díj", "三千六, 包括银行扣的10块"
    rf"(?:\b(?:that|this|which|it) (?:already )?includes\b|\bebben (?:\w+ )?benne\b|包括)"
    rf"(?={_A_FIGURE_IN_THE_CLAUSE})",
    # a part of the whole said after it: "差不多5000, 不过有一千是还花呗的"
    r"(?<=[,\uff0c]) ?(?:不过|但是?)?有(?=[0-9一二两三四五六七八九十百千万]+ ?(?:块钱?|元)? ?是)",
    # the part said after the whole, with "of that" after its figure: "900 in total, 500 of
    # that is my rent", "300 összesen, 120 ebből a lakbér" (a mark before the part's figure;
    # "of that's" too)
    r"(?<=[,;] )(?=[$€£]?[0-9][0-9,.]*k? (?:of (?:that|it|this|which)(?:'?s)?|ebbol|abbol) )",
)  # fmt: skip
#: An amount said for later ("60 from june", "februártól 40", "以后三千"): an offer in two
#: stages, which one monthly amount does not answer. ("hitel", a loan, is no "-tél".)
#: "once" of a time to come ("once i start", "80 once the job starts"), not of how often ("once a
#: week", "once or twice").
ONCE_OF_A_TIME_TO_COME = r"once(?! (?:a|every|per|each|in a|or twice)\b)"
LATER_WORDS = (
    r"\bfrom (?:next|the|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|\w+ on)\b", r"\blater\b", r"\bafterwards\b", r"\bthen\b",
    rf"\b{ONCE_OF_A_TIME_TO_COME}\b", r"\bwhen i\b",
    r"\b\w+t[oó]l\b", r"\b\w+(?<!hi)t[eé]l\b", r"\blesz\b",
    r"\bkésőbb\b", r"\baztán\b", r"\butána\b", r"以后", r"之后", r"然后", r"到时候",
    r"下个?月(?:起|开始)", r"(?:过)?年后", r"过完年",  # "先还五百, 过年后能还一千"
)  # fmt: skip
_OTHER_PEOPLE = compile_phrases(OTHER_PEOPLE)
#: Child maintenance named with the parent who pays it: "95 maintenance off his dad", "child
#: maintenance from their father". The money is the cardholder's, no one else's income.
_MAINTENANCE_FROM_A_PARENT_EN = regex(
    r"\bmaintenance (?:off|from|of) (?:his|her|their|the kids'?|my kids'?|the|my ex'?s?) "
    r"(?:dad|father|mum|mother|mom|ex)\b"
)
#: A survivor's pension named: the late spouse's pension ("他单位的年金", "his works pension")
#: is now paid to the cardholder, no one else's income.
_SURVIVORS_PENSION = regex(r"遗属|抚恤金|遗孀|\bwidow\w*|\bözvegy\w*|\bozvegy\w*")
_THE_LATE_SPOUSES = re.compile(
    r"(?<![其吉])他(?:单位|厂里|公司)?的(?=[^,.;\uff0c\u3002]{0,4}(?:年金|养老金|退休金))"
)
#: In Hungarian, the late spouse a survivor's pension is paid after: "özvegyi a férjem után".
_AFTER_THE_LATE_SPOUSE_HU = re.compile(
    r"\b(?:a |az )?(?:ferjem|felesegem|parom|elettarsam|uram|neje|ferje)(?: \w+)? utan\b"
)
_OF_WHICH = compile_phrases(OF_WHICH)
_LATER = compile_phrases(LATER_WORDS)
_ALL_TOGETHER = compile_phrases(ALL_TOGETHER)
_ITEMS = compile_phrases(ITEMS)
_ITEM_JOINERS = regex(
    rf"\b(?:{alternatives(ITEM_JOINERS)})\b|[{''.join('加还和以另再大每一个是要花的交付')}]"
)
_NOT_A_LIST = compile_phrases(NOT_A_LIST)
#: The writer's own story told in a sentence before the list, in the past and with no figure but
#: a count of days or hours: "bocs hogy eltűntem 2 napra, kórház volt. albérlet 70 + kaja 50 +
#: benzin 20", "sorry, was at the hospital. rent 700 + food 300" (its "volt" or "was" is no
#: figure of before).
_STORY_CHARACTER = r"(?:[^0-9.!?]|[0-9]{1,2} ?(?=nap|ora|het|days?\b|hours?\b|weeks?\b))"
_A_PAST_STORY_BEFORE = re.compile(
    rf"^{_STORY_CHARACTER}*\b(?:volt|voltam|voltunk|was)\b{_STORY_CHARACTER}*[.!?]+ "
    r"(?=[^0-9]*[0-9])"
)


def _not_a_list(folded: str) -> bool:
    """Whether a word says the figures are no list of this month's items (:data:`NOT_A_LIST`),
    the writer's story told before them aside (:data:`_A_PAST_STORY_BEFORE`)."""
    if not _NOT_A_LIST.search(folded):
        return False
    if "volt" in folded or "was" in folded:
        folded = _A_PAST_STORY_BEFORE.sub(" ", folded)  # "…, kórház volt. albérlet 70 + …"
        return bool(_NOT_A_LIST.search(folded))
    return True


def _labelled(segment: str) -> bool:
    """Whether a stretch of text between amounts names something (a word that is not a joiner)."""
    rest = CURRENCY_AFTER.sub(" ", f" {segment} ")
    rest = _ITEM_JOINERS.sub(" ", words_only(rest))
    return any(len(word) >= 2 or any(is_cjk(ch) for ch in word) for word in rest.split())


#: Where one item of a list ends and the next begins: "780 rent, food 350; bills 160".
_LIST_ITEM_BREAK = re.compile(r"[,;]")
#: A debt named right after an amount: the amount is what is owed on it, no item's monthly cost.
_A_DEBTS_SIZE_AFTER = re.compile(
    r" ?(?:[$€£¥]|pounds?|quid)? ?(?:\w+ )?(?:loan|debt|overdraft|credit|finance|balance|owed|"
    r"left|outstanding|on (?:it|the|my))\b"
)


def _each_named_in_its_clause(folded: str, numbers: list[Number]) -> bool:
    """Whether each amount sits alone in its own comma clause, with the item's name in it, on
    either side of the amount: "780 rent, food 350, bills 160" (the name after the first amount
    and before the others). A bare figure among named ones ("900, rent 500, food 400": a total
    before its parts) is no such list."""
    inside = [(n.start, n.end) for n in numbers]
    breaks = [
        m.start()
        for m in _LIST_ITEM_BREAK.finditer(folded)
        if not any(start <= m.start() < end for start, end in inside)
    ]
    edges = [0, *breaks, len(folded)]
    clauses = list(itertools.pairwise(edges))
    for start, end in clauses:
        within = [n for n in numbers if start <= n.start < end]
        if len(within) > 1:
            return False
        if within and not _labelled(
            folded[start : within[0].start] + " " + folded[within[0].end : end]
        ):
            return False
        if within and _A_DEBTS_SIZE_AFTER.match(folded, within[0].end, end):
            return False  # "£1k loan, paying it off at 85": the loan's size, then its payment
    return True


#: Where, between two figures of an English list, the one item ends and the next begins: "+",
#: "and", "plus", a comma ("rent 600 + 190 bills + 40 phone").
_ITEMS_JOINED_EN = re.compile(r"\+|,|;|&|\band\b|\bplus\b")


#: In a name beside a figure, a person who does or gets something ("i get", "we pay", "my"), or
#: a time or a change ("rent 575 and then 620 for the new flat": the rent's figure after it).
_SOMEONE_SAYS_EN = re.compile(
    r"\b(?:i|we|me|my|our|he|she|they|get|gets|got|earn|earns|then|now|new|was|were|before|"
    r"after|next|last|used|until|till|since|going|goes|went|rise|rises|risen|rose|up|down)\b"
)


def _each_named_on_one_side_en(numbers: list[Number], segments: list[str]) -> bool:
    """Whether a short English list is all the message says, each figure's item named on one side
    of it, the names before and after mixed: "rent 600 + 190 bills + 40 phone", "wages 980, child
    benefit 150 and 95 maintenance", "food 200 phone 30 travel 90 and 250 board to mum". Between
    two figures, what comes before the joiner is the first's and what comes after it the
    second's; with no joiner, a single word is the next figure's name ("food 200 phone 30").
    Each name a few words at most, every figure ten or more: no count of things ("3 lads", "2
    for 1 deals") and no story around the figures."""
    if any(n.value is None or n.value < 10 for n in numbers):
        return False
    before = [segments[0]]
    after: list[str] = []
    for segment in segments[1:-1]:
        joiner = _ITEMS_JOINED_EN.search(segment)
        if joiner is None and len(segment.split()) > 1:
            return False
        if joiner is None:
            after.append("")
            before.append(segment)
        else:
            after.append(segment[: joiner.start()])
            before.append(segment[joiner.end() :])
    after.append(segments[-1])
    if any(len(part.split()) > 3 for part in (*before, *after[:-1])) or len(after[-1].split()) > 4:
        return False
    if any(_SOMEONE_SAYS_EN.search(part) for part in (*before, *after)):
        return False  # "i get 1,900 a month and 300 tips", "rent 575 and then 620": no bare list
    return all(_labelled(b) or _labelled(a) for b, a in zip(before, after, strict=True))


_EXPLICIT_PLUS = re.compile(r" ?(?:\+|plusz?|加上?) ?(?:(?:about|around|roughly|approx\w*) )?")
_BARE_JOINER = re.compile(r" ?(?:,|\+|plusz?|and|es|meg|、|加上?|和) ?")
#: In English, "and then" or "and about" between two amounts, the second's item named after it
#: with "for" or "on": "rent is 575 and then about 350 for everything else" (the next item, its
#: figure a rough one; not "rent 575 and then 620": the rent's figure after a change).
_A_JOINER_THEN_OR_ROUGHLY_EN = re.compile(
    r" ?(?:,|\+|and)(?: then)?(?: (?:about|around|roughly|approx\w*))? ?"
)
_THE_LAST_ITEM_NAMED_AFTER_EN = re.compile(
    r" (?:for|on) (?!(?:the )?(?:a|each|every|next|new|now|later|then|after)\b)[a-z]{2,}"
)


#: Between amounts, "the one ... the other one": "一个三百一个两百", "一笔五百, 另一笔八百".
_ONE_OF_THEM_ZH = re.compile(r" ?[,\uff0c\u3001]? ?(?:另)?一(?:个|笔|张|家|项) ?")


def _thousands_said_once(numbers: list[Number]) -> list[Number]:
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


_EACH_OF_SEVERAL = regex(
    r"各(?!种|種|样|樣|类|類|个|個|项|項)|(?:每张|每張|每笔)(?![^,;\uff0c]{0,12}?分别)|"
    r"\beach\b(?! month)|\bapiece\b"
)  # ("每张最低还款分别是580、720、1100": each its own, a list)


#: A small whole number said first in its clause, then things counted by a plural word that names
#: no money, period or cost ("8 sails on order", "12 kitchens booked in"): a count of the trade's
#: things beside the figure, never an item of a list to add. ("200 bills", "40 quid", "3 months"
#: are not: money, a cost, a period.)
_THINGS_COUNTED_EN = re.compile(
    r"[1-9][0-9]? (?!(?:pounds|quid|bucks|euros|dollars|grand|notes|bills|payments|instalments|"
    r"installments|repayments|subs|subscriptions|groceries|utilities|loans|debts|cards|fags|"
    r"cigs|ciggies|drinks|pints|bets|takeaways|meals|lunches|dinners|fares|tickets|fees|costs|"
    r"months|weeks|days|years|hours|hrs|mins|minutes|nights|shifts|times|percent|pence|"
    r"pennies|thousands|hundreds|ks|pcs)\b)[a-z]{2,}s\b"
)


def _at_a_clause_start(folded: str, start: int) -> bool:
    """Whether the text before ``start`` is empty or ends a clause (a comma, a full stop)."""
    return not folded[:start].strip() or folded[:start].rstrip()[-1] in ",.;:!?"


#: An item's figure said to be today's, in a list: "rent 875 now, phone 30, food 250", "rent is
#: 900 on my own now that she's moved out, plus food 300". The "now" (and why) tells the item's
#: figure is new, no change between the list's figures (as "was 800, now 875").
_AN_ITEMS_FIGURE_NOW_EN = re.compile(
    r"(?P<item>[a-z]+(?: tax)?)(?:'s| is| at)? (?:[$£] ?)?[0-9][0-9.,]*(?: ?k)?"
    r"(?: on my own| by myself| alone)?(?P<now> now(?: that (?:he|she)(?:'s| has| is)? "
    r"(?:gone|moved out))?)(?=[,;.]| and\b| plus\b| &|$)"
)


def _without_an_items_now_en(folded: str) -> str:
    """``folded`` with the "now" of :data:`_AN_ITEMS_FIGURE_NOW_EN` blanked, where the item is
    named once (not "rent 800, rent 875 now": its figure before and now)."""
    found = _AN_ITEMS_FIGURE_NOW_EN.search(folded)
    if found is None or folded.count(" now") > 1:
        return folded
    item = found["item"]
    if not _ITEMS.fullmatch(item) or len(re.findall(rf"\b{item}\b", folded)) > 1:
        return folded
    blank = " " * (found.end("now") - found.start("now"))
    return folded[: found.start("now")] + blank + folded[found.end("now") :]


#: "The total" said first with no figure of its own, its items after: "i meant the total: rent
#: 650, bills 140, food 200". It asks that they be added (no total said beside its parts).
_THE_TOTAL_NAMED_FIRST_EN = re.compile(r"^[^0-9]*\btotal\b ?[,:;-]+ ?(?:(?:my|the) )?")


def _without_the_total_named_first_en(folded: str) -> str:
    """``folded`` with :data:`_THE_TOTAL_NAMED_FIRST_EN` blanked, where an item is named right
    after it and "total" is said once."""
    found = _THE_TOTAL_NAMED_FIRST_EN.match(folded)
    if found is None or not _ITEMS.match(folded, found.end()) or folded.count("total") > 1:
        return folded
    return " " * found.end() + folded[found.end() :]


def _the_one_written_about_zh(folded: str) -> str:
    """A message opened by "他" or "她", no one else in it, as if the pronoun were not there: a
    helper writes of the cardholder, whose own the items are ("他吃饭八百 给家里寄一千"; not
    "他挣三千 我挣两千", nor "她三千 他两千", two people's)."""
    pronoun = folded[0]
    if folded[1:2] == "们" or ("她" if pronoun == "他" else "他") in folded:
        return folded
    if "我" in folded or "俺" in folded:
        return folded
    return folded.replace(pronoun, " ")


def _sum_of_items(
    folded: str, numbers: list[Number], language: str, *, costs: bool = False
) -> Decimal | None:
    """The sum of a list of items that each have an amount ("rent 800 plus bills 300",
    "房租2000 吃饭1500", "800 for rent and 300 for food"); ``None`` when it is not such a list:
    also when another person's money is among them ("my wife earns 1500 and I earn 2000") and
    when small bare numbers may be thousands ("albérlet 140, rezsi 30": 140 what?)."""
    if " now" in folded and language_code(language) == "en":
        folded = _without_an_items_now_en(folded)
    if "total" in folded and language_code(language) == "en":
        folded = _without_the_total_named_first_en(folded)
    if len(numbers) < 2 or _not_a_list(folded) or varying_amount_said(folded):
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
    looked = _THEIR_COST.sub(" ", folded) if costs else folded
    if costs and language_code(language) == "hu" and "felez" in looked:
        looked = _THE_OWN_HALF_AFTER_A_SPLIT_HU.sub(" ", looked)  # "(a tesómmal felezzük, …)"
    if costs and language_code(language) == "hu" and ". " in looked:
        looked = _A_CLOSING_ASIDE_HU.sub(" ", looked)  # "…, benzin 30. a párom terhes"
    if costs and "my " in looked and _MY_SHARE_NAMED.search(looked):
        looked = _THEY_PAY_THE_REST.sub(" ", looked)  # "my half is 600, … he pays the rest"
    if costs and language_code(language) == "en" and _OTHER_PEOPLE.search(looked, numbers[-1].end):
        looked = looked[: numbers[-1].end] + _an_aside_after_the_list_en(looked[numbers[-1].end :])
    if (
        costs
        and language_code(language) == "zh"
        and _OTHER_PEOPLE.search(looked, numbers[-1].end)
        and not _ANOTHER_PERIOD_NAMED_ZH.search(looked)  # "一年下来…三万六 除以十二 一个月…"
    ):
        looked = looked[: numbers[-1].end] + _an_aside_after_the_list_zh(looked[numbers[-1].end :])
    if costs and "算" in looked and language_code(language) == "zh":
        looked = _WHO_DID_THE_SUM_ZH.sub(" ", looked)  # "…四百 老婆拿计算器算的"
    survivors = bool(_SURVIVORS_PENSION.search(looked))
    if survivors:  # "遗属抚恤金两千一, 还有他单位的年金六百": hers now
        looked = _THE_LATE_SPOUSES.sub(" ", looked)
        if language_code(language) == "hu":  # "24 ezer özvegyi a férjem után"
            looked = _AFTER_THE_LATE_SPOUSE_HU.sub(" ", looked)
    if looked[:1] in ("他", "她") and language_code(language) == "zh":
        looked = _the_one_written_about_zh(looked)
    if "maintenance" in looked:  # "95 maintenance off his dad": paid to the cardholder
        looked = _MAINTENANCE_FROM_A_PARENT_EN.sub(" ", looked)
    people = _OTHER_PEOPLE.search(looked)
    if people and not _ALL_TOGETHER.search(folded):
        return None
    if language_code(language) == "hu" and (
        _OTHER_PEOPLE.search(
            looked if costs or survivors else folded
        )  # "a feleségemmel együtt 450e, de az
        # enyém 190"
        or not _shares_said(folded, numbers)  # "lakbér 200, a felét a párom fizeti, rezsi 40"
        or _ANOTHER_PERIOD.search(folded)  # "hetente tankolok 15ért, meg a lakbér 120"
        or _CONTRAST.search(folded, numbers[0].end, numbers[-1].start)  # "230, de csak 200"
        or _NOT_EVERY_MONTH.search(folded)  # "fizetés 200, meg 80 ha van túlóra"
    ):
        return None
    if (
        language_code(language) == "hu"
        and not any(n.scaled for n in numbers)
        and all(n.value is not None and n.value < 1000 for n in numbers)
        and not CURRENCY_AFTER.search(folded)
    ):
        return None
    if any(n.value is None or n.negative or n.not_monthly or n.part for n in numbers):
        return None
    if language_code(language) == "en" and any(
        _THINGS_COUNTED_EN.match(folded, n.start) and _at_a_clause_start(folded, n.start)
        for n in numbers
    ):
        return None  # "8 boats in for repair, wage is 1,720": a count of things, no item's cost
    if language_code(language) != "zh" or (
        all(n.value is not None and n.value < 100 for n in numbers[:-1])
        and all(
            _BARE_JOINER.fullmatch(folded, a.end, b.start) for a, b in itertools.pairwise(numbers)
        )
    ):  # "油费六百, 房租两千": a Chinese hundred is no thousand said once ("3、5千" may be)
        numbers = _thousands_said_once(numbers)  # (nor one with an item between, "电费60 房租一千")
    # a cost of nothing is the same in forints and in thousands: "szállás 0, kaja 50, bérlet
    # 9450" (not of the pay: "lejárt a 90. nap után, jelenleg 0" is no list)
    bare = [
        n.value for n in numbers if not n.scaled and n.value is not None and (n.value or not costs)
    ]
    if language_code(language) == "hu" and min(bare, default=1000) < 1000 <= max(bare, default=0):
        return None  # "lakás 110 + kaja 60 + bérlet 9500": thousands and forints mixed
    if (
        language_code(language) == "hu"
        and any(n.scaled for n in numbers)
        and any(
            not n.scaled and n.value is not None and (n.value or not costs) and n.value < 1000
            for n in numbers
        )
    ):
        return None  # "albérlet 120 ezer plusz rezsi 40": 40 what? ("1k rent plus 400 bills" adds)
    edges = [0, *(edge for n in numbers for edge in (n.start, n.end)), len(folded)]
    segments = [folded[edges[i] : edges[i + 1]] for i in range(0, len(edges), 2)]
    if not (  # (each sign looked for only where none before it is found)
        all(_labelled(segment) for segment in segments[:-1])  # each named before its amount
        or all(_labelled(segment) for segment in segments[1:])  # or after it
        or all(_EXPLICIT_PLUS.fullmatch(segment) for segment in segments[1:-1])
        or (
            all(_BARE_JOINER.fullmatch(segment) for segment in segments[1:-1])
            and _labelled(segments[0])  # "3 kölcsön: 30, 25 és 20 ezer"
        )
        or (
            language_code(language) == "hu"
            and all(  # "160 000 ft + a kaja 50 000"
                _labelled(segments[i]) or _labelled(segments[i + 1]) for i in range(len(numbers))
            )
        )
        or (  # "抖音月付和美团月付, 一个三百一个两百": the items named, then each one's
            language_code(language) == "zh"
            and _labelled(segments[0])
            and all(_ONE_OF_THEM_ZH.fullmatch(segment) for segment in segments[1:-1])
        )
        or (language_code(language) == "en" and _each_named_in_its_clause(folded, numbers))
        or (language_code(language) == "en" and _each_named_on_one_side_en(numbers, segments))
        or (
            language_code(language) == "en"
            and _labelled(segments[0])
            and all(_A_JOINER_THEN_OR_ROUGHLY_EN.fullmatch(segment) for segment in segments[1:-1])
            and _THE_LAST_ITEM_NAMED_AFTER_EN.match(segments[-1]) is not None
            and not _LATER.search(segments[-1])
        )
    ):
        return None
    if language_code(language) == "hu" and _total_among_parts(numbers, segments):
        return None  # "250: lakbér 150, rezsi 100": a total among its parts, said without a sign
    return sum((n.value for n in numbers if n.value is not None), Decimal(0))


#: A period other than the month anywhere in a list: its amounts are not all a month's.
_ANOTHER_PERIOD = compile_phrases(
    (r"\bhetente\b", r"\bheti\b", r"\bévente\b", r"\bévi\b", r"\bnaponta\b", r"\bnapi\b",
     r"\bkéthavonta\b", r"\bkét havonta\b",
     r"\begy évre\b", r"\begész évre\b", r"\bkéthetente\b", r"\bnegyedévente\b",
     r"\btobbhavonta\b")  # "3 havonta", rewritten by the amount reader
)  # fmt: skip
#: Said of an amount that does not come every month: no sum of the month's to take.
_NOT_EVERY_MONTH = re.compile(
    # (not "ha kell, pontosabban is összeírom": an offer to say more, no amount's condition)
    r"\bha (?!jol\b|(?:kell|szukseges|gondolja|gondoljak|kerik)\b,)|"
    r"\bnem (?:mindig|biztos|minden honap\w*)\b|\bbizonytalan\w*|\balkalmi\w*|"
    r"\britkan\b|\bamikor\b"
)
#: At the spending, a last sentence with no figure and no word of who pays or gets what: an
#: aside about the household ("…, kaja 80. a párom terhes"; not "a lányom 15 éves": its age
#: is a figure; nor "a párom is itt lakik": a household's whole), not another's money.
_A_CLOSING_ASIDE_HU = re.compile(
    r"\. (?![^.]*(?:[0-9]|fizet|\bad|adja|kap|keres|fele|resz|osztjuk|enyem|ove\b|"
    r"lak|egyutt|ketten|kozos))[^.]*\.?$"
)
#: A contrast between two amounts ("alapbér 230, de csak 200-at kapok"): no list to add up.
_CONTRAST = re.compile(r"\b(?:de|viszont|azonban|bar)\b")


#: A half named as someone's right before its figure: "az én felem 85", "az ő fele kb 40".
_A_HALF_NAMED_BEFORE_HU = re.compile(r"\baz (?:en felem|o fele)(?: kb\.?)? $")


#: After a split named, the figure before it said to be the own half: "albi 110 (a tesómmal
#: felezzük, ez az én felem)". The one it is split with pays the other half: no one else's money
#: in the list.
_THE_OWN_HALF_POINTED_BACK_HU = re.compile(r"\W{1,3}(?:ez|az) az en (?:felem|reszem)\b")
_THE_OWN_HALF_AFTER_A_SPLIT_HU = re.compile(
    r"(?:\b(?:a|az) \w+(?:mal|mel) )?\bfelez\w*\W{1,3}(?:ez|az) az en (?:felem|reszem)\b"
)


def _shares_said(folded: str, numbers: list[Number]) -> bool:
    """Whether every half-and-half word of a list comes just before the share it names ("albérlet
    felezve 75", "a lakbér fele az enyém, az 65"): then the amounts are the cardholder's own."""
    if _HALF_SHARE.search(folded) and any(
        _COST_NAMED.match(folded, n.end) or folded[n.start : n.end].endswith("ezres")
        for n in numbers
    ):
        return False  # "a 140-es albérlet felét fizetem, kaja 40": which is halved?
    for share in _HALF_SHARE.finditer(folded):
        if _THE_OWN_HALF_POINTED_BACK_HU.match(folded, share.end()) and any(
            n.end <= share.start() for n in numbers
        ):
            continue  # "albi 110 (felezzük, ez az én felem)": the figure before is the own half
        following = [n for n in numbers if n.start >= share.end()]
        if not following or (
            _words_between(folded[share.end() : following[0].start]) > 3
            and not _A_HALF_NAMED_BEFORE_HU.search(folded, share.end(), following[0].start)
        ):  # (a helper's "ketten fizetik a lakást, az ő fele 85": the half, named right before)
            return False
        if _COST_NAMED.match(folded, following[0].end) or _WHOLE_COST.search(
            folded, 0, following[0].start
        ):
            return False  # "felezzük a 180-as lakbért": the whole cost, halved
    return True


_BREAKDOWN_AFTER = re.compile(r"^ ?(?:ft|forint\w*|huf)? ?[:,(-]")
_BREAKDOWN_BEFORE = re.compile(r"[:,=] ?$")


def _total_among_parts(numbers: list[Number], segments: list[str]) -> bool:
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


_WITHOUT = re.compile(
    r"\b(\w{3,}) nelkul\b|\b(?:without|excluding|not including|not counting) (?:the |my )?(\w{3,})|"
    r"(?:不算|不包括|不含|除去)"
)


def _said_with_and_without(folded: str, numbers: list[Number]) -> tuple[Number, Number] | None:
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


#: Right before the cardholder's own share of a cost said beside it: "az én részem 75", "my
#: half is 400", "我那一半是八百".
_MINE_BEFORE = regex(
    r"(?:\baz (?:en )?(?:reszem|felem)|\baz enyem|\bmy (?:share|half|part|portion|bit))"
    r"(?: (?:is|of (?:it|that|this)|csak|kb|about|around))*\W{0,2}(?:[$€£] ?)?$|"
    r"我(?:的|这|那)?(?:部分|一半|份)(?:是|大概|大约)?$|我(?:自己)?(?:出|承担|分摊)(?:大概|大约)?$|"
    # a message passed on from the one the cost is shared with: "your half is 590"
    r"\byour (?:share|half|part|portion|bit)(?: (?:is|comes to|of (?:it|that|this)))*\W{0,2}"
    r"(?:[$€£] ?)?$"
)


#: Before and after the own share of a whole said before it, in English, the share said as what
#: the cardholder pays of it: "we spend 1,600 as a family, I pay 900 of that".
_I_PAY_BEFORE_EN = regex(
    r"\b(?:i|me) (?:only |just )?(?:pay|put in|cover|chip in)(?: about| around| roughly)?"
    r"\W{0,2}(?:£ ?)?$"
)
_OF_THAT_AFTER_EN = re.compile(r"(?: ?(?:quid|pounds|a month))? of (?:that|it|this|them)\b")


def _share_of_a_cost(folded: str, numbers: list[Number]) -> Number | None:
    """The cardholder's own share ("my half is", "az én részem", "我出", "I pay 900 of that") said
    right after the
    larger cost it is a share of, with no other item named between them ("房贷四千我出两千";
    not "房租三千, 水电我出两百", where 200 is another item); or said first, before the whole it
    halves, the split said between ("az én részem 125, felezzük a 250-et")."""
    for cost, share in itertools.pairwise(numbers):
        if (
            (
                _MINE_BEFORE.search(folded, max(0, share.start - 30), share.start)
                or (
                    _I_PAY_BEFORE_EN.search(folded, max(0, share.start - 24), share.start)
                    and _OF_THAT_AFTER_EN.match(folded, share.end)
                )
            )
            and cost.value is not None
            and share.value is not None
            and cost.value > share.value
            and not _ITEMS.search(folded, cost.end, share.start)
        ):
            return share
        if (
            _MINE_BEFORE.search(folded, max(0, cost.start - 30), cost.start)
            and cost.value is not None
            and share.value is not None
            and share.value == 2 * cost.value
            and _SPLIT_AFTER_THE_SHARE.search(folded, cost.end, share.start)
        ):
            return cost  # "az én részem 125, a párommal felezzük a 250-et": its whole after it
    return None


#: Between the own share said first and the whole after it, the whole said split in halves:
#: "my half is 300, we split the 600", "az enyém 90, a tesómmal felezzük a 180-at".
_SPLIT_AFTER_THE_SHARE = regex(r"\b(?:felezz?uk|felezunk|split|halve|halves)\b")


def _words_between(text: str) -> int:
    """About how many words ``text`` has, two Chinese characters a word."""
    return len(words_only(text).split()) + chinese_characters_in(text) // 2


_CLAUSE_BREAK = regex(
    r"[,.;!?\uff0c\u3002\uff1b\uff01\uff1f]"
    r"|\b(?:but|though|although|de|viszont|azonban|de most)\b|但是?|可是|不过"
    r"|(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])"
)


def _clause(folded: str, number: Number) -> tuple[int, int]:
    """Where the clause of ``number`` starts and ends (punctuation, "but", a space in Chinese)."""
    return _clause_between(folded, number.start, number.end)


def _clause_between(
    folded: str, start: int, end: int, breaks: re.Pattern[str] = _CLAUSE_BREAK
) -> tuple[int, int]:
    """Where the clause holding ``folded[start:end]`` starts and ends, cut at ``breaks``."""
    first, last = 0, len(folded)
    for brk_start, brk_end in spans_of(breaks, folded):
        if brk_end <= start:
            first = brk_end
        elif brk_start >= end:
            last = brk_start
            break
    return first, last


_SMALL_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_COUNT = rf"([0-9]|{'|'.join(_SMALL_COUNTS)})"
_EACH_AMOUNT = r"(?:[$€£] ?)?([0-9]+(?:\.[0-9]{1,2})?)(?: ?(?:quid|pounds?|pound))?"
#: N things at M each ("3 other cards, roughly 50 each", "four store cards, 25 on each", "two
#: jobs, 900 each"), or N payments of M in a month ("2 x £50 a month", "2 payments of 40 each
#: month"): N times M.
_PRODUCT_SAID = (
    re.compile(
        rf"\b{_COUNT} (?:[a-z]+ ){{0,2}}(?:cards?|loans?|debts?|catalogues?|accounts?|lenders?|"
        # (or what is earned or paid for by the head: "i clean 3 houses, 800 each a month")
        r"bills?|ones|jobs|houses|homes|clients|families|kids|children|pupils|students)\b"
        rf"[^0-9]{{0,25}}?{_EACH_AMOUNT} ?(?:each|apiece|a piece|on each|for each|"
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


def _split_in_a_month(folded: str, chosen: list[Number]) -> Decimal | None:
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


#: What a count of things is said in, and "each" of them by it: "三张卡, 每张…", "做3家保洁,
#: 每家…", "两份兼职, 每份…" (not "每个月": a month).
_COUNTED_BY_ZH = "张張家个個份位笔筆"
_EACH_ZH = re.compile(
    r"各(?!种|種|样|樣|类|類|个|個|项|項)|"
    rf"每[{_COUNTED_BY_ZH}](?!月)(?![^,;\uff0c]{{0,12}}?分别)"
)


def _products_said_zh(folded: str, numbers: list[Number]) -> Decimal | None:
    """The sum over cards of what each is said to take, in Chinese: "另外三张卡, 每张每个月还一千"
    is 3000, "一张卡每月还两千, 另外两张各一千" 4000; so too over homes cleaned or jobs ("做3家保洁,
    每家一月800" is 2400). Each amount goes with the count said last before it: times that count
    when "each" (各, 每张, 每家) stands between them, as said after one; every count must go with
    one amount."""
    counts = [
        n for n in numbers if n.unit == "count" and folded[n.end : n.end + 1] in _COUNTED_BY_ZH
    ]
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


def _split_in_a_month_zh(folded: str, numbers: list[Number]) -> Decimal | None:
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


def _product_said(folded: str, chosen: list[Number]) -> Decimal | None:
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


#: A cost shared half and half: "a felét fizetem", "felezzük", "fele-fele", "ketten fizetjük".
HALF_SHARE = (
    r"\bfelét\b", r"\bfelez\w*", r"\bmegfelez\w*", r"\bfele-fele\b", r"\bketten fizetj\w*",
    r"\bfele az enyém\b", r"\bfele rám\b",
)  # fmt: skip
_HALF_SHARE = compile_phrases(HALF_SHARE)
#: Said right before an amount, it is the whole cost ("a teljes részlet 150", "közösen 300").
_WHOLE_COST = re.compile(r"\b(?:teljes|egesz|kozos(?:en)?|osszesen)\b(?:\W+\w+){0,2}\W*$")
#: Said right after an amount, it is the whole cost: "a 150-es lakbér", "a 96 ezres hitel".
_COST_NAMED = re.compile(r"-?(?:[aeo]s|ezres|es)\b")
