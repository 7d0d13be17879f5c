"""Reading an amount of money: the one number meant among those a message holds.

:func:`read_amount` either gives the amount or says why it did not (an :class:`AmountProblem`),
so the dialogue can ask again clearly; it never guesses on an ambiguous number: a range, a vague
"a few thousand", the balance beside the payment, another period than the one asked.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, localcontext
from enum import StrEnum

from dialogs.understanding.beside import (
    RISEN_TO,
    WITH_THE_USUAL_EXTRAS,
    adds_another_income,
    costs_beside_income,
    settled_beside,
)
from dialogs.understanding.rules.numerals import (
    _A_MONTH_AFTER,
    _A_MONTH_BEFORE,
    _CN_PIECE,
    _NUMBER_RE,
    _PERIOD_AFTER,
    _PERIOD_BEFORE,
    ARITHMETIC,
    CURRENCY_AFTER,
    Number,
    _spell_out,
    is_just_a_number,
    numbers_in,
    with_zeros_for_os,
    without_identifiers,
)
from dialogs.understanding.rules.sums import (
    _ALL_TOGETHER,
    _ANOTHER_PERIOD,
    _CLAUSE_BREAK,
    _COST_NAMED,
    _EACH_ZH,
    _HALF_SHARE,
    _ITEMS,
    _LATER,
    _MINE_BEFORE,
    _NOT_A_LIST,
    _OF_WHICH,
    _OTHER_PEOPLE,
    _VARYING_AMOUNT,
    _WHOLE_COST,
    ONCE_OF_A_TIME_TO_COME,
    _clause,
    _clause_between,
    _product_said,
    _products_said_zh,
    _said_with_and_without,
    _share_of_a_cost,
    _split_in_a_month,
    _split_in_a_month_zh,
    _sum_of_items,
    _words_between,
)
from dialogs.understanding.rules.text import (
    ByScript,
    Phrases,
    WordsIn,
    alternatives,
    compile_phrases,
    fold,
    language_code,
    normalize,
    regex,
    words_one_of_which_every_match_has,
    words_only,
)


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


# ================================================================================================
# Numbers
# ================================================================================================

#: Words that mean an amount of nothing (an income of 0 means no job, "no other debts" is 0).
ZERO_WORDS = (
    r"\bzero\b(?! ?-?hours?\b)",
    r"(?<!if )(?<!unless )\bnothing\b(?! (?:breaks|goes wrong|changes|else))",
    r"\bnone\b", r"\bnil\b", r"\bnada\b", r"\bzilch\b", r"^zip$", r"\bnowt\b",
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
    r"零(?!头)", r"没有收入", r"没收入", r"无收入", r"没有工资", r"没有钱", r"没钱",
    r"^(?:没有|没|沒有|沒|无|無|木有|都没有|一个都没有|一分都没有)$",
    r"(?:没有|没|沒有|无|無)(?:任何)?(?:其他|其它|别的|另外)?的?(?:债务|債務|贷款|貸款|欠款|负债|負債|借款|收入|工资|欠别人|欠别的)",
    r"(?:没有|没|無|无)(?:其他|其它|别的)(?:的)?(?:了)?$",
    r"(?:其他|其它|别的)(?:的)?(?:欠款|债务|贷款|负债|债)? ?:? ?(?:没有|没|无)(?:了)? ?[.!]?$",
    r"(?:没有|没|无)(?:其他|其它|别的)(?:的)?债(?!主)",
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
)  # fmt: skip
_ZERO_WORDS = Phrases(ZERO_WORDS)
#: Words that make an amount only part of the answer, or a bound of it: "rent alone is 900, then
#: food on top", "more than 3000", "csak a lakbér 90 ezer plusz a kaja", "300多", "光房租就900".
PART_OF_IT = (
    r"(?<!live )(?<!living )(?<!lives )(?<!lived )\balone\b", r"\bon top\b",
    r"\bplus\b", r"\bnot (?:including|counting)\b",
    # an item left out of the figure: "950 but that doesnt include petrol"
    r"\b(?:does ?n'?t|doesnt|does not|don'?t|dont|isn'?t|isnt|is not) (?:include|cover|count)\b"
    r"(?! (?:this|your|ur|the|you guys'?) (?:card|one)\b)",
    r"\bexcluding\b", r"\bwithout (?:the |food|bills|rent)", r"\band then\b",
    # a whole whose share is not agreed yet: "1,180 total, we'll sort out who pays what later"
    r"\bwho pays (?:what|which|how much)\b",
    # a purchase's whole split into payments, each not worked out: "60 split in 3"
    r"\bsplit (?:in|into) (?:[2-9]|two|three|four|five|six)\b(?! ways)"
    r"(?!(?: payments| parts)?,? (?:so|which is|thats|that'?s|=|meaning)\b)",
    # an essential left out with no figure of its own: "bar the rent its about 410", "apart
    # from rent", "other than the mortgage" (the card left out is all asked: THIS_CARD_LEFT_OUT)
    r"\b(?:apart from|except(?: for)?|other than|bar the) (?:the |my |our )?"
    r"(?:rent|mortgage|bills|food|council tax|childcare|nursery|car)\b(?! (?:is|of|at)? ?[0-9])",
    r"\bjust (?:the )?rent\b",
    # a figure only pointed at: "about double my rent", "starts with a 1, four figures anyway"
    r"\b(?:double|twice|triple|three times) (?:my|the|what)\b",
    r"\b(?:starts?|begins?) with an? [0-9]",
    # The figure flagged as the whole household's, not the cardholder's: "she said 2,000 but
    # thats for the whole family", "de az az egész családra", "但那是全家的".
    r"\bbut (?:that'?s|thats|that is|it'?s|its) (?:for |what )?(?:the )?(?:whole|entire) "
    r"(?:family|household)\b",
    r"\bde (?:az )?az (?:egesz|teljes) (?:csalad|haztartas)\w*",
    r"(?:但|不过|可)(?:那|这)是(?:全家|一家人?|整个家)",
    # Most of a figure, not the figure: "most of my 1400", "a 300-nak a nagy része", "的大部分"
    r"\b(?:most|much|the bulk|a lot|a big chunk|part|some) of (?:my |our |the )?(?:[$€£¥] ?)?[0-9]",
    r"\b(?:nagy|nagyobbik) resze\b", r"(?<![0-9])(?:的|里的?)(?:大部分|一大半)",
    # Said more than once a month or for each of several: "twice a month", "150 each".
    r"\btwice\b", r"\b(?:two|2|three|3) times\b", r"\bháromszor\b",
    # a fraction not worked out: "a third of 390", "two fifths of the bills"
    r"\b(?:a|one|two) (?:thirds?|quarters?|fifths?) of\b", r"\bhalf of [$€£]?[0-9]",
    # half of a figure named by whose it is, not worked out: "half my 80 spare", "half our 900"
    r"\bhalf (?:of )?(?:my|our|me) (?:[$€£] ?)?[0-9]",
    # half of takings shared, the whole said after it: "half the stall money is mine, we made
    # 900 last month" (not "half the rent is mine, so 400": the share said itself)
    r"\bhalf (?:of )?(?:the|our) (?:\w+ ){0,3}(?:money|takings|profits?|earnings) (?:is|are) "
    r"(?:mine|my share|for me)\b(?=[^0-9]*\b(?:we|it|they) (?:made|took|earned|cleared)\b)",
    r"\bkétszer\b(?! (?:szamoltam|irtam))",
    r"(?<!算了)(?<!算)(?<!记了)(?<!写了)两次",
    r"\bhavi (?:[2-9]|két|kettő|három|négy) (?:részlet|törlesztő)\w*",
    r"\b(?:[2-9]|two|three|four|five|six) (?:payments|instal+ments) (?:of|a month|per month)\b",
    r"\beach\b(?! (?:month|mo|way)\b)", r"\bapiece\b", r"\begyenként\b", r"\bdarabonként\b",
    r"\bmindegyik\w*", r"各(?!种|種|样|樣|类|類|个|個|项|項)", r"每笔", r"每張", r"每张",
    r"\bplusz\b", r"\bmeg (?:a|az) \w+ is\b",
    r"(?<!hitel )(?<!hitelek )(?<!tartozás )(?<!törlesztés )(?<!kártya )(?<!kamat )\bnélkül\b"
    # (not without what no one needs to live on: "175 cigi nélkül" is the essential spending)
    r"(?<!cigi nélkül)(?<!pia nélkül)(?<!alkohol nélkül)(?<!dohány nélkül)",
    r"\bcsak az? (?:lakbér|rezsi|albérlet)(?!tartoz)\w*",
    r"\b(?:a )?(?:bit|little|tad) (?:more|over|less|under)\b(?! (?:in|if|when)\b)"
    r"(?!\W{1,3}(?:[$€£¥] ?)?[0-9])",  # not "i'd rather pay a bit more, 90": the amount
    r"\bslightly (?:more|over|less)\b",
    r"\b(?:egy )?kicsit (?:több|kevesebb)\b", r"\bvalamivel (?:több|kevesebb)\b",
    r"多一点", r"多一些", r"少一点", r"(?:还)?没算(?:上|进去|在内)?", r"(?:都)?打不住",
    # a floor or a count of thousands, no figure: "起步三千", "两千好几"
    r"起步", r"(?<=[十百千万])好几",
    # by how much one figure passes another: "开销比收入多五百"
    r"比(?:收入|工资|挣的|赚的|进的)(?:还)?(?:多|少)(?:了|出)?",
    r"(?<=[0-9千万百块元])都不够",
    r"(?<=.)还有(?!个|一个|[一两二三四五几]?(?:笔|张|个)|[0-9一二两三四五六七八九十几]+个?(?:期|月|年))",
    r"另外还(?!欠|有个|有一)", r"加上(?![^0-9]{0,10}(?:一共|总共|总计|合计))",
    # not "年终奖我不算那个": an extra set aside by pointing back at it, the figure is whole;
    # not "不算房贷的话没有": nothing but the one named, whose figure is the whole
    r"(?<!那个)(?<!那笔)(?<!那些)不算(?!那个|那笔|那些|它)"
    r"(?![\u4e00-\u9fff]{1,6}?(?:的话|以外|之外)?(?:就|都|也)?(?:没有|没了|没))", r"不包括",
    r"再还",
    r"\banother [$€£]?[0-9](?![0-9]* ?(?:more )?(?:months?|mths?|payments|instal+ments|years?)\b)",
    r"光(?:房租|租金|吃饭)",
    # More is said to come on top, not how much: "but probably more", "de inkább több", "加提成".
    r"\b(?:probably|maybe|possibly|prob|likely|if not|or even|could be) (?:a (?:bit|little|lot) )?"
    r"(?:more|higher|over)\b(?! (?:later|next|when|once|if|in|after|than)\b)",
    r"\b(?:inkább|talán|lehet|esetleg|sőt|de) (?:hogy )?(?:még |annál |egy kicsit )?több\b"
    r"(?! ?mint)",
    r"\b(?:or|vagy) (?:talán |akár |maybe |even )?(?:(?:még )?több|more)\b(?! ?(?:mint|than)\b)",
    r"只多不少", r"可能(?:还|更)?(?:要)?更?多",
    # a magnitude or a round figure with change on top, not the figure: "五千挂零", "工资四位数,
    # 开头是个5"
    r"挂零",
    r"(?:工资|收入|薪水|月薪|开销|花销|开支|支出|每个?月|一个月|挣|赚)(?:是|有|就|也就)?[三四五六]位数",
    # a share of someone else's figure, not worked out: "是我老公的三分之一, 他挣九千"
    r"是我?(?:老公|老婆|爱人|丈夫|妻子|媳妇|对象|他|她|[哥姐弟妹爸妈])的"
    r"(?:[二三四五]分之[一二三四]|一半|两倍)",
    r"\b(?:and|plus|plusz|és|meg) (?:még )?(?:valami|something|summat)\b",
    # "and a bit" on top of a figure, how much not said: "1200 and a bit", "150 meg egy kicsi"
    r"\b(?:and|plus|plusz|és|meg) (?:még )?(?:egy )?(?:a )?(?:bit|kicsi|kevés|pici)\b"
    r"(?! (?:less|kevesebb))",
    # the same typed short, or as a few coins on top: "nine hundred n summat", "a grand and a
    # few bob", "800 & a couple of quid"
    r"\b(?:n|&) (?:summat|sommat|something)\b|"
    r"\b(?:and|n|&|plus) (?:a few|a couple of|a couple) (?:bob|quid|pounds|pence|coppers)\b",
    r"加(?:提成|奖金|绩效|补贴|加班费)",
    # A share of the figure, how much not worked out: "2500 as a household, i put in 60% of
    # that", "房租四千我出一半".
    r"\b(?:[0-9]+ ?%|half|a third|a quarter) of (?:it|that|this|them|the)\b",
    r"(?:出|付|交|承担|负责|掏)一半",
    r"\b(?:i|we) (?:only )?(?:pay|cover|put in|chip in) (?:a third|a quarter|half|two thirds)\b",
    r"(?:出|付|交|承担|负责|掏)(?:三分之|四分之)", r"\b(?:harmadát|negyedét)\b",
    # Only a good month's figure, or one from before with more now: "about 1000 on a good
    # month", "200 ezer egy jó hónapban", "好的时候三千"; "1200 last year, bound to be more now".
    r"\b(?:on|in) a good (?:month|week)\b", r"\bjó hónapban\b", r"好的时候", r"好的月份",
    r"\b(?:bound to|has to|must|got to|gotta|will|would) be (?:a (?:bit|lot) )?more\b",
    r"肯定(?:更多|不止|多了)", r"现在(?:更多|多了)", r"应该(?:更多|不止)",
    # Not enough to live on, or only the fixed costs, or a share of it essential: "200-ból nem
    # jövök ki", "can't manage on 900", "kb 200, de ez csak a fix", "ennek a fele szükséges".
    r"-?b[oóő]l nem (?:jövök|jövünk|lehet|tudok|tudunk) (?:\w+ )?ki\w*",
    r"\bcan'?t (?:manage|live|get by|survive) on\b", r"\bcsak a fix\w*", r"\bez csak a fix\b",
    r"\b(?:that'?s|thats|it'?s|its) (?:just|only) (?:the )?fixed\b", r"只是固定", r"光固定",
    r"\b(?:ennek|annak|ebből|abból) (?:a |az )?(?:fele|harmada|negyede|nagy része)\b",
    # an item left out of the one figure, unless a debt (asked for apart): "200 ezer, a kaját
    # nem számolva" (not "a hitelt nem számolva")
    r"(?<!hitelt )(?<!hitel )(?<!törlesztőt )(?<!részletet )(?<!kártyát )(?<!kártya )"
    r"\bnem (?:számolva|számítva)\b", r"\bleszámítva\b",
    # what is left of a figure, or only the debts in it, or an unsaid sum beside it, the
    # month's not worked out: "i spend everything but about 200 of my 1,350" (not "his care
    # takes everything but 20": what is left to offer), "412 but thats only the credit stuff",
    # "pension plus whatever the lodger pays", "after my rent goes out i have about 700 left"
    r"\b(?:spend|spent|use|used|blow|go through) (?:everything|all|it all) but "
    r"(?:about |around )?(?:[$€£] ?)?[0-9]",
    r"\b(?:that'?s|thats|that is|it'?s|its) only (?:the |my )?(?:credit|debts?|loans?|cards?|"
    r"finance)\b",
    r"\b(?:plus|and) whatever\b",
    # the same said with "then": "the direct debits are 840 then whatever i put on the card"
    r"\b(?:then|and then|on top) whatever (?:i|we|is|goes|else)\b",
    r"\bafter (?:my |the )?(?:rent|mortgage|bills) (?:goes|go|come|comes) out\b",
)  # fmt: skip
_PART_OF_IT = compile_phrases(PART_OF_IT)
#: This card (whose payment is what is being agreed) left out of an amount of spending or of
#: other debts: the amount is then all that is asked, not a part of it.
THIS_CARD_LEFT_OUT = (
    r"\b(?:not counting|not including|excluding|without|apart from|except(?: for)?|besides) "
    r"(?:the |this |my |your )?(?:credit )?card(?: payments?| repayments?| bill)?\b",
    r"\b(?:not counting|not including|excluding|apart from|except(?: for)?) "
    r"(?:what i owe (?:you|on this)|you|this debt|the debt)\b",
    r"不(?:算|包括|含|计)(?:上)?(?:这张|这个|你们的?)?(?:信用卡|卡|这笔欠款|欠款|还款|卡债)(?:的话|在内)?",
    # "现在除了你们这张卡没有别的了": apart from this card
    r"除了(?:你们|贵行)?(?:的)?(?:这张|这个)?(?:信用卡|卡)(?:以外|之外)?",
    r"\b(?:a |ezt a |ezen a )?(?:hitel)?kártyá?t? (?:nem számolva|leszámítva|nélkül)\b",
    r"\bnem (?:számolva|számítva|számoltam bele) (?:a |ezt a )?(?:hitel)?kártyá(?:t|mat)\b",
)  # fmt: skip
_THIS_CARD_LEFT_OUT = compile_phrases(THIS_CARD_LEFT_OUT)
#: Said of money paid out that the cardholder does not count as a debt: "i send 200 home but
#: that's not a debt", "küldök 50 ezret, de az nem adósság", "给家里寄1000, 但那个不是债".
#: Money given, not to be paid back: "kaptunk 2 milliót, de azt nem kell visszaadni", "az
#: ajándék", "we got 5k off my nan but we dont have to pay it back". Its figure is no debt.
GIFT_NOT_PAID_BACK = (
    r"\b(?:azt|ezt) (?:nem kell|nem kellett|sosem kell) (?:visszaadni|visszafizetni)\b",
    r"\b(?:az|ez) (?:csak )?(?:egy )?ajándék\w*",
    r"\b(?:we|i) (?:don'?t|dont|do not|never) (?:have|need) to (?:pay|give) (?:it|that) back\b",
)  # fmt: skip
NO_DEBT = (
    r"\b(?:that|it|this|which|those)(?: is|'s|s| are)? not (?:really )?(?:a )?(?:debts?|loans?)\b",
    r"\b(?:that|it|this|which)(?: isn'?t| aint) (?:really )?(?:a )?(?:debt|loan)\b",
    r"\b(?:az|ez)(?: sem| se)? nem (?:adósság|tartozás|hitel|törlesztés)\w*",
    # a thing named, then "not a loan": "a tévé-előfizetés nem hitel"
    r"\b(?!(?:de|meg|még|már|is|sem|se|hogy|és|ami|ez|az)\b)\w{3,} "
    r"nem (?:adósság|tartozás|hitel)\b",
    r"(?:那|这)(?:个|笔)?(?:也)?(?:不是|不算)(?:债|欠款|借款|贷款)",
    # right after its figure: "宽带49不算贷款", "话费99块不是借的"
    r"(?<=[0-9])(?:块钱?|元)?(?:也)?(?:不是|不算)(?:债|欠款|借款|贷款|借的|(?=吧))",
    # said to be savings instead: "az megtakarítás, nem hitel", "that's savings, not a loan"
    r"\b(?:az|ez) (?:egy )?(?:megtakarítás|betét|befektetés|spórolás)\w*,? "
    r"nem (?:adósság|tartozás|hitel)\w*",
    r"\b(?:that|it|this)(?: is|'s|s) (?:just |my )?(?:savings?|an? investment),? "
    r"not (?:a )?(?:debts?|loans?)\b",
    r"(?:那|这)(?:个|笔)?是(?:存款|储蓄|理财|存钱),? ?(?:不是|不算)(?:债|欠款|借款|贷款)",
    *GIFT_NOT_PAID_BACK,
)  # fmt: skip
_NO_DEBT = compile_phrases(NO_DEBT)
#: Said alone, a gift is no debt at all: none.
_A_GIFT_NOT_PAID_BACK = compile_phrases(GIFT_NOT_PAID_BACK)
#: Asked after it, "that's not a debt" is a question, not a figure set aside: "is it?", "ugye?".
_ASKED_AFTER = regex(
    r"\W*(?:(?:is it|are they|right|no|ugye|igaz|nem|吧|吗|对吧)?\W*\?|(?:is it|are they|ugye)\b)"
)
#: The first digit of an amount described, not the amount: "starts with a 2, five figures",
#: "hat számjegyű, 2-essel kezdődik", "五位数, 3开头". The digit is no amount: asked again.
_FIRST_DIGIT_DESCRIBED = regex(
    r"\b(?:starts?|starting|begins?|beginning) with an? [0-9]\b|"
    r"\bfirst (?:digit|figure|number) (?:is|being) an? [0-9]\b|"  # "first digit is a 2"
    r"(?<![0-9.,])[0-9]-?\w{0,3}(?:sal|sel|val|vel|mal|mel) kezd\w*|"  # "3-mal kezdődik"
    r"(?<![0-9.,])[0-9一二三四五六七八九]开头"
)
_A_NUMBER_OF_TWO_DIGITS = re.compile(r"[0-9]{2}")
_WORDS_OF_DIGITS_DESCRIBED = ("with a", "first", "kezd", "开头")


def _says_its_digits(folded: str) -> bool:
    """Whether the message describes the amount's first digit (:data:`_FIRST_DIGIT_DESCRIBED`)
    and says no amount of two digits or more beside it; a cheap test for its words first."""
    return (
        any(w in folded for w in _WORDS_OF_DIGITS_DESCRIBED)
        and not _A_NUMBER_OF_TWO_DIGITS.search(folded)
        and bool(_FIRST_DIGIT_DESCRIBED.search(folded))
    )


_SENTENCE_END = re.compile(r"[.!?;\u3002\uff01\uff1f\uff1b]")


_A_FIGURE = re.compile(
    r"(?<![0-9])[0-9]{1,3}(?: [0-9]{3})+(?![0-9])|[0-9.,]*[0-9][0-9.,]*|"
    r"[一二两三四五六七八九十百千万]+"
)  # "19 990": thousands with a space are one figure
#: Money lost, not owed: "就是炒股亏了八万多", "做生意赔了十来万".
_A_LOSS_ZH = re.compile(
    r"(?:亏|赔|输)(?:了|掉|进去)?(?:[0-9][0-9.,]*|[一二两三四五六七八九十百千万几来]+)(?:多|块钱?|元)?"
)


#: The thing named right before its figure: "宽带" of "宽带49".
_A_THING_NAMED_BEFORE_ZH = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,6}$")
#: A thing named right before "那个" or "这个": "宽带那个", "话费这个".
_A_THING_NAMED_ZH = re.compile(r"[\u4e00-\u9fff]$")


def _without_what_is_no_debt(folded: str) -> str:
    """The message without the figure each "that's not a debt" is said of, the last one before
    it in its sentence: "i have no debt. i send 200 to my family but that is not a debt" answers
    none, "房贷3000, 宽带49不算贷款" 3000."""
    for said in _NO_DEBT.finditer(folded):
        if _ASKED_AFTER.match(folded, said.end()):
            continue  # "mortgage 900 but that's not really a debt is it": whether it counts
        ends = [m.end() for m in _SENTENCE_END.finditer(folded, 0, said.start())]
        start = ends[-1] if ends else 0
        if not said[0].startswith(("az", "ez", "th", "it", "wh", "那", "这")) or (
            said[0].startswith(("那", "这")) and _A_THING_NAMED_ZH.search(folded, 0, said.start())
        ):  # (also "宽带那个不算贷款": the thing named right before "那个")
            # "a tévé-előfizetés nem hitel": the thing named, its figure in the same clause
            start = max(start, folded.rfind(",", start, said.start()) + 1)
        figures = list(_A_FIGURE.finditer(folded, start, said.start()))
        if figures:
            start, end = figures[-1].span()
            if said.start() <= end + 3 and said[0][0] >= "\u4e00":
                # "宽带49不算贷款": the thing and the words go with it, no "不算" of a bound
                end = said.end()
                named = _A_THING_NAMED_BEFORE_ZH.search(folded, 0, start)
                start = named.start() if named else start
            folded = folded[:start] + " " * (end - start) + folded[end:]
    return folded


#: Words that say an amount varies or is not known: with them, "nothing" is not an answer of 0.
VAGUE_AMOUNT_WORDS = (
    r"\bvar(?:y|ies|ied|ying|iable)\b", r"\bdepends?\b", r"\bnot sure\b", r"\bno idea\b",
    r"\b(?:don't|do not|dont) know\b", r"\bsometimes\b",
    r"\bváltoz\w*", r"\bfügg(?!etlen)\w*", r"\bnem tudom\b", r"\bnéha\b", r"\bhol\b",
    r"\bnincs fix\w*", r"\bsemmi fix\w*", r"\bahogy jön\b",
    # still paid for some months, nothing after: "még 2 hónapig jár a fizetés, utána semmi"
    r"\bmég (?:[0-9]|egy|ket|harom|negy) honap\w* (?:jar|kapom|fizetnek|kapok)\b",
    r"\bstill (?:get|getting|paid|being paid) (?:paid |my pay |wages )?for (?:another |the next )?"
    r"(?:[0-9]|one|two|three) (?:more )?months?\b",
    r"还(?:能)?(?:发|拿)(?:[0-9一两二三])个月(?:的)?(?:工资)?",
    # an amount named, not said: "bérjegyzék nincs nálam, mint a minimálbér plusz 10%"
    r"\bminimálbér\w*",
    # a pay not settled yet: "a végleges bér még nincs meg", "a fizum nincs még meg"
    r"\b(?:még nincs meg|nincs még meg|még nem dőlt el)\b",
    r"不固定", r"不一定", r"说不清", r"说不好", r"看情况", r"不知道", r"有时",
)  # fmt: skip
#: Nothing but money someone gives, its amount unsaid: "nothing coming in apart from what my mum
#: gives me", "csak amit anyám ad". With them, "nothing" is not an income of 0 either.
MONEY_FROM_OTHERS_UNSAID = (
    r"\b(?:apart from|except(?: for)?|besides|other than|bar|just|only) (?:what|whatever|"
    r"the (?:money|bit|little|cash)(?: that)?) (?:my |me |our |the )?\w+(?: \w+)? "
    r"(?:gives?|sends?|lends?|gave|sent|lent|slips?|hands?)\b",
    r"\b(?:csak|kivéve|leszámítva)\b,? (?:azt,? )?amit (?:\w+ )?(?:ad|küld|kölcsönad|segít)\w*",
)  # fmt: skip
_VAGUE_AMOUNT = compile_phrases(VAGUE_AMOUNT_WORDS)
_MONEY_FROM_OTHERS_UNSAID = compile_phrases(MONEY_FROM_OTHERS_UNSAID)
#: What joins two items of a list.
AND_WORDS = (
    r"\band\b",
    r"\bplus\b",
    r"\+",
    r"&",
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
    r"\b\w*(?:hitel|kölcsön)\w* (?:még )?[0-9][0-9.,]* ?(?:millió\w*)",
    r"\ban? [$€£]?[0-9][0-9.,]* ?(?:k|grand|thousand)? (?:personal |car |student |bank )?"
    r"(?:loan|debt|overdraft)\b",
    r"\bowe\w*",
    r"\bowing\b",
    r"\bbalance\b",
    r"\bin debt\b",
    r"\bdebt of\b",
    r"\bleft to pay\b",
    r"\bleft (?:on|owing on|to go on) (?:it|them)\b",  # "a loan with about 3k left on it"
    r"\btartoz\w*",
    r"\bhátral[eé]k\w*",
    r"\bmaradt\w*",
    r"欠",
    r"余额",
    r"剩下(?![0-9一二两三四五六七八九十几半]+个?(?:年|月|期))",
    r"还剩(?![0-9一二两三四五六七八九十几半]+个?(?:年|月|期))",
    r"\b(?:lent|loaned) (?:me|us)\b",
    r"借给了?我",
    r"借(?:了)?我(?=[0-9一二两三四五六七八九十几])",  # "我爸借我两万": lent to me
    # a bill not paid yet, once: "还有张罚单两千没交", "物业费八百还没缴"
    r"(?<=[0-9一二两三四五六七八九十百千万])(?:块钱?|元)?(?:还)?没(?:交|还|付|缴)",
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
    r"\bjaj,? nem\b(?=\W*(?:[,.!-]|$))",
    r"[0-9](?: ?(?:ezer\w*|e|k|ft|forint\w*))?(?:-?[aeoö]?t)?\W+(?:(?:ja|jaj|jah|ah|hopp) )?"
    r"nem(?: is)?"
    r"(?=\W*(?:[,.!-]|inkább\b|$))",
    r"\bnem is\b", r"\bvagyis\b",
    # worked out again after a first figure: "mondtam 200, de utánaszámoltam: 214"
    r"\bde (?:utána|újra|ki|át|még egyszer )számoltam\b(?=\W{0,3}[0-9])",
    # lowered since, said right after the old figure: "31 ill. most már csak 27", "40, de most
    # már csak 35"
    r"(?<=[0-9])(?:,? (?:ill\.?|illetve|de))? most már csak(?= [0-9])",
    # a typo put right, said so after: "210, illetve 201, elírtam", "azaz 180, elgépeltem"
    r"\b(?:illetve|azaz)\b(?=,? ?[0-9][^.;!?]{0,15}\b(?:elírtam|elgépeltem|bocs))",
    # a figure said again right after "mármint": "kétszáz húsz ezer, mármint 220" (not the
    # thousands named: "260 forint... mármint ezer")
    r"\bmármint(?=,? ?[0-9])(?!,? ?1000(?![0-9]))",
    r"不对", r"说错了", r"我是说", r"应该是", r"哦不", r"错了", r"算了",
    # a bare "no" after a sound of surprise, alone between two figures: "三千六 啊不 三千九"
    r"(?<![^ ,.!?;])(?:啊|呃|哎|诶|额|噢|喔)不(?:是|对)?(?= ?[ ,.!?;])",
    # a part named and left out, the rest said after: "开销三千四 其中五百不算 就二千九"
    r"不算(?:的话)?\W{1,2}(?:那)?(?:就|就是|实际(?:是|上)?|剩下的?)"
    r"(?= ?[0-9一二两三四五六七八九])",
    # the slip named as said too fast: "三千 不是 三千三 刚才说快了", "嘴快了", "口误"
    r"说快了", r"嘴快了?", r"口误", r"说岔了",
    # said the wrong way round, then put right: "一千五 说反了 是五千一"
    r"说反了", r"(?:说|打|写)颠倒了",
    # the exact figure after a rough one: "约3.5k 精确点是3476", "快四千了 具体是3960" (not
    # the parts of a whole, "具体是房租两千 吃饭一千": a figure right after, then its end)
    r"(?:精确|准确|确切)(?:点|一点|的|地)?(?:说|来说|数字?)?(?:是|的话是?)",
    r"具体(?:点|一点|的|地)?(?:说|来说|数字?)?是(?= ?[0-9一二两三四五六七八九][0-9.,]*"
    r"[一二两三四五六七八九十百千万]*(?: ?(?:块|元|左右))? ?(?:$|[,.!?;]))",
    # rounded after the exact figure: "5437.6, 抹了零头就算5400吧", "四舍五入三千"
    # the exact figure after a rough one, in English: "about a grand, exactly 1,012 if you want
    # it to the pound", "roughly 900. to be exact 912" (a comma or stop before it)
    r"(?<=[,.;] )(?:exactly|precisely|to be exact|to be precise|spot on)(?=,? ?[$€£]?[0-9])",
    r"抹(?:了|掉|去)?(?:个)?零头?", r"四舍五入", r"取个?整",
    # the real figure said last, "其实": "卡上进了六千一 … 工资其实是四千八" (a figure right after,
    # then its end; not "其实是两份工资")
    r"其实(?:就|只)?(?:是|有)(?= ?[0-9一二两三四五六七八九][0-9.,]*"
    r"[一二两三四五六七八九十百千万]*(?: ?(?:块|元|左右))? ?(?:$|[,.!?;]))",
    # the figure rounded up or down to, in English: "can afford 60, ill round it up to 65 so its
    # done quicker", "45, or rather round that down to 40"
    r"(?<!\bor )\bround(?:ed|ing)? (?:it|that|this|them|the payment|the figure) (?:up|down) to\b"
    r"(?= ?[$€£]?[0-9])",
    r"\bhanem\b", r"\bhelyett\b",
    # "was going to say 100 but realistically 70", "30-at akartam mondani de reálisan 20"
    r"\brealistically\b", r"\bre[aá]lisan\b", r"\brealisztikusan\b", r"实际(?:点|上|一点)?",
    # the later figure settled on with "make it": "was going to say 40 but after the vet bill
    # make it 30", "50, no, make that 45" (not "i make that 1,350": a total worked out)
    r"(?<!\bi )(?<!\bwe )\bmake (?:it|that)(?= ?[$€£]?[0-9])",
    # the later figure said to be the likelier one: "first i thought 100 but 70 is more realistic"
    r"(?<= )(?=[$€£]?[0-9][0-9.,]* (?:is|would be|'?s) (?:more realistic|more like it|safer|"
    r"more doable|more manageable|more sensible)\b)",
    # the later figure said to be the safer one: "五百……还是四百五稳妥点"
    r"还是(?=[^,.!?;\uff0c\u3002\uff01\uff1f]{0,3}[0-9一二两三四五六七八九十百千万]+"
    r"[^,.!?;\uff0c\u3002]{0,4}"
    r"(?:稳妥|保险|靠谱|现实|稳))",
    r"\bnot \S+ but\b", r"\brather\b", r"\binstead\b", r"\binkább\b", r"不是\S+是",
    # "wait" or a bare "no" between two amounts: "200, várj, ... 215", "六百,不,五百吧"
    r"\b(?:wait|hold on|várj(?:unk|ál)?|álljunk meg)\b(?=\W*[,.!:-])(?!\W*(?:until|till|amíg)\b)",
    r"(?<=[,.!?;] )不(?= ?[,.!?;])", r"(?<=[,.!?;])不(?= ?[,.!?;])", r"等等", r"等一下",
    r"(?<=[0-9百千万块元] )不(?= [0-9一二两三四五六七八九])",
    # a bare "no" or "wait" after a trailing-off "…": "一千……不 九百", "两千...等下 是两千二"
    # ("等下个月" is waiting for next month, no correction)
    r"(?<=\.\.)(?:不|等下(?![个一次周回]))(?= ?[0-9一二两三四五六七八九 ])",
    # the figure said to be of several months, the month's own said after it: "刚才那个八千是两个
    # 月的 一个月就四千" (the first is no item of a list)
    r"是(?:两|二|三|四|[2-4])个月(?:加起来|加在一起|合起来|一起)?的(?=[^0-9一二两三四五六七八九]{0,8}"
    r"(?:一个月|每个月|每月|单月))",
    # chat habits: a starred figure corrects the one before ("1,200 *1,020"), "edit: 1,060",
    # a figure struck through ("~~1,300~~ 1,150")
    r"(?<=\s)\*(?=[$€£]?[0-9])", r"\bedit\b(?=\W{0,3}[$€£]?[0-9])", r"(?<=[0-9])~~(?=\W*[0-9])",
)  # fmt: skip
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
    r"\bwith (?:the )?(?:bills|everything|food|it all|all that)(?: (?:in|included|on top))?,? "
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
#: Right after the total of a list: "1700 total", "1400 all together", "76 ezer összesen".
TOTAL_AFTER = (
    r"^ ?(?:[$€£¥]|ft|huf|forint\w*|eur\w*|pounds?|dollars?|元|块)? ?"
    r"(?:a month |per month |havonta )?(?:total\b|in total\b|all together\b|altogether\b|"
    r"all in\b|in all\b|overall\b|combined\b|öss?zesen\b|együtt\b)",
)  # fmt: skip
#: Words of take-home pay, a kind of now ("kézhez 245", "到手4800"): beside a word of a time
#: past the time decides (see :func:`_marked`).
TAKE_HOME_WORDS = (
    r"\bafter tax\b", r"\bnet\b", r"\btake[- ]home\b", r"\bnettó\w*", r"\bkézhez\b",
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
BEFORE_WORDS = (
    r"(?<!said )(?<!mentioned )\bbefore\b", r"\bused to\b",
    r"\bwas\b(?! (?:thinking|hoping|planning|going|wondering))", r"\bwere\b", r"\bprevious\w*",
    r"\bformerly\b", r"\bb4\b",  # "b4 the rise 820, now 905"
    r"\blast year\b", r"\bback then\b", r"\boriginally\b", r"\beddig\b", r"\bkorábban\b",
    r"\brégen\b",
    # not "a volt férjem" (my ex-husband)
    r"\bvolt\b(?! (?:férj|feleség|pár|élettárs|barát|főnök|munkahely|kolleg|lakótárs|cég)\w*)",
    # (not "a tavalyi emelés után 371": the pay since a raise of last year)
    r"\btavaly\w*\b(?! (?:bér)?emelés (?:után|óta)\b)", r"\belőtte\b", r"\bazelőtt\b",
    # before a mishap or a change of life named: "a csuklóm előtt 380 is megvolt, most 224"
    r"\b(?:baleset|műtét|csukló|törés|betegség|válás|költözés|szülés|leépítés|elbocsátás|"
    r"infarktus|stroke)\w* előtt\b",
    # a household of two before one was left alone: "the two of us spent 1,600", "ketten
    # 320-at költöttünk", "两个人的时候花六千"
    r"\bthe two of us (?=(?:\w+ ){0,2}(?:spent|had|paid|used|needed|got through)\b)",
    r"\bwe (?:spent|had|paid|needed|got through)\b",
    r"\bketten\b(?= (?:\S+ ){0,3}\w*(?:ttunk|ttünk)\b)", r"\bköltöttünk\b", r"两个人的时候",
    r"俩人的时候",
    r"\baddig\b(?! (?:havi|havonta|minden hónapban)\b)", r"以前", r"之前",
    r"原来", r"过去", r"本来", r"那时", r"去年", r"前年", r"\bages ago\b",
    r"那几个月", r"当时", r"那(?:段时间|阵子)",  # "在船上那几个月一万五, 现在…一分没有"
    # another time than now, where one was: "在船上的时候一个月一万二", "出海那会儿" (not
    # "平时": the usual month, beside a month's one-off)
    r"在[\u4e00-\u9fff]{1,4}?的时候", r"那会儿?",
    r"\bbefore tax\b", r"\bgross\b", r"\bbruttó\w*",
    r"税前", r"应发",
    # (not what is taken from the pay: "从工资里每月扣五百", "从工资每月扣五百")
    r"从(?![^,.;!?]{0,6}(?:开始|起)|[^,.;!?]{0,6}(?:里|中)(?:每个?月)?(?:出|拿|掏|挤|扣|直接扣)"
    r"|(?:工资|薪水|年终奖)(?:每个?月)?(?:直接)?扣)",
    # before a change: "2023年重组前是七千", "降薪前有八千" (not "目前", "提前")
    # not a time to come: "毕业前每月150", "年底前每月500"
    r"(?<=[\u4e00-\u9fff])(?<![目提])(?<!毕业)(?<!年底)(?<!月底)(?<!找到工作)(?<!上班)前"
    r"(?=是|为|有|能|拿|挣|赚|每月|每个月|一个月|[0-9一二两三四五六七八九])",
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
    # this card's share of what all the cards get: "…一共一千, 你们这张分六百"
    r"(?:你们|你们这张|你们这边|这张)(?:卡)?(?:就)?(?:分|给|还|付|出)(?:个|大概)?$",
)  # fmt: skip
OFFERED_AFTER = (
    r"^(?:-?[aeoö]?t)? ?(?:ft|forint\w*|eur\w*)? ?(?:havonta |havi |per month |a month )?"
    r"(?:talán |kb )?"
    r"(?:tudnék|tudok|tudnek|bírnék|bírok|vállalnék|vállalok|menne|megy|is doable|i can do)\b",
)  # fmt: skip
#: Beside a debt's balance, the monthly payment on it: "2 millió van még, havi 85 ezer".
BALANCE_WORDS = (
    r"\bleft\b", r"\bremaining\b", r"\bowe\w*", r"\bowing\b", r"\bbalance\b", r"\boutstanding\b",
    r"(?<=[0-9k] )on it\b(?= at\b|,|$)",  # "another card with 2,300 on it at 24.9%, i pay 70"
    # not "van még két kártyám": more cards or loans, no balance left
    r"\bvan még\b(?! (?:egy|ket|harom|negy|[1-4]) (?:kartya|hitel|kolcson|tartozas)\w*)",
    r"\bvan meg\b(?! (?:egy|ket|harom|negy|[1-4]) (?:kartya|hitel|kolcson|tartozas)\w*)",
    r"\bmaradt\w*", r"\bhátra\w*", r"\btartoz\w*",
    r"\bhátral[eé]k\w*",
    r"还剩", r"剩下", r"欠", r"余额", r"总额", r"借了", r"借的", r"\bborrowed\b",
    # (not the principal in each instalment: "本金每期833.33 手续费每期60", the payment's part)
    r"本金(?!每期|每月|每个月|一期|一个月)",
    r"的(?:车贷|房贷|贷款|网贷|借款)",  # the loan's size: "1万2的车贷, 每月还一千"
    # what someone lent, beside what is paid back: "my brother lent me 2k, i give him 50"
    r"\b(?:lent|loaned) (?:me|us)\b", r"\bkölcsön(?:adott|adtak|kértem|vettem|kaptam)\w*",
    r"借给我", r"借给了我",
    r"借(?:了)?我(?=[0-9一二两三四五六七八九十几])",  # "老板借我五千, 每月扣五百"
    # whom it was borrowed from named between: "借了老板五千, 从工资里每月扣五百", "借了我姐两万"
    r"借了(?:老板|公司|单位|同事|朋友|亲戚|我?(?:姐|哥|妹|弟|舅|叔|姨|姑){1,2})"
    r"(?=[0-9一二两三四五六七八九十几])",
    # what was taken out, beside what is paid back: "havi 38 ezer, 120-at vettem fel", "took
    # out 2,000, paying 90 a month", "贷了两万, 每月还一千八"
    r"\bvettem fel\b", r"\bfelvett\w*", r"\btook (?:it )?out\b", r"\btaken out\b", r"贷了",
    # a down payment made once, beside the month's instalment: "首付二十万 月供一万二"
    r"首付(?:款)?",
)  # fmt: skip
MONTHLY_BEFORE = (
    r"(?:\bhavi\b|\bhavonta\b|\brészlet\w*|\btörlesztő\w*|\btörlesztés\w*|\bmonthly\b|"
    r"\ba month\b|\bper month\b|\bevery month\b|每月|每个月|"
    r"每個月|月供|月还)\W{0,2}(?:(?:about|around|kb|közel|csak|大概|是|还|要)\W{0,2})?$",
    # who takes it or is paid between: "每月从工资里扣一千", "说好每月还他两千五", "一个月还她八百"
    r"(?:每个?月|每個月|一个月)[\u4e00-\u9fff]{0,6}(?:还|扣|付|交|给)(?:他|她|他们|她们)?\W{0,2}$",
)  # fmt: skip
MONTHLY_AFTER = (
    r"^ ?(?:[$€£¥]|ft|huf|forint\w*|eur\w*|pounds?|dollars?|元|块)? ?"
    r"(?:a month\b|per month\b|monthly\b|/ ?mo\w*|each month\b|every month\b|havonta\b|"
    r"havi\b|-val\b|-vel\b|/ ?hó\b|/ ?月|pm\b|p/m\b|"
    r"(?:az? )?(?:havi )?(?:részlet|törlesztő|törlesztés)\w*|"
    r"-?[aeo]?t (?:fizetek|fizetünk|törlesztek|törlesztünk) (?:havonta|havi|egy hónapban)\b)",
)  # fmt: skip
_CORRECTION = ByScript.phrases(CORRECTION)
_TOTAL_BEFORE = ByScript.phrases(TOTAL_BEFORE)
_TOTAL_AFTER = compile_phrases(TOTAL_AFTER)
_NOW = ByScript.phrases(NOW_WORDS)
_BEFORE = ByScript.phrases(BEFORE_WORDS)
_BALANCE = compile_phrases(BALANCE_WORDS)
_MONTHLY_BEFORE = compile_phrases(MONTHLY_BEFORE)
_OFFERED = compile_phrases(OFFERED)
_OFFERED_AFTER = compile_phrases(OFFERED_AFTER)
_MONTHLY_AFTER = compile_phrases(MONTHLY_AFTER)
#: How many words a marker may stand from the amount it is said of.
_NEAR = 4
_AND_WORDS = compile_phrases(AND_WORDS)
_OWED = compile_phrases(OWED)
_MONTHLY = compile_phrases(MONTHLY)
_A_NUMBER_IN = re.compile(rf"[0-9]|{_CN_PIECE}")
#: Said of a second amount offered beside the first, as a maybe: "maybe 70 at a push", "talán
#: 30", "实在不行三百".
_HEDGED_BEFORE = regex(
    r"(?:\bmaybe|\bperhaps|\bpossibly|\bprobably|\bor even|\beven|\btalan|\besetleg|\bakar|"
    r"\bmax(?:imum)?|\bvegso esetben|\bha (?:muszaj|nagyon kell)|也许|可能|或许|实在不行|最多)"
    r"\W{0,2}(?:[$€£¥] ?)?$"
)
_HEDGED_AFTER = re.compile(
    r" ?(?:[$€£¥]|ft|forint\w*|quid|pounds?|元|块)? ?(?:a month |per month |havonta )?"
    r"(?:at a (?:push|stretch)|if (?:pushed|i must|i have to|need be|necessary|really needed)|"
    r"max\b|tops\b|vegso esetben|ha (?:muszaj|nagyon kell)|也行|也可以)"
)


#: A figure paid straight to the landlord by someone else: "rent 700 (uc pays it)", "the rent is
#: 700 but housing benefit pays it direct". As "zero rent (the council pays it)", none of it is
#: the cardholder's spending.
_PAID_STRAIGHT_BY_ANOTHER = regex(
    r"(?:[$€£] ?)?[0-9][0-9,.]*(?: ?(?:pcm|a month|per month|pm))?,? ?"
    r"(?:but |and |which |that )?\(?"
    r"(?:uc|universal credit|housing benefit|hb|the council|council|my (?:mum|dad|parents)) "
    r"(?:pays|covers)(?: (?:it|that|the lot|all of it)(?: (?:direct|directly|in full))?| "
    r"(?:direct|directly|in full))\)?"
)


def _rest_left_unsaid(folded: str) -> bool:
    """Whether the rest is put on top with no figure after it ("plus the rest", "a többi
    külön")."""
    rest = _THE_REST_ON_TOP.search(folded)
    return bool(rest and not _A_NUMBER_IN.search(folded, rest.end()))


def _item_without_amount(folded: str) -> bool:
    """Whether the items of a list ("rent 800 and food and petrol") include one without an
    amount: an item named after "and", "meg", "还有" that follows an amount and has no number of
    its own. Items named before the one amount ("rent and food come to 900") are its whole."""
    if _rest_left_unsaid(folded):
        return True  # "bérlet 120 plusz a többi", "房租1800 其他另算"
    if _ALL_TOGETHER.search(folded) or _ITEMS_SAID_INCLUDED.search(folded):
        return False
    pieces = _AND_WORDS.split(folded)
    numbered = [bool(_A_NUMBER_IN.search(piece)) for piece in pieces]
    if True not in numbered:
        return False
    if _COVERS.search(folded):
        return False  # "450 for food and transport": the amount is for all of them
    last_bare = _A_LAST_ITEM_BARE.search(folded)
    if last_bare and _A_NUMBER_IN.search(folded, 0, last_bare.start()):
        return True  # "rent 700, bills 200, food": the last item named has no figure
    after = pieces[numbered.index(True) + 1 :]
    if any(
        _BENEFIT_NAMED.search(piece) and not _A_NUMBER_IN.search(_A_COUNT_OF_WEEKS.sub(" ", piece))
        for piece in after
    ):
        return True  # "uc 812 a month plus pip which comes every 4 weeks": pip's amount unsaid
    return any(
        _ITEMS.search(piece) and not _A_NUMBER_IN.search(piece) and not _THERE_IS_NONE.search(piece)
        for piece in after
    )


#: Items named as included in the one amount said: "havi 150, ebben a gyógyszer és a rezsi is
#: benne van", "that includes the gas and the food", "里面包括水电和吃饭". They are its parts, no
#: item left without a figure ("nincs benne", not included, is not this).
_ITEMS_SAID_INCLUDED = regex(
    r"(?<!nincs )(?<!nem )\bbenne (?:van|vannak|volt|vannak mar)\b|\bbeleertve\b|"
    r"\b(?:that|which|this|it) includes?\b|\b(?:that's|thats|that is|it's|its) including\b|"
    r"(?:里面|其中|这里面|这个)(?:已经)?(?:包括|包含|含)"
)
#: The items of a whole named in brackets after "együtt", without figures: "a többivel együtt
#: (lakbér, villany, kaja) pontosan 236 500". The whole follows; the items are in it.
_ITEMS_NAMED_IN_A_WHOLE = re.compile(r"(?<=egyutt) \([^()0-9]{1,60}\)")
#: A figure, then its parts in brackets: "rezsi 26 (gáz 14, villany 9, víz 3)", "bills 150 (gas
#: 80, electric 50, water 20)", "水电300(水100 电200)".
_A_BREAKDOWN = re.compile(r"[0-9][0-9.,]* ?[^0-9()]{0,12}\(([^()]{3,80})\)")


_WORKED_OUT_IN_BRACKETS = regex(
    r"\b(?:so|split|half|mine|share|each|per|szoval|fele|felet|enyem|reszem)\b|[=/%*]|"
    r"[0-9] ?x ?[0-9]|所以|一半|我出|平摊|每"
)


def _without_its_breakdown(found: re.Match[str], language: str) -> str:
    """The figure of ``found`` without the parts in its brackets where they are parts of it (they
    add up to it or less): summed as items beside it they would count it twice."""
    if _WORKED_OUT_IN_BRACKETS.search(found[1]):
        return found[0]  # "rent 640 (split 50/50 so 320 mine)": the own part worked out
    numbers = numbers_in(found[0], language_code(language))
    values = [n.value for n in numbers if n.unit is None]
    if len(values) < 2 or None in values or sum(v for v in values[1:] if v) > (values[0] or 0):
        return found[0]
    start = found.start(1) - found.start() - 1
    return found[0][:start] + " " * (len(found[0]) - start)


#: A figure restated in words after "azaz" or "that is", as on a form or a cheque: "148.000,- Ft,
#: azaz száznegyvennyolcezer forint", or in brackets: "1,250 (twelve hundred and fifteen)",
#: "nine hundred and fifty (590)". Said twice it is one amount; two different figures (a slip
#: in one of them) are asked again.
_RESTATED_IN_WORDS = regex(
    r"(?:\bazaz|\bvagyis|\bthat is|\bi\.?e\.?)[:,]? (?:egy|ket|har|negy|ot|hat|het|nyolc|kilenc|"
    r"tiz|husz|harminc|negyven|otven|hatvan|hetven|nyolcvan|kilencven|szaz|ezer|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
)
_A_FIGURE_RESTATED = re.compile(
    r"[0-9][0-9 .,]*(?:,-)? ?(?:ft|forint\w*|huf|pounds?|[$€£])?,? "
    r"(?:azaz|vagyis|that is|i\.?e\.?)[:,]? [$€£]?[0-9][0-9.,]*|"
    r"(?<![0-9.,])[$€£]?[0-9][0-9.,]*(?<![.,]) ?\( ?[$€£]?[0-9][0-9.,]*(?<![.,]) ?\)"
)


#: A budget's categories, as an app or a sheet shows them: "Essentials £1,087.40, Lifestyle
#: £212.60, Savings £50.00". Asked for the essential spending, the others are left out.
_ESSENTIALS_WITH_A_FIGURE = regex(r"\bessentials\b\W{0,3}(?:[$€£] ?)?[0-9]")
_A_CATEGORY_NOT_ESSENTIAL = regex(
    r"\b(?:lifestyle|fun|savings?|wants|treats|leisure|entertainment|discretionary|luxuries|"
    r"extras|going out)\b\W{0,3}(?:[$€£] ?)?[0-9][0-9,]*(?:\.[0-9]{1,2})?"
)
#: At the own offer, a plan's figure said by its term: "i know the 24 month one was 81", "the 12
#: month plan is 95" (the plan's, not the one offered).
_A_PLANS_FIGURE_SAID_EN = regex(
    r"\bthe (?:[0-9]{1,2}|six|twelve|twenty ?four)[- ]?months?(?: one| plan| option)? "
    r"(?:was|is|were|of|at|for|came to|comes to) (?:about |around )?(?:[$€£] ?)?[0-9][0-9,.]*"
)
#: At the other debts, the last debt named with no figure: "vanquis 45 and the other one".
_THE_OTHER_ONE_LEFT_BARE = regex(
    r"\band (?:then )?(?:the |an ?)?other (?:one|card|loan|debt)s?\W*$"
)
#: An item named last in a list, after a comma or a line, with no figure: "rent 700, food",
#: "albérlet 120, rezsi 35, kaja", "房租两千, 水电三百, 吃饭".
_A_LAST_ITEM_BARE = regex(
    r"[,;] ?(?:the |my |a |az )?(?:rent|bills?|food|petrol|fuel|gas|electric\w*|phone|"
    r"transport|car|insurance|childcare|water|council tax|shopping|groceries|kaja|rezsi|lakber|"
    r"alberlet|benzin|telefon|吃饭|房租|水电|伙食|油费|话费|交通)"
    r"(?:\W+(?:the usual|etc|and so on|and all that|meg a tobbi|stb|等等))?"
    # said without a figure, only as much: "lakbér 130, rezsi 30, kaja sok"
    r"(?: (?:is )?(?:sok|rengeteg|a lot|loads|lots|varies|valtozo|valtozik))?\W*$"
)
#: An item said to have been none of late, no item missing its figure: "1,350 without overtime,
#: and there hasnt been any overtime since june", "és túlóra nem volt", "而且没有加班".
_THERE_IS_NONE = regex(
    r"\b(?:hasn'?t|hasnt|haven'?t|havent|has not|have not) (?:been|had|got) any\b|"
    r"\bthere'?s (?:been )?no\b|\btheres (?:been )?no\b|\bthere (?:is|was|has been) no\b|"
    r"\b(?:tulora|premium|borravalo)\w* (?:sem )?(?:nem volt|nincs(?:en)?)\b|"
    r"\b(?:nem volt|nincs(?:en)?) (?:semmi )?(?:tulora|premium|borravalo)|没有(?:加班|奖金|提成)"
)


#: A benefit named as an item of income, beside the amount of another: with only how often it is
#: paid ("plus pip every 4 weeks", "meg a rokkantsági, 4 hetente", "还有低保每四周发"), its own
#: amount is not said.
_BENEFIT_NAMED = compile_phrases(
    (r"\b(?:pip|dla|esa|uc|universal credit|carer'?s|child benefit|tax credits?|attendance)\b",
     r"\b(?:rokkant\w*|csaladi potlek|gyed|gyes|apolasi dij|csed)\b",
     r"低保", r"残疾金", r"补助金?")
)  # fmt: skip
#: How often a benefit comes, no figure of money: "every 4 weeks", "4 hetente", "每四周".
_A_COUNT_OF_WEEKS = compile_phrases(
    (r"\b(?:every|each) [0-9]+ (?:weeks?|days?)\b", r"\b[0-9]+[- ]?week(?:ly|s)?\b",
     r"\b[0-9]+ (?:hetente|naponta)\b", r"每[0-9一二两三四]+(?:周|个星期|星期)")
)  # fmt: skip


#: The rest of the costs said to come on top, without an amount: "plus everything else", "meg a
#: többi", "其他另算".
_THE_REST_ON_TOP = compile_phrases(
    (r"\b(?:plus|and|with|\+) (?:all )?(?:the rest|everything else|the others|other stuff|"
     r"the other bits)\b(?! (?:is|are|comes?|of)\b)",
     r"\b(?:the rest|everything else|other stuff) (?:on top|extra|separately|not (?:counted|"
     r"included))\b",
     # "rent takes 650 of my 1,400 wage and the rest goes on bills and food"
     r"\b(?:the rest|everything else) (?:goes|go|went|is spent|gets spent) on\b",
     r"\b(?:plusz?|meg|és|and|\+) (?:a |az )?(?:többi|egyéb\w*|minden más)\b",
     # a list left open after its last figure: "albi 125, rezsi 35, kaja 70 stb.", "… 70 etc"
     r"(?<=[0-9])\W{0,2} ?(?:stb|etc|and so on|s a tobbi|meg ilyenek|等等)\b\.?\W*$",
     r"\b(?:a |az )?(?:többi|egyéb\w*|minden más) (?:külön|még jön|nincs benne|"
     r"nincs beleszámolva)\b",
     r"(?:其他|其它|其余|别的)(?:的)?(?:另算|另外算|另计|还没算|没算|不算在内)",
     # an item named, counted apart without a figure: "房租另算", "a lakbér külön van"
     r"(?:房租|房贷|水电|吃饭|伙食|交通|话费)(?:还)?(?:另算|另外算|另计)",
     r"\b(?:the )?(?:rent|bills|food) (?:is |are )?(?:on top|extra|separate)\b",
     r"\b(?:a |az )?(?:lakber|alberlet|rezsi|kaja)(?: meg)? kulon\b",
     # a named item said to be apart or not in it, no figure: "180, lakás külön", "200,
     # gyógyszer nincs benne", "200 lenne, ha nem lenne a kocsi"
     r"\b(?:a |az )?(?:lakas|gyogyszer\w*|kocsi|auto|benzin|berlet|telefon|tandij)"
     r"(?: meg)? (?:kulon|nincs(?:enek)? benne|nincs beleszamolva|nem szamoltam bele)\b",
     r"\blenne,? ha nem (?:lenne|volna)\b",
     r"(?:还有|加上|另外还有)(?:其他|其它|别的)(?:的)?(?:杂七杂八的?|开销|开支|费用)?$",
     # whatever comes up, or the children, on top with no figure: "900 plus whatever the kids
     # need", "150 ezer plusz a gyerekek", "三千 再加上孩子的"
     r"\b(?:plus|and|\+) whatever (?:\w+ ){0,3}(?:need|needs|costs?|comes? up|crops? up)\b",
     # ("plus" is read as "and" by then; "for me and the kids" is one amount for both)
     r"(?<!\bme )(?<!\bus )\b(?:and|\+) (?:the |my )?(?:kids|children)(?:'?s? (?:stuff|things))?$",
     r"\b(?:and|meg|plusz?|\+) (?:a |az )?(?:gyerek(?:ek?)?(?: dolgai| cuccai)?|"
     r"ami (?:meg )?(?:kell|jon|felmerul))\W*$",
     # the car on top, no figure: "180 meg az autó", "1,100 plus the car"
     r"(?:\bmeg|\bplusz?|\+) ?(?:a |az |the |my )?(?:auto|kocsi|car)\W*$",
     # the rest not counted: "kajára 60, a többit nem számolom", "the rest i dont count"
     r"\b(?:a |az )?(?:többi\w*) (?:nem (?:számolom|számoltam|tudom)|nincs (?:benne|meg))\b",
     r"\bthe rest (?:i )?(?:don'?t|dont|do not|haven'?t|havent|never) (?:count|counted|know|add)\b",
     r"\b(?:and|meg|\+) (?:ami|amit|amennyi)\b(?![^0-9]*[0-9])",
     r"(?:再)?(?:加上|还有)(?:孩子|小孩)(?:的)?(?:开销|花销|花费|费用|那些)?$")
)  # fmt: skip
_COVERS = re.compile(
    r"[0-9](?: ?(?:k|e|ezer\w*|[$€£¥]|ft|forint\w*|pounds?|dollars?|quid))? "
    r"(?:\(|(?:for|to cover|covers?|altogether for|between|across|on both|for both|with|"
    r"including)\b|"
    r"(?:kb |körülbelül |nagyjából )?(?:az? )"
    r"(?:\w+(?:ra|re) (?:es|meg) (?:az? )?\w+(?:ra|re)\b))"
    r"(?!.*\b(?:also|too|as well|plus)\b)"
)
#: Not a penny, in Chinese: "现在一分钱都没有". Its 一 is no figure; read as the words for nothing
#: (and 零 of 一千零五 is no "nothing" once the figures are taken out).
_NOT_A_PENNY_ZH = re.compile(
    r"一分钱?(?:都|也)?没有?(?!进账|到账|收入)|一分钱?(?:的)?(?:收入|进账)(?:都|也)没有?"
)  # (also "一分钱收入都没有": not a penny of income)
_NONE_OF_THE_OFFERS = re.compile(
    r"\bnone of (?:them|these|those|the (?:options|plans|offers))\b|\begyik sem\b|\begyiket sem\b|"
    r"\b(?:none|nothing|neither)(?: of (?:it|them|these|those))? "
    r"(?:works?|suits?|fits?|helps?|is (?:affordable|doable|any good)|(?:are|is) for me)\b"
)
_PLUS_AN_ITEM = re.compile(r"(?:\bplusz?\b|\+(?=[^0-9]*[0-9]))(?= ?[^\W\d])")


#: In a currency counted in thousands, the bare numbers of a list of items are thousands too:
#: "albérlet 120, rezsi 45, kaja 70" is 235 000 Ft, as people who count in forints write it.
LISTS_IN_THOUSANDS = True
#: A period other than the month anywhere in a list, in any language: a sum is no month's.
_A_PERIOD_IN_A_LIST = compile_phrases(
    (r"\b(?:weekly|fortnightly|bi-?weekly|every (?:other |two |2 )?(?:weeks?|fortnight)|"
     r"each week|a week|every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
     r"per week|a fortnight|daily|a day|per day|every day|each day|yearly|annual(?:ly)?|a year|"
     r"per year)\b(?! ago)",
     r"\bhetente\b", r"\bheti\b", r"\bévente\b", r"\bévi\b", r"\bnaponta\b", r"\bnapi\b",
     r"\bkéthetente\b", r"每周", r"每星期", r"每礼拜", r"一周", r"一星期",
     # 每天 with a figure in its clause: "每天坐公交上班, 交通一个月两百" is a habit, no period
     r"每天(?=[^,;.\uff0c\u3002\uff1b]*?[0-9一二两三四五六七八九十百千])", r"一天",
     r"每年", r"年薪", r"两周",
     # once every few months: "燃气卡充三百, 两个月充一次"
     r"(?:两|三|四|五|六|[2-6])个月(?:才)?(?:[充交缴付买]|发|来)?(?:一|1)次",
     # bought once a winter or by the can: "煤是一冬天买一次 两千多", "奶粉一罐三百多"
     r"一个?冬天?", r"(?:一|每)(?:罐|箱|袋|桶)")
)  # fmt: skip
#: Right after the last amount, taking it back: "40 ezer, ja nem, azt már kifizettem".
_RETRACTED = re.compile(
    r"\W+(?:(?:ja|jaj|jah|ah|hopp) )?nem(?: is)?\b(?=\W*(?:[,.!-]|$))(?!.*[0-9])"
)
#: Nothing besides the amount said: "más nincs", "ha nem jön közbe semmi".
_NOTHING_ELSE = regex(
    r"\b(?:mas|egyeb|tobb) (?:nincs|nincsen)\b|\bnincs (?:mas|egyeb|tobb)\b|"
    r"\bnem jon kozbe semmi\b|\bsemmi (?:gond|baj)\b|"
    # Nothing else besides the amount, or a "nothing" not about money ("none of your business").
    r"\bnone of your (?:business|concern)\b|\bnothing else\b|"
    r"\bnothing (?:fancy|special|extra|much)\b|\bsemmi (?:extra|kulonos|flancos|luxus)\b|"
    r"\bno other (?:income|money)\b|"
    r"\bnem (?:vitatok|tagadok|kerek|mondok) semmit\b|\bsemmi (?:mas|egyeb)\b|"
    r"\b(?:mas|egyeb) semmi\b|"
    # "semmi, csak az a 35 ezer", "nincs semmi más", "más kiadás nincs": nothing besides it
    r"\bsemmi\W{1,3}csak\b|\bnincs semmi (?:mas|egyeb)\b|"
    # nothing changed, no "nothing": "maradjunk a 195-nél, azóta se változott semmi"
    r"\b(?:se|sem|nem) valtozott semmi\b|\bsemmi (?:sem |se |nem )?valtozott\b|"
    # a part said not to be in the figure, no "nothing": "a nettó 318 ezer 750, a SZÉP-kártyás
    # rész nincs benne"
    r"\bnincs(?:enek)? (?:benne|beleszamolva|beszamolva)\b|"
    # a payment that ends soon, nothing after it: "havi 40 ezer, még két hónapig, utána semmi"
    r"\butana (?:mar )?(?:semmi|nincs)\b|\b(?:then|after that) (?:nothing|none)\b|"
    r"\b(?:mas|egyeb) (?:kiadas|koltseg|hitel|tartozas|torleszto)\w* (?:nincs|nincsen)\b|"
    # no other income, no overtime, nothing yet from another: "más jövedelmem nincs", "túlóra
    # nincs, az fix", "a fiamtól még nem jön semmi"
    r"\b(?:mas|egyeb) (?:jovedelm|bevetel|kereset)\w* (?:nincs|nincsen)\b|"
    r"\b(?:tulora|premium|potlek|borravalo|mellekes)\w* (?:sincs|nincs|nincsen|nem volt)\b|"
    r"\bnincs (?:tulora|premium|mellekes)\w*|\b(?:tole|toluk|\w+tol) (?:meg |sem )?nem jon semmi\b|"
    # nothing paid on top for a part of the work: "az előadásokért nincs külön", "külön nincs"
    r"\b(?:\w+(?:ert|ort) )?nincs kulon\b|\bkulon (?:nem jar|nincs)\b|"
    # An item there is none of, beside the others' amounts: "lakbér nincs", "no rent", "不用交房租"
    r"\b(?:lakber|alberlet|berleti dij|torleszto|hitel)\w* (?:nincs|nincsen)\b|"
    r"\bnincs (?:lakber|alberlet|berleti dij|torleszto)\w*|\b(?:no|zero|nil) (?:rent|mortgage)\b|"
    r"(?:没有|不用(?:交|付)|不交)(?:房租|房贷|租金)|(?:房租|房贷|租金)(?:没有|不用(?:交|付))|"
    r"(?:没有|没|无)(?:其他|其它|别的)(?:的)?收入|(?:别的|其他|其它)(?:的)?(?:都|也)?没(?:有)?了?|"
    # No trouble with it ("azzal nincs gond"), next to no spending besides it
    # ("没什么花销, 给家里八百").
    r"\b(?:(?:azzal|ezzel|vele) )?nincs(?: semmi)? (?:gond|baj|problema)\b|"
    r"\bno (?:problem|issue|trouble)s?(?: with (?:it|that|this|them))?\b|"
    r"(?:没什么|没啥|基本没)(?:什么)?(?:其他|别的)?(?:开销|开支|花销|支出|花费)|"
    # nothing but the one named: "不算房贷的话没有, 房贷每月四千", "除了车贷就没了"
    r"(?:不算|除了|除去)[\u4e00-\u9fff]{1,6}?(?:的话|以外|之外)?(?:就|都|也)?(?:没有|没了|没)"
)
#: The rest of the money said to go on wants, beside the essentials' figure: "the other 300 is
#: takeaways n vapes", "the rest, 150, goes on nights out". Only the figure inside is no essential.
_THE_REST_ON_WANTS = regex(
    r"\bthe (?:other|rest|remaining)(?: of it)?,? (?:[$€£] ?)?[0-9][0-9,.]*(?: ?(?:quid|pounds?))?"
    r",? (?:is|are|was|goes|go|went)(?: on| for)?(?: \w+){0,2}? (?:takeaways?|vapes?|vaping|fags|"
    r"cigs|smoking|booze|drinks?|drinking|going out|nights? out|treats?|fun|gambling|betting|"
    r"luxur\w*|wants|extras|clothes|savings?|holidays?)\b"
)
#: An item the cardholder says is no essential, in the sentence of its amount: "netflix 12.99 lol
#: no thats not essential", "gym 30 but i can cancel that".
_SAID_NOT_ESSENTIAL = regex(
    r"\bnot (?:essential|needed|a need|necessary)\b|\b(?:i|we) (?:can|could) (?:cancel|stop|drop)"
    r" (?:that|it|this)\b|\bnon[- ]essential\b"
)


#: Said of money that comes in that it is no income: "the 15k the couple gives me is expenses
#: not wages", "az útiköltség-térítés nem jövedelem", "报销的钱不算收入".
_SAID_NOT_INCOME = regex(
    r"\b(?:is|are|that'?s|thats|its|it'?s) (?:expenses|costs|a loan|savings|a refund|"
    r"reimbursement)\w*,? (?:and )?not (?:wages|income|pay|salary|earnings)\b|"
    r"\b(?:isn'?t|is not|aren'?t|are not|not) (?:my )?(?:wages|income|pay|salary|earnings)\b|"
    r"\bnem (?:jovedelem|fizetes|ber|bevetel)\b|不(?:算|是)(?:我的)?(?:收入|工资)|"
    r"\baz (?:az )?(?:ove|oveke|ovek|oveik)\b|\b(?:that'?s|thats|that is|its|it'?s) (?:theirs|"
    r"the kids'?|his|hers)\b|(?:那|这)(?:是|个是)(?:孩子|他们|她|他)的"
)

#: Right after a figure at the income, that it is spending: "社保自己交一千一, 那个算开销吧",
#: "油钱一千五, 这个算支出" (the figure before it is the income, not this one).
_SAID_SPENDING_RIGHT_AFTER_ZH = re.compile(
    r" ?(?:块钱?|元)? ?[,;\uff0c\uff1b]? ?(?:那|这)(?:个|笔|些)?(?:钱)?(?:应该|得|要)?"
    r"(?:算|是|属于)(?:我的)?(?:开销|开支|支出|花销|花费|成本)"
)

#: Right before a figure at the income, that it is what is left in hand before the pay comes, a
#: balance, no pay: "今天才8号, 手上就剩两百了", "卡里只剩三百".
_LEFT_IN_HAND_BEFORE_ZH = re.compile(
    r"(?:手上|手里|手头|卡里|卡上|兜里|口袋里)(?:就|只|还|也就)?(?:剩下?|只有)(?:了)?(?:个)? ?$"
)


#: Right after a figure at the income, that it is no money to count: a card that cannot be
#: cashed ("饭卡每个月充500, 那个不是钱取不出来"), a windfall or a gamble set aside ("中了五百,
#: 意外之财不算", "炒股赚了两千, 股票不稳定别算"), "兼职八百, 那个不算". (Not before a figure
#: settled after "就": "…那个不算, 就三千五" is asked again.)
_SET_ASIDE_RIGHT_AFTER_ZH = re.compile(
    r" ?(?:块钱?|元)? ?[,;\uff0c\uff1b]? ?(?:"
    # (or the card it is topped up on named again: "往饭卡里充三百 饭卡里的钱取不出来")
    r"(?:(?:那|这)(?:个|笔|些)?|(?:饭卡|餐卡|购物卡|消费卡|卡)里?(?:的)?)(?:钱)?"
    r"(?:不是(?:现)?钱|取不出来?|提不了现|不能提现)|"
    # board or lodging valued, no cash paid for it: "吃住那块值八百 但是不给现金", "不折现"
    r"(?:但是?|可是|不过)? ?(?:不给|不发|没有|不是|折不了|不能折|不)(?:现金|现钱|折现)|"
    r"(?:那|这)(?:个|笔|些)(?:钱)?(?:就|也)?(?:别|不要|不用|不)算(?![,.!\s]{0,3}(?:那|那么)?就)|"
    r"(?:意外之财|横财|偏财|彩票|炒股|股票)[\u4e00-\u9fff]{0,4}?(?:的钱)?(?:也|就)?"
    r"(?:别|不要|不用|不)算(?![,.!\s]{0,3}(?:那|那么)?就)|"
    # right after the figure, not "五百不算多": "奖金五百不算"
    r"(?<=[0-9一二两三四五六七八九十百千万])(?:也|就)?(?:别|不要|不用|不)算(?:进去|在内)?"
    r"(?![\u4e00-\u9fff])(?![,.!\s]{0,3}(?:那|那么)?就))"
)

#: Right after a figure at the spending, that it is set aside: said to be the work's or another's
#: ("四五百 那是干活用的不算", "两千 那是牧业上的不算", "八百 那个算工作上的吧"), or not counted
#: ("寄回家的两千不算"). No part of the month's spending, where another figure is said (not
#: "五百不算多", nor before a figure settled on right after: "那个不算, 就三千五" is asked again).
_SET_ASIDE_FROM_THE_SPENDING_ZH = re.compile(
    r" ?(?:块钱?|元)? ?[,;\uff0c\uff1b]? ?(?:"
    r"(?:那|这)(?:个|笔|些)?(?:钱)?(?:都|也)?(?:是|算|属于)[\u4e00-\u9fff]{0,8}?"
    r"(?:(?:上|用)的(?:钱)?(?:吧)?(?: ?[,\uff0c]? ?不算)?|的(?:钱)?(?:吧)? ?[,\uff0c]? ?不算)|"
    r"(?<=[0-9一二两三四五六七八九十百千万])(?:块钱?|元)?(?:也|就)?不算(?:我的)?(?:开销|在内|进去)?"
    r"(?![\u4e00-\u9fff])|"
    # the words after "那" already blanked as set aside (see _SET_ASIDE_BY_WHAT_IT_IS_ZH)
    r"(?:那|这)(?:个|笔|些)?(?:都|也)? {5,})"
    r"(?![,.!\s]{0,3}(?:那|那么)?就)"
)

#: Right after a figure at the spending, that it is another debt, asked for apart: "面包车贷款每月
#: 1800, 那个算别的贷款吧".
_SAID_ANOTHER_DEBT_RIGHT_AFTER_ZH = re.compile(
    r" ?(?:块钱?|元)? ?[,;\uff0c\uff1b]? ?(?:那|这)(?:个|笔|些)?(?:应该|得|要)?(?:算|是|属于)"
    r"(?:别的|其他的?|其它的?)(?:贷款|欠款|负债|借款|债)"
)


def _said_not_essential(folded: str, number: Number) -> bool:
    """Whether the sentence of ``number`` says its item is no essential."""
    if _SAID_ANOTHER_DEBT_RIGHT_AFTER_ZH.match(folded, number.end):
        return True  # "面包车贷款每月1800, 那个算别的贷款吧": asked for apart
    start, end = _clause_between(folded, number.start, number.end, _SENTENCE_END)
    if any(
        m.start() < number.start < m.end() for m in _THE_REST_ON_WANTS.finditer(folded, start, end)
    ):
        return True  # "the other 300 is takeaways n vapes"
    return _SAID_NOT_ESSENTIAL.search(folded, start, end) is not None


#: A figure in a currency nobody here converts (see the "currency" unit of the numerals).
_FOREIGN_ONLY = re.compile(r"[0-9] ?(?:zlot[yie]\w*|zł|pln\b)")
#: Between a total and the first of its parts, what opens the parts: "1,150 (rent 700, …".
#: (Without it, "45, klarna 30 and fees 15" is a list; "250: lakbér 150, rezsi 100", a total
#: among its parts said without a sign, stays asked again.)
#: The own small household's part, beside the parents' in a whole: "我们小家出五千", "我们自己
#: 掏三千" (no part of a list of items: the parents' part is no item).
_OWN_HOUSEHOLDS_PART_ZH = r"我们(?:小家|自己|这边|俩|两口子?)(?:就|只)?(?:出|掏|承担|负担)"
_OWN_PART_LAST_ZH = re.compile(rf"{_OWN_HOUSEHOLDS_PART_ZH}[^,;.!?\uff0c\u3002]{{0,3}}$")
_PARTS_OPENED = re.compile(r"[(\uff08]|具体(?:是|有|来说|如下)|分别是|其中")
#: A dash between an item's name and its amount, spaced: "rent - 650 food - 200 bills - 180". It
#: labels the amount (as a colon would), it is no minus.
#: A dash between a figure and a part of it said after ("1,180 — £120 of that's child benefit",
#: "900 - 600 of it is rent"): a pause, no minus nor range; read as a comma.
_DASH_BEFORE_A_PART_OF_IT = re.compile(
    r"(?<=[0-9]) [-\u2013\u2014] "
    r"(?=(?:[$€£¥] ?)?[0-9][0-9.,]*k? of (?:that|it|this|which)(?:'?s)?\b)"
)
#: A part of one item said in brackets after it, "of that" after its figure: "rent 750 bills
#: included (landlord reckons the bills are 150 of that), food 220". The part is inside the
#: item, no item of its own (not one's own share: "(my half is 400 of that)").
_AN_ITEMS_PART_IN_BRACKETS_EN = re.compile(
    r"[0-9][^0-9()]{0,30}(\((?=[^()0-9]{0,50}(?:[$€£] ?)?[0-9][0-9,.]*k? ?(?:quid |pounds? )?"
    r"of (?:that|it|this)\b)(?![^()]*\b(?:my|mine|me|i|half|share)\b)[^()]{0,80}\))"
)
#: At the offer, a figure that could be paid said before the one offered, and a sum kept back
#: beside it: "i could do 100 but offer 80 and keep 20 back for emergencies", "could stretch to
#: 90 but i'll say 70". The offer is the figure after "but"; the others are no offer.
_COULD_DO_BUT_OFFER_EN = regex(
    r"\bcould (?:do|manage|pay|stretch to|afford) (?:about |around |maybe )?(?:[$€£] ?)?"
    r"[0-9][0-9,.]*k?(?=,? but (?:i'?ll |i will |i'?d |id |let me |ill )?(?:offer|say|go with|"
    r"put down)\b)|"
    r"(?<=[0-9] )and keep (?:[$€£] ?)?[0-9][0-9,.]*k? (?:back|aside|by|spare)\b"
)
#: The own month's spending named after figures of one's trade or of others: "the giraffe house
#: heating costs the zoo 2k a month lol. mine is gas elec 95, rent 560", "a wedding package is
#: 1,850 ... actual spending at home is 1,240", "tip 20 quid lol. me, i get by on 815 a month",
#: "21ft tubes all day. spend wise rent 700", "… halfway. spending 840" (the figures before are
#: no answer, when one is said after; not "my spending on food is 200", an item of the month).
_THE_OWN_MONTH_AFTER_OTHERS_EN = regex(
    r"(?:\b(?:mine(?: is| are|'?s)|my own (?:spending|outgoings|costs|bills|spend)(?: is| are)?|"
    r"(?:my |our )?actual (?:spending|outgoings|spend)(?: at home)?(?: is| are)|"
    r"me,? (?:i|we) (?:get by on|live on|spend|manage on|survive on)|"
    r"(?:spend|spending|outgoings|money) ?wise|"
    r"my (?:spending|outgoings|monthly spend|spend)(?: is| are| comes to| totals|:)|"
    r"at home (?:its|it'?s|it is|is|we spend|i spend)|"
    r"what (?:i|we) spend(?: on(?: [a-z]+){1,4}?)? is)|"
    # a sentence of its own: "… im at 1,150 lol halfway. spending 840 a month", "9 tours a day.
    # rent 575, food 205"
    r"[.!?] (?:(?:my )?monthly )?(?:spending|outgoings)(?: is| are)?"
    r"(?= (?:about |around |roughly )?[£$]?[0-9])|"
    r"[.!?] (?=(?:rent|food|groceries|bills|council(?: tax)?|phone|mortgage) [£$]?[0-9]))"
    r"(?=[^.;!?0-9]{0,40}[0-9])"
)
#: An item of the own month, said before: the figures before are then the month's, not others'
#: ("700 rent, food 200, we split the bills with my partner, mine is 60": a share of one).
_AN_OWN_ITEM_EN = regex(
    r"\b(?:rent|food|groceries|bills?|council|phone|petrol|diesel|mortgage|gas|elec\w*|water|"
    r"insurance|internet|broadband|travel|bus (?:fare|pass)|childcare|shopping|direct debits?)\b"
)


#: A month's figure said before: "i fill the car up once a month, 70ish. rent 480" (an own item).
_A_MONTHS_FIGURE_EN = regex(
    r"\bonce a month\b|[0-9][0-9.,]*\w* (?:a|per|each|every) month\b|\b(?:a|per|each|every) "
    r"month,? (?:about |around )?[$€£]?[0-9]"
)


#: More ways of naming the own month after figures of one's trade: the own essentials or
#: outgoings with no "is" ("a trim is 30 a hoof. my outgoings 990", "my essentials r 870"), a
#: list of items after "anyway" ("laid 40 metres of pipe. anyway rent 600 food 200"), the
#: house's or the household's side of it ("the stalls rent at 60 a day. house side its 1,100",
#: "house costs are rent 500 ...", "the house costs me 900", "our own household is 1,200"; not
#: "the house costs 2,000", all of the household's, a share of which may be the own), the own
#: person or the own costs named ("me personally rent 600", "our costs went up, rent 700"), and
#: the own spending said after a sentence about the trade or after "meantime" ("... 4 rides a
#: go. living on the site i spend about 700", "the claim is for 6k, meantime i spend 800").
_THE_OWN_MONTH_NAMED_AFTER_OTHERS_EN = regex(
    r"(?:(?:\bmy |[.!?] )(?:essentials|outgoings|spending|living costs)(?: (?:is|are|r|come to|"
    r"comes to))?:?(?= (?:about |around |roughly )?[£$]?[0-9]| (?:rent|food|groceries|bills|"
    r"council|phone|mortgage)\b)|"
    r"[.!?,] (?:anyway|so|but|ok),? (?=(?:rent|food|groceries|bills|council(?: tax)?|phone|"
    r"mortgage) [£$]?[0-9])|"
    r"\b(?:our (?:own )?household|(?:the )?house (?:side|wise))(?: (?:is|are|its|it'?s|r))?\b|"
    r"\bhouse costs? (?:me\b|(?:are|r) (?=(?:rent|mortgage|food|bills|council)\b))|"
    r"\bme personally\b|\bour (?:own )?costs(?: (?:went|have gone|are) up(?: tho| though)?)?\b|"
    r"\b(?:monthly|meantime|meanwhile|personally),? (?:i|we) spend\b|"
    r"[.!?] (?:[a-z]+ ){1,4}?(?:i|we) spend (?=(?:about |around |roughly )?[£$]?[0-9]))"
    r"(?=[^.;!?0-9]{0,40}[0-9])"
)


#: Still more ways of naming the own month after figures of one's trade: the home's or the
#: household's spending with "is" or a colon ("a kiln firing is 40. household spend is 1,100",
#: "house spending is 990", "home costs rent 600 food 200"; not "home spending 900" with no
#: "is", kept asked again beside a trade's price, nor "the house costs 2,000", all of it, a
#: share of which may be the own), the day-to-day spending ("everyday spending is 870"), the
#: house said to be its figures, opening a sentence ("the house is 1,300 all in", "the house is
#: rent 600, food 200"; not "my part is 35%, the total for the house is 2,400", a whole of a
#: share), the own month after a colon ("my monthly: rent 600", "my own stuff: rent 500", "what
#: i spend tho: rent 600"), a month's spending that opens a list ("monthly spend rent 700 food
#: 200"), and "i spend" opening a sentence ("we sell 90 cones a day. i spend 700 a month").
_THE_OWN_MONTH_SAID_MORE_WAYS_EN = regex(
    r"(?:\b(?:house(?:hold)?|home|everyday|day to day) (?:spend(?:ing)?|outgoings)"
    r"(?: (?:is|are|r|comes? to)\b|:)|"
    r"\b(?:house(?:hold)?|home) costs?(?: (?:are|r|is))?:?"
    r"(?= (?:rent|mortgage|food|groceries|bills|council)\b)|"
    r"(?:^|[.!?,] )the house (?:is|its|it'?s)\b|"
    r"\b(?:my (?:monthly|own stuff)|what (?:i|we) spend(?: tho| though)?):|"
    r"\bmonthly (?:spend|spending|outgoings)(?= (?:rent|mortgage|food|groceries|bills)\b)|"
    r"[.!?] (?:i|we) spend (?=(?:about |around |roughly )?[£$]?[0-9]))"
    r"(?=[^.;!?0-9]{0,40}[0-9])"
)


#: The own month named by a label after figures of one's trade or of others, in English: a label
#: and a colon ("we sold 800 pies. at home: rent 600", "my bills: rent 575", "our house:
#: mortgage 900", "personal: rent 700", "monthly now: council tax 150"), "my month is" ("i
#: pour 900 pints a week lol. my month is rent 600"), and a sentence opened by the own or the
#: home's rent or food ("a crate is 40 quid wholesale. my rent 400 food 180", "halls rent
#: 500"; not "and rent 600", an item added to those before, nor "at home rent 450" with no
#: colon, kept asked again after a trade's price).
_THE_OWN_MONTH_AFTER_A_LABEL_EN = regex(
    r"(?:\b(?:my|our) (?:bills|costs|house|home|month|own stuff)(?: is| are)?:|\bat home:|"
    r"(?:^|[.!?] )(?:home|personal|personally|household|monthly(?: now)?):|\bmy month is\b|"
    r"(?:[.!?] (?:my (?:own )?|our (?:own )?|household |halls |room |flat |house )?)"
    r"(?= ?(?:rent|mortgage|food|groceries|bills|council(?: tax)?) [£$]?[0-9]))"
    r"(?=[^.;!?0-9]{0,40}[0-9])"
)


#: At the other debts, what a thing bought on a loan is worth: "van loan 240, the van is worth
#: 9k if you need it". Its value is no payment nor debt of the month.
_WHAT_A_THING_IS_WORTH_EN = regex(
    r"\b(?:is|are|its|it'?s) (?:still )?worth (?:about |around |maybe )?(?:[$€£] ?)?"
    r"[0-9][0-9,.]*k?\b"
)
#: After a figure, "but" a part of it not yet counted in or taken off, with no figure for it:
#: "i'd put 900 but i havent counted the van yet", "the shop paid 3,000 but i havent taken the
#: fees off". The figure is not the month's yet (not "… havent counted the van, its 60 more",
#: a figure said for the part).
_A_PART_NOT_YET_COUNTED_EN = regex(
    r"\bbut (?:i |we )?(?:havent|haven'?t) (?:yet )?(?:counted|added|included|taken|took|put)\b"
)


#: The one figure said as a bound of a month that varies, in English: "anything up to 1,800 with
#: the overtime", "i can make up to 2,000 in a good month", "up to 1,200 in a bad month", "the
#: bare minimum 900 just to get by". How far under or over it the month is stays unsaid (not a
#: rise, "the rent went up to 750", nor "takings up to 4k but i pay myself 1,400", a figure
#: beside it).
_A_BOUND_OF_A_MONTH_THAT_VARIES_EN = regex(
    r"(?:^|\banything |\b(?:can|could|may|might) (?:make|earn|get|take home|be|go|spend|reach) "
    r"|\bsometimes )up to (?:about |around )?(?:[$€£] ?)?[0-9]|"
    r"(?:^|[,.!?] )(?:the )?(?:bare )?minimum (?:is )?(?:about |around )?(?:[$€£] ?)?[0-9]"
)
#: A month's figure said for the busy season and another for the quiet one, in English: "in the
#: season 1,400, off season more like 800", "harvest months are like 1,600, winter 1,100".
#: Which month is asked stays unsaid: asked again (not one figure with the season named, "800
#: a month all year, the season makes no odds").
_A_MONTH_BY_THE_SEASON_EN = regex(
    r"\b(?:(?:in|during) (?:the )?(?:season|summer)|harvest(?: months?)?|peak season)\b"
    r"[^0-9.!?]{0,25}[0-9][0-9,.]*k?\b[^0-9]{0,60}"
    r"\b(?:off[- ]?season|(?:in |the )?winter|out of season)\b[^0-9]{0,50}[0-9]"
)
#: The figures of a message, each a run of digits and its marks.
_FIGURES_EN = re.compile(r"[0-9][0-9,.]*")


def _the_one_figure_a_bound_en(folded: str) -> bool:
    """Whether the one figure of an English message is a bound of a month that varies (see
    :data:`_A_BOUND_OF_A_MONTH_THAT_VARIES_EN`)."""
    return len(_FIGURES_EN.findall(folded)) == 1 and bool(
        _A_BOUND_OF_A_MONTH_THAT_VARIES_EN.search(folded)
    )


def _a_part_not_yet_counted_en(folded: str) -> bool:
    """Whether a figure is said with a part of it not yet counted, no figure for the part (see
    :data:`_A_PART_NOT_YET_COUNTED_EN`)."""
    part = _A_PART_NOT_YET_COUNTED_EN.search(folded)
    return bool(
        part
        and _A_NUMBER_IN.search(folded, 0, part.start())
        and not _A_NUMBER_IN.search(folded, part.end())
    )


def _without_others_figures_before_en(folded: str) -> str:
    """``folded`` with all said before the own month's spending named (see
    :data:`_THE_OWN_MONTH_AFTER_OTHERS_EN`, :data:`_THE_OWN_MONTH_NAMED_AFTER_OTHERS_EN`,
    :data:`_THE_OWN_MONTH_SAID_MORE_WAYS_EN` and :data:`_THE_OWN_MONTH_AFTER_A_LABEL_EN`) blanked,
    where no item of the own month is said before it."""
    said = _THE_OWN_MONTH_AFTER_OTHERS_EN.search(folded)
    for more in (
        _THE_OWN_MONTH_NAMED_AFTER_OTHERS_EN,
        _THE_OWN_MONTH_SAID_MORE_WAYS_EN,
        _THE_OWN_MONTH_AFTER_A_LABEL_EN,
    ):
        named = more.search(folded)
        if named is not None and (said is None or named.start() < said.start()):
            said = named
    if said is None or _AN_OWN_ITEM_EN.search(folded, 0, said.start()):
        return folded
    if said[0][:1] in ".!?" and _A_MONTHS_FIGURE_EN.search(folded, 0, said.start()):
        return folded  # (named by a new sentence alone, after a month's figure: an own item)
    return _all_before_blanked(folded, said)


#: Words one of which :data:`_THE_OWN_MONTH_AFTER_OTHERS_EN` needs.
_WORDS_OF_THE_OWN_MONTH_EN = (
    "mine", "my ", "me,", "me i", "me we", "wise", "actual", ". spend", "! spend", "? spend",
    ". outgo", ". monthly", "at home", " spend on", ". rent", ". food", ". groc", ". bills",
    ". council", ". phone", ". mortg",
    # (:data:`_THE_OWN_MONTH_NAMED_AFTER_OTHERS_EN`)
    "outgo", "essentials", "living costs", "anyway", "house", "household", "personally",
    "our costs", "our own", " spend",
    # (:data:`_THE_OWN_MONTH_SAID_MORE_WAYS_EN`)
    "home", "everyday", "day to day", "monthly",
    # (:data:`_THE_OWN_MONTH_AFTER_A_LABEL_EN`)
    "personal", ". halls", ". room", ". flat",
)  # fmt: skip
#: At the offer, what is spare said before the part of it offered, and the rest kept for a need
#: beside it: "my budget says spare is 110 so 90 to you and 20 for emergencies", "about 80 left
#: over, so 60 to you and 20 in savings". The offer is the figure said "to you"; the others go.
_SPARE_SPLIT_AROUND_THE_OFFER_EN = regex(
    r"\b(?:spare|left|left over|leftover|free)(?: is| of| each month| a month)?,? (?:about |around "
    r"|roughly )?(?:[$€£] ?)?[0-9][0-9,.]*k?(?: (?:spare|left|left over|free))?,? (?:so|and|then)"
    r"(?= (?:[$€£] ?)?[0-9][0-9,.]*k? (?:to|for) (?:you|u|the bank|the card|this card)\b)|"
    r"(?<=[0-9] )(?:to|for) (?:you|u|the bank|the card|this card),? and (?:[$€£] ?)?[0-9][0-9,.]*"
    r"k? (?:for|to|into|in|as|kept for) (?:the |my |a )?(?:emergencies|emergency|savings|rainy "
    r"days?|buffer|me|myself|the kids)\b"
)
#: At the income question, the own figure said again after a check of whose is asked: "my pay
#: is 1,300 and my partners 1,500, you asked about mine right? 1,300". What is said before the
#: check is blanked; the figure after it is the answer.
_ALL_BEFORE_A_CHECK_OF_WHOSE_EN = regex(
    r"^.*\byou (?:asked|asking|mean|meant|want|wanted|wanna know|'?re asking|re asking)"
    r"(?: (?:about|for))? (?:mine|me|my own|just mine|just me|only mine|only me)"
    r"(?: only| right| yeah| yes| innit| yea)?\W*"
    r"(?=(?:[$€£] ?)?[0-9][0-9,]*(?:\.[0-9]{1,2})?(?: ?(?:quid|pounds?))?\W*$)"
)
#: At the income question, a perk in kind beside the pay, said to come on top or not to count:
#: "1,420 a month and a tied cottage on top", "the free zoo pass for the kids doesnt count".
#: No money: its "on top" or "doesnt count" leaves the pay whole.
_A_PERK_IN_KIND_EN = regex(
    r"\b(?:a |the )?(?:free|tied|company) (?:[a-z]+ ){0,2}(?:cottage|house|flat|pass|passes|"
    r"car|van|phone|meals?|lunch(?:es)?|uniform)\b[^0-9,.;]{0,30}?\b(?:on top|(?:does ?n'?t|doesnt|"
    r"does not) count)\b"
)
#: At the other debts, a relative or friend named with a figure right after: a loan from them
#: paid back, one more debt of the list ("car loan 180 and my mum 40", "klarna 25, my brother
#: 60"), no one else's money (so :data:`~.sums.OTHER_PEOPLE` does not stop the adding up).
_A_RELATIVE_PAID_BACK_EN = regex(
    r"(?<=\bmy )(?:mum|mom|mam|dad|nan|gran|mother|father|brother|sister|mate|friend|uncle|"
    r"aunt(?:ie)?)(?= (?:[$€£] ?)?[0-9])"
)
_DASH_AFTER_A_NAME = re.compile(r"(?<=[^\W\d]) [-\u2013] (?=[$€£]?[0-9])")
#: A "none" that makes way for the one debt or cost named after it ("none apart from the car,
#: 189", "owe nowt to anyone except the van loan, 210"), and a brand whose name is a word for
#: nothing ("the zilch app, 40", "my nothing phone, 31").
_NONE_BUT_FOR = regex(
    r"\b(?:none|nothing|nowt|nada|zilch|no (?:other )?(?:debts?|loans?|credits?|payments?))\b"
    r"(?: \w+){0,3}? (?:apart from|except|besides|aside from|other than|bar|but for)\b|"
    r"\bzilch (?:app|card|account|bnpl)\b|\bnothing (?:phone|ear)\w*|"
    # the brand said with what it takes, or said to be so named: "zilch takes 37.50 a month",
    # "whatever zilch takes", "the brand is literally called nothing"
    r"\bzilch (?:takes?|took|payments?|instal+ments?|plan)\b|\b(?:called|named) (?:nothing|zilch)\b"
)
#: The rest is not known: one item's amount is no answer ("a rezsi 40, a kaját nem számoltam").
_REST_UNKNOWN = re.compile(
    r"\bfogalmam sincs\b|\b(?:soha |meg )?nem (?:is )?szamoltam\b|"
    # the other one's amount known only to someone else: "a másikat a férjem tudja"
    r"\ba masik\w* (?:\w+ )?(?:a ferjem|a felesegem|a parom|o) tudja\b|"
    r"\b(?:a )?(?:tobbi\w*|\w+(?:rol|rol|rel|ről)) (?:\w+ )?nem tudom\b|\bnem tudom a tobbi\w*"
)


def _one_out_of_scale(numbers: list[Number]) -> bool:
    """A list of bare numbers read in thousands where one is out of all scale with the rest
    ("albérlet 140, rezsi 300"): a slip or another unit, no sum to take."""
    bare = sorted(n.value for n in numbers if n.value is not None and not n.scaled)
    if any(n.scaled for n in numbers) or len(bare) < 2 or bare[-1] >= 1000:
        return False
    return bare[-1] >= 300 and bare[-1] >= 2 * bare[-2]


def _the_rest_in_thousands(rest: list[Number], folded: str, in_thousands: bool) -> list[Number]:
    """The amounts left once some are set aside: in a currency counted in thousands, one amount
    left (maybe said twice) is read in thousands, as it would be said alone."""
    if in_thousands and len({n.value for n in rest}) == 1:
        return [_in_thousands(n, folded) for n in rest]
    return rest


def _thousands_and_a_tenth(value: Decimal) -> bool:
    """Whether ``value`` is at least ten with one figure after the point: "287.5" thousand, but
    not "2.4" (thousands or millions?) nor "12.99" (a price)."""
    return value >= 10 and value * 10 == (value * 10).to_integral_value()


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


def _the_one_meant(
    folded: str,
    numbers: list[Number],
    language: str,
    *,
    offer: bool = False,
    owed: bool = False,
    corrected: bool = False,
    asked: str = "",
) -> tuple[Number, bool] | None:
    """See :func:`_settled_on`; in Hungarian a small bare number beside thousands ("régen 300
    ezer volt, most 180") says no amount: 180 what?"""
    found = _settled_on(
        folded,
        numbers,
        offer=offer,
        owed=owed,
        corrected=corrected,
        language=language_code(language),
        asked=asked,
    )
    if found is None:
        return None
    number = found[0]
    if (
        language_code(language) == "hu"
        and not number.scaled
        and number.value is not None
        and 0 < number.value < 1000
        and not CURRENCY_AFTER.match(folded, number.end)
    ):
        return None
    return found


#: Right before the last figure, that the cardholder has worked it out: "szóval", "so", "所以".
_SO_BEFORE = regex(
    r"(?:\bszoval|\btehat|\bigy|\bvagyis|\bosszesen|\bso|\bin total|\baltogether|所以|一共|总共|"
    r"\bmarad|\bleaves|\bleaving|剩下?)"
    r"\W{0,3}(?:(?:kb|kb\.|about|around|roughly|ugy|nagyjabol|csak|most|now|is|its|it's|az|ez|"
    r"nekem|for me|really|actually|realistically)\W{1,3}){0,2}$"
)


#: In English, "so" and what the cardholder gets, right before the last figure: "wage 1,700, they
#: keep 200 for the bunk so i get 1,500", "so we clear about 900" (the reckoning's words, not
#: only "so").
_SO_I_GET_BEFORE_EN = regex(
    r"\bso (?:i|we) (?:get|take|keep|draw|clear|end up with)(?: about| around| roughly)? "
    r"(?:£ ?)?$"
)


def _reckoned_after_so(folded: str, numbers: list[Number]) -> Number | None:
    """The last of three or more figures, led by "so", when it is the first with the others
    added or taken off: the cardholder's own reckoning ("180k nettó + a családi 26, szóval kb
    206k", "kézhez 250, de 12 ezer tagdíj lejön, szóval 238 marad", "1,400 less 90 union, so
    1,310"), or of two, the second the first with a share taken off or put on ("invoice 2,400 a
    month and 20% CIS comes off so 1,920 lands"). Other arithmetic (a part of one item) is left
    to the other signs."""
    if len(numbers) == 2 and None not in (numbers[0].value, numbers[1].value):
        return _a_share_taken_off(folded, numbers[0], numbers[1])
    if len(numbers) < 3 or any(n.value is None or n.negative for n in numbers):
        return None
    *parts, last = numbers
    if not _SO_BEFORE.search(folded, max(0, last.start - 30), last.start) and not (
        "so " in folded and _SO_I_GET_BEFORE_EN.search(folded, max(0, last.start - 30), last.start)
    ):
        return None
    first = parts[0].value or Decimal(0)
    rest = sum((n.value or Decimal(0) for n in parts[1:]), Decimal(0))
    return last if last.value in (first + rest, first - rest) and last.value else None


#: A share said between two figures: "20% CIS comes off", "10 százalék adó".
_A_SHARE_BETWEEN = re.compile(
    r"(?<![0-9.,])([0-9]{1,2}(?:\.[0-9])?) ?(?:%|percent|per cent|szazalek)"
)


def _a_share_taken_off(folded: str, first: Number, last: Number) -> Number | None:
    """``last``, led by "so", where it is ``first`` with the share said between them taken off or
    put on, to the unit."""
    if not _SO_BEFORE.search(folded, max(0, last.start - 30), last.start):
        return None
    share = _A_SHARE_BETWEEN.search(folded, first.end, last.start)
    if share is None or first.value is None or last.value is None:
        return None
    rate = Decimal(share[1]) / 100
    worked = {
        (first.value * (1 - rate)).quantize(Decimal(1)),
        (first.value * (1 + rate)).quantize(Decimal(1)),
    }
    return last if last.value.quantize(Decimal(1)) in worked else None


#: Right before what is left after the costs: "im left with", "marad", "剩下".
_LEFT_WITH = regex(
    r"\b(?:left with|left over is|leaves me(?: with)?|i have|ive got|i've got)(?: about| around)?"
    r" (?:[$€£] ?)?$|\bmarad(?:na|t)?(?: kb)? $|(?:剩下?|还剩)(?:大概|差不多)?$"
)


def _what_is_left_said_again(folded: str, numbers: list[Number]) -> Number | None:
    """An own offer: what is left after the costs, said again after "so" as the last figure
    ("after rent (650) and food (200) im left with 90, so 90", "marad 25, szóval 25",
    "剩下三百, 所以三百"). The costs before are context."""
    if len(numbers) < 3 or any(n.value is None or n.negative for n in numbers):
        return None
    *parts, last = numbers
    if parts[-1].value != last.value or not _SO_BEFORE.search(
        folded, max(0, last.start - 30), last.start
    ):
        return None
    if not _LEFT_WITH.search(folded, max(0, parts[-1].start - 24), parts[-1].start):
        return None
    return last if all(n.value != last.value for n in parts[:-1]) else None


def _a_total_said_last(folded: str, numbers: list[Number]) -> bool:
    """Whether the last figure is said as the total ("összesen 157", "so 1,200") and is the
    largest of all."""
    last = numbers[-1]
    return (
        last.value is not None
        and bool(_TOTAL_BEFORE.search(folded[max(0, last.start - 40) : last.start]))
        and all(n.value is not None and n.value < last.value for n in numbers[:-1])
    )


def _the_items_add_up_to(numbers: list[Number]) -> bool:
    """Whether the last figure is the sum of all the ones before it ("rent 700 bills 180 food 300
    thats 1,180"): a whole worked out of its items, a share of which may be said next."""
    *items, whole = numbers
    return (
        whole.value is not None
        and len(items) > 1
        and all(n.value is not None for n in items)
        and sum(n.value for n in items if n.value is not None) == whole.value
    )


#: Right before a figure said to be inside the whole given before it: "1200 all in, thats with
#: the 700 rent", "1,300 total including rent of 650", "1100 altogether, counting the 650 rent".
_INSIDE_THE_WHOLE = regex(
    r"\b(?:that'?s |thats |that is |it'?s |its )?(?:with|including|incl\.?|counting) "
    r"(?:the |my |a )?(?:[a-z]+ ){0,2}(?:of |at |is )?\(?$"
)


#: Between a whole and one part of it said in brackets: "1,250ish (800 of it is rent)",
#: "£1,250 a month (rent £800)", "1250 (of which rent is 800)".
_PART_OPENED_IN_BRACKETS = regex(
    r" ?(?:ish|-ish|a month|per month|pcm|pm|total|in total|all in|元|块)? ?\( ?"
    r"(?:of which |incl\.? |including |含|包括|其中)?"
    r"(?:(?:the )?[a-z]+ (?:is |of )?|[\u4e00-\u9fff]{1,4})?(?:[$€£] ?)?"
)
#: Between a whole and one part of it said after a comma: "工资3800, 含补发的1000".
_PART_SAID_INSIDE_ZH = re.compile(
    r" ?(?:元|块)?(?:[,;] ?| )(?:含|包含|包括|里面有|这里面有)(?:了)?[\u4e00-\u9fff]{0,6}?(?:的)? ?"
)
#: After a part of the whole said before, that it is already counted in it: "五千二, 房租两千五已经
#: 包含在里面了", "开销三千四, 医保报完自己出四百, 已经算进去了", "rent 700 is already in that".
_PART_SAID_COUNTED_IN_AFTER = regex(
    r"[^0-9,.;!?]{0,10}?(?:(?:已经|都|也)?(?:包含|包括|含|算|加|计)(?:在)?(?:进去|进来|在内|里面|"
    r"里头|其中)(?!了?(?:吗|么|没|\?))|\b(?:is|was|are) (?:already )?(?:included|in that|"
    r"counted in)\b)"
)
#: A part said after the whole, "with" it and "already in" it: "1,100, thats with the 45 for the
#: kids dinners already in", "950, its with the 60 gym already included". The whole is the answer.
_PART_SAID_WITH_IT_BEFORE = regex(
    r"\W{0,3}(?:that'?s|thats|that is|it'?s|its|it is) (?:with|including) (?:the |my )?"
    r"(?:[$€£] ?)?"
)
_PART_SAID_ALREADY_IN_AFTER = regex(
    r"[^0-9,.;!?]{0,40}?\b(?:already (?:in|included|counted|added)|(?:in|included|counted) "
    r"already)\b"
)
#: After the part, the bracket closed with nothing but words: "800 of it is rent)".
_PART_CLOSED_IN_BRACKETS = regex(r"[^0-9()]{0,25}\)")


#: One part of the month's figure said before, named so: "the rent is 700 of that", "950 just
#: for the room", "rent alone is 950" (right after the part, or right before it).
_ONE_PART_AFTER = re.compile(
    r" ?(?:[$€£]|pounds?|quid)? ?(?:of (?:that|it|this|those|them)\b|of the (?:total|whole|lot)\b"
    r"|(?:just|only) (?:for|on)\b|(?:for|on) (?:the |my )?\w+ alone\b)"
)
#: After a figure, that it is a part of the one said before: "700 of that".
_PART_OF_THAT = re.compile(r" ?(?:[$€£]|pounds?|quid)? ?of (?:that|it|this)\b")
_ONE_PART_BEFORE = regex(
    r"\b(?:alone|by itself|on its own)(?: is| costs| comes to)? ?(?:[$€£] ?)?$"
)


def _the_whole_before_its_parts(folded: str, numbers: list[Number]) -> Number | None:
    """The first figure, said as a total ("1200 all in", "in total 1,300"), when every figure
    after it is smaller and said to be inside it ("thats with the 700 rent"): the whole is the
    answer, and its parts are no items to add to it. So too a month's figure with one part of
    it after it ("about 1200 a month, the rent is 700 of that")."""
    first, *rest = numbers
    if not rest or first.value is None:
        return None
    if len(rest) == 1 and rest[0].value is not None and rest[0].value < first.value:
        part = rest[0]  # "1,250ish (800 of it is rent)", "around £1,250 (rent £800)"
        opened = _PART_OPENED_IN_BRACKETS.fullmatch(folded, first.end, part.start)
        if opened and _PART_CLOSED_IN_BRACKETS.match(folded, part.end):
            return first
        if _PART_SAID_INSIDE_ZH.fullmatch(folded, first.end, part.start):
            return first  # "工资3800, 含补发的1000": the part is in the whole
        if _PART_SAID_COUNTED_IN_AFTER.match(folded, part.end):
            return first  # "五千二, 房租两千五已经包含在里面了": counted in the whole said first
        if _PART_SAID_WITH_IT_BEFORE.fullmatch(
            folded, first.end, part.start
        ) and _PART_SAID_ALREADY_IN_AFTER.match(folded, part.end):
            return first  # "1,100, thats with the 45 for the school dinners already in"
        if _MONTHLY_AFTER.match(folded[first.end : first.end + 30]) and (
            _ONE_PART_AFTER.match(folded, part.end)
            or _ONE_PART_BEFORE.search(folded, max(first.end, part.start - 24), part.start)
        ):
            return first  # "around 1500 a month, because rent is dear, 950 just for the room"
        if _BEFORE_A_TOTAL.fullmatch(folded, 0, first.start) and _PART_OF_THAT.match(
            folded, part.end
        ):
            return first  # "twelve fifty, the rent alone is 700 of that": the month said first
    if not (
        _TOTAL_AFTER.match(folded[first.end : first.end + 30])
        or _TOTAL_BEFORE.search(folded[max(0, first.start - 40) : first.start])
    ):
        return None
    inside = all(
        n.value is not None
        and n.value < first.value
        and _INSIDE_THE_WHOLE.search(folded, max(0, n.start - 40), n.start)
        and not _THE_REST_AFTER_A_PART_LEFT_OUT_ZH.search(folded, max(0, n.start - 12), n.start)
        for n in rest
    )
    return first if inside else None


#: Right before a figure, a part of the whole left out and the rest said: "开销三千四, 其中五百
#: 是替别人还的, 那个不算, 就二千九" (the rest is the answer, no part inside the whole).
_THE_REST_AFTER_A_PART_LEFT_OUT_ZH = re.compile(
    r"不算(?:的话)?\W{1,2}(?:那)?(?:就|就是|实际(?:是|上)?|剩下的?) ?$"
)


#: Right before a figure, that it is owed: "i owe about 4k overall", "tartozom még 400-zal".
_OWED_RIGHT_BEFORE = regex(
    r"\b(?:i |we )?(?:owe|owing|tartozom|tartozunk)(?: (?:about|around|roughly|like|kb|még))?"
    r" (?:[$€£] ?)?$|欠(?:了|着)?(?:大概|差不多)?$"
)


#: Of a part of the pay, that it is taken before it is paid: a court order, an attachment, a
#: garnishment ("ebből 40 a letiltás", "of which 200 is deducted", "其中1000被法院扣了").
_TAKEN_FROM_PAY = regex(
    r"\b(?:deducted|garnish\w*|attachment of earnings|court order|taken off|taken for)\b|"
    r"\b(?:letilt\w*|tiltas\w*|levon\w*|vegrehajt\w*)|被\w{0,4}扣|扣(?:掉|走|了)"
)
#: Right before a figure: "which is", said of an item named before it ("the rent, which is 700").
_WHICH_IS_RIGHT_BEFORE = regex(
    r"\b(?:which|that) is(?: about| around| roughly)?\W{0,2}(?:[$€£] ?)?$"
)


def _last_clause_break(folded: str, start: int, end: int) -> int:
    """Where the last clause said in ``folded[start:end]`` starts: after its last comma, stop
    or semicolon, or at ``start`` where there is none. (The words then run up to ``end``.)"""
    return max(start, *(folded.rfind(mark, start, end) + 1 for mark in ",.;:"))


#: Said of a part of the spending: it pays back a debt ("有一千是还花呗的"), asked for apart.
_A_DEBT_REPAID_ZH = re.compile(r" ?(?:块钱?|元)? ?是(?:用来|拿来)?还")


#: After the last figure, the one before it named as said too fast: "三千 不是 三千三 刚才说快了"
#: (the first figure cut short; "说错了" alone could name either one).
_SAID_TOO_FAST_ZH = re.compile(r"(?:刚才|刚刚)?(?:说|打)快了|嘴快了?(?![0-9一二两三四五六七八九])")

#: Right before the first of two figures, that it was only thought of first, in English: "was
#: going to say 40 but after the vet bill make it 30", "first i thought 100 but after the rent
#: rise 70 is more realistic". The figure after the "but" is the one settled on, though a cost
#: named between ("the vet bill", "the rent rise") makes it look like context.
_FIRST_THOUGHT_OF = re.compile(
    r"\b(?:(?:i )?was (?:going to|gonna|about to) (?:say|offer|put)|(?:at )?first i (?:thought|"
    r"said|reckoned|figured)|i (?:first )?(?:thought|reckoned|figured))"
    r"(?: (?:of|about|on|maybe|like))?(?: (?:paying|offering|doing))? (?:[$€£] ?)?$"
)
#: Between the two figures: a "but" turning from the first to the one settled on.
_BUT_THEN_SETTLED = re.compile(r"(?: ?(?:quid|pounds?|a month|in mind|maybe))?,? but\b[^?]*")


#: Right before a figure, the label of a payslip's take-home line: "Net pay £1,650", "net pay:
#: 1,480".
_NET_PAY_LABEL_EN = re.compile(r"\bnet pay\W{0,3}(?:£ ?)?$")
#: Pay said to come every four weeks, thirteen times a year: no month's figure.
_PAID_EVERY_FOUR_WEEKS_EN = re.compile(r"\b(?:every (?:4|four) weeks|(?:4|four)[- ]weekly|of 13)\b")


def _net_pay_on_a_payslip_en(folded: str, numbers: list[Number]) -> Number | None:
    """The figure on a payslip's "net pay" line, copied beside its gross pay and deductions
    ("Gross £2,000 | Tax £200 | NI £90 | Net pay £1,650"): the take-home pay is what is asked,
    the other lines are no second income. Only where one figure carries the label and no
    four-weekly period is named (thirteen pays a year are no month's)."""
    labelled = [
        n for n in numbers if _NET_PAY_LABEL_EN.search(folded, max(0, n.start - 12), n.start)
    ]
    if len(labelled) != 1 or _PAID_EVERY_FOUR_WEEKS_EN.search(folded):
        return None
    return labelled[0]


#: Right before the gap between a figure taken back and the one meant, said as its cause: "扣了",
#: "罚了", "少了", "涨了" ("四千八 不对 是四千六 迟到扣了两百").
_THE_GAP_AS_ITS_CAUSE_ZH = re.compile(r"(?:扣|罚|少|多|涨|加|降)(?:了|掉|走)?(?:大概|差不多)?$")


def _corrected_with_the_gap_zh(folded: str, numbers: list[Number]) -> Number | None:
    """The figure meant when a figure is taken back for it and the gap between the two is said
    after it as the cause: "五千二不对 是五千 这个月请假扣了两百" is 5000. The gap is no item to
    add nor a figure settled on: it only tells why the first was wrong. ``None`` unless the last
    figure is exactly that gap, after a word of a deduction or a rise."""
    if not any(word in folded for word in ("扣", "罚", "少", "多", "涨", "加", "降")):
        return None
    marks = _correction_marks(folded, numbers)
    if not marks:
        return None
    before = [n for n in numbers if n.end <= marks[-1]]
    after = [n for n in numbers if n.start >= marks[-1]]
    if not before or len(after) != 2:
        return None
    old, (meant, gap) = before[-1], after
    if old.value is None or meant.value is None or gap.value is None or not gap.value:
        return None
    if abs(old.value - meant.value) != gap.value:
        return None
    if not _THE_GAP_AS_ITS_CAUSE_ZH.search(folded, max(0, gap.start - 6), gap.start):
        return None
    return meant


def _settled_on(
    folded: str,
    numbers: list[Number],
    *,
    offer: bool = False,
    owed: bool = False,
    corrected: bool = False,
    language: str = "en",
    asked: str = "",
) -> tuple[Number, bool] | None:
    """Of several different amounts, the one the message settles on, and whether it is a stated
    total (the whole answer, whatever the items before it): a correction ("2 millió? nem, bocs,
    200 ezer"), the total of a list ("rent 900 plus bills 300 so 1200", "加起来两千五"), today's
    amount beside an earlier one ("was 2800, now 1700"), the monthly payment beside a debt's
    balance ("2 millió van még, havi 85 ezer"). ``None``: no such sign, the amounts stay several.
    ``corrected``: the corrections were made already (see :func:`_corrected`).
    """
    distinct = {n.value for n in numbers}
    if asked == "income" and language == "zh" and len(numbers) == 3:
        own = _own_then_partners_and_both_zh(folded, numbers)
        if own is not None:  # "工资是6千, 我爱人也是6千, 家里一共1万2": before the total's rule
            return own, False
    if asked == "income" and language == "zh" and len(numbers) == 3:
        wage = _wage_before_own_outgoings_zh(folded, numbers)
        if wage is not None:  # "工资五千五 要给前妻一千五抚养费 剩四千": the wage is earned
            return wage, False
    if asked == "income" and language == "zh" and len(numbers) == 2:
        paid = _base_then_all_paid_zh(folded, numbers)
        if paid is not None:  # "保底三千, 上个月加上提成一共拿了5700": what was paid in all
            return paid, True
        turnover, left = numbers
        if (
            turnover.value is not None
            and left.value is not None
            and left.value < turnover.value
            and _LEFT_AFTER_COSTS_ZH.search(folded, max(0, left.start - 12), left.start)
        ):
            return left, False  # "流水一万一, 扣完车租油费还剩六千二": what is left is earned
    if owed:  # "kétmillió a kocsi, ebből 42 ezer a havi törlesztés": the payment is asked
        payment = _payment_beside_balances(folded, numbers)
        if payment is not None and _marked(folded, payment) != "before":  # "was 500 a month"
            return payment, False
    averaged = [  # "1,800 a wedding but spread over the year i average 2,100 a month"
        n
        for n in numbers
        if _AVERAGED_TO_BEFORE.search(folded, max(0, n.start - 30), n.start)
        and _A_MONTH_AFTER.match(folded[n.end : n.end + 20])
    ]
    if (
        asked == "income"
        and len({n.value for n in averaged}) == 1
        and not _ANOTHER_INCOME_NAMED_EN.search(folded)  # (not "wage 1,200, tips i average 150")
    ):
        return averaged[0], False
    if asked == "income" and language == "en" and len(numbers) == 2:
        banked = _a_months_pay_after_the_years_en(folded, numbers)
        if banked is not None:  # "salary 26k, about 1,790 in the bank each month"
            return banked, False
    reckoned = _reckoned_after_so(folded, numbers)
    if reckoned is not None:  # "kézhez 250, de 12 ezer tagdíj lejön, szóval 238 marad"
        return reckoned, True
    said_again = _what_is_left_said_again(folded, numbers) if offer else None
    if said_again is not None:  # "after rent (650) and food (200) im left with 90, so 90"
        return said_again, False
    worked_out = _a_month_worked_out(folded, numbers)
    if worked_out is not None:  # "400 a week, so call it 1600 a month", "heti 70, havonta 280"
        return worked_out, True
    revised = _total_revised_for_an_item(folded, numbers)
    if revised is not None:  # "3500 哦还有车险 3800": the total with the item remembered
        return revised, True
    paid = _beside_what_is_paid(folded, numbers, language)
    if paid is not None:  # "minimum 500 but I pay 1000", "1900 euros, so 1630 in pounds"
        return paid, False
    own_said = _own_figure_said(folded, numbers)
    if own_said is not None:  # "taxi clears 400, half is my brother's, so 200 is mine"
        return own_said, False
    if asked in ("income", "expenses", "other_debts"):
        kept = _all_but_what_is_left_out(folded, numbers)
        if kept is not None:  # "1250 if you include the 200 car loan, but thats a debt so 1050"
            return kept, False
    if (
        language == "zh"
        and len(distinct) == 2
        and _SAID_TOO_FAST_ZH.search(folded, numbers[-1].end)
    ):
        return numbers[-1], False  # "三千 不是 三千三 刚才说快了": the first cut short
    thought, settled = numbers[0], numbers[-1]
    if (
        language == "en"
        and len(distinct) == 2
        and " but" in folded
        and settled.value != thought.value
        and all(n.value == settled.value for n in numbers[1:])
        and _FIRST_THOUGHT_OF.search(folded, max(0, thought.start - 40), thought.start)
        and _BUT_THEN_SETTLED.fullmatch(folded, thought.end, numbers[1].start)
    ):
        return settled, False  # "was going to say 40 but after the vet bill make it 30"
    if asked == "income" and language == "en" and "net pay" in folded:
        net_pay = _net_pay_on_a_payslip_en(folded, numbers)
        if net_pay is not None:  # "Gross £2,000 | Tax £200 | Net pay £1,650"
            return net_pay, False
    beside = settled_beside(folded, numbers, asked) if asked else None
    if beside is not None:  # "you want 250, i can do 100", "45 not 54", "was 3200, now 2500"
        return numbers[beside], False
    corrections = _correction_marks(folded, numbers)
    if corrections and not corrected:
        after = [n for n in numbers if n.start >= corrections[-1]]
        if after and len(after) < len(numbers) and len({n.value for n in after}) == 1:
            return after[0], False
    net = [  # (not "tavaly nettó 280 volt, idén 310": take-home pay of a time past)
        n
        for n in numbers
        if (
            _NET.search(folded[max(0, n.start - 30) : n.start])
            or (
                asked == "income"
                and _KEPT_AFTER_COSTS.search(folded, max(0, n.start - 70), n.start)
            )
        )
        and _marked(folded, n) != "before"
        and not any(  # nor "2023年到手5500, 今年涨到6000": what it rose to is now
            later.start > n.end and RISEN_TO.search(folded, max(0, later.start - 12), later.start)
            for later in numbers
        )
    ]
    internet = language == "hu" and _NET_HU_INTERNET.search(folded)  # "net 6e": a bill
    if len({n.value for n in net}) == 1 and not internet and not adds_another_income(folded):
        return net[-1], False  # "bruttó 400, abból nettó 266", "265, de kézhez 245"
    beside_gross = None if offer else _beside_the_gross(folded, numbers)
    if beside_gross is not None:  # "£2,050 gross, i think around £1,700 lands"
        return beside_gross, False
    # "140 a nyugdíj, ebből 10-et": a part
    wholes = [] if offer else list(_OF_WHICH.finditer(folded))
    for whole in wholes:  # "minden benne van: 245 ezer, ebből 45": the "of which" after an amount
        before = [n for n in numbers if n.end <= whole.start()]
        after = [n for n in numbers if n not in before]
        if len(after) > 1 and _a_total_said_last(folded, numbers):
            break  # "közös költség 32, ebből 8 a felújítás, kaja 90, összesen 157": the total
        if len(before) == 1 and all(n.start >= whole.end() for n in after):
            if after and (
                _MY_SHARE.match(folded, whole.end())
                or _I_BEFORE_IT.search(folded, max(0, whole.start() - 6), whole.start())
            ):
                return after[0], False  # "közösen 300 a lakás, ebből rám 150 jut"
            if (
                asked == "income"
                and len({n.value for n in after}) == 1
                and (
                    _KEPT_AFTER.match(folded, after[-1].end)
                    or _KEPT_BEFORE.match(folded, whole.end())  # "bruttó 520, abból marad 346"
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
            if asked == "income" and _TAKEN_FROM_PAY.search(folded, whole.end()):
                return None  # "a fizetésem 280, de ebből 40 a letiltás": less is paid out
            if asked == "expenses" and after and _A_DEBT_REPAID_ZH.match(folded, after[0].end):
                return None  # "5000, 不过有一千是还花呗的": a debt's payment in the whole
            if (
                asked == "expenses"
                and len(after) > 1
                and _OWN_PART_LAST_ZH.search(folded, after[-2].end, after[-1].start)
            ):  # "全家开销八千, 其中三千是我爸妈出的, 我们小家出五千": the parts by who pays
                return after[-1], False
            if after and _THE_REST_AFTER_A_PART_LEFT_OUT_ZH.search(
                folded, max(0, after[-1].start - 12), after[-1].start
            ):  # "开销三千四, 其中五百是替别人还的, 那个不算, 就二千九": the rest is the answer
                return after[-1], False
            return before[-1], True  # "250 ezer, amiből 150 a lakbér": 250 is the whole
    share = _share_of_a_cost(folded, numbers)
    if share is not None and len(distinct) == 2 and not offer and asked != "income":
        # "lakbér 150 felezve, az én részem 75": the cardholder's own share. Not of an income:
        # "together 450, mine 190" (whose income is asked is unclear).
        return share, False
    if (
        share is not None
        and share is numbers[-1]
        and len(numbers) > 3
        and not offer
        and asked == "expenses"
        and _the_items_add_up_to(numbers[:-1])
    ):  # "rent 700 bills 180 food 300 thats 1,180 for the house, your half is 590"
        return share, False
    with_it = _with_and_without(folded, numbers)
    if with_it is not None:
        return with_it, True  # "rezsi nélkül 130, rezsivel 175": everything included is the whole
    said_whole = _the_whole_before_its_parts(folded, numbers)
    if said_whole is not None:  # "1200 all in, thats with the 700 rent": the rent is in it
        return said_whole, True
    totals = [
        n
        for n in numbers
        if _TOTAL_BEFORE.search(folded[max(0, n.start - 40) : n.start])
        or _TOTAL_AFTER.match(folded[n.end : n.end + 30])
    ]
    for total in reversed(totals):  # "120 a lakbér és a rezsi együtt, 60 a kaja, az 180"
        said = total.value
        if said is None or _WEEKS_TOTAL.match(folded, total.end):
            continue  # "…, so 360 a week": a week's total, no month's
        if asked == "expenses" and _OWED_RIGHT_BEFORE.search(
            folded, max(0, total.start - 24), total.start
        ):
            continue  # "1,100 a month, and i owe about 4k overall": a balance, no spending
        if _WHICH_IS_RIGHT_BEFORE.search(
            folded, max(0, total.start - 24), total.start
        ) and _ITEMS.search(folded, _last_clause_break(folded, 0, total.start - 12), total.start):
            continue  # "500 on top of the rent, which is 700": the rent's figure, no total
        others = [n.value for n in numbers if n.value != said and n.value is not None]
        last = numbers[-1].value == said
        if (last and all(value <= said for value in others)) or sum(others) == said:
            return total, True
    first, *rest = numbers
    if (
        len(rest) >= 2
        and first.value is not None
        and all(n.value is not None and not n.negative for n in rest)
        and sum(n.value or 0 for n in rest) == first.value
        and not first.negative
        and _PARTS_OPENED.search(folded, first.end, rest[0].start)
    ):  # "about 1,150 (rent 700, food 250, bills 200)": the total said before its parts
        return first, True
    if (
        offer
        and len(rest) >= 2
        and first.value
        and all(n.value and not n.negative for n in rest)
        and sum(n.value or 0 for n in rest) == first.value
        and not first.negative
        and not _LEFT_WITH.search(folded, max(0, first.start - 24), first.start)
    ):  # "havonta 15 ezret, 10-én 8-at és 25-én 7-et": the month's offer, then its instalments
        # (not what is left split into what is kept and what is offered: "剩下一千二 我留两百
        # 还你们一千")
        return first, True
    *parts, summed = numbers
    if (
        len(parts) >= 2
        and summed.value is not None
        and all(n.value is not None and not n.negative for n in parts)
        and sum(n.value or 0 for n in parts) == summed.value
        # (an item named after the last part, in its clause, is its own: "…, about 200 food.
        # 1,110"; one in the total's clause is the total's: "rent 600, bills 300, food 900")
        and not _ITEMS.search(
            folded, _last_clause_break(folded, parts[-1].end, summed.start), summed.start
        )
    ):  # "房租1200, 水电200, 吃饭1000, 一个月2400": the sum of the parts said after them
        return summed, True
    monthly_parts = _worked_into_the_next(folded, parts)
    if (
        len(monthly_parts) >= 2
        and len(monthly_parts) < len(parts)
        and summed.value is not None
        and all(n.value is not None and not n.negative for n in monthly_parts)
        and sum(n.value or 0 for n in monthly_parts) == summed.value
    ):  # "每天伙食40, 一个月就1200, 再加房租900, 2100": the day's figure is in the month's
        return summed, True
    if (
        len(parts) >= 3
        and summed.value is not None
        and _SO_RIGHT_BEFORE.search(folded, max(0, summed.start - 12), summed.start)
        and all(n.value is not None and not n.negative for n in parts)
        and any(
            sum(n.value or 0 for n in parts[k:]) == summed.value for k in range(1, len(parts) - 1)
        )
    ):  # "rent 1,350 split 3 ways so 450 for me, food 150, so 600": the last ones added up
        return summed, True
    if not offer:
        today = _today_beside_later(folded, numbers)
        if today is not None:  # "1400 now, it'll go back to 2000", "szóval 0, jövő hónaptól 350"
            return today, False
    if owed or asked == "expenses":
        own = _own_beside_someone_elses(folded, numbers)
        if own is not None:  # "my husband pays the mortgage 1100, I pay a loan of 160 myself"
            return own, False
    if asked == "income":
        own = _own_beside_a_household_mostly_theirs(folded, numbers)
        if own is not None:  # "household 3100 but thats mostly my partner, I make 820"
            return own, False
    if asked in ("income", "expenses"):
        own = _own_beside_theirs_or_the_whole(folded, numbers)
        if own is not None:  # "my husband earns 2,600 and I get 640", "家里花八千, 我出三千"
            return own, False
    now = [n for n in numbers if _marked(folded, n) == "now"]
    if len({n.value for n in now}) == 1 and all(
        n.value == now[0].value
        or _marked(folded, n) == "before"
        or (not offer and _near(folded, n, _LATER))  # an offer in two stages is no one amount
        for n in numbers
    ):
        return now[0], False
    since = _one_after_the_before(folded, numbers, language) if not offer else None
    if since is not None:  # "以前一个月花六千, 搬回爸妈家以后每月1000"
        return since, False
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
    monthly = _monthly_beside_refused(folded, numbers) if offer else None
    if monthly is not None:  # "a 120 ezer egyben lehetetlen, havi 10 ezer?"
        return monthly, False
    if len(distinct) > 1:  # (pay is no balance: "wages 1,400 and i rent the garage out for 60")
        payment = _payment_beside_balances(folded, numbers, by_size=asked != "income")
        if payment is not None:
            return payment, False
    exact = [n for n in numbers if not n.part]
    if (
        len(exact) < len(numbers)
        and len({n.value for n in exact}) == 1
        and exact[0].value is not None
        and all(n.value is not None for n in numbers)
        # (not "over a thousand, rent alone is 700": one item of the whole, the whole a bound)
        and not _PART_OF_IT.search(folded, *_clause(folded, exact[0]))
        # (not "每周买一次菜三百多, 房租1200": the bound is a week's item, no bound of the whole)
        and not _A_PERIOD_IN_A_LIST.search(folded)
        # (nor "rent 600, food at least 200": the bound is another item's, in a clause of its own)
        and not any(_an_item_of_its_own(folded, n, exact[0]) for n in numbers if n.part)
    ):
        return exact[0], False  # "100 ezer alatt van, kb 95": a bound beside the amount
    return None


def _an_item_of_its_own(folded: str, bound: Number, exact: Number) -> bool:
    """Whether ``bound`` is said of an item named in a clause apart from ``exact``'s."""
    clause = _clause(folded, bound)
    return clause != _clause(folded, exact) and bool(_ITEMS.search(folded, *clause))


#: An amount said with an item counted in, on a condition: "1250 if you include the car loan",
#: "250 ha beleszámolom a részletet", "算上车贷的话是4800".
_COUNTED_IN_IF = regex(
    r"\bif (?:you|i|we|u) (?:include|count|add|put) (?:in )?|"
    r"\bha (?:bele|hozza)?szam(?:olo|ito)\w*|算上|算进去的话|加上[^,\uff0c\u3002]{0,8}的话"
)
#: An item with its amount left out by the cardholder: "not counting the 180 catalogue", "a 35
#: ezret nem számoltam bele", "网贷600我没算进去".
_LEFT_OUT_BY_ME = regex(
    r"\b(?:i'?m |im |i am |i'?ve |ive )?(?:not|n'?t) (?:counting|including|counted|included)\b|"
    r"\b(?:left|leaving) (?:\w+ )?out\b|\bnem (?:szamoltam|szamolom|szamitottam|szamitom) bele\b|"
    r"(?:没|没有|不)(?:算进去|算在内|算上|包括在内|包括进去)"
)
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


def _a_figure_for_each_season(folded: str, chosen: list[Number]) -> bool:
    """Two figures, each said beside a season of its own ("1,100 in the season and 950 when the
    museum shuts for the winter"): one month's of two kinds, no sum of items."""
    if len(chosen) != 2 or len({n.value for n in chosen}) != 2:
        return False
    seasons = [_A_SEASON.search(folded, max(0, n.start - 40), n.end + 40) for n in chosen]
    return all(seasons) and len(_A_SEASON.findall(folded)) >= 2


#: The seasons named to say the figure is the same in each: "不管旺季淡季工资都一样", "winter or
#: summer it's the same", "télen-nyáron ugyanannyi". The one figure is the month's.
_SEASONS_ALIKE = regex(
    r"(?:不管|不论|无论)(?:是)?(?:旺季|淡季|冬天|夏天)(?:还是|和|跟)?(?:旺季|淡季|冬天|夏天)|"
    r"(?:旺季|冬天)(?:和|跟)?(?:淡季|夏天)(?:工资)?都一样|"
    r"\b(?:winter|summer) or (?:winter|summer),? (?:it'?s|its) the same\b|"
    r"\b(?:the )?same (?:in )?(?:winter|summer) (?:and|or) (?:winter|summer)\b|"
    r"\btelen(?:-| es )nyaron (?:is )?ugyanannyi\b|\bnyaron(?:-| es )telen (?:is )?ugyanannyi\b|"
    # "a kiadás viszont egész évben ugyanaz", "szezonban is meg télen is 9 ezret"
    r"\begesz evben (?:ugyanaz|ugyanannyi|ugyanugy)\b|"
    r"\b(?:szezonban|nyaron) is,? (?:meg |es )?telen is\b|\btelen is,? (?:meg |es )?nyaron is\b"
)
#: Something more said on top, and said by the cardholder not to be monthly: "1,540 a month,
#: plus the winter fuel payment once a year but thats not monthly", "plusz évente egyszer a 13.
#: havi, de az nem havi", "年底还有一次性补贴, 不过那不是每月的". Set aside: the month's is the
#: figure said.
_EXTRA_NOT_MONTHLY = regex(
    r"(?:\bplusz?\b|\band\b|还有|另外)[^;!?]{0,80}?(?:\b(?:not|isnt|isn'?t) monthly\b|"
    r"\bnem havi\b|不是每个?月(?:的|都有))|"
    # a deposit paid once already: "押金3000已经交过了, 房租每月1500"
    r"(?:押金|定金|订金)[^,;!?\uff0c\u3002]{0,12}?(?:已经|早就)(?:交|付)(?:过了|了|过)"
)
#: An item of a list said to be paid once a year or once only, in English: "the boiler service
#: was 90 but thats once a year so leave it", "the 75 for new work boots is once a year", "bought
#: a bike for 400 quid, thats a one off", "the dentist was 260 one off". Its clause is set aside
#: up to "once" (read, its words would make the figure before them yearly, or an item named
#: with no figure), and the
#: month is the other items (not "1,400 but 300 of that was a one off", a part of the
#: month's figure said, whose usual month is not said: no "of" may come between).
_AN_ITEM_ONCE_ONLY_EN = regex(
    r"(?:(?<=[,.;!?] )|(?<=\band )|^)[^,.;!?0-9]{0,60}?"
    r"(?<![0-9.,])(?:[$€£] ?)?[0-9][0-9,.]*(?: ?(?:k|quid|pounds?))?"
    r"(?: (?!of\b)[a-z+']+){0,6}?,? (?:(?:but|and|so) )?(?:(?:thats|that'?s|that is|its|it'?s"
    r"|is|was) )?(?:a |an )?(?:one[- ]off|once a year)\b"
)
#: The words one of which :data:`_AN_ITEM_ONCE_ONLY_EN` needs.
_WORDS_OF_ONCE_ONLY_EN = ("one off", "one-off", "once a year")
#: Asked which of the amounts said is wanted: "not sure which you want", "不知道你们要哪个".
_WHICH_IS_WANTED = regex(
    r"\bwhich (?:one |figure |amount |number )?(?:do |did |would )?(?:you|u) (?:want|need|mean)\b|"
    r"\bmelyik\w* (?:kell|kellene|kene)\b|\bmelyiket (?:kerik|keri|kered|akarjak|akarja)\b|"
    r"(?:要|需要|问的是)哪(?:个|一个)"
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
    r" ?(?:块钱?|元)?(?:来)?算(?!的话)|"
    r" ?(?:块钱?|元)?(?:来)?(?:记|填|写)(?:吧|就行|就好)?(?:[,.!。 ]|$)|"  # "你就按八千记"
    r" ?(?:块钱?|元)? ?(?:[,.!。]|就行|吧|$)|"
    r"(?:-?(?:nak|nek|at|et|ot|t|zal|zel|val|vel))? ?(?:[,.!]|$)"
)


#: Said of one month's pay, that something extra was in it: "2,400 in december because of the
#: bonus", "decemberben 420 volt a 13. havival", "十二月发了年终奖 一万二".
_A_MONTHS_EXTRA = regex(
    r"\b(?:bonus|overtime|back ?pay|13th month|christmas|holiday pay|jutalom\w*|premium\w*|"
    r"13\. havi\w*|visszamenoleges\w*)\b|年终奖|奖金|加班费|双薪|补发|"
    r"值班|[两三]倍工资"  # "国庆值班三天三倍工资, 这个月发了七千一": a holiday's pay in it
)
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


def _the_figure_to_take(folded: str, chosen: list[Number]) -> Number | None:
    """The last figure, when the cardholder says it is the one to take: "一线职工六千, 我二线的
    四千四, 你们按四千四算就行", "开销一千八, 加上寄回家的一千就两千八, 按两千八算吧",
    "mine's 5100, hers 3800, put me down for 5100". The others are context."""
    if len(chosen) < 2 or chosen[-1].value is None or chosen[-1].negative:
        return None
    last = chosen[-1]
    if not _TAKE_THIS_FIGURE_BEFORE.search(folded, max(0, last.start - 24), last.start):
        return None
    if not _TAKE_THIS_FIGURE_AFTER.match(folded, last.end):
        return None
    return last


#: Costs said to be the business's, not the household's: "van costs go through the business,
#: roughly 1,800. the house side is 1,120", "a bolt költségei a cégen mennek, 300", "店里的开销走
#: 公司账 两万". Every figure of their sentence is the business's.
_THE_BUSINESS_COSTS = regex(
    r"\b(?:go|goes|went|run|runs|put|paid|comes? out) (?:through|thru|via|out of) (?:the |my )?"
    r"(?:business|company|ltd|books|business account)\b|"
    r"\b(?:a )?(?:ceg\w*|vallalkozas\w*|vallalkozoi szamla\w*) (?:megy|mennek|fizeti|allja)\b|"
    r"\b(?:ceg\w*|vallalkozas\w*)en (?:megy|mennek|keresztul)\b|"
    r"走(?:公司|店里|生意)(?:的)?账|(?:公司|店里)(?:出|报销|承担)"
)


#: Money said not to be the cardholder's but the business's or its customers': "the stall takes
#: 1,800 on a good saturday, none of thats mine", "my orders go through my bank but thats
#: customers money, 2,300", "the franchise fee is 1,100 but thats the business". Every figure
#: of their sentence is set aside, as the business's costs are.
_NOT_MINE_BUT_THE_BUSINESSES = regex(
    r"\bnone of (?:that'?s|thats|that is|it'?s|its|it is|which is) (?:mine|my money)\b|"
    r"\b(?:that'?s|thats|that is|it'?s|its|it is) (?:all )?(?:the )?(?:customers'?|clients'?|"
    r"business'?|firm'?s|shop'?s|company'?s|brewery'?s) (?:money|takings|cash)\b|"
    r"\b(?:that'?s|thats|that is) (?:the|for the) (?:business|firm|shop)\b(?! (?:and|plus) )"
)


#: The figures of the work said before to be no spending of the home's, the home's own said after:
#: "i charge 35 for a cut and 70 for colour but thats what i earn, my own outgoings are 1,210",
#: "materials can be 300 but thats all the business side. home is 1,060", "the scaffold is 400
#: a week but the client pays that not me", "2 hour minimum bookings, anyway thats work". The
#: figures from the sentence's start to the words are set aside, none after them.
_THE_WORKS_NOT_THE_HOMES_EN = regex(
    r"\bbut (?:that'?s|thats|that is|its|it'?s) (?:all )?(?:what i (?:earn|charge|make|take|"
    r"get paid)|(?:the |my )?(?:business|work|job) side|(?:for )?the (?:business|job))\b|"
    r"\b(?:the (?:client|customer|firm|company|agency|contractor|main contractor)) pays? "
    r"(?:for )?(?:that|it|them)\b(?:,? not me)?|"
    r"\banyway,? (?:that'?s|thats|that is) (?:work|the job|business)\b"
)


def _the_business_figures(folded: str, numbers: list[Number]) -> list[Number]:
    """The figures said in a sentence that names the costs as the business's."""
    aside: list[Number] = []
    for said in _THE_WORKS_NOT_THE_HOMES_EN.finditer(folded):  # (up to the words only)
        start, _ = _clause_between(folded, said.start(), said.end(), _SENTENCE_END)
        aside += [n for n in numbers if start <= n.start and n.end <= said.start()]
    for said in itertools.chain(
        _THE_BUSINESS_COSTS.finditer(folded), _NOT_MINE_BUT_THE_BUSINESSES.finditer(folded)
    ):
        start, stop = _clause_between(folded, said.start(), said.end(), _SENTENCE_END)
        aside += [n for n in numbers if start <= n.start and n.end <= stop]
    return aside


#: Right before the pay on probation, and before the pay once taken on, with it said not to be
#: yet: "试用期工资4400, 转正5500, 下个月才转正", "实习期三千, 转正后四千五, 还没转正".
_ON_PROBATION_BEFORE_ZH = re.compile(r"(?:试用期|实习期|见习期)(?:的)?(?:工资|月薪|是|有|拿)*$")
_TAKEN_ON_BEFORE_ZH = re.compile(r"转正(?:后|以后|之后|了)?(?:的)?(?:工资|月薪|是|有|拿|就)*$")
_NOT_TAKEN_ON_YET_ZH = re.compile(
    r"(?:还没|没有?|还未|下个?月才|明年才|[0-9一二两三四五六]+个?月(?:后|以后)才?|才能|等)转正"
)


def _pay_on_probation_zh(folded: str, chosen: list[Number]) -> Number | None:
    """The pay on probation, beside the pay once taken on that is not yet: the month's now."""
    if len(chosen) != 2 or not _NOT_TAKEN_ON_YET_ZH.search(folded):
        return None
    now, later = chosen
    if _ON_PROBATION_BEFORE_ZH.search(folded, max(0, now.start - 10), now.start) and (
        _TAKEN_ON_BEFORE_ZH.search(folded, max(0, later.start - 10), later.start)
    ):
        return now
    return None


#: Right before a rate by the piece, the day or the job: "一台两百", "一间一百五", "一块碑八百".
_A_RATE_BEFORE_ZH = re.compile(
    r"(?:(?:一|每)[\u4e00-\u9fff]{1,2}(?:是|能|给|收|算)?|"
    r"(?:一|每)[\u4e00-\u9fff]{1,4}(?:进价|售价|成本|卖|提成?|赚|挣)|"
    r"(?<=[0-9一二两三四五六七八九十块])卖|"
    # a small job and its price, one by one: "钉个鞋掌五块 换拉链十五", "配把钥匙十块"
    r"(?:钉|换|修|补|配|改|贴|擦|剪)(?:个|把|条|双)?[\u4e00-\u9fff]{1,2}|"
    # by the hour, the machine's or the worker's: "一个钟头三百", "每个钟头八十"
    r"(?:一|每)个?钟头)$"
)  # (a price bought and sold at: "一扎玫瑰进价十五卖三十五", "一张膜成本两块卖二十"; "卖一箱牛奶提
#   两块")
#: Right after a rate by the piece: "改裤边十块一条", "补胎十五一个", "擦鞋五块钱一双".
_A_RATE_AFTER_ZH = re.compile(
    r"(?:块|塊|元)?钱?(?:一|每)(?:条|双|只|件|个|本|套|台|间|瓶|盒|袋|箱|把|趟|单|节|堂|位|张)"
)
#: Right before what was paid for the month in all, after rates: "琴行月底一共结了我四千三",
#: "工头结给我五千一", "到手六千", "给了四千", "算下来挣了六千三".
_PAID_IN_ALL_BEFORE_ZH = re.compile(
    r"(?:一共|总共)?(?:结了?(?:给)?我?|给了?我?|到手(?:了)?|挣了|赚了|拿了|发了?我?|落(?:个|了|下))"
    r"(?:一共|总共)? ?$|"
    # kept in the end, net, or taken out: "净挣三千八", "能剩四千五", "到我手上的是九千八",
    # "一共收了六千三", "提现了2240"
    r"(?:净(?:挣|赚|落|剩|收入?)|能剩(?:下)?|能落(?:下|个)?|剩(?:下)?了|到我?手(?:上|里)?的(?:是|有)|"
    r"(?:一共|总共)收了|提现了?|(?:底薪|工资)(?:加|和|\+)(?:上)?提成(?:一共|总共|是)?)(?:个)? ?$"
)
#: Right before the month's pay said last after rates, by the month itself or worked out by the
#: cardholder: "场主每个月给三千五", "我们拿死工资 一个月两千八", "月结三千三", "自己算了是三千九",
#: "我自己算过是四千" (the rates are how it came about, or another's price).
_THE_MONTHS_PAY_SAID_LAST_ZH = re.compile(
    r"(?:(?:每个?月|一个月)(?:给我?|发我?|结|拿|挣|赚|有)?|月结|月薪|"
    r"(?:自己|我自己|我)?算(?:了|过|下来)(?:是|就是|有)?|"
    r"(?:每个?月|一个月|按月)(?:给我|给)?开(?:给我)?(?:的是)?|"  # "景区每月给我开三千三"
    # the payslip's figure, the month's pay in all: "工资单上写的是四千九百二十"
    r"工资(?:单|条)上?(?:写的|显示的?|打的)(?:是|有)) ?$"
)
#: Pay said by the week or the fortnight: no rate, the pay itself ("奶茶店两周结一次1100, 补助
#: 每月1500": not the month's said last after a rate).
_PAID_BY_THE_WEEK_ZH = re.compile(r"(?:周|礼拜|星期)(?:结|发)")
#: A count of what was done right before the last figure, that figure ending the message: "这个
#: 月进组十二天 六千", "干了二十四天 三千六", "跑了四百多单 平台上显示收入4180" (the total
#: the count came to, after the rates). Not a rate ("一单两千六": nothing between), nor another
#: kind of pay named between ("跑四五趟 基本工资四千": the base, the rest unsaid).
_A_COUNT_BEFORE_A_BARE_TOTAL_ZH = re.compile(
    r"[0-9一二两三四五六七八九十百]+(?:多|来|几)?(?:天|顶|斤|公斤|单|车|把|幅|张|件|台|趟|碗|串|套|个|"
    # the piece worked by, in a port, a field, a forest or a studio: "吊了2450箱", "插了五百二十
    # 亩", "伐了九十方", "录了八十集", "翻了三百分钟的片子", "接了七场"
    r"箱|亩|方|立方|吨|平|平方|米|集|分钟|小时|场)"
    r"[^0-9一二两三四五六七八九十工薪底补奖]{1,10}$"
)
#: The end of the message right after a figure: for :data:`_A_COUNT_BEFORE_A_BARE_TOTAL_ZH`.
_THE_END_AFTER_A_FIGURE_ZH = re.compile(r"(?:块钱?|元)?(?:了|吧)?[ ,.!?;\uff0c\u3002]*$")
#: Right before the price a piece is sold at, the worker paid apart: "一幅卖两万", "一把外面卖
#: 八千" (larger than the month's pay, and still no bound on it).
_A_PIECES_SALE_PRICE_BEFORE_ZH = re.compile(
    r"(?:一|每)[\u4e00-\u9fff]{1,2}(?:在外面|外面|能|可以)?(?:卖|售价|卖到|卖价)$"
)
#: Said between the rates and the month's pay: the month it is for.
_THE_MONTH_IT_IS_FOR_ZH = re.compile(r"这个?月|月底|算下来|一个月|上个?月|/月")
#   ("/月" is "一个月" or "每月" once the period is marked: "一锅五块 一个月净挣三千一")
#: A figure said to be a month's or the pay: not a rate beside it.
_A_MONTHS_FIGURE_BEFORE_ZH = re.compile(
    r"(?:每个?月|一个月|月薪|工资|底薪|保底|退休金)[^,;.!?\uff0c\u3002 ]{0,3}$"
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
#: Right after a figure that is how many of such a measure were done, not money: "吊了2450箱",
#: "插了五百二十亩", "焊了六百多米", "跑了十五趟".
_A_COUNT_OF_WORK_AFTER_ZH = re.compile(rf"(?:多|来|几)?个?{_A_WORK_UNIT_ZH}")


def _the_months_pay_after_rates_zh(folded: str, chosen: list[Number]) -> Number | None:
    """The month's pay said last, in all, after a rate by the piece or the day and how many:
    "铺地板的, 一间一百五, 这个月工头结给我五千一", "配音, 一集三百, 录了十八集, 工作室结了
    5400". The rate and the count are how it came about, no pay of their own."""
    if len(chosen) < 2:
        return None
    *before, last = chosen
    # how many were done, said with the measure ("吊了2450箱 就是四千九"): no money of its own
    counted = [n for n in before if _A_COUNT_OF_WORK_AFTER_ZH.match(folded, n.end)]
    if counted and len(counted) < len(before):
        counts_start = before[-1].start if before[-1] is counted[-1] else before[-1].end
        before = [n for n in before if n not in counted]
    else:
        counts_start = before[-1].end
    if (
        last.value is None
        or last.part  # "一个月净落三千出头": a bound, how far over unsaid
        or not (
            (
                _PAID_IN_ALL_BEFORE_ZH.search(folded, max(0, last.start - 12), last.start)
                and _THE_MONTH_IT_IS_FOR_ZH.search(folded, before[0].end, last.start)
            )
            or (
                _THE_MONTHS_PAY_SAID_LAST_ZH.search(folded, max(0, last.start - 8), last.start)
                and not _PAID_BY_THE_WEEK_ZH.search(folded, 0, last.start)
            )
            or (  # "一天五百 这个月进组十二天 六千": the count's total ends the message
                _A_COUNT_BEFORE_A_BARE_TOTAL_ZH.search(folded, counts_start, last.start)
                and _THE_END_AFTER_A_FIGURE_ZH.match(folded, last.end)
            )
        )
        or any(
            n.value is not None
            and n.value >= last.value
            and not _A_PIECES_SALE_PRICE_BEFORE_ZH.search(folded, max(0, n.start - 6), n.start)
            for n in before
        )
        or any(
            _A_MONTHS_FIGURE_BEFORE_ZH.search(folded, max(0, n.start - 8), n.start) for n in before
        )
    ):
        return None
    rates = [
        n
        for n in before
        if _A_RATE_BEFORE_ZH.search(folded, max(0, n.start - 5), n.start)
        or _A_RATE_AFTER_ZH.match(folded, n.end)  # "改裤边十块一条"
        or _A_RATE_BY_A_WORK_UNIT_BEFORE_ZH.search(folded, max(0, n.start - 7), n.start)
    ]
    return last if rates else None


#: Said after figures that the cardholder leaves them out, the one to take said after: "the gym
#: 35 and netflix 11 go on the work card so leave them out, the rest is 980", "20 a month into
#: crypto, leave that out. essentials 910", "about 10 to savings, not counting that its 1,040".
#: The figures from the sentence's start to the words are set aside, when a figure follows them.
_LEFT_OUT_BEFORE_THE_REST_EN = regex(
    r"\b(?:leave|leaving) (?:them|it|that|those|these|all that) out\b|"
    r"\bnot counting (?:that|those|it|them|these)\b"
)


def _all_but_what_is_left_out(folded: str, numbers: list[Number]) -> Number | None:
    """The one amount left when those said with an item counted in on a condition, and those of
    an item the cardholder leaves out, are set aside: "1,250 if you include the 200 for the car
    loan, but thats a debt so 1,050", "190, a katalógusos 35 ezret nem számoltam bele", "3800,
    网贷600我没算进去". None when the cardholder asks which one is wanted."""
    if _WHICH_IS_WANTED.search(folded):
        return None
    aside = _the_business_figures(folded, numbers)
    before_the_rest = []
    for said in _LEFT_OUT_BEFORE_THE_REST_EN.finditer(folded):  # (a figure after them only)
        if any(n.start >= said.end() for n in numbers):
            before_the_rest.append(said.start())
            start, _ = _clause_between(folded, said.start(), said.end(), _SENTENCE_END)
            aside += [n for n in numbers if start <= n.start and n.end <= said.start()]
    for words in (_COUNTED_IN_IF, _LEFT_OUT_BY_ME):
        for said in words.finditer(folded):
            if said.start() in before_the_rest:  # (the figure after them is the one kept)
                continue
            aside += [n for n in numbers if said.start() in range(*_clause(folded, n))]
    left = [n for n in numbers if n not in aside]
    if not aside or len({n.value for n in left}) != 1:
        return None
    return left[0]


#: Said between a total and the larger one that follows: an item remembered ("oh and the car
#: insurance", "ja, a biztosítás", "哦还有车险", "忘了算电费").
_AN_ITEM_REMEMBERED = regex(
    r"\b(?:oh|oops|ah|forgot\w*|ja|jaj|hopp|elfelejtettem|kihagytam|kimaradt|varj|wait)\b|"
    r"哦|噢|喔|忘了|漏了|差点忘|等(?:下|等|一下)"
)
#: All that may come before a total or a month's figure said first: "about", "kb", "大概".
_BEFORE_A_TOTAL = re.compile(
    r"\W*(?:(?:about|around|roughly|approx\w*|circa|like|maybe|prob\w*|um+|erm?|so|well|kb|"
    r"korulbelul|nagyjabol|olyan|大概|大约|差不多)\W*)?"
)


def _total_revised_for_an_item(folded: str, numbers: list[Number]) -> Number | None:
    """The second of two totals, larger, after an item remembered between them ("3500 哦还有车险
    3800", "860 oh and the car insurance, 925"): the total the item was added to. Not of a list
    that names an item first ("房租1500 哦还有水电300" is two items), nor of a smaller figure."""
    if len(numbers) != 2 or not _BEFORE_A_TOTAL.fullmatch(folded, 0, numbers[0].start):
        return None
    first, second = numbers
    between = folded[first.end : second.start]
    if not (_AN_ITEM_REMEMBERED.search(between) and _ITEMS.search(between)):
        return None
    bigger = first.value is not None and second.value is not None and second.value > first.value
    return second if bigger else None


#: The message's only figure said with "来块" (that much or a little over, how much unsaid):
#: "开销四千来块", "网贷加起来一个月两千来块钱" (round 33, 37, 39). Not beside another figure
#: ("一单分一百来块 这个月一共转了我五千五": the month's said) nor "拿三千来还" (no bound).
#: Only of costs, payments and an offer ("两千来块吧": no firm figure to agree to): a wage so
#: said is left to the other signs (it read right).
_THE_ONLY_FIGURE_OR_SO_ZH = re.compile(
    r"^(?:[^0-9一二两三四五六七八九十百千万]|一个月)*[0-9一二两三四五六七八九十百千万]+来块"
    r"[^0-9一二两三四五六七八九十百千万]*$"
)
#: An item said to be left out of the total just said: "不包括孩子的抚养费", "不含房租".
_LEFT_OUT_OF_IT_ZH = re.compile(r"不包括|不包含|不含|没算|没包括|没有算|没含")
#: Right after that item's own figure, that it is to be counted in too: "一千五也得算上", "那五百
#: 也算上", "八百也要加进去".
_COUNTED_IN_TOO_ZH = re.compile(
    r" ?(?:块钱?|元)? ?(?:也|都)(?:得|要|一起|给我|请)?(?:算上|算进去|加上|加进去|算在内|加)"
)


def _left_out_then_counted_in_zh(folded: str, numbers: list[Number]) -> Decimal | None:
    """A total, an item left out of it, then that item's figure said to be counted in too: "开销
    两千六 不包括孩子的抚养费 抚养费每月一千五也得算上" (round 37: 4100). The two are added;
    an item left out with no such word stays out ("开销三千 不含房租 房租一千二": RECKONED)."""
    total, item = numbers
    if total.value is None or item.value is None or total.part or item.part:
        return None
    if not _LEFT_OUT_OF_IT_ZH.search(folded, total.end, item.start):
        return None
    if not _COUNTED_IN_TOO_ZH.match(folded, item.end):
        return None
    return total.value + item.value


def _total_redone_with_an_item(folded: str, numbers: list[Number]) -> Number | None:
    """A total, an item forgotten in it with its figure, then the total with it: "开销三千八, 不对,
    漏了孩子兴趣班四百, 是四千二", "about 860, oh forgot the insurance 65, so 925". The last is
    the answer (it adds up), not a list of three, nor two corrected."""
    if len(numbers) != 3 or _ITEMS.search(folded, 0, numbers[0].start):
        return None
    total, item, redone = numbers
    if total.value is None or item.value is None or redone.value is None:
        return None
    if redone.value != total.value + item.value or item.value >= total.value:
        return None
    return redone if _AN_ITEM_REMEMBERED.search(folded, total.end, item.start) else None


#: Said in the clause of an amount that is refused: "a 120 ezer egyben lehetetlen", "1.2k upfront
#: is impossible", "一次性一万二不可能". (An amount at once beside a monthly one, "100 ezret egyben,
#: utána havi 10", is an offer in two stages.)
_REFUSED = regex(
    r"\b(?:lehetetlen|kizart|tul sok|impossible|too much|no way|not possible)\b|"
    r"\bnem (?:megy|fog menni)\b|不可能|不行|太多|做不到|还不起"
)


#: Around a plan's figure, that it is too much, at the own offer: "还1100, 方案三要一千三, 太多
#: 了", "方案二每月两千多我做不到, 一千行不行". The plan's is no offer; the other figure is.
_A_PLANS_FIGURE_BEFORE_ZH = re.compile(
    r"方案[一二三四五六七八九1-9]?(?:的)?(?:要|是|得|需要)?(?:每个?月|一个月)?(?:还|要还|得还)?$"
)
_REFUSED_RIGHT_AFTER_ZH = re.compile(
    r" ?(?:块钱?|元)?(?:多)? ?[,\uff0c]? ?(?:我|对我来说)?(?:实在|真的)?"
    r"(?:太多|太高|太贵|还不起|做不到|不行|负担不起|吃不消)"
)


def _without_a_plans_figure_refused_zh(folded: str, chosen: list[Number]) -> list[Number]:
    """``chosen`` without the figures of a plan said to be too much, where one is left."""
    kept = [
        n
        for n in chosen
        if not (
            _A_PLANS_FIGURE_BEFORE_ZH.search(folded, max(0, n.start - 12), n.start)
            and _REFUSED_RIGHT_AFTER_ZH.match(folded, n.end)
        )
    ]
    return kept if kept and len(kept) < len(chosen) else chosen


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


#: Right before a month's figure, that the cardholder has averaged it out over jobs or a year:
#: "i average 2,100 a month", "i spread it as 1,900 a month", "averages out at 1,650 a month".
_AVERAGED_TO_BEFORE = regex(
    r"\b(?:(?:i|we) average|averages out (?:at|to)|(?:i|we) spread (?:it |that |them )?(?:out )?"
    r"(?:as|at|to))\W{0,2}(?:about |around |roughly )?(?:[$€£] ?)?$"
)
#: An income named beside the one averaged: the average is then of that item alone.
_ANOTHER_INCOME_NAMED_EN = regex(
    r"\b(?:wages?|salary|pay|pension|benefits?|uc|pip|tips|maintenance|allowance|dividends?)\b"
)


#: After a pay's figure, that it is the month's paid in, in English: "1,790 in the bank each
#: month", "comes to 1,290 a month", "2,800 a month paid to me", "1,500 net".
_A_MONTHS_PAY_AFTER_EN = regex(
    r"[^0-9]{0,20}\b(?:a|each|every|per|the) month\b|"
    r"[^0-9]{0,12}\b(?:in the bank|in my account|take home|net|after tax)\b"
)


#: Between a year's pay and a month's or after it, that the month's is another income added.
_ANOTHER_SOURCE_ADDED_EN = regex(r"\b(?:plus|on top|as well|also|from (?:the|my|a|his|her))\b|\+")


def _a_months_pay_after_the_years_en(folded: str, numbers: list[Number]) -> Number | None:
    """Of a year's pay said first ("salary 26k", "a 28k bursary", "19k pro rata") and the
    month's said after it as paid in ("about 1,790 in the bank each month"), the month's: a
    year's gross is more than twelve of the month's net, and a bursary may be spread over ten
    months, so the month's is a tenth to a sixteenth of the year's (not "wage 1,900, tips 300 a
    month", whose first is no year's, nor a second income added, "12k a year plus 1,000 a month
    from the flat")."""
    year, month = numbers
    if year.value is None or month.value is None or month.part or month.negative:
        return None
    if year.value < 9000 or not _A_MONTHS_PAY_AFTER_EN.match(folded, month.end):
        return None
    if not year.value / 16 <= month.value <= year.value / Decimal("9.5"):
        return None
    if _ANOTHER_SOURCE_ADDED_EN.search(folded, year.end, month.start + 40):
        return None  # "12k from the army plus 1,000 a month from the flat": two incomes
    return month


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
    rest = [n for n in numbers if n not in monthly]
    if len(monthly) != 1 or len(rest) != 1 or monthly[0].part or not rest[0].not_monthly:
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
    return month if worked_out else None


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


def _worked_into_the_next(folded: str, numbers: list[Number]) -> list[Number]:
    """``numbers`` without each one said for a day, a week or a year that the next one works
    out for the month ("每天伙食40, 一个月就1200", "food 60 a week, so 260 a month"): it is
    counted in that one."""
    kept = []
    for number, following in zip(numbers, [*numbers[1:], None], strict=True):
        if (
            following is not None
            and number.not_monthly
            and not following.not_monthly
            and number.value
            and following.value
        ):
            period = _period_of(folded, number)
            low, high = _MONTHS_WORKED_OUT.get(period or "", (Decimal(0), Decimal(0)))
            if low <= following.value / number.value <= high:
                continue
        kept.append(number)
    return kept


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


#: Items no one needs to live on: with and without them, the essential spending is left open.
_NO_ESSENTIAL_ITEM = regex(
    r"\b(?:cigi\w*|cigaret\w*|dohany\w*|alkohol\w*|pia\w*|smok\w*|cigs|cigarettes?|fags|"
    r"booze|alcohol|drink(?:s|ing)|netflix|gym)\b|香烟|抽烟|烟钱|喝酒|酒钱"
)


def _with_and_without(folded: str, numbers: list[Number]) -> Number | None:
    """Of two amounts, one said without an item and one with it ("rezsi nélkül 130, rezsivel
    175", "900 without bills, 1200 with bills", "不算水电两千, 算上两千五"): the one with it, if
    larger."""
    pair = _said_with_and_without(folded, numbers)
    if pair is None or _NO_ESSENTIAL_ITEM.search(folded):
        return None  # "cigi nélkül 190, cigivel 230": which one is essential is left open
    more, less = pair[0].value, pair[1].value
    return pair[0] if more is not None and less is not None and more > less else None


#: Said of a whole that is income ("a fizetésem 240, ebből..."), and of a part of it that goes
#: on living ("...kb 200 elmegy"): asked for spending, the part is the answer.
_INCOME_WHOLE = regex(
    r"\b(?:fizetes\w*|jovedelm\w*|keres(?:ek|unk)|nyugdij\w*|berem\w*|earn\w*|income|wages?|"
    r"salary|take[- ]home)\b|工资|收入|月薪|到手"
)
_SPENT = re.compile(
    r"\b(?:el ?megy|megy el|el ?koltok|koltok|koltunk|kiad\w*|szukseges\w*|alapvet\w*|"
    r"goes(?: out)?|go(?: out)?|spend|spent|essentials|outgoings|living costs)\b|"
    r"花|开销|开支|生活费|用掉"
)
#: Take-home pay, beside pay before tax ("bruttó 400, nettó 266", "kézhez 245").
_NET = regex(
    r"(?:\bnetto\w*|\bkezhez\b|\bafter tax\b|\btake[- ]home\b|\bnet\b|税后|到手|实发)"
    r"\W*(?:(?:kb|kb\.|about|around|is|kapok|megkapok|i get|got)\W+){0,2}$|"
    r"(?:落|拿|剩|留)(?:到|在)(?:自己|我)?(?:的)?手(?:里|上|中|头)"
    r"(?:也就|就|只有|大概|差不多|能有|有|也就是|才|的|是)*$|"
    # what lands on the card: "打到卡上3800", "工资卡进了5800", "卡里到账4700"
    r"(?:打(?:到|进)|进)(?:我)?(?:的)?(?:银行卡|工资卡|卡)(?:上|里)?(?:的)?(?:是|有|就|只有)*$|"
    r"(?:银行卡|工资卡|卡)(?:上|里)?(?:进了|进账|到账|到了)(?:了)?(?:是|有|就|只有)*$"
    # after the tax and the contributions, in Hungarian: "bruttó 585, szja meg járulékok után 389"
    r"|\b(?:ado|szja|jarulek|levonas)\w* utan\W*(?:(?:kb|kb\.|marad|kapok)\W+){0,2}$"
)
#: What is kept of the takings after the costs of the work, at the income: "clients pay me
#: about 2,300, after products n diesel i keep about 1,500", "after fuel and the van i clear
#: 1,400" (the takings before are no pay of their own).
_KEPT_AFTER_COSTS = regex(
    r"\bafter (?:the |my )?(?:[a-z&']+ ){1,5}?(?:i|we) (?:keep|clear|pocket|take home|end up "
    r"with|am left with|'?m left with|m left with|im left with)"
    r"\W*(?:(?:about|around|roughly|maybe|like)\W+){0,2}(?:[$€£] ?)?$"
)
#: Pay before tax, said right before or after its figure: "2,050 gross", "bruttó 400", "税前8000".
_GROSS_BEFORE = regex(
    r"(?:\bgross|\bbefore tax|\bbrutto\w*|税前|应发)(?: (?:is|was|pay|salary|about|around))*"
    r"(?:(?!,)\W){0,2}(?:[$€£¥] ?)?$"  # not "2,100 gross, 1,690 lands": said of the one before
)
_GROSS_AFTER = regex(r" ?(?:[$€£¥]|ft|forint\w*|元|块)? ?(?:gross|before tax|brutto\w*)\b")


def _beside_the_gross(folded: str, numbers: list[Number]) -> Number | None:
    """The one figure beside pay said before tax, said of no earlier time: what comes in ("£2,050
    gross, i think around £1,700 lands", "bruttó 390, kapok 262-t")."""
    gross = [
        n
        for n in numbers
        if _GROSS_BEFORE.search(folded, max(0, n.start - 24), n.start)
        or _GROSS_AFTER.match(folded, n.end)
    ]
    rest = [n for n in numbers if n.value not in {g.value for g in gross}]
    if not gross or len({n.value for n in rest}) != 1 or _marked(folded, rest[0]) == "before":
        return None
    return rest[0] if _COMES_IN.search(folded, *_clause(folded, rest[0])) else None


#: Said of what reaches the cardholder, beside the gross: "lands", "hits my account", "kapok",
#: "érkezik", "到手" (not another income beside it: "2,050 gross, plus 200 child benefit").
_COMES_IN = regex(
    r"\b(?:lands?|comes? in|hits?|(?:i )?(?:get|gets|got|receive|take home)|in (?:my|the) "
    r"(?:account|bank|hand|pocket)|after (?:tax|deductions)|clear)\b|"
    r"\b(?:kapok|kapom|jon|jon meg|erkezik|marad|kezhez|kezembe|szamlamra)\b|"
    r"到手|到账|实发|拿到|剩|(?:打|发|转)(?:到|进)(?:卡|账户|银行卡)"
)


#: "net" is the internet in Hungarian: "net 6e" is a bill, not take-home pay.
_NET_HU_INTERNET = re.compile(r"\bnet\b")
#: Said after a cost, that someone else pays it or part of it: "700 rent, half of it paid by my
#: brother", "房租两千 跟室友平摊", "car loan 200 but my dad pays it", "de azt apu fizeti",
#: "是我爸在还".
#: The cardholder's own share is not said: asked again.
_SPLIT = regex(
    r"\b(?:dad|mum|mom|father|mother|husband|wife|partner|parents|brother|sister|son|daughter|"
    r"boyfriend|girlfriend|ex) (?:pays|covers|is paying|pays for|takes care of) (?:it|that|this|"
    r"them)\b|"
    r"\b(?:azt|ezt|azokat|ezeket) (?:\w+ )?(?:apu|anyu|apa|anya|apam|anyam|ferjem|felesegem|"
    r"parom|szuleim|fiam|lanyom)\w* (?:fizeti|fizetik|allja|alljak)\b|"
    r"(?:爸|妈|老公|老婆|父母|爸妈|家里|儿子|女儿)(?:在|帮我?|替我)(?:还|付|交)|"
    # some of it, now and then: "车贷2600, 我爸有时候帮我出一点"
    r"(?:有时候?|偶尔|时不时)(?:会)?(?:帮我?|替我)(?:还|付|交|出)(?:一)?(?:点|部分|些)|"
    r"\b(?:az|ez) (?:a |is )?(?:ferjem|felesegem|parom|elettarsam|apam|anyam|szuleim|fiam|"
    r"lanyom)e\b|"
    r"\bthat'?s (?:my )?(?:husband|wife|partner|dad|mum|mom|parents|son|daughter)'?s\b|"
    r"(?:那|这)(?:个|笔)?是我(?:老公|老婆|爸|妈|父母|爸妈|儿子|女儿)的|"
    r"\bhalf (?:of )?(?:it|that|this|the \w+) (?:is )?(?:paid|covered) by\b|"
    r"\b(?:pays?|paying|covers?|covering) half\b|"
    r"\bsplit (?:it |that |this |the \w+ )?(?:with|between|50/50|fifty[- ]fifty|in half)\b|"
    r"\b(?:50/50|fifty[- ]fifty)\b|"
    # takings shared: "the taxi clears 1800 and me and my brother go halves", "跟我弟平分"
    r"\bgo(?:es)? (?:halves|half and half|splits)\b|\bhalve (?:it|that|them)\b|"
    r"\b(?:takes|gets|keeps|has) half\b|"
    r"平摊|分摊|平分|\baa制?|一人一半|各(?:付|出|承担|拿|分)一半|对半|"
    # shared by several, the own part not worked out: "hárman adjuk össze", "三个人一起分"
    r"\b(?:ketten|harman|negyen|oten) (?:adjuk|dobjuk|rakjuk|fizetjuk)\w*|"
    r"\b(?:elosztjuk|megosztjuk|osztozunk)\b|(?:三|四|五|几)个人(?:一起)?(?:分|出|摊)"
)


#: Of an income's whole (a turnover), what is left to the cardholder: "nekem ebből 300 marad".
_KEPT_AFTER = re.compile(r" ?(?:ft|forint\w*)? ?(?:marad|jut)\b")
_KEPT_BEFORE = re.compile(r"\W*(?:(?:kb|csak|nekem) )?(?:marad|jut)\b")
_MINE_BEFORE_IT = re.compile(r"\b(?:nekem|nalam|hozzam)\W*$")
#: Right after "of which", the cardholder's own share: "ebből rám 150 jut", "abból nekem 90".
_MY_SHARE = re.compile(
    r"\W*(?:(?:en|csak|kb|is) )*(?:ram|nekem|az enyem|en fizetek|az (?:en )?(?:felem|reszem))\b"
    # the cardholder, the figure, then paying it: "a háztartás 390, ebből én 190-et fizetek"
    r"|\W*en (?=[0-9]+(?: ?ezer\w*)?(?:-?[aeo]?t)? (?:fizetek|fizetem|adok|allok)\b)"
    r"|\W*我(?:自己|本人)?(?:挣|赚|出|拿|付|交|掏)"
)
#: Right before "of which", the cardholder: "az egész család 450-et költ, én ebből 200-at adok".
_I_BEFORE_IT = re.compile(r"\ben\W*$|我\W*$")


def _payment_beside_balances(
    folded: str, numbers: list[Number], *, by_size: bool = True
) -> Number | None:
    """The one monthly payment said beside debts' balances: "2 millió van még, havi 85 ezer",
    "6 millió a lakáshitel, 74e a törlesztő"; a balance named as one, or (``by_size``) any figure
    twenty times the payment."""
    monthly = [
        n
        for n in numbers
        if (
            _MONTHLY_BEFORE.search(folded[max(0, n.start - 30) : n.start])
            or _MONTHLY_AFTER.match(folded[n.end : n.end + 30])
            or _PAYING_RIGHT_BEFORE.search(folded, max(0, n.start - 24), n.start)
        )
        and not _LEFT_OUT_RIGHT_BEFORE.search(folded, max(0, n.start - 24), n.start)
    ]
    if len({n.value for n in monthly}) != 1 or len({n.value for n in numbers}) < 2:
        return None
    balances = [n for n in numbers if n.value != monthly[0].value]
    payment = monthly[0].value or Decimal(0)
    if all(
        _near(folded, n, _BALANCE, in_its_clause=True)
        or (by_size and n.value is not None and n.value >= 20 * payment > 0)
        for n in balances
    ):
        return monthly[0]
    return None


#: Right before an amount left out of the one said: "about 1,090 not counting the 30 a month i
#: put in the kids savings" (a month's figure, but no payment beside a balance).
_LEFT_OUT_RIGHT_BEFORE = regex(
    r"\b(?:not counting|not including|excluding|apart from|except(?: for)?|without|nem "
    r"(?:szamolva|szamitva)|leszamitva|kiveve)(?: the| my| a| az| that)?\W{0,3}(?:[$€£] ?)?$|"
    r"(?:不算|不包括|不含|除了)[^,\uff0c\u3002]{0,6}$"
)
#: Right before a payment made on a debt: "just the one loan of 3k, paying 95".
_PAYING_RIGHT_BEFORE = regex(
    r"\b(?:paying|repaying|i pay|we pay)(?: back| off)?(?: about| around| roughly)? (?:[$€£] ?)?$"
)


def _a_balance_among(folded: str, numbers: list[Number]) -> bool:
    """Whether a list holds a figure twenty times one said to be paid monthly: a loan's balance
    ("房贷一百二十万, 每月还六千二"), no item of a month's spending to add."""
    monthly = [
        n.value
        for n in numbers
        if n.value
        and (
            _MONTHLY_BEFORE.search(folded[max(0, n.start - 30) : n.start])
            or _MONTHLY_AFTER.match(folded[n.end : n.end + 30])
        )
    ]
    return any(n.value is not None and n.value >= 20 * m for m in monthly for n in numbers)


#: Where the clause of a balance ends: punctuation, brackets ("car 240 (8,600 left on it)").
_BALANCE_CLAUSE_BREAK = re.compile(r"[,;.!?()\uff08\uff09\uff0c\u3002\uff1b]|\b(?:but|de)\b|但是?")
#: A card's limit is no payment either: "limitje 500 ezer, a minimum rá 25", "my limit is 3k".
_BALANCE_IN_A_CLAUSE = regex(
    rf"{alternatives(BALANCE_WORDS)}|\bvan rajta\b|\bstill owe\w*|\blimit\w*|keret\w*|额度|"
    # what an overdraft stands at: "overdraft is 2,000, i pay 50 off it" (not "is 50 a month")
    r"\boverdraft (?:is|of|at)\b(?! (?:about |around )?[$€£]?[0-9][0-9,.]*k? (?:a|per|each|every) "
    r"month)|\boverdrawn by\b"
)


def _balances_only(folded: str, numbers: list[Number]) -> bool:
    """Whether every amount is a balance in a clause of its own: "maradt 1,8 millió a
    személyiből, 3 év van hátra" says what is owed and for how long, no payment."""
    return all(_BALANCE_IN_A_CLAUSE.search(folded, *_balance_clause(folded, n)) for n in numbers)


def _balance_clause(folded: str, number: Number) -> tuple[int, int]:
    breaks = _BALANCE_CLAUSE_BREAK.finditer(folded, 0, number.start)
    after = _BALANCE_CLAUSE_BREAK.search(folded, number.end)
    return max((m.end() for m in breaks), default=0), after.start() if after else len(folded)


#: Paid by the hour, or so much each time every two weeks, or paid by the week, said anywhere
#: in the message: no figure in it is a month's unless a month is named ("órabér 2400, heti 35
#: óra", "按小时算的, 一小时28", "每两周领一次, 每次900", "they pay weekly, last week was 410",
#: "hetente fizetnek, múlt héten 92 ezer", "按周结, 上周一千一").
_BY_ANOTHER_PERIOD = regex(
    r"\borab[eé]r\w*|按小时|按钟点|计时工资|"
    r"(?:每(?:两|2|三|3|四|4)(?:周|个?星期|个?礼拜)|(?:两|2|三|3|四|4)(?:周|个?星期|个?礼拜)一次)"
    r".{0,12}(?:每次|一次)|"
    r"\b(?:pay|pays|paid|paying|wages?|payslips?) (?:\w+ )?(?:weekly|fortnightly|by the week|"
    r"every (?:week|fortnight|two weeks|friday))\b|\bweekly (?:pay|wages?)\b|"
    r"\b(?:hetente|kethetente|heti|ketheti) (?:\w+ )?(?:fizet|utal|ber)\w*|"
    r"按周(?:结|发|算|付|给)|周结|日结"
)


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


def _one_payment_beside_its_loan(numbers: list[Number]) -> bool:
    """Whether the last figure is the one payment said, any other being the same or the loan's
    size ("babaváró 10 millió, havi 50 ezret"), not another debt's payment."""
    last = numbers[-1].value
    return last is not None and all(
        n.value == last or (n.value is not None and n.value >= 20 * last) for n in numbers
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

#: One person's amount said beside a household of several: "一个人一个月生活费1200, 家里四口
#: 人" (the household's is not said, nor whether the one is the cardholder's).
#: So too "一人一天三十, 家里三口": one a day, the household counted without "人".
_PER_PERSON_ZH = re.compile(
    r"(?:^|[^0-9一二两三四五六七八九十])(?:一个人|每个人|每人|人均|一人(?=一天|每天|一个?月|每月))"
)
_A_HOUSEHOLD_ZH = re.compile(
    r"[两三四五六七八九2-9](?:口人|口之家)|(?:家里|全家|一家|我们家)(?:有|是|共|一共)?"
    r"[两三四五六七八九2-9]口(?![气饭水子])"
)


#: Right after the payments said, the debt said to be cleared already, last in the message:
#: "以前有车贷每月2800, 上个月刚还清" (not one to be cleared: "还有三个月就还清了"; not
#: another item's: "房贷每月四千 车贷已经还完了").
_CLEARED_SINCE_ZH = re.compile(
    r"\W*(?:我|它|这笔|那笔)?(?:(?:上个?月|上周|去年|今年|前几天|前阵子|前段时间|最近|这个月)"
    r"(?:就|都)?)?(?:刚刚?|已经|早就|早都)(?:都)?(?:还清|结清|付清|还完)了?\W*$"
)


#: With no figure, the other debts named and said cleared long since: "网贷都是以前的, 早就结清了",
#: "the payday loans were ages ago, all paid off", "a személyi kölcsönt rég kifizettem": none now
#: (not one still being cleared: "还有三个月就还清了", "almost paid off").
_OTHER_DEBTS_CLEARED_LONG_AGO = regex(
    r"(?:\b(?:loans?|overdraft|catalogue|klarna|car finance|finance|store cards?|other cards?|"
    r"hitel\w*|kolcson\w*|folyoszamla\w*)\b[^0-9]{0,40}\b(?:(?:all|long|fully|already|"
    r"years ago|ages ago) )?(?:paid off|settled|cleared|(?:mar |reg |regen )?kifizett\w*|"
    r"(?:mar |reg |regen )?rendezt\w*|(?:mar |reg |regen )?torlesztett\w*)\b"
    r"(?! (?:next|in|by|soon|jovore|jovo)\b)|"
    r"(?:网贷|贷款|车贷|房贷|花呗|借呗|白条|信用贷|消费贷|月付|其他|其它|别的)[^0-9]{0,16}"
    r"(?:早就|早都|已经|(?:去年|前年|上个?月|前几年|几年前|以前|之前)(?:就|都)?|都|全|全部)(?:都)?"
    r"(?:还清|结清|付清|还完)了)"
)


#: Money grabbed in a chat group's red packets, a game of small change: "抢红包抢了8块8",
#: "今天抢了个红包3块5".
_A_RED_PACKET_GRABBED_ZH = re.compile(
    r"(?:抢(?:了)?(?:个|到(?:了)?|的)?红包|红包抢)(?:了)?(?:抢了)?(?:个)?"
    r"[0-9一二两三四五六七八九十百千万.]+(?:块|元|毛)?[0-9一二三四五六七八九]?"
)
#: A thing said to be another's or the work's, or an extra, then set aside with "不算": "相机镜头
#: 那些是干活用的, 不算", "进货的钱是摊子上的, 不算家里", "学校发的慰问金不算". It is no part of
#: the figure said beside, nor the figure left short of it ("1000 不算房租" still is).
_SET_ASIDE_BY_WHAT_IT_IS_ZH = re.compile(
    r"(?:(?<!不)(?:是|属于)[\u4e00-\u9fff]{1,8}?的(?:钱)? ?[,\uff0c]? ?(?:那些|那个|这个|这些)?不算"
    r"(?:家里的?|在内|进去|开销|收入)?(?:吧|啊)?|"
    r"(?:慰问金|过节费|红包|年终奖|考核奖|奖金|福利|过节礼)(?:也|都)?[,\uff0c]? ?不算"
    r"(?:在内|进去|收入)?(?:吧|啊)?)"
    # (not before the figure left, settled after it: see _TAKE_THIS_FIGURE_BEFORE)
    r"(?![,.!\s]{0,3}(?:那|那么)?就)"
)
#: Pay from two places said together: "美团这个月结了4300, 饿了么结了1900, 两个平台一起跑的",
#: "两家馆, 一家每月固定3000, 另一家这个月结了1850". This month's is no month beside a usual one
#: (see :data:`_THIS_MONTH_ZH`): the places' figures add up.
_TWO_PLACES_PAYING_ZH = re.compile(
    r"两(?:个|家)(?:平台|馆|店|单位|公司|地方|学校|工作)|一家[^.;!?\u3002]{0,16}另(?:一|外一)家|"
    r"两份(?:兼职|工作|工|活)"
)
_THIS_MONTH_ZH = re.compile(r"这个?月")
#: This month's bill of a debt, its payment, no month beside a usual one: "美团月付这月账单318,
#: 抖音月付126".
_THIS_MONTHS_BILL_ZH = re.compile(r"这个?月(?=的?(?:账单|要还|应还|还款))")
#: A mobile network's generation beside the plan it names: "4G net 6e", "5G套餐129", "5g sim".
_NETWORK_GENERATION = re.compile(
    r"(?<![0-9a-z.,])[2-6] ?g(?= ?(?:net\w*|internet|broadband|phone|mobile|plan|sim|contract|"
    r"router|wifi|mifi|data|elofizet\w*|mobilnet|套餐|流量|网|手机|卡))"
)
#: At income, this month's pay said to hold a payment that comes once: "这月到手6800 含补发2000",
#: "8,000 this month including back pay", "ebben a hónapban 380, benne van a 13. havi is". The
#: usual month is not said. (Of the pay itself, the part inside is no more pay: "工资3800, 含补发的
#: 1000" is 3800.)
_A_ONE_OFF_INCLUDED = regex(
    r"(?:含|包含|包括|里面有)(?:了)?(?:上个?月的?)?(?:补发|年终奖|年终|一次性)|"
    r"\bincluding (?:the |my |some |a )?(?:back ?pay|arrears|one-?off|annual bonus|"
    r"christmas bonus|year-?end bonus)\b|"
    r"\bbenne van (?:a |az )?(?:visszamenoleges|egyszeri|13\. havi|1[34]-?(?:es|as)? havi|"
    r"tizenharmadik|evvegi)"
)
#: At income, the own pay said only against another's: "两个人加起来九千, 我的比她多一千", "我比我
#: 老婆多挣一千" (the sum, the difference or the other's figure is no own month's pay).
_OWN_AGAINST_ANOTHERS_ZH = re.compile(
    r"我(?:的|自己的?)?(?:工资)?比(?:他|她|我?老公|我?老婆|我?爱人|对象|男朋友|女朋友)(?:的)?(?:工资)?"
    r"(?:多|少)|"
    # the other's said against the own: "跟我老公加起来一万 他挣得比我多", "我老婆工资比我高"
    r"(?:他|她|我?老公|我?老婆|我?爱人|对象)(?:的)?(?:工资)?(?:挣|赚|拿)?(?:得|的)?比我(?:的)?"
    r"(?:工资)?(?:挣|赚|拿)?(?:得|的)?(?:多|少|高|低)"  # "他比我挣得多"
)
#: At income, the figure said after it to be before tax, no figure after that: "收入六千五
#: 那是税前的 到手多少没注意", "七千二 这个是应发" (what comes in is not said).
_SAID_AFTER_TO_BE_GROSS_ZH = re.compile(
    r"(?:那|这)(?:个|些)?(?:是|都是|还是|只是)(?:税前|应发)(?:的|工资|收入)?"
    r"(?![^0-9]*[0-9])(?![^一二两三四五六七八九]*[一二两三四五六七八九][十百千万])"
)
#: At income, this month's pay said not to be known yet: "most még nem tudom", "this month I
#: don't know yet", "这个月还不知道".
_NOW_NOT_KNOWN_YET = regex(
    r"\bmost (?:meg )?(?:meg )?nem tudom\b|\bthis month i (?:don'?t|do not|dont) know\b|"
    r"(?:这个?月|现在)(?:还)?不(?:知道|清楚)"
)
#: At expenses, what comes in and what is left, the spending not said: "280 jön be, 60 marad",
#: "一个月进五千, 剩八百".
_IN_AND_LEFT = regex(
    r"\b(?:jon be|bejon|jon)\b[^0-9]{0,30}[0-9][^.!?]{0,20}\bmarad\b|"
    r"进(?:账)?[0-9一二两三四五六七八九十百千万.]+[^0-9]{0,8}剩(?:下)?(?:了)?[0-9一二两三四五六七八九十百千万]"
)
#: Said of an item paid by the quarter or the year, in English.
_A_QUARTER_OR_A_YEAR_EN = (
    r"(?:quarterly|a quarter|per quarter|every (?:3|three) months|twice a year|a year|per year|"
    r"yearly|annually)"
)
#: At expenses, an item paid by the quarter or the year with its figure, then "the rest" or
#: "everything else" with a month's: "water is 240 a quarter, the rest about 700", "council tax
#: 1,800 a year, everything else 900". The month's total, that item in it, is not worked out:
#: asked again.
_BY_THE_QUARTER_BESIDE_THE_REST_EN = re.compile(
    rf"(?:\b{_A_QUARTER_OR_A_YEAR_EN}\b[^.;!?0-9]{{0,30}}?[0-9]|"
    rf"[0-9][^.;!?0-9]{{0,12}}?\b{_A_QUARTER_OR_A_YEAR_EN}\b)"
    r"[^.;!?]{0,40}?\b(?:(?:all )?the rest|everything else)\b[^.;!?0-9]{0,25}?[0-9]"
)
#: The same in Hungarian, with "a többi": "a lakbért negyedévente fizetem, 330-at, a többi havi
#: 80", "a biztosítás évente 60, a többi 150".
_BY_THE_QUARTER_BESIDE_THE_REST_HU = re.compile(
    r"(?:\b(?:negyedevente|felevente|evente|negyedevi|felevi|evi)\b[^.;!?0-9]{0,30}?[0-9]|"
    r"[0-9][^.;!?0-9]{0,12}?\b(?:negyedevente|felevente|evente|egy evre|negyedevre)\b)"
    r"[^.;!?]{0,40}?\ba tobbi\b[^.;!?0-9]{0,25}?[0-9]"
)
#: At expenses, an item paid by the fill or a few times a winter: "oil is about 450 a fill,
#: twice a winter". Not a month's.
_A_FILL_OR_A_FEW_A_WINTER = regex(
    r"\b(?:a|per|each) fill\b|\b(?:twice|two fills|three times) a (?:winter|year)\b"
)
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
#: At the own proposal, a sum said per payday where pay comes weekly: "25 every payday, and I get
#: paid every Friday" (no month's amount).
_PER_PAYDAY_PAID_WEEKLY = regex(
    r"\b(?:every|each|per|a) payday\b.{0,60}\bpaid (?:every|each) (?:week|fortnight|friday|"
    r"thursday|monday|tuesday|wednesday|saturday|sunday|two weeks)\b|"
    r"\b(?:every|each|per|a) payday\b.{0,60}\b(?:paid|pay is) (?:weekly|fortnightly)\b"
)
#: A sum of parts typed with "+", the last part named without its amount: "3000+300+加班费",
#: "alap 250 + pótlékok" (not "+ 300"; "1,200 + tips" is a part, see :data:`PART_OF_IT`).
_A_PART_WITHOUT_AMOUNT = re.compile(
    r"(?<=[0-9千万百]) ?\+ ?[^0-9+\uff0c\u3002,;.!?一二两三四五六七八九十百千万]{1,10}$"
)


#: A payday loan with its repayment due on a day, no month said: the whole repaid at once, no
#: month's payment ("payday 400 due 28th", "payday loan, 250 due on the 1st").
_A_PAYDAY_LOAN_DUE_ONCE = regex(
    r"\bpayday(?: loan| lender)?\b(?![^.;]*\b(?:(?:a|per|each|every) month|monthly)\b)"
    r"[^.;]{0,30}?\bdue\b"
)
#: A sum owed once, due by a month, no month's payment said: "court fine 300 to be paid by
#: august", "the tax bill, 900 due by january".
_A_LUMP_DUE_BY_A_MONTH_EN = regex(
    r"^(?!.*\b(?:(?:a|per|each|every) month|monthly)\b)"
    r".*?\b(?:to be paid|paid|due|payable|to pay)(?: off| in full| back)? by (?:the end of )?"
    r"(?:jan|feb|march|apr|may|june?|july?|aug|sept?|oct|nov|dec)[a-z]*\b"
)
#: Spent since a day of a month to the day it is now, not a month's: "since the 1st of october
#: ive spent 1,630 and its the 20th of november now".
_SPENT_SINCE_A_DATE_EN = regex(
    r"\bsince (?:the )?[0-9]{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan|feb|march|apr|may|june?|july?|"
    r"aug|sept?|oct|nov|dec)[a-z]*\b[^.;]{0,20}\b(?:i'?ve|ive|i have|we'?ve|weve|we have) spent\b"
)
#: A figure thought of per four weeks, no month's said: "i think of it per 4 weeks, about 980".
_PER_FOUR_WEEKS_EN = regex(
    r"\b(?:per|each) (?:4|four) weeks?\b(?![^.;]*\b(?:(?:a|per|each|every) month|monthly|a mnth)\b)"
)
#: A figure said in its clause not to be really one's own, at the income question: "the 150
#: petrol allowance is for the van so its not really mine".
_A_FIGURE_NOT_REALLY_MINE_EN = regex(
    r"(?<![0-9.,])[0-9][0-9,.]*(?=[^.;!?0-9]{0,60}\b(?:so |but |and )?(?:it'?s|its|that'?s|"
    r"thats|it is|that is) not really mine\b)"
)


def _without_a_figure_not_really_mine_en(folded: str) -> str:
    """``folded`` without the figures said not to be really one's own, where another is said:
    "1,250 a month from the council job, the 150 petrol allowance is for the van so its not
    really mine" (alone, "150, its not really mine" stays to be asked again)."""
    found = list(_A_FIGURE_NOT_REALLY_MINE_EN.finditer(folded))
    blanked = _blanked(folded, *found)
    return blanked if found and _A_NUMBER_IN.search(blanked) else folded


#: That the cardholder has no work of their own: beside another's pay, no income of theirs is said
#: ("my husband earns 2000, i don't work", "a férjem 300-at keres, én nem dolgozom", "老公一个月
#: 七千, 我没工作").
_NO_WORK_OF_MY_OWN = regex(
    r"\bi (?:don'?t|do not|dont) work\b|\bi'?m not (?:working|in work)\b|"
    r"\bi have no (?:job|work)\b|"
    r"\bnem dolgozom\b|\bnincs munkam\b|我(?:不上班|没(?:有)?(?:工作|上班))|"
    # at home with the children: "én itthon vagyok a gyerekekkel", "i'm at home with the kids",
    # "我在家带孩子"
    r"\b(?:en )?(?:itthon|otthon) vagyok (?:a |az )?(?:gyerek|gyermek|kicsi|baba)\w*|"
    r"\bi'?m (?:at home|home) with (?:the|my) (?:kids|children|baby|little ones)\b|"
    r"我在家(?:带|看)(?:孩子|娃|小孩)"
)
#: Money given to the cardholder, their income though another's: "he gives me 400 a month" (not
#: handed over only to manage: "老公一个月八千交给我管" is the household's, his pay).
_GIVEN_TO_ME = regex(r"\bgives? me\b|\bad nekem\b|\bkapok\b|给我(?!管|保管|打理)")
#: A figure said right after a month's name: "jan 1500", "februárban 280", "2月4000" (not a day
#: of the month: "3月15号").
_A_MONTHS_FIGURE = (
    # (not "mar", "may": "már 250" is "already", "may be")
    r"(?:\b(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar\w*|februar\w*|"
    r"marcius\w*|aprilis\w*|majus\w*|junius\w*|julius\w*|augusztus\w*|szeptember\w*|"
    r"oktober\w*|november\w*|december\w*)\b|"
    r"(?<![个個每上下这這本当當])(?:十[一二]|[一二三四五六七八九十]|1[0-2]|[1-9])月(?:份)?)"
    r"\W{0,3}(?:(?:was|is|volt|是|发了|拿了)\W{0,2})?(?:[$€£¥] ?)?"
    r"[0-9一二三四五六七八九两](?![0-9]*[号號日])"
)
#: Two months each with its own figure: "jan 1500, feb 1800, march 1600", "1月3000, 2月4000":
#: figures of different months, no one month's, nor a sum.
_FIGURES_OF_SEVERAL_MONTHS = re.compile(rf"{_A_MONTHS_FIGURE}[^.;!?]*?{_A_MONTHS_FIGURE}")
#: Months of two kinds, each with its own figure: "about 700 in the months im on the boat and
#: 1,100 the months im home", "出海的月份七百 在家的月份一千一" (no one month's, nor a sum).
_A_KIND_OF_MONTH = (
    r"(?:\bthe months? (?:when |that )?(?:i'?m|im|i am|we'?re|were|it'?s|its|i|there'?s|he'?s|"
    r"she'?s)\b|的月份|那几个月)"
)
#: The other kind said with "when": "700 in the months im offshore, 1,100 when im home".
_THE_OTHER_KIND_OF_MONTH = (
    r"(?:\bwhen (?:i'?m|im|i am|we'?re|were|it'?s|its|he'?s|she'?s|they'?re|theyre)\b|"
    rf"{_A_KIND_OF_MONTH})"
)
_FIGURES_OF_KINDS_OF_MONTHS = regex(rf"{_A_KIND_OF_MONTH}[^.;!?]*?{_THE_OTHER_KIND_OF_MONTH}")
#: Spending said as a share of the pay, not worked out: "half of what i earn and i earn 1,900",
#: "a fizetésem felét, az 300", "工资的一半 我工资四千"; or the pay as a share of a past one:
#: "about 2 thirds of what i used to get which was 2,100".
_A_SHARE_OF_THE_PAY = regex(
    r"\b(?:half|a third|a quarter|two thirds|2 thirds|three quarters|3 quarters|[0-9]+ ?%|most) "
    r"of (?:what i (?:earn|get|make|take home|bring in|used to|did|was)|my (?:wages?|pay|salary|"
    r"income|pension|benefits?|earnings|old (?:wage|pay|salary)))\b|"
    r"\b(?:fizetesem|berem|nyugdijam|jovedelmem|keresetem) (?:felet|fele|harmadat|harmada|"
    r"negyedet|ketharmadat|nagy reszet|nagyobbik felet)\b|"
    r"(?:工资|收入|退休金|薪水|工钱)的(?:一半|三分之[一二]|四分之[一三]|大半|一大半|大部分|"
    r"[一二三四五六七八九]成)|"
    r"(?:以前|原来)的(?:一半|三分之[一二]|四分之[一三])"
)
#: A loss made, no income: "这个月不但没赚 反倒贴了两千", "made a loss of 300 this month", "50
#: ezret ráfizettem".
_A_LOSS = regex(
    r"倒贴|亏了|赔了|亏损|亏本|赔本|\bmade a loss\b|\bat a loss\b|\bin the red\b|"
    r"\blost (?:about |around |roughly )?(?:[$€£] ?)?[0-9]|\b(?:a )?loss of\b|"
    r"\brafizet\w*|\bveszteseg\w*|\bminuszban\b|\bbuktam\b"
)
#: Spending said only against the pay: "kevesebb mint a nyugdíjam, az 198", "less than my
#: pension which is 900", "比我退休金少 退休金三千" (how much less is not said).
_AGAINST_THE_PAY = regex(
    r"\b(?:less|more|lower|higher) than (?:my|the|what) (?:\w+ ){0,2}(?:pension|wages?|pay|income|"
    r"salary|benefits?|earn|get)\b|\b(?:less|more) than i (?:bring in|earn|get|make)\b|"
    r"\b(?:kevesebb|tobb|alacsonyabb|magasabb) mint (?:a |az |amit )?(?:[0-9]+ ?(?:ezres )?)?"
    r"(?:nyugdij|fizetes|ber|"
    r"jovedelm|kereset|keresek|kapok)\w*|"
    r"比(?:我的?)?(?:退休金|工资|收入|养老金)(?:要|还)?(?:少|多|低|高)"
)
#: The figure left to work out, or said only against another: "3 kids 2 dogs 1 car, you do the
#: maths", "closer to a thousand than nine hundred", "开销就是我收入减去两千", "其他的跟房租差不多",
#: "他说一万 我觉得没有那么多", "it was 1,150 last year, havent looked since".
_LEFT_TO_WORK_OUT = regex(
    r"\byou do the maths?\b|\bdo the maths? yourself\b|\bszamold ki\b|(?:你们?)?自己算(?:吧)?|"
    r"\bcloser to\b[^.;!?]{0,40}\bthan\b|"
    r"\b(?:my )?(?:income|wages?|pay|salary|earnings) (?:minus|less)\b|\bwhat i (?:earn|get) "
    r"(?:minus|less)\b|\b(?:a )?(?:fizetesem|nyugdijam|jovedelmem) minusz\b|"
    r"(?:收入|工资|退休金)(?:减去|减掉|扣掉|减(?!半))|其他的?(?:跟|和)[^,\uff0c\u3002]{1,4}差不多|"
    r"(?:我觉得|我感觉)(?:没有|没)(?:那么|这么)多|"
    r"\bi (?:don'?t|dont) think (?:it'?s|its) that (?:much|high)\b|"
    r"\bszerintem nincs (?:ennyi|annyi)\b|"
    r"\b(?:haven'?t|havent|not) (?:looked|checked)(?: at it)? since\b|"
    # a part of it one-off, an order of magnitude, not worked out: "但是有一千是过年买的年货",
    # "háromszázas nagyságrend", "开销算不清"
    r"(?:但是?|不过|其中)有[0-9一二两三四五六七八九十百千万]+(?:块)?是|\bnagysagrend\w*|算不清"
)
#: The pay said before tax, no take-home beside it: "my payslip says 2,230 but i think thats
#: before tax".
_SAID_BEFORE_TAX = regex(r"\b(?:that'?s|thats|that is|its|it'?s|which is) (?:before|pre)[- ]tax\b")
#: Spent since a holiday or a month named, months ago: "since christmas about 4,500 has gone out".
_SINCE_A_HOLIDAY = regex(
    r"\bsince (?:christmas|xmas|new year|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b(?![^.;!?]*\b(?:a|per|each|every) month\b)|"
    r"\b(?:karacsony|szilveszter|januar|februar) ota\b|(?:过年|春节|元旦)(?:以来|到现在)"
)
#: Asked whether a figure counts, not answered: "does the 120 i give my mum count as essential
#: or not?", "a 20 ezer amit anyámnak adok, az beleszámít?", "给我妈的五百算不算开销?". After
#: "is" or "do" the question mark is looked for first: the eighty characters after each were
#: read for "count" in every message.
_ASKED_IF_IT_COUNTS = regex(
    r"\b(?:does|do|should|would|can|could|is|are)\b(?=[^.!?]*\?)[^.!?]{0,80}\b(?:count|counted|counts|"
    r"included|include|essential|go in|put (?:it|that|them) in)\b[^.!?]{0,40}\?|"
    r"\b(?:beleszamit|beleszamol|beszamit|szamit bele|szamoljam|szamolom bele|kell bele|"
    r"szamit(?:sak|ok)? bele)\w*[^.!?]{0,30}\?|"
    r"算不算|要不要[^,\uff0c\u3002?\uff1f]{0,20}算|算进去吗|要算吗|包括吗|算在内吗"
)
#: Two sources with their figures, which is right not known: "a füzetem szerint 188, az app
#: szerint 214, fogalmam sincs melyik a jó", "not sure which one is right".
_WHICH_FIGURE_IS_RIGHT = regex(
    r"\b(?:fogalmam sincs|nem tudom|nem tudni),? (?:hogy )?melyik (?:a jo|a helyes|az igaz|"
    r"stimmel|a pontos)\b|"
    r"\b(?:not sure|(?:i )?(?:don'?t|dont|do not) know|no idea) which (?:one |figure )?is "
    r"(?:right|correct)\b"
)
#: A figure of a season only, in Hungarian: "fűtésszezonban 250, most még nem fűtünk", "tanév
#: közben 210 körül, a szünetben jóval kevesebb" (the rest of the year not said; an average of
#: the year said is one: "nyáron több, télen kevesebb, de átlagban ennyi").
_A_SEASONS_FIGURE_HU = regex(
    r"\b(?:futes(?:i )?szezon|tanev kozben|tanitasi idoszak|iskolaidoszak|szezonban|"
    r"a teli honapokban|a nyari honapokban)\w*\W{1,3}(?:\w+\W{1,3}){0,2}[0-9](?!.*\batlag)"
)
#: The figure said on paper, really more or less: "papíron 180, de valójában sokkal több megy el".
_REALLY_MORE_OR_LESS_HU = regex(
    r"\b(?:valojaban|igazabol|a valosagban|valojaban pedig)(?: (?:joval|sokkal|kicsit|egy "
    r"kicsit|meg))? (?:tobb|kevesebb)\b(?![^0-9]*[0-9])"
)
#: A whole for two or three, the others putting in more, the own part unsaid: "kettőnknek 280,
#: de a párom többet keres, ő többet is tesz bele".
_A_WHOLE_SHARED_UNEVENLY_HU = regex(
    r"\b(?:kettonknek|kettonkre|harmunknak|harmunkra|negyunknek|negyunkre)\b[^.;!?]*"
    r"\b(?:tobbet|kevesebbet) (?:is )?(?:tesz|rak|ad|fizet|dob)\w*"
)
#: A whole of two things, not split: "a kocsi költségei meg a háztartás együtt 420, hogy melyik
#: mennyi, azt nem választom szét".
_A_WHOLE_NOT_SPLIT_HU = regex(
    r"\bhogy melyik (?:mennyi|mennyibe kerul)\b|"
    r"\bnem (?:tudom |valasztom |bontom |szedem )?szet(?:valaszt|bont|szed)?\w*"
)
#: Another's figure, the own not known: "anyám kiadásai 140 körül, hogy nekem mennyi, azt nem
#: tudom".
_OWN_NOT_KNOWN_HU = regex(
    r"\b(?:nekem|az enyem|az en reszem) (?:mennyi|hany)\W{0,3}(?:azt |az )?"
    r"(?:nem tudom|fogalmam sincs|nem tudni)\b"
)
#: A month's spending that takes in a new purchase: "312 ment ki, de abban benne van az új
#: mosógép is".
_A_PURCHASE_TAKEN_IN_HU = regex(r"\b(?:abban|ebben|benne) (?:benne )?(?:van|volt) (?:az? )?uj\b")
#: A part of the pay that will not come again: "250, de ebből 30 volt a túlóra, ami most nem
#: lesz".
_A_PART_NOT_AGAIN_HU = regex(
    r"\bebbol\b[^.;!?]{0,50}\b(?:ami|az) (?:most|ezutan|tobbet|a jovoben) (?:mar )?"
    r"nem (?:lesz|jon)\b"
)
#: Something now and then on top of the pay, without a figure: "fix 236 nettó, meg néha egy-egy
#: magánmegbízás".
_NOW_AND_THEN_ON_TOP_HU = regex(
    r"\b(?:meg|plusz|es) (?:neha|idonkent|alkalmankent)\b(?![^0-9]*[0-9])"
)
#: An item said as a multiple of another, not worked out: "a kaja a rezsi duplája, a
#: rezsi 45", "a benzin a lakbér kétszerese" (not "fele": the own half).
_AN_ITEM_AS_A_MULTIPLE_HU = regex(
    r"\b(?:a|az) \w+ (?:duplaja|ketszerese|haromszorosa|negyszerese)\b(?! ?[0-9])"
)
#: A figure of the best case only, said to be rare: "ha minden jól megy 180, de ritkán megy jól".
_A_BEST_CASE_ONLY_HU = regex(
    r"\bha minden (?:jol|rendben|jol) (?:megy|alakul|sikerul)\b[^.;!?]{0,40}\bde "
    r"(?:ritkan|nem mindig|sosem|soha|az ritka)\b"
)
#: The money said runs out within days or weeks: "a 150 kb 2 hét alatt elfogy" (what is spent
#: in a month is not said).
_RUNS_OUT_WITHIN_HU = regex(r"\b(?:het|nap)\w* alatt (?:el ?)?fogy\w*")
#: A month's figure said with words between, for two months of the round 36 kind: "januárban
#: 180, februárban meg már 260" (no one month's, nor a sum).
_A_MONTHS_FIGURE_WITH_WORDS_HU = (
    r"\b(?:januar|februar|marcius|aprilis|majus|junius|julius|augusztus|szeptember|oktober|"
    r"november|december)\w*\W{1,3}(?:(?:meg|pedig|mar|is|volt|csak|kb|kozel) ){0,3}[0-9]"
)
_TWO_MONTHS_FIGURES_HU = regex(
    rf"{_A_MONTHS_FIGURE_WITH_WORDS_HU}[^.;!?]*?{_A_MONTHS_FIGURE_WITH_WORDS_HU}"
)
#: The last few months listed, one figure each, left to work out: "az utolsó három hónap: 190,
#: 240, 205", "az elmúlt 3 hónapban 180, 210".
_THE_LAST_MONTHS_LISTED_HU = regex(
    r"\b(?:utolso|elmult|legutobbi) (?:ket|harom|negy|ot|hat|[2-6]) honap\w*\W{1,3}"
    r"[0-9]+\W{1,3}(?:es |meg )?[0-9]"
)
#: A range of hundreds said short, the first without its hundred: "két és háromszáz között"
#: (spelled out by then as "ket es 300"), "három és négyszáz".
_HUNDREDS_RANGE_SAID_SHORT_HU = regex(
    r"\b(?:ket|harom|negy|ot|hat|het|nyolc|kilenc) (?:es|vagy) [2-9]00\b"
)
#: A figure with a part unsaid left on top: "kétszázhúsz meg egy kis apró", "190 plusz pár
#: apró", "szóval kb 200 vagy több" (how much is not said, also after a figure settled on).
_SOME_CHANGE_ON_TOP_HU = regex(
    r"\b(?:meg|plusz|es|and) (?:egy )?(?:kis|kicsi|par) (?:apro|aprot|apropenz|valami)\b"
    r"(?![^0-9]*[0-9])|"
    r"(?<=[0-9]) (?:vagy|esetleg) (?:annal is |akar |meg )?tobb\b(?![^0-9]*[0-9])"
)
#: A figure of before, now much more or less, how much not said: "egyedül 140 lenne, de most
#: itt lakik a lányom, azóta sokkal több".
_NOW_MUCH_MORE_HU = regex(
    r"\b(?:azota|most|mostanaban|mar) (?:sokkal|joval|jocskan|lenyegesen) (?:tobb|kevesebb)\b"
    r"(?![^0-9]*[0-9])"
)
#: A figure as a share of another, not worked out: "táppénzen vagyok, az a 60%-a", "több mint
#: a fele a fizetésemnek, ami 280".
_A_SHARE_NOT_WORKED_OUT_HU = regex(
    r"\b(?:az|annak|ennek|abbol) (?:a |az )?[0-9]{1,2} ?(?:%-?|szazalek)(?:a|at|e|et)\b"
    r"(?![^0-9]*[0-9])|"
    r"\b(?:tobb|kevesebb) mint a (?:fele|harmada|negyede|ketharmada)\b"
)
#: Spending said to be what comes in, the income not the answer: "a kiadásunk annyi, amennyi
#: bejön"; what one spends not known beside the pay: "hogy mennyi azt nem tudom, a fizum 260".
_AS_MUCH_AS_COMES_IN_HU = regex(
    r"\bannyi,? amennyi (?:bejon|jon|van|befolyik|kapunk|kapok|keresunk|keresek)\b|"
    r"\bhogy mennyi,? (?:azt |az )?(?:nem tudom|fogalmam sincs|nem tudni)\b"
)
#: The own part, another's said to be as much, the whole not worked out: "az unokára meg rám kb
#: ugyanannyi megy el, a rám eső rész 90".
_ANOTHERS_AS_MUCH_HU = regex(r"\bugyanannyi (?:megy|jut|kell|koltodik|fogy)\b")
#: A bill every other month, its figure not said: "minden második hónapban jön a vízszámla, a
#: többi havonta 190".
_A_BILL_EVERY_OTHER_MONTH_HU = regex(
    r"\bminden (?:masodik|harmadik|negyedik) honap\w*\b[^0-9.;!?,]*[,.;]"
)
#: A bill that comes every few months, its last figure said beside the month's items, not
#: spread over the months: "a rezsit 3 havonta számlázzák, legutóbb 87 volt, albi 120",
#: "negyedévente jön a víz, múltkor 30 volt" ("3 havonta" may already read "tobbhavonta").
_A_FEW_MONTHS_BILLS_LAST_FIGURE_HU = regex(
    r"(?:\btobbhavonta|\b[2346] ?havonta|\bketha\w*havonta|\bharomhavonta|\bnegyedevente|"
    r"\bfelevente)\b[^.;!?]{0,60}?\b(?:legutobb|multkor|utoljara|az utolso)\b[^.;!?0-9]{0,20}"
    r"[0-9]"
)
#: An item of half a year or a year said beside the month's, not worked out: "félévente új
#: cipő, az 30, plusz havi 170 az alap".
_A_YEARS_ITEM_BESIDE_THE_MONTHS_HU = regex(
    r"\b(?:felevente|negyedevente|evente|ketevente)\b[^.;!?]{0,60}?[0-9][^.;!?0-9]{0,20}?"
    r"\b(?:plusz|meg|es|and) havi\b"
)
#: A figure with its tens or units unsaid: "tizen-valahány ezret", "huszonvalahány".
_SOME_UNITS_UNSAID_HU = regex(r"(?<![0-9])[0-9]+ ?-? ?valahany\w*")
#: An offer only when money comes in now and then: "amikor kutya jön, abból félreteszek 2 ezret".
_ONLY_WHEN_IT_COMES_HU = regex(
    r"\bamikor\b[^.;!?]{0,30}\b(?:jon|van|bejon|kapok)\w*\W{1,3}(?:abbol|akkor|azbol)\b"
)
#: A share of the own pay, then the pay's figure, not the share's: "a nyugdíjam 80%-a, a
#: nyugdíj meg 190" (a share with its own figure, "a fizum 90%-a, kb 250", is read).
_A_PAY_SHARE = r"(?:fizetes|fizu|ber|nyugdij|jovedelm|kereset)\w*"
_A_SHARE_OF_THE_PAY_HU = regex(
    rf"\b{_A_PAY_SHARE} [0-9]{{1,3}} ?(?:%-?|szazalek)(?:a|at|e|et|ka|kat)\b[^.;!?0-9]{{0,25}}"
    rf"\b{_A_PAY_SHARE}(?: (?:meg|pedig|is|kb|ugye))? [0-9]"
)
#: All the money running out by a day of the month: "20-ra mindig elfogy az egész 250",
#: "15-re elfogy", "mindig elfogy mind a 230" (what a month takes is not said, the day is no
#: money).
_RUNS_OUT_BY_A_DAY_HU = regex(
    r"(?<![0-9])[0-9]{1,2}-?(?:ra|re|ara|ere|aig|eig|ig)\b[^.;!?0-9]{0,20}\b(?:el)?fogy|"
    r"\b(?:el)?fogy(?: el)? (?:az egesz|mind a|mind az)\b"
)
#: One time one figure, another time another: "egyszer 140, máskor 210", "hol 150, hol 200".
_ONE_TIME_ANOTHER_TIME_HU = regex(
    r"\begyszer\W{1,3}[0-9][^.;!?]{0,30}?\bmaskor\W{1,3}[0-9]|"
    r"\bhol [0-9][^.;!?0-9]{0,15}\bhol [0-9]"
)
#: A figure said roughly, then leaning below or above it: "250 körül, inkább alatta", "kb 300,
#: inkább több" (how far is not said).
_LEANING_OFF_THE_FIGURE_HU = regex(
    r"\binkabb (?:alatta|folotte|felette|kevesebb|tobb|alacsonyabb|magasabb)\b(?![^0-9]*[0-9])"
)
#: A debt's total said, its monthly payment said not to be known: "1,2 millió a hitel, a havi
#: részletet nem tudom", "nem tudom, mennyi a havi törlesztő".
_MONTHS_PAYMENT_NOT_KNOWN_HU = regex(
    r"\bhavi (?:reszlet|torleszt|befizet)\w*,? (?:(?:azt|pedig|meg) )?(?:nem tudom|nem tudjuk|"
    r"fogalmam sincs|nem emlekszem)\b|"
    r"\b(?:nem tudom|fogalmam sincs),? (?:hogy )?mennyi (?:a )?havi (?:reszlet|torleszt)"
)
#: A figure said if an item is left out, the item's own not said: "kétszázhúsz, ha az autót
#: nem számolom" (the item is spent on too).
_IF_AN_ITEM_NOT_COUNTED_HU = regex(
    r"\bha (?:a |az )?\w+(?: \w+)? nem (?:szamolom|szamitom|szamoljuk|szamitjuk)\b"
    r"(?![^.;!?0-9]*[0-9])"
)
#: Only one item known, the rest with another: "én csak annyit tudok, hogy a lakbér 130",
#: "csak azt tudom, hogy a rezsi 40".
_ONLY_ONE_ITEM_KNOWN_HU = regex(r"\bcsak (?:annyit|azt)(?: tudok| tudom)?,? hogy\b")
#: A trip's price said beside how many trips a month, not worked out: "havonta 6 napot járok
#: be, egy út oda-vissza 2400".
_A_TRIPS_PRICE_HU = regex(
    r"\b(?:havonta|havi|egy honapban) [0-9]{1,2}(?: ?x| ?-?szor| \w+)[^.;!?]{0,60}?"
    r"\begy (?:ut|utazas|menet|alkalom|jegy|kor)\b"
)
#: An offer for now and another for after: "a táppénz alatt 5 ezret, utána 12-t" (which one?).
_NOW_AND_AFTER_HU = regex(
    r"\balatt\b[^.;!?]{0,30}?[0-9][^.;!?]{0,25}?\butana\b[^.;!?0-9]{0,10}[0-9]"
)
#: The month's spending said only as a ceiling: "legfeljebb 200 egy hónapban" (how much below
#: is not said; of an offer, "legfeljebb 15 ezret tudok", the ceiling is the offer).
_A_CEILING_OF_THE_MONTH_HU = regex(r"\blegf[eo]ljebb (?:kb\.? |olyan )?[0-9]")
#: A figure said as reached at least, with "is": "megvan az 300 is simán", "a 250 is megvan"
#: (how much more is not said).
_AT_LEAST_THAT_MUCH_HU = regex(
    r"\bmegvan (?:az? )?[0-9]+(?: ?ezer\w*)? is\b|"
    r"(?<![0-9.,])[0-9]+(?: ?ezer\w*)? is megvan\b"
)
#: A figure of a dear season, the usual month's said to be less: "karácsonykor 400 is elmegy,
#: rendes hónapban kevesebb" (the usual month's figure is not said).
_A_DEAR_SEASON_THE_USUAL_LESS_HU = regex(
    r"(?<![0-9.,])[0-9]+(?: ?ezer\w*)? is (?:el ?megy|megy el|kell|elfogy)\b[^!?]{0,40}"
    r"\bkevesebb\b"
)
#: The spending said as (nearly) all of the pay, or as the pay less a little unsaid: "szinte az
#: egész 240-es fizum elmegy", "a 240-ből alig marad valami" (what is spent is not said).
_ALL_OF_THE_PAY_SPENT_HU = regex(
    r"\b(?:szinte|majdnem|gyakorlatilag|kb) (?:az )?egesz [0-9]+(?:-?[aeo]s| ?ezres)? "
    r"(?:fizu|fizetes|ber|nyugdij|jovedelm)\w*|"
    r"(?<![0-9.,])[0-9]+(?: ?ezer)?-?b[oe]l alig marad\b(?![^0-9]*[0-9])"
)
#: The spending said as a fraction of the pay, the pay's figure said: "a kiadás a fizetésem
#: kétharmada, a fizu 270"; an item said as a fraction of the whole: "a rezsi 23, az kb a
#: tizede az összesnek" (neither is worked out).
_A_FRACTION_OF_THE_PAY_HU = regex(
    rf"\b{_A_PAY_SHARE} (?:kb |kozel |majdnem )?(?:fele|harmada|ketharmada|negyede|"
    rf"haromnegyede)\b[^.;!?0-9]{{0,25}}\b{_A_PAY_SHARE}(?: (?:meg|pedig|is|kb|ugye))? [0-9]|"
    r"\b(?:kb |kozel |majdnem )?(?:a )?(?:fele|harmada|negyede|otode|tizede) "
    r"(?:az? )?(?:osszes|egesz|teljes)\w*\b(?![^0-9]*[0-9])"
)
#: A share of another's pay or pension, then the other's figure: "az uram nyugdíjának
#: 30%-a, ő 240-et kapott"; as much as another, nearly, with the other's figure: "szinte
#: ugyanannyi, mint a párom, ő 280-at visz haza" (the own is not worked out).
_ANOTHERS_FIGURE_FOR_THE_OWN_HU = regex(
    r"\b\w+(?:anak|enek) [0-9]{1,3} ?(?:%-?|szazalek)(?:a|e|at|et)\b[^.;!?0-9]{0,15}"
    r"\bo (?:meg |pedig |kb )?[0-9]|"
    r"\b(?:szinte|majdnem|kb|nagyjabol|korulbelul) ugyanannyi,? mint (?:a |az )?\w+\b"
    r"[^.;!?0-9]{0,15}\bo (?:meg |pedig |kb )?[0-9]"
)
#: A count of bills with no figure of theirs: "a csekkek 7 db, a kaja 60" (what they come to
#: is not said).
_A_COUNT_OF_BILLS_HU = regex(r"\b(?:csekk|szamla)\w* (?:kb )?[0-9]{1,2} ?(?:db|darab)\b")
#: A figure for one kind of week in a rota: "a délutános héten kb 50 megy el, a délelőttösön
#: 40" (weeks of two kinds, no month's worked out).
_A_WEEK_OF_A_ROTA_HU = regex(
    r"\b(?:delutanos|delelottos|ejszakas|nappalos|hetvegi|paros|paratlan) "
    r"(?:heten|hetben|hetekben|hetre)\b"
)
#: An item named last with no figure of its own: "kb 50 a kaja egy héten, 4 hét az 200, meg
#: az albi" (what the item costs is not said).
_AN_ITEM_NAMED_LAST_UNPRICED_HU = regex(
    r"\b(?:meg|plusz) (?:az? )?(?:albi|alberlet|lakber|rezsi|kaja|benzin|csekkek|szamlak)\w*"
    r"\W*$"
)
#: How much said not to be known, no figure after: "itthon kevesebb lesz, de még nem tudom
#: mennyit"; the other items not known: "a csekkek átutalással mennek, azokat nem tudom".
_HOW_MUCH_NOT_KNOWN_AFTER_HU = regex(
    r"\bnem tudom,? (?:meg |meg nem |pontosan )?(?:hogy )?mennyi\w*\b(?![^0-9]*[0-9])|"
    r"\bazokat (?:meg )?(?:nem tudom|fogalmam sincs)\b(?![^0-9]*[0-9])"
)
#: A day's figure left to be multiplied: "egy nap kb 7 ezer, azt szorozza be".
_LEFT_TO_MULTIPLY_HU = regex(r"\b(?:szorozza|szorozd|szorozzak|szorozzuk)\b")
#: A figure of the usual time, now the time that differs: "a gyakorlat alatt kevesebb, amúgy
#: kb 90. most épp gyakorlaton vagyok" (now's figure is not said).
_NOW_THE_OTHER_TIME_HU = regex(
    r"\bakkor (?:kevesebb|tobb)\b[^!?]{0,60}\bmost (?:epp|eppen|pont|is)\b"
)
#: A debt's payment said as a share of the debt, not worked out: "havi 3%-ot kell fizetnem a
#: 400 ezres tartozásra".
_A_SHARE_OF_THE_DEBT_HU = regex(
    r"\b[0-9]{1,2}(?:[.,][0-9])? ?(?:%-?|szazalek)(?:ot|at)\b[^.;!?]{0,40}"
    r"\b(?:tartozas|hitel|adossag|tartozo)\w*"
)
#: An offer said as what clears the debt in a time, not worked out: "annyit, hogy 2 év alatt
#: meglegyen, a tartozás 240".
_ENOUGH_TO_CLEAR_IN_A_TIME_HU = regex(
    r"\bannyit,? (?:hogy|amivel)\b[^.;!?]{0,30}\b(?:ev|honap)\w* alatt\b"
)
#: A figure said as only brushed or neared: "a kétszázat súrolja", "közelíti a 180-at" (how far
#: below it is not said).
_ONLY_NEARED_HU = regex(
    r"(?<![0-9.,])[0-9]+(?: ?ezer\w*)?(?:-?[aeo]?t)? (?:mar )?(?:surol|kozelit|megkozelit)\w*|"
    r"\b(?:surolja|kozeliti|megkozeliti) (?:mar )?(?:a |az )?[0-9]"
)
#: A figure of the other times only, beside a stretch spent otherwise: "a szüret alatt alig
#: költök, máskor 160", "nyáron a táborban lakom, olyankor semmi, egyébként 150" (which month
#: is meant is not said).
_THE_OTHER_TIMES_FIGURE_HU = regex(
    r"\bolyankor\b[^.;!?0-9]{0,40}\b(?:maskor|egyebkent|amugy|kulonben)\b\W{0,3}"
    r"(?:(?:meg|pedig|kb|olyan) )?[0-9]"
)
#: Paid or spent every few days, by the ten days: "minden 10. napon tankolok 15 ezerért",
#: "dekádonként kapok előleget, 70-et", "tíznaponta 20" (no month's figure is said).
_EVERY_FEW_DAYS_HU = regex(
    r"\bminden (?:[2-9]\.? ?|1[0-9]\.? ?| {2,4})(?:napon|heten)\b|\bdekadonkent\b|"
    r"\b(?:tiz|[0-9]{1,2}) ?naponta\b"
)
#: The figure of before a change, now's not known: "a válás előtt ketten 400, most egyedül...
#: még nem tudom" (the past figure is no answer).
_BEFORE_A_CHANGE_NOW_NOT_KNOWN_HU = regex(
    r"\belott\b[^.;!?]{0,30}[0-9][^!?]{0,50}\bmost\b[^0-9]{0,40}\b(?:meg )?nem tudom\b"
    r"(?![^0-9]*[0-9])"
)
#: The spending as a fraction of the pay typed with a slash, the pay's figure said: "a kiadás a
#: fizetésem 3/4-e, a fizu 280" (the fraction is blanked as no amount before this is looked at,
#: so the gap it leaves is what is matched).
_A_FRACTION_TYPED_OF_THE_PAY_HU = regex(
    rf"\b{_A_PAY_SHARE} {{4,}}\W{{0,3}}(?:a |az )?{_A_PAY_SHARE}(?: (?:meg|pedig|is|kb|ugye))? "
    r"[0-9]"
)
#: An item given a question mark for its figure: "albérlet 130 + rezsi 35 + kaja ? = ...",
#: "rent 600, food ??" (the item's figure is not known).
_AN_ITEM_PRICED_WITH_A_QUESTION_MARK = regex(r"(?<=[^\W\d]) \?+ ?(?:[=+,;]|\.\.\.|$)")
#: A figure doubted as another month's: "210... vagy az a szeptemberi volt? októberben több".
_DOUBTED_AS_ANOTHER_MONTHS_HU = regex(
    r"\bvagy (?:az|ez) (?:a |az )?(?:januar|februar|marcius|aprilis|majus|junius|julius|"
    r"augusztus|szeptember|oktober|november|december|multi|tavalyi|elozo)\w* volt\b"
)
#: A figure corrected to another, then the other said not known either: "kétszáz... nem,
#: száz... nem tudom", "150, nem, 180... fogalmam sincs" (no figure said after it).
_A_CORRECTION_THEN_NOT_KNOWN_HU = regex(
    r"\bnem\W{1,4}(?:inkabb )?(?:[0-9][0-9 .,]*|[a-z]*(?:szaz|ezer|tiz|husz|harminc|negyven|"
    r"otven|hatvan|hetven|nyolcvan|kilencven)[a-z]*)\W{1,5}(?:nem tudom|fogalmam sincs|"
    r"nem emlekszem)\b(?![^0-9]*[0-9])"
)
#: A figure in another currency, the forints not known: "200 euró körül, forintban nem tudom".
_THE_FORINTS_NOT_KNOWN_HU = regex(
    r"\b(?:forintban|ft-?ban|huf-?ban) (?:meg )?(?:nem tudom|fogalmam sincs|nem tudnam)\b"
)
#: A day's spending out of a day's pay, no month's: "naponta 15 ezret kapok és ebből napi
#: 4-et elköltök" (neither is the month's).
_A_DAYS_SPENDING_HU = regex(
    r"\bnapi (?:kb )?[0-9]+(?: ?ezer\w*)?(?:-?[aeo]?t)? (?:el ?koltok|koltok el|megy el|"
    r"el ?megy|el ?kolt\w*)\b"
)
#: An item said as a multiple of another, roughly, with "kb": "albi 115, a rezsi meg a kaja
#: együtt kb a duplája" (not worked out).
_ROUGHLY_A_MULTIPLE_HU = regex(
    r"\b(?:kb|nagyjabol|korulbelul|olyan|majdnem) (?:a |az )?(?:duplaja|ketszerese|"
    r"haromszorosa|negyszerese)\b(?! ?[0-9])"
)
#: A starting figure, the own said to be more or less, no figure after: "a kezdő 250, én 7 éve
#: vagyok ott, szóval több" (how much more is not said).
_SO_MORE_OR_LESS_HU = regex(
    r"\b(?:szoval|tehat|igy|vagyis|ugyhogy) (?:(?:annal|ennel|valamivel|kicsit|joval|jocskan) )?"
    r"(?:tobb|kevesebb)\b(?![^0-9]*[0-9])"
)
#: Now's figure said only against a past one, whose figure is said: "a nyugdíjam kevesebb, mint
#: a fizetésem volt, az 320" (how much less is not said).
_LESS_THAN_A_PAST_PAY_HU = regex(
    r"\b(?:kevesebb|tobb|alacsonyabb|magasabb),? mint (?:a |az )?(?:regi )?(?:nyugdij|fizetes|"
    r"fizu|ber|jovedelm|kereset)\w* volt\W{1,3}(?:az|ami|ez) (?:volt )?(?:kb )?[0-9]"
)
#: An item on top of the pay whose figure is not known: "a fizu 240, meg a családi pótlék 3
#: gyerek után, azt nem tudom pontosan".
_AN_ITEM_ON_TOP_NOT_KNOWN_HU = regex(
    r"\b(?:meg|plusz|es) (?:a |az )?[^.;!?0-9]{0,40}(?:[0-9]{1,2} [^.;!?0-9]{0,25})?,? "
    r"(?:de )?azt (?:meg )?(?:nem tudom|fogalmam sincs)(?: pontosan)?\b(?![^0-9]*[0-9])"
)
#: A figure and an item after it with no figure of its own, all the answer: "145 meg a kutya
#: kajája", "200 plusz a benzin" (what the item adds is not said).
_A_FIGURE_AND_AN_UNPRICED_ITEM_HU = regex(
    r"^(?:kb\.? |olyan |ugy )?[0-9]+(?: ?ezer\w*)?,? (?:meg|plusz) (?:a |az )?[a-z]+"
    r"(?: [a-z]+){0,2}\W*$|"
    # "+" for "plusz", the item said not bought yet: "100 körül + a tűzifa, azt még nem vettük"
    r"^(?:kb\.? |olyan |ugy )?[0-9]+(?: ?ezer\w*)?(?: korul| kb\.?)?,? ?\+ (?:a |az )?[a-z]+,? "
    r"(?:azt|az|ami) (?:meg )?nem\b(?![^0-9]*[0-9])"
)
#: An item as a count of another's month, not worked out: "kb két havi albérletnyi", "három
#: rezsinyi" (the "-nyi" of "so much as").
_AS_MUCH_AS_SO_MANY_ITEMS_HU = regex(
    r"\b(?:ket|harom|negy|masfel|[2-4]) (?:havi )?(?:alberlet|albi|lakber|rezsi|fizetes|fizu|"
    r"nyugdij|ber)\w*nyi\b"
)
#: The own a share or a multiple of another's: "kb fele annyi, mint a feleségemé, ő 300-at
#: költ", "kétszer annyi, mint a bátyámé" (another's figure, the own not worked out).
_A_SHARE_OF_ANOTHERS_HU = regex(
    r"\b(?:fele|harmada|negyede|ketszer|haromszor|dupla) annyi,? mint (?:a |az )?\w+e\b"
)
#: The rest of the month said to come as it comes, or not known: "a bérlet 8950, a többi meg
#: ahogy jön", "a többi változó".
_THE_REST_AS_IT_COMES_HU = regex(
    r"\ba tobbi(?: \w+)? (?:meg |pedig )?(?:ahogy jon|valtozo|valtozik|nem tudom|"
    r"fogalmam sincs)\b(?![^.;!?0-9]*[0-9])"
)
#: Some more spent now, how much unsaid: "havi 200, de most a lányomra is megy valamennyi", "rá
#: is kell valamennyi" ("valamennyi" at the clause's end is "some"; "valamennyi számla" is all
#: of the bills).
_SOME_MORE_UNSAID_HU = regex(
    r"\b(?:megy|elmegy|kell|koltok|koltunk) (?:(?:meg|is|ra|rajuk) )?valamennyi"
    r"(?= *(?:[.,;!?]|$))(?![^0-9]*[0-9])"
)
#: Some more on top, or asked for by others, how much not said: "150 ezer plusz valamennyi", "a
#: szomszéd kér valamennyit a fűtésre, a kaja 70" (no figure said is the month's whole; the
#: "plusz" is read as "and" by then; not "valamennyi számla", all of the bills).
_SOME_ON_TOP_UNSAID_HU = re.compile(  # (compiled as written: searched only with its word)
    r"\b(?:and|plusz|meg|kernek|ker|kertek|adunk|adok|adnak|fizetunk|fizetek) "
    r"(?:meg |is |nekik |neki |bele )?valamennyit?(?= *(?:[.,;!?]|$)| az? )"
)
#: One's own part of a shared whole, as much as one can: "közös kassza, 300 az egész, én teszek
#: bele amennyit tudok" (the own part not said).
_AS_MUCH_AS_ONE_CAN_OF_A_WHOLE_HU = re.compile(  # (as written: searched only with its word)
    r"\b(?:adok|adunk|teszek|teszunk|fizetek|dobok) (?:bele |hozza |be )?(?:annyit,? )?"
    r"amennyit (?:tudok|tudunk|birok|birunk)\b"
)
#: A figure said only if an item is counted, the other case not known: "ha a bárt is
#: beleszámolom 900, ha nem, akkor nem tudom".
_IF_NOT_NOT_KNOWN_HU = regex(
    r"\bha nem,? (?:akkor )?(?:nem tudom|fogalmam sincs|nem tudni)\b(?![^.;!?0-9]*[0-9])"
)
#: Seasons' items beside the rest of the month's, not worked out: "ősszel 60 ezer, tavasszal
#: 20, a többi havi 120 körül" (the seasons' not spread over the months).
_SEASONS_ITEMS_BESIDE_THE_REST_HU = regex(
    r"\b(?:osszel|tavasszal|nyaron|telen)\b[^.;!?]{0,40}?[0-9][^.;!?]{0,60}?"
    r"\ba tobbi (?:kb )?(?:havi|havonta)\b"
)
#: A lower bound and what it could be above it, the usual not said: "min. 180, lehet 190 is",
#: "legalább 10, ha jobban megy, akkor több".
_A_FLOOR_THEN_MORE_HU = regex(
    r"^(?:min|minimum|legalabb)\.? [0-9]+(?: ?ezer\w*)?,? (?:de )?(?:lehet|ha|akar|esetleg|"
    r"vagy)\b"
)
#: Pay by the piece with the count to come: "egy disznó 25 ezer, ahány hívás annyi pénz",
#: "ahány fuvar, annyi pénz" (the month's not said).
_AS_MANY_PIECES_AS_MUCH_PAY_HU = regex(r"\bahany \w+,? annyi (?:penz|fizetes|kereset)\b")
#: A time's figure and the figure after it, the month's not worked out: "a kampány alatt 150,
#: utána 210", "a szezon alatt 300, előtte 120" (not "100 ezer alatt", a bound of a figure).
_DURING_A_TIME_AND_AFTER_HU = regex(
    r"\b[a-z]{3,} alatt,? (?:kb\.? )?[0-9]+(?: ?ezer\w*)?[^.;!?0-9]{0,20}\b(?:utana|elotte|"
    r"azutan|kesobb)\b,? (?:meg )?(?:kb\.? )?[0-9]"
)
#: The months of one place or work and those of another, each a figure: "a holland hónapokban 0,
#: az itthoniakban 190" (which month it is now not said).
_THE_MONTHS_OF_ONE_AND_ANOTHER_HU = regex(
    r"\bhonapokban,? (?:kb\.? )?[0-9]+[^.;!?0-9]{0,50}\baz? [a-z]+(?:akban|ekben|iakban|iekben)"
    r",? (?:kb\.? )?[0-9]"
)
#: Another's figure said, one's own not known: "anyám kiadása 140, az enyém külön nem tudom" (the
#: own not said).
_ANOTHERS_SAID_ONES_OWN_NOT_KNOWN_HU = regex(
    r"\baz enyem(?: kulon| maga| pedig)?,? (?:azt )?(?:nem tudom|fogalmam sincs|nem tudni)\b"
    r"(?![^0-9]*[0-9])"
)
#: An upper bound only, said with when it is reached or of several together: "max 300, ha sok a
#: szolgálat", "legfeljebb 40 a kettő együtt" (the usual month not said; not at an offer, where
#: "max 20" is the most one can give).
_A_CEILING_ONLY_HU = regex(
    r"^(?:max|maximum|legfeljebb)\.? [0-9]+(?: ?ezer\w*)?,? (?:ha|amikor|a ketto|a harom|"
    r"mindketto|mindegyik|osszesen|egyutt)\b"
)
#: A season's figure and the rest of the year's, the month's not worked out: "vadászidényben
#: 250, azon kívül 170", "szezonban 300, egyébként 180". Only whether it is said is read, so a
#: word ending "idényben" is found by its ending (a word read from its start, "\b\w*", was
#: read again from each of its letters: a ninth of the time of the figures' tests).
_IN_SEASON_AND_OUT_HU = regex(
    r"(?:idenyben|szezonban|idenyen)\b,? (?:kb\.? )?[0-9]+[^.;!?0-9]{0,20}\b(?:azon kivul|"
    r"egyebkent|amugy|kulonben|(?:idenyen|szezonon) kivul|a tobbi honapban)\b,? (?:kb\.? )?[0-9]"
)
#: A month's size said as two, either: "egy 190-es, 200-as hónap szokott lenni", "180-as vagy
#: 200-as hónapjaim vannak".
_TWO_SIZES_OF_A_MONTH_HU = regex(
    r"(?<![0-9.,])[0-9]+-?[aeo]s,? (?:vagy |es |meg |esetleg )?[0-9]+-?[aeo]s "
    r"(?:honap|ho\b|havi)"
)
#: The answer a share of a figure, not worked out: "kb a zsoldom fele, a zsold 340", "a
#: bevételem 80%-a marad nekem, a bevétel 350 körül".
_A_SHARE_OF_A_FIGURE_HU = regex(
    r"^(?:kb\.? |olyan |nagyjabol |korulbelul )?(?:a |az )\w+ (?:fele|harmada|negyede|"
    r"ketharmada)\b(?!t)|"
    r"(?<![0-9.,])[0-9]{1,2} ?%-?a (?:marad|jut|az enyem|megy)\b|"
    # its "-a" left off: "a forgalom kb 900, abból a 30% az enyém"
    r"\ba [0-9]{1,2} ?% (?:az enyem|az en reszem|jut nekem|marad nekem)\b"
)
#: Another who knows better says it is more or less: "én 150-et mondanék, a feleségem szerint
#: biztos több" (not when the own figure is kept after: "..., de én így számolom").
_ANOTHER_SAYS_OTHERWISE_HU = regex(
    r"\bszerint (?:biztos(?:an)? |sokkal |joval |inkabb |meg )?(?:tobb|kevesebb)\b"
    r"(?!,? (?:de|viszont) (?:en|szerintem)\b)"
)
#: The usual figure, then months away now where it is not spent: "itthon 170 körül, de most 4
#: hónapig Koszovóban vagyok" (what this month is not said).
_AWAY_FOR_MONTHS_NOW_HU = regex(r"\bde most [0-9]+ (?:honapig|hetig|honapra|hetre)\b")
#: Two figures with "ill." (or), not remembered which: "kb 30 ill. 35, nem emlékszem".
_ONE_OR_THE_OTHER_NOT_KNOWN_HU = regex(
    r"(?<![0-9.,])[0-9]+ (?:ill\.?|illetve|vagy) [0-9]+\b[^.;!?0-9]{0,12}\b(?:nem emlekszem|"
    r"nem tudom pontosan|nem tudom melyik)\b"
)
#: Two figures, one "or rather" the other, then not known which: "190... vagy inkább 220,
#: fogalmam sincs", "150 vagy talán 170, nem tudom" (neither is said to be the month's).
_ONE_OR_RATHER_THE_OTHER_NOT_KNOWN_HU = regex(
    r"(?<![0-9.,])[0-9]+(?: ?ezer\w*)?(?:\.{2,}|…|,)? ?vagy (?:inkabb|talan|esetleg) "
    r"[0-9]+(?: ?ezer\w*)?\W{1,4}(?:fogalmam sincs|nem tudom|gozom sincs)\b"
)
#: A husband's or wife's earnings, the only figure said: "a párom 380-at keres", "a feleségem
#: kb 300-at keres, én mellette otthon vagyok" (the income asked is one's own, not said).
_A_PARTNERS_EARNINGS_ALONE_HU = regex(
    r"^[^0-9]*\b(?:ferjem|felesegem|parom|elettarsam)\b[^0-9]{0,20}(?<![0-9.,])[0-9]+"
    r"(?: ?ezer\w*)?(?:-?[aeo]?t)? keres\w*[^0-9]*$"
)
#: "Nearly" said alone before the figure: "közel kétszáz", "közel 180" (how much under not said;
#: not "közel 200, pontosan 196", where the figure comes after).
_NEARLY_ALONE_HU = regex(r"^(?:kb\.? )?kozel [0-9]+(?: ?ezer\w*)?\W*$")
#: An upper bound said in words: "nem haladja meg a 190-et", "nem több, mint 200" (the usual
#: month not said).
_AN_UPPER_BOUND_SAID_HU = regex(
    r"\bnem (?:haladja|lepi) (?:meg|tul) (?:a |az )?[0-9]|"
    r"\bnem tobb,? mint (?:a |az )?[0-9]|\bnem megy [0-9]+(?: ?ezer\w*)? fole\b"
)
#: What lasts some days of the month only: "20 napra elég a 150, aztán kérek", "3 hétre
#: elég a 120" (what the rest costs not said).
_LASTS_SOME_DAYS_HU = regex(r"(?<![0-9.,])[0-9]{1,2} (?:napra|hetre|napig|hetig) (?:eleg|futja)\b")
#: A payment made several times a month, said once: "havonta kétszer fizetem, egyszerre 60-at",
#: "háromszor megyek, alkalmanként 15" (the month's not worked out).
_PAID_SEVERAL_TIMES_EACH_HU = regex(
    r"\b(?:ketszer|haromszor|negyszer)\b[^.;!?]{0,40}?\b(?:egyszerre|alkalmankent|"
    r"egyszer|egy alkalommal) (?:kb\.? )?[0-9]"
)
#: Spending for each event of a kind, how many a month not said: "minden versenyre 20 ezer
#: nevezési díj megy", "piacnapokon elmegy 8 ezer" (each one's cost, not the month's; beside
#: the month's other items it is not to be summed in as once).
_SPENT_AT_EACH_EVENT_HU = regex(
    r"\bminden (?:lakodalom|lakodalm|lagzi|meccs|fellepes|koncert|verseny|edzes|tura|fuvar|"
    r"rendezveny|vasar|eskuvo|alkalom|alkalomm)\w*(?:ra|re|on|en|kor|nal|nel|hoz|hez) "
    r"(?:(?:kb|elmegy|megy|elmegy kb) )?[0-9]|"
    r"\b(?:meccs|piac|edzes|verseny|vasar|fellepes)napokon (?:(?:kb|elmegy|megy|elmegy kb) )?[0-9]"
)
#: A debt's payment said to be in the figure, how much not known: "220, de ebben benne van a
#: Cofidis részlet is, hogy az mennyi, nem tudom" (outgoings leave debts out).
_A_DEBT_IN_IT_NOT_KNOWN_HU = regex(
    r"\bbenne van\b[^.;!?]{0,40}?\b(?:reszlet|torleszt|hitel|kolcson)\w*"
    r"[^.;!?]{0,40}?\b(?:nem tudom|fogalmam sincs|nem tudni)\b"
)
#: One's own part only, another's kept apart and perhaps paid: "a 150 csak az enyém, a
#: gyerekeké külön van" (the household's not said).
_ONLY_ONES_OWN_THE_REST_APART_HU = regex(
    r"\bcsak (?:az )?enyem\b[^.;!?]{0,30}?\bkulon (?:van|megy|jon)\b"
)
#: The answer a multiple of a figure, not worked out: "kb a lakbér kétszerese, a lakbér 80",
#: "a fizum duplája".
_A_MULTIPLE_OF_A_FIGURE_HU = regex(
    r"\b(?!az?\b)\w+ (?:ketszerese|haromszorosa|negyszerese|duplaja|masfelszerese)\b"
)
#: A figure from long ago, said to be risen since: "a füzetben 190 van, de az régi, azóta
#: minden drágult".
_AN_OLD_FIGURE_RISEN_SINCE_HU = regex(
    r"\bde (?:az|ez) (?:mar )?regi\b[^.;!?]{0,30}?\bazota\b|"
    r"\bazota (?:minden |sok minden )?(?:dragult|emelkedett|nott)\b"
)
#: As much as another's, who said a figure for a household not the same: "annyi, mint a
#: szomszédé, ő 200-at mondott, de mi többen vagyunk".
_AS_MUCH_AS_ANOTHERS_HU = regex(
    r"^(?:kb\.? |nagyjabol )?annyi,? mint (?:a |az )?\w+e\b[^.;!?]{0,60}?\bde\b"
)
#: A share of a price earned on a sale, no month's figure: "egy 45 milliós lakás után 1,5%
#: jár", "a 30 milliós ház után 2% jutalék".
_A_SHARE_OF_A_PRICE_HU = regex(r"\bmillios \w+ utan (?:[0-9]+(?:,[0-9]+)? ?%|jar|kapok)")
#: A good day's and a bad day's takings, the month's not said: "egy jó napon 35 ezer, egy
#: rosszon 10".
_A_GOOD_DAY_AND_A_BAD_HU = regex(
    r"\begy (?:jo|eros|rossz|gyenge) nap(?:on)?\b[^.;!?]{0,40}?\begy (?:rossz|gyenge|jo|"
    r"eros)(?:on| napon)\b"
)
#: Pieces made so far at a rate per piece, the month's known at its end: "eddig 4200 darabnál
#: tartok, 38 Ft-tal".
_PIECES_SO_FAR_AT_A_RATE_HU = regex(
    r"(?<![0-9.,])[0-9]+ darab(?:nal|ot|ig)\b[^.;!?]{0,30}?(?<![0-9.,])[0-9]+ ?"
    r"ft-?(?:tal|el|ert)\b"
)
#: Taken every four weeks, thirteen times a year: no month's figure ("négyhetente vonnak le 12
#: ezret").
_EVERY_FOUR_WEEKS_HU = regex(r"\bnegyhetente\b")
#: Two figures with a slash, which is right not known: "kiadás: 180 / 210 (az egyik a régi, nem
#: tudom melyik)", "170/190, nem emlékszem" (neither is the answer; a sum would be a misread).
_ONE_OR_THE_OTHER_SLASHED_HU = regex(
    r"(?<![0-9.,/])[0-9]+ ?/ ?[0-9]+(?![0-9/])[^.;!?0-9]{0,30}\b(?:nem tudom melyik|nem "
    r"emlekszem|az egyik (?:a )?regi|valamelyik)\b"
)
#: The shop's or the firm's money and the home's in one till, the home's part not said: "a bolt
#: és a háztartás egy kasszából megy, havi 600", "a cég meg az otthoni egy számláról megy".
_ONE_TILL_FOR_SHOP_AND_HOME_HU = regex(
    r"\b(?:bolt|uzlet|ceg|vallalkozas|muhely|gazdasag)\w*\b[^.;!?0-9]{0,40}?\begy (?:kasszabol|"
    r"kasszaban|kassza|szamlarol|zsebbol|penztarbol)\b"
)
#: Some months' figure said only for when a thing is not so: "amikor ülnökködöm többet költök,
#: amikor nem, akkor 140", "amikor nincs, akkor 150" (the usual month not said).
_ONLY_WHEN_NOT_SO_HU = regex(r"\bamikor (?:nem|nincs)\w*,? (?:akkor )?(?:kb\.? |csak )?[0-9]")
#: Paid by the day, or only when there is work: "napszám 12 ezer, ha van munka", "15-öt kapok,
#: ha van fuvar" (no month's figure).
_PAID_WHEN_THERE_IS_WORK_HU = regex(
    r"\bnapszam\w* (?:kb\.? )?[0-9]|\bha (?:van|akad) (?:munka|melo|fuvar|megrendeles|meghivas)\b"
)
#: What is left after costs said vaguely, the takings only said: "a forgalom 2,5 millió, abból a
#: költségek után marad amennyi", "amennyi megmarad, az az enyém" (how much is left not said).
_WHAT_IS_LEFT_NOT_SAID_HU = regex(
    r"\b(?:marad|megmarad|jon ki|kijon) amennyi\b|\bamennyi (?:marad|megmarad|kijon)\b"
)
#: A whole to be paid off over some months, the month's not said: "12 hónap alatt kifizetném a
#: 180-at", "egy év alatt letudnám a 150-et" (with "havi" said, that is the offer).
_PAID_OFF_OVER_MONTHS_HU = regex(
    r"^(?!.*\bhav(?:i|onta)\b)(?=.*\b(?:[0-9]{1,2}|egy|ket|fel) (?:honap|ev) alatt\b)"
    r"(?=.*\b(?:ki|le|vissza)?(?:fizet|tudn|torleszt)\w*)"
)
#: A weekend's spending said, the weekdays' said vaguely: "egy huszast elköltök minden hétvégén,
#: hétköznap keveset" (the month's not worked out).
_THE_WEEKDAYS_SAID_VAGUELY_HU = regex(
    r"\bhetkoznap(?:okon)? (?:keveset|keves|alig|nem sokat|kevesebbet|valamennyit|egy keveset)\b"
)
#: Only a bound said, no figure: "200 ezerbe belefér", "120-nál biztos nem kevesebb", "a 250-et
#: nem éri el, de majdnem", "majdnem annyi, mint a bátyám 280-a" (the figure is another's or
#: the bound's; not "17 500-at, az még belefér": the figure said fits).
_ONLY_A_BOUND_SAID_HU = regex(
    r"(?<!\baz meg )(?<!\bez meg )(?<!\baz is )\bbelefer\w*\b(?![^0-9]*[0-9])|"
    r"[0-9](?: ?ezer)?-?n[ae]l (?:biztos(?:an)? |semmikepp(?:en)? |azert )?nem (?:kevesebb|tobb)\b|"
    r"\bnem eri el\b(?![^0-9]*[0-9])|\b(?:majdnem|kozel|szinte|kb\.?) annyi(?:t)?,? mint\b"
)
#: An item of a list not worked out yet, no figure after: "lakbér 110, rezsi 25, a kaját még
#: nem számoltam ki", "a benzint még nem néztem meg".
_AN_ITEM_NOT_WORKED_OUT_YET_HU = regex(
    r"\bmeg nem (?:szamoltam|szamoltuk|neztem|neztuk|adtam ossze)(?: ki| ossze| meg| utana)?\b"
    r"(?![^0-9]*[0-9])"
)
#: A share of a figure, not worked out: "négyen lakunk, a 360 negyede az enyém", "a 200 felét
#: fizetem" (with the share's own figure after it, that is read).
_A_SHARE_OF_A_FIGURE_NOT_WORKED_OUT_HU = regex(
    r"(?<![0-9.,])[0-9]+(?: ?ezer\w*)?(?:-?[ae]?nak|-?[ae]?nek)? (?:fele|felet|harmada|"
    r"harmadat|negyede|negyedet|otode|otodet)\b(?![^0-9]*[0-9])"
)
#: A figure that holds if something is not so, and whether it is not known: "kb 190 ha nem kell
#: fát venni, de még nem tudom kell-e", "200, ha lesz fűtésszámla, nem tudom".
_IF_WHETHER_NOT_KNOWN_HU = regex(
    r"\bha (?:nem )?(?:kell|lesz|jon|van|marad|kapok)\b[^.;!?0-9]{0,50}\bnem tudom\b"
)
#: A raise said, how much not yet told: "az albit most emelik, még nem mondták mennyire, eddig
#: 110 volt", "drágul a bérlet, nem tudom mennyivel" (the new figure not known).
_A_RAISE_NOT_YET_TOLD_HU = regex(
    r"\b(?:emel|dragul|novel|no meg)\w*\b[^.;!?0-9]{0,40}\bnem (?:mondtak|mondta|tudom|tudjuk|"
    r"tudni|irtak|kozoltek|kozolte)\w* (?:meg )?mennyi\w*"
)
#: A second income said vaguely: "a nyugdíj 198 meg a harangozásért kapok valamennyit, nem
#: sokat", "a takarításért kapok egy keveset" (the month's whole not said).
_A_SECOND_INCOME_SAID_VAGUELY_HU = regex(
    r"\b(?:kapok|keresek|kapunk|jon|jar|szedek|adnak) (?:meg |erte |ezert |is )?(?:valamennyit|"
    r"egy keveset|nemi penzt|par fillert|egy kis penzt)\b"
)
#: Only a bound said with "meghaladja" (exceeds), no figure of its own: "a 200-at biztosan
#: meghaladja", "250-et bőven túllépi" (with a figure after, "meghaladja, kb 230", that is read).
_ONLY_A_BOUND_EXCEEDED_HU = regex(r"\b(?:meghalad|tullep)\w*\b(?![^0-9]*[0-9])")
#: Two people's figures, not known whose is right: "a férjem szerint 180, szerintem inkább 220",
#: "anyám szerint 90, szerintem 120, nem tudom kinek van igaza".
_TWO_PEOPLES_FIGURES_HU = regex(
    r"\bszerint (?:kb\.? |olyan |inkabb )?[0-9]+(?: ?ezer\w*)?(?:-?[aeo]?t)?,? (?:de |meg |pedig )?"
    r"szerintem\b|\bnem tudom,? (?:hogy )?ki(?:nek)? van igaza\b"
)
#: A figure less another, not worked out: "amennyi a bérem mínusz a törlesztő, a bérem 265",
#: "amennyi a nyugdíj levonva a rezsit".
_A_FIGURE_LESS_ANOTHER_NOT_WORKED_OUT_HU = regex(
    r"\bamennyi (?:a |az )?\w+ (?:minusz|levonva|mint)\b"
)
#: A figure shared by several, one's share not worked out: "közösen a lakótársakkal 360, hárman
#: vagyunk", "együtt 240 a rezsi, négyen lakunk" (with one's own figure after, that is read).
_SHARED_BY_SEVERAL_NOT_WORKED_OUT_HU = regex(
    r"\b(?:kozosen|egyutt)\b[^.;!?]{0,40}?[0-9][^.;!?0-9]{0,30}\b(?:ketten|harman|negyen|oten|"
    r"hatan) (?:vagyunk|lakunk|elunk|fizetjuk)\b(?![^0-9]*[0-9])"
)
#: A figure by the shift with the shifts counted loosely: "egy műszakra kb 5 ezer megy el, 15-16
#: műszak van egy hónapban" (the month's not worked out).
_BY_THE_SHIFT_COUNTED_LOOSELY_HU = regex(
    r"\begy (?:muszak|ut|fuvar|alkalom)(?:ra|ert)\b[^.;!?]{0,40}?[0-9][^0-9]{0,30}?"
    r"(?<![0-9.,])[0-9]{1,2}-[0-9]{1,2} (?:muszak|ut|fuvar|alkalom)\w*"
)
#: The answer a multiple or a share of another's, not worked out: "a nyugdíjam a férjemének a
#: kétszerese, ő 160-at kap", "a bátyáménak a fele" (not "ennek a fele", a share of the figure
#: said).
_A_MULTIPLE_OF_ANOTHERS_HU = regex(
    r"\b(?!(?:en|an)nek\b)\w+(?:nek|nak) (?:a |az )?(?:ketszerese|haromszorosa|negyszerese|"
    r"duplaja|masfelszerese|fele|harmada|negyede)\b"
)
#: The figure said to be known by another, none after: "a kiadásokat a feleségem tudja, én csak
#: főzök", "azt a párom tudja pontosan" (a figure before is of something else).
_THE_FIGURE_KNOWN_BY_ANOTHER_HU = regex(
    r"\b(?:ferjem|feleseg\w*|parom|anyam|apam|anyosom|fiam|lanyom|konyvelo\w*|parja) "
    r"(?:tudja|tudja pontosan|tartja fejben)\b(?![^0-9]*[0-9])"
)
#: A whole said, how much of it is one's own not known: "a 250 a közös pénz, ebből mennyi jut
#: rám, nem tudom", "abból mennyi az enyém, azt nem tudom".
_HOW_MUCH_IS_ONES_OWN_NOT_KNOWN_HU = regex(
    r"\bmennyi (?:az enyem|az en reszem|nekem|jut ram|jut nekem|az en reszem)\W{1,3}"
    r"(?:azt |az )?(?:(?:meg )?nem tudom|fogalmam sincs|nem tudni)\b"
)
#: An item whose figure is not set yet: "meg a gyerektartás, az még nincs megállapítva", "a
#: biztosítás, az nincs még eldöntve" (what it adds is not said).
_AN_ITEM_NOT_SET_YET_HU = regex(
    r"\bnincs (?:meg )?(?:megallapitva|eldontve|meghatarozva|kiszabva|kiszamolva|kiszamitva)\b"
    r"(?![^0-9]*[0-9])"
)
#: A lump earned in a season of some weeks or months: "a strandszezon 3 hónap, abból jön 1,2
#: millió", "a vásár 5 hétig tart, ebből 900 ezer jön" (no month's; an average said after it,
#: "átlagban havi 90", is read instead).
_A_LUMP_OF_A_SEASON_HU = regex(
    r"\b[0-9]{1,2} (?:honap|het)\w*(?: tart\w*)?\W{1,3}(?:es )?(?:abbol|ebbol) "
    r"(?:jon |keresek |kapok |jon be )?(?:kb\.? |olyan )?[0-9]"
)
#: A share of another's money said in per cent to be spent, not worked out: "amit a férjem hoz,
#: annak a 70%-a elmegy, ő 300-at hoz".
_SPENT_AS_A_PER_CENT_HU = regex(r"[0-9] ?%-?a (?:elmegy|el ?kolt\w*|kolt\w* el|megy el)\b")
#: An offer between two of the plans shown, no figure of its own: "valami a 2-es és a 3-as
#: opció közöttit", "a két csomag közötti összeget" (the plan said second is blanked by then, as
#: a plan named, so only its "-es" and "között" are left to read).
_BETWEEN_TWO_PLANS_HU = regex(
    r"\b(?:opcio|valtozat|lehetoseg|csomag|terv)\w* (?:kozti|kozotti|kozott|kozt)\w*|"
    r"-[aeo]s (?:es|meg) (?:a |az )? *(?:kozti|kozotti|kozott|kozt)\w*"
)
#: Said beside figures, at a question (``""``: at any), that none of them is the answer.
#: Last month's spending, then this month's made larger by a one-off said with it: "上个月三千二,
#: 这个月孩子开学买东西花了四千六". Neither is a usual month's.
_THIS_MONTH_RAISED_BY_A_ONE_OFF_ZH = re.compile(
    r"上个?月[^.;!?\u3002]{0,10}[0-9一二两三四五六七八九][^.;!?\u3002]{0,12}这个?月"
    r"[^.;!?,\u3002\uff0c0-9]{0,10}(?:开学|过年|过节|生病|住院|看病|装修|搬家|办事|随礼|份子钱|"
    r"买了?(?:东西|衣服|电脑|手机|家电)|换了?)"
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
#: A meal card the employer fills, a credit for the canteen: no pay, and none of the own spending
#: ("医院每月给一千二 饭卡另外充三百", "饭卡每月公司充五百 不够我自己再充两百": the own top-up
#: after it is spending). Of the spending, only when the employer is named as the one filling it.
_A_MEAL_CARD_FILLED_ZH = re.compile(
    r"饭卡(?:每个?月|另外|还)?(?:公司|单位|厂里|医院|学校|老板)?(?:每个?月|另外|还)?(?:给|帮我?)?"
    r"(?:充|打|补)了?[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千]*(?:块钱?|元)?"
)
_A_MEAL_CARD_FILLED_BY_WORK_ZH = re.compile(
    r"饭卡(?:每个?月|另外|还)?(?:公司|单位|厂里|医院|学校|老板)(?:每个?月|另外|还)?(?:给|帮我?)?"
    r"(?:充|打|补)了?[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千]*(?:块钱?|元)?"
)
#: A utility's price by the unit, not its bill: "燃气一方三块多", "电一度五毛", "水每吨四块二"
#: (the month's bill is said beside it).
_A_UNITS_PRICE_ZH = re.compile(
    r"(?:一|每)(?:立方米?|方|度|吨)(?:水|电|气)?(?:要|是|收|算)?"
    r"[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十]*(?:块|元|毛|角)(?:[0-9一二三四五六七八九]毛?)?"
    r"(?:多|钱)?"
)
#: A second, higher offer if the first is not enough: "五百 不够的话六百也行", "三百, 不行的话四百
#: 也可以" (which is meant is not said).
_A_FALLBACK_OFFER_ZH = re.compile(
    r"(?:不够|不行|嫌少)的话[^0-9一二两三四五六七八九]{0,4}"
    r"[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万]*(?:块钱?|元)?(?:也行|也可以|也成)"
)
#: The pay said only against another's, whose figure is the one said: "工资嘛 比我老婆少 她五千"
#: (the own figure unsaid).
_LESS_THAN_ANOTHERS_PAY_ZH = re.compile(
    r"比(?:我)?(?:老婆|老公|媳妇|爱人|对象|同事|她|他|我妈|我爸)(?:的)?(?:工资|收入)?(?:还|要)?"
    r"(?:少|低|多|高)(?:一点|点|些|不少)?[ ,;\uff0c]*(?:她|他|老婆|老公|媳妇|爱人|对象|同事)(?:的)?"
    r"(?:是|有|拿|挣)?[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万]*(?:块钱?|元)?"
    r"(?:吧|啊)? ?$"
)
#: Paying by the year offered as cheaper, not taken: "房租月付一千三 年付能便宜点但我没那么多钱"
#: (the month's figure is paid; no yearly figure).
_A_YEARLY_PAYMENT_NOT_TAKEN_ZH = re.compile(
    r"(?:一次)?年付(?:的话)?(?:能|会|可以|更|还)?(?:便宜|划算|省|优惠)[^ ,.;!?\u3002\uff0c]{0,3}"
)
#: No bonus at the year's end, after the month's pay: "到手就五千二 年底估计没奖金了" (nothing
#: of a year's to set aside).
_NO_YEAR_END_BONUS_ZH = re.compile(
    r"年底(?:估计|可能|应该|大概|怕是|恐怕)?(?:也)?(?:没|没有|拿不到)(?:啥|什么)?"
    r"(?:奖金|年终奖|年终|分红)了?"
)
#: What was earned last year, in a year or a season: no month's now ("现在是零 去年一个雪季挣了
#: 三万", "去年一年赚了五万").
_LAST_YEARS_EARNINGS_ZH = re.compile(
    r"去年(?:一整年|一年|全年|一个?[\u4e00-\u9fff]{1,2}季)?(?:总共|一共)?(?:挣|赚|拿|收入)了?(?:有)?"
    r"[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万]*(?:块钱?|元)?"
)
#: A figure said right after to be the business's, not the home's: "摊位费一个月一千二那是生意上的
#: 家里开销两千三", "进货三千 这是店里的". Set aside when the home's own figure is said too.
_A_BUSINESS_COST_SAID_AFTER_ZH = re.compile(
    r"[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万]*(?:块钱?|元)? ?"
    r"(?:那|这)(?:个|些)?(?:是|都是|算)(?:做)?(?:生意|店里|摊子|摊位|公司|厂里)(?:上|里)?的"
)
#: A part said first as already counted in the whole said after it: "安全奖每月300已经算在里面
#: 月收入四千九", "补贴两百也包含在内 到手三千八". The part is no item to add (the whole follows).
_A_PART_COUNTED_IN_BEFORE_ITS_WHOLE_ZH = re.compile(
    r"[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万]*(?:块钱?|元)?"
    r"(?:也|都)?(?:已经)?(?:都)?(?:算|包含|包括|含|加|计)"
    r"(?:在里面|在里头|在里边|在内|进去|进来)了?"
    r"(?=[^0-9一二两三四五六七八九十]{1,20}[0-9一二两三四五六七八九十])"
)
#: After the figures, another item whose amount is not known, its money kept by another or not to
#: be said: "房租一千五 吃饭的钱老婆管着 我不知道多少", "吃饭一千 … 烟钱说不好".
_ANOTHER_ITEMS_MONEY_UNKNOWN_ZH = re.compile(
    r"(?:^|(?<=[ ,;\uff0c\uff1b])|(?<=然后))(?:还有|另外)?[\u4e00-\u9fff]{1,4}?(?:的)?钱"
    r"(?:(?:是|都是|一直是)?(?:我)?(?:老婆|老公|媳妇|爱人|我妈|我爸|家里|对象)(?:在)?管|"
    r"(?:说不好|说不准|不好说|没数|不一定)|"
    # said not to be known, no figure after: "…然后吃饭的钱我也不知道"
    r"(?:我)?(?:也)?(?:不知道|不清楚)(?![^0-9一二两三四五六七八九]*[0-9一二两三四五六七八九]))"
)
#: A figure taken back as maybe wrong, to be worked out again, none after: "开销五千吧 不对 可能
#: 没有 我再算算".
_A_FIGURE_TAKEN_BACK_ZH = re.compile(
    r"(?:不对|不是)[ ,\uff0c]*(?:可能|好像|应该|估计)?(?:没有|没那么多|不止|不到|更多|更少)"
    r"[^0-9一二两三四五六七八九]{0,8}(?:再|重新)(?:算算|算一下|算一算|想想|核对)"
    r"(?![^0-9一二两三四五六七八九]*[0-9一二两三四五六七八九])"  # (no figure after)
)
#: The tax paid said, the pay to be worked out from it: "交了个税45块 税率是3%".
_ONLY_THE_TAX_PAID_ZH = re.compile(r"(?:交|缴|扣)了?(?:个税|个人所得税|所得税)(?:是)?$")
#: "儿" typed for "二" (one sound) inside a figure: "四千儿百", "一万儿千" (a digit between two
#: units; "千儿八百", a thousand or so, has none).
_ER_TYPED_FOR_TWO_ZH = re.compile(r"(?<=[一二两三四五六七八九][千万])儿(?=[千百十])")
#: A figure in Chinese numerals or digits, for the round-35 families below.
_FIGURE_35_ZH = r"[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万]*"
#: No figure said after the match: what was said before is all there is.
_NO_FIGURE_AFTER_ZH = r"(?![^0-9一二两三四五六七八九]*[0-9一二两三四五六七八九])"
#: After a total, an item said to be left out of it whose cost is said only by the time: "一个月
#: 花三千 这还不算钢琴课 一节一百五" (the month's of it is not said, so neither is the whole).
_A_PART_LEFT_OUT_PRICED_BY_THE_TIME_ZH = re.compile(
    r"(?:还?不算|不包括|不包含|不含)[^0-9一二两三四五六七八九,;.!?]{1,12}?"
    rf"(?:一|每)(?:节|次|趟|天|周|星期|回)(?:课)?(?:要|是|就|得)?{_FIGURE_35_ZH}"
)
#: The pay named right before its figure: "工资才三千", "月薪也就四千", "到手就两千八".
_THE_PAYS_FIGURE_ZH = re.compile(
    r"(?:工资|月薪|薪水|收入|到手)(?:也|就|才|只|只有|也就|一个月|每个月|每月|是|有|大概|差不多)*"
    rf"{_FIGURE_35_ZH}"
)
#: A cost named right before its figure: "房租就要一千八", "房贷每月两千" (not "生活费": often
#: paid to one, "放长假只发生活费").
_A_COSTS_FIGURE_ZH = re.compile(
    r"(?:房租|房贷|开销|花销)(?:也|就|都|要|得|一个月|每个月|每月|是|大概|差不多)*"
    rf"{_FIGURE_35_ZH}"
)
#: Words that all the pay is spent: "全花光了", "挣多少花多少", "一分不剩" (the pay is then the
#: spending too).
_ALL_THE_PAY_SPENT_ZH = re.compile(r"花光|全花|挣多少花多少|一分不剩|月光")
#: Words of a rent coming in, said of which it is an income: "收租", "租出去", "房租补贴".
_A_RENT_COMING_IN_ZH = re.compile(r"租收入|租金收入|进账|补贴|收租|租出|出租|租给")


def _the_one_figure_of_another_kind_zh(folded: str, asked: str) -> bool:
    """Whether the one figure said is of another kind than the one asked for, nothing of the
    kind asked said: the pay asked for an offer ("工资才三千 你们看着办") or for the spending
    ("工资就四千 你看着填"), the rent asked for the income ("工资不高 房租就要一千八"). The
    figure is given as the reason, not as the answer: it is asked again."""
    if asked == "income":
        if not ("房" in folded or "开销" in folded or "花销" in folded):
            return False
        said = _A_COSTS_FIGURE_ZH.search(folded)
        if said is None or _A_RENT_COMING_IN_ZH.search(folded):
            return False
    else:
        if not any(word in folded for word in ("工资", "薪", "收入", "到手")):
            return False
        if asked == "expenses" and _ALL_THE_PAY_SPENT_ZH.search(folded):
            return False  # "工资三千六 全花光了": the pay is the spending
        said = _THE_PAYS_FIGURE_ZH.search(folded)
        if said is None:
            return False
    rest = folded[: said.start()] + " " * (said.end() - said.start()) + folded[said.end() :]
    return not [n for n in numbers_in(rest, "zh") if n.unit is None]  # (not "两个孩子")


#: Heading for a round figure, not there: "差不多奔五千去了", "快奔着六千了".
_HEADING_FOR_A_FIGURE_ZH = re.compile(rf"奔着?{_FIGURE_35_ZH}(?:块|元)?(?:去|了)")
#: A round figure and a part unsaid, big or small: "两千大几", "三千小几百", "五千好几".
_A_ROUND_FIGURE_AND_SOME_ZH = re.compile(r"[千万](?:大|小|好)几")
#: A rough figure with a bound beside it, both of one amount: "四千左右, 五千以内" (no two
#: items to add up).
_ROUGHLY_AND_A_BOUND_ZH = re.compile(
    rf"{_FIGURE_35_ZH}(?:块|元)?(?:左右|上下|出头)[^.;!?\u3002]{{0,4}}{_FIGURE_35_ZH}(?:块|元)?"
    r"(?:以内|以下|之内|封顶|打住)"
)
#: A rough figure and a ceiling above it, both of one amount: "花销大概三千, 撑死三千二", "差不多
#: 两千 顶多两千五" (no two items to add up, and which is meant is not said).
_ROUGHLY_AND_A_CEILING_ZH = re.compile(
    rf"(?:大概|大约|差不多|估计|约)(?:是|有)?{_FIGURE_35_ZH}(?:块|元)?(?:左右)?[^.;!?\u3002]{{0,3}}"
    rf"(?:撑死|顶多|最多|了不起)(?:也)?(?:就)?(?:是)?{_FIGURE_35_ZH}"
)
#: A debt paid once a year: "助学贷款每年12月还一次, 一次四千二" (no month's payment said).
_A_DEBT_PAID_ONCE_A_YEAR_ZH = re.compile(
    r"(?:每年|一年)(?:[0-9一二两三四五六七八九十]{1,2}月(?:份)?)?(?:还|交|付)(?:一次|一回|一笔)"
)
#: Interest by the month said as a rate, the yuan of it not worked out: "借了三万, 按月给利息,
#: 一分利", "每个月付利息 两分".
_MONTHLY_INTEREST_AS_A_RATE_ZH = re.compile(
    r"(?:按月|每个?月)(?:给|付|还)(?:他|她|他们)?利息\W{0,2}(?:[一二两三半]分|[一二三四五六七八九]厘)"
    r"(?:的)?(?:利|息)?" + _NO_FIGURE_AFTER_ZH
)
#: Another debt's bill not out yet: "美团月付两百八, 花呗还没出账" (the month's whole unknown).
_A_BILL_NOT_OUT_YET_ZH = re.compile(
    r"(?:花呗|白条|借呗|月付|信用卡|分期乐)[^,.;!?\u3002 ]{0,4}"
    r"(?:还|也)?(?:没|没有|未)出(?:账|账单)"
)
#: The spending said without a cost of the year named beside it: "开销两千二, 不包括孩子的兴趣班,
#: 兴趣班一年四千八" (the month's whole not worked out).
_WITHOUT_A_COST_OF_THE_YEAR_ZH = re.compile(
    r"(?:不包括|不包含|不含|没算上?|没包括)[^.;!?\u3002]{0,16}(?:一年|每年|一学期|每学期|半年)"
    r"(?:要|得|交|花)?[0-9一二两三四五六七八九]"
)
#: An item paid by the year, the half year, the term or the quarter said beside the month's
#: spending, the month's whole not worked out: "物业一年交三千六, 别的每个月两千", "学费半年一交,
#: 一次八千, 平时一个月一千二" (not once that item is left out, "那个不算", or spread over the
#: months, "平摊下来三百").
_A_YEARS_ITEM_BESIDE_THE_MONTHS_ZH = re.compile(
    r"(?:一年|每年|半年|一学期|每学期|一个?季度|每个?季度)"
    r"(?![^.;!?\u3002]*(?:不算|不包括|不包含|不含|没算|摊|等于|平均|算下来|相当于|折合|合下来|"
    r"一共|总共|加起来))"
    rf"(?:一|才)?(?:交|付|缴|花|要|得)?(?:一次)?[^.;!?\u3002]{{0,6}}?{_FIGURE_35_ZH}"
    r"[^.;!?\u3002]*?(?:每个?月|一个月|月月)"
)
#: The same for rent paid every few months, its lump said, then a month's figure for another
#: item: "房租押一付三 一次六千 伙食一个月一千" (not once the rent is spread: "折下来一个月两千").
_RENT_PAID_EVERY_FEW_MONTHS_BESIDE_THE_MONTHS_ZH = re.compile(
    r"(?:押[一二三1-3]付[三六3-6]|[三六3-6]个月一付|季付|半年一付)"
    r"(?![^.;!?\u3002]*(?:不算|不包括|不包含|不含|没算|摊|折|等于|平均|算下来|相当于|合下来|"
    r"就是每个?月|一共|总共|加起来))"
    rf"[^.;!?\u3002]{{0,10}}?{_FIGURE_35_ZH}[^.;!?\u3002]*?(?:每个?月|一个月|月月)"
)
#: An allowance beside the pay, its size hanging on the work done and not said: "底薪三千 补贴
#: 按跑的趟数算 这个月的还没出", "工资四千 另有高温津贴 补多少看天数" (the month's whole not
#: known). Not once its figure is said after it, nor when it is said to be in the pay already.
_AN_ALLOWANCE_NOT_WORKED_OUT_ZH = re.compile(
    r"(?:补贴|津贴|补助)[^0-9一二两三四五六七八九十百千万.;!?\u3002]{0,6}?"
    r"(?:按(?!月|时)[\u4e00-\u9fff]{1,6}|补多少(?:要|得)?看|多少(?:要|得)?看)"
    r"(?![^.;!?\u3002]*(?:包含|包括|在内|里面|里头|不算|别算|不用算))" + _NO_FIGURE_AFTER_ZH
)
#: A couple's takings said together, said never to be split: "我们俩开面馆 一个月挣一万
#: 从来没分过" (no own share; not once a share is said after it).
_A_COUPLES_TAKINGS_NEVER_SPLIT_ZH = re.compile(
    rf"(?:两口子|我们俩|我俩|俩人|夫妻俩)[^.;!?\u3002]*?{_FIGURE_35_ZH}[^.;!?\u3002]*?"
    r"(?:从来没|从没|没|没有)分(?:过|开过?)?" + _NO_FIGURE_AFTER_ZH
)
#: A couple's whole said, the own share of it said only as a part or left to be worked out, no
#: figure of it after: "我们俩摆摊一个月挣八千 一人一半吧", "两口子开销五千 我那份算一半",
#: "夫妻俩一共六千 这算谁的" (the share is not worked out for the cardholder).
_A_COUPLES_WHOLE_OWN_SHARE_UNWORKED_ZH = re.compile(
    rf"(?:两口子|我们俩|我俩|俩人|夫妻俩|两个人)[^.;!?\u3002]*?{_FIGURE_35_ZH}[^.;!?\u3002]*?"
    r"(?:算一半|五五分|对半分?|平分|一人一半|算谁的|你算算|占一半)" + _NO_FIGURE_AFTER_ZH
)
#: A season's figure said, that season said not to have begun, no figure for now after it:
#: "滑雪场旺季一个月八千 今年旺季还没到" (the month's now is not that one).
_A_SEASON_NOT_BEGUN_ZH = re.compile(
    rf"季[^.;!?\u3002]{{0,6}}?{_FIGURE_35_ZH}[^.;!?\u3002]*?季(?:还|也)?(?:没|没有)(?:开始|到|开)"
    r"(?![^.;!?\u3002]*(?:现在|这个?月|目前|平时)[^.;!?\u3002]{0,6}[0-9一二两三四五六七八九])"
)
#: An item's figure still to be looked up, none said after: "另外还有一笔网贷 那个多少我得查查",
#: "车险多少我要问问我爸" (the whole not known).
_HOW_MUCH_TO_LOOK_UP_ZH = re.compile(
    r"多少(?:钱)?(?:我)?(?:还)?(?:得|要|需要|回头)(?:再)?(?:看看|查查|看一下|查一下|翻翻|问问)"
    + _NO_FIGURE_AFTER_ZH
)
#: The items named, their whole to be added up later, no figure said: "话费车费伙食 加一块儿
#: 我晚点算算" ("一块儿" is "together", no yuan).
_A_WHOLE_TO_ADD_UP_LATER_ZH = re.compile(
    r"(?:加一块儿?|加起来|加一起|加在一起)[^.;!?\u3002]{0,4}?"
    r"(?:回头|等会儿?|过会儿?|晚点|晚些)(?:再)?算(?:一下|算)?" + _NO_FIGURE_AFTER_ZH
)
#: A list's item named between two with their figures, its own not said: "伙食一千五 话费 车费
#: 两百" (the phone's figure is missing, or one figure is for both: as
#: :data:`_AN_ITEM_WITHOUT_ITS_FIGURE_EN`). Not "房租 两千五" (its figure after a space).
_AN_ITEM_WITHOUT_ITS_FIGURE_ZH = re.compile(
    r"[0-9一二两三四五六七八九十百千万](?:块|元)? (?:房租|吃饭|伙食|水电|话费|交通|车费|网费|物业|"
    r"房贷|油费)(?= [^\s0-9一二两三四五六七八九十百千万]{1,4}[0-9一二两三四五六七八九])"
)
#: An item of spending named (or a few), plainly, as the list's only ones.
_A_PLAIN_ITEM_ZH = (
    r"(?:(?:孩子|老人|小孩|我)的?)?(?:吃饭|伙食|水电|电费|水费|话费|交通|车费|网费|物业|油费|燃气|"
    r"煤气|买菜|学费|补习班|药费|看病)"
)
#: Items named after the last figure with none of their own, said to cost too, ending the
#: message: "房贷两千三 买菜 电费 孩子的学费 也得花" (what they cost is not said: one figure
#: beside items without one). Not "…都包括" (in the figure), nor an item with its figure after
#: a space.
_ITEMS_WITHOUT_FIGURES_LAST_ZH = re.compile(
    rf"[0-9一二两三四五六七八九十百千万](?:块钱?|元)?[ ,\uff0c]{_A_PLAIN_ITEM_ZH}"
    rf"(?:[ \u3001,\uff0c]{_A_PLAIN_ITEM_ZH})*"
    r"(?:[ ,\uff0c]?(?:这些|这几样)?(?:都|也)(?:得|要)(?:花|花钱|出|交)|"
    r"[ ,\uff0c]?(?:都|也)(?:要|得)钱)"
    r"[ ,.!\uff0c\u3002]*$"
)
#: Pay on leave still to be approved, only the usual month's figure said: "产假工资按生育津贴发
#: 还没批下来 平时六千八", "病假工资还没核 平常五千" (what comes in now is not known).
_LEAVE_PAY_NOT_APPROVED_ZH = re.compile(
    r"(?:产假|陪产假|病假|育儿假|工伤)[^.;!?\u3002]{0,16}?"
    r"(?:还没批|没批下来|还没下来|还没核|还没定|不知道(?:发|给)多少)[^0-9一二两三四五六七八九.;!?\u3002]"
    rf"{{0,8}}?(?:平时|平常|正常上班(?:的时候)?)[^0-9一二两三四五六七八九.;!?\u3002]{{0,4}}{_FIGURE_35_ZH}"
    + _NO_FIGURE_AFTER_ZH
)
#: Only the pay before the deductions said, the net said to be unread, no figure after: "应发
#: 八千二 实发的那张找不到了" (what comes in is not said).
_ONLY_THE_GROSS_THE_NET_UNSAID_ZH = re.compile(
    rf"应发[^.;!?\u3002]{{0,4}}?{_FIGURE_35_ZH}[^.;!?\u3002]*?实发" + _NO_FIGURE_AFTER_ZH
)
#: A figure put on top of another said only roughly, the whole not worked out: "补助每月一千五,
#: 再加上卖药挣个一千来块", "退休金两千, 加上摆摊三百多" (not once the whole is said after it).
_A_ROUGH_FIGURE_ON_TOP_ZH = re.compile(
    rf"加上[^.;!?\u3002]{{0,12}}?{_FIGURE_35_ZH}(?:来|多)(?:块|元|钱)?"
    r"(?![^.;!?\u3002]*(?:一共|总共|合计|加起来|算下来|总的|就是))"
)
#: Paid by the job, the next not found yet: "做月嫂一单一万二, 下一单还没接到".
_NEXT_JOB_NOT_FOUND_YET_ZH = re.compile(
    r"下一?(?:单|个活|份活|个单子|单活)(?:还|也)?(?:没|没有)(?:接到|接上|着落|谱|定|找到)"
)
#: A raise promised once well or back, none said for now: "老板说手腕好了给我涨到六千, 现在还在
#: 养伤".
_A_RAISE_ONCE_WELL_ZH = re.compile(
    rf"(?:好了|好了以后|好了之后|复工|回去上班)(?:就|再)?(?:给我)?涨到{_FIGURE_35_ZH}(?:块|元)?"
    + _NO_FIGURE_AFTER_ZH
)
#: A share of the pay offered, its yuan not worked out: "工资的三分之一, 我工资三千九".
_A_SHARE_OF_THE_PAY_OFFERED_ZH = re.compile(
    r"(?:工资|收入|退休金|薪水)的(?:一半|三分之[一二]|四分之[一三]|[一二三四五]成)"
    r"(?![^.;!?\u3002]{0,6}(?:就是|也就是|大概|差不多|算下来|等于))"
)
#: Last month's and this month's figures, the next not known: "上个月四千, 这个月三千五, 下个月
#: 不知道". No usual month said.
_NEXT_MONTH_NOT_KNOWN_ZH = re.compile(
    r"上个?月[^.;!?\u3002]*?这个?月[^.;!?\u3002]*?下个?月(?:还|就|也)?"
    r"(?:不知道|不清楚|不一定|说不准|难说|没准)"
)
#: A figure still to be looked up: "可能是五千二, 我得翻翻工资条", "要查一下账单" (but not
#: once the figure looked up is said after it).
_STILL_TO_LOOK_UP_ZH = re.compile(
    r"(?:得|要|需要|回头)(?:再)?(?:翻翻|查查|看看|翻一下|查一下|看一下|对一下|核对一下)"
    rf"(?:工资条|账单|流水|银行卡|记录|账本|短信){_NO_FIGURE_AFTER_ZH}"
)
#: Something taken off this month, how much not known: "请了一周病假要扣, 具体扣多少还不知道".
_A_DEDUCTION_NOT_KNOWN_ZH = re.compile(
    r"扣多少(?:钱)?(?:还|也)?(?:不知道|不清楚|没定|不确定|说不好|没说|没讲)"
)
#: Paid by the piece, how many not known: "一台两百, 也不知道调了多少台".
_HOW_MANY_NOT_KNOWN_ZH = re.compile(
    r"(?:不知道|不清楚|没数|记不清)[\u4e00-\u9fff]{0,2}了?多少(?:台|个|件|单|趟|次|场|间|集|块)"
)
#: Two pensions or wages added up, the own not said: "老伴的退休金跟我的加起来七千, 他比我多".
_OWN_IN_A_JOINT_TOTAL_ZH = re.compile(
    r"(?:跟|和|加上?)我的(?:一起)?(?:加起来|加一块|合起来|一共|总共)[^,;.!?\uff0c\u3002]{0,3}"
    rf"{_FIGURE_35_ZH}(?:块|元)?{_NO_FIGURE_AFTER_ZH}"
)
#: The pay on probation said as a share of the full pay only: "试用期打八折, 转正是五千".
_PROBATION_AT_A_SHARE_ZH = re.compile(
    r"(?:试用期|实习期|见习期)[^,;.!?\uff0c\u3002]{0,6}(?:打[一二三四五六七八九0-9]折|"
    r"(?:按|拿)[^,;.!?\uff0c\u3002]{0,3}[一二三四五六七八九]成)"
    r"(?! ?(?:是|就是|拿|有|到手)?[0-9一二两三四五六七八九])"
)
#: Paid by area: "一平米二十五, 我家一百平" (the sum not worked out).
_A_PRICE_BY_AREA_ZH = re.compile(
    rf"(?:一|每)(?:平米|平方米?|个平方|平)[^,;.!?\uff0c\u3002]{{0,3}}{_FIGURE_35_ZH}"
    r"(?![^.;!?\u3002]*(?:一共|总共|算下来|就是|合计))"
)
#: What was made when prices were better, now less by how much unsaid: "纸板一块二一斤的时候能挣
#: 四千, 现在跌到七毛, 少多了".
_NOW_LESS_THAN_WHEN_ZH = re.compile(
    rf"的时候[^.;!?\u3002]{{0,6}}{_FIGURE_35_ZH}[^.;!?\u3002]*?"
    rf"(?:少多了|少了很多|少了不少|没那么多了){_NO_FIGURE_AFTER_ZH}"
)
#: So many trips a week, a price for one, the month not worked out: "一周去三次, 一次打车来回
#: 八十".
_SO_MANY_TIMES_A_WEEK_AT_A_PRICE_ZH = re.compile(
    r"(?:一|每)(?:周|星期|个?礼拜)[\u4e00-\u9fff]{0,2}[一二两三四五六七八九十0-9]{1,2}次"
    rf"[^.;!?\u3002]*?(?:一|每)次[^.;!?\u3002]{{0,8}}{_FIGURE_35_ZH}"
    r"(?![^.;!?\u3002]*(?:一个月|每个?月|算下来|一共|总共))"
)
#: A bound only, the figure itself withheld: "五千以内吧, 具体不方便说", "三千以上, 具体就不说了".
_A_BOUND_THE_FIGURE_WITHHELD_ZH = re.compile(
    r"(?:以内|以下|之内|以上|之上|不到|出头)(?:吧|啊|呢)?[ ,\uff0c]{0,2}"
    r"具体(?:的|数|多少)?(?:就|我)?(?:不想说|不方便说|不好说|不说了|保密)"
)
#: A lower bound only, no figure after it: "开销起码得两千八", "至少八百", "最少也要还六百",
#: "起码能给四百吧" (the most it could be is not said; "至少三个月" is a time).
_A_LOWER_BOUND_ONLY_ZH = re.compile(
    rf"(?:最?起码|至少|最少)(?:也)?(?:得|要|能)?(?:还|给|花|交)?{_FIGURE_35_ZH}(?:块|元)?"
    rf"(?![0-9.一二两三四五六七八九十百千万]|个|年|天|次|岁|倍|号|点){_NO_FIGURE_AFTER_ZH}"
)
#: A ceiling only, no figure after it, of what comes in or goes out: "顶多三千, 不会更多了",
#: "撑死了两千五" (how far below is not said; of an offer, "最多五百", the ceiling is the offer,
#: so this is not heard at the counter question).
_A_CEILING_ONLY_ZH = re.compile(
    rf"(?:顶多|撑死了?|至多|最多|了不起)(?:也)?(?:就)?(?:是|有|挣|赚|花|还)?{_FIGURE_35_ZH}"
    rf"(?:块|元)?(?![0-9.一二两三四五六七八九十百千万]|个|年|天|次|岁|倍|号|点)"
    rf"{_NO_FIGURE_AFTER_ZH}"
)
#: A ceiling said after the figure, no figure after it: "四千封顶, 一般达不到", "开销三千到顶了"
#: (how far below is not said).
_A_CEILING_SAID_AFTER_ZH = re.compile(
    rf"{_FIGURE_35_ZH}(?:块|元)?(?:就|也就)?(?:封顶|到顶了?|顶天了?)"
    # (no figure after it, though "一般", "一直" may be: "四千封顶 一般达不到")
    r"(?![^0-9一二两三四五六七八九]*(?:[0-9二两三四五六七八九]|一(?!般|直|向|样|定)))"
)
#: A round mark not reached, how far short unsaid: "差口气五千", "开销差一口气三千", "三千大关都
#: 没过", "五千都没到" (not "没到账": money not come in yet).
_SHORT_OF_A_MARK_ZH = re.compile(
    rf"(?:差一?口气|差一点点?就?(?:到|够)?){_FIGURE_35_ZH}(?:块|元)?{_NO_FIGURE_AFTER_ZH}|"
    rf"{_FIGURE_35_ZH}(?:块|元)?(?:的)?(?:大关|关)(?:都|也|还)?没(?:过|到|破|上)|"
    rf"{_FIGURE_35_ZH}(?:块|元)?(?:都|也|还)没(?:过|破|到(?!账|手|位))(?:呢)?{_NO_FIGURE_AFTER_ZH}"
)
#: A total shared with someone, the own part of it not known: "我跟我妈的加一起五千, 她的多少我
#: 也不清楚", "两口子开销四千 我出多少没算过" (how it splits is not said).
_A_SHARED_TOTAL_OWN_PART_UNKNOWN_ZH = re.compile(
    r"(?:两口子|我们俩|我俩|俩人|加一起|加起来|加一块|合起来)[^.;!?\u3002]*?"
    rf"{_FIGURE_35_ZH}[^.;!?\u3002]*?(?:我|她|他|自己)[\u4e00-\u9fff]{{0,6}}多少(?:钱)?(?:我)?"
    r"(?:也|都)?(?:没细算|没算过?|不清楚|不知道|说不清|没数)"
)
#: The own share of a cost said as a part after it is paid back, not worked out: "药费一个月八百,
#: 报销以后自己出百分之二十", "自己承担三成" (no figure after it).
_AN_OWN_SHARE_AFTER_A_REFUND_ZH = re.compile(
    r"(?:自己|我)(?:只)?(?:出|掏|付|承担|负担)(?:百分之[一二三四五六七八九十]+|[0-9]{1,2} ?%|"
    rf"[一二两三四五六七八九]成){_NO_FIGURE_AFTER_ZH}"
)
#: The rest said to be as much as a figure not given: "房租九百 其他的跟我老婆的工资一样多".
_THE_REST_AS_MUCH_AS_UNSAID_ZH = re.compile(
    r"(?:其他|其余|剩下|别的)的?(?:开销|花销|钱)?(?:跟|和|同)[^,;.!?\uff0c\u3002 ]{1,10}"
    rf"(?:一样多|一样|差不多多?){_NO_FIGURE_AFTER_ZH}"
)
#: A profit said as the difference only, not worked out: "整租四千二 分租出去收六千 就挣个差价".
_A_MARGIN_NOT_WORKED_OUT_ZH = re.compile(
    rf"(?:挣|赚)(?:个|点|的是|的就是)?差价{_NO_FIGURE_AFTER_ZH}"
)
#: An offer and a lower one if it is refused: "七百 不行的话就六百五" (which one is offered is
#: not settled; not "三千不行 一千五吧": the bank's figure refused, the own offered).
_AN_OFFER_AND_A_FALLBACK_ZH = re.compile(
    rf"{_FIGURE_35_ZH}(?:块|元)?[ ,\uff0c]{{0,2}}(?:(?:要是|如果)不行(?:的话)?|不行的话)"
    r"[ ,\uff0c]{0,2}"
    rf"(?:那)?就?{_FIGURE_35_ZH}"
)
#: A figure and "a little over" said loosely, how much over unsaid: "四千拐点弯", "三千擦点边",
#: "五千挂点零" (a bound, not the figure).
_A_LITTLE_OVER_SAID_LOOSELY_ZH = re.compile(
    rf"{_FIGURE_35_ZH}(?:块|元)?(?:拐(?:点|个|了个)弯|擦(?:点|个)边|挂(?:点|个)零)"
)
#: A figure in dollars said with the slang "刀": "一个月三千刀", "两千美刀" (nobody converts for
#: the cardholder; not "刀" as a thing: "一把刀").
_DOLLARS_IN_SLANG_ZH = re.compile(
    rf"{_FIGURE_35_ZH}(?:美)?刀(?=$|[ ,.;!?\uff0c\u3002]|一个月|每个?月|左右|吧|啊)"
)
#: The figure said to be checked again later, no other figure after it: "五千 不对 可能是四千五
#: 我回头再看看", "大概三千 等会儿再确认一下".
_TO_CHECK_AGAIN_LATER_ZH = re.compile(
    r"(?:回头|等会儿?|晚点|过后|改天)(?:我)?再(?:看看|查查|看一下|查一下|确认一下|确认|核对一下|对一下)"
    rf"{_NO_FIGURE_AFTER_ZH}"
)
#: Paid by the minute, the piece or the job, how many not counted yet: "配音一分钟两百, 这个月接了
#: 多少分钟还没统计", "做了多少单还没算".
_HOW_MANY_NOT_COUNTED_YET_ZH = re.compile(
    r"(?:接|做|干|跑|拍|录|配|写|送)了?多少(?:分钟|个|件|单|趟|次|场|集|张|页|字|小时)"
    r"(?:还|也|我)?(?:没统计|没算|没数|不知道|不清楚|记不清)"
)
#: The gross pay said, what came in not remembered: "应发六千二, 实发多少我忘了", or not looked
#: at: "税前九千 到手多少我也没细看".
_THE_NET_NOT_REMEMBERED_ZH = re.compile(
    r"(?:实发|到手|实际到手|实到)(?:的)?(?:是)?多少(?:钱)?(?:我)?(?:也|都|还)?(?:忘了|记不清了?|"
    r"不记得了?|不知道|不清楚|没(?:仔细|细)?看|没注意)"
)
#: The cardholder asks which of the figures said to take: "上个月三千六 这个月四千一 你们看用哪个".
_WHICH_ONE_TO_TAKE_ASKED_ZH = re.compile(
    r"(?:你们?|您)(?:看|说|觉得)?(?:该)?(?:用|按|算|填|选|要)哪(?:个|一个|个月)"
)
#: Someone else's pay said, the own only as a little more or less: "他四千八 我可能少点", "人家
#: 五千 我比他多一点".
_OWN_BESIDE_ANOTHERS_ZH = re.compile(
    rf"(?:他|她|人家|主任|师傅)[^.;!?\u3002]{{0,4}}{_FIGURE_35_ZH}(?:块|元)?[ ,\uff0c]{{0,2}}"
    r"我(?:可能|大概|应该|估计)?(?:比他|比她)?(?:少|多|低|高)(?:点|一点|些|一些)"
)
#: The pay of a few months come in together, their total said after, the month's not worked out:
#: "两个月的一起发的 一共九千", "三个月工资一次性结的 总共一万五" (not when the month's is said
#: after it, nor "标准是一个月一千, 不过是三个月一起发": no total).
_MONTHS_PAID_TOGETHER_ZH = re.compile(
    r"(?:[两三四2-4]个月|俩月)的?(?:工资|钱)?(?:是)?(?:一起|一块儿?|一次性?|合在一起)(?:发|结|给|打)"
    r"(?![^.;!?\u3002]*(?:每个?月|一个月|平均|相当于|算下来))"
    r"(?=[^.;!?\u3002]{0,6}(?:一共|总共|合计|加起来))"
)
#: Paid when a job is done, not by the month: "一个工地干完结一回 一回一万来块" (not when the
#: month's is said after it).
_PAID_WHEN_A_JOB_IS_DONE_ZH = re.compile(
    r"(?:干完|做完|完工|完活)(?:了)?(?:才)?(?:结|发|给)(?:一)?(?:回|次|趟)"
    r"(?![^.;!?\u3002]*(?:每个?月|一个月|平均|相当于|算下来))"
)
#: Paid back once every few months, the month's not worked out: "半年还一回, 一回三千" (not when
#: the month's is said after it). "隔一个月还一次" is every other month.
_REPAID_EVERY_FEW_MONTHS_ZH = re.compile(
    r"(?:[两三四六2346]个月|半年|一年|隔一?个月)(?:才)?还(?:一)?(?:回|次|趟)"
    r"(?![^.;!?\u3002]*(?:每个?月|一个月|平均|相当于|算下来))"
)
#: A figure paid each time every few months, said with "每": "每三个月凑两千还你们", "每隔两个月
#: 打一千五" (the month's not worked out; not when it is said after: "每两个月三千 一个月合一千五").
_EVERY_FEW_MONTHS_A_FIGURE_ZH = re.compile(
    r"每(?:隔)?(?:两|三|四|五|六|[2-6])个月(?:都|就|能|可以)?"
    r"(?:凑|还|给|交|付|打|转|拿出|挤出)(?:个|上)?[0-9一二两三四五六七八九十]"
    r"(?![^.;!?\u3002]*(?:每个?月|一个月|平均|相当于|算下来|摊|合))"
)
#: A rate by the hundred or the thousand pieces, no month's figure: "计件 一千张两块 多劳多得".
_A_RATE_BY_THE_HUNDREDS_ONLY_ZH = re.compile(
    r"(?:一|每)(?:千|百|万)(?:张|个|件|份|页|字|斤)(?:是|给|算)?"
    rf"{_FIGURE_35_ZH}(?:块|元|毛)?{_NO_FIGURE_AFTER_ZH}"
)
#: The figure said to be looked up before it is given: "四千六, 不对, 我翻翻工资条再说",
#: "查一下账单再告诉你" (see :data:`_STILL_TO_LOOK_UP_ZH`).
_TO_LOOK_UP_FIRST_ZH = re.compile(
    r"(?:看看|查查|翻翻|看一下|查一下|翻一下|对一下|核对一下)"
    r"(?:工资条|账单|流水|银行卡|记录|账本|短信)再(?:说|告诉你们?|跟你们?说|回复你们?)"
)
#: Paid once every few months, the month's not worked out: "工资三个月发一回, 一回一万二", "半年
#: 结一次" (not when the month's is said after it).
_PAID_EVERY_FEW_MONTHS_ZH = re.compile(
    r"(?:[两三四六2346]个月|半年)(?:才)?(?:发|结|给)(?:一)?(?:回|次|趟)"
    r"(?![^.;!?\u3002]*(?:每个?月|一个月|平均|相当于|算下来))"
)
#: Two pays coming in together, whose is whose not known: "我俩的工资都打到一张卡上, 一共九千,
#: 分不清谁的多".
_OWN_NOT_TOLD_APART_ZH = re.compile(
    r"分不清(?:楚)?(?:谁多谁少|谁的多|谁的少|哪些?是我的|哪个是我的|各是多少|各自多少)"
)
#: A commission as a rate of the sales, the month's not worked out: "底薪三千, 卖一单提百分之
#: 五, 这个月卖了两万多" (not once the month's pay or the commission's figure is said).
_A_COMMISSION_AT_A_RATE_ZH = re.compile(
    r"提(?:成)?(?:百分之[一二三四五六七八九十点]+|[0-9.]+ ?%|[一二三四五六七八九十]个点)"
    r"(?![^.;!?\u3002]*(?:到手|一共|总共|实发|合计|加起来|工资条|拿了|发了|"
    r"提成(?:是|有|拿了|拿)?[0-9一二两三四五六七八九]))"
)
#: The same, the points counted with "两" or "几": "底薪三千, 提两个点, 这个月卖了八万".
_A_COMMISSION_AT_A_FEW_POINTS_ZH = re.compile(
    r"提(?:成)?(?:两|几)个点"
    r"(?![^.;!?\u3002]*(?:到手|一共|总共|实发|合计|加起来|工资条|拿了|发了|"
    r"提成(?:是|有|拿了|拿)?[0-9一二两三四五六七八九]))"
)
#: A split with a master or the shop said as a ratio, then only the shop's takings, no own
#: share after: "跟师傅四六分, 这个月店里流水两万" (not "..., 我拿八千").
_A_SPLIT_BY_A_RATIO_OF_THE_TAKINGS_ZH = re.compile(
    r"(?:三七|二八|四六|五五|对半|一九)(?:开|分)(?:账|成)?"
    r"[^.;!?\u3002]*?(?:流水|营业额|一共做了|总共做了|一共收了|总共收了)"
    rf"(?:有|是)?{_FIGURE_35_ZH}(?:块|元)?{_NO_FIGURE_AFTER_ZH}"
)
#: The most ever made in a month, said alone: "最多的一个月拿过六千", "最好的时候一个月挣过
#: 八千" (a best month of the past, no month's figure; not beside the usual one).
_THE_MOST_EVER_ALONE_ZH = re.compile(
    r"^[^0-9一二两三四五六七八九]{0,8}(?:最多|最好|最高|最旺)(?:的)?(?:一个月|时候|那个月|那阵子?)"
    r"(?:一个月)?(?:能|也)?(?:拿|挣|赚|发|收入|到手)(?:过|到过)"
    rf"{_FIGURE_35_ZH}(?:块|元)?{_NO_FIGURE_AFTER_ZH}"
)
#: The same beside another figure, the usual: "月薪五千 最好的时候一个月挣过八千" (blanked, the
#: other is read; alone it is asked again, see above).
_THE_MOST_EVER_BESIDE_ANOTHER_ZH = re.compile(
    r"(?:最多|最好|最高|最旺)(?:的)?(?:一个月|时候|那个月|那阵子?)"
    r"(?:一个月)?(?:能|也)?(?:拿|挣|赚|发|收入|到手)(?:过|到过)"
    rf"{_FIGURE_35_ZH}(?:块|元)?"
)
#: A running total or a year's read off a statement, no month's figure: "只看得见累计应发五万二",
#: "年度账单说全年支出四万二" (not with a figure said before or after it).
_A_RUNNING_OR_A_YEARS_TOTAL_ALONE_ZH = re.compile(
    r"^[^0-9一二两三四五六七八九]*?(?:累计|全年|年度|一整年)(?:的)?"
    r"(?:应发|实发|收入|工资|到手|支出|开销|花销|消费|花了|总共|一共)(?:了|是|有)?"
    rf"{_FIGURE_35_ZH}(?:块|元)?{_NO_FIGURE_AFTER_ZH}"
)
#: Paid by the deal, none closed this month: "介绍成一单提三千, 这个月一单都还没成", "卖一套提
#: 五千 这个月一套也没卖" (no month's figure, none after; not beside a base pay, "底薪1800 …
#: 这个月一套都没成 就拿个底薪").
_PAID_BY_THE_DEAL_NONE_YET_ZH = re.compile(
    r"^(?:(?!底薪|保底|基本工资)[^.;!?\u3002])*?"
    r"(?:这个月|本月|这月|目前|现在)(?:还)?一(?:对|单|套|个|件|笔|台|辆)(?:都|也)?(?:还)?"
    rf"没(?:成|谈成|卖出去|卖|签|开张){_NO_FIGURE_AFTER_ZH}"
)
#: A figure taken back as too much or too little, none said after: "三千九 哦不对 扣了社保好像
#: 没这么多", "五千 不对 应该不止这些".
_A_FIGURE_TAKEN_BACK_AS_OFF_ZH = re.compile(
    r"(?:不对|不是)[^0-9一二两三四五六七八九]{0,10}?(?:好像|可能|应该|估计|大概)?"
    r"(?:没这么多|没有这么多|没那么多|没有那么多|不止这些|不止这么多|不到这么多)"
    rf"{_NO_FIGURE_AFTER_ZH}"
)
#: The month's payment not known, a loan's size or rate said: "年息百分之十五 借了三万 每月还
#: 多少我也不清楚" (a balance is no payment).
_THE_MONTHS_PAYMENT_NOT_KNOWN_ZH = re.compile(
    r"(?:每个?月|一个月|月)(?:要)?还多少(?:钱)?(?:我)?(?:也|都)?"
    r"(?:不清楚|不知道|忘了|记不清了?|不记得了?|没算过|搞不清)"
)
#: The month's pay not known yet, its part still to be worked out or unread: "底薪两千八 提成下个月
#: 才算出来", "合同上写的五千五 扣完社保到手多少我也没细看", "退休金还在核定 说是大概三千",
#: "上个月拿了四千三 这个月活少 估计没那么多" (a figure said is no month's).
_THE_MONTHS_PAY_NOT_KNOWN_YET_ZH = re.compile(
    r"(?:提成|奖金|绩效)[^,;.!?\uff0c\u3002]{0,4}(?:还没|没|下个?月才|月底才|过几天才|还得等)"
    rf"(?:算|出|结|定|发|下来){_NO_FIGURE_AFTER_ZH}|"
    r"到手(?:有|是|能有|能拿)?多少(?:钱)?(?:我)?(?:也|都|还)?"
    r"(?:没细看|没看|没注意|不知道|不清楚|没算|搞不清|不记得|说不好)|"
    r"(?:还在|正在)(?:核定|核算|审批|审核)|"
    rf"上个?月[^.;!?\u3002]{{0,8}}{_FIGURE_35_ZH}[^.;!?\u3002]*?这个?月[^.;!?\u3002]*?"
    rf"(?:没那么多|没有那么多|没这么多|会少|少一些|少点){_NO_FIGURE_AFTER_ZH}"
)
#: A rate by the piece and how many, the month not worked out: "标数据一条三毛 这个月标了一万四千
#: 条", "训一条狗我拿两千 这个月训了几条还没结" (the same measure word for the rate and the count).
_A_RATE_AND_A_COUNT_NOT_WORKED_OUT_ZH = re.compile(
    r"(?:一|每)([条单件张只本套箱台])[^,;.!?\uff0c\u3002]{0,4}"
    rf"{_FIGURE_35_ZH}(?:块|元|毛|角)?[^.;!?\u3002]*?(?<![另第])(?!一\1)(?:{_FIGURE_35_ZH}|几)\1"
    rf"{_NO_FIGURE_AFTER_ZH}(?![^.;!?\u3002]*(?:一共|总共|算下来|合计|就是))"
)  # (not "一套一千二租出去了 另一套空着": another one; nor "保养了60台 工资卡进了5800")
#: A rate by the piece, how many said to hang on something, the month's not worked out: "补一个
#: 胎二十 看一天能来几辆车", "一车给五十 拉多少车看活儿" (what the month came to is asked). The
#: rate may be a small sum in 块 alone, its piece blanked before as land ("一亩"); the count is
#: said with its measure word ("几辆", "多少车"): not "一个月四千 看提成多少", no rate.
_A_RATES_COUNT_SAID_TO_DEPEND_ZH = re.compile(
    rf"(?:(?:一|每)(?!个?月|年|[千百万十])[\u4e00-\u9fff]{{1,3}}?{_FIGURE_35_ZH}|"
    rf"{_FIGURE_35_ZH}(?=块|元|毛))"
    r"[^.;!?\u3002]*?(?:看[^.;!?\u3002 0-9]{0,6}?(?:几|多少)[个位单车亩件张趟台只条家户辆天人]|"
    r"(?:几|多少)[个位单车亩件张趟台只条家户辆天人][^.;!?\u3002 0-9]{0,4}?看)"
    rf"{_NO_FIGURE_AFTER_ZH}"
)
#: Spending said as a share of the pay only: "工资四千 开销占七成吧" (not worked out).
_SPENDING_AS_A_SHARE_OF_THE_PAY_ZH = re.compile(
    r"(?:开销|花销|支出|花费|开支|花的|用的)(?:大概|差不多|能)?(?:占|是)(?:工资|收入)?(?:的)?"
    rf"(?:[一二三四五六七八九]成|百分之[一二三四五六七八九十]+|[0-9]{{1,2}}%){_NO_FIGURE_AFTER_ZH}"
)
#: A figure for a good year and one for a bad year, which this one is not said: "雪大的年份一个
#: 月六千 雪小就三千来", "生意好的时候五千 差的时候两千" (no month's, nor a sum of the two).
_A_GOOD_AND_A_BAD_YEARS_FIGURE_ZH = re.compile(
    r"(?:大|好|旺|多)的(?:年份|年头|时候|年)[^.;!?\u3002]{0,8}?[0-9一二两三四五六七八九]"
    r"[^.;!?\u3002]{1,8}?(?:小|差|淡|不好|少)(?:的)?(?:年份|年头|时候)?(?:的话)?"
    r"(?:就|也|只有|只能)?[0-9一二两三四五六七八九]"
)
#: A little over a round figure said with "零点儿": "开销三千零点儿" (how much over unsaid).
_A_LITTLE_OVER_WITH_A_NOUGHT_ZH = re.compile(r"[千万百]零(?:点儿|点点|一点儿?)")
#: What was sold said to be the boss's or the shop's: "一件旗袍卖两万 那是老板的, 我按月拿三千"
#: (no pay of the cardholder's; blanked).
_A_SALE_SAID_TO_BE_THE_BOSSES_ZH = re.compile(
    rf"{_FIGURE_35_ZH}(?:块|元)?[ ,\uff0c]{{0,2}}(?:那|这)(?:是|都是|钱是|个是|些是)"
    r"(?:老板|店里|公司|厂里|师傅|东家|店家)的"
)
#: A character of whose money a thing is, none saying it is the cardholder's, the home's or
#: shared, nor of a time: for :data:`_A_FIGURE_SAID_TO_BE_ANOTHERS_ZH`.
_NOT_THE_OWN_ZH = (
    r"(?:(?!我|自己|家|俩|两个人|咱|我们|一半|年|月|季|周|天|税|前|后|扣|完|净|到手|实)"
    r"[\u4e00-\u9fff])"
)
#: A figure said right after to be another's, whoever that is, not the cardholder's: "做一张桌子
#: 三千那是客户付给厂里的 我拿月薪", "仓库租金五千那是合伙人的 家里花两千", "一斤二十那是
#: 收购价 不是我的". Blanked when a figure is left beside it (the own one is the answer). Not
#: the figure's own kind: "七千 这个是扣完社保的" (what came in).
_A_FIGURE_SAID_TO_BE_ANOTHERS_ZH = re.compile(
    rf"(?:{_FIGURE_35_ZH}|好几[十百千万]+)(?:多)?(?:块钱?|元)?[ ,\uff0c]{{0,2}}(?:那|这)(?:个|些)?"
    rf"(?:都|也)?是(?:{_NOT_THE_OWN_ZH}{{1,10}}?的|"
    rf"{_NOT_THE_OWN_ZH}{{1,6}}[ ,\uff0c]{{0,2}}不是我的)"
    r"(?=$|[ ,.;\uff0c\u3002])"  # (the clause ends: not "那是老板收的台班费", a thing named)
)
#: Before or after tax, or what came in, said of the pay named right after it: "应发工资 6350
#: 实发工资 5418", "税前薪资九千 税后七千六". The mark is moved next to its figure ("工资应发
#: 6350"), where the gross and the net are told apart, not added up as two items. A slip may
#: name the sum "金额" too ("实发金额 5,210.40").
_GROSS_OR_NET_BEFORE_THE_PAYS_NAME_ZH = re.compile(
    r"(应发|实发|税前|税后|到手)(工资|薪资|薪水|收入|合计|金额)"  # "应发合计" on a pay slip
)
#: A balance said right after to be paid back on no monthly plan: "欠我姑的三万不用按月还",
#: "借同学八千 不急着还". Blanked where another debt's figure is left beside it (its payment is
#: the answer; alone, the balance is read as before).
_A_BALANCE_NOT_REPAID_MONTHLY_ZH = re.compile(
    rf"{_FIGURE_35_ZH}(?:块钱?|元)?[ ,\uff0c]{{0,2}}(?:他|她|人家)?(?:说)?(?:也)?"
    r"(?:不用|不需要|不急着|不着急|不必|没让我|不要求)(?:按月|每个?月|马上)?还"
)
#: An extra's figure said right before its name, then set aside: "中秋那五百过节费不算", "两千
#: 年终奖不算" (blanked where another figure is left: the pay said beside it).
_AN_EXTRAS_FIGURE_SET_ASIDE_ZH = re.compile(
    rf"{_FIGURE_35_ZH}(?:块钱?|元)?(?:的)?(?:慰问金|过节费|红包|年终奖|考核奖|奖金|福利)"
    r"(?:也|都)?[ ,\uff0c]?不算(?![,.!\s]{0,3}(?:那|那么)?就)"
)
#: A gift card at a festival, said to be no money: "过节发了三百的购物卡, 那个不算" (blanked).
_A_GIFT_CARD_SET_ASIDE_ZH = re.compile(
    rf"{_FIGURE_35_ZH}(?:块|元)?的(?:超市|购物|加油|油|提货|商场|礼品|京东)?(?:卡|券)"
    r"(?:[ ,\uff0c]{0,2}(?:那个|这个)?(?:也)?(?:不是钱|不算|不能算|不当钱)){1,2}"
)
#: This month's figure raised by back pay, the usual month said after: "这个月到账八千 是补发了
#: 上个月的, 平时一个月四千" (the one-off blanked, the usual is the answer).
_THIS_MONTH_WITH_BACK_PAY_BEFORE_THE_USUAL_ZH = re.compile(
    rf"(?:这个月|这月|本月)[^.;!?\u3002]{{0,12}}?{_FIGURE_35_ZH}(?:块|元)?"
    r"[^.;!?\u3002]{0,16}?补发[^.;!?\u3002]{0,10}?(?=[ ,\uff0c]{1,2}平时(?:一个月|每个?月))"
)
#: An extra with no fixed figure, set aside: "每月四千一 客人给的小费不固定 那个别算", "奖金不一定
#: 不用算", "帮人搬家的钱不固定 那个不算" (a side job's money; no figure of its own; blanked,
#: the pay said is the answer).
_AN_UNFIXED_EXTRA_SET_ASIDE_ZH = re.compile(
    r"(?:小费|提成|奖金|外快|加班费|补贴|的钱)(?:也|都)?(?:不固定|不一定|时有时无)[ ,\uff0c]{0,2}"
    r"(?:那个|这个|那些|这些|这)?(?:就)?(?:别算|不算|不用算|不计)"
)
#: At the spending, an item said right after its figure to be no necessity: "彩票每期买十块 那个
#: 不是必须的", "奶茶一个月两百 这个可有可无" (left out of the sum, as "not essential").
_AN_ITEM_SAID_NO_NECESSITY_ZH = re.compile(
    rf"{_FIGURE_35_ZH}(?:块|元)?[ ,\uff0c]{{1,2}}(?:那个|这个|那|这)(?:也|其实)?"
    r"(?:不是必须的?|不是必需的?|不是非花不可的?|可有可无)"
)
#: A whole, a part inside it set aside, the rest said right after "不算的话": "总共四千二 其中
#: 六百是打牌输的 不算的话三千六" (the whole and the part blanked, the rest is the answer).
_A_WHOLE_AND_ITS_PART_BEFORE_THE_REST_ZH = re.compile(
    r"^[^.;!?\u3002]*?(?:其中|里面|这里面|里头)[^.;!?\u3002]{1,20}?"
    r"不算的话(?= ?[0-9一二两三四五六七八九])"
)
#: The least and the most, no figure between: "少则五百, 多则八百", "最少四百 最多六百".
_THE_LEAST_AND_THE_MOST_ZH = re.compile(
    rf"(?:少则|最少)(?:也)?{_FIGURE_35_ZH}[^.;!?\u3002]{{0,6}}(?:多则|最多)(?:也)?{_FIGURE_35_ZH}"
)
#: Paid back each time something is sold or comes in, not monthly: "每卖一批羊还一次, 一次还五千",
#: "每收一茬就给一回" (not each payday: "每结一次工资还一次").
_PAID_EACH_TIME_SOMETHING_SELLS_ZH = re.compile(
    r"每(?:卖|收|出|交|结)(?:(?!工资|月)[\u4e00-\u9fff]){0,6}(?:就)?(?:还|给|打)(?:一)?(?:次|回|笔)"
)
#: A loan taken, how it is paid back not chosen yet: "借呗借了两万 还没选分几期", "分多少期还没
#: 定" (its size is no month's payment).
_INSTALMENTS_NOT_CHOSEN_YET_ZH = re.compile(
    r"(?:还|都)?(?:没|没有|未)(?:选|定|决定|想好|确定)(?:好)?(?:要)?(?:分|还)(?:几|多少)(?:期|个月)|"
    r"分(?:几|多少)(?:期|个月)(?:还|都)?(?:没|没有|未)(?:选|定|决定|想好|确定)"
)
#: One of two payments fixed, the other not: "一次五百, 另一次不一定", "另外一笔看情况".
_THE_OTHER_ONE_NOT_FIXED_ZH = re.compile(
    r"另(?:一|外一|外那)(?:次|笔|回|个|家)(?:还|的)?(?:就)?(?:不一定|不固定|说不准|不知道|没准|看情况)"
)
#: A price each time, and how many times a rough count: "一次复查四百, 一个月去两三回", "一茬卖
#: 八千, 一年收三四茬". The month's is no single figure.
_A_RANGE_OF_TIMES_AT_A_PRICE_ZH = re.compile(
    r"(?:一|每)(?:次|回|趟|茬|批)[^.;!?\u3002]{0,24}?"
    r"(?:两三|三四|四五|五六|六七|七八|八九|三五|十来)(?:回|次|趟|茬|批)|"
    r"(?:两三|三四|四五|五六|六七|七八|八九|三五|十来)(?:回|次|趟|茬|批)[^.;!?\u3002]{0,24}?"
    r"(?:一|每)(?:次|回|趟|茬|批)"
)
#: An advance each month, settled at the year's end: "每月先预支两千生活费, 年底多退少补".
_AN_ADVANCE_SETTLED_LATER_ZH = re.compile(
    r"预(?:支|发|借)[^.;!?\u3002]*?(?:多退少补|年底(?:再|才)?(?:结|算|清))"
)
#: This month's pay beside a usual one said as a rough range: "这个月到手五千九, 平时也就四千
#: 七八". The usual is no single figure, this month's is no usual month.
_THIS_MONTH_BESIDE_A_USUAL_RANGE_ZH = re.compile(
    r"这个?月[^.;!?\u3002]*?(?:平时|平常|一般|正常月份?)[^0-9一二两三四五六七八九.;!?\u3002]{0,4}"
    r"[一二两三四五六七八九][千万](?:两三|三四|四五|五六|六七|七八|八九)"
    r"(?![百0-9一二三四五六七八九])"
)
#: The pay, then a sum the payroll takes off it, what is left not said: "工资四千八 每月扣社保五百",
#: "月薪五千 公积金扣三百". The deduction is no item to add, and the net is not worked out for
#: the cardholder (round 31: "应发6800 扣社保五百六 ... 到手自己算吧"); once the net is said
#: ("到手四千三", "实发", "剩下") it is read as before.
_A_PAYROLL_DEDUCTION_NO_NET_ZH = re.compile(
    r"^(?![^\u3002]*?(?:到手|实发|实际|剩|落|打到|打卡|卡里|税后|净|以后|之后|扣完|一共|总共|合计|"
    r"不算|不含|含在|包括|已经扣))"
    r"[^\u3002]*?(?:扣(?:掉|了|除)?(?:每个?月)?(?:的)?(?:社保|五险一金|五险|公积金|个税|医保|养老保险)|"
    r"(?:社保|五险一金|五险|公积金|个税|医保|养老保险)(?:每个?月)?(?:要|得|还)?扣(?:掉|了)?)"
    rf"(?:是|要|得|就|大概|差不多)?{_FIGURE_35_ZH}"
)
#: The pay, then a sum the employer takes off it, what is left not said: "wage is 1800, they take
#: 150 for pension" (not 1950: the deduction is no item to add; the net is not worked out).
_A_PAYROLL_DEDUCTION_NO_NET_EN = regex(
    r"\b(?:they|work|the (?:company|firm|employer)|my (?:employer|work)) (?:also )?"
    r"(?:take|takes|deduct|deducts|knock|knocks|stop|stops)(?: off)? (?:about |around )?"
    r"(?:£ ?)?[0-9][0-9,.]*(?: off)? (?:for|towards?|in) (?:the |my |their )?"
    r"(?:pension|tax|ni|national insurance|student loan|union)\b"
    r"(?![^.;!?]*\b(?:so|leaving|left|take home|net|in my hand|lands?|comes? to|i get)\b)"
)
#: Two cases, a figure for each: "孩子在的话三千, 不在两千", "忙的话五千 不忙的话三千". No one
#: figure is the month's.
_A_FIGURE_FOR_EACH_CASE_ZH = re.compile(
    rf"的话(?:就|是|要|得)?{_FIGURE_35_ZH}(?:块|元)?[ ,\uff0c]{{1,2}}"
    rf"不[\u4e00-\u9fff]{{0,4}}?(?:的话)?(?:就|是|要|得)?{_FIGURE_35_ZH}"
)
#: Odd months and even months each with a figure: "单月发四千 双月发五千二" (no one month's,
#: nor a sum of the two).
_ODD_AND_EVEN_MONTHS_ZH = re.compile(
    r"(?:单|双)月[^.;!?\u3002]{0,6}[0-9一二两三四五六七八九][^.;!?\u3002]*?(?:单|双)月"
    r"[^.;!?\u3002]{0,6}[0-9一二两三四五六七八九]"
)
#: A month's pay with a bonus or back pay inside it, its size not known or the usual month's not
#: said: "到手八千 里面有年终奖 年终奖多少不清楚", "发了九千 补发了两个月的提成 平时得看提成".
_A_ONE_OFF_INSIDE_THE_PAY_ZH = re.compile(
    r"(?:里面|里头|这里面|其中)(?:有|含|包括|包含)(?:了)?(?:季度奖|年终奖|奖金|绩效|提成|补发|补贴)"
    r"[^.;!?\u3002]{0,12}(?:不清楚|不知道|说不清|记不清|没数)|"
    r"补发(?:了)?[^.;!?\u3002]{0,16}平时(?:多少|的话|一般)?(?:得|要|就|都)?"
    r"(?:看|不一定|不固定|说不准)"
)
#: A whole shared between partners, the own part said only as the larger or the smaller one:
#: "和朋友合开饭店 一个月两人分八千 他拿大头", "俩人分 我拿小头" (no figure of the own after).
_THE_LARGER_SHARE_SAID_ONLY_ZH = re.compile(
    r"(?:俩人|两人|两个人|我们俩|我俩|合伙|合开|几个人)[^.;!?\u3002]*?"
    rf"{_FIGURE_35_ZH}[^.;!?\u3002]{{0,8}}?(?:拿|占|分)(?:大头|小头|多的|少的|大份|小份)"
    rf"{_NO_FIGURE_AFTER_ZH}"
)
#: A cost as much as is used, the month's not said: "油费看跑多少", "花呗看这个月花多少" (not
#: when the month's is said after it: "油费看跑多少 一个月五百左右").
_AS_MUCH_AS_IS_USED_ZH = re.compile(
    r"看(?:这个?月|当月|每个?月)?(?:跑|用|开|花|烧|走|刷)(?:了)?多少"
    r"(?![^.;!?\u3002]*(?:一个月|每个?月|平均|算下来|一般))"
)
#: Paid back when there is money, no month's payment: "欠我姐五千 什么时候有钱什么时候还",
#: "有钱了就还点", "有了就还 没有就先欠着", "有钱再还", "什么时候有什么时候还" (not when a
#: month's is said: "每个月还五百").
_REPAID_WHEN_THERE_IS_MONEY_ZH = re.compile(
    r"^(?![^.;!?\u3002]*(?:每个?月|一个月|月供))[^.;!?\u3002]*?"
    r"(?:(?:啥|什么)时候有(?:钱)?(?:了)?(?:就)?(?:啥|什么)?(?:时候)?还|有(?:钱|了)(?:了)?(?:就|再)还)"
)
#: Paid back each payday, paid every half month or week, the month's not worked out: "发一回
#: 工资还一回 一回两百 工资一周一发" (the month's is more than the figure said).
_PER_PAYDAY_PAID_TWICE_A_MONTH_ZH = re.compile(
    r"^(?=.*(?:发|结)(?:一次|一回)(?:工资|钱)?(?:就)?还(?:一次|一回))"
    r"(?=.*(?:半个月|一周|每周|两周|礼拜|星期)(?:才)?(?:一)?(?:发|结))"
)
#: Only how much more or less than another figure, what it comes to not worked out: "比上个月
#: 少了两百", "比最低工资高五百 最低工资是两千三" (not when a figure of its own follows).
_ONLY_MORE_OR_LESS_THAN_ZH = re.compile(
    r"^[^0-9二两三四五六七八九]*?比[^.;!?\u3002,\uff0c 0-9]{1,12}(?:多|少|高|低)(?:了)?(?:个)?"
    rf"{_FIGURE_35_ZH}(?:块|元)?"
    r"(?![^.;!?\u3002]*?(?<![0-9一二两三四五六七八九十百千万点])"
    r"(?<!标准是)(?<!标准)(?<!上个月是)(?<!上个月)(?<!上月)(?<!去年)(?<!以前)(?<!原来)"
    r"(?<!原来是)(?<!以前是)[0-9一二两三四五六七八九])"
)
#: One item costed, the rest said not to be worked out: "房租两千 别的零碎开销没算过", "其他的
#: 杂七杂八的说不清" (not when a total is said after it).
_THE_REST_NOT_WORKED_OUT_ZH = re.compile(
    r"(?:其他|其它|别的|剩下的|其余)(?:的)?[^.;!?\u3002 0-9]{0,8}?"
    r"(?:没细算|没算过|没仔细算|不清楚|说不清|没数|没记过?)"
    r"(?![^.;!?\u3002]*(?:一共|总共|加起来|算下来|合计))"
)
#: A cost of last month or of one time, the usual month's said only vaguely: "上个月孩子住院花了
#: 五千 平时嘛 就那样", "这个月修车花了两千 平常不好说".
_A_ONE_OFF_THE_USUAL_VAGUE_ZH = re.compile(
    r"(?:上个?月|这个?月|那次|前阵子)[^.;!?\u3002]{0,16}[0-9一二两三四五六七八九][^.;!?\u3002]{0,8}"
    r"(?:平时|平常|一般)(?:嘛|呢|的话|吧)?[ ,\uff0c]{0,2}(?:也)?(?:就)?"
    r"(?:那样|不好说|说不好|不一定|看情况|没数)"
    rf"{_NO_FIGURE_AFTER_ZH}"
)
#: A lower bound, then a larger figure it could be: "1,100 at least, could be 1,250 with the car
#: stuff", "at least 900, maybe 1,000".
_A_BOUND_THEN_WHAT_IT_COULD_BE_EN = regex(
    r"(?:[0-9] ?(?:k|grand|quid|pounds?)?,? at (?:the )?(?:very )?least|"
    r"\bat least (?:[$€£] ?)?[0-9][0-9,.]*(?: ?(?:k|grand))?)[^.!?0-9]{0,20}"
    r"\b(?:could|might|may|maybe|possibly|prob\w*)"
    r"(?: well)?(?: be| go| hit| reach)?(?: up to| as much as| nearer| more like| closer to)? "
    r"(?:[$€£] ?)?[0-9]"
)
#: The figure held back to look it up, none said after: "£1,140 - no hang on thats my wages, let
#: me check", "one thousand and... hold on my daughters looking for the payslip".
_HELD_BACK_TO_LOOK_IT_UP_EN = regex(
    r"\b(?:hang on|hold on|hold up|bear with me|one sec|wait)\b(?![^0-9]*[0-9])"
    r"(?=[^0-9]*\b(?:check\w*|look\w*|find\w*|dig\w* out|get back|payslip|statement|app)\b)"
)
#: Which period a figure is for, not known: "1,100 a month or a quarter, cant remember which".
_A_MONTH_OR_ANOTHER_PERIOD_EN = regex(
    r"\b(?:a|per|each) (?:month|week|fortnight|quarter|year) or (?:a |per |each )?"
    r"(?:month|week|fortnight|quarter|year)\b|"
    r"\b(?:monthly|weekly|quarterly|yearly|annually) or (?:monthly|weekly|quarterly|yearly|"
    r"annually)\b"
)
#: One figure, said only for one season: "with the heating oil its 1,180 in the winter but were
#: in july now" (the month asked is not that season's).
_ONE_SEASONS_FIGURE_ONLY_EN = regex(
    r"^[^0-9]*[0-9][0-9,.]*(?: ?(?:k|grand|quid|pounds?))?(?: a month| per month| pm)? in (?:the )?"
    r"(?:winter|summer|colder months|cold months|warmer months)\b[^0-9]*$"
)
#: One figure that covers several months: "the 2,250 on the statement covers 2 months cos i
#: moved bank", "that 1,900 spans two months".
_A_FIGURE_OVER_MONTHS_EN = regex(
    r"\b(?:covers?|covering|covered|spans?|spanning|is for|was for) (?:the )?(?:last |past )?"
    r"(?:[2-6]|two|three|four|both|a couple of|a few) (?:months|mths)\b"
)
#: Pay only to come, none said for now: "ill be on 1,700 when the new job starts on the 1st".
_PAY_ONLY_TO_COME_EN = regex(
    r"^[^0-9]*\b(?:i'?ll|ill|i will|i'?m going to|im going to|gonna) be (?:on|getting|earning|"
    r"taking home|clearing) (?:about |around |roughly )?(?:[$€£] ?)?[0-9][0-9,.]*(?: ?k)?"
    r"[^.!?0-9]{0,12}\b(?:when|once|after|from)\b"
)
#: An item's figure not known yet, so no whole: "rent 600 food 250 bills tbc", "everything bar the
#: mortgage is 430, the mortgage is changing next month dont know to what yet".
_AN_ITEM_NOT_KNOWN_YET_EN = regex(
    r"\b(?:tbc|tba|tbd|to be confirmed)\b|"
    r"\b(?:is|are|'?s) (?:changing|going up|going down|being reviewed|up for renewal)\b"
    r"[^.!?0-9]{0,40}\b(?:don'?t|dont|do not) know (?:to what|what to|by how much|how much)\b"
)
#: A top-up paid whenever a meter asks for it, how often unsaid: "i top up the electric key 20
#: whenever it beeps", "20 on the gas every time it goes into emergency".
_TOPPED_UP_WHENEVER_EN = regex(
    r"\b(?:whenever|every time|each time) (?:it|the (?:meter|key|card|gas|electric\w*)) "
    r"(?:beeps|runs (?:out|low)|goes (?:off|red|low|into emergency)|needs (?:it|topping up))\b"
)
#: A figure with things taken away from it, what it comes to not worked out: "1,300 take away
#: the gym and the sky", "1,300 minus the 150 takeaway money", "about 900 less my bus pass".
_A_FIGURE_LESS_SOMETHING_EN = regex(
    r"[0-9] ?(?:k|grand|quid|pounds?)? (?:take away|minus|less) (?:the|my|our|all the) "
)
#: A share in per cent of a whole, not worked out: "my share is 40% and the total for the house
#: is 2,150", "i pay 30 percent of the 1,800" (unless its figure follows: "40%, so 860").
_A_SHARE_IN_PER_CENT_EN = regex(
    r"\b(?:my (?:share|part|bit|half)(?: of (?:it|that|the \w+))? is|i pay|i cover) "
    r"[0-9]{1,2} ?(?:%|percent|per cent)(?![^.!?]*\b(?:so|which is|that'?s|thats|=|comes to) "
    r"?[$€£]?[0-9])"
)
#: One figure, the months of a season said to differ without a figure: "100ish but less in the
#: winter months", "around 80, more over the summer".
_LESS_IN_A_SEASON_EN = regex(
    r"^[^0-9]*[0-9][0-9,.]*(?:ish)?(?: ?(?:k|quid|pounds?))?,? but (?:less|more|lower|higher) "
    r"(?:in|over|during) (?:the )?(?:winter|summer|colder|warmer|quiet|school holidays)"
    r"[a-z ]{0,8}[^0-9]*$"
)
#: At the own proposal, an amount said against a plan's, what it comes to not said: "25 quid
#: less than the 6 month plan", "20 more than option 2".
_AGAINST_A_PLAN_EN = regex(
    r"\b(?:less|more|lower|higher|under|over) than (?:the |your |that )?(?:[0-9]{1,2}[- ]?"
    r"(?:months?|years?)[- ])?(?:plan|option|offer)\b"
)
#: An item named with no figure yet, so no whole: "rent 600 food 250 elec ? still waiting for
#: the bill", "rent 560, food idk yet will check" (as :data:`_AN_ITEM_NOT_KNOWN_YET_EN`, its
#: figure left blank with a mark or said not known yet; not a question: "food 200 is that ok ?").
_AN_ITEM_LEFT_BLANK_EN = regex(
    r"[0-9],? (?!(?:is|are|does|do|can|ok|okay|right|yeah|that)\b)[a-z]+(?: [a-z]+)? \?+(?: |$)|"
    r"\b(?:idk|dunno|don'?t know|dont know|not sure) yet\b"
)
#: One figure, the month it is now said to be of the other season: "a grand most months, xmas
#: costs more and its december", "1,100 when the heatings on, less in summer" (the figure is
#: one season's, the month's not said).
_A_FIGURE_FOR_ANOTHER_SEASON_NOW_EN = regex(
    r"\b(?:xmas|christmas|winter)\b[^0-9]*\b(?:its|it'?s|it is|now) (?:december|xmas|christmas|"
    r"winter|january)\b|"
    r"[0-9](?:ish)?(?: ?(?:k|grand|quid|pounds?))? (?:when|while) the heating'?s? (?:is )?on\b"
)
#: Only the pay before tax said, what comes in not known and no figure after: "gross is 2,400,
#: no idea what lands after tax", "3k gross, not sure how much i take home" (as
#: :data:`_THE_NET_NOT_REMEMBERED_ZH`; not "2,400 gross, not sure what lands, maybe 1,900").
_THE_NET_NOT_KNOWN_EN = regex(
    r"\bgross\b[^.;!?]{0,40}\b(?:not sure|unsure|no idea|dont know|don'?t know|idk|dunno|"
    r"not certain) (?:of )?(?:what|how much) (?:comes? (?:thru|through|in)|(?:i|we) (?:actually )?"
    r"(?:get|take home|end up with|see)|lands|hits|is left|goes in)\b[^0-9]*$"
)
#: A list's item named between two with their figures, its own not said: "rent 600, food, gas
#: 90" (food's figure is missing, or "food, gas 90" is both: the whole is not known).
_AN_ITEM_WITHOUT_ITS_FIGURE_EN = regex(
    r"[0-9], (?:food|groceries|shopping|bills|petrol|diesel|gas|electric|energy|water|phone|"
    r"insurance|broadband|internet|council tax|travel|childcare), (?=(?:[a-z]+ ){1,3}"
    r"(?:[$€£] ?)?[0-9])"
)
_NO_ANSWER_AMONG_THE_FIGURES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("income", _FIGURES_OF_SEVERAL_MONTHS),
    ("income", _THE_NET_NOT_KNOWN_EN),
    ("expenses", _AN_ITEM_WITHOUT_ITS_FIGURE_EN),
    ("expenses", _FIGURES_OF_SEVERAL_MONTHS),
    ("other_debts", _A_PAYDAY_LOAN_DUE_ONCE),
    ("other_debts", _A_LUMP_DUE_BY_A_MONTH_EN),
    ("expenses", _SPENT_SINCE_A_DATE_EN),
    ("expenses", _PER_FOUR_WEEKS_EN),
    ("income", _PER_FOUR_WEEKS_EN),
    ("counter", _RELATIVE_TO_A_PLAN_OR_THE_DEBT),
    ("counter", _PER_PAYDAY_PAID_WEEKLY),
    ("income", _OWN_AGAINST_ANOTHERS_ZH),
    ("income", _SAID_AFTER_TO_BE_GROSS_ZH),
    ("income", _NOW_NOT_KNOWN_YET),
    ("expenses", _IN_AND_LEFT),
    ("expenses", _A_FILL_OR_A_FEW_A_WINTER),
    ("expenses", _BY_THE_QUARTER_BESIDE_THE_REST_EN),
    ("expenses", _BY_THE_QUARTER_BESIDE_THE_REST_HU),
    ("", _A_PART_WITHOUT_AMOUNT),
    ("income", _FIGURES_OF_KINDS_OF_MONTHS),
    ("expenses", _FIGURES_OF_KINDS_OF_MONTHS),
    ("income", _A_SHARE_OF_THE_PAY),
    ("income", _A_LOSS),
    ("expenses", _AGAINST_THE_PAY),
    ("expenses", _A_SHARE_OF_THE_PAY),
    ("", _ASKED_IF_IT_COUNTS),
    ("", _LEFT_TO_WORK_OUT),
    ("income", _SAID_BEFORE_TAX),
    ("expenses", _SINCE_A_HOLIDAY),
    ("expenses", _THIS_MONTH_RAISED_BY_A_ONE_OFF_ZH),
    ("", _HEADING_FOR_A_FIGURE_ZH),
    ("", _A_ROUND_FIGURE_AND_SOME_ZH),
    ("", _ROUGHLY_AND_A_BOUND_ZH),
    ("", _ROUGHLY_AND_A_CEILING_ZH),
    ("other_debts", _A_DEBT_PAID_ONCE_A_YEAR_ZH),
    ("other_debts", _MONTHLY_INTEREST_AS_A_RATE_ZH),
    ("other_debts", _A_BILL_NOT_OUT_YET_ZH),
    ("expenses", _WITHOUT_A_COST_OF_THE_YEAR_ZH),
    ("expenses", _A_YEARS_ITEM_BESIDE_THE_MONTHS_ZH),
    ("income", _A_ROUGH_FIGURE_ON_TOP_ZH),
    ("expenses", _A_ROUGH_FIGURE_ON_TOP_ZH),
    ("other_debts", _A_ROUGH_FIGURE_ON_TOP_ZH),
    ("income", _NEXT_JOB_NOT_FOUND_YET_ZH),
    ("income", _A_RAISE_ONCE_WELL_ZH),
    ("counter", _A_SHARE_OF_THE_PAY_OFFERED_ZH),
    ("", _NEXT_MONTH_NOT_KNOWN_ZH),
    ("", _STILL_TO_LOOK_UP_ZH),
    ("", _A_DEDUCTION_NOT_KNOWN_ZH),
    ("", _HOW_MANY_NOT_KNOWN_ZH),
    ("income", _OWN_IN_A_JOINT_TOTAL_ZH),
    ("income", _PROBATION_AT_A_SHARE_ZH),
    ("", _A_PRICE_BY_AREA_ZH),
    ("income", _NOW_LESS_THAN_WHEN_ZH),
    ("", _SO_MANY_TIMES_A_WEEK_AT_A_PRICE_ZH),
    ("", _A_BOUND_THE_FIGURE_WITHHELD_ZH),
    ("", _A_LOWER_BOUND_ONLY_ZH),
    ("income", _A_CEILING_ONLY_ZH),
    ("expenses", _A_CEILING_ONLY_ZH),
    ("other_debts", _A_CEILING_ONLY_ZH),
    ("income", _A_CEILING_SAID_AFTER_ZH),
    ("expenses", _A_CEILING_SAID_AFTER_ZH),
    ("other_debts", _A_CEILING_SAID_AFTER_ZH),
    ("", _SHORT_OF_A_MARK_ZH),
    ("", _A_SHARED_TOTAL_OWN_PART_UNKNOWN_ZH),
    ("", _AN_OWN_SHARE_AFTER_A_REFUND_ZH),
    ("", _THE_REST_AS_MUCH_AS_UNSAID_ZH),
    ("income", _A_MARGIN_NOT_WORKED_OUT_ZH),
    ("counter", _AN_OFFER_AND_A_FALLBACK_ZH),
    ("", _A_LITTLE_OVER_SAID_LOOSELY_ZH),
    ("", _DOLLARS_IN_SLANG_ZH),
    ("", _TO_CHECK_AGAIN_LATER_ZH),
    ("income", _HOW_MANY_NOT_COUNTED_YET_ZH),
    ("income", _THE_NET_NOT_REMEMBERED_ZH),
    ("", _WHICH_ONE_TO_TAKE_ASKED_ZH),
    ("income", _OWN_BESIDE_ANOTHERS_ZH),
    ("income", _MONTHS_PAID_TOGETHER_ZH),
    ("income", _PAID_WHEN_A_JOB_IS_DONE_ZH),
    ("counter", _REPAID_EVERY_FEW_MONTHS_ZH),
    ("other_debts", _REPAID_EVERY_FEW_MONTHS_ZH),
    ("counter", _EVERY_FEW_MONTHS_A_FIGURE_ZH),
    ("other_debts", _EVERY_FEW_MONTHS_A_FIGURE_ZH),
    ("income", _A_RATE_BY_THE_HUNDREDS_ONLY_ZH),
    ("", _TO_LOOK_UP_FIRST_ZH),
    ("income", _PAID_EVERY_FEW_MONTHS_ZH),
    ("income", _OWN_NOT_TOLD_APART_ZH),
    ("income", _A_COMMISSION_AT_A_RATE_ZH),
    ("", _THE_LEAST_AND_THE_MOST_ZH),
    ("counter", _PAID_EACH_TIME_SOMETHING_SELLS_ZH),
    ("other_debts", _PAID_EACH_TIME_SOMETHING_SELLS_ZH),
    ("other_debts", _INSTALMENTS_NOT_CHOSEN_YET_ZH),
    ("", _THE_OTHER_ONE_NOT_FIXED_ZH),
    ("", _A_RANGE_OF_TIMES_AT_A_PRICE_ZH),
    ("income", _AN_ADVANCE_SETTLED_LATER_ZH),
    ("income", _THIS_MONTH_BESIDE_A_USUAL_RANGE_ZH),
    ("income", _A_PAYROLL_DEDUCTION_NO_NET_ZH),
    ("income", _A_PAYROLL_DEDUCTION_NO_NET_EN),
    ("", _A_FIGURE_FOR_EACH_CASE_ZH),
    ("income", _ODD_AND_EVEN_MONTHS_ZH),
    ("expenses", _ODD_AND_EVEN_MONTHS_ZH),
    ("income", _A_ONE_OFF_INSIDE_THE_PAY_ZH),
    ("income", _THE_LARGER_SHARE_SAID_ONLY_ZH),
    ("expenses", _AS_MUCH_AS_IS_USED_ZH),
    ("other_debts", _AS_MUCH_AS_IS_USED_ZH),
    ("other_debts", _REPAID_WHEN_THERE_IS_MONEY_ZH),
    ("counter", _PER_PAYDAY_PAID_TWICE_A_MONTH_ZH),
    ("", _ONLY_MORE_OR_LESS_THAN_ZH),
    ("expenses", _THE_REST_NOT_WORKED_OUT_ZH),
    ("expenses", _A_ONE_OFF_THE_USUAL_VAGUE_ZH),
    ("income", _A_ONE_OFF_THE_USUAL_VAGUE_ZH),
    ("income", _A_COMMISSION_AT_A_FEW_POINTS_ZH),
    ("income", _A_SPLIT_BY_A_RATIO_OF_THE_TAKINGS_ZH),
    ("income", _THE_MOST_EVER_ALONE_ZH),
    ("", _A_RUNNING_OR_A_YEARS_TOTAL_ALONE_ZH),
    ("income", _PAID_BY_THE_DEAL_NONE_YET_ZH),
    ("", _A_FIGURE_TAKEN_BACK_AS_OFF_ZH),
    ("other_debts", _THE_MONTHS_PAYMENT_NOT_KNOWN_ZH),
    ("income", _THE_MONTHS_PAY_NOT_KNOWN_YET_ZH),
    ("income", _A_RATE_AND_A_COUNT_NOT_WORKED_OUT_ZH),
    ("expenses", _SPENDING_AS_A_SHARE_OF_THE_PAY_ZH),
    ("income", _A_GOOD_AND_A_BAD_YEARS_FIGURE_ZH),
    ("expenses", _A_GOOD_AND_A_BAD_YEARS_FIGURE_ZH),
    ("expenses", _RENT_PAID_EVERY_FEW_MONTHS_BESIDE_THE_MONTHS_ZH),
    ("income", _AN_ALLOWANCE_NOT_WORKED_OUT_ZH),
    ("income", _A_COUPLES_TAKINGS_NEVER_SPLIT_ZH),
    ("income", _A_COUPLES_WHOLE_OWN_SHARE_UNWORKED_ZH),
    ("expenses", _A_COUPLES_WHOLE_OWN_SHARE_UNWORKED_ZH),
    ("income", _A_SEASON_NOT_BEGUN_ZH),
    ("", _HOW_MUCH_TO_LOOK_UP_ZH),
    ("", _A_WHOLE_TO_ADD_UP_LATER_ZH),
    ("expenses", _AN_ITEM_WITHOUT_ITS_FIGURE_ZH),
    ("income", _LEAVE_PAY_NOT_APPROVED_ZH),
    ("income", _ONLY_THE_GROSS_THE_NET_UNSAID_ZH),
    ("", _WHICH_FIGURE_IS_RIGHT),
    ("expenses", _A_SEASONS_FIGURE_HU),
    ("income", _A_SEASONS_FIGURE_HU),
    ("expenses", _REALLY_MORE_OR_LESS_HU),
    ("income", _REALLY_MORE_OR_LESS_HU),
    ("expenses", _A_WHOLE_SHARED_UNEVENLY_HU),
    ("expenses", _A_WHOLE_NOT_SPLIT_HU),
    ("income", _A_WHOLE_NOT_SPLIT_HU),
    ("expenses", _OWN_NOT_KNOWN_HU),
    ("income", _OWN_NOT_KNOWN_HU),
    ("expenses", _A_PURCHASE_TAKEN_IN_HU),
    ("income", _A_PART_NOT_AGAIN_HU),
    ("income", _NOW_AND_THEN_ON_TOP_HU),
    ("expenses", _AN_ITEM_AS_A_MULTIPLE_HU),
    ("", _A_BEST_CASE_ONLY_HU),
    ("expenses", _RUNS_OUT_WITHIN_HU),
    ("expenses", _TWO_MONTHS_FIGURES_HU),
    ("income", _TWO_MONTHS_FIGURES_HU),
    ("expenses", _THE_LAST_MONTHS_LISTED_HU),
    ("income", _THE_LAST_MONTHS_LISTED_HU),
    ("", _HUNDREDS_RANGE_SAID_SHORT_HU),
    ("", _SOME_CHANGE_ON_TOP_HU),
    ("expenses", _NOW_MUCH_MORE_HU),
    ("income", _NOW_MUCH_MORE_HU),
    ("expenses", _A_SHARE_NOT_WORKED_OUT_HU),
    ("income", _A_SHARE_NOT_WORKED_OUT_HU),
    ("expenses", _AS_MUCH_AS_COMES_IN_HU),
    ("expenses", _ANOTHERS_AS_MUCH_HU),
    ("expenses", _A_BILL_EVERY_OTHER_MONTH_HU),
    ("expenses", _A_YEARS_ITEM_BESIDE_THE_MONTHS_HU),
    ("expenses", _A_FEW_MONTHS_BILLS_LAST_FIGURE_HU),
    ("", _SOME_UNITS_UNSAID_HU),
    ("counter", _ONLY_WHEN_IT_COMES_HU),
    ("expenses", _A_SHARE_OF_THE_PAY_HU),
    ("income", _A_SHARE_OF_THE_PAY_HU),
    ("expenses", _RUNS_OUT_BY_A_DAY_HU),
    ("", _ONE_TIME_ANOTHER_TIME_HU),
    ("", _LEANING_OFF_THE_FIGURE_HU),
    ("other_debts", _MONTHS_PAYMENT_NOT_KNOWN_HU),
    ("expenses", _IF_AN_ITEM_NOT_COUNTED_HU),
    ("expenses", _ONLY_ONE_ITEM_KNOWN_HU),
    ("other_debts", _ONLY_ONE_ITEM_KNOWN_HU),
    ("expenses", _A_TRIPS_PRICE_HU),
    ("counter", _NOW_AND_AFTER_HU),
    ("expenses", _A_CEILING_OF_THE_MONTH_HU),
    ("expenses", _AT_LEAST_THAT_MUCH_HU),
    ("income", _AT_LEAST_THAT_MUCH_HU),
    ("expenses", _A_DEAR_SEASON_THE_USUAL_LESS_HU),
    ("expenses", _ALL_OF_THE_PAY_SPENT_HU),
    ("expenses", _A_FRACTION_OF_THE_PAY_HU),
    ("income", _ANOTHERS_FIGURE_FOR_THE_OWN_HU),
    ("expenses", _A_COUNT_OF_BILLS_HU),
    ("expenses", _A_WEEK_OF_A_ROTA_HU),
    ("expenses", _AN_ITEM_NAMED_LAST_UNPRICED_HU),
    ("expenses", _HOW_MUCH_NOT_KNOWN_AFTER_HU),
    ("income", _HOW_MUCH_NOT_KNOWN_AFTER_HU),
    ("", _LEFT_TO_MULTIPLY_HU),
    ("", _NOW_THE_OTHER_TIME_HU),
    ("other_debts", _A_SHARE_OF_THE_DEBT_HU),
    ("counter", _ENOUGH_TO_CLEAR_IN_A_TIME_HU),
    ("", _ONLY_NEARED_HU),
    ("expenses", _THE_OTHER_TIMES_FIGURE_HU),
    ("income", _THE_OTHER_TIMES_FIGURE_HU),
    ("expenses", _EVERY_FEW_DAYS_HU),
    ("income", _EVERY_FEW_DAYS_HU),
    ("expenses", _BEFORE_A_CHANGE_NOW_NOT_KNOWN_HU),
    ("income", _BEFORE_A_CHANGE_NOW_NOT_KNOWN_HU),
    ("expenses", _A_FRACTION_TYPED_OF_THE_PAY_HU),
    ("expenses", _AN_ITEM_PRICED_WITH_A_QUESTION_MARK),
    ("income", _AN_ITEM_PRICED_WITH_A_QUESTION_MARK),
    ("", _DOUBTED_AS_ANOTHER_MONTHS_HU),
    ("", _A_CORRECTION_THEN_NOT_KNOWN_HU),
    ("", _THE_FORINTS_NOT_KNOWN_HU),
    ("expenses", _A_DAYS_SPENDING_HU),
    ("expenses", _ROUGHLY_A_MULTIPLE_HU),
    ("", _SO_MORE_OR_LESS_HU),
    ("income", _LESS_THAN_A_PAST_PAY_HU),
    ("income", _AN_ITEM_ON_TOP_NOT_KNOWN_HU),
    ("expenses", _AN_ITEM_ON_TOP_NOT_KNOWN_HU),
    ("", _A_FIGURE_AND_AN_UNPRICED_ITEM_HU),
    ("expenses", _AS_MUCH_AS_SO_MANY_ITEMS_HU),
    ("expenses", _A_SHARE_OF_ANOTHERS_HU),
    ("income", _A_SHARE_OF_ANOTHERS_HU),
    ("expenses", _THE_REST_AS_IT_COMES_HU),
    ("expenses", _SOME_MORE_UNSAID_HU),
    ("expenses", _SOME_ON_TOP_UNSAID_HU),
    ("expenses", _AS_MUCH_AS_ONE_CAN_OF_A_WHOLE_HU),
    ("", _IF_NOT_NOT_KNOWN_HU),
    ("expenses", _SEASONS_ITEMS_BESIDE_THE_REST_HU),
    ("", _A_FLOOR_THEN_MORE_HU),
    ("income", _AS_MANY_PIECES_AS_MUCH_PAY_HU),
    ("expenses", _DURING_A_TIME_AND_AFTER_HU),
    ("income", _DURING_A_TIME_AND_AFTER_HU),
    ("expenses", _THE_MONTHS_OF_ONE_AND_ANOTHER_HU),
    ("income", _THE_MONTHS_OF_ONE_AND_ANOTHER_HU),
    ("expenses", _ANOTHERS_SAID_ONES_OWN_NOT_KNOWN_HU),
    ("income", _ANOTHERS_SAID_ONES_OWN_NOT_KNOWN_HU),
    ("income", _A_CEILING_ONLY_HU),
    ("expenses", _A_CEILING_ONLY_HU),
    ("other_debts", _A_CEILING_ONLY_HU),
    ("expenses", _IN_SEASON_AND_OUT_HU),
    ("income", _IN_SEASON_AND_OUT_HU),
    ("", _TWO_SIZES_OF_A_MONTH_HU),
    ("expenses", _A_SHARE_OF_A_FIGURE_HU),
    ("income", _A_SHARE_OF_A_FIGURE_HU),
    ("", _ANOTHER_SAYS_OTHERWISE_HU),
    ("expenses", _AWAY_FOR_MONTHS_NOW_HU),
    ("income", _AWAY_FOR_MONTHS_NOW_HU),
    ("", _ONE_OR_THE_OTHER_NOT_KNOWN_HU),
    ("", _ONE_OR_RATHER_THE_OTHER_NOT_KNOWN_HU),
    ("income", _A_PARTNERS_EARNINGS_ALONE_HU),
    ("expenses", _NEARLY_ALONE_HU),
    ("income", _NEARLY_ALONE_HU),
    ("", _AN_UPPER_BOUND_SAID_HU),
    ("expenses", _LASTS_SOME_DAYS_HU),
    ("expenses", _PAID_SEVERAL_TIMES_EACH_HU),
    ("expenses", _SPENT_AT_EACH_EVENT_HU),
    ("expenses", _A_DEBT_IN_IT_NOT_KNOWN_HU),
    ("expenses", _ONLY_ONES_OWN_THE_REST_APART_HU),
    ("expenses", _A_MULTIPLE_OF_A_FIGURE_HU),
    ("income", _A_MULTIPLE_OF_A_FIGURE_HU),
    ("expenses", _AN_OLD_FIGURE_RISEN_SINCE_HU),
    ("expenses", _AS_MUCH_AS_ANOTHERS_HU),
    ("income", _A_SHARE_OF_A_PRICE_HU),
    ("income", _A_GOOD_DAY_AND_A_BAD_HU),
    ("income", _PIECES_SO_FAR_AT_A_RATE_HU),
    ("other_debts", _EVERY_FOUR_WEEKS_HU),
    ("expenses", _EVERY_FOUR_WEEKS_HU),
    ("", _ONE_OR_THE_OTHER_SLASHED_HU),
    ("expenses", _ONE_TILL_FOR_SHOP_AND_HOME_HU),
    ("income", _ONE_TILL_FOR_SHOP_AND_HOME_HU),
    ("expenses", _ONLY_WHEN_NOT_SO_HU),
    ("income", _ONLY_WHEN_NOT_SO_HU),
    ("income", _PAID_WHEN_THERE_IS_WORK_HU),
    ("income", _WHAT_IS_LEFT_NOT_SAID_HU),
    ("counter", _PAID_OFF_OVER_MONTHS_HU),
    ("expenses", _THE_WEEKDAYS_SAID_VAGUELY_HU),
    ("", _ONLY_A_BOUND_SAID_HU),
    ("expenses", _AN_ITEM_NOT_WORKED_OUT_YET_HU),
    ("expenses", _A_SHARE_OF_A_FIGURE_NOT_WORKED_OUT_HU),
    ("", _IF_WHETHER_NOT_KNOWN_HU),
    ("", _A_RAISE_NOT_YET_TOLD_HU),
    ("income", _A_SECOND_INCOME_SAID_VAGUELY_HU),
    ("", _ONLY_A_BOUND_EXCEEDED_HU),
    ("", _TWO_PEOPLES_FIGURES_HU),
    ("", _A_FIGURE_LESS_ANOTHER_NOT_WORKED_OUT_HU),
    ("expenses", _SHARED_BY_SEVERAL_NOT_WORKED_OUT_HU),
    ("expenses", _BY_THE_SHIFT_COUNTED_LOOSELY_HU),
    ("expenses", _A_MULTIPLE_OF_ANOTHERS_HU),
    ("income", _A_MULTIPLE_OF_ANOTHERS_HU),
    ("expenses", _THE_FIGURE_KNOWN_BY_ANOTHER_HU),
    ("income", _THE_FIGURE_KNOWN_BY_ANOTHER_HU),
    ("expenses", _HOW_MUCH_IS_ONES_OWN_NOT_KNOWN_HU),
    ("income", _HOW_MUCH_IS_ONES_OWN_NOT_KNOWN_HU),
    ("expenses", _AN_ITEM_NOT_SET_YET_HU),
    ("other_debts", _AN_ITEM_NOT_SET_YET_HU),
    ("income", _A_LUMP_OF_A_SEASON_HU),
    ("expenses", _SPENT_AS_A_PER_CENT_HU),
    ("counter", _BETWEEN_TWO_PLANS_HU),
    ("", _A_BOUND_THEN_WHAT_IT_COULD_BE_EN),
    ("", _HELD_BACK_TO_LOOK_IT_UP_EN),
    ("", _A_MONTH_OR_ANOTHER_PERIOD_EN),
    ("expenses", _ONE_SEASONS_FIGURE_ONLY_EN),
    ("income", _ONE_SEASONS_FIGURE_ONLY_EN),
    ("expenses", _A_FIGURE_OVER_MONTHS_EN),
    ("income", _A_FIGURE_OVER_MONTHS_EN),
    ("income", _PAY_ONLY_TO_COME_EN),
    ("expenses", _AN_ITEM_NOT_KNOWN_YET_EN),
    ("expenses", _TOPPED_UP_WHENEVER_EN),
    ("expenses", _A_FIGURE_LESS_SOMETHING_EN),
    ("expenses", _A_SHARE_IN_PER_CENT_EN),
    ("", _LESS_IN_A_SEASON_EN),
    ("counter", _AGAINST_A_PLAN_EN),
    ("expenses", _AN_ITEM_LEFT_BLANK_EN),
    ("", _A_FIGURE_FOR_ANOTHER_SEASON_NOW_EN),
)


#: A debt named, whose minimum is its payment: "two other cards", "catalogue", "overdraft".
_A_DEBT_NAMED = regex(r"\b(?:\w*cards?|loans?|catalogues?|overdrafts?|finance|credit)\b")
#: A catalogue or pay-later lender named by its brand, a debt all the same: "very 45 and
#: littlewoods 30 min", "jd williams 20, clearpay 15 min". "very" only with its figure or its
#: account right after it ("very 45", "the very account"), never the plain adverb.
_A_LENDER_NAMED_EN = regex(
    r"\b(?:littlewoods|jd williams|klarna|clearpay|laybuy|paypal credit|"
    r"very(?= ?(?:[0-9]|account|catalogue|card)))"
)
#: "minimum" right after a figure of other debts, not followed by its "payment": what is paid.
_A_DEBTS_MINIMUM = re.compile(
    r"(?<=[0-9]) ?(?:min|minimum)\b(?! ?(?:payment|repayment|due|amount|pay)\b)"
)


#: The patterns of :data:`_NO_ANSWER_AMONG_THE_FIGURES` that only a message with a character
#: beyond ASCII can match (each has a Chinese one it must match: a test proves it of each), not
#: read in a message of ASCII alone, most English and Hungarian ones: a tenth less time there.
_CHINESE_ONLY_NO_ANSWERS = frozenset(
    (
        _OWN_AGAINST_ANOTHERS_ZH,
        _SAID_AFTER_TO_BE_GROSS_ZH,
        _THIS_MONTH_RAISED_BY_A_ONE_OFF_ZH,
        _HEADING_FOR_A_FIGURE_ZH,
        _A_ROUND_FIGURE_AND_SOME_ZH,
        _ROUGHLY_AND_A_BOUND_ZH,
        _ROUGHLY_AND_A_CEILING_ZH,
        _A_DEBT_PAID_ONCE_A_YEAR_ZH,
        _MONTHLY_INTEREST_AS_A_RATE_ZH,
        _A_BILL_NOT_OUT_YET_ZH,
        _WITHOUT_A_COST_OF_THE_YEAR_ZH,
        _A_YEARS_ITEM_BESIDE_THE_MONTHS_ZH,
        _A_ROUGH_FIGURE_ON_TOP_ZH,
        _NEXT_JOB_NOT_FOUND_YET_ZH,
        _A_RAISE_ONCE_WELL_ZH,
        _A_SHARE_OF_THE_PAY_OFFERED_ZH,
        _NEXT_MONTH_NOT_KNOWN_ZH,
        _STILL_TO_LOOK_UP_ZH,
        _A_DEDUCTION_NOT_KNOWN_ZH,
        _HOW_MANY_NOT_KNOWN_ZH,
        _OWN_IN_A_JOINT_TOTAL_ZH,
        _PROBATION_AT_A_SHARE_ZH,
        _A_PRICE_BY_AREA_ZH,
        _NOW_LESS_THAN_WHEN_ZH,
        _SO_MANY_TIMES_A_WEEK_AT_A_PRICE_ZH,
        _A_BOUND_THE_FIGURE_WITHHELD_ZH,
        _A_LOWER_BOUND_ONLY_ZH,
        _A_CEILING_ONLY_ZH,
        _A_CEILING_SAID_AFTER_ZH,
        _SHORT_OF_A_MARK_ZH,
        _A_SHARED_TOTAL_OWN_PART_UNKNOWN_ZH,
        _AN_OWN_SHARE_AFTER_A_REFUND_ZH,
        _THE_REST_AS_MUCH_AS_UNSAID_ZH,
        _A_MARGIN_NOT_WORKED_OUT_ZH,
        _AN_OFFER_AND_A_FALLBACK_ZH,
        _TO_LOOK_UP_FIRST_ZH,
        _PAID_EVERY_FEW_MONTHS_ZH,
        _EVERY_FEW_MONTHS_A_FIGURE_ZH,
        _OWN_NOT_TOLD_APART_ZH,
        _A_COMMISSION_AT_A_RATE_ZH,
        _THE_LEAST_AND_THE_MOST_ZH,
        _PAID_EACH_TIME_SOMETHING_SELLS_ZH,
        _INSTALMENTS_NOT_CHOSEN_YET_ZH,
        _THE_OTHER_ONE_NOT_FIXED_ZH,
        _A_RANGE_OF_TIMES_AT_A_PRICE_ZH,
        _AN_ADVANCE_SETTLED_LATER_ZH,
        _THIS_MONTH_BESIDE_A_USUAL_RANGE_ZH,
        _A_PAYROLL_DEDUCTION_NO_NET_ZH,
        _A_FIGURE_FOR_EACH_CASE_ZH,
        _ODD_AND_EVEN_MONTHS_ZH,
        _A_ONE_OFF_INSIDE_THE_PAY_ZH,
        _THE_LARGER_SHARE_SAID_ONLY_ZH,
        _AS_MUCH_AS_IS_USED_ZH,
        _REPAID_WHEN_THERE_IS_MONEY_ZH,
        _PER_PAYDAY_PAID_TWICE_A_MONTH_ZH,
        _ONLY_MORE_OR_LESS_THAN_ZH,
        _THE_REST_NOT_WORKED_OUT_ZH,
        _A_ONE_OFF_THE_USUAL_VAGUE_ZH,
        _A_COMMISSION_AT_A_FEW_POINTS_ZH,
        _A_SPLIT_BY_A_RATIO_OF_THE_TAKINGS_ZH,
        _THE_MOST_EVER_ALONE_ZH,
        _A_RUNNING_OR_A_YEARS_TOTAL_ALONE_ZH,
        _PAID_BY_THE_DEAL_NONE_YET_ZH,
        _A_FIGURE_TAKEN_BACK_AS_OFF_ZH,
        _THE_MONTHS_PAYMENT_NOT_KNOWN_ZH,
        _THE_MONTHS_PAY_NOT_KNOWN_YET_ZH,
        _A_RATE_AND_A_COUNT_NOT_WORKED_OUT_ZH,
        _SPENDING_AS_A_SHARE_OF_THE_PAY_ZH,
        _A_GOOD_AND_A_BAD_YEARS_FIGURE_ZH,
        _RENT_PAID_EVERY_FEW_MONTHS_BESIDE_THE_MONTHS_ZH,
        _AN_ALLOWANCE_NOT_WORKED_OUT_ZH,
        _A_COUPLES_TAKINGS_NEVER_SPLIT_ZH,
        _A_COUPLES_WHOLE_OWN_SHARE_UNWORKED_ZH,
        _A_SEASON_NOT_BEGUN_ZH,
        _HOW_MUCH_TO_LOOK_UP_ZH,
        _A_WHOLE_TO_ADD_UP_LATER_ZH,
        _AN_ITEM_WITHOUT_ITS_FIGURE_ZH,
        _ONLY_THE_GROSS_THE_NET_UNSAID_ZH,
        _LEAVE_PAY_NOT_APPROVED_ZH,
    )
)


@functools.cache
def _no_answer_patterns(
    asked: str, chinese: bool = True
) -> tuple[tuple[frozenset[str], re.Pattern[str]], ...]:
    """The patterns of :data:`_NO_ANSWER_AMONG_THE_FIGURES` read where ``asked`` is asked, in
    their order: picked once, not out of a hundred rows for every message; without
    ``chinese``, for a message of ASCII alone, not those of :data:`_CHINESE_ONLY_NO_ANSWERS`.
    Each comes with words one of which every match of it has (see
    :func:`words_one_of_which_every_match_has`; none where it has none, or too many to be worth
    looking for): a message without any is not searched for it (about a tenth less time for
    them all)."""
    return tuple(
        (
            words if 0 < len(words := words_one_of_which_every_match_has(p)) <= 8 else frozenset(),
            p,
        )
        for question, p in _NO_ANSWER_AMONG_THE_FIGURES
        if question in ("", asked) and (chinese or p not in _CHINESE_ONLY_NO_ANSWERS)
    )


@functools.cache
def _no_answer_words(asked: str, chinese: bool) -> WordsIn:
    """The words of :func:`_no_answer_patterns`, all looked for in one scan of a message."""
    return WordsIn(word for words, _ in _no_answer_patterns(asked, chinese) for word in words)


def _no_answer_among_the_figures(folded: str, asked: str) -> bool:
    """Whether the message says that none of its figures is the answer to ``asked``: "whatever
    option 2 comes to, minus about 20", "310 jön, 70 marad", "3000+300+加班费", or this month's
    pay with a payment that comes once inside it ("这月到手6800 含补发2000")."""
    chinese = not folded.isascii()
    found = _no_answer_words(asked, chinese).found_in(folded)
    if any(
        (not words or not words.isdisjoint(found)) and pattern.search(folded)
        for words, pattern in _no_answer_patterns(asked, chinese)
    ):
        return True
    if (
        asked == "income"
        and "看" in folded
        and ("几" in folded or "多少" in folded)
        and _A_RATES_COUNT_SAID_TO_DEPEND_ZH.search(folded)
    ):
        return True  # "一车给五十 拉多少车看活儿"
    return (
        asked == "income"
        and _A_ONE_OFF_INCLUDED.search(folded) is not None
        and (_THIS_MONTH_SAID.search(folded) or _THIS_MONTHS_PAY_ZH.search(folded)) is not None
    )


def _without_a_difference_zh(folded: str) -> str:
    """``folded`` with its differences ("比去年多了六百") blanked, where a figure is said
    besides them; a difference alone is left to be read (and asked again) as it was."""
    blanked = _A_DIFFERENCE_ZH.sub(lambda m: " " * len(m[0]), folded)
    return blanked if _A_NUMBER_IN.search(blanked) else folded


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
    r"(?:两|2|三|3)(?:周|个?星期|个?礼拜)一次"
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


def _one_amount_every_few_weeks(folded: str, numbers: list[Number]) -> bool:
    """One amount, and in its own clause after it, or in a short clause of its own (or anywhere,
    "两周一次", "2 weeks apart") that it is taken every week or every few weeks, no month named;
    or every other week said before it."""
    values = {n.value for n in numbers}
    return (
        len(values) == 1
        and bool(
            _EVERY_FEW_WEEKS_AFTER.search(folded[numbers[-1].end :])
            or _EVERY_FEW_WEEKS_LATER.search(folded)
            or _EVERY_OTHER_WEEK_BEFORE.search(folded, 0, numbers[0].start)
        )
        and not _A_MONTH_SAID.search(folded)
    )


#: Right after an amount, that it is the size of a loan (Hungarian names a loan by it: "a 600
#: ezres hitel", "egy 2 milliós kölcsön", "a 900-as tartozás"), not a payment on it.
_SIZE_SUFFIX = re.compile(r"-?[aeoö]?s\b")
_A_LOAN_AFTER = re.compile(r" (?:\w+ ){0,2}?\w*(?:hitel|kolcson|tartozas|adossag)\w*")


def _names_a_loans_size(folded: str, number: Number) -> bool:
    end = number.end
    if not folded[number.start : end].endswith("s"):
        suffix = _SIZE_SUFFIX.match(folded, end)
        if suffix is None:
            return False
        end = suffix.end()
    return _A_LOAN_AFTER.match(folded, end) is not None


#: Right after a figure, that it is paid every month: "a felvett hitel 112 ezer havonta" (the
#: figure is the payment, though its clause names the loan taken out).
_A_MONTHS_RIGHT_AFTER_HU = re.compile(r",? (?:havonta|egy honapban)\b")


def _without_balances(folded: str, numbers: list[Number]) -> tuple[list[Number], str]:
    """Monthly payments with the debts' balances said in a clause of their own left out, and
    the message with those clauses blanked: "személyi 55, még kb 2 millió van hátra", "车贷2380
    (还欠8万多)". A balance is larger than every payment kept; a clause holding both is left to
    :func:`_payment_beside_balances`."""
    clauses = {id(n): _balance_clause(folded, n) for n in numbers}
    balances = [
        n
        for n in numbers
        if _BALANCE_IN_A_CLAUSE.search(folded, *clauses[id(n)])
        and not _A_MONTHS_RIGHT_AFTER_HU.match(folded, n.end)
    ]
    kept = [n for n in numbers if n not in balances]
    if not balances or not kept:
        return numbers, folded
    largest_kept = max(n.value or Decimal(0) for n in kept)
    if any(n.value is None or n.value <= largest_kept for n in balances):
        return numbers, folded
    for n in balances:
        start, end = clauses[id(n)]
        folded = folded[:start] + " " * (end - start) + folded[end:]
    return kept, folded


#: Right after a figure, that it is one more: "oops bills 150 too", "…, and phone 20 as well".
_ADDED_TOO = regex(r" ?(?:quid|pounds?)? ?(?:too|as well|also)\b")


#: A bare "no" or "hang on" right after a figure, and a figure (or "thats" and one) right after
#: it, in English: the figure before is taken back. "food 200 bills 110 so 940.. no 950", "gas
#: 80, no, 85", "so 1,300.. hang on thats 1,250". Not "no" leading into words ("500, no car").
_TAKEN_BACK_EN = re.compile(
    r"(?<=[0-9])\W{1,4}(?:no|hang on)\b(?=\W{0,3}(?:(?:thats|that'?s|its|it'?s|i mean) )?"
    r"[$€£]?[0-9])"
)


def _correction_marks(folded: str, numbers: list[Number]) -> list[int]:
    """Where each word of a correction ends, but one after which the next figure is said to be
    one more ("rent 650 food 200 oops bills 150 too": an item forgotten, nothing taken back)."""
    marks = []
    found = list(_CORRECTION.finditer(folded))
    if " no" in folded or "hang on" in folded:  # (see _TAKEN_BACK_EN)
        found = sorted(found + list(_TAKEN_BACK_EN.finditer(folded)), key=lambda m: m.end())
    for mark in found:
        after = next((n for n in numbers if n.start >= mark.end()), None)
        if after is None or not _ADDED_TOO.match(folded, after.end):
            marks.append(mark.end())
    return marks


#: Between a whole and a part taken off it: "扣社保五百", "室友出一千二", "转租收回来两千".
_A_PART_TAKEN_OFF_ZH = re.compile(r"扣|减|除|刨|收回|报销|补贴|(?<!我)(?<!自己)(?:出|付|承担)")


def _without_a_whole_worked_down_zh(
    folded: str, numbers: list[Number], chosen: list[Number]
) -> list[Number]:
    """``chosen`` without a whole and the part taken off it when what is left of it is said
    right after them, the sums coming out exactly ("整租三千 室友出一千二 我自己出一千八 吃饭
    八百": 1800 and 800; "工资六千 扣社保五百 我拿五千五": 5500). What is left is the
    cardholder's own: the whole is no second item to add to it. Figures that do not come out so
    are kept (another item), and so is a wage an own outgoing is paid from ("工资五千 房贷从卡上
    扣两千八 剩两千二": the wage is earned). The sums are done on all the ``numbers`` said (a
    part taken off may be no cost)."""
    dropped: set[int] = set()
    numbers = [n for n in numbers if n.unit is None and n.strong]  # (not "两间" of "转租两间")
    for i, (a, b) in enumerate(itertools.pairwise(numbers)):
        if a.value is None or b.value is None:
            continue
        c = numbers[i + 2] if i + 2 < len(numbers) else None
        if (
            c is not None
            and c.value is not None
            and 0 < c.value == a.value - b.value
            and _A_PART_TAKEN_OFF_ZH.search(folded, a.end, b.start)
            and not _AN_OWN_OUTGOING_ZH.search(folded, a.end, b.end)  # "房贷从工资卡上扣两千八"
        ):
            dropped |= {a.start, b.start}  # the whole and the part taken off, what is left kept
    kept = [n for n in chosen if n.start not in dropped]
    return kept if kept else chosen


def _corrected(folded: str, numbers: list[Number]) -> tuple[list[Number], Number | None]:
    """A list of amounts with each one taken back by a correction right after it dropped:
    "lakbér 150 rezsi 40... bocs a rezsi 50, kaja 60" is 150, 50 and 60, "lakbér 120, kaja 80,
    nem, inkább 100" is 120 and 100. Also the amount that corrects a stated total ("so 1100,
    sorry 1200"): it is the whole answer."""
    marks = _correction_marks(folded, numbers)
    if not marks:
        return numbers, None
    said_before = [n for n in numbers if n.end < marks[-1]]
    said_after = {n.value for n in numbers if n.start >= marks[-1]}
    if (len(said_before) < 2 and len(said_after) < 2) or _NOT_A_LIST.search(folded, 0, marks[-1]):
        return numbers, None  # "300, bocs 320": the whole answer corrected (see _settled_on)
    kept: list[Number] = []
    whole = None
    for i, number in enumerate(numbers):
        following = numbers[i + 1] if i + 1 < len(numbers) else None
        if following is None or not any(number.end < m <= following.start for m in marks):
            kept.append(number)
        elif _TOTAL_BEFORE.search(folded[max(0, number.start - 40) : number.start]):
            whole = following
    return kept, whole


def _near(
    folded: str, number: Number, words: re.Pattern[str], *, in_its_clause: bool = False
) -> bool:
    """Whether one of ``words`` stands within a few words of ``number`` (with ``in_its_clause``,
    one after it with no comma or other mark between: "bamboo loan 96, and i still owe the
    dentist 30 a month" says no balance of the 96; a word before it may lead into its clause,
    "előleget vettem fel, ezért most csak 190 jött")."""
    for match in words.finditer(folded):
        if match.end() <= number.start:
            between = folded[match.end() : number.start]
        elif match.start() >= number.end:
            between = folded[number.end : match.start()]
            if in_its_clause and _A_CLAUSE_MARK.search(between):
                continue
        else:
            continue
        if _words_between(between) <= _NEAR:
            return True
    return False


_A_CLAUSE_MARK = re.compile(r"[,;!?\uff0c\u3002\uff1b]|\.(?![0-9])")


_TO_AN_AMOUNT = re.compile(r"-?r[ae]\b")
_FROM_AN_AMOUNT = re.compile(r"-?r[oó]l\b")


def _marked(folded: str, number: Number) -> str | None:
    """``"now"`` or ``"before"``: the nearer of the two kinds of word around ``number`` in its
    clause."""
    if _TO_AN_AMOUNT.match(folded, number.end):
        return "now"  # "320-ról 250-re": from one amount to another
    if _FROM_AN_AMOUNT.match(folded, number.end):
        return "before"
    nearest: tuple[int, int, str] | None = None
    take_home = before = False
    start, end = _clause(folded, number)
    for kind, words in (("now", _NOW), ("before", _BEFORE)):
        for match in words.finditer(folded, start, end):
            if match.end() <= number.start:
                distance, side = _words_between(folded[match.end() : number.start]), 0
            elif match.start() >= number.end:
                distance, side = _words_between(folded[number.end : match.start()]), 1
            else:
                continue
            if distance > _NEAR:
                continue
            before = before or kind == "before"
            if nearest is None or (distance, side) < nearest[:2]:
                nearest = (distance, side, kind)
                take_home = _A_TAKE_HOME_WORD.fullmatch(match.group()) is not None
    if nearest and take_home and before:
        return "before"  # "tavaly nettó 280 volt", "以前到手4500": take-home pay of a time past
    return nearest[2] if nearest else None


_A_TAKE_HOME_WORD = compile_phrases(TAKE_HOME_WORDS)


#: A figure and, with "or", another if an item is counted in, or a maybe that the figure has the
#: item in it, in English: which is meant is not said ("900, or 1,000 if you count the van, not
#: sure it counts", "800 for me or 1,100 if you include my daughter", "950, or maybe thats with
#: the van, less without"). Asked again. Not "or" between items ("rent 500 or so").
_OR_ANOTHER_IF_COUNTED_EN = re.compile(
    r"[0-9](?: ?k| (?:for me|a month|pounds|quid))?,? or (?:maybe |perhaps )?(?:[$€£] ?)?[0-9]"
    r"[0-9,.]*(?: ?k)?(?: (?:pounds|quid|a month))? if (?:you|i|we|u) (?:count|include|add|put in)"
    r"\b|"
    r"[0-9],? or (?:maybe|perhaps) (?:thats|that'?s|its|it'?s) (?:with|including) (?:the |my )?\w+"
)


#: An item of a table or list typed with its figure left blank, a bar or a pound sign and a dash
#: where the figure goes: "rent | 600 / food | / gas | 80" (lines folded into commas), "Rent £600
#: | Water £— | Food £200". The whole is not known: asked again. Not a bar between figures
#: ("rent 600 | food 200").
_AN_ITEM_LEFT_BLANK_IN_A_TABLE_EN = re.compile(r"[a-z] (?:\| ?(?:£ ?)?-?|£ ?-)(?= ?(?:[,|]|$))")


#: A cost split or shared, the cardholder's own part of it not worked out: "rent 900 split two
#: ways, food 250", "about 2k for the household, i pay about half". The labelled rounds do not
#: divide for the cardholder ("rent 1,350 split 3 ways, plus my food" is asked again).
_OWN_PART_UNSAID = regex(
    r"\bsplit (?:it |that |this )?(?:two|2|three|3|four|4|five|5) ways\b"
    r"(?! ?(?:so|=|which is|thats)\b)|"
    # another's cost shared, the own half not worked out: "my mum's we split with my brother",
    # "plus half of my mum's 300"
    r"\b(?:we|i) (?:split|share|halve) (?:it |that |this |hers |his |theirs )?with (?:my |our )"
    r"(?:\w+ ){0,2}?(?:brother|sister|sibling|partner|husband|wife|mum|mom|dad|son|daughter)s?\b|"
    r"\bhalf (?:of )?(?:my |our |his |her )\w+'?s (?:[$€£] ?)?[0-9]|"
    # "房租两千我们两个人平摊": the whole said, then split; "房贷每月4500, 老公还一半"
    r"(?:两个人|俩人|两人|三个人|仨人)?(?:平摊|平分|对半分?|AA|一人一半)|按人头(?:分|算|摊|平摊)|"
    r"\bsplit (?:it |that )?(?:by|per) head\b|\bfejenként (?:osztjuk|számoljuk|fizetjük)\b|"
    # a debt paid together with another, the own part not said: "a lakáshitelt a volt
    # feleségemmel közösen fizetjük, 110 az egész", "we pay the mortgage together, 900 in all"
    r"\bkozosen (?:fizetjuk|alljuk|torlesztjuk)\b|"
    # "i pay the bigger half", "az enyém a kisebbik rész", "a rezsit hárman osztjuk"
    r"\b(?:the )?(?:bigger|smaller|larger|lesser) (?:half|part|share)\b|"
    r"\b(?:az enyem )?(?:a )?(?:kisebbik|nagyobbik) (?:resz|fele)\w*|"
    r"\b(?:ketten|harman|negyen|otan) (?:osztjuk|fizetjuk|dobjuk ossze|alljuk)\b|"
    r"\bi (?:bring in|earn|make|put in) (?:about |roughly |around )?(?:half|a third|a quarter|"
    r"two thirds)\b|"
    r"\b(?:we|i) pay (?:it |that |the \w+ )?(?:together|jointly) with (?:my |our )?(?:ex|"
    r"partner|husband|wife|brother|sister|mum|dad|parents|son|daughter)\b|"
    r"(?:老公|老婆|爱人|丈夫|妻子|对象|父母|爸妈|我妈|我爸|家里)(?:帮我)?(?:还|出|付|交|承担)(?:了)?"
    r"(?:一半|一部分)|"
    r"\b(?:i|we) (?:only )?(?:pay|cover|put in|chip in)(?: about| roughly| around| like)? "
    r"(?:half|a third|a quarter|two thirds|most)(?: of (?:it|that|them|the \w+))?\b"
    r"(?! (?:is|=|so|which is)\b)|"
    # split by a share not worked out, or most of it another's: "we split everything 60/40",
    # "our pensions together are 2,600, most of it is his"
    r"\b(?:split|share) (?:everything|it all|it|the bills|the costs) (?:[1-9]0 ?/ ?[1-9]0|"
    r"[1-9]0-[1-9]0)\b|"
    r"\b(?:most|more than half|the bulk) of (?:it|that|them) (?:is|are|'s) (?:his|hers|theirs|"
    r"my (?:husband|wife|partner|mum|dad)'?s)\b"
)
#: A share of a cost paid, or a part given towards it by another, the own part left to work
#: out: "i pay 3/4 of the 800 rent", "my son pays 200 towards the 900 rent so i pay the rest".
_A_SHARE_LEFT_TO_WORK_OUT = regex(
    r"\b(?:i|we) (?:only )?(?:pay|cover|put in)(?: about| roughly| around)? (?:[1-9]/[2-9]|"
    r"[1-9]0 ?%|three quarters) of\b|"
    r"\b(?:pays?|gives?(?: me)?|puts?(?: in)?|chips? in) (?:[$€£] ?)?[0-9][0-9,.]*k? towards\b"
)
#: A share of a whole whose figure is said, the share not worked out: "i spend about 80% of my
#: 1,600 take home", "i pay three fifths of the house costs, which are 1,750 all in", "commission
#: is 25% of what i sell, last campaign i sold 840" (a half is worked out elsewhere).
_A_SHARE_OF_A_FIGURE_SAID = regex(
    r"\b(?:i|we) (?:only )?(?:pay|cover|put in|spend|use|get|keep|earn)(?: about| roughly|"
    r" around| maybe)? (?:[1-9][0-9]? ?%|(?:one|two|three|four|1|2|3|4) (?:thirds|quarters|"
    r"fifths|sixths|eighths|tenths)|a (?:third|quarter|fifth|tenth)) of (?:my|the|our) "
    r"[^,.;:0-9]{0,30}(?:, (?:which|that) (?:is|are|comes? to|totals?)(?: about| around)?"
    r"(?: all in)?)? ?[$€£]?[0-9]|"
    r"\b[1-9][0-9]? ?% of what (?:i|we) (?:sell|take)\b[^0-9]{0,40}"
    r"\b(?:sold|sales (?:were|was|are|of)|took)(?: about| around)? ?[$€£]?[0-9]"
)
#: The spending said to mix the business's with the home's, and not to be split: "stock and the
#: house come out the same account, 2,600 a month all told, i honestly couldnt split it".
_CANNOT_SPLIT_IT = regex(
    r"\b(?:couldn'?t|couldnt|can'?t|cant|cannot|could not|no way to)(?: really| honestly)? "
    r"(?:split|separate|untangle|tell apart)\b"
)
_MIXED_WITH_THE_BUSINESS = regex(
    r"\b(?:the same|one) (?:account|pot|card)\b|"
    r"\b(?:stock|business|shop|work|van|farm|stall)(?: stuff| costs)? and (?:the )?"
    r"(?:house|home|personal)\b"
)
#: The one figure said of a time to come, and now said to be otherwise: "moving into a
#: houseshare on the 1st, should be about 1,050 from then. right now im kipping at my cousins".
_ONLY_A_FIGURE_TO_COME = regex(
    r"\b(?:should|will|it'?ll|itll|going to|gonna) be (?:about |around |roughly )?[$€£]?"
    r"[0-9][0-9,.]*k? (?:from then|once i(?:'ve| have)? moved?)\b[^0-9]{0,20}"
    r"\b(?:right now|at the moment|for now|till then|until then)\b(?![^0-9]*[0-9])"
)
#: Several months paid at once, their figure right after: "rent is paid 6 months upfront
#: (3,900), then bills 160", "3 months in advance, 1,950". The month's part is not worked out.
_MONTHS_PAID_AT_ONCE = regex(
    r"\b(?:[2-9]|1[0-2]|two|three|four|six|twelve) months(?:'? rent)? (?:upfront|up front|"
    r"in advance|at a time|at once)\W{0,3}(?:[$€£] ?)?[0-9]"
)
#: Two figures, each said under its own condition, none chosen: "1,500 if they give me the
#: overtime, 1,200 if not", "900 if the hours come in, 700 if they dont". Asked again.
_TWO_FIGURES_ON_CONDITIONS = regex(
    r"\b[0-9][0-9,.]*k? if [^0-9,.;!?]{3,50}[,;]? (?:and |or |but |otherwise )?[$€£]?"
    r"[0-9][0-9,.]*k? if (?:not|they (?:don'?t|dont)|i (?:don'?t|dont)|it (?:doesn'?t|doesnt))\b"
)
#: At the offer, a figure on a condition still to come and the one for now, in English: "i could
#: do 90 if i get the overtime back, but for now 45", "100 if the shop picks up, till then 60".
#: The one for now is offered (the condition may never come).
_AN_OFFER_FOR_NOW_BESIDE_ONE_ON_A_CONDITION_EN = regex(
    r"\b[0-9][0-9,.]*k? (?:a month |pm )?if [^0-9]{3,60}?\b(?:but |and |so )?(?:for now|right now|"
    r"at the moment|till then|until then|for the time being),? (?:its |it'?s |i can do |i can "
    r"manage |just |only )?[$€£]?(?P<now>[0-9])[0-9,.]*k?(?![^0-9]*[0-9])"
)
#: At the offer, the figure for now said first, a higher one to come once something happens:
#: "40 now and 70 once the busy season starts", "i can do 60 for now, 100 when the loan ends".
#: The one for now is offered (the time to come may never come; see
#: :data:`_AN_OFFER_FOR_NOW_BESIDE_ONE_ON_A_CONDITION_EN`, the other order).
_AN_OFFER_FOR_NOW_BEFORE_ONE_TO_COME_EN = regex(
    r"^\W*(?:i can do |i can manage |i can pay |i could do |maybe |just |only )?[$€£]?"
    r"(?P<now>[0-9])[0-9,.]*k? (?:for now|now|right now|at the moment|to start|for the time being)"
    r",?(?: and| then| but)? (?:[$€£]?[0-9][0-9,.]*k?) (?:once|when|after|as soon as) [^0-9]*$"
)
#: Two figures, each of some months, none chosen: "some months 1k some months 2k", "some
#: months 900, other months 1,400" (or the second months unsaid: "some months 900 some 1,100").
#: Asked again (not their sum).
_TWO_FIGURES_BY_THE_MONTHS_EN = regex(
    r"\bsome months (?:its |it'?s |about |around )?[$€£]?[0-9][0-9,.]*k?\b[^0-9]{0,12}"
    r"\b(?:(?:some|other|most|the other) months\b|(?:some|others?) (?=[$€£]?[0-9]))"
)
#: The own part said after all: "so 450 for me", "my share is 520", "about 70 each".
_OWN_PART_SAID = regex(
    r"\b(?:for me|my (?:share|half|third|part|bit)|each|mine|per person)\b|"
    r"我(?:那份|这边|这份|分摊|自己|出|的部分)"
)
#: After the figure, that the usual month costs more (or less) than it, with no figure of it:
#: "ha minden jól megy 180, de általában több", "1,100 on a good month, usually more".
_USUALLY_MORE = regex(
    r"\b(?:altalaban|rendszerint|inkabb|usually|normally|mostly|most months)"
    r"(?: (?:ennel|annal|it'?s|its|a bit|egy kicsit|kicsit))? (?:tobb|more|kevesebb|less)\w*\b"
    r"(?![^0-9]*[0-9])|\b(?:always|usually|often) (?:go|goes|end up|ends up) over\b"
    r"(?![^0-9]*[0-9])|"
    # the month said to be no usual one, no usual figure beside it: "240 ment el, de az nem volt
    # átlagos; egy rendes hónap ennél jóval kevesebb", "but that wasn't a normal month"
    r"(?:\bnem volt atlagos\b|\b(?:egy )?(?:rendes|normal|atlagos) honap\w* (?:ennel |annal )?"
    r"(?:joval |sokkal |kicsit )?(?:tobb|kevesebb)\b|"
    r"\b(?:wasn'?t|was not|isn'?t|not) (?:a |an )?(?:normal|typical|usual|average) month\b|"
    r"(?:不是|不算)(?:正常|平常|普通)(?:的)?(?:月|一个月))(?![^0-9]*[0-9])|"
    # the usual said, then that it is more now: "ált 200, de most több"
    r"\bde most (?:mar |meg )?(?:tobb|kevesebb)\b(?![^0-9]*[0-9])|"
    # "上个月八千 里面有补发的 平时没这么多": the usual month less, no figure of it
    r"(?:平时|平常|一般|正常)(?:没|没有)这么(?:多|高|少)(?![^0-9]*[0-9])"
)
#: Spent until a day of the month, before a figure: "15-éig 120 ment el" is the month so far.
_UNTIL_A_DAY_HU = re.compile(r"(?<![0-9.,])(?:[1-9]|[12][0-9]|3[01])-?[ea]?ig (?=\D{0,6}[0-9])")
#: A month's figure said to take in a one-off: "spent 1,400 last month but that included a 300
#: car repair", "1,400 but 300 of that was a one off". The usual month is not said.
_ONE_OFF_TAKEN_IN = regex(
    r"\b(?:that|which|it) (?:included|took in) (?:a|an|one)\b|"
    r"\bof (?:that|it) (?:was|is) (?:a |an )?one[- ]?off\b|"
    # a sum lent or given out, taken in: "about 1,100 but that includes the 600 i lent my sister"
    r"\b(?:that|which|it) (?:includes|included) (?:the |a |an )?(?:[$€£] ?)?[0-9][0-9,.]*k? "
    r"(?:i|we) (?:lent|loaned|gave|sent)\b|"
    r"(?:不过|但是?|可是)(?:这|那)?(?:里面|里头)(?:有|包括)"  # "不过里面有一千是修车的"
)


#: Of a whole shared with others, that another pays a part of it, the own part not worked out:
#: "a havi kiadásunk 420, ebből a párom 250-et áll", "a boltot felesben visszük, 800-at hoz".
_ANOTHERS_PART_HU = regex(
    r"\b(?:amibol|ebbol|abbol) (?:a |az )?(?:ferjem|felesegem|parom|elettarsam|tarsam|"
    r"anyam|apam|\w+om|\w+em) (?:[\w-]+ )?(?:fizet|all|ad|dob)\w*|"
    r"\bfelesben\b|\b(?:ketten|harman) visszuk\b|"
    # another's cost halved with a sibling: "anyámét felezzük a testvéremmel, az 120 összesen"
    r"\bfelez(?:zuk|em)\b(?: \w+)?(?: a| az) (?:testver|bat|nover|ocs|hug)\w*(?:el|al)\b|"
    r"\ba (?:testver|bat|nover|ocs|hug)\w*(?:el|al) (?:\w+ )?felez(?:zuk|em)\b"
)
#: The own part of :data:`_ANOTHERS_PART_HU` said after all: "nekem 80 marad", "az én részem".
_OWN_PART_NAMED_HU = regex(r"\bnekem (?:\w+ )?(?:marad|jut|jon)\w*|\baz en (?:reszem|felem)\b")
#: A self-employed's takings before costs, what is left not said: "egyéni vállalkozó, 40%-os
#: költséghányad, 420 a bevétel", "katás vagyok, a forgalom havi 500".
_TAKINGS_BEFORE_COSTS_HU = regex(r"\b(?:ar)?bevetel\w*|\bforgalm?\w*")
_SELF_EMPLOYED_HU = regex(
    r"\bkoltseghanyad\w*|\bkata\w*|\batalany\w*|\bvallalkozo\w*|\bvallalkozas\w*|\bbt\b|"
    r"\bbeteti tarsasag\w*"
)
_WHAT_IS_LEFT_HU = regex(r"\bmarad\w*|\btiszta(?:n|hasznon)?\b|\bnetto\w*|\bkivesz\w*|\bhaszon\w*")
#: A spending planned, said to run over it: "tervben 200, de mindig több", "200-at tervezek".
_PLANNED_HU = regex(r"\btervben\b|\btervez\w*|\bterv szerint\b|\bbetervez\w*")
_MORE_THAN_PLANNED_HU = regex(
    r"\btobb\w*|\btullep\w*|\btull[oö]\w*|\btulkolt\w*|\bsosem eleg\b|\bnem jon ki\b"
)
#: A cost paid once a year beside the monthly ones: "tűzifa: ősszel egyszer 280 ezer", "évente
#: egyszer 60 a biztosítás". Spread over the months or not, the month's amount is not said.
_ONCE_A_YEAR_HU = regex(
    r"\b(?:osszel|telen|tavasszal|nyaron|evente|egy evben|telre|evi) egyszer\b|"
    r"\begyszer (?:egy )?(?:evben|evente|osszel|telen|telre)\b"
)
#: An item said never to be counted, or maybe counted twice: "albi 100, rezsi 30, kaja... azt
#: sose számolom", "200, de lehet hogy a bérletet kétszer számoltam". The month's whole is not
#: said, so no figure is taken. (Not "azt nem számolom, a havi 178": an item left out on
#: purpose, the figure said without it.)
_AN_ITEM_NOT_RECKONED_HU = regex(
    r"\b(?:azt|ezt|arra|erre|annak|ennek|azokat) (?:\w+ )?(?:sose|sosem|soha) (?:is )?"
    r"(?:szamol|szamit|irok ossze)\w*|"
    r"\b(?:ketszer|duplan) (?:szamoltam|szamoltuk|szamoltak|irtam)\b"
)
#: A part added to a figure, then said to vary: "fizetés 250 + prémium, ami ingadozik", "kb 50
#: a rezsi, ezen felül a kaja, az meg ahogy jön". The part's month is not known, nor the whole's
#: ("a fizetésem ingadozik, átlag 250" alone is no part added: the tests need both).
#: ("and" is the "+" of a list, rewritten before the test.)
_A_PART_ADDED_HU = re.compile(r"\+|\b(?:plusz|and)\b|\bezen (?:felul|kivul)\b|\bmellette\b")
_THE_PART_VARIES_HU = regex(r"\bingadoz\w*|\bahogy (?:jon|adodik|esik)\b")
#: An item of a list of figures said to come as it comes, with no figure of its own: "albi 125,
#: rezsi ahogy jön, kaja 60", "lakbér 110, a kaja ahogy adódik". The item's month is not known,
#: nor the whole's ("a többi ahogy jön" is :data:`_THE_REST_AS_IT_COMES_HU`).
_AN_ITEM_AS_IT_COMES_HU = regex(
    r"(?:^|[,;] ?)(?:a |az )?[a-z]+ (?:meg |pedig )?ahogy (?:jon|adodik|esik)\b(?! ?[0-9])"
)
#: A weekly cost said without its figure, beside a month's: "hetente egy nagy bevásárlás, a
#: többi havonta 150". The week's amount is not said, so neither is the month's.
_WEEKLY_NO_FIGURE_HU = regex(r"\bhetente\b|\bheti (?:egy|egyszer|nagy)\b")
_A_CLAUSE_BREAK_HU = re.compile(r"[,;.!?]")


#: A day of the month by its number, in Hungarian ("10-én", "25-én") and in English ("the 15th").
_A_DAY_HU = r"(?:[1-9]|[12][0-9]|3[01])-?(?:en|an|jen|ejen|ajan|ien)"
_A_DAY_EN = r"(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)"
#: A day of the month right before an amount paid on it: "10-én jön 150", "25-én 5 ezer".
_ON_A_DAY_HU = regex(rf"\b{_A_DAY_HU}\W{{0,3}}(?:jon |a maradek |a tobbi )?$")
#: Said of amounts on days of the month: they are parts of one month's ("a maradék", "a két
#: fizetésnapomon", "ugyanattól a cégtől"), not two figures to choose from.
_PARTS_OF_ONE_MONTH_HU = regex(
    r"\ba maradek\b|\ba tobbi\b|\bket fizetesnap\w*|\bugyanattol\b|\bket reszlet\w*"
)


def _a_months_parts_by_day_hu(
    folded: str, chosen: list[Number], in_thousands: bool
) -> Decimal | None:
    """The sum of amounts each said after its own day of the month and said to be parts of
    one month's (:data:`_PARTS_OF_ONE_MONTH_HU`): a wage paid, or an offer made, in two parts."""
    if ("-en" not in folded and "-an" not in folded) or not _PARTS_OF_ONE_MONTH_HU.search(folded):
        return None
    if not all(_ON_A_DAY_HU.search(folded, max(0, n.start - 20), n.start) for n in chosen):
        return None
    parts = [_in_thousands(n, folded) if in_thousands else n for n in chosen]
    if any(n.value is None for n in parts):
        return None
    return sum((n.value for n in parts if n.value is not None), Decimal(0))


#: "v" typed for "vagy" (or) between two figures: "kaja 50 v 60", read as the word.
_OR_TYPED_AS_V_HU = re.compile(r"(?<=[0-9]) v (?=[0-9])")
#: The rest of a month's pay said to come on a later day with no figure: "10-én jön 180, a
#: maradék 25-én", "the rest on the 25th", "剩下的25号发". How much comes then is not said.
_THE_REST_ON_A_DAY = regex(
    rf"\b(?:a maradek\w*|a tobbi\w*|a masik fel\w*)(?: pedig| meg)? {_A_DAY_HU}\b|"
    r"\b(?:the rest|the other half|the remainder|rest of it)(?: comes| is paid| gets paid)? "
    rf"(?:on )?the {_A_DAY_EN}\b|"
    r"(?:剩下的|剩余的|另一半)(?:在)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:号|日)"
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


#: Months paid ahead in one sum, then the month's figure after "de": "két hónapra előre
#: fizettem a lakbért, 260-at, de havonta 130". The sum paid ahead is no month's amount.
_PAID_AHEAD_HU = regex(
    r"\b(?:[2-9]|ket|harom|negy|fel ?)(?: ?honapra| havi| ?honapot) elore\b|\belore fizet\w*"
)
_BUT_A_MONTH_HU = regex(r"\bde (?:amugy |egyebkent )?(?:havonta|havi|egy honapra)\W{0,3}$")


#: Right before the own figure, said last after a whole and "de": "a bérem 312 lenne, de
#: levonnak belőle, nekem 281 marad", "hármunkra 240, de csak magamat írnám: 80".
_OWN_FIGURE_BEFORE_HU = regex(
    r"\b(?:nekem|nekem csak|csak magamat (?:\w+)|magamat (?:\w+)|magamra|az en reszem)\W{0,3}$|"
    # what is left, named before its figure: "…, ami nekem marad, az 220", "ami marad: 190"
    r"\bami (?:nekem )?(?:meg)?(?:marad|jut)(?: nekem)?(?: tisztan)?,? (?:az )?\W{0,3}$"
)
_OWN_FIGURE_AFTER_HU = regex(r" ?(?:ezer|e?t)? ?(?:marad|jut)\b")


#: The month's spending named after a clause break, its figure said last, in Hungarian:
#: "óránként 7500-at kérek, a kiadásom meg havonta 230 körül", "a családi pótlék 17 ezer, a
#: kiadás viszont 263", "egy lángos 1800 :D a háztartás havi 215", "a cafeteria évi 200 ezer, …,
#: a saját zsebemből havi 178", "…, de az nem az én pénzem, nekem havi 205 megy el". The figures
#: before it are of other things (a price, a rate, an allowance, the pensions it is paid from).
_SPENDING_NAMED_BEFORE_THE_LAST_HU = regex(
    r"(?:^|[,;:!?)]|\bde|\bes|\bd|\bkerdes) (?:a |az )?(?:havi |teljes |osszes )?"
    r"(?:(?:kiadas|koltes|kolteseg)(?:om|unk|eim|aim|aink|ok|eink)?|haztartas|"
    r"(?:a )?sajat zsebembol|nekem)"
    r"(?: (?:meg|viszont|pedig|ebbol|ugye|tehat|igy|amugy))?:?"
    r"(?: (?:havi|havonta|egy honapban))?(?: (?:kb\.?|olyan|nagyjabol|korulbelul))? ?$"
)
#: After that last figure, only how near it is or that it goes out: "230 körül", "205 megy el".
_SPENDING_FIGURE_ENDS_HU = regex(
    r"(?:-?(?:at|et|ot|t))?(?: ?(?:ezer\w*|e\b))?(?: ?(?:ft|forint\w*))?"
    r"(?: (?:korul|korul van|koruli|megy el|megy ki|ennyi))?\W*$"
)


#: The spending itself named right before the last figure, after a clause break: "…, a
#: kiadásom 158", "😅 havi kiadás 171", "a rendes havi kiadás 188" (not "nekem" nor "a
#: háztartás", which may be a part).
_THE_SPENDING_ITSELF_BEFORE_HU = regex(
    r"(?:^|[,;:!?)]|\bde|\bes|[^\w\s]) (?:a |az )?(?:rendes |szokasos |atlagos )?"
    r"(?:havi |teljes |osszes )?(?:kiadas|koltes|kolteseg)(?:om|unk|eim|aim|aink|ok|eink)?"
    r"(?: (?:meg|viszont|pedig|tehat|igy|amugy))?:?"
    r"(?: (?:havi|havonta|egy honapban))?(?: (?:kb\.?|olyan|nagyjabol|korulbelul))? ?$"
)


def _the_spending_named_itself_hu(folded: str, chosen: list[Number]) -> Number | None:
    """The last figure, when the month's spending itself is named right before it, after a
    clause break, and nothing but "körül" or "megy el" follows: the figures and words before
    it (a rate by the hour, a count by the day, a discount) are of other things."""
    last = chosen[-1]
    if last.value is None or last.part or last.not_monthly or last.negative:
        return None
    if not _SPENDING_FIGURE_ENDS_HU.match(folded, last.end):
        return None
    if _VARYING_AMOUNT.search(folded) or ("ig " in folded and _UNTIL_A_DAY_HU.search(folded)):
        return None  # "a kiadás változó", "15-éig a kiadás 120": no month's
    if not _THE_SPENDING_ITSELF_BEFORE_HU.search(folded, max(0, last.start - 40), last.start):
        return None
    return last


def _the_month_got_by_on_hu(folded: str, chosen: list[Number]) -> Number | None:
    """The figure one says one gets by on in a month ("havi 180-ból jövök ki"): the figures
    said before it are of other things."""
    said = _GETTING_BY_ON_HU.search(folded)
    if not said:
        return None
    return next((n for n in chosen if n.start == said.start(1)), None)


def _the_spending_named_last_hu(folded: str, chosen: list[Number]) -> Number | None:
    """The last figure, when the month's spending is named right before it and nothing but
    "körül" or "megy el" follows: the figures said before it are of other things."""
    last = chosen[-1]
    if last.value is None or last.part or last.not_monthly or last.negative:
        return None
    if not _SPENDING_FIGURE_ENDS_HU.match(folded, last.end):
        return None
    named = _SPENDING_NAMED_BEFORE_THE_LAST_HU.search(folded, max(0, last.start - 50), last.start)
    if not named or (named[0].strip(" ,;:!?)").startswith("nekem") and "megy" not in folded):
        return None  # "nekem 20" alone: maybe a part beside others
    return last


def _the_own_figure_last_hu(folded: str, chosen: list[Number]) -> Number | None:
    """The last figure, when it is said to be the cardholder's own after "de" (what is left to
    them, or them alone): the whole or the wage before it is context."""
    last = chosen[-1]
    if last.value is None or folded.rfind(" de ", 0, last.start) < 0:
        return None
    before = _OWN_FIGURE_BEFORE_HU.search(folded, max(0, last.start - 30), last.start)
    if not before:
        return None
    if before[0].startswith("nekem") and not _OWN_FIGURE_AFTER_HU.match(folded, last.end):
        return None  # "nekem 20" alone: maybe a part beside others
    return last


#: Right before the figure paid out on a pasted payslip: "kifizetés 220 500", "nettó: 233 600".
_PAID_OUT_HU = regex(r"\b(?:kifizet\w*|netto\w*|kezhez\w*|utal(?:t|va|as)\w*|folyosit\w*)\W{0,3}$")


def _the_payslips_pay_hu(
    folded: str, chosen: list[Number], limit: Decimal, in_thousands: bool
) -> AmountReading:
    """A payslip's lines pasted ("alapbér 290 000, pótlékok 41 200, levonások 110 700,
    kifizetés 220 500"): the one figure paid out is the income; its lines are no amounts to add,
    and without the figure paid out the month's pay is asked again."""
    paid = [n for n in chosen if _PAID_OUT_HU.search(folded, max(0, n.start - 16), n.start)]
    paid = _the_rest_in_thousands(paid, folded, in_thousands)
    if len({n.value for n in paid}) == 1 and paid[0].value is not None:
        return _within(paid[0].value, limit)
    return AmountReading(None, AmountProblem.AMBIGUOUS)


#: Right before a figure of a bank statement's summary pasted in English: what came in, what
#: went out, what is left ("Money in £1,460.00  Money out £1,112.48  Balance £347.52").
#: A bare "out" or "in" is a label only before a colon: "OUT: 1,247.80 | IN: 1,310.00".
_STATEMENT_OUT_EN = regex(r"(?:\b(?:money|paid|total|payments) out\W{0,4}|\bout ?:\W{0,3})$")
_STATEMENT_IN_OR_LEFT_EN = regex(
    r"(?:\b(?:(?:money|paid|total|payments) in|(?:closing |end |new )?balance)\W{0,4}|"
    r"\bin ?:\W{0,3})$"
)


#: A figure said to last a week or a few, in English, the month's not worked out: "food 240
#: (thats 2 weeks worth)", "the big shop 150, its a fortnights worth" (not "a month's worth").
_WEEKS_WORTH_EN = regex(
    r"[0-9] ?\(?,? ?(?:(?:thats|that'?s|that is|its|it'?s) )?(?:only |just |about )?(?:for )?"
    r"(?:(?:[1-3]|one|two|three|a) weeks?|a fortnight)'? ?s? worth\b"
)


#: A part of the year or a way of living a figure is said for, in English: "the rest of the year
#: 750", "when im home", "when we're at sea".
_A_PART_OF_THE_YEAR_EN = regex(
    r"\b(?:the )?rest of the year\b|\bwhen (?:i'?m|im|i am|we'?re|were|he'?s|hes|she'?s|shes) "
    r"(?:at )?(?:home|away|off|at sea|offshore|on leave|working|on shore)\b"
)


def _figures_for_parts_of_the_year_en(folded: str) -> bool:
    """Whether figures are said for parts of the year or ways of living, in English: "1,400 over
    the summer, the rest of the year 900", "about 1,000 when im home and 250 when im away". Which
    of them the month asked is, or how they average, is not said: no one figure is read."""
    parts = [m[0] for m in _A_PART_OF_THE_YEAR_EN.finditer(folded)]
    return any("rest of the year" in part for part in parts) or len(set(parts)) > 1


def _a_statements_money_out_en(folded: str, chosen: list[Number]) -> Decimal | None:
    """The figure gone out of a bank statement's summary pasted, the month's spending: its money
    in and its balance are no amounts to add. ``None`` unless each figure has its label."""
    out = [n for n in chosen if _STATEMENT_OUT_EN.search(folded, max(0, n.start - 20), n.start)]
    rest = [
        n for n in chosen if _STATEMENT_IN_OR_LEFT_EN.search(folded, max(0, n.start - 24), n.start)
    ]
    if len(out) == 1 and len(out) + len(rest) == len(chosen) and not out[0].negative:
        return out[0].value
    return None


def _left_to_ask_hu(folded: str, chosen: list[Number], asked: str | None) -> bool:
    """Whether a Hungarian answer leaves its month's own amount to be asked again: another's
    part of a shared whole (:data:`_ANOTHERS_PART_HU`), a self-employed's takings before costs,
    a planned spending said to run over, a cost paid once a year or a weekly one without its
    figure beside the monthly ones. Each is tested by a cheap word first."""
    shared = "bol " in folded or "feles" in folded or "visszuk" in folded or "felez" in folded
    if (
        asked in ("income", "expenses")
        and shared
        and _ANOTHERS_PART_HU.search(folded)
        and not _OWN_PART_NAMED_HU.search(folded)
    ):
        return True
    if (
        asked in ("income", "expenses")
        and ("ingadoz" in folded or "ahogy" in folded)
        and (varies := _THE_PART_VARIES_HU.search(folded))
        and _A_PART_ADDED_HU.search(folded, 0, varies.start())
    ):
        return True  # "alap 260 + jutalék, ami ingadozik"
    if asked == "expenses" and "ahogy" in folded and _AN_ITEM_AS_IT_COMES_HU.search(folded):
        return True  # "albi 125, rezsi ahogy jön, kaja 60"
    if asked == "income" and ("bevetel" in folded or "forgalom" in folded):
        return bool(
            _TAKINGS_BEFORE_COSTS_HU.search(folded)
            and _SELF_EMPLOYED_HU.search(folded)
            and not _WHAT_IS_LEFT_HU.search(folded)
        )
    if asked != "expenses":
        return False
    if "terv" in folded and _PLANNED_HU.search(folded) and _MORE_THAN_PLANNED_HU.search(folded):
        return True
    if "egyszer" in folded and len(chosen) > 1 and _ONCE_A_YEAR_HU.search(folded):
        return True
    if "het" in folded and (weekly := _WEEKLY_NO_FIGURE_HU.search(folded)):
        ends = [m.end() for m in _A_CLAUSE_BREAK_HU.finditer(folded, 0, weekly.start())]
        lo = ends[-1] if ends else 0
        after = _A_CLAUSE_BREAK_HU.search(folded, weekly.end())
        hi = after.start() if after else len(folded)
        return not any(lo <= n.start < hi for n in chosen)
    return False


def may_hold_an_amount(text: str, language: str) -> bool:
    """Whether ``text`` has anything :func:`read_amount` could read as more than nothing: a
    digit, a Chinese numeral or a number in words. Every figure it reads is one of these (the
    rest of its work sets figures aside); a quick test before the whole reading where most
    messages hold none (a pick among the options)."""
    code = language_code(language)
    said = numbers_in(_spell_out(fold(_plain(text)), code), code)
    return any(n.value is None or n.value for n in said)  # (a figure read two ways may be one)


def _plain(text: str) -> str:
    """``text`` in its normal form as amounts are read in it: a pasted statement's lines as its
    items, "5oo" as 500, a Chinese comma before digits as a clause's end, a keycap digit as a
    list's number."""
    if "\n" in text:  # each pattern below is tried only where the character it needs is
        text = _LINE_BREAK.sub(", ", text)
    if "\u20e3" in text:  # "1️⃣ albi, 2️⃣ rezsi": the list's numbers, "1. albi"
        text = _A_KEYCAP_DIGIT.sub(r"\1.", text)
    return normalize(_CLAUSE_COMMA_BEFORE_DIGITS.sub("\uff0c ", with_zeros_for_os(text)))


@dataclass(slots=True)
class _AmountBeingRead:
    """One message's amount as it is being read: the text, rewritten step by step, the question's
    flags, and in the decision the numbers found; one object, so that the steps can be apart."""

    plain: str
    folded: str
    language: str
    limit: Decimal
    items: bool
    owed: bool
    offer: bool
    in_thousands: bool
    asked: str
    numbers: list[Number] = dataclasses.field(init=False)
    chosen: list[Number] = dataclasses.field(init=False)
    taken: Number | None = dataclasses.field(init=False)
    corrected: bool = dataclasses.field(init=False)
    several: bool = dataclasses.field(init=False)
    varying: bool = dataclasses.field(init=False)


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
    plain = _plain(text)
    if not plain:
        return AmountReading(None, AmountProblem.EMPTY)
    language = language_code(language)
    folded = without_identifiers(fold(plain))
    reading = _AmountBeingRead(
        plain,
        folded,
        language,
        limit=limit,
        items=items,
        owed=owed,
        offer=offer,
        in_thousands=in_thousands,
        asked=asked,
    )
    for step in _SETTING_ASIDE:
        if (verdict := step(reading)) is not None:
            return verdict
    with localcontext(ARITHMETIC):
        for step in _DECIDING:
            if (verdict := step(reading)) is not None:
                return verdict
        return _the_one_number(reading)


def _set_aside_asides(reading: _AmountBeingRead) -> AmountReading | None:
    """Blanks what is said aside ("give or take"); a wide margin makes a range."""
    folded = reading.folded
    language = reading.language
    asides = list(_ASIDES.finditer(folded)) if any(w in folded for w in _ASIDE_WORDS) else []
    if any(_a_wide_margin(folded, aside, language) for aside in asides):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "5000 give or take 1000": a range
    folded = _blanked(folded, *asides)
    reading.folded = folded
    return None


def _set_aside_other_times_zh(reading: _AmountBeingRead) -> AmountReading | None:
    """Chinese: blanks figures of another time than the month (festival, year, price)."""
    if reading.language != "zh":
        return None
    asked = reading.asked
    folded = reading.folded
    owed = reading.owed
    folded = _NUMERAL_WORDS_NO_MONEY_ZH.sub(lambda m: " " * len(m[0]), folded)
    if "算" in folded:  # "一个月三千就算高工资了, 我拿两千八": the town's mark, not mine
        folded = _A_TOWNS_GOOD_PAY_ZH.sub(lambda m: " " * len(m[0]), folded)
    if "多" in folded:  # "一个月五千五, 过年那个月会多给一千块红包": once a year, no month's
        folded = _A_FESTIVALS_EXTRA_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = _NOT_A_PENNY_MORE_ZH.sub(lambda m: " " * len(m[0]), folded)  # "多一分都没有"
    if asked == "expenses" and "里面" in folded and _A_PART_INSIDE_SET_ASIDE_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "支出3200 里面有一笔1500…不算"
    if asked == "expenses" and "里面" in folded and _A_PART_INSIDE_UNKNOWN_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "里面有一部分是帮同事代付的"
    if asked == "income" and "一" in folded and ("次" in folded or "回" in folded):
        yearly = _A_FIGURE_ONCE_A_YEAR_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = yearly if _A_NUMBER_IN.search(yearly) else folded  # "年终奖一万 一年一次"
    if asked == "income" and "今年" in folded:  # "去年一个月九千 今年就六千五了": now's
        folded = _AN_EARLIER_YEAR_BEFORE_THIS_ONE_ZH.sub(lambda m: " " * len(m[0]), folded)
    if asked == "income" and _A_PART_OF_THE_PAY_NOT_KNOWN_YET_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "提成下个月才核出来"
    if (
        owed
        and "还" in folded
        and not _A_NUMBER_IN.search(folded)
        and _REPAID_WHEN_THERE_IS_MONEY_ZH.search(folded)
    ):  # "欠亲戚的 有了就还 没有就先欠着": not nothing, the month's unsaid
        return AmountReading(None, AmountProblem.AMBIGUOUS)
    if owed and ("分期" in folded or "买" in folded):  # "分期买的 一台三千 每月还两千"
        price = _THE_PRICE_OF_ONE_BOUGHT_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = price if _A_NUMBER_IN.search(price) else folded
    if "下半年" in folded and _TWO_HALVES_OF_A_YEAR_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "上半年三千 下半年五千"
    reading.folded = folded
    return None


def _set_aside_no_months_spending_zh(reading: _AmountBeingRead) -> AmountReading | None:
    """Chinese: blanks debts and one-offs among the spending; a rate alone is unclear."""
    if reading.language != "zh":
        return None
    asked = reading.asked
    folded = reading.folded
    if asked == "expenses" and ("欠款" in folded or "贷款" in folded or "负债" in folded):
        debts = _A_FIGURE_SAID_TO_BE_A_DEBT_ZH.sub(lambda m: " " * len(m[0]), folded)
        debts = _A_DEBT_NAMED_SET_ASIDE_ZH.sub(lambda m: " " * len(m[0]), debts)
        folded = debts if _A_NUMBER_IN.search(debts) else folded  # "那个放欠款里"
    if asked == "expenses" and "一次性" in folded:  # "买电动车两千那是一次性的": once
        one_off = _A_ONE_OFF_SAID_AFTER_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = one_off if _A_NUMBER_IN.search(one_off) else folded
    if asked == "expenses" and ("现在" in folded or "如今" in folded or "最近" in folded):
        folded = _AN_ITEMS_OLD_FIGURE_BEFORE_NOW_ZH.sub(lambda m: " " * len(m[0]), folded)
    if asked == "expenses" and "是" in folded and ("养" in folded or "种" in folded):
        farm = _A_FARMS_COST_SAID_AFTER_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = farm if _A_NUMBER_IN.search(farm) else folded  # "九千是养牛的"
    if (
        asked == "income"
        and ("来" in folded or "多" in folded)
        and (rough := _A_RATE_AND_A_ROUGH_COUNT_ZH.search(folded))
        and not _A_FIGURE_ENDING_ITS_CLAUSE_ZH.search(folded, rough.end())
    ):  # (the total said after it is read: "… 一天挖三百来斤 这个月结了三千六")
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "洗一只狗提二十 一个月洗百来只"
    if (
        asked == "income"
        and "月" in folded
        and _A_FESTIVALS_MONTH_BESIDE_THE_OTHERS_ZH.search(folded)
        and not _A_MONTHS_EXTRA.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "中秋那个月八千 其他月份两千五"
    if (
        asked == "expenses"
        and ("都" in folded or "也" in folded)
        and _ITEMS_WITHOUT_FIGURES_LAST_ZH.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…买菜 电费 也得花"
    reading.folded = folded
    return None


def _set_aside_beside_the_own_share_zh(reading: _AmountBeingRead) -> AmountReading | None:
    """Chinese: blanks wholes, rises and deductions beside the own month's figure."""
    if reading.language != "zh":
        return None
    asked = reading.asked
    folded = reading.folded
    items = reading.items
    owed = reading.owed
    if asked == "income" and "只" in folded and ("平时" in folded or "平常" in folded):
        folded = _THE_USUAL_BEFORE_A_STOP_ZH.sub(lambda m: " " * len(m[0]), folded)  # "停产"
    if asked == "income" and "扣" in folded:  # "公司每月扣一千还借的钱": a debt's payment
        folded = _without_what_the_employer_takes_zh(folded)
    if "不" in folded:  # "开销三千 不包括孩子的一千 那个也得算上": the item added
        folded = _NOT_EVERY_MONTH_RIGHT_AFTER_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = _LEFT_OUT_THEN_COUNTED_IN_ZH.sub(lambda m: "加上".ljust(len(m[0])), folded)
    if "儿" in folded:  # "每个月是四千儿百": 二 typed by its sound (not "千儿八百")
        folded = _ER_TYPED_FOR_TWO_ZH.sub("二", folded)
    if "人" in folded:  # "房租三千我们一人一千五": the own share, not the whole
        folded = _A_WHOLE_BEFORE_EACH_ONES_SHARE_ZH.sub(lambda m: " " * len(m[0]), folded)
    if items and "垫" in folded and "我自己" in folded:  # "四千我先垫着 … 我自己出一千六"
        folded = _A_WHOLE_ADVANCED_FOR_HOUSEMATES_ZH.sub(lambda m: " " * len(m[0]), folded)
    if "红包" in folded or "过节费" in folded:  # "过年还给了个八百的红包": once a year
        folded = _A_FESTIVALS_GIFT_ZH.sub(lambda m: " " * len(m[0]), folded)
    if "比" in folded:  # "一个月四千七, 比刚进来的时候多了八百": the figure, not the rise
        folded = _without_a_difference_zh(folded)
    if "红包" in folded:  # "群里抢红包抢了6块6 工资4200": a game's small change, no pay
        folded = _A_RED_PACKET_GRABBED_ZH.sub(lambda m: " " * len(m[0]), folded)
    if "这" in folded and _TWO_PLACES_PAYING_ZH.search(folded):  # "美团这个月结了4300 …"
        folded = _THIS_MONTH_ZH.sub(lambda m: " " * len(m[0]), folded)
    if owed and "这" in folded:  # "美团月付这月账单318, 抖音月付126": both this month's
        folded = _THIS_MONTHS_BILL_ZH.sub(lambda m: " " * len(m[0]), folded)
    if asked == "expenses" and ("必" in folded or "可有可无" in folded):  # "那个不是必须的"
        folded = _AN_ITEM_SAID_NO_NECESSITY_ZH.sub(lambda m: " " * len(m[0]), folded)
    if "不算的话" in folded:  # "总共三千八 其中五百是打牌的 不算的话三千三": the rest
        folded = _A_WHOLE_AND_ITS_PART_BEFORE_THE_REST_ZH.sub(lambda m: " " * len(m[0]), folded)
    reading.folded = folded
    return None


def _set_aside_not_counted_zh(reading: _AmountBeingRead) -> AmountReading | None:
    """Chinese: blanks figures said not to count; one taken back is unclear."""
    if reading.language != "zh":
        return None
    asked = reading.asked
    folded = reading.folded
    items = reading.items
    offer = reading.offer
    if asked == "income" and "不算" in folded:  # "一个月两千三 那三百慰问金不算"
        extra = _AN_EXTRAS_FIGURE_SET_ASIDE_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = extra if _A_NUMBER_IN.search(extra) else folded
    if "不算" in folded:  # "相机镜头那些是干活用的, 不算, 房租吃饭一共三千一": set aside
        folded = _SET_ASIDE_BY_WHAT_IT_IS_ZH.sub(
            lambda m: m[0] if _A_NUMBER_IN.search(m[0]) else " " * len(m[0]), folded
        )
    if "饭卡" in folded and asked in ("income", "expenses"):  # "饭卡另外充三百": no pay
        card = _A_MEAL_CARD_FILLED_ZH if asked == "income" else _A_MEAL_CARD_FILLED_BY_WORK_ZH
        folded = card.sub(lambda m: " " * len(m[0]), folded)
    if asked == "expenses":  # "燃气一方三块多, 每月交八十": the unit's price, no bill
        folded = _A_UNITS_PRICE_ZH.sub(lambda m: " " * len(m[0]), folded)
    if asked == "income" and "年底" in folded:  # "五千二 年底估计没奖金了": none to set aside
        folded = _NO_YEAR_END_BONUS_ZH.sub(lambda m: " " * len(m[0]), folded)
    if "生意" in folded or "店里" in folded or "摊" in folded:  # "一千二那是生意上的"
        home = _A_BUSINESS_COST_SAID_AFTER_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = home if _A_NUMBER_IN.search(home) else folded
    if "里" in folded or "在内" in folded or "进" in folded:  # "补贴300已经算在里面 到手四千"
        folded = _A_PART_COUNTED_IN_BEFORE_ITS_WHOLE_ZH.sub(lambda m: " " * len(m[0]), folded)
    if asked == "income" and "去年" in folded:  # "现在是零 去年一个雪季挣了三万": no month's
        folded = _LAST_YEARS_EARNINGS_ZH.sub(lambda m: " " * len(m[0]), folded)
    if asked == "expenses" and "钱" in folded and _ANOTHER_ITEMS_MONEY_UNKNOWN_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "吃饭的钱老婆管着": how much?
    if (
        asked == "expenses"
        and "不" in folded
        and _A_PART_LEFT_OUT_PRICED_BY_THE_TIME_ZH.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "这还不算钢琴课 一节一百五"
    if "不" in folded and items and _A_FIGURE_TAKEN_BACK_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "五千吧 不对 可能没有 我再算算"
    if items and "年付" in folded:  # "月付一千三 年付能便宜点": the month's is paid
        folded = _A_YEARLY_PAYMENT_NOT_TAKEN_ZH.sub(lambda m: " " * len(m[0]), folded)
    if offer and "的话" in folded and _A_FALLBACK_OFFER_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "五百 不够的话六百也行"
    if asked == "income" and "比" in folded and _LESS_THAN_ANOTHERS_PAY_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "比我老婆少 她五千"
    if "零" in folded and _A_LITTLE_OVER_WITH_A_NOUGHT_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "开销三千零点儿": how much over?
    reading.folded = folded
    return None


def _set_aside_others_figures_zh(reading: _AmountBeingRead) -> AmountReading | None:
    """Chinese: blanks others' figures and the best month ever, none the own."""
    if reading.language != "zh":
        return None
    asked = reading.asked
    folded = reading.folded
    owed = reading.owed
    if asked == "income" and "的" in folded:  # "卖了两万 那是老板的", "三百的购物卡 不算"
        folded = _A_SALE_SAID_TO_BE_THE_BOSSES_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = _A_GIFT_CARD_SET_ASIDE_ZH.sub(lambda m: " " * len(m[0]), folded)
    if (
        asked in ("income", "expenses")
        and ("那" in folded or "这" in folded)
        and "是" in folded
        and "的" in folded
    ):
        others = _A_FIGURE_SAID_TO_BE_ANOTHERS_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = others if _A_NUMBER_IN.search(others) else folded  # "八千那是业主给公司的"
    if asked == "income" and (
        "工资" in folded
        or "薪" in folded
        or "收入" in folded
        or "合计" in folded
        or "金额" in folded
    ):
        folded = _GROSS_OR_NET_BEFORE_THE_PAYS_NAME_ZH.sub(r"\2\1", folded)  # "应发工资 6350"
    if owed and "还" in folded and ("欠" in folded or "借" in folded):
        repaid = _A_BALANCE_NOT_REPAID_MONTHLY_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = repaid if _A_NUMBER_IN.search(repaid) else folded  # "两万不用按月还"
    if asked == "income" and "最" in folded and "过" in folded:  # "最好的时候挣过八千"
        most = _THE_MOST_EVER_BESIDE_ANOTHER_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = most if _A_NUMBER_IN.search(most) else folded
    if asked == "income" and "算" in folded and "不" in folded:  # "小费不固定 那个别算"
        folded = _AN_UNFIXED_EXTRA_SET_ASIDE_ZH.sub(lambda m: " " * len(m[0]), folded)
    if asked == "income" and "补发" in folded and "平时" in folded:  # "…补发了上个月的 平时…"
        folded = _THIS_MONTH_WITH_BACK_PAY_BEFORE_THE_USUAL_ZH.sub(
            lambda m: " " * len(m[0]), folded
        )
    if asked in ("income", "expenses", "counter") and _the_one_figure_of_another_kind_zh(
        folded, asked
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "工资才三千 你们说呢": no offer
    reading.folded = folded
    return None


def _set_aside_marks_no_figure(reading: _AmountBeingRead) -> AmountReading | None:
    """Blanks a network's generation and reads dashes as no minus."""
    folded = reading.folded
    if _says_its_digits(folded):  # "five figures, starts with a 2": no amount said
        return AmountReading(None, AmountProblem.AMBIGUOUS)
    if "g" in folded:  # "4G net 6e + lakbér 120": the network's generation, no amount
        folded = _NETWORK_GENERATION.sub(lambda m: " " * len(m[0]), folded)
    if " -" in folded or " \u2013" in folded:  # "rent - 650 food - 200": no minus
        folded = _DASH_AFTER_A_NAME.sub(" : ", folded)
    if " of " in folded:  # "1,180 — £120 of that's…": no minus
        folded = _DASH_BEFORE_A_PART_OF_IT.sub(" , ", folded)
        if "(" in folded:  # "rent 750 (the bills are 150 of that)": no item of its own
            folded = _AN_ITEMS_PART_IN_BRACKETS_EN.sub(
                lambda m: m[0][: m.start(1) - m.start()] + " " * len(m[1]), folded
            )
    reading.folded = folded
    return None


def _set_aside_not_asked_en(reading: _AmountBeingRead) -> AmountReading | None:
    """English: blanks items struck out, a thing's worth, a perk, others' figures."""
    asked = reading.asked
    folded = reading.folded
    items = reading.items
    language = reading.language
    offer = reading.offer
    owed = reading.owed
    if items and any(word in folded for word in _WORDS_OF_AN_ITEM_STRUCK_OUT_EN):
        folded = _without_items_struck_out_en(folded)  # "gym 35 no scrap the gym"
    if items and "more like" in folded:  # "food 180, gas 90, food is more like 230"
        folded = _without_an_items_figure_restated_en(folded)
    if owed and "worth" in folded:  # "van loan 240, the van is worth 9k": no payment
        folded = _WHAT_A_THING_IS_WORTH_EN.sub(lambda m: " " * len(m[0]), folded)
    if ("havent" in folded or "haven't" in folded) and _a_part_not_yet_counted_en(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "900 but havent counted the van"
    if (
        asked in ("income", "expenses")
        and language == "en"
        and ("up to" in folded or "minimum" in folded)
        and _the_one_figure_a_bound_en(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "anything up to 1,800": how much?
    if (
        asked in ("income", "expenses")
        and ("season" in folded or "winter" in folded)
        and _A_MONTH_BY_THE_SEASON_EN.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "in the season 1,400, winter 800"
    if asked == "expenses" and any(word in folded for word in _WORDS_OF_THE_OWN_MONTH_EN):
        folded = _without_others_figures_before_en(folded)  # "… mine is rent 560, food 200"
    if asked == "income" and (" on top" in folded or "count" in folded):  # a perk in kind
        folded = _A_PERK_IN_KIND_EN.sub(lambda m: " " * len(m[0]), folded)
    if offer and "could " in folded and " but " in folded:  # "could do 100 but offer 80"
        folded = _COULD_DO_BUT_OFFER_EN.sub(lambda m: " " * len(m[0]), folded)
    if offer and (" you" in folded or " u " in folded):  # "spare is 110 so 90 to you and 20 …"
        folded = _SPARE_SPLIT_AROUND_THE_OFFER_EN.sub(lambda m: " " * len(m[0]), folded)
    if asked in ("income", "expenses") and "you " in folded:  # "…, you asked about mine? 1,300"
        folded = _ALL_BEFORE_A_CHECK_OF_WHOSE_EN.sub(lambda m: " " * len(m[0]), folded)
    reading.folded = folded
    return None


def _spell_out_the_figures(reading: _AmountBeingRead) -> AmountReading | None:
    """Writes numbers in words and foreign thousands as digits, slips corrected."""
    folded = reading.folded
    language = reading.language
    # "£35 (thirty five, my thumbs keep typing 53)": the slip named is no amount
    if any(word in folded for word in _WORDS_OF_A_SLIP):
        folded = _A_SLIP_NAMED.sub(lambda m: " " * len(m[0]), folded)
    if "0" in folded and (
        "多" in folded or "extra" in folded or "too many" in folded or "tobb" in folded
    ):  # "52000 多打了个0": 5200
        folded = _A_NOUGHT_TOO_MANY.sub(_a_nought_too_many_taken_off, folded)
    restated = ("(" in folded and ")" in folded) or (
        ("az" in folded or " i" in folded) and _RESTATED_IN_WORDS.search(folded)
    )
    folded = _spell_out(_foreign_thousands(folded, language), language)
    if "差" in folded and language == "zh":  # "差一百就六千了": five thousand nine
        folded = _SHORT_OF_A_ROUND_FIGURE_ZH.sub(_short_of_a_round_figure_zh, folded)
        if _SHORT_BY_A_GAP_UNSAID_ZH.search(folded):
            blanked = _SHORT_BY_A_GAP_UNSAID_ZH.sub(lambda m: " " * len(m[0]), folded)
            if not _A_NUMBER_IN.search(blanked):
                return AmountReading(None, AmountProblem.AMBIGUOUS)  # "差一点就五千了": how much?
            folded = blanked  # "工资4800, 差一点就五千了": the figure said
    if restated and (twice := _A_FIGURE_RESTATED.search(folded)):  # "148.000,- Ft, azaz …"
        in_figures = [n for n in numbers_in(folded, language) if n.unit is None]
        figures = {n.value for n in in_figures if twice.start() <= n.start < twice.end()}
        if len(figures) > 1:
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # a slip in one of the two
    reading.folded = folded
    return None


def _set_aside_no_debt(reading: _AmountBeingRead) -> AmountReading | None:
    """For debts: blanks what is no debt, so only payments on debts are left."""
    folded = reading.folded
    language = reading.language
    owed = reading.owed
    folded = _THIS_CARD_LEFT_OUT.sub(" ", folded)  # "1100 not counting the card": all asked
    folded = _each_of_the_payments_left(folded)  # "még 12 részlet van, 9 ezer egyenként"
    if owed:  # "i send 200 home but that's not a debt": no payment on a debt
        folded = _without_what_is_no_debt(folded)
        # "two other cards, 60 and 45 minimum": a debt's minimum is its payment, no bound (a
        # bare "250 minimum" still is one)
        if _A_DEBT_NAMED.search(folded) or (language == "en" and _A_LENDER_NAMED_EN.search(folded)):
            folded = _A_DEBTS_MINIMUM.sub(" minimum payment", folded)
        folded = _A_LOSS_ZH.sub(lambda m: " " * len(m[0]), folded)  # "炒股亏了八万": no debt
        if _ANOTHER_DEBTS_SHARE_OF_ITS_BALANCE.search(folded):
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "25 on one, 3% on the other"
        # "minimum is 5% of the balance, usually about 35": the balance named, no figure of it
        folded, shares = _SHARE_OF_THE_BALANCE.subn(lambda m: " " * len(m[0]), folded)
        if shares and language == "hu" and _THE_BALANCES_FIGURE_HU.search(folded):
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "5%-a, az egyenleg 340"
    reading.folded = folded
    return None


def _set_aside_no_item(reading: _AmountBeingRead) -> AmountReading | None:
    """For lists: blanks old figures, deposits and wholes, no item of the month."""
    asked = reading.asked
    folded = reading.folded
    items = reading.items
    if items:  # "went from 640 to 910, so 910 plus bills 230": the 640 is no item
        folded = _without_the_old_figure(folded)
        # "deposit was 1,200 when i moved in but rent is 650, bills 150": paid once, set aside
        folded = _DEPOSIT_CLAUSE.sub(lambda m: " " * len(m[0]), folded)
        folded = _without_a_rise_by_a_share(folded)  # "went up 30% so its 190 now"
        # "rent 700 (going up to 750 next month), bills 200": the month's now is asked
        folded = _without_a_figure_to_come(folded)
        # "childcare 480 but tax free childcare pays a bit so its 390 from me": the own part
        folded = _OFFSET_BEFORE_THE_OWN_PART.sub(lambda m: " " * len(m[0]), folded)
        # "rent 1,350 split 3 ways so 450 for me, food 150": the own part, not the whole
        folded = _A_WHOLE_SPLIT_BEFORE_THE_OWN_PART.sub(lambda m: " " * len(m[0]), folded)
        if asked == "expenses":  # "rent 700 (uc pays it), food 250": none of the own spending
            folded = _PAID_STRAIGHT_BY_ANOTHER.sub(lambda m: " " * len(m[0]), folded)
        if asked == "income" and "not really mine" in folded:
            folded = _without_a_figure_not_really_mine_en(folded)
        if _TRANSPORT.search(folded):  # "bus pass 65, covers the 38 and the 73"
            folded = _ROUTE_NUMBERS.sub(lambda m: " " * len(m[0]), folded)
    folded = _without_what_is_worked_out(folded)  # "半年一万二, 折合每月两千": two thousand
    reading.folded = folded
    return None


def _set_aside_clauses_and_list_marks(reading: _AmountBeingRead) -> AmountReading | None:
    """Blanks clauses set aside, a list's numbers, a pay day, a formula."""
    asked = reading.asked
    folded = reading.folded
    items = reading.items
    language = reading.language
    if language == "en" and any(w in folded for w in _WORDS_OF_A_CLAUSE_SET_ASIDE_EN):
        # "cake orders, maybe 100 some months, ignore that, the job pays 1,290": set aside
        folded = _A_CLAUSE_SET_ASIDE_EN.sub(lambda m: " " * len(m[0]), folded)
    if language == "en" and (" not for " in folded or " not m" in folded or " not ours" in folded):
        others_aside = _A_FIGURE_NOT_THE_OWN_LAST_EN.sub(lambda m: " " * len(m[0]), folded)
        if _A_NUMBER_IN.search(others_aside):  # "…, the 200 is not for me"
            folded = others_aside
    if language == "en" and "~~" in folded:  # "~~sky 40~~ gone, rent 500": struck through
        folded = _STRUCK_THROUGH.sub(lambda m: " " * len(m[0]), folded)
    if items and language == "zh":
        folded = _without_what_lists_the_items_zh(folded)  # "1.房租1600 2.吃饭1200", "杂七杂八366"
        if "月" in folded or "三十天" in folded:  # "一天差不多四十, 一个月就是一千二": once
            folded = _WORKED_INTO_A_MONTH_AFTER_ZH.sub(lambda m: " " * len(m[0]), folded)
            # "燃气一次充三百能用俩月, 就是一百五一个月": the refill's figure, the month's after
            folded = _BY_THE_TIME_WORKED_OUT_AFTER_ZH.sub(lambda m: " " * len(m[0]), folded)
            # "钢琴课一节两百 一个月四节八百", "一趟四块 一个月我算了一百六": the month's after
            folded = _A_RATE_COUNTED_INTO_THE_MONTH_AFTER_ZH.sub(lambda m: " " * len(m[0]), folded)
    if asked == "expenses" and "szam" in folded and language == "hu":
        # "lakbér 120, rezsi 40, a parkolást 15 ezret nem számolom": the rest is the spending
        folded = _AN_ITEM_LEFT_OUT_HU.sub(lambda m: " " * len(m[0]), folded)
        folded = _A_SAVING_LEFT_OUT_HU.sub(lambda m: " " * len(m[0]), folded)  # "…, a többi 192"
    if "." in folded and language == "zh":  # "3.15发的工资, 4800": a pay day
        folded = _PAY_DAY_WITH_A_DOT_ZH.sub(lambda m: " " * len(m[0]), folded)
    if "+" in folded and language == "zh":  # "赔偿金N+1": a formula, no amount
        folded = _SEVERANCE_FORMULA_ZH.sub(lambda m: " " * len(m[0]), folded)
    if items and language == "hu" and len(_A_LIST_NUMBER_HU.findall(folded)) > 1:
        folded = _A_LIST_NUMBER_HU.sub(lambda m: " " * len(m[0]), folded)  # "1. albi 130, 2. …"
    reading.folded = folded
    return None


def _read_thousands_and_times_hu(reading: _AmountBeingRead) -> AmountReading | None:
    """Hungarian: joins thousands and hundreds and multiplies the times said."""
    if reading.language != "hu":
        return None
    folded = reading.folded
    offer = reading.offer
    owed = reading.owed
    folded = _OR_TYPED_AS_V_HU.sub(" vagy ", folded)  # "35 v 40": thirty-five or forty
    folded = _THOUSAND_AND_HUNDREDS.sub(r"\1\2", folded)
    # "2 3 5 ezer": one figure typed a digit at a time, as English reads "1 2 5 0"
    folded = _DIGITS_TYPED_APART_HU.sub(lambda m: m[0].replace(" ", "").ljust(len(m[0])), folded)
    folded = _THOUSANDS_ASIDE_HU.sub(
        lambda m: f"{m[1]} ezret{m[2]}".ljust(len(m[0])), folded
    )  # "havonta 25-öt tudok (ezret persze)": twenty-five thousand
    folded = _MILLION_AND_THOUSANDS.sub(
        lambda m: f"{m[1]}{int(m[2]):03d}000".ljust(len(m[0])), folded
    )  # "évente 3 millió 180": three million one hundred and eighty thousand
    if owed and not offer and _A_TERM_SAID_HU.search(folded):  # "6x 11 200, a 3.-nál tartok"
        times = _A_TERMS_PAYMENTS_TIMES_HU.sub(lambda m: " " * len(m[0]), folded)
        if times != folded:  # "12 x 25 ezer, 4 van hátra": the 4 is a count as well
            times = _PAYMENTS_LEFT_BARE_HU.sub(lambda m: " " * len(m[0]), times)
        folded = _HOW_FAR_ALONG_THE_TERM_HU.sub(lambda m: " " * len(m[0]), times)
    said = folded  # "havonta 198 ezer, két részletben, 2x 99": the 198 said again
    folded = _TIMES_HU.sub(lambda m: _times_said_unless_restated(m, said), folded)
    folded = _ALL_OF_THEM_HU.sub(_times_said, folded)
    if "szer " in folded or "szor " in folded:  # "kétszer 12 ezer": twenty-four thousand
        folded = _TIMES_IN_WORDS_HU.sub(lambda m: _times_said_unless_restated(m, said), folded)
    folded = _EVERY_FEW_MONTHS_HU.sub(" tobbhavonta", folded)  # "3 havonta": no count of money
    if "havi" in folded:  # "3 havi végkielégítést kaptam": months' pay, counted
        folded = _MONTHS_OF_DEPOSIT_HU.sub(" ", folded)  # "2 havi kaució": months, no money
        folded = _MONTHS_OF_PAY_COUNTED_HU.sub(lambda m: " " * len(m[0]), folded)
        folded = _MONTHS_OF_PAY_A_YEAR_HU.sub(lambda m: " " * len(m[0]), folded)  # "13 havi"
    reading.folded = folded
    return None


def _set_aside_no_answer_hu(reading: _AmountBeingRead) -> AmountReading | None:
    """Hungarian: blanks denied figures and place numbers; cases are unclear."""
    if reading.language != "hu":
        return None
    asked = reading.asked
    folded = reading.folded
    offer = reading.offer
    owed = reading.owed
    if "nem " in folded and _A_NUMBER_IN.search(folded):  # "220, nem 200 meg 20": denied
        folded = _A_FIGURE_DENIED_HU.sub(
            lambda m: m[0] if not _A_NUMBER_IN.search(folded, 0, m.start()) else " " * len(m[0]),
            folded,
        )
    if "-" in folded:  # "a 3-as házban a doktornő 80": the house's number, no money
        folded = _A_NUMBERED_PLACE_HU.sub(lambda m: " " * len(m[0]), folded)
    if asked == "income" and "apolasi dij" in folded:  # "ápolási díj 62 ezer anyukám után"
        folded = _CARED_FOR_HU.sub(lambda m: m[1] + " " * len(m[2]), folded)
    if "bol " in folded:  # "a néni a 12-ből 20-at ad": the lady from number 12
        folded = _FROM_A_NUMBERED_PLACE_HU.sub(_a_place_before_more, folded)
        if asked == "income":  # "…, mellette dolgozom, abból 148": a second income
            folded = _FROM_A_SIDE_JOB_HU.sub(lambda m: m[0][:-5] + "plusz", folded)
            folded = _FROM_A_JOB_WORKED_AT_TIMES_HU.sub(lambda m: m[0][:-5] + "plusz", folded)
    if offer and "bol " in folded and (share := _THIS_CARDS_SHARE_HU.search(folded)):
        folded = " " * share.start() + folded[share.start() :]  # the budget before it
    if offer and "egyik" in folded and (none := _NONE_OF_THE_OFFERS.search(folded)):
        folded = " " * none.end() + folded[none.end() :]  # "6 hónap? 12? egyik sem, 7 ezer"
    if "jovairas" in folded:  # a pasted SMS: the credit, not the balance after it
        folded = _BALANCE_AFTER_A_CREDIT_HU.sub(lambda m: " " * len(m[0]), folded)
    folded = _without_what_is_no_answer_hu(folded, asked, owed, offer)
    if asked in ("expenses", "income") and "ezer" in folded and _A_SCALE_TYPO_HU.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "kb 2100 ezer": 210 ezer?
    if (
        asked == "expenses"
        and ("mmal" in folded or "mmel" in folded)
        and _A_SHARED_WHOLE_WITH_AN_UNSAID_SHARE_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "a párommal 250, én többet"
    if (
        asked in ("expenses", "income")
        and ("ha " in folded or "egyszer " in folded or "hol " in folded)
        and _FIGURES_OF_CASES_HU.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "ha dolgozom 200, ha nem 150"
    reading.folded = folded
    return None


def _join_the_items(reading: _AmountBeingRead) -> AmountReading | None:
    """For lists: blanks breakdowns and plans, so "plus" joins the items."""
    asked = reading.asked
    folded = reading.folded
    items = reading.items
    language = reading.language
    offer = reading.offer
    if items and "egyutt (" in folded:  # "a gáz 28, a többivel együtt (lakbér, kaja) 236 500"
        folded = _ITEMS_NAMED_IN_A_WHOLE.sub(" ", folded)  # its items, no figure of their own
    if items and "(" in folded:  # "rezsi 26 (gáz 14, villany 9, víz 3)": its parts, once
        folded = _A_BREAKDOWN.sub(lambda m: _without_its_breakdown(m, language), folded)
    if asked == "expenses" and "essentials" in folded and _ESSENTIALS_WITH_A_FIGURE.search(folded):
        # "Essentials £980, Fun £150, Savings £100": a budget's other categories are no essentials
        folded = _A_CATEGORY_NOT_ESSENTIAL.sub(lambda m: " " * len(m[0]), folded)
    if offer and "month" in folded:  # "offer 55, i know the 24 month one was 81": the plan's
        folded = _A_PLANS_FIGURE_SAID_EN.sub(lambda m: " " * len(m[0]), folded)
    if items:  # "rent 800 plus bills 300": this "plus" joins items, it is no "800 plus"
        folded = _PLUS_AN_ITEM.sub("and", folded)
        # "…, plus the winter fuel payment once a year but thats not monthly": set aside
        folded = _EXTRA_NOT_MONTHLY.sub(lambda m: " " * len(m[0]), folded)
        if (
            language == "en"
            and ("euro" in folded or "dollar" in folded)
            and len(_A_FIGURE_EN.findall(folded)) > 2
        ):
            # "rent 900 euros which is about 780 quid, food 200": the item once, in pounds (a
            # figure alone with its pounds is left to :func:`_beside_what_is_paid`)
            folded = _A_FOREIGN_FIGURE_WORKED_OUT_EN.sub(lambda m: " " * len(m[0]), folded)
        if asked == "other_debts" and language == "en" and ("just" in folded or "only" in folded):
            # "the van loan 240 is the firms not mine, personally just the overdraft at 25"
            folded = _all_before_blanked(folded, _THE_OWN_DEBTS_AFTER_OTHERS_EN.search(folded))
        if language == "en" and any(word in folded for word in _WORDS_OF_ONCE_ONLY_EN):
            # "…, the boiler service was 90 but thats once a year": that item set aside
            folded = _AN_ITEM_ONCE_ONLY_EN.sub(lambda m: " " * len(m[0]), folded)
    reading.folded = folded
    return None


def _find_the_numbers(reading: _AmountBeingRead) -> AmountReading | None:
    """Finds the numbers and those chosen; a currency abroad is unclear."""
    folded = reading.folded
    in_thousands = reading.in_thousands
    items = reading.items
    language = reading.language
    numbers = [n for n in numbers_in(folded, language) if n.unit is None]
    if in_thousands and len({n.value for n in numbers if n.strong}) == 1:
        # one amount, maybe said twice ("fizetés 250, szóval 250"); a list stays as said
        numbers = [_in_thousands(n, folded) for n in numbers]
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
        _the_figure_to_take(folded, chosen) if asked in ("income", "expenses", "counter") else None
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
    if taken is None and asked == "income" and language == "zh":
        taken = _pay_on_probation_zh(folded, chosen)  # "试用期4400, 转正5500, 下个月才转正"
    if taken is None and asked == "income" and language == "zh":
        taken = _the_months_pay_after_rates_zh(folded, chosen)  # "一间一百五, 结给我五千一"
    if taken is None and asked == "income" and language == "zh" and len(chosen) == 2:
        own_pay = _own_pay_after_a_spouses_zh(folded, chosen)  # "老婆一个月三万 我两千六"
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
        asked == "income"
        and language == "zh"
        and len(chosen) == 1
        and _ONLY_THE_TAX_PAID_ZH.search(folded, max(0, chosen[0].start - 10), chosen[0].start)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "交了个税45块": the pay unsaid
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
    if not offer:  # "不超过两千" of the spending is a bound; of an own offer, its amount
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
    if items and chosen and _ANOTHER_ITEM_NOT_REMEMBERED_ZH.match(folded, chosen[-1].end):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "借呗1200 微粒贷忘了多少"
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
    if items and chosen and _AN_ITEM_RISEN_UNSAID.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "rent went up 10%, food 300"
    return None


def _find_figures_changed(reading: _AmountBeingRead) -> AmountReading | None:
    """Finds a figure changed by an unsaid amount: unclear."""
    chosen = reading.chosen
    folded = reading.folded
    items = reading.items
    if (
        chosen
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
    if chosen and all(
        _WHAT_IT_USED_TO_BE.search(folded, max(0, n.start - 30), n.start) for n in chosen
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "it used to be 900", no more
    if chosen and _A_CHANGE_FROM_AN_UNSAID_FIGURE.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "up 200 on what it was"
    if chosen and _A_MULTIPLE_OF_ANOTHER_FIGURE.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "half as much again as 800"
    return None


def _find_a_whole_split_or_by_cases(reading: _AmountBeingRead) -> AmountReading | None:
    """Finds a whole split or a fraction of it: the own part unclear."""
    asked = reading.asked
    chosen = reading.chosen
    folded = reading.folded
    language = reading.language
    plain = reading.plain
    if (
        asked in ("expenses", "other_debts", "income")
        and chosen
        and " or " in folded  # (each match has it)
        and language_code(language) == "en"
        and _OR_ANOTHER_IF_COUNTED_EN.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "1,150, or 1,250 with the car"
    if (
        asked in ("expenses", "other_debts")
        and chosen
        and ("|" in folded or "£-" in folded)  # (each match has one)
        and _AN_ITEM_LEFT_BLANK_IN_A_TABLE_EN.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "rent | 600, food |, gas | 80"
    if (
        asked in ("expenses", "other_debts", "income")
        and chosen
        and (unsaid := _OWN_PART_UNSAID.search(folded))
        # (the own part said in a clause before the split's is another figure's: "mine is
        # 900, my mum's we split with my brother, 300 in all")
        and not _OWN_PART_SAID.search(folded, _last_clause_break(folded, 0, unsaid.start()))
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "rent 900 split two ways"
    if (
        asked == "expenses"
        and chosen
        and ("/" in plain or "%" in plain or "towards" in folded)
        # (a fraction is blanked as no amount: read where it is still said)
        and _A_SHARE_LEFT_TO_WORK_OUT.search(fold(plain))
        and not _SO_BEFORE.search(folded, max(0, chosen[-1].start - 24), chosen[-1].start)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "i pay 3/4 of the 800 rent"
    if (
        asked in ("expenses", "income")
        and chosen
        and ("%" in plain or "of " in folded)
        and _A_SHARE_OF_A_FIGURE_SAID.search(fold(plain))
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "80% of my 1,600 take home"
    return None


def _find_figures_of_other_months(reading: _AmountBeingRead) -> AmountReading | None:
    """Finds figures by case, by season or so far: no month's."""
    asked = reading.asked
    chosen = reading.chosen
    folded = reading.folded
    items = reading.items
    if (
        asked == "expenses"
        and chosen
        and _CANNOT_SPLIT_IT.search(folded)
        and _MIXED_WITH_THE_BUSINESS.search(folded)
    ):  # "stock and the house come out the same account, 2,600, i couldnt split it"
        return AmountReading(None, AmountProblem.AMBIGUOUS)
    if (
        asked in ("expenses", "income")
        and len({n.value for n in chosen}) == 1
        and _ONLY_A_FIGURE_TO_COME.search(folded)
    ):  # "should be about 1,050 from then. right now im kipping at my cousins"
        return AmountReading(None, AmountProblem.AMBIGUOUS)
    if (
        asked in ("expenses", "income")
        and " if " in folded
        and _TWO_FIGURES_ON_CONDITIONS.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "1,500 if ..., 1,200 if not"
    if "some months" in folded and _TWO_FIGURES_BY_THE_MONTHS_EN.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "some months 1k some months 2k"
    if items and chosen and "month" in folded and _MONTHS_PAID_AT_ONCE.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "6 months upfront (3,900)"
    if asked == "expenses" and chosen and "ig " in folded and _UNTIL_A_DAY_HU.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "15-éig 120 ment el": so far
    if asked in ("expenses", "income") and chosen and _USUALLY_MORE.search(folded, chosen[-1].end):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…180, de általában több"
    if asked == "expenses" and len(chosen) > 1 and _ONE_OFF_TAKEN_IN.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…that included a 300 repair"
    return None


def _read_the_own_left_over(reading: _AmountBeingRead) -> AmountReading | None:
    """Decides on the own figure left over or the spending named."""
    asked = reading.asked
    chosen = reading.chosen
    folded = reading.folded
    in_thousands = reading.in_thousands
    language = reading.language
    limit = reading.limit
    plain = reading.plain
    if (
        language == "hu"
        and asked in ("income", "expenses")
        and chosen
        and ("szamol" in folded or "szamit" in folded or "szer " in plain)
        # (read where "kétszer" is still said: a count of times is blanked as no amount)
        and _AN_ITEM_NOT_RECKONED_HU.search(fold(plain))
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "kaja... azt sose számolom"
    if language == "hu" and chosen and _left_to_ask_hu(folded, chosen, asked):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "felesben, havi 600-at hoz"
    if (
        asked in ("income", "expenses")
        and len(chosen) > 1
        and " de " in folded
        and (own := _the_own_figure_last_hu(folded, chosen))
    ):
        own = _the_rest_in_thousands([own], folded, in_thousands)[0]
        if own.value is not None:
            return _within(own.value, limit)  # "a bérem 312 lenne, de …, nekem 281 marad"
    if (
        asked == "expenses"
        and len(chosen) > 1
        and language == "hu"
        and not _VARYING_AMOUNT.search(folded)
        and (spending := _the_spending_named_last_hu(folded, chosen))
    ):
        spending = _the_rest_in_thousands([spending], folded, in_thousands)[0]
        if spending.value is not None:
            return _within(spending.value, limit)  # "óránként 7500-at kérek, a kiadás 230"
    if (
        asked in ("income", "counter")
        and len(chosen) > 1
        and (parts := _a_months_parts_by_day_hu(folded, chosen, in_thousands))
    ):
        return _within(parts, limit)  # "10-én jön 150, 25-én a maradék 118": 268
    return None


def _sum_what_comes_in_parts(reading: _AmountBeingRead) -> AmountReading | None:
    """Sums pay in parts; reads a payslip's or a statement's figure."""
    asked = reading.asked
    chosen = reading.chosen
    folded = reading.folded
    in_thousands = reading.in_thousands
    limit = reading.limit
    if (
        asked in ("income", "counter")
        and chosen
        and (rest_on_a_day := _THE_REST_ON_A_DAY.search(folded))
        and not _A_NUMBER_IN.search(folded, rest_on_a_day.end())
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…180, a maradék 25-én"
    if (
        asked in ("income", "expenses")
        and len(chosen) == 2
        and (on_two_days := _one_amount_on_two_days(folded, chosen, in_thousands))
    ):
        return _within(on_two_days, limit)  # "650 rent on the 1st and 650 on the 15th": 1300
    if (
        asked == "expenses"
        and len(chosen) == 2
        and "elore" in folded
        and _PAID_AHEAD_HU.search(folded, 0, chosen[0].start + 30)
        and _BUT_A_MONTH_HU.search(folded, max(0, chosen[1].start - 16), chosen[1].start)
    ):
        monthly = _the_rest_in_thousands([chosen[1]], folded, in_thousands)[0]
        if monthly.value is not None:  # "két hónapra előre fizettem, 260-at, de havonta 130"
            return _within(monthly.value, limit)
    if asked == "income" and len(chosen) > 2 and "levonas" in folded:
        # "…, levonások 110 700, kifizetés 220 500"
        return _the_payslips_pay_hu(folded, chosen, limit, in_thousands)
    if (
        asked == "expenses"
        and len(chosen) > 1
        and "out" in folded
        and ("balance" in folded or ("out:" in folded and "in:" in folded))
        and (statement := _a_statements_money_out_en(folded, chosen)) is not None
    ):
        return _within(statement, limit)  # "money in 1,460 money out 1,112.48 balance 347.52"
    return None


def _find_an_amount_unknown(reading: _AmountBeingRead) -> AmountReading | None:
    """Finds an amount unknown, due by a date or undecided: unclear."""
    asked = reading.asked
    chosen = reading.chosen
    folded = reading.folded
    items = reading.items
    language = reading.language
    owed = reading.owed
    if items and chosen and _SOME_AMOUNT_UNKNOWN.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…, whatever that comes to"
    if (
        items
        and chosen
        and language == "en"
        and ("remember" in folded or " to " in folded)
        and _THE_REST_NOT_KNOWN_EN.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…, the rest id have to check"
    if items and language == "en" and "worth" in folded and _WEEKS_WORTH_EN.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "food 240 (2 weeks worth)"
    if (
        language == "en"
        and len({n.value for n in chosen}) > 1
        and ("rest of the year" in folded or folded.count("when ") > 1)
        and _figures_for_parts_of_the_year_en(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "900 when home, 200 when away"
    if (
        asked == "expenses"
        and chosen
        and _AN_ITEM_LEFT_WITHOUT_FIGURE.search(folded, chosen[-1].end)
        and not _A_NUMBER_IN.search(folded, chosen[-1].end)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "rezsi 30, kaja amennyi marad"
    if owed and chosen and _A_SUM_DUE_BY_A_DATE.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "need 150 by june": no month's
    if (
        owed
        and chosen
        and _PAID_BACK_BY_A_DATE.search(folded)
        and not any(_MONTHLY_AFTER.match(folded[n.end : n.end + 30]) for n in chosen)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "pay it back by march"
    if owed and chosen and "多少" in folded and _MONTHS_PAYMENT_UNKNOWN_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "车贷十五万, 每月多少忘了"
    if chosen and "怎么分" in folded and _SHARE_UNDECIDED_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "和老婆一起还, 怎么分没定"
    return None


def _read_the_rest_offered(reading: _AmountBeingRead) -> AmountReading | None:
    """Decides an offer's figure for the rest; a unit's price is unclear."""
    asked = reading.asked
    chosen = reading.chosen
    folded = reading.folded
    in_thousands = reading.in_thousands
    items = reading.items
    limit = reading.limit
    offer = reading.offer
    owed = reading.owed
    plain = reading.plain
    if offer and chosen and _the_rest_of_the_income_offered(folded, chosen):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "wage 1400, keep 900, the rest"
    if offer and len(chosen) > 2 and (the_rest := _THE_REST_OF_THE_INCOME.search(folded)):
        after = [n for n in chosen if n.start >= the_rest.end()]
        if len(after) == 1 and after[0] is chosen[-1] and after[0].value is not None:
            # "工资4000, 留3200, 剩下的每个月还800": the figure given for the rest
            own = _the_rest_in_thousands(after, folded, in_thousands)[0]
            if own.value is not None:
                return _within(own.value, limit)
    if (
        items
        and chosen
        and "用" in folded
        and _A_QUANTITY_USED_ZH.search(folded)
        and _A_PRICE_A_MEASURE_ZH.search(plain)
        and not _SO_BEFORE.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "水费一吨三块五, 一个月用八吨"
    if (
        asked == "income"
        and chosen
        and "卖" in folded
        and _PRICE_OF_ONE_SOLD_ZH.search(folded, max(0, chosen[-1].start - 4), chosen[-1].start)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "一天卖五十多个, 一个六块"
    if (
        owed
        and chosen
        and "额度" in folded
        and _UNUSED_LIMIT_ZH.match(folded, chosen[-1].end)
        and all(_A_LIMIT_ZH.search(folded, max(0, n.start - 6), n.start) for n in chosen)
    ):
        return AmountReading(Decimal(0), None)  # "白条额度八千, 从来没用": no debt
    return None


def _set_aside_a_budget_or_a_limit(reading: _AmountBeingRead) -> AmountReading | None:
    """Sets aside an income or budget beside spending, a limit beside debt."""
    asked = reading.asked
    chosen = reading.chosen
    folded = reading.folded
    in_thousands = reading.in_thousands
    language = reading.language
    owed = reading.owed
    if asked == "expenses" and len(chosen) > 1 and language == "hu":
        # "bejön 280, kimegy 230", "keret 250 000, elköltve 231 450": the income or the
        # budget said beside the spending is none of it
        beside = [
            n
            for n in chosen
            if _INCOME_OR_BUDGET_BEFORE_HU.search(folded, max(0, n.start - 14), n.start)
        ]
        if beside and len(beside) < len(chosen):
            rest = [n for n in chosen if n not in beside]
            chosen = _the_rest_in_thousands(rest, folded, in_thousands)
    if owed and len(chosen) > 1 and "额度" in folded:  # "额度五万, 用了一万, 每月还九百"
        limits = [n for n in chosen if _A_LIMIT_ZH.search(folded, max(0, n.start - 6), n.start)]
        chosen = [n for n in chosen if n not in limits] or chosen
    if (
        asked == "income"
        and chosen
        and "一次性" in folded
        and all(_PAID_ONCE_ZH.search(folded, max(0, n.start - 8), n.start) for n in chosen)
        and _NOTHING_MONTHLY_AFTER_ZH.match(folded, chosen[-1].end)
    ):
        return AmountReading(Decimal(0), None)  # "补偿金一次性给了三万, 以后每月就没收入了"
    reading.chosen = chosen
    return None


def _read_pay_from_several(reading: _AmountBeingRead) -> AmountReading | None:
    """Decides pay from several (the children's, summed); or finds it unclear."""
    asked = reading.asked
    chosen = reading.chosen
    folded = reading.folded
    language = reading.language
    limit = reading.limit
    if (
        asked == "income"
        and len(chosen) == 1
        and "一次性" in folded
        and _SAID_AFTER_TO_BE_PAID_ONCE_ZH.match(folded, chosen[0].end)
        and not _NOTHING_MONTHLY_AFTER_ZH.search(folded, chosen[0].end)
        and "没了" not in folded
        and "没有了" not in folded  # "…一次性的 以后没有了": nothing after, read as before
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "拆迁款二十万 一次性的"
    if (
        asked == "income"
        and chosen
        and _OWN_NOTHING_AFTER_SET_ASIDE_ZH.search(folded, chosen[-1].end)
    ):
        return AmountReading(Decimal(0), None)  # "我爸每月给一千五 那个不算收入 我自己是零"
    if asked == "income" and len(chosen) > 1 and _all_from_children_zh(folded, chosen):
        from_children = sum((n.value or Decimal(0) for n in chosen), Decimal(0))
        return _within(from_children, limit)  # "女儿每月转我一千五, 儿子给六百": both come in
    if asked == "income" and len(chosen) == 2 and _last_and_this_months_pay_zh(folded, chosen):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "上个月5200, 这个月4700"
    if (
        asked == "income"
        and len(chosen) == 2
        and language != "zh"
        and _last_and_this_months_pay(folded, chosen)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "last month 1500, this 1250"
    return None


def _read_what_a_debt_leaves(reading: _AmountBeingRead) -> AmountReading | None:
    """For debts: decides the rest after this card, or no payment."""
    chosen = reading.chosen
    folded = reading.folded
    items = reading.items
    limit = reading.limit
    owed = reading.owed
    if owed and chosen and _THIS_CARD_COUNTED_IN.search(folded):
        left = [n for n in chosen if _SO_RIGHT_BEFORE.search(folded, max(0, n.start - 12), n.start)]
        if len(left) == 1 and left[0] is chosen[-1] and left[0].value is not None:
            return _within(left[0].value, limit)  # "…includes this card, so 260 the rest"
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "350 including your card"
    if (
        len({n.value for n in chosen}) == 1
        and len(_A_SEASON.findall(folded)) >= 2
        and not _SEASONS_ALIKE.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "400 in season, winter nothing"
    if _a_figure_for_each_season(folded, chosen):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "1,100 in season, 950 in winter"
    no_payment = _no_payment_on_the_balance(folded, chosen) if owed and chosen else None
    if no_payment is not None:  # "overdraft of 1,500 but theres no monthly payment on it"
        return no_payment
    if len({n.value for n in chosen}) > 1 and _WHICH_IS_WANTED.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "带车贷4800, 不带4000, 要哪个?"
    if owed and chosen and "other" in folded and _THE_OTHER_ONE_LEFT_BARE.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "vanquis 45 and the other one"
    if items and chosen and _another_items_amount_unknown(folded, chosen):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…the other one id have to check"
    if not chosen and owed and _AT_SOURCE.search(folded) and _NOTHING_BESIDES.search(folded):
        return AmountReading(Decimal(0), None)  # "student loan comes out my wages, nothing else"
    return None


def _keep_the_months_figures(reading: _AmountBeingRead) -> AmountReading | None:
    """Keeps the month's figures: no difference, balance or money out."""
    asked = reading.asked
    chosen = reading.chosen
    folded = reading.folded
    in_thousands = reading.in_thousands
    items = reading.items
    language = reading.language
    by_so_much = [n for n in chosen if _BY_SO_MUCH_HU.match(folded, n.start)]
    if language == "hu" and by_so_much:
        rest = [n for n in chosen if n not in by_so_much]
        if not rest:  # "havonta 30 ezerrel több megy ki, mint ami bejön": no spending said
            return AmountReading(None, AmountProblem.AMBIGUOUS)
        if len({n.value for n in rest}) == 1:  # "…, mint ami bejön, úgy 230": the one said
            chosen = _the_rest_in_thousands(rest, folded, in_thousands)
    if (
        items
        and _RAISED_BY_A_SHARE.search(folded)
        and any(_marked(folded, n) == "before" for n in chosen)
        and not any(_marked(folded, n) == "now" for n in chosen)
    ):  # "a lakbért 10%-kal emelték, előtte 150 volt, meg rezsi 40": the new rent not said
        return AmountReading(None, AmountProblem.AMBIGUOUS)
    if asked == "income" and len({n.value for n in chosen}) > 1:
        # "wages go in 1,318 and by the 10th my balance is already -240": no income
        kept = [
            n for n in chosen if not _ACCOUNTS_BALANCE.search(folded, max(0, n.start - 24), n.start)
        ]
        chosen = kept if kept else chosen
    if asked == "income" and len(chosen) > 1 and _A_BANK_TEXT_OUT_ZH.search(folded):
        # "【农业银行】…转支2,000.00元 【农业银行】…工资收入4,650.00元": the pay, not the
        # money sent out beside it in the pasted bank texts
        paid_in = [
            n for n in chosen if _A_BANK_TEXT_PAY_IN_ZH.search(folded, max(0, n.start - 8), n.start)
        ]
        chosen = paid_in if len({n.value for n in paid_in}) == 1 else chosen
    reading.chosen = chosen
    return None


def _set_aside_paid_once(reading: _AmountBeingRead) -> AmountReading | None:
    """Sets aside income among spending, figures paid once, items of nothing."""
    asked = reading.asked
    chosen = reading.chosen
    folded = reading.folded
    in_thousands = reading.in_thousands
    owed = reading.owed
    if (
        asked == "expenses" and len(chosen) > 1 and _A_MONTHS_SPENDING_LABELLED_ZH.search(folded)
    ):  # "【随手记】3月支出: ¥3,482.60 收入: ¥5,200.00": an app's month, spending asked
        spent = [
            n
            for n in chosen
            if not _AN_INCOME_LABELLED_ZH.search(folded, max(0, n.start - 8), n.start)
        ]
        chosen = spent if spent else chosen
    once = [
        n
        for n in chosen
        if _ONCE_AFTER.match(folded, n.end)
        or _WON_BEFORE.search(folded, max(0, n.start - 16), n.start)
        or _DEPOSIT_BEFORE.search(folded, max(0, n.start - 20), n.start)
    ]
    if once and len(once) < len(chosen):  # "albérlet 130, a kaució 260 volt egyszer"
        rest = [n for n in chosen if n not in once]
        chosen = _the_rest_in_thousands(rest, folded, in_thousands)
    if owed and chosen and _REPAID_IN_ONE.search(folded) and not _MONTHLY.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "visszafizetni egyben"
    nothing_for = [n for n in chosen if n.value == 0 and _AN_ITEM_BEFORE.search(folded, 0, n.start)]
    if nothing_for and len(nothing_for) < len(chosen):  # "lakbér 0, de kaja meg bérlet kb 60"
        rest = [n for n in chosen if n not in nothing_for]
        chosen = _the_rest_in_thousands(rest, folded, in_thousands)
    reading.chosen = chosen
    return None


def _read_no_figure_said(reading: _AmountBeingRead) -> AmountReading | None:
    """With no figure: masked or foreign is unclear, nothing said is zero."""
    chosen = reading.chosen
    folded = reading.folded
    offer = reading.offer
    owed = reading.owed
    if _MASKED_FIGURE.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "2xx ezer valami": no figure
    if not chosen and _FOREIGN_ONLY.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "1,400 zloty": not converted
    if not chosen and _FIGURE_NOT_SAID.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "same as last time"
    if not chosen and owed and _OTHER_DEBTS_CLEARED_LONG_AGO.search(folded):
        return AmountReading(Decimal(0), None)  # "网贷都是前几年的, 早就结清了": none now
    if not chosen and owed and _A_GIFT_NOT_PAID_BACK.search(folded):
        return AmountReading(Decimal(0), None)  # "kaptunk 2 milliót, de nem kell visszaadni"
    if not chosen:
        zero = _ZERO_WORDS.found_in(folded) or _ZERO_WORDS.found_in(words_only(folded))
        if zero and not (
            _VAGUE_AMOUNT.search(folded)
            # "love offerings when they can, nothing fixed": no fixed amount, not none
            or _VARYING_AMOUNT.search(folded)
            or _MONEY_FROM_OTHERS_UNSAID.search(folded)
            # (at the own proposal, "a tenth of the debt once it comes, nothing until then")
            or (offer and _RELATIVE_TO_A_PLAN_OR_THE_DEBT.search(folded))
        ):
            return AmountReading(Decimal(0), None)
        if zero:  # "nincs fix jövedelmem, ahogy jön": no fixed amount, not none at all
            return AmountReading(None, AmountProblem.AMBIGUOUS)
        return AmountReading(None, AmountProblem.NOT_A_NUMBER)
    if (
        offer
        and len({n.value for n in chosen}) == 1
        and _OVER_A_TERM.search(folded)
        and not _MONTHLY.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "480 ezer, 24 hónap alatt"
    return None


def _find_another_period_or_price(reading: _AmountBeingRead) -> AmountReading | None:
    """Finds a price in parts, per head or of another period: unclear."""
    asked = reading.asked
    chosen = reading.chosen
    folded = reading.folded
    in_thousands = reading.in_thousands
    items = reading.items
    offer = reading.offer
    owed = reading.owed
    plain = reading.plain
    if (
        owed
        and len({n.value for n in chosen}) == 1
        and _OVER_A_TERM.search(folded)
        and not _MONTHLY.search(folded)
    ):  # "the dentists plan, 1,800 over 18 months": a price over a term, the month's unsaid
        return AmountReading(None, AmountProblem.AMBIGUOUS)
    if owed and len(chosen) == 1 and _a_price_in_parts(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "egy 36 ezres cipő, 3 részletben"
    if items and _PER_PERSON_ZH.search(plain) and _A_HOUSEHOLD_ZH.search(plain):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "一个人1200, 家里四口人"
    if items and len({n.value for n in chosen}) == 1 and _said_per_head(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "fejenként 70, négyen vagyunk"
    if (
        asked == "expenses"
        and len(chosen) > 1
        and _a_whole_left_per_child(
            folded, [_in_thousands(n, folded) for n in chosen] if in_thousands else chosen
        )
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "nursery 300 per child, rent 700"
    if offer and _ONE_PAYMENT_NOW.search(folded) and _MONTHLY_LEFT_OPEN.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "两千一次性, 每月以后再说"
    if (offer or owed) and _one_payment_only(folded, chosen):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "600 in one go at xmas"
    if not offer and _one_amount_every_few_weeks(folded, chosen):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "140 taken every two weeks"
    if not offer and _paid_by_another_period(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "órabérben vagyok, 1850 ft"
    return None


def _keep_the_payments(reading: _AmountBeingRead) -> AmountReading | None:
    """For debts: keeps payments, not sizes; decides a split or a product."""
    chosen = reading.chosen
    folded = reading.folded
    in_thousands = reading.in_thousands
    language = reading.language
    limit = reading.limit
    offer = reading.offer
    owed = reading.owed
    if owed:  # "20 ezret fizetek a 600 ezres hitelre": the loan's size is no payment
        payments = [n for n in chosen if not _names_a_loans_size(folded, n)]
        if payments and len(payments) < len(chosen) and in_thousands and len(payments) == 1:
            payments = [_in_thousands(payments[0], folded)]  # "havi 30-at … 900 ezres hitelre"
        chosen = payments or chosen
    if owed and "到手" in folded:  # "借一万到手八千, 每周还一千一": the cash got is no payment
        got = [n for n in chosen if _LOAN_CASH_ZH.search(folded, max(0, n.start - 12), n.start)]
        chosen = [n for n in chosen if n not in got] or chosen
    if owed:  # "loan 180, i owe about 6,000 on it still": the balance is no payment
        payments, folded = _without_balances(folded, chosen)
        if len(payments) < len(chosen) and in_thousands and len(payments) == 1:
            payments = [_in_thousands(payments[0], folded)]  # "személyi 55, még 2 millió van"
        chosen = payments
    if offer and len(chosen) == 3 and ("不" in folded or "算了" in folded):
        revised = _revised_offer_old_one_too_dear_zh(folded, chosen)
        if revised is not None:
            return _within(revised, limit)  # "一千, 不对, 还是七百吧, 一千太紧了"
    if _a_range(folded, chosen):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "2-300 ezer", "900 to 1000"
    split = _split_in_a_month(folded, chosen) if offer and language == "en" else None
    if split is not None:
        return _within(split, limit)  # "50 on the 1st and another 25 mid month"
    if language == "zh" and _EACH_ZH.search(folded):
        product = _products_said_zh(folded, numbers_in(folded, "zh"))
    elif language == "zh" and offer:
        product = _split_in_a_month_zh(folded, numbers_in(folded, "zh"))
    else:
        product = _product_said(folded, chosen) if language == "en" else None
    if product is not None and not (owed and _OWED.search(folded)):
        return _within(product, limit)  # "3 other cards, roughly 50 each"
    reading.chosen = chosen
    reading.folded = folded
    return None


def _read_a_total_redone(reading: _AmountBeingRead) -> AmountReading | None:
    """Decides a total redone, a part counted in, a corrected figure."""
    chosen = reading.chosen
    folded = reading.folded
    in_thousands = reading.in_thousands
    items = reading.items
    language = reading.language
    limit = reading.limit
    owed = reading.owed
    if items and len(chosen) > 1 and language == "hu":
        # "lakbér 140, nem 104, rezsi 30": the figure after "nem" is taken back, no item
        kept = [
            n
            for n in chosen[1:]
            if not _TAKEN_BACK_AFTER_NEM_HU.search(folded, max(0, n.start - 20), n.start)
        ]
        chosen = chosen[:1] + kept
        if in_thousands and len(chosen) == 1:
            chosen = [_in_thousands(chosen[0], folded)]
    counted_in = (
        _left_out_then_counted_in_zh(folded, chosen)
        if items and not owed and language == "zh" and len(chosen) == 2
        else None
    )
    if counted_in is not None:
        return _within(counted_in, limit)  # "开销两千六 不含房租 房租一千也算上": 3600
    explained = (
        _corrected_with_the_gap_zh(folded, chosen)
        if language == "zh" and len(chosen) == 3
        else None
    )
    if explained is not None and explained.value is not None:
        return _within(explained.value, limit)  # "四千八 不对 是四千六 迟到扣了两百": why
    redone = _total_redone_with_an_item(folded, chosen) if items and not owed else None
    if redone is not None and redone.value is not None:
        # in thousands too, as a total redone by hand: "230, …, az még 40, tehát 270"
        redone = _in_thousands(redone, folded) if in_thousands else redone
        assert redone.value is not None
        return _within(redone.value, limit)  # "开销三千八, 不对, 漏了兴趣班四百, 是四千二"
    reading.chosen = chosen
    return None


def _set_aside_corrected_or_not_the_own(reading: _AmountBeingRead) -> AmountReading | None:
    """Sets aside figures corrected, not essential or not the own."""
    asked = reading.asked
    chosen = reading.chosen
    folded = reading.folded
    in_thousands = reading.in_thousands
    items = reading.items
    language = reading.language
    limit = reading.limit
    numbers = reading.numbers
    owed = reading.owed
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
    if items and language == "zh" and len(chosen) > 1:  # "房租三千 室友出一千二 我出一千八"
        chosen = _without_a_whole_worked_down_zh(folded, numbers, chosen)
    if items and not owed and len(chosen) > 1:  # "netflix 12.99, not essential. rent 590"
        kept = [n for n in chosen if not _said_not_essential(folded, n)]
        chosen = kept if kept else chosen
    aside = (  # "饭卡每个月充500, 那个不是钱": no pay
        [m for n in numbers if (m := _SET_ASIDE_RIGHT_AFTER_ZH.match(folded, n.end))]
        if asked == "income" and language == "zh"
        else []
    )
    if asked == "income" and len(chosen) > 1:  # "the 15k is expenses not wages, job 1,260"
        kept = [
            n
            for n in chosen
            if not _SAID_NOT_INCOME.search(folded, *_clause(folded, n))
            and not _SAID_SPENDING_RIGHT_AFTER_ZH.match(folded, n.end)
            and not any(m.start() == n.end for m in aside)
            and not _LEFT_IN_HAND_BEFORE_ZH.search(folded, max(0, n.start - 8), n.start)
            and not _SAID_NOT_INCOME.search(folded, n.end, min(len(folded), n.end + 30))
        ]
        chosen = kept if kept else chosen
        if in_thousands and len(chosen) == 1:
            chosen = [_in_thousands(chosen[0], folded)]
    if (
        asked == "expenses"
        and language == "zh"
        and len(chosen) > 1
        and ("算" in folded or "那" in folded or "这" in folded)
    ):
        kept = [n for n in chosen if not _SET_ASIDE_FROM_THE_SPENDING_ZH.match(folded, n.end)]
        chosen = kept if kept else chosen  # "…四百五 寄回家的两千不算": the two before
    if aside and any(all(m.start() != n.end for m in aside) for n in chosen):
        folded = _blanked(folded, *aside)  # "中了五百, 意外之财不算": no part of the pay kept
    reading.chosen = chosen
    reading.corrected = corrected
    reading.folded = folded
    return None


def _settle_on_one_or_sum(reading: _AmountBeingRead) -> AmountReading | None:
    """Decides the one figure meant among several, or a list's sum."""
    asked = reading.asked
    chosen = reading.chosen
    corrected = reading.corrected
    folded = reading.folded
    in_thousands = reading.in_thousands
    items = reading.items
    language = reading.language
    limit = reading.limit
    offer = reading.offer
    owed = reading.owed
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
    if meant is not None and asked == "expenses" and not meant[1] and _rest_left_unsaid(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…650 of my 1,400 wage and the
        # rest goes on bills and food": one figure settled on, the rest of the month unsaid
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
    if asked == "income":
        costs = costs_beside_income(folded, listed)  # "pip 412, rent is 650": no income
        listed = [n for i, n in enumerate(listed) if i not in costs]
    summed = folded
    if owed and language == "en" and "my " in folded:  # "car finance 215 and my dad 50"
        summed = _A_RELATIVE_PAID_BACK_EN.sub(lambda m: "x" * len(m[0]), folded)
    total = (
        _sum_of_items(summed, listed, language, costs=asked == "expenses")
        if items
        and several
        and not (in_thousands and _one_out_of_scale(chosen))
        and not _A_PERIOD_IN_A_LIST.search(folded)  # "fortnightly shop 160, rent 600"
        and not _item_without_amount(folded)  # "房贷2500, 网贷700, 还有信用卡"
        # "房贷一百二十万, 每月还六千二" (pay is no balance: "wages 1,400, garage let for 60")
        and not (asked != "income" and _a_balance_among(folded, listed))
        and not _a_turnover_among(folded, listed)  # "turnover about 8k, 1,300 for me"
        else None
    )
    if total is not None:
        return (
            AmountReading(total, None)
            if total <= limit
            else AmountReading(None, AmountProblem.TOO_LARGE)
        )
    reading.several = several
    reading.varying = varying
    return None


def _find_the_figure_unclear(reading: _AmountBeingRead) -> AmountReading | None:
    """Finds the figure unclear: several, a week's, a year's, a part."""
    asked = reading.asked
    chosen = reading.chosen
    folded = reading.folded
    language = reading.language
    plain = reading.plain
    several = reading.several
    varying = reading.varying
    if any(n.value is None for n in chosen) or several:
        return AmountReading(None, AmountProblem.AMBIGUOUS)
    if asked == "income" and _NOTHING_SINCE.search(folded, chosen[-1].end):
        return AmountReading(Decimal(0), None)  # "had 1,600 last month, nothing since"
    if any(n.not_monthly for n in chosen):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "400 a week": not a month's
    if (
        asked == "income"
        and chosen[0].scaled
        and chosen[0].value is not None
        and chosen[0].value >= 12_000
        and language == "en"
        and _ON_A_SALARY.search(folded, max(0, chosen[0].start - 12), chosen[0].start)
        and not _MONTHLY.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "on 27.5k": a year's salary
    if asked == "income" and "p60" in plain.casefold() and not _MONTHLY.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "its on the p60": the year's pay
    if any(n.part for n in chosen) or _PART_OF_IT.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "rent alone is 900", "300多"
    if (
        language == "zh"
        and asked in ("expenses", "other_debts", "counter")
        and _THE_ONLY_FIGURE_OR_SO_ZH.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "开销四千来块": or a bit over
    if varying:
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "60 ezer, a többi változó"
    if asked == "income" and _OWN_PAY_NOT_KNOWN.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "工资多少我也不清楚, 她给我五百"
    return None


def _find_the_rest_unclear(reading: _AmountBeingRead) -> AmountReading | None:
    """Finds the rest unknown, an item unpriced, a balance, a share."""
    asked = reading.asked
    chosen = reading.chosen
    folded = reading.folded
    items = reading.items
    language = reading.language
    limit = reading.limit
    owed = reading.owed
    if language == "hu" and (
        (
            _ANOTHER_PERIOD.search(_A_PERIOD_OF_A_COUNT.sub(" ", folded))
            and not _MONTHLY.search(folded)
        )  # "évente 240", but not "25 ezer, heti 3 napot dolgozom"
        or _REST_UNKNOWN.search(folded)  # "a lakbér 140, a többiről fogalmam sincs"
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)
    if items and _item_without_amount(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "rent 800 and food and petrol"
    if (
        owed
        and _OWED.search(folded)
        and not _MONTHLY.search(folded)
        # "3 részlet van hátra, 13 ezer", but not a balance with the years left to pay it
        and (not _PAYMENTS_LEFT_COUNTED.search(folded) or _balances_only(folded, chosen))
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "i owe 5000": not a month's
    shared = _SPLIT.search(folded, chosen[0].end)
    if items and shared and not _MINE_BEFORE.search(folded, 0, chosen[0].start):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "700 rent, my brother pays half"
    if items and _HALF_SHARE.search(folded):
        halved = _my_half(folded, chosen[0], limit)
        if asked == "income" and halved.amount != chosen[0].value:
            # "a taxi 400-at hoz, az öcsémmel felezzük": takings shared, the own not said
            return AmountReading(None, AmountProblem.AMBIGUOUS)
        return halved  # "lakáshitel 160, a párommal felezzük"
    return None


def _read_nothing_beside_a_figure(reading: _AmountBeingRead) -> AmountReading | None:
    """Decides on nothing said beside a figure, or another's figure."""
    asked = reading.asked
    chosen = reading.chosen
    folded = reading.folded
    offer = reading.offer
    words = words_only(_NUMBER_RE.sub(" ", _NOT_A_PENNY_ZH.sub(" 身无分文 ", folded)))
    words = _NONE_OF_THE_OFFERS.sub(" ", words)  # "none of them work, but 120 would"
    words = _NOTHING_ELSE.sub(" ", words)  # "rokkantnyugdíj 98 ezer, más nincs"
    words = _NONE_BUT_FOR.sub(" ", words)  # "none apart from the car, 189"
    if _RETRACTED.match(folded, chosen[-1].end):  # "a személyi 40 ezer, ja nem, azt már..."
        return (
            AmountReading(Decimal(0), None)
            if _ZERO_WORDS.found_in(words_only(folded[chosen[-1].end :]))
            else AmountReading(None, AmountProblem.AMBIGUOUS)
        )
    if _MONEY_FROM_OTHERS_UNSAID.search(folded) and _ZERO_WORDS.found_in(words_only(folded)):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…nothing but what mum gives"
    if (
        _marked(folded, chosen[0]) == "before"
        and _ZERO_WORDS.found_in(words)
        and _NOW.search(folded)
    ):
        return AmountReading(Decimal(0), None)  # "most semmi, múlt hónapig 320 volt"
    if not offer and _nothing_now_amount_later(folded, chosen[0]):
        return AmountReading(Decimal(0), None)  # "most semmi, ha meglesz a munka akkor 260"
    if chosen[0].value and _ZERO_WORDS.found_in(words):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "he earns 2k, I earn nothing"
    if (
        asked == "income"
        and chosen[0].value
        and _NO_WORK_OF_MY_OWN.search(folded)
        and _OTHER_PEOPLE.search(folded)
        and not _GIVEN_TO_ME.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "he earns 2000, i don't work"
    return None


def _the_one_number(reading: _AmountBeingRead) -> AmountReading:
    """Decides on the one number left: of before, negative or too large."""
    chosen = reading.chosen
    folded = reading.folded
    in_thousands = reading.in_thousands
    language = reading.language
    limit = reading.limit
    number = chosen[0]
    assert number.value is not None
    # (the figure said again of now is not of before: "it was 55, i can put that 55 to this")
    if (
        all(_marked(folded, n) == "before" for n in chosen)
        and not _THE_PAST_FIGURE_STILL_SO.search(folded, number.end)
        and (
            not _NOW.search(folded)
            or language == "hu"
            or _NOW_MORE_OR_LESS.search(folded, number.end)  # "以前六千, 现在少了": how much?
        )
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "it was 150": and now?
    if number.negative and number.value > 0:
        return AmountReading(None, AmountProblem.NEGATIVE)
    if number.value > limit:
        return AmountReading(None, AmountProblem.TOO_LARGE)
    if (
        in_thousands
        and not number.scaled
        and 0 < number.value < 1000
        and (
            number.value != number.value.to_integral_value()
            or _A_MONTH_BEFORE_HU.search(folded, max(0, number.start - 16), number.start)
        )
    ):  # "kb 2,4": thousands? millions?; "a kiadásom havi 195 Ft": no month's forints
        return AmountReading(None, AmountProblem.AMBIGUOUS)
    return AmountReading(number.value, None)


#: The steps that rewrite the text, blanking what is no answer (or find it unclear), in
#: their order: each sees the text as the ones before left it.
_SETTING_ASIDE: tuple[Callable[[_AmountBeingRead], AmountReading | None], ...] = (
    _set_aside_asides,
    _set_aside_other_times_zh,
    _set_aside_no_months_spending_zh,
    _set_aside_beside_the_own_share_zh,
    _set_aside_not_counted_zh,
    _set_aside_others_figures_zh,
    _set_aside_marks_no_figure,
    _set_aside_not_asked_en,
    _spell_out_the_figures,
    _set_aside_no_debt,
    _set_aside_no_item,
    _set_aside_clauses_and_list_marks,
    _read_thousands_and_times_hu,
    _set_aside_no_answer_hu,
    _join_the_items,
)
#: The steps that decide over the numbers found, in their order (after them
#: :func:`_the_one_number` always decides).
_DECIDING: tuple[Callable[[_AmountBeingRead], AmountReading | None], ...] = (
    _find_the_numbers,
    _take_the_usual_or_todays,
    _find_the_figure_to_take,
    _decide_on_the_figure_to_take,
    _read_a_debt_cleared,
    _find_figures_not_remembered,
    _find_figures_changed,
    _find_a_whole_split_or_by_cases,
    _find_figures_of_other_months,
    _read_the_own_left_over,
    _sum_what_comes_in_parts,
    _find_an_amount_unknown,
    _read_the_rest_offered,
    _set_aside_a_budget_or_a_limit,
    _read_pay_from_several,
    _read_what_a_debt_leaves,
    _keep_the_months_figures,
    _set_aside_paid_once,
    _read_no_figure_said,
    _find_another_period_or_price,
    _keep_the_payments,
    _read_a_total_redone,
    _set_aside_corrected_or_not_the_own,
    _settle_on_one_or_sum,
    _find_the_figure_unclear,
    _find_the_rest_unclear,
    _read_nothing_beside_a_figure,
)


#: After a figure of before, that it is the usual one or still so: "203 450 Ft volt a múlt
#: hónap, és ez átlagos", "maradjunk a 195-nél, amit a múltkor írtam, azóta se változott semmi",
#: "it was 1,250 last month, which is pretty typical".
_THE_PAST_FIGURE_STILL_SO = regex(
    r"\b(?:ez|az|ami) (?:egy )?(?:atlagos|szokasos|tipikus|normalis)\b|"
    r"\bazota (?:semmi )?(?:se|sem|nem) valtozott\b|\bnem valtozott azota\b|"
    r"\b(?:that'?s|thats|which is|it'?s|its) (?:pretty |quite )?(?:typical|normal|average|usual)\b|"
    r"\b(?:hasn'?t|hasnt|has not) changed since\b"
)
#: Right before a figure, that it is a month's: "havi 195 Ft", "havonta 500 forint" (forints so
#: few are no month's spending or pay, but a slip: thousands?).
_A_MONTH_BEFORE_HU = regex(r"\b(?:havi|havonta|egy honapban|honaponta)\W{0,3}$")


#: After the amount said as before, today's said only to be more or less, not by how much: "it
#: was 900 but now with the baby its more", "régen 250 volt, most kevesebb", "以前九百, 现在多了".
_NOW_MORE_OR_LESS = regex(
    r"\b(?:it'?s|its|it is|is|are|it'?ll be|gone|went|now|even) (?:a (?:bit|lot) |much |way )?"
    r"(?:more|less|higher|lower|up|down)\b(?! than [$€£]?[0-9])|"
    r"\bmost (?:mar )?(?:tobb|kevesebb|magasabb|alacsonyabb)\b|"
    r"现在(?:更|还|就)?(?:多了|少了|更多|更少|高了|低了)|"
    r"(?:更|变)?(?:多|少|高|低)了|(?:涨|降|减少|增加)了|翻(?:了)?(?:一)?倍|"
    r"\b(?:(?:a lot|a bit|much|even|way) )?(?:more|less|higher|lower) (?:now|these days)\b"
)


#: Thousands grouped the way another country writes them, where the decimal reading is no
#: monthly amount: "1'850" (Swiss), "2.150 pounds" or "5.800元" (a German keyboard: never 2.15),
#: "312,500 Ft" (forints have no decimals). Rewritten with the language's own mark. Said
#: alone, without the currency (or the month) after it, "8.000" and "1,234" stay a guess.
_APOSTROPHE_THOUSANDS = re.compile(r"(?<![0-9.,'])([0-9]{1,3})'([0-9]{3})(?![0-9.,'])")
_DOT_THOUSANDS = re.compile(
    r"(?<![0-9.,])([1-9])\.([0-9]{3})(?![0-9.,])"
    r"(?= ?(?:pounds?|quid|gbp|rmb|元|块|a month|per month|monthly|每月|一个月))"
)
_COMMA_THOUSANDS_HU = re.compile(
    r"(?<![0-9.,])([1-9][0-9]{0,2}),([0-9]{3})(?![0-9.,])(?= ?(?:ft\b|forint|huf\b))"
)


#: Digits grouped by four, the Chinese way of counting in ten thousands: "1,2000" is 12000
#: (not "1500,2000": two figures).
_WAN_GROUPS_ZH = re.compile(r"(?<![0-9.,])([1-9][0-9]?),([0-9]{4})(?![0-9.,])")


def _foreign_thousands(folded: str, language: str) -> str:
    """``folded`` with thousands grouped another country's way rewritten in the language's own
    (see :data:`_DOT_THOUSANDS`)."""
    if "'" in folded:  # each pattern here is tried only where the mark it needs is
        folded = _APOSTROPHE_THOUSANDS.sub(r"\1\2", folded)
    if "," not in folded and "." not in folded:
        return folded
    if language_code(language) == "hu":
        return _COMMA_THOUSANDS_HU.sub(r"\1.\2", folded)
    if language_code(language) == "zh":  # "税后1,2000一个月": grouped by ten thousands (万)
        folded = _WAN_GROUPS_ZH.sub(r"\1\2", folded)
    return _DOT_THOUSANDS.sub(r"\1,\2", folded)


#: A period said of days or hours worked, not of an amount: "heti 3 napot", "napi 6 órát".
_A_PERIOD_OF_A_COUNT = re.compile(
    r"\b(?:heti|hetente|napi|naponta)\s?[0-9]+\s?(?:nap|ora|alkalom|muszak)\w*"
)


#: A full-width comma (U+FF0C) before digits that are no group of three ends a clause in
#: Chinese: "每月1850\uff0c9号到账" is 1850, then the 9th, never one number "1850,9" (normalising
#: makes it an ASCII comma, so a space is put after it first).
_CLAUSE_COMMA_BEFORE_DIGITS = re.compile(r"\uff0c(?=[0-9])(?![0-9]{3}(?![0-9]))")
#: A line break after a line with no mark at its end, as a statement or a list is pasted
#: ("Standard allowance £393.45\nHousing element £425.00\nTotal payment £818.45"): it ends a
#: clause, as a comma would (normalising would make it a bare space).
_LINE_BREAK = re.compile(r"(?<=[^\s,;.:!?\uff0c\u3002\uff1b])[ \t]*\r?\n\s*(?=\S)")


#: An upper bound that is not an own offer's ceiling: "不超过两千", "no more than 900".
_UPPER_BOUND = regex(
    r"(?:不超过|不会超过|\b(?:no|not|never) more than|\bnem tobb,? mint)\W{0,2}(?:[$€£¥] ?)?$"
)


def _as_a_bound(number: Number, folded: str) -> Number:
    """``number``, a part (a bound) if an upper bound is said right before it."""
    if number.part or not _UPPER_BOUND.search(folded, max(0, number.start - 20), number.start):
        return number
    return dataclasses.replace(number, part=True)


#: Between two amounts, a range: "2-300 ezer", "£900 to £1,000", "3000~4000", "两千到三千".
_RANGE_BETWEEN = re.compile(
    r"^ ?(?:[$€£¥]|ft|huf|forint\w*|pounds?|quid|元|块)? ?"
    r"(?:-|\u2013|\u2014|~|to|till|until|tol|到|至|or|vagy|或者?|还是) ?(?:[$€£¥] ?)?$"
)


#: "180 és 190 között", "三千和三千五之间": two amounts joined by "and", "between" said after them
#: (in Hungarian also short, "150 és 200 közt").
_BETWEEN_JOINED = re.compile(r"^ ?(?:ezer|ft|元|块)? ?(?:es|meg|和|跟|与) ?$")
_BETWEEN_SAID_AFTER = re.compile(r"(?: ?(?:ezer|ft|元|块))?(?:-?\w{0,3})? ?(?:kozott|kozti?|之间)")


#: "between 1,800 and 2k", "between £40 and £50": two amounts joined by "and", "between" said
#: before them (in English).
_BETWEEN_JOINED_EN = re.compile(
    r"^ ?(?:[$€£]|pounds?|quid)? ?(?:and|&) ?(?:about |around )?(?:[$€£] ?)?$"
)
_BETWEEN_SAID_BEFORE_EN = re.compile(r"\bbetween (?:about |around |roughly )?(?:[$€£] ?)?$")


#: Between two neighbouring digits that share the multiplier after the second: "5、6k", "7、8千"
#: (five or six thousand), not two items of a list ("房租1500、水电200").
_NEIGHBOURS_SHARING_A_SCALE_ZH = re.compile(r"^ ?\u3001 ?$")


def _neighbours_sharing_a_scale(folded: str, first: Number, second: Number) -> bool:
    """Whether ``first`` is a bare digit and ``second`` the next digit with a multiplier: "5、6k"
    is a range of thousands, never 5 and 6000."""
    return (
        not first.scaled
        and second.scaled
        and first.value is not None
        and 1 <= first.value <= 8
        and folded[second.start : second.start + 1] == str(int(first.value) + 1)
        and _NEIGHBOURS_SHARING_A_SCALE_ZH.match(folded[first.end : second.start]) is not None
    )


def _a_range(folded: str, numbers: list[Number]) -> bool:
    """Whether two amounts one after the other make a range: no single amount is said."""
    return any(
        first.value != second.value
        and (
            _RANGE_BETWEEN.match(folded[first.end : second.start])
            or (
                _BETWEEN_JOINED.match(folded[first.end : second.start])
                and _BETWEEN_SAID_AFTER.match(folded, second.end)
            )
            or _neighbours_sharing_a_scale(folded, first, second)
            or (
                _BETWEEN_JOINED_EN.match(folded[first.end : second.start])
                and _BETWEEN_SAID_BEFORE_EN.search(folded, max(0, first.start - 30), first.start)
            )
        )
        for first, second in itertools.pairwise(numbers)
    )


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


#: After the last pay from a job left, that nothing has come in since: "had 1,600 last month from
#: the old place, nothing since", "azóta semmi", "之后就没了". The month's income is then 0.
#: Right before a wage in thousands, what a year's salary is said with: "i'm on 27.5k", "on about
#: 31 grand" (a month's is not said so in pounds).
_ON_A_SALARY = regex(r"\bon (?:about |around |roughly )?£?$")
_NOTHING_SINCE = regex(
    r"\bnothing (?:since|after(?: that)?|coming in (?:since|now))\b|"
    r"\b(?:since then|since) (?:nothing|zero|zilch|not a penny)\b|"
    # (not "azóta semmi nem változott": nothing has changed since)
    r"\b(?:azota|azutan|utana) (?:mar )?(?:semmi|nincs\w*|egy fillert? se\w*)\b"
    r"(?! (?:sem |se |nem )?valtozott)|"
    r"\b(?:semmi|nincs\w*) (?:azota|azutan)\b|"
    r"(?:之后|以后|后来|此后|从那以后)(?:就|都|再|也)?(?:没|没有|无)(?:了|有了|收入|钱|进账)"
)
#: Words beside an amount that say nothing of how much it is: a margin ("twelve hundred give or
#: take fifty", "kétszáz, plusz-mínusz", "tíz ezer ide vagy oda", "上下差个一两百"), that it was
#: worked out twice ("i worked it out on paper twice", "kétszer kiszámoltam"). Blanked before
#: the amount is read: the margin is no second amount, "twice" no second payment.
_MARGIN_SIZE = (
    r"(?:[0-9][0-9.,]*(?: ?(?:k|quid|pounds?|e|ezer\w*|ft))?|a (?:few|couple of) quid|a tenner|"
    r"a fiver|a ton|a pony|a monkey|a bit|"
    r"(?:ten|twenty|thirty|forty|fifty|hundred|a hundred|tiz|husz|otven|szaz)"
    r"(?: ?(?:quid|pounds?|ezer\w*))?)"
)
#: Words that hold a Chinese numeral or digits but count no money, blanked before the amount is
#: read: idioms and polite formulas ("一穷二白", "万分感谢", "一五一十", "二百五"), internet slang
#: ("555" crying, "88" bye, "2333" laughing, "3q", "7456" fuming), shops, brands and places
#: named with a number ("十元店", "7-11", "58同城", "361度", "十三香", "三亚", "十堰"), ranks and
#: tiers ("一线/二线", "四五线城市", "三甲", "工伤九级", "二等功", "二中"), work schedules ("996",
#: "007", "上二休二", "三班倒"), kin ("二姐", "三叔", "二婚", "二胎"), holidays and dates ("腊月
#: 二十八", "正月十五", "五一和十一", "一月份", "520那天", "二〇二一年") and land ("十亩地").
#: Read as amounts they were summed in with the wage or made it a range.
_NUMERAL_WORDS_NO_MONEY_ZH = re.compile(
    r"(?<![0-9一二两三四五六七八九十百千万\u3007零])(?<![0-9][.,])(?:"
    r"一穷二白|七上八下|千真万确|十有八九|八九不离十|一模一样|一干二净|接二连三|一清二楚|"
    r"一五一十|(?<![还付交期供])二百五(?![十0-9块元])|一百个(?=放心|愿意|满意|不)|一个小目标|万分|万幸|万不得已|万般|"
    r"百分(?:之)?百|七七八八|乱七八糟|三天打鱼两天晒网|掰成两半|三长两短|"
    # the worry of a bigger figure, in the saying "拿着三千的工资 操着三万的心"; a poem's "碎银几两"
    # (a little money); a tale's "一千零一夜"
    r"操着[^ ,.;!?\u3002]{1,8}的心|碎银几两|一千零一夜|"
    # (not the last group of a figure spaced in thousands: "55 679 555"; nor the first of one
    # grouped with commas: "555,000")
    r"(?:(?<=[,!?~。 ])(?<![0-9] )|^)5{3,}(?=[,!?~。](?![0-9])|\.(?![0-9])|$)|"
    r"(?<=[,.!?~。 ])(?<![0-9] )88(?=[.!?~。]*$)|(?<![0-9] )23{4,}(?![0-9]|[.,][0-9])|3q\b|"
    r"7456(?=[( ]?气)|520(?=那天|当天|的红包|红包|节)|五二\u3007|七夕|"
    r"[十两]元(?:店|精品|超市)|7-11|711(?=便利)|58同城|361度|十三香|九毛九|七匹狼|"
    r"58(?=好借)|360(?=借条|借款|金融)|"  # loan apps named with a number: "58好借", "360借条"
    r"三通一达|"
    r"4s店|三亚|十堰|八达岭|四平|五菱|"
    r"[一二三四五]线(?=城市|的|职工|员工|工人|岗|人员|小城|,|。)|四五线|三甲|第三方|"
    r"[一二三四五六七八九十]级|[一二三四]等(?=功|奖)|[一二三]中(?=的|教|当|上|读|老师|,|。)|"
    r"高[一二三](?=的|学生|了|,|。)|初[一二三](?=的|学生|了|,|。)|"
    # (not a group of a figure spaced in thousands: "403 996", "996 000")
    r"(?<![0-9] )(?:996|007)(?![0-9]|[.,][0-9]| [0-9]{3}(?![0-9]))|"
    r"上[一二三四五六]休[一二三四五六]|做[五六]休[一二]|[两三四]班倒|"
    r"[大二三四五六七八]姐|[二三四五六七八][哥叔姨舅姑婶嫂弟妹伯]|老[大二三四五六七八幺]|"
    r"二[婚胎手]|三胎|"
    r"腊月[初二三十一两四五六七八九]{1,3}|正月[初二三十一两四五六七八九]{1,3}|"
    r"五一(?=和|跟|放|假|长假|黄金周|劳动节|,)|(?<=五一[和跟与])十一|十一(?=放|假|长假|黄金周|国庆)|"
    r"[一二三四五六七八九十]{1,2}月份|[\u3007零一二三四五六七八九]{4}年|"
    # (not "一亩" right before a figure: a rate by the acre, "一亩十块", "一亩给十五", kept to be
    # read as one)
    r"[一二两三四五六七八九十几0-9]{1,3}亩(?!(?<=一亩)(?:给|是|收|算)?[0-9一二两三四五六七八九十])"
    r")"
)
#: A figure said as what counts as good pay where one lives, not one's own: "我们这一个月三千就算
#: 高工资了", "四千都算不错的收入了".
_A_TOWNS_GOOD_PAY_ZH = re.compile(
    r"[0-9一二两三四五六七八九十百千万.]+(?:块钱?|元)?(?:就|都|已经)(?:算|算是)(?:很|挺|相当)?"
    r"(?:高|不错|好|可以)的?(?:工资|收入|了)"
)
#: An extra paid once a year at a festival, on top of the month's pay: "过年那个月会多给一千块红包",
#: "春节多发两千过节费". Summed in it would make the month's pay too large.
_A_FESTIVALS_EXTRA_ZH = re.compile(
    r"(?:过年|春节|年底|年终|中秋|端午)(?:那个?月|的时候)?(?:会|还|能)?多(?:给|发)(?:我)?(?:个)?"
    r"[0-9一二两三四五六七八九十百千万.]+(?:块钱?|元)?(?:的)?(?:红包|奖金|过节费)?"
)
#: A part inside a bill's whole set aside, what is left not worked out: "账单本月支出3,200 里面有
#: 一笔1500是借给朋友的 那个不算". Asked again at the spending before the part is blanked.
_A_PART_INSIDE_SET_ASIDE_ZH = re.compile(
    r"里面有一?笔[^.;!?\u3002]{0,4}[0-9一二两三四五六七八九十][^.;!?\u3002]{0,20}?"
    r"(?:不算|不是开销)(?![^0-9一二两三四五六七八九]*[0-9一二两三四五六七八九])"
)
#: A part inside a bill's whole paid for another, how much not remembered: "账单显示三千六 里面有
#: 一部分是帮同事代付的 具体多少记不清" (the own part not worked out).
_A_PART_INSIDE_UNKNOWN_ZH = re.compile(
    r"里面有一?(?:部分|些|点|笔)[^.;!?\u3002]{0,16}?(?:代付|垫付|帮[\u4e00-\u9fff]{1,4}?(?:付|买|交|刷)|"
    r"不是我的|借给)[^0-9.;!?\u3002]{0,12}?(?:记不清|不记得|忘了|不知道|不清楚)"
    r"(?![^0-9一二两三四五六七八九]*[0-9一二两三四五六七八九])"
)
#: A figure said to come once a year, beside the month's pay: "年终奖八千 一年就一次", "过节费
#: 一千五是一年才发一回的" (blanked where another figure is left: the month's said beside it).
_A_FIGURE_ONCE_A_YEAR_ZH = re.compile(
    rf"{_FIGURE_35_ZH}(?:块钱?|元)?(?:的)?[ ,\uff0c]{{0,2}}(?:那|这)?(?:个)?(?:是|就是)?"
    r"(?:一年|每年)(?:就|才|只|也就)?(?:有|发|给|拿)?(?:一次|一回)(?:的)?"
)
#: What an earlier year paid, said before this year's: "前年一个月九千 去年换了岗 今年每个月
#: 六千二", "去年活多一个月八千 今年就五千了". This year's is the pay now (blanked up to "今年"
#: when a figure follows it).
_AN_EARLIER_YEAR_BEFORE_THIS_ONE_ZH = re.compile(
    r"(?:前年|去年)[^.;!?\u3002]*?(?=今年[^0-9一二两三四五六七八九]{0,8}[0-9一二两三四五六七八九])"
)
#: A part of the pay by the piece, the sales or attendance said not to be known yet, its figure
#: unsaid: "底薪三千 提成下个月才算出来", "两千六加全勤 全勤拿不拿得到还不知道" (the month's whole
#: is not known: asked again).
_A_PART_OF_THE_PAY_NOT_KNOWN_YET_ZH = re.compile(
    r"(?:计件|提成|全勤|绩效|加班费)[^0-9一二两三四五六七八九.;!?\u3002]{0,10}?"
    r"(?:还不知道|不知道|不清楚|说不准|还没(?:结|算|出来|核|定)|才(?:能)?(?:核|算|结|出来|定))"
    rf"{_NO_FIGURE_AFTER_ZH}"
)
#: Two figures for the two halves of a year, nothing worked out: "上半年一个月四千 下半年两千"
#: (which month is asked is not said; not added up).
_TWO_HALVES_OF_A_YEAR_ZH = re.compile(
    rf"上半年(?:一个月|每个?月)?[^0-9一二两三四五六七八九.;!?\u3002]{{0,8}}{_FIGURE_35_ZH}"
    r"[^0-9一二两三四五六七八九.;!?\u3002]{0,6}下半年(?:一个月|每个?月)?"
    rf"[^0-9一二两三四五六七八九]{{0,8}}"
    rf"{_FIGURE_35_ZH}(?:块钱?|元)?(?:了)?{_NO_FIGURE_AFTER_ZH}"
)
#: A figure said to go in among the debts, not the spending: "借的钱每月还八百 那个算欠款 其他
#: 开销两千", "车贷两千放贷款里" (blanked where the spending's own figure is left).
_A_FIGURE_SAID_TO_BE_A_DEBT_ZH = re.compile(
    rf"{_FIGURE_35_ZH}(?:块钱?|元)?[ ,\uff0c]{{0,2}}(?:那|这)?(?:个|笔)?"
    r"(?:放|算|填|记|是)(?:在|到|进)?(?:欠款|贷款|其他贷款|负债)(?:里|里面|那里|那栏)?(?:的)?"
)
#: The price of one thing bought on instalments, ending its clause: "分期买了两台 一台四千 每月
#: 还一千", "手机分期 一部五千 每月四百" (the price, no payment; blanked where a figure is left).
_THE_PRICE_OF_ONE_BOUGHT_ZH = re.compile(
    rf"(?:一|每)(?:台|部|辆|件|套)(?:是|要|得)?{_FIGURE_35_ZH}(?:块钱?|元)?(?=$|[ ,.;\uff0c\u3002])"
)
#: A purchase said right after to be paid once: "上个月给孩子买自行车八百那是一次性的", "修车花了
#: 两千 是一次性的" (its clause blanked, the thing named too, where the month's items are left
#: beside it).
_A_ONE_OFF_SAID_AFTER_ZH = re.compile(
    r"[^ ,.;!?\uff0c\u3002]*?"
    rf"{_FIGURE_35_ZH}(?:块钱?|元)?[ ,\uff0c]{{0,2}}(?:那|这)?(?:个|笔)?(?:只)?(?:是|算)一次性的?"
)
#: What an item cost before, said before what it costs now: "吃饭原来一千 现在省着吃八百", "房租
#: 以前一千二 现在九百" (the figure now is the item's; the old one and the words up to the new
#: one blanked).
_AN_ITEMS_OLD_FIGURE_BEFORE_NOW_ZH = re.compile(
    rf"(?:原来|以前|之前|本来)(?:是|要|得)?{_FIGURE_35_ZH}(?:块钱?|元)?[ ,\uff0c]{{0,2}}"
    r"(?:现在|如今|这阵子|最近)[^0-9一二两三四五六七八九]{0,6}?(?=[0-9一二两三四五六七八九])"
)
#: A debt named and said not to count, without a figure, then that it is a debt: "房贷不算哈
#: 那个是欠款" (no item of the spending left without its figure).
_A_DEBT_NAMED_SET_ASIDE_ZH = re.compile(
    r"(?:房贷|车贷|贷款|网贷|欠款)(?:不算|不算在内)(?:哈|啊|吧|了)?"
    r"(?:[ ,\uff0c]{0,2}(?:那|这)?(?:个)?(?:是|算|放)(?:在)?(?:欠款|贷款)(?:里)?)?"
)
#: A cost said right after to be the farm's, not the home's: "饲料一个月八千是养猪的 家里吃饭一千
#: 二", "化肥三千都是种地用的" (blanked where the home's own figure is left).
_A_FARMS_COST_SAID_AFTER_ZH = re.compile(
    rf"{_FIGURE_35_ZH}(?:块钱?|元)?[ ,\uff0c]{{0,2}}(?:那|这)?(?:个|些)?(?:都|也)?是"
    r"(?:养|喂|种)[\u4e00-\u9fff]{1,3}?(?:用)?的(?=$|[ ,.;\uff0c\u3002])"
)
#: A figure ending its clause (not a count: "二十斤", "四百多单" go on with their unit).
_A_FIGURE_ENDING_ITS_CLAUSE_ZH = re.compile(
    rf"{_FIGURE_35_ZH}(?:块钱?|元)?(?=$|[ ,.;!?\uff0c\u3002])"
)
#: A rate by the piece, how many a month said only roughly, nothing worked out: "洗一只狗提二十
#: 一个月洗百来只", "一单挣八块 一个月跑几百来单", "修一双鞋挣五块 这个月修了三百多双" (so many
#: and more: the count is a bound, the month's no product of it).
_A_RATE_AND_A_ROUGH_COUNT_ZH = re.compile(
    r"(?:一|每)(?:只|个|单|件|次|台|辆|位|双)[\u4e00-\u9fff]{0,3}?(?:提|给|挣|赚|拿|收|算)?(?:成)?"
    r"[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百]*(?:块钱?|元)?"
    r"[^0-9.;!?\u3002]{0,10}?(?:(?:[百十千]|几百|几十)来|(?:[0-9]+|[一二两三四五六七八九][百十千])多)"
    r"(?:只|个|单|件|次|台|辆|位|双)"
)
#: A festival's busy month with its figure, then the figure of the months other than it: "中秋
#: 那个月卖月饼能挣八千 其他月份两千五", "国庆的月份收入一万出头 别的月三千". Two months of two
#: kinds, like the seasons, and none of them the month's (not a month's pay with a bonus or back
#: pay in it, :data:`_A_MONTHS_EXTRA`: the usual month is read then).
_A_FESTIVALS_MONTH_BESIDE_THE_OTHERS_ZH = re.compile(
    r"(?:端午|中秋|国庆|春节|过年|元旦|清明|五一|十一(?=那|的|黄金)|黄金周)(?:那|的)?(?:个)?月份?"
    rf"[^.;!?\u3002]{{0,12}}?{_FIGURE_35_ZH}[^.;!?\u3002]{{0,12}}?"
    r"(?:(?:其他|其它|别的|其余|剩下的?)(?:月份?|几个月|时候)|平时|平常)"
    rf"[^.;!?\u3002]{{0,10}}?{_FIGURE_35_ZH}"
)
#: The usual month's pay, then the work stopped for now and only a smaller sum paid meanwhile:
#: "平时一个月五千 这阵子厂里停产 只发一千的生活费", "平常七千 休渔期放假了 每月只给两千". The
#: usual figure is blanked: the month's now is what is paid during the stop.
_THE_USUAL_BEFORE_A_STOP_ZH = re.compile(
    rf"(?<=平时|平常)(?:一个月|每个?月)?(?:能|有|是)?(?:挣|赚|拿|发)?{_FIGURE_35_ZH}(?:块钱?|元)?"
    # (not a festival's days off, a month of its own: "过年放假 只发了一千五")
    r"(?=(?:(?!过年|春节|国庆|五一|十一)[^.;!?\u3002]){0,24}?"
    r"(?:停工|停产|放假|禁采|禁渔|休渔|歇业|停业|封控|停摆)"
    r"[^0-9一二两三四五六七八九.;!?\u3002]{0,12}?只(?:给|发|有|拿)(?:了)?(?:我)?"
    rf"{_FIGURE_35_ZH}{_NO_FIGURE_AFTER_ZH})"
)
#: A monthly sum the employer takes off the pay for a loan of its own, with "那" pointing back
#: at it after: "工资五千二 公司每月扣一千还借公司的钱 卡里四千二 那一千我填在其他贷款里". The
#: sum is a debt's payment, asked for apart, no pay of its own (see
#: :func:`_without_what_the_employer_takes_zh`).
_TAKEN_BY_THE_EMPLOYER_ZH = re.compile(
    r"(?:公司|单位|厂里|老板)(?:每个?月)?(?:直接)?(?:从工资里)?扣(?:掉|了)?"
    r"([0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万]*)(?:块钱?|元)?"
    r"(?=[^,;.!?\u3002]{0,4}还)"
)


def _without_what_the_employer_takes_zh(folded: str) -> str:
    """``folded`` with a sum the employer takes for its loan blanked, and "那" with the same
    figure said after it ("那一千"): its payment, asked for at the other debts."""
    found = _TAKEN_BY_THE_EMPLOYER_ZH.search(folded)
    if found is None:
        return folded
    folded = folded[: found.start(1)] + " " * len(found[1]) + folded[found.end(1) :]
    back = folded.find("那" + found[1], found.end())
    if back >= 0:
        end = back + 1 + len(found[1])
        folded = folded[:back] + " " * (end - back) + folded[end:]
    return folded


#: A figure said right after not to come every month, another figure after it: "这个月随礼花了
#: 一千 那是人情不是每月都有 平常开销两千三", "奖金两千 那个不是每个月都有 工资四千". The
#: figure is no month's; the one after is (none after: left as it is).
_NOT_EVERY_MONTH_RIGHT_AFTER_ZH = re.compile(
    r"[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万]*(?:块钱?|元)?"
    r"(?= ?[,;\uff0c]? ?(?:那|这)(?:个|笔|些)?(?:钱)?(?:是|算)?[\u4e00-\u9fff]{0,4}?"
    r"(?:不是|也不是|并不是)每个?月都(?:有|要|花|交|发)"
    r"[^.;!?\u3002]*?[0-9一二两三四五六七八九])"
)
#: An item said to be left out of the figure, then to be counted in all the same: "开销两千五 不包括
#: 给老人的八百 那个也得算上". Read as "加上": an item added to the figure.
_LEFT_OUT_THEN_COUNTED_IN_ZH = re.compile(
    r"不(?:包括|包含|含)(?=[^,;.!? ]{0,14}?[0-9一二两三四五六七八九十][^,;.!?]{0,8}[,;.!? ]{1,2}"
    r"(?:那个|这个|那笔|这笔|它|那些|这些)(?:也|都)?(?:得|要)(?:算上|算进去|加上|加进去))"
)
#: A whole shared, then each one's share: "房租四千我们一人两千", "网费一百 每人五十". The
#: whole is no part of the own spending: the share is.
_A_WHOLE_BEFORE_EACH_ONES_SHARE_ZH = re.compile(
    r"[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万]*(?:块钱?|元)?"
    r"(?= ?(?:我们|咱们|我俩|两人|俩人|[两三四五六]个?人)?(?:一人|每人|每个人)"
    r"(?:一半|[0-9一二两三四五六七八九]))"
)
#: A whole paid up front for housemates, what they send back, and the own share said: "房租四千我
#: 先垫着 两个室友每人转我一千二 我自己出一千六". The whole and the others' shares are no part of
#: the own spending (blanked only when the own share is said, "我自己出").
_A_WHOLE_ADVANCED_FOR_HOUSEMATES_ZH = re.compile(
    r"[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万]*(?:块钱?|元)?"
    r"(?=(?:都是)?我(?:先)?(?:垫着|垫上|垫付|先垫|先交|先付))|"
    r"(?:室友|舍友|合租的|他们|她们)[\u4e00-\u9fff]{0,4}?(?:每人|各|一人)?(?:转|给|还)(?:给)?我"
    r"[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万]*(?:块钱?|元)?"
)
#: A gift given once at a festival, said beside the month's pay: "一个月两千八, 过年老板还给了个
#: 五百的红包", "中秋单位发了三百过节费". Once a year, no month's money.
_A_FESTIVALS_GIFT_ZH = re.compile(
    r"(?:过年|春节|年底|年终|中秋|端午|过节)(?:的时候|那会儿?)?(?:老板|单位|公司|厂里)?"
    r"(?:还|也|会)?(?:给|发)(?:了)?(?:我)?(?:个|了个)?"
    r"[0-9一二两三四五六七八九十百千万.]+(?:块钱?|元)?(?:的)?(?:红包|过节费)"
)
#: Not a penny more than the figure said, in Chinese: "月供三百三, 多一分都没有" (no "三百三多":
#: the figure is exact).
_NOT_A_PENNY_MORE_ZH = re.compile(r"多一分(?:钱)?(?:都|也)(?:没有|没了|不行|拿不出来?|给不了)")
#: A difference from an earlier time's figure, in Chinese: "一个月四千七, 比刚进来的时候多了八百"
#: (how much more or less, not the month's amount; set aside where a figure is said too). Not
#: beside another person's figure: "加起来八千, 我的比他少两千" leaves the own one to work out.
_A_DIFFERENCE_ZH = re.compile(
    r"比(?:去年|前年|上个?月|上半年|以前|之前|原来|过去|那时候?|刚(?:来|进来|入职|开始)的时候)"
    r"(?:多|少)(?:了|出)?(?:个)?[0-9一二两三四五六七八九十百千万.]+(?:块钱?|元)?"
)
#: In an aside, that it gives a margin: "give or take", "plus or minus", "either side", "上下".
_A_MARGIN_SAID = regex(
    r"\b(?:give or take|plus or minus|plusz[- ]?minusz|either side|either way|each way|ide(?:,)? "
    r"vagy oda)\b|\+/-|上下"
)


def _a_wide_margin(folded: str, aside: re.Match[str], language: str) -> bool:
    """Whether ``aside`` gives a margin wider than a tenth of the figure said right before it
    ("5000 give or take 1000", "月收入五千上下浮动一千": a range, no one figure); a narrow one
    ("1,500 give or take 20", "a tenner either side") leaves the figure to be read."""
    if not _A_MARGIN_SAID.search(aside[0]):
        return False
    margin = numbers_in(aside[0], language)
    before = numbers_in(folded[: aside.start()], language)
    if not margin or not before or margin[0].value is None or before[-1].value is None:
        return False
    figure = before[-1].value
    if figure < 1000 <= margin[0].value:  # "200 plusz-mínusz 15 ezer": the figure in thousands
        figure *= 1000
    return margin[0].value * 10 > figure


_ASIDES = regex(
    rf"\b(?:give or take|plus or minus|\+/-)(?: (?:about|around|roughly))?(?: {_MARGIN_SIZE})?"
    r"(?: or so)?\b|"
    rf"\bplusz[- ]?minusz(?: {_MARGIN_SIZE})?\b|"
    rf"(?:\b{_MARGIN_SIZE} |\bpar (?:ezer|szaz) )?ide(?:,)? vagy oda\b|"
    # a margin said by its side or as a small note more: "a tenner either side", "50 either
    # way", "maybe the odd fiver more"
    rf"\b{_MARGIN_SIZE} (?:either side|either way|each way)\b|"
    r"\bthe odd (?:fiver|tenner|quid|pound|few quid)(?: or (?:two|so))?"
    r"(?: more| extra| over| here and there)?\b|"
    r"上下(?:浮动|相差|差)?(?:不了|不过|不超过|个|那么)*[0-9一二两三四五六七八九十几百千]*(?:块钱?|元)?|"
    # a payment that falls a little each month, this month's said: "这个月是3980, 每个月少十几块"
    r"每个?月(?:会|都)?(?:少|减少|递减|降)(?:个)?(?:十几|几十|几|一点)(?:块钱?|元)?|"
    r"\b(?:worked|work|checked|check|counted|count|added|add|calculated|gone over|went over|"
    r"gone through|went through|did the (?:maths?|sums))\b"
    r"(?: (?!(?:paid|pay|pays|get|gets|got)\b)[a-z]+){0,5} twice\b"
    r"(?! (?:a|per|each|every) (?:month|week)|monthly)|"
    r"\bketszer (?:is )?(?:ki|at|ossze|meg|le)?(?:szamol|ellenoriz|nez|ir)\w*|"
    # round the clock, as Hungarian writes it: "0-24-ben ápolom" (no range of money)
    r"\b0-24(?:-?(?:ben|es|re|ig))?\b"
)
#: One of these is in each match of :data:`_ASIDES`: a message without any is not searched (an
#: aside added there needs its word here, or its own test fails).
_ASIDE_WORDS = (
    "give or take", "plus or minus", "+/-", "plusz", " vagy oda", "either ", "each way",
    "the odd ", "上下", "每", "twice", "ketszer", "0-24",
)  # fmt: skip
#: A figure from before a change, said right before the new one: "went from 640 to 910", "85-ről
#: 132-re", "从3100涨到3650" (not a range: "anything from 500 to 2000", "从五千到八千").
_OLD_FIGURE = re.compile(
    r"\b(?:(?:went|gone|jumped|rose|risen|increased|dropped|fell|was put|been put) "
    r"(?:up |down )?|(?:up|down) )from (?:[$€£] ?)?[0-9][0-9.,]*(?: ?k)? (?:up |down )?to "
    r"(?=(?:[$€£] ?)?(?P<en>[0-9][0-9.,]*))|"
    r"(?<![0-9.,])[0-9][0-9.,]*(?: ?(?:ezer\w*|e))?-?r[oó]l (?=(?P<hu>[0-9][0-9.,]*))|"
    r"从[0-9.一二两三四五六七八九十百千万]+(?:块|元)?(?:涨到|涨成|升到|提到|调到|降到|变成)"
    r"(?=(?P<zh>[0-9][0-9.]*|[一二两三四五六七八九十百千万]+))|"
    # the old figure, then the one now: "rent was 130 now 142", "rent 130, well 142 now", "a
    # lakbér 130, vagyis most már 142"
    r"\bwas (?:[$€£] ?)?[0-9][0-9.,]*(?: ?k)?,? (?:but |and )?(?:its |it'?s )?now "
    r"(?=(?:[$€£] ?)?(?P<was>[0-9][0-9.,]*))|"
    r"(?<![0-9.,])[0-9][0-9.,]*(?: ?k)?, (?:well |actually |i mean |or rather )?"
    r"(?=(?:[$€£] ?)?(?P<now>[0-9][0-9.,]*)(?: ?k)? now\b)|"
    r"(?<![0-9.,])[0-9][0-9.,]*(?: ?(?:ezer\w*|e))?,? (?:vagyis|azaz|illetve|pontosabban) "
    r"most (?:m[aá]r )?(?=(?P<most>[0-9][0-9.,]*)(?![0-9.,]|-?(?: ?%|os|as|es)))"
)


def _without_the_old_figure(folded: str) -> str:
    """``folded`` with the figure from before a change blanked, in a list of items ("the mortgage
    went from 640 to 910, so 910 plus bills 230" is 910 and 230): the old figure is no item of
    the month. Where the new one is said again ("so 910 plus ..."), the rest of the change's clause
    goes too, not to count it twice."""
    if not any(word in folded for word in ("from ", "rol ", "ról ", "从", "now", "most ")):
        return folded  # each match of _OLD_FIGURE has one of these
    found = _OLD_FIGURE.search(folded)
    if found is None:
        return folded
    new = next(said for said in found.groupdict().values() if said)  # (one group an alternative)
    end = found.end()
    if re.search(rf"(?<![0-9.,]){re.escape(new)}(?![0-9])", folded[end + len(new) :]):
        clause_end = _CLAUSE_BREAK.search(folded, end + len(new))  # "... when the fix ended"
        end = clause_end.start() if clause_end else len(folded)
    return folded[: found.start()] + " " * (end - found.start()) + folded[end:]


#: A figure said again as a month's, or in yuan, right after it: "半年房租一万二, 折合每月
#: 两千", "三万, 平均一个月五千", "一万二澳门币, 换成人民币一万零五百". The figure worked out
#: stands for it.
_WORKED_OUT_AFTER_ZH = re.compile(
    r"(?<![0-9.,])(?:[0-9][0-9.,]*|[零一二两三四五六七八九十百千万]+)"
    r"(?:块钱?|元|澳门币|澳币|港币|港纸|港紙|美元|日元|澳门元|円)?\W{0,2}(?:大概|差不多|大约)?"
    r"(?=(?:折合|折算|相当于|平均|摊下来|摊到|换成人民币|换算成人民币|合人民币)"
    r"[^,;.!?\uff0c\u3002\uff1b]{0,8}?[0-9一二两三四五六七八九])"
)


#: A figure by the day, the meal or the time, worked into the month's right after it: "早中晚饭
#: 一天差不多四十, 一个月就是一千二", "一次八十, 就是每个月四十", "一顿十块, 一天三顿, 一个月就是
#: 九百", "一天吃饭二十五 三十天就是七百五". The month's figure stands for it (blanked, it is no
#: item beside it).
_WORKED_INTO_A_MONTH_AFTER_ZH = re.compile(
    # (not "吃饭水电一千六, 每月就三千")
    r"(?:一|每)(?:天|次|顿)(?:吃饭|伙食|饭钱|吃喝)?(?:差不多|大概|大约|要)?"
    r"(?<![0-9.,])(?:[0-9][0-9.,]*|[零一二两三四五六七八九十百千万]+)(?:块钱?|元)?"
    r"(?=\W{1,2}(?:[^\s,;.!?\uff0c\u3002\uff1b]{1,6}\W{1,2})?(?:就是|那就是|也就是)?"
    r"(?:每个?月|一个月|三十天|30天)(?:就是|就|算下来|下来|合)"
    r"[^,;.!?\uff0c\u3002\uff1b]{0,3}?"
    r"[0-9一二两三四五六七八九])"
)


#: A price by the lesson, the trip or the time, then the month's said right after it with how
#: many or as worked out: "钢琴课一节两百 一个月四节八百", "一趟四块 一个月我算了一百六". The
#: month's figure stands for it (blanked, it is no item beside it).
_A_RATE_COUNTED_INTO_THE_MONTH_AFTER_ZH = re.compile(
    r"(?:一|每)(?:节|趟|次|堂|回)(?:课)?(?:要|是|收|花)?"
    r"(?<![0-9.,])(?:[0-9][0-9.,]*|[零一二两三四五六七八九十百千万]+)(?:块钱?|元)?"
    r"(?=\W{1,2}(?:一|每)个?月(?:我|我们)?(?:算了|算下来|下来|就是)?"
    r"(?:[一二两三四五六七八九十0-9]{1,2}(?:节|趟|次|堂|回))?(?:是|就是|要|花)?"
    r"[0-9一二两三四五六七八九])"
)


#: A figure by the time, the year or the piece bought, then what it comes to said right after it
#: ("就是", "我算"): "燃气一次充三百能用俩月, 就是一百五一个月", "物业费一年一千八, 我算每月
#: 一百五", "一盒一百六就是四百八". The figure worked out stands for it (blanked, no item).
_BY_THE_TIME_WORKED_OUT_AFTER_ZH = re.compile(
    r"(?:一|每)(?:次|年|盒|瓶|袋|箱|罐|桶)(?:充|交|缴|买|付|花|要)?(?:差不多|大概|大约)?"
    r"(?<![0-9.,])(?:[0-9][0-9.,]*|[零一二两三四五六七八九十百千万]+)(?:块钱?|元)?"
    r"(?=[\u4e00-\u9fff]{0,6}\W{0,2}(?:(?:我算|算下来|摊下来|平均)(?:每个?月|一个月)?|"
    r"(?:就是|那就是|也就是)(?:一个月)?)(?:[0-9]|[一二两三四五六七八九]))"
)


#: A figure for each of a few months named, then their average said after: "九月两千六 十月
#: 两千九 十一月两千八 平均差不多两千八", "上个月三千一, 这个月两千七, 平均下来两千九". The
#: average stands for them (blanked, they are no items to add).
_MONTHS_FIGURES_BEFORE_THEIR_AVERAGE_ZH = re.compile(
    r"(?:(?:(?:[一二三四五六七八九十]{1,2}|1[0-2]|[1-9])月份?|上上个?月|上个?月|这个?月|本月)"
    r"(?:是|花了?|用了?|挣了?|赚了?|收入|开销|支出)?"
    r"(?:[0-9][0-9.,]*|[一二两三四五六七八九十百千万]+)(?:块钱?|元)?\W{1,2}){2,}"
    r"(?=(?:[\u4e00-\u9fff]{0,4}\W{0,2})?平均(?:下来|起来|一下)?(?:每个?月|一个月)?"
    r"(?:大概|差不多|大约|就是|是|在)?[0-9一二两三四五六七八九])"
)


#: A cost, what something or someone else pays off it, and the own part left said after: "房贷
#: 4200, 公积金冲掉2800, 自己只掏1400", "车贷2600, 我爸每个月帮我还一千, 我自己出1600". The
#: own part stands for the cost and what pays off it.
_OFFSET_BEFORE_THE_OWN_PART_ZH = re.compile(
    r"(?<![0-9.,])(?:[0-9][0-9.,]*|[一二两三四五六七八九十百千万]+)(?:块钱?|元)?\W{1,2}"
    r"[\u4e00-\u9fff]{0,8}?(?:冲掉|抵掉|抵扣|冲抵|冲|报销|补贴|(?:帮|替)我(?:还|出|付|交))了?"
    r"(?:[0-9][0-9.,]*|[一二两三四五六七八九十百千万]+)(?:块钱?|元)?"
    r"(?:给(?:房东|银行|学校|物业|对方|他|她|他们))?"  # "单位直接替我付六百给房东"
    r"(?=\W{1,2}(?:我)?自己(?:只|就|实际)?(?:掏|出|付|交|还))"
)

#: The same with a share paid off it, no figure: "药费一个月六百 医保报销七成 自己掏一百八",
#: "学费三千 单位补贴一半 我自己出一千五". The own part stands for the cost.
_A_SHARE_OFF_BEFORE_THE_OWN_PART_ZH = re.compile(
    r"(?<![0-9.,])(?:[0-9][0-9.,]*|[一二两三四五六七八九十百千万]+)(?:块钱?|元)?\W{1,2}"
    r"[\u4e00-\u9fff]{0,8}?(?:报销|报|补贴|承担|(?:帮|替)我(?:还|出|付|交))了?"
    r"(?:[一二三四五六七八九]成|一半|百分之[一二三四五六七八九十]+|[0-9]{1,2}%)"
    r"(?=\W{1,2}(?:我)?自己(?:只|就|实际)?(?:掏|出|付|交|还|花))"
)

#: A sum written out with its result after "=": "1600-280 for the maintenance = 1320", "305 x 4 =
#: 1220", "总共3000-500=2500". From its first figure (in its clause) to the "=", the sum's terms:
#: the result stands for them (the dash no range, the terms no items to add). Without a sign in
#: the clause, the "=" closes a list ("rent 500, gas 60, food 250 = 810"): all of it is summed.
_TERMS_BEFORE_EQUALS = re.compile(
    r"(?<![0-9.,])[0-9](?:[^,.;!?=\uff0c\u3002\uff1b]|[,.](?=[0-9]))*= ?(?=(?:[$€£¥#] ?)?[0-9])"
)


_A_SIGN_OF_A_SUM = re.compile(r"[-*\u00d7]|\b(?:x|minus|times|less)\b")
#: Terms that are an item's name and its figure each, the "=" naming the next item's: "rent=500
#: food=200" (not "50 - 10 for the bus = 40", nor "…, rent 600 = 692").
_AN_ITEM_NAMED_BEFORE_EQUALS = re.compile(r"^[0-9.,]+[ /;|]*(?:[^\W0-9_]+ *){1,3}= ?$")


def _without_the_terms_of_a_sum(folded: str) -> str:
    """``folded`` with the terms of each :data:`_TERMS_BEFORE_EQUALS` blanked; where the clause
    has no sign of a product or difference, the "=" totals the list before it ("its 29.99 plus the
    loan 110 = 139.99"), and every figure from the message's first goes too, with the words of
    its clause before it ("…, the electric was 92, rent 600 = 692": no "was" said of the total)."""
    for terms in reversed(list(_TERMS_BEFORE_EQUALS.finditer(folded))):
        if _AN_ITEM_NAMED_BEFORE_EQUALS.match(terms[0]):
            continue
        start = terms.start()
        if not _A_SIGN_OF_A_SUM.search(terms[0]):
            first = _A_FIGURE.search(folded, 0, start)
            start = first.start() if first else start
            if first:
                start = max(folded.rfind(mark, 0, start) for mark in ",;.!?") + 1
        folded = folded[:start] + " " * (terms.end() - start) + folded[terms.end() :]
    return folded


#: A clause with a figure that the cardholder then says to leave out, another figure after it, in
#: English: "cake orders, maybe 100 some months 0 others, ignore that, the job pays 1,290", "tips
#: split 6 ways, i dont count that, wage is 1,120", "gym 30 but ignore that, bills 100". Only the
#: clause goes (the items before it stay); with no figure after, nothing is blanked.
_A_CLAUSE_SET_ASIDE_EN = regex(
    # (a point between digits is a decimal one, no end of a clause: "174.50 a year, leave it out")
    # (nor a comma of thousands: "the foals were 8,400 once, dont count that")
    r"(?:^|(?<=[;!?])|(?<=[,.])(?![0-9]))(?:[^,;.!?]|\.(?=[0-9])|,(?=[0-9]{3}\b))*[0-9]"
    r"(?:[^,;.!?]|\.(?=[0-9])|,(?=[0-9]{3}\b))*"
    r"[,;]? (?:but |so |and |just )*"
    r"(?:(?:ignore|forget|disregard|scrap|strike|cross out|cross off) (?:that|those|them|it)|"
    r"leave (?:that|those|them|it) out|"
    r"(?:i |we )?(?:dont|don'?t|do not|never|wont|won'?t) (?:count|include) (?:that|those|them|"
    r"it)|"
    # the figure said to be no spending of the own: "a van 300 to sell on, thats stock not
    # spending", "the club pays 60, that is the club's not mine"
    r"(?:thats|that'?s|that is) (?:\w+ ){0,2}not (?:spending|personal|mine|an? expense))"
    r"\b(?=[^0-9]*[0-9])"
)
#: A last clause after the own figure that sets another figure aside as not the own, none after
#: it: "wage 1,600, the 200 is for fostering not for me", "pension 900 and the 80 is the dogs
#: money not mine" (as :data:`_A_CLAUSE_SET_ASIDE_EN`, which needs a figure after). It goes.
_A_FIGURE_NOT_THE_OWN_LAST_EN = regex(
    r"(?<=[,;.!?] )(?:and |but )?the (?:[$€£] ?)?[0-9][0-9,.]*k? (?:is|was|'s|are)\b"
    r"[^,;.!?0-9]{0,50}?\bnot (?:for me|mine|my money|my own|for us|ours)\b[^0-9]*$"
)
#: The words one of which :data:`_A_CLAUSE_SET_ASIDE_EN` needs (a cheap test first).
_WORDS_OF_A_CLAUSE_SET_ASIDE_EN = (
    "ignore", "count that", "disregard", "scrap", "strike", "cross o", "not spending",
    "not personal", "not mine", "not an expense", "not a expense", "count it", "count them",
    "count those", "include that", "include it", "include them", "include those", "forget",
    "out,",
)  # fmt: skip
#: Words struck through as markdown types it, a figure among them: "~~gym 30~~ cancelled",
#: "rent 500 ~~netflix 11~~": crossed out by the cardholder, no item of the month.
_STRUCK_THROUGH = re.compile(r"~~[^~\n]{1,60}~~")
#: A figure of the message in English, its thousands grouped or not: "1,040", "85", "12.50".
_A_FIGURE_EN = re.compile(
    r"(?<![0-9.,])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]{1,2})?(?![0-9])"
)
#: A subtotal said midway through a list, more items after it: "electric 85, gas 60, water 35
#: which is 180, then rent 600 and food 210", "gas 40 elec 70 so thats 110, plus rent 500". Read,
#: it would be added in again; it is blanked when it is the sum of the figures right before it.
_A_SUBTOTAL_MIDWAY_EN = regex(
    r"\b(?:which is|which comes to|which makes|which'?s|so thats|so that'?s|thats|that'?s) "
    r"(?:[£$€] ?)?([0-9][0-9,]*(?:\.[0-9]{1,2})?)(?: ?(?:quid|pounds?))?"
    r"(?=,? (?:then|and then|plus|and|\+|on top of that|add) )"
)


def _without_a_subtotal_midway_en(folded: str) -> str:
    """``folded`` with each :data:`_A_SUBTOTAL_MIDWAY_EN` blanked that two or more figures right
    before it add up to (no subtotal otherwise: "rent 500 thats 100 up, then food 200")."""
    for found in reversed(list(_A_SUBTOTAL_MIDWAY_EN.finditer(folded))):
        said = Decimal(found[1].replace(",", ""))
        before = [
            Decimal(m[0].replace(",", "")) for m in _A_FIGURE_EN.finditer(folded, 0, found.start())
        ]
        if any(sum(before[-k:]) == said for k in range(2, len(before) + 1)):
            folded = folded[: found.start()] + " " * len(found[0]) + folded[found.end() :]
    return folded


def _without_what_is_worked_out(folded: str) -> str:
    """``folded`` with a figure blanked where the one said right after it works it out (see
    :data:`_WORKED_OUT_AFTER_ZH`, :data:`_OFFSET_BEFORE_THE_OWN_PART_ZH` (and
    :data:`_A_SHARE_OFF_BEFORE_THE_OWN_PART_ZH`),
    :data:`_MONTHS_FIGURES_BEFORE_THEIR_AVERAGE_ZH`, :data:`_TERMS_BEFORE_EQUALS`): not a second
    amount, nor an item to add."""
    if "自己" in folded:  # (each match of these two is followed by "自己")
        folded = _OFFSET_BEFORE_THE_OWN_PART_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = _A_SHARE_OFF_BEFORE_THE_OWN_PART_ZH.sub(lambda m: " " * len(m[0]), folded)
    if "平均" in folded:  # "九月两千六 十月两千九 平均两千八": the average
        folded = _MONTHS_FIGURES_BEFORE_THEIR_AVERAGE_ZH.sub(lambda m: " " * len(m[0]), folded)
    if "=" in folded:  # "50 - 10 for the bus = 40": the result
        folded = _without_the_terms_of_a_sum(folded)
    if "th" in folded or "which" in folded:  # "gas 60, water 35 which is 95, then rent 600"
        folded = _without_a_subtotal_midway_en(folded)
    if folded.isascii():  # (each match is followed by a Chinese word: "折合", "平均" ...)
        return folded
    return _WORKED_OUT_AFTER_ZH.sub(lambda m: " " * len(m[0]), folded)


#: The amount said to be one given before or left to the bank, without a figure: "same as what i
#: told you last time", "ugyanannyi mint legutóbb", "和上回一样", "whatever you think is fair",
#: "amit önök korrektnek tartanak", "你们觉得合理就行". Asked again: the figure is not here.
_FIGURE_NOT_SAID = regex(
    r"\b(?:the )?same(?: amount)? as (?:before|last time|last month|(?:what )?i (?:told|said|gave|"
    r"put)|(?:the|my) (?:old|last|previous))\b|"
    r"\b(?:whatever|what ever|what) you (?:think|say|decide|reckon)(?: is)?(?: (?:fair|reasonable|"
    r"best|right|ok))?\b|"
    r"\b(?:ugyanannyi|ugyanaz|ugyanakkora)\w* mint\b|"
    r"\b(?:amit|amennyit|amennyi) (?:onok|maguk|ti|on) (?:\w+ )?(?:tartanak|gondolnak|mondanak|"
    r"dontenek|latnak)\b|"
    # as much as a thing brings: "annyit, amennyit a bolt hoz, télen semmit"
    r"\b(?:annyit,? )?amennyit (?:a |az )?(?:\w+ )?(?:hoz|hoz be|enged|termel)\b|"
    r"(?:和|跟|同)(?:上回|上次|之前|以前|原来|上个月)(?:说的|填的|报的)?一样|同上|"
    r"(?:你们|您|你)(?:觉得|看着|说|定)(?:合理|合适|行|可以|多少)(?:就行|就好|就可以|都行)?|"
    # where the money goes not known: "dont know where it all goes", "nem tudom hova megy"
    r"\b(?:don'?t|do not|no) (?:\w+ )?(?:know|idea|clue) where (?:it|the money|my money|"
    r"(?:my )?wages?)(?: all)? goes\b|\b(?:different|changes) every month\b|"
    r"\bnem tudom,? hova (?:megy|tunik|folyik|lesz)\w*|\bminden honapban mas\b|"
    r"不知道(?:钱)?(?:都)?花(?:到|在)?哪(?:了|儿|里|去)|每个?月都不一样|"
    # no set sum, paid when asked: "no fixed amount, whenever he asks", "没有固定数, 他要就给"
    r"\bno (?:fixed|set|regular) (?:amount|sum|figure)\b|\bnincs fix (?:osszeg|osszege)\w*|"
    r"没有?(?:个)?固定(?:的)?(?:数|数字|金额)|"
    # the odd change of a figure, no figure of it: "每个月还工资的零头"
    r"(?:工资|收入|奖金|钱)的零头|"
    # a share of the bank's own figure, not worked out: "half of what you wanted?", "你们要的一半"
    r"\b(?:half|a third|a quarter|two thirds) (?:of )?(?:what|the (?:amount|figure|payment)"
    r"(?: that)?) (?:you|u|the bank) (?:wanted|want|asked|asked for|asked me for|said|suggested|"
    r"offered|quoted)\b|"
    r"\b(?:a )?(?:felet|harmadat|negyedet)(?: annak)?,? (?:amit|amennyit|amennyi)\b|"
    r"(?:你们|您|你|银行)(?:要|说|提|给|定)的(?:那个)?(?:数)?的?(?:一半|三分之一|四分之一)"
)


#: A term right after the offer, no month's amount said: the figure is the whole paid over it
#: ("480 ezer, 24 hónap alatt", "2,400 over 24 months", "24个月内还完四千八"), asked again. Not
#: a term said as what the offer brings: "40 ezret, akkor 2 év alatt kifizetem".
_OVER_A_TERM = regex(
    r"[0-9](?: ?(?:ezer|millio)\w*)?(?: ?ft)?\W{1,3}[0-9]+ (?:honap|ev)\w* alatt\b|"
    r"[0-9](?: ?(?:pounds|quid))? over (?:[0-9]+|two|three) (?:months|years)\b|"
    r"[0-9一二两三四五六七八九十]+个月(?:内|之内)还(?:完|清)?[0-9一二两三四五六七八九十]"
)


#: A price paid in a number of parts, the part not said: "Klarnán egy 36 ezres cipő, három
#: részletben", "a 90 quid jacket in 3 payments", "1200的手机, 分6期". The price is no payment.
_A_PRICE_IN_PARTS = regex(
    r"\b(?:[0-9]{1,2}|ket|harom|negy|ot|hat|tiz|tizenket) reszletben\b|"
    r"\bin (?:[0-9]{1,2}|two|three|four|six) (?:payments|instalments|installments)\b(?! of)|"
    r"分[0-9一二两三四五六十]{1,2}期"
)
#: The part of :data:`_A_PRICE_IN_PARTS` said after all: "részletenként 12", "每期300".
_EACH_PART_SAID = regex(
    r"\breszletenkent\b|\begy reszlet\b|\b(?:each|per) (?:payment|instalment|installment|month)\b|"
    r"每期|一期"
)


def _a_price_in_parts(folded: str) -> bool:
    """Whether one price is said with the number of parts it is paid in and not the part."""
    return (
        any(w in folded for w in ("reszlet", "payments", "instalments", "installments", "期"))
        and bool(_A_PRICE_IN_PARTS.search(folded))
        and not _EACH_PART_SAID.search(folded)
        and not _MONTHLY.search(folded)
    )


#: An amount said per head beside how many people share it: "fejenként 70, négyen vagyunk",
#: "400 per head, there are 4 of us" (in Chinese, :data:`_PER_PERSON_ZH`). The household's
#: amount is not said.
_PER_HEAD = regex(r"\b(?:fejenkent|szemelyenkent|fonkent|per (?:head|person))\b")
_A_HOUSEHOLD_COUNTED = regex(
    r"\b(?:ketten|harman|negyen|oten|hatan|[2-9]-?[ae]n)(?: \w+)? (?:vagyunk|elunk|lakunk)\b|"
    r"\b(?:two|three|four|five|six|[2-9]) of us\b"
)


#: Right after an item's figure, that it is for each child or head: "300 per child", "40 ezer
#: gyerekenként"; right before it: "每个孩子800".
_PER_CHILD_AFTER = regex(
    r"^ ?(?:[$€£]|e|ezer|ezret|ft|-?[aeo]?t)? ?(?:a month |monthly |havonta )?"
    r"(?:per|for each|each|a) (?:child|kid|head|person|one of them)\b|"
    r"^ ?(?:e|ezer|ezret|ft|-?[aeo]?t)? ?(?:gyerekenkent|fejenkent|szemelyenkent|darabja)\b"
)
#: Said anywhere, that an item is for each child or head: "ovi 20 ezer gyerekenként" (the
#: figure itself then read as a count), "每个孩子补课800".
_PER_CHILD_HU_ZH = regex(r"\b(?:gyerekenkent|fejenkent)\b|(?:每个|每一个)(?:孩子|娃|小孩)")
_PER_CHILD_BEFORE = re.compile(
    r"(?:每个|每一个|一个)(?:孩子|娃|小孩)[\u4e00-\u9fff]{0,4}?(?:每月|一个月)?(?:要|是)?$"
)


def _an_item_per_child(folded: str, number: Number) -> bool:
    """Whether an item's figure is said for each child or head of the household, the whole left
    unsaid: "nursery 300 per child, 2 kids, rent 700" is asked again, not 1,000."""
    return bool(
        _PER_CHILD_AFTER.match(folded[number.end : number.end + 30])
        or _PER_CHILD_BEFORE.search(folded, max(0, number.start - 10), number.start)
    )


def _a_whole_left_per_child(folded: str, chosen: list[Number]) -> bool:
    """Whether an item of the spending is said per child or head and the whole is left unsaid
    (not "fejenként kb 45 ezer …, az 180", "…, fejenként kb 15, szóval nekem 105": the last
    figure the whole worked out, a multiple of the one or the sum of the others)."""
    if not (_PER_CHILD_HU_ZH.search(folded) or any(_an_item_per_child(folded, n) for n in chosen)):
        return False
    if any(_SO_BEFORE.search(folded, max(0, n.start - 24), n.start) for n in chosen):
        return False
    *others, last = [n.value or Decimal(0) for n in chosen]
    if last == sum(others):
        return False
    return last < max(others) or not any(
        o and last % o == 0 and last // o in range(2, 10) for o in others
    )


def _said_per_head(folded: str) -> bool:
    """Whether the one amount said is per head of a household counted (:data:`_PER_HEAD`)."""
    return (
        ("kent" in folded or "per " in folded)
        and bool(_PER_HEAD.search(folded))
        and bool(_A_HOUSEHOLD_COUNTED.search(folded))
    )


#: A debt repaid in one sum when it falls due, no monthly payment on it: "30 napos, 80 ezret kell
#: visszafizetni egyben", "300, all back in one go on payday", "到期一次性还三千".
_REPAID_IN_ONE = regex(
    r"\bvissza\w* (?:\w+ ){0,2}egyben\b|\begyben (?:\w+ ){0,2}vissza\w*|\begy osszegben\b|"
    r"\b(?:back |off |all )?in one (?:go|lump|payment)\b|\blump sum\b|一次性(?:还|归还|还清)|"
    r"一次(?:还清|还完|付清|结清)"
)


#: The month's payment on a debt asked or not known, beside its balance: "装修贷二十万, 分五年还,
#: 每个月多少我得查查", "月供是多少不记得了". Only the balance is said: asked again.
_MONTHS_PAYMENT_UNKNOWN_ZH = re.compile(
    r"(?:每个?月|月供|一个月)(?:是|要|还|得还|该还)?多少(?:钱)?(?:我)?(?:得|要|需要|还得)?"
    r"(?:查|记不|不记得|忘|不知道|不清楚)"
)
#: A payment shared with someone, the share not settled: "房贷跟老公一起还, 我俩怎么分没说".
_SHARE_UNDECIDED_ZH = re.compile(
    r"怎么分(?:还|都|也)?(?:没|不知道|不清楚|说不好)|没(?:说|定|商量)(?:好)?怎么分"
)
#: At an offer, what is left of the income after costs, not worked out: "月薪4800, 留三千吃饭,
#: 剩下的都还你们". The person's own figure after it ("剩下的每个月还八百") is the offer.
#: A quantity used of a measure ("一个月用三十方", "用了八吨") beside a price for one measure
#: ("三块二一方", "每吨三块五"): the item's cost is left to work out, not said. Asked again.
_A_QUANTITY_USED_ZH = re.compile(
    r"用(?:了|掉)?(?:大概|差不多|约|左右)?[0-9一二两三四五六七八九十百千]+多?"
    r"(?:方|立方|吨|度|千瓦时)(?![便案面式法向])"
)
_A_PRICE_A_MEASURE_ZH = re.compile(r"(?:一|每|1)(?:方|立方|吨|度)(?![便案面式法向])")
#: The rest of an income offered, after what is kept of it: "…, the rest is yours", "you can
#: have what's left", "a maradék a tiétek", "剩下的都给你们".
_THE_REST_OF_THE_INCOME = regex(
    r"\b(?:the rest|the remainder|what'?s left|whatever'?s left|a maradek\w*|a tobbi\w*|"
    r"ami marad\w*)\b|剩下|剩余|余下"
)


def _the_rest_of_the_income_offered(folded: str, chosen: list[Number]) -> bool:
    """Whether the offer is the rest of an income once what is kept is taken off it ("my wage is
    1,400, i keep 900 for living, the rest is yours", "400 ezer a fizetésem, 300 kell nekem, a
    maradék a tiétek", "月薪4800, 留三千吃饭, 剩下的都还你们"): "the rest" after the last figure
    and no figure of the person's own after it. The labelled rounds ask again rather than work
    out the difference, as they do a week's pay for the month. After one figure the rest must be
    said to go to the bank ("140, the rest goes on childcare" offers 140)."""
    rest = _THE_REST_OF_THE_INCOME.search(folded, chosen[-1].end)
    if rest is None or _A_NUMBER_IN.search(folded, rest.end()):
        return False
    return len(chosen) >= 2 or bool(_THE_REST_TO_THE_BANK.search(folded, rest.end()))


#: The rest said to go to the bank or this card: "is yours", "a tiétek", "都还你们".
_THE_REST_TO_THE_BANK = regex(
    r"\b(?:you|yours|the bank|this card|tiet\w*|nektek|a bank\w*)\b|你们|给你|还你|这张卡"
)


#: A credit limit right before its figure, and that nothing of it is used: "花呗额度两万, 一分都
#: 没用过", "白条额度八千, 从来没用". A limit is no debt (round 30): nothing paid on it.
_A_LIMIT_ZH = re.compile(r"额度(?:是|有)?[^,;.!?\uff0c\u3002]{0,2}$")
_UNUSED_LIMIT_ZH = re.compile(
    r"[^.!?\u3002]{0,8}?(?:没(?:有)?|从没|从来没|未)(?:用|动|刷|借)过?(?!完)|[^.!?\u3002]{0,8}?没(?:有)?(?:使用|动用)"
)
#: Paid once, right before the figure, then nothing by the month: "赔偿金一次性给了两万, 以后每个
#: 月就没进账了" is no income now (round 30: severance paid once is 0).
_PAID_ONCE_ZH = re.compile(r"一次性(?:给|发|赔|补|拿|结)?(?:了|的)?(?:我)?$")
#: Right after the one figure of the pay asked, that it was paid once, no figure after: "拆迁款
#: 二十万 一次性的", "赔了八万 是一次性给的" (no month's income; asked again, unless nothing
#: is said to come after it: :data:`_NOTHING_MONTHLY_AFTER_ZH`, "以后没有了").
_SAID_AFTER_TO_BE_PAID_ONCE_ZH = re.compile(
    r"(?:块钱?|元)?[ ,\uff0c]{0,2}(?:那|这)?(?:个)?(?:是|算)?"
    r"一次性(?:给|发|赔|补|拿|结|到账)?(?:了|的)?"
    rf"{_NO_FIGURE_AFTER_ZH}"
)
_NOTHING_MONTHLY_AFTER_ZH = re.compile(
    r"[^.!?\u3002]{0,4}?(?:以后|之后|往后|后面)(?:每个?月)?(?:就|都)?(?:没|没有)(?:了)?(?:进账|收入|钱|工资)"
)
#: Money from one's children, right before each figure: "儿子每个月给我打一千", "女儿给八百".
_FROM_CHILDREN_ZH = re.compile(
    r"(?:儿子|女儿|闺女|大儿|小儿|大女儿|小女儿|老大|老二|孩子们)(?:每个?月|一个月)?(?:给|转|打)"
    r"(?:我)?(?:打|转)?(?:个)?$"
)


def _all_from_children_zh(folded: str, numbers: list[Number]) -> bool:
    """Each figure sent by a child: "儿子每个月给我打一千, 女儿给八百" comes in as their sum (round
    30: money from children is income, unsummed read as the sum)."""
    return all(
        n.value is not None and _FROM_CHILDREN_ZH.search(folded, max(0, n.start - 12), n.start)
        for n in numbers
    )


#: A month and day written with a dot, right before the pay it names: "3.15发的工资", "4.10到账".
_PAY_DAY_WITH_A_DOT_ZH = re.compile(
    r"(?<![0-9.,])(?:1[0-2]|0?[1-9])\.(?:[12][0-9]|3[01]|0?[1-9])(?=(?:号|日)?(?:发|到账|进账|打卡))"
)
#: Severance counted by a formula of months: "赔偿金N+1", "n+3".
_SEVERANCE_FORMULA_ZH = re.compile(r"(?<![a-z0-9])n ?\+ ?[0-9](?![0-9.,])")
#: The price of one thing sold, right before it: "一天卖一百多个, 一个八块". No month's income.
_PRICE_OF_ONE_SOLD_ZH = re.compile(r"(?:一|每)(?:个|份|斤|碗|杯|串|件)(?:卖|能卖|赚|挣)?$")
_LAST_MONTHS_PAY_ZH = re.compile(r"上个?月")
_THIS_MONTHS_PAY_ZH = re.compile(r"(?:这|本)个?月")
_PAY_CHANGED_FROM_ZH = re.compile(r"开始|起|降|涨|变成|改成")


def _last_and_this_months_pay_zh(folded: str, numbers: list[Number]) -> bool:
    """Two months' pay, last month's and this month's, no usual one: "上个月4200, 这个月3600",
    "看排班, 上个月6100, 这个月才3900". Asked again (round 17's "last month 1420 this month
    1080"). Not a change from this month on: "上个月5000, 这个月开始降到4000"."""
    first, second = numbers
    if first.value == second.value:
        return False
    before_first = folded[max(0, first.start - 6) : first.start]
    before_second = folded[max(0, second.start - 6) : second.start]
    if _PAY_CHANGED_FROM_ZH.search(before_second):
        return False
    return bool(
        (_LAST_MONTHS_PAY_ZH.search(before_first) and _THIS_MONTHS_PAY_ZH.search(before_second))
        or (_THIS_MONTHS_PAY_ZH.search(before_first) and _LAST_MONTHS_PAY_ZH.search(before_second))
    )


#: Last month, and this month, each said of its own pay: "last month 1,320, this month 1,180",
#: "múlt hónapban 280, ebben a hónapban 250".
_LAST_MONTH_SAID = regex(r"\blast month\b|\bmult honap\w*")
_THIS_MONTH_SAID = regex(r"\bthis month\b|\bebben a honap\w*|\be honap\w*|\bez a honap\w*")
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


#: Right after an offer taken back and said again, why it was taken back: "一千太紧了",
#: "八百压力太大", "一千五还不起".
_TOO_DEAR_AFTER_ZH = re.compile(
    r" ?(?:块|元)?(?:的话|也|就|还是|实在|有点|压力)?"
    r"(?:太|还不起|付不起|吃不消|扛不住|不行|紧|有点紧|压力(?:太|很|有点)?大)"
)
_OFFER_TAKEN_BACK_ZH = re.compile(r"不对|不行|算了|说错了|错了|哦不")


def _revised_offer_old_one_too_dear_zh(folded: str, numbers: list[Number]) -> Decimal | None:
    """An offer taken back for another, the first said again as too dear: "一千, 不对, 还是七百吧,
    一千太紧了" is seven hundred. The repeat is the reason, no third amount."""
    first, meant, again = numbers
    if (
        first.value is None
        or meant.value is None
        or first.value != again.value
        or meant.value == first.value
        or not _OFFER_TAKEN_BACK_ZH.search(folded, first.end, meant.start)
        or not _TOO_DEAR_AFTER_ZH.match(folded, again.end)
    ):
        return None
    return meant.value


#: Right after a figure, in its clause, that it was paid once (a deposit, a fee): no month's
#: amount, beside the monthly one ("albérlet 130, a kaució 260 volt egyszer", "rent 650, the
#: deposit was 900 just once", "押金三千是一次性的").
_ONCE_AFTER = regex(
    r"[^,;.!?\uff0c\u3002]{0,25}?(?:\bvolt egyszer\b|\begyszer (?:volt|fizettem|kellett)\b|"
    r"\begyszeri\b|\b(?:was |paid )?(?:a )?one[- ]off\b|\b(?:just|only) once\b|是?一次性的|"
    # back pay: "jött még 4 ezer korrekció visszamenőleg"
    r"\bvisszamenoleg\w*)|"
    # pointed back at from the next clause: "kaptam még 5 ezret, de az egyszeri"
    r"[^,;.!?]{0,25}?, ?de (?:az|ez|azt) (?:csak )?egyszeri\b|"
    # pointed back at from the next clause: "补习班交了六千, 那是一次性的"
    r" ?(?:块|元)?[,\uff0c] ?(?:那|这)(?:笔|个)?(?:钱)?(?:是|算)?一次性的"
)


#: A debt left out of the spending (asked for apart), or an item said to be no need, in a clause
#: of its own with no figure: "房贷不算", "车贷不算的话", "给女朋友买东西的不算, 那不是必须的".
#: The figures beside are the whole (round 29's Netflix); blanked, no "不算" makes them a part.
_LEFT_OUT_AS_A_DEBT_OR_NO_NEED_ZH = re.compile(
    r"(?:^|(?<=[,;.!? ]))[^,;.!? 0-9]{0,12}?"
    r"(?:房贷|车贷|网贷|贷款|借款|花呗|借呗|白条|信用卡|分期|欠款)[^,;.!? 0-9]{0,4}?"
    r"不算(?:的话|在内|进去)?(?=[,;.!? ]|$)|"
    r"(?:^|(?<=[,;.!? ]))(?:不算|除了|除去)(?:房贷|车贷|网贷|贷款|借款|花呗|借呗|白条|信用卡|分期)"
    r"(?:的话|以外|之外)|"
    # any thing without a figure left out, in a clause of its own before the figure: "烟酒不算的话",
    # "进货的本钱不算" (the figure after is the rest)
    r"(?:^|(?<=[,;.!? ]))(?![那这它])[^,;.!? 0-9一二两三四五六七八九十百千万]{1,12}?不算(?:的话)?"
    r"(?=[,;.!? ][^0-9]*[0-9一二两三四五六七八九])(?![^0-9一二两三四五六七八九]*(?:也|都)?不算)|"
    r"(?:^|(?<=[,;.!? ]))[^,;.!? 0-9]{0,14}?不算(?:的话)?[,;.!? ]{1,2}(?:那|这|它)(?:些|个)?"
    r"(?:都|也)?不是必(?:须|需|要)的?|"
    # the item left out of the first figure, then given apart: "不算房租两千五, 房租另外1500"
    r"不算([\u4e00-\u9fff]{2,3}?)(?=[^,;.!?]{0,12}[,;] ?(?:\1另外|另外\1))|"
    # an item with its figure, said not to count, in a clause of its own: "停车费300不算",
    # "健身卡200那个不算必要开支" (not "话费99不算吧?": asked whether it counts)
    r"(?:^|(?<=[,;.!? ]))[^,;.!? 0-9]{1,12}?[0-9][0-9.]*(?:块钱?|元)?(?:那个|这个|的)?"
    r"(?:也)?(?:不算|不用算|别算|不计)(?:在内|进去)?(?:必要|必须|必需)?(?:的|开支|开销|花销)?"
    r"(?=[,;.!? ]|$)"
)
#: A thing without a figure said not to count, with "吧", in a clause of its own: "房贷不算吧",
#: "停车费不算贷款吧" (not "话费99不算吧?": asked whether it counts, nor "…不算吧?").
_A_THING_LEFT_OUT_WITH_BA_ZH = re.compile(
    r"(?:^|(?<=[,;.!? ]))[^,;.!? 0-9一二两三四五六七八九十百千万]{1,8}?不算"
    r"(?:贷款|欠款|开销|开支|花销|在内|进去)?吧(?=[,;.! ]|$)"
)
#: An item with its figure said not to count, in a clause of its own after others: "a
#: parkolást 15 ezret nem számolom", "a konditerem 12, azt ne számold bele".
_AN_ITEM_LEFT_OUT_HU = re.compile(
    r"(?<=[,;] )[^,;.!?0-9]{0,30}?[0-9][0-9 .,]*(?:-?[aeo]?t|e| ?ezr?e?t?|ezres\w*)?"
    r"(?: \w+)?,? (?:de )?(?:azt |ezt )?(?:nem (?:szamolom|szamitom|szamoltam|szamitottam)"
    r"(?: bele)?|ne szamold(?: bele)?)(?=[,;.!? ]|$)"
)
#: A saving left out by the cardholder, said first, the rest after: "egészségpénztárba havi 5
#: ezret teszek, az megtakarítás, nem számolom, a többi 192" (the rest is the spending).
_A_SAVING_LEFT_OUT_HU = re.compile(
    r"(?:^|(?<=[,;.] ))[^,;.!?0-9]{0,40}?[0-9][0-9 .,]*(?: ?ezr?e?t?|-?[aeo]?t)?(?: \w+)?, "
    r"(?:az|ez|azt|ezt) (?:\w+ ){0,2}?(?:megtakaritas|felretett|felreteves|sporolas)\w*"
    r"(?: penz)?,? "
    r"(?:azt |ezt |de )?nem (?:szamolom|szamitom)(?: bele)?(?=[,;.!? ]|$)"
)
#: The numbers of a numbered list ("1.房租1600 2.吃饭1200"), no amounts, when there are two
#: or more of them; the first may follow a colon: "两份收入:1.理货3100 2.送外卖800".
_A_LIST_NUMBER_ZH = re.compile(r"(?:^|(?<=[ ,;:]))[1-9][.、)] ?(?=[\u4e00-\u9fff])")
#: The numbers of a numbered list in Hungarian, by a digit and a dot or a keycap emoji before a
#: word ("1. lakbér 130, 2. rezsi 40", "1. 11-én a lakbér", "1️⃣ albi, 2️⃣ rezsi"), no amounts,
#: when there are two or more of them.
_A_LIST_NUMBER_HU = re.compile(
    r"(?:^|(?<=[,;:] )|(?<=[,;:]))[1-9]\. ?(?=[a-z]| +[0-9]{1,2}-[a-z]| {2})|"
    r"(?:^|(?<=[ ,;:]))[1-9]\) ?(?=[a-z])"
)
#: A keycap emoji of one digit ("1️⃣ albi, 2️⃣ rezsi"), which folding makes a bare digit: written
#: as the list's number it is ("1. albi"). Keycaps side by side are a figure: "5️⃣0️⃣".
_A_KEYCAP_DIGIT = re.compile(r"(?<!\u20e3)([0-9])\ufe0f?\u20e3(?![0-9]\ufe0f?\u20e3)")
#: An emoji standing for the item before its figure: "🏠1500 🍚1000 🚌200".
_AN_ITEMS_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?(?= ?[0-9])")
#: How often a treatment or a visit comes, with no money: "透析一周三次" (not "一周两次, 一次一百",
#: see the gate in :func:`_without_what_lists_the_items_zh`).
_HOW_OFTEN_ZH = re.compile(r"(?:一|每)(?:周|星期|个?礼拜|天)[一二两三四五六七八九十0-9]{1,2}次")

#: An item pointed back at by its word and set aside, in a clause of its own after it: "每月存
#: 五百, 存的那个不算开销", "还给我妈八百 还的那笔不算". Its word is looked for in a clause
#: with a figure before (see :func:`_without_an_item_pointed_back_at_zh`).
_AN_ITEM_POINTED_BACK_AT_ZH = re.compile(
    r"(?:^|(?<=[,;.!? ]))([\u4e00-\u9fff]{1,2})的(?:那个|那笔|那些|钱)(?:也|都)?"
    r"(?:不算|不用算|别算)(?:生活)?(?:开销|开支|花销|在内|进去)?(?=[,;.!? ]|$)"
)
#: A clause of a list, up to its stops.
_A_CLAUSE_ZH = re.compile(r"[^,;.!? ]+")
_A_FIGURE_IN_A_CLAUSE_ZH = re.compile(r"[0-9一二两三四五六七八九十]")


def _without_an_item_pointed_back_at_zh(folded: str) -> str:
    """``folded`` with an item set aside by its word blanked, and the words that set it aside:
    "每月房租一千 还有每月存五百 存的那个不算开销" is the rent's. Only the last clause before them
    with the word and a figure in it (none found: left as it is)."""
    found = _AN_ITEM_POINTED_BACK_AT_ZH.search(folded)
    if found is None:
        return folded
    item = None
    for clause in _A_CLAUSE_ZH.finditer(folded, 0, found.start()):
        if found[1] in clause[0] and _A_FIGURE_IN_A_CLAUSE_ZH.search(clause[0]):
            item = clause
    if item is None:
        return folded
    for start, end in ((found.start(), found.end()), (item.start(), item.end())):
        folded = folded[:start] + " " * (end - start) + folded[end:]
    return folded


#: A rough figure for one item, then the round one it is taken as: "电费三百多 算三百五", "菜钱
#: 六百来块 就算七百吧". The rough one is blanked with its "算": the round one is that item's, to
#: be added to the others, not a correction of the whole (not "算上", "算下来": no figure next).
_A_ROUGH_FIGURE_TAKEN_AS_A_ROUND_ONE_ZH = re.compile(
    rf"{_FIGURE_35_ZH}(?:多|来)(?:块钱?|元)?[ ,\uff0c]{{0,2}}(?:那)?(?:就)?算(?:它|个)?"
    rf"(?={_FIGURE_35_ZH})"
)


def _without_what_lists_the_items_zh(folded: str) -> str:
    """A Chinese list of spending with what only lists or names its items blanked or made a
    word: the numbers of a numbered list, an emoji for an item, "杂七杂八" (sundries, whose 七
    and 八 are no figures), how often a visit comes, a debt or a no-need item left out."""
    if "算" in folded or "不计" in folded:
        folded = _LEFT_OUT_AS_A_DEBT_OR_NO_NEED_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = _A_THING_LEFT_OUT_WITH_BA_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = _without_an_item_pointed_back_at_zh(folded)  # "存的那个不算开销"
        if "多" in folded or "来" in folded:  # "电费三百多 算三百五"
            folded = _A_ROUGH_FIGURE_TAKEN_AS_A_ROUND_ONE_ZH.sub(lambda m: " " * len(m[0]), folded)
    if "次" in folded and "一次" not in folded and "每次" not in folded:
        folded = _HOW_OFTEN_ZH.sub(lambda m: " " * len(m[0]), folded)
    if "杂七杂八" in folded:
        folded = folded.replace("杂七杂八", "杂项杂费")
    if "2" in folded and len(_A_LIST_NUMBER_ZH.findall(folded)) >= 2:
        folded = _A_LIST_NUMBER_ZH.sub(lambda m: " " * len(m[0]), folded)
    return _AN_ITEMS_EMOJI.sub("项", folded)


#: A month's spending and income labelled apart, as a bookkeeping app or a bank sums them up:
#: "3月支出: ¥3,482.60 收入: ¥5,200.00". At the spending asked, the income's figure is no item.
_A_MONTHS_SPENDING_LABELLED_ZH = re.compile(
    r"(?:支出|花销|消费)(?:[:\uff1a]| ?[¥\uffe5])"  # or the yuan sign after it: "支出 ¥3,102.50"
)
_AN_INCOME_LABELLED_ZH = re.compile(r"(?:收入|进账)(?:[:\uff1a] ?(?:[¥\uffe5] ?)?| ?[¥\uffe5] ?)$")
#: After the last figure, it set aside as no income, then the own said to be nothing: "我爸每个月
#: 给一千五 那个不算收入吧 我自己是零", "低保那八百别算 我本人没收入".
_OWN_NOTHING_AFTER_SET_ASIDE_ZH = re.compile(
    r"(?:不算|别算|不用算|不要算)(?:收入|进去|在内)?(?:吧|啊|呢)?[^0-9一二两三四五六七八九]{0,6}?"
    r"我(?:自己|本人)(?:的)?(?:收入|工资)?(?:是|就是)?(?:零|0|没(?:有)?(?:收入|工资|进账)|"
    r"一分(?:钱)?(?:都|也)?没有)[^0-9一二两三四五六七八九]*$"
)
#: A bank's text of money sent or spent out of the account ("…账户12月3日转支2,000.00元"), and
#: right before a figure, one of pay come in ("…12月5日工资收入4,650.00元", "代发工资").
_A_BANK_TEXT_OUT_ZH = re.compile(
    r"账户[0-9]{1,2}月[0-9]{1,2}日[^0-9]{0,6}(?:转支|支出|消费|转出|支取|扣款|快捷支付|网上支付)"
)
_A_BANK_TEXT_PAY_IN_ZH = re.compile(
    r"(?:工资收入|工资入账|代发工资|代发|工资|薪资|薪酬)(?:收入|入账)?(?:人民币|rmb)? ?"
    r"(?:[¥\uffe5] ?)?$"
)


#: Right before a deposit paid on moving in ("deposit was 1,200 when i moved in", "a kaució
#: 260 volt", "押金两千"): paid once, no month's cost.
_DEPOSIT_BEFORE = regex(
    r"\b(?:deposit|bond|kaucio\w*|letet\w*)(?: was| of| is| paid| were)?(?: about| around)? "
    r"(?:[$€£] ?)?$|押金(?:是|交了|付了)?$"
)


#: A deposit's clause before the month's items, up to its "but" ("deposit was 1,200 when i moved
#: in but rent itself is 650"), only where a figure follows: the deposit paid once is no item.
_DEPOSIT_CLAUSE = regex(
    r"\b(?:the |my )?(?:deposit|bond)(?: was| of| paid| is)?(?: about| around)? (?:[$€£] ?)?"
    r"[0-9][0-9,.]*k?(?: [^0-9,;.]{0,40}?)?(?:,? but\b|[,;.])(?=[^0-9]{0,40}[0-9])"
)


#: A rise by a share said beside today's figure, in English: "gas and electric went up 30% so its
#: 190 now", "700 on rent as of the 1st, it went up by 8%". The share is no money and the
#: figures said are today's: the rise (and the "now" of the figure after it) tell no change
#: between the items of the list.
_A_RISE_BY_A_SHARE = regex(
    r"\b(?P<back>(?:it|they|that|which|its|it's) (?:has |have )?)?(?:went|gone|going|rose|risen|"
    r"jumped|been put|was put|were put|increased|got put) (?:up )?(?:by )?(?:about |around )?"
    r"[0-9]+(?:\.[0-9]+)? ?(?:%|percent|per cent)(?P<new>,? so (?:its|it's|it is|theyre|"
    r"they're|now) (?=[$€£]?[0-9]))?"
)
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
_NOW_AFTER_A_FIGURE = re.compile(r"(?<=[0-9]) now\b")
#: The cardholder does not know their own pay, whatever figure is said beside it: "工资多少我也
#: 不太清楚, 我妈每个月给我五百", "i don't know what my wage is, my partner handles it, she gives
#: me 200", "nem tudom, mennyi a fizetésem".
_OWN_PAY_NOT_KNOWN = regex(
    # (another's pay not known is no own: "我老公的工资多少我也不知道")
    r"(?<![公婆人他她]的)(?<![公婆他她])(?:工资|收入|月薪)(?:是|有)?多少(?:我)?(?:自己)?(?:也|都)?"
    r"(?:不太|不大|不)(?:清楚|知道)|"
    r"(?:不知道|不清楚)(?:我)?(?:自己)?(?:的)?(?:工资|收入|月薪)(?:是|有)?多少|"
    # the usual month's not known beside an unusual one: "十二月发双薪, 到手一万零四百, 平时多少我
    # 得问问财务"
    r"平时(?:的|每个?月|一个月)?(?:工资|收入)?(?:是|有|拿|发)?多少(?:钱)?(?:我)?(?:还)?(?:得|要)?"
    r"(?:问问?|查查?|看看|算算|不太?(?:清楚|知道|记得))|"
    r"\b(?:i )?(?:don'?t|do not|dont) (?:even )?know (?:what|how much) "
    r"(?:my (?:wages?|pay|salary|income) (?:is|are)|i (?:earn|get paid|make|take home))\b|"
    r"\bnem tudom(?:,)? (?:pontosan )?mennyi (?:a )?(?:fizetesem|berem|jovedelmem|keresetem)\b"
)
#: Right before a figure, that it is what the amount used to be: "it used to be 900", "régen 120
#: volt" is said after it. With no other figure, today's is not said.
_WHAT_IT_USED_TO_BE = regex(
    r"\b(?:it|that|this|they|he|she|mine|my \w+) used to be\W{0,3}(?:about |around |roughly )?"
    r"(?:[$€£] ?)?$|(?:以前|原来|之前)(?:是|有|拿)(?:大概|差不多)?$"
)


#: A figure, then that it has changed by an amount not known, or is only partly paid: "1,050 in
#: 2021, but everything has gone up since and I don't know by how much", "azóta drágult, de nem
#: tudom, mennyivel", "后来涨了, 涨多少不清楚", "月薪八千, 已经三个月只发一半了".
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
    r"只(?:发|给)(?:了)?一半|\bonly (?:getting|paying|paid|been paid|paying me) (?:me )?half\b|"
    r"\bcsak a felet (?:kapom|fizetik|fizettek|adjak)\b"
)
#: The figure said, then that it is of several months: "开销六千 不对 这是两个月的", "1,900, oh
#: wait thats 2 months", "360, de az két hónap".
_SAID_OF_SEVERAL_MONTHS = regex(
    r"(?:这|那)(?:个)?(?:是|算的是)(?:两|二|三|四|[2-9])个月(?:的|加起来)|"
    r"\b(?:that'?s|thats|that is|it'?s|its|that was|it was) (?:for |over |across )?"
    r"(?:two|2|three|3|four|4) months\b|"
    r"\b(?:az|ez) (?:ket|harom|negy|[2-4]) ?honap\w*\b"
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
#: The amount said as a multiple of another figure, wherever that figure stands: "half as much
#: again as when I had it at 800", "kétszer annyi, mint a lakbér", "工资是房租的两倍, 房租1500".
_A_MULTIPLE_OF_ANOTHER_FIGURE = regex(
    r"\bhalf as much again\b|\b(?:twice|three times) as much as\b|\bdouble what\b|"
    r"\b(?:masfelszer|ketszer|haromszor) (?:annyi|akkora)\b|"
    r"的(?:一倍半|两倍|二倍|三倍|[2-4]倍)|多一倍|翻(?:了)?(?:一)?倍"
)


def _without_a_rise_by_a_share(folded: str) -> str:
    """``folded`` with a rise by a share blanked, and the "now" right after a figure, where the
    risen figure is said: after it with "so", or before it, the rise said of "it" (see
    :data:`_A_RISE_BY_A_SHARE`)."""
    if "%" not in folded and "per" not in folded:
        return folded  # (each rise has "%", "percent" or "per cent")
    found = _A_RISE_BY_A_SHARE.search(folded)
    if found is None or not (
        found["new"] or (found["back"] and _A_NUMBER_IN.search(folded, 0, found.start()))
    ):  # "rent went up 10% and food is 300": the new rent is not said
        return folded
    folded = folded[: found.start()] + " " * (found.end() - found.start()) + folded[found.end() :]
    return _NOW_AFTER_A_FIGURE.sub("    ", folded)


#: A payment said as a share of the balance, the balance's figure not said: "minimum is 5% of
#: the balance", "a tartozás 3%-a", "余额的5%". The balance so named is no debt said as owed.
_SHARE_OF_THE_BALANCE = regex(
    r"\b[0-9]+(?:\.[0-9]+)? ?(?:%|percent|per cent) of (?:the |my |what'?s )?(?:whole |total )?"
    r"(?:balance|outstanding(?: balance)?|owed|what i owe)\b(?! (?:of|is|was) [$€£]?[0-9])|"
    r"\b(?:az? )?(?:egyenleg|tartozas)\w* [0-9]+(?:[.,][0-9]+)? ?%-?(?:a|e|at|et|anak)\b|"
    r"(?:余额|欠款)的[0-9]+(?:\.[0-9]+)? ?%"
)


#: After a payment said as a share of the balance, the balance's own figure: "a minimum az
#: egyenleg 5%-a, az egyenleg 340". The share is not worked out, so the month's payment is
#: asked again (the balance is no payment).
_THE_BALANCES_FIGURE_HU = regex(
    r"\begyenleg\w*(?: (?:most|kb|jelenleg|meg|pedig|is|olyan|nagyjabol|kb\.))*\W{0,3}[0-9]"
)


#: Another debt's payment said only as a share of its balance, the balance's figure not said:
#: "the minimums are 25 on one and 3% of the balance on the other", "the other card is 5% of
#: whats owed". The month's payment on it is asked again.
_ANOTHER_DEBTS_SHARE_OF_ITS_BALANCE = regex(
    r"\b[0-9]+(?:\.[0-9]+)? ?(?:%|percent|per cent) of (?:the |its |whats |what'?s )?"
    r"(?:balance|outstanding|owed)\b(?! (?:of|is|was) [$€£]?[0-9])[^0-9.]{0,12}"
    r"\b(?:on|for) the other(?: one| card)?\b|"
    r"\bthe other(?: one| card)? (?:is|pays?|takes?|wants?) (?:a )?[0-9]+(?:\.[0-9]+)? ?"
    r"(?:%|percent|per cent) of (?:the |its |whats |what'?s )?(?:balance|outstanding|owed)\b"
    r"(?! (?:of|is|was) [$€£]?[0-9])"
)


#: A cost's figure, what something else pays off it, up to the own part said after "so" with
#: "from me": "childcare 480 but the tax free childcare pays a bit so its 390 from me", "ovi 48,
#: de a támogatás fizet egy részt, szóval tőlem 39". The own part stands for the cost.
_OFFSET_BEFORE_THE_OWN_PART = regex(
    r"(?<![0-9.,])[0-9][0-9,.]*k?(?:,? (?:but|and|de|es)|,) [^0-9;.]{0,60}?\b(?:pays?|covers?|"
    r"takes? off|knocks? off|fizet\w*|allja|atvallal\w*)\b(?: (?:[$€£] ?)?[0-9][0-9,.]*k?)?"
    r"[^0-9;.]{0,25}?,? (?:so|szoval|tehat) "
    r"(?:its|it's|it is|i pay|i actually pay|i only pay|thats|that's|tolem|en)"
    r"(?: only| just| about| csak| kb)? "
    r"(?=[$€£]?[0-9][0-9,.]*k? (?:from me|for me|myself|out of my pocket|of my own)\b|"
    r"[0-9][0-9,.]*(?: ezer\w*)?(?:,|$| plusz| meg))"
)

#: A cost's whole figure split some ways, the own part said right after it: "rent 1,350 split 3
#: ways so 450 for me". The own part stands for the cost (the whole is blanked).
_A_WHOLE_SPLIT_BEFORE_THE_OWN_PART = regex(
    r"(?<![0-9.,])[0-9][0-9,.]*k?(?= split (?:it |that |this )?(?:(?:in|into|between) )?"
    r"(?:two|2|three|3|four|4|five|5)(?: ways| payments| parts| people| of us)?,? "
    r"(?:so |which is |thats |that'?s |= ?|meaning )(?:its |it'?s |about |around |like )?"
    r"(?:[$€£] ?)?[0-9][0-9,.]*k? (?:for me|from me|each|is mine|mine|my (?:share|half|part)|"
    r"a month|per month|monthly)\b)|"
    # "房租1400我出一半就是七百, 另外吃饭八百": the own half worked out, then its figure (the
    # whole and the working out set aside)
    r"(?<![0-9.,一二两三四五六七八九十百千万])[0-9一二两三四五六七八九十][0-9,.一二两三四五六七八九十百千万]*"
    r" ?(?:块钱?|元)? ?[,\uff0c]? ?我(?:们)?(?:自己)?(?:出|付|承担|掏|摊)(?:一半|三分之一|一份)"
    r"[,\uff0c]? ?(?:就是|也就是|那就是|是|就)(?=[0-9一二两三四五六七八九])"
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


#: A figure named as the slip the cardholder keeps making: "my thumbs keep typing 53", "folyton
#: 53-at írok", "老是打成53".
_A_SLIP_NAMED = regex(
    r"\b(?:keep|keeps|kept) (?:typing|writing|putting|hitting)(?: in)? [$€£]?[0-9][0-9,.]*\b|"
    r"\b(?:folyton|mindig|allandoan) [0-9]+-?(?:[aeo]?t)? (?:irok|irom|utok|utom)\b|"
    r"(?:老是|总是|一直)(?:打成|按成|输成)[0-9]+|"
    # the figure said before, named as the slip: "刚才说成五千三了, 打反了", "前面写成1800了"
    r"(?:刚才|刚刚|前面|之前|上面)(?:说成|打成|写成|输成|按成)了?"
    r"[0-9一二两三四五六七八九十百千万]+(?:块|元)?|"
    # a figure named a typo: "刚才那个4020是手误", "3500打错了", "the 4020 was a typo"
    r"(?:(?:刚才|刚刚|前面|之前|上面)(?:那个|说的|打的|写的|发的)?)?(?<![0-9.,])[0-9]+(?:块|元)?"
    r"(?:是|那个是)?(?:手误|笔误|打错了|写错了|输错了)|"
    r"\b(?:the )?[$€£]?[0-9][0-9,.]* (?:was|is) a typo\b|"
    r"\baz? [0-9]+(?:-?[aeo]?s)? (?:elir(?:as|asa)|eluteskent|elgepeles\w*)\b"
)
#: An item struck out after its figure, or two together: "gym 35 no scrap the gym i cancelled
#: it", "netflix 11 actually forget netflix", "forget disney n prime" (the words name the items;
#: the figure each was said with before is blanked).
_AN_ITEM_STRUCK_OUT_EN = regex(
    r"\b(?:scrap|forget|ignore|take off|remove|strike|cross out|knock off|leave out) (?:the |my )?"
    r"([a-z]{3,})\b(?:,? (?:and|n|&) (?:the |my )?([a-z]{3,})\b)?"
)
#: Items struck out with the verb around them, after the list: "rent 540 gym 35 sky 40, take the
#: gym and sky off", "take netflix off, we cancelled it", "knock the takeaway off" (the items
#: named between "take" and "off", each with the figure it was said with before, go).
_AN_ITEM_TAKEN_OFF_EN = regex(
    r"\b(?:take|knock) (?:the |my )?([a-z]{3,})\b(?:,? (?:and|n|&) (?:the |my )?"
    r"([a-z]{3,})\b)? off\b"
)
#: Items stopped, each with its figure in brackets: "after i stopped the gym (32) and spotify (11)
#: its 1,015", "i cancelled netflix (11)" (no spending of the month any more).
_ITEMS_STOPPED_IN_BRACKETS_EN = regex(
    r"\b(?:stopped|cancell?ed|dropped|quit|binned|got rid of|ended) (?:the |my )?[a-z]+ ?"
    r"\([$€£]?[0-9][0-9.,]*\)(?:,? (?:and |& )?(?:the |my )?[a-z]+ ?\([$€£]?[0-9][0-9.,]*\))*"
)
#: One of which :data:`_AN_ITEM_STRUCK_OUT_EN` or :data:`_ITEMS_STOPPED_IN_BRACKETS_EN` needs.
_WORDS_OF_AN_ITEM_STRUCK_OUT_EN = ("scrap", "forget", "ignore", "take off", "remove", "strike",
                                   "cross out", "knock off", "leave out", "stopped", "cancel",
                                   "dropped", "quit", "binned", "got rid", "ended",
                                   " off")  # fmt: skip


#: An item's figure said again, nearer the truth, after the list: "rent 500 food 180 gas 90,
#: food is more like 230", "... oh and i put 180 for food, its more like 230", "actually the gas
#: is more like 110". The item's first figure goes (and the one said again of it, "i put 180 for
#: food"), the new one stays in the list; the "actually" before it takes back nothing else.
_AN_ITEMS_FIGURE_RESTATED_EN = regex(
    r"(\b(?:actually|oh|sorry)\b(?: n| and)?,? )?"
    r"(?:\bi (?:said|put|wrote|typed) (?:[$€£] ?)?([0-9][0-9,.]*) (?:for|on) (?:the |my )?"
    r"([a-z]{3,})|\b(?:the |my )?([a-z]{3,})(?: is| was|'s|s)?),? (?:but |and )?"
    r"(?:its |it'?s |thats |that'?s )?(?:actually |really )?more like (?=(?:[$€£] ?)?[0-9])"
)


def _without_an_items_figure_restated_en(folded: str) -> str:
    """``folded`` with the first figure of each item said again (see
    :data:`_AN_ITEMS_FIGURE_RESTATED_EN`) blanked, where the item is named with a figure before
    it; otherwise as it was."""
    for restated in reversed(list(_AN_ITEMS_FIGURE_RESTATED_EN.finditer(folded))):
        item = restated[3] or restated[4]
        first = re.compile(
            rf"\b{item} (?:[$€£] ?)?([0-9][0-9,.]*)|(?<![0-9.,])(?:[$€£] ?)?([0-9][0-9,.]*) "
            rf"(?:for|on) (?:the |my )?{item}\b"
        ).search(folded, 0, restated.start(2) if restated[2] else restated.start())
        if first is None:
            continue
        group = 1 if first[1] else 2
        if restated[2]:  # "i said 180 for food": that figure too
            start, end = restated.span(2)
            folded = folded[:start] + " " * (end - start) + folded[end:]
        if restated[1]:  # "actually food is more like 230": no other figure taken back
            start, end = restated.span(1)
            folded = folded[:start] + " " * (end - start) + folded[end:]
        start, end = first.span(group)
        folded = folded[:start] + " " * (end - start) + folded[end:]
    return folded


def _without_items_struck_out_en(folded: str) -> str:
    """``folded`` without the items struck out after their figures, nor their figures, nor the
    items stopped with their figures in brackets."""
    folded = _ITEMS_STOPPED_IN_BRACKETS_EN.sub(lambda m: " " * len(m[0]), folded)
    struck_out = list(_AN_ITEM_STRUCK_OUT_EN.finditer(folded))
    if " off" in folded:  # "take the gym and sky off"
        struck_out += _AN_ITEM_TAKEN_OFF_EN.finditer(folded)
    for struck in struck_out:
        for name in filter(None, struck.groups()):
            item = re.compile(rf"\b{re.escape(name)}\W{{0,3}}[$€£]?[0-9][0-9.,]*")
            said = list(item.finditer(folded, 0, struck.start()))
            if said:  # the last time it was said before
                folded = _blanked(folded, said[-1], struck)
    return folded


#: One of which :data:`_A_SLIP_NAMED` needs: a cheap test before it reads the message.
_WORDS_OF_A_SLIP = ("typ", "writ", "putt", "hitt", "irok", "irom", "utok", "utom", "成", "误",
                    "错", "elir", "elut", "elgep")  # fmt: skip
#: A figure given a nought too many, the slip said after it: "52000 多打了个0", "18000 typed an
#: extra 0". The figure is read without its last nought, and the words of the slip go.
_A_NOUGHT_TOO_MANY = regex(
    r"(?<![0-9.,])(?P<figure>[1-9][0-9]*)0(?P<slip> ?[,\uff0c]? ?(?:sorry ?)?(?:"
    r"(?:多打|多按|多输|多写)了?(?:一)?个?(?:0|零)|"
    r"(?:i )?(?:typed|put|added) (?:an|one) extra (?:0|zero)|one (?:0|zero) too many|"
    r"eggyel tobb (?:0|nulla)\w*|(?:egy )?(?:0|nulla)val tobb\w*))"
)


def _a_nought_too_many_taken_off(match: re.Match[str]) -> str:
    """A :data:`_A_NOUGHT_TOO_MANY` match as the figure meant, its length kept."""
    return match["figure"].ljust(len(match[0]))


_A_FIGURE_ZH = r"[0-9一二两三四五六七八九十百千万][0-9.一二两三四五六七八九十百千万]*"
#: A figure said as short of a round one by a gap: "差一百就六千了", "差五十块到五千", "离五千还差
#: 五十": the round figure less the gap (see :func:`_short_of_a_round_figure_zh`).
_SHORT_OF_A_ROUND_FIGURE_ZH = re.compile(
    rf"差(?:个)?(?P<gap>{_A_FIGURE_ZH})(?:块钱?|元)? ?(?:就|才|到|就到|就是|就有|就满|满)(?:了)? ?"
    rf"(?P<whole>{_A_FIGURE_ZH})(?:块钱?|元)?|"
    rf"(?:离|距离)(?P<whole2>{_A_FIGURE_ZH})(?:块钱?|元)? ?(?:还|就)?差(?:个)? ?"
    rf"(?P<gap2>{_A_FIGURE_ZH})(?:块钱?|元)?"
)

#: The same with a gap not said: "差一点就五千了", "差一百多就六千", "五千还差一截": less
#: than the round figure by how much? Blanked where another figure is said, else asked again
#: ("差不多" is about).
_SHORT_BY_A_GAP_UNSAID_ZH = re.compile(
    r"差(?:一点点?|点儿?|一些|些|多少|个?[0-9一二两三四五六七八九十百千]*[几多][十百千]?)"
    r"(?:块钱?|元)? ?"
    rf"(?:就|才|到|就到|就是|就有|就满|满)(?:了)? ?{_A_FIGURE_ZH}(?:块钱?|元)?|"
    # the round figure first, the gap after: "五千还差一截", "六千还差点", "一万还差得远"
    rf"{_A_FIGURE_ZH}(?:块钱?|元)? ?(?:都|也)?还?差"
    r"(?:一截|一点点?|点儿?|一些|些|得远|得多|不少|老远)"
)


def _short_of_a_round_figure_zh(match: re.Match[str]) -> str:
    """A :data:`_SHORT_OF_A_ROUND_FIGURE_ZH` match as the figure it says, its length kept; left
    as said where either figure is not one plain amount, or the gap is not below the whole."""
    said = [
        [n.value for n in numbers_in(part, "zh") if n.unit is None]
        for part in (match["gap"] or match["gap2"], match["whole"] or match["whole2"])
    ]
    if any(len(values) != 1 or values[0] is None for values in said):
        return match[0]
    gap, whole = said[0][0], said[1][0]
    assert gap is not None and whole is not None
    figure = format(whole - gap, "f")
    if not 0 < gap < whole or len(figure) > len(match[0]):
        return match[0]
    return figure.ljust(len(match[0]))


#: Buses, trams or a pass for them named: the numbers of their routes may be said beside.
_TRANSPORT = regex(
    r"\b(?:bus(?:es)?|tram|route|travel ?card|oyster|busz\w*|villamos\w*|troli\w*|jarat\w*)\b|"
    r"公交|巴士|地铁|\d路"
)
#: The numbers of bus or tram routes, no money: "covers the 38 and the 73", "the 12 bus", "a
#: 38-as és a 73-as buszra" (a figure of money is said without "the": "bus pass 65").
_ROUTE_NUMBERS = regex(
    r"\b(?:the|number|no\.?) [0-9]{1,3}[a-z]?"
    r"(?:(?:,| and| &| or) (?:the |number )?[0-9]{1,3}[a-z]?)*"
    r"\b(?! ?(?:quid|pounds?|p|a month|per month|monthly|pm|a week|k|each|for)\b)(?! ?[$€£%])|"
    r"\b[0-9]{1,3}-?(?:as|es|os)\b"
    r"(?:(?:,| es| meg| vagy) (?:a |az )?[0-9]{1,3}-?(?:as|es|os)\b)*"
    r"(?= (?:busz|villamos|troli|jarat)\w*)"
)


#: Right before the figure of the account's balance, said beside the pay: "my balance is already
#: -240", "a számlám már mínusz 30", "余额已经是-240". At the income, no income.
_ACCOUNTS_BALANCE = regex(
    r"\b(?:balance|account|overdraft)(?: is| was| at| goes| sits| shows)?"
    r"(?: already| now| still| down to| like)?(?: at)? ?(?:minus )?(?:-|\u2212)?(?:[$€£] ?)?$|"
    r"\b(?:szamlam|szamlan|egyenleg\w*)(?: mar| most)?(?: minusz)? ?-?$|"
    r"(?:余额|账户|卡里)(?:已经|就)?(?:是|只有|剩)? ?-?$"
)


#: Right before a figure won once ("won 25 on a scratchcard", "nyertem 5-öt a lottón",
#: "刮刮乐中了两百"): a win, no month's income nor spending beside the rest.
_WON_BEFORE = regex(
    r"\b(?:won|winning|winnings(?: of| were| was)?)(?: me)?(?: about| like| around)? (?:[$€£] ?)?$|"
    r"\bnyert(?:em|unk)?(?: kb)? $|(?:中了|中奖|赢了)$"
)


#: Right before a 0, an item it is said of: "lakbér 0", "lakás 0 mert a sajátom", "rent 0".
#: Beside the other items' amounts, an item that costs nothing adds nothing.
_AN_ITEM_BEFORE = regex(
    r"\b(?:lakber|alberlet|lakas|berleti dij|torleszto|hitel|rent|mortgage)\w*\W{0,3}$"
)


#: A cost raised by a share, the old figure said and not the new one (see ``read_amount``).
_RAISED_BY_A_SHARE = regex(
    r"[0-9] ?%-?(?:kal|kel|al|el)? (?:\w+ )?(?:emel|nott|novel|dragul)\w*|"
    r"\b(?:went up|gone up|rose|raised|increased|put up) (?:it )?(?:by )?[0-9]+ ?%|涨了?[0-9]+ ?%"
)


#: A figure with its last digits masked, not remembered: "2xx ezer", "1,4xx", "about 9xx".
_MASKED_FIGURE = re.compile(r"(?<![a-z0-9.,])[0-9][0-9.,]*xx+(?![a-z0-9])")


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
#: Paid all at once, or the whole due on one day: "klarna pay in 30 days, 89 due on the 14th",
#: "250 to my sister, all of it next month".
_ONE_PAYMENT_DUE = regex(
    r"\bpay in (?:30|14|3) days\b|\ball of it (?:next|this|at|by|in|on)\b|"
    r"\b(?:in|by) one payment\b|\ba (?:teljes|egesz) (?:osszeget|tartozast) (?:jovo|a jovo|"
    r"egyben)\b|(?:下个月|月底|年底)(?:一次)?(?:全部|都)(?:还|给)"
)


def _one_payment_only(folded: str, chosen: list[Number]) -> bool:
    """Whether the only figures are one payment made at once ("i can pay you 600 in one go at
    xmas instead of monthly", "klarna pay in 30 days, 89 due on the 14th"): no month's amount,
    unless one is said beside it ("a 120 ezer egyben lehetetlen, havi 10 ezer?")."""
    if not (_ONE_PAYMENT_NOW.search(folded) or _ONE_PAYMENT_DUE.search(folded)):
        return False
    return not any(
        _MONTHLY_BEFORE.search(folded[max(0, n.start - 30) : n.start])
        or _MONTHLY_AFTER.match(folded[n.end : n.end + 30])
        for n in chosen
    )


_MONTHLY_LEFT_OPEN = compile_phrases(
    (
        r"\b(?:the )?(?:monthly|rest|month to month)\b(?: \w+){0,4} (?:later|another time)\b",
        r"\b(?:talk|sort|work|figure|decide|agree)\w*(?: \w+){0,2} (?:the )?(?:monthly|rest)\b"
        r"(?: \w+){0,2} (?:later|after)\b",
        r"\b(?:a )?(?:havi\w*|többi\w*|maradék\w*)(?: \w+){0,3} (?:később|majd|utána)\b",
        r"(?:每月|每个月|月供|剩下|其余|余下)[^,.;!?]{0,8}(?:再说|再谈|再定|再商量)",
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
#: "Each" said of those payments: each is one month's ("9 ezer egyenként", "64 each", "每期640").
_EACH_PAYMENT = regex(r"\b(?:egyenkent|each|apiece)\b(?! month)")


def _each_of_the_payments_left(folded: str) -> str:
    """``folded`` with "each" blanked where it is said of the payments left on a loan ("a tévére
    még 12 részlet van, 9 ezer egyenként"): the amount is then one month's, not one of several
    to count together."""
    if not _PAYMENTS_LEFT_COUNTED.search(folded):
        return folded
    folded = _PAYMENTS_OF_LEFT.sub(lambda m: m[1] + " " * (len(m[0]) - len(m[1])), folded)
    return _EACH_PAYMENT.sub(lambda m: " " * len(m[0]), folded)


#: "3 payments of 65 left": the count of payments left, each one month's (not "2 payments of 50
#: a month"); also with how many are left said after the month ("3 payments of 160 a month, 2
#: left").
_PAYMENTS_OF_LEFT = regex(
    r"\b([0-9]{1,2} (?:more )?(?:payments|instal+ments)) of"
    r"(?= [$€£]?[0-9][0-9.,]*(?: (?:a|per) month| monthly)?,? (?:[0-9]{1,2} |two |one )?"
    r"(?:left|remaining|to go)\b)"
)


#: A debt paid before the pay reaches the cardholder: "comes out of my wages", "levonják a
#: fizetésemből", "从工资里扣". It leaves no monthly payment of their own to count.
_AT_SOURCE = regex(
    r"\b(?:comes?|taken|deducted|paid) (?:straight )?(?:out (?:of )?|off |from )(?:my |the )?"
    r"(?:wages?|pay(?:slip|check|packet)?|salary|payroll)\b|\bat source\b|"
    r"\blevon\w* (?:a |az )?(?:fizetes|ber)\w*|\b(?:fizetes|ber)\w*bol (?:vonj|levon)\w*|"
    r"(?:从|在)工资(?:里|中)?(?:直接)?扣"
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
#: An amount said, another (or the month's) not known: "klarna too, not sure how much", "owe 4k,
#: no idea what the monthly is", "the council tax, whatever that comes to".
_SOME_AMOUNT_UNKNOWN = ByScript.regex(
    # another month's figure, this one's not known yet: "may was 1,200, this month no idea",
    # "last month 900, this month dont know"
    r"\bthis month(?:'?s)?,? (?:i have |i'?ve got |ive got |i'?ve |ive )?(?:no idea|not sure|"
    r"dunno|don'?t know|dont know|no clue|unknown|not known)\b|"
    # a sum on top left to what someone else leaves unpaid: "then whatever the council doesnt
    # pay", "and on top whatever my ex wont cover"
    r"\b(?:then|and then|on top|plus) whatever (?:the|my|our|his|her|they) [a-z ]{0,30}?"
    r"(?:doesnt|does ?n'?t|wont|won'?t|dont|don'?t|cant|can'?t) (?:cover|pay)\b|"
    r"\b(?:no idea|not sure|dunno|don'?t know|do not know)\b,? (?:of )?(?:how much|what "
    r"(?:the |my )?(?:monthly|payment|repayment|amount)s?\b)|"
    r"\bwhatever (?:that|it|they) (?:comes? to|costs?)\b|"
    # "food is 4 x whatever the big shop costs": the item's figure not worked out
    r"\bwhatever (?:the|my|our) (?:\w+ ){0,3}?(?:comes? to|costs?)\b|"
    # an item given what is left, or its figure typed as marks: "food whatever is left",
    # "food ??", "kaja amennyi marad", "吃饭看剩多少"
    r"\bwhatever(?: is|'s| s)? (?:left|left over|over|remains)\b|\bamennyi (?:meg )?marad\b|"
    r"(?:剩|剩下)多少|"
    # an item's or a loan's figure not known or not added up: "a rezsit előre nem tudom", "a
    # másikat nem tudom fejből", "a többit még nem adtam össze", "the other one I don't know"
    r"\b(?:a|az) \w+(?:t|at|et|ot)\b(?: (?:meg|elore|fejbol|pontosan|sajnos))* nem "
    r"(?:tudom|tudjuk|adtam ossze|szamoltam ossze|irtam ossze)\b|"
    r"\b(?:the other (?:one|loan|card)|the rest)(?: i)? (?:don'?t|dont|haven'?t|havent) "
    r"(?:know|added (?:up|it up))\b|"
    # "2 loans, one 80 and one im not sure of", "az egyik 30, a másikat nem tudom", "一个八百
    # 另一个不清楚"
    r"\b(?:and )?(?:one|the other|another)(?: one)? (?:i'?m|im|i am) not sure (?:of|about)\b|"
    r"\bthe other(?: one)?\W{0,5}(?:i )?(?:can'?t|cant|don'?t|dont) remember\b|"
    r"\b(?:a masik|the other)(?: one)? (?:valamennyi|valami|something|whatever)\b|"
    r"\b(?:a masikat|a masik) (?:meg )?(?:nem fizettek ki|meg nem kaptam)\b|"
    r"\bazon (?:felul|tul) (?:ami|amennyi)\b|\bamennyi\w* [^.;!?]{0,40}\bannyi\b|"
    r"不一定多少|说不好多少|不固定多少|"
    r"\b(?:one|the other)(?: one)? (?:i )?(?:don'?t|dont|do not) know\b|"
    r"(?:另一个|另外一个|另一笔|另外那个)(?:我)?(?:不清楚|不知道|记不清|不记得)|"
    r"(?:另一个|另外一个|另一笔|其他的?)(?:我)?(?:不知道|不清楚|没算|还没算)|"
    # the rest in odds and ends, no count kept: "其他零零碎碎没数", "别的杂七杂八的算不清"
    r"(?:其他|其它|别的|剩下的?)(?:的)?(?:零零碎碎|零零星星|杂七杂八|七七八八|零碎)(?:的)?(?:我)?(?:也)?"
    r"(?:没数|没个数|算不清|说不清|不清楚|不知道|没算过?|没记)|"
    # more on top of a base, no figure: "a 190 az alap, erre jön rá minden más", "on top of
    # that comes everything else"
    r"\b(?:erre|arra|ehhez|ezen felul) (?:jon|jonnek|megy) (?:meg )?(?:ra )?"
    r"(?:minden mas|a tobbi)\b|"
    r"\bon top of (?:that|it|this) (?:comes |there'?s |goes )?(?:everything else|whatever)\b|"
    # a count of times said as a range, the month's figure left to work out: "három-négyszer
    # veszek ki 50 ezret", "2-3 alkalommal", "two or three times a month"
    r"\b(?:egy|ket|harom|negy|ot|[1-9])(?:szor|szer)?(?: ?- ?| vagy )"
    r"(?:ket|harom|negy|ot|hat|[2-9]) ?-?(?:szor|szer|alkalom\w*)\b|"
    r"\b(?:two|three|four|2|3|4) (?:or|to|-) (?:three|four|five|3|4|5) times\b|"
    r"[一两二三四五][两二三四五六]次|"
    # a figure with something and another without: "ha … is ide kell írni, akkor 265, ha nem,
    # akkor 190", "if the mortgage counts, 900, if not 400": which one is unsaid
    r"\bha (?:nem|igen),? (?:akkor )?(?:csak )?(?=[0-9])|"
    # months spent together, not divided: "az elmúlt három hónapban összesen 645 ezer", "over
    # the last three months it came to 2,900", "这三个月一共花了一万"
    r"\b(?:el)?mult (?:ket|harom|negy|ot|hat|[2-9]) honap(?:ban)? (?:osszesen|egyutt|alatt)\b|"
    r"\bover the (?:last|past) (?:two|three|four|six|[2-6]) months\b|"
    r"(?:这|近|最近|过去)(?:两|三|四|六|[2-6])个月(?:一共|总共|加起来)|"
    # weeks other than a month's four spent together: "in the last 6 weeks ive spent 1,500",
    # "since my last payday 6 weeks ago", "az elmúlt 6 hétben 250 ment el", "这六个星期花了五千"
    r"\b(?:over|in|for) the (?:last|past) (?:two|three|five|six|seven|eight|nine|ten|[235-9]|"
    r"1[0-9]) weeks\b|"
    r"\bsince\b.{0,30}\b(?:two|three|five|six|seven|eight|[235-9]) weeks ago\b|"
    r"\b(?:el)?mult (?:ket|harom|ot|hat|het|nyolc|[235-9]) het(?:ben|en| alatt)\b|"
    r"(?:这|近|最近|过去)(?:两|三|五|六|七|八|[235-9])个?(?:星期|周|礼拜)(?:以来)?(?:一共|总共|"
    r"加起来)?(?:花|用|开销)|"
    # a shop every other week beside monthly items: its month's figure left to work out
    r"\bminden (?:masodik|harmadik) (?:heten|het)\b|"
    r"\b(?:if not|otherwise),? (?:then |it'?s |its )?(?=[$€£]?[0-9])|"
    # the own part of a household's figure not settled: "我出多少还没定"
    r"(?:出|付|摊|分|交)多少(?:还|都)?(?:没定|没商量|不知道|不确定|说不好|没说好)|"
    # an item whose figure is not known yet: "130 albérlet, kaját nem tudom", "rezsi még nem
    # jött meg", "food i dont know"
    r"\b(?:kaj|rezsi|villany|gaz|viz|benzin|telefon|food|bills?|gas|electric|water)\w* "
    r"(?:meg )?(?:nem tudom|nem jott meg|nem jott|fogalmam sincs|(?:i )?(?:dont|don'?t) know|"
    r"no idea|not sure yet|hasn'?t come yet|not (?:come|arrived) yet)\b|"
    r"\b(?:a )?(?:kajat|rezsit|benzint) (?:meg )?nem tudom\b|"
    r"(?:\b(?:rent|bills?|food|petrol|fuel|gas|electric\w*|phone|transport|car|insurance|"
    r"childcare|water|council tax|shopping|groceries|kaja|rezsi|lakber|alberlet|benzin|telefon)|"
    r"吃饭|房租|水电|伙食|油费|话费|交通) ?[:=-]? ?\?+(?= ?(?:[,;+]|$))"
)
#: In English, the other items' or loans' figures not remembered or left to add up: "2 catalogue
#: things, cant remember the amounts", "gym 30 and another one i dont remember", "rent 500, the
#: rest id have to look up", "travel 60, everything else id need to add up". The figures said are
#: only part of the answer.
_THE_REST_NOT_KNOWN_EN = regex(
    r"\b(?:can'?t|cant|cannot|don'?t|dont) remember (?:the )?(?:amounts?|rest|others?|figures?)\b|"
    r"\b(?:another|one more|the others?|the rest|everything else)(?: ones?)?,? (?:that )?"
    r"(?:i )?(?:can'?t|cant|cannot|don'?t|dont) remember\b|"
    r"\b(?:the rest|everything else|the others?)\b[^.;!?0-9]{0,20}\b(?:i'?d|id|i would|i'?ll|"
    r"ill|i) (?:have|need) to (?:add (?:it |them )?up|check|look (?:it |them )?up|"
    r"work (?:it |them )?out)\b"
)
#: After the last figure of a list, an item named with a placeholder for its figure or with
#: whatever is left over: "rent 800, bills 100, food ??", "albérlet 120, kaja amennyi marad",
#: "房租2000, 水电300, 吃饭??", "吃饭看剩多少". Its amount is not said, so neither is the sum.
_AN_ITEM_LEFT_WITHOUT_FIGURE = regex(
    r"[^\W\d] ?\?{2,}|"
    r"\b(?:ami|amennyi|amit) (?:meg )?(?:marad|jut|kimarad)\b|"
    r"\b(?:whatever|what)(?:'?s| is) (?:left|over)\b|"
    r"(?:看|就)?剩(?:下)?(?:多少|的)"
)
#: Right before a figure taken back in Hungarian, after the one meant: "20 000, nem 2000".
_TAKEN_BACK_AFTER_NEM_HU = re.compile(  # not "80, nem, 70", "20e.. ja nem 26e"
    r"[0-9][^0-9]{0,12}(?<!\bja )(?<!\bjaj )(?<!\bjah )(?<!\bah )(?<!\bhopp )\bnem ?$"
)
#: Right after a total, the week (or another period) it is for: "so 360 a week".
_WEEKS_TOTAL = re.compile(
    r" ?(?:quid|pounds?)? ?(?:a|per|each|every) ?(?:week|fortnight|year|day|shift)\b|"
    r" ?(?:weekly|fortnightly|yearly|daily)\b"
)
#: A lump sum to be paid by a date, no monthly payment: "need 150 by june to get it back".
_A_SUM_DUE_BY_A_DATE = regex(
    r"\b(?:need|needs|have|has|got) to (?:pay|find|get) [$€£]?[0-9][0-9,.]*k? (?:by|before)\b|"
    r"\bneed [$€£]?[0-9][0-9,.]*k? (?:by|before) (?:the |next |end of )?(?:january|february|march|"
    r"april|may|june|july|august|september|october|november|december|friday|monday|[0-9])"
)
#: A sum borrowed, to be paid back by a day, with no month's payment said: "pawned my ring for
#: 300, have to pay it back by march", "borrowed 500 off my brother, he wants it back by june".
_PAID_BACK_BY_A_DATE = regex(
    r"\b(?:pay|paying|give|giving) (?:it|that|them|him|her) (?:all )?back (?:by|before)\b|"
    r"\bwants? (?:it|that|the money) (?:all )?back (?:by|before)\b"
)
#: This card counted in the figure for the other debts: "350 including your card", "that
#: includes this card". The others' share is then said after "so", or not at all.
_THIS_CARD_COUNTED_IN = regex(
    r"\b(?:includ\w*|including|incl\.?|counting|with) (?:this|your|ur|the|you(?:r)? guys'?) "
    r"(?:card|one)\b(?! (?:out|off|aside))"
)
_SO_RIGHT_BEFORE = re.compile(r"\bso (?:about |around |roughly )?[$€£]?$")
#: An item's amount not known, to be looked up: "can't remember the amount", "id have to check",
#: "meg kéne néznem", "我得查一下". Said of another item than the amount (see
#: :func:`_another_items_amount_unknown`), the amounts said are no answer.
_AMOUNT_TO_LOOK_UP = regex(
    r"\b(?:can'?t|cannot|don'?t|do not) (?:remember|recall|know) (?:the (?:amount|figure|payment)|"
    r"how much|what (?:it|that) is)\b|\bno idea (?:how much|what (?:it|that|they)\b)|"
    r"\b(?:i'?d|i would|i'?ll|i will|i need to|i'?d need to|i have to|need to) (?:have to )?"
    r"(?:check|look (?:it )?up)\b|"
    r"\bnem (?:emlekszem|tudom),? (?:hogy )?mennyi\b|\bfogalmam sincs,? (?:hogy )?mennyi\b|"
    r"\b(?:meg|utana) (?:kene|kellene|kell) (?:nez|jar)n\w*|"
    # "a harmadikat nem tudom fejből", "annak az összegét most nem tudom", "not off the top of
    # my head"
    r"\bnem tudom fejbol\b|\bfejbol nem tudom\b|\bosszeg\w* (?:most |meg )?nem tudom\b|"
    r"\bnem tudom (?:most )?(?:az )?osszeg\w*|\b(?:know|remember) (?:it |that one )?off (?:by "
    r"heart|the top of my head)\b|"
    r"(?:记不住|记不清|不记得|忘了|不知道|不清楚)(?:是)?多少|多少(?:钱)?(?:记不住|记不清|不记得|忘了)|"
    r"(?:得|要|需要)(?:再)?查(?:一下|一查|查)|"
    # can't be told: "人情往来说不准, 其他固定两千八"
    r"说不准|说不好|没个准"
)
#: Between that and the amount, another item named: "and the credit union one", "meg a
#: katalógusos", "还有个", "信用社那笔", "then the bus fare", "aztán a buszjegy", "然后是车费".
_ANOTHER_ITEM_BETWEEN = regex(
    rf"{alternatives(AND_WORDS)}|\bone\b|\bthe other\b|\ba masik\b|那笔|那个|另一|"
    r"\bthen (?:the|there'?s|theres)\b|\baztan (?:a|az|meg)\b|然后是?.{0,20}费|其他|其它|别的|"
    r"\bkulon (?:jon|kapom|van)\b|\bcomes (?:in )?separately\b"  # "…, az özvegyi külön jön"
)
#: Said of the amount itself, not of another item: "not sure exactly".
_EXACTLY = regex(r"\bexact\w*|\bpontos\w*|具体|确切|准确")


def _another_items_amount_unknown(folded: str, numbers: list[Number]) -> bool:
    """Whether, beside the amounts said, another item's amount is said not to be known ("two
    loans, the bank one is 120 and the other id have to check", "花呗记不清多少了, 还有个白条400"):
    the amounts said are then not all of it, and no answer."""
    for unknown in _AMOUNT_TO_LOOK_UP.finditer(folded):
        start, end = _clause_between(folded, unknown.start(), unknown.end(), _A_CLAUSE_BREAK)
        if any(start <= n.start and n.end <= end for n in numbers):
            continue  # "nem tudom mennyi lesz, kb 200 körül": the figure is said with it
        if _EXACTLY.search(folded, max(0, unknown.start() - 12), unknown.end() + 12):
            continue
        before = [n for n in numbers if n.end <= unknown.start()]
        after = [n for n in numbers if n.start >= unknown.end()]
        between = [folded[before[-1].end : unknown.start()]] if before else []
        between += [folded[unknown.end() : after[0].start]] if after else []
        if any(_ANOTHER_ITEM_BETWEEN.search(text) or _ITEMS.search(text) for text in between):
            return True
    return False


#: Between clauses, or between items: "…is 120 and the credit union one id have to check".
#: Where the clause of an amount not known ends: punctuation or the next item joined on.
_A_CLAUSE_BREAK = regex(rf"[,;.!?\uff0c\u3002\uff1b\uff01\uff1f]|{alternatives(AND_WORDS)}")


#: Of a debt said by its balance, that nothing is paid on it each month: "so nothing monthly",
#: "havonta semmi", "所以每个月不还" (a family loan "when im back on my feet").
_NOTHING_PAID_MONTHLY = regex(
    r"\bnothing (?:to pay )?(?:monthly|a month|each month|every month|per month)\b|"
    r"\bhavonta (?:semmi|nulla)\b|\bsemmit (?:se |sem )?(?:fizetek|torlesztek) havonta\b|"
    r"每个?月(?:都)?(?:一分(?:钱)?(?:都|也))?不(?:用|需要)?还(?!多少)|"
    # "欠老板两万, 他说从年终奖里扣, 平时不用还": nothing paid in an ordinary month
    r"平时(?:都)?不(?:用|需要)还"
)
#: Of a debt said by its balance, that it has no monthly payment: "theres no monthly payment on
#: it", "he doesn't want it monthly", "nincs rajta havi törlesztő", "没有每月要还的". Nothing
#: paid, or paid now and then: the balance is no payment, and the answer is asked again.
_NO_MONTHLY_PAYMENT = regex(
    r"\bno (?:set |fixed |regular )?(?:monthly )?(?:re)?payments?(?: on (?:it|that|this))?\b"
    r"(?! (?:of|until|till|missed|holiday\w*|left))|"
    # "i owe my brother 2000 but he doesn't want it monthly", "i don't pay it back every month"
    r"\b(?:doesn'?t|does not|don'?t|do not|not)\b(?: \w+){0,4} "
    r"(?:monthly|every month|each month)\b|"
    r"\bnem (?:\w+ ){0,3}havonta\b|"  # "de nem kéri havonta", "nem havonta fizetem vissza"
    r"不(?:要|用|需要|是)(?:我)?(?:每个?月|每月)(?:都)?还|"  # "他不要我每个月还"
    r"\bnincs (?:rajta )?(?:fix |havi )?(?:reszlet|torleszto|torlesztes)\w*|"
    r"没有?(?:每个?月|固定)(?:要)?还的|没有?(?:每个?月|固定)要还|"
    # "欠我表哥八千, 没约定每月还多少": no monthly amount agreed
    r"没(?:有)?(?:约定|定|说|讲|商量)(?:好)?(?:每个?月|每月)(?:要)?还多少"
)


def _no_payment_on_the_balance(folded: str, numbers: list[Number]) -> AmountReading | None:
    """A debt said by its balance and then that nothing is paid on it monthly (0), or that it
    has no monthly payment (asked again): "overdraft of 1,500 but theres no monthly payment on
    it", "apámnak tartozom 400 ezerrel, havonta semmi", "备用金透支了五千, 但没有每月要还的"."""
    said = _NOTHING_PAID_MONTHLY.search(folded) or _NO_MONTHLY_PAYMENT.search(folded)
    if said is None or any(n.start >= said.start() for n in numbers):
        return None
    # (the monthly word of what is said itself is no payment: "欠我姐2w 每月不用还")
    if any(
        _MONTHLY.search(folded, start, min(end, said.start()))
        for n in numbers
        for start, end in [_clause(folded, n)]
    ):
        return None  # "房贷是每个月三千六 … 花呗 没有固定要还的": a payment said, another has none
    if _NOTHING_PAID_MONTHLY.search(folded):
        return AmountReading(Decimal(0), None)
    return AmountReading(None, AmountProblem.AMBIGUOUS)


#: Nothing besides what was named: "nothing else", "más nincs", "别的没有".
_NOTHING_BESIDES = regex(
    r"\bnothing else\b|\bno other\b|\bthat'?s (?:it|all)\b|\b(?:mas|egyeb) nincs\w*|"
    r"\bnincs (?:mas|egyeb)\w*|(?:别的|其他|其它)(?:都)?没(?:有)?"
)


#: In Hungarian, millions then thousands: "3 millió 180" and "2 millió 520 ezer" are 3 180 000 and
#: 2 520 000 (a bare number after a million counts its thousands).
_MILLION_AND_THOUSANDS = re.compile(
    r"(?<![0-9.,])([0-9]{1,3}) ?millio (?:es )?([0-9]{1,3})(?: ?ezer\w*)?"
    r"(?![0-9]|[.,][0-9]| ?(?:e\b|k\b))"
)
#: A figure, then (a word or two on) the thousands it counts named in brackets, in Hungarian:
#: "havi 25-öt tudok (ezret persze)", "30-at (ezer forintot)" (spelled out as 1000 by then).
#: The figure is in thousands.
_THOUSANDS_ASIDE_HU = re.compile(
    r"(?<![0-9.,])([0-9]{1,3})(?:-?[aeoöő]?t)?((?: [^\W\d]+){0,2}) ?\( ?"
    r"(?:persze |mármint |marmint )?"
    r"(?:ez(?:er|re)t?|1000)(?: forint\w*| ft)?(?: persze| természetesen| termeszetesen)?\W{0,2}\)"
)
#: Three or more single digits a space apart before thousands or at the end: "2 3 5 ezer" is 235
#: ezer.
_DIGITS_TYPED_APART_HU = re.compile(
    r"(?<![0-9.,] )(?<![0-9.,])[0-9](?: [0-9]){2,}(?= ?ez(?:er|re)| ?(?:ft|forint)?\W*$)"
)
#: (a comma or a full stop after it ends the clause: "a nettó 318 ezer 750, a SZÉP nincs benne")
_THOUSAND_AND_HUNDREDS = re.compile(
    r"(?<![0-9.,])([0-9]{1,3}) ?ezer (?:es )?([0-9]{3})"
    r"(?![0-9]|[.,][0-9]| ?(?:ezer|e\b|k\b|rugo|millio))"
)
#: Equal items said as a count and one amount, in Hungarian: "2x 14 ezer", "két áruhitel,
#: mindkettő 15 ezer", "mindhárom 7 990": the count times the amount, as one figure (a multiplier
#: after it stays: "2x 14 ezer" is "28 ezer"). A count of one digit only: "12x 9 ezer" is a term.
#: A figure denied after the one meant, in Hungarian: "mármint 220, nem 200 meg 20", "kétszáztíz.
#: nem kétszáz, nem tíz, kétszáztíz" (a dictation heard in parts, put right). No amount; blanked
#: only where a figure is said before it.
_A_FIGURE_DENIED_HU = re.compile(
    r"(?<=[0-9a-z][,.;!] )nem [0-9]+(?: ?ezer)?(?: (?:meg|es|plusz) [0-9]+(?: ?ezer)?)?"
    r"(?= ?(?:[,.;!]|$))"
)
#: A house, a flat or a door named by its number, in Hungarian: "a 3-as házban", "a 12-es
#: lakásból". The number is no money.
_A_NUMBERED_PLACE_HU = re.compile(
    r"(?<=\ba )[0-9]{1,3}-?[aeo]s(?= (?:haz|lakas|lepcsohaz|emelet|ajto|kapu|szoba)\w*)"
)
#: "a 12-ből 20": from number 12, twenty (a part is never more than the whole it comes from).
_FROM_A_NUMBERED_PLACE_HU = re.compile(r"(?<=\ba )([0-9]{1,3})-?b[oe]l (?=([0-9]+))")


#: The one cared for, named after a carer's allowance: "ápolási díj 62 ezer anyukám után", "az
#: ápolási díj a fiam után 70". The allowance is the cardholder's own income, no one else's.
_CARED_FOR_HU = re.compile(
    r"(\bapolasi dij\b[^,.;!?]{0,20}?)((?:\baz? )?\b\w+(?:am|om|em|im|um) utan\b)"
)
#: "Of that" said of a side job named right before it, not of the income before the job: the
#: job's pay is a second income, added ("nyugdíj 150 ezer, mellette takarítok, abból havi 60",
#: "ösztöndíj 50 meg hétvégén pultozok, abból 70"). Only a job worked now ("vagyok", a verb of
#: working), no figure between the job and "abból", and the clause ending at the job's figure:
#: "bruttó 400, 8 órában dolgozom, abból 266 marad" keeps its part ("marad" after the figure).
_FROM_A_SIDE_JOB_HU = re.compile(
    r"\b(?:vagyok|dolgozom|dolgozok|pultozok|melozok|takaritok|fuvarozok|maszekolok|"
    r"futarkodok|vallalok)\b[^0-9,.;!?]{0,40}, abbol"
    r"(?= (?:havi |havonta )?(?:kb |kb\. |meg )?[0-9][0-9 ]*(?: ?ezer\w*|e)?(?: ?ft| forint)?"
    r"(?: (?:jon|jott|kapok|keresek|szokott)\w*)?\s*(?:$|[,.;!]))"
)
#: "Of that" said of a job named with when it is worked, no figure between: "kórház 298,
#: magánrendelő hétvégente, abból havonta 70", "pultozás esténként, abból 60" (a second income).
_FROM_A_JOB_WORKED_AT_TIMES_HU = re.compile(
    r"\b(?:hetvegente|hetvegenkent|estenkent|ejszakankent|szombatonkent|vasarnaponkent|"
    r"delutanonkent|hetente egyszer|alkalmankent|mellekesen|mellette)\b, abbol"
    r"(?= (?:havi |havonta )?(?:kb |kb\. |meg )?[0-9][0-9 ]*(?: ?ezer\w*|e)?(?: ?ft| forint)?"
    r"(?: (?:jon|jott|kapok|keresek|szokott)\w*)?\s*(?:$|[,.;!]))"
)


def _a_place_before_more(match: re.Match[str]) -> str:
    """A :data:`_FROM_A_NUMBERED_PLACE_HU` match blanked when the figure after it is the larger:
    the number names a place ("a néni a 12-ből 20-at ad"), not a whole ("a 200-ból 50")."""
    return " " * len(match[0]) if int(match[2]) > int(match[1]) else match[0]


#: (the amount also in four to six digits run together: "2 x 7500, 5-én és 20-án" is 15 000)
_TIMES_HU = re.compile(
    r"(?<![0-9.,])([2-9]) ?[x\u00d7*] ?([0-9]{1,3}(?: [0-9]{3})*(?:,[0-9]{1,2})?|[0-9]{4,6})"
    r"(?! ?[0-9]|[.,][0-9])"
)
_ALL_OF_THEM_HU = re.compile(
    r"\bmind ?(?:a )?(ketto|ket|harom|negy)\w*\W{1,3}(?:(?:havi|havonta|egyenkent|kb) )?"
    r"([0-9]{1,3}(?: [0-9]{3})*(?:,[0-9]{1,2})?)(?! ?[0-9]|[.,][0-9])"
)
_COUNTS_HU = {"ketto": 2, "ket": 2, "harom": 3, "negy": 4}
#: An amount said so many times in words: "kétszer tizenkét ezer a két gyerek menzája" is 24 ezer,
#: "háromszor 8 ezer az edzés" 24 ezer (read as ``_TIMES_HU``'s "2x 12 ezer"); not so many times
#: a period ("havonta kétszer 90 ezer": how often, asked again).
_TIMES_IN_WORDS_HU = re.compile(
    r"(?<!havonta )(?<!hetente )(?<!naponta )(?<!evente )(?<!honapban )(?<!heten )"
    r"(?<!evben )(?<!havi )\b(ketszer|haromszor|negyszer) "
    r"([0-9]{1,3}(?: [0-9]{3})*(?:,[0-9]{1,2})?|[0-9]{4,6})"
    r"(?! ?[0-9]|[.,][0-9])"
)
_COUNTS_HU.update({"ketszer": 2, "haromszor": 3, "negyszer": 4})


#: Every few months with the count in digits: "3 havonta hosszabbítok" is every three months,
#: another period than the month (see ``_ANOTHER_PERIOD``), and its 3 no money.
_EVERY_FEW_MONTHS_HU = re.compile(r"(?<![0-9.,])[2346] ?havonta\b")
#: Right at an amount, that it is a difference, how much is spent or earned not said: "30
#: ezerrel több megy ki, mint ami bejön", "20-szal kevesebb".
_BY_SO_MUCH_HU = re.compile(r"[0-9 .,]+(?: ?ezer)?-?(?:[rvc]|sz)?[ae]l (?:tobb|kevesebb)\w*")


#: A number of months' rent paid as a deposit or in advance: "2 havi kaucióval", "3 havi
#: előre": months, no money.
_MONTHS_OF_DEPOSIT_HU = re.compile(r"(?<![0-9.,])[1-6] havi(?= (?:kaucio|elore|lakber|berlet))")
#: Months of pay counted, a severance or a notice paid: "3 havi végkielégítést kaptam", "a 2
#: havi felmondási idő" (a count of months, no money).
_MONTHS_OF_PAY_COUNTED_HU = re.compile(
    r"(?<![0-9.,])[0-9]{1,2} havi(?= (?:vegkielegites|felmondasi|vegkiel|szabadsag|fizetesnyi|"
    r"bernyi|jutalom|premium)\w*)"
)
#: The months of pay a year counts, a 13th month's paid: "a nyugdíj 13 havi, de havonta 204 jön",
#: "14 havi fizetés jár" (a count of months, no money).
_MONTHS_OF_PAY_A_YEAR_HU = re.compile(
    r"(?:(?<=nyugdij )|(?<=nyugdijam )|(?<=fizetes )|(?<=fizetesem )|(?<=ber )|(?<=berem )|"
    r"(?<=fizu ))1[34](?= havi\b(?! [0-9]))|"
    r"(?<![0-9.,])1[34](?= havi (?:nyugdij|fizetes|ber|fizu)\w*)"
)
#: A term's payments counted times each, said of a debt: "részletre: 6x 11 200, most a 3.-nál
#: tartok", "12 x 25 ezer, 4 van hátra" (the count of payments is no money; each is the
#: month's payment, where "2x 12 000" may be two loans' and is their sum).
_A_TERMS_PAYMENTS_TIMES_HU = re.compile(
    r"(?<![0-9.,])(?:[3-9]|[1-6][0-9]|72) ?[x\u00d7*] ?(?=[0-9])"
)
_A_TERM_SAID_HU = re.compile(r"\breszlet\w*|\btartok\b|\bhatra\b|\bhonapos\b")
#: How far along the term, beside those: "most a 3.-nál tartok" (a count of payments, no money;
#: the payments left, "5 részlet van hátra", "ebből 5 van hátra", are read by their own rules).
_HOW_FAR_ALONG_THE_TERM_HU = re.compile(
    r"(?<![0-9.,])[0-9]{1,2}\.?-?n[ae]l(?= (?:(?:mar|most) )?(?:tartok|tartunk)\b)"
)
#: The payments left said bare after a term's payments counted: "12 x 25 ezer, 4 van hátra".
_PAYMENTS_LEFT_BARE_HU = re.compile(
    r"(?<!ebbol )(?<!abbol )(?<![0-9.,])[0-9]{1,2}(?= (?:van|maradt) hatra\b)"
)
#: This card's share of a budget for all the cards, said after it: "havi 5 ezret tudok a két
#: kártyára, ebből erre 3 ezer jut". The share is the offer; the budget is context.
_THIS_CARDS_SHARE_HU = re.compile(r"\b(?:ebbol|abbol) (?:erre|ide|onoknek|maguknak)\b")
#: A pasted bank SMS ("Jóváírás 278 450 Ft ... Egyenleg: 301 220 Ft"): the balance after the
#: credit is what is on the account, not what came in; only the credit is the income.
_BALANCE_AFTER_A_CREDIT_HU = re.compile(
    r"\begyenleg\w*\W{0,3}\+?[0-9]{1,3}(?:[ .][0-9]{3})*(?:,[0-9]{1,2})?(?: ?(?:ft|huf)\b)?"
)
#: One of two figures preferred with "inkább … mint": "kb 170. inkább 170 mint 180" (the one
#: after "mint" is the figure not meant).
_RATHER_THIS_THAN_THAT_HU = re.compile(
    r"\binkabb ([0-9]+(?: ?ezer\w*)?) mint [0-9]+(?: ?ezer\w*)?(?![0-9])"
)
#: A lump sum lived on, the month's spending said beside it: "az örökség 2 millió volt, abból
#: élek, havonta 170 megy el" (the sum is no month's).
_A_LUMP_SUM_LIVED_ON_HU = re.compile(
    r"(?<![0-9])[0-9][0-9 ,.]*(?: ?(?:millio|ezer)\w*)?(?: ?(?:ft|forint))? "
    r"(?:volt|van|maradt)\W{1,3}(?:es )?(?:abbol|ebbol|azbol) (?:elek|elunk)(?: meg)?\b"
)
#: A month's income lived on, named before the items spent: "160 nyugdíjból élünk, gyógyszer 24,
#: kaja 60", "a 210-es fizuból élek, albi 100" (the income, not spending, when items follow).
_AN_INCOME_LIVED_ON_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?: ?ezer\w*)?(?:-?[aeo]s)? (?:nyugdij|fizu|fizetes|ber|jovedelm)\w*bol "
    r"(?:elek|elunk)\b(?=[^0-9]{1,40}[0-9]+[^0-9]+[0-9])"
)
#: How many payments are left of a term: "24 x 12 490, ebből 7 van hátra" (a count, no money).
_PAYMENTS_LEFT_HU = re.compile(
    r"\b(?:ebbol|abbol) [0-9]{1,2} (?:van hatra|hatra van|van meg|maradt)\b"
)
#: The payments left said right after the payment, without "ebből": "a tetováló gépre 12x
#: 15 990, 5 van még hátra", "havi 9 990, még 10 van hátra" (a count of payments, no money;
#: blanked with its words, which said of the payment would make it a balance).
_PAYMENTS_LEFT_OF_A_TERM_HU = re.compile(
    r"(?<![0-9.,])[0-9]{1,3}(?: [0-9]{3})*(?: ?ezer\w*)?,? (?:(?:es|de) )?(?:meg )?"
    r"([0-9]{1,2} (?:van meg hatra|van hatra|maradt meg hatra|reszlet van (?:meg )?hatra))\b"
)
#: An offer refused as too much, said again after the one made: "15 ezer... nem, 12, a 15 túl
#: sok" (the refused figure is no second offer).
_A_FIGURE_TOO_MUCH_HU = re.compile(
    r"\b(?:a|az) [0-9]+(?: ?ezer\w*)? (?:(?:az|mar|meg) )?(?:tul sok|tul nagy|sok)\b"
)
#: An option's figure refused as too much, the offer said after: "a 3-as opció 24 ezre sok,
#: 16-ot", "a csomag 30-a túl sok, 22-t", "18 ezer nagyon sok, 12 ezret" (the refused figure is
#: no offer; the option's number is set aside before).
_AN_OPTIONS_FIGURE_TOO_MUCH_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?: ?ezre|-?[ae]| ?ezer\w*)? (?:(?:tul|nagyon|eleg|kicsit) )?(?:sok|nagy)"
    r"\b(?=[^0-9]*[0-9])"
)
#: A plan's figure refused as too much, asked back or said with "volna": "a 24 részletes 28
#: ezer? az sok. 17", "30 ezer volna, az sok, 20-at" (the plan named by its payments and its
#: figure are no offer).
_A_PLANS_FIGURE_TOO_MUCH_HU = re.compile(
    r"(?:\b(?:a|az) [0-9]{1,2} (?:reszletes|honapos|havos) )?[0-9]+(?: ?ezer\w*)?"
    r"(?:\?+| (?:volna|lenne),?) "
    r"(?:az|ez) (?:(?:tul|nagyon|eleg|kicsit) )?(?:sok|nagy)\b"
)
#: The own part said after a whole shared, with "így nekem": "lakáshitel 96, de a felét a volt
#: férjem fizeti, így nekem 48" (the whole is no payment of one's own).
_THE_OWN_PART_AFTER_A_WHOLE_HU = re.compile(
    r"\b(?:igy|tehat|szoval|vagyis) (?:nekem|ram|az en reszem)\W{0,3}(?:(?:havi|havonta|kb) )?"
    r"(?=[0-9])|"
    # "my part" said right after the whole, with no word between but whom it is for: "a lakás
    # 300 összesen, az én részem 100", "a ház 240 hármunkra, az én részem ebből 80"
    r"(?<=[0-9])(?: (?:osszesen|egyutt))?(?: \w+(?:nkra|unkre|nak|nek))?, az en reszem"
    r"(?: ebbol| belole)?\W{0,3}"
    r"(?:(?:havi|havonta|kb) )?(?=[0-9])|"
    # a share of it said to be one's own, then its figure: "a rezsi 80, ennek a fele az enyém,
    # az 40", "albi 160, de a párom fizeti az 50%-át, szóval az enyém 80"
    r"\b(?:ennek|annak) a (?:fele|harmada|negyede) (?:az enyem|enyem|jut ram|ram jut)\W{0,3}"
    r"(?:(?:az|ami|vagyis|szoval|tehat) )?(?:(?:havi|havonta|kb) )?(?=[0-9])|"
    r"\b(?:szoval|igy|tehat|vagyis) az enyem\W{0,3}(?:(?:havi|havonta|kb) )?(?=[0-9])"
)
#: The word saying a figure is the whole, right after it: "a lakás 330 összesen".
_SAID_WHOLE_HU = re.compile(r" (?:osszesen|egyutt|kozosen)\b")
#: A figure as typed in Hungarian, with its thousands: "96", "14 500", "120 ezer".
_A_FIGURE_HU = re.compile(r"(?<![0-9.,])[0-9]+(?:[ .][0-9]{3})*(?: ?ezer\w*)?(?![0-9])")
#: A postcode before a town: "6720 Szeged, albi 140" (no money).
_A_POSTCODE_HU = re.compile(
    r"(?:^|(?<=[,;:(] ))[1-9][0-9]{3} (?=(?:budapest|bp|szeged|debrecen|pecs|gyor|miskolc|"
    r"nyiregyhaza|kecskemet|szekesfehervar|szombathely|szolnok|tatabanya|kaposvar|eger|"
    r"veszprem|zalaegerszeg|sopron|bekescsaba|nagykanizsa|dunaujvaros|erd|cegled|baja|vac|"
    r"godollo|salgotarjan|ozd|hatvan|papa|gyula|esztergom|siofok|keszthely)\b)"
)
#: A postcode said with its town as one's address, any town: "a 2021 Tahitótfalu a címem", "8630
#: Balatonboglár, ott lakom" (no money; the town is told by the words of an address after it).
_A_POSTCODE_OF_AN_ADDRESS_HU = re.compile(
    r"(?<![0-9.,])[1-9][0-9]{3} (?=[a-z]+,? (?:(?:a|az) (?:cimem|cimunk|lakcimem|lakcimunk)|"
    r"(?:ott|itt) (?:lakom|lakunk|elek|elunk))\b)"
)
#: A length, an area or a cable's cross-section: "16 mm2-es kábel", "30 km-re", "2 cm" (no
#: money).
_A_MEASURE_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?:[.,][0-9]+)? ?(?:mm2|mm|cm2|cm|km)(?:-?[aeo]?s|-?re|-?ra|-?t)?\b"
)
#: A rounded figure said beside the exact one (of four figures or more, not whole thousands):
#: "kiadás: 187 450 Ft, majdnem 190", "kb 300, pontosan 297 350". The exact one is the answer.
_ROUNDED_AFTER_THE_EXACT_HU = re.compile(
    r"(?:(?<=[0-9] [0-9]{3})|(?<=[0-9]{4}))(?<!000)(?: ?(?:ft|forint|huf))?[^0-9a-z]{1,8}"
    r"(?:majdnem|kozel|szinte|kb\.?|nagyjabol|kerekitve|kerekre) [0-9]+(?: ?ezer\w*)?[^0-9a-z]*$"
)
_ROUNDED_BEFORE_THE_EXACT_HU = re.compile(
    r"\b(?:kb\.?|korulbelul|nagyjabol|kerekitve|olyan) [0-9]+(?: ?ezer\w*)?(?: korul)?\W{1,3}"
    r"(?:de |es )?(?:a )?pontos(?:an| szam| osszeg)?(?: pedig| meg)?:? (?=[0-9][0-9 ]*[1-9])"
)
#: A month's spending of four digits said in thousands, a slip of the scale: "kb 2100 ezer",
#: "havi 1600 ezer megy el" (2.1 million is written, 210 ezer most likely meant; not "2 100 ezer").
_A_SCALE_TYPO_HU = re.compile(r"(?<![0-9.,])(?<![0-9] )[1-9][0-9]{3} ?ezer")
#: A rounded figure said before the exact one read off a slip or a statement: "a nettóm kereken
#: 300, a bérpapíron 299 870 áll", "kb 250, a kivonaton 248 615" (the exact one, of six digits
#: not whole thousands, is the answer).
_ROUNDED_BEFORE_THE_SLIPS_HU = re.compile(
    r"\b(?:kb\.?|korulbelul|nagyjabol|kerekitve|kerekre|kereken|olyan) [0-9]+(?: ?ezer\w*)?"
    r"(?: korul| a fizum| a nettom)?\W{1,3}"
    r"(?:de |es )?(?:a |az )?(?:berpapir|fizetesi papir|papir|kivonat|szamlakivonat)\w*"
    r"(?: pedig| meg)?:? (?=[0-9]{1,3} ?(?!000)[0-9]{3}(?![0-9]))"
)
#: The part of a bill that is a debt's payment, said with "abból": "a havidíj 12 990, abból
#: 5 000 a készülék részlete" (the part is the payment).
_A_DEBTS_PART_OF_A_BILL_HU = re.compile(
    r"\b(?:abbol|ebbol) [0-9][0-9 ]*(?: ?ezer\w*)?(?: ?(?:ft|forint))? (?:a |az )?(?:\w+ ){0,2}"
    r"(?:reszlet|torleszto|hitel)(?:e|je|ei|ek|t|et)?\b"  # (not "hitelbiztosítás": insurance)
)
#: The part offered of what is left, said with "ebből": "a számlák után 40 marad, ebből 25-öt
#: tudok adni", "…, abból 30-at" (the part is the offer).
_AN_OFFER_OUT_OF_WHAT_IS_LEFT_HU = re.compile(
    r"\b(?:abbol|ebbol) (?:havonta |havi )?[0-9]+(?: ?ezer\w*)?(?:-?[aeo]?t)?"
    r"(?: (?:adok|adnek|tudok|tudnek|fizetek|fizetnek)\b|\W*$)"
)
#: The month's spending one gets by on: "havi 180-ból jövök ki", "havi 150-ből élek meg".
_GETTING_BY_ON_HU = re.compile(
    r"\b(?:havi|havonta|egy honapban) ([0-9]+)(?: ?ezer)?-?b[oe]l (?:jovok|jovunk|kijovok|"
    r"kijovunk|elek|elunk|megelek|megelunk)\b"
)
#: Nothing said of what would be, not of what is: "egy nagy családnak ez semmi lenne, de nekem
#: 150" (no zero said).
_NOTHING_IT_WOULD_BE_HU = re.compile(r"\bsemmi (?:lenne|volna)\b")
#: A year's figure worked into the month's: "évente 2 millió 400 ezer, azaz 200 egy hónapra"
#: (the month's is said; the year's is no second figure).
_A_YEAR_WORKED_INTO_A_MONTH_HU = re.compile(
    r"\b(?:egy evben|evente|evi) [0-9]+(?: ?(?:ft|forint))?\W{1,12}(?:azaz|vagyis|tehat|ami)"
    r"(?= [0-9]+(?: ?ezer\w*)? (?:egy honapra|egy honapban|havonta|havi|havonkent))"
)
#: The price of one thing made or sold, or of a kilo, said of one's trade before the month's
#: money: "a vásáron egy bögre 3500, egy tál 8 ezer", "egy 3 emeletes 60 ezer", "a ponty kilója
#: 2490" (a price, no money of the month; not a period's, "egy hónapban 200", nor a person's or
#: a home's, "egy gyerekre 30", "egy kis lakás 120").
_ONE_THINGS_PRICE_HU = re.compile(
    r"\begy (?!(?:kis|fo|fore|ho)\b|(?:honap|het|nap|ev|perc|gyerek|ember|szemely|felnott|hitel|"
    r"reszlet|csekk|szamla|lakas|alberlet|albi|szoba|haz|kocsi|auto|tartozas|kolcson)\w*\b)"
    r"(?:[0-9]{1,2} )?[a-z]+(?: [a-z]+)? (?:kb\.? )?[0-9]+(?: ?(?:ezer|ft|forint)\b)?|"
    r"\bkiloja (?:kb\.? )?[0-9]+(?: ?(?:ezer|ft|forint)\b)?"
)
#: The month's own money named after the prices of :data:`_ONE_THINGS_PRICE_HU`.
_THE_MONTHS_MONEY_AFTER_HU = re.compile(r"\b(?:havi|havonta|haztartas|kiadas)\w*")
#: One's prices said as a list, named so after: "férfi vágás 4000, női 6500 - ezek az áraim"
#: (prices of one's trade, no money of the month, when the month's is said after).
_ONES_PRICES_NAMED_HU = re.compile(
    r"\b(?:ezek|ez|ilyenek) (?:az? )?(?:araim|arak|arlistam|arlista|tarifaim|tarifak)\b"
)
#: An item said not to be counted, right after its figure: "a nagyi ad 10 ezer zsebpénzt, azt
#: nem számolnám", "egyszer jött 120 visszatérítés, azt hagyjuk" (the figure before is no part
#: of the answer, when another figure is said after).
_NOT_TO_BE_COUNTED_HU = re.compile(
    r"\b(?:azt|ezt|az|ez) (?:nem szamol(?:nam|om|nank|juk)|ne szamold|ne szamoljuk|"
    r"hagyjuk|hagyd|nem szamit|ne szamitsd|nem szamitanam|nem szamitom|"
    # spread over the months, the month's share said after: "ősszel 60 ezer, azt elosztottam,
    # havi 5"
    r"(?:el|szet|le)osztottam|(?:el|szet|le)osztom|(?:el|le)osztva)\b"
)
#: An aside said to be beside the point, the answer after it: "a zongorát 1,2 millióért vettem,
#: az a másik kérdés, itt: albi 120", "64 hely van, de ez nem ide tartozik, havi 176",
#: "óránként 4000-et kapok, de a kiadás a kérdés: albi 100", "88 billentyű... ja a kiadás: 183".
#: The figures before it are no answer.
_BESIDE_THE_POINT_HU = re.compile(
    r"\b(?:(?:de )?(?:ez|az) (?:mar |meg )?(?:nem ide tartozik|(?:egy |a )?masik kerdes|"
    r"mas kerdes|mellekes)|(?:de|ja|na|szoval) (?:most )?(?:a |az )?(?:sajat )?"
    r"(?:kiadas|koltes|bevetel|"
    r"jovedelem|fizu|fizetes|torleszto|reszlet)\w*(?: (?:a|az) kerdes)?:)"
)
#: A figure to blank before :data:`_BESIDE_THE_POINT_HU`, its decimals and its word of
#: thousands or millions with it ("1,2 millióért").
_A_FIGURE_WITH_ITS_WORD_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?:[ .][0-9]{3})*(?:,[0-9]+)?(?: ?(?:ezer|millio)\w*)?(?![0-9])"
)
#: A year's or a lump's figure spread over the months, the month's said after: "az idei 3,6
#: milliót elosztottam 12 felé: 300 havonta", "a 2,4 milliót 12 részre osztva 200" (the lump and
#: the count of months are no answer).
_SPREAD_OVER_MONTHS_HU = re.compile(
    r"\b(?:el|szet|le)?oszt(?:ottam|om|va|juk|ottuk)\b,? (?:[0-9]{1,2}|tizenketto) "
    r"(?:fele|reszre|honapra)\b|"
    r"(?<![0-9.,])(?:[0-9]{1,2}|tizenketto) (?:fele|reszre|honapra) (?:el|szet|le)?oszt"
    r"(?:ottam|om|va|juk|ottuk)\b"
)
#: The gross first, then what goes out of it and the net said with "tisztán": "a taxióra havi
#: 900 ezret mutat, de abból benzin, díj, minden, tisztán 340", "ebből megy a rezsi, nekem
#: tisztán marad 210" (the figures before "abból" are no answer).
_NET_AFTER_WHAT_GOES_OUT_HU = re.compile(
    r"\b(?:de )?(?:abbol|ebbol)\b(?=[^.;!?0-9]{0,60}\btisztan(?: nekem)?(?: marad)?,? [0-9])"
)
#: The whole said last, with what another gives in it: "a bérlő 80-at ad, abból fizetem a
#: rezsit, de a teljes kiadásom a bérlő pénzével együtt 230" (the part before is no answer).
_THE_WHOLE_SAID_LAST_HU = re.compile(
    r"\bde (?:a |az )?(?:teljes|osszes|egesz) (?:havi )?(?:kiadas|koltes|bevetel|jovedelem)\w*"
    r"\b(?=[^.;!?0-9]{0,40}[0-9])"
)
#: Figures said to be another's, not one's own, the answer after: "grammja 38 ezer, de az a
#: műhelyé", "alapdíj 1100, de az az utasé", "ő fizet 80-at, de az bevétel ugye", "a menü 1890
#: Ft, de azt a cég fizeti" (the figures before are no answer).
_ANOTHERS_NOT_ONES_OWN_HU = re.compile(
    r"\bde (?:az|azt|ez|ezt) (?:az? )?(?:\w+ )?(?:muhelye|utase|megrendeloe|cege|ugyfele|vevoe|"
    r"vendege|fonoke|munkaltatoe)\b|\bde (?:az|ez) (?:mar )?bevetel\b|"
    r"\bde azt a (?:ceg|munkaltato|fonok|fonokom|onkormanyzat)\w* fizeti\b"
)
#: The question turned to after an aside: "3:1-re kikaptunk, de a kérdésre: 188", "egy szett 9
#: ezer, de a kiadásra válaszolva: 182".
_TO_THE_QUESTION_NOW_HU = re.compile(
    r"\bde a kerdesre\b|\b(?:de )?a (?:kiadas|bevetel|kerdes)\w* valaszolva\b"
)
#: The month's figure said after "de" and the word of the question, with no comma between:
#: "darabja 38 Ft, de a kiadás havonta fixen 192", "két hét szabadság, de a havi kiadás ugyanúgy
#: 190" (a figure further on, after a comma, is not taken for it).
_THE_MONTHS_SAID_AFTER_BUT_HU = re.compile(
    r"\bde (?:a |az )?(?:havi |en |sajat )?(?:kiadas|koltes|bevetel|jovedelem)\w*\b"
    r"(?=[^.;!?,0-9]{0,30}[0-9])"
)
#: The whole said last "with it", after a part said: "a közös költség 18 400 Ft/hó, ezzel együtt
#: a havi 176", "a lakbér 90, azzal együtt az egész 210" (the part before is no answer).
_THE_WHOLE_WITH_IT_SAID_LAST_HU = re.compile(
    r"\b(?:ezzel|azzal|evvel|avval|vele) (?:egyutt|osszesen)\b,? (?:a |az )?(?:havi |teljes |"
    r"osszes |egesz )?(?:kiadas\w* |koltes\w* |bevetel\w* |osszeg\w* |egesz )?(?:kb\.? |"
    r"osszesen |nagyjabol )?(?=[0-9])"
)
#: A figure typed with its digits apart, then typed again whole: "havi kiadás 1 9 8 (bocs a
#: szóközökért, 198)" (the digits apart are the same figure, not three more).
_DIGITS_APART_TYPED_AGAIN_HU = re.compile(
    r"(?<![0-9.,])([0-9]) ([0-9]) ([0-9])(?![0-9.,])(?=[^0-9]{1,60}(?<![0-9.,])\1\2\3(?![0-9]))"
)
#: The home's month named after the figures of one's trade: "a jegy 700 ft de az a tulajé.
#: nálam a kiadás havi 176", "6 boxos, 400 ft 4 perc ... itthon havi 205", "a komp egy kocsival
#: 2200 ... a mi havi kiadásunk kb 198", "a család havi kiadása 240" (the figures before are no
#: answer).
_THE_HOMES_MONTH_AFTER_THE_TRADES_HU = re.compile(
    r"\b(?:(?:nalam|nalunk|itthon|otthon)(?: a| az)? (?:(?:havi |ho )?(?:kiadas|koltes)\w*|havi|"
    r"ho)|(?:nekem|nekunk|(?:a |az egesz )?csalad\w*|a mi)(?: a| az)? (?:havi |ho )?"
    r"(?:kiadas|koltes)\w*):?(?=[^.;!?0-9]{0,25}[0-9])"
)
#: One's own spending said last, named as one's own beside the trade's figures: "a műhely
#: bérleti díja 60, a magánkiadásom 150", "egy pár csizma 40 ezer, de havi saját kiadásom 190",
#: "liszt 30 ezer egy héten, magamra 120 megy" (the figures before are the trade's, no answer;
#: only when the own figure ends the message, not "magamra 100, a gyerekekre 50").
_ONES_OWN_SPENDING_SAID_LAST_HU = re.compile(
    r"\b(?:(?:havi|havonta|a|az) )?(?:magan ?(?:kiadas|koltes)\w*|sajat (?:havi )?"
    r"(?:kiadas|koltes)\w*|magamra(?: (?:pedig|meg))?)(?: (?:havi|havonta|kb\.?|olyan))? "
    r"(?=[0-9]+(?: ?ezer\w*)?(?: (?:megy(?: el)?|koltok|jut))?\W*$)"
)
_ONES_OWN_WORDS_HU = ("magan", "sajat", "magamra")
#: A figure of the month before or of last year, in brackets after this month's: "Havi kiadás:
#: 180 000 Ft (előző hó: 195 000 Ft)", "a költés 150 (múlt hónap: 170)", "(tavaly: 160)" (the
#: bracketed one is only set beside it, no item to add).
_THE_PERIOD_BEFORE_IN_BRACKETS_HU = re.compile(
    r"\((?:(?:az? )?(?:elozo|mult|multkori) (?:ho|honap|ev|negyedev)\w*|tavaly\w*)"
    r"\W{0,3}[0-9][0-9 .,]*(?: ?(?:ezer|ft|forint|huf))?\W{0,2}\)"
)
_THE_PERIOD_BEFORE_WORDS_HU = ("elozo", "mult", "tavaly")
#: A payslip's net pay said last after the gross and what is taken off it: "Bruttó: 480 000 |
#: SZJA: 72 000 | járulék: 88 800 | Nettó kifizetés: 319 200" (the figures before are the
#: gross and the deductions, no answer: the net is the income).
_A_PAYSLIPS_NET_SAID_LAST_HU = re.compile(
    r"\bnetto(?: (?:kifizetes|ber|osszeg|jovedelem|fizetes|kifizetett))?\w*:? "
    r"(?=[0-9]+(?: [0-9]{3})*(?: ?(?:ft|forint|huf))?\W*$)"
)
#: A rounded figure, then the exact one "more exactly": "havi 0,4 millió körül, pontosabban
#: 412", "kb 300, helyesebben 296" (the rounded one is no answer, no item to add to it).
_A_ROUNDED_FIGURE_THEN_MORE_EXACTLY_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?:,[0-9]+)? ?(?:(?:ezer|millio)\w*)?(?: (?:korul|kb\.?))?\W{1,3}"
    r"(?:vagy |de )?(?:pontosabban|helyesebben)\W{0,2}(?=(?:kb\.? )?[0-9])"
)
#: A figure taken back with "illetve" or a "sorry" and a reason, the right one said after
#: "akkor": "230 ezer.. illetve a kaját anyám veszi, akkor 180", "bocs, a netet lemondtam, akkor
#: 196" (the first is no answer; not a case, "ha …, akkor", nor a figure said after the right one).
_A_FIGURE_TAKEN_BACK_THEN_SO_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?: ?ezer\w*)?\W{0,4}(?:illetve|bocs\w*|bocsanat|pardon)\b"
    r"(?:(?!\bha\b)[^0-9]){3,60}?\bakkor (?:(?:csak|kb\.?|mar) )?"
    r"(?=[0-9]+(?: ?ezer\w*)?[^0-9]*$)"
)
#: An aside, then the month's money: "150 amper, ezt úgyse érti senki 😄 a kiadás: albi 105",
#: "a napijegy 5900, de nekem ingyen van", "de az a családé", "de az az övé", "de az nem pénz
#: ugye", "de az le van zárva", "de normál hónapban 205", "a kiadás viszont egész évben
#: ugyanaz, havi 158", "de azt ne számolják", "de fixen kapok 290-et" (the figures before are no
#: answer, when a figure is said after).
_AN_ASIDE_THEN_THE_MONTHS_HU = re.compile(
    r"(?:[.!?]|[^\x00-\x7f]) ?(?:a |az )?(?:havi )?(?:kiadas|koltes|bevetel|jovedelem)\w*:|"
    r"\b(?:a |az )?(?:havi )?(?:kiadas|koltes|bevetel|jovedelem)\w* (?:viszont|azonban)\b|"
    r"\bde (?:egy )?(?:normal|atlagos|szokasos|rendes)\w* (?:honap\w*|havi)|"
    r"\bde (?:az|ez) (?:mar )?(?:le van zarva|lezarult|lezarva|ki van fizetve|letudva)\b|"
    r"\bde (?:az|ez) nem (?:penz|fizetes|bevetel|jovedelem)\b|"
    r"\bde (?:az|ez) (?:az? )?(?:\w+ )?(?:tulaje|csalade|ove|oveke|uzlet|vallalkozase)\b|"
    r"\bde nekem ingyen(?:es)?\b|\b(?:azt|ezt) ne szamol(?:jak|ja|jatok)\b|"
    r"\bde fix(?:en)? (?:kapok|jar|van)\b"
)
#: A debt said to be another's, one's own said after: "a lízing 95, az a cégé, nekem a
#: személyi hitelem 31" (the figures before are no answer).
_ANOTHERS_DEBT_BEFORE_ONES_OWN_HU = re.compile(
    r"\b(?:de )?(?:az|ez) (?:az? )?(?:cege|vallalkozase|ferjeme|felesegeme|parome|ove)\b"
)
#: A figure corrected right after it: "a lakbér 130, vagyis most már 142", "180, illetve most
#: már 195" (the first is no answer, nor its words of now; "illetve" alone may be "and", and
#: "vagyis" alone the whole of the items, "kaja 75, vagyis 250", so each needs "már").
_A_FIGURE_CORRECTED_RIGHT_AFTER_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?:,[0-9]+)?(?: ?ezer\w*)?,? (?:(?:helyesebben|pontosabban)"
    r"(?: most mar| mar| inkabb)?|(?:illetve|vagyis) (?:most mar|mar|inkabb))"
    r"(?= (?:kb\.? )?[0-9])"
)
#: A year's item, then its month's share said right after: "szemétdíj évi 36, az havi 3",
#: "biztosítás évente 60, ami havonta 5" (the year's figure and the words are no answer: the
#: month's figure is left as an item of the list).
_A_YEARS_ITEM_THEN_ITS_MONTHS_HU = re.compile(
    r"\b(?:evi|evente|egy evben) [0-9]+(?: ?(?:ezer\w*|ft|forint))?,? (?:az|ami|ez|azaz|vagyis) "
    r"(?:havi|havonta)(?= [0-9])"
)
#: An item said for another period, then its month's share said right after: "hetente 15 a
#: kaja, az havonta 60", "a szemét kéthavonta 8, az havi 4" (the other period's figure and the
#: words are no answer: the month's figure is left as an item of the list).
_ANOTHER_PERIODS_ITEM_THEN_ITS_MONTHS_HU = re.compile(
    r"\b(?:hetente|heti|kethetente|ketheti|kethavonta|negyedevente|felevente) (?:kb\.? )?"
    r"[0-9]+(?: ?(?:ezer\w*|ft|forint))?(?: (?:a|az) [a-z]+)?,? (?:az|ami|ez|azaz|vagyis) "
    r"(?:havi|havonta)(?= (?:kb\.? )?[0-9])"
)
#: A figure said last to be another's, right after it, one's own said before: "a fizetésem 300,
#: az exem küld 50-et, az a gyerekeké", "..., meg 20 jön anyámtól, de az az övé" (that figure
#: is no part of the answer).
_ANOTHERS_FIGURE_SAID_LAST_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?: ?ezer\w*)?(?:-?[aeo]?t)?(?=,? (?:de )?(?:az|ez) (?:az? )?"
    r"(?:gyerekeke|gyereke|ove|oveke|ferjeme|felesegeme|parome|anyame)\W*$)"
)
#: The months of a term said right before its month's payment: "a tévét 10 havi 15 ezerre
#: vettük", "24 havi 9 990" (the count of months is no money; the payment is read).
_A_TERMS_MONTHS_BEFORE_ITS_PAYMENT_HU = re.compile(
    r"(?<![0-9.,])[0-9]{1,2}(?= havi (?:kb\.? )?[0-9])"
)
#: A plan shown named by its ordinal: "a 4. opció 30 ezer volna, az sok, 20-at" (its number is
#: no money).
_A_PLAN_BY_ITS_ORDINAL_HU = re.compile(
    r"(?<![0-9.,])[0-9]{1,2}\. (?:opcio|lehetoseg|valtozat|csomag|terv)\w*"
)
#: Things bought on credit counted out of all one has: "a 20 gépből 8-at hitelre vettem, havi
#: 40", "a 6 traktorból 2-t részletre" (counts of things, no money; the payment said beside).
_THINGS_ON_CREDIT_COUNTED_HU = re.compile(
    r"\ba [0-9]{1,4} [a-z]+b[oe]l [0-9]{1,4}-?[aeo]?t (?:hitelre|reszletre|lizingre|reszletben)\b"
)
#: A count of weeks, months or years said as an ordinal: "most a 2. hónapja dolgozom", "a 3.
#: évem itt" (no money; the figure said beside it is the answer).
_AN_ORDINAL_OF_TIME_HU = re.compile(
    r"(?<![0-9.,])[0-9]{1,2}\. (?:honap|het|ev|nap)(?:ja|e|jat|et|ben|ban|em|om)\b"
)
#: A figure said to be the trade's or the shop's, not the home's, the home's figures after: "a
#: kiszállás 15 ezer + anyag, az a munka. az otthoni kiadás 222", "egy torta 24 ezer, de az a
#: bolté. otthon albi 115" (the figures before are no answer).
_THE_TRADES_FIGURE_SET_ASIDE_HU = re.compile(
    r"\b(?:de )?(?:az|ez) (?:az? )?(?:munka|munkae|bolte|uzlete|mutrue|boltra|munkara)(?=[.;!])"
)
#: The home's month said alone in the last sentence, the trade's figures in those before: "napi 40
#: hektár, 12 tonna búza egy fordulóban. havi kiadás ~176", "egy arckezelés 12 ezer nálam. a
#: kiadásaim 174 ezer/hó", "300 tehén, 28 litert ad naponta. nekünk 147 ezer megy el havonta"
#: (the figures before are no answer; not a sentence of an item, "kaja havonta 60 megy el", nor
#: one said to add, "plusz havonta 30 megy el").
_THE_MONTHS_ALONE_IN_THE_LAST_SENTENCE_HU = re.compile(
    r"(?:[.!?]+|[^\x00-\x7f]) (?!(?:plusz|meg|es|de|mellette|ehhez|ezen felul|tovabba|ebbol|"
    r"abbol)\b)"
    r"(?=[^.!?]*\b(?:kiadas\w*|koltes\w*|koltunk|koltok|megy el|megel\w*|elmegy|elunk)\b)"
    # the month named, or no other period said in it: "... 212 üveg volt. a kiadás nálunk 171"
    r"(?=[^.!?]*(?:\bhavi\b|\bhavonta\b|\begy honapban\b|/ho\b)|"
    r"(?![^.!?]*\b(?:heti|hetente|napi|naponta|evi|evente|egy evben|egy heten|egy nap)\b))"
    r"(?=(?:(?:a|az|havi|havonta|egy|honapban|kiadas\w*|koltes\w*|nekunk|nekem|mi|megy|el|"
    r"olyan|kb\.?|mint|mindig|osszesen|megel\w*|elunk|na|mindegy|nalunk|itthon|otthon|korul|"
    r"elmegy|sajat|en|most|teljes|pontosan)"
    r"[ ,:]+)+~?[0-9]+(?: [0-9]{3})?[^.!?0-9]*[.!?]*\s*$)"
)
#: The home's items listed in the last sentence, the trade's figures in those before: "600
#: tojás egy nap, 40 ezer egy mázsa táp. a háztartás: rezsi 40, kaja 100", "16-os csövet
#: rakok le. havonta albi 120, rezsi 28" (the figures before are no answer; a list, at least two
#: items, each its name and its figure).
_THE_HOMES_LIST_IN_THE_LAST_SENTENCE_HU = re.compile(
    r"(?:[.!?]+|[^\x00-\x7f]) (?:(?:a |az )?(?:sajat |en |havi |otthoni )?(?:haztartas|kiadas|"
    r"koltes)\w*"
    r"(?: (?:nalunk|nalam|havonta|havi))?|havonta|havi)\W{0,2} ?"
    r"(?=[a-z]+ (?:kb\.? )?[0-9]+[^.!?]*,[^.!?]*$)"
)
#: The home's list said last after a short label and a colon, the trade's figures before it:
#: "napi 60 raklap, 2 tonnás targonca. most tél van, itthon: albi 90, kaja 55", "300 birkát
#: nyírunk egy nap, de a saját költésem: rezsi 30 kaja 50" (the figures before are no answer;
#: the list has at least two items, each its name and its figure, and no sentence after it; not
#: a list said to add to the one before: "albi 100, kaja 60. plusz: rezsi 20, net 5").
_THE_HOMES_LIST_AFTER_A_LABEL_HU = re.compile(
    r"(?:[.!?]+|, de) (?!(?:plusz|meg|es|mellette|ehhez|ezen felul|tovabba|ezen kivul)\b)"
    r"[a-z][a-z ,]{0,40}: "
    r"(?=[a-z]+ (?:kb\.? )?[0-9][^.!?:]*?\b[a-z]+ (?:kb\.? )?[0-9][^.!?:]*$)"
)
#: What is left of a figure said with "-ból ... marad", and the month's average or the figure
#: settled on said last: "a számlázott 800-ból nekem marad kb 330", "nyáron 400, télen 120, de
#: havi átlagban 260", "... nyáron semmi. átlagban havi 90", "egész évre elosztva havi 450-nel
#: számolok", "maradjunk a 300-nál" (the figures before are no answer).
_WHAT_IS_LEFT_OR_THE_AVERAGE_SAID_LAST_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?: ?ezer\w*)?-?b[oe]l (?:nekem |nekunk )?(?:meg)?(?:marad|jut) "
    r"(?:kb\.? |nagyjabol |tisztan |olyan )?(?=[0-9])|"
    r"\bde (?:havi )?atlag(?:ban|osan)\b(?=[^.;!?0-9]{0,20}[0-9])|"
    # the average opening the last sentence: "... a többi hónapban semmi. átlagban én 90-et"
    r"[.!?] (?:havi )?atlag(?:ban|osan)\b(?=[^.;!?0-9]{0,20}[0-9][^.;!?]*$)|"
    r"\begesz evre (?:elosztva|vetitve|szamolva)\b(?=[^.;!?0-9]{0,20}[0-9])|"
    r"\bmaradjunk (?:a |az |annyiban, hogy )?(?=[0-9])"
)
_LEFT_OR_AVERAGE_WORDS_HU = ("bol ", "bel ", "atlag", "elosztva", "vetitve", "maradjunk")
#: A figure taken back after dots with "nem" or a "sorry", the right one after: "18... nem, 16
#: ezret inkább", "210 ... bocs 201, elnéztem", "150 000.. nem, 155 000" (the first is no answer;
#: not "200... nem, 100... nem tudom", both taken back).
_A_FIGURE_TAKEN_BACK_AFTER_DOTS_HU = re.compile(
    r"(?<![0-9.,])[0-9]+(?: [0-9]{3})*(?: ?ezer\w*)? ?(?:\.{2,}|…) ?"
    r"(?:nem|bocs\w*|bocsanat|javitom),? (?:nem,? )?"
    r"(?=(?:inkabb |hanem )?[0-9]+(?: [0-9]{3})?[^.…0-9]*$)"
)
#: The month's figure said last by the one who keeps the money, the take-home pay said last, or
#: the whole with the extras said last: "40 tonnás kamion. az asszony intézi a pénzt, azt mondja
#: havi 264", "a cég levonja a szállást 65 ezer, kezembe kapok 298", "289 az alap nettó, a
#: pótlékokkal együtt 327" (the figures before are no answer).
_THE_MONTHS_SAID_LAST_BY_ANOTHER_OR_IN_HAND_HU = re.compile(
    r"\b(?:azt mondja|o azt mondja|szerinte)(?: (?:kb\.?|olyan|nagyjabol))? (?:havi|havonta) "
    r"(?=[0-9]+(?: ?ezer\w*)?\W*$)|"
    r"\b(?:a )?(?:kezembe|kezhez) (?:kapok|jon|kapom|marad) (?:kb\.? |tisztan )?(?=[0-9])|"
    r"\ba (?:potlek|borravalo|bonusz|premium|tulora|juttatas|extra)\w*(?:kal|kel|val|vel) "
    r"(?:egyutt|osszesen) (?=(?:kb\.? |olyan )?[0-9])"
)
_SAID_LAST_BY_ANOTHER_OR_IN_HAND_WORDS_HU = ("mondja", "szerinte", "kez", "egyutt", "osszesen")
#: The whole list said after a colon, a share said before it: "2 gyerek ovi 9 ezer/fő, a teljes:
#: albi 140 rezsi 38", "összesen: ..." (the figures before are no answer).
_THE_WHOLE_LISTED_AFTER_A_COLON_HU = re.compile(
    r"\b(?:a |az )?(?:teljes|osszes|egesz|osszesen)(?: lista| kiadas\w*| havi)?:"
)
#: An offer, then the whole it pays off over some months as its reason: "20-at, mert 24 hónap
#: alatt akarom lezárni a 480-at" (the whole, the offer times the months, is no second offer).
_AN_OFFER_THEN_THE_WHOLE_IT_CLEARS_HU = re.compile(
    r"^\W*(?:kb\.? )?([0-9]+)(?: ?ez(?:er|r)\w*|-?[aeo]?t)?\b[^0-9]{0,20}\b([0-9]{1,2}) "
    r"(?:honap|het|reszlet)\w* alatt\b[^0-9]{0,40}(?<![0-9.,])([0-9]+)(?: ?ez(?:er|r)\w*|"
    r"-?[aeo]?t)?\W*$"
)
#: What is left after costs said with "után": "a bevétel 1,2 millió, víz, áram után nekem kb
#: 350 marad" (the takings before are no answer).
_WHAT_IS_LEFT_AFTER_COSTS_HU = re.compile(
    r"\butan (?:nekem |nekunk )?(?:kb\.? |nagyjabol |tisztan )?(?=[0-9]+(?:,[0-9]+)?"
    r"(?: ?ezer\w*)? (?:marad|megmarad)\b)"
)
#: What is left to oneself said last, after the pay and what goes from it: "havi 600 jön, abból
#: a járulékot fizetem, ami marad az 480", "..., a cég visz 30%-ot, nekem marad 210" (the
#: figures before are no answer).
_WHAT_IS_LEFT_SAID_LAST_HU = re.compile(
    r"\b(?:ami (?:nekem )?(?:marad|megmarad),? (?:az )?|nekem (?:meg )?(?:marad|megmarad) )"
    r"(?=(?:kb\.? )?[0-9]+(?: ?ezer\w*)?(?:-?[aeo]?t)?\W*$)"
)
#: A month named by its ordinal and "hó", as a bank's statement prints it: "BÉR 11.HÓ 303.215,00"
#: (the month's number is no money).
_A_MONTH_BY_ITS_ORDINAL_HU = re.compile(r"(?<![0-9.,])(?:1[0-2]|0?[1-9])\. ?ho\b")
#: An item of a list said to be cancelled in brackets right after it: "netflix 4 (lemondtam, nem
#: kell)", "tesi 8 (már megszűnt)" (its figure is no part of the month's).
_AN_ITEM_CANCELLED_IN_BRACKETS_HU = re.compile(
    r"\b[a-z]+ [0-9]+(?: ?ezer\w*)? \((?:mar |azt |ezt )?(?:lemondtam|lemondtuk|felmondtam|"
    r"megszunt|megszuntettem|nincs mar|mar nincs)\b[^)]*\)"
)
#: An item of a list said right after to be cancelled or given up, up to the next item: "hbo 3990
#: - ezt lemondtam tavaly, szóval az nem, kaja 60", "sör 15 de azt már abbahagytam, rezsi 30"
#: (its figure is no part of the month's; the items after it are), or ending the message.
_AN_ITEM_GIVEN_UP_HU = re.compile(
    r"\b[a-z]+ [0-9]+(?: ?ezer\w*)?[^0-9a-z]{1,4}(?:de )?(?:ezt|azt) (?:most |mar |is |meg )?"
    r"(?:lemondtam|lemondtuk|felmondtam|megszuntettem|abbahagytam|letettem|tettem le)\b"
    r"(?! volna)[^0-9]*?(?=, ?[a-z]+ [0-9]|\W*$)"  # (not "lemondtam volna", would have)
)
#: An item of a list named again at the end, said to be cancelled or given up: "albi 100, hbo 4,
#: kaja 60, de az hbo-t múlt héten lemondtam" (the name said with its "-t", whose stem names the
#: item in the list; see :func:`_without_an_item_named_as_given_up_hu`).
_AN_ITEM_NAMED_AS_GIVEN_UP_HU = re.compile(
    r"\bde (?:a |az )?([a-z]{3,}?)-?(?:et|at|ot|ott|t) (?:[a-z]+ ){0,2}(?:mar |most )?"
    r"(?:lemondtam|lemondtuk|felmondtam|megszuntettem|abbahagytam)\b(?! volna)[^0-9]*$"
)
#: An offer said for another time, then what can be given now: "a szezonban 40-et tudnék, most
#: viszont csak 10-et" (the other time's figure is no offer).
_NOW_ONLY_AFTER_ANOTHER_TIMES_OFFER_HU = re.compile(
    r"\bmost (?:viszont|azonban|pedig|meg) (?:csak |max |maximum )?(?=[0-9])"
)
#: A year's sum said, then "but" and the figure taken or counted each month: "a támogatás
#: évente egyszer jön, 2,8 millió, de havonta 250-et veszek ki", "évi 5 millió a bevétel, de
#: havi 210-zel számolok" (the month's is the answer, the year's sum none).
_A_YEARS_SUM_BUT_THE_MONTHS_HU = re.compile(
    r"\b(?:evi|evente|egesz evre|egy evben|millio)\b[^.;!?]{0,80}? de\b"
    r"(?=[^.;!?0-9]{0,60}\b(?:havi|havonta)\b[^.;!?0-9]{0,30}[0-9])"
)
#: Another season's figure, then "most" and the figure of now: "a szezonban havi 400 volt, most
#: télen a boltban vagyok 250-ért", "nyáron napi 20 ezer, most a boltban vagyok havi 210-ért"
#: (the other season's figure is no answer, the one said after "most" is).
_ANOTHER_SEASONS_THEN_NOW_HU = re.compile(
    r"\b(?:nyaron|telen|tavasszal|osszel|szezonban|foszezonban)\b[^.;!?]{0,60}?[0-9]"
    r"[^.;!?0-9]{0,40}?\bmost\b(?=[^.;!?0-9]{0,60}[0-9])"
    # not with yet another season's said after: "nyáron 200, most 150, de télen több lesz"
    r"(?![^.;!?]*[0-9][^.;!?]*\b(?:de|viszont|pedig) (?:telen|nyaron|tavasszal|osszel)\b)"
)
#: A debt let off by the one it was owed to: "a bátyámnak tartoztam 100 ezerrel, de elengedte".
#: A sum borrowed from someone, said in its own clause with the lending word and a verb of
#: getting or giving ("a bátyámtól kértem 80-at kölcsön", "a főnök adott 100 ezer előleget"): what
#: is owed each month is what goes back, said after it ("havi 15-öt adok vissza"), or nothing
#: when no paying back is asked; see :func:`_without_a_sum_borrowed_hu`.
_A_SUM_BORROWED_HU = re.compile(
    r"[^,.;!?]*\b(?:kertem|kertunk|adott|adtak|kaptam|kolcsonzott|vettem fel)\b[^,.;!?]*"
)
_LENDING_WORD_HU = re.compile(r"\bkolcson\b|eloleg|[a-z]tol (?:kert|kap)")
_A_PAYMENTS_OWN_WORD_HU = re.compile(r"\bhavi\b|\bhavonta\b|reszlet|torleszt")
_PAID_BACK_AFTER_HU = re.compile(
    r"\b(?:havi|havonta) [0-9]|\bnem kell (?:meg )?(?:visszaadni|visszafizetni|megadni)\b"
)
#: The offer settled on, said last after "legyen": "a párom 10-et mondana, én 20-at, legyen 15",
#: "az sok, legyen 12", "ő 30-at mondott, én 35-öt, legyen a 35" (the figures before it are
#: what was weighed; one figure only after it; not "hogy ne legyen 10 000", what it is not).
_SETTLED_ON_LAST_HU = re.compile(
    r"(?<!\bne )\blegyen (?:akkor |inkabb |hat |mondjuk )?"
    r"(?=(?:a |az )?[0-9]+(?:[ .,][0-9]+)*[^0-9]*$)"
)
#: Where a figure said last follows as the result of the ones before: after a comma, "az" or
#: "=" ("…, vegyünk le 15-öt, 35", "a 200-nak a 10%-a, az 20 000"); see
#: :func:`_without_what_the_offer_is_worked_from_hu`.
_A_RESULT_SAID_HU = re.compile(r"(?:,|\baz|=) ?$")
#: A figure of a term, not of money: "12 hónapra", "24 részlet", "3x" (its product with the
#: payment is the whole, not the month's).
_A_TERMS_FIGURE_AFTER_HU = re.compile(r"\W{0,2}(?:x\b|ho|reszlet|het|ev\b|evre|nap)")
#: Words of taking one figure off another ("vegyünk le", "levonva", "mínusz") and of one figure
#: for each of a count ("mindegyikből", "alkalmanként", "fejenként"): the worked out is said.
_TAKEN_OFF_HU = re.compile(
    r"\b(?:le)?(?:veszunk|vegyunk|veszek|vonva|vonom|vonunk|vonjunk)(?: le)?\b|\bkivon|minusz"
)
_FOR_EACH_HU = re.compile(r"\bmindegyik|[eo]nkent\b")
#: The forints a sum in another currency came to, said after it: "a bank 180 ezerként írta
#: jóvá", "forintban kb 300 ezer" (what the account sees; the foreign figure before it is no
#: second amount; see :func:`_without_the_foreign_sum_before_its_forints_hu`).
_THE_FORINTS_IT_CAME_TO_HU = re.compile(
    r"(?<![0-9.,])(?=[0-9]+(?:[ .][0-9]{3})*(?: ?ezer)?-?kent (?:\w+ )?(?:ir|jovair|utal|kap|jon))|"
    r"\b(?:forintban|ft-ban|huf-ban) (?:(?:kb\.?|korulbelul|nagyjabol|az|ez) )?(?=[0-9])"
)
#: A whole shared with a partner, one figure, and the own part said only as more or less than
#: theirs: "a férjemmel együtt 300, de én kevesebbet adok bele", "a párommal ketten 250, én
#: fizetem a nagyobb részét" (the own part is no figure said; asked again).
_A_SHARED_WHOLE_WITH_AN_UNSAID_SHARE_HU = re.compile(
    r"\b(?:parommal|ferjemmel|felesegemmel|elettarsammal|baratommal|baratnommel)\b[^0-9]*"
    r"[0-9]+(?: ?ezer\w*)?[^0-9]*\b(?:kevesebbet|tobbet|(?:a )?(?:nagyobb|kisebb|nagyobbik|"
    r"kisebbik) (?:reszet|felet))\b[^0-9]*$"
)
#: Two figures each said of a case, none said to be the month's: "ha dolgozom 200, ha nem 150",
#: "egyszer 150 egyszer 220", "hol 100 hol 180" (which one holds is no figure said; asked
#: again).
_FIGURES_OF_CASES_HU = re.compile(
    r"\b(?P<case>ha|egyszer|hol)\b[^0-9.!?]{0,40}?[0-9]+(?: ?ezer\w*)?[^0-9.!?]{0,6}"
    r"\b(?P=case)\b[^0-9.!?]{0,40}?[0-9]"
)
_LET_OFF_HU = re.compile(r"\b(?:elengedte|elengedtek|elengedtek|leirtak|leirta)\b[^0-9]*$")


def _without_what_is_no_answer_hu(folded: str, asked: str, owed: bool, offer: bool) -> str:
    """``folded``, a Hungarian answer, with the figures blanked that are no answer: a figure not
    preferred ("inkább 170 mint 180"), a lump sum lived on, the payments left of a term, a
    refused offer said again, a nothing that would be, a year's
    figure worked into the month's, the "Plusz" of a loan's name, a postcode, a measure, a
    rounded figure beside the exact one, and what a debt's part or an offer is said out of
    ("abból")."""

    def blank(m: re.Match[str]) -> str:
        return " " * len(m[0])

    if "inkabb" in folded:  # "inkább 170 mint 180"
        folded = _RATHER_THIS_THAN_THAT_HU.sub(lambda m: f"inkabb {m[1]}".ljust(len(m[0])), folded)
    if "bol " in folded:  # "2 millió volt, abból élek, havonta 170 megy el"
        folded = _A_LUMP_SUM_LIVED_ON_HU.sub(blank, folded)
        if asked == "expenses":  # "160 nyugdíjból élünk, gyógyszer 24, kaja 60"
            folded = _AN_INCOME_LIVED_ON_HU.sub(blank, folded)
    if owed and ("hatra" in folded or "maradt" in folded):  # "24 x 12 490, ebből 7 van hátra"
        folded = _PAYMENTS_LEFT_HU.sub(blank, folded)
        folded = _PAYMENTS_LEFT_OF_A_TERM_HU.sub(
            lambda m: m[0][: m.start(1) - m.start()] + " " * len(m[1]), folded
        )  # "12x 15 990, 5 van még hátra"
    if offer and ("sok" in folded or "nagy" in folded):  # "12, a 15 túl sok"
        folded = _A_FIGURE_TOO_MUCH_HU.sub(blank, folded)
        folded = _A_PLANS_FIGURE_TOO_MUCH_HU.sub(blank, folded)  # "a 24 részletes 28? az sok"
        folded = _AN_OPTIONS_FIGURE_TOO_MUCH_HU.sub(blank, folded)  # "a 3-as opció 24 ezre sok"
    if asked in ("expenses", "other_debts") and (
        "nekem" in folded or "ram " in folded or "en reszem" in folded or "enyem" in folded
    ):
        folded = _without_the_whole_before_the_own_part_hu(folded)  # "96, …, így nekem 48"
    if "semmi" in folded:  # "egy nagy családnak ez semmi lenne, de nekem 150"
        folded = _NOTHING_IT_WOULD_BE_HU.sub(blank, folded)
    if "ev" in folded:  # "évente 2 millió 400 ezer, azaz 200 egy hónapra"
        folded = _A_YEAR_WORKED_INTO_A_MONTH_HU.sub(blank, folded)
    if owed and "diakhitel plusz" in folded:  # "Diákhitel Plusz 8 600": the loan's name
        folded = folded.replace("diakhitel plusz", "diakhitel      ")
    folded = _A_POSTCODE_HU.sub(blank, folded)  # "6720 Szeged"
    if "cim" in folded or "ott " in folded or "itt " in folded:  # "a 2021 Tahitótfalu a címem"
        folded = _A_POSTCODE_OF_AN_ADDRESS_HU.sub(blank, folded)
    if "m" in folded:  # "16 mm2-es kábel"
        folded = _A_MEASURE_HU.sub(blank, folded)
    folded = _ROUNDED_AFTER_THE_EXACT_HU.sub(blank, folded)  # "187 450 Ft, majdnem 190"
    if "pontos" in folded:  # "kb 280, a pontos szám 279 640"
        folded = _ROUNDED_BEFORE_THE_EXACT_HU.sub(blank, folded)
    if "papir" in folded or "kivonat" in folded:  # "kereken 300, a bérpapíron 299 870"
        folded = _ROUNDED_BEFORE_THE_SLIPS_HU.sub(blank, folded)
    if owed and "bol " in folded and (part := _A_DEBTS_PART_OF_A_BILL_HU.search(folded)):
        folded = " " * part.start() + folded[part.start() :]  # "a havidíj 12 990, abból 5 000 …"
    if offer and "bol " in folded and (part := _AN_OFFER_OUT_OF_WHAT_IS_LEFT_HU.search(folded)):
        folded = " " * part.start() + folded[part.start() :]  # "40 marad, ebből 25-öt adok"
    if asked in ("expenses", "income") and ("egy " in folded or "kiloja" in folded):
        folded = _without_one_things_price_hu(folded)  # "egy bögre 3500, … a háztartás havi 176"
    if asked in ("expenses", "income") and "ar" in folded:
        folded = _without_ones_prices_named_hu(folded)  # "vágás 4000, … ezek az áraim. havi 197"
    if asked in ("expenses", "income") and ("azt " in folded or "ezt " in folded):
        folded = _without_what_is_not_counted_hu(folded)  # "10 ezer, azt nem számolnám, …178"
    if asked in ("expenses", "income") and (
        "kerdes" in folded or "tartozik" in folded or ":" in folded or "mellekes" in folded
    ):
        folded = _without_what_is_beside_the_point_hu(folded)  # "1,2 millió, az a másik kérdés"
    if asked in ("expenses", "income") and "oszt" in folded:
        folded = _without_what_is_before_hu(folded, _SPREAD_OVER_MONTHS_HU)  # "3,6 m… 12 felé: 300"
    if asked == "income" and "tisztan" in folded and "bol" in folded:
        folded = _without_what_is_before_hu(folded, _NET_AFTER_WHAT_GOES_OUT_HU)  # "…, tisztán 340"
    if asked in ("expenses", "income") and "de " in folded:
        folded = _without_what_is_before_hu(folded, _THE_WHOLE_SAID_LAST_HU)  # "de a teljes …"
    if asked in ("expenses", "income") and "de " in folded:
        folded = _without_what_is_before_hu(folded, _ANOTHERS_NOT_ONES_OWN_HU)  # "de az az utasé"
        folded = _without_what_is_before_hu(folded, _TO_THE_QUESTION_NOW_HU)  # "de a kérdésre:"
        folded = _without_what_is_before_hu(folded, _THE_MONTHS_SAID_AFTER_BUT_HU)  # "de a kiadás"
    if asked in ("expenses", "income") and ("egyutt" in folded or "osszesen" in folded):
        folded = _without_what_is_before_hu(folded, _THE_WHOLE_WITH_IT_SAID_LAST_HU)  # "ezzel e…"
    if " " in folded:  # "1 9 8 (bocs a szóközökért, 198)"
        folded = _DIGITS_APART_TYPED_AGAIN_HU.sub(lambda m: " " * len(m[0]), folded)
    if asked == "expenses":
        folded = _without_all_before(folded, _THE_HOMES_MONTH_AFTER_THE_TRADES_HU)  # "nálam"
    if asked == "expenses" and any(w in folded for w in _ONES_OWN_WORDS_HU):
        folded = _without_all_before(folded, _ONES_OWN_SPENDING_SAID_LAST_HU)  # "magamra 134"
    if "(" in folded and any(w in folded for w in _THE_PERIOD_BEFORE_WORDS_HU):
        folded = _THE_PERIOD_BEFORE_IN_BRACKETS_HU.sub(blank, folded)  # "(előző hó: 229 100 Ft)"
    if asked == "income" and "netto" in folded and ("brutto" in folded or "jarulek" in folded):
        folded = _without_all_before(folded, _A_PAYSLIPS_NET_SAID_LAST_HU)  # "Nettó kifizetés: …"
    if "pontosabban" in folded or "helyesebben" in folded:  # "0,5 millió körül, pontosabban 498"
        folded = _A_ROUNDED_FIGURE_THEN_MORE_EXACTLY_HU.sub(blank, folded)
    if "akkor" in folded and ("illetve" in folded or "bocs" in folded or "pardon" in folded):
        folded = _A_FIGURE_TAKEN_BACK_THEN_SO_HU.sub(blank, folded)  # "245.. illetve …, akkor 205"
    if asked in ("expenses", "income"):
        folded = _without_all_before(folded, _AN_ASIDE_THEN_THE_MONTHS_HU)  # "de az az övé"
    if asked in ("expenses", "income") and "z a" in folded:  # "…, az a munka. az otthoni …"
        folded = _without_all_before(folded, _THE_TRADES_FIGURE_SET_ASIDE_HU)
    if ".." in folded or "…" in folded:  # "18... nem, 16 ezret inkább" (its dots end no sentence)
        folded = _A_FIGURE_TAKEN_BACK_AFTER_DOTS_HU.sub(blank, folded)
    if asked == "expenses" and (". " in folded or not folded.isascii()):
        folded = _without_all_before(folded, _THE_MONTHS_ALONE_IN_THE_LAST_SENTENCE_HU)  # "~176"
        folded = _without_all_before(folded, _THE_HOMES_LIST_IN_THE_LAST_SENTENCE_HU)  # "albi 120,"
    if asked == "expenses" and ": " in folded:  # "… 2 tonnás targonca. itthon: albi 90, kaja 55"
        folded = _without_all_before(folded, _THE_HOMES_LIST_AFTER_A_LABEL_HU)
    if asked in ("expenses", "income") and any(w in folded for w in _LEFT_OR_AVERAGE_WORDS_HU):
        folded = _without_all_before(folded, _WHAT_IS_LEFT_OR_THE_AVERAGE_SAID_LAST_HU)
    if asked in ("expenses", "income") and any(
        w in folded for w in _SAID_LAST_BY_ANOTHER_OR_IN_HAND_WORDS_HU
    ):  # "az asszony intézi a pénzt, azt mondja havi 264", "kezembe kapok 298"
        folded = _without_all_before(folded, _THE_MONTHS_SAID_LAST_BY_ANOTHER_OR_IN_HAND_HU)
    if asked in ("expenses", "income") and ":" in folded:  # "9 ezer/fő, a teljes: albi 140 …"
        folded = _without_all_before(folded, _THE_WHOLE_LISTED_AFTER_A_COLON_HU)
    if asked == "other_debts" and "az " in folded:  # "a lízing 95, az a cégé, nekem … 31"
        folded = _without_all_before(folded, _ANOTHERS_DEBT_BEFORE_ONES_OWN_HU)
    if "vagyis" in folded or "illetve" in folded or "bben" in folded:  # "130, vagyis most már 142"
        folded = _A_FIGURE_CORRECTED_RIGHT_AFTER_HU.sub(blank, folded)
    if "ev" in folded:  # "szemétdíj évi 36, az havi 3, plusz albi 100"
        folded = _A_YEARS_ITEM_THEN_ITS_MONTHS_HU.sub(blank, folded)
    if "het" in folded or "kethavonta" in folded or "evente" in folded:  # "hetente 15 …, az havi"
        folded = _ANOTHER_PERIODS_ITEM_THEN_ITS_MONTHS_HU.sub(blank, folded)
    if asked in ("expenses", "income") and ("z a" in folded or " ove" in folded):  # "az a …-é"
        folded = _ANOTHERS_FIGURE_SAID_LAST_HU.sub(blank, folded)
    if ". " in folded and ("opcio" in folded or "lehetoseg" in folded):  # "a 4. opció 30 ezer"
        folded = _A_PLAN_BY_ITS_ORDINAL_HU.sub(blank, folded)
    if owed and not offer and " havi " in folded:  # "10 havi 15 ezer": the term's months
        folded = _A_TERMS_MONTHS_BEFORE_ITS_PAYMENT_HU.sub(blank, folded)
    if asked == "other_debts" and ("kolcson" in folded or "eloleg" in folded or "tol " in folded):
        folded = _without_a_sum_borrowed_hu(folded)  # "kértem 80-at kölcsön, havi 15-öt vissza"
    if owed and "bol " in folded and "re" in folded:  # "a 20 gépből 8-at hitelre vettem"
        folded = _THINGS_ON_CREDIT_COUNTED_HU.sub(blank, folded)
    if ". " in folded and ("honap" in folded or "het" in folded or "ev" in folded):
        folded = _AN_ORDINAL_OF_TIME_HU.sub(blank, folded)  # "most a 2. hónapja, 248 volt"
    whole = _AN_OFFER_THEN_THE_WHOLE_IT_CLEARS_HU.search(folded) if "alatt" in folded else None
    if whole and offer and int(whole[1]) * int(whole[2]) == int(whole[3]):  # "20-at, … 480-at"
        folded = folded[: whole.start(3)] + " " * len(whole[3]) + folded[whole.end(3) :]
    if asked in ("expenses", "income") and ("kent " in folded or "forintban" in folded):
        folded = _without_the_foreign_sum_before_its_forints_hu(folded)  # "500 euró, … 195-ként"
    if asked == "income" and "utan" in folded:  # "… után nekem kb 350 marad"
        folded = _without_all_before(folded, _WHAT_IS_LEFT_AFTER_COSTS_HU)
    if asked == "income" and " de " in folded and "hav" in folded:  # "évi 5 millió, de havi 210"
        folded = _without_all_before(folded, _A_YEARS_SUM_BUT_THE_MONTHS_HU)
    if (
        asked in ("income", "expenses")
        and "most " in folded
        and ("en " in folded or "ban " in folded)
    ):
        folded = _without_all_before(folded, _ANOTHER_SEASONS_THEN_NOW_HU)  # "nyáron 300, most 200"
    if asked == "income" and "marad" in folded:  # "…, ami marad az 480"
        folded = _without_all_before(folded, _WHAT_IS_LEFT_SAID_LAST_HU)
    if ".ho" in folded or ". ho" in folded:  # "BÉR 11.HÓ 303.215,00 HUF"
        folded = _A_MONTH_BY_ITS_ORDINAL_HU.sub(blank, folded)
    if "(" in folded and ("lemond" in folded or "megszun" in folded or "nincs" in folded):
        folded = _AN_ITEM_CANCELLED_IN_BRACKETS_HU.sub(blank, folded)  # "netflix 4 (lemondtam)"
    if asked == "expenses" and (
        "lemond" in folded or "tettem le" in folded or "abbahagy" in folded
    ):
        folded = _AN_ITEM_GIVEN_UP_HU.sub(blank, folded)  # "hbo 4 - ezt lemondtam, kaja 60"
        folded = _without_an_item_named_as_given_up_hu(folded)  # "…, de a hbo-t lemondtam"
    if offer and "legyen" in folded:  # "a párom 10-et mondana, én 20-at, legyen 15"
        folded = _without_all_before(folded, _SETTLED_ON_LAST_HU)
    if offer and ", " in folded:  # "a részlet 50 volt, vegyünk le 15-öt, 35"
        folded = _without_what_the_offer_is_worked_from_hu(folded)
    if offer and "most " in folded:  # "a szezonban 40-et tudnék, most viszont csak 10-et"
        folded = _without_all_before(folded, _NOW_ONLY_AFTER_ANOTHER_TIMES_OFFER_HU)
    return folded


def _without_all_before(folded: str, pattern: re.Pattern[str]) -> str:
    """``folded`` with all said before ``pattern``'s match (and in it) blanked, when a figure is
    said after it: the trade's figures and their words of a period too ("napi 40 forduló, a jegy
    700 de az a tulajé, nekem nettó 268": no "napi" left to make the month's a day's)."""
    return _all_before_blanked(folded, pattern.search(folded))


#: In English, an item's figure in euros or dollars, then the same worked out in pounds: "rent
#: 900 euros which is about 780 quid", "the loan is 1,000 dollars so like 790 pounds", "600 euro
#: (510 quid)". The item counts once, in pounds: the foreign figure is set aside.
_A_FOREIGN_FIGURE_WORKED_OUT_EN = regex(
    r"\b[0-9][0-9,.]*k? ?(?:euros?|eur|dollars?|usd)\b(?=\W{0,3}(?:(?:which|that) (?:is|i call|"
    r"comes to|makes|works out (?:at|as))|that'?s|thats|so|or|call it|=)?"
    r"(?: about| around| roughly| like| nearly)?\W{0,3}"
    r"(?:£ ?[0-9]|[0-9][0-9,.]*k? ?(?:in )?(?:quid|pounds?|gbp|sterling)\b))"
)
#: In English, a debt said to be another's ("not mine", "is my husbands", "is the firms"), then
#: the own ones led by "personally", "mine is" or "for me", with "just" or "only": "the car loan
#: 200 is my husbands, mine is just the overdraft at 25", "the van loan is the shops not mine,
#: personally only the card 40". The figures before are no own debts.
_THE_OWN_DEBTS_AFTER_OTHERS_EN = regex(
    r"\b(?:not mine|isn'?t mine|not me|(?:is|are) (?:my|the|his|her) [a-z ]{0,20}?'?s)\b"
    r"[^.;!?,]{0,12}[,.;] (?:but |and )?(?:personally|mine is|mine'?s|mine are|for me|"
    r"me personally|my own (?:is|are))(?: its| it'?s)?,? (?:just|only)\b"
)


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


def _the_months_money_named_in_hu(said: str) -> bool:
    """Whether ``said`` names the month's own money with a figure ("a háztartás havi 176")."""
    return bool(_A_NUMBER_IN.search(said) and _THE_MONTHS_MONEY_AFTER_HU.search(said))


def _without_the_whole_before_the_own_part_hu(folded: str) -> str:
    """``folded`` with the whole blanked that the own part is said after ("lakáshitel 96, de a
    felét a volt férjem fizeti, így nekem 48"): the figure said last before the own part."""
    own = _THE_OWN_PART_AFTER_A_WHOLE_HU.search(folded)
    if not own:
        return folded
    wholes = [  # (not a share said in per cent: "fizeti az 50%-át")
        whole
        for whole in _A_FIGURE_HU.finditer(folded, 0, own.start())
        if not folded.startswith(("%", " %"), whole.end())
    ]
    if not wholes:
        return folded
    said_whole = _SAID_WHOLE_HU.match(folded, wholes[-1].end())  # "330 összesen": its word too
    return _blanked(folded, wholes[-1], *([said_whole] if said_whole else []))


def _without_one_things_price_hu(folded: str) -> str:
    """``folded`` with the prices of one thing made or sold blanked, when the month's own money
    is named with a figure after the last of them: "egy tál 8 ezer. a háztartás havi 176"."""
    prices = list(_ONE_THINGS_PRICE_HU.finditer(folded))
    if not prices:
        return folded
    if not _the_months_money_named_in_hu(folded[prices[-1].end() :]):
        return folded
    return _blanked(folded, *prices)


def _without_ones_prices_named_hu(folded: str) -> str:
    """``folded`` with one's prices blanked that are said to be so ("ezek az áraim"), when the
    month's own money is named with a figure after: "női 6500 - ezek az áraim. havi 197"."""
    named = _ONES_PRICES_NAMED_HU.search(folded)
    if not named:
        return folded
    if not _the_months_money_named_in_hu(folded[named.end() :]):
        return folded
    return _blanked(folded, *_A_FIGURE_HU.finditer(folded, 0, named.start()))


def _without_what_is_beside_the_point_hu(folded: str) -> str:
    """``folded`` with the figures blanked that are said before an aside beside the point, when
    a figure is said after it: "1,2 millióért vettem, az a másik kérdés, itt: albi 120"."""
    aside = _BESIDE_THE_POINT_HU.search(folded)
    if not aside or not _A_NUMBER_IN.search(folded, aside.end()):
        return folded
    return _blanked(folded, *_A_FIGURE_WITH_ITS_WORD_HU.finditer(folded, 0, aside.start()))


def _without_what_is_before_hu(folded: str, pattern: re.Pattern[str]) -> str:
    """``folded`` with the figures blanked that are said before ``pattern``'s match (and those in
    it), when a figure is said after it: "3,6 milliót elosztottam 12 felé: 300", "900 ezret
    mutat, de abból …, tisztán 340", "80-at ad, …, de a teljes kiadásom … 230"."""
    said = pattern.search(folded)
    if not said or not _A_NUMBER_IN.search(folded, said.end()):
        return folded
    return _blanked(folded, *_A_FIGURE_WITH_ITS_WORD_HU.finditer(folded, 0, said.end()))


def _without_a_sum_borrowed_hu(folded: str) -> str:
    """``folded`` with the figure blanked of a sum borrowed from someone, when what goes back each
    month is said after it, or that nothing need go back: "a bátyámtól kértem 80-at kölcsön,
    havi 15-öt adok vissza" (15 is the month's debt, not 95), "a főnök adott 100 ezer előleget,
    két hónap alatt vonják le, havi 50". A clause with a payment's own words ("havi", "részlet",
    "törlesztés") is the payment, kept: "kölcsön törlesztés 30"."""
    lent = _A_SUM_BORROWED_HU.search(folded)
    if (
        not lent
        or not _LENDING_WORD_HU.search(lent[0])
        or _A_PAYMENTS_OWN_WORD_HU.search(lent[0])
        or not _PAID_BACK_AFTER_HU.search(folded, lent.end())
    ):
        return folded
    return _blanked(folded, *_A_FIGURE_HU.finditer(folded, lent.start(), lent.end()))


def _without_what_the_offer_is_worked_from_hu(folded: str) -> str:
    """``folded``, an offer, with all before its last figure blanked where that figure is worked
    out from two said before it, and said as their result: one less the other ("a részlet 50
    volt, vegyünk le 15-öt, 35"), a share by a per cent of it ("a 200-nak a 10%-a, az 20 000"),
    or one times the other ("3 vásár egy hónapban, mindegyikből 10-et adok, 30"), not a term's
    count times its payment ("12 hónapra 5, az 60": the whole)."""
    figures = list(_A_FIGURE_HU.finditer(folded))
    if len(figures) < 3 or not _A_RESULT_SAID_HU.search(folded, 0, figures[-1].start()):
        return folded
    values = [_a_figures_value_hu(figure[0]) for figure in figures]
    result, taken_off, for_each = (
        values[-1],
        _TAKEN_OFF_HU.search(folded),
        _FOR_EACH_HU.search(folded),
    )
    for i, first in enumerate(values[:-2]):
        for j in range(i + 1, len(figures) - 1):
            second, after = values[j], folded[figures[j].end() : figures[j].end() + 8]
            term = _A_TERMS_FIGURE_AFTER_HU.match(
                folded, figures[i].end()
            ) or _A_TERMS_FIGURE_AFTER_HU.match(after)
            if (
                (taken_off and first - second == result > 0)
                or (for_each and not term and first * second == result)
                or (after.startswith("%") and _in_thousands_hu(first) * second / 100 == result)
            ):
                return _all_before_blanked(folded, figures[-2])
    return folded


def _a_figures_value_hu(figure: str) -> Decimal:
    """The value of a figure matched by :data:`_A_FIGURE_HU`: "31 200" 31200, "15 ezer" 15000."""
    digits = "".join(c for c in figure if c.isdigit())
    return Decimal(digits) * (1000 if "ezer" in figure else 1)


def _in_thousands_hu(value: Decimal) -> Decimal:
    """``value`` as forints, a bare figure below a thousand said in thousands ("312": 312 000)."""
    return value * 1000 if value < 1000 else value


def _without_the_foreign_sum_before_its_forints_hu(folded: str) -> str:
    """``folded`` with all before the forints a sum in another currency came to blanked, when
    that currency is named before them: "az ösztöndíj 500 euró, a bank 195 ezerként írta jóvá"
    (195 000, not the two added), "havi 1500 euró, forintban kb 580 ezer"; not the forints of
    another item named between them."""
    forints = _THE_FORINTS_IT_CAME_TO_HU.search(folded)
    foreign = forints and list(
        _EVERY_FIGURE_IN_ANOTHER_CURRENCY_HU.finditer(folded, 0, forints.start())
    )
    if not forints or not foreign or _ITEMS.search(folded, foreign[-1].end(), forints.start()):
        return folded  # (not another item's forints: "a rezsi 210 euró, a kaja forintban 70")
    return " " * forints.end() + folded[forints.end() :]


def _without_an_item_named_as_given_up_hu(folded: str) -> str:
    """``folded`` with the item of a list blanked, name and figure, that is named again at the end
    as cancelled or given up: "lakás 100, kaja 60, hbo 4, de az hbo-t lemondtam" (its figure is no
    part of the month's). The name's stem, a letter or two short of it for the endings ("az
    edzőtermet": "edzőterem"), must name one item only, with other figures left beside it."""
    named = _AN_ITEM_NAMED_AS_GIVEN_UP_HU.search(folded)
    if not named:
        return folded
    stem = named[1][: max(3, len(named[1]) - 2)]
    items = list(
        re.finditer(
            rf"\b{re.escape(stem)}\w* [0-9]+(?:,[0-9]+)?(?: ?ezer\w*)?", folded[: named.start()]
        )
    )
    if len(items) != 1 or not _A_NUMBER_IN.search(_blanked(folded, items[0])):
        return folded
    return _blanked(folded, items[0])


def _without_what_is_not_counted_hu(folded: str) -> str:
    """``folded`` with the figure blanked that is said right after not to be counted, when
    another figure is said after: "a nagyi ad 10 ezer, azt nem számolnám, a fizu 178"."""
    left_out = _NOT_TO_BE_COUNTED_HU.search(folded)
    if not left_out or not _A_NUMBER_IN.search(folded, left_out.end()):
        return folded
    figures = list(_A_FIGURE_HU.finditer(folded, 0, left_out.start()))
    if not figures or _SENTENCE_END.search(folded, figures[-1].end(), left_out.start()):
        return folded
    return _blanked(folded, figures[-1])


def _times_said(match: re.Match[str]) -> str:
    """A :data:`_TIMES_HU` or :data:`_ALL_OF_THEM_HU` match as the product."""
    count = _COUNTS_HU.get(match[1]) or int(match[1])
    product = count * Decimal(match[2].replace(" ", "").replace(",", "."))
    return f"{product.normalize():f}".replace(".", ",")


def _times_said_unless_restated(match: re.Match[str], folded: str) -> str:
    """A :data:`_TIMES_HU` match as the product, or blanked when the product is said elsewhere in
    the message: "havonta 198 ezer, két részletben utalják, 2x 99" is the month's 198 in parts,
    no second amount to add to it."""
    product = _times_said(match)
    said_again = re.compile(rf"(?<![0-9.,]){re.escape(product)}(?![0-9]|[.,][0-9])")
    if said_again.search(folded, 0, match.start()) or said_again.search(folded, match.end()):
        return " " * len(match[0])
    return product


def _within(amount: Decimal, limit: Decimal) -> AmountReading:
    return (
        AmountReading(amount, None)
        if amount <= limit
        else AmountReading(None, AmountProblem.TOO_LARGE)
    )


def _my_half(folded: str, number: Number, limit: Decimal) -> AmountReading:
    """The cardholder's share of the one amount, when a cost is shared half and half.

    Half of it when it is named as the whole ("a 150-es lakbér felét", "a teljes részlet 150")
    or when, after it, the cardholder says they split it or pay half ("lakáshitel 160, a
    párommal felezzük", "140, felét én fizetem"). The amount as said when it is the share ("a
    másik felét a férjem fizeti", "a felét fizetem, kb 70"). Otherwise ("40 ezer, a felét a
    férjem fizeti": whose 40?) it is asked again."""
    assert number.value is not None
    share = _HALF_SHARE.search(folded)
    assert share is not None
    if _OTHER_HALF.search(folded) and _HALF_OF_IT_AFTER.match(folded, number.end):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "a 80 ezres részletének a fele"
    if _OTHER_HALF.search(folded):
        return _within(number.value, limit)
    whole = _WHOLE_COST.search(folded, share.end(), number.start)
    if whole and not _OWN_PART_AFTER_THE_SPLIT_HU.search(folded, share.end()):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "felezzük, az egész 50"
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


#: Right after an amount, half of it: "a 80 ezres részletének a fele" (the whole, halved).
_HALF_OF_IT_AFTER = re.compile(r"(?: ?ezer)?-?(?:[aeo]s|ezres)? (?:\w+ ){0,2}?\w*n[ae]k a fele\b")
#: The cardholder pays half, or splits the cost: "felezzük", "fele-fele", "felét én fizetem"
#: (not "nem fele-fele": shared, but not by halves).
_WE_SPLIT = re.compile(
    r"\b(?:meg)?felezz?uk\b|\b(?<!nem )fele-fele\b|\bketten fizetj\w*|"
    r"\bfelet (?:en |csak )?(?:fizetem|allom|adom)\b|\ben (?:csak )?a felet\b"
)
#: The cardholder's own part named after a split: "felezzük, az egész 120, nekem 60 jut", "az
#: én részem 75", "ennek a fele az enyém, az 40". Without it, a split said before the whole
#: ("a lakótárssal felezünk mindent, az egész 300", "felét ő állja, felét én, összesen 200")
#: leaves the share for the assistant to work out: it is asked again.
_OWN_PART_AFTER_THE_SPLIT_HU = re.compile(r"\b(?:nekem|enyem|reszem|ram)\b")
#: The other half is someone else's: the amount said is the cardholder's own.
_OTHER_HALF = regex(r"\bmasik fel\w*")


def says_amount_for_another_period(text: str, language: str) -> bool:
    """Whether an amount is said only per week, day, year or hour ("i could pay 40 a week",
    "每周还200"): someone who wants to propose an amount, but not yet a monthly one."""
    folded = _spell_out(without_identifiers(fold(normalize(text))), language)
    with localcontext(ARITHMETIC):
        numbers = [
            n for n in numbers_in(folded, language_code(language)) if n.unit is None and n.strong
        ]
    return bool(numbers) and all(n.not_monthly for n in numbers)


# ================================================================================================
# Figures beside the one paid: a minimum, a turnover, a balance, another currency
# ================================================================================================

#: Said right before a figure that is not what the cardholder pays or keeps: a card's minimum
#: payment ("minimum is 65 but I always pay 100"), a shop's turnover ("turnover is 9000 but I pay
#: myself 1400"), an overdraft or credit line ("备用金透支了一万, 只还利息, 一个月150").
NOT_WHAT_IS_PAID = (
    r"\bminimum(?: payment| repayment| due)?(?: is| of| was)?",
    r"\bmin(?: payment)?(?: is)?",
    r"\bturnover(?: is| of| was)?",
    r"\bturn(?:s|ed)? over",  # "the salon turns over maybe 4k but i pay myself 1,300"
    r"\btakings(?: are| of| were| was)?",  # "takings were 6k but i drew 1,300"
    # what a stall, a pub or a van takes or makes, beside what is left for the cardholder: "the
    # stall takes about 9k a month but ... im left with 1,400", "the pub makes 2k profit"
    r"\b(?:stall|shop|pub|van|cafe|salon|business|firm|round) (?:takes|makes|does|clears|"
    r"brings in|turns over)(?: in)?(?: like| about| around| roughly| maybe)?",
    r"\boverdraft(?: is| of| limit)?",
    r"\bcredit limit(?: is| of)?",
    r"\bminimum(?:a|ja)?\b(?: befizetes\w*| torleszto\w*)?(?: is)?",
    r"\bminimalis(?: befizetes| torleszto)?\w*",
    # what the till takes, beside what is drawn: "a kassza havonta csinál vagy 2 milliót"
    r"\b(?:the )?till(?: \w+)?(?: takes| makes| does| brings)(?: in)?(?: like| about)?",
    r"\bkassza\w*(?: havonta| havi)?(?: csinal\w*| hoz\w*| forgalmaz\w*)(?: vagy| kb| olyan)?",
    r"\b(?:havi )?forgalom\w*",
    r"\bforgalm\w*",
    r"\bkeret\w*",
    r"最低还款(?:额)?(?:是)?",
    r"最低(?:还)?(?:是)?",
    r"(?:月)?流水(?:是)?",
    r"营业额(?:是)?",
    # the money collected or sold that a commission is worked on: "上个月回款十二万", "销售额八万"
    r"回款(?:了|是)?", r"销售额(?:是|有)?",
    r"透支(?:了)?",
    r"额度(?:是)?",
    # the balance owed, beside the monthly figure: "I owe 2,340 but 95 a month", "欠了两万三"
    r"\b(?:i |we )?owe(?: you| the bank| about| around)?",
    r"\btartoz(?:om|asom|unk)\w*",
    r"欠(?:了|你们|银行)?(?:的)?(?:是|有)?",
)  # fmt: skip
_NOT_WHAT_IS_PAID = regex(
    rf"(?:{alternatives(NOT_WHAT_IS_PAID)})"
    r"(?: (?:on|of|for) (?:it|that|this|them|the card))?(?: is| was| are)?"
    r"(?: (?:about|around|roughly|approx\w*|maybe|kb|talan|talán)|大概|大约|差不多)?\W{0,2}"
    r"(?:[$€£¥] ?)?$"
)
#: More currencies in Chinese, by their word: "一千八百欧", "四万泰铢" ("欧" alone after a figure
#: is the euro, not Europe nor the surname "欧阳").
_MORE_CURRENCIES_ZH = (
    r"欧(?![洲盟阳美])|泰铢|卢布|越南盾|印尼盾|林吉特|令吉|马币|比索|披索|新加坡元|新元|瑞郎|"
    r"迪拉姆|里拉|兹罗提|雷亚尔|卢比|新西兰元|福林|克朗|"
    r"纽币|纽元|韩币|"  # "一小时23纽币": New Zealand's, Korea's money
    r"里亚尔|第纳尔|坚戈|"  # "一个月五千里亚尔": the Gulf's, Arab or Kazakh money
    r"澳门元|澳門元|日圆|円"  # "一万五澳门元", "手取二十一万円": Macau's pataca, the yen
)
#: Another currency than the account's, right after or before a figure, by the language of the
#: account (its own is pounds, forints or yuan).
FOREIGN_CURRENCY = {
    "en": r"(?:€|\$|\beuros?\b|\beur\b|\bdollars?\b|\busd\b|\bbucks\b|\bforints?\b|\bhuf\b)",
    "hu": r"(?:€|\$|£|\beur[oó]\w*|\beur\b|\bdoll[aá]r\w*|\busd\b|\bfont\w*|\bgbp\b|"
    r"\blej(?:t|ben|es)?\b|\bron\b|"  # the Romanian leu: "600 lej"
    r"\bkoron(?:a|at|aban|ak|ara)\b)",  # a Nordic or Czech crown: "24 ezer korona"
    "zh": r"(?:€|\$|£|美元|美金|欧元|港币|港元|港纸|港紙|港幣|日元|日币|英镑|澳元|加元|新币|"
    rf"台币|台幣|韩元|澳门币|澳門幣|澳币|葡币|{_MORE_CURRENCIES_ZH})",
}
_FOREIGN_AFTER = {
    code: re.compile(rf" ?(?:a month |per month |havonta |havi )?{mark}")
    for code, mark in FOREIGN_CURRENCY.items()
}
_FOREIGN_BEFORE = {code: re.compile(rf"{mark} ?$") for code, mark in FOREIGN_CURRENCY.items()}
#: The cardholder lives, works or is paid abroad: beside it, a figure in another currency is no
#: amount in the account's ("i work in dublin, paid in euros", "Spanyolországban élek",
#: "在香港打工").
ABROAD = (
    r"\b(?:i )?(?:live|living|work|working|based|moved|staying|stay)\b(?: \w+){0,2} (?:in|to) "
    r"(?!(?:a|an|the (?:shop|factory|office|care))\b)\w+",
    r"\b(?:i'?m|i am) (?:in|living in|working in|based in) (?:the )?(?:us|usa|states|eu|"
    r"spain|france|germany|ireland|dublin|italy|netherlands|poland|portugal|dubai|australia|"
    r"canada|america)\b",
    r"\bpaid in (?:euros?|dollars?)\b",
    r"\babroad\b", r"\bout (?:here |there )?in (?:the )?(?:alps|gulf|states|\w+(?:land|ia))\b",
    r"\b\w+(?:ban|ben) (?:elek|dolgozom|lakom|vagyok munkaban|vagyok|elunk|dolgozunk)\b",
    r"\bkulfold\w*",
    r"(?:在|喺)(?:国外|海外|\S{1,5}(?:打工|工作|上班|生活|定居|读书|返工|做嘢))",  # 喺: Cantonese
    r"(?:我(?:现在|目前)?在|喺|(?<![存放])在)(?:日本|美国|英国|香港|澳门|澳門|台湾|新加坡|"
    r"韩国|欧洲|澳洲|澳大利亚|加拿大|"
    r"德国|法国|意大利|迪拜)",
)  # fmt: skip
_ABROAD = regex(alternatives(ABROAD))
#: The currency the cardholder is paid in named on its own: "i get paid in euros", "about 2k a
#: month but its in dollars".
_PAID_IN_ANOTHER_CURRENCY = regex(
    r"\b(?:paid|earn\w*|get|make) in (?:euros?|dollars?|usd|eur)\b|"
    # the payer named: "they pay me in euros", "the app pays in dollars"
    r"\bpays? (?:me |us )?in (?:euros?|dollars?|usd|eur)\b|"
    r"\b(?:its|it'?s|thats|that'?s|that is|all) in (?:euros?|dollars?|us dollars|usd|eur)\b|"
    r"(?:eur[oó]ban|doll[aá]rban) (?:kapom|keresek|fizetnek)\b|"
    r"(?:发|拿|赚|挣)(?:的是)?(?:美元|美金|欧元|港币|日元)|"
    r"(?:是|都是)(?:台币|台幣|新台币|新台幣|港币|港幣|美元|美金|欧元|日元)"
)

#: In Chinese, every figure named in another currency by its word right after it, nothing said
#: in yuan: "合同一个月一千八美金", "一万八澳门币一个月". Nobody converts for the cardholder (the
#: signs, "$", are left out: some type them for any money).
_EVERY_FIGURE_IN_ANOTHER_CURRENCY_ZH = re.compile(
    r" ?(?:美元|美金|欧元|港币|港元|港幣|日元|日币|英镑|澳元|加元|新币|台币|台幣|韩元|澳门币|"
    rf"澳門幣|澳币|{_MORE_CURRENCIES_ZH})"
)


#: In Hungarian, every figure named in another currency by its word right after it, nothing
#: said in forints: "a vontató hitele 1200 euró havonta", "a hajón havi 2100 dollár". Nobody
#: converts for the cardholder (the signs, "$", "€", are left out: some type them for any money).
_EVERY_FIGURE_IN_ANOTHER_CURRENCY_HU = re.compile(
    r" ?(?:eur[oó](?:t|ban|s)?|eur|doll[aá]r(?:t|ban|os)?|usd|lej(?:t|ben|es)?|ron|"
    r"font(?:ot|ban)?|gbp|frank(?:ot|ban)?|koron(?:a|at|aban))\b"
)


#: In English, every figure named in another currency by its word right after it, nothing said
#: in pounds: "i get 900 dollars a month", "the contract is 2,000 euros" (not with pounds named
#: anywhere: "2,000 euro, sorry, pounds" takes the word back). Nobody converts for the
#: cardholder (the signs, "$", "€", are left out: some type them for any money, and so is
#: "bucks", slang for pounds too).
_EVERY_FIGURE_IN_ANOTHER_CURRENCY_EN = re.compile(r" ?(?:euros?|eur|dollars?|usd)\b")


def _two_currencies_in_a_list(folded: str, numbers: list[Number], language: str) -> bool:
    """Whether items are listed some in another currency and some in the account's ("a lakbér
    450 euró, plusz a kaja 60 ezer", "rent is 500 euros and food 300 pounds"): summed as they
    stand they would add euros to forints, and nobody converts for the cardholder."""
    foreign = [_in_another_currency(folded, n, language) for n in numbers]
    if not any(foreign) or all(foreign):
        return False
    # (not a figure converted: "1800 euró, az kb 700 ezer forint" names no item between)
    return any(
        foreign[i] != foreign[i + 1] and _ITEMS.search(folded, numbers[i].end, numbers[i + 1].start)
        for i in range(len(numbers) - 1)
    )


#: In Hungarian, a figure in a currency nobody here converts, by its word: "600 lej",
#: "900 lei" (the figure is dropped as no money in forints; see the numerals' "currency").
_IN_AN_UNCONVERTED_CURRENCY_HU = re.compile(r"[0-9] ?(?:lej|lei)\w*\b")
#: The rented room by its short name, an item too: "itt Pesten meg az albi 110".
_THE_RENTED_ROOM_HU = re.compile(r"\balbi\w*")


def _an_item_in_an_unconverted_currency_hu(folded: str, numbers: list[Number]) -> bool:
    """Whether an item is listed in a currency nobody converts beside items in forints, an item
    named between them ("a rezsi otthon 600 lej, itt Pesten meg az albi 110"): the forint items
    alone are no whole."""
    stretches = [
        (min(other.end(), n.end), max(other.start(), n.start))
        for other in _IN_AN_UNCONVERTED_CURRENCY_HU.finditer(folded)
        for n in numbers
    ]
    return any(
        _ITEMS.search(folded, *stretch) or _THE_RENTED_ROOM_HU.search(folded, *stretch)
        for stretch in stretches
    )


#: Words joining two parts of a whole in Hungarian, or setting them in two places ("meg",
#: "plusz", "itthon", "kint"): "a német nyugdíjam 300 euró, meg a magyar 90 ezer" (two parts,
#: not a figure converted); words of a conversion ("forint", "-ként"), of another time ("volt",
#: "most": "a hajón 2000 dollár volt, most itthon 0") or a "but" turning to the one that counts
#: ("1800 euró kint, de havonta 450 ezret utalok haza") are none.
_PARTS_JOINED_HU = re.compile(r"\b(?:meg|plusz|es|itthon|otthon|kint|itt)\b")
_A_CONVERSION_SAID_HU = re.compile(r"forint|\bft\b|kent\b|atvaltva|\b(?:az|volt|most|de)\b")


def _two_currencies_joined_hu(folded: str, numbers: list[Number], language: str) -> bool:
    """Whether, in Hungarian, one part of a whole is said in another currency and the next in
    forints, joined by "meg", "plusz" or set in two places ("kint 3000 korona megy el, itthon a
    család 150"): summed they would add crowns to forints, and left apart they are no whole."""
    foreign = [_in_another_currency(folded, n, language) for n in numbers]
    for i in range(len(numbers) - 1):
        between = folded[numbers[i].end : numbers[i + 1].start]
        if (
            foreign[i] != foreign[i + 1]
            and _PARTS_JOINED_HU.search(between)
            and not _A_CONVERSION_SAID_HU.search(between)
        ):
            return True
    return False


def _in_another_currency(folded: str, number: Number, language: str) -> bool:
    """Whether ``number`` is said in another currency than the account's ("1900 euros")."""
    code = language_code(language)
    return bool(
        _FOREIGN_AFTER[code].match(folded, number.end)
        or _FOREIGN_BEFORE[code].search(folded, max(0, number.start - 6), number.start)
    )


def _not_what_is_paid(folded: str, number: Number) -> bool:
    """Whether ``number`` is said as a minimum, a turnover or a credit line (see
    :data:`NOT_WHAT_IS_PAID`), in its own clause."""
    start, _ = _clause(folded, number)
    return bool(_NOT_WHAT_IS_PAID.search(folded, max(start, number.start - 30), number.start))


_TURNOVER = regex(
    r"\b(?:turnover|turns? over|turned over|takings|till|forgalo?m\w*|kassza\w*|bevetel\w*)\b|"
    r"流水|营业额|营业收入|回款|销售额"
)


def _a_turnover_among(folded: str, numbers: list[Number]) -> bool:
    """Whether one of the figures is a shop's turnover ("turnover about 8k, 1,300 for me"): the
    figures are no items to add up."""
    return any(
        _TURNOVER.search(folded, max(_clause(folded, n)[0], n.start - 30), n.start) for n in numbers
    )


def _beside_what_is_paid(folded: str, numbers: list[Number], language: str) -> Number | None:
    """The one figure left when the others are a minimum, a turnover or a credit line, or are said
    in another currency and worked out in the account's ("1900 euros, about 1630 in pounds")."""
    aside = [
        n
        for n in numbers
        if _not_what_is_paid(folded, n) or _in_another_currency(folded, n, language)
    ]
    left = [n for n in numbers if n not in aside]
    if not aside or not left or len({n.value for n in left}) != 1:
        return None
    last_aside = max(n.end for n in aside)
    if left[0].start < last_aside or not _TURN_TO_WHAT_IS_PAID.search(
        folded, last_aside, left[0].start
    ):
        return None  # "loan 140, card min 35, overdraft 20": a list of payments, no turn
    return left[0]


#: Between a figure set aside and the one paid, the turn to it: "minimum 65 but I always pay
#: 100", "1900 euros which is about 1630 in pounds", "最低还款500, 我一般每月还1000".
_TURN_TO_WHAT_IS_PAID = regex(
    r"\b(?:but|though|however|actually|always|usually|normally|only|just|which is|that'?s|"
    r"so|de|viszont|azonban|mindig|altalaban|csak|az|vagyis|tehat|nekem|magamnak|myself|"
    r"for me|to me|which comes to|comes to)\b|"
    r"\b(?:i'?m|im|i am|i'?m only|im only) left with\b|"  # "…im left with about 1,400"
    r"\bi (?:\w+ )?(?:pay|take|draw|get|keep|do)\b|\b(?:fizetek|veszek|kapok)\b|"
    r"但|不过|可是|只|一般|平时|通常|换成|折合|约合|相当于|我(?:每个?月|自己)?(?:还|拿|付)"
)


def _only_in_another_currency_abroad(folded: str, numbers: list[Number], language: str) -> bool:
    """Whether every figure is in another currency and the cardholder says they live or work
    abroad, or says they are paid in another currency and name none of the account's: the figure
    is no amount in the account's currency, and nobody converts for them."""
    if (
        numbers
        and language_code(language) == "zh"
        and all(_EVERY_FIGURE_IN_ANOTHER_CURRENCY_ZH.match(folded, n.end) for n in numbers)
    ):
        return True
    if (
        numbers
        and language_code(language) == "hu"
        and all(_EVERY_FIGURE_IN_ANOTHER_CURRENCY_HU.match(folded, n.end) for n in numbers)
    ):
        return True  # "a vontató hitele 1200 euró havonta"
    if (
        numbers
        and language_code(language) == "en"
        and all(_EVERY_FIGURE_IN_ANOTHER_CURRENCY_EN.match(folded, n.end) for n in numbers)
        and not any(word in folded for word in ("pound", "quid", "£", "sterling"))
    ):
        return True  # "about 900 dollars last month" (not "1,000 euro sorry pounds")
    if numbers and not _ABROAD.search(folded):  # "euróban kapom, 1100 euró", "发的是港币, 一万二"
        return bool(_PAID_IN_ANOTHER_CURRENCY.search(folded)) and all(
            _in_another_currency(folded, n, language) or not CURRENCY_AFTER.match(folded, n.end)
            for n in numbers
        )
    if not numbers:
        return False
    return all(_in_another_currency(folded, n, language) for n in numbers) or bool(
        _PAID_IN_ANOTHER_CURRENCY.search(folded)
        and not any(CURRENCY_AFTER.match(folded, n.end) for n in numbers)
    )


# ================================================================================================
# Today's own figure beside one for later or someone else's
# ================================================================================================

#: Said of an amount still to come: "it'll go back to 2000", "jövő ősszel 400-ra", "明年恢复到9000".
_FUTURE = regex(
    r"\b(?:will|gonna|going to go|next (?:month|year|week|spring|summer|autumn|winter)|"
    rf"from next|{ONCE_OF_A_TIME_TO_COME}|when (?:i|my|the)|"
    r"in [0-9]+ (?:months?|weeks?)|"
    r"first (?:wage|pay|salary|paycheque|paycheck)|should be)\b|'ll\b|"
    r"\b(?:jovo|majd|lesz|leszek|fogok|fog)\b|"
    r"下个?月|明年|到时候|将来|以后|之后"
)
#: What an item's figure will rise or fall to, right after it: "700 (going up to 750 next
#: month)", "2000, 下个月要涨到2200", "150, jövő hónaptól 165-re megy fel".
_A_FIGURE_TO_COME = regex(
    r"(?<=[0-9k])(?![0-9k])\W{0,3}(?:[a-z]+ )?(?:going|goes|will go|gonna go|set to go|rising|"
    r"will rise|set to rise|increasing|dropping|will drop|will be) (?:up |down )?to "
    r"(?:about |around )?(?:[$€£] ?)?"
    r"[0-9][0-9,.]*k?(?: (?:next|from|in|after|at) \w+(?: \w+)?)?\W?(?=[,;.!?]|$)|"
    r"(?<=[0-9千万])\W{0,2}(?:下个?月|明年|以后|过两个月)(?:开始|起)?(?:要|会|将|就)?(?:涨|降|调|变)"
    r"(?:到|成|为)[0-9一二两三四五六七八九十百千万.]+(?:块|元)?(?=[,;.!?]|$)|"
    r"(?<=[0-9e])(?![0-9])(?: ezer)?\W{0,3}(?:jovo (?:honaptol|evtol|tol)|jovore|majd|januartol|"
    r"\w+tol) [0-9][0-9 .,]*(?: ?e| ezer)?-?(?:re|ra) (?:megy fel|emelkedik|no|nonek|emelik|"
    r"csokken|lesz|emelkedni fog)\b"
)


_WORDS_OF_A_FIGURE_TO_COME = (" to ", "到", "成", "为", "re ", "ra ")


def _without_a_figure_to_come(folded: str) -> str:
    """Spending listed with what an item's figure will be later, right after it: that figure
    blanked, today's month is asked (the change is heard again when it comes)."""
    if not any(word in folded for word in _WORDS_OF_A_FIGURE_TO_COME):
        return folded
    return _A_FIGURE_TO_COME.sub(lambda m: " " * len(m[0]), folded)


#: Said of today's amount in a clause: "now", "most", "现在".
_TODAY = regex(
    r"\b(?:now|currently|at the moment|right now|most|jelenleg)\b|现在|目前|"
    # a debt that ends at a time to come is still paid until then: "a klarna 30 that finishes
    # next month", "ami jövő hónapban lejár", "花呗三百 下个月就还完了"
    r"\b(?:finishes|ends|runs out|is done|is paid off|gets paid off|last payment)\b|"
    r"\b(?:lejar|lejarna|vegez|befejezodik|utolso reszlet)\w*|还完|还清|到期"
)


def _today_beside_later(folded: str, numbers: list[Number]) -> Number | None:
    """Today's one amount beside amounts said for later, each in a clause of its own that says
    so ("I'm on 1,400 now, it'll go back to 2,000", "most gyeden vagyok, 220 ezer, jövő ősszel
    400-ra", "所以是0, 下个月新工作开始才有6000"): the month's amount now is asked."""
    later: list[Number] = []
    today: list[Number] = []
    for number in numbers:
        start, end = _clause(folded, number)
        said_later = _FUTURE.search(folded, start, end) and not _TODAY.search(folded, start, end)
        (later if said_later else today).append(number)
    if not later or not today or len({n.value for n in today}) != 1:
        return None
    if any(_marked(folded, n) == "before" for n in today) or _VARYING_AMOUNT.search(folded):
        return None  # "was 250, from next month 190": nothing is today's
    return today[0]


#: Someone else pays a debt or a cost: "my husband pays the mortgage", "a férjem fizeti", "房贷
#: 我老公还".
_SOMEONE_ELSE_PAYS = regex(
    r"\b(?:husband|wife|hubby|partner|mum|mom|dad|mother|father|parents|boyfriend|girlfriend)"
    r"(?:'s)? (?:pays|covers|does|handles)\b|"
    r"\b(?:ferjem|felesegem|parom|elettarsam|anyam|apam|szuleim)(?: \w+)? "
    r"(?:fizeti|fizet|allja|torleszti)\b|"
    # (not "给我妈交养老院的钱": paid to them, by the cardholder)
    r"(?<![给帮替])(?:老公|老婆|爱人|丈夫|妻子|对象|我爸|我妈|父母)(?:在|帮我)?(?:还|付|交|出)"
)
#: The cardholder's own part said after it: "I pay ... myself", "én ...", "我自己还".
_OWN_PART = regex(r"\bi (?:\w+ )?(?:pay|make|earn|get)\b|\bmyself\b|\ben\b|我自己|我本人|本人")


def _own_beside_someone_elses(folded: str, numbers: list[Number]) -> Number | None:
    """The cardholder's own payment after one said to be paid by someone else: "my husband pays
    the mortgage 1100, I pay a loan of 160 myself", "房贷我老公还, 我自己还信用贷800"."""
    return _own_after(folded, numbers, _SOMEONE_ELSE_PAYS)


def _own_after(
    folded: str,
    numbers: list[Number],
    theirs_said: re.Pattern[str],
    own_said: re.Pattern[str] = _OWN_PART,
) -> Number | None:
    """The one amount in the clause of the cardholder's own part (``own_said``) said after
    ``theirs_said`` (someone else's), all amounts before it being theirs."""
    theirs = theirs_said.search(folded)
    own = own_said.search(folded, theirs.end()) if theirs else None
    if own is None:
        return None
    start = _CLAUSE_BREAK_BEFORE.search(folded, 0, own.start())
    mine = [n for n in numbers if n.start >= (start.end() if start else own.start())]
    if len(mine) == len(numbers) or len({n.value for n in mine}) != 1:
        return None
    return mine[0]


#: Someone else's income or the whole household's figure, before the cardholder's own:
#: "household is 3800", "a férjem 450-et keres", "老公月入一万五". (The earlier rounds read "my
#: wife earns 1200 and I earn 800" as the couple's 2000 or as asked again: not here.)
_THEIRS_OR_THE_WHOLE = regex(
    r"\b(?:the )?(?:household|whole house|whole family|house|family)(?: \w+)? "
    r"(?:is|spends|earns|brings in|makes|costs)\b|"
    # the couple's figure, "between us": "me and my partner spend 2,000 between us"
    r"\bspend\w*(?: about| around)?(?: [$€£]? ?[0-9][0-9,.]*k?)? between us\b|"
    r"\b(?:ferjem|felesegem|parom|elettarsam)(?: [\w-]+)? (?:keres|kap|visz haza)\w*|"
    r"\baz egesz (?:csalad|haztartas)(?: [\w-]+)? (?:kolt|keres)\w*|"
    r"(?:老公|老婆|爱人|丈夫|妻子|对象|老伴)(?:月入|一个月|每月|挣|赚|工资)|"
    r"(?:我和|我跟)(?:老公|老婆|爱人|丈夫|妻子|对象|老伴)(?:加起来|一共|总共)|"
    r"(?:我们俩|我们两个|两口子)(?:加起来|一共|总共)|"
    r"(?:我们家|我家|全家|家里)(?:一个月|每月|每个月)?(?:总共|一共)?(?:花|开销|开支|支出|用)|"
    # the household counted first: "全家五口开销八千", "一家四口每月花七千"
    r"(?:全家|一家|家里)(?:[两三四五六七八九]|十[一二]?)口人?(?:一个月|每月|每个月)?(?:总共|一共)?"
    r"(?:花|开销|开支|支出|用)|"
    # the household's or the two's figure said by the month: "家里一个月一万一, 我那份五千三",
    # "两个人一个月六千, 我出一半就是三千"
    r"(?:我们家|我家|全家|家里|两个人|俩人|两口子)(?:一个月|每月|每个月)(?:总共|一共)?"
    r"(?:收入|挣|进账|有)?(?=[0-9一二两三四五六七八九十])"
)
#: The cardholder's own figure after it: "I get 640", "my bit is 1,150", "I put in 900".
_OWN_AFTER_THEIRS = regex(
    r"\bi (?:\w+ )?(?:make|earn|get|put in|chip in|give|contribute|pay|cover)\b|"
    r"\bmy (?:bit|part|share|cut)\b|\bmine\b|\ben\b|我自己|我本人|本人|"
    r"(?<=[,;.] )我(?![们家])|(?<=[,;.])我(?![们家])"  # a clause of its own: "我做保洁三千"
    rf"|{_OWN_HOUSEHOLDS_PART_ZH}"
)


def _own_beside_theirs_or_the_whole(folded: str, numbers: list[Number]) -> Number | None:
    """The cardholder's own figure said after a partner's or the whole household's: "a férjem
    450-et keres, én 180-at", "the whole house spends 2,200 but I put in 900"; in English after a
    partner's pay only with where the own comes from (see :func:`_own_from_its_source`)."""
    return (
        _own_after(folded, numbers, _THEIRS_OR_THE_WHOLE, _OWN_AFTER_THEIRS)
        or _own_from_its_source(folded, numbers)
        or _own_before_the_whole(folded, numbers)
    )


#: Right before the cash a loan brought in, less than its size: "借一万到手八千".
#: Right before a figure at the spending, that it is the income or the budget, not spent:
#: "bejön 280", "bevétel 280", "fizu 310", "keret 250 000".
_INCOME_OR_BUDGET_BEFORE_HU = regex(
    r"(?<!\ba )(?<!\baz )"  # (not "a fizetésem 260, ebből 120 a lakbér": a part of the pay)
    r"\b(?:bejon|bejovo|bevetel\w*|fizu|fizetes\w*|kereset\w*|jovedelm?\w*|keret\w*)"
    r" ?:? (?:kb\.? )?$"
)
_LOAN_CASH_ZH = re.compile(r"借[^,;.!?\uff0c\u3002]{0,8}(?:实际)?到手(?:只有|才|就)?$")
#: Right before what is left of the takings after the costs: "扣完车租还剩5,376.5", "落到自己
#: 口袋五千六", "净赚四千二" (round 30: net over gross).
_LEFT_AFTER_COSTS_ZH = re.compile(
    r"(?:(?:扣|除|减)(?:完|掉|去|了)[^,;.!?\uff0c\u3002]{0,8}(?:还|就)?剩(?:下)?(?:的)?(?:有|是)?|"
    r"落(?:到|在|进)(?:我)?(?:自己)?(?:口袋|手里|手上|兜里)(?:里)?(?:的)?(?:有|是|就)?|"
    r"净(?:赚|挣|收入|剩)(?:了)?)$"
)
#: A base wage said first: "保底三千", "底薪两千五".
_BASE_PAY_ZH = re.compile(r"(?:保底|底薪|基本工资|基础工资)(?:是|有)?[^,;.!?\uff0c\u3002]{0,3}$")
#: Then the whole paid with what comes on top: "提成加上一共拿了5700", "加绩效总共到手五千",
#: "加提成上个月拿了六千", "底薪3000加提成, 上个月拿了5200".
_ALL_PAID_WITH_EXTRA_ZH = re.compile(
    # (the slip the whole is read from may stand between: "底薪3000+提成 上个月工资条合计4875")
    r"(?:(?:提成|绩效|奖金|加班费)[^,;.!?\uff0c\u3002]{0,6}(?:工资条|工资单)?(?:一共|总共|合计|加起来)|"
    # the whole said in the next clause: "底薪三千加提成, 上个月总共拿了四千六"
    r"(?:加上?|算上|连)(?:提成|绩效|奖金|加班费)[,\uff0c][^,;.!?\uff0c\u3002]{0,6}"
    r"(?:一共|总共|合计)?(?:拿了|到手|发了|拿到)|"
    r"(?:加上?|算上|连)(?:提成|绩效|奖金|加班费)[^,;.!?\uff0c\u3002]{0,6}(?:拿了|到手|发了|拿到))"
    r"(?:拿了|到手|发了|是|有)?[^,;.!?\uff0c\u3002]{0,2}$"
)


#: A wage said first: "工资五千五", "月薪六千", "我工资是五千".
_A_WAGE_FIRST_ZH = re.compile(r"(?:工资|月薪|薪水|收入)(?:是|有|就)?[^,;.!?\uff0c\u3002]{0,2}$")
#: The cardholder's own outgoing paid from the wage, not a deduction from pay (tax, social
#: insurance: what is left of those is the net wage): "给前妻一千五抚养费", "房贷从工资卡上直接扣
#: 两千八", "每个月还车贷一千".
_AN_OWN_OUTGOING_ZH = re.compile(
    r"抚养费|赡养费|生活费|房贷|车贷|房租|网贷|信用卡|花呗|借呗|还款|还贷|"
    r"给(?:前妻|前夫|爸妈|父母|老家|家里|孩子|女儿|儿子)"
)
#: A deduction from pay itself: what is left after it is the net wage ("扣完社保剩四千五").
_A_PAY_DEDUCTION_ZH = re.compile(r"社保|公积金|个税|税|五险|医保|养老保险|保险")
#: What is left said before the last figure: "剩四千", "卡里每个月就剩两千二".
_LEFT_BEFORE_ZH = re.compile(r"剩(?:下)?(?:了)?(?:的)?(?:有|是)?$")


def _wage_before_own_outgoings_zh(folded: str, numbers: list[Number]) -> Number | None:
    """At income: the wage, an own outgoing paid from it, what is left ("工资五千五 每个月要给
    前妻一千五抚养费 剩四千", "工资五千 房贷从工资卡上直接扣两千八 卡里就剩两千二"). The wage
    is the income (round 37); what is left after a payment of one's own is no pay. Not a
    deduction from pay ("工资五千 扣社保五百 剩四千五": the net wage) nor a trade's costs."""
    wage, outgoing, left = numbers
    if wage.value is None or outgoing.value is None or left.value is None:
        return None
    if wage.value - outgoing.value != left.value or not left.value:
        return None
    if not _A_WAGE_FIRST_ZH.search(folded, max(0, wage.start - 8), wage.start):
        return None
    if not _LEFT_BEFORE_ZH.search(folded, max(0, left.start - 6), left.start):
        return None
    between = folded[wage.end : left.start]
    if not _AN_OWN_OUTGOING_ZH.search(between) or _A_PAY_DEDUCTION_ZH.search(between):
        return None
    return wage


def _base_then_all_paid_zh(folded: str, numbers: list[Number]) -> Number | None:
    """A base wage, then what was paid in all with commission ("保底三千, 上个月提成加上一共拿了
    5700"): the whole paid is the month's income (round 30), even said of last month."""
    base, paid = numbers
    if (
        base.value is None
        or paid.value is None
        or paid.value <= base.value
        or not _BASE_PAY_ZH.search(folded, max(0, base.start - 8), base.start)
        or not _ALL_PAID_WITH_EXTRA_ZH.search(folded, base.end, paid.start)
    ):
        return None
    return paid


#: A spouse's pay, said second: "我爱人也是6千", "老婆5千".
_SPOUSES_PAY_ZH = re.compile(
    r"(?:老公|老婆|爱人|丈夫|妻子|媳妇|对象|老伴)(?:的)?(?:工资|收入)?[^,;.!?\uff0c\u3002]{0,4}$"
)
#: The two added up after both: "家里一共1万2", "加起来一万".
_BOTH_ADDED_ZH = re.compile(r"加起来|加一块|一共|总共|合计|合起来")


def _own_then_partners_and_both_zh(folded: str, numbers: list[Number]) -> Number | None:
    """The cardholder's pay, a spouse's, then the two added up: "工资是6千, 我爱人也是6千, 家里一共
    1万2" is six thousand, the own (the household's total is not the one asked)."""
    if len(numbers) != 3:
        return None
    own, theirs, both = numbers
    if (
        own.value is None
        or theirs.value is None
        or both.value != own.value + theirs.value
        or _SPOUSES_PAY_ZH.search(folded, max(0, own.start - 8), own.start)
        or not _SPOUSES_PAY_ZH.search(folded, max(0, theirs.start - 8), theirs.start)
        or not _BOTH_ADDED_ZH.search(folded, theirs.end, both.start)
    ):
        return None
    return own


#: A spouse named: the gate of :func:`_own_pay_after_a_spouses_zh` (without one, "他" or "她" may
#: be a boss or a client paying the cardholder).
_A_SPOUSE_ZH = re.compile(r"老公|老婆|爱人|丈夫|妻子|媳妇|对象")
#: Whose pay a figure is, the last one named before it: the spouse (or "他", "她" once a spouse is
#: named), or the cardholder ("我", "自己", "给我", not "我老公", "我们", "我妈", "我卡上").
_WHOSE_PAY_ZH = re.compile(
    r"(?P<spouse>老公|老婆|爱人|丈夫|妻子|媳妇|对象|她|他)|"
    r"(?P<own>我(?!老公|老婆|爱人|丈夫|妻子|媳妇|对象|们|家|跟|和|俩|妈|爸|儿|女|哥|姐|弟|妹|公公"
    r"|婆婆|岳|卡)|自己)"
)
#: A joint figure or a comparison of the two: no own pay to take out of two figures ("我跟老公
#: 加起来一万二", "她比我多").
_BOTH_OR_A_COMPARISON_ZH = re.compile(
    r"加起来|加一块|一共|总共|合计|合起来|我们|咱们|比我|比他|比她"
)
#: The cardholder's own pay said to be the one to take, or the spouse's said to be theirs: "填我的
#: 就行", "写我自己的", "我的就这么多", "那是他挣的" (without it, "我老公一万我五千" may be asked
#: of the household: asked again).
_ONLY_THE_OWN_TAKEN_ZH = re.compile(
    r"(?:填|写|算|按|报|就说)(?:我|我自己)的|我的就(?:这么多|这些|这点)|"
    r"那(?:是|都是)(?:他|她)(?:自己)?(?:挣|赚|的钱)?的?"
)


def _whose_pay_zh(folded: str, start: int, end: int) -> str | None:
    """``"spouse"`` or ``"own"``: the last person named in ``folded[start:end]``."""
    whose = None
    for named in _WHOSE_PAY_ZH.finditer(folded, start, end):
        whose = "spouse" if named["spouse"] else "own"
    return whose


def _own_pay_after_a_spouses_zh(folded: str, chosen: list[Number]) -> Decimal | None:
    """The cardholder's own pay, said after a spouse's and said to be the one to take: "我老婆在
    大厂一个月三万 我在食堂洗菜 两千六 我的就这么多", "她在质检四千六 我轧钢五千九 填我的就行",
    "老公…四千 那是他挣的 我自己…两千一". The spouse's pay is no income of the cardholder's;
    not where the two are added up or compared, nor without the own said to be the one (the
    household's may be meant)."""
    if len(chosen) != 2 or not _A_SPOUSE_ZH.search(folded, 0, chosen[0].start):
        return None
    if _BOTH_OR_A_COMPARISON_ZH.search(folded) or not _ONLY_THE_OWN_TAKEN_ZH.search(folded):
        return None
    theirs, own = chosen
    if (
        own.value is None
        or own.part
        or _whose_pay_zh(folded, 0, theirs.start) != "spouse"
        or _whose_pay_zh(folded, theirs.end, own.start) != "own"
    ):
        return None
    return own.value


#: The cardholder's own share said first, right before its figure: "my half of everything is
#: about 700", "az én részem kb 150", "我那份大概三千".
_OWN_SHARE_FIRST = regex(
    r"\bmy (?:half|share|bit|part|cut|portion)"
    r"(?: of (?:it|everything|the (?:costs?|bills)|it all))?"
    r"(?: is| comes to)?(?: about| around| roughly)? ?$|"
    r"\b(?:az )?(?:en )?(?:reszem|felem)(?: kb| nagyjabol| korulbelul)? ?$|"
    r"我(?:的)?(?:那份|那一半|一半|部分)(?:大概|大约|差不多)?(?:是)? ?$"
)
#: Then the whole household's figure, in a clause of its own: "the whole flat spends 1,400", "az
#: egész lakás 300-at költ", "全家一个月花六千".
_THE_WHOLE_AFTER = regex(
    r"\b(?:the )?(?:whole|entire) (?:flat|house|household|family|place|home)\b|"
    r"\b(?:the )?household (?:as a whole|altogether|in total)\b|"
    r"\baz egesz (?:lakas|haz|haztartas|csalad)\b|(?:全家|我们家|家里)(?:总共|一共|一个月|每月)"
)


def _own_before_the_whole(folded: str, numbers: list[Number]) -> Number | None:
    """The cardholder's own share said first, the whole household's figure after it ("my half of
    everything is about 700, the whole flat spends 1,400"): the own share, the one asked."""
    if len(numbers) != 2:
        return None
    own, whole = numbers
    if own.value is None or whole.value is None or own.value >= whole.value:
        return None
    if not _OWN_SHARE_FIRST.search(folded, max(0, own.start - 40), own.start):
        return None
    return own if _THE_WHOLE_AFTER.search(folded, own.end, whole.start) else None


#: A partner's pay, said in English: "my partner earns 2,600", "my husband makes 2200".
_PARTNERS_PAY = regex(
    r"\b(?:my )?(?:partner|husband|wife|hubby|boyfriend|girlfriend|other half)(?: \w+)? "
    r"(?:earns|gets|makes|brings (?:in|home)|takes home|is on)\b"
)
_OWN_PAY = regex(r"\bi (?:\w+ )?(?:make|earn|get|bring in|take home)\b")
#: Right after the own figure, where it comes from: "from cleaning", "from my part time job".
_OWN_SOURCE = regex(
    r" ?(?:a month |per month |monthly )?(?:from|doing|cleaning|at the|at a|at my|on my)\b"
)


def _own_from_its_source(folded: str, numbers: list[Number]) -> Number | None:
    """The cardholder's own pay after a partner's, said with where it comes from: "my partner
    earns 2,600 and i get about 700 from cleaning". (The earlier rounds read a bare "my husband
    makes 2200 and i make 900" as asked again, or as the couple's sum: not here.)"""
    own = _own_after(folded, numbers, _PARTNERS_PAY, _OWN_PAY)
    return own if own is not None and _OWN_SOURCE.match(folded, own.end) else None


_CLAUSE_BREAK_BEFORE = re.compile(r"[,;.\uff0c\u3002](?!.*[,;.\uff0c\u3002])")
#: Right before the cardholder's own figure, said again beside someone else's: "mine is the
#: 1450", "de az enyém a 245", "但我本人就是5800".
_OWN_FIGURE = regex(
    r"(?:\bmine|\bmy own(?: (?:wage|pay|salary|income|take[- ]home))?)(?: is| was|'s)?"
    r"(?: the| just| only)? ?$|\baz en (?:fizetesem|berem|jovedelmem)(?: pedig)?(?: kb)? ?$|"
    r"我自己(?:的)?(?:工资|收入|到手)?(?:是|有)? ?$|"
    r"\baz enyem(?: pedig)?(?: a| az)? ?$|"
    r"(?:我本人|我个人)(?:就|只|则)?(?:是|有|挣|赚|拿)? ?$|"
    # worked out after someone else's half: "so my share is 900", "所以我的是四千"
    r"\bmy (?:share|half|bit|part)(?: in)?(?: is| comes to)?,? ?$|"
    r"我的(?:那份|那一半|部分)?(?:就)?是 ?$"
)
#: Right after the cardholder's own figure: "so 900 is mine", "szóval 200 az enyém", "四千是我的".
_OWN_FIGURE_AFTER = regex(
    r" ?(?:k|e|ezer|[$€£¥]|ft|forint\w*|pounds?|quid|元|块)? ?(?:(?:is|are) (?:all )?mine\b|"
    r"(?:(?:az|a) )?enyem\b|(?:是|归)我(?:自己)?的)"
)


#: Right after the own figure, more items joined on: "…, szóval az enyém 80, plusz kaja 50" (a
#: "plusz" before an item is "and" by then).
_MORE_ITEMS_AFTER_THE_OWN_PART = re.compile(
    r" ?(?:ezer|e|ft)?\W{0,3}(?:plusz|plus|\+|and|es|meg) (?:a |az |the |my )?[^\W\d]+ ?[0-9]"
)
#: An item of the spending split with someone, said right before the own figure: that figure
#: is the own part of the item, one among the others ("…, we split the bills, mine is 60").
_AN_ITEM_SPLIT = regex(
    r"\b(?:split|share|halve) (?:the |our )?(?:bills?|food|groceries|shopping|rent|energy|"
    r"electric\w*|gas|council tax|utilities|water|broadband|internet)\b"
)


def _own_figure_said(folded: str, numbers: list[Number]) -> Number | None:
    """The one figure said as the cardholder's own ("but mine is the 1450") among others, someone
    else's among them. (A share of a cost, "rent 1000, my share 500, food 250", is no such.)"""
    if not _OTHER_PEOPLE.search(folded):
        return None
    own = [
        n
        for n in numbers
        if _OWN_FIGURE.search(folded, max(0, n.start - 24), n.start)
        or _OWN_FIGURE_AFTER.match(folded, n.end)
    ]
    if len({n.value for n in own}) != 1 or len(own) == len(numbers):
        return None
    clause = _last_clause_break(folded, 0, own[0].start)
    before = _last_clause_break(folded, 0, max(0, clause - 1))  # and the clause before it
    if _AN_ITEM_SPLIT.search(folded, before, own[0].start):
        return None  # "rent 700, food 200, we split the bills with my partner, mine is 60"
    if _MORE_ITEMS_AFTER_THE_OWN_PART.match(folded, own[0].end):
        return None  # "…szóval az enyém 80, plusz kaja 50": the own part of one item, then more
    if _I_PAY_ALL_OF_THEM.search(folded):
        return None  # "az enyém 95, az övé 130, … mindet én fizetem": every figure is paid
    if _A_WIDOWS_PENSION.search(folded):
        return None  # "widows pension 430 and my own 1,020": both are paid to the cardholder
    return own[0]


#: A pension paid to the cardholder after someone who died: their own income beside "my own".
_A_WIDOWS_PENSION = regex(
    r"\b(?:widow'?s|widows|widower'?s|survivor'?s|bereavement) (?:pension|benefit|allowance|"
    r"support)\b|\bozvegyi\w*|遗属(?:补助|津贴|抚恤金)|抚恤金"
)


#: Every figure said paid by the cardholder, whose ever it is: "mindet én fizetem", "i pay all
#: of it", "都是我出".
_I_PAY_ALL_OF_THEM = regex(
    r"\b(?:mindet|mindent|az osszeset|mindkettot|mindegyiket) en fizet\w*|"
    r"\ben fizet\w* (?:mindet|mindent|az osszeset|mindkettot)\b|"
    r"\bi pay (?:for )?(?:all of (?:it|them)|it all|them all|both|everything)\b|"
    r"(?:都是|全是|全部)(?:我)(?:出|付|交|掏)"
)


#: A change after which today's amount is said: "搬回爸妈家住以后", "since i'm on my own",
#: "mióta egyedül vagyok".
_SINCE_A_CHANGE = {
    "zh": re.compile(r"(?:以后|之后|后来|从那以后|自从)"),
    "en": regex(r"\b(?:since|ever since|after)\b"),
    "hu": regex(r"\b(?:miota|ota|azota|amiota)\b"),  # the text is read without accents
}
#: Said of an amount still to come after the change ("以后会有三千", "once i start i'll get 900").
_STILL_TO_COME = {
    "zh": re.compile(r"会|能|可以|下个?月|明年|将来|到时候|如果|要是"),
    "en": regex(r"\b(?:will|ll|would|could|once|when|if|next|going to|gonna)\b"),
    "hu": regex(r"\b(?:lesz|leszek|majd|fog\w*|ha|amikor|jovo\w*)\b"),
}


def _one_after_the_before(folded: str, numbers: list[Number], language: str) -> Number | None:
    """The one amount after a change ("以后", "since", "mióta") that follows the amounts said as
    before it ("以前一个月花六千, 搬回爸妈家住以后每月就给我妈1000", "the two of us spent 1600,
    since i'm on my own its 1050"): today's."""
    code = language_code(language)
    if code not in _SINCE_A_CHANGE:
        return None
    before = [n for n in numbers if _marked(folded, n) == "before"]
    after = [n for n in numbers if n not in before]
    if not before or len({n.value for n in after}) != 1:
        return None
    said_before = max(n.end for n in before)
    change = _SINCE_A_CHANGE[code].search(folded, said_before, after[0].start)
    if change is None or after[0].start < said_before:
        return None
    then = folded[change.end() : after[0].start]  # "以后三千", "以后会有三千": still to come
    return after[0] if then.strip() and not _STILL_TO_COME[code].search(then) else None


#: The household's income said to be mostly someone else's: "thats mostly my partner", "az
#: nagyrészt a páromé", "大部分是我老公的".
_MOSTLY_THEIRS = regex(
    r"\b(?:mostly|mainly|largely|most of (?:it|that) is) (?:from )?(?:my |his |her )?"
    r"(?:partner|husband|wife|hubby|him|her|theirs|his|hers)\b|"
    r"\b(?:nagyreszt|foleg|tobbnyire|java) (?:a |az )?(?:parome|ferjeme|felesegeme|parom|ferjem|"
    r"felesegem|ove)\b|"
    r"(?:大部分|主要)(?:是|都是)(?:我)?(?:老公|老婆|爱人|丈夫|妻子|对象)"
)


def _own_beside_a_household_mostly_theirs(folded: str, numbers: list[Number]) -> Number | None:
    """The cardholder's own income after a household's said to be mostly someone else's."""
    return _own_after(folded, numbers, _MOSTLY_THEIRS)
