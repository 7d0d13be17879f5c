"""The negotiation driven directly: every path of the pure dialogue, in milliseconds."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import pytest

from dialogs import effects as fx
from dialogs import events as ev
from dialogs.choices import ChoiceValue, to_data
from dialogs.domain.plans import AccountTerms, OptionKind
from dialogs.domain.policy import Policy
from dialogs.domain.vocabulary import Cause, HandoffReason
from dialogs.facts import Facts, PlanProgress
from dialogs.flow import FLOW, Outcome, step
from dialogs.state import Dialogue, Step

ACCOUNT = AccountTerms(
    currency="CNY",
    balance=Decimal("30000.00"),
    overdue_amount=Decimal("2600.00"),
    minimum_payment=Decimal("1500.00"),
    days_past_due=95,
    annual_rate=Decimal("0.18"),
)
TODAY = date(2026, 11, 22)


def facts(**changes: object) -> Facts:
    values: dict[str, object] = dict(
        account=ACCOUNT, card_last4="4321", policy=Policy(), today=TODAY
    )
    values.update(changes)
    return Facts(**values)  # type: ignore[arg-type]


@dataclass
class Chat:
    """A cardholder talking to the pure dialogue; keeps every outcome for assertions."""

    facts: Facts = field(default_factory=facts)
    c: Dialogue = field(default_factory=Dialogue)
    outcomes: list[Outcome] = field(default_factory=list)

    def send(self, event: ev.Event) -> Outcome:
        outcome = step(self.c, event, self.facts)
        self.c = outcome.dialogue
        self.outcomes.append(outcome)
        return outcome

    def start(self) -> Outcome:
        return self.send(ev.Start())

    def say(self, text: str) -> Outcome:
        return self.send(ev.Text(text))

    def tap(self, choice: str | ChoiceValue) -> Outcome:
        """Tap the button offered that carries ``choice`` (its data, or the value itself)."""
        data = choice if isinstance(choice, str) else to_data(choice)
        assert data in self.offered, f"{data} not offered: {self.offered}"
        return self.send(ev.Tap(data, self.c.turn))

    @property
    def offered(self) -> list[str]:
        """The data of the buttons a tap may use now."""
        return [to_data(value) for value in self.c.choices]

    @property
    def last(self) -> Outcome:
        return self.outcomes[-1]

    def templates(self) -> list[str]:
        return [reply.template for reply in self.last.replies]

    def effects(self, kind: type) -> list[object]:
        return [e for o in self.outcomes for e in o.effects if isinstance(e, kind)]


def verified(**fact_changes: object) -> Chat:
    chat = Chat(facts(**fact_changes))
    chat.start()
    chat.say("4321")
    assert chat.c.step is Step.CAUSE
    return chat


def at_options(
    income: str = "12000",
    expenses: str = "6000",
    debts: str = "0",
    cause: str = "cause:reduced_income",
) -> Chat:
    chat = verified()
    chat.tap(cause)
    chat.say(income)
    chat.say(expenses)
    chat.say(debts)
    chat.tap("no")
    return chat


def test_greeting_says_automated_assistant_and_asks_identity_before_any_account_detail() -> None:
    chat = Chat()
    chat.start()
    assert chat.templates() == ["greeting", "ask_last4"]
    assert chat.c.step is Step.VERIFY
    assert "person" in chat.c.choices
    assert all("account" not in reply.params for reply in chat.last.replies)


def test_right_digits_disclose_amounts_then_ask_the_cause() -> None:
    chat = Chat()
    chat.start()
    chat.say("４３２１")  # full-width digits are the same digits
    assert chat.templates() == ["disclosure", "ask_cause"]
    assert chat.last.replies[0].params["account"] == ACCOUNT
    assert chat.c.verified


def test_three_wrong_digits_lock_the_link_and_hand_off() -> None:
    chat = Chat()
    chat.start()
    chat.say("1111")
    assert chat.templates() == ["last4_wrong", "ask_last4"]
    assert chat.last.replies[0].params["left"] == 2
    chat.say("2222")
    chat.say("3333")
    assert chat.c.step is Step.HANDOFF
    assert chat.effects(fx.LockIdentity)
    assert [h.reason for h in chat.effects(fx.Handoff)] == [HandoffReason.IDENTITY_FAILED]  # type: ignore[attr-defined]
    assert not chat.c.verified


def test_plan_before_verification_shows_nothing() -> None:
    chat = Chat(facts(plan=PlanProgress("CNY", 12, 3, Decimal("100"), TODAY, Decimal("10"))))
    chat.start()
    chat.say("/plan")
    assert chat.templates()[0] == "verify_first"
    assert chat.c.step is Step.VERIFY


def test_whole_negotiation_to_an_agreement() -> None:
    chat = at_options()
    assert chat.c.step is Step.OPTIONS
    offered = [o.key for o in chat.c.offers]
    assert offered and len(offered) <= 4
    assert chat.effects(fx.RecordOffers)
    chat.tap(f"option:{offered[0]}")
    assert chat.templates() == ["detail"]
    chat.tap("choose")
    assert chat.templates() == ["agreement"]
    chat.tap("accept")
    accepted = chat.effects(fx.AcceptAgreement)
    assert len(accepted) == 1 and accepted[0].option.key == offered[0]  # type: ignore[attr-defined]
    assert chat.c.step is Step.AGREED
    assert chat.templates() == ["agreed", "money_check_offer"]


def test_options_fit_what_the_cardholder_can_afford() -> None:
    chat = at_options(income="12000", expenses="6000")
    affordable = Decimal("0.8") * (Decimal(12000) - Decimal(6000))
    assert all(max(p.amount for p in o.schedule) <= affordable for o in chat.c.offers)


def test_typing_works_everywhere_a_button_does() -> None:
    chat = verified()
    chat.say("I lost my job")
    assert chat.c.cause is Cause.JOB_LOSS and chat.c.step is Step.INCOME
    chat.say("8,000")
    chat.say("3 000")
    chat.say("0")
    chat.say("no")
    assert chat.c.step is Step.OPTIONS
    chat.say("1")
    assert chat.c.step is Step.DETAIL
    chat.say("yes")
    assert chat.c.step is Step.AGREEMENT
    chat.say("I agree")
    assert chat.c.step is Step.AGREED


def test_forgot_takes_the_short_path_to_paying_the_overdue_amount() -> None:
    chat = verified()
    chat.tap("cause:forgot")
    assert chat.c.step is Step.DETAIL
    option = chat.c.selected_option()
    assert option is not None and option.kind is OptionKind.PAY_NOW
    assert option.total == ACCOUNT.overdue_amount
    chat.tap("back")  # "see other options" asks what a plan would need
    assert chat.c.step is Step.INCOME


def test_dispute_goes_straight_to_a_person_and_pauses() -> None:
    chat = verified()
    chat.tap("cause:dispute")
    assert chat.c.step is Step.HANDOFF
    assert chat.templates() == ["dispute", "handoff"]
    assert [h.reason for h in chat.effects(fx.Handoff)] == [HandoffReason.DISPUTE]  # type: ignore[attr-defined]
    chat.say("hello?")
    assert chat.templates() == ["handoff_waiting"]
    assert chat.c.step is Step.HANDOFF


def test_other_cause_is_asked_in_free_text() -> None:
    chat = verified()
    chat.tap("cause:other")
    assert chat.c.step is Step.CAUSE_OTHER
    chat.say("my landlord raised the rent a lot")
    assert chat.c.cause is Cause.OTHER and chat.c.cause_note and chat.c.step is Step.INCOME


@pytest.mark.parametrize(
    "text",
    ["I want to kill myself", "我不想活了", "nem akarok élni", "my husband died last month"],
)
def test_vulnerability_pauses_everything_and_goes_to_a_person_first(text: str) -> None:
    chat = verified()
    chat.tap("cause:illness")
    chat.say(text)
    assert chat.c.step is Step.HANDOFF
    assert chat.templates()[0] == "vulnerability"
    handoffs = chat.effects(fx.Handoff)
    assert handoffs[-1].reason is HandoffReason.VULNERABILITY and handoffs[-1].urgent  # type: ignore[attr-defined]


def test_person_on_request_from_any_step() -> None:
    for target in (Step.VERIFY, Step.INCOME, Step.OPTIONS):
        chat = Chat()
        chat.start()
        if target is not Step.VERIFY:
            chat.say("4321")
            chat.tap("cause:job_loss")
        if target is Step.OPTIONS:
            chat.say("10000")
            chat.say("2000")
            chat.say("0")
            chat.tap("no")
        assert chat.c.step is target
        chat.tap("person")
        assert chat.c.step is Step.HANDOFF
        assert chat.c.resume_step is target
        assert chat.effects(fx.Handoff)[-1].reason is HandoffReason.ASKED_FOR_PERSON  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", ["person", "人工", "ügyintéző", "/person"])
def test_person_typed_in_any_language(text: str) -> None:
    chat = verified()
    chat.say(text)
    assert chat.c.step is Step.HANDOFF


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("lots", "not_a_number"),
        ("-500", "negative"),
        ("99999999999", "too_large"),
        ("8000 or 9000", "ambiguous"),
    ],
)
def test_bad_amounts_are_reasked_and_change_nothing(text: str, problem: str) -> None:
    chat = verified()
    chat.tap("cause:job_loss")
    before = chat.c.to_json()
    chat.say(text)
    assert chat.templates() == ["amount_problem", "ask_income"]
    assert chat.last.replies[0].params["problem"] == problem
    after = chat.c.to_json()
    assert after["income"] is None and after["step"] == before["step"]


@pytest.mark.parametrize(
    "text", ["8000", "8,000", "8 000", "8000.50", "８０００", "8000 Ft", "¥8000", "$8,000"]
)
def test_amounts_as_people_type_them(text: str) -> None:
    chat = verified()
    chat.tap("cause:job_loss")
    chat.say(text)
    assert chat.c.step is Step.EXPENSES
    assert chat.c.income in (Decimal("8000"), Decimal("8000.50"))


def test_three_unrecognised_answers_offer_a_person() -> None:
    chat = verified()
    chat.say("blah")
    chat.say("blah blah")
    assert chat.templates() == ["not_understood", "ask_cause"]
    chat.say("qwerty")
    assert chat.templates() == ["offer_person", "ask_cause"]
    chat.tap("person")
    assert chat.effects(fx.Handoff)[-1].reason is HandoffReason.NOT_UNDERSTOOD  # type: ignore[attr-defined]


def test_stale_and_forged_buttons_change_nothing() -> None:
    chat = verified()
    old_turn = chat.c.turn
    chat.tap("cause:job_loss")
    snapshot = chat.c.to_json()
    for event in (
        ev.Tap("cause:dispute", old_turn),
        ev.Tap("option:evil", chat.c.turn),
        ev.Tap("", -1),
    ):
        outcome = chat.send(event)
        assert [r.template for r in outcome.replies] == ["stale_button"]
        assert outcome.effects == ()
        assert chat.c.to_json() == snapshot


def test_a_double_tap_is_processed_once() -> None:
    chat = at_options()
    key = chat.c.offers[0].key
    tap = ev.Tap(f"option:{key}", chat.c.turn)
    chat.send(tap)
    assert chat.c.step is Step.DETAIL
    second = chat.send(tap)
    assert [r.template for r in second.replies] == ["stale_button"]
    assert chat.c.step is Step.DETAIL


def test_stickers_get_a_note_and_change_nothing() -> None:
    chat = verified()
    before = chat.c.to_json()
    outcome = chat.send(ev.NonText("sticker"))
    assert [r.template for r in outcome.replies] == ["non_text"]
    assert chat.c.to_json() == before


def test_the_input_conversation_is_never_changed() -> None:
    chat = verified()
    original = chat.c
    snapshot = original.to_json()
    step(original, ev.Text("10000"), chat.facts)
    assert original.to_json() == snapshot


def test_counter_offer_inside_policy_becomes_a_plan() -> None:
    chat = at_options()
    chat.tap("counter")
    assert chat.c.step is Step.COUNTER
    chat.say("1000")  # 30 payments of 1000, interest-free: present value well above 70 %
    assert chat.templates() == ["counter_accepted", "detail"]
    option = chat.c.selected_option()
    assert option is not None and option.kind is OptionKind.COUNTER and option.payments == 30
    chat.tap("choose")
    chat.tap("accept")
    assert chat.c.step is Step.AGREED


def test_counter_offer_outside_policy_goes_to_a_person_with_the_reason() -> None:
    chat = at_options()
    chat.tap("counter")
    chat.say("100")  # 300 months: longer than policy allows
    assert chat.c.step is Step.HANDOFF
    handoff = chat.effects(fx.Handoff)[-1]
    assert handoff.reason is HandoffReason.COUNTER_OFFER_OUTSIDE_POLICY  # type: ignore[attr-defined]
    assert "term_too_long" in (handoff.detail or "")  # type: ignore[attr-defined]


def test_an_amount_typed_at_the_options_is_a_counter_offer() -> None:
    chat = at_options()
    chat.say("1,200")
    assert chat.c.step is Step.DETAIL
    assert chat.c.selected_option().kind is OptionKind.COUNTER  # type: ignore[union-attr]


def test_rejecting_every_option_offers_own_amount_then_a_person() -> None:
    chat = at_options()
    chat.tap("none")
    assert chat.c.step is Step.DECLINED
    chat.tap("person")
    assert chat.effects(fx.Handoff)[-1].reason is HandoffReason.REJECTED_ALL_OPTIONS  # type: ignore[attr-defined]


def test_zero_income_that_will_last_goes_to_a_person() -> None:
    chat = at_options(income="0", expenses="3000", cause="cause:job_loss")
    assert chat.c.step is Step.HANDOFF
    assert chat.effects(fx.Handoff)[-1].reason is HandoffReason.NO_AFFORDABLE_OPTION  # type: ignore[attr-defined]


def test_zero_income_that_is_temporary_gets_a_payment_holiday() -> None:
    chat = verified()
    chat.tap("cause:job_loss")
    chat.say("0")
    chat.say("3000")
    chat.tap("none")
    chat.tap("yes")
    assert chat.c.step is Step.RECOVERY
    chat.tap("months:2")
    assert chat.c.step is Step.OPTIONS
    assert [o.kind for o in chat.c.offers] == [OptionKind.HOLIDAY]
    assert chat.c.offers[0].holiday_months == 2


def test_language_switch_keeps_the_step_and_asks_again() -> None:
    chat = verified()
    chat.say("/language")
    assert chat.templates() == ["choose_language"]
    chat.tap("lang:zh")
    assert chat.c.language == "zh"
    assert chat.templates() == ["language_changed", "ask_cause"]
    chat.say("magyar")
    assert chat.c.language == "hu" and chat.c.step is Step.CAUSE


def test_stop_and_resume_reminders_anywhere() -> None:
    chat = verified()
    chat.say("stop")
    assert chat.effects(fx.StopReminders)
    assert chat.c.step is Step.CAUSE
    chat.say("resume reminders")
    assert chat.effects(fx.ResumeReminders)


def test_plan_shows_progress_once_agreed() -> None:
    progress = PlanProgress("CNY", 12, 3, Decimal("4500.00"), date(2026, 12, 2), Decimal("500.00"))
    chat = verified(plan=progress)
    chat.say("/plan")
    assert chat.templates()[0] == "plan"
    assert chat.last.replies[0].params["plan"] == progress


def test_returning_cardholder_continues_where_they_were() -> None:
    chat = at_options()
    saved = Dialogue.from_json(chat.c.to_json())
    again = Chat(chat.facts, saved)
    again.start()
    assert again.templates() == ["welcome_back", "options"]
    assert again.c.step is Step.OPTIONS


def test_silence_earns_one_nudge_then_a_person() -> None:
    chat = verified()
    chat.send(ev.Silence(24))
    assert chat.templates() == ["nudge"]
    chat.send(ev.Silence(72))
    assert chat.effects(fx.Handoff)[-1].reason is HandoffReason.SILENT  # type: ignore[attr-defined]


def test_help_is_available_in_every_step() -> None:
    for state in FLOW:
        chat = Chat(facts(), Dialogue(step=state, verified=True))
        outcome = chat.say("help")
        templates = [r.template for r in outcome.replies]
        assert templates[0] == ("help" if state is not Step.GREETING else "greeting")


def test_conversation_round_trips_through_json_with_its_offers() -> None:
    chat = at_options()
    chat.tap(f"option:{chat.c.offers[1].key}")
    data = chat.c.to_json()
    import json

    restored = Dialogue.from_json(json.loads(json.dumps(data)))
    assert restored == chat.c
    assert restored.selected_option() == chat.c.selected_option()
    # Read back again (another conversation, or after a restart): the same amounts and days are
    # shared, not parsed into new objects for every payment of every conversation.
    again = Dialogue.from_json(json.loads(json.dumps(data)))
    payments = [p for option in again.offers for p in option.schedule]
    assert len({id(p.due) for p in payments}) == len({p.due for p in payments})
    assert len({id(p.amount) for p in payments}) == len({p.amount for p in payments})
    assert all(
        a.due is b.due and a.amount is b.amount
        for x, y in zip(again.offers, restored.offers, strict=True)
        for a, b in zip(x.schedule, y.schedule, strict=True)
    )


def test_the_saved_state_reads_back_with_its_offers() -> None:
    import json

    chat = at_options()
    chat.tap(f"option:{chat.c.offers[1].key}")
    text = json.dumps(chat.c.to_json())
    assert Dialogue.from_json(json.loads(text)) == chat.c
    payment = json.loads(text)["offers"][1]["schedule"][0]
    assert set(payment) == {"number", "due", "amount"} and isinstance(payment["amount"], str)
    assert Dialogue.from_json(json.loads(json.dumps(Dialogue().to_json()))) == Dialogue()


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00",
        "🙂" * 500,
        "/start",
        "a" * 5000,
        "1" * 400,
        "%(x)s {{ x }}",
        "<b>bold</b>",
        "１,２３４.５０",
    ],
)
def test_nothing_typed_raises_in_any_step(text: str) -> None:
    for state in FLOW:
        chat = Chat(facts(), Dialogue(step=state, verified=True))
        chat.say(text)  # must not raise


@pytest.mark.parametrize("text", ["I don't know", "不知道", "nem tudom"])
def test_not_knowing_when_income_recovers_is_an_answer(text: str) -> None:
    chat = verified()
    chat.tap("cause:reduced_income")
    chat.say("9000")
    chat.say("3000")
    chat.say("0")
    chat.say("yes")
    assert chat.c.step is Step.RECOVERY
    chat.say(text)
    assert chat.c.step is Step.OPTIONS and chat.c.recovery_months is None


@pytest.mark.parametrize("text", ["no", "没有", "nincs", "nem"])
def test_no_other_debts_can_be_said_in_words(text: str) -> None:
    chat = verified()
    chat.tap("cause:job_loss")
    chat.say("9000")
    chat.say("3000")
    chat.say(text)
    assert chat.c.step is Step.TEMPORARY and chat.c.other_debts == 0
