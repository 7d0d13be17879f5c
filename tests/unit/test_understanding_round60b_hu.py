"""Families of round 60 in Hungarian (second lane), in words of our own.

Dispute: a deposit taken and never given back ("a letétet sosem utalták vissza"); a fee refused
with "nem fogadom el" and named a few words on ("nem fogadom el, benne van a kamat is"); a fee
put on although it was promised to be let go ("rám rakták a díjat, pedig megígérték, hogy
elengedik"). Near-misses: a deposit given back, a plan refused for its size, are no dispute.

Request: the notifications turned off in the familiar imperative ("kapcsold ki az sms-eket"),
beside a time of day that would be read as months at the recovery question: the request wins.
Near-miss: the time alone is no request (since round 64 no count of months either: asked
again).

Read: at the counter-offer, the pay named as what the offer comes out of ("a fizumból 10-et
tudok"): the figure offered. Near-miss: the pay said alone ("a nyugdíjam 190, ennyi") is
still asked again.
Read: one's own figure, then the partner's named with the possessive and said not to be one's
own ("190 körül, a férjemé 300, de az nem az enyém"): one's own. Near-miss: without the words
that it is not one's own, two figures are asked again.
Read: this year's or last year's money, then the month's share worked out ("idén 1,8 millió
lett, az havi 150"): the month's. Near-miss: the year's figure alone is read as before.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import Question, understanding
from dialogs.understanding.rules import AmountProblem, AmountReading
from dialogs.understanding.rules.safety import signals_dispute
from tests.support.amounts import read_as_asked

#: (text, language, question, the amount read)
READ: list[tuple[str, str, str, str]] = [
    # the offer paid out of the pay
    ("a fizumból 12 ezret tudok havonta", "hu", "counter", "12000"),
    ("a nyugdijambol 6 ezret tudnek", "hu", "counter", "6000"),
    # one's own, then the partner's said not to be one's own
    ("nagyjából 240, a feleségemé 310, de az nem az enyém", "hu", "income", "240000"),
    ("kb 175, a páromé 120 de az nem az enyém", "hu", "expenses", "175000"),
    # a year's money, then the month's share worked out
    ("diót szedek, idén 1,8 millió lett, az havi 150", "hu", "income", "150000"),
    ("tavaly 3 millió jött be, vagyis havi 250", "hu", "income", "250000"),
    # near-miss kept as it was: the year's figure alone
    ("idén 1,8 millió lett", "hu", "income", "1800000"),
]

#: (text, language, question)
ASKED_AGAIN: list[tuple[str, str, str]] = [
    # near-miss kept as it was: the pay said alone at the counter-offer
    ("a nyugdíjam 185, ennyi van", "hu", "counter"),
    # near-miss kept as it was: the partner's figure not said to be another's
    ("nagyjából 240, a feleségemé 310", "hu", "income"),
]

#: (text, whether it disputes the debt)
DISPUTE = [
    ("a lakásnál a letétet sosem utalták vissza, azt nem fizetem ki", True),
    ("a bérautós cég 50 ezer kauciót zárolt, és máig nem adta vissza", True),
    ("nem fogadom el, mert a múlt heti kamat is benne van", True),
    ("a kezelési díjat rám tették, pedig megígérték, hogy elengedik", True),
    # near-misses: a deposit given back, a plan refused for its size
    ("a kaució 100 ezer volt, azt visszaadták", False),
    ("nem fogadom el, havi 40 túl sok nekem", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "question", "amount"), READ)
def test_round_60b_hu_money_is_read(text: str, language: str, question: str, amount: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(("text", "language", "question"), ASKED_AGAIN)
def test_round_60b_hu_money_is_asked_again(text: str, language: str, question: str) -> None:
    assert read_as_asked(text, language, question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(("text", "disputed"), DISPUTE)
def test_round_60b_hu_dispute_is_heard(text: str, disputed: bool) -> None:
    assert signals_dispute(text) is disputed


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        ("este 9kor már alszom, kapcsold ki az sms-eket légyszi", "stop_reminders"),
        ("kapcsold ki kérlek az értesítéseket, ne hajnali 5kor jöjjenek", "stop_reminders"),
        # near-miss: the time alone, no request (an hour, not 7 months, since round 64)
        ("reggel 7kor", None),
    ],
)
def test_round_60b_hu_reminders_stopped_beside_a_time(text: str, meaning: str | None) -> None:
    assert understanding().interpret(text, Question.RECOVERY, "hu").meaning == meaning
