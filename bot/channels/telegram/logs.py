"""Log hygiene while the bot runs: its secrets never reach a log line, nor do cardholders' words.

Our own log lines carry conversation ids only. Two things outside our code could still leak:

- an error message quoting a request URL, which holds the bot token (``…/bot<token>/sendMessage``);
  :class:`Redact` replaces the token and the webhook secret on every handler of the root logger,
  message, arguments and traceback alike;
- SQLAlchemy's engine log: its statements (INFO) are logged only with ``[database] echo``,
  and without their values (the engine hides them); the rows read, which it logs at DEBUG,
  never are. That logger is kept at WARNING unless set, and never below INFO.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

MASK = "[redacted]"
#: Loggers whose DEBUG output quotes data we must not log.
CHATTY = ("sqlalchemy.engine",)


class Redact(logging.Filter):
    """Replaces each secret by :data:`MASK` in a record before any handler formats it."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        # The whole token and its secret half (after "id:"): either may be quoted alone.
        found = {
            s
            for secret in secrets
            if secret
            for s in (secret, secret.partition(":")[2])
            if len(s) >= 6
        }
        self.secrets = sorted(found, key=len, reverse=True)

    def scrub(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        clean = self.scrub(message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = self.scrub(record.stack_info)
        return True


@contextmanager
def guarded_logs(*secrets: str) -> Iterator[Redact]:
    """While inside, every root handler redacts ``secrets`` and chatty loggers stay quiet."""
    redact = Redact(secrets)
    for name in CHATTY:
        chatty = logging.getLogger(name)
        if chatty.level == logging.NOTSET:
            chatty.setLevel(logging.WARNING)
        elif chatty.level < logging.INFO:
            chatty.setLevel(logging.INFO)
    handlers = list(logging.getLogger().handlers)
    for handler in handlers:
        handler.addFilter(redact)
    try:
        yield redact
    finally:
        for handler in handlers:
            handler.removeFilter(redact)
