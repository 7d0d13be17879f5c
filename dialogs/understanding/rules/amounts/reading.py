"""The entry points: :func:`read_amount` (the ordered steps: those that set aside, then those that
decide), :func:`may_hold_an_amount` and :func:`says_amount_for_another_period`, with the normal
form of the text the reading starts from. Apart so that the whole reading is seen at once, its
steps in their order."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, localcontext

from dialogs.understanding.rules.amounts.another_kind import _find_money_of_another_kind
from dialogs.understanding.rules.amounts.in_chinese import (
    _set_aside_beside_the_own_share_zh,
    _set_aside_no_months_spending_zh,
    _set_aside_not_counted_zh,
    _set_aside_other_times_zh,
    _set_aside_others_figures_zh,
)
from dialogs.understanding.rules.amounts.in_english import (
    _set_aside_not_asked_en,
)
from dialogs.understanding.rules.amounts.in_hungarian import (
    _read_thousands_and_times_hu,
    _set_aside_no_answer_hu,
)
from dialogs.understanding.rules.amounts.outcome import (
    AmountProblem,
    AmountReading,
    _AmountBeingRead,
)
from dialogs.understanding.rules.amounts.setting_aside import (
    _join_the_items,
    _set_aside_asides,
    _set_aside_clauses_and_list_marks,
    _set_aside_marks_no_figure,
    _set_aside_no_debt,
    _set_aside_no_item,
    _spell_out_the_figures,
)
from dialogs.understanding.rules.amounts.settling import (
    _find_the_figure_unclear,
    _find_the_rest_unclear,
    _keep_the_payments,
    _read_a_total_redone,
    _read_nothing_beside_a_figure,
    _set_aside_corrected_or_not_the_own,
    _settle_on_one_or_sum,
    _the_one_number,
)
from dialogs.understanding.rules.amounts.shares import _take_a_share_worked_out
from dialogs.understanding.rules.amounts.taking import (
    _decide_on_the_figure_to_take,
    _find_figures_changed,
    _find_figures_not_remembered,
    _find_the_figure_to_take,
    _find_the_numbers,
    _read_a_debt_cleared,
    _take_the_usual_or_todays,
)
from dialogs.understanding.rules.amounts.weighing import (
    _find_a_whole_split_or_by_cases,
    _find_an_amount_unknown,
    _find_another_period_or_price,
    _find_figures_of_other_months,
    _keep_the_months_figures,
    _read_no_figure_said,
    _read_pay_from_several,
    _read_the_own_left_over,
    _read_the_rest_offered,
    _read_what_a_debt_leaves,
    _set_aside_a_budget_or_a_limit,
    _set_aside_paid_once,
    _sum_what_comes_in_parts,
)
from dialogs.understanding.rules.numerals import (
    ARITHMETIC,
    _spell_out,
    numbers_in,
    values_in,
    with_zeros_for_os,
    without_identifiers,
)
from dialogs.understanding.rules.text import (
    fold,
    language_code,
    normalize,
)


def may_hold_an_amount(text: str, language: str) -> bool:
    """Whether ``text`` has anything :func:`read_amount` could read as more than nothing: a
    digit, a Chinese numeral or a number in words. Every figure it reads is one of these (the
    rest of its work sets figures aside); a quick test before the whole reading where most
    messages hold none (a pick among the options)."""
    code = language_code(language)
    said = values_in(_spell_out(fold(_plain(text)), code), code)
    return any(value is None or value for _, value, _, _ in said)  # (read two ways: may be one)


def _plain(text: str) -> str:
    """``text`` in its normal form as amounts are read in it: a pasted statement's lines as its
    items, "5oo" as 500, a Chinese comma before digits as a clause's end, a keycap digit as a
    list's number."""
    if "\n" in text:  # each pattern below is tried only where the character it needs is
        text = _LINE_BREAK.sub(", ", text)
    if "\u20e3" in text:  # "1️⃣ albi, 2️⃣ rezsi": the list's numbers, "1. albi"
        text = _A_KEYCAP_DIGIT.sub(r"\1.", text)
    return normalize(_CLAUSE_COMMA_BEFORE_DIGITS.sub("\uff0c ", with_zeros_for_os(text)))


def read_amount(
    text: str,
    language: str,
    *,
    limit: Decimal = Decimal(10) ** 9,
    items: bool = False,
    owed: bool = False,
    offer: bool = False,
    in_thousands: bool = False,
    asked: str = "",
) -> AmountReading:
    """An amount of money typed by a cardholder, or why it could not be read.

    Understood: digits with the separators of ``language`` (see :func:`_parse_arabic` for the
    exact rules), full-width digits, any kind of space between groups of three, a currency sign
    or word before or after (``$``, ``€``, ``£``, ``¥``, ``Ft``, ``HUF``, ``forint``, ``元``,
    ``块``, ``RMB``), multipliers (``8k``, ``8 ezer``, ``250e``, ``2 million``), Chinese numerals
    (``三千``, ``一万二千``, ``1.2万``, ``3万5``), and words for nothing (``zero``, ``nulla``,
    ``零``, ``没有收入``): zero is an amount (an income of 0 means no job). The number may sit in a
    short sentence ("about 8000 a month", "我每月收入8000元", "havonta 250 000 Ft").

    Not amounts, and so left aside: numbers of months, years, weeks or days ("for 3 months",
    "3个月"), per cents, ordinals ("15th", "第3"), children or cards ("2 kids", "两张卡").

    Problems, in this order: ``EMPTY`` (nothing typed); ``NOT_A_NUMBER`` (no number at all);
    ``AMBIGUOUS`` (separators that could be read two ways, two different numbers such as
    "8000 or 9000" or a range "8000-9000", "七八千", "几千"); ``NEGATIVE`` ("-500", also with the
    minus sign U+2212, "minus 500"); ``TOO_LARGE`` (above ``limit``). The same number said twice
    is fine. With ``items``, a list of items that each have an amount is their sum ("rent 800
    plus bills 300" is 1100, "房租2000 吃饭1500" 3500), but one amount beside an item without
    one ("rent 800 and food") is ambiguous. With ``owed`` (monthly payments on debts are asked), a
    debt owed without a monthly word ("i owe 5000", "欠别人五万") is ambiguous: it is a balance.
    With ``offer`` (an own monthly amount is asked), the amount offered ("i can do 300") is the
    answer among amounts said as context ("my income is 900, 1k is too much"). With
    ``in_thousands`` (a currency people count in thousands), a bare whole number below a
    thousand, said without a currency, is thousands: "kézhez 245", "lakbér 110, rezsi 30".
    """
    plain = _plain(text)
    if not plain:
        return AmountReading(None, AmountProblem.EMPTY)
    language = language_code(language)
    folded = without_identifiers(fold(plain))
    if language == "en" and ("tho" in folded or "yr" in folded or "incl" in folded):
        folded = _written_out_en(folded)  # "1350 tho it was 1200 last yr"
    reading = _AmountBeingRead(
        plain,
        folded,
        language,
        limit=limit,
        items=items,
        owed=owed,
        offer=offer,
        in_thousands=in_thousands,
        asked=asked,
    )
    for step in _SETTING_ASIDE:
        if (verdict := step(reading)) is not None:
            return verdict
    with localcontext(ARITHMETIC):
        for step in _DECIDING:
            if (verdict := step(reading)) is not None:
                return verdict
        return _the_one_number(reading)


#: The steps that rewrite the text, blanking what is no answer (or find it unclear), in
#: their order: each sees the text as the ones before left it.
_SETTING_ASIDE: tuple[Callable[[_AmountBeingRead], AmountReading | None], ...] = (
    _set_aside_asides,
    _set_aside_other_times_zh,
    _set_aside_no_months_spending_zh,
    _set_aside_beside_the_own_share_zh,
    _set_aside_not_counted_zh,
    _set_aside_others_figures_zh,
    _set_aside_marks_no_figure,
    _set_aside_not_asked_en,
    _spell_out_the_figures,
    _set_aside_no_debt,
    _set_aside_no_item,
    _set_aside_clauses_and_list_marks,
    _read_thousands_and_times_hu,
    _set_aside_no_answer_hu,
    _join_the_items,
)


#: The steps that decide over the numbers found, in their order (after them
#: :func:`_the_one_number` always decides).
_DECIDING: tuple[Callable[[_AmountBeingRead], AmountReading | None], ...] = (
    _find_the_numbers,
    _find_money_of_another_kind,
    _take_the_usual_or_todays,
    _find_the_figure_to_take,
    _decide_on_the_figure_to_take,
    _read_a_debt_cleared,
    _find_figures_not_remembered,
    _find_figures_changed,
    _find_a_whole_split_or_by_cases,
    _find_figures_of_other_months,
    _read_the_own_left_over,
    _sum_what_comes_in_parts,
    _find_an_amount_unknown,
    _read_the_rest_offered,
    _set_aside_a_budget_or_a_limit,
    _read_pay_from_several,
    _read_what_a_debt_leaves,
    _keep_the_months_figures,
    _set_aside_paid_once,
    _read_no_figure_said,
    _find_another_period_or_price,
    _keep_the_payments,
    _read_a_total_redone,
    _set_aside_corrected_or_not_the_own,
    _take_a_share_worked_out,
    _settle_on_one_or_sum,
    _find_the_figure_unclear,
    _find_the_rest_unclear,
    _read_nothing_beside_a_figure,
)


#: A full-width comma (U+FF0C) before digits that are no group of three ends a clause in
#: Chinese: "每月1850\uff0c9号到账" is 1850, then the 9th, never one number "1850,9" (normalising
#: makes it an ASCII comma, so a space is put after it first).
_CLAUSE_COMMA_BEFORE_DIGITS = re.compile(r"\uff0c(?=[0-9])(?![0-9]{3}(?![0-9]))")


#: A line break after a line with no mark at its end, as a statement or a list is pasted
#: ("Standard allowance £393.45\nHousing element £425.00\nTotal payment £818.45"): it ends a
#: clause, as a comma would (normalising would make it a bare space).
_LINE_BREAK = re.compile(r"(?<=[^\s,;.:!?\uff0c\u3002\uff1b])[ \t]*\r?\n\s*(?=\S)")


#: A keycap emoji of one digit ("1️⃣ albi, 2️⃣ rezsi"), which folding makes a bare digit: written
#: as the list's number it is ("1. albi"). Keycaps side by side are a figure: "5️⃣0️⃣".
_A_KEYCAP_DIGIT = re.compile(r"(?<!\u20e3)([0-9])\ufe0f?\u20e3(?![0-9]\ufe0f?\u20e3)")


#: Words typed short in English that the reading's patterns know written out: "tho" (though)
#: before what was ("1350 tho it was 1200 last yr"), "yr" (year), "incl" (including) before an
#: item's figure ("£990 incl the 60 I give my nan", "1k incl council tax 140"). Not "tho"
#: elsewhere ("spending tho is 1,040", "… tho. for the house its 800") nor "incl" before a list
#: ("1,300 for the room incl bills and 240 food": the bills are the room's) or a debt ("1400 incl
#: the 300 car loan": whether spending holds a debt, asked apart, is left to ask).
_TYPED_SHORT_EN = {"tho": "though", "yr": "year", "yrs": "years", "incl": "including"}
_A_WORD_TYPED_SHORT_EN = re.compile(
    r"\b(tho)\b(?= (?:it|that|they|its|it'?s) (?:was|were|used|been)\b)"
    r"|\b(yrs?)\b"
    r"|\b(incl)\b(?:\.(?= ))?(?= ?(?:the |my |a |an )?(?:(?!and\b|plus\b|then\b)[a-z]+ ){0,3}"
    r"[$£]?[0-9])"
    r"(?![^,.;]*\b(?:loans?|finance|credit|cards?|overdraft|debts?|klarna|catalogues?)\b)"
)


def _written_out_en(folded: str) -> str:
    """``folded`` with the words typed short that :data:`_TYPED_SHORT_EN` lists written out, so
    that "tho it was 1200 last yr" is read as "though it was 1200 last year" is."""
    return _A_WORD_TYPED_SHORT_EN.sub(lambda m: _TYPED_SHORT_EN[m[m.lastindex or 0]], folded)


def says_amount_for_another_period(text: str, language: str) -> bool:
    """Whether an amount is said only per week, day, year or hour ("i could pay 40 a week",
    "每周还200"): someone who wants to propose an amount, but not yet a monthly one."""
    folded = _spell_out(without_identifiers(fold(normalize(text))), language)
    with localcontext(ARITHMETIC):
        numbers = [
            n for n in numbers_in(folded, language_code(language)) if n.unit is None and n.strong
        ]
    return bool(numbers) and all(n.not_monthly for n in numbers)
