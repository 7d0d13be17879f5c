"""What an inline button carries back: the conversation, the turn it was offered at, the value.

The turn lets the dialogue recognise a button from an older message (or a second tap); the
conversation lets the channel refuse a button that belongs to someone else. Values such as
``option:instalment-12`` contain ``:``, so the fields are separated by ``|``.
"""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class ChoiceData(CallbackData, prefix="c", sep="|"):
    conversation: int
    turn: int
    value: str
