"""Who a Telegram user is: the cardholder (and conversation) behind a user id, or nobody.

A link between a Telegram user and a cardholder is made once, by an invite, and never changes,
so it is remembered in memory after the first look-up: most updates cost no query here.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlmodel import col

from bot.operations.accounts import Redemption, redeem_invite
from bot.operations.attempts import InviteLimits
from bot.storage.db import Database
from bot.storage.models import Cardholder, Conversation

CHANNEL = "telegram"


@dataclass(slots=True)
class Link:
    cardholder_id: int
    conversation_id: int | None  # None until the first step creates the conversation
    unreachable: bool  # a send failed with 403 (the bot was blocked)


class Directory:
    def __init__(
        self, db: Database, *, size: int = 100_000, limits: InviteLimits | None = None
    ) -> None:
        self.db = db
        self.size = size
        self.limits = limits or InviteLimits()
        self._links: OrderedDict[int, Link] = OrderedDict()

    async def find(self, user_id: int) -> Link | None:
        link = self._links.get(user_id)
        if link is not None:
            self._links.move_to_end(user_id)
            return link
        row = await self.db.read(
            lambda session: session.execute(
                select(col(Cardholder.id), col(Cardholder.unreachable_at), col(Conversation.id))
                .outerjoin(Conversation, col(Conversation.cardholder_id) == Cardholder.id)
                .where(col(Cardholder.channel) == CHANNEL, col(Cardholder.user_id) == user_id)
            ).first()
        )
        if row is None:
            return None  # not remembered: an invite may link this user at any moment
        cardholder_id, unreachable_at, conversation_id = row
        assert cardholder_id is not None  # a key read from the table
        return self._remember(
            user_id, Link(cardholder_id, conversation_id, unreachable_at is not None)
        )

    async def redeem(self, token: str, *, user_id: int, chat_id: int, now: datetime) -> Redemption:
        """Redeem an invite for this user, in a write of its own."""
        redemption = await self.db.write(
            redeem_invite,
            token,
            channel=CHANNEL,
            user_id=user_id,
            chat_id=chat_id,
            now=now,
            limits=self.limits,
        )
        if redemption.cardholder is not None:
            self._links.pop(user_id, None)  # read afresh, with its conversation
        return redemption

    def conversation_seen(self, link: Link, conversation_id: int) -> None:
        link.conversation_id = conversation_id

    def forget(self, user_id: int) -> None:
        """Read the user's link afresh next time (something else changed the cardholder)."""
        self._links.pop(user_id, None)

    async def reachable_again(self, link: Link) -> None:
        """The cardholder wrote to us: whatever blocked delivery is over."""
        if link.unreachable:
            await self._set_unreachable(link, None)

    async def _set_unreachable(self, link: Link, moment: datetime | None) -> None:
        await self.db.write(
            lambda session: session.execute(
                update(Cardholder)
                .where(col(Cardholder.id) == link.cardholder_id)
                .values(unreachable_at=moment)
            )
        )
        link.unreachable = moment is not None

    def _remember(self, user_id: int, link: Link) -> Link:
        self._links[user_id] = link
        if len(self._links) > self.size:
            self._links.popitem(last=False)
        return link
