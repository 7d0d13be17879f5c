"""Amounts said beside the answer, as its context, in English and Chinese.

Asked for one amount, a cardholder often gives others with it: what the plan asks ("you want
250, I can do 100", "你们那个方案每月四千我还不起, 两千吧"), what is too much ("150 is too much for
me, 65?"), a number taken back ("45 not 54", "是800不是8000", "80. no 70"), what it used to be
("2500, used to be 3200", "两千三, 上个月是两千六"), and, as the reason, what they earn or spend
("i earn 2300 but 900 goes on rent" asked for income; "i earn 1200 and rent is 700 so maybe 100"
asked for an offer). :func:`settled_beside` finds the one amount left when all the others are
such context. Whenever more than one amount is left, or a choice is said ("100 or 120"), it
finds none, and the amount is asked again: money is never guessed.

The text given is normalised and folded, as :mod:`dialogs.understanding.rules` reads it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol

__all__ = ["settled_beside"]


class _Said(Protocol):
    @property
    def value(self) -> Decimal | None: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def not_monthly(self) -> bool: ...


def _words(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


#: Right before an amount taken back or set aside: "not 54", "instead of 150", "不是8000".
_REJECTED_BEFORE = re.compile(
    r"(?:\bnot(?: the| even)?|\binstead of(?: the)?|\brather than(?: the)?|\bless than(?: the)?|"
    r"\bcompared to(?: the)?|\b(?:up|down) from|\bwent (?:up|down) from|不是|而不是|从)"
    r"\W{0,2}(?:[$€£¥] ?)?$"
)
#: Right after an amount taken back: "80. no 70", "两千? 不行", "410 a month, no way".
_REJECTED_AFTER = re.compile(
    r"^(?: ?(?:a month|per month|monthly|quid|pounds?|元|块))?\W{0,3}"
    r"(?:no\b(?! (?:more|less|problem))|nah\b|nope\b|not (?:a chance|happening|possible)\b|"
    r"不行|不够|不可能|太多|太高|还不起|还不了)"
)
#: What the plan or the bank asks.
_PLAN = (
    r"\byou(?:'re| are)? (?:want|wanted|ask|asked|asking|show|showed|shown|suggest\w*|quoted|"
    r"said|offer\w*|expect\w*)\b",
    r"\b(?:plan|option|offer|quote)s?\b", r"\btoo (?:much|high|steep|expensive|big|dear|many)\b",
    r"\b(?:can'?t|cannot|could ?n'?t) (?:do|afford|manage|pay|stretch)\b", r"\bno way\b",
    r"\bway too\b", r"方案", r"要我还", r"你们(?:要|说|给)", r"太多", r"太高", r"还不起", r"还不了",
    r"负担不起",
)  # fmt: skip
#: What comes in.
_INCOME = (
    r"\b(?:earn\w*|income|wages?|salary|salaries|pay ?(?:check|packet|slip)|take home|"
    r"get paid|paid)\b", r"\bpension\b", r"\bbenefits?\b",
    r"工资", r"收入", r"挣", r"赚", r"月薪", r"薪水", r"到手",
)  # fmt: skip
#: What goes out.
_SPENDING = (
    r"\b(?:rent|mortgage|bills?|council tax|food|groceries|spend\w*|outgoings|goes on|go on|"
    r"costs?)\b", r"房租", r"房贷", r"生活费", r"开销", r"花(?:销|掉|在)", r"水电",
)  # fmt: skip
#: What it was before: said of the amount that is no longer the answer.
_BEFORE = (
    r"\bused to\b", r"\bearlier\b", r"\bbefore\b(?! (?:tax|deductions))", r"\bpreviously\b",
    r"\blast (?:month|year|time)\b", r"\bi said\b", r"\boriginally\b",
    r"之前", r"以前", r"上个?月", r"去年", r"原来", r"本来",
)  # fmt: skip
_CONTEXT = {
    "counter": _words(*_PLAN, *_INCOME, *_SPENDING, *_BEFORE),
    "income": _words(*_SPENDING, *_BEFORE),
    "expenses": _words(*_INCOME, *_BEFORE),
    "other_debts": _words(*_INCOME, *_BEFORE),
}
#: Said of the amount kept in hand: beside it, a salary said before tax is context.
_TAKE_HOME = _words(
    r"\bin (?:my )?hand\b", r"\btake[- ]home\b", r"\bafter tax\b", r"\bnet\b", r"\bclear\b",
    r"到手", r"实发", r"税后",
)  # fmt: skip
#: A choice between amounts, or an offer in stages ("40 now, 60 from june"): nothing is settled.
_CHOICE = _words(
    r"\bor\b(?! so\b)", r"\beither\b", r"或者?", r"要么", r"还是(?!.{0,6}(?:稳妥|吧))",
    r"\bfrom (?:next|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b", r"\blater\b", r"\bafterwards\b",
    r"以后", r"之后", r"下个?月(?:起|开始)", r"到时候",
)  # fmt: skip
_CLAUSE_BREAK = re.compile(
    r"[,.;!?()\uff0c\u3002\uff1b\uff01\uff1f\uff08\uff09]|\b(?:but|so|and then)\b|但是?|不过|所以"
    r"|(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])"
)


def _clauses(folded: str) -> list[tuple[int, int]]:
    edges = [0]
    for brk in _CLAUSE_BREAK.finditer(folded):
        edges += [brk.start(), brk.end()]
    edges.append(len(folded))
    return [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2)]


def _marked(folded: str, numbers: Sequence[_Said], words: re.Pattern[str]) -> set[int]:
    """The numbers each word of ``words`` is said of: the nearest one in its clause."""
    marked: set[int] = set()
    for start, end in _clauses(folded):
        inside = [i for i, n in enumerate(numbers) if start <= n.start and n.end <= end]
        if not inside:
            continue
        for match in words.finditer(folded, start, end):
            if any(numbers[i].start <= match.start() < numbers[i].end for i in inside):
                continue
            nearest = min(
                inside,
                key=lambda i: (
                    numbers[i].start - match.end()
                    if match.end() <= numbers[i].start
                    else match.start() - numbers[i].end
                ),
            )
            marked.add(nearest)
    return marked


def settled_beside(folded: str, numbers: Sequence[_Said], asked: str) -> int | None:
    """Which of several different ``numbers`` is the answer to ``asked`` ("counter", "income",
    "expenses", "other_debts"), all the others being said as its context (or, offered, per week
    beside it: "25 a week, so call it 100 a month"); ``None`` if no one is. Expenses said per
    week beside others per month are a list, not context: no one of them is the answer."""
    if len({n.value for n in numbers}) < 2 or _CHOICE.search(folded):
        return None
    aside = {  # taken back, or an offer said per week beside the month's ("25 a week, so 100")
        i
        for i, n in enumerate(numbers)
        if (n.not_monthly and asked == "counter")
        or _REJECTED_BEFORE.search(folded, max(0, n.start - 20), n.start)
        or _REJECTED_AFTER.match(folded[n.end : n.end + 30])
    }
    context = _CONTEXT.get(asked)
    if context is not None:
        aside |= _marked(folded, numbers, context)
    if asked == "income":
        kept = _marked(folded, numbers, _TAKE_HOME)
        if len({numbers[i].value for i in kept}) == 1:
            aside |= {i for i in range(len(numbers)) if i not in kept}
    left = [i for i in range(len(numbers)) if i not in aside]
    if aside and left and len({numbers[i].value for i in left}) == 1:
        return left[0]
    return None
