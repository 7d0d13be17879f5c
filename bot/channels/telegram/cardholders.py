"""The cardholders' side: private chats with the bot, and nothing else.

    /start <token>   an invite link: link the Telegram user to the account, then start
    /start           continue where the conversation stands (or: please use your link)
    text             a step of the dialogue (commands such as /person are text to it)
    a button         a choice, if it is this cardholder's and still current
    anything else    a polite note that only text is read; nothing changes

Someone who is not linked to an account gets the same short note whatever they send, and sees
no account data. Edited messages are not asked for, so an edit never re-runs a step.
"""

from __future__ import annotations

import logging

from aiogram import Bot, Router
from aiogram.enums import ChatType, ContentType
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest, TelegramNetworkError
from aiogram.filters import CommandObject, CommandStart
from aiogram.types import CallbackQuery, Message

from bot.channels.telegram.callbacks import ChoiceData
from bot.channels.telegram.directory import Directory, Link
from bot.channels.telegram.inbox import InboxEntry
from bot.channels.telegram.outbox import Outbox
from bot.clock import Clock
from bot.service.rendering import Rendered
from bot.service.steps import Assistant
from bot.texts import html_to_text
from dialogs import events as ev

log = logging.getLogger(__name__)

#: What a person can send that is not text; service messages (a pin, a join) get no answer.
NON_TEXT = frozenset(
    {
        ContentType.STICKER, ContentType.PHOTO, ContentType.VOICE, ContentType.DOCUMENT,
        ContentType.VIDEO, ContentType.VIDEO_NOTE, ContentType.AUDIO, ContentType.ANIMATION,
        ContentType.LOCATION, ContentType.VENUE, ContentType.CONTACT, ContentType.POLL,
        ContentType.DICE, ContentType.STORY, ContentType.PAID_MEDIA, ContentType.CHECKLIST,
    }
)  # fmt: skip


async def step(
    bot: Bot,
    chat_id: int,
    link: Link,
    event: ev.Event,
    assistant: Assistant,
    directory: Directory,
    outbox: Outbox,
    message: Message | None = None,
    inbox_entry: InboxEntry | None = None,
) -> None:
    """Apply one event to the cardholder's conversation and deliver what it says (the step
    writes it to the outbox)."""
    await directory.reachable_again(link)
    replies = await assistant.handle(
        link.cardholder_id,
        event,
        inbound_text=message.text if message is not None else None,
        telegram_message_id=message.message_id if message is not None else None,
        update_id=_claimed(inbox_entry),
    )
    _settled(inbox_entry, replies)
    if replies:
        directory.conversation_seen(link, replies[0].conversation_id)
    outbox.deliver_soon(bot, chat_id)


async def open_invite(
    message: Message,
    command: CommandObject,
    bot: Bot,
    assistant: Assistant,
    directory: Directory,
    outbox: Outbox,
    clock: Clock,
    inbox_entry: InboxEntry | None = None,
) -> None:
    user = message.from_user
    if user is None:
        return
    link = await directory.find(user.id)
    if link is None:
        redemption = await directory.redeem(
            command.args or "", user_id=user.id, chat_id=message.chat.id, now=clock.now()
        )
        if redemption.problem is not None:
            log.info("invite refused: %s", redemption.problem.value)
            await outbox.say(
                bot, message.chat.id, f"invite_{redemption.problem.value}", outbox.language_of(user)
            )
            return
        link = await directory.find(user.id)
        assert link is not None
        log.info("cardholder %s linked by invite", link.cardholder_id)
    # Never recorded as text: the message carries the invite token.
    await step(
        bot, message.chat.id, link, ev.Start(), assistant, directory, outbox, None, inbox_entry
    )


async def start(
    message: Message,
    bot: Bot,
    assistant: Assistant,
    directory: Directory,
    outbox: Outbox,
    inbox_entry: InboxEntry | None = None,
) -> None:
    link = await _linked(message, bot, directory, outbox)
    if link is not None:
        await step(
            bot, message.chat.id, link, ev.Start(), assistant, directory, outbox, None, inbox_entry
        )


async def text(
    message: Message,
    bot: Bot,
    assistant: Assistant,
    directory: Directory,
    outbox: Outbox,
    inbox_entry: InboxEntry | None = None,
) -> None:
    link = await _linked(message, bot, directory, outbox)
    if link is not None:
        await step(
            bot,
            message.chat.id,
            link,
            ev.Text(message.text or ""),
            assistant,
            directory,
            outbox,
            message,
            inbox_entry,
        )


async def not_text(
    message: Message,
    bot: Bot,
    assistant: Assistant,
    directory: Directory,
    outbox: Outbox,
    inbox_entry: InboxEntry | None = None,
) -> None:
    link = await _linked(message, bot, directory, outbox)
    if link is not None:
        await step(
            bot,
            message.chat.id,
            link,
            ev.NonText(str(message.content_type)),
            assistant,
            directory,
            outbox,
            None,
            inbox_entry,
        )


def _claimed(entry: InboxEntry | None) -> int | None:
    """The update a step claims (from the inbox): the step's write marks it handled."""
    return None if entry is None else entry.update_id


def _settled(entry: InboxEntry | None, replies: list[Rendered]) -> None:
    """A step that answered wrote, and its write claimed the update: nothing left to settle."""
    if entry is not None and replies:
        entry.settled = True


async def _linked(message: Message, bot: Bot, directory: Directory, outbox: Outbox) -> Link | None:
    user = message.from_user
    link = await directory.find(user.id) if user is not None else None
    if link is None:
        await outbox.say(bot, message.chat.id, "no_invite", outbox.language_of(user))
    return link


async def tap(
    query: CallbackQuery,
    callback_data: ChoiceData,
    bot: Bot,
    assistant: Assistant,
    directory: Directory,
    outbox: Outbox,
    inbox_entry: InboxEntry | None = None,
) -> None:
    link = await directory.find(query.from_user.id)
    if link is None or link.conversation_id != callback_data.conversation:
        await _answer(query, outbox.note("stale_button", outbox.language_of(query.from_user)))
        return
    await directory.reachable_again(link)
    message = query.message
    tapped = message.message_id if isinstance(message, Message) and message.reply_markup else None
    replies = await assistant.handle(
        link.cardholder_id,
        ev.Tap(callback_data.value, callback_data.turn),
        update_id=_claimed(inbox_entry),
        removal=tapped,  # the old keyboard goes, before the reply
    )
    _settled(inbox_entry, replies)
    if [reply.template for reply in replies] == ["stale_button"]:
        # An old or already used button: a short note on the button itself, nothing else.
        await _answer(query, html_to_text(replies[0].text))
        return
    # The step is committed with what it sends: its delivery goes on beside the button's answer.
    outbox.deliver_soon(bot, message.chat.id if message is not None else query.from_user.id)
    await _answer(query)


async def unreadable_button(query: CallbackQuery, outbox: Outbox) -> None:
    """Data we did not make (forged, or from a version of the bot long gone)."""
    await _answer(query, outbox.note("stale_button", outbox.language_of(query.from_user)))


async def _answer(query: CallbackQuery, note: str | None = None) -> None:
    """Answer a tap (the spinner on the button stops). Cosmetic: a failure is logged, never
    passed on, so it cannot undo or repeat the step."""
    try:
        await query.answer(note[:200] if note else None)
    except TelegramBadRequest:  # too old to answer: nothing to show any more
        pass
    except (TelegramAPIError, TelegramNetworkError) as error:
        log.info("a button was not answered: %s", type(error).__name__)


# Filters are coroutines: aiogram runs a magic filter (``F.text``) or a plain function in a worker
# thread, a thread hop per filter and update.


async def private(message: Message) -> bool:
    return message.chat.type == ChatType.PRIVATE


async def from_private(query: CallbackQuery) -> bool:
    return query.message is not None and query.message.chat.type == ChatType.PRIVATE


async def has_text(message: Message) -> bool:
    return bool(message.text)


async def is_not_text(message: Message) -> bool:
    return message.content_type in NON_TEXT


def router() -> Router:
    """A fresh router (a router joins one dispatcher only, and each app has its own)."""
    cardholders = Router(name="cardholders")
    cardholders.message.filter(private)
    cardholders.callback_query.filter(from_private)
    cardholders.message.register(open_invite, CommandStart(deep_link=True))
    cardholders.message.register(start, CommandStart())
    cardholders.message.register(text, has_text)
    cardholders.message.register(not_text, is_not_text)
    cardholders.callback_query.register(tap, ChoiceData.filter())
    cardholders.callback_query.register(unreadable_button)
    return cardholders
