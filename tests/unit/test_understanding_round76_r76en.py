"""Round 76's English lines said on coming back after a pause: a yes to the agreement after
reading it through or talking it over at home; the words of a pause, a hesitation or a child
ill at home that must not set off an alarm; a list's items joined by "and then"; a figure put
before and checked since; a place that opens again; the month under way. The meaning is read;
the near lines keep their reading."""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

CURRENCY = {"en": "GBP", "hu": "HUF", "zh": "CNY"}

#: (question, text, what is read)
READ = [
    # the plan read through already, then a yes in words: no wait to read it first
    ("agreement", "read it properly on the train, yes I agree", "accept"),
    ("agreement", "went over it again last night, I accept", "accept"),
    ("agreement", "read it over again, I agree", "accept"),
    # near lines: the reading still to come
    ("agreement", "let me read it properly, I agree with most of it", "decline"),
    ("agreement", "need to read it through again first, I agree mostly", "decline"),
    ("agreement", "I'll read it properly tonight, I agree in principle", "decline"),
    # a couple's yes after talking it over, or "agreed" closing the message
    ("agreement", "spoke to my husband after tea, we both agree", "accept"),
    ("agreement", "talked it over with the kids, we agree", "accept"),
    ("agreement", "chatted with my partner this morning, we're happy, agreed", "accept"),
    # near lines
    ("agreement", "not yet, still thinking it over", "decline"),
    ("agreement", "we don't agree with the fees", "decline"),
    ("agreement", "we agree nothing until I read it", "decline"),
    ("agreement", "the fees are high, agreed?", "decline"),
    # a hesitation, a pause thought over, a child ill at home: no alarm of distress
    ("agreement", "not yet, the baby's been poorly all weekend, still deciding", "decline"),
    ("agreement", "still mulling it over, my little boy's been ill", "decline"),
    ("agreement", "haven't decided, still thinking about it", "decline"),
    ("recovery", "been mulling it over the weekend, about three months I reckon", "3"),
    ("expenses", "the baby's been unwell so about 900 this month", "900"),
    # near lines: a crisis beside them is still heard
    ("agreement", "still thinking about ending it", "distress"),
    ("agreement", "my son's been sick all week and I can't cope anymore", "distress"),
    ("agreement", "still thinking about it, I don't want to be here anymore", "distress"),
    ("recovery", "sick of it all, been thinking it over for weeks, no point", "distress"),
    # a list's next item joined by "and then" or "and about", named after its figure
    ("expenses", "mortgage 640 and then around 300 for food and bills", "940"),
    ("expenses", "council tax 120 and roughly 400 on the rest", "520"),
    ("expenses", "rent 575 and about 350 for everything else", "925"),
    # near lines: the same item's figure after a change
    ("expenses", "rent is 575 and then 620", "ambiguous"),
    ("expenses", "rent 575 and then 620 for the new flat", "ambiguous"),
    ("expenses", "rent 575 and about 600 in winter", "ambiguous"),
    # a figure put before, then checked: the checked figures stand
    ("expenses", "I said about 900 earlier but I went through the app, rent 600, council tax 110, "
     "food 260", "970"),
    ("expenses", "ok checked now: rent 650, food 200, phone 25", "875"),
    ("expenses", "I told you 800 before but I looked it up, 850", "850"),
    # near lines: the figure checked and kept, or put right without a check
    ("expenses", "I put 1,200 before but I've checked now and it's right", "1200"),
    ("expenses", "I said 1,200 but it's more like 1,300", "1300"),
    # temporary until a place shut opens again
    ("temporary", "aye, till the pool reopens", "yes"),
    ("temporary", "yeah once the factory reopens in spring", "yes"),
    ("temporary", "temporary until the site opens again", "yes"),
    # near lines
    ("temporary", "no, the shop won't open again", "no"),
    ("temporary", "I don't know when the road opens", "unsure"),
    # the month under way at the recovery
    ("recovery", "within the month", "1"),
    ("recovery", "by the end of this month I should be ok", "1"),
    ("recovery", "I'm sorted before the end of the month", "1"),
    # near lines
    ("recovery", "not within the month, more like 4 months", "4"),
    ("recovery", "within 3 months", "3"),
    # "something else" said after an apology for a pause
    ("cause", "sorry, I'm back. something else, my landlord kept the deposit", "other"),
    ("cause", "soz had to dash. other, my ex ran up the card", "other"),
    ("cause", "sorry got called away. something else, it's complicated", "other"),
    # near lines: a cause named after the apology
    ("cause", "sorry got called away. lost my job last month", "job_loss"),
    ("cause", "sorry got called away. my hours got cut, other things too", "reduced_income"),
    # the own back or joint hurt, said the everyday way
    ("cause", "put my back out lifting kegs", "illness"),
    ("cause", "hurt my knee at work, off for weeks", "illness"),
    ("cause", "knackered my shoulder, can't lift", "illness"),
    # near lines: a relative's, and a back that is only tired
    ("cause", "my dad put his back out", "family_emergency"),
    ("cause", "my back's killing me from all the overtime, they cut my hours", "reduced_income"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), READ)
def test_round76_lines_said_after_a_pause(question: str, text: str, expected: str) -> None:
    got = understanding().interpret(text, Question.at(question), "en", currency=CURRENCY["en"])
    assert got.meaning == expected


#: (text, what is read at "is it temporary?"): a yes or a no after the words of coming back.
AFTER_A_RETURN = [
    (
        "I've had time to think since yesterday and I'd say no, they won't bring the classes back",
        "no",
    ),
    ("ive had time to think about it overnight, no, the depot is closing for good", "no"),
    ("I have had some time to think and I'd say yes, the season starts again in March", "yes"),
    # near lines: no answer after the return, or an alarm over it
    ("back now. no idea", "unsure"),
    ("I've had time to think and honestly I can't see a way out, no", "distress"),
]


@pytest.mark.parametrize(("text", "expect"), AFTER_A_RETURN)
def test_a_yes_or_no_after_a_return(text: str, expect: str) -> None:
    got = understanding().interpret(text, Question.TEMPORARY, "en", currency="GBP")
    assert got.meaning == expect, got
