"""The last steps of the decision: payments kept over balances, a total redone or corrected, the
one figure meant or a list's sum, a figure still unclear, nothing said beside a figure, and the
one number left (:func:`_the_one_number`). Apart because they settle on the answer once the
figures are weighed."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from dialogs.understanding.beside import (
    RISEN_TO,
    adds_another_income,
    costs_beside_income,
    settled_beside,
)
from dialogs.understanding.rules.amounts.beside_the_paid import (
    _a_turnover_among,
    _beside_what_is_paid,
)
from dialogs.understanding.rules.amounts.corrections import (
    _A_TAKE_HOME_WORD,
    _a_share_taken_off,
    _corrected,
    _correction_marks,
    _marked,
    _total_redone_with_an_item,
    _total_revised_for_an_item,
)
from dialogs.understanding.rules.amounts.debts import (
    _a_balance_among,
    _balances_only,
    _names_a_loans_size,
    _near,
    _payment_beside_balances,
    _without_balances,
)
from dialogs.understanding.rules.amounts.in_chinese import (
    CORRECTION_WORD_ZH,
    DEBTS_NAMED_ZH,
    ITEMS_OF_SPENDING_NAMED_ZH,
    NO_JOB_NOW_ZH,
    _a_bound_of_another_item_zh,
    _corrected_with_the_gap_zh,
    _left_out_then_counted_in_zh,
    _revised_offer_old_one_too_dear_zh,
    _the_own_figure_after_a_whole_zh,
    _without_a_rate_and_its_count_zh,
    _without_a_whole_worked_down_zh,
    _without_the_last_said_again_zh,
)
from dialogs.understanding.rules.amounts.in_english import (
    _a_months_pay_after_the_years_en,
    _net_pay_on_a_payslip_en,
    _own_beside_the_partners_en,
    _own_part_of_the_households_en,
    _without_nothing_from_a_side_source_en,
)
from dialogs.understanding.rules.amounts.in_hungarian import (
    _a_tenth_among_thousands_hu,
    _own_pay_beside_a_partners_hu,
    _without_nothing_from_a_side_source_hu,
)
from dialogs.understanding.rules.amounts.items import (
    _a_total_said_last,
    _all_but_what_is_left_out,
    _item_without_amount,
    _rest_left_unsaid,
    _the_items_add_up_to,
    _the_whole_before_its_parts,
    _what_is_left_said_again,
)
from dialogs.understanding.rules.amounts.outcome import (
    AmountProblem,
    AmountReading,
    _AmountBeingRead,
)
from dialogs.understanding.rules.amounts.periods import (
    _a_month_worked_out,
    _monthly_beside_refused,
    _nothing_now_amount_later,
    _period_of,
)
from dialogs.understanding.rules.amounts.shares import (
    _an_item_of_its_own,
    _my_half,
)
from dialogs.understanding.rules.amounts.surroundings import (
    _LEFT_WITH,
    _MONEY_FROM_OTHERS_UNSAID,
    _MONTHLY,
    _MONTHS_WORKED_OUT,
    _NONE_OF_THE_OFFERS,
    _NOW,
    _OWN_HOUSEHOLDS_PART_ZH,
    _PAPER_NOT_AT_HAND,
    _PAYMENTS_LEFT_COUNTED,
    _SENTENCE_END,
    _SO_BEFORE,
    _SO_RIGHT_BEFORE,
    _THE_REST_AFTER_A_PART_LEFT_OUT_ZH,
    _TOTAL_AFTER,
    _TOTAL_BEFORE,
    _ZERO_WORDS,
    AFTER_DEDUCTIONS,
    _blanked,
    _in_thousands,
    _last_clause_break,
    _numbers_to_decide_on,
    _within,
)
from dialogs.understanding.rules.amounts.todays_own import (
    _base_then_all_paid_zh,
    _one_after_the_before,
    _own_beside_a_household_mostly_theirs,
    _own_beside_someone_elses,
    _own_beside_theirs_or_the_whole,
    _own_figure_said,
    _own_then_partners_and_both_zh,
    _today_beside_later,
    _wage_before_own_outgoings_zh,
)
from dialogs.understanding.rules.numerals import (
    _A_MONTH_AFTER,
    _ARABIC_NUMBER_RE,
    _NUMBER_RE,
    CURRENCY_AFTER,
    CURRENCY_WORDS,
    Number,
    numbers_in,
)
from dialogs.understanding.rules.sums import (
    _ANOTHER_PERIOD,
    _EACH_ZH,
    _HALF_SHARE,
    _ITEMS,
    _LATER,
    _MINE_BEFORE,
    _OF_WHICH,
    _OTHER_PEOPLE,
    _clause,
    _clause_between,
    _product_said,
    _products_said_zh,
    _said_with_and_without,
    _share_of_a_cost,
    _split_in_a_month,
    _split_in_a_month_zh,
    _sum_of_items,
    varying_amount_said,
)
from dialogs.understanding.rules.text import (
    compile_phrases,
    language_code,
    regex,
    words_only,
)

#: At the other debts, arrears paid on top of the ordinary bill they are owed on, in English:
#: "council tax arrears 50 a month on top of the normal bill", "i pay 15 on top of the rent to
#: clear it". The bill is no debt: the figure is the arrears' whole payment, no part of one.
_ARREARS_ON_TOP_OF_THE_BILL_EN = re.compile(
    r"\bon top of (?:the |my |our )?(?:normal |usual |regular |ordinary |monthly )?"
    r"(?:bill|rent|maintenance|council tax|payments?|charge|tax)\b"
)


#: Words that make an amount only part of the answer, or a bound of it: "rent alone is 900, then
#: food on top", "more than 3000", "csak a lakbér 90 ezer plusz a kaja", "300多", "光房租就900".
PART_OF_IT = (
    r"(?<!live )(?<!living )(?<!lives )(?<!lived )\balone\b", r"\bon top\b",
    r"\bplus\b", r"\bnot (?:including|counting)\b",
    # an item left out of the figure: "950 but that doesnt include petrol" (not help never
    # relied on, "i dont count on it", nor a thing just named that is left out, no part of the
    # figure: "the allowance is my mum's so dont count that")
    r"\b(?:does ?n'?t|doesnt|does not|don'?t|dont|isn'?t|isnt|is not) (?:include|cover|"
    r"count(?! on\b| (?:it|that|those|them|these)\b))\b"
    r"(?! (?:this|your|ur|the|you guys'?) (?:card|one)\b)",
    r"\bexcluding\b", r"\bwithout (?:the |food|bills|rent)", r"\band then\b",
    # an item's figure said to be its own, the whole unsaid: "the rent on its own is 650"
    r"\bon (?:its|their) own\b",
    # more items named with no figure, the whole unsaid: "the car finance is 200 and there's a
    # few other bits as well" (not with their figure after: "a few other bits, 80")
    r"\b(?:a few|some|a couple of|couple of|a couple|loads of|lots of) other (?:bits|bobs|"
    r"things|ones|bills|debts|loans|cards|payments)\b(?![^0-9]*[0-9])",
    # another job or income of one's own named last with no figure: "the 400 is only what the
    # school pays me, I've the office cleaning as well"
    r"\b(?:i'?ve|ive|i have|i do|i'?ve got|ive got|i also have|i also do) (?:also )?(?:the|my|a|an)"
    r" (?:[a-z]+ ){0,2}(?:job|jobs|cleaning|work|shifts?|round|hours|pension|benefits?|uc|stall|"
    r"lodger|business|side hustle) (?:as well|too)\W*$",
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
    # (not a wish to have the whole offered taken in two goes: "九百 能不能分两次扣")
    r"(?<!算了)(?<!算)(?<!记了)(?<!写了)两次(?:(?![扣还付交])|(?<!能分两次)(?<!可以分两次))",
    r"\bhavi (?:[2-9]|két|kettő|három|négy) (?:részlet|törlesztő)\w*",
    r"\b(?:[2-9]|two|three|four|five|six) (?:payments|instal+ments) (?:of|a month|per month)\b",
    r"\beach\b(?! (?:month|mo|way)\b)", r"\bapiece\b", r"\begyenként\b", r"\bdarabonként\b",
    r"\bmindegyik\w*", r"各(?!种|種|样|樣|类|類|个|個|项|項)"
    # (not "各挣各的", "各花各的": each their own, no figure for each)
    r"(?![\u4e00-\u9fff]各的)(?!(?<=各[\u4e00-\u9fff]各)的)", r"每笔", r"每張", r"每张",
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
    # (not the time left on a debt: "还有十期", "还有半年就还完了"; nor a thing still paid off:
    # "那辆电动车还有分期 每月两百")
    r"(?<=.)还有(?!个|一个|[一两二三四五几]?(?:笔|张|个)|[0-9一二两三四五六七八九十几半]+个?(?:期|月|年)"
    r"|(?<=[车机脑箱]还有)(?:分期|贷款|月供|尾款))",
    r"另外还(?!欠|有个|有一)",
    r"(?<=[0-9千百万块元])加上(?![^0-9]{0,10}(?:一共|总共|总计|合计))",
    r"(?<=[0-9一二两三四五六七八九十千百万块元] )加上(?![^0-9]{0,10}(?:一共|总共|总计|合计))",
    # (not one item added to another, then the two's figure: "药费加上请护工 差不多三千",
    # "水电 加上吃饭 一个月两千")
    r"(?<![0-9千百万块元])(?<![0-9一二两三四五六七八九十千百万块元] )加上"
    r"(?![^0-9]{0,10}(?:一共|总共|总计|合计|差不多|大概|大约|加起来|一个月|每个?月))"
    # (not the bank's own card, asked apart: "就这两个, 再加上你们这张卡")
    r"(?!你们(?:这|那)?张|你们(?:的|家的)?卡)",
    # not "年终奖我不算那个": an extra set aside by pointing back at it, the figure is whole;
    # not "不算房贷的话没有": nothing but the one named, whose figure is the whole; not "房贷
    # 是他在还 不算我的": the item named is another's, the figure said is the own whole; not
    # "两千五左右 不算多": the figure judged, nothing left out; not the thing named before it
    # set aside at its clause's end, "他的不算", "客人给的小费不算", "红包我不算进去" (no part of
    # the figure: the figure is whole), but an essential so set aside is ("开销三千 房租不算"),
    # and a bare "他的"/"她的", whose person is not named, is left as it was; so too the thing
    # said to be no spending or none of the own ("寄的八千不算开销", "她的退休金不算我家的"),
    # but not "算不算", asked, nor a thing "不是钱" ("五百的超市卡 那个不是钱 不算": its figure)
    r"(?<!那个)(?<!那笔)(?<!那些)不算(?!那个|那笔|那些|它|我的(?:$|[ ,.!?;])|多|少|高|低|贵|太|很)"
    r"(?![\u4e00-\u9fff]{1,6}?(?:的话|以外|之外)?(?:就|都|也)?(?:没有|没了|没))"
    r"(?:(?<=房租不算)|(?<=租金不算)|(?<=吃饭不算)|(?<=伙食不算)|(?<=饭钱不算)|(?<=水电不算)|"
    r"(?<= 他的不算)|(?<= 她的不算)|(?<=^他的不算)|(?<=^她的不算)|(?<=算不算)|"
    r"(?<=不是钱 不算)|(?<=不是钱,不算)|(?<=不是钱不算)|"
    r"(?!(?:进去|进来|在内|在里面|在这里?|收入|我这|我家的|我的开销|我的收入|开销|开支|"
    r"(?:必要|生活)(?:开销|开支)|钱)?(?:了|吧|哈|啊|呢)?(?:$|[ ,.!?;\u3002])))",
    r"不包括",
    # (not a debt paid back when there is money: "朋友那笔有钱再还")
    r"(?<!有钱)(?<!有钱了)(?<!宽裕了)再还", r"(?:有钱|宽裕)了?再还(?:多|更多|一些|一点|点)",
    r"\banother [$€£]?[0-9](?![0-9]* ?(?:more )?(?:months?|mths?|payments|instal+ments|years?)\b)",
    r"光(?:房租|租金|吃饭)",
    # an essential left out with "不含" and no figure of its own: "2800 不含房租", "不包含吃的"
    # (not "含房租1200", inside it; not "不含房贷": a debt, asked apart)
    r"不(?:含|包含)(?:房租|租金|吃的|吃饭|伙食|饭钱)(?! ?(?:[0-9]|[一二两三四五六七八九]))",
    # the pay's base with its bonus only as a share of the whole: "基本4k 绩效占30%" (the whole
    # is not said)
    r"(?:绩效|提成|奖金|浮动)(?:工资|部分)?(?:占|占了)(?:[0-9]+ ?[%\uff05]|百分之)",
    # More is said to come on top, not how much: "but probably more", "de inkább több", "加提成".
    # (Not more at a time named before, "busy in spring so maybe more then": the figure holds.)
    r"\b(?:probably|maybe|possibly|prob|likely|if not|or even|could be) (?:a (?:bit|little|lot) )?"
    r"(?:more|higher|over)\b(?! (?:later|next|when|once|if|in|after|than)\b| then\W*$)",
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
    # (not the two's figure said right after them, no more of the extra between: "底薪加提成
    # 这个月三千九", "底薪加提成, 上个月到手七千八" are the whole; "加提成 提成大概一千" is not)
    r"加(?:提成|奖金|绩效|补贴|加班费)"
    r"(?!(?:(?!提成|奖金|绩效|补贴|加班|不一样|不固定|不定|没算|看)"
    r"(?:[^0-9一二两三四五六七八九十]|一(?![十百千万]))){0,16}"
    r"(?:[0-9]|[二两三四五六七八九十]|一(?=[十百千万])))",
    # A share of the figure, how much not worked out: "2500 as a household, i put in 60% of
    # that", "房租四千我出一半"; not the own share with its own figure right after it ("my half of
    # the bills is about 700", but not "my half of the bills, the whole lot is 1,400"; nor a cost
    # said to be a part of the whole: "about 1,200 a month, the rent is half of that")
    r"(?<!\bmy )(?<!\brent is )(?<!\brent's )(?<!\bmortgage is )(?<!\bmortgage's )"
    r"(?<!\bbills are )(?<!\bfood is )"
    r"\b(?:[0-9]+ ?%|half|a third|a quarter) of (?:it|that|this|them|the)\b",
    # (nor the own share of the bills named after its figure: "about 800, thats my half of the
    # bills"; "2000, thats my half of it" still is one)
    r"(?:(?<![0-9], )(?<![0-9] is )(?<![0-9], thats )(?<![0-9] thats )(?<![0-9], that's )"
    r"(?<![0-9], that is )(?<![0-9], its )(?<![0-9], it's )(?<![0-9], which is )"
    r"\bmy (?:[0-9]+ ?%|half|a third|third|a quarter|quarter) of the\b"
    r"|\bmy (?:[0-9]+ ?%|half|a third|third|a quarter|quarter) of (?:it|that|this|them)\b)"
    r"(?! (?:(?!plus |with )[a-z]+ ){0,3}(?:is|are|comes to|come to|=) "
    r"(?:about |around |roughly |like |maybe )?[$€£]?[0-9])",
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
#: At the counter, more promised later after the figure offered now: "40 a month for now, and
#: then more once i'm back at work" (the offer is the figure; how much more is for later).
_MORE_OFFERED_LATER_EN = regex(
    r"\band then more\b(?= (?:later|once|when|after|from|as soon|in|next)\b|\W*$)",
    read_often=False,
)
#: A figure's months said to go a bit either side of it: "on average about 1,250, some months a
#: bit more some a bit less" (the figure is the month's, no bound of it).
_A_BIT_EITHER_SIDE_EN = regex(
    r"\bsome (?:months? |weeks? )?(?:a )?(?:bit|little|tad) (more|less|over|under),? (?:and |but )?"
    r"(?:some|others?|other (?:months|weeks)) (?:months? |weeks? )?(?:a )?(?:bit|little|tad) "
    r"(?!\1\b)(?:more|less|over|under)\b",
    read_often=False,
)


#: A debt owed (its balance), not a monthly payment: "i owe 5000 on another card", "欠别人五万".
OWED = (
    r"\bvan (?:még )?hátra\b",
    r"\bhátra van\b",
    r"\bvan (?:még )?vissza\b",  # "a hitelen még 700 ezer van vissza": what is left, "hátra"
    r"\bvissza van\b",
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
    r"\boutstanding\b",  # a loan's page pasted: "Outstanding: £2,310.40 | Term left: 20 months"
    r"\bleft (?:on|owing on|to go on) (?:it|them)\b",  # "a loan with about 3k left on it"
    # the thing a loan bought named: "about 1,800 left on the van", "4k left on my car"
    r"\bleft (?:on|owing on|to go on) (?:the|my) (?:car|van|bike|loan|finance|sofa|phone)\b",
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
    # the sum borrowed, with no word of what is paid on it a month: "借了我哥三万, 还没还完",
    # "跟我姐借了两万", "borrowed 3k off my brother", "kölcsönkértem 300 ezret anyámtól" (an
    # instalment named is paid: "借了网贷 每期还八百")
    r"借了(?![^\u3002]*每期)",
    r"\bborrow(?:ed)? (?:about |around |like )?[$€£]?[0-9]",
    r"\bkölcsön ?(?:kért|vett)\w*",
    r"\b(?:adott|adtak) kölcsön\b|\bkölcsön ?ad(?:ott|tak)\b",  # "300 ezret adott kölcsön a tesóm"
    # a loan's size said as its kind: "van egy 800 ezres személyi kölcsönöm" (not the loan a
    # payment goes to: "20 ezret fizetek a 600 ezres hitelre")
    r"\bvan (?:még )?(?:egy )?[0-9]+ ?ezres (?:\w+ )?\w*(?:hitel|kölcsön|tartozás)\w*",
    # what is on a card or a loan: "credit card with 2500 on it", "another card, 1800 on it" (not
    # what is paid on it: "i pay 60 on it")
    r"\b(?:with|card,?|loan,?) [$€£]?[0-9][0-9.,]*k? on (?:it|them)\b",
    # a loan or a card's spending, not what is paid on it: "贷了五万装修", "另一张卡刷了八千",
    # "花呗用了三千", "贷款五万 还没还完"
    r"贷了",
    r"刷了",
    r"(?:花呗|白条|借呗)(?:上)?用了",
    r"没还完|没还清",
    # a bill not paid yet, once: "还有张罚单两千没交", "物业费八百还没缴"
    r"(?<=[0-9一二两三四五六七八九十百千万])(?:块钱?|元)?(?:还)?没(?:交|还|付|缴)",
)


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
    # given to the bank, the rest kept: "剩下一千二 我留两百 还你们一千"
    r"(?:还|给|付)(?:给)?(?:你们|银行|您)(?:个|大概)?$",
)  # fmt: skip


OFFERED_AFTER = (
    r"^(?:-?[aeoö]?t)? ?(?:ft|forint\w*|eur\w*)? ?(?:havonta |havi |per month |a month )?"
    r"(?:talán |kb )?"
    r"(?:tudnék|tudok|tudnek|bírnék|bírok|vállalnék|vállalok|menne|megy|is doable|i can do)\b",
    # the figure given to the bank, the others kept: "…两千五留着 五百给你们", "500 to you"
    r"^(?:块钱?|元)?(?:每个?月)?(?:就|都)?(?:给|还|付)(?:给)?(?:你们|银行|您)",
    r"^(?: ?(?:a month|pm|monthly))? (?:to|for) (?:you|u|you guys|the bank|the card|this card)\b",
)  # fmt: skip


_OFFERED = compile_phrases(OFFERED)


_OFFERED_AFTER = compile_phrases(OFFERED_AFTER)


_OWED = compile_phrases(OWED)


#: Said of a second amount offered beside the first, as a maybe: "maybe 70 at a push", "talán
#: 30", "实在不行三百".
_HEDGED_BEFORE = regex(
    r"(?:\bmaybe|\bperhaps|\bpossibly|\bprobably|\bor even|\beven|\btalan|\besetleg|\bakar|"
    r"\bmax(?:imum)?|\bvegso esetben|\bha (?:muszaj|nagyon kell)|也许|可能|或许|实在不行|最多)"
    r"\W{0,2}(?:[$€£¥] ?)?$"
)


_HEDGED_AFTER = regex(
    r" ?(?:[$€£¥]|ft|forint\w*|quid|pounds?|元|块)? ?(?:a month |per month |havonta )?"
    r"(?:at a (?:push|stretch)|if (?:pushed|i must|i have to|need be|necessary|really needed)|"
    r"max\b|tops\b|vegso esetben|ha (?:muszaj|nagyon kell)|也行|也可以)",
    read_often=False,
)


#: Not a penny, in Chinese: "现在一分钱都没有". Its 一 is no figure; read as the words for nothing
#: (and 零 of 一千零五 is no "nothing" once the figures are taken out).
_NOT_A_PENNY_ZH = re.compile(
    r"一分钱?(?:都|也)?没有?(?!进账|到账|收入|多花|乱花|多用)|一分钱?(?:的)?(?:收入|进账)(?:都|也)没有?"
)  # (also "一分钱收入都没有": not a penny of income; not "一分都没多花": nothing spent over)


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


#: Asked what is spent, a "nothing" said of what brings money in, not of the spending: "a
#: műhely most nem hoz semmit, de 150-ből kijövünk", "nem keresek semmit, 90-ből megélek". The
#: nothing is the earnings; the figure beside it is what is spent. (Only at spending, and only
#: with "semmi" in the message: "semmit se költök" stays a nothing said of the spending.)
_NOTHING_EARNED_HU = re.compile(
    r"\b(?:nem|sem|se) (?:hoz|hoznak|keres(?:ek|unk)?|termel|jovedelmez)"
    r"(?: (?:most|jelenleg|mostanaban|egyelore|meg))? semmit\b"
)


#: Nothing besides the amount said: "más nincs", "ha nem jön közbe semmi".
_NOTHING_ELSE = regex(
    r"\b(?:mas|egyeb|tobb) (?:nincs|nincsen)\b|\bnincs (?:mas|egyeb|tobb)\b|"
    r"\bnem jon kozbe semmi\b|\bsemmi (?:gond|baj)\b|"
    # no fixed pay or sum, a figure settled on beside it: "nincs fix fizum, a múlt hónap alapján
    # kb 205", "…, nincs fix összeg" (the pay varies; it is not nothing)
    r"\bnincs(?:en)? (?:fix|allando|rendszeres|kotott) (?:havi )?(?:fizu\w*|fizetes\w*|ber\w*|"
    r"jovedelm\w*|bevetel\w*|osszeg\w*)|"
    # Nothing else besides the amount, or a "nothing" not about money ("none of your business").
    r"\bnone of your (?:business|concern)\b|\b(?:nothing|nowt|nout|nuthin) else\b|"
    # "semmi közük hozzá", "ahhoz semmi közöd": the same, in Hungarian
    r"\bsemmi koz(?:uk|od|otok|e)\b|"
    r"\bmais nada\b|\bnada mais\b|\bnada mas\b|"  # "…, mais nada": nothing else, typed mixed
    r"\bnothing (?:fancy|special|extra|much)\b|\bsemmi (?:extra|kulonos|flancos|luxus)\b|"
    # the same as what one did not get or eat: "nem ettem semmi extrát", "semmi különöset"
    r"\bsemmi (?:extrat|kulonoset|luxust)\b|"
    r"\bno other (?:income|money|loans?|debts?|borrowing|credit cards?)\b|"
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
    # a bonus or overtime said in either language, none this year: "bónusz idén nincs",
    # "overtime egyelőre nincs" (the extra is no "nothing" said of the pay)
    r"\b(?:bonusz|jutalom|overtime)\w*(?: (?:iden|egyelore|most|jelenleg))? (?:sincs|nincs)\b|"
    r"\bnincs (?:tulora|premium|mellekes)\w*|\b(?:tole|toluk|\w+tol) (?:meg |sem )?nem jon semmi\b|"
    # an extra on top of the pay that brings nothing now, in English: "basic 1,400, overtime
    # zero atm", "salary 1800, bonus is pretty much nil" (not "next to nothing": some, unsaid)
    r"\b(?:commission|overtime|bonus(?:es)?|tips|extras)(?:'s| is| are)?(?: (?:basically|"
    r"practically|pretty much|virtually|more or less|just about))? (?:nil|zero|nothing|none|"
    r"nowt|zilch|sod all|naff all)\b|"
    # nothing paid on top for a part of the work: "az előadásokért nincs külön", "külön nincs"
    r"\b(?:\w+(?:ert|ort) )?nincs kulon\b|\bkulon (?:nem jar|nincs)\b|"
    # An item there is none of, beside the others' amounts: "lakbér nincs", "no rent", "不用交房租"
    r"\b(?:lakber|alberlet|berleti dij|torleszto|hitel)\w* (?:nincs|nincsen)\b|"
    r"\bnincs (?:lakber|alberlet|berleti dij|torleszto)\w*|\b(?:no|zero|nil) (?:rent|mortgage)\b|"
    # an item that costs nothing: "the nursery is covered, so nothing to pay there"
    r"\bnothing to pay (?:there|for (?:it|that|them|those)|on (?:it|that))\b|"
    r"(?:没有|不用(?:交|付)|不交)(?:房租|房贷|租金)|(?:房租|房贷|租金)(?:没有|不用(?:交|付))|"
    r"(?:没有|没|无|冇)(?:其他|其它|别的)(?:的)?收入|"  # (Cantonese "冇其他收入" too)
    # (the kind named between: "房贷每个月2800 别的贷款没有了", "其他开销没了")
    r"(?:别的|其他|其它)(?:的)?(?:贷款|欠款|债|网贷|收入|开销|开支|花销)?(?:啥|什么)?(?:都|也|就)?"
    r"(?:没(?:有)?|冇)了?|"
    # "每月八千 没别的了" (not "除了这张卡没有别的了", "现在没别的了": none besides the card, now)
    r"(?<!卡)(?<!卡 )(?<!以外)(?<!之外)(?<!现在)(?<!现在 )(?:没(?:有)?|冇)(?:别的|其他|其它)(?:的)?"
    r"(?:了|啦|$)|"
    # the wage gone, a benefit paid in its place: "没工资了 就靠低保", "没工资 在领失业金"
    r"没(?:有)?工资了?(?=[^0-9]{0,8}(?:失业金|低保|救济金|病假工资|补助|养老金|退休金))|"
    # the partner's nothing beside the own figure: "低保六百 老伴也没收入"
    r"(?:老伴|老公|老婆|爱人|媳妇|对象)(?:现在|目前|暂时)?(?:也|都|还)?没(?:有)?(?:收入|工资|工作)|"
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
#: not wages", "az útiköltség-térítés nem jövedelem", "报销的钱不算收入" (not "a többi az övé",
#: the rest of a whole, said after the own figure: "együtt 480, az enyém 205, a többi az övé").
_SAID_NOT_INCOME = regex(
    r"\b(?:is|are|that'?s|thats|its|it'?s) (?:expenses|costs|a loan|savings|a refund|"
    r"reimbursement)\w*,? (?:and )?not (?:wages|income|pay|salary|earnings)\b|"
    r"\b(?:isn'?t|is not|aren'?t|are not|not) (?:my )?(?:wages|income|pay|salary|earnings)\b|"
    r"\bnem (?:jovedelem|fizetes|ber|bevetel)\b|不(?:算|是)(?:我的)?(?:收入|工资)|"
    r"(?<!\btobbi )(?<!\bmaradek )\baz (?:az )?(?:ove|oveke|ovek|oveik)\b|"
    r"\b(?:that'?s|thats|that is|its|it'?s) (?:theirs|"
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


#: One of which each match of the patterns :func:`_said_not_essential` reads has: "别的", "其他"
#: or "其它" (:data:`_SAID_ANOTHER_DEBT_RIGHT_AFTER_ZH`), "the other", "the rest" or "the
#: remaining" (:data:`_THE_REST_ON_WANTS`), and the word after "not", "can" or "could" or "non"
#: of :data:`_SAID_NOT_ESSENTIAL`. Where a message has none, none of its figures is said to be
#: no essential: not looked for figure by figure.
_WORDS_OF_NOT_ESSENTIAL = (
    "别的", "其他", "其它", "the other", "the rest", "the remaining", "essential", "needed",
    "a need", "necessary", "cancel", "stop", "drop",
)  # fmt: skip


def _said_not_essential_after(folded: str, number: Number, numbers: list[Number]) -> bool:
    """Whether the words of :data:`_SAID_NOT_ESSENTIAL` come after ``number``, the last of
    ``numbers`` in its sentence (before a figure, they may name the item of that figure)."""
    _, end = _clause_between(folded, number.start, number.end, _SENTENCE_END)
    if any(number.end <= n.start < end for n in numbers):
        return False
    return _SAID_NOT_ESSENTIAL.search(folded, number.end, end) is not None


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


_OWN_PART_LAST_ZH = re.compile(rf"{_OWN_HOUSEHOLDS_PART_ZH}[^,;.!?\uff0c\u3002]{{0,3}}$")


_PARTS_OPENED = re.compile(r"[(\uff08]|具体(?:是|有|来说|如下)|分别是|其中")


#: At the other debts, a relative or friend named with a figure right after: a loan from them
#: paid back, one more debt of the list ("car loan 180 and my mum 40", "klarna 25, my brother
#: 60"), no one else's money (so :data:`~.sums.OTHER_PEOPLE` does not stop the adding up).
_A_RELATIVE_PAID_BACK_EN = regex(
    r"(?<=\bmy )(?:mum|mom|mam|dad|nan|gran|mother|father|brother|sister|mate|friend|uncle|"
    r"aunt(?:ie)?)(?= (?:[$€£] ?)?[0-9])"
)


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


#: Right before the last figure of a list, one more item said to be paid as well ("每个月还要
#: 寄回去一千五", "另外还得交学费八百"): an item, no total of the ones before it, even when
#: the figures happen to add up.
_ONE_MORE_ITEM_ZH = re.compile(r"还要|还得|另外(?![^0-9]{0,6}(?:一共|总共|加起来))")


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


#: Right before the month's figure of one item worked out from how often it comes: "the carer
#: comes in twice a week which is 220 a month" (the item's month, no total of the list).
_AN_ITEMS_VISITS_WORKED_OUT_BEFORE_EN = regex(
    r"\b(?:a|per|every|each) (?:week|fortnight)\W{0,2}(?:which|that) (?:is|comes to|works out "
    r"(?:at|to|as))(?: about| around| roughly)?\W{0,2}(?:[$€£] ?)?$",
    read_often=False,
)


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


#: Right before the middle of three figures at the counter, that the cardholder keeps it back
#: ("留", "留个", "留出"), and right before the last, that it is paid ("还", "就还", "能还"):
#: "手头剩一千 留四百给孩子 还六百".
_KEPT_BACK_BEFORE_ZH = re.compile(r"留(?:个|出|下)?$")
_PAID_RIGHT_BEFORE_ZH = re.compile(r"(?:就|能|先)?还(?:个|给你们)?$")


def _offered_after_keeping_some_back_zh(folded: str, numbers: list[Number]) -> Number | None:
    """At the counter, three figures: what is left in the month, what the cardholder keeps back
    of it, and what is paid, the last the first less the second ("结余九百 想留三百 还六百"): the
    offer is the last, the others its reckoning. Only when the sums come out exactly."""
    whole, kept, paid = numbers
    if whole.value is None or kept.value is None or paid.value is None:
        return None
    if paid.value != whole.value - kept.value or not paid.value > 0:
        return None
    if not _KEPT_BACK_BEFORE_ZH.search(folded, max(0, kept.start - 3), kept.start):
        return None
    if not _PAID_RIGHT_BEFORE_ZH.search(folded, max(0, paid.start - 6), paid.start):
        return None
    return paid


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
    if asked == "income" and language == "hu" and len(numbers) == 2:
        own = _own_pay_beside_a_partners_hu(folded, numbers)
        if own is not None:  # "a bérem 230, a párom 340": the own pay is asked
            return own, False
    if asked == "income" and language == "en" and len(numbers) in (2, 3):
        own = _own_part_of_the_households_en(folded, numbers) or _own_beside_the_partners_en(
            folded, numbers
        )
        if own is not None:  # "we bring in 2,700, I earn 1,500 of that": the own pay is asked
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
        if (
            "扣" in folded
            and turnover.value is not None
            and left.value is not None
            and turnover.value > left.value > turnover.value / 2
            and _NET_AFTER_PAY_DEDUCTIONS_ZH.search(folded, max(0, left.start - 14), left.start)
        ):
            return left, False  # "月薪八千 扣完五险一金七千二": the net pay is what comes in
    if offer and language == "zh" and len(numbers) == 3 and "留" in folded:
        kept_back = _offered_after_keeping_some_back_zh(folded, numbers)
        if kept_back is not None:  # "每月剩九百 留三百备用 还六百": what is offered
            return kept_back, False
    if owed:  # "kétmillió a kocsi, ebből 42 ezer a havi törlesztés": the payment is asked
        payment = _payment_beside_balances(folded, numbers, owed=True)
        if payment is not None and _marked(folded, payment) != "before":  # "was 500 a month"
            return payment, False
    averaged = [  # "1,800 a wedding but spread over the year i average 2,100 a month"
        n
        for n in (numbers if asked == "income" else [])  # (only pay is read so)
        if _AVERAGED_TO_BEFORE.search(folded, max(0, n.start - 30), n.start)
        and _A_MONTH_AFTER.match(folded[n.end : n.end + 20])
    ]
    if (
        asked == "income"
        and len({n.value for n in averaged}) == 1
        and not _ANOTHER_INCOME_NAMED_EN.search(folded)  # (not "wage 1,200, tips i average 150")
    ):
        return averaged[0], False
    if asked in ("income", "expenses") and language == "en" and "averag" in folded:
        average = _the_average_said_last_en(folded, numbers)
        if average is not None:  # "last 3 months were 1,900, 2,300 and 1,600 so averaging 1,933"
            return average, False
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
    taken_back = {  # "每个月到手五千二, 不对, … 是四千八": no take-home pay once taken back
        n.start
        for n, following in itertools.pairwise(numbers)
        if not corrected and any(n.end < mark <= following.start for mark in corrections)
    }
    net = [  # (not "tavaly nettó 280 volt, idén 310": take-home pay of a time past)
        n
        for n in numbers
        if n.start not in taken_back
        and (
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
            if (
                language == "zh"
                and asked in ("income", "expenses")
                and after
                and _the_own_figure_after_a_whole_zh(folded, after[-1])
            ):  # "账单收入八千 里面三千是朋友还我的 我工资就五千": the own figure, not the whole
                return after[-1], False
            return before[-1], True  # "250 ezer, amiből 150 a lakbér": 250 is the whole
    # (neither of an offer nor of an income: see below)
    share = _share_of_a_cost(folded, numbers) if not offer and asked != "income" else None
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
        if _AN_ITEMS_VISITS_WORKED_OUT_BEFORE_EN.search(
            folded, max(0, total.start - 40), total.start
        ):
            continue  # "…, the cleaner comes twice a week which is 160 a month": the item's
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
        and not _INCOME_WHOLE.search(folded, max(0, first.start - 12), first.start)
    ):  # "havonta 15 ezret, 10-én 8-at és 25-én 7-et": the month's offer, then its instalments
        # (not what is left, nor the wage, split into what is kept and what is offered: "剩下一千二
        # 我留两百 还你们一千", "工资三千 两千五留着 五百给你们")
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
        # (nor one more item said with "还要": "房租六百 吃饭九百 每月还要给老家寄一千五")
        and not _ONE_MORE_ITEM_ZH.search(folded, parts[-1].end, summed.start)
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
    marks = [_marked(folded, n) for n in numbers]  # (each number's read once, for all below)
    now = [n for n, mark in zip(numbers, marks, strict=True) if mark == "now"]
    if len({n.value for n in now}) == 1 and all(
        n.value == now[0].value
        or mark == "before"
        or (not offer and _near(folded, n, _LATER))  # an offer in two stages is no one amount
        for n, mark in zip(numbers, marks, strict=True)
    ):
        return now[0], False
    since = _one_after_the_before(folded, numbers, language, marks) if not offer else None
    if since is not None:  # "以前一个月花六千, 搬回爸妈家以后每月1000"
        return since, False
    offered = [  # asked for an own amount: the one offered among others said as context
        n
        for n in (numbers if offer else [])  # (none looked for but in an offer)
        if _OFFERED.search(folded[max(0, n.start - 40) : n.start])
        or _OFFERED_AFTER.match(folded[n.end : n.end + 30])
    ]
    if (
        len({n.value for n in offered}) == 1
        and not any(mark > offered[0].end for mark in corrections)  # "还你们两千 不对 … 一千二"
        and not any(n not in offered and _near(folded, n, _LATER) for n in numbers)
        and not any(  # "could do 60, maybe 70 at a push": a second offer, no one amount
            n not in offered
            and (
                _HEDGED_BEFORE.search(folded, max(0, n.start - 20), n.start)
                or _HEDGED_AFTER.match(folded, n.end)
            )
            for n in numbers
        )
    ):
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
        and not (  # (nor "借呗每月八百还有个白条两百多", one run-on clause)
            ("还有" in folded or "另外" in folded or "也" in folded)
            and any(_a_bound_of_another_item_zh(folded, exact[0], n) for n in numbers if n.part)
        )
    ):
        return exact[0], False  # "100 ezer alatt van, kb 95": a bound beside the amount
    return None


#: The message's only figure said with "来块" (that much or a little over, how much unsaid):
#: "开销四千来块", "网贷加起来一个月两千来块钱" (round 33, 37, 39). Not beside another figure
#: ("一单分一百来块 这个月一共转了我五千五": the month's said) nor "拿三千来还" (no bound).
#: Only of costs, payments and an offer ("两千来块吧": no firm figure to agree to): a wage so
#: said is left to the other signs (it read right).
_THE_ONLY_FIGURE_OR_SO_ZH = re.compile(
    r"^(?:[^0-9一二两三四五六七八九十百千万]|一个月)*[0-9一二两三四五六七八九十百千万]+来块"
    r"[^0-9一二两三四五六七八九十百千万]*$"
)


#: At the spending, one small bill said as the month's, the whole message: "话费每月一百二", "网费
#: 一个月八十" (no month lives on a phone bill: the rest of the spending is unsaid; not "生活费一
#: 个月九百五", the living costs as a whole; a bill's figure typed bare, "话费88", is kept).
_ONE_BILL_ALONE_ZH = re.compile(
    r"\s*(?:我)?(?:的)?(?:话费|手机费|网费|宽带费?|电费|水费|燃气费?|煤气费?|物业费?|停车费)"
    r"(?:每个?月|一个月)(?:是|就|大概|差不多|也就)?"
    r"[0-9一二两三四五六七八九十百千万.]+(?:块钱?|元)?(?:左右)?[\s.!\u3002]*"
)


#: Right before the only figure of the pay, that it is of one part of it ("那部分", "的那部分",
#: "那一半"): "一半发现金一半转卡 转卡那部分两千六", "现金那一半是三千". What the other part
#: comes to is unsaid, so the month's pay is not known. Not the cardholder's own part of a
#: household's ("俩人一共六千 我自己那部分两千八", "我这一半"): that is the own pay.
_ONE_PART_OF_THE_PAY_BEFORE_ZH = re.compile(
    r"(?<!自己)(?<!我)(?<!我的)那(?:部分|一半)(?:的|是|有|就是|大概)?$"
)


#: Right after a total said of the items, "and some" ("加起来两千多", "一共三千多块"): how far
#: over is unsaid, so is the total, as of a figure alone ("两千多").
_SOME_MORE_RIGHT_AFTER_ZH = re.compile(r"(?:块钱?|元)?多")


#: Right before the only figure of the pay, that it is what is left once the rent or the living
#: costs are paid out of it: "交了房租还剩三千", "除掉吃的住的剩一千五". That is no pay, and the pay
#: itself is not said (a business's costs taken off are the pay: "扣完油钱剩五千" stays read).
_LEFT_AFTER_LIVING_COSTS_BEFORE_ZH = re.compile(
    r"(?:扣|交|除|去|付|减)(?:完|掉|了|去)*(?:了)?(?:房租|租金|房贷|生活费|开销|花销|吃的|吃住)"
    r"[^0-9一二两三四五六七八九]{0,6}剩(?:下)?(?:了)?(?:的)?(?:就|才|只)?(?:是|有)?$"
)


#: Right before a month's figure, that the cardholder has averaged it out over jobs or a year:
#: "i average 2,100 a month", "i spread it as 1,900 a month", "averages out at 1,650 a month".
_AVERAGED_TO_BEFORE = regex(
    r"\b(?:(?:i|we) average|averages (?:(?:me|us|it|that|them) )?out (?:at|to)|"
    r"averages (?:me|us|it|that|them) at|(?:i|we) spread (?:it |that |them )?(?:out )?"
    r"(?:as|at|to))\W{0,2}(?:about |around |roughly )?(?:[$€£] ?)?$"
)


#: Right before the last figure, that it is the average of the months' figures said before it, in
#: English: "so averaging 1,933", "so average 3,100", "that averages out at 1,053.33", "it
#: averages 1,100".
_THE_AVERAGE_RIGHT_BEFORE_EN = regex(
    r"\b(?:averaging|averages(?: out)?(?: at| to)?|averaged out (?:at|to)|(?:an |the |my )?average"
    r"(?: is| of| was)?)\W{0,2}(?:about |around |roughly |approx |approximately )?(?:£ ?)?$"
)
#: Right after the last figure, the same said after it: "so about 1,143 on average".
_ON_AVERAGE_RIGHT_AFTER_EN = re.compile(r"(?: quid| pounds)?(?: a month)? on average\b")


def _the_average_said_last_en(folded: str, numbers: list[Number]) -> Number | None:
    """The last of three figures or more, said to be the average of the months' figures before
    it (:data:`_THE_AVERAGE_RIGHT_BEFORE_EN`, :data:`_ON_AVERAGE_RIGHT_AFTER_EN`) and their mean
    within a hundredth: "last three payslips 1,180, 940 and 1,310 so about 1,143 on average". The
    cardholder's own average is the month asked; one that is not the figures' mean is asked
    again (which is meant is unclear)."""
    if len(numbers) < 3 or any(n.value is None or n.negative or n.not_monthly for n in numbers):
        return None
    *months, average = numbers
    if not (
        _THE_AVERAGE_RIGHT_BEFORE_EN.search(folded, max(0, average.start - 40), average.start)
        or _ON_AVERAGE_RIGHT_AFTER_EN.match(folded, average.end)
    ):
        return None
    mean = sum((n.value or Decimal(0) for n in months), Decimal(0)) / len(months)
    if average.value is None or abs(average.value - mean) > max(mean / 100, Decimal(1)):
        return None
    return average


#: An income named beside the one averaged: the average is then of that item alone.
_ANOTHER_INCOME_NAMED_EN = regex(
    r"\b(?:wages?|salary|pay|pension|benefits?|uc|pip|tips|maintenance|allowance|dividends?)\b"
)


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
    rf"(?:\bnetto\w*|\bkezhez\b|\bafter tax\b|\btake[- ]home\b|\bnet\b|税后|到手|实发"
    rf"|{'|'.join(AFTER_DEDUCTIONS)})"
    r"\W*(?:(?:kb|kb\.|about|around|is|it|its|it'?s|kapok|megkapok|i get|got)\W+){0,2}$|"
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
#: One of which each match of :data:`_GROSS_BEFORE` and of :data:`_GROSS_AFTER` has.
_WORDS_OF_THE_GROSS = ("gross", "before tax", "brutto", "税前", "应发")


def _beside_the_gross(folded: str, numbers: list[Number]) -> Number | None:
    """The one figure beside pay said before tax, said of no earlier time: what comes in ("£2,050
    gross, i think around £1,700 lands", "bruttó 390, kapok 262-t")."""
    if not any(word in folded for word in _WORDS_OF_THE_GROSS):
        return None  # (no figure is said beside the gross where it is not named)
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
    # (not the rest of the costs: "我这边药费三千 家里其他的老公在付", the own figure is said)
    r"(?<!其他的)(?<!其余的)(?<!别的)(?<!剩下的)(?<!其他)"
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


#: (Right before "ebből", no mark between: in "346 jön be nekem, ebből 24 a pótlék" the "nekem"
#: ends the clause of the whole, and the part after is named, no own share.)
_MINE_BEFORE_IT = re.compile(r"\b(?:nekem|nalam|hozzam) ?$")


#: Right after "of which", the cardholder's own share: "ebből rám 150 jut", "abból nekem 90".
_MY_SHARE = re.compile(
    r"\W*(?:(?:en|csak|kb|is) )*(?:ram|nekem|az enyem|en fizetek|az (?:en )?(?:felem|reszem))\b"
    # the cardholder, the figure, then paying it: "a háztartás 390, ebből én 190-et fizetek"
    r"|\W*en (?=[0-9]+(?: ?ezer\w*)?(?:-?[aeo]?t)? (?:fizetek|fizetem|adok|allok)\b)"
    r"|\W*我(?:自己|本人)?(?:挣|赚|出|拿|付|交|掏)"
)


#: Right before "of which", the cardholder: "az egész család 450-et költ, én ebből 200-at adok".
_I_BEFORE_IT = re.compile(r"\ben\W*$|我\W*$")


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
    if owed and "已" in folded and len(chosen) > 1:  # "车贷每月两千五, 已经还了五百": paid
        done = [n for n in chosen if _PAID_ALREADY_ZH.search(folded, max(0, n.start - 10), n.start)]
        chosen = [n for n in chosen if n not in done] or chosen
    if owed:  # "loan 180, i owe about 6,000 on it still": the balance is no payment
        payments, folded = _without_balances(folded, chosen, zh=language == "zh")
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
    if items and language == "zh" and len(chosen) == 4:
        # "… 那就是两千七百五 … 就是两千七百五": the total redone said again is one figure
        chosen = _without_the_last_said_again_zh(folded, chosen)
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
    if language == "zh" and asked == "income" and len(chosen) > 1:  # "一场三百 唱了二十场 六千"
        said = list(_numbers_to_decide_on(folded, language))  # (as the numbers were found)
        chosen = _without_a_rate_and_its_count_zh(said, chosen)
    if (
        items
        and not owed
        and len(chosen) > 1
        and any(word in folded for word in _WORDS_OF_NOT_ESSENTIAL)
    ):  # "netflix 12.99, not essential. rent 590"
        kept = [n for n in chosen if not _said_not_essential(folded, n)]
        if not kept:  # one sentence for all: "1,010 for the essentials, i smoke, another 30 a
            # week, but thats not essential": the last item, the words after it, blanked to its
            # sentence's end (its "another 30" is no item missing from the whole)
            kept = [n for n in chosen if not _said_not_essential_after(folded, n, chosen)]
            left_out = [n for n in chosen if n not in kept]
            start = _clause(folded, left_out[0])[0] if len(left_out) == 1 else 0
            if len(left_out) != 1 or any(start <= n.start for n in kept):
                kept = []  # "1200, maybe 1210 if you count the 10 … not essential": its clause
                # holds another figure, left to the other signs
            else:
                end = _clause_between(folded, start, left_out[0].end, _SENTENCE_END)[1]
                folded = folded[:start] + " " * (end - start) + folded[end:]
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


#: Between a figure and the same said again in brackets: "£75 (seventy a month)", "1,320 a month
#: (thirteen hundred and sixty pounds)".
_SAID_AGAIN_IN_BRACKETS_EN = re.compile(
    r"(?: ?(?:a month|pm|a mnth|per month|pounds|quid))? ?\( ?$"
)
_BRACKET_CLOSED_EN = re.compile(r"(?: ?(?:a month|pm|a mnth|per month|pounds|quid))? ?\)")
#: Between a figure and another led only by "so", nothing worked out between: "about 1,125, so a
#: grand and a half-ish all in".
_SAID_AGAIN_AFTER_SO_EN = re.compile(
    r"(?: ?(?:a month|pm|a mnth|per month|pounds|quid))?\W{0,3}so\W{1,3}"
    r"(?:(?:about|around|roughly|like|call it|say)\W{1,3})?[$£]?$"
)
#: Between a figure and another put right by "well", the month or the currency said first:
#: "the very account 45 a month, well fifty four I think".
_PUT_RIGHT_BY_WELL_EN = re.compile(r" ?(?:a month|pm|a mnth|per month|pounds|quid),? well,? [$£]?$")
#: Right after the later figure, that it is only a guess: "…, well fifty four I think, I'll check".
_ONLY_A_GUESS_AFTER_EN = regex(
    r"(?: ?(?:a month|pm|pounds|quid))?\W{0,3}(?:i think|i reckon|maybe|not sure|i'?ll check|"
    r"ill check|i'?d (?:have|need) to check|need to check|or so)\b"
)
#: A whole message that is only a list of items each with its figure, then its total led by "so"
#: and said as a rough one: "rent 520 bills 180 food 260, so about 1,300 a month" (nothing else
#: said that the total might hold).
_ONLY_A_LIST_THEN_SO_ABOUT_EN = regex(
    r"^(?:(?:the |my )?[a-z]+(?: [a-z]+)? (?:is )?£?[0-9][0-9,.]*(?: a month)?\W{0,3}"
    r"(?:and |plus |\+ )?)+so (?:about|around|roughly|like) £?[0-9][0-9,.]*"
    r"(?: (?:a month|pm|in total|all in|altogether))?\W*$"
)
#: Before a figure, a bare "about" or nothing at the message's start: "about 1,125, so …".
_ONLY_ABOUT_BEFORE_EN = regex(r"^\W*(?:(?:about|around|roughly|its|it'?s)\W{1,3})?[$£]?$")
#: Right before a list's last figure, the words of its total worked out: "…, so about 1,300",
#: "that makes 1,000", "so say 1,364", "which comes to 900".
_A_TOTAL_WORKED_OUT_BEFORE_EN = regex(
    r"(?:\bso|\b(?:that|which) (?:makes|comes to|adds up to)|\bmaking)\W{1,3}"
    r"(?:(?:about|around|roughly|like|say|call it|approx|approximately)\W{1,3})?[$£]?$",
    read_often=False,
)
#: Right after that total, only the words of a month's whole, then the clause's end: no more put
#: in with it ("so about 1,200 with food and everything" holds more than its list).
_ONLY_A_WHOLE_AFTER_EN = regex(
    r"(?: ?(?:pounds?|quid|a month|per month|pm|each month|every month|in total|total|"
    r"altogether|all together|all in|in all))*\W*(?:[,.;!?]|$)",
    read_often=False,
)


#: Between a month's figure and the next, that the next is the same worked out for the year:
#: "40 a month, which would be 520 over the year", "85 a month so about 1,000 a year".
_THE_YEAR_WORKED_OUT_BETWEEN_EN = regex(
    r"^ ?(?:a month|pm|a mnth|per month|monthly)\W{1,3}(?:which|that|so|thats|that'?s)"
    r"(?: (?:would be|will be|is|makes|comes to|works out at|works out as))?"
    r"(?: (?:about|around|roughly|like))? [$£]?$",
    read_often=False,
)
_FOR_THE_YEAR_AFTER_EN = regex(
    r" ?(?:pounds |quid )?(?:over the year|a year|per year|for the year|in a year|yearly|annually)"
    r"\b",
    read_often=False,
)


def _the_year_worked_out_otherwise_en(folded: str, chosen: list[Number]) -> bool:
    """Whether a month's figure is worked out for the year by the cardholder and the year's does
    not come to twelve of it (within a twentieth: "about 1,000" for 85): "i can offer 40 a
    month, which would be 520 over the year". One of the two is a slip; which is not said."""
    if len(chosen) != 2:
        return False
    month, year = chosen
    if month.value is None or year.value is None or month.not_monthly or not month.value:
        return False
    if not _THE_YEAR_WORKED_OUT_BETWEEN_EN.match(folded[month.end : year.start]):
        return False
    if not _FOR_THE_YEAR_AFTER_EN.match(folded, year.end):
        return False
    return abs(year.value - 12 * month.value) > 12 * month.value / 20


def _said_again_otherwise_en(folded: str, chosen: list[Number]) -> bool:
    """Whether, in English, a figure is said again in another way that does not agree with it
    and nothing settles which holds: in brackets ("£75 (seventy a month)"), after a bare "so" at
    once ("about 1,125, so a grand and a half-ish"; not "owe 2,340 so 65 a month", a figure
    worked out), put right by "well" and called a guess ("45 a month, well fifty four I think,
    I'll check"), or a list's rough total that its items do not make, the message nothing but
    the two ("rent 520 bills 180 food 260, so about 1,300"). A careful reader asks again."""
    first, second = chosen[0], chosen[-1]
    if None in (first.value, second.value) or first.value == second.value:
        return False
    if len(chosen) == 2 and not (first.not_monthly or second.not_monthly):
        between = folded[first.end : second.start]
        if _SAID_AGAIN_IN_BRACKETS_EN.fullmatch(between) and _BRACKET_CLOSED_EN.match(
            folded, second.end
        ):
            return True
        if (
            _SAID_AGAIN_AFTER_SO_EN.fullmatch(between)
            and _ONLY_ABOUT_BEFORE_EN.match(folded, 0, first.start)
            and not any(n.part for n in chosen)
        ):
            return True
        if _PUT_RIGHT_BY_WELL_EN.search(between) and _ONLY_A_GUESS_AFTER_EN.match(
            folded, second.end
        ):
            return True
    parts = chosen[:-1]
    if (
        len(parts) < 2
        or any(n.part or n.negative or n.not_monthly or n.value is None for n in chosen)
        or sum((n.value or Decimal(0) for n in parts), Decimal(0)) == second.value
    ):
        return False
    if _ONLY_A_LIST_THEN_SO_ABOUT_EN.match(folded):
        return True
    # A list's total worked out after it, larger than each item but made by none of its figures
    # added or taken off, nothing more put in ("rent 600 food 250 bills 100, so 1,100", "that
    # makes about 800"): which is right?
    total = second.value or Decimal(0)
    values = [n.value or Decimal(0) for n in parts]
    if (
        len(parts) > 8
        or sum(1 for value in values if value >= 10) < 2
        or total <= max(values)
        or not _A_TOTAL_WORKED_OUT_BEFORE_EN.search(folded, max(0, second.start - 30), second.start)
        or not _ONLY_A_WHOLE_AFTER_EN.match(folded, second.end)
        or _ITEMS.search(folded, parts[-1].end, second.start)  # "…, food, so like 550"
        or _item_without_amount(folded[: second.start])
        or any(a * b == total for a, b in itertools.combinations(values, 2))  # "150 each, did 8"
    ):
        return False
    rough = _ROUGH_RIGHT_BEFORE_EN.search(folded, max(0, second.start - 14), second.start)
    margin = max(total / 50, Decimal(5)) if rough else Decimal(0)
    return all(abs(total - made) > margin for made in _made_of(values))


#: Right before a total, that it is rounded: "so about 1,150", "so call it 1,200".
_ROUGH_RIGHT_BEFORE_EN = regex(
    r"\b(?:about|around|roughly|like|say|call it|approx|approximately|near enough)\W{1,3}[$£]?$",
    read_often=False,
)


def _made_of(values: list[Decimal]) -> set[Decimal]:
    """Every figure two or more of ``values`` make, each added or taken off ("the form said 1,020
    but the rent is 525 not 500, so 1,045"): a total the cardholder reckoned from some of them."""
    made: dict[Decimal, int] = {Decimal(0): 0}  # a sum and the fewest figures that make it
    for value in values:
        grown = dict(made)
        for sum_, count in made.items():
            for signed in (sum_ + value, sum_ - value):
                if count + 1 < grown.get(signed, 99):
                    grown[signed] = count + 1
        made = grown
    return {sum_ for sum_, count in made.items() if count >= 2}


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
    if (
        language == "en"
        and len(chosen) > 1
        and (
            "(" in folded
            or "so " in folded
            or " well" in folded
            or "=" in folded
            or "that" in folded
        )
        and _said_again_otherwise_en(folded, chosen)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "£75 (seventy a month)"
    if language == "en" and "year" in folded and _the_year_worked_out_otherwise_en(folded, chosen):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "40 a month, so 520 a year"
    several = len({(n.negative, n.value) for n in chosen}) > 1
    # In a currency counted in thousands, the one amount a message settles on is read as
    # thousands too ("régen 420 volt, most 190"); a list keeps its numbers as said.
    scaled = [_in_thousands(n, folded) for n in chosen] if in_thousands else chosen
    if in_thousands and language == "hu" and "," in folded:
        scaled = _a_tenth_among_thousands_hu(scaled, folded)  # "bérlet 9,5" among thousands: 9 500
    varying = varying_amount_said(folded)  # "most 170 se elég", "hol 200 hol 250"
    if varying and len(chosen) == 1 and _settled_on_though_it_varies(folded, chosen[0]):
        varying = False  # "attól függ… átlag 190", "it varies, on average 1,300"
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
        if (
            whole
            and number.part
            and language == "zh"
            and _SOME_MORE_RIGHT_AFTER_ZH.match(folded, number.end)
        ):
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "加起来两千多": above, unsaid
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
    if (
        language == "hu"
        and asked == "income"
        and items
        and several
        and ("het" in folded or "nap" in folded)
    ):
        summed = _A_PERIOD_OF_A_COUNT.sub(lambda m: " " * len(m[0]), folded)  # "heti 2 nap"
    if owed and language == "en" and "my " in folded:  # "car finance 215 and my dad 50"
        summed = _A_RELATIVE_PAID_BACK_EN.sub(lambda m: "x" * len(m[0]), folded)
    total = (
        _sum_of_items(summed, listed, language, costs=asked == "expenses")
        if items
        and several
        and not (in_thousands and _one_out_of_scale(chosen))
        and not _A_PERIOD_IN_A_LIST.search(summed)  # "fortnightly shop 160, rent 600" (not
        # "heti 2 nap takarítok, 60": days worked a week)
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


#: Right before the one figure of a pay or a cost said to vary, what settles it: the average or
#: the month gone by taken for it ("attól függ, hány rendelés van. átlag 190", "没有固定工资 按上
#: 个月来算 到手差不多两千七", "it varies, on average 1,300"). Not "now": this month may be none
#: like the others ("minden hónapban más, most 80", "most 170 se elég"). In Hungarian the month
#: gone by is "a múlt hónap alapján" ("nincs fix fizum, a múlt hónap alapján kb 205").
_SETTLED_ON_RIGHT_BEFORE = regex(
    r"\b(?:on average|averages?(?: out)?(?: at| is| of)?|avg|usually|normally)\b\W{0,3}"
    r"(?:(?:it'?s|is|about|around|roughly|like) )*[$£€]?$"
    r"|\b(?:atlag(?:osan|ban)?|altalaban|rendszerint|(?:a )?mult (?:honap|havi fizetes)\w* "
    r"alapjan)\b\W{0,3}(?:(?:kb\.?|kozel|olyan|nagyjabol|korulbelul) )*$"
    r"|(?:平均|一般|按上个?月(?:来)?算)[^\u3002,.!?;0-9一二两三四五六七八九十]{0,8}$"
    # the figure the bank is told to take: "有时候多有时候少 你就按两千八算吧"
    r"|(?:你|你们)?(?:就|那就)按(?:照)? ?$",
    read_often=False,
)


#: Right after the one figure said beside a pay that varies, that it holds every month: "a
#: bevételem változik, de 15 ezret minden hónapban tudok" (the figure is sure whatever the pay).
_SETTLED_ON_RIGHT_AFTER_HU = re.compile(
    r"\W{0,3}(?:(?:ft|forint)\w* )?(?:minden (?:egyes )?honapban|minden honap(?:ra)?|"
    r"biztosan|biztos) (?:(?:ki )?tudok|tudnek|meg ?van|megy|jon|ki ?tudom)\b"
)


def _settled_on_though_it_varies(folded: str, figure: Number) -> bool:
    """Whether the one figure of a month said to vary is settled on by what is said right
    before it (see :data:`_SETTLED_ON_RIGHT_BEFORE`) or, in Hungarian, right after it
    (:data:`_SETTLED_ON_RIGHT_AFTER_HU`)."""
    if _SETTLED_ON_RIGHT_BEFORE.search(folded, max(0, figure.start - 30), figure.start):
        return True
    if "on average" in folded and _ON_AVERAGE_RIGHT_AFTER_EN.match(folded, figure.end):
        return True  # "1,500 on average"
    return ("minden" in folded or "biztos" in folded) and bool(
        _SETTLED_ON_RIGHT_AFTER_HU.match(folded, figure.end)
    )


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
    if (
        asked == "income"
        and language == "en"
        and "salary" in folded
        and chosen[0].value is not None
        and chosen[0].value >= 12_000
        and _NAMED_A_SALARY.search(folded, max(0, chosen[0].start - 24), chosen[0].start)
        and not _MONTHLY.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "my salary is 26k": a year's
    if asked == "income" and "p60" in plain.casefold() and not _MONTHLY.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "its on the p60": the year's pay
    looked = folded
    if reading.offer and language == "en" and "then more" in folded:
        looked = _MORE_OFFERED_LATER_EN.sub(" ", folded)  # "50 till june, and then more once …"
    if language == "en" and "some" in looked and " bit " in looked:
        looked = _A_BIT_EITHER_SIDE_EN.sub(" ", looked)  # "…, some months a bit more some less"
    if reading.owed and "arrears" in looked and " on top" in looked:
        looked = _ARREARS_ON_TOP_OF_THE_BILL_EN.sub(" ", looked)  # "council tax arrears 50 a
        # month on top of the normal bill": the bill is no debt, the 50 the arrears' payment
    if any(n.part for n in chosen) or _PART_OF_IT.search(looked):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "rent alone is 900", "300多"
    if (
        language == "zh"
        and asked in ("expenses", "other_debts", "counter")
        and _THE_ONLY_FIGURE_OR_SO_ZH.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "开销四千来块": or a bit over
    if language == "zh" and asked == "expenses" and _ONE_BILL_ALONE_ZH.fullmatch(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "话费每月一百二": the rest unsaid
    if (
        language == "zh"
        and asked == "income"
        and len(chosen) == 1
        and ("部分" in folded or "一半" in folded)
        and _ONE_PART_OF_THE_PAY_BEFORE_ZH.search(
            folded, max(0, chosen[0].start - 8), chosen[0].start
        )
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "打卡那部分三千": the rest unsaid
    if (
        language == "zh"
        and asked == "income"
        and len(chosen) == 1
        and "剩" in folded
        and _LEFT_AFTER_LIVING_COSTS_BEFORE_ZH.search(
            folded, max(0, chosen[0].start - 20), chosen[0].start
        )
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "交完房租剩两千": no pay said
    if varying:
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "60 ezer, a többi változó"
    if asked == "income" and _OWN_PAY_NOT_KNOWN.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "工资多少我也不清楚, 她给我五百"
    return None


#: The month's payment of a debt named as not known, in English: "can't remember the monthly
#: payment", "don't know what the monthly is" (no monthly word said of the balance beside it).
_THE_MONTHS_PAYMENT_NOT_KNOWN_EN = regex(
    r"\b(?:can'?t|cant|cannot|don'?t|dont|do not) (?:remember|recall|know)(?: what)? (?:the|my)"
    r" monthly(?: payments?| amount| figure| bit| one)?(?: is)?\b",
    read_often=False,
)


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
        and not _MONTHLY.search(
            _THE_MONTHS_PAYMENT_NOT_KNOWN_EN.sub(" ", folded) if "monthly" in folded else folded
        )
        # "3 részlet van hátra, 13 ezer", but not a balance with the years left to pay it
        and (not _PAYMENTS_LEFT_COUNTED.search(folded) or _balances_only(folded, chosen))
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "i owe 5000": not a month's
    if (
        items
        and _SPLIT.search(folded, chosen[0].end)
        and not _MINE_BEFORE.search(folded, 0, chosen[0].start)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "700 rent, my brother pays half"
    if items and _HALF_SHARE.search(folded):
        halved = _my_half(folded, chosen[0], limit)
        if asked == "income" and halved.amount != chosen[0].value:
            # "a taxi 400-at hoz, az öcsémmel felezzük": takings shared, the own not said
            return AmountReading(None, AmountProblem.AMBIGUOUS)
        return halved  # "lakáshitel 160, a párommal felezzük"
    return None


#: Right before a loan's figure, that it is paid each month: "每个月还一千三", "我每个月还它最低
#: 还款八百".
_PAID_EACH_MONTH_BEFORE_ZH = re.compile(r"(?:每个?月|一个月|每月)还[^,.;!?\uff0c\u3002]{0,8}$")


#: Of a family loan beside one paid monthly, that it has no instalment: "不用按月还", "不用每个月
#: 还" (no "nothing" said of the monthly payments asked).
_NO_INSTALMENT_ON_ANOTHER_ZH = re.compile(r"不用(?:按月|每个?月|每月)还")


def _read_nothing_beside_a_figure(reading: _AmountBeingRead) -> AmountReading | None:
    """Decides on nothing said beside a figure, or another's figure."""
    asked = reading.asked
    chosen = reading.chosen
    folded = reading.folded
    offer = reading.offer
    said = _NOT_A_PENNY_ZH.sub(" 身无分文 ", folded)
    if asked == "income" and "现在" in said:  # "以前一个月五千 现在没工作了": no pay now
        said = NO_JOB_NOW_ZH.sub(" 现在没有收入 ", said)
    # (in a text of ASCII alone the numbers are digits: a Chinese one needs a Chinese character)
    words = words_only((_ARABIC_NUMBER_RE if said.isascii() else _NUMBER_RE).sub(" ", said))
    words = _NONE_OF_THE_OFFERS.sub(" ", words)  # "none of them work, but 120 would"
    words = _NOTHING_ELSE.sub(" ", words)  # "rokkantnyugdíj 98 ezer, más nincs"
    words = _NONE_BUT_FOR.sub(" ", words)  # "none apart from the car, 189"
    words = _PAPER_NOT_AT_HAND.sub(" ", words)  # "bruttó 560, a nettó … nincs nálam"
    if (
        reading.owed
        and "不用" in words
        and _PAID_EACH_MONTH_BEFORE_ZH.search(folded, max(0, chosen[0].start - 10), chosen[0].start)
    ):  # "每个月还一千三 … 跟我弟借了五千, 他说不用按月还": no instalment on the other, no nought
        words = _NO_INSTALMENT_ON_ANOTHER_ZH.sub(" ", words)
    if reading.asked == "expenses" and "semmit" in words:
        words = _NOTHING_EARNED_HU.sub(" ", words)  # "a bolt nem hoz semmit, de 120-ból kijövök"
    if reading.asked == "income" and "semmi" in words:
        # "a nyugdíjam 160, a piacról most semmi": nothing from a side source, the own said
        words = _without_nothing_from_a_side_source_hu(folded, words, chosen[0])
    if reading.asked == "income" and ("nothing" in words or "nowt" in words):
        # "pension 700, the van makes nothing over winter": nothing from a side source
        words = _without_nothing_from_a_side_source_en(folded, words)
    if _RETRACTED.match(folded, chosen[-1].end):  # "a személyi 40 ezer, ja nem, azt már..."
        return (
            AmountReading(Decimal(0), None)
            if _ZERO_WORDS.found_in(words_only(folded[chosen[-1].end :]))
            else AmountReading(None, AmountProblem.AMBIGUOUS)
        )
    if _MONEY_FROM_OTHERS_UNSAID.search(folded) and _ZERO_WORDS.found_in(words_only(folded)):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…nothing but what mum gives"
    nothing_said = _ZERO_WORDS.found_in(words)  # (read once for the three below; seldom true)
    if nothing_said and _marked(folded, chosen[0]) == "before" and _NOW.search(folded):
        return AmountReading(Decimal(0), None)  # "most semmi, múlt hónapig 320 volt"
    if not offer and _nothing_now_amount_later(folded, chosen[0]):
        return AmountReading(Decimal(0), None)  # "most semmi, ha meglesz a munka akkor 260"
    if (
        asked == "income"
        and len(chosen) > 1
        and chosen[-1].value
        and len({n.value for n in chosen}) == 1
        and nothing_said
        and _SO_BEFORE.search(folded, max(0, chosen[-1].start - 30), chosen[-1].start)
    ):  # the other's figure said again as all there is: "a párom bére 230, én semmit nem
        # keresek, szóval 230 van", "he earns 2k, I earn nothing, so 2k all in"
        return (
            AmountReading(chosen[-1].value, None)
            if chosen[-1].value <= reading.limit
            else AmountReading(None, AmountProblem.TOO_LARGE)
        )
    if chosen[0].value and nothing_said:
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


def _each_item_the_same_figure(
    folded: str, chosen: list[Number], language: str, asked: str
) -> Decimal | None:
    """The sum of a list whose items cost the same, each named right before its own figure
    ("房租两千 吃饭两千", "rent 500, food 500", "loan 200, klarna 200") or each right after it
    ("500 rent, 500 food", "50 albi, 50 kaja"), no two the same item: two items each (the
    figures being one value, nothing before this step sums them). A figure said twice of one
    thing ("两千 就两千", "500, yes 500") or taken back stays the one figure."""
    before, after = _ITEMS_NAMED.get((asked, language), (None, None))
    if before is None or after is None or _A_CORRECTION_WORD[language].search(folded):
        return None
    if any(n.value is None or n.part or n.not_monthly for n in chosen):
        return None
    ends = [n.end for n in chosen]
    named = [
        before.fullmatch(folded, end, number.start)
        for end, number in zip([0, *ends], chosen, strict=False)
    ]
    if None in named:
        starts = [n.start for n in chosen[1:]] + [len(folded)]
        named = [
            after.fullmatch(folded, end, start) for end, start in zip(ends, starts, strict=True)
        ]
    items = [m[1] for m in named if m is not None]
    if len(items) < len(chosen) or len(set(items)) < len(items):
        return None
    return sum((n.value for n in chosen if n.value is not None), Decimal(0))


def _items_named_en(items: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An English item named right before its figure (the whole stretch since the figure before:
    "rent", ", and the food is about £") and right after it (the whole stretch to the next
    figure: " rent, £")."""
    return (
        re.compile(
            r"[ ,;]*(?:(?:and|plus|then) )?(?:the |my |our )?"
            rf"({items})(?: bill)?(?: is| are| costs?| comes to)?(?: about| around| roughly)?"
            r"[ :]*[£$€]? ?"
        ),
        re.compile(
            rf"(?: ?(?:a month|pm))? (?:(?:on|for|to)(?: the)? )?(?:my )?({items})(?: bill)?"
            r"[ ,;.]*(?:(?:and|plus|then) )?[£$€]? ?"
        ),
    )


def _items_named_hu(items: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A Hungarian item named right before its figure ("lakber", ", meg a kaja") and right
    after it (" albi, ")."""
    return (
        re.compile(
            r"[ ,;]*(?:(?:es|meg|plusz) )?(?:a |az )?"
            rf"({items})(?: is| meg)?(?: kb| kb\.| kozel| nagyjabol)?[ :]*"
        ),
        re.compile(rf"(?: ?(?:ezer|e|k|ft))? (?:a |az )?({items})[ ,;.]*(?:(?:es|meg|plusz) )?"),
    )


#: The items a list of one figure may name, by the question and the language, each named
#: before or after its figure (for :func:`_each_item_the_same_figure`).
_ITEMS_NAMED = {
    ("expenses", "en"): _items_named_en(
        "rent|mortgage|food|groceries|food shop|shopping|bills|gas|electric|electricity|energy|"
        "council tax|water|phone|internet|broadband|travel|transport|bus pass|petrol|fuel|"
        "car|insurance|childcare|nursery|medication|meds"
    ),
    ("other_debts", "en"): _items_named_en(
        "loan|personal loan|car loan|car finance|credit card|store card|other card|overdraft|"
        "klarna|catalogue|very|payday loan|student loan|hire purchase|phone contract|"
        "paypal credit|clearpay"
    ),
    ("expenses", "hu"): _items_named_hu(
        "alberlet|albi|lakber|lakas|rezsi|kaja|etel|kaja ?penz|bevasarlas|benzin|berlet|"
        "telefon|internet|gyogyszer|ovoda|biztositas|torleszto"
    ),
    ("other_debts", "hu"): _items_named_hu(
        "hitel|szemelyi(?: hitel| kolcson)?|kolcson|autohitel|auto|lakashitel|jelzalog|"
        "hitelkartya|masik kartya|aruhitel|diakhitel|folyoszamla|cofidis|provident"
    ),
    ("expenses", "zh"): ITEMS_OF_SPENDING_NAMED_ZH,
    ("other_debts", "zh"): DEBTS_NAMED_ZH,
}
#: A figure taken back anywhere in the message: no list of one figure is guessed around it.
_A_CORRECTION_WORD = {
    "zh": CORRECTION_WORD_ZH,
    "en": regex(r"\b(?:no|sorry|i mean|actually|wait|correction|not)\b"),
    "hu": regex(r"\b(?:nem|bocs\w*|vagyis|illetve|helyesen|javitom)\b"),
}


def _the_one_number(reading: _AmountBeingRead) -> AmountReading:
    """Decides on the one number left: of before, negative or too large."""
    chosen = reading.chosen
    folded = reading.folded
    in_thousands = reading.in_thousands
    language = reading.language
    limit = reading.limit
    number = chosen[0]
    assert number.value is not None
    if reading.items and len(chosen) > 1:
        # (last, once nothing else has been found unclear: "房租一千 吃饭一千 还有别的杂七杂八")
        same = _each_item_the_same_figure(folded, chosen, language, reading.asked)
        if same is not None:
            return _within(same, limit)
    # (the figure said again of now is not of before: "it was 55, i can put that 55 to this")
    if (
        all(_marked(folded, n) == "before" for n in chosen)
        and not _THE_PAST_FIGURE_STILL_SO.search(folded, number.end)
        and (
            # (a lone gross is not made today's by "the net" said without a figure of its own:
            # "2,100 gross, not sure of the net")
            not _NOW.search(_A_TAKE_HOME_WORD.sub(" ", folded))
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
    if (
        language != "hu"
        and reading.asked in ("income", "expenses")
        and not number.scaled
        and number.value < 10
        and number.value != number.value.to_integral_value()
        and not _A_CURRENCY_SAID.search(folded)
    ):  # "1.5 i think", "about 1.2": a month's spending or pay in thousands, the thousand unsaid
        return AmountReading(None, AmountProblem.AMBIGUOUS)
    return AmountReading(number.value, None)


#: A currency named or marked: "£1.50", "2.5 quid", "3.5 euro", "1.5元" (a small sum meant so).
_A_CURRENCY_SAID = re.compile(
    rf"(?<![a-z])(?:{'|'.join((*CURRENCY_WORDS, 'quid', 'p', 'pence', 'bucks', '毛', '角'))})"
    r"(?![a-z])"
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


#: A period said of days or hours worked, not of an amount: "heti 3 napot", "napi 6 órát",
#: "40 óra heti".
_A_PERIOD_OF_A_COUNT = re.compile(
    r"\b(?:heti|hetente|napi|naponta)\s?[0-9]+\s?(?:nap|ora|alkalom|muszak)\w*|"
    r"\b[0-9]+\s?(?:nap|ora|alkalom|muszak)\w* (?:heti|hetente|naponta)\b"
)


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


#: After the last pay from a job left, that nothing has come in since: "had 1,600 last month from
#: the old place, nothing since", "azóta semmi", "之后就没了". The month's income is then 0.
#: Right before a wage in thousands, what a year's salary is said with: "i'm on 27.5k", "on about
#: 31 grand" (a month's is not said so in pounds).
_ON_A_SALARY = regex(r"\bon (?:about |around |roughly )?£?$")
#: The same named a salary, the figure in thousands however written: "my salary is 26k",
#: "salary of about 25,000", "my salary's twenty four thousand" (a month's salary that high is
#: not a cardholder's).
_NAMED_A_SALARY = regex(r"\bsalary(?:'?s| is| of)? (?:about |around |roughly )?£?$")


_NOTHING_SINCE = regex(
    r"\bnothing (?:since|after(?: that)?|coming in (?:since|now))\b|"
    r"\b(?:since then|since) (?:nothing|zero|zilch|not a penny)\b|"
    # (not "azóta semmi nem változott": nothing has changed since)
    r"\b(?:azota|azutan|utana) (?:mar )?(?:semmi|nincs\w*|egy fillert? se\w*)\b"
    r"(?! (?:sem |se |nem )?valtozott)|"
    r"\b(?:semmi|nincs\w*) (?:azota|azutan)\b|"
    r"(?:之后|以后|后来|此后|从那以后)(?:就|都|再|也)?(?:没|没有|无)(?:了|有了|收入|钱|进账)"
)


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
    # the usual month said to be more than this one's, by no figure: "这个月只到账一千六 … 平时
    # 比这多", "平常不止这些" (this month's is no month's pay: asked again)
    r"(?:平时|平常|一般|往常|正常)(?:的话)?(?:都|要|会|可)?(?:比这|比这个|比这月|比这个月|比现在)"
    r"(?:还|要)?(?:多|高)(?![0-9一二两三四五六七八九十])|"
    r"(?:平时|平常|一般|往常|正常)(?:都|可)?不止(?:这些|这个数|这么点|这点)|"
    # money given by someone beside the pay, its figure said to vary: "闺女每个月也给我打点钱
    # 多少不一定", "儿子给点 给多少不固定"
    r"(?:给|打|转|寄|贴)(?:我)?(?:打|转)?(?:点儿?|一点儿?|些|一些)(?:钱|生活费|零花钱)?"
    r"(?:\W{0,2}(?:给|打|转)?多少(?:钱)?)?(?:也|都)?\W{0,2}"
    r"(?:不一定|不固定|说不准|说不好|没准|没个准|看情况|看她|看他)|"
    r"\b(?:i )?(?:don'?t|do not|dont) (?:even )?know (?:what|how much) "
    r"(?:my (?:wages?|pay|salary|income) (?:is|are)|i (?:earn|get paid|make|take home))\b|"
    r"\bnem tudom(?:,)? (?:pontosan )?mennyi (?:a )?(?:fizetesem|berem|jovedelmem|keresetem)\b"
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


#: Right before a sum said to be paid back already, beside the month's payment: "车贷每个月两千五
#: 已经还了五百", "网贷一个月六百 已还三千" (what is paid off so far, no payment of a month; not
#: "上个月还了九百": last month's payment, a figure of its own).
_PAID_ALREADY_ZH = re.compile(
    r"已(?:经)?(?:还|付|交)(?:了|掉|清了?|过)?(?:大概|差不多|大约|有)?(?:快|将近)?$"
)


#: Right before the net pay, the deductions from it named as taken off: "扣完社保六千一", "扣除
#: 五险一金后七千二", "扣掉个税以后是五千八" (no "剩" needed: what is left of the wage is the pay
#: that comes in). "扣掉社保五百" alone is the deduction's own figure: "掉" or "除" needs "后".
_NET_AFTER_PAY_DEDUCTIONS_ZH = re.compile(
    r"扣(?:完|除(?:了)?(?=[^,;.!?\uff0c\u3002]{0,8}后)|掉(?:了)?(?=[^,;.!?\uff0c\u3002]{0,8}后))"
    r"(?:社保|公积金|个税|税|五险一金|五险|医保|养老保险|保险)"
    r"(?:和|跟|加)?(?:社保|公积金|个税|税|五险一金|五险|医保)?"
    r"(?:以后|之后|后)?(?:的)?(?:实际)?(?:是|有|就|还有|到手|拿)? ?$"
)


_LOAN_CASH_ZH = re.compile(r"借[^,;.!?\uff0c\u3002]{0,8}(?:实际)?到手(?:只有|才|就)?$")


#: Right before what is left of the takings after the costs: "扣完车租还剩5,376.5", "落到自己
#: 口袋五千六", "净赚四千二" (round 30: net over gross).
_LEFT_AFTER_COSTS_ZH = re.compile(
    r"(?:(?:扣|除|减)(?:完|掉|去|了)[^,;.!?\uff0c\u3002]{0,8}(?:还|就)?剩(?:下)?(?:的)?(?:有|是)?|"
    r"落(?:到|在|进)(?:我)?(?:自己)?(?:口袋|手里|手上|兜里)(?:里)?(?:的)?(?:有|是|就)?|"
    r"净(?:赚|挣|收入|剩)(?:了)?)$"
)
