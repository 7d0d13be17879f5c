"""Debts: what is no debt, balances beside payments, a loan's size, the payments left, no monthly
payment on a balance. Apart because a debt's balance is the figure most often said beside the
monthly payment asked (``owed``)."""

from __future__ import annotations

import re
from decimal import Decimal

from dialogs.understanding.rules.amounts.outcome import (
    AmountProblem,
    AmountReading,
)
from dialogs.understanding.rules.amounts.surroundings import (
    _A_FIGURE,
    _MONTHLY,
    _MONTHLY_AFTER,
    _MONTHLY_BEFORE,
    _NEAR,
    _ONE_PAYMENT_NOW,
    _PAYMENTS_LEFT_COUNTED,
    _SENTENCE_END,
    GIFT_NOT_PAID_BACK,
)
from dialogs.understanding.rules.numerals import (
    Number,
)
from dialogs.understanding.rules.sums import (
    _clause,
    _words_between,
)
from dialogs.understanding.rules.text import (
    alternatives,
    compile_phrases,
    regex,
)

NO_DEBT = (
    r"\b(?:that|it|this|which|those)(?: is|'s|s| are)? not (?:really )?(?:a )?(?:debts?|loans?)\b",
    r"\b(?:that|it|this|which)(?: isn'?t| aint) (?:really )?(?:a )?(?:debt|loan)\b",
    r"\b(?:az|ez)(?: sem| se)? nem (?:adósság|tartozás|hitel|törlesztés)\w*",
    # another's debt said not to be one's own: "a bátyám lízingje 50, de az nem az enyém"
    r"\b(?:az|ez)(?: sem| se)? nem az (?:enyém|én (?:hitelem|tartozásom|adósságom))\b",
    # a thing named, then "not a loan": "a tévé-előfizetés nem hitel"
    r"\b(?!(?:de|meg|még|már|is|sem|se|hogy|és|ami|ez|az)\b)\w{3,} "
    r"nem (?:adósság|tartozás|hitel)\b",
    r"(?:那|这)(?:个|笔)?(?:也)?(?:不是|不算)(?:债|欠款|借款|贷款)",
    # right after its figure: "宽带49不算贷款", "话费99块不是借的"
    r"(?<=[0-9])(?:块钱?|元)?(?:也)?(?:不是|不算)(?:债|欠款|借款|贷款|借的|(?=吧))",
    # said to be savings instead: "az megtakarítás, nem hitel", "that's savings, not a loan"
    r"\b(?:az|ez) (?:egy )?(?:megtakarítás|betét|befektetés|spórolás)\w*,? "
    r"nem (?:adósság|tartozás|hitel)\w*",
    r"\b(?:that|it|this)(?: is|'s|s) (?:just |my )?(?:savings?|an? investment),? "
    r"not (?:a )?(?:debts?|loans?)\b",
    r"(?:那|这)(?:个|笔)?是(?:存款|储蓄|理财|存钱),? ?(?:不是|不算)(?:债|欠款|借款|贷款)",
    *GIFT_NOT_PAID_BACK,
)  # fmt: skip


_NO_DEBT = compile_phrases(NO_DEBT)


#: Asked after it, "that's not a debt" is a question, not a figure set aside: "is it?", "ugye?".
_ASKED_AFTER = regex(
    r"\W*(?:(?:is it|are they|right|no|ugye|igaz|nem|吧|吗|对吧)?\W*\?|(?:is it|are they|ugye)\b)"
)


#: The thing named right before its figure: "宽带" of "宽带49".
_A_THING_NAMED_BEFORE_ZH = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,6}$")


#: A thing named right before "那个" or "这个": "宽带那个", "话费这个".
_A_THING_NAMED_ZH = re.compile(r"[\u4e00-\u9fff]$")


def _without_what_is_no_debt(folded: str) -> str:
    """The message without the figure each "that's not a debt" is said of, the last one before
    it in its sentence: "i have no debt. i send 200 to my family but that is not a debt" answers
    none, "房贷3000, 宽带49不算贷款" 3000."""
    for said in _NO_DEBT.finditer(folded):
        if _ASKED_AFTER.match(folded, said.end()):
            continue  # "mortgage 900 but that's not really a debt is it": whether it counts
        ends = [m.end() for m in _SENTENCE_END.finditer(folded, 0, said.start())]
        start = ends[-1] if ends else 0
        if not said[0].startswith(("az", "ez", "th", "it", "wh", "那", "这")) or (
            said[0].startswith(("那", "这")) and _A_THING_NAMED_ZH.search(folded, 0, said.start())
        ):  # (also "宽带那个不算贷款": the thing named right before "那个")
            # "a tévé-előfizetés nem hitel": the thing named, its figure in the same clause
            start = max(start, folded.rfind(",", start, said.start()) + 1)
        figures = list(_A_FIGURE.finditer(folded, start, said.start()))
        if figures:
            start, end = figures[-1].span()
            if said.start() <= end + 3 and said[0][0] >= "\u4e00":
                # "宽带49不算贷款": the thing and the words go with it, no "不算" of a bound
                end = said.end()
                named = _A_THING_NAMED_BEFORE_ZH.search(folded, 0, start)
                start = named.start() if named else start
            folded = folded[:start] + " " * (end - start) + folded[end:]
    return folded


#: Beside a debt's balance, the monthly payment on it: "2 millió van még, havi 85 ezer".
BALANCE_WORDS = (
    r"\bleft\b", r"\bremaining\b", r"\bowe\w*", r"\bowing\b", r"\bbalance\b", r"\boutstanding\b",
    r"(?<=[0-9k] )on it\b(?= at\b|,|$)",  # "another card with 2,300 on it at 24.9%, i pay 70"
    # not "van még két kártyám": more cards or loans, no balance left
    r"\bvan még\b(?! (?:egy|ket|harom|negy|[1-4]) (?:kartya|hitel|kolcson|tartozas)\w*)",
    r"\bvan meg\b(?! (?:egy|ket|harom|negy|[1-4]) (?:kartya|hitel|kolcson|tartozas)\w*)",
    r"\bmaradt\w*", r"\bhátra\w*", r"\btartoz\w*",
    r"\bhátral[eé]k\w*",
    r"还剩", r"剩下", r"欠", r"余额", r"总额", r"借了", r"借的", r"\bborrowed\b",
    r"借咗",  # Cantonese "借了": "问阿哥借咗两万 每个月还两千"
    r"(?:还)?没还(?:完|清)",  # what is still to pay: "花呗还有四千没还完, 每月还四百"
    # (not the principal in each instalment: "本金每期833.33 手续费每期60", the payment's part)
    r"本金(?!每期|每月|每个月|一期|一个月)",
    # the loan's size: "1万2的车贷, 每月还一千" (not "别的网贷都没碰过", "其他的贷款": none other)
    r"(?<![别他])的(?:车贷|房贷|贷款|网贷|借款)",
    # what someone lent, beside what is paid back: "my brother lent me 2k, i give him 50"
    r"\b(?:lent|loaned) (?:me|us)\b", r"\bkölcsön(?:adott|adtak|kértem|vettem|kaptam)\w*",
    r"借给我", r"借给了我",
    r"借(?:了)?我(?=[0-9一二两三四五六七八九十几])",  # "老板借我五千, 每月扣五百"
    # whom it was borrowed from named between: "借了老板五千, 从工资里每月扣五百", "借了我姐两万"
    r"借(?:了|咗)(?:老板|公司|单位|同事|朋友|亲戚|[我阿]?(?:姐|哥|妹|弟|舅|叔|姨|姑){1,2})"
    r"(?=[0-9一二两三四五六七八九十几])",
    # what was taken out, beside what is paid back: "havi 38 ezer, 120-at vettem fel", "took
    # out 2,000, paying 90 a month", "贷了两万, 每月还一千八"
    r"\bvettem fel\b", r"\btook (?:it )?out\b", r"\btaken out\b", r"贷了",
    # (not "felvett" naming the loan by its purpose: "a kocsira felvett hitel 40e", its payment)
    r"\bfelvett\w*(?! (?:kolcson|hitel|szemelyi|tartozas)\w*)",
    # a down payment made once, beside the month's instalment: "首付二十万 月供一万二"
    r"首付(?:款)?",
)  # fmt: skip


_BALANCE = compile_phrases(BALANCE_WORDS)


def _payment_beside_balances(
    folded: str, numbers: list[Number], *, by_size: bool = True, owed: bool = False
) -> Number | None:
    """The one monthly payment said beside debts' balances: "2 millió van még, havi 85 ezer",
    "6 millió a lakáshitel, 74e a törlesztő"; a balance named as one, or (``by_size``) any figure
    twenty times the payment, or (``owed``: debts' payments asked) a debt's size said right
    before it (see :func:`_just_before_its_payment`). A figure said for a year or a week is the
    item's own, however large, never a balance."""
    monthly = [
        n
        for n in numbers
        if (
            _MONTHLY_BEFORE.search(folded[max(0, n.start - 30) : n.start])
            or _MONTHLY_AFTER.match(folded[n.end : n.end + 30])
            or _PAYING_RIGHT_BEFORE.search(folded, max(0, n.start - 24), n.start)
        )
        and not _LEFT_OUT_RIGHT_BEFORE.search(folded, max(0, n.start - 24), n.start)
    ]
    if len({n.value for n in monthly}) != 1 or len({n.value for n in numbers}) < 2:
        return None
    balances = [n for n in numbers if n.value != monthly[0].value]
    payment = monthly[0].value or Decimal(0)
    if all(
        _near(folded, n, _BALANCE, in_its_clause=True)
        or (
            by_size
            # (a figure said a year is no balance: "rent 12000 a year and food 200 a month";
            # one spread over a term is: "1,400 over 24 months, 58 a month")
            and (not n.not_monthly or _OVER_A_TERM_AFTER.match(folded, n.end))
            and n.value is not None
            and n.value >= 20 * payment > 0
            and not _EVERYDAY_SPENDING_RIGHT_BEFORE.search(folded, max(0, n.start - 24), n.start)
        )
        or (owed and _just_before_its_payment(folded, n, monthly[0]))
        for n in balances
    ):
        return monthly[0]
    return None


#: An everyday item of spending named right before its figure, which is never a debt's balance
#: however large beside a small payment: "rent 650, insurance 20 a month" (650 and 20),
#: "albérlet 120, biztosítás 5 havonta", "房租一千五 保险五十一个月".
_EVERYDAY_SPENDING_RIGHT_BEFORE = regex(
    r"\b(?:rent|food|groceries|food shop|shopping|bills|gas|electric|electricity|energy|"
    r"council tax|water|phone|internet|broadband|travel|bus pass|petrol|fuel|childcare|nursery|"
    r"alberlet|albi|lakber|rezsi|kaja|etel|bevasarlas|benzin|berlet)\b\W{0,3}"
    r"(?:(?:is|was|about|around|kb|kozel) )?[$£€]?$"
    r"|(?:房租|租房|吃饭|伙食费?|饭钱|水电(?:费|煤)?|话费|交通费?)(?:是|大概|差不多)?$",
    read_often=False,
)


#: Right after a sum, the term it is paid over: "3,200 over 24 months", "1,500 over 2 years",
#: "2k spread over 3 yrs" (a balance, not a figure said a year).
_OVER_A_TERM_AFTER = re.compile(
    r" ?(?:k|grand|quid|pounds?)?,? (?:spread )?(?:over|across) (?:[0-9]+|a|one|two|three|four|"
    r"five|six) (?:months?|years?|yrs?)\b"
)


def _just_before_its_payment(folded: str, balance: Number, payment: Number) -> bool:
    """Whether ``balance`` is more than ``payment`` and said right before it, only the words of
    paying it back between: "花呗两千 每月还五百", "klarna 2000, paying 500 a month" (the debt's
    size, then what is paid on it each month; not two debts' payments, each named)."""
    return (
        balance.value is not None
        and payment.value is not None
        and balance.value > payment.value
        and _THEN_ITS_PAYMENT.fullmatch(folded, balance.end, payment.start) is not None
        and _NOTHING_MORE_OF_IT.match(folded, payment.end) is not None
    )


#: After the payment on a debt, its clause ends with no other debt named: "… paying 500 a
#: month", "… 每月还五百" (not "… paying 50 a month on the catalogue": another debt's).
_NOTHING_MORE_OF_IT = re.compile(
    r" ?(?:块|元|pounds?|quid)?(?: ?(?:a|per|each|every) month| ?monthly| ?pm| ?/ ?(?:month|mo))?"
    r" ?(?:[,.;!?\uff0c\u3002]|$)"
)


#: Between a debt's size and the payment on it: ", paying", "and i pay", " 每月还".
_THEN_ITS_PAYMENT = regex(
    r"[ ,;]{0,3}(?:(?:and |but )?(?:i'?m |im )?(?:paying|repaying|i pay|we pay)(?: back| off)?"
    r"(?: about| around| roughly)?|(?:每个?月|一个月|月)(?:要|就|得)?还(?:款)?(?:大概|差不多)?) ?"
    r"(?:[$€£] ?)?",
    read_often=False,
)


#: Right before an amount left out of the one said: "about 1,090 not counting the 30 a month i
#: put in the kids savings" (a month's figure, but no payment beside a balance).
_LEFT_OUT_RIGHT_BEFORE = regex(
    r"\b(?:not counting|not including|excluding|apart from|except(?: for)?|without|nem "
    r"(?:szamolva|szamitva)|leszamitva|kiveve)(?: the| my| a| az| that)?\W{0,3}(?:[$€£] ?)?$|"
    r"(?:不算|不包括|不含|除了)[^,\uff0c\u3002]{0,6}$"
)


#: Right before a payment made on a debt: "just the one loan of 3k, paying 95".
_PAYING_RIGHT_BEFORE = regex(
    r"\b(?:paying|repaying|i pay|we pay)(?: back| off)?(?: about| around| roughly)? (?:[$€£] ?)?$"
)


def _a_balance_among(folded: str, numbers: list[Number]) -> bool:
    """Whether a list holds a figure twenty times one said to be paid monthly: a loan's balance
    ("房贷一百二十万, 每月还六千二"), no item of a month's spending to add."""
    monthly = [
        n.value
        for n in numbers
        if n.value
        and (
            _MONTHLY_BEFORE.search(folded[max(0, n.start - 30) : n.start])
            or _MONTHLY_AFTER.match(folded[n.end : n.end + 30])
        )
    ]
    return any(n.value is not None and n.value >= 20 * m for m in monthly for n in numbers)


#: Where the clause of a balance ends: punctuation, brackets ("car 240 (8,600 left on it)").
_BALANCE_CLAUSE_BREAK = re.compile(r"[,;.!?()\uff08\uff09\uff0c\u3002\uff1b]|\b(?:but|de)\b|但是?")


#: A card's limit is no payment either: "limitje 500 ezer, a minimum rá 25", "my limit is 3k".
_BALANCE_IN_A_CLAUSE = regex(
    rf"{alternatives(BALANCE_WORDS)}|\bvan rajta\b|\bstill owe\w*|\blimit\w*|keret\w*|额度|"
    # what an overdraft stands at: "overdraft is 2,000, i pay 50 off it" (not "is 50 a month")
    r"\boverdraft (?:is|of|at)\b(?! (?:about |around )?[$€£]?[0-9][0-9,.]*k? (?:a|per|each|every) "
    r"month)|\boverdrawn by\b"
)


def _balances_only(folded: str, numbers: list[Number]) -> bool:
    """Whether every amount is a balance in a clause of its own: "maradt 1,8 millió a
    személyiből, 3 év van hátra" says what is owed and for how long, no payment."""
    return all(_BALANCE_IN_A_CLAUSE.search(folded, *_balance_clause(folded, n)) for n in numbers)


def _balance_clause(
    folded: str, number: Number, breaks_at: re.Pattern[str] = _BALANCE_CLAUSE_BREAK
) -> tuple[int, int]:
    breaks = breaks_at.finditer(folded, 0, number.start)
    after = breaks_at.search(folded, number.end)
    return max((m.end() for m in breaks), default=0), after.start() if after else len(folded)


#: In Chinese a space before a word ends a clause as a comma would: "老板借我五千 每个月工资里扣五百
#: 还有花呗二百" is the loan lent, its monthly deduction, another debt's payment (tried only where
#: the clauses by their marks hold every figure in a balance's clause).
_BALANCE_CLAUSE_BREAK_ZH = re.compile(
    r"[,;.!?()\uff08\uff09\uff0c\u3002\uff1b]| (?=[\u4e00-\u9fff])|但是?"
)


def _one_payment_beside_its_loan(numbers: list[Number]) -> bool:
    """Whether the last figure is the one payment said, any other being the same or the loan's
    size ("babaváró 10 millió, havi 50 ezret"), not another debt's payment."""
    last = numbers[-1].value
    return last is not None and all(
        n.value == last or (n.value is not None and n.value >= 20 * last) for n in numbers
    )


#: Right after an amount, that it is the size of a loan (Hungarian names a loan by it: "a 600
#: ezres hitel", "egy 2 milliós kölcsön", "a 900-as tartozás"), not a payment on it.
_SIZE_SUFFIX = re.compile(r"-?[aeoö]?s\b")


_A_LOAN_AFTER = re.compile(r" (?:\w+ ){0,2}?\w*(?:hitel|kolcson|tartozas|adossag)\w*")


def _names_a_loans_size(folded: str, number: Number) -> bool:
    end = number.end
    if not folded[number.start : end].endswith("s"):
        suffix = _SIZE_SUFFIX.match(folded, end)
        if suffix is None:
            return False
        end = suffix.end()
    return _A_LOAN_AFTER.match(folded, end) is not None


#: Right after a figure, that it is paid every month: "a felvett hitel 112 ezer havonta" (the
#: figure is the payment, though its clause names the loan taken out).
_A_MONTHS_RIGHT_AFTER_HU = re.compile(r",? (?:havonta|egy honapban)\b")
#: The same said right before it: "a NAV-tartozás havi 15" (a payment, though "tartozás"
#: names the debt; not the balance).
_A_MONTHS_RIGHT_BEFORE_HU = re.compile(r"\b(?:havi|havonta) (?:kb\.? )?$")
#: The same in English, right after the figure or after the day it is paid on: "klarna 33 a
#: month left on the drill", "i give him 50 on the 1st every month" (a payment in the clause of
#: a balance's word, "left", "lent": not the balance).
_A_MONTHS_RIGHT_AFTER_EN = re.compile(
    r" (?:on the [0-9]{1,2}(?:st|nd|rd|th) )?(?:a|per|every|each) month\b"
)


def _without_balances(
    folded: str, numbers: list[Number], *, zh: bool = False
) -> tuple[list[Number], str]:
    """Monthly payments with the debts' balances said in a clause of their own left out, and
    the message with those clauses blanked: "személyi 55, még kb 2 millió van hátra", "车贷2380
    (还欠8万多)". A balance is larger than every payment kept; a clause holding both is left to
    :func:`_payment_beside_balances`. With ``zh``, where every figure is in a balance's clause, the
    clauses split by spaces too (see :data:`_BALANCE_CLAUSE_BREAK_ZH`)."""
    kept, blanked = _without_balances_in(folded, numbers, _BALANCE_CLAUSE_BREAK)
    if zh and kept is numbers and " " in folded and len(numbers) > 2:
        return _without_balances_in(folded, numbers, _BALANCE_CLAUSE_BREAK_ZH)
    return kept, blanked


def _without_balances_in(
    folded: str, numbers: list[Number], breaks_at: re.Pattern[str]
) -> tuple[list[Number], str]:
    clauses = {id(n): _balance_clause(folded, n, breaks_at) for n in numbers}
    balances = [
        n
        for n in numbers
        if _BALANCE_IN_A_CLAUSE.search(folded, *clauses[id(n)])
        and not _A_MONTHS_RIGHT_AFTER_HU.match(folded, n.end)
        and not _A_MONTHS_RIGHT_AFTER_EN.match(folded, n.end)
        and not _A_MONTHS_RIGHT_BEFORE_HU.search(folded, max(0, n.start - 12), n.start)
    ]
    kept = [n for n in numbers if n not in balances]
    if not balances or not kept:
        return numbers, folded
    largest_kept = max(n.value or Decimal(0) for n in kept)
    if any(n.value is None or n.value <= largest_kept for n in balances):
        return numbers, folded
    for n in balances:
        start, end = clauses[id(n)]
        folded = folded[:start] + " " * (end - start) + folded[end:]
    return kept, folded


def _near(
    folded: str, number: Number, words: re.Pattern[str], *, in_its_clause: bool = False
) -> bool:
    """Whether one of ``words`` stands within a few words of ``number`` (with ``in_its_clause``,
    one after it with no comma or other mark between: "bamboo loan 96, and i still owe the
    dentist 30 a month" says no balance of the 96; a word before it may lead into its clause,
    "előleget vettem fel, ezért most csak 190 jött")."""
    for match in words.finditer(folded):
        if match.end() <= number.start:
            between = folded[match.end() : number.start]
        elif match.start() >= number.end:
            between = folded[number.end : match.start()]
            if in_its_clause and _A_CLAUSE_MARK.search(between):
                continue
        else:
            continue
        if _words_between(between) <= _NEAR:
            return True
    return False


_A_CLAUSE_MARK = re.compile(r"[,;!?\uff0c\u3002\uff1b]|\.(?![0-9])")


#: Paid all at once, or the whole due on one day: "klarna pay in 30 days, 89 due on the 14th",
#: "250 to my sister, all of it next month".
_ONE_PAYMENT_DUE = regex(
    r"\bpay in (?:30|14|3) days\b|\ball of it (?:next|this|at|by|in|on)\b|"
    r"\b(?:in|by) one payment\b|\ba (?:teljes|egesz) (?:osszeget|tartozast) (?:jovo|a jovo|"
    r"egyben)\b|(?:下个月|月底|年底)(?:一次)?(?:全部|都)(?:还|给)"
)


def _one_payment_only(folded: str, chosen: list[Number]) -> bool:
    """Whether the only figures are one payment made at once ("i can pay you 600 in one go at
    xmas instead of monthly", "klarna pay in 30 days, 89 due on the 14th"): no month's amount,
    unless one is said beside it ("a 120 ezer egyben lehetetlen, havi 10 ezer?")."""
    if not (_ONE_PAYMENT_NOW.search(folded) or _ONE_PAYMENT_DUE.search(folded)):
        return False
    return not any(
        _MONTHLY_BEFORE.search(folded[max(0, n.start - 30) : n.start])
        or _MONTHLY_AFTER.match(folded[n.end : n.end + 30])
        for n in chosen
    )


#: One of which each match of :data:`_PAYMENTS_LEFT_COUNTED` has: the payments' name, "还" (还剩,
#: 还有), "hatra" (van hátra) or " left".
_WORDS_OF_PAYMENTS_LEFT = ("reszlet", "torleszto", "payments", "instal", "还", "hatra", " left")


#: "Each" said of those payments: each is one month's ("9 ezer egyenként", "64 each", "每期640").
_EACH_PAYMENT = regex(r"\b(?:egyenkent|each|apiece)\b(?! month)")


def _each_of_the_payments_left(folded: str) -> str:
    """``folded`` with "each" blanked where it is said of the payments left on a loan ("a tévére
    még 12 részlet van, 9 ezer egyenként"): the amount is then one month's, not one of several
    to count together."""
    if not any(word in folded for word in _WORDS_OF_PAYMENTS_LEFT) or not (
        _PAYMENTS_LEFT_COUNTED.search(folded)
    ):
        return folded
    folded = _PAYMENTS_OF_LEFT.sub(lambda m: m[1] + " " * (len(m[0]) - len(m[1])), folded)
    return _EACH_PAYMENT.sub(lambda m: " " * len(m[0]), folded)


#: "3 payments of 65 left": the count of payments left, each one month's (not "2 payments of 50
#: a month"); also with how many are left said after the month ("3 payments of 160 a month, 2
#: left").
_PAYMENTS_OF_LEFT = regex(
    r"\b([0-9]{1,2} (?:more )?(?:payments|instal+ments)) of"
    r"(?= [$€£]?[0-9][0-9.,]*(?: (?:a|per) month| monthly)?,? (?:[0-9]{1,2} |two |one )?"
    r"(?:left|remaining|to go)\b)"
)


#: Of a debt said by its balance, that nothing is paid on it each month: "so nothing monthly",
#: "havonta semmi", "所以每个月不还" (a family loan "when im back on my feet").
_NOTHING_PAID_MONTHLY = regex(
    r"\bnothing (?:to pay )?(?:monthly|a month|each month|every month|per month)\b|"
    r"\bhavonta (?:semmi|nulla)\b|\bsemmit (?:se |sem )?(?:fizetek|torlesztek) havonta\b|"
    r"每个?月(?:都)?(?:一分(?:钱)?(?:都|也))?不(?:用|需要)?还(?!多少)|"
    # the same with the verb first, as a learner orders it: "亲戚的钱借了一万, 每月还不用"
    r"每个?月 ?还 ?不(?:用|需要)(?= ?(?:$|[,.;!?\uff0c\u3002]))|"
    # "欠老板两万, 他说从年终奖里扣, 平时不用还": nothing paid in an ordinary month
    r"平时(?:都)?不(?:用|需要)还|"
    # no hurry, and not monthly: "借表姐一万 她说不着急 不用每个月还" (nothing paid now)
    r"(?:不急|不着急)[^.;!?0-9一二两三四五六七八九十百千万]{0,4}"
    r"不(?:用|需要|要)(?:我)?(?:每个?月|按月)(?:都)?还(?!多少)|"
    # no hurry, and no instalment: "借了舅舅三万 他说不急 有了再还 没有月供"
    r"(?:不急|不着急)[^.;!?0-9一二两三四五六七八九十百千万]{0,8}(?:没有|没|也没)月供|"
    # not monthly, paid back when there is money: "欠姐姐一万 不用按月还 等有钱了再还她",
    # "不用按月还 有了再给"
    r"不(?:用|需要|要)(?:我)?(?:每个?月|按月)(?:都)?还 (?:等)?(?:有钱|手头宽裕|宽裕|有)(?:了)?"
    r"再(?:还|给)|"
    # the same the other way round: "借表哥三万 他说有钱了再还 不用每个月还"
    r"(?:有钱|手头宽裕|宽裕|有)了?(?:就|再)(?:还|给)(?:他|她|人家)?[^.;!?0-9一二两三四五六七八九十百千万]{0,6}"
    r"不(?:用|需要|要)(?:我)?(?:每个?月|按月)(?:都)?还(?!多少)"
)


#: Of a debt said by its balance, that it has no monthly payment: "theres no monthly payment on
#: it", "he doesn't want it monthly", "nincs rajta havi törlesztő", "没有每月要还的". Nothing
#: paid, or paid now and then: the balance is no payment, and the answer is asked again.
_NO_MONTHLY_PAYMENT = regex(
    r"\bno (?:set |fixed |regular )?(?:monthly )?(?:re)?payments?(?: on (?:it|that|this))?\b"
    r"(?! (?:of|until|till|missed|holiday\w*|left))|"
    # "i owe my brother 2000 but he doesn't want it monthly", "i don't pay it back every month"
    r"\b(?:doesn'?t|does not|don'?t|do not|not)\b(?: \w+){0,4} "
    r"(?:monthly|every month|each month)\b|"
    r"\bnem (?:\w+ ){0,3}havonta\b|"  # "de nem kéri havonta", "nem havonta fizetem vissza"
    r"不(?:要|用|需要|是)(?:我)?(?:每个?月|每月)(?:都)?还|"  # "他不要我每个月还"
    r"\bnincs (?:rajta )?(?:fix |havi )?(?:reszlet|torleszto|torlesztes)\w*|"
    r"没有?(?:每个?月|固定)(?:要)?还的|没有?(?:每个?月|固定)要还|"
    # "欠我表哥八千, 没约定每月还多少": no monthly amount agreed (in Cantonese "冇讲每个月还几多")
    r"(?:没(?:有)?|冇)(?:约定|定|说|讲|商量)(?:好)?(?:每个?月|每月)(?:要)?还(?:多少|几多)"
)


#: Of a debt, that it is paid back now and then, as money allows, in English: "my sister lent me
#: 500, i pay her back when i can", "mi pay back when mi can", "whenever i have spare". What goes
#: to it in a month is not said, so neither is the month's whole.
_PAID_BACK_WHEN_ABLE_EN = re.compile(
    r"\bpay(?:ing)? (?:it |her |him |them |that )?back (?:as and )?when(?:ever)? (?:i|mi|we) "
    r"(?:can|am able|have (?:it|the money|spare|some))\b"
)


def _no_payment_on_the_balance(folded: str, numbers: list[Number]) -> AmountReading | None:
    """A debt said by its balance and then that nothing is paid on it monthly (0), or that it
    has no monthly payment (asked again): "overdraft of 1,500 but theres no monthly payment on
    it", "apámnak tartozom 400 ezerrel, havonta semmi", "备用金透支了五千, 但没有每月要还的"."""
    said = _NOTHING_PAID_MONTHLY.search(folded) or _NO_MONTHLY_PAYMENT.search(folded)
    if said is None or any(n.start >= said.start() for n in numbers):
        return None
    # (the monthly word of what is said itself is no payment: "欠我姐2w 每月不用还")
    if any(
        _MONTHLY.search(folded, start, min(end, said.start()))
        for n in numbers
        for start, end in [_clause(folded, n)]
    ):
        return None  # "房贷是每个月三千六 … 花呗 没有固定要还的": a payment said, another has none
    if _NOTHING_PAID_MONTHLY.search(folded):
        return AmountReading(Decimal(0), None)
    return AmountReading(None, AmountProblem.AMBIGUOUS)
