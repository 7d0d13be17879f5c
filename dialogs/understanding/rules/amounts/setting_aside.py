"""The steps that rewrite the text before any number is chosen, for every language: what is said
aside, marks that are no figure, numbers spelled out, what is no debt or no item, clauses set
aside, a list's items joined. Apart because they only blank or rewrite the text, and the
language's own rewrites sit beside them in their modules."""

from __future__ import annotations

import re

from dialogs.understanding.rules.amounts.corrections import (
    _a_nought_too_many_taken_off,
)
from dialogs.understanding.rules.amounts.debts import (
    _each_of_the_payments_left,
    _without_what_is_no_debt,
)
from dialogs.understanding.rules.amounts.in_chinese import (
    _short_of_a_round_figure_zh,
    _without_a_figure_pointed_back_at_zh,
    _without_what_lists_the_items_zh,
)
from dialogs.understanding.rules.amounts.in_english import (
    _without_a_figure_not_really_mine_en,
    _without_a_subtotal_midway_en,
)
from dialogs.understanding.rules.amounts.items import (
    _without_its_breakdown,
    _without_the_terms_of_a_sum,
)
from dialogs.understanding.rules.amounts.outcome import (
    AmountProblem,
    AmountReading,
    _AmountBeingRead,
)
from dialogs.understanding.rules.amounts.shares import (
    _without_a_rise_by_a_share,
)
from dialogs.understanding.rules.amounts.surroundings import (
    _A_FIGURE_EN,
    _A_NUMBER_IN,
    _all_before_blanked,
    _blanked,
)
from dialogs.understanding.rules.amounts.todays_own import (
    _without_a_figure_to_come,
)
from dialogs.understanding.rules.numerals import (
    _spell_out,
    numbers_in,
)
from dialogs.understanding.rules.sums import (
    _CLAUSE_BREAK,
)
from dialogs.understanding.rules.text import (
    compile_phrases,
    language_code,
    regex,
    words_one_of_which_every_match_has,
)

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
#: Words one of which each match of :data:`_THIS_CARD_LEFT_OUT` has.
_WORDS_OF_THIS_CARD_LEFT_OUT = words_one_of_which_every_match_has(_THIS_CARD_LEFT_OUT)


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


#: Money lost, not owed: "就是炒股亏了八万多", "做生意赔了十来万".
_A_LOSS_ZH = re.compile(
    r"(?:亏|赔|输)(?:了|掉|进去)?(?:[0-9][0-9.,]*|[一二两三四五六七八九十百千万几来]+)(?:多|块钱?|元)?"
)


#: An allowance the work pays, money coming in beside a loan, not owed: "单位每月补我五百油补",
#: "公司一个月给八百交通补贴" (at the debts, the loan's own payment stands).
_AN_ALLOWANCE_FROM_WORK_ZH = re.compile(
    r"(?:公司|单位|厂里|老板)(?:一个月|每个?月)?[^0-9一二两三四五六七八九.;!?\u3002,\uff0c]{0,6}?"
    r"[0-9一二两三四五六七八九十][0-9.一二两三四五六七八九十百千万]*(?:块钱?|元)?的?"
    r"(?:车补|油补|房补|餐补|饭补|话补|(?:交通|住房|通讯|餐费)?补贴|补助)"
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


#: The items of a whole named in brackets after "együtt", without figures: "a többivel együtt
#: (lakbér, villany, kaja) pontosan 236 500". The whole follows; the items are in it.
_ITEMS_NAMED_IN_A_WHOLE = re.compile(r"(?<=egyutt) \([^()0-9]{1,60}\)")


#: A figure, then its parts in brackets: "rezsi 26 (gáz 14, villany 9, víz 3)", "bills 150 (gas
#: 80, electric 50, water 20)", "水电300(水100 电200)".
_A_BREAKDOWN = re.compile(r"[0-9][0-9.,]* ?[^0-9()]{0,12}\(([^()]{3,80})\)")


#: A figure restated in words after "azaz" or "that is", as on a form or a cheque: "148.000,- Ft,
#: azaz száznegyvennyolcezer forint", or in brackets: "1,250 (twelve hundred and fifteen)",
#: "nine hundred and fifty (590)". Said twice it is one amount; two different figures (a slip
#: in one of them) are asked again.
_RESTATED_IN_WORDS = regex(
    r"(?:\bazaz|\bvagyis|\bthat is|\bi\.?e\.?)[:,]? (?:egy|ket|har|negy|ot|hat|het|nyolc|kilenc|"
    r"tiz|husz|harminc|negyven|otven|hatvan|hetven|nyolcvan|kilencven|szaz|ezer|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
)

#: One of which every match of :data:`_RESTATED_IN_WORDS` has ("vagyis" too, which has neither
#: "az" nor " i").
_WORDS_OF_A_RESTATEMENT = ("azaz", "vagyis", "that is", "ie", "i.e")


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
    r"\b(?:the|your) (?:[0-9]{1,2}|six|twelve|twenty ?four)[- ]?months?(?: one| plan| option)? "
    r"(?:was|is|were|of|at|for|came to|comes to) (?:about |around )?(?:[$€£] ?)?[0-9][0-9,.]*"
)


#: "plus" between two figures each named on its own side, the first before its name, the second
#: after: "700 from the cafe plus my widow's pension 300", "1,200 wages plus the child benefit
#: 95". The "plus" ends the first item as a comma would (then each is named in its clause, see
#: ``_each_named_in_its_clause``), so the two are added. Both names are short: a longer stretch
#: says how it varies ("plus tips that can be anything up to 300" is no item's figure).
_PLUS_BETWEEN_NAMED_FIGURES_EN = re.compile(
    r"([0-9] [a-z'&]+(?: [a-z'&]+){0,4}) plus (?=[a-z'&]+(?: [a-z'&]+){0,3} (?:[$£] ?)?[0-9])"
)


#: "plus" before an item's name joins the items (made "and"); before a rough figure ("mortgage
#: 690 plus about 500 for the rest") it stays the plus between two amounts. Right after a figure
#: and before no item but the month or the whole ("300 plus between the lot", "its 250 plus a
#: month all in") it is the figure's bound, "300+": kept, so that the figure is asked again.
_PLUS_AN_ITEM = regex(
    r"(?:\bplusz?\b|\+(?=[^0-9]*[0-9]))(?= ?[^\W\d])"
    r"(?! ?(?:about|around|roughly|approx\w*) (?:[$€£] ?)?[0-9])"
    r"(?!(?<=[0-9] plus) (?:(?:a|per|each|every) (?:month|mo|mnth)|monthly|pm|between|across|"
    r"altogether|in total|total|all (?:in|told|together|up)|for (?:the lot|all of them|all|"
    r"everything)|on (?:the lot|all of them|everything))\b)"
)


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


_DASH_AFTER_A_NAME = re.compile(r"(?<=[^\W\d]) [-\u2013] (?=[$€£]?[0-9])")


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
#: month's figure said, whose usual month is not said: no "of" may come between). A full stop
#: after the figure ends its clause unless "that" or "it" then points back to it ("the boiler
#: was 90. thats once a year"): "works pension 312. the bonus is once a year" names another
#: thing, and the 312 stays.
_AN_ITEM_ONCE_ONLY_EN = regex(
    r"(?:(?<=[,.;!?] )|(?<=\band )|^)[^,.;!?0-9]{0,60}?"
    r"(?<![0-9.,])(?:[$€£] ?)?[0-9]+(?:[,.][0-9]+)*(?: ?(?:k|quid|pounds?))?"
    r"(?:\.(?= (?:(?:but|and|so) )?(?:thats|that'?s|that is|its|it'?s) ))?"
    r"(?: (?!of\b)[a-z+']+){0,6}?,? (?:(?:but|and|so) )?(?:(?:thats|that'?s|that is|its|it'?s"
    r"|that was|it was|is|was) )?(?:a |an )?(?:one[- ]off|once a year)\b"
    # its month and that it is left out, said after: "…, once a year in may so ive left it out"
    r"(?: in (?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*)?"
    r"(?:,? (?:so|and) (?:i'?ve |ive |i have |i )?(?:left (?:it|that) out|(?:not|haven'?t|"
    r"havent|didn'?t|didnt) (?:put|counted|included|added) (?:it|that)(?: in)?)\b)?"
)


#: A sentence of its own naming a thing paid once a year or once only, with no figure: "…
#: works pension 312. the bonus is once a year so leave that out", "rent 600 and council tax
#: 120. the tv licence is a one off". Set aside, the figures before it are the month's (with
#: its words the figure before the full stop would be read as yearly).
_A_THING_ONCE_ONLY_NO_FIGURE_EN = regex(
    # (not "that is once a year", "it is": the figure before, set aside or not by its own)
    r"(?<=[.;!?] )(?!(?:that|thats|it|its|this|which|they)\b)(?:the |my |a |an |our )?"
    r"(?P<thing>[a-z' ]{1,30}?) (?:is|are|comes?|was|gets paid) "
    r"(?:only |just )?(?:a one[- ]off|once a year)\b"
    r"(?:,? so (?:leave|ignore|forget|dont count) (?:that|it|them)(?: out)?)?(?=\W*$|[.;!?])"
)


def _without_a_thing_once_only_en(folded: str) -> str:
    """``folded`` without the sentences of :data:`_A_THING_ONCE_ONLY_NO_FIGURE_EN`, but for one
    naming again an item said with a figure before it ("insurance 120. the insurance is once a
    year": that figure is the yearly one, left as it is)."""

    def blanked(match: re.Match[str]) -> str:
        named = match["thing"].split()
        if named and re.search(rf"\b{re.escape(named[-1])}\b", folded[: match.start()]):
            return match[0]
        return " " * len(match[0])

    return _A_THING_ONCE_ONLY_NO_FIGURE_EN.sub(blanked, folded)


#: The words one of which :data:`_AN_ITEM_ONCE_ONLY_EN` needs.
_WORDS_OF_ONCE_ONLY_EN = ("one off", "one-off", "once a year")


#: A mobile network's generation beside the plan it names: "4G net 6e", "5G套餐129", "5g sim".
_NETWORK_GENERATION = regex(
    r"(?<![0-9a-z.,])[2-6] ?g(?= ?(?:net\w*|internet|broadband|phone|mobile|plan|sim|contract|"
    r"router|wifi|mifi|data|elofizet\w*|mobilnet|套餐|流量|网|手机|卡))"
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


#: In English, "give or take" said before a figure, after words that lead to it (a verb, an
#: item, "the rest"): a hedge, as "about" is, its figure the amount, no margin of the one before.
#: "rent 650, the rest give or take 400", "food is give or take 200" (not "900 give or take 50").
_A_HEDGE_BEFORE_ITS_FIGURE_EN = regex(
    r"\b(?:is|are|its|it'?s|was|comes to|be|the rest|everything else|rest|food|bills|shopping|"
    r"petrol|spending|outgoings) ?$"
)


def _as_a_hedge_en(folded: str, aside: re.Match[str]) -> re.Match[str] | None:
    """The "give or take" words alone of ``aside`` when it is a hedge before its figure (see
    :data:`_A_HEDGE_BEFORE_ITS_FIGURE_EN`), so that only they are blanked; None otherwise."""
    if not aside[0].startswith("give or take") or not _A_HEDGE_BEFORE_ITS_FIGURE_EN.search(
        folded, max(0, aside.start() - 16), aside.start()
    ):
        return None
    return re.compile(r"give or take(?: about| around| roughly)?").match(folded, aside.start())


def _set_aside_asides(reading: _AmountBeingRead) -> AmountReading | None:
    """Blanks what is said aside ("give or take"); a wide margin makes a range."""
    folded = reading.folded
    language = reading.language
    asides = list(_ASIDES.finditer(folded)) if any(w in folded for w in _ASIDE_WORDS) else []
    if language == "en" and "give or take" in folded:  # "the rest give or take 400": a hedge
        asides = [_as_a_hedge_en(folded, a) or a for a in asides]
    if any(_a_wide_margin(folded, aside, language) for aside in asides):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "5000 give or take 1000": a range
    if asides and language == "en":  # "90 give or take per fortnight": the period is kept
        asides = [a for a in asides if not _A_PERIOD_RIGHT_AFTER_AN_ASIDE_EN.match(folded, a.end())]
    folded = _blanked(folded, *asides)
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


def _spell_out_the_figures(reading: _AmountBeingRead) -> AmountReading | None:
    """Writes numbers in words and foreign thousands as digits, slips corrected."""
    folded = reading.folded
    language = reading.language
    # "£35 (thirty five, my thumbs keep typing 53)": the slip named is no amount
    slip_words = _WORDS_OF_A_SLIP_IN_ASCII if folded.isascii() else _WORDS_OF_A_SLIP
    if any(word in folded for word in slip_words):
        folded = _A_SLIP_NAMED.sub(lambda m: " " * len(m[0]), folded)
    if "0" in folded and (
        "多" in folded or "extra" in folded or "too many" in folded or "tobb" in folded
    ):  # "52000 多打了个0": 5200
        folded = _A_NOUGHT_TOO_MANY.sub(_a_nought_too_many_taken_off, folded)
    restated = ("(" in folded and ")" in folded) or (
        any(word in folded for word in _WORDS_OF_A_RESTATEMENT)
        and _RESTATED_IN_WORDS.search(folded)
    )
    folded = _spell_out(_foreign_thousands(folded, language, reading.in_thousands), language)
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
    if any(word in folded for word in _WORDS_OF_THIS_CARD_LEFT_OUT):  # each match has one
        folded = _THIS_CARD_LEFT_OUT.sub(" ", folded)  # "1100 not counting the card": all asked
    folded = _each_of_the_payments_left(folded)  # "még 12 részlet van, 9 ezer egyenként"
    if owed:  # "i send 200 home but that's not a debt": no payment on a debt
        folded = _without_what_is_no_debt(folded)
        # "two other cards, 60 and 45 minimum": a debt's minimum is its payment, no bound (a
        # bare "250 minimum" still is one)
        if _A_DEBT_NAMED.search(folded) or (language == "en" and _A_LENDER_NAMED_EN.search(folded)):
            folded = _A_DEBTS_MINIMUM.sub(" minimum payment", folded)
        if "亏" in folded or "赔" in folded or "输" in folded:  # each match starts with one
            folded = _A_LOSS_ZH.sub(lambda m: " " * len(m[0]), folded)  # "炒股亏了八万": no debt
        if "补" in folded and language == "zh":  # "公司每月给我一千车补": coming in, no debt
            folded = _AN_ALLOWANCE_FROM_WORK_ZH.sub(lambda m: " " * len(m[0]), folded)
        if "the other" in folded and _ANOTHER_DEBTS_SHARE_OF_ITS_BALANCE.search(folded):
            return AmountReading(None, AmountProblem.AMBIGUOUS)  # "25 on one, 3% on the other"
        # "minimum is 5% of the balance, usually about 35": the balance named, no figure of it
        shares = 0
        if "%" in folded or "per" in folded:  # each match has "%", "percent" or "per cent"
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
        if reading.language == "en" and " so " in folded and "now" in folded and " but " in folded:
            # "1,700 but the overtime stopped so 1,500 now": the figure before the change
            folded = _A_FIGURE_BEFORE_A_CHANGE_EN.sub(lambda m: " " * len(m[0]), folded)
        # "deposit was 1,200 when i moved in but rent is 650, bills 150": paid once, set aside
        if "deposit" in folded or "bond" in folded:  # each match has one
            folded = _DEPOSIT_CLAUSE.sub(lambda m: " " * len(m[0]), folded)
        folded = _without_a_rise_by_a_share(folded)  # "went up 30% so its 190 now"
        # "rent 700 (going up to 750 next month), bills 200": the month's now is asked
        folded = _without_a_figure_to_come(folded)
        # "childcare 480 but tax free childcare pays a bit so its 390 from me": the own part
        if any(word in folded for word in _WORDS_OF_AN_OFFSET):  # each match has one
            folded = _OFFSET_BEFORE_THE_OWN_PART.sub(lambda m: " " * len(m[0]), folded)
        # "rent 1,350 split 3 ways so 450 for me, food 150": the own part, not the whole
        if "split" in folded or "half" in folded or "我" in folded:  # each match has one
            folded = _A_WHOLE_SPLIT_BEFORE_THE_OWN_PART.sub(lambda m: " " * len(m[0]), folded)
        if asked == "expenses" and ("pays" in folded or "covers" in folded):  # each match has one
            # "rent 700 (uc pays it), food 250": none of the own spending
            folded = _PAID_STRAIGHT_BY_ANOTHER.sub(lambda m: " " * len(m[0]), folded)
        if asked == "income" and "not really mine" in folded:
            folded = _without_a_figure_not_really_mine_en(folded)
        if any(word in folded for word in _WORDS_OF_TRANSPORT) and _TRANSPORT.search(folded):
            # "bus pass 65, covers the 38 and the 73"
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
    if (
        language == "zh" and reading.offer and ("在那" in folded or "在这" in folded)
    ):  # "孩子上学的钱也在那三千里": said again, beside the offer
        folded = _without_a_figure_pointed_back_at_zh(folded)
    if "." in folded and language == "zh":  # "3.15发的工资, 4800": a pay day
        folded = _PAY_DAY_WITH_A_DOT_ZH.sub(lambda m: " " * len(m[0]), folded)
    if "+" in folded and language == "zh":  # "赔偿金N+1": a formula, no amount
        folded = _SEVERANCE_FORMULA_ZH.sub(lambda m: " " * len(m[0]), folded)
    if items and language == "hu" and len(_A_LIST_NUMBER_HU.findall(folded)) > 1:
        folded = _A_LIST_NUMBER_HU.sub(lambda m: " " * len(m[0]), folded)  # "1. albi 130, 2. …"
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
        if language == "en" and " plus " in folded:  # "700 wages plus my pension 300"
            folded = _PLUS_BETWEEN_NAMED_FIGURES_EN.sub(r"\1,plus ", folded)
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
            # "…, works pension 312. the bonus is once a year": that sentence set aside
            folded = _without_a_thing_once_only_en(folded)
    reading.folded = folded
    return None


#: Thousands grouped the way another country writes them, where the decimal reading is no
#: monthly amount: "1'850" (Swiss), "2.150 pounds" or "5.800元" (a German keyboard: never 2.15),
#: "312,500 Ft" (forints have no decimals), "11.500 RMB" (no money has three decimals).
#: Rewritten with the language's own mark. Said alone, without the currency (or the month)
#: after it, "8.000" and "1,234" stay a guess. The month may be said in the writer's first
#: language: "2.150 al mese", "1.800 por mes".
_APOSTROPHE_THOUSANDS = re.compile(r"(?<![0-9.,'])([0-9]{1,3})'([0-9]{3})(?![0-9.,'])")


_DOT_THOUSANDS = re.compile(
    r"(?<![0-9.,])([1-9][0-9]{0,2})\.([0-9]{3})(?![0-9.,])"
    r"(?= ?(?:pounds?|quid|gbp|rmb|元|块|a month|per month|(?:each|every) month|monthly|每月|"
    r"一个月|al mese|al mes|por mes|par mois|pro monat|im monat|na miesiac))"
)


_COMMA_THOUSANDS_HU = re.compile(
    r"(?<![0-9.,])([1-9][0-9]{0,2}),([0-9]{3})(?![0-9.,])(?= ?(?:ft\b|forint|huf\b))"
)

#: The same without the currency, where a bare figure is read in thousands (forints at the
#: money questions): "130,000 havonta", "telefon 15,500 minden hónap". Read with a decimal
#: comma it is 130.000 thousand, the same forints, so the mark no longer matters; not before a
#: multiplier ("2,500 millió") nor a suffix ("1,600-as").
_COMMA_THOUSANDS_IN_THOUSANDS_HU = re.compile(
    r"(?<![0-9.,])([1-9][0-9]{0,2}),([0-9]{3})(?![0-9%-]|[.,][0-9])"
    r"(?! ?(?:mil|mio|m\b|ezer|e\b|k\b|szaz))"
)


#: Whole pounds written with a decimal comma and no pence, the pound sign beside them, the way
#: much of Europe writes money: "45,00 £", "£120,00" (never 4500: the comma before two digits
#: groups nothing).
_COMMA_NO_PENCE_EN = re.compile(
    r"(?<![0-9.,])(?:(?<=£)|(?<=£ ))([1-9][0-9]{0,3}),00(?![0-9.,])|"
    r"(?<![0-9.,£])([1-9][0-9]{0,3}),00(?= ?(?:£|pounds?\b|gbp\b))"
)


#: Digits grouped by four, the Chinese way of counting in ten thousands: "1,2000" is 12000
#: (not "1500,2000": two figures).
_WAN_GROUPS_ZH = re.compile(r"(?<![0-9.,])([1-9][0-9]?),([0-9]{4})(?![0-9.,])")


def _foreign_thousands(folded: str, language: str, in_thousands: bool = False) -> str:
    """``folded`` with thousands grouped another country's way rewritten in the language's own
    (see :data:`_DOT_THOUSANDS`; ``in_thousands``: see :data:`_COMMA_THOUSANDS_IN_THOUSANDS_HU`)."""
    if "'" in folded:  # each pattern here is tried only where the mark it needs is
        folded = _APOSTROPHE_THOUSANDS.sub(r"\1\2", folded)
    code = language_code(language)
    if code == "hu":
        if "," not in folded:  # (the comma between the digits each pattern here needs)
            return folded
        if in_thousands:
            return _COMMA_THOUSANDS_IN_THOUSANDS_HU.sub(r"\1.\2", folded)
        return _COMMA_THOUSANDS_HU.sub(r"\1.\2", folded)
    if code == "zh":
        if "," in folded:  # "税后1,2000一个月": grouped by ten thousands (万)
            folded = _WAN_GROUPS_ZH.sub(r"\1\2", folded)
    elif ",00" in folded:  # "i can manage 35,00 £": whole pounds, a decimal comma
        folded = _COMMA_NO_PENCE_EN.sub(lambda m: f"{m[1] or m[2]}.00", folded)
    if "." not in folded:  # (the dot between the digits it needs, as the text now stands)
        return folded
    return _DOT_THOUSANDS.sub(r"\1,\2", folded)


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


#: A period other than the month right after an aside, in English: "90 give or take per
#: fortnight", "about 60 give or take a week on food". The aside stays, read with the figure as
#: a hedge (see the hedges before a period in the numerals), so that the figure is a week's or a
#: fortnight's (blanked, the period would stand apart from its figure, the figure a month's).
_A_PERIOD_RIGHT_AFTER_AN_ASIDE_EN = re.compile(
    r",? (?:a|per|each|every) (?:week|wk|fortnight|year|day)\b"
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
    # (and by a few thousand said in words: "230 plusz-mínusz pár ezer")
    rf"\bplusz[- ]?minusz(?: (?:par|nehany|egy-ket) (?:ezer|szaz)\w*| {_MARGIN_SIZE})?\b|"
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
_OLD_FIGURE = regex(
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


#: A figure, then "but" and what changed, then "so" and the figure now: "1,700 but the overtime
#: stopped so 1,500 now", "it was 900 but my hours got cut so now its about 700". The first is
#: from before the change (blanked), the one said with "now" is the month's. (Without "now" the
#: second may be a part or a guess: "600 but the rent takes half so 300 for the rest".)
_A_FIGURE_BEFORE_A_CHANGE_EN = re.compile(
    r"(?<![0-9.,])[0-9][0-9.,]*(?: ?k)?(?=(?: a month)?,? but [^0-9;.!?]{3,60}? so "
    r"(?:(?:its |it'?s |thats |that'?s )?now (?:its |it'?s )?(?:about |around |roughly |more like |"
    r"only |just )?(?:[$£] ?)?[0-9]|(?:its |it'?s |thats |that'?s )?(?:about |around |roughly |"
    r"more like |only |just )?(?:[$£] ?)?[0-9][0-9.,]*(?: ?k)?(?: a month)? now\b))"
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


#: A month and day written with a dot, right before the pay it names: "3.15发的工资", "4.10到账".
_PAY_DAY_WITH_A_DOT_ZH = re.compile(
    r"(?<![0-9.,])(?:1[0-2]|0?[1-9])\.(?:[12][0-9]|3[01]|0?[1-9])(?=(?:号|日)?(?:发|到账|进账|打卡))"
)


#: Severance counted by a formula of months: "赔偿金N+1", "n+3".
_SEVERANCE_FORMULA_ZH = re.compile(r"(?<![a-z0-9])n ?\+ ?[0-9](?![0-9.,])")


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


#: The numbers of a numbered list in Hungarian, by a digit and a dot or a keycap emoji before a
#: word ("1. lakbér 130, 2. rezsi 40", "1. 11-én a lakbér", "1️⃣ albi, 2️⃣ rezsi"), no amounts,
#: when there are two or more of them.
_A_LIST_NUMBER_HU = regex(
    r"(?:^|(?<=[,;:] )|(?<=[,;:]))[1-9]\. ?(?=[a-z]| +[0-9]{1,2}-[a-z]| {2})|"
    r"(?:^|(?<=[ ,;:]))[1-9]\) ?(?=[a-z])"
)


#: A deposit's clause before the month's items, up to its "but" ("deposit was 1,200 when i moved
#: in but rent itself is 650"), only where a figure follows: the deposit paid once is no item.
_DEPOSIT_CLAUSE = regex(
    r"\b(?:the |my )?(?:deposit|bond)(?: was| of| paid| is)?(?: about| around)? (?:[$€£] ?)?"
    r"[0-9][0-9,.]*k?(?: [^0-9,;.]{0,40}?)?(?:,? but\b|[,;.])(?=[^0-9]{0,40}[0-9])"
)


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
#: Words one of which each match of :data:`_OFFSET_BEFORE_THE_OWN_PART` has.
_WORDS_OF_AN_OFFSET = words_one_of_which_every_match_has(_OFFSET_BEFORE_THE_OWN_PART)


#: A cost's whole figure split some ways, the own part said right after it: "rent 1,350 split 3
#: ways so 450 for me". The own part stands for the cost (the whole is blanked).
_A_WHOLE_SPLIT_BEFORE_THE_OWN_PART = regex(
    r"(?<![0-9.,])[0-9][0-9,.]*k?(?= split (?:it |that |this )?(?:(?:in|into|between) )?"
    r"(?:(?:two|2|three|3|four|4|five|5)(?: ways| payments| parts| people| of us)?|"
    r"with (?:my )?[a-z]+),? "
    r"(?:so |which is |thats |that'?s |= ?|meaning )(?:its |it'?s |about |around |like )?"
    r"(?:[$€£] ?)?[0-9][0-9,.]*k? (?:for me|from me|each|is mine|mine|my (?:share|half|part)|"
    r"a month|per month|monthly)\b)|"
    # shared with someone named, the own half worked out after: "rent 1,100 with my flatmate,
    # half is mine so 550", "rent 900 with anna, my half 450" (a writer's order: "is the half
    # mine so 450")
    r"(?<![0-9.,])[0-9][0-9,.]*k?(?= (?:with|between) (?:me and )?(?:my )?[a-z]+(?: and me)?,? "
    r"(?:(?:is |and )?(?:the )?half (?:is )?mine|my half(?: is)?|half (?:is )?for me),? "
    r"(?:so |which is |thats |that'?s |= ?|is )?(?:about |around )?(?:[$€£] ?)?[0-9][0-9,.]*k?"
    r"(?![0-9.,]))|"
    # "房租1400我出一半就是七百, 另外吃饭八百": the own half worked out, then its figure (the
    # whole and the working out set aside)
    r"(?<![0-9.,一二两三四五六七八九十百千万])[0-9一二两三四五六七八九十][0-9,.一二两三四五六七八九十百千万]*"
    r" ?(?:块钱?|元)? ?[,\uff0c]? ?我(?:们)?(?:自己)?(?:出|付|承担|掏|摊)(?:一半|三分之一|一份)"
    r"[,\uff0c]? ?(?:就是|也就是|那就是|是|就)(?=[0-9一二两三四五六七八九])"
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
    # the nought the first try lacked, named as a character: "刚才少打了个0, 不是230"
    r"(?:刚才|刚刚|前面|之前|上面|上次)(?:少|漏)(?:打|写|输|按)了?(?:一)?个?(?:0|零)|"
    # a figure named a typo: "刚才那个4020是手误", "3500打错了", "the 4020 was a typo"
    r"(?:(?:刚才|刚刚|前面|之前|上面)(?:那个|说的|打的|写的|发的)?)?(?<![0-9.,])[0-9]+(?:块|元)?"
    r"(?:是|那个是)?(?:手误|笔误|打错了|写错了|输错了)|"
    r"\b(?:the )?[$€£]?[0-9][0-9,.]* (?:was|is) a typo\b|"
    r"\baz? [0-9]+(?:-?[aeo]?s)? (?:elir(?:as|asa)|eluteskent|elgepeles\w*)\b"
)


#: One of which :data:`_A_SLIP_NAMED` needs: a cheap test before it reads the message.
_WORDS_OF_A_SLIP = ("typ", "writ", "putt", "hitt", "irok", "irom", "utok", "utom", "成", "误",
                    "错", "少打", "漏打", "少写", "漏写", "少输", "少按", "elir", "elut",
                    "elgep")  # fmt: skip
#: Those of ASCII alone: a text of ASCII alone has none of the others.
_WORDS_OF_A_SLIP_IN_ASCII = tuple(word for word in _WORDS_OF_A_SLIP if word.isascii())


#: A figure given a nought too many, the slip said after it: "52000 多打了个0", "18000 typed an
#: extra 0". The figure is read without its last nought, and the words of the slip go.
_A_NOUGHT_TOO_MANY = regex(
    r"(?<![0-9.,])(?P<figure>[1-9][0-9]*)0(?P<slip> ?[,\uff0c]? ?(?:sorry ?)?(?:"
    r"(?:多打|多按|多输|多写)了?(?:一)?个?(?:0|零)|"
    r"(?:i )?(?:typed|put|added) (?:an|one) extra (?:0|zero)|one (?:0|zero) too many|"
    r"eggyel tobb (?:0|nulla)\w*|(?:egy )?(?:0|nulla)val tobb\w*))"
)


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


#: Buses, trams or a pass for them named: the numbers of their routes may be said beside.
_TRANSPORT = regex(
    r"\b(?:bus(?:es)?|tram|route|travel ?card|oyster|busz\w*|villamos\w*|troli\w*|jarat\w*)\b|"
    r"公交|巴士|地铁|\d路"
)
#: One of which each match of :data:`_TRANSPORT` has ("busz" has "bus", "travelcard" "travel").
_WORDS_OF_TRANSPORT = ("bus", "tram", "route", "travel", "oyster", "villamos", "troli", "jarat",
                       "公交", "巴士", "地铁", "路")  # fmt: skip


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
