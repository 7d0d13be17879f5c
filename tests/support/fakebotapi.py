"""A fake Telegram Bot API server for tests.

``FakeBotAPI`` is a small aiohttp application listening on ``127.0.0.1`` at a free
port.  aiogram's *real* HTTP client talks to it::

    async with FakeBotAPI() as api:
        session = AiohttpSession(api=TelegramAPIServer.from_base(api.base_url))
        bot = Bot(api.token, session=session)
        ...

It understands requests the way Telegram does: ``GET`` or ``POST``; a JSON body,
``application/x-www-form-urlencoded`` or ``multipart/form-data`` (what aiogram
sends), with JSON-encoded complex fields (``reply_markup``, ``commands``, ...)
decoded into Python objects and uploaded files (``attach://<part>`` references or
direct file parts) turned into :class:`UploadedFile`.

Every request is recorded in :attr:`FakeBotAPI.calls` as a :class:`Call`; bot
messages and injected user messages live in a per-chat store
(:meth:`FakeBotAPI.chat`) that edits, deletions and copies keep current.

Waiting never sleeps on the wall clock: :meth:`FakeBotAPI.wait_for` and
:meth:`FakeBotAPI.wait_idle` wait on an ``asyncio.Event`` that is set on every
recorded call, every request start/finish and every queued or handed-out update.

The real Telegram is never contacted.
"""

from __future__ import annotations

import asyncio
import copy
import html
import json
import mimetypes
import re
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from aiohttp import web

__all__ = ["Call", "FakeBotAPI", "UploadedFile"]


# --------------------------------------------------------------------------- records


@dataclass
class UploadedFile:
    """A file part of a multipart request (what aiogram sends for an ``InputFile``)."""

    filename: str
    content: bytes
    content_type: str = "application/octet-stream"

    def __repr__(self) -> str:  # keep Call reprs short
        return f"UploadedFile({self.filename!r}, {len(self.content)} bytes, {self.content_type!r})"


@dataclass
class Call:
    """One request the server received.

    ``params`` holds the decoded parameters: ids as ``int``, booleans as ``bool``,
    JSON fields as dicts/lists, text as ``str`` (raw, tags included), files as
    :class:`UploadedFile`.  ``status`` and ``response`` (the full JSON body sent
    back) are filled in once the request has been answered.
    """

    method: str
    params: dict[str, Any]
    at: float
    http_method: str = "POST"
    content_type: str = ""  # of the request's body: a form, multipart or JSON
    status: int | None = None
    response: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200

    @property
    def result(self) -> Any:
        return None if self.response is None else self.response.get("result")


class _APIError(Exception):
    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def _copy(value: Any) -> Any:
    """A deep copy of JSON-shaped data (dicts, lists, scalars), a few times faster than
    ``copy.deepcopy``: the fake copies every message it stores and returns, and under the
    benchmark's load that copying was a fifth of its time, more of it for bigger messages."""
    if isinstance(value, dict):
        return {key: _copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy(item) for item in value]
    if isinstance(value, str | int | float | bool | type(None)):
        return value
    return copy.deepcopy(value)


def _bad(description: str) -> _APIError:
    return _APIError(400, f"Bad Request: {description}")


@dataclass
class _Failure:
    method: str
    status: int
    description: str
    retry_after: int | None
    chat_id: int | str | None
    times: int


@dataclass
class _StoredFile:
    file_id: str
    file_unique_id: str
    content: bytes | None
    file_path: str


# --------------------------------------------------------------------------- constants

_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running",
    413: "Request Entity Too Large",
    429: "Too Many Requests: retry after {retry_after}",
    500: "Internal Server Error",
    502: "Bad Gateway",
}

_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
_BAD_QUERY = "query is too old and response timeout expired or query ID is invalid"

_INT_FIELDS = frozenset(
    {
        "chat_id", "from_chat_id", "message_id", "message_thread_id", "offset", "limit",
        "timeout", "icon_color", "user_id", "reply_to_message_id", "cache_time",
        "max_connections", "duration", "width", "height", "until_date",
        "direct_messages_topic_id", "video_start_timestamp",
    }
)  # fmt: skip
_BOOL_FIELDS = frozenset(
    {
        "disable_notification", "protect_content", "show_alert", "drop_pending_updates",
        "disable_web_page_preview", "allow_sending_without_reply", "has_spoiler",
        "disable_content_type_detection", "show_caption_above_media", "allow_paid_broadcast",
        "revoke_messages", "only_if_banned", "is_big", "remove_caption", "for_channels",
    }
)  # fmt: skip
_JSON_FIELDS = frozenset(
    {
        "reply_markup", "allowed_updates", "commands", "scope", "entities",
        "caption_entities", "link_preview_options", "reply_parameters", "message_ids",
        "media", "results", "permissions", "reaction", "menu_button", "rights",
        "suggested_post_parameters",
    }
)  # fmt: skip
_STR_FIELDS = frozenset(
    {
        "text", "caption", "parse_mode", "data", "callback_query_id", "name",
        "language_code", "url", "action", "icon_custom_emoji_id", "inline_message_id",
        "business_connection_id", "secret_token", "ip_address", "message_effect_id",
        "description", "short_description", "file_id", "emoji",
    }
)  # fmt: skip

_HTML_TAGS = frozenset(
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
        "a", "tg-emoji", "code", "pre", "blockquote", "tg-time",
    }
)  # fmt: skip
_HTML_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s[^<>]*)?)>")
_HTML_SPECIAL_RE = re.compile(r"[<&]")
_HTML_ENTITY_RE = re.compile(r"&(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);")

_CHAT_ACTIONS = frozenset(
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice",
        "upload_voice", "upload_document", "choose_sticker", "find_location",
        "record_video_note", "upload_video_note",
    }
)  # fmt: skip
_TOPIC_COLORS = frozenset({7322096, 16766590, 13338331, 9367192, 16749490, 16478047})
_COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")
_CONTENT_KEYS = (
    "text", "caption", "document", "photo", "sticker", "voice", "audio", "video",
    "animation", "video_note", "contact", "location", "venue", "poll", "dice",
)  # fmt: skip
_MEDIA_KEYS = ("document", "photo", "voice", "audio", "video", "animation")
# update types Telegram does not deliver unless they are asked for explicitly
_OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


def plain_text(text: str, parse_mode: str | None) -> str:
    """The text Telegram would display: HTML tags stripped and entities decoded.

    Raises ``_APIError`` (400 "can't parse entities") for unsupported or unbalanced
    tags and for a bare ``<``, as Telegram does.  Other parse modes are not parsed.
    """
    if not parse_mode or parse_mode.lower() != "html":
        return text
    out: list[str] = []
    stack: list[str] = []
    i = 0
    n = len(text)

    def offset(pos: int) -> int:
        return len(text[:pos].encode("utf-8"))

    while i < n:
        special = _HTML_SPECIAL_RE.search(text, i)
        if special is None:  # plain text to the end, taken in one piece
            out.append(text[i:])
            break
        if special.start() > i:
            out.append(text[i : special.start()])
            i = special.start()
        ch = text[i]
        if ch == "<":
            m = _HTML_TAG_RE.match(text, i)
            if m is None:
                raise _bad(
                    f'can\'t parse entities: Unsupported start tag "" at byte offset {offset(i)}'
                )
            closing, name = m.group(1), m.group(2).lower()
            if closing:
                if not stack:
                    raise _bad(
                        f"can't parse entities: Unexpected end tag at byte offset {offset(i)}"
                    )
                if stack[-1] != name:
                    raise _bad(
                        f"can't parse entities: Unmatched end tag at byte offset {offset(i)}, "
                        f'expected "</{stack[-1]}>", found "</{name}>"'
                    )
                stack.pop()
            else:
                if name not in _HTML_TAGS:
                    raise _bad(
                        f'can\'t parse entities: Unsupported start tag "{name}" '
                        f"at byte offset {offset(i)}"
                    )
                stack.append(name)
            i = m.end()
        elif ch == "&":
            m = _HTML_ENTITY_RE.match(text, i)
            if m is None:
                out.append("&")
                i += 1
            else:
                out.append(html.unescape(m.group(0)))
                i = m.end()
    if stack:
        raise _bad(
            f"can't parse entities: Can't find end tag corresponding to start tag \"{stack[-1]}\""
        )
    return "".join(out)


def _decode_value(key: str, value: Any) -> Any:
    """Turn one form/query/JSON value into what Telegram would understand."""
    if isinstance(value, UploadedFile) or value is None:
        return value
    if not isinstance(value, str):
        if key in _INT_FIELDS and isinstance(value, float) and value.is_integer():
            return int(value)
        return value
    if key in _STR_FIELDS:
        return value
    stripped = value.strip()
    if key in _INT_FIELDS or key in _BOOL_FIELDS:
        if re.fullmatch(r"-?\d+", stripped):
            return int(stripped)
        if stripped.lower() in ("true", "false"):
            return stripped.lower() == "true"
        return value  # e.g. chat_id="@channel"
    if key in _JSON_FIELDS or (stripped[:1] in ("{", "[")):
        try:
            return json.loads(stripped)
        except ValueError:
            if key in _JSON_FIELDS:
                raise _bad(f"can't parse {key} JSON object") from None
            return value
    return value


def _int(value: Any) -> int | str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    try:
        return int(str(value))
    except ValueError:
        return str(value)


# --------------------------------------------------------------------------- server


class FakeBotAPI:
    """aiohttp server on 127.0.0.1 at a free port, speaking enough Bot API for tests.

    Inspecting:
      * ``calls`` / ``calls_of(method)`` -- every request, in order (failed ones too).
      * ``sent_messages(chat_id)`` -- params of *successful* sendMessage, sendDocument,
        sendPhoto and copyMessage calls, in order.
      * ``chat(chat_id)`` -- current messages of a chat (bot-sent and injected), ordered
        by message_id, reflecting edits, deletions, copies and forwards.
      * ``topics(chat_id)``, ``commands(scope, language_code)``, ``file_content(file_id)``,
        ``webhook_url``, ``pending_updates``.

    Injecting updates: ``message``, ``edited_message``, ``callback``, ``push_update``.
    Failures: ``fail(method, status=..., ...)``.
    Waiting: ``wait_for(...)`` and ``wait_idle(...)``.

    ``max_poll_timeout`` caps getUpdates' long-poll ``timeout`` (seconds) so a poller
    re-polls quickly; a long poll returns at once when an update is queued or the
    server stops.
    """

    def __init__(
        self,
        token: str = "42:TEST",
        bot_username: str = "OverdueCardBot",
        *,
        bot_first_name: str = "Overdue Card Bot",
        max_poll_timeout: float = 1.0,
        has_topics_enabled: bool = True,
    ) -> None:
        self.token = token
        self.bot_username = bot_username
        self.bot_id = int(token.split(":", 1)[0]) if token.split(":", 1)[0].isdigit() else 42
        self.bot_first_name = bot_first_name
        self.max_poll_timeout = max_poll_timeout
        self.has_topics_enabled = has_topics_enabled

        self.calls: list[Call] = []
        # exceptions raised by the fake itself (answered as 500); tests may assert it is empty
        self.server_errors: list[Exception] = []
        self.webhook_url: str = ""
        self.my_commands: dict[tuple[str, str], list[dict[str, Any]]] = {}

        self._runner: web.AppRunner | None = None
        self._base_url: str | None = None
        self._closing = False

        self._updates: list[dict[str, Any]] = []  # queued, not yet confirmed by offset
        self._next_update_id = 100_000_001
        self._handed_out = 0  # highest update_id returned by getUpdates
        self._allowed_updates: list[str] | None = None
        self._poll_generation = 0

        self._chats: dict[int | str, dict[int, dict[str, Any]]] = {}
        self._chat_info: dict[int | str, dict[str, Any]] = {}
        self._next_message_id: dict[int | str, int] = {}
        self._topics: dict[int | str, dict[int, dict[str, Any]]] = {}
        self._open_callbacks: set[str] = set()
        self._next_callback = 1
        self._files: dict[str, _StoredFile] = {}
        self._next_file = 1
        self._failures: list[_Failure] = []

        self._in_flight = 0  # requests being handled, getUpdates excluded
        self._activity = 0  # bumps on anything except getUpdates bookkeeping
        self._event: asyncio.Event | None = None

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        if self._runner is not None:
            raise RuntimeError("FakeBotAPI already started")
        self._closing = False
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_route("GET", "/file/bot{token}/{path:.+}", self._handle_file)
        app.router.add_route("*", "/{tail:.*}", self._handle_unknown_path)
        runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=1.0
        )
        await runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        site = web.SockSite(runner, sock)
        try:
            await site.start()
        except BaseException:
            sock.close()
            await runner.cleanup()
            raise
        self._sock = sock
        self._runner = runner
        port = sock.getsockname()[1]
        self._base_url = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is None:
            return
        self._closing = True
        self._signal()  # wake parked long polls so shutdown does not wait for them
        await runner.cleanup()
        self._sock.close()

    async def __aenter__(self) -> FakeBotAPI:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>``; pass to ``TelegramAPIServer.from_base``."""
        if self._base_url is None:
            raise RuntimeError("FakeBotAPI is not started")
        return self._base_url

    def telegram_server(self) -> Any:
        """``aiogram.client.telegram.TelegramAPIServer`` pointing at this server."""
        from aiogram.client.telegram import TelegramAPIServer

        return TelegramAPIServer.from_base(self.base_url)

    # ------------------------------------------------------------------ inspecting

    def calls_of(self, method: str) -> list[Call]:
        canon = self._canonical(method)
        return [c for c in self.calls if c.method == canon]

    def sent_messages(self, chat_id: int | str | None = None) -> list[dict[str, Any]]:
        """Params of successful sendMessage/sendDocument/sendPhoto/copyMessage calls."""
        wanted = {"sendMessage", "sendDocument", "sendPhoto", "copyMessage"}
        return [
            c.params
            for c in self.calls
            if c.method in wanted
            and c.ok
            and (chat_id is None or _int(c.params.get("chat_id")) == _int(chat_id))
        ]

    def chat(self, chat_id: int | str) -> list[dict[str, Any]]:
        """Current messages of a chat (copies), oldest first."""
        store = self._chats.get(_int(chat_id), {})  # type: ignore[arg-type]
        return [_copy(store[k]) for k in sorted(store)]

    def get_message(self, chat_id: int | str, message_id: int) -> dict[str, Any] | None:
        msg = self._chats.get(_int(chat_id), {}).get(message_id)  # type: ignore[arg-type]
        return _copy(msg) if msg is not None else None

    def topics(self, chat_id: int | str) -> list[dict[str, Any]]:
        """Forum topics of a chat: message_thread_id, name, icon_color, closed."""
        store = self._topics.get(_int(chat_id), {})  # type: ignore[arg-type]
        return [dict(store[k]) for k in sorted(store)]

    def commands(
        self, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, Any]]:
        """Commands set via setMyCommands for a scope (default scope when None)."""
        return list(self.my_commands.get((self._scope_key(scope), language_code or ""), []))

    def file_content(self, file_id: str) -> bytes | None:
        stored = self._files.get(file_id)
        return None if stored is None else stored.content

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        """Queued updates not yet confirmed through getUpdates' offset."""
        return _copy(self._updates)

    def clear_calls(self) -> None:
        self.calls.clear()
        self._signal()

    def confirm_updates(self) -> list[dict[str, Any]]:
        """Forget the queued updates as a getUpdates with the next offset would; what they were."""
        confirmed, self._updates = self._updates, []
        return confirmed

    # ------------------------------------------------------------------ failures

    def fail(
        self,
        method: str,
        *,
        status: int,
        description: str | None = None,
        retry_after: int | None = None,
        chat_id: int | str | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next ``times`` calls of ``method`` (optionally only those for
        ``chat_id``) with an error in Telegram's shape.

        The default description depends on ``status`` (403 -> "Forbidden: bot was
        blocked by the user", 429 -> "Too Many Requests: retry after N", ...); a 429
        without ``retry_after`` gets ``retry_after=1``.  Failed calls are recorded but
        have no effect.  Rules are consumed in the order they were added.
        """
        if status == 429 and retry_after is None:
            retry_after = 1
        if description is None:
            description = _DEFAULT_DESCRIPTIONS.get(status, "Error").format(retry_after=retry_after)
        self._failures.append(
            _Failure(
                method=self._canonical(method),
                status=status,
                description=description,
                retry_after=retry_after,
                chat_id=_int(chat_id),
                times=times,
            )
        )

    # ------------------------------------------------------------------ injecting

    def push_update(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue a raw update (``update_id`` assigned when missing). Returns a copy."""
        update = _copy(update)
        if "update_id" not in update:
            update["update_id"] = self._next_update_id
        self._next_update_id = max(self._next_update_id, update["update_id"]) + 1
        for key in ("message", "edited_message", "channel_post", "business_message"):
            msg = update.get(key)
            if isinstance(msg, dict) and "chat" in msg and "message_id" in msg:
                self._remember_chat(msg["chat"])
                self._store(msg)
        self._updates.append(update)
        self._signal()
        return _copy(update)

    def message(
        self,
        user_id: int,
        text: str | None = None,
        *,
        chat_id: int | None = None,
        chat_type: str = "private",
        language_code: str | None = "en",
        message_thread_id: int | None = None,
        sticker: bool = False,
        photo: bool | bytes = False,
        document: bool | bytes = False,
        voice: bool | bytes = False,
        first_name: str = "Test",
        reply_to_message_id: int | None = None,
        extra: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Queue a ``message`` update from a user and return it.

        ``chat_id`` defaults to ``user_id`` in private chats and to
        ``-100<user_id>``-ish ids for groups.  With any media flag the text becomes the
        caption.  ``photo``/``document``/``voice`` may be bytes, then the file can be
        fetched with getFile and downloaded.  ``extra`` is merged into the message.
        """
        user = self._user(user_id, first_name, language_code)
        chat = self._chat_for(user_id, chat_id, chat_type, first_name, message_thread_id)
        msg: dict[str, Any] = {
            "message_id": self._alloc_message_id(chat["id"]),
            "from": user,
            "chat": chat,
            "date": int(time.time()),
        }
        if message_thread_id is not None:
            msg["message_thread_id"] = message_thread_id
            msg["is_topic_message"] = True
            topics = self._topics.setdefault(chat["id"], {})
            topics.setdefault(
                message_thread_id,
                {
                    "message_thread_id": message_thread_id,
                    "name": f"Topic {message_thread_id}",
                    "icon_color": 7322096,
                    "closed": False,
                },
            )
        media = False
        if sticker:
            media = True
            msg["sticker"] = {
                "file_id": self._new_file(None, "stickers", ".webp").file_id,
                "file_unique_id": f"AgADst{self._next_file}",
                "type": "regular",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
                "emoji": "👍",
            }
        if photo:
            media = True
            content = photo if isinstance(photo, bytes) else None
            msg["photo"] = self._photo_sizes(content)
        if document:
            media = True
            content = document if isinstance(document, bytes) else b"%PDF-1.4 test"
            stored = self._new_file(content, "documents", ".pdf")
            msg["document"] = {
                "file_id": stored.file_id,
                "file_unique_id": stored.file_unique_id,
                "file_name": "document.pdf",
                "mime_type": "application/pdf",
                "file_size": len(content),
            }
        if voice:
            media = True
            content = voice if isinstance(voice, bytes) else b"OggS voice"
            stored = self._new_file(content, "voice", ".oga")
            msg["voice"] = {
                "file_id": stored.file_id,
                "file_unique_id": stored.file_unique_id,
                "duration": 3,
                "mime_type": "audio/ogg",
                "file_size": len(content),
            }
        if text is not None:
            msg["caption" if media else "text"] = text
        if reply_to_message_id is not None:
            replied = self._chats.get(chat["id"], {}).get(reply_to_message_id)
            if replied is not None:
                msg["reply_to_message"] = _copy(replied)
        if extra:
            msg.update(_copy(extra))
        return self.push_update({"message": msg})

    def edited_message(
        self,
        user_id: int,
        message_id: int,
        text: str,
        *,
        chat_id: int | None = None,
        chat_type: str = "private",
        language_code: str | None = "en",
        message_thread_id: int | None = None,
        first_name: str = "Test",
    ) -> dict[str, Any]:
        """Queue an ``edited_message`` update for an earlier user message and return it."""
        chat = self._chat_for(user_id, chat_id, chat_type, first_name, message_thread_id)
        stored = self._chats.get(chat["id"], {}).get(message_id)
        now = int(time.time())
        if stored is not None:
            msg = _copy(stored)
            msg.pop("reply_markup", None)
        else:
            msg = {
                "message_id": message_id,
                "from": self._user(user_id, first_name, language_code),
                "chat": chat,
                "date": now,
            }
            if message_thread_id is not None:
                msg["message_thread_id"] = message_thread_id
                msg["is_topic_message"] = True
            self._next_message_id[chat["id"]] = max(
                self._next_message_id.get(chat["id"], 1), message_id + 1
            )
        if "caption" in msg:
            msg["caption"] = text
        else:
            msg["text"] = text
        msg["edit_date"] = now
        return self.push_update({"edited_message": msg})

    def callback(
        self,
        user_id: int,
        message_id: int,
        data: str,
        *,
        chat_id: int | None = None,
        language_code: str | None = "en",
        first_name: str = "Test",
        sender: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Queue a ``callback_query`` pressed on message ``message_id`` and return it.

        The message is looked up in the store so it carries its current text and
        reply_markup; an unknown message_id gets a minimal message. ``sender`` replaces the
        ``from`` user (a bot, say).
        """
        cid = chat_id if chat_id is not None else user_id
        stored = self._chats.get(cid, {}).get(message_id)
        if stored is not None:
            msg = _copy(stored)
        else:
            msg = {
                "message_id": message_id,
                "from": self._bot_user(),
                "chat": self._chat_info.get(cid) or self._default_chat(cid, first_name=first_name),
                "date": int(time.time()),
            }
        query_id = f"{self.bot_id}{self._next_callback:08d}"
        self._next_callback += 1
        self._open_callbacks.add(query_id)
        return self.push_update(
            {
                "callback_query": {
                    "id": query_id,
                    "from": sender or self._user(user_id, first_name, language_code),
                    "message": msg,
                    "chat_instance": f"ci{abs(hash(cid)) % 10**12}",
                    "data": data,
                }
            }
        )

    # ------------------------------------------------------------------ waiting

    def _signal(self, *, activity: bool = True) -> None:
        if activity:
            self._activity += 1
        if self._event is not None:
            self._event.set()
        self._event = asyncio.Event()

    def _current_event(self) -> asyncio.Event:
        if self._event is None:
            self._event = asyncio.Event()
        return self._event

    async def _wait_change(self, at_most: float | None = None) -> bool:
        """Wait until anything changes; False when ``at_most`` seconds passed first."""
        event = self._current_event()
        if at_most is None:
            await event.wait()
            return True
        try:
            async with asyncio.timeout(at_most):
                await event.wait()
        except TimeoutError:
            return False
        return True

    async def wait_for(
        self,
        method: str,
        predicate: Callable[[Call], bool] | None = None,
        *,
        count: int = 1,
        timeout: float = 5.0,  # noqa: ASYNC109 - part of the helper's API
        since: int = 0,
    ) -> list[Call]:
        """Wait until at least ``count`` calls of ``method`` matching ``predicate`` are
        recorded (counting ``calls[since:]``; pass ``since=len(api.calls)`` to only
        consider calls made from now on).  Returns all matching calls.

        Event based (no polling sleeps); raises ``TimeoutError`` after ``timeout``.
        """
        canon = self._canonical(method)

        def matching() -> list[Call]:
            return [
                c
                for c in self.calls[since:]
                if c.method == canon and (predicate is None or predicate(c))
            ]

        try:
            async with asyncio.timeout(timeout):
                while True:
                    found = matching()
                    if len(found) >= count:
                        return found
                    await self._wait_change()
        except TimeoutError:
            recent = ", ".join(c.method for c in self.calls[-15:] if c.method != "getUpdates")
            raise TimeoutError(
                f"{len(matching())}/{count} matching {canon} calls after {timeout}s; "
                f"recent calls: [{recent}]"
            ) from None

    def _idle_now(self) -> bool:
        return self._in_flight == 0 and not any(
            u["update_id"] > self._handed_out for u in self._updates
        )

    async def wait_idle(
        self,
        timeout: float = 5.0,  # noqa: ASYNC109 - part of the helper's API
        *,
        quiet_ticks: int = 20,
        quiet: float = 0.05,
    ) -> None:
        """Wait until the bot looks idle, raise ``TimeoutError`` after ``timeout``.

        Idle means: every queued update has been handed out by getUpdates, no request
        other than a long poll is being handled, and then a quiet period passes with no
        new call, request or update.  The quiet period is measured first in event loop
        iterations -- ``quiet_ticks`` consecutive ``await asyncio.sleep(0)`` with no
        activity, which lets purely asynchronous handlers run their next step and reach
        the server -- and then by waiting up to ``quiet`` seconds on the server's
        activity ``asyncio.Event`` (not a sleep: any activity ends the wait and the
        whole check starts over).  ``quiet`` covers handler work done in threads or processes
        (the agreement PDF); pass ``quiet=0`` to rely on loop iterations only.  Repeated idle
        getUpdates polls do not count as activity.
        """
        try:
            async with asyncio.timeout(timeout):
                while True:
                    while not self._idle_now():
                        await self._wait_change()
                    mark = self._activity
                    calm = True
                    for _ in range(quiet_ticks):
                        await asyncio.sleep(0)
                        if self._activity != mark or not self._idle_now():
                            calm = False
                            break
                    if not calm:
                        continue
                    deadline = asyncio.get_running_loop().time() + quiet
                    while calm and self._activity == mark:
                        remaining = deadline - asyncio.get_running_loop().time()
                        if remaining <= 0:
                            break
                        await self._wait_change(remaining)
                    if self._activity == mark and self._idle_now():
                        return
        except TimeoutError:
            undelivered = sum(1 for u in self._updates if u["update_id"] > self._handed_out)
            raise TimeoutError(
                f"not idle after {timeout}s: {undelivered} update(s) not handed out, "
                f"{self._in_flight} request(s) in flight"
            ) from None

    # ------------------------------------------------------------------ helpers

    _METHODS: ClassVar[dict[str, str]] = {}  # lower-case name -> canonical name, filled below

    @classmethod
    def _canonical(cls, method: str) -> str:
        return cls._METHODS.get(method.lower(), method)

    def _bot_user(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
        }

    @staticmethod
    def _user(user_id: int, first_name: str, language_code: str | None) -> dict[str, Any]:
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if language_code is not None:
            user["language_code"] = language_code
        return user

    @staticmethod
    def _default_chat(chat_id: int | str, *, first_name: str = "Test") -> dict[str, Any]:
        if isinstance(chat_id, int) and chat_id > 0:
            return {"id": chat_id, "type": "private", "first_name": first_name}
        if isinstance(chat_id, str):
            return {"id": -1001000000000, "type": "channel", "title": chat_id, "username": chat_id}
        return {"id": chat_id, "type": "supergroup", "title": "Test group"}

    def _chat_for(
        self,
        user_id: int,
        chat_id: int | None,
        chat_type: str,
        first_name: str,
        message_thread_id: int | None,
    ) -> dict[str, Any]:
        if chat_type == "private":
            cid = chat_id if chat_id is not None else user_id
            chat: dict[str, Any] = {"id": cid, "type": "private", "first_name": first_name}
        else:
            if chat_id is None:
                chat_id = -(1_000_000_000_000 + user_id) if chat_type != "group" else -user_id
            chat = {"id": chat_id, "type": chat_type, "title": "Test group"}
            if message_thread_id is not None and chat_type == "supergroup":
                chat["is_forum"] = True
        known = self._chat_info.get(chat["id"])
        if known is not None and known.get("type") == chat["type"]:
            chat = {**known, **chat, **({"is_forum": True} if known.get("is_forum") else {})}
        self._remember_chat(chat)
        return dict(chat)

    def _remember_chat(self, chat: dict[str, Any]) -> None:
        self._chat_info[chat["id"]] = dict(chat)

    def _chat_obj(self, chat_id: int | str) -> dict[str, Any]:
        info = self._chat_info.get(chat_id)
        if info is None:
            info = self._default_chat(chat_id)
            self._chat_info[chat_id] = info
        return dict(info)

    def _alloc_message_id(self, chat_id: int | str) -> int:
        mid = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = mid + 1
        return mid

    def _store(self, msg: dict[str, Any]) -> None:
        cid = msg["chat"]["id"]
        self._chats.setdefault(cid, {})[msg["message_id"]] = _copy(msg)
        self._next_message_id[cid] = max(self._next_message_id.get(cid, 1), msg["message_id"] + 1)

    def _new_file(self, content: bytes | None, folder: str, ext: str) -> _StoredFile:
        n = self._next_file
        self._next_file += 1
        stored = _StoredFile(
            file_id=f"BQACAgIAAx{n:06d}fake",
            file_unique_id=f"AgAD{n:06d}",
            content=content,
            file_path=f"{folder}/file_{n}{ext}",
        )
        self._files[stored.file_id] = stored
        return stored

    def _photo_sizes(self, content: bytes | None) -> list[dict[str, Any]]:
        stored = self._new_file(content, "photos", ".jpg")
        size = len(content) if content else 1234
        return [
            {
                "file_id": stored.file_id + "s",
                "file_unique_id": stored.file_unique_id + "s",
                "width": 90,
                "height": 90,
                "file_size": max(1, size // 10),
            },
            {
                "file_id": stored.file_id,
                "file_unique_id": stored.file_unique_id,
                "width": 800,
                "height": 800,
                "file_size": size,
            },
        ]

    @staticmethod
    def _scope_key(scope: Any) -> str:
        if not scope:
            scope = {"type": "default"}
        return json.dumps(scope, sort_keys=True)

    # ------------------------------------------------------------------ HTTP layer

    async def _read_params(self, request: web.Request) -> dict[str, Any]:
        raw: dict[str, Any] = dict(request.query)
        if request.method == "POST" and request.can_read_body:
            ctype = request.content_type
            if ctype == "application/json":
                try:
                    body = await request.json()
                except ValueError:
                    raise _bad("can't parse JSON object") from None
                if not isinstance(body, dict):
                    raise _bad("can't parse JSON object")
                raw.update(body)
            elif ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, web.FileField):
                        raw[key] = UploadedFile(
                            filename=value.filename or key,
                            content=value.file.read(),
                            content_type=value.content_type or "application/octet-stream",
                        )
                    else:
                        raw[key] = value
            else:
                await request.read()
        # resolve attach://<part> references to the uploaded parts
        parts = {k: v for k, v in raw.items() if isinstance(v, UploadedFile)}
        used: set[str] = set()
        for key, value in list(raw.items()):
            if isinstance(value, str) and value.startswith("attach://"):
                name = value[len("attach://") :]
                if name in parts:
                    raw[key] = parts[name]
                    used.add(name)
        for name in used:
            if name in raw and raw[name] is parts[name]:
                del raw[name]
        return {key: _decode_value(key, value) for key, value in raw.items()}

    async def _handle_unknown_path(self, request: web.Request) -> web.Response:
        return web.json_response(
            {"ok": False, "error_code": 404, "description": "Not Found"}, status=404
        )

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        path = request.match_info["path"]
        for stored in self._files.values():
            if stored.file_path == path and stored.content is not None:
                return web.Response(body=stored.content)
        return web.json_response(
            {"ok": False, "error_code": 404, "description": "Not Found"}, status=404
        )

    async def _handle_method(self, request: web.Request) -> web.Response:
        method = self._canonical(request.match_info["method"])
        long_poll = method == "getUpdates"
        if not long_poll:
            self._in_flight += 1
            self._signal()
        call = Call(
            method,
            {},
            time.monotonic(),
            request.method,
            request.content_type if request.can_read_body else "",
        )
        try:
            try:
                call.params = await self._read_params(request)
            finally:
                call.at = time.monotonic()
                self.calls.append(call)
                self._signal(activity=not long_poll)
            if request.match_info["token"] != self.token:
                raise _APIError(401, "Unauthorized")
            handler = _HANDLERS.get(method)
            if handler is None:
                raise _APIError(404, "Not Found")
            self._check_failure(method, call.params)
            result = handler(self, call.params)
            if asyncio.iscoroutine(result):
                result = await result
            status, body = 200, {"ok": True, "result": result}
        except _APIError as exc:
            status, body = exc.status, exc.body()
        except Exception as exc:  # a bug in the fake: answer like Telegram would, keep it
            self.server_errors.append(exc)
            status, body = 500, _APIError(500, "Internal Server Error").body()
        finally:
            if not long_poll:
                self._in_flight -= 1
            self._signal(activity=not long_poll)
        call.status = status
        call.response = body
        self._signal(activity=not long_poll)
        return web.json_response(body, status=status)

    def _check_failure(self, method: str, params: dict[str, Any]) -> None:
        for rule in self._failures:
            if rule.method != method:
                continue
            if rule.chat_id is not None and _int(params.get("chat_id")) != rule.chat_id:
                continue
            rule.times -= 1
            if rule.times <= 0:
                self._failures.remove(rule)
            raise _APIError(rule.status, rule.description, rule.retry_after)

    # ------------------------------------------------------------------ validation

    def _require_chat(self, params: dict[str, Any]) -> int | str:
        chat_id = _int(params.get("chat_id"))
        if chat_id is None or chat_id == "":
            raise _bad("chat_id is empty")
        return chat_id

    def _require_message(
        self, params: dict[str, Any], *, chat_key: str = "chat_id", what: str = "edit"
    ) -> dict[str, Any]:
        chat_id = _int(params.get(chat_key))
        if chat_id is None:
            raise _bad("chat_id is empty")
        message_id = params.get("message_id")
        if not isinstance(message_id, int):
            raise _bad(
                "message identifier is not specified"
                if what == "edit"
                else f"message to {what} not found"
            )
        msg = self._chats.get(chat_id, {}).get(message_id)
        if msg is None:
            raise _bad(f"message to {what} not found")
        return msg

    @staticmethod
    def _check_text(
        text: Any, parse_mode: str | None, *, limit: int, too_long: str, empty: str | None
    ) -> str:
        text = "" if text is None else str(text)
        shown = plain_text(text, parse_mode)
        if empty is not None and not shown.strip():
            raise _bad(empty)
        if len(shown) > limit:
            raise _bad(too_long)
        return text

    @staticmethod
    def _check_markup(markup: Any) -> dict[str, Any] | None:
        """Validate reply_markup; returns the inline keyboard to echo (or None)."""
        if markup in (None, ""):
            return None
        if not isinstance(markup, dict):
            raise _bad("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" not in markup:
            return None  # reply keyboards / remove / force reply are not echoed
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise _bad('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array')
        for row in rows:
            for button in row:
                if not isinstance(button, dict) or not button.get("text"):
                    raise _bad("text buttons are unallowed in the inline keyboard")
                data = button.get("callback_data")
                if data is not None and not (1 <= len(str(data).encode("utf-8")) <= 64):
                    raise _bad("BUTTON_DATA_INVALID")
        if not any(rows):
            return None
        return markup

    def _check_thread(self, chat_id: int | str, thread_id: Any) -> int | None:
        if thread_id is None:
            return None
        topic = self._topics.get(chat_id, {}).get(thread_id)
        if topic is not None and topic["closed"]:
            raise _bad("TOPIC_CLOSED")
        return thread_id

    def _new_bot_message(
        self, chat_id: int | str, thread_id: int | None, params: dict[str, Any], **content: Any
    ) -> dict[str, Any]:
        chat = self._chat_obj(chat_id)
        msg: dict[str, Any] = {
            "message_id": self._alloc_message_id(chat["id"]),
            "from": self._bot_user(),
            "chat": chat,
            "date": int(time.time()),
        }
        if thread_id is not None:
            msg["message_thread_id"] = thread_id
            msg["is_topic_message"] = True
        reply_to = params.get("reply_to_message_id")
        reply_parameters = params.get("reply_parameters")
        if isinstance(reply_parameters, dict):
            reply_to = reply_parameters.get("message_id")
        if isinstance(reply_to, int):
            replied = self._chats.get(chat["id"], {}).get(reply_to)
            if replied is not None:
                msg["reply_to_message"] = _copy(replied)
            elif not (
                params.get("allow_sending_without_reply")
                or (
                    isinstance(reply_parameters, dict)
                    and reply_parameters.get("allow_sending_without_reply")
                )
            ):
                raise _bad("message to be replied not found")
        msg.update({k: v for k, v in content.items() if v is not None})
        self._store(msg)
        return _copy(msg)

    def _resolve_file(
        self, params: dict[str, Any], key: str, folder: str, ext: str
    ) -> tuple[_StoredFile, str, str, int]:
        """-> stored file, file name, mime type, size."""
        value = params.get(key)
        if value is None or value == "":
            raise _bad(f"there is no {key} in the request")
        if isinstance(value, UploadedFile):
            if not value.content:
                raise _bad("file must be non-empty")
            mime = mimetypes.guess_type(value.filename)[0] or value.content_type
            ext = "." + value.filename.rsplit(".", 1)[1] if "." in value.filename else ext
            stored = self._new_file(value.content, folder, ext)
            return stored, value.filename, mime, len(value.content)
        text = str(value)
        if text in self._files:
            stored = self._files[text]
            size = len(stored.content) if stored.content else 0
            name = stored.file_path.rsplit("/", 1)[-1]
            return stored, name, mimetypes.guess_type(name)[0] or "application/octet-stream", size
        if text.startswith(("http://", "https://")):
            name = text.rstrip("/").rsplit("/", 1)[-1] or "file"
            stored = self._new_file(None, folder, ext)
            return stored, name, mimetypes.guess_type(name)[0] or "application/octet-stream", 0
        raise _bad("wrong file identifier/HTTP URL specified")

    # ------------------------------------------------------------------ methods

    def _m_getMe(self, params: dict[str, Any]) -> Any:
        return {
            **self._bot_user(),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
            "has_topics_enabled": self.has_topics_enabled,
        }

    async def _m_getUpdates(self, params: dict[str, Any]) -> Any:
        if self.webhook_url:
            raise _APIError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = params.get("offset")
        if isinstance(offset, int) and offset != 0:
            if offset > 0:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
            else:
                self._updates = self._updates[offset:]
        limit = params.get("limit")
        limit = max(1, min(100, limit)) if isinstance(limit, int) else 100
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = allowed  # persists like on Telegram
        timeout = params.get("timeout")
        timeout = float(timeout) if isinstance(timeout, int | float) else 0.0
        timeout = max(0.0, min(timeout, self.max_poll_timeout))

        self._poll_generation += 1
        generation = self._poll_generation
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            if generation != self._poll_generation:
                raise _APIError(409, _DEFAULT_DESCRIPTIONS[409])
            self._drop_unwanted()
            ready = self._updates[:limit]
            remaining = deadline - loop.time()
            if ready or self._closing or remaining <= 0:
                break
            await self._wait_change(remaining)
        if ready:
            self._handed_out = max(self._handed_out, ready[-1]["update_id"])
            self._signal()
        return _copy(ready)

    def _drop_unwanted(self) -> None:
        allowed = self._allowed_updates
        before = len(self._updates)

        def wanted(update: dict[str, Any]) -> bool:
            kind = next((k for k in update if k != "update_id"), None)
            if allowed:
                return kind in allowed
            return kind not in _OPT_IN_UPDATES

        self._updates = [u for u in self._updates if wanted(u)]
        if len(self._updates) != before:
            self._signal()

    def _m_sendMessage(self, params: dict[str, Any]) -> Any:
        chat_id = self._require_chat(params)
        text = self._check_text(
            params.get("text"),
            params.get("parse_mode"),
            limit=4096,
            too_long="message is too long",
            empty="message text is empty",
        )
        markup = self._check_markup(params.get("reply_markup"))
        thread = self._check_thread(chat_id, params.get("message_thread_id"))
        return self._new_bot_message(chat_id, thread, params, text=text, reply_markup=markup)

    def _caption(self, params: dict[str, Any]) -> str | None:
        caption = params.get("caption")
        if caption in (None, ""):
            return None
        return self._check_text(
            caption,
            params.get("parse_mode"),
            limit=1024,
            too_long="message caption is too long",
            empty=None,
        )

    def _m_sendDocument(self, params: dict[str, Any]) -> Any:
        chat_id = self._require_chat(params)
        caption = self._caption(params)
        markup = self._check_markup(params.get("reply_markup"))
        thread = self._check_thread(chat_id, params.get("message_thread_id"))
        stored, name, mime, size = self._resolve_file(params, "document", "documents", ".bin")
        document = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_name": name,
            "mime_type": mime,
            "file_size": size,
        }
        return self._new_bot_message(
            chat_id, thread, params, document=document, caption=caption, reply_markup=markup
        )

    def _m_sendPhoto(self, params: dict[str, Any]) -> Any:
        chat_id = self._require_chat(params)
        caption = self._caption(params)
        markup = self._check_markup(params.get("reply_markup"))
        thread = self._check_thread(chat_id, params.get("message_thread_id"))
        stored, _name, _mime, size = self._resolve_file(params, "photo", "photos", ".jpg")
        photo = [
            {
                "file_id": stored.file_id,
                "file_unique_id": stored.file_unique_id,
                "width": 800,
                "height": 800,
                "file_size": size,
            }
        ]
        return self._new_bot_message(
            chat_id, thread, params, photo=photo, caption=caption, reply_markup=markup
        )

    def _edit_target(self, params: dict[str, Any]) -> dict[str, Any] | None:
        """Stored bot message to edit, or None for inline messages."""
        if params.get("inline_message_id"):
            return None
        msg = self._require_message(params, what="edit")
        if msg.get("from", {}).get("id") != self.bot_id:
            raise _bad("message can't be edited")
        return msg

    def _apply_edit(self, msg: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
        current = {k: msg.get(k) for k in changes}
        if current == changes:
            raise _bad(_NOT_MODIFIED)
        for key, value in changes.items():
            if value is None:
                msg.pop(key, None)
            else:
                msg[key] = value
        msg["edit_date"] = int(time.time())
        self._signal()
        return _copy(msg)

    def _m_editMessageText(self, params: dict[str, Any]) -> Any:
        text = self._check_text(
            params.get("text"),
            params.get("parse_mode"),
            limit=4096,
            too_long="message is too long",
            empty="message text is empty",
        )
        markup = self._check_markup(params.get("reply_markup"))
        msg = self._edit_target(params)
        if msg is None:
            return True
        if "text" not in msg:
            raise _bad("there is no text in the message to edit")
        return self._apply_edit(msg, {"text": text, "reply_markup": markup})

    def _m_editMessageCaption(self, params: dict[str, Any]) -> Any:
        caption = self._caption(params)
        markup = self._check_markup(params.get("reply_markup"))
        msg = self._edit_target(params)
        if msg is None:
            return True
        if "text" in msg:
            raise _bad("there is no caption in the message to edit")
        return self._apply_edit(msg, {"caption": caption, "reply_markup": markup})

    def _m_editMessageReplyMarkup(self, params: dict[str, Any]) -> Any:
        markup = self._check_markup(params.get("reply_markup"))
        msg = self._edit_target(params)
        if msg is None:
            return True
        return self._apply_edit(msg, {"reply_markup": markup})

    def _m_deleteMessage(self, params: dict[str, Any]) -> Any:
        msg = self._require_message(params, what="delete")
        del self._chats[msg["chat"]["id"]][msg["message_id"]]
        return True

    def _m_answerCallbackQuery(self, params: dict[str, Any]) -> Any:
        query_id = params.get("callback_query_id")
        if query_id not in self._open_callbacks:
            raise _bad(_BAD_QUERY)
        text = params.get("text")
        if text is not None and len(str(text)) > 200:
            raise _bad("MESSAGE_TOO_LONG")
        self._open_callbacks.discard(query_id)
        return True

    def _m_sendChatAction(self, params: dict[str, Any]) -> Any:
        self._require_chat(params)
        if params.get("action") not in _CHAT_ACTIONS:
            raise _bad("wrong parameter action in request")
        return True

    def _m_setMyCommands(self, params: dict[str, Any]) -> Any:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise _bad(
                'parameter "commands" is required' if commands is None else "too many commands"
            )
        for cmd in commands:
            if not isinstance(cmd, dict) or not _COMMAND_RE.match(str(cmd.get("command", ""))):
                raise _bad("BOT_COMMAND_INVALID")
            if not 1 <= len(str(cmd.get("description", ""))) <= 256:
                raise _bad("BOT_COMMAND_DESCRIPTION_INVALID")
        key = (self._scope_key(params.get("scope")), params.get("language_code") or "")
        if commands:
            self.my_commands[key] = [
                {"command": c["command"], "description": c["description"]} for c in commands
            ]
        else:
            self.my_commands.pop(key, None)
        return True

    def _m_getMyCommands(self, params: dict[str, Any]) -> Any:
        return self.commands(params.get("scope"), params.get("language_code") or "")

    def _m_deleteMyCommands(self, params: dict[str, Any]) -> Any:
        key = (self._scope_key(params.get("scope")), params.get("language_code") or "")
        self.my_commands.pop(key, None)
        return True

    def _m_deleteWebhook(self, params: dict[str, Any]) -> Any:
        self.webhook_url = ""
        if params.get("drop_pending_updates"):
            self._updates.clear()
            self._signal()
        return True

    def _m_setWebhook(self, params: dict[str, Any]) -> Any:
        url = params.get("url") or ""
        if url and not str(url).startswith("https://"):
            raise _bad("bad webhook: An HTTPS URL must be provided for webhook")
        self.webhook_url = str(url)
        if isinstance(params.get("allowed_updates"), list):
            self._allowed_updates = params["allowed_updates"]
        if params.get("drop_pending_updates"):
            self._updates.clear()
            self._signal()
        self._poll_generation += 1  # an active long poll ends with a conflict
        self._signal()
        return True

    def _m_getWebhookInfo(self, params: dict[str, Any]) -> Any:
        info: dict[str, Any] = {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        if self._allowed_updates:
            info["allowed_updates"] = list(self._allowed_updates)
        return info

    def _m_createForumTopic(self, params: dict[str, Any]) -> Any:
        chat_id = self._require_chat(params)
        name = params.get("name")
        if not name or len(str(name)) > 128:
            raise _bad("TOPIC_NAME_INVALID")
        color = params.get("icon_color", 7322096)
        if color not in _TOPIC_COLORS:
            raise _bad("TOPIC_ICON_COLOR_INVALID")
        info = self._chat_obj(chat_id)
        if info["type"] == "supergroup":
            info["is_forum"] = True
            self._chat_info[info["id"]] = dict(info)
        thread_id = self._alloc_message_id(info["id"])
        topic: dict[str, Any] = {
            "message_thread_id": thread_id,
            "name": str(name),
            "icon_color": color,
        }
        if params.get("icon_custom_emoji_id"):
            topic["icon_custom_emoji_id"] = params["icon_custom_emoji_id"]
        self._topics.setdefault(info["id"], {})[thread_id] = {**topic, "closed": False}
        return topic

    def _topic(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._require_chat(params)
        thread_id = params.get("message_thread_id")
        topic = self._topics.get(chat_id, {}).get(thread_id) if isinstance(thread_id, int) else None
        if topic is None:
            raise _bad("TOPIC_ID_INVALID")
        return topic

    def _m_closeForumTopic(self, params: dict[str, Any]) -> Any:
        topic = self._topic(params)
        if topic["closed"]:
            raise _bad("TOPIC_NOT_MODIFIED")
        topic["closed"] = True
        return True

    def _m_reopenForumTopic(self, params: dict[str, Any]) -> Any:
        topic = self._topic(params)
        if not topic["closed"]:
            raise _bad("TOPIC_NOT_MODIFIED")
        topic["closed"] = False
        return True

    def _m_editForumTopic(self, params: dict[str, Any]) -> Any:
        topic = self._topic(params)
        changed = False
        name = params.get("name")
        if name is not None:
            if not name or len(str(name)) > 128:
                raise _bad("TOPIC_NAME_INVALID")
            changed |= topic["name"] != name
            topic["name"] = str(name)
        emoji = params.get("icon_custom_emoji_id")
        if emoji is not None:
            changed |= topic.get("icon_custom_emoji_id") != emoji
            topic["icon_custom_emoji_id"] = emoji
        if not changed:
            raise _bad("TOPIC_NOT_MODIFIED")
        return True

    def _m_deleteForumTopic(self, params: dict[str, Any]) -> Any:
        topic = self._topic(params)
        chat_id = self._require_chat(params)
        del self._topics[chat_id][topic["message_thread_id"]]
        store = self._chats.get(chat_id, {})
        thread_id = topic["message_thread_id"]
        for mid in [m for m, v in store.items() if v.get("message_thread_id") == thread_id]:
            del store[mid]
        return True

    def _copy_content(self, source: dict[str, Any]) -> dict[str, Any]:
        return {k: _copy(source[k]) for k in _CONTENT_KEYS if k in source}

    def _m_copyMessage(self, params: dict[str, Any]) -> Any:
        source = self._require_message(params, chat_key="from_chat_id", what="copy")
        chat_id = self._require_chat(params)
        markup = self._check_markup(params.get("reply_markup"))
        thread = self._check_thread(chat_id, params.get("message_thread_id"))
        content = self._copy_content(source)
        if any(k in content for k in _MEDIA_KEYS):
            if params.get("remove_caption"):
                content.pop("caption", None)
            caption = self._caption(params)
            if caption is not None:
                content["caption"] = caption
        if markup is not None:
            content["reply_markup"] = markup
        msg = self._new_bot_message(chat_id, thread, params, **content)
        return {"message_id": msg["message_id"]}

    def _m_forwardMessage(self, params: dict[str, Any]) -> Any:
        source = self._require_message(params, chat_key="from_chat_id", what="forward")
        chat_id = self._require_chat(params)
        thread = self._check_thread(chat_id, params.get("message_thread_id"))
        content = self._copy_content(source)
        sender = source.get("from")
        if sender is not None:
            origin: dict[str, Any] = {"type": "user", "sender_user": sender, "date": source["date"]}
        else:
            origin = {"type": "hidden_user", "sender_user_name": "Unknown", "date": source["date"]}
        return self._new_bot_message(chat_id, thread, params, forward_origin=origin, **content)

    def _m_getChat(self, params: dict[str, Any]) -> Any:
        chat_id = self._require_chat(params)
        info = self._chat_info.get(chat_id)
        if info is None:
            raise _bad("chat not found")
        return {
            **info,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }

    def _m_getFile(self, params: dict[str, Any]) -> Any:
        stored = self._files.get(str(params.get("file_id")))
        if stored is None:
            raise _bad("invalid file_id")
        result: dict[str, Any] = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_path": stored.file_path,
        }
        if stored.content is not None:
            result["file_size"] = len(stored.content)
        return result

    def _m_true(self, params: dict[str, Any]) -> Any:
        return True


_HANDLERS: dict[str, Callable[[FakeBotAPI, dict[str, Any]], Any]] = {
    name[3:]: func
    for name, func in vars(FakeBotAPI).items()
    if name.startswith("_m_") and name != "_m_true"
}
for _name in (
    "close", "logOut", "setMyDescription", "setMyShortDescription", "setMyName",
    "setChatMenuButton", "setMyDefaultAdministratorRights", "pinChatMessage",
    "unpinChatMessage", "unpinAllChatMessages", "setMessageReaction", "leaveChat",
):  # fmt: skip
    _HANDLERS[_name] = FakeBotAPI._m_true
FakeBotAPI._METHODS = {name.lower(): name for name in _HANDLERS}
