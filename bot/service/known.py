"""What steps know of recent conversations, kept between steps.

A step reads nothing of a conversation it knows: its save's version check tells whether what it
was decided on was still current (if not, the step reads again). Anything else that changes a
conversation (the desk, an import) makes it forgotten here or moves its version on.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from bot.service.effects import ShownText
from bot.service.facts import PlanRows
from bot.storage.models import Account, Cardholder
from bot.storage.models import Conversation as ConversationRow
from dialogs.state import Dialogue

KNOWN_SIZE = 10_000


@dataclass(slots=True)
class KnownConversation:
    """What a step needs of a conversation besides the event, as of ``version``."""

    cardholder: Cardholder
    account: Account
    row: ConversationRow
    version: int
    state: Dialogue
    plan: PlanRows | None
    #: The agreement text last shown, with what it was made of (language, values): "I agree"
    #: stores that very text without making it again (sixty payments' rows), when it is still
    #: made of the same.
    shown_agreement: ShownText | None = None


class KnownConversations:
    """The most recently used conversations, by cardholder id; the oldest make way."""

    def __init__(self, size: int = KNOWN_SIZE) -> None:
        self.size = size
        self._by_cardholder: OrderedDict[int, KnownConversation] = OrderedDict()

    def get(self, cardholder_id: int) -> KnownConversation | None:
        known = self._by_cardholder.get(cardholder_id)
        if known is not None:
            self._by_cardholder.move_to_end(cardholder_id)
        return known

    def peek(self, cardholder_id: int) -> KnownConversation | None:
        """As :meth:`get`, without counting as a use."""
        return self._by_cardholder.get(cardholder_id)

    def keep(self, cardholder_id: int, known: KnownConversation) -> None:
        if len(self._by_cardholder) >= self.size:
            self._by_cardholder.popitem(last=False)
        self._by_cardholder[cardholder_id] = known

    def drop(self, cardholder_id: int) -> None:
        self._by_cardholder.pop(cardholder_id, None)

    def clear(self) -> None:
        self._by_cardholder.clear()

    def forget(self, conversation_id: int) -> None:
        """Drop the conversation with this id (it was changed elsewhere)."""
        for cardholder_id, known in list(self._by_cardholder.items()):
            if known.row.id == conversation_id:
                del self._by_cardholder[cardholder_id]
