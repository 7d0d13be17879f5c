"""The bot's HTTP session to the Bot API: aiogram's, with the two costs a busy bot notices taken out.

aiogram's :class:`AiohttpSession` sends every request as a form, each complex field (a keyboard)
JSON-encoded on its own after a walk over every one of its attributes, ``None`` or not; and it
validates every answer in full, including Telegram's echo of the keyboard and the text's entities
in each message the bot sends. Under load these two are most of a request's cost on our side.

- A request without a file goes as one JSON body (the Bot API takes ``application/json`` for
  every method); the method's fields are dumped without their ``None`` attributes first. Requests
  with a file (the agreement's PDF) go as aiogram sends them.
- In the answer to a message the bot itself sent or edited, the echoed ``reply_markup``,
  ``entities`` and ``link_preview_options`` are dropped before validation: the bot never reads
  them back (it keeps the message's id), and what it sent is already in the transcript.

Errors (429, 403, ...) go through aiogram's own checks unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from aiogram import methods
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import ClientDecodeError, TelegramNetworkError
from aiogram.methods import Response
from aiohttp import ClientError
from pydantic import ValidationError

if TYPE_CHECKING:
    from aiogram import Bot
    from aiogram.methods import TelegramMethod
    from aiogram.methods.base import TelegramType

#: Methods whose answer is (or may be) the bot's own message, as Telegram echoes it back.
OWN_MESSAGES: frozenset[type] = frozenset({
    methods.SendMessage, methods.EditMessageText, methods.EditMessageReplyMarkup,
    methods.SendDocument, methods.EditMessageCaption,
})
#: What of that echo the bot never reads: what it sent itself.
ECHOED = ("reply_markup", "entities", "caption_entities", "link_preview_options")
JSON_HEADERS = {"Content-Type": "application/json"}


class TelegramSession(AiohttpSession):
    """JSON requests and lean echoes (above); closing skips the pause TLS needs when there is no TLS."""

    def __init__(self, api_base: str) -> None:
        super().__init__(api=TelegramAPIServer.from_base(api_base))
        self.tls = api_base.startswith("https:")

    def json_body(self, bot: Bot, method: TelegramMethod[Any]) -> str | None:
        """The request as one JSON text; ``None`` when it carries a file (it then goes as a form)."""
        files: dict[str, Any] = {}
        body = {}
        for key, value in method.model_dump(warnings=False, exclude_none=True).items():
            prepared = self.prepare_value(value, bot=bot, files=files, _dumps_json=False)
            if prepared is not None:
                body[key] = prepared
        return None if files else self.json_dumps(body)

    async def make_request(
        self, bot: Bot, method: TelegramMethod[TelegramType], timeout: int | None = None  # noqa: ASYNC109
    ) -> TelegramType:
        body = self.json_body(bot, method)
        if body is None:
            return await super().make_request(bot, method, timeout)
        session = await self.create_session()
        url = self.api.api_url(token=bot.token, method=method.__api_method__)
        try:
            async with session.post(
                url, data=body, headers=JSON_HEADERS, timeout=self.timeout if timeout is None else timeout
            ) as resp:
                raw_result = await resp.text()
        except TimeoutError as e:
            raise TelegramNetworkError(method=method, message="Request timeout error") from e
        except ClientError as e:
            raise TelegramNetworkError(method=method, message=f"{type(e).__name__}: {e}") from e
        response = self.check_response(bot=bot, method=method, status_code=resp.status, content=raw_result)
        return cast("TelegramType", response.result)

    def check_response(
        self, bot: Bot, method: TelegramMethod[TelegramType], status_code: int, content: str
    ) -> Response[TelegramType]:
        if status_code == 200 and type(method) in OWN_MESSAGES:
            try:
                data = self.json_loads(content)
            except ValueError:
                data = None
            result = data.get("result") if isinstance(data, dict) and data.get("ok") is True else None
            if isinstance(result, dict):
                for key in ECHOED:
                    result.pop(key, None)
                response_type = Response[method.__returning__]  # type: ignore[name-defined]
                try:
                    response = response_type.model_validate(data, context={"bot": bot})
                except ValidationError as e:
                    raise ClientDecodeError("Failed to deserialize object", e, data) from e
                return cast("Response[TelegramType]", response)
        return super().check_response(bot=bot, method=method, status_code=status_code, content=content)

    async def close(self) -> None:
        if self.tls:
            await super().close()
        elif self._session is not None and not self._session.closed:
            await self._session.close()
