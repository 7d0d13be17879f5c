"""Corrections: a figure taken back for the one said after it, a total redone with an item, a
nought too many, the marks of before and after a change. Apart because a correction decides
which of two figures is meant, whatever was asked."""

from __future__ import annotations

import re
from decimal import Decimal

from dialogs.understanding.rules.amounts.periods import (
    _times_said,
)
from dialogs.understanding.rules.amounts.surroundings import (
    _BEFORE_A_TOTAL,
    _NEAR,
    _NOW,
    _SO_BEFORE,
    _TOTAL_BEFORE,
    TAKE_HOME_WORDS,
)
from dialogs.understanding.rules.numerals import (
    Number,
)
from dialogs.understanding.rules.sums import (
    _ITEMS,
    _NOT_A_LIST,
    _clause,
    _words_between,
)
from dialogs.understanding.rules.text import (
    ByScript,
    compile_phrases,
    kept_for_the_message,
    regex,
)

#: Of several amounts, the one a message settles on (see :func:`_the_one_meant`).
#: A correction between amounts: "2 millió? nem, bocs, 200 ezer", "3000 sorry i mean 2000".
CORRECTION = (
    r"\bsorry\b", r"\bi mean\b", r"\bi meant\b", r"\bactually\b", r"\bcorrection\b",
    r"\bscratch that\b", r"\bno wait\b", r"\bwait,? no\b", r"\boops\b",
    # not sorry for something, "bocsi hogy kapkodok", "elnézést, hogy csak most írok"
    r"\bbocs\w*\b(?!,? hogy\b)", r"\belnézést\b(?!,? hogy\b)",
    r"\bakarom mondani\b", r"\bhelyesen\b", r"\bjavítok\b", r"\bjavítom\b", r"\bja nem\b",
    r"\bjaj,? nem\b(?=\W*(?:[,.!-]|$))",
    r"[0-9](?: ?(?:ezer\w*|e|k|ft|forint\w*))?(?:-?[aeoö]?t)?\W+(?:(?:ja|jaj|jah|ah|hopp) )?"
    r"nem(?: is)?"
    r"(?=\W*(?:[,.!-]|inkább\b|várj(?:unk)?\b|$))",
    r"\bnem is\b", r"\bvagyis\b",
    # worked out again after a first figure: "mondtam 200, de utánaszámoltam: 214"
    r"\bde (?:utána|újra|ki|át|még egyszer )számoltam\b(?=\W{0,3}[0-9])",
    # lowered since, said right after the old figure: "31 ill. most már csak 27", "40, de most
    # már csak 35"
    r"(?<=[0-9])(?:,? (?:ill\.?|illetve|de))? most már csak(?= [0-9])",
    # a typo put right, said so after: "210, illetve 201, elírtam", "azaz 180, elgépeltem"
    r"\b(?:illetve|azaz)\b(?=,? ?[0-9][^.;!?]{0,15}\b(?:elírtam|elgépeltem|bocs))",
    # the slip owned before the right figure: "250 a kiadásom, nem, elírtam, 205", "80 ezer,
    # elgépeltem: 60" (not owned after it, "201, elírtam": that figure is the right one)
    r"\b(?:elírtam|elgépeltem)\b(?=\W{1,3}[0-9])",
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
    # the same, the exact figure said before the words: "2k, well 1,980 to be exact", "about
    # 900, or 912 to be precise"
    r"(?<=[,.;] )(?:well|or|no|ok|okay)(?=,? [$€£]?[0-9][0-9.,]* (?:to be (?:exact|precise)|"
    r"exactly|precisely)\b)",
    # a figure put right by "well" after the first, the last figure said: "rent 600, well 650 with
    # the service charge", "1200, well 1250 with overtime" (not "as well", a list after it or a
    # part of the first, "600, well 300 of that is rent")
    r"(?<=[0-9]),? well,? (?=[$€£]?[0-9][0-9,.]*k?\b(?![^0-9]*[0-9])(?![^0-9]*\bof\b))",
    r"抹(?:了|掉|去)?(?:个)?零头?", r"四舍五入", r"取个?整",
    # the real figure said last, "其实": "卡上进了六千一 … 工资其实是四千八" (a figure right after,
    # then its end; not "其实是两份工资")
    r"其实(?:就|只)?(?:是|有)(?= ?[0-9一二两三四五六七八九][0-9.,]*"
    r"[一二两三四五六七八九十百千万]*(?: ?(?:块|元|左右))? ?(?:$|[,.!?;]))",
    # the same with the month named, the earlier figure checked since: "上午说的是一千五 … 其实
    # 每月是一千八 房租涨了" (a figure right after, then its clause's end)
    r"其实(?:每个?月|一个月)(?:就|只)?(?:是|有)(?= ?[0-9一二两三四五六七八九][0-9.,]*"
    r"[一二两三四五六七八九十百千万]*(?: ?(?:块|元|左右))? ?(?:$|[ ,.!?;]))",
    # the own real figure after a figure set for one (a standard, an ideal, an app's): "说标准是
    # 三千 其实我每个月就花两千一", "别人算的一千五 我其实只用一千二", "理想是两千 现实是两千六"
    # (the own figure right after, then its clause's end: not "其实是两份工资")
    r"(?:其实(?:我们?|我家)?(?:每个?月|一个月)?(?:就|只|才|也就|要)?(?:花|用|挣|赚|拿)(?:了|掉)?"
    r"|现实(?:中|里|情况)?(?:是|就是))"
    r"(?= ?[0-9一二两三四五六七八九][0-9.,]*"
    r"[一二两三四五六七八九十百千万]*(?: ?(?:块|元|左右))? ?(?:$|[ ,.!?;]))",
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


BEFORE_WORDS = (
    r"(?<!said )(?<!mentioned )\bbefore\b", r"\bused to\b",
    r"\bwas\b(?! (?:thinking|hoping|planning|going|wondering))", r"\bwere\b", r"\bprevious\w*",
    r"\bformerly\b", r"\bb4\b",  # "b4 the rise 820, now 905"
    # (not being back at work, then: "25 a month till im back then more")
    r"\blast year\b", r"(?<!\bim )(?<!\bi'm )(?<!\bam )(?<!\bis )(?<!\bare )(?<!'re )"
    r"(?<!'s )(?<!\bbe )(?<!\bget )(?<!\bgo )\bback then\b", r"\boriginally\b",
    r"\beddig\b", r"\bkorábban\b", r"\brégen\b",
    # not "a volt férjem" (my ex-husband)
    r"\bvolt\b(?! (?:férj|feleség|pár|élettárs|barát|főnök|munkahely|kolleg|lakótárs|cég)\w*)",
    r"\bmegvolt\b",  # "most 140 körül, tavasszal 300 is megvolt": a figure reached once
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
    # the busy times gone, beside this month's: "活多的时候一个月八千", "生意好的时候"
    r"(?:单子|活|活儿|订单|生意|客人|业务)(?:多|好|旺)的时候",
    # said bare at a clause's start: "好的时候一个月四五千 现在也就一千五" (the good times gone)
    r"(?:^| )(?:最)?好的时候",
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


_CORRECTION = ByScript.phrases(CORRECTION)


@kept_for_the_message
def _corrections_said(folded: str) -> tuple[tuple[int, int], ...]:
    """Where each correction (:data:`_CORRECTION`) is in ``folded``: its many phrases read once
    for the several steps that look for them in one message (the list corrected, then the one
    figure settled on), not once for each (about 8 us each time)."""
    return tuple(match.span() for match in _CORRECTION.finditer(folded))


_BEFORE = ByScript.phrases(BEFORE_WORDS)


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


#: Said between a total and the larger one that follows: an item remembered ("oh and the car
#: insurance", "ja, a biztosítás", "哦还有车险", "忘了算电费").
_AN_ITEM_REMEMBERED = regex(
    r"\b(?:oh|oops|ah|forgot\w*|ja|jaj|hopp|elfelejtettem|kihagytam|kimaradt|varj|wait)\b|"
    r"哦|噢|喔|忘了|漏了|差点忘|等(?:下|等|一下)"
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


#: Right after a figure, that it is one more: "oops bills 150 too", "…, and phone 20 as well".
_ADDED_TOO = regex(r" ?(?:quid|pounds?)? ?(?:too|as well|also)\b")


#: A bare "no" or "hang on" right after a figure, and a figure (or "thats" and one) right after
#: it, in English: the figure before is taken back. "food 200 bills 110 so 940.. no 950", "gas
#: 80, no, 85", "so 1,300.. hang on thats 1,250"; said aloud, with the figure's month or a
#: sound before it: "the loan's 220 a month oh no 230", "rent 700 er no 750"; a guess put right:
#: "about 1200 i think, no more like 1100", "150... no, be realistic, 100". Not "no" leading into
#: words ("500, no car", "700 oh no i forgot the council tax").
_TAKEN_BACK_EN = re.compile(
    r"(?<=[0-9])(?: (?:a|per) (?:month|week)| ?(?:quid|pounds?|pm|pcm))?"
    r"(?: i (?:think|reckon|guess))?\W{1,4}"
    r"(?:(?:oh|ah|er|erm|um|umm|uh|uhm)\W{1,3})?(?:no|hang on)\b"
    r"(?=\W{0,3}(?:(?:thats|that'?s|its|it'?s|i mean|more like|nearer|closer to|"
    r"(?:be|being|let'?s be|lets be) (?:realistic|honest),?) )?[$€£]?[0-9])"
)


#: Right after a figure, the next item's name, then a word of correction: "mercado 240,
#: bilhete... sorry oyster 90". The name is put right (a word of another language, a slip), not
#: the figure before it, which stands (not "rent 700 er no 750", a figure taken back).
_AN_ITEMS_NAME_TAKEN_BACK_EN = re.compile(
    r"(?: ?(?:quid|pounds?))?[,;]? ([a-z]{3,})(?:\.{2,}|…|,)? ?(?:sorry|sry|soz|i mean)\b"
)
#: Words of the taking back itself, no item's name (see :data:`_AN_ITEMS_NAME_TAKEN_BACK_EN`).
_NO_ITEMS_NAME = frozenset(
    ("sorry", "wait", "hang", "hmm", "erm", "umm", "uhm", "oops", "actually", "think", "reckon",
     "guess", "mean", "typo", "woops", "whoops", "nope", "not", "quid", "pounds", "pound", "month",
     "week", "total", "thats", "its", "maybe", "ish", "each", "odd", "too", "sorry")
)  # fmt: skip


def _correction_marks(folded: str, numbers: list[Number]) -> list[int]:
    """Where each word of a correction ends, but one after which the next figure is said to be
    one more ("rent 650 food 200 oops bills 150 too": an item forgotten, nothing taken back)."""
    marks = []
    found = list(_corrections_said(folded))
    if " no" in folded or "hang on" in folded:  # (see _TAKEN_BACK_EN)
        taken_back = [match.span() for match in _TAKEN_BACK_EN.finditer(folded)]
        found = sorted(found + taken_back, key=lambda span: span[1])
    for start, end in found:
        after = next((n for n in numbers if n.start >= end), None)
        if after is not None and _ADDED_TOO.match(folded, after.end):
            continue
        before = next((n for n in reversed(numbers) if n.end <= start), None)
        if before is not None and _an_items_name_put_right(folded, before, end):
            continue
        marks.append(end)
    return marks


def _an_items_name_put_right(folded: str, before: Number, mark_end: int) -> bool:
    """Whether what the correction ending at ``mark_end`` puts right is the next item's name
    said after the figure ``before`` (:data:`_AN_ITEMS_NAME_TAKEN_BACK_EN`), not that figure."""
    named = _AN_ITEMS_NAME_TAKEN_BACK_EN.match(folded, before.end)
    return named is not None and named.end() == mark_end and named[1] not in _NO_ITEMS_NAME


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
            whole = _the_total_with_the_item(number, numbers[i + 1 :]) or following
    return kept, whole


def _the_total_with_the_item(total: Number, after: list[Number]) -> Number | None:
    """Of the figures ``after`` a ``total`` taken back, a later one that is the total with the
    first of them added: "算下来一千七。不对, 忘了还有社保 … 五百多, 那就是两千二" is 2,200, the
    total redone, not the item remembered (500)."""
    item = after[0]
    if total.value is None or item.value is None:
        return None
    return next((n for n in after[1:] if n.value == total.value + item.value), None)


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
                if kind == "before" and _A_CLAUSE_OPENED_BY_A_TIME_PAST_ZH.fullmatch(
                    folded, number.end, min(len(folded), match.end() + 3)
                ):
                    continue  # "退休金2600 以前开的店早不开了": the time past's own clause
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
#: A Chinese time past opening the next clause after a figure (a time word leads what it
#: dates): "每月两千六 以前开的小店早就关了" dates the shop, not the figure before it; so does
#: another loan's "去年" after its name: "房贷每月2650 车贷去年就还完了".
_A_CLAUSE_OPENED_BY_A_TIME_PAST_ZH = re.compile(
    r"(?:块钱?|元)?[ ,\uff0c]+(?:以前|之前|原来|过去|本来"
    r"|(?:[\u4e00-\u9fff]{1,2}贷(?:款)?|花呗|借呗|白条|分期)(?:是|也|早)?(?:去年|前年|以前|之前))"
    r"[\u4e00-\u9fff]{3}"
)


def _a_nought_too_many_taken_off(match: re.Match[str]) -> str:
    """A :data:`_A_NOUGHT_TOO_MANY` match as the figure meant, its length kept."""
    return match["figure"].ljust(len(match[0]))


def _times_said_unless_restated(match: re.Match[str], folded: str) -> str:
    """A :data:`_TIMES_HU` match as the product, or blanked when the product is said elsewhere in
    the message: "havonta 198 ezer, két részletben utalják, 2x 99" is the month's 198 in parts,
    no second amount to add to it."""
    product = _times_said(match)
    said_again = re.compile(rf"(?<![0-9.,]){re.escape(product)}(?![0-9]|[.,][0-9])")
    if said_again.search(folded, 0, match.start()) or said_again.search(folded, match.end()):
        return " " * len(match[0])
    return product
