"""Today's own figure beside one for later or someone else's: a spouse's pay, the whole before the
own share, a figure to come, the own part after the others'. Apart because it picks whose and
when among figures all of the same kind."""

from __future__ import annotations

import re
from decimal import Decimal

from dialogs.understanding.rules.amounts.corrections import (
    _marked,
)
from dialogs.understanding.rules.amounts.surroundings import (
    _AN_OWN_OUTGOING_ZH,
    _OWN_HOUSEHOLDS_PART_ZH,
    _last_clause_break,
)
from dialogs.understanding.rules.numerals import (
    Number,
)
from dialogs.understanding.rules.sums import (
    _OTHER_PEOPLE,
    _VARYING_AMOUNT,
    ONCE_OF_A_TIME_TO_COME,
    _clause,
)
from dialogs.understanding.rules.text import (
    language_code,
    regex,
)

# ================================================================================================
# Today's own figure beside one for later or someone else's
# ================================================================================================

#: Said of an amount still to come: "it'll go back to 2000", "jövő ősszel 400-ra", "明年恢复到9000";
#: not "more when the kids stay over", which says how a month's figure varies, not when it comes.
_FUTURE = regex(
    r"\b(?:will|gonna|going to go|next (?:month|year|week|spring|summer|autumn|winter)|"
    rf"from next|{ONCE_OF_A_TIME_TO_COME}|(?<!more )(?<!less )when (?:i|my|the)|"
    r"in [0-9]+ (?:months?|weeks?)|"
    r"first (?:wage|pay|salary|paycheque|paycheck)|should be|"
    # a figure hoped for: "1,450 at the moment, hoping for 1,700 after my review"
    r"(?:hoping|i hope) (?:for|to (?:get|be on|go up to)|it'?ll)|hopefully|"
    r"fingers crossed)\b|'ll\b|"
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


#: The spouse's pay said second by "他" or "她" alone, the spouse named before the own figure:
#: "我和老婆都在厂里 我三千九她四千二 一共八千一" (whose the second figure is, is clear).
_THE_SPOUSE_AS_HE_OR_SHE_ZH = re.compile(r"[他她](?:的)?(?:工资|收入)?(?:也是|是|有|拿)?$")


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
        or not (
            _SPOUSES_PAY_ZH.search(folded, max(0, theirs.start - 8), theirs.start)
            or (
                _THE_SPOUSE_AS_HE_OR_SHE_ZH.search(folded, max(0, theirs.start - 6), theirs.start)
                and _A_SPOUSE_ZH.search(folded, 0, own.start)
            )
        )
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


#: Two added up, a share or a likeness between the two: no own pay to take apart ("两个人", "俩人
#: 一共", "是他的一半", "跟她一样").
_JOINT_OR_A_SHARE_OF_THE_TWO_ZH = re.compile(
    r"加起来|加一块|加在一起|一共|总共|合计|合起来|我们|咱们|两个人|俩人|我俩|分之|一半|两倍|一样|"
    r"差不多|平分|大头"
)


def _own_exact_pay_beside_a_spouses_zh(folded: str, chosen: list[Number]) -> Decimal | None:
    """The cardholder's own exact pay said first, then a spouse's as an aside, each said with
    whose it is: "3千6 我老婆5千", "我每月到手4k2 她比我多 她6k". The spouse's is no income of
    the cardholder's, so the own is the one asked. Not the spouse's said first ("我老公一万我五
    千": the household's may be meant, asked again as before), nor where the two are added up,
    shared out or likened, nor where the own is rough or comes after a comparison."""
    if len(chosen) != 2 or _JOINT_OR_A_SHARE_OF_THE_TWO_ZH.search(folded):
        return None
    whose = []
    start = 0
    for n in chosen:
        who = _whose_pay_zh(folded, start, n.start)
        if who is None and n is chosen[0]:
            who = "own"  # "3千8 我老公6千": said first, no one named before it
        whose.append(who)
        start = n.end
    if whose != ["own", "spouse"]:
        return None
    own = chosen[0]
    if own.value is None or own.part or own.not_monthly or own.negative:
        return None
    comparison = folded.find("比")
    if comparison != -1 and comparison < own.start:
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


#: The own share of something said right before its figure: "my half is", "my share".
_A_SHARE_SAID = regex(r"\bmy (?:share|half|bit|part)\b[^0-9]*$")


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
    own = [
        n
        for n in numbers
        if _OWN_FIGURE.search(folded, max(0, n.start - 24), n.start)
        or _OWN_FIGURE_AFTER.match(folded, n.end)
    ]
    if len({n.value for n in own}) != 1 or len(own) == len(numbers):
        return None
    if not _OTHER_PEOPLE.search(folded):  # (after the own figures: a search of the whole text)
        return None
    if not own[0].value:
        return None  # "a férje táppénze 180, az enyém 0": nothing of one's own, as "I earn none"
    clause = _last_clause_break(folded, 0, own[0].start)
    before = _last_clause_break(folded, 0, max(0, clause - 1))  # and the clause before it
    if _AN_ITEM_SPLIT.search(folded, before, own[0].start):
        return None  # "rent 700, food 200, we split the bills with my partner, mine is 60"
    if _MORE_ITEMS_AFTER_THE_OWN_PART.match(folded, own[0].end):
        return None  # "…szóval az enyém 80, plusz kaja 50": the own part of one item, then more
    if _A_SHARE_SAID.search(folded, max(0, own[0].start - 24), own[0].start) and any(
        n.start > own[0].end
        and not _OTHER_PEOPLE.search(folded, _last_clause_break(folded, own[0].end, n.start), n.end)
        for n in numbers
    ):
        return None  # "rent 1200, my half is 600, food 300, he pays the rest": one item's share
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


def _one_after_the_before(
    folded: str, numbers: list[Number], language: str, marks: list[str | None]
) -> Number | None:
    """The one amount after a change ("以后", "since", "mióta") that follows the amounts said as
    before it ("以前一个月花六千, 搬回爸妈家住以后每月就给我妈1000", "the two of us spent 1600,
    since i'm on my own its 1050"): today's. ``marks``: each number's :func:`_marked`."""
    code = language_code(language)
    if code not in _SINCE_A_CHANGE:
        return None
    before = [n for n, mark in zip(numbers, marks, strict=True) if mark == "before"]
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
