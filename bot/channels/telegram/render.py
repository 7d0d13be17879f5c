"""A rendered reply as Telegram messages: HTML text in parts of at most 4096, buttons on the last.

Templates are autoescaped Jinja, so a reply is valid Telegram HTML; a long one (an agreement, a
five-year schedule) is split on line boundaries, closing the tags open at a cut and opening them
again in the next part. Lengths are counted in UTF-16 code units of the HTML source, which is
never less than what Telegram counts (the text without its tags, in UTF-16).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.channels.telegram.callbacks import ChoiceData
from bot.service.rendering import Rendered
from bot.texts import html_to_text

log = logging.getLogger(__name__)

TEXT_LIMIT = 4096

_TOKEN = re.compile(r"<[^<>]*>|&#?\w+;|.", re.DOTALL)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")


def size(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """``text`` in parts of at most ``limit``, cut after a line if possible, else after a space."""
    if size(text) <= limit:
        return [text]
    tokens = _TOKEN.findall(text)
    parts: list[str] = []
    start = 0  # where the part starts
    opened: tuple[tuple[str, str], ...] = ()  # the tags open there, as (name, opening tag)
    while start < len(tokens):
        stack = list(opened)
        used = sum(size(tag) for _, tag in stack)
        line = space = None
        end = start
        while end < len(tokens):
            token = tokens[end]
            after = _apply(stack, token)
            grown = used + size(token)
            if grown + sum(len(name) + 3 for name, _ in after) > limit:
                break
            stack, used = after, grown
            end += 1
            if token == "\n":
                line = (end, tuple(stack))
            elif token == " ":
                space = (end, tuple(stack))
        if end == len(tokens):
            cut = (end, tuple(stack))
        elif end == start:
            raise ValueError(f"cannot fit a part into {limit} characters")
        else:
            cut = line or space or (end, tuple(stack))
        end, closing = cut
        part = (
            "".join(tag for _, tag in opened)
            + "".join(tokens[start:end]).rstrip()  # the line break stays outside the closing tags
            + "".join(f"</{name}>" for name, _ in reversed(closing))
        )
        if html_to_text(part).strip():
            parts.append(part.strip())
        start, opened = end, closing
    return parts


def _apply(stack: list[tuple[str, str]], token: str) -> list[tuple[str, str]]:
    match = _TAG.match(token) if token.startswith("<") else None
    if match is None:
        return stack
    name = match[2].lower()
    if not match[1]:
        return [*stack, (name, token)]
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth][0] == name:
            return stack[:depth]
    return stack


def messages(replies: Sequence[Rendered]) -> list[list[Rendered]]:
    """The replies of one step grouped into the messages that carry them.

    A reply with no buttons and no document is joined by the next one while both fit in one
    message: one notification instead of two, and fewer messages against Telegram's limit of
    about one a second per chat. Buttons and documents end a message.
    """
    groups: list[list[Rendered]] = []
    for reply in replies:
        last = groups[-1] if groups else None
        if (
            last is not None
            and not last[-1].buttons
            and last[-1].attach is None
            and size(joined([*last, reply])) <= TEXT_LIMIT
        ):
            last.append(reply)
        else:
            groups.append([reply])
    return groups


def joined(group: Sequence[Rendered]) -> str:
    return "\n\n".join(reply.text for reply in group)


def keyboard(reply: Rendered) -> InlineKeyboardMarkup | None:
    """One button per row; each carries the conversation, the turn and its value.

    aiogram's models, made directly: its ``InlineKeyboardBuilder`` deep-copies the whole keyboard
    at every button it adds, which cost a quarter of the product's time in bench/throughput.py.
    """
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=button.label,
                    callback_data=ChoiceData(
                        conversation=reply.conversation_id, turn=reply.turn, value=button.value
                    ).pack(),
                )
            ]
            for button in reply.buttons
        ]
    )
