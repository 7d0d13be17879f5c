"""Turning channel-neutral replies into words: Jinja2 templates, gettext catalogs and Babel.

The catalogs are read straight from the ``.po`` files and compiled in memory, so a fresh clone
needs no build step and no compiled catalog can go stale. Texts name their language: each
language has its template environment, whose templates carry their messages translated.
"""

from __future__ import annotations

import gettext
import html
import io
import re
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import jinja2
from aiogram.utils.i18n import I18n
from babel import Locale
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_currency, format_decimal, format_percent

from bot.config import BankConfig
from dialogs.domain.money import quantize
from dialogs.domain.vocabulary import LANGUAGES
from dialogs.replies import Label, Money, Reply

ROOT = Path(__file__).resolve().parent.parent
LOCALES_DIR = ROOT / "locales"
TEMPLATES_DIR = ROOT / "dialogs" / "templates"
DOMAIN = "messages"


class CatalogI18n(I18n):
    """aiogram's I18n, fed from the ``.po`` sources instead of compiled ``.mo`` files."""

    def find_locales(self) -> dict[str, gettext.GNUTranslations]:
        translations: dict[str, gettext.GNUTranslations] = {}
        for po in sorted(self.path.glob(f"*/LC_MESSAGES/{self.domain}.po")):
            with po.open("rb") as source:
                catalog = read_po(source, locale=po.parent.parent.name)
            buffer = io.BytesIO()
            write_mo(buffer, catalog, use_fuzzy=False)
            buffer.seek(0)
            translations[po.parent.parent.name] = gettext.GNUTranslations(buffer)
        return translations


@cache
def babel_locale(language: str, currency: str | None = None) -> Locale:
    """The Babel locale for a conversation: the language, refined by where the money is from."""
    if language == "zh":
        return Locale.parse("zh_Hans_CN")
    if language == "hu":
        return Locale.parse("hu_HU")
    return Locale.parse("en_US" if currency == "USD" else "en_GB")


#: Formatted values kept per process. Babel takes 10-20 µs a value, and texts repeat values: an
#: agreement of 60 payments names the same amount 59 times, and every due date is some cardholder's.
FORMATTED_SIZE = 16_384


@lru_cache(maxsize=FORMATTED_SIZE)
def format_money(amount: Decimal, currency: str, language: str) -> str:
    """Money as it is written where the cardholder lives, to the currency's minor unit.

    Babel's own number of decimals for each currency is the product's minor unit (a test checks
    every supported currency), so the amount rounded by the one rule is written as it is.
    """
    locale = babel_locale(language, currency)
    value = quantize(amount, currency) + 0  # + 0: a rounded -0.001 is 0.00, not -0.00
    return format_currency(value, currency, locale=locale)


def format_day(day: date | datetime, language: str, currency: str | None = None) -> str:
    return _format_date(day.date() if isinstance(day, datetime) else day, language, currency)


@lru_cache(maxsize=FORMATTED_SIZE)
def _format_date(day: date, language: str, currency: str | None) -> str:
    return format_date(day, "long", locale=babel_locale(language, currency))


@lru_cache(maxsize=FORMATTED_SIZE)
def format_rate(rate: Decimal, language: str) -> str:
    """An annual rate with one decimal place, e.g. ``13.3%`` / ``13,3%``."""
    return format_percent(rate, "#,##0.0%", locale=babel_locale(language))


@lru_cache(maxsize=FORMATTED_SIZE)
def format_number(value: int | Decimal, language: str) -> str:
    return format_decimal(value, locale=babel_locale(language))


_TAG = re.compile(r"<[^>]+>")


def html_to_text(text: str) -> str:
    """The terminal's view of a Telegram HTML message."""
    return html.unescape(_TAG.sub("", text))


class Texts:
    """Renders replies in a language. One per process; cheap to call.

    Each language has its own template environment (:meth:`environment`): Jinja's i18n
    extension with that language's catalog installed, and filters that write money and dates
    for that language.
    """

    def __init__(self, bank: BankConfig, *, locales_dir: Path = LOCALES_DIR) -> None:
        self.bank = bank
        self.i18n = CatalogI18n(path=locales_dir, default_locale="en", domain=DOMAIN)
        self._environments: dict[str, jinja2.Environment] = {}
        self._banks: dict[str, dict[str, str]] = {}

    def environment(self, language: str) -> jinja2.Environment:
        """The templates of ``language`` (made at first use)."""
        found = self._environments.get(language)
        if found is None:
            found = self._environments[language] = self._make_environment(language)
        return found

    def _make_environment(self, language: str) -> jinja2.Environment:
        translations = self.translations(language)
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
            undefined=jinja2.StrictUndefined,
            extensions=["jinja2.ext.i18n"],
            auto_reload=False,  # templates ship with the code: no look at the file at every render
        )
        # A method the i18n extension adds to the environment at run time, unknown to Jinja's types.
        env.install_gettext_translations(translations, newstyle=True)  # type: ignore[attr-defined]

        def money(value: Money | Decimal, currency: str | None = None) -> str:
            if isinstance(value, Money):
                return format_money(value.amount, value.currency, language)
            if currency is None:
                raise ValueError("money needs a currency")
            return format_money(value, currency, language)

        env.filters.update(
            money=money,
            day=lambda value, currency=None: format_day(value, language, currency),
            rate=lambda value: format_rate(value, language),
            number=lambda value: format_number(value, language),
        )
        return env

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang in LANGUAGES if lang in self.i18n.available_locales)

    def render(self, reply: Reply, language: str) -> str:
        """The reply's text as Telegram HTML (values escaped)."""
        template = self.environment(language).get_template(f"{reply.template}.j2")
        return template.render(
            {"bank": self._bank(language), "language": language, **reply.params}
        ).strip()

    def _bank(self, language: str) -> dict[str, str]:
        """The bank's own texts in ``language``
        (the configuration does not change while running)."""
        found = self._banks.get(language)
        if found is None:
            found = self._banks[language] = {
                "name": self.bank.name(language),
                "contact": self.bank.contact(language),
                "how_to_pay": self.bank.how_to_pay(language),
                "debt_advice": self.bank.debt_advice(language),
                "crisis_help": self.bank.crisis_help(language),
            }
        return found

    def label(self, label: Label, language: str) -> str:
        """A button label, translated, with its values formatted for the language."""
        translations = self.translations(language)
        if label.plural is None:
            text = translations.gettext(label.msgid)
        else:
            text = translations.ngettext(label.msgid, label.plural, label.n or 0)
        return text % self._format_params(label.params, language) if label.params else text

    def translations(self, language: str) -> gettext.NullTranslations:
        """The catalog of ``language`` (messages of a language without one stay in English)."""
        return self.i18n.locales.get(language) or gettext.NullTranslations()

    @staticmethod
    def _format_params(params: Mapping[str, Any], language: str) -> dict[str, str]:
        formatted: dict[str, str] = {}
        for name, value in params.items():
            if isinstance(value, Money):
                formatted[name] = format_money(value.amount, value.currency, language)
            elif isinstance(value, date):
                formatted[name] = format_day(value, language)
            elif isinstance(value, int | Decimal) and not isinstance(value, bool):
                formatted[name] = format_number(value, language)
            else:
                formatted[name] = str(value)
        return formatted
