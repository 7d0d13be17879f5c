"""Repayment plans: the options a cardholder may choose from, and the arithmetic behind them.

Pure functions, no I/O. Money is ``Decimal`` rounded only by
:func:`dialogs.domain.money.quantize`; dates are ``datetime.date``. The dialogue shows every
field of an :class:`Option` as it is, so each one is computed to be exactly true of the
schedule it comes with.

Conventions, and why:

* **Schedules.** The first payment falls due ``policy.first_due_days`` after today (a
  settlement ``policy.settlement_due_days``), the rest on the same day of each following
  month (:func:`add_months`, anchored to that first date so a 31st never drifts to the 28th).
  Regular payments are equal; the last absorbs the rounding, so the schedule adds up to
  ``total`` to the minor unit (:func:`dialogs.domain.money.split_evenly`). A plan in which
  some payment would be zero or negative (a tiny balance spread over many months) is not
  offered.
* **Totals.** Annuity: ``total = n * P * r / (1 - (1+r)^-n)``, rounded once, which gives the
  figures in COMPLIANCE.md (10,000 at 12 % over 24 months: 470.73 a month, 11,297.63 in all;
  the last payment is 470.84). Flat fee (分期手续费): ``total = P + n * P * f``. Interest-free
  plans (hardship, holiday, and a hardship cardholder's own proposal) repay exactly the balance.
* **Annual rate.** :func:`annual_rate_of` solves the monthly internal rate of return of the
  real cash flows and reports 12 x that, to 4 decimals. Payment *k* counts as month *k*
  (month *h + k* after a holiday of *h* months), although the first falls due sooner: the
  usual convention for monthly plans, and the one behind the COMPLIANCE figures. A plan that
  repays no more than its principal has rate 0.
* **Never dearer than the card.** An instalment plan is priced at
  ``min(policy.instalment_annual_rate, account.annual_rate)``, or at ``policy.monthly_fee_rate``.
  Rounding the payments, or a flat fee (whose true rate is nearly twice the nominal
  ``12 * f``), can still push the true rate above the card's own. Then the price is lowered
  along a grid of 0.000001 (rate a year, or fee a month), by bisection, to the dearest price
  whose true annual rate is not above ``account.annual_rate`` and whose saving is not
  negative. The fee actually charged is the one in ``Option.monthly_fee_rate``.
* **Saving against the current terms.** What the cardholder would pay for the same principal
  if nothing were agreed: the card's own annual rate charged as an annuity over the same span
  (the months until the option's last payment), plus the late fee that would be charged
  (``policy.late_fee[currency]``). ``saving = that baseline total - option total``; the
  pricing rules above keep it non-negative. For paying the overdue amount now, the saving is
  the waived late fee itself.
* **Cost** is what the cardholder pays on top of the principal (interest and fees):
  ``total - principal``, and 0 for a settlement, whose forgiven part shows in ``saving``.
* **An own proposal** (:func:`counter_offer`) is priced like the plans the cardholder is offered:
  interest frozen where the hardship plan applies to them (:attr:`Situation.hardship_applies`,
  the one test :func:`build_options` uses too), otherwise the instalment price above. Its n
  payments of the proposed amount cost what the instalment plan of n payments costs (the totals
  above); n is the smallest term whose total n such payments cover, and the last payment is the
  rest of that total, never more than the amount proposed. Paying more than the level payment
  early for the same total makes the true rate a little higher than that plan's. Where that
  would be dearer than the card (a price at or near the card's own rate, or a flat fee on a
  cheap card), the plan costs the card's own rate instead: the balance grows by it each month,
  the proposed amount comes off, and the last payment is what is left; no fee is named. So an
  own proposal is never cheaper than the offered plan of the same term (its total and its true
  rate are at least that plan's) unless the card's own rate caps it.
"""

from __future__ import annotations

import calendar
import dataclasses
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal, localcontext
from enum import StrEnum

from dialogs.domain.money import minor_unit, quantize, split_evenly
from dialogs.domain.policy import Policy
from dialogs.domain.vocabulary import HARDSHIP_CAUSES, Cause

ZERO = Decimal(0)
ONE = Decimal(1)
#: Annual rates are shown with 4 decimals: 0.1330 is 13.30 %.
RATE_PLACES = Decimal("0.0001")
#: The finest step by which a price is lowered to keep a plan within the card's own rate.
PRICE_STEP = Decimal("0.000001")
#: Bisection of the monthly rate of return stops when the bracket is this narrow;
#: 12 x 1e-12 is far below the 4 decimals shown.
IRR_TOLERANCE = Decimal("1e-12")
#: Digits the rate is solved with: a run's closed form subtracts nearly equal powers when the
#: rate is tiny, so it works with more than the default 28.
IRR_DIGITS = 40


class OptionKind(StrEnum):
    PAY_NOW = "pay_now"
    INSTALMENT = "instalment"
    HARDSHIP = "hardship"
    SETTLEMENT = "settlement"
    HOLIDAY = "holiday"
    COUNTER = "counter"
    CUSTOM = "custom"  # made by a specialist (``/offer``)


@dataclass(frozen=True, slots=True)
class AccountTerms:
    """What the bank imported about the card account."""

    currency: str
    balance: Decimal
    overdue_amount: Decimal
    minimum_payment: Decimal
    days_past_due: int
    annual_rate: Decimal


@dataclass(frozen=True, slots=True)
class Situation:
    """What the cardholder told us; monthly amounts, income may be 0."""

    cause: Cause
    income: Decimal
    expenses: Decimal
    other_debts: Decimal
    temporary: bool
    recovery_months: int | None = None

    @property
    def hardship_applies(self) -> bool:
        """Whether the hardship plan (interest frozen, longest term) is for this cardholder.

        The cause decides; whether its payments fit the budget is judged like every option's.
        """
        return self.cause in HARDSHIP_CAUSES


@dataclass(frozen=True, slots=True)
class ScheduledPayment:
    number: int
    due: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Option:
    """One repayment option, with everything the cardholder is shown about it."""

    kind: OptionKind
    key: str
    currency: str
    principal: Decimal
    payments: int
    monthly: Decimal
    first_due: date
    schedule: tuple[ScheduledPayment, ...]
    total: Decimal
    cost: Decimal
    saving: Decimal
    annual_rate: Decimal
    holiday_months: int = 0
    interest_frozen: bool = False
    monthly_fee_rate: Decimal | None = None


@dataclass(frozen=True, slots=True)
class CounterOffer:
    """The answer to an amount the cardholder proposed: a plan, or why it needs a person."""

    option: Option | None
    reason: str | None
    months_needed: int | None


# --- dates and rates -----------------------------------------------------------------------


@functools.lru_cache(maxsize=16384)
def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, clamped to the month's end (Jan 31 + 1 = Feb 28/29).

    Cached: every schedule priced on one day starts from the same few anchors.
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def present_value(payments: Sequence[tuple[int, Decimal]], monthly_rate: Decimal) -> Decimal:
    """What ``(month, amount)`` payments are worth today, discounted at ``monthly_rate``."""
    growth = ONE + monthly_rate
    return sum((amount / growth**month for month, amount in payments), ZERO)


@functools.lru_cache(maxsize=1024)
def _due_dates(anchor: date, holiday_months: int, payments: int) -> tuple[date, ...]:
    """The due dates of ``payments`` monthly payments from ``anchor`` after a holiday: the same
    few schedules are priced again and again on one day."""
    return tuple(add_months(anchor, holiday_months + k) for k in range(payments))


def annual_rate_of(principal: Decimal, payments: Sequence[tuple[int, Decimal]]) -> Decimal:
    """The true nominal annual rate (12 x monthly IRR) of lending ``principal`` today.

    ``payments`` are ``(month, amount)`` with months counted from 1. Solved in ``Decimal`` so the
    figure shown is reproducible to the last digit; 0 when the payments add up to no more than
    the principal (interest-free, or a discount).

    The surplus (present value less principal) is convex and falling in the rate, so Newton's
    method started at 0 climbs to the root from below without overshooting: a handful of steps
    where bisection took forty (options are priced several times in each negotiation). A plan's
    payments are runs of equal amounts in consecutive months (all but the last, usually), and a
    run is discounted in closed form: a step costs a few operations per run, not per payment.
    """
    runs, total = _runs(payments)
    if principal <= 0 or total <= principal:
        return ZERO.quantize(RATE_PLACES)
    rate = ZERO
    with localcontext(prec=IRR_DIGITS):
        for _ in range(200):
            shrink = ONE / (ONE + rate)
            worth, weighted = _discounted(runs, shrink)
            # d/drate of amount x shrink^month is -month x amount x shrink^month x shrink.
            step = (worth - principal) / (-weighted * shrink)  # negative while below the root
            rate -= step
            if -step <= IRR_TOLERANCE / 1000:
                break
    return (12 * rate).quantize(RATE_PLACES, rounding=ROUND_HALF_UP)


def _runs(
    payments: Sequence[tuple[int, Decimal]],
) -> tuple[list[tuple[int, int, Decimal]], Decimal]:
    """``(first month, last month, amount)`` for each run of one amount in consecutive months
    (payments of 0 left out), and the payments' sum."""
    runs: list[tuple[int, int, Decimal]] = []
    total = ZERO
    for month, amount in payments:
        if month < 1:
            raise ValueError("payment months are counted from 1")
        if not amount:
            continue
        total += amount
        if runs and runs[-1][2] == amount and runs[-1][1] == month - 1:
            runs[-1] = (runs[-1][0], month, amount)
        else:
            runs.append((int(month), int(month), Decimal(amount)))
    return runs, total


def _discounted(
    runs: Sequence[tuple[int, int, Decimal]], shrink: Decimal
) -> tuple[Decimal, Decimal]:
    """``sum(amount x shrink^month)`` and ``sum(month x amount x shrink^month)`` over the runs.

    With x = shrink, a run from month f to l sums x^f..x^l = (x^f - x^(l+1)) / (1 - x), and
    f x^f..l x^l = (f x^f - (l+1) x^(l+1)) / (1 - x) + x (x^f - x^(l+1)) / (1 - x)^2.
    """
    worth = weighted = ZERO
    if shrink == ONE:  # rate 0: plain sums
        for first, last, amount in runs:
            count = last - first + 1
            worth += amount * count
            weighted += amount * count * (first + last) / 2
        return worth, weighted
    gap = ONE - shrink
    for first, last, amount in runs:
        head, tail = shrink**first, shrink ** (last + 1)
        worth += amount * (head - tail) / gap
        weighted += amount * (
            (first * head - (last + 1) * tail) / gap + shrink * (head - tail) / (gap * gap)
        )
    return worth, weighted


def _annuity_total(principal: Decimal, annual_rate: Decimal, months: int, currency: str) -> Decimal:
    """``months`` annuity payments of ``principal`` at ``annual_rate``, summed and rounded once."""
    rate = annual_rate / 12
    if rate <= 0:
        return quantize(principal, currency)
    payment = principal * rate / (ONE - (ONE + rate) ** -months)
    return quantize(payment * months, currency)


def _flat_fee_total(principal: Decimal, fee_rate: Decimal, months: int, currency: str) -> Decimal:
    """The principal plus ``months`` flat monthly fees of ``fee_rate`` x principal."""
    return quantize(principal + quantize(principal * fee_rate * months, currency), currency)


def _instalment_price(account: AccountTerms, policy: Policy) -> Decimal:
    """The price an instalment plan starts from: ``policy.monthly_fee_rate`` for a flat fee,
    else the policy's annual rate, no higher than the card's own."""
    if policy.pricing == "flat_fee":
        return policy.monthly_fee_rate
    return min(policy.instalment_annual_rate, max(ZERO, account.annual_rate))


def _priced_total(
    principal: Decimal, policy: Policy, price: Decimal, months: int, currency: str
) -> Decimal:
    """What ``principal`` costs over ``months`` payments at ``price``: an annuity or a flat fee."""
    if policy.pricing == "flat_fee":
        return _flat_fee_total(principal, price, months, currency)
    return _annuity_total(principal, price, months, currency)


# --- affordability and the baseline --------------------------------------------------------


def affordable_monthly(situation: Situation, policy: Policy, currency: str) -> Decimal:
    """The share of what is left after essentials and other debts that may go to the card.

    Never negative: someone with no income, or more outgoings than income, can afford 0.
    """
    left = situation.income - situation.expenses - situation.other_debts
    return quantize(policy.affordability_share * max(ZERO, left), currency)


def _late_fee(policy: Policy, currency: str) -> Decimal:
    return quantize(policy.late_fee.get(currency, ZERO), currency)


def _baseline_total(
    account: AccountTerms, policy: Policy, principal: Decimal, span: int
) -> Decimal:
    """What ``principal`` costs over ``span`` months on the current terms (see module doc)."""
    currency = account.currency
    rate = max(ZERO, account.annual_rate)
    return _annuity_total(principal, rate, span, currency) + _late_fee(policy, currency)


# --- building one option -------------------------------------------------------------------


def _option(
    kind: OptionKind,
    key: str,
    account: AccountTerms,
    policy: Policy,
    principal: Decimal,
    amounts: Sequence[Decimal],
    anchor: date,
    *,
    holiday_months: int = 0,
    interest_frozen: bool = False,
    monthly_fee_rate: Decimal | None = None,
) -> Option | None:
    """The option paying ``amounts`` monthly from ``anchor`` (+ holiday); None if one is not > 0.

    Every derived figure (total, cost, rate, saving) is computed from the schedule itself.
    """
    if not amounts or any(amount <= 0 for amount in amounts):
        return None
    schedule = tuple(
        map(
            ScheduledPayment,
            range(1, len(amounts) + 1),
            _due_dates(anchor, holiday_months, len(amounts)),
            amounts,
        )
    )
    total = sum(amounts, ZERO)
    months = [(holiday_months + p.number, p.amount) for p in schedule]
    span = holiday_months + len(amounts)
    return Option(
        kind=kind,
        key=key,
        currency=account.currency,
        principal=principal,
        payments=len(amounts),
        monthly=amounts[0],
        first_due=schedule[0].due,
        schedule=schedule,
        total=total,
        cost=max(ZERO, total - principal),
        saving=_baseline_total(account, policy, principal, span) - total,
        annual_rate=annual_rate_of(principal, months),
        holiday_months=holiday_months,
        interest_frozen=interest_frozen,
        monthly_fee_rate=monthly_fee_rate,
    )


def _first_due(policy: Policy, today: date) -> date:
    return today + timedelta(days=policy.first_due_days)


def _within_card_terms(option: Option | None, account: AccountTerms) -> Option | None:
    """The option if it is no dearer than the card (rate and total), else None."""
    if option is None or option.annual_rate > account.annual_rate or option.saving < 0:
        return None
    return option


def _dearest_within(price: Decimal, build: Callable[[Decimal], Option | None]) -> Option | None:
    """``build(price)``, or at the highest lower price on the PRICE_STEP grid that passes.

    ``build`` returns None for a price that breaks the card's terms. Price 0 is interest-free
    and passes unless the schedule itself is impossible (then there is no plan).
    Bisection keeps a passing ``low`` and a failing ``high``, so the answer passes even where
    rounding makes the test not quite monotonic.
    """
    option = build(price)
    if option is not None:
        return option
    found = build(ZERO)
    if found is None:
        return None
    low, high = 0, int((price / PRICE_STEP).to_integral_value(rounding=ROUND_CEILING))
    while high - low > 1:
        middle = (low + high) // 2
        candidate = build(middle * PRICE_STEP)
        if candidate is None:
            high = middle
        else:
            low, found = middle, candidate
    return found


def _instalment(account: AccountTerms, policy: Policy, months: int, today: date) -> Option | None:
    """The whole balance over ``months`` equal payments, priced by ``policy.pricing``."""
    currency, principal = account.currency, quantize(account.balance, account.currency)
    flat = policy.pricing == "flat_fee"

    def build(price: Decimal) -> Option | None:
        total = _priced_total(principal, policy, price, months, currency)
        option = _option(
            OptionKind.INSTALMENT,
            f"instalment-{months}",
            account,
            policy,
            principal,
            split_evenly(total, months, currency),
            _first_due(policy, today),
            monthly_fee_rate=price if flat else None,
        )
        return _within_card_terms(option, account)

    return _dearest_within(_instalment_price(account, policy), build)


def _interest_free(
    kind: OptionKind,
    key: str,
    account: AccountTerms,
    policy: Policy,
    months: int,
    today: date,
    holiday_months: int = 0,
) -> Option | None:
    """The balance split evenly over ``months`` payments with interest frozen."""
    principal = quantize(account.balance, account.currency)
    if principal <= 0:
        return None
    return _option(
        kind,
        key,
        account,
        policy,
        principal,
        split_evenly(principal, months, account.currency),
        _first_due(policy, today),
        holiday_months=holiday_months,
        interest_frozen=True,
    )


def _hardship(account: AccountTerms, policy: Policy, today: date) -> Option | None:
    """Interest frozen over the longest term (停息挂账; CONC 7.3 forbearance); at most 60 months."""
    months = min(policy.hardship_term_months, 60)
    return _interest_free(OptionKind.HARDSHIP, f"hardship-{months}", account, policy, months, today)


def _holiday_months(situation: Situation, policy: Policy) -> int:
    """As long as the cardholder expects the drop to last, within 1..holiday_max_months."""
    wanted = situation.recovery_months
    if wanted is None:
        wanted = policy.holiday_max_months
    return max(1, min(wanted, policy.holiday_max_months))


def _holiday(
    account: AccountTerms, situation: Situation, policy: Policy, today: date
) -> Option | None:
    """No payment for h months, then the balance interest-free (Breathing Space, CCD Art. 35)."""
    months = _holiday_months(situation, policy)
    term = policy.holiday_repayment_months
    return _interest_free(
        OptionKind.HOLIDAY, f"holiday-{months}-{term}", account, policy, term, today, months
    )


def _settlement(account: AccountTerms, policy: Policy, today: date) -> Option | None:
    """One discounted lump sum, only for accounts long enough past due."""
    if account.days_past_due < policy.settlement_min_days_past_due:
        return None
    principal = quantize(account.balance, account.currency)
    amount = quantize(principal * (ONE - policy.settlement_discount), account.currency)
    due = today + timedelta(days=policy.settlement_due_days)
    return _option(OptionKind.SETTLEMENT, "settlement", account, policy, principal, [amount], due)


# --- the public entry points ---------------------------------------------------------------


def pay_now_option(account: AccountTerms, policy: Policy, today: date) -> Option:
    """Pay the overdue amount in one go, with the late fee waived; the saving is that fee.

    Offered by the dialogue to those who simply forgot. An overdue amount of 0 still gives an
    option (one payment of 0), so the caller never has to handle None.
    """
    currency = account.currency
    amount = quantize(account.overdue_amount, currency)
    due = _first_due(policy, today)
    return Option(
        kind=OptionKind.PAY_NOW,
        key="pay_now",
        currency=currency,
        principal=amount,
        payments=1,
        monthly=amount,
        first_due=due,
        schedule=(ScheduledPayment(1, due, amount),),
        total=amount,
        cost=ZERO,
        saving=_late_fee(policy, currency),
        annual_rate=ZERO.quantize(RATE_PLACES),
    )


def _candidates(
    account: AccountTerms,
    situation: Situation,
    policy: Policy,
    today: date,
    affordable: Decimal | None = None,
) -> list[Option]:
    """Every option the policy allows for this account and cause; with ``affordable``, less
    those that cannot fit it whatever their price.

    A plan of n payments repays at least the principal, so its largest payment is at least
    principal / n: a term too short for that is not priced at all (pricing is most of the work).
    """
    principal = quantize(account.balance, account.currency)

    def may_fit(payments: int) -> bool:
        return affordable is None or principal <= affordable * payments

    terms = sorted(
        {n for n in policy.instalment_terms if n <= policy.max_term_months and may_fit(n)}
    )
    found = [_instalment(account, policy, n, today) for n in terms]
    if situation.hardship_applies and may_fit(min(policy.hardship_term_months, 60)):
        found.append(_hardship(account, policy, today))
    found.append(_settlement(account, policy, today))
    return [option for option in found if option is not None]


def _fits(option: Option, affordable: Decimal) -> bool:
    """Every payment, the last one (which absorbs rounding) included, within what is affordable."""
    return max(p.amount for p in option.schedule) <= affordable


def _order(option: Option) -> tuple[Decimal, Decimal, str]:
    return option.monthly, option.total, option.key


def build_options(
    account: AccountTerms, situation: Situation, policy: Policy, today: date
) -> list[Option]:
    """The options to show, cheapest monthly first, at most ``policy.max_options``.

    Only options whose every payment fits what the cardholder can afford. A temporary drop
    always gets the payment holiday, affordable today or not: its payments start after the
    expected recovery, and deferral is the forbearance the rules name for a temporary
    difficulty (CONC 7.3, CCD Art. 35). It keeps a place even when ``max_options`` cheaper
    options exist. A lasting drop with nothing affordable gets [] and goes to a person.
    """
    affordable = affordable_monthly(situation, policy, account.currency)
    candidates = _candidates(account, situation, policy, today, affordable)
    offered = sorted((o for o in candidates if _fits(o, affordable)), key=_order)
    holiday = _holiday(account, situation, policy, today) if situation.temporary else None
    if holiday is None:
        return offered[: policy.max_options]
    return sorted([*offered[: policy.max_options - 1], holiday], key=_order)


def counter_offer(
    account: AccountTerms,
    situation: Situation,
    monthly: Decimal,
    policy: Policy,
    today: date,
) -> CounterOffer:
    """Turn an amount the cardholder proposes into a plan priced like the plans they are offered.

    Interest frozen if the hardship plan applies to them (:attr:`Situation.hardship_applies`),
    otherwise the instalment price (``policy.pricing``). n payments of ``monthly`` cost what the
    instalment plan of n payments costs, n is the smallest term whose total n such payments
    cover, and the last payment is the rest of that total, cut back only where the card's own
    rate demands it (see the module notes). Inside policy when
    ``n <= policy.max_term_months`` and the payments, discounted at
    ``policy.discount_annual_rate / 12`` a month, are worth at least ``policy.min_recovery``
    of the balance today. Otherwise ``option`` is None and ``reason`` says why, so the dialogue
    can hand it to a person: ``not_positive`` (a zero or negative amount, or nothing to repay),
    ``never_repays`` (not more than one month's interest or fee on the balance),
    ``term_too_long``, ``below_minimum_recovery``.
    """
    currency = account.currency
    amount = quantize(monthly, currency)
    balance = quantize(account.balance, currency)
    if amount <= 0 or balance <= 0:
        return CounterOffer(None, "not_positive", None)
    frozen = situation.hardship_applies
    price = ZERO if frozen else _instalment_price(account, policy)
    flat = policy.pricing == "flat_fee"
    monthly_charge = balance * (price if flat else price / 12)
    if amount <= monthly_charge:
        return CounterOffer(None, "never_repays", None)
    months = _months_to_repay(balance, amount, policy, price, currency)
    if months is None:
        beyond = max(policy.max_term_months + 1, _months_beyond(balance, amount, price, flat))
        return CounterOffer(None, "term_too_long", beyond)

    def build(amounts: list[Decimal], fee: Decimal | None) -> Option | None:
        option = _option(
            OptionKind.COUNTER,
            f"counter-{len(amounts)}",
            account,
            policy,
            balance,
            amounts,
            _first_due(policy, today),
            interest_frozen=frozen,
            monthly_fee_rate=fee,
        )
        return _within_card_terms(option, account)

    rest = _priced_total(balance, policy, price, months, currency) - amount * (months - 1)
    option = build([amount] * (months - 1) + [rest], price if flat and not frozen else None)
    if option is None:
        option = _at_card_rate(account, balance, amount, months, build)
    payments = [(p.number, p.amount) for p in option.schedule]
    worth = present_value(payments, policy.discount_annual_rate / 12)
    if worth < policy.min_recovery * balance:
        return CounterOffer(None, "below_minimum_recovery", option.payments)
    return CounterOffer(option, None, option.payments)


def _at_card_rate(
    account: AccountTerms,
    balance: Decimal,
    amount: Decimal,
    months: int,
    build: Callable[[list[Decimal], Decimal | None], Option | None],
) -> Option:
    """Payments of ``amount`` repaying ``balance`` at the card's own rate, for a plan priced
    like the offered ones that would be dearer than the card.

    Paying more than the level payment early for the same total raises the true rate, and a
    flat fee's true rate can be above a cheap card's: then the plan costs the card's own rate
    instead, so no fee is named. The balance grows by that rate each month and each payment
    takes ``amount`` off, which gives the number of payments (no more than the ``months`` the
    priced plan needed). The last payment is what is left: the largest one, up to ``amount``,
    that keeps the plan within the card's terms as :func:`_within_card_terms` judges them
    (``build`` returns None otherwise; bisection in minor units), or none if even one unit is
    too much. The regular payments alone underpay at the card's rate, so they are within it.
    """
    growth = ONE + max(ZERO, account.annual_rate) / 12
    owed, regular = balance * growth, list[Decimal]()
    while owed > amount and len(regular) < months - 1:
        regular.append(amount)
        owed = (owed - amount) * growth
    found = build([*regular, amount], None)
    if found is not None:
        return found
    unit = minor_unit(account.currency)
    low, high = 0, int(amount / unit)  # 0: no last payment
    found = build(regular, None) if regular else None
    while high - low > 1:
        middle = (low + high) // 2
        candidate = build([*regular, middle * unit], None)
        if candidate is None:
            high = middle
        else:
            low, found = middle, candidate
    if found is None:  # pragma: no cover - one unit alone, or the regular payments, are within
        raise ValueError("no plan within the card's terms")
    return found


def _months_to_repay(
    balance: Decimal, amount: Decimal, policy: Policy, price: Decimal, currency: str
) -> int | None:
    """The fewest payments of ``amount`` that cover the total of a plan of that many payments
    at ``price``, or None if more than ``policy.max_term_months`` would be needed.

    A total is never below the balance, so fewer than ``balance / amount`` payments never do.
    """
    unit = minor_unit(currency)
    fewest = -(-int(balance / unit) // int(amount / unit))  # exact ceiling in minor units
    for months in range(fewest, policy.max_term_months + 1):
        if amount * months >= _priced_total(balance, policy, price, months, currency):
            return months
    return None


def _months_beyond(balance: Decimal, amount: Decimal, price: Decimal, flat: bool) -> int:
    """Roughly how many payments of ``amount`` a plan beyond the longest term would take: the
    term at which the level payment at ``price`` falls to ``amount`` (no rounding)."""
    if price == 0:
        return int((balance / amount).to_integral_value(rounding=ROUND_CEILING))
    if flat:
        needed = balance / (amount - balance * price)
    else:
        rate = price / 12
        needed = (amount / (amount - balance * rate)).ln() / (ONE + rate).ln()
    return int(needed.to_integral_value(rounding=ROUND_CEILING))


#: How far ahead a specialist may set the first due date.
CUSTOM_FIRST_DUE_MAX_DAYS = 90


def custom_option(
    account: AccountTerms,
    monthly: Decimal,
    months: int,
    policy: Policy,
    today: date,
    first_due: date | None = None,
) -> CounterOffer:
    """A specialist's plan: ``months`` payments of ``monthly`` each, exactly as typed.

    The total is ``monthly x months``: above the balance the difference is interest, whose true
    annual rate is solved from the cash flows like every other option's; below it, the rest is
    forgiven (a person's decision, shown as the saving). Refused, with ``reason``:
    ``not_positive`` (zero or negative, or nothing owed), ``term`` (months outside
    1..``policy.max_term_months``), ``too_large`` (one payment above the whole balance),
    ``first_due`` (not after today, or more than 90 days ahead), ``dearer_than_card`` (a true
    rate above the card's, or a total above what the current terms would cost).
    """
    currency = account.currency
    amount = quantize(monthly, currency)
    balance = quantize(account.balance, currency)
    if amount <= 0 or balance <= 0:
        return CounterOffer(None, "not_positive", None)
    if not 1 <= months <= policy.max_term_months:
        return CounterOffer(None, "term", months)
    if amount > balance:
        return CounterOffer(None, "too_large", months)
    due = first_due or _first_due(policy, today)
    if not today < due <= today + timedelta(days=CUSTOM_FIRST_DUE_MAX_DAYS):
        return CounterOffer(None, "first_due", months)
    option = _option(
        OptionKind.CUSTOM, f"custom-{months}", account, policy, balance, [amount] * months, due
    )
    if option is None:  # pragma: no cover - amounts are positive here
        return CounterOffer(None, "not_positive", months)
    if _within_card_terms(option, account) is None:
        return CounterOffer(None, "dearer_than_card", months)
    if option.annual_rate == 0:
        option = dataclasses.replace(option, interest_frozen=True)
    return CounterOffer(option, None, months)
