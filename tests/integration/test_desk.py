"""The specialists' desk end to end:
``TelegramApp.run()`` against the fake Bot API, on SQLite and on PostgreSQL.

Cardholders write in private chats, specialists in the topics of a forum supergroup; the desk
loop is driven pass by pass (``desk_loop.run_once()``) with a hand-set clock, never by waiting.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, select, update
from sqlalchemy.orm import Session

from bot.channels.telegram.desk import TakeData
from bot.clock import ManualClock
from bot.config import Settings, load_settings
from bot.desk.cli import desk_command
from bot.desk.queue import REASON_LABELS, Desk
from bot.storage.db import Database
from bot.storage.models import (
    Agreement,
    Direction,
    Holder,
    InboxStatus,
    InboxUpdate,
    Instalment,
    Reminder,
    TranscriptMessage,
)
from bot.storage.models import Conversation as ConversationRow
from bot.texts import html_to_text
from dialogs.domain.vocabulary import HandoffReason
from tests.support.fakebotapi import FakeBotAPI
from tests.support.telegram import BOT_TOKEN, Running, Sent, TelegramUser, invite, running

DESK = -1001987654321
ANNA, BELA = 9001, 9002  # specialists
OUTSIDER = 9666  # in the group, not a specialist
SMITH = 5002  # GB-002: en, GBP, card ending 9012, Europe/London
DOE = 5004  # US-004: en, USD, card ending 4321, America/New_York


def desk_settings(
    api: FakeBotAPI, database_url: str, *, chat_id: int | None = DESK, **specialists: Any
) -> Settings:
    return load_settings(
        None,
        telegram={"token": BOT_TOKEN, "api_base": api.base_url, "bot_username": api.bot_username},
        database={"url": database_url},
        specialists={
            "chat_id": chat_id,
            "user_ids": [ANNA, BELA],
            "realert_minutes": 30,
            **specialists,
        },
    )


class Specialist:
    """Someone in the desk group: writes in topics and taps buttons; waits until handled."""

    def __init__(self, api: FakeBotAPI, bot: Running, user_id: int, name: str) -> None:
        self.api, self.bot, self.user_id, self.name = api, bot, user_id, name

    async def say(self, text: str | None, topic: int | None, **options: Any) -> Sent:
        target = self.bot.app.gate.finished + 1
        mark = len(self.api.calls)
        self.api.message(
            self.user_id,
            text,
            chat_id=DESK,
            chat_type="supergroup",
            message_thread_id=topic,
            first_name=self.name,
            **options,
        )
        await self.bot.app.gate.wait(finished=target, timeout=30)
        return Sent(self.api.calls[mark:])

    async def press(self, message_id: int, data: str) -> Sent:
        target = self.bot.app.gate.finished + 1
        mark = len(self.api.calls)
        self.api.callback(self.user_id, message_id, data, chat_id=DESK, first_name=self.name)
        await self.bot.app.gate.wait(finished=target, timeout=30)
        return Sent(self.api.calls[mark:])

    async def take_over(self, topic: int) -> Sent:
        card = card_message(self.api, topic)
        [[button]] = card["reply_markup"]["inline_keyboard"]
        return await self.press(card["message_id"], button["callback_data"])


def card_message(api: FakeBotAPI, topic: int) -> dict[str, Any]:
    """The latest summary card in a topic (the message that had the Take over button)."""
    cards = [
        m
        for m in api.chat(DESK)
        if m.get("message_thread_id") == topic
        and "text" in m
        and m.get("from", {}).get("is_bot")
        and (
            "Waiting for a specialist" in m["text"]
            or "Taken over by" in m["text"]
            or "Closed:" in m["text"]
            or "Back with the assistant" in m["text"]
        )
    ]
    assert cards, "no card in the topic"
    return cards[-1]


def answers(sent: Sent) -> list[str | None]:
    return [c.params.get("text") for c in sent.of("answerCallbackQuery")]


def topic_texts(api: FakeBotAPI, topic: int) -> list[str]:
    return [
        m.get("text") or m.get("caption") or ""
        for m in api.chat(DESK)
        if m.get("message_thread_id") == topic
    ]


def general_texts(api: FakeBotAPI) -> list[str]:
    return [m.get("text", "") for m in api.chat(DESK) if "message_thread_id" not in m]


async def conversation_of(db: Database, user_id: int) -> ConversationRow:
    from bot.storage.models import Cardholder

    return await db.read(
        lambda session: session.execute(
            select(ConversationRow)
            .join(Cardholder, Cardholder.id == ConversationRow.cardholder_id)
            .where(Cardholder.user_id == user_id)
        ).scalar_one()
    )


async def transcript(db: Database, conversation_id: int) -> list[TranscriptMessage]:
    return await db.read(
        lambda session: list(
            session.scalars(
                select(TranscriptMessage)
                .where(TranscriptMessage.conversation_id == conversation_id)
                .order_by(TranscriptMessage.id)  # type: ignore[arg-type]
            )
        )
    )


async def verified(
    api: FakeBotAPI,
    bot: Running,
    db: Database,
    clock: ManualClock,
    *,
    ref: str = "GB-002",
    user_id: int = SMITH,
    last4: str = "9012",
) -> TelegramUser:
    user = TelegramUser(api, bot, user_id, language="en")
    await user.send(f"/start {await invite(db, ref, clock)}")
    await user.send(last4)
    assert "cause:job_loss" in user.buttons()
    return user


async def handed_off(
    api: FakeBotAPI, bot: Running, db: Database, clock: ManualClock, **who: Any
) -> tuple[TelegramUser, int]:
    """A verified cardholder who asked for a person; the desk has opened their topic."""
    user = await verified(api, bot, db, clock, **who)
    sent = await user.send("/person")
    assert "passed your conversation to a specialist" in sent.text
    await desk_pass(bot)
    row = await conversation_of(db, user.user_id)
    assert row.topic_id is not None
    return user, row.topic_id


async def desk_pass(bot: Running) -> None:
    assert bot.app.desk_loop is not None
    await bot.app.desk_loop.run_once()


# --- hand-offs open one topic each, with the card -------------------------------------------------


async def test_asking_for_a_person_opens_one_topic_with_the_summary_card(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        user = await verified(telegram_api, bot, database, clock)
        await user.tap("cause:job_loss")
        await user.send("2 000")
        await user.send("1200")
        await user.send("/person")
        await desk_pass(bot)
        await desk_pass(bot)  # a second pass finds nothing more to do
    [topic] = telegram_api.topics(DESK)
    assert topic["name"] == "•••• 9012 · Asked for a person"
    card = html_to_text(card_message(telegram_api, topic["message_thread_id"])["text"])
    for expected in (
        "Account: GB-002",
        "Balance: £3,450.99",
        "Overdue amount: £600.00",
        "31 days past due",
        "Cause: job loss",
        "Income a month: £2,000.00",
        "Essential expenses a month: £1,200.00",
        "Other debts a month: not told",
        "No options were shown.",
        "Cardholder: 2 000",
        "Waiting for a specialist.",
    ):
        assert expected in card, expected
    assert "Jane" not in card and "Smith" not in card  # no name on the card
    assert len(telegram_api.calls_of("createForumTopic")) == 1
    row = await conversation_of(database, SMITH)
    assert (row.holder, row.handoff_reason, row.card_message_id) == (
        Holder.QUEUED,
        "asked_for_person",
        card_message(telegram_api, row.topic_id)["message_id"],
    )


@pytest.mark.parametrize("reason", list(HandoffReason))
async def test_each_reason_opens_one_topic_named_for_it(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    reason: HandoffReason,
) -> None:
    """However the hand-off was stored (the dialogue, the reminders, a restart),
    the loop opens its topic."""
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        await verified(telegram_api, bot, database, clock)
        await database.write(
            lambda session: session.execute(
                update(ConversationRow).values(
                    holder=Holder.QUEUED,
                    handoff_reason=reason.value,
                    urgent=reason is HandoffReason.VULNERABILITY,
                    handoff_at=clock.now(),
                    version=ConversationRow.version + 1,
                )
            )
        )
        await desk_pass(bot)
        await desk_pass(bot)
    [topic] = telegram_api.topics(DESK)
    assert topic["name"].endswith(REASON_LABELS[reason].msgid)
    card = html_to_text(card_message(telegram_api, topic["message_thread_id"])["text"])
    assert REASON_LABELS[reason].msgid in card
    assert card.startswith("Urgent") == (reason is HandoffReason.VULNERABILITY)


async def test_hand_offs_from_the_dialogue_each_open_their_topic_urgent_first(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        disputing = await verified(telegram_api, bot, database, clock)
        other = await verified(
            telegram_api, bot, database, clock, ref="US-004", user_id=DOE, last4="4321"
        )
        assert bot.app.desk_loop is not None
        async with (
            bot.app.desk_loop._pass
        ):  # hold the loop while both hand off: it must take them in order
            await disputing.tap("cause:dispute")
            sent = await other.send("I can't cope any more, my husband died")
            assert "crisis" in sent.text.lower() or "116 123" in sent.text
        await desk_pass(bot)
    names = [t["name"] for t in telegram_api.topics(DESK)]
    assert names == ["‼️ •••• 4321 · Vulnerability: urgent", "•••• 9012 · Disputes the debt"]
    urgent_topic = telegram_api.topics(DESK)[0]["message_thread_id"]
    # An urgent hand-off is raised in the general topic at once, with a link to its topic.
    [alert] = [t for t in general_texts(telegram_api) if "Urgent" in t]
    assert f"https://t.me/c/1987654321/{urgent_topic}" in alert


async def test_identity_failed_three_times_goes_to_the_desk(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        user = TelegramUser(telegram_api, bot, SMITH)
        await user.send(f"/start {await invite(database, 'GB-002', clock)}")
        for _ in range(3):
            await user.send("1111")
        await desk_pass(bot)
    [topic] = telegram_api.topics(DESK)
    assert topic["name"] == "•••• 9012 · Identity not confirmed"


# --- taking over ----------------------------------------------------------------------------------


async def test_two_specialists_tapping_at_once_one_wins_and_the_card_shows_who(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        _user, topic = await handed_off(telegram_api, bot, database, clock)
        card = card_message(telegram_api, topic)
        [[button]] = card["reply_markup"]["inline_keyboard"]
        mark = len(telegram_api.calls)
        target = bot.app.gate.finished + 2
        telegram_api.callback(
            ANNA, card["message_id"], button["callback_data"], chat_id=DESK, first_name="Anna"
        )
        telegram_api.callback(
            BELA, card["message_id"], button["callback_data"], chat_id=DESK, first_name="Béla"
        )
        await bot.app.gate.wait(finished=target, timeout=30)
        sent = Sent(telegram_api.calls[mark:])
    assert sorted(answers(sent)) == [
        "Anna already took this conversation.",
        "You have this conversation now.",
    ]
    edited = html_to_text(telegram_api.get_message(DESK, card["message_id"])["text"])  # type: ignore[index]
    assert "Taken over by Anna." in edited
    assert "reply_markup" not in telegram_api.get_message(DESK, card["message_id"])  # type: ignore[operator]
    row = await conversation_of(database, SMITH)
    assert (row.holder, row.specialist_id) == (Holder.SPECIALIST, ANNA)
    notes = [m for m in await transcript(database, row.id) if m.direction is Direction.NOTE]  # type: ignore[arg-type]
    assert [(m.author, m.text) for m in notes] == [("specialist:9001", "taken over")]


async def test_take_over_is_exactly_once_even_when_truly_simultaneous(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        await handed_off(telegram_api, bot, database, clock)
        row = await conversation_of(database, SMITH)
        desk = Desk(database)
        results = await asyncio.gather(
            *(
                desk.take(row.id, uid, f"S{uid}", clock.now())  # type: ignore[arg-type]
                for uid in (ANNA, BELA, ANNA + 10, BELA + 10)
            )
        )
    assert sum(r.won for r in results) == 1
    winner = next(
        uid for uid, r in zip((ANNA, BELA, ANNA + 10, BELA + 10), results, strict=True) if r.won
    )
    assert (await conversation_of(database, SMITH)).specialist_id == winner


async def test_forged_stale_and_outsider_taps_change_nothing(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        _user, topic = await handed_off(telegram_api, bot, database, clock)
        card = card_message(telegram_api, topic)
        anna, bela = (
            Specialist(telegram_api, bot, ANNA, "Anna"),
            Specialist(telegram_api, bot, BELA, "Béla"),
        )
        outsider = Specialist(telegram_api, bot, OUTSIDER, "Olga")
        row = await conversation_of(database, SMITH)
        assert answers(await anna.press(card["message_id"], "take:notanumber")) == [
            "This button is not valid."
        ]
        assert answers(await anna.press(card["message_id"], "garbage")) == [
            "This button is not valid."
        ]
        other = TakeData(conversation=row.id + 1).pack()  # type: ignore[operator]
        assert answers(await anna.press(card["message_id"], other)) == ["This button is not valid."]
        assert answers(await outsider.take_over(topic)) == [
            "Only the bank's specialists can take over."
        ]
        assert (await conversation_of(database, SMITH)).holder is Holder.QUEUED
        assert answers(await bela.take_over(topic)) == ["You have this conversation now."]
        stale = TakeData(conversation=row.id).pack()  # type: ignore[arg-type]
        assert answers(await anna.press(card["message_id"], stale)) == [
            "Béla already took this conversation."
        ]
    assert (await conversation_of(database, SMITH)).specialist_id == BELA


# --- relaying -------------------------------------------------------------------------------------


async def test_messages_are_relayed_both_ways_with_text_and_a_photo(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        user, topic = await handed_off(telegram_api, bot, database, clock)
        anna = Specialist(telegram_api, bot, ANNA, "Anna")
        # Waiting: copied into the topic, and the assistant's waiting reply still answers.
        sent = await user.send("Is anyone there?")
        assert "saved for the specialist" in sent.text
        assert "Is anyone there?" in topic_texts(telegram_api, topic)
        sent = await user.send(None, document=b"%PDF-1.4 statement")
        assert "saved for the specialist" in sent.text and sent.of("copyMessage")
        await anna.take_over(topic)
        # Held: copied into the topic, the assistant says nothing, an old button does nothing.
        sent = await user.send("Here is my payslip")
        assert sent.messages == []
        sent = await user.tap("person")
        assert sent.messages == [] and answers(sent) == [
            "A specialist is looking after your conversation now; please write to them here."
        ]
        sent = await user.send("payslip for October", photo=b"\x89PNG fake")
        assert sent.messages == []
        [copied] = [c for c in sent.of("copyMessage")]
        assert copied.params["message_thread_id"] == topic and copied.params["chat_id"] == DESK
        assert "payslip for October" in topic_texts(telegram_api, topic)
        # The specialist answers with text and a photo; both reach the cardholder.
        sent = await anna.say("Thank you, Jane. I can offer a longer plan.", topic)
        [to_cardholder] = sent.of("copyMessage")
        assert to_cardholder.params["chat_id"] == SMITH
        await anna.say("see the table", topic, photo=True)
        assert not (await anna.say("/help", topic)).of("copyMessage")  # a command is never copied
        private = telegram_api.chat(SMITH)
        assert private[-2]["text"] == "Thank you, Jane. I can offer a longer plan."
        assert "photo" in private[-1] and private[-1]["caption"] == "see the table"
    row = await conversation_of(database, SMITH)
    lines = [(m.direction, m.author, m.text) for m in await transcript(database, row.id)]  # type: ignore[arg-type]
    assert (Direction.IN, "cardholder", "Is anyone there?") in lines
    assert (Direction.IN, "cardholder", "[document]") in lines
    assert (Direction.IN, "cardholder", "Here is my payslip") in lines
    assert (Direction.IN, "cardholder", "payslip for October") in lines
    assert (
        Direction.OUT,
        "specialist:9001",
        "Thank you, Jane. I can offer a longer plan.",
    ) in lines
    assert (Direction.OUT, "specialist:9001", "see the table") in lines
    assert all(
        m.telegram_message_id
        for m in await transcript(database, row.id)
        if m.author.startswith("specialist")  # type: ignore[arg-type]
        and m.direction is Direction.OUT
    )


async def test_a_relay_telegram_does_not_take_is_told_and_nothing_is_lost(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        user, topic = await handed_off(telegram_api, bot, database, clock)
        anna = Specialist(telegram_api, bot, ANNA, "Anna")
        await anna.take_over(topic)
        # To the cardholder: Telegram answers 500, the specialist is told to send it again.
        telegram_api.fail("copyMessage", status=500, chat_id=SMITH)
        sent = await anna.say("Here is a longer plan.", topic)
        assert "Telegram did not answer" in sent.text
        assert not any(m.get("text") == "Here is a longer plan." for m in telegram_api.chat(SMITH))
        # From the cardholder: the copy into the topic fails, the message is still kept.
        telegram_api.fail("copyMessage", status=502, chat_id=DESK)
        sent = await user.send("my payslip is attached")
        assert sent.messages == []
        assert "my payslip is attached" not in topic_texts(telegram_api, topic)
        assert (await anna.say("Sending it again.", topic)).of("copyMessage")
    row = await conversation_of(database, SMITH)
    lines = [(m.direction, m.author, m.text) for m in await transcript(database, row.id)]  # type: ignore[arg-type]
    assert (Direction.IN, "cardholder", "my payslip is attached") in lines
    assert (Direction.OUT, "specialist:9001", "Here is a longer plan.") not in lines
    assert (Direction.OUT, "specialist:9001", "Sending it again.") in lines


async def test_only_the_holder_writes_to_the_cardholder(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        _user, topic = await handed_off(telegram_api, bot, database, clock)
        anna, bela = (
            Specialist(telegram_api, bot, ANNA, "Anna"),
            Specialist(telegram_api, bot, BELA, "Béla"),
        )
        sent = await anna.say("hello?", topic)
        assert not sent.of("copyMessage") and "Take over" in sent.text
        await anna.take_over(topic)
        sent = await bela.say("I can help too", topic)
        assert not sent.of("copyMessage") and "Anna has this conversation" in sent.text
        assert (await bela.say("/release", topic)).of("sendMessage")
        assert (await conversation_of(database, SMITH)).holder is Holder.SPECIALIST


# --- commands -------------------------------------------------------------------------------------


async def test_an_offer_handled_again_after_a_crash_reaches_the_cardholder_once(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    """The process died after the offer was written and before its update was settled: the
    next start handles the update again. The conversation has moved on (the assistant holds
    it), so the command acts no more: the cardholder is not offered the plan twice."""
    settings = desk_settings(telegram_api, database_url)
    async with running(settings, clock, database) as bot:
        _user, topic = await handed_off(telegram_api, bot, database, clock)
        anna = Specialist(telegram_api, bot, ANNA, "Anna")
        await anna.take_over(topic)
        await anna.say("/offer 300 12 2026-12-15", topic)
    offers = [m for m in telegram_api.sent_messages(SMITH) if "prepared a plan" in m["text"]]
    assert len(offers) == 1
    last = await database.read(
        lambda session: session.scalars(
            select(InboxUpdate).order_by(InboxUpdate.update_id.desc())  # type: ignore[union-attr]
        ).first()
    )
    assert last is not None and "/offer" in last.raw
    await database.write(
        lambda session: session.execute(
            update(InboxUpdate)
            .where(InboxUpdate.update_id == last.update_id)  # type: ignore[arg-type]
            .values(status=InboxStatus.PENDING.value, settled_at=None)
        )
    )
    mark = len(telegram_api.calls_of("getUpdates"))
    async with running(settings, clock, database) as bot:
        await telegram_api.wait_for("getUpdates", count=mark + 1, timeout=10)
        assert bot.app.inbox is not None
        await bot.app.inbox.drained(5)
        await bot.app.gate.wait()
    offers = [m for m in telegram_api.sent_messages(SMITH) if "prepared a plan" in m["text"]]
    assert len(offers) == 1
    said = [m.get("text", "") for m in telegram_api.chat(DESK) if m.get("message_thread_id")]
    assert "The assistant has this conversation now, so nothing was sent." in said[-1]
    row = await conversation_of(database, SMITH)
    notes = [m.text for m in await transcript(database, row.id) if m.text.startswith("offer:")]  # type: ignore[arg-type]
    assert len(notes) == 1


async def test_a_custom_offer_accepted_by_the_cardholder_makes_the_agreement(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        user, topic = await handed_off(telegram_api, bot, database, clock)
        anna = Specialist(telegram_api, bot, ANNA, "Anna")
        await anna.take_over(topic)
        mark = len(telegram_api.calls)
        sent = await anna.say("/offer 300 12 2026-12-15", topic)
        reply = html_to_text(sent.texts[0])
        assert "12 payments of £300.00, the first on 15 December 2026." in reply
        assert (
            "Total £3,600.00, annual rate 7.9%." in reply
        )  # 3,450.99 repaid as 12 x 300: the true rate (IRR)
        [to_cardholder] = [
            m["text"] for m in telegram_api.sent_messages(SMITH)[-1:]
        ]  # one message, in order:
        assert to_cardholder.index("prepared a plan for you") < to_cardholder.index(
            "Repayment agreement"
        )
        assert "A plan from our specialist" in to_cardholder and "15 December 2026" in to_cardholder
        assert telegram_api.calls[mark:]
        assert (await conversation_of(database, SMITH)).holder is Holder.ASSISTANT
        sent = await user.tap("accept")
        assert sent.messages

    def agreed(session: Session) -> tuple[list[Agreement], list[Instalment], list[Reminder]]:
        return (
            list(session.scalars(select(Agreement))),
            list(session.scalars(select(Instalment).order_by(Instalment.number))),  # type: ignore[arg-type]
            list(session.scalars(select(Reminder))),
        )

    [agreement], instalments, reminders = await database.read(agreed)
    assert (agreement.kind, agreement.payments, agreement.monthly, agreement.total) == (
        "custom",
        12,
        Decimal("300.00"),
        Decimal("3600.00"),
    )
    assert [i.amount for i in instalments] == [Decimal("300.00")] * 12
    assert str(instalments[0].due_date) == "2026-12-15"
    # Reminders are planned on acceptance, as for any agreement: every kind for the payments due
    # within the next 45 days (here the first, on 15 December); the loop makes the others later.
    assert {r.instalment_id for r in reminders} == {instalments[0].id}
    assert len(reminders) == 3
    row = await conversation_of(database, SMITH)
    assert row.step == "agreed"
    notes = [m.text for m in await transcript(database, row.id) if m.direction is Direction.NOTE]  # type: ignore[arg-type]
    assert any(n.startswith("offer: 12 x 300.00 GBP from 2026-12-15") for n in notes)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ("", "Write the monthly amount"),
        ("lots please", "Write the monthly amount"),
        ("three hundred 12", "Write the monthly amount"),
        ("300", "Write the monthly amount"),
        ("-300 12", "Write the monthly amount"),
        ("0 12", "more than zero"),
        ("300 0", "from 1 to 60"),
        ("300 61", "from 1 to 60"),
        ("99999 2", "more than the whole balance"),
        ("9999999999999 2", "Write the monthly amount"),  # beyond what the amount reader accepts
        ("1000 12", "cost more than the card's current terms"),
        ("300 12 2026-02-30", "Write the monthly amount"),
        ("300 12 2020-01-01", "first due date must be after today"),
        ("300 12 2027-06-01", "first due date must be after today"),
    ],
)
async def test_bad_offers_are_refused_in_the_topic_and_nothing_reaches_the_cardholder(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    args: str,
    expected: str,
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        _user, topic = await handed_off(telegram_api, bot, database, clock)
        anna = Specialist(telegram_api, bot, ANNA, "Anna")
        await anna.take_over(topic)
        before = len(telegram_api.sent_messages(SMITH))
        sent = await anna.say(f"/offer {args}".strip(), topic)
        assert expected in html_to_text(sent.text)
        assert len(telegram_api.sent_messages(SMITH)) == before
    assert (await conversation_of(database, SMITH)).holder is Holder.SPECIALIST


async def test_release_gives_the_conversation_back_at_the_right_step(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        user = await verified(telegram_api, bot, database, clock)
        await user.tap("cause:job_loss")
        await user.send("/person")  # asked while the income question was open
        await desk_pass(bot)
        topic = (await conversation_of(database, SMITH)).topic_id
        assert topic is not None
        anna = Specialist(telegram_api, bot, ANNA, "Anna")
        await anna.take_over(topic)
        mark = len(telegram_api.sent_messages(SMITH))
        sent = await anna.say("/release", topic)
        assert "Handed back to the assistant" in html_to_text(sent.text)
        [told] = [
            m["text"] for m in telegram_api.sent_messages(SMITH)[mark:]
        ]  # one message, in order:
        assert told.index("passed the conversation back to me") < told.lower().index("income")
        assert "Back with the assistant." in html_to_text(card_message(telegram_api, topic)["text"])
        sent = await user.send("2500")  # the assistant answers again
        assert "essentials" in sent.text
        # Asking for a person again: a new card in the same topic, no second topic.
        await user.send("/person")
        await desk_pass(bot)
    assert len(telegram_api.topics(DESK)) == 1
    assert "Waiting for a specialist." in html_to_text(card_message(telegram_api, topic)["text"])


async def test_close_ends_it_with_an_outcome_and_the_assistant_answers_afterwards(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        user, topic = await handed_off(telegram_api, bot, database, clock)
        anna = Specialist(telegram_api, bot, ANNA, "Anna")
        await anna.take_over(topic)
        sent = await anna.say("/close", topic)
        assert "Write how it ended" in html_to_text(sent.text)
        sent = await anna.say("/note Called her at 14:00; she will pay in full", topic)
        assert "Noted" in html_to_text(sent.text)
        card = card_message(telegram_api, topic)
        sent = await anna.say("/close paid", topic)
        assert "Closed: Paid." in html_to_text(sent.text)
        stale = await anna.press(
            card["message_id"],
            TakeData(conversation=(await conversation_of(database, SMITH)).id).pack(),
        )  # type: ignore[arg-type]
        assert answers(stale) == ["This conversation is no longer waiting."]
        assert sent.of("closeForumTopic")
        assert telegram_api.topics(DESK)[0]["closed"]
        assert "Closed: Paid." in html_to_text(card_message(telegram_api, topic)["text"])
        assert "conversation is now closed" in telegram_api.sent_messages(SMITH)[-1]["text"]
        row = await conversation_of(database, SMITH)
        assert (row.holder, row.outcome, row.closed_at, row.topic_id, row.closed_topic_id) == (
            Holder.CLOSED,
            "paid",
            clock.now(),
            None,
            topic,
        )
        # In the closed topic nothing is relayed any more (the specialist is told, once).
        sent = await anna.say("one more thing", topic)
        assert not sent.of("copyMessage") and "closed" in html_to_text(sent.text)
        sent = await anna.say("and another", topic)
        assert not sent.of("copyMessage") and not sent.of("sendMessage")
        # The cardholder writes again: the assistant answers from where the conversation stands.
        sent = await user.send("hello")
        assert sent.messages and not sent.of("copyMessage")
    row = await conversation_of(database, SMITH)
    assert (row.holder, row.outcome) == (Holder.ASSISTANT, "paid")
    notes = [
        (m.author, m.text)
        for m in await transcript(database, row.id)
        if m.direction is Direction.NOTE
    ]  # type: ignore[arg-type]
    assert ("specialist:9001", "Called her at 14:00; she will pay in full") in notes
    assert ("specialist:9001", "closed: paid") in notes


async def test_commands_outside_topics_or_in_a_foreign_topic_do_nothing(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        _user, topic = await handed_off(telegram_api, bot, database, clock)
        anna = Specialist(telegram_api, bot, ANNA, "Anna")
        sent = await anna.say("/release", None)
        assert "inside the topic of a conversation" in html_to_text(sent.text)
        sent = await anna.say("/close paid", 777)
        assert "not a cardholder's conversation" in html_to_text(sent.text)
        sent = await anna.say("just chatting in the general topic", None)
        assert not sent.of("sendMessage") and not sent.of("copyMessage")
        sent = await anna.say("/offer 300 12", topic)  # not taken over yet
        assert "Take over" in html_to_text(sent.text)
    assert (await conversation_of(database, SMITH)).holder is Holder.QUEUED


async def test_a_non_specialist_gets_nothing_done_and_is_told_why_once(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        _user, topic = await handed_off(telegram_api, bot, database, clock)
        outsider = Specialist(telegram_api, bot, OUTSIDER, "Olga")
        sent = await outsider.say("/close paid", topic)
        assert "Only the bank's specialists can act in this group" in html_to_text(sent.text)
        sent = await outsider.say("/offer 100 12", topic)
        assert not sent.of("sendMessage")  # said once
        sent = await outsider.say("hello cardholder", topic)
        assert not sent.of("sendMessage") and not sent.of("copyMessage")
    row = await conversation_of(database, SMITH)
    assert (row.holder, row.outcome) == (Holder.QUEUED, None)


GROUP_ANONYMOUS_BOT = {  # the sender Telegram puts on an anonymous admin's messages
    "id": 1087968824,
    "is_bot": True,
    "first_name": "Group",
    "username": "GroupAnonymousBot",
}
CHANNEL_BOT = {"id": 136817688, "is_bot": True, "first_name": "Channel", "username": "Channel_Bot"}
NEWS_CHANNEL = {"id": -1001555000111, "type": "channel", "title": "Bank news"}


class OnBehalfOfAChat(Specialist):
    """Someone writing in the group as the group itself (an anonymous admin) or as a channel:
    Telegram names no person, only ``sender_chat``."""

    def __init__(
        self, api: FakeBotAPI, bot: Running, sender: dict[str, Any], chat: dict[str, Any]
    ) -> None:
        super().__init__(api, bot, sender["id"], sender["first_name"])
        self.sender, self.chat = sender, chat

    async def say(self, text: str | None, topic: int | None, **options: Any) -> Sent:
        extra = {"from": self.sender, "sender_chat": self.chat}
        return await super().say(text, topic, extra=extra, **options)

    async def press(self, message_id: int, data: str) -> Sent:
        target = self.bot.app.gate.finished + 1
        mark = len(self.api.calls)
        self.api.callback(self.user_id, message_id, data, chat_id=DESK, sender=self.sender)
        await self.bot.app.gate.wait(finished=target, timeout=30)
        return Sent(self.api.calls[mark:])


def the_group() -> dict[str, Any]:
    return {"id": DESK, "type": "supergroup", "title": "Desk", "is_forum": True}


async def nothing_changes_for(
    api: FakeBotAPI, bot: Running, db: Database, clock: ManualClock, who: OnBehalfOfAChat
) -> None:
    """Every way of acting in a topic, tried by ``who``: each is refused and nothing changes."""
    _user, topic = await handed_off(api, bot, db, clock)
    row = await conversation_of(db, SMITH)
    to_cardholder = len(api.chat(SMITH))
    sent = await who.say("/note the cardholder sounded fine", topic)
    assert "cannot act here" in html_to_text(sent.text)  # told why, once
    for attempt in ("/close other", "/offer 100 12", "/release", "hello from the bank"):
        sent = await who.say(attempt, topic)
        assert not sent.of("sendMessage") and not sent.of("copyMessage"), attempt
    assert not (await who.say("a photo", topic, photo=True)).of("copyMessage")
    assert answers(await who.take_over(topic)) == ["Only the bank's specialists can take over."]
    # A specialist holds it now: still nothing gets through.
    await Specialist(api, bot, ANNA, "Anna").take_over(topic)
    for attempt in ("/offer 100 12", "/release", "/close other", "/note x", "hello"):
        sent = await who.say(attempt, topic)
        assert not sent.of("sendMessage") and not sent.of("copyMessage"), attempt
    after = await conversation_of(db, SMITH)
    assert (after.holder, after.specialist_id, after.outcome, after.step) == (
        Holder.SPECIALIST,
        ANNA,
        None,
        row.step,
    )
    assert len(api.chat(SMITH)) == to_cardholder  # the cardholder was told nothing
    assert not api.calls_of("closeForumTopic")
    lines = await transcript(db, row.id)  # type: ignore[arg-type]
    assert [(m.direction, m.author) for m in lines if m.author != "cardholder"][-1] == (
        Direction.NOTE,
        "specialist:9001",  # Anna's take-over is the last thing on record
    )
    assert not any("sounded fine" in m.text or "hello" in m.text for m in lines)


async def test_an_anonymous_admin_is_refused_and_nothing_changes(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        admin = OnBehalfOfAChat(telegram_api, bot, GROUP_ANONYMOUS_BOT, the_group())
        await nothing_changes_for(telegram_api, bot, database, clock, admin)


async def test_a_channel_writing_in_the_group_is_refused_and_nothing_changes(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        channel = OnBehalfOfAChat(telegram_api, bot, CHANNEL_BOT, NEWS_CHANNEL)
        await nothing_changes_for(telegram_api, bot, database, clock, channel)


async def test_a_specialist_writing_anonymously_is_refused_too(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    """``sender_chat`` wins over ``from``: a message on behalf of a chat never acts."""
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        _user, topic = await handed_off(telegram_api, bot, database, clock)
        anna = {"id": ANNA, "is_bot": False, "first_name": "Anna"}
        masked = OnBehalfOfAChat(telegram_api, bot, anna, the_group())
        sent = await masked.say("/close other", topic)
        assert "write under your own name" in html_to_text(sent.text)
    assert (await conversation_of(database, SMITH)).holder is Holder.QUEUED


# --- raising the alarm ----------------------------------------------------------------------------


async def test_an_untaken_hand_off_is_raised_again_after_the_minutes_inside_working_hours(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        _user, topic = await handed_off(telegram_api, bot, database, clock)
        clock.advance(minutes=29)
        await desk_pass(bot)
        assert general_texts(telegram_api) == []
        clock.advance(minutes=1)
        await desk_pass(bot)
        [alert] = general_texts(telegram_api)
        assert "Still waiting for a specialist after 30 minutes" in alert
        assert f"https://t.me/c/1987654321/{topic}" in str(telegram_api.chat(DESK)[-1])
        await desk_pass(bot)
        assert len(general_texts(telegram_api)) == 1  # not again until another 30 minutes
        # Monday 10:00 UTC + 8 hours: after working hours, nothing is raised.
        clock.set(datetime(2026, 11, 23, 18, 5, tzinfo=UTC))
        await desk_pass(bot)
        clock.set(datetime(2026, 11, 24, 3, 0, tzinfo=UTC))
        await desk_pass(bot)
        assert len(general_texts(telegram_api)) == 1
        clock.set(datetime(2026, 11, 24, 9, 0, tzinfo=UTC))  # Tuesday morning
        await desk_pass(bot)
        assert len(general_texts(telegram_api)) == 2
        await Specialist(telegram_api, bot, ANNA, "Anna").take_over(topic)
        clock.advance(hours=2)
        await desk_pass(bot)
        assert len(general_texts(telegram_api)) == 2  # taken: no more alarms


async def test_an_urgent_hand_off_is_raised_at_once_and_at_any_hour(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    clock.set(datetime(2026, 11, 28, 23, 0, tzinfo=UTC))  # Saturday night
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        user = await verified(telegram_api, bot, database, clock)
        sent = await user.send("I feel suicidal, I can't go on")
        assert "not at work right now" in sent.text
        await desk_pass(bot)
        assert len([t for t in general_texts(telegram_api) if "Urgent" in t]) == 1
        clock.advance(minutes=30)
        await desk_pass(bot)
        assert len([t for t in general_texts(telegram_api) if "Urgent" in t]) == 2


# --- silence --------------------------------------------------------------------------------------


async def test_silence_mid_negotiation_earns_one_nudge_then_a_person_never_in_quiet_hours(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        await verified(telegram_api, bot, database, clock)  # London: 10:00 on Monday
        before = len(telegram_api.sent_messages(SMITH))
        clock.advance(hours=23)
        await desk_pass(bot)
        assert len(telegram_api.sent_messages(SMITH)) == before
        clock.set(datetime(2026, 11, 24, 22, 0, tzinfo=UTC))  # 36 hours, but 22:00 in London: quiet
        await desk_pass(bot)
        assert len(telegram_api.sent_messages(SMITH)) == before
        clock.set(datetime(2026, 11, 25, 8, 30, tzinfo=UTC))
        await desk_pass(bot)
        assert "Just checking in" in telegram_api.sent_messages(SMITH)[-1]["text"]
        await desk_pass(bot)
        assert len(telegram_api.sent_messages(SMITH)) == before + 1  # one nudge
        clock.advance(hours=47)
        await desk_pass(bot)
        assert telegram_api.topics(DESK) == []
        clock.advance(hours=1)  # 48 hours after the nudge: 72 in all
        await desk_pass(bot)
        assert (
            "passed your conversation to a specialist"
            in telegram_api.sent_messages(SMITH)[-1]["text"]
        )
        await desk_pass(bot)
    [topic] = telegram_api.topics(DESK)
    assert topic["name"] == "•••• 9012 · Silent mid-negotiation"


async def test_the_look_for_silence_reads_the_index_and_only_the_nudged_flag_of_the_state(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        await verified(telegram_api, bot, database, clock)
    desk = Desk(database)
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        statements.append((statement, parameters))

    engine = database.sync_engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        [(entry, nudged)] = await desk.silent(clock.now())
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert entry.conversation_id == (await conversation_of(database, SMITH)).id and nudged is False
    [(statement, parameters)] = statements
    columns = [
        column.strip() for column in statement.split("FROM")[0].removeprefix("SELECT").split(",")
    ]
    assert "conversation.state" not in columns  # the state is not read whole
    if database.dialect == "sqlite":
        assert "json_extract(conversation.state" in statement.lower()  # only its flag
        plan = await database.read(
            lambda session: (
                session.connection()
                .exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
                .all()
            )
        )
        assert any("ix_conversation_holder_updated_at" in row[-1] for row in plan), plan
    else:  # (PostgreSQL's planner reads a table of one row whole, whatever its indexes)
        assert "conversation.state ->" in statement  # only its flag
    assert await desk.silent(clock.now() - timedelta(minutes=1)) == []  # changed since: not silent

    row = await conversation_of(database, SMITH)
    await database.write(
        lambda session: session.execute(
            update(ConversationRow)
            .where(ConversationRow.id == row.id)
            .values(state={**row.state, "nudged": True})
        )
    )
    [(_entry, nudged)] = await desk.silent(clock.now())
    assert nudged is True


# --- no group, restarts ---------------------------------------------------------------------------


async def test_without_a_group_hand_offs_queue_and_the_command_line_shows_them(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = desk_settings(telegram_api, database_url, chat_id=None)
    async with running(settings, clock, database) as bot:
        user = await verified(telegram_api, bot, database, clock)
        await user.tap("cause:job_loss")
        await user.send("2 000")
        sent = await user.send("/person")
        assert "will contact you" in sent.text and "reply here" not in sent.text
        sent = await user.send("hello?")
        assert "will contact you" in sent.text
        await desk_pass(bot)
    assert not telegram_api.calls_of("createForumTopic")
    assert await desk_command("list", None, settings) == 0
    listed = capsys.readouterr().out
    assert (
        "GB-002" in listed
        and "•••• 9012" in listed
        and "Asked for a person" in listed
        and "waiting" in listed
    )
    assert await desk_command("show", "GB-002", settings) == 0
    shown = capsys.readouterr().out
    assert "Income a month: £2,000.00" in shown and "Cardholder: hello?" in shown
    assert "Jane" not in listed + shown and "Smith" not in listed + shown  # no name, as on the card
    assert await desk_command("show", "NOPE", settings) == 1


async def test_a_restart_while_a_specialist_holds_the_conversation_keeps_it_held(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    settings = desk_settings(telegram_api, database_url)
    async with running(settings, clock, database) as bot:
        _user, topic = await handed_off(telegram_api, bot, database, clock)
        await Specialist(telegram_api, bot, ANNA, "Anna").take_over(topic)
    async with running(settings, clock, database) as bot:
        user = TelegramUser(telegram_api, bot, SMITH)
        sent = await user.send("are you still there?")
        assert sent.messages == [] and sent.of("copyMessage")
        sent = await Specialist(telegram_api, bot, ANNA, "Anna").say("Yes, I am here.", topic)
        assert sent.of("copyMessage")
        await desk_pass(bot)
    assert len(telegram_api.topics(DESK)) == 1
    row = await conversation_of(database, SMITH)
    assert (row.holder, row.specialist_id) == (Holder.SPECIALIST, ANNA)
    assert telegram_api.chat(SMITH)[-1]["text"] == "Yes, I am here."


async def test_a_desk_loop_failure_is_retried_on_the_next_pass(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        user = await verified(telegram_api, bot, database, clock)
        assert bot.app.desk_loop is not None
        async with bot.app.desk_loop._pass:
            telegram_api.fail(
                "createForumTopic", status=400, description="Bad Request: not enough rights"
            )
            await user.send("/person")
        await desk_pass(bot)  # the woken pass failed; this one (or that) tried again
        await desk_pass(bot)
    assert len(telegram_api.topics(DESK)) == 1
    assert [c.ok for c in telegram_api.calls_of("createForumTopic")] == [False, True]


async def test_a_card_that_fails_to_post_is_posted_again_in_the_same_topic(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        user = await verified(telegram_api, bot, database, clock)
        assert bot.app.desk_loop is not None
        async with bot.app.desk_loop._pass:
            telegram_api.fail(
                "sendMessage", status=500, description="Internal Server Error", chat_id=DESK
            )
            await user.send("/person")
        await desk_pass(bot)
        await desk_pass(bot)
    [topic] = telegram_api.topics(DESK)
    assert (
        "Waiting for a specialist."
        in card_message(telegram_api, topic["message_thread_id"])["text"]
    )


@pytest.mark.parametrize(
    ("language", "name"), [("zh", "•••• 9012 · 要求转人工"), ("hu", "•••• 9012 · Ügyintézőt kért")]
)
async def test_the_desk_speaks_its_own_language(
    telegram_api: FakeBotAPI,
    database: Database,
    database_url: str,
    clock: ManualClock,
    language: str,
    name: str,
) -> None:
    async with running(
        desk_settings(telegram_api, database_url, language=language), clock, database
    ) as bot:
        _user, topic = await handed_off(telegram_api, bot, database, clock)
        sent = await Specialist(telegram_api, bot, ANNA, "Anna").say("/offer", topic)
    assert telegram_api.topics(DESK)[0]["name"] == name
    assert "GB-002" in card_message_any(telegram_api, topic)
    assert sent.texts and "Write the monthly amount" not in sent.text


def card_message_any(api: FakeBotAPI, topic: int) -> str:
    return next(
        m["text"]
        for m in api.chat(DESK)
        if m.get("message_thread_id") == topic and m.get("reply_markup")
    )


def test_the_desk_command_line_runs_without_a_group(
    tmp_path: Any, capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    from bot.cli import main

    url = database_url
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{url}"\n', encoding="utf-8")
    assert main(["--config", str(config), "desk", "list"]) == 0
    assert "no conversation is waiting" in capsys.readouterr().out
    assert main(["--config", str(config), "desk", "show", "GB-002"]) == 1


async def test_two_instances_posting_at_once_leave_one_topic_and_one_card(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    """Two bots on one database (PostgreSQL in production):
    both see the hand-off, one card stays."""
    from bot.channels.telegram.deskboard import DeskBoard, DeskTexts

    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        user = await verified(telegram_api, bot, database, clock)
        assert (
            bot.app.desk_loop is not None
            and bot.app.bot is not None
            and bot.app.assistant is not None
        )
        async with bot.app.desk_loop._pass:
            await user.send("/person")
            settings = desk_settings(telegram_api, database_url)
            desk = Desk(database)
            boards = [
                DeskBoard(DeskTexts(bot.app.assistant.texts, settings), desk, DESK)
                for _ in range(2)
            ]
            [entry] = await desk.needing_card()
            results = await asyncio.gather(
                *(board.post_card(bot.app.bot, entry, clock.now()) for board in boards)
            )
        await desk_pass(bot)
    assert sorted(results) == [False, True]
    [topic] = telegram_api.topics(DESK)
    cards = [
        m
        for m in telegram_api.chat(DESK)
        if m.get("message_thread_id") == topic["message_thread_id"] and m.get("reply_markup")
    ]
    assert len(cards) == 1


async def test_reminders_pause_while_a_person_has_the_conversation_and_resume_after_release(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        user, topic = await handed_off(telegram_api, bot, database, clock)
        anna = Specialist(telegram_api, bot, ANNA, "Anna")
        await anna.take_over(topic)
        await anna.say("/offer 300 12 2026-12-15", topic)
        await user.tap("accept")
        assert bot.app.outbox is not None
        await bot.app.outbox.drained()  # the agreement's PDF is out before anything is counted
        await user.send(
            "/person"
        )  # with the agreement made, the cardholder asks for a person again
        await desk_pass(bot)
        await anna.take_over(topic)
        assert bot.app.reminders is not None
        clock.set(datetime(2026, 12, 12, 10, 30, tzinfo=UTC))  # the "3 days before" reminder is due
        before = len(telegram_api.sent_messages(SMITH))
        await bot.app.reminders.run_once()
        assert len(telegram_api.sent_messages(SMITH)) == before  # a person has it: no reminder
        await anna.say("/release", topic)
        before = len(telegram_api.sent_messages(SMITH))
        await bot.app.reminders.run_once()
        assert len(telegram_api.sent_messages(SMITH)) == before + 1
        assert "15 December 2026" in telegram_api.sent_messages(SMITH)[-1]["text"]


async def test_a_vulnerability_signal_while_waiting_makes_the_waiting_topic_urgent(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        user, topic = await handed_off(telegram_api, bot, database, clock)
        clock.advance(minutes=5)
        sent = await user.send("I can't go on, I want to end my life")
        assert sent.of("copyMessage")  # the specialists see it in the topic
        await desk_pass(bot)
        await desk_pass(bot)
        assert telegram_api.topics(DESK)[0]["name"] == "‼️ •••• 9012 · Vulnerability: urgent"
        card = card_message(telegram_api, topic)
        assert html_to_text(card["text"]).startswith("Urgent") and card["reply_markup"]
        assert len([t for t in general_texts(telegram_api) if "Urgent" in t]) == 1
        assert len(telegram_api.topics(DESK)) == 1
        assert answers(await Specialist(telegram_api, bot, ANNA, "Anna").take_over(topic)) == [
            "You have this conversation now."
        ]


async def test_no_nudge_for_a_cardholder_who_asked_us_to_stop(
    telegram_api: FakeBotAPI, database: Database, database_url: str, clock: ManualClock
) -> None:
    async with running(desk_settings(telegram_api, database_url), clock, database) as bot:
        user = await verified(telegram_api, bot, database, clock)
        await user.send("stop")
        before = len(telegram_api.sent_messages(SMITH))
        clock.advance(hours=100)
        await desk_pass(bot)
    assert len(telegram_api.sent_messages(SMITH)) == before
    assert telegram_api.topics(DESK) == []
