"""Round 77's lines said with a question (all three languages). At the agreement a question on
what follows an agreement said in words (when the first payment is taken, a paper to sign,
paying off early, the credit record, the calls) is no doubt of the plan, nor is the plan's figure
checked before the yes, nor a shrug for want of another way; a question that asks for another
plan, a condition, time to think, or the yes itself asked still is one. At a missed payment,
where to send it or how asked beside a day to pay is how to pay, and a payment the bank says
it has not received is "I have paid" (a dispute elsewhere). A breakdown of the figures offered
and "never had one" of a kind of loan set off no alarm; texts asked to stop "always" stop them."""

from __future__ import annotations

import pytest

from bot.evaluation import README_OFFERS
from dialogs.understanding import Question, understanding

CURRENCY = {"en": "GBP", "hu": "HUF", "zh": "CNY"}

#: (language, text, what is read at the agreement)
READ = [
    # a question on what follows the yes
    ("en", "I agree. What date does the first payment go out?", "accept"),
    ("en", "yes i accept, do i need to sign something and send it back?", "accept"),
    ("en", "ok I agree, will it show on my credit file?", "accept"),
    ("en", "Yes I agree. Does it come out by direct debit?", "accept"),
    ("en", "ok agree, is that it, are we done?", "accept"),
    ("hu", "elfogadom. hanyadikán vonják le a részletet?", "accept"),
    ("hu", "igen, elfogadom, küldenek róla levelet?", "accept"),
    ("hu", "elfogadom. ha hamarabb kifizetem az egészet, az gond?", "accept"),
    ("hu", "rendben, elfogadom. kész is vagyunk?", "accept"),
    ("zh", "同意 第一期是什么时候扣款？", "accept"),
    ("zh", "好的同意。以后能提前还清吗？", "accept"),
    ("zh", "我同意 这个会影响征信吗", "accept"),
    ("zh", "同意。到时候会发短信提醒吗？", "accept"),
    ("zh", "行 同意 每月几号从卡里扣？", "accept"),
    # the figure checked first, then the yes
    ("en", "120 a month right? ok I agree", "accept"),
    ("hu", "havi 25 ezer, ugye? rendben, elfogadom", "accept"),
    ("zh", "每月四百是吧？好 我同意", "accept"),
    ("zh", "所以一个月两百对吗？那我同意", "accept"),
    # a shrug for want of another way
    ("hu", "hát jó, elfogadom, nincs mit tenni", "accept"),
    ("hu", "elfogadom, úgyis nincs mit csinálni", "accept"),
    # near lines: a question that asks for another plan, a condition, a wait, the yes asked
    ("en", "I agree. Could it be less each month?", "decline"),
    ("en", "yes I agree but can I have a day to think?", "decline"),
    ("en", "I agree?", "decline"),
    ("en", "i agree, can we move it to a later date?", "decline"),
    ("en", "what plan did i agree to, can you show me it", "plan"),
    ("hu", "elfogadom, de lehetne alacsonyabb a részlet?", "decline"),
    ("hu", "elfogadom, ha a levonás 15-én lesz?", "decline"),
    ("hu", "elfogadom? még gondolkodom", "decline"),
    ("zh", "同意 能不能每个月少还一点？", "decline"),
    ("zh", "同意之前能不能先把合同发我看看", "decline"),
    ("zh", "我同意吗？让我再想想", "decline"),
    ("zh", "同意 但是能不能推迟到下个月再扣", "decline"),
    ("zh", "每个月五百是吧？那我再考虑考虑", "decline"),
    ("zh", "我之前同意的那个方案在哪里看", "plan"),
]


@pytest.mark.parametrize(("language", "text", "expected"), READ)
def test_round77_yes_with_a_question(language: str, text: str, expected: str) -> None:
    got = understanding().interpret(text, Question.AGREEMENT, language, currency=CURRENCY[language])
    assert got.meaning == expected, got


#: (language, question, text, what is read)
ELSEWHERE = [
    # where to send it or how, beside a day to pay
    ("en", "missed", "I'll pay it Monday, where do I send it?", "how_to_pay"),
    ("en", "missed", "paying tomorrow, can I pay it online?", "how_to_pay"),
    ("en", "missed", "sorry, will pay on the 3rd, can I do it through the app?", "how_to_pay"),
    ("hu", "missed", "holnap befizetem, hol találom a számlaszámot?", "how_to_pay"),
    ("en", "missed", "can I move the payment to the 20th?", "change_plan"),
    ("en", "missed", "I paid it through the app on Friday", "claim_paid"),
    # a payment the bank says it has not received
    ("en", "missed", "I paid on the 2nd and you say it never arrived", "claim_paid"),
    ("hu", "missed", "átutaltam pénteken, maguk szerint nem érkezett meg", "claim_paid"),
    ("zh", "missed", "上礼拜就转过去了 银行却说没收到", "claim_paid"),
    ("en", "income", "I paid on the 2nd and you say it never arrived", "dispute"),
    ("zh", "expenses", "上礼拜就转过去了 银行却说没收到", "dispute"),
    # a breakdown of the figures, a kind of loan never had
    ("en", "expenses", "about 950 a month, I can send you a breakdown", "950"),
    ("en", "expenses", "1,150 roughly, want me to give a full breakdown?", "1150"),
    ("en", "other_debts", "do overdrafts count? never had one, nothing else", "0"),
    ("en", "expenses", "900 a month and I'm on the edge of a breakdown", "distress"),
    ("en", "other_debts", "this card? never had one, it's not mine", "dispute"),
    # an answer beside a question about the question: the answer, read without the question
    ("en", "cause", "tore a ligament at work, I'm off sick. is that illness?", "illness"),
    (
        "en",
        "cause",
        "what counts as a family emergency? my dad is in intensive care",
        "family_emergency",
    ),
    ("hu", "cause", "eltörött a lábam, táppénzen vagyok. ez betegség?", "illness"),
    ("en", "cause", "what does something else mean here?", "help"),
    ("en", "cause", "what is the difference between these?", "help"),
    ("en", "cause", "I can't go on anymore. which button is it?", "distress"),
    # a yes or a no in its own sentence beside a question about something else
    ("hu", "temporary", "igen, már keresek új munkát. így jó lesz?", "yes"),
    ("en", "temporary", "yes, I'm interviewing next week. do you need anything else?", "yes"),
    ("en", "temporary", "no, the branch closed for good. is that all you need?", "no"),
    ("zh", "temporary", "是暂时的。这样回答可以吗？", "yes"),
    ("en", "temporary", "temporary? what do you mean by that", "help"),
    ("en", "temporary", "no idea really. does it matter?", "unsure"),
    # figures said apart from a question whether something counts: the figures are the answer
    ("hu", "other_debts", "a tévé részletét is ide írjam? havi 14 ezer", "14000"),
    ("hu", "income", "rokkantsági ellátás, 98 ezer. ez jövedelemnek számít?", "98000"),
    ("en", "income", "does universal credit count? I get 780 a month from it", "780"),
    ("zh", "other_debts", "借呗也算吗？借呗每个月还六百 别的没有了", "600"),
    ("zh", "expenses", "孩子学费要算吗？房租一千二 吃饭九百", "2100"),
    ("en", "expenses", "does my phone count? rent 550, food 200, bills 150", "900"),
    ("en", "expenses", "does the gym count? about 1,050 altogether", "1050"),
    # near lines: a figure inside the question, a bare figure, one item's own figure, two readings
    ("en", "expenses", "does the 40 for the gym count?", "ambiguous"),
    ("en", "other_debts", "500, does that count?", "ambiguous"),
    ("en", "expenses", "does the dog count as essential? his food is 45 a month", "ambiguous"),
    ("en", "expenses", "does rent count? with it 1,100, without it 500", "ambiguous"),
    ("zh", "income", "工资三千 另外还有两百块饭补 你们算不算", "ambiguous"),
    ("zh", "expenses", "记账软件说我花两千五 我实际花三千二 写哪个？", "ambiguous"),
    (
        "en",
        "expenses",
        "my budget says 900, the bank app says 1,150. which one do I put?",
        "ambiguous",
    ),
    ("zh", "expenses", "吃饭九百 房租一千 烟酒要算吗？那个不是必需的 我先不算了", "ambiguous"),
    # an own amount asked for, beside none of these or in other words
    ("en", "options", "none of them, could I offer what I can manage?", "counter"),
    ("en", "options", "can I type my own figure?", "counter"),
    ("zh", "options", "能让我自己出个价吗", "counter"),
    ("en", "options", "none of these, sorry", "none"),
    ("en", "options", "I want to talk to someone before I put an amount down", "person"),
    # an option picked in its own clause beside a question on what follows
    ("en", "options", "the 12 month one, when is the first payment?", "instalment:12"),
    ("hu", "options", "a 6 hónapos, az mikor indul?", "instalment:6"),
    # an everyday item's figure beside a small monthly one is no debt's balance: never the small
    # one alone (a lane's find, not a round 77 line)
    ("en", "expenses", "rent 650, insurance 20 a month", "ambiguous"),
    ("en", "expenses", "phone 15 a month, rent 700", "ambiguous"),
    ("zh", "expenses", "房租一千五 保险每个月五十", "ambiguous"),
    ("en", "other_debts", "loan 650 left, 20 a month", "20"),
    ("en", "other_debts", "car loan 8000, 200 a month", "200"),
    # a pay said to vary, its one figure settled on by the average
    ("hu", "income", "változó, átlagosan 210 körül", "210000"),
    ("en", "income", "it depends on the jobs, on average about 1,450", "1450"),
    ("zh", "income", "收入不固定 平均一个月三千二", "3200"),
    ("hu", "income", "havonta változik, most 160", "ambiguous"),
    ("en", "income", "it varies a lot, 900 last month", "ambiguous"),
    ("hu", "income", "változó, 150 körül", "ambiguous"),
    ("en", "income", "depends on shifts, now 1,200 but could be 1,500 next month", "ambiguous"),
    # texts asked to stop, "always" sent
    ("zh", "recovery", "别总给我发短信了 一天好几条 烦", "stop_reminders"),
    ("zh", "income", "别老是给我发消息了", "stop_reminders"),
]


@pytest.mark.parametrize(("language", "question", "text", "expected"), ELSEWHERE)
def test_round77_lines_with_a_question(
    language: str, question: str, text: str, expected: str
) -> None:
    asked = Question.at(question)
    offers = README_OFFERS if asked is Question.OPTIONS else ()
    got = understanding().interpret(
        text, asked, language, offers=offers, currency=CURRENCY[language]
    )
    assert got.meaning == expected, got
