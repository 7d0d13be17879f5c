"""Families of round 73 in Hungarian (written as a second language), with words of our own:
what is read, and what is asked again.

Money: a figure grouped with a comma the English way ("130,000", "15,500") is read where a bare
figure is thousands (read with a Hungarian decimal comma it is the same forints), not before a
multiplier; food for the cardholder and a relative with the ending left off ("étel nekem és
fiam") is the cardholder's own cost; a side source that pays nothing ("bolt most nem fizet
semmi", its article left off) beside the own pension; a sum in euros worked out in forints with
German words ("das ist etwa 350 ezer forint") is the forints.

Answers: a yes whose end alone is hedged ("igen, …, talán márciusban") is a yes at the temporary
question; a learner's polite particle beside a yes ("yes po", "igen ji"); interviews counted
beside the months ("voltam már 3 interjún") are no months; the amount put first ("összeg én
mondok") asks to propose one; an operation named by the loanword ("lányom operáció volt") is an
illness, a relative's a family emergency; a helper who reads the Hungarian papers better names
no language asked for, and a hesitation beside it is a decline. A debt with no monthly payment,
asked whether it counts, asks for help; the debit moved to a day ("át lehetne tenni a levonást
15-ről 20-ra?") changes the plan. An injury said to heal ("kéz meggyógyul") is temporary; a
trade's bookings called off ("a céges bulik felét lefújták") is business trouble.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dialogs.understanding import Question, interpret
from dialogs.understanding.rules import AmountProblem, AmountReading, read_language_named
from tests.support.amounts import read_as_asked


@pytest.mark.parametrize(
    ("text", "question", "amount"),
    [
        # comma thousands where a bare figure is thousands
        ("150,000 po havonta", "expenses", "150000"),
        ("havonta 12,000 tudok", "counter", "12000"),
        ("autóhitel 42,500 minden hónap", "other_debts", "42500"),
        ("lakbér 140,000, rezsi 35,000, kaja 60 ezer", "expenses", "235000"),
        ("fizetésem nettó 385,000 forint", "income", "385000"),
        # the own food with a relative's, the ending left off or not
        ("albérlet 120 000, rezsi 25 000, étel nekem és lányom kb 50 000", "expenses", "195000"),
        ("lakbér 120, kaja nekem és a fiamnak 50", "expenses", "170000"),
        ("albérlet 100, rezsi 25, étel nekem meg a feleségem kb 70", "expenses", "195000"),
        # a side source paying nothing beside the own figure
        ("nyugdíj 52 ezer, bolt most nem fizet semmi", "income", "52000"),
        ("táppénz 140, a cég most semmit nem fizet", "income", "140000"),
        ("nyugdíj kb 48 000, a bolt most nem fizet semmit", "income", "48000"),
        # euros worked out in forints in German words
        ("Rente 1.150 Euro, das ist etwa 450 ezer forint havonta", "income", "450000"),
        ("nyugdíj 900 euró, das sind ungefähr 350 ezer forint", "income", "350000"),
        ("1150 euró, ami kb 450 ezer forint havonta", "income", "450000"),
    ],
)
def test_round_73_hu_money_is_read(text: str, question: str, amount: str) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(Decimal(amount), None)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # a comma before a multiplier, or a decimal comma of two digits, stays as it was
        ("2,500 millió", "income"),
        # the euros with forints but no word linking them: which one is meant is not said
        ("Rente 1.150 Euro, 450 ezer forint", "income"),
        # a partner's pay beside the own nothing, as before
        ("a férjem 300, én semmit", "income"),
    ],
)
def test_round_73_hu_money_is_asked_again(text: str, question: str) -> None:
    assert read_as_asked(text, "hu", question) == AmountReading(None, AmountProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "question", "meaning"),
    [
        # a yes, only its end hedged
        ("igen, új helyet keresek, talán márciusban", "temporary", "yes"),
        ("igen, talán tavasszal jobb lesz", "temporary", "yes"),
        ("igen, talán 2 hónap múlva", "temporary", "yes"),
        ("talán márciusban", "temporary", "unsure"),
        ("nem tudom, talán márciusban", "temporary", "unsure"),
        ("igen, talán", "temporary", "unsure"),
        # a learner's polite particle beside a yes
        ("yes po, nyáron megint dolgozom", "temporary", "yes"),
        ("igen ji, 2 hét", "temporary", "yes"),
        # interviews counted beside the months
        ("talán 2 hónap, voltam már 3 interjún", "recovery", "2"),
        ("2 hónap, 3 interjún voltam már", "recovery", "2"),
        ("3 months, had 2 interviews this week", "recovery", "3"),
        # the amount put first
        ("összeg én mondok, ezek nem jó", "options", "counter"),
        ("összeget én mondanék", "options", "counter"),
        # an operation by the loanword
        ("lányomnak operációja volt, az unokákra vigyázok", "cause", "family_emergency"),
        ("anyám operáció után otthon van, ápolom", "cause", "family_emergency"),
        ("térd operációm volt, nem tudok dolgozni", "cause", "illness"),
        # a hesitation beside a helper's language
        (
            "várj, megkérdezem a férjem előbb, ő jobban érti a magyar papírokat",
            "agreement",
            "decline",
        ),
        ("előbb megmutatom a fiamnak, ő jobban olvassa a magyar leveleket", "agreement", "decline"),
        ("lehetne magyarul?", "agreement", "language:hu"),
        # a debt with no monthly payment, asked whether it counts
        (
            "a szüleimnek tartozom 200 ezerrel, de nem havonta fizetem, ez ide számít?",
            "other_debts",
            "help",
        ),
        (
            "a bátyámnak tartozom 150 ezerrel, nincs havi részlete, ez is számít?",
            "other_debts",
            "help",
        ),
        ("autóhitel 35 ezer havonta", "other_debts", "35000"),
        # the debit moved to a day
        ("át lehetne tenni a levonást 15-ről 20-ra? akkor már lesz pénz", "missed", "change_plan"),
        ("át tudnák tenni a terhelést 25-ére?", "missed", "change_plan"),
        ("átutaltam a részletet 15-én", "missed", "claim_paid"),
        # an injury said to heal
        ("da, a kéz meggyógyul, doktor szerint 6 hét gipsz", "temporary", "yes"),
        ("a lábam felépül tavaszra", "temporary", "yes"),
        ("nem gyógyul meg, tartós", "temporary", "no"),
        # bookings called off
        ("rendezvényszervező vagyok, a céges bulik felét lefújták", "cause", "business_trouble"),
        ("lemondták a rendezvényeket, alig van meló", "cause", "business_trouble"),
        ("az esküvőt lemondták, a lányom beteg lett", "cause", "family_emergency"),
    ],
)
def test_round_73_hu_second_language(text: str, question: str, meaning: str) -> None:
    assert str(interpret(text, Question.at(question), "hu").meaning) == meaning


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("megkérdezem a férjem, ő jobban érti a magyar papírokat", None),
        ("a lányom jobban olvassa a magyar leveleket", None),
        ("lehetne magyarul?", "hu"),
    ],
)
def test_round_73_hu_a_helpers_language_is_not_asked(text: str, named: str | None) -> None:
    assert read_language_named(text) == named
