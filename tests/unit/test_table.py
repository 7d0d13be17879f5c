"""The conversation's table checked as data: rows, reachability, the moves it allows, its
buttons and their callback data, and the README's diagram drawn from it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bot.channels.telegram.callbacks import ChoiceData
from dialogs import diagram
from dialogs.anywhere import ANYWHERE, PERSON_ASKED
from dialogs.choices import (
    MAX_DATA_BYTES,
    Answer,
    CauseChoice,
    ChoiceValue,
    LanguageChoice,
    OptionChoice,
    RecoveryChoice,
    from_data,
    to_data,
)
from dialogs.domain.vocabulary import Cause, HandoffReason
from dialogs.flow import FLOW, ROUTES, UnlistedChoice, begin, conclude
from dialogs.move import Move, UnlistedMove
from dialogs.replies import Choice, _
from dialogs.state import Dialogue, Step
from dialogs.understanding import Interpretation, Question
from tests.unit.test_dialogue import at_options, facts

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_step_has_a_row() -> None:
    assert list(FLOW) == list(Step)


def test_every_step_leads_only_to_steps() -> None:
    for step, row in FLOW.items():
        assert all(isinstance(target, Step) for target in row.leads_to), step
        assert step not in row.leads_to, f"{step}: staying needs no listing"
    for move in ANYWHERE:
        assert all(isinstance(target, Step) for target in move.leads_to), move


def test_every_step_can_be_reached_from_the_greeting() -> None:
    anywhere = {target for move in ANYWHERE for target in move.leads_to}
    reached, todo = {Step.GREETING}, [Step.GREETING]
    while todo:
        for target in {*FLOW[todo.pop()].leads_to, *anywhere} - reached:
            reached.add(target)
            todo.append(target)
    assert reached == set(Step)


def test_every_step_but_the_last_leads_on() -> None:
    ends = {step for step, row in FLOW.items() if not row.leads_to}
    assert ends == {Step.COMPLETED, Step.HANDOFF}  # a person, or a specialist, moves them on


def test_a_move_the_row_does_not_list_raises() -> None:
    m = begin(Dialogue(step=Step.VERIFY), facts())
    with pytest.raises(UnlistedMove, match="VERIFY -> OPTIONS is not in the table"):
        m.go(Step.OPTIONS)
    assert m.dialogue.step is Step.VERIFY


def test_a_handler_moving_where_its_row_does_not_lead_raises() -> None:
    # The income question's own handler, with EXPENSES struck from its row.
    m = Move(Dialogue(step=Step.INCOME), facts(), {**ROUTES, Step.INCOME: {}})
    heard = Interpretation(meaning="amount", confidence=1.0, amount=Decimal(12000))
    with pytest.raises(UnlistedMove, match="INCOME -> EXPENSES"):
        FLOW[Step.INCOME].on_text(m, "12000", heard)
    m = Move(Dialogue(step=Step.INCOME), facts(), ROUTES)
    FLOW[Step.INCOME].on_text(m, "12000", heard)
    assert m.dialogue.step is Step.EXPENSES


def test_staying_at_a_step_is_always_allowed() -> None:
    m = begin(Dialogue(step=Step.MISSED), facts())
    m.go(Step.MISSED)
    assert m.dialogue.step is Step.MISSED and m.ask


def test_an_anywhere_move_is_allowed_only_while_it_is_made() -> None:
    m = begin(Dialogue(step=Step.INCOME, verified=True), facts())
    with pytest.raises(UnlistedMove):
        m.handoff(HandoffReason.ASKED_FOR_PERSON)  # INCOME's own row leads to EXPENSES only
    m.anywhere_move(PERSON_ASKED)
    m.handoff(HandoffReason.ASKED_FOR_PERSON)
    assert m.dialogue.step is Step.HANDOFF and m.dialogue.resume_step is Step.INCOME
    conclude(m)
    assert m.also == ()  # the step's question is asked under its row alone


def test_a_button_the_row_does_not_take_raises() -> None:
    m = begin(Dialogue(step=Step.INCOME, verified=True), facts())
    m.say("ask_income", Choice(Answer.YES, _("Yes")))
    with pytest.raises(UnlistedChoice, match="INCOME offered"):
        conclude(m)


def test_buttons_taken_anywhere_may_be_offered_anywhere() -> None:
    m = begin(Dialogue(step=Step.INCOME, verified=True), facts())
    m.say("choose_language", Choice(LanguageChoice("hu"), _("Magyar")))
    m.say("offer_person", Choice(Answer.PERSON, _("Talk to a person")))
    assert [to_data(v) for v in conclude(m).dialogue.choices] == ["lang:hu", "person"]


# --- choices and their callback data ---------------------------------------------------------

VALUES: list[tuple[ChoiceValue, str]] = [
    (Answer.PERSON, "person"),
    (Answer.MONEY_CHECK_NO, "money_check_no"),
    (CauseChoice(Cause.JOB_LOSS), "cause:job_loss"),
    (OptionChoice("holiday-3-24"), "option:holiday-3-24"),
    (OptionChoice("pay_now"), "option:pay_now"),
    (RecoveryChoice(0), "months:0"),
    (RecoveryChoice(6), "months:6"),
    (LanguageChoice("hu"), "lang:hu"),
]


@pytest.mark.parametrize(("value", "data"), VALUES)
def test_a_choice_is_written_as_its_callback_data_and_read_back(
    value: ChoiceValue, data: str
) -> None:
    assert to_data(value) == data
    assert from_data(data) == value
    assert type(from_data(data)) is type(value)


@pytest.mark.parametrize(
    "data",
    [
        "",
        ":",
        "Person",
        "person ",
        "nonsense",
        "cause:",
        "cause:bored",
        "option:",
        "option:Evil",
        "option:a b",
        "option:" + "k" * 25,
        "months:",
        "months:-1",
        "months:06",
        "months:+6",
        "months:٦",
        "months:1000",
        "lang:",
        "lang:h u",
        "person:x",
        "wish:money",
    ],
)
def test_malformed_or_forged_data_reads_as_nothing(data: str) -> None:
    assert from_data(data) is None


@pytest.mark.parametrize(
    "make",
    [
        lambda: OptionChoice(""),
        lambda: OptionChoice("has:colon"),
        lambda: RecoveryChoice(-1),
        lambda: LanguageChoice("HU"),
    ],
)
def test_a_value_no_button_can_carry_is_refused_when_made(make: object) -> None:
    with pytest.raises(ValueError):
        make()  # type: ignore[operator]


def test_the_longest_button_fits_telegrams_64_bytes_with_any_conversation_and_turn() -> None:
    longest = to_data(OptionChoice("k" * 24))
    assert len(longest.encode()) == MAX_DATA_BYTES
    packed = ChoiceData(conversation=2**63 - 1, turn=2**31 - 1, value=longest).pack()
    assert len(packed.encode()) <= 64


def test_every_button_offered_on_the_way_to_the_options_fits() -> None:
    chat = at_options()
    seen = {to_data(value) for value in chat.c.choices}
    for outcome in chat.outcomes:
        seen |= {choice.data for reply in outcome.replies for choice in reply.choices}
    assert all(from_data(data) is not None for data in seen)
    assert max(len(data.encode()) for data in seen) <= MAX_DATA_BYTES


# --- the diagram -----------------------------------------------------------------------------


def test_the_readme_diagram_is_the_one_drawn_from_the_table() -> None:
    text = README.read_text(encoding="utf-8")
    assert diagram.block() in text, "run: .venv/bin/python -m dialogs.diagram --write README.md"
    assert diagram.replaced(text) == text


def test_the_diagram_draws_every_step_and_every_move() -> None:
    drawn = diagram.mermaid()
    assert drawn.startswith("flowchart TD\n")
    lines = drawn.splitlines()
    for step, row in FLOW.items():
        assert f'    {step.name}["{step.name}<br/>{row.asks}"]' in lines
        for target, when in row.leads_to.items():
            assert f'    {step.name} -->|"{when}"| {target.name}' in lines
    for move in ANYWHERE:
        shown = [line for line in lines if move.when in line]
        assert shown, move  # each anywhere-move is drawn, with where it leads
        assert (
            all(line.endswith(f"| {target.name}") for line in shown for target in move.leads_to)
            or move.back
        )


def test_the_diagram_command_prints_and_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert diagram.main([]) == 0
    assert capsys.readouterr().out == diagram.mermaid()
    readme = tmp_path / "README.md"
    readme.write_text(f"# x\n\n{diagram.BEGIN}\nold drawing\n{diagram.END}\n\nafter\n")
    assert diagram.main(["--write", str(readme)]) == 0
    assert readme.read_text() == f"# x\n\n{diagram.block()}\n\nafter\n"
    readme.write_text("no markers\n")
    assert diagram.main(["--write", str(readme)]) == 1
    assert readme.read_text() == "no markers\n"


def test_the_understanding_layer_asks_only_questions_the_table_has() -> None:
    """The layer names its questions apart from the flow (it is imported by the desk too, and
    must not import the flow): each is a step of the table, and each step maps to one."""
    steps = {step.value for step in Step}
    assert {q.value for q in Question if q is not Question.NOTHING} <= steps
    for step in FLOW:
        question = Question.at(step.value)
        assert question is Question.NOTHING or question.value in (step.value, "cause"), step
