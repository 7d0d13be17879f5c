"""Figures each named as money of another kind than the one asked: "rent is 650" typed at the
income, "nyugdíj 180e" at the spending, "工资8000" at the other debts' payments. Such a message
answers another question (one asked before, or one the cardholder expects next): a careful
specialist asks again rather than take the rent for the pay. Apart because the kinds of money
are one lexicon, read at three questions."""

from __future__ import annotations

import re

from dialogs.understanding.rules.amounts.outcome import (
    AmountProblem,
    AmountReading,
    _AmountBeingRead,
)
from dialogs.understanding.rules.amounts.surroundings import _in_thousands
from dialogs.understanding.rules.numerals import Number
from dialogs.understanding.rules.sums import _clause
from dialogs.understanding.rules.text import fold, regex

#: Money that comes in, by its name: "wages", "a nyugdíja", "退休金", "after tax its 1,150".
_PAY = regex(
    r"\b(?:wages?|salary|salaries|earn(?:s|t|ed|ing|ings)?|income|pensions?|benefits?|"
    r"universal credit|uc|pip|esa|jsa|tax credits?|take[- ]?home|payslips?|pay ?packet|takings|"
    r"(?:my|his|her|our|the|me) pay|get paid|paid (?:weekly|monthly)|from (?:work|my job)|"
    r"(?:before|after) tax|"
    r"fizetes(?!nap)\w*|fizu\w*|fizum\w*|ber(?:em|e|unk|uk|ek)?|kereset\w*|"
    r"keres(?:ek|unk|nek)|nyugdij\w*|segely\w*|jovedelm\w*|jovedelem|bevetel\w*|gyes|gyed|"
    r"csed|potlek\w*|rokkant\w*|jaradek\w*|kapok|kapunk)\b|"
    r"工资|收入|薪水|薪资|月薪|底薪|到手|挣|赚|退休金|养老金|低保|补贴|救济|失业金|奖金|提成|进账|入账"
)

#: The costs of living, by their name: "rent", "rezsi", "吃饭" (not a debt's payment: see
#: :data:`_DEBT`).
_LIVING = regex(
    r"\b(?:rent|bills?|council tax|food|groceries|grocery|shopping|utilit\w*|electric\w*|gas|"
    r"water|heating|petrol|fuel|diesel|childcare|nursery|phone|broadband|internet|insurance|"
    r"transport|travel|bus fares?|outgoings|expenses|spending|spend|spends|costs?|living costs|"
    r"alberlet\w*|albi\w*|lakber\w*|rezsi\w*|kaja\w*|etel\w*|elelm\w*|bevasarl\w*|"
    r"villany\w*|gaz\w*|viz\w*|futes\w*|benzin\w*|tankol\w*|uzemanyag\w*|berlet\w*|koltseg\w*|"
    r"kiadas\w*|telefon\w*|biztositas\w*|ovi\w*|ovoda\w*|bolcsi\w*|"
    r"koltok|koltunk|ramegy)\b|"
    r"房租|租金|水电|电费|水费|燃气|物业费|吃饭|伙食|饭钱|开销|开支|支出|花销|花费|交通|油费|油钱|话费|"
    r"网费|学费|保险|买菜|日用"
)

#: The costs of a home and its food alone, by their name: at the other debts' payments, a cost
#: named otherwise may be a debt's ("an old vodafone bill", "租机 每个月租金"). (The "rezsi" is a
#: home's running costs; owed, it is named so: "rezsitartozás", "rezsi hátralék".)
_HOME_AND_FOOD = regex(
    r"\b(?:rent|food|groceries|grocery|shopping|alberlet\w*|albi\w*|lakber\w*|kaja\w*|etel\w*|"
    r"elelm\w*|bevasarl\w*|rezsi(?!tartoz|hatral)\w*)\b|房租|吃饭|伙食|饭钱|买菜"
)

#: A child's schooling, by its name: a cost at the spending ("a gyerekek sulija 25"), and no
#: other step's money elsewhere ("az iskolában portás 210" is a pay).
_SCHOOLING = regex(r"\b(?:suli|iskola)(?!ban\b)\w*\b")

#: A debt and its payments, by their name: "loan", "törlesztő", "花呗".
_DEBT = regex(
    r"\b(?:loans?|credit cards?|cards?|debts?|owe|owing|finance|hp|klarna|overdraft|catalogue|"
    r"repay\w*|instal+ments?|mortgage|arrears|ccj|"
    r"\w*hitel\w*|\w*kolcson\w*|torleszt\w*|reszlet\w*|tartozas\w*|adossag\w*|"
    r"kartya(?:m|k|ja|n|ra|t|s|tartozas)?|lizing\w*|jelzalog\w*|\w*hatralek\w*)\b|"
    r"贷|借|欠|还款|还钱|分期|花呗|白条|信用卡|月供|债"
)

#: Said of the pay beside a cost: where it comes from, what is left of it ("after rent i have
#: 600 left", "a gazda havi 450-et fizet", "在物业上班").
_WHAT_COMES_OR_IS_LEFT = regex(
    r"\b(?:left|after|remaining|spare|i get|i got|i make|i bring|brings? in|comes? in|"
    r"coming in|receiv\w*|from|once|rent(?:ing|s)? (?:\w+ )*?out|let(?:ting)? out|lodgers?|"
    r"maradt?|marad|utan|jon be|bejon|jott|jon|jonnek|fizet|"
    r"fizetnek|kiveszek|veszek ki|\w+bol|kiadom|kiadjuk|berbe)\b|"
    r"剩|除了|除去|扣掉|扣除|减去|拿|领|发|上班|打工|干活|出租|租出去|收租"
)

#: Said of the spending beside the pay: where it goes, that it is as much ("1800 and all of it
#: goes on the bills", "az én fizetésemből megy", "ugyanannyi mint a fizum").
_WHAT_GOES_OUT = regex(
    r"\b(?:go(?:es|ing)? (?:on|out)|pay(?:ing)? (?:for|out)|to live|living|same as|as much as|"
    r"everything|every penny|all of (?:it|my)|the lot|fizetek|fizetunk|kifizet\w*|kolt\w*|megy|"
    r"mennek|elmegy|ugyanannyi|annyi|az egesz|mind)\b|花|用|交|付|出去|还|一样|差不多|全部|所有"
)

#: Said of a debt's payment taken from the pay or named otherwise ("62.50 a month comes off my
#: UC", "magistrates fine", "从工资里扣五百").
_WHAT_IS_TAKEN_OFF = regex(
    r"\b(?:off|back|advance|fine|overpa\w*|deduct\w*|attachment|bill|contract|levon\w*|"
    r"von(?:ja|nak)? le|vegrehajt\w*)\b|扣|预支|租机"
)

#: Said of an amount offered: "i can do 100", "havi 50-et tudnék", "每月能还三百".
_AN_OFFER = regex(
    r"\b(?:can|could|pay|paying|do|offer\w*|afford|manage|propose|how about|what about|would|"
    r"will|i'll|max|at most|try|instead|spare|left|remaining|tudok|tudnek|tudnank|fizetek|"
    r"fizetnek|fizetnenk|vallal\w*|ajanl\w*|menne|lehetne|javasol\w*|maximum|marad\w*)\b|"
    r"能|可以|还|付|出|给|行不行|怎么样|最多|承受|负担|剩"
)

#: By the question asked: the names of money that answer another question there, those of the
#: money asked, and other words any of which makes the message one about the money asked.
_ANOTHER_KIND: dict[
    str, tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...], re.Pattern[str]]
] = {
    "income": ((_LIVING, _DEBT), (_PAY,), _WHAT_COMES_OR_IS_LEFT),
    "expenses": ((_PAY,), (_LIVING, _DEBT, _SCHOOLING), _WHAT_GOES_OUT),
    "other_debts": ((_PAY, _HOME_AND_FOOD), (_DEBT,), _WHAT_IS_TAKEN_OFF),
}

#: A pay said to come in just before its figure: "after tax i get 1400", "my wage is 1500" (not
#: where a payment comes from: "68.70 a month comes out my wages").
_PAY_STATED_BEFORE = (
    r"(?:\b(?:i|we|he|she) (?:get|earn|make|take home|bring (?:in|home))|"
    r"(?<!out )(?<!off )(?<!from )(?<!of )(?<!into )\b(?:my|our|his|her) "
    r"(?:wages?|salary|income|pay|take[- ]?home|pension)(?: is| are| was)?)(?: about| around)? ?$"
)

#: By the question asked, the names of money of another kind that a list of the money asked
#: may hold as one of its items, to be left out of its sum: "wage 1800, rent 650, food 300" at
#: the spending. (At the other debts a pay is named as where a payment is taken from, not
#: listed: "58.20 off my UC every month for the advance, plus klarna 30"; only one said to come
#: in is left out: "loan 200, after tax i get 1400".)
_LISTED_BESIDE: dict[str, re.Pattern[str]] = {
    "expenses": _PAY,
    "other_debts": regex(f"{_HOME_AND_FOOD.pattern}|{_PAY_STATED_BEFORE}"),
}


def _find_money_of_another_kind(reading: _AmountBeingRead) -> AmountReading | None:
    """Finds every figure named as money the question does not ask for (asked again), or some
    such items in a list of the money asked: left out of it ("工资6000, 房租2500吃饭1500" at the
    spending is 4000)."""
    asked = reading.asked
    chosen = reading.chosen
    if reading.offer and chosen and _only_a_pay_or_a_cost_stated(reading):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "rent is 650" as an own offer
    kinds = _ANOTHER_KIND.get(asked)
    if kinds is None or not chosen:
        return None
    another, own, said_of_own = kinds
    folded = reading.folded
    if not all(
        n.value and _named_as(another, own, folded, n, chosen, reading.language)
        for n, instead in zip(chosen, _said_instead(folded, chosen), strict=True)
        if not instead
    ):  # (a nothing is read as nothing: "it comes out of my wages so 0 on top")
        if (beside := _LISTED_BESIDE.get(asked)) and len(chosen) > 1:
            _leave_out_items_of_another_kind(reading, beside, own)
        return None
    typed = fold(reading.plain)  # (as typed: a step before may have blanked "nyugdíj 140")
    texts: tuple[str, ...] = (folded, typed)
    if asked == "other_debts" and ("card" in typed or "kartya" in typed or "卡" in typed):
        texts = tuple(_THIS_CARD.sub(" ", text) for text in texts)  # the card asked about
    if any(p.search(text) for p in (*own, said_of_own) for text in texts):
        return None
    return AmountReading(None, AmountProblem.AMBIGUOUS)


#: The card the cardholder is asked about, named beside other money at the other debts' payments
#: ("no, just this card. oh and rent went up to 750"): no other debt of its own.
_THIS_CARD = regex(
    r"\b(?:this|that|your|ur|the same) (?:credit )?card\b|\b(?:ez|ezen) a kartya\w*|"
    r"这张(?:信用)?卡|你们(?:的|这张)(?:信用)?卡"
)


def _only_a_pay_or_a_cost_stated(reading: _AmountBeingRead) -> bool:
    """Whether each figure of an amount offered is a pay or a cost of living stated, its name
    just before it ("my rent is 650", "工资才三千", "房租2500"), and no offer is said. (A pay named
    otherwise is where the payment comes from: "havi 16 a postás fizuból", "85 out of my pension";
    a cost, why it is so much: "after the vet bill make it 30".)"""
    folded = reading.folded
    if _AN_OFFER.search(folded) or _AN_OFFER.search(fold(reading.plain)):
        return False
    for number in reading.chosen:
        words = _words_before(folded, number, reading.chosen)
        named = [m for kind in (_PAY, _LIVING) for m in kind.finditer(words)]
        if not named or not number.value:
            return False
        last = max(named, key=lambda m: m.end())
        if last[0].endswith(("bol", "bel")) or not _STATED.fullmatch(words, last.end()):
            return False
    return True


#: Between a pay or a cost and its figure when the figure is stated as what it is: "is", "才".
_STATED = regex(
    r"\W*(?:(?:is|are|was|s|=|van|csak|only|just|about|around|才|是|就|只有|大概|大约|一个月|每月)"
    r"\W*)*"
)


def _leave_out_items_of_another_kind(
    reading: _AmountBeingRead, beside: re.Pattern[str], own: tuple[re.Pattern[str], ...]
) -> None:
    """Leaves out of a list of figures each named first as ``beside`` (money of another kind)
    where every other is named first as money asked (``own``)."""
    folded = reading.folded
    chosen = reading.chosen
    names = [_naming_words(folded, n, chosen, reading.language) for n in chosen]
    for i, instead in enumerate(_said_instead(folded, chosen)):
        if instead:  # "a járadék 98 nem 96": the 96 is named as the 98 is
            names[i] = names[i - 1]
    beside_named = [beside.search(words) is not None for words in names]
    if not any(beside_named):
        return  # (none named as money of another kind: none left out, own names unread)
    own_named = [any(p.search(words) for p in own) for words in names]
    left_out = [b and not o for b, o in zip(beside_named, own_named, strict=True)]
    kept_named_own = all(
        o and not b for b, o, out in zip(beside_named, own_named, left_out, strict=True) if not out
    )
    if all(left_out) or not any(left_out) or not kept_named_own:
        return
    kept = [n for n, out in zip(chosen, left_out, strict=True) if not out]
    if reading.in_thousands and len({n.value for n in kept}) == 1:
        kept = [_in_thousands(n, folded) for n in kept]  # "albérlet 150, hitel 30"
    reading.chosen = kept


def _naming_words(folded: str, number: Number, figures: list[Number], language: str) -> str:
    """The words that name ``number``: those before it in its clause, or where there are none,
    in English those after it up to the next figure ("700 rent 250 food. income is 1450")."""
    start, end = _clause(folded, number)
    before = _words_before(folded, number, figures, start)
    if before.strip() or language != "en":
        return before
    return folded[number.end : min([end, *(n.start for n in figures if n.start >= number.end)])]


def _words_before(
    folded: str, number: Number, figures: list[Number], clause_start: int | None = None
) -> str:
    """The words before ``number`` in its clause, since the figure before it or what a step
    before blanked ("the card wants            and my takings are 1,250"); ``clause_start``,
    where its clause starts, if the caller has found it already (not worked out twice)."""
    start = _clause(folded, number)[0] if clause_start is None else clause_start
    start = max([start, *(n.end for n in figures if n.end <= number.start)])
    words = folded[start : number.start]
    return _BLANKED.split(words)[-1] if "   " in words else words  # (split only where blanked)


#: What a step before blanked in the text: a run of spaces.
_BLANKED = re.compile(r"   +")


def _said_instead(folded: str, figures: list[Number]) -> list[bool]:
    """Whether each of ``figures`` is said as what the one before it is not ("the wages are 1450
    not 1600", "a járadék 98 nem 96", "工资是八千不是九千"): such a figure is named as the one it
    corrects is, by that one's words."""
    if not any(word in folded for word in _WORDS_OF_NOT_THAT):  # (none between any two either)
        return [False] * len(figures)
    return [
        i > 0 and _NOT_THAT.fullmatch(folded, figures[i - 1].end, n.start) is not None
        for i, n in enumerate(figures)
    ]


#: Between a figure and the one it is said instead of: "not", "nem", "不是".
_NOT_THAT = regex(r"\W*(?:not|rather than|instead of|nem|nem pedig|不是|而不是)\W*")
#: One of which each match of :data:`_NOT_THAT` has ("nem pedig" has "nem", "而不是" "不是").
_WORDS_OF_NOT_THAT = ("not", "rather than", "instead of", "nem", "不是")


def _named_as(
    another: tuple[re.Pattern[str], ...],
    own: tuple[re.Pattern[str], ...],
    folded: str,
    number: Number,
    figures: list[Number],
    language: str,
) -> bool:
    """Whether ``number`` is named as money of ``another`` kind, none of its ``own``: by the words
    before it in its clause since the figure before, or where those name no money, by the words
    after it up to the next figure. (Chinese names a figure before it, "房租2500": what follows
    is said of it, "三千五交完房租就没了".)"""
    start, end = _clause(folded, number)
    after = min([end, *(n.start for n in figures if n.start >= number.end)])
    named_after = "" if language == "zh" else folded[number.end : after]
    for words in (_words_before(folded, number, figures, start), named_after):
        if any(pattern.search(words) for pattern in (_PAY, _LIVING, _DEBT)):
            return not any(p.search(words) for p in own) and any(p.search(words) for p in another)
    return False
