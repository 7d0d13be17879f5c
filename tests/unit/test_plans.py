"""Repayment plans: the worked figures of COMPLIANCE.md, the source cases, and properties."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.domain.money import MINOR_UNITS, minor_unit, quantize
from dialogs.domain.plans import (
    AccountTerms,
    Option,
    OptionKind,
    Situation,
    add_months,
    affordable_monthly,
    annual_rate_of,
    build_options,
    counter_offer,
    pay_now_option,
    present_value,
)
from dialogs.domain.policy import Policy
from dialogs.domain.vocabulary import HARDSHIP_CAUSES, Cause

D = Decimal
TODAY = date(2026, 3, 1)
FIRST_DUE = TODAY + timedelta(days=10)  # policy.first_due_days by default


def account(
    balance: str = "10000",
    *,
    currency: str = "CNY",
    rate: str = "0.18",
    days_past_due: int = 30,
    overdue: str = "1000",
) -> AccountTerms:
    return AccountTerms(currency, D(balance), D(overdue), D("100"), days_past_due, D(rate))


def situation(
    income: str = "100000",
    expenses: str = "0",
    *,
    cause: Cause = Cause.OTHER,
    other_debts: str = "0",
    temporary: bool = False,
    recovery_months: int | None = None,
) -> Situation:
    return Situation(cause, D(income), D(expenses), D(other_debts), temporary, recovery_months)


def only(options: list[Option], kind: OptionKind, months: int | None = None) -> Option:
    [found] = [o for o in options if o.kind == kind and (months is None or o.payments == months)]
    return found


def everything_affordable(**overrides: object) -> Policy:
    """A policy and a rich cardholder, so build_options shows every option it can build."""
    return Policy(max_options=6, **overrides)  # type: ignore[arg-type]


# --- the worked figures --------------------------------------------------------------------


def test_annuity_matches_the_compliance_figures() -> None:
    # 10,000 at 12 % a year over 24 months (the card charges more, so the policy rate applies).
    options = build_options(account(), situation(), everything_affordable(), TODAY)
    plan = only(options, OptionKind.INSTALMENT, 24)
    assert plan.key == "instalment-24"
    assert plan.monthly == D("470.73")
    assert plan.total == D("11297.63")
    assert plan.cost == D("1297.63")
    # 23 x 470.73 = 10,826.79; the last payment absorbs the rounding.
    assert [p.amount for p in plan.schedule] == [D("470.73")] * 23 + [D("470.84")]
    assert plan.annual_rate == D("0.1200")
    assert plan.monthly_fee_rate is None
    assert not plan.interest_frozen


def test_annuity_never_above_the_cards_own_rate() -> None:
    options = build_options(account(rate="0.09"), situation(), everything_affordable(), TODAY)
    plan = only(options, OptionKind.INSTALMENT, 24)
    assert plan.annual_rate == D("0.0900")
    assert plan.saving == D("0")  # the card's own rate, and CNY has no late fee


def test_flat_fee_matches_the_compliance_figures() -> None:
    policy = everything_affordable(pricing="flat_fee")
    options = build_options(account(), situation(), policy, TODAY)
    plan = only(options, OptionKind.INSTALMENT, 24)
    assert plan.monthly == D("476.67")  # 10,000/24 + 60
    assert plan.cost == D("1440.00")  # 24 x 60
    assert plan.total == D("11440.00")
    assert plan.schedule[-1].amount == D("476.59")
    assert plan.monthly_fee_rate == D("0.006")
    # 12 x monthly IRR of these cash flows is 13.27 %: the "about 13.3 %" of COMPLIANCE.md
    # rounded to one decimal (the effective rate, (1+i)^12 - 1, would be about 14.1 %).
    assert plan.annual_rate == D("0.1327")


def test_flat_fee_is_lowered_to_the_cards_own_rate() -> None:
    # A card at 12 %: 0.6 % a month (13.27 % true rate) would be dearer than the card itself,
    # so the fee is cut to the highest one whose true rate is still 12 %.
    options = build_options(
        account(rate="0.12"), situation(), everything_affordable(pricing="flat_fee"), TODAY
    )
    plan = only(options, OptionKind.INSTALMENT, 24)
    assert plan.monthly_fee_rate == D("0.005406")
    assert plan.annual_rate == D("0.1200")
    assert plan.total == D("11297.44")  # just under the 12 % annuity's 11,297.63
    assert plan.saving >= 0


def test_hardship_freezes_interest_over_sixty_months() -> None:
    options = build_options(
        account(), situation(cause=Cause.JOB_LOSS), everything_affordable(), TODAY
    )
    plan = only(options, OptionKind.HARDSHIP)
    assert plan.key == "hardship-60"
    assert plan.monthly == D("166.67")
    assert plan.schedule[-1].amount == D("166.47")  # 10,000 - 59 x 166.67
    assert plan.total == D("10000.00")
    assert plan.cost == 0
    assert plan.annual_rate == 0
    assert plan.interest_frozen


def test_hardship_only_for_hardship_causes() -> None:
    forgot = situation(cause=Cause.FORGOT)
    options = build_options(account(), forgot, everything_affordable(), TODAY)
    assert all(o.kind != OptionKind.HARDSHIP for o in options)


def test_annual_rate_of_level_annuity_and_interest_free() -> None:
    level = [(month, D("470.7347222326")) for month in range(1, 25)]
    assert annual_rate_of(D("10000"), level) == D("0.1200")
    assert annual_rate_of(D("10000"), [(1, D("10000"))]) == 0
    assert annual_rate_of(D("10000"), [(1, D("7500"))]) == 0  # a discount is not a rate
    assert annual_rate_of(D("0"), []) == 0
    with pytest.raises(ValueError):
        annual_rate_of(D("100"), [(0, D("101"))])


def _rates_by_bisection(principal: Decimal, payments: list[tuple[int, Decimal]]) -> set[Decimal]:
    """The plain definition: bisect the monthly rate at which the payments are worth the principal.

    The shown rate (12 x monthly, to 4 places, half up) of each end of the final bracket: the root
    lies between them, so the right answer is one of these (two only when the root is within
    12 x 1e-12 of a rounding boundary: 288 lent for one payment of 367.41 is exactly 3.30875).
    """
    low, high = Decimal(0), Decimal(1)
    while present_value(payments, high) > principal:
        low, high = high, high * 2
    while high - low > Decimal("1e-12"):
        middle = (low + high) / 2
        low, high = (middle, high) if present_value(payments, middle) > principal else (low, middle)
    return {(12 * end).quantize(Decimal("0.0001"), rounding="ROUND_HALF_UP") for end in (low, high)}


def test_a_rate_exactly_between_two_shown_values_rounds_half_up() -> None:
    assert annual_rate_of(D("288"), [(1, D("367.41"))]) == D("3.3088")  # 12 x 79.41 / 288 = 3.30875


@settings(max_examples=150, deadline=None)
@given(
    principal=st.integers(100, 200_000),
    payments=st.integers(1, 60),
    holiday=st.integers(0, 3),
    monthly_rate=st.integers(1, 400),  # in ten-thousandths a month
    markup=st.integers(-3, 30),  # per cent on the level payment
)
def test_annual_rate_of_agrees_with_bisection(
    principal: int, payments: int, holiday: int, monthly_rate: int, markup: int
) -> None:
    rate = Decimal(monthly_rate) / 10_000
    level = Decimal(principal) * rate / (1 - (1 + rate) ** -payments) * (100 + markup) / 100
    flows = [(holiday + month, level.quantize(D("0.01"))) for month in range(1, payments + 1)]
    if sum(amount for _, amount in flows) <= principal:
        assert annual_rate_of(D(principal), flows) == 0
    else:
        assert annual_rate_of(D(principal), flows) in _rates_by_bisection(D(principal), flows)


@settings(max_examples=200, deadline=None)
@given(
    principal=st.integers(100, 200_000),
    pieces=st.lists(
        st.tuples(st.integers(1, 24), st.integers(0, 2), st.integers(1, 30_000)),
        min_size=1,
        max_size=5,
    ),
)
def test_annual_rate_of_irregular_payments_agrees_with_bisection(
    principal: int, pieces: list[tuple[int, int, int]]
) -> None:
    """Runs of equal amounts, gaps between them and zero payments: the closed form per run holds."""
    flows: list[tuple[int, Decimal]] = []
    month = 0
    for count, gap, amount in pieces:
        month += gap
        flows += [(month + k, D(amount) / 10) for k in range(1, count + 1)]
        month += count
    flows.append((month + 1, D(0)))
    if sum(amount for _, amount in flows) <= principal:
        assert annual_rate_of(D(principal), flows) == 0
    else:
        assert annual_rate_of(D(principal), flows) in _rates_by_bisection(D(principal), flows)


def test_annual_rate_of_a_plan_a_cent_dearer_than_its_principal() -> None:
    # The rate is tiny: the closed form subtracts nearly equal powers, and still finds it.
    flows = [(m, D("872.35")) for m in range(1, 60)] + [(60, D("872.36"))]
    principal = sum(amount for _, amount in flows) - D("0.01")
    assert annual_rate_of(principal, flows) == 0 and _rates_by_bisection(principal, flows) == {0}


def test_annual_rate_counts_the_holiday() -> None:
    # The same payments a month later are worth less, so their rate is lower.
    soon = annual_rate_of(D("1000"), [(m, D("90")) for m in range(1, 13)])
    late = annual_rate_of(D("1000"), [(m + 2, D("90")) for m in range(1, 13)])
    assert soon > late > 0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    balance=st.integers(1_000, 500_000),
    rate=st.integers(0, 40),  # per cent a year on the card
    income=st.integers(0, 60_000),
    expenses=st.integers(0, 30_000),
    hardship=st.booleans(),
    terms=st.lists(st.integers(2, 60), min_size=1, max_size=6),
    flat_fee=st.booleans(),
)
def test_options_not_priced_for_want_of_budget_are_the_ones_that_would_not_fit(
    balance: int,
    rate: int,
    income: int,
    expenses: int,
    hardship: bool,
    terms: list[int],
    flat_fee: bool,
) -> None:
    """build_options skips terms whose payments cannot fit before pricing them: the same offers
    as pricing every candidate and keeping those that fit."""
    from dialogs.domain.plans import _candidates, _fits, _order

    terms_account = account(str(balance), rate=str(D(rate) / 100))
    cause = Cause.REDUCED_INCOME if hardship else Cause.OTHER
    who = situation(str(income), str(expenses), cause=cause)
    policy = Policy(
        max_options=6,
        instalment_terms=tuple(terms),
        **({"pricing": "flat_fee"} if flat_fee else {}),
    )  # type: ignore[arg-type]
    affordable = affordable_monthly(who, policy, "CNY")
    everything = _candidates(terms_account, who, policy, TODAY)
    expected = sorted((o for o in everything if _fits(o, affordable)), key=_order)[
        : policy.max_options
    ]
    assert build_options(terms_account, who, policy, TODAY) == expected


# --- present value and counter-offers ------------------------------------------------------


def test_present_value_of_sixty_frozen_payments() -> None:
    worth = present_value([(m, D("166.67")) for m in range(1, 61)], D("0.01"))
    assert quantize(worth, "CNY") == D("7492.66")  # "about 7,493": close to 75 % of 10,000


def offered_instalment(
    card: AccountTerms, cause: Cause, policy: Policy, today: date, months: int
) -> Option | None:
    """The instalment plan of ``months`` payments this cardholder would be offered, whatever
    their budget (pricing does not depend on it)."""
    rich = Situation(cause, D(10**16), D(0), D(0), False)
    terms = dataclasses.replace(
        policy, instalment_terms=(months,), max_options=6, affordability_share=D(1)
    )
    found = [o for o in build_options(card, rich, terms, today) if o.kind == OptionKind.INSTALMENT]
    return found[0] if found else None


def amounts_of(option: Option) -> list[Decimal]:
    return [p.amount for p in option.schedule]


def test_own_amount_costs_what_the_offered_plan_of_its_term_costs() -> None:
    # 10,000 at 12 %: 22 payments of 500 do not cover the 22-payment plan, 23 do cover the
    # 23-payment plan (11,243.74), so the 23rd payment is the rest of that total.
    offer = counter_offer(account(), situation(), D("500"), Policy(), TODAY)
    plan = offer.option
    assert plan is not None and offer.reason is None and offer.months_needed == 23
    assert plan.kind == OptionKind.COUNTER and plan.key == "counter-23"
    assert amounts_of(plan) == [D("500.00")] * 22 + [D("243.74")]
    assert plan.total == D("11243.74") and plan.cost == D("1243.74")
    assert not plan.interest_frozen and plan.monthly_fee_rate is None
    offered = offered_instalment(account(), Cause.OTHER, Policy(), TODAY, 23)
    assert offered is not None and offered.monthly == D("488.86")
    assert plan.total == offered.total
    # Paid faster than the plan's level 488.86 for the same total: a slightly higher true rate.
    assert plan.annual_rate == D("0.1226") > offered.annual_rate == D("0.1200")
    assert plan.first_due == FIRST_DUE


def test_fifty_euros_a_month_is_no_longer_interest_free() -> None:
    """The case of issue 17: offered plans at 12 %, the cardholder typed €50 a month and got
    38 interest-free payments, cheaper than every plan offered."""
    card = account("1880", currency="EUR", rate="0.24")
    offer = counter_offer(card, situation(), D("50"), Policy(), TODAY)
    plan = offer.option
    assert plan is not None
    assert amounts_of(plan) == [D("50.00")] * 47 + [D("26.37")]
    assert plan.total == D("2376.37") and plan.annual_rate == D("0.1212")
    assert not plan.interest_frozen
    offers = build_options(card, situation(), everything_affordable(), TODAY)
    assert all(plan.annual_rate >= o.annual_rate for o in offers)


@pytest.mark.parametrize("cause", [Cause.JOB_LOSS, Cause.ILLNESS, Cause.REDUCED_INCOME])
def test_a_hardship_cardholders_own_amount_stays_interest_free(cause: Cause) -> None:
    # 166.67 a month repays 10,000 in 60 payments, worth about 7,493 today at 1 % a month.
    who = situation(cause=cause)
    assert who.hardship_applies
    offer = counter_offer(account(), who, D("166.67"), Policy(min_recovery=D("0.7")), TODAY)
    assert offer.reason is None and offer.months_needed == 60
    plan = offer.option
    assert plan is not None and plan.key == "counter-60" and plan.interest_frozen
    assert amounts_of(plan) == [D("166.67")] * 59 + [D("166.47")]
    assert plan.total == D("10000.00") and plan.cost == 0 and plan.annual_rate == 0
    euros = counter_offer(account("1880", currency="EUR"), who, D("50"), Policy(), TODAY)
    assert euros.option is not None and euros.option.interest_frozen
    assert amounts_of(euros.option) == [D("50.00")] * 37 + [D("30.00")]


def test_own_amount_with_a_flat_fee_costs_the_fee_of_its_term() -> None:
    policy = Policy(pricing="flat_fee")
    plan = counter_offer(account(), situation(), D("500"), policy, TODAY).option
    assert plan is not None and plan.payments == 23  # 23 x 500 covers 10,000 + 23 x 60
    assert amounts_of(plan) == [D("500.00")] * 22 + [D("380.00")]
    assert plan.total == D("11380.00") and plan.monthly_fee_rate == D("0.006")
    offered = offered_instalment(account(), Cause.OTHER, policy, TODAY, 23)
    assert offered is not None and offered.total == plan.total
    assert plan.annual_rate == D("0.1340") > offered.annual_rate == D("0.1327")


@pytest.mark.parametrize("pricing", ["annuity", "flat_fee"])
def test_own_amount_is_never_dearer_than_the_card(pricing: str) -> None:
    # A card at 12 %: the 23-payment plan's total paid this fast would be above 12 % a year,
    # so the plan costs the card's own rate: 22 x 500 off a balance growing 1 % a month, and
    # the last payment is what is left (to the 4 decimals of the rate shown: 213.48 exactly).
    card = account(rate="0.12")
    policy = Policy(pricing=pricing)  # type: ignore[arg-type]
    plan = counter_offer(card, situation(), D("500"), policy, TODAY).option
    assert plan is not None
    assert amounts_of(plan) == [D("500.00")] * 22 + [D("214.06")]
    assert plan.annual_rate == D("0.1200") and plan.monthly_fee_rate is None
    offered = offered_instalment(card, Cause.OTHER, policy, TODAY, 23)
    assert offered is not None and plan.annual_rate >= offered.annual_rate
    assert plan.saving > 0


def test_own_amount_ends_a_payment_early_if_even_a_cent_more_is_dearer_than_the_card() -> None:
    card = account("1.70", rate="0.12")
    plan = counter_offer(card, situation(), D("0.86"), Policy(), TODAY).option
    assert plan is not None
    assert amounts_of(plan) == [D("0.86"), D("0.86")]  # not 0.86, 0.86, 0.01
    assert plan.annual_rate <= card.annual_rate


def test_own_amount_that_never_covers_a_months_interest_or_fee_goes_to_a_person() -> None:
    # 1 % of 10,000 is 100 a month in interest, 0.6 % is a fee of 60 a month.
    annuity, flat = Policy(), Policy(pricing="flat_fee")
    for amount, policy in (("100", annuity), ("99.99", annuity), ("60", flat)):
        offer = counter_offer(account(), situation(), D(amount), policy, TODAY)
        assert (offer.option, offer.reason, offer.months_needed) == (None, "never_repays", None)
    just_above = counter_offer(account(), situation(), D("100.01"), annuity, TODAY)
    assert (just_above.option, just_above.reason) == (None, "term_too_long")
    assert just_above.months_needed == 926
    frozen = counter_offer(account(), situation(cause=Cause.JOB_LOSS), D("100"), annuity, TODAY)
    assert (frozen.reason, frozen.months_needed) == ("term_too_long", 100)


def test_own_amount_below_minimum_recovery_goes_to_a_person() -> None:
    ill = situation(cause=Cause.ILLNESS)
    policy = Policy(min_recovery=D("0.75"))
    offer = counter_offer(account(), ill, D("166.67"), policy, TODAY)
    assert offer.option is None and offer.reason == "below_minimum_recovery"
    assert offer.months_needed == 60
    # Priced at 12 % but judged at 30 % a year: 60 payments are worth about 6,923 today.
    strict = Policy(discount_annual_rate=D("0.30"), min_recovery=D("0.7"))
    priced = counter_offer(account(), situation(), D("225.20"), strict, TODAY)
    assert priced.option is None and priced.reason == "below_minimum_recovery"
    assert priced.months_needed == 60


def test_own_amount_too_long_and_not_positive() -> None:
    too_long = counter_offer(account(), situation(), D("200"), Policy(), TODAY)
    assert too_long.option is None and too_long.reason == "term_too_long"
    assert too_long.months_needed == 70
    shorter = Policy(max_term_months=24)
    limited = counter_offer(account(), situation(cause=Cause.ILLNESS), D("400"), shorter, TODAY)
    assert (limited.reason, limited.months_needed) == ("term_too_long", 25)
    for amount in ("0", "-5", "0.001"):
        offer = counter_offer(account(), situation(), D(amount), Policy(), TODAY)
        assert (offer.option, offer.reason) == (None, "not_positive")
    paid_up = counter_offer(account("0"), situation(), D("100"), Policy(), TODAY)
    assert (paid_up.option, paid_up.reason) == (None, "not_positive")


def test_own_amount_of_the_whole_balance_is_one_payment() -> None:
    priced = counter_offer(account(), situation(), D("25000"), Policy(), TODAY).option
    assert priced is not None and amounts_of(priced) == [D("10100.00")]  # a month at 12 %
    frozen = counter_offer(account(), situation(cause=Cause.JOB_LOSS), D("25000"), Policy(), TODAY)
    assert frozen.option is not None and amounts_of(frozen.option) == [D("10000.00")]


def test_own_amount_remainder_is_the_last_payment() -> None:
    priced = counter_offer(account("1000"), situation(), D("300"), Policy(), TODAY).option
    assert priced is not None and priced.key == "counter-4"
    assert amounts_of(priced) == [D("300.00")] * 3 + [D("125.12")]  # 4-payment plan: 1,025.12
    ill = situation(cause=Cause.ILLNESS)
    frozen = counter_offer(account("1000"), ill, D("300"), Policy(), TODAY).option
    assert frozen is not None and amounts_of(frozen) == [D("300.00")] * 3 + [D("100.00")]


# --- the two cases from the Chinese source -------------------------------------------------


def test_xiao_zhang_reduced_income_gets_instalments_he_can_carry() -> None:
    """小张: income fell after a job change; instalments within what he can now pay."""
    card = account("30000", rate="0.18", days_past_due=45)
    zhang = situation("8000", "5000", other_debts="500", cause=Cause.REDUCED_INCOME)
    policy = Policy(pricing="flat_fee")  # 分期手续费, as Chinese banks price instalments
    affordable = affordable_monthly(zhang, policy, "CNY")
    assert affordable == D("2000.00")  # 80 % of 8,000 - 5,000 - 500

    options = build_options(card, zhang, policy, TODAY)
    assert [o.key for o in options] == ["hardship-60", "instalment-36", "instalment-24"]
    assert all(o.monthly <= affordable for o in options)
    instalments = [o for o in options if o.kind == OptionKind.INSTALMENT]
    assert [(o.monthly, o.total) for o in instalments] == [
        (D("1013.33"), D("36480.00")),  # 30,000/36 + 180
        (D("1430.00"), D("34320.00")),  # 30,000/24 + 180
    ]
    # 12 months (2,680 a month) would be more than he can pay now, so it is not shown.
    assert all(o.payments > 12 for o in options)


def test_li_illness_gets_interest_waived() -> None:
    """李女士: medical bills after a sudden illness; interest waived, the balance spread out."""
    card = account("50000", rate="0.18", days_past_due=60)
    li = situation("6000", "4500", cause=Cause.ILLNESS)
    options = build_options(card, li, Policy(pricing="flat_fee"), TODAY)
    [plan] = options
    assert plan.kind == OptionKind.HARDSHIP
    assert plan.interest_frozen
    assert plan.cost == 0 and plan.annual_rate == 0
    assert plan.monthly == D("833.33") and plan.total == D("50000.00")
    assert plan.saving > 0  # the interest she no longer pays


# --- currencies, dates and the rules of which options appear -------------------------------


def test_forint_schedules_are_whole_forints() -> None:
    card = account("1000000", currency="HUF", rate="0.30")
    rich = situation("10000000", cause=Cause.JOB_LOSS)
    options = build_options(card, rich, everything_affordable(), TODAY)
    hardship = only(options, OptionKind.HARDSHIP)
    assert hardship.monthly == D("16667")
    assert hardship.schedule[-1].amount == D("16647")  # 1,000,000 - 59 x 16,667
    for option in options:
        assert all(p.amount == p.amount.to_integral_value() for p in option.schedule)
        assert sum(p.amount for p in option.schedule) == option.total
    twelve = only(options, OptionKind.INSTALMENT, 12)
    assert twelve.monthly == D("88849") and twelve.total == D("1066185")


def test_add_months_clamps_to_the_end_of_the_month() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert add_months(date(2026, 5, 31), 0) == date(2026, 5, 31)


def test_schedule_keeps_the_day_after_a_short_month() -> None:
    # First due Jan 31: then Feb 28, but back to Mar 31, not Mar 28.
    policy = everything_affordable(first_due_days=10)
    options = build_options(account(), situation(), policy, date(2026, 1, 21))
    dues = [p.due for p in only(options, OptionKind.INSTALMENT, 3).schedule]
    assert dues == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31)]


def test_zero_income_lasting_drop_gets_nothing() -> None:
    jobless = situation("0", "1200", cause=Cause.JOB_LOSS)
    assert affordable_monthly(jobless, Policy(), "CNY") == 0
    assert build_options(account(), jobless, Policy(), TODAY) == []


def test_zero_income_temporary_drop_gets_the_holiday_only() -> None:
    jobless = situation("0", "1200", cause=Cause.JOB_LOSS, temporary=True, recovery_months=2)
    [holiday] = build_options(account(), jobless, Policy(), TODAY)
    assert holiday.kind == OptionKind.HOLIDAY and holiday.key == "holiday-2-12"
    assert holiday.holiday_months == 2 and holiday.payments == 12
    assert holiday.first_due == add_months(FIRST_DUE, 2)
    assert holiday.schedule[-1].due == add_months(FIRST_DUE, 13)
    assert holiday.monthly == D("833.33") and holiday.total == D("10000.00")
    assert holiday.interest_frozen and holiday.cost == 0 and holiday.annual_rate == 0


@pytest.mark.parametrize(("recovery", "months"), [(None, 3), (0, 1), (1, 1), (3, 3), (9, 3)])
def test_holiday_length_is_clamped(recovery: int | None, months: int) -> None:
    drop = situation("0", temporary=True, recovery_months=recovery)
    [holiday] = build_options(account(), drop, Policy(), TODAY)
    assert holiday.key == f"holiday-{months}-12"


def test_temporary_drop_keeps_the_holiday_among_many_options() -> None:
    drop = situation(temporary=True, recovery_months=1, cause=Cause.REDUCED_INCOME)
    options = build_options(account(), drop, Policy(max_options=2), TODAY)
    assert [o.key for o in options] == ["hardship-60", "holiday-1-12"]


def test_settlement_only_from_the_threshold() -> None:
    policy = everything_affordable()
    early = build_options(account(days_past_due=89), situation(), policy, TODAY)
    assert all(o.kind != OptionKind.SETTLEMENT for o in early)
    late = build_options(account(days_past_due=90), situation(), policy, TODAY)
    settlement = only(late, OptionKind.SETTLEMENT)
    assert settlement.key == "settlement" and settlement.payments == 1
    assert settlement.total == D("7500.00") and settlement.principal == D("10000.00")
    assert settlement.first_due == TODAY + timedelta(days=14)
    assert settlement.cost == 0
    # The card would charge 18 % for a month: 10,150.00; no late fee in CNY.
    assert settlement.saving == D("2650.00")


def test_settlement_must_be_affordable_in_one_go() -> None:
    modest = situation("5000", "2000")  # 2,400 a month
    options = build_options(account(days_past_due=120), modest, Policy(), TODAY)
    assert all(o.kind != OptionKind.SETTLEMENT for o in options)


def test_at_most_max_options_cheapest_monthly_first() -> None:
    card, ill = account(days_past_due=120), situation(cause=Cause.ILLNESS)
    options = build_options(card, ill, Policy(max_options=4), TODAY)
    keys = [o.key for o in options]
    assert keys == ["hardship-60", "instalment-36", "instalment-24", "instalment-12"]
    assert options == sorted(options, key=lambda o: (o.monthly, o.total))


def test_pay_now_waives_the_late_fee() -> None:
    option = pay_now_option(account(currency="EUR", overdue="250.5"), Policy(), TODAY)
    assert option.kind == OptionKind.PAY_NOW and option.key == "pay_now"
    assert option.principal == option.total == option.monthly == D("250.50")
    assert [p.amount for p in option.schedule] == [D("250.50")]
    assert option.first_due == FIRST_DUE
    assert option.saving == D("15.00") and option.cost == 0


def test_instalment_saving_includes_the_late_fee() -> None:
    card = account("1000", currency="GBP", rate="0.12")
    options = build_options(card, situation(), everything_affordable(), TODAY)
    plan = only(options, OptionKind.INSTALMENT, 12)
    assert plan.saving == D("12.00")  # same rate as the card, so only the waived late fee


# --- properties ----------------------------------------------------------------------------

currencies = st.sampled_from(sorted(MINOR_UNITS))
rates = st.integers(0, 10_000).map(lambda n: D(n) / 10_000)
fees = st.integers(0, 300).map(lambda n: D(n) / 10_000)
minor_amounts = st.one_of(st.integers(0, 5_000), st.integers(0, 10**15))


@st.composite
def policies(draw: st.DrawFn) -> Policy:
    max_term = draw(st.integers(2, 60))
    return Policy(
        pricing=draw(st.sampled_from(["annuity", "flat_fee"])),
        instalment_terms=draw(st.lists(st.integers(2, 60), min_size=1, max_size=6).map(tuple)),
        instalment_annual_rate=draw(rates),
        monthly_fee_rate=draw(fees),
        hardship_term_months=draw(st.integers(2, 60)),
        max_term_months=max_term,
        affordability_share=draw(rates),
        settlement_discount=draw(rates),
        settlement_min_days_past_due=draw(st.integers(0, 200)),
        holiday_max_months=draw(st.integers(1, 3)),
        holiday_repayment_months=draw(st.integers(2, 60)),
        first_due_days=draw(st.integers(1, 45)),
        min_recovery=draw(rates),
        discount_annual_rate=draw(rates),
        max_options=draw(st.integers(1, 6)),
    )


@st.composite
def accounts(draw: st.DrawFn) -> AccountTerms:
    currency = draw(currencies)
    unit = minor_unit(currency)
    balance = draw(minor_amounts) * unit
    overdue = min(balance, draw(minor_amounts) * unit)
    return AccountTerms(currency, balance, overdue, D(0), draw(st.integers(0, 400)), draw(rates))


@st.composite
def situations(draw: st.DrawFn) -> Situation:
    money = st.one_of(st.just(D(0)), st.integers(0, 10**13).map(D))
    return Situation(
        cause=draw(st.sampled_from(list(Cause))),
        income=draw(money),
        expenses=draw(money),
        other_debts=draw(money),
        temporary=draw(st.booleans()),
        recovery_months=draw(st.one_of(st.none(), st.integers(-2, 24))),
    )


days = st.dates(date(2024, 1, 1), date(2035, 12, 31))
plan_settings = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def baseline(option: Option, card: AccountTerms, policy: Policy) -> Decimal:
    """Independently: the card's annuity over the option's span, plus the late fee."""
    span = option.holiday_months + option.payments
    rate = card.annual_rate / 12
    if rate == 0:
        interest_bearing = option.principal
    else:
        interest_bearing = span * option.principal * rate / (1 - (1 + rate) ** -span)
    fee = policy.late_fee.get(card.currency, D(0))
    return quantize(interest_bearing, card.currency) + quantize(fee, card.currency)


def assert_well_formed(option: Option, card: AccountTerms, today: date) -> None:
    amounts = [p.amount for p in option.schedule]
    assert sum(amounts) == option.total
    assert all(a == quantize(a, card.currency) for a in amounts)
    assert all(a > 0 for a in amounts) or option.kind == OptionKind.PAY_NOW
    assert [p.number for p in option.schedule] == list(range(1, option.payments + 1))
    dues = [p.due for p in option.schedule]
    assert dues == sorted(set(dues)) and dues[0] == option.first_due > today
    assert option.monthly == amounts[0]
    assert option.cost == max(D(0), option.total - option.principal)
    assert option.saving >= 0
    assert option.annual_rate == option.annual_rate.quantize(D("0.0001"))


@plan_settings
@given(accounts(), situations(), policies(), days)
def test_every_offered_option_is_exact_affordable_and_no_dearer(
    card: AccountTerms, told: Situation, policy: Policy, today: date
) -> None:
    options = build_options(card, told, policy, today)
    affordable = affordable_monthly(told, policy, card.currency)
    assert len(options) <= policy.max_options
    assert options == sorted(options, key=lambda o: (o.monthly, o.total, o.key))
    assert len({o.key for o in options}) == len(options)
    for option in options:
        assert_well_formed(option, card, today)
        if option.kind != OptionKind.HOLIDAY:  # the documented exception: payments resume later
            assert option.monthly <= affordable
            assert max(p.amount for p in option.schedule) <= affordable
        else:
            assert told.temporary
        assert option.total <= baseline(option, card, policy)
        assert option.total + option.saving == baseline(option, card, policy)
        assert option.annual_rate <= card.annual_rate
        if option.interest_frozen:
            assert option.total == option.principal and option.annual_rate == 0
    if not told.temporary and affordable == 0:
        assert options == []


@plan_settings
@given(accounts(), situations(), st.integers(-10, 10**15), policies(), days)
def test_counter_offer_is_exact_or_explained(
    card: AccountTerms, told: Situation, units: int, policy: Policy, today: date
) -> None:
    monthly = units * minor_unit(card.currency)
    offer = counter_offer(card, told, monthly, policy, today)
    if offer.option is None:
        reasons = {"not_positive", "never_repays", "term_too_long", "below_minimum_recovery"}
        assert offer.reason in reasons
        if offer.reason == "term_too_long":
            assert offer.months_needed is not None
            assert offer.months_needed > policy.max_term_months
        return
    option = offer.option
    assert offer.reason is None
    assert_well_formed(option, card, today)
    assert option.kind == OptionKind.COUNTER and option.key == f"counter-{option.payments}"
    assert option.payments == offer.months_needed <= policy.max_term_months
    assert all(p.amount <= monthly for p in option.schedule)
    assert option.annual_rate <= card.annual_rate
    assert option.interest_frozen == told.hardship_applies
    if option.interest_frozen:
        assert option.total == quantize(card.balance, card.currency)
        assert option.annual_rate == 0 and option.monthly_fee_rate is None
    if option.monthly_fee_rate is not None:
        assert policy.pricing == "flat_fee"
        assert option.monthly_fee_rate == policy.monthly_fee_rate
    payments = [(p.number, p.amount) for p in option.schedule]
    worth = present_value(payments, policy.discount_annual_rate / 12)
    assert worth >= policy.min_recovery * option.principal


not_hardship = st.sampled_from(sorted(set(Cause) - HARDSHIP_CAUSES))


@plan_settings
@given(accounts(), not_hardship, st.integers(1, 10**9), policies(), days)
def test_own_amount_is_never_cheaper_than_the_offered_plan_of_its_term(
    card: AccountTerms, cause: Cause, units: int, policy: Policy, today: date
) -> None:
    """Its total and true rate are at least those of the offered plan of as many payments.
    The one exception is the card's own rate: where that plan's total paid this way would be
    dearer than the card, the plan costs the card's rate instead, and so may cost less."""
    monthly = units * minor_unit(card.currency)
    offer = counter_offer(card, situation(cause=cause), monthly, policy, today)
    if offer.option is None or offer.option.payments < 2:  # no instalment plan of 1 payment
        return
    own, months = offer.option, offer.option.payments
    assert not own.interest_frozen
    offered = offered_instalment(card, cause, policy, today, months)
    if offered is None:  # a few cents over many months: no such plan is offered
        return
    assert own.annual_rate <= card.annual_rate
    same_total = [monthly] * (months - 1) + [offered.total - monthly * (months - 1)]
    if annual_rate_of(own.principal, list(enumerate(same_total, 1))) > card.annual_rate:
        assert own.total <= offered.total
    else:
        assert own.total >= offered.total
        assert own.annual_rate >= offered.annual_rate


@plan_settings
@given(
    accounts(),
    not_hardship,
    st.integers(1, 10**9),
    policies(),
    days,
    st.integers(0, 5_000).map(lambda n: D(n) / 10_000),
)
def test_own_amount_costs_exactly_the_plan_of_the_fewest_payments_it_covers(
    card: AccountTerms,
    cause: Cause,
    units: int,
    policy: Policy,
    today: date,
    rate: Decimal,
) -> None:
    """With a card dear enough not to cap it, the own plan is the offered plan of n payments
    paid faster: the same total, n the fewest payments of the amount covering that plan."""
    card = dataclasses.replace(card, annual_rate=D("0.99"))
    policy = dataclasses.replace(policy, instalment_annual_rate=rate, min_recovery=D(0))
    monthly = units * minor_unit(card.currency)
    offer = counter_offer(card, situation(cause=cause), monthly, policy, today)
    if offer.option is None:
        assert offer.reason in {"not_positive", "never_repays", "term_too_long"}
        return
    own, months = offer.option, offer.option.payments
    if months < 2:
        return
    offered = offered_instalment(card, cause, policy, today, months)
    if offered is None:  # a few cents over many months: no such plan is offered
        return
    assert own.total == offered.total and own.annual_rate >= offered.annual_rate
    assert monthly * months >= offered.total
    shorter = offered_instalment(card, cause, policy, today, months - 1) if months > 2 else None
    if shorter is not None:
        assert monthly * (months - 1) < shorter.total


@plan_settings
@given(accounts(), policies(), days)
def test_pay_now_is_exact(card: AccountTerms, policy: Policy, today: date) -> None:
    option = pay_now_option(card, policy, today)
    assert_well_formed(option, card, today)
    assert option.total == quantize(card.overdue_amount, card.currency)
    assert option.saving == quantize(policy.late_fee[card.currency], card.currency)
