"""Money: ``Decimal`` quantized to the currency's minor unit, with one rounding rule.

Every amount the product stores, shows or compares passes through :func:`quantize`, so a
schedule, a payment and a reminder always agree to the last minor unit.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

#: Digits after the decimal point as banks bill them. The forint has had no fillér since
#: 1999 and Hungarian card statements are in whole forints, so HUF has none.
MINOR_UNITS: dict[str, int] = {"CNY": 2, "HUF": 0, "EUR": 2, "USD": 2, "GBP": 2}

SUPPORTED_CURRENCIES = frozenset(MINOR_UNITS)

#: Currencies in which a month's money runs to hundreds of thousands, so people say it in
#: thousands: "kézhez 245" is 245,000 Ft (no income, rent or instalment is a few hundred forints).
SAID_IN_THOUSANDS = frozenset({"HUF"})

#: The one rounding rule: half away from zero, as on a bank statement.
ROUNDING = ROUND_HALF_UP


class UnknownCurrency(ValueError):
    pass


def minor_unit(currency: str) -> Decimal:
    """The smallest amount of ``currency``: 0.01 for most, 1 for the forint."""
    try:
        digits = MINOR_UNITS[currency]
    except KeyError:
        raise UnknownCurrency(currency) from None
    return Decimal(1).scaleb(-digits)


def quantize(amount: Decimal | int | str, currency: str) -> Decimal:
    """Round ``amount`` to ``currency``'s minor unit with the one rounding rule."""
    value = amount if isinstance(amount, Decimal) else Decimal(amount)
    return value.quantize(minor_unit(currency), rounding=ROUNDING)


def parse_amount(text: str, currency: str) -> Decimal:
    """Read a machine-written amount (CSV, config): major units with a dot, e.g. ``1234.50``.

    Raises ``ValueError`` for anything else; cardholders' typing goes through
    ``dialogs.understanding`` instead.
    """
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise ValueError(f"not an amount: {text!r}") from None
    if not value.is_finite():
        raise ValueError(f"not an amount: {text!r}")
    if value != quantize(value, currency):
        raise ValueError(f"{text!r} has more digits than {currency} allows")
    return quantize(value, currency)


def split_evenly(total: Decimal, parts: int, currency: str) -> list[Decimal]:
    """``parts`` equal amounts that add up to ``total`` exactly; the last absorbs rounding."""
    if parts < 1:
        raise ValueError("parts must be at least 1")
    each = quantize(total / parts, currency)
    return [each] * (parts - 1) + [quantize(total - each * (parts - 1), currency)]
