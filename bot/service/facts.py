"""What a step is decided on besides the conversation: the account's terms, the plan's progress,
the cardholder's "today", whether specialists are at work; made from rows and settings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from bot.config import Settings
from bot.storage.models import Account, InstalmentStatus
from dialogs.domain.plans import AccountTerms, Option
from dialogs.facts import Facts, PlanProgress


@dataclass(frozen=True, slots=True)
class PlanRows:
    """The newest running (or just completed) agreement and its instalments, as read."""

    currency: str
    total: Decimal
    monthly: Decimal
    instalments: tuple[Any, ...]  # rows: number, status, amount, paid_amount, due_date


class InstalmentRow(NamedTuple):
    """An instalment as :func:`bot.service.records.plan_rows` reads it."""

    number: int
    status: InstalmentStatus
    amount: Decimal
    paid_amount: Decimal
    due_date: date


def accepted_plan(option: Option) -> PlanRows:
    """The plan rows of an agreement just accepted for ``option``,
    as :func:`bot.service.records.plan_rows` would read them."""
    return PlanRows(
        option.currency,
        option.total,
        option.monthly,
        tuple(
            InstalmentRow(
                payment.number, InstalmentStatus.OPEN, payment.amount, Decimal(0), payment.due
            )
            for payment in option.schedule
        ),
    )


def account_terms(account: Account) -> AccountTerms:
    return AccountTerms(
        currency=account.currency,
        balance=account.balance,
        overdue_amount=account.overdue_amount,
        minimum_payment=account.minimum_payment,
        days_past_due=account.days_past_due,
        annual_rate=account.annual_rate,
    )


def local_today(moment: datetime, timezone: str) -> date:
    """What "today" means for the cardholder."""
    return moment.astimezone(ZoneInfo(timezone)).date()


def missed_in_row(instalments: Sequence[Any], today: date, grace_days: int) -> int:
    """Unpaid instalments in a row whose grace period is over,
    counting back from the latest such."""
    overdue = [i for i in instalments if i.due_date + timedelta(days=grace_days) <= today]
    count = 0
    for instalment in reversed(overdue):
        if instalment.status == InstalmentStatus.PAID:
            break
        count += 1
    return count


def specialists_working(settings: Settings, moment: datetime) -> bool:
    desk = settings.specialists
    local = moment.astimezone(ZoneInfo(desk.timezone))
    return local.isoweekday() in desk.working_days and _between(
        local.time(), desk.working_start, desk.working_end
    )


def _between(now: time, start: time, end: time) -> bool:
    return start <= now < end if start <= end else (now >= start or now < end)


def facts_of(settings: Settings, account: Account, plan: PlanRows | None, now: datetime) -> Facts:
    today = local_today(now, account.timezone)
    return Facts(
        account=account_terms(account),
        card_last4=account.card_last4,
        policy=settings.policy_value,
        today=today,
        plan=None if plan is None else progress(plan, today, settings.reminders.grace_days),
        specialists_working=specialists_working(settings, now),
        specialists_reply_here=settings.specialists.chat_id is not None,
        grace_days=settings.reminders.grace_days,
    )


def progress(plan: PlanRows, today: date, grace_days: int) -> PlanProgress:
    """How far the plan has come; ``today`` is the cardholder's."""
    instalments = plan.instalments
    paid = sum(1 for i in instalments if i.status == InstalmentStatus.PAID)
    remaining = sum((i.amount - i.paid_amount for i in instalments), start=plan.total * 0)
    upcoming = next((i for i in instalments if i.status == InstalmentStatus.OPEN), None)
    return PlanProgress(
        currency=plan.currency,
        payments=len(instalments),
        paid=paid,
        remaining=remaining,
        next_due=upcoming.due_date if upcoming else None,
        next_amount=(upcoming.amount - upcoming.paid_amount) if upcoming else None,
        next_number=upcoming.number if upcoming else None,
        monthly=plan.monthly,
        missed_in_row=missed_in_row(instalments, today, grace_days),
    )
