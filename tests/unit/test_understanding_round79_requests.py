"""A person, another language or the plan asked for beside an answer (round 79, money told at
length), in words of our own: the request is what is asked, the answer is asked for again after
it. Only a request the classifier hears as surely as the rule reads it: a clerk's or a customer
service job ("ügyintéző vagyok", "在商场做客服", "I work as a customer service person") and the
language a list was written in ("ezt angolul írtam") keep the figure beside them.
"""

from __future__ import annotations

import pytest

from dialogs.understanding import Question, understanding

#: (language, question, text, what is read)
READ = [
    # a request beside a figure: the request
    (
        "en",
        "income",
        "about 1,400 a month but honestly can I speak to a real person, too much to type",
        "person",
    ),
    (
        "en",
        "expenses",
        "rent and food come to 900, could we carry on in Chinese please",
        "language:zh",
    ),
    ("en", "counter", "I could manage 75 but first show me the plan I agreed before", "plan"),
    ("en", "recovery", "could someone ring me after 5, I can't type much at work", "person"),
    (
        "hu",
        "income",
        "kb 260 ezer jön be, de inkább egy élő ügyintézővel beszélnék telefonon",
        "person",
    ),
    (
        "hu",
        "counter",
        "havi 20 ezer menne, de folytathatnánk angolul? úgy jobban értem",
        "language:en",
    ),
    ("hu", "recovery", "hívjon fel valaki 4 után, most dolgozom", "person"),
    ("zh", "income", "每月到手五千二 能不能让真人客服给我打个电话 这样打字说不清", "person"),
    ("zh", "expenses", "每月花三千左右 能换成英文吗 中文我看得慢", "language:en"),
    ("zh", "other_debts", "车贷每月一千八 还有我之前定的还款计划能发我看看吗", "plan"),
    # near lines: the words of a request said of a job, a report or a list's language
    ("en", "income", "1,400 a month, I work as a customer service person at a call centre", "1400"),
    (
        "en",
        "income",
        "my sister works in customer service and she said to put 1,100, that's what I get",
        "1100",
    ),
    ("en", "income", "about 1,400, the bank's customer service told me to say that", "1400"),
    ("hu", "income", "260 ezer, ügyintéző vagyok a kormányhivatalban", "260000"),
    ("hu", "expenses", "lakbér 120, rezsi 35, ezt angolul írtam a füzetembe", "155000"),
    ("zh", "income", "在商场做客服 每月到手四千五", "4500"),
    ("zh", "income", "每月四千五 之前跟客服说过了", "4500"),
]


@pytest.mark.parametrize(("language", "question", "text", "expected"), READ)
def test_a_request_beside_an_answer(language: str, question: str, text: str, expected: str) -> None:
    currency = {"en": "GBP", "hu": "HUF", "zh": "CNY"}[language]
    got = understanding().interpret(text, Question(question), language, currency=currency)
    assert got.meaning == expected
