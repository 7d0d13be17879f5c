"""The negotiation typed from the greeting to the agreement, and what is heard at every step.

These messages are written for these tests: none is a training example or an evaluation text.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from bot.config import load_settings
from bot.texts import Texts
from dialogs import effects as fx
from dialogs import flow
from dialogs.domain.vocabulary import Cause, HandoffReason
from dialogs.flow import unclear
from dialogs.state import Step
from dialogs.understanding import Interpretation
from tests.support.english import english_leaks
from tests.unit.test_dialogue import ACCOUNT, Chat, at_options, verified

#: A whole negotiation per language, typed: (message, the step it leads to).
JOURNEYS = {
    "en": [
        ("hi", Step.VERIFY),
        ("its 4321", Step.CAUSE),
        ("they cut my hours at the warehouse so im earning less", Step.INCOME),
        ("about 12000 a month now", Step.EXPENSES),
        ("rent and food come to 6000", Step.OTHER_DEBTS),
        ("nothing else", Step.TEMPORARY),
        ("nope, this is how it is now", Step.OPTIONS),
        ("i'll take the first one", Step.DETAIL),
        ("yes that one", Step.AGREEMENT),
        ("yes I agree", Step.AGREED),
    ],
    "hu": [
        ("szia", Step.VERIFY),
        ("4321 a vége", Step.CAUSE),
        ("csokkentettek a fizetesemet", Step.INCOME),
        ("12000", Step.EXPENSES),
        ("kb 6000 megy el havonta", Step.OTHER_DEBTS),
        ("nincs más hitelem", Step.TEMPORARY),
        ("nem, ez marad így", Step.OPTIONS),
        ("az elsőt kérem", Step.DETAIL),
        ("igen, ezt választom", Step.AGREEMENT),
        ("elfogadom", Step.AGREED),
    ],
    "zh": [
        ("你好", Step.VERIFY),
        ("尾号4321", Step.CAUSE),
        ("公司降薪了收入少了", Step.INCOME),
        ("一万二", Step.EXPENSES),
        ("每个月开销六千左右", Step.OTHER_DEBTS),
        ("没有别的贷款", Step.TEMPORARY),
        ("不是暂时的", Step.OPTIONS),
        ("选第一个", Step.DETAIL),
        ("好的就这个", Step.AGREEMENT),
        ("我同意", Step.AGREED),
    ],
}


@pytest.mark.parametrize("language", sorted(JOURNEYS))
def test_a_whole_negotiation_can_be_typed(language: str) -> None:
    chat = Chat()
    chat.c.language = language
    for text, expected in JOURNEYS[language]:
        if chat.c.step is Step.GREETING:
            chat.start()
            continue
        chat.say(text)
        assert chat.c.step is expected, (text, chat.templates())
    assert len(chat.effects(fx.AcceptAgreement)) == 1
    assert chat.c.cause is Cause.REDUCED_INCOME


@pytest.mark.parametrize(
    ("step_text", "dispute"),
    [
        ("12000", "this is not my debt, I never had this card"),
        ("12000", "ez nem az én tartozásom"),
        ("12000", "这笔钱不是我欠的"),
    ],
)
def test_a_dispute_is_heard_at_the_income_question(step_text: str, dispute: str) -> None:
    chat = verified()
    chat.tap("cause:job_loss")
    assert chat.c.step is Step.INCOME
    chat.say(dispute)
    assert chat.c.step is Step.HANDOFF
    assert chat.c.handoff_reason is HandoffReason.DISPUTE
    assert "dispute" in chat.templates()


def test_distress_in_hungarian_goes_to_a_person_first() -> None:
    chat = verified()
    chat.c.language = "hu"
    chat.say("nem látok kiutat, véget akarok vetni mindennek")
    assert chat.c.step is Step.HANDOFF
    assert chat.c.handoff_reason is HandoffReason.VULNERABILITY
    assert chat.effects(fx.Handoff)[-1].urgent  # type: ignore[attr-defined]


@pytest.mark.parametrize("refusal", ["I don't agree", "no wait", "不同意", "nem fogadom el"])
def test_a_refusal_at_the_agreement_is_never_an_acceptance(refusal: str) -> None:
    chat = at_options()
    chat.tap(chat.c.choices[0])
    chat.tap("choose")
    assert chat.c.step is Step.AGREEMENT
    chat.say(refusal)
    assert not chat.effects(fx.AcceptAgreement)
    assert chat.c.step is Step.OPTIONS


def test_a_message_not_understood_is_recorded_with_its_step() -> None:
    chat = verified()
    chat.say("qwfp zxcv")
    assert chat.c.step is Step.CAUSE
    assert chat.effects(fx.RecordMiss) == [fx.RecordMiss("cause", "qwfp zxcv")]


def test_an_unsure_reading_offers_the_likely_answers_as_buttons(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chat = verified()
    chat.tap("cause:job_loss")
    chat.say("12000")
    chat.say("6000")
    chat.say("0")
    assert chat.c.step is Step.TEMPORARY
    unsure = Interpretation(meaning=None, confidence=0.5, suggestions=("no", "unsure"))
    monkeypatch.setattr(flow, "interpret", lambda *_, **__: unsure)
    chat.say("well the shop might reopen who knows")
    assert chat.templates() == ["did_you_mean"]
    assert chat.c.choices == ["no", "person"]  # "unsure" has no button at this question
    assert chat.c.step is Step.TEMPORARY and chat.c.temporary is None
    assert chat.effects(fx.RecordMiss)[-1] == fx.RecordMiss(
        "temporary", "well the shop might reopen who knows"
    )
    chat.tap("no")
    assert chat.c.step is Step.OPTIONS


def test_a_guess_below_the_floor_asks_again_instead(monkeypatch: pytest.MonkeyPatch) -> None:
    chat = verified()
    lottery = Interpretation(meaning=None, confidence=0.1, suggestions=("job_loss", "illness"))
    monkeypatch.setattr(flow, "interpret", lambda *_, **__: lottery)
    chat.say("hmm")
    assert chat.templates() == ["not_understood", "ask_cause"]


@pytest.mark.parametrize("language", ["hu", "zh"])
@pytest.mark.parametrize(
    ("step_taps", "suggestions"),
    [
        (["cause:job_loss", "12000", "6000", "0"], ("yes", "no")),
        ([], ("job_loss", "illness", "person")),
    ],
)
def test_did_you_mean_speaks_only_the_cardholders_language(
    language: str, step_taps: list[str], suggestions: tuple[str, ...]
) -> None:
    chat = verified()
    chat.c.language = language
    for answer in step_taps:
        if answer in chat.offered:
            chat.tap(answer)
        else:
            chat.say(answer)
    m = flow.begin(chat.c, chat.facts)
    unclear(m, Interpretation(meaning=None, confidence=0.5, suggestions=suggestions))
    [reply] = m.replies
    assert reply.template == "did_you_mean"
    assert len(reply.choices) >= 2  # the likely answers, and a person
    texts = Texts(load_settings().bank)
    shown = "\n".join(
        [texts.render(reply, language)] + [texts.label(c.label, language) for c in reply.choices]
    )
    assert not english_leaks(shown.lower()), shown


def test_a_bare_number_is_read_in_the_accounts_currency() -> None:
    """In forints "kézhez 245" is 245,000; in yuan the same digits are 245."""
    forints = verified(account=dataclasses.replace(ACCOUNT, currency="HUF"))
    forints.c.language = "hu"
    forints.tap("cause:job_loss")
    forints.say("kézhez 245")
    assert forints.c.income == Decimal(245000)
    yuan = verified()
    yuan.c.language = "zh"
    yuan.tap("cause:job_loss")
    yuan.say("245")
    assert yuan.c.income == Decimal(245)
