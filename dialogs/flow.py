"""The negotiation as one table: each step, what it asks, and what moves it on.

    GREETING ──start──> VERIFY ──last four digits──> CAUSE ──forgot──> DETAIL (pay now)
                           │ 3 wrong: lock + person       ├─dispute──> HANDOFF
                           │                              ├─other────> CAUSE_OTHER ─┐
                           │                              └─any other─> INCOME <────┘
    INCOME ─> EXPENSES ─> OTHER_DEBTS ─> TEMPORARY ─yes─> RECOVERY ─┐
                                             └──no──────────────────┴─> OPTIONS (none fit: HANDOFF)
    OPTIONS ─pick─> DETAIL ─choose─> AGREEMENT ─"I agree"─> AGREED
       ├─own amount─> COUNTER ─inside policy─> DETAIL / outside: HANDOFF
       └─none fit──> DECLINED ─> COUNTER or HANDOFF
    AGREED ─missed─> MISSED ─change my plan─> CAUSE …; last payment─> COMPLETED
    (from AGREED on: dialogs/followup.py)

Anywhere: a person, help, language, stop or resume reminders, my plan. Words that signal
vulnerability pause everything and go to a person first. Bad input re-asks and changes nothing.
"""

from __future__ import annotations

import dataclasses
import hmac
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from dialogs import effects as fx
from dialogs import events as ev
from dialogs.domain.money import quantize
from dialogs.domain.plans import (
    Option,
    OptionKind,
    Situation,
    build_options,
    counter_offer,
    pay_now_option,
)
from dialogs.domain.vocabulary import Cause, HandoffReason
from dialogs.facts import Facts
from dialogs.followup import (
    KEEPING,
    agreed_text,
    ask_missed,
    missed_choice,
    missed_text,
    money_check_choice,
    offer_money_check,
    on_paid,
    on_reminder,
)
from dialogs.move import Move, Outcome
from dialogs.replies import BACK, PERSON, Choice, Label, Money, _, _n
from dialogs.state import NEGOTIATING, Dialogue, Step
from dialogs.understanding import (
    CAUSES,
    AmountProblem,
    Interpretation,
    Question,
    interpret,
    offer_meaning,
)

LANGUAGE_NAMES = {"en": "English", "hu": "Magyar", "zh": "中文"}
#: Below this confidence a message was not near any answer: "did you mean" would be a lottery,
#: so the question is asked again instead.
SUGGEST_FROM = 0.2


# --- What each step asks -------------------------------------------------------------------


def ask_last4(m: Move) -> None:
    m.say("ask_last4", PERSON)


def ask_cause(m: Move) -> None:
    m.say("ask_cause", *CAUSE_CHOICES, PERSON)


def ask_cause_other(m: Move) -> None:
    m.say("ask_cause_other", PERSON)


def ask_income(m: Move) -> None:
    m.say("ask_income", PERSON, currency=m.facts.account.currency)


def ask_expenses(m: Move) -> None:
    m.say("ask_expenses", PERSON, currency=m.facts.account.currency)


def ask_other_debts(m: Move) -> None:
    m.say("ask_other_debts", Choice("none", _("I have none")), PERSON)


def ask_temporary(m: Move) -> None:
    m.say(
        "ask_temporary",
        Choice("yes", _("Yes, it is temporary")),
        Choice("no", _("No, it will last")),
        PERSON,
    )


def ask_recovery(m: Move) -> None:
    months = [
        Choice(f"months:{n}", _n("In %(n)s month", "In %(n)s months", n)) for n in (1, 2, 3, 6)
    ]
    m.say("ask_recovery", *months, Choice("months:0", _("I don't know yet")), PERSON)


def show_options(m: Move) -> None:
    labels = [
        Choice(f"option:{o.key}", option_label(i, o, m)) for i, o in enumerate(m.dialogue.offers, 1)
    ]
    m.say(
        "options",
        *labels,
        Choice("counter", _("Propose my own amount")),
        Choice("none", _("None of these work for me")),
        PERSON,
        options=m.dialogue.offers,
        currency=m.facts.account.currency,
    )


def show_detail(m: Move) -> None:
    option = m.dialogue.selected_option()
    if option is None:  # nothing chosen any more: back to the list
        m.dialogue.step = Step.OPTIONS
        show_options(m)
        return
    only_pay_now = [o.kind for o in m.dialogue.offers] == [OptionKind.PAY_NOW]
    back = Choice("back", _("See other options")) if only_pay_now else BACK
    m.say(
        "detail",
        Choice("choose", _("Choose this plan")),
        back,
        PERSON,
        option=option,
        currency=option.currency,
    )


def ask_counter(m: Move) -> None:
    m.say(
        "ask_counter",
        BACK,
        PERSON,
        currency=m.facts.account.currency,
        max_months=m.facts.policy.max_term_months,
    )


def show_declined(m: Move) -> None:
    m.say("declined", Choice("counter", _("Propose my own amount")), BACK, PERSON)


def show_agreement(m: Move) -> None:
    option = m.dialogue.selected_option()
    if option is None:
        m.dialogue.step = Step.OPTIONS
        show_options(m)
        return
    m.say(
        "agreement",
        Choice("accept", _("I agree")),
        BACK,
        PERSON,
        **agreement_params(m.dialogue, m.facts, option),
    )


def show_agreed(m: Move) -> None:
    option = m.dialogue.selected_option()
    m.say("agreed", option=option, currency=m.facts.account.currency)
    m.attach("agreement")  # the accepted terms as a document to keep
    offer_money_check(m, "agreed")


def ask_agreed(m: Move) -> None:
    m.say("agreed_help")


def ask_completed(m: Move) -> None:
    m.say("completed_help")


def show_handoff(m: Move) -> None:
    m.say(
        "handoff",
        reason=m.dialogue.handoff_reason,
        working=m.facts.specialists_working,
        here=m.facts.specialists_reply_here,
    )


# --- What moves each step on ----------------------------------------------------------------


def check_last4(m: Move, text: str, heard: Interpretation) -> None:
    digits = heard.digits
    if digits is None:
        m.not_understood("last4_format")
        return
    if hmac.compare_digest(digits, m.facts.card_last4):
        m.dialogue.verified = True
        m.dialogue.identity_failures = 0
        m.say("disclosure", account=m.facts.account, currency=m.facts.account.currency)
        m.go(Step.CAUSE)
        return
    m.dialogue.identity_failures += 1
    left = m.facts.policy.identity_attempts - m.dialogue.identity_failures
    if left > 0:
        m.say("last4_wrong", left=left)
        m.again()
    else:
        m.say("identity_locked")
        m.do(fx.LockIdentity())
        m.handoff(HandoffReason.IDENTITY_FAILED)


CAUSE_CHOICES = (
    Choice("cause:job_loss", _("I lost my job")),
    Choice("cause:reduced_income", _("My income went down")),
    Choice("cause:illness", _("Illness or injury")),
    Choice("cause:family_emergency", _("A family emergency")),
    Choice("cause:business_trouble", _("Trouble in my business")),
    Choice("cause:forgot", _("I forgot to pay")),
    Choice("cause:dispute", _("I dispute this debt")),
    Choice("cause:other", _("Something else")),
)


def choose_cause(m: Move, value: str) -> None:
    set_cause(m, Cause(value.removeprefix("cause:")))


def type_cause(m: Move, text: str, heard: Interpretation) -> None:
    if heard.meaning not in CAUSES:
        unclear(m, heard)
    elif heard.meaning == Cause.OTHER and heard.by not in ("button", "rule"):
        # "something else", told in a sentence: that is the description
        m.dialogue.cause = Cause.OTHER
        m.dialogue.cause_note = text.strip()[:500]
        m.go(Step.INCOME)
    else:
        set_cause(m, Cause(heard.meaning))


def set_cause(m: Move, cause: Cause) -> None:
    m.dialogue.cause = cause
    if cause is Cause.DISPUTE:
        m.say("dispute")
        m.handoff(HandoffReason.DISPUTE)
    elif cause is Cause.FORGOT:
        option = pay_now_option(m.facts.account, m.facts.policy, m.facts.today)
        m.dialogue.offers = [option]
        m.dialogue.selected = option.key
        m.do(fx.RecordOffers((option,)))
        m.go(Step.DETAIL)
    elif cause is Cause.OTHER and m.dialogue.step is Step.CAUSE:
        m.go(Step.CAUSE_OTHER)
    else:
        m.go(Step.INCOME)


def describe_cause(m: Move, text: str, heard: Interpretation) -> None:
    m.dialogue.cause_note = text.strip()[:500]
    cause = Cause(heard.meaning) if heard.meaning in CAUSES else None
    if cause is None or cause is Cause.OTHER:
        m.dialogue.cause = Cause.OTHER
        m.go(Step.INCOME)
    else:
        set_cause(m, cause)


def amount_answer(
    field_name: str, next_step: Step, *, no_means_zero: bool = False
) -> Callable[[Move, str, Interpretation], None]:
    """A handler for a money question: understood amounts are kept, anything else re-asked."""

    def answer(m: Move, text: str, heard: Interpretation) -> None:
        amount = heard.amount
        if amount is None and no_means_zero and heard.meaning == "no":
            amount = Decimal(0)  # "other debts?" "no"
        if amount is None:
            money_problem(m, heard)
            return
        setattr(m.dialogue, field_name, quantize(amount, m.facts.account.currency))
        m.go(next_step)

    return answer


def money_problem(m: Move, heard: Interpretation) -> None:
    """An amount that was not taken: say why when we know, never guess it."""
    problem = heard.amount_problem or AmountProblem.NOT_A_NUMBER
    if problem is AmountProblem.NOT_A_NUMBER:
        m.not_understood("amount_problem", problem=problem.value)
    else:
        m.say("amount_problem", problem=problem.value)
        m.again()


def no_other_debts(m: Move, value: str) -> None:
    m.dialogue.other_debts = Decimal(0)
    m.go(Step.TEMPORARY)


def answer_temporary(m: Move, temporary: bool) -> None:
    m.dialogue.temporary = temporary
    if temporary:
        m.go(Step.RECOVERY)
    else:
        m.dialogue.recovery_months = None
        present_options(m)


def choose_temporary(m: Move, value: str) -> None:
    answer_temporary(m, value == "yes")


def type_temporary(m: Move, text: str, heard: Interpretation) -> None:
    if heard.meaning in ("yes", "no"):
        answer_temporary(m, heard.meaning == "yes")
    elif heard.meaning == "unsure":
        answer_temporary(m, False)  # no pause is planned on a recovery nobody expects yet
    else:
        unclear(m, heard)


def choose_recovery(m: Move, value: str) -> None:
    months = int(value.removeprefix("months:"))
    m.dialogue.recovery_months = months or None
    present_options(m)


def type_recovery(m: Move, text: str, heard: Interpretation) -> None:
    if heard.meaning == "unsure":
        m.dialogue.recovery_months = None
    elif heard.months is not None:
        m.dialogue.recovery_months = heard.months or None
    else:
        unclear(m, heard)
        return
    present_options(m)


def situation(dialogue: Dialogue) -> Situation:
    return Situation(
        cause=dialogue.cause or Cause.OTHER,
        income=dialogue.income or Decimal(0),
        expenses=dialogue.expenses or Decimal(0),
        other_debts=dialogue.other_debts or Decimal(0),
        temporary=bool(dialogue.temporary),
        recovery_months=dialogue.recovery_months,
    )


def present_options(m: Move) -> None:
    options = build_options(m.facts.account, situation(m.dialogue), m.facts.policy, m.facts.today)
    m.dialogue.offers = list(options)
    m.dialogue.selected = None
    if not options:
        m.say("no_options")
        m.handoff(HandoffReason.NO_AFFORDABLE_OPTION)
        return
    m.do(fx.RecordOffers(tuple(options)))
    m.go(Step.OPTIONS)


def pick_option(m: Move, value: str) -> None:
    key = value.removeprefix("option:")
    if any(o.key == key for o in m.dialogue.offers):
        m.dialogue.selected = key
        m.go(Step.DETAIL)


def options_text(m: Move, text: str, heard: Interpretation) -> None:
    if heard.option is not None and 1 <= heard.option <= len(m.dialogue.offers):
        m.dialogue.selected = m.dialogue.offers[heard.option - 1].key
        m.go(Step.DETAIL)
    elif heard.meaning in ("counter", "none"):
        options_choice(m, heard.meaning)
    elif heard.amount is not None and heard.amount > 0:
        propose(m, heard.amount)  # a typed amount here is the cardholder's own proposal
    else:
        unclear(m, heard, "choose_by_number", count=len(m.dialogue.offers))


def options_choice(m: Move, value: str) -> None:
    if value.startswith("option:"):
        pick_option(m, value)
    elif value == "counter":
        m.go(Step.COUNTER)
    elif value == "none":
        m.go(Step.DECLINED)


def back_from_detail(m: Move) -> None:
    if [o.kind for o in m.dialogue.offers] == [OptionKind.PAY_NOW]:
        m.go(Step.INCOME)  # "forgot" came the short way; now ask what a plan would need
    else:
        m.dialogue.selected = None
        m.go(Step.OPTIONS)


def detail_choice(m: Move, value: str) -> None:
    if value == "choose":
        m.go(Step.AGREEMENT)
    elif value == "back":
        back_from_detail(m)


def detail_text(m: Move, text: str, heard: Interpretation) -> None:
    if heard.meaning in ("choose", "yes", "accept"):
        m.go(Step.AGREEMENT)
    elif heard.meaning in ("back", "no", "decline"):
        back_from_detail(m)
    else:
        unclear(m, heard)


def propose(m: Move, amount: Decimal) -> None:
    monthly = quantize(amount, m.facts.account.currency)
    m.dialogue.counter_amount = monthly
    result = counter_offer(
        m.facts.account, situation(m.dialogue), monthly, m.facts.policy, m.facts.today
    )
    if result.option is None:
        m.say("counter_outside", amount=m.money(monthly), reason=result.reason)
        m.handoff(
            HandoffReason.COUNTER_OFFER_OUTSIDE_POLICY,
            detail=f"{monthly} {m.facts.account.currency} a month: {result.reason}",
        )
        return
    m.dialogue.offers = [o for o in m.dialogue.offers if o.kind is not OptionKind.COUNTER] + [
        result.option
    ]
    m.dialogue.selected = result.option.key
    m.do(fx.RecordOffers((result.option,)))
    m.say("counter_accepted")
    m.go(Step.DETAIL)


def counter_text(m: Move, text: str, heard: Interpretation) -> None:
    if heard.meaning == "back":
        counter_choice(m, "back")
    elif heard.amount is not None and heard.amount <= 0:
        m.say("amount_problem", problem="zero")
        m.again()
    elif heard.amount is not None:
        propose(m, heard.amount)
    else:
        money_problem(m, heard)


def counter_choice(m: Move, value: str) -> None:
    if value == "back":
        m.go(Step.OPTIONS if m.dialogue.offers else Step.INCOME)


def declined_choice(m: Move, value: str) -> None:
    if value == "counter":
        m.go(Step.COUNTER)
    elif value == "back":
        m.go(Step.OPTIONS)


def declined_text(m: Move, text: str, heard: Interpretation) -> None:
    if heard.amount is not None and heard.amount > 0:
        propose(m, heard.amount)
    elif heard.meaning in ("counter", "back"):
        declined_choice(m, heard.meaning)
    else:
        unclear(m, heard)


def accept(m: Move) -> None:
    option = m.dialogue.selected_option()
    if option is None:
        m.go(Step.OPTIONS)
        return
    m.do(fx.AcceptAgreement(option))
    m.dialogue.step = Step.AGREED
    m.dialogue.unrecognised = 0
    show_agreed(
        m
    )  # said once, at acceptance; asked again later, the step only says what can be done


def agreement_choice(m: Move, value: str) -> None:
    if value == "accept":
        accept(m)
    elif value == "back":
        m.dialogue.selected = None
        m.go(Step.OPTIONS)


def agreement_text(m: Move, text: str, heard: Interpretation) -> None:
    if heard.meaning == "accept":  # only an unambiguous yes: a refusal is never read as one
        accept(m)
    elif heard.meaning == "decline":
        agreement_choice(m, "back")
    else:
        unclear(m, heard, "agreement_how")


def handoff_text(m: Move, text: str, heard: Interpretation) -> None:
    m.say(
        "handoff_waiting", working=m.facts.specialists_working, here=m.facts.specialists_reply_here
    )


@dataclass(frozen=True, slots=True)
class State:
    """A row of the table: what the step asks, and what typed text or a tapped button does."""

    ask: Callable[[Move], None]
    on_text: Callable[[Move, str, Interpretation], None]
    on_choice: Callable[[Move, str], None] | None = None


def _unexpected_text(m: Move, text: str, heard: Interpretation) -> None:
    m.not_understood()


FLOW: dict[Step, State] = {
    Step.GREETING: State(ask_last4, _unexpected_text),
    Step.VERIFY: State(ask_last4, check_last4),
    Step.CAUSE: State(ask_cause, type_cause, choose_cause),
    Step.CAUSE_OTHER: State(ask_cause_other, describe_cause),
    Step.INCOME: State(ask_income, amount_answer("income", Step.EXPENSES)),
    Step.EXPENSES: State(ask_expenses, amount_answer("expenses", Step.OTHER_DEBTS)),
    Step.OTHER_DEBTS: State(
        ask_other_debts,
        amount_answer("other_debts", Step.TEMPORARY, no_means_zero=True),
        no_other_debts,
    ),
    Step.TEMPORARY: State(ask_temporary, type_temporary, choose_temporary),
    Step.RECOVERY: State(ask_recovery, type_recovery, choose_recovery),
    Step.OPTIONS: State(show_options, options_text, options_choice),
    Step.DETAIL: State(show_detail, detail_text, detail_choice),
    Step.COUNTER: State(ask_counter, counter_text, counter_choice),
    Step.DECLINED: State(show_declined, declined_text, declined_choice),
    Step.AGREEMENT: State(show_agreement, agreement_text, agreement_choice),
    Step.AGREED: State(ask_agreed, agreed_text, money_check_choice),
    Step.MISSED: State(ask_missed, missed_text, missed_choice),
    Step.COMPLETED: State(ask_completed, agreed_text, money_check_choice),
    Step.HANDOFF: State(show_handoff, handoff_text),
}


# --- Anywhere ---------------------------------------------------------------------------------


def ask_for_person(m: Move) -> None:
    if m.dialogue.step is Step.HANDOFF:
        m.say(
            "already_with_person",
            working=m.facts.specialists_working,
            here=m.facts.specialists_reply_here,
        )
        return
    if m.dialogue.unrecognised >= m.facts.policy.unrecognised_before_person:
        m.handoff(HandoffReason.NOT_UNDERSTOOD)
    elif m.dialogue.step is Step.DECLINED:
        m.handoff(HandoffReason.REJECTED_ALL_OPTIONS)
    else:
        m.handoff(HandoffReason.ASKED_FOR_PERSON)


def show_help(m: Move) -> None:
    m.say("help", verified=m.dialogue.verified)
    if m.dialogue.step is not Step.HANDOFF:
        m.again()


def show_plan(m: Move) -> None:
    if not m.dialogue.verified:
        m.say("verify_first")
    elif m.facts.plan is None:
        m.say("no_plan")
    else:
        m.say("plan", SEND_AGREEMENT, plan=m.facts.plan)
    if m.dialogue.step not in (
        Step.AGREED,
        Step.COMPLETED,
    ):  # the plan is the answer; mid-talk, carry on
        m.again()


SEND_AGREEMENT = Choice("send_agreement", _("Send me my agreement"))


def send_agreement(m: Move) -> None:
    if m.facts.plan is None:
        m.say("no_plan")
    else:
        m.say("agreement_resent")
        m.attach("agreement")
        m.dialogue.choices = [
            value for value in m.dialogue.choices if value != "send_agreement"
        ]  # once per tap


def offer_languages(m: Move) -> None:
    m.say(
        "choose_language",
        *(Choice(f"lang:{code}", Label(name)) for code, name in LANGUAGE_NAMES.items()),
    )


def switch_language(m: Move, language: str) -> None:
    m.dialogue.language = language
    m.say("language_changed")
    m.again()


def stop_reminders(m: Move) -> None:
    m.do(fx.StopReminders())
    m.say("reminders_stopped")


def resume_reminders(m: Move) -> None:
    m.do(fx.ResumeReminders())
    m.say("reminders_resumed")


def pause_for_vulnerability(m: Move) -> None:
    m.say("vulnerability")
    if m.dialogue.handoff_reason is not HandoffReason.VULNERABILITY:
        m.handoff(HandoffReason.VULNERABILITY, urgent=True)


def hear_dispute(m: Move) -> None:
    """The debt is disputed, wherever that is said: collection stops and a person looks."""
    m.dialogue.cause = m.dialogue.cause or Cause.DISPUTE
    m.say("dispute")
    if m.dialogue.handoff_reason not in (HandoffReason.DISPUTE, HandoffReason.VULNERABILITY):
        m.handoff(HandoffReason.DISPUTE)


def on_request(m: Move, heard: Interpretation) -> bool:
    """Do what can be asked at any step; ``False`` lets the step read the text itself."""
    meaning = heard.meaning or ""
    if meaning == "person" and m.dialogue.step is Step.HANDOFF and heard.by != "command":
        return False  # with a person already: what they write is for the person
    if meaning.startswith("language:") and meaning[9:] in LANGUAGE_NAMES:
        switch_language(m, meaning[9:])
        return True
    match meaning:
        case "person":
            ask_for_person(m)
        case "help":
            show_help(m)
        case "language":
            offer_languages(m)
        case "plan":
            show_plan(m)
        case "stop_reminders":
            stop_reminders(m)
        case "resume_reminders":
            resume_reminders(m)
        case _:
            return False
    return True


def unclear(
    m: Move, heard: Interpretation, template: str = "not_understood", **params: object
) -> None:
    """Not understood: offer what was probably meant as buttons, else ask again."""
    guessed = heard.suggestions if heard.confidence >= SUGGEST_FROM else ()
    buttons = suggested_buttons(m, guessed)
    if buttons and m.dialogue.unrecognised + 1 < m.facts.policy.unrecognised_before_person:
        m.dialogue.unrecognised += 1
        m.say("did_you_mean", *buttons, PERSON)
    else:
        m.not_understood(template, **params)


def suggested_buttons(m: Move, suggestions: tuple[str, ...]) -> list[Choice]:
    """The buttons of the step's own question that stand for ``suggestions``, best first."""
    scratch = Move(_copy(m.dialogue), m.facts)
    FLOW[m.dialogue.step].ask(scratch)
    shown = {choice.value: choice for reply in scratch.replies for choice in reply.choices}
    shown.update(
        (f"lang:{code}", Choice(f"lang:{code}", Label(name)))
        for code, name in LANGUAGE_NAMES.items()
    )
    values = [_choice_value(m, meaning) for meaning in suggestions]
    buttons = [shown[value] for value in dict.fromkeys(values) if value in shown]
    return [button for button in buttons if button.value != PERSON.value]


def _choice_value(m: Move, meaning: str) -> str:
    """The value of the button that means ``meaning`` at this step."""
    if meaning in CAUSES:
        return f"cause:{meaning}"
    if meaning.startswith("language:"):
        return f"lang:{meaning[9:]}"
    if m.dialogue.step is Step.RECOVERY:
        return "months:0" if meaning == "unsure" else f"months:{meaning}"
    if m.dialogue.step is Step.AGREEMENT:
        return {"accept": "accept", "decline": "back"}.get(meaning, meaning)
    if m.dialogue.step is Step.OPTIONS:
        for number, offer in enumerate(m.dialogue.offers, 1):
            if meaning in (str(number), offer_meaning(offer)):
                return f"option:{offer.key}"
    return meaning


def global_choice(m: Move, value: str) -> bool:
    if value == "person":
        ask_for_person(m)
    elif value.startswith("lang:") and value[5:] in LANGUAGE_NAMES:
        switch_language(m, value[5:])
    elif value == "send_agreement":
        send_agreement(m)
    else:
        return False
    return True


# --- The step -------------------------------------------------------------------------------


def step(dialogue: Dialogue, event: ev.Event, facts: Facts) -> Outcome:
    """Apply ``event`` to a copy of ``dialogue``; the input is never changed."""
    m = Move(_copy(dialogue), facts)
    if not isinstance(event, ev.Silence):
        m.dialogue.nudged = False
    match event:
        case ev.Start():
            start(m)
        case ev.Text(text=text):
            on_text(m, text)
        case ev.Choice(value=value, turn=turn):
            if turn != m.dialogue.turn or value not in m.dialogue.choices:
                m.say("stale_button")
                return Outcome(dialogue, tuple(m.replies), ())
            if not global_choice(m, value):
                handler = FLOW[m.dialogue.step].on_choice
                if handler is not None:
                    handler(m, value)
        case ev.NonText():
            m.say("non_text")
            return Outcome(dialogue, tuple(m.replies), ())
        case ev.Silence():
            on_silence(m)
        case ev.Reminder():
            on_reminder(m, event)
        case ev.Paid():
            on_paid(m, event)
    return conclude(m)


def conclude(m: Move) -> Outcome:
    """End a move: ask the step's question if due; new buttons get a fresh turn."""
    if m.ask:
        FLOW[m.dialogue.step].ask(m)
    offered = [choice.value for reply in m.replies for choice in reply.choices]
    if offered:
        m.dialogue.turn += 1
        m.dialogue.choices = offered
    return Outcome(m.dialogue, tuple(m.replies), tuple(m.effects))


def _copy(dialogue: Dialogue) -> Dialogue:
    """A copy safe to change: the lists are new, the offers in them are frozen and shared."""
    copied = dataclasses.replace(dialogue)
    copied.choices = list(dialogue.choices)
    copied.offers = list(dialogue.offers)
    copied.money_check_offered = list(dialogue.money_check_offered)
    return copied


def start(m: Move) -> None:
    if m.dialogue.step is Step.GREETING:
        m.say("greeting")
        m.go(Step.VERIFY)
    elif m.dialogue.step is Step.HANDOFF:
        m.say("welcome_back")
        m.again()
    else:
        m.say("welcome_back")
        if m.dialogue.step is Step.AGREED:
            show_plan(m)
            m.ask = False
        else:
            m.again()
        resume_reminders_if_stopped(m)


def resume_reminders_if_stopped(m: Move) -> None:
    # /start after "stop" turns reminders back on (the shell knows whether they were stopped).
    if m.dialogue.step in KEEPING:
        m.do(fx.ResumeReminders())


def on_text(m: Move, text: str) -> None:
    if m.dialogue.step is Step.GREETING:
        start(m)
        return
    heard = interpret(
        text, Question.at(m.dialogue.step), m.dialogue.language, offers=m.dialogue.offers
    )
    if heard.meaning == "distress" or heard.vulnerable:
        pause_for_vulnerability(m)
    elif heard.meaning == "dispute":
        hear_dispute(m)
    elif heard.meaning is None or not on_request(m, heard):
        missed_before = m.dialogue.unrecognised
        step = m.dialogue.step
        FLOW[step].on_text(m, text, heard)
        if m.dialogue.unrecognised > missed_before:
            m.do(fx.RecordMiss(step.value, text))


def on_silence(m: Move) -> None:
    if m.dialogue.step not in NEGOTIATING:
        return
    if not m.dialogue.nudged:
        m.dialogue.nudged = True
        m.say("nudge")
    else:
        m.handoff(HandoffReason.SILENT)


# --- Values shown with the agreement --------------------------------------------------------


def agreement_params(dialogue: Dialogue, facts: Facts, option: Option) -> dict[str, object]:
    """Everything the agreement text names; the shell renders the same for the stored copy."""
    return {
        "option": option,
        "account": facts.account,
        "card_last4": facts.card_last4,
        "currency": option.currency,
        "terms_version": facts.policy.terms_version,
        "today": facts.today,
        "grace_days": facts.grace_days,
        "language": dialogue.language,
        "late_fee": facts.policy.late_fee.get(option.currency, Decimal(0)),
        "annual_fee_waived": facts.policy.annual_fee_waived,
    }


def option_label(number: int, option: Option, m: Move) -> Label:
    amount = Money(option.monthly, option.currency)
    match option.kind:
        case OptionKind.PAY_NOW:
            return _("%(number)s. Pay %(amount)s now", number=number, amount=amount)
        case OptionKind.SETTLEMENT:
            return _(
                "%(number)s. Settle with one payment of %(amount)s", number=number, amount=amount
            )
        case OptionKind.HOLIDAY:
            return _n(
                "%(number)s. Pause %(n)s month, then %(amount)s a month",
                "%(number)s. Pause %(n)s months, then %(amount)s a month",
                option.holiday_months,
                number=number,
                amount=amount,
            )
        case _:
            return _n(
                "%(number)s. %(n)s payment of %(amount)s",
                "%(number)s. %(n)s monthly payments of %(amount)s",
                option.payments,
                number=number,
                amount=amount,
            )
