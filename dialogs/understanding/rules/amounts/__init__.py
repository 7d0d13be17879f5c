"""The one amount of money a cardholder means: :func:`read_amount` and its result.

One module a job, each importing only the ones listed before it: :mod:`.outcome` (the result
and the state of one reading), :mod:`.surroundings` (the patterns of a number's surroundings
that the others share), :mod:`.periods`, :mod:`.shares`, :mod:`.debts`, :mod:`.corrections`,
:mod:`.items`, :mod:`.beside_the_paid` and :mod:`.todays_own` (the figures of one kind beside
the one asked), :mod:`.in_english`, :mod:`.in_hungarian` and :mod:`.in_chinese` (each
language's own rewrites and patterns), :mod:`.no_answer` (the messages with no answer among
their figures), :mod:`.setting_aside` (the rewrites of the text for every language),
:mod:`.taking`, :mod:`.weighing` and :mod:`.settling` (the decision over the numbers found, in
its order), and :mod:`.reading` (the entry points, the steps in their order).
"""

from dialogs.understanding.rules.amounts.outcome import AmountProblem, AmountReading
from dialogs.understanding.rules.amounts.reading import (
    may_hold_an_amount,
    read_amount,
    says_amount_for_another_period,
)

__all__ = [
    "AmountProblem",
    "AmountReading",
    "may_hold_an_amount",
    "read_amount",
    "says_amount_for_another_period",
]
