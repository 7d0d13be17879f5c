"""A change to what a conversation's steps are decided on, made outside those steps.

A running bot keeps each conversation's account, plan and state in memory between steps, and
every step saves with ``UPDATE … WHERE version = :seen``. Whatever changes those facts from
elsewhere (an import of accounts or payments, run from the command line while the bot runs)
moves the conversation's version on, so that the bot's next save is refused and it reads again.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import update
from sqlalchemy.orm import Session
from sqlmodel import col

from bot.storage.models import Conversation


def accounts_changed(session: Session, account_ids: Collection[int]) -> None:
    """The conversations of these accounts are to be read again by any bot holding them."""
    if not account_ids:
        return
    session.execute(
        update(Conversation)
        .where(col(Conversation.account_id).in_(list(account_ids)))
        .values(version=Conversation.version + 1)
        .execution_options(synchronize_session=False)
    )
