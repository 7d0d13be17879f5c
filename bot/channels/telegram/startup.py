"""Before the bot serves: its token checked, and the Bot API reached, however long that takes.

At start the bot asks the Bot API who it is (``getMe``):

- a token that is not shaped like one, or that the Bot API refuses (401, or 404 for a token it
  cannot read), is a :class:`~bot.config.ConfigError` naming ``telegram.token``: the command
  line stops with that one line and exit status 2, as for any configuration problem; a service
  manager restarting it would only be refused again;
- a Bot API that cannot be reached (network, 5xx, flood control) is asked again with backoff,
  :data:`FIRST_WAIT` seconds, doubling up to :data:`LONGEST_WAIT`, each failure logged, until
  it answers or the bot is stopped: a network that comes back is not a reason to crash.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from aiogram import Bot
from aiogram.exceptions import (
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.utils.token import TokenValidationError, validate_token

from bot.config import ConfigError

log = logging.getLogger(__name__)

FIRST_WAIT = 1.0
LONGEST_WAIT = 60.0

#: Waits the seconds given, unless the bot is stopped first; whether to go on.
Pause = Callable[[float], Awaitable[bool]]


def check_token(token: str) -> None:
    """A :class:`ConfigError` unless ``token`` is shaped like a bot token (``123456:ABC…``)."""
    if not token:
        raise ConfigError("telegram.token: not set (put it in OVERDUE_BOT_TELEGRAM__TOKEN)")
    try:
        validate_token(token)
    except TokenValidationError:
        raise ConfigError(
            "telegram.token: not a bot token (@BotFather's look like 123456:ABC-DEF…)"
        ) from None


async def reach_telegram(bot: Bot, api_base: str, pause: Pause) -> bool:
    """Whether the Bot API at ``api_base`` answered before the bot was stopped.

    Raises :class:`ConfigError` if it refuses the token.
    """
    wait = FIRST_WAIT
    while True:
        try:
            me = await bot.me()  # kept by aiogram: polling asks no more
        except (TelegramUnauthorizedError, TelegramNotFound) as refused:
            raise ConfigError(
                f"telegram.token: refused by the Bot API at {api_base} ({refused.message})"
            ) from None
        except (TelegramNetworkError, TelegramServerError, TelegramRetryAfter) as error:
            if isinstance(error, TelegramRetryAfter):
                wait = max(wait, float(error.retry_after))
            log.warning(
                "Bot API at %s not reachable (%s): trying again in %.0f s",
                api_base,
                type(error).__name__,
                wait,
            )
            if not await pause(wait):
                return False
            wait = min(wait * 2, LONGEST_WAIT)
        else:
            log.info("Bot API at %s reached: the bot is @%s", api_base, me.username)
            return True
