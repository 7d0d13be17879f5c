"""The messages where no answer is among the figures (:data:`_NO_ANSWER_AMONG_THE_FIGURES`,
:data:`_CHINESE_ONLY_NO_ANSWERS`): a figure of several months, before tax, a loss, a share of
the pay, asked whether it counts. Apart because it is one large table of patterns asked once,
when no figure was said to be the one to take."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from dialogs.understanding.rules.amounts.surroundings import (
    _FIGURE_35_ZH,
    _NO_FIGURE_AFTER_ZH,
    _RELATIVE_TO_A_PLAN_OR_THE_DEBT,
    _REPAID_WHEN_THERE_IS_MONEY_ZH,
    _THIS_MONTH_SAID,
    _THIS_MONTHS_PAY_ZH,
)
from dialogs.understanding.rules.text import (
    WordsIn,
    regex,
    words_one_of_which_every_match_has,
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


#: At the own proposal, a sum said per payday where pay comes weekly: "25 every payday, and I get
#: paid every Friday" (no month's amount).
_PER_PAYDAY_PAID_WEEKLY = regex(
    r"\b(?:every|each|per|a) payday\b.{0,60}\bpaid (?:every|each) (?:week|fortnight|friday|"
    r"thursday|monday|tuesday|wednesday|saturday|sunday|two weeks)\b|"
    r"\b(?:every|each|per|a) payday\b.{0,60}\b(?:paid|pay is) (?:weekly|fortnightly)\b"
)


#: A sum said per pay day of a pension or a benefit paid every week, two or four weeks (the state
#: pension's, the giro's, child benefit's): "I could send 15 every pension day", "20 each giro
#: day", "i get 180 on pension day". No month's amount (not a payday, often a month's; nor a
#: month's said beside it, "15 a month, paid on pension day").
_PER_BENEFITS_PAY_DAY_EN = regex(
    r"^(?!.*\b(?:(?:a|per|each|every) (?:month|mth)|monthly|pcm)\b).*?"
    r"\b(?:every|each|per|a|on|on (?:the|my)) (?:state )?(?:pension|giro|dole|signing[- ]on|"
    r"child benefit|family allowance|carer'?s allowance) days?\b"
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


#: A sum paid in two months named, no month's payment said: "hmrc payments on account, 1,400 in
#: january and again in july", "the water rates, 220 in april and october" (paid twice a year:
#: the month's is not worked out).
_PAID_IN_TWO_MONTHS_NAMED_EN = regex(
    r"^(?!.*\b(?:(?:a|per|each|every) month|monthly)\b)"
    r".*?[0-9][0-9,.]*k? (?:(?:is |are )?(?:due |paid |taken |goes out |comes out )?)?"
    r"(?:in|every|each) (?:jan|feb|march|apr|may|june?|july?|aug|sept?|oct|nov|dec)[a-z]*,? "
    r"(?:and|then|&) (?:again |another |then )?(?:in )?"
    r"(?:jan|feb|march|apr|may|june?|july?|aug|sept?|oct|nov|dec)[a-z]*\b"
)


#: Spent since a day of a month to the day it is now, not a month's: "since the 1st of october
#: ive spent 1,630 and its the 20th of november now".
_SPENT_SINCE_A_DATE_EN = regex(
    r"\bsince (?:the )?[0-9]{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan|feb|march|apr|may|june?|july?|"
    r"aug|sept?|oct|nov|dec)[a-z]*\b[^.;]{0,20}\b(?:i'?ve|ive|i have|we'?ve|weve|we have) spent\b"
)


#: Pay said for a stretch of days or weeks, no month's said: "last trip paid 1,800 for 10 days at
#: sea", "got 900 for two weeks work", "1,200 for the 3 weeks on the rigs". What a month brings is
#: not worked out (not "1,800 for the month").
_PAID_FOR_SO_MANY_DAYS_EN = regex(
    r"^(?!.*\b(?:(?:a|per|each|every) month|monthly|pcm)\b)"
    r".*?[0-9][0-9,.]*k? for (?:the |a )?(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fourteen|a few|a couple of|couple of|few) (?:days?|weeks?|nights?|shifts?)\b"
)


#: A figure thought of per four weeks, no month's said: "i think of it per 4 weeks, about 980".
_PER_FOUR_WEEKS_EN = regex(
    r"\b(?:per|each) (?:4|four) weeks?\b(?![^.;]*\b(?:(?:a|per|each|every) month|monthly|a mnth)\b)"
)


#: Pay said to come every four weeks, anywhere in a message that says no month: "Net pay 1,655.00
#: (period 7 of 13, paid every 4 weeks)", "net pay 1,480, four-weekly". Thirteen pays a year are
#: no month's: asked again, as "per 4 weeks" is ("1,480 every 4 weeks" is read so already).
_EVERY_FOUR_WEEKS_NO_MONTH_EN = re.compile(
    r"^(?!.*\b(?:(?:a|per|each|every) month|monthly|a mnth)\b)"
    r".*\b(?:(?:every|each|per) (?:4|four) weeks?|(?:4|four)[- ]?weekly)\b"
)


#: A figure said right after a month's name: "jan 1500", "februárban 280", "2月4000" (not a day
#: of the month: "3月15号").
_A_MONTHS_FIGURE = (
    # (not "mar", "may": "már 250" is "already", "may be")
    r"(?:\b(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar\w*|februar\w*|"
    r"marcius\w*|aprilis\w*|majus\w*|junius\w*|julius\w*|augusztus\w*|szeptember\w*|"
    r"oktober\w*|november\w*|december\w*)\b|"
    r"(?<![个個每上下这這本当當])(?:十[一二]|[一二三四五六七八九十]|1[0-2]|[1-9])月(?:份)?)"
    r"\W{0,3}(?:(?:was|is|volt|是|发了|拿了)\W{0,2})?"
    # a month not over yet, its figure so far: "march so far 1,100", "oct to date 300"
    r"(?:(?:so far|to date|till now|until now)\W{0,2})?(?:[$€£¥] ?)?"
    r"(?:[0-9一二三四五六七八九两](?![0-9]*[号號日])|"
    # a month with nothing, a figure all the same: "jan nothing, feb 400", "dec zero"
    r"(?:nothing|zero|nowt|nada|nil)\b)"
)


#: Two months each with its own figure: "jan 1500, feb 1800, march 1600", "1月3000, 2月4000":
#: figures of different months, no one month's, nor a sum.
_FIGURES_OF_SEVERAL_MONTHS = regex(rf"{_A_MONTHS_FIGURE}[^.;!?]*?{_A_MONTHS_FIGURE}")


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
#: "a fizetésem felét, az 300", "a lakbér a harmada annak, amit a gyárban kapok", "工资的一半
#: 我工资四千"; or the pay as a share of a past one: "about 2 thirds of what i used to get which
#: was 2,100".
_A_SHARE_OF_THE_PAY = regex(
    r"\b(?:half|a third|a quarter|two thirds|2 thirds|three quarters|3 quarters|[0-9]+ ?%|most) "
    r"of (?:what i (?:earn|get|make|take home|bring in|used to|did|was)|my (?:wages?|pay|salary|"
    r"income|pension|benefits?|earnings|old (?:wage|pay|salary)))\b|"
    r"\b(?:fizetesem|berem|nyugdijam|jovedelmem|keresetem) (?:felet|fele|harmadat|harmada|"
    r"negyedet|ketharmadat|nagy reszet|nagyobbik felet)\b|"
    r"\b(?:fele|harmada|negyede) annak,? (?:amit|ami) (?:\w+ ){0,4}?(?:keresek|kapok|keresunk|"
    r"kapunk)\b|"
    r"(?:工资|收入|退休金|薪水|工钱)的(?:一半|三分之[一二]|四分之[一三]|大半|一大半|大部分|"
    r"[一二三四五六七八九]成)|"
    r"(?:以前|原来)的(?:一半|三分之[一二]|四分之[一三])",
    read_often=False,
)


#: A loss made, no income: "这个月不但没赚 反倒贴了两千", "made a loss of 300 this month", "50
#: ezret ráfizettem". (Not money put out for a sick one's care, "老公现在一分没有 还倒贴医药费":
#: a cost, no loss that leaves the own pay nought.)
_A_LOSS = regex(
    r"倒贴(?!(?:了|的)?(?:医药费|药费|看病|治病|住院|医疗))|亏了|赔了|亏损|亏本|赔本|"
    r"\bmade a loss\b|\bat a loss\b|\bin the red\b|"
    r"\blost (?:about |around |roughly )?(?:[$€£] ?)?[0-9]|\b(?:a )?loss of\b|"
    r"\brafizet\w*|\bveszteseg\w*|\bminuszban\b|\bbuktam\b"
)


#: The income itself said to count as nought, beside the loss that makes it so: "今年赔钱 收入只能
#: 算0", "收入就当是零" (the nought is the answer, the loss no figure of the month).
_THE_INCOME_SAID_NOUGHT_ZH = regex(
    r"收入(?:只能|就|也就|只好|可以)?(?:算|是|按|当)(?:是|作|成)?(?:0|零)(?![0-9.])"
)
#: (no other figure beside it, as the loss's: "倒贴了两千 收入算零" is asked again)
_ANY_OTHER_FIGURE_ZH = re.compile(r"[0-9二两三四五六七八九十百千万几]")


#: Spending said only against the pay: "kevesebb mint a nyugdíjam, az 198", "less than my
#: pension which is 900", "比我退休金少 退休金三千" (how much less is not said).
_AGAINST_THE_PAY = regex(
    r"\b(?:less|more|lower|higher) than (?:my|the|what) (?:\w+ ){0,2}(?:pension|wages?|pay|income|"
    r"salary|benefits?|earn|get)\b|\b(?:less|more) than i (?:bring in|earn|get|make)\b|"
    # (not of the figure said right before: "…, szóval 190 ezer, ami több mint amit keresek")
    r"(?<![0-9], ami )(?<![0-9] ezer, ami )(?<![0-9], ami mar )(?<![0-9] ezer, ami mar )"
    r"\b(?:kevesebb|tobb|alacsonyabb|magasabb) mint (?:a |az |amit )?(?:[0-9]+ ?(?:ezres )?)?"
    r"(?:nyugdij|fizetes|ber|"
    r"jovedelm|kereset|keresek|kapok)\w*|"
    r"比(?:我的?)?(?:退休金|工资|收入|养老金)(?:要|还)?(?:少|多|低|高)"
)


#: The figure left to work out, or said only against another: "3 kids 2 dogs 1 car, you do the
#: maths", "closer to a thousand than nine hundred", "开销就是我收入减去两千", "其他的跟房租差不多",
#: "他说一万 我觉得没有那么多", "it was 1,150 last year, havent looked since" (not the sum done:
#: "他自己算了算 一个月最多六百").
_LEFT_TO_WORK_OUT = regex(
    r"\byou do the maths?\b|\bdo the maths? yourself\b|\bszamold ki\b|"
    r"(?:你们?)?自己算(?!了算|了一下|过|出)(?:吧)?|"
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
#: before tax" (not "… thats before tax, after tax its 1,740": the take-home is said after).
_SAID_BEFORE_TAX = regex(
    r"\b(?:that'?s|thats|that is|its|it'?s|which is) (?:before|pre)[- ]tax\b"
    r"(?![^.?!]*?\b(?:after[- ]tax|take[- ]home|net)\b[^0-9.?!]{0,20}[0-9])"
)


#: The one figure of an income said to come only once, at the end of its clause: "the trial
#: paid 2,100, just the once", "kaptam 300 ezret, de csak egyszer", "egyszeri kifizetés, 300
#: ezer". A sum paid once is no month's income: asked again, never read as the month's (beside a
#: wage, "wage 1,300 and 2,100 once", another figure is said, and the wage is read). Not "only
#: paid once a month", "havonta csak egyszer": that is the month's. (In Chinese "一次性" is read
#: on its own, and "就一次" holds a numeral itself.)
_A_FIGURE_ONCE_ONLY = re.compile(
    r"^(?=[^0-9]*[0-9][0-9,.]*[^0-9]*$)"  # (the message's one figure)
    r".*(?:\b(?<!havonta )(?:(?:only|just) (?:the )?once|once only|csak egyszer)\W*(?:[,.;!?]|$)"
    r"|\begyszeri (?:kifizet|osszeg|juttatas|tamogatas|premium|jutalom))"
)


#: Spent since a holiday or a month named, months ago: "since christmas about 4,500 has gone out"
#: (not the life the person has led since: "i'm on my own with them since january", "single since
#: may").
_SINCE_A_HOLIDAY = regex(
    r"(?<!\bown )(?<!\bthem )(?<!\bkids )(?<!\balone )(?<!\bsingle )"
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
    r"included|include|essential|go in|put (?:it|that|them) in|"
    # where it is written is asked: "should i put this here?", "does my klarna go on here?"
    r"(?:write|put|enter|add|list) (?:it|that|this|them) (?:in |on |down )?here|"
    r"go(?:es)? (?:in |on )?here|belongs? here)\b[^.!?]{0,40}\?|"
    r"\b(?:beleszamit|beleszamol|beszamit|szamit bele|szamoljam|szamolom bele|kell bele|"
    r"szamit(?:sak|ok)? bele)\w*[^.!?]{0,30}\?|"
    r"算不算|要不要[^,\uff0c\u3002?\uff1f]{0,20}算|算进去吗|要算吗|包括吗|算在内吗",
    read_often=False,
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
    rf"{_A_MONTHS_FIGURE_WITH_WORDS_HU}[^.;!?]*?{_A_MONTHS_FIGURE_WITH_WORDS_HU}", read_often=False
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
    r"(?:az? )?(?:osszes|egesz|teljes)\w*\b(?![^0-9]*[0-9])",
    read_often=False,
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
#: ahogy jön", "a többi változó"; or to be added up or sent later: "albi 100, a többit majd
#: holnap összeadom", "a többit még ki kell számolnom".
_THE_REST_AS_IT_COMES_HU = regex(
    r"\ba tobbi(?: \w+)? (?:meg |pedig )?(?:ahogy jon|valtozo|valtozik|nem tudom|"
    r"fogalmam sincs)\b(?![^.;!?0-9]*[0-9])|"
    r"\ba tobbit (?:majd |meg |pedig )?(?:(?:este|kesobb|holnap|otthon|utana) )?"
    r"(?:osszeadom|osszeszamolom|kiszamolom|megirom|megnezem|elkuldom|ossze kell adnom|"
    r"ki kell szamolnom)\b(?![^.;!?0-9]*[0-9])"
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


#: Something taken off this month, how much not known: "请了一周病假要扣, 具体扣多少还不知道",
#: or said to change from month to month: "要扣医保 扣多少每月都不一样" (the net is unknown).
_A_DEDUCTION_NOT_KNOWN_ZH = re.compile(
    r"扣多少(?:钱)?(?:每个?月|每次)?(?:还|也|都)?"
    r"(?:不知道|不清楚|没定|不确定|说不好|没说|没讲|没写|不一样|不一定|不固定)"
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


#: A sum of money in Chinese, no count of things: "九千五", "1200", "一万二" (not the "一" of
#: "一张卡", "一个厂").
_A_SUM_ZH = (
    r"(?:[0-9][0-9.,]{2,}|[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十]*[百千万]"
    r"[0-9.一二两三四五六七八九十百千万]*)"
)


#: No figure after, the "一" of "一起" ("钱都放一起的": the money kept together) being none.
_NO_FIGURE_BUT_TOGETHER_AFTER_ZH = (
    r"(?![^0-9一二两三四五六七八九]*(?:[0-9二两三四五六七八九]|一(?!起)))"
)


#: Two people's pay said as one whole, in Chinese, the own part of it not said: "我们两个工资
#: 合起来九千", "两口子的收入一共一万" (income is the cardholder's own). Not once a figure
#: follows ("… 我拿五千"), read as the own part.
_A_COUPLES_PAY_AS_ONE_WHOLE_ZH = re.compile(
    r"(?:两口子|我们俩|我俩|夫妻俩|我们两个人?|我跟(?:男朋友|女朋友|老公|老婆|对象|爱人|媳妇))"
    r"(?:的)?(?:工资|收入|钱)?(?:一个月|每个?月|[^0-9一二两三四五六七八九.;!?\u3002]){0,12}?"
    r"(?:一共|总共|加起来|加一起|加一块儿?|合起来|合计)"
    rf"[^0-9一二两三四五六七八九.;!?\u3002]{{0,6}}{_A_SUM_ZH}(?:块|元)?(?:来块)?"
    + _NO_FIGURE_BUT_TOGETHER_AFTER_ZH
    + r"|"
    # the whole, then one of the two said to bring in more: "… 一个月八千 她赚得多"
    r"(?:两口子|我们俩|我俩|夫妻俩|我们两个人?|我跟(?:男朋友|女朋友|老公|老婆|对象|爱人|媳妇))"
    # (no "我" before the figure: "我跟老公在一个厂 我一个月四千三 他挣得多" says the own)
    rf"(?:(?!我)[^.;!?\u3002])*?{_A_SUM_ZH}[^.;!?\u3002]*?"
    r"(?:他|她|我|老公|老婆|对象|男朋友|女朋友)(?:挣|赚|拿|出|交)(?:的|得)(?:多|少)"
    + _NO_FIGURE_AFTER_ZH
)


#: Another's pension or pay and the own said as one whole: "我妈养老金和我工资 加一块六千来块"
#: (the own not said; as :data:`_OWN_IN_A_JOINT_TOTAL_ZH`).
_ANOTHERS_AND_MY_PAY_AS_ONE_WHOLE_ZH = re.compile(
    r"(?:爸|妈|老公|老婆|爱人|媳妇|老伴|对象)的?(?:退休金|养老金|工资|收入)(?:跟|和|加上?)我(?:的)?"
    r"(?:工资|退休金|养老金|收入)?[ ,\uff0c]{0,2}(?:一起)?"
    r"(?:加起来|加一起|加一块儿?|合起来|一共|总共)"
    rf"[^0-9一二两三四五六七八九.;!?\u3002]{{0,3}}{_FIGURE_35_ZH}" + _NO_FIGURE_AFTER_ZH
)


#: A whole said, then only that someone bears a part or a half of it, no figure of it after:
#: "全家一个月三千五 我姐也出一部分", "每月能凑一千二 你们这边分一半" (the own or this card's
#: part is not worked out). Not once its figure follows ("… 我出一半 一千七").
_A_WHOLES_SHARE_UNWORKED_ZH = re.compile(
    rf"{_A_SUM_ZH}[^.;!?\u3002]*?(?:出|分|担|摊|拿|付)(?:一部分|一半|一小半|一大半|大半|小半)"
    + _NO_FIGURE_AFTER_ZH
)


#: The figure said to hang on whether someone does a thing, asked as "A or not A", no figure
#: after: "每月还八百 得看我姐那边帮不帮", "物业费看物业今年收不收" (it may be, or may not).
_HANGING_ON_A_YES_OR_NO_ZH = re.compile(
    r"看[^0-9一二两三四五六七八九.;!?\u3002]{0,8}?"
    r"(?:给不给|出不出|帮不帮|肯不肯|涨不涨|批不批|愿不愿意|收不收)" + _NO_FIGURE_AFTER_ZH
)


#: At the spending or the other debts, an item said with "来块" (that much or a little over)
#: beside others: "房租一千一 菜钱一个月五百来块" (the whole is as rough as that item; the one
#: figure so said alone is :data:`~.settling._THE_ONLY_FIGURE_OR_SO_ZH`). Not once a figure is
#: settled on after it ("…四百来块 算五百吧") nor a whole said ("…一共…").
_AN_ITEM_SAID_OR_SO_ZH = re.compile(
    rf"{_A_SUM_ZH}来块(?![^.;!?\u3002]*(?:算|一共|总共|合计|加起来|加一起|就写|就按))"
)


#: At the other debts, a loan or a debt held jointly ("共同的车贷", "两口子共同的债"), the own
#: part of it not said (as "a joint loan" in English). Not once the own part is said ("我还一
#: 半 九百", "我这边出八百").
_A_JOINT_LOAN_OWN_PART_UNSAID_ZH = re.compile(
    r"共同(?:的)?[\u4e00-\u9fff]{0,3}?(?:贷|债)"
    r"(?![^.;!?\u3002]*(?:我|自己)(?:这边|那份|那部分|的)?(?:出|还|付|担|摊))"
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
#: "起码能给四百吧" (the most it could be is not said; "至少三个月" is a time); the verb with
#: what it can bear after it: "至少还得起四百", "起码给得出三百"; the month named in it
#: ("起码每个月要花三千") or "个" before the figure ("最少能给个三百"); "however it goes, it
#: takes": "一个月咋也得两千 吃饭看病", "怎么都要三千五".
_A_LOWER_BOUND_ONLY_ZH = re.compile(
    r"(?:最?起码|至少|最少|(?:再?怎么|咋)(?:也|都)(?=得|要))(?:一个月|每个?月)?(?:也)?(?:得|要|能)?(?:还|给|花|交)?"
    r"(?:得起|得了|得出)?个?"
    rf"{_FIGURE_35_ZH}(?:块|元)?"
    rf"(?![0-9.一二两三四五六七八九十百千万]|个|年|天|次|岁|倍|号|点){_NO_FIGURE_AFTER_ZH}"
)


#: A floor of the month's spending, then one item of it alone said to take a part of it: "起码
#: 每个月要三千 光房租就一千八", "至少两千 单是吃饭都要一千二" (the floor stands, how far above
#: it is not said: the item is no answer, nor the floor and the item added up).
_A_FLOOR_AND_ONE_ITEM_OF_IT_ZH = re.compile(
    r"(?:最?起码|至少|最少)(?:一个月|每个?月)?(?:也)?(?:得|要|能)?(?:花|交)?"
    rf"{_FIGURE_35_ZH}(?:块|元)?(?:了|吧)?[ ,\uff0c]{{0,2}}(?:光是?|单是?)"
    rf"[^0-9一二两三四五六七八九]{{1,6}}(?:就|都)(?:要|得)?{_FIGURE_35_ZH}"
)


#: A ceiling only, no figure after it, of what comes in or goes out: "顶多三千, 不会更多了",
#: "撑死了两千五" (how far below is not said; of an offer, "最多五百", the ceiling is the offer,
#: so this is not heard at the counter question).
_A_CEILING_ONLY_ZH = re.compile(
    rf"(?:顶多|撑死了?|至多|最多|了不起)(?:也)?(?:就)?(?:是|有|挣|赚|花|还)?{_FIGURE_35_ZH}"
    rf"(?:块|元)?(?![0-9.一二两三四五六七八九十百千万]|个|年|天|次|岁|倍|号|点)"
    rf"{_NO_FIGURE_AFTER_ZH}"
)


#: A ceiling said after the figure, no figure after it: "四千封顶, 一般达不到", "开销三千到顶了",
#: "一个月三千以内" (how far below is not said; an offer's ceiling, "一千以内都行", is its amount).
_A_CEILING_SAID_AFTER_ZH = re.compile(
    rf"{_FIGURE_35_ZH}(?:块|元)?(?:就|也就)?(?:封顶|到顶了?|顶天了?|以内|之内)"
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


#: At the counter, an offer only if the bank grants something, what comes of it otherwise said
#: not to be known: "要是能减免利息 每月还八百 不减免就不知道了", "如果能分期 一个月六百 不能
#: 的话我也说不准" (no offer stands as long as the condition is open).
_AN_OFFER_ONLY_IF_GRANTED_ZH = re.compile(
    r"(?:如果|要是)[^0-9一二两三四五六七八九.;!?\u3002]{1,10}?"
    rf"{_FIGURE_35_ZH}(?:块|元)?[ ,\uff0c]{{0,2}}不[\u4e00-\u9fff]{{1,4}}?(?:的话)?"
    r"[ ,\uff0c]{0,2}(?:我)?(?:也|就)?(?:不知道|不好说|说不准|还不了|还不上|没办法)"
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


#: Paid when a job is done, not by the month: "一个工地干完结一回 一回一万来块", "工程做完一次
#: 结" (the once said first); or by the batch sold: "羊是卖一批算一批", "出一批结一批" (what a
#: batch brought is no month's). Not when the month's is said after it.
_PAID_WHEN_A_JOB_IS_DONE_ZH = re.compile(
    r"(?:(?:干完|做完|完工|完活)(?:了)?(?:才)?"
    r"(?:(?:结|发|给)(?:一)?(?:回|次|趟)|一(?:回|次)性?(?:结|发|给))|"
    r"(?:卖|出)一批(?:算|结|拿)一批)"
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


#: A price of one piece in money and a count of the same pieces, the month's not worked out:
#: "一筐十五块 一个月大概编两百筐", "每盆六元 这个月插了三千盆" (no figure is the month's; not a
#: time as the piece: "一天三百块 干了二十天", "一个月…", read by the periods).
_A_PRICE_OF_A_PIECE_AND_A_COUNT_ZH = re.compile(
    r"(?:一|每)((?![个天月年周时号岁回])[\u4e00-\u9fff])(?:是|给|要|收|卖)?"
    rf"{_FIGURE_35_ZH}(?:块|元|毛|角)[^.;!?\u3002]*?(?<![另第])(?!一\1)(?:{_FIGURE_35_ZH}|几)\1"
    rf"{_NO_FIGURE_AFTER_ZH}(?![^.;!?\u3002]*(?:一共|总共|算下来|合计|就是))"
)


#: The pay on being taken on not set yet, beside the pay on probation: "下月转正 转正后工资还没
#: 谈 试用期拿四千", "转正的薪水没定" (the month's pay from now is not known).
_PAY_ON_BEING_TAKEN_ON_NOT_SET_ZH = re.compile(
    r"转正(?:后|以后|之后)?的?(?:工资|薪资|薪水|收入)?(?:还|也)?"
    r"(?:没定|没谈|没说|没出来|不知道|未定|没确定)"
)


#: Two cases said the other way round, without a thing first and then with it, the second only
#: as what it adds: "不算车位的话三千四 算的话再加五百" (which case is the month's is not said).
_WITHOUT_THEN_WITH_A_THING_ZH = re.compile(
    rf"不([\u4e00-\u9fff]{{1,3}}?)[\u4e00-\u9fff]{{0,4}}的话(?:就|是)?{_FIGURE_35_ZH}(?:块|元)?"
    r"[ ,\uff0c]{1,2}(?:要是|如果)?\1[\u4e00-\u9fff]{0,4}的话"
)


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
#: ("到手四千三", "实发", "剩下") it is read as before. The cardholder's own part may be named
#: ("社保个人部分扣四百").
_A_PAYROLL_DEDUCTION_NO_NET_ZH = re.compile(
    r"^(?![^\u3002]*?(?:到手|实发|实际|剩|落|打到|打卡|卡里|税后|净|以后|之后|扣完|一共|总共|合计|"
    r"不算|不含|含在|包括|已经扣))"
    r"[^\u3002]*?(?:扣(?:掉|了|除)?(?:每个?月)?(?:的)?(?:社保|五险一金|五险|公积金|个税|医保|养老保险)|"
    r"(?:社保|五险一金|五险|公积金|个税|医保|养老保险)(?:的?个人(?:部分|缴纳的?|交的)?|部分)?"
    r"(?:每个?月)?(?:要|得|还)?扣(?:掉|了)?)"
    rf"(?:是|要|得|就|大概|差不多)?{_FIGURE_35_ZH}"
)


#: The same after the pay said before tax, the sum taken off named or not, said roughly or not:
#: "税前七千 扣了六百多", "应发五千 扣掉八百" (the gross is no answer beside a deduction's bound
#: either; the net, said, is read as before).
_THE_GROSS_THEN_A_DEDUCTION_NO_NET_ZH = re.compile(
    r"^(?![^\u3002]*?(?:到手|实发|实际|剩|落|打到|打卡|卡里|税后|净|以后|之后|扣完|一共|总共|合计|"
    r"不算|不含|含在|包括|已经扣))"
    r"[^\u3002]*?(?:税前|应发)[^\u3002]*?扣(?:掉|了|除)?"
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


#: A sum in thousands said for a course, a term or several months: "the grant is 12k over 9
#: months", "ill spend about 6k over the course", "4,500 over the term" (the month's share is
#: not worked out; not "1,200 over the month", one month's, nor "12k over 9 months, 1,333 a
#: month", the month's said after).
_A_SUM_OVER_A_COURSE_EN = regex(
    r"[0-9] ?(?:k|grand|,[0-9]{3})\b[^.!?0-9]{0,25}\bover (?:the )?(?:(?:[2-9]|1[0-2]|two|three|"
    r"six|nine|ten|twelve) months|(?:whole )?(?:course|term|academic year))\b"
    r"(?![^!?]*[0-9][0-9,.]*k? (?:a|per|each|every) month)"
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


#: At the own proposal, a figure said against a plan named before it by "than that": "the 6 month
#: plan is a lot, how about 30 less than that", "your offer's too high, 20 under than it" (what
#: it comes to is not said, as with :data:`_AGAINST_A_PLAN_EN`).
_AGAINST_A_PLAN_NAMED_BEFORE_EN = regex(
    r"\b(?:plan|option|offer)\b[^0-9]{0,60}[0-9][0-9,.]*k? (?:quid |pounds? )?"
    r"(?:less|more|lower|higher|under|over) than (?:that|it|this)\b"
)


#: An item named with no figure yet, so no whole: "rent 600 food 250 elec ? still waiting for
#: the bill", "rent 560, food idk yet will check" (as :data:`_AN_ITEM_NOT_KNOWN_YET_EN`, its
#: figure left blank with a mark or said not known yet; not a question: "food 200 is that ok ?").
_AN_ITEM_LEFT_BLANK_EN = regex(
    r"[0-9],? (?!(?:is|are|does|do|can|ok|okay|right|yeah|that)\b)[a-z]+(?: [a-z]+)? \?+(?: |$)|"
    r"\b(?:idk|dunno|don'?t know|dont know|not sure) yet\b"
)


#: An item named last with no figure, then said forgotten or not known, so no whole: "rent 550
#: gas 40 water... forgot", "bills 90, food 200, petrol - idk", "tv 20 insurance no idea" (not
#: "bus pass 65 i forgot", the item's figure said, nor "food 200, idk": no item left bare).
_AN_ITEM_LEFT_FORGOTTEN_EN = regex(
    r"[0-9],? (?!(?:i|im|and|but|so|oh|sorry|ok|okay|lol|thats|that|it|a)\b)[a-z]+(?: [a-z]+)?"
    r" ?(?:\.+|-+|,)? ?(?:forgot|idk|dunno|no idea)\b"
)


#: At the other debts, a debt whose payment is still to be confirmed, so no whole: "court fine
#: 15, the gas arrears tbc", "loan 60 and the overdraft plan tba" (as
#: :data:`_AN_ITEM_NOT_KNOWN_YET_EN` at the spending).
_A_DEBTS_FIGURE_TO_BE_CONFIRMED_EN = regex(r"\b(?:tbc|tba|tbd|to be confirmed)\b")


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


#: A figure left to be decided, on a form or in a list: "话费 100 网费 待定", "欠朋友的 待定"
#: (that item's figure is not known, so neither is the whole).
_A_FIGURE_TO_BE_DECIDED_ZH = re.compile(r"待定")


#: Two figures from two sources, which is right not known: "app上两千六 我自己算两千三 不知道
#: 哪个对", "搞不清哪个准" (the cardholder does not pick; not summed, not guessed).
_WHICH_FIGURE_IS_RIGHT_ZH = re.compile(
    r"(?:不知道|不确定|搞不清|分不清|说不好|拿不准)(?:是)?(?:哪个|哪一个)(?:数)?"
    r"(?:对|准|是对的|才对|是准的)"
)


#: The net pay on a pay slip said to be unread: "实发那格被水泡糊了", "实发我没细看", "实发的
#: 那行看不清" (only the pay before the deductions, or its parts, are there).
_THE_NET_UNREAD_ON_A_SLIP_ZH = re.compile(
    r"实发(?:的|那栏|那一栏|那格|那行|那里|金额)?(?:我|被)?"
    r"[^0-9一二两三四五六七八九.;!?\u3002]{0,6}?"
    r"(?:挡住|遮住|看不清|糊了|撕了|没写|没(?:仔细|细)?看|没注意)"
)


#: A figure said with 多 (more than it), then a mark beyond it and no figure after: "一千多点 反正
#: 没到两千", "四千多吧 好的时候能到五千" (how much more is not said; the mark is no answer either).
_A_BOUND_THEN_A_MARK_ZH = re.compile(
    rf"{_FIGURE_35_ZH}多(?:点儿?|一点儿?)?(?:块|元)?(?:吧|呢|啊)?"
    r"[^0-9一二两三四五六七八九.;!?\u3002]{0,6}?(?:没到|不到|没过|没超过|不超过|能到|会到|能上)"
    # (no figure after the mark's own: "旺季一万多 淡季不到三千 这个月挣了两千六" is read)
    rf"(?:过|上)?{_FIGURE_35_ZH}{_NO_FIGURE_AFTER_ZH}"
)


#: A list's item named between two with their figures, its own not said: "rent 600, food, gas
#: 90" (food's figure is missing, or "food, gas 90" is both: the whole is not known). Not where
#: the whole comes next: "rent 600, gas 80, food, so about 900" (food is in it).
_AN_ITEM_WITHOUT_ITS_FIGURE_EN = regex(
    r"[0-9], (?:food|groceries|shopping|bills|petrol|diesel|gas|electric|energy|water|phone|"
    r"insurance|broadband|internet|council tax|travel|childcare), "
    r"(?!(?:so|total|in total|altogether|all in|overall|thats|that'?s|which (?:is|makes)|"
    r"comes to|call it)\b)(?=(?:[a-z]+ ){1,3}"
    r"(?:[$€£] ?)?[0-9])"
)


_NO_ANSWER_AMONG_THE_FIGURES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("income", _FIGURES_OF_SEVERAL_MONTHS),
    ("income", _THE_NET_NOT_KNOWN_EN),
    ("expenses", _AN_ITEM_WITHOUT_ITS_FIGURE_EN),
    ("expenses", _FIGURES_OF_SEVERAL_MONTHS),
    ("other_debts", _A_PAYDAY_LOAN_DUE_ONCE),
    ("other_debts", _A_LUMP_DUE_BY_A_MONTH_EN),
    ("other_debts", _PAID_IN_TWO_MONTHS_NAMED_EN),
    ("counter", _PAID_IN_TWO_MONTHS_NAMED_EN),
    ("expenses", _SPENT_SINCE_A_DATE_EN),
    ("expenses", _PER_FOUR_WEEKS_EN),
    ("income", _PER_FOUR_WEEKS_EN),
    ("income", _PAID_FOR_SO_MANY_DAYS_EN),
    ("income", _EVERY_FOUR_WEEKS_NO_MONTH_EN),
    ("counter", _RELATIVE_TO_A_PLAN_OR_THE_DEBT),
    ("counter", _PER_PAYDAY_PAID_WEEKLY),
    ("counter", _PER_BENEFITS_PAY_DAY_EN),
    ("income", _PER_BENEFITS_PAY_DAY_EN),
    ("other_debts", _PER_BENEFITS_PAY_DAY_EN),
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
    ("income", _A_FIGURE_ONCE_ONLY),
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
    ("income", _A_COUPLES_PAY_AS_ONE_WHOLE_ZH),
    ("income", _ANOTHERS_AND_MY_PAY_AS_ONE_WHOLE_ZH),
    ("expenses", _A_WHOLES_SHARE_UNWORKED_ZH),
    ("other_debts", _A_WHOLES_SHARE_UNWORKED_ZH),
    ("counter", _A_WHOLES_SHARE_UNWORKED_ZH),
    ("expenses", _HANGING_ON_A_YES_OR_NO_ZH),
    ("other_debts", _HANGING_ON_A_YES_OR_NO_ZH),
    ("counter", _HANGING_ON_A_YES_OR_NO_ZH),
    ("expenses", _AN_ITEM_SAID_OR_SO_ZH),
    ("other_debts", _AN_ITEM_SAID_OR_SO_ZH),
    ("other_debts", _A_JOINT_LOAN_OWN_PART_UNSAID_ZH),
    ("income", _PROBATION_AT_A_SHARE_ZH),
    ("", _A_PRICE_BY_AREA_ZH),
    ("income", _NOW_LESS_THAN_WHEN_ZH),
    ("", _SO_MANY_TIMES_A_WEEK_AT_A_PRICE_ZH),
    ("", _A_BOUND_THE_FIGURE_WITHHELD_ZH),
    ("", _A_LOWER_BOUND_ONLY_ZH),
    ("expenses", _A_FLOOR_AND_ONE_ITEM_OF_IT_ZH),
    ("counter", _AN_OFFER_ONLY_IF_GRANTED_ZH),
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
    ("income", _THE_GROSS_THEN_A_DEDUCTION_NO_NET_ZH),
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
    ("income", _A_PRICE_OF_A_PIECE_AND_A_COUNT_ZH),
    ("income", _PAY_ON_BEING_TAKEN_ON_NOT_SET_ZH),
    ("", _WITHOUT_THEN_WITH_A_THING_ZH),
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
    ("income", _A_FIGURE_TO_BE_DECIDED_ZH),
    ("expenses", _A_FIGURE_TO_BE_DECIDED_ZH),
    ("other_debts", _A_FIGURE_TO_BE_DECIDED_ZH),
    ("", _WHICH_FIGURE_IS_RIGHT_ZH),
    ("income", _THE_NET_UNREAD_ON_A_SLIP_ZH),
    ("", _A_BOUND_THEN_A_MARK_ZH),
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
    ("expenses", _A_SUM_OVER_A_COURSE_EN),
    ("income", _A_SUM_OVER_A_COURSE_EN),
    ("income", _PAY_ONLY_TO_COME_EN),
    ("expenses", _AN_ITEM_NOT_KNOWN_YET_EN),
    ("expenses", _TOPPED_UP_WHENEVER_EN),
    ("expenses", _A_FIGURE_LESS_SOMETHING_EN),
    ("expenses", _A_SHARE_IN_PER_CENT_EN),
    ("", _LESS_IN_A_SEASON_EN),
    ("counter", _AGAINST_A_PLAN_EN),
    ("counter", _AGAINST_A_PLAN_NAMED_BEFORE_EN),
    ("expenses", _AN_ITEM_LEFT_BLANK_EN),
    ("expenses", _AN_ITEM_LEFT_FORGOTTEN_EN),
    ("other_debts", _A_DEBTS_FIGURE_TO_BE_CONFIRMED_EN),
    ("", _A_FIGURE_FOR_ANOTHER_SEASON_NOW_EN),
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
        _A_COUPLES_PAY_AS_ONE_WHOLE_ZH,
        _ANOTHERS_AND_MY_PAY_AS_ONE_WHOLE_ZH,
        _A_WHOLES_SHARE_UNWORKED_ZH,
        _HANGING_ON_A_YES_OR_NO_ZH,
        _AN_ITEM_SAID_OR_SO_ZH,
        _A_JOINT_LOAN_OWN_PART_UNSAID_ZH,
        _PROBATION_AT_A_SHARE_ZH,
        _A_PRICE_BY_AREA_ZH,
        _NOW_LESS_THAN_WHEN_ZH,
        _SO_MANY_TIMES_A_WEEK_AT_A_PRICE_ZH,
        _A_BOUND_THE_FIGURE_WITHHELD_ZH,
        _A_LOWER_BOUND_ONLY_ZH,
        _A_FLOOR_AND_ONE_ITEM_OF_IT_ZH,
        _AN_OFFER_ONLY_IF_GRANTED_ZH,
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
        _THE_GROSS_THEN_A_DEDUCTION_NO_NET_ZH,
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
        _A_PRICE_OF_A_PIECE_AND_A_COUNT_ZH,
        _PAY_ON_BEING_TAKEN_ON_NOT_SET_ZH,
        _WITHOUT_THEN_WITH_A_THING_ZH,
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
        _A_FIGURE_TO_BE_DECIDED_ZH,
        _WHICH_FIGURE_IS_RIGHT_ZH,
        _THE_NET_UNREAD_ON_A_SLIP_ZH,
        _A_BOUND_THEN_A_MARK_ZH,
    )
)


def _words_to_look_for(pattern: re.Pattern[str]) -> frozenset[str]:
    """Words one of which every match of ``pattern`` has (see
    :func:`words_one_of_which_every_match_has`, or :data:`_WORDS_WORKED_OUT_BY_HAND`), or none
    where it has none: a message without any is not searched for it (about a tenth less time
    for them all). However many they are: they are looked for in the one scan of all the words,
    and a pattern of many searched in every message cost the slowest messages a third more (28
    against 19 us)."""
    return _WORDS_WORKED_OUT_BY_HAND.get(id(pattern)) or words_one_of_which_every_match_has(pattern)


#: Words one of which a message needs to match each of these patterns, where
#: :func:`words_one_of_which_every_match_has` finds none (a word of one character, or a word
#: needed only by a look-ahead), each read off its pattern: else searched in every message, each
#: cost about a microsecond there. (By ``id``, as :class:`_NoAnswerPatterns` keeps them.)
_WORDS_WORKED_OUT_BY_HAND: dict[int, frozenset[str]] = {
    id(_A_PART_WITHOUT_AMOUNT): frozenset({"+"}),  # its "\+"
    id(_WITHOUT_THEN_WITH_A_THING_ZH): frozenset({"的话"}),
    id(_A_SHARE_NOT_WORKED_OUT_HU): frozenset({"%", "szazalek", "mint a "}),
    id(_AN_ITEM_PRICED_WITH_A_QUESTION_MARK): frozenset({"?"}),
    id(_AN_ITEM_LEFT_BLANK_EN): frozenset({"?", " yet"}),
    id(_PAID_OFF_OVER_MONTHS_HU): frozenset({" alatt"}),  # (in its look-ahead)
    id(_PER_PAYDAY_PAID_TWICE_A_MONTH_ZH): frozenset({"还"}),  # (in its look-ahead)
}


@dataclass(frozen=True, slots=True)
class _NoAnswerPatterns:
    """The patterns of :data:`_NO_ANSWER_AMONG_THE_FIGURES` read where one question is asked, in
    a message of ASCII alone or not (without Chinese, not those of
    :data:`_CHINESE_ONLY_NO_ANSWERS`): those searched in every message, and the others by each
    of their words. Of a hundred or more rows a message is searched only for those it may
    match, found from the few words it has (whether any matches does not depend on the order
    they are searched in)."""

    always: tuple[re.Pattern[str], ...]
    by_word: dict[str, tuple[re.Pattern[str], ...]]

    @classmethod
    def picked(
        cls, asked: str, chinese: bool, words_of: Mapping[int, frozenset[str]]
    ) -> _NoAnswerPatterns:
        """Those of ``asked`` (each pattern's words in ``words_of`` by its ``id``: a pattern's
        own hash is worked out from all its code each time)."""
        chinese_only = {id(p) for p in _CHINESE_ONLY_NO_ANSWERS}
        picked = [
            p
            for question, p in _NO_ANSWER_AMONG_THE_FIGURES
            if question in ("", asked) and (chinese or id(p) not in chinese_only)
        ]
        by_word: dict[str, list[re.Pattern[str]]] = {}
        for pattern in picked:
            for word in words_of[id(pattern)]:
                by_word.setdefault(word, []).append(pattern)
        return cls(
            tuple(p for p in picked if not words_of[id(p)]),
            {word: tuple(patterns) for word, patterns in by_word.items()},
        )


def _no_answer_patterns() -> dict[tuple[str, bool], _NoAnswerPatterns]:
    """:class:`_NoAnswerPatterns` for each question of the table (``""`` for any other) and
    script, built at start-up: built at a question's first message instead, it cost that
    message up to 90 ms, each pattern's words worked out again for each question."""
    words_of = {id(p): _words_to_look_for(p) for _, p in _NO_ANSWER_AMONG_THE_FIGURES}
    questions = {question for question, _ in _NO_ANSWER_AMONG_THE_FIGURES} | {""}
    return {
        (asked, chinese): _NoAnswerPatterns.picked(asked, chinese, words_of)
        for asked in questions
        for chinese in (False, True)
    }


_NO_ANSWER_PATTERNS = _no_answer_patterns()
#: The words of all of them, looked for in one scan of a message (a word found that is not one
#: of the question's is passed over).
_NO_ANSWER_WORDS = WordsIn(word for each in _NO_ANSWER_PATTERNS.values() for word in each.by_word)
#: Those of ASCII alone, looked for in a message of ASCII alone (no other can be in it): a long
#: one is scanned in about a third of the time, without the Chinese words' first characters.
_NO_ANSWER_WORDS_ASCII = WordsIn(
    word for each in _NO_ANSWER_PATTERNS.values() for word in each.by_word if word.isascii()
)


def _no_answer_among_the_figures(folded: str, asked: str) -> bool:
    """Whether the message says that none of its figures is the answer to ``asked``: "whatever
    option 2 comes to, minus about 20", "310 jön, 70 marad", "3000+300+加班费", or this month's
    pay with a payment that comes once inside it ("这月到手6800 含补发2000")."""
    chinese = not folded.isascii()
    if (
        asked == "income"
        and chinese
        and "收入" in folded
        and (nought := _THE_INCOME_SAID_NOUGHT_ZH.search(folded))
        and not _ANY_OTHER_FIGURE_ZH.search(folded[: nought.start()] + folded[nought.end() :])
    ):
        return False  # "养貂赔钱 收入只能算0": the loss told, the income said to be nought
    patterns = _NO_ANSWER_PATTERNS.get((asked, chinese)) or _NO_ANSWER_PATTERNS["", chinese]
    if any(pattern.search(folded) for pattern in patterns.always):
        return True
    searched: set[int] = set()  # (by id: a pattern's own hash is worked out from its code)
    for word in (_NO_ANSWER_WORDS if chinese else _NO_ANSWER_WORDS_ASCII).found_in(folded):
        for pattern in patterns.by_word.get(word, ()):
            if id(pattern) not in searched:
                searched.add(id(pattern))
                if pattern.search(folded):
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
