"""Answers said in new ways (round 21): a yes to the agreement in dictation, a second language or
plain words, a choice put off at the plan's details, hours cut to a number, a "no" explained, the
language asked for beside the one not understood. Refusals in kind words stay refusals."""

from __future__ import annotations

import pytest

from bot.evaluation import README_OFFERS
from dialogs.domain.vocabulary import Cause
from dialogs.understanding import Question, interpret
from dialogs.understanding.meaning import ShownOffer
from dialogs.understanding.rules import (
    read_card_digits,
    read_cause,
    read_choice_number,
    read_language_named,
    signals_refusal,
)
from dialogs.understanding.rules.answers import (
    read_opening_yes_no,
    read_terms,
    says_back_in_a_sentence,
    says_not_yet_decided,
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "uh yeah I accept it"),
        ("en", "erm ok, I agree to the plan"),
        ("en", "I'm agree with this, thank you"),
        ("en", "agreed, fair enough on the charges"),
        ("en", "alright then, count me in"),
        ("en", "ok, I accept. I had a moan at my bank about my mortgage but that's unrelated"),
        ("hu", "jól van, írjon be engem"),
        ("hu", "igen, én elfogad, köszönöm"),
        ("hu", "elfogadom; a lakbér miatti panaszom az egy külön ügy"),
        ("zh", "好吧，帮我办了"),
        ("zh", "我同意，按月还，没有问题"),
        ("zh", "我接受。我跟物业吵过架，跟这个没关系"),
    ],
)
def test_a_plain_yes_said_in_new_ways_accepts(language: str, text: str) -> None:
    assert interpret(text, Question.AGREEMENT, language).meaning == "accept"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "um"),
        ("en", "uh I agree but not until my wages land"),
        ("en", "count me in once I've spoken to my husband"),
        ("en", "agreed? no chance"),
        ("en", "sounds lovely, but it's a no for now"),
        ("hu", "írjanak be, de csak jövő hónaptól"),
        ("hu", "szuper ajánlat, de nem vállalom"),
        ("zh", "帮我办了吧，不过等我先问问老婆"),
        ("zh", "挺好的，可是我还不能答应"),
    ],
)
def test_a_refusal_in_kind_words_is_no_acceptance(language: str, text: str) -> None:
    assert interpret(text, Question.AGREEMENT, language).meaning != "accept"


@pytest.mark.parametrize(
    "text",
    [
        "uh I agree but not until my wages land",
        "I agree, but that's separate from the fact I can't pay yet",
    ],
)
def test_an_aside_or_a_filler_does_not_hide_a_refusal(text: str) -> None:
    assert signals_refusal(text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "seems decent but I'll talk it over with my partner first"),
        ("en", "fine, though I can't commit to anything till I get paid"),
        ("en", "cheers, could I look at the interest free one again"),
        ("hu", "jónak tűnik, de még megkérdezem a páromat"),
        ("hu", "rendben, de inkább újra megnézném a 6 hónaposat"),
        ("zh", "不错，不过要跟爸妈商量一下"),
        ("zh", "可以是可以，我想重新看一下24期的"),
    ],
)
def test_a_choice_put_off_at_the_details_goes_back(language: str, text: str) -> None:
    assert interpret(text, Question.DETAIL, language).meaning == "back"


def test_a_choice_already_talked_over_is_not_put_off() -> None:
    assert not says_not_yet_decided("I talked to my wife and we'll take it")
    assert not says_back_in_a_sentence("yes this one, I've seen the others")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the site manager cut me to 20 hours a week", "en"),
        ("they went from 37 to 22 hours on my contract", "en"),
        ("a raktárban heti 40 órából 30 lett", "hu"),
        ("heti 20 órára vettek vissza a boltban", "hu"),
        ("厂里把我砍到一天四个小时", "zh"),
    ],
)
def test_hours_cut_to_a_number_are_less_income(text: str, language: str) -> None:
    assert read_cause(text, language) is Cause.REDUCED_INCOME


@pytest.mark.parametrize(
    ("language", "text", "answer"),
    [
        ("hu", "nem, ezentúl csak a rokkantnyugdíjam lesz", "no"),
        ("en", "no. at sixty-eight I won't be going back to work", "no"),
        ("en", "Sadly no, I am retired now", "no"),
        ("zh", "不是，我已经退休了", "no"),
    ],
)
def test_a_no_explained_is_a_no(language: str, text: str, answer: str) -> None:
    assert interpret(text, Question.TEMPORARY, language).meaning == answer


def test_a_no_turned_round_is_not_read() -> None:
    assert read_opening_yes_no("no, but it could get better next year", "en") is None
    assert read_opening_yes_no("nem, bár ki tudja", "hu") is None


def test_a_person_reported_is_not_asked_for() -> None:
    got = interpret("nem, az ügyintéző is azt mondta, hogy ez így marad", Question.TEMPORARY, "hu")
    assert got.meaning == "no"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("magyarul kérem, nem vagyok angol", "hu"),
        ("english please, I'm not Hungarian", "en"),
        ("能用英文吗，我中文读得不太好", "en"),
        ("could we do this in Chinese, my English is poor", "zh"),
    ],
)
def test_the_language_asked_for_not_the_one_not_spoken(text: str, code: str) -> None:
    assert read_language_named(text) == code


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("for nine ate won", "4981"),
        ("um it's tree too sicks oh", "3260"),
        ("ends in 2281, you can ring me on 07911 123456", "2281"),
        ("utolsó négy 6630, hívjanak a +36 20 987 6543 számon", "6630"),
        ("后四位是 七 七 零 二", "7702"),
        ("后四位5531，电话186 2222 9999", "5531"),
    ],
)
def test_card_digits_dictated_or_beside_a_phone_number(text: str, digits: str) -> None:
    assert read_card_digits(text) == digits


def test_words_like_digits_are_not_digits_alone() -> None:
    assert read_card_digits("one to one") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the boiler gave up in january and a new one cost a fortune", "en"),
        ("someone wrote off my car in the car park", "en"),
        ("lerobbant a kocsi, a javítás mindent vitt", "hu"),
        ("洗衣机和冰箱一起坏了", "zh"),
    ],
)
def test_a_costly_thing_broken_is_something_else(text: str, language: str) -> None:
    assert read_cause(text, language) is Cause.OTHER


def test_something_else_then_told_of_is_other_unless_a_cause_is_named() -> None:
    assert interpret("something else, hard to explain", Question.CAUSE, "en").meaning == "other"
    assert interpret("other, I got made redundant", Question.CAUSE, "en").meaning == "job_loss"


def test_own_amount_asked_for_in_other_words_at_none_fit() -> None:
    got = interpret("egyik sem jó, hadd mondjak én egy összeget", Question.DECLINED, "hu")
    assert got.meaning == "counter"
    got = interpret("túl drága mind, megadnék egy saját összeget", Question.DECLINED, "hu")
    assert got.meaning == "counter"


def test_another_plan_asked_for_at_the_agreement_declines() -> None:
    got = interpret("could I look at the 24 month one again", Question.AGREEMENT, "en")
    assert got.meaning == "decline"


def test_yh_is_yes() -> None:
    assert interpret("yh ok", Question.AGREEMENT, "en").meaning == "accept"


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        ("uh number three sir", "en", 3),
        ("the fifth one um", "en", 5),
        ("öö a hatos", "hu", 6),
        ("那个 第二个吧", "zh", 2),
    ],
)
def test_an_option_picked_between_dictation_fillers(text: str, language: str, number: int) -> None:
    assert read_choice_number(text, 6) == number


def test_a_filler_alone_at_the_agreement_is_still_a_hesitation() -> None:
    assert interpret("erm ok", Question.AGREEMENT, "en").meaning == "decline"


def test_not_this_one_said_the_other_way_round_goes_back() -> None:
    assert interpret("hát ezt inkább nem", Question.DETAIL, "hu").meaning == "back"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "seems fair, but I'd like to have a think"),
        ("hu", "nem rossz, még gondolkodom rajta"),
        ("zh", "看着可以，让我考虑一下"),
    ],
)
def test_still_thinking_at_the_details_goes_back(language: str, text: str) -> None:
    assert interpret(text, Question.DETAIL, language).meaning == "back"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the direct debit bounced, which other method can I pay with"),
        ("hu", "nem ment le a terhelés, hogyan tudok másképp befizetni?"),
    ],
)
def test_another_way_to_pay_asked_for(language: str, text: str) -> None:
    assert interpret(text, Question.MISSED, language).meaning == "how_to_pay"


def test_another_matter_named_beside_a_yes_is_no_refusal() -> None:
    assert not signals_refusal("elfogadom; a szolgáltatóval egy másik ügyem van, az külön téma")
    assert not signals_refusal("我同意。之前投诉的是别的事情，跟这个没有关系")
    assert signals_refusal("elfogadom, de inkább egy másik tervet kérnék")


def test_forgetting_said_with_the_prefix_after_the_verb() -> None:
    assert read_cause("bocsánat, egyszerűen felejtettem el a határidőt", "hu") is Cause.FORGOT


def test_another_way_to_pay_asked_for_in_chinese() -> None:
    assert (
        interpret("扣款没成功，还有什么办法可以还", Question.MISSED, "zh").meaning == "how_to_pay"
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "it's temporary if my contract gets renewed, otherwise no"),
        ("hu", "ha megkapom az új állást, átmeneti, ha nem, akkor nem"),
        ("zh", "工作找到了就是暂时的，找不到就不是"),
    ],
)
def test_temporary_on_a_condition_and_not_without_it_is_unsure(language: str, text: str) -> None:
    assert interpret(text, Question.TEMPORARY, language).meaning == "unsure"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "what happens if i really don't know that?"),
        ("hu", "mi lesz, ha ezt tényleg nem tudom?"),
        ("zh", "要是我真不知道会怎样？"),
    ],
)
def test_asking_what_happens_when_the_answer_is_not_known_is_help(language: str, text: str) -> None:
    assert interpret(text, Question.RECOVERY, language).meaning == "help"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "could we use a different language, english is really hard for me"),
        ("hu", "más nyelven nem lehetne? nekem nehéz a magyar"),
        ("zh", "可以换别的语言吗，中文对我太难"),
    ],
)
def test_another_language_asked_for_beside_the_hard_one_names_none(
    language: str, text: str
) -> None:
    assert read_language_named(text) is None


@pytest.mark.parametrize(
    ("language", "text", "cause"),
    [
        # shifts cut where the nurse works: the hospital is no illness
        ("en", "the hospital cut my shifts to two a week", Cause.REDUCED_INCOME),
        ("hu", "a kórházban visszavágták a műszakjaimat heti kettőre", Cause.REDUCED_INCOME),
        ("zh", "医院把我的班砍到一周两个", Cause.REDUCED_INCOME),
        # the pension or the pay moved to another day, the debit first
        ("en", "they moved my pay day to a different date and the debit went first", Cause.OTHER),
        ("hu", "a fizetésem egy későbbi napra került, a levonás hamarabb jött", Cause.OTHER),
        ("zh", "工资改到月底发，扣款在前面", Cause.OTHER),
    ],
)
def test_shifts_cut_at_a_hospital_or_a_pay_day_moved_name_their_cause(
    language: str, text: str, cause: Cause
) -> None:
    assert read_cause(text, language) is cause


@pytest.mark.parametrize(
    ("language", "text", "question", "meaning"),
    [
        # starting work on a weekday to come: within a month
        ("en", "i start at the depot next tuesday", Question.RECOVERY, "1"),
        ("hu", "jövő szerdán kezdek az új helyen", Question.RECOVERY, "1"),
        ("zh", "下周三就入职了", Question.RECOVERY, "1"),
        # a month named before what happens in it, the months said after
        ("zh", "九月开学以后，也就是5个月", Question.RECOVERY, "5"),
        # not written to every day
        ("en", "please stop texting me every day", Question.INCOME, "stop_reminders"),
        ("hu", "kérem, ne írjanak minden nap", Question.INCOME, "stop_reminders"),
        ("zh", "请不要每天都发消息", Question.INCOME, "stop_reminders"),
        # read again first: not yet
        ("en", "i need to go over it again properly at home", Question.AGREEMENT, "decline"),
        ("hu", "még otthon átolvasom", Question.AGREEMENT, "decline"),
        ("zh", "我回家再好好看一遍", Question.AGREEMENT, "decline"),
        ("hu", "várjon, meg kell kérdeznem a fiamat", Question.DETAIL, "back"),
        ("zh", "心里完全没数", Question.TEMPORARY, "unsure"),
        # a number after "一看" (at a glance) and a reason: the option's number
        ("zh", "一看利息就头大，还是2吧", Question.OPTIONS, "2"),
    ],
)
def test_round26_answers_said_in_new_ways(
    language: str, text: str, question: Question, meaning: str
) -> None:
    offers = (
        [ShownOffer("instalment", 6), ShownOffer("instalment", 12)]
        if question is Question.OPTIONS
        else []
    )
    assert interpret(text, question, language, offers=offers).meaning == meaning


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the hotel charged my card in full though the booking said pay on arrival"),
        ("hu", "a panzió levonta a teljes árat, pedig érkezéskor kellett volna fizetni"),
        ("zh", "订房时说好到店付款，结果他们把全额扣了"),
    ],
)
def test_a_charge_taken_though_the_booking_said_pay_there_is_a_dispute(
    language: str, text: str
) -> None:
    assert interpret(text, Question.TEMPORARY, language).meaning == "dispute"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("one of my twins was in hospital for two weeks so i missed work", "en"),
        ("az egyik ikrem két hétig kórházban volt, nem tudtam dolgozni", "hu"),
        ("双胞胎里有一个住院了两周，我没法上班", "zh"),
    ],
)
def test_a_twin_in_hospital_is_a_family_emergency(text: str, language: str) -> None:
    """The classifier hears the hospital; whose illness it is, the rules tell."""
    assert interpret(text, Question.CAUSE, language).meaning == "family_emergency"


def test_ones_own_pregnancy_stays_the_cardholders_illness() -> None:
    assert interpret("pregnancy complications, had to stop work", Question.CAUSE, "en").meaning == (
        "illness"
    )


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("i agree, bit nervous but its the right thing", "en", "accept"),
        ("beleegyezem, kicsit izgulok, de ez a helyes", "hu", "accept"),
        ("我同意，有点担心，不过这样是对的", "zh", "accept"),
        # nerves not settled, or with a wait: no agreement
        ("i agree but im nervous, can i think about it", "en", "decline"),
        ("有点紧张，让我再想想", "zh", "decline"),
    ],
)
def test_nerves_settled_beside_an_agreement_are_no_refusal(
    text: str, language: str, expected: str
) -> None:
    assert interpret(text, Question.AGREEMENT, language).meaning == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # back to the offers, named as where to go: no own offer
        ("vissza az ajanlatokhoz legyszi", "hu"),
        ("vissza a lehetőségekhez, még gondolkodom", "hu"),
        ("back to the offers please, i'll look again", "en"),
        ("回到方案那里，我再看看", "zh"),
    ],
)
def test_back_to_the_offers_named_is_back_when_declined(text: str, language: str) -> None:
    assert interpret(text, Question.DECLINED, language).meaning == "back"


@pytest.mark.parametrize(
    "text",
    ["spread it throughout the year please", "摊在一年里慢慢还", "osszam el az egész évre"],
)
def test_a_plan_spread_across_a_year_is_twelve_months(text: str) -> None:
    assert read_terms(text) == {12}


@pytest.mark.parametrize(
    "text",
    [
        "let me check with my mums support worker before i choose",
        "ezt még át kell beszélnem a gondozóval",
    ],
)
def test_a_helper_asked_first_puts_the_choice_off(text: str) -> None:
    assert says_not_yet_decided(text)


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        ("the first one you showed", "en", 1),
        ("the third one you sent me", "en", 3),
        ("a masodikat amit kuldtel", "hu", 2),
        ("az elsőt amit mutattál", "hu", 1),
        ("你发的第一个", "zh", 1),
        ("你们发的第二个吧", "zh", 2),
    ],
)
def test_an_option_picked_by_its_place_in_the_list_shown(
    text: str, language: str, number: int
) -> None:
    """Referring back to the list ("the first one you showed") is its number, never a dispute
    (the classifier heard one in "you showed")."""
    assert read_choice_number(text, 6) == number
    reading = interpret(text, Question.OPTIONS, language, offers=README_OFFERS)
    assert (reading.meaning, reading.by) == (str(number), "rule")


@pytest.mark.parametrize(
    ("text", "language", "option"),
    [
        ("back. the second one", "en", 2),
        ("sorry about that. third one please", "en", 3),
        ("回来了 选第二个", "zh", 2),
        ("好了 第三个", "zh", 3),
    ],
)
def test_a_pick_after_a_sentence_without_figures_is_read(
    text: str, language: str, option: int
) -> None:
    """Coming back to the chat ("back.", "回来了") before the pick: the last sentence is the
    pick, as the last clause after a comma is; in Chinese a space ends a clause."""
    reading = interpret(text, Question.OPTIONS, language, offers=README_OFFERS)
    assert (reading.meaning, reading.option, reading.by) == (str(option), option, "rule")


@pytest.mark.parametrize(
    ("text", "meaning"),
    [("yes the 6 months one", "choose"), ("yep the six month one", "choose")],
)
def test_a_plan_named_again_with_a_yes_at_its_details_chooses_it(text: str, meaning: str) -> None:
    assert interpret(text, Question.DETAIL, "en").meaning == meaning


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("option 2 is too much for me", "en"),
        ("the second one is too expensive", "en"),
        ("2 is too dear", "en"),
        ("a 2-es túl sok nekem", "hu"),
        ("a második túl drága", "hu"),
        ("第二个太贵了", "zh"),
        ("方案二 还不起", "zh"),
    ],
)
def test_an_option_named_as_too_dear_is_not_picked(text: str, language: str) -> None:
    reading = interpret(text, Question.OPTIONS, language, offers=README_OFFERS)
    assert reading.option is None and reading.meaning not in {"1", "2", "3", "4", "5", "6"}


@pytest.mark.parametrize(
    ("text", "language", "option"),
    [
        ("option 2, the others are too much", "en", 2),
        ("the others are too expensive so option 4", "en", 4),
        ("其他的太贵了 选第四个", "zh", 4),
    ],
)
def test_an_option_picked_beside_the_others_too_dear_is_picked(
    text: str, language: str, option: int
) -> None:
    reading = interpret(text, Question.OPTIONS, language, offers=README_OFFERS)
    assert reading.option == option


@pytest.mark.parametrize(
    ("text", "language", "meaning"),
    [
        # a yes, then the agreement asked for
        ("yep all good, send it over", "en", "accept"),
        ("rendben, küldje", "hu", "accept"),
        ("igen, küldhetik", "hu", "accept"),
        ("行 发过来吧", "zh", "accept"),
        # no other choice, said with the agreement: a grudging yes
        ("i agree, not like i have a choice", "en", "accept"),
        ("elfogadom, nincs más megoldás", "hu", "accept"),
        ("同意吧 也没别的办法", "zh", "accept"),
        # asked for to be read first, or no yes at all: never an agreement
        ("send it over and i'll have a read first", "en", "decline"),
        ("发过来我先看看", "zh", "decline"),
        ("没别的办法了", "zh", "decline"),
        # a bare "没办法" beside an agreement is "cannot": no yes
        ("同意 可是我没办法每个月都还上", "zh", "decline"),
        ("同意 但是没办法按时还", "zh", "decline"),
    ],
)
def test_an_agreement_asked_to_be_sent_or_given_in_resignation(
    text: str, language: str, meaning: str
) -> None:
    assert interpret(text, Question.AGREEMENT, language).meaning == meaning
