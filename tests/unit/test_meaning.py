"""What a cardholder meant at each question: safety first, money never guessed, no false "yes".

The messages here are written for these tests, not taken from the examples the classifier learns
from (dialogs/understanding/examples/) nor from the evaluation set (tests/evaluation/, which is
only loaded to check that none of its texts is a training example).
"""

from __future__ import annotations

import json
import re
import tomllib
from decimal import Decimal
from importlib import resources
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.evaluation import (
    EVALUATED_CURRENCY,
    TARGETS,
    evaluate,
    load_cases,
    same_meaning,
    shortfalls,
    withheld_keys,
)
from dialogs.domain.vocabulary import LANGUAGES
from dialogs.understanding import meaning
from dialogs.understanding.classifier import (
    Classifier,
    example_files,
    features,
    is_withheld,
    lesson,
    load_examples,
    message_files,
    nonsense,
    overlap_key,
    prepare,
    withheld,
)
from dialogs.understanding.meaning import (
    ANYWHERE,
    CONFIDENT,
    MONEY,
    TABLES,
    Interpretation,
    Question,
    ShownOffer,
    interpret,
    understanding,
)
from dialogs.understanding.rules import (
    AmountProblem,
    normal_form,
    signals_dispute,
    signals_distress,
)

ROOT = Path(__file__).resolve().parents[2]
MESSAGES_FOLDER = ROOT / "dialogs" / "understanding" / "examples" / "messages"
QUESTIONS = [q for q in Question if q is not Question.NOTHING]
#: The options of tests/evaluation/README.md, in order.
OFFERS = (
    ShownOffer("pay_now", 1),
    ShownOffer("instalment", 6),
    ShownOffer("instalment", 12),
    ShownOffer("hardship", 24),
    ShownOffer("settlement", 1),
    ShownOffer("holiday", 12),
)


def read(text: str, question: Question | str, language: str) -> Interpretation:
    offers = OFFERS if question == Question.OPTIONS else ()
    return interpret(text, question, language, offers=offers)


# --- Safety: distress and dispute at every question ----------------------------------------------

DISTRESS = {
    "en": [
        "honestly i want to end my life",
        "i can't cope with this any more, what's the point",
        "sometimes i think everyone would be better off if i was dead",
        "there is no way out of this for me",
    ],
    "hu": [
        "legszívesebben megölném magam",
        "nem bírom tovább ezt az egészet",
        "semmi értelme már élni",
        "kilátástalan minden, feladom",
    ],
    "zh": [
        "我真的不想活了",
        "压力太大了，我撑不下去",
        "感觉走投无路，想一了百了",
        "活着真的没意思",
    ],
}
DISPUTE = {
    "en": [
        "this card was never mine",
        "somebody opened this account using my identity",
        "i do not owe this, it is fraud",
        "these purchases weren't made by me",
    ],
    "hu": [
        "ez a kártya sosem volt az enyém",
        "csalás, én ezt nem költöttem",
        "nem az én tartozásom, vitatom",
        "ellopták a kártyámat tavaly",
    ],
    "zh": [
        "这张卡根本不是我的",
        "有人冒用我的身份办的卡",
        "这些消费都不是我刷的",
        "我对这笔欠款有异议，不是我借的",
    ],
}


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize(
    ("language", "text"), [(lang, t) for lang, texts in DISTRESS.items() for t in texts]
)
def test_distress_is_heard_at_every_question(question: Question, language: str, text: str) -> None:
    assert read(text, question, language).meaning == "distress"


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize(
    ("language", "text"), [(lang, t) for lang, texts in DISPUTE.items() for t in texts]
)
def test_a_dispute_is_heard_at_every_question(question: Question, language: str, text: str) -> None:
    assert read(text, question, language).meaning == "dispute"


@pytest.mark.parametrize(
    ("question", "text", "language"),
    [
        (Question.INCOME, "i earn 800 and honestly i want to die", "en"),
        (Question.VERIFY, "9921 but i can't go on like this", "en"),
        (Question.AGREEMENT, "elfogadom, de már nem akarok élni", "hu"),
        (Question.COUNTER, "每月300，我真的活不下去了", "zh"),
        (Question.OPTIONS, "2, but this is not my debt anyway", "en"),
    ],
)
def test_distress_and_dispute_take_precedence_over_an_answer(
    question: Question, text: str, language: str
) -> None:
    assert read(text, question, language).meaning in ("distress", "dispute")


def test_an_amount_beside_a_doubt_about_the_debt_is_not_taken() -> None:
    """Money is never guessed: an amount in a message that may be disputing the debt is heard
    as the dispute or asked again, never taken as the answer."""
    heard = read("some of these charges look strange, income 2400", Question.INCOME, "en")
    assert heard.meaning in ("dispute", "ambiguous")
    owned = read("tudom hogy az enyém. 190 ezer", Question.INCOME, "hu")
    assert owned.amount == Decimal("190000")


def test_a_missed_payment_claimed_paid_is_not_a_dispute() -> None:
    assert read("i already paid that on monday", Question.MISSED, "en").meaning == "claim_paid"
    assert read("már tegnap kifizettem", Question.MISSED, "hu").meaning == "claim_paid"


#: Said inside an ordinary answer, colloquially, with typos, Hungarian without accents, Chinese
#: with a character typed for another that sounds alike (绝忘 for 绝望, 紫砂 for 自杀).
SAFETY_IN_AN_ANSWER = [
    ("distress", "en", "maybe 600, honestly nothing will ever be ok again"),
    ("distress", "en", "1200 i guess, im so tired of living like this"),
    ("distress", "en", "i wont even be around by then"),
    ("distress", "en", "the second one, im just so hopeles"),
    ("distress", "hu", "kb 80 ezer, de mar eletkedvem sincs"),
    ("distress", "hu", "soha tobbe nem lesz jo semmi"),
    ("distress", "hu", "igen, csak sirok egesz nap"),
    ("distress", "hu", "neha bantom magam emiatt"),
    ("distress", "zh", "三千，但我天天以泪洗面"),
    ("distress", "zh", "我感觉好绝忘"),
    ("distress", "zh", "同意吧，反正人生就这样完了"),
    ("distress", "zh", "有时候想紫砂"),
    ("distress", "en", "about 300, i can barely function these days"),
    ("distress", "en", "i'm in pieces since the redundancy"),
    ("distress", "en", "the business went and i'm a complete wreck"),
    ("distress", "en", "honestly i'm barely holding it together"),
    ("distress", "en", "my life has fallen apart this year"),
    ("dispute", "en", "1500 but somebody else's purchases are on it"),
    ("dispute", "en", "the amount is wrong, check it"),
    ("dispute", "en", "no, i never borrowed that money"),
    ("dispute", "hu", "ez a tartozas valaki mase"),
    ("dispute", "hu", "100 ezer, de nem stimmel az egyenleg"),
    ("dispute", "hu", "meg fogom tamadni birosagon"),
    ("dispute", "hu", "ez mar 2018-ban rendezve lett"),
    ("dispute", "zh", "两千，但是金额对不上"),
    ("dispute", "zh", "这笔是别人借的"),
    ("dispute", "zh", "有人用我的身份证借的"),
]


@pytest.mark.parametrize("question", [q for q in QUESTIONS if q is not Question.MISSED])
@pytest.mark.parametrize(("expect", "language", "text"), SAFETY_IN_AN_ANSWER)
def test_safety_said_colloquially_is_heard_at_every_question(
    question: Question, expect: str, language: str, text: str
) -> None:
    assert read(text, question, language).meaning == expect


#: Near the words of distress or dispute, and neither: cannot afford is not crisis, an app that
#: crashes is not a person breaking down, owing no one else is not denying this debt.
NOT_SAFETY = [
    (Question.DECLINED, "en", "let me propose my own amount, desperate to get this sorted"),
    (Question.OTHER_DEBTS, "en", "i dont owe money to anyone else"),
    (Question.INCOME, "en", "i'm stressed but managing, about 2000"),
    (Question.DETAIL, "hu", "nem bírom ezt a részletet kifizetni, vissza"),
    (Question.AGREEMENT, "hu", "nem, ennyit nem bírok fizetni havonta"),
    (Question.OTHER_DEBTS, "hu", "másnak nem tartozom semmivel"),
    (Question.MISSED, "zh", "怎么付款？系统老是崩溃"),
    (Question.OTHER_DEBTS, "zh", "我不欠别人钱"),
    (Question.INCOME, "zh", "压力有点大但还行，大概四千"),
    (Question.EXPENSES, "en", "i can't function without my car, so 200 on petrol"),
    (Question.COUNTER, "en", "i'm paying it in bits, 40 a month"),
    (Question.EXPENSES, "en", "the boiler went to pieces, 300 a month on repairs"),
    (Question.OTHER_DEBTS, "en", "on the edge of my overdraft, 50 a month"),
    (Question.COUNTER, "en", "no way i can get through this month on more than 60"),
]


@pytest.mark.parametrize(("question", "language", "text"), NOT_SAFETY)
def test_near_misses_are_not_taken_for_distress_or_a_dispute(
    question: Question, language: str, text: str
) -> None:
    assert not signals_distress(text)
    assert not signals_dispute(text)
    assert read(text, question, language).meaning not in ("distress", "dispute")


# --- The agreement: a refusal is never an acceptance -------------------------------------------

REFUSALS = {
    "en": [
        "i don't agree to this",
        "no, wait a second",
        "not yet please",
        "hmm, can i think about it",
        "ok but what about the fees?",
        "yes but only if i can change the date",
        "take me back to the plan list",
        "i do not accept these terms",
        "no thanks",
        "agree? no",
    ],
    "hu": [
        "nem fogadom el ezt",
        "várjunk még",
        "nem értek egyet vele",
        "igen, de előbb módosítanék",
        "még gondolkodnék rajta",
        "inkább másik tervet",
        "nem",
    ],
    "zh": [
        "我不同意这个",
        "等一等",
        "不接受",
        "先不签",
        "好是好，但是能换一个吗",
        "同意吗？我再想想",
        "不",
    ],
}
ACCEPTANCES = {
    "en": ["i agree", "yes, i accept the agreement", "agreed, let's do it"],
    "hu": ["elfogadom", "igen, minden feltételt elfogadok", "egyetértek vele"],
    "zh": ["我同意", "确认", "同意，就这样"],
}


@pytest.mark.parametrize(
    ("language", "text"), [(lang, t) for lang, texts in REFUSALS.items() for t in texts]
)
def test_a_refusal_is_never_read_as_acceptance(language: str, text: str) -> None:
    got = read(text, Question.AGREEMENT, language)
    assert got.meaning != "accept"
    assert "accept" not in got.suggestions or got.meaning is None


@pytest.mark.parametrize(
    ("language", "text"), [(lang, t) for lang, texts in REFUSALS.items() for t in texts]
)
def test_a_refusal_at_the_agreement_declines(language: str, text: str) -> None:
    assert read(text, Question.AGREEMENT, language).meaning == "decline"


@pytest.mark.parametrize(
    ("language", "text"), [(lang, t) for lang, texts in ACCEPTANCES.items() for t in texts]
)
def test_an_unambiguous_yes_accepts(language: str, text: str) -> None:
    assert read(text, Question.AGREEMENT, language).meaning == "accept"


@pytest.mark.parametrize("prefix", ["no ", "wait, ", "not ", "nem, ", "不，", "等等，"])
@pytest.mark.parametrize("accepting", ["i agree", "elfogadom", "我同意", "ok let's go"])
def test_an_acceptance_with_a_refusal_in_front_is_not_taken(prefix: str, accepting: str) -> None:
    for language in LANGUAGES:
        assert read(prefix + accepting, Question.AGREEMENT, language).meaning != "accept"


# --- Causes --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "cause"),
    [
        ("my mother had a heart attack and i flew over to her", "en", "family_emergency"),
        ("my husband is in hospital with pneumonia", "en", "family_emergency"),
        ("az apósom agyvérzést kapott", "hu", "family_emergency"),
        ("a kisfiam kórházba került", "hu", "family_emergency"),
        ("我女儿住院做手术了", "zh", "family_emergency"),
        ("i had pneumonia myself and was off work", "en", "illness"),
        ("kórházban feküdtem két hétig", "hu", "illness"),
        ("我自己住院了一个月", "zh", "illness"),
        ("they made my whole team redundant", "en", "job_loss"),
        ("felmondtak a munkahelyemen", "hu", "job_loss"),
        ("公司裁员把我裁了", "zh", "job_loss"),
        ("my hours got cut in half this spring", "en", "reduced_income"),
        ("my bakery has had no customers since the roadworks", "en", "business_trouble"),
        ("teljesen kiment a fejemből a befizetés", "hu", "forgot"),
        ("我搬家花了一大笔钱", "zh", "other"),
        ("Something else", "en", "other"),
        ("3", "en", "illness"),  # the third button
    ],
)
def test_causes(text: str, language: str, cause: str) -> None:
    assert read(text, Question.CAUSE, language).meaning == cause


# --- Money: read exactly or not at all ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [
        ("three thousand", "en", Decimal(3000)),
        ("i get about two grand after tax", "en", Decimal(2000)),
        ("twenty-five hundred a month", "en", Decimal(2500)),
        ("one hundred and fifty", "en", Decimal(150)),
        ("kétszázezer", "hu", Decimal(200000)),
        ("ötvenezret keresek", "hu", Decimal(50000)),
        ("egymillió forint", "hu", Decimal(1000000)),
        ("százhúszezer", "hu", Decimal(120000)),
        ("三千五", "zh", Decimal(3500)),
        ("每月一万二左右", "zh", Decimal(12000)),
        ("I earn about 1800 after tax", "en", Decimal(1800)),
        ("nettó 240 ezer jön be havonta", "hu", Decimal(240000)),
        ("税后大概6500", "zh", Decimal(6500)),
    ],
)
def test_amounts_in_words_and_sentences(text: str, language: str, amount: Decimal) -> None:
    got = read(text, Question.INCOME, language)
    assert got.amount == amount
    assert got.meaning == f"{amount.normalize():f}"


@pytest.mark.parametrize(
    ("text", "language"),
    [("none whatsoever", "en"), ("nothing", "en"), ("nincs", "hu"), ("没有", "zh"), ("无", "zh")],
)
def test_none_is_zero_at_the_money_questions(text: str, language: str) -> None:
    for question in (Question.INCOME, Question.OTHER_DEBTS):
        got = read(text, question, language)
        assert (got.meaning, got.amount) == ("0", Decimal(0))


def test_no_is_zero_other_debts() -> None:
    assert read("nope", Question.OTHER_DEBTS, "en").meaning == "0"
    assert read("nem", Question.OTHER_DEBTS, "hu").meaning == "0"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("1500 or 1600", "en"),
        ("somewhere between 900 and 1100", "en"),
        ("a few hundred", "en"),
        ("pár ezer", "hu"),
        ("150-200 ezer", "hu"),
        ("三四千", "zh"),
        ("几千块", "zh"),
        ("it changes every month", "en"),
    ],
)
def test_money_is_never_guessed(text: str, language: str) -> None:
    for question in (Question.INCOME, Question.EXPENSES, Question.COUNTER):
        got = read(text, question, language)
        assert got.meaning == "ambiguous"
        assert got.amount is None
        assert got.amount_problem in (AmountProblem.AMBIGUOUS, AmountProblem.NOT_A_NUMBER)
        assert got.suggestions == ()


# --- The card's digits -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "digits"),
    [
        ("the card ends in 4471", "en", "4471"),
        ("last four digits are 0093 i think", "en", "0093"),
        ("尾号是5521", "zh", "5521"),
        ("卡号后四位：8310", "zh", "8310"),
        ("3390-re végződik", "hu", "3390"),
        ("a kártyám utolsó négy száma 7702", "hu", "7702"),
        ("6 6 0 1", "en", "6601"),
    ],
)
def test_card_digits_in_a_sentence(text: str, language: str, digits: str) -> None:
    got = read(text, Question.VERIFY, language)
    assert (got.meaning, got.digits) == (digits, digits)


def test_two_groups_of_digits_are_not_read() -> None:
    assert read("either 1234 or 4321", Question.VERIFY, "en").digits is None


# --- When income recovers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "months"),
    [
        ("next month hopefully", "en", 1),
        ("a few weeks from now", "en", 1),
        ("in 2-3 months", "en", 3),
        ("half a year", "en", 6),
        ("fél év múlva", "hu", 6),
        ("1-2 hónap múlva", "hu", 2),
        ("jövő hónapban talán", "hu", 1),
        ("一两个月以后", "zh", 2),
        ("下个月吧", "zh", 1),
        ("三个月后", "zh", 3),
    ],
)
def test_recovery_months(text: str, language: str, months: int) -> None:
    got = read(text, Question.RECOVERY, language)
    assert (got.meaning, got.months) == (str(months), months)


@pytest.mark.parametrize(
    ("text", "language"),
    [("no clue honestly", "en"), ("ki tudja még", "hu"), ("真说不准", "zh"), ("dunno", "en")],
)
def test_recovery_unsure(text: str, language: str) -> None:
    assert read(text, Question.RECOVERY, language).meaning == "unsure"


# --- Is it temporary? ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "answer"),
    [
        ("Yes, it is temporary", "en", "yes"),  # the button's words, typed
        ("its just temporary i think", "en", "yes"),
        ("not permanent, no", "en", "yes"),
        ("i'm afraid not", "en", "no"),
        ("no, it's for good", "en", "no"),
        ("nope not temporary at all", "en", "no"),
        ("csak átmenetileg", "hu", "yes"),
        ("nem átmeneti sajnos", "hu", "no"),
        ("nem tartós remélem", "hu", "yes"),
        ("是暂时的吧", "zh", "yes"),
        ("不是暂时的，是长期的", "zh", "no"),
        ("still too early to say", "en", "unsure"),
        ("fogalmam sincs még", "hu", "unsure"),
        ("真的不好说", "zh", "unsure"),
    ],
)
def test_temporary(text: str, language: str, answer: str) -> None:
    assert read(text, Question.TEMPORARY, language).meaning == answer


# --- The options ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected", "option"),
    [
        ("4", "en", "4", 4),
        ("option two please", "en", "2", 2),
        ("a harmadikat", "hu", "3", 3),
        ("第五个", "zh", "5", 5),
        ("the twelve month instalments", "en", "instalment:12", 3),
        ("12 havi részletben", "hu", "instalment:12", 3),
        ("分6期吧", "zh", "instalment:6", 2),
        ("the one with no interest", "en", "hardship", 4),
        ("a kamatmentes változatot kérném", "hu", "hardship", 4),
        ("选不要利息的分期", "zh", "hardship", 4),
        ("i'd like the three month pause", "en", "holiday", 6),
        ("暂停三个月那个", "zh", "holiday", 6),
        ("kedvezménnyel rendezném egyben", "hu", "settlement", 5),
        ("i'll pay the whole lot now", "en", "pay_now", 1),
        # A term said alone in words or as "the 24 one" (never an own amount of 24).
        ("twelve", "en", "instalment:12", 3),
        ("so the 24 one", "en", "hardship", 4),
        ("i'll go with the 24 interest free one", "en", "hardship", 4),
        ("the 2 one", "en", "2", 2),
    ],
)
def test_an_option_picked_by_number_or_by_what_it_is(
    text: str, language: str, expected: str, option: int
) -> None:
    got = read(text, Question.OPTIONS, language)
    assert (got.meaning, got.option) == (expected, option)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("could i do 120 a month", "en", "amount:120"),
        ("havi 30 ezret tudnék", "hu", "amount:30000"),
        ("每月只能还400", "zh", "amount:400"),
        ("can i suggest my own number", "en", "counter"),
        ("none of those are possible for me", "en", "none"),
        ("egyik sem jó", "hu", "none"),
        ("semelyiket nem tudnám fizetni", "hu", "none"),  # the word itself, not left to learning
    ],
)
def test_an_own_amount_or_none_at_the_options(text: str, language: str, expected: str) -> None:
    assert read(text, Question.OPTIONS, language).meaning == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A plan's number of payments, said with no money about it: the plan, never £24.
        ("24 interest free sounds best", "en", "hardship"),
        ("a 12-est kérném", "hu", "instalment:12"),
        # A count of people beside the plan named is no option's number.
        ("i have 2 kids so the interest free one", "en", "hardship"),
        ("3 gyerekem van, a kamatmenteset kérem", "hu", "hardship"),
        ("我有2个孩子，选免息的", "zh", "hardship"),
        # An amount refused beside the plan named is no offer of it.
        ("i cant pay 300 a month, the hardship one", "en", "hardship"),
        ("havi 80 ezret nem tudok fizetni, a kamatmenteset kérném", "hu", "hardship"),
        ("每月三千还不起，要免息的那个", "zh", "hardship"),
        # Said as money, a small figure is an own amount all the same.
        ("i can only do 12 a month", "en", "amount:12"),
        ("£24 a month is all i have", "en", "amount:24"),
        ("每月12块", "zh", "amount:12"),
    ],
)
def test_a_plans_count_or_a_refused_amount_is_no_own_amount(
    text: str, language: str, expected: str
) -> None:
    assert read(text, Question.OPTIONS, language).meaning == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("go for 6, i get a bonus in 2 months", "en"),  # option 6, or the six payments?
        ("12 x is fine", "en"),
        ("6 részlet túl sok nekem a 24-es kéne", "hu"),
    ],
)
def test_a_number_that_may_be_a_plan_or_money_is_never_taken_as_money(
    text: str, language: str
) -> None:
    got = read(text, Question.OPTIONS, language)
    assert got.amount is None
    assert not (got.meaning or "").startswith("amount:")


def test_an_instalment_without_its_term_asks_which() -> None:
    got = read("i'd like the instalment plan", Question.OPTIONS, "en")
    assert got.meaning is None
    assert set(got.suggestions) >= {"instalment:6", "instalment:12"}


def test_an_option_picked_by_kind_follows_the_offers_shown() -> None:
    shown = (ShownOffer("hardship", 60), ShownOffer("instalment", 3))
    got = interpret("the interest free one", Question.OPTIONS, "en", offers=shown)
    assert (got.meaning, got.option) == ("hardship", 1)
    got = interpret("3 monthly payments", Question.OPTIONS, "en", offers=shown)
    assert (got.meaning, got.option) == ("instalment:3", 2)


# --- Details, own amount, none fit, a missed payment ---------------------------------------


@pytest.mark.parametrize(
    ("question", "text", "language", "expected"),
    [
        (Question.DETAIL, "yes that's the one for me", "en", "choose"),
        (Question.DETAIL, "ezt kérem szépen", "hu", "choose"),
        (Question.DETAIL, "行，就选它", "zh", "choose"),
        (Question.DETAIL, "nah show me the rest", "en", "back"),
        (Question.DETAIL, "vissza a listához", "hu", "back"),
        (Question.DETAIL, "换个别的看看", "zh", "back"),
        (Question.COUNTER, "250", "en", "250"),
        (Question.COUNTER, "never mind, take me back", "en", "back"),
        (Question.DECLINED, "i could manage 60 a month", "en", "amount:60"),
        (Question.DECLINED, "let me propose something myself", "en", "counter"),
        (Question.DECLINED, "vissza a tervekhez", "hu", "back"),
        (Question.MISSED, "i transferred it last friday", "en", "claim_paid"),
        (Question.MISSED, "hova kell utalnom?", "hu", "how_to_pay"),
        (Question.MISSED, "每月还款太多了，想调整一下", "zh", "change_plan"),
        (Question.MISSED, "3", "en", "change_plan"),
    ],
)
def test_short_questions(question: Question, text: str, language: str, expected: str) -> None:
    assert read(text, question, language).meaning == expected


def test_a_payment_denied_is_not_claimed() -> None:
    assert read("I have not paid yet", Question.MISSED, "en").meaning != "claim_paid"
    assert read("még nem fizettem be", Question.MISSED, "hu").meaning != "claim_paid"


# --- Heard everywhere -----------------------------------------------------------------------


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("can i talk to an actual person", "en", "person"),
        ("beszélhetnék egy ügyintézővel?", "hu", "person"),
        ("我要人工服务", "zh", "person"),
        ("please stop the reminders", "en", "stop_reminders"),
        ("could you switch to hungarian", "en", "language:hu"),
        ("kínaiul kérem", "hu", "language:zh"),
        ("请用英文", "zh", "language:en"),
        ("/plan", "en", "plan"),
    ],
)
def test_requests_are_heard_at_every_question(
    question: Question, text: str, language: str, expected: str
) -> None:
    assert read(text, question, language).meaning == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("please stop the reminder texts for now, i'll pick this up later", "en"),
        ("egyelőre ne küldjenek több emlékeztetőt, később visszatérek rá", "hu"),
        ("暂时别再发提醒了，我过段时间再弄", "zh"),
    ],
)
def test_reminders_stopped_for_now_are_not_a_temporary_drop(text: str, language: str) -> None:
    assert read(text, Question.TEMPORARY, language).meaning == "stop_reminders"


# --- When unsure, ask ---------------------------------------------------------------------------


@pytest.mark.parametrize("question", [Question.TEMPORARY, Question.DETAIL, Question.MISSED])
@pytest.mark.parametrize("text", ["purple elephants dance", "qwfp zxcv", "🙂🙂"])
def test_nonsense_is_not_understood(question: Question, text: str) -> None:
    got = read(text, question, "en")
    assert got.meaning is None
    assert len(got.suggestions) <= 3


NONSENSE = {
    "en": ["qwerty", "blah", "blah blah", "asdfgh jkl", "xyzzy", "😀😀🎉", "jjjjj", "lorem ipsum"],
    "hu": ["qwertz", "blabla", "asdfg", "öüóőú", "hjkhjk", "🙃🙃🙃", "ghfjd"],
    "zh": ["qwerty", "哈哈哈哈", "😀😀🎉", "asdfgh", "鱻龘靐"],
}
NOT_MONEY_QUESTIONS = [q for q in QUESTIONS if q not in MONEY]


@pytest.mark.parametrize(
    ("language", "text"), [(lang, text) for lang, texts in NONSENSE.items() for text in texts]
)
@pytest.mark.parametrize("question", NOT_MONEY_QUESTIONS)
def test_nonsense_is_neither_taken_nor_suggested(
    question: Question, language: str, text: str
) -> None:
    got = read(text, question, language)
    assert got.meaning is None
    assert got.suggestions == ()


@pytest.mark.parametrize(
    ("language", "text"), [(lang, texts[0]) for lang, texts in NONSENSE.items()]
)
@pytest.mark.parametrize("question", sorted(MONEY))
def test_nonsense_at_a_money_question_asks_again(
    question: Question, language: str, text: str
) -> None:
    assert read(text, question, language).meaning == "ambiguous"


def test_an_offer_paid_in_two_parts_of_a_month_is_their_sum() -> None:
    got = read("50 on the 1st and another 25 mid month", Question.COUNTER, "en")
    assert (got.meaning, got.amount) == ("75", Decimal(75))
    assert read("每月一号还五百，十五号再还五百", Question.COUNTER, "zh").amount == Decimal(1000)
    for text in ("50 on the 1st and 25 on the 1st of next month", "50 now and 25 on the 15th"):
        assert read(text, Question.COUNTER, "en").meaning == "ambiguous"


def test_going_back_asked_in_a_sentence_at_the_own_amount() -> None:
    for text, language in (
        ("hmm no idea what to offer, take me back", "en"),
        ("can i look at the plans again first", "en"),
        ("inkább visszalépnék a tervekhez", "hu"),
        ("我还是回去看看方案吧", "zh"),
    ):
        assert read(text, Question.COUNTER, language).meaning == "back"
    assert read("i go back to work in may", Question.COUNTER, "en").meaning != "back"


def test_going_back_said_first_at_the_own_amount() -> None:
    """ "back" as the first clause, the reason after it: no amount, back to the plans."""
    for text, language in (
        ("back, i want another look at them first", "en"),
        ("vissza, még egyszer megnézném mind", "hu"),
        ("返回，我还没想好出多少", "zh"),
    ):
        assert read(text, Question.COUNTER, language).meaning == "back"
    assert read("back, 45 a month", Question.COUNTER, "en").meaning == "45"


def test_a_payment_claimed_with_a_complaint_after_it_is_claimed() -> None:
    for text, language in (
        ("i did pay it, so stop sending me these", "en"),
        ("átutaltam tegnap, nem értem mi a gond", "hu"),
        ("postán feladtam a csekket múlt héten", "hu"),
    ):
        assert read(text, Question.MISSED, language).meaning == "claim_paid"
    for text, language in (("paid? not yet", "en"), ("még nem fizettem be", "hu")):
        assert read(text, Question.MISSED, language).meaning != "claim_paid"


def test_hundreds_after_digits_in_forints_are_thousands() -> None:
    got = interpret("úgy 2 és fél száz", Question.EXPENSES, "hu", currency="HUF")
    assert got.amount == interpret("kétszázötven", Question.EXPENSES, "hu", currency="HUF").amount
    assert got.amount == Decimal(250000)


def test_pay_not_received_yet_is_no_income_now() -> None:
    for text, language in (
        ("még nem kaptam fizetést az új helyen, kb 260 lesz", "hu"),
        ("new job, still waiting for my first paycheck, around 1500", "en"),
        ("新工作还没发工资，大概五千", "zh"),
    ):
        assert read(text, Question.INCOME, language).meaning == "ambiguous"
    assert read("haven't been paid yet so nothing", Question.INCOME, "en").meaning == "0"


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [
        ("rent 800 plus bills 300", "en", Decimal(1100)),
        ("800 for rent and 300 for food", "en", Decimal(1100)),
        ("rent 900, food 300, transport 100", "en", Decimal(1300)),
        ("albérlet 120 ezer plusz rezsi 30 ezer", "hu", Decimal(150000)),
        ("kaja 60 ezer, lakbér 120 ezer", "hu", Decimal(180000)),
        ("房租2000 吃饭1500", "zh", Decimal(3500)),
        ("车贷1200 花呗500", "zh", Decimal(1700)),
    ],
)
def test_items_each_with_an_amount_are_added_up(text: str, language: str, amount: Decimal) -> None:
    got = read(text, Question.EXPENSES, language)
    assert (got.meaning, got.amount) == (str(amount), amount)


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [
        ("loan 200 plus card 100", "en", Decimal(300)),
        ("személyi hitel 30 ezer, autóhitel 40 ezer", "hu", Decimal(70000)),
        ("车贷1200 花呗500", "zh", Decimal(1700)),
    ],
)
def test_debts_each_with_a_payment_are_added_up(text: str, language: str, amount: Decimal) -> None:
    got = read(text, Question.OTHER_DEBTS, language)
    assert (got.meaning, got.amount) == (str(amount), amount)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("800 or 900", "en"),
        ("between 2000 and 3000", "en"),
        ("i earn 2000 or 2500, it depends", "en"),
        ("2-3 thousand", "en"),
        ("a few hundred", "en"),
        ("it varies", "en"),
        ("400 a week", "en"),
        ("about 30k a year", "en"),
        ("talán 120, talán 140 ezer", "hu"),
        ("albérlet 120 ezer plusz rezsi 40", "hu"),
        ("pár százezer", "hu"),
        ("几千", "zh"),
        ("两三千", "zh"),
        ("可能1200也可能1400", "zh"),
        ("一周五百", "zh"),
    ],
)
def test_a_range_a_choice_or_a_vague_amount_is_ambiguous(text: str, language: str) -> None:
    for question in (Question.INCOME, Question.EXPENSES):
        got = read(text, question, language)
        assert (got.meaning, got.amount) == ("ambiguous", None)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("income is 0 and honestly I can't see a way out", "en", "distress"),
        ("i cant cope anymore", "en", "distress"),
        ("everyone would be better off without me", "en", "distress"),
        ("i keep thinking about ending it", "en", "distress"),
        ("ongyilkos gondolataim vannak", "hu", "distress"),
        ("nulla, es nem latok kiutat", "hu", "distress"),
        ("nem birom tovabb", "hu", "distress"),
        ("收入是零，我真的看不到出路", "zh", "distress"),
        ("活着有什么意思", "zh", "distress"),
        ("not my card", "en", "dispute"),
        ("never opened this", "en", "dispute"),
        ("this is identity theft", "en", "dispute"),
        ("i paid this off years ago", "en", "dispute"),
        ("már kifizettem ezt", "hu", "dispute"),
        ("valaki a nevemben igényelte", "hu", "dispute"),
        ("我早就还清了", "zh", "dispute"),
        ("有人冒用我的身份办的卡", "zh", "dispute"),
    ],
)
@pytest.mark.parametrize("question", [q for q in QUESTIONS if q is not Question.MISSED])
def test_safety_is_heard_inside_an_answer_at_every_question(
    question: Question, text: str, language: str, expected: str
) -> None:
    assert read(text, question, language).meaning == expected


@pytest.mark.parametrize(
    ("text", "language", "question", "expected"),
    [
        ("my business is closing down", "en", Question.CAUSE, "business_trouble"),
        ("my car broke down and the repair was expensive", "en", Question.CAUSE, "other"),
        ("i don't owe anyone else", "en", Question.OTHER_DEBTS, "0"),
        ("除了你们我不欠别人", "zh", Question.OTHER_DEBTS, "0"),
        ("i already paid it", "en", Question.MISSED, "claim_paid"),
        ("已经还清了", "zh", Question.MISSED, "claim_paid"),
        ("már befizettem", "hu", Question.MISSED, "claim_paid"),
    ],
)
def test_no_false_alarm(text: str, language: str, question: Question, expected: str) -> None:
    assert read(text, question, language).meaning == expected


def test_below_the_threshold_there_is_no_meaning_only_suggestions() -> None:
    for language in LANGUAGES:
        for question in QUESTIONS:
            for text in ("hmm well", "the thing", "ok so", "igen de nem", "这个嘛"):
                got = read(text, question, language)
                if got.by == "model" and got.meaning is not None:
                    assert got.confidence >= CONFIDENT
                if got.meaning is None:
                    valid = {m for t in (*TABLES[question], "anywhere") for m in _meanings(t)}
                    assert set(got.suggestions) <= valid | _offer_meanings()


def _meanings(table: str) -> set[str]:
    labels = understanding().classifiers["en"].labels
    return {label.split(".", 1)[1] for label in labels if label.startswith(f"{table}.")}


def _offer_meanings() -> set[str]:
    return {"instalment:6", "instalment:12", "pay_now", "hardship", "settlement", "holiday"}


def test_empty_text_means_nothing() -> None:
    assert read("   ", Question.CAUSE, "en") == Interpretation(None, 0.0)


def test_an_unknown_language_reads_as_english() -> None:
    assert read("I agree", Question.AGREEMENT, "xx").meaning == "accept"


def test_question_at_a_step() -> None:
    assert Question.at("cause_other") is Question.CAUSE
    assert Question.at("income") is Question.INCOME
    assert Question.at("handoff") is Question.NOTHING
    assert read("talk to a person", Question.at("agreed"), "en").meaning == "person"


# --- The classifier ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_fast_scores_are_the_pipelines_scores(language: str) -> None:
    classifier = understanding().classifiers[language]
    for text in ("i lost my job in may", "még nem tudom biztosan", "我想暂停还款", "", "?"):
        expected = classifier.pipeline.decision_function([prepare(text)])[0]
        assert np.allclose(classifier.scores(text), expected)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_message_is_read_in_the_n_grams_of_the_features(language: str) -> None:
    """Words an example has are looked up whole: the same n-grams, in the same order."""
    classifier = understanding().classifiers[language]
    vocabulary = classifier.arrays()["grams"].tolist()
    column = {gram: i for i, gram in enumerate(vocabulary)}
    examples = load_examples(language).texts
    texts = [*examples["cause.job_loss"], *examples["anywhere.distress"], *nonsense(language)]
    texts += ["", "?", "the the the", "ok 👍 200 ezer, 我失业了 ok?"]
    for text in texts:
        prepared = prepare(text)
        expected = [column.get(gram, gram) for gram in features(prepared)]
        assert classifier._grams_of(prepared) == expected, text


@pytest.mark.parametrize("language", LANGUAGES)
def test_coming_near_an_example_is_what_the_nearest_example_says(language: str) -> None:
    """The rare n-grams compared first never say more than all of them: exactly at the nearest
    example's similarity, a message still comes near, and a hair further it does not."""
    classifier = understanding().classifiers[language]
    texts = [*nonsense(language)[:40], *load_examples(language).texts["cause.job_loss"][:40]]
    texts += ["", "?", "qwerty", " ".join(load_examples(language).texts["anywhere.distress"])]
    for text in texts:
        vector = classifier.vector(text)
        for tables in (("cause", "anywhere"), ("amount", "anywhere"), ("anywhere",)):
            nearest = float(classifier.nearest(vector, tables).max())
            for closeness in (0.0, nearest, np.nextafter(nearest, 2.0), classifier.noise_floor):
                expected = nearest >= closeness
                assert classifier.comes_near(vector, tables, closeness) == expected, text


def test_examples_are_merged_from_the_language_file_and_its_extra_files(tmp_path: Path) -> None:
    (tmp_path / "en.toml").write_text(
        '[cause.forgot]\nbuttons = ["I forgot"]\nexamples = ["slipped my mind", "i forgot"]\n',
        encoding="utf-8",
    )
    (tmp_path / "en.extra.toml").write_text(
        '[cause.forgot]\nexamples = ["totally forgot", "i forgot"]\n'
        '[anywhere.person]\nexamples = ["a human please"]\n',
        encoding="utf-8",
    )
    (tmp_path / "en.more.toml").write_text(
        '[cause.forgot]\nexamples = ["it slipped"]\n', encoding="utf-8"
    )
    (tmp_path / "hu.extra.toml").write_text(
        '[cause.forgot]\nexamples = ["elfelejtettem"]\n', encoding="utf-8"
    )
    (tmp_path / "eng.toml").write_text('[cause.forgot]\nexamples = ["x"]\n', encoding="utf-8")
    found = load_examples("en", tmp_path)
    assert found.texts == {
        "cause.forgot": ("slipped my mind", "i forgot", "totally forgot", "it slipped"),
        "anywhere.person": ("a human please",),
    }
    assert found.buttons == {"cause.forgot": ("I forgot",)}


def test_the_layer_learns_the_extra_files_too() -> None:
    folder = resources.files("dialogs.understanding") / "examples"
    for language in LANGUAGES:
        files = example_files(language, folder)
        assert files[0].name == f"{language}.toml"
        learned = load_examples(language).texts
        keys = withheld(folder)
        for extra in files[1:]:
            data = tomllib.loads(extra.read_text(encoding="utf-8"))
            for question, meanings in data.items():
                for said, table in meanings.items():
                    written = {
                        normal_form(t) for t in table["examples"] if not is_withheld(t, keys)
                    }
                    assert written <= {normal_form(t) for t in learned[f"{question}.{said}"]}


def test_training_is_deterministic() -> None:
    examples = load_examples("hu")
    first, second = Classifier.train(examples), Classifier.train(examples)
    for text in ("elvesztettem a melómat tavaly", "szünetet kérnék"):
        assert np.array_equal(first.scores(text), second.scores(text))


def test_chinese_is_read_without_spaces() -> None:
    grams = features(prepare("我失业了"))
    assert "失业" in grams and "w:我失业了" not in grams


# --- The examples, as data ----------------------------------------------------------------------

KNOWN_TABLES = {table for tables in TABLES.values() for table in tables} | {"anywhere"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_example_table_is_a_question_and_a_meaning(language: str) -> None:
    examples = load_examples(language)
    for label, texts in examples.texts.items():
        table, name = label.split(".", 1)
        assert table in KNOWN_TABLES, label
        if table == "anywhere":
            assert name in ANYWHERE, label
        assert len(texts) >= 8, label
        assert len({normal_form(t) for t in texts}) == len(texts), f"{label}: a text twice"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_buttons_words_are_the_catalogs(language: str) -> None:
    """A button's words in the examples are its label in the language's catalog."""
    catalog = (ROOT / "locales" / language / "LC_MESSAGES" / "messages.po").read_text("utf-8")
    key = "msgid" if language == "en" else "msgstr"
    labels = set(re.findall(rf'^{key} "(.*)"$', catalog, re.MULTILINE))
    for label, words in load_examples(language).buttons.items():
        for word in words:
            assert word in labels, f"{label}: {word!r} is not a button of the {language} catalog"


def test_a_labelled_message_teaches_what_it_means_where_it_was_typed() -> None:
    labels = {"cause.dispute", "anywhere.dispute", "temporary.no", "counter.back"}
    assert lesson("cause", "dispute", labels) == "cause.dispute"
    assert lesson("income", "dispute", labels) == "anywhere.dispute"
    assert lesson("temporary", "no", labels) == "temporary.no"
    assert lesson("counter", "back", labels) == "counter.back"


@pytest.mark.parametrize(
    ("question", "expect", "taught"),
    [
        ("verify", "0381", "verify.digits"),
        ("income", "2400", "amount.number"),
        ("expenses", "ambiguous", "amount.unclear"),
        ("other_debts", "0", "amount.none"),
        ("counter", "1250.50", "amount.number"),
        ("recovery", "6", "recovery.months"),
    ],
)
def test_what_the_rules_read_teaches_only_its_kind(question: str, expect: str, taught: str) -> None:
    assert lesson(question, expect, {"anywhere.dispute", "temporary.no"}) == taught


@pytest.mark.parametrize(
    ("question", "expect"),
    [("options", "2"), ("options", "instalment:12"), ("declined", "amount:150")],
)
def test_a_choice_by_number_or_amount_teaches_nothing(question: str, expect: str) -> None:
    assert lesson(question, expect, {"options.counter", "declined.back"}) is None


def test_a_meaning_no_example_has_is_a_mistake_in_the_file() -> None:
    with pytest.raises(ValueError, match="temporary"):
        lesson("temporary", "maybe", {"temporary.no"})


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_labelled_message_is_learned_or_read_by_rules(language: str) -> None:
    """Every round's file is found, however deep, and each of its lines means something the
    examples know (``lesson`` raises otherwise)."""
    files = message_files(language, resources.files("dialogs.understanding") / "examples")
    assert {Path(str(f)).parent.name for f in files} >= {"messages", "blind", "round20"}
    learned = load_examples(language).texts
    taught = 0
    for source in files:
        for line in source.read_text(encoding="utf-8").splitlines():
            message = json.loads(line) if line.strip() else None
            if message and lesson(message["question"], message["expect"], learned):
                taught += 1
    assert taught > 1000


def test_the_withheld_texts_are_those_of_the_held_out_sets_now() -> None:
    """``examples/withheld.txt`` is what ``overdue-bot understanding withhold`` writes today: a
    round moved into the labelled messages is learned, a new held-out text is not."""
    examples = resources.files("dialogs.understanding") / "examples"
    assert sorted(withheld(examples)) == withheld_keys(), (
        "examples/withheld.txt is out of date: run `overdue-bot understanding withhold`"
    )


def _training_keys() -> dict[str, str]:
    keys: dict[str, str] = {}
    for language in LANGUAGES:
        for label, texts in load_examples(language).texts.items():
            keys.update((overlap_key(text), f"{language}:{label}") for text in texts)
    return keys


@pytest.mark.parametrize("folder", ["evaluation", "understanding_next"])
def test_no_held_out_text_is_a_training_example(folder: str) -> None:
    """The held-out set and the rounds still waiting to be worked through measure what was not
    learned. The texts are not shown on failure (the evaluation set is read by no one who writes
    examples): only the tables to look at."""
    training = _training_keys()
    found = []
    for path in sorted((ROOT / "tests" / folder).rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                key = overlap_key(json.loads(line)["text"])
                if key in training:
                    found.append(training[key])
    where = "" if folder == "evaluation" else f", in {sorted(found)}"
    count = len(found)
    assert count == 0, f"{count} held-out texts are training examples{where}"


def test_the_account_currency_says_what_a_bare_number_counts() -> None:
    assert interpret("kb 230", Question.INCOME, "hu", currency="HUF").amount == Decimal(230000)
    assert interpret("kb 230", Question.INCOME, "hu", currency="EUR").amount == Decimal(230)


def test_the_layer_is_trained_once() -> None:
    assert meaning.understanding() is meaning.understanding()


# --- The development set, scored as the bench scores it -----------------------------------------


def test_the_labelled_messages_are_understood() -> None:
    """The worked-through rounds (``examples/messages/``, every round and sub-folder) meet the
    product's targets, scored as the held-out evaluation is (bot.evaluation). The classifier
    learns their words, but the rules read their amounts, digits and months, and the rules
    come before it: this is what keeps a rule from undoing a round worked through."""
    layer = understanding()
    folder = MESSAGES_FOLDER
    cases = load_cases([folder])
    written = sum(
        1
        for path in folder.rglob("*.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    )
    assert len(cases) == written  # round10/ … blind/ too, not only the top-level files
    report = evaluate(
        cases,
        lambda text, question, language: layer.interpret(
            text,
            question,
            language,
            offers=OFFERS if question == "options" else (),
            currency=EVALUATED_CURRENCY[language],
        ),
    )
    assert shortfalls(report, TARGETS) == []


# --- Never raising, whatever is typed -------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.text(max_size=80),
        st.text(alphabet="0123456789 .,-万千百十一二两零几kK$€ezer", max_size=30),
    ),
    st.sampled_from(list(Question)),
    st.sampled_from([*LANGUAGES, "", "xx"]),
)
def test_interpret_never_raises(text: str, question: Question, language: str) -> None:
    got = read(text, question, language)
    assert got.meaning is None or isinstance(got.meaning, str)
    assert len(got.suggestions) <= 3
    assert got.amount is None or got.amount >= 0
    assert got.option is None or 1 <= got.option <= len(OFFERS)
    assert got.digits is None or (len(got.digits) == 4 and got.digits.isdigit())
    if got.meaning is not None and got.by == "model" and got.meaning != "distress":
        assert got.confidence >= CONFIDENT or question in MONEY


@pytest.mark.parametrize(
    ("text", "question", "language", "expected"),
    [
        ("药都已经备好了", Question.VERIFY, "zh", "distress"),
        ("还完这笔我就解脱了", Question.COUNTER, "zh", "distress"),
        ("不会好了", Question.TEMPORARY, "zh", "no"),
        ("这笔钱我压根没欠", Question.DECLINED, "zh", "dispute"),
        ("i'm not disputing it, the monthly is just too high", Question.AGREEMENT, "en", "decline"),
        ("the fees are steep but ok i agree", Question.AGREEMENT, "en", "accept"),
        ("i agree but not today", Question.AGREEMENT, "en", "decline"),
        ("dunno", Question.AGREEMENT, "en", "decline"),
    ],
)
def test_safety_and_agreement_said_indirectly(
    text: str, question: Question, language: str, expected: str
) -> None:
    assert interpret(text, question, language).meaning == expected


@pytest.mark.parametrize(
    ("text", "question", "language"),
    [
        ("nothing from me on a statute barred debt", Question.COUNTER, "en"),
        ("az eredeti szerződést kérem előbb, addig nem választok", Question.OPTIONS, "hu"),
        ("早就过了诉讼时效, 收入不告诉你们", Question.INCOME, "zh"),
    ],
)
def test_a_dispute_said_indirectly_stops_the_question(
    text: str, question: Question, language: str
) -> None:
    assert read(text, question, language).meaning == "dispute"


def test_distress_wins_over_an_indirect_dispute() -> None:
    text = "prove this debt is mine, I can't go on like this anymore, I want to end it all"
    assert read(text, Question.INCOME, "en").meaning == "distress"


def test_asking_what_the_question_means_gets_help() -> None:
    assert read("what does temporary mean?", Question.TEMPORARY, "en").meaning == "help"
    assert read("800, does that count?", Question.OTHER_DEBTS, "en").meaning == "ambiguous"


# --- Round 24: a pick corrected, a day beside a plan, a yes on a condition, a figure left to us --


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("not the 12, the 24 interest free one", "en", "hardship"),
        ("nem a 2-es, a 12 hónapos", "hu", "instalment:12"),
        ("不是12期，要6期的", "zh", "instalment:6"),
        ("the top one on the list please", "en", "1"),
        ("a legelső a listán", "hu", "1"),
        ("最上面那个吧", "zh", "1"),
        ("the interest-free one, they cut my hours on the 4th", "en", "hardship"),
        ("分期那个不要，困难的，我5号被裁了", "zh", "hardship"),
    ],
)
def test_a_pick_corrected_by_place_or_beside_a_day(text: str, language: str, expected: str) -> None:
    got = read(text, Question.OPTIONS, language)
    assert same_meaning("options", got.meaning, expected), got


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("yes if you stop charging me interest", "en"),
        ("ok, as long as you stop the fees", "en"),
        ("igen, ha leállítják a kamatot", "hu"),
        ("不收利息的话我就同意", "zh"),
    ],
)
def test_a_yes_on_a_condition_declines_whatever_it_sounds_like(text: str, language: str) -> None:
    assert read(text, Question.AGREEMENT, language).meaning == "decline"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the 40 pound fee is neither here nor there, i accept", "en"),
        ("a havi díj nem zavar, elfogadom", "hu"),
        ("手续费无所谓，我接受", "zh"),
    ],
)
def test_a_fee_shrugged_off_then_accepted(text: str, language: str) -> None:
    assert read(text, Question.AGREEMENT, language).meaning == "accept"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("whatever the bank reckons is reasonable", "en"),
        ("amit maguk méltányosnak látnak", "hu"),
        ("银行觉得合适就行", "zh"),
    ],
)
def test_an_amount_left_to_the_bank_is_asked_again(text: str, language: str) -> None:
    assert read(text, Question.COUNTER, language).meaning == "ambiguous"
