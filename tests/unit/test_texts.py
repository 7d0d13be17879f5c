"""Every template in every language with realistic values; money, dates, rates, button labels."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from babel.numbers import get_currency_precision
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import BankConfig
from bot.texts import (
    TEMPLATES_DIR,
    Texts,
    format_day,
    format_money,
    format_number,
    format_rate,
    html_to_text,
)
from dialogs.domain.money import MINOR_UNITS, quantize
from dialogs.domain.plans import (
    AccountTerms,
    Option,
    OptionKind,
    Situation,
    build_options,
    counter_offer,
    custom_option,
    pay_now_option,
)
from dialogs.domain.policy import Policy
from dialogs.domain.vocabulary import LANGUAGES, Cause
from dialogs.facts import PlanProgress
from dialogs.replies import Money, Reply, _, _n
from tests.support.desk_cases import desk_cases
from tests.support.english import english_leaks

D = Decimal
NBSP = "\u00a0"
TODAY = date(2026, 11, 23)
BANK = BankConfig()
#: Each language with the currencies its cardholders use.
MARKETS = (("en", "USD"), ("en", "GBP"), ("hu", "HUF"), ("hu", "EUR"), ("zh", "CNY"))
TEMPLATES = sorted(
    path.stem for path in TEMPLATES_DIR.glob("*.j2") if not path.stem.startswith("_")
)
#: ASCII words a Chinese text may carry: currency codes; commands and the bank's own texts are
#: allowed separately.
ZH_ALLOWED = {"CNY", "HUF", "EUR", "USD", "GBP"}
#: Signs that a value reached the text unformatted or a placeholder unfilled.
LEFTOVERS = ("Money(", "Decimal(", "None", "%(", "{{", "{%", "}}", "datetime.", "OptionKind")


@pytest.fixture(scope="module")
def texts() -> Texts:
    return Texts(BANK)


# --- realistic values -----------------------------------------------------------------------------


def _amount(currency: str, value: str) -> Decimal:
    """The same story in every currency: forint amounts are a hundred times larger."""
    return D(value) * (100 if currency == "HUF" else 1)


def account(currency: str) -> AccountTerms:
    return AccountTerms(
        currency=currency,
        balance=_amount(currency, "12345.50"),
        overdue_amount=_amount(currency, "2600.00"),
        minimum_payment=_amount(currency, "450.00"),
        days_past_due=95,
        annual_rate=D("0.18"),
    )


def all_options(currency: str) -> list[Option]:
    """One of each kind: instalments (annuity and flat fee), hardship, holiday, settlement,
    pay now and a counter-offer."""
    terms = account(currency)
    well_off = Situation(
        Cause.JOB_LOSS, _amount(currency, "20000"), _amount(currency, "1000"), D(0), True, 2
    )
    policy = Policy(instalment_terms=(12, 24), max_options=6)
    options = build_options(terms, well_off, policy, TODAY)
    flat = Policy(pricing="flat_fee", instalment_terms=(24,))
    flat_fee = [o for o in build_options(terms, well_off, flat, TODAY) if o.monthly_fee_rate]
    counter = counter_offer(terms, well_off, _amount(currency, "420"), Policy(), TODAY).option
    assert counter is not None
    custom = custom_option(terms, _amount(currency, "1100"), 12, Policy(), TODAY).option
    assert custom is not None
    found = [*options, *flat_fee, pay_now_option(terms, policy, TODAY), counter, custom]
    assert {o.kind for o in found} == set(OptionKind)
    return found


def plan_progress(currency: str, *, paid: int = 3, finished: bool = False) -> PlanProgress:
    return PlanProgress(
        currency=currency,
        payments=12,
        paid=12 if finished else paid,
        remaining=D(0) if finished else _amount(currency, "3456.70"),
        next_due=None if finished else date(2026, 12, 3),
        next_amount=None if finished else _amount(currency, "288.06"),
    )


@dataclass(frozen=True)
class Case:
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    name: str = ""


def cases(language: str, currency: str) -> Iterator[Case]:
    """Every template, every branch it has, with the values the dialogue gives it."""
    terms = account(currency)
    options = all_options(currency)
    special: dict[str, list[Case]] = {
        "options": [
            Case("options", {"options": options[:4]}),
            Case("options", {"options": options}, "all kinds"),
        ],
        "detail": [Case("detail", {"option": o}, o.key) for o in options],
        "agreement": [
            Case(
                "agreement",
                {
                    "option": o,
                    "account": terms,
                    "card_last4": "4321",
                    "currency": currency,
                    "terms_version": "2026-11",
                    "today": TODAY,
                    "grace_days": days,
                    "language": language,
                    "late_fee": _amount(currency, "12") if days == 3 else D(0),
                    "annual_fee_waived": days == 1,
                },
                f"{o.key}, {days} grace days",
            )
            for o in options
            for days in (1, 3)
        ],
        "agreed": [Case("agreed", {"option": o, "currency": currency}, o.key) for o in options[:2]]
        + [Case("agreed", {"option": None, "currency": currency}, "no option")],
        "disclosure": [
            Case("disclosure", {"account": terms, "currency": currency}),
            Case(
                "disclosure",
                {
                    "account": AccountTerms(
                        currency,
                        terms.balance,
                        terms.overdue_amount,
                        terms.minimum_payment,
                        1,
                        D("0.2399"),
                    ),
                    "currency": currency,
                },
                "one day",
            ),
        ],
        "plan": [
            Case("plan", {"plan": plan_progress(currency)}),
            Case("plan", {"plan": plan_progress(currency, paid=1)}, "one paid"),
            Case("plan", {"plan": plan_progress(currency, finished=True)}, "finished"),
        ],
        "amount_problem": [
            Case("amount_problem", {"problem": problem}, problem)
            for problem in ("empty", "not_a_number", "negative", "too_large", "ambiguous", "zero")
        ],
        "counter_outside": [
            Case(
                "counter_outside",
                {"amount": Money(_amount(currency, "50"), currency), "reason": reason},
                reason,
            )
            for reason in ("term_too_long", "never_repays", "below_minimum_recovery")
        ],
        **{
            name: [
                Case(name, {"working": w, "here": h}, f"working={w}, here={h}")
                for w in (True, False)
                for h in (True, False)
            ]
            for name in ("handoff", "handoff_waiting", "already_with_person")
        },
        "help": [Case("help", {"verified": v}, f"verified={v}") for v in (True, False)],
        "last4_wrong": [Case("last4_wrong", {"left": n}, f"left={n}") for n in (1, 2)],
        "ask_counter": [Case("ask_counter", {"max_months": 60})],
        "choose_by_number": [Case("choose_by_number", {"count": 4})],
        "ask_income": [Case("ask_income", {"currency": currency})],
        **{
            name: [Case(name, params, label) for label, params in found]
            for name, found in desk_cases(language, currency, terms, options).items()
        },
        "ask_expenses": [Case("ask_expenses", {"currency": currency})],
        **{
            name: [
                Case(
                    name,
                    {
                        "number": 3,
                        "payments": 12,
                        "amount": Money(_amount(currency, "288.06"), currency),
                        "due": date(2026, 12, 3),
                    },
                )
            ]
            for name in ("reminder_before", "reminder_due", "missed", "missed_note")
        },
        "missed_handoff": [
            Case("missed_handoff", {"reason": r}, r)
            for r in ("missed_payments", "renegotiation_broken")
        ],
        "payment_thanks": [
            Case("payment_thanks", {"plan": plan_progress(currency)}),
            Case("payment_thanks", {"plan": plan_progress(currency, paid=1)}, "one paid"),
        ],
        "money_check": [
            Case(
                "money_check",
                {
                    "income": Money(_amount(currency, "12000"), currency),
                    "spending": Money(_amount(currency, "6000"), currency),
                    "monthly": Money(_amount(currency, "288.06"), currency),
                    "left": Money(_amount(currency, "5711.94"), currency),
                    "short": None,
                },
            ),
            Case(
                "money_check",
                {
                    "income": Money(_amount(currency, "1000"), currency),
                    "spending": Money(_amount(currency, "900"), currency),
                    "monthly": Money(_amount(currency, "288.06"), currency),
                    "left": None,
                    "short": Money(_amount(currency, "188.06"), currency),
                },
                "short",
            ),
            Case(
                "money_check",
                {
                    "income": Money(_amount(currency, "12000"), currency),
                    "spending": Money(_amount(currency, "6000"), currency),
                    "monthly": None,
                    "left": Money(_amount(currency, "6000"), currency),
                    "short": None,
                },
                "plan paid",
            ),
            Case(
                "money_check",
                {"income": None, "spending": None, "monthly": None, "left": None, "short": None},
                "no figures",
            ),
        ],
    }
    for template in TEMPLATES:
        yield from special.get(template, [Case(template)])


RENDERS = [
    pytest.param(
        language,
        currency,
        case,
        id=f"{case.template}-{language}-{currency}" + (f"-{case.name}" if case.name else ""),
    )
    for language, currency in MARKETS
    for case in cases(language, currency)
]


def _bank_words(language: str) -> set[str]:
    values = (
        BANK.name(language),
        BANK.contact(language),
        BANK.how_to_pay(language),
        BANK.debt_advice(language),
        BANK.crisis_help(language),
    )
    return {word for value in values for word in re.findall(r"[A-Za-z]+", value)}


def _ascii_words(text: str, language: str) -> list[str]:
    plain = re.sub(r"/[a-z]+", " ", html_to_text(text))
    allowed = ZH_ALLOWED | _bank_words(language)
    return [word for word in re.findall(r"[A-Za-z]{3,}", plain) if word not in allowed]


# --- every template renders in every language -----------------------------------------------------


def test_the_templates_are_found() -> None:
    assert len(TEMPLATES) > 40
    assert "_macros" not in TEMPLATES


@pytest.mark.parametrize(("language", "currency", "case"), RENDERS)
def test_template_renders(texts: Texts, language: str, currency: str, case: Case) -> None:
    text = texts.render(Reply(case.template, case.params), language)
    plain = html_to_text(text)
    assert plain.strip(), "empty text"
    for value in case.params.values():
        if isinstance(value, Money):
            assert format_money(value.amount, value.currency, language) in plain
    assert not [leftover for leftover in LEFTOVERS if leftover in plain], plain
    if language == "zh":
        assert not _ascii_words(text, language), plain
    if language == "hu":
        assert not english_leaks(plain), plain


@pytest.mark.parametrize(("language", "currency"), MARKETS)
def test_every_template_renders_in_the_language_asked(
    texts: Texts, language: str, currency: str
) -> None:
    """The same template in two languages is never the same text (only English for English)."""
    for case in cases(language, currency):
        english = texts.render(Reply(case.template, case.params), "en")
        text = texts.render(Reply(case.template, case.params), language)
        assert (text == english) == (language == "en"), case


# --- messages translated by Jinja's i18n extension ------------------------------------------------


def test_values_in_a_translated_message_are_escaped(texts: Texts) -> None:
    env = texts.environment("hu")
    template = env.from_string('{{ _("Total to pay: %(total)s.", total=total) }}')
    assert (
        template.render(total="<b>1 & 2</b>") == "Összesen fizetendő: &lt;b&gt;1 &amp; 2&lt;/b&gt;."
    )


# --- values in the text ---------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "currency"), MARKETS)
def test_options_show_every_figure_formatted(texts: Texts, language: str, currency: str) -> None:
    options = all_options(currency)
    text = texts.render(Reply("options", {"options": options}), language)
    for option in options:
        assert format_money(option.monthly, currency, language) in text
        assert format_money(option.total, currency, language) in text
        assert format_day(option.first_due, language, currency) in text
        if option.annual_rate and not option.interest_frozen:
            assert format_rate(option.annual_rate, language) in text


@pytest.mark.parametrize(("language", "currency"), MARKETS)
def test_agreement_lists_every_payment(texts: Texts, language: str, currency: str) -> None:
    option = next(o for o in all_options(currency) if o.kind == OptionKind.HARDSHIP)
    params = {
        "option": option,
        "account": account(currency),
        "card_last4": "4321",
        "currency": currency,
        "terms_version": "2026-11",
        "today": TODAY,
        "grace_days": 3,
        "language": language,
        "late_fee": _amount(currency, "12"),
        "annual_fee_waived": True,
    }
    text = texts.render(Reply("agreement", params), language)
    assert len(option.schedule) == 60
    assert format_money(_amount(currency, "12"), currency, language) in text  # the waived late fee
    for payment in option.schedule:
        assert (
            f"{payment.number}. {format_day(payment.due, language, currency)} — "
            f"{format_money(payment.amount, currency, language)}" in text
        )
    assert format_money(account(currency).balance, currency, language) in text
    assert BANK.name(language) in text
    assert "4321" in text


@pytest.mark.parametrize(
    ("language", "rate", "fee", "monthly"),
    [
        ("zh", "年化利率：13.3%", "0.6%", "¥476.67"),
        ("hu", "Éves kamatláb: 13,3%", "0,6%", "476,67" + NBSP + "CNY"),
        ("en", "Annual rate: 13.3%", "0.6%", "CN¥476.67"),
    ],
)
def test_flat_fee_plan_shows_the_true_annual_rate(
    texts: Texts, language: str, rate: str, fee: str, monthly: str
) -> None:
    """COMPLIANCE.md: 10,000 at a 0.6% monthly fee over 24 months is about 13.3% a year."""
    terms = AccountTerms("CNY", D("10000"), D("10000"), D("500"), 30, D("0.18"))
    situation = Situation(Cause.OTHER, D("100000"), D(0), D(0), False)
    (option,) = build_options(
        terms, situation, Policy(pricing="flat_fee", instalment_terms=(24,)), TODAY
    )
    text = html_to_text(texts.render(Reply("detail", {"option": option}), language))
    assert rate in text
    assert fee in text
    assert monthly in text


@pytest.mark.parametrize(
    ("language", "currency", "remaining", "due"),
    [
        ("zh", "CNY", "¥3,456.70", "2026年12月3日"),
        ("hu", "HUF", f"345{NBSP}670{NBSP}Ft", "2026. december 3."),
        ("hu", "EUR", f"3{NBSP}456,70{NBSP}EUR", "2026. december 3."),
        ("en", "USD", "$3,456.70", "December 3, 2026"),
        ("en", "GBP", "£3,456.70", "3 December 2026"),
    ],
)
def test_plan_progress(
    texts: Texts, language: str, currency: str, remaining: str, due: str
) -> None:
    text = texts.render(Reply("plan", {"plan": plan_progress(currency)}), language)
    assert remaining in text
    assert due in text


def test_language_changed_names_the_new_language(texts: Texts) -> None:
    assert "English" in texts.render(Reply("language_changed"), "en")
    assert "magyarul" in texts.render(Reply("language_changed"), "hu")
    assert "中文" in texts.render(Reply("language_changed"), "zh")


def test_plural_forms_in_templates(texts: Texts) -> None:
    assert "1 more time." in texts.render(Reply("last4_wrong", {"left": 1}), "en")
    assert "2 more times." in texts.render(Reply("last4_wrong", {"left": 2}), "en")
    assert "Még 1 alkalommal" in texts.render(Reply("last4_wrong", {"left": 1}), "hu")
    assert "还可以再试2次" in texts.render(Reply("last4_wrong", {"left": 2}), "zh")


# --- Babel formatting, exactly --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "currency", "language", "expected"),
    [
        ("12345.5", "CNY", "zh", "¥12,345.50"),
        ("0.5", "CNY", "zh", "¥0.50"),
        ("12345.5", "HUF", "hu", f"12{NBSP}346{NBSP}Ft"),
        ("1234567", "HUF", "hu", f"1{NBSP}234{NBSP}567{NBSP}Ft"),
        ("999", "HUF", "hu", f"999{NBSP}Ft"),
        ("12345.5", "EUR", "hu", f"12{NBSP}345,50{NBSP}EUR"),
        ("12345.5", "USD", "en", "$12,345.50"),
        ("12345.5", "GBP", "en", "£12,345.50"),
        ("12345.5", "EUR", "en", "€12,345.50"),
        ("1000000", "USD", "en", "$1,000,000.00"),
    ],
)
def test_format_money(amount: str, currency: str, language: str, expected: str) -> None:
    assert format_money(D(amount), currency, language) == expected


@pytest.mark.parametrize("currency", sorted(MINOR_UNITS))
def test_babel_writes_each_currency_to_its_minor_unit(currency: str) -> None:
    """format_money relies on it: Babel's decimals for a currency are the product's minor unit."""
    assert get_currency_precision(currency) == MINOR_UNITS[currency]


@settings(max_examples=300, deadline=None)
@given(
    amount=st.decimals(
        min_value=-(10**9), max_value=10**9, places=4, allow_nan=False, allow_infinity=False
    ),
    currency=st.sampled_from(sorted(MINOR_UNITS)),
    language=st.sampled_from(LANGUAGES),
)
def test_money_is_written_as_it_was_rounded(amount: Decimal, currency: str, language: str) -> None:
    """The text shows the amount rounded by the one rule, never Babel's own rounding of it."""
    text = format_money(amount, currency, language)
    digits = "".join(ch for ch in text if ch.isdigit())
    rounded = quantize(amount, currency)
    assert digits.lstrip("0") == str(abs(rounded)).replace(".", "").lstrip("0")
    assert ("-" in text) == (rounded < 0)


@pytest.mark.parametrize(
    ("language", "currency", "expected"),
    [
        ("en", "USD", "December 3, 2026"),
        ("en", "GBP", "3 December 2026"),
        ("en", None, "3 December 2026"),
        ("zh", "CNY", "2026年12月3日"),
        ("hu", "HUF", "2026. december 3."),
        ("hu", "EUR", "2026. december 3."),
    ],
)
def test_format_day(language: str, currency: str | None, expected: str) -> None:
    assert format_day(date(2026, 12, 3), language, currency) == expected


@pytest.mark.parametrize(
    ("language", "expected"), [("en", "13.3%"), ("zh", "13.3%"), ("hu", "13,3%")]
)
def test_format_rate(language: str, expected: str) -> None:
    assert format_rate(D("0.1327"), language) == expected


def test_format_number() -> None:
    assert format_number(12345, "en") == "12,345"
    assert format_number(12345, "zh") == "12,345"
    assert format_number(12345, "hu") == f"12{NBSP}345"


# --- button labels --------------------------------------------------------------------------------


def instalments_label(n: int, currency: str) -> Any:
    return _n(
        "%(number)s. %(n)s payment of %(amount)s",
        "%(number)s. %(n)s monthly payments of %(amount)s",
        n,
        number=2,
        amount=Money(_amount(currency, "470"), currency),
    )


@pytest.mark.parametrize(
    ("language", "currency", "one", "five"),
    [
        (
            "hu",
            "HUF",
            f"2. 1 részlet: 47{NBSP}000{NBSP}Ft",
            f"2. 5 hónapig havi 47{NBSP}000{NBSP}Ft",
        ),
        ("en", "USD", "2. 1 payment of $470.00", "2. 5 monthly payments of $470.00"),
        ("zh", "CNY", "2. 分1期，每期¥470.00", "2. 分5期，每期¥470.00"),
    ],
)
def test_plural_label_picks_the_form(
    texts: Texts, language: str, currency: str, one: str, five: str
) -> None:
    assert texts.label(instalments_label(1, currency), language) == one
    assert texts.label(instalments_label(5, currency), language) == five


@pytest.mark.parametrize(
    ("language", "one", "five"),
    [
        ("hu", "1 hónap múlva", "5 hónap múlva"),
        ("en", "In 1 month", "In 5 months"),
        ("zh", "1个月后", "5个月后"),
    ],
)
def test_months_label(texts: Texts, language: str, one: str, five: str) -> None:
    assert texts.label(_n("In %(n)s month", "In %(n)s months", 1), language) == one
    assert texts.label(_n("In %(n)s month", "In %(n)s months", 5), language) == five


def test_labels_with_values(texts: Texts) -> None:
    pay_now = _("%(number)s. Pay %(amount)s now", number=1, amount=Money(D("260000"), "HUF"))
    assert texts.label(pay_now, "hu") == f"1. Befizetés most: 260{NBSP}000{NBSP}Ft"
    settle = _(
        "%(number)s. Settle with one payment of %(amount)s",
        number=3,
        amount=Money(D("9259.13"), "CNY"),
    )
    assert texts.label(settle, "zh") == "3. 一次性结清¥9,259.13"
    holiday = _n(
        "%(number)s. Pause %(n)s month, then %(amount)s a month",
        "%(number)s. Pause %(n)s months, then %(amount)s a month",
        2,
        number=4,
        amount=Money(D("1028.79"), "EUR"),
    )
    assert texts.label(holiday, "hu") == f"4. 2 hónap szünet, utána havi 1{NBSP}028,79{NBSP}EUR"
    assert texts.label(holiday, "en") == "4. Pause 2 months, then €1,028.79 a month"


@pytest.mark.parametrize("language", ("hu", "zh"))
def test_plain_labels_are_translated(texts: Texts, language: str) -> None:
    for msgid in (
        "Talk to a person",
        "I agree",
        "Back to the options",
        "Choose this plan",
        "I lost my job",
    ):
        label = texts.label(_(msgid), language)
        assert label and label != msgid
