"""The negotiation itself, pure: ``step(dialogue, event, facts) -> Outcome``.

Nothing here imports aiogram or the database; the shell in ``bot/`` feeds events in, renders the
replies and performs the effects. Start reading at :mod:`dialogs.flow`.
"""

from dialogs.effects import Effect
from dialogs.events import Event
from dialogs.facts import Facts
from dialogs.flow import step
from dialogs.move import Outcome
from dialogs.replies import Reply
from dialogs.state import Dialogue, Step

__all__ = ["Dialogue", "Effect", "Event", "Facts", "Outcome", "Reply", "Step", "step"]
