"""Understanding what a cardholder types, in the context of the question on screen.

:func:`interpret` is the one door in: the rules for what rules read well (:mod:`.rules`: amounts,
digits, months, safety phrases), a fuzzy match against the buttons shown, and a small classifier per
language (:mod:`.classifier`) trained at start-up from the team's examples (``examples/``). Pure:
nothing here does I/O beyond reading those example files.
"""

from dialogs.understanding.meaning import (
    ANYWHERE,
    CAUSES,
    MISSED_CHOICES,
    FittedStore,
    Interpretation,
    Offer,
    Question,
    ShownOffer,
    Understanding,
    interpret,
    offer_meaning,
    understanding,
)
from dialogs.understanding.rules import AmountProblem, read_amount, read_intent, read_yes_no

__all__ = [
    "ANYWHERE",
    "CAUSES",
    "MISSED_CHOICES",
    "AmountProblem",
    "FittedStore",
    "Interpretation",
    "Offer",
    "Question",
    "ShownOffer",
    "Understanding",
    "interpret",
    "offer_meaning",
    "read_amount",
    "read_intent",
    "read_yes_no",
    "understanding",
]
