"""Replies as a channel shows them: the texts rendered once and remembered, with their buttons.

Rendering is deterministic (the same template, values and language give the same text), so a
text made only of plain values is kept: most questions are asked in the same words many times.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from bot.texts import Texts
from dialogs.replies import Label, Money, Reply
from dialogs.state import Dialogue

TEXTS_CACHE_SIZE = 4096
_PLAIN = (str, int, float, Decimal, date, Enum, Money, type(None))


def _cache_key(name: Hashable, params: Mapping[str, Any], language: str) -> Hashable | None:
    """A key for a text made only of plain values (numbers, words, days, amounts);
    ``None`` otherwise: same key, same text."""
    if not all(isinstance(value, _PLAIN) for value in params.values()):
        return None
    key = (name, language, tuple(sorted((k, type(v), v) for k, v in params.items())))
    try:
        hash(key)
    except TypeError:  # e.g. Money holding something unhashable
        return None
    return key


@dataclass(frozen=True, slots=True)
class Button:
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Rendered:
    """A reply ready for a channel: HTML text, buttons, and the turn its buttons belong to."""

    text: str
    buttons: tuple[Button, ...]
    conversation_id: int
    turn: int
    transcript_id: int | None = None
    template: str = ""
    #: A document to send after the text (``"agreement"``: the accepted agreement as a PDF).
    attach: str | None = None
    #: The agreement this very step wrote (its columns), and the cardholder's time zone: its
    #: document is made from these, with no read.
    #: ``None``: the document is of the agreement on file.
    agreement: tuple[Mapping[str, Any], str] | None = None


@dataclass(frozen=True, slots=True)
class Sending:
    """What a step hands its channel to send, inside the step's transaction (``Outgoing``)."""

    chat_id: int
    cardholder_id: int
    replies: Sequence[Rendered]
    #: The message whose keyboard was tapped: it goes before the replies.
    removal: int | None = None
    reminder_id: int | None = None
    #: The step answered a tap (an old button is answered on the button itself).
    tap: bool = False


class Renderer:
    """Texts and labels in a language, from the catalogs; plain ones remembered."""

    def __init__(self, texts: Texts) -> None:
        self.texts = texts
        self._cache: dict[Hashable, str] = {}

    def text(self, reply: Reply, language: str) -> str:
        """``texts.render``, remembered for replies whose values are plain (most questions)."""
        key = _cache_key(reply.template, reply.params, language)
        if key is None:
            return self.texts.render(reply, language)
        text = self._cache.get(key)
        if text is None:
            text = self._remember(key, self.texts.render(reply, language))
        return text

    def label(self, label: Label, language: str) -> str:
        key = _cache_key((label.msgid, label.plural, label.n), label.params, language)
        if key is None:
            return self.texts.label(label, language)
        text = self._cache.get(key)
        if text is None:
            text = self._remember(key, self.texts.label(label, language))
        return text

    def rendered(
        self,
        conversation_id: int,
        state: Dialogue,
        replies: Sequence[Reply],
        texts: Sequence[str],
        transcript_ids: Sequence[int],
    ) -> list[Rendered]:
        """The replies of a step as a channel sends them, each with its transcript row."""
        return [
            Rendered(
                text,
                tuple(Button(self.label(c.label, state.language), c.data) for c in reply.choices),
                conversation_id,
                state.turn,
                transcript_id,
                reply.template,
                reply.attach,
            )
            for reply, text, transcript_id in zip(replies, texts, transcript_ids, strict=True)
        ]

    def clear(self) -> None:
        """Forget every text kept (they are made again, the same, when next needed)."""
        self._cache.clear()

    def _remember(self, key: Hashable, text: str) -> str:
        if len(self._cache) >= TEXTS_CACHE_SIZE:
            self._cache.clear()
        self._cache[key] = text
        return text
