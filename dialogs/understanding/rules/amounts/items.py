"""Lists of items: an item without its amount, breakdowns and totals, parts said inside a whole,
the business's costs beside the home's, the rest after the items. Apart because with ``items``
the answer is a sum, and these say what is added."""

from __future__ import annotations

import itertools
import re

from dialogs.understanding.rules.amounts.surroundings import (
    _A_FIGURE,
    _A_NUMBER_IN,
    _BEFORE_A_TOTAL,
    _LEFT_WITH,
    _MONTHLY,
    _MONTHLY_AFTER,
    _SENTENCE_END,
    _SO_BEFORE,
    _THE_REST_AFTER_A_PART_LEFT_OUT_ZH,
    _THE_REST_OF_THE_INCOME,
    _TOTAL_AFTER,
    _TOTAL_BEFORE,
    _WHICH_IS_WANTED,
    _in_thousands,
)
from dialogs.understanding.rules.numerals import (
    Number,
    numbers_in,
)
from dialogs.understanding.rules.sums import (
    _ALL_TOGETHER,
    _ITEMS,
    _clause,
    _clause_between,
)
from dialogs.understanding.rules.text import (
    alternatives,
    compile_phrases,
    language_code,
    regex,
)

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


_AND_WORDS = compile_phrases(AND_WORDS)


def _rest_left_unsaid(folded: str) -> bool:
    """Whether the rest is put on top with no figure after it ("plus the rest", "a többi
    külön")."""
    rest = _THE_REST_ON_TOP.search(folded)
    if (
        rest
        and ("kid" in rest[0] or "child" in rest[0])
        and _FOR_A_LIST_BEFORE.search(folded, 0, rest.start())
    ):
        return False  # "about 600 for food, petrol and the kids' stuff": the figure is for them
    return bool(rest and not _A_NUMBER_IN.search(folded, rest.end()))


#: A spending item named with "and so on" as a clause of its own, no figure in it: "水电话费等等",
#: "还有交通之类的", "网费什么的" (not "吃饭什么的一千五": its figure follows).
_SPENDING_ITEMS_AND_SO_ON_ZH = re.compile(
    r"(?:^|(?<=[\s,;]))(?:还有|加上|另外|再加上?)?"
    r"(?:水电|水费|电费|燃气|话费|网费|物业|吃饭|伙食|房租|交通|油费|车费)[\u4e00-\u9fff]{0,4}?"
    r"(?:等等|之类的?|什么的)(?=[\s,.;!?\u3002]|$)"
)


def _bare_items_and_so_on_zh(folded: str) -> bool:
    """Whether spending items are named with "and so on" after the figures and no figure is
    said after them ("房租两千 吃饭一千五 水电话费等等"): items without an amount."""
    for match in _SPENDING_ITEMS_AND_SO_ON_ZH.finditer(folded):
        if _A_NUMBER_IN.search(folded, 0, match.start()) and not _A_NUMBER_IN.search(
            folded, match.end()
        ):
            return True
    return False


#: A figure said to be for the items named after it, up to the end: "600 for food, bills and".
_FOR_A_LIST_BEFORE = re.compile(r"[0-9](?: ?k)? for [^0-9]*$")


def _item_without_amount(folded: str) -> bool:
    """Whether the items of a list ("rent 800 and food and petrol") include one without an
    amount: an item named after "and", "meg", "还有" that follows an amount and has no number of
    its own. Items named before the one amount ("rent and food come to 900") are its whole."""
    if _rest_left_unsaid(folded):
        return True  # "bérlet 120 plusz a többi", "房租1800 其他另算"
    if _ALL_TOGETHER.search(folded) or _ITEMS_SAID_INCLUDED.search(folded):
        return False
    if ("等" in folded or "之类" in folded or "什么的" in folded) and _bare_items_and_so_on_zh(
        folded
    ):
        return True  # "房租两千 吃饭一千五 水电话费等等"
    if "after " in folded:
        folded = _DEDUCTIONS_TAKEN_OFF_EN.sub(" ", folded)
    if " up" in folded or "rose" in folded or "risen" in folded:
        folded = _without_items_risen_en(folded)
    if "and " in folded:  # "food and that maybe 400": the item and its like, no item more
        folded = _AND_SO_ON_EN.sub(" ", folded)
    # The joining words, read once for the pieces between them (as ``_AND_WORDS.split`` cuts
    # the text: the pattern has no group and matches no empty text) and for the words below.
    ands = list(_AND_WORDS.finditer(folded))
    edges = [0, *(edge for match in ands for edge in match.span()), len(folded)]
    pieces = [folded[edges[i] : edges[i + 1]] for i in range(0, len(edges), 2)]
    first = next((i for i, piece in enumerate(pieces) if _A_NUMBER_IN.search(piece)), None)
    if first is None:
        return False
    if _COVERS.search(folded):
        return False  # "450 for food and transport": the amount is for all of them
    last_bare = _A_LAST_ITEM_BARE.search(folded)
    if last_bare and _A_NUMBER_IN.search(folded, 0, last_bare.start()):
        return True  # "rent 700, bills 200, food": the last item named has no figure
    after = pieces[first + 1 :]
    if any(
        _BENEFIT_NAMED.search(piece) and not _A_NUMBER_IN.search(_A_COUNT_OF_WEEKS.sub(" ", piece))
        for piece in after
    ):
        return True  # "uc 812 a month plus pip which comes every 4 weeks": pip's amount unsaid
    joins = [m[0].strip() for m in ands][first:]
    return any(
        _ITEMS.search(piece)
        and not _A_NUMBER_IN.search(piece)
        and not _THERE_IS_NONE.search(piece)
        and not ("kartya" in piece and _THIS_CARD_HU.search(piece))
        and not (  # "… 250 and then phone and bus maybe 80": one figure for both
            i + 1 < len(after)
            and joins[i + 1] == "and"
            and not piece.rstrip().endswith((",", ";"))
            and _SHARES_THE_FIGURE.match(after[i + 1])
        )
        for i, piece in enumerate(after)
    )


#: Two items named together before the one figure for both, the second an English everyday cost:
#: "phone and bus maybe 80", "food and bills 290", "then gas and electric another 150" (the piece
#: after "and": the item, a word or two, then the figure, no comma between; not "albi 120 + rezsi
#: + kaja 70", each its own).
_SHARES_THE_FIGURE = re.compile(
    r" ?(?:bus|buses|travel|transport|petrol|diesel|fuel|bills|food|groceries|shopping|phone|"
    r"internet|broadband|gas|electric|electricity|leccy|water|insurance)"
    r"(?: (?:is|are|maybe|about|around|roughly|costs?|comes? to|another)){0,2} (?:[$€£] ?)?[0-9]"
)


#: "And that", "and stuff": an item's like, said after its name and before its figure ("food
#: and that maybe 400", "petrol and stuff about 150"): no item more, the figure is for them.
_AND_SO_ON_EN = re.compile(
    r"(?<=[a-z]) and (?:that|stuff|all that|everything|things|bits|so on)(?=,? (?:maybe |about |"
    r"around |roughly |like |is |are |comes? to |costs? )?(?:[$£] ?)?[0-9])"
)


#: What comes off a pay before it lands, named after "after" with no figure of its own: "900
#: after tax and ni", "2,050 after pension and student loan". They say which pay the figure is
#: (the net), not items still to be added; only these words, so "after rent and food" stays.
_DEDUCTION_EN = r"(?:tax|ni|n\.i\.|national insurance|pension|student loan|deductions|union fees?)"
_DEDUCTIONS_TAKEN_OFF_EN = regex(
    rf"\bafter (?:the )?{_DEDUCTION_EN}(?:(?:,| and|, and| &| \+) (?:the )?{_DEDUCTION_EN})*\b"
)


#: Costs named as why the figure is what it is now, risen, with no figure of their own: "about
#: 1,200 now the gas and electric have gone up", "1,050 since the rent and the council tax went
#: up". They say why, not items still to be added ("rent 800 and food has gone up" stays).
_ITEMS_RISEN_EN = regex(
    r"\b(?:now(?: that)?|since|because|cos|coz|as|what with) (?:the |my |our )?"
    r"(?:[a-z]+,? (?:and |& )?(?:the |my )?){1,4}"
    r"(?:has |have |'ve |having )?(?:gone up|went up|shot up|risen|rose|gone through the roof)\b"
)


def _without_items_risen_en(folded: str) -> str:
    """``folded`` without the costs named as why a whole is what it is now
    (:data:`_ITEMS_RISEN_EN`), where the figure before them names no item itself ("rent 800 now
    food has gone up": the food's figure is still unsaid)."""
    risen = _ITEMS_RISEN_EN.search(folded)
    if risen is None or _ITEMS.search(folded, 0, risen.start()):
        return folded
    return folded[: risen.start()] + " " + folded[risen.end() :]


#: Items named as included in the one amount said: "havi 150, ebben a gyógyszer és a rezsi is
#: benne van", "that includes the gas and the food", "里面包括水电和吃饭". They are its parts, no
#: item left without a figure ("nincs benne", not included, is not this).
_ITEMS_SAID_INCLUDED = regex(
    r"(?<!nincs )(?<!nem )\bbenne (?:van|vannak|volt|vannak mar)\b|\bbeleertve\b|"
    r"\b(?:that|which|this|it) includes?\b|\b(?:that's|thats|that is|it's|its) including\b|"
    r"(?:里面|其中|这里面|这个)(?:已经)?(?:包括|包含|含)|"
    # the one figure, then after a colon what it is for, no figure after: "kb 210: kaja, rezsi,
    # bérlet"
    r"[0-9](?: ?(?:ezer|e|k|ft))? ?: [^\W\d](?!.*[0-9])"
)


_WORKED_OUT_IN_BRACKETS = regex(
    r"\b(?:so|split|half|mine|share|each|per|szoval|fele|felet|enyem|reszem)\b|[=/%*]|"
    r"[0-9] ?x ?[0-9]|所以|一半|我出|平摊|每"
)


#: A pay period named in brackets after the pay, whatever other figures are with it: "take home
#: 1,420.00 (week 9 of 13, paid four-weekly)", "wage 600 (2 weeks, paid fortnightly)". The
#: figures beside it say which pay it is, no parts of it; the period is read with the pay.
_A_PAY_PERIOD_IN_BRACKETS = regex(
    r"\b(?:paid |pay )?(?:every (?:other |two |2 |three |3 |four |4 )?(?:weeks?|fortnight)|"
    r"(?:four|4)[- ]?weekly|fortnightly|bi-?weekly|weekly)\b"
)


def _without_its_breakdown(found: re.Match[str], language: str) -> str:
    """The figure of ``found`` without the parts in its brackets where they are parts of it (they
    add up to it or less): summed as items beside it they would count it twice."""
    if _WORKED_OUT_IN_BRACKETS.search(found[1]):
        return found[0]  # "rent 640 (split 50/50 so 320 mine)": the own part worked out
    if ("week" in found[1] or "fortnight" in found[1]) and _A_PAY_PERIOD_IN_BRACKETS.search(
        found[1]
    ):
        return found[0]  # "(period 7 of 13, paid every 4 weeks)": no breakdown
    numbers = numbers_in(found[0], language_code(language))
    values = [n.value for n in numbers if n.unit is None]
    if len(values) < 2 or None in values or sum(v for v in values[1:] if v) > (values[0] or 0):
        return found[0]
    start = found.start(1) - found.start() - 1
    return found[0][:start] + " " * (len(found[0]) - start)


#: An item named last in a list, after a comma or a line, with no figure: "rent 700, food",
#: "albérlet 120, rezsi 35, kaja", "房租两千, 水电三百, 吃饭"; also after the comma's "and" and
#: among debts, a kind of one named: "klarna 20, the loan, and the bank overdraft".
_A_LAST_ITEM_BARE = regex(
    r"[,;] ?(?:and |plus )?(?:the |my |a |az )?(?:(?:student|bank|personal|car|phone) )?"
    r"(?:rent|bills?|food|petrol|fuel|gas|electric\w*|phone|overdraft|loans?|catalogues?|"
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


#: This card itself named among the debts, the one asked about: "a lakáshitel 72, most csak az
#: meg ez a kártya" (no item missing its figure).
_THIS_CARD_HU = regex(r"\bez a (?:hitel)?kartya\b")


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


_COVERS = regex(
    r"[0-9](?: ?(?:k|e|ezer\w*|[$€£¥]|ft|forint\w*|pounds?|dollars?|quid))? "
    r"(?:\(|(?:for|to cover|covers?|altogether for|between|across|on both|for both|with|"
    r"including)\b|"
    r"(?:kb |körülbelül |nagyjából )?(?:az? )"
    r"(?:\w+(?:ra|re) (?:es|meg) (?:az? )?\w+(?:ra|re)\b))"
    r"(?!.*\b(?:also|too|as well|plus)\b)"
)


def _the_rest_in_thousands(rest: list[Number], folded: str, in_thousands: bool) -> list[Number]:
    """The amounts left once some are set aside: in a currency counted in thousands, one amount
    left (maybe said twice) is read in thousands, as it would be said alone."""
    if in_thousands and len({n.value for n in rest}) == 1:
        return [_in_thousands(n, folded) for n in rest]
    return rest


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
    r"(?:(?:the )?[a-z]+ (?:is |of )?|[\u4e00-\u9fff]{1,4})?(?:[$€£] ?)?",
    read_often=False,
)


#: Between a whole and one part of it said after a comma: "工资3800, 含补发的1000".
_PART_SAID_INSIDE_ZH = re.compile(
    r" ?(?:元|块)?(?:[,;] ?| )(?:含|包含|包括|里面有|这里面有)(?:了)?[\u4e00-\u9fff]{0,6}?(?:的)? ?"
)


#: Between a whole and one part of it said to take up a share of it: "四千六, 房租占了一千八",
#: "五千 吃饭就占两千", "五千左右 房租占了两千" (the item is inside the whole; not "开销占七成": a
#: share, no figure).
_PART_SAID_TAKING_UP_ZH = re.compile(
    r" ?(?:元|块)?(?:左右|上下)?(?:[,;] ?| )(?:其中)?[\u4e00-\u9fff]{1,6}?(?:就|都|大概|差不多)?"
    r"占(?:了|掉)?"
    r"(?:大概|差不多|将近|快)? ?"
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
        if "占" in folded and _PART_SAID_TAKING_UP_ZH.fullmatch(folded, first.end, part.start):
            return first  # "四千六 房租占了一千八": the rent is a share of the whole said first
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
        if _PART_OF_THAT.match(folded, part.end) and _BEFORE_A_TOTAL.fullmatch(
            folded, 0, first.start
        ):  # (the short match after the part first: both are read, in either order, alike)
            return first  # "twelve fifty, the rent alone is 700 of that": the month said first
        if _THE_REST_NAMED_AFTER_A_PART.match(folded, part.end) and _said_as_a_total(folded, first):
            return first  # "about 1100 all in, thats rent 650 and the rest is food and bills"
    if not _said_as_a_total(folded, first):
        return None
    inside = all(
        n.value is not None
        and n.value < first.value
        and _INSIDE_THE_WHOLE.search(folded, max(0, n.start - 40), n.start)
        and not _THE_REST_AFTER_A_PART_LEFT_OUT_ZH.search(folded, max(0, n.start - 12), n.start)
        for n in rest
    )
    return first if inside else None


def _said_as_a_total(folded: str, number: Number) -> bool:
    """Whether ``number`` is said as a total: "1200 all in", "in total 1,300"."""
    return bool(
        _TOTAL_AFTER.match(folded[number.end : number.end + 30])
        or _TOTAL_BEFORE.search(folded[max(0, number.start - 40) : number.start])
    )


#: After the one part said of a whole, the rest of it named without a figure: "1100 all in, thats
#: rent 650 and the rest is food and bills", "rent 650, the rest food" (not the figure of the rest
#: itself: "so 650 a month, and about 400 for the rest").
_THE_REST_NAMED_AFTER_A_PART = regex(
    r"(?! ?(?:a month |per month |pcm )?(?:for|on|towards|to cover) (?:all )?(?:the )?rest\b)"
    r"[^0-9]{0,20}?\b(?:the )?rest(?: of it)?\b(?! of (?:the|my) (?:month|year|week)\b)[^0-9]*$",
    read_often=False,
)


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
