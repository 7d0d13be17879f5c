"""The dialogue after the agreement, driven directly:
reminders, a miss, payments, the end, a money check."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from decimal import Decimal

from dialogs import effects as fx
from dialogs import events as ev
from dialogs.domain.policy import Policy
from dialogs.domain.vocabulary import HandoffReason
from dialogs.facts import PlanProgress
from dialogs.state import Step
from tests.unit.test_dialogue import TODAY, Chat, at_options, facts

DUE = date(2026, 12, 22)


def progress(paid: int = 0, *, payments: int = 12, missed: int = 0) -> PlanProgress:
    left = payments - paid
    return PlanProgress(
        currency="CNY",
        payments=payments,
        paid=paid,
        remaining=Decimal("2500.00") * left,
        next_due=DUE + timedelta(days=30 * paid) if left else None,
        next_amount=Decimal("2500.00") if left else None,
        next_number=paid + 1 if left else None,
        monthly=Decimal("2500.00"),
        missed_in_row=missed,
    )


def agreed(**policy: object) -> Chat:
    chat = at_options()
    if policy:
        chat.facts = dataclasses.replace(chat.facts, policy=Policy(**policy))
    key = chat.c.offers[0].key
    chat.tap(f"option:{key}")
    chat.tap("choose")
    chat.tap("accept")
    assert chat.c.step is Step.AGREED
    chat.facts = dataclasses.replace(chat.facts, plan=progress())
    return chat


def with_plan(chat: Chat, plan: PlanProgress) -> Chat:
    chat.facts = dataclasses.replace(chat.facts, plan=plan)
    return chat


def test_a_reminder_says_what_is_due_and_changes_nothing() -> None:
    chat = agreed()
    before = chat.c
    chat.send(ev.Reminder("before", 1, DUE, Decimal("2500.00")))
    assert chat.templates() == ["reminder_before"]
    params = chat.last.replies[0].params
    assert params["number"] == 1 and params["payments"] == 12 and params["due"] == DUE
    assert (
        chat.c.step is Step.AGREED
        and chat.c.turn == before.turn
        and chat.c.choices == before.choices
    )
    chat.send(ev.Reminder("due", 1, DUE, Decimal("2500.00")))
    assert chat.templates() == ["reminder_due"]


def test_a_reminder_mid_negotiation_leaves_the_buttons_working() -> None:
    chat = at_options()
    choices, turn = chat.c.choices, chat.c.turn
    chat.send(ev.Reminder("due", 1, DUE, Decimal("2500.00")))
    assert chat.c.choices == choices and chat.c.turn == turn
    chat.tap(choices[0])
    assert chat.templates() == ["detail"]


def test_a_missed_payment_offers_three_ways_forward() -> None:
    chat = with_plan(agreed(), progress(missed=1))
    chat.send(ev.Reminder("followup", 1, DUE, Decimal("2500.00")))
    assert chat.c.step is Step.MISSED
    assert chat.templates() == ["missed"]
    assert chat.c.choices == ["claim_paid", "how_to_pay", "change_plan", "person"]
    assert chat.last.replies[0].params["number"] == 1


def test_i_have_paid_is_recorded_as_a_claim_and_the_plan_runs_on() -> None:
    chat = with_plan(agreed(), progress(missed=1))
    chat.send(ev.Reminder("followup", 1, DUE, Decimal("2500.00")))
    chat.tap("claim_paid")
    assert chat.templates() == ["payment_claimed"]
    assert chat.effects(fx.ClaimPayment)
    assert chat.c.step is Step.AGREED
    turn = chat.c.turn
    chat.send(ev.Tap("claim_paid", turn))  # a double tap
    assert len(chat.effects(fx.ClaimPayment)) == 1


def test_how_to_pay_answers_and_asks_again() -> None:
    chat = with_plan(agreed(), progress(missed=1))
    chat.send(ev.Reminder("followup", 1, DUE, Decimal("2500.00")))
    chat.say("2")  # typed: the second choice
    assert chat.templates() == ["how_to_pay", "missed"]
    assert chat.c.step is Step.MISSED


def test_words_in_the_missed_step_are_asked_again_without_change() -> None:
    chat = with_plan(agreed(), progress(missed=1))
    chat.send(ev.Reminder("followup", 1, DUE, Decimal("2500.00")))
    chat.say("banana")
    assert chat.templates()[0] in {"choose_by_number", "offer_person"}
    assert chat.c.step is Step.MISSED
    assert not chat.effects(fx.ClaimPayment)


def test_changing_the_plan_goes_back_to_the_situation_questions_once() -> None:
    chat = with_plan(agreed(), progress(missed=1))
    chat.send(ev.Reminder("followup", 1, DUE, Decimal("2500.00")))
    chat.tap("change_plan")
    assert chat.templates() == ["renegotiate", "ask_cause"]
    assert chat.c.step is Step.CAUSE and chat.c.renegotiations == 1
    assert chat.c.income is None and chat.c.offers == []
    # A new plan is negotiated and accepted like the first.
    chat.tap("cause:reduced_income")
    for answer in ("9000", "6000", "0"):
        chat.say(answer)
    chat.tap("no")
    assert chat.c.step is Step.OPTIONS
    chat.tap(f"option:{chat.c.offers[0].key}")
    chat.tap("choose")
    chat.tap("accept")
    assert len(chat.effects(fx.AcceptAgreement)) == 2


def test_a_miss_after_a_renegotiation_goes_to_a_person() -> None:
    chat = with_plan(agreed(), progress(missed=1))
    chat.c.renegotiations = 1
    chat.send(ev.Reminder("followup", 2, DUE, Decimal("2500.00")))
    assert chat.templates()[0] == "missed_handoff"
    assert chat.c.step is Step.HANDOFF
    assert [h.reason for h in chat.effects(fx.Handoff)] == [HandoffReason.RENEGOTIATION_BROKEN]  # type: ignore[attr-defined]


def test_no_more_renegotiations_than_the_policy_allows() -> None:
    chat = with_plan(agreed(max_renegotiations=0), progress(missed=1))
    chat.send(ev.Reminder("followup", 1, DUE, Decimal("2500.00")))
    chat.tap("change_plan")
    assert chat.c.step is Step.HANDOFF
    assert [h.reason for h in chat.effects(fx.Handoff)] == [HandoffReason.RENEGOTIATION_BROKEN]  # type: ignore[attr-defined]


def test_two_misses_in_a_row_go_to_a_person() -> None:
    chat = with_plan(agreed(), progress(missed=2))
    chat.send(ev.Reminder("followup", 2, DUE, Decimal("2500.00")))
    assert chat.templates() == ["missed_handoff", "handoff"]
    assert chat.c.step is Step.HANDOFF
    assert chat.c.resume_step is Step.AGREED
    assert [h.reason for h in chat.effects(fx.Handoff)] == [HandoffReason.MISSED_PAYMENTS]  # type: ignore[attr-defined]


def test_a_payment_gets_thanks_and_progress_and_clears_a_miss() -> None:
    chat = with_plan(agreed(), progress(missed=1))
    chat.send(ev.Reminder("followup", 1, DUE, Decimal("2500.00")))
    missed_turn = chat.c.turn
    with_plan(chat, progress(paid=1))
    chat.send(ev.Paid(1))
    assert chat.templates() == ["payment_thanks"]
    assert chat.last.replies[0].params["plan"].paid == 1
    assert chat.c.step is Step.AGREED
    chat.send(ev.Tap("change_plan", missed_turn))  # the old buttons are of no use now
    assert chat.templates() == ["stale_button"]


def test_the_last_payment_completes_the_plan_and_offers_the_money_check_again() -> None:
    chat = agreed()
    assert chat.c.money_check_offered == ["agreed"]
    chat.tap("money_check_no")
    assert chat.templates() == ["money_check_declined"]
    with_plan(chat, progress(paid=12))
    chat.send(ev.Paid(12))
    assert chat.templates() == ["plan_completed", "money_check_offer"]
    assert chat.c.step is Step.COMPLETED
    chat.say("yes")
    assert chat.templates() == ["money_check"]
    params = chat.last.replies[0].params
    assert params["monthly"] is None  # the plan is paid: nothing more to set aside for it
    assert params["income"].amount == Decimal("12000") and params["left"].amount == Decimal("6000")
    chat.say("hello")
    assert chat.templates() == ["completed_help"]


def test_the_money_check_after_the_agreement_is_one_tap_and_offered_once() -> None:
    chat = agreed()
    assert chat.c.choices == ["money_check", "money_check_no"]
    turn = chat.c.turn
    chat.tap("money_check")
    assert chat.templates() == ["money_check"]
    params = chat.last.replies[0].params
    assert params["monthly"].amount == Decimal("2500.00")
    assert params["left"].amount == Decimal("12000") - Decimal("6000") - Decimal("2500.00")
    chat.send(ev.Tap("money_check", turn))  # a double tap
    assert chat.templates() == ["stale_button"]
    chat.start()  # coming back later: not offered again
    assert "money_check_offer" not in chat.templates()


def test_a_money_check_that_does_not_add_up_says_so_kindly() -> None:
    chat = agreed()
    chat.c.expenses = Decimal("11000")
    chat.tap("money_check")
    params = chat.last.replies[0].params
    assert params["left"] is None and params["short"].amount == Decimal("1500.00")


def test_start_in_the_missed_step_asks_again_and_resumes_reminders() -> None:
    chat = with_plan(agreed(), progress(missed=1))
    chat.send(ev.Reminder("followup", 1, DUE, Decimal("2500.00")))
    chat.start()
    assert chat.templates() == ["welcome_back", "missed"]
    assert chat.effects(fx.ResumeReminders)


def test_plan_shows_progress_at_any_time() -> None:
    chat = with_plan(agreed(), progress(paid=3))
    chat.say("/plan")
    assert chat.templates()[0] == "plan"
    assert chat.last.replies[0].params["plan"].paid == 3


def test_facts_helpers() -> None:
    assert progress(paid=12).completed and not progress(paid=11).completed
    assert facts().today == TODAY
