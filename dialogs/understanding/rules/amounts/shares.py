"""Shares of a whole: per head, per child, a half split with a partner, a rise by a per cent. Apart
because the own part of a shared amount is read the same way for rent, pay and debts."""

from __future__ import annotations

import re
from decimal import Decimal

from dialogs.understanding.rules.amounts.outcome import (
    AmountProblem,
    AmountReading,
    _AmountBeingRead,
)
from dialogs.understanding.rules.amounts.surroundings import (
    _A_NUMBER_IN,
    _SO_BEFORE,
    _in_thousands,
    _within,
)
from dialogs.understanding.rules.numerals import (
    CHINESE_DIGITS,
    Number,
)
from dialogs.understanding.rules.sums import (
    _COST_NAMED,
    _HALF_SHARE,
    _ITEMS,
    _WHOLE_COST,
    _clause,
)
from dialogs.understanding.rules.text import (
    regex,
)


def _an_item_of_its_own(folded: str, bound: Number, exact: Number) -> bool:
    """Whether ``bound`` is said of an item named in a clause apart from ``exact``'s."""
    clause = _clause(folded, bound)
    return clause != _clause(folded, exact) and bool(_ITEMS.search(folded, *clause))


#: An amount said per head beside how many people share it: "fejenként 70, négyen vagyunk",
#: "400 per head, there are 4 of us" (in Chinese, :data:`_PER_PERSON_ZH`). The household's
#: amount is not said.
_PER_HEAD = regex(r"\b(?:fejenkent|szemelyenkent|fonkent|per (?:head|person))\b")


_A_HOUSEHOLD_COUNTED = regex(
    r"\b(?:ketten|harman|negyen|oten|hatan|[2-9]-?[ae]n)(?: \w+)? (?:vagyunk|elunk|lakunk)\b|"
    r"\b(?:two|three|four|five|six|[2-9]) of us\b"
)


#: Right after an item's figure, that it is for each child or head: "300 per child", "40 ezer
#: gyerekenként"; right before it: "每个孩子800".
_PER_CHILD_AFTER = regex(
    r"^ ?(?:[$€£]|e|ezer|ezret|ft|-?[aeo]?t)? ?(?:a month |monthly |havonta )?"
    r"(?:per|for each|each|a) (?:child|kid|head|person|one of them)\b|"
    r"^ ?(?:e|ezer|ezret|ft|-?[aeo]?t)? ?(?:gyerekenkent|fejenkent|szemelyenkent|darabja)\b"
)


#: Said anywhere, that an item is for each child or head: "ovi 20 ezer gyerekenként" (the
#: figure itself then read as a count), "每个孩子补课800".
_PER_CHILD_HU_ZH = regex(r"\b(?:gyerekenkent|fejenkent)\b|(?:每个|每一个)(?:孩子|娃|小孩)")


_PER_CHILD_BEFORE = re.compile(
    r"(?:每个|每一个|一个)(?:孩子|娃|小孩)[\u4e00-\u9fff]{0,4}?(?:每月|一个月)?(?:要|是)?$"
)


#: One of which each match of :data:`_PER_CHILD_AFTER`, :data:`_PER_CHILD_HU_ZH` and
#: :data:`_PER_CHILD_BEFORE` has: the child or head counted by ("孩" of "孩子" and "小孩").
_WORDS_OF_PER_CHILD = ("child", "kid", "head", "person", "one of them", "gyerekenkent",
                       "fejenkent", "szemelyenkent", "darabja", "孩", "娃")  # fmt: skip


def _an_item_per_child(folded: str, number: Number) -> bool:
    """Whether an item's figure is said for each child or head of the household, the whole left
    unsaid: "nursery 300 per child, 2 kids, rent 700" is asked again, not 1,000."""
    return bool(
        _PER_CHILD_AFTER.match(folded[number.end : number.end + 30])
        or _PER_CHILD_BEFORE.search(folded, max(0, number.start - 10), number.start)
    )


def _a_whole_left_per_child(folded: str, chosen: list[Number]) -> bool:
    """Whether an item of the spending is said per child or head and the whole is left unsaid
    (not "fejenként kb 45 ezer …, az 180", "…, fejenként kb 15, szóval nekem 105": the last
    figure the whole worked out, a multiple of the one or the sum of the others)."""
    if not any(word in folded for word in _WORDS_OF_PER_CHILD) or not (
        _PER_CHILD_HU_ZH.search(folded) or any(_an_item_per_child(folded, n) for n in chosen)
    ):
        return False
    if any(_SO_BEFORE.search(folded, max(0, n.start - 24), n.start) for n in chosen):
        return False
    *others, last = [n.value or Decimal(0) for n in chosen]
    if last == sum(others):
        return False
    return last < max(others) or not any(
        o and last % o == 0 and last // o in range(2, 10) for o in others
    )


def _said_per_head(folded: str) -> bool:
    """Whether the one amount said is per head of a household counted (:data:`_PER_HEAD`)."""
    return (
        ("kent" in folded or "per " in folded)
        and bool(_PER_HEAD.search(folded))
        and bool(_A_HOUSEHOLD_COUNTED.search(folded))
    )


#: A rise by a share said beside today's figure, in English: "gas and electric went up 30% so its
#: 190 now", "700 on rent as of the 1st, it went up by 8%". The share is no money and the
#: figures said are today's: the rise (and the "now" of the figure after it) tell no change
#: between the items of the list.
_A_RISE_BY_A_SHARE = regex(
    r"\b(?P<back>(?:it|they|that|which|its|it's) (?:has |have )?)?(?:went|gone|going|rose|risen|"
    r"jumped|been put|was put|were put|increased|got put) (?:up )?(?:by )?(?:about |around )?"
    r"[0-9]+(?:\.[0-9]+)? ?(?:%|percent|per cent)(?P<new>,? so (?:its|it's|it is|theyre|"
    r"they're|now) (?=[$€£]?[0-9]))?"
)


_NOW_AFTER_A_FIGURE = re.compile(r"(?<=[0-9]) now\b")


def _without_a_rise_by_a_share(folded: str) -> str:
    """``folded`` with a rise by a share blanked, and the "now" right after a figure, where the
    risen figure is said: after it with "so", or before it, the rise said of "it" (see
    :data:`_A_RISE_BY_A_SHARE`)."""
    if "%" not in folded and "per" not in folded:
        return folded  # (each rise has "%", "percent" or "per cent")
    found = _A_RISE_BY_A_SHARE.search(folded)
    if found is None or not (
        found["new"] or (found["back"] and _A_NUMBER_IN.search(folded, 0, found.start()))
    ):  # "rent went up 10% and food is 300": the new rent is not said
        return folded
    folded = folded[: found.start()] + " " * (found.end() - found.start()) + folded[found.end() :]
    return _NOW_AFTER_A_FIGURE.sub("    ", folded)


def _my_half(folded: str, number: Number, limit: Decimal) -> AmountReading:
    """The cardholder's share of the one amount, when a cost is shared half and half.

    Half of it when it is named as the whole ("a 150-es lakbér felét", "a teljes részlet 150")
    or when, after it, the cardholder says they split it or pay half ("lakáshitel 160, a
    párommal felezzük", "140, felét én fizetem"). The amount as said when it is the share ("a
    másik felét a férjem fizeti", "a felét fizetem, kb 70"). Otherwise ("40 ezer, a felét a
    férjem fizeti": whose 40?) it is asked again."""
    assert number.value is not None
    share = _HALF_SHARE.search(folded)
    assert share is not None
    if _OTHER_HALF.search(folded) and _HALF_OF_IT_AFTER.match(folded, number.end):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "a 80 ezres részletének a fele"
    if _OTHER_HALF.search(folded):
        return _within(number.value, limit)
    whole = _WHOLE_COST.search(folded, share.end(), number.start)
    if whole and not _OWN_PART_AFTER_THE_SPLIT_HU.search(folded, share.end()):
        return AmountReading(None, AmountProblem.AMBIGUOUS)  # "felezzük, az egész 50"
    if (
        share.start() >= number.end
        and _MY_PART_RIGHT_BEFORE_HU.search(folded, max(0, number.start - 30), number.start)
        and not _COST_NAMED.match(folded, number.end)
    ):
        return _within(number.value, limit)  # "az én részem kb 90, a rezsit felezzük"
    if (
        share.start() >= number.end
        and _THIS_IS_MY_PART_AFTER_HU.search(folded, share.end())
        and not _COST_NAMED.match(folded, number.end)
        and not _WE_SPLIT.search(folded, number.end)  # ("…, felezzük": it, halved)
    ):
        return _within(number.value, limit)  # "kb 90, a tesómmal felezünk, ez az én részem"
    named_whole = (
        _COST_NAMED.match(folded, number.end)
        or folded[number.start : number.end].endswith("ezres")
        or _WHOLE_COST.search(folded, 0, number.start)
    )
    if named_whole or (share.start() >= number.end and _WE_SPLIT.search(folded, number.end)):
        return _within(number.value / 2, limit)
    if share.start() < number.end:
        return _within(number.value, limit)
    return AmountReading(None, AmountProblem.AMBIGUOUS)


#: Right after an amount, half of it: "a 80 ezres részletének a fele" (the whole, halved).
_HALF_OF_IT_AFTER = re.compile(r"(?: ?ezer)?-?(?:[aeo]s|ezres)? (?:\w+ ){0,2}?\w*n[ae]k a fele\b")


#: The cardholder pays half, or splits the cost: "felezzük", "fele-fele", "felét én fizetem"
#: (not "nem fele-fele": shared, but not by halves).
_WE_SPLIT = re.compile(
    r"\b(?:meg)?felezz?uk\b|\b(?<!nem )fele-fele\b|\bketten fizetj\w*|"
    r"\bfelet (?:en |csak )?(?:fizetem|allom|adom)\b|\ben (?:csak )?a felet\b"
)


#: The cardholder's own part named after a split: "felezzük, az egész 120, nekem 60 jut", "az
#: én részem 75", "ennek a fele az enyém, az 40". Without it, a split said before the whole
#: ("a lakótárssal felezünk mindent, az egész 300", "felét ő állja, felét én, összesen 200")
#: leaves the share for the assistant to work out: it is asked again.
_OWN_PART_AFTER_THE_SPLIT_HU = re.compile(r"\b(?:nekem|enyem|reszem|ram)\b")


#: The cardholder's own part named right before the amount, a split said after it: the amount
#: is the share already ("az én részem kb 90, a rezsit felezzük"), no whole to halve.
_MY_PART_RIGHT_BEFORE_HU = re.compile(r"\b(?:reszem|enyem) (?:[^\W0-9]+ ){0,2}$")


#: After the split, the amount said pointed back to as the cardholder's own part: "kb 90, a
#: tesómmal felezünk, ez az én részem", "…, ennyi jut rám" (the share already, no whole to halve).
_THIS_IS_MY_PART_AFTER_HU = re.compile(
    r"\b(?:ez|ennyi|az) (?:az? )?(?:en |sajat )?(?:reszem|enyem)\b|\b(?:ez|ennyi) (?:jut )?ram\b"
)


#: The other half is someone else's: the amount said is the cardholder's own.
_OTHER_HALF = regex(r"\bmasik fel\w*")


#: A share of a whole named: "my half of it", "split", "a fele az enyém", "一半", "平摊".
_A_SHARE_NAMED = regex(
    r"\b(?:half|halves|share|split|third|quarter|fele\w*|felez\w*|reszem|harmad\w*|negyed\w*)\b"
    r"|一半|平摊|平分|分摊|三分之一|四分之一"
)
#: Right before the one whole a share is worked out of, the share named: "half of 1,400 so 700
#: for me", "a third of the 900, so 300".
_A_SHARE_OF_RIGHT_BEFORE = regex(r"\b(?:half|a third|a quarter) of (?:the |my |our )?[$£]?$")
#: Said right before a share worked out, beside the words of :data:`_SO_BEFORE` ("so",
#: "szóval", "所以"): "that's", "my half is", "az enyém", "我的一半是".
_WORKED_OUT_RIGHT_BEFORE = regex(
    r"(?:\bthat'?s|\bthats|\bwhich is|=|也就是|就是"
    r"|\b(?:my|our) (?:half|share|part|bit|third|quarter)(?: of (?:it|that|this|them))?"
    r"(?: is| comes to| would be)?|\b(?:a reszem|az enyem)(?: ebbol)?"
    r"|我的(?:一半|那份|部分)(?:是)?)"
    r"\W{0,3}$"
)


def _take_a_share_worked_out(reading: _AmountBeingRead) -> AmountReading | None:
    """Decides on a share worked out of the whole said before it (one figure or their sum), its
    share named between: "2000 for the house, thats my half of it, so 1000" is 1000 and "rent
    1000, bills 500, so my half is 750" 750 (they were summed to 3000 and 2250); or of one whole,
    the share named before it: "half of 1,400 so 700 for me"."""
    chosen = sorted(reading.chosen, key=lambda n: n.start)
    if len(chosen) < 2 or reading.asked not in ("income", "expenses", "other_debts"):
        return None
    *items, part = chosen
    if not part.value or any(n.value is None for n in items):
        return None
    whole = sum(n.value for n in items if n.value is not None)
    folded = reading.folded
    between = folded[items[-1].end : part.start]
    if reading.language == "zh" and _paid_at_a_rate_zh(between, whole, part.value):
        return _within(part.value, reading.limit)
    if not any(part.value * times == whole for times in (2, 3, 4)):
        return None
    named = _A_SHARE_NAMED.search(between) or (
        len(items) == 1
        and _A_SHARE_OF_RIGHT_BEFORE.search(folded, max(0, items[0].start - 16), items[0].start)
    )  # "half of 1,400 so 700 for me": the share named before the whole
    if not named or not (_SO_BEFORE.search(between) or _WORKED_OUT_RIGHT_BEFORE.search(between)):
        return None
    taken = _in_thousands(part, folded) if reading.in_thousands else part
    assert taken.value is not None
    return _within(taken.value, reading.limit)


#: A rate a whole is paid or charged at, in Chinese, said between the whole and the figure it
#: gives: "病假按八成发", "打八折", "按80%发", "百分之七十" (tenths, a discount's tenths, a per
#: cent). Not "成本", "成绩": no rate.
_A_RATE_ZH = re.compile(
    r"(?P<tenths>[一二两三四五六七八九])成(?![本绩功年])|(?P<off>[一二三四五六七八九])折"
    r"|(?P<cent>[1-9][0-9]?) ?%|百分之(?P<cent_zh>[一二三四五六七八九]十[一二三四五六七八九]?)"
)


def _paid_at_a_rate_zh(between: str, whole: Decimal | int, part: Decimal) -> bool:
    """Whether the figure after ``between`` is the whole before it at a rate named there, worked
    out to the yuan: "base 4500 病假按八成发 3600" is 3600, what comes in now, never 8,100 (the
    rate tells the second figure is the first one reduced, not another item)."""
    if not ("成" in between or "折" in between or "%" in between or "百分之" in between):
        return False  # (each rate has one of these)
    found = _A_RATE_ZH.search(between)
    if found is None:
        return False
    if found["tenths"] or found["off"]:
        share = Decimal(CHINESE_DIGITS[found["tenths"] or found["off"]]) / 10
    elif found["cent"]:
        share = Decimal(found["cent"]) / 100
    else:
        tens, _, ones = found["cent_zh"].partition("十")
        share = Decimal(CHINESE_DIGITS[tens] * 10 + (CHINESE_DIGITS[ones] if ones else 0)) / 100
    return whole * share == part
