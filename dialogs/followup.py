"""After the agreement:
reminders, a missed payment, thanks for payments, the plan's end, a money check.

Where these steps lead is in the table (rows AGREED, MISSED and COMPLETED of
:data:`dialogs.flow.FLOW`, and :mod:`dialogs.anywhere`), drawn in README.md. In short: a
reminder before or on the due day changes nothing; a payment missed after the grace days goes to
MISSED ("I have paid", "how to pay", or "change my plan": the questions again from CAUSE, at
most ``max_renegotiations`` times), or to a person when two are missed in a row or the plan was
already re-negotiated; each payment is thanked with the progress, and the last completes it.

A money check (a spending plan from what the cardholder told us, habits that keep a plan on
track, free advice) is offered once after the agreement and once at the end; "no" is one tap.
"""

from __future__ import annotations

from decimal import Decimal

from dialogs import effects as fx
from dialogs import events as ev
from dialogs.anywhere import MISSED_AGAIN, PAID_OFF
from dialogs.choices import Answer, ChoiceValue
from dialogs.domain.vocabulary import HandoffReason
from dialogs.move import Move
from dialogs.replies import PERSON, Choice, Money, _
from dialogs.state import Step
from dialogs.understanding import Interpretation, read_yes_no

#: A reminder before or on the due day says so and leaves the conversation where it is.
REMINDER_TEMPLATES = {"before": "reminder_before", "due": "reminder_due"}

MISSED_CHOICES = (
    Choice(Answer.CLAIM_PAID, _("I have paid")),
    Choice(Answer.HOW_TO_PAY, _("How can I pay?")),
    Choice(Answer.CHANGE_PLAN, _("I need to change my plan")),
)
MISSED_ANSWERS = (Answer.CLAIM_PAID, Answer.HOW_TO_PAY, Answer.CHANGE_PLAN)

#: Steps in which the agreement is simply running (a missed payment may be raised here).
KEEPING = frozenset({Step.AGREED, Step.MISSED})


def on_reminder(m: Move, event: ev.Reminder) -> None:
    m.anywhere_move(MISSED_AGAIN)
    plan = m.facts.plan
    money = Money(event.amount, m.facts.account.currency)
    payments = plan.payments if plan is not None else event.number
    if event.kind in REMINDER_TEMPLATES:
        m.say(
            REMINDER_TEMPLATES[event.kind],
            number=event.number,
            payments=payments,
            amount=money,
            due=event.due,
        )
        return
    # Missed (the follow-up after the grace days).
    if plan is not None and plan.missed_in_row >= 2:
        m.say("missed_handoff", reason=HandoffReason.MISSED_PAYMENTS.value)
        m.handoff(HandoffReason.MISSED_PAYMENTS, detail=f"missed in a row: {plan.missed_in_row}")
    elif m.dialogue.renegotiations > 0:
        m.say("missed_handoff", reason=HandoffReason.RENEGOTIATION_BROKEN.value)
        m.handoff(
            HandoffReason.RENEGOTIATION_BROKEN,
            detail=f"re-negotiated plan missed: payment {event.number}",
        )
    elif m.dialogue.step in KEEPING:
        m.go(Step.MISSED)
    else:  # mid re-negotiation or with a person: say it, change nothing
        m.say("missed_note", number=event.number, amount=money, due=event.due)


def ask_missed(m: Move) -> None:
    plan = m.facts.plan
    if plan is None or plan.next_due is None or plan.missed_in_row == 0:
        # Paid meanwhile (or the plan is gone): nothing is missed any more.
        m.enter(Step.AGREED)
        m.say("agreed_help")
        return
    m.say(
        "missed",
        *MISSED_CHOICES,
        PERSON,
        number=plan.next_number,
        amount=Money(plan.next_amount, plan.currency),
        due=plan.next_due,
    )


def missed_choice(m: Move, value: ChoiceValue) -> None:
    if value is Answer.CLAIM_PAID:
        m.do(fx.ClaimPayment())
        m.say("payment_claimed")
        m.enter(Step.AGREED)
    elif value is Answer.HOW_TO_PAY:
        m.say("how_to_pay")
        m.again()
    elif value is Answer.CHANGE_PLAN:
        renegotiate(m)


def missed_text(m: Move, text: str, heard: Interpretation) -> None:
    if heard.meaning in MISSED_ANSWERS:
        missed_choice(m, Answer(heard.meaning))
    else:
        m.not_understood("choose_by_number", count=len(MISSED_CHOICES))


def renegotiate(m: Move) -> None:
    """Back to the situation questions, within the policy's number of re-negotiations."""
    if m.dialogue.renegotiations >= m.facts.policy.max_renegotiations:
        m.say("missed_handoff", reason=HandoffReason.RENEGOTIATION_BROKEN.value)
        m.handoff(
            HandoffReason.RENEGOTIATION_BROKEN,
            detail="re-negotiation asked for beyond the policy's limit",
        )
        return
    dialogue = m.dialogue
    dialogue.renegotiations += 1
    dialogue.cause = dialogue.cause_note = None
    dialogue.income = dialogue.expenses = dialogue.other_debts = dialogue.counter_amount = None
    dialogue.temporary = None
    dialogue.recovery_months = None
    dialogue.offers = []
    dialogue.selected = None
    m.say("renegotiate")
    m.go(Step.CAUSE)


def on_paid(m: Move, event: ev.Paid) -> None:
    plan = m.facts.plan
    if plan is None:
        return
    m.anywhere_move(PAID_OFF)
    if plan.completed:
        m.enter(Step.COMPLETED)
        m.dialogue.choices = []
        m.say("plan_completed", plan=plan)
        offer_money_check(m, "completed")
        return
    m.say("payment_thanks", plan=plan)
    if m.dialogue.step is Step.MISSED and plan.missed_in_row == 0:
        m.enter(Step.AGREED)
        m.dialogue.choices = []  # the missed payment's buttons are of no use now


# --- The money check -------------------------------------------------------------------------


def offer_money_check(m: Move, moment: str) -> None:
    if moment in m.dialogue.money_check_offered:
        return
    m.dialogue.money_check_offered.append(moment)
    m.say(
        "money_check_offer",
        Choice(Answer.MONEY_CHECK, _("Yes, show me")),
        Choice(Answer.MONEY_CHECK_NO, _("No, thank you")),
    )


def money_check_choice(m: Move, value: ChoiceValue) -> None:
    if value is Answer.MONEY_CHECK:
        show_money_check(m)
    elif value is Answer.MONEY_CHECK_NO:
        m.say("money_check_declined")
    m.dialogue.choices = []  # answered: a second tap is an old button


def show_money_check(m: Move) -> None:
    dialogue, plan = m.dialogue, m.facts.plan
    currency = m.facts.account.currency
    monthly = plan.monthly if plan is not None and not plan.completed else None
    income = dialogue.income
    spending = (dialogue.expenses or Decimal(0)) + (dialogue.other_debts or Decimal(0))
    left = None if income is None else income - spending - (monthly or Decimal(0))
    m.say(
        "money_check",
        income=None if income is None else Money(income, currency),
        spending=None if income is None else Money(spending, currency),
        monthly=None if monthly is None else Money(monthly, currency),
        left=None if left is None or left < 0 else Money(left, currency),
        short=None if left is None or left >= 0 else Money(-left, currency),
    )


def agreed_text(m: Move, text: str, heard: Interpretation) -> None:
    """Typed text once the plan runs:
    yes/no to a money check just offered, else what can be done."""
    if Answer.MONEY_CHECK in m.dialogue.choices:
        answer = read_yes_no(text, m.dialogue.language)
        if answer is not None:
            money_check_choice(m, Answer.MONEY_CHECK if answer else Answer.MONEY_CHECK_NO)
            return
    m.say("completed_help" if m.dialogue.step is Step.COMPLETED else "agreed_help")
