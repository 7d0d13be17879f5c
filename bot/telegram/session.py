"""The bot's HTTP session to the Bot API:
aiogram's, with the two costs a busy bot notices taken out.

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
- The bot's replies go as :class:`SendReply` (its keyboard the Bot API's own JSON, its answer the
  message's id), and a tapped keyboard is removed by :class:`ClearKeyboard`: their answers are
  read for what the bot keeps, without building the message.

Errors (429, 403, ...) go through aiogram's own checks unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from aiogram import methods
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.exceptions import ClientDecodeError, TelegramNetworkError
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType
from aiohttp import ClientError, ClientTimeout
from pydantic import Field, ValidationError

if TYPE_CHECKING:
    from aiogram import Bot

#: An inline keyboard as the Bot API reads it:
#: ``{"inline_keyboard": [[{"text", "callback_data"}]]}``.
Keyboard = dict[str, list[list[dict[str, str]]]]


class Lean(TelegramMethod[TelegramType]):
    """A method on the bot's own messages whose successful answer is read for one thing only
    (:meth:`read`), with nothing to prepare in its request (its fields are plain JSON already).

    aiogram validates the whole message Telegram sends back, sender and chat included (about
    40 µs), where the bot keeps at most the message's id. It is still an aiogram method: the
    request middlewares (flood control) and aiogram's errors (403, 429, ...) apply unchanged.
    """

    @classmethod
    def read(cls, result: Any) -> TelegramType:
        raise NotImplementedError


class SendReply(Lean[int]):
    """``sendMessage`` as the bot sends its replies (HTML, no link preview); answered by the new
    message's id, the one thing the bot keeps of a message it sent.

    aiogram's ``SendMessage`` makes a model of every button (about 7 µs each, seven on the plan
    options) and dumps them all again into the request: with the answer's validation, more than
    the dialogue's own step costs on a plain question. Here the keyboard is the Bot API's JSON.
    """

    __returning__ = int
    __api_method__ = "sendMessage"

    chat_id: int
    text: str
    parse_mode: str = ParseMode.HTML
    link_preview_options: dict[str, bool] = Field(default_factory=lambda: {"is_disabled": True})
    reply_markup: Keyboard | None = None

    @classmethod
    def read(cls, result: Any) -> int:
        message_id = result.get("message_id") if isinstance(result, dict) else None
        if type(message_id) is not int:
            raise ValueError("no message_id")
        return message_id


class ClearKeyboard(Lean[bool]):
    """``editMessageReplyMarkup`` without a markup: the buttons of one of the bot's messages go."""

    __returning__ = bool
    __api_method__ = "editMessageReplyMarkup"

    chat_id: int
    message_id: int

    @classmethod
    def read(cls, result: Any) -> bool:
        if not (result is True or isinstance(result, dict)):  # the edited message, or True
            raise ValueError("not an edited message")
        return True


#: Methods whose answer is (or may be) the bot's own message, as Telegram echoes it back.
OWN_MESSAGES: frozenset[type] = frozenset(
    {
        methods.SendMessage,
        methods.EditMessageText,
        methods.EditMessageReplyMarkup,
        methods.SendDocument,
        methods.EditMessageCaption,
    }
)
#: What of that echo the bot never reads: what it sent itself.
ECHOED = ("reply_markup", "entities", "caption_entities", "link_preview_options")
JSON_HEADERS = {"Content-Type": "application/json"}


class TelegramSession(AiohttpSession):
    """JSON requests and lean echoes (above);
    closing skips the pause TLS needs when there is no TLS."""

    def __init__(self, api_base: str) -> None:
        super().__init__(api=TelegramAPIServer.from_base(api_base))
        self.tls = api_base.startswith("https:")

    def json_body(self, bot: Bot, method: TelegramMethod[Any]) -> str | None:
        """The request as one JSON text;
        ``None`` when it carries a file (it then goes as a form)."""
        if isinstance(method, Lean):  # plain JSON values already: nothing to prepare
            return self.json_dumps(method.model_dump(exclude_none=True))
        files: dict[str, Any] = {}
        body = {}
        for key, value in method.model_dump(warnings=False, exclude_none=True).items():
            prepared = self.prepare_value(value, bot=bot, files=files, _dumps_json=False)
            if prepared is not None:
                body[key] = prepared
        return None if files else self.json_dumps(body)

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[TelegramType],
        timeout: int | None = None,  # noqa: ASYNC109
    ) -> TelegramType:
        body = self.json_body(bot, method)
        if body is None:
            return await super().make_request(bot, method, timeout)
        session = await self.create_session()
        url = self.api.api_url(token=bot.token, method=method.__api_method__)
        try:
            async with session.post(
                url,
                data=body,
                headers=JSON_HEADERS,
                timeout=ClientTimeout(total=self.timeout if timeout is None else timeout),
            ) as resp:
                raw_result = await resp.text()
        except TimeoutError as e:
            raise TelegramNetworkError(method=method, message="Request timeout error") from e
        except ClientError as e:
            raise TelegramNetworkError(method=method, message=f"{type(e).__name__}: {e}") from e
        if isinstance(method, Lean) and resp.status == 200:
            answer = self.lean_answer(method, raw_result)
            if answer is not None:
                return cast("TelegramType", answer)
        response = self.check_response(
            bot=bot, method=method, status_code=resp.status, content=raw_result
        )
        return cast("TelegramType", response.result)

    def lean_answer(self, method: Lean[Any], content: str) -> Any:
        """What :meth:`Lean.read` reads of a successful answer
        (aiogram's decode error if it cannot);
        ``None`` for an answer that is not a success, which aiogram's own checks then judge."""
        try:
            data = self.json_loads(content)
        except ValueError:
            return None
        if not (isinstance(data, dict) and data.get("ok") is True):
            return None
        try:
            return method.read(data.get("result"))
        except ValueError as e:
            raise ClientDecodeError("Failed to deserialize object", e, data) from e

    def check_response(
        self, bot: Bot, method: TelegramMethod[TelegramType], status_code: int, content: str
    ) -> Response[TelegramType]:
        if status_code == 200 and type(method) in OWN_MESSAGES:
            try:
                data = self.json_loads(content)
            except ValueError:
                data = None
            result = (
                data.get("result") if isinstance(data, dict) and data.get("ok") is True else None
            )
            if isinstance(result, dict):
                for key in ECHOED:
                    result.pop(key, None)
                # A type made at run time from the method's (as aiogram's session does it).
                response_type = Response[method.__returning__]  # type: ignore[name-defined]
                try:
                    response = response_type.model_validate(data, context={"bot": bot})
                except ValidationError as e:
                    raise ClientDecodeError("Failed to deserialize object", e, data) from e
                return cast("Response[TelegramType]", response)
        return super().check_response(
            bot=bot, method=method, status_code=status_code, content=content
        )

    async def close(self) -> None:
        if self.tls:
            await super().close()
        elif self._session is not None and not self._session.closed:
            await self._session.close()
