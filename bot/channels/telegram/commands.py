"""The command menu Telegram shows next to the text field, in each of the cardholder's languages.

Typing a command is ordinary text for the dialogue (``/person`` asks for a person), so nothing
here handles them; this only tells Telegram what to offer.
"""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.types import BotCommand, BotCommandScopeAllPrivateChats

from bot.texts import Texts
from dialogs.replies import Label, _

log = logging.getLogger(__name__)

COMMANDS: tuple[tuple[str, Label], ...] = (
    ("help", _("What I can do for you")),
    ("person", _("Talk to a person")),
    ("language", _("Change the language")),
    ("plan", _("My plan and next payment")),
    ("stop", _("Stop payment reminders")),
)


def menu(texts: Texts, language: str) -> list[BotCommand]:
    return [
        BotCommand(command=name, description=texts.label(label, language))
        for name, label in COMMANDS
    ]


async def register_commands(bot: Bot, texts: Texts, default_language: str) -> None:
    """The menu for private chats: one per language Telegram tells us, and a default."""
    scope = BotCommandScopeAllPrivateChats()
    try:
        await bot.set_my_commands(menu(texts, default_language), scope=scope)
        for language in texts.languages:
            await bot.set_my_commands(menu(texts, language), scope=scope, language_code=language)
    except (TelegramAPIError, TelegramNetworkError) as error:
        # The menu is a convenience: typed commands work without it.
        log.warning("could not register the command menu: %s", type(error).__name__)
