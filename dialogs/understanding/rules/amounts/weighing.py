"""The steps that weigh several figures: a whole split or by cases, other months, the own figure
left over, pay in parts or from several, a budget or limit beside the spending, figures paid
once, no figure said, another period or price. Apart because each sets figures aside or finds
the month's amount left unclear."""

from __future__ import annotations

import re
from decimal import Decimal

from dialogs.understanding.rules.amounts.corrections import (
    _marked,
)
from dialogs.understanding.rules.amounts.debts import (
    _PAID_BACK_WHEN_ABLE_EN,
    _no_payment_on_the_balance,
    _one_payment_only,
)
from dialogs.understanding.rules.amounts.in_chinese import (
    _all_from_children_zh,
    _last_and_this_months_pay_zh,
)
from dialogs.understanding.rules.amounts.in_english import (
    _A_CHANGE_TO_TODAY_EN,
    _IN_THE_MONTHS_IN_WORK_EN,
    _WORDS_OF_A_BUDGET_FORM_EN,
    _a_budget_forms_line_en,
    _a_statements_money_out_en,
    _figures_for_parts_of_the_year_en,
)
from dialogs.understanding.rules.amounts.in_hungarian import (
    _a_months_parts_by_day_hu,
    _left_to_ask_hu,
    _left_to_me_said_last_hu,
    _the_own_figure_last_hu,
    _the_payslips_pay_hu,
    _the_spending_named_last_hu,
)
from dialogs.understanding.rules.amounts.items import (
    _a_price_in_parts,
    _another_items_amount_unknown,
    _the_rest_in_thousands,
    _the_rest_of_the_income_offered,
)
from dialogs.understanding.rules.amounts.outcome import (
    AmountProblem,
    AmountReading,
    _AmountBeingRead,
)
from dialogs.understanding.rules.amounts.periods import (
    _a_figure_for_each_season,
    _last_and_this_months_pay,
    _one_amount_every_few_weeks,
    _one_amount_on_two_days,
    _paid_by_another_period,
)
from dialogs.understanding.rules.amounts.shares import (
    _a_whole_left_per_child,
    _said_per_head,
)
from dialogs.understanding.rules.amounts.surroundings import (
    _A_DAY_EN,
    _A_DAY_HU,
    _A_NUMBER_IN,
    _A_SEASON,
    _AT_SOURCE,
    _MONEY_FROM_OTHERS_UNSAID,
    _MONTHLY,
    _MONTHLY_AFTER,
    _NO_FIGURE_AFTER_ZH,
    _ONE_PAYMENT_NOW,
    _PAPER_NOT_AT_HAND,
    _RELATIVE_TO_A_PLAN_OR_THE_DEBT,
    _SO_BEFORE,
    _SO_RIGHT_BEFORE,
    _THE_REST_OF_THE_INCOME,
    _UNTIL_A_DAY_HU,
    _WHICH_IS_WANTED,
    _ZERO_WORDS,
    GIFT_NOT_PAID_BACK,
    _in_thousands,
    _last_clause_break,
    _within,
)
from dialogs.understanding.rules.numerals import (
    Number,
)
from dialogs.understanding.rules.sums import (
    _VARYING_AMOUNT,
)
from dialogs.understanding.rules.text import (
    ByScript,
    compile_phrases,
    fold,
    language_code,
    regex,
    words_only,
)

#: Said alone, a gift is no debt at all: none.
_A_GIFT_NOT_PAID_BACK = compile_phrases(GIFT_NOT_PAID_BACK)


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


_VAGUE_AMOUNT = compile_phrases(VAGUE_AMOUNT_WORDS)


#: At the other debts, the last debt named with no figure: "vanquis 45 and the other one".
_THE_OTHER_ONE_LEFT_BARE = regex(
    r"\band (?:then )?(?:the |an ?)?other (?:one|card|loan|debt)s?\W*$"
)


#: A figure in a currency nobody here converts (see the "currency" unit of the numerals).
_FOREIGN_ONLY = re.compile(r"[0-9] ?(?:zlot[yie]\w*|zł|pln\b|lej\b|lei\b)")

#: A payment said only as a share of the pay, no figure: "a diákhitel a jövedelmem 6%-a", "a
#: fizetésem 5 százaléka" (how much that is is not said; asked again, never worked out).
_A_SHARE_OF_THE_PAY = re.compile(
    r"\b(?:fizetes|jovedelm|berem|berunk|nyugdij|fizu)\w* (?:kb\.? |kozel )?[0-9]+(?:[.,][0-9]+)? ?"
    r"(?:%|szazalek)"
)


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
    r"(?:还清|结清|付清|还完)了)",
    read_often=False,
)


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


#: The same in Chinese, a dash where an item's figure goes, the lines folded into commas: "房租
#: 1500, 水电 —, 吃饭 900" (what the item costs is not known, nor the whole). Not a dash between
#: figures ("一千-一千二", a range) nor before one ("-300").
_AN_ITEM_LEFT_BLANK_WITH_A_DASH_ZH = re.compile(r"[\u4e00-\u9fff] ?-+ ?(?=,|$)")


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
    # shared, the parts said to be unequal: "270 az egész, de nem egyformán fizetünk", "nem
    # ugyanannyit adunk bele" (the own part no figure said)
    r"\bnem (?:egyforman|egyenloen|ugyanannyit) (?:fizet|adunk|dobunk|allj|rakunk)\w*|"
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
#: overtime, 1,200 if not", "900 if the hours come in, 700 if they dont", "960 if I stay at my
#: sisters, 1,300 if I have to move back out". Asked again.
_TWO_FIGURES_ON_CONDITIONS = regex(
    r"\b[0-9][0-9,.]*k?(?: (?:a month|pounds|quid))? if [^0-9,.;!?]{3,50}[,;]? "
    r"(?:and |or |but |otherwise )?[$€£]?[0-9][0-9,.]*k?(?: (?:a month|pounds|quid))? if\b"
)


#: A condition still to come that another settles: being taken on or kept on, made permanent,
#: an offer or a claim accepted ("if they take me on", "if the council accept my offer"); not
#: the bank spoken to ("if you accept", the offer's own terms).
_SETTLED_BY_OTHERS_TO_COME_EN = (
    r"if (?:they|the \w+|work) (?:take|keep|put) me on\b"
    r"|if (?:they|the \w+|work) (?:make|makes) me (?:permanent|full[- ]time)\b"
    r"|if (?:they|the (?!bank\b)\w+) (?:accept|agree to|approve|take) (?:my|the|our) (?:offer|"
    r"proposal|plan|arrangement|application|claim)\b"
)


#: The one figure said only under a condition not yet met, nothing said of the month as it is:
#: work still to come ("1,200 if they keep giving me the nights", "80 a month if I get the job
#: at the depot", "if they take me on it'll be 1,500") or the month without it left unsaid ("…,
#: if not a lot less"), or an offer made elsewhere not yet accepted ("50 a month if the council
#: accept my offer"). Asked again (not a condition the cardholder or the bank settles: "90 if the
#: interest is frozen", "80 if i cut the sky"; nor a figure for now said beside it: "55, or 65 if
#: i get the job").
_A_FIGURE_ONLY_ON_WORK_TO_COME_EN = regex(
    rf"[0-9][0-9,.]*k?(?: (?:a month|a mnth|pm|pounds|quid))?[^.,;!?0-9]{{0,40}}? "
    rf"(?:{_SETTLED_BY_OTHERS_TO_COME_EN})"
    rf"|\b(?:{_SETTLED_BY_OTHERS_TO_COME_EN})[^.;!?0-9]{{0,40}}[$£]?[0-9]"
    r"|[0-9][0-9,.]*k?(?: (?:a month|a mnth|pm|pounds|quid))? if (?:i|we) (?:get|land|find|start)"
    r" (?:the |a |that |some |my |more )?(?:\w+ ){0,2}(?:job|work|position|contract|hours|"
    r"shifts|overtime|nights|days)\b"
    r"|[0-9][0-9,.]*k?(?: (?:a month|a mnth|pm|pounds|quid))? if (?:they|work|the \w+) "
    r"(?:keeps?|carry on|carries on) (?:giving|putting|offering) me\b"
    r"|\bif not,? (?:a (?:lot|bit|fair bit) |much |way |loads |a good bit )?(?:less|lower|nothing)"
    r"\b(?![^.;!?]*[0-9])"
)


#: Two figures, each of some months, none chosen: "some months 1k some months 2k", "some
#: months 900, other months 1,400" (or the second months unsaid: "some months 900 some 1,100").
#: Asked again (not their sum). Also "month" typed without its s by someone who writes English
#: as a second language: "food some month 30 some month 50".
_TWO_FIGURES_BY_THE_MONTHS_EN = regex(
    r"\bsome months? (?:its |it'?s |about |around )?[$€£]?[0-9][0-9,.]*k?\b[^0-9]{0,12}"
    r"\b(?:(?:some|other|most|the other) months?\b|(?:some|others?) (?=[$€£]?[0-9]))"
)


#: The own part said after all: "so 450 for me", "my share is 520", "about 70 each"; in
#: Hungarian "…, hárman osztjuk, az nekem 80", "…, ketten fizetjük, az én részem 45", "az én
#: felem 60"; a helper's "ketten fizetik a rezsit, az ő fele 40" (of two halves, either is the
#: cardholder's own part).
_OWN_PART_SAID = regex(
    r"\b(?:for me|my (?:share|half|third|part|bit)|each|mine|per person)\b|"
    r"\baz nekem\b|\b(?:az )?en reszem\b|\b(?:az )?(?:en )?felem\b|"
    r"\bketten (?:fizetjuk|fizetik|osztjuk|osztjak|alljuk|alljak)\b[^0-9]{0,40}\baz o fele\b|"
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


#: An item said never to be counted, or maybe counted twice: "albi 100, rezsi 30, kaja... azt
#: sose számolom", "200, de lehet hogy a bérletet kétszer számoltam". The month's whole is not
#: said, so no figure is taken. (Not "azt nem számolom, a havi 178": an item left out on
#: purpose, the figure said without it.)
_AN_ITEM_NOT_RECKONED_HU = regex(
    r"\b(?:azt|ezt|arra|erre|annak|ennek|azokat) (?:\w+ )?(?:sose|sosem|soha) (?:is )?"
    r"(?:szamol|szamit|irok ossze)\w*|"
    r"\b(?:ketszer|duplan) (?:szamoltam|szamoltuk|szamoltak|irtam)\b"
)


#: The rest of a month's pay said to come on a later day with no figure: "10-én jön 180, a
#: maradék 25-én", "the rest on the 25th", "剩下的25号发". How much comes then is not said.
_THE_REST_ON_A_DAY = regex(
    rf"\b(?:a maradek\w*|a tobbi\w*|a masik fel\w*)(?: pedig| meg)? {_A_DAY_HU}\b|"
    r"\b(?:the rest|the other half|the remainder|rest of it)(?: comes| is paid| gets paid)? "
    rf"(?:on )?the {_A_DAY_EN}\b|"
    r"(?:剩下的|剩余的|另一半)(?:在)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:号|日)"
)


#: Months paid ahead in one sum, then the month's figure after "de": "két hónapra előre
#: fizettem a lakbért, 260-at, de havonta 130". The sum paid ahead is no month's amount.
_PAID_AHEAD_HU = regex(
    r"\b(?:[2-9]|ket|harom|negy|fel ?)(?: ?honapra| havi| ?honapot) elore\b|\belore fizet\w*"
)


_BUT_A_MONTH_HU = regex(r"\bde (?:amugy |egyebkent )?(?:havonta|havi|egy honapra)\W{0,3}$")


#: A figure said to last a week or a few, in English, the month's not worked out: "food 240
#: (thats 2 weeks worth)", "the big shop 150, its a fortnights worth" (not "a month's worth").
_WEEKS_WORTH_EN = regex(
    r"[0-9] ?\(?,? ?(?:(?:thats|that'?s|that is|its|it'?s) )?(?:only |just |about )?(?:for )?"
    r"(?:(?:[1-3]|one|two|three|a) weeks?|a fortnight)'? ?s? worth\b"
)


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
        asked in ("expenses", "other_debts")
        and chosen
        and "-" in folded
        and language_code(language) == "zh"
        and _AN_ITEM_LEFT_BLANK_WITH_A_DASH_ZH.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "房租 1500, 水电 —, 吃饭 900"
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
    language = reading.language
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
    if (
        "if " in folded
        and language == "en"
        and len({n.value for n in chosen}) == 1
        and _A_FIGURE_ONLY_ON_WORK_TO_COME_EN.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "80 a month if I get the job"
    if "some month" in folded and _TWO_FIGURES_BY_THE_MONTHS_EN.search(folded):
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
        asked == "income"
        and language == "hu"
        and len(chosen) > 1
        and "nekem" in folded
        and "marad" in folded
        and (left := _left_to_me_said_last_hu(folded, chosen))
    ):
        left = _the_rest_in_thousands([left], folded, in_thousands)[0]
        if left.value is not None:
            return _within(left.value, limit)  # "…, a felét elviszik, nekem kb 260 marad"
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
    language = reading.language
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
    if (
        asked in ("income", "expenses")
        and language == "en"
        and len(chosen) > 1
        and any(word in folded for word in _WORDS_OF_A_BUDGET_FORM_EN)
        and (line := _a_budget_forms_line_en(folded, chosen, asked)) is not None
    ):
        return _within(line, limit)  # "spent 800 | budget 900 | under by 100": 800
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
        and (
            "remember" in folded
            or " to " in folded
            or "the other" in folded
            or "the rest" in folded
        )
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
    if items and chosen and language == "zh" and "多少" in folded:
        forgotten = _AN_ITEMS_FIGURE_FORGOTTEN_ZH.search(folded, chosen[-1].end)
        if forgotten:  # "吃饭一千 … 房贷每个月扣多少我记不住": the last figure said before it
            return AmountReading(None, AmountProblem.AMBIGUOUS)
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
    if offer and len(chosen) > 1 and reading.language == "zh" and "剩" in folded:
        chosen = reading.chosen = _without_the_rest_kept_to_live_on_zh(folded, chosen)
    if offer and len(chosen) > 2 and (the_rest := _THE_REST_OF_THE_INCOME.search(folded)):
        after = [n for n in chosen if n.start >= the_rest.end()]
        if (
            len(after) == 1
            and after[0] is chosen[-1]
            and after[0].value is not None
            and not _KEPT_TO_LIVE_ON_AFTER_ZH.match(folded, after[0].end)  # (kept, no offer)
        ):
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


#: Right after the rest's figure, what the cardholder keeps it for: their own living, in
#: Chinese: "剩下一千吃饭交房租", "剩下八百自己生活", "剩下的五百留着买菜" (the rest kept, no
#: figure offered for it).
_KEPT_TO_LIVE_ON_AFTER_ZH = re.compile(
    r"(?:块|元)?钱?\s?(?:我|自己)?(?:要|得|留着?|用来|拿来|用于|都)?"
    r"(?:吃饭|吃喝|交?房租|生活|过日子|自己(?:用|花)|买菜|交?水电|养家|糊口)"
)


#: Right before a figure, the rest of the income: "剩下一千", "剩下的一千七", "剩余三千二".
_THE_REST_RIGHT_BEFORE_ZH = re.compile(r"(?:剩下|剩余|余下)(?:的|来的)?(?:就|还有|大概)?$")


def _without_the_rest_kept_to_live_on_zh(folded: str, chosen: list[Number]) -> list[Number]:
    """``chosen`` without the figure of the income's rest the cardholder keeps to live on: no
    offer ("一千五的生活费 五百给你们 剩下一千吃饭交房租" offers 500, the 1,000 is kept), unlike
    the rest offered ("工资4000, 留3200, 剩下的每个月还800"). Kept where another figure is said
    kept before it ("两千五留着 五百给你们 剩下两千五自己生活"): the figures are then weighed as
    they were (a kept one and the offer are no list to sum)."""
    return [
        n
        for n in chosen
        if not (
            _THE_REST_RIGHT_BEFORE_ZH.search(folded, max(0, n.start - 8), n.start)
            and _KEPT_TO_LIVE_ON_AFTER_ZH.match(folded, n.end)
            and "留" not in folded[: max(0, n.start - 8)]
        )
    ]


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
    if owed and chosen and " when" in folded and _PAID_BACK_WHEN_ABLE_EN.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…, i pay her back when i can"
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
    by_so_much = (
        [n for n in chosen if _BY_SO_MUCH_HU.match(folded, n.start)]
        if language == "hu" and ("tobb" in folded or "kevesebb" in folded)  # (each match has one)
        else []
    )
    if by_so_much:
        rest = [n for n in chosen if n not in by_so_much]
        if not rest:  # "havonta 30 ezerrel több megy ki, mint ami bejön": no spending said
            return AmountReading(None, AmountProblem.AMBIGUOUS)
        if len({n.value for n in rest}) == 1:  # "…, mint ami bejön, úgy 230": the one said
            chosen = _the_rest_in_thousands(rest, folded, in_thousands)
    if (
        items
        and "%" in folded  # (each match has one)
        and _RAISED_BY_A_SHARE.search(folded)
        and any(_marked(folded, n) == "before" for n in chosen)
        and not any(_marked(folded, n) == "now" for n in chosen)
    ):  # "a lakbért 10%-kal emelték, előtte 150 volt, meg rezsi 40": the new rent not said
        return AmountReading(None, AmountProblem.AMBIGUOUS)
    if (
        asked == "income"
        and len({n.value for n in chosen}) > 1
        and any(word in folded for word in _WORDS_OF_A_BALANCE)  # (each match has one)
    ):  # "wages go in 1,318 and by the 10th my balance is already -240": no income
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
    once = (
        [
            n
            for n in chosen
            if _ONCE_AFTER.match(folded, n.end)
            or _WON_BEFORE.search(folded, max(0, n.start - 16), n.start)
            or _DEPOSIT_BEFORE.search(folded, max(0, n.start - 20), n.start)
        ]
        if any(word in folded for word in _WORDS_OF_ONCE_WON_OR_A_DEPOSIT)
        else []
    )
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
    if (
        not chosen
        and ("%" in folded or "szazalek" in folded)
        and _A_SHARE_OF_THE_PAY.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "a jövedelmem 6%-a": how much?
    if not chosen and _FOREIGN_ONLY.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "1,400 zloty": not converted
    if not chosen and _FIGURE_NOT_SAID.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "same as last time"
    if not chosen and _PAPER_NOT_AT_HAND.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "a bérpapír nincs nálam"
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
    if (
        items
        and "人" in plain  # (each match of the person has it: a cheap test before the search)
        and _PER_PERSON_ZH.search(plain)
        and _A_HOUSEHOLD_ZH.search(plain)
    ):
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
    if (
        asked == "income"
        and reading.language == "en"
        and any(n.not_monthly for n in chosen)
        and _todays_pay_said_for_another_span_en(folded, chosen)
    ):  # "used to clear 2,400 a month, but since the tools went its 90 a day"
        return AmountReading(None, AmountProblem.AMBIGUOUS)
    return None


def _todays_pay_said_for_another_span_en(folded: str, chosen: list[Number]) -> bool:
    """Whether the month's pay is said only of a time past or of the months in work, and after a
    change today's pay only for another span ("…, but since the accident its 80 a day, 3 or 4
    days a week"): the past month is no answer and today's month is not said. Not where today's
    month is worked out after ("…, 80 a day, so about 1,300 a month")."""
    first = next(
        (n for i, n in enumerate(chosen) if n.not_monthly and i and not chosen[0].not_monthly),
        None,
    )
    if first is None:
        return False
    past = [n for n in chosen if n.end <= first.start]
    if any(
        n.not_monthly
        or (
            _marked(folded, n) != "before"
            and not _IN_THE_MONTHS_IN_WORK_EN.search(folded, max(0, n.start - 40), n.start)
        )
        for n in past
    ):
        return False
    if not _A_CHANGE_TO_TODAY_EN.search(folded, past[-1].end, first.start):
        return False
    return not any(
        _MONTHLY_AFTER.match(folded[n.end : n.end + 30])
        or _SO_BEFORE.search(folded, max(0, n.start - 30), n.start)
        for n in chosen
        if n.start > first.end and not n.not_monthly
    )


#: The amount said to be one given before or left to the bank, without a figure: "same as what i
#: told you last time", "ugyanannyi mint legutóbb", "和上回一样", "whatever you think is fair",
#: "amit önök korrektnek tartanak", "你们觉得合理就行", or refused ("none of your business").
#: Asked again: the figure is not here.
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
    r"(?:你们|您|你|银行)(?:要|说|提|给|定)的(?:那个)?(?:数)?的?(?:一半|三分之一|四分之一)|"
    # a refusal to say, whose "none" or "nothing" is no amount of nothing: "none of your
    # business", "thats none of ur concern", "nothing to do with you", "mind your own business"
    r"\b(?:none|nothing|nowt) (?:of (?:your|ur|yer|you'?re|youre) (?:own |damn |bloody |"
    r"flipping )?(?:business|concern|affairs?|beeswax)|to do with (?:you|u|ya|ye|yous|youse|"
    r"the bank|your bank))\b|\bmind (?:your|ur|yer) (?:own )?(?:business|beeswax)\b"
)


#: A term right after the offer, no month's amount said: the figure is the whole paid over it
#: ("480 ezer, 24 hónap alatt", "2,400 over 24 months", "24个月内还完四千八"), asked again. Not
#: a term said as what the offer brings: "40 ezret, akkor 2 év alatt kifizetem".
_OVER_A_TERM = regex(
    r"[0-9](?: ?(?:ezer|millio)\w*)?(?: ?ft)?\W{1,3}[0-9]+ (?:honap|ev)\w* alatt\b|"
    r"[0-9](?: ?(?:pounds|quid))? over (?:[0-9]+|two|three) (?:months|years)\b|"
    r"[0-9一二两三四五六七八九十]+个月(?:内|之内)还(?:完|清)?[0-9一二两三四五六七八九十]"
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


#: A quantity used of a measure ("一个月用三十方", "用了八吨") beside a price for one measure
#: ("三块二一方", "每吨三块五"): the item's cost is left to work out, not said. Asked again.
_A_QUANTITY_USED_ZH = re.compile(
    r"用(?:了|掉)?(?:大概|差不多|约|左右)?[0-9一二两三四五六七八九十百千]+多?"
    r"(?:方|立方|吨|度|千瓦时)(?![便案面式法向])"
)


_A_PRICE_A_MEASURE_ZH = re.compile(r"(?:一|每|1)(?:方|立方|吨|度)(?![便案面式法向])")


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


#: The price of one thing sold, right before it: "一天卖一百多个, 一个八块". No month's income.
_PRICE_OF_ONE_SOLD_ZH = re.compile(r"(?:一|每)(?:个|份|斤|碗|杯|串|件)(?:卖|能卖|赚|挣)?$")


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


#: A word of which each match of :data:`_ONCE_AFTER`, :data:`_WON_BEFORE` or
#: :data:`_DEPOSIT_BEFORE` has one: a message without any is not searched at each figure.
_WORDS_OF_ONCE_WON_OR_A_DEPOSIT = (
    "once", "egyszer", "one off", "one-off", "visszamenoleg", "一次性的",
    "won", "winning", "nyert", "中了", "中奖", "赢了",
    "deposit", "bond", "kaucio", "letet", "押金",
)  # fmt: skip


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


#: Right before the figure of the account's balance, said beside the pay: "my balance is already
#: -240", "a számlám már mínusz 30", "余额已经是-240". At the income, no income.
_ACCOUNTS_BALANCE = regex(
    r"\b(?:balance|account|overdraft)(?: is| was| at| goes| sits| shows)?"
    r"(?: already| now| still| down to| like)?(?: at)? ?(?:minus )?(?:-|\u2212)?(?:[$€£] ?)?$|"
    r"\b(?:szamlam|szamlan|egyenleg\w*)(?: mar| most)?(?: minusz)? ?-?$|"
    r"(?:余额|账户|卡里)(?:已经|就)?(?:是|只有|剩)? ?-?$"
)


#: A word of which each match of :data:`_ACCOUNTS_BALANCE` has one: a message without any is
#: not searched before each figure.
_WORDS_OF_A_BALANCE = (
    "balance", "account", "overdraft", "szamla", "egyenleg", "余额", "账户", "卡里",
)  # fmt: skip


#: Right before a figure won once ("won 25 on a scratchcard", "nyertem 5-öt a lottón",
#: "刮刮乐中了两百"): a win, no month's income nor spending beside the rest.
_WON_BEFORE = regex(
    r"\b(?:won|winning|winnings(?: of| were| was)?)(?: me)?(?: about| like| around)? (?:[$€£] ?)?$|"
    r"\bnyert(?:em|unk)?(?: kb)? $|(?:中了|中奖|赢了)$"
)


#: Right before a 0, an item it is said of: "lakbér 0", "lakás 0 mert a sajátom", "rent 0".
#: Beside the other items' amounts, an item that costs nothing adds nothing. So too a part of
#: the pay that brings nothing now, beside the fixed part: "fix 300 plusz prémium, a prémium most
#: kb 0".
_AN_ITEM_BEFORE = regex(
    r"\b(?:lakber|alberlet|lakas|berleti dij|torleszto|hitel|rent|mortgage)\w*\W{0,3}$|"
    r"\b(?:jutalek|premium|bonusz|borravalo|tulora|potlek)\w*"
    r"(?: (?:most|jelenleg|mostanaban|kb\.?|csak)){0,3}\W{0,3}$"
)


#: A cost raised by a share, the old figure said and not the new one (see ``read_amount``).
_RAISED_BY_A_SHARE = regex(
    r"[0-9] ?%-?(?:kal|kel|al|el)? (?:\w+ )?(?:emel|nott|novel|dragul)\w*|"
    r"\b(?:went up|gone up|rose|raised|increased|put up) (?:it )?(?:by )?[0-9]+ ?%|涨了?[0-9]+ ?%"
)


#: A figure with its last digits masked, not remembered: "2xx ezer", "1,4xx", "about 9xx".
_MASKED_FIGURE = re.compile(r"(?<![a-z0-9.,])[0-9][0-9.,]*xx+(?![a-z0-9])")


_MONTHLY_LEFT_OPEN = compile_phrases(
    (
        r"\b(?:the )?(?:monthly|rest|month to month)\b(?: \w+){0,4} (?:later|another time)\b",
        r"\b(?:talk|sort|work|figure|decide|agree)\w*(?: \w+){0,2} (?:the )?(?:monthly|rest)\b"
        r"(?: \w+){0,2} (?:later|after)\b",
        r"\b(?:a )?(?:havi\w*|többi\w*|maradék\w*)(?: \w+){0,3} (?:később|majd|utána)\b",
        r"(?:每月|每个月|月供|剩下|其余|余下)[^,.;!?]{0,8}(?:再说|再谈|再定|再商量)",
    )
)


#: An item's monthly figure said to be forgotten: "房贷每个月扣多少我记不住", "水费交多少忘了"
#: (after the last figure: "以前扣多少忘了 现在两千" has its figure).
_AN_ITEMS_FIGURE_FORGOTTEN_ZH = re.compile(
    r"(?:扣|交|还|花|付)多少(?:钱)?(?:我)?(?:也|都|实在)?(?:记不住|记不清|不记得|忘了|想不起来)"
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
#: rest id have to look up", "travel 60, everything else id need to add up", or said to be on a
#: paper not at hand ("klarna 20 and the other ones on the statement somewhere"). The figures
#: said are only part of the answer.
_THE_REST_NOT_KNOWN_EN = regex(
    r"\b(?:the rest|the others?|the other ones?|the other one'?s)(?:'?s| is| are)? (?:on|in) "
    r"(?:the|a|my) (?:letter|paperwork|statement|app|email|contract)s?\b|"
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


#: Nothing besides what was named: "nothing else", "más nincs", "别的没有".
_NOTHING_BESIDES = regex(
    r"\bnothing else\b|\bno other\b|\bthat'?s (?:it|all)\b|\b(?:mas|egyeb) nincs\w*|"
    r"\bnincs (?:mas|egyeb)\w*|(?:别的|其他|其它)(?:都)?没(?:有)?"
)


#: Right at an amount, that it is a difference, how much is spent or earned not said: "30
#: ezerrel több megy ki, mint ami bejön", "20-szal kevesebb".
_BY_SO_MUCH_HU = re.compile(r"[0-9 .,]+(?: ?ezer)?-?(?:[rvc]|sz)?[ae]l (?:tobb|kevesebb)\w*")


#: Right before the cash a loan brought in, less than its size: "借一万到手八千".
#: Right before a figure at the spending, that it is the income or the budget, not spent:
#: "bejön 280", "bevétel 280", "fizu 310", "keret 250 000".
_INCOME_OR_BUDGET_BEFORE_HU = regex(
    r"(?<!\ba )(?<!\baz )"  # (not "a fizetésem 260, ebből 120 a lakbér": a part of the pay)
    r"\b(?:bejon|bejovo|bevetel\w*|fizu|fizetes\w*|kereset\w*|jovedelm?\w*|keret\w*)"
    r" ?:? (?:kb\.? )?$"
)
