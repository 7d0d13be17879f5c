"""The desk's pure parts:
what the dialogue does when a specialist acts, the custom plan, the parsing."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from bot.channels.telegram.desk import parse_offer
from bot.channels.telegram.deskboard import topic_link
from bot.desk.queue import Resolution, masked, read_outcome
from dialogs import desk
from dialogs import effects as fx
from dialogs import events as ev
from dialogs.domain.plans import AccountTerms, OptionKind, annual_rate_of, custom_option
from dialogs.domain.policy import Policy
from dialogs.domain.vocabulary import HandoffReason
from dialogs.state import Dialogue, Step
from tests.unit.test_dialogue import ACCOUNT, TODAY, Chat, facts

D = Decimal
POLICY = Policy()


def handed_off_at_income() -> Chat:
    chat = Chat()
    chat.start()
    chat.say("4321")
    chat.tap("cause:job_loss")
    chat.say("person")
    assert chat.c.step is Step.HANDOFF and chat.c.resume_step is Step.INCOME
    return chat


# --- custom plans ---------------------------------------------------------------------------------


def test_a_custom_plan_is_exactly_what_the_specialist_typed() -> None:
    made = custom_option(ACCOUNT, D("2600"), 12, POLICY, TODAY)
    option = made.option
    assert option is not None and made.reason is None
    assert (option.kind, option.key, option.payments, option.monthly) == (
        OptionKind.CUSTOM,
        "custom-12",
        12,
        D("2600.00"),
    )
    assert [p.amount for p in option.schedule] == [D("2600.00")] * 12
    assert sum(p.amount for p in option.schedule) == option.total == D("31200.00")
    assert option.first_due == TODAY + timedelta(days=POLICY.first_due_days)
    assert [p.due for p in option.schedule][1] == date(2027, 1, 2)
    # The true annual rate of lending 30,000 today against these payments (IRR), like every option.
    assert option.annual_rate == annual_rate_of(
        D("30000.00"), [(k, D("2600.00")) for k in range(1, 13)]
    )
    assert D("0.07") < option.annual_rate < D("0.08")
    assert option.cost == D("1200.00") and option.saving > 0


def test_a_custom_plan_below_the_balance_forgives_the_rest_interest_free() -> None:
    option = custom_option(ACCOUNT, D("1000"), 24, POLICY, TODAY, TODAY + timedelta(days=30)).option
    assert option is not None
    assert option.total == D("24000.00") and option.annual_rate == 0 and option.interest_frozen
    assert option.first_due == TODAY + timedelta(days=30)
    assert option.saving > D("6000")


def test_a_custom_plan_in_forint_has_whole_amounts() -> None:
    huf = AccountTerms("HUF", D("1250000"), D("310000"), D("25000"), 92, D("0.279"))
    option = custom_option(huf, D("60000.4"), 24, POLICY, TODAY).option
    assert option is not None and option.monthly == D("60000") and option.total == D("1440000")


@pytest.mark.parametrize(
    ("monthly", "months", "first_due", "reason"),
    [
        ("0", 12, None, "not_positive"),
        ("-100", 12, None, "not_positive"),
        ("100", 0, None, "term"),
        ("100", 61, None, "term"),
        ("30000.01", 1, None, "too_large"),
        ("3000", 12, None, "dearer_than_card"),  # 36,000 for 30,000 over a year: about 35 % a year
        ("2800", 12, None, "dearer_than_card"),
        ("1000", 24, TODAY, "first_due"),
        ("1000", 24, TODAY + timedelta(days=91), "first_due"),
    ],
)
def test_a_wrong_or_dearer_custom_plan_is_refused(
    monthly: str, months: int, first_due: date | None, reason: str
) -> None:
    made = custom_option(ACCOUNT, D(monthly), months, POLICY, TODAY, first_due)
    assert (made.option, made.reason) == (None, reason)


def test_nothing_owed_means_no_custom_plan() -> None:
    paid_up = AccountTerms("CNY", D(0), D(0), D(0), 0, D("0.18"))
    assert custom_option(paid_up, D("100"), 3, POLICY, TODAY).reason == "not_positive"


# --- the dialogue when a specialist acts ----------------------------------------------------------


def test_an_offer_from_the_specialist_is_the_full_agreement_and_i_agree_accepts_it() -> None:
    chat = handed_off_at_income()
    option = custom_option(ACCOUNT, D("1000"), 30, POLICY, TODAY).option
    assert option is not None
    old_turn = chat.c.turn
    outcome = desk.offer_from_specialist(chat.c, option, chat.facts)
    c = outcome.dialogue
    assert [r.template for r in outcome.replies] == ["specialist_offer", "agreement"]
    assert outcome.replies[1].params["option"] == option
    assert c.step is Step.AGREEMENT and c.selected == option.key and c.turn == old_turn + 1
    assert c.handoff_reason is None and c.resume_step is None
    assert outcome.effects == (fx.RecordOffers((option,)),)
    assert chat.c.step is Step.HANDOFF  # the input is never changed
    chat.c = c
    accepted = chat.tap("accept")
    assert accepted.dialogue.step is Step.AGREED
    assert [e for e in accepted.effects if isinstance(e, fx.AcceptAgreement)] == [
        fx.AcceptAgreement(option)
    ]


def test_a_second_offer_replaces_the_first() -> None:
    chat = handed_off_at_income()
    first = custom_option(ACCOUNT, D("1000"), 30, POLICY, TODAY).option
    second = custom_option(ACCOUNT, D("1500"), 20, POLICY, TODAY).option
    assert first is not None and second is not None
    c = desk.offer_from_specialist(chat.c, first, chat.facts).dialogue
    c = desk.offer_from_specialist(c, second, chat.facts).dialogue
    assert [o.key for o in c.offers if o.kind is OptionKind.CUSTOM] == ["custom-20"]


def test_release_asks_the_question_of_the_step_it_was_handed_off_from() -> None:
    chat = handed_off_at_income()
    outcome = desk.release(chat.c, chat.facts)
    assert [r.template for r in outcome.replies] == ["released", "ask_income"]
    assert outcome.dialogue.step is Step.INCOME
    assert outcome.dialogue.choices == ["person"] and outcome.dialogue.turn == chat.c.turn + 1
    chat.c = outcome.dialogue
    assert chat.say("2500").dialogue.step is Step.EXPENSES


def test_release_after_failed_identity_gives_new_tries() -> None:
    chat = Chat()
    chat.start()
    for _ in range(3):
        chat.say("1111")
    assert chat.c.handoff_reason is HandoffReason.IDENTITY_FAILED
    outcome = desk.release(chat.c, chat.facts)
    assert outcome.dialogue.step is Step.VERIFY and outcome.dialogue.identity_failures == 0
    assert [r.template for r in outcome.replies] == ["released", "ask_last4"]


def test_after_release_a_vulnerability_signal_goes_to_a_person_again() -> None:
    chat = Chat()
    chat.start()
    chat.say("4321")
    chat.say("my wife died and I cannot cope")
    assert chat.c.handoff_reason is HandoffReason.VULNERABILITY
    chat.c = desk.release(chat.c, chat.facts).dialogue
    again = chat.say("I cannot cope, I want to die")
    assert [e for e in again.effects if isinstance(e, fx.Handoff)]


def test_close_says_a_kind_word_and_waits_where_the_conversation_stands() -> None:
    chat = handed_off_at_income()
    outcome = desk.close(chat.c, chat.facts)
    assert [r.template for r in outcome.replies] == ["desk_closed"]
    c = outcome.dialogue
    assert c.step is Step.INCOME and c.choices == [] and c.turn == chat.c.turn + 1
    chat.c = c
    assert chat.say("2500").dialogue.step is Step.EXPENSES  # the assistant answers from there
    stale = chat.send(ev.Tap("person", c.turn - 1))
    assert [r.template for r in stale.replies] == ["stale_button"]


def test_close_of_an_agreed_conversation_keeps_it_agreed() -> None:
    c = Dialogue(step=Step.AGREED, verified=True)
    assert desk.close(c, facts()).dialogue.step is Step.AGREED


# --- reading what a specialist types --------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ("420 12", (D("420"), 12, None)),
        ("420.50 12 2026-12-15", (D("420.50"), 12, date(2026, 12, 15))),
        ("1 500 24", (D("1500"), 24, None)),
        ("¥8000 6", (D("8000"), 6, None)),
        ("", None),
        ("420", None),
        ("lots 12", None),
        ("420 twelve", None),
        ("-420 12", None),
        ("420 12 2026-02-30", None),
        ("420 12 15/12/2026", None),
        ("420 99999", None),
    ],
)
def test_parse_offer(args: str, expected: tuple[Decimal, int, date | None] | None) -> None:
    assert parse_offer(args, "en") == expected


def test_parse_offer_reads_amounts_as_written_in_the_desk_language() -> None:
    assert parse_offer("12 345,50 12", "hu") == (D("12345.50"), 12, None)
    assert parse_offer("1.2万 12", "zh") == (D("12000"), 12, None)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("agreement", Resolution.AGREEMENT), ("Paid", Resolution.PAID),
        ("dispute upheld", Resolution.DISPUTE_UPHELD),
        ("dispute-upheld", Resolution.DISPUTE_UPHELD),
        ("no_contact", Resolution.NO_CONTACT), ("other", Resolution.OTHER),
        ("kifizetve", Resolution.PAID), ("kifogás elfogadva", Resolution.DISPUTE_UPHELD),
        ("协议", Resolution.AGREEMENT), ("无法联系", Resolution.NO_CONTACT),
        ("", None), ("done", None),
    ],
)  # fmt: skip
def test_read_outcome(text: str, outcome: Resolution | None) -> None:
    assert read_outcome(text) is outcome


def test_the_card_is_masked_and_topics_are_linked() -> None:
    assert masked("4321") == "•••• 4321"
    assert masked("1234567812344321") == "•••• 4321"
    assert topic_link(-1001987654321, 42) == "https://t.me/c/1987654321/42"


def test_the_bank_unlocking_gives_new_tries_and_says_nothing() -> None:
    chat = Chat()
    chat.start()
    for _ in range(3):
        chat.say("1111")
    outcome = desk.unlock(chat.c, chat.facts)
    assert outcome.replies == () and outcome.effects == ()
    assert outcome.dialogue.step is Step.VERIFY and outcome.dialogue.identity_failures == 0
    assert outcome.dialogue.handoff_reason is None
    chat.c = outcome.dialogue
    assert chat.say("4321").dialogue.step is Step.CAUSE


def test_unlocking_a_verified_conversation_changes_nothing() -> None:
    chat = Chat()
    chat.start()
    chat.say("4321")
    assert desk.unlock(chat.c, chat.facts).dialogue == chat.c
