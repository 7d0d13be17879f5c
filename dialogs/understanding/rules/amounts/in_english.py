"""The English rewrites of the reading (:func:`_set_aside_not_asked_en`) and the English-only
patterns and helpers: items struck out or restated, a thing's worth, a perk in kind, payslips
and statements. Apart so that the English phrasing is in one place."""

from __future__ import annotations

import re
from decimal import Decimal

from dialogs.understanding.rules.amounts.another_kind import _ANOTHER_KIND
from dialogs.understanding.rules.amounts.outcome import (
    AmountProblem,
    AmountReading,
    _AmountBeingRead,
)
from dialogs.understanding.rules.amounts.surroundings import (
    _A_FIGURE_EN,
    _A_NUMBER_IN,
    _AT_SOURCE,
    _all_before_blanked,
    _blanked,
)
from dialogs.understanding.rules.numerals import (
    Number,
    _spell_out,
    numbers_in,
)
from dialogs.understanding.rules.text import (
    regex,
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
#: ("700 rent, food 200, we split the bills with my partner, mine is 60": a share of one; "rents
#: about 600 and the rest of my spending is 500", the rent's typed without its apostrophe).
_AN_OWN_ITEM_EN = regex(
    r"\b(?:rents?|food|groceries|bills?|council|phone|petrol|diesel|mortgage|gas|elec\w*|water|"
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
#: rent 600, food 200", or "for the house its 1,100" after the trade's takings; not "my part is
#: 35%, the total for the house is 2,400", a whole of a share), the own month after a colon
#: ("my monthly: rent 600", "my own stuff: rent 500", "what i spend tho: rent 600"), a month's
#: spending that opens a list ("monthly spend rent 700 food 200"), and "i spend" opening a
#: sentence ("we sell 90 cones a day. i spend 700 a month").
_THE_OWN_MONTH_SAID_MORE_WAYS_EN = regex(
    r"(?:\b(?:house(?:hold)?|home|everyday|day to day) (?:spend(?:ing)?|outgoings)"
    r"(?: (?:is|are|r|comes? to)\b|:)|"
    r"\b(?:house(?:hold)?|home) costs?(?: (?:are|r|is))?:?"
    r"(?= (?:rent|mortgage|food|groceries|bills|council)\b)|"
    r"(?:^|[.!?,] )(?:for )?the house (?:is|its|it'?s)\b|"
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
#: a month all year, the season makes no odds"). Also an offer: "in season i could pay 90, out
#: of it 30" (the season's month or the quiet one's?).
_A_MONTH_BY_THE_SEASON_EN = regex(
    r"\b(?:(?:in|during) (?:the )?(?:season|summer)|harvest(?: months?)?|peak season)\b"
    r"[^0-9.!?]{0,25}[0-9][0-9,.]*k?\b[^0-9]{0,60}"
    r"\b(?:off[- ]?season|(?:in |the )?winter|out of (?:season|it))\b[^0-9]{0,50}[0-9]"
)


#: A figure said to hold only while something lasts, in English: "when the play is on 1,300 but
#: it ends in may", "when my lodger is here 950 but hes off in june". How long it holds, and the
#: month after, stay unsaid: asked again (not "when the play is on 1,300", nothing said against
#: it; a figure now and another later, "50 now and 80 once the season starts", is the first).
_A_FIGURE_ONLY_FOR_A_WHILE_EN = regex(
    r"(?:^|[,.!?] )when (?:the|a|my|our|i'?m|im|we'?re)\b[a-z' ]{1,30}?(?:[$€£] ?)?"
    r"[0-9][0-9,.]*k?\b[^0-9.!?]{0,6}\bbut\b"
)


#: A figure for one kind of month and only "more" or "less" for another, in English: "about 980
#: in a 4 week month and more in a 5 week one", "900 in a normal month, more in a busy one",
#: "1,100 on a quiet week, a lot less on a bank holiday one". Which month is meant, and by how
#: much the other differs, stay unsaid: asked again (not "900 a month, more in winter",
#: no kind of month beside the figure's).
_ANOTHER_KIND_OF_MONTH_MORE_OR_LESS_EN = regex(
    r"[0-9][0-9,.]*k?\b[^0-9.!?]{0,12}\b(?:in|on|for) (?:a|an|the) [a-z0-9' -]{1,20}?"
    r"(?:months?|weeks?)\b,?(?: and| but)? (?:(?:a (?:bit|lot|little)|way|much|loads) )?"
    r"(?:more|less|higher|lower) (?:in|on|for) (?:a|an|the) [a-z0-9' -]{1,20}?"
    r"(?:months?|weeks?|ones?)\b"
)


#: One figure for some weeks or months and another for some others, in English: "some weeks
#: its 150 some weeks 60", "food is not fixed, some months 80 some 250", "some month about 300,
#: some 500". Which is the month's is unsaid, and the two are no items to add: asked again (not
#: "some weeks i spend 50 on the bus, rent 600": no second "some").
_SOME_TIMES_ONE_FIGURE_SOME_ANOTHER_EN = regex(
    r"\bsome (?:weeks?|months?|days?) (?:(?:its|it'?s|is|about|around|like|i spend) )*"
    r"(?:[$€£] ?)?[0-9][0-9,.]*k?\b[^0-9.!?]{0,12}\bsome (?:(?:weeks?|months?|days?|its|it'?s|"
    r"is|about|around|like) )*(?:[$€£] ?)?[0-9]"
)


#: At the spending, the cardholder's work told by how many things are made or done and the price
#: of each: "we bake 300 scones on a market day at 1.20 a scone", "i made 12 quilts this year at
#: 250 each", "we do 80 cuts on a friday at 15 a head". It is the trade, no spending (not "2
#: phones at 20 each", no work said: that is a cost).
_WORK_DONE_AT_A_PRICE_EN = regex(
    r"\b(?:i|we) (?:make|made|do|did|bake|baked|sell|sold|build|built|fit|fitted) "
    r"(?:about |around |like )?[0-9]+ [a-z]+(?: [a-z]+){0,4}? at (?:[$€£] ?)?[0-9][0-9,.]*k? "
    r"(?:each|apiece|a piece|(?:a|per) [a-z]+)\b"
)


#: Where what is said after the work begins: a new sentence or a "but".
_A_SENTENCE_OR_A_BUT = re.compile(r"[.!?;]|\bbut\b")


def _without_work_done_at_a_price_en(folded: str) -> str:
    """``folded`` without the work told at a price (see :data:`_WORK_DONE_AT_A_PRICE_EN`) where
    the spending's figure is said after it, past a full stop or a "but" ("we do 200 pasties a day
    at 2 each. i spend 900 a month" is 900); otherwise as it was, asked as it reads."""
    found = list(_WORK_DONE_AT_A_PRICE_EN.finditer(folded))
    rest = folded[found[-1].end() :]
    after = _A_SENTENCE_OR_A_BUT.search(rest)
    if after is None or not _A_FIGURE_EN.search(rest, after.end()):
        return folded
    return _blanked(folded, *found)


#: The figures of a message, each a run of digits and its marks.
_FIGURES_EN = re.compile(r"[0-9][0-9,.]*")


def _kept_where_a_figure_is_left(kept: str, folded: str) -> str:
    """``kept`` (``folded`` with some figures set aside) where a figure is left in it, else
    ``folded`` as it was: setting aside what is no answer never leaves the message with none."""
    return kept if _FIGURES_EN.search(kept) else folded


#: The one figure said as a ceiling or as nearly reached, in English: "950 tops", "1,300 tops a
#: month", "nearly 1,100 with the car", "almost two grand". How far under it the month is stays
#: unsaid (not "UC tops me up to 900", a top-up; an offer's "tops" is its own: the offer is
#: asked elsewhere, and only the pay and the spending are read here). Also a ceiling said with
#: "at most" or "max": "at the most 1,100 right now", "1,250 max", "max of 900 a month".
_A_CEILING_OR_NEARLY_EN = regex(
    r"[0-9](?:k|,[0-9]{3})?(?: (?:grand|quid|pounds?|a month|per month|pm))? "
    r"(?:tops|max)\b(?! (?:up|me|it))"
    r"|\b(?:nearly|almost|at (?:the )?most|max(?:imum)?(?: of)?) (?:about |around )?"
    r"(?:[$€£] ?)?[0-9]"
)

#: A figure said as nearly reached in Irish English, "the guts of": "the guts of 1,300 all told",
#: "rent and food, the guts of 900". How far under it the month is stays unsaid, whatever other
#: figures stand beside it (summed with them it would be taken twice).
_THE_GUTS_OF_EN = regex(r"\bthe guts of (?:about |around )?(?:[$€£] ?)?[0-9]")

#: After the last figure of the pay or the spending, that it is still to be checked or not
#: known yet, in English: "1,100. or more, ill check later", "900 last month, this one i dont
#: know yet", "about 1k, need to check the app", "… and the grant, dunno how to count it". The
#: figure said is not the one to take (not "… so 1,045. ill check for a reply in the morning", a
#: reply looked for).
_STILL_TO_BE_CHECKED_EN = regex(
    r"\b(?:(?:i'?ll|ill|i will|need to|have to|got to|gotta|let me|i'?d need to|id need to) "
    r"(?:double )?check\b(?! (?:for|back|in)\b)|(?:dont|don'?t|do not) know yet|no idea yet|"
    r"not sure yet|"
    # a part whose month is not worked out: "… the loan comes termly, idk how to count that"
    r"(?:idk|dunno|(?:i )?(?:dont|don'?t|do not) know|not sure|no idea) how (?:to|i|you|we) "
    r"(?:should )?(?:count|work out|add|put|split)\b)"
)


def _still_to_be_checked_en(folded: str) -> bool:
    """Whether the words after the last figure say it is still to be checked or not known yet
    (see :data:`_STILL_TO_BE_CHECKED_EN`)."""
    ends = [figure.end() for figure in _FIGURES_EN.finditer(folded)]
    return bool(ends) and bool(_STILL_TO_BE_CHECKED_EN.search(folded, ends[-1]))


#: A bound put on a figure, in English: "at least 900", "870 at most", "no more than 60".
_A_BOUND_EN = regex(r"\b(?:at least|at most|(?:no|not) (?:more|less) than)\b")


#: The same figure said after as the exact one: "no, exactly 900", "900 exactly", "fixed at 60",
#: "900 on the dot" (its digits in the group ``figure``).
_THE_FIGURE_MADE_EXACT_EN = regex(
    r"\b(?:exactly|precisely|fixed at|set at) (?:[$€£] ?)?(?P<figure>[0-9][0-9,]*(?:\.[0-9]+)?)\b|"
    r"(?<![0-9,.])(?P<figure2>[0-9][0-9,]*(?:\.[0-9]+)?) (?:exactly|on the dot)\b"
)


def _without_a_bound_made_exact_en(folded: str) -> str:
    """``folded`` with a bound blanked where the same figure is said after as the exact one:
    "at least 900... no, 900 exactly" and "no more than 45 a week, its fixed at 45" settle the
    bound, so the figure is the answer, not a bound left standing (see
    :func:`_the_one_figure_a_bound_en`). A bound on another figure ("at least 900, exactly 950
    with the van") stays: the exact one is another amount."""
    found = list(_THE_FIGURE_MADE_EXACT_EN.finditer(folded))
    if not found:
        return folded
    exact = found[-1]
    figure = exact["figure"] or exact["figure2"]
    for bound in _A_BOUND_EN.finditer(folded, 0, exact.start()):
        after = folded[bound.end() : bound.end() + len(figure) + 3].lstrip(" $€£")
        before = folded[max(0, bound.start() - len(figure) - 3) : bound.start()].rstrip(" $€£")
        said = after.startswith(figure) and not after[len(figure) :][:1].isdigit()
        if said or (before.endswith(figure) and not before[: -len(figure)][-1:].isdigit()):
            folded = _blanked(folded, bound)
    return folded


def _the_one_figure_a_bound_en(folded: str) -> bool:
    """Whether the one figure of an English message is a bound of a month that varies (see
    :data:`_A_BOUND_OF_A_MONTH_THAT_VARIES_EN`)."""
    return len(_FIGURES_EN.findall(folded)) == 1 and bool(
        _A_BOUND_OF_A_MONTH_THAT_VARIES_EN.search(folded)
    )


#: The items that plainly count, by the question: a month's own costs at expenses, a debt's
#: payment at other debts. Asked whether one of these counts, the cardholder answers it anyway.
_PLAINLY_COUNTED_EN = {
    "expenses": r"rent|mortgage|council tax|food|groceries|bills|gas|electric\w*|water|energy",
    "other_debts": r"dmp|debt management plan|loans?|payday loans?|catalogue|overdraft|klarna",
}


#: Asked whether such an item counts, in English, the question ending there: "does the mortgage
#: count? its 700 and ...", "if the gas counts then 990", "depends whether the loan counts, 80
#: if it does". (An item that may not count, "does the gym count?", stays a question: see
#: :data:`_ASKED_IF_IT_COUNTS`; so does one asked with a case, "does rent count if mum pays it?")
_WHETHER_A_PLAIN_ITEM_COUNTS_EN = {
    asked: regex(
        rf"\b(?:(?:does|do|would|should) |(?:depends )?(?:on )?(?:whether|if) )"
        rf"(?:you count )?(?:the |my |our )?(?:{items}) (?:counts?|is counted)\b\??"
        rf"(?=\W*(?:[.!?,;]|then\b|$))"
    )
    for asked, items in _PLAINLY_COUNTED_EN.items()
}


#: A question tag that it counts, said after: "it does count doesnt it?", "that counts right?".
_IT_COUNTS_DOESNT_IT_EN = regex(
    r"\b(?:it|that|they|this) (?:does |do )?counts?,? (?:doesnt|doesn'?t|dont|don'?t|right|"
    r"surely|yeah)(?: (?:it|they))?\?"
)


def _without_whether_a_plain_item_counts_en(folded: str, asked: str) -> str:
    """``folded`` with the question blanked whether an item that plainly counts counts (see
    :data:`_WHETHER_A_PLAIN_ITEM_COUNTS_EN`), and a tag question after it: the figure said with
    it is the answer, the item in it. "does rent count? its 550 and the rest 300" is 850."""
    asked_whether = list(_WHETHER_A_PLAIN_ITEM_COUNTS_EN[asked].finditer(folded))
    if not asked_whether:
        return folded
    tags = _IT_COUNTS_DOESNT_IT_EN.finditer(folded, asked_whether[0].end())
    return _blanked(folded, *asked_whether, *tags)


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
    taken = [
        n
        for n in numbers
        if n.start > labelled[0].end
        and _A_FIGURE_TAKEN_AFTER_THE_NET_PAY_EN.search(folded, max(0, n.start - 20), n.start)
    ]
    return taken[-1] if taken else labelled[0]


#: Right before a figure said after the payslip's net pay, that it is the one to take: "net pay
#: 1,400 but 1,360 reaches my bank after the union, call it 1,360", "so use 1,360" (what lands
#: after a deduction the payslip leaves out).
_A_FIGURE_TAKEN_AFTER_THE_NET_PAY_EN = regex(
    r"\b(?:call it|so use|just use|go with|put down|put)(?: about| around)? (?:£ ?)?$"
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


#: A figure said in its clause to be another person's, kept apart from the own: "my wifes 1,700
#: is separate", "his pension 800 goes to him", "the 300 from her job she keeps", "she has her
#: own loan 90 but thats hers" (the words after it, in the same clause, within a few words).
#: "is separate" alone says no whose: it is read so only with a person named before the figure
#: (see :func:`_without_anothers_figure_kept_apart_en`).
_ANOTHERS_FIGURE_KEPT_APART_EN = regex(
    r"(?<![0-9.,])[0-9][0-9,.]*k?(?=[^.;!?0-9]{0,30}?\b(?:(?:is|are|thats|that'?s|its|it'?s) "
    r"(?:(his|hers|theirs|(?:his|her|their) own)|(separate))|goes (?:straight )?to (?:him|her)|"
    r"(?:he|she) keeps?)\b)"
)


#: Before a figure, in its clause, another person whose it is: "my husbands", "his", "her".
_ANOTHER_PERSON_BEFORE_EN = regex(
    r"\b(?:(?:husband|wife|partner|son|daughter|dad|mum|mom|father|mother|brother|sister|"
    r"fella|boyfriend|girlfriend|flatmate)'?s?|his|her|their)\b[^.;!?0-9]{0,25}$"
)


#: Words one of which :data:`_ANOTHERS_FIGURE_KEPT_APART_EN` needs.
_WORDS_OF_ANOTHERS_FIGURE_KEPT_APART_EN = (" his", "hers", "theirs", " own", "separate",
                                           "goes to", " keep")  # fmt: skip


#: After a figure, in its sentence, another's own thing with no figure said to be theirs: "1,050
#: now, her carers allowance is hers". The words of keeping apart are that thing's, not the
#: figure's (see :func:`_without_anothers_figure_kept_apart_en`).
_ANOTHERS_THING_KEPT_APART_AFTER_EN = regex(
    r"[^.;!?0-9]{0,20}?, (?:and |but )?(?:his|her|their) (?:\w+ ){1,2}(?:is|are) "
    r"(?:his|hers|theirs)\b"
)


def _without_anothers_figure_kept_apart_en(folded: str, asked: str) -> str | None:
    """``folded`` without the figures said to be another person's, kept apart (see
    :data:`_ANOTHERS_FIGURE_KEPT_APART_EN`), where a figure of the own is left: "1,500 a month
    from the bakery, my husbands 1,900 is separate" is 1,500; ``None`` where every figure is
    another's ("his 1,900 is separate": whose own is unsaid). "the child benefit 100 is
    separate", no person named, stays; money going to another or kept by them is read so only of
    the income (a debt paid back "goes to him" too)."""
    found = [
        m
        for m in _ANOTHERS_FIGURE_KEPT_APART_EN.finditer(folded)
        if (m[1] or m[2] or asked == "income")
        and (
            not m[2] or _ANOTHER_PERSON_BEFORE_EN.search(folded, max(0, m.start() - 40), m.start())
        )
        and not _ANOTHERS_THING_KEPT_APART_AFTER_EN.match(folded, m.end())
    ]
    if not found:
        return folded
    blanked = _blanked(folded, *found)
    return blanked if _A_NUMBER_IN.search(blanked) else None


#: A bare figure said first, then a dash or a colon before the items it is made of: "730 - rent
#: 400, food 200, bills 130", "£900: rent 550, the rest food". See
#: :func:`_without_the_parts_of_a_whole_said_first_en`.
_A_WHOLE_SAID_FIRST_EN = regex(
    r"^(?:[$€£] ?)?(?P<whole>[0-9][0-9,]*(?:\.[0-9]{1,2})?) ?(?:[$€£]|quid|pounds)? ?"
    r"(?:a month |a mth |pm |monthly )?(?:-|:) (?=[a-z])"
)
#: An item's figure in the breakdown after the whole (a plain sum of money, no "k" or count).
_A_PARTS_FIGURE_EN = re.compile(r"(?<![0-9.,])[0-9][0-9,]*(?:\.[0-9]{1,2})?(?![0-9a-z%])")


def _without_the_parts_of_a_whole_said_first_en(folded: str) -> str:
    """``folded`` with the breakdown after a whole said first blanked, where its items' figures
    add up to the whole exactly (see :data:`_A_WHOLE_SAID_FIRST_EN`): "730 - rent 400, food 200,
    bills 130" is 730, the parts only showing how. Parts that add up to something else ("730 -
    rent 400, food 200, bills 100") are left: which figure is meant is unclear."""
    whole = _A_WHOLE_SAID_FIRST_EN.match(folded)
    if whole is None:
        return folded
    parts = _A_PARTS_FIGURE_EN.findall(folded, whole.end())
    if len(parts) < 2:
        return folded
    total = sum((Decimal(part.replace(",", "")) for part in parts), Decimal(0))
    if total != Decimal(whole["whole"].replace(",", "")):
        return folded
    return folded[: whole.end()] + " " * (len(folded) - whole.end())


#: A whole said first, an approximation or "a month" with it, and after a mark its breakdown
#: ending on "the rest", priced by no figure: "about 1,000 a month. rent 600 and the rest is food
#: and bills", "£900: rent 550, the rest food". See :func:`_without_the_parts_before_the_rest_en`.
_A_WHOLE_BEFORE_THE_REST_EN = regex(
    r"^(?:(?:about|around|roughly|approx\w*|maybe|probably|prob|like|say) )?(?:[$€£] ?)?"
    r"(?P<whole>[0-9][0-9,]*(?:\.[0-9]{1,2})?)(?: ?(?:[$€£]|quid|pounds))?"
    r"(?: (?:a|per) month| a mth| pm| monthly)? ?(?:-|:|,|\.) (?=[a-z])"
)
#: The rest of the whole named last, no figure after it, not of a time nor paid by another
#: ("… and the rest my husband pays": the own part is then the item's).
_THE_REST_LAST_EN = regex(
    r"\b(?:the rest|everything else)\b(?! of the (?:year|time|month|week))[^0-9]*$"
)
#: Any figure, plain or not ("20%", "2k", "1.5"), to be sure the breakdown's are all plain.
_ANY_FIGURE_EN = re.compile(r"[0-9][0-9,.]*")
#: Who pays or gives a part, in the breakdown: a share of the whole, not its parts.
_A_PART_PAID_BY_SOMEONE_EN = regex(
    r"\b(?:pays?|paid|paying|covers?|covered|covering|gives?|chips? in|splits?|halves)\b"
)


def _without_the_parts_before_the_rest_en(folded: str) -> str:
    """``folded`` with the breakdown after a whole said first blanked, where the breakdown ends
    on "the rest" with no figure and its figures come to less than the whole (see
    :data:`_A_WHOLE_BEFORE_THE_REST_EN`): "roughly 1,000 a month, rent is 600 and the rest is
    bills" is 1,000, never the whole and the rent added. Parts paid by someone ("…, i pay 600
    and the rest my husband pays") or coming to the whole or more are left."""
    whole = _A_WHOLE_BEFORE_THE_REST_EN.match(folded)
    if whole is None or not _THE_REST_LAST_EN.search(folded, whole.end()):
        return folded
    if _A_PART_PAID_BY_SOMEONE_EN.search(folded, whole.end()):
        return folded
    parts = _A_PARTS_FIGURE_EN.findall(folded, whole.end())
    if not parts or len(parts) != len(_ANY_FIGURE_EN.findall(folded, whole.end())):
        return folded  # a figure no plain sum of money: "…, rent 600 and 20% of the rest"
    total = sum((Decimal(part.replace(",", "")) for part in parts), Decimal(0))
    if total >= Decimal(whole["whole"].replace(",", "")):
        return folded
    return folded[: whole.end()] + " " * (len(folded) - whole.end())


#: The own share of a cost said to be counted in the figure said before it, at the end: "820 a
#: month, thats with my half of the rent", "about 700 including my share of the bills". The
#: figure is the whole of the own spending, the share inside it (not "… my half of the rent is
#: 300", a figure of its own after it).
_THE_OWN_SHARE_COUNTED_IN_EN = regex(
    r"(?<=[0-9a-z]),? (?:(?:that'?s|thats|this is|its|it'?s) )?(?:with|including|incl|inc) my "
    r"(?:half|share|part|bit|third) of the (?:\w+ ){0,2}?\w+ ?[.!]*$"
)


#: At the income, a figure said as two people's together: "we both work", "joint claim", "between
#: us", "our household income", "together we earn", "for the two of us", "combined income". The
#: own part of it is unsaid (not "state pension and my works pension together", one person's
#: incomes together, nor "my wage goes into the joint account", the own said into it). So is a
#: couple named as the one who earns it: "me and my partner make about 2k", "the husband and i
#: take home 2,700" (not "me and the kids get by on 900", no second earner named).
_A_COUPLES_INCOME_EN = regex(
    r"\b(?:we both (?:work|earn|get|make|bring|take)|both of us|between (?:us|the two of us)|"
    r"joint (?:claim|income)|household income|together we (?:earn|get|make|bring|take)|"
    r"(?:for|of) the two of us|combined income|"
    r"(?:(?:me|i) and (?:the|my) (?:wife|husband|partner|missus|hubby|fella|other half)|"
    r"(?:the|my) (?:wife|husband|partner|missus|hubby|fella|other half) and (?:me|i)) "
    r"(?:both )?(?:earn|get|make|bring|take|have coming)"
    r")\b"
)


#: Words one of which :data:`_A_COUPLES_INCOME_EN` needs.
_WORDS_OF_A_COUPLES_INCOME_EN = ("both", "between", "joint", "household income", "together",
                                 "two of us", "combined", "me and ", " and i ")  # fmt: skip


def _figures_of_money_en(folded: str) -> set[str]:
    """The figures of ``folded`` as typed, the household's counts left out ("2 kids", "3 bed"):
    the figures whose number a money answer could be."""
    figures = {m[0] for m in _A_FIGURE_EN.finditer(folded)}
    if len(figures) > 1:  # (one figure is one whatever it counts)
        counted = {folded[n.start : n.end] for n in numbers_in(folded, "en") if n.unit == "count"}
        figures -= counted
    return figures


#: One item's figure said as all the cardholder knows of the month: "i know the mortgage is 850
#: and that's about it", "i only know the rent is 700, that's all i know" (the wife pays the
#: rest). The whole is not said.
_ONLY_ONE_ITEM_KNOWN_EN = regex(
    r"\bi (?:only |just )?know (?:that )?(?:the|my|our) [a-z]+(?: [a-z]+)? (?:is|comes to|costs)"
    r"(?: about| around| roughly)? [$£]?[0-9][0-9,.]*k?(?: (?:a month|pm|pounds|quid))?,? "
    r"(?:and |but )?(?:that'?s|thats) (?:about |really |pretty much )?(?:it|all)\b",
    read_often=False,
)


_A_NUMBER_WORD_EN = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand)"
)


#: A figure in digits said again at once in words: "1,380 a month, thirteen hundred and eighteen
#: pounds it says", "it's 940. nine hundred and forty." (the words a count of something else
#: are no figure said again: "1,200, two hundred miles a week").
_A_FIGURE_SAID_AGAIN_IN_WORDS_EN = regex(
    r"(?<![0-9.,])([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]{1,2})?"
    r"(?: (?:a month|pm|per month|pounds|quid))? ?[,.;:(]\W{0,2}(?:(?:thats|that'?s|or) )?"
    rf"({_A_NUMBER_WORD_EN}(?:(?: and | |-){_A_NUMBER_WORD_EN})*)\b"
    r"(?! (?:years?|months?|weeks?|days?|hours?|hrs|miles|kids|children|people|times)\b)",
    read_often=False,
)


def _said_again_in_words_otherwise_en(folded: str) -> bool:
    """Whether a figure said in digits is said again at once in words (of a hundred or more)
    that do not agree: "my pay is 1,380, thirteen hundred and eighteen it says on the slip".
    Which holds is not said: a careful reader asks again (agreeing, it is the one figure)."""
    for match in _A_FIGURE_SAID_AGAIN_IN_WORDS_EN.finditer(folded):
        spelled = _spell_out(match[2], "en").strip()
        if not spelled.isdigit() or int(spelled) < 100:
            continue
        if int(spelled) != int(match[1].replace(",", "")):
            return True
    return False


def _only_a_couples_income_en(folded: str) -> bool:
    """Whether, at the income, one figure is said and it is two people's together (see
    :data:`_A_COUPLES_INCOME_EN`): "we get 2,600 between us" says not what the own is (a second
    figure, "… between us, mine is 1,100", is left to the reading of an own part); the
    household's counts beside it ("2 kids") are no figure of money."""
    return bool(_A_COUPLES_INCOME_EN.search(folded)) and len(_figures_of_money_en(folded)) == 1


def _only_others_parts_en(folded: str) -> bool:
    """Whether, at the income, two figures are said and neither is the cardholder's own, one at
    least said to be another's: the partner's beside the household's whole ("together 2,400, his
    is 1,300", "2400 together, 1300 of it his") or two others' ("1300 his, 1100 hers"). The own
    income is not said (summed, the whole and its part would make more than comes in); where the
    message speaks of the cardholder at all ("i", "me", "mine"), the other readings decide."""
    figures = list(_A_FIGURE_EN.finditer(folded))
    if len(figures) != 2 or _THE_CARDHOLDER_SAID_EN.search(folded):
        return False
    theirs = [
        _THEIRS_BEFORE_EN.search(folded, max(0, f.start() - 24), f.start()) is not None
        or _THEIRS_AFTER_EN.match(folded, f.end()) is not None
        for f in figures
    ]
    if all(theirs):
        return True
    whole = [
        _A_HOUSEHOLDS_INCOME_SAID_EN.search(folded, max(0, f.start() - 24), f.start()) is not None
        or _A_HOUSEHOLDS_INCOME_SAID_EN.match(folded, f.end() + 1) is not None
        for f in figures
    ]
    return any(theirs) and any(w and not t for w, t in zip(whole, theirs, strict=True))


#: The cardholder spoken of: "i", "me", "my own", "mine".
_THE_CARDHOLDER_SAID_EN = regex(r"\b(?:i|i'?m|im|i'?ve|ive|me|mine|my own|myself)\b")
#: Right after a figure, that it is someone else's: "1300 his", "1,100 my wife's", "1300 of it
#: his".
_THEIRS_AFTER_EN = regex(
    r" ?(?:of (?:it|that|the lot) )?(?:is )?(?:his|hers|her'?s|theirs|(?:my|the) (?:husband|wife|"
    r"partner|hubby|missus|fiancee?|boyfriend|girlfriend)'?s)\b"
)
#: Words one of which :func:`_only_others_parts_en` needs (one of :data:`_THEIRS_BEFORE_EN` or
#: :data:`_THEIRS_AFTER_EN`).
_WORDS_OF_ANOTHERS_PART_EN = ("his", "her", "theirs", "husband", "wife", "partner", "hubby",
                              "missus", "fiance", "boyfriend", "girlfriend")  # fmt: skip


#: A figure said for four weeks, in English: "1,180 for the 4 weeks to friday", "spent 900 over
#: the last four weeks", "1,040 in a 4 week month". Four weeks are no calendar month (thirteen of
#: them make a year): the month's figure is not said.
_A_FIGURE_FOR_FOUR_WEEKS_EN = regex(
    r"(?<![0-9.,])[0-9][0-9,.]*k?\b[^0-9.;!?]{0,20}?\b(?:for|over|in) (?:the |a )?(?:last |past )?"
    r"(?:4|four)[- ]weeks?\b"
)


def _only_figures_for_four_weeks_en(folded: str) -> bool:
    """Whether every figure of an English message is said for four weeks (see
    :data:`_A_FIGURE_FOR_FOUR_WEEKS_EN`; not "rent 600, and 200 on food for the 4 weeks", a month's
    figure beside it)."""
    found = list(_A_FIGURE_FOR_FOUR_WEEKS_EN.finditer(folded))
    return bool(found) and not _A_FIGURE_EN.search(_blanked(folded, *found))


#: At the other debts, the pay a debt's payment is taken from, named beside its figure: "the
#: union loan, 35 off my wages", "a work loan, 80 out of my salary till june", "45 on my payslip
#: for the student loan". The pay is where the payment comes from, no income said as context:
#: the figure is the payment (not "out of my wages of 1,500", "my salary is 1,500": a pay's
#: figure said after the words).
_WHERE_A_PAYMENT_IS_TAKEN_FROM_EN = regex(
    r"\b(?:off|out of|out|from|on) (?:my |the )?(?:payslip|pay slip|wages?|salary)\b"
    r"(?!\W{0,3}(?:of|is|was|are|were|r)\b)"
)


def _without_where_a_payment_is_taken_from_en(folded: str) -> str:
    """``folded`` with each :data:`_WHERE_A_PAYMENT_IS_TAKEN_FROM_EN` blanked, but where a verb
    before it says the debt is paid at source ("it comes out of my wages"), read as such."""
    for found in reversed(list(_WHERE_A_PAYMENT_IS_TAKEN_FROM_EN.finditer(folded))):
        at_source = _AT_SOURCE.finditer(folded, max(0, found.start() - 30), found.end())
        if any(said.end() == found.end() for said in at_source):
            continue  # (its own words: not "… comes off my pay, 42 on my payslip")
        folded = folded[: found.start()] + " " * len(found[0]) + folded[found.end() :]
    return folded


#: A figure under a cut or a sale the cardholder might make, in English: "if i dropped the gym
#: it could be 940", "if we got rid of the second car about 700", "990 if i cancel the
#: streaming". It is no figure of the month as it is: at the pay and the spending it goes, the
#: figure as it is now stays ("roughly 1,000 now, if i dropped the gym 940" is 1,000). At the
#: offer it is the offer itself ("could do 90 if i cancel the gym"), unless another is said
#: "otherwise": which one is unsaid.
_A_FIGURE_IF_I_CUT_EN = regex(
    r"\bif (?:i|we) (?:cut|cancel(?:led)?|drop(?:ped)?|stop(?:ped)?|sell|sold|ditch(?:ed)?|"
    r"got rid of|get rid of|give up|gave up)\b[^.;!?0-9]{0,60}?(?:[$€£] ?)?[0-9][0-9,.]*k?|"
    r"(?:[$€£] ?)?[0-9][0-9,.]*k? if (?:i|we) (?:cut|cancel(?:led)?|drop(?:ped)?|stop(?:ped)?|"
    r"sell|sold|ditch(?:ed)?|got rid of|get rid of|give up|gave up)\b"
)


def _without_a_figure_if_i_cut_en(folded: str, asked: str) -> str | None:
    """``folded`` with the figures of :data:`_A_FIGURE_IF_I_CUT_EN` blanked at the pay and the
    spending; ``None`` (asked again) where no figure is left, or at the offer where another is
    said "otherwise" after it. As it was otherwise."""
    found = _A_FIGURE_IF_I_CUT_EN.search(folded)
    if found is None:
        return folded
    if asked == "counter":
        return None if "otherwise" in folded[found.end() :] else folded
    kept = _A_FIGURE_IF_I_CUT_EN.sub(lambda m: " " * len(m[0]), folded)
    return kept if _AN_AMOUNTS_FIGURE_EN.search(kept) else None


#: A figure that may be an amount, not a time of day or a date ("the 5am starts", "the 14th").
_AN_AMOUNTS_FIGURE_EN = re.compile(r"[0-9][0-9,.]*+(?! ?(?:am|pm|st|nd|rd|th)\b)")


#: At the spending, a figure another gives the cardholder, in English: "the 30 a month my
#: flatmate gives me for the broadband", "he gives me the 45 back". Money coming in, no
#: spending: it goes, the spending said beside it stays ("940, thats after the 30 my flatmate
#: gives me" is 940). Said with "before" ("1,300 before the 250 my son gives me"), what the
#: spending comes to after it is not worked out: asked again.
_WHAT_ANOTHER_GIVES_ME_EN = regex(
    r"\b(before )?the (?:[$€£] ?)?[0-9][0-9,.]*k?(?: a (?:month|week))? (?:that )?(?:my \w+|"
    r"the \w+|he|she|they|her|him) (?:gives|pays|hands|sends) me\b|"
    r"\b(?:gives|pays|hands|sends) me (?:the )?(?:[$€£] ?)?[0-9][0-9,.]*k? back\b"
)


def _without_what_another_gives_me_en(folded: str) -> str | None:
    """``folded`` with the figures of :data:`_WHAT_ANOTHER_GIVES_ME_EN` blanked where another
    figure is left; ``None`` (asked again) where the spending is said before it. As it was
    otherwise."""
    found = list(_WHAT_ANOTHER_GIVES_ME_EN.finditer(folded))
    if not found:
        return folded
    if any(m[1] for m in found):
        return None
    kept = _WHAT_ANOTHER_GIVES_ME_EN.sub(lambda m: " " * len(m[0]), folded)
    return kept if _AN_AMOUNTS_FIGURE_EN.search(kept) else folded


#: A student loan's plan named by its number, in English: "the plan 2 loan", "student loan plan
#: 1", "plan 5 student loan". The number names the plan, no amount ("after tax, NI and the plan 2
#: loan i get 1,697" is 1,697).
_A_STUDENT_LOAN_PLAN_EN = regex(
    r"\bstudent loan,? plan [1-5]\b|\bplan [1-5](?= (?:student |uni |postgrad )?loans?\b)"
)


#: At the pay, the extras named after the basic pay and the whole settled on at the end with
#: "call it", in English: "1,500 after tax plus tips, 80 to 150 a week, call it 1,800", "basic
#: 1,240 with overtime on top, some months 200 some 300, call it 1,500". The figure settled on is
#: the pay; the basic and the extras' figures are how it was worked out.
_THE_PAY_WITH_EXTRAS_SETTLED_EN = regex(
    r"\b(?:plus|with|and) (?:the |my |some )?(?:overtime|ot|tips|bonus(?:es)?|commission|"
    r"extra shifts|shift allowance)\b.*\bcall it (?:about |around )?(?:£ ?)?"
    r"(?=[0-9][0-9,.]*k?(?: (?:a|per) month)?\W*$)"
)


#: At the spending, the part of an item another pays, then the own part said as "the other" or
#: "the rest", in English: "the council pays 300 of my rent direct, i pay the other 250",
#: "my dad covers 200 towards the mortgage and i pay the rest, 480". The other's figure is no
#: spending of the cardholder's; the own part and the items after it are.
_ANOTHERS_PART_BESIDE_THE_OWN_EN = regex(
    r"\b(?:the council|housing benefit|my \w+|he|she|they) (?:pays|covers|puts in) (?:[$€£] ?)?"
    r"([0-9][0-9,.]*k?) (?:of|towards|to|for) (?:my|the|our) \w+[^.;!?0-9]{0,60}\bi pay the "
    r"(?:other|rest)\b"
)


#: The gross pay, then what lands after the deductions in the same clause, in English: "the
#: gross is 2,300 and after tax and NI i get 1,810", "26k a year which after tax lands as 1,720",
#: "2,050 gross but after everything it comes to 1,640". The gross is how the pay was worked
#: out; the figure that lands is the pay (the same with a comma in between reads so already).
_THE_GROSS_THEN_WHAT_LANDS_EN = regex(
    r"(?:\bgross (?:pay |wage |salary )?(?:is |was |of )?(?:[£$] ?)?([0-9][0-9,.]*k?)|"
    r"(?:[£$] ?)?([0-9][0-9,.]*k?) (?:a year|per year|per annum|gross))"
    r",? (?:and|which|but|so) (?:then )?after (?:tax|deductions|everything|stoppages|ni)\b"
    r"[^.;!?0-9]{0,60}?\b(?:i get|i take home|i clear|lands(?: as)?|comes to|leaves me|is|its)"
    r" (?:about |around )?(?:[£$] ?)?(?=[0-9])"
)


def _without_the_gross_before_what_lands_en(folded: str) -> str:
    """``folded`` with the gross of :data:`_THE_GROSS_THEN_WHAT_LANDS_EN` blanked."""
    found = _THE_GROSS_THEN_WHAT_LANDS_EN.search(folded)
    if found is None:
        return folded
    group = 1 if found[1] is not None else 2
    return folded[: found.start(group)] + " " * len(found[group]) + folded[found.end(group) :]


#: An hour of the day to be rung or seen at, after "after", "before", "from", "till" or "by",
#: in English: "after 6 please", "before 9 tomorrow", "from 4 tonight", "till 5pm", "by 7
#: o'clock". A time, no money: blanked as other times of day are (not "after 600 on rent", a
#: figure, nor "after 6 months", a while).
_AN_HOUR_TO_BE_RUNG_AT_EN = regex(
    r"\b(?:after|before|from|till|til|until|by) (?:[1-9]|1[0-2])(?:(?: ?(?:am|pm|o'?clock)\b)|"
    r"(?:ish)?(?=,? (?:please|pls|plz|thanks|ta|tonight|today|tomorrow|on weekdays|"
    r"in the (?:morning|evening|afternoon))\b))"
)

_WORDS_OF_AN_HOUR_TO_BE_RUNG_AT_EN = ("after ", "before ", "from ", "till ", "til ", "by ")


#: Unsure whether the figure said takes in a part, in English: "1,200 i think but not sure that
#: includes the 90 for the gym", "about 900, dont know if it covers the car". Which figure the
#: month is stays unsaid: asked again (a figure said before the doubt).
_UNSURE_IT_TAKES_IN_A_PART_EN = regex(
    r"\b(?:not sure|unsure|no idea|(?:dont|don'?t|do not) know)(?: if| whether| that)?"
    r"(?: it| that| this| thats| that'?s)? (?:includes?|covers?|counts?|has got)\b"
)


#: At the pay, a benefit or a top-up whose figure this month is not known, in English: "UC tops
#: me up but i dont know what itll be this month, wage is 1,000", "universal credit on top, no
#: idea how much itll be". The wage alone is only a part of the pay: asked again.
_A_TOP_UP_NOT_KNOWN_EN = regex(
    r"\b(?:uc|universal credit|tax credits?|benefits?|top ?up|tops me up)\b[^.;!?]{0,50}?"
    r"\b(?:not sure|no idea|(?:dont|don'?t|do not) know) (?:what|how much) "
    r"(?:it|they|that)(?:'?ll| will| is|s| are)? be\b"
)


#: The figure settled on at the very end with "say", "call it" or "go with" after a mark or
#: "so", in English: "somewhere from 950 to 1,000. say 1,000", "a third of the 1,500 is the
#: horse so call it 1,000", "three months of 1,500 1,700 and 1,400, call it 1,500". What comes
#: before is how it was worked out; the figure settled on is the month's (not "food is 50 a
#: week so call it 200 a month, rent 575", items after it, nor "i say 60" with no mark).
_A_FIGURE_SETTLED_AT_THE_END_EN = regex(
    r"(?:[.,;!?]|\bso|\bthen) (?:i'?d |i'?ll |lets |let'?s |just )?(?:say|call it|go with|put)"
    r" (?:about |around |roughly )?(?:[£$] ?)?(?=[0-9][0-9,.]*k?(?: (?:a|per) month| pm)?"
    r"(?: (?:then|roughly|ish))?\W*$)"
)


#: At the pay, words of extras added to a basic or a take-home: a figure settled on after them
#: is a sum guessed (see :func:`_settled_on_no_new_sum_en`).
_EXTRAS_ADDED_EN = ("plus", "on top", "extra", "overtime", "tips", "bonus", "+")


def _settled_on_no_new_sum_en(folded: str, settled: re.Match[str], asked: str) -> bool:
    """Whether the figure of :data:`_A_FIGURE_SETTLED_AT_THE_END_EN` may be taken: at the pay
    with extras added before it, only when it is one of the figures said before ("basic 1,600
    plus callouts, 1,940 this month, so put 1,600"); a new figure there is a sum guessed, read
    by the sums' own rules ("1,650 after tax plus about 100 overtime so call it 1,800")."""
    before = folded[: settled.start()]
    if asked != "income" or not any(word in before for word in _EXTRAS_ADDED_EN):
        return True
    figure = _FIGURES_EN.match(folded, settled.end())
    said = {f.rstrip(".,") for f in _FIGURES_EN.findall(before)}
    return figure is not None and figure[0].rstrip(".,") in said


#: A share of the own pay or spending said with its figure, in English: "on half pay, 50% of my
#: usual 1,900", "70 percent of my normal wage of 1,500", "90 per cent of the 1,200". What the
#: share comes to is not said when nothing follows the figure (not "80% of my usual 2,000 so
#: 1,600": worked out after it).
_A_SHARE_OF_A_FIGURE_EN = regex(
    r"\b[1-9][0-9]? ?(?:%|percent\b|per cent\b) of (?:my |the |his |her )?(?:normal |usual |"
    r"full |old |basic |regular |full[- ]time )?(?:(?:pay|wages?|salary) )?(?:of |which is |is )?"
    r"(?:about |around )?(?:£ ?)?[0-9][0-9,.]*k?"
)


def _only_a_share_of_a_figure_en(folded: str) -> bool:
    """Whether :data:`_A_SHARE_OF_A_FIGURE_EN` is said and no figure after it."""
    found = _A_SHARE_OF_A_FIGURE_EN.search(folded)
    return found is not None and _FIGURES_EN.search(folded, found.end()) is None


#: After the last figure, the part of it that is another's or the trade's said only as a share,
#: its figure not worked out, in English: "2,000 for the flat and about half is my lodgers",
#: "shop and home are one pot, 1,800, the shop is maybe a third"; at the offer, a share of a
#: figure given ("overtime is 90 a month, you can have half"). The own part stays unsaid: asked
#: again (not "1,200, half is from the pension", a part of the own whole, nor "half of it is
#: his, 400", its figure said).
_ANOTHERS_PART_OF_THE_FIGURE_AS_A_SHARE_EN = regex(
    r"[0-9][^0-9]{0,80}?(?:\b(?:half|a third|a quarter|two thirds|three quarters)"
    r"(?: of (?:it|that|this|them))? (?:is|are|'?s) (?:(?:for )?(?:his|hers|theirs|"
    r"(?:my|the|our) (?:\w+'?s|shop|business|work|van|stock))\b)|"
    r"\b(?:the )?(?:shop|business|work|van|stock|trade|farm|stall)(?: stuff| costs)? "
    r"(?:is|are|'s) (?:(?:maybe|about|around|roughly|like|probably|prob|nearly) )?"
    r"(?:half|a third|a quarter|two thirds|three quarters)\b|"
    r"\byou can (?:have|take|keep) (?:(?:about|maybe|like) )?(?:half|a third|a quarter)\b)"
    r"(?=[^0-9]*$)"
)


#: At the spending, a figure (a pay, what comes in) then the spending said as a part of it, no
#: figure after: "1,500 comes in and we spend most of it", "my take home is 1,250 and i go
#: through nearly all of that". How much the part is stays unsaid (not "… i spend most of it on
#: rent", what the spending goes on).
_THE_SPENDING_A_PART_OF_A_FIGURE_EN = regex(
    r"[0-9][0-9,.]*k?[^.;!?0-9]{0,40}\b(?:i|we) (?:spend|use|go through|get through) (?:most|"
    r"nearly all|almost all|the bulk|a lot|a good chunk|half|about half) of (?:it|that)\b"
    r"(?! on\b)(?=[^0-9]*$)"
)


#: After the last figure, that the figure of now is not known, in English: "it was 1,400 for the
#: house, not sure what my part is now", "900 once the lodger goes, till then hard to say", "more
#: than the 1,200 i had but not sure exactly yet", "the app says 200 but one has ended, not sure
#: whats left". The figure said is another's, an old or a coming one: asked again (not "not sure
#: what counts so ill say rent 600 food 200", a figure said after the words). Also said with
#: "dont know" or of the figure without a part: "the house is 1,900, i dont know exactly what
#: mine comes to", "1,950 before tax, dont know the net", "1,000 with what he chips in, no idea
#: without it", "dunno what it is without the bonus", "…, no idea now".
_THE_FIGURE_OF_NOW_UNSURE_EN = regex(
    r"\b(?:not sure|unsure|no idea|(?:dont|don'?t|do not) know|dunno) (?:exactly )?"
    r"(?:(?:what|whats|what'?s|what is|how much)\b(?! you\b)|exactly\b|the net\b|without\b)|"
    r"\bhard to (?:say|tell)\b|\b(?:not sure|no idea|dunno)(?: any ?more)? now\W*$"
)


def _the_figure_of_now_unsure_en(folded: str) -> bool:
    """Whether :data:`_THE_FIGURE_OF_NOW_UNSURE_EN` is said after the last figure, a figure
    before it and none after it."""
    found = _THE_FIGURE_OF_NOW_UNSURE_EN.search(folded)
    return (
        found is not None
        and _FIGURES_EN.search(folded, 0, found.start()) is not None
        and _FIGURES_EN.search(folded, found.end()) is None
    )


#: Right before a figure of a bank statement's summary pasted in English: what came in, what
#: went out, what is left ("Money in £1,460.00  Money out £1,112.48  Balance £347.52").
#: A bare "out" or "in" is a label only before a colon: "OUT: 1,247.80 | IN: 1,310.00".
_STATEMENT_OUT_EN = regex(r"(?:\b(?:money|paid|total|payments) out\W{0,4}|\bout ?:\W{0,3})$")


_STATEMENT_IN_OR_LEFT_EN = regex(
    r"(?:\b(?:(?:money|paid|total|payments) in|(?:closing |end |new )?balance)\W{0,4}|"
    r"\bin ?:\W{0,3})$"
)


#: A part of the year or a way of living a figure is said for, in English: "the rest of the year
#: 750", "when im home", "when we're at sea".
_A_PART_OF_THE_YEAR_EN = regex(
    r"\b(?:the )?rest of the year\b|\bwhen (?:i'?m|im|i am|we'?re|were|he'?s|hes|she'?s|shes) "
    r"(?:at )?(?:home|away|off|at sea|offshore|on leave|working|on shore)\b"
)


#: A change said between the month's pay of a time past (or of the months in work) and today's
#: pay said for another span: "i used to take home 2,000 a month, but since the accident its
#: 80 a day when theres work". Today's month is not said: asked again.
_A_CHANGE_TO_TODAY_EN = regex(
    r"\b(?:since|now|these days|at the moment|currently|nowadays)\b", read_often=False
)


#: Said before the month's pay, in its clause: that it is of the months in work or the usual
#: ones, not of today ("when im working i clear 2,400", "normally about 1,800").
_IN_THE_MONTHS_IN_WORK_EN = regex(
    r"\bwhen (?:i'?m|im|i am|i was) (?:working|in work|in full work|busy)\b|"
    r"\b(?:normally|usually)\b",
    read_often=False,
)


def _figures_for_parts_of_the_year_en(folded: str) -> bool:
    """Whether figures are said for parts of the year or ways of living, in English: "1,400 over
    the summer, the rest of the year 900", "about 1,000 when im home and 250 when im away". Which
    of them the month asked is, or how they average, is not said: no one figure is read."""
    parts = [m[0] for m in _A_PART_OF_THE_YEAR_EN.finditer(folded)]
    return any("rest of the year" in part for part in parts) or len(set(parts)) > 1


#: The labels of a budget form's summary lines, copied in English: what is left or measured
#: against ("surplus", "disposable income", "under by", "budget"), what comes in ("income") and
#: what goes out ("expenditure", "spent"). The last one said before a figure is its line's.
_A_BUDGET_FORMS_LABEL_EN = regex(
    r"\b(?:(disposable income|surplus|deficit|shortfall|(?:under|over) (?:by|budget)|budget)|"
    r"(income|money in)|(expenditure|spent|spending|outgoings|money out))\b"
)


#: Words one of which a budget form's summary needs: a line of what is left or measured against.
_WORDS_OF_A_BUDGET_FORM_EN = ("surplus", "disposable", "deficit", "shortfall", "under by",
                              "over by", "budget")  # fmt: skip


def _a_budget_forms_line_en(folded: str, chosen: list[Number], asked: str) -> Decimal | None:
    """The figure of a budget form's summary on the line asked, the others being its other lines:
    "spent 800 | budget 900 | under by 100" is 800 at the spending, "income 1,500, expenditure
    1,300, surplus 200" is 1,500 at the income (the form's lines are no items to add). ``None``
    unless each figure has a label (see :data:`_A_BUDGET_FORMS_LABEL_EN`) with no word of a
    sentence between (at most a few words), one of them the asked line's and one a line of what
    is left or measured against."""
    kinds: list[int] = []
    end = 0
    for number in chosen:
        labels = list(_A_BUDGET_FORMS_LABEL_EN.finditer(folded, end, number.start))
        if not labels or number.start - labels[-1].end() > 48:
            return None
        kinds.append(labels[-1].lastindex or 0)
        end = number.end
    wanted = 2 if asked == "income" else 3
    lines = [n for n, kind in zip(chosen, kinds, strict=True) if kind == wanted]
    if len(lines) != 1 or 1 not in kinds or lines[0].negative:
        return None
    return lines[0].value


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


#: At the offer, what is paid and what is kept back of the spare money said before, in English:
#: "i can spare 120 after bills, so put 100 and ill keep 20 for emergencies", "spare is about 90,
#: put 80 and keep 10 back". The spare is the whole, the kept part no offer (see
#: :func:`_paid_of_what_is_spare_en`).
_PAID_AND_KEPT_BACK_EN = re.compile(
    r"\b(?:put|pay|offer|do|send)(?: me down for)? (?:[£$] ?)?([0-9][0-9,.]*) and "
    r"(?:i'?ll |ill |i will |i'?d |id )?(?:keep|hold back|save|put aside) "
    r"(?:[£$] ?)?([0-9][0-9,.]*)"
)


def _paid_of_what_is_spare_en(folded: str) -> str:
    """``folded`` with the spare said before and the part kept back blanked, where the part paid
    and the part kept add up to the spare ("…spare 120, so put 100 and ill keep 20" offers 100);
    as it was otherwise (a sum that does not come out is not settled here)."""
    found = _PAID_AND_KEPT_BACK_EN.search(folded)
    if found is None:
        return folded
    before = _FIGURES_EN.findall(folded, 0, found.start())
    paid, kept = (Decimal(found[i].rstrip(".,").replace(",", "")) for i in (1, 2))
    if len(before) != 1 or Decimal(before[0].rstrip(".,").replace(",", "")) != paid + kept:
        return folded
    kept_back = folded[: found.start(2)] + " " * len(found[2]) + folded[found.end(2) :]
    return " " * found.start(1) + kept_back[found.start(1) :]


#: The month's money in and money out said as a pair of bare words, in English, figure then
#: word or word then figure: "1,500 in, 1,420 out", "in 1,250 out 1,400", "2,000 in and 1,900
#: out". At the pay the figure "in" is the answer, at the spending the figure "out"; the other
#: is the other question's (see :func:`_without_the_other_of_in_and_out_en`).
_IN_AND_OUT_EN = regex(
    r"(?:^|[,;.:] ?|\band )(?:money )?(?:in\W{0,2} (?:£ ?)?([0-9][0-9,.]*)|(?:£ ?)?"
    r"([0-9][0-9,.]*) (?:coming )?in)\W{1,3}(?:and )?(?:money )?(?:out\W{0,2} (?:£ ?)?"
    r"([0-9][0-9,.]*)|(?:£ ?)?([0-9][0-9,.]*) (?:going )?out)\b"
)


#: After such a pair, what is left or short each month worked out: "so im 150 down", "leaves 80".
_WHAT_IN_AND_OUT_LEAVE_EN = regex(
    r"^\W{0,3}(?:so |which )?(?:(?:i'?m|im|i am|thats|that'?s) |leaves |leaving )?(?:about )?"
    r"(?:£ ?)?[0-9][0-9,.]*(?: (?:down|up|short|over|under|left|spare))?\b"
)


def _without_the_other_of_in_and_out_en(folded: str, asked: str) -> str:
    """``folded`` with the figure of :data:`_IN_AND_OUT_EN` not asked blanked (the money out at
    the pay, the money in at the spending), and what the pair leaves said right after it. Kept
    as it is unless the pair holds the only figures before it and nothing but what it leaves
    follows: "rent 600, 1,400 in 1,300 out" is no such pair."""
    pair = _IN_AND_OUT_EN.search(folded)
    if pair is None or _FIGURES_EN.search(folded, 0, pair.start()):
        return folded
    after = folded[pair.end() :]
    left = _WHAT_IN_AND_OUT_LEAVE_EN.search(after)
    if left is not None and _FIGURES_EN.search(left[0]):
        after = " " * left.end() + after[left.end() :]
    if _FIGURES_EN.search(after):
        return folded
    other = (3, 4) if asked == "income" else (1, 2)
    blanked = folded[: pair.end()] + after
    for group in other:
        if pair[group] is not None:
            blanked = (
                blanked[: pair.start(group)] + " " * len(pair[group]) + blanked[pair.end(group) :]
            )
    return blanked


#: A figure of this card's own said beside the answer, in English: what is owed to the bank,
#: overdue, behind or the minimum it asks ("i owe you lot 2,100", "the 75 overdue", "4 months
#: behind at 260", "the card wants 40 minimum", "minimum payment 38"). Another question's figure
#: (the balance, the overdue, the minimum), no pay, spending or debt of the person's own.
_THE_CARDS_OWN_FIGURE_EN = regex(
    r"\bowe (?:you|u|yous)(?: lot| guys)?(?: about| around| roughly)? (?:£ ?)?[0-9][0-9,.]*|"
    r"(?:£ ?)?[0-9][0-9,.]*(?: (?:quid|pounds))? (?:overdue|minimum|min)\b|"
    r"\b(?:behind|overdue|in arrears|minimum(?: payment)?)(?: is| of| at| by)? "
    r"(?:£ ?)?[0-9][0-9,.]*"
)


#: This card's balance, at the other debts after none besides it said: "2,300 owed on it".
_THE_CARDS_BALANCE_EN = regex(r"(?:£ ?)?[0-9][0-9,.]* (?:owed|owing|on it|balance)\b")


#: Words of the card itself one of which a line with its own figure has: the bank spoken to,
#: the card named.
_WORDS_OF_THIS_CARD_EN = ("you", " u ", "card", "the bank")


#: At the other debts, none besides this card said: "none apart from this card", "nothing
#: except what i owe you".
_NONE_BUT_THIS_CARD_EN = regex(
    r"^\W*(?:none|nothing|no(?: other)? debts?|no)\b,?(?: other)? (?:apart from|except|but|"
    r"besides|other than|only|just)\b"
)


def _without_the_cards_own_figures_en(folded: str, asked: str) -> str:
    """``folded`` with this card's own figures (:data:`_THE_CARDS_OWN_FIGURE_EN`) blanked, at the
    pay and the spending when another figure is left: "i owe you 2,300, wages 1,480" is 1,480,
    and at the other debts after "none apart from this card" (then nothing is left, so none):
    the balance, the overdue and the minimum belong to other questions."""
    kept = _THE_CARDS_OWN_FIGURE_EN.sub(lambda m: " " * len(m[0]), folded)
    if kept == folded:
        return folded
    if asked == "other_debts":  # (there its balance too: "none but this card, 2,100 owed")
        if not _NONE_BUT_THIS_CARD_EN.search(folded):
            return folded
        return _THE_CARDS_BALANCE_EN.sub(lambda m: " " * len(m[0]), kept)
    return _kept_where_a_figure_is_left(kept, folded)


#: At the offer, a share of the figure said before it, the sum not done: "the letter asks 80,
#: i could do half that", "you said 120, maybe a third of it". Which figure is offered is left
#: to be worked out (asked again unless it is said after: "…, half that, 60").
_A_SHARE_OF_THE_FIGURE_BEFORE_EN = regex(
    r"\b(?:half|a third|a quarter|double|twice)(?: of)? (?:that|it|this|the figure)\b"
)


def _an_offer_a_share_of_a_figure_before_en(folded: str) -> bool:
    """Whether the offer is only :data:`_A_SHARE_OF_THE_FIGURE_BEFORE_EN`, a figure before it
    and none after it."""
    share = _A_SHARE_OF_THE_FIGURE_BEFORE_EN.search(folded)
    return (
        share is not None
        and _FIGURES_EN.search(folded, 0, share.start()) is not None
        and _FIGURES_EN.search(folded, share.end()) is None
    )


#: A figure said to be of before, in English: what it was until a time ("it was 1,400 till
#: june", "was 990 until the move") or a figure said to be out of date ("the form says 1,050 but
#: thats from before the move", "…, its out of date"). With no figure after it, the figure of
#: now is not said (see :func:`_only_a_figure_of_before_en`).
_A_FIGURE_OF_BEFORE_EN = regex(
    r"\bwas (?:about |around )?(?:£ ?)?[0-9][0-9,.]*(?: a month)? (?:till|until|til|up to)\b|"
    r"\b(?:thats|that'?s|that is|that was|its|it'?s) (?:from before|out of date)\b"
)


def _only_a_figure_of_before_en(folded: str) -> bool:
    """Whether the last figure is one of :data:`_A_FIGURE_OF_BEFORE_EN`, none said after it:
    "was 1,230 till last week, 1,195 from this month" has the figure of now."""
    before = _A_FIGURE_OF_BEFORE_EN.search(folded)
    return (
        before is not None
        and _FIGURES_EN.search(folded, 0, before.end()) is not None
        and _AN_AMOUNTS_FIGURE_EN.search(folded, before.end()) is None
    )


#: At the other debts, an item's figure said right before it is called a bill, no debt: "phone
#: contract 30 but thats a bill", "the water 25 (thats a bill really), loan 80". The bill is
#: the spending's; the debts beside it are the answer.
_A_FIGURE_CALLED_A_BILL_EN = regex(
    r"(?:£ ?)?[0-9][0-9,.]*(?: a month)?\W{0,3}(?:but )?"
    r"(?:thats|that'?s|that is|its|it'?s|which is) (?:a bill|more (?:of )?a bill|really a bill|"
    r"not a debt)\b"
)


def _without_figures_called_bills_en(folded: str) -> str:
    """``folded`` with the figures of :data:`_A_FIGURE_CALLED_A_BILL_EN` blanked, when a figure
    is left (a bill alone is kept: what it leaves is for the rest of the reading)."""
    kept = _A_FIGURE_CALLED_A_BILL_EN.sub(
        lambda m: _FIGURES_EN.sub(lambda f: " " * len(f[0]), m[0]), folded
    )
    return _kept_where_a_figure_is_left(kept, folded)


#: At the other debts, the whole answer one sum of thousands said to be on a thing, no month
#: said: "about 7,000 on the car", "12k on the van", "roughly 2,400 on my loan", "5 grand on a
#: loan". So much is what is owed on it, a balance; the month's payment is not said (a payment
#: names its month or is smaller: "150 on the car" is read; the mortgage or rent is paid by the
#: month at any size).
_ONLY_A_SUM_ON_A_THING_EN = regex(
    r"^\W*(?:about |around |roughly |nearly |almost |over |just over |just under |like )?"
    r"(?:£ ?)?(?:[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]{3,}|[0-9]+(?:\.[0-9]+)?"
    r"(?: ?k| grand| thousand))(?:ish)? "
    r"(?:still )?on (?:the|my|our|a) (?!mortgage|rent)[a-z]+(?: [a-z]+)?\W*$"
)


#: A figure said for a span other than a month, right before the month's figure it is worked
#: out to: "car tax 180 a year so 15 a month", "water 90 a quarter, which i make 30 a month",
#: "the loan is 120 every 4 weeks, they worked it out at 130 a month" (see
#: :func:`_without_figures_worked_out_monthly_en`). Its clause runs from the last mark before it.
_A_FIGURE_FOR_ANOTHER_SPAN_BEFORE_EN = regex(
    r"(?P<said>(?:£ ?)?[0-9][0-9,.]*k? (?:a year|per year|per annum|a yr|yearly|annually|a quarter|"
    r"per quarter|quarterly|(?:every|each) (?:quarter|year)|a term|per term|"
    r"(?:every|each) (?:other|second) month|"
    r"every (?:2|3|4|6|two|three|four|six) (?:weeks|months)|(?:a|per|each|every) (?:week|"
    r"fortnight)|weekly|fortnightly|four[- ]weekly|4[- ]weekly)\b"
    r"(?: (?:in|over) (?:[2-4]|two|three|four) (?:lots|payments|instalments|goes))?)"
    r"[^0-9;!?]{0,60}$"
)


#: The same with the span said before its figure: "the water bill comes every quarter, 120, so
#: 40 a month", "the tv licence is yearly, its 174, so about 14 a month".
_A_SPAN_THEN_ITS_FIGURE_BEFORE_EN = regex(
    r"(?P<said>\b(?:(?:every|each|a|per|once a) (?:quarter|year)|quarterly|yearly|annually)"
    r"\W{1,3}(?:(?:its|it'?s|is|at|about|around) )*(?:£ ?)?[0-9][0-9,.]*k?)"
    r"[^0-9;!?]{0,60}$"
)


#: A price of one go at a thing bought again and again, then how many goes a month, in English:
#: "pay as you go electric, 25 a top up and i top up 5 times a month so 125" (the month's figure
#: worked out from it is larger; the price is said of none of the month's money).
_A_PRICE_A_GO_COUNTED_MONTHLY_BEFORE_EN = regex(
    r"(?P<said>(?:£ ?)?[0-9][0-9,.]* (?:a|per|each|every) top[- ]?up\b)"
    r"[^0-9;!?]{0,40}\b(?:[0-9]{1,2}|two|three|four|five|six|seven|eight|ten) "
    r"(?:times|top[- ]?ups) (?:a|per|each|every) month\b[^0-9;!?]{0,20}$"
)


#: The words that work a figure out to the month's, right before that figure: "so", "which i
#: make", "thats", "worked it out at" (the month's figure follows).
_WORKED_OUT_AS_A_MONTH_EN = regex(
    r"\b(?:so|which i make|which (?:is|makes)|thats|that'?s|that is|i make (?:it|that)|"
    r"(?:worked|works|working) (?:it |that )?out (?:at|as|to))"
    r"(?: thats| that'?s| its| it'?s| about| around| roughly| approx)*,? (?:£ ?)?(?=[0-9])"
)


#: Right after a figure, a month named: the figure is the month's.
_A_MONTH_RIGHT_AFTER_EN = regex(r"(?: a| per| each| every| a calendar) month\b| monthly\b| pcm\b")


#: The words of a span other than a month, one of which :func:`_without_figures_worked_out_\
#: monthly_en` needs (a cheap test first).
_WORDS_OF_ANOTHER_SPAN_EN = ("year", "quarter", "week", "other month", "term", "annum", "fortnig",
                             "top up", "top-up", "topup")  # fmt: skip


def _without_figures_worked_out_monthly_en(folded: str) -> str:
    """``folded`` with each figure of :data:`_A_FIGURE_FOR_ANOTHER_SPAN_BEFORE_EN` blanked
    with its span (and any count in its clause: "3 lots of 4,000 a year") where the person
    works it out to a month's figure right after it (:data:`_WORKED_OUT_AS_A_MONTH_EN`), that
    figure said to be the month's or smaller: the one figure is said twice, the month's is the
    answer, and the other items beside it are still added ("insurance 240 a year so 20 a month,
    rent 500"). So too a price per top up with the goes a month, worked out larger
    (:data:`_A_PRICE_A_GO_COUNTED_MONTHLY_BEFORE_EN`)."""
    blanks: list[tuple[int, int, int]] = []
    for worked in _WORKED_OUT_AS_A_MONTH_EN.finditer(folded):
        month = _FIGURES_EN.match(folded, worked.end())
        if month is None:
            continue
        start = max(0, worked.start() - 110)
        other = _A_FIGURE_FOR_ANOTHER_SPAN_BEFORE_EN.search(
            folded, start, worked.start()
        ) or _A_SPAN_THEN_ITS_FIGURE_BEFORE_EN.search(folded, start, worked.start())
        priced = other is None and " a " in folded  # "25 a top up, 5 times a month so 125"
        if priced:
            other = _A_PRICE_A_GO_COUNTED_MONTHLY_BEFORE_EN.search(folded, start, worked.start())
        if other is None:
            continue
        said = _FIGURES_EN.search(folded, other.start())
        if said is None:
            continue
        if priced:  # (the month's figure is the price times the goes: larger)
            if not _value_en(month[0]) > _value_en(said[0]):
                continue
        elif not _A_MONTH_RIGHT_AFTER_EN.match(folded, month.end()) and not (
            _value_en(month[0]) < _value_en(said[0])
        ):
            continue
        elif "week" in other["said"] and _value_en(month[0]) > 5 * _value_en(said[0]):
            continue  # "rent is weekly, 155, and food is about 60 a week, so call it 930 a
            # month": more than the week's figure makes in a month, the whole's month
        clause = max(folded.rfind(mark, 0, other.start()) for mark in ",;.!?")
        blanks.append((clause + 1, other.start("said"), other.end("said")))
        # (and the words working it out: "so 20 a month, rent 650" is an item's, no total)
        blanks.append((worked.start(), worked.start(), worked.end()))
    for begin, said_at, end in blanks:  # (the span's words go too: "a year" is said of none)
        part = _FIGURES_EN.sub(lambda f: " " * len(f[0]), folded[begin:said_at])
        folded = folded[:begin] + part + " " * (end - said_at) + folded[end:]
    return folded


def _value_en(figure: str) -> Decimal:
    """The value of a figure as :data:`_FIGURES_EN` finds it ("1,980" 1980, "162.50." 162.5)."""
    try:
        return Decimal(figure.rstrip(".,").replace(",", ""))
    except ArithmeticError:
        return Decimal(0)


#: At the end of the message, the person saying they leave the thing just named out of the
#: figure: "..., the overtime is seasonal and i dont count it", "..., the road tax 160 is
#: yearly, i dont count that monthly". The figure said is the answer, what is left out is no
#: part missing from it (see :func:`_without_what_i_dont_count_en`).
_WHAT_I_DONT_COUNT_LAST_EN = regex(
    r"(?:[,;.]|\b(?:and|but|so))\W{0,2}(?:i|we) (?:dont|don'?t|do not|never) (?:count|include) "
    r"(?:it|that|those|them|these)(?: ones?)?(?: (?:in )?monthly| in(?: it)?)?\W*$"
)


#: A word naming the thing that is left out, none of a figure's: "the commission is yearly".
_A_THING_NAMED_EN = regex(r"\b[a-z]{3,}[^0-9]*$")


def _without_what_i_dont_count_en(folded: str) -> str:
    """``folded`` with :data:`_WHAT_I_DONT_COUNT_LAST_EN` blanked, and with the clause right
    before it, the thing left out, when a figure is said before that clause (the thing may have
    its own figure: "1,100 a month, the boiler cover 90 is yearly, i dont count it" is 1,100)."""
    left_out = _WHAT_I_DONT_COUNT_LAST_EN.search(folded)
    if left_out is None or not _A_THING_NAMED_EN.search(
        folded, max(0, left_out.start() - 40), left_out.start()
    ):
        return folded  # (a thing is named before it: "900, i dont count it" is no such)
    end = left_out.start() + (1 if folded[left_out.start()] in ",;." else 0)
    clause = max(folded.rfind(mark, 0, left_out.start()) for mark in ",;.")
    while clause > 0 and folded[clause - 1].isdigit() and folded[clause + 1 : clause + 2].isdigit():
        clause = max(folded.rfind(mark, 0, clause) for mark in ",;.")  # (not "1,200")
    kept = folded[:end] + " " * (len(folded) - end)
    if clause > 0 and _FIGURES_EN.search(kept, 0, clause):
        kept = kept[: clause + 1] + " " * (len(kept) - clause - 1)
    return _kept_where_a_figure_is_left(kept, folded)


#: A figure the bot said back (or has on file), corrected by the one said right after it:
#: "you have my rent down as 600, its 640 since may", "you said i told you 90, its 95 now". The
#: figure of before is the bot's; the corrected one is the answer (group 1 is the old figure).
_THE_BOTS_FIGURE_CORRECTED_EN = regex(
    r"\b(?:you'?ve got|youve got|you have|you had|you'?ve put|youve put|you put|you said|"
    r"you wrote)(?: (?:me|my|it|that|i told you|i said|down|[a-z]+ing)){0,4}(?: as| at)? "
    r"(?:£ ?)?([0-9][0-9,.]*)(?=[^0-9]{0,25}\b(?:its|it'?s|it is|now|actually)\b"
    r"(?: (?:now|actually|really|about))? (?:£ ?)?[0-9])"
)


#: The words one of which :data:`_THE_BOTS_FIGURE_CORRECTED_EN` needs (a cheap test first).
_WORDS_OF_THE_BOTS_FIGURE_EN = ("you said", "you wrote", "you put", "ve got", "youve got",
                                "you have", "you had", "ve put")  # fmt: skip


#: A late word on an earlier step's figure, in English: the figure said before named as such
#: ("the 1,300 i gave you is before tax", "the car loan i said was 200, its 230 now"), owned up
#: to as said too late ("i should have said earlier: …", "for the last question, …"), or
#: corrected ("sorry the 640 should be 600", "scratch the 700, its nearer 550"). What follows
#: to the sentence's end is said of that step, not of the one asked (not "as i said, 1,200": a
#: figure referred back to as this step's). Groups 1 and 2: the figure corrected, if named.
_A_WORD_ON_AN_EARLIER_STEP_EN = regex(
    r"\bthe (?:[^\s.;!?]+ ){1,3}?(?:that |which )?(?<!\bas )(?<!\blike )(?<!\bwhat )"
    r"i (?:said|gave(?: you)?|told you|put(?! (?:in|into|aside|away|by|on|towards?)\b)|"
    r"mentioned|wrote|typed)\b|"
    r"\b(?:should have|shouldve|should'?ve|forgot to|meant to) (?:said|say|mention(?:ed)?|"
    r"tell you|told you)(?: (?:it|that|this))? (?:earlier|before)\b|"
    r"\bfor (?:the|your) (?:last|previous|earlier|other) question\b|"
    r"\b(?:the|that) (?:£ ?)?([0-9][0-9,.]*) should (?:be|have been|say|read)\b|"
    r"\bscratch (?:the|that) (?:£ ?)?([0-9][0-9,.]*)"
)


#: One of which :data:`_A_WORD_ON_AN_EARLIER_STEP_EN` needs.
_WORDS_OF_AN_EARLIER_STEP_EN = (" i said", " i gave", " i told", " i put", " i mentioned",
                                " i wrote", " i typed", "should", "forgot to", "meant to",
                                "question", "scratch")  # fmt: skip


#: At the other debts, none said first, before a late word on an earlier step: "nothing else,
#: just this card. and the 700 i said is after tax" (the classifier reads the nothing).
_NONE_SAID_FIRST_EN = regex(
    r"^\W*(?:none|nothing|no(?:ne)? (?:other|else|more)|(?:just|only) (?:this|the) (?:one|card))"
    r"\b"
)


def _without_a_word_on_an_earlier_step_en(folded: str, asked: str) -> str:
    """``folded`` with each late word on an earlier step (see
    :data:`_A_WORD_ON_AN_EARLIER_STEP_EN`) blanked from its clause's start to its sentence's end
    or to a clause naming the money ``asked``: "rent 650 food 300. the 1,500 i said is after tax"
    is 950, "the 1,300 i said was my wage, what goes out is 1,050" is 1,050. Not a figure
    corrected that was said before in the message: "food 200, sorry the 200 should be 250"."""
    _, own, said_of_own = _ANOTHER_KIND.get(asked, ((), (), None))
    for said in reversed(list(_A_WORD_ON_AN_EARLIER_STEP_EN.finditer(folded))):
        corrected = said[1] or said[2]
        if corrected and re.search(
            rf"(?<![0-9]){re.escape(corrected)}(?![0-9])", folded[: said.start()]
        ):
            continue
        start = max(
            _A_CLAUSES_END_EN.finditer(folded, 0, said.start()), default=None, key=lambda m: m.end()
        )
        end = _A_SENTENCES_END_EN.search(folded, said.end())
        start_at = start.end() if start else 0
        end_at = end.start() if end else len(folded)
        for clause in _A_CLAUSES_END_EN.finditer(folded, said.end(), end_at):
            rest = folded[clause.end() : end_at]
            if any(p.search(rest) for p in (*own, said_of_own) if p is not None):
                end_at = clause.start()  # "…, what goes out is 1,050": the one asked
                break
        folded = folded[:start_at] + " " * (end_at - start_at) + folded[end_at:]
    return folded


#: At the pay or the spending, none of the other debts said early, to the clause's end and no
#: figure in it: "rent 600 food 200, and no other loans", "i dont have any other debts, thank
#: god". The next question's answer, nothing of the one asked.
_NO_OTHER_DEBTS_SAID_EARLY_EN = regex(
    r"\b(?:no|not any|(?:i |we )?(?:dont|don'?t|do not) have any|(?:i |we )?(?:have|got) no|"
    r"(?:i |we )?(?:havent|haven'?t) got any)(?: other| more| further)? "
    r"(?:loans?|debts?|borrowing|credit cards?)\b[^,;.!?0-9]*(?=[,;.!?]|$)"
)


#: The card's last four digits given late beside a money answer, a few words after their name:
#: "1,200 a month, and the card ending i forgot before, its 4417" (group 1: the digits).
_THE_CARDS_DIGITS_GIVEN_LATE_EN = regex(
    r"\b(?:card end(?:ing|s)?|last (?:four|4)(?: digits| numbers)?)\b[^.;!?0-9]{0,60}?"
    r"(?<![0-9,.])([0-9]{4})(?![0-9,.])"
)


#: A referring back at the message's start, no figure in it: "as i said, about 1,900: …".
_AS_I_SAID_FIRST_EN = regex(r"^\W*(?:as|like) i (?:said|told you|mentioned)\b\W*")


#: A clause's end, and a sentence's: not a mark between digits ("1,500", "12.50").
_A_CLAUSES_END_EN = re.compile(r"(?:[,;:](?![0-9])|(?<![0-9])[,;:]|[.!?](?![0-9]))")
_A_SENTENCES_END_EN = re.compile(r"(?:[;!?]|\.(?![0-9]))")


#: A figure put to the person by a site, a leaflet, an advert, a course or a lender, or asked of
#: them by someone: "the comparison site said id save 60", "the leaflet says earn 2k", "a loan
#: firm keeps offering me 800" (a lender's), "my son asked for 40 for a trip", "my cousin wants
#: to borrow 300", "my dad wants 80 a month back, ive been doing 40" (what someone wants of
#: them, beside what they pay). Not their own figure; the clause runs to its end as in
#: :data:`_ANOTHERS_FIGURE_COMPARED_EN`. Not an app's, a letter's or an accountant's: those are
#: often the person's own month ("the app says 1,180 out", "the letter says 412.80 a month").
_A_FIGURE_PUT_TO_ME_EN = regex(
    r"\b(?:(?:web ?site|site|leaflet|advert|course|lender)"
    r"(?: [^.;!?,0-9]{0,20}?)? (?:says|said|wants|told me|reckons|offering|offers|offered)|"
    r"asked (?:me )?(?:for|to)|wants? to borrow|wants(?= [^.;!?,0-9]{0,12}[0-9]))\b"
    r"(?:[^.;!?,b]|\Bb|b(?!ut\b)|[.,](?=[0-9])|, (?=[0-9]))*"
)

#: What the person pays instead of what someone "wants": "ive been doing 40", "im paying 30",
#: "i can only do 20". Without it what is wanted is the payment ("he wants 50 a month").
_WHAT_I_PAY_INSTEAD_EN = regex(
    r"\b(?:i'?ve been|im|i'm|i am|i can(?: only)?|i only) (?:doing|paying|giving|sending|do|pay)\b"
)


#: Words one of which :data:`_A_FIGURE_PUT_TO_ME_EN` needs.
_WORDS_OF_A_FIGURE_PUT_TO_ME_EN = ("site", "leaflet", "advert", "course", "lender", "asked",
                                   "borrow", "wants ")  # fmt: skip


def _without_a_figure_put_to_me_en(folded: str) -> str:
    """``folded`` with the figures put to the person or asked of them blanked (see
    :data:`_A_FIGURE_PUT_TO_ME_EN`), where a figure of their own is said beside them: "the
    leaflet said earn 2k a month. i earn 1,200" is 1,200; "my son asked for 40 for a trip, rent
    500 food 200" is 700. Where no other figure is said it stays as it was (the app's figure
    may be taken as theirs: other rules ask again)."""
    found = [
        m
        for m in _A_FIGURE_PUT_TO_ME_EN.finditer(folded)
        if _FIGURES_EN.search(m[0])
        and (not m[0].startswith("wants ") or _WHAT_I_PAY_INSTEAD_EN.search(folded, m.end()))
    ]
    if not found:
        return folded
    kept = _blanked(folded, *found)
    return _kept_where_a_figure_is_left(kept, folded)


#: The words that turn from a wished or hypothetical figure to the one as it is, in English:
#: "if i got the promotion id be on 2k, as it is 1,700", "i want it down to 800 but right now
#: its 950", "if i moved in with my gran id pay 200 but im not, its 650", "in an ideal world 50,
#: as things stand 20".
_AS_IT_IS_AFTER_A_WISH_EN = regex(
    r"\b(?:as (?:it is|it stands|things are|things stand)|but (?:right now|for now|at the moment)|"
    r"but (?:im not|i'm not|i aint|i ain't|i dont|i don't|i havent|i haven't)(?= ?[,.;!])|"
    r"right now|in reality)\b"
)


#: A wish or a hypothetical said before :data:`_AS_IT_IS_AFTER_A_WISH_EN`: "if", "id be",
#: "want it", "wish", "ideal" (not "id say 1,200 right now": the figure as it is).
_A_WISH_OR_IF_EN = regex(
    r"\b(?:if|(?:i'?d|i would|it would|itd|it'd) (?:be|get|do|pay|have|earn|spend|make|only)|want|"
    r"wish|ideal\w*|in my head)\b"
)

#: Words one of which :data:`_AS_IT_IS_AFTER_A_WISH_EN` needs.
_WORDS_OF_AS_IT_IS_EN = ("as it", "as things", "right now", "but i", "for now", "the moment",
                         "reality")  # fmt: skip


def _without_a_wish_before_as_it_is_en(folded: str) -> str:
    """``folded`` with all before :data:`_AS_IT_IS_AFTER_A_WISH_EN` blanked, where a wished or
    hypothetical figure is said before it (:data:`_A_WISH_OR_IF_EN`) and a figure soon after: the
    month asked is the one as it is, not the one hoped for ("if the shop gave me more hours id
    get 1,500, as it is its 1,100" is 1,100). A figure said before with no wish stays ("rent
    600 but right now food is 200" adds up)."""
    turn = _AS_IT_IS_AFTER_A_WISH_EN.search(folded)
    if (
        turn is None
        or not _FIGURES_EN.search(folded, 0, turn.start())
        or not _A_WISH_OR_IF_EN.search(folded, 0, turn.start())
        or not _FIGURES_EN.search(folded, turn.end(), turn.end() + 40)
    ):
        return folded
    return _all_before_blanked(folded, turn)


#: Before a figure, in its clause, a need or a wish of the person: "id need 1,600", "i'd like
#: 2k", "i want to save 150", "would need to spend 700", "need to keep it at 900"; or a target
#: set for them by an app or an adviser: "the budget planner wants me at 850", "she wants me to
#: spend 700" (a goal, not what they spend).
_NEEDED_OR_WISHED_BEFORE_EN = regex(
    r"\b(?:(?:i'?d|i would|would) (?:need|like|want)|want(?:ed)? to (?:save|get|keep|be|have)|"
    r"need to (?:keep|get|be|have|make|earn)|"
    r"wants? me (?:at|on|to (?:spend|be|keep|get|live)))\b[^.;!?0-9]{0,40}$"
)


#: Before a figure, in its clause, that it is what the person or the household used to live on,
#: spend or get: "we used to get by on 1,200", "i used to spend about 900", "used to bring in
#: 1,600". Said alone, today's figure is unsaid ("… but since the twins i havent added it up").
_A_PAST_FIGURE_OF_MINE_BEFORE_EN = regex(
    r"\b(?:i|we) used to (?:manage|get by|live|spend|get|earn|pay|make|be on|take home|"
    r"bring in|need)\b[^.;!?0-9]{0,25}$"
)


def _only_figures_after_en(folded: str, before: re.Pattern[str]) -> bool:
    """Whether every figure of ``folded`` has ``before`` in the 60 characters before it."""
    figures = list(_FIGURES_EN.finditer(folded))
    return bool(figures) and all(
        before.search(folded, max(0, f.start() - 60), f.start()) for f in figures
    )


def _only_figures_needed_or_wished_en(folded: str) -> bool:
    """Whether every figure of ``folded`` is one the person needs or wishes for (see
    :data:`_NEEDED_OR_WISHED_BEFORE_EN`): "id need 1,600 a month to get by, i dont manage it",
    "i want to save 100 so id have to spend 800 at most". What they have or spend now is
    unsaid: asked again. A figure said beside it as it is ("id need 1,600, i get 1,200") is no
    wish."""
    figures = list(_FIGURES_EN.finditer(folded))
    return bool(figures) and all(
        _NEEDED_OR_WISHED_BEFORE_EN.search(folded, max(0, f.start() - 60), f.start())
        for f in figures
    )


#: A figure of someone outside the household or of people in general, said to compare the own
#: with: "my pal at work spends 300 on food", "my neighbour pays 900 for the same house", "the
#: average household is 2,400", "what a couple with 2 kids spends is 2k", "the poverty line is
#: about 1,000", "what my sister earns, 2,600". The clause runs to its end (a comma or a point
#: inside a figure, or a comma right before it, does not end it; "but" does). Not a debt to a
#: mate ("car loan 180 and my mate 40": no verb of theirs), nor one lent by them ("my friend
#: lent me 500"), nor a friend in the own story ("my friend is staying so food is 250").
_ANOTHERS_FIGURE_COMPARED_EN = regex(
    r"\b(?:(?:my|me) (?:mate|mates|friend|friends|pal|housemate|neighbour|neighbor|colleague|"
    r"workmate)(?: [^.;!?,0-9]{0,25}?)? (?:pays|spends|gets|earns|makes|is on)|"
    r"(?:the |an? )?average (?:person|single person|household|family|couple)|a family of \w+|"
    r"(?:the )?poverty line|everyone else|"
    r"what (?:my|a|an|the) [^.;!?,0-9]{0,30}?[0-9]?[^.;!?,0-9]{0,10}?"
    r"(?:earns|gets|spends|pays|makes))\b"
    r"(?:[^.;!?,b]|\Bb|b(?!ut\b)|[.,](?=[0-9])|, (?=[0-9]))*"
)


#: The own household's head count, said beside another family's figure: "theyre 5, were 2 and
#: its 1,300", "we are 3 so". A count of people, no money.
_OUR_HEAD_COUNT_EN = regex(r"\b(?:were|we are|we're|there(?:s|'s| is| are) (?:just )?) "
                           r"[0-9]{1,2}(?: of us)?(?= and\b| so\b|,|\.)")  # fmt: skip


#: Words one of which :data:`_ANOTHERS_FIGURE_COMPARED_EN` needs.
_WORDS_OF_ANOTHERS_COMPARED_EN = ("my mate", "my friend", "my pal", "housemate", "neighbo",
                                  "colleague", "workmate", "me mate", "average ", "family of",
                                  "poverty line", "everyone else", "what my", "what a")  # fmt: skip


def _without_anothers_figure_compared_en(folded: str) -> str | None:
    """``folded`` with the figures of another or of people in general blanked (see
    :data:`_ANOTHERS_FIGURE_COMPARED_EN`): theirs is said only to set the own beside it, "my
    neighbour pays 900 for the same house, im on 750" is 750. ``None`` where no figure is left
    ("the average is 2k, im nowhere near": the own is unsaid); ``folded`` as it was where no
    figure was in the clause."""
    found = [m for m in _ANOTHERS_FIGURE_COMPARED_EN.finditer(folded) if _FIGURES_EN.search(m[0])]
    if not found:
        return folded
    kept = _blanked(folded, *found, *_OUR_HEAD_COUNT_EN.finditer(folded))
    return kept if _FIGURES_EN.search(kept) else None


#: Not agreed yet, in English: "havent agreed anything yet", "nothing agreed", "not agreed yet".
_NOT_AGREED_EN = regex(r"\b(?:haven'?t|havent|have not|not|nothing|never) (?:\w+ )?agreed\b")

#: Before a figure, in its clause, that a creditor asks for it: "the water board want 60 a
#: month", "they're asking for 90", "the council said 45".
_ASKED_FOR_BY_THEM_BEFORE_EN = regex(
    r"\b(?:wants?|wanted|asking(?: me)?(?: for)?|asked(?: me)?(?: for)?|says?|said)\b"
    r"[^.;!?0-9]{0,25}$"
)


#: The person's own total said last, after a story or a list with things of work or one-offs in
#: it: "for the house its 900", "for home thats 1,050", "so for me it comes to 700", "thats what
#: i live on, 1,600", "… ignore that. 820 for me", "spending is 900 for me". The figure (group 1
#: or 2) ends the message. Not one more item ("plus about 1,000 for the house") nor a total of
#: others ("the total for the house is 2,150, my share is 40%").
_MY_OWN_TOTAL_AT_THE_END_EN = regex(
    r"(?:(?:^|[.,;!?] |\bso |\bthen )for (?:the house|the home|home|me|us|myself|ourselves|"
    r"the household)(?: its| it'?s| thats| that'?s| it comes to| comes to)|"
    r"\b(?:thats|that'?s|that is) what (?:i|we) live on)[,:]? (?:about |around )?"
    r"([0-9][0-9,.]*k?)(?: a month)?\W*$|"
    r"(?:^|[.;!?] |\b(?:is|its|it'?s|thats|that'?s) )([0-9][0-9,.]*k?) "
    r"for (?:me|us|the house|home)\W*$"
)


def _a_plain_figure_en(figure: str) -> Decimal | None:
    """The value of a plain written figure ("1,390", "2.5k", "200."), or ``None``."""
    figure = figure.rstrip(",.")
    thousands = figure.endswith("k")
    try:
        value = Decimal(figure.rstrip("k").replace(",", ""))
    except ArithmeticError:
        return None
    return value * 1000 if thousands else value


def _only_my_own_total_at_the_end_en(folded: str) -> str:
    """``folded`` with all before the own total said last blanked (see
    :data:`_MY_OWN_TOTAL_AT_THE_END_EN`): the person has set aside what is not theirs or not
    monthly and says what is left ("van 300, rent 550, food 200, the van is the business. for
    the house its 750" is 750). Only where it is no smaller than every figure before it (a
    total, not one more item: "rent 600, food 200, for me its 80 on fags" is no total)."""
    said = _MY_OWN_TOTAL_AT_THE_END_EN.search(folded)
    if said is None:
        return folded
    start = said.start(1) if said[1] else said.start(2)
    total = _a_plain_figure_en(said[1] or said[2])
    before = [_a_plain_figure_en(f[0]) for f in _FIGURES_EN.finditer(folded, 0, said.start())]
    if total is None or not before or any(v is None or v > total for v in before):
        return folded
    return " " * start + folded[start:]


#: At the spending, essentials named after "then" with no figure after them, a figure said
#: before: "rent 550 on the 1st, then food, gas, the bus" (a day's "28th" is no figure). Their
#: amounts are unsaid: the figure is one item, not the month's.
_ITEMS_AFTER_THEN_UNSAID_EN = re.compile(
    r"[0-9][^0-9]{0,40}? then (?:the |my )?(?:food|bills|petrol|gas|electric|shopping|groceries|"
    r"phone|council tax|diesel|the bus|bus)\b"
    r"(?![^0-9]*[0-9]+(?![0-9]*(?:st|nd|rd|th)\b))"
)


#: A figure said as the whole ("900 all in, rent first then food"): its items need no figure.
_WORDS_OF_A_WHOLE_EN = ("all in", "everything", "total", "altogether", "all together")


#: At the own offer, what is taken off a figure, said as such: "knock 20 off, 95", "take 15 off
#: that so 70". It is the difference, no amount offered (blanked when a figure is left).
_A_FIGURE_KNOCKED_OFF_EN = re.compile(
    r"\b(?:knock|take|knocking|taking) (?:[$£] ?)?[0-9][0-9,.]* off\b"
)


#: The answer said only as more or less than one item, then that item's figure: "a bit more than
#: the mortgage, the mortgage is 720", "less than my wage which is 1,300". The figure is the
#: item's, the answer is not said (a bound with its own figure, "more than 900", is read).
_ONLY_COMPARED_WITH_AN_ITEM_EN = re.compile(
    r"\W*(?:(?:its|it'?s|prob|probably|a bit|a lot|way|much|just|slightly) )*(?:more|less|over|"
    r"under) than (?:my|the|our) (?P<item>rent|mortgage|wages?|pay|salary|pension|income|bills)\b"
    r"(?:,? (?:which|that) (?:is|'?s)|[^0-9]*\b(?P=item)\b)[^0-9]{0,12}[0-9]"
)


#: A figure another one is compared with, after "vs" or "compared to": "Oct £980 vs Sep £1,120",
#: "1,050, compared with 1,200 last year". It is another time's (a month named or none), set
#: beside it (blanked when a figure is left), never an item to add ("rent 600 vs food 200" is).
_A_FIGURE_COMPARED_WITH_EN = re.compile(
    r"\b(?:vs\.?|versus|compared (?:to|with))\W{0,2}(?:(?:last|the) (?:month|year|time) |"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* )?(?:[$£] ?)?[0-9][0-9,.]*"
    r"(?: ?k\b)?"
)


#: At the income, pay told by the piece or the job done: "i mend clocks, 45 a clock, and a
#: pension of 600", "mostly 30 per lawn", "basic 900 plus bonus, 4 kitchens at 200 each last
#: month". How many pieces a month is unsaid, so the month's pay is not known: asked again (not
#: "1,300 a month", "400 a week", "950 a good month": a span of time, nor "the two of us 700
#: each", no price, nor where the month is worked out, see :data:`_A_MONTH_WORKED_OUT_EN`).
_PAY_BY_THE_PIECE_EN = re.compile(
    r"[0-9] (?:a|an|per) (?!(?:days?|weeks?|fortnights?|months?|years?|yrs?|mths?|mnths?|mo|"
    r"wks?|quarters?|terms?|hours?|hrs?|nights?|shifts?|pay|payday|paycheck|paycheque|cheque|"
    r"wage|calendar|tax|lot|bit|few|couple|little|half|whole|person|head|kid|child)\b)"
    r"(?![a-z]+ (?:days?|weeks?|months?|years?)\b)[a-z]{3,}\b"
    r"|\bat (?:[$£] ?)?[0-9][0-9,.]*k? (?:each|apiece|a piece)\b"
)


#: Beside pay by the piece, the month's pay worked out or summed up: "40 a lawn, about 30 lawns
#: so 1,200", "= 900", "thats 1,150", "i clear 1,400", "averages 1,300", "spread out its 900".
_A_MONTH_WORKED_OUT_EN = regex(
    r"=|\b(?:so|thats?|that's|clear(?:s|ed)?|averag[a-z]*|call it|draw|total|all in|comes? to|"
    r"normal|usually|spread|works? out|comes? out|in all|altogether|overall)\b"
)


#: At the income, the own pay said to be what remains of the takings: "i rent a bench for 250
#: and keep whatever i make after that", "my husband gets 1,600, i take whatever the cafe
#: makes", "i keep whats left after the 300 pitch fee". The figures are a cost or another's pay;
#: the own month is unsaid: asked again (not where it is said after, see
#: :func:`_own_pay_only_what_remains_en`).
_OWN_PAY_WHAT_REMAINS_EN = regex(
    r"\bi (?:keep|get|take|make|earn|pocket|draw|have)(?: home)? "
    r"(?:whatever|whats left|what'?s left|what is left)\b"
)


#: A cost the takings are left after: "after the 400", "after my 250".
_AFTER_A_COST_EN = re.compile(r"\bafter (?:the |my |a |an )?(?:[$£] ?)?[0-9][0-9,.]*k?")


def _own_pay_only_what_remains_en(folded: str) -> bool:
    """Whether the own pay is said only as what remains of the takings (see
    :data:`_OWN_PAY_WHAT_REMAINS_EN`), with no month's figure said after it ("i keep whatever i
    make, about 1,000 a month" is 1,000) nor worked out (see :data:`_A_MONTH_WORKED_OUT_EN`)."""
    remains = _OWN_PAY_WHAT_REMAINS_EN.search(folded)
    if remains is None or _A_MONTH_WORKED_OUT_EN.search(folded):
        return False
    rest = _AFTER_A_COST_EN.sub(" ", folded[remains.end() :])
    return not _FIGURES_EN.search(rest)


#: At the spending, what is left over named with the whole it is left of: "about 150 left out of
#: my 1,300 once the bills go", "out of my 1,100 i have 80 left", "i have 300 left from the
#: 1,600". Neither figure is the spending (it would be worked out from the two): asked again.
_LEFT_OVER_OF_A_WHOLE_EN = re.compile(
    r"[0-9][0-9,.]*k? (?:quid |pounds )?(?:left|left over|spare)\b[^.!?0-9]{0,12}"
    r"\b(?:out of|from|of) (?:my |the |our )?(?:[$£] ?)?[0-9]"
    r"|\bout of (?:my |the |our )?(?:[$£] ?)?[0-9][^.!?]{0,40}[0-9][0-9,.]*k? (?:left|spare)\b"
)


#: A figure said to be replaced by another: "the total is 1,135 now instead of 1,100", "640
#: rather than the 700 it was". It is the one no longer paid (blanked when a figure is left).
_A_FIGURE_REPLACED_EN = re.compile(
    r"\b(?:instead of|rather than) (?:the |my |a |an |about |around )?(?:[$£] ?)?[0-9][0-9,.]*"
    r"(?: ?k\b)?"
)


#: A cost paid once a year, named as left out of the month's spending or put on top of it, its
#: yearly figure perhaps said after it: "900 a month, not counting the tv licence which we pay
#: annually", "760, then the house insurance on top once a year, its 300". A year's bill is no
#: month's spending: the month's figure said is the answer (only expenses, only with no figure
#: inside the name, so "not counting the 40 a month gym" is no yearly cost).
_A_YEARLY_COST_LEFT_OUT_EN = regex(
    r"\b(?:(?:not counting|not including|excluding|apart from|except(?: for)?) (?:the |my )?"
    r"[a-z' ]{2,40}?\b(?:yearly|annually|once a year|every year)|"
    r"(?:then|plus|and) (?:the |my )?[a-z' ]{2,30}? on top,? (?:yearly|annually|once a year))\b"
    r"(?:,? (?:thats|that's|its|it's|which is) (?:about |around )?[$€£]?[0-9][0-9.,]*)?"
)


#: At income, a figure the cardholder says they pay out for something, said beside the pay: "I
#: earn 1,200, I pay 50 for childcare", "i pay my neighbour 50 to mind the kids" (never summed
#: in with what comes in; not "I pay myself 2,000 a month", a wage).
_AN_OWN_COST_AT_INCOME_EN = regex(
    r"\bi (?:pay|spend|give|send)(?: (?:my|the|a|an|her|his|our) [a-z]+)?"
    r" (?:about |around |roughly )?[£$]?[0-9][0-9,]*(?:\.[0-9]{1,2})?"
    r"(?= (?:a (?:month|week) )?(?:for|on|to)\b)"
)


def _set_aside_not_asked_en(reading: _AmountBeingRead) -> AmountReading | None:
    """English: blanks items struck out, a thing's worth, a perk, others' figures."""
    asked = reading.asked
    folded = reading.folded
    items = reading.items
    language = reading.language
    offer = reading.offer
    owed = reading.owed
    if (
        asked in ("income", "expenses", "other_debts", "counter")
        and language == "en"
        and any(word in folded for word in _WORDS_OF_AN_EARLIER_STEP_EN)
    ):  # "mortgage 780, food 400. the 1,400 i said is after tax": the 1,400 aside
        of_this_step = _without_a_word_on_an_earlier_step_en(folded, asked)
        if (
            of_this_step != folded
            and not _FIGURES_EN.search(of_this_step)
            and (asked != "other_debts" or not _NONE_SAID_FIRST_EN.search(of_this_step))
        ):
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "the 400 i said is net"
        folded = of_this_step
    if (
        asked in ("income", "expenses")
        and language == "en"
        and ("loan" in folded or "debt" in folded or "borrow" in folded or "credit" in folded)
    ):  # "about 900 all in. no other debts thank god": the next question's none
        folded = _NO_OTHER_DEBTS_SAID_EARLY_EN.sub(lambda m: " " * len(m[0]), folded)
    if (
        asked in ("income", "expenses", "other_debts", "counter")
        and language == "en"
        and ("card end" in folded or "last four" in folded or "last 4" in folded)
        and (digits := _THE_CARDS_DIGITS_GIVEN_LATE_EN.search(folded))
    ):  # "1,200 a month, and the card ending i forgot before, its 4417": no money
        undigited = folded[: digits.start(1)] + "    " + folded[digits.end(1) :]
        folded = _kept_where_a_figure_is_left(undigited, folded)
    if (
        asked == "income"
        and language == "en"
        and "i " in folded
        and (" to " in folded or " for " in folded or " on " in folded)
    ):
        # "I earn 1,200 a month, I pay 50 for childcare": money going out, not coming in
        unpaid = _AN_OWN_COST_AT_INCOME_EN.sub(lambda m: " " * len(m[0]), folded)
        folded = _kept_where_a_figure_is_left(unpaid, folded)
    if language == "en" and " said" in folded and (said := _AS_I_SAID_FIRST_EN.match(folded)):
        folded = " " * said.end() + folded[said.end() :]  # "as i said, 1,900: mortgage 1,050, …"
    if language == "en" and "??" in folded and (" is " in folded or " does " in folded):
        # "850. is it too much??": a question about the figure, no item waiting for its own
        folded = _A_QUESTION_ABOUT_THE_FIGURE_EN.sub(lambda m: m[0][:-2] + "? ", folded)
    if language == "en" and ("gonna " in folded or "going to " in folded):
        undropped = _A_FIGURE_FIRST_THOUGHT_OF_EN.sub(lambda m: " " * len(m[0]), folded)
        if _FIGURES_EN.search(undropped):  # "35. was gonna say 50 but i cant": the 50 dropped
            folded = undropped
    if language == "en" and ("check" in folded or "looked" in folded or " through" in folded):
        unguessed = _A_FIGURE_PUT_BEFORE_CHECKING_EN.sub(lambda m: " " * len(m[0]), folded)
        if _FIGURES_EN.search(unguessed):  # "i put 1,200 before but i've checked now: …"
            folded = unguessed
    if asked == "expenses" and language == "en" and ("year" in folded or "annual" in folded):
        unyearly = _A_YEARLY_COST_LEFT_OUT_EN.sub(lambda m: " " * len(m[0]), folded)
        if _FIGURES_EN.search(unyearly):  # "900 not counting the tv licence, paid yearly"
            folded = unyearly
    if (
        asked == "expenses"
        and language == "en"
        and " then " in folded
        and not any(word in folded for word in _WORDS_OF_A_WHOLE_EN)
        and _ITEMS_AFTER_THEN_UNSAID_EN.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "rent 600, then food and petrol"
    if (
        asked in ("income", "expenses")
        and language == "en"
        and " know " in folded
        and _ONLY_ONE_ITEM_KNOWN_EN.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "i know the rent is 850, that's it"
    if (
        language == "en"
        and ("hundred" in folded or "thousand" in folded)
        and _said_again_in_words_otherwise_en(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "1,380, thirteen hundred and 18"
    if offer and language == "en" and " off" in folded:
        unknocked = _A_FIGURE_KNOCKED_OFF_EN.sub(lambda m: " " * len(m[0]), folded)
        if _FIGURES_EN.search(unknocked):  # "… 115? knock 20 off, 95": the 20 is no offer
            folded = unknocked
    if (
        asked in ("income", "expenses")
        and language == "en"
        and "than " in folded
        and _ONLY_COMPARED_WITH_AN_ITEM_EN.match(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "more than my rent, rent is 680"
    if language == "en" and ("vs" in folded or "versus " in folded or "compared " in folded):
        uncompared = _A_FIGURE_COMPARED_WITH_EN.sub(lambda m: " " * len(m[0]), folded)
        if _FIGURES_EN.search(uncompared):  # "1,062 in oct vs 1,204 in sep": the 1,204 aside
            folded = uncompared
    if language == "en" and ("instead of " in folded or "rather than " in folded):
        unreplaced = _A_FIGURE_REPLACED_EN.sub(lambda m: " " * len(m[0]), folded)
        if _FIGURES_EN.search(unreplaced):  # "1,135 now instead of 1,100": the 1,100 is gone
            folded = unreplaced
    if (
        asked == "income"
        and language == "en"
        and (" a" in folded or " per " in folded or " each" in folded or "apiece" in folded)
        and _PAY_BY_THE_PIECE_EN.search(folded)
        and not _A_MONTH_WORKED_OUT_EN.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…, 45 a clock": pieces unsaid
    if (
        asked == "income"
        and language == "en"
        and ("whatever" in folded or " left" in folded)
        and _own_pay_only_what_remains_en(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "i keep whatever i make after 250"
    if (
        asked == "expenses"
        and language == "en"
        and (" left" in folded or " spare" in folded)
        and (" of " in folded or " from " in folded)
        and _LEFT_OVER_OF_A_WHOLE_EN.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "80 left out of my 1,100"
    if language == "en" and ("wrong" in folded or "mistake" in folded or "my bad" in folded):
        folded = _all_before_blanked(folded, _A_FIGURE_SAID_WRONG_EN.search(folded))  # "900 but
        # i was wrong earlier, its 960": only the figure after the mistake owned up to stands
    if asked in ("income", "expenses") and language == "en" and " of " in folded:
        part = _THE_OWN_PART_OF_A_WHOLE_EN.search(folded)
        if part is not None:  # "ours is 3k, mine is 1,200 of that": only the own part is asked
            folded = " " * part.start(1) + part[1] + " " * (len(folded) - part.end(1))
    if (
        asked in ("income", "expenses", "other_debts")
        and language == "en"
        and " to " in folded
        and ("go" in folded or "ris" in folded or "jump" in folded or "increas" in folded)
    ):  # "1,200 and it goes up to 1,260 from june": today's figure is asked
        todays = _A_FIGURE_TO_COME_AFTER_TODAYS_EN.sub(lambda m: " " * len(m[0]), folded)
        if _FIGURES_EN.search(todays):
            folded = todays
    if asked == "income" and language == "en" and "me " in folded:
        other = _ANOTHERS_FIGURE_AFTER_MINE_EN.search(folded)
        if other is not None:  # "me 1,100, my wife 1,300": only the own is asked
            folded = folded[: other.start(1)] + " " * len(other[1]) + folded[other.end(1) :]
    if asked == "other_debts" and language == "en" and "min" in folded and "but " in folded:
        least = _THE_MINIMUM_BESIDE_WHAT_IS_PAID_EN.search(folded)
        if least is not None:  # "the minimum is 30 but i pay 50": what is paid is the answer
            folded = folded[: least.start(1)] + " " * len(least[1]) + folded[least.end(1) :]
    if offer and language == "en" and (" get " in folded or " on " in folded or "earn" in folded):
        if _only_the_pay_at_the_offer_en(folded):
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "i earn 1,150 a month"
        folded = _without_the_pay_after_the_offer_en(folded)  # "40. i get 1,200"
    if offer and language == "en" and "minimum" in folded:  # "the 38 minimum, cant do more"
        folded = _THE_MINIMUM_NAMED_BY_ITS_FIGURE_EN.sub(r"the minimum \g<figure>", folded)
    if language == "en" and any(month in folded for month in _MONTHS_SHORT_NAMES_EN):
        folded = _A_DAY_BEFORE_ITS_MONTH_EN.sub(lambda m: " " * len(m[0]), folded)  # "25 mar"
    if asked == "expenses" and language == "en" and (" - " in folded or ": " in folded):
        folded = _without_the_parts_of_a_whole_said_first_en(folded)  # "730 - rent 400, …"
    if (
        asked == "expenses"
        and language == "en"
        and ("the rest" in folded or "everything else" in folded)
    ):
        folded = _without_the_parts_before_the_rest_en(folded)  # "900: rent 550, the rest food"
    if asked == "expenses" and language == "en" and " my " in folded and " of the " in folded:
        folded = _THE_OWN_SHARE_COUNTED_IN_EN.sub(lambda m: " " * len(m[0]), folded)  # "…, with
        # my half of the rent": counted in the figure before, no part of it left out
    if asked in ("income", "expenses") and language == "en" and "out" in folded and "in" in folded:
        folded = _without_the_other_of_in_and_out_en(folded, asked)  # "1,500 in, 1,420 out"
    if (
        asked in ("income", "expenses", "other_debts")
        and language == "en"
        and ("owe" in folded or "behind" in folded or "arrears" in folded or "min" in folded)
        and any(word in folded for word in _WORDS_OF_THIS_CARD_EN)
    ):
        folded = _without_the_cards_own_figures_en(folded, asked)  # "i owe you 2,300, wage …"
    if (
        asked in ("income", "expenses", "other_debts")
        and language == "en"
        and (
            " so " in folded
            or "which" in folded
            or "that" in folded
            or "out " in folded
            or "make it" in folded
        )
        and any(word in folded for word in _WORDS_OF_ANOTHER_SPAN_EN)
    ):
        folded = _without_figures_worked_out_monthly_en(folded)  # "312 a year so 26 a month"
    if asked in ("income", "expenses", "other_debts") and language == "en" and " count" in folded:
        folded = _without_what_i_dont_count_en(folded)  # "…, the bonus is yearly, i dont count it"
    if (
        asked in ("income", "expenses", "counter")
        and language == "en"
        and any(word in folded for word in _WORDS_OF_AS_IT_IS_EN)
    ):  # "if i went full time id be on 1,900, as it is 1,300"
        folded = _without_a_wish_before_as_it_is_en(folded)
    if (
        asked in ("income", "expenses")
        and language == "en"
        and ("need" in folded or "like" in folded or "want" in folded)
        and _only_figures_needed_or_wished_en(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "id need 1,600 to get by"
    if (
        asked in ("income", "expenses")
        and language == "en"
        and "used to" in folded
        and _only_figures_after_en(folded, _A_PAST_FIGURE_OF_MINE_BEFORE_EN)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "we used to manage on 1,000"
    if (
        asked in ("income", "expenses")
        and language == "en"
        and ("for " in folded or "live on" in folded)
    ):
        folded = _only_my_own_total_at_the_end_en(folded)  # "…, for the house its 800"
    if (
        asked == "other_debts"
        and language == "en"
        and "agreed" in folded
        and _NOT_AGREED_EN.search(folded)
        and _only_figures_after_en(folded, _ASKED_FOR_BY_THEM_BEFORE_EN)
    ):  # what a creditor wants with no plan agreed: what is paid is unsaid
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "they want 200, not agreed yet"
    if language == "en" and any(word in folded for word in _WORDS_OF_A_FIGURE_PUT_TO_ME_EN):
        folded = _without_a_figure_put_to_me_en(folded)  # "the advert said 3k. i earn 1,200"
    if language == "en" and any(word in folded for word in _WORDS_OF_ANOTHERS_COMPARED_EN):
        kept = _without_anothers_figure_compared_en(folded)  # "my mate pays 1,400, im on 980"
        if kept is None:
            return AmountReading(None, AmountProblem.AMBIGUOUS)
        folded = kept
    if (
        asked in ("income", "expenses", "other_debts")
        and language == "en"
        and any(word in folded for word in _WORDS_OF_THE_BOTS_FIGURE_EN)
        and (said := _THE_BOTS_FIGURE_CORRECTED_EN.search(folded))
    ):  # "you said 90, its 95 now": the bot's figure of before
        folded = folded[: said.start(1)] + " " * len(said[1]) + folded[said.end(1) :]
    if offer and language == "en" and " and " in folded and _PAID_AND_KEPT_BACK_EN.search(folded):
        folded = _paid_of_what_is_spare_en(folded)  # "spare 120, so put 100 and ill keep 20"
    if (
        asked == "expenses"
        and language == "en"
        and any(word in folded for word in _WORDS_OF_THE_PAY_EN)
        and _only_the_pay_said_en(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "i earn 1,700 after tax"
    if (
        asked == "expenses"
        and language == "en"
        and (" of it" in folded or " of that" in folded)
        and _THE_SPENDING_A_PART_OF_A_FIGURE_EN.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "take home 1,380, i spend most of it"
    if items and any(word in folded for word in _WORDS_OF_AN_ITEM_STRUCK_OUT_EN):
        folded = _without_items_struck_out_en(folded)  # "gym 35 no scrap the gym"
    if (
        items
        and "the " in folded
        and any(word in folded for word in _WORDS_OF_A_FIGURE_STRUCK_OUT_EN)
        and _A_FIGURE_STRUCK_OUT_EN.search(folded)
    ):
        folded = _without_figures_struck_out_en(folded)  # "… ignore the 45 tv, cancelled"
    if asked == "expenses" and "spend" in folded and (" of it" in folded or " of that" in folded):
        spent = _SPENDING_A_FIGURE_OF_IT_EN.search(folded)
        if spent is not None:  # "the stall pays 1,400 and i spend 1,160 of it"
            folded = " " * spent.start() + folded[spent.start() :]
    if items and "more like" in folded:  # "food 180, gas 90, food is more like 230"
        folded = _without_an_items_figure_restated_en(folded)
    if (
        asked == "other_debts"
        and language == "en"
        and ("wage" in folded or "slip" in folded or "salary" in folded)
    ):  # "a work loan, 80 out of my wages": the payment, no income beside it
        folded = _without_where_a_payment_is_taken_from_en(folded)
    if (
        asked == "other_debts"
        and language == "en"
        and " on " in folded
        and _ONLY_A_SUM_ON_A_THING_EN.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "about 7,000 on the car": owed
    if (
        asked == "other_debts"
        and language == "en"
        and len(folded) < 40
        and (said := _A_DEBT_AND_A_BARE_FIGURE_EN.fullmatch(folded.strip())) is not None
        and _a_balance_by_its_size_en(said)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "overdraft 1,500", "loan 6k"
    if asked == "other_debts" and language == "en" and ("bill" in folded or "not a debt" in folded):
        folded = _without_figures_called_bills_en(folded)  # "phone 30 but thats a bill"
    if owed and "worth" in folded:  # "van loan 240, the van is worth 9k": no payment
        folded = _WHAT_A_THING_IS_WORTH_EN.sub(lambda m: " " * len(m[0]), folded)
    if language == "en" and "plan " in folded and " loan" in folded:  # "the plan 2 loan"
        folded = _A_STUDENT_LOAN_PLAN_EN.sub(lambda m: " " * len(m[0]), folded)
    if asked == "income" and language == "en" and " after " in folded:
        folded = _without_the_gross_before_what_lands_en(folded)  # "gross 2,300 and after …"
    if language == "en" and any(word in folded for word in _WORDS_OF_AN_HOUR_TO_BE_RUNG_AT_EN):
        folded = _AN_HOUR_TO_BE_RUNG_AT_EN.sub(lambda m: " " * len(m[0]), folded)  # "after 6"
    if (
        asked in ("income", "expenses")
        and language == "en"
        and (" sure" in folded or " know" in folded or "no idea" in folded)
    ):
        unsure = _UNSURE_IT_TAKES_IN_A_PART_EN.search(folded)
        if unsure is not None and _FIGURES_EN.search(folded, 0, unsure.start()):
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "1,200 but not sure that has"
        if asked == "income" and _A_TOP_UP_NOT_KNOWN_EN.search(folded):
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "UC tops me up, dont know …"
    if (
        asked in ("income", "expenses")
        and language == "en"
        and ("say " in folded or "call it " in folded or "go with " in folded or "put " in folded)
    ):
        settled = _A_FIGURE_SETTLED_AT_THE_END_EN.search(folded, max(0, len(folded) - 60))
        if settled is not None and _settled_on_no_new_sum_en(folded, settled, asked):
            folded = _all_before_blanked(folded, settled)  # "… the horse so call it 1,000"
    if asked == "income" and "cash in hand" in folded:  # how a job pays, no take-home said
        folded = folded.replace("cash in hand", "cash" + " " * 8)  # ("the bar 520 cash in hand")
    if asked == "income" and language == "en" and "call it" in folded:
        extras = _THE_PAY_WITH_EXTRAS_SETTLED_EN.search(folded)
        if extras is not None:  # "1,500 after tax plus tips, …, call it 1,800"
            folded = _all_before_blanked(folded, extras)
    if asked == "expenses" and language == "en" and "i pay the " in folded:
        other = _ANOTHERS_PART_BESIDE_THE_OWN_EN.search(folded)
        if other is not None:  # "the council pays 300 of my rent, i pay the other 250"
            folded = folded[: other.start(1)] + " " * len(other[1]) + folded[other.end(1) :]
    if asked == "expenses" and language == "en" and "s me" in folded:
        kept = _without_what_another_gives_me_en(folded)  # "the 30 my flatmate gives me"
        if kept is None:
            return AmountReading(None, AmountProblem.AMBIGUOUS)
        folded = kept
    if (
        asked in ("income", "expenses", "counter")
        and language == "en"
        and ("if i " in folded or "if we " in folded)
    ):  # "if i cut the gym 940", "if i drop the gym 90, otherwise 60"
        kept = _without_a_figure_if_i_cut_en(folded, asked)
        if kept is None:
            return AmountReading(None, AmountProblem.AMBIGUOUS)
        folded = kept
    if ("havent" in folded or "haven't" in folded) and _a_part_not_yet_counted_en(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "900 but havent counted the van"
    if asked in _PLAINLY_COUNTED_EN and language == "en" and "count" in folded:
        folded = _without_whether_a_plain_item_counts_en(folded, asked)  # "does rent count? 600"
    if (
        language == "en"
        and ("exact" in folded or "fixed" in folded or " set at" in folded or "the dot" in folded)
        and (" least" in folded or " most" in folded or " than" in folded)
    ):  # "at least 900... no, exactly 900": the bound settled
        folded = _without_a_bound_made_exact_en(folded)
    if (
        asked in ("income", "expenses")
        and language == "en"
        and ("up to" in folded or "minimum" in folded)
        and _the_one_figure_a_bound_en(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "anything up to 1,800": how much?
    if (
        asked in ("income", "expenses")
        and language == "en"
        and (
            "tops" in folded
            or "nearly" in folded
            or "almost" in folded
            or "most " in folded
            or "max" in folded
        )
        and len(_FIGURES_EN.findall(folded)) == 1
        and _A_CEILING_OR_NEARLY_EN.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "950 tops": how far under it?
    if (
        asked in ("income", "expenses")
        and language == "en"
        and "guts of" in folded
        and _THE_GUTS_OF_EN.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "the guts of 1,300": nearly it
    if (
        asked in ("income", "expenses")
        and language == "en"
        and ("til" in folded or "up to" in folded or "from before" in folded or "of date" in folded)
        and _only_a_figure_of_before_en(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "it was 1,400 till june, now …"
    if (
        asked in ("income", "expenses")
        and language == "en"
        and ("check" in folded or " yet" in folded or " how " in folded)
        and _still_to_be_checked_en(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "1,100, ill check later"
    if (
        asked in ("income", "expenses", "counter")
        and ("season" in folded or "winter" in folded)
        and _A_MONTH_BY_THE_SEASON_EN.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "in the season 1,400, winter 800"
    if (
        asked in ("income", "expenses", "counter")
        and language == "en"
        and "when " in folded
        and " but " in folded
        and _A_FIGURE_ONLY_FOR_A_WHILE_EN.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "when its on 900 but it ends"
    if (
        asked in ("income", "expenses", "counter")
        and language == "en"
        and ("more " in folded or "less " in folded or "higher " in folded or "lower " in folded)
        and _ANOTHER_KIND_OF_MONTH_MORE_OR_LESS_EN.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "900 in a 4 week month, more in …"
    if asked == "expenses" and " at " in folded and _WORK_DONE_AT_A_PRICE_EN.search(folded):
        folded = _without_work_done_at_a_price_en(folded)  # "we make 40 cakes at 12 each. …"
    if (
        asked in ("income", "expenses")
        and folded.count("some ") > 1
        and _SOME_TIMES_ONE_FIGURE_SOME_ANOTHER_EN.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "some weeks 200 some weeks 80"
    if asked == "expenses" and any(word in folded for word in _WORDS_OF_THE_OWN_MONTH_EN):
        folded = _without_others_figures_before_en(folded)  # "… mine is rent 560, food 200"
    if (
        asked in ("income", "other_debts")
        and language == "en"
        and any(word in folded for word in _WORDS_OF_ANOTHERS_FIGURE_KEPT_APART_EN)
    ):
        own = _without_anothers_figure_kept_apart_en(folded, asked)  # "his 1,900 is separate"
        if own is None:
            return AmountReading(None, AmountProblem.AMBIGUOUS)
        folded = own
    if (
        asked == "income"
        and language == "en"
        and any(word in folded for word in _WORDS_OF_A_COUPLES_INCOME_EN)
        and _only_a_couples_income_en(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "2,800 between us": whose part?
    if (
        asked == "income"
        and language == "en"
        and any(word in folded for word in _WORDS_OF_ANOTHERS_PART_EN)
        and _only_others_parts_en(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "together 2,400, his is 1,300"
    if (
        asked in ("income", "expenses")
        and language == "en"
        and ("4 week" in folded or "four week" in folded)
        and _only_figures_for_four_weeks_en(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "1,180 for the 4 weeks": no month
    if (
        asked in ("income", "expenses", "other_debts")
        and language == "en"
        and (
            "not sure" in folded
            or "unsure" in folded
            or "no idea" in folded
            or "hard to" in folded
            or " know " in folded
            or "dunno" in folded
        )
        and _the_figure_of_now_unsure_en(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "…, not sure what my bit is now"
    if (
        asked in ("income", "expenses", "counter")
        and language == "en"
        and ("half" in folded or "third" in folded or "quarter" in folded)
        and _ANOTHERS_PART_OF_THE_FIGURE_AS_A_SHARE_EN.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "1,600, the van is maybe a third"
    if (
        offer
        and language == "en"
        and (
            "half" in folded
            or "third" in folded
            or "quarter" in folded
            or "double" in folded
            or "twice" in folded
        )
        and _an_offer_a_share_of_a_figure_before_en(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "they said 90, i can do half that"
    if (
        asked in ("income", "expenses")
        and language == "en"
        and ("%" in folded or "cent" in folded)
        and _only_a_share_of_a_figure_en(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "80 percent of my usual 1,650"
    if asked == "income" and (" on top" in folded or "count" in folded):  # a perk in kind
        folded = _A_PERK_IN_KIND_EN.sub(lambda m: " " * len(m[0]), folded)
    if offer and "could " in folded and " but " in folded:  # "could do 100 but offer 80"
        folded = _COULD_DO_BUT_OFFER_EN.sub(lambda m: " " * len(m[0]), folded)
    if offer and (" you" in folded or " u " in folded):  # "spare is 110 so 90 to you and 20 …"
        folded = _SPARE_SPLIT_AROUND_THE_OFFER_EN.sub(lambda m: " " * len(m[0]), folded)
    if asked in ("income", "expenses") and "you " in folded:  # "…, you asked about mine? 1,300"
        folded = _ALL_BEFORE_A_CHECK_OF_WHOSE_EN.sub(lambda m: " " * len(m[0]), folded)
    if (
        asked in ("expenses", "other_debts")
        and language == "en"
        and any(word in folded for word in _WORDS_OF_A_HOUSEHOLDS_WHOLE_EN)
        and _only_a_households_whole_en(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "2k between the 4 of us"
    if language == "en" and "(" in folded and _AN_AGE_IN_BRACKETS_EN.search(folded):
        folded = _AN_AGE_IN_BRACKETS_EN.sub(lambda m: " " * len(m[0]), folded)  # "eldest (19)"
    if asked == "income" and language == "en" and "gross" in folded:
        folded = _without_the_gross_beside_the_net_en(folded)  # "1,480 net, 1,900 gross"
    if asked in ("income", "expenses") and language == "en" and "mine" in folded:
        other = _ANOTHERS_FIGURE_BEFORE_MINE_EN.search(folded)
        if other is not None:  # "his 2k mine 1,100": only the own is asked
            folded = folded[: other.start(1)] + " " * len(other[1]) + folded[other.end(1) :]
    if (
        asked == "expenses"
        and language == "en"
        and " up" in folded
        and "how much" in folded
        and _A_RISE_TO_COME_UNSIZED_EN.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "… putting it up, not said how much"
    if (
        asked == "other_debts"
        and language == "en"
        and " of " in folded
        and _A_DEBT_SAID_CLEARED_EN.search(folded)
    ):  # "0, cleared the van loan, 3 years of 210 done": the old payments are no debt now
        kept = _without_the_payments_of_a_debt_cleared_en(folded)
        if kept is None:
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "paid off, 2 years of 180"
        folded = kept
    if (
        asked == "income"
        and language == "en"
        and any(word in folded for word in _WORDS_OF_A_SHARED_POT_EN)
        and _PUT_INTO_A_SHARED_POT_EN.search(folded)
    ):  # "i earn 1,600 and put 1,000 into the joint account": the 1,000 is no income
        unpooled = _PUT_INTO_A_SHARED_POT_EN.sub(lambda m: " " * len(m[0]), folded)
        if not _FIGURES_EN.search(unpooled):
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "we both put 1,000 in"
        folded = unpooled
    if (
        asked == "income"
        and language == "en"
        and (" down" in folded or " off " in folded or " on " in folded)
        and " only " not in folded  # "…, the only thing coming in is 320 from UC"
        and _A_FIGURE_NOT_NOTHING_EN.search(folded)  # (not "0 im living off my savings")
        and _A_LUMP_DRAWN_DOWN_EN.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "redundancy money running down and
        # 390 off the universal credit": what is drawn from the lump each month is not said
    if (
        asked == "income"
        and language == "en"
        and " back" in folded
        and (taken := _PAY_TAKEN_BACK_EN.search(folded))
        and not _WHAT_IS_LEFT_SAID_AFTER_EN.search(folded, taken.end())
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "got 1,300, they took 200 back"
    if (
        offer
        and language == "en"
        and "work" in folded
        and " now" not in folded  # "50 now and 100 when im working": in stages, the first
        and _AN_OFFER_ONLY_WHILE_WORKING_EN.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "150 when im working"
    if language == "en" and asked in ("income", "expenses"):
        return _set_aside_others_or_varying_figures_en(reading, folded)
    if (
        asked == "other_debts"
        and language == "en"
        and any(word in folded for word in _WORDS_OF_A_DEBT_NAMED_EN)
        and _a_debt_named_bare_en(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "loan 90, catalogue and klarna"
    reading.folded = folded
    return None


#: At the income, what is put into a shared account or pot, in English: "me and the wife both
#: put 1,000 into the joint account", "i pay 800 into the house kitty". It is what goes to the
#: household, not what comes in (the pay it comes from, said beside it, is the answer).
_PUT_INTO_A_SHARED_POT_EN = re.compile(
    r"\b(?:put|puts|putting|pay|pays|paying|paid|transfer|transfers|move|moves|chuck|chip) "
    r"(?:in )?(?:£ ?)?[0-9][0-9,.]*k?(?: quid| pounds)?(?: each| a month| every month)? "
    r"(?:in|into|to) (?:the|our|a|my) (?:joint|shared|house|household|family|bills) "
    r"(?:account|acc|pot|kitty|fund)\b"
)
#: The words one of which :data:`_PUT_INTO_A_SHARED_POT_EN` needs (a cheap test first).
_WORDS_OF_A_SHARED_POT_EN = ("account", " acc", " pot", "kitty", " fund")


#: At the income, a lump of money lived on as it runs down, in English: "its the redundancy
#: money running down and 390 off the universal credit", "living off my savings plus 400 pip".
#: What is drawn from it each month is not said, so neither is the month's whole.
_A_LUMP_DRAWN_DOWN_EN = re.compile(
    r"\b(?:redundancy|savings|lump sum|severance|inheritance|payout)(?: money| pay)? "
    r"(?:is |are )?(?:running|runs|going|goes|winding) down\b|"
    r"\b(?:living|live|livin|getting by) (?:off|on) (?:my |the |our |me )?(?:savings|redundancy|"
    r"lump sum|severance|inheritance|payout)\b"
)


#: At the income, pay said taken back by the payer after it was paid, in English: "got 1,300,
#: then they said theyd overpaid me and took 200 back", "they clawed back 150". What the month
#: leaves is not said (taken off or not, once or again): asked again (not "they took me back").
_PAY_TAKEN_BACK_EN = re.compile(
    r"\b(?:took|taken|take|takes|taking|clawed|claw|claws|clawing)"
    r"(?: (?:£ ?)?[0-9][0-9,.]*(?: ?k\b)?(?: quid| pounds)?)? back\b(?! to\b)"
    r"|\b(?:took|taken|clawed|claw|claws|clawing) back (?:£ ?)?[0-9]"
)


#: After pay said taken back, the month's pay it leaves said: "they pay 1,450 but take 300 back
#: for the room so i get 1,150" (the figure the cardholder worked out is read).
_WHAT_IS_LEFT_SAID_AFTER_EN = re.compile(
    r"\bso (?:i |we )?(?:get|take home|clear|end up with|(?:am |i'?m |im )?left with|its|it'?s|"
    r"thats|that'?s)?(?: about| around| roughly)? ?(?:£ ?)?[0-9]"
)
#: A figure other than nothing: "0 im living off my savings" says no income.
_A_FIGURE_NOT_NOTHING_EN = re.compile(r"(?<![0-9.,])0*[1-9]")


#: At the counter, an offer said only for the months in work, in English: "150 when im
#: working", "80 whenever im in work". What is paid in the months out of work is not said
#: (nor a figure now beside it: "50 now and 80 when im working" is read as offered in stages).
_AN_OFFER_ONLY_WHILE_WORKING_EN = re.compile(
    r"[0-9](?: ?k\b)?(?: quid| pounds)?(?: (?:a|per) month| monthly| pm)? "
    r"(?:when|whenever|while|if) (?:i'?m|im|i am) (?:working|in work)\b"
)


#: At the income, a pay's gross figure said beside its take-home, the gross after its figure:
#: "1,480 net, 1,900 gross", "take home 1,320 and 1,700 gross". The take-home is the month's
#: income; the gross goes (not "1,900 gross" alone, still asked again, nor a gross said before
#: the take-home, "1,900 gross, net 1,480", read elsewhere).
_THE_GROSS_AFTER_ITS_FIGURE_EN = re.compile(
    r"(?<![0-9.,])[0-9][0-9,.]*(?: ?k\b)? ?(?:gbp |quid |pounds )?gross\b"
)
#: The take-home said of another figure of the same message: "1,480 net", "net 1,480", "take
#: home is 1,320", "1,320 in hand".
_THE_TAKE_HOME_BESIDE_A_FIGURE_EN = re.compile(
    r"[0-9](?: ?k\b)? ?(?:gbp |quid |pounds )?(?:net|take ?home|in hand)\b"
    r"|\b(?:net|take ?home|in hand)(?: pay)?(?: is| =|:)? ?£?[0-9]"
)


def _without_the_gross_beside_the_net_en(folded: str) -> str:
    """``folded`` with a gross figure blanked when a take-home figure is said beside it: the
    income asked is what lands, and the gross is only how it is made up."""
    gross = _THE_GROSS_AFTER_ITS_FIGURE_EN.search(folded)
    if gross is None:
        return folded
    rest = folded[: gross.start()] + " " * len(gross[0]) + folded[gross.end() :]
    if not _THE_TAKE_HOME_BESIDE_A_FIGURE_EN.search(folded, 0, gross.start()):
        return folded  # (a gross said first, "2,050 gross … net is 1,690", is read elsewhere)
    return rest


#: Another person's figure said just before the own one named "mine", in English: "his 1,900
#: mine 1,100", "hers is 1400, mine 950", "the wifes 800 n mine 1,250". Only the own is asked
#: (the other's figure goes; not "mine 1,100 and his 1,900", the own said first, read elsewhere).
_ANOTHERS_FIGURE_BEFORE_MINE_EN = re.compile(
    r"\b(?:his|hers|her|theirs|(?:the )?(?:partners?|wifes?|husbands?|hubbys?|oh)(?:'s)?)"
    r"(?: is| =|:)? ?(?P<figure>£?[0-9][0-9,.]*(?: ?k\b)?)[,;.]? (?:and |n |& |\+ )?mine\b"
    r"(?: is| =|:)? ?(?=£?[0-9])"
)
#: A child's or an adult's age in brackets after the person, in English: "the eldest (19) pays
#: his phone", "me (34) and 2 kids". An age, never money (not "phone (25)", a price).
_AN_AGE_IN_BRACKETS_EN = re.compile(
    r"\b(?:eldest|youngest|oldest|son|daughter|kids?|boy|girl|lad|lass|mum|dad|wife|husband"
    r"|partner|me|myself|nan|grandad) ?\((?:aged? )?(?P<age>[0-9]{1,2})\)"
)


#: An item struck out by its figure, in English: "ignore the 45 tv, i cancelled it", "forget
#: the 30 for the gym", "scrap the 20 netflix". The figure goes, here and wherever it was said
#: in the list before (not "ignore the gym", struck out by its name: see
#: :data:`_AN_ITEM_STRUCK_OUT_EN`).
_A_FIGURE_STRUCK_OUT_EN = re.compile(
    r"\b(?:scrap|forget|ignore|leave out|remove|knock off|take off) the "
    r"(?P<figure>£?[0-9][0-9,.]*)(?![0-9,.]*%)"
    # put right by the figure after it, which takes its place in the list (the words that say so
    # go too): "food 200 rent 500, sorry the 200 should be 250"
    r"|(?:\b(?:sorry|oops|oh|actually)\b,? )?\bthe (?P<put_right>£?[0-9][0-9,.]*) "
    r"(?:should|shouldve|should'?ve|ought to) (?:be|have been|been|of been|read|say) (?=£? ?[0-9])"
)
#: One of which each match of :data:`_A_FIGURE_STRUCK_OUT_EN` has: the word striking it out, or
#: "should" or "ought" putting it right (each match has "the " too).
_WORDS_OF_A_FIGURE_STRUCK_OUT_EN = ("scrap", "forget", "ignore", "leave out", "remove",
                                    "knock off", "take off", "should", "ought")  # fmt: skip


def _without_figures_struck_out_en(folded: str) -> str:
    """``folded`` with each figure struck out blanked, where it is struck out and where it was
    said before as an item's."""
    for struck in _A_FIGURE_STRUCK_OUT_EN.finditer(folded):
        figure = (struck["figure"] or struck["put_right"]).lstrip("£")
        if struck["put_right"]:
            folded = _blanked(folded, struck)
        folded = re.sub(
            rf"(?<![0-9.,]){re.escape(figure)}(?![0-9]|[.,][0-9])",
            lambda m: " " * len(m[0]),
            folded,
        )
    return folded


#: At the spending, the own spending said as a part of a figure of pay said before, in English:
#: "the stall pays 1,400 and i spend 1,160 of it", "get 1,300, spend about 1,000 of that". The
#: spending is the month's; the pay before it goes (not "i spend most of it", no figure: asked
#: again).
_SPENDING_A_FIGURE_OF_IT_EN = re.compile(
    r"\bspend (?:about |around |roughly )?£?[0-9][0-9,.]*(?: ?k\b)? of (?:it|that)\b"
)


#: At the other debts, the whole message a debt's name and one bare figure, in English:
#: "overdraft 1,500", "loan 6k", "car finance 8,000", "my loan is 3 grand". Said so, a figure in
#: the thousands is what is owed, not a month's payment (see :func:`_a_balance_by_its_size_en`);
#: not "loan 200", "car finance 240 a month", a payment.
_A_DEBT_AND_A_BARE_FIGURE_EN = re.compile(
    r"(?:my |an? |the )?(?P<debt>overdraft|(?:personal |bank |car |student )?loan|car finance"
    r"|credit card|catalogue)(?: is| of| =|:)? ?£?(?P<figure>[0-9][0-9,]*(?:\.[0-9]+)?)"
    r"(?P<thousands> ?k|k| grand| thousand)?(?: quid| pounds| gbp)?[.!]?"
)


def _a_balance_by_its_size_en(said: re.Match[str]) -> bool:
    """Whether the bare figure beside a debt's name is its balance: an overdraft's figure always
    (it is paid back by no monthly sum), any other debt's when it is a thousand or more."""
    if said["debt"] == "overdraft":
        return True
    if said["thousands"]:
        return True
    digits = said["figure"].replace(",", "")
    return "." not in digits and int(digits) >= 1000


#: At the spending, a rise coming that no one has sized yet, in English: "800 now but the
#: landlords putting it up, he hasnt said how much", "the rent is going up in june, dont know
#: how much". The month to come is unsaid: asked again (not "going up to 850 in june", sized).
_A_RISE_TO_COME_UNSIZED_EN = re.compile(
    r"\b(?:putting|going|goes|gonna go|will go|to go|bumping) (?:it |the rent |rent |that |them )?"
    r"up\b[^.?!]{0,40}\b(?:not|hasnt|havent|hasn't|haven't|dont|don't|no idea|unsure)\b"
    r"[^.?!]{0,25}\bhow much\b"
)


#: A question about the figure just said, marked by two or more question marks, in English:
#: "720. is it enough??", "640 does that sound right???". One mark is kept: the figure is
#: asked about, not an item named with "??" where its figure should be ("food ??").
_A_QUESTION_ABOUT_THE_FIGURE_EN = re.compile(r"\b(?:is|does) (?:that|it|this)\b[^.?!0-9]{0,25}\?\?")


#: A figure first thought of and dropped, in English: "was gonna say 50 but i cant", "was going
#: to offer 60". Only the figure said after it stands (kept where it is the only one).
_A_FIGURE_FIRST_THOUGHT_OF_EN = re.compile(
    r"\b(?:was|were|i was) (?:gonna|going to) (?:say|do|offer|pay|put) (?:£ ?)?[0-9][0-9,.]*"
)
#: A figure put before, then checked, in English: "i put 1,200 before i got called away but
#: i've checked now: mortgage 720, food 250, bills 210", "i said about 900 earlier but i went
#: through the app"; or "checked now" opening the list ("ok checked now: rent 650, food 200"):
#: the checked figures stand, the guess and the "now" of the checking are no change of figure.
_A_FIGURE_PUT_BEFORE_CHECKING_EN = regex(
    r"\bi (?:put|said|gave(?: you)?|told you|typed|wrote|guessed|reckoned)(?: it as| it was)? "
    r"(?:about |around |roughly )?(?:£ ?)?[0-9][0-9,.]*(?: ?k)?[^.;!?0-9]{0,50}?"
    r"\bbut (?:i'?ve |i have |i )?(?:now |just )?(?:(?:double[- ]?)?checked|looked (?:it )?up|"
    r"gone through|went through|added (?:it )?up|worked it out|counted)"
    r"(?: (?:it|them|properly|again|now|the (?:app|bills|statements?|figures|bank)))*\b"
    r"|^\W*(?:(?:ok|okay|right|so|sorry)\W+)*(?:i'?ve |i have )?(?:just )?(?:(?:double[- ]?)?"
    r"checked|looked (?:it )?up)(?: (?:it|them|properly|again))* now\b",
    read_often=False,
)
#: At the counter, the own pay said beside the offer, in English: "i get 1,150", "im on 980 a
#: month", "i earn 1.3k", or the plans judged by it: "those are a joke on 1050 a month", "not
#: doable on 900". How much comes in, not what is offered (said alone, asked again).
_THE_PAY_BESIDE_AN_OFFER_EN = re.compile(
    r"\b(?:i (?:only )?(?:get|earn|make|take home)|i'?m on|im on|(?:a joke|a laugh|impossible|"
    r"(?:not )?(?:doable|possible|realistic|affordable)|unaffordable|no good|"
    r"too (?:much|high|steep)|can'?t (?:do|afford) (?:that|them|those|any of (?:them|those))) on)"
    r" (?:£ ?)?[0-9][0-9,.]*"
    r"(?: ?k\b)?(?: (?:a|per) month| monthly| pm)?(?= *(?:$|[,.;!]))"
)


def _only_the_pay_at_the_offer_en(folded: str) -> bool:
    """Whether the only figure said at the offer is the own pay (see
    :data:`_THE_PAY_BESIDE_AN_OFFER_EN`): "i earn 1,150 a month" says what comes in, not what
    can be paid, so it is asked again rather than taken as an offer of the whole pay."""
    rest, pays = _THE_PAY_BESIDE_AN_OFFER_EN.subn(lambda m: " " * len(m[0]), folded)
    return bool(pays) and not _FIGURES_EN.search(rest)


def _without_the_pay_after_the_offer_en(folded: str) -> str:
    """``folded`` with the pay said after the offer blanked ("30, im on 1,100 a month" is 30):
    only a pay said after a figure goes (the pay said first may be what the offer is worked out
    from: "i earn 1,240 spend 1,150 so 90 spare, ill offer 80")."""
    for pay in reversed(list(_THE_PAY_BESIDE_AN_OFFER_EN.finditer(folded))):
        if _FIGURES_EN.search(folded, 0, pay.start()):
            folded = folded[: pay.start()] + " " * len(pay[0]) + folded[pay.end() :]
    return folded


#: At the counter, the minimum payment named by its figure before the word, in English: "the
#: 38 minimum", "the £25 minimum". Said with "the" it is the payment named, as "the minimum
#: 38" (not "38 minimum", a floor).
_THE_MINIMUM_NAMED_BY_ITS_FIGURE_EN = re.compile(
    r"\bthe (?P<figure>(?:£ ?)?[0-9][0-9,.]*) minimum\b(?! (?:payment|is|of)\b)"
)


#: At the other debts, a debt said cleared, in English: "paid the van off", "paid off the
#: loan", "cleared it", "finished paying the phone".
_A_DEBT_SAID_CLEARED_EN = re.compile(
    r"\bpaid (?:\w+ ){0,3}off\b|\bpaid off\b|\bcleared\b|\bfinished paying\b"
)
#: The run of payments made on a debt now cleared, in English: "2 years of 180 a month done",
#: "3 yrs of 240", "18 months of 95 paid". Payments of before, no monthly debt now.
_THE_PAYMENTS_MADE_EN = re.compile(
    r"\b(?:[0-9]{1,2}|two|three|four|five|six|seven|eight|nine|ten) "
    r"(?:years?|yrs?|months?|mths?) of (?:£ ?)?[0-9][0-9,.]*"
    r"(?: (?:a|per|each) month| monthly| pm)?(?: (?:done|paid|over|finished))?"
)


def _without_the_payments_of_a_debt_cleared_en(folded: str) -> str | None:
    """``folded`` with the run of payments made on a debt said cleared blanked ("0, paid the van
    off, 2 years of 180 a month done" is 0): what was paid before is no payment now. None where
    the run was the only figure ("paid off the van, 2 years of 180"): no debt's payment is said,
    and whether any other is left is asked again rather than guessed."""
    kept, runs = _THE_PAYMENTS_MADE_EN.subn(lambda m: " " * len(m[0]), folded)
    if runs and not _FIGURES_EN.search(kept):
        return None
    return kept


def _set_aside_others_or_varying_figures_en(
    reading: _AmountBeingRead, folded: str
) -> AmountReading | None:
    """At the income or spending in English: asks again for another's figure said to include a
    part or doubted, and for months said to vary; keeps the real figure said after another's."""
    if " but " in folded and " includ" in folded and _only_a_figure_including_a_part_en(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "app says 1,530 but that includes"
    if " but " in folded and " still has " in folded and _only_a_figure_including_a_part_en(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "app says 1,340 but it still has"
    if (
        "pending" in folded or " how " in folded or " where " in folded
    ) and _only_another_sources_figure_disowned_en(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "letter says 1,320, no idea how"
    if (
        " but " in folded
        and (" of that " in folded or " of it " in folded or " of this " in folded)
        and _only_a_part_of_the_figure_but_en(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "1.9k but 400 of that is mileage"
    if (
        (" more" in folded or " less" in folded or "higher" in folded or "lower" in folded)
        and ("i say" in folded or "i think" in folded or "i reckon" in folded or "d say" in folded)
        and _ANOTHERS_FIGURE_DOUBTED_EN.search(folded)
    ):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "he says 300, i say more"
    if "last month" in folded and _months_that_vary_en(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "this month 1,420 last 1,060, …"
    if reading.asked == "expenses" and ("spend" in folded or "outgoings" in folded):
        folded = _without_the_work_before_the_spending_en(folded)  # "30 a cut. spending 950"
    if "the rest" in folded and _AN_ITEM_NOT_KNOWN_YET_EN.search(folded):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "not had it yet. the rest is 420"
    if "my " in folded and _THE_OWN_PARTS_FIGURE_EN.search(folded):
        folded = _without_the_whole_beside_the_own_part_en(folded)  # "…, the whole is 2,130"
    if reading.asked == "income" and "old " in folded and "new " in folded:
        now = _the_old_or_new_jobs_pay_en(folded)  # "old job paid 1,480, new one 1,630"
        if now is None:
            return AmountReading(None, AmountProblem.AMBIGUOUS)
        folded = now
    if "real " in folded or "actual " in folded or "true " in folded:
        real = _THE_REAL_FIGURE_AFTER_EN.search(folded)
        if real is not None and _FIGURES_EN.search(folded, 0, real.start()):
            folded = _all_before_blanked(folded, real)  # "…, my real spending is 1,180"
    reading.folded = folded
    return None


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


#: An item struck out after its figure, or two together: "gym 35 no scrap the gym i cancelled
#: it", "netflix 11 actually forget netflix", "forget disney n prime" (the words name the items;
#: the figure each was said with before is blanked).
_AN_ITEM_STRUCK_OUT_EN = regex(
    r"\b(?:scrap|forget|ignore|take off|remove|strike|cross out|knock off|leave out"
    r"|take out(?= the | my )) (?:the |my )?"
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


#: An item said with its figure, then said not to count: "rent 600 food 200 takeaway 45 (dont
#: count the takeaway)", "bills 300, days out 60, not counting the days out", "dont count in the
#: gym". Its figure is blanked where the item's name, of one word or two, was said with one
#: before; nothing else goes ("rent 600, not counting bills": bills had no figure).
_AN_ITEM_NOT_COUNTED_EN = regex(
    r"\b(?:dont|don'?t|do not|not) count(?:ing)? (?:in )?(?:the |my )?([a-z]{3,})(?: ([a-z]{2,}))?"
)


#: A day of the month before its name, short or whole, as a bank statement's line or a due date
#: is typed: "14 Feb  DD WATER  £32.10", "paid on 3 june 1,200", "1st Sept". The day is no
#: amount (not "6 marches", "30 decent"; "may" is left out: "20 may be 25" is two figures).
_A_DAY_BEFORE_ITS_MONTH_EN = regex(
    r"(?<![0-9.,£$€])(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)? (?=(?:jan(?:uary)?|"
    r"feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)"
)


#: One of which :data:`_A_DAY_BEFORE_ITS_MONTH_EN` needs.
_MONTHS_SHORT_NAMES_EN = (" jan", " feb", " mar", " apr", " jun", " jul", " aug", " sep", " oct",
                          " nov", " dec")  # fmt: skip


#: At the spending, the own pay said at a clause's start right before a figure: "i earn 1,600
#: after tax", "my wage is 1,450", "we take home about 2,300" (not "everything i earn which is
#: 1,800", "the same as my income, 1,200": spending said by the pay).
_THE_PAY_SAID_BEFORE_EN = regex(
    r"(?:^|[,.;!?] )(?:(?:i|we) (?:earn|make|take home|bring home|get paid|clear)|my (?:income|"
    r"wages?|salary|pay|take home)(?: is|'s| are)?)(?: about| around| roughly)? (?:£ ?)?$"
)


#: Words of spending, beside which a pay said may be the spending's measure ("i earn 1,500 and
#: spend it all", "1,400 take home and it all goes on bills").
_WORDS_OF_SPENDING_EN = ("spend", "spent", "outgo", "goes", "go on", "cost", "bill", "rent",
                         "food", "all of it", "every penny", "left")  # fmt: skip


#: One of which :data:`_THE_PAY_SAID_BEFORE_EN` needs.
_WORDS_OF_THE_PAY_EN = ("earn", " make", " home", "income", "wage", "salary", "get paid",
                        " clear", "my pay")  # fmt: skip


def _only_the_pay_said_en(folded: str) -> bool:
    """Whether, at the spending, every figure is the own pay (see :data:`_THE_PAY_SAID_BEFORE_EN`)
    and no word of spending is said: "i earn 1,700 after tax" answers another question, and the
    spending is asked again (not "i earn 1,700 and spend 1,200": a figure of spending is said)."""
    figures = list(_A_FIGURE_EN.finditer(folded))
    return (
        bool(figures)
        and not any(word in folded for word in _WORDS_OF_SPENDING_EN)
        and all(
            _THE_PAY_SAID_BEFORE_EN.search(folded, max(0, f.start() - 30), f.start())
            for f in figures
        )
    )


#: One of which :data:`_AN_ITEM_STRUCK_OUT_EN`, :data:`_ITEMS_STOPPED_IN_BRACKETS_EN` or
#: :data:`_A_FIGURE_SAID_NOT_TO_COUNT_EN` needs.
_WORDS_OF_AN_ITEM_STRUCK_OUT_EN = ("scrap", "forget", "ignore", "take off", "remove", "strike",
                                   "cross out", "knock off", "leave out", "stopped", "cancel",
                                   "dropped", "quit", "binned", "got rid", "ended",
                                   " off", "count", "take out", "essential",
                                   "saving", "any more", "anymore", "no longer")  # fmt: skip


#: A figure said, then said in a few words after it to be no spending of the month, by "it" or
#: "that" and no name: "gym 30 but its not essential", "the club 12 a month, thats a savings
#: really", "phone 20 but no need to count it", or paid no more, the clause ending there: "gym 30
#: not any more", "sky 40 dont have it anymore", "netflix 11 no longer" (not "no longer than",
#: nor "no longer 250", a figure after it). The words of leaving out alone; the figure is
#: the one right before them (see :func:`_without_a_figure_said_not_to_count_en`). Not "dont
#: count that": the taking off is left to us, asked again (see the tests of items not counted).
_A_FIGURE_SAID_NOT_TO_COUNT_EN = regex(
    r"\b(?:(?:dont|don'?t|do not|no need to|not to) count (?:it|them|em)\b"
    r"|no need to count|(?:not|isnt|isn'?t|aint|arent|aren'?t) essential\b"
    r"|(?:thats|that'?s|dat|dats|its|it'?s|it is|that is|is) (?:a |all |just |for )?savings?\b"
    r"|(?:(?:(?:not|dont|don'?t|do not) (?:(?:pay|paying|have|use|using|go|going|got) )?"
    r"(?:it |that |them |em |for it |to it )?any ?more|no longer)(?= ?(?:[,.;!?\)]|$))))"
)


#: One of which :data:`_A_FIGURE_SAID_NOT_TO_COUNT_EN` needs.
_WORDS_OF_A_FIGURE_SAID_NOT_TO_COUNT_EN = ("count", "essential", "saving", "any more", "anymore",
                                           "no longer")  # fmt: skip


def _without_a_figure_said_not_to_count_en(folded: str) -> str:
    """``folded`` without the figure each :data:`_A_FIGURE_SAID_NOT_TO_COUNT_EN` leaves out: the
    last one before the words, with at most five words and no other figure between, and the
    item's name with it ("food 200 and the savings club 40 but thats savings" drops "the savings
    club 40"; "rent 600. i put a bit by every week when i can, its savings" keeps the 600: too far
    from the words to be what they mean; "1,100, or 1,120 if you count the 20 for the app but
    thats not essential" is left as it is: a sum said if, not an item)."""
    left_out: dict[int, int] = {}  # where the item starts: where the words end
    for found in _A_FIGURE_SAID_NOT_TO_COUNT_EN.finditer(folded):
        before = list(_A_FIGURE_EN.finditer(folded, max(0, found.start() - 60), found.start()))
        if not before:
            continue
        between = folded[before[-1].end() : found.start()]
        if len(between.split()) > 5 or any(mark in between for mark in ".?!;") or "   " in between:
            continue  # (a run of blanks: items struck out between, which the words are about)
        if any(word in f" {between} " for word in (" and ", " plus ", " n ", " & ")):
            continue  # "rent 600 and the gym but thats not essential": another item's words
        start = before[-1].start()  # the item's name too, back to the clause's start
        while start > 0 and not (folded[start - 1] in ",.;:!?" or folded[start - 1].isdigit()):
            start -= 1
        if " if " not in folded[start - 1 : before[-1].start()]:  # "1210 if you count the 10"
            left_out[start] = found.end()  # "30 but not essential so dont count it": one
    for start, end in left_out.items():
        folded = folded[:start] + " " * (end - start) + folded[end:]
    return folded


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
    if "count" in folded:  # "takeaway 45 (dont count the takeaway)"
        folded = _without_items_not_counted_en(folded)
    if any(word in folded for word in _WORDS_OF_A_FIGURE_SAID_NOT_TO_COUNT_EN):  # "… 30, dont
        folded = _without_a_figure_said_not_to_count_en(folded)  # count it", "gym 30 not any more"
    return folded


def _without_items_not_counted_en(folded: str) -> str:
    """``folded`` without the figure of each item said not to count (see
    :data:`_AN_ITEM_NOT_COUNTED_EN`), named by two words ("eating out") or else by the first."""
    for found in list(_AN_ITEM_NOT_COUNTED_EN.finditer(folded)):
        names = [f"{found[1]} {found[2]}", found[1]] if found[2] else [found[1]]
        for name in names:
            item = re.compile(rf"\b{re.escape(name)}\W{{0,3}}[$€£]?[0-9][0-9.,]*")
            said = list(item.finditer(folded, 0, found.start()))
            if said:  # the last time it was said before
                folded = _blanked(folded, said[-1], found)
                break
    return folded


#: At the other debts, a kind of debt named after a figure with no figure of its own, in English:
#: "loan 90, the catalogue and klarna", "car finance 200 plus a buy now pay later one". What it
#: takes a month is unsaid: asked again (not "klarna 30 and the catalogue 20", a figure each, nor
#: "the catalogue is paid off", no payment left).
_A_DEBT_NAMED_BARE_EN = regex(
    r"\b(?:catalogues?|klarna|clearpay|laybuy|paypal (?:credit|pay in 3)|buy now,? pay later|"
    r"bnpl|credit union|payday (?:loan|lender))\b"
)


#: Words one of which :data:`_A_DEBT_NAMED_BARE_EN` needs.
_WORDS_OF_A_DEBT_NAMED_EN = ("catalogue", "klarna", "clearpay", "laybuy", "paypal", "pay later",
                             "bnpl", "credit union", "payday")  # fmt: skip


#: Said of a debt in its piece of the list, that nothing is paid on it: "paid off", "cleared".
_A_DEBT_DONE_EN = regex(
    r"\b(?:paid (?:off|up)|cleared|finished|done|settled|closed|nothing|none|no more|frozen|"
    r"on hold|included|in that|in the|that'?s|those|these|which|all)\b"
)


#: Before the first figure, that it is a total: "grand total 310, loans and klarna" names its
#: parts after it, no item left without a figure.
_A_TOTAL_BEFORE_EN = regex(r"\b(?:tot|total|all in|altogether|overall)\b")


#: Where a list's pieces part: a comma, "and", "plus", "&", "+".
_A_LISTS_PART_EN = re.compile(r",|;|\b(?:and|plus|also)\b|[&+]")


def _a_debt_named_bare_en(folded: str) -> bool:
    """Whether, after a figure, a piece of the list names a kind of debt with no figure of its
    own and nothing said of it being paid off or the figures before it (see
    :data:`_A_DEBT_NAMED_BARE_EN`): "jacamo 35, very 40, thats my catalogues" names them all."""
    first = _FIGURES_EN.search(folded)
    if first is None or _A_TOTAL_BEFORE_EN.search(folded, 0, first.start()):
        return False
    for piece in _A_LISTS_PART_EN.split(folded[first.end() :])[1:]:
        if (
            _A_DEBT_NAMED_BARE_EN.search(piece)
            and not _FIGURES_EN.search(piece)
            and not _A_DEBT_DONE_EN.search(piece)
        ):
            return True
    return False


#: Another source's figure (an app, a statement, a person) said with "but" it includes a part,
#: in English: "the app says 1,530 but that includes a refund of 200", "monzo says i spent 1,402
#: but that includes a holiday deposit". What is left without the part is unsaid when no figure
#: follows the part: asked again (not "… but that includes the card's 45, so the rest is 267").
_ANOTHER_SOURCES_FIGURE_INCLUDING_EN = regex(
    r"\b(?:says?|said|shows?|showing|reckons?)\b[^.;!?]{0,40}?[0-9][0-9,.]*k?\b[^.;!?0-9]{0,30}"
    r"\bbut (?:that|it|this) (?:still )?(?:includes?|counts?|is including|has)\b"
)


#: Another source's figure (a letter, an app, a platform) the cardholder says they cannot follow
#: or that has not come yet, in English: "the council letter puts my outgoings at 1,210, no idea
#: how they worked that out", "the app shows 900 earned but it's still pending". No figure of
#: their own follows: asked again (not "… no idea how, its more like 1,050 really").
_ANOTHER_SOURCES_FIGURE_DISOWNED_EN = regex(
    r"\b(?:says?|said|shows?|showing|reckons?|puts?)\b[^;!?]{0,60}?[0-9][0-9,.]*k?\b"
    r"[^0-9]{0,40}?(?:\b(?:no idea|(?:dont|don'?t|do not) know|not sure) (?:how|where) "
    r"(?:they|it|that|theyve|they'?ve)\b|\b(?:is |its |it'?s )?(?:still )?pending\b)"
)


def _only_another_sources_figure_disowned_en(folded: str) -> bool:
    """Whether :data:`_ANOTHER_SOURCES_FIGURE_DISOWNED_EN` is said with no money figure after it
    (days or a per cent may follow: "pending for 14 days", "they take 20% first")."""
    found = _ANOTHER_SOURCES_FIGURE_DISOWNED_EN.search(folded)
    return found is not None and _A_MONEY_FIGURE_EN.search(folded, found.end()) is None


#: A figure, then "but" a part of it with its own figure that is something else, in English:
#: "1.8k but 300 of that is petrol money paid back", "1,100 but 90 of it is the gym". Whether
#: the part is in or out of the month asked stays unsaid when no figure follows: asked again
#: (not "… of it is the gym, so 1,010", the sum done; nor "1,500, 200 of that is tips", no "but").
_A_PART_OF_THE_FIGURE_BUT_EN = regex(
    r"[0-9][0-9,.]*k?\b[^.;!?0-9]{0,30}\bbut (?:about |around )?(?:£ ?)?[0-9][0-9,.]*k? "
    r"of (?:that|it|this) (?:is|was|are|were)\b"
)


def _only_a_part_of_the_figure_but_en(folded: str) -> bool:
    """Whether :data:`_A_PART_OF_THE_FIGURE_BUT_EN` is said with no money figure after it."""
    found = _A_PART_OF_THE_FIGURE_BUT_EN.search(folded)
    return found is not None and _A_MONEY_FIGURE_EN.search(folded, found.end()) is None


#: A figure that may be money: not a per cent nor a count of days, weeks, months or years.
_A_MONEY_FIGURE_EN = re.compile(r"[0-9][0-9,.]*+(?!%| ?(?:days?|weeks?|months?|years?|hours?)\b)")


def _only_a_figure_including_a_part_en(folded: str) -> bool:
    """Whether :data:`_ANOTHER_SOURCES_FIGURE_INCLUDING_EN` is said and at most the part's own
    figure after it, nothing worked out ("so", "=", "leaves", "without", "minus", "less")."""
    found = _ANOTHER_SOURCES_FIGURE_INCLUDING_EN.search(folded)
    if found is None:
        return False
    rest = folded[found.end() :]
    return len(_FIGURES_EN.findall(rest)) <= 1 and not _WORKED_OUT_AFTER_EN.search(rest)


#: A figure worked out after a part named: "so", "=", "leaves", "without", "minus", "less", "take".
_WORKED_OUT_AFTER_EN = regex(r"\b(?:so|leaves?|without|minus|less|take|taking|really|real)\b|=")


#: Another person's figure the cardholder says is off, with no figure of their own for it, in
#: English: "my ex says the kids cost me 300, i say more", "he reckons 200 for food but i think
#: its more". How much it is stays unsaid: asked again.
_ANOTHERS_FIGURE_DOUBTED_EN = regex(
    r"\b(?:says?|said|reckons?|thinks?)\b[^.;!?]{0,50}?[0-9][0-9,.]*k?\b[^.;!?0-9]{0,40}"
    r"\bi (?:say|think|reckon|'?d say|would say) (?:its |it'?s |it is |a lot |a bit |way )?"
    r"(?:more|less|higher|lower)\b(?! than [0-9])"
)


#: Figures of this month and of another said to change from one month to the next, in English:
#: "this month 1,420 last month 1,060, it jumps about", "last month 900, this one 1,300, it
#: varies". Which one is the month asked, or how they average, is unsaid: asked again (not "…
#: it varies, ill go with 1,200", one said to be taken, nor a figure said to be the average).
_MONTHS_THAT_VARY_EN = regex(
    r"\b(?:jumps? (?:about|around)|varies|varying|up and down|all over the place|"
    r"(?:changes|different) (?:every|each) month|never the same)\b"
)


#: A figure said to be the one taken or worked out, after figures that vary: "average", "go with".
_ONE_TAKEN_OF_MONTHS_THAT_VARY_EN = regex(
    r"\b(?:average\w*|go with|use|put|call it|say|usually|normally|so)\b"
)


def _months_that_vary_en(folded: str) -> bool:
    """Whether this month's figure and last month's are said, and that it varies (see
    :data:`_MONTHS_THAT_VARY_EN`), with no figure said to be taken."""
    return (
        "last month" in folded
        and ("this month" in folded or "this one" in folded)
        and len(set(_FIGURES_EN.findall(folded))) >= 2
        and _MONTHS_THAT_VARY_EN.search(folded) is not None
        and _ONE_TAKEN_OF_MONTHS_THAT_VARY_EN.search(folded) is None
    )


#: Another source's figure then the cardholder's real one, in English: "the bank's check said
#: 1,450, it used an average, not my real spending which is 1,180", "the app says 1,600 but my
#: actual outgoings are 1,300". The real one is the answer; the source's is no item to add.
_THE_REAL_FIGURE_AFTER_EN = regex(
    r"\b(?:my |the )?(?:real|actual|true) (?:spending|outgoings|figure|income|pay|wage|amount|"
    r"take home|number|total)(?: (?:which|that))?(?: (?:is|are|was|comes? to|of))?"
    r"(?: (?:about|around|roughly))?\W{0,3}(?:[$€£] ?)?(?=[0-9][0-9,.]*k?\W*$)"
)


#: The own part of a whole said with its figure, in English: "1,065 is my half", "my share is
#: 700", "my half 650" (the other of two figures is the whole, see :data:`_A_WHOLES_FIGURE_EN`).
_THE_OWN_PARTS_FIGURE_EN = regex(
    r"[0-9][0-9,.]*k? (?:is|being) my (?:half|share|part|bit)\b|\bmy (?:half|share|part|bit) "
    r"(?:of it )?(?:is |comes to )?(?:about |around )?(?:[$€£] ?)?[0-9]"
)


#: The whole's figure said beside the own part: "the whole house is 2,130", "the total is
#: 2,000", "altogether 1,800".
_A_WHOLES_FIGURE_EN = regex(
    r"\b(?:the )?(?:whole(?: [a-z]+)?|total|altogether|all together|household)"
    r"\b(?: (?:is|comes to|was))?(?: (?:about|around))?\W{0,3}(?:[$€£] ?)?([0-9][0-9,.]*k?)"
)


def _without_the_whole_beside_the_own_part_en(folded: str) -> str:
    """``folded`` without the whole's figure where only two figures are said, one the own part
    and the other the whole, larger ("1,065 is my half, the whole house is 2,130" is 1,065; summed
    they would be the whole and a half). Otherwise as it was ("rent 600, my half of the bills
    100, total 700": more figures, the total is the own)."""
    figures = _FIGURES_EN.findall(folded)
    own = _THE_OWN_PARTS_FIGURE_EN.search(folded)
    whole = _A_WHOLES_FIGURE_EN.search(folded)
    if len(figures) != 2 or own is None or whole is None:
        return folded
    if own.start() <= whole.start(1) < own.end():
        return folded
    values = sorted(Decimal(f.strip(",.").replace(",", "")) for f in figures if f[0].isdigit())
    if whole[1].strip(",.").replace(",", "") != str(values[-1]).replace(".00", ""):
        return folded
    return folded[: whole.start(1)] + " " * len(whole[1]) + folded[whole.end(1) :]


#: At the income, the old job's pay and the new one's, in English: "old job paid 1,480, new one
#: 1,630". Two pays of one person at two times, no two incomes to add.
_THE_OLD_JOBS_PAY_EN = regex(
    r"\bold (?:job|one|place|employer|company|work)\b[^.;!?0-9]{0,20}?(?:[$€£] ?)?([0-9][0-9,.]*k?)"
)
_THE_NEW_JOBS_PAY_EN = regex(
    r"\bnew (?:job|one|place|employer|company|work)\b[^.;!?0-9]{0,20}?(?:[$€£] ?)?([0-9][0-9,.]*k?)"
)


#: That the new job is worked already ("started", "first wage came in") or is still to come
#: ("starts next month", "will be").
_THE_NEW_JOB_STARTED_EN = regex(
    r"\b(?:started|been there|first (?:wage|pay|payslip)|since (?:i|the)|now on|already)\b"
)
_THE_NEW_JOB_TO_COME_EN = regex(
    r"\b(?:starts?|starting|will|going to|gonna|next (?:week|month)|soon|from (?:the )?next)\b"
)


def _the_old_or_new_jobs_pay_en(folded: str) -> str | None:
    """``folded`` with the pay of the job not worked now blanked, where the old job's pay and
    the new one's are said (see :data:`_THE_OLD_JOBS_PAY_EN`): the new one's where it is worked
    already ("started on the 1st, old job paid 1,480, new one 1,630" is 1,630), the old one's
    where the new is still to come; ``None`` (asked again) where neither is said."""
    old = _THE_OLD_JOBS_PAY_EN.search(folded)
    new = _THE_NEW_JOBS_PAY_EN.search(folded)
    if old is None or new is None:
        return folded
    if _THE_NEW_JOB_TO_COME_EN.search(folded):
        found = new
    elif _THE_NEW_JOB_STARTED_EN.search(folded):
        found = old
    else:
        return None
    return folded[: found.start(1)] + " " * len(found[1]) + folded[found.end(1) :]


#: An item whose figure is not known yet, in English: "not had the letter yet", "still waiting
#: on it", "dont know it yet", "tbc", before "the rest is 420" (the rest, no whole: asked
#: again; not "rent 600, the rest is 420", every figure said).
_AN_ITEM_NOT_KNOWN_YET_EN = regex(
    r"\b(?:not (?:had|got|heard|seen|received)\b[^.;!?0-9]{0,20}\byet|(?:still )?waiting "
    r"(?:for|on)|(?:dont|don'?t|do not) know (?:it |that |what it is )?yet|tbc|to be confirmed)"
    r"\b[^0-9]{0,40}\bthe rest (?:is|are|comes to|of it is|of it)\b"
)


#: At the spending or the other debts, a figure said as a household's or several people's
#: together, in English: "between the 3 of us", "for all of us", "for the household", "we go
#: halves", "the flat together costs", "a joint loan", "we split it". The own part of it is
#: unsaid (a second figure, "… my half is 900", is left to the reading of an own part).
_A_HOUSEHOLDS_WHOLE_EN = regex(
    r"\b(?:between (?:the )?(?:[2-9]|two|three|four|five|six|all) of us|between us|"
    r"for (?:all|the (?:[2-9]|two|three|four|five|six)) of us|for the (?:whole )?household|"
    r"(?:go|going|we go|split (?:it|everything)) (?:halves|50 ?/ ?50)|"
    r"(?:house|flat|home|household) together costs?|joint (?:loan|debt|finance)|"
    r"we split (?:it|the payments?|the bills|the costs)|"
    r"between me(?:, (?:my |the )?[a-z-]+)* and (?:my |the )?[a-z-]+|"
    # everyone in the home putting in: "we all chip in for the house", "we all put in"
    r"we (?:all )?(?:chip in|put in|pitch in)|"
    # the people named on the home's contract, the own part unsaid: "theres 3 of us on the
    # lease", "there are four of us sharing the rent" (not "4 of us in the house", who lives
    # there); a whole said for two homes: "for both houses"
    r"(?:theres|there'?s|there are|we are|we'?re) (?:[2-9]|two|three|four|five|six) of us "
    r"(?:on|sharing) (?:the )?(?:tenancy|rent|lease|mortgage)|"
    r"for both (?:families|households|houses|homes))\b"
)


#: Words one of which :data:`_A_HOUSEHOLDS_WHOLE_EN` needs.
_WORDS_OF_A_HOUSEHOLDS_WHOLE_EN = ("of us", "between", "household", "halves", "50", "together",
                                   "joint", "split", "both", " in")  # fmt: skip


def _only_a_households_whole_en(folded: str) -> bool:
    """Whether one figure is said and it is a household's or several people's together (see
    :data:`_A_HOUSEHOLDS_WHOLE_EN`): "we spend about 2k between the 4 of us" says not the own,
    nor the own part said without a figure of its own ("i pay the lot", "i pay my half")."""
    whole = _A_HOUSEHOLDS_WHOLE_EN.search(folded)
    if whole is None or _THE_OWN_PART_SAID_EN.search(folded):
        return False
    return len(_figures_of_money_en(_blanked(folded, whole))) == 1


#: The own part of a household's whole said: "i pay the lot", "i pay all of it", "my half".
_THE_OWN_PART_SAID_EN = regex(
    r"\b(?:i pay (?:the lot|all|it all|everything|the whole|my (?:half|share|bit|part))|"
    r"my (?:half|share|bit|part)|mine is|(?:all|its all|it'?s all) on me)\b"
)


#: At the spending, the month's spending named with its one figure in the last sentence, after
#: sentences about the work: "hairdresser, 30 a cut lol. my spending is 950", "worked the fair
#: for 300 quid. outgoings 1,100 a month". What the work pays or prices is no spending.
_THE_SPENDING_NAMED_LAST_EN = regex(
    r"[.!?] (?:[a-z]+ ){0,3}?(?:spending|outgoings|spend)\b(?: (?:is|are|comes to|of|about|"
    r"around|roughly|a month|per month|monthly))*\W{0,3}(?:[$€£] ?)?[0-9][0-9,.]*k?"
    r"(?: (?:a|per) month)?\W*$"
)


#: An item of the spending named before the last sentence: then the sentences are its items.
_AN_ITEM_OF_SPENDING_BEFORE_EN = regex(
    r"\b(?:rent|food|bills?|council|gas|electric\w*|mortgage|phone|petrol|diesel|insurance|"
    r"groceries|shopping|water|energy|spend\w*|outgo\w*|cost\w*)\b|"
    # a thing's price, which may be bought: "glass is 25 a sheet", "a haircut is 18"
    r"\b(?:is|are) (?:about |around )?(?:[$€£] ?)?[0-9]"
)


def _without_the_work_before_the_spending_en(folded: str) -> str:
    """``folded`` with all before the last sentence blanked where that sentence names the
    spending with its one figure (see :data:`_THE_SPENDING_NAMED_LAST_EN`) and no item of the
    spending is named before it (not "rent 600. food 200. spending 800 all in"), nor a thing's
    price ("glass is 25 a sheet. home spending 1,020": maybe bought, asked again)."""
    found = _THE_SPENDING_NAMED_LAST_EN.search(folded)
    if found is None or _AN_ITEM_OF_SPENDING_BEFORE_EN.search(folded, 0, found.start()):
        return folded
    return " " * (found.start() + 1) + folded[found.start() + 1 :]


#: A figure owned up to as wrong, the right one after it, in English: "about 900 but i was wrong
#: earlier, its more like 960", "1,100, no i got that wrong, 1,150", "700 - my mistake, 750".
#: All before the owning up goes, its time word too ("earlier" dates the mistake, not the
#: figure): only what follows is the answer (nothing goes where no figure follows).
_A_FIGURE_SAID_WRONG_EN = regex(
    r"[0-9][^.?!]{0,40}?\b(?:i was wrong|i(?:'ve| have|ve)? got (?:it|that|them) wrong|"
    r"(?:that|thats|that'?s|it was|its|it'?s) wrong|my mistake|my bad)"
    r"(?: (?:earlier|before|there|just now|sorry))?\b"
)
#: At the income or the spending, the own figure said as a part of a whole said before it, in
#: English: "between us about 3k, mine is 1,200 of that", "the house spends 2,000, my share is
#: 800 of it". The whole is a household's; only the own part is asked (the figure in group 1).
_THE_OWN_PART_OF_A_WHOLE_EN = regex(
    r"[0-9][^.?!]{0,60}?\b(?:mine|my (?:share|part|bit|half|cut|end))(?: is| =|:)? "
    r"(?:about |around |roughly |only |just )?"
    r"(£ ?[0-9][0-9,.]*|[0-9][0-9,.]*(?: ?k\b)?) of (?:that|it|this|those|them)\b"
)
#: A figure to come said after today's, in English: "1,200 and it goes up to 1,260 from june",
#: "950, itll go up to 990 in april with the new contract", "800 and that will rise to 850
#: next year". Today's month is asked; the change is heard again when it comes (the figure to
#: come goes only where a figure is said before it and a time names when it comes).
_A_FIGURE_TO_COME_AFTER_TODAYS_EN = regex(
    r"(?<=[0-9k])(?![0-9k])\W{0,3}(?:and |but )?(?:it|itll|it'?ll|it will|that|thatll|that'?ll|"
    r"that will|rent|the rent|pay|my pay|wage|my wage)? ?(?:is |will |'?ll )?"
    r"(?:go|goes|going|rise|rises|rising|jump|jumps|jumping|increase|increases|increasing) "
    r"(?:up |down )?to (?:about |around )?(?:£ ?)?[0-9][0-9,.]*k?"
    r"(?= (?:in|from|next|after|once|when|by|come) )[^.;!?,()]*"
)
#: At the income, the own figure said as "me" before another's, in English: "me 1,100, my
#: partner 1,400", "me 900 and the wife 1,200". Only the own is asked; the other's figure (in
#: group 1) goes (the other said first is read elsewhere: "his 1,900 mine 1,100").
_ANOTHERS_FIGURE_AFTER_MINE_EN = regex(
    r"\b(?:me|mine)(?: is| =|:)? (?:about |around )?(?:£ ?)?[0-9][0-9,.]*(?: ?k\b)?[,;.]? "
    r"(?:and |n |& |\+ )?(?:my |the |our )?(?:partner|wife|husband|hubby|other half|missus|fella"
    r"|boyfriend|girlfriend)(?:'?s)?(?: is| gets| =|:)? (?:about |around )?"
    r"((?:£ ?)?[0-9][0-9,.]*(?: ?k\b)?)"
)
#: At the other debts, a minimum payment beside what is paid, in English: "the minimum on the
#: store card is 40 but i pay 75", "min is 25 but i always put 60 in". What is paid each month is
#: asked; the minimum's figure (group 1) goes.
_THE_MINIMUM_BESIDE_WHAT_IS_PAID_EN = regex(
    r"\bmin(?:imum)?(?: payment)?\b[^.?!0-9]{0,30}?((?:£ ?)?[0-9][0-9,.]*)[^.?!0-9]{0,12}?"
    r"\bbut i (?:always |usually |normally )?(?:pay|put|do|send|give)\b(?= [^.?!]*[0-9])"
)


#: Nothing coming in now from a side source, named by what brings it or where it comes from
#: (no person: "my husband makes nothing" is another's pay): "the stall makes nothing over
#: winter", "nothing from the lodgers' rooms right now".
_NOTHING_FROM_A_SIDE_SOURCE_EN = regex(
    r"\b(?:the|his|her|my|our|their) (?!(?:husband|wife|partner|son|daughter|mum|mam|dad|"
    r"boyfriend|girlfriend|kids?|children|brother|sister|other half|fella|missus)\b)"
    r"[a-z']+(?: [a-z']+)? (?:makes?|brings? in|earns?|pays?) (?:(?:him|her|me|us) )?"
    r"(?:nothing|nowt|zero|nil)\b|"
    # ("nothing from work these days, only my pension of 600": work is the side source now)
    r"\b(?:nothing|nowt|zero) (?:coming in )?from (?:them|it|work|the [a-z']+|(?:his|her|my|our) "
    r"(?!(?:husband|wife|partner|son|daughter|mum|mam|dad|kids?|children)\b)[a-z']+)\b"
)
#: The own pay named: a pension, a wage, a benefit.
_THE_OWN_PAY_NAMED_EN = regex(
    r"\b(?:pension|wages?|salary|benefits?|universal credit|uc|pip|esa|jsa|jobseekers)\b"
)


def _without_nothing_from_a_side_source_en(folded: str, words: str) -> str:
    """At income, ``words`` without a "nothing" said of a side source when the own pay is named
    beside it ("his pension is 700, the van makes nothing over winter": the pension is the
    income, the van brings nothing in). A nothing of a person is left: "he earns 2k, i earn
    nothing" is asked again."""
    if not _THE_OWN_PAY_NAMED_EN.search(folded):
        return words
    return _NOTHING_FROM_A_SIDE_SOURCE_EN.sub(" ", words)


#: Right before the cardholder's own part of a household's income said before it: "I earn",
#: "I bring in", "I make" ("we bring in 2,700, I earn 1,500 of that").
_I_EARN_BEFORE_EN = regex(
    r"\b(?:i|me) (?:only |just )?(?:earn|make|bring in|bring home|take home|get|put in)"
    r"(?: about| around| roughly)?\W{0,2}(?:£ ?)?$"
)
#: Right after it, the part said of the whole before it: "… of that", "… of it is mine", "…
#: of that is my wage".
_OF_THE_WHOLE_AFTER_EN = re.compile(
    r"(?: ?(?:quid|pounds|a month))? of (?:that|it|this|the (?:lot|total))"
    r"(?P<mine> (?:is|being) (?:mine|my (?:own )?(?:wage|wages|pay|salary|income|bit|share)))?\b"
)


#: A household's income said as one whole: "together", "between us", "we bring in".
_A_HOUSEHOLDS_INCOME_SAID_EN = regex(
    r"\b(?:together|between us|between the (?:two|both) of us|household|combined|joint(?:ly)?|"
    r"we (?:get|bring in|earn|make|have|take home))\b|\bwith (?:my|the) \w+'?s\b"
)
#: Right before the own part of it: "mine is", "my wage's".
_MINE_BEFORE_EN = regex(
    r"\b(?:mine|my (?:own )?(?:wage|wages|pay|salary|income|bit|share|part))"
    r"(?: is|'s| comes to)?(?: about| around| roughly)?\W{0,2}(?:£ ?)?$"
)


def _own_part_of_the_households_en(folded: str, numbers: list[Number]) -> Number | None:
    """At the income, the cardholder's own part said after a household's whole ("we bring in
    2,700, I earn 1,500 of that", "2,700 between us, 1,500 of it is mine", "together 2,400, mine
    is 1,300"): the own income asked, neither the two summed nor the whole (someone else's part,
    "1,500 of it is his", is not the own and is left asked again)."""
    if len(numbers) != 2:
        return None
    whole, part = numbers
    if whole.value is None or part.value is None or not 0 < part.value < whole.value:
        return None
    before = folded[max(0, part.start - 24) : part.start]
    after = _OF_THE_WHOLE_AFTER_EN.match(folded, part.end) if " of " in folded else None
    if after is not None and (after["mine"] or _I_EARN_BEFORE_EN.search(before)):
        return part
    if _MINE_BEFORE_EN.search(before) and _A_HOUSEHOLDS_INCOME_SAID_EN.search(
        folded, 0, part.start
    ):
        return part
    return None


#: Right before a figure, that it is the partner's: "his is", "and hers", "my wife's".
_THEIRS_BEFORE_EN = regex(
    r"\b(?:his|hers|her'?s|theirs|(?:my|the) (?:husband|wife|partner|hubby|missus|fiancee?|"
    r"boyfriend|girlfriend)'?s)(?: (?:wage|wages|pay|salary|income))?(?: is|'s)?(?: about| around)?"
    r"\W{0,2}(?:£ ?)?$"
)


#: Right after a figure, whose it is: "1300 mine", "1100 is his", "1100 my husband's".
_WHOSE_AFTER_EN = re.compile(
    r" ?(?:quid|pounds|a month)?,? (?:is |being )?(?:(?P<mine>mine|my own)|his|hers|theirs|"
    r"(?:my|the) (?:husband|wife|partner|hubby|missus|fiancee?|boyfriend|girlfriend)'?s)\b"
)


def _own_beside_the_partners_en(folded: str, numbers: list[Number]) -> Number | None:
    """At the income, the own figure and the partner's said side by side ("mine is 1300 and his
    1100", "his is 1,100, mine 1,300", "1300 mine, 1100 his"), their sum perhaps said after them
    ("…, so 2400 coming in"): the own income asked, never the two summed."""
    if len(numbers) == 3:
        first, second, total = numbers
        if first.value is None or second.value is None or first.value + second.value != total.value:
            return None
        numbers = [first, second]  # (the household's whole said after its two parts)
    if len(numbers) != 2:
        return None
    whose = [_WHOSE_AFTER_EN.match(folded, n.end) for n in numbers]
    if all(whose):
        mine = [n for n, said in zip(numbers, whose, strict=True) if said and said["mine"]]
        return mine[0] if len(mine) == 1 else None
    mine = [  # ("his 1300 and i get 1100": the own said by what the cardholder gets)
        n
        for n in numbers
        if _MINE_BEFORE_EN.search(folded, max(0, n.start - 24), n.start)
        or _I_EARN_BEFORE_EN.search(folded, max(0, n.start - 24), n.start)
    ]
    theirs = [n for n in numbers if _THEIRS_BEFORE_EN.search(folded, max(0, n.start - 24), n.start)]
    if len(mine) == 1 and len(theirs) == 1 and mine != theirs:
        return mine[0]
    return None
