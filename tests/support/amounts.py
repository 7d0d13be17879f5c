"""Amounts read as the dialogue reads them, for the tests of the amount rules."""

from __future__ import annotations

from dialogs.understanding.rules import AmountReading, read_amount


def read_as_asked(text: str, language: str, asked: str) -> AmountReading:
    """``read_amount`` as the dialogue calls it at ``asked``, in the language's usual currency
    (forints counted in thousands)."""
    return read_amount(
        text,
        language,
        items=asked != "counter",
        owed=asked == "other_debts",
        offer=asked == "counter",
        in_thousands=language == "hu",
        asked=asked,
    )
