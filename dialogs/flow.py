"""The negotiation as one table: each step, what it asks, what it accepts, and where it leads.

Start at :data:`FLOW` below: one :class:`Row` per :class:`~dialogs.state.Step`, with its
``leads_to``; the moves that can be made at any step (a person, distress, a dispute, help, the
plan, a language, reminders) are listed once in :mod:`dialogs.anywhere`. A handler that moves
where neither lists raises, so the tests that drive the dialogue prove the table. The diagram in
README.md ("How it fits together") is drawn from it by ``python -m dialogs.diagram``: never by
hand. What happens after the agreement is in :mod:`dialogs.followup`. Bad input re-asks and
changes nothing.
"""

from __future__ import annotations

import dataclasses
import hmac
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from dialogs import effects as fx
from dialogs import events as ev
from dialogs.anywhere import (
    DISPUTED,
    DISTRESS,
    HELP,
    LANGUAGE,
    PERSON_ASKED,
    PLAN,
    REMINDERS,
    SILENT,
    WELCOME_BACK,
)
from dialogs.choices import (
    Answer,
    CauseChoice,
    ChoiceValue,
    Kind,
    LanguageChoice,
    OptionChoice,
    RecoveryChoice,
    from_data,
    is_kind,
)
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
    MISSED_ANSWERS,
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
LANGUAGE_CHOICES = tuple(
    Choice(LanguageChoice(code), Label(name)) for code, name in LANGUAGE_NAMES.items()
)
#: What the first words are taken as: not read at all.
NOT_READ = Interpretation(meaning=None, confidence=0.0)
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
    m.say("ask_other_debts", Choice(Answer.NONE, _("I have none")), PERSON)


def ask_temporary(m: Move) -> None:
    m.say(
        "ask_temporary",
        Choice(Answer.YES, _("Yes, it is temporary")),
        Choice(Answer.NO, _("No, it will last")),
        PERSON,
    )


def ask_recovery(m: Move) -> None:
    months = [
        Choice(RecoveryChoice(n), _n("In %(n)s month", "In %(n)s months", n)) for n in (1, 2, 3, 6)
    ]
    m.say("ask_recovery", *months, Choice(RecoveryChoice(0), _("I don't know yet")), PERSON)


def show_options(m: Move) -> None:
    offers = m.dialogue.offers
    labels = [Choice(OptionChoice(o.key), option_label(i, o, m)) for i, o in enumerate(offers, 1)]
    m.say(
        "options",
        *labels,
        PROPOSE,
        Choice(Answer.NONE, _("None of these work for me")),
        PERSON,
        options=m.dialogue.offers,
        currency=m.facts.account.currency,
    )


def show_detail(m: Move) -> None:
    option = m.dialogue.selected_option()
    if option is None:  # nothing chosen any more: back to the list
        m.enter(Step.OPTIONS)
        show_options(m)
        return
    only_pay_now = [o.kind for o in m.dialogue.offers] == [OptionKind.PAY_NOW]
    back = Choice(Answer.BACK, _("See other options")) if only_pay_now else BACK
    m.say(
        "detail",
        Choice(Answer.CHOOSE, _("Choose this plan")),
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
    m.say("declined", PROPOSE, BACK, PERSON)


def show_agreement(m: Move) -> None:
    option = m.dialogue.selected_option()
    if option is None:
        m.enter(Step.OPTIONS)
        show_options(m)
        return
    m.say(
        "agreement",
        Choice(Answer.ACCEPT, _("I agree")),
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
    Choice(CauseChoice(Cause.JOB_LOSS), _("I lost my job")),
    Choice(CauseChoice(Cause.REDUCED_INCOME), _("My income went down")),
    Choice(CauseChoice(Cause.ILLNESS), _("Illness or injury")),
    Choice(CauseChoice(Cause.FAMILY_EMERGENCY), _("A family emergency")),
    Choice(CauseChoice(Cause.BUSINESS_TROUBLE), _("Trouble in my business")),
    Choice(CauseChoice(Cause.FORGOT), _("I forgot to pay")),
    Choice(CauseChoice(Cause.DISPUTE), _("I dispute this debt")),
    Choice(CauseChoice(Cause.OTHER), _("Something else")),
)
PROPOSE = Choice(Answer.COUNTER, _("Propose my own amount"))


def choose_cause(m: Move, value: ChoiceValue) -> None:
    if isinstance(value, CauseChoice):
        set_cause(m, value.cause)


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


def no_other_debts(m: Move, value: ChoiceValue) -> None:
    m.dialogue.other_debts = Decimal(0)
    m.go(Step.TEMPORARY)


def answer_temporary(m: Move, temporary: bool) -> None:
    m.dialogue.temporary = temporary
    if temporary:
        m.go(Step.RECOVERY)
    else:
        m.dialogue.recovery_months = None
        present_options(m)


def choose_temporary(m: Move, value: ChoiceValue) -> None:
    answer_temporary(m, value is Answer.YES)


def type_temporary(m: Move, text: str, heard: Interpretation) -> None:
    if heard.meaning in ("yes", "no"):
        answer_temporary(m, heard.meaning == "yes")
    elif heard.meaning == "unsure":
        answer_temporary(m, False)  # no pause is planned on a recovery nobody expects yet
    else:
        unclear(m, heard)


def choose_recovery(m: Move, value: ChoiceValue) -> None:
    if isinstance(value, RecoveryChoice):
        m.dialogue.recovery_months = value.months or None
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


def pick_option(m: Move, choice: OptionChoice) -> None:
    if any(o.key == choice.key for o in m.dialogue.offers):
        m.dialogue.selected = choice.key
        m.go(Step.DETAIL)


def options_text(m: Move, text: str, heard: Interpretation) -> None:
    if heard.option is not None and 1 <= heard.option <= len(m.dialogue.offers):
        m.dialogue.selected = m.dialogue.offers[heard.option - 1].key
        m.go(Step.DETAIL)
    elif heard.meaning in ("counter", "none"):
        options_choice(m, Answer(heard.meaning))
    elif heard.amount is not None and heard.amount > 0:
        propose(m, heard.amount)  # a typed amount here is the cardholder's own proposal
    else:
        unclear(m, heard, "choose_by_number", count=len(m.dialogue.offers))


def options_choice(m: Move, value: ChoiceValue) -> None:
    if isinstance(value, OptionChoice):
        pick_option(m, value)
    elif value is Answer.COUNTER:
        m.go(Step.COUNTER)
    elif value is Answer.NONE:
        m.go(Step.DECLINED)


def back_from_detail(m: Move) -> None:
    if [o.kind for o in m.dialogue.offers] == [OptionKind.PAY_NOW]:
        m.go(Step.INCOME)  # "forgot" came the short way; now ask what a plan would need
    else:
        m.dialogue.selected = None
        m.go(Step.OPTIONS)


def detail_choice(m: Move, value: ChoiceValue) -> None:
    if value is Answer.CHOOSE:
        m.go(Step.AGREEMENT)
    elif value is Answer.BACK:
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
        counter_choice(m, Answer.BACK)
    elif heard.amount is not None and heard.amount <= 0:
        m.say("amount_problem", problem="zero")
        m.again()
    elif heard.amount is not None:
        propose(m, heard.amount)
    else:
        money_problem(m, heard)


def counter_choice(m: Move, value: ChoiceValue) -> None:
    if value is Answer.BACK:
        m.go(Step.OPTIONS if m.dialogue.offers else Step.INCOME)


def declined_choice(m: Move, value: ChoiceValue) -> None:
    if value is Answer.COUNTER:
        m.go(Step.COUNTER)
    elif value is Answer.BACK:
        m.go(Step.OPTIONS)


def declined_text(m: Move, text: str, heard: Interpretation) -> None:
    if heard.amount is not None and heard.amount > 0:
        propose(m, heard.amount)
    elif heard.meaning in ("counter", "back"):
        declined_choice(m, Answer(heard.meaning))
    else:
        unclear(m, heard)


def accept(m: Move) -> None:
    option = m.dialogue.selected_option()
    if option is None:
        m.go(Step.OPTIONS)
        return
    m.do(fx.AcceptAgreement(option))
    m.enter(Step.AGREED)
    m.dialogue.unrecognised = 0
    show_agreed(m)  # said once, at acceptance; asked again later, the step says what can be done


def agreement_choice(m: Move, value: ChoiceValue) -> None:
    if value is Answer.ACCEPT:
        accept(m)
    elif value is Answer.BACK:
        m.dialogue.selected = None
        m.go(Step.OPTIONS)


def agreement_text(m: Move, text: str, heard: Interpretation) -> None:
    if heard.meaning == "accept":  # only an unambiguous yes: a refusal is never read as one
        accept(m)
    elif heard.meaning == "decline":
        agreement_choice(m, Answer.BACK)
    else:
        unclear(m, heard, "agreement_how")


def handoff_text(m: Move, text: str, heard: Interpretation) -> None:
    m.say(
        "handoff_waiting", working=m.facts.specialists_working, here=m.facts.specialists_reply_here
    )


# --- The table -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Row:
    """A step: what it asks, what it accepts, and the steps it may lead to.

    ``leads_to`` names every step a handler of this row may move on to, with when it does; a move
    anywhere else raises :class:`~dialogs.move.UnlistedMove` (staying is always allowed, and the
    moves listed in :mod:`dialogs.anywhere` are allowed while they are made). ``choices`` are the
    buttons ``on_choice`` takes: an :class:`~dialogs.choices.Answer`, or every value of a kind;
    offering any other button here (but those of :data:`ANYWHERE_CHOICES`) raises
    :class:`UnlistedChoice`.
    """

    asks: str
    ask: Callable[[Move], None]
    #: What typed text it takes, in a few words.
    text: str
    on_text: Callable[[Move, str, Interpretation], None]
    leads_to: Mapping[Step, str]
    choices: tuple[Kind, ...] = ()
    on_choice: Callable[[Move, ChoiceValue], None] | None = None


class UnlistedChoice(RuntimeError):
    """A step offered a button its row does not take: a bug in dialogs/."""

    def __init__(self, step: Step, value: ChoiceValue) -> None:
        super().__init__(
            f"{step.name} offered {value!r}, which its row does not take: add it to the row's "
            "choices in dialogs/flow.py, or offer it at another step"
        )


def greet(m: Move, text: str, heard: Interpretation) -> None:
    """The first words start the conversation, whatever they say (they are not read)."""
    start(m)


FLOW: dict[Step, Row] = {
    Step.GREETING: Row(
        asks="nothing yet: the first words start it",
        ask=ask_last4,
        text="anything (not read)",
        on_text=greet,
        leads_to={Step.VERIFY: "start"},
    ),
    Step.VERIFY: Row(
        asks="the card's last four digits",
        ask=ask_last4,
        text="four digits",
        on_text=check_last4,
        leads_to={Step.CAUSE: "the right digits", Step.HANDOFF: "wrong too often: locked"},
    ),
    Step.CAUSE: Row(
        asks="why the payment is late",
        ask=ask_cause,
        text="a cause in words",
        on_text=type_cause,
        choices=(CauseChoice,),
        on_choice=choose_cause,
        leads_to={
            Step.DETAIL: "forgot: pay now",
            Step.CAUSE_OTHER: "something else",
            Step.INCOME: "any other cause",
            Step.HANDOFF: "disputes the debt",
        },
    ),
    Step.CAUSE_OTHER: Row(
        asks="what happened, in their words",
        ask=ask_cause_other,
        text="a description",
        on_text=describe_cause,
        leads_to={
            Step.INCOME: "described",
            Step.DETAIL: "forgot after all",
            Step.HANDOFF: "disputes it after all",
        },
    ),
    Step.INCOME: Row(
        asks="monthly income",
        ask=ask_income,
        text="an amount",
        on_text=amount_answer("income", Step.EXPENSES),
        leads_to={Step.EXPENSES: "an amount"},
    ),
    Step.EXPENSES: Row(
        asks="monthly living costs",
        ask=ask_expenses,
        text="an amount",
        on_text=amount_answer("expenses", Step.OTHER_DEBTS),
        leads_to={Step.OTHER_DEBTS: "an amount"},
    ),
    Step.OTHER_DEBTS: Row(
        asks="monthly payments on other debts",
        ask=ask_other_debts,
        text="an amount, or no",
        on_text=amount_answer("other_debts", Step.TEMPORARY, no_means_zero=True),
        choices=(Answer.NONE,),
        on_choice=no_other_debts,
        leads_to={Step.TEMPORARY: "an amount, or none"},
    ),
    Step.TEMPORARY: Row(
        asks="whether the hardship is temporary",
        ask=ask_temporary,
        text="yes, no, or not sure",
        on_text=type_temporary,
        choices=(Answer.YES, Answer.NO),
        on_choice=choose_temporary,
        leads_to={
            Step.RECOVERY: "yes",
            Step.OPTIONS: "no: the options that fit",
            Step.HANDOFF: "no option fits",
        },
    ),
    Step.RECOVERY: Row(
        asks="when income recovers",
        ask=ask_recovery,
        text="in how many months, or not sure",
        on_text=type_recovery,
        choices=(RecoveryChoice,),
        on_choice=choose_recovery,
        leads_to={Step.OPTIONS: "the options that fit", Step.HANDOFF: "no option fits"},
    ),
    Step.OPTIONS: Row(
        asks="which option",
        ask=show_options,
        text="a number, an option in words, or an amount",
        on_text=options_text,
        choices=(OptionChoice, Answer.COUNTER, Answer.NONE),
        on_choice=options_choice,
        leads_to={
            Step.DETAIL: "an option, or an amount inside policy",
            Step.COUNTER: "own amount",
            Step.DECLINED: "none fit",
            Step.HANDOFF: "an amount outside policy",
        },
    ),
    Step.DETAIL: Row(
        asks="to choose the option shown in full",
        ask=show_detail,
        text="yes, or back",
        on_text=detail_text,
        choices=(Answer.CHOOSE, Answer.BACK),
        on_choice=detail_choice,
        leads_to={
            Step.AGREEMENT: "choose",
            Step.OPTIONS: "back",
            Step.INCOME: "back from pay now: a plan",
        },
    ),
    Step.COUNTER: Row(
        asks="the monthly amount they can pay",
        ask=ask_counter,
        text="an amount, or back",
        on_text=counter_text,
        choices=(Answer.BACK,),
        on_choice=counter_choice,
        leads_to={
            Step.DETAIL: "inside policy",
            Step.HANDOFF: "outside policy",
            Step.OPTIONS: "back",
            Step.INCOME: "back, no options yet",
        },
    ),
    Step.DECLINED: Row(
        asks="to propose an amount, or go back",
        ask=show_declined,
        text="an amount, propose, or back",
        on_text=declined_text,
        choices=(Answer.COUNTER, Answer.BACK),
        on_choice=declined_choice,
        leads_to={
            Step.COUNTER: "propose",
            Step.OPTIONS: "back",
            Step.DETAIL: "an amount inside policy",
            Step.HANDOFF: "an amount outside policy",
        },
    ),
    Step.AGREEMENT: Row(
        asks="to agree to the full terms",
        ask=show_agreement,
        text="I agree, or no",
        on_text=agreement_text,
        choices=(Answer.ACCEPT, Answer.BACK),
        on_choice=agreement_choice,
        leads_to={Step.AGREED: "I agree", Step.OPTIONS: "back"},
    ),
    Step.AGREED: Row(
        asks="nothing: the plan runs",
        ask=ask_agreed,
        text="yes or no to a money check",
        on_text=agreed_text,
        choices=(Answer.MONEY_CHECK, Answer.MONEY_CHECK_NO),
        on_choice=money_check_choice,
        leads_to={Step.MISSED: "a payment missed"},
    ),
    Step.MISSED: Row(
        asks="paid, how to pay, or change the plan",
        ask=ask_missed,
        text="one of the three",
        on_text=missed_text,
        choices=MISSED_ANSWERS,
        on_choice=missed_choice,
        leads_to={
            Step.AGREED: "I have paid",
            Step.CAUSE: "change my plan",
            Step.HANDOFF: "changed too often",
        },
    ),
    Step.COMPLETED: Row(
        asks="nothing: the plan is paid",
        ask=ask_completed,
        text="yes or no to a money check",
        on_text=agreed_text,
        choices=(Answer.MONEY_CHECK, Answer.MONEY_CHECK_NO),
        on_choice=money_check_choice,
        leads_to={},
    ),
    Step.HANDOFF: Row(
        asks="nothing: a person has it",
        ask=show_handoff,
        text="anything, for the person",
        on_text=handoff_text,
        leads_to={},
    ),
}

#: Where each step may lead, as :class:`~dialogs.move.Move` checks it.
ROUTES: dict[Step, Mapping[Step, str]] = {step: row.leads_to for step, row in FLOW.items()}

#: Buttons taken at any step (:func:`global_choice`).
ANYWHERE_CHOICES: tuple[Kind, ...] = (Answer.PERSON, Answer.SEND_AGREEMENT, LanguageChoice)


def begin(dialogue: Dialogue, facts: Facts) -> Move:
    """A move on a copy of ``dialogue`` (the input is never changed), checked by the table."""
    return Move(_copy(dialogue), facts, ROUTES)


# --- Anywhere ---------------------------------------------------------------------------------


def ask_for_person(m: Move) -> None:
    m.anywhere_move(PERSON_ASKED)
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
    m.anywhere_move(HELP)
    m.say("help", verified=m.dialogue.verified)
    if m.dialogue.step is not Step.HANDOFF:
        m.again()


def show_plan(m: Move) -> None:
    m.anywhere_move(PLAN)
    if not m.dialogue.verified:
        m.say("verify_first")
    elif m.facts.plan is None:
        m.say("no_plan")
    else:
        m.say("plan", SEND_AGREEMENT, plan=m.facts.plan)
    if m.dialogue.step not in (Step.AGREED, Step.COMPLETED):  # the plan answers; mid-talk, go on
        m.again()


SEND_AGREEMENT = Choice(Answer.SEND_AGREEMENT, _("Send me my agreement"))


def send_agreement(m: Move) -> None:
    m.anywhere_move(PLAN)
    if m.facts.plan is None:
        m.say("no_plan")
    else:
        m.say("agreement_resent")
        m.attach("agreement")
        choices = m.dialogue.choices
        m.dialogue.choices = [value for value in choices if value is not Answer.SEND_AGREEMENT]


def offer_languages(m: Move) -> None:
    m.anywhere_move(LANGUAGE)
    m.say("choose_language", *LANGUAGE_CHOICES)


def switch_language(m: Move, language: str) -> None:
    m.anywhere_move(LANGUAGE)
    m.dialogue.language = language
    m.say("language_changed")
    m.again()


def stop_reminders(m: Move) -> None:
    m.anywhere_move(REMINDERS)
    m.do(fx.StopReminders())
    m.say("reminders_stopped")


def resume_reminders(m: Move) -> None:
    m.anywhere_move(REMINDERS)
    m.do(fx.ResumeReminders())
    m.say("reminders_resumed")


def pause_for_vulnerability(m: Move) -> None:
    m.anywhere_move(DISTRESS)
    m.say("vulnerability")
    if m.dialogue.handoff_reason is not HandoffReason.VULNERABILITY:
        m.handoff(HandoffReason.VULNERABILITY, urgent=True)


def hear_dispute(m: Move) -> None:
    """The debt is disputed, wherever that is said: collection stops and a person looks."""
    m.anywhere_move(DISPUTED)
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
    scratch = begin(m.dialogue, m.facts)
    FLOW[m.dialogue.step].ask(scratch)
    shown = {choice.value: choice for reply in scratch.replies for choice in reply.choices}
    shown.update((choice.value, choice) for choice in LANGUAGE_CHOICES)
    values = [_choice_value(m, meaning) for meaning in suggestions]
    buttons = [shown[value] for value in dict.fromkeys(values) if value in shown]
    return [button for button in buttons if button is not PERSON]


def _choice_value(m: Move, meaning: str) -> ChoiceValue | None:
    """The value of the button that means ``meaning`` at this step (``None``: no such button)."""
    if meaning in CAUSES:
        return CauseChoice(Cause(meaning))
    if meaning.startswith("language:"):
        return LanguageChoice(meaning[9:]) if meaning[9:] in LANGUAGE_NAMES else None
    step = m.dialogue.step
    if step is Step.RECOVERY:
        if meaning == "unsure":
            return RecoveryChoice(0)
        return RecoveryChoice(int(meaning)) if meaning.isdecimal() and len(meaning) < 3 else None
    if step is Step.AGREEMENT and meaning == "decline":
        return Answer.BACK
    if step is Step.OPTIONS:
        for number, offer in enumerate(m.dialogue.offers, 1):
            if meaning in (str(number), offer_meaning(offer)):
                return OptionChoice(offer.key)
    return next((answer for answer in Answer if answer.value == meaning), None)


def global_choice(m: Move, value: ChoiceValue) -> bool:
    match value:
        case Answer.PERSON:
            ask_for_person(m)
        case LanguageChoice(code=code) if code in LANGUAGE_NAMES:
            switch_language(m, code)
        case Answer.SEND_AGREEMENT:
            send_agreement(m)
        case _:
            return False
    return True


# --- The step -------------------------------------------------------------------------------


def step(dialogue: Dialogue, event: ev.Event, facts: Facts) -> Outcome:
    """Apply ``event`` to a copy of ``dialogue``; the input is never changed."""
    m = begin(dialogue, facts)
    if not isinstance(event, ev.Silence):
        m.dialogue.nudged = False
    match event:
        case ev.Start():
            start(m)
        case ev.Text(text=text):
            on_text(m, text)
        case ev.Tap(data=data, turn=turn):
            value = from_data(data)  # None: forged or garbled
            if turn != m.dialogue.turn or value is None or value not in m.dialogue.choices:
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
    m.also = ()  # the question is the step's own: only its row leads on from here
    if m.ask:
        FLOW[m.dialogue.step].ask(m)
    offered = [choice.value for reply in m.replies for choice in reply.choices]
    if offered:
        taken = FLOW[m.dialogue.step].choices
        for value in offered:
            if not (is_kind(value, taken) or is_kind(value, ANYWHERE_CHOICES)):
                raise UnlistedChoice(m.dialogue.step, value)
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
        return
    m.anywhere_move(WELCOME_BACK)
    if m.dialogue.step is Step.HANDOFF:
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
    if m.dialogue.step is Step.GREETING:  # the first words only start it: nothing is read yet
        FLOW[Step.GREETING].on_text(m, text, NOT_READ)
        return
    heard = interpret(
        text,
        Question.at(m.dialogue.step),
        m.dialogue.language,
        offers=m.dialogue.offers,
        currency=m.facts.account.currency,
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
        m.anywhere_move(SILENT)
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
