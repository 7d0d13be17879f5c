"""Limits on invite attempts: failed attempts counted per Telegram user and per account.

An invite token is a 256-bit secret, so guessing one is hopeless; but unlimited guesses still
cost a query each, and a link passed around keeps telling strangers about it. Failed attempts
are therefore counted, per Telegram user over an hour (someone guessing) and per account over
a day (one account's links tried again and again). Past either limit the answer is only "too
many attempts": the same words whether the token was right, wrong or never existed, and the
token is not even looked at for a user past their limit.

An account's count starts again when the bank acts on it: a new invite, or
``overdue-bot accounts unlock REF`` (:mod:`bot.operations.unlock`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from sqlmodel import col

from bot.storage.db import rowcount
from bot.storage.models import Invite, InviteFailure

USER_WINDOW = timedelta(hours=1)
ACCOUNT_WINDOW = timedelta(days=1)


@dataclass(frozen=True)
class InviteLimits:
    """Failed invite attempts allowed: per Telegram user in an hour, per account in a day."""

    per_user_hour: int = 5
    per_account_day: int = 10


def user_limited(
    session: Session, channel: str, user_id: int, now: datetime, limits: InviteLimits
) -> bool:
    """Whether this user has failed as often as allowed in the last hour."""
    failures = session.scalar(
        select(func.count())
        .select_from(InviteFailure)
        .where(
            col(InviteFailure.channel) == channel,
            col(InviteFailure.user_id) == user_id,
            col(InviteFailure.at) > now - USER_WINDOW,
        )
    )
    return (failures or 0) >= limits.per_user_hour


def account_limited(session: Session, account_id: int, now: datetime, limits: InviteLimits) -> bool:
    """Whether the account's links failed as often as allowed in the last day, counting only
    since the bank's newest invite for it (a new link is the bank's answer to the trouble)."""
    newest = session.scalar(
        select(func.max(col(Invite.created_at))).where(col(Invite.account_id) == account_id)
    )
    counted = [
        col(InviteFailure.account_id) == account_id,
        col(InviteFailure.at) > now - ACCOUNT_WINDOW,
    ]
    if newest is not None:
        counted.append(col(InviteFailure.at) >= newest)
    failures = session.scalar(select(func.count()).select_from(InviteFailure).where(*counted))
    return (failures or 0) >= limits.per_account_day


def record_failure(
    session: Session,
    channel: str,
    user_id: int,
    account_id: int | None,
    problem: str,
    now: datetime,
) -> None:
    """Count a failed attempt, and forget those older than any limit looks back."""
    session.execute(delete(InviteFailure).where(col(InviteFailure.at) <= now - ACCOUNT_WINDOW))
    session.add(
        InviteFailure(
            channel=channel, user_id=user_id, account_id=account_id, problem=problem, at=now
        )
    )


def forget_failures(session: Session, account_id: int) -> int:
    """The bank unlocked the account: its count of failed attempts starts again."""
    return rowcount(
        session.execute(delete(InviteFailure).where(col(InviteFailure.account_id) == account_id))
    )
