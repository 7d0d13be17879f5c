"""``overdue-bot accounts unlock REF``: the bank lets an account's people in again.

Two things keep people out of an account: a Telegram user who failed the identity check is
locked out of it (their conversation waits for a person), and too many failed invite attempts
shut the account's links (:mod:`bot.operations.attempts`). Unlocking lifts both. Each locked
user's conversation goes back to the assistant at the identity question with new tries (asked
when the cardholder next writes: nothing is sent from here), unless a specialist holds it, whose
``/release`` does the same. Anyone else needs a new invite (``accounts invite REF``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlmodel import col

from bot.operations.accounts import UnknownAccount, find_account
from bot.operations.attempts import forget_failures
from bot.service.steps import Assistant
from bot.storage.db import Database
from bot.storage.models import Cardholder, Conversation, Holder, id_of
from dialogs import desk as dialogue

log = logging.getLogger(__name__)

#: Who lifted the lock, in the transcript.
AUTHOR = "bank"


@dataclass(frozen=True)
class Unlocked:
    #: Telegram users whose identity lock on the account was lifted.
    users: int
    #: Their conversations given new tries (not those a specialist holds).
    conversations: int
    #: Failed invite attempts on the account's links, forgotten.
    failures: int


async def unlock_account(db: Database, account_ref: str, assistant: Assistant) -> Unlocked:
    """Lift the account's identity locks and its count of failed invite attempts; raises
    :class:`UnknownAccount`."""
    account_id, locked, waiting, failures = await db.write(_lift, account_ref)
    given = 0
    for conversation_id in waiting:
        rendered = await assistant.act(
            conversation_id,
            dialogue.unlock,
            holders={Holder.QUEUED, Holder.CLOSED, Holder.ASSISTANT},
            values={"holder": Holder.ASSISTANT},
            note=(AUTHOR, "identity lock lifted: new tries"),
        )
        given += rendered is not None
    log.info(
        "account %s unlocked: %d users, %d conversations, %d failed attempts forgotten",
        account_id,
        locked,
        given,
        failures,
    )
    return Unlocked(users=locked, conversations=given, failures=failures)


def _lift(session: Session, account_ref: str) -> tuple[int, int, list[int], int]:
    account = find_account(session, account_ref)
    if account is None:
        raise UnknownAccount(account_ref)
    account_id = id_of(account)
    locked = list(
        session.scalars(
            select(col(Cardholder.id)).where(
                col(Cardholder.account_id) == account_id, col(Cardholder.locked_at).is_not(None)
            )
        )
    )
    waiting: list[int] = []
    if locked:
        session.execute(
            update(Cardholder).where(col(Cardholder.id).in_(locked)).values(locked_at=None)
        )
        waiting = [
            conversation_id
            for conversation_id in session.scalars(
                select(col(Conversation.id)).where(
                    col(Conversation.cardholder_id).in_(locked),
                    col(Conversation.holder) != Holder.SPECIALIST,
                )
            )
            if conversation_id is not None
        ]
    return account_id, len(locked), waiting, forget_failures(session, account_id)
