"""English money answers at income, other debts and the counter that the reader read as a
figure where no single monthly amount is said (session 52's development rounds), each
family with near lines that keep their reading."""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (question, text, what is read)
READ = [
    # a refusal to say, whose "none" or "nothing" is no amount of nothing
    (Question.OTHER_DEBTS, "none of your business tbh", "ambiguous"),
    (Question.INCOME, "thats none of ur concern", "ambiguous"),
    (Question.INCOME, "nowt to do with you pal", "ambiguous"),
    (Question.OTHER_DEBTS, "mind yer own beeswax", "ambiguous"),
    (Question.COUNTER, "nothing to do with the bank what i can pay", "ambiguous"),
    # near lines: none said is none
    (Question.OTHER_DEBTS, "none, thankfully", "0"),
    (Question.OTHER_DEBTS, "none of them, all paid off", "0"),
    (Question.INCOME, "nothing at the moment", "0"),
    (Question.OTHER_DEBTS, "nowt", "0"),
    # a figure with "plus" and no item after it: a bound, "300+"
    (Question.OTHER_DEBTS, "its 250 plus a month all in", "ambiguous"),
    (Question.OTHER_DEBTS, "400 plus altogether on the cards", "ambiguous"),
    (Question.OTHER_DEBTS, "120 plus across the three cards", "ambiguous"),
    (Question.OTHER_DEBTS, "about 180 plus between them", "ambiguous"),
    # near lines: "plus" between two items' figures adds them
    (Question.OTHER_DEBTS, "loan 300 plus card 50", "350"),
    (Question.OTHER_DEBTS, "car 200 plus the catalogue 40 a month", "240"),
    (Question.OTHER_DEBTS, "300 between the lot", "300"),
    # a sum per pay day of a pension or a benefit paid weekly or four-weekly: no month's
    (Question.COUNTER, "20 each giro day", "ambiguous"),
    (Question.COUNTER, "i can do 30 on child benefit day", "ambiguous"),
    (Question.INCOME, "i get 180 on pension day", "ambiguous"),
    (Question.OTHER_DEBTS, "i give the provi man 10 every dole day", "ambiguous"),
    # near lines: a month's amount, or a payday (often monthly)
    (Question.COUNTER, "15 a month, paid on pension day", "15"),
    (Question.COUNTER, "20 every payday", "20"),
    (Question.COUNTER, "40 a month from my pension", "40"),
    # a sum paid in two months named: paid twice a year, no month's
    (Question.OTHER_DEBTS, "the water rates, 220 in april and october", "ambiguous"),
    (Question.OTHER_DEBTS, "council tax arrears, 200 in march and again in september", "ambiguous"),
    (Question.COUNTER, "500 in april and october", "ambiguous"),
    # near lines: a month's payment, a month only when it began
    (Question.OTHER_DEBTS, "the van loan is 300, started in june", "300"),
    (Question.OTHER_DEBTS, "catalogue 45 a month, in january and july it goes up", "45"),
    # pay for a stretch of days or weeks: what a month brings is not worked out
    (Question.INCOME, "got 900 for two weeks work", "ambiguous"),
    (Question.INCOME, "1,200 for the 3 weeks on the rigs", "ambiguous"),
    (Question.INCOME, "agency paid me 640 for a few shifts", "ambiguous"),
    # near lines: the month's pay, a stretch said of something else
    (Question.INCOME, "i got 1,800 for the month", "1800"),
    (Question.INCOME, "1,500, been there for 3 weeks", "1500"),
    (Question.INCOME, "1400 after tax, been off sick for two weeks", "1400"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "text", "expected"), READ)
def test_no_single_monthly_amount_is_asked_again(
    question: Question, text: str, expected: str
) -> None:
    got = understanding().interpret(text, question, "en", currency="GBP")
    assert got.meaning == expected
