"""The Chinese rewrites of the reading (figures of another time, of the spending that is no
month's, beside the own share, not counted, of others) and the Chinese-only patterns and
helpers. Apart because they run only when the language is Chinese."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from dialogs.understanding.rules.amounts.corrections import (
    _corrected,
    _correction_marks,
    _marked,
)
from dialogs.understanding.rules.amounts.outcome import (
    AmountProblem,
    AmountReading,
    _AmountBeingRead,
)
from dialogs.understanding.rules.amounts.surroundings import (
    _A_MONTHS_EXTRA,
    _A_NUMBER_IN,
    _A_RATE_BY_A_WORK_UNIT_BEFORE_ZH,
    _A_WORK_UNIT_ZH,
    _AN_OWN_OUTGOING_ZH,
    _FIGURE_35_ZH,
    _NO_FIGURE_AFTER_ZH,
    _REPAID_WHEN_THERE_IS_MONEY_ZH,
    _THIS_MONTHS_PAY_ZH,
    _ZERO_WORDS,
)
from dialogs.understanding.rules.numerals import (
    Number,
    numbers_in,
)

#: Right before the gap between a figure taken back and the one meant, said as its cause: "扣了",
#: "罚了", "少了", "涨了" ("四千八 不对 是四千六 迟到扣了两百").
_THE_GAP_AS_ITS_CAUSE_ZH = re.compile(r"(?:扣|罚|少|多|涨|加|降)(?:了|掉|走)?(?:大概|差不多)?$")


#: Right before the last figure after a whole and what is in it ("其中", "里面"), the
#: cardholder's own figure named as the real one: "我工资是其中的…", "真正的工资是…", "去掉这两项
#: 日常就…". A bank app's month (money lent back, a sister's transfer in it) or a shared account
#: is the whole; the own pay or the everyday spending said last is the answer, not the whole.
_THE_OWN_FIGURE_AFTER_A_WHOLE_ZH = re.compile(
    r"(?:(?:真正|实际|自己)的?|我的?)(?:工资|收入|月薪)(?:其实)?(?:是|就是?|只有|才)?(?:其中的?)?"
    r" ?$|(?:去掉|除去|刨去|扣掉)[^,;.!?]{0,8}(?:日常|平时)(?:开销|花销|支出|花的)?"
    r"(?:就是?|是|只有) ?$"
    # the pay "in fact", the usual month's, what is left for living, what the own work brings:
    # "工资其实就…", "平常就…", "生活开销就是剩下的…", "我摆摊自己挣的就…"
    r"|(?:工资|收入|月薪|开销|花销)其实(?:就是?|是|只有|才) ?$|(?:平常|平时)(?:就是?|只有) ?$"
    r"|(?:生活|日常)(?:开销|花销|支出)?就是?剩下的 ?$|自己(?:挣|赚)的?(?:就是?|是|只有) ?$"
)


def _the_own_figure_after_a_whole_zh(folded: str, last: Number) -> bool:
    """Whether ``last``, the last figure after a whole and a part in it, is named as the
    cardholder's own (see :data:`_THE_OWN_FIGURE_AFTER_A_WHOLE_ZH`): the answer then, the whole
    being a statement's or a shared account's month that holds others' money."""
    return bool(
        _THE_OWN_FIGURE_AFTER_A_WHOLE_ZH.search(folded, max(0, last.start - 16), last.start)
    )


#: At income, no job now, said after the pay of a time past: "现在没工作了", "现在失业了" (no
#: income now: "以前一个月五千 现在没工作了" is 0, the old pay no own pay beside a spouse's).
NO_JOB_NOW_ZH = re.compile(
    r"现在(?:已经|也|都)?(?:没(?:有)?(?:工作|活干|活儿干|班上)|失业|下岗)了?"
)


#: Right before a figure, that it is the usual month's: "正常每个月工资五千一", "平时就两千左右",
#: "一般每月六千二".
_THE_USUAL_BEFORE_ZH = re.compile(
    r"(?:平时|平常|正常|一般|通常|往常)(?:的话)?(?:情况下)?(?:都|也|就|是)?(?:每个?月|一个月)?"
    r"(?:的)?(?:工资|收入|开销|开支|花销|花费|到手)?(?:都|也|就|是|有|大概|差不多|能有|能拿)*$"
)

#: Right before a figure, that it is what this month got more or less: "多发了两千", "扣了三百".
_THE_GAP_SAID_BEFORE_ZH = re.compile(r"(?:多|少|扣)(?:发|给|花|拿|交)?(?:了|掉)?$")

#: This month named before a figure in its clause: "这个月卡里进了七千一", "这月只发了三千".
_THIS_MONTH_BEFORE_ZH = re.compile(r"这个?月[^ ,;.!?\u3002]{0,8}$")

#: After this month's odd figure, why it is odd: "是因为多发了两千奖金", "因为我妈住院了", "请了
#: 半个月假" (said so, the usual month is the one asked; without a reason this month's may be the
#: change itself: asked again as before).
_WHY_THIS_MONTH_IS_ODD_ZH = re.compile(
    r"因为|由于|多发了|补发|奖金|住院|请假|请了|病假|停工|那是意外|不是每个月都"
)

#: After this month's odd spending, that it is a one-off (a reason alone, "这个月四千因为修车",
#: leaves the month's spending to ask again: repairs come back): "那是意外", "不是每个月都这样".
_THIS_MONTH_A_ONE_OFF_ZH = re.compile(r"那是意外|不是每个月都|就这一次|一次性的|下个月就正常")


def _the_usual_beside_this_month_zh(
    folded: str, chosen: list[Number], *, spending: bool = False
) -> Number | None:
    """Of two figures (the usual one may be said twice), the one said to be the usual month's
    beside this month's odd one with its reason: "正常每个月五千一 这个月进了七千一 是因为多发了
    奖金 … 平时就五千一" is 5,100; with ``spending``, this month's said to be a one-off: "平时两千
    这个月多花了一千 因为住院 那是意外" is 2,000. Not this month's with no reason ("平时五千一 这个
    月七千一": the change may be for good), nor spending with a reason only."""
    values = {n.value for n in chosen}
    if len(values) == 3:  # "… 这个月进了七千一 是因为多发了两千奖金": the gap, no month's
        chosen = [
            n
            for n in chosen
            if not (
                _THE_GAP_SAID_BEFORE_ZH.search(folded, max(0, n.start - 6), n.start)
                and n.value is not None
                and any(a.value is not None and a.value - n.value in values for a in chosen)
            )
        ]
        values = {n.value for n in chosen}
    if len(values) != 2 or None in values:
        return None
    for odd in chosen:
        usual = [n for n in chosen if n.value != odd.value]
        if (
            len(usual) < len(chosen) - 1
            or not _THIS_MONTH_BEFORE_ZH.search(folded, max(0, odd.start - 12), odd.start)
            or not (_THIS_MONTH_A_ONE_OFF_ZH if spending else _WHY_THIS_MONTH_IS_ODD_ZH).search(
                folded, odd.end, odd.end + 60
            )
        ):
            continue
        if any(_THE_USUAL_BEFORE_ZH.search(folded, max(0, n.start - 16), n.start) for n in usual):
            return usual[0]
    return None


#: Right before a figure, that it is the one before said again: "…我又算了一遍 就是两千七百五",
#: "对 还是四千二".
_SAID_AGAIN_BEFORE_ZH = re.compile(r"(?:就是|还是|确实是|没错|对)(?:个)?$")


def _without_the_last_said_again_zh(folded: str, numbers: list[Number]) -> list[Number]:
    """``numbers`` without the last where it only says the one before it again ("开销两千六 不对
    忘了燃气费一百五 那就是两千七百五 … 就是两千七百五"): a total redone, then checked."""
    *before, last = numbers
    if last.value is None or last.value != before[-1].value:
        return numbers
    return before if _SAID_AGAIN_BEFORE_ZH.search(folded, 0, last.start) else numbers


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


#: Right before the pay on probation, and before the pay once taken on, with it said not to be
#: yet: "试用期工资4400, 转正5500, 下个月才转正", "实习期三千, 转正后四千五, 还没转正".
_ON_PROBATION_BEFORE_ZH = re.compile(r"(?:试用期|实习期|见习期)(?:的)?(?:工资|月薪|是|有|拿)*$")


_TAKEN_ON_BEFORE_ZH = re.compile(r"转正(?:后|以后|之后|了)?(?:的)?(?:工资|月薪|是|有|拿|就)*$")


_NOT_TAKEN_ON_YET_ZH = re.compile(
    r"(?:还没|没有?|还未|下个?月才|明年才|[0-9一二两三四五六]+个?月(?:后|以后)才?|才能|等)转正"
)


#: Taken on already: "上个月刚转正", "已经转正了" (the pay once taken on is the month's now).
_TAKEN_ON_ALREADY_ZH = re.compile(r"(?:刚|已经|已)转正")


#: A couple's pay said added up, its figure right after: "我和老公俩人工资加一起一万", "两口子开店
#: 一个月能挣一万左右", "我俩加起来九千".
_A_COUPLES_WHOLE_BEFORE_ZH = re.compile(
    r"(?:两个人|俩人|我俩|我们俩|两口子|夫妻俩|我和(?:老公|老婆|媳妇|爱人|对象)|"
    r"我跟(?:老公|老婆|媳妇|爱人|对象))[^,.;!?0-9]{0,30}?"
    r"(?:加起来|加一起|加在一起|合起来|一共|总共|能挣|挣|赚)[^,.;!?0-9一二两三四五六七八九十]{0,6}$"
)

#: Right before a figure, that it is the cardholder's own part: "我拿四千", "他六千我四千",
#: "所以我的收入是四千" (not "我俩", "我们").
_THE_OWN_PART_BEFORE_ZH = re.compile(
    r"(?<![们])我(?![俩们])(?:的)?(?:这边|自己)?(?:的)?(?:收入|工资|那份|这份)?"
    r"(?:就是|是|拿|挣|赚|有|能拿)?(?:是)? ?$"
)


def _the_own_part_of_a_couples_whole_zh(folded: str, chosen: list[Number]) -> Number | None:
    """At income, the own part of a couple's pay said added up: "我和老公俩人工资加一起一万 他六千
    我四千" is 4,000 (the whole and the partner's part are no own pay). ``None`` where no own part
    is said ("两个人加起来九千 说不清我自己那份": asked again) or the own parts differ."""
    wholes = [
        i
        for i, n in enumerate(chosen)
        if _A_COUPLES_WHOLE_BEFORE_ZH.search(folded, max(0, n.start - 44), n.start)
    ]
    if not wholes:
        return None
    first = wholes[0]
    own = [
        n
        for n in chosen[first + 1 :]
        if _THE_OWN_PART_BEFORE_ZH.search(folded, max(0, n.start - 10), n.start)
    ]
    if not own or len({n.value for n in own}) != 1 or own[0].value is None:
        return None
    whole = chosen[first].value
    if whole is None or own[0].value >= whole:
        return None
    return own[-1]


def _pay_on_probation_zh(folded: str, chosen: list[Number]) -> Number | None:
    """The pay on probation, beside the pay once taken on: the month's now is the first while
    the cardholder is not yet taken on, the second once taken on already ("上个月刚转正 试用期
    三千八 转正后四千六")."""
    if len(chosen) != 2:
        return None
    not_yet = _NOT_TAKEN_ON_YET_ZH.search(folded)
    if not not_yet and not _TAKEN_ON_ALREADY_ZH.search(folded):
        return None
    now, later = chosen
    if _ON_PROBATION_BEFORE_ZH.search(folded, max(0, now.start - 10), now.start) and (
        _TAKEN_ON_BEFORE_ZH.search(folded, max(0, later.start - 10), later.start)
    ):
        return now if not_yet else later
    return None


#: Right before the offer settled on last, after others weighed: "就四百吧", "那就还五百吧",
#: "还是三百吧" (with "吧" after it: see :data:`_SETTLED_OFFER_AFTER_ZH`).
_SETTLED_OFFER_BEFORE_ZH = re.compile(r"(?:那就|就|还是)(?:还|先还|每月还|每个月还)?$")


_SETTLED_OFFER_AFTER_ZH = re.compile(r"(?:块钱?|元)?吧[ ,.!\uff0c\u3002]*$")
_A_BA_AFTER_ZH = re.compile(r"(?:块钱?|元)?吧")


#: Between an offer and the last, the one before said too much to bear: "两千也悬", "三千拿不
#: 出来", "一千五够呛 一千二吧" (the last one, with "吧" after it, is the one settled on).
_THE_OFFER_BEFORE_REFUSED_ZH = re.compile(r"悬|拿不出|够呛|给不起|还不起|太多了?")


def _the_offer_settled_last_zh(folded: str, chosen: list[Number]) -> Number | None:
    """The last of several offers, said last to be the one ("我妈说还六百 我觉得五百稳当 就五百
    吧"), or said after the one before it was too much ("一千也悬 八百吧"), or said again last
    after "就" ("… 八百稳妥点 就八百"): the others were weighed before it. Only at the end of the
    message."""
    if len(chosen) < 2 or chosen[-1].value is None:
        return None
    last = chosen[-1]
    if len(chosen) > 2 and chosen[-2].value == last.value:
        # settled, then said again as sure: "八百有点悬 … 还是六百吧 六百我能保证"
        said = chosen[-2]
        if (
            _SETTLED_OFFER_BEFORE_ZH.search(folded, max(0, said.start - 8), said.start)
            and _A_BA_AFTER_ZH.match(folded, said.end)
            and _THE_OFFER_BEFORE_REFUSED_ZH.search(folded, chosen[-3].end, said.start)
        ):
            return last
    settled = _SETTLED_OFFER_BEFORE_ZH.search(folded, max(0, last.start - 8), last.start)
    if not settled and not _THE_OFFER_BEFORE_REFUSED_ZH.search(folded, chosen[-2].end, last.start):
        return None
    if _SETTLED_OFFER_AFTER_ZH.match(folded, last.end):
        return last
    # the message ending on "就" and an offer said before: "一千 算了 还是八百吧 … 八百稳妥点 …
    # 就八百" (not "先还五百 以后就一千": a new figure; nor "就五百也行 看你们": words after it)
    weighed_before = any(
        n.value == last.value
        and (
            _WEIGHED_AS_AN_OFFER_AFTER_ZH.match(folded, n.end)
            or folded.endswith("还是", 0, n.start)
        )
        for n in chosen[:-1]
    )  # (not "…他五千我四千四 问的是我的吧 那就四千四": a pay said again, no offer weighed)
    ends = _THE_MESSAGE_ENDS_ZH.match(folded, last.end)
    return last if settled and weighed_before and ends else None


#: Only marks or spaces to the message's end.
_THE_MESSAGE_ENDS_ZH = re.compile(r"(?:块钱?|元)?[ ,.!\uff0c\u3002]*$")

#: Right after an offer, words weighing it: "还是八百吧", "五百稳一点", "八百稳妥点".
_WEIGHED_AS_AN_OFFER_AFTER_ZH = re.compile(r"(?:块钱?|元)?(?:吧|稳|保险)")


#: Right before a figure, the own monthly offer said as such: "每个月还你们400", "我想每个月还
#: 五百", "能挤出来三百", "能拿出来的就八百", "我能出的就是一千三", "先按一个月八百来", "先500吧".
_AN_OWN_OFFER_BEFORE_ZH = re.compile(
    r"(?:(?:每个?月|一个月|每月)(?:就|先|只)?(?:能|可以|想|打算)?还(?:给)?(?:你们|您)?"
    r"|(?:能|可以)(?:每个?月|一个月)?(?:拿|挤|凑|匀)出?来?的?(?:就|只有|是)?"
    r"|(?:能|可以)(?:每个?月|一个月)?(?:还|给)(?:你们|您)"
    r"|(?:能|可以)(?:每个?月|一个月)?出(?:来)?的(?:钱)?(?:就是|就|只有|是)"  # "我能出的就是一千三"
    r"|先(?:按)?(?:每个?月|一个月)?)$"
)


#: Another loan named before a payment in its clause: "车贷每个月还一千五", "花呗每月还三百".
_A_LOAN_NAMED_ZH = re.compile(r"车贷|房贷|月供|花呗|借呗|网贷|白条|信用卡|贷款|信用社|分期")


def _the_offer_said_as_such_zh(folded: str, chosen: list[Number]) -> Number | None:
    """The own offer, said as such ("那我就每个月还你们400") among the working of it (the pay,
    the spending, what is left, another loan's payment): the last figure, where every figure said
    as an offer is that one. Two offers that differ are asked again; another loan's payment,
    named as such, is no offer ("车贷每个月还一千五 能给你们三百" is 300)."""
    if len(chosen) < 2 or chosen[-1].value is None:
        return None
    last = chosen[-1]
    offered = []
    for n in chosen:
        if not _AN_OWN_OFFER_BEFORE_ZH.search(folded, max(0, n.start - 10), n.start):
            continue
        clause = max(folded.rfind(mark, 0, n.start) for mark in " ,;\uff0c\u3002")
        if not _A_LOAN_NAMED_ZH.search(folded, clause + 1, n.start):
            offered.append(n)  # (not "车贷每个月还一千五": another loan's payment)
    if not offered or any(n.value != last.value for n in offered):
        return None
    return last


#: Right before the last figure, that it is the items' whole worked out: "这么一算, 一个月一千五
#: 左右吧", "平时一个月就是四千四", "大概就一千七吧", "加起来三千二".
_THE_ITEMS_WHOLE_BEFORE_ZH = re.compile(
    r"(?:一共|总共|合计|加起来|加一起|一算|算下来|算起来|就是|大概就|差不多就|也就)"
    r"(?:[^0-9一二两三四五六七八九.;!?\u3002]|一个月){0,6}$"
)


#: Right before the last figure, that the items were just worked out into it: "这么一算, 一个月
#: 三千左右吧", "我算下来两千". Where they do not add up to it, which is meant is asked again
#: (it was summed with them: "房租一千二, 吃饭八百, 话费一百, 这样一算三千" was 5,100). So too a
#: total named as such: "房租1200吃饭800交通200 合计2300" (the items make 2,200).
_THE_ITEMS_WORKED_OUT_BEFORE_ZH = re.compile(
    r"(?:一算|算下来|算起来|加起来|加一起|加在一起|合计|一共|总共|总计)"
    r"(?:[^0-9一二两三四五六七八九.;!?\u3002]|一个月){0,6}$"
)


def _a_whole_worked_out_last_zh(folded: str, chosen: list[Number]) -> bool:
    """Whether the last of three figures or more is said to be the items worked out (see
    :data:`_THE_ITEMS_WORKED_OUT_BEFORE_ZH`), where it is no figure taken back and no two items or
    more add up to it ("新房租两千一 比以前贵四百 吃饭一千二 加起来三千三": the rise is no item)."""
    chosen = _corrected(folded, chosen)[0]
    if len(chosen) < 3 or chosen[-1].value is None:
        return False
    last = chosen[-1]
    if not _THE_ITEMS_WORKED_OUT_BEFORE_ZH.search(folded, max(0, last.start - 12), last.start):
        return False
    return not _some_add_up_to(chosen[:-1], last.value)


def _a_payments_whole_worked_out_last_zh(folded: str, chosen: list[Number]) -> bool:
    """At the monthly payments, :func:`_a_whole_worked_out_last_zh`, but not a balance owed said
    last ("两张加起来欠了快三万了": no month's whole), nor a whole whose "一共" follows the last
    payment's figure unspaced ("一千零五十一共一千六": its 一 may be the figure's)."""
    if len(chosen) < 3 or folded[chosen[-2].end : chosen[-2].end + 1] == "共":
        return False
    last = chosen[-1]
    if last.part or "欠" in folded[max(0, last.start - 8) : last.start]:
        return False
    return _a_whole_worked_out_last_zh(folded, chosen)


def _some_add_up_to(items: list[Number], whole: Decimal | None) -> bool:
    """Whether two or more of ``items`` (the first ten) add up to ``whole``."""
    values = [n.value for n in items if n.value is not None][:10]
    return whole is not None and any(
        sum(some) == whole
        for size in range(2, len(values) + 1)
        for some in itertools.combinations(values, size)
    )


#: Between the last item's figure and the last figure, only that the last is the month's whole,
#: roughly: "吃饭一千二 水电三百 大概就两千吧", "…, 一个月也就三千左右" (not an item named:
#: "房租大概五百", "其他的大概两千").
_ONLY_A_ROUGH_WHOLE_BETWEEN_ZH = re.compile(
    r"[\s,;\uff0c\u3002\u3001]*(?:平时|平常)?(?:一个月|每个?月|/月)?(?:总的|总共|一共)?(?:来说|算)?"
    r"(?:大概|大约|差不多|也就|估计|应该)(?:就|是|有|要)?(?:个)?\s*"
)


def _a_whole_said_roughly_last_zh(folded: str, chosen: list[Number]) -> bool:
    """Whether the last of three figures or more is the month's whole said roughly, right after
    the items with nothing named between (see :data:`_ONLY_A_ROUGH_WHOLE_BETWEEN_ZH`), and no two
    items or more add up to it: the rest of the month is unsaid, and which figure is meant is
    asked again (it was summed with the items: "房租一千五 吃饭一千 一个月大概三千吧" was 5,500).
    Where items add up to it, it is the whole, as said."""
    if len(chosen) < 3 or chosen[-1].value is None:
        return False
    return bool(
        _ONLY_A_ROUGH_WHOLE_BETWEEN_ZH.fullmatch(folded, chosen[-2].end, chosen[-1].start)
    ) and not _some_add_up_to(chosen[:-1], chosen[-1].value)


#: A time past opening an item's clause: "以前在外面租房一个月一千一".
_A_TIME_PAST_ZH = re.compile(r"以前|之前|原来|过去|本来|去年")


#: A range of two neighbouring digits and their place: "两三百", "五六千" (its low and high end).
_A_RANGE_OF_DIGITS_ZH = re.compile(r"([一二两三四五六七八九])([一二两三四五六七八九])([十百千万])")
_DIGIT_ZH = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}
_PLACE_ZH = {"十": 10, "百": 100, "千": 1000, "万": 10000}


def _the_items_whole_said_last_zh(folded: str, chosen: list[Number]) -> Number | None:
    """The spending's whole, said last after its items, when the items add up to it: "吃饭一千二,
    水电三百, 药两百来块 … 大概就一千七吧", "房租一千八 吃喝两千 补课六百 … 平时一个月就是四千
    四". An item's range counts by its ends ("两三百"), an item said as a bound ("三百多") by a
    fifth more; a figure of before ("以前房租一千一"), of a year, or a small bare one (an age,
    "女儿14了") is no item, nor one taken back ("一千二, 不对, … 是一千五"). Where they do not add
    up, nothing is settled here."""
    chosen = _corrected(folded, chosen)[0]
    if len(chosen) < 3 or chosen[-1].value is None or chosen[-1].part:
        return None
    last, whole = chosen[-1], chosen[-1].value
    if not _THE_ITEMS_WHOLE_BEFORE_ZH.search(folded, max(0, last.start - 12), last.start):
        return None
    low = high = small = Decimal(0)
    counted = 0
    for item in chosen[:-1]:
        value = item.value
        clause = max(folded.rfind(mark, 0, item.start) for mark in ",;\uff0c\u3002")
        if (
            item.not_monthly
            or _marked(folded, item) == "before"
            or _A_TIME_PAST_ZH.search(folded, clause + 1, item.start)
        ):
            continue  # "以前在外面租房一个月一千一, 现在房租省了"
        if value is not None and value < 100 and not item.scaled:
            small += value  # "女儿14了": an age, or "话费五十": an item
            continue
        if value is None:
            ends = _A_RANGE_OF_DIGITS_ZH.fullmatch(folded, item.start, item.end)
            if ends is None:
                return None
            place = _PLACE_ZH[ends[3]]
            low += _DIGIT_ZH[ends[1]] * place
            high += _DIGIT_ZH[ends[2]] * place
        else:
            low += value
            high += value * Decimal("1.2") if item.part else value
        counted += 1
    if counted < 2:
        return None
    return last if low <= whole <= high or low + small <= whole <= high + small else None


#: At the end, the source whose figure is to be followed, named with no figure: "按账单来",
#: "以工资条为准", "按合同上的算" (a bill, a payslip, a contract beside what someone said), or
#: the kind of income to count: "就说工资吧" (the wage, beside rents let).
_FOLLOW_THE_SOURCE_ZH = re.compile(
    r"(?:(?:按|按照|以)(?P<source>[\u4e00-\u9fffa-z]{2,4}?)(?:上的?|里的?|写的|说的|的)?"
    r"(?:来|算|为准)(?:吧|就行|就好|就对了)?|就说(?P<named>[\u4e00-\u9fff]{2,3}?)吧)"
    r"[ ,.!\uff0c\u3002]*$"
)


def _the_figure_of_the_source_followed_zh(folded: str, chosen: list[Number]) -> Number | None:
    """The one figure said of the source the cardholder says to follow, named last with no figure
    of its own: "中介说押金每月摊五百 我看了合同是四百二 按合同来" is the contract's 420, the
    other figure being what someone else said (two figures of one thing, never a sum)."""
    if len(chosen) < 2:
        return None
    follow = _FOLLOW_THE_SOURCE_ZH.search(folded, chosen[-1].end)
    if follow is None:
        return None
    source = follow["source"] or follow["named"]
    said_of_it = [
        n for n in chosen if source in folded[max(0, n.start - len(source) - 8) : n.start]
    ]
    if len({n.value for n in said_of_it}) != 1 or said_of_it[0].value is None:
        return None
    return said_of_it[0]


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
    # the base and the commission in all, either named first: "提成加底薪一共四千三"
    r"(?:一共|总共)收了|提现了?|(?:(?:底薪|工资)(?:加|和|\+)(?:上)?提成|"
    r"提成(?:加|和|\+)(?:上)?(?:底薪|工资))(?:一共|总共|是)?)(?:个)? ?$"
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


#: The same fallback said short, "…就" and its figure right after: "1k 不行就800", "六百 不够就
#: 五百吧", "三百 不行的话就两百" (higher or lower, which is meant is not said; not "不行就算了",
#: no figure, where the first offer stands).
_A_SHORT_FALLBACK_OFFER_ZH = re.compile(
    r"(?:不够|不行|嫌少)(?:的话)?(?:那)?就(?:还|先还|给)?"
    r"[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万kK]*"
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


#: A sum of money still in the text (not the "一" of "一年一次"): a digit or a Chinese hundred,
#: thousand, ten thousand or nought ("零收入").
_A_SUM_LEFT_ZH = re.compile(r"[0-9]|[百千万零]")


#: At the end, after doubts over the figure, one said to stand whatever they come to: "房贷两千
#: 三吧 也许两千三百多 反正两千三左右" (the figure after "反正" is the answer, rough as it is).
_THE_FIGURE_AFTER_ALL_LAST_ZH = re.compile(
    rf"反正(?:就是?|是|也就)?{_FIGURE_35_ZH}(?:块钱?|元)?(?:左右|上下|吧)?[ .!\u3002]*$"
)


#: At the income, a year-end bonus and its figure: "去年年终奖有一万五", "年终奖发了八千" (once a
#: year, no month's pay; set aside where the month's is said too), or said to be counted apart.
_A_YEAR_END_BONUS_FIGURE_ZH = re.compile(
    r"(?:去年|前年|往年)?的?(?:年终奖|年终|年底奖金|年底分红)(?:还|也|才)?(?:有|是|发了?|拿了?|给了?)?"
    rf"{_FIGURE_35_ZH}(?:多|来)?(?:块钱?|元)?"
    r"|(?:年终奖|年底奖金)(?:另算|另外算|另计|另发)"  # "年终奖另算": apart from the month's
)


#: At the income, a year-end bonus with its figure said before its name: "年底还能拿八千的奖金",
#: "一万五的年终奖" (once a year, as the one said after its name; set aside where the month's
#: pay is said too). With its "的" only: "年底还有两万奖金" is still asked again.
_A_FIGURE_BEFORE_THE_YEAR_END_BONUS_ZH = re.compile(
    r"(?:年底|年终)(?:还|也|会|能|可以)*(?:有|发|给|拿)?(?:个)?"
    rf"{_FIGURE_35_ZH}(?:块钱?|元)?(?:左右)?的(?:年终奖|奖金|分红)"
    rf"|{_FIGURE_35_ZH}(?:块钱?|元)?(?:左右)?的(?:年终奖|年底奖金)"
)


#: At the income, an extra beside the pay said to come only in some months: "还有两百取暖补贴
#: 只有冬天三个月有", "五百防暑费 只在七八月发" (not this month's pay; set aside).
_AN_EXTRA_IN_SOME_MONTHS_ONLY_ZH = re.compile(
    rf"(?:另外|还|另)?有?{_FIGURE_35_ZH}(?:块钱?|元)?的?[\u4e00-\u9fff]{{0,4}}?"
    r"(?:补贴|津贴|补助|费)[ ,\uff0c]{0,2}"
    r"(?:只有|只在|只)[^.;!?\u3002,\uff0c]{0,10}?(?:发|有|给)"
)


#: At the income, what busy months add to the pay: "活多的时候能多拿五六百", "单子多的月份会多
#: 一千" (those months' extra, no month's pay of its own; set aside beside the pay).
_MORE_IN_BUSY_MONTHS_ZH = re.compile(
    r"多的(?:月份?|时候)[^0-9一二两三四五六七八九.;!?\u3002]{0,8}?(?:能|会|可以)?"
    rf"多(?:拿|挣|赚|给|发)?(?:个)?{_FIGURE_35_ZH}(?:块钱?|元)?"
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


#: After the month's whole, a part of it said to be inside it: "一共花五千 房贷三千就在这里面",
#: "开销三千一 房租一千八也在里面".
_A_PART_INSIDE_THE_WHOLE_BEFORE_ZH = re.compile(
    r"[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万]*(?:块钱?|元)?"
    r"(?:也|都|就)?(?:已经)?(?:都)?(?:在|算在|包含在|包括在|含在)(?:这|那)?(?:里面|里头|里边|其中|内)"
)
#: Beside such a part, the rest of the whole and the whole pointed back at: "剩下两千是吃喝",
#: "也在这两千里头".
_THE_REST_OR_THE_WHOLE_AGAIN_ZH = re.compile(
    r"(?<=剩下)(?:的)?[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万]*(?:块钱?|元)?(?=是)|"
    r"(?<=这)[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万]*(?:块钱?|元)?"
    r"(?=里面|里头|里边)"
)


def _without_parts_inside_the_whole_before_zh(folded: str) -> str:
    """``folded`` with the parts said to be inside the whole said before them blanked, and
    beside them the rest and the whole pointed back at: "一个月一共花五千 房贷三千就在这里面 剩下
    两千是吃喝 … 午餐费也在这两千里头" is the 5,000 (no item to add to it)."""
    blank = False

    def part(match: re.Match[str]) -> str:
        nonlocal blank
        if not _A_NUMBER_IN.search(folded, 0, match.start()):
            return match[0]  # (no whole before it: "三千在里面 … 一共五千", read elsewhere)
        blank = True
        return " " * len(match[0])

    parts = _A_PART_INSIDE_THE_WHOLE_BEFORE_ZH.sub(part, folded)
    if not blank:
        return folded
    return _THE_REST_OR_THE_WHOLE_AGAIN_ZH.sub(lambda m: " " * len(m[0]), parts)


#: After the figures, another item whose amount is not known, its money kept by another or not to
#: be said: "房租一千五 吃饭的钱老婆管着 我不知道多少", "吃饭一千 … 烟钱说不好", also with each
#: word spaced as a learner types it: "看病 的 钱 还 不 知道".
_ANOTHER_ITEMS_MONEY_UNKNOWN_ZH = re.compile(
    r"(?:^|(?<=[ ,;\uff0c\uff1b])|(?<=然后))(?:还有|另外)?[\u4e00-\u9fff]{1,4}?(?:的| 的 )?钱 ?"
    r"(?:(?:是|都是|一直是)?(?:我)?(?:老婆|老公|媳妇|爱人|我妈|我爸|家里|对象)(?:在)?管|"
    r"(?:说不好|说不准|不好说|没数|不一定)|"
    # said not to be known, no figure after: "…然后吃饭的钱我也不知道", "看病的钱还不知道"
    r"(?:我 ?)?(?:也 ?|还 ?)?(?:不 ?知道|不 ?清楚)"
    r"(?![^0-9一二两三四五六七八九]*[0-9一二两三四五六七八九]))"
)


#: After an item's figure, the other items said to be unknown, no figure after: "房租一千五 其他的
#: 不确定", "菜钱八百 别的说不好", "rent 一千二 其他 not sure" (one figure beside items
#: without one: asked again).
_THE_OTHER_ITEMS_UNKNOWN_ZH = re.compile(
    r"(?:其他|其它|其余|别的)的?(?:开销|花销|花费|费用|东西|钱)?(?:我|都|还)?也?\W{0,2}"
    r"(?:不确定|说不好|说不准|不好说|没数|不一定|不知道|不清楚|not sure|dont know|don't know)"
    r"(?![^0-9一二两三四五六七八九]*[0-9一二两三四五六七八九])"
)


#: At the spending, a saving aimed at or planned by the month, no cost: "给自己定的目标是每月存
#: 一千", "打算每个月攒五百", "本来想一个月存八百" (whether any is saved, it is spent on nothing),
#: with what came of it said right after: "结果一分没存下" (nothing saved, no spending of nothing).
#: Set aside where another figure is left.
_A_SAVING_AIMED_AT_ZH = re.compile(
    r"(?:目标是|计划|打算|本来想|想着?|准备)(?:每个?月|一个月)?(?:存|攒)下?"
    r"(?:[0-9][0-9.,]*|[一二两三四五六七八九十百千万]+)(?:块钱?|元)?"
    r"(?:\W{0,2}(?:结果|但是?|可是)?(?:一分钱?|一毛钱?)?(?:都|也)?没(?:能)?(?:存|攒)(?:下|住)?)?"
)


#: A figure taken back as maybe wrong, to be worked out again, none after: "开销五千吧 不对 可能
#: 没有 我再算算".
_A_FIGURE_TAKEN_BACK_ZH = re.compile(
    r"(?:不对|不是)[ ,\uff0c]*(?:可能|好像|应该|估计)?(?:没有|没那么多|不止|不到|更多|更少)"
    r"[^0-9一二两三四五六七八九]{0,8}(?:再|重新)(?:算算|算一下|算一算|想想|核对)"
    r"(?![^0-9一二两三四五六七八九]*[0-9一二两三四五六七八九])"  # (no figure after)
)


#: "零" said alone as the figure, after "是", "为", "成", "到": "现在是零", "收入降到零了", "变成
#: 零". Read as the figure 0, as "现在是0" is (the now beside another time's figure is then
#: weighed as any): not the "零" inside a figure ("一万零五百"), nor "零工", "零花钱", "零头".
_NOUGHT_SAID_AS_THE_FIGURE_ZH = re.compile(
    r"(?<=[是为成到])零(?=$|[ ,.!?;\uff0c\u3002]|了|收入|块|元)"
)


#: "儿" typed for "二" (one sound) inside a figure: "四千儿百", "一万儿千" (a digit between two
#: units; "千儿八百", a thousand or so, has none).
_ER_TYPED_FOR_TWO_ZH = re.compile(r"(?<=[一二两三四五六七八九][千万])儿(?=[千百十])")


#: "干" typed for "千" (the two look alike) between a digit and the next one ending the figure:
#: "四干五", "两干八百块" (not "一干二净", where a word goes on after the digit).
#: "白" typed for "百" (the same sound) after a digit, ending the figure: "一个月还五白", "三白五"
#: (not "五白菜": a word goes on after it).
_BAI_TYPED_FOR_HUNDRED_ZH = re.compile(
    r"(?<=[一二两三四五六七八九])白(?=[一二两三四五六七八九]?(?:$|[ ,.!?;块元吧左\uff0c\u3002]))"
)


_GAN_TYPED_FOR_THOUSAND_ZH = re.compile(
    r"(?<=[一二两三四五六七八九])干(?=[一二两三四五六七八九]百?(?:$|[ ,.!?;块元吧左\uff0c\u3002]))"
)


#: After a total, an item said to be left out of it whose cost is said only by the time: "一个月
#: 花三千 这还不算钢琴课 一节一百五" (the month's of it is not said, so neither is the whole).
_A_PART_LEFT_OUT_PRICED_BY_THE_TIME_ZH = re.compile(
    r"(?:还?不算|不包括|不包含|不含)[^0-9一二两三四五六七八九,;.!?]{1,12}?"
    rf"(?:一|每)(?:节|次|趟|天|周|星期|回)(?:课)?(?:要|是|就|得)?{_FIGURE_35_ZH}"
)


#: The pay named right before its figure: "工资才三千", "月薪也就四千", "底薪才两千".
_THE_PAYS_FIGURE_ZH = re.compile(
    r"(?:工资|月薪|底薪|薪水|收入|到手)(?:也|就|才|只|只有|也就|一个月|每个月|每月|是|有|大概|差不多)*"
    rf"{_FIGURE_35_ZH}"
)


#: The pay said as what one earns, before its figure: "一个月挣四千", "每月能赚五千" (at the offer,
#: what comes in, not what can be paid).
_THE_PAY_EARNED_ZH = re.compile(rf"(?:挣|赚)(?:了|个|到)?{_FIGURE_35_ZH}")


#: A cost named right before its figure: "房租就要一千八", "房贷每月两千" (not "生活费": often
#: paid to one, "放长假只发生活费").
_A_COSTS_FIGURE_ZH = re.compile(
    r"(?:房租|房贷|开销|花销)(?:也|就|都|要|得|一个月|每个月|每月|是|大概|差不多)*"
    rf"{_FIGURE_35_ZH}"
)


#: Words that all the pay is spent: "全花光了", "挣多少花多少", "一分不剩" (the pay is then the
#: spending too).
_ALL_THE_PAY_SPENT_ZH = re.compile(r"花光|全花|挣多少花多少|一分不剩|月光")


#: A debt named as paid out of the pay that is all spent: "还了花呗", "还完信用卡", "先还网贷" (the
#: pay all gone is then no figure of the spending: the debt's part is no spending).
_A_DEBT_REPAID_OUT_OF_THE_PAY_ZH = re.compile(
    r"还(?:了|完|掉)?(?:花呗|借呗|白条|信用卡|网贷|信用贷|欠款|借的钱|外债)"
)


def _only_the_pay_spent_on_a_debt_too_zh(folded: str) -> bool:
    """Whether, asked for the spending, the only figure said is the pay, said to be all gone with
    a debt paid out of it (see :data:`_A_DEBT_REPAID_OUT_OF_THE_PAY_ZH`): "工资三千九 还完网贷
    交完房租 月底就花光了". Part of it went on the debt, no spending, and how much is not said:
    asked again (the pay all spent with no debt named is the spending, as before)."""
    if not _ALL_THE_PAY_SPENT_ZH.search(folded):
        return False
    if not _A_DEBT_REPAID_OUT_OF_THE_PAY_ZH.search(folded):
        return False
    rest, pays = _THE_PAYS_FIGURE_ZH.subn(lambda m: " " * len(m[0]), folded)
    return bool(pays) and not [n for n in numbers_in(rest, "zh") if n.unit is None and n.strong]


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
        earned = asked == "counter" and ("挣" in folded or "赚" in folded)
        if not earned and not any(word in folded for word in ("工资", "薪", "收入", "到手")):
            return False
        if asked == "expenses" and _ALL_THE_PAY_SPENT_ZH.search(folded):
            return False  # "工资三千六 全花光了": the pay is the spending
        said = _THE_PAYS_FIGURE_ZH.search(folded)
        if said is None and earned:
            said = _THE_PAY_EARNED_ZH.search(folded)  # "我一个月挣四千" asked for an offer
        if said is None:
            return False
    rest = folded[: said.start()] + " " * (said.end() - said.start()) + folded[said.end() :]
    return not [n for n in numbers_in(rest, "zh") if n.unit is None]  # (not "两个孩子")


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


#: The same beside another figure, the usual: "月薪五千 最好的时候一个月挣过八千" (blanked, the
#: other is read; alone it is asked again, see above).
_THE_MOST_EVER_BESIDE_ANOTHER_ZH = re.compile(
    r"(?:最多|最好|最高|最旺)(?:的)?(?:一个月|时候|那个月|那阵子?)"
    r"(?:一个月)?(?:能|也)?(?:拿|挣|赚|发|收入|到手)(?:过|到过)"
    rf"{_FIGURE_35_ZH}(?:块|元)?"
)


#: A little over a round figure said with "零点儿": "开销三千零点儿" (how much over unsaid).
_A_LITTLE_OVER_WITH_A_NOUGHT_ZH = re.compile(r"[千万百]零(?:点儿|点点|一点儿?)")


#: What was sold said to be the boss's or the shop's: "一件旗袍卖两万 那是老板的, 我按月拿三千"
#: (no pay of the cardholder's; blanked).
_A_SALE_SAID_TO_BE_THE_BOSSES_ZH = re.compile(
    rf"{_FIGURE_35_ZH}(?:块|元)?[ ,\uff0c]{{0,2}}(?:那|这)(?:是|都是|钱是|个是|些是)"
    r"(?:老板|店里|公司|厂里|师傅|东家|店家)的"
)


#: A first clause of someone outside the home, a friend, a workmate, a neighbour or a cousin,
#: with a figure of theirs: "我同学在杭州一个月一万 我这边四千", "楼下张姨家一个月才花两千 我们
#: 家两千八", "我哥们网贷每月还三千多 我就一个分期六百". Blanked when the own clause after it
#: says "我" and a figure (that one is the answer; the two are never added). Not the home's own
#: people (a spouse's or a parent's pay may be the household's), nor a clause that is the own
#: through them ("朋友介绍的活一个月四千", "表弟借我的两万每个月还我一千", "朋友的店里打工
#: 一个月三千": "我", "介绍", "借", a place of work).
_ANOTHERS_FIGURE_SAID_FIRST_ZH = re.compile(
    r"(?:我的?)?(?:朋友|同事|同学|邻居|闺蜜|哥们|发小|老乡|隔壁|楼上|楼下|对门|别人|人家|"
    r"表[哥姐弟妹]|堂[哥姐弟妹])"
    r"(?:(?![我介帮带借给替跟店厂摊]|公司|打工|上班|干活)[^ ,.;!?]){0,24}?"
    rf"{_FIGURE_35_ZH}(?:多)?(?:块钱?|元)?(?=$|[ ,.;!?])"
)


#: After another's figure (see :data:`_ANOTHERS_FIGURE_SAID_FIRST_ZH`), the own said only to be
#: about the same, no figure: "邻居家一个月花三千 我们家应该也差不多", "同事拿五千 我跟他一样吧"
#: (a guess by another's: asked again, never theirs read as the own).
_THE_SAME_AS_THEIRS_ZH = re.compile(r"差不多|差不离|一样|也就那样|也那样")


#: At income, a first clause of the spouse's pay, then the own with "我" and a rough figure:
#: "媳妇在幼儿园一个月四千 我跑货拉拉两千多", "老公每月八千 我的三千多". The spouse's pay is
#: never what one earns oneself, and the own is not exact: asked again (never hers read). An
#: exact own figure after it stays asked again as before (round 49: the household's may be
#: meant), and so does an own story told at length after it ("我在厂里装箱 底薪…").
_THE_SPOUSES_PAY_SAID_FIRST_ZH = re.compile(
    r"我?(?:老婆|老公|媳妇|爱人)(?:(?![我])[^ ,.;!?]){0,16}?"
    rf"{_FIGURE_35_ZH}(?:多)?(?:块钱?|元)?(?=[ ,.;!?])"
)


#: At counter, a figure the bank put to them (a letter's, a text's, the agent's, "你们要的")
#: said and refused right after: "短信里要的一千五我拿不出来", "你们说的每月两千 我真的还不
#: 起". It is no offer: blanked, and with no other figure left the offer is asked again.
_A_FIGURE_PUT_TO_THEM_REFUSED_ZH = re.compile(
    r"(?:信上|信里|短信(?:上|里)?|通知(?:上|里)|你们|客服|账单上?)(?:说|写|要|提|给)?的?"
    rf"(?:每个?月|一个月)?(?:还)?{_FIGURE_35_ZH}(?:块钱?|元)? ?[,\uff0c]? ?(?:我|对我来说)?"
    r"(?:实在|真的|根本|确实)?(?:做不到|还不起|拿不出来?|负担不起|吃不消|太多了?|太高了?)"
)


#: At the own offer, a figure said as what it is, not as what can be paid: the own month's
#: money after "才" ("我一个月才两千", "我每月才挣三千"), another loan's payment named right
#: before it ("房贷一千五", "加上车贷三千", "那个贷款每月两千"), a sum with another debt's
#: payment ("跟分期加起来一千二": the whole paid each month, not this card's part).
_NO_OFFERS_FIGURE_ZH = re.compile(
    r"我(?:一个月|每个?月)(?:也|就)?才(?:挣|赚|拿|有|发)?(?:个|了)?"
    rf"{_FIGURE_35_ZH}(?:多)?(?:块钱?|元)?(?!吧)|"
    r"(?:(?:和|跟|加上)[^ ,.;!?\uff0c\u3002]{0,10}?)?(?:房贷|车贷|网贷|贷款)(?:每个?月|一个月)?"
    r"(?:是|要|得)?"
    rf"{_FIGURE_35_ZH}(?:多)?(?:块钱?|元)?|"
    r"(?:和|跟|加上)[^ ,.;!?\uff0c\u3002]{1,12}?加起来(?:是|就是|一共|总共|共)?"
    rf"{_FIGURE_35_ZH}(?:多)?(?:块钱?|元)?"
)


#: At the income, a cost said with what it needs or takes, after or beside the pay: "吃饭水电
#: 一个月就要一千五", "家里开销也要两千五", "吃饭 一个月花一千二" (the reason the month is tight;
#: the pay is the answer, kept where a figure is left).
_A_COST_SAID_AFTER_ZH = re.compile(
    r"(?:吃饭|伙食|水电|开销|开支|花销|看病|药|房租|读书|上学|学费)[^ ,.;!?\uff0c\u3002]{0,8}?"
    r"(?:一个月|每个?月)?(?:也|就|都|还|另外|得)*(?:要|花|得花|要花)(?:了|掉)?"
    rf"{_FIGURE_35_ZH}(?:多)?(?:块钱?|元)?|"
    rf"(?:一个月|每个?月)(?:也|就|都|得|要)*花(?:了|掉)?{_FIGURE_35_ZH}(?:多)?(?:块钱?|元)?"
)


#: At expenses, a saving that would come only if something were done, not yet real: "要是把车卖
#: 了 每月能省六百", "假如换个便宜点的房子 一个月可以少花八百". It is no figure of what one
#: spends now: blanked, and with no other figure left the question is asked again.
_A_SAVING_IF_ZH = re.compile(
    r"(?:如果|要是|假如|假设)[^.;!?\u3002]{0,20}?(?:能|可以|就能|就可以|会)"
    r"(?:少花|省下?|节省|少用)(?:个|了)?"
    rf"{_FIGURE_35_ZH}(?:多)?(?:块钱?|元)?(?=$|[ ,.;!?])"
)


#: A figure advised, or said by someone that one ought to have: "理财师建议我每月花三千",
#: "我妈说我这个岁数应该挣八千" (what another thinks right, not what one earns or spends).
_A_FIGURE_ADVISED_ZH = re.compile(
    r"(?:建议|说[^ ,.;!?]{0,10}?应该)[^ ,.;!?]{0,12}?"
    rf"({_FIGURE_35_ZH})(?:多)?(?:块钱?|元)?(?=$|[ ,.;!?])"
)


def _only_a_figure_advised_zh(folded: str) -> bool:
    """Whether the one figure said is one advised or said to be right by another (see
    :data:`_A_FIGURE_ADVISED_ZH`): no own figure to read, asked again. Not where an own one is
    said beside it ("记账软件建议八百 我实际花一千一": that one is read)."""
    advised = _A_FIGURE_ADVISED_ZH.search(folded)
    if advised is None:
        return False
    said = [n for n in numbers_in(folded, "zh") if n.unit is None and n.strong]
    return len(said) == 1 and advised.start(1) <= said[0].start < advised.end(1)


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
    # (its no hurry first, or no instalment on it: "借亲戚两万 不急 没有月供")
    r"(?:(?:不急|不着急)[ ,\uff0c]{0,2})?"
    r"(?:(?:不用|不需要|不急着|不着急|不必|没让我|不要求)(?:按月|每个?月|马上)?还|(?:没有|没)月供)"
)


#: At the income, a raise still to come with the figure it comes to: "转正以后涨到五千", "下个月
#: 加到四千二", "明年能涨到六千" (not the pay now; blanked where the figure of now is left).
_A_RAISE_TO_COME_ZH = re.compile(
    r"(?:转正|以后|之后|下个?月|明年|过完?年|年后)(?:后|以后|之后|了)?(?:就|能|会|才|可以)*"
    rf"(?:涨到|涨成|加到|提到){_FIGURE_35_ZH}(?:块钱?|元)?"
)


#: At the own amount, a figure said as what is paid or given: "先还五百", "每月给八百" (an offer).
_AN_OFFERS_FIGURE_ZH = re.compile(rf"(?:还|给|付|交)(?:个|上|出)?{_FIGURE_35_ZH}")


#: At the monthly payments, this month's figure, then next month's said not to be known: "这个月
#: 还了九百 下个月还不知道", "本月还了两千 下月多少不清楚" (one month's, the payment not fixed;
#: as "说不准" after it already is, asked again).
_NEXT_MONTHS_PAYMENT_NOT_KNOWN_ZH = re.compile(
    rf"(?:这个?|本)月[^ ,;.!?]{{0,6}}?{_FIGURE_35_ZH}[^.;!?]{{0,6}}?下个?月(?:的)?"
    r"(?:多少|还多少|能还多少|要还多少)?(?:还|也)?(?:不知道|不清楚|没数|没谱|难说)"
)


#: At the monthly payments, a debt of no figure said to be on no monthly payment, or cleared
#: within the month: "老乡那借的不着急还", "京东白条用完当月就还清", "那个不算欠的". A clause
#: with no number in it; blanked where another debt's figure is left (that payment is the
#: answer; alone, such a debt is none as before). The clause names the debt ("借", "欠"): not
#: "每月不用还", "平时不用还", said of a balance beside it, whose month is then none.
_A_DEBT_WITH_NO_MONTHLY_PAYMENT_ZH = re.compile(
    r"(?:^|(?<=[ ,;]))(?:(?!每|现在|目前|暂时|有钱)[^ ,;.0-9一二两三四五六七八九十百千万]{0,8}?"
    r"(?:借|欠)[^ ,;.0-9一二两三四五六七八九十百千万]{0,6}?"
    r"(?:不用|不需要|不急着|不着急|不必)(?:按月|每个?月)?还(?:钱)?"
    r"|[^ ,;.0-9一二两三四五六七八九十百千万]{0,12}?"
    r"(?:当月(?:就)?(?:都)?还清(?:了)?|不算(?:欠|债|负债)(?:款|的)?))"
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


#: A figure said right after not to count, by "那个", "这个" or what was done with it ("寄的",
#: "借的"): "房租八百 给我妈转一千 转的不算", "烟钱三百 那个不算吧" (blanked where another
#: figure is left). Not an item left out of the figure ("这个不算房租": the rent is beside it),
#: nor a person's ("我的工资四千一 他的不算": his unsaid, the figure is the own).
_A_FIGURE_SAID_NOT_TO_COUNT_RIGHT_AFTER_ZH = re.compile(
    rf"{_FIGURE_35_ZH}(?:块钱?|元)?[ ,\uff0c]{{1,2}}"
    r"(?!(?:他|她|我|你|老公|老婆|爱人|媳妇|对象|别人|人家)的)"
    r"(?:那个|这个|那些|这些|[\u4e00-\u9fff]{1,2}的)"
    r"(?:钱)?(?:也|都)?不算(?=[ ,.!?\uff0c\u3002]|$|吧|啊|了)"
)


#: At the spending, the same with "那个" or "这个" right after an item's figure, no space between:
#: "健身卡两百那个不算 去掉" (the item struck out; blanked where another figure is left).
_A_FIGURE_SAID_NOT_TO_COUNT_ATTACHED_ZH = re.compile(
    rf"{_FIGURE_35_ZH}(?:块钱?|元)?(?:那个|这个)(?:钱)?(?:也|都)?不算"
    r"(?=[ ,.!?\uff0c\u3002]|$|吧|啊|了)"
)


#: A figure of once a year, or a yearly thing, said right after not to count: "颜料纸张一年三千
#: 那个不算", "取暖费一年交四千, 那个不算的话", "一年要交一次的车险五千没算在里面", "年终奖一万二
#: 那是一年一次的, 不算", "回老家过年那笔一年一次的不算" (the person leaves a yearly thing out of
#: the month's, the guide's "an item the person leaves out": blanked where another figure is left;
#: its "不算" then leaves nothing out of the figure said).
_A_YEARLY_FIGURE_SET_ASIDE_ZH = re.compile(
    rf"(?:(?:一年|每年)[^ ,.;!?\uff0c\u3002]{{0,10}}?{_FIGURE_35_ZH}(?:块钱?|元)?(?:的)?|"
    rf"(?:{_FIGURE_35_ZH}(?:块钱?|元)?(?:的)?[ ,\uff0c]{{0,2}}(?:那|这)?(?:个|笔)?(?:是|就是)?)?"
    r"(?:一年|每年)(?:就|才|只|要)?(?:有|发|给|拿|交|花|回|去)?(?:一次|一回)(?:的)?)"
    r"[ ,\uff0c]{0,2}(?:那个|这个|那笔|这笔|那)?(?:也|就|都)?(?:不算|没算|别算|不用算)"
    r"(?:在里面|进去|在内)?(?:的话)?"
)


#: A whole, a part inside it set aside, the rest said right after "不算的话": "总共四千二 其中
#: 六百是打牌输的 不算的话三千六" (the whole and the part blanked, the rest is the answer).
_A_WHOLE_AND_ITS_PART_BEFORE_THE_REST_ZH = re.compile(
    r"^[^.;!?\u3002]*?(?:其中|里面|这里面|里头)[^.;!?\u3002]{1,20}?"
    r"不算的话(?= ?[0-9一二两三四五六七八九])"
)


def _without_a_difference_zh(folded: str) -> str:
    """``folded`` with its differences ("比去年多了六百") blanked, where a figure is said
    besides them; a difference alone is left to be read (and asked again) as it was."""
    blanked = _A_DIFFERENCE_ZH.sub(lambda m: " " * len(m[0]), folded)
    return blanked if _A_NUMBER_IN.search(blanked) else folded


#: Between two figures, another item said to follow: "还有一个", "另外还有" ("借呗每月八百还有
#: 一个白条每月两百多": the bound is the second item's, in a run-on sentence without a break),
#: or another income by "也" ("工资三千 周末带娃 也能挣一千多": not "也就", only).
_ANOTHER_ITEM_FOLLOWS_ZH = re.compile(r"还有|另外|也(?:能|可以)?(?:有|挣|赚|拿)")


def _a_bound_of_another_item_zh(folded: str, exact: Number, bound: Number) -> bool:
    """Whether the figure said as a bound ("两百多") is of another item named after the exact
    one in the same run-on clause ("…还有一个…"), no bound of the exact one."""
    return exact.end < bound.start and bool(
        _ANOTHER_ITEM_FOLLOWS_ZH.search(folded, exact.end, bound.start)
    )


def _items_named_zh(items: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A Chinese item named right before its figure, the whole stretch since the figure before
    ("房租", "吃饭一个月", "水电也是"), and right after it, the whole stretch to the next figure
    ("房租 ", "吃饭 还有")."""
    return (
        re.compile(
            rf"[ ,\uff0c]*(?:还有|然后|再)?({items})(?:一个月|每个月|每月)?"
            r"(?:也是|是|也|要|大概|差不多)?"
        ),
        re.compile(rf"(?:块|元)?[ ,\uff0c]*({items})[ ,\uff0c。]*(?:还有|然后|再)?"),
    )


#: The items of the month's spending a list of one figure may name (for
#: ``_each_item_the_same_figure``).
ITEMS_OF_SPENDING_NAMED_ZH = _items_named_zh(
    "房租|房贷|租金|吃饭|伙食费|伙食|饭钱|生活费|水电|话费|车贷|油费|学费|奶粉|买菜|交通|医药|药费"
)
#: The debts a list of one figure may name.
DEBTS_NAMED_ZH = _items_named_zh(
    "房贷|车贷|网贷|花呗|借呗|白条|微粒贷|信用卡|别的卡|分期|装修贷|助学贷款|贷款|借款"
)


#: A figure taken back anywhere in the message: no list of one figure is guessed around it.
CORRECTION_WORD_ZH = re.compile(r"不对|不是|说错|错了|改成|应该是")


#: Between a whole and a part taken off it: "扣社保五百", "室友出一千二", "转租收回来两千", or
#: a fund paying part of a loan ("公积金冲抵一千五", "抵扣八百": the rest is the own payment),
#: or a part named inside the whole by "其中" ("到手五千 其中六百是餐补 净的四千四": what it is
#: comes after the part, the rest said last is the answer all the same).
_A_PART_TAKEN_OFF_ZH = re.compile(
    r"扣|减|除|刨|收回|报销|补贴|抵|其中|(?<!我)(?<!自己)(?:出|付|承担)"
)


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


def _without_a_rate_and_its_count_zh(numbers: list[Number], chosen: list[Number]) -> list[Number]:
    """``chosen`` without a rate by the piece and the count of pieces, when the month's pay said
    after them is exactly their product, or a base pay plus it: "搬一车货五十 这个月搬了六十车
    三千" (3000), "保底三千 一单提二十 跑了五十单 拿了四千" (4000). The figure that comes out is
    the cardholder's own reckoning of the month; the rate and the count are no second income
    (nor a rate added to the total). Figures that do not come out so are kept as they were."""
    said = [n for n in numbers if n.value is not None and n.value > 0 and (n.strong or n.value > 1)]
    for i in range(len(said) - 2):
        rate, count, total = said[i], said[i + 1], said[i + 2]
        assert rate.value is not None and count.value is not None and total.value is not None
        if total is not said[-1] or total.value <= max(rate.value, count.value):
            continue  # (the product said last, more than either: no coincidence of small ones)
        if count.value != count.value.to_integral_value() or total.not_monthly:
            continue  # (nor a total said of a day: "一天打三百个电话")
        dropped = {rate.start, count.start}
        if rate.value * count.value != total.value:
            base = said[i - 1] if i else None  # "底薪三千 一单二十 五十单 四千": and a base
            if base is None or base.value is None:
                continue
            if base.value + rate.value * count.value != total.value:
                continue
            dropped.add(base.start)
        kept = [n for n in chosen if n.start not in dropped]
        return kept if kept else chosen
    return chosen


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
        if "夏" in folded or "冬" in folded or "天" in folded:  # "夏天电费会多一点": a season's
            folded = _A_SEASONS_BILL_A_BIT_MORE_ZH.sub(lambda m: " " * len(m[0]), folded)
    if asked == "expenses" and "里面" in folded and _A_PART_INSIDE_SET_ASIDE_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "支出3200 里面有一笔1500…不算"
    if asked == "expenses" and "里面" in folded and _A_PART_INSIDE_UNKNOWN_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "里面有一部分是帮同事代付的"
    if asked == "income" and "一" in folded and ("次" in folded or "回" in folded):
        yearly = _A_FIGURE_ONCE_A_YEAR_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = yearly if _A_NUMBER_IN.search(yearly) else folded  # "年终奖一万 一年一次"
    if asked == "income" and "今年" in folded:  # "去年一个月九千 今年就六千五了": now's
        folded = _AN_EARLIER_YEAR_BEFORE_THIS_ONE_ZH.sub(lambda m: " " * len(m[0]), folded)
    if asked == "income" and "季" in folded and ("现在" in folded or "目前" in folded):
        folded = _A_SEASON_BEFORE_NOW_ZH.sub(lambda m: " " * len(m[0]), folded)  # "旺季…现在…"
    if asked == "income" and "季度" in folded and _a_quarters_pay_counted_zh(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "每月底薪三千 上个季度奖发了六千"
    if (
        asked == "income"
        and "没" in folded
        and _NO_PAY_NOW_ZH.search(folded)
        and _PAY_ONLY_LATER_OR_IN_SEASON_ZH.search(folded)
    ):
        return AmountReading(Decimal(0), None)  # "下个月才上班 这个月还一分没有": none now
    if asked in ("income", "expenses") and ("双1" in reading.plain or "双十" in reading.plain):
        folded = _A_SALE_DAYS_NAME_BLANKED_ZH.sub("大促", folded)  # "双十一那个月": a sale's
    if (
        asked in ("income", "expenses")
        and ("那个月" in folded or "那月" in folded)
        and _ONE_NAMED_MONTHS_FIGURE_ZH.search(folded)
    ):  # "每个月一千五 过年那个月花五千": the usual month's, or asked again
        usual = _ONE_NAMED_MONTHS_FIGURE_ZH.sub(lambda m: " " * len(m[0]), folded)
        if not _A_SUM_LEFT_ZH.search(usual):
            return AmountReading(None, AmountProblem.AMBIGUOUS)
        folded = usual
    if owed and ("还是" in folded or "谁" in folded) and _WHO_PAYS_NOT_SETTLED_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "房贷他还还是我还 还没判"
    if asked == "income" and "没" in folded and _SOMETIMES_NONE_AT_ALL_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "两千来块 有时候还没得"
    if (
        asked == "income"
        and ("仨瓜俩枣" in folded or "小钱" in folded or "辛苦费" in folded or "零碎" in folded)
        and _AN_EXTRA_OF_NO_FIGURE_ZH.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "外带看车棚 给个仨瓜俩枣"
    if (
        asked == "income"
        and ("下" in folded or "过" in folded or "年后" in folded)
        and _NONE_NOW_THEN_A_JOB_TO_COME_ZH.search(folded)
    ):
        return AmountReading(Decimal(0), None)  # "0 刚辞职 下个月去新单位 说是五千": none now
    if (
        asked in ("income", "expenses")
        and ("说" in folded or "算不" in folded or "准数" in folded)
        and _THE_MONTHS_FIGURE_NOT_SAYABLE_ZH.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "收入的话不好说": not known
    if (
        ("次" in folded or "回" in folded or "按" in folded)
        and "月" not in folded
        and _ONCE_A_LONGER_SPAN_ZH.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "每四周发一回 一回四千"
    if asked == "income" and _A_PART_OF_THE_PAY_NOT_KNOWN_YET_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "提成下个月才核出来"
    if (
        (asked in ("income", "expenses") or owed)
        and ("多少" in folded or "具体" in folded)
        and _the_own_how_much_not_known_yet_zh(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "降多少还没通知": not known
    if (
        (asked in ("income", "expenses") or owed)
        and ("可能" in folded or "估计" in folded or "批" in folded)
        and _A_CHANGE_NOT_SETTLED_YET_ZH.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "可能这个月可能下个月": not known
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
        if "期" in folded and ("共" in folded or "全款" in folded or "总价" in folded):
            monthly = _THE_INSTALMENTS_WHOLE_ZH.sub(lambda m: " " * len(m[0]), folded)
            # (one month's instalment beside it: a whole after two is theirs, "装修贷每月一千七
            # 另外手机分期每月三百九十九 总共两千零九十九")
            one = len(_A_MONTHS_INSTALMENT_ZH.findall(monthly)) == 1
            folded = monthly if one else folded  # "每月四百八, 十二期的, 总共五千七百六"
    if (
        asked in ("income", "expenses")
        and "月" in folded
        and (together := _A_FEW_MONTHS_TOGETHER_ZH.search(folded))
        and not _A_NUMBER_IN.search(
            folded[: together.start()] + " " * len(together[0]) + folded[together.end() :]
        )
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "两个月一共发了九千"
    if (
        asked == "income"
        and ("加" in folded or "共" in folded or "合" in folded)
        and (together := _A_COUPLES_PAY_TOGETHER_ZH.search(folded))
        and not _a_figure_of_money_besides_zh(folded, together)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "我和老公加起来一万一"
    if (
        asked == "income"
        and "家" in folded
        and ("加" in folded or "合" in folded)
        and (together := _A_HOUSEHOLDS_PAY_ADDED_UP_ZH.search(folded))
        and not _A_NUMBER_IN.search(
            folded[: together.start()] + " " * len(together[0]) + folded[together.end() :]
        )
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "我们家一个月加起来九千"
    if (
        asked in ("income", "expenses")
        and ("?" in folded or "\uff1f" in folded)
        and (denied := _A_FIGURE_ASKED_BACK_DENIED_ZH.search(folded))
        and not _A_FIGURE_AFTER_DENIED_ZH.search(folded, denied.end())  # (not "一半")
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "8k? 差远了 一半都没有"
    if asked in ("income", "expenses", "counter") or owed:
        if (
            "要是" in folded or "如果" in folded or "假如" in folded or "找到" in folded
        ) and _only_a_figure_on_an_unsettled_condition_zh(folded):
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "要是…能拿三千五 也没个准话"
        if "就是" in folded and _a_figure_restated_otherwise_zh(folded):
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "三千五 就是3050块"
    if (
        asked == "income"
        and ("两个人" in folded or "俩" in folded or "分" in folded)
        and _TWO_PEOPLES_MONEY_NOT_KEPT_APART_ZH.search(folded)
        and _only_one_figure_zh(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "我俩的钱不分的": whose not said
    if (
        asked == "income"
        and "现在" in folded
        and _A_TIME_PAST_ZH.search(folded)
        and _only_a_figure_of_before_zh(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "以前一个月四千 现在打零工…"
    if (asked in ("income", "expenses", "counter") or owed) and _A_CORRECTION_DOUBTED_ZH.search(
        folded
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "两千 哦不 好像是两千四 记不清了"
    if owed and "还" in folded and _PAID_BY_ME_ONLY_IF_THEY_FAIL_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "他要是还不上 就得我来还"
    if (
        owed
        and "一起" in folded
        and "名下" not in folded
        and _A_LOAN_PAID_BY_TWO_TOGETHER_ZH.search(folded)
        and _only_one_figure_zh(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "房贷每月四千 我俩一起还的"
    if (
        asked in ("income", "expenses")
        and ("这个数" in folded or "这数" in folded)
        and _NOT_THE_USUAL_FIGURE_AFTER_ZH.search(folded)
        and _only_one_figure_zh(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "平时不是这个数": usual unsaid
    if (
        asked == "counter"
        and "这" in folded
        and _THIS_MONTHS_OFFER_ONLY_ZH.search(folded)
        and _only_one_figure_zh(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "这个月先还两千 以后再说"
    if (
        owed
        and "多少" in folded
        and _HOW_MUCH_FORGOTTEN_ZH.search(folded)
        and [n for n in numbers_in(folded, "zh") if n.unit is None and n.strong and n.value]
    ):  # (no figure at all: "还款计划再发我 每个月扣多少 我给忘了" asks for the plan)
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "每个月扣多少忘了"
    if ("周" in folded or "星期" in folded or "礼拜" in folded or "年" in folded) and (
        "月" in folded
    ):  # "每周还一百 一个月四百": the month's, worked out
        folded = _without_a_span_worked_into_the_month_zh(folded)
    if asked == "income" and ("走了" in folded or "去世" in folded or "过世" in folded):
        folded = _A_SPOUSES_DEATH_TOLD_LAST_ZH.sub(lambda m: " " * len(m[0]), folded)
    if "下半年" in folded and _TWO_HALVES_OF_A_YEAR_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "上半年三千 下半年五千"
    if (
        asked == "income"
        and ("茬" in folded or "季" in folded)
        and (crop := _A_HARVESTS_FIGURE_ZH.search(folded))
        and not [
            n
            for n in numbers_in(folded[: crop.start()] + " " + folded[crop.end() :], "zh")
            if n.unit is None and n.strong and n.value
        ]
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "一茬能卖三万": a harvest's
    reading.folded = folded
    return None


#: A Chinese figure with a nought inside it ("五千零四十", "三千零八十").
_FIGURE_ZH = r"[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万零]*"


#: At income, what one harvest or crop brings, the only figure: "一茬能卖两万来块", "每季收个
#: 三万", "一季下来挣八千" (a crop sold once or twice a year: no month's pay; not "一季度", a
#: quarter, nor a figure said beside it, read as before).
_A_HARVESTS_FIGURE_ZH = re.compile(
    r"(?:一|每|这)(?:茬|季)(?![度节])(?:下来)?(?:能|可以|大概|差不多|也就)?"
    r"(?:卖|挣|赚|收|收入|拿)(?:个|了|到)?"
    rf"{_FIGURE_ZH}(?:来|多)?(?:块钱?|元)?"
)


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
    if asked == "expenses" and "一次" in folded:  # "买电动车两千那是一次性的": once
        one_off = _A_ONE_OFF_SAID_AFTER_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = one_off if _A_NUMBER_IN.search(one_off) else folded
    if asked == "expenses" and ("现在" in folded or "如今" in folded or "最近" in folded):
        folded = _AN_ITEMS_OLD_FIGURE_BEFORE_NOW_ZH.sub(lambda m: " " * len(m[0]), folded)
    if (
        asked == "expenses"
        and ("停了" in folded or "省" in folded or "戒了" in folded or "不上了" in folded)
        and ("现在" in folded or "月" in folded or "目前" in folded)
    ):  # "健身卡停了是两千八 这个月还是三千一": the figure now
        folded = _A_FIGURE_ONCE_CUT_BEFORE_NOW_ZH.sub(lambda m: " " * len(m[0]), folded)
    if asked in ("income", "expenses") and "不算" in folded:  # "化肥种子钱不算在里头"
        folded = _A_WORKS_MONEY_NOT_COUNTED_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = _THE_WRITERS_OWN_NOT_COUNTED_ZH.sub(lambda m: " " * len(m[0]), folded)
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
    if (
        asked == "income"
        and ("只" in folded or "老板就给" in folded)
        and ("平时" in folded or "平常" in folded)
    ):
        folded = _THE_USUAL_BEFORE_A_STOP_ZH.sub(lambda m: " " * len(m[0]), folded)  # "停产"
    if asked == "income" and "扣" in folded:  # "公司每月扣一千还借的钱": a debt's payment
        folded = _without_what_the_employer_takes_zh(folded)
    if "不" in folded:  # "开销三千 不包括孩子的一千 那个也得算上": the item added
        folded = _NOT_EVERY_MONTH_RIGHT_AFTER_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = _LEFT_OUT_THEN_COUNTED_IN_ZH.sub(lambda m: "加上".ljust(len(m[0])), folded)
    if "零" in folded:  # "以前一个月四千 现在是零": nought said as a figure, as "0" would be
        folded = _NOUGHT_SAID_AS_THE_FIGURE_ZH.sub("0", folded)
    if "儿" in folded:  # "每个月是四千儿百": 二 typed by its sound (not "千儿八百")
        folded = _ER_TYPED_FOR_TWO_ZH.sub("二", folded)
    if "干" in folded:  # "三干五": 千 typed as the look-alike 干
        folded = _GAN_TYPED_FOR_THOUSAND_ZH.sub("千", folded)
    if "白" in folded:  # "五白": 百 typed as the sound-alike 白
        folded = _BAI_TYPED_FOR_HUNDRED_ZH.sub("百", folded)
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
    if (
        asked in ("income", "expenses")
        and "算" in folded
        and ("一年" in folded or "每年" in folded)
    ):  # "颜料纸张一年三千那个不算": a yearly thing left out by the person
        yearly = _A_YEARLY_FIGURE_SET_ASIDE_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = yearly if _A_NUMBER_IN.search(yearly) else folded
    if asked == "income" and "不算" in folded:  # "一个月两千三 那三百慰问金不算"
        extra = _AN_EXTRAS_FIGURE_SET_ASIDE_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = extra if _A_NUMBER_IN.search(extra) else folded
    if "不算" in folded:  # "相机镜头那些是干活用的, 不算, 房租吃饭一共三千一": set aside
        folded = _SET_ASIDE_BY_WHAT_IT_IS_ZH.sub(
            lambda m: m[0] if _A_NUMBER_IN.search(m[0]) else " " * len(m[0]), folded
        )
    if "不算" in folded:  # "给我妈转一千 转的不算": that figure set aside, another left
        left = _A_FIGURE_SAID_NOT_TO_COUNT_RIGHT_AFTER_ZH.sub(lambda m: " " * len(m[0]), folded)
        if asked == "expenses":  # "健身卡两百那个不算"
            left = _A_FIGURE_SAID_NOT_TO_COUNT_ATTACHED_ZH.sub(lambda m: " " * len(m[0]), left)
        folded = left if _A_NUMBER_IN.search(left) else folded
    if (
        asked in ("income", "expenses")
        and "是" in folded
        and ("她的" in folded or "他的" in folded)
    ):
        theirs = _ANOTHERS_MONEY_SAID_TO_BE_THEIRS_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = theirs if _A_SUM_LEFT_ZH.search(theirs) else folded  # "…寄五百 那是她的钱"
    if asked in ("other_debts", "expenses") and "是我" in folded:  # "车贷是我老公在还"
        theirs = _ANOTHERS_LOAN_PAID_BY_THEM_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = theirs if _A_SUM_LEFT_ZH.search(theirs) else folded
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
    if asked == "expenses" and ("里" in folded or "在内" in folded):  # "房贷三千就在这里面"
        folded = _without_parts_inside_the_whole_before_zh(folded)
    if (
        asked == "income"
        and ("年终" in folded or "年底" in folded)
        and "平均" not in folded  # (not "年终奖三万六 按一年平均算吧": the bonus spread)
    ):
        bonus = _A_YEAR_END_BONUS_FIGURE_ZH.sub(lambda m: " " * len(m[0]), folded)
        bonus = _A_FIGURE_BEFORE_THE_YEAR_END_BONUS_ZH.sub(lambda m: " " * len(m[0]), bonus)
        folded = bonus if _A_SUM_LEFT_ZH.search(bonus) else folded  # "月薪六千 年终奖一万"
    if asked == "income" and ("涨到" in folded or "加到" in folded or "提到" in folded):
        later = _A_RAISE_TO_COME_ZH.sub(lambda m: " " * len(m[0]), folded)  # "转正涨到四千"
        folded = later if _A_SUM_LEFT_ZH.search(later) else folded
    if asked == "income" and "只" in folded:  # "四千 另有三百补贴 只有夏天发": not now
        some = _AN_EXTRA_IN_SOME_MONTHS_ONLY_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = some if _A_SUM_LEFT_ZH.search(some) else folded
    if asked == "income" and "多的" in folded:  # "活多的时候能多拿五百": busy months' extra
        busy = _MORE_IN_BUSY_MONTHS_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = busy if _A_SUM_LEFT_ZH.search(busy) else folded
    if asked == "income" and "去年" in folded:  # "现在是零 去年一个雪季挣了三万": no month's
        folded = _LAST_YEARS_EARNINGS_ZH.sub(lambda m: " " * len(m[0]), folded)
    if asked == "expenses" and "钱" in folded and _ANOTHER_ITEMS_MONEY_UNKNOWN_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "吃饭的钱老婆管着": how much?
    if (
        asked == "expenses"
        and ("其" in folded or "别的" in folded)
        and _THE_OTHER_ITEMS_UNKNOWN_ZH.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "房租一千五 其他的不确定"
    if asked == "expenses" and ("存" in folded or "攒" in folded):  # "目标是每月存一千": no cost
        aimed = _A_SAVING_AIMED_AT_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = aimed if _A_NUMBER_IN.search(aimed) else folded
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
    if offer and "就" in folded and _a_short_fallback_offer_zh(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "1k 不行就800"
    if asked == "income" and "比" in folded and _LESS_THAN_ANOTHERS_PAY_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "比我老婆少 她五千"
    if "反正" in folded and (after_all := _THE_FIGURE_AFTER_ALL_LAST_ZH.search(folded)):
        folded = " " * after_all.start() + folded[after_all.start() :]  # the figure kept
    if "零" in folded and _A_LITTLE_OVER_WITH_A_NOUGHT_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "开销三千零点儿": how much over?
    if reading.owed and "最低" in folded:  # "每月还一千五 最低还款六百": what is paid, kept
        folded = _without_the_minimum_beside_what_is_paid_zh(folded)
    if asked == "expenses" and _A_BARE_WHOLE_FIRST_ZH.match(folded):  # "八千 房租就四千"
        folded = _without_the_parts_after_a_whole_zh(folded)
    if asked == "expenses" and "加" in folded:  # "菜钱一千 加上房租水电 四千二": the total
        folded = _only_the_total_after_items_added_zh(folded)
    if (
        asked == "expenses"
        and "剩" in folded
        and _ALL_GONE_ON_AN_ITEM_ZH.search(folded)
        and _only_items_figures_zh(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "交完房租就不剩啥了 房租两千"
    reading.folded = folded
    return None


#: At the monthly payments, the card's minimum said after what the person pays on it each month:
#: "每个月还一千五 最低还款才六百" (the minimum is the bank's figure, not paid on top).
_THE_MINIMUM_BESIDE_WHAT_IS_PAID_ZH = re.compile(
    r"最低(?:还款)?(?:额)?(?:是|要|只要|才|就)?"
    r"[0-9一二两三四五六七八九十][0-9.,一二两三四五六七八九十百千万零]*(?:块钱?|元)?"
)


#: What a card is paid each month, said with its figure: "每月还两千", "每个月都还一千五".
_WHAT_IS_PAID_EACH_MONTH_ZH = re.compile(
    r"每个?月(?:都|就|会|能)?还(?:个)?[0-9一二两三四五六七八九十]"
)


def _without_the_minimum_beside_what_is_paid_zh(folded: str) -> str:
    """``folded`` with a card's minimum blanked (see :data:`_THE_MINIMUM_BESIDE_WHAT_IS_PAID_ZH`)
    where it is said after the figure paid each month and is not itself named as paid: not "每月
    最低还款六百" (the minimum is then what is paid) nor "你们的最低还款" (the bank's own card, a
    payment of its own). The minimum alone, "就还最低 八百", is read as before."""
    paid = _WHAT_IS_PAID_EACH_MONTH_ZH.search(folded)
    if not paid:
        return folded
    for minimum in _THE_MINIMUM_BESIDE_WHAT_IS_PAID_ZH.finditer(folded, paid.end()):
        if folded[max(0, minimum.start() - 2) : minimum.start()].endswith(("月", "的", "们")):
            continue
        folded = folded[: minimum.start()] + " " * len(minimum[0]) + folded[minimum.end() :]
    return folded


#: At the spending, a bare figure said first, before anything else: "六千五 房租占了三千",
#: "九千左右, 光房贷就五千" (the month's whole; what comes after it are its parts).
_A_BARE_WHOLE_FIRST_ZH = re.compile(
    rf" *{_FIGURE_ZH}(?:块钱?|元)?(?:左右|上下)?"
    r"[ ,\uff0c]"
)


#: After a bare whole, words that add to it or take it back, where the later figures are not
#: its parts: "再加", "还有", "另外", "不对", "我自己" (the own share), "以外".
_MORE_THAN_PARTS_AFTER_A_WHOLE_ZH = re.compile(
    r"加|还有|另外|以外|之外|不算|不包|不含|没算|不对|错了|不是|应该|其实|我自己|自己的|一人|"
    r"每人|我出|我的|一半|平摊|分摊|[Aa][Aa]|或者|还是|到|-|~"
)


#: An item named right before a later figure (a part of the whole): "房租", "吃饭", "奶粉".
_AN_ITEM_BEFORE_A_PART_ZH = re.compile(
    r"(?:光|单|就|仅)?"
    r"(?:房租|房贷|租金|吃饭|伙食|饭钱|生活费|水电|话费|车贷|油费|学费|奶粉|买菜|交通|医药|药费)"
    r"[^ ,\uff0c0-9一二两三四五六七八九十]{0,4}$"
)


def _without_the_parts_after_a_whole_zh(folded: str) -> str:
    """``folded`` with the figures of the items blanked that follow a bare whole said first
    (see :data:`_A_BARE_WHOLE_FIRST_ZH`), where each is named by its item, all of them add up to
    less than the whole and nothing is said to add to it or take it back: "七千五 房租三千" is
    the 7500 with the rent inside it, not 10 500 (a person who answers the month's spending with
    one figure first says the whole; the rent beside it says where it goes)."""
    figures = [n for n in numbers_in(folded, "zh") if n.unit is None and n.strong]
    if len(figures) < 2:  # "两千 年终奖发了再…": no part after the whole
        return folded
    whole, *parts = figures
    if (
        whole.start > 2
        or whole.value is None
        or _MORE_THAN_PARTS_AFTER_A_WHOLE_ZH.search(folded, whole.end)
        or any(p.value is None for p in parts)
        or sum(p.value for p in parts if p.value is not None) >= whole.value
        or not all(_AN_ITEM_BEFORE_A_PART_ZH.search(folded, whole.end, p.start) for p in parts)
    ):
        return folded
    for part in parts:  # (the item with it: "光房租就…" alone would be a part unsaid)
        item = _AN_ITEM_BEFORE_A_PART_ZH.search(folded, whole.end, part.start)
        start = item.start() if item else part.start
        folded = folded[:start] + " " * (part.end - start) + folded[part.end :]
    return folded


#: At the spending, items added with no figure of their own, then after a break or a word of
#: about or in all the figure that ends the message: "菜钱一千 加上房租水电 四千二", "房租三千 加上
#: 吃饭差不多五千" (the month's total with them, not another item's; "加上房租四千二", the figure
#: said with its item, is summed as before). With a bare "加" a word of about or in all must lead
#: the figure ("房租两千 饭钱一千 加水电 大概四千", not "加油 五百", fuel and its own figure);
#: a closing "就这样吧" may follow it, and after the break "a month" may lead it ("房租八百 加上
#: 孩子上学 一个月两千左右吧").
_ITEMS_ADDED_THEN_THE_TOTAL_ZH = re.compile(
    r"(?:加上[^0-9一二两三四五六七八九十 ,\uff0c]{2,8}?"
    r"(?:[ ,\uff0c]+(?:一个月|每个月|每月)?(?:差不多|大概|大约|估计|一共|总共|合计|加起来)?"
    r"|差不多|大概|大约|估计|一共|总共|合计|加起来)"
    r"|加(?![上油班起到完])[^0-9一二两三四五六七八九十 ,\uff0c]{2,6}?[ ,\uff0c]*"
    r"(?:差不多|大概|大约|估计|一共|总共|合计|加起来))"
    rf"({_FIGURE_ZH})(?:块钱?|元)?(?:左右|上下)?(?:吧|啊)?"
    r"[ ,.!\uff0c\u3002]*(?:就(?:这样|这么多|这些)(?:了|吧)?[ ,.!\uff0c\u3002]*)?$"
)


def _only_the_total_after_items_added_zh(folded: str) -> str:
    """``folded`` with all before the total blanked (see :data:`_ITEMS_ADDED_THEN_THE_TOTAL_ZH`)
    where the total is more than the figures said before it: the parts are inside it."""
    added = _ITEMS_ADDED_THEN_THE_TOTAL_ZH.search(folded)
    if not added:
        return folded
    before = [n for n in numbers_in(folded[: added.start()], "zh") if n.unit is None and n.strong]
    total = [n for n in numbers_in(folded[added.start(1) :], "zh") if n.unit is None and n.strong]
    if (
        not before
        or len(total) != 1
        or total[0].value is None
        or any(n.value is None for n in before)
        or sum(n.value for n in before if n.value is not None) >= total[0].value
    ):
        return folded
    return " " * added.start(1) + folded[added.start(1) :]


#: At the spending, all said to be gone once an item is paid, and that item's figure the only
#: one: "交完房租基本不剩啥", "还完房贷就剩不下了" (the month's spending is not said).
_ALL_GONE_ON_AN_ITEM_ZH = re.compile(
    r"(?:交完|交了|付完|还完|扣完|一交)(?:房租|房贷|车贷|月供)[^0-9一二两三四五六七八九十]{0,6}?"
    r"(?:不剩|没剩|剩不下|剩不了|啥也不剩|什么都不剩)"
)


def _only_items_figures_zh(folded: str) -> bool:
    """Whether every figure in ``folded`` is said right after its item ("房租两千"): no bare
    figure of the whole."""
    said = [n for n in numbers_in(folded, "zh") if n.unit is None and n.strong]
    return bool(said) and all(_AN_ITEM_BEFORE_A_PART_ZH.search(folded, 0, n.start) for n in said)


#: A bookkeeping app's month pasted whole, "收入 … 支出 … 结余 …": the lines not asked, each a
#: label and its figure. At income the spending and what is left are no pay; at the spending
#: the income and what is left are none ("记账本 9月 收入 5,400 支出 3,980 结余 1,420").
_AN_APPS_LINE_NOT_INCOME_ZH = re.compile(
    r"(?:支出|结余|结存)(?:合计|总额)?[ :]{0,2}[¥$]? ?[0-9一二两三四五六七八九十]"
    r"[0-9,一二两三四五六七八九十百千万零]*(?:\.[0-9]{1,2})?"
)
_AN_APPS_LINE_NOT_SPENDING_ZH = re.compile(
    r"(?:收入|结余|结存)(?:合计|总额)?[ :]{0,2}[¥$]? ?[0-9一二两三四五六七八九十]"
    r"[0-9,一二两三四五六七八九十百千万零]*(?:\.[0-9]{1,2})?"
)


#: A figure a paper, an app or another person states ("证明上写", "记账本上写的是", "我老婆说"),
#: then said at once not to be the right one ("那是为了办贷款开高了", "那是三年前的", "那是她记
#: 岔了", "那是我们俩人的"): the stated figure and the reason are set aside where the cardholder
#: names another figure after (the real one, today's, the own part).
_A_STATED_FIGURE_DISOWNED_ZH = re.compile(
    r"(?:说|写|写的是|写着|显示)[^ ,.;!?\uff0c\u3002]{0,8}?"
    r"[0-9一二两三四五六七八九十][0-9,.一二两三四五六七八九十百千万零]*(?:块钱?|元)?[ ,\uff0c]{1,2}"
    r"那(?:个)?(?:是|都是)[^ ,.;!?\uff0c\u3002]{1,16}"
)


#: A figure another person, an adviser or an app works out ("会计说我平均…", "顾问算的…", "app
#: 算的是…", "网上说我们这行…"), then doubted by the cardholder: "我觉得没那么多", "我觉得多了",
#: "太多了", "我做得没那么好". The own figure is not said (at most a bound, "都不到四千"): asked
#: again, the doubted figure not taken.
_A_STATED_FIGURE_DOUBTED_ZH = re.compile(
    r"(?:说|算的是?|显示)[^ ,.;!?\uff0c\u3002]{0,10}?"
    r"[0-9一二两三四五六七八九十][0-9,.一二两三四五六七八九十百千万零]*(?:块钱?|元)?"
    r"[^.;!?\u3002]{0,12}?(?:没那么(?:多|好|高)|(?:觉得|感觉)(?:太|有点|偏)?(?:多了|高了)|太多)"
)


#: Before a figure after the doubt, a bound of it, not the own figure: "都不到四千".
_A_BOUND_BEFORE_ZH = re.compile(r"(?:不到|没到|不超过|没超过)$")


def _a_stated_figure_doubted_zh(folded: str) -> bool:
    """Whether a figure worked out by another is doubted and no own figure follows (see
    :data:`_A_STATED_FIGURE_DOUBTED_ZH`); a bound after it ("都不到四千") is no own figure."""
    doubted = _A_STATED_FIGURE_DOUBTED_ZH.search(folded)
    if doubted is None:
        return False
    after = numbers_in(folded[doubted.end() :], "zh")
    return all(
        _A_BOUND_BEFORE_ZH.search(folded, 0, doubted.end() + n.start) for n in after if n.value
    )


#: At the end, one figure held to be the right one among those said: "app上两千七 我算的两千五
#: 我觉得两千五对", "…我看还是三千准" (the cardholder picks; the others are set aside).
_THE_FIGURE_HELD_RIGHT_LAST_ZH = re.compile(
    r"(?:我觉得|我认为|我看|我估计)(?:还是|应该是)?"
    r"([0-9一二两三四五六七八九十][0-9,.一二两三四五六七八九十百千万零]*)"
    r"(?:块|元)?(?:才|比较|更)?(?:对|准)(?:的|吧|些|一些|点)?[ ,.!?\u3002]*$"
)


#: A figure of the card itself, the one this talk is about, said beside the answer: what is owed
#: or overdue on it, its minimum payment or what the bank asks a month ("欠你们两万三 我工资四千",
#: "逾期金额五千多 每月花两千", "那个九百的最低还款我给不起 其他贷款三千", "你们的是八百 别的一千
#: 六", "你们每个月要两千 我房租一千"). Never the answer asked (blanked where a figure is left).
_THE_CARDS_OWN_FIGURE_ZH = re.compile(
    r"(?:(?:欠你们|你们这张(?:卡)?欠|逾期金额|你(?:刚才|们)?说(?:的)?欠款)(?:的)?(?:是|有|了)?"
    rf"{_FIGURE_35_ZH}"
    rf"|(?:你们(?:上面)?(?:说的)?(?:那个)?)?{_FIGURE_35_ZH}(?:块钱?|元)?(?:的|是)(?:你们的)?"
    r"最低还款(?:额)?"
    rf"|你们的(?:最低(?:还款)?)?是{_FIGURE_35_ZH}"
    rf"|你们每个?月要{_FIGURE_35_ZH})(?:块钱?|元)?"
)


#: The own pay said first, as the start of an answer about the spending: "工资三千五 房租一千 吃饭
#: 八百", "我挣五千 花四千二". The spending is what follows; the pay is no item of it (blanked
#: where a figure is left; a pay said later in the list may be someone's wage paid, "保姆工资").
_THE_PAY_SAID_FIRST_ZH = re.compile(
    r"^(?:我)?(?:的)?(?:一个月|每个?月)?(?:工资|月薪|收入|挣|赚|到手)(?:了)?(?:是|有|就|才)?"
    rf"{_FIGURE_35_ZH}(?:块钱?|元)?(?= )"
)


#: The month's figure the person works out themselves from a longer span's, said last: "一个季度
#: 两万一 平均到每个月七千", "一年挣了六万 按十二个月摊 一个月五千", "我自己折了下一个月八千",
#: "一周九百 我算一个月按四周半 四千零五十". That figure is the answer; the span's is set aside
#: (at income only: at expenses "跟室友平摊 一个月三百" is a share, "另外算" an item apart).
_THE_MONTH_WORKED_OUT_LAST_ZH = re.compile(
    r"(?:平均|摊|折|(?:自己|我)算)[^ ,.;!?\u3002]{0,8}? ?(?:到)?(?:每个?月|一个月)"
    r"(?:也就|就|是|有|能|才|按[^ ,.;!?\u3002]{1,4})? ?"
    rf"({_FIGURE_ZH})(?:块钱?|元)?(?:左右|的样子)?[ ,.!?\u3002]*"
    # (who did the sum told after it: "…平均每个月也就一千五 我跟我爸一起算的")
    r"(?:(?:我|俺|我们|俺们)[^0-9 ,.;!?\u3002]{0,8}?算的[ ,.!?\u3002]*)?$"
)


#: At income, the month's average said last, then that some months come in under or over it:
#: "活不固定 平均一个月两千吧 有时候少点" (the average is the month's figure, the months either
#: side of it what makes it one; a range, "平均六七千", is still asked again).
_AN_AVERAGE_SOME_MONTHS_LESS_ZH = re.compile(
    r"平均(?:下来)?(?:每个?月|一个月)(?:有|是|能有|大概)?"
    rf"({_FIGURE_ZH})(?:块钱?|元)?(?:左右)?(?:吧)?[ ,\uff0c]*"
    r"有时(?:候)?(?:会)?(?:更|还|再)?(?:少|多|低|高)(?:点|一点|些|一些)?[ ,.!?\uff0c\u3002]*$"
)


#: At income, a debt's monthly payment said beside the pay: "月收入四千二 另外网贷每月还要还六百",
#: "车贷每月一千九是我在还". Money going out, never summed in with the pay (blanked where a figure
#: is left; not "车贷六千 剩下一万八是我的", no month nor 还: a cost worked through).
_A_DEBTS_PAYMENT_AT_INCOME_ZH = re.compile(
    r"(?:网贷|房贷|车贷|贷款|借呗|花呗|白条)"
    r"(?:(?:每个?月|一个月|月供)(?:还要|要|得|都)?还?|(?:还要|要|得|都)?还)(?:款)?"
    rf"(?:是|有)?{_FIGURE_ZH}(?:块钱?|元)?"
)


#: At income, a ticket's price a head beside the pay: "门票一人六十 我按趟拿钱 … 上个月打了四千",
#: "车票每张十五". A price the customer pays, not the own month (blanked where a figure is left).
_A_TICKETS_PRICE_A_HEAD_ZH = re.compile(
    rf"票(?:价)?(?:是)?(?:一|每)(?:人|位|张|个人)(?:是|收)?{_FIGURE_ZH}(?:块钱?|元)?"
)


#: At income, the pay the boss settles on, said last: "这个月活少 老板说统一按四千二发". The
#: month's pay as it is now; the figures before it (last month's, the base) are set aside.
_THE_PAY_SET_AT_LAST_ZH = re.compile(
    rf"(?:统一|都|就|先)?按({_FIGURE_ZH})(?:块钱?|元)?(?:发|给|结)(?:了|吧)?[ ,.!?\u3002]*$"
)


#: A whole said to hold the card's own payment ("每月两千六 里面包括还你们的最低九百", "一共三千
#: 包括你们那张的最低还款"): the rest, the figure asked, is not said (not "不包括": left out).
_A_WHOLE_WITH_THE_CARDS_PART_ZH = re.compile(
    r"(?<![不没])(?:包括|包含)(?:了)?(?:还)?你们(?:的|那张|这张)"
)


#: At expenses, a bill paid every two or three months, its figure for that span, beside others:
#: "燃气费两个月九十 电费一个月一百五". Not turned monthly by the person: asked again.
_A_BILL_EVERY_FEW_MONTHS_ZH = re.compile(
    r"(?:水费|电费|燃气费?|气费|物业费?|网费|宽带|暖气费?)(?:每|是)?(?:两|三|2|3)个月"
    rf"(?:交|缴)?(?:一次)?(?:是|要)?{_FIGURE_ZH}"
)


#: At counter, a figure said to be hard even so ("八百都难", "五百都够呛"): no offer of it.
_A_FIGURE_EVEN_SO_HARD_ZH = re.compile(
    rf"{_FIGURE_ZH}(?:块钱?|元)?(?:都|也)(?:难|够呛|悬|拿不出|还不上|还不起)"
)


#: At counter, the card's minimum as the bank said it: "你们说的最低一千二".
_THE_MINIMUM_SAID_BY_THE_BANK_ZH = re.compile(
    rf"你们(?:说的|要的?)最低(?:还款)?(?:是)?{_FIGURE_ZH}(?:块钱?|元)?"
)


#: At counter, a season named where nothing can be paid: "农忙每月还一千 冬天一分都还不了". The
#: offer holds for part of the year only: asked again.
_NOTHING_PAYABLE_IN_A_SEASON_ZH = re.compile(
    r"(?:冬天|夏天|淡季|农闲|闲的时候|没活的时候)[^0-9.;!?\u3002]{0,6}?"
    r"(?:一分(?:钱)?)?(?:都|也)?还不(?:了|上|起)"
)


#: Another debt's figure to be looked up, none said after: "还有个借呗 多少我得去看一下" (the
#: month's sum not known; not "…我得看看 看了是三百": found and said).
_A_DEBTS_FIGURE_TO_LOOK_UP_ZH = re.compile(
    r"多少(?:钱)?(?:我)?(?:得|要|还得)(?:去)?(?:看|查|翻)(?:一下|一眼|看)"
    rf"{_NO_FIGURE_AFTER_ZH}"
)


def _without_a_cost_after_the_pay_zh(folded: str) -> str:
    """Asked for the income, ``folded`` with a cost's figure blanked where it is said after the
    pay named with its own: "月薪四千二 房贷就要一千六", "工资五千 开销三千多" (the cost is the
    reason the month is tight, the pay before it is the answer). A rent coming in ("房租收入",
    "收房租") is income and kept; a cost said alone is left as it was (asked again, see
    :func:`_the_one_figure_of_another_kind_zh`)."""
    pay = _THE_PAYS_FIGURE_ZH.search(folded)
    if pay is None or _A_RENT_COMING_IN_ZH.search(folded):
        return folded
    cost = _A_COSTS_FIGURE_ZH.search(folded, pay.end())
    if cost is None or folded[cost.start() - 1 : cost.start()] == "收":  # "收房租六百": income
        return folded
    return folded[: cost.start()] + " " * (cost.end() - cost.start()) + folded[cost.end() :]


def _a_short_fallback_offer_zh(folded: str) -> bool:
    """Whether an offer is followed by a fallback offer said short (see
    :data:`_A_SHORT_FALLBACK_OFFER_ZH`), a figure before it: two offers, none settled on."""
    fallback = _A_SHORT_FALLBACK_OFFER_ZH.search(folded)
    return fallback is not None and bool(_A_NUMBER_IN.search(folded, 0, fallback.start()))


def _set_aside_beside_the_months_answer_zh(
    folded: str, asked: str, owed: bool
) -> str | AmountReading:
    """Chinese: the month's answer among a longer span's, a debt's payment at income, a ticket's
    price, the card's part inside a whole, a bill every few months, an offer hard even so (see
    the patterns above): the text with what is no answer blanked, or the reading when unclear."""
    spread = "均" in folded or "摊" in folded or "折" in folded or "算" in folded
    if asked == "income" and spread and (worked := _THE_MONTH_WORKED_OUT_LAST_ZH.search(folded)):
        folded = " " * worked.start(1) + folded[worked.start(1) :]  # "平均到每个月六千"
    if (
        asked == "income"
        and "平均" in folded
        and (mean := _AN_AVERAGE_SOME_MONTHS_LESS_ZH.search(folded))
    ):
        folded = " " * mean.start(1) + mean[1] + " " * (len(folded) - mean.end(1))  # "有时更少"
    if asked == "income" and ("贷" in folded or "借呗" in folded or "花呗" in folded):
        debts = _A_DEBTS_PAYMENT_AT_INCOME_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = debts if _A_NUMBER_IN.search(debts) else folded  # "网贷每月还要还七百"
    if asked == "income" and ("房" in folded or "销" in folded):  # "工资3600 房租就要1500"
        folded = _without_a_cost_after_the_pay_zh(folded)
    if asked == "income" and "票" in folded:  # "船票一人八十": the customer's price
        price = _A_TICKETS_PRICE_A_HEAD_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = price if _A_NUMBER_IN.search(price) else folded
    if asked == "income" and "按" in folded and (pay := _THE_PAY_SET_AT_LAST_ZH.search(folded)):
        folded = " " * pay.start(1) + folded[pay.start(1) :]  # "老板说统一按四千六发"
    if (
        "包" in folded
        and (asked == "expenses" or owed)
        and "你们" in folded
        and _A_WHOLE_WITH_THE_CARDS_PART_ZH.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "里面包括还你们的最低八百"
    if (
        asked == "expenses"
        and "个月" in folded
        and not ("平均" in folded or "摊" in folded or "合" in folded)
        and _A_BILL_EVERY_FEW_MONTHS_ZH.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "水费两个月一百二"
    if owed and "多少" in folded and _A_DEBTS_FIGURE_TO_LOOK_UP_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "借呗多少我得去看一下"
    if asked == "counter" and "还不" in folded and _NOTHING_PAYABLE_IN_A_SEASON_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "冬天一分都还不了"
    if asked == "counter" and ("都" in folded or "也" in folded):  # "一千都难": no offer
        hard = _A_FIGURE_EVEN_SO_HARD_ZH.sub(lambda m: " " * len(m[0]), folded)
        if hard != folded:
            hard = _THE_MINIMUM_SAID_BY_THE_BANK_ZH.sub(lambda m: " " * len(m[0]), hard)
            if not _A_NUMBER_IN.search(hard):  # (another figure left is read as before)
                return AmountReading(None, AmountProblem.AMBIGUOUS)  # "最低一千五 我一千都难"
    return folded


#: At the own offer, after the monthly figure offered, how it is paid between a helper and the
#: cardholder: "每个月还七百 我哥帮我出两百 我自己出五百", "还九百吧 家里替我还四百 自己五百".
_AN_OFFER_SPLIT_WITH_A_HELPER_ZH = re.compile(
    r"(?<=\W)[\u4e00-\u9fff]{0,6}?(?:帮|替)我(?:出|还|付|交|掏)了?"
    r"(?:[0-9][0-9.,]*|[一二两三四五六七八九十百千万]+)(?:块钱?|元)?\W{1,2}"
    r"(?:我)?自己(?:出|还|付|交|掏)?了?(?:[0-9][0-9.,]*|[一二两三四五六七八九十百千万]+)(?:块钱?|元)?"
)


#: At the own offer, a helper said to put in a part with no figure, or how much said not to be
#: known: "我自己能出三百 我妈说帮我出点 不知道她出多少", "我哥帮我凑一些" (the month's offer is
#: not known: asked again; not "我妈再帮我出三百": a figure of the helper's).
_A_HELPERS_PART_UNSAID_ZH = re.compile(
    r"(?:帮|替)我(?:出|还|凑|添|补|垫)(?:一)?(?:点儿?|些)(?![0-9一二两三四五六七八九十百千])|"
    r"不知道(?:她|他|他们|她们|家里)(?:能|会)?(?:出|给|帮|还)多少|"
    r"(?:她|他|他们|她们)(?:能|会)?(?:出|给)多少(?:我)?(?:不知道|还不知道|不一定|说不好|不好说|"
    r"(?:还|都)?(?:没问|没问过|没定|没商量))"
)


#: The own part of an offer said as such, before a helper's: "我自己能出三百", "我出五百" (not
#: "一个月三百行吗 … 他说每个月帮我出一点": the offer is the whole, the son's help how it is met).
_THE_OWN_PART_SAID_ZH = re.compile(r"(?:自己|(?<![帮替给])我)(?:每个?月)?(?:能|可以|就)?出")


def _without_an_offers_split_zh(folded: str) -> str:
    """``folded`` without the helper's and the own part of the one figure offered before them
    (see :data:`_AN_OFFER_SPLIT_WITH_A_HELPER_ZH`), where the two add up to it: the bank is paid
    the whole each month, whoever puts in what ("还一千 我姐帮我出四百 我自己六百" offers 1000,
    not the own 600). Parts that do not add up to it are left as they are."""
    split = _AN_OFFER_SPLIT_WITH_A_HELPER_ZH.search(folded)
    if split is None:
        return folded
    offered = [n for n in numbers_in(folded[: split.start()], "zh") if n.unit is None and n.strong]
    parts = [n for n in numbers_in(split[0], "zh") if n.unit is None and n.strong]
    if len(offered) != 1 or len(parts) != 2 or offered[0].value is None:
        return folded
    if parts[0].value is None or parts[1].value is None:
        return folded
    if parts[0].value + parts[1].value != offered[0].value:
        return folded
    return folded[: split.start()] + " " * len(split[0]) + folded[split.end() :]


#: A word back to an earlier step's answer, starting its clause: "上面说的", "刚才那", "头先讲",
#: "上一个" (the question before). Said after this step's own figure, what follows is a late word
#: on that answer ("两千八 哦对了 上面说的两千四是到手的"), no part of this one.
_AN_EARLIER_STEPS_WORD_ZH = re.compile(
    r"(?:^|(?<=[ ,.;!?\uff0c\u3002]))(?:(?:对了|哦|哦对了|仲有|还有)\W*)?"
    r"(?:上面|上一个|上一题|上个问题|头先|頭先|刚才(?=那|说的|讲的))"
)


#: An earlier step's answer said to be wrong, by the step ("上一个我说错了", "上面写错了") or by
#: the kind of money it asked ("刚才吃饭的说错了" at the other debts): what follows corrects it.
_AN_EARLIER_ANSWER_PUT_RIGHT_ZH = {
    asked: re.compile(
        rf"(?:上一个|上一题|上个问题|上面|刚才(?:{kinds})[^ ,.;!?]{{0,4}}?)(?:那个|的)?我?"
        r"(?:说|讲|講|写|填|打)错"
    )
    for asked, kinds in (
        ("income", "上一个"),
        ("expenses", "工资|收入|到手"),
        ("other_debts", "工资|收入|到手|吃饭|房租|开销|开支|支出|花销"),
    )
}


def _a_figure_in_zh(text: str) -> bool:
    """Whether ``text`` holds a figure of money (not the "一" of "等一下" or "一个月")."""
    return any(n.unit is None and n.strong for n in numbers_in(text, "zh"))


def _set_aside_an_earlier_steps_word_zh(folded: str, asked: str) -> str | AmountReading:
    """``folded`` without a late word on an earlier step after this one's figure (see
    :data:`_AN_EARLIER_STEPS_WORD_ZH`); asked again where the message only puts an earlier
    answer right ("上一个我讲错了 是三千二": that step's figure, not this one's)."""

    put_right = _AN_EARLIER_ANSWER_PUT_RIGHT_ZH[asked].search(folded)
    if (
        put_right
        and _a_figure_in_zh(folded[put_right.end() :])
        and not _a_figure_in_zh(folded[: put_right.start()])
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)
    for word in _AN_EARLIER_STEPS_WORD_ZH.finditer(folded):
        if _a_figure_in_zh(folded[: word.start()]):
            return folded[: word.start()] + " " * (len(folded) - word.start())
    return folded


#: A figure's next place typed after a space, the message's last word: "四千 五", "一千 五 左右"
#: (4,500 with a space in it, or 4,000 and a five of something; not "四千 五口人", a count).
_THE_NEXT_PLACE_AFTER_A_SPACE_ZH = re.compile(
    r"[一二两三四五六七八九十][百千万] [一二三四五六七八九]"
    r"(?= ?(?:左右|上下|吧|啊|呢|的样子)? ?(?:[,.;!?\u3002]|$))"
)


#: A figure counted, said as so many of it, maybe after the one figure denied: "一共三千, 不是一千五
#: 哈, 是两个一千五", "房租吃饭两个一千五" (twice 1,500; not "两个月", "装了二十四个 两千").
_A_FIGURE_COUNTED_ZH = re.compile(
    rf"(?:不是 ?{_FIGURE_35_ZH}[^ ,.;!?0-9一二两三四五六七八九]{{0,2}}[ ,\uff0c]{{0,2}})?"
    r"(?:而是|就是|是)?(?<![0-9一二两三四五六七八九十])(?:两|俩|三|仨|四)个"
    rf"(?P<figure>{_FIGURE_35_ZH})(?=$|[ ,.;!?]|块|元|哈|吧|呀|啊|的)"
)


#: The month's sum left to the one who pays or is paid: "欠船老板的钱 从工资里扣 扣多少看他",
#: "欠我哥三千 每个月还多少看他", "提成给多少看老板心情". No month's figure is the
#: cardholder's to give: asked again, whatever balance or other figure is beside it.
_THE_SUM_LEFT_TO_ANOTHER_ZH = re.compile(
    r"(?:扣|还|给|发|交|付)多少(?:钱)?(?:都|就|全)?(?:得|要)?(?:看|由|听|随)(?:他|她|老板|人家|"
    r"对方|他们|心情)"
)


#: At the other debts, what someone else borrowed, told as a warning or a story, with what it grew
#: to: "我表弟借了五千 利滚利滚到三万多", "我同事去年贷了两万网贷" (no debt of the cardholder's;
#: not "跟朋友借了五千", "朋友借了我三千", "朋友借了五千给我": the cardholder's own loan).
_ANOTHERS_BORROWING_ZH = re.compile(
    r"(?:^|(?<=[\s,;]))(?:我(?:的)?)?(?:表弟|表哥|表姐|表妹|堂弟|堂哥|堂姐|堂妹|朋友|同事|邻居|同学|"
    r"老乡|发小|哥们|工友)(?:他|她)?(?:之前|以前|去年|前年)?(?:也)?(?:在网上)?(?:借了|贷了|欠了)"
    rf"(?:网贷|高利贷|钱)?{_FIGURE_35_ZH}(?:块钱?|元)?(?:的)?(?:网贷|高利贷)?"
    r"(?![0-9一二两三四五六七八九十百千万]| ?(?:给我|借给我|借我))"
    rf"(?:[ ,]{{1,2}}[^ ,.;!?0-9]{{0,8}}?(?:滚到|涨到|变成|翻到|滚成)了?{_FIGURE_35_ZH}多?)?"
)


#: How many of the figure each count word says.
_HOW_MANY_ZH = {"两": 2, "俩": 2, "三": 3, "仨": 3, "四": 4}


def _without_a_figure_counted_zh(folded: str) -> str | None:
    """``folded`` with a figure said as so many of it blanked where the product is a figure said
    beside it ("伙食费1500, 房租1500, 一共三千, 不是一千五哈, 是两个一千五": the total said again,
    the denied "一千五" with it); ``None`` where it is no other figure said (how many times the
    figure is meant is the cardholder's to say: "房租一千五 吃饭也一千五 两个一千五" was read as
    1,500). Unchanged with no figure counted."""
    counted = _A_FIGURE_COUNTED_ZH.search(folded)
    if counted is None:
        return folded
    figures = [n for n in numbers_in(counted["figure"], "zh") if n.unit is None]
    if len(figures) != 1 or figures[0].value is None:
        return None
    count_word = folded[counted.start("figure") - 2]
    product = figures[0].value * _HOW_MANY_ZH[count_word]
    rest = folded[: counted.start()] + " " * len(counted[0]) + folded[counted.end() :]
    said = {n.value for n in numbers_in(rest, "zh") if n.unit is None}
    return rest if product in said else None


def _set_aside_others_figures_zh(reading: _AmountBeingRead) -> AmountReading | None:
    """Chinese: blanks others' figures and the best month ever, none the own; asks again a
    figure whose next place was typed after a space."""
    if reading.language != "zh":
        return None
    asked = reading.asked
    folded = reading.folded
    owed = reading.owed
    if " " in folded and _THE_NEXT_PLACE_AFTER_A_SPACE_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "四千 五": not 4,000
    if "多少" in folded and _THE_SUM_LEFT_TO_ANOTHER_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "从工资里扣 扣多少看他"
    if "个" in folded and asked in ("income", "expenses", "other_debts", "counter"):
        counted = _without_a_figure_counted_zh(folded)
        if counted is None:
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "两个一千五" of nothing said
        folded = counted
    if asked in ("income", "expenses", "other_debts") and (
        "上" in folded or "刚才" in folded or "头先" in folded or "頭先" in folded
    ):  # "三千五 上面说的两千四是到手的", "上一个我说错了 是两千三": of an earlier step
        earlier = _set_aside_an_earlier_steps_word_zh(folded, asked)
        if isinstance(earlier, AmountReading):
            return earlier
        folded = earlier
    if ("对" in folded or "准" in folded) and (
        held := _THE_FIGURE_HELD_RIGHT_LAST_ZH.search(folded)
    ):
        folded = " " * held.start(1) + folded[held.start(1) :]  # "我觉得两千五对": that one
    if asked in ("income", "expenses") and "结" in folded and "收入" in folded and "支出" in folded:
        lines = _AN_APPS_LINE_NOT_INCOME_ZH if asked == "income" else _AN_APPS_LINE_NOT_SPENDING_ZH
        left = lines.sub(lambda m: " " * len(m[0]), folded)  # "收入 5,400 支出 3,980 结余 1,420"
        folded = left if _A_NUMBER_IN.search(left) else folded
    if (
        asked in ("income", "expenses")
        and ("那是" in folded or "那个是" in folded or "那都是" in folded)
        and _A_STATED_FIGURE_DISOWNED_ZH.search(folded)
    ):  # "证明上写八千 那是为了贷款开高了 真实的四千五": the stated one set aside
        left = _A_STATED_FIGURE_DISOWNED_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = left if _A_NUMBER_IN.search(left) else folded
    if asked in ("income", "expenses", "other_debts") and (
        theirs := _ANOTHERS_FIGURE_SAID_FIRST_ZH.match(folded)
    ):  # "我同学在杭州一个月一万 我这边四千": the friend's figure no part of the own
        rest = folded[theirs.end() :]
        own_figures = [n for n in numbers_in(rest, "zh") if n.unit is None and n.strong]
        if "我" in rest and own_figures:
            folded = " " * theirs.end() + rest
        elif "我" in rest and _THE_SAME_AS_THEIRS_ZH.search(rest):
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "同事四千 我也差不多"
    if (
        asked == "counter"
        and ("不" in folded or "太" in folded)
        and _A_FIGURE_PUT_TO_THEM_REFUSED_ZH.search(folded)
    ):  # "信上说的两千我做不到 能不能少点": no offer of theirs
        folded = _A_FIGURE_PUT_TO_THEM_REFUSED_ZH.sub(lambda m: " " * len(m[0]), folded)
        if not _A_NUMBER_IN.search(folded):
            return AmountReading(None, AmountProblem.AMBIGUOUS)
    if (
        asked == "expenses"
        and ("如" in folded or "要是" in folded or "假" in folded)
        and _A_SAVING_IF_ZH.search(folded)
    ):  # "如果搬回家住 一个月能少花一千五": a saving not yet real
        folded = _A_SAVING_IF_ZH.sub(lambda m: " " * len(m[0]), folded)
        if not _A_NUMBER_IN.search(folded):
            return AmountReading(None, AmountProblem.AMBIGUOUS)
    if (
        asked == "counter"
        and ("如" in folded or "要是" in folded or "假" in folded)
        and _AN_OFFER_IF_GRANTED_BEFORE_THE_ONE_NOW_ZH.search(folded)
    ):  # "要是能免息 我能还一千 现在这样 六百": the offer now is the one
        folded = _AN_OFFER_IF_GRANTED_BEFORE_THE_ONE_NOW_ZH.sub(lambda m: " " * len(m[0]), folded)
    if asked == "expenses" and "里面有" in folded and _A_PART_INSIDE_THE_WHOLE_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…里面有看病的九百"
    if (
        asked == "income"
        and "少" in folded
        and ("原来" in folded or "以前" in folded or "之前" in folded or "本来" in folded)
        and _only_a_drop_and_the_old_pay_zh(folded)
    ):  # "原来五千 现在少了六百": the pay now not worked out
        return AmountReading(None, AmountProblem.AMBIGUOUS)
    if asked == "income" and ("以前" in folded or "原来" in folded or "之前" in folded):
        before = _THE_OLD_PAY_SAID_LAST_ZH.search(folded)  # "…加起来三千八 以前能拿五千多"
        now = folded[: before.start()] if before else ""
        if before and _A_NUMBER_IN.search(now) and not _A_DROP_OR_A_RISE_ZH.search(now):
            folded = now + " " * (len(folded) - len(now))
    if asked == "income" and (spouses := _THE_SPOUSES_PAY_SAID_FIRST_ZH.match(folded)):
        own = (folded[spouses.end() :].split(maxsplit=1) or [""])[0]
        figures = [n for n in numbers_in(own, "zh") if n.unit is None and n.strong]
        if "我" in own and figures and all(n.part for n in figures):
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "老婆五千 我三千多": not hers
    if (
        asked in ("income", "expenses")
        and ("建议" in folded or "应该" in folded)
        and _only_a_figure_advised_zh(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "理财师建议我每月花三千": no own
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
    if owed and ("还" in folded or "月供" in folded) and ("欠" in folded or "借" in folded):
        repaid = _A_BALANCE_NOT_REPAID_MONTHLY_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = repaid if _A_NUMBER_IN.search(repaid) else folded  # "两万不用按月还"
    if (
        reading.offer
        and "多少还多少" in folded
        and ("工资" in folded or "收入" in folded or "到手" in folded or "房租" in folded)
        and not _AN_OFFERS_FIGURE_ZH.search(folded)
    ):  # "有多少还多少 工资三千八 房租一千二": whatever can be paid, the figures only the pay
        # and costs it comes out of; no amount offered (one said as paid stays: "…先还五百")
        return AmountReading(None, AmountProblem.AMBIGUOUS)
    if owed and "了" in folded and _ANOTHERS_BORROWING_ZH.search(folded):
        folded = _ANOTHERS_BORROWING_ZH.sub(lambda m: " " * len(m[0]), folded)  # "我表弟借了五千"
    if owed and "下" in folded and _NEXT_MONTHS_PAYMENT_NOT_KNOWN_ZH.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "这个月还了九百 下个月不知道"
    if owed and ("还" in folded or "不算" in folded):  # "房贷三千 同学借的不急着还": kept
        unpaid = _A_DEBT_WITH_NO_MONTHLY_PAYMENT_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = unpaid if _A_NUMBER_IN.search(unpaid) else folded
    if asked == "income" and "最" in folded and "过" in folded:  # "最好的时候挣过八千"
        most = _THE_MOST_EVER_BESIDE_ANOTHER_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = most if _A_NUMBER_IN.search(most) else folded
    if asked == "income" and "算" in folded and "不" in folded:  # "小费不固定 那个别算"
        folded = _AN_UNFIXED_EXTRA_SET_ASIDE_ZH.sub(lambda m: " " * len(m[0]), folded)
    if asked == "income" and "补发" in folded and "平时" in folded:  # "…补发了上个月的 平时…"
        folded = _THIS_MONTH_WITH_BACK_PAY_BEFORE_THE_USUAL_ZH.sub(
            lambda m: " " * len(m[0]), folded
        )
    if (
        ("没那么" in folded or "多了" in folded or "太多" in folded or "高了" in folded)
        and asked in ("income", "expenses", "counter")
        and _a_stated_figure_doubted_zh(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "顾问算的三千一 我觉得多了"
    if (
        reading.offer
        and asked in ("", "counter")
        and ("才" in folded or "贷" in folded or "加起来" in folded)
    ):  # "我一个月才两千 哪拿得出", "房贷一千五压得我够呛", "跟花呗加起来九百": no offer
        said = _NO_OFFERS_FIGURE_ZH.sub(lambda m: " " * len(m[0]), folded)
        if said != folded and not _a_figure_in_zh(said):
            return AmountReading(None, AmountProblem.AMBIGUOUS)
        folded = said
    if asked == "income" and ("花" in folded or "要" in folded):  # "…吃饭一个月就要一千五"
        costs = _A_COST_SAID_AFTER_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = costs if _a_figure_in_zh(costs) else folded
    # (an offer read at the options is asked as the counter: "都还不起 底薪才两千", no offer)
    mine = asked or ("counter" if reading.offer else "")
    if mine in ("income", "expenses", "counter") and _the_one_figure_of_another_kind_zh(
        folded, mine
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "工资才三千 你们说呢": no offer
    if (
        asked == "counter"
        and ("帮我" in folded or "替我" in folded or "出多少" in folded)
        and _A_HELPERS_PART_UNSAID_ZH.search(folded)
        and _THE_OWN_PART_SAID_ZH.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "我妈说帮我出点 不知道她出多少"
    if asked == "counter" and "帮" in folded and "自己" in folded:  # "还七百 我哥帮我出两百 …"
        folded = _without_an_offers_split_zh(folded)
    if asked == "expenses" and "还" in folded and _only_the_pay_spent_on_a_debt_too_zh(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "工资四千 还了花呗 全花光了"
    if asked == "expenses" and (paid := _THE_PAY_SAID_FIRST_ZH.match(folded)):
        spent = " " * paid.end() + folded[paid.end() :]
        if [n for n in numbers_in(spent, "zh") if n.unit is None and n.strong]:
            folded = spent  # "工资四千 房租一千二 …" (not "…花销占六成": no amount left)
    if ("你们" in folded or "逾期" in folded or "最低还款" in folded) and (
        _THE_CARDS_OWN_FIGURE_ZH.search(folded)
    ):
        cards = _THE_CARDS_OWN_FIGURE_ZH.sub(lambda m: " " * len(m[0]), folded)
        folded = cards if _A_NUMBER_IN.search(cards) else folded  # "欠你们两万 工资四千"
    beside = _set_aside_beside_the_months_answer_zh(folded, asked, owed)
    if isinstance(beside, AmountReading):
        return beside
    reading.folded = beside
    return None


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
    r"[一二两三四五六七八九十几0-9]{1,3}亩(?!(?<=一亩)(?:给|是|收|算)?[0-9一二两三四五六七八九十])|"
    # "一块" said for together, no yuan: "跟我姐一块儿过", "五口人住一块", "加一块六千" (all of
    # them added together), "水电煤气加一块 一个月一千八" (the clause ends after it, a figure
    # follows; not "加一块儿 我晚点算算", no figure yet). Not "一块钱", "一块五"; nor money kept
    # together ("钱放一块花"), a household's pooled money, left as it is read.
    r"一块儿(?=住|过|生活|上班|干活|打工|在)|(?<=住)一块儿?(?![钱0-9一二两三四五六七八九十毛])|"
    r"(?<=加)一块(?=[一二两三四五六七八九十]{1,2}[千万])|"
    # "块" counting things, no yuan: "一块电池八百多", "两块瓷砖" (the price after is a thing's)
    r"[一二两三四五六七八九十几]块(?=电池|瓷砖|砖|手表|表|肉|蛋糕|布|地|田|石头|板|玻璃|屏|"
    r"豆腐|肥皂|香皂|面包|饼|手机屏)|"
    r"(?:(?<=加)|(?<=加在))一块儿?(?=[ ,.;!?\uff0c\u3002][^,.;!?\uff0c\u3002]{0,12}?"
    r"[0-9一二两三四五六七八九十])"
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
#: 一千五是一年才发一回的", with its "不算" after it: "年终奖一万二那是一年一次的, 不算" (blanked
#: where another figure is left: the month's said beside it).
_A_FIGURE_ONCE_A_YEAR_ZH = re.compile(
    rf"{_FIGURE_35_ZH}(?:块钱?|元)?(?:的)?[ ,\uff0c]{{0,2}}(?:那|这)?(?:个)?(?:是|就是)?"
    r"(?:一年|每年)(?:就|才|只|也就)?(?:有|发|给|拿)?(?:一次|一回)(?:的)?"
    r"(?:[ ,\uff0c]{0,2}(?:那个|这个)?(?:也|就|都)?(?:不算|别算|不用算)(?:的话)?)?"
)


#: What an earlier year paid, said before this year's: "前年一个月九千 去年换了岗 今年每个月
#: 六千二", "去年活多一个月八千 今年就五千了". This year's is the pay now (blanked up to "今年"
#: when a figure follows it).
_AN_EARLIER_YEAR_BEFORE_THIS_ONE_ZH = re.compile(
    r"(?:前年|去年)[^.;!?\u3002]*?(?=今年[^0-9一二两三四五六七八九]{0,8}[0-9一二两三四五六七八九])"
)


#: A quarter's pay with its figure: "上个季度奖发了六千", "季度绩效一般八千", "提成按季度发 一个
#: 季度一万二". Part of the income, paid each quarter: a month's is not said (the guide asks
#: again, never converts it), whatever monthly figure is beside it.
_A_QUARTERS_PAY_FIGURE_ZH = re.compile(
    r"季度(?:的)?(?:奖金?|绩效|提成|分红|奖励)?(?:也|就|又|还|一般|大概|差不多)?"
    rf"(?:发了|发|给了|给|拿了|拿|是|有)?{_FIGURE_35_ZH}(?![次回个下年月天号])"
)


#: The quarter's pay said to be left out, or its month worked out: "季度绩效我不算进去了", "一个
#: 季度一千五 我没算进去", "一个季度两万一 平均到每个月七千", "除了一下 … 相当于一个月三千二"
#: (the month's figure, or the rest, is the answer).
_A_QUARTERS_PAY_SETTLED_ZH = re.compile(
    r"不算|没算|不计|不稳定|不固定|平均|摊|折合|折下来|算下来|相当于|除(?:了一下|以|下来)"
)


def _a_quarters_pay_counted_zh(folded: str) -> bool:
    """Whether, asked for the income, a pay of each quarter is said with its figure and counted
    in (not left out, no month's worked out from it): the month's whole is then not said,
    however plain the monthly base beside it ("今年起按季度发奖金 每月底薪三千 上个季度奖发了
    六千" is no 3,000: the bonus of last quarter is of every quarter, no pay of a time past)."""
    return bool(_A_QUARTERS_PAY_FIGURE_ZH.search(folded)) and not (
        _A_QUARTERS_PAY_SETTLED_ZH.search(folded)
    )


#: What a season of work paid, said before what comes in now: "采茶季一个月七八千 现在淡季 在
#: 饭店帮工两千", "旺季五千 目前一千八". Now's is the pay now (blanked up to "现在" when a figure
#: follows it; not "一季度", a quarter).
_A_SEASON_BEFORE_NOW_ZH = re.compile(
    r"(?:旺季|淡季|[\u4e00-\u9fff]季(?!度))[^.;!?\u3002]*?"
    r"(?=(?:现在|目前)[^0-9一二两三四五六七八九]{0,8}[0-9一二两三四五六七八九])"
)


#: A part of the pay by the piece, the sales or attendance said not to be known yet, its figure
#: unsaid: "底薪三千 提成下个月才算出来", "两千六加全勤 全勤拿不拿得到还不知道" (the month's whole
#: is not known: asked again).
_A_PART_OF_THE_PAY_NOT_KNOWN_YET_ZH = re.compile(
    r"(?:计件|提成|全勤|绩效|加班费)[^0-9一二两三四五六七八九.;!?\u3002]{0,10}?"
    r"(?:还不知道|不知道|不清楚|说不准|还没(?:结|算|出来|核|定)|才(?:能)?(?:核|算|结|出来|定))"
    rf"{_NO_FIGURE_AFTER_ZH}"
)


#: How much a figure is now or will be, said not to be known yet: "降多少还没通知", "补多少不
#: 知道", "每月多少还没出来", "到手多少要看考勤", "我自己多少没单算过", "学费还不知道多少",
#: "具体数到账了才知道". The month's figure is not known, whatever was said beside it (an old or
#: a gross one): asked again.
_HOW_MUCH_NOT_KNOWN_YET_ZH = re.compile(
    r"多少(?:钱)?[^0-9一二两三四五六七八九.;!?\u3002]{0,10}?(?:还不知道|不知道|不清楚|不确定|"
    r"还没(?:说|定|出来|拿到|通知|下来)|没(?:细|单)?算|等通知|得等|要等|要看|才知道|说不准)|"
    r"不知道(?:是)?多少|具体(?:数字?|金额)[^.;!?\u3002]{0,12}?(?:才知道|不知道|不清楚|还没)"
)


#: The figure asked, or the usual month, said not to be sayable: "收入的话不好说 看活多活少",
#: "过年花得多 平时说不准", "工资说不好", "平常多少我也说不准", the month's own figure said not to
#: be worked out: "每个月是多少我真算不出来", "一个月多少也说不清", or no set figure said as a
#: clause of its own: "…打零工一个月一千多, 没个准数, 我也说不清" (not "奖金没个准数": one item's).
#: Whatever figure is said beside it (a debt, one month's, a season's) is not the month's answer:
#: asked again.
_THE_MONTHS_FIGURE_NOT_SAYABLE_ZH = re.compile(
    r"(?:收入|工资|开销|花销|花费|平时|平常)(?:的话)?(?:多少)?(?:我)?(?:真|也|就|还)?"
    r"(?:不好说|说不好|说不准)|"
    r"(?:每个?月|一个月)(?:是|能有|有|能挣|挣|花)?多少(?:钱)?(?:我)?(?:真|也|实在|都|还)?"
    r"(?:算不出来?|算不清|说不清|说不准|说不好)|"
    r"(?:^|[ ,;.\uff0c\u3002])(?:也|都|就)?没(?:个)?准数"
)


#: Money that comes or goes once a span longer than a month, the figure said for that once: "每
#: 四周发一次 一次三千八", "一年还一回 一回两万", "按学期结 这学期结了一万二" (not "按季度发":
#: often an extra beside the pay). With no month named anywhere, the month's figure is not said
#: (the person does not turn it monthly): asked again.
_ONCE_A_LONGER_SPAN_ZH = re.compile(
    r"(?:每|一)(?:两|四|2|4)?(?:周|个?星期|个?礼拜|年|个?季度?|学期)[^ ,;.]{0,8}?"
    r"(?:发|结|还|给|交)(?:一)?(?:次|回)(?:工资|钱)?[ ,\uff0c]{0,2}(?:一|每)(?:次|回)|"
    r"按(?:学期|项目)(?:结|发|算)"
)


#: A figure said for a few months together, right after them: "两个月一共发了九千", "三个月花了
#: 一万二", "这俩月总共挣了七千" (the month's is not worked out by the person; where another
#: figure is said too, "平均一个月三千二", that one is read as before).
_A_FEW_MONTHS_TOGETHER_ZH = re.compile(
    r"(?:[两二三四五六2-6]|俩)个?月(?:里|下来|来)?(?:一共|总共|加起来|共)?"
    r"(?:发|花|挣|赚|拿|进|用|开销|花销)(?:了|掉)?(?:个)?"
    r"[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万kK]*(?:块钱?|元)?"
)


#: At income, the pay of the cardholder and a partner said only added up: "我和老公加起来一万一",
#: "跟我媳妇的工资合起来九千", "两口子一共七千", also with the month between: "我跟爱人每个月合起来
#: 八千", "我和老伴俩人的退休金加一起五千" (the own part is not said; where another figure is said
#: beside it, the own one, that is read as before).
_A_COUPLES_PAY_TOGETHER_ZH = re.compile(
    r"(?:我?(?:和|跟|同)(?:我)?(?:老公|老婆|爱人|媳妇|对象|男朋友|女朋友|老伴)|"
    r"(?:老公|老婆|爱人|媳妇|对象|男朋友|女朋友|老伴)(?:和|跟)我|两口子)"
    r"(?:俩人|两个人|两人|俩)?(?:的)?"
    r"(?:一个月|每个?月)?(?:的)?(?:工资|收入|退休金|养老金|退休工资)?"
    r"(?:加起来|加一起|加一块儿?|合起来|一共|总共)"
    r"(?:有|是|能有|大概|差不多)?"
    r"[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万kK]*(?:块钱?|元)?"
)


#: A bill said to be a bit higher in one season, no figure of it: "夏天电费会多一点", "冬天暖气
#: 费要多一些" (the month's figure said beside it stands; not "可能会多一点": the figure itself
#: is then a bound, nor "冬天多五百": a figure of its own).
_A_SEASONS_BILL_A_BIT_MORE_ZH = re.compile(
    r"(?:夏天|冬天|夏季|冬季|天热|天冷|热的时候|冷的时候)(?:的时候)?(?:的)?"
    r"(?:电费|水费|燃气费?|暖气费?|取暖费?|空调费?|水电费?|煤气费?)"
    r"(?:会|要|还|就)?(?:稍微|稍|再)?多(?:一点|一些|点|些)"
)


#: At income, the household's pay said only added up: "我们家一个月加起来九千", "全家收入合起来
#: 一万二" (several earners summed, the cardholder's own part not said; where another figure is
#: said beside it, that is read as before). Not "家里一共": one earner's may be the whole.
_A_HOUSEHOLDS_PAY_ADDED_UP_ZH = re.compile(
    r"(?:我们家|我家|全家|家里|一家)(?:人)?(?:的)?(?:一个月|每个?月)?(?:的)?(?:工资|收入)?"
    r"(?:加起来|加一起|加一块儿?|合起来)(?:一共|总共)?"
    r"(?:有|是|能有|大概|差不多)?"
    r"[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万kK]*(?:块钱?|元)?"
)


#: A figure said back as a question and denied right after: "8k? 差远了", "五千? 哪有那么多",
#: "三千? 没那么多" (the figure is theirs, put to them, not the own; the own is not said).
_A_FIGURE_ASKED_BACK_DENIED_ZH = re.compile(
    r"^ *[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万kK]*(?:块钱?|元)?"
    r" *[?\uff1f]+ *(?:差远了|差得远|哪有|哪里有|没有?那么多)"
)

#: A figure of the own after the denial (digits, or a numeral with its unit; not "一半").
_A_FIGURE_AFTER_DENIED_ZH = re.compile(r"[0-9]|[一二两三四五六七八九十][十百千万]")

#: Nothing coming in now, said of now: "这个月还一分没有", "现在厂里放假 没工资", "这阵子一分
#: 钱没进" (not "一分没存": nothing saved).
_NO_PAY_NOW_ZH = re.compile(
    r"(?:这个月|现在|这阵子|这段时间|目前|眼下)[^.;!?\u3002]{0,10}?"
    r"(?:一分(?:钱)?(?:都|也|还)?没(?:有|进|挣|拿|收入)?(?!存|攒|剩)|没(?:有)?(?:工资|收入|进账))"
)


#: The pay said to come only later or in its season: "下个月一号才上班", "开工了才有活", "季节
#: 工", "淡季". Beside :data:`_NO_PAY_NOW_ZH`, the figures said are of that time, not now's:
#: the month's income now is nothing.
_PAY_ONLY_LATER_OR_IN_SEASON_ZH = re.compile(
    r"下个?月[^.;!?\u3002]{0,10}?才|才(?:上班|开工|有活|开始干|入职)|季节工|淡季"
)


#: At the monthly payments, who is to pay said not settled yet: "房贷他还还是我还 法院还没判",
#: "离婚了 车贷谁还还没定" (whether the payment is mine is not known: asked again).
_WHO_PAYS_NOT_SETTLED_ZH = re.compile(
    r"(?:还还是我还|还是他还|谁来?还|归谁还|由谁还)[^.;!?\u3002]{0,12}?"
    r"(?:还没判|没判|还没定|没定|没说好|没谈好|还不知道|不知道)"
)


#: A sale day's name ("双十一", "双12"), blanked as a date before, right before "那个月": said again
#: as "大促" so that the month is one named (see :data:`_ONE_NAMED_MONTHS_FIGURE_ZH`).
_A_SALE_DAYS_NAME_BLANKED_ZH = re.compile(r"(?<=[\s,;\uff0c])(?: {2,4})(?=那个?月)")


#: A figure of one named month only, not the usual one: "过年那个月花五千", "休假回家那个月家里
#: 开销三千", "放假那月要花两千", "双十一那个月能到八千" (the festival's, the leave's or the sales'
#: month, the sale day's name blanked as a date and said again as "大促"; blanked where the usual
#: month's figure is left, else asked again).
_ONE_NAMED_MONTHS_FIGURE_ZH = re.compile(
    r"(?:过年|春节|回家|休假|放假|探亲|开学|大促)(?:的|回家的?)?那(?:个)?月"
    r"[^0-9一二两三四五六七八九十.;!?\u3002]{0,8}?"
    rf"{_FIGURE_35_ZH}(?:来|多)?(?:块钱?|元)?"
)


#: At income, the pay, then said to be nothing in some months: "一个月两千来块 有时候还没得",
#: "三千左右 有的月份没有" (no month like another, some with none: the month's not known).
#: Its own words only, said last; not "有时候没活干 但工资照发". So too the pay said to hang on
#: there being work that month: "一个月三千来块 还得看有没有活".
_SOMETIMES_NONE_AT_ALL_ZH = re.compile(
    r"(?:(?:有时候?|有的月份?|有几个月|个别月份?)(?:还|也|就|会|连)?(?:都|也)?"
    r"(?:没有|没得|莫得|没)(?:收入|进账|钱)?"
    r"|(?:还|也)?(?:得|要)?看(?:那个?月|当月|每个?月)?有没有(?:活干?|活儿|单子?|工)"
    r")[ .!?\u3002]*$"
)


#: At income, the pay, then an extra said with no figure, only as a little: "退休金三千八 外带
#: 看车棚 一个月给个仨瓜俩枣的", "另外帮人看店 挣点小钱" (the month's whole is not known).
_AN_EXTRA_OF_NO_FIGURE_ZH = re.compile(
    r"(?:外带|另外|外加|额外|再加上?)[^0-9一二两三四五六七八九十百千万.;!?\u3002]{0,12}?"
    r"(?:一个月|每个?月)?(?:给|挣|赚|拿)(?:个|点|些)(?:仨瓜俩枣|小钱|辛苦费|零碎钱)"
    rf"{_NO_FIGURE_AFTER_ZH}"
)


#: At the payments and the spending, a loan or bill named with no figure, said to be paid
#: wholly by a spouse or a parent, beside the own one with its figure: "花呗每月五百 车贷是我老公
#: 在还 不用我出", "房贷是我老公在还不算". None of it is the cardholder's (blanked where a figure
#: is left; "是我老公在还" right after the own figure, no item of its own, is still a share
#: unsaid).
_ANOTHERS_LOAN_PAID_BY_THEM_ZH = re.compile(
    r"(?:房贷|车贷|房租|月供|网贷|花呗|借呗|白条|贷款|装修贷|助学贷款?)"
    r"(?:是|都是|一直是|全是|都)?我?(?:老婆|老公|媳妇|爱人|爸|妈|父母|爸妈|儿子|女儿)"
    r"(?:在|一个人|自己)?(?:还|付|交|出)(?:的)?"
    r"(?:[ ,;\uff0c]*(?:不从我(?:这|这里|这儿)?出|不用我(?:还|出|管)|跟我没关系|我不出|"
    r"一分(?:钱)?都不(?:用我)?出|我一分(?:钱)?都不出|"
    # said not to count in the own spending: "房贷是我老公在还不算 我这边吃饭两千五"
    r"(?:那个|这个)?不算(?:我的|在内|在里面|进来)?"
    r"(?![的那就]|[ ,\uff0c]?[0-9一二两三四五六七八九])))*"
)


#: Money someone else gives or sends me, then said to be theirs, not mine: "女儿每月给我寄五百
#: 不过那是她的钱", "儿子打过来一千 那钱是他的" (kept for them, not my spending nor my pay;
#: blanked where my own figure is left). Given without that word it stays as read now.
_ANOTHERS_MONEY_SAID_TO_BE_THEIRS_ZH = re.compile(
    r"[^ ,;.!?\u3002]{0,12}(?:给我|寄给我|打给我|转给我|给我寄|给我打|给我转|打过来|寄过来|转过来)"
    r"[^ ,;.!?\u3002]{0,4}?[0-9一二两三四五六七八九十]"
    r"[0-9.一二两三四五六七八九十百千万零]*(?:块钱?|元)?"
    r"[ ,;]*(?:不过|但是?|可)?(?:那|这)(?:钱|些钱|笔钱)?是(?:她|他|人家|他们|她们|孩子|女儿|儿子)的"
    r"(?:钱)?(?:不是我的)?"
)


#: At the income, none said first, then a job still to come and what it is said to pay: "0
#: 刚辞职 下个月去新单位 说是五千", "没有 下周入职 到时候能拿四千" (the pay now is the none; the
#: later figure is the new job's, not now's). Not a figure said first ("三千 下个月入职…").
_NONE_NOW_THEN_A_JOB_TO_COME_ZH = re.compile(
    r"^\s*(?:0|零|没有|没|无|没收入|没工作)(?:了|的)?(?=[ ,;.!?\u3002])"
    r"[^0-9一二两三四五六七八九十]{0,16}?(?:下个?月|下周|下礼拜|过几天|过两天|年后)"
    r"[^0-9一二两三四五六七八九十]{0,4}?(?:去|到|进)?(?:新单位|新工作|新公司|新厂|入职|上班|上岗|到岗)"
)


#: A change to the month's figure coming, not settled yet: its month ("降薪 可能这个月可能下个
#: 月"), its size only guessed at, a range ("下个月水费涨 估计得多个三五十"), or whether it comes
#: at all, hanging on an approval ("申请了停息 批了就不用还 没批就照旧八百"). Whatever figure is
#: said beside it, the month's is not known: asked again.
_A_CHANGE_NOT_SETTLED_YET_ZH = re.compile(
    r"可能(?:是)?这个月(?:也)?(?:可能|或者|或)(?:是)?下个月|"
    r"估计(?:得|要|会|能)?(?:多|涨|贵|少|降|省)(?:个|出|掉)?(?:一两|两三|三四|三五|四五|五六|几)"
    r"(?:十|百|千)|"
    r"批了(?:就|的话)[^.;!?\u3002]{1,12}?没批(?:就|的话)"
)


#: A condition said before the figure: "要是厂里下个月复工的话 能拿三千五", "他要是不还 我每月就
#: 得替他还三百", "如果能免掉利息的话每个月一千", "等我找到工作了 每月还一千" (see
#: :func:`_only_a_figure_on_an_unsettled_condition_zh`).
_A_CONDITION_BEFORE_ZH = re.compile(r"要是|如果|假如|等(?:我)?找到(?:工作|活)")

#: After the figure on a condition, whether it comes about (or what else comes) said not to be
#: known: "老板也没个准话", "不免的话我也不知道", "学校还没定下来", "我也说不好他能不能按时还",
#: "可厂里一直拖着", "现在真没有".
_THE_CONDITION_UNSETTLED_AFTER_ZH = re.compile(
    r"不知道|说不好|说不准|没(?:给)?个?准|不一定|还没定|没定下来|不确定|难说|"
    # what the condition waits on put off, or nothing till it comes: "可他一直拖着", "现在真没有"
    r"(?:一直|老是|总是|还在)拖着|没着落|现在(?:真|还|也|都)?(?:没有|没钱|一分没有)"
)


def _only_a_figure_on_an_unsettled_condition_zh(folded: str) -> bool:
    """Whether every figure is said under a condition whose coming about is then said not to be
    known ("要是能把利息免了 每月我还八百 不免的话我也不知道", "要是孩子住校的话一个月两千 不住校
    就多了 学校还没定下来"): the month's figure is not known, asked again. A condition said after
    a figure ("每月还五百 要是能把利息停了就更好了") or one said plainly as the offer's ground
    ("如果能免掉利息的话每个月一千 这是我的极限了") leaves the figure as said."""
    condition = _A_CONDITION_BEFORE_ZH.search(folded)
    if condition is None:
        return False
    figures = [n for n in numbers_in(folded, "zh") if n.unit is None and n.strong and n.value]
    if not figures or figures[0].start < condition.start():
        return False
    return bool(_THE_CONDITION_UNSETTLED_AFTER_ZH.search(folded, figures[0].end))


#: At income, the one figure said to be two people's, their money not kept apart: "一万二 不过这是
#: 我跟我女朋友两个人的 … 账也没分开", "家里两个人上班 一个月加起来八千五 我俩的钱不分的" (the own
#: part is not said: asked again; where the own figure is said beside it, that is read as before).
_TWO_PEOPLES_MONEY_NOT_KEPT_APART_ZH = re.compile(
    r"(?:这|那)?是?我?(?:跟|和)我?(?:女朋友|男朋友|老公|老婆|爱人|媳妇|对象|老伴)两个人的|"
    r"(?:我俩|我们俩|咱俩|两个人|俩人)的(?:钱|收入|工资)(?:是|都|也|从来)?(?:不分|没分)|"
    r"(?:钱|账|收入|工资)(?:也|都|从来)?(?:不分开?|没分开)(?:的|过)?(?![0-9一二两三四五六七八九])"
)


#: At the monthly payments, a loan said to be paid by two together, no own part said: "房贷每月
#: 四千 我俩一起还的" (whose payment it is, and how much of it, is not said: asked again; not where
#: it is said to be in the own name, "是跟我老婆一起还的 写在我名下": the whole is the own).
_A_LOAN_PAID_BY_TWO_TOGETHER_ZH = re.compile(
    r"(?:我俩|我们俩|咱俩|两个人|俩人|两口子)(?:是)?一起(?:还|交|付)(?:的)?"
)


def _a_figure_of_money_besides_zh(folded: str, said: re.Match[str]) -> bool:
    """Whether a figure of money is said outside ``said`` (a count of months or years, "一个月光药
    就不少", "一年回来一次", is none): a rule that asks again over one figure goes on where the
    own figure may be said beside it."""
    rest = folded[: said.start()] + " " * len(said[0]) + folded[said.end() :]
    return any(n.unit is None and n.strong and n.value for n in numbers_in(rest, "zh"))


#: A figure put right, then the one put in its place doubted: "两千 哦不 好像是两千四 我也记不清
#: 了", "一千五 不对 可能是一千八 说不准" (neither is settled on: asked again; a correction with
#: no doubt after it, "三千九 哦说错了 是四千三", is read as before).
_A_CORRECTION_DOUBTED_ZH = re.compile(
    r"(?:哦不|不对|说错了|错了)[^0-9一二两三四五六七八九十.;!?\u3002]{0,6}?"
    r"(?:好像|可能|也许|大概|估计)(?:是)?"
    r"[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万]*(?:块钱?|元)?"
    r"[^0-9.;!?\u3002]{0,8}?(?:记不清|记不太清|不确定|说不准|拿不准|想不起来)"
)


def _only_a_figure_of_before_zh(folded: str) -> bool:
    """Whether every figure of money is said in a clause of a time past ("以前在饭馆一个月四千二")
    and "现在" follows them with no figure of now ("现在干点零活 挣多少没个数"): the pay of before,
    now's not known (asked again)."""
    figures = [n for n in numbers_in(folded, "zh") if n.unit is None and n.strong and n.value]
    now = folded.rfind("现在")
    if not figures or now < figures[-1].end or _ZERO_WORDS.found_in(folded[now:]):
        return False  # (nothing now, "现在没工作了", "现在收入是零", is read as before)
    for figure in figures:
        clause = max(folded.rfind(mark, 0, figure.start) for mark in " ,;.\uff0c\u3002")
        before = folded[max(0, clause - 16) : figure.start]
        past = [m.end() for m in _A_TIME_PAST_ZH.finditer(before)]
        if not past or "现在" in before[past[-1] :]:  # "以前一个月两千, 现在四千": now's
            return False
    return True


#: At the monthly payments, a loan stood surety for or borrowed for another, which the cardholder
#: pays only if its borrower does not: "他要是还不上就得我来还", "万一她不还 得我替她还" (whether
#: the payment falls to the own month is not known: asked again).
_PAID_BY_ME_ONLY_IF_THEY_FAIL_ZH = re.compile(
    r"(?:要是|如果|万一|假如)[^ ,;.!?\u3002]{0,4}?(?:还不上|还不起|不还|没还|跑了|断供)(?:的话)?"
    r"[ ,\uff0c]?(?:那)?(?:就)?(?:得|要|只能)?(?:我|由我)(?:来|替他|替她|帮他|帮她)?还"
)


def _only_one_figure_zh(folded: str) -> bool:
    """Whether one figure of money is said, and no other beside it (the same said twice is one):
    a rule that finds it unclear whose or which it is asks again only then; where an own figure
    is said beside it, the reading goes on."""
    values = {n.value for n in numbers_in(folded, "zh") if n.unit is None and n.strong and n.value}
    return len(values) == 1


#: The one figure said, then said not to be the usual month's: "这个月只发了两千一 平时不是这个
#: 数" (the usual one is not said: asked again).
_NOT_THE_USUAL_FIGURE_AFTER_ZH = re.compile(
    r"(?:平时|平常|往常|以前|一般|别的月)(?:都|也|可)?不是这个?数"
)


#: At the counter, an offer for this month only, what follows left for later: "这个月先还两千
#: 以后再说" (no monthly figure is offered: asked again; not "这个月先还五百 以后每月都是这个数").
_THIS_MONTHS_OFFER_ONLY_ZH = re.compile(
    r"这个?月(?:先|就)?(?:还|给|交|付)(?:个|上)?"
    rf"{_FIGURE_35_ZH}(?:块钱?|元)?[ ,;\uff0c]*(?:以后|后面|往后|下个?月)(?:的)?"
    r"(?:再说|看情况|再看)"
)


#: A figure said again in the other way of writing, "就是" before it: "每月三千五 就是3050块",
#: "三千五 就是3500块" (see :func:`_a_figure_restated_otherwise_zh`).
_A_FIGURE_RESTATED_ZH = re.compile(
    r"(?P<said>[一二两三四五六七八九十][一二两三四五六七八九十百千万零]*|[0-9][0-9,.]*)"
    r"(?:块钱?|元)?[ ,\uff0c]*(?:也)?就是(?P<again>[0-9][0-9,.]*|"
    r"[一二两三四五六七八九十][一二两三四五六七八九十百千万零]*)(?:块钱?|元)?"
)


def _a_figure_restated_otherwise_zh(folded: str) -> bool:
    """Whether a figure is said again right after "就是" in the other way of writing, digits for
    words or words for digits, and the two disagree ("三千五 就是3050块"): a restatement, not a
    second item, and which of the two is meant cannot be told: asked again. (Agreeing, it is one
    figure said twice; in one way of writing, "一周一千 一个月算下来就是四千", a figure worked
    out.)"""
    for restated in _A_FIGURE_RESTATED_ZH.finditer(folded):
        said, again = restated["said"], restated["again"]
        if said[0].isdigit() == again[0].isdigit():
            continue
        first = [n.value for n in numbers_in(said, "zh") if n.value]
        second = [n.value for n in numbers_in(again, "zh") if n.value]
        if first and second and first[0] != second[0]:
            return True
    return False


#: How much a month's payment is, said to be forgotten: "每个月扣多少忘了", "每月还多少我记不清
#: 了" (a balance or a term said beside it is no month's figure: asked again).
_HOW_MUCH_FORGOTTEN_ZH = re.compile(
    r"(?:每个?月|一个月|月供)[^0-9一二两三四五六七八九.;!?\u3002]{0,6}?多少"
    r"[^0-9一二两三四五六七八九.;!?\u3002]{0,4}?(?:忘了|忘记了|记不清|记不得|不记得)"
)


#: A week or a year as a span: "一周", "每个星期", "一年".
_A_SPAN_ZH = r"(?:每|一)(?:个)?(?:周|星期|礼拜|年)"
_A_SPAN_SAID_ZH = re.compile(_A_SPAN_ZH)
#: A week's or a year's figure's span, right before it: "一周一千", "每周还一百五", "一年下来花五万
#: 四", "一年还一万二" (see :func:`_without_a_span_worked_into_the_month_zh`).
_A_SPAN_BEFORE_ITS_FIGURE_ZH = re.compile(
    rf"(?P<span>{_A_SPAN_ZH})(?:下来)?(?:要|得|就)?"
    r"(?:还|花|挣|赚|发|给|拿|交|扣|付)?(?:了|个)?$"
)

#: Between a week's or a year's figure and the month's worked out from it, only the words of
#: working it out: "一周一千 一个月算下来就是四千", "五万四 除以十二 一个月四千五", "一万二 一个月合
#: 一千"; or, the month's said first, the year's after it: "每月八百 一年九千六".
_THE_MONTH_WORKED_OUT_BETWEEN_ZH = re.compile(
    r"(?:块钱?|元)?[ ,;\uff0c]*(?:那|所以|这样)?(?:除以(?:十二|12)[ ,\uff0c]*)?"
    r"(?:一个月|每个?月|月)(?:就是|是|合|算下来|下来|算|折合|平均|差不多|大概|也就)*"
)
_THE_YEAR_AFTER_THE_MONTH_BETWEEN_ZH = re.compile(
    r"(?:块钱?|元)?[ ,;\uff0c]*(?:一年|每年)(?:下来|就是|是|一共|总共|共)*"
)


def _without_a_span_worked_into_the_month_zh(folded: str) -> str:
    """``folded`` with a week's or a year's figure blanked, with its span's words, where the month's
    figure is said right beside it and agrees with it (four weeks to 4.35, twelve months, within
    a fiftieth): "每周还一百 一个月四百", "一年下来花五万四 除以十二 一个月四千五", "每月八百 一
    年九千六" are the month's figure, worked out or said twice (the guide: a monthly figure the
    person works out is that figure); a pay "周结" is then no pay by the week alone. Figures that
    do not agree, a third figure, or words of another item between are left as they are (asked
    again as before)."""
    if not _A_SPAN_SAID_ZH.search(folded):  # (no figure has its span before it: nor are the
        return folded  # numbers read to find out)
    figures = [
        n
        for n in numbers_in(folded, "zh")
        if n.unit is None and n.strong and n.value and n.value >= 100
    ]
    if len(figures) != 2:
        return folded
    spans = [
        (n, said)
        for n in figures
        if (said := _A_SPAN_BEFORE_ITS_FIGURE_ZH.search(folded, max(0, n.start - 10), n.start))
    ]
    if len(spans) != 1:
        return folded
    other, said = spans[0]
    month = figures[0] if figures[1] is other else figures[1]
    if other.value is None or month.value is None:
        return folded
    weekly = "年" not in said["span"]
    if other.start < month.start:
        beside = _THE_MONTH_WORKED_OUT_BETWEEN_ZH.fullmatch(folded, other.end, month.start)
    elif weekly:
        beside = None
    else:
        beside = _THE_YEAR_AFTER_THE_MONTH_BETWEEN_ZH.fullmatch(folded, month.end, other.start)
    if beside is None:
        return folded
    if weekly:
        agrees = 4 * other.value <= month.value <= Decimal("4.35") * other.value
    else:
        agrees = abs(12 * month.value - other.value) <= other.value / 50
    if not agrees:
        return folded
    start = said.start()
    end = beside.end() if other.start < month.start else other.end
    folded = folded[:start] + " " * (end - start) + folded[end:]
    if weekly and ("结" in folded or "发" in folded):  # "在仓库做周结 一周一千 …": worked out
        folded = _PAID_BY_THE_WEEK_ZH.sub(lambda m: " " * len(m[0]), folded)
    return folded


#: At income, a spouse's death told last, no figure after it: "养老金1900 … 就这两份钱 老伴走了
#: 以后", "老伴去世后就这些" (when the figures before came to be: no time before them, nor anyone
#: else's money; blanked).
_A_SPOUSES_DEATH_TOLD_LAST_ZH = re.compile(
    r"(?:老伴|老公|老婆|爱人|丈夫|妻子)(?:已经)?(?:走了|去世|过世)(?:了)?(?:以后|之后|后)?"
    rf"{_NO_FIGURE_AFTER_ZH}"
)


#: In the clause before "多少", another's money or the household's: "我老公的工资多少我不知道",
#: "家里每月花多少我不知道": not the own figure that is unknown.
_ANOTHERS_HOW_MUCH_ZH = re.compile(r"老公|老婆|爱人|媳妇|对象|家里")


def _the_own_how_much_not_known_yet_zh(folded: str) -> bool:
    """Whether the own month's figure is said not to be known yet (see
    :data:`_HOW_MUCH_NOT_KNOWN_YET_ZH`), not another's nor the household's (see
    :data:`_ANOTHERS_HOW_MUCH_ZH`, looked for in the clause of "多少"). A figure said to hold
    still now ("现在还是七千二", a cut to come, its size unknown) is the answer: not asked."""
    if "现在还是" in folded:
        return False
    for unknown in _HOW_MUCH_NOT_KNOWN_YET_ZH.finditer(folded):
        clause = max(folded.rfind(mark, 0, unknown.start()) for mark in " ,;\uff0c\u3002")
        if _ANOTHERS_HOW_MUCH_ZH.search(folded, clause + 1, unknown.end()):
            continue
        before = max(folded.rfind(mark, 0, max(0, clause)) for mark in " ,;\uff0c\u3002")
        if clause >= 0 and _A_YEAR_END_EXTRA_ZH.search(folded, before + 1, unknown.end()):
            continue  # "年底还有一笔年终奖, 多少还不知道": a year's extra, not the month's pay
        return True
    return False


#: A year-end extra named in the clause of "多少" or the one before: "年底还有一笔年终奖, 多少
#: 还不知道" (its size unknown leaves the month's pay said beside it whole).
_A_YEAR_END_EXTRA_ZH = re.compile(r"年终|年底|年末")


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


#: Of a thing bought on instalments, the whole of them: "分期买了台电脑, 每月四百八, 十二期的, 总共
#: 五千七百六" (the price paid over all the terms, no month's payment; blanked where a month's
#: payment is said beside it, see :data:`_A_MONTHS_INSTALMENT_ZH`).
_THE_INSTALMENTS_WHOLE_ZH = re.compile(
    rf"(?:总共|一共|总价|全款|合计)(?:是|要|得|欠|才)?{_FIGURE_35_ZH}(?:块钱?|元)?"
    r"(?![0-9.一二两三四五六七八九十百千万]|期|个|年|月|次)"  # (not "一共十二期": the terms)
)

#: A month's instalment said with its figure: "每月四百八", "一个月还三百", "每期五百".
_A_MONTHS_INSTALMENT_ZH = re.compile(
    rf"(?:每个?月|一个月|每期|一期|月供)(?:要|得)?(?:还|付|交)?(?:个)?{_FIGURE_35_ZH}"
)


#: A purchase said right after to be paid once: "上个月给孩子买自行车八百那是一次性的", "修车花了
#: 两千 是一次性的", "要随两千礼金 那是一次的" (its clause blanked, the thing named too, where
#: the month's items are left beside it).
_A_ONE_OFF_SAID_AFTER_ZH = re.compile(
    r"[^ ,.;!?\uff0c\u3002]*?"
    rf"{_FIGURE_35_ZH}(?:块钱?|元)?(?:的)?(?:礼金|礼钱|份子钱|红包)?[ ,\uff0c]{{0,2}}"
    r"(?:那|这)?(?:个|笔)?(?:只)?(?:是|算)(?:一次性的?|一次的)"
)


#: At the counter, an offer only if the bank grants something, then the one as things are now
#: or otherwise: "如果能减掉利息 每月能还九百 现在这样只能四百", "要是免息我还一千二 不然的话
#: 六百". The offer if granted is blanked: the one made today is what the cardholder can pay.
#: (An offer if granted said alone is read as before.)
_AN_OFFER_IF_GRANTED_BEFORE_THE_ONE_NOW_ZH = re.compile(
    r"(?:如果|要是|假如)[^0-9一二两三四五六七八九.;!?\u3002]{1,14}?"
    rf"{_FIGURE_35_ZH}(?:块钱?|元)?"
    r"(?=[ ,\uff0c]{0,2}(?:现在|目前|眼下|不然|否则|要不然)"
    r"[^0-9一二两三四五六七八九.;!?\u3002]{0,10}?[0-9一二两三四五六七八九])"
)


#: At expenses, a part of the whole said last with what it went on ("一共花了三千八 里面有看病的
#: 九百", "这个月三千五 里面有一笔一千二是随礼"): whether it is to be taken out is not said,
#: nor the usual month (an item named with its figure, "里面有房租一千五", is read as before).
_A_PART_INSIDE_THE_WHOLE_ZH = re.compile(
    rf"里面有(?:一笔|个|笔)?(?:[\u4e00-\u9fff]{{1,6}}的{_FIGURE_35_ZH}(?:块钱?|元)?|"
    rf"{_FIGURE_35_ZH}(?:块钱?|元)?是[\u4e00-\u9fff]{{1,8}}){_NO_FIGURE_AFTER_ZH}"
)


#: The pay before, said as such: "原来是五千", "以前四千八块", also spaced and grouped with a
#: comma as a learner writes it, "以前 是 5,200元" (see :func:`_only_a_drop_and_the_old_pay_zh`).
_THE_OLD_PAY_ZH = re.compile(
    rf"(?:原来|以前|之前|本来) ?(?:是|有|都是)? ?{_FIGURE_35_ZH}(?:,[0-9]{{3}})* ?(?:块钱?|元)?"
)

#: How much less the pay is now, said as a drop: "少了六百", "少八百块", "少 了 600" (see
#: :func:`_only_a_drop_and_the_old_pay_zh`).
_A_DROP_IN_THE_PAY_ZH = re.compile(
    rf"少 ?(?:了|拿了?|发了?)? ?{_FIGURE_35_ZH}(?:,[0-9]{{3}})* ?(?:块钱?|元)?"
)


def _only_a_drop_and_the_old_pay_zh(folded: str) -> bool:
    """At income, the pay before and how much less it is now are the only figures ("换了岗位
    一个月少六百 原来是四千九", "以前五千二 现在少了七百"): the pay now is not said, and the drop
    is no pay (the cardholder is asked again rather than the two figures worked out for them)."""
    old = _THE_OLD_PAY_ZH.search(folded)
    drop = _A_DROP_IN_THE_PAY_ZH.search(folded)
    if old is None or drop is None:
        return False
    rest = folded[: min(old.start(), drop.start())] + " "
    rest += folded[min(old.end(), drop.end()) : max(old.start(), drop.start())] + " "
    rest += folded[max(old.end(), drop.end()) :]
    return not [n for n in numbers_in(rest, "zh") if n.unit is None]


#: At income, the pay before said last, once the pay now is said: "底薪三千 补贴五百 加起来三千五
#: 以前有提成能拿五千多" (now over before; blanked, unless the figure now is only a drop or a rise,
#: "少了一千 以前五千", which leaves the pay now to be worked out). Each word may be spaced, as a
#: learner types it: "现在 月给 3,800元. 以前 是 6,000元 的".
_THE_OLD_PAY_SAID_LAST_ZH = re.compile(
    r"(?:以前|原来|之前)(?: ?[^ ,.;!?\u3002\uff0c0-9一二两三四五六七八九]){0,6}?"
    rf" ?(?:能|可以)?(?:拿|挣|赚|有|是|发|都是)? ?{_FIGURE_35_ZH}(?:,[0-9]{{3}})*"
    r"(?:多|来)? ?(?:块钱?|元)?"
    r" ?(?:呢|吧|的)?[ ,.!?\uff0c\u3002]*$"
)
_A_DROP_OR_A_RISE_ZH = re.compile(r"少|降|减|掉|跌|涨|多了|加了|高了|低了|砍")


#: What an item cost before, said before what it costs now: "吃饭原来一千 现在省着吃八百", "房租
#: 以前一千二 现在九百" (the figure now is the item's; the old one and the words up to the new
#: one blanked).
_AN_ITEMS_OLD_FIGURE_BEFORE_NOW_ZH = re.compile(
    rf"(?:原来|以前|之前|本来)(?:是|要|得)?{_FIGURE_35_ZH}(?:块钱?|元)?[ ,\uff0c]{{0,2}}"
    r"(?:现在|如今|这阵子|最近)[^0-9一二两三四五六七八九]{0,6}?(?=[0-9一二两三四五六七八九])"
)


#: What the spending would be once an item is stopped, or what stopping one saves, said before
#: the figure now: "要是把健身卡停了就是两千八 现在还交着 三千一", "停了是一千九 这个月还是两千",
#: "酒戒了 省下三百 现在一个月一千六" (the figure now is the month's; the one after the cut, or
#: the saving, blanked).
_A_FIGURE_ONCE_CUT_BEFORE_NOW_ZH = re.compile(
    rf"(?:停了|戒了|不上了|退了|省下|省了)(?:的话)?[ ,\uff0c]{{0,2}}(?:就|也)?(?:是|能|有)?"
    rf"(?:省下?)?{_FIGURE_35_ZH}(?:块钱?|元)?(?=[ ,\uff0c]{{0,2}}"
    r"[^0-9一二两三四五六七八九]{0,8}?(?:现在|这个?月|目前)[^0-9一二两三四五六七八九]{0,8}?"
    r"[0-9一二两三四五六七八九])"
)


#: A debt named and said not to count, without a figure, then that it is a debt: "房贷不算哈
#: 那个是欠款" (no item of the spending left without its figure).
_A_DEBT_NAMED_SET_ASIDE_ZH = re.compile(
    r"(?:房贷|车贷|贷款|网贷|欠款)(?:不算|不算在内)(?:哈|啊|吧|了)?"
    r"(?:[ ,\uff0c]{0,2}(?:那|这)?(?:个)?(?:是|算|放)(?:在)?(?:欠款|贷款)(?:里)?)?"
)


#: The work's own money named and said not to be counted in, no figure of its own: "化肥农药钱
#: 不算在里头", "店里的流水不算的", "进货的本钱不算" (a business's turnover or costs are neither
#: the pay nor the home's spending: the figure said beside it is the answer, no part left out).
_A_WORKS_MONEY_NOT_COUNTED_ZH = re.compile(
    r"(?:流水|营业额|货款|进货|本钱|成本|化肥|种子|饲料|农药)"
    r"[^\s0-9一二两三四五六七八九十百千万,.;\uff0c\u3002]{0,4}?(?:钱)?(?:都|也)?不算"
    r"(?:的|在里头|在里面|在内|进去|进来)?"
)


#: The writer's own money said not to be counted in, when writing for the cardholder: "我每月给
#: 她的钱不算", "我的不算进去" (what the writer gives or spends is not the cardholder's: the
#: figure said beside it is the answer, no part of it left out).
_THE_WRITERS_OWN_NOT_COUNTED_ZH = re.compile(
    r"(?<![\u4e00-\u9fff])(?:我|俺)(?:们)?(?:每个?月|平时|自己)?(?:给(?:她|他|他们|她们|老人)的"
    r"(?:钱|生活费)?|的(?:钱|工资|收入|开销|花销|那份|那部分)?)(?:都|也)?不算"
    r"(?:的|在里头|在里面|在内|进去|进来)?"
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
#: usual figure is blanked: the month's now is what is paid during the stop. The site said
#: to have stopped and the boss to have given just that much is the same: "平常八千 这个月
#: 厂子停了 老板就给了一千五的生活费".
_THE_USUAL_BEFORE_A_STOP_ZH = re.compile(
    rf"(?<=平时|平常)(?:一个月|每个?月)?(?:能|有|是)?(?:挣|赚|拿|发)?{_FIGURE_35_ZH}(?:块钱?|元)?"
    # (not a festival's days off, a month of its own: "过年放假 只发了一千五")
    r"(?=(?:(?!过年|春节|国庆|五一|十一)[^.;!?\u3002]){0,24}?"
    r"(?:停工|停产|放假|禁采|禁渔|休渔|歇业|停业|封控|停摆|(?<=工地|厂里|厂子|工厂)停了)"
    r"[^0-9一二两三四五六七八九.;!?\u3002]{0,12}?(?:只|(?<=老板)就给?)(?:给|发|有|拿)(?:了)?(?:我)?"
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


#: A whole shared, then each one's share: "房租四千我们一人两千", "网费一百 每人五十", "房贷每个月
#: 四千六 我跟老婆一人一半 我这边两千三". The
#: whole is no part of the own spending: the share is.
_A_WHOLE_BEFORE_EACH_ONES_SHARE_ZH = re.compile(
    r"[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万]*(?:块钱?|元)?"
    r"(?= ?(?:我们|咱们|我俩|两人|俩人|[两三四五六]个?人|"
    r"我(?:跟|和)(?:老婆|老公|媳妇|爱人|对象|室友|舍友))?(?:一人|每人|每个人)"
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
#: (how much more or less, not the month's amount; set aside where a figure is said too), also
#: as a share ("比上个月少了百分之十五", "比去年多了8%": the whole share, not its tail). Not
#: beside another person's figure: "加起来八千, 我的比他少两千" leaves the own one to work out.
_A_DIFFERENCE_ZH = re.compile(
    r"比(?:去年|前年|上个?月|上半年|以前|之前|原来|过去|那时候?|刚(?:来|进来|入职|开始)的时候)"
    r"(?:多|少)(?:了|出)?(?:个)?(?:百分之)?[0-9一二两三四五六七八九十百千万.]+(?:块钱?|元|%)?"
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


_LAST_MONTHS_PAY_ZH = re.compile(r"上个?月")


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


#: A debt left out of the spending (asked for apart), or an item said to be no need, in a clause
#: of its own with no figure: "房贷不算", "车贷不算的话", "房贷不算在里面", "给女朋友买东西的不算,
#: 那不是必须的".
#: The figures beside are the whole (round 29's Netflix); blanked, no "不算" makes them a part.
_LEFT_OUT_AS_A_DEBT_OR_NO_NEED_ZH = re.compile(
    r"(?:^|(?<=[,;.!? ]))[^,;.!? 0-9]{0,12}?"
    r"(?:房贷|车贷|网贷|贷款|借款|花呗|借呗|白条|信用卡|分期|欠款)[^,;.!? 0-9]{0,4}?"
    r"不算(?:的话|在内|进去|在里面|在里头|在里边)?(?=[,;.!? ]|$)|"  # "房贷不算在里面"
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


#: The numbers of a numbered list ("1.房租1600 2.吃饭1200"), no amounts, when there are two
#: or more of them; the first may follow a colon: "两份收入:1.理货3100 2.送外卖800".
_A_LIST_NUMBER_ZH = re.compile(r"(?:^|(?<=[ ,;:]))[1-9][.、)] ?(?=[\u4e00-\u9fff])")


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


#: A figure said before, pointed back at as what holds a thing: "留三千过日子 … 孩子上学的钱也在那
#: 三千里", "算在这两千里头" (see :func:`_without_a_figure_pointed_back_at_zh`).
_A_FIGURE_POINTED_BACK_AT_ZH = re.compile(
    rf"(?:算在|包括在|含在|在)(?:那|这)(?:个)?(?P<figure>{_FIGURE_35_ZH})(?:块钱?|元)?"
    r"(?:里面|里头|里边|里|之内|以内|内)"
)


def _without_a_figure_pointed_back_at_zh(folded: str) -> str:
    """``folded`` with a figure pointed back at blanked where the same figure was said before it
    (see :data:`_A_FIGURE_POINTED_BACK_AT_ZH`): said again, it is no new figure, and the one said
    first is read with the others as before ("工资到手四千 留三千过日子 剩下一千都给你们 孩子上学
    的钱也在那三千里" offers the 1,000)."""
    for back in _A_FIGURE_POINTED_BACK_AT_ZH.finditer(folded):
        said = [n.value for n in numbers_in(back["figure"], "zh") if n.value]
        before = {n.value for n in numbers_in(folded[: back.start()], "zh") if n.strong}
        if said and said[0] in before:
            start, end = back.start(), back.end()
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
