"""Figures beside the one paid: a minimum, a turnover, a balance, an amount in another currency
(abroad, or unconverted in a list). Apart because each of them is a real amount the cardholder
has, only not the one asked."""

from __future__ import annotations

import re

from dialogs.understanding.rules.amounts.surroundings import (
    _EVERY_FIGURE_IN_ANOTHER_CURRENCY_HU,
)
from dialogs.understanding.rules.numerals import (
    CURRENCY_AFTER,
    Number,
)
from dialogs.understanding.rules.sums import (
    _ITEMS,
    _clause,
)
from dialogs.understanding.rules.text import (
    alternatives,
    language_code,
    regex,
)

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
    r"澳门元|澳門元|日圆|円|"  # "一万五澳门元", "手取二十一万円": Macau's pataca, the yen
    # the money of the neighbours to the south, named "<country>币": "缅币五十万", "三百万越币"
    r"缅币|缅元|越币|老挝币|基普|柬币|瑞尔|菲币|泰币"
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
    # (not with the figure said converted: "euróban kapom, de forintra átszámolva ennyi")
    r"(?:eur[oó]ban|doll[aá]rban) (?:kapom|keresek|fizetnek)\b"
    r"(?![^.!?]{0,20}\b(?:atszamolva|atszamitva|atvaltva|forintban)\b)|"
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


#: ... or right before it, as one names the money first: "缅币八十万一个月", "月薪台币三万二"
#: (each figure so named, or named after it; "一个月缅币八十万 合人民币两千八" reads the yuan).
_ANOTHER_CURRENCY_BEFORE_ZH = re.compile(
    r"(?:美元|美金|欧元|港币|港元|港幣|日元|日币|英镑|澳元|加元|新币|台币|台幣|韩元|澳门币|"
    rf"澳門幣|澳币|{_MORE_CURRENCIES_ZH}) ?$"
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
    if not _NOT_WHAT_IS_PAID.search(folded, max(0, number.start - 30), number.start):
        return False  # (none in the 30 characters before it: none in the part in its clause)
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
        # (none in the 30 characters before a figure, none in the part of them in its clause)
        _TURNOVER.search(folded, max(0, n.start - 30), n.start)
        and _TURNOVER.search(folded, max(_clause(folded, n)[0], n.start - 30), n.start)
        for n in numbers
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
    r"但|不过|可是|只|一般|平时|通常|换成|折合|约合|相当于|我(?:每个?月|自己)?(?:还|拿|付)|"
    # what the cardholder keeps of a turnover: "流水三万 刨去进货 自己落五千"
    r"(?:我|自己)(?:每个?月|自己)?(?:能|就|才)?(?:落|剩|挣|赚)"
)


def _only_in_another_currency_abroad(folded: str, numbers: list[Number], language: str) -> bool:
    """Whether every figure is in another currency and the cardholder says they live or work
    abroad, or says they are paid in another currency and name none of the account's: the figure
    is no amount in the account's currency, and nobody converts for them."""
    if (
        numbers
        and language_code(language) == "zh"
        and all(
            _EVERY_FIGURE_IN_ANOTHER_CURRENCY_ZH.match(folded, n.end)
            or _ANOTHER_CURRENCY_BEFORE_ZH.search(folded, max(0, n.start - 6), n.start)
            for n in numbers
        )
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
    if not numbers:
        return False
    if not _PAID_IN_ANOTHER_CURRENCY.search(folded) and not all(
        _in_another_currency(folded, n, language) for n in numbers
    ):
        return False  # (either way below needs one of the two: living abroad need not be read)
    if not _ABROAD.search(folded):  # "euróban kapom, 1100 euró", "发的是港币, 一万二"
        return bool(_PAID_IN_ANOTHER_CURRENCY.search(folded)) and all(
            _in_another_currency(folded, n, language) or not CURRENCY_AFTER.match(folded, n.end)
            for n in numbers
        )
    return all(_in_another_currency(folded, n, language) for n in numbers) or bool(
        _PAID_IN_ANOTHER_CURRENCY.search(folded)
        and not any(CURRENCY_AFTER.match(folded, n.end) for n in numbers)
    )
