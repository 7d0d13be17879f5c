"""The patterns of a number's surroundings that several parts of the reading share: words for
nothing, a month's or a total's word before or after a figure, now, thousands, a clause's end,
and the small helpers built on them. Apart so that each reader above can use them without
depending on another."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal, localcontext

from dialogs.understanding.beside import (
    WITH_THE_USUAL_EXTRAS,
)
from dialogs.understanding.rules.amounts.outcome import (
    AmountProblem,
    AmountReading,
)
from dialogs.understanding.rules.numerals import (
    _CN_PIECE,
    ARITHMETIC,
    CURRENCY_AFTER,
    Number,
    numbers_in,
)
from dialogs.understanding.rules.text import (
    ByScript,
    Phrases,
    compile_phrases,
    kept_for_the_message,
    regex,
)

# ================================================================================================
# Numbers
# ================================================================================================

#: Words that mean an amount of nothing (an income of 0 means no job, "no other debts" is 0).
ZERO_WORDS = (
    r"\bzero\b(?! ?-?hours?\b)",
    # (not a month compared with the usual: "about 900, nothing like normal", "nowt like it was")
    r"(?<!if )(?<!unless )\bnothing\b(?! (?:breaks|goes wrong|changes|else|like\b))"
    # (nor nothing wasted, an ultimatum, or a nothing hedged before its figure: "i dont waste
    # nothing", "its that or nothing", "nothing coming in really, maybe 200 from odd jobs")
    r"(?<!waste nothing)(?<!wasting nothing)(?<!that or nothing)(?<!this or nothing)"
    r"(?! (?:coming in |going out )?really\W+(?:maybe|about|around|roughly|only|just)\b)",
    r"\bnone\b", r"\bnil\b", r"\bnada\b", r"\bzilch\b", r"^zip$", r"\bnowt\b(?! like\b)",
    r"\bsweet (?:fa|f all|fanny adams)\b", r"\b(?:f all|bugger all|sod all|diddly squat)\b",
    r"\bnot a (?:sausage|bean|brass farthing)\b",  # British for nothing at all
    r"\bno (?:other )?(?:income|money|salary|earnings|wages?|debts?|loans?|credits?|payments?)\b",
    r"\b(?:don't|do not|dont|doesn't|haven't|have not|havent) "
    r"(?:have |got |earn |make |get |pay |owe )?"
    r"(?:any(?:thing)?|a (?:penny|cent|dime))\b(?! (?:idea|clue))",
    r"\bnot (?:a (?:penny|cent)(?! more| over| extra)|earning|making)"
    r"(?: (?:any(?:thing)?|a thing))?",
    # nothing paid yet, whatever a plan being set up may come to: "so i'm not paying anything
    # at the moment"
    r"\bnot paying (?:anything|a thing)\b(?= (?:at the moment|yet|for now|right now|now)\b)",
    # (not what is left: "sosem marad semmi", "egy fillér se marad" is no spending of nothing)
    r"\bnulla\b", r"(?<!marad )\bsemmi(?:t|m|nk|se)?\b(?! (?:nem )?marad)", r"\bsemennyi\b",
    r"\bnincs(?:en|enek|nek)?\b",
    r"\begy (?:fill[eé]r|forint|cent)\w* (?:sem|se|sincs)\b(?! marad)",
    r"\bnem (?:keresek|kapok) semmit\b",
    r"\bsenkinek (?:sem |se )?(?:nem )?tartozom\b", r"(?:\bi |^)owe (?:nobody|no one|no-one)\b",
    # only this card owed: "csak önöknek tartozom", "senkinek, csak a banknak", "i only owe you"
    r"\bcsak (?:maguknak|önöknek|nektek|neked|a banknak|ennek a kártyának) tartozom\b",
    r"^senkinek(?: másnak)?\b(?=,? (?:csak|kivéve)\b)",
    r"\bi only owe (?:you|yous|you lot|you guys|the bank|this card)\b",
    r"\b(?:don'?t|do not) owe (?:any )?(?:money |anything )?(?:to )?(?:anybody|anyone|any one)\b",
    r"不欠别人", r"没欠别人", r"(?:没|不)欠(?:谁|任何人)",
    # (not a word of odd jobs or small money: "干点零活", "打零工", "零钱", "零花钱", "零碎")
    r"零(?!头|活|工|钱|花|碎|星|售|件|食)",
    r"没有收入", r"没收入", r"无收入", r"没有工资", r"没有钱", r"没钱",
    r"^(?:没有|没|沒有|沒|无|無|木有|冇|冇得|都没有|一个都没有|一分都没有)$",
    # none, one debt said to be counted already at an earlier question: "冇得 房贷刚才算过了",
    # "没有 车贷前面已经说过了"
    r"^(?:没有|没|无|木有|冇|冇得)(?:了|啦)?[ ,\uff0c]+(?:房贷|车贷|房租|那个|那笔)?(?:的话)?"
    r"(?:刚才|前面|之前|上面)?(?:已经)?(?:都)?(?:算|说|填|写)(?:过|进去)(?:了)?$",
    # Cantonese "冇" too: "冇其他欠款", "冇收入"
    r"(?:没有|没|沒有|无|無|冇)(?:任何)?(?:其他|其它|别的|另外)?的?(?:债务|債務|贷款|貸款|欠款|负债|負債|借款|收入|工资|欠别人|欠别的)",
    r"(?:没有|没|無|无)(?:其他|其它|别的)(?:的)?(?:了)?$",
    r"(?:其他|其它|别的)(?:的)?(?:欠款|债务|贷款|负债|债)? ?:? ?(?:没有|没|无)(?:了)? ?[.!]?$",
    r"(?:没有|没|无|冇|沒有|沒)(?:其他|其它|别的|別的)(?:的)?[债債](?!主)",  # "冇其他債 多謝"
    r"一分钱?(?:都|也)没", r"一分钱?没有(?!进账|到账|收入)", r"身无分文", r"分文没有",
    r"(?:自己|本人)(?:现在|目前)?(?:一| )分钱?(?:都|也)?没(?:有)?",
    r"^没了", r"^(?:就|只有)这(?:一)?(?:个|张|笔)(?:了)?$", r"啥也没有", r"什么都没有",
    r"^n ?/ ?a\.?$", r"^nincs ilyen\w*", r"^(?:暂时|目前|现在)(?:还)?没(?:有)?(?:收入|工作|工资)?",
    r"(?:没有|没什么|没啥|基本没)(?:什么)?(?:开销|开支|花销|支出|花费)",
    r"(?:啥|什么|一分钱?)(?:都|也)(?:不|没)(?:用)?(?:花|出|掏|要|收)",
    r"不(?:用|需要)(?:每个?月|按月)还", r"没有月供", r"一分(?:钱)?(?:都|也)还不(?:了|起)",
    r"(?:现在|目前)(?:已经)?(?:都)?没(?:有)?了$",
    r"(?:我|本人)自己(?:名下)?(?:都|也|是)?(?:没有|没)(?:的|了)?(?:$|(?=[,.!?;]))",
    r"(?:我)?个人(?:名下)?(?:都|也|是)?(?:没有|没)(?:的|了)?(?:$|(?=[,.!?;]))",
    # (not "还没到账": the pay day not yet come, "每个月10号发, 6200, 今天9号还没到账")
    r"(?<!还)(?:没有|没)(?:欠(?:过)?债|(?:有)?进账|(?:有)?到账)",
    r"一分钱?没(?:有)?(?:进账|到账|收入)", r"一分钱?(?:的)?(?:收入|进账)(?:都|也)没(?:有)?",
    # a loan stood surety for, paid by its borrower: "他自己在还, 我不用还"
    r"(?:我|本人)(?:自己)?(?:都|也)?不(?:用|需要)还(?:钱)?(?:$|(?=[,.!?;]))",
    r"(?:我|本人)自己(?:现在|目前)?(?:还)?(?:没有?|无)(?:工作|收入)",  # "…寄四千, 我自己没工作"
    # never one to borrow, said first: "没 我从没借过钱", "向来不欠债" (no debt of any kind;
    # not after a debt's figure, "房贷两千 别的从来不借": that one is paid)
    r"^(?:(?:无|無|没有|没)[ ,]*)?(?:我)?(?:从来|从|向来|一向)(?:都)?(?:不|没)(?:有)?(?:借|欠)"
    r"(?:过)?(?:钱|债)",
)  # fmt: skip


_ZERO_WORDS = Phrases(ZERO_WORDS)

#: The paper that holds the figure is not at hand: "its on the payslip, i dont have it on me", "a
#: bérpapír most nincs nálam", "a papír nincs előttem", "工资条我现在手边没有". Its "nincs" or
#: "没有" is no amount of none: the figure is somewhere, and is asked again. (Not "手边没有钱":
#: money not at hand is none.)
_PAPER_NOT_AT_HAND = regex(
    r"\b(?:i )?(?:don'?t|do not|haven'?t|have not) (?:have|got) (?:it|them|that|the \w+) "
    r"(?:on me|to hand|with me|here|handy)\b|\bnot (?:to|at) hand\b|"
    r"\bnincs(?: most| itt| epp)* (?:nalam|kezemnel|kez(?:n|e)el|elottem)\b|"
    r"手边没有(?!钱)|不在(?:我)?(?:手边|身边)|没(?:有)?带在身上"
)


#: Said of money paid out that the cardholder does not count as a debt: "i send 200 home but
#: that's not a debt", "küldök 50 ezret, de az nem adósság", "给家里寄1000, 但那个不是债".
#: Money given, not to be paid back: "kaptunk 2 milliót, de azt nem kell visszaadni", "az
#: ajándék", "we got 5k off my nan but we dont have to pay it back". Its figure is no debt.
GIFT_NOT_PAID_BACK = (
    r"\b(?:azt|ezt) (?:nem kell|nem kellett|sosem kell) (?:visszaadni|visszafizetni)\b",
    r"\b(?:az|ez) (?:csak )?(?:egy )?ajándék\w*",
    r"\b(?:we|i) (?:don'?t|dont|do not|never) (?:have|need) to (?:pay|give) (?:it|that) back\b",
)  # fmt: skip


_SENTENCE_END = re.compile(r"[.!?;\u3002\uff01\uff1f\uff1b]")


_A_FIGURE = re.compile(
    r"(?<![0-9])[0-9]{1,3}(?: [0-9]{3})+(?![0-9])|[0-9.,]*[0-9][0-9.,]*|"
    r"[一二两三四五六七八九十百千万]+"
)  # "19 990": thousands with a space are one figure


#: Nothing but money someone gives, its amount unsaid: "nothing coming in apart from what my mum
#: gives me", "csak amit anyám ad". With them, "nothing" is not an income of 0 either.
MONEY_FROM_OTHERS_UNSAID = (
    r"\b(?:apart from|except(?: for)?|besides|other than|bar|just|only) (?:what|whatever|"
    r"the (?:money|bit|little|cash)(?: that)?) (?:my |me |our |the )?\w+(?: \w+)? "
    r"(?:gives?|sends?|lends?|gave|sent|lent|slips?|hands?)\b",
    r"\b(?:csak|kivéve|leszámítva)\b,? (?:azt,? )?amit (?:\w+ )?(?:ad|küld|kölcsönad|segít)\w*",
)  # fmt: skip


_MONEY_FROM_OTHERS_UNSAID = compile_phrases(MONEY_FROM_OTHERS_UNSAID)


#: Words that make an amount a monthly one.
MONTHLY = (
    r"\b(?:a|per|each|every|/) ?(?:month|mo)\b",
    r"\bmonthly\b",
    r"\bhavi\b",
    r"\bhavonta\b",
    r"\b(?:egy|minden) hónap\w*",
    r"(?<=[0-9a-z])/ ?hó\b",  # "15e/hó", the month's short form after a figure
    r"每月",
    r"每个月",
    r"每個月",
    r"一个月",
    r"月供",
    r"月还",
)


#: Said between the words of a total and its figure: "so about 1200", "összesen kb 76".
_SAID_BEFORE_THE_TOTAL = (
    r"\W{0,3}(?:(?:about|around|roughly|approx\w*|maybe|probably|like|is|it'?s|its|kb|pontosan|"
    r"really|actually|realistically|"
    r"kb\.|közel|körülbelül|nagyjából|úgy|havi|havonta|monthly|a month|大概|大约|是|差不多|要|"
    r"csak(?: a| az)?|只有|就|得|有|每月|每个月)\W{0,3}){0,3}$"
)


#: Right before the total of a list: "so 1200", "összesen 76 ezer", "加起来两千五", "= 1200".
TOTAL_BEFORE = (
    r"(?:\bso\b|\bin total\b|\btotal\w*(?: is| of| comes to)?|\ball (?:together|in)\b|"
    r"\baltogether\b|\boverall\b|\ball up\b|\ball told\b|\bin all\b|\bcomes? to\b|"
    r"\badds? up to\b|\bwhich (?:is|makes)\b|"
    # in the writer's first language, in an English answer: "kira 750, toplam 1,100"
    r"\btoplam\b|\binsgesamt\b|\b(?:alles )?zusammen\b|\bgesamt\b|"
    r"\bthat'?s\b|\bthats\b|\bthat is\b|\bi'?d say\b|=|\böss?zesen\b|\bmindösszesen\b|\begyütt\b|"
    r"\bösszeadva\b|\bvagyis\b|\bazaz\b|\bami\b|\baz\b|\böss?z\b|\bszóval\b|\btehát\b|加起来|加在一起|加一起|加一块|总共|一共|合计|总计|共计|算下来|总的来说|"
    # the whole month, in Cantonese: "交租两千, 食饭一千五, 加埋水电杂费, 成个月三千八"
    r"成个月(?:都|要)?(?:使|洗|花|用)?(?:咗|了)?|"
    # The figure settled on after its parts: "call it 850", "mondjuk 180", "所以2800", "算三千吧".
    r"\bcall it\b|\bmondjuk\b|所以|\bso (?:just|only)\b|(?<=,)就|(?<![打计另])算(?![上进了术])|"
    r"\bez\b(?: (?:így|tehát|összesen|együtt))?|\böss?zes(?: (?:kiadás\w*|költség\w*))?|"
    r"(?<![一总])共|(?:一个月|每个月|每月)(?=差不多|大概|大约|总共|一共|算下来|加起来)|"
    # the whole with the other items put in: "with bills im at 1,010 now", "with everything its"
    # the whole named after its parts: "with rent at 650 i reckon everything is 1,300"
    r"\beverything (?:is|comes to|costs|together is)(?: about| around| roughly)? ?$|"
    # and with the items just named and another: "…lunches 60, all in with those and the rent its"
    r"\bwith (?:the )?(?:bills|everything|food|it all|all that|those|these|them)"
    r"(?: and (?:the |my )?\w+(?: else)?)?(?: (?:in|included|on top))?,? "
    r"(?:i'?m|im|i am|it'?s|its|it is|we'?re|were)(?: at)?|"
    # ... and with "everything else": "rent is 690 and with everything else its 1,120"
    r"\bwith (?:everything|all) else(?: in)?,? (?:i'?m|im|i am|it'?s|its|it is|we'?re|were)"
    r"(?: at)?|"
    # the whole with a benefit or wage put in: "a családi pótlékkal 112", "a bérrel együtt"
    r"\b\w*(?:pótlék|díj|támogatás|bér|fizetés)\w?(?:al|el)(?: együtt)?)"
    rf"{_SAID_BEFORE_THE_TOTAL}",
    # the rest put in: "the bills n food bring it to 1,021", "kijön 190" (apart from the words
    # above: each list is spelled out for the engine only up to 64 phrases, see rules.text)
    r"\b(?:brings?|bringing|takes?|taking|puts?|putting) (?:it|that|the total|everything|it all|"
    rf"me|us)(?: up)? to\b{_SAID_BEFORE_THE_TOTAL}",
    rf"\b(?:ki ?jön|jön ki)\b{_SAID_BEFORE_THE_TOTAL}",
    # the pay with its usual extras put in, after the basic: "basic 1,880, with the usual
    # overtime call it 2,050", "with tips its more like 1,750"
    rf"{WITH_THE_USUAL_EXTRAS}(?: more like| nearer| closer to)?{_SAID_BEFORE_THE_TOTAL}",
)  # fmt: skip


#: Right after the total of a list: "1700 total", "1400 all together", "76 ezer összesen", and
#: "all in" in Scots ("rent 600, bills n food, 1,050 aw in").
TOTAL_AFTER = (
    r"^ ?(?:[$€£¥]|ft|huf|forint\w*|eur\w*|pounds?|dollars?|元|块)? ?"
    r"(?:a month |per month |havonta )?(?:total\b|in total\b|all together\b|altogether\b|"
    r"a(?:ll|w) in\b|in all\b|overall\b|combined\b|öss?zesen\b|együtt\b)",
)  # fmt: skip


#: Words of take-home pay, a kind of now ("kézhez 245", "到手4800"): beside a word of a time
#: past the time decides (see :func:`_marked`).
#: What comes off the pay, named before the figure that lands: "after deductions it's 1,380",
#: "after my student loan and pension it's 1,380" (ASCII: read folded or not).
AFTER_DEDUCTIONS = (
    r"\bafter (?:all )?(?:the |my )?deductions\b",
    r"\bafter (?:my |the )?(?:ni|national insurance|pension|student loan)(?:,? (?:and |& )?"
    r"(?:my |the )?(?:tax|ni|national insurance|pension|student loan))*\b",
)
TAKE_HOME_WORDS = (
    r"\bafter tax\b", r"\bnet\b", r"\btake[- ]home\b", r"\bnettó\w*", r"\bkézhez\b",
    *AFTER_DEDUCTIONS,
    r"\b(?:a )?kezembe\b",
    r"税后", r"到手", r"实发",
)  # fmt: skip


#: Said of today's amount, beside one from before: "was 2800 before, 1700 now", "eddig 400
#: volt, most 250 ezer", "以前8000 现在3000".
NOW_WORDS = (
    r"\bnow\b", r"\bcurrently\b", r"\bthese days\b", r"\bat the moment\b", r"\bnowadays\b",
    r"\bright now\b", r"\brn\b", r"\btoday\b", r"\bjelenleg\w*", r"\bmost\b", r"\bmostanában\b",
    r"\bmostanság\b", r"\bmár csak\b", r"现在", r"目前", r"如今", r"最近", r"这几个月",
    r"\b(?:dropped|cut|reduced|fell|went down|gone down|down) to\b", *TAKE_HOME_WORDS,
    r"降到", r"降为", r"减到", r"涨到", r"涨为", r"升到",
    r"变成", r"只剩", r"只有(?=[0-9一二两三四五六七八九])", r"这个月",
    r"(?<=[0-9k] )after\b(?=\W*(?:$|[,.;!?]))",  # "2.3k before tax, 1.9k after"
    r"\bde (?:most )?csak\b",
    # what is left to spend, this year's beside last year's: "1,690 in my pocket", "marad 346"
    r"\bin (?:my|me|the) (?:pocket|hand)\b", r"\bmarad\b", r"\bid[eé]n\b", r"\bthis year\b",
    # since a change: "az átszervezés óta 310", "mióta hazaköltöztem", "since the restructure"
    r"\bóta\b", r"\bmióta\b", r"\bsince (?:the|i|my|we|then)\b",
    # From a month on: "januártól 205", "jövő hónaptól 190".
    r"\b(?:január|február|március|április|május|június|július|augusztus|szeptember|október|"
    r"november|december|jövő hónap|mostan)\w*t[óő]l\b",
    # the first pay of a new job, now's though said with "volt": "250 volt az első fizetésem"
    r"\b(?:volt )?az első (?:teljes |rendes |egész )?(?:fizetés|bér|havi)\w*",
)  # fmt: skip


MONTHLY_BEFORE = (
    r"(?:\bhavi\b|\bhavonta\b|\brészlet\w*|\btörlesztő\w*|\btörlesztés\w*|\bmonthly\b|"
    r"\ba month\b|\bper month\b|\bevery month\b|每月|每个月|"
    r"每個月|月供|月还)\W{0,2}(?:(?:about|around|kb|közel|csak|大概|是|还|要)\W{0,2})?$",
    # who takes it or is paid between: "每月从工资里扣一千", "说好每月还他两千五", "一个月还她八百"
    r"(?:每个?月|每個月|一个月)[\u4e00-\u9fff]{0,6}(?:还|扣|付|交|给)(?:他|她|他们|她们)?\W{0,2}$",
    # what the payment is, named between: "每个月光还利息就两千", "每月交利息是八百"
    r"(?:每个?月|每個月|一个月)[\u4e00-\u9fff]{0,3}(?:还|付|交|给)(?:银行)?(?:利息|月供)"
    r"(?:就|是|都|要)?\W{0,2}$",
)  # fmt: skip


MONTHLY_AFTER = (
    r"^ ?(?:[$€£¥]|ft|huf|forint\w*|eur\w*|pounds?|dollars?|元|块)? ?"
    r"(?:a month\b|per month\b|monthly\b|/ ?mo\w*|each month\b|every month\b|havonta\b|"
    r"havi\b|-val\b|-vel\b|/ ?hó\b|/ ?月|pm\b|p/m\b|"
    r"(?:az? )?(?:havi )?(?:részlet|törlesztő|törlesztés)\w*|"
    r"-?[aeo]?t (?:fizetek|fizetünk|törlesztek|törlesztünk) (?:havonta|havi|egy hónapban)\b)",
)  # fmt: skip


_TOTAL_BEFORE = ByScript.phrases(TOTAL_BEFORE)


_TOTAL_AFTER = compile_phrases(TOTAL_AFTER)


_NOW = ByScript.phrases(NOW_WORDS)


_MONTHLY_BEFORE = compile_phrases(MONTHLY_BEFORE)


_MONTHLY_AFTER = compile_phrases(MONTHLY_AFTER)


#: How many words a marker may stand from the amount it is said of.
_NEAR = 4


_MONTHLY = compile_phrases(MONTHLY)


_A_NUMBER_IN = re.compile(rf"[0-9]|{_CN_PIECE}")


_NONE_OF_THE_OFFERS = re.compile(
    r"\bnone of (?:them|these|those|the (?:options|plans|offers))\b|\begyik sem\b|\begyiket sem\b|"
    r"\b(?:none|nothing|neither)(?: of (?:it|them|these|those))? "
    r"(?:works?|suits?|fits?|helps?|is (?:affordable|doable|any good)|(?:are|is) for me)\b"
)


#: Between a total and the first of its parts, what opens the parts: "1,150 (rent 700, …".
#: (Without it, "45, klarna 30 and fees 15" is a list; "250: lakbér 150, rezsi 100", a total
#: among its parts said without a sign, stays asked again.)
#: The own small household's part, beside the parents' in a whole: "我们小家出五千", "我们自己
#: 掏三千" (no part of a list of items: the parents' part is no item).
_OWN_HOUSEHOLDS_PART_ZH = r"我们(?:小家|自己|这边|俩|两口子?)(?:就|只)?(?:出|掏|承担|负担)"


def _thousands_and_a_tenth(value: Decimal) -> bool:
    """Whether ``value`` is at least ten with one figure after the point: "287.5" thousand, but
    not "2.4" (thousands or millions?) nor "12.99" (a price)."""
    return value >= 10 and value * 10 == (value * 10).to_integral_value()


@kept_for_the_message
def _numbers_to_decide_on(folded: str, language: str) -> tuple[Number, ...]:
    """Every number in ``folded`` (:func:`numbers_in`), read in :data:`ARITHMETIC` as the steps
    that decide read them: once for the steps of one message that each need them all, not again
    where the text is still the same (about 100 us for a long message, half of it Chinese)."""
    with localcontext(ARITHMETIC):
        return tuple(numbers_in(folded, language))


def _in_thousands(number: Number, folded: str) -> Number:
    """A bare whole number below a thousand, without a currency after it, as thousands; also
    one with a tenth after at least ten ("nettó 287.5", "havi 16 és fél": 287 500, 16 500; a
    "2,4" may be millions as well, and is left as said)."""
    value = number.value
    if (
        value is None
        or number.scaled
        or not 0 < value < 1000
        or (value != value.to_integral_value() and not _thousands_and_a_tenth(value))
        or CURRENCY_AFTER.match(folded, number.end)
    ):
        return number
    return dataclasses.replace(number, value=value * 1000, scaled=True)


#: Right before the last figure, that the cardholder has worked it out: "szóval", "so", "所以",
#: "so say" or "so call it" ("1,650 after tax and about 100 extra so say 1,750"), or the whole
#: after its items: "一共", "合计" ("伙食九百 房租一千一 合计两千").
_SO_BEFORE = regex(
    r"(?:\bszoval|\btehat|\bigy|\bvagyis|\bosszesen|\bso|\bin total|\baltogether|所以|一共|总共|"
    r"合计|\bmarad|\bleaves|\bleaving|剩下?)"
    r"\W{0,3}(?:(?:kb|kb\.|about|around|roughly|ugy|nagyjabol|csak|most|now|is|its|it's|az|ez|"
    r"nekem|for me|really|actually|realistically|say|call it)\W{1,3}){0,2}$"
)


#: Right before what is left after the costs: "im left with", "marad", "剩下".
_LEFT_WITH = regex(
    r"\b(?:left with|left over is|leaves me(?: with)?|i have|ive got|i've got)(?: about| around)?"
    r" (?:[$€£] ?)?$|\bmarad(?:na|t)?(?: kb)? $|(?:剩下?|还剩)(?:大概|差不多)?$"
)


#: Right before a figure, a part of the whole left out and the rest said: "开销三千四, 其中五百
#: 是替别人还的, 那个不算, 就二千九" (the rest is the answer, no part inside the whole).
_THE_REST_AFTER_A_PART_LEFT_OUT_ZH = re.compile(
    r"不算(?:的话)?\W{1,2}(?:那)?(?:就|就是|实际(?:是|上)?|剩下的?) ?$"
)


def _last_clause_break(folded: str, start: int, end: int) -> int:
    """Where the last clause said in ``folded[start:end]`` starts: after its last comma, stop
    or semicolon, or at ``start`` where there is none. (The words then run up to ``end``.)"""
    return max(start, *(folded.rfind(mark, start, end) + 1 for mark in ",.;:"))


#: A season of the year or of work: one figure said for one season beside another season ("a
#: hundred in picking season and nothing in winter", "szezonban 40, télen semmi", "摘果季每月四百,
#: 冬天一分没有") is no month's amount.
_A_SEASON = regex(
    r"\b(?:in |during )?(?:the )?(?:winters?|summers?|(?:picking |busy |high |low |off[- ])?"
    r"season)\b|"
    r"\b(?:szezon\w*|idény\w*|telen|nyaron|teli|nyari)\b|冬天|夏天|冬季|夏季|旺季|淡季|[果收]季|"
    # months of two kinds: "páros hónapokban 240, páratlanban 200", "a 4 hetes hónapban 210, az
    # 5 hetesben 250" (paid by the week)
    r"\b(?:paros|paratlan)(?: honap\w*|ban|okban|akban)\b|\b[45] ?-?hetes(?: honap\w*|ben|ekben)\b|"
    # the school's year and its holidays: "1,200 in term time, more in the holidays", "tanév
    # közben 210, a szünetben kevesebb", "上学期间两千 放假多一些"
    r"\bterm ?time\b|\bin the (?:school |summer )?holidays\b|\b(?:tanev|tanitasi idoszak)\w*|"
    # the rest of the year beside a season: "1,300 in show season, 850 the rest of the year"
    r"\b(?:the )?rest of the year\b|\bout of season\b|"
    r"\b(?:a )?(?:nyari |teli |iskolai )?(?:szunetben|szunetekben|szunidoben)\b|"
    r"上学期间|学期中|放假|寒暑假|寒假|暑假"
)


#: Asked which of the amounts said is wanted: "not sure which you want", "不知道你们要哪个".
_WHICH_IS_WANTED = regex(
    r"\bwhich (?:one |figure |amount |number )?(?:do |did |would )?(?:you|u) (?:want|need|mean)\b|"
    r"\bmelyik\w* (?:kell|kellene|kene)\b|\bmelyiket (?:kerik|keri|kered|akarjak|akarja)\b|"
    r"(?:要|需要|问的是)哪(?:个|一个)"
)


#: Said of one month's pay, that something extra was in it: "2,400 in december because of the
#: bonus", "decemberben 420 volt a 13. havival", "十二月发了年终奖 一万二".
_A_MONTHS_EXTRA = regex(
    r"\b(?:bonus|overtime|back ?pay|13th month|christmas|holiday pay|jutalom\w*|premium\w*|"
    r"13\. havi\w*|visszamenoleges\w*)\b|年终奖|奖金|加班费|双薪|补发|"
    r"值班|[两三]倍工资"  # "国庆值班三天三倍工资, 这个月发了七千一": a holiday's pay in it
)


#: A measure of work paid by, in a port, a field, a forest, a yard or a studio: the box lifted, the
#: acre planted, the cubic metre felled, the ton carried, the metre welded, the episode dubbed,
#: the minute subtitled, the hour counselled, the show hosted, the trip driven, the rotation at sea.
_A_WORK_UNIT_ZH = r"(?:箱|亩|立方米?|方|吨|平方米?|平米|平|米|集|分钟|小时|钟头|场|趟|轮次|轮)"


#: Right before a rate by such a measure, with a word or two between: "一箱两块", "一立方给六十",
#: "一趟运费一千二", "一小时付五百", "一米焊缝八块", "一个轮次一万一".
_A_RATE_BY_A_WORK_UNIT_BEFORE_ZH = re.compile(
    rf"(?:一|每)个?{_A_WORK_UNIT_ZH}[\u4e00-\u9fff]{{0,2}}$"
)


#: All that may come before a total or a month's figure said first: "about", "kb", "大概".
_BEFORE_A_TOTAL = re.compile(
    r"\W*(?:(?:about|around|roughly|approx\w*|circa|like|maybe|prob\w*|um+|erm?|so|well|kb|"
    r"korulbelul|nagyjabol|olyan|大概|大约|差不多)\W*)?"
)


#: How a month's amount stands to a week's, a fortnight's, a day's (working days or every day)
#: or a year's it is worked out from.
_MONTHS_WORKED_OUT = {
    "hour": (Decimal(40), Decimal(250)),
    "week": (Decimal("3.9"), Decimal("4.4")),
    "fortnight": (Decimal("1.95"), Decimal("2.2")),
    "day": (Decimal(20), Decimal(31)),
    "year": (Decimal(1) / Decimal("12.5"), Decimal(1) / Decimal("11.5")),
    # a school term (three or four months) or a semester (five or six)
    "term": (Decimal(1) / Decimal("6.5"), Decimal(1) / Decimal("2.5")),
    # paid once in two to six months: "房租半年一交, 一次一万二, 折合每月两千"
    "months": (Decimal(1) / Decimal("6.5"), Decimal(1) / Decimal("1.9")),
}


#: At the own proposal, an amount said against a plan's or the debt, what it comes to not said:
#: "whatever option 2 comes to, minus about 20", "a tartozás egytizedét tudnám", "a tenth of the
#: balance", "欠款的十分之一"; said with "nothing" ("…, addig semmit"), no "nothing" either.
_RELATIVE_TO_A_PLAN_OR_THE_DEBT = regex(
    r"\b(?:option|plan) ?[0-9]\b[^0-9]{0,30}\b(?:minus|less|take away|knock off)\b|"
    r"\b(?:a|one) (?:tenth|fifth|quarter|third|half) of (?:the |my |what i owe|it)|"
    r"\b(?:tenth|fifth|quarter|third|half) of (?:the (?:debt|balance)|my debt|what i owe)\b|"
    r"\btartozas\w* (?:egy)?(?:tized|otod|negyed|harmad|fel)\w*|"
    r"(?:欠款|债|总额|余额)的?(?:(?:十|五|四|三|二)分之一|一半)"
)


#: A figure in Chinese numerals or digits, for the round-35 families below.
_FIGURE_35_ZH = r"[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万]*"


#: No figure said after the match: what was said before is all there is.
_NO_FIGURE_AFTER_ZH = r"(?![^0-9一二两三四五六七八九]*[0-9一二两三四五六七八九])"


#: Paid back when there is money, no month's payment: "欠我姐五千 什么时候有钱什么时候还",
#: "有钱了就还点", "有了就还 没有就先欠着", "有钱再还", "什么时候有什么时候还" (not when a
#: month's is said: "每个月还五百").
_REPAID_WHEN_THERE_IS_MONEY_ZH = re.compile(
    r"^(?![^.;!?\u3002]*(?:每个?月|一个月|月供))[^.;!?\u3002]*?"
    r"(?:(?:啥|什么)时候有(?:钱)?(?:了)?(?:就)?(?:啥|什么)?(?:时候)?还|有(?:钱|了)(?:了)?(?:就|再)还)"
)


#: Spent until a day of the month, before a figure: "15-éig 120 ment el" is the month so far.
_UNTIL_A_DAY_HU = re.compile(r"(?<![0-9.,])(?:[1-9]|[12][0-9]|3[01])-?[ea]?ig (?=\D{0,6}[0-9])")


#: A day of the month by its number, in Hungarian ("10-én", "25-én") and in English ("the 15th").
_A_DAY_HU = r"(?:[1-9]|[12][0-9]|3[01])-?(?:en|an|jen|ejen|ajan|ien)"


_A_DAY_EN = r"(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)"


#: A figure of the message in English, its thousands grouped or not: "1,040", "85", "12.50".
_A_FIGURE_EN = re.compile(
    r"(?<![0-9.,])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]{1,2})?(?![0-9])"
)


#: The rest of an income offered, after what is kept of it: "…, the rest is yours", "you can
#: have what's left", "a maradék a tiétek", "剩下的都给你们".
_THE_REST_OF_THE_INCOME = regex(
    r"\b(?:the rest|the remainder|what'?s left|whatever'?s left|a maradek\w*|a tobbi\w*|"
    r"ami marad\w*)\b|剩下|剩余|余下"
)


_THIS_MONTHS_PAY_ZH = re.compile(r"(?:这|本)个?月")


_THIS_MONTH_SAID = regex(r"\bthis month\b|\bebben a honap\w*|\be honap\w*|\bez a honap\w*")


#: A sum offered in one go, the monthly amount left to be talked over later: "2000 in one go now,
#: we can sort the monthly out later", "most egyben 100 ezer, a havit majd később", "一次性先还两千,
#: 剩下的以后每月再说". No monthly amount is offered: asked again.
_ONE_PAYMENT_NOW = compile_phrases(
    (
        r"\bin one go\b",
        r"\b(?:a )?lump sum\b",
        r"\ball at once\b",
        r"\bone[- ]off\b",
        r"\begyben\b(?<!\begy az egyben)",  # ("egy az egyben önöknek adom": all of it, as is)
        r"\begy (?:összegben|részletben)\b",
        r"\begyszerre\b",
        r"一次性",
        r"一口气",
    )
)


#: Payments still left on a loan, counted: "még 12 részlet van", "12 payments left", "还剩12期".
_PAYMENTS_LEFT_COUNTED = regex(
    r"(?<![0-9.,])[0-9]{1,3} (?:more |further )?(?:havi )?(?:reszlet|torleszto|payments|"
    r"instal+ments)\w*|还(?:剩|有)[0-9一二两三四五六七八九十]+期|"
    # the time left on it, not a balance: "autóhitel 52, még 3 év van hátra"
    r"(?<![0-9.,])[0-9]{1,2} (?:ev|honap)\w* van (?:meg )?hatra\b|"
    r"\b[0-9]{1,2} (?:years?|months?) left\b"
)


#: A debt paid before the pay reaches the cardholder: "comes out of my wages", "levonják a
#: fizetésemből", "从工资里扣". It leaves no monthly payment of their own to count.
_AT_SOURCE = regex(
    r"\b(?:comes?|taken|deducted|paid) (?:straight )?(?:out (?:of )?|off |from )(?:my |the )?"
    r"(?:wages?|pay(?:slip|check|packet)?|salary|payroll)\b|\bat source\b|"
    r"\blevon\w* (?:a |az )?(?:fizetes|ber)\w*|\b(?:fizetes|ber)\w*bol (?:vonj|levon)\w*|"
    r"(?:从|在)工资(?:里|中)?(?:直接)?扣"
)


_SO_RIGHT_BEFORE = re.compile(r"\bso (?:about |around |roughly )?[$€£]?$")


_COUNTS_HU = {"ketto": 2, "ket": 2, "harom": 3, "negy": 4}


_COUNTS_HU.update({"ketszer": 2, "haromszor": 3, "negyszer": 4})


def _all_before_blanked(folded: str, said: re.Match[str] | None) -> str:
    """``folded`` with all before the end of ``said`` blanked, when a figure is said after it."""
    if not said or not _A_NUMBER_IN.search(folded, said.end()):
        return folded
    return " " * said.end() + folded[said.end() :]


def _blanked(folded: str, *found: re.Match[str]) -> str:
    """``folded`` with what each of ``found`` matched in it blanked, every other place kept."""
    for match in found:
        folded = folded[: match.start()] + " " * len(match[0]) + folded[match.end() :]
    return folded


def _within(amount: Decimal, limit: Decimal) -> AmountReading:
    return (
        AmountReading(amount, None)
        if amount <= limit
        else AmountReading(None, AmountProblem.TOO_LARGE)
    )


#: In Hungarian, every figure named in another currency by its word right after it, nothing
#: said in forints: "a vontató hitele 1200 euró havonta", "a hajón havi 2100 dollár", "a koreai
#: számlámra 2 millió won jön". Nobody converts for the cardholder (the signs, "$", "€", are left
#: out: some type them for any money).
_EVERY_FIGURE_IN_ANOTHER_CURRENCY_HU = re.compile(
    r" ?(?:eur[oó](?:t|ban|s)?|eur|doll[aá]r(?:t|ban|os)?|usd|lej(?:t|ben|es)?|ron|"
    r"font(?:ot|ban)?|gbp|quid|frank(?:ot|ban)?|koron(?:a|at|aban)|"
    # the home money of those who work here from Asia: "3 200 000 won", "20 ezer jüan"
    r"won(?:t|ban)?|jen(?:t|ben)?|yen|juan(?:t|ban)?|yuan)\b"
)


#: The cardholder's own outgoing paid from the wage, not a deduction from pay (tax, social
#: insurance: what is left of those is the net wage): "给前妻一千五抚养费", "房贷从工资卡上直接扣
#: 两千八", "每个月还车贷一千".
_AN_OWN_OUTGOING_ZH = re.compile(
    r"抚养费|赡养费|生活费|房贷|车贷|房租|网贷|信用卡|花呗|借呗|还款|还贷|"
    r"给(?:前妻|前夫|爸妈|父母|老家|家里|孩子|女儿|儿子)"
)
